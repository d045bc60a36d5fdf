//! Where each page lives in a tree. Every link is relative (`../../org/x/index.html`), so a
//! tree works from `file://`, at a domain's root and under any sub-path.

use crate::model::vocab::{Kind, Period};
use crate::model::{Data, Graph, ItemId};

/// The page of an item, from the tree's root; a checklist item is an anchor on its checklist.
pub fn item_path(g: &Graph, id: ItemId) -> String {
    let item = g.item(id);
    match &item.data {
        Data::CheckItem(ci) => format!("{}#{}", item_path(g, ci.checklist), item.key),
        _ => format!("{}/{}/index.html", item.kind.url_dir(), item.key),
    }
}

/// Whether an item has a page of its own.
pub fn has_page(kind: Kind) -> bool {
    kind != Kind::CheckItem
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

/// Where a file beside content is published.
pub fn asset_path(content_rel: &str) -> String {
    format!("files/{content_rel}")
}

/// The index page of the folder that holds the page at `page_path`, as a reader shortens
/// its address by one step: `verksemdsplan/skule/index.html` → `verksemdsplan/index.html`,
/// `verksemdsplan/skule.html` → `verksemdsplan/index.html`, `data/items.json` →
/// `data/index.html`.
pub fn folder_index(page_path: &str) -> String {
    let page = page_path.strip_suffix("/index.html").unwrap_or(page_path);
    match page.rsplit_once('/') {
        Some((folder, _)) => format!("{folder}/index.html"),
        None => "index.html".into(),
    }
}

/// `../` once per folder the page is in.
pub fn root_prefix(page_path: &str) -> String {
    "../".repeat(page_path.matches('/').count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folder_indexes() {
        assert_eq!(
            folder_index("verksemdsplan/skule/index.html"),
            "verksemdsplan/index.html"
        );
        assert_eq!(
            folder_index("status/periods/2026-T1/index.html"),
            "status/periods/index.html"
        );
        assert_eq!(folder_index("einingar/skule.html"), "einingar/index.html");
        assert_eq!(folder_index("data/items.json"), "data/index.html");
        assert_eq!(folder_index("x/index.html"), "index.html");
    }

    #[test]
    fn prefixes() {
        assert_eq!(root_prefix("index.html"), "");
        assert_eq!(root_prefix("org/index.html"), "../");
        assert_eq!(root_prefix("org/helse/index.html"), "../../");
    }
}
