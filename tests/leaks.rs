//! The open tree never holds an internal item or, unless the site publishes them, a person's
//! name — in any file, whatever its type. The fixture `openness` marks everything internal
//! with `LEAK` (ids `leak-…`) and gives every person the surname `Personmerke…`; the sample
//! municipality is scanned for markers derived from its own content. Also here: what the open
//! tree has instead (the landing page, feed, sitemap, robots.txt, the accessibility statement,
//! the 404 page) and what the internal tree adds (exemptions, noindex).

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::leaks::{markers, scan, scan_names};
use common::*;
use raudtrad::model::vocab::Audience;

/// The persons of the fixture (see [`common::OPENNESS_PERSONS`]).
const NAMES: [&str; 7] = OPENNESS_PERSONS;

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn built(site: &Site) -> Run {
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    run
}

#[test]
fn the_leak_fixture_leaks_nothing_in_any_file() {
    let site = Site::fixture("openness");
    built(&site);
    let open = site.out().join("open");
    let internal = site.out().join("internal");

    // Every byte and every path of every file, whatever its type.
    let leaks = scan(&open, &strings(&["LEAK", "leak", "Personmerke"]));
    assert!(leaks.is_empty(), "{leaks:#?}");
    let names = strings(&NAMES);
    assert!(scan_names(&open, &names).is_empty());

    // The same with markers read from the content: the page of every internal item, its
    // texts, every person name. Only the generator's own words in the default title of the
    // report on the internal unit ("LEAK-unit-title – 1. tertial 2026") are not the site's.
    let (_, m) = markers(site.root());
    assert_eq!(m.shared, ["tertial 2026"]);
    assert_eq!(
        m.names.iter().collect::<BTreeSet<_>>(),
        names.iter().collect::<BTreeSet<_>>()
    );
    // Hand-counted: the pages of 26 internal items (1 unit, 2 plans, 3 goals, 2 strategies,
    // 2 measures, 2 verbalpunkt, 1 letter, 5 assignments of which 3 automatic, 2 tasks,
    // 1 indicator, 1 checklist, 2 checkpoints, 2 reports) and 6 distinct exemptions; the
    // fixture's texts are LEAK-words, too short to be markers of their own.
    assert_eq!(m.internal.len(), 32, "{:#?}", m.internal);
    let mut all = m.internal.clone();
    all.extend(m.names.iter().cloned());
    let leaks = scan(&open, &all);
    assert!(leaks.is_empty(), "{leaks:#?}");

    // The markers are real: the internal tree has every one of them, and every person.
    let found: BTreeSet<String> = scan(&internal, &all)
        .into_iter()
        .map(|f| f.split_once(": ").unwrap().1.to_string())
        .collect();
    let missing: Vec<&String> = all.iter().filter(|m| !found.contains(*m)).collect();
    assert!(missing.is_empty(), "not in the internal tree: {missing:?}");

    // An attachment only an internal item links to stays internal.
    assert!(internal.join("filer/assignments/leak-vedlegg.txt").exists());
    assert!(!open.join("files").exists());
}

#[test]
fn public_text_that_names_a_person_is_warned_about_and_withheld() {
    let site = Site::fixture("openness");
    let run = built(&site);
    let warnings: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains("public text names the person"))
        .collect();
    assert_eq!(
        warnings,
        [
            "content/assignments/lesing.md:1:1: warning: public text names the person `Astrid Personmerkeaa`",
            "content/assignments/lesing.md:37:1: warning: public text names the person `Bjørn Personmerkebb`",
            "content/reports/oppvekst-t1.md:1:1: warning: public text names the person `Dag Personmerkedd`",
            "content/reports/oppvekst-t1.md:58:1: warning: public text names the person `Astrid Personmerkeaa`",
            "content/reports/oppvekst-t1.md:58:1: warning: public text names the person `Cecilie Personmerkecc`",
        ]
    );
    let report = site.page("open", "rapportar/oppvekst-t1.html");
    assert!(
        report.contains("(namn ikkje publisert) og (namn ikkje publisert) melder at"),
        "{report}"
    );
    assert!(report.contains("(namn ikkje publisert) har teke over leiinga"));
    // The internal tree shows what was written.
    let internal = site.page("internal", "rapportar/oppvekst-t1.html");
    assert!(internal.contains("Astrid Personmerkeaa og Cecilie Personmerkecc melder"));
}

