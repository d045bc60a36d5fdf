//! A reporting period: every unit's report for it (reported status of each item, goal
//! achievement, the narrative), the municipality-wide roll-up of what was reported, and, in
//! the internal tree, the units that have not reported.
//!
//! "Current period" (see docs/content-format.md, Readings): for each granularity the site's
//! reports use, the period that is *due* is the latest one that ended before `today` (units
//! report after a period ends), and the one *in progress* holds `today`. Who is expected to
//! report a period is `Graph::expects_report` (the unit's rhythm and its own work that year).

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::common::PageCx;
use super::report::{GoalLine, StatusLine, goal_lines, status_lines};
use super::status_chart::{self, BarOf, CountGroup};
use crate::model::rhythm::Rhythm;
use crate::model::vocab::{Achievement, Audience, Kind, Period};
use crate::model::*;
use crate::render::urls;
use crate::render::view::{DateView, Link, StatusView};

#[derive(Serialize)]
pub struct PeriodView {
    pub period: String,
    pub label: String,
    pub granularity_label: String,
    pub start: DateView,
    pub end: DateView,
    /// `due`, `in-progress`, `past` or `future`.
    pub state: &'static str,
    pub units: Vec<UnitReport>,
    pub rollup: Vec<RollupRow>,
    pub assignments_total: u32,
    pub tasks_total: u32,
    pub achievements: Vec<AchievementRow>,
    /// Whether any goal was assessed: a table of zeros is left out for a sentence.
    pub assessed: bool,
    pub chart: String,
    /// What each bar of the chart counts: the items reported with a status, by kind.
    pub reported_assignments: Vec<ReportedGroup>,
    pub reported_tasks: Vec<ReportedGroup>,
    /// Internal tree, due and in-progress periods: who has not reported.
    pub reporting: Option<Reporting>,
    /// v1.2: the period's report to the council, when it has one.
    pub council: Option<Link>,
}

#[derive(Serialize)]
pub struct UnitReport {
    pub unit: Option<Link>,
    pub report: Link,
    pub date: Option<DateView>,
    pub narrative: Option<String>,
    pub status: Vec<StatusLine>,
    pub goals: Vec<GoalLine>,
}

/// The items reported with one status (the newest report of the period wins), under a
/// heading a bar of the chart leads to.
#[derive(Serialize)]
pub struct ReportedGroup {
    pub id: String,
    pub status: StatusView,
    pub items: Vec<Link>,
}

fn reported_groups(
    p: &PageCx,
    item_status: &HashMap<ItemId, StatusIx>,
    assignments: bool,
) -> Vec<ReportedGroup> {
    let g = p.g;
    let kind = if assignments { 'a' } else { 't' };
    let mut of_kind: Vec<(StatusIx, ItemId)> = item_status
        .iter()
        .filter(|&(&item, _)| g.assignment(item).is_some() == assignments)
        .map(|(&item, &st)| (st, item))
        .collect();
    // In the order of the statuses, then of the files (as every list of the site).
    of_kind.sort_unstable();
    let mut out: Vec<ReportedGroup> = Vec::new();
    for (st, item) in of_kind {
        let Some(link) = p.link(item) else { continue };
        match out.last_mut() {
            Some(last) if last.id == urls::reported_status_anchor(kind, st) => {
                last.items.push(link)
            }
            _ => {
                let Some(status) = p.status(st) else { continue };
                out.push(ReportedGroup {
                    id: urls::reported_status_anchor(kind, st),
                    status,
                    items: vec![link],
                });
            }
        }
    }
    out
}

#[derive(Serialize)]
pub struct RollupRow {
    pub status: StatusView,
    pub assignments: u32,
    pub tasks: u32,
}

#[derive(Serialize)]
pub struct AchievementRow {
    pub key: &'static str,
    pub label: String,
    pub count: u32,
}

/// Who was expected to report for a period and who has not.
#[derive(Serialize)]
pub struct Reporting {
    pub period: String,
    pub label: String,
    pub href: Option<String>,
    pub state: &'static str,
    pub expected: usize,
    pub reported: usize,
    pub not_reported: Vec<Link>,
    /// The expected units that have reported, in organisation order.
    pub reported_units: Vec<Link>,
}

/// For each kind of period some unit is expected to report (months, tertials, years, in that
/// order; see `model::rhythm`): the period that is due and the one in progress on `today`.
pub fn current(g: &Graph) -> Vec<(Period, Period)> {
    let kinds = g
        .kind(Kind::Unit)
        .iter()
        .fold(Rhythm::default(), |r, &u| r.with(g.rhythm_of(u)));
    kinds
        .samples()
        .map(|sample| {
            let now = sample.same_kind_at(g.today);
            (now.prev(), now)
        })
        .collect()
}

fn state(g: &Graph, period: Period) -> &'static str {
    if period.contains(g.today) {
        "in-progress"
    } else if period == period.same_kind_at(g.today).prev() {
        "due"
    } else if period.start() > g.today {
        "future"
    } else {
        "past"
    }
}

/// The reports of a period the audience may see, in organisation order.
pub fn reports_of(p: &PageCx, period: Period) -> Vec<ItemId> {
    p.g.periods
        .iter()
        .find(|pr| pr.period == period)
        .map(|pr| {
            pr.reports
                .iter()
                .copied()
                .filter(|&r| p.visible(r))
                .collect()
        })
        .unwrap_or_default()
}

