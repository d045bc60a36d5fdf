//! Min side, the year wheel, the calendar files and the print pages, on the fixture
//! `tests/fixtures/calendar` (today is 2026-03-10, so the 30-day window ends 2026-04-09).
//! Every list and count below is counted by hand from the fixture's files.

mod common;

use std::collections::BTreeSet;

use common::*;

fn built() -> Site {
    let site = Site::fixture("calendar");
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    site
}

fn doc(site: &Site, tree: &str, path: &str) -> scraper::Html {
    scraper::Html::parse_document(&site.page(tree, path))
}

/// The card titles of each Min side group, by group id.
fn groups(doc: &scraper::Html) -> Vec<(String, Vec<String>)> {
    select(doc, "section.todo-group")
        .into_iter()
        .map(|s| {
            let id = select_in(&s, "h2")[0].value().id().unwrap().to_string();
            let titles = select_in(&s, ".card-title")
                .iter()
                .map(|a| text(a))
                .collect();
            (id, titles)
        })
        .collect()
}

fn select_in<'a>(el: &scraper::ElementRef<'a>, css: &str) -> Vec<scraper::ElementRef<'a>> {
    el.select(&scraper::Selector::parse(css).unwrap()).collect()
}

fn g(id: &str, titles: &[&str]) -> (String, Vec<String>) {
    (
        id.to_string(),
        titles.iter().map(|t| t.to_string()).collect(),
    )
}

const LONG: &str =
    "Gjennomgang av beredskapsplanverket for heile kommunen med øvingar, evaluering og oppfølging";
const EDGE: &str = r"Plan, budsjett; og \ skråstrek";