/// The views leave names out where the format puts them, without the writer's guard: with no
/// name in public text, nothing rendered for the open tree names anyone.
#[test]
fn views_leave_names_out_before_the_guard() {
    let site = Site::fixture("openness");
    for (file, from, to) in [
        (
            "content/assignments/lesing.md",
            "Astrid Personmerkeaa følgjer",
            "Kommunedirektøren følgjer",
        ),
        (
            "content/assignments/lesing.md",
            "Bjørn\nPersonmerkebb",
            "kommunalsjefen",
        ),
        (
            "content/reports/oppvekst-t1.md",
            "Dag Personmerkedd har",
            "Rektor har",
        ),
        (
            "content/reports/oppvekst-t1.md",
            "Astrid Personmerkeaa og Cecilie Personmerkecc melder",
            "Leiarane melder",
        ),
    ] {
        let text = read(&site.root().join(file));
        assert!(text.contains(from), "{file} has {from:?}");
        site.write(file, &text.replace(from, to));
    }
    let mut diags = raudtrad::diag::Diagnostics::new();
    let (g, renderer) = raudtrad::check(site.root(), &mut diags).expect("the site checks");
    assert!(
        !diags
            .iter()
            .any(|d| d.to_string().contains("names the person"))
    );
    let finder = raudtrad::model::PersonNames::new(strings(&NAMES));
    let pages = renderer.pages(&g, Audience::Open);
    assert!(pages.len() > 30);
    for page in &pages {
        let r = renderer.render(&g, Audience::Open, page).unwrap();
        let found = finder.find(r.html.as_bytes());
        assert!(found.is_empty(), "{} names {:?}", page.path, found);
        assert!(!r.html.contains("namn ikkje publisert"), "{}", page.path);
        assert!(!r.html.contains("LEAK"), "{}", page.path);
    }
    // And with the guard the build is the same as without it.
    assert_eq!(
        renderer.guard(&g, Audience::Open).map(|gd| {
            let html = renderer.render(&g, Audience::Open, &pages[0]).unwrap().html;
            gd.apply(html.as_bytes()).into_owned() == html.into_bytes()
        }),
        Some(true)
    );
}

#[test]
fn names_appear_in_the_open_tree_when_the_site_publishes_them() {
    let site = Site::fixture("openness");
    let toml = read(&site.root().join("site.toml"));
    site.write(
        "site.toml",
        &toml.replace(
            "publish_person_names = false",
            "publish_person_names = true",
        ),
    );
    let run = built(&site);
    assert!(!run.stderr.contains("names the person"));
    let open = site.out().join("open");
    let found = scan_names(&open, &strings(&NAMES));
    let pages_of = |name: &str| -> BTreeSet<String> {
        found
            .iter()
            .filter(|f| f.ends_with(name))
            .map(|f| f.split_once(": ").unwrap().0.to_string())
            .collect()
    };
    // Leaders of public units, on their unit's page; the person responsible for a public task.
    assert!(pages_of("Astrid Personmerkeaa").contains("einingar/kommune.html"));
    assert!(pages_of("Bjørn Personmerkebb").contains("einingar/oppvekst.html"));
    assert!(pages_of("Dag Personmerkedd").contains("einingar/skule.html"));
    assert!(
        pages_of("Erik Personmerkeee").contains(
            site.path_of("oppgave-kartlegging")
                .split('#')
                .next()
                .unwrap()
        )
    );
    assert!(
        site.section("open", "oppgave-kartlegging")
            .contains("Erik Personmerkeee")
    );
    // Cecilie leads an internal unit: only the public report that names her shows her name.
    assert!(pages_of("Cecilie Personmerkecc").contains("rapportar/oppvekst-t1.html"));
    assert!(!pages_of("Cecilie Personmerkecc").contains("einingar/leak-eining.html"));
    // Persons on internal tasks stay internal with the tasks.
    assert!(pages_of("Frida Personmerkeff").is_empty());
    assert!(pages_of("Gunnar Personmerkegg").is_empty());
    assert!(scan(&open, &strings(&["LEAK", "leak"])).is_empty());
}

fn xml(path: &Path) -> String {
    let text = read(path);
    roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text
}

const ATOM: &str = "http://www.w3.org/2005/Atom";

