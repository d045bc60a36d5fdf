//! A year's internal-control summary, fit to go to the municipal council: the chief executive
//! reports on internal control at least once a year (kommunelova § 25-2). For each checklist of
//! the year ([`control_years`](crate::render::parts::control_years) says which): how the units
//! answered, every deviation with its comment, and who has not answered.

use serde::Serialize;

use super::{Content, Page, Spec, View, What};
use crate::model::Graph;
use crate::model::vocab::Audience;
use crate::render::parts::control_years::checklists_of;
use crate::render::parts::frame::{self, Section};
use crate::render::parts::internal_control::{self, ControlView};
use crate::render::parts::{PageCx, control_years};
use crate::render::urls;

/// A page for every year with a checklist the audience may see.
pub fn pages(g: &Graph, audience: Audience) -> Vec<Page> {
    let mut pages = Vec::new();
    for y in control_years::years(g, audience) {
        pages.push(Page {
            path: urls::control_year_path(g.config.language, y),
            what: What::ControlYear(y),
        });
    }
    pages
}

/// A year's summary, below the follow-up page.
pub fn page(year: i32) -> Spec {
    Spec::page(
        "control_year.html",
        "control-year",
        Section::FollowUp,
        move |p| {
            let title = format!("{} {year}", p.l("control_year_title"));
            Content::new(
                title,
                vec![frame::follow_up_crumb(p)],
                View::page(&view(p, year)),
            )
        },
    )
}

#[derive(Serialize)]
pub struct ControlYearView {
    pub year: i32,
    pub checklists: Vec<ControlView>,
    pub avvik: usize,
    pub open_avvik: usize,
    /// Internal tree: units in some scope that answered nothing of a checklist.
    pub units_not_answered: Option<usize>,
}

fn view(p: &PageCx, year: i32) -> ControlYearView {
    let checklists: Vec<ControlView> = checklists_of(p.g, p.audience, year)
        .into_iter()
        .enumerate()
        .filter_map(|(n, (c, limit))| {
            internal_control::view(p, c, limit, &format!("rt-chart-control-{n}"), false)
        })
        .collect();
    ControlYearView {
        year,
        avvik: checklists.iter().map(|c| c.avvik.len()).sum(),
        open_avvik: checklists.iter().map(|c| c.open_avvik).sum(),
        units_not_answered: (p.audience.sees_staff_tools()).then(|| {
            checklists
                .iter()
                .filter_map(|c| c.missing.as_ref())
                .map(|m| m.whole.len())
                .sum()
        }),
        checklists,
    }
}
