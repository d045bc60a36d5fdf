//! The references of a saved file put into the next graph (see
//! [`crate::load::Edit::References`]), and what resolve derives from them made again: an
//! assignment's, a letter's, an indicator's, a checklist's and an event's (a report's
//! entries are `entries.rs`'s). They are resolved by the same build as the whole site's
//! ([`super::build::file_again`]). What reads them is the back-links and the lists of what
//! names each unit, goal, strategy and letter ([`super::links::update`]), a checklist's
//! scope and the units' lists of checklists ([`super::links::rescope`]), the roll-ups of
//! the units (assignments and tasks only; in `saved.rs`) and the trace (assignments only;
//! [`crate::model::Trace`]), all made again. The warning about an assignment tied to no goal
//! reads whether it names any, the people index and the person names read the persons
//! responsible for tasks, a letter's `parent` may close a cycle, and an indicator's CSV
//! points are read with it: a save that changes any of these resolves the site.

use std::sync::Arc;

use super::build;
use super::registry::Registry;
use crate::load::RawItem;
use crate::model::vocab::Kind;
use crate::model::{Data, Item, ItemId, Responsible, Structure};

/// Puts the references of the file `raw` (its item at `id`) into `s.items`, and adds each
/// item whose references changed, with the item as it was, to `changed`. `None` when a
/// build would report a problem in the file, or the save changes what else reads them (see
/// the module).
pub fn put_file(
    s: &mut Structure,
    reg: &Registry,
    id: ItemId,
    raw: &RawItem,
    changed: &mut Vec<(ItemId, Arc<Item>)>,
) -> Option<()> {
    if !matches!(
        raw.kind,
        Kind::Assignment | Kind::Letter | Kind::Indicator | Kind::Checklist | Kind::Event
    ) {
        // Units and plans: `Edit::References` only when where the body starts moved.
        return Some(());
    }
    let made = build::file_again(reg, &s.config, raw, id)?;
    let (now, inline) = made.split_first()?;
    let old = s.items.get(id.index())?.clone();
    let data = match (&old.data, &now.data) {
        (Data::Assignment(was), Data::Assignment(now)) => {
            let tied = |a: &crate::model::Assignment| a.goals.is_empty() && a.strategies.is_empty();
            if tied(was) != tied(now) || was.source != now.source || was.tasks != now.tasks {
                return None;
            }
            tasks(s, &was.tasks, inline, changed)?;
            let refs = |a: &crate::model::Assignment| {
                (
                    a.owner,
                    a.assigned_to.clone(),
                    a.goals.clone(),
                    a.strategies.clone(),
                    a.letter,
                    a.category,
                    a.year,
                )
            };
            (refs(was) != refs(now)).then(|| {
                let mut a = was.clone();
                (
                    a.owner,
                    a.assigned_to,
                    a.goals,
                    a.strategies,
                    a.letter,
                    a.category,
                    a.year,
                ) = refs(now);
                Data::Assignment(a)
            })
        }
        (Data::Letter(was), Data::Letter(now)) => {
            if was.parent != now.parent && now.parent.is_some_and(|p| leads_to(s, p, id)) {
                return None;
            }
            let refs = |l: &crate::model::Letter| (l.year, l.from, l.to.clone(), l.parent, l.date);
            (refs(was) != refs(now)).then(|| {
                let mut l = was.clone();
                (l.year, l.from, l.to, l.parent, l.date) = refs(now);
                Data::Letter(l)
            })
        }
        (Data::Indicator(was), Data::Indicator(now)) => {
            // The points are the CSV file's (compared with the file) and the reports'.
            let mut i = now.clone();
            i.points = was.points.clone();
            (format!("{was:?}") != format!("{i:?}")).then_some(Data::Indicator(i))
        }
        (Data::Checklist(was), Data::Checklist(now)) => {
            let refs = |c: &crate::model::Checklist| (c.year, c.applies_to.clone());
            (refs(was) != refs(now)).then(|| {
                let mut c = was.clone();
                (c.year, c.applies_to) = refs(now);
                Data::Checklist(c)
            })
        }
        (Data::Event(was), Data::Event(now)) => {
            (format!("{was:?}") != format!("{now:?}")).then(|| Data::Event(now.clone()))
        }
        _ => return None,
    };
    if let Some(data) = data {
        Arc::make_mut(&mut s.items[id.index()]).data = data;
        changed.push((id, old));
    }
    Some(())
}

/// The tasks' responsible units, `now` as built against `ids` as they are.
fn tasks(
    s: &mut Structure,
    ids: &[ItemId],
    now: &[Arc<Item>],
    changed: &mut Vec<(ItemId, Arc<Item>)>,
) -> Option<()> {
    for (task, new) in ids.iter().zip(now) {
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

/// Whether the letter `from` is `to` or below it: `to` taking `from` as its parent would
/// close a cycle, which a whole resolve reports. The last graph has none (they were cut).
fn leads_to(s: &Structure, from: ItemId, to: ItemId) -> bool {
    let mut at = Some(from);
    for _ in 0..=s.items.len() {
        match at {
            Some(x) if x == to => return true,
            Some(x) => {
                at = match &s.items[x.index()].data {
                    Data::Letter(l) => l.parent,
                    _ => None,
                }
            }
            None => return false,
        }
    }
    true
}

/// Makes again what the references of the items `changed` (each with the item as it was)
/// reach but the roll-ups (which `saved.rs` makes once for these and for changed status).
pub fn derive(s: &mut Structure, changed: &[(ItemId, Arc<Item>)]) {
    if changed.is_empty() {
        return;
    }
    let backlinks: &mut Vec<_> = Arc::make_mut(&mut s.backlinks);
    super::links::update(&mut s.items, backlinks, changed);
    for (id, _) in changed {
        if s.items[id.index()].kind == Kind::Checklist {
            super::links::rescope(&mut s.items, *id, s.root_unit);
        }
    }
    // The trace is made from assignments (their goals, strategies and sources) and units.
    if changed.iter().any(|(_, item)| item.kind == Kind::Assignment) {
        s.trace = Arc::new(crate::model::Trace::build(s));
    }
}

/// Whether the references of the items `changed` reach the roll-ups, which count
/// assignments and tasks by their units (a report reaches them through the status it
/// gives, which `values::derive` tells).
pub fn reach_roll_ups(changed: &[(ItemId, Arc<Item>)]) -> bool {
    changed
        .iter()
        .any(|(_, item)| matches!(item.kind, Kind::Assignment | Kind::Task))
}
