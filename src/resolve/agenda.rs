//! The agenda index ([`Agenda`]): every dated assignment and task sorted by deadline, and
//! which kinds of report period each audience sees. One pass and a sort: O(n log n).

use crate::model::agenda::{Agenda, Reported};
use crate::model::vocab::{Audience, Period};
use crate::model::{Data, Item, ItemId};
use std::sync::Arc;

pub fn index(items: &[Arc<Item>]) -> Agenda {
    let mut deadlines = Vec::new();
    let mut reported = [Reported::default(); 2];
    for (i, item) in items.iter().enumerate() {
        let id = ItemId(i as u32);
        match &item.data {
            Data::Assignment(a) => deadlines.extend(a.track.deadline.map(|d| (d, id))),
            Data::Task(t) => deadlines.extend(t.track.deadline.map(|d| (d, id))),
            Data::Report(r) => {
                for audience in Audience::BOTH {
                    if !audience.sees(item) {
                        continue;
                    }
                    let seen = &mut reported[audience as usize];
                    match r.period {
                        Some(Period::Month(..)) => seen.months = true,
                        Some(Period::Year(_)) => seen.years = true,
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    deadlines.sort();
    Agenda {
        deadlines,
        reported,
    }
}
