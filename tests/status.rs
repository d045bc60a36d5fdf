//! Status overviews, reporting periods, internal control and indicator charts on the
//! `status` fixture, every figure checked against hand-counted truth (the counts are worked
//! out in the comments from the fixture's files), parsing the built HTML.
//!
//! The fixture, `today` = 2026-06-15, statuses ikkje-starta, i-gang, fullfort (done), avbrote
//! (done). Organisation: kommune → helse, kultur, oppvekst → (barnehage, skule).
//!
//! | item | units | status (after reports) | deadline | overdue | progress |
//! |---|---|---|---|---|---|
//! | a1 | kommune, oppvekst | i-gang | 2026-05-01 | yes | 40 |
//! | a2 | oppvekst, skule | i-gang (T1 report) | 2026-06-15 (today) | no | 10 |
//! | a3 | skule | fullfort (T1 beats February) | 2026-03-01 | no | 100 |
//! | a4 (internal) | barnehage | ikkje-starta | 2026-01-31 | yes | – |
//! | a5 (no year) | helse | i-gang (T2 report) | – | no | 35 |
//! | a6 | skule | i-gang | 2026-12-31 | no | 25 |
//! | a7 (2025) | kommune | fullfort | 2026-02-01 | no (done) | 100 |
//! | t1 | skule | i-gang (T1 report) | 2026-06-01 | yes | 30 |
//! | t2 (a person) | skule (a6's unit) | fullfort | – | no | – |
//! | t3 | barnehage | i-gang | 2026-09-01 | no | 50 |

mod common;

/// A title with every character XML and HTML must escape, to show that charts escape it.
const KULTUR: &str = "Kultur & idrett <\"fritid\">";

use std::collections::BTreeSet;
use std::sync::OnceLock;

use common::*;
use scraper::Html;

/// One build shared by every test (the fixture is read-only).
fn site() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| {
        let site = Site::fixture("status");
        let run = site.build();
        assert_eq!(run.code, 0, "{}", run.stderr);
        site
    })
}

fn doc(tree: &str, path: &str) -> Html {
    Html::parse_document(&site().page(tree, path))
}

fn texts(doc: &Html, css: &str) -> Vec<String> {
    select(doc, css).iter().map(text).collect()
}

/// The status table of a unit page: status label → [own assignments, all assignments, own
/// tasks, all tasks], with the overdue row and the totals.
fn stats(doc: &Html) -> Vec<(String, Vec<u32>)> {
    select(doc, "table.stats tr")
        .iter()
        .skip(1)
        .map(|tr| {
            let th = text(&select_in(tr, "th")[0]);
            let tds = select_in(tr, "td")
                .iter()
                .map(|td| text(td).parse().unwrap())
                .collect();
            (th.trim_start_matches("⚠ ").to_string(), tds)
        })
        .collect()
}

fn select_in<'a>(el: &scraper::ElementRef<'a>, css: &str) -> Vec<scraper::ElementRef<'a>> {
    let sel = scraper::Selector::parse(css).unwrap();
    el.select(&sel).collect()
}

