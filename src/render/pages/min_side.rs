//! Min side: a to-do page for every person named in the content and for every unit, and an
//! index of them all. Internal tree only: it is made of person names.
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

use super::{Page, What};
use crate::model::vocab::{Audience, Kind};
use crate::model::*;
use crate::render::parts::PageCx;
use crate::render::parts::report_forms;
use crate::render::urls;
use crate::render::view::{Card, Link};

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
    const ALL: [Bucket; 4] = [Bucket::Overdue, Bucket::Soon, Bucket::Later, Bucket::Closed];

    fn label_key(self) -> &'static str {
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

/// The pages: none in the open tree.
pub fn pages(g: &Graph, audience: Audience) -> Vec<Page> {
    if audience != Audience::Internal {
        return Vec::new();
    }
    let mut out = vec![Page {
        path: urls::min_side_path(g.config.language),
        what: What::MinSide,
    }];
    out.extend(g.people.list.iter().enumerate().map(|(i, p)| Page {
        path: urls::min_side_person_path(g.config.language, &p.slug),
        what: What::MinSidePerson(i),
    }));
    out.extend(g.kind(Kind::Unit).iter().map(|&u| Page {
        path: urls::min_side_unit_path(g, u),
        what: What::MinSideUnit(u),
    }));
    out
}

#[derive(Serialize)]
pub struct Todo {
    pub card: Card,
    /// For a task: the assignment it is part of.
    pub assignment: Option<Link>,
}

#[derive(Serialize)]
pub struct TodoGroup {
    pub bucket: Bucket,
    pub label: String,
    pub items: Vec<Todo>,
}

#[derive(Serialize)]
pub struct MinSideView {
    pub name: String,
    /// `person` or `unit`.
    pub kind: &'static str,
    /// Units the person leads, or the unit itself.
    pub units: Vec<LedUnit>,
    pub groups: Vec<TodoGroup>,
    pub total: usize,
    pub calendar: Option<String>,
}

#[derive(Serialize)]
pub struct LedUnit {
    pub link: Link,
    pub role: Option<String>,
    pub min_side: String,
    /// The unit's report forms for the periods it can report now.
    pub forms: Vec<report_forms::FormLink>,
}

/// A unit's own list: what its status overview counts as its own (resolve's roll-up): its
/// assignments, the tasks it is responsible for, and the tasks of its assignments that a
/// person is responsible for, so that the unit's (and its leader's) Min side holds every open
/// and overdue item the unit's status page counts.
fn unit_items(g: &Graph, u: ItemId, out: &mut Vec<ItemId>) {
    if let Some(unit) = g.unit(u) {
        out.extend(&unit.stats[Audience::Internal as usize].own_items);
    }
}