/// The entries of an Atom feed as (title, link), after checking what RFC 4287 requires.
fn atom_entries(path: &Path) -> Vec<(String, String)> {
    let text = xml(path);
    let doc = roxmltree::Document::parse(&text).unwrap();
    let feed = doc.root_element();
    assert_eq!(feed.tag_name().name(), "feed");
    assert_eq!(feed.tag_name().namespace(), Some(ATOM));
    let child = |n: roxmltree::Node, name: &str| {
        n.children()
            .find(|c| c.has_tag_name((ATOM, name)))
            .unwrap_or_else(|| panic!("{}: <{name}> missing", path.display()))
            .text()
            .unwrap_or_default()
            .to_string()
    };
    let is_date = |s: &str| chrono::DateTime::parse_from_rfc3339(s).is_ok();
    assert!(is_date(&child(feed, "updated")));
    assert!(!child(feed, "id").is_empty() && !child(feed, "title").is_empty());
    assert!(
        feed.children()
            .any(|c| c.has_tag_name((ATOM, "author")) || c.has_tag_name((ATOM, "entry"))),
    );
    let mut ids = BTreeSet::new();
    let mut out = Vec::new();
    for entry in feed.children().filter(|c| c.has_tag_name((ATOM, "entry"))) {
        assert!(ids.insert(child(entry, "id")), "entry ids are unique");
        assert!(is_date(&child(entry, "updated")));
        let link = entry
            .children()
            .find(|c| c.has_tag_name((ATOM, "link")))
            .and_then(|l| l.attribute("href"))
            .expect("every entry links to its page")
            .to_string();
        out.push((child(entry, "title"), link));
    }
    // Newest first.
    let dates: Vec<String> = feed
        .children()
        .filter(|c| c.has_tag_name((ATOM, "entry")))
        .map(|e| child(e, "updated"))
        .collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted);
    out
}

#[test]
fn the_feed_sitemap_and_robots_txt() {
    let site = Site::fixture("openness");
    built(&site);
    let open = site.out().join("open");
    let base = "https://fjord.example/styring/";
    let local = |url: &str| -> std::path::PathBuf {
        open.join(
            url.strip_prefix(base)
                .unwrap_or_else(|| panic!("{url} is under {base}")),
        )
    };

    // Changes citizens may see, hand-counted: two plans and two verbalpunkt adopted, two
    // letters sent, one public report and the two public items it gave a new status.
    let entries = atom_entries(&open.join("feed.xml"));
    let titles: Vec<&str> = entries.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Rapportert: Oppvekst – 1. tertial 2026",
            "Ny status: Auke lesedugleiken",
            "Ny status: Lesesatsing i skulen",
            "Sendt: Oppdragsbrev til Fjord skule",
            "Sendt: Oppdragsbrev til oppvekst 2026",
            "Vedteke: Handlings- og økonomiplan 2026–2029",
            "Vedteke: Kommunedirektøren greier ut nye leikeplassar.",
            "Vedteke: Kommunedirektøren kjem tilbake med ei sak om skulestruktur.",
            "Vedteke: Kommuneplanen sin samfunnsdel",
        ]
    );
    for (_, link) in &entries {
        assert!(local(link).is_file(), "{link}");
    }
    // Employees see the internal changes too: two internal plans, two internal verbalpunkt,
    // an internal letter, two more reports and four more status changes.
    let internal_entries = atom_entries(&site.out().join("internal/feed.xml"));
    assert_eq!(internal_entries.len(), 20);

    // The sitemap names every open HTML page but the 404 page, as absolute addresses.
    let sitemap = xml(&open.join("sitemap.xml"));
    let doc = roxmltree::Document::parse(&sitemap).unwrap();
    let locs: BTreeSet<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .map(|n| n.text().unwrap().to_string())
        .collect();
    let html: BTreeSet<String> = snapshot(&open)
        .into_iter()
        .map(|(p, _)| p)
        .filter(|p| p.ends_with(".html") && p != "404.html")
        .map(|p| format!("{base}{p}"))
        .collect();
    assert_eq!(locs, html);
    assert!(!site.out().join("internal/sitemap.xml").exists());

    assert_eq!(
        read(&open.join("robots.txt")),
        format!("User-agent: *\nAllow: /\n\nSitemap: {base}sitemap.xml\n\n")
    );
    assert_eq!(
        read(&site.out().join("internal/robots.txt")),
        "User-agent: *\nDisallow: /\n\n"
    );
    // Every internal page also asks not to be indexed.
    for (path, doc) in pages(&site.out().join("internal")) {
        let robots = select(&doc, "meta[name=robots]");
        assert_eq!(
            robots.first().and_then(|m| m.attr("content")),
            Some("noindex, nofollow"),
            "{path}"
        );
    }
}