/// A table row's cells, each as text, joined by one space (empty cells left out).
fn cells(tr: &scraper::ElementRef) -> String {
    select_in(tr, "th, td")
        .iter()
        .map(text)
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn table_rows(doc: &Html, css: &str) -> Vec<String> {
    select(doc, css).iter().map(cells).collect()
}

fn row(label: &str, n: [u32; 4]) -> (String, Vec<u32>) {
    (label.to_string(), n.to_vec())
}

fn status_page(tree: &str, unit: &str) -> Html {
    doc(tree, &format!("status/{unit}.html"))
}

#[test]
fn roll_up_sums_across_three_levels() {
    // Skule (level 3): own assignments a2 (i-gang), a3 (fullfort), a6 (i-gang); no unit below.
    // Own tasks t1 (i-gang, overdue) and t2 (fullfort, a person's: counted for a6's unit).
    let skule = [
        row("Ikkje starta", [0, 0, 0, 0]),
        row("I gang", [2, 2, 1, 1]),
        row("Fullført", [1, 1, 1, 1]),
        row("Avbrote", [0, 0, 0, 0]),
        row("Over frist", [0, 0, 1, 1]),
        row("Totalt", [3, 3, 2, 2]),
    ];
    assert_eq!(stats(&status_page("internal", "skule")), skule);
    // Oppvekst (level 2): own a1, a2; below: a2 again (counted once), a3, a6 (skule) and a4
    // (barnehage, internal) → 5. Tasks below: t1, t2 (skule), t3 (barnehage).
    assert_eq!(
        stats(&status_page("internal", "oppvekst")),
        [
            row("Ikkje starta", [0, 1, 0, 0]),
            row("I gang", [2, 3, 0, 2]),
            row("Fullført", [0, 1, 0, 1]),
            row("Avbrote", [0, 0, 0, 0]),
            row("Over frist", [1, 2, 0, 1]),
            row("Totalt", [2, 5, 0, 3]),
        ]
    );
    // Kommune (level 1): own a1, a7; all seven assignments and three tasks.
    assert_eq!(
        stats(&status_page("internal", "kommune")),
        [
            row("Ikkje starta", [0, 1, 0, 0]),
            row("I gang", [1, 4, 0, 2]),
            row("Fullført", [1, 2, 0, 1]),
            row("Avbrote", [0, 0, 0, 0]),
            row("Over frist", [1, 2, 0, 1]),
            row("Totalt", [2, 7, 0, 3]),
        ]
    );
    // The open tree does not count the internal a4 (ikkje-starta, overdue).
    assert_eq!(
        stats(&status_page("open", "kommune")),
        [
            row("Ikkje starta", [0, 0, 0, 0]),
            row("I gang", [1, 4, 0, 2]),
            row("Fullført", [1, 2, 0, 1]),
            row("Avbrote", [0, 0, 0, 0]),
            row("Over frist", [1, 1, 0, 1]),
            row("Totalt", [2, 6, 0, 3]),
        ]
    );
    assert_eq!(
        stats(&status_page("open", "barnehage"))
            .iter()
            .find(|r| r.0 == "Totalt")
            .unwrap()
            .1,
        [0, 0, 1, 1]
    );

    // Mean progress over assignments that have one: kommune 40+10+100+35+25+100 = 310 / 6.
    let mean = |tree, unit| texts(&status_page(tree, unit), "dd.mean-progress")[0].clone();
    assert_eq!(
        mean("internal", "kommune"),
        "52 % (6 av 7 oppdrag med framdrift)"
    );
    assert_eq!(
        mean("open", "kommune"),
        "52 % (6 av 6 oppdrag med framdrift)"
    );
    // Oppvekst: 40+10+100+25 = 175 / 4 = 43.75.
    assert_eq!(
        mean("internal", "oppvekst"),
        "44 % (4 av 5 oppdrag med framdrift)"
    );
    assert_eq!(
        mean("internal", "skule"),
        "45 % (3 av 3 oppdrag med framdrift)"
    );
    assert_eq!(mean("internal", "barnehage"), "Ingen");

    // The units below, each with its whole subtree: drill-down links to their status pages.
    let kommune = status_page("internal", "kommune");
    let rows: Vec<Vec<String>> = select(&kommune, "table.units-below tbody tr")
        .iter()
        .map(|tr| {
            let mut cells = vec![text(&select_in(tr, "th a")[0])];
            cells.extend(select_in(tr, "td").iter().map(text));
            cells
        })
        .collect();
    // unit, ikkje-starta, i-gang, fullfort, avbrote, total, overdue, tasks, overdue tasks, progress
    // The first row is its own items (a1 i-gang and overdue, a7 fullført), leading to them.
    assert_eq!(
        rows,
        [
            [
                "Eigne oppdrag og oppgåver",
                "0",
                "1",
                "1",
                "0",
                "2",
                "1",
                "0",
                "0",
                "70 %"
            ],
            ["Helse", "0", "1", "0", "0", "1", "0", "0", "0", "35 %"],
            [KULTUR, "0", "0", "0", "0", "0", "0", "0", "0", ""],
            ["Oppvekst", "1", "3", "1", "0", "5", "2", "3", "1", "44 %"],
        ]
    );
    let hrefs: Vec<String> = select(&kommune, "table.units-below tbody th a")
        .iter()
        .map(|a| a.attr("href").unwrap().to_string())
        .collect();
    assert_eq!(
        hrefs,
        [
            "#rt-own",
            "../status/helse.html",
            "../status/kultur.html",
            "../status/oppvekst.html"
        ]
    );
    // The same numbers drawn as stacked bars, said in words.
    let below = select(&kommune, "#rt-chart-below desc")[0]
        .text()
        .collect::<String>();
    assert_eq!(
        below,
        format!(
            "Eigne oppdrag og oppgåver: Ikkje starta 0, I gang 1, Fullført 1, Avbrote 0 (totalt 2). \
             Helse: Ikkje starta 0, I gang 1, Fullført 0, Avbrote 0 (totalt 1). \
             {KULTUR}: Ikkje starta 0, I gang 0, Fullført 0, Avbrote 0 (totalt 0). \
             Oppvekst: Ikkje starta 1, I gang 3, Fullført 1, Avbrote 0 (totalt 5)."
        )
    );
    // Breadcrumbs go back up through the status pages.
    let crumbs: Vec<String> = select(&status_page("internal", "skule"), ".breadcrumbs a")
        .iter()
        .map(|a| a.attr("href").unwrap().to_string())
        .collect();
    assert_eq!(
        crumbs,
        [
            "../index.html",
            "../status/index.html",
            "../status/kommune.html",
            "../status/oppvekst.html"
        ]
    );

    // The follow-up page: every unit's subtree in organisation order.
    let hub = doc("internal", "status/index.html");
    let tree: Vec<Vec<String>> = select(&hub, "table.status-tree tbody tr")
        .iter()
        .map(|tr| {
            let mut cells = vec![text(&select_in(tr, "th")[0])];
            cells.extend(
                select_in(tr, "td")
                    .iter()
                    .map(|t| text(t).replace("⚠ ", "")),
            );
            cells
        })
        .collect();
    assert_eq!(
        tree,
        [
            ["Statusby kommune", "7", "2", "3", "1", "52 %"],
            ["Helse", "1", "0", "0", "0", "35 %"],
            [KULTUR, "0", "0", "0", "0", ""],
            ["Oppvekst", "5", "2", "3", "1", "44 %"],
            ["Barnehage", "1", "1", "1", "0", ""],
            ["Skule", "3", "0", "2", "1", "45 %"],
        ]
    );
}

#[test]
fn overdue_lists_judge_by_today_and_newest_report() {
    let overdue = |tree, unit| texts(&status_page(tree, unit), "#rt-overdue ~ .cards .card-title");
    // Oldest deadline first. a2's deadline is today: not overdue. a3 was due 2026-03-01 but
    // its newest report (T1, not the February one) says fullfort. a7 is done.
    assert_eq!(
        overdue("internal", "kommune"),
        [
            "Oppdrag A4 LØYNDE barnehage",
            "Oppdrag A1 kommune til oppvekst",
            "Oppgåve T1 skule"
        ]
    );
    assert_eq!(
        overdue("internal", "oppvekst"),
        overdue("internal", "kommune")
    );
    assert_eq!(overdue("internal", "skule"), ["Oppgåve T1 skule"]);
    assert_eq!(
        overdue("internal", "barnehage"),
        ["Oppdrag A4 LØYNDE barnehage"]
    );
    assert!(overdue("internal", "helse").is_empty());
    assert_eq!(
        overdue("open", "kommune"),
        ["Oppdrag A1 kommune til oppvekst", "Oppgåve T1 skule"]
    );
    let heading = texts(&status_page("internal", "kommune"), "#rt-overdue")[0].clone();
    assert_eq!(heading, "Oppdrag og oppgåver over frist (3)");

    // Own items link to each item, by status (what a bar of the chart leads to).
    let skule = status_page("internal", "skule");
    assert_eq!(
        texts(&skule, "#rt-own ~ h4.status-group"),
        ["I gang (2)", "Fullført (1)", "I gang (1)", "Fullført (1)"]
    );
    assert_eq!(
        texts(&skule, "#rt-own ~ .cards .card-title"),
        [
            "Oppdrag A2 oppvekst til skule",
            "Oppdrag A6 skule med oppgåver",
            "Oppdrag A3 skule",
            "Oppgåve T1 skule",
            "Oppgåve T2 person"
        ]
    );
    // Newest report wins: a3 is Fullført with 100 %.
    let a3 = select(&skule, ".card")
        .into_iter()
        .find(|c| text(c).contains("Oppdrag A3 skule"))
        .map(|c| text(&c))
        .unwrap();
    assert!(a3.contains("Fullført") && a3.contains("100 %"), "{a3}");
}

#[test]
fn reporting_periods_roll_up_and_list_who_has_not_reported() {
    // A page for every period with reports; the open tree only for the public T2 report.
    for p in ["2025", "2026-02", "2026-03", "2026-T1", "2026-T2"] {
        assert!(
            site()
                .out()
                .join(format!("internal/periodar/{p}.html"))
                .exists(),
            "{p}"
        );
        assert_eq!(
            site()
                .out()
                .join(format!("open/periodar/{p}.html"))
                .exists(),
            p == "2026-T2",
            "{p}"
        );
    }

    let t1 = doc("internal", "periodar/2026-T1.html");
    // Reports of T1: skule (a3 fullfort, t1 i-gang, g1 reached), oppvekst (a2 i-gang, g1
    // partly), in organisation order.
    assert_eq!(texts(&t1, ".unit-report h3"), ["Oppvekst", "Skule"]);
    let rollup: Vec<Vec<String>> = select(
        &t1,
        "table.period-rollup tbody tr, table.period-rollup tfoot tr",
    )
    .iter()
    .map(|tr| {
        let mut v = vec![text(&select_in(tr, "th")[0])];
        v.extend(select_in(tr, "td").iter().map(text));
        v
    })
    .collect();
    assert_eq!(
        rollup,
        [
            ["Ikkje starta", "0", "0"],
            ["I gang", "1", "1"],
            ["Fullført", "1", "0"],
            ["Avbrote", "0", "0"],
            ["Totalt", "2", "1"],
        ]
    );
    let goals: Vec<String> = table_rows(&t1, "table.period-goals tbody tr");
    assert_eq!(goals, ["Nådd 1", "Delvis nådd 1", "Ikkje nådd 0"]);
    let skule = &select(&t1, ".unit-report")[1];
    assert!(text(skule).contains("Skulen har hatt eit godt første tertial."));
    assert_eq!(
        select_in(skule, "table.period-status tbody tr")
            .iter()
            .map(cells)
            .collect::<Vec<_>>(),
        [
            "Oppdrag A3 skule Fullført 100 % Ferdig før fristen",
            "Oppgåve T1 skule I gang 30 %"
        ]
    );
    assert_eq!(
        select_in(skule, "table.period-goal-lines tbody tr")
            .iter()
            .map(cells)
            .collect::<Vec<_>>(),
        ["Gode skular Nådd Godt resultat"]
    );
    // T1 is the tertial due on 2026-06-15. Expected: units with an assignment or task of
    // their own for 2026 (or without a year): kommune (a1), helse (a5), oppvekst (a1, a2),
    // barnehage (a4, t3), skule; not kultur (nothing). Reported: oppvekst, skule.
    assert_eq!(
        texts(&t1, ".reporting-count")[0],
        "2 av 5 einingar har rapportert (einingar med eigne oppdrag eller oppgåver for året skal rapportere når rapporteringsrytmen deira tek med perioden)"
    );
    assert_eq!(
        texts(&t1, "ul.not-reported a"),
        ["Statusby kommune", "Helse", "Barnehage"]
    );
    // Each list of units has a visible heading with its count, right before it, so the
    // units that have not reported never read as those that have.
    assert_eq!(
        texts(&t1, "h3.units-heading"),
        ["Ikkje rapportert (3)", "Rapportert (2)"]
    );
    assert_eq!(texts(&t1, "ul.reported a"), ["Oppvekst", "Skule"]);
    for h in select(&t1, "h3.units-heading") {
        assert!(
            !h.value().classes().any(|c| c == "visually-hidden"),
            "the heading is visible"
        );
        let next = h
            .next_siblings()
            .filter_map(scraper::ElementRef::wrap)
            .next()
            .unwrap();
        assert_eq!(next.value().name(), "ul", "{}", text(&h));
    }
    // A past period has no such list.
    assert!(select(&doc("internal", "periodar/2026-02.html"), "ul.not-reported").is_empty());

    // The follow-up page: due and in-progress period of every granularity in use.
    let hub = doc("internal", "status/index.html");
    let current = |id: &str| {
        let sel = format!("#rt-current-{id} ul.not-reported a");
        texts(&hub, &sel)
    };
    let everyone = [
        "Statusby kommune",
        "Helse",
        "Oppvekst",
        "Barnehage",
        "Skule",
    ];
    assert_eq!(current("2026-05"), everyone, "May is due, nobody reported");
    assert_eq!(current("2026-06"), everyone, "June is in progress");
    assert_eq!(
        current("2026-T1"),
        ["Statusby kommune", "Helse", "Barnehage"]
    );
    // Helse reported early for T2.
    assert_eq!(
        current("2026-T2"),
        ["Statusby kommune", "Oppvekst", "Barnehage", "Skule"]
    );
    // 2025: expected kommune (a7 is for 2025) and helse (a5 has no year); barnehage was not
    // expected, but it reported, so it is counted (issue 16), never listed as missing.
    assert_eq!(current("2025"), ["Statusby kommune", "Helse"]);
    assert_eq!(
        texts(&hub, "#rt-current-2026-T1 h4.units-heading"),
        ["Ikkje rapportert (3)", "Rapportert (2)"]
    );
    assert_eq!(
        texts(&hub, "#rt-current-2026-06 h4.units-heading"),
        ["Ikkje rapportert enno (5)"]
    );
    assert_eq!(
        texts(&hub, "#rt-current-2025 .reporting-count")[0],
        "1 av 3 einingar har rapportert (einingar med eigne oppdrag eller oppgåver for året skal rapportere når rapporteringsrytmen deira tek med perioden)"
    );
    assert_eq!(current("2026"), everyone);

    // The open tree states no absence, and its T2 page counts only the public report.
    let open_hub = site().page("open", "status/index.html");
    assert!(!open_hub.contains("not-reported") && !open_hub.contains("Ikkje rapportert"));
    let t2 = doc("open", "periodar/2026-T2.html");
    assert!(select(&t2, ".reporting-count").is_empty());
    assert_eq!(texts(&t2, ".unit-report h3"), ["Helse"]);
    assert_eq!(
        table_rows(&t2, "table.period-rollup tfoot tr"),
        ["Totalt 1 0"]
    );
}

#[test]
fn internal_control_matrix_not_answered_and_avvik() {
    let ik = doc("internal", "sjekklister/ik-2026.html");
    // Scope: oppvekst and below (oppvekst, barnehage, skule). Newest answers:
    // oppvekst ik-1 partly (T1), ik-2 yes (T1 beats March's no), ik-3 none;
    // skule ik-1 no (T1 beats February's no), ik-2 yes, ik-3 text; barnehage nothing.
    let matrix: Vec<String> = table_rows(&ik, "table.matrix tbody tr");
    assert_eq!(
        matrix,
        [
            "Oppvekst Delvis (1. tertial 2026) Ja (1. tertial 2026) Ikkje svart",
            "Barnehage Ikkje svart Ikkje svart Ikkje svart",
            "Skule Nei (1. tertial 2026) Ja (1. tertial 2026) Nye rutinar (1. tertial 2026)",
        ]
    );
    assert_eq!(
        select(&ik, "table.matrix td.answer-none").len(),
        4,
        "oppvekst ik-3 and barnehage's three"
    );
    let counts: Vec<String> = table_rows(&ik, "table.control-counts tbody tr");
    assert_eq!(
        counts,
        [
            "Ja 2",
            "Nei 1",
            "Delvis 1",
            "Ikkje relevant 0",
            "Tekstsvar 1",
            "Ikkje svart 4"
        ]
    );
    assert_eq!(
        texts(&ik, "ul.missing li"),
        [
            "Barnehage: Har ikkje svart på sjekklista",
            "Oppvekst: manglar svar på Kva tiltak er sett i verk?"
        ]
    );
    // Every "no", with its answer and period and its comment; only skule's T1 answer is
    // still the newest.
    let avvik: Vec<String> = table_rows(&ik, "table.avvik tbody tr");
    assert_eq!(
        avvik,
        [
            "Oppvekst Er avvik meldt? (Nei, mars 2026) Meldesystem manglar Seinare svar: Ja (1. tertial 2026)",
            "Skule Er risikovurdering gjort? (Nei, februar 2026) Manglar mal Seinare svar: Nei (1. tertial 2026)",
            "Skule Er risikovurdering gjort? (Nei, 1. tertial 2026) Ikkje gjort i år Ope",
        ]
    );

    // The public checklist in the open tree: only the public report's answer; no absence
    // stated, no internal deviation quoted.
    let open = doc("open", "sjekklister/ik-open.html");
    let rows: Vec<String> = table_rows(&open, "table.matrix tbody tr");
    assert_eq!(rows.len(), 6, "every unit of the municipality");
    assert!(
        rows.contains(&"Helse Ja (2. tertial 2026)".to_string()),
        "{rows:?}"
    );
    assert!(
        rows.contains(&"Skule –Ikkje offentleg svar".to_string()),
        "{rows:?}"
    );
    assert!(select(&open, "ul.missing").is_empty());
    assert!(select(&open, "table.avvik").is_empty());
    let internal = doc("internal", "sjekklister/ik-open.html");
    assert_eq!(
        table_rows(&internal, "table.avvik tbody tr"),
        ["Skule Er brannøving halden? (Nei, 1. tertial 2026) LØYNDE brannøving manglar Ope"]
    );

    // The yearly summary: ik-2026 (year 2026) and the standing ik-open (answers of 2026).
    let year = doc("internal", "internkontroll/2026.html");
    assert_eq!(
        texts(&year, ".control-checklist h2"),
        ["Internkontroll oppvekst 2026", "Open sjekkliste brannvern"]
    );
    // 3 + 1 deviations, 1 + 1 open; whole checklist unanswered: barnehage (ik-2026) and
    // kommune, kultur, oppvekst, barnehage (ik-open) = 5.
    assert_eq!(texts(&year, "dd.avvik-total"), ["4 (2 ope)"]);
    assert_eq!(texts(&year, "dd.not-answered-total"), ["5 einingar"]);
    assert!(text(&select(&year, "p.lead")[0]).contains("kommunelova § 25-2"));
    let open_year = doc("open", "internkontroll/2026.html");
    assert_eq!(
        texts(&open_year, ".control-checklist h2"),
        ["Open sjekkliste brannvern"]
    );
    assert_eq!(texts(&open_year, "dd.avvik-total"), ["0 (0 ope)"]);
    assert!(select(&open_year, "dd.not-answered-total").is_empty());
}

#[test]
fn indicators_chart_values_targets_and_direction_in_words() {
    // Whole municipality: values 2023 80, 2024 82.5, 2025 79; targets 2024 85, 2025 85,
    // 2026 88; higher is better.
    let ind = doc("internal", "indikatorar/ind-trivsel.html");
    let rows: Vec<String> = table_rows(&ind, "#rt-values ~ .chart-and-table tbody tr");
    assert_eq!(
        rows,
        [
            "2023 80",
            "2024 82,5 85 Målet er ikkje nådd Betre",
            "2025 79 85 Målet er ikkje nådd Verre",
            "2026 88"
        ]
    );
    let svg = select(&ind, "#rt-values ~ .chart-and-table svg")[0].html();
    assert!(svg.contains("Høgare er betre"), "direction in words");

    // Skule's own figures (CSV 2024 84, 2025 86; its internal T1 report 87) on its status
    // page, against the indicator's targets.
    let series = |tree| {
        table_rows(
            &status_page(tree, "skule"),
            "#rt-indicators ~ .chart-and-table tbody tr",
        )
    };
    assert_eq!(
        series("internal"),
        [
            "2024 84 85 Målet er ikkje nådd",
            "2025 86 85 Målet er nådd Betre",
            "1. tertial 2026 87 Betre",
            "2026 88"
        ]
    );
    assert_eq!(
        series("open"),
        [
            "2024 84 85 Målet er ikkje nådd",
            "2025 86 85 Målet er nådd Betre",
            "2026 88"
        ]
    );
    // Barnehage has CSV figures but does not follow the indicator up: still shown.
    assert_eq!(
        table_rows(
            &status_page("internal", "barnehage"),
            "#rt-indicators ~ .chart-and-table tbody tr"
        ),
        ["2024 85", "2025 70 85 Målet er ikkje nådd", "2026 88"]
    );

    // Latest value against target on the goal page (whole municipality: 79 in 2025 against
    // 85) and on the unit page (skule's own latest).
    let goal = doc("internal", "mal/g1.html");
    let goal_row = table_rows(&goal, "#rt-indicators ~ .table-wrap tbody tr")[0].clone();
    assert!(
        goal_row.contains("79 % (2025)") && goal_row.contains("85 % (2025) Målet er ikkje nådd"),
        "{goal_row}"
    );
    let unit = |tree| {
        table_rows(
            &doc(tree, "einingar/skule.html"),
            "#rt-activity ~ .table-wrap tbody tr",
        )[0]
        .clone()
    };
    let internal = unit("internal");
    assert!(
        internal.contains("87 % (1. tertial 2026)") && internal.contains("88 % (2026)"),
        "{internal}"
    );
    let open = unit("open");
    assert!(
        open.contains("86 % (2025)") && open.contains("Målet er nådd"),
        "{open}"
    );
}

/// Every `<svg>…</svg>` in a page, as written.
fn svgs(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<svg") {
        let end = rest[start..].find("</svg>").expect("an svg is closed") + start + 6;
        out.push(&rest[start..end]);
        rest = &rest[end..];
    }
    out
}

