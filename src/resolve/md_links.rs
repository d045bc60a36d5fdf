//! Relative links and images in Markdown that lead nowhere, warned about while the site is
//! read, so that `check` and `build` point at the link itself (`check --links` finds them
//! only in a built tree, by page). A warning, not an error: a site taken over from elsewhere
//! may carry such links, and the rest of it still builds.
//!
//! Load found the links and where they lead ([`RawItem::links`]), reading them exactly as
//! render does ([`crate::commonmark::destination`]): what render rewrites is never warned
//! about, and what it cannot rewrite always is. Links to other sites, root-relative links
//! (into `static/`, which is not looked into here) and fragments are not checked.

use std::collections::HashSet;
use std::path::Path;

use crate::diag::{self, Diagnostics};
use crate::load::raw::RawLink;
use crate::load::{RawItem, is_draft};
use crate::model::Asset;
use crate::model::ItemId;

/// What a link may lead to: the content files that are items and the files beside them.
pub struct Known<'a> {
    root: &'a Path,
    pages: &'a rustc_hash::FxHashMap<String, ItemId>,
    files: HashSet<&'a str>,
}

impl<'a> Known<'a> {
    pub fn new(
        pages: &'a rustc_hash::FxHashMap<String, ItemId>,
        assets: &'a [Asset],
        root: &'a Path,
    ) -> Known<'a> {
        Known {
            root,
            pages,
            files: assets.iter().map(|a| a.rel.as_str()).collect(),
        }
    }
}

/// Warns about each link of `item` that leads nowhere.
pub fn check(item: &RawItem, known: &Known, diags: &mut Diagnostics) {
    for link in item.links.iter() {
        if let Some((message, help)) = problem(link, &item.dir, known) {
            let what = if link.image { "image" } else { "link to" };
            diags
                .warning(
                    &item.file,
                    link.pos,
                    format!("{what} `{}` {message}", link.url),
                )
                .help(help);
        }
    }
}

/// What is wrong with a link and how to mend it; `None` when it leads somewhere.
fn problem(link: &RawLink, dir: &str, known: &Known) -> Option<(String, String)> {
    let found = match &link.target {
        Some(rel) if rel.ends_with(".md") => known.pages.contains_key(rel),
        Some(rel) => known.files.contains(rel.as_str()),
        None => false,
    };
    if found {
        return None;
    }
    let here = if dir.is_empty() {
        "content/".to_string()
    } else {
        format!("content/{dir}/")
    };
    let Some(rel) = &link.target else {
        let help = match in_static(dir, &link.url) {
            Some(path) => {
                format!("`static/` is copied to the root of the site: link to it as `/{path}`")
            }
            None => format!(
                "a relative link is read from the folder of this file, `{here}`; a file in \
                 `static/` is linked from the root of the site, `/NAME`"
            ),
        };
        return Some(("leads out of `content/`".into(), help));
    };
    let page = rel.ends_with(".md");
    if rel.split('/').any(is_draft) {
        return Some((
            format!("leads to a draft: `content/{rel}` is not published"),
            "a file or folder whose name starts with `_` or `.` is a draft; link to it once \
             it is renamed, or remove the link"
                .into(),
        ));
    }
    // A content file that is there but could not be read has errors of its own.
    if page && known.root.join("content").join(rel).is_file() {
        return None;
    }
    if let Some(link) = crate::load::confine::link_on_path(known.root, &format!("content/{rel}")) {
        return Some((
            format!(
                "leads to `{}`, which {} and is not published",
                link.rel,
                link.what()
            ),
            crate::load::confine::HELP.into(),
        ));
    }
    let message = format!("leads nowhere: there is no `content/{rel}`");
    let candidates: Vec<&str> = if page {
        known.pages.keys().map(String::as_str).collect()
    } else {
        known.files.iter().copied().collect()
    };
    let help = match nearest_file(rel, &candidates) {
        Some(near) => format!(
            "did you mean `{}`? a relative link is read from the folder of this file, `{here}`",
            relative(dir, near)
        ),
        None if page => format!(
            "link to another content file by its path from the folder of this file, `{here}`"
        ),
        None => format!(
            "put the file beside the content (a relative link is read from the folder of this \
             file, `{here}`), or into `static/` and link to it as `/NAME`"
        ),
    };
    Some((message, help))
}

/// The file among `candidates` (paths under `content/`) whose name is nearest the name of
/// `rel`, if one is close: in `rel`'s own folder when the name is there, else the first.
fn nearest_file<'a>(rel: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let name = |p: &'a str| p.rsplit_once('/').map_or(p, |(_, n)| n);
    let (folder, wanted) = rel.rsplit_once('/').unwrap_or(("", rel));
    let near = diag::nearest(wanted, candidates.iter().map(|c| name(c)))?;
    let mut with_name: Vec<&str> = candidates
        .iter()
        .copied()
        .filter(|c| name(c) == near)
        .collect();
    with_name.sort_by_key(|c| (c.rsplit_once('/').map_or("", |(f, _)| f) != folder, *c));
    with_name.first().copied()
}

/// `to` (under `content/`) as a relative link from the folder `dir`.
fn relative(dir: &str, to: &str) -> String {
    let from: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    let to: Vec<&str> = to.split('/').collect();
    let common = from
        .iter()
        .zip(&to)
        .take_while(|(a, b)| a == b)
        .count()
        .min(to.len() - 1);
    let mut parts = vec![".."; from.len() - common];
    parts.extend(&to[common..]);
    parts.join("/")
}

/// The path under `static/` a link climbing out of `content/` means, if that is where it
/// goes (`../../static/x.pdf` from `content/plans/`).
fn in_static(dir: &str, url: &str) -> Option<String> {
    let path = url.split(['#', '?']).next().unwrap_or(url);
    // Joined from the site's root rather than from `content/`, so a climb out of it is seen.
    let joined = crate::commonmark::join(&format!("content/{dir}"), path)?;
    joined
        .strip_prefix("static/")
        .filter(|rest| !rest.is_empty())
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths() {
        assert_eq!(relative("plans", "plans/hop.md"), "hop.md");
        assert_eq!(
            relative("assignments/helse", "plans/hop.md"),
            "../../plans/hop.md"
        );
        assert_eq!(relative("", "plans/hop.md"), "plans/hop.md");
        assert_eq!(relative("plans/a", "plans/b.md"), "../b.md");
    }

    #[test]
    fn nearest_prefers_the_folder_written() {
        let files = ["org/figur.png", "plans/figur.png", "plans/tabell.csv"];
        assert_eq!(
            nearest_file("plans/figure.png", &files),
            Some("plans/figur.png")
        );
        assert_eq!(
            nearest_file("assignments/figur.png", &files),
            Some("org/figur.png")
        );
        assert_eq!(nearest_file("plans/zzz.pdf", &files), None);
    }

    #[test]
    fn links_out_of_content_into_static() {
        assert_eq!(
            in_static("plans", "../../static/x.pdf").as_deref(),
            Some("x.pdf")
        );
        assert_eq!(
            in_static("", "../static/a/b.pdf#p2").as_deref(),
            Some("a/b.pdf")
        );
        assert_eq!(in_static("plans", "../../x.pdf"), None);
        assert_eq!(in_static("plans", "../../../x.pdf"), None);
    }
}
