//! What `serve` keeps between rebuilds, so that saving one file costs one parse.
//!
//! A rebuild lists `content/` again (to see files added, deleted or renamed), re-reads only
//! the files the watcher reported and reuses every other file's raw item and diagnostics.
//! Resolve is global (one file can change what many others link to), so a save that changed
//! a file's front matter, or anything but content files, resolves the whole site. Four
//! kinds of save do not ([`Edit`]), since the last graph holds for them but what they
//! changed: one that changed only bodies (what an editor writing text does) makes a graph
//! that shares the last one's structure and has the new bodies
//! ([`crate::model::Graph::with_bodies`]); one that changed titles, summaries, descriptions
//! and a report's comments besides, or status values and what a report answers and counts
//! too (what a leader reporting does), or an assignment's references, shares all of it but
//! the items it changed and what is derived from them ([`resolve::with_saved`]); a report
//! file added alone is put in at its place in file order, the ids after it moved
//! ([`resolve::with_added`]). Either way only the saved files' own text is checked again
//! ([`resolve::TextProblems`]), and the text of files with problems a new file may mend.
//! Resolve takes its
//! raw items by value, so the copy it gets is made in the background once a rebuild is
//! published ([`Spare`]). The compiled theme is reused unless a theme or static file,
//! `site.toml`, the set of files beside content or the date changed. Pages are not rendered
//! here: the server renders each one when it is asked for (see `site.rs`).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::diag::Diagnostics;
use crate::labels::Labels;
use crate::load::{self, Edit, Loaded, RawItem, Scan};
use crate::model::vocab::{Audience, Kind};
use crate::model::{Asset, Body, Graph, ItemId};
use crate::render::pages::What;
use crate::render::tree::Lists;
use crate::render::{Page, Renderer};
use crate::resolve::{self, Resolved, TextProblems};
use crate::stages::Stages;

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
    /// The pages of both trees, when the address check listed them for this graph.
    pub lists: Option<Lists>,
}

pub struct Outcome {
    pub result: Option<Rebuilt>,
    /// Every diagnostic of the site (also those of the files that were reused).
    pub diags: Diagnostics,
    /// Content files parsed in this rebuild.
    pub parsed: usize,
    pub stages: Stages,
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
    Md(Option<Arc<Parsed>>),
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

/// The last resolve, for making the next version from when a save changed only bodies.
struct Last {
    graph: Graph,
    /// What resolve and the address check found, but the problems of each file's text.
    diags: Diagnostics,
    text: TextProblems,
    today: NaiveDate,
    /// Which addresses `diags` does not have the check of yet (it needs the compiled theme).
    unchecked: Unchecked,
}

/// The addresses of the last graph not checked yet.
#[derive(Clone, Copy, PartialEq)]
enum Unchecked {
    None,
    /// The pages of an item a patch added: every other was checked before.
    Of(ItemId),
    All,
}

impl Last {
    /// Puts the saved files into the last graph, and finds the problems of their text
    /// again; `None` when it cannot, and the site is to be resolved.
    fn patch(&mut self, saved: &Saved) -> Option<Graph> {
        let graph = if let (Some(at), [(_, raw)]) = (saved.added, saved.files.as_slice()) {
            let graph = resolve::with_added(&self.graph, at, raw)?;
            // New addresses, checked on the way out; an item still unchecked has moved.
            self.unchecked = match self.unchecked {
                Unchecked::None => Unchecked::Of(at),
                _ => Unchecked::All,
            };
            graph
        } else if saved.edit > Edit::Body {
            resolve::with_saved(&self.graph, &saved.files, saved.edit)?
        } else {
            self.graph.with_bodies(
                saved
                    .files
                    .iter()
                    .map(|(id, raw)| (*id, Body::of(raw.body.clone(), raw.body_line))),
            )
        };
        for raw in saved.files.iter().map(|(_, raw)| raw).chain(&saved.relink) {
            self.text
                .insert(raw.file.clone(), resolve::text_problems_of(&graph, raw));
        }
        self.graph = graph.clone();
        Some(graph)
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
    last: Option<Last>,
    /// The links of the bodies of the last rebuild, for the check of what the open tree
    /// publishes.
    links: crate::render::published::Links,
    /// The next resolve's copy of the raw items, being made in the background ([`Spare`]).
    spare: Option<std::thread::JoinHandle<Spare>>,
}

/// A copy of every content file's raw item, made while the server waits for the next save:
/// resolve takes its items by value and the listing keeps them for the save after, and
/// copying tens of thousands of them was a fifth of a front-matter save's time. In file
/// order, each with the parsed file it was copied from, so that [`Spare::items`] can tell
/// which copies still hold.
#[derive(Default)]
struct Spare(Vec<(InOrder, Arc<Parsed>, RawItem)>);

impl Spare {
    /// Copies the items of `files` (a snapshot of the listing's parsed files).
    fn make(files: Vec<(InOrder, Arc<Parsed>)>) -> Spare {
        Spare(
            files
                .into_iter()
                .filter_map(|(rel, p)| {
                    let item = p.item.clone()?;
                    Some((rel, p, item))
                })
                .collect(),
        )
    }

    /// The raw items of `files`, in file order, for resolve: the spare copy of each file
    /// still listed as the same parse (the same `Arc`), a fresh copy of every other.
    fn items(self, files: &BTreeMap<InOrder, Entry>) -> Vec<RawItem> {
        let mut spare = self.0.into_iter().peekable();
        let mut items = Vec::with_capacity(files.len());
        for (rel, entry) in files {
            let Entry::Md(Some(p)) = entry else {
                continue;
            };
            // Both are in file order: copies of files no longer listed are passed over.
            while spare.next_if(|(r, _, _)| r < rel).is_some() {}
            match spare.next_if(|(r, q, _)| r == rel && Arc::ptr_eq(q, p)) {
                Some((_, _, item)) => items.push(item),
                None => items.extend(p.item.clone()),
            }
        }
        items
    }
}

impl Cache {
    pub fn new(root: &Path) -> Cache {
        Cache {
            root: root.to_path_buf(),
            files: None,
            theme: None,
            last: None,
            links: Default::default(),
            spare: None,
        }
    }

