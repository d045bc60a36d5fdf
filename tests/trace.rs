//! Den raude tråden on a site built for it (`tests/fixtures/trace`): goal pages reach every
//! assignment serving them, assignment and task pages show every path up, the traceability
//! pages and `check --trace` name exactly the fixture's gaps, the open data agrees with the
//! pages, and the open tree holds no internal item.
//!
//! Every expected set below is counted by hand from the fixture's files. Steps are written
//! as `folder/id` (the page they link to): `mal/g-helse`, `tiltak/m-leseloft`, and the
//! automatic assignment of that measure is `oppdrag/m-leseloft`.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use common::*;
use scraper::{ElementRef, Html};

struct Built {
    site: Site,
}

/// The fixture, built once for every test in this file.
fn built() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| {
        let site = Site::fixture("trace");
        let run = site.build();
        assert_eq!(run.code, 0, "{}", run.stderr);
        Built { site }
    })
}

fn tree(name: &str) -> PathBuf {
    built().site.out().join(name)
}

fn parse(tree: &Path, page: &str) -> Html {
    Html::parse_document(&read(&tree.join(page)))
}

/// A link from `page` (a path from the tree's root), resolved: the target's path from the
/// tree's root and its fragment.
fn resolve(page: &str, href: &str) -> (String, Option<String>) {
    let (path, fragment) = match href.split_once('#') {
        Some((p, f)) => (p, Some(f.to_string())),
        None => (href, None),
    };
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    for seg in path.split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    (parts.join("/"), fragment)
}

/// `mal/g-x.html` → `mal/g-x`.
fn step(path: &str) -> String {
    path.trim_end_matches(".html").to_string()
}

/// The `folder/id` of every link matched by `css` on `page`, following each to check that
/// the page it leads to exists.
fn linked(tree: &Path, page: &str, doc: &Html, css: &str) -> Vec<String> {
    select(doc, css)
        .iter()
        .filter_map(|a| a.attr("href"))
        .map(|href| {
            let (target, _) = resolve(page, href);
            assert!(
                tree.join(&target).is_file(),
                "{page}: the link {href} leads nowhere"
            );
            step(&target)
        })
        .collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn assignments(ids: &[&str]) -> BTreeSet<String> {
    ids.iter().map(|s| format!("oppdrag/{s}")).collect()
}

/// Hand-counted: the assignments below each goal (tied to it or a sub-goal, directly, through
/// a strategy, or carrying out a measure), per tree.
fn expected_below(tree: &str) -> BTreeMap<&'static str, BTreeSet<String>> {
    let open = tree == "open";
    let mut m = BTreeMap::new();
    m.insert(
        "g-oppvekst",
        // a-leseglede through g-lesing-tidleg › g-lesing; a-lesekurs through g-lesing and
        // s-meistring; the automatic m-leseloft through its measure; a-trivsel through
        // g-trivsel.
        assignments(&["a-leseglede", "a-lesekurs", "a-trivsel", "m-leseloft"]),
    );
    m.insert(
        "g-lesing",
        assignments(&["a-leseglede", "a-lesekurs", "m-leseloft"]),
    );
    m.insert("g-lesing-tidleg", assignments(&["a-leseglede"]));
    m.insert("g-trivsel", assignments(&["a-trivsel"]));
    m.insert("g-uteomrade", assignments(&[]));
    m.insert("g-klima", assignments(&[]));
    m.insert("g-gammal", assignments(&["a-gammal"]));
    if open {
        // The automatic m-intern is internal. a-helsestasjon (and a-rus-intern) carry out a
        // measure for g-helse but name no goal: a file does not inherit its measure's goals.
        m.insert("g-helse", assignments(&["a-leseglede", "a-badeland"]));
        m.insert("g-beredskap", assignments(&[]));
    } else {
        m.insert(
            "g-helse",
            assignments(&["a-leseglede", "a-badeland", "m-intern"]),
        );
        m.insert("g-beredskap", assignments(&["a-beredskap-intern"]));
        m.insert("g-intern", assignments(&["a-intern-mal", "a-via-intern"]));
    }
    m
}

/// The assignments a goal page reaches by following links: those in its tree, and those in
/// the trees of the sub-goals its tree links to, at any depth.
fn reached(tree: &Path, goal: &str) -> BTreeSet<String> {
    let page = format!("mal/{goal}.html");
    let doc = parse(tree, &page);
    let mut out = BTreeSet::new();
    for target in linked(tree, &page, &doc, "#rt-tree .trace-tree li > a") {
        if target.starts_with("oppdrag/") {
            out.insert(target);
        } else if let Some(sub) = target.strip_prefix("mal/") {
            out.extend(reached(tree, sub));
        }
    }
    out
}

/// The assignments a goal page lists by unit: every one below it, sub-goals rolled in.
fn by_unit(tree: &Path, goal: &str) -> BTreeSet<String> {
    let page = format!("mal/{goal}.html");
    let doc = parse(tree, &page);
    linked(tree, &page, &doc, ".compact-list li > a")
        .into_iter()
        .collect()
}

#[test]
fn goal_pages_reach_every_assignment_serving_them() {
    for name in ["internal", "open"] {
        let tree = tree(name);
        let expected = expected_below(name);
        for (goal, want) in &expected {
            let page = format!("mal/{goal}.html");
            let doc = parse(&tree, &page);
            assert_eq!(&reached(&tree, goal), want, "{name}: {page}: the tree");
            assert_eq!(&by_unit(&tree, goal), want, "{name}: {page}: by unit");
            // The counts say the same.
            let counts: Vec<String> = select(&doc, ".counts dd").iter().map(text).collect();
            assert_eq!(counts[0], want.len().to_string(), "{name}: {page} count");
        }
        // The open tree has no page for the internal goal.
        assert_eq!(tree.join("mal/g-intern.html").exists(), name == "internal");
    }
}

/// The steps of the tree nodes above a link in the goal tree, nearest first.
fn tree_ancestors(page: &str, a: &ElementRef) -> Vec<String> {
    let mut out = Vec::new();
    // Skip the link's own item.
    for node in a.ancestors().filter_map(ElementRef::wrap).skip(1) {
        if node.value().name() != "li" {
            continue;
        }
        if let Some(link) = node.child_elements().find(|c| c.value().name() == "a") {
            out.push(step(&resolve(page, link.attr("href").unwrap()).0));
        }
    }
    out
}

