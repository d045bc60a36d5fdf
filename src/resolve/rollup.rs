//! Status counts per unit, for its own items and rolled up over its subtree, per audience:
//! the open tree counts only public items.

use crate::model::vocab::{Audience, Kind};
use crate::model::*;
use std::sync::Arc;

/// The units an assignment belongs to: its owner and the units it is delegated to.
fn assignment_units(a: &Assignment) -> Vec<ItemId> {
    let mut units: Vec<ItemId> = a.owner.into_iter().collect();
    for &u in &a.assigned_to {
        if !units.contains(&u) {
            units.push(u);
        }
    }
    units
}

/// A task belongs to its responsible unit, or else to its assignment's units.
fn task_units(items: &[Arc<Item>], t: &Task) -> Vec<ItemId> {
    match t.responsible {
        Responsible::Unit(u) => vec![u],
        _ => match &items[t.assignment.index()].data {
            Data::Assignment(a) => assignment_units(a),
            _ => Vec::new(),
        },
    }
}

/// Counts and item lists per unit and audience. O(items × units per item × depth); the
/// overdue lists hold each overdue item once per unit above it, so they stay small.
pub fn roll_up(items: &mut [Arc<Item>], statuses: usize) {
    let empty = || UnitStats {
        own_assignments: Counts::new(statuses),
        all_assignments: Counts::new(statuses),
        own_tasks: Counts::new(statuses),
        all_tasks: Counts::new(statuses),
        own_items: Vec::new(),
        overdue_items: Vec::new(),
    };
    // Only units have stats: a slot per unit, found through `slot` (item index → unit slot).
    let mut slot: Vec<u32> = vec![u32::MAX; items.len()];
    let mut stats: Vec<[UnitStats; 2]> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if item.kind == Kind::Unit {
            slot[i] = stats.len() as u32;
            stats.push([empty(), empty()]);
        }
    }
    let parents: Vec<Option<ItemId>> = items
        .iter()
        .map(|i| match &i.data {
            Data::Unit(u) => u.parent,
            _ => None,
        })
        .collect();
    for (i, item) in items.iter().enumerate() {
        let id = ItemId(i as u32);
        let (units, track, is_task) = match &item.data {
            Data::Assignment(a) => (assignment_units(a), &a.track, false),
            Data::Task(t) => (task_units(items, t), &t.track, true),
            _ => continue,
        };
        let mut closure: Vec<ItemId> = Vec::new();
        for &u in &units {
            let mut at = Some(u);
            while let Some(x) = at {
                if closure.contains(&x) {
                    break;
                }
                closure.push(x);
                at = parents[x.index()];
            }
        }
        for audience in Audience::BOTH {
            if !audience.sees(item) {
                continue;
            }
            let ix = audience as usize;
            let add =
                |c: &mut Counts| c.add(track.status, track.done, track.overdue, track.progress);
            for &u in &units {
                let s = &mut stats[slot[u.index()] as usize][ix];
                add(if is_task {
                    &mut s.own_tasks
                } else {
                    &mut s.own_assignments
                });
                s.own_items.push(id);
            }
            for &u in &closure {
                let s = &mut stats[slot[u.index()] as usize][ix];
                add(if is_task {
                    &mut s.all_tasks
                } else {
                    &mut s.all_assignments
                });
                if track.overdue {
                    s.overdue_items.push(id);
                }
            }
        }
    }
    // A unit whose stats are as they were is not copied: `serve` rolls up again after a
    // save of status values, on items shared with the last graph.
    let mut stats = stats.into_iter();
    for item in items.iter_mut() {
        if !matches!(item.data, Data::Unit(_)) {
            continue;
        }
        let new = stats.next().expect("a slot per unit");
        if let Data::Unit(u) = &item.data
            && u.stats == new
        {
            continue;
        }
        if let Data::Unit(u) = &mut Arc::make_mut(item).data {
            u.stats = new;
        }
    }
}
