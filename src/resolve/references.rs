//! The references of a saved file put into the next graph (see
//! [`crate::load::Edit::References`]), and what resolve derives from them made again: an
//! assignment's, a unit's (but its title), a plan's (its goals', strategies', measures'
//! and verbalpunkt's, and the automatic assignments made from them), a letter's, an
//! indicator's, a checklist's and an event's (a report's entries are `entries.rs`'s).
//! They are resolved by the same build as the whole site's ([`super::build::file_again`]).
//!
//! What reads them, and is made again here: the back-links and the lists of what names
//! each unit, goal, strategy and letter ([`super::links::update`]), a checklist's scope and
//! the units' lists of checklists ([`super::links::rescope`]), the roll-ups of the units
//! (in `saved.rs`) and the trace ([`crate::model::Trace`]); when a unit moved, the depths,
//! every checklist's scope, the order of each period's reports and the units' reporting
//! rhythms; when a report is for another unit, period or date, the order of each period's
//! reports and which kinds of period are reported (the agenda).
//!
//! What reads them and is not made again, so that a save changing it resolves the site:
//! the warnings about an assignment or priority measure tied to no goal and about a
//! measure or verbalpunkt without an owner; the people index and the person names (the
//! persons responsible for tasks, a unit's leader); the warning about a unit without a
//! leader; a `parent` that closes a cycle or makes another top of the organisation; an
//! indicator's CSV points.

use std::sync::Arc;

