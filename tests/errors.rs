//! Bad input: every class of error names the file, the line and what is wrong, exits 1,
//! never panics, and a build with errors writes nothing.

mod common;

use common::*;

/// Writes `files` over the minimal site, runs `check` and `build`, and expects each line in
/// `expected` among the diagnostics of both.
fn fails_with(files: &[(&str, &str)], expected: &[&str]) {
    fails_with_bytes(
        &files
            .iter()
            .map(|(p, t)| (*p, t.as_bytes()))
            .collect::<Vec<_>>(),
        expected,
    );
}

fn fails_with_bytes(files: &[(&str, &[u8])], expected: &[&str]) {
    let site = Site::fixture("minimal");
    for (path, bytes) in files {
        site.write_bytes(path, bytes);
    }
    let check = site.check();
    let build = site.build();
    for run in [&check, &build] {
        assert_eq!(run.code, 1, "exit code; stderr:\n{}", run.stderr);
        for e in expected {
            assert!(
                run.stderr.lines().any(|l| l.starts_with(e)),
                "expected a line starting with\n  {e}\ngot:\n{}",
                run.stderr
            );
        }
    }
    assert!(
        !site.out().exists(),
        "a build with errors must write nothing"
    );
    assert!(
        build.stderr.contains("nothing was written"),
        "{}",
        build.stderr
    );
}

#[test]
fn the_fixture_itself_is_clean() {
    let site = Site::fixture("minimal");
    let run = site.check();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "", "no warnings expected");
}

#[test]
fn unknown_reference_with_suggestion() {
    fails_with(
        &[(
            "content/assignments/x.md",
            "+++\ntitle = \"X\"\nowner = \"skule\"\ndeadline = 2026-01-01\ngoals = [\"helse-2\"]\n+++\n",
        )],
        &[
            "content/assignments/x.md:5:10: error: unknown goal `helse-2` (did you mean `helse-02`?)",
        ],
    );
}

#[test]
fn reference_to_the_wrong_kind() {
    fails_with(
        &[(
            "content/assignments/x.md",
            "+++\ntitle = \"X\"\nowner = \"helse-01\"\ndeadline = 2026-01-01\ngoals = [\"helse-01\"]\n+++\n",
        )],
        &["content/assignments/x.md:3:9: error: `helse-01` is a goal, not a unit"],
    );
}

#[test]
fn duplicate_id_is_reported_at_the_later_file() {
    fails_with(
        &[(
            "content/plans/zz.md",
            "+++\ntitle = \"Z\"\nkind = \"temaplan\"\n\n[[goals]]\nid = \"helse-01\"\ntitle = \"Igjen\"\n+++\n",
        )],
        &[
            "content/plans/zz.md:6:6: error: duplicate id `helse-01`",
            "  = note: `helse-01` is first used by the goal at content/plans/plan.md:",
        ],
    );
    // A file id (from the file name) against an inline id.
    fails_with(
        &[(
            "content/org/zz/oppgave-1.md",
            "+++\ntitle = \"Eining\"\nparent = \"kommune\"\n+++\n",
        )],
        &["content/org/zz/oppgave-1.md:1:1: error: duplicate id `oppgave-1`"],
    );
}

#[test]
fn unit_cycle() {
    fails_with(
        &[
            (
                "content/org/a.md",
                "+++\ntitle = \"A\"\nparent = \"b\"\n+++\n",
            ),
            (
                "content/org/b.md",
                "+++\ntitle = \"B\"\nparent = \"a\"\n+++\n",
            ),
        ],
        &["content/org/b.md:3:10: error: `b` is its own unit ancestor: a → b → a"],
    );
}

