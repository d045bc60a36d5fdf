//! Links to a unit's report forms (internal tree only), one for each period it can report now,
//! each with whether the unit has reported the period already.

use serde::Serialize;

use super::PageCx;
use crate::model::vocab::Period;
use crate::model::*;
use crate::render::urls;
use crate::render::view::Link;

/// A link to a unit's form with a period chosen, with whether the unit has reported it already.
#[derive(Serialize)]
pub struct FormLink {
    pub href: String,
    pub period: String,
    pub label: String,
    /// The unit's report for the period, when there is one.
    pub report: Option<Link>,
}

/// Links to the forms of a unit (internal tree only; none elsewhere).
pub fn links(p: &PageCx, unit: ItemId) -> Vec<FormLink> {
    if !p.audience.sees_staff_tools() {
        return Vec::new();
    }
    p.g.open_periods(unit)
        .into_iter()
        .map(|period| FormLink {
            href: urls::at(
                &p.href(&urls::report_form_path(p.g, unit, period.year())),
                &urls::report_period_anchor(period),
            ),
            period: period.to_string(),
            label: period.label(p.labels),
            report: report_of(p.g, unit, period).and_then(|r| p.link(r)),
        })
        .collect()
}

/// The unit's newest report for the period.
pub fn report_of(g: &Graph, unit: ItemId, period: Period) -> Option<ItemId> {
    g.periods
        .iter()
        .find(|pr| pr.period == period)?
        .reports
        .iter()
        .copied()
        .filter(|&r| matches!(&g.item(r).data, Data::Report(rep) if rep.unit == Some(unit)))
        .max_by_key(|&r| match &g.item(r).data {
            Data::Report(rep) => rep.date,
            _ => None,
        })
}
