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
//! - `search/HASH/dN.EXT`: the result list's records (address, title, facts, summary) of a
//!   few hundred documents each, loaded for the results shown;
//! - `search/HASH/f-NAME.EXT`: one filter column each (kind, unit, status, year, category,
//!   overdue), and `units.EXT` (each unit's parent and key), loaded by the search page.
//!
//! The files are few and their size is bounded, so that the first results of a query fetch
//! little: term shards hold a range of terms up to [`MAX_SHARD`] bytes, record files about
//! [`DOC_FILE`] bytes. A record holds no text beyond the title and summary: a result found
//! by words of the body says so instead of showing them (docs/search.md says why).
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

/// A term shard holds consecutive terms up to this many bytes (a term whose postings alone
/// pass it has a shard of its own). A query word loads one shard, a beginning being typed up
/// to four: the shards bound what a query fetches, their number the files of the index.
const MAX_SHARD: usize = 20 * 1024;
/// Bytes a file of result records is made to hold, about: six results load at most six of
/// them. With ~100-byte records that is ~100 documents a file, 313 / 353 files (open /
/// internal) at 10 000 assignments. A task sits next to its assignment (see
/// `docs::documents`), so the two share a file.
const DOC_FILE: usize = 10 * 1024;
/// Characters of a summary a result shows; the index itself has all of it.
const SUMMARY_CHARS: usize = 200;

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
    "search_in_text",
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
fn invert(docs: &[Doc], text_of: impl Fn(&Doc) -> String + Sync) -> Vec<(String, Vec<u32>)> {
    // Made and folded in parallel a block at a time: every text at once, or its folded
    // copy, would be the build's peak of memory.
    const BLOCK: usize = 2048;
    let fold = |d: &Doc| {
        let mut strong = format!("{} {}", d.title, d.key);
        if let Some(s) = &d.summary {
            strong.push(' ');
            strong.push_str(s);
        }
        [text::fold(&strong), text::fold(&text_of(d))]
    };
    let stems = Stems::default();
    // Folded word → its term, or None for a word that is not indexed.
    let mut word_term: rustc_hash::FxHashMap<String, Option<u32>> = Default::default();
    let mut term_ids: rustc_hash::FxHashMap<String, u32> = Default::default();
    let mut terms: Vec<String> = Vec::new();
    let mut postings: Vec<Vec<u32>> = Vec::new();
    let mut seen: Vec<(u32, bool)> = Vec::new();
    for (b, block) in docs.chunks(BLOCK).enumerate() {
        let folded: Vec<[String; 2]> = block.par_iter().map(fold).collect();
        for (i, texts) in folded.iter().enumerate() {
            let n = b * BLOCK + i;
            seen.clear();
            for (text, strong) in texts.iter().zip([true, false]) {
                for w in text::words(text) {
                    let term = match word_term.get(w) {
                        Some(&t) => t,
                        None => {
                            let t = text::indexed(w).then(|| {
                                let stem = stems.stem(w);
                                *term_ids.entry(stem).or_insert_with_key(|stem| {
                                    terms.push(stem.clone());
                                    postings.push(Vec::new());
                                    (terms.len() - 1) as u32
                                })
                            });
                            word_term.insert(w.to_string(), t);
                            t
                        }
                    };
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
    }
    let mut out: Vec<(String, Vec<u32>)> = terms.into_iter().zip(postings).collect();
    out.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Cuts sorted (term, postings) pairs into shards of consecutive terms, each up to
/// [`MAX_SHARD`] bytes. The entry lists each shard's first term; the browser finds a term in
/// the last shard whose first term is not after it, and a beginning in that shard and the
/// following ones whose first terms begin with it (a range of the sorted terms).
fn shards(terms: &[(String, String)]) -> Vec<(String, &[(String, String)])> {
    let mut out = Vec::new();
    let (mut start, mut size) = (0, 0);
    for (i, (t, p)) in terms.iter().enumerate() {
        let more = t.len() + p.len() + 6;
        if i > start && size + more > MAX_SHARD {
            out.push((terms[start].0.clone(), &terms[start..i]));
            (start, size) = (i, 0);
        }
        size += more;
    }
    if start < terms.len() {
        out.push((terms[start].0.clone(), &terms[start..]));
    }
    out
}

/// A document as the result list shows it, a JSON array: the length of the start its path
/// shares with the record before it in the file, the rest of its path, its title, kind,
/// unit and status (indexes + 1 into the entry's lists, 0 for none), overdue, internal (only
/// ever 1 in the internal tree, where it is marked as on the pages) and its summary; the
/// values at the end that are 0 or empty are left out. A task's path is its assignment's
/// with an anchor, so it costs little more than the anchor.
struct Record<'a> {
    path: &'a str,
    title: &'a str,
    kind: usize,
    unit: usize,
    status: usize,
    overdue: bool,
    internal: bool,
    summary: &'a str,
}

impl Record<'_> {
    fn write(&self, previous: &str, out: &mut String) {
        // Bytes of ASCII only, so that the browser's string indexes count the same.
        let shared = self
            .path
            .bytes()
            .zip(previous.bytes())
            .take_while(|(a, b)| a == b && a.is_ascii())
            .count();
        let json = |s: &str| serde_json::to_string(s).expect("a string serialises");
        let mut fields = vec![
            shared.to_string(),
            json(&self.path[shared..]),
            json(self.title),
            self.kind.to_string(),
            self.unit.to_string(),
            self.status.to_string(),
            u8::from(self.overdue).to_string(),
            u8::from(self.internal).to_string(),
            json(self.summary),
        ];
        while fields.len() > 3 && matches!(fields.last().map(String::as_str), Some("0" | "\"\"")) {
            fields.pop();
        }
        out.push('[');
        out.push_str(&fields.join(","));
        out.push(']');
    }
}

fn cut(text: &str, chars: usize) -> &str {
    match text.char_indices().nth(chars) {
        // At the last space before the limit, so that no word is cut.
        Some((i, _)) => text[..i].rfind(' ').map_or(&text[..i], |j| &text[..j]),
        None => text,
    }
}

/// One index file in the tree's form (see [`IndexFormat`]).
fn index_file(format: IndexFormat, name: &str, value: &impl Serialize) -> String {
    let data = serde_json::to_string(value).expect("index data serialises");
    index_file_of(format, name, &data)
}

/// One index file in the tree's form, of data already written as JSON.
fn index_file_of(format: IndexFormat, name: &str, data: &str) -> String {
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
        if let Some(summary) = &mut d.summary {
            redact(summary);
        }
    }
    // Made, redacted and folded a block at a time while the terms are gathered.
    let text = |d: &Doc| {
        let mut t = docs::text(v, d);
        redact(&mut t);
        t
    };
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
    let terms: Vec<(String, String)> = invert(&docs, text)
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
    let summaries: Vec<String> = docs
        .iter()
        .map(|d| {
            let s = d.summary.as_deref().unwrap_or("");
            let short = cut(s, SUMMARY_CHARS);
            if short.len() < s.len() {
                format!("{short} …")
            } else {
                short.to_string()
            }
        })
        .collect();
    let record = |i: usize| {
        let d = &docs[i];
        Record {
            path: &d.path,
            title: &d.title,
            kind: kind_ix(d.kind),
            // The unit shown in a result; a unit's own entry shows none.
            unit: d
                .unit
                .filter(|_| d.kind != DocKind::Item(Kind::Unit))
                .and_then(|u| units.index.get(&u))
                .map_or(0, |&i| i + 1),
            status: d.status.map_or(0, |s| s + 1),
            overdue: d.overdue,
            internal: d.internal,
            summary: &summaries[i],
        }
    };
    // Each record written once, its path shared with the record before it; then as many a
    // file as make about DOC_FILE bytes on average, the first of each file written again
    // with its whole path.
    let written: Vec<String> = (0..docs.len())
        .map(|i| {
            let mut out = String::new();
            let previous = i.checked_sub(1).map_or("", |p| docs[p].path.as_str());
            record(i).write(previous, &mut out);
            out
        })
        .collect();
    let bytes: usize = written.iter().map(|r| r.len() + 1).sum();
    let per_file = (DOC_FILE * docs.len() / bytes.max(1)).clamp(1, 4096);
    for (f, start) in (0..docs.len()).step_by(per_file).enumerate() {
        let mut list = String::from("[");
        record(start).write("", &mut list);
        for r in &written[start + 1..(start + per_file).min(docs.len())] {
            list.push(',');
            list.push_str(r);
        }
        list.push(']');
        let name = format!("d{f}");
        files.push((format!("{name}.{ext}"), index_file_of(format, &name, &list)));
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

    // The units' parents and keys, for the search page's unit filter only (the result list
    // shows a unit's title, which the entry has).
    let unit_tree: Vec<serde_json::Value> = units
        .ids
        .iter()
        .zip(&units.parents)
        .map(|(&u, &p)| json!([p, g.item(u).key]))
        .collect();
    files.push((
        format!("units.{ext}"),
        index_file(format, "units", &unit_tree),
    ));

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
        "v": 2,
        "dir": dir,
        "n": docs.len(),
        "g": per_file,
        "t": keys,
        "kinds": kinds.iter().map(|&k| match k {
            DocKind::Item(k) => [k.key().to_string(), v.kind_label(k)],
            DocKind::Person => ["person".to_string(), v.l("person")],
        }).collect::<Vec<_>>(),
        "units": units.ids.iter().map(|&u| g.item(u).title.as_str()).collect::<Vec<_>>(),
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
    fn shards_are_ranges_of_terms_up_to_the_limit() {
        let t = pairs(&[
            ("barn", 10),
            ("barnehag", 10),
            ("bu", MAX_SHARD / 2),
            ("komm", MAX_SHARD / 2),
            ("kommun", 2 * MAX_SHARD),
            ("skul", 3),
        ]);
        let s = shards(&t);
        let keys: Vec<&str> = s.iter().map(|(k, _)| k.as_str()).collect();
        // "komm" would pass the limit beside "bu"; "kommun" alone passes it.
        assert_eq!(keys, ["barn", "komm", "kommun", "skul"]);
        let all: Vec<&str> = s
            .iter()
            .flat_map(|(_, items)| items.iter().map(|(t, _)| t.as_str()))
            .collect();
        assert_eq!(all, ["barn", "barnehag", "bu", "komm", "kommun", "skul"]);
    }

    #[test]
    fn a_record_shares_the_start_of_its_path_and_drops_empty_values_at_its_end() {
        let task = Record {
            path: "oppdrag/a.html#t",
            title: "T \"x\"",
            kind: 3,
            unit: 0,
            status: 2,
            overdue: false,
            internal: false,
            summary: "",
        };
        let mut out = String::new();
        task.write("oppdrag/a.html", &mut out);
        assert_eq!(out, r##"[14,"#t","T \"x\"",3,0,2]"##);
        out.clear();
        // Only ASCII is shared: the browser counts UTF-16 units, Rust bytes.
        Record {
            path: "å/b",
            summary: "s",
            ..task
        }
        .write("å/a", &mut out);
        assert_eq!(out, r##"[0,"å/b","T \"x\"",3,0,2,0,0,"s"]"##);
    }

    #[test]
    fn a_summary_is_cut_at_a_space() {
        assert_eq!(cut("ein to tre", 6), "ein");
        assert_eq!(cut("ein to", 6), "ein to");
    }
}