#[test]
fn min_side_puts_overdue_first_then_the_next_30_days() {
    let site = built();
    // Kari Nordmann: her two tasks (written in two spellings) and, as the leader of the
    // school, its five assignments and the two tasks of them that a person answers for
    // ("Samtale med tillitsvald", "Innkjøp av lesebøker"): what the school's status counts. 1 March and 9 March are overdue; 10 March (today),
    // 20 March and 9 April (today + 30) are in the window; 10 April (today + 31) is not.
    let kari = doc(&site, "internal", "min-side/personar/kari-nordmann.html");
    assert_eq!(text(&select(&kari, "h1")[0]), "Kari Nordmann");
    assert_eq!(
        groups(&kari),
        vec![
            g(
                "rt-overdue",
                &["Kartleggingsprøvar i 2. trinn", "Tidleg innsats i lesing"]
            ),
            g(
                "rt-soon",
                &[
                    "Kartlegging av leseferdigheiter",
                    "Samtale med tillitsvald",
                    "Foreldremøte om lesing",
                    EDGE
                ]
            ),
            g(
                "rt-later",
                &["Hemmeleg personalsak", "Innkjøp av lesebøker"]
            ),
            g("rt-closed", &["Ferdig skuleruteplan"]),
        ]
    );
    // A task names the assignment it belongs to.
    let first = &select(&kari, "#rt-overdue + ul .card")[0];
    assert!(text(first).contains("I oppdraget: Tidleg innsats i lesing"));

    // "Åse Øvrebø" leads the municipality and is written once with a decomposed Å: one
    // person. "Ase Ovrebo" is someone else with the same slug, so both get a hash suffix.
    let people: BTreeSet<String> = std::fs::read_dir(site.out().join("internal/min-side/personar"))
        .unwrap()
        .map(|e| {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            name.trim_end_matches(".html").to_string()
        })
        .collect();
    let expected: BTreeSet<String> = [
        "ase-ovrebo-11afe990",
        "ase-ovrebo-42657e7f",
        "hemmeleg-person",
        "index",
        "kari-nordmann",
        "ola-nordmann",
        "per-olsen",
    ]
    .map(String::from)
    .into();
    assert_eq!(people, expected);
    let ase = doc(
        &site,
        "internal",
        "min-side/personar/ase-ovrebo-11afe990.html",
    );
    assert_eq!(text(&select(&ase, "h1")[0]), "Åse Øvrebø");
    assert_eq!(
        groups(&ase),
        vec![
            g("rt-overdue", &[]),
            // Her own task, and (as the municipality's leader) the task "Ase Ovrebo"
            // answers for in the municipality's assignment.
            g(
                "rt-soon",
                &["Øving med sivilforsvaret", "Godkjenne planverket"]
            ),
            g("rt-later", &[LONG, "Ny kommuneplan"]),
            g("rt-closed", &[]),
        ]
    );
    let ase2 = doc(
        &site,
        "internal",
        "min-side/personar/ase-ovrebo-42657e7f.html",
    );
    assert_eq!(text(&select(&ase2, "h1")[0]), "Ase Ovrebo");
    assert_eq!(
        groups(&ase2)[1],
        g("rt-soon", &["Øving med sivilforsvaret"])
    );

    // A unit's list: its assignments, the tasks it is responsible for and the tasks of its
    // assignments a person answers for (what its status overview counts as its own).
    let helse = doc(&site, "internal", "min-side/einingar/helse.html");
    assert_eq!(
        groups(&helse),
        vec![
            g("rt-overdue", &["Oppdatere smittevernplanen"]),
            g("rt-soon", &[]),
            g("rt-later", &["Ny helseplattform"]),
            g("rt-closed", &[]),
        ]
    );
    let skule = doc(&site, "internal", "min-side/einingar/skule.html");
    assert_eq!(
        groups(&skule),
        groups(&kari),
        "the leader's list is the unit's"
    );
    assert_eq!(
        groups(&skule)[0],
        g(
            "rt-overdue",
            &["Kartleggingsprøvar i 2. trinn", "Tidleg innsats i lesing"]
        )
    );

    // The index: every person and unit with the count of each group.
    let index = doc(&site, "internal", "min-side/index.html");
    let rows: Vec<Vec<String>> = select(&index, "table tbody tr")
        .iter()
        .map(|tr| select_in(tr, "th, td").iter().map(|c| text(c)).collect())
        .collect();
    let counts: Vec<(String, Vec<String>)> = rows
        .iter()
        .map(|r| (r[0].clone(), r[r.len() - 5..].to_vec()))
        .collect();
    let c = |name: &str, n: [u32; 5]| (name.to_string(), n.map(|x| x.to_string()).to_vec());
    assert_eq!(
        counts,
        vec![
            // A leader's counts are their unit's (and their own tasks, already in it).
            c("Ase Ovrebo", [0, 1, 0, 0, 1]),
            c("Hemmeleg Person", [0, 1, 0, 0, 1]),
            c("Kari Nordmann", [2, 4, 2, 1, 9]),
            c("Ola Nordmann", [0, 0, 1, 0, 1]),
            c("Per Olsen", [2, 1, 1, 0, 4]),
            c("Åse Øvrebø", [0, 2, 2, 0, 4]),
            // Units in organisation order: children in file order (helse.md, oppvekst.md).
            c("Fjordvik kommune", [0, 2, 2, 0, 4]),
            c("Helse", [1, 0, 1, 0, 2]),
            c("Oppvekst", [2, 1, 1, 0, 4]),
            c("Fjordvik skule", [2, 4, 2, 1, 9]),
        ]
    );

    // The task's section links the person to their Min side; so does the unit page its leader.
    let task = site.section("internal", "t-kari-2");
    assert!(task.contains("href=\"../min-side/personar/kari-nordmann.html\""));
    let unit = site.page("internal", "einingar/kommune.html");
    assert!(unit.contains("href=\"../min-side/personar/ase-ovrebo-11afe990.html\""));
}

const NAMES: [&str; 8] = [
    "Kari Nordmann",
    "kari  nordmann",
    "Ola Nordmann",
    "Ase Ovrebo",
    "Åse Øvrebø",
    "A\u{30a}se Øvrebø",
    "Per Olsen",
    "Hemmeleg Person",
];

