//! One tree of the site (internal or open) as what is at each path: a page to render, a
//! static file, a file beside content, or a file made in memory (the search index). `build`
//! writes every entry; `serve` looks a requested path up and answers with that one entry.
//! Both make an entry's bytes through the one publish step ([`Tree::publish_text`] for what
//! raudtrad made, [`Tree::publish_file`] for a file, [`Tree::publish_page`] for a page
//! rendered), which applies the open tree's guard against person names, so a served file is
//! the built file.
//!
//! Which entry a path is, when two sources claim it, is decided here and nowhere else
//! ([`Tree::find`]): a file made in memory over a file beside content over a static file over
//! a page — the order `build` has always written them in, the later over the earlier. Two
//! pages at one path are an error at the item whose id made the clash ([`check_addresses`]).
//!
//! Two parts of a tree are known only later, and are made the first time they are needed:
//! the open tree's files beside content (those its pages link to, which rendering finds;
//! `build` hands over what its rendering found, [`Tree::set_linked`]) and the search index
//! (render does not import search: the caller passes the function that makes it).

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use rayon::prelude::*;

use super::guard::Guard;
use super::theme::StaticSource;
use super::view::Ctx;
use super::{Page, Renderer, pages, urls};
use crate::diag::Diagnostics;
use crate::load::confine;
use crate::model::Graph;
use crate::model::vocab::Audience;

/// A file made in memory for a tree: its path from the tree's root and its text.
pub struct Generated {
    pub path: String,
    pub content: String,
}

/// Makes the files a tree holds in memory (search's index, as the tree's view sees it).
pub type MakeFiles = fn(&Ctx) -> Vec<Generated>;

