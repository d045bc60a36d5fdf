//! The relative links and images a content file's Markdown makes, with where each is
//! written. Found here, once per file (and again only when the file changes, in `serve`), so
//! that resolve judges them against the site's files without reading any Markdown.

use super::raw::{Inline, RawData, RawLink};
use crate::commonmark::{self, Dest};
use crate::span::{LineIndex, Located, Pos};

/// Links in the body and in the Markdown fields of `data`; `dir` is the file's folder under
/// `content/`. Links to other sites, root-relative links and fragments are left out: they do
/// not point at a file beside content.
pub fn of(body: &str, body_line: u32, dir: &str, data: &RawData) -> Vec<RawLink> {
    let mut out = Vec::new();
    let lines = LineIndex::new(body);
    // The body starts on a line of its own, so only the line needs moving.
    push(&mut out, body, dir, |offset| {
        let pos = lines.pos(offset);
        Pos::new(pos.line + body_line - 1, pos.col)
    });
    for field in fields(data) {
        push(&mut out, &field.value, dir, |_| field.pos);
    }
    out
}

fn push(out: &mut Vec<RawLink>, md: &str, dir: &str, at: impl Fn(usize) -> Pos) {
    for link in commonmark::links(md) {
        let target = match commonmark::destination(&link.url, dir) {
            Dest::Content { rel, .. } => Some(rel),
            Dest::Outside => None,
            Dest::Elsewhere | Dest::Root(_) => continue,
        };
        out.push(RawLink {
            pos: at(link.offset),
            target,
            image: link.image,
            url: link.url.into_string(),
        });
    }
}

/// The Markdown fields of a file: inline items' descriptions and the agreement's text.
fn fields(data: &RawData) -> Vec<&Located<String>> {
    let inlines: Vec<&Inline> = match data {
        RawData::Plan(p) => (p.goals.iter().map(|g| &g.inline))
            .chain(p.strategies.iter().map(|s| &s.inline))
            .chain(p.measures.iter().map(|m| &m.inline))
            .chain(p.verbal.iter().map(|v| &v.inline))
            .collect(),
        RawData::Assignment(a) => a.tasks.iter().map(|t| &t.inline).collect(),
        RawData::Checklist(c) => c.items.iter().map(|i| &i.inline).collect(),
        _ => Vec::new(),
    };
    let agreement = match data {
        RawData::Unit(u) => u.agreement.as_ref().and_then(|a| a.text.as_ref()),
        _ => None,
    };
    inlines
        .into_iter()
        .filter_map(|i| i.description.as_ref())
        .chain(agreement)
        .collect()
}
