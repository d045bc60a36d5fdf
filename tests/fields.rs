//! Every field of the content format reaches a page: the fixture `every-field` gives each
//! field a value that can only come from that field, and each must show on the right page.

mod common;

use common::*;

const NBSP: &str = "\u{a0}";

fn expect(site: &Site, tree: &str, page: &str, needles: &[&str]) {
    let html = site.page(tree, page);
    for n in needles {
        assert!(html.contains(n), "{tree}/{page} should contain {n:?}");
    }
}

/// The same for a task, on its section of its assignment's page.
fn expect_section(site: &Site, tree: &str, id: &str, needles: &[&str]) {
    let html = site.section(tree, id);
    for n in needles {
        assert!(
            html.contains(n),
            "the section `{id}` in {tree} should contain {n:?}"
        );
    }
}

#[test]
fn every_field_reaches_its_page() {
    let site = Site::fixture("every-field");
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let kr = |s: &str| s.replace(' ', NBSP) + NBSP + "kr";

    // site.toml
    expect(
        &site,
        "internal",
        "index.html",
        &[
            "<h1>MARK-site-title</h1>",
            "MARK-municipality",
            "15. juni 2026",
            "<html lang=\"nn\">",
        ],
    );
    expect(
        &site,
        "open",
        "index.html",
        &["<link rel=\"canonical\" href=\"https://mark-base-url.example/sub/index.html\">"],
    );
    expect(
        &site,
        "internal",
        "strategiar/s-1.html",
        &["MARK-term-strategy"],
    );

    // unit
    let budget = kr("7 654 321");
    expect(
        &site,
        "internal",
        "einingar/kommune.html",
        &[
            "<h1>MARK-unit-root-title</h1>",
            "MARK-unit-summary",
            "MARK-unit-level",
            "MARK-leader-role",
            "MARK-leader-name",
            "2031",
            &budget,
            "MARK-budget-note",
            "MARK-unit-body",
        ],
    );
    expect(
        &site,
        "internal",
        "einingar/sektor.html",
        &["href=\"../einingar/kommune.html\">MARK-unit-root-title</a>"],
    );
    // Extensions: the leader agreement of a year, and report deadlines 21 days after a
    // period ends (1. tertial 2026 ends 30 April).
    expect(
        &site,
        "internal",
        "leiaravtale/kommune.html",
        &["Leiaravtale 2031", "MARK-agreement-text", &budget],
    );
    expect(
        &site,
        "open",
        "arshjul/kalender.ics",
        &["DTSTART;VALUE=DATE:20260521\r\nSUMMARY:Rapportfrist: 1. tertial 2026"],
    );

    // plan, goals, strategies
    expect(
        &site,
        "internal",
        "planar/samfunnsdel.html",
        &[
            "MARK-plankind-samfunnsdel",
            "2024–2036",
            "På høyring",
            "13. februar 2024",
            "MARK-adopted-by",
            "MARK-case-plan",
            "href=\"../einingar/kommune.html\"",
            "MARK-goal-main",
            "MARK-goal-description",
            "MARK-goal-sub",
            "MARK-strategy-title",
            "MARK-strategy-description",
            "MARK-plan-body",
        ],
    );
    expect(
        &site,
        "internal",
        "mal/g-sub.html",
        &["href=\"../mal/g-main.html\">MARK-goal-main</a>"],
    );
    expect(
        &site,
        "internal",
        "strategiar/s-1.html",
        &["href=\"../mal/g-main.html\""],
    );

    // measures and verbalpunkt
    // The plan's table of measures names kr once, in each year's heading.
    let a2027 = "2 345 678".replace(' ', NBSP);
    let a2028 = "−120 000".replace(' ', NBSP);
    expect(
        &site,
        "internal",
        "planar/hop.html",
        &[
            "MARK-plankind-hop",
            "MARK-measure-prio",
            &format!(">{a2027}<"),
            &format!(">{a2028}<"),
            "2027 (kr)",
            "href=\"../einingar/sektor.html\"",
            "Prioritert",
            "MARK-verbal-text",
            "MARK-case-verbal",
        ],
    );
    expect(
        &site,
        "internal",
        "tiltak/m-prio.html",
        &[
            "href=\"../mal/g-sub.html\"",
            "href=\"../strategiar/s-1.html\"",
            "href=\"../oppdrag/m-prio.html\"",
        ],
    );
    expect(
        &site,
        "internal",
        "verbalpunkt/v-1.html",
        &[
            "11. desember 2025",
            "MARK-case-verbal",
            "href=\"../oppdrag/v-1.html\"",
        ],
    );

    // automatic assignments keep the measure's id; a report gave this one a deadline.
    expect(
        &site,
        "internal",
        "oppdrag/m-prio.html",
        &[
            "MARK-measure-prio",
            "Tiltak frå plan",
            "MARK-status-ongoing",
            "1. april 2026",
        ],
    );
    expect(
        &site,
        "internal",
        "oppdrag/v-1.html",
        &["MARK-verbal-text", "MARK-category-verbal"],
    );

    // letters
    expect(
        &site,
        "internal",
        "oppdragsbrev/brev.html",
        &[
            "MARK-letter-title",
            "2026",
            "11. januar 2026",
            "href=\"../einingar/kommune.html\"",
            "href=\"../einingar/sektor.html\"",
            "<a href=\"#mark-letter-theme\">MARK-letter-theme</a>",
            "<h3 id=\"mark-letter-theme\">MARK-letter-theme</h3>",
            "href=\"../oppdragsbrev/brev-sektor.html\"",
            "href=\"../oppdrag/oppdrag.html\"",
        ],
    );
    expect(
        &site,
        "internal",
        "oppdragsbrev/brev-sektor.html",
        &["href=\"../oppdragsbrev/brev.html\""],
    );

    // assignment and tasks
    expect(
        &site,
        "internal",
        "oppdrag/oppdrag.html",
        &[
            "MARK-assignment-title",
            "2027",
            "MARK-category-admin",
            "href=\"../einingar/kommune.html\"",
            "href=\"../einingar/sektor.html\"",
            "20. mai 2026",
            "href=\"../mal/g-main.html\"",
            "href=\"../strategiar/s-1.html\"",
            "href=\"../tiltak/m-plain.html\">MARK-measure-plain</a>",
            "href=\"../oppdragsbrev/brev.html\"",
            "MARK-status-ongoing",
            "background-color: #123456",
            "37 %",
            "MARK-task-title",
            "MARK-assignment-body",
        ],
    );
    expect_section(
        &site,
        "internal",
        "t-1",
        &[
            "MARK-task-person",
            "1. juli 2026",
            "MARK-status-not-started",
            "12 %",
        ],
    );
    expect_section(
        &site,
        "internal",
        "t-2",
        &["href=\"../einingar/sektor.html\""],
    );
    expect(
        &site,
        "internal",
        "oppdrag/rapportert.html",
        &[
            "MARK-source-text",
            "MARK-status-done",
            "88 %",
            "MARK-report-status-comment",
        ],
    );
    expect(
        &site,
        "internal",
        "oppdrag/hemmeleg.html",
        &["badge-internal", "MARK-exemption"],
    );

    // indicator with CSV data and a reported value
    expect(
        &site,
        "internal",
        "indikatorar/ind.html",
        &[
            "MARK-indicator-title",
            "MARK-measure-unit",
            "Lågare er betre",
            "41,25",
            "39,5",
            "33,75",
            "MARK-indicator-source",
            "17,25",
            "16,5",
            "15,75",
            "href=\"../mal/g-main.html\"",
            "href=\"../einingar/sektor.html\"",
        ],
    );

    // checklist
    expect(
        &site,
        "internal",
        "sjekklister/ik.html",
        &[
            "MARK-checklist-title",
            "2026",
            "href=\"../einingar/sektor.html\"",
            "MARK-purpose",
            "MARK-group",
            "MARK-question",
            "id=\"c-1\"",
            "Ja/nei",
            "MARK-question-text",
            "Tekst",
        ],
    );

    // report: its title defaults to unit and period
    expect(
        &site,
        "internal",
        "rapportar/r1.html",
        &[
            "<h1>MARK-unit-child-title – 1. tertial 2026</h1>",
            "5. mai 2026",
            "MARK-report-status-comment",
            "88 %",
            "MARK-avvik-comment",
            "Nei",
            "MARK-text-answer",
            "MARK-achievement-comment",
            "Delvis nådd",
            "15,75",
            "MARK-report-body",
        ],
    );
}

#[test]
fn the_open_tree_follows_visibility_and_person_names() {
    let site = Site::fixture("every-field");
    assert_eq!(site.build().code, 0);
    let open = site.out().join("open");
    // Internal by [visibility] and by `visibility = "internal"`.
    for gone in ["sjekklister", "rapportar", "oppdrag/hemmeleg.html"] {
        assert!(
            !open.join(gone).exists(),
            "{gone} must not be in the open tree"
        );
    }
    for (path, bytes) in snapshot(&open) {
        let text = String::from_utf8_lossy(&bytes);
        for marker in [
            "MARK-internal-assignment",
            "MARK-exemption",
            "MARK-leader-name",
            "MARK-task-person",
            "MARK-report-body",
            "MARK-avvik-comment",
            "MARK-agreement-text",
        ] {
            assert!(!text.contains(marker), "open/{path} contains {marker}");
        }
    }
    // The leader's role is still there.
    assert!(
        site.page("open", "einingar/kommune.html")
            .contains("MARK-leader-role")
    );
}
