//! Every label the generator asks for is in the built-in label files, so that a missing one
//! fails here and not on a page (that every language has the same keys is tested in
//! `config::labels`). Read from the source: the templates' `l.KEY`, `l["KEY"]` and
//! `l["PREFIX" ~ value]`, and the code's `.l(…)` and `labels.get(…)` with a key written in the
//! call (also in an `if` or `match` there) or made with `format!` from a prefix. A key made
//! from a prefix is checked with every value it can take, listed in [`MADE`]; a key held in a
//! variable is met when a page asks for it, where a debug build stops at a missing one.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use raudtrad::config::labels::{self, Labels};
use raudtrad::config::{CATEGORIES, Lang, PLAN_KINDS, STATUSES};
use raudtrad::model::vocab::{Achievement, Kind, Period};
use raudtrad::render::view::{label_key, plural_key};

/// Keys made from a prefix (`{}` where the value goes), and the values each takes.
fn made() -> BTreeMap<&'static str, Vec<String>> {
    let granularities: Vec<String> = [
        Period::Month(2026, 1),
        Period::Tertial(2026, 1),
        Period::Year(2026),
    ]
    .iter()
    .map(|p| p.granularity().to_string())
    .collect();
    let strs = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    BTreeMap::from([
        ("granularity_{}", granularities.clone()),
        ("granularity_{}_plural", granularities),
        ("achievement_{}", strs(&Achievement::KEYS)),
        // `state` in src/render/pages/period.rs.
        ("state_{}", strs(&["in-progress", "due", "future", "past"])),
        // `deviation_sign` in src/render/pages/council.rs.
        ("deviation_{}", strs(&["over", "under", "even"])),
        (
            "status_{}",
            STATUSES.iter().map(|s| s.0.to_string()).collect(),
        ),
        ("category_{}", strs(&CATEGORIES)),
        ("plan_kind_{}", strs(&PLAN_KINDS)),
    ])
}

/// A key or a made key's pattern, with where it is asked for.
#[derive(Debug)]
struct Use {
    key: String,
    at: String,
}