#[test]
fn a_unit_cycle_is_one_error_not_also_a_second_top() {
    // Cutting the cycle leaves `b` without a parent; that is the cycle's doing, already
    // reported, and not a second municipality.
    let site = Site::fixture("minimal");
    site.write(
        "content/org/a.md",
        "+++\ntitle = \"A\"\nparent = \"b\"\n+++\n",
    );
    site.write(
        "content/org/b.md",
        "+++\ntitle = \"B\"\nparent = \"a\"\n+++\n",
    );
    let run = site.check();
    assert_eq!(run.code, 1, "{}", run.stderr);
    let errors: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains(": error: "))
        .collect();
    assert_eq!(
        errors,
        ["content/org/b.md:3:10: error: `b` is its own unit ancestor: a → b → a"],
        "{}",
        run.stderr
    );
}

#[test]
fn goal_cycle_across_plans() {
    fails_with(
        &[(
            "content/plans/zz.md",
            "+++\ntitle = \"Z\"\nkind = \"temaplan\"\n\n[[goals]]\nid = \"ring-1\"\ntitle = \"R1\"\nparent = \"ring-2\"\n\n[[goals]]\nid = \"ring-2\"\ntitle = \"R2\"\nparent = \"ring-1\"\n+++\n",
        )],
        &[
            "content/plans/zz.md:13:10: error: `ring-2` is its own goal ancestor: ring-1 → ring-2 → ring-1",
        ],
    );
}

#[test]
fn letter_cycle() {
    fails_with(
        &[(
            "content/letters/brev.md",
            "+++\ntitle = \"Brev\"\nyear = 2026\nfrom = \"kommune\"\nparent = \"brev\"\n+++\n",
        )],
        &["content/letters/brev.md:5:10: error: `brev` is its own letter ancestor: brev → brev"],
    );
}

#[test]
fn two_tops_of_the_organisation() {
    fails_with(
        &[("content/org/ny.md", "+++\ntitle = \"Ny\"\n+++\n")],
        &[
            "content/org/ny.md:1:1: error: unit `ny` has no `parent`, but `kommune` is already the top of the organisation",
        ],
    );
}

#[test]
fn dates_that_are_not_dates() {
    // TOML date literal, TOML string, YAML string.
    fails_with(
        &[(
            "content/assignments/a.md",
            "+++\ntitle = \"A\"\nowner = \"skule\"\ndeadline = 2026-02-30\n+++\n",
        )],
        &["content/assignments/a.md:4:12: error: invalid TOML: invalid date"],
    );
    fails_with(
        &[(
            "content/assignments/a.md",
            "+++\ntitle = \"A\"\nowner = \"skule\"\ndeadline = \"2026-02-30\"\n+++\n",
        )],
        &["content/assignments/a.md:4:12: error: `deadline` is not a date: `2026-02-30`"],
    );
    fails_with(
        &[(
            "content/assignments/a.md",
            "---\ntitle: A\nowner: skule\ndeadline: 2026-13-01\n---\n",
        )],
        &["content/assignments/a.md:4:11: error: `deadline` is not a date: `2026-13-01`"],
    );
}

#[test]
fn unknown_status_category_and_plan_kind() {
    fails_with(
        &[
            (
                "content/assignments/a.md",
                "+++\ntitle = \"A\"\nowner = \"skule\"\ndeadline = 2026-09-01\ngoals = [\"helse-01\"]\nstatus = \"igang\"\ncategory = \"politisk\"\n+++\n",
            ),
            (
                "content/plans/p2.md",
                "+++\ntitle = \"P\"\nkind = \"kommunedelplaner\"\n+++\n",
            ),
        ],
        &[
            "content/assignments/a.md:6:10: error: unknown status `igang` (did you mean `i-gang`?)",
            "content/assignments/a.md:7:12: error: unknown category `politisk` (did you mean `politisk-vedtak`?)",
            "content/plans/p2.md:3:8: error: unknown plan kind `kommunedelplaner` (did you mean `kommunedelplan`?)",
        ],
    );
}

#[test]
fn progress_outside_0_to_100() {
    fails_with(
        &[(
            "content/reports/skule-t1.md",
            "+++\nunit = \"skule\"\nperiod = \"2026-T1\"\nstatus = [ { ref = \"oppdrag\", progress = 120 } ]\n+++\n",
        )],
        &[
            "content/reports/skule-t1.md:4:42: error: `progress` must be between 0 and 100, found 120",
        ],
    );
}

