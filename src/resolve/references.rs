//! An assignment's references put into the next graph (see
//! [`crate::load::Edit::References`]), and what resolve derives from them made again. They
//! are resolved by the same build as the whole site's ([`super::build::assignment_again`]);
//! what reads them is the back-links and the lists of what names each unit, goal, strategy
//! and letter ([`super::links::update`]), the roll-ups of the units ([`super::rollup`], in
//! `saved.rs`) and the trace ([`crate::model::Trace`]), all made again. The warning about
//! an assignment tied to no goal reads whether it names any, and the people index and the
//! person names read the persons responsible for tasks: a save that changes either
//! resolves the site.

use std::sync::Arc;

use super::build;
use super::registry::Registry;
use crate::load::RawItem;
use crate::model::vocab::Kind;
use crate::model::{Data, Item, ItemId, Responsible, Structure};

/// Puts the references of the assignment file `raw` (its item at `id`) into `s.items`, and
/// adds each item whose references changed, with the item as it was, to `changed`. `None`
/// when a build would report a problem in the file, or the save changes what else reads
/// them (see the module).
pub fn put_file(
    s: &mut Structure,
    reg: &Registry,
    id: ItemId,
    raw: &RawItem,
    changed: &mut Vec<(ItemId, Arc<Item>)>,
) -> Option<()> {
    let old = s.items.get(id.index())?.clone();
    let Data::Assignment(was) = &old.data else {
        return None;
    };
    let (now, tasks) = build::assignment_again(reg, &s.config, raw, id, old.visibility)?;
    let tied = |goals: &[ItemId], strategies: &[ItemId]| goals.is_empty() && strategies.is_empty();
    if tied(&was.goals, &was.strategies) != tied(&now.goals, &now.strategies)
        || was.source != now.source
        || was.tasks != now.tasks
    {
        return None;
    }
    if (
        was.owner,
        &was.assigned_to,
        &was.goals,
        &was.strategies,
        was.letter,
        was.category,
        was.year,
    ) != (
        now.owner,
        &now.assigned_to,
        &now.goals,
        &now.strategies,
        now.letter,
        now.category,
        now.year,
    ) {
        let item = Arc::make_mut(&mut s.items[id.index()]);
        if let Data::Assignment(a) = &mut item.data {
            a.owner = now.owner;
            a.assigned_to = now.assigned_to;
            a.goals = now.goals;
            a.strategies = now.strategies;
            a.letter = now.letter;
            a.category = now.category;
            a.year = now.year;
        }
        changed.push((id, old.clone()));
    }
    for (task, new) in was.tasks.iter().zip(&tasks) {
        let old = s.items.get(task.index())?.clone();
        let (Data::Task(was), Data::Task(now)) = (&old.data, &new.data) else {
            return None;
        };
        if was.responsible == now.responsible {
            continue;
        }
        if matches!(was.responsible, Responsible::Person(_))
            || matches!(now.responsible, Responsible::Person(_))
        {
            return None;
        }
        if let Data::Task(t) = &mut Arc::make_mut(&mut s.items[task.index()]).data {
            t.responsible = now.responsible.clone();
        }
        changed.push((*task, old));
    }
    Some(())
}

/// Makes again what the references of the items `changed` (assignments, tasks, and reports
/// applied again) reach but the roll-ups (which `saved.rs` makes once for these and for
/// changed status).
pub fn derive(s: &mut Structure, changed: &[(ItemId, Arc<Item>)]) {
    if changed.is_empty() {
        return;
    }
    let backlinks: &mut Vec<_> = Arc::make_mut(&mut s.backlinks);
    super::links::update(&mut s.items, backlinks, changed);
    // The trace is made from assignments (their goals, strategies and sources), not reports.
    if changed.iter().any(|(_, item)| item.kind != Kind::Report) {
        s.trace = Arc::new(crate::model::Trace::build(s));
    }
}
