//! The pages a public website owes its readers besides its content: the accessibility
//! statement (tilgjengelegheitserklæring, linking the national register at uustatus.no),
//! `sitemap.xml` and `robots.txt`.

use serde::Serialize;

use super::{What, list};
use crate::model::vocab::Audience;
use crate::render::parts::PageCx;
use crate::render::urls;
use crate::render::view::DateView;

/// The national register of accessibility statements, and the supervisory authority that
/// takes complaints (Tilsynet for universell utforming av ikt).
const REGISTER_URL: &str = "https://uustatus.no/";
const AUTHORITY_URL: &str = "https://www.uutilsynet.no/";

#[derive(Serialize)]
pub struct StatementView {
    pub statement_url: Option<String>,
    pub register_url: &'static str,
    pub authority_url: &'static str,
    pub contact_href: Option<String>,
    pub contact: Option<String>,
    pub updated: Option<DateView>,
    /// `notes` as HTML.
    pub notes: Option<String>,
}

pub fn statement_view(p: &PageCx) -> StatementView {
    let a = &p.g.config.accessibility;
    let contact_href = a.contact.as_ref().map(|c| {
        let c = c.trim();
        if c.contains('@') && !c.contains(':') {
            format!("mailto:{c}")
        } else {
            c.to_string()
        }
    });
    StatementView {
        statement_url: a.statement_url.clone(),
        register_url: REGISTER_URL,
        authority_url: AUTHORITY_URL,
        contact_href,
        contact: a.contact.clone(),
        updated: p.date_opt(a.updated),
        // Under the "known shortcomings" `<h2>`.
        notes: a
            .notes
            .as_ref()
            .map(|n| p.markdown_nested(n, "", 2, None).html),
    }
}

#[derive(Serialize)]
pub struct SitemapView {
    pub urls: Vec<String>,
}

/// Every HTML page of the tree but the 404 page, as an absolute address.
pub fn sitemap_view(p: &PageCx) -> SitemapView {
    let base = urls::base_url(p.g, p.audience).unwrap_or_default();
    SitemapView {
        urls: list(p.g, p.labels, p.audience)
            .into_iter()
            .filter(|page| page.is_html() && page.what != What::NotFound)
            .map(|page| urls::absolute(base, &page.path))
            .collect(),
    }
}

#[derive(Serialize)]
pub struct RobotsView {
    /// Crawlers may read the tree (the open tree); the internal tree is closed to all.
    pub allow: bool,
    pub sitemap: Option<String>,
}

pub fn robots_view(p: &PageCx) -> RobotsView {
    let open = p.audience == Audience::Open;
    RobotsView {
        allow: open,
        sitemap: urls::base_url(p.g, p.audience)
            .filter(|_| open)
            .map(|b| urls::absolute(b, urls::SITEMAP)),
    }
}