#[test]
fn period_that_is_not_a_period() {
    fails_with(
        &[(
            "content/reports/skule-t1.md",
            "+++\nunit = \"skule\"\nperiod = \"2026-T4\"\n+++\n",
        )],
        &["content/reports/skule-t1.md:3:10: error: `period`: `2026-T4` is not a period"],
    );
    // A wrong period is one error, at its line; not also "has no period".
    for period in ["\"2026-T4\"", "202", "\"2026-13\"", "2026.5"] {
        let site = Site::fixture("minimal");
        site.write(
            "content/reports/skule-t1.md",
            &format!("+++\nunit = \"skule\"\nperiod = {period}\n+++\n"),
        );
        let run = site.check();
        assert_eq!(run.code, 1, "{}", run.stderr);
        let errors: Vec<&str> = run
            .stderr
            .lines()
            .filter(|l| l.contains(": error: "))
            .collect();
        assert_eq!(errors.len(), 1, "{period}: {}", run.stderr);
        assert!(
            errors[0].starts_with("content/reports/skule-t1.md:3:10: error: "),
            "{}",
            errors[0]
        );
    }
}

#[test]
fn report_for_unknown_unit_or_item() {
    fails_with(
        &[(
            "content/reports/skule-t1.md",
            "+++\nunit = \"skulen\"\nperiod = \"2026-T1\"\nstatus = [ { ref = \"oppdrg\", status = \"i-gang\" } ]\nchecklist = [ { ref = \"ik-2\", answer = true } ]\n+++\n",
        )],
        &[
            "content/reports/skule-t1.md:2:8: error: unknown unit `skulen` (did you mean `skule`?)",
            "content/reports/skule-t1.md:4:20: error: unknown assignment, task, measure or verbalpunkt `oppdrg` (did you mean `oppdrag`?)",
            "content/reports/skule-t1.md:5:23: error: unknown checklist item `ik-2` (did you mean `ik-1`?)",
        ],
    );
}

#[test]
fn malformed_front_matter() {
    fails_with(
        &[(
            "content/assignments/a.md",
            "+++\ntitle = \"A\"\nowner = \"skule\"\n\nNo closing fence.\n",
        )],
        &[
            "content/assignments/a.md:1:1: error: the front-matter opened with `+++` on line 1 is never closed",
        ],
    );
    fails_with(
        &[("content/assignments/a.md", "# Just Markdown\n")],
        &["content/assignments/a.md:1:1: error: the file has no front-matter"],
    );
    // The parser's line inside the front-matter is the file's line.
    fails_with(
        &[(
            "content/assignments/a.md",
            "+++\ntitle = \"A\"\nowner = \"skule\"\ngoals = [\"helse-01\"\n+++\n",
        )],
        &["content/assignments/a.md:4:20: error: invalid TOML: unclosed array, expected `]`"],
    );
    fails_with(
        &[(
            "content/assignments/a.md",
            "---\ntitle: A\nowner: skule\n  goals: [helse-01]\n---\n",
        )],
        &["content/assignments/a.md:4:"],
    );
}

#[test]
fn non_numeric_csv_value() {
    fails_with(
        &[(
            "content/indicators/trivsel.csv",
            "period,unit,value\n2025,skule,4.1\n\n2026,skule,fire\n",
        )],
        &["content/indicators/trivsel.csv:4:1: error: value `fire` is not a number"],
    );
    fails_with(
        &[(
            "content/indicators/trivsel.csv",
            "period,unit,value\n2025,skulen,4.1\n",
        )],
        &[
            "content/indicators/trivsel.csv:2:1: error: unknown unit `skulen` (did you mean `skule`?)",
        ],
    );
}

#[test]
fn file_that_is_not_utf8() {
    fails_with_bytes(
        &[(
            "content/assignments/a.md",
            b"+++\ntitle = \"Bl\xe5b\xe6r\"\n+++\n",
        )],
        &["content/assignments/a.md:2:12: error: the file is not UTF-8 text"],
    );
}

