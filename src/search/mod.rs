//! Search: a static full-text index per tree, written by the build beside the pages and
//! read by `assets/search.js` in the browser, from `file://` as from a web server.
//!
//! Each tree gets its own index, made from [`docs::documents`], which sees the graph through
//! the tree's [`Ctx`]: the open tree's index holds only what the open tree shows. The files
//! (`docs/search.md` describes them) come in the tree's [`IndexFormat`]: JSON for the internal
//! tree, read with `fetch()`, so that no page of another web site can run them and read the
//! items (a script file can be included and run by any page); JavaScript that registers data
//! (`__rtS("name", …)`) for the open tree, loaded with `<script>` elements, because browsers
//! refuse `fetch()` of files next to a page opened from disk and the open tree's data is
//! public anyway:
//!
//! - `search/entry.EXT`: what every search needs first, a few KB: the shard keys, the units,
//!   kinds, statuses and categories to show and filter by, the words of the interface;
//! - `search/HASH/tN.EXT`: terms and their postings, sharded by the terms' first letters so
//!   that a query loads one shard per word;
//! - `search/HASH/dN.EXT`: titles, summaries and text of a few documents each, loaded for the
//!   results shown;
//! - `search/HASH/f-NAME.EXT`: one filter column each (kind, unit, status, year, category,
//!   overdue), loaded when a filter is used.
//!
//! `HASH` is taken from the content, so a browser never mixes shards of two builds.

pub mod docs;
pub mod encode;
pub mod text;

use std::collections::HashMap;

use rayon::prelude::*;
use serde::Serialize;
use serde_json::json;

use crate::model::ItemId;
use crate::model::audience::IndexFormat;
use crate::model::vocab::Kind;
use crate::render::tree::Generated;
use crate::render::urls;
use crate::render::view::Ctx;
use docs::{Doc, DocKind};
use encode::Fnv;
use text::Stems;

/// A term shard is split by one more letter when its encoded size passes this (bytes).
const MAX_SHARD: usize = 16 * 1024;
/// Shard keys are at least this many characters (every indexed word is at least this long).
const MIN_KEY: usize = 2;
/// Documents per document shard. The first results show six documents, each of which loads
/// its file, so a file's size bounds the first query's bytes (6 × 16 × ~0.5 KB at 10 000
/// assignments); fewer, larger files would pass the 150 KB a first query may fetch. A task
/// sits next to its assignment (see `docs::documents`), so the two often share a file.
pub const DOCS_PER_SHARD: usize = 16;
/// Characters of a document's text kept for snippets; the index itself has all of it.
const SNIPPET_TEXT: usize = 800;

/// Labels the browser script shows, sent in the entry file.
const UI_LABELS: &[&str] = &[
    "search",
    "search_count_one",
    "search_count",
    "search_none",
    "search_more",
    "search_all",
    "search_loading",
    "search_failed",
    "search_short",
    "overdue",
    "internal",
];

/// Units as the filters show them: visible units in organisation order, each with the index
/// of its parent in this list.
struct UnitList {
    ids: Vec<ItemId>,
    parents: Vec<i64>,
    index: HashMap<ItemId, usize>,
}

fn units(v: &Ctx) -> UnitList {
    let g = v.g;
    let mut ids: Vec<ItemId> = g.root_unit.map(|r| g.unit_subtree(r)).unwrap_or_default();
    let mut seen: std::collections::HashSet<ItemId> = ids.iter().copied().collect();
    for &u in g.kind(Kind::Unit) {
        if seen.insert(u) {
            ids.push(u);
        }
    }
    ids.retain(|&u| v.visible(u));
    let index: HashMap<ItemId, usize> = ids.iter().enumerate().map(|(i, &u)| (u, i)).collect();
    // The nearest visible unit above: in the open tree a unit below an internal one still
    // counts as below the units above that.
    let parents = ids
        .iter()
        .map(|&u| {
            g.unit_ancestors(u)
                .into_iter()
                .skip(1)
                .find_map(|p| index.get(&p))
                .map_or(-1, |&i| i as i64)
        })
        .collect();
    UnitList {
        ids,
        parents,
        index,
    }
}

