//! Min side's index: every person and every unit with how many items each has in each group
//! (see [`todo`](crate::render::parts::todo)). Internal tree only: it is made of person names.

use serde::Serialize;

use super::{Content, Page, Spec, View, What};
use crate::model::vocab::{Audience, Kind};
use crate::model::*;
use crate::render::parts::PageCx;
use crate::render::parts::frame::Section;
use crate::render::parts::todo::{Bucket, LedUnit, bucket, led_unit, person_items, unit_items};
use crate::render::urls;

/// The index: none in the open tree.
pub fn pages(g: &Graph, audience: Audience) -> Vec<Page> {
    if !audience.sees_staff_tools() {
        return Vec::new();
    }
    vec![Page {
        path: urls::min_side_path(g.config.language),
        what: What::MinSideIndex,
    }]
}

/// The index, the top of Min side in the navigation.
pub fn page() -> Spec {
    Spec::page("min_side_index.html", "min-side", Section::MinSide, |p| {
        Content::new(p.l("min_side"), Vec::new(), View::page(&view(p)))
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
fn view(p: &PageCx) -> MinSideIndex {
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
