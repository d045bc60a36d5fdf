//! Where each page lives in a tree. Every link is relative (`../../org/x/index.html`), so a
//! tree works from `file://`, at a domain's root and under any sub-path.

use crate::model::vocab::{Kind, Period};
use crate::model::{Data, Graph, ItemId};

/// The page of an item, from the tree's root; a checklist item is an anchor on its checklist.
pub fn item_path(g: &Graph, id: ItemId) -> String {
    let item = g.item(id);
    match &item.data {
        Data::CheckItem(ci) => format!("{}#{}", item_path(g, ci.checklist), item.key),
        // An event is an anchor on the year wheel of its year (of today's, for a yearly one).
        Data::Event(e) => {
            let year = match e.day {
                crate::model::vocab::EventDay::Date(d) => chrono::Datelike::year(&d),
                crate::model::vocab::EventDay::Yearly { .. } => chrono::Datelike::year(&g.today),
            };
            format!(
                "{}#{}",
                super::pages::arshjul::year_path(g, year),
                event_anchor(&item.key)
            )
        }
        _ => format!("{}/{}/index.html", item.kind.url_dir(), item.key),
    }
}

/// Whether an item has a page of its own.
pub fn has_page(kind: Kind) -> bool {
    !matches!(kind, Kind::CheckItem | Kind::Event)
}

pub fn index_path(kind: Kind) -> String {
    format!("{}/index.html", kind.url_dir())
}

/// A unit's status overview: beside its page, so no id can collide with it.
pub fn unit_status_path(g: &Graph, unit: ItemId) -> String {
    format!(
        "{}/{}/status/index.html",
        Kind::Unit.url_dir(),
        g.item(unit).key
    )
}

/// The follow-up page: status, reporting periods and internal control.
pub const FOLLOW_UP: &str = "status/index.html";

/// A reporting period's page, e.g. `status/periods/2026-T1/index.html`.
pub fn period_path(period: Period) -> String {
    format!("status/periods/{period}/index.html")
}

/// A year's internal-control summary.
pub fn control_year_path(year: i32) -> String {
    format!("status/internal-control/{year}/index.html")
}

/// The anchor of an event of the site's own on the year wheel.
pub fn event_anchor(key: &str) -> String {
    format!("event-{key}")
}

/// The council report (tertialrapport, årsmelding) of a tertial or a year.
pub fn council_report_path(period: Period) -> String {
    format!("status/council/{period}/index.html")
}

/// A link to a case in the municipality's meeting or journal portal, from site.toml
/// `case_url` (`https://…/sak/{case}`): the case is percent-encoded into the template.
pub fn case_url(template: &str, case: &str) -> String {
    let encoded = percent_encoding::utf8_percent_encode(case.trim(), CASE).to_string();
    template.replace("{case}", &encoded)
}

/// Everything but unreserved characters is encoded, so `PS 98/2025` stays one path segment.
const CASE: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Where a file beside content is published.
pub fn asset_path(content_rel: &str) -> String {
    format!("files/{content_rel}")
}

/// `../` once per folder the page is in.
pub fn root_prefix(page_path: &str) -> String {
    "../".repeat(page_path.matches('/').count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes() {
        assert_eq!(root_prefix("index.html"), "");
        assert_eq!(root_prefix("org/index.html"), "../");
        assert_eq!(root_prefix("org/helse/index.html"), "../../");
    }

    #[test]
    fn a_case_is_one_encoded_path_segment() {
        assert_eq!(
            case_url("https://x.example/sak/{case}", " PS 98/2025 "),
            "https://x.example/sak/PS%2098%2F2025"
        );
        assert_eq!(
            case_url("https://x.example/?q={case}&t=1", "Sak 12-3.æ"),
            "https://x.example/?q=Sak%2012-3.%C3%A6&t=1"
        );
    }
}