    pub fn rebuild(&mut self, changes: &Changes) -> Outcome {
        let mut stages = Stages::new();
        let mut diags = Diagnostics::new();
        if changes.all {
            self.theme = None;
        }
        let config = load::load_config(&self.root, &mut diags);
        let labels = config.labels.clone();
        let lang = config.language.code().to_string();
        // What was at the paths saved, before they are read again: a save that changed only
        // bodies or texts is found by comparing the two.
        let mut was = Vec::new();
        let files = match self.files.take() {
            Some(mut files) if !changes.all => {
                was = before(&files, &changes.content);
                update(&self.root, &mut files, &changes.content, &mut diags);
                files
            }
            _ => list(&self.root, &mut diags),
        };
        stages.done("list files");

        let (files, parsed) = parse(&self.root, files);
        let today = crate::today(&config);
        let patch = self
            .last
            .as_ref()
            .filter(|_| !changes.all && !changes.theme)
            .and_then(|last| saved_only(last, today, &was, &files));
        for entry in files.values() {
            match entry {
                Entry::Md(Some(p)) => diags.extend(p.diags.clone()),
                Entry::Link(link) => link.report(&mut diags),
                Entry::Md(None) | Entry::Asset(_) => {}
            }
        }
        let patched = match (self.last.as_mut(), patch) {
            (Some(last), Some(saved)) => {
                stages.done("parse changed files");
                let graph = last.patch(&saved);
                if graph.is_some() {
                    stages.done(match saved.edit {
                        _ if saved.added.is_some() => "resolve an added report",
                        Edit::Body => "resolve saved bodies",
                        Edit::Texts => "resolve saved texts",
                        Edit::Values { .. } => "resolve saved values",
                        Edit::References => "resolve saved references",
                    });
                }
                graph
            }
            _ => None,
        };
        let graph = match patched {
            Some(graph) => graph,
            None => {
                let spare = self.spare.take().and_then(|copying| copying.join().ok());
                let items = spare.unwrap_or_default().items(&files);
                let assets: Vec<Asset> = files
                    .iter()
                    .filter_map(|(rel, entry)| match entry {
                        Entry::Asset(path) => Some(Asset {
                            rel: rel.0.clone(),
                            path: path.clone(),
                        }),
                        _ => None,
                    })
                    .collect();
                stages.done("parse changed files");
                let lap = Instant::now();
                let Resolved {
                    graph,
                    diags: found,
                    text,
                    passes,
                } = resolve::resolve_parts(
                    Loaded {
                        root: self.root.clone(),
                        config,
                        items,
                        assets,
                    },
                    today,
                );
                self.last = Some(Last {
                    graph: graph.clone(),
                    diags: found,
                    text,
                    today,
                    unchecked: Unchecked::All,
                });
                stages.add("resolve", lap.elapsed(), passes);
                graph
            }
        };
        self.files = Some(files);

        let renderer = self.compiled(&graph, changes.theme, &mut diags);
        stages.done("compile templates");
        let mut lists = None;
        if let (Some(r), Some(last)) = (&renderer, self.last.as_mut())
            && last.unchecked != Unchecked::None
        {
            // Addresses are made from ids and front matter, which a patch leaves as they were
            // but for an item it adds.
            let both = Lists::new(&graph, r);
            let only = match last.unchecked {
                Unchecked::Of(id) => Some(id),
                _ => None,
            };
            crate::render::tree::check_addresses_of(&graph, &both, only, &mut last.diags);
            last.unchecked = Unchecked::None;
            lists = Some(both);
        }
        if let Some(last) = &self.last {
            diags.extend(last.diags.clone());
            for d in last.text.values() {
                diags.extend(d.clone());
            }
        }
        stages.done("check addresses");
        // Every save: a file beside content or in `static/` may have changed.
        if let Some(r) = &renderer {
            crate::render::published::check(&graph, &r.statics, &mut self.links, &mut diags);
        }
        stages.done("check files");
        let result = match renderer {
            Some(renderer) if !diags.has_errors() => Some(Rebuilt {
                graph,
                renderer,
                lists,
            }),
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

    /// Starts copying the raw items for the next resolve, in the background (see [`Spare`]):
    /// called once a rebuild is published, while the server waits for the next save.
    pub fn prepare(&mut self) {
        if self.spare.is_some() {
            return;
        }
        let Some(files) = &self.files else {
            return;
        };
        let parsed: Vec<(InOrder, Arc<Parsed>)> = files
            .iter()
            .filter_map(|(rel, entry)| match entry {
                Entry::Md(Some(p)) => Some((rel.clone(), p.clone())),
                _ => None,
            })
            .collect();
        // Without a thread there is no spare, and resolve copies the items itself.
        self.spare = std::thread::Builder::new()
            .name("raudtrad-spare".into())
            .spawn(move || Spare::make(parsed))
            .ok();
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

/// What the listing holds at a path the watcher reported (a file or a folder).
enum Listed<P> {
    Nothing,
    /// A content file that was read without a problem that left it without an item.
    Item(P),
    /// A folder, a file beside content, a symbolic link or an unreadable content file.
    Other,
}

fn listed<'f>(files: &'f BTreeMap<InOrder, Entry>, rel: &str) -> Listed<&'f RawItem> {
    let folder = format!("{rel}/");
    // In this order what lies under a path comes right after it.
    let mut at = files
        .range(InOrder(rel.to_string())..)
        .take_while(|(k, _)| k.0 == rel || k.0.starts_with(&folder));
    match (at.next(), at.next()) {
        (None, _) => Listed::Nothing,
        (Some((k, Entry::Md(Some(p)))), None) if k.0 == rel => match &p.item {
            Some(item) => Listed::Item(item),
            None => Listed::Other,
        },
        _ => Listed::Other,
    }
}

/// What the listing held at each path the watcher reported, before the save (drafts left
/// out, as [`update`] leaves them out).
fn before(files: &BTreeMap<InOrder, Entry>, changed: &[String]) -> Vec<(String, Listed<RawItem>)> {
    changed
        .iter()
        .filter(|p| !p.split('/').any(load::is_draft))
        .map(|rel| {
            let was = match listed(files, rel) {
                Listed::Nothing => Listed::Nothing,
                Listed::Item(item) => Listed::Item(item.clone()),
                Listed::Other => Listed::Other,
            };
            (rel.clone(), was)
        })
        .collect()
}

/// The content files saved, with their items in the last graph, when the last graph holds
/// for them but for what [`Last::patch`] puts in.
struct Saved {
    files: Vec<(ItemId, RawItem)>,
    /// The most any of them changed.
    edit: Edit,
    /// The one file, a report new to the site, is put in at this id (its place in file
    /// order: [`resolve::with_added`]).
    added: Option<ItemId>,
    /// Files with problems in their text, which a new file may mend (a link to it).
    relink: Vec<RawItem>,
}

/// The files saved when each path reported is a content file that was there before and
/// still is, read with front matter that differs at most by an [`Edit`], or was nothing
/// before and is nothing now (an editor's temporary file); and the day is the same (status
/// follows the date). `None` when anything else changed.
///
/// A save of values or references needs the file to have had no error in the last
/// resolve: the error (an unknown status, say) would stay when the save mends it. And one
/// that moved positions in the file (any save of references may) needs it to have had no
/// problem there at all, nor to be named in another's: the problem would keep the old
/// position.
fn saved_only(
    last: &Last,
    today: NaiveDate,
    before: &[(String, Listed<RawItem>)],
    files: &BTreeMap<InOrder, Entry>,
) -> Option<Saved> {
    if last.today != today {
        return None;
    }
    let mut saved = Saved {
        files: Vec::with_capacity(before.len()),
        edit: Edit::Body,
        added: None,
        relink: Vec::new(),
    };
    let mut added = None;
    for (rel, was) in before {
        match (was, listed(files, rel)) {
            (Listed::Nothing, Listed::Nothing) => {}
            (Listed::Nothing, Listed::Item(new)) if added.is_none() => added = Some((rel, new)),
            (Listed::Item(old), Listed::Item(new)) => {
                let edit = old.edit_to(new)?;
                if edit > Edit::Texts {
                    let moved = matches!(edit, Edit::Values { moved: true } | Edit::References);
                    let file = &*new.file;
                    let stale = |d: &crate::diag::Diagnostic| {
                        *d.loc.file == *file
                            && (moved || d.severity == crate::diag::Severity::Error)
                            || moved && d.notes.iter().any(|n| n.contains(file))
                    };
                    if last.diags.iter().any(stale) {
                        return None;
                    }
                }
                saved.edit = saved.edit.max(edit);
                saved
                    .files
                    .push((*last.graph.by_file.get(rel.as_str())?, new.clone()));
            }
            _ => return None,
        }
    }
    if let Some((rel, new)) = added {
        // Alone: the ids of any other file saved would move.
        if !saved.files.is_empty() {
            return None;
        }
        let at = place_of(files, rel, &last.graph)?;
        saved.files.push((at, new.clone()));
        saved.edit = Edit::References;
        saved.added = Some(at);
        saved.relink = last
            .text
            .iter()
            .filter(|(_, d)| !d.is_empty())
            .filter_map(
                |(file, _)| match listed(files, file.strip_prefix("content/")?) {
                    Listed::Item(raw) => Some(raw.clone()),
                    _ => None,
                },
            )
            .collect();
    }
    Some(saved)
}

/// The id the file `rel` has in a whole resolve of `files`, where every other file's item
/// has its id in `g`: the id of the next file's item, or when no file comes after it the
/// first automatic assignment's (they are made after every file's items).
fn place_of(files: &BTreeMap<InOrder, Entry>, rel: &str, g: &Graph) -> Option<ItemId> {
    use std::ops::Bound::{Excluded, Unbounded};
    let next = files
        .range((Excluded(InOrder(rel.to_string())), Unbounded))
        .find(|(_, e)| matches!(e, Entry::Md(Some(p)) if p.item.is_some()));
    match next {
        Some((next, _)) => g.by_file.get(next.0.as_str()).copied(),
        None => {
            let automatic = g
                .items
                .iter()
                .rev()
                .take_while(|i| matches!(&i.data, crate::model::Data::Assignment(a) if a.automatic))
                .count();
            Some(ItemId((g.items.len() - automatic) as u32))
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
    let fresh: Vec<(InOrder, Arc<Parsed>)> = todo
        .par_iter()
        .map(|rel| {
            let (item, diags) = load::load_file(root, &rel.0);
            ((*rel).clone(), Arc::new(Parsed { item, diags }))
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

    /// The sample site, copied where a test may change it.
    fn sample() -> tempfile::TempDir {
        let from = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = tempfile::tempdir().unwrap();
        std::fs::copy(from.join("site.toml"), dir.path().join("site.toml")).unwrap();
        for e in walkdir::WalkDir::new(from.join("content")) {
            let e = e.unwrap();
            let to = dir.path().join(e.path().strip_prefix(from).unwrap());
            if e.file_type().is_dir() {
                std::fs::create_dir_all(&to).unwrap();
            } else {
                std::fs::copy(e.path(), &to).unwrap();
            }
        }
        dir
    }

    fn everything() -> Changes {
        Changes {
            all: true,
            ..Changes::default()
        }
    }

    fn saved(rel: &str) -> Changes {
        Changes {
            content: vec![rel.to_string()],
            ..Changes::default()
        }
    }

    /// The public assignment of the sample that the tests save.
    const SAVED: &str = "assignments/stab/innbyggjarportal.md";

    /// The priority measure it carries out: a change of `source` changes which automatic
    /// assignments there are, and resolves the site.
    const MEASURE: &str = "source = \"m-innbyggjarportal\"";

    /// The sample, copied; the file the tests save and its text; a cache that has built it.
    fn built_sample() -> (tempfile::TempDir, std::path::PathBuf, String, Cache) {
        let site = sample();
        let file = site.path().join("content").join(SAVED);
        let text = std::fs::read_to_string(&file).unwrap();
        let mut cache = Cache::new(site.path());
        assert!(resolved_all(&cache.rebuild(&everything())));
        (site, file, text, cache)
    }

    /// Whether the rebuild resolved the whole site (or made it from the last graph).
    fn resolved_all(o: &Outcome) -> bool {
        ran(o, "resolve")
    }

    /// Whether the rebuild had the stage `name`.
    fn ran(o: &Outcome, name: &str) -> bool {
        o.stages.list().iter().any(|s| s.name == name)
    }

    /// Every page of both trees as rendered, every problem, sorted, and what resolve
    /// derived that a page may not show (the items with every field, the back-links, the
    /// agenda and the trace, written out).
    fn seen(o: Outcome) -> (Vec<(String, String)>, Vec<String>, String) {
        let problems: Vec<String> = o.diags.sorted().iter().map(|d| d.to_string()).collect();
        let Some(Rebuilt {
            graph, renderer, ..
        }) = o.result
        else {
            return (Vec::new(), problems, String::new());
        };
        let derived = format!(
            "{:?}\n{:?}\n{:?}\n{:?}",
            graph.items, graph.backlinks, graph.agenda, graph.trace
        );
        let mut pages = Vec::new();
        for audience in Audience::BOTH {
            for page in renderer.pages(&graph, audience) {
                let html = match renderer.try_render(&graph, audience, &page) {
                    Ok(r) => format!("{}\n{:?}", r.html, r.assets),
                    Err(d) => format!("{:?}", d.sorted()),
                };
                pages.push((format!("{}/{}", audience.dir(), page.path), html));
            }
        }
        (pages, problems, derived)
    }

    /// A save below the front matter is made from the last graph, and shows exactly what a
    /// rebuild of the whole site shows: every page of both trees and every problem (a link
    /// that leads nowhere, a person's name in public text, made and then mended).
    #[test]
    fn a_saved_body_shows_what_a_whole_rebuild_shows() {
        let (site, file, text, mut cache) = built_sample();
        let (root, rel) = (site.path(), SAVED);

        let edits = [
            // New words, a link that leads nowhere and a person's name in public text.
            text.replace(
                "Portalen blir lansert",
                "Trond Aasen leier arbeidet, sjå [planen](../../plans/ingen.md). Portalen blir lansert",
            ),
            // Mended: the problems go.
            text.replace("Portalen blir lansert", "Portalen skal lanserast"),
            // No body at all.
            text.split("+++\n\n").next().unwrap().to_string() + "+++\n",
        ];
        for (n, edit) in edits.iter().enumerate() {
            std::fs::write(&file, edit).unwrap();
            // As vim reports a save: a probe file and a backup, both gone by now.
            let mut changes = saved(rel);
            changes.content.push("assignments/stab/4913".into());
            changes.content.push(format!("{rel}~"));
            let patched = cache.rebuild(&changes);
            assert!(!resolved_all(&patched), "edit {n} resolved the whole site");
            let patched = as_whole(root, patched, &format!("edit {n}"));
            if n == 0 {
                let problems = patched.1.join("\n");
                assert!(
                    problems.contains("`../../plans/ingen.md` leads nowhere"),
                    "{problems}"
                );
                assert!(
                    problems.contains("names the person `Trond Aasen`"),
                    "{problems}"
                );
            }
        }
    }

    /// `text` with `more` added to every title, summary and description in its front
    /// matter (the file's item's and its inline items') and to every comment (a report's,
    /// also the last field of an inline table), or only to the first when `first`.
    fn retexted(text: &str, more: &str, first: bool) -> String {
        let (front, body) = text[3..].split_once("+++").unwrap();
        let mut done = false;
        let front: Vec<String> = front
            .lines()
            .map(|line| {
                let texts = ["title = \"", "summary = \"", "description = \""];
                let comment = line.contains("comment = \"");
                if (first && done) || !(comment || texts.iter().any(|t| line.starts_with(t))) {
                    return line.to_string();
                }
                done = true;
                let end = line.rfind('"').unwrap();
                format!("{}{more}{}", &line[..end], &line[end..])
            })
            .collect();
        format!("+++{}\n+++{body}", front.join("\n"))
    }

    /// Saves `text` at `rel`, checks that the site was resolved, and gives the problems (the
    /// same as a whole rebuild's), one a line.
    fn resolved_problems(
        cache: &mut Cache,
        root: &Path,
        rel: &str,
        text: &str,
        what: &str,
    ) -> String {
        std::fs::write(root.join("content").join(rel), text).unwrap();
        let o = cache.rebuild(&saved(rel));
        assert!(resolved_all(&o), "{what}: not resolved");
        as_whole(root, o, what).1.join("\n")
    }

    /// What `o` shows, checked to be what a rebuild of the whole site shows.
    fn as_whole(
        root: &Path,
        o: Outcome,
        what: &str,
    ) -> (Vec<(String, String)>, Vec<String>, String) {
        let whole = Cache::new(root).rebuild(&everything());
        let (o, whole) = (seen(o), seen(whole));
        assert_eq!(o.1, whole.1, "{what}: the problems differ");
        assert!(o.2 == whole.2, "{what}: what resolve derived differs");
        assert_eq!(o.0.len(), whole.0.len(), "{what}: the pages differ");
        for (a, b) in o.0.iter().zip(&whole.0) {
            assert!(a == b, "{what}: {} differs from a whole rebuild", a.0);
        }
        o
    }

    /// A save that changed only texts in the front matter (titles, summaries and
    /// descriptions of the file's item and its inline items, a report's comments) is made
    /// from the last graph, and shows exactly what a rebuild of the whole site shows: the
    /// automatic assignments of retitled priority measures and verbalpunkt too, what a
    /// report's comments were copied to, and a person named in a title or a comment.
    #[test]
    fn saved_texts_show_what_a_whole_rebuild_shows() {
        let (site, _, _, mut cache) = built_sample();
        let root = site.path();
        let edits = [
            ("plans/hop-2026-2029.md", " (endra)", false),
            ("plans/hop-2026-2029.md", ", leia av Trond Aasen", true),
            (SAVED, " (endra)", false),
            ("checklists/internkontroll-2026.md", " (endra)", false),
            ("indicators/ind-trivsel.md", " (endra)", false),
            // A unit's title: the reports on it without a title of their own are named
            // after it.
            ("org/oppvekst/barnehage.md", " (endra)", true),
            // A report's comments: on a measure's automatic assignment, on checklist items
            // (a deviation among them), on the economy, on goals; in inline tables and in
            // tables of their own.
            (
                "reports/2026-t2/heimetenester-2026-t2.md",
                " (endra)",
                false,
            ),
            ("reports/2026-t2/skule-2026-t2.md", " (endra)", false),
            ("reports/2025/ospevik-2025.md", " (endra)", false),
            (
                "reports/2026-t1/barnehage-2026-t1.md",
                ", sa Trond Aasen",
                false,
            ),
        ];
        for (rel, more, first) in edits {
            let file = root.join("content").join(rel);
            let text = std::fs::read_to_string(&file).unwrap();
            let edit = retexted(&text, more, first);
            assert_ne!(edit, text);
            std::fs::write(&file, &edit).unwrap();
            let patched = cache.rebuild(&saved(rel));
            assert!(
                ran(&patched, "resolve saved texts"),
                "{rel}{more}: not made from the last graph"
            );
            let patched = as_whole(root, patched, &format!("{rel}{more}"));
            let pages: String = patched.0.iter().map(|p| p.1.as_str()).collect();
            assert!(
                pages.contains(&format!("{more}<")),
                "{rel}{more}: not on any page"
            );
            if rel.starts_with("org/") {
                assert!(
                    pages.contains("Barnehage (endra) – "),
                    "{rel}{more}: no report named after the unit"
                );
            }
            if more.contains("Trond Aasen") {
                let problems = patched.1.join("\n");
                assert!(
                    problems.contains("names the person `Trond Aasen`"),
                    "{problems}"
                );
            }
        }
        // A public title that becomes a person's name makes it a word like others, no
        // longer looked for, and one that was such a title makes it a name again: the whole
        // site is resolved (the names' warnings are everywhere).
        let file = root.join("content").join(SAVED);
        let text = std::fs::read_to_string(&file).unwrap();
        let title = text.lines().nth(1).unwrap().to_string();
        for (n, edit) in ["title = \"Trond Aasen\"", "title = \"Trond Aasen sitt\""]
            .into_iter()
            .enumerate()
        {
            let edited = text.replace(&title, edit);
            let problems = resolved_problems(&mut cache, root, SAVED, &edited, edit);
            assert_eq!(
                problems.contains("names the person `Trond Aasen`"),
                n == 1,
                "{problems}"
            );
        }
    }

    /// A save that changed status, progress or deadlines (an assignment's, a task's, a
    /// report's entries in TOML tables, inline tables and YAML), or a report's answers,
    /// achievements, indicator values and economy, is made from the last graph, and shows
    /// exactly what a rebuild of the whole site shows: the status derived again, the
    /// roll-ups of the units above, the year wheel, the checklists and indicators. The
    /// site's day is 2026-10-15, so a deadline moved to before it makes the item overdue.
    #[test]
    fn saved_values_show_what_a_whole_rebuild_shows() {
        let (site, _, _, mut cache) = built_sample();
        let root = site.path();
        // Tasks written in one line: a longer status moves the task after it.
        let inline = "assignments/stab/oppgaver-pa-ei-linje.md";
        std::fs::write(
            root.join("content").join(inline),
            "+++\ntitle = \"Oppgåver på ei linje\"\nowner = \"stab\"\ndeadline = 2026-12-01\n\
             goals = [\"sd-1\"]\ntasks = [{ id = \"t-linje-a\", title = \"A\", status = \"i-gang\" }, \
             { id = \"t-linje-b\", title = \"B\", status = \"i-gang\" }]\n+++\n",
        )
        .unwrap();
        let mut before = seen(cache.rebuild(&saved(inline))).0;
        let edits: &[(&str, &[(&str, &str)])] = &[
            (
                inline,
                &[("status = \"i-gang\" }", "status = \"ikkje-starta\" }")],
            ),
            // Overdue, and a deadline in another month.
            (SAVED, &[("deadline = 2026-11-01", "deadline = 2026-10-01")]),
            // Done: no longer overdue.
            (
                SAVED,
                &[(
                    "status = \"i-gang\"\nprogress = 80",
                    "status = \"fullfort\"\nprogress = 100",
                )],
            ),
            // A task: another status, and a deadline in another year.
            (
                SAVED,
                &[(
                    "deadline = 2026-11-01\nstatus = \"i-gang\"\nprogress = 70",
                    "deadline = 2027-02-01\nstatus = \"avbrote\"\nprogress = 75",
                )],
            ),
            // Inline tables, where a longer status moves what follows it in the line.
            (
                "reports/2026-t1/barnehage-2026-t1.md",
                &[
                    (
                        "status = \"i-gang\", progress = 30",
                        "status = \"ikkje-starta\", progress = 5",
                    ),
                    (
                        "status = \"i-gang\", progress = 70",
                        "status = \"fullfort\", progress = 100",
                    ),
                ],
            ),
            // Tables of their own, on a priority measure's automatic assignment.
            (
                "reports/2026-t1/heimetenester-2026-t1.md",
                &[(
                    "progress = 20\ndeadline = 2026-09-30",
                    "progress = 25\ndeadline = 2026-12-24",
                )],
            ),
            // YAML.
            (
                "reports/2026-t2/barnehage-2026-t2.md",
                &[(
                    "    status: i-gang\n    progress: 60",
                    "    status: fullfort\n    progress: 100",
                )],
            ),
            // Back as it was.
            (
                SAVED,
                &[(
                    "status = \"fullfort\"\nprogress = 100",
                    "status = \"i-gang\"\nprogress = 80",
                )],
            ),
            // Checklist answers: a new deviation without a follow-up, and a "no" that becomes
            // a "partly" and keeps its follow-up (which moves in its line).
            (
                "reports/2026-t1/solbakken-barnehage-2026-t1.md",
                &[
                    ("answer = \"n/a\" }", "answer = false }"),
                    (
                        "answer = false, comment = \"Avvik",
                        "answer = \"partly\", comment = \"Avvik",
                    ),
                ],
            ),
            // A goal's achievement.
            (
                "reports/2025/ospevik-2025.md",
                &[("achievement = \"partly\"", "achievement = \"not-reached\"")],
            ),
            // Indicator values, inline and in tables of their own, and the economy.
            (
                "reports/2026-t1/hr-og-utvikling-2026-t1.md",
                &[("value = 9.8", "value = 12.5")],
            ),
            (
                "reports/2026-t1/heimetenester-2026-t1.md",
                &[
                    ("value = 2910", "value = 3115"),
                    ("forecast = 113_500_000", "forecast = 109_000_000"),
                ],
            ),
        ];
        for &(rel, changes) in edits {
            let file = root.join("content").join(rel);
            let mut text = std::fs::read_to_string(&file).unwrap();
            for (from, to) in changes {
                assert!(text.contains(from), "{rel}: no `{from}`");
                text = text.replacen(from, to, 1);
            }
            std::fs::write(&file, &text).unwrap();
            let what = format!("{rel}: {changes:?}");
            let patched = cache.rebuild(&saved(rel));
            assert!(
                ran(&patched, "resolve saved values"),
                "{what}: not made from the last graph"
            );
            let now = as_whole(root, patched, &what).0;
            assert_ne!(now, before, "{what}: no page changed");
            before = now;
        }
        // An answer that drops its follow-up drops a reference (who follows it up).
        let rel = "reports/2026-t1/solbakken-barnehage-2026-t1.md";
        let file = root.join("content").join(rel);
        let text = std::fs::read_to_string(&file).unwrap();
        let dropped = "answer = true, comment = \"Avvik";
        std::fs::write(
            &file,
            text.replace("answer = \"partly\", comment = \"Avvik", dropped),
        )
        .unwrap();
        let o = cache.rebuild(&saved(rel));
        assert!(resolved_all(&o), "a follow-up dropped");
        as_whole(root, o, "a follow-up dropped");
        // A status the site does not have is an error a whole resolve reports; mending it
        // resolves the site again, so the error goes.
        let file = root.join("content").join(SAVED);
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, status) in ["status = \"i_gang\"", "status = \"fullfort\""]
            .into_iter()
            .enumerate()
        {
            let edited = text.replacen("status = \"i-gang\"", status, 1);
            let problems = resolved_problems(&mut cache, root, SAVED, &edited, status);
            assert_eq!(
                problems.contains("unknown status `i_gang`"),
                n == 0,
                "{problems}"
            );
        }
    }

    /// A save that changed an assignment's references (owner, delegates, goals, strategies,
    /// letter, category, year, a task's responsible unit) or a report's entries (added,
    /// removed, naming other items) is made from the last graph, and shows exactly what a
    /// rebuild of the whole site shows: the back-links and what each unit, goal, strategy
    /// and letter lists, the status the entries reach, the roll-ups and the trace. One that
    /// would be reported, unties the assignment from every goal, or changes a responsible
    /// person or one following up a deviation, resolves the site.
    #[test]
    fn saved_references_show_what_a_whole_rebuild_shows() {
        let (site, file, _, mut cache) = built_sample();
        let root = site.path();
        let mut before = seen(cache.rebuild(&Changes::default())).0;
        let edits: &[(&str, &str)] = &[
            ("owner = \"stab\"", "owner = \"okonomi\""),
            ("goals = [\"sd-5-2\"]", "goals = [\"sd-1\", \"sd-5-2\"]"),
            (
                "strategies = [\"hop-s-digital\"]",
                "strategies = [\"hop-s-omstilling\"]",
            ),
            (
                "letter = \"oppdragsbrev-2026\"",
                "letter = \"oppdragsbrev-2026-helse-omsorg\"",
            ),
            ("category = \"plantiltak\"", "category = \"administrativt\""),
            ("year = 2026", "year = 2027"),
            (
                "responsible = \"okonomi\"",
                "responsible = \"hr-og-utvikling\"",
            ),
            // Back: the owner and a goal, the owner delegating to a unit of its own.
            (
                "owner = \"okonomi\"",
                "owner = \"stab\"\nassigned_to = [\"okonomi\", \"stab\"]",
            ),
        ];
        for &(from, to) in edits {
            let text = std::fs::read_to_string(&file).unwrap();
            assert!(text.contains(from), "no `{from}`");
            std::fs::write(&file, text.replacen(from, to, 1)).unwrap();
            let what = format!("{from} → {to}");
            let patched = cache.rebuild(&saved(SAVED));
            if to.contains('\n') {
                // A line added: the fields below it are not where they were.
                assert!(resolved_all(&patched), "{what}");
            } else {
                assert!(
                    ran(&patched, "resolve saved references"),
                    "{what}: not made from the last graph"
                );
            }
            let now = as_whole(root, patched, &what).0;
            assert_ne!(now, before, "{what}: no page changed");
            before = now;
        }
        // A report's entries added, removed and naming other items, in inline tables,
        // tables of their own and YAML: the report is applied again.
        let entries: &[(&str, &str, &str)] = &[
            (
                "reports/2026-t1/barnehage-2026-t1.md",
                "status = [\n",
                "status = [\n  { ref = \"innbyggjarportal\", status = \"fullfort\", progress = 100 },\n",
            ),
            (
                "reports/2026-t1/barnehage-2026-t1.md",
                "  { ref = \"t-foreldre-innkjop\", status = \"avbrote\" },\n",
                "",
            ),
            (
                "reports/2026-t1/heimetenester-2026-t1.md",
                "[[checklist]]",
                "[[status]]\nref = \"t-portal-chat\"\nstatus = \"avbrote\"\ndeadline = 2026-08-01\n\n[[checklist]]",
            ),
            (
                "reports/2026-t1/solbakken-barnehage-2026-t1.md",
                "checklist = [\n",
                "checklist = [\n  { ref = \"ik-risikovurdering\", answer = false },\n",
            ),
            (
                "reports/2026-t1/hr-og-utvikling-2026-t1.md",
                "value = 9.8 } ]",
                "value = 9.8 }, { indicator = \"ind-trivsel\", value = 81.5 } ]",
            ),
            (
                "reports/2026-t2/barnehage-2026-t2.md",
                "status:\n",
                "status:\n  - ref: innbyggjarportal\n    status: ikkje-starta\n",
            ),
            (
                "reports/2026-t2/barnehage-2026-t2.md",
                "  - ref: t-oyane-opptak\n    status: fullfort\n    progress: 100\n",
                "",
            ),
        ];
        for &(rel, from, to) in entries {
            let file = root.join("content").join(rel);
            let text = std::fs::read_to_string(&file).unwrap();
            assert!(text.contains(from), "{rel}: no `{from}`");
            std::fs::write(&file, text.replacen(from, to, 1)).unwrap();
            let what = format!("{rel}: {from} → {to}");
            let patched = cache.rebuild(&saved(rel));
            assert!(
                ran(&patched, "resolve saved references"),
                "{what}: not made from the last graph"
            );
            let now = as_whole(root, patched, &what).0;
            assert_ne!(now, before, "{what}: no page changed");
            before = now;
        }
        // Another unit's report, first in file order, for the same period and date as
        // barnehage-2026-t1 and on the same task and checklist item: which of the two is
        // newest is decided by file order, which a report applied again must keep.
        let first = "reports/2026-t1/aaa-ospevik-2026-t1.md";
        let text = "+++\nunit = \"ospevik\"\nperiod = \"2026-T1\"\ndate = 2026-05-12\nstatus = [\n  \
                    { ref = \"t-oyane-opptak\", status = \"ikkje-starta\", progress = 1 },\n]\n\
                    checklist = [\n  { ref = \"ik-leiarsamtale\", answer = false },\n]\n+++\n";
        std::fs::write(root.join("content").join(first), text).unwrap();
        let added = cache.rebuild(&saved(first));
        assert!(ran(&added, "resolve an added report"), "a new report");
        as_whole(root, added, "a new report first in file order");
        let more = text.replace(
            "]\ncheck",
            "  { ref = \"innbyggjarportal\", status = \"i-gang\" },\n]\ncheck",
        );
        std::fs::write(root.join("content").join(first), more).unwrap();
        let patched = cache.rebuild(&saved(first));
        assert!(
            ran(&patched, "resolve saved references"),
            "{first}: not made from the last graph"
        );
        as_whole(root, patched, first);

        let rel = "reports/2026-t1/solbakken-barnehage-2026-t1.md";
        let report = root.join("content").join(rel);
        let text = std::fs::read_to_string(&report).unwrap();
        for (what, to) in [
            (
                "an entry naming nothing",
                "checklist = [\n  { ref = \"ik-ingen\", answer = true },\n",
            ),
            (
                "a person following up",
                "checklist = [\n  { ref = \"ik-vernerunde\", answer = false, measure = \"Ny runde.\", responsible = \"Kari Nordmann\" },\n",
            ),
        ] {
            std::fs::write(&report, text.replacen("checklist = [\n", to, 1)).unwrap();
            let o = cache.rebuild(&saved(rel));
            assert!(resolved_all(&o), "{what}");
            as_whole(root, o, what);
            std::fs::write(&report, &text).unwrap();
            as_whole(root, cache.rebuild(&saved(rel)), what);
        }

        let text = std::fs::read_to_string(&file).unwrap();
        for (what, from, to) in [
            ("an unknown goal", "\"sd-1\", ", "\"sd-99\", "),
            (
                "no goal or strategy",
                "goals = [\"sd-1\", \"sd-5-2\"]\nstrategies = [\"hop-s-omstilling\"]",
                "goals = []\nstrategies = []",
            ),
            (
                "a person responsible",
                "responsible = \"hr-og-utvikling\"",
                "responsible = \"Kari Nordmann\"",
            ),
            (
                "a responsible person changed",
                "responsible = \"Trond Aasen\"",
                "responsible = \"Kari Nordmann\"",
            ),
        ] {
            assert!(text.contains(from), "{what}: no `{from}`");
            std::fs::write(&file, text.replacen(from, to, 1)).unwrap();
            let o = cache.rebuild(&saved(SAVED));
            assert!(resolved_all(&o), "{what}");
            as_whole(root, o, what);
            // As it was, for the next: the site had an error, so it is resolved too.
            std::fs::write(&file, &text).unwrap();
            as_whole(root, cache.rebuild(&saved(SAVED)), what);
        }
    }

    /// A save of a unit's, a letter's, an indicator's, a checklist's or an event's references
    /// (and of its other fields but texts) is made from the last graph and shows what a whole
    /// rebuild shows: the back-links and the lists of the units, goals and letters named, a
    /// checklist's scope and the units' checklists. A unit's too: moved (depths, roll-ups,
    /// scopes, the trace's columns, the order of each period's reports), its reporting
    /// rhythm (the units below it), its level, leader's role and budget. A letter or a unit
    /// made its own parent's parent, an unknown unit, a second top of the organisation, a
    /// leader's name and an indicator's CSV file changed resolve the site.
    #[test]
    fn saved_references_of_other_kinds_show_what_a_whole_rebuild_shows() {
        let (site, _, _, mut cache) = built_sample();
        let root = site.path();
        let mut before = seen(cache.rebuild(&Changes::default())).0;
        let letter = "letters/oppdragsbrev-2026-skule.md";
        let indicator = "indicators/ind-trivsel.md";
        let with_csv = "indicators/ind-mobbing.md";
        let checklist = "checklists/helse-omsorg-kvalitet-2026.md";
        let event = "events/leiarsamling-intern.md";
        let (unit, area) = ("org/oppvekst/vestbygda-skule.md", "org/oppvekst/skule.md");
        let hop = "plans/hop-2026-2029.md";
        // The owner of the priority measure `m-tryggleiksteknologi`, which no file carries out.
        const TRYGG: &str = "owner = \"heimetenester\"\namounts = { 2026 = 750_000";
        let edits: &[(&str, &str, &str)] = &[
            (
                letter,
                "to = [\"ostre-ospevik-skule\", \"vestbygda-skule\"]",
                "to = [\"vestbygda-skule\"]",
            ),
            (letter, "from = \"skule\"", "from = \"oppvekst\""),
            (
                letter,
                "parent = \"oppdragsbrev-2026-oppvekst\"",
                "parent = \"oppdragsbrev-2026\"",
            ),
            (letter, "date = 2026-01-26", "date = 2026-02-02"),
            (letter, "year = 2026", "year = 2027"),
            (
                indicator,
                "units = [\"skule\"]",
                "units = [\"barnehage\", \"skule\"]",
            ),
            (indicator, "goals = [\"sd-1-1\"]", "goals = [\"sd-1\"]"),
            (indicator, "2022 = 86.1", "2022 = 80.1"),
            (indicator, "2026 = 88.0", "2026 = 86.0"),
            (indicator, "direction = \"higher\"", "direction = \"lower\""),
            (indicator, "measure = \"%\"", "measure = \"prosent\""),
            (with_csv, "units = [\"ostre-ospevik-skule\", ", "units = ["),
            (
                checklist,
                "applies_to: [helse-omsorg]",
                "applies_to: [skule, helse-omsorg]",
            ),
            (
                checklist,
                "applies_to: [skule, helse-omsorg]",
                "applies_to: []",
            ),
            (checklist, "year: 2026", "year: 2027"),
            (
                event,
                "units = [\"ospevik\"]",
                "units = [\"skule\", \"okonomi\"]",
            ),
            (event, "date = 2026-11-19", "date = 2026-12-19"),
            // A unit moved with what it owns, then a part of the organisation moved up.
            (unit, "parent = \"skule\"", "parent = \"barnehage\""),
            (area, "parent = \"oppvekst\"", "parent = \"ospevik\""),
            (unit, "level = \"eining\"", "level = \"skule\""),
            (
                unit,
                "role = \"Rektor\"",
                "role = \"Rektor og dagleg leiar\"",
            ),
            (unit, "amount = 22_100_000", "amount = 23_100_000"),
            (unit, "\n+++", "\nreporting = [\"month\", \"year\"]\n+++"),
            (
                "org/helse-omsorg/helse-omsorg.md",
                "reporting = [\"month\", \"tertial\", \"year\"]",
                "reporting = [\"year\"]",
            ),
            // A report for another unit (no title: it is named after the unit), another
            // period (one no report was for) and another date.
            (
                "reports/2026-t1/barnehage-2026-t1.md",
                "unit = \"barnehage\"",
                "unit = \"ospevik\"",
            ),
            // Its values now for another unit (which indicators each has values for).
            (
                "reports/2026-t1/helse-omsorg-2026-t1.md",
                "unit = \"helse-omsorg\"",
                "unit = \"barnehage\"",
            ),
            (
                "reports/2026-t2/barnehage-2026-t2.md",
                "period: 2026-T2",
                "period: 2026-T3",
            ),
            (
                "reports/2026-t2/barnehage-2026-t2.md",
                "date: 2026-09-10",
                "date: 2026-09-01",
            ),
            // A plan: its own fields, a strategy's goals, a priority measure's owner, goals
            // and amounts (its automatic assignment follows), a verbalpunkt's owner (its
            // too), and a goal's main goal.
            (hop, "owner = \"okonomi\"", "owner = \"stab\""),
            (hop, "case = \"PS 98/2025\"", "case = \"PS 98/2025 b\""),
            (hop, "goals = [\"ko-1\", \"ko-2\"]", "goals = [\"ko-1\"]"),
            (
                hop,
                TRYGG,
                "owner = \"institusjon\"\namounts = { 2026 = 750_000",
            ),
            (
                hop,
                "goals = [\"sd-2-1\"]\nstrategies = [\"hop-s-heime\"]\nowner = \"institusjon\"",
                "goals = [\"sd-2\"]\nstrategies = [\"hop-s-heime\"]\nowner = \"institusjon\"",
            ),
            (hop, "2026 = 750_000", "2026 = 850_000"),
            (
                hop,
                "owner = \"samfunnsutvikling\"\nadopted",
                "owner = \"plan-og-byggesak\"\nadopted",
            ),
            (
                "plans/samfunnsdel-2024-2035.md",
                "inkluderande fellesskap\"\nparent = \"sd-1\"",
                "inkluderande fellesskap\"\nparent = \"sd-2\"",
            ),
        ];
        for &(rel, from, to) in edits {
            let file = root.join("content").join(rel);
            let text = std::fs::read_to_string(&file).unwrap();
            assert!(text.contains(from), "{rel}: no `{from}`");
            std::fs::write(&file, text.replacen(from, to, 1)).unwrap();
            let what = format!("{rel}: {from} → {to}");
            let patched = cache.rebuild(&saved(rel));
            assert!(
                ran(&patched, "resolve saved references"),
                "{what}: not made from the last graph"
            );
            let now = as_whole(root, patched, &what).0;
            assert_ne!(now, before, "{what}: no page changed");
            before = now;
        }

        for (what, rel, from, to) in [
            (
                // Below oppvekst's letter, which is below the municipality's.
                "a cycle of letters",
                "letters/oppdragsbrev-2026-oppvekst.md",
                "parent = \"oppdragsbrev-2026\"",
                "parent = \"oppdragsbrev-2026-barnehage\"",
            ),
            ("an unknown unit", event, "\"okonomi\"", "\"okonomi-x\""),
            (
                "a priority measure no longer a priority",
                hop,
                "amounts = { 2026 = 6_500_000, 2027 = 8_000_000 }\npriority = true",
                "amounts = { 2026 = 6_500_000, 2027 = 8_000_000 }\npriority = false",
            ),
            (
                "a priority measure tied to no goal",
                hop,
                "goals = [\"sd-2\"]\nstrategies = [\"hop-s-heime\"]",
                "goals = []\nstrategies = []",
            ),
            (
                "a priority measure without an owner",
                hop,
                "owner = \"institusjon\"",
                "# owner = \"institusjon\"",
            ),
            (
                "a verbalpunkt without an owner",
                hop,
                "owner = \"plan-og-byggesak\"\nadopted",
                "# owner = \"plan-og-byggesak\"\nadopted",
            ),
            (
                "a goal its own main goal",
                "plans/samfunnsdel-2024-2035.md",
                "parent = \"sd-2\"",
                "parent = \"sd-1-2\"",
            ),
            (
                "another kind of plan",
                hop,
                "kind = \"handlings-og-okonomiplan\"",
                "kind = \"kommunedelplan\"",
            ),
            (
                "a second report for a unit and period",
                "reports/2026-t1/skule-2026-t1.md",
                "unit = \"skule\"",
                "unit = \"oppvekst\"",
            ),
            // Below the school area; each in its line, so the other fields stay where they
            // were.
            (
                "a cycle of units",
                area,
                "parent = \"ospevik\"",
                "parent = \"ostre-ospevik-skule\"",
            ),
            (
                "a second top of the organisation",
                area,
                "parent = \"ospevik\"",
                "# parent = \"ospevik\"",
            ),
            (
                "a leader's name",
                unit,
                "name = \"Liv Instanes\"",
                "name = \"Liv Instanes Berg\"",
            ),
            (
                "a CSV file changed",
                "indicators/mobbing.csv",
                "2022,",
                "2021,",
            ),
        ] {
            let file = root.join("content").join(rel);
            let text = std::fs::read_to_string(&file).unwrap();
            assert!(text.contains(from), "{what}: no `{from}`");
            std::fs::write(&file, text.replacen(from, to, 1)).unwrap();
            let o = cache.rebuild(&saved(rel));
            assert!(resolved_all(&o), "{what}");
            let problems = as_whole(root, o, what).1;
            let reported = match what {
                "a cycle of letters" | "a cycle of units" | "a goal its own main goal" => {
                    Some("its own")
                }
                "an unknown unit" => Some("okonomi-x"),
                "a second top of the organisation" => Some("already the top"),
                "a second report for a unit and period" => Some("a second report"),
                "a priority measure tied to no goal" => Some("is not tied to any goal"),
                "a priority measure without an owner" | "a verbalpunkt without an owner" => {
                    Some("has no `owner`")
                }
                _ => None,
            };
            if let Some(r) = reported {
                assert!(
                    problems.iter().any(|p| p.contains(r)),
                    "{what}: `{r}` not reported: {problems:?}"
                );
            }
            std::fs::write(&file, &text).unwrap();
            as_whole(root, cache.rebuild(&saved(rel)), what);
        }

        // A public report for a month: the open tree now has reports for months.
        let report = "reports/2026-t2/hr-og-utvikling-2026-t2.md";
        let file = root.join("content").join(report);
        let text = std::fs::read_to_string(&file).unwrap();
        let public = text.replacen("date = ", "visibility = \"public\"\ndate = ", 1);
        std::fs::write(&file, &public).unwrap();
        assert!(resolved_all(&cache.rebuild(&saved(report))));
        let monthly = public.replacen("period = \"2026-T2\"", "period = \"2026-10\"", 1);
        assert_ne!(monthly, public);
        std::fs::write(&file, monthly).unwrap();
        let o = cache.rebuild(&saved(report));
        assert!(ran(&o, "resolve saved references"), "a report's period");
        as_whole(root, o, "a report's period");
        std::fs::write(&file, &text).unwrap();
        cache.rebuild(&saved(report));

        // A public report given an internal unit is made internal, with a warning.
        let unit = "org/stab/okonomi.md";
        for (rel, from, to) in [
            (
                unit,
                "parent = \"stab\"",
                "parent = \"stab\"\nvisibility = \"internal\"",
            ),
            (
                report,
                "period = \"2026-T2\"",
                "period = \"2026-T2\"\nvisibility = \"public\"",
            ),
            (report, "unit = \"hr-og-utvikling\"", "unit = \"okonomi\""),
        ] {
            let file = root.join("content").join(rel);
            let text = std::fs::read_to_string(&file).unwrap();
            assert!(text.contains(from), "{rel}: no `{from}`");
            std::fs::write(&file, text.replacen(from, to, 1)).unwrap();
            let o = cache.rebuild(&saved(rel));
            assert!(resolved_all(&o), "{rel}: {to}");
            as_whole(root, o, to);
        }
        assert!(
            seen(cache.rebuild(&Changes::default()))
                .1
                .iter()
                .any(|p| p.contains("this report is public, but its unit `okonomi` is internal")),
            "no warning"
        );
    }

    /// A person's name saved into a unit's public text, put into the last graph: the open
    /// tree withholds it and the editor is warned, as after a whole rebuild. A unit retitled
    /// to a person's name (the names looked for leave out public titles) resolves the site.
    #[test]
    fn a_name_saved_into_a_unit_is_withheld_from_the_open_tree() {
        let (site, _, _, mut cache) = built_sample();
        let root = site.path();
        let rel = "org/oppvekst/vestbygda-skule.md";
        let file = root.join("content").join(rel);
        let text = std::fs::read_to_string(&file).unwrap();
        let named = text.replacen(
            "level = \"eining\"",
            "level = \"eining, leia av Trond Aasen\"",
            1,
        );
        assert_ne!(named, text);
        std::fs::write(&file, &named).unwrap();
        let o = cache.rebuild(&saved(rel));
        assert!(
            ran(&o, "resolve saved references"),
            "not made from the last graph"
        );
        // The open page as the tree writes it: through the guard of the new graph's names.
        let Some(Rebuilt {
            graph, renderer, ..
        }) = &o.result
        else {
            panic!("no site")
        };
        let page = renderer
            .pages(graph, Audience::Open)
            .into_iter()
            .find(|p| p.path.ends_with("einingar/vestbygda-skule.html"))
            .expect("the unit's open page");
        let html = renderer
            .try_render(graph, Audience::Open, &page)
            .unwrap()
            .html;
        let guard = renderer
            .guard(graph, Audience::Open)
            .expect("names are withheld");
        let open = String::from_utf8(guard.apply(html.as_bytes()).into_owned()).unwrap();
        assert!(
            open.contains("eining, leia av (namn ikkje publisert)"),
            "{open}"
        );
        assert!(!open.contains("Aasen"));
        let problems = as_whole(root, o, "a name in a unit's level").1;
        assert!(
            problems
                .iter()
                .any(|p| p.contains(rel) && p.contains("names the person `Trond Aasen`")),
            "{problems:?}"
        );

        let titled = named.replacen("title = \"Vestbygda skule\"", "title = \"Trond Aasen\"", 1);
        assert_ne!(titled, named);
        std::fs::write(&file, titled).unwrap();
        let o = cache.rebuild(&saved(rel));
        assert!(resolved_all(&o), "a unit titled with a person's name");
        as_whole(root, o, "a unit titled with a person's name");
    }

    /// A report file added (a leader's new monthly report) is put into the last graph, every
    /// id after its place in file order moved, and shows exactly what a rebuild of the whole
    /// site shows: in the middle of the reports, after every other file (only the automatic
    /// assignments after it), first of all files of its folder, and first of every file
    /// (a report may be written anywhere: every item moves); with entries of every
    /// kind and no title of its own, or public with one. A link to it that led nowhere is
    /// mended. What a whole resolve would say more of it resolves the site.
    #[test]
    fn an_added_report_shows_what_a_whole_rebuild_shows() {
        let (site, file, text, mut cache) = built_sample();
        let root = site.path();
        // A body that links to a report not written yet.
        std::fs::write(
            &file,
            text.replace(
                "Portalen blir lansert",
                "Sjå [rapporten](../../reports/2026-manad/barnehage-2026-10.md). Portalen blir lansert",
            ),
        )
        .unwrap();
        let o = cache.rebuild(&saved(SAVED));
        assert!(!resolved_all(&o));
        let problems = as_whole(root, o, "a link to a report not written")
            .1
            .join("\n");
        assert!(problems.contains("leads nowhere"), "{problems}");

        let added = [
            (
                "reports/2026-manad/barnehage-2026-10.md",
                "+++\nunit = \"barnehage\"\nperiod = \"2026-10\"\ndate = 2026-11-04\n\
                 economy = { budget = 1_000_000, spent = 800_000, forecast = 1_100_000 }\n\
                 status = [\n  { ref = \"sprakloft\", status = \"i-gang\", progress = 60, comment = \"Godt i gang.\" },\n  \
                 { ref = \"t-oyane-opptak\", status = \"fullfort\", progress = 100 },\n]\n\
                 checklist = [\n  { ref = \"ik-leiarsamtale\", answer = false, comment = \"Éin att.\" },\n  \
                 { ref = \"ik-vernerunde\", answer = \"n/a\" },\n]\n\
                 values = [ { indicator = \"ind-trivsel\", value = 91.5 } ]\n+++\n\nOktober.\n",
            ),
            (
                "reports/2026-t2/zz-vestbygda-skule-2026-t2.md",
                "+++\ntitle = \"Vestbygda skule, andre tertial\"\nunit = \"vestbygda-skule\"\n\
                 period = \"2026-T2\"\ndate = 2026-09-20\nvisibility = \"public\"\n+++\n",
            ),
            // First of every file: every item of the site moves.
            (
                "aa/barnehage-2026-11.md",
                "+++\ntype = \"report\"\nunit = \"barnehage\"\nperiod = \"2026-11\"\n\
                 status = [ { ref = \"sprakloft\", progress = 70 } ]\n+++\n\nNovember.\n",
            ),
            (
                "reports/2025/aa-stab-2025.md",
                "+++\nunit = \"stab\"\nperiod = \"2025\"\ndate = 2026-02-01\n\
                 goals = [ { ref = \"ko-2\", achievement = \"partly\" } ]\n+++\n",
            ),
        ];
        for (n, (rel, text)) in added.iter().enumerate() {
            let path = root.join("content").join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
            let o = cache.rebuild(&saved(rel));
            assert!(ran(&o, "resolve an added report"), "{rel}: not put in");
            let problems = as_whole(root, o, rel).1.join("\n");
            if n == 0 {
                assert!(!problems.contains("leads nowhere"), "{problems}");
            }
        }

        // An added report whose id puts its page where the list of reports is: the address
        // check of its pages finds it, as a whole rebuild's check of every page does.
        let index = "reports/2026-manad/index.md";
        std::fs::write(
            root.join("content").join(index),
            "+++\nunit = \"barnehage\"\nperiod = \"2026-05\"\n+++\n",
        )
        .unwrap();
        let o = cache.rebuild(&saved(index));
        assert!(ran(&o, "resolve an added report"), "{index}: not put in");
        let problems = as_whole(root, o, index).1.join("\n");
        assert!(
            problems.contains("puts a page of this report"),
            "{problems}"
        );
        std::fs::remove_file(root.join("content").join(index)).unwrap();
        as_whole(
            root,
            cache.rebuild(&saved(index)),
            "the report at the index removed",
        );

        // A second report for a unit and period, a unit that is not there, a public title
        // that is a person's name (no longer looked for), an internal id that a free-text
        // `source` is nearly, an item of another kind: the site is resolved, and shows what a
        // whole rebuild shows.
        let resolved = [
            (
                "reports/2026-manad/ps-33-2026.md",
                "+++\nunit = \"stab\"\nperiod = \"2026-07\"\n+++\n",
                "nearly the id",
            ),
            (
                "reports/2026-manad/barnehage-2026-08.md",
                "+++\ntitle = \"Trond Aasen\"\nunit = \"barnehage\"\nperiod = \"2026-08\"\n\
                 visibility = \"public\"\n+++\n",
                "",
            ),
            (
                "reports/2026-manad/barnehage-2026-10-b.md",
                "+++\nunit = \"barnehage\"\nperiod = \"2026-10\"\n+++\n",
                "a second report",
            ),
            (
                "reports/2026-manad/ingen-2026-10.md",
                "+++\nunit = \"ingen\"\nperiod = \"2026-10\"\n+++\n",
                "`ingen`",
            ),
            (
                "assignments/stab/nytt.md",
                "+++\ntitle = \"Nytt\"\nowner = \"stab\"\ngoals = [\"ko-2\"]\n+++\n",
                "",
            ),
        ];
        for (rel, text, problem) in resolved {
            let problems = resolved_problems(&mut cache, root, rel, text, rel);
            assert!(problems.contains(problem), "{rel}: {problems}");
            std::fs::remove_file(root.join("content").join(rel)).unwrap();
            let o = cache.rebuild(&saved(rel));
            assert!(resolved_all(&o), "{rel} removed: not resolved");
            as_whole(root, o, &format!("{rel} removed"));
        }

        // A public report on a unit made internal: the report is made internal too, with a
        // warning, which a whole resolve gives; so it resolves the site.
        let unit = "org/oppvekst/vestbygda-skule.md";
        let was = std::fs::read_to_string(root.join("content").join(unit)).unwrap();
        let internal = was.replacen(
            "title = \"Vestbygda skule\"",
            "title = \"Vestbygda skule\"\nvisibility = \"internal\"",
            1,
        );
        resolved_problems(&mut cache, root, unit, &internal, "the unit made internal");
        let rel = "reports/2026-manad/vestbygda-skule-2026-10.md";
        let problems = resolved_problems(
            &mut cache,
            root,
            rel,
            "+++\nunit = \"vestbygda-skule\"\nperiod = \"2026-10\"\nvisibility = \"public\"\n+++\n",
            "a public report on an internal unit",
        );
        assert!(
            problems.contains("`vestbygda-skule` is internal"),
            "{problems}"
        );
    }

    /// A change to the front matter, or to anything but content files, resolves the site.
    #[test]
    fn other_changes_resolve_the_whole_site() {
        let (site, file, text, mut cache) = built_sample();
        let (root, rel) = (site.path(), SAVED);
        // Titles that are given a default, or move what follows them.
        let title = text.lines().nth(1).unwrap();
        assert!(title.starts_with("title = "), "{title}");
        for (what, edit) in [
            ("an emptied title", "title = \"\""),
            ("a title over two lines", "title = \"\"\"\nTo\nlinjer\"\"\""),
        ] {
            std::fs::write(&file, text.replace(title, edit)).unwrap();
            assert!(resolved_all(&cache.rebuild(&saved(rel))), "{what}");
        }
        // A status value given or left out: the warnings read whether there is a deadline.
        std::fs::write(&file, text.replacen("deadline = 2026-11-01\n", "", 1)).unwrap();
        assert!(
            resolved_all(&cache.rebuild(&saved(rel))),
            "a deadline left out"
        );
        let text = text.replace(MEASURE, "source = \"Sak 2026/14\"");
        std::fs::write(&file, &text).unwrap();
        assert!(resolved_all(&cache.rebuild(&saved(rel))), "a field changed");
        // A body saved together with a file in `static/` (which the watcher reports as a
        // theme change): the static file may name a person or clash with a page.
        std::fs::write(&file, format!("{text}\nMeir tekst.\n")).unwrap();
        std::fs::create_dir_all(root.join("static")).unwrap();
        std::fs::write(root.join("static/x.txt"), "x").unwrap();
        let mut with_static = saved(rel);
        with_static.theme = true;
        assert!(
            resolved_all(&cache.rebuild(&with_static)),
            "a body and a static file"
        );
        // The same body saved alone is made from the last graph.
        std::fs::write(&file, format!("{text}\nMeir tekst, igjen.\n")).unwrap();
        assert!(!resolved_all(&cache.rebuild(&saved(rel))), "a body alone");
        std::fs::write(root.join("content/assignments/stab/vedlegg.txt"), "x").unwrap();
        assert!(
            resolved_all(&cache.rebuild(&saved("assignments/stab/vedlegg.txt"))),
            "a file beside content"
        );
        std::fs::write(root.join("content/assignments/stab/ny.md"), &text).unwrap();
        assert!(
            resolved_all(&cache.rebuild(&saved("assignments/stab/ny.md"))),
            "a new file"
        );
        // The saved file swapped for a symbolic link to a file with the same text: not
        // followed, reported, and the whole site resolved (never the last graph's item).
        #[cfg(unix)]
        {
            std::fs::remove_file(&file).unwrap();
            std::os::unix::fs::symlink(root.join("content/assignments/stab/ny.md"), &file).unwrap();
            let o = cache.rebuild(&saved(rel));
            assert!(resolved_all(&o), "a symbolic link in the file's place");
            let problems: Vec<String> = o.diags.sorted().iter().map(|d| d.to_string()).collect();
            assert!(
                problems
                    .iter()
                    .any(|p| p.contains(rel) && p.contains("link")),
                "{problems:?}"
            );
        }
    }

    /// The raw items copied in the background between saves ([`Spare`]) give resolve what a
    /// fresh copy gives: after a front-matter change, a new file, a deleted one and a
    /// renamed one, every page of both trees and every problem are those of a whole rebuild,
    /// and the copies of files the saves did not touch are the ones used.
    #[test]
    fn the_spare_copy_gives_what_a_whole_rebuild_gives() {
        let (site, file, text, mut cache) = built_sample();
        let root = site.path();
        let stab = root.join("content/assignments/stab");
        // An assignment nothing links to, so that renaming it leaves the site without errors.
        let other_rel = "assignments/stab/budsjett-2027.md".to_string();
        let other = root.join("content").join(&other_rel);
        // What each step is, and what it does to the site (the paths a watcher reports).
        type Step<'a> = (&'static str, Box<dyn Fn() -> Vec<String> + 'a>);
        let steps: Vec<Step> = vec![
            (
                "a field changed",
                Box::new(|| {
                    std::fs::write(&file, text.replace(MEASURE, "source = \"Sak 2026/14\""))
                        .unwrap();
                    vec![SAVED.to_string()]
                }),
            ),
            (
                "a new file",
                Box::new(|| {
                    let copy = std::fs::read_to_string(&other).unwrap();
                    std::fs::write(
                        stab.join("ny-kopi.md"),
                        copy.replace("progress = 70", "progress = 10"),
                    )
                    .unwrap();
                    vec!["assignments/stab/ny-kopi.md".to_string()]
                }),
            ),
            (
                "a file deleted",
                Box::new(|| {
                    std::fs::remove_file(stab.join("ny-kopi.md")).unwrap();
                    vec!["assignments/stab/ny-kopi.md".to_string()]
                }),
            ),
            (
                "a file renamed",
                Box::new(|| {
                    std::fs::rename(&other, stab.join("budsjett-2027-ny.md")).unwrap();
                    vec![
                        other_rel.clone(),
                        "assignments/stab/budsjett-2027-ny.md".to_string(),
                    ]
                }),
            ),
        ];
        // The saved file swapped for a symbolic link to another file: not followed, and its
        // spare copy (of the file that was there) never given to resolve.
        #[cfg(unix)]
        let steps = {
            let mut steps = steps;
            steps.push((
                "the file swapped for a symbolic link",
                Box::new(|| {
                    std::fs::remove_file(&file).unwrap();
                    std::os::unix::fs::symlink(stab.join("budsjett-2027-ny.md"), &file).unwrap();
                    vec![SAVED.to_string()]
                }),
            ));
            steps
        };
        for (what, step) in steps {
            cache.prepare();
            let copying = cache.spare.as_ref().is_some();
            assert!(copying, "{what}: no spare copy was being made");
            let changes = Changes {
                content: step(),
                ..Changes::default()
            };
            let files_before = cache.files.as_ref().unwrap().len();
            let o = cache.rebuild(&changes);
            assert!(resolved_all(&o), "{what}: not resolved");
            assert!(cache.spare.is_none(), "{what}: the spare copy was not used");
            let whole = Cache::new(root).rebuild(&everything());
            let (o, whole) = (seen(o), seen(whole));
            // A site with errors has no pages to compare; the link leaves one (the saved
            // assignment is gone, and what names it names nothing).
            if !what.contains("symbolic link") {
                assert!(
                    !whole.0.is_empty(),
                    "{what}: errors, no pages to compare: {:?}",
                    whole.1
                );
            }
            assert_eq!(o.1, whole.1, "{what}: the problems differ");
            assert_eq!(
                o.0.len(),
                whole.0.len(),
                "{what}: the pages differ ({files_before} files before)"
            );
            for (a, b) in o.0.iter().zip(&whole.0) {
                assert!(a == b, "{what}: {} differs from a whole rebuild", a.0);
            }
        }
    }

    /// The spare copy of a file the save did not touch is used; the saved file's is not.
    #[test]
    fn the_spare_copy_of_an_untouched_file_is_used() {
        let (_site, file, text, mut cache) = built_sample();
        cache.prepare();
        let spare = cache.spare.take().unwrap().join().unwrap();
        let files = cache.files.as_ref().unwrap();
        let fresh: Vec<RawItem> = files
            .values()
            .filter_map(|e| match e {
                Entry::Md(Some(p)) => p.item.clone(),
                _ => None,
            })
            .collect();
        let copied: Vec<*const str> = spare
            .0
            .iter()
            .map(|(_, _, i)| i.id.value.as_str() as *const str)
            .collect();
        let items = spare.items(files);
        assert_eq!(items, fresh, "the same items in the same order");
        // The items resolve gets are the spare's own copies, not copies made again.
        let given: Vec<*const str> = items
            .iter()
            .map(|i| i.id.value.as_str() as *const str)
            .collect();
        assert_eq!(given, copied);

        // After a save, the saved file's item comes from its new parse.
        std::fs::write(&file, text.replace("progress = 80", "progress = 90")).unwrap();
        cache.prepare();
        let spare = cache.spare.take().unwrap().join().unwrap();
        let mut files = cache.files.take().unwrap();
        update(
            cache.root.as_path(),
            &mut files,
            &[SAVED.to_string()],
            &mut Diagnostics::new(),
        );
        let (files, parsed) = parse(&cache.root, files);
        assert_eq!(parsed, 1);
        let items = spare.items(&files);
        let saved = items.iter().find(|i| i.file.ends_with(SAVED)).unwrap();
        assert!(
            format!("{:?}", saved.data).contains("90"),
            "{:?}",
            saved.data
        );
    }

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
