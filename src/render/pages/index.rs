//! The front page and one index page per kind.

use serde::Serialize;

use crate::model::vocab::{IndicatorKind, Kind, Stage};
use crate::model::*;
use crate::render::parts::PageCx;
use crate::render::parts::base::Group;
use crate::render::parts::council_reports;
use crate::render::parts::plans::{PlanFacts, facts, in_plan_kind_order};
use crate::render::parts::stats::StatsView;
use crate::render::urls;
use crate::render::view::{Card, Link};

#[derive(Serialize)]
pub struct IndexView {
    pub kind: &'static str,
    pub title: String,
    pub count: usize,
    pub groups: Vec<Group>,
    /// For the organisation: every unit with its depth, in tree order.
    pub tree: Vec<TreeRow>,
}

#[derive(Serialize)]
pub struct TreeRow {
    pub link: Link,
    pub depth: u32,
    pub level: Option<String>,
    pub leader_role: Option<String>,
    pub assignments: u32,
    pub overdue: u32,
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

/// Kinds with an index page, in navigation order.
pub const INDEX_KINDS: [Kind; 12] = [
    Kind::Unit,
    Kind::Plan,
    Kind::Goal,
    Kind::Strategy,
    Kind::Measure,
    Kind::Verbal,
    Kind::Letter,
    Kind::Assignment,
    Kind::Task,
    Kind::Indicator,
    Kind::Checklist,
    Kind::Report,
];

fn visible_of(p: &PageCx, kind: Kind) -> Vec<ItemId> {
    p.g.kind(kind)
        .iter()
        .copied()
        .filter(|&i| p.visible(i))
        .collect()
}

fn group_by<K: PartialEq + Clone>(
    p: &PageCx,
    ids: &[ItemId],
    key: impl Fn(ItemId) -> K,
    label: impl Fn(&K) -> String,
) -> Vec<Group> {
    let mut groups: Vec<(K, Vec<Card>)> = Vec::new();
    for &id in ids {
        let Some(card) = p.card(id) else { continue };
        let k = key(id);
        match groups.iter_mut().find(|(g, _)| *g == k) {
            Some((_, cards)) => cards.push(card),
            None => groups.push((k, vec![card])),
        }
    }
    groups
        .into_iter()
        .map(|(k, cards)| Group {
            label: label(&k),
            cards,
        })
        .collect()
}

/// Units in organisation order: the root's subtree first, then any unit outside it.
fn units_in_order(g: &Graph) -> Vec<ItemId> {
    let mut out = g.root_unit.map(|r| g.unit_subtree(r)).unwrap_or_default();
    let mut seen: std::collections::HashSet<ItemId> = out.iter().copied().collect();
    for &u in g.kind(Kind::Unit) {
        if seen.insert(u) {
            out.push(u);
        }
    }
    out
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

fn title_of(p: &PageCx, id: Option<ItemId>) -> String {
    id.filter(|&i| p.visible(i))
        .map(|i| p.g.item(i).title.clone())
        .unwrap_or_default()
}

pub fn index_view(p: &PageCx, kind: Kind) -> IndexView {
    let g = p.g;
    let ids = visible_of(p, kind);
    let container = |id: ItemId| g.item(id).container;
    let mut tree = Vec::new();
    let groups = match kind {
        Kind::Unit => {
            for u in units_in_order(g) {
                let (Some(link), Some(unit)) = (p.link(u), g.unit(u)) else {
                    continue;
                };
                let s = &unit.stats[p.audience as usize];
                // Depth among the units this audience sees, so a unit below an internal
                // one does not show a gap where that unit is.
                let depth = g
                    .unit_ancestors(u)
                    .into_iter()
                    .skip(1)
                    .filter(|&a| p.visible(a))
                    .count() as u32;
                tree.push(TreeRow {
                    link,
                    depth,
                    level: unit.level.clone(),
                    leader_role: unit.leader.as_ref().and_then(|l| l.role.clone()),
                    assignments: s.all_assignments.total,
                    overdue: s.all_assignments.overdue,
                });
            }
            Vec::new()
        }
        Kind::Plan => group_by(
            p,
            &in_plan_kind_order(g, &ids),
            |id| match &g.item(id).data {
                Data::Plan(pl) => pl.plan_kind,
                _ => None,
            },
            |k| match k.and_then(|k| g.config.plan_kinds.get(k)) {
                Some(t) => t.label.clone(),
                None => p.l("plans_without_kind").to_string(),
            },
        ),
        Kind::Goal | Kind::Strategy | Kind::Measure | Kind::Verbal => {
            group_by(p, &ids, container, |c| title_of(p, *c))
        }
        Kind::Letter => group_by(
            p,
            &ids,
            |id| match &g.item(id).data {
                Data::Letter(l) => l.year,
                _ => None,
            },
            |y| y.map(|y| y.to_string()).unwrap_or_default(),
        ),
        Kind::Assignment | Kind::Task => {
            // By owner unit, in organisation order.
            let owner = |id: ItemId| match &g.item(id).data {
                Data::Assignment(a) => a.owner,
                Data::Task(t) => g.assignment(t.assignment).and_then(|a| a.owner),
                _ => None,
            };
            let order = units_in_order(g);
            let mut sorted = ids.clone();
            sorted.sort_by_key(|&id| {
                owner(id)
                    .and_then(|o| order.iter().position(|&u| u == o))
                    .unwrap_or(usize::MAX)
            });
            group_by(p, &sorted, owner, |o| title_of(p, *o))
        }
        Kind::Indicator => group_by(
            p,
            &ids,
            |id| match &g.item(id).data {
                Data::Indicator(i) => i.indicator_kind,
                _ => IndicatorKind::Indicator,
            },
            |k| {
                p.l(match k {
                    IndicatorKind::Indicator => "indicators_heading",
                    IndicatorKind::Keyfigure => "keyfigures_heading",
                })
            },
        ),
        Kind::Report => {
            let mut sorted = ids.clone();
            sorted.sort_by_key(|&id| match &g.item(id).data {
                Data::Report(r) => std::cmp::Reverse(r.period.map(|x| x.sort_key())),
                _ => std::cmp::Reverse(None),
            });
            group_by(
                p,
                &sorted,
                |id| match &g.item(id).data {
                    Data::Report(r) => r.period,
                    _ => None,
                },
                |per| per.map(|x| x.heading(p.lang())).unwrap_or_default(),
            )
        }
        _ => vec![Group {
            label: String::new(),
            cards: p.cards(&ids),
        }],
    };
    IndexView {
        kind: kind.key(),
        title: p.kinds_label(kind),
        count: ids.len(),
        groups,
        tree,
    }
}

pub fn front_view(p: &PageCx) -> FrontView {
    let g = p.g;
    let root = g.root_unit.filter(|&r| p.visible(r));
    let plans: Vec<ItemId> = visible_of(p, Kind::Plan)
        .into_iter()
        .filter(|&pl| matches!(&g.item(pl).data, Data::Plan(x) if matches!(x.stage, Stage::Adopted | Stage::Hearing)))
        .collect();
    let plans = in_plan_kind_order(g, &plans);
    let mut overdue: Vec<ItemId> = visible_of(p, Kind::Assignment)
        .into_iter()
        .filter(|&a| g.assignment(a).is_some_and(|x| x.track.overdue))
        .collect();
    let overdue_total = overdue.len();
    // Longest overdue first; the sort is stable, so equal deadlines keep the site's order.
    overdue.sort_by_key(|&a| g.assignment(a).and_then(|x| x.track.deadline));
    overdue.truncate(FRONT_OVERDUE);
    let mut reports = visible_of(p, Kind::Report);
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
