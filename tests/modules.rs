//! The top-level modules of `src/` (load, resolve, render, search, serve, …) import each
//! other without a cycle, so the pipeline reads one way (docs/architecture.md, "Modules and
//! what they may import"). A module's imports are the `crate::NAME` paths its files write
//! outside comments; `lib.rs` and `main.rs` are the crate's root, above every module.
//!
//! `cargo test --test modules -- --nocapture` lists each module's imports.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Imports = BTreeMap<String, BTreeSet<String>>;

#[test]
fn top_level_modules_import_each_other_without_a_cycle() {
    let imports = imports(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    for (module, names) in &imports {
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        println!("{module} → {}", names.join(", "));
    }
    assert!(imports.contains_key("render") && imports.contains_key("model"));
    if let Some(cycle) = cycle(&imports) {
        panic!(
            "the top-level modules import each other in a cycle: {}\n\
             move what both need below both (see docs/architecture.md)",
            cycle.join(" → ")
        );
    }
}

#[test]
fn a_cycle_is_found_and_named() {
    let graph = |edges: &[(&str, &str)]| {
        let mut g = Imports::new();
        for (a, b) in edges {
            g.entry(a.to_string()).or_default().insert(b.to_string());
            g.entry(b.to_string()).or_default();
        }
        g
    };
    let acyclic = graph(&[
        ("render", "model"),
        ("search", "render"),
        ("search", "model"),
    ]);
    assert_eq!(cycle(&acyclic), None);
    let cyclic = graph(&[
        ("render", "model"),
        ("model", "search"),
        ("search", "render"),
    ]);
    assert_eq!(
        cycle(&cyclic).unwrap(),
        ["model", "search", "render", "model"]
    );
    let parsed = names_in(
        "use crate::{config::Lang, model};\nlet x = crate::render::tree; // crate::search\n",
    );
    assert_eq!(parsed, ["config", "model", "render"]);
}

/// Module → the modules it imports.
fn imports(src: &Path) -> Imports {
    let mut out = Imports::new();
    let top: Vec<(String, std::path::PathBuf)> = std::fs::read_dir(src)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter_map(|p| {
            let name = p.file_stem()?.to_str()?.to_string();
            let module = p.is_dir() || p.extension().is_some_and(|e| e == "rs");
            (module && name != "lib" && name != "main").then_some((name, p))
        })
        .collect();
    let modules: BTreeSet<&str> = top.iter().map(|(n, _)| n.as_str()).collect();
    for (name, path) in &top {
        let found = out.entry(name.clone()).or_default();
        for file in rust_files(path) {
            let text = std::fs::read_to_string(&file).unwrap();
            found.extend(
                names_in(&text)
                    .into_iter()
                    .filter(|n| n != name && modules.contains(n.as_str())),
            );
        }
    }
    out
}

fn rust_files(path: &Path) -> Vec<std::path::PathBuf> {
    if path.is_file() {
        return vec![path.to_path_buf()];
    }
    let mut out = Vec::new();
    for entry in std::fs::read_dir(path).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            out.extend(rust_files(&p));
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
    out
}

/// The names after `crate::` in code (comments left out), `crate::{a, b::c}` included.
fn names_in(text: &str) -> Vec<String> {
    let mut out = BTreeSet::new();
    for line in text.lines() {
        let code = line.trim_start();
        if code.starts_with("//") {
            continue;
        }
        let code = code.split(" //").next().unwrap_or(code);
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + "crate::".len()..];
            let items: Vec<&str> = match rest.strip_prefix('{') {
                Some(group) => top_items(group),
                None => vec![rest],
            };
            for item in items {
                let name: String = item
                    .trim_start()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.insert(name);
                }
            }
        }
    }
    out.into_iter().collect()
}

/// The items of a `{…}` group at its own depth (`a, b::{c, d}, e}` → `a`, `b::…`, `e`).
fn top_items(group: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                items.push(&group[start..i]);
                return items;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&group[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(&group[start..]);
    items
}

/// A cycle, as the modules along it with the first one again at the end; `None` when the
/// graph has none. Depth first, modules and imports in name order, so the same graph always
/// names the same cycle.
fn cycle(imports: &Imports) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Open,
        Done,
    }
    fn visit<'a>(
        at: &'a str,
        imports: &'a Imports,
        marks: &mut BTreeMap<&'a str, Mark>,
        path: &mut Vec<&'a str>,
    ) -> Option<Vec<String>> {
        marks.insert(at, Mark::Open);
        path.push(at);
        for next in imports.get(at).into_iter().flatten() {
            match marks.get(next.as_str()) {
                Some(Mark::Open) => {
                    let from = path.iter().position(|m| m == next).unwrap();
                    let mut cycle: Vec<String> =
                        path[from..].iter().map(|m| m.to_string()).collect();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                Some(Mark::Done) => {}
                None => {
                    if let Some(c) = visit(next, imports, marks, path) {
                        return Some(c);
                    }
                }
            }
        }
        path.pop();
        marks.insert(at, Mark::Done);
        None
    }
    let mut marks = BTreeMap::new();
    for module in imports.keys() {
        if !marks.contains_key(module.as_str())
            && let Some(c) = visit(module, imports, &mut marks, &mut Vec::new())
        {
            return Some(c);
        }
    }
    None
}
