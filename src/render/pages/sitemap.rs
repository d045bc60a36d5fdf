//! `sitemap.xml`: every HTML page of the open tree, for search engines (in a site with a
//! `base_url`).

use serde::Serialize;

use super::{Content, Spec, View, What, list};
use crate::render::parts::PageCx;
use crate::render::parts::frame::Section;
use crate::render::urls;

/// `sitemap.xml`, listed only in the open tree of a site with a `base_url` (see `list`).
pub fn page() -> Spec {
    Spec::page("sitemap.xml", "sitemap", Section::None, |p| {
        Content::new(String::new(), Vec::new(), View::named("sitemap", &view(p)))
    })
}

#[derive(Serialize)]
pub struct SitemapView {
    pub urls: Vec<String>,
}

/// Every HTML page of the tree but the 404 page, as an absolute address.
fn view(p: &PageCx) -> SitemapView {
    let base = urls::base_url(p.g, p.audience).unwrap_or_default();
    SitemapView {
        urls: list(p.g, p.labels, p.audience)
            .into_iter()
            .filter(|page| page.is_html() && page.what != What::NotFound)
            .map(|page| urls::absolute(base, &page.path))
            .collect(),
    }
}
