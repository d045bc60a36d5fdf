//! The report to the council (v1.2) on the `council` fixture: economy rolled up over the
//! organisation, deviations with their follow-up, own events in the year wheel and the
//! calendars, case links, and what the open tree leaves out. Every figure is worked out here
//! from the fixture's files and checked on the built HTML.
//!
//! The fixture, `today` = 2026-10-15. Organisation: kommune → sektor-a (→ eining-a1,
//! eining-a2), sektor-b (→ eining-b1, an internal unit).
//!
//! | report | unit | period | public | budget | spent | forecast |
//! |---|---|---|---|---|---|---|
//! | r-a-t2 | sektor-a | 2026-T2 | yes | 1 000 000 | 600 000 | 1 100 000 |
//! | r-a1-t2-old | eining-a1 | 2026-T2 (1 Sep) | yes | 400 000 | – | 420 000 |
//! | r-a1-t2 (YAML) | eining-a1 | 2026-T2 (12 Sep, newest: counts) | yes | 500 000 | 250 000 | 450 000 |
//! | r-a2-t2 | eining-a2 | 2026-T2 | no | 300 000 | – | 330 000 |
//! | r-b-t2 | sektor-b | 2026-T2 | no | 2 000 000 | 1 300 000 | 1 950 000 |
//! | r-b1-t2 | eining-b1 | 2026-T2 | no (internal unit) | 100 000 | – | 90 000 |
//! | r-kommune-2025 | kommune | 2025 | yes | 9 000 000 | 9 100 000 | 9 100 000 |
//! | r-a-2025-t3 | sektor-a | 2025-T3 (stands in for the year) | yes | 800 000 | – | 790 000 |
//! | r-a-2025-t2 | sektor-a | 2025-T2 (an earlier tertial: not used for the year) | yes | 800 000 | – | 900 000 |
//!
//! Budget frames 2026: kommune 10 000 000, sektor-a 1 000 000, eining-a1 500 000 + 250 000,
//! eining-a2 200 000, sektor-b 2 000 000, eining-b1 100 000.

mod common;

use std::sync::OnceLock;

use common::*;
use scraper::Html;

fn site() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| {
        let site = Site::fixture("council");
        let run = site.build();
        assert_eq!(run.code, 0, "{}", run.stderr);
        site
    })
}

/// The addresses of the pages these tests open, in the fixture's language (nn), in one place:
/// `at("verbal", "v1")` is `verbalpunkt/v1.html`.
fn at(folder: &str, id: &str) -> String {
    match folder {
        "unit-status" => format!("status/{id}.html"),
        "unit-calendar" => format!("arshjul/kalender/{id}.ics"),
        "internal-control" => format!("internkontroll/{id}.html"),
        "arshjul" => "arshjul/index.html".to_string(),
        "calendar" => "arshjul/kalender.ics".to_string(),
        "follow-up" => "status/index.html".to_string(),
        "verbal" => format!("verbalpunkt/{id}.html"),
        "measures" => format!("tiltak/{id}.html"),
        "org" => format!("einingar/{id}.html"),
        "plans" => format!("planar/{id}.html"),
        _ => panic!("no address for {folder}"),
    }
}

/// Where a council report is today (issue 15 moves pages; found from the follow-up page).
fn council_path(tree: &str, period: &str) -> String {
    let follow = Html::parse_document(&site().page(tree, &at("follow-up", "")));
    let href = select(&follow, ".council-links a")
        .iter()
        .find_map(|a| {
            let href = a.value().attr("href")?;
            href.contains(period).then(|| href.to_string())
        })
        .unwrap_or_else(|| panic!("no link to the council report {period} in {tree}"));
    href.trim_start_matches("../").to_string()
}

fn report(tree: &str, period: &str) -> Html {
    Html::parse_document(&site().page(tree, &council_path(tree, period)))
}

/// The economy row of a unit (`data-unit`) or the total (`data-total`): the cells' text.
fn row(doc: &Html, attr: &str, unit: &str) -> Vec<String> {
    let rows = select(doc, &format!("tr[{attr}=\"{unit}\"]"));
    assert_eq!(rows.len(), 1, "one row {attr}={unit}");
    rows[0]
        .select(&scraper::Selector::parse("td").unwrap())
        .map(|td| text(&td))
        .collect()
}

