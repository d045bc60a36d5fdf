//! The page a server sends for a missing path (`404.html`).

use super::{Content, Spec, View};
use crate::render::parts::frame::Section;

/// Sent for any path, so it links from where the tree is published (see [`Spec::anywhere`]).
pub fn page() -> Spec {
    let mut spec = Spec::page("404.html", "not-found", Section::None, |p| {
        Content::new(p.l("not_found_title"), Vec::new(), View::None)
    });
    spec.anywhere = true;
    spec
}