#[test]
fn every_chart_is_well_formed_svg_with_title_and_desc() {
    let mut per_tree = [0usize; 2];
    for (i, tree) in ["internal", "open"].iter().enumerate() {
        for (path, bytes) in snapshot(&site().out().join(tree)) {
            if !path.ends_with(".html") {
                continue;
            }
            let html = String::from_utf8(bytes).unwrap();
            for svg in svgs(&html) {
                per_tree[i] += 1;
                let xml = roxmltree::Document::parse(svg)
                    .unwrap_or_else(|e| panic!("{tree}/{path}: not well-formed XML: {e}\n{svg}"));
                let root = xml.root_element();
                assert_eq!(root.tag_name().name(), "svg");
                // An image, or a group when its bars link to their breakdown (an image's
                // parts are hidden from assistive technology).
                let linked = root.descendants().any(|n| n.has_tag_name("a"));
                assert_eq!(
                    root.attribute("role"),
                    Some(if linked { "group" } else { "img" }),
                    "{path}"
                );
                if path == "status/kommune.html" && svg.contains("rt-chart-below") {
                    assert!(
                        linked,
                        "the bars of the units below link to their status pages"
                    );
                }
                let children: Vec<_> = root.children().filter(|n| n.is_element()).collect();
                assert_eq!(children[0].tag_name().name(), "title", "{path}");
                if path == "status/kultur.html" {
                    // Escaped when written, whole again when read.
                    assert_eq!(
                        children[0].text(),
                        Some(format!("Statusoversikt: {KULTUR}").as_str())
                    );
                }
                assert_eq!(children[1].tag_name().name(), "desc", "{path}");
                for c in &children[..2] {
                    assert!(
                        !c.text().unwrap_or("").trim().is_empty(),
                        "{path}: empty {c:?}"
                    );
                }
                let ids: Vec<&str> = root
                    .attribute("aria-labelledby")
                    .unwrap()
                    .split(' ')
                    .collect();
                assert_eq!(
                    ids,
                    [
                        children[0].attribute("id").unwrap(),
                        children[1].attribute("id").unwrap()
                    ]
                );
                // The desc says every number the chart draws (axis ticks are a scale, not data).
                for t in root
                    .descendants()
                    .filter(|n| n.has_tag_name("text") && n.attribute("text-anchor") != Some("end"))
                {
                    let s = t.text().unwrap_or("");
                    if s.chars().all(|c| c.is_ascii_digit()) && !s.is_empty() {
                        assert!(
                            children[1].text().unwrap().contains(s),
                            "{path}: {s} not in desc"
                        );
                    }
                }
            }
            // Ids are unique on a page (two charts never share a pattern or title id).
            let doc = Html::parse_document(&html);
            let mut ids: Vec<&str> = select(&doc, "[id]")
                .iter()
                .filter_map(|e| e.attr("id"))
                .collect();
            let n = ids.len();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), n, "{tree}/{path}: duplicate ids");
        }
    }
    // Internal: 6 unit status pages, 2 of them with units below (kommune, oppvekst), 3 of
    // the 5 periods (2026-02 and 2026-03 count nothing, so their chart of zeros is left
    // out), 2 checklists, 2 control charts on the year page, the indicator page, and unit
    // indicator charts (skule, barnehage) = 18.
    // Open: 6 + 2 status charts, 1 period, 1 checklist, 1 on the year page, 1 indicator, 2
    // unit indicator charts = 14.
    assert_eq!(per_tree, [18, 14]);
}