#[test]
fn missing_required_fields_point_at_the_fence() {
    fails_with(
        &[("content/assignments/a.md", "+++\nowner = \"skule\"\n+++\n")],
        &["content/assignments/a.md:1:1: error: this assignment has no `title`"],
    );
    fails_with(
        &[("content/assignments/a.md", "+++\ntitle = \"A\"\n+++\n")],
        &["content/assignments/a.md:1:1: error: this assignment has no `owner`"],
    );
    fails_with(
        &[("content/reports/r.md", "+++\ndate = 2026-05-01\n+++\n")],
        &[
            "content/reports/r.md:1:1: error: this report has no `unit`",
            "content/reports/r.md:1:1: error: this report has no `period`",
        ],
    );
}

#[test]
fn a_plan_without_kind_is_a_warning_and_builds() {
    // The format does not require `kind`; such a plan is listed under "other plans".
    let site = Site::fixture("minimal");
    site.write(
        "content/plans/utan-type.md",
        "+++\ntitle = \"Plan utan type\"\n+++\n",
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("content/plans/utan-type.md:1:1: warning: this plan has no `kind`"),
        "{}",
        run.stderr
    );
    let index = read(&site.out().join("internal/planar/index.html"));
    assert!(
        index.contains("Andre planar") && index.contains("Plan utan type"),
        "{index}"
    );
}

#[test]
fn file_outside_type_folders_needs_a_type() {
    fails_with(
        &[("content/diverse/a.md", "+++\ntitle = \"A\"\n+++\n")],
        &["content/diverse/a.md:1:1: error: cannot tell what kind of item this is"],
    );
    fails_with(
        &[(
            "content/diverse/a.md",
            "+++\ntype = \"oppdrag\"\ntitle = \"A\"\n+++\n",
        )],
        &["content/diverse/a.md:2:8: error: unknown type `oppdrag`"],
    );
}

#[test]
fn invalid_ids() {
    fails_with(
        &[(
            "content/org/Skule Øst.md",
            "+++\ntitle = \"Skule\"\nparent = \"kommune\"\n+++\n",
        )],
        &[
            "content/org/Skule Øst.md:1:1: error: `Skule Øst` is not a valid id (it is the file name)",
        ],
    );
}

#[test]
fn every_problem_is_reported_at_once_errors_first() {
    let site = Site::fixture("minimal");
    site.write(
        "content/assignments/a.md",
        "+++\ntitle = \"A\"\nowner = \"nobody\"\n+++\n",
    );
    site.write(
        "content/assignments/b.md",
        "+++\ntitle = \"B\"\nowner = \"skule\"\nprogress = 101\ntitel = \"x\"\n+++\n",
    );
    let run = site.check();
    assert_eq!(run.code, 1);
    let lines: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| !l.starts_with("  ="))
        .collect();
    let first_warning = lines
        .iter()
        .position(|l| l.contains(": warning: "))
        .expect("warnings are printed");
    let last_error = lines
        .iter()
        .rposition(|l| l.contains(": error: "))
        .expect("errors are printed");
    assert!(
        last_error < first_warning,
        "errors come before warnings:\n{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("content/assignments/a.md:3:9: error: unknown unit `nobody`")
    );
    assert!(
        run.stderr
            .contains("content/assignments/b.md:4:12: error: `progress` must be between 0 and 100")
    );
    assert!(run.stderr.contains("content/assignments/b.md:5:1: warning: unknown field `titel` in this assignment (did you mean `title`?)"), "{}", run.stderr);
    assert!(run.stdout.contains("2 errors"), "{}", run.stdout);
}

#[test]
fn warnings_do_not_fail_the_build() {
    let site = Site::fixture("minimal");
    site.write(
        "content/assignments/a.md",
        "+++\ntitle = \"A\"\nowner = \"skule\"\nextra_field = 1\n+++\n",
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "content/assignments/a.md:1:1: warning: the assignment `a` is not tied to any goal"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("content/assignments/a.md:1:1: warning: the assignment `a` has no deadline")
    );
    assert!(
        run.stderr
            .contains("content/assignments/a.md:4:1: warning: unknown field `extra_field`")
    );
    assert!(site.out().join("internal/oppdrag/a.html").exists());
}

