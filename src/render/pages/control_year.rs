//! A year's internal-control summary, fit to go to the municipal council: the chief executive
//! reports on internal control at least once a year (kommunelova § 25-2). For each checklist of
//! the year: how the units answered, every deviation with its comment, and who has not answered.
//!
//! The checklists of a year are those with that `year`, read in full (the content model's
//! "not answered" rule), and the standing checklists (no `year`) that have answers in reports
//! for periods of that year, read with those answers only.

use std::collections::BTreeSet;

use serde::Serialize;

use super::common::PageCx;
use super::internal_control::{self, ControlView};
use crate::model::vocab::{Audience, Kind};
use crate::model::*;

#[derive(Serialize)]
pub struct ControlYearView {
    pub year: i32,
    pub checklists: Vec<ControlView>,
    pub avvik: usize,
    pub open_avvik: usize,
    /// Internal tree: units in some scope that answered nothing of a checklist.
    pub units_not_answered: Option<usize>,
}

/// The checklists of `year` the audience may see, each with the year its answers are limited
/// to (`None`: every answer counts).
pub fn checklists_of(g: &Graph, audience: Audience, year: i32) -> Vec<(ItemId, Option<i32>)> {
    let mut out = Vec::new();
    for &c in g.kind(Kind::Checklist) {
        if !audience.sees_id(g, c) {
            continue;
        }
        let Data::Checklist(cl) = &g.item(c).data else {
            continue;
        };
        match cl.year {
            Some(y) if y == year => out.push((c, None)),
            Some(_) => {}
            None => {
                if answer_years(g, audience, cl).contains(&year) {
                    out.push((c, Some(year)));
                }
            }
        }
    }
    out
}

/// Years of the answers the audience may see: O(answers).
fn answer_years(g: &Graph, audience: Audience, cl: &Checklist) -> BTreeSet<i32> {
    let mut years = BTreeSet::new();
    for &i in &cl.items {
        if !audience.sees_id(g, i) {
            continue;
        }
        if let Data::CheckItem(ci) = &g.item(i).data {
            years.extend(
                ci.answers
                    .iter()
                    .filter(|a| audience.sees_id(g, a.report))
                    .map(|a| a.period.year()),
            );
        }
    }
    years
}

/// Every year with a summary page in the audience's tree.
pub fn years(g: &Graph, audience: Audience) -> BTreeSet<i32> {
    let mut years = BTreeSet::new();
    for &c in g.kind(Kind::Checklist) {
        if !audience.sees_id(g, c) {
            continue;
        }
        if let Data::Checklist(cl) = &g.item(c).data {
            match cl.year {
                Some(y) => {
                    years.insert(y);
                }
                None => years.extend(answer_years(g, audience, cl)),
            }
        }
    }
    years
}

pub fn view(p: &PageCx, year: i32) -> ControlYearView {
    let checklists: Vec<ControlView> = checklists_of(p.g, p.audience, year)
        .into_iter()
        .enumerate()
        .filter_map(|(n, (c, limit))| {
            internal_control::view(p, c, limit, &format!("rt-chart-control-{n}"))
        })
        .collect();
    ControlYearView {
        year,
        avvik: checklists.iter().map(|c| c.avvik.len()).sum(),
        open_avvik: checklists.iter().map(|c| c.open_avvik).sum(),
        units_not_answered: (p.audience == Audience::Internal).then(|| {
            checklists
                .iter()
                .filter_map(|c| c.missing.as_ref())
                .map(|m| m.whole.len())
                .sum()
        }),
        checklists,
    }
}