#[test]
fn the_open_tree_shows_no_internal_item_and_no_name() {
    for (path, bytes) in snapshot(&site().out().join("open")) {
        let text = String::from_utf8_lossy(&bytes);
        for secret in [
            "LØYNDE",
            "Kari Nordmann",
            "Ola Leiar",
            "Manglar mal",
            "Ikkje svart",
        ] {
            assert!(!text.contains(secret), "open/{path} shows {secret}");
        }
    }
    assert!(
        site()
            .page("internal", "status/kommune.html")
            .contains("LØYNDE")
    );
    assert!(
        site()
            .page("internal", "sjekklister/ik-2026.html")
            .contains("Manglar mal")
    );
}

/// The front page lists the longest overdue assignments, at most 20, with how many there are
/// and a link to the municipality's status overview, which lists them all: a large
/// municipality has thousands, and the front page must not weigh megabytes.
#[test]
fn the_front_page_lists_the_oldest_overdue_and_links_to_the_rest() {
    // Its own site: the shared fixture is read-only.
    let site = Site::fixture("status");
    for i in 1..=25 {
        site.write(
            &format!("content/assignments/ekstra-{i:02}.md"),
            &format!(
                "+++\ntitle = \"Ekstra {i:02}\"\nowner = \"kultur\"\ngoals = [\"g1\"]\n\
                 deadline = 2026-01-{i:02}\nstatus = \"i-gang\"\n+++\n"
            ),
        );
    }
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let front = Html::parse_document(&site.page("internal", "index.html"));
    // 25 new ones, a1 and a4 (internal, so only in this tree): 27 overdue assignments.
    assert_eq!(texts(&front, "#rt-overdue"), ["Oppdrag over frist (27)"]);
    let cards = texts(&front, "#rt-overdue ~ .cards .card-title");
    let first20: Vec<String> = (1..=20).map(|i| format!("Ekstra {i:02}")).collect();
    assert_eq!(cards, first20, "oldest deadline first, at most 20");
    let more = select(&front, "#rt-overdue ~ .more-link a");
    assert_eq!(more.len(), 1);
    assert_eq!(more[0].value().attr("href"), Some("status/kommune.html"));
    // The status overview it links to has every one of them.
    let all = texts(
        &Html::parse_document(&site.page("internal", "status/kommune.html")),
        "#rt-overdue ~ .cards .card-title",
    );
    for title in (1..=25).map(|i| format!("Ekstra {i:02}")) {
        assert!(
            all.contains(&title),
            "{title} missing from the status overview"
        );
    }
}

