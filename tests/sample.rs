//! The sample municipality at the repo root (Ospevik kommune) stays healthy: it builds with the
//! one deliberate warning and nothing else, every link resolves, and the built pages still show
//! the features other tests and demonstrations rely on (four levels of units, every status,
//! overdue items, automatic assignments, internal items kept out of the open tree, a CSV-backed
//! indicator). The facts asserted here are the ones marked ✔ in the sample's map,
//! `docs/sample.md`; change both together.
//!
//! The sample is built once per test binary (`built()`), into Cargo's per-target temporary
//! folder, and every test reads that output.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use common::*;
use raudtrad::config::Lang;
use raudtrad::model::vocab::Kind;
use raudtrad::render::urls;
use scraper::{ElementRef, Html, Selector};

/// The only warning the sample may print: its one deliberate orphan assignment, so the
/// coverage report has something to show.
const ORPHAN_WARNING: &str = "content/assignments/stab/arkivflytting.md:1:1: warning: the assignment `arkivflytting` is not tied to any goal";

/// Status labels of the sample's `site.toml`, in its order.
const STATUS_LABELS: [&str; 5] = ["Ikkje starta", "I gang", "Forseinka", "Fullført", "Avbrote"];

struct Built {
    out: PathBuf,
    stderr: String,
}

fn built() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| {
        let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("sample-site");
        if out.exists() {
            std::fs::remove_dir_all(&out).expect("remove the previous sample output");
        }
        let run = build(&repo(), &out);
        assert_eq!(run.code, 0, "the sample does not build:\n{}", run.stderr);
        Built {
            out,
            stderr: run.stderr,
        }
    })
}

fn tree(name: &str) -> PathBuf {
    built().out.join(name)
}

fn page(tree_name: &str, rel: &str) -> Html {
    Html::parse_document(&read(&tree(tree_name).join(rel)))
}

/// The folder of a kind's pages, as the library names it for the sample (Nynorsk).
fn folder(kind: Kind) -> &'static str {
    urls::folder(Lang::Nn, urls::Folder::Items(kind))
}

/// The page of item `id` of `kind` from the tree's root (`FOLDER/ID.html`).
fn item_page(kind: Kind, id: &str) -> String {
    format!("{}/{id}.html", folder(kind))
}

/// Item ids of one kind that have a page in a tree (`FOLDER/ID.html`).
fn ids(tree_name: &str, kind: Kind) -> BTreeSet<String> {
    let dir = folder(kind);
    std::fs::read_dir(tree(tree_name).join(dir))
        .unwrap_or_else(|e| panic!("{tree_name}/{dir}: {e}"))
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let id = name.strip_suffix(".html")?;
            (id != "index").then(|| id.to_string())
        })
        .collect()
}

/// The tasks of a tree, each a section of its assignment's page: id → (status, overdue).
fn tasks(tree_name: &str) -> BTreeMap<String, (String, bool)> {
    let mut out = BTreeMap::new();
    for a in ids(tree_name, Kind::Assignment) {
        let doc = page(tree_name, &item_page(Kind::Assignment, &a));
        for section in select(&doc, "section.task") {
            let id = section.value().attr("id").unwrap().to_string();
            let status = select_in(&section, "dl.track > div")
                .into_iter()
                .find(|d| {
                    select_in(d, "dt")
                        .first()
                        .is_some_and(|dt| text(dt) == "Status")
                })
                .expect("a task's status");
            let label = select_in(&status, "dd .status")
                .first()
                .map(text)
                .unwrap_or_default();
            out.insert(id, (label, text(&status).contains("Over frist")));
        }
    }
    out
}

/// The `<dd>` of the fact list entry whose `<dt>` reads `label`, in the page's `<main>`.
fn fact<'a>(doc: &'a Html, label: &str) -> Option<ElementRef<'a>> {
    select(doc, "main dl > div")
        .into_iter()
        .find(|div| {
            select_in(div, "dt")
                .first()
                .is_some_and(|dt| text(dt) == label)
        })
        .and_then(|div| select_in(&div, "dd").into_iter().next())
}

fn select_in<'a>(el: &ElementRef<'a>, css: &str) -> Vec<ElementRef<'a>> {
    let sel = Selector::parse(css).unwrap();
    el.select(&sel).collect()
}

