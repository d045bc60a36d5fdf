//! Load: the site's files → typed raw items with positions, and every problem found in them.
//!
//! Nothing here knows about other files: references stay strings until resolve.

pub mod confine;
mod csv;
pub mod fields;
pub mod frontmatter;
mod item;
mod labels;
mod links;
pub mod node;
pub mod raw;
pub mod site;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::config::{Lang, SiteConfig};
use crate::diag::Diagnostics;
use crate::model::Asset;
use crate::span::{FilePath, Pos};
use fields::FileCx;
pub use raw::{Edit, RawItem};

/// Everything read from a site.
#[derive(Debug)]
pub struct Loaded {
    pub root: PathBuf,
    pub config: SiteConfig,
    /// In path order, which decides which of two duplicate ids is reported.
    pub items: Vec<RawItem>,
    /// Files beside content (images, PDFs, CSV), by content-relative path.
    pub assets: Vec<Asset>,
}

pub fn load(root: &Path, diags: &mut Diagnostics) -> Loaded {
    let config = load_config(root, diags);
    let Scan { md, assets, links } = scan(root, diags);
    for link in &links {
        link.report(diags);
    }
    let results: Vec<(Option<RawItem>, Diagnostics)> =
        md.par_iter().map(|rel| load_file(root, rel)).collect();
    let mut items = Vec::with_capacity(results.len());
    for (item, d) in results {
        diags.extend(d);
        items.extend(item);
    }
    Loaded {
        root: root.to_path_buf(),
        config,
        items,
        assets,
    }
}

/// The files under `content/`, in the order a build reads them (which decides, for example,
/// which of two duplicate ids is reported and the order of lists on pages).
#[derive(Debug, Default)]
pub struct Scan {
    /// Content-relative paths of the Markdown files.
    pub md: Vec<String>,
    /// Every other file.
    pub assets: Vec<Asset>,
    /// Symbolic links, which are not followed (for the caller to report).
    pub links: Vec<confine::Link>,
}

/// Lists `content/` without reading any file; drafts and hidden files are left out, and so
/// are symbolic links ([`confine`]).
pub fn scan(root: &Path, diags: &mut Diagnostics) -> Scan {
    let content = root.join("content");
    let mut scan = Scan::default();
    let link = confine::link_on_path(root, "content");
    if !content.is_dir() || link.is_some() {
        scan.links.extend(link);
        diags.global_error(format!("there is no content/ folder in {}", root.display())).help(
            "a site has site.toml and content/ at its root; `raudtrad init DIR` writes a starter site",
        );
    } else {
        walk_from(root, "", &mut scan, diags);
    }
    scan
}

/// Everything under the site root a build reads: `site.toml`, `content/`, `static/` and
/// `themes/`. The output folder may be neither inside one of them nor hold one.
pub fn inputs(root: &Path) -> Vec<PathBuf> {
    [site::FILE, "content", "static", "themes"]
        .iter()
        .map(|name| root.join(name))
        .collect()
}

pub fn load_config(root: &Path, diags: &mut Diagnostics) -> SiteConfig {
    let file: FilePath = site::FILE.into();
    match confine::read(root, site::FILE) {
        Err(confine::ReadError::Link(link)) => {
            link.report(diags);
            SiteConfig::with_defaults(file, String::new(), Lang::Nn)
        }
        Ok(bytes) => {
            let cx = FileCx::new(file.clone());
            let config = match utf8(&bytes, &cx) {
                Some(text) => site::parse(&text, &cx, root),
                None => SiteConfig::with_defaults(file, String::new(), Lang::Nn),
            };
            diags.extend(cx.into_diagnostics());
            config
        }
        Err(confine::ReadError::Io(e)) => {
            diags
                .global_error(format!("cannot read {}: {e}", root.join(site::FILE).display()))
                .help("run raudtrad in a site folder (one with site.toml), pass --root, or create one with `raudtrad init DIR`");
            SiteConfig::with_defaults(file, String::new(), Lang::Nn)
        }
    }
}

