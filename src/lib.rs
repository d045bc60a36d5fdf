//! raudtrad: a municipality's plans, assignments and status reports, from Markdown to a
//! static website for employees (the internal tree) and citizens (the open tree).
//!
//! The pipeline, one module per stage, data flowing one way:
//! [`load`] (files → raw items) → [`resolve`] (ids → one linked graph) → [`render`] (a tree
//! per audience: templates, pages in parallel) → [`write`] (atomically). [`links`] checks a
//! built tree. docs/architecture.md draws it and says what each module may import.
//! [`commonmark`] is how every stage reads Markdown, so that they agree about its links.

pub mod alloc;
pub mod commonmark;
pub mod config;
pub mod controls;
pub mod diag;
pub mod fold;
pub mod forge_report;
pub mod labels;
pub mod links;
pub mod load;
pub mod model;
pub mod render;
pub mod resolve;
pub mod search;
pub mod serve;
pub mod span;
pub mod stages;
pub mod trace_report;
pub mod vocab;
pub mod write;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use rayon::prelude::*;
use thiserror::Error;

use diag::Diagnostics;
use model::Graph;
use model::vocab::Kind;
use render::tree::{Entry, File, Lists, Published, Tree, Unread};
use render::{Page, Renderer};
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
    /// Time per stage and the passes of resolve, for `--verbose` and benchmarks.
    pub stages: Vec<stages::Stage>,
    /// Where render-and-write time went, by template (both trees), costliest first: what
    /// `--verbose` prints, so that a slow page kind shows without a profiler.
    pub costs: Vec<PageCost>,
}

/// The pages of one template and what they cost, summed over the threads that made them.
#[derive(Debug, Clone, Default)]
pub struct PageCost {
    pub template: &'static str,
    pub pages: usize,
    pub bytes: usize,
    /// Building the context and running the template.
    pub render: Duration,
    /// The person-name guard of the open tree.
    pub guard: Duration,
    pub write: Duration,
}

impl PageCost {
    fn add(&mut self, other: &PageCost) {
        self.pages += other.pages;
        self.bytes += other.bytes;
        self.render += other.render;
        self.guard += other.guard;
        self.write += other.write;
    }
}

/// Load and resolve: the whole site as one graph, with every problem in `diags`.
pub fn read_site(root: &Path, diags: &mut Diagnostics) -> Graph {
    resolve_loaded(load::load(root, diags), diags)
}

/// Resolve what was loaded, judged by the site's `today` or else the real date.
pub fn resolve_loaded(loaded: load::Loaded, diags: &mut Diagnostics) -> Graph {
    let today = today(&loaded.config);
    resolve::resolve(loaded, today, diags)
}