#[test]
fn the_open_tree_has_no_min_side_no_agreement_and_no_names() {
    let site = built();
    let open = site.out().join("open");
    for (path, bytes) in snapshot(&open) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!path.contains("min-side"), "{path}");
        assert!(!path.contains("leiaravtale"), "{path}");
        for needle in [
            "min-side",
            "leiaravtale",
            "Hemmeleg",
            "Samtale med tillitsvald",
        ] {
            assert!(!text.contains(needle), "open/{path} has {needle:?}");
        }
        for name in NAMES {
            assert!(!text.contains(name), "open/{path} names {name:?}");
        }
    }
    // The navigation offers the year wheel in both trees and Min side only inside.
    let nav = |tree: &str| -> Vec<String> {
        select(&doc(&site, tree, "index.html"), ".main-nav a")
            .iter()
            .map(|a| text(a))
            .collect()
    };
    assert!(nav("internal").contains(&"Min side".to_string()));
    assert!(nav("internal").contains(&"Årshjul".to_string()));
    assert!(!nav("open").contains(&"Min side".to_string()));
    assert!(nav("open").contains(&"Årshjul".to_string()));
    // Both trees link only to files they have.
    assert_eq!(raudtrad::links::check_tree(&open), vec![]);
    assert_eq!(
        raudtrad::links::check_tree(&site.out().join("internal")),
        vec![]
    );
}

/// A calendar file read the strict RFC 5545 way: lines unfolded (CRLF + one space or tab),
/// every event as property name → (parameters, value).
type Props = Vec<(String, String, String)>;

fn unfold_events(ics: &str) -> Vec<Props> {
    let unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
    let mut events = Vec::new();
    let mut current: Option<Props> = None;
    for line in unfolded.split("\r\n").filter(|l| !l.is_empty()) {
        match line {
            "BEGIN:VEVENT" => current = Some(Vec::new()),
            "END:VEVENT" => events.extend(current.take()),
            _ => {
                if let Some(props) = &mut current {
                    let (head, value) = line.split_once(':').unwrap();
                    let (name, params) = head.split_once(';').unwrap_or((head, ""));
                    props.push((name.into(), params.into(), value.into()));
                }
            }
        }
    }
    events
}

fn prop<'a>(event: &'a Props, name: &str) -> &'a str {
    event
        .iter()
        .find(|(n, _, _)| n == name)
        .map(|(_, _, v)| v.as_str())
        .unwrap_or_else(|| panic!("no {name} in {event:?}"))
}

/// TEXT values as RFC 5545 §3.3.11 escapes them.
fn unescape(v: &str) -> String {
    let mut out = String::new();
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(o) => out.push(o),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn parse_with_ical(ics: &str) -> ical::parser::ical::component::IcalCalendar {
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(ics.as_bytes()));
    let cal = parser.next().expect("one calendar").expect("parses");
    assert!(parser.next().is_none(), "exactly one calendar");
    cal
}

