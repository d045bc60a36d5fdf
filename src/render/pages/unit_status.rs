//! A unit's status overview: where its assignments and tasks stand, on its own and with every
//! unit below (the roll-up from resolve), what is overdue, and a way down to each unit below
//! and to each item. The municipality's overview is the top of the drill-down.
//!
//! It has a page of its own (`org/ID/status/`) beside the unit's page: the unit page is the
//! verksemdsplan, read top to bottom; this page is what a leader opens each tertial, with a
//! chart, the overdue list and the units below, and it links up and down the organisation.

use serde::Serialize;

use super::{Content, Page, Spec, View, What};
use crate::model::vocab::{Audience, Kind, Visibility};
use crate::model::*;
use crate::render::charts::{self, bars, stacked};
use crate::render::parts::PageCx;
use crate::render::parts::economy_rows::{UnitEconomy, unit_economy};
use crate::render::parts::frame::{self, Crumb, Section};
use crate::render::parts::indicator_figures::{SeriesBlock, series_block};
use crate::render::parts::internal_control::{Avvik, deviations_below};
use crate::render::parts::lists::LONG_LIST;
use crate::render::parts::report_forms::{self, FormLink};
use crate::render::parts::stats::StatsView;
use crate::render::parts::status_chart::{self, BarOf, CountGroup};
use crate::render::urls;
use crate::render::view::{Card, Ctx, Link, StatusView};

/// A status page for every unit the audience may see.
pub fn pages(g: &Graph, audience: Audience) -> Vec<Page> {
    let mut pages = Vec::new();
    for &u in g.kind(Kind::Unit) {
        if audience.sees_id(g, u) {
            pages.push(Page {
                path: urls::unit_status_path(g, u),
                what: What::UnitStatus(u),
            });
        }
    }
    pages
}

/// A unit's status page, below the follow-up page and the status pages of the units above.
pub fn page(u: ItemId) -> Spec {
    Spec::page(
        "unit_status.html",
        "unit-status",
        Section::FollowUp,
        move |p| {
            let title = format!("{} – {}", p.l("status_overview"), p.g.item(u).title);
            Content::new(title, crumbs(p, u), View::page(&view(p, u)))
        },
    )
}

/// Up the organisation through the status pages, for drilling back up.
fn crumbs(v: &Ctx, unit: ItemId) -> Vec<Crumb> {
    let g = v.g;
    let mut out = vec![frame::follow_up_crumb(v)];
    let mut chain: Vec<Crumb> = g
        .unit_ancestors(unit)
        .into_iter()
        .skip(1)
        .filter(|&u| v.visible(u))
        .map(|u| Crumb {
            href: v.href(&urls::unit_status_path(g, u)),
            title: g.item(u).title.clone(),
        })
        .collect();
    chain.reverse();
    out.extend(chain);
    out
}

#[derive(Serialize)]
pub struct UnitStatusView {
    /// The unit's own page (the verksemdsplan).
    pub unit: Link,
    pub title: String,
    pub level: Option<String>,
    pub internal: bool,
    pub stats: StatsView,
    pub chart: String,
    /// How many assignments of the subtree the mean progress rests on.
    pub progress_n: u32,
    pub statuses: Vec<StatusView>,
    pub children: Vec<ChildRow>,
    /// The units below as stacked bars (the same numbers as `children`).
    pub children_chart: Option<String>,
    /// What is overdue here and below, the longest overdue first, at most [`LONG_LIST`];
    /// `overdue_total` counts them all.
    pub overdue: Vec<Card>,
    pub overdue_total: usize,
    /// The unit's own assignments and tasks, by status: what a bar of a unit with no units
    /// below leads to.
    pub own_assignments: Vec<StatusGroup>,
    pub own_assignments_n: usize,
    pub own_tasks: Vec<StatusGroup>,
    pub own_tasks_n: usize,
    pub indicators: Vec<SeriesBlock>,
    pub reports: Vec<Card>,
    /// The status page of the unit above, for going back up.
    pub parent_status: Option<Link>,
    /// Its report forms (internal tree).
    pub report_forms: Vec<FormLink>,
    /// The kinds of period it reports, in words (internal tree): "tertial, år".
    pub rhythm: Option<String>,
    /// v1.2: deviations of the unit and the units below, open and closed.
    pub avvik_open: Vec<Avvik>,
    pub avvik_closed: Vec<Avvik>,
    /// v1.2: the newest period's economy, own and with the units below.
    pub economy: Option<UnitEconomy>,
}

