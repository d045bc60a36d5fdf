//! A link checker over built output: every local `href` and `src` must name a file of the
//! same tree, and every `#fragment` an id on that page.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

/// A link that leads nowhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    /// The page, relative to the checked folder.
    pub page: String,
    pub target: String,
    pub reason: &'static str,
}

/// Checks every HTML page under `dir`.
pub fn check_tree(dir: &Path) -> Vec<Broken> {
    let mut pages: HashMap<PathBuf, HashSet<String>> = HashMap::new();
    let mut links: Vec<(PathBuf, String)> = Vec::new();
    let mut files: HashSet<PathBuf> = HashSet::new();
    for e in WalkDir::new(dir).into_iter().filter_map(Result::ok) {
        if !e.file_type().is_file() {
            continue;
        }
        let path = e.path().to_path_buf();
        files.insert(path.clone());
        if path.extension().is_some_and(|x| x == "html") {
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let (ids, hrefs) = scan(&text);
            pages.insert(path.clone(), ids);
            links.extend(hrefs.into_iter().map(|h| (path.clone(), h)));
        }
    }
    let mut broken = Vec::new();
    for (page, href) in links {
        if let Some(reason) = check_link(dir, &page, &href, &files, &pages) {
            broken.push(Broken {
                page: page
                    .strip_prefix(dir)
                    .unwrap_or(&page)
                    .to_string_lossy()
                    .replace('\\', "/"),
                target: href,
                reason,
            });
        }
    }
    broken.sort_by(|a, b| (&a.page, &a.target).cmp(&(&b.page, &b.target)));
    broken
}

fn check_link(
    dir: &Path,
    page: &Path,
    href: &str,
    files: &HashSet<PathBuf>,
    pages: &HashMap<PathBuf, HashSet<String>>,
) -> Option<&'static str> {
    if href.is_empty()
        || href.starts_with("//")
        || href.contains("://")
        || href.starts_with("mailto:")
        || href.starts_with("tel:")
        || href.starts_with("data:")
        || href.starts_with("javascript:")
    {
        return None;
    }
    let (path, fragment) = match href.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (href, None),
    };
    let path = path.split_once('?').map_or(path, |(p, _)| p);
    let target = if path.is_empty() {
        page.to_path_buf()
    } else if path.starts_with('/') {
        if page != dir.join(crate::render::urls::NOT_FOUND) {
            return Some("root-relative links break under a sub-path and from file://");
        }
        // The 404 page is served for any missing path, so it links from where the tree is
        // published (`/styring/…`); where that is the checker cannot know, so the link holds
        // if some tail of it names a file of the tree.
        let segs: Vec<String> = percent_decode(path)
            .split('/')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        let found = (0..segs.len()).find_map(|skip| {
            let mut t = dir.to_path_buf();
            t.extend(&segs[skip..]);
            if path.ends_with('/') {
                t.push(crate::render::urls::FOLDER_INDEX);
            }
            files.contains(&t).then_some(t)
        });
        match found {
            Some(t) => t,
            None => return Some("no such file"),
        }
    } else {
        let mut t = page.parent().unwrap_or(dir).to_path_buf();
        for seg in percent_decode(path).split('/') {
            match seg {
                "" | "." => {}
                ".." => {
                    if !t.pop() || !t.starts_with(dir) {
                        return Some("leaves the tree");
                    }
                }
                s => t.push(s),
            }
        }
        if path.ends_with('/') {
            t.push(crate::render::urls::FOLDER_INDEX);
        }
        t
    };
    if !target.starts_with(dir) {
        return Some("leaves the tree");
    }
    if !files.contains(&target) {
        return Some(if target.is_dir() {
            "a folder (from file:// a link needs index.html)"
        } else {
            "no such file"
        });
    }
    if let Some(f) = fragment.filter(|f| !f.is_empty())
        && let Some(ids) = pages.get(&target)
        && !ids.contains(&percent_decode(f))
    {
        return Some("no element with that id");
    }
    None
}

/// `%C3%A5` → `å`; an invalid sequence is kept as written.
fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

/// Ids, and the targets of `href` and `src`, in a page.
fn scan(html: &str) -> (HashSet<String>, Vec<String>) {
    let doc = scraper::Html::parse_document(html);
    let mut ids = HashSet::new();
    let mut links = Vec::new();
    for node in doc.tree.nodes() {
        let Some(el) = node.value().as_element() else {
            continue;
        };
        if let Some(id) = el.attr("id") {
            ids.insert(id.to_string());
        }
        if let Some(name) = el.attr("name")
            && el.name() == "a"
        {
            ids.insert(name.to_string());
        }
        for attr in ["href", "src"] {
            if let Some(v) = el.attr(attr) {
                links.push(v.to_string());
            }
        }
    }
    (ids, links)
}