#[test]
fn calendar_files_are_valid_icalendar_with_the_expected_events() {
    let site = built();
    let read = |tree: &str, path: &str| site.page(tree, path);

    for tree in ["internal", "open"] {
        for path in [
            "arshjul/kalender.ics",
            "arshjul/kalender/kommune.ics",
            "arshjul/kalender/oppvekst.ics",
            "arshjul/kalender/skule.ics",
            "arshjul/kalender/helse.ics",
        ] {
            let ics = read(tree, path);
            // RFC 5545 §3.1: CRLF line ends, lines of at most 75 octets.
            assert!(ics.ends_with("\r\n"), "{tree}/{path}");
            assert!(
                !ics.replace("\r\n", "").contains('\n'),
                "{tree}/{path}: bare LF"
            );
            for line in ics.split("\r\n") {
                assert!(
                    line.len() <= 75,
                    "{tree}/{path}: {} octets: {line}",
                    line.len()
                );
            }
            let cal = parse_with_ical(&ics);
            let events = unfold_events(&ics);
            assert_eq!(cal.events.len(), events.len(), "{tree}/{path}");
            for (parsed, e) in cal.events.iter().zip(&events) {
                for required in ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"] {
                    assert!(
                        parsed.properties.iter().any(|p| p.name == required),
                        "{tree}/{path}: an event without {required}"
                    );
                }
                assert_eq!(prop(e, "DTSTAMP"), "20260310T000000Z");
                // All-day events: a DATE, and the day after as the (exclusive) end.
                let start = parsed
                    .properties
                    .iter()
                    .find(|p| p.name == "DTSTART")
                    .unwrap();
                assert_eq!(
                    start.params,
                    Some(vec![("VALUE".into(), vec!["DATE".into()])])
                );
                let day = |v: &str| chrono::NaiveDate::parse_from_str(v, "%Y%m%d").unwrap();
                assert_eq!(
                    day(prop(e, "DTEND")),
                    day(prop(e, "DTSTART")).succ_opt().unwrap()
                );
            }
            let uids: BTreeSet<&str> = events.iter().map(|e| prop(e, "UID")).collect();
            assert_eq!(uids.len(), events.len(), "{tree}/{path}: UIDs are unique");
        }
    }

    // The municipality's calendar: 14 deadlines (13 in 2026, 1 in 2027) and the reporting
    // events of 2026 and 2027: 6 tertial ends, 6 tertial report deadlines (T3 2025 – T2 2027
    // that fall in those years) and, inside only, 2 annual-report deadlines (there is an
    // internal yearly report).
    let all = unfold_events(&read("internal", "arshjul/kalender.ics"));
    assert_eq!(all.len(), 14 + 6 + 6 + 2);
    let open_all = unfold_events(&read("open", "arshjul/kalender.ics"));
    // Not the internal assignment, not its task, no annual-report deadlines.
    assert_eq!(open_all.len(), 12 + 6 + 6);

    // The school's own calendar: its five assignments and the reporting events of 2026.
    let skule = unfold_events(&read("internal", "arshjul/kalender/skule.ics"));
    let got: Vec<(&str, &str)> = skule
        .iter()
        .map(|e| (prop(e, "DTSTART"), prop(e, "UID")))
        .collect();
    assert_eq!(
        got,
        vec![
            ("20260114", "report-due-2025-T3@fjordvik.example"),
            ("20260114", "report-due-2025@fjordvik.example"),
            ("20260201", "assignment-a-done@fjordvik.example"),
            ("20260309", "assignment-a-overdue@fjordvik.example"),
            ("20260310", "assignment-a-today@fjordvik.example"),
            ("20260409", "assignment-a-edge30@fjordvik.example"),
            ("20260410", "assignment-a-day31@fjordvik.example"),
            ("20260430", "period-end-2026-T1@fjordvik.example"),
            ("20260514", "report-due-2026-T1@fjordvik.example"),
            ("20260831", "period-end-2026-T2@fjordvik.example"),
            ("20260914", "report-due-2026-T2@fjordvik.example"),
            ("20261231", "period-end-2026-T3@fjordvik.example"),
        ]
    );
    let open_skule = unfold_events(&read("open", "arshjul/kalender/skule.ics"));
    assert_eq!(open_skule.len(), 10);

    // Escaping of `,`, `;`, `\` and newlines in TEXT values.
    let edge = skule
        .iter()
        .find(|e| prop(e, "UID").starts_with("assignment-a-edge30@"))
        .unwrap();
    assert_eq!(
        prop(edge, "SUMMARY"),
        r"Frist: Plan\, budsjett\; og \\ skråstrek"
    );
    assert_eq!(unescape(prop(edge, "SUMMARY")), format!("Frist: {EDGE}"));
    let overdue = skule
        .iter()
        .find(|e| prop(e, "UID").starts_with("assignment-a-overdue@"))
        .unwrap();
    assert_eq!(
        unescape(prop(overdue, "DESCRIPTION")),
        "Oppdrag\nOppdragseigar: Oppvekst\nDelegert til: Fjordvik skule\nStatus: I gang (over frist)"
    );
    // A long summary is folded and comes back whole.
    let long = all
        .iter()
        .find(|e| prop(e, "UID").starts_with("assignment-a-long@"))
        .unwrap();
    assert_eq!(unescape(prop(long, "SUMMARY")), format!("Frist: {LONG}"));
    // The open tree's events link to public pages at the site's address; the internal
    // tree has no public address.
    let open_long = open_all
        .iter()
        .find(|e| prop(e, "UID").starts_with("assignment-a-long@"))
        .unwrap();
    assert_eq!(
        prop(open_long, "URL"),
        "https://fjordvik.example/styring/oppdrag/a-long.html"
    );
    assert!(!long.iter().any(|(n, _, _)| n == "URL"));

    // The same content builds the same bytes: UIDs and DTSTAMP do not change.
    let first = read("internal", "arshjul/kalender.ics");
    assert_eq!(site.build().code, 0);
    assert_eq!(read("internal", "arshjul/kalender.ics"), first);
}