/// Term → postings (`doc << 1 | strong`, ascending), sorted by term. A document's title, id
/// and summary make its strong terms, the rest of its text the others.
///
/// Texts are folded in parallel; then one pass over every word looks it up in a map of the
/// words seen so far (a new word is stemmed once), so the cost is linear in the words of the
/// site and stemming is paid per distinct word.
fn invert(docs: &[Doc]) -> Vec<(String, Vec<u32>)> {
    let folded: Vec<[String; 2]> = docs
        .par_iter()
        .map(|d| {
            let mut strong = format!("{} {}", d.title, d.key);
            if let Some(s) = &d.summary {
                strong.push(' ');
                strong.push_str(s);
            }
            [text::fold(&strong), text::fold(&d.text)]
        })
        .collect();
    let stems = Stems::default();
    // Folded word → its term, or None for a word that is not indexed.
    let mut word_term: HashMap<&str, Option<u32>> = HashMap::new();
    let mut term_ids: HashMap<String, u32> = HashMap::new();
    let mut terms: Vec<String> = Vec::new();
    let mut postings: Vec<Vec<u32>> = Vec::new();
    let mut seen: Vec<(u32, bool)> = Vec::new();
    for (n, texts) in folded.iter().enumerate() {
        seen.clear();
        for (text, strong) in texts.iter().zip([true, false]) {
            for w in text::words(text) {
                let term = *word_term.entry(w).or_insert_with(|| {
                    if !text::indexed(w) {
                        return None;
                    }
                    let stem = stems.stem(w);
                    Some(*term_ids.entry(stem).or_insert_with_key(|stem| {
                        terms.push(stem.clone());
                        postings.push(Vec::new());
                        (terms.len() - 1) as u32
                    }))
                });
                if let Some(t) = term {
                    seen.push((t, strong));
                }
            }
        }
        // Each term once per document, strong if any occurrence is.
        seen.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        seen.dedup_by_key(|x| x.0);
        for &(t, strong) in &seen {
            postings[t as usize].push(((n as u32) << 1) | u32::from(strong));
        }
    }
    let mut out: Vec<(String, Vec<u32>)> = terms.into_iter().zip(postings).collect();
    out.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Groups sorted (term, postings) pairs into shards: by the first [`MIN_KEY`] characters, and
/// a group that is too big by one character more (the term equal to the key, if any, keeps a
/// shard of its own). The browser looks a term up in the shard with the longest key that
/// begins it.
fn shards(terms: &[(String, String)]) -> Vec<(String, &[(String, String)])> {
    fn size(items: &[(String, String)]) -> usize {
        items.iter().map(|(t, p)| t.len() + p.len() + 6).sum()
    }
    fn prefix(term: &str, n: usize) -> &str {
        match term.char_indices().nth(n) {
            Some((i, _)) => &term[..i],
            None => term,
        }
    }
    fn split<'a>(
        items: &'a [(String, String)],
        key_len: usize,
        out: &mut Vec<(String, &'a [(String, String)])>,
    ) {
        let mut start = 0;
        while start < items.len() {
            let key = prefix(&items[start].0, key_len);
            let mut end = start + 1;
            while end < items.len() && prefix(&items[end].0, key_len) == key {
                end += 1;
            }
            let group = &items[start..end];
            if size(group) <= MAX_SHARD || key_len >= 12 {
                out.push((key.to_string(), group));
            } else {
                // The term that is the key itself sorts first in its group.
                let exact = usize::from(group[0].0 == key);
                if exact == 1 {
                    out.push((key.to_string(), &group[..1]));
                }
                split(&group[exact..], key_len + 1, out);
            }
            start = end;
        }
    }
    let mut out = Vec::new();
    split(terms, MIN_KEY, &mut out);
    out
}

/// A document as the result list shows it: path, title, kind, unit, status (indexes into the
/// entry's lists, -1 for none), overdue, summary, the start of its text, and whether it is
/// internal (only ever 1 in the internal tree, where it is marked as on the pages).
#[derive(Serialize)]
struct Record<'a>(&'a str, &'a str, usize, i64, i64, u8, &'a str, &'a str, u8);

fn snippet_text(text: &str) -> &str {
    match text.char_indices().nth(SNIPPET_TEXT) {
        Some((i, _)) => &text[..i],
        None => text,
    }
}

/// One index file in the tree's form (see [`IndexFormat`]).
fn index_file(format: IndexFormat, name: &str, value: &impl Serialize) -> String {
    let data = serde_json::to_string(value).expect("index data serialises");
    match format {
        IndexFormat::Json => format!("{{\"d\":{data}}}\n"),
        IndexFormat::Script => format!(
            "__rtS({},{data});\n",
            serde_json::to_string(name).expect("a name serialises")
        ),
    }
}

/// The index files of the tree `v` sees, paths from the tree's root. Where the tree may not
/// show names, the documents' text has every known name withheld before it is indexed, so a
/// name is neither shown in a result nor findable by its words; every file then passes the
/// tree's guard as the tree publishes it ([`crate::render::tree::Tree::publish`]).
pub fn build(v: &Ctx) -> Vec<Generated> {
    let g = v.g;
    let format = v.audience.index_format();
    let ext = format.ext();
    let mut docs = docs::documents(v);
    let redact = |s: &mut String| {
        if let std::borrow::Cow::Owned(t) = v.without_names(s) {
            *s = t;
        }
    };
    for d in &mut docs {
        redact(&mut d.title);
        redact(&mut d.text);
        if let Some(summary) = &mut d.summary {
            redact(summary);
        }
    }
    let units = units(v);
    let kinds: Vec<DocKind> = Kind::FINDABLE
        .into_iter()
        .map(DocKind::Item)
        .chain([DocKind::Person])
        .filter(|&k| docs.iter().any(|d| d.kind == k))
        .collect();
    let kind_ix = |k: DocKind| kinds.iter().position(|&x| x == k).unwrap_or(0);

    let mut files: Vec<(String, String)> = Vec::new();

    // Terms.
    let terms: Vec<(String, String)> = invert(&docs)
        .into_iter()
        .map(|(t, list)| {
            let p = encode::postings(&list);
            (t, p)
        })
        .collect();
    let shard_list = shards(&terms);
    let mut keys = Vec::with_capacity(shard_list.len());
    for (i, (key, items)) in shard_list.iter().enumerate() {
        let map: serde_json::Map<String, serde_json::Value> = items
            .iter()
            .map(|(t, p)| (t.clone(), serde_json::Value::String(p.clone())))
            .collect();
        let name = format!("t{i}");
        files.push((format!("{name}.{ext}"), index_file(format, &name, &map)));
        keys.push(key.clone());
    }

    // Documents, a few per file.
    let unit_of = |d: &Doc| -> Option<usize> {
        let u = if d.kind == DocKind::Item(Kind::Unit) {
            Some(d.id)
        } else {
            d.unit
        };
        u.and_then(|u| units.index.get(&u).copied())
    };
    for (i, chunk) in docs.chunks(DOCS_PER_SHARD).enumerate() {
        let records: Vec<Record> = chunk
            .iter()
            .map(|d| {
                Record(
                    &d.path,
                    &d.title,
                    kind_ix(d.kind),
                    // The unit shown in a result; a unit's own entry shows none.
                    d.unit
                        .filter(|_| d.kind != DocKind::Item(Kind::Unit))
                        .and_then(|u| units.index.get(&u))
                        .map_or(-1, |&i| i as i64),
                    d.status.map_or(-1, |s| s as i64),
                    u8::from(d.overdue),
                    d.summary.as_deref().unwrap_or(""),
                    snippet_text(&d.text),
                    u8::from(d.internal),
                )
            })
            .collect();
        let name = format!("d{i}");
        files.push((format!("{name}.{ext}"), index_file(format, &name, &records)));
    }

    // Filter columns: 0 is "none", a value is its index + 1.
    let years: Vec<i32> = docs.iter().filter_map(|d| d.year).collect();
    let min_year = years.iter().copied().min().unwrap_or(0);
    let max_year = years.iter().copied().max().unwrap_or(0);
    let columns: [(&str, Vec<u32>); 6] = [
        (
            "kind",
            docs.iter().map(|d| kind_ix(d.kind) as u32).collect(),
        ),
        (
            "unit",
            docs.iter()
                .map(|d| unit_of(d).map_or(0, |i| i as u32 + 1))
                .collect(),
        ),
        (
            "status",
            docs.iter()
                .map(|d| d.status.map_or(0, |s| s as u32 + 1))
                .collect(),
        ),
        (
            "year",
            docs.iter()
                .map(|d| d.year.map_or(0, |y| (y - min_year) as u32 + 1))
                .collect(),
        ),
        (
            "category",
            docs.iter()
                .map(|d| d.category.map_or(0, |c| c as u32 + 1))
                .collect(),
        ),
        (
            "overdue",
            docs.iter().map(|d| u32::from(d.overdue)).collect(),
        ),
    ];
    let mut widths = serde_json::Map::new();
    for (name, values) in &columns {
        let w = encode::width_for(values.iter().copied().max().unwrap_or(0));
        widths.insert((*name).into(), w.into());
        let file = format!("f-{name}");
        files.push((
            format!("{file}.{ext}"),
            index_file(format, &file, &encode::column(values, w)),
        ));
    }

    let mut hash = Fnv::default();
    for (name, content) in &files {
        hash.write(name.as_bytes());
        hash.write(content.as_bytes());
    }
    let dir = hash.hex();

    let labels: serde_json::Map<String, serde_json::Value> = UI_LABELS
        .iter()
        // The open tree has nothing internal to mark.
        .filter(|&&k| k != "internal" || v.audience.sees_staff_tools())
        .map(|&k| (k.to_string(), v.labels.get(k).into()))
        .collect();
    let entry = json!({
        "v": 1,
        "dir": dir,
        "n": docs.len(),
        "g": DOCS_PER_SHARD,
        "t": keys,
        "kinds": kinds.iter().map(|&k| match k {
            DocKind::Item(k) => [k.key().to_string(), v.kind_label(k)],
            DocKind::Person => ["person".to_string(), v.l("person")],
        }).collect::<Vec<_>>(),
        "units": units.ids.iter().zip(&units.parents).map(|(&u, &p)| json!([g.item(u).title, p, g.item(u).key])).collect::<Vec<_>>(),
        "statuses": g.config.statuses.iter().map(|s| json!([s.key, s.label, s.done, s.color])).collect::<Vec<_>>(),
        "categories": g.config.categories.iter().map(|c| json!([c.key, c.label])).collect::<Vec<_>>(),
        "years": if years.is_empty() { json!([]) } else { json!([min_year, max_year]) },
        "w": widths,
        "stop": text::STOP_WORDS,
        "l": labels,
    });
    let mut out = vec![Generated {
        path: urls::search_entry(ext),
        content: index_file(format, "entry", &entry),
    }];
    out.extend(files.into_iter().map(|(name, content)| Generated {
        path: urls::search_file(&dir, &name),
        content,
    }));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(terms: &[(&str, usize)]) -> Vec<(String, String)> {
        terms
            .iter()
            .map(|&(t, n)| (t.to_string(), "A".repeat(n)))
            .collect()
    }

    #[test]
    fn small_groups_are_one_shard_per_two_letters() {
        let t = pairs(&[("barn", 10), ("barnehag", 10), ("bu", 5), ("skul", 3)]);
        let s = shards(&t);
        let keys: Vec<&str> = s.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["ba", "bu", "sk"]);
        assert_eq!(s[0].1.len(), 2);
    }

    #[test]
    fn big_groups_split_by_one_more_letter() {
        let t = pairs(&[
            ("ko", 10),
            ("komm", MAX_SHARD / 2),
            ("kommun", MAX_SHARD / 2),
            ("kost", 10),
        ]);
        let s = shards(&t);
        let keys: Vec<&str> = s.iter().map(|(k, _)| k.as_str()).collect();
        // "ko" keeps the term "ko"; "kom" was still too big and split again.
        assert_eq!(keys, ["ko", "komm", "kommu", "kos"]);
        let all: usize = s.iter().map(|(_, items)| items.len()).sum();
        assert_eq!(all, 4, "every term is in exactly one shard");
    }
}