fn person_items(g: &Graph, person: &people::Person) -> Vec<ItemId> {
    let mut ids = person.tasks.clone();
    for &u in &person.leads {
        unit_items(g, u, &mut ids);
    }
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// Items grouped and ordered; O(k log k) in the page's own items.
fn grouped(p: &PageCx, ids: &[ItemId]) -> Vec<TodoGroup> {
    let g = p.g;
    let mut keyed: Vec<(Bucket, NaiveDate, ItemId)> = ids
        .iter()
        .filter(|&&id| p.visible(id))
        .filter_map(|&id| {
            let t = g.tracking(id)?;
            Some((bucket(t, g.today), t.deadline.unwrap_or(NaiveDate::MAX), id))
        })
        .collect();
    keyed.sort_unstable();
    Bucket::ALL
        .iter()
        .map(|&b| TodoGroup {
            bucket: b,
            label: p.l(b.label_key()),
            items: keyed
                .iter()
                .filter(|(kb, _, _)| *kb == b)
                .filter_map(|&(_, _, id)| {
                    let assignment = match &g.item(id).data {
                        Data::Task(t) => p.link(t.assignment),
                        _ => None,
                    };
                    Some(Todo {
                        card: p.card(id)?,
                        assignment,
                    })
                })
                .collect(),
        })
        .collect()
}

fn led_unit(p: &PageCx, u: ItemId) -> Option<LedUnit> {
    Some(LedUnit {
        link: p.link(u)?,
        role: p.g.unit(u)?.leader.as_ref().and_then(|l| l.role.clone()),
        min_side: p.href(&urls::min_side_unit_path(p.g, u)),
        forms: report_forms::links(p, u),
    })
}

pub fn person_view(p: &PageCx, i: usize) -> Option<MinSideView> {
    let person = p.g.people.list.get(i)?;
    let groups = grouped(p, &person_items(p.g, person));
    Some(MinSideView {
        name: p.person(Some(&person.name))?,
        kind: "person",
        units: person
            .leads
            .iter()
            .filter_map(|&u| led_unit(p, u))
            .collect(),
        total: groups.iter().map(|g| g.items.len()).sum(),
        groups,
        calendar: None,
    })
}

pub fn unit_view(p: &PageCx, u: ItemId) -> Option<MinSideView> {
    let mut ids = Vec::new();
    unit_items(p.g, u, &mut ids);
    ids.sort_unstable();
    ids.dedup();
    let groups = grouped(p, &ids);
    Some(MinSideView {
        name: p.g.item(u).title.clone(),
        kind: "unit",
        units: led_unit(p, u).into_iter().collect(),
        total: groups.iter().map(|g| g.items.len()).sum(),
        groups,
        calendar: Some(p.href(&urls::calendar_path(p.g, Some(u)))),
    })
}

#[derive(Serialize)]
pub struct IndexRow {
    pub name: String,
    pub href: String,
    pub units: Vec<LedUnit>,
    pub depth: u32,
    /// Items per group, in group order.
    pub counts: [usize; 4],
    pub total: usize,
}

#[derive(Serialize)]
pub struct MinSideIndex {
    pub people: Vec<IndexRow>,
    pub units: Vec<IndexRow>,
    pub bucket_labels: Vec<String>,
}

fn counts(p: &PageCx, ids: &[ItemId]) -> [usize; 4] {
    let mut c = [0; 4];
    for &id in ids {
        if let (true, Some(t)) = (p.visible(id), p.g.tracking(id)) {
            c[bucket(t, p.g.today) as usize] += 1;
        }
    }
    c
}

/// Every person and unit with their counts: O(total items on all lists).
pub fn index_view(p: &PageCx) -> MinSideIndex {
    let g = p.g;
    let people = g
        .people
        .list
        .iter()
        .filter_map(|person| {
            let counts = counts(p, &person_items(g, person));
            Some(IndexRow {
                name: p.person(Some(&person.name))?,
                href: p.href(&urls::min_side_person_path(p.lang(), &person.slug)),
                units: person
                    .leads
                    .iter()
                    .filter_map(|&u| led_unit(p, u))
                    .collect(),
                depth: 0,
                total: counts.iter().sum(),
                counts,
            })
        })
        .collect();
    let order = match g.root_unit {
        Some(r) => {
            let mut order = g.unit_subtree(r);
            let placed: std::collections::HashSet<ItemId> = order.iter().copied().collect();
            order.extend(g.kind(Kind::Unit).iter().filter(|u| !placed.contains(u)));
            order
        }
        None => g.kind(Kind::Unit).to_vec(),
    };
    let units = order
        .into_iter()
        .filter_map(|u| {
            let mut ids = Vec::new();
            unit_items(g, u, &mut ids);
            ids.sort_unstable();
            ids.dedup();
            let counts = counts(p, &ids);
            Some(IndexRow {
                name: p.link(u)?.title,
                href: p.href(&urls::min_side_unit_path(g, u)),
                units: Vec::new(),
                depth: g.unit(u)?.depth,
                total: counts.iter().sum(),
                counts,
            })
        })
        .collect();
    MinSideIndex {
        people,
        units,
        bucket_labels: Bucket::ALL.iter().map(|b| p.l(b.label_key())).collect(),
    }
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