/// Status label and overdue mark of an assignment or task page.
fn track(doc: &Html) -> (String, bool) {
    let dd = fact(doc, "Status").expect("the page has a Status fact");
    let label = select_in(&dd, ".status")
        .first()
        .map(text)
        .unwrap_or_default();
    (label, text(&dd).contains("Over frist"))
}

fn main_text(doc: &Html) -> String {
    select(doc, "main").first().map(text).unwrap_or_default()
}

#[test]
fn builds_with_only_the_deliberate_orphan_warning() {
    let warnings: Vec<&str> = built()
        .stderr
        .lines()
        .filter(|l| l.contains(": warning: ") || l.contains(": error: "))
        .collect();
    assert_eq!(warnings, [ORPHAN_WARNING], "stderr:\n{}", built().stderr);
}

/// Pages are files (`FOLDER/ID.html`), not folders of their own: an `index.html` below the
/// root is a folder's own page, beside what the folder holds.
#[test]
fn no_page_is_a_folder_of_its_own() {
    for name in ["internal", "open"] {
        let root = tree(name);
        let mut html = 0;
        for (rel, _) in snapshot(&root) {
            if !rel.ends_with(".html") {
                continue;
            }
            html += 1;
            let Some((dir, file)) = rel.rsplit_once('/') else {
                continue;
            };
            if file == "index.html" {
                let beside = std::fs::read_dir(root.join(dir)).unwrap().count();
                assert!(beside > 1, "{name}/{rel} is alone in its folder");
            }
            assert!(
                !dir.contains('/') || dir.starts_with("min-side/"),
                "{name}/{rel}: a page two folders down"
            );
        }
        assert!(html > 100, "{name}: {html} pages");
    }
}

