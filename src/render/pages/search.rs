//! The search page: the search box, and the register from A to Å it leads to without
//! JavaScript.

use serde::Serialize;

use super::{Content, Page, Spec, View, What};
use crate::render::parts::PageCx;
use crate::render::parts::frame::Section;
use crate::render::parts::register::{LetterLink, letters};
use crate::render::urls;
use crate::render::view::Ctx;

/// The search page, in both trees.
pub fn pages(v: &Ctx) -> Vec<Page> {
    vec![Page {
        path: urls::search_path(v.lang()),
        what: What::Search,
    }]
}

/// The search page; the letters' pages are below it.
pub fn page() -> Spec {
    Spec::page("search.html", "search", Section::None, |p| {
        Content::new(p.l("search"), Vec::new(), View::named("search", &view(p)))
    })
}

#[derive(Serialize)]
pub struct SearchView {
    pub letters: Vec<LetterLink>,
}

fn view(p: &PageCx) -> SearchView {
    SearchView {
        letters: letters(p, None),
    }
}