/// (frame, budget, spent, forecast, deviation, per cent) as the page writes them.
fn figures(cells: &[String]) -> [&str; 6] {
    [
        &cells[0], &cells[1], &cells[2], &cells[3], &cells[4], &cells[5],
    ]
}

/// `text()` reads a no-break space as a space.
const NB: char = ' ';

/// Kroner as the economy table writes them (its headings say "(kr)").
fn kr(s: &str) -> String {
    s.to_string()
}

#[test]
fn the_report_page_has_its_hooks_and_a_section_per_part() {
    let doc = report("internal", "2026-T2");
    let main = select(&doc, "main[data-raudtrad=\"council-report\"]");
    assert_eq!(main.len(), 1);
    assert_eq!(main[0].value().attr("data-period"), Some("2026-T2"));
    assert_eq!(
        text(&select(&doc, "h1")[0]),
        "Tertialrapport 2. tertial 2026"
    );
    let toc: Vec<String> = select(&doc, ".council-toc a")
        .iter()
        .map(|a| a.value().attr("href").unwrap().to_string())
        .collect();
    let sections: Vec<String> = select(&doc, "section.council-section")
        .iter()
        .map(|s| format!("#{}", s.value().attr("id").unwrap()))
        .collect();
    assert_eq!(toc, sections, "the table of contents lists every section");
    assert_eq!(sections.len(), 8);
    let year = report("internal", "2025");
    assert_eq!(text(&select(&year, "h1")[0]), "Årsmelding 2025");
}

#[test]
fn economy_rolls_up_with_the_units_below_internal() {
    let doc = report("internal", "2026-T2");
    // Sektor A: itself 1 000 000 / 1 100 000, A1's newest report 500 000 / 450 000 (the
    // older 400 000 / 420 000 is not counted), A2 300 000 / 330 000. Budget 1 800 000,
    // forecast 1 880 000, deviation +80 000 = 4.44 %; spent 600 000 + 250 000 (A2 gave none).
    // Frames: 1 000 000 + 750 000 + 200 000.
    assert_eq!(
        figures(&row(&doc, "data-unit", "sektor-a")),
        [
            kr("1 950 000").as_str(),
            &kr("1 800 000"),
            &kr("850 000"),
            &kr("1 880 000"),
            &format!("+{}", kr("80 000")),
            &format!("+4,4{NB}%")
        ]
    );
    // Sektor B with B1: 2 100 000 / 2 040 000, −60 000 = −2.86 %.
    assert_eq!(
        figures(&row(&doc, "data-unit", "sektor-b")),
        [
            kr("2 100 000").as_str(),
            &kr("2 100 000"),
            &kr("1 300 000"),
            &kr("2 040 000"),
            &format!("−{}", kr("60 000")),
            &format!("−2,9{NB}%")
        ]
    );
    // The municipality has no report of its own for the tertial: no row of its own; the
    // total is both sectors: 3 900 000 / 3 920 000, +20 000 = 0.51 %; frames 10 000 000 +
    // 1 950 000 + 2 100 000.
    assert!(select(&doc, "tr[data-unit=\"kommune\"]").is_empty());
    assert_eq!(
        figures(&row(&doc, "data-total", "kommune")),
        [
            kr("14 050 000").as_str(),
            &kr("3 900 000"),
            &kr("2 150 000"),
            &kr("3 920 000"),
            &format!("+{}", kr("20 000")),
            &format!("+0,5{NB}%")
        ]
    );
    // The chart says the same in words.
    let desc = text(&select(&doc, "#rt-economy svg desc")[0]);
    assert!(desc.contains("Sektor A: +80"), "{desc}");
}

#[test]
fn a_year_takes_the_year_report_else_the_last_tertial() {
    for tree in ["internal", "open"] {
        let doc = report(tree, "2025");
        // The municipality's own year report: 9 000 000 / 9 100 000, +100 000 = 1.11 %.
        let own = row(&doc, "data-unit", "kommune");
        assert_eq!(own[1], kr("9 000 000"));
        assert_eq!(own[4], format!("+{}", kr("100 000")));
        assert_eq!(own[5], format!("+1,1{NB}%"));
        // Sektor A has no year report: its 3rd tertial (800 000 / 790 000), not the 2nd.
        let a = row(&doc, "data-unit", "sektor-a");
        assert_eq!(a[3], kr("790 000"));
        assert_eq!(a[4], format!("−{}", kr("10 000")));
        // Total 9 800 000 / 9 890 000: +90 000 = 0.92 %.
        let total = row(&doc, "data-total", "kommune");
        assert_eq!(total[4], format!("+{}", kr("90 000")), "{tree}");
        assert_eq!(total[5], format!("+0,9{NB}%"));
    }
}