/// Items of one status, under a heading a chart's bar can lead to.
#[derive(Serialize)]
pub struct StatusGroup {
    pub id: String,
    pub status: StatusView,
    pub cards: Vec<Card>,
}

/// `ids` by status, in the order of the site's statuses; statuses with none left out.
fn by_status(p: &PageCx, ids: &[ItemId], kind: char) -> Vec<StatusGroup> {
    let g = p.g;
    (0..g.config.statuses.len())
        .filter_map(|i| {
            let of: Vec<ItemId> = ids
                .iter()
                .copied()
                .filter(|&id| g.tracking(id).is_some_and(|t| t.status == i))
                .collect();
            let cards = p.cards(&of);
            if cards.is_empty() {
                return None;
            }
            Some(StatusGroup {
                id: urls::own_status_anchor(kind, i),
                status: p.status(i)?,
                cards,
            })
        })
        .collect()
}

/// One unit below, with its whole subtree's counts.
#[derive(Serialize)]
pub struct ChildRow {
    /// The child's status page.
    pub status_href: String,
    pub title: String,
    pub level: Option<String>,
    /// Assignments per status, indexed like `statuses`.
    pub by_status: Vec<u32>,
    pub assignments: u32,
    pub overdue_assignments: u32,
    pub tasks: u32,
    pub overdue_tasks: u32,
    pub progress: Option<u32>,
}

/// Each unit below as a bar of its subtree's assignments, split by status.
fn children_chart(p: &PageCx, title: &str, children: &[ChildRow]) -> String {
    let keys: Vec<stacked::Key> =
        p.g.config
            .statuses
            .iter()
            .enumerate()
            .map(|(i, s)| stacked::Key {
                label: s.label.clone(),
                color: charts::safe_color(&s.color, "#6b6b6b"),
                pattern: bars::Pattern::nth(i),
            })
            .collect();
    let rows: Vec<stacked::Row> = children
        .iter()
        .map(|c| stacked::Row {
            label: c.title.clone(),
            values: c.by_status.iter().map(|&n| f64::from(n)).collect(),
            total_label: c.assignments.to_string(),
            href: Some(c.status_href.clone()),
        })
        .collect();
    let heading = format!(
        "{} {}",
        p.l("assignments_short"),
        p.l("with_units_below").to_lowercase()
    );
    let desc: Vec<String> = children
        .iter()
        .map(|c| {
            let parts: Vec<String> = keys
                .iter()
                .zip(&c.by_status)
                .map(|(k, n)| format!("{} {n}", k.label))
                .collect();
            format!(
                "{}: {} ({} {}).",
                c.title,
                parts.join(", "),
                p.l("total").to_lowercase(),
                c.assignments
            )
        })
        .collect();
    let meta = charts::Meta {
        id: "rt-chart-below".into(),
        title: format!("{}: {title}. {heading}", p.l("sub_units")),
        desc: desc.join(" "),
    };
    stacked::stacked(&meta, &keys, &rows)
}

fn status_link(p: &PageCx, u: ItemId) -> Option<Link> {
    let mut link = p.link(u)?;
    link.href = p.href(&urls::unit_status_path(p.g, u));
    Some(link)
}