use super::build;
use super::cycles::would_close;
use super::registry::Registry;
use super::warnings::tied_to_nothing;
use crate::load::RawItem;
use crate::model::vocab::Kind;
use crate::model::{Data, Item, ItemId, Responsible, Structure, Unit};

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
    let made = build::file_again(reg, &s.config, raw, id)?;
    let (now, inline) = made.split_first()?;
    let old = s.items.get(id.index())?.clone();
    let data = match (&old.data, &now.data) {
        // Its kind and which measures are priorities, which decide what assignments are made
        // from it, are as they were (`Edit::References`).
        (Data::Plan(was), Data::Plan(now)) => {
            for (n, new) in inline.iter().enumerate() {
                plan_item(s, ItemId(id.0 + 1 + n as u32), new, changed)?;
            }
            let refs = |p: &crate::model::Plan| {
                (
                    p.owner,
                    p.period,
                    p.stage,
                    p.adopted,
                    p.adopted_by.clone(),
                    p.case.clone(),
                )
            };
            (refs(was) != refs(now)).then(|| {
                let mut p = was.clone();
                (p.owner, p.period, p.stage, p.adopted, p.adopted_by, p.case) = refs(now);
                Data::Plan(p)
            })
        }
        (Data::Assignment(was), Data::Assignment(now)) => {
            let tied = |a: &crate::model::Assignment| tied_to_nothing(&a.goals, &a.strategies);
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
        (Data::Unit(was), Data::Unit(now)) => {
            // The people index and the person names read a leader's name, the warning about
            // a unit without a leader whether it has one; the top of the organisation has no
            // parent, and is found once.
            let name = |u: &Unit| u.leader.as_ref().and_then(|l| l.name.clone());
            let led = |u: &Unit| {
                u.leader
                    .as_ref()
                    .is_some_and(|l| l.role.is_some() || l.name.is_some())
            };
            if name(was) != name(now) || led(was) != led(now) {
                return None;
            }
            if was.parent != now.parent {
                match (was.parent, now.parent) {
                    (Some(_), Some(p)) if !would_close(&s.items, id, p) => {}
                    _ => return None,
                }
            }
            let refs = |u: &Unit| {
                (
                    u.parent,
                    u.level.clone(),
                    u.leader.clone(),
                    u.reporting,
                    u.budget.clone(),
                    u.agreement.clone(),
                )
            };
            (refs(was) != refs(now)).then(|| {
                let mut u = was.clone();
                (
                    u.parent,
                    u.level,
                    u.leader,
                    u.reporting,
                    u.budget,
                    u.agreement,
                ) = refs(now);
                Data::Unit(u)
            })
        }
        (Data::Letter(was), Data::Letter(now)) => {
            if was.parent != now.parent && now.parent.is_some_and(|p| would_close(&s.items, id, p))
            {
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
            // Not the points: the CSV file's (compared with the file) and the reports'.
            let refs = |i: &crate::model::Indicator| {
                (
                    i.indicator_kind,
                    i.goals.clone(),
                    i.units.clone(),
                    i.measure.clone(),
                    i.direction,
                    i.values.clone(),
                    i.targets.clone(),
                    i.source.clone(),
                )
            };
            (refs(was) != refs(now)).then(|| {
                let mut i = was.clone();
                (
                    i.indicator_kind,
                    i.goals,
                    i.units,
                    i.measure,
                    i.direction,
                    i.values,
                    i.targets,
                    i.source,
                ) = refs(now);
                Data::Indicator(i)
            })
        }
        (Data::Checklist(was), Data::Checklist(now)) => {
            let refs = |c: &crate::model::Checklist| (c.year, c.applies_to.clone());
            (refs(was) != refs(now)).then(|| {
                let mut c = was.clone();
                (c.year, c.applies_to) = refs(now);
                Data::Checklist(c)
            })
        }
        (Data::Event(was), Data::Event(now)) => (was != now).then(|| Data::Event(now.clone())),
        _ => return None,
    };
    if let Some(data) = data {
        Arc::make_mut(&mut s.items[id.index()]).data = data;
        changed.push((id, old));
    }
    Some(())
}

/// The references of a plan's goal, strategy, measure or verbalpunkt at `id`, `new` as
/// built, and of the automatic assignment made from it. `None` when the save changes
/// whether a measure or a verbalpunkt names an owner (one without is given the plan's,
/// with a warning) or whether a measure is tied to any goal (the warning about a priority
/// measure), or a goal's `parent` closes a cycle.
fn plan_item(
    s: &mut Structure,
    id: ItemId,
    new: &Item,
    changed: &mut Vec<(ItemId, Arc<Item>)>,
) -> Option<()> {
    let old = s.items.get(id.index())?.clone();
    let (data, made) = match (&old.data, &new.data) {
        (Data::Goal(was), Data::Goal(now)) => {
            if was.parent == now.parent {
                return Some(());
            }
            if now.parent.is_some_and(|p| would_close(&s.items, id, p)) {
                return None;
            }
            let mut g = was.clone();
            g.parent = now.parent;
            (Data::Goal(g), None)
        }
        (Data::Strategy(was), Data::Strategy(now)) => {
            if was.goals == now.goals {
                return Some(());
            }
            let mut x = was.clone();
            x.goals.clone_from(&now.goals);
            (Data::Strategy(x), None)
        }
        (Data::Measure(was), Data::Measure(now)) => {
            let refs = |m: &crate::model::Measure| {
                (
                    m.goals.clone(),
                    m.strategies.clone(),
                    m.owner,
                    m.amounts.clone(),
                )
            };
            if refs(was) == refs(now) {
                return Some(());
            }
            if was.owner.is_some() != now.owner.is_some()
                || tied_to_nothing(&was.goals, &was.strategies)
                    != tied_to_nothing(&now.goals, &now.strategies)
            {
                return None;
            }
            let mut m = was.clone();
            (m.goals, m.strategies, m.owner, m.amounts) = refs(now);
            let made = (m.owner, m.goals.clone(), m.strategies.clone());
            (Data::Measure(m), Some((was.assignment, made)))
        }
        (Data::Verbal(was), Data::Verbal(now)) => {
            if (was.owner, was.adopted, &was.case) == (now.owner, now.adopted, &now.case) {
                return Some(());
            }
            if was.owner.is_some() != now.owner.is_some() {
                return None;
            }
            let mut v = was.clone();
            (v.owner, v.adopted, v.case) = (now.owner, now.adopted, now.case.clone());
            let made = (v.owner, Vec::new(), Vec::new());
            (Data::Verbal(v), Some((was.assignment, made)))
        }
        _ => return None,
    };
    Arc::make_mut(&mut s.items[id.index()]).data = data;
    changed.push((id, old));
    // The assignment made from it (not a file that carries it out, which has its own).
    let Some((Some(a), (owner, goals, strategies))) = made else {
        return Some(());
    };
    let was = s.items.get(a.index())?.clone();
    let Data::Assignment(x) = &was.data else {
        return Some(());
    };
    if !x.automatic || (x.owner, &x.goals, &x.strategies) == (owner, &goals, &strategies) {
        return Some(());
    }
    if let Data::Assignment(x) = &mut Arc::make_mut(&mut s.items[a.index()]).data {
        (x.owner, x.assigned_to, x.goals, x.strategies) =
            (owner, owner.into_iter().collect(), goals, strategies);
    }
    changed.push((a, was));
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

/// Makes again what the references of the items `changed` (each with the item as it was)
/// reach but the roll-ups (which `saved.rs` makes once for these and for changed status).
pub fn derive(s: &mut Structure, changed: &[(ItemId, Arc<Item>)]) {
    if changed.is_empty() {
        return;
    }
    let backlinks: &mut Vec<_> = Arc::make_mut(&mut s.backlinks);
    super::links::update(&mut s.items, backlinks, changed);
    let moved = moved_units(&s.items, changed);
    if moved || refiled(&s.items, changed, |r| (r.unit, r.period, r.date)) {
        s.periods = Arc::new(super::periods::index(&s.items, s.root_unit));
    }
    // Which kinds of period each audience sees reports for.
    if refiled(&s.items, changed, |r| r.period) {
        s.agenda = Arc::new(super::agenda::index(&s.items));
    }
    if moved {
        let checklists = s.by_kind.get(&Kind::Checklist).cloned().unwrap_or_default();
        super::links::reorganised(&mut s.items, &checklists, s.root_unit);
    } else {
        for (id, _) in changed {
            if s.items[id.index()].kind == Kind::Checklist {
                super::links::rescope(&mut s.items, *id, s.root_unit);
            }
        }
    }
    if changed.iter().any(|(_, item)| item.kind == Kind::Unit) {
        super::inherit_rhythm(&mut s.items);
    }
    // The trace is made from assignments' goals, strategies and sources (a source is kept),
    // the goals and strategies of the plans' goals, strategies and measures, and from where
    // the units are (its columns), not from who owns an assignment.
    let plans = changed
        .iter()
        .any(|(_, item)| matches!(item.kind, Kind::Goal | Kind::Strategy | Kind::Measure));
    if moved || plans || retied(&s.items, changed) {
        s.trace = Arc::new(crate::model::Trace::build(s));
    }
}

/// Whether an assignment of `changed` names other goals or strategies than it did.
fn retied(items: &[Arc<Item>], changed: &[(ItemId, Arc<Item>)]) -> bool {
    changed
        .iter()
        .any(|(id, old)| match (&old.data, &items[id.index()].data) {
            (Data::Assignment(was), Data::Assignment(now)) => {
                (&was.goals, &was.strategies) != (&now.goals, &now.strategies)
            }
            _ => false,
        })
}

/// Whether a report of `changed` has another `what` (of its unit, period and date) than
/// it had.
fn refiled<T: PartialEq>(
    items: &[Arc<Item>],
    changed: &[(ItemId, Arc<Item>)],
    what: impl Fn(&crate::model::Report) -> T,
) -> bool {
    changed
        .iter()
        .any(|(id, old)| match (&old.data, &items[id.index()].data) {
            (Data::Report(was), Data::Report(now)) => what(was) != what(now),
            _ => false,
        })
}

/// Whether a unit of `changed` moved: its `parent` is not what it was.
fn moved_units(items: &[Arc<Item>], changed: &[(ItemId, Arc<Item>)]) -> bool {
    changed
        .iter()
        .any(|(id, old)| match (&old.data, &items[id.index()].data) {
            (Data::Unit(was), Data::Unit(now)) => was.parent != now.parent,
            _ => false,
        })
}

/// Whether the references of the items `changed` reach the roll-ups, which count
/// assignments and tasks by their units and each unit's into the units above it (a report
/// reaches them through the status it gives, which `values::derive` tells).
pub fn reach_roll_ups(items: &[Arc<Item>], changed: &[(ItemId, Arc<Item>)]) -> bool {
    moved_units(items, changed)
        || changed
            .iter()
            .any(|(_, item)| matches!(item.kind, Kind::Assignment | Kind::Task))
}
