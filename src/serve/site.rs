//! One version of the served tree, in memory: the resolved graph, the compiled theme, and
//! where each path of the tree comes from. Pages are rendered when a browser asks for them,
//! by the same [`Renderer::render`] that `build` uses, so a served page is the built page
//! (plus the live-reload script); nothing is written to disk.
//!
//! Rendering on request is what keeps a rebuild fast on a large site: a rebuild only
//! resolves the graph, and a browser then asks for the one page it shows (see
//! docs/performance.md).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use rayon::prelude::*;

use super::cache::Rebuilt;
use crate::diag::Diagnostics;
use crate::model::Graph;
use crate::model::vocab::Audience;
use crate::render::guard::Guard;
use crate::render::theme::StaticSource;
use crate::render::view::Ctx;
use crate::render::{Page, Renderer, files, pages, urls};

pub struct Site {
    pub graph: Graph,
    pub renderer: Arc<Renderer>,
    pub audience: Audience,
    pages: HashMap<String, Page>,
    /// The open tree's last guard against person names, as `build` applies it.
    guard: Option<Guard>,
    /// Path → index in `renderer.statics`.
    statics: HashMap<String, usize>,
    /// Path → file beside content; for the open tree known only after every open page's
    /// links are collected, which is done the first time such a file is asked for.
    assets: OnceLock<HashMap<String, PathBuf>>,
    /// Path → the search index's files, made the first time one is asked for.
    made: OnceLock<HashMap<String, Vec<u8>>>,
    /// A page failed to render (see [`super::state::State::publish_site`]).
    failed: AtomicBool,
}