/// Reads and decodes one content file; `rel` is its path under `content/`.
pub fn load_file(root: &Path, rel: &str) -> (Option<RawItem>, Diagnostics) {
    let cx = FileCx::new(format!("content/{rel}").into());
    let item = match std::fs::read(root.join("content").join(rel)) {
        Ok(bytes) => utf8(&bytes, &cx).and_then(|text| item::decode(&text, rel, root, &cx)),
        Err(e) => {
            cx.error(Pos::default(), format!("cannot read the file: {e}"), None);
            None
        }
    };
    (item, cx.into_diagnostics())
}

/// Decodes from text already in memory (tests, fuzzing, the preview server's cache).
pub fn decode_file(root: &Path, rel: &str, bytes: &[u8]) -> (Option<RawItem>, Diagnostics) {
    let cx = FileCx::new(format!("content/{rel}").into());
    let item = utf8(bytes, &cx).and_then(|text| item::decode(&text, rel, root, &cx));
    (item, cx.into_diagnostics())
}

/// The file as text, control characters replaced and warned about ([`crate::controls`]).
fn utf8<'a>(bytes: &'a [u8], cx: &FileCx) -> Option<std::borrow::Cow<'a, str>> {
    match std::str::from_utf8(bytes) {
        Ok(t) => Some(controls(t, cx)),
        Err(e) => {
            let before = &bytes[..e.valid_up_to()];
            let line = before.iter().filter(|&&b| b == b'\n').count() as u32 + 1;
            let col = before.iter().rev().take_while(|&&b| b != b'\n').count() as u32 + 1;
            cx.error(
                Pos::new(line, col),
                "the file is not UTF-8 text",
                Some("save it as UTF-8 (most editors have it under «Save with encoding»)"),
            );
            None
        }
    }
}

/// `text` with its control characters replaced, and a warning at each (the first few of a
/// file, which is enough to find and mend them).
pub(crate) fn controls<'a>(text: &'a str, cx: &FileCx) -> std::borrow::Cow<'a, str> {
    let found = crate::controls::find(text);
    if found.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let lines = crate::span::LineIndex::new(text);
    for &(offset, c) in found.iter().take(5) {
        cx.warning(
            lines.pos(offset),
            format!(
                "a control character, {}, which a web page or feed cannot hold; it is replaced by {}",
                crate::controls::name(c),
                match crate::controls::replacement(c) {
                    Some(' ') => "a space",
                    _ => "`\u{FFFD}` (U+FFFD)",
                }
            ),
            Some("remove it (it is invisible in most editors: delete the character before or after the position and type it again); a line break is Enter"),
        );
    }
    if found.len() > 5 {
        cx.warning(
            lines.pos(found[5].0),
            format!(
                "{} more control characters in this file, replaced too",
                found.len() - 5
            ),
            None,
        );
    }
    crate::controls::clean(text)
}

/// Whether a file or folder name marks a draft (or a hidden file) that is skipped.
pub fn is_draft(name: &str) -> bool {
    name.starts_with('.') || name.starts_with('_')
}

/// Part of `content/`: the file or folder `rel` (relative to `content/`), listed as [`scan`]
/// lists it; nothing when it is gone. For callers that know what changed (the preview server).
pub fn scan_under(root: &Path, rel: &str, diags: &mut Diagnostics) -> Scan {
    let mut scan = Scan::default();
    walk_from(root, rel, &mut scan, diags);
    scan
}

/// Lists `content/REL` into `scan`.
fn walk_from(root: &Path, rel: &str, scan: &mut Scan, diags: &mut Diagnostics) {
    let start = if rel.is_empty() {
        "content".to_string()
    } else {
        format!("content/{rel}")
    };
    let walked = confine::walk(root, &start, is_draft);
    for (path, e) in walked.errors {
        diags.global_error(format!("cannot read {}: {e}", path.display()));
    }
    scan.links.extend(walked.links);
    for (under, path) in walked.files {
        let rel = match (rel.is_empty(), under.is_empty()) {
            (true, _) => under,
            (false, true) => rel.to_string(),
            (false, false) => format!("{rel}/{under}"),
        };
        if rel.ends_with(".md") {
            scan.md.push(rel);
        } else {
            scan.assets.push(Asset { rel, path });
        }
    }
}
