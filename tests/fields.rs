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
        "strategies/s-1/index.html",
        &["MARK-term-strategy"],
    );

    // unit
    let budget = kr("7 654 321");
    expect(
        &site,
        "internal",
        "org/kommune/index.html",
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
        "org/sektor/index.html",
        &["href=\"../../org/kommune/index.html\">MARK-unit-root-title</a>"],
    );
    // Extensions: the leader agreement of a year, and report deadlines 21 days after a
    // period ends (1. tertial 2026 ends 30 April).
    expect(
        &site,
        "internal",
        "leiaravtale/kommune/index.html",
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
        "plans/samfunnsdel/index.html",
        &[
            "MARK-plankind-samfunnsdel",
            "2024–2036",
            "På høyring",
            "13. februar 2024",
            "MARK-adopted-by",
            "MARK-case-plan",
            "href=\"../../org/kommune/index.html\"",
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
        "goals/g-sub/index.html",
        &["href=\"../../goals/g-main/index.html\">MARK-goal-main</a>"],
    );
    expect(
        &site,
        "internal",
        "strategies/s-1/index.html",
        &["href=\"../../goals/g-main/index.html\""],
    );

    // measures and verbalpunkt
    // The plan's table of measures names kr once, in each year's heading.
    let a2027 = "2 345 678".replace(' ', NBSP);
    let a2028 = "−120 000".replace(' ', NBSP);
    expect(
        &site,
        "internal",
        "plans/hop/index.html",
        &[
            "MARK-plankind-hop",
            "MARK-measure-prio",
            &format!(">{a2027}<"),
            &format!(">{a2028}<"),
            "2027 (kr)",
            "href=\"../../org/sektor/index.html\"",
            "Prioritert",
            "MARK-verbal-text",
            "MARK-case-verbal",
        ],
    );
    expect(
        &site,
        "internal",
        "measures/m-prio/index.html",
        &[
            "href=\"../../goals/g-sub/index.html\"",
            "href=\"../../strategies/s-1/index.html\"",
            "href=\"../../assignments/m-prio/index.html\"",
        ],
    );
    expect(
        &site,
        "internal",
        "verbal/v-1/index.html",
        &[
            "11. desember 2025",
            "MARK-case-verbal",
            "href=\"../../assignments/v-1/index.html\"",
        ],
    );

    // automatic assignments keep the measure's id; a report gave this one a deadline.
    expect(
        &site,
        "internal",
        "assignments/m-prio/index.html",
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
        "assignments/v-1/index.html",
        &["MARK-verbal-text", "MARK-category-verbal"],
    );

    // letters
    expect(
        &site,
        "internal",
        "letters/brev/index.html",
        &[
            "MARK-letter-title",
            "2026",
            "11. januar 2026",
            "href=\"../../org/kommune/index.html\"",
            "href=\"../../org/sektor/index.html\"",
            "<a href=\"#mark-letter-theme\">MARK-letter-theme</a>",
            "<h3 id=\"mark-letter-theme\">MARK-letter-theme</h3>",
            "href=\"../../letters/brev-sektor/index.html\"",
            "href=\"../../assignments/oppdrag/index.html\"",
        ],
    );
    expect(
        &site,
        "internal",
        "letters/brev-sektor/index.html",
        &["href=\"../../letters/brev/index.html\""],
    );

    // assignment and tasks
    expect(
        &site,
        "internal",
        "assignments/oppdrag/index.html",
        &[
            "MARK-assignment-title",
            "2027",
            "MARK-category-admin",
            "href=\"../../org/kommune/index.html\"",
            "href=\"../../org/sektor/index.html\"",
            "20. mai 2026",
            "href=\"../../goals/g-main/index.html\"",
            "href=\"../../strategies/s-1/index.html\"",
            "href=\"../../measures/m-plain/index.html\">MARK-measure-plain</a>",
            "href=\"../../letters/brev/index.html\"",
            "MARK-status-ongoing",
            "background-color: #123456",
            "37 %",
            "MARK-task-title",
            "MARK-assignment-body",
        ],
    );
    expect(
        &site,
        "internal",
        "tasks/t-1/index.html",
        &[
            "MARK-task-person",
            "1. juli 2026",
            "MARK-status-not-started",
            "12 %",
        ],
    );
    expect(
        &site,
        "internal",
        "tasks/t-2/index.html",
        &["href=\"../../org/sektor/index.html\""],
    );
    expect(
        &site,
        "internal",
        "assignments/rapportert/index.html",
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
        "assignments/hemmeleg/index.html",
        &["badge-internal", "MARK-exemption"],
    );

    // indicator with CSV data and a reported value
    expect(
        &site,
        "internal",
        "indicators/ind/index.html",
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
            "href=\"../../goals/g-main/index.html\"",
            "href=\"../../org/sektor/index.html\"",
        ],
    );

    // checklist
    expect(
        &site,
        "internal",
        "checklists/ik/index.html",
        &[
            "MARK-checklist-title",
            "2026",
            "href=\"../../org/sektor/index.html\"",
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
        "reports/r1/index.html",
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
    for gone in ["checklists", "reports", "assignments/hemmeleg"] {
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
        site.page("open", "org/kommune/index.html")
            .contains("MARK-leader-role")
    );
}
