//! The search index as written to disk: the open tree's index files hold no internal item and
//! no person's name, each tree's index has the documents and postings counted by hand in
//! `tests/fixtures/search/README.md`, and every page has the search box that leads to the
//! search page and its register.

mod common;

use std::path::Path;

use common::*;
use serde_json::Value;

/// Every file of a tree's index: `search/entry.EXT` and the build's folder.
fn index_files(tree: &Path) -> Vec<(String, String)> {
    snapshot(&tree.join("search"))
        .into_iter()
        .filter(|(p, _)| p.ends_with(".js") || p.ends_with(".json"))
        .map(|(p, b)| (p, String::from_utf8(b).expect("index files are UTF-8")))
        .collect()
}

/// The data of an index file: `{"d":DATA}` (JSON) or `__rtS("name",DATA);` (script).
fn data(text: &str) -> Value {
    if text.starts_with('{') {
        let mut v: Value = serde_json::from_str(text).expect("the file is JSON");
        return v["d"].take();
    }
    let start = text.find(',').expect("__rtS(name, data)") + 1;
    let end = text.rfind(");").expect("ends with );");
    serde_json::from_str(&text[start..end]).expect("the data is JSON")
}

struct Index {
    dir: std::path::PathBuf,
    ext: &'static str,
    entry: Value,
}

impl Index {
    fn open(tree: &Path) -> Index {
        let ext = if tree.join("search/entry.json").exists() {
            "json"
        } else {
            "js"
        };
        let entry = data(&read(&tree.join(format!("search/entry.{ext}"))));
        let dir = tree.join("search").join(entry["dir"].as_str().unwrap());
        Index { dir, ext, entry }
    }

    fn file(&self, name: &str) -> Value {
        data(&read(&self.dir.join(format!("{name}.{}", self.ext))))
    }

    /// Doc ids of a term, looked up the way the browser does: in the last shard whose first
    /// term is not after it; postings are gaps (shifted left, strong bit below) in 5-bit groups.
    fn docs(&self, term: &str) -> Vec<u64> {
        let keys: Vec<&str> = self.entry["t"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k.as_str().unwrap())
            .collect();
        let Some(shard) = keys.iter().rposition(|k| *k <= term) else {
            return Vec::new();
        };
        let shard = self.file(&format!("t{shard}"));
        let Some(list) = shard[term].as_str() else {
            return Vec::new();
        };
        let alphabet = raudtrad::search::encode::ALPHABET;
        let (mut out, mut n, mut shift, mut doc) = (Vec::new(), 0u64, 0, 0u64);
        for c in list.bytes() {
            let v = alphabet.iter().position(|&a| a == c).unwrap() as u64;
            n |= (v & 31) << shift;
            shift += 5;
            if v < 32 {
                doc += n >> 1;
                out.push(doc);
                n = 0;
                shift = 0;
            }
        }
        out
    }

    /// The records of a file as (path, record): a record's first value is how many bytes of
    /// its path it shares with the record before it, the second the rest of the path.
    fn records(&self, file: u64) -> Vec<(String, Value)> {
        let mut path = String::new();
        let list = self.file(&format!("d{file}"));
        list.as_array()
            .unwrap()
            .iter()
            .map(|r| {
                path.truncate(r[0].as_u64().unwrap() as usize);
                path.push_str(r[1].as_str().unwrap());
                (path.clone(), r.clone())
            })
            .collect()
    }

    /// The units the filters offer, parents first: (key, index of the parent or -1).
    fn units(&self) -> Vec<(String, i64)> {
        self.file("units")
            .as_array()
            .unwrap()
            .iter()
            .map(|u| (u[1].as_str().unwrap().to_string(), u[0].as_i64().unwrap()))
            .collect()
    }

    fn record(&self, doc: u64) -> (String, Value) {
        let g = self.entry["g"].as_u64().unwrap();
        self.records(doc / g).swap_remove((doc % g) as usize)
    }

    fn titles(&self, docs: &[u64]) -> Vec<String> {
        let mut out: Vec<String> = docs
            .iter()
            .map(|&d| self.record(d).1[2].as_str().unwrap().to_string())
            .collect();
        out.sort();
        out
    }
}

/// A word as the index stores it.
fn term(word: &str) -> String {
    let stems = raudtrad::search::text::Stems::default();
    stems.stem(&raudtrad::search::text::fold(word))
}

fn built() -> Site {
    let site = Site::fixture("search");
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    site
}

