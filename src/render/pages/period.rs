//! A reporting period: every unit's report for it (reported status of each item, goal
//! achievement, the narrative), the municipality-wide roll-up of what was reported, and, in
//! the internal tree, the units that have not reported
//! ([`reporting`](crate::render::parts::reporting)).

use std::collections::HashMap;

use serde::Serialize;

use super::{Content, Page, Spec, View, What};
use crate::model::vocab::{Achievement, Audience, Period};
use crate::model::*;
use crate::render::parts::frame::{self, Section};
use crate::render::parts::report_lines::{
    GoalLine, StatusLine, achievement_label, goal_lines, status_lines,
};
use crate::render::parts::reporting::{Reporting, reporting, reports_of, state};
use crate::render::parts::status_chart::{self, BarOf, CountGroup};
use crate::render::parts::{PageCx, council_reports};
use crate::render::urls;
use crate::render::view::{DateView, Link, StatusView};

/// A page for every period with a report the audience may read.
pub fn pages(g: &Graph, audience: Audience) -> Vec<Page> {
    let mut pages = Vec::new();
    for pr in g.periods.iter() {
        if audience.reads_any(g, &pr.reports) {
            pages.push(Page {
                path: urls::period_path(g.config.language, pr.period),
                what: What::Period(pr.period),
            });
        }
    }
    pages
}

/// A period's page, below the follow-up page.
pub fn page(period: Period) -> Spec {
    Spec::page("period.html", "period", Section::FollowUp, move |p| {
        let title = format!("{} {}", p.l("reporting"), period.label(p.labels));
        Content::new(
            title,
            vec![frame::follow_up_crumb(p)],
            View::page(&view(p, period)),
        )
    })
}

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

fn view(p: &PageCx, period: Period) -> PeriodView {
    let g = p.g;
    let reports = reports_of(p, period);
    let mut units = Vec::new();
    for &r in &reports {
        let Data::Report(rep) = &g.item(r).data else {
            continue;
        };
        let Some(report) = p.link(r) else { continue };
        // Under the unit's `<h3>` and the narrative's `<h4>`; one of many on the page.
        let narrative = p.body_nested(r, 4).filter(|h| !h.trim().is_empty());
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
        label: achievement_label(p, a),
        count: achieved.values().filter(|&&x| x == a).count() as u32,
    })
    .collect();
    let label = period.heading(p.labels);
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
        format!("{} {}", p.l("reported_status"), period.label(p.labels)),
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
        council: council_reports::links(p)
            .into_iter()
            .find(|l| l.key == period.to_string()),
        reporting: if matches!(st, "due" | "in-progress") {
            reporting(p, period)
        } else {
            None
        },
    }
}