#[test]
fn the_open_report_counts_public_reports_only_and_names_no_one() {
    let doc = report("open", "2026-T2");
    // Only the public reports of A and A1: 1 500 000 / 1 550 000, +50 000 = 3.33 %.
    let a = row(&doc, "data-unit", "sektor-a");
    assert_eq!(a[1], kr("1 500 000"));
    assert_eq!(a[3], kr("1 550 000"));
    assert_eq!(a[5], format!("+3,3{NB}%"));
    // Sektor B has public frames but no public figures: no row. B1 is internal: its frame is
    // not in the total (10 000 000 + 1 950 000 + 2 000 000).
    assert!(select(&doc, "tr[data-unit=\"sektor-b\"]").is_empty());
    assert_eq!(row(&doc, "data-total", "kommune")[0], kr("13 950 000"));
    let html = site().page("open", &council_path("open", "2026-T2"));
    for hidden in [
        "Kari Nordmann",
        "Per Persen",
        "Intern kommentar frå sektor B",
        "Intern merknad frå A2",
        "Internt tiltak for A2",
        "Eining B1",
        "Eining A2",
        "Ikkje rapportert",
        "Har ikkje svart",
    ] {
        assert!(!html.contains(hidden), "the open report shows {hidden:?}");
    }
    // The internal one has them.
    let internal = site().page("internal", &council_path("internal", "2026-T2"));
    for shown in ["Kari Nordmann", "Internt tiltak for A2", "Eining B1"] {
        assert!(
            internal.contains(shown),
            "the internal report lacks {shown:?}"
        );
    }
}

#[test]
fn deviations_are_open_closed_and_overdue_by_their_follow_up() {
    // Internal: open are A's "partly" with follow-up (deadline 1 Dec: not overdue), A1's "no"
    // (deadline 30 Sep, before today: overdue) and A2's "no"; closed is A's "no" on k2
    // (closed 1 Sep). A1's "partly" on k2 has no follow-up: no deviation.
    let doc = report("internal", "2026-T2");
    let tables = select(&doc, "#rt-control table.avvik");
    assert_eq!(tables.len(), 2);
    let rows = |t: &scraper::ElementRef| -> Vec<(String, bool)> {
        t.select(&scraper::Selector::parse("tbody tr").unwrap())
            .map(|tr| {
                let unit = text(
                    &tr.select(&scraper::Selector::parse("th").unwrap())
                        .next()
                        .unwrap(),
                );
                (unit, tr.value().classes().any(|c| c == "is-overdue"))
            })
            .collect()
    };
    assert_eq!(
        rows(&tables[0]),
        [
            ("Sektor A".to_string(), false),
            ("Eining A1".to_string(), true),
            ("Eining A2".to_string(), false)
        ]
    );
    assert_eq!(rows(&tables[1]), [("Sektor A".to_string(), false)]);
    // Units that answered nothing: the municipality, Sektor B and B1.
    let missing: Vec<String> = select(&doc, ".not-answered a").iter().map(text).collect();
    assert_eq!(missing, ["Rådby kommune", "Sektor B", "Eining B1"]);
    // The yearly internal-control page uses the same follow-up.
    let year = Html::parse_document(&site().page("internal", &at("internal-control", "2026")));
    assert_eq!(select(&year, "table.avvik tr.is-overdue").len(), 1);
    assert!(text(&select(&year, "table.avvik")[0]).contains("Ny risikovurdering for A1"));
}