#[test]
fn without_an_address_there_is_no_sitemap_and_the_feed_links_relatively() {
    let site = Site::fixture("openness");
    let toml = read(&site.root().join("site.toml"));
    let toml: String = toml
        .lines()
        .filter(|l| !l.contains("base_url"))
        .map(|l| format!("{l}\n"))
        .collect();
    site.write("site.toml", &toml);
    built(&site);
    let open = site.out().join("open");
    assert!(!open.join("sitemap.xml").exists());
    assert_eq!(
        read(&open.join("robots.txt")),
        "User-agent: *\nAllow: /\n\n"
    );
    let feed = read(&open.join("feed.xml"));
    assert!(feed.contains("<id>tag:raudtrad.invalid,2024:opne-fjordkommune/open</id>"));
    for (_, link) in atom_entries(&open.join("feed.xml")) {
        assert!(
            !link.contains("://") && open.join(&link).is_file(),
            "{link}"
        );
    }
    // The 404 page then takes the tree to be at the root of its server.
    let doc = scraper::Html::parse_document(&read(&open.join("404.html")));
    let css = select(&doc, "link[rel=stylesheet]");
    assert_eq!(css[0].attr("href"), Some("/assets/raudtrad.css"));
}

/// Rows of a table on a page: each row's cells as text.
fn rows(doc: &scraper::Html, section: &str) -> Vec<Vec<String>> {
    select(doc, &format!("section[aria-labelledby={section}] tbody tr"))
        .iter()
        .map(|tr| {
            tr.child_elements()
                .map(|c| text(&c))
                .collect::<Vec<String>>()
        })
        .collect()
}

#[test]
fn the_open_front_page_shows_public_work_by_goal_area_verbalpunkt_and_plan() {
    let site = Site::fixture("openness");
    built(&site);
    let doc = scraper::Html::parse_document(&site.page("open", "index.html"));
    assert_eq!(select(&doc, "body.page-landing").len(), 1);
    // Columns: assignments, then one per status (ikkje starta, i gang, fullført, avbrote), then
    // overdue. Hand-counted: the goal has the reading assignment and the priority measure's
    // assignment (the internal measure's assignment is not counted); the municipality owns the
    // playground verbalpunkt's assignment (the school-structure one is carried out by an
    // internal assignment); Oppvekst has the reading assignment, the priority measure and the
    // public assignment of its internal unit (done).
    assert_eq!(
        rows(&doc, "rt-by-goal"),
        [vec![
            "Gode oppvekstvilkår Kommuneplanen sin samfunnsdel",
            "2",
            "0",
            "2",
            "0",
            "0",
            "0"
        ]]
    );
    assert_eq!(
        rows(&doc, "rt-by-area"),
        [
            vec!["Fjordkommune kommune", "1", "1", "0", "0", "0", "0"],
            vec!["Oppvekst sektor", "3", "0", "2", "1", "0", "0"],
        ]
    );
    let cards = |section: &str| -> Vec<String> {
        select(&doc, &format!("section[aria-labelledby={section}] li.card"))
            .iter()
            .map(text)
            .collect()
    };
    // The school-structure verbalpunkt is carried out by an internal assignment: no status.
    assert_eq!(
        cards("rt-verbal"),
        [
            "Kommunedirektøren greier ut nye leikeplassar. Saksnummer: PS 88/2025 (11. desember 2025) Ansvarleg eining: Fjordkommune Status: Ikkje starta",
            "Kommunedirektøren kjem tilbake med ei sak om skulestruktur. Saksnummer: PS 88/2025 (11. desember 2025) Ansvarleg eining: Fjordkommune",
        ]
    );
    // The deadline is a report's (v1.2: shown as a new deadline, as the current deadline is
    // shown whatever report gave it).
    assert_eq!(
        cards("rt-priority"),
        [
            "Lesesatsing i skulen Ansvarleg eining: Oppvekst Status: I gang Ny frist: 1. september 2026"
        ]
    );
    assert_eq!(
        rows(&doc, "rt-adopted"),
        [
            vec![
                "Kommuneplanen sin samfunnsdel",
                "Kommuneplanen sin samfunnsdel",
                "2024–2036",
                "13. februar 2024, Kommunestyret",
                "PS 12/2024"
            ],
            vec![
                "Handlings- og økonomiplan 2026–2029",
                "Handlings- og økonomiplan",
                "2026–2029",
                "11. desember 2025, Kommunestyret",
                "PS 88/2025"
            ],
        ]
    );
    // The internal tree keeps its own front page.
    let internal = scraper::Html::parse_document(&site.page("internal", "index.html"));
    assert_eq!(select(&internal, "body.page-front").len(), 1);
}

