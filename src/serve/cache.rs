//! What `serve` keeps between rebuilds, so that saving one file costs one parse.
//!
//! A rebuild lists `content/` again (to see files added, deleted or renamed), re-reads only
//! the files the watcher reported, reuses every other file's raw item and diagnostics, and
//! resolves the whole graph anew (resolve is global: one file can change what many others
//! link to, so it is not done piecemeal). The compiled theme is reused unless a theme or
//! static file, `site.toml`, the set of files beside content or the date changed. Pages are
//! not rendered here: the server renders each one when it is asked for (see `site.rs`).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::diag::Diagnostics;
use crate::load::{self, Loaded, RawItem, Scan};
use crate::model::Graph;
use crate::model::vocab::{Audience, Kind};
use crate::render::labels::Labels;
use crate::render::pages::What;
use crate::render::{Page, Renderer};

/// What changed since the last rebuild, as the watcher saw it.
#[derive(Debug, Default, Clone)]
pub struct Changes {
    /// Paths under `content/`, relative to it, with `/`: files or folders, changed, added,
    /// deleted or renamed (either name).
    pub content: Vec<String>,
    /// `site.toml`, `themes/` or `static/` changed.
    pub theme: bool,
    /// Start over: the watcher may have missed events.
    pub all: bool,
}

/// The result of a rebuild: a graph and a compiled theme ready to render, or the problems.
pub struct Rebuilt {
    pub graph: Graph,
    pub renderer: Arc<Renderer>,
}

pub struct Outcome {
    pub result: Option<Rebuilt>,
    /// Every diagnostic of the site (also those of the files that were reused).
    pub diags: Diagnostics,
    /// Content files parsed in this rebuild.
    pub parsed: usize,
    pub stages: Vec<(&'static str, Duration)>,
    /// The site's labels and language, for showing the problems.
    pub labels: Labels,
    pub lang: String,
}

struct Parsed {
    item: Option<RawItem>,
    diags: Diagnostics,
}

struct Compiled {
    renderer: Arc<Renderer>,
    diags: Diagnostics,
    assets: Vec<String>,
    today: NaiveDate,
}

pub struct Cache {
    root: PathBuf,
    files: HashMap<String, Parsed>,
    theme: Option<Compiled>,
}

impl Cache {
    pub fn new(root: &Path) -> Cache {
        Cache {
            root: root.to_path_buf(),
            files: HashMap::new(),
            theme: None,
        }
    }

    pub fn rebuild(&mut self, changes: &Changes) -> Outcome {
        let mut stages = Vec::new();
        let mut lap = Instant::now();
        let mut stage = |name: &'static str| {
            stages.push((name, lap.elapsed()));
            lap = Instant::now();
        };
        let mut diags = Diagnostics::new();
        if changes.all {
            self.files.clear();
            self.theme = None;
        }
        let config = load::load_config(&self.root, &mut diags);
        let labels = Labels::new(&config, &mut Diagnostics::new());
        let lang = config.language.code().to_string();
        let Scan { md, assets } = load::scan(&self.root, &mut diags);
        stage("list files");

        self.forget(changes);
        let present: HashSet<&str> = md.iter().map(String::as_str).collect();
        self.files.retain(|rel, _| present.contains(rel.as_str()));
        let missing: Vec<&String> = md.iter().filter(|r| !self.files.contains_key(*r)).collect();
        let root = &self.root;
        let fresh: Vec<(String, Parsed)> = missing
            .par_iter()
            .map(|rel| {
                let (item, diags) = load::load_file(root, rel);
                ((*rel).clone(), Parsed { item, diags })
            })
            .collect();
        let parsed = fresh.len();
        self.files.extend(fresh);
        let mut items = Vec::with_capacity(md.len());
        for rel in &md {
            let p = &self.files[rel];
            diags.extend(p.diags.clone());
            items.extend(p.item.clone());
        }
        stage("parse changed files");

        let graph = crate::resolve_loaded(
            Loaded {
                root: self.root.clone(),
                config,
                items,
                assets,
            },
            &mut diags,
        );
        stage("resolve");

        let renderer = self.compiled(&graph, changes.theme, &mut diags);
        stage("compile templates");
        let result = match renderer {
            Some(renderer) if !diags.has_errors() => Some(Rebuilt { graph, renderer }),
            _ => None,
        };
        Outcome {
            result,
            diags,
            parsed,
            stages,
            labels,
            lang,
        }
    }

    /// Drops the cached files the changes touch, so they are read again. An indicator reads
    /// its data file when it is parsed, so a change to any file that is not Markdown
    /// re-reads the indicators too.
    fn forget(&mut self, changes: &Changes) {
        let mut data_changed = false;
        for path in &changes.content {
            let prefix = format!("{path}/");
            self.files
                .retain(|rel, _| rel != path && !rel.starts_with(&prefix));
            data_changed |= !path.ends_with(".md");
        }
        if data_changed {
            self.files
                .retain(|_, p| p.item.as_ref().is_none_or(|i| i.kind != Kind::Indicator));
        }
    }

    /// The compiled theme: the one from before when nothing it depends on changed.
    fn compiled(
        &mut self,
        g: &Graph,
        theme_changed: bool,
        diags: &mut Diagnostics,
    ) -> Option<Arc<Renderer>> {
        let mut assets: Vec<String> = g.assets.iter().map(|a| a.rel.clone()).collect();
        assets.sort_unstable();
        if let Some(c) = &self.theme
            && !theme_changed
            && c.assets == assets
            && c.today == g.today
        {
            diags.extend(c.diags.clone());
            return Some(c.renderer.clone());
        }
        self.theme = None;
        let mut own = Diagnostics::new();
        let renderer = Renderer::new(g, &mut own);
        if let Some(r) = &renderer
            && !own.has_errors()
        {
            probe(g, r, &mut own);
        }
        diags.extend(own.clone());
        let renderer = renderer.filter(|_| !own.has_errors())?;
        let renderer = Arc::new(renderer);
        self.theme = Some(Compiled {
            renderer: renderer.clone(),
            diags: own,
            assets,
            today: g.today,
        });
        Some(renderer)
    }
}

/// Renders one page of every template in both trees, so that a theme change that breaks
/// rendering is reported (and the last good site kept) instead of breaking pages one by
/// one. An index page is tried on the kind with the fewest items, which keeps this cheap
/// on large sites.
fn probe(g: &Graph, renderer: &Renderer, diags: &mut Diagnostics) {
    for audience in Audience::BOTH {
        let mut seen: HashMap<&'static str, Page> = HashMap::new();
        for page in renderer.pages(g, audience) {
            let template = page.template(g);
            let smaller = match (&page.what, seen.get(template).map(|p| &p.what)) {
                (_, None) => true,
                (What::Index(k), Some(What::Index(old))) => g.kind(*k).len() < g.kind(*old).len(),
                _ => false,
            };
            if smaller {
                seen.insert(template, page);
            }
        }
        let mut pages: Vec<Page> = seen.into_values().collect();
        pages.sort_by(|a, b| a.path.cmp(&b.path));
        for page in pages {
            if let Err(d) = renderer.try_render(g, audience, &page) {
                diags.extend(d);
                return;
            }
        }
    }
}