#[test]
fn the_year_wheel_lists_the_deadlines_of_the_year_by_month() {
    let site = built();
    let per_month = |tree: &str, path: &str| -> Vec<usize> {
        let d = doc(&site, tree, path);
        select(&d, "section.month")
            .iter()
            .map(|m| select_in(m, "li.event").len())
            .collect()
    };
    // January: two report deadlines (T3 2025 and, inside, the annual report for 2025);
    // March: 3 assignments and 4 tasks; April: 3 deadlines and the end of T1; …
    assert_eq!(
        per_month("internal", "arshjul/index.html"),
        vec![2, 1, 7, 4, 2, 0, 0, 1, 1, 0, 1, 1]
    );
    // Without the internal assignment (10 April), its task (15 March) and the annual report.
    assert_eq!(
        per_month("open", "arshjul/index.html"),
        vec![1, 1, 6, 3, 2, 0, 0, 1, 1, 0, 1, 1]
    );
    assert_eq!(
        per_month("internal", "arshjul/2027.html"),
        vec![2, 1, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1]
    );
    let d = doc(&site, "internal", "arshjul/index.html");
    assert_eq!(text(&select(&d, "h1")[0]), "Årshjul 2026");
    let march: Vec<String> = select(&d, "#rt-m03 ~ ul li.event .event-title")
        .iter()
        .map(|e| text(e))
        .collect();
    assert_eq!(
        march,
        vec![
            "Kartleggingsprøvar i 2. trinn",
            "Oppdatere smittevernplanen",
            "Tidleg innsats i lesing",
            // Two deadlines on 10 March: item order (a-long.md, which holds the task,
            // before a-today.md).
            "Øving med sivilforsvaret",
            "Kartlegging av leseferdigheiter",
            "Samtale med tillitsvald",
            "Foreldremøte om lesing",
        ]
    );
    let april: Vec<String> = select(&d, "#rt-m04 ~ ul li.event .event-title")
        .iter()
        .map(|e| text(e))
        .collect();
    assert_eq!(april.last().unwrap(), "Slutt på 1. tertial 2026");
    let may: Vec<String> = select(&d, "#rt-m05 ~ ul li.event .event-title")
        .iter()
        .map(|e| text(e))
        .collect();
    assert_eq!(
        may,
        vec!["Innkjøp av lesebøker", "Rapportfrist: 1. tertial 2026"]
    );
    // The page links to the other year and to every calendar file.
    let hrefs: Vec<String> = select(&d, "main a")
        .iter()
        .filter_map(|a| a.value().attr("href").map(String::from))
        .collect();
    assert!(hrefs.contains(&"../arshjul/2027.html".to_string()));
    assert!(hrefs.contains(&"../arshjul/kalender.ics".to_string()));
    assert!(hrefs.contains(&"../arshjul/kalender/skule.ics".to_string()));
}

#[test]
fn report_due_days_moves_the_report_deadlines() {
    let site = Site::fixture("calendar");
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write("site.toml", &format!("{toml}report_due_days = 30\n"));
    assert_eq!(site.build().code, 0);
    let events = unfold_events(&site.page("open", "arshjul/kalender.ics"));
    let due: Vec<&str> = events
        .iter()
        .filter(|e| prop(e, "UID").starts_with("report-due-2026-"))
        .map(|e| prop(e, "DTSTART"))
        .collect();
    assert_eq!(due, vec!["20260530", "20260930", "20270130"]);

    site.write("site.toml", &format!("{toml}report_due_days = -3\n"));
    let run = site.build();
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(
            "site.toml:9:19: error: `report_due_days` must be between 0 and 366, found -3"
        ),
        "{}",
        run.stderr
    );
}