#[test]
fn exemptions_show_on_internal_pages_only_and_are_inherited() {
    let site = Site::fixture("openness");
    built(&site);
    // An item's own page says it in its header; a task in its section of its assignment's.
    let exemption = |path: &str| -> Vec<String> {
        let doc = scraper::Html::parse_document(&site.page("internal", path));
        select(&doc, ".item-header .exemption")
            .iter()
            .map(text)
            .collect()
    };
    let task_exemption = |id: &str| -> Vec<String> {
        let doc = scraper::Html::parse_fragment(&site.section("internal", id));
        select(&doc, ".exemption").iter().map(text).collect()
    };
    let said = |e: &str| vec![format!("Unnateke offentlegheit: {e}")];
    // Its own, and a container's for what is written in it (at any depth, through the
    // automatic assignment of a measure in an internal plan).
    assert_eq!(
        exemption("oppdrag/leak-oppdrag.html"),
        said("LEAK-assignment-exemption")
    );
    assert_eq!(
        task_exemption("leak-oppdrag-oppgave"),
        said("LEAK-assignment-exemption")
    );
    assert_eq!(task_exemption("leak-oppgave"), said("LEAK-task-exemption"));
    assert_eq!(
        exemption("mal/leak-plan-mal.html"),
        said("LEAK-plan-exemption")
    );
    assert_eq!(
        exemption("tiltak/leak-hop-tiltak.html"),
        said("LEAK-hop-exemption")
    );
    assert_eq!(
        exemption("oppdrag/leak-hop-tiltak.html"),
        said("LEAK-hop-exemption")
    );
    assert_eq!(
        exemption("einingar/leak-eining.html"),
        said("LEAK-unit-exemption")
    );
    // An internal item without one says nothing; a public item has none to show.
    assert!(exemption("oppdrag/leak-tiltak.html").is_empty());
    assert!(exemption("einingar/oppvekst.html").is_empty());

    // An exemption on a public item is a warning: probably a forgotten visibility.
    let small = Site::fixture("minimal");
    let text = read(&small.root().join("content/assignments/oppdrag.md"));
    small.write(
        "content/assignments/oppdrag.md",
        &text.replacen("+++\n", "+++\nexemption = \"Offl. § 14\"\n", 1),
    );
    let run = small.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "content/assignments/oppdrag.md:1:1: warning: `oppdrag` has an `exemption` but is public"
        ),
        "{}",
        run.stderr
    );
    assert!(!small.page("open", "oppdrag/oppdrag.html").contains("Offl."));
}

#[test]
fn a_report_on_an_internal_unit_is_internal() {
    let site = Site::fixture("openness");
    let run = built(&site);
    assert!(run.stderr.contains("content/reports/intern-eining-t1.md:1:1: warning: this report is public, but its unit `leak-eining` is internal"), "{}", run.stderr);
    assert!(
        !site
            .out()
            .join("open/rapportar/intern-eining-t1.html")
            .exists()
    );
    assert!(
        site.page("internal", "rapportar/intern-eining-t1.html")
            .contains("<h1>LEAK-unit-title – 1. tertial 2026</h1>")
    );
    // The public report of a public unit is there.
    assert!(site.out().join("open/rapportar/oppvekst-t1.html").exists());
}

#[test]
fn the_accessibility_statement_and_the_404_page() {
    let site = Site::fixture("openness");
    built(&site);
    for tree in ["open", "internal"] {
        let doc = scraper::Html::parse_document(&site.page(tree, "tilgjengelegheit.html"));
        let links: Vec<&str> = select(&doc, "main a")
            .iter()
            .filter_map(|a| a.attr("href"))
            .collect();
        assert_eq!(
            links,
            [
                "https://uustatus.no/nn/erklaringar/publisert/00000000-0000-0000-0000-000000000000",
                "mailto:postmottak@fjord.example",
                "https://www.uutilsynet.no/"
            ],
            "{tree}"
        );
        let main = text(&select(&doc, "main")[0]);
        assert!(main.contains("Sist vurdert: 20. januar 2026"), "{main}");
        assert!(main.contains("Kartet over einingane manglar tekstalternativ."));
        // Every page links to it from its footer.
        for (path, page) in pages(&site.out().join(tree)) {
            let footer: Vec<&str> = select(&page, "footer a")
                .iter()
                .filter_map(|a| a.attr("href"))
                .collect();
            let root = if path == "404.html" {
                if tree == "open" {
                    "/styring/".to_string()
                } else {
                    "/plan/".to_string()
                }
            } else {
                "../".repeat(path.matches('/').count())
            };
            assert!(
                footer.contains(&format!("{root}tilgjengelegheit.html").as_str()),
                "{tree}/{path}: {footer:?}"
            );
        }
    }
    // The 404 page is served for missing paths at any depth: it links from where the tree is
    // published (open: base_url, internal: internal_base_url), never relatively.
    for (tree, root) in [("open", "/styring/"), ("internal", "/plan/")] {
        let doc = scraper::Html::parse_document(&site.page(tree, "404.html"));
        for el in select(&doc, "[href], [src]") {
            let href = el.attr("href").or(el.attr("src")).unwrap();
            assert!(
                href.starts_with(root) || href.starts_with('#'),
                "{tree}: {href}"
            );
        }
        assert!(select(&doc, "link[rel=canonical]").is_empty());
    }
    // And the link checker understands it.
    for tree in ["open", "internal"] {
        let broken = raudtrad::links::check_tree(&site.out().join(tree));
        assert!(broken.is_empty(), "{broken:#?}");
    }
}