#[test]
fn the_open_index_holds_no_internal_item_and_no_name() {
    let site = built();
    let open = index_files(&site.out().join("open"));
    assert!(open.len() > 5, "the open tree has an index: {}", open.len());
    // In any case: a record shows words as written, a term shard holds them folded.
    for (path, text) in &open {
        let text = text.to_lowercase();
        for marker in ["internmerk", "personnamn", "hemmeleg"] {
            assert!(!text.contains(marker), "open/search/{path} holds {marker}");
        }
    }
    // The markers are real: the internal index finds the internal items by each marker's
    // words (title, summary, body, task, report), and the name written in a public body
    // (which the open tree's guard withholds) by its words.
    let site_open = Index::open(&site.out().join("open"));
    let internal = Index::open(&site.out().join("internal"));
    for word in ["internmerke", "title", "summary", "body", "task", "report"] {
        assert!(
            !internal.docs(&term(word)).is_empty(),
            "the internal index finds {word}"
        );
        assert!(
            site_open.docs(&term(word)).is_empty(),
            "the open finds {word}"
        );
    }
    let named = internal.titles(&internal.docs(&term("personnamn")));
    assert!(
        named.contains(&"Personnamn Leiarsen".to_string()),
        "{named:?}"
    );
    assert!(named.iter().any(|t| t.starts_with("Legevakt")), "{named:?}");
    let body = internal.titles(&internal.docs(&term("body")));
    assert_eq!(body, ["Hemmeleg barnehageavtale INTERNMERKE-TITLE"]);
    // Names in the format's name fields (leaders, persons responsible) are indexed in the
    // internal tree only, as the person's own document (their Min side), never in the open.
    let records: String = index_files(&site.out().join("internal"))
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    assert!(records.contains("Personnamn Leiarsen"));
    // A report's status comments are not searchable in either tree.
    assert!(internal.docs(&term("comment")).is_empty());
}

#[test]
fn each_tree_indexes_what_it_shows() {
    let site = built();
    let open = Index::open(&site.out().join("open"));
    let internal = Index::open(&site.out().join("internal"));
    assert_eq!(open.entry["n"], 13);
    // The internal tree's 16 items and its 3 people (their Min side).
    assert_eq!(internal.entry["n"], 19);
    // "Leiarsen" stems as "leiar" does, so the other leader ("Leiar for Oppvekst") is found too.
    let leader = internal.docs(&term("leiarsen"));
    assert!(
        internal
            .titles(&leader)
            .contains(&"Personnamn Leiarsen".to_string())
    );
    let (path, _) = leader
        .iter()
        .map(|&d| internal.record(d))
        .find(|(_, r)| r[2] == "Personnamn Leiarsen")
        .unwrap();
    assert!(
        path.starts_with("min-side/personar/personnamn-leiarsen.html"),
        "{path}"
    );
    // A person is found by what they lead, too, and is of the kind "Person".
    assert!(internal.docs(&term("oppvekstleiar")).len() == 1);
    let kinds = internal.entry["kinds"].as_array().unwrap();
    assert_eq!(kinds.last().unwrap()[0], "person");
    assert!(
        !open.entry["kinds"]
            .as_array()
            .unwrap()
            .iter()
            .any(|k| k[0] == "person")
    );
    assert_eq!(
        open.titles(&open.docs(&term("barnehagar"))),
        [
            "Nye barnehagar i Østre",
            "Samordna opptak",
            "Tilsyn med barnehagane"
        ]
    );
    assert_eq!(internal.docs(&term("barnehage")).len(), 6);
    assert_eq!(
        open.titles(&open.docs(&term("ostre"))),
        ["Nye barnehagar i Østre", "Østre skule"]
    );
    assert_eq!(
        open.titles(&open.docs(&term("oyane"))),
        ["Ny ferjekai på Øyane"],
        "øyane is stored folded and stemmed"
    );
    let hemmeleg = term("hemmeleg");
    assert!(open.docs(&hemmeleg).is_empty());
    assert_eq!(internal.docs(&hemmeleg).len(), 2);
    // Units the open tree filters by are the visible ones, parents first.
    let units: Vec<String> = open.units().into_iter().map(|(k, _)| k).collect();
    assert_eq!(units, ["kommune", "helse", "oppvekst", "ostre-skule"]);
    // The result list shows a unit's title, which the entry holds in the same order.
    assert_eq!(open.entry["units"][3], "Østre skule");
}

#[test]
fn filter_columns_have_one_value_per_document() {
    let site = built();
    let open = Index::open(&site.out().join("open"));
    let n = open.entry["n"].as_u64().unwrap() as usize;
    for name in ["kind", "unit", "status", "year", "category", "overdue"] {
        let col = open.file(&format!("f-{name}"));
        let width = open.entry["w"][name].as_u64().unwrap() as usize;
        assert_eq!(col.as_str().unwrap().len(), n * width, "{name}");
    }
    // One overdue document in the open tree: `tilsyn` (the column holds B for 1, A for 0).
    let overdue = open.file("f-overdue");
    assert_eq!(overdue.as_str().unwrap().matches('B').count(), 1);
}

