//! Min side of a person or a unit: their to-do list in four groups (see
//! [`todo`](crate::render::parts::todo)). Internal tree only: it is made of person names.

use chrono::NaiveDate;
use serde::Serialize;

use super::{Content, Page, Spec, View, What};
use crate::model::vocab::{Audience, Kind};
use crate::model::*;
use crate::render::parts::PageCx;
use crate::render::parts::frame::{Crumb, Section};
use crate::render::parts::todo::{Bucket, LedUnit, bucket, led_unit, person_items, unit_items};
use crate::render::urls;
use crate::render::view::{Card, Link};

/// Whose Min side a page is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Whose {
    /// A person's: an index into `graph.people.list`.
    Person(usize),
    Unit(ItemId),
}

/// A page for every person and every unit: none in the open tree.
pub fn pages(g: &Graph, audience: Audience) -> Vec<Page> {
    if !audience.sees_staff_tools() {
        return Vec::new();
    }
    let mut out: Vec<Page> = g
        .people
        .list
        .iter()
        .enumerate()
        .map(|(i, p)| Page {
            path: urls::min_side_person_path(g.config.language, &p.slug),
            what: What::MinSide(Whose::Person(i)),
        })
        .collect();
    out.extend(g.kind(Kind::Unit).iter().map(|&u| Page {
        path: urls::min_side_unit_path(g, u),
        what: What::MinSide(Whose::Unit(u)),
    }));
    out
}

/// A person's page, titled by their name, or a unit's; below Min side's index.
pub fn page(whose: Whose) -> Spec {
    Spec::page("min_side.html", "min-side", Section::MinSide, move |p| {
        let index = Crumb {
            href: p.href(&urls::min_side_path(p.lang())),
            title: p.l("min_side"),
        };
        let (title, view) = match whose {
            Whose::Person(i) => (
                p.g.people
                    .list
                    .get(i)
                    .and_then(|person| p.person(Some(&person.name)))
                    .unwrap_or_default(),
                person_view(p, i),
            ),
            Whose::Unit(u) => (
                format!("{} – {}", p.l("min_side"), p.g.item(u).title),
                unit_view(p, u),
            ),
        };
        Content::new(title, vec![index], View::page(&view))
    })
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

fn person_view(p: &PageCx, i: usize) -> Option<MinSideView> {
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

fn unit_view(p: &PageCx, u: ItemId) -> Option<MinSideView> {
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