#[test]
fn the_goal_tree_shows_the_way_each_assignment_serves() {
    let tree = tree("internal");
    let routes = |goal: &str| -> BTreeMap<String, BTreeSet<Vec<String>>> {
        let page = format!("mal/{goal}.html");
        let doc = parse(&tree, &page);
        let mut out: BTreeMap<String, BTreeSet<Vec<String>>> = BTreeMap::new();
        for a in select(&doc, "#rt-tree .trace-tree li > a") {
            let (path, fragment) = resolve(&page, a.attr("href").unwrap());
            let target = step(&path);
            // A link with a fragment is a task, a section of its assignment's page.
            if target.starts_with("oppdrag/") && fragment.is_none() {
                out.entry(target)
                    .or_default()
                    .insert(tree_ancestors(&page, &a));
            }
        }
        out
    };
    let v = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    // The main goal's own tree: the automatic assignment of a measure through the strategy
    // the measure serves; a-lesekurs through the same strategy, under the letter that gave
    // it. What is tied to the sub-goals is on their pages, which the tree links to.
    let r = routes("g-oppvekst");
    assert_eq!(
        r["oppdrag/m-leseloft"],
        [v(&["tiltak/m-leseloft", "strategiar/s-meistring"])].into(),
    );
    assert_eq!(
        r["oppdrag/a-lesekurs"],
        [v(&["oppdragsbrev/brev-oppvekst", "strategiar/s-meistring"])].into(),
    );
    assert_eq!(r.len(), 2, "{r:?}");
    let doc = parse(&tree, "mal/g-oppvekst.html");
    let subgoals: Vec<String> = select(&doc, "#rt-tree li.node-goal")
        .iter()
        .map(text)
        .collect();
    assert_eq!(subgoals.len(), 3, "{subgoals:?}");
    // Alle les godt: a-leseglede (through Tidleg innsats), a-lesekurs, m-leseloft; done:
    // a-lesekurs; overdue: a-leseglede.
    assert!(
        subgoals[0].contains("Alle les godt")
            && subgoals[0].contains("Oppdrag: 3")
            && subgoals[0].contains("Fullførte: 1")
            && subgoals[0].contains("Over frist: 1"),
        "{subgoals:?}"
    );
    assert!(
        subgoals[2].contains("Gode uteområde") && subgoals[2].contains("Ingen oppdrag"),
        "{subgoals:?}"
    );
    // The sub-goal's tree: the measure's assignment through the goal the measure names.
    let r = routes("g-lesing");
    assert_eq!(r["oppdrag/m-leseloft"], [v(&["tiltak/m-leseloft"])].into(),);
    // Through a sub-goal of a sub-goal, under the letter that gave it.
    let r = routes("g-lesing-tidleg");
    assert_eq!(
        r["oppdrag/a-leseglede"],
        [v(&["oppdragsbrev/brev-kd"])].into(),
    );
    let r = routes("g-helse");
    // Carrying out a measure, with no goal of its own: not below the measure's goal.
    assert!(!r.contains_key("oppdrag/a-helsestasjon"), "{r:?}");
    // Carrying out a verbalpunkt and naming the goal.
    assert_eq!(
        r["oppdrag/a-badeland"],
        [v(&["verbalpunkt/v-badeland"])].into()
    );
    // Through a strategy: the second main goal of the task's assignment.
    assert_eq!(
        r["oppdrag/a-leseglede"],
        [v(&["oppdragsbrev/brev-kd", "strategiar/s-forebygging"])].into()
    );
    // Tasks hang under their assignment, with unit, status, deadline and the overdue mark.
    let doc = parse(&tree, "mal/g-helse.html");
    let leik = select(&doc, "#rt-tree li.node-task")
        .into_iter()
        .find(|li| text(li).contains("Leik i friminutta"))
        .expect("the task is in the tree");
    let t = text(&leik);
    for part in ["I gang", "1. april 2026", "Over frist", "Trådvik skule"] {
        assert!(t.contains(part), "{t}");
    }
    // The chain up: a sub-goal in a kommunedelplan, its main goal in the samfunnsdel, with
    // each plan's stage, adoption date and case.
    let doc = parse(&tree, "mal/g-lesing-tidleg.html");
    let chain: Vec<String> = select(&doc, ".chain > li").iter().map(text).collect();
    assert_eq!(chain.len(), 3, "{chain:?}");
    assert!(
        chain[0].starts_with("Delmål Tidleg innsats i lesing"),
        "{chain:?}"
    );
    assert!(
        chain[1].contains("Alle les godt")
            && chain[1].contains("Oppvekstplan 2025–2030")
            && chain[1].contains("1. mars 2025")
            && chain[1].contains("PS 20/2025"),
        "{chain:?}"
    );
    assert!(
        chain[2].starts_with("Hovudmål Gode oppvekstvilkår")
            && chain[2].contains("Samfunnsdelen 2024–2036")
            && chain[2].contains("vedteken")
            && chain[2].contains("PS 12/2024"),
        "{chain:?}"
    );
    // The goal's indicator, latest value against target, shows on the main goal too.
    let doc = parse(&tree, "mal/g-oppvekst.html");
    let ind = text(&select(&doc, "#rt-indicators + div table tbody tr")[0]);
    assert!(
        ind.contains("74 %") && ind.contains("80 %") && ind.contains("Målet er ikkje nådd"),
        "{ind}"
    );
}

