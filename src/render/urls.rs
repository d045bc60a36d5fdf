//! Where each page lives in a tree. Every link is relative (`../../org/x/index.html`), so a
//! tree works from `file://`, at a domain's root and under any sub-path.

use crate::model::vocab::Kind;
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
}