/// No navigation and no site chrome on a page meant for paper. (Its skip link stays, for
/// keyboard users on screen; the print stylesheet hides it on paper.)
fn assert_print_page(d: &scraper::Html, what: &str) {
    for chrome in [".site-header", ".main-nav", ".breadcrumbs", "nav"] {
        assert!(select(d, chrome).is_empty(), "{what} has {chrome}");
    }
    assert_eq!(select(d, "h1").len(), 1, "{what}");
    assert_eq!(select(d, "main").len(), 1, "{what}");
    let mut ids = BTreeSet::new();
    for el in select(d, "[id]") {
        let id = el.value().id().unwrap();
        assert!(
            ids.insert(id.to_string()),
            "{what}: the id {id} is used twice"
        );
    }
}

#[test]
fn the_whole_verksemdsplan_prints_on_one_page_with_every_body_written_out() {
    let site = built();
    let d = doc(&site, "internal", "verksemdsplan/oppvekst.html");
    assert_print_page(&d, "verksemdsplan/oppvekst");
    let sections: Vec<String> = select(&d, "section.doc-part > h2")
        .iter()
        .map(|h| text(h))
        .collect();
    assert_eq!(
        sections,
        vec![
            "Oppdragsbrev",
            "Mål og strategiar",
            "Aktivitet – nøkkeltal og indikatorar",
            "Oppdrag og oppgåver",
            "Sjekklister for internkontroll",
            "Rammer"
        ]
    );
    let html = site.page("internal", "verksemdsplan/oppvekst.html");
    for body in [
        // Both letters, with their bodies and footnotes (whose ids do not collide).
        "Kommunedirektøren si bestilling til heile organisasjonen.",
        "Vedteke i leiargruppa 3. januar.",
        "Kommunalsjefen sitt brev til rektorane.",
        "Byggjer på brevet frå kommunedirektøren.",
        // Goal and strategy descriptions, the assignment body and its tasks.
        "Borna skal meistre lesing, skriving og rekning.",
        "Hjelp når behovet viser seg, ikkje seinare.",
        "Alle elevar i 1.–4. trinn skal få lesestøtte",
        "Kartleggingsprøvar i 2. trinn",
        "Kari Nordmann",
        // The checklist, written out.
        "Er vernerunde gjennomført?",
    ] {
        assert!(html.contains(body), "verksemdsplan/oppvekst lacks {body:?}");
    }
    // Tasks name their person in one spelling, however it was written.
    let responsible: Vec<String> =
        select(&d, "#rt-assignments ~ article table tbody td:nth-child(2)")
            .iter()
            .map(|c| text(c))
            .collect();
    assert_eq!(
        responsible,
        vec!["Kari Nordmann", "Kari Nordmann", "Ola Nordmann"]
    );
    // A body's `#` sits one level below the letter's `<h3>`, so its `##` themes are `<h5>`.
    let letter_headings: Vec<String> = select(&d, ".letter h5").iter().map(|h| text(h)).collect();
    assert_eq!(
        letter_headings,
        vec!["Innleiing", "Strategiske oppdrag", "Innleiing"]
    );

    let skule = site.page("internal", "verksemdsplan/skule.html");
    for s in [
        "Lesing 5. trinn",
        "12\u{a0}500\u{a0}000\u{a0}kr",
        "Hemmeleg personalsak",
    ] {
        assert!(skule.contains(s), "verksemdsplan/skule lacks {s:?}");
    }
    // The open tree prints what the open unit page shows: no internal items, no names.
    let open = doc(&site, "open", "verksemdsplan/skule.html");
    assert_print_page(&open, "open verksemdsplan/skule");
    let open_html = site.page("open", "verksemdsplan/skule.html");
    for s in [
        "Hemmeleg personalsak",
        "Er vernerunde gjennomført?",
        "Kari Nordmann",
    ] {
        assert!(!open_html.contains(s), "open verksemdsplan/skule has {s:?}");
    }
    assert!(open_html.contains("Tidleg innsats i lesing"));
    assert!(open_html.contains("Rektor"));
}