/// What is at a path of a tree.
#[derive(Clone, Copy, Debug)]
pub enum Entry<'t> {
    Page(&'t Page),
    File(File<'t>),
}

/// A file of a tree that is not rendered.
#[derive(Clone, Copy, Debug)]
pub enum File<'t> {
    /// The built-in theme's, the site's theme's or the site's own `static/` file.
    Static(&'t StaticSource),
    /// A file beside content.
    Attachment(&'t Path),
    /// A file made in memory (the search index), already free of control characters.
    Generated(&'t [u8]),
}

/// A file's bytes as the tree publishes them.
pub enum Published<'a> {
    Bytes(Cow<'a, [u8]>),
    /// The file on disk as it is, nothing in it to withhold: to copy, or to send as it is
    /// read ([`Tree::open`]).
    File(&'a Path),
}

/// A file that could not be read, or that a symbolic link has taken the place of since the
/// listing.
#[derive(Debug)]
pub struct Unread {
    pub path: PathBuf,
    pub error: std::io::Error,
}

pub struct Tree {
    pub audience: Audience,
    pages: Vec<Page>,
    /// Path → index in `pages`.
    page_at: HashMap<String, usize>,
    statics: BTreeMap<String, StaticSource>,
    /// Where files beside content live (`filer/`), so that a path elsewhere does not make
    /// the open tree's list of them.
    attachments_under: String,
    /// Path → file beside content (see the module's notes).
    attachments: OnceLock<BTreeMap<String, PathBuf>>,
    /// Where the search index lives, and the extension of its files.
    generated_under: (String, &'static str),
    make_files: MakeFiles,
    /// Path → bytes, made the first time one is asked for.
    generated: OnceLock<BTreeMap<String, Vec<u8>>>,
    /// The open tree's guard against person names; `None` where the tree may show names.
    guard: Option<Guard>,
}

impl Tree {
    /// The tree `audience` sees, of its `pages` (listed by [`Lists`] or
    /// [`Renderer::pages`]) and its static files, O(pages + files).
    pub fn new(
        g: &Graph,
        r: &Renderer,
        audience: Audience,
        pages: Vec<Page>,
        make_files: MakeFiles,
    ) -> Tree {
        let page_at = pages
            .iter()
            .enumerate()
            .map(|(i, p)| (p.path.clone(), i))
            .collect();
        let ext = audience.index_format().ext();
        let entry = urls::search_entry(ext);
        let index_dir = entry.rsplit_once('/').map_or("", |(dir, _)| dir);
        Tree {
            audience,
            pages,
            page_at,
            statics: r.statics.iter().cloned().collect(),
            attachments_under: urls::asset_path(g.config.language, ""),
            attachments: OnceLock::new(),
            generated_under: (format!("{index_dir}/"), ext),
            make_files,
            generated: OnceLock::new(),
            guard: r.guard(g, audience),
        }
    }

    /// What is at `rel`: the one rule of which source wins a path (see the module's notes).
    pub fn find(&self, g: &Graph, r: &Renderer, rel: &str) -> Option<Entry<'_>> {
        if self.may_be_generated(rel)
            && let Some(bytes) = self.generated(g, r).get(rel)
        {
            return Some(Entry::File(File::Generated(bytes)));
        }
        if rel.starts_with(&self.attachments_under)
            && let Some(path) = self.attachments(g, r).get(rel)
        {
            return Some(Entry::File(File::Attachment(path)));
        }
        if let Some(source) = self.statics.get(rel) {
            return Some(Entry::File(File::Static(source)));
        }
        self.page(rel).map(Entry::Page)
    }

    /// Whether `entry` is what the tree has at `rel` (a page or file another source has
    /// taken the path of is not published).
    pub fn wins(&self, g: &Graph, r: &Renderer, rel: &str, entry: Entry<'_>) -> bool {
        use File::*;
        match (self.find(g, r, rel), entry) {
            (Some(Entry::Page(a)), Entry::Page(b)) => std::ptr::eq(a, b),
            (Some(Entry::File(Static(a))), Entry::File(Static(b))) => std::ptr::eq(a, b),
            (Some(Entry::File(Attachment(a))), Entry::File(Attachment(b))) => a == b,
            (Some(Entry::File(Generated(a))), Entry::File(Generated(b))) => std::ptr::eq(a, b),
            _ => false,
        }
    }

    /// Only a path of the index makes the index: making it takes a while on a large site,
    /// and a page `serve` is asked for after a save must not wait for it.
    fn may_be_generated(&self, rel: &str) -> bool {
        let (dir, ext) = &self.generated_under;
        rel.starts_with(dir.as_str()) && rel.rsplit_once('.').is_some_and(|(_, e)| e == *ext)
    }

    /// Every page listed, in order (a page another source has taken the path of included:
    /// its links still count).
    pub fn pages(&self) -> &[Page] {
        &self.pages
    }

    /// The page listed at `rel`, whatever else claims the path.
    pub fn page(&self, rel: &str) -> Option<&Page> {
        self.page_at.get(rel).map(|&i| &self.pages[i])
    }

    /// The static files, in path order.
    pub fn statics(&self) -> impl Iterator<Item = (&str, File<'_>)> {
        self.statics
            .iter()
            .map(|(rel, s)| (rel.as_str(), File::Static(s)))
    }

    /// The files beside content the tree publishes, in path order.
    pub fn attachments<'t>(&'t self, g: &Graph, r: &Renderer) -> &'t BTreeMap<String, PathBuf> {
        self.attachments.get_or_init(|| {
            let linked = match self.audience {
                Audience::Internal => Vec::new(),
                Audience::Open => self.linked(g, r),
            };
            attachments(g, self.audience, &linked)
        })
    }

    /// The files beside content the pages link to, as rendering them found: `build` has them
    /// from the pages it wrote, and need not build every page's view again.
    pub fn set_linked(&self, g: &Graph, linked: &[String]) {
        let _ = self.attachments.set(attachments(g, self.audience, linked));
    }

    /// The files beside content that the tree's pages link to: every page's view is built
    /// (not its template rendered), in parallel.
    fn linked(&self, g: &Graph, r: &Renderer) -> Vec<String> {
        self.pages
            .par_iter()
            .flat_map_iter(|page| {
                pages::context(g, &r.labels, self.audience, &r.assets, page)
                    .map(|(_, used)| used)
                    .unwrap_or_default()
            })
            .collect()
    }

    /// The files made in memory, in path order, made the first time they are asked for.
    pub fn generated<'t>(&'t self, g: &Graph, r: &Renderer) -> &'t BTreeMap<String, Vec<u8>> {
        self.generated.get_or_init(|| {
            let view = Ctx::new(g, self.audience, &r.labels, "");
            (self.make_files)(&view)
                .into_iter()
                // Whatever the input, no control character reaches a file.
                .map(|f| {
                    let bytes = crate::controls::clean(&f.content).into_owned();
                    (f.path, bytes.into_bytes())
                })
                .collect()
        })
    }

    /// The publish step for text raudtrad made (a rendered page, a file of the search index):
    /// in the open tree, every known name withheld.
    pub fn publish_text<'a>(&self, bytes: &'a [u8]) -> Cow<'a, [u8]> {
        match &self.guard {
            Some(guard) => guard.apply(bytes),
            None => Cow::Borrowed(bytes),
        }
    }

    /// The publish step for a file. A file of raudtrad's own (the built-in theme's) goes out
    /// as it is. A file an author wrote (a static file, a file beside content) is read as the
    /// listing found it, through no symbolic link; in the open tree a text file — judged by
    /// its bytes, not its name (see [`super::published`], which has warned about each) — has
    /// every known name withheld, and anything else goes out as it is.
    pub fn publish_file<'a>(&self, g: &Graph, file: File<'a>) -> Result<Published<'a>, Unread> {
        let path: &Path = match file {
            File::Generated(bytes) => return Ok(Published::Bytes(self.publish_text(bytes))),
            File::Static(StaticSource::Embedded(bytes)) => {
                return Ok(Published::Bytes(Cow::Borrowed(bytes)));
            }
            File::Static(StaticSource::Disk(path)) => path,
            File::Attachment(path) => path,
        };
        let Some(guard) = &self.guard else {
            return Ok(Published::File(path));
        };
        let bytes = confined(&g.root, path, confine::read)?;
        Ok(Published::Bytes(Cow::Owned(
            guard.published(&bytes).unwrap_or(bytes),
        )))
    }

    /// A page rendered and published (the diagnostics of a template that fails).
    pub fn publish_page(
        &self,
        g: &Graph,
        r: &Renderer,
        page: &Page,
    ) -> Result<String, Diagnostics> {
        let html = r.try_render(g, self.audience, page)?.html;
        Ok(match self.publish_text(html.as_bytes()) {
            Cow::Borrowed(_) => html,
            Cow::Owned(bytes) => String::from_utf8(bytes)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        })
    }

    /// Opens a file [`Published::File`] names, to send it as it is read, through no
    /// symbolic link (one may have taken the file's place since the listing).
    pub fn open(&self, g: &Graph, path: &Path) -> Result<std::fs::File, Unread> {
        confined(&g.root, path, confine::open)
    }

    /// Pages listed, of every kind.
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }
}

