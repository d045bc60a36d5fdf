//! raudtrad: a municipality's plans, assignments and status reports, from Markdown to a
//! static website for employees (the internal tree) and citizens (the open tree).
//!
//! The pipeline, one module per stage, data flowing one way:
//! [`load`] (files → raw items) → [`resolve`] (ids → one linked graph) → [`render`]
//! (templates, pages in parallel) → [`write`] (atomically). [`links`] checks a built tree.

pub mod config;
pub mod diag;
pub mod links;
pub mod load;
pub mod model;
pub mod render;
pub mod resolve;
pub mod serve;
pub mod span;
pub mod trace_report;
pub mod write;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use rayon::prelude::*;
use thiserror::Error;

use diag::Diagnostics;
use model::Graph;
use model::vocab::{Audience, Kind};
use render::Renderer;
use write::{Staging, WriteError};

#[derive(Debug, Error)]
pub enum BuildError {
    /// The content has errors; they are in the diagnostics.
    #[error("the site has errors")]
    Invalid,
    #[error(transparent)]
    Write(#[from] WriteError),
    #[error("{0}")]
    Render(String),
}

/// What a build made.
#[derive(Debug, Clone)]
pub struct Summary {
    pub items: BTreeMap<Kind, usize>,
    /// Pages written per tree: internal, open.
    pub pages: [usize; 2],
    pub files: [usize; 2],
    pub elapsed: Duration,
    /// Time per stage, for `--verbose` and benchmarks.
    pub stages: Vec<(&'static str, Duration)>,
}

/// Load and resolve: the whole site as one graph, with every problem in `diags`.
pub fn read_site(root: &Path, diags: &mut Diagnostics) -> Graph {
    resolve_loaded(load::load(root, diags), diags)
}

/// Resolve what was loaded, judged by the site's `today` or else the real date.
pub fn resolve_loaded(loaded: load::Loaded, diags: &mut Diagnostics) -> Graph {
    let today = loaded
        .config
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    resolve::resolve(loaded, today, diags)
}

/// Everything `check` does: read the site and compile the theme, writing nothing.
pub fn check(root: &Path, diags: &mut Diagnostics) -> Option<(Graph, Renderer)> {
    let graph = read_site(root, diags);
    let renderer = Renderer::new(&graph, diags)?;
    (!diags.has_errors()).then_some((graph, renderer))
}

/// Builds the site at `root` into `out` (`out/internal/` and `out/open/`).
pub fn build(root: &Path, out: &Path, diags: &mut Diagnostics) -> Result<Summary, BuildError> {
    let start = Instant::now();
    let mut stages = Vec::new();
    let mut lap = Instant::now();
    let mut stage = |name: &'static str| {
        stages.push((name, lap.elapsed()));
        lap = Instant::now();
    };
    let graph = read_site(root, diags);
    stage("load and resolve");
    let renderer = Renderer::new(&graph, diags).ok_or(BuildError::Invalid)?;
    if diags.has_errors() {
        return Err(BuildError::Invalid);
    }
    stage("compile templates");
    let staging = Staging::begin(out, root)?;
    let (pages, files) = write_trees(&graph, &renderer, &staging)?;
    stage("render and write");
    staging.commit()?;
    stage("swap in");
    Ok(Summary {
        items: count_items(&graph),
        pages,
        files,
        elapsed: start.elapsed(),
        stages,
    })
}

pub fn count_items(graph: &Graph) -> BTreeMap<Kind, usize> {
    let mut items = BTreeMap::new();
    for item in &graph.items {
        *items.entry(item.kind).or_insert(0) += 1;
    }
    items
}

/// Renders and writes both trees into the staging folder; returns pages and files per tree.
pub fn write_trees(
    graph: &Graph,
    renderer: &Renderer,
    staging: &Staging,
) -> Result<([usize; 2], [usize; 2]), BuildError> {
    let mut pages = [0; 2];
    let mut files = [0; 2];
    for audience in Audience::BOTH {
        let dir = audience.dir();
        let list = renderer.pages(graph, audience);
        let guard = renderer.guard(graph, audience);
        let used: Vec<Vec<String>> = list
            .par_iter()
            .map(|page| {
                let r = renderer
                    .render(graph, audience, page)
                    .map_err(BuildError::Render)?;
                let bytes = match &guard {
                    Some(g) => g.apply(r.html.as_bytes()),
                    None => r.html.as_bytes().into(),
                };
                staging.write(&format!("{dir}/{}", page.path), &bytes)?;
                Ok(r.assets)
            })
            .collect::<Result<_, BuildError>>()?;
        // Pages are what a reader opens; the feed, the sitemap, robots.txt, calendars and data
        // files are files.
        let html = list.iter().filter(|p| p.is_html()).count();
        pages[audience as usize] = html;
        let mut count = list.len();
        for (rel, source) in &renderer.statics {
            let target = format!("{dir}/{rel}");
            match source {
                render::theme::StaticSource::Embedded(bytes) => staging.write(&target, bytes)?,
                render::theme::StaticSource::Disk(path) => staging.copy(&target, path)?,
            }
            count += 1;
        }
        let linked: Vec<String> = used.into_iter().flatten().collect();
        for (target, path) in render::files::assets(graph, audience, &linked) {
            staging.copy(&format!("{dir}/{target}"), path)?;
            count += 1;
        }
        files[audience as usize] = count;
    }
    Ok((pages, files))
}
