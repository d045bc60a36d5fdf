//! Which checklists a year's internal control covers: those with that `year`, read in full (the
//! content model's "not answered" rule), and the standing checklists (no `year`) that have
//! answers in reports for periods of that year, read with those answers only.

use std::collections::BTreeSet;

use crate::model::vocab::{Audience, Kind};
use crate::model::*;

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