/// Reads a file under the site root unless a symbolic link is on its way (see
/// [`confine::read`]).
fn confined<T>(
    root: &Path,
    path: &Path,
    get: fn(&Path, &str) -> Result<T, confine::ReadError>,
) -> Result<T, Unread> {
    let failed = |error| Unread {
        path: path.to_path_buf(),
        error,
    };
    let rel = path
        .strip_prefix(root)
        .map_err(|e| failed(std::io::Error::other(e)))?
        .to_string_lossy()
        .replace('\\', "/");
    get(root, &rel).map_err(|e| match e {
        confine::ReadError::Io(e) => failed(e),
        confine::ReadError::Link(_) => failed(std::io::Error::other(
            "a symbolic link took the file's place",
        )),
    })
}

/// Files beside content a tree publishes, by path in the tree: every one in the internal
/// tree; in the open tree only those an open page links to (`linked`), so an attachment of an
/// internal item is never published.
fn attachments(g: &Graph, audience: Audience, linked: &[String]) -> BTreeMap<String, PathBuf> {
    let by_rel: HashMap<&str, &Path> = g
        .assets
        .iter()
        .map(|a| (a.rel.as_str(), a.path.as_path()))
        .collect();
    let rels: Vec<&str> = match audience {
        Audience::Internal => g.assets.iter().map(|a| a.rel.as_str()).collect(),
        Audience::Open => linked.iter().map(String::as_str).collect(),
    };
    rels.into_iter()
        .filter_map(|rel| {
            let path = by_rel.get(rel)?;
            Some((urls::asset_path(g.config.language, rel), path.to_path_buf()))
        })
        .collect()
}

