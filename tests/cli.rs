//! The command line as a user meets it.

mod common;

use common::*;

#[test]
fn every_command_has_help() {
    for args in [
        vec!["--help"],
        vec!["build", "--help"],
        vec!["check", "--help"],
        vec!["init", "--help"],
    ] {
        let run = run(&args);
        assert_eq!(run.code, 0, "{args:?}");
        assert!(
            run.stdout.contains("Usage: raudtrad"),
            "{args:?}: {}",
            run.stdout
        );
    }
    let run = run(&["build", "--help"]);
    for flag in ["--root", "--out", "--quiet", "--verbose"] {
        assert!(run.stdout.contains(flag), "build --help lacks {flag}");
    }
}

#[test]
fn init_writes_a_site_that_builds_without_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("ny-kommune");
    let run1 = run(&["init", site.to_str().unwrap()]);
    assert_eq!(run1.code, 0, "{}", run1.stderr);
    let build = build(&site, &site.join("public"));
    assert_eq!(build.code, 0, "{}", build.stderr);
    assert_eq!(build.stderr, "", "the starter site has no warnings");
    assert!(site.join("public/internal/index.html").exists());
    assert!(site.join("public/open/index.html").exists());
    // A second init into the same folder is refused.
    let again = run(&["init", site.to_str().unwrap()]);
    assert_eq!(again.code, 1);
    assert!(again.stderr.contains("is not empty"));
}

#[test]
fn build_prints_one_summary_line_and_quiet_prints_nothing() {
    let site = Site::fixture("minimal");
    let run = site.build();
    assert_eq!(run.code, 0);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{}", run.stdout);
    let line = lines[0];
    assert!(line.starts_with("built 2 units, 1 plan, 2 goals, 1 strategy, 1 letter, 1 assignment, 1 task, 1 indicator, 1 checklist, 1 checklist item, 1 report"), "{line}");
    assert!(
        line.contains("internal ") && line.contains(" pages, open ") && line.ends_with(" s)"),
        "{line}"
    );

    let quiet = raudtrad()
        .args(["build", "--quiet", "--root", site.root().to_str().unwrap()])
        .output()
        .unwrap();
    assert!(quiet.status.success());
    assert!(quiet.stdout.is_empty() && quiet.stderr.is_empty());
}

#[test]
fn out_defaults_to_site_public_and_root_to_the_current_folder() {
    let site = Site::fixture("minimal");
    let run = Run::from(
        raudtrad()
            .arg("build")
            .current_dir(site.root())
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(site.root().join("public/internal/index.html").exists());
}

#[test]
fn build_refuses_to_replace_a_folder_it_did_not_make() {
    let site = Site::fixture("minimal");
    let out = site.root().join("elsewhere");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("important.txt"), "do not delete").unwrap();
    let run = build(site.root(), &out);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("was not made by raudtrad"),
        "{}",
        run.stderr
    );
    assert!(out.join("important.txt").exists());
    // Nor the site itself.
    let run = build(site.root(), site.root());
    assert_eq!(run.code, 1);
    assert!(site.root().join("content").exists());
}

/// A task is an anchor on its assignment's page: `check --links` follows a link to it, and
/// flags a link to an anchor the page does not have.
#[test]
fn check_links_verifies_anchors_such_as_a_task() {
    let site = Site::fixture("minimal");
    let plan = std::fs::read_to_string(site.root().join("content/plans/plan.md")).unwrap();
    site.write(
        "content/plans/plan.md",
        &format!("{plan}\nSjå [oppgåva](../assignments/oppdrag.md#oppgave-1).\n"),
    );
    let ok = run(&["check", "--links", "--root", site.root().to_str().unwrap()]);
    assert_eq!(ok.code, 0, "{}", ok.stderr);
    let page = site.path_of("helse-01");
    assert!(!page.contains('#'));

    site.write(
        "content/plans/plan.md",
        &format!("{plan}\nSjå [oppgåva](../assignments/oppdrag.md#oppgave-finst-ikkje).\n"),
    );
    let bad = run(&["check", "--links", "--root", site.root().to_str().unwrap()]);
    assert_eq!(bad.code, 1, "{}", bad.stderr);
    let task_page = site.path_of("oppgave-1");
    let assignment_page = task_page.split('#').next().unwrap();
    let plan_page = site.path_of("plan");
    assert!(
        bad.stderr.contains(&format!(
            "error: internal/{plan_page}: link to `../{assignment_page}#oppgave-finst-ikkje`: no element with that id"
        )),
        "{}",
        bad.stderr
    );
}

#[test]
fn check_links_finds_a_broken_link_in_a_body() {
    let site = Site::fixture("minimal");
    let ok = run(&["check", "--links", "--root", site.root().to_str().unwrap()]);
    assert_eq!(ok.code, 0, "{}", ok.stderr);
    assert!(ok.stdout.contains("every link resolves"));

    site.write(
        "content/assignments/oppdrag.md",
        "+++\ntitle = \"Eit oppdrag\"\nowner = \"skule\"\ndeadline = 2026-09-01\ngoals = [\"helse-02\"]\n+++\n\nSjå [vedlegget](vedlegg.pdf).\n",
    );
    let bad = run(&["check", "--links", "--root", site.root().to_str().unwrap()]);
    assert_eq!(bad.code, 1);
    assert!(
        bad.stderr
            .contains("error: internal/oppdrag/oppdrag.html: link to `vedlegg.pdf`: no such file"),
        "{}",
        bad.stderr
    );
    // Once the file is there, it is published beside the page and the link is rewritten.
    site.write("content/assignments/vedlegg.pdf", "%PDF-1.4");
    let fixed = run(&["check", "--links", "--root", site.root().to_str().unwrap()]);
    assert_eq!(fixed.code, 0, "{}", fixed.stderr);
}