#[test]
fn the_sample_municipality_leaks_nothing() {
    let root = repo();
    assert!(
        root.join("site.toml").exists(),
        "the sample site is part of the repository"
    );
    let site = Site::copy_of(&root);
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (g, m) = markers(site.root());
    eprintln!(
        "sample: {} internal markers, {} names, {} shared with public text: {:?}",
        m.internal.len(),
        m.names.len(),
        m.shared.len(),
        m.shared
    );
    // The sample has internal items and names enough to make the scan mean something.
    assert!(m.internal.len() >= 50, "{} markers", m.internal.len());
    assert!(m.names.len() >= 18, "{:?}", m.names);
    assert!(!g.config.publish_person_names);
    let mut all = m.internal.clone();
    all.extend(m.names.iter().cloned());
    let open = site.out().join("open");
    let leaks = scan(&open, &all);
    assert!(leaks.is_empty(), "{leaks:#?}");
    assert!(scan_names(&open, &m.names).is_empty());
    let found: BTreeSet<String> = scan(&site.out().join("internal"), &all)
        .into_iter()
        .map(|f| f.split_once(": ").unwrap().1.to_string())
        .collect();
    let missing: Vec<&String> = all.iter().filter(|x| !found.contains(*x)).collect();
    assert!(missing.is_empty(), "not in the internal tree: {missing:?}");
    for tree in ["open", "internal"] {
        let broken = raudtrad::links::check_tree(&site.out().join(tree));
        assert!(broken.is_empty(), "{tree}: {broken:#?}");
    }
}

/// Leaving an internal item out does not lose what is public below it, nor show a gap where
/// it was.
#[test]
fn a_public_item_below_an_internal_one_stands_on_its_own() {
    let site = Site::fixture("openness");
    built(&site);
    let open = |path: &str| scraper::Html::parse_document(&site.page("open", path));
    // A public sub-goal of an internal goal is on its plan's page.
    let plan = open("planar/samfunnsdel.html");
    let goals: Vec<String> = select(&plan, ".goal-tree > li > a")
        .iter()
        .map(text)
        .collect();
    assert_eq!(
        goals,
        ["Gode oppvekstvilkår", "Delmål under eit internt mål"]
    );
    // A public school under an internal unit: in the organisation one level below Oppvekst,
    // among Oppvekst's units below, and in its breadcrumbs.
    let org = open("einingar/index.html");
    let depths: Vec<(String, String)> = select(&org, ".org-tree li")
        .iter()
        .map(|li| {
            let a = li
                .child_elements()
                .find(|c| c.value().name() == "a")
                .unwrap();
            (text(&a), li.attr("class").unwrap().to_string())
        })
        .collect();
    assert_eq!(
        depths,
        [
            ("Fjordkommune".to_string(), "depth-0".to_string()),
            ("Oppvekst".to_string(), "depth-1".to_string()),
            ("Fjord skule".to_string(), "depth-2".to_string()),
        ]
    );
    let oppvekst = open("einingar/oppvekst.html");
    let below: Vec<String> = select(&oppvekst, "table tbody th a")
        .iter()
        .map(text)
        .collect();
    assert!(below.contains(&"Fjord skule".to_string()), "{below:?}");
    let skule = open("einingar/skule.html");
    let crumbs: Vec<String> = select(&skule, ".breadcrumbs li").iter().map(text).collect();
    assert_eq!(
        crumbs,
        [
            "Framside",
            "Organisasjon",
            "Fjordkommune",
            "Oppvekst",
            "Fjord skule"
        ]
    );
}