/// Hand-counted: every path up from each assignment, per tree.
fn expected_paths(tree: &str) -> BTreeMap<&'static str, BTreeSet<Vec<&'static str>>> {
    let s = "planar/samfunnsdel";
    let mut m: BTreeMap<&str, BTreeSet<Vec<&str>>> = BTreeMap::new();
    let mut add = |a: &'static str, paths: &[&[&'static str]]| {
        m.insert(a, paths.iter().map(|p| p.to_vec()).collect());
    };
    // Two main goals: through the sub-goal (and its main sub-goal) and through a strategy.
    add(
        "a-leseglede",
        &[
            &["mal/g-lesing-tidleg", "mal/g-lesing", "mal/g-oppvekst", s],
            &["strategiar/s-forebygging", "mal/g-helse", s],
        ],
    );
    add(
        "a-lesekurs",
        &[
            &["mal/g-lesing", "mal/g-oppvekst", s],
            &["strategiar/s-meistring", "mal/g-oppvekst", s],
        ],
    );
    add("a-trivsel", &[&["mal/g-trivsel", "mal/g-oppvekst", s]]);
    // Carries out a measure and names no goal: the measure and its plan, not the measure's
    // goal (a file does not inherit its measure's goals).
    add(
        "a-helsestasjon",
        &[&["tiltak/m-helsestasjon", "planar/hop"]],
    );
    add(
        "a-badeland",
        &[
            &["mal/g-helse", s],
            &["verbalpunkt/v-badeland", "planar/hop"],
        ],
    );
    // Automatic: its own goals and strategies are its measure's, so only the measure's paths.
    add(
        "m-leseloft",
        &[
            &["tiltak/m-leseloft", "mal/g-lesing", "mal/g-oppvekst", s],
            &[
                "tiltak/m-leseloft",
                "strategiar/s-meistring",
                "mal/g-oppvekst",
                s,
            ],
        ],
    );
    add("v-skulemat", &[&["verbalpunkt/v-skulemat", "planar/hop"]]);
    add("a-gammal", &[&["mal/g-gammal", "planar/gammal-plan"]]);
    add("a-foreldrelaus", &[]);
    add("a-sak", &[]);
    if tree == "internal" {
        add("a-via-intern", &[&["mal/g-intern", s]]);
        add("a-rus-intern", &[&["tiltak/m-rus", "planar/hop"]]);
        add("m-intern", &[&["tiltak/m-intern", "mal/g-helse", s]]);
        add("a-intern-mal", &[&["mal/g-intern", s]]);
        add("a-beredskap-intern", &[&["mal/g-beredskap", s]]);
        add("a-foreldrelaus-intern", &[]);
    } else {
        // Its only goal is internal: in the open tree it is tied to nothing.
        add("a-via-intern", &[]);
    }
    m
}

fn paths_on(tree: &Path, page: &str) -> BTreeSet<Vec<String>> {
    let doc = parse(tree, page);
    let why = select(&doc, "section.why");
    assert_eq!(why.len(), 1, "{page} has one Kvifor block");
    select(&doc, "section.why ol.paths > li")
        .iter()
        .map(|li| {
            li.select(&scraper::Selector::parse("ol.path > li > a").unwrap())
                .map(|a| {
                    let (target, _) = resolve(page, a.attr("href").unwrap());
                    assert!(tree.join(&target).is_file(), "{page}: {target}");
                    step(&target)
                })
                .collect()
        })
        .collect()
}

#[test]
fn every_assignment_page_shows_every_path_up() {
    for name in ["internal", "open"] {
        let tree = tree(name);
        let expected = expected_paths(name);
        // Every assignment page of the tree is in the table.
        let pages: BTreeSet<String> = std::fs::read_dir(tree.join("oppdrag"))
            .unwrap()
            .flatten()
            .filter_map(|e| {
                let file = e.file_name().to_string_lossy().into_owned();
                let id = file.strip_suffix(".html")?;
                (id != "index").then(|| id.to_string())
            })
            .collect();
        assert_eq!(
            pages,
            expected.keys().map(|s| s.to_string()).collect(),
            "{name}"
        );
        for (a, want) in &expected {
            let page = format!("oppdrag/{a}.html");
            let found = paths_on(&tree, &page);
            let want: BTreeSet<Vec<String>> = want
                .iter()
                .map(|p| p.iter().map(|s| s.to_string()).collect())
                .collect();
            assert_eq!(found, want, "{name}: {page}");
            if want.is_empty() {
                let doc = parse(&tree, &page);
                let why = text(&select(&doc, "section.why")[0]);
                assert!(why.contains("Ikkje knytt til noko mål"), "{why}");
            }
        }
    }
    // A task is a section of its assignment's page, under the paths that page shows.
    let tree = tree("internal");
    let doc = parse(&tree, "oppdrag/a-leseglede.html");
    assert_eq!(select(&doc, "section.task#t-bibliotek").len(), 1);
    // The plan at the end of a path has its stage, adoption date and case.
    let doc = parse(&tree, "oppdrag/a-trivsel.html");
    let last = text(select(&doc, "ol.path > li").last().unwrap());
    assert!(
        last.contains("Samfunnsdelen 2024–2036")
            && last.contains("vedteken")
            && last.contains("13. februar 2024")
            && last.contains("PS 12/2024"),
        "{last}"
    );
}

/// Hand-counted coverage of the whole municipality, per tree.
struct Gaps {
    uncovered_goals: BTreeSet<String>,
    measures: BTreeSet<String>,
    verbal: BTreeSet<String>,
    orphans: BTreeSet<String>,
    stale: BTreeSet<String>,
    letters: BTreeSet<String>,
}

fn expected_gaps(tree: &str) -> Gaps {
    if tree == "open" {
        Gaps {
            // g-beredskap is served only by an internal assignment.
            uncovered_goals: set(&["g-klima", "g-beredskap", "g-uteomrade"]),
            // m-rus is carried out only by an internal assignment.
            measures: set(&["m-sykkel", "m-rus"]),
            verbal: set(&["v-ubehandla"]),
            orphans: set(&["a-foreldrelaus", "a-sak", "a-via-intern", "a-helsestasjon"]),
            stale: set(&["a-gammal"]),
            letters: set(&["brev-tomt"]),
        }
    } else {
        Gaps {
            // g-gammal has nothing new either, but its plan has expired.
            uncovered_goals: set(&["g-klima", "g-uteomrade"]),
            measures: set(&["m-sykkel"]),
            // v-ubehandla is in a kommunedelplan, so nothing carries it out by itself.
            verbal: set(&["v-ubehandla"]),
            orphans: set(&[
                "a-foreldrelaus",
                "a-sak",
                "a-foreldrelaus-intern",
                "a-helsestasjon",
                "a-rus-intern",
            ]),
            stale: set(&["a-gammal"]),
            // brev-kd gave assignments; brev-oppvekst too, below it.
            letters: set(&["brev-tomt", "brev-intern"]),
        }
    }
}