/// A unit's indicators are the same on every page about the unit: those naming it in `units`
/// and those with figures for it. One with figures from a CSV row only shows on the unit page
/// and the printable verksemdsplan; one the unit follows up (`units`) with figures for the
/// whole municipality only shows those on the unit's status page.
#[test]
fn a_units_indicators_are_the_same_on_every_page() {
    let site = Site::fixture("minimal");
    site.write(
        "content/indicators/oppfolging.md",
        "+++\ntitle = \"Fråvær\"\nunits = [\"skule\"]\nvalues = { 2025 = 5.5 }\ntargets = { 2025 = 5.0 }\nmeasure = \"%\"\ndirection = \"lower\"\n+++\n",
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    for page in ["einingar/skule.html", "verksemdsplan/skule.html"] {
        let html = site.page("internal", page);
        assert!(
            html.contains("indikatorar/ind.html"),
            "{page}: Trivsel (CSV row) missing"
        );
        assert!(
            html.contains("indikatorar/oppfolging.html"),
            "{page}: Fråvær (units) missing"
        );
    }
    let status = site.page("internal", "status/skule.html");
    assert!(status.contains("id=\"rt-chart-ind-skule\""), "{status}");
    assert!(
        status.contains("id=\"rt-chart-oppfolging-skule\""),
        "{status}"
    );
}

/// Issue 18, point 7: the internal front page leads with status and "find your unit" (no
/// count cards); the open one names a unit's level only when its name does not; every list
/// of plans follows `plan_kinds` (by default the plan system's order), not titles or files.
#[test]
fn front_pages_lead_with_status_and_list_plans_in_plan_system_order() {
    let site = Site::fixture("status");
    // Titles in the opposite of the plan system's order, so neither title nor file order
    // could pass for it.
    for (file, kind, title) in [
        (
            "a-hop",
            "handlings-og-okonomiplan",
            "A Handlings- og økonomiplan",
        ),
        ("b-tema", "temaplan", "B Temaplan"),
        ("c-del", "kommunedelplan", "C Kommunedelplan"),
        ("d-areal", "arealdel", "D Arealdel"),
        ("e-strategi", "planstrategi", "E Planstrategi"),
    ] {
        site.write(
            &format!("content/plans/{file}.md"),
            &format!("+++\ntitle = \"{title}\"\nkind = \"{kind}\"\nowner = \"kommune\"\n+++\n"),
        );
    }
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = |tree: &str, path: &str| Html::parse_document(&site.page(tree, path));
    let plan_order = [
        "E Planstrategi",
        "Kommuneplan",
        "D Arealdel",
        "C Kommunedelplan",
        "B Temaplan",
        "A Handlings- og økonomiplan",
    ];

    let front = doc("internal", "index.html");
    let headings = texts(&front, "main h2");
    assert_eq!(
        headings[..2],
        ["Status no", "Finn eininga di"],
        "{headings:?}"
    );
    assert!(
        select(&front, ".tiles, .tile-count").is_empty(),
        "no count cards"
    );
    // Every unit, each under the unit right below the municipality.
    assert_eq!(
        texts(&front, ".unit-finder-head"),
        ["Helse", "Kultur & idrett <\"fritid\">", "Oppvekst"]
    );
    assert_eq!(
        texts(&front, ".unit-finder > li:nth-child(3) ul a"),
        ["Barnehage", "Skule"]
    );
    assert_eq!(texts(&front, "#rt-plans ~ ul .card-title"), plan_order);

    let landing = doc("open", "index.html");
    let text_of_page = text(&select(&landing, "main")[0]);
    assert!(
        !text_of_page.contains("kommune kommune"),
        "the level is not repeated after a name that says it: {text_of_page}"
    );
    assert_eq!(
        texts(&landing, "#rt-adopted ~ div table tbody th a"),
        plan_order
    );

    let index = doc("internal", "planar/index.html");
    let kinds = texts(&index, "main h2");
    assert_eq!(
        kinds,
        [
            "Planstrategi",
            "Kommuneplanen sin samfunnsdel",
            "Kommuneplanen sin arealdel",
            "Kommunedelplan",
            "Temaplan",
            "Handlings- og økonomiplan"
        ]
    );
}

/// Issue 18, point 9: a folder of pages of one sort has an index page listing them, so an
/// address shortened by one step finds something; a month starts a heading with a capital.
#[test]
fn folders_have_index_pages_and_month_headings_begin_with_a_capital() {
    // Every page in a folder without its own index is listed on the folder's new index.
    for tree in ["internal", "open"] {
        let root = site().out().join(tree);
        for page in ["periodar", "verksemdsplan", "data"] {
            let index = root.join(page).join("index.html");
            assert!(index.exists(), "{tree}/{page}/index.html");
            let doc = Html::parse_document(&std::fs::read_to_string(&index).unwrap());
            // Each link, followed from the folder, to the file it reaches.
            let listed: BTreeSet<std::path::PathBuf> = select(&doc, ".folder-list a")
                .iter()
                .map(|a| {
                    root.join(page)
                        .join(a.value().attr("href").unwrap())
                        .canonicalize()
                        .unwrap()
                })
                .collect();
            let mut inside = BTreeSet::new();
            for e in std::fs::read_dir(root.join(page)).unwrap().flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                if name == "index.html" {
                    continue;
                }
                let file = if e.path().is_dir() {
                    e.path().join("index.html")
                } else {
                    e.path()
                };
                inside.insert(file.canonicalize().unwrap());
            }
            assert_eq!(listed, inside, "{tree}/{page}");
        }
    }
    let people = doc("internal", "min-side/personar/index.html");
    assert!(texts(&people, ".folder-list a").contains(&"Ola Leiar".to_string()));
    // The open tree has no Min side at all.
    assert!(!site().out().join("open/min-side").exists());

    // "Mai 2026", not "mai 2026", where a period begins a heading or a line.
    let hub = doc("internal", "status/index.html");
    assert!(texts(&hub, "#rt-current-2026-05 h3")[0].starts_with("Mai 2026"));
    let march = doc("internal", "periodar/2026-03.html");
    assert_eq!(texts(&march, "h1"), ["Mars 2026"]);
    let periods = doc("internal", "periodar/index.html");
    assert_eq!(
        texts(&periods, ".folder-list a"),
        [
            "2. tertial 2026",
            "1. tertial 2026",
            "Mars 2026",
            "Februar 2026",
            "2025"
        ]
    );
}