#[test]
fn verbalpunkt_show_the_latest_comment_the_new_deadline_and_a_case_link() {
    for tree in ["internal", "open"] {
        let doc = Html::parse_document(&site().page(tree, &at("verbal", "v1")));
        let case = select(&doc, "a.case-link");
        assert_eq!(
            case[0].value().attr("href"),
            Some("https://sak.radby.example/sak/PS%2098%2F2025"),
            "{tree}"
        );
        assert_eq!(
            text(&select(&doc, ".standing-comment")[0]),
            "Utgreiinga er i gang."
        );
        assert_eq!(
            text(&select(&doc, ".standing-deadline")[0]),
            "1. oktober 2026"
        );
        assert!(text(&select(&doc, ".standing")[0]).contains("Ny frist"));
        assert!(text(&select(&doc, ".verbal-explain")[0]).contains("verbalpunkt"));
    }
    // A priority measure nobody has reported on says why it has no status; its amounts
    // have a total.
    let m = Html::parse_document(&site().page("open", &at("measures", "m1")));
    assert!(text(&select(&m, ".standing .why-none")[0]).contains("Ingen statusrapport"));
    assert_eq!(text(&select(&m, ".amounts-total")[0]), "300 000 kr");
    // The council report lists both, with the case link and the amounts' total.
    let doc = report("open", "2026-T2");
    let political = text(&select(&doc, "#rt-political")[0]);
    assert!(political.contains("Utgreiinga er i gang."), "{political}");
    assert!(political.contains("300 000 kr"));
    assert_eq!(
        select(&doc, "#rt-political a.case-link").len(),
        2,
        "v1 and v2"
    );
    // The citizens' front page says why a verbalpunkt stands where it does.
    let front = Html::parse_document(&site().page("open", "index.html"));
    let points = text(&select(&front, "ul.points")[0]);
    assert!(
        points.contains("Siste kommentar: Utgreiinga er i gang."),
        "{points}"
    );
    assert!(points.contains("Ny frist"), "{points}");
    assert!(!select(&front, "ul.points a.case-link").is_empty());
}

#[test]
fn own_events_are_in_the_year_wheel_and_the_calendars() {
    let wheel = |tree: &str| Html::parse_document(&site().page(tree, &at("arshjul", "")));
    let own = |doc: &Html| -> Vec<String> {
        select(doc, "li.event-own")
            .iter()
            .map(|e| e.value().attr("id").unwrap().to_string())
            .collect()
    };
    assert_eq!(
        own(&wheel("internal")),
        [
            "event-kommunestyre",
            "event-seminar",
            "event-budsjett",
            "event-intern"
        ]
    );
    assert_eq!(
        own(&wheel("open")),
        ["event-kommunestyre", "event-seminar", "event-budsjett"]
    );

    let events = |tree: &str, path: &str| -> Vec<(String, String, String)> {
        let ics = site().page(tree, path);
        let mut parser = ical::IcalParser::new(std::io::BufReader::new(ics.as_bytes()));
        let cal = parser.next().expect("a calendar").expect("it parses");
        cal.events
            .iter()
            .filter_map(|e| {
                let prop = |name: &str| {
                    e.properties
                        .iter()
                        .find(|p| p.name == name)
                        .and_then(|p| p.value.clone())
                        .unwrap_or_default()
                };
                let uid = prop("UID");
                uid.starts_with("event-")
                    .then(|| (uid, prop("DTSTART"), prop("DTEND")))
            })
            .collect()
    };
    let internal = events("internal", &at("calendar", ""));
    let uids: Vec<&str> = internal.iter().map(|e| e.0.as_str()).collect();
    assert_eq!(
        uids,
        [
            "event-kommunestyre@radby.example",
            "event-seminar@radby.example",
            "event-budsjett-2026@radby.example",
            "event-intern@radby.example"
        ]
    );
    // The seminar lasts two days: DTEND is the day after its last.
    assert_eq!(internal[1].1, "20260903");
    assert_eq!(internal[1].2, "20260905");
    let open = events("open", &at("calendar", ""));
    assert!(open.iter().all(|e| !e.0.starts_with("event-intern")));
    // A unit's calendar holds events for it or for everyone, not those for another unit.
    let a: Vec<String> = events("internal", &at("unit-calendar", "sektor-a"))
        .into_iter()
        .map(|e| e.0)
        .collect();
    assert!(a.iter().any(|u| u.starts_with("event-seminar")));
    assert!(a.iter().any(|u| u.starts_with("event-kommunestyre")));
    assert!(!a.iter().any(|u| u.starts_with("event-intern")));
}