fn check_trace(args: &[&str]) -> Run {
    let root = built().site.root().to_str().unwrap().to_string();
    let mut all = vec!["check", "--root", &root, "--trace"];
    all.extend(args);
    run(&all)
}

fn ids(v: &serde_json::Value, key: &str) -> BTreeSet<String> {
    v[key]
        .as_array()
        .unwrap_or_else(|| panic!("{key} is a list"))
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn check_trace_names_exactly_the_gaps() {
    let want = expected_gaps("internal");
    let json = check_trace(&["--format", "json"]);
    assert_eq!(json.code, 0, "{}", json.stderr);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).expect("stdout is JSON");
    assert_eq!(ids(&v, "uncovered_goals"), want.uncovered_goals);
    assert_eq!(ids(&v, "measures_without_assignment"), want.measures);
    assert_eq!(ids(&v, "verbal_without_assignment"), want.verbal);
    assert_eq!(ids(&v, "orphans"), want.orphans);
    assert_eq!(ids(&v, "stale"), want.stale);
    assert_eq!(ids(&v, "letters_without_assignment"), want.letters);
    assert_eq!(v["stale"][0]["goals"], serde_json::json!(["g-gammal"]));
    assert_eq!(
        v["uncovered_goals"][0]["file"],
        "content/plans/oppvekstplan.md"
    );
    assert_eq!(v["strict_failure"], true);
    assert_eq!(
        (v["plans"].as_u64(), v["plans_adopted"].as_u64()),
        (Some(4), Some(3))
    );

    // The text report: a section per list, its count, and one line per item with its file.
    let textual = check_trace(&[]);
    assert_eq!(textual.code, 0, "{}", textual.stderr);
    let mut sections: BTreeMap<String, (usize, BTreeSet<String>)> = BTreeMap::new();
    let mut current = String::new();
    for line in textual.stdout.lines() {
        if let Some(item) = line.strip_prefix("  ") {
            assert!(item.starts_with("content/"), "{line}");
            let id = item.split('`').nth(1).unwrap().to_string();
            sections.get_mut(&current).unwrap().1.insert(id);
        } else if let Some((title, n)) = line.rsplit_once(": ")
            && let Ok(n) = n.parse::<usize>()
        {
            current = title.to_string();
            sections.insert(current.clone(), (n, BTreeSet::new()));
        }
    }
    for (title, want) in [
        ("goals with no assignment", &want.uncovered_goals),
        ("measures with no assignment", &want.measures),
        ("verbalpunkt with no assignment", &want.verbal),
        ("assignments with no goal (orphans)", &want.orphans),
        (
            "assignments tied to goals of an expired plan (stale)",
            &want.stale,
        ),
        ("letters that gave no assignment", &want.letters),
    ] {
        let (n, found) = &sections[title];
        assert_eq!(
            (n, found),
            (&want.len(), want),
            "{title}\n{}",
            textual.stdout
        );
    }
    assert!(textual.stdout.contains(
        "content/plans/samfunnsdel.md:18:1: goal `g-klima` Klimavennleg kommune (plan `samfunnsdel`)"
    ), "{}", textual.stdout);
}

#[test]
fn strict_fails_on_orphans_and_uncovered_goals_only() {
    let strict = check_trace(&["--strict"]);
    assert_eq!(strict.code, 1, "{}", strict.stdout);
    assert!(
        strict
            .stderr
            .contains("error: --strict: 5 assignments with no goal, 2 goals with no assignment"),
        "{}",
        strict.stderr
    );
    let json = check_trace(&["--strict", "--format", "json"]);
    assert_eq!(json.code, 1);
    assert!(serde_json::from_str::<serde_json::Value>(&json.stdout).is_ok());

    // Mend the orphans and the uncovered goals: stale ties, measures and letters remain, and
    // --strict passes.
    let site = Site::fixture("trace");
    for f in [
        "a-foreldrelaus",
        "a-sak",
        "a-foreldrelaus-intern",
        "a-helsestasjon",
        "a-rus-intern",
    ] {
        site.remove(&format!("content/assignments/{f}.md"));
    }
    site.write(
        "content/assignments/a-klima.md",
        "+++\ntitle = \"Klimaplan\"\nowner = \"kommune\"\ngoals = [\"g-klima\", \"g-uteomrade\"]\ndeadline = 2026-12-31\n+++\n",
    );
    let root = site.root().to_str().unwrap();
    let ok = run(&["check", "--root", root, "--trace", "--strict"]);
    assert_eq!(ok.code, 0, "{}\n{}", ok.stdout, ok.stderr);
    assert!(ok.stdout.contains("assignments with no goal (orphans): 0"));
    assert!(
        ok.stdout
            .contains("assignments tied to goals of an expired plan (stale): 1")
    );

    // Errors in the site win over the report: exit 1 and no report.
    site.write(
        "content/assignments/feil.md",
        "+++\ntitle = \"x\"\nowner = \"ingen\"\n+++\n",
    );
    let bad = run(&["check", "--root", root, "--trace"]);
    assert_eq!(bad.code, 1);
    assert!(!bad.stdout.contains("den raude tråden:"), "{}", bad.stdout);
    assert!(bad.stderr.contains("feil.md"), "{}", bad.stderr);
}