/// Issue 18, point 6: a section with nothing to show is left out or says in one sentence why
/// it is empty; no table of zeros, no heading over "Ingen".
#[test]
fn empty_sections_are_left_out_or_say_why() {
    // A period with reports but no goal assessed: one sentence, no table of zeros.
    let feb = doc("internal", "periodar/2026-02.html");
    assert!(select(&feb, "table.period-goals").is_empty());
    assert!(
        texts(&feb, "#rt-rollup ~ * p.none, p.none")
            .contains(&"Ingen mål er vurderte for denne perioden.".to_string())
    );
    // A period with assessments keeps its table.
    let t1 = doc("internal", "periodar/2026-T1.html");
    assert_eq!(select(&t1, "table.period-goals").len(), 1);
    // An assignment without tasks has no tasks section; one with tasks has it.
    let a1 = doc("internal", "oppdrag/a1.html");
    assert!(select(&a1, "#rt-tasks").is_empty());
    assert!(!texts(&a1, "main p.none").contains(&"Ingen".to_string()));
    let a6 = doc("internal", "oppdrag/a6.html");
    assert_eq!(select(&a6, "#rt-tasks").len(), 1);
    // An indicator's table has only the columns that hold something: every header has at
    // least one non-empty cell below it.
    let ind = doc("internal", "indikatorar/ind-trivsel.html");
    for table in select(&ind, ".chart-and-table table") {
        let heads = select_in(&table, "thead th").len();
        let rows: Vec<Vec<String>> = select_in(&table, "tbody tr")
            .iter()
            .map(|tr| select_in(tr, "th, td").iter().map(text).collect())
            .collect();
        for col in 0..heads {
            assert!(
                rows.iter()
                    .any(|r| r.get(col).is_some_and(|c| !c.is_empty())),
                "column {col} of {heads} is empty: {rows:?}"
            );
        }
    }
}