#[test]
fn the_leader_agreement_is_drawn_from_the_units_plan() {
    let site = built();
    let d = doc(&site, "internal", "leiaravtale/oppvekst.html");
    assert_print_page(&d, "leiaravtale/oppvekst");
    let html = site.page("internal", "leiaravtale/oppvekst.html");
    for s in [
        "Leiaravtale 2026",
        "Kommunalsjef oppvekst: <span class=\"person\">Per Olsen</span>, Oppvekst",
        "Kommunedirektør: <span class=\"person\">Åse Øvrebø</span>, Fjordvik kommune",
        "gjennomføre leiarsamtale med kvar rektor før 1. juni.",
        "Alle born får god læring",
    ] {
        assert!(html.contains(s), "leiaravtale/oppvekst lacks {s:?}");
    }
    let rows = |path: &str| -> Vec<Vec<String>> {
        let d = doc(&site, "internal", path);
        select(&d, "#rt-assignments ~ .table-wrap tbody tr")
            .iter()
            .map(|tr| {
                select_in(tr, "th, td")
                    .iter()
                    .take(2)
                    .map(|c| text(c))
                    .collect()
            })
            .collect()
    };
    assert_eq!(
        rows("leiaravtale/oppvekst.html"),
        vec![vec!["Tidleg innsats i lesing", "Oppdragseigar"]]
    );
    // The school's agreement for 2026 (the year of today): all five assignments are of
    // 2026, by deadline.
    assert_eq!(
        rows("leiaravtale/skule.html"),
        vec![
            vec!["Ferdig skuleruteplan", "Oppdragseigar"],
            vec!["Tidleg innsats i lesing", "Delegert til"],
            vec!["Kartlegging av leseferdigheiter", "Oppdragseigar"],
            vec![EDGE, "Oppdragseigar"],
            vec!["Hemmeleg personalsak", "Oppdragseigar"],
        ]
    );
    // The municipality's: the 2027 assignment belongs to another year's agreement.
    assert_eq!(
        rows("leiaravtale/kommune.html"),
        vec![vec![LONG, "Oppdragseigar"]]
    );
    // Only the year's budget frame.
    let skule = site.page("internal", "leiaravtale/skule.html");
    assert!(skule.contains("12\u{a0}500\u{a0}000\u{a0}kr"));
    assert!(!skule.contains("12\u{a0}000\u{a0}000\u{a0}kr"));
    // A unit whose leader is named by role only still has one; a unit page links to it
    // inside, not in the open tree.
    assert!(site.out().join("internal/leiaravtale/helse.html").exists());
    assert!(
        site.page("internal", "einingar/skule.html")
            .contains("../leiaravtale/skule.html")
    );
    assert!(
        !site
            .page("open", "einingar/skule.html")
            .contains("leiaravtale")
    );
}

#[test]
fn the_print_stylesheet_hides_the_chrome_and_writes_links_out() {
    let site = built();
    let css = site.page("internal", "assets/raudtrad.css");
    let start = css.find("@media print").expect("a print stylesheet");
    let print = &css[start..];
    let hidden = print
        .split('}')
        .find(|rule| rule.contains("display: none"))
        .expect("a rule that hides");
    for chrome in [
        ".site-header",
        ".main-nav",
        ".breadcrumbs",
        ".skip-link",
        "nav",
    ] {
        assert!(hidden.contains(chrome), "print hides {chrome}: {hidden}");
    }
    let links = print
        .split('}')
        .find(|rule| rule.contains("a[href^=\"http\"]::after"))
        .expect("links to other sites are written out");
    assert!(
        links.contains("content: \" (\" attr(href) \")\""),
        "{links}"
    );
    assert!(print.contains("break-after: avoid"));
    assert!(print.contains("background: #fff"));
}