#[test]
fn trace_flags_need_trace_and_are_in_the_help() {
    let root = built().site.root().to_str().unwrap().to_string();
    for args in [
        vec!["check", "--root", &root, "--strict"],
        vec!["check", "--root", &root, "--format", "json"],
        vec!["check", "--root", &root, "--trace", "--format", "yaml"],
    ] {
        let r = run(&args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
    }
    let help = run(&["check", "--help"]);
    for flag in ["--trace", "--format", "--strict", "orphans", "json"] {
        assert!(help.stdout.contains(flag), "{flag}: {}", help.stdout);
    }
}

/// The ids listed under a coverage heading on a traceability page.
fn listed(tree: &Path, page: &str, doc: &Html, heading_id: &str) -> Option<BTreeSet<String>> {
    let h = select(doc, &format!("h3#{heading_id}"))
        .into_iter()
        .next()?;
    let list = h
        .next_siblings()
        .filter_map(ElementRef::wrap)
        .next()
        .expect("a list after the heading");
    if list.value().name() == "p" {
        return Some(BTreeSet::new());
    }
    let mut out = BTreeSet::new();
    for a in list.select(&scraper::Selector::parse("li > a.card-title").unwrap()) {
        let (target, _) = resolve(page, a.attr("href").unwrap());
        assert!(tree.join(&target).is_file(), "{page}: {target}");
        out.insert(step(&target).rsplit('/').next().unwrap().to_string());
    }
    Some(out)
}

#[test]
fn traceability_pages_list_the_same_gaps_per_tree() {
    for name in ["internal", "open"] {
        let tree = tree(name);
        let want = expected_gaps(name);
        let page = "raud-trad/index.html";
        let doc = parse(&tree, page);
        for (id, want) in [
            ("rt-uncovered-goals", &want.uncovered_goals),
            ("rt-measures-without", &want.measures),
            ("rt-verbal-without", &want.verbal),
            ("rt-orphans", &want.orphans),
            ("rt-stale", &want.stale),
            ("rt-letters-without", &want.letters),
        ] {
            assert_eq!(
                listed(&tree, page, &doc, id).as_ref(),
                Some(want),
                "{name}: {id}"
            );
        }
        // A plan's page: its own gaps, whatever its stage.
        let page = "raud-trad/oppvekstplan.html";
        let doc = parse(&tree, page);
        assert_eq!(
            listed(&tree, page, &doc, "rt-uncovered-goals"),
            Some(set(&["g-uteomrade"]))
        );
        assert_eq!(
            listed(&tree, page, &doc, "rt-verbal-without"),
            Some(set(&["v-ubehandla"]))
        );
        assert_eq!(listed(&tree, page, &doc, "rt-orphans"), None);
        let page = "raud-trad/gammal-plan.html";
        let doc = parse(&tree, page);
        assert_eq!(
            listed(&tree, page, &doc, "rt-stale"),
            Some(set(&["a-gammal"]))
        );
    }
}

/// A matrix: column headers (`folder/id`) and, per row header, the cells' texts and links.
struct Matrix {
    columns: Vec<String>,
    rows: BTreeMap<String, Vec<(String, Option<String>)>>,
}

fn matrix(tree: &Path, page: &str) -> Matrix {
    let doc = parse(tree, page);
    let tables = select(&doc, "table.matrix");
    assert_eq!(tables.len(), 1);
    let caption = select(&doc, "table.matrix > caption");
    assert_eq!(caption.len(), 1, "{page}: the matrix has a caption");
    let columns: Vec<String> = select(&doc, "table.matrix thead th[scope=col]")
        .iter()
        .map(
            |th| match th.select(&scraper::Selector::parse("a").unwrap()).next() {
                Some(a) => step(&resolve(page, a.attr("href").unwrap()).0),
                None => text(th),
            },
        )
        .collect();
    let mut rows = BTreeMap::new();
    for tr in select(&doc, "table.matrix tbody tr") {
        let Some(th) = tr
            .child_elements()
            .find(|c| c.value().attr("scope") == Some("row"))
        else {
            continue;
        };
        let a = th
            .select(&scraper::Selector::parse("a").unwrap())
            .next()
            .unwrap();
        let key = step(&resolve(page, a.attr("href").unwrap()).0);
        let cells = tr
            .child_elements()
            .filter(|c| c.value().name() == "td")
            .map(|td| {
                let link = td
                    .select(&scraper::Selector::parse("a.cell-count").unwrap())
                    .next()
                    .map(|a| a.attr("href").unwrap().to_string());
                (text(&td), link)
            })
            .collect();
        rows.insert(key, cells);
    }
    Matrix { columns, rows }
}

fn counts(m: &Matrix, row: &str) -> Vec<u32> {
    m.rows[row]
        .iter()
        .map(|(t, _)| t.split_whitespace().next().unwrap().parse().unwrap())
        .collect()
}

#[test]
fn the_matrix_counts_by_goal_and_unit_and_each_count_links_to_what_it_counts() {
    for name in ["internal", "open"] {
        let tree = tree(name);
        let page = "raud-trad/samfunnsdel.html";
        let m = matrix(&tree, page);
        let mut cols = vec![
            "I planen",
            "einingar/kommune",
            "einingar/helse",
            "einingar/oppvekst",
        ];
        if name == "internal" {
            cols.push("einingar/stab");
        }
        cols.push("Totalt");
        assert_eq!(m.columns, cols, "{name}");
        let with_stab = |mut v: Vec<u32>, stab: u32| {
            if name == "internal" {
                v.insert(3, stab);
            }
            v
        };
        // a-leseglede is given to skule (under oppvekst) and helse; the other three are
        // oppvekst's or skule's.
        assert_eq!(counts(&m, "mal/g-oppvekst"), with_stab(vec![0, 1, 4, 4], 0));
        if name == "internal" {
            // a-helsestasjon and a-rus-intern carry out helse's measures but name no goal.
            assert_eq!(counts(&m, "mal/g-helse"), vec![1, 2, 1, 0, 3]);
            assert_eq!(counts(&m, "mal/g-intern"), vec![0, 1, 0, 1, 2]);
        } else {
            assert_eq!(counts(&m, "mal/g-helse"), vec![1, 1, 1, 2]);
            assert!(!m.rows.contains_key("mal/g-intern"));
        }
        assert_eq!(counts(&m, "mal/g-klima"), with_stab(vec![0, 0, 0, 0], 0));
        // One number per cell and its overdue count marked (in words for a screen reader):
        // oppvekst's four for g-oppvekst, one overdue. The breakdown by status is on the page
        // the number leads to, not in the cell.
        let (cell, _) = &m.rows["mal/g-oppvekst"][2];
        assert_eq!(
            cell.split_whitespace().collect::<Vec<_>>(),
            // The ⚠ before the overdue count is the stylesheet's, as everywhere overdue is marked.
            ["4", "1", "over", "frist"],
            "{cell}"
        );
        // Every count links to a list of exactly what it counts.
        for (row, cells) in &m.rows {
            for (t, href) in cells {
                let n: usize = t.split_whitespace().next().unwrap().parse().unwrap();
                let Some(href) = href else {
                    assert_eq!(n, 0, "{row}: a count without a link");
                    continue;
                };
                let (target, fragment) = resolve(page, href);
                let doc = parse(&tree, &target);
                let fragment = fragment.expect("a cell links to a place on the page");
                let el = select(&doc, &format!("#{fragment}"))
                    .into_iter()
                    .next()
                    .unwrap_or_else(|| panic!("{row}: no #{fragment} on {target}"));
                let listed = if fragment == "rt-tree" {
                    select(&doc, ".counts dd")[0]
                        .text()
                        .collect::<String>()
                        .parse()
                        .unwrap()
                } else {
                    let list = el
                        .next_siblings()
                        .filter_map(ElementRef::wrap)
                        .next()
                        .unwrap();
                    list.select(&scraper::Selector::parse("li").unwrap())
                        .count()
                };
                assert_eq!(listed, n, "{name}: {row} → {href}");
            }
        }
        // The HØP's page has rows for its measures and verbalpunkt; a measure's count links
        // to the assignment that carries it out.
        let m = matrix(&tree, "raud-trad/hop.html");
        let (_, link) = m.rows["tiltak/m-leseloft"].last().unwrap();
        assert_eq!(
            resolve("raud-trad/hop.html", link.as_deref().unwrap()).0,
            "oppdrag/m-leseloft.html"
        );
        assert!(m.rows.contains_key("verbalpunkt/v-skulemat"));
        assert_eq!(m.rows.contains_key("tiltak/m-intern"), name == "internal");
    }
}

/// The data files of a tree, parsed: JSON rows and CSV records (as JSON-like strings).
fn data(tree: &Path) -> (serde_json::Value, Vec<BTreeMap<String, String>>) {
    let json: serde_json::Value =
        serde_json::from_str(&read(&tree.join("data/items.json"))).expect("items.json parses");
    let mut reader = csv::Reader::from_path(tree.join("data/items.csv")).expect("items.csv");
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "id",
            "type",
            "title",
            "unit",
            "status",
            "status_label",
            "progress",
            "deadline",
            "overdue",
            "goals",
            "parent",
            "url"
        ]
    );
    let rows = reader
        .records()
        .map(|r| {
            let r = r.expect("a CSV record");
            header
                .iter()
                .cloned()
                .zip(r.iter().map(String::from))
                .collect()
        })
        .collect();
    (json, rows)
}

