//! Markdown as the format reads it, shared by every stage that reads it: the CommonMark
//! extensions bodies are written with, where a link in them points, and which links a text
//! makes. Load finds the links, resolve warns about those that lead nowhere, render rewrites
//! them: all three by the same reading.

use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag};

/// The extensions of the format: tables, footnotes, strikethrough, task lists, heading ids.
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Where a link or image in Markdown written in the folder `dir` (under `content/`) points.
/// Render rewrites by it and load and resolve warn by it, so they never disagree about a link.
#[derive(Debug, PartialEq, Eq)]
pub enum Dest<'a> {
    /// Another site (`https:`, `mailto:`, `//host`), a fragment of the page, or nothing:
    /// left as written.
    Elsewhere,
    /// Root-relative (`/x.pdf`): under the tree's root, where `static/` is copied.
    Root(&'a str),
    /// A relative path that climbs out of `content/`.
    Outside,
    /// A path under `content/` (percent-decoded, query left off) and the fragment as written.
    Content {
        rel: String,
        fragment: Option<&'a str>,
    },
}

pub fn destination<'a>(url: &'a str, dir: &str) -> Dest<'a> {
    if url.is_empty() || url.starts_with('#') || url.starts_with("//") || has_scheme(url) {
        return Dest::Elsewhere;
    }
    if let Some(rest) = url.strip_prefix('/') {
        return Dest::Root(rest);
    }
    let (path, fragment) = match url.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (url, None),
    };
    let path = path.split_once('?').map_or(path, |(p, _)| p);
    if path.is_empty() {
        // Only a query (`?x=1`): this very page.
        return Dest::Elsewhere;
    }
    match join(dir, &percent_decode(path)) {
        Some(rel) => Dest::Content { rel, fragment },
        None => Dest::Outside,
    }
}

/// A link or image in a Markdown text.
#[derive(Debug, PartialEq, Eq)]
pub struct Link<'a> {
    /// Byte offset in the text of where it is written (its `[` or `![`; for a reference
    /// link, where it is used, not where it is defined).
    pub offset: usize,
    pub image: bool,
    pub url: CowStr<'a>,
}

/// The links and images of a text that may point at a file, in order: autolinks
/// (`<https://…>`, `<a@b.no>`) are left out, as they always name another site or an address.
pub fn links(md: &str) -> Vec<Link<'_>> {
    // Every other link is written `[…](…)` or defined `[…]: …`; most text has neither and
    // need not be parsed.
    if !md.contains("](") && !md.contains("]:") {
        return Vec::new();
    }
    Parser::new_ext(md, options())
        .into_offset_iter()
        .filter_map(|(event, range)| {
            let (image, url) = match event {
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    ..
                }) if !matches!(link_type, LinkType::Autolink | LinkType::Email) => {
                    (false, dest_url)
                }
                Event::Start(Tag::Image { dest_url, .. }) => (true, dest_url),
                _ => return None,
            };
            Some(Link {
                offset: range.start,
                image,
                url,
            })
        })
        .collect()
}

fn has_scheme(url: &str) -> bool {
    match url.find(':') {
        Some(i) => {
            url[..i]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                && i > 0
        }
        None => false,
    }
}

/// `dir/path` normalised under `content/`, or `None` when it leaves it.
pub fn join(dir: &str, path: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

/// `%C3%A5` → `å`; an invalid sequence is kept as written.
fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_paths() {
        assert_eq!(
            join("plans/a", "figur.svg").as_deref(),
            Some("plans/a/figur.svg")
        );
        assert_eq!(join("plans/a", "../b.md").as_deref(), Some("plans/b.md"));
        assert_eq!(join("plans", "../../x"), None);
        assert!(has_scheme("https://x"));
        assert!(has_scheme("mailto:a@b"));
        assert!(!has_scheme("a/b:c"));
        assert_eq!(percent_decode("m%C3%A5l.md"), "mål.md");
    }

    #[test]
    fn reads_destinations() {
        assert_eq!(destination("https://x.no/a.md", "plans"), Dest::Elsewhere);
        assert_eq!(destination("#mal", "plans"), Dest::Elsewhere);
        assert_eq!(destination("?side=2", "plans"), Dest::Elsewhere);
        assert_eq!(destination("/logo.svg", "plans"), Dest::Root("logo.svg"));
        assert_eq!(destination("../../x.pdf", "plans"), Dest::Outside);
        assert_eq!(
            destination("../org/m%C3%A5l.md#a", "plans"),
            Dest::Content {
                rel: "org/mål.md".into(),
                fragment: Some("a")
            }
        );
    }

    #[test]
    fn finds_links_where_they_are_written() {
        let md = "Sjå [a](a.md) og ![b](b.png).\n\n`[c](c.md)` <x@y.no> <https://x.no> [d][r]\n\n[r]: d.pdf\n";
        let found: Vec<(usize, bool, String)> = links(md)
            .into_iter()
            .map(|l| (l.offset, l.image, l.url.to_string()))
            .collect();
        assert_eq!(
            found,
            [
                (5, false, "a.md".to_string()),
                (18, true, "b.png".to_string()),
                (68, false, "d.pdf".to_string())
            ]
        );
        assert!(links("Ingen lenkjer, berre [klammer] og (parentesar).").is_empty());
    }
}
