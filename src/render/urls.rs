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

/// The report form of a unit for a period (internal tree only), beside its status overview.
pub fn report_form_path(g: &Graph, unit: ItemId, period: Period) -> String {
    format!(
        "{}/{}/report-form/{period}/index.html",
        Kind::Unit.url_dir(),
        g.item(unit).key
    )
}

/// Where the report form suggests the new report file goes, relative to the site root:
/// `content/reports/UNIT-PERIOD.md`, or with `-2`, `-3`, … when that id is taken (a report's
/// id is its file name, and ids are unique across the site).
pub fn report_file_path(g: &Graph, unit: ItemId, period: Period) -> String {
    let stem = format!("{}-{}", g.item(unit).key, period.to_string().to_lowercase());
    let mut id = stem.clone();
    let mut n = 2;
    while g.lookup(&id).is_some() {
        id = format!("{stem}-{n}");
        n += 1;
    }
    format!("content/reports/{id}.md")
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

/// A page's path as a file system and a browser read it: `.` and `..` resolved (a `..`
/// above the root is dropped, as a browser drops it).
pub fn resolved(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    parts.join("/")
}

/// Pages of one tree that land on the same file, whatever the layout: each as (a page, the
/// first page at its address), in list order. Ids make item pages' paths, so an id can
/// name another page's file (an index, the front page, a fixed page); this is how the
/// rule that forbids it follows the addresses made here.
pub fn collisions(paths: &[&str]) -> Vec<(usize, usize)> {
    use std::borrow::Cow;
    let mut first: std::collections::HashMap<Cow<str>, usize> =
        std::collections::HashMap::with_capacity(paths.len());
    let mut found = Vec::new();
    for (i, path) in paths.iter().enumerate() {
        // Almost every path has no `.` segment and is its own resolved form.
        let key = if path.split('/').any(|p| p == "." || p == "..") {
            Cow::Owned(resolved(path))
        } else {
            Cow::Borrowed(*path)
        };
        match first.entry(key) {
            std::collections::hash_map::Entry::Occupied(e) => found.push((i, *e.get())),
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(i);
            }
        }
    }
    found
}

/// `../` once per folder the page is in.
pub fn root_prefix(page_path: &str) -> String {
    "../".repeat(page_path.matches('/').count())
}

/// The search index's entry file, whose extension (`js` or `json`) says how its files are
/// loaded (see `search::Format`).
pub fn search_entry(ext: &str) -> String {
    format!("search/entry.{ext}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collisions_resolve_dots() {
        assert_eq!(resolved("org/./index.html"), "org/index.html");
        assert_eq!(resolved("org/../index.html"), "index.html");
        let paths = [
            "index.html",
            "org/index.html",
            "org/x/index.html",
            "org/../index.html",
        ];
        assert_eq!(collisions(&paths), vec![(3, 0)]);
    }

    #[test]
    fn prefixes() {
        assert_eq!(root_prefix("index.html"), "");
        assert_eq!(root_prefix("org/index.html"), "../");
        assert_eq!(root_prefix("org/helse/index.html"), "../../");
    }
}