/// A JSON value as the CSV writes it.
fn as_csv(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Array(a) => a
            .iter()
            .map(|x| x.as_str().unwrap())
            .collect::<Vec<_>>()
            .join(" "),
        other => other.to_string(),
    }
}

#[test]
fn json_and_csv_parse_and_agree_with_the_pages() {
    for name in ["internal", "open"] {
        let tree = tree(name);
        let (json, csv_rows) = data(&tree);
        assert_eq!(json["schema"], "raudtrad-items/2");
        assert_eq!(json["tree"], name);
        assert_eq!(json["today"], "2026-06-15");
        let items = json["items"].as_array().unwrap();
        assert_eq!(
            items.len(),
            csv_rows.len(),
            "{name}: one row per item in both"
        );
        for (j, c) in items.iter().zip(&csv_rows) {
            for (k, v) in c {
                assert_eq!(&as_csv(&j[k.as_str()]), v, "{name}: {k} of {}", c["id"]);
            }
        }
        // Every page of an item has a row, and every row a page.
        let with_page: BTreeSet<String> = items
            .iter()
            .map(|r| r["url"].as_str().unwrap().to_string())
            .collect();
        for dir in [
            "oppdrag",
            "mal",
            "tiltak",
            "verbalpunkt",
            "oppdragsbrev",
            "einingar",
        ] {
            for e in std::fs::read_dir(tree.join(dir)).unwrap().flatten() {
                let file = e.file_name().to_string_lossy().into_owned();
                if file != "index.html" {
                    let url = format!("{dir}/{file}");
                    assert!(with_page.contains(&url), "{name}: no row for {url}");
                }
                // Each task, a section of its assignment's page, has a row at its anchor.
                if dir == "oppdrag" && file != "index.html" {
                    let doc = parse(&tree, &format!("{dir}/{file}"));
                    for task in select(&doc, "section.task") {
                        let url = format!("{dir}/{file}#{}", task.attr("id").unwrap());
                        assert!(with_page.contains(&url), "{name}: no row for {url}");
                    }
                }
            }
        }
        let paths = expected_paths(name);
        for r in items {
            let url = r["url"].as_str().unwrap();
            let (page, anchor) = url.split_once('#').unwrap_or((url, ""));
            let doc = parse(&tree, page);
            // The item's part of the page: the whole page, or the section at its anchor.
            let part = if anchor.is_empty() {
                select(&doc, "main")[0]
            } else {
                let found = select(&doc, &format!("[id=\"{anchor}\"]"));
                assert_eq!(found.len(), 1, "{name}: the anchor of {url}");
                found[0]
            };
            let within = |css: &str| -> Vec<ElementRef> {
                part.select(&scraper::Selector::parse(css).unwrap())
                    .collect()
            };
            let heading = text(&within("h1, h3")[0]);
            assert_eq!(r["title"], heading.as_str(), "{name}: {url}");
            let kind = r["type"].as_str().unwrap();
            if kind == "assignment" || kind == "task" {
                let status = text(&within(".track dd .status")[0]);
                assert_eq!(r["status_label"], status.as_str(), "{url}");
                let overdue_on_page = !within(".track .overdue").is_empty();
                assert_eq!(r["overdue"], overdue_on_page, "{url}");
                let deadline = within(".track time")
                    .first()
                    .and_then(|t| t.attr("datetime"))
                    .map(String::from);
                assert_eq!(r["deadline"].as_str().map(String::from), deadline, "{url}");
            }
            if kind == "assignment" {
                // The goals are the first goal of each path the page shows.
                let id = r["id"].as_str().unwrap();
                let want: BTreeSet<String> = paths[id]
                    .iter()
                    .filter_map(|p| p.iter().find(|s| s.starts_with("mal/")))
                    .map(|s| s.trim_start_matches("mal/").to_string())
                    .collect();
                let got: BTreeSet<String> = r["goals"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|g| g.as_str().unwrap().to_string())
                    .collect();
                assert_eq!(got, want, "{name}: goals of {id}");
                // The unit is the owner the page links to.
                let owner = select(&doc, ".facts dd a")
                    .into_iter()
                    .find(|a| a.attr("href").unwrap().contains("/einingar/"))
                    .map(|a| step(&resolve(url, a.attr("href").unwrap()).0));
                assert_eq!(
                    r["unit"].as_str().map(|u| format!("einingar/{u}")),
                    owner,
                    "{url}"
                );
            }
            if kind == "task" {
                assert_eq!(r["parent"], "a-leseglede");
            }
        }
        // A goal's parent is its main goal, even in another plan; a top goal's its plan.
        let row = |id: &str| {
            items
                .iter()
                .find(|r| r["id"] == id && r["type"] == "goal")
                .unwrap()
        };
        assert_eq!(row("g-lesing")["parent"], "g-oppvekst");
        assert_eq!(row("g-oppvekst")["parent"], "samfunnsdel");
        // The automatic assignment sits under its measure; an assignment file under its letter.
        let a = |id: &str| {
            items
                .iter()
                .find(|r| r["id"] == id && r["type"] == "assignment")
                .unwrap()
        };
        assert_eq!(a("m-leseloft")["parent"], "m-leseloft");
        assert_eq!(a("a-lesekurs")["parent"], "brev-oppvekst");
        assert_eq!(a("a-badeland")["parent"], "v-badeland");
    }
}

