//! What `serve` keeps between rebuilds, so that saving one file costs one parse.
//!
//! A rebuild lists `content/` again (to see files added, deleted or renamed), re-reads only
//! the files the watcher reported, reuses every other file's raw item and diagnostics, and
//! resolves the whole graph anew (resolve is global: one file can change what many others
//! link to, so it is not done piecemeal). The compiled theme is reused unless a theme or
//! static file, `site.toml`, the set of files beside content or the date changed. Pages are
//! not rendered here: the server renders each one when it is asked for (see `site.rs`).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::diag::Diagnostics;
use crate::labels::Labels;
use crate::load::{self, Loaded, RawItem, Scan};
use crate::model::vocab::{Audience, Kind};
use crate::model::{Asset, Graph};
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

/// A file under `content/`.
enum Entry {
    /// A content file, parsed or (`None`) to be parsed.
    Md(Option<Box<Parsed>>),
    /// A file beside content.
    Asset(PathBuf),
    /// A symbolic link, not followed: reported on every rebuild while it is there.
    Link(load::confine::Link),
}

/// A content-relative path, ordered as `load::scan` lists files (folder by folder, names
/// sorted), which is the order a build reads them in.
#[derive(Clone, Debug, PartialEq, Eq)]
struct InOrder(String);

impl Ord for InOrder {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.split('/').cmp(other.0.split('/'))
    }
}

impl PartialOrd for InOrder {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

struct Compiled {
    renderer: Arc<Renderer>,
    diags: Diagnostics,
    assets: Vec<String>,
    today: NaiveDate,
}

pub struct Cache {
    root: PathBuf,
    /// Every file under `content/`; `None` until it is listed the first time.
    files: Option<BTreeMap<InOrder, Entry>>,
    theme: Option<Compiled>,
    /// The links of the bodies of the last rebuild, for the check of what the open tree
    /// publishes.
    links: crate::render::published::Links,
}

impl Cache {
    pub fn new(root: &Path) -> Cache {
        Cache {
            root: root.to_path_buf(),
            files: None,
            theme: None,
            links: Default::default(),
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
            self.theme = None;
        }
        let config = load::load_config(&self.root, &mut diags);
        let labels = config.labels.clone();
        let lang = config.language.code().to_string();
        let files = match self.files.take() {
            Some(mut files) if !changes.all => {
                update(&self.root, &mut files, &changes.content, &mut diags);
                files
            }
            _ => list(&self.root, &mut diags),
        };
        stage("list files");

        let (files, parsed) = parse(&self.root, files);
        let mut items = Vec::with_capacity(files.len());
        let mut assets = Vec::new();
        for (rel, entry) in &files {
            match entry {
                Entry::Md(Some(p)) => {
                    diags.extend(p.diags.clone());
                    items.extend(p.item.clone());
                }
                Entry::Md(None) => {}
                Entry::Asset(path) => assets.push(Asset {
                    rel: rel.0.clone(),
                    path: path.clone(),
                }),
                Entry::Link(link) => link.report(&mut diags),
            }
        }
        self.files = Some(files);
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
        if let Some(r) = &renderer {
            crate::render::tree::check_addresses(&graph, r, &mut diags);
        }
        stage("compile templates");
        // Every save: a file beside content or in `static/` may have changed.
        if let Some(r) = &renderer {
            crate::render::published::check(&graph, &r.statics, &mut self.links, &mut diags);
        }
        stage("check files");
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

/// Lists all of `content/`, every content file to be parsed.
fn list(root: &Path, diags: &mut Diagnostics) -> BTreeMap<InOrder, Entry> {
    let mut files = BTreeMap::new();
    add(&mut files, load::scan(root, diags));
    files
}

fn add(files: &mut BTreeMap<InOrder, Entry>, scan: Scan) {
    for rel in scan.md {
        files.insert(InOrder(rel), Entry::Md(None));
    }
    for a in scan.assets {
        files.insert(InOrder(a.rel), Entry::Asset(a.path));
    }
    for link in scan.links {
        let rel = link
            .rel
            .strip_prefix("content/")
            .unwrap_or(&link.rel)
            .to_string();
        files.insert(InOrder(rel), Entry::Link(link));
    }
}

/// Brings the listing up to date with what changed, without listing all of `content/`:
/// every changed path (file or folder, old or new name) is dropped with what lies under it
/// and listed again if it exists. Content files listed again are parsed again; so are
/// indicators when a file that is not Markdown changed, since they read their data file.
/// O(files × depth + changed).
fn update(
    root: &Path,
    files: &mut BTreeMap<InOrder, Entry>,
    changed: &[String],
    diags: &mut Diagnostics,
) {
    let changed: HashSet<&str> = changed
        .iter()
        .map(String::as_str)
        .filter(|p| !p.split('/').any(load::is_draft))
        .collect();
    if changed.is_empty() {
        return;
    }
    files.retain(|rel, _| {
        let mut path = rel.0.as_str();
        loop {
            if changed.contains(path) {
                return false;
            }
            match path.rsplit_once('/') {
                Some((parent, _)) => path = parent,
                None => return true,
            }
        }
    });
    for path in &changed {
        add(files, load::scan_under(root, path, diags));
    }
    if changed.iter().any(|p| !p.ends_with(".md")) {
        for entry in files.values_mut() {
            if let Entry::Md(Some(p)) = entry
                && p.item.as_ref().is_some_and(|i| i.kind == Kind::Indicator)
            {
                *entry = Entry::Md(None);
            }
        }
    }
}

/// Parses the content files not parsed yet, in parallel; how many that was.
fn parse(root: &Path, mut files: BTreeMap<InOrder, Entry>) -> (BTreeMap<InOrder, Entry>, usize) {
    let todo: Vec<&InOrder> = files
        .iter()
        .filter(|(_, e)| matches!(e, Entry::Md(None)))
        .map(|(rel, _)| rel)
        .collect();
    let fresh: Vec<(InOrder, Box<Parsed>)> = todo
        .par_iter()
        .map(|rel| {
            let (item, diags) = load::load_file(root, &rel.0);
            ((*rel).clone(), Box::new(Parsed { item, diags }))
        })
        .collect();
    let count = fresh.len();
    for (rel, p) in fresh {
        files.insert(rel, Entry::Md(Some(p)));
    }
    (files, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The listing keeps the order of `load::scan`, which is the order of a build.
    #[test]
    fn order_is_the_build_order() {
        let dir = tempfile::tempdir().unwrap();
        let names = [
            "a.md",
            "a/b.md",
            "a-b.md",
            "a/a/c.md",
            "b.md",
            "a.b/x.md",
            "A.md",
            "ø.md",
            "a0.md",
            "aa/b.md",
            "a b.md",
            "a/ø/x.md",
        ];
        for n in names {
            let p = dir.path().join("content").join(n);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "").unwrap();
        }
        let scan = load::scan(dir.path(), &mut Diagnostics::new());
        assert_eq!(scan.md.len(), names.len());
        let mut ordered: Vec<InOrder> = scan.md.iter().cloned().map(InOrder).collect();
        ordered.reverse();
        ordered.sort();
        let ordered: Vec<String> = ordered.into_iter().map(|p| p.0).collect();
        assert_eq!(ordered, scan.md);
    }
}
