//! `robots.txt`: crawlers may read the open tree (and find its sitemap), never the internal one.

use serde::Serialize;

use super::{Content, Spec, View};
use crate::model::vocab::Audience;
use crate::render::parts::PageCx;
use crate::render::parts::frame::Section;
use crate::render::urls;

/// `robots.txt`, in both trees (the internal one closed to all).
pub fn page() -> Spec {
    Spec::page("robots.txt", "robots", Section::None, |p| {
        Content::new(String::new(), Vec::new(), View::named("robots", &view(p)))
    })
}

#[derive(Serialize)]
pub struct RobotsView {
    /// Crawlers may read the tree (the open tree); the internal tree is closed to all.
    pub allow: bool,
    pub sitemap: Option<String>,
}

fn view(p: &PageCx) -> RobotsView {
    let open = p.audience == Audience::Open;
    RobotsView {
        allow: open,
        sitemap: urls::base_url(p.g, p.audience)
            .filter(|_| open)
            .map(|b| urls::absolute(b, urls::SITEMAP)),
    }
}
