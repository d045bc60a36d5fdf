//! The reports to the council a tree has (one per tertial and year with a report it may read),
//! their titles, and links to them from the follow-up pages.

use super::PageCx;
use crate::model::Graph;
use crate::model::vocab::{Audience, Period};
use crate::render::urls;
use crate::render::view::Link;

/// The periods with a council report in the audience's tree: every tertial and year that has
/// a report the audience may read, oldest first.
pub fn oldest_first(g: &Graph, audience: Audience) -> Vec<Period> {
    g.periods
        .iter()
        .filter(|pr| matches!(pr.period, Period::Tertial(..) | Period::Year(_)))
        .filter(|pr| audience.reads_any(g, &pr.reports))
        .map(|pr| pr.period)
        .collect()
}

/// The same, newest first.
pub fn periods(g: &Graph, audience: Audience) -> Vec<Period> {
    let mut out = oldest_first(g, audience);
    out.reverse();
    out
}

/// "Tertialrapport 2. tertial 2026" or "Årsmelding 2025".
pub fn title(p: &PageCx, period: Period) -> String {
    match period {
        Period::Year(y) => format!("{} {y}", p.l("council_annual")),
        per => format!("{} {}", p.l("council_tertial"), per.label(p.labels)),
    }
}

/// A link to the council report of each period, for the follow-up and period pages.
pub fn links(p: &PageCx) -> Vec<Link> {
    periods(p.g, p.audience)
        .into_iter()
        .map(|per| Link {
            href: p.href(&urls::council_report_path(p.lang(), per)),
            title: title(p, per),
            key: per.to_string(),
            kind: "council-report",
            internal: false,
        })
        .collect()
}