#[test]
fn every_label_asked_for_is_there() {
    let keys = labels::built_in(Lang::Nn);
    let made = made();
    let root = common::repo();
    let mut uses = Vec::new();
    let mut dynamic = Vec::new();
    for (rel, text) in files(&root, "themes/default/templates") {
        in_template(&rel, &text, &mut uses, &mut dynamic);
    }
    for (rel, text) in files(&root, "src")
        .into_iter()
        .filter(|f| f.0.ends_with(".rs"))
    {
        in_code(&rel, &text, &mut uses);
    }
    assert!(uses.len() > 500, "{}", uses.len());
    let mut missing = Vec::new();
    for u in &uses {
        match made.get(u.key.as_str()) {
            Some(values) => missing.extend(
                values
                    .iter()
                    .map(|v| u.key.replace("{}", v))
                    .filter(|k| !keys.contains_key(k))
                    .map(|k| format!("{}: `{k}` (made as `{}`)", u.at, u.key)),
            ),
            None if u.key.contains("{}") => missing.push(format!(
                "{}: a key made as `{}`; list the values it takes in MADE (tests/labels.rs)",
                u.at, u.key
            )),
            None if !keys.contains_key(&u.key) => missing.push(format!("{}: `{}`", u.at, u.key)),
            None => {}
        }
    }
    missing.extend(
        dynamic
            .iter()
            .map(|at| format!("{at}: a label whose key is neither written nor made from a prefix")),
    );
    assert!(
        missing.is_empty(),
        "labels asked for that themes/default/labels/nn.toml has not:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_made_value_and_every_kind_has_its_label() {
    for lang in [Lang::Nn, Lang::Nb, Lang::En] {
        let l = Labels::built_in(lang);
        for kind in Kind::ALL {
            assert!(l.0.contains_key(label_key(kind)), "{kind:?}");
            assert!(l.0.contains_key(plural_key(kind)), "{kind:?}");
        }
        for m in 1..=12 {
            assert!(l.0.contains_key(&format!("month_{m}")), "{m}");
        }
    }
}

/// The scanner finds what it should: each way a key is asked for, and none in other text.
#[test]
fn the_scanner_reads_every_way_a_key_is_written() {
    let mut uses = Vec::new();
    let mut dynamic = Vec::new();
    in_template(
        "t.html",
        "{{ l.a }} {{ x.l.no }} {{ l[\"b\"] }}\n{{ l[\"state_\" ~ s] }} {{ l[k] }} til. l.c",
        &mut uses,
        &mut dynamic,
    );
    in_code(
        "x.rs",
        "p.l(\"d\"); p.l(if m { \"e\" } else { \"f\" }); self.labels.get(\"g\");\n\
         p.l(&format!(\"h_{}_plural\", x)); p.l(key); fn l(&self) {}",
        &mut uses,
    );
    let keys: Vec<(&str, &str)> = uses
        .iter()
        .map(|u| (u.key.as_str(), u.at.as_str()))
        .collect();
    assert_eq!(
        keys,
        [
            ("a", "t.html:1"),
            ("b", "t.html:1"),
            ("state_{}", "t.html:2"),
            ("c", "t.html:2"),
            ("d", "x.rs:1"),
            ("e", "x.rs:1"),
            ("f", "x.rs:1"),
            ("h_{}_plural", "x.rs:2"),
            ("g", "x.rs:1"),
        ]
    );
    assert_eq!(dynamic, ["t.html:2"]);
}

/// Every file under the repository-relative folder `dir`, by repository-relative path.
fn files(root: &Path, dir: &str) -> Vec<(String, String)> {
    common::snapshot(&root.join(dir))
        .into_iter()
        .filter_map(|(rel, bytes)| Some((format!("{dir}/{rel}"), String::from_utf8(bytes).ok()?)))
        .collect()
}

fn line(text: &str, offset: usize) -> usize {
    text[..offset].matches('\n').count() + 1
}

fn ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// `l.KEY`, `l["KEY"]` and `l["PREFIX" ~ value]` (as `PREFIX{}`); an `l[…]` of anything else
/// goes to `dynamic`.
fn in_template(rel: &str, text: &str, uses: &mut Vec<Use>, dynamic: &mut Vec<String>) {
    for (i, _) in text.match_indices('l') {
        let before = text[..i].chars().next_back();
        if before.is_some_and(|c| ident(c) || c == '.') {
            continue;
        }
        let at = format!("{rel}:{}", line(text, i));
        let rest = &text[i + 1..];
        if let Some(key) = rest.strip_prefix('.') {
            let key: String = key.chars().take_while(|&c| ident(c)).collect();
            if !key.is_empty() {
                uses.push(Use { key, at });
            }
        } else if let Some(inner) = rest.strip_prefix('[') {
            let inner = &inner[..inner.find(']').unwrap_or(inner.len())];
            let mut parts = inner.split('~').map(str::trim);
            let first = parts.next().unwrap_or_default();
            match quoted(first) {
                Some(prefix) => {
                    let key = match parts.next() {
                        None => prefix.to_string(),
                        Some(_) => format!(
                            "{prefix}{{}}{}",
                            parts.next().and_then(quoted).unwrap_or("")
                        ),
                    };
                    uses.push(Use { key, at });
                }
                None => dynamic.push(at),
            }
        }
    }
}

fn quoted(s: &str) -> Option<&str> {
    s.strip_prefix('"')?.strip_suffix('"')
}

/// The keys written in each `.l(…)` and `labels.get(…)`: every string in the call, a
/// `format!` string as its pattern (`granularity_{}`). A call with no string in it holds its
/// key in a variable, which this cannot follow.
fn in_code(rel: &str, text: &str, uses: &mut Vec<Use>) {
    for call in [".l(", "labels.get("] {
        for (i, _) in text.match_indices(call) {
            let start = i + call.len();
            let args = &text[start..start + balanced(&text[start..])];
            let at = format!("{rel}:{}", line(text, i));
            for s in strings(args) {
                let key = pattern(&s);
                uses.push(Use {
                    key,
                    at: at.clone(),
                });
            }
        }
    }
}

/// The length of the arguments up to the `)` that closes the call.
fn balanced(text: &str) -> usize {
    let mut depth = 0;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '(' if !in_string => depth += 1,
            ')' if !in_string && depth == 0 => return i,
            ')' if !in_string => depth -= 1,
            _ => {}
        }
    }
    text.len()
}

/// The string literals in a piece of code.
fn strings(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(open) = rest.find('"') {
        let after = &rest[open + 1..];
        let mut end = after.len();
        let mut escaped = false;
        for (i, c) in after.char_indices() {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => {
                    end = i;
                    break;
                }
                _ => {}
            }
        }
        out.push(after[..end].to_string());
        rest = &after[(end + 1).min(after.len())..];
    }
    out
}

/// A `format!` string with each `{…}` as `{}`; any other string as it is.
fn pattern(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        match rest[open..].find('}') {
            Some(close) => {
                out.push_str("{}");
                rest = &rest[open + close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}
