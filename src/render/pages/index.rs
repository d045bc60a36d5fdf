//! The index page of a kind: its items, grouped as suits the kind (the organisation as a tree,
//! plans by kind, what is written in plans by plan, letters by year, …).

use serde::Serialize;

use super::{Content, Spec, View};
use crate::model::vocab::{IndicatorKind, Kind};
use crate::model::*;
use crate::render::parts::PageCx;
use crate::render::parts::base::Group;
use crate::render::parts::frame::Section;
use crate::render::parts::lists::LONG_LIST;
use crate::render::parts::plans::in_plan_kind_order;
use crate::render::view::{Card, Link};

/// A kind's index page.
pub fn page(kind: Kind) -> Spec {
    Spec::page("index.html", "index", Section::of_kind(kind), move |p| {
        let title = p.kinds_label(kind);
        Content::new(title, Vec::new(), View::named("index", &view(p, kind)))
    })
}

#[derive(Serialize)]
pub struct IndexView {
    pub kind: &'static str,
    pub title: String,
    pub count: usize,
    pub groups: Vec<Group>,
    /// For the organisation: every unit with its depth, in tree order.
    pub tree: Vec<TreeRow>,
    /// Assignments or tasks beyond [`LONG_LIST`]: how many each owner unit has, in its
    /// place in the organisation, instead of `groups`; each unit's page lists its own.
    pub by_unit: Vec<UnitCount>,
}

/// A row of [`IndexView::by_unit`]; `unit` is none for what has no owner this tree shows.
#[derive(Serialize)]
pub struct UnitCount {
    pub unit: Option<Link>,
    pub count: u32,
    pub overdue: u32,
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

/// Kinds with an index page, in navigation order: every kind but those read within another
/// item's page (checklist items, the site's own events).
pub const INDEX_KINDS: [Kind; 12] = {
    let mut out = [Kind::Unit; 12];
    let (mut i, mut n) = (0, 0);
    while i < Kind::ALL.len() {
        if !matches!(Kind::ALL[i], Kind::CheckItem | Kind::Event) {
            out[n] = Kind::ALL[i];
            n += 1;
        }
        i += 1;
    }
    assert!(n == out.len(), "every kind but two has an index page");
    out
};
/// `ids` in groups by `key`, the groups in the order their first item comes. O(ids): a
/// large municipality's task index has a quarter of a million cards in thousands of groups.
fn group_by<K: Eq + std::hash::Hash + Clone>(
    p: &PageCx,
    ids: &[ItemId],
    key: impl Fn(ItemId) -> K,
    label: impl Fn(&K) -> String,
) -> Vec<Group> {
    let mut groups: Vec<(K, Vec<Card>)> = Vec::new();
    let mut at: std::collections::HashMap<K, usize> = std::collections::HashMap::new();
    for &id in ids {
        let Some(card) = p.card(id) else { continue };
        let k = key(id);
        match at.get(&k) {
            Some(&i) => groups[i].1.push(card),
            None => {
                at.insert(k.clone(), groups.len());
                groups.push((k, vec![card]));
            }
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

fn title_of(p: &PageCx, id: Option<ItemId>) -> String {
    id.filter(|&i| p.visible(i))
        .map(|i| p.g.item(i).title.clone())
        .unwrap_or_default()
}

fn view(p: &PageCx, kind: Kind) -> IndexView {
    let g = p.g;
    let ids = p.visible_of(kind);
    let container = |id: ItemId| g.item(id).container;
    let mut tree = Vec::new();
    let mut by_unit = Vec::new();
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
            let place: std::collections::HashMap<ItemId, usize> = units_in_order(g)
                .into_iter()
                .enumerate()
                .map(|(i, u)| (u, i))
                .collect();
            let mut sorted = ids.clone();
            sorted.sort_by_cached_key(|&id| {
                owner(id)
                    .and_then(|o| place.get(&o).copied())
                    .unwrap_or(usize::MAX)
            });
            if sorted.len() > LONG_LIST {
                by_unit = count_by(p, &sorted, owner);
                Vec::new()
            } else {
                group_by(p, &sorted, owner, |o| title_of(p, *o))
            }
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
                |per| per.map(|x| x.heading(p.labels)).unwrap_or_default(),
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
        by_unit,
    }
}

/// How many of `ids` (in their owners' order) each owner has, and how many are overdue.
/// An owner this tree does not show is counted with those that have none.
fn count_by(
    p: &PageCx,
    ids: &[ItemId],
    owner: impl Fn(ItemId) -> Option<ItemId>,
) -> Vec<UnitCount> {
    let mut rows: Vec<UnitCount> = Vec::new();
    let mut at: std::collections::HashMap<Option<ItemId>, usize> = Default::default();
    for &id in ids {
        let unit = owner(id).filter(|&u| p.visible(u));
        let i = *at.entry(unit).or_insert_with(|| {
            rows.push(UnitCount {
                unit: unit.and_then(|u| p.link(u)),
                count: 0,
                overdue: 0,
            });
            rows.len() - 1
        });
        rows[i].count += 1;
        rows[i].overdue += u32::from(p.g.tracking(id).is_some_and(|t| t.overdue));
    }
    rows
}