/// The pages of both trees, in [`Audience::BOTH`]'s order: listed once, on both cores, for
/// the address check and then the trees (a list is ~10 ms at 10 000 assignments, and a save
/// in `serve` waits for it).
pub struct Lists(pub [Vec<Page>; 2]);

impl Lists {
    pub fn new(g: &Graph, r: &Renderer) -> Lists {
        let [a, b] = Audience::BOTH;
        let (a, b) = rayon::join(|| r.pages(g, a), || r.pages(g, b));
        Lists([a, b])
    }

    /// The tree of each audience, made from its list.
    pub fn into_trees(self, g: &Graph, r: &Renderer, make_files: MakeFiles) -> [Tree; 2] {
        let [a, b] = self.0;
        let [x, y] = Audience::BOTH;
        [
            Tree::new(g, r, x, a, make_files),
            Tree::new(g, r, y, b, make_files),
        ]
    }

    /// The list of `audience`'s tree.
    pub fn take(self, audience: Audience) -> Vec<Page> {
        let [a, b] = self.0;
        if audience == Audience::BOTH[0] { a } else { b }
    }
}

/// An error at each item whose id puts a page of it where another page is (an id `..`
/// on the front page, or one that is a fixed page's name), in either tree.
pub fn check_addresses(g: &Graph, lists: &Lists, diags: &mut Diagnostics) {
    check_addresses_of(g, lists, None, diags);
}

/// [`check_addresses`] for the pages of `only` (every page when `None`): `serve` checks
/// the pages of an item it added, the rest having been checked before.
pub fn check_addresses_of(
    g: &Graph,
    lists: &Lists,
    only: Option<crate::model::ItemId>,
    diags: &mut Diagnostics,
) {
    let mut reported = HashSet::new();
    for list in &lists.0 {
        let paths: Vec<&str> = list.iter().map(|p| p.path.as_str()).collect();
        let pairs = match only {
            None => urls::collisions(&paths),
            Some(id) => {
                let own: Vec<usize> = (0..list.len())
                    .filter(|&i| pages::item_of(list[i].what) == Some(id))
                    .collect();
                urls::collisions_of(&paths, &own)
            }
        };
        for (i, j) in pairs {
            let (page, other) = (&list[i], &list[j]);
            // Blame the item whose id made the clash; an item page when both are.
            let (page, other) = match (pages::item_of(page.what), pages::item_of(other.what)) {
                (Some(_), _) => (page, other),
                (None, Some(_)) => (other, page),
                (None, None) => continue,
            };
            let Some(id) = pages::item_of(page.what) else {
                continue;
            };
            if !reported.insert(id) {
                continue;
            }
            let item = g.item(id);
            let there = match pages::item_of(other.what) {
                Some(o) => format!(
                    "the page of {} `{}` ({})",
                    g.item(o).kind,
                    g.item(o).key,
                    g.item(o).origin.file
                ),
                None => format!("another page (`{}`)", urls::resolved(&other.path)),
            };
            diags
                .error_at(
                    &item.origin,
                    format!(
                        "the id `{}` puts a page of this {} at `{}`, where {there} is",
                        item.key,
                        item.kind,
                        urls::resolved(&page.path)
                    ),
                )
                .help("choose another id (a name of its own, not one of the site's fixed pages, and not dots alone)");
        }
    }
}