#[test]
fn syntax_errors_say_how_to_mend_them() {
    let site = Site::fixture("minimal");
    site.write(
        "content/assignments/a.md",
        "+++\ntitle = \"A\"\nowner = \"skule\"\ndeadline = 2026-02-30\n+++\n",
    );
    site.write(
        "content/assignments/b.md",
        "---\ntitle: B\nowner: skule\n  goals: [helse-01]\n---\n",
    );
    let run = site.check();
    assert_eq!(run.code, 1);
    let expect = [
        "content/assignments/a.md:4:12: error: invalid TOML: invalid date",
        "  = help: write a day that exists as YYYY-MM-DD, e.g. 2026-02-28",
        "content/assignments/b.md:4:",
        "  = help: YAML is `key: value`",
    ];
    for e in expect {
        assert!(
            run.stderr.lines().any(|l| l.starts_with(e)),
            "expected a line starting with\n  {e}\ngot:\n{}",
            run.stderr
        );
    }
}

#[test]
fn a_file_with_errors_gets_no_warnings_that_the_errors_explain() {
    let site = Site::fixture("minimal");
    // The deadline and the goal are written but wrong: "no deadline" and "not tied to any
    // goal" would only repeat the errors.
    site.write(
        "content/assignments/a.md",
        "+++\ntitle = \"A\"\nowner = \"skule\"\ndeadline = \"2026-13-01\"\ngoals = [\"finst-ikkje\"]\n+++\n",
    );
    // Another file's warnings still show.
    site.write(
        "content/assignments/b.md",
        "+++\ntitle = \"B\"\nowner = \"skule\"\n+++\n",
    );
    let run = site.check();
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("content/assignments/a.md:4:12: error: `deadline` is not a date"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("content/assignments/a.md:5:10: error: unknown goal `finst-ikkje`"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("a.md:1:1: warning"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("content/assignments/b.md:1:1: warning: the assignment `b` has no deadline"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_verbalpunkt_without_owner_goes_to_the_plans_owner_with_a_warning() {
    let site = Site::fixture("minimal");
    site.write(
        "content/plans/hop.md",
        "+++\ntitle = \"HØP\"\nkind = \"handlings-og-okonomiplan\"\nowner = \"skule\"\n\n[[verbal]]\nid = \"v1\"\ntext = \"Utgreie skulebruk\"\n+++\n",
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "content/plans/hop.md:6:1: warning: the verbalpunkt `v1` has no `owner`; its assignment is given to `skule`"
        ),
        "{}",
        run.stderr
    );
    let page = read(&site.out().join("internal/oppdrag/v1.html"));
    assert!(page.contains("../einingar/skule.html"), "{page}");
}

#[test]
fn a_leader_that_is_not_a_table_says_how_a_leader_is_written() {
    let site = Site::fixture("minimal");
    site.write(
        "content/org/ny.md",
        "+++\ntitle = \"Ny\"\nparent = \"kommune\"\nleader = \"Kari Nordmann\"\n+++\n",
    );
    let run = site.check();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "content/org/ny.md:4:10: error: `leader` must be a table of fields, found a string"
        ) && run
            .stderr
            .contains("leader = { role = \"…\", name = \"…\" }"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_verbalpunkt_with_no_owner_anywhere_is_an_error() {
    // No unit at all, and a plan without owner: nobody to give the assignment to.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("site.toml"), "title = \"T\"\n").unwrap();
    std::fs::create_dir_all(dir.path().join("content/plans")).unwrap();
    std::fs::write(
        dir.path().join("content/plans/hop.md"),
        "+++\ntitle = \"HØP\"\nkind = \"handlings-og-okonomiplan\"\n\n[[verbal]]\nid = \"v1\"\ntext = \"V\"\n+++\n",
    )
    .unwrap();
    let run = check(dir.path());
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("content/plans/hop.md:5:1: error: the verbalpunkt `v1` has no `owner`"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
}
