//! Finding what must not be in the open tree: markers derived from a site's own content (every
//! internal item's page path, title, summary, exemption, body and description text, every
//! person name) and a scan of every byte and every path of every file of a built tree.
#![allow(dead_code)]

use std::path::Path;

use aho_corasick::AhoCorasick;
use raudtrad::model::vocab::Visibility;
use raudtrad::model::{Data, Graph, PersonNames, Source};

use super::snapshot;

/// Whitespace runs (line breaks in Markdown, indentation in HTML) as one space, so a sentence
/// is found however it was wrapped.
pub fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Runs of letters, digits and spaces of at least `min` characters: what no escaping (HTML,
/// XML, JSON, CSV) changes, so a run found in the source is found as is in any output file.
pub fn runs(text: &str, min: usize) -> Vec<String> {
    let squashed = squash(text);
    squashed
        .split(|c: char| !(c.is_alphanumeric() || c == ' '))
        .map(str::trim)
        .filter(|r| r.chars().count() >= min)
        .map(str::to_string)
        .collect()
}

/// The free text of an item (title, summary, body, descriptions, comments, notes).
pub fn texts(g: &Graph, id: raudtrad::model::ItemId) -> Vec<&str> {
    let item = g.item(id);
    let mut out: Vec<&str> = vec![item.title.as_str()];
    out.extend(item.summary.as_deref());
    out.extend(g.body(id).map(|b| &*b.markdown));
    match &item.data {
        Data::Unit(u) => {
            out.extend(u.budget.iter().filter_map(|b| b.note.as_deref()));
            out.extend(u.level.as_deref());
            out.extend(u.leader.as_ref().and_then(|l| l.role.as_deref()));
        }
        Data::Plan(p) => {
            out.extend(p.adopted_by.as_deref());
            out.extend(p.case.as_deref());
        }
        Data::Goal(g) => out.extend(g.description.as_deref()),
        Data::Strategy(s) => out.extend(s.description.as_deref()),
        Data::Measure(m) => out.extend(m.description.as_deref()),
        Data::Verbal(v) => {
            out.extend(v.description.as_deref());
            out.extend(v.case.as_deref());
        }
        Data::Assignment(a) => {
            if let Source::Text(t) = &a.source {
                out.push(t);
            }
        }
        Data::Task(t) => out.extend(t.description.as_deref()),
        Data::Indicator(i) => {
            out.extend(i.source.as_deref());
            out.extend(i.measure.as_deref());
        }
        Data::CheckItem(c) => {
            out.extend(c.description.as_deref());
            out.extend(c.purpose.as_deref());
            out.extend(c.group.as_deref());
        }
        Data::Report(r) => {
            out.extend(r.status.iter().filter_map(|s| s.comment.as_deref()));
            out.extend(r.answers.iter().filter_map(|a| a.comment.as_deref()));
            out.extend(r.goals.iter().filter_map(|g| g.comment.as_deref()));
            out.extend(
                r.answers
                    .iter()
                    .filter_map(|a| a.follow_up.as_ref()?.measure.as_deref()),
            );
            out.extend(r.economy.as_ref().and_then(|e| e.comment.as_deref()));
        }
        Data::Letter(_) | Data::Checklist(_) | Data::Event(_) => {}
    }
    out
}

pub struct Markers {
    /// Strings only internal items hold.
    pub internal: Vec<String>,
    /// Person names (as the library reads them: leaders, persons responsible for tasks).
    pub names: Vec<String>,
    /// Markers dropped because public text holds them too (so finding them proves nothing).
    pub shared: Vec<String>,
}

/// Markers of a site, read from its content through the library's loader (the same graph the
/// build renders): the page path of every internal item, the text of its title, summary,
/// exemption, body and descriptions, and every person name.
pub fn markers(root: &Path) -> (Graph, Markers) {
    let mut diags = raudtrad::diag::Diagnostics::new();
    let g = raudtrad::read_site(root, &mut diags);
    assert!(!diags.has_errors(), "the site has errors");
    let mut public = String::new();
    for (i, item) in g.items.iter().enumerate() {
        if item.visibility != Visibility::Public {
            continue;
        }
        for t in texts(&g, raudtrad::model::ItemId(i as u32)) {
            public.push_str(&squash(t));
            public.push('\n');
        }
    }
    public.push_str(&g.config.title);
    public.push_str(&g.config.municipality);
    // Words the generator writes itself, such as the period in a report's default title
    // ("Helse – 1. tertial 2026"), are no one's content.
    for item in &g.items {
        if let Data::Report(r) = &item.data
            && let Some(p) = r.period
        {
            public.push_str(&p.label(&g.config.labels));
            public.push('\n');
        }
    }
    let mut internal: Vec<String> = Vec::new();
    for (i, item) in g.items.iter().enumerate() {
        if item.visibility != Visibility::Internal {
            continue;
        }
        let at = raudtrad::model::ItemId(i as u32);
        match &item.data {
            // Sections of another page: their anchor.
            Data::CheckItem(_) | Data::Task(_) => internal.push(format!("id=\"{}\"", item.key)),
            // An own event has no page: it is an anchor on the year wheel.
            Data::Event(_) => internal.push(format!("id=\"event-{}\"", item.key)),
            _ => internal.push(raudtrad::render::urls::item_path(&g, at)),
        }
        for t in [Some(item.title.as_str()), item.summary.as_deref()]
            .into_iter()
            .flatten()
        {
            internal.extend(runs(t, 12));
        }
        internal.extend(item.exemption.iter().filter(|e| e.len() >= 6).cloned());
        for t in texts(&g, at).into_iter().skip(1) {
            internal.extend(runs(t, 20));
        }
    }
    internal.sort();
    internal.dedup();
    let (shared, internal): (Vec<String>, Vec<String>) = internal
        .into_iter()
        .partition(|m| public.contains(m.as_str()));
    let names = PersonNames::of(&g.items).names;
    (
        g,
        Markers {
            internal,
            names,
            shared,
        },
    )
}

/// Every occurrence of any needle in any file (its bytes, whitespace squashed) or in any file's
/// path under `tree`, as `path: needle`. One Aho–Corasick pass per file.
pub fn scan(tree: &Path, needles: &[String]) -> Vec<String> {
    let needles: Vec<String> = needles.iter().map(|n| squash(n)).collect();
    if needles.is_empty() {
        return Vec::new();
    }
    let ac = AhoCorasick::new(&needles).unwrap();
    let mut found = Vec::new();
    for (path, bytes) in snapshot(tree) {
        let text = squash(&String::from_utf8_lossy(&bytes));
        for hay in [&path, &text] {
            for m in ac.find_iter(hay.as_str()) {
                found.push(format!("{path}: {}", needles[m.pattern().as_usize()]));
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

/// Person names in the tree, found as the library finds them (as written or escaped).
pub fn scan_names(tree: &Path, names: &[String]) -> Vec<String> {
    let finder = PersonNames::new(names.to_vec());
    let mut found = Vec::new();
    for (path, bytes) in snapshot(tree) {
        for f in finder.find(&bytes) {
            found.push(format!("{path}: {}", names[f.name]));
        }
    }
    found.sort();
    found.dedup();
    found
}
