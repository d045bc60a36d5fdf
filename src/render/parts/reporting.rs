//! Who reports what when: the reports of a period, the periods due and in progress, and (in the
//! internal tree) who was expected to report a period and has not.
//!
//! "Current period" (see docs/content-format.md, Readings): for each granularity the site's
//! reports use, the period that is *due* is the latest one that ended before `today` (units
//! report after a period ends), and the one *in progress* holds `today`. Who is expected to
//! report a period is `Graph::expects_report` (the unit's rhythm and its own work that year).

use std::collections::HashSet;

use serde::Serialize;

use super::PageCx;
use crate::model::rhythm::Rhythm;
use crate::model::vocab::{Kind, Period};
use crate::model::*;
use crate::render::urls;
use crate::render::view::Link;

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

/// `due`, `in-progress`, `past` or `future`, on `today`.
pub fn state(g: &Graph, period: Period) -> &'static str {
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
    if !p.audience.sees_staff_tools() {
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
        label: period.heading(p.labels),
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
