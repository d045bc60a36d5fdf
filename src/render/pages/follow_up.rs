//! The way into follow-up: every unit's status (from the municipality down), the reporting
//! periods with who has not reported for the current ones, and the internal-control years.

use serde::Serialize;

use super::{Content, Page, Spec, View, What};
use crate::model::vocab::{Kind, Period};
use crate::model::*;
use crate::render::parts::frame::Section;
use crate::render::parts::reporting::{self, Reporting};
use crate::render::parts::{PageCx, control_years, council_reports};
use crate::render::urls;
use crate::render::view::Link;

/// The follow-up page, in both trees.
pub fn pages(g: &Graph) -> Vec<Page> {
    vec![Page {
        path: urls::follow_up_path(g.config.language),
        what: What::FollowUp,
    }]
}

/// The way into the follow-up pages, each of which is below it.
pub fn page() -> Spec {
    Spec::page("follow_up.html", "follow-up", Section::FollowUp, |p| {
        Content::new(p.l("follow_up"), Vec::new(), View::page(&view(p)))
    })
}

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

fn view(p: &PageCx) -> FollowUpView {
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
    let current = reporting::current(g)
        .into_iter()
        .flat_map(|(due, now)| [due, now])
        .filter_map(|per| reporting::reporting(p, per))
        .collect();
    let mut periods: Vec<PeriodGroup> = Vec::new();
    for sample in [Period::Year(0), Period::Tertial(0, 1), Period::Month(0, 1)] {
        let links: Vec<PeriodLink> = g
            .periods
            .iter()
            .rev()
            .filter(|pr| pr.period.granularity() == sample.granularity())
            .filter_map(|pr| {
                let reports = reporting::reports_of(p, pr.period).len();
                (reports > 0).then(|| PeriodLink {
                    href: p.href(&urls::period_path(g.config.language, pr.period)),
                    label: pr.period.heading(p.labels),
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
    let years = control_years::years(g, p.audience)
        .into_iter()
        .rev()
        .map(|y| YearLink {
            href: p.href(&urls::control_year_path(g.config.language, y)),
            year: y,
            checklists: control_years::checklists_of(g, p.audience, y).len(),
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
        council: council_reports::links(p),
    }
}
