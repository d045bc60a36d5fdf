//! The accessibility statement (tilgjengelegheitserklæring), linking the national register at
//! uustatus.no: what a public website owes its readers besides its content, with `sitemap.xml`
//! and `robots.txt`.

use serde::Serialize;

use super::{Content, Spec, View};
use crate::render::parts::PageCx;
use crate::render::parts::frame::Section;
use crate::render::view::DateView;

/// The statement, in both trees (a public body owes it on every website it has).
pub fn page() -> Spec {
    Spec::page("accessibility.html", "accessibility", Section::None, |p| {
        let title = p.l("accessibility_statement");
        Content::new(title, Vec::new(), View::named("statement", &view(p)))
    })
}

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

fn view(p: &PageCx) -> StatementView {
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
