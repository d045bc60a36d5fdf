//! Min side's lists: what is on a person's or a unit's to-do list, and the groups its items
//! fall in (both the pages of people and units and their index count them so).
//!
//! A person's list holds the tasks naming them as `responsible` and, for each unit they lead,
//! that unit's list. A unit's list holds the assignments it owns or is given and the tasks it
//! is responsible for. Items fall in four groups, in this order:
//!
//! 1. over frist: not done and the deadline is before `today`;
//! 2. the next 30 days: not done and the deadline is from `today` to `today` + 30 days, both
//!    included (a deadline of today is not overdue yet, so it is here);
//! 3. later or without a deadline (not done);
//! 4. closed: a done status (fullført, avbrote), whatever the deadline.
//!
//! Within a group, the earliest deadline comes first, then item order.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::PageCx;
use super::report_forms::{self, FormLink};
use crate::model::vocab::Audience;
use crate::model::*;
use crate::render::urls;
use crate::render::view::Link;

/// The window of "soon": deadlines up to this many days after today.
pub const WINDOW_DAYS: u64 = 30;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bucket {
    Overdue,
    Soon,
    Later,
    Closed,
}

impl Bucket {
    pub const ALL: [Bucket; 4] = [Bucket::Overdue, Bucket::Soon, Bucket::Later, Bucket::Closed];

    pub fn label_key(self) -> &'static str {
        match self {
            Bucket::Overdue => "overdue",
            Bucket::Soon => "due_soon",
            Bucket::Later => "due_later",
            Bucket::Closed => "closed",
        }
    }
}

/// Which group an assignment or task falls in on `today`.
pub fn bucket(t: &Tracking, today: NaiveDate) -> Bucket {
    let window_end = today
        .checked_add_days(Days::new(WINDOW_DAYS))
        .unwrap_or(NaiveDate::MAX);
    if t.done {
        Bucket::Closed
    } else if t.overdue {
        Bucket::Overdue
    } else if t.deadline.is_some_and(|d| d <= window_end) {
        Bucket::Soon
    } else {
        Bucket::Later
    }
}

#[derive(Serialize)]
pub struct LedUnit {
    pub link: Link,
    pub role: Option<String>,
    pub min_side: String,
    /// The unit's report forms for the periods it can report now.
    pub forms: Vec<FormLink>,
}

/// A unit's own list: what its status overview counts as its own (resolve's roll-up): its
/// assignments, the tasks it is responsible for, and the tasks of its assignments that a
/// person is responsible for, so that the unit's (and its leader's) Min side holds every open
/// and overdue item the unit's status page counts.
pub fn unit_items(g: &Graph, u: ItemId, out: &mut Vec<ItemId>) {
    if let Some(unit) = g.unit(u) {
        out.extend(&unit.stats[Audience::Internal as usize].own_items);
    }
}

pub fn person_items(g: &Graph, person: &people::Person) -> Vec<ItemId> {
    let mut ids = person.tasks.clone();
    for &u in &person.leads {
        unit_items(g, u, &mut ids);
    }
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// A unit someone leads (or whose Min side it is), with its report forms.
pub fn led_unit(p: &PageCx, u: ItemId) -> Option<LedUnit> {
    Some(LedUnit {
        link: p.link(u)?,
        role: p.g.unit(u)?.leader.as_ref().and_then(|l| l.role.clone()),
        min_side: p.href(&urls::min_side_unit_path(p.g, u)),
        forms: report_forms::links(p, u),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn track(deadline: Option<&str>, overdue: bool, done: bool) -> Tracking {
        Tracking {
            deadline: deadline.map(day),
            overdue,
            done,
            ..Tracking::default()
        }
    }

    #[test]
    fn the_window_holds_today_and_today_plus_thirty() {
        let today = day("2026-03-10");
        assert_eq!(
            bucket(&track(Some("2026-03-10"), false, false), today),
            Bucket::Soon
        );
        assert_eq!(
            bucket(&track(Some("2026-04-09"), false, false), today),
            Bucket::Soon
        );
        assert_eq!(
            bucket(&track(Some("2026-04-10"), false, false), today),
            Bucket::Later
        );
        assert_eq!(bucket(&track(None, false, false), today), Bucket::Later);
        assert_eq!(
            bucket(&track(Some("2026-03-09"), true, false), today),
            Bucket::Overdue
        );
        assert_eq!(
            bucket(&track(Some("2026-03-09"), false, true), today),
            Bucket::Closed
        );
    }
}
