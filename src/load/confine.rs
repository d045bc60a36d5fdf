//! The edge of the site: nothing outside the site root is read, by `build`, `check` or
//! `serve`.
//!
//! raudtrad follows no symbolic link under the site root. Folders are listed without
//! following links (a link is not a file, and a linked folder is not entered), and a path
//! named in content (`data`, the theme) or by raudtrad (`site.toml`, `content/`, `static/`,
//! `themes/NAME/`) is read only when no part of it, from the root down, is a link. A link
//! met on the way is reported instead: an error when it leads out of the site folder (or
//! nowhere one can tell), a warning when it stays inside (the file is left out; copy it in
//! place of the link). Links that stay inside are refused too, rather than followed, so that
//! no link can make a build read its own output (`static/x -> ../public/internal`).
//!
//! A file listed by a walk here is read later by its path; a link swapped in between is not
//! guarded against: whoever can do that can write the site's files anyway.

use std::path::{Component, Path, PathBuf};

use walkdir::WalkDir;

use crate::diag::Diagnostics;
use crate::span::{FilePath, Pos};

/// A symbolic link under the site root, which raudtrad does not follow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    /// Where it is, relative to the site root, with `/`.
    pub rel: String,
    /// It leads out of the site folder, or to nothing.
    pub outside: bool,
}

impl Link {
    fn at(root: &Path, rel: String) -> Link {
        let path = root.join(&rel);
        let inside = match (path.canonicalize(), root.canonicalize()) {
            (Ok(target), Ok(root)) => target.starts_with(root),
            _ => false,
        };
        Link {
            rel,
            outside: !inside,
        }
    }

    /// What the link is, for a message about it or about what leads to it.
    pub fn what(&self) -> &'static str {
        if self.outside {
            "is a symbolic link that leads out of the site folder (or to nothing)"
        } else {
            "is a symbolic link"
        }
    }

    /// Reports it where it is: an error when it leads out of the site, else a warning.
    pub fn report(&self, diags: &mut Diagnostics) {
        let file = FilePath::from(self.rel.as_str());
        let message = format!(
            "`{}` {}; raudtrad does not follow symbolic links, so it is left out",
            self.rel,
            self.what()
        );
        let d = if self.outside {
            diags.error(&file, Pos::default(), message)
        } else {
            diags.warning(&file, Pos::default(), message)
        };
        d.help(HELP);
    }
}

/// How to mend a link, in every message about one.
pub const HELP: &str = "put the file or folder itself in its place (copy it into the site \
    folder); raudtrad reads nothing outside the site folder and nothing through a link";

/// The first symbolic link on the way from `root` down to `rel` (a site-relative path with
/// `/`), `rel` itself included.
pub fn link_on_path(root: &Path, rel: &str) -> Option<Link> {
    let mut at = String::new();
    for part in rel.split('/').filter(|p| !p.is_empty() && *p != ".") {
        if !at.is_empty() {
            at.push('/');
        }
        at.push_str(part);
        match std::fs::symlink_metadata(root.join(&at)) {
            Ok(m) if m.file_type().is_symlink() => return Some(Link::at(root, at)),
            Ok(_) => {}
            Err(_) => return None,
        }
    }
    None
}

pub enum ReadError {
    Link(Link),
    Io(std::io::Error),
}

/// Reads the file at `rel` (site-relative, `/`), unless a link is on the way.
pub fn read(root: &Path, rel: &str) -> Result<Vec<u8>, ReadError> {
    if let Some(link) = link_on_path(root, rel) {
        return Err(ReadError::Link(link));
    }
    std::fs::read(root.join(rel)).map_err(ReadError::Io)
}

/// [`read`], for a file sent as it is read (a large attachment `serve` streams).
pub fn open(root: &Path, rel: &str) -> Result<std::fs::File, ReadError> {
    if let Some(link) = link_on_path(root, rel) {
        return Err(ReadError::Link(link));
    }
    std::fs::File::open(root.join(rel)).map_err(ReadError::Io)
}

/// What a walk found under a folder.
#[derive(Debug, Default)]
pub struct Walked {
    /// Files, by path relative to the folder walked (with `/`), and where they are.
    pub files: Vec<(String, PathBuf)>,
    /// Links met, which were not followed.
    pub links: Vec<Link>,
    /// Entries that could not be listed (and still exist), with why.
    pub errors: Vec<(PathBuf, walkdir::Error)>,
}

/// Every file under the folder `rel` (site-relative), in name order, entering no link (also
/// when the folder itself, or a folder above it, is one). `skip` leaves out an entry by name
/// with what is under it.
pub fn walk(root: &Path, rel: &str, skip: impl Fn(&str) -> bool) -> Walked {
    let mut walked = Walked::default();
    if let Some(link) = link_on_path(root, rel) {
        walked.links.push(link);
        return walked;
    }
    let dir = root.join(rel);
    if !dir.exists() {
        return walked;
    }
    let walker = WalkDir::new(&dir)
        .follow_links(false)
        .follow_root_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !skip(&e.file_name().to_string_lossy()));
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            // Deleted while being listed: it is simply not there.
            Err(e)
                if e.io_error()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::NotFound) =>
            {
                continue;
            }
            Err(e) => {
                walked
                    .errors
                    .push((e.path().map(Path::to_path_buf).unwrap_or_default(), e));
                continue;
            }
        };
        let Ok(under) = entry.path().strip_prefix(&dir) else {
            continue;
        };
        let under = under.to_string_lossy().replace('\\', "/");
        if entry.path_is_symlink() {
            let site_rel = if under.is_empty() {
                rel.to_string()
            } else {
                format!("{}/{under}", rel.trim_end_matches('/'))
            };
            walked.links.push(Link::at(root, site_rel));
        } else if entry.file_type().is_file() {
            walked.files.push((under, entry.path().to_path_buf()));
        }
    }
    walked
}

/// Whether a name given in content or settings is one plain folder or file name: not empty,
/// not `.` or `..`, no separator, not absolute.
pub fn is_plain_name(name: &str) -> bool {
    let mut parts = Path::new(name).components();
    matches!(parts.next(), Some(Component::Normal(_)))
        && parts.next().is_none()
        && !name.contains(['/', '\\'])
}