/// The open tree's own reading of a file, independent of raudtrad's matcher: composed,
/// lower case, markup and iCalendar folds gone, references and escapes decoded, every run of
/// white space (and hyphen, underscore) one space. A name found here is a name a reader (or a
/// calendar program, or a search) would see.
fn as_a_reader_sees(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let unfolded = text.replace("\r\n ", "").replace("\r\n\t", "");
    let mut no_tags = String::with_capacity(unfolded.len());
    let mut in_tag = false;
    for c in unfolded.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                no_tags.push(' ');
            }
            _ if !in_tag => no_tags.push(c),
            _ => {}
        }
    }
    let decoded = no_tags
        .replace("&nbsp;", " ")
        .replace("&#160;", " ")
        .replace("&shy;", "")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
        .replace("\\n", " ")
        .replace("\\r", " ")
        .replace(['\u{ad}', '\u{200b}'], "")
        .replace(['-', '_'], " ");
    let lower: String = decoded.nfc().collect::<String>().to_lowercase();
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// However an editor happens to write a person's name in public text — another case, a
/// decomposed letter, two spaces, a no-break space, a soft hyphen, a line break in a CRLF
/// file, markup between the words, the genitive, a heading (whose anchor is made from it), a
/// title long enough for the calendar to fold, a line break inside a title (JSON and
/// iCalendar write `\n`), a text file beside the page — the open tree shows it withheld, and
/// resolve warns about each.
#[test]
fn names_are_withheld_however_they_are_written() {
    let site = Site::fixture("openness");
    // One more person, with a letter that has a decomposed form.
    site.write(
        "content/org/namneininga.md",
        "+++\ntitle = \"Namneininga\"\nparent = \"oppvekst\"\nleader = { role = \"Leiar\", name = \"Åse Personmerkehh\" }\n+++\n",
    );
    let body = "Samtale med ASTRID PERSONMERKEAA i dag.\r\n\r\n\
        ## Møte med Bjørn  Personmerkebb\r\n\r\n\
        Cecilie&nbsp;Personmerkecc og *Dag* Personmerkedd kjem.\r\n\
        Vi nyttar Astrid Personmerkeaas kontor og Erik\u{a0}Personmerke\u{ad}ee sitt.\r\n\
        Ring Frida\r\n   Personmerkeff eller A\u{30a}se Personmerkehh, sjå [notatet](namnevariantar-notat.txt).\r\n";
    site.write(
        "content/assignments/namnevariantar.md",
        &format!(
            "+++\r\ntitle = \"\"\"Oppfølging av tilsynsrapporten og dialogmøte med Gunnar\r\nPersonmerkegg og kommunalsjefen\"\"\"\r\n\
             summary = \"Bjørn Personmerkebb fylgjer opp\"\r\nyear = 2026\r\nowner = \"oppvekst\"\r\n\
             goals = [\"mal-oppvekst\"]\r\ndeadline = 2026-11-01\r\n+++\r\n{body}"
        ),
    );
    site.write(
        "content/assignments/namnevariantar-notat.txt",
        "Notat frå møtet med Gunnar Personmerkegg.\n",
    );
    let run = built(&site);
    let mut names: Vec<&str> = NAMES.to_vec();
    names.push("Åse Personmerkehh");
    let warned: BTreeSet<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("content/assignments/namnevariantar.md"))
        .filter_map(|l| l.split("names the person `").nth(1)?.split('`').next())
        .collect();
    assert_eq!(warned, names.iter().copied().collect(), "{}", run.stderr);
    let open = site.out().join("open");
    assert!(open.join("oppdrag/namnevariantar.html").exists());
    assert!(
        open.join("filer/assignments/namnevariantar-notat.txt")
            .exists()
    );
    let mut files = 0;
    for entry in walkdir::WalkDir::new(&open) {
        let entry = entry.unwrap();
        if !entry.file_type().is_file() {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(entry.path()) else {
            continue;
        };
        files += 1;
        let seen = as_a_reader_sees(&text);
        for name in &names {
            let name = as_a_reader_sees(name);
            assert!(
                !seen.contains(&name),
                "{} shows {name}",
                entry.path().display()
            );
        }
    }
    assert!(files > 50);
    // The heading's anchor is made of what the page shows.
    let page = site.page("open", "oppdrag/namnevariantar.html");
    assert!(
        page.contains("id=\"mote-med-namn-ikkje-publisert\""),
        "{page}"
    );
    // The internal tree keeps what was written.
    let internal = site.page("internal", "oppdrag/namnevariantar.html");
    assert!(internal.contains("Bjørn  Personmerkebb"), "{internal}");
}

