//! The way into follow-up: every unit's status (from the municipality down), the reporting
//! periods with who has not reported for the current ones, and the internal-control years.
//! Also lists the follow-up pages each tree has.

use serde::Serialize;

use super::common::PageCx;
use super::control_year;
use super::period::{self, Reporting};
use super::{Page, What};
use crate::model::vocab::{Audience, Kind, Period};
use crate::model::*;
use crate::render::urls;
use crate::render::view::Link;

#[derive(Serialize)]
pub struct FollowUpView {
    pub root: Option<Link>,
    pub tree: Vec<TreeRow>,
    /// Internal tree: the due and in-progress period of each granularity in use.
    pub current: Vec<Reporting>,
    pub periods: Vec<PeriodGroup>,
    pub years: Vec<YearLink>,
    pub checklists: Vec<Link>,
    /// v1.2: the reports to the council, newest first.
    pub council: Vec<Link>,
}

#[derive(Serialize)]
pub struct TreeRow {
    /// The unit's status page.
    pub href: String,
    pub title: String,
    pub depth: u32,
    pub assignments: u32,
    pub overdue: u32,
    pub tasks: u32,
    pub overdue_tasks: u32,
    pub progress: Option<u32>,
}

#[derive(Serialize)]
pub struct PeriodGroup {
    pub label: String,
    pub periods: Vec<PeriodLink>,
}

#[derive(Serialize)]
pub struct PeriodLink {
    pub href: String,
    pub label: String,
    pub reports: usize,
}

#[derive(Serialize)]
pub struct YearLink {
    pub href: String,
    pub year: i32,
    pub checklists: usize,
}

/// The follow-up pages of the audience's tree: this page, a status page for every unit it
/// may see, a page for every period with a report it may read, a page for every year with
/// a checklist it may see.
pub fn pages(g: &Graph, audience: Audience) -> Vec<Page> {
    let mut pages = vec![Page {
        path: urls::follow_up_path(g.config.language),
        what: What::FollowUp,
    }];
    for &u in g.kind(Kind::Unit) {
        if audience.sees_id(g, u) {
            pages.push(Page {
                path: urls::unit_status_path(g, u),
                what: What::UnitStatus(u),
            });
        }
    }
    for pr in &g.periods {
        if audience.reads_any(g, &pr.reports) {
            pages.push(Page {
                path: urls::period_path(g.config.language, pr.period),
                what: What::Period(pr.period),
            });
        }
    }
    for y in control_year::years(g, audience) {
        pages.push(Page {
            path: urls::control_year_path(g.config.language, y),
            what: What::ControlYear(y),
        });
    }
    pages
}

pub fn view(p: &PageCx) -> FollowUpView {
    let g = p.g;
    let root = g.root_unit.filter(|&r| p.visible(r));
    let tree = root
        .map(|r| g.unit_subtree(r))
        .unwrap_or_default()
        .into_iter()
        .filter(|&u| p.visible(u))
        .filter_map(|u| {
            let unit = g.unit(u)?;
            let s = &unit.stats[p.audience as usize];
            Some(TreeRow {
                href: p.href(&urls::unit_status_path(g, u)),
                title: g.item(u).title.clone(),
                depth: unit.depth,
                assignments: s.all_assignments.total,
                overdue: s.all_assignments.overdue,
                tasks: s.all_tasks.total,
                overdue_tasks: s.all_tasks.overdue,
                progress: s.all_assignments.mean_progress(),
            })
        })
        .collect();
    let current = period::current(g)
        .into_iter()
        .flat_map(|(due, now)| [due, now])
        .filter_map(|per| period::reporting(p, per))
        .collect();
    let mut periods: Vec<PeriodGroup> = Vec::new();
    for sample in [Period::Year(0), Period::Tertial(0, 1), Period::Month(0, 1)] {
        let links: Vec<PeriodLink> = g
            .periods
            .iter()
            .rev()
            .filter(|pr| pr.period.granularity() == sample.granularity())
            .filter_map(|pr| {
                let reports = period::reports_of(p, pr.period).len();
                (reports > 0).then(|| PeriodLink {
                    href: p.href(&urls::period_path(g.config.language, pr.period)),
                    label: pr.period.heading(p.lang()),
                    reports,
                })
            })
            .collect();
        if !links.is_empty() {
            periods.push(PeriodGroup {
                label: p.l(&format!("granularity_{}_plural", sample.granularity())),
                periods: links,
            });
        }
    }
    let years = control_year::years(g, p.audience)
        .into_iter()
        .rev()
        .map(|y| YearLink {
            href: p.href(&urls::control_year_path(g.config.language, y)),
            year: y,
            checklists: control_year::checklists_of(g, p.audience, y).len(),
        })
        .collect();
    FollowUpView {
        root: root.and_then(|r| {
            let mut l = p.link(r)?;
            l.href = p.href(&urls::unit_status_path(g, r));
            Some(l)
        }),
        tree,
        current,
        periods,
        years,
        checklists: p.links(g.kind(Kind::Checklist)),
        council: super::council::links(p),
    }
}