/// The day a site is judged by (overdue, the current period): its `today`, or else the date.
pub fn today(config: &config::SiteConfig) -> chrono::NaiveDate {
    config
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// Everything `check` does: read the site and compile the theme, writing nothing.
pub fn check(root: &Path, diags: &mut Diagnostics) -> Option<(Graph, Renderer)> {
    let graph = read_site(root, diags);
    let renderer = Renderer::new(&graph, diags)?;
    render::tree::check_addresses(&graph, &Lists::new(&graph, &renderer), diags);
    render::published::check(&graph, &renderer.statics, &mut Default::default(), diags);
    (!diags.has_errors()).then_some((graph, renderer))
}

/// Builds the site at `root` into `out` (`out/internal/` and `out/open/`).
pub fn build(root: &Path, out: &Path, diags: &mut Diagnostics) -> Result<Summary, BuildError> {
    let start = Instant::now();
    let mut stages = stages::Stages::new();
    let loaded = load::load(root, diags);
    stages.done("load");
    let lap = Instant::now();
    let today = today(&loaded.config);
    let (graph, passes) = resolve::resolve_with_passes(loaded, today, diags);
    stages.add("resolve", lap.elapsed(), passes);
    let renderer = Renderer::new(&graph, diags).ok_or(BuildError::Invalid)?;
    let lists = Lists::new(&graph, &renderer);
    render::tree::check_addresses(&graph, &lists, diags);
    render::published::check(&graph, &renderer.statics, &mut Default::default(), diags);
    if diags.has_errors() {
        return Err(BuildError::Invalid);
    }
    stages.done("compile templates");
    let staging = Staging::begin(out, root, &load::inputs(root))?;
    let trees = lists.into_trees(&graph, &renderer, search::build);
    let (pages, mut files, costs) = write_trees(&graph, &renderer, &trees, &staging)?;
    stages.done("render and write");
    for (n, tree) in write_search(&graph, &renderer, &trees, &staging)?
        .into_iter()
        .zip(&trees)
    {
        files[tree.audience as usize] += n;
    }
    stages.done("search index");
    staging.commit()?;
    stages.done("swap in");
    Ok(Summary {
        items: count_items(&graph),
        pages,
        files,
        elapsed: start.elapsed(),
        stages: stages.into_list(),
        costs,
    })
}

/// Writes each tree's search index (the two trees in parallel); returns the files per tree.
pub fn write_search(
    graph: &Graph,
    renderer: &Renderer,
    trees: &[Tree],
    staging: &Staging,
) -> Result<[usize; 2], BuildError> {
    let counts: Vec<usize> = trees
        .par_iter()
        .map(|tree| {
            let mut count = 0;
            for (path, bytes) in tree.generated(graph, renderer) {
                let file = File::Generated(bytes);
                count += write_file(graph, renderer, tree, staging, path, file)?;
            }
            Ok(count)
        })
        .collect::<Result<_, BuildError>>()?;
    Ok([counts[0], counts[1]])
}

/// Writes a file of the tree, where it is what the tree has at `path`; how many files that
/// was (0 or 1). A file that cannot be read stops the build.
fn write_file(
    graph: &Graph,
    renderer: &Renderer,
    tree: &Tree,
    staging: &Staging,
    path: &str,
    file: File<'_>,
) -> Result<usize, BuildError> {
    if !tree.wins(graph, renderer, path, Entry::File(file)) {
        return Ok(0);
    }
    let target = format!("{}/{path}", tree.audience.dir());
    match tree.publish_file(graph, file) {
        Ok(Published::Bytes(bytes)) => staging.write(&target, &bytes)?,
        Ok(Published::File(from)) => staging.copy(&target, from)?,
        Err(Unread { path, error }) => {
            let message = format!("{}: cannot read: {error}", path.display());
            return Err(BuildError::Render(message));
        }
    }
    Ok(1)
}

pub fn count_items(graph: &Graph) -> BTreeMap<Kind, usize> {
    let mut items = BTreeMap::new();
    for item in &graph.items {
        *items.entry(item.kind).or_insert(0) += 1;
    }
    items
}

/// Pages and files written per tree, and what the pages cost by template.
pub type Written = ([usize; 2], [usize; 2], Vec<PageCost>);

/// Renders and writes both trees into the staging folder, but their search index: pages in
/// parallel, each written as it is made, then the static files and the files beside content.
pub fn write_trees(
    graph: &Graph,
    renderer: &Renderer,
    trees: &[Tree],
    staging: &Staging,
) -> Result<Written, BuildError> {
    let mut pages = [0; 2];
    let mut files = [0; 2];
    let mut costs: BTreeMap<&'static str, PageCost> = BTreeMap::new();
    for tree in trees {
        let audience = tree.audience;
        let dir = audience.dir();
        let list = tree.pages();
        let one = |page: &Page| -> Result<(Vec<String>, PageCost, usize), BuildError> {
            let t0 = Instant::now();
            let r = renderer
                .render(graph, audience, page)
                .map_err(BuildError::Render)?;
            let t1 = Instant::now();
            let mut cost = PageCost {
                template: page.cost_name(graph),
                pages: 1,
                render: t1 - t0,
                ..PageCost::default()
            };
            // A page another source has taken the path of is not written; its links
            // still count.
            if !tree.wins(graph, renderer, &page.path, Entry::Page(page)) {
                return Ok((r.assets, cost, 0));
            }
            let bytes = tree.publish_text(r.html.as_bytes());
            let t2 = Instant::now();
            staging.write(&format!("{dir}/{}", page.path), &bytes)?;
            cost.bytes = bytes.len();
            cost.guard = t2 - t1;
            cost.write = t2.elapsed();
            Ok((r.assets, cost, 1))
        };
        // The pages that list the whole site one after the other, beside the rest in
        // parallel: two of them at once set the build's peak memory.
        let (big, small): (Vec<&Page>, Vec<&Page>) =
            list.iter().partition(|p| p.lists_the_site(graph));
        let (big, small) = rayon::join(
            || big.into_iter().map(one).collect::<Result<Vec<_>, _>>(),
            || {
                small
                    .into_par_iter()
                    .map(one)
                    .collect::<Result<Vec<_>, _>>()
            },
        );
        let done: Vec<(Vec<String>, PageCost, usize)> = big?.into_iter().chain(small?).collect();
        let mut used = Vec::with_capacity(done.len());
        let mut count = 0;
        for (assets, cost, written) in done {
            costs.entry(cost.template).or_default().add(&cost);
            used.push(assets);
            count += written;
        }
        // Pages are what a reader opens; the feed, the sitemap, robots.txt, calendars and data
        // files are files.
        pages[audience as usize] = list.iter().filter(|p| p.is_html()).count();
        // Before any file is written: which files beside content the tree has decides which
        // static file wins a path under their folder.
        let linked: Vec<String> = used.into_iter().flatten().collect();
        tree.set_linked(graph, &linked);
        for (path, file) in tree.statics() {
            count += write_file(graph, renderer, tree, staging, path, file)?;
        }
        for (path, file) in tree.attachments(graph, renderer) {
            let file = File::Attachment(file);
            count += write_file(graph, renderer, tree, staging, path, file)?;
        }
        files[audience as usize] = count;
    }
    let mut costs: Vec<PageCost> = costs
        .into_iter()
        .map(|(template, c)| PageCost { template, ..c })
        .collect();
    costs.sort_by_key(|c| std::cmp::Reverse(c.render + c.guard + c.write));
    Ok((pages, files, costs))
}