/// An id is the address of a page in both trees; a person's name in a public item's id
/// cannot be withheld, so it is an error that says how to mend it.
#[test]
fn a_name_in_a_public_id_is_an_error() {
    let site = Site::fixture("openness");
    site.write(
        "content/assignments/tilsetjing-astrid-personmerkeaa.md",
        "+++\ntitle = \"Tilsetjing\"\nowner = \"oppvekst\"\ngoals = [\"mal-oppvekst\"]\ndeadline = 2026-11-01\n+++\n",
    );
    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains(
        "content/assignments/tilsetjing-astrid-personmerkeaa.md:1:1: error: the id `tilsetjing-astrid-personmerkeaa` holds the name of the person `Astrid Personmerkeaa`"
    ), "{}", run.stderr);
    // As an internal item it is fine: the open tree has no page for it.
    site.write(
        "content/assignments/tilsetjing-astrid-personmerkeaa.md",
        "+++\ntitle = \"Tilsetjing\"\nowner = \"oppvekst\"\nvisibility = \"internal\"\ngoals = [\"mal-oppvekst\"]\ndeadline = 2026-11-01\n+++\n",
    );
    built(&site);
}

/// A task's section says who is responsible where names may be shown (the internal tree),
/// in the first spelling the site uses for that person; the open tree's names the unit.
#[test]
fn task_sections_name_the_responsible_person_internally_only() {
    let site = Site::fixture("openness");
    built(&site);
    let section = |tree: &str| {
        let doc = scraper::Html::parse_fragment(&site.section(tree, "oppgave-kartlegging"));
        assert!(text(&select(&doc, "h3")[0]).contains("Kartlegge lesing"));
        text(&select(&doc, "dl.facts:not(.track)")[0])
    };
    assert!(
        section("internal").contains("Erik Personmerkeee"),
        "{}",
        section("internal")
    );
    assert!(
        !section("open").contains("Personmerke"),
        "{}",
        section("open")
    );
}

/// A public unit below an internal one stands where the internal one would in the open
/// tree: a row of its own among the units below on the municipality's status page, and a
/// column of its own in the goals × units matrix, with its assignment counted there.
#[test]
fn a_public_unit_below_an_internal_one_keeps_its_row_and_column() {
    let site = Site::fixture("minimal");
    site.write(
        "content/org/mellom.md",
        "+++\ntitle = \"LEAK-mellom\"\nparent = \"kommune\"\nvisibility = \"internal\"\nleader = { role = \"Leiar\" }\n+++\n",
    );
    site.write(
        "content/org/skule.md",
        "+++\ntitle = \"Skulen\"\nparent = \"mellom\"\nleader = { role = \"Rektor\" }\n+++\n",
    );
    built(&site);
    let status = site.page("open", "status/kommune.html");
    let doc = scraper::Html::parse_document(&status);
    let rows: Vec<String> = select(&doc, "table tbody tr th").iter().map(text).collect();
    assert!(rows.iter().any(|r| r.starts_with("Skulen")), "{rows:?}");
    assert!(!status.contains("LEAK"));
    let trace = site.page("open", "raud-trad/index.html");
    let doc = scraper::Html::parse_document(&trace);
    let heads: Vec<String> = select(&doc, "table thead th").iter().map(text).collect();
    assert!(heads.iter().any(|h| h.contains("Skulen")), "{heads:?}");
    let row = select(&doc, "table tbody tr")
        .into_iter()
        .map(|tr| tr.text().collect::<Vec<_>>().join(" "))
        .find(|t| t.contains("Trygg oppvekst"))
        .expect("the goal's row");
    assert!(!trace.contains("LEAK"));
    // Kommunen 0, Skulen 1, in all 1.
    let counts: Vec<&str> = row
        .split_whitespace()
        .filter(|w| w.parse::<u32>().is_ok())
        .collect();
    assert!(counts.starts_with(&["0", "1"]), "{row}");
}

/// Links an editor writes to an internal item, in any form, are not links in the open tree
/// (their text stays): to its Markdown file, as an image, or by a path that leads nowhere.
#[test]
fn body_links_to_internal_items_are_dropped_in_the_open_tree() {
    let site = Site::fixture("openness");
    let file = "content/assignments/lesing.md";
    let text = read(&site.root().join(file));
    site.write(
        file,
        &format!(
            "{text}\nSjå [fila](leak-oppdrag.md), ![biletet](leak-oppdrag.md), \
             [stien](../oppdrag/leak-oppdrag.html) og [utanfor](../leak-oppdrag.md).\n"
        ),
    );
    built(&site);
    let open = site.page("open", "oppdrag/lesing.html");
    assert!(!open.contains("leak-oppdrag"), "{open}");
    for shown in ["Sjå fila", "biletet", "stien og utanfor"] {
        assert!(open.contains(shown), "{shown}: {open}");
    }
    // The internal tree links the file; the paths that lead nowhere stay as written there,
    // and check warns about them.
    let internal = site.page("internal", "oppdrag/lesing.html");
    assert!(internal.contains("href=\"../oppdrag/leak-oppdrag.html\""));
}