/// Where the bytes of a path come from.
pub enum Found<'a> {
    Page(&'a Page),
    Embedded(&'static [u8]),
    File(&'a Path),
    /// A file beside content: published through the tree's guard.
    Attachment(&'a Path),
    /// A file made in memory (the search index).
    Made(&'a [u8]),
}

impl Site {
    /// Indexes the tree's paths: O(pages + files).
    pub fn new(rebuilt: Rebuilt, audience: Audience) -> Site {
        let Rebuilt { graph, renderer } = rebuilt;
        let pages = renderer
            .pages(&graph, audience)
            .into_iter()
            .map(|p| (p.path.clone(), p))
            .collect();
        let statics = renderer
            .statics
            .iter()
            .enumerate()
            .map(|(i, (rel, _))| (rel.clone(), i))
            .collect();
        let guard = renderer.guard(&graph, audience);
        Site {
            graph,
            renderer,
            audience,
            pages,
            guard,
            statics,
            assets: OnceLock::new(),
            made: OnceLock::new(),
            failed: AtomicBool::new(false),
        }
    }

    /// What is at `rel` in the tree. When two sources claim a path, the one `build` writes
    /// last wins: files beside content over static files over pages.
    pub fn find(&self, rel: &str) -> Option<Found<'_>> {
        if rel.starts_with(&urls::asset_path(self.graph.config.language, ""))
            && let Some(path) = self.assets().get(rel)
        {
            return Some(Found::Attachment(path));
        }
        if let Some(&i) = self.statics.get(rel) {
            return Some(match &self.renderer.statics[i].1 {
                StaticSource::Embedded(bytes) => Found::Embedded(bytes),
                StaticSource::Disk(path) => Found::File(path),
            });
        }
        // Only a path of the index makes it: making the search index of a large site takes a
        // while, and a page after a save must not wait for it.
        if rel.starts_with("search/")
            && rel
                .rsplit_once('.')
                .is_some_and(|(_, ext)| ext == self.audience.index_format().ext())
            && let Some(bytes) = self.made().get(rel)
        {
            return Some(Found::Made(bytes));
        }
        self.pages.get(rel).map(Found::Page)
    }

    /// Reads a static file or attachment as listed, unless a symbolic link has taken its place
    /// (or a folder's above it) since: the last good version stays served while a link
    /// is reported, and it must not read through one.
    pub fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        self.confined(path, crate::load::confine::read)
    }

    /// [`Site::read`], for a file streamed as it is sent.
    pub fn open(&self, path: &Path) -> std::io::Result<std::fs::File> {
        self.confined(path, crate::load::confine::open)
    }

    fn confined<T>(
        &self,
        path: &Path,
        get: fn(&Path, &str) -> Result<T, crate::load::confine::ReadError>,
    ) -> std::io::Result<T> {
        let root = &self.graph.root;
        let rel = path
            .strip_prefix(root)
            .map_err(std::io::Error::other)?
            .to_string_lossy()
            .replace('\\', "/");
        get(root, &rel).map_err(|e| match e {
            crate::load::confine::ReadError::Io(e) => e,
            crate::load::confine::ReadError::Link(_) => {
                std::io::Error::other("a symbolic link took the file's place")
            }
        })
    }

    /// The tree's search index, as `build` writes it (the same function, the same guard).
    fn made(&self) -> &HashMap<String, Vec<u8>> {
        self.made.get_or_init(|| {
            let view = Ctx::new(&self.graph, self.audience, &self.renderer.labels, "");
            crate::search::build(&view, self.guard.as_ref())
                .into_iter()
                .map(|f| {
                    (
                        f.path,
                        crate::controls::clean(&f.content).into_owned().into_bytes(),
                    )
                })
                .collect()
        })
    }

    /// Renders `page`; a failure is remembered (see [`Site::has_failed`]).
    pub fn render(&self, page: &Page) -> Result<String, Diagnostics> {
        let html = match self.renderer.try_render(&self.graph, self.audience, page) {
            Ok(r) => r.html,
            Err(d) => {
                self.failed.store(true, Ordering::Relaxed);
                return Err(d);
            }
        };
        Ok(match &self.guard {
            Some(g) => String::from_utf8_lossy(&g.apply(html.as_bytes())).into_owned(),
            None => html,
        })
    }

    /// Whether a page of this version failed to render.
    pub fn has_failed(&self) -> bool {
        self.failed.load(Ordering::Relaxed)
    }

    /// The HTML page at `rel`, rendered, if this version has one and can render it.
    pub fn render_html(&self, rel: &str) -> Option<String> {
        match self.find(rel)? {
            Found::Page(page) if page.is_html() => self.render(page).ok(),
            _ => None,
        }
    }

    /// A file beside content or a static file as `build` publishes it (see
    /// [`Guard::published`]).
    pub fn published(&self, bytes: Vec<u8>) -> Vec<u8> {
        self.guard
            .as_ref()
            .and_then(|g| g.published(&bytes))
            .unwrap_or(bytes)
    }

    /// Whether files of this tree pass a guard before they are sent (the open tree's).
    pub fn guards(&self) -> bool {
        self.guard.is_some()
    }

    /// The theme's 404 page.
    pub fn not_found(&self) -> Option<&Page> {
        self.pages.get("404.html")
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    fn assets(&self) -> &HashMap<String, PathBuf> {
        self.assets.get_or_init(|| {
            let linked: Vec<String> = match self.audience {
                Audience::Internal => Vec::new(),
                Audience::Open => self.linked_assets(),
            };
            files::assets(&self.graph, self.audience, &linked)
                .into_iter()
                .map(|(rel, path)| (rel, path.to_path_buf()))
                .collect()
        })
    }

    /// The files beside content that the tree's pages link to: every page's view is built
    /// (not its template rendered), in parallel.
    fn linked_assets(&self) -> Vec<String> {
        let r = &self.renderer;
        let pages: Vec<&Page> = self.pages.values().collect();
        pages
            .par_iter()
            .flat_map_iter(|page| {
                pages::context(&self.graph, &r.labels, self.audience, &r.assets, page)
                    .map(|(_, used)| used)
                    .unwrap_or_default()
            })
            .collect()
    }
}