#[test]
fn check_with_links_passes() {
    let run = run(&["check", "--links", "--root", repo().to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(!run.stderr.contains(": error: "), "{}", run.stderr);
    // The same one warning as `build`, nothing about links.
    let warnings: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains(": warning: "))
        .collect();
    assert_eq!(warnings, [ORPHAN_WARNING]);
    // And the trees written by `build` agree: no dangling link or missing file in either.
    for name in ["internal", "open"] {
        let broken = raudtrad::links::check_tree(&tree(name));
        assert!(broken.is_empty(), "{name}: {broken:#?}");
    }
}

#[test]
fn the_organisation_has_four_levels() {
    // Walk every unit page's "Eining over" link up to the root.
    let units = ids("internal", Kind::Unit);
    assert!(units.len() >= 15, "{} units", units.len());
    let parent: BTreeMap<String, Option<String>> = units
        .iter()
        .map(|id| {
            let doc = page("internal", &item_page(Kind::Unit, id));
            let up = fact(&doc, "Eining over").map(|dd| {
                let href = select_in(&dd, "a")[0]
                    .value()
                    .attr("href")
                    .unwrap()
                    .to_string();
                // ../org/ID/index.html
                href.trim_end_matches(".html")
                    .rsplit('/')
                    .next()
                    .unwrap()
                    .to_string()
            });
            (id.clone(), up)
        })
        .collect();
    let roots: Vec<_> = parent.iter().filter(|(_, p)| p.is_none()).collect();
    assert_eq!(roots.len(), 1, "exactly one municipality: {roots:?}");
    let depth = |id: &str| {
        let (mut d, mut at) = (1, id.to_string());
        while let Some(Some(up)) = parent.get(&at) {
            d += 1;
            at = up.clone();
            assert!(d < 50, "parent cycle at {id}");
        }
        d
    };
    let max = units.iter().map(|u| depth(u)).max().unwrap();
    assert_eq!(max, 4, "kommune → sektor → tenesteområde → eining");
    // The units search is tested on.
    let titles: BTreeSet<String> = units
        .iter()
        .map(|id| text(&select(&page("internal", &item_page(Kind::Unit, id)), "h1")[0]))
        .collect();
    assert!(titles.contains("Østre Ospevik skule"), "{titles:?}");
    assert!(titles.contains("Øyane barnehage"), "{titles:?}");
}

#[test]
fn assignments_and_tasks_show_every_status_overdue_and_automatic_items() {
    let mut statuses = BTreeSet::new();
    let mut overdue = BTreeSet::new();
    let mut automatic = BTreeSet::new();
    let assignments = ids("internal", Kind::Assignment);
    for id in &assignments {
        let doc = page("internal", &item_page(Kind::Assignment, id));
        let (label, late) = track(&doc);
        statuses.insert(label);
        if late {
            overdue.insert(id.clone());
        }
        if main_text(&doc).contains("Kjem automatisk frå handlings- og økonomiplanen") {
            automatic.insert(id.clone());
        }
    }
    assert!(
        assignments.len() - automatic.len() >= 35,
        "{} assignment files",
        assignments.len() - automatic.len()
    );
    assert_eq!(
        statuses,
        STATUS_LABELS.map(String::from).into(),
        "assignment statuses"
    );
    let set = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    assert_eq!(
        overdue,
        set(&[
            "digital-byggesak",
            "gratis-sfo",
            "m-tryggleiksteknologi",
            "reguleringsplan-kaia",
            "skulemiljo-plan",
            "velferdsteknologi-demens",
        ]),
        "overdue assignments on 2026-10-15"
    );
    assert_eq!(
        automatic,
        set(&[
            "m-kvardagsrehab",
            "m-tryggleiksteknologi",
            "m-vassleidning-vestbygda",
            "v-2026-03",
            "v-2026-04",
            "v-2026-05",
        ]),
        "priority measures and verbalpunkt not taken over by a file"
    );
    // The automatic assignment whose deadline comes from a report.
    let doc = page("internal", "oppdrag/m-tryggleiksteknologi.html");
    assert!(text(&fact(&doc, "Frist").unwrap()).contains("30. september 2026"));

    let mut task_statuses = BTreeSet::new();
    let mut overdue_tasks = BTreeSet::new();
    for (id, (label, late)) in tasks("internal") {
        task_statuses.insert(label);
        if late {
            overdue_tasks.insert(id);
        }
    }
    assert_eq!(
        task_statuses,
        STATUS_LABELS.map(String::from).into(),
        "task statuses"
    );
    assert_eq!(
        overdue_tasks,
        set(&["t-oyane-uteomrade", "t-ros-rapport", "t-skulemiljo-fau"])
    );
}

#[test]
fn internal_items_stay_in_the_internal_tree() {
    let internal_assignments = ["legevakt-forhandlingar", "omstilling-administrasjon"];
    let open = ids("open", Kind::Assignment);
    let internal = ids("internal", Kind::Assignment);
    for id in internal_assignments {
        assert!(internal.contains(id), "{id} is in the internal tree");
        assert!(!open.contains(id), "{id} is not in the open tree");
    }
    assert_eq!(
        internal.difference(&open).collect::<Vec<_>>(),
        internal_assignments.iter().collect::<Vec<_>>()
    );
    let doc = page("internal", "oppdrag/legevakt-forhandlingar.html");
    assert!(main_text(&doc).contains("Offl. § 23 første ledd"));

    // An internal task inside a public assignment.
    let task = "t-elevundersoking-enkeltsak";
    assert!(tasks("internal").contains_key(task));
    assert!(!tasks("open").contains_key(task));
    let public = main_text(&page("open", "oppdrag/elevundersokinga-oppfolging.html"));
    assert!(public.contains("Klassemøte om resultata på alle trinn"));
    assert!(!public.contains("Aktivitetsplan"));

    // Nothing of them, and no leader's name, anywhere in the open tree (any file type).
    let mut needles: Vec<String> = [
        "Forhandlingar om ny avtale om interkommunal legevakt",
        "Omstilling i administrasjonen: konkretisere innsparinga",
        "Aktivitetsplan etter opplæringslova",
        "Offl. §",
    ]
    .map(String::from)
    .into();
    for id in ids("internal", Kind::Unit) {
        let doc = page("internal", &item_page(Kind::Unit, &id));
        needles.extend(select(&doc, "main .person").iter().map(text));
    }
    assert!(needles.len() >= 15 + 4, "leader names were found");
    let mut leaks = Vec::new();
    for (path, bytes) in snapshot(&tree("open")) {
        let content = String::from_utf8_lossy(&bytes);
        leaks.extend(
            needles
                .iter()
                .filter(|n| content.contains(n.as_str()))
                .map(|n| format!("{path}: {n}")),
        );
    }
    assert!(leaks.is_empty(), "{leaks:#?}");

    // Reports are internal by default; the two yearly reports are public.
    assert_eq!(
        ids("open", Kind::Report),
        ["oppvekst-2025", "ospevik-2025"].map(String::from).into()
    );
    assert!(ids("internal", Kind::Report).len() >= 30);
    // A report without a title is named after its unit and period.
    let report = page("internal", "rapportar/vestbygda-skule-2026-t1.html");
    assert_eq!(
        text(&select(&report, "h1")[0]),
        "Vestbygda skule – 1. tertial 2026"
    );
}

#[test]
fn the_csv_backed_indicator_shows_its_values_per_unit() {
    for name in ["internal", "open"] {
        let doc = page(name, "indikatorar/ind-mobbing.html");
        let rows: Vec<(String, Vec<String>)> = select(&doc, "main tr")
            .iter()
            .filter_map(|tr| {
                let head = select_in(tr, "th").first().map(text)?;
                Some((head, select_in(tr, "td").iter().map(text).collect()))
            })
            .collect();
        let row = |head: &str| {
            rows.iter()
                .find(|(h, _)| h == head)
                .map(|(_, cells)| cells.clone())
                .unwrap_or_else(|| panic!("{name}: no row {head}: {rows:?}"))
        };
        // Whole-municipality rows (unit left empty in the CSV) and per-unit rows.
        assert!(row("2025").contains(&"9,3".to_string()), "{name}");
        assert!(row("2022").contains(&"8,1".to_string()), "{name}");
        let ostre = row("Østre Ospevik skule");
        assert!(
            ostre.contains(&"8,7".to_string()) && ostre.contains(&"9,8".to_string()),
            "{name}: {ostre:?}"
        );
        assert!(
            row("Vestbygda skule").contains(&"9,4".to_string()),
            "{name}"
        );
    }
}

#[test]
fn plans_letters_and_bodies_carry_what_the_format_offers() {
    // The stale tie: an assignment still tied to a goal of the expired plan.
    let doc = page("internal", "oppdrag/velferdsteknologi-demens.html");
    let goals = fact(&doc, "Mål").expect("goals");
    assert!(
        select_in(&goals, "a").iter().any(|a| a
            .value()
            .attr("href")
            .unwrap()
            .contains("mal/kdph-2.html")),
        "{}",
        text(&goals)
    );
    let plan = page("internal", "planar/kommunedelplan-helse-omsorg-2018.html");
    assert!(text(&fact(&plan, "Status for planen").unwrap()).contains("Utgått"));
    let hearing = page("open", "planar/temaplan-rus-psykisk-helse.html");
    assert!(text(&fact(&hearing, "Status for planen").unwrap()).contains("På høyring"));

    // Letters on three levels: the schools' letter breaks down the sector's, which breaks down
    // the kommunedirektør's.
    let letter = page("open", "oppdragsbrev/oppdragsbrev-2026-skule.html");
    let up = fact(&letter, "Byggjer på").expect("parent letter");
    assert!(text(&up).contains("Oppdragsbrev 2026 for sektor oppvekst"));
    let top = page("open", "oppdragsbrev/oppdragsbrev-2026.html");
    // Body headings are shown one level lower than written (the page has the `<h1>`).
    let themes: Vec<String> = select(&top, "main h2, main h3").iter().map(text).collect();
    for theme in [
        "Innleiing",
        "Strategiske oppdrag",
        "Økonomiske oppdrag",
        "Organisatoriske oppdrag",
        "Digitalisering, system og forbetring",
        "Service og kommunikasjon",
        "Særskilte oppdrag",
    ] {
        assert!(themes.iter().any(|t| t == theme), "{theme}: {themes:?}");
    }
    // A relative link from a body to another content file becomes a link to its page.
    assert!(
        select(&top, "main a")
            .iter()
            .any(|a| a.value().attr("href") == Some("../planar/hop-2026-2029.html"))
    );

    // The figure beside the samfunnsdel is published in both trees; the heading keeps its id;
    // the footnote and the table are rendered.
    for name in ["internal", "open"] {
        let doc = page(name, "planar/samfunnsdel-2024-2035.html");
        let img = select(&doc, "main img");
        let src = img[0].value().attr("src").unwrap();
        assert!(src.ends_with("plansystemet.svg"), "{src}");
        let plan_dir = tree(name).join("planar");
        assert!(
            Path::new(&plan_dir).join(src).is_file(),
            "{name}: {src} is published"
        );
        assert_eq!(
            select(&doc, "main h2#plansystemet, main h3#plansystemet").len(),
            1
        );
        assert!(!select(&doc, "main table").is_empty());
        assert!(main_text(&doc).contains("plan- og bygningslova § 11-1"));
    }
}
