//! The Atom feed (`feed.xml`): the tree's newest changes
//! ([`changes`](crate::render::parts::changes)).

use serde::Serialize;

use super::{Content, Spec, View};
use crate::render::markdown::slug;
use crate::render::parts::PageCx;
use crate::render::parts::changes::{self, Entry, rfc3339};
use crate::render::parts::frame::Section;
use crate::render::urls;

/// The feed, its entries linked by absolute address where the tree's is known.
pub fn page() -> Spec {
    Spec::page("feed.xml", "feed", Section::None, |p| {
        Content::new(p.l("feed_title"), Vec::new(), View::named("feed", &view(p)))
    })
}

/// The newest changes a feed carries; older ones stay on the pages.
pub const FEED_LIMIT: usize = 100;

#[derive(Serialize)]
pub struct FeedView {
    pub id: String,
    pub title: String,
    pub self_href: String,
    pub home_href: String,
    pub updated: String,
    pub author: String,
    pub entries: Vec<Entry>,
}

fn view(p: &PageCx) -> FeedView {
    let g = p.g;
    let entries = changes::entries(p, FEED_LIMIT, true);
    let base = urls::base_url(g, p.audience);
    let updated = entries
        .first()
        .map(|e| e.updated.clone())
        .unwrap_or_else(|| rfc3339(g.today));
    let author = if g.config.municipality.is_empty() {
        g.config.title.clone()
    } else {
        g.config.municipality.clone()
    };
    FeedView {
        id: match base {
            Some(b) => urls::absolute(b, urls::FEED),
            None => format!(
                "tag:raudtrad.invalid,2024:{}/{}",
                slug(&g.config.title),
                p.audience.dir()
            ),
        },
        title: format!("{} – {}", g.config.title, p.l("feed_title")),
        self_href: base.map_or_else(|| urls::FEED.into(), |b| urls::absolute(b, urls::FEED)),
        home_href: base.map_or_else(|| urls::FRONT.into(), |b| urls::absolute(b, urls::FRONT)),
        updated,
        author,
        entries,
    }
}