#[test]
fn bad_economy_values_are_errors_at_their_line() {
    let site = Site::fixture("council");
    site.write(
        "content/reports/bad.md",
        "+++\nunit = \"sektor-a\"\nperiod = \"2026-T1\"\neconomy = { budget = \"mange\", forecast = true }\n+++\n",
    );
    site.write(
        "content/reports/bad-shape.md",
        "+++\nunit = \"sektor-a\"\nperiod = \"2026-T1\"\neconomy = 5\n+++\n",
    );
    site.write(
        "content/reports/bad-yaml.md",
        "---\nunit: sektor-a\nperiod: 2026-T1\neconomy:\n  budget: 1000\n  spent: [1, 2]\n  forecast: 1 200 kr\n---\n",
    );
    let run = site.check();
    assert_eq!(run.code, 1, "{}", run.stderr);
    for expected in [
        "content/reports/bad.md:4:22: error: `budget` must be an amount in kroner, found `mange`",
        "content/reports/bad.md:4:42: error: `forecast` must be an amount in kroner, found a boolean",
        "content/reports/bad-yaml.md:6:10: error: `spent` must be an amount in kroner, found a list",
        "content/reports/bad-yaml.md:7:13: error: `forecast` must be an amount in kroner, found `1 200 kr`",
        "content/reports/bad-shape.md:4:11: error: `economy` must be a table of fields, found an integer",
    ] {
        assert!(
            run.stderr.contains(expected),
            "missing {expected:?} in\n{}",
            run.stderr
        );
    }
    assert!(
        run.stderr
            .contains("help: write a number without spaces or `kr`")
    );
}

#[test]
fn bad_events_and_case_url_are_errors_at_their_line() {
    let site = Site::fixture("council");
    site.write(
        "content/events/x.md",
        "+++\ntitle = \"X\"\nmonth = 2\nday = 30\n+++\n",
    );
    site.write("content/events/y.md", "+++\ntitle = \"Y\"\n+++\n");
    site.write(
        "content/events/z.md",
        "+++\ntitle = \"Z\"\ndate = 2026-05-02\nend = 2026-05-01\n+++\n",
    );
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write("site.toml", &toml.replace("sak/{case}", "sak/"));
    let run = site.check();
    assert_eq!(run.code, 1);
    for expected in [
        "content/events/x.md:4:7: error: `day` 30 does not exist in month 2",
        "content/events/y.md:1:1: error: this event has no `date`",
        "content/events/z.md:4:7: error: the event ends (2026-05-01) before it starts (2026-05-02)",
        "site.toml:7:12: error: `case_url` has no `{case}`",
    ] {
        assert!(
            run.stderr.contains(expected),
            "missing {expected:?} in\n{}",
            run.stderr
        );
    }
}

/// A unit's status overview, today's address (issue 15 moves it; kept in one place).
fn unit_status(tree: &str, unit: &str) -> Html {
    Html::parse_document(&site().page(tree, &at("unit-status", unit)))
}

#[test]
fn deviations_roll_up_on_the_status_overviews() {
    let units = |doc: &Html, n: usize| -> Vec<String> {
        select(
            doc,
            "#rt-avvik ~ div table.avvik, section[aria-labelledby=\"rt-avvik\"] table.avvik",
        )
        .get(n)
        .map(|t| {
            t.select(&scraper::Selector::parse("tbody th").unwrap())
                .map(|th| text(&th))
                .collect()
        })
        .unwrap_or_default()
    };
    // The municipality and Sektor A hold all four; A1 its own; Sektor B none.
    for unit in ["kommune", "sektor-a"] {
        let doc = unit_status("internal", unit);
        assert_eq!(
            units(&doc, 0),
            ["Sektor A", "Eining A1", "Eining A2"],
            "{unit}"
        );
        assert_eq!(units(&doc, 1), ["Sektor A"], "{unit}");
    }
    assert_eq!(
        units(&unit_status("internal", "eining-a1"), 0),
        ["Eining A1"]
    );
    assert!(select(&unit_status("internal", "sektor-b"), "#rt-avvik").is_empty());
    // The open tree: public reports only.
    assert_eq!(
        units(&unit_status("open", "sektor-a"), 0),
        ["Sektor A", "Eining A1"]
    );
}