/// What a chart's bar links to on its page, with the number the bar shows.
fn linked_bars(html: &str) -> Vec<(String, u32, Option<String>)> {
    let mut out = Vec::new();
    for svg in svgs(html) {
        let xml = roxmltree::Document::parse(svg).unwrap();
        for bar in xml
            .descendants()
            .filter(|n| n.has_tag_name("g") && n.attribute("class") == Some("chart-bar"))
        {
            let texts: Vec<&str> = bar
                .descendants()
                .filter(|n| n.has_tag_name("text"))
                .filter_map(|n| n.text())
                .collect();
            let href = bar
                .parent()
                .filter(|a| a.has_tag_name("a"))
                .and_then(|a| a.attribute("href"))
                .map(str::to_string);
            out.push((texts[0].to_string(), texts[1].parse().unwrap(), href));
        }
    }
    out
}

/// The number of entries listed right after the heading with id `id` (cards or links).
fn listed_after(doc: &Html, id: &str) -> usize {
    let heading = select(doc, &format!("[id=\"{id}\"]"));
    assert_eq!(heading.len(), 1, "#{id}");
    let list = heading[0]
        .next_siblings()
        .filter_map(scraper::ElementRef::wrap)
        .next()
        .expect("a list after the heading");
    assert_eq!(list.value().name(), "ul", "#{id}");
    select_in(&list, ":scope > li").len()
}