#[test]
fn the_open_tree_holds_no_internal_item_and_no_data_file_a_name() {
    let internal_ids = [
        "stab",
        "g-intern",
        "m-intern",
        "a-rus-intern",
        "a-intern-mal",
        "a-beredskap-intern",
        "a-foreldrelaus-intern",
        "t-intern",
        "brev-intern",
    ];
    for name in ["internal", "open"] {
        let tree = tree(name);
        let (json, _) = data(&tree);
        let ids: BTreeSet<&str> = json["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap())
            .collect();
        for id in internal_ids {
            assert_eq!(ids.contains(id), name == "internal", "{name}: {id}");
        }
        for file in ["data/items.json", "data/items.csv"] {
            let text = read(&tree.join(file));
            // Person names never, in either tree: rows carry units.
            assert!(!text.contains("PERSONNAMN"), "{name}/{file} names a person");
            assert_eq!(
                text.contains("INTERN-"),
                name == "internal",
                "{name}/{file}"
            );
            for id in internal_ids {
                let quoted = format!("\"{id}\"");
                if name == "open" {
                    assert!(!text.contains(&quoted), "{file} refers to {id}");
                }
            }
        }
    }
    // Nowhere in the open tree: no page, link, count or title of an internal item, no name.
    let mut needles: Vec<String> = vec!["INTERN-".into(), "PERSONNAMN".into()];
    needles.extend(internal_ids.iter().map(|id| format!("/{id}/")));
    for (path, bytes) in snapshot(&tree("open")) {
        let text = String::from_utf8_lossy(&bytes);
        for needle in &needles {
            assert!(
                !text.contains(needle.as_str()),
                "open/{path} holds {needle}"
            );
        }
    }
    assert!(raudtrad::links::check_tree(&tree("open")).is_empty());
    assert!(raudtrad::links::check_tree(&tree("internal")).is_empty());
}

/// What holds on any site, in both trees: a goal page's tree links exactly the assignments
/// whose data row names the goal or one of its sub-goals (by the rows' `parent`), and counts
/// them; an assignment page's paths start from exactly the goals its row names; the
/// municipality's matrix totals agree with the goal pages; JSON and CSV hold the same rows.
fn invariants_hold(out: &Path) {
    for name in ["internal", "open"] {
        let tree = out.join(name);
        let (json, csv_rows) = data(&tree);
        let items = json["items"].as_array().unwrap();
        assert_eq!(items.len(), csv_rows.len());
        for (j, c) in items.iter().zip(&csv_rows) {
            for (k, v) in c {
                assert_eq!(&as_csv(&j[k.as_str()]), v, "{name}: {k}");
            }
        }
        let of = |kind: &str| {
            items
                .iter()
                .filter(move |r| r["type"] == kind)
                .collect::<Vec<_>>()
        };
        let goals = of("goal");
        let goal_ids: BTreeSet<&str> = goals.iter().map(|r| r["id"].as_str().unwrap()).collect();
        let parent: BTreeMap<&str, &str> = goals
            .iter()
            .filter_map(|r| {
                let p = r["parent"].as_str()?;
                goal_ids.contains(p).then(|| (r["id"].as_str().unwrap(), p))
            })
            .collect();
        let under = |goal: &str, of: &str| {
            let mut at = Some(of);
            while let Some(x) = at {
                if x == goal {
                    return true;
                }
                at = parent.get(x).copied();
            }
            false
        };
        let assignment_rows = of("assignment");
        for r in &assignment_rows {
            let page = r["url"].as_str().unwrap();
            let firsts: BTreeSet<String> = paths_on(&tree, page)
                .iter()
                .filter_map(|p| p.iter().find(|s| s.starts_with("mal/")).cloned())
                .collect();
            let want: BTreeSet<String> = r["goals"]
                .as_array()
                .unwrap()
                .iter()
                .map(|g| format!("mal/{}", g.as_str().unwrap()))
                .collect();
            assert_eq!(firsts, want, "{name}: {page}");
        }
        // A tree with no goal has no matrix (nor, without a plan, a traceability page).
        if goal_ids.is_empty() {
            continue;
        }
        let municipality = matrix(&tree, "raud-trad/index.html");
        for goal in &goal_ids {
            let want: BTreeSet<String> = assignment_rows
                .iter()
                .filter(|r| {
                    r["goals"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|gl| under(goal, gl.as_str().unwrap()))
                })
                .map(|r| format!("oppdrag/{}", r["id"].as_str().unwrap()))
                .collect();
            let page = format!("mal/{goal}.html");
            let doc = parse(&tree, &page);
            assert_eq!(reached(&tree, goal), want, "{name}: {page}: the tree");
            assert_eq!(by_unit(&tree, goal), want, "{name}: {page}: by unit");
            let count = text(&select(&doc, ".counts dd")[0]);
            assert_eq!(count, want.len().to_string(), "{name}: {page}");
            let total = municipality.rows[&format!("mal/{goal}")]
                .last()
                .unwrap()
                .0
                .split_whitespace()
                .next()
                .unwrap()
                .to_string();
            assert_eq!(total, count, "{name}: matrix total of {goal}");
        }
    }
}

#[test]
fn invariants_hold_on_the_fixtures_and_the_sample() {
    invariants_hold(&built().site.out());
    let site = Site::fixture("every-field");
    assert_eq!(site.build().code, 0);
    invariants_hold(&site.out());
    // The sample municipality at the repository's root, once it has content.
    if repo().join("content").is_dir() {
        let site = Site::copy_of(&repo());
        let run = site.build();
        assert_eq!(run.code, 0, "{}", run.stderr);
        invariants_hold(&site.out());
    }
}

/// The sample municipality (docs/sample.md): its one deliberate orphan and its one stale tie
/// are what `check --trace` names, and its internal items are not in the open data.
#[test]
fn the_sample_reports_its_deliberate_gaps_and_keeps_its_open_data_public() {
    if !repo().join("content").is_dir() {
        return;
    }
    let run = run(&[
        "check",
        "--root",
        repo().to_str().unwrap(),
        "--trace",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(ids(&v, "orphans"), set(&["arkivflytting"]));
    assert_eq!(ids(&v, "stale"), set(&["velferdsteknologi-demens"]));
    assert_eq!(v["stale"][0]["goals"], serde_json::json!(["kdph-2"]));

    let site = Site::copy_of(&repo());
    assert_eq!(site.build().code, 0);
    let internal = [
        "legevakt-forhandlingar",
        "omstilling-administrasjon",
        "t-elevundersoking-enkeltsak",
    ];
    for name in ["internal", "open"] {
        let (json, _) = data(&site.out().join(name));
        let ids: BTreeSet<&str> = json["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap())
            .collect();
        for id in internal {
            assert_eq!(ids.contains(id), name == "internal", "{name}: {id}");
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 8, rng_seed: proptest::test_runner::RngSeed::Fixed(20_261_207), ..proptest::prelude::ProptestConfig::default() })]

    #[test]
    fn invariants_hold_on_random_sites(seed in proptest::prelude::any::<u64>()) {
        let dir = tempfile::tempdir().unwrap();
        sites::random_site(seed, dir.path(), false);
        let out = dir.path().join("public");
        let mut diags = raudtrad::diag::Diagnostics::new();
        proptest::prop_assert!(raudtrad::build(dir.path(), &out, &mut diags).is_ok());
        invariants_hold(&out);
    }
}

/// Content model v1.1: an assignment file that names a measure in `source` replaces the
/// measure's automatic assignment and does not inherit its goals. The fixture's
/// a-helsestasjon carries out m-helsestasjon (for g-helse) and names no goal of its own.
#[test]
fn carrying_out_a_measure_does_not_inherit_its_goals() {
    let run = built().site.check();
    assert!(
        run.stderr.contains(
            "content/assignments/a-helsestasjon.md:1:1: warning: the assignment `a-helsestasjon` is not tied to any goal"
        ),
        "{}",
        run.stderr
    );
    let tree = tree("open");
    let json: serde_json::Value =
        serde_json::from_str(&read(&tree.join("data/items.json"))).unwrap();
    let item = |id: &str| {
        json["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == id)
            .unwrap_or_else(|| panic!("{id} in items.json"))
            .clone()
    };
    assert_eq!(item("a-helsestasjon")["goals"], serde_json::json!([]));
    assert_eq!(
        item("m-helsestasjon")["goals"],
        serde_json::json!(["g-helse"])
    );
    // The measure's page still says who carries it out; the goal's page does not count it.
    let measure = read(&tree.join("tiltak/m-helsestasjon.html"));
    assert!(measure.contains("../oppdrag/a-helsestasjon.html"));
    let goal = read(&tree.join("mal/g-helse.html"));
    assert!(
        !goal.contains("oppdrag/a-helsestasjon/"),
        "g-helse lists a-helsestasjon"
    );
}

/// A measure that names a main goal and, through a strategy, one of its sub-goals is tied to
/// both: its assignment shows under the measure on the main goal's tree (not "no assignment")
/// and has both paths up.
#[test]
fn a_measure_tied_to_a_goal_and_through_a_strategy_to_its_sub_goal() {
    let site = Site::fixture("minimal");
    site.write(
        "content/plans/hop.md",
        "+++\ntitle = \"HØP\"\nkind = \"handlings-og-okonomiplan\"\nowner = \"kommune\"\n\n\
         [[strategies]]\nid = \"s-sub\"\ntitle = \"Strategi for delmålet\"\ngoals = [\"helse-02\"]\n\n\
         [[measures]]\nid = \"m-begge\"\ntitle = \"Tiltak for begge\"\ngoals = [\"helse-01\"]\n\
         strategies = [\"s-sub\"]\nowner = \"kommune\"\npriority = true\n+++\n",
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let tree = site.out().join("internal");
    let paths = paths_on(&tree, "oppdrag/m-begge.html");
    let want: BTreeSet<Vec<String>> = [
        vec!["tiltak/m-begge", "mal/helse-01", "planar/plan"],
        vec![
            "tiltak/m-begge",
            "strategiar/s-sub",
            "mal/helse-02",
            "mal/helse-01",
            "planar/plan",
        ],
    ]
    .into_iter()
    .map(|p| p.into_iter().map(str::to_string).collect())
    .collect();
    assert_eq!(paths, want);
    let goal = read(&tree.join("mal/helse-01.html"));
    let doc = Html::parse_document(&goal);
    let measure_node = select(&doc, "#rt-tree li")
        .into_iter()
        .find(|li| text(li).starts_with("Tiltak Tiltak for begge"))
        .map(|li| li.html())
        .expect("the measure is in the main goal's tree");
    assert!(
        measure_node.contains("oppdrag/m-begge.html"),
        "{measure_node}"
    );
}