/// RFC 5545 §3.1: a content line is at most 75 octets without its CRLF, and the space that
/// begins a continuation line counts. A title of two- and four-octet characters, with spaces
/// where a fold could fall, is folded at exact octet counts and unfolds to itself.
#[test]
fn calendar_lines_fold_at_75_octets_counting_the_leading_space() {
    let site = Site::fixture("calendar");
    // 2-octet `ø`, 4-octet `𝄞` and spaces, so folds land inside characters and before spaces.
    let title: String = (0..40).map(|i| ["øå ", "𝄞x", "æ ø"][i % 3]).collect();
    site.write(
        "content/assignments/a-fold.md",
        &format!(
            "+++\ntitle = \"{title}\"\nowner = \"skule\"\ndeadline = 2026-04-01\ngoals = [\"g-laering\"]\n+++\n"
        ),
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let ics = site.page("internal", "arshjul/kalender/skule.ics");
    let lines: Vec<&str> = ics.split("\r\n").collect();
    let start = lines
        .iter()
        .position(|l| l.starts_with("SUMMARY:") && l.contains("øå"))
        .expect("the long summary");
    let mut folded = vec![lines[start]];
    folded.extend(lines[start + 1..].iter().take_while(|l| l.starts_with(' ')));
    assert!(folded.len() >= 3, "{folded:?}");
    for (i, line) in folded.iter().enumerate() {
        assert!(
            line.len() <= 75,
            "line {i}: {} octets: {line:?}",
            line.len()
        );
        if i > 0 {
            // One space only: a second would be part of the text.
            assert!(line.starts_with(' '), "{line:?}");
        }
    }
    // Folds fill the lines: no line ends more than one character (4 octets) short of 75.
    for line in &folded[..folded.len() - 1] {
        assert!(line.len() > 70, "{} octets: {line:?}", line.len());
    }
    let unfolded: String = folded
        .iter()
        .enumerate()
        .map(|(i, l)| if i == 0 { *l } else { &l[1..] })
        .collect();
    assert!(unfolded.ends_with(&title), "{unfolded:?}");
}

/// A month with more deadlines than the year wheel shows gets a page of its own with all of
/// them; the year page shows the first ones and links to it, and the month's own events and
/// reporting dates stay on the year page. Months below the limit have no page.
#[test]
fn a_crowded_month_of_the_year_wheel_has_a_page_of_its_own() {
    let site = Site::fixture("calendar");
    let shows = raudtrad::render::pages::arshjul::MONTH_SHOWS;
    // The fixture has 4 deadlines in May 2026 at most; these make May crowded.
    for i in 0..=shows {
        site.write(
            &format!("content/assignments/mai-{i:03}.md"),
            &format!(
                "+++\ntitle = \"Maifrist {i:03}\"\nowner = \"skule\"\ndeadline = 2026-05-{:02}\ngoals = [\"g-laering\"]\n+++\n",
                i % 28 + 1
            ),
        );
    }
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let year = doc(&site, "open", "arshjul/index.html");
    let may = select(&year, "section.month")
        .into_iter()
        .find(|s| select_in(s, "h2")[0].value().id() == Some("rt-m05"))
        .unwrap();
    let deadlines = select_in(&may, ".event-deadline").len();
    assert_eq!(
        deadlines, shows,
        "the year page shows the first {shows} of May"
    );
    let more = select_in(&may, "p.more a");
    assert_eq!(more.len(), 1);
    assert_eq!(
        more[0].value().attr("href"),
        Some("../arshjul/2026-05.html")
    );
    // The link counts what the month's page lists: the new deadlines and the fixture's own.
    let all = select(
        &doc(&site, "open", "arshjul/2026-05.html"),
        ".event-deadline",
    )
    .len();
    assert!(all > shows);
    assert_eq!(text(&more[0]), format!("Alle {all} fristane i mai"));
    // The month's page has every deadline of May, in both trees, under its year.
    for tree in ["open", "internal"] {
        let month = doc(&site, tree, "arshjul/2026-05.html");
        assert_eq!(text(&select(&month, "h1")[0]), "Årshjul 2026: mai");
        // Under its year's page, by the year page's name.
        let crumbs: Vec<String> = select(&month, ".breadcrumbs a").iter().map(text).collect();
        assert!(crumbs.contains(&"Årshjul 2026".to_string()), "{crumbs:?}");
        let titles: BTreeSet<String> = select(&month, ".event-deadline .event-title")
            .iter()
            .map(text)
            .filter(|t| t.starts_with("Maifrist"))
            .collect();
        assert_eq!(titles.len(), shows + 1, "{tree}");
        assert_eq!(select(&month, "section.month").len(), 1);
    }
    // No other month is crowded, so no other month has a page.
    for m in [1, 3, 4, 6, 12] {
        assert!(
            !site
                .out()
                .join(format!("open/arshjul/2026-{m:02}.html"))
                .exists()
        );
    }
    // Every link of the new pages resolves.
    let check = common::run(&["check", "--links", "--root", site.root().to_str().unwrap()]);
    assert_eq!(check.code, 0, "{}", check.stderr);
}