#[test]
fn frames_and_measure_amounts_have_their_sums() {
    // Sektor A's frames 2026: 1 000 000 own, with A1 (750 000) and A2 (200 000) 1 950 000.
    let a = Html::parse_document(&site().page("internal", &at("org", "sektor-a")));
    assert_eq!(text(&select(&a, ".frame-with-below")[0]), "1 950 000 kr");
    // Sektor B: 2 100 000 with B1 internally; in the open tree B1 is not there, so Sektor B
    // has no units below and no such table.
    let b = |tree: &str| Html::parse_document(&site().page(tree, &at("org", "sektor-b")));
    assert_eq!(
        text(&select(&b("internal"), ".frame-with-below")[0]),
        "2 100 000 kr"
    );
    assert!(select(&b("open"), ".frame-totals").is_empty());
    // A unit with no units below has no such table.
    let a1 = Html::parse_document(&site().page("internal", &at("org", "eining-a1")));
    assert!(select(&a1, ".frame-totals").is_empty());
    // The plan: m1 100 000 + 200 000 (the table's headings say "(kr)").
    let plan = Html::parse_document(&site().page("open", &at("plans", "hop")));
    assert_eq!(text(&select(&plan, ".measure-total")[0]), "300 000");
    assert_eq!(text(&select(&plan, ".measures-total")[0]), "300 000");
}

#[test]
fn follow_up_on_an_answer_that_is_no_deviation_is_a_warning() {
    let site = Site::fixture("council");
    site.write(
        "content/reports/yes.md",
        "+++\nunit = \"sektor-b\"\nperiod = \"2026-T1\"\nchecklist = [\n  { ref = \"k1\", answer = true, measure = \"Ingenting\" },\n  { ref = \"k2\", answer = false, deadline = \"snart\" },\n]\n+++\n",
    );
    let run = site.check();
    assert_eq!(run.code, 1, "{}", run.stderr);
    for expected in [
        "content/reports/yes.md:5:42: warning: `measure`, `responsible`, `deadline` and `closed` follow up a deviation",
        "content/reports/yes.md:6:44: error: `deadline` is not a date: `snart`",
    ] {
        assert!(
            run.stderr.contains(expected),
            "missing {expected:?} in\n{}",
            run.stderr
        );
    }
}

#[test]
fn a_decision_carried_out_internally_says_no_status_is_published() {
    // v2 is carried out by an internal assignment: the open page has no status and says
    // none is published (not that no assignment exists); the internal page has the status.
    let open = Html::parse_document(&site().page("open", &at("verbal", "v2")));
    assert_eq!(
        text(&select(&open, ".standing .why-none")[0]),
        "Det er ikkje publisert nokon status for dette."
    );
    assert!(
        !site()
            .page("open", &at("verbal", "v2"))
            .contains("Intern utgreiing")
    );
    let internal = Html::parse_document(&site().page("internal", &at("verbal", "v2")));
    assert!(text(&select(&internal, ".standing")[0]).contains("I gang"));
}

#[test]
fn each_unit_has_its_deviation_alone_and_with_the_units_below() {
    let rows = |doc: &Html| -> Vec<(String, String, String)> {
        select(
            doc,
            "table.unit-economy tr[data-unit], table.unit-economy tr[data-total]",
        )
        .iter()
        .map(|tr| {
            let key = tr
                .value()
                .attr("data-unit")
                .or(tr.value().attr("data-total"))
                .unwrap()
                .to_string();
            let cells: Vec<String> = tr
                .select(&scraper::Selector::parse("td").unwrap())
                .map(|td| text(&td))
                .collect();
            (key, cells[3].clone(), cells[4].clone())
        })
        .collect()
    };
    let s = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
    // Sektor A alone +100 000 (10 %), A1 −50 000 (−10 %), A2 +30 000 (10 %); together
    // +80 000 (4.4 %).
    let a = unit_status("internal", "sektor-a");
    assert_eq!(
        rows(&a),
        [
            s("sektor-a", "+100 000", "+10 %"),
            s("eining-a1", "−50 000", "−10 %"),
            s("eining-a2", "+30 000", "+10 %"),
            s("sektor-a", "+80 000", "+4,4 %"),
        ]
    );
    assert!(text(&select(&a, "#rt-economy")[0]).contains("2. tertial 2026"));
    // The open tree: without A2's internal report.
    assert_eq!(
        rows(&unit_status("open", "sektor-a")),
        [
            s("sektor-a", "+100 000", "+10 %"),
            s("eining-a1", "−50 000", "−10 %"),
            s("sektor-a", "+50 000", "+3,3 %"),
        ]
    );
}