fn view(p: &PageCx, id: ItemId) -> Option<UnitStatusView> {
    let g = p.g;
    let unit = g.unit(id)?;
    let s = &unit.stats[p.audience as usize];
    let title = g.item(id).title.clone();

    // A bar leads down one step: to the units below (each row leads on to its unit's page),
    // or, where there are none, to the unit's own items of that status. A page lists only
    // what the unit owns, so it stays small at the top of a large organisation.
    // An item the audience sees may be counted through a unit below that it does not see
    // (a public assignment of an internal unit): such a bar has nothing to lead to.
    let has_below = !p.units_below(id).is_empty();
    let (own_assignments, own_tasks): (Vec<ItemId>, Vec<ItemId>) = s
        .own_items
        .iter()
        .partition(|&&i| g.assignment(i).is_some());
    let own_a = by_status(p, &own_assignments, 'a');
    let own_t = by_status(p, &own_tasks, 't');
    let link = |kind: char, own: &[StatusGroup]| {
        let listed: Vec<String> = own.iter().map(|g| g.id.clone()).collect();
        move |bar: BarOf| match bar {
            BarOf::Overdue => Some("#rt-overdue".to_string()),
            BarOf::Status(_) if has_below => Some("#rt-below".to_string()),
            BarOf::Status(i) => {
                let anchor = urls::own_status_anchor(kind, i);
                listed.contains(&anchor).then(|| urls::at("", &anchor))
            }
        }
    };
    let (link_a, link_t) = (link('a', &own_a), link('t', &own_t));
    let chart = status_chart::chart(
        p,
        "rt-chart-status",
        format!("{}: {title}", p.l("status_overview")),
        &[
            CountGroup {
                heading: format!(
                    "{} {}",
                    p.l("assignments_short"),
                    p.l("with_units_below").to_lowercase()
                ),
                counts: &s.all_assignments,
                overdue: true,
                link: &link_a,
            },
            CountGroup {
                heading: format!(
                    "{} {}",
                    p.l("tasks"),
                    p.l("with_units_below").to_lowercase()
                ),
                counts: &s.all_tasks,
                overdue: true,
                link: &link_t,
            },
        ],
    );

    // As the audience sees the organisation: a public unit below an internal one in its place.
    let children: Vec<ChildRow> = p
        .units_below(id)
        .into_iter()
        .filter_map(|c| {
            let cu = g.unit(c)?;
            let cs = &cu.stats[p.audience as usize];
            Some(ChildRow {
                status_href: p.href(&urls::unit_status_path(g, c)),
                title: g.item(c).title.clone(),
                level: cu.level.clone(),
                by_status: cs.all_assignments.by_status.clone(),
                assignments: cs.all_assignments.total,
                overdue_assignments: cs.all_assignments.overdue,
                tasks: cs.all_tasks.total,
                overdue_tasks: cs.all_tasks.overdue,
                progress: cs.all_assignments.mean_progress(),
            })
        })
        .collect();

    // The unit's own items as the table's first row, so that the rows add up to what a bar
    // counts (an item delegated to two units below is in both their rows).
    let children: Vec<ChildRow> =
        if children.is_empty() || s.own_assignments.total + s.own_tasks.total == 0 {
            children
        } else {
            std::iter::once(ChildRow {
                status_href: "#rt-own".into(),
                title: p.l("own_assignments_tasks"),
                level: None,
                by_status: s.own_assignments.by_status.clone(),
                assignments: s.own_assignments.total,
                overdue_assignments: s.own_assignments.overdue,
                tasks: s.own_tasks.total,
                overdue_tasks: s.own_tasks.overdue,
                progress: s.own_assignments.mean_progress(),
            })
            .chain(children)
            .collect()
        };
    let children_chart = (!children.is_empty()).then(|| children_chart(p, &title, &children));

    // Overdue first by how long ago the deadline was.
    let mut overdue = s.overdue_items.clone();
    overdue.sort_by_key(|&i| g.tracking(i).and_then(|t| t.deadline));
    let overdue_total = overdue.len();
    overdue.truncate(LONG_LIST);

    // Indicators it follows up or has figures for, with the figures the audience may see.
    let indicators = unit
        .all_indicators()
        .into_iter()
        .filter_map(|i| series_block(p, i, Some(id)))
        .collect();

    let mut reports: Vec<ItemId> = unit.reports.clone();
    reports.sort_by_key(|&r| match &g.item(r).data {
        Data::Report(rep) => std::cmp::Reverse((rep.period.map(|p| p.end()), rep.date)),
        _ => std::cmp::Reverse((None, None)),
    });

    let (avvik_open, avvik_closed) = deviations_below(p, id);
    Some(UnitStatusView {
        economy: unit_economy(p, id),
        avvik_open,
        avvik_closed,
        unit: p.link(id)?,
        title,
        level: unit.level.clone(),
        internal: g.item(id).visibility == Visibility::Internal,
        stats: p.stats(&unit.stats),
        chart,
        progress_n: s.all_assignments.progress_n,
        statuses: (0..g.config.statuses.len())
            .filter_map(|i| p.status(i))
            .collect(),
        children,
        children_chart,
        overdue: p.cards(&overdue),
        overdue_total,
        own_assignments_n: own_assignments.len(),
        own_assignments: own_a,
        own_tasks_n: own_tasks.len(),
        own_tasks: own_t,
        indicators,
        reports: p.cards(&reports),
        parent_status: unit.parent.and_then(|u| status_link(p, u)),
        report_forms: report_forms::links(p, id),
        rhythm: (p.audience.sees_staff_tools()).then(|| {
            g.rhythm_of(id)
                .samples()
                .map(|s| {
                    p.l(&format!("granularity_{}", s.granularity()))
                        .to_lowercase()
                })
                .collect::<Vec<_>>()
                .join(", ")
        }),
    })
}
