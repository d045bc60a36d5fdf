//! The internal tree's front page: the municipality's counts, "find your unit", the plans in
//! force and on hearing, the longest overdue assignments and the latest reports.

use serde::Serialize;

use super::{Content, Spec, View};
use crate::model::vocab::{Kind, Stage};
use crate::model::*;
use crate::render::parts::frame::Section;
use crate::render::parts::plans::{PlanFacts, facts, in_plan_kind_order};
use crate::render::parts::stats::StatsView;
use crate::render::parts::{PageCx, council_reports};
use crate::render::urls;
use crate::render::view::{Card, Link};

/// The internal tree's front page, titled as the site.
pub fn page() -> Spec {
    Spec::page("front.html", "front", Section::Front, |p| {
        let title = p.g.config.title.clone();
        Content::new(title, Vec::new(), View::named("front", &view(p)))
    })
}

#[derive(Serialize)]
pub struct FrontView {
    /// v1.2: the reports to the council, newest first.
    pub council: Vec<Link>,
    pub root: Option<Link>,
    pub stats: Option<StatsView>,
    /// "Find your unit": each unit right below the municipality with the units below it.
    pub units: Vec<UnitGroup>,
    pub org_href: String,
    pub plans: Vec<PlanFacts>,
    /// The longest overdue assignments, at most [`FRONT_OVERDUE`]; `overdue_total` counts
    /// them all, and `overdue_href` is the status overview that lists every one.
    pub overdue: Vec<Card>,
    pub overdue_total: usize,
    pub overdue_href: Option<String>,
    pub reports: Vec<Card>,
}

/// Overdue assignments on the front page: a large municipality has thousands, and a front
/// page listing them all would weigh megabytes; the status overview has the whole list.
pub const FRONT_OVERDUE: usize = 20;

#[derive(Serialize)]
pub struct UnitGroup {
    pub link: Link,
    pub below: Vec<Link>,
}

/// Every unit the audience sees below `unit`, at any depth, in organisation order.
fn subtree_below(p: &PageCx, unit: ItemId) -> Vec<ItemId> {
    let mut out = Vec::new();
    for u in p.units_below(unit) {
        out.push(u);
        out.extend(subtree_below(p, u));
    }
    out
}

fn view(p: &PageCx) -> FrontView {
    let g = p.g;
    let root = g.root_unit.filter(|&r| p.visible(r));
    let plans: Vec<ItemId> = p.visible_of(Kind::Plan)
        .into_iter()
        .filter(|&pl| matches!(&g.item(pl).data, Data::Plan(x) if matches!(x.stage, Stage::Adopted | Stage::Hearing)))
        .collect();
    let plans = in_plan_kind_order(g, &plans);
    let mut overdue: Vec<ItemId> = p
        .visible_of(Kind::Assignment)
        .into_iter()
        .filter(|&a| g.assignment(a).is_some_and(|x| x.track.overdue))
        .collect();
    let overdue_total = overdue.len();
    // Longest overdue first; the sort is stable, so equal deadlines keep the site's order.
    overdue.sort_by_key(|&a| g.assignment(a).and_then(|x| x.track.deadline));
    overdue.truncate(FRONT_OVERDUE);
    let mut reports = p.visible_of(Kind::Report);
    reports.sort_by_key(|&id| match &g.item(id).data {
        Data::Report(r) => std::cmp::Reverse((r.period.map(|x| x.end()), r.date)),
        _ => std::cmp::Reverse((None, None)),
    });
    reports.truncate(8);
    let units = root
        .map(|r| p.units_below(r))
        .unwrap_or_default()
        .into_iter()
        .filter_map(|u| {
            Some(UnitGroup {
                link: p.link(u)?,
                below: p.links(&subtree_below(p, u)),
            })
        })
        .collect();
    FrontView {
        council: council_reports::links(p),
        root: root.and_then(|r| p.link(r)),
        stats: root.and_then(|r| g.unit(r)).map(|u| p.stats(&u.stats)),
        units,
        org_href: p.href(&urls::index_path(p.lang(), Kind::Unit)),
        plans: plans.iter().filter_map(|&pl| facts(p, pl)).collect(),
        overdue: p.cards(&overdue),
        overdue_total,
        overdue_href: root.map(|r| p.href(&urls::unit_status_path(g, r))),
        reports: p.cards(&reports),
    }
}