/// Internal tree only (absence is never stated in the open tree: it would either accuse a
/// unit whose report is internal or reveal that there are internal reports).
/// O(units + their own items).
pub fn reporting(p: &PageCx, period: Period) -> Option<Reporting> {
    if p.audience != Audience::Internal {
        return None;
    }
    let g = p.g;
    let reported_units: HashSet<ItemId> = g
        .periods
        .iter()
        .find(|pr| pr.period == period)
        .map(|pr| {
            pr.reports
                .iter()
                .filter_map(|&r| match &g.item(r).data {
                    Data::Report(rep) => rep.unit,
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    // Expected by the rhythm (`Graph::expects_report`), and a unit that reported anyway
    // counts as having reported.
    let expected: Vec<ItemId> = g
        .root_unit
        .map(|r| g.unit_subtree(r))
        .unwrap_or_default()
        .into_iter()
        .filter(|&u| g.expects_report(u, period) || reported_units.contains(&u))
        .collect();
    let not_reported: Vec<ItemId> = expected
        .iter()
        .copied()
        .filter(|u| !reported_units.contains(u))
        .collect();
    let has_page = !reported_units.is_empty();
    Some(Reporting {
        period: period.to_string(),
        label: period.heading(p.lang()),
        href: has_page.then(|| p.href(&urls::period_path(p.lang(), period))),
        state: state(g, period),
        expected: expected.len(),
        reported: expected.len() - not_reported.len(),
        not_reported: p.links(&not_reported),
        reported_units: p.links(
            &expected
                .iter()
                .copied()
                .filter(|u| reported_units.contains(u))
                .collect::<Vec<_>>(),
        ),
    })
}

pub fn view(p: &PageCx, period: Period) -> PeriodView {
    let g = p.g;
    let reports = reports_of(p, period);
    let mut units = Vec::new();
    for &r in &reports {
        let Data::Report(rep) = &g.item(r).data else {
            continue;
        };
        let Some(report) = p.link(r) else { continue };
        // Under the unit's `<h3>` and the narrative's `<h4>`; one of many on the page.
        let narrative = super::print::body_of(p, r, 4).filter(|h| !h.trim().is_empty());
        units.push(UnitReport {
            unit: rep.unit.and_then(|u| p.link(u)),
            report,
            date: p.date_opt(rep.date),
            narrative,
            status: status_lines(p, rep),
            goals: goal_lines(p, rep),
        });
    }

    // Roll-up: the newest report of the period wins for each item (by date, then file
    // order), and for each unit and goal.
    let mut by_date = reports.clone();
    by_date.sort_by_key(|&r| match &g.item(r).data {
        Data::Report(rep) => rep.date,
        _ => None,
    });
    // O(entries of the period's reports).
    let mut item_status: HashMap<ItemId, StatusIx> = HashMap::new();
    let mut achieved: HashMap<(Option<ItemId>, ItemId), Achievement> = HashMap::new();
    for &r in &by_date {
        let Data::Report(rep) = &g.item(r).data else {
            continue;
        };
        for s in rep.status.iter().filter(|s| p.visible(s.target)) {
            if let Some(st) = s.status {
                item_status.insert(s.target, st);
            }
        }
        for gl in rep.goals.iter().filter(|gl| p.visible(gl.goal)) {
            achieved.insert((rep.unit, gl.goal), gl.achievement);
        }
    }
    let n = g.config.statuses.len();
    let mut assignments = Counts::new(n);
    let mut tasks = Counts::new(n);
    for (&item, &st) in &item_status {
        let counts = if g.assignment(item).is_some() {
            &mut assignments
        } else {
            &mut tasks
        };
        counts.add(st, false, false, None);
    }
    let rollup = (0..n)
        .filter_map(|i| {
            Some(RollupRow {
                status: p.status(i)?,
                assignments: assignments.by_status[i],
                tasks: tasks.by_status[i],
            })
        })
        .collect();
    let achievements: Vec<AchievementRow> = [
        Achievement::Reached,
        Achievement::Partly,
        Achievement::NotReached,
    ]
    .into_iter()
    .map(|a| AchievementRow {
        key: a.key(),
        label: super::report::achievement_label(p, a),
        count: achieved.values().filter(|&&x| x == a).count() as u32,
    })
    .collect();
    let label = period.heading(p.lang());
    let link_a = |bar: BarOf| match bar {
        BarOf::Status(i) => Some(urls::at("", &urls::reported_status_anchor('a', i))),
        BarOf::Overdue => None,
    };
    let link_t = |bar: BarOf| match bar {
        BarOf::Status(i) => Some(urls::at("", &urls::reported_status_anchor('t', i))),
        BarOf::Overdue => None,
    };
    let chart = status_chart::chart(
        p,
        "rt-chart-period",
        format!("{} {}", p.l("reported_status"), period.label(p.lang())),
        &[
            CountGroup {
                heading: p.l("assignments_short"),
                counts: &assignments,
                overdue: false,
                link: &link_a,
            },
            CountGroup {
                heading: p.l("tasks"),
                counts: &tasks,
                overdue: false,
                link: &link_t,
            },
        ],
    );
    let st = state(g, period);
    PeriodView {
        period: period.to_string(),
        label,
        granularity_label: p.l(&format!("granularity_{}", period.granularity())),
        start: p.date(period.start()),
        end: p.date(period.end()),
        state: st,
        units,
        rollup,
        assignments_total: assignments.total,
        tasks_total: tasks.total,
        assessed: achievements.iter().any(|a: &AchievementRow| a.count > 0),
        achievements,
        chart,
        reported_assignments: reported_groups(p, &item_status, true),
        reported_tasks: reported_groups(p, &item_status, false),
        council: super::council::links(p)
            .into_iter()
            .find(|l| l.key == period.to_string()),
        reporting: if matches!(st, "due" | "in-progress") {
            reporting(p, period)
        } else {
            None
        },
    }
}
