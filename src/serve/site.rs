//! One version of the served tree, in memory: the resolved graph, the compiled theme, and the
//! tree ([`Tree`]: what is at each path). A requested path is looked up in the tree, and that
//! one entry is published by the same step `build` writes it with, so a served file is the
//! built file (a page plus the live-reload script); nothing is written to disk.
//!
//! Rendering on request is what keeps a rebuild fast on a large site: a rebuild only
//! resolves the graph, and a browser then asks for the one page it shows (see
//! docs/performance.md).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::cache::Rebuilt;
use crate::diag::Diagnostics;
use crate::model::Graph;
use crate::model::vocab::Audience;
use crate::render::tree::{Entry, File, Published, Tree, Unread};
use crate::render::{Page, Renderer, urls};

pub struct Site {
    pub graph: Graph,
    pub renderer: Arc<Renderer>,
    tree: Tree,
    /// A page failed to render (see [`super::state::State::publish_site`]).
    failed: AtomicBool,
}

impl Site {
    /// Lists the tree's paths: O(pages + files).
    pub fn new(rebuilt: Rebuilt, audience: Audience) -> Site {
        let Rebuilt {
            graph,
            renderer,
            lists,
        } = rebuilt;
        let pages = match lists {
            Some(lists) => lists.take(audience),
            None => renderer.pages(&graph, audience),
        };
        let tree = Tree::new(&graph, &renderer, audience, pages, crate::search::build);
        Site {
            graph,
            renderer,
            tree,
            failed: AtomicBool::new(false),
        }
    }

    /// What is at `rel` in the tree.
    pub fn find(&self, rel: &str) -> Option<Entry<'_>> {
        self.tree.find(&self.graph, &self.renderer, rel)
    }

    /// A file as the tree publishes it.
    pub fn publish<'t>(&'t self, file: File<'t>) -> Result<Published<'t>, Unread> {
        self.tree.publish_file(&self.graph, file)
    }

    /// Opens a file [`Published::File`] names, to send it as it is read: through no symbolic
    /// link, so while a link that took a served file's place is reported, it is not read
    /// through.
    pub fn open(&self, path: &std::path::Path) -> Result<std::fs::File, Unread> {
        self.tree.open(&self.graph, path)
    }

    /// Renders `page` as the tree publishes it; a failure is remembered (see
    /// [`Site::has_failed`]).
    pub fn render(&self, page: &Page) -> Result<String, Diagnostics> {
        self.tree
            .publish_page(&self.graph, &self.renderer, page)
            .inspect_err(|_| self.failed.store(true, Ordering::Relaxed))
    }

    /// Whether a page of this version failed to render.
    pub fn has_failed(&self) -> bool {
        self.failed.load(Ordering::Relaxed)
    }

    /// The HTML page at `rel`, rendered, if this version has one and can render it.
    pub fn render_html(&self, rel: &str) -> Option<String> {
        match self.find(rel)? {
            Entry::Page(page) if page.is_html() => self.render(page).ok(),
            _ => None,
        }
    }

    /// The theme's 404 page.
    pub fn not_found(&self) -> Option<&Page> {
        self.tree.page(urls::NOT_FOUND)
    }

    pub fn page_count(&self) -> usize {
        self.tree.page_count()
    }
}