#[test]
fn every_bar_leads_to_what_it_counts() {
    // Skule has no unit below: its bars lead to its own items of that status, as many as
    // the bar says (assignments a2, a6 i-gang, a3 fullført; tasks t1 i-gang, t2 fullført),
    // and the overdue bar to the overdue list.
    let html = site().page("internal", "status/skule.html");
    let skule = Html::parse_document(&html);
    let bars = linked_bars(&html);
    assert_eq!(
        bars.iter()
            .map(|(l, n, h)| format!("{l} {n} {}", h.as_deref().unwrap_or("-")))
            .collect::<Vec<_>>(),
        [
            "Ikkje starta 0 -",
            "I gang 2 #rt-own-a-1",
            "Fullført 1 #rt-own-a-2",
            "Avbrote 0 -",
            "Over frist 0 -",
            "Ikkje starta 0 -",
            "I gang 1 #rt-own-t-1",
            "Fullført 1 #rt-own-t-2",
            "Avbrote 0 -",
            "Over frist 1 #rt-overdue",
        ]
    );
    for (_, n, href) in &bars {
        if let Some(id) = href.as_deref().and_then(|h| h.strip_prefix("#rt-own-")) {
            assert_eq!(listed_after(&skule, &format!("rt-own-{id}")), *n as usize);
        }
    }

    // Oppvekst has units below: a status bar leads to the table of them, whose first row is
    // its own items (a1, a2: i-gang), and whose rows add up to at least the bar (an item
    // shared by two units is in both rows).
    let html = site().page("internal", "status/oppvekst.html");
    let oppvekst = Html::parse_document(&html);
    let rows = table_rows(&oppvekst, "table.units-below tbody tr");
    assert_eq!(rows[0], "Eigne oppdrag og oppgåver 0 2 0 0 2 1 0 0 25 %");
    assert_eq!(
        select(&oppvekst, "table.units-below tbody tr th a")[0].attr("href"),
        Some("#rt-own")
    );
    for (label, n, href) in linked_bars(&html) {
        let Some(href) = href else {
            assert_eq!(n, 0, "{label}: a bar that counts something links");
            continue;
        };
        let target = href.strip_prefix('#').expect("a section of the page");
        assert_eq!(
            select(&oppvekst, &format!("[id=\"{target}\"]")).len(),
            1,
            "{href}"
        );
        if label != "Over frist" {
            assert_eq!(href, "#rt-below", "{label}");
        }
    }

    // A reporting period: each bar leads to the items reported with that status (T1: a2
    // i-gang, a3 fullført; t1 i-gang).
    let html = site().page("internal", "periodar/2026-T1.html");
    let t1 = Html::parse_document(&html);
    let bars: Vec<(String, u32, Option<String>)> = linked_bars(&html)
        .into_iter()
        .filter(|(_, n, _)| *n > 0)
        .collect();
    assert_eq!(bars.len(), 3, "{bars:?}");
    for (label, n, href) in bars {
        let id = href.unwrap_or_else(|| panic!("{label} {n} links"));
        assert_eq!(listed_after(&t1, &id[1..]), n as usize, "{id}");
    }
    assert_eq!(
        texts(&t1, "#rt-reported-a-1 + ul a"),
        ["Oppdrag A2 oppvekst til skule"],
        "the newest report's status wins"
    );
}

#[test]
fn every_bar_with_a_number_links_and_every_link_lands() {
    let mut linked = 0;
    for tree in ["internal", "open"] {
        let root = site().out().join(tree);
        for (path, bytes) in snapshot(&root) {
            if !path.ends_with(".html") {
                continue;
            }
            let html = String::from_utf8(bytes).unwrap();
            for (label, n, href) in linked_bars(&html) {
                let Some(href) = href else {
                    assert_eq!(n, 0, "{tree}/{path}: the bar {label} {n} leads nowhere");
                    continue;
                };
                linked += 1;
                let (page, id) = href.split_once('#').expect("a bar leads to a section");
                let target = if page.is_empty() {
                    html.clone()
                } else {
                    let file = std::path::Path::new(&path).parent().unwrap().join(page);
                    std::fs::read_to_string(root.join(&file))
                        .unwrap_or_else(|e| panic!("{tree}/{path}: {href}: {e}"))
                };
                let doc = Html::parse_document(&target);
                assert_eq!(
                    select(&doc, &format!("[id=\"{id}\"]")).len(),
                    1,
                    "{tree}/{path}: {href}"
                );
            }
        }
    }
    assert!(linked > 20, "{linked}");
}