#[test]
fn every_page_has_a_search_box_that_leads_to_the_search_page() {
    let site = built();
    for tree in ["open", "internal"] {
        let root = site.out().join(tree);
        let pages = pages(&root);
        assert!(pages.len() > 20);
        for (path, doc) in &pages {
            // Documents for printing (a whole verksemdsplan, an agreement) have no site header.
            if select(doc, "header.site-header").is_empty() {
                assert!(
                    !select(doc, ".print-doc").is_empty(),
                    "{tree}/{path} has no header"
                );
                continue;
            }
            let forms = select(doc, "header form[role=search]");
            assert_eq!(forms.len(), 1, "{tree}/{path}");
            let action = forms[0].value().attr("action").unwrap();
            // The 404 page is served at any address, so its links start at the root.
            let target = match action.strip_prefix('/') {
                Some(from_root) => root.join(from_root),
                None => root.join(Path::new(path).parent().unwrap()).join(action),
            };
            assert!(target.is_file(), "{tree}/{path}: {action}");
            assert!(target.ends_with("sok/index.html"));
            assert_eq!(
                select(doc, "header input[type=search][name=q]").len(),
                1,
                "{tree}/{path}"
            );
            let label = select(doc, "header label[for=rt-q]");
            assert_eq!(label.len(), 1, "{tree}/{path}: the box has a label");
        }
        // Without JavaScript the search page is a register: letters that lead to every page.
        let search = scraper::Html::parse_document(&read(&root.join("sok/index.html")));
        let letters = select(&search, ".az-letters a");
        assert!(!letters.is_empty());
        let mut listed = 0;
        for a in letters {
            let href = a.value().attr("href").unwrap();
            let page = scraper::Html::parse_document(&read(&root.join("search").join(href)));
            listed += select(&page, ".az-entries li").len();
        }
        // Every document but the people, whose way in without JavaScript is Min side.
        let index = Index::open(&root);
        let people = if tree == "internal" { 3 } else { 0 };
        let expected = index.entry["n"].as_u64().unwrap() as usize - people;
        assert_eq!(
            listed, expected,
            "{tree}: the register lists every document"
        );
    }
    // The letter Ø holds "Østre skule" in both trees.
    let oe = read(&site.out().join("open/sok/oe.html"));
    assert!(oe.contains("Østre skule"));
}

#[test]
fn a_unit_below_an_internal_unit_counts_as_below_the_visible_unit_above() {
    let site = Site::fixture("search");
    let file = "content/org/oppvekst.md";
    let text = read(&site.root().join(file));
    site.write(
        file,
        &text.replacen("+++\n", "+++\nvisibility = \"internal\"\n", 1),
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let open = Index::open(&site.out().join("open"));
    let units = open.units();
    let units: Vec<(&str, i64)> = units.iter().map(|(k, p)| (k.as_str(), *p)).collect();
    // Oppvekst is gone; Østre skule hangs under the municipality (index 0) instead.
    assert_eq!(units, [("kommune", -1), ("helse", 0), ("ostre-skule", 0)]);
    let internal = Index::open(&site.out().join("internal"));
    assert_eq!(internal.entry["units"].as_array().unwrap().len(), 4);
}

/// The internal tree's index is JSON, an object at the top of every file, so that a page of
/// another web site can neither run it as a script nor read it with `fetch()`; the open
/// tree's is script (public data, and search then works from `file://`).
#[test]
fn the_internal_index_is_json_and_never_script() {
    let site = built();
    let internal = index_files(&site.out().join("internal"));
    assert!(internal.len() > 5);
    for (path, text) in &internal {
        assert!(
            path.ends_with(".json"),
            "internal/search/{path} is not JSON"
        );
        let v: Value = serde_json::from_str(text).expect("JSON");
        assert!(
            v.is_object(),
            "internal/search/{path} is not an object at the top"
        );
    }
    assert!(!site.out().join("internal/search/entry.js").exists());
    let open = index_files(&site.out().join("open"));
    assert!(
        open.iter()
            .all(|(p, t)| p.ends_with(".js") && t.starts_with("__rtS("))
    );
    // Each page names its tree's entry file, relative to itself.
    let page = read(&site.out().join("internal/index.html"));
    assert!(page.contains("data-search-entry=\"search/entry.json\""));
    let page = read(&site.out().join("open/index.html"));
    assert!(page.contains("data-search-entry=\"search/entry.js\""));
}

/// Documents are stored a few to a file in index order, and each task comes right after its
/// assignment (or a task of the same assignment): a query that finds both loads one file.
#[test]
fn tasks_are_stored_next_to_their_assignment() {
    let site = built();
    for tree in ["internal", "open"] {
        let index = Index::open(&site.out().join(tree));
        let n = index.entry["n"].as_u64().unwrap();
        let g = index.entry["g"].as_u64().unwrap();
        let paths: Vec<String> = (0..n.div_ceil(g))
            .flat_map(|i| index.records(i).into_iter().map(|(p, _)| p))
            .collect();
        assert_eq!(paths.len() as u64, n);
        let mut tasks = 0;
        for (i, path) in paths.iter().enumerate() {
            // A task's address is its assignment's page with the task's anchor.
            let Some((page, _)) = path.split_once('#') else {
                continue;
            };
            if !page.starts_with("oppdrag/") {
                continue;
            }
            tasks += 1;
            let before = paths[i - 1].split('#').next().unwrap();
            assert_eq!(before, page, "{tree}: {path} follows {}", paths[i - 1]);
        }
        assert!(tasks > 0, "{tree}: the fixture has tasks");
    }
}
