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
        bad.stderr.contains(
            "error: internal/assignments/oppdrag/index.html: link to `vedlegg.pdf`: no such file"
        ),
        "{}",
        bad.stderr
    );
    // Once the file is there, it is published beside the page and the link is rewritten.
    site.write("content/assignments/vedlegg.pdf", "%PDF-1.4");
    let fixed = run(&["check", "--links", "--root", site.root().to_str().unwrap()]);
    assert_eq!(fixed.code, 0, "{}", fixed.stderr);
}

fn raudtrad_env(args: &[&str], env: &[(&str, &str)], remove: &[&str]) -> Run {
    let mut c = raudtrad();
    c.args(args);
    for (k, v) in env {
        c.env(k, v);
    }
    for k in remove {
        c.env_remove(k);
    }
    Run::from(c.output().expect("run raudtrad"))
}

const RED_BOLD_ERROR: &str = "\x1b[1m\x1b[31merror\x1b[0m";

/// A site whose one assignment names a goal that does not exist: an error with help.
fn broken_site() -> Site {
    let site = Site::fixture("minimal");
    site.write(
        "content/assignments/colour.md",
        "+++\ntitle = \"Farge\"\nowner = \"kommune\"\ngoals = [\"no-such-goal\"]\n+++\n",
    );
    site
}

#[test]
fn errors_and_help_are_coloured_when_asked_and_plain_otherwise() {
    let site = broken_site();
    let root = site.root().to_str().unwrap();
    // NO_COLOR is set by `raudtrad()`; an explicit --color always wins over it, as in cargo.
    let always = raudtrad_env(&["--color", "always", "check", "--root", root], &[], &[]);
    assert_eq!(always.code, 1);
    assert!(
        always.stderr.contains(RED_BOLD_ERROR),
        "{:?}",
        always.stderr
    );
    // The location is bold, the help label cyan.
    assert!(
        always
            .stderr
            .contains("\x1b[1mcontent/assignments/colour.md:"),
        "{:?}",
        always.stderr
    );
    // Without colour the text is the same, letter for letter.
    let plain = raudtrad_env(&["check", "--root", root], &[], &[]);
    assert!(!plain.stderr.contains('\x1b'), "{:?}", plain.stderr);
    let stripped: String = {
        let mut out = String::new();
        let mut chars = always.stderr.chars();
        while let Some(c) = chars.next() {
            if c == '\x1b' {
                for c in chars.by_ref() {
                    if c == 'm' {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    };
    assert_eq!(stripped, plain.stderr);
    // `never` wins over CLICOLOR_FORCE; auto is plain when stderr is no terminal (a pipe
    // here) and coloured when CLICOLOR_FORCE asks, unless NO_COLOR is set.
    let never = raudtrad_env(
        &["--color=never", "check", "--root", root],
        &[("CLICOLOR_FORCE", "1")],
        &["NO_COLOR"],
    );
    assert!(!never.stderr.contains('\x1b'), "{:?}", never.stderr);
    let piped = raudtrad_env(&["check", "--root", root], &[], &["NO_COLOR"]);
    assert!(!piped.stderr.contains('\x1b'), "{:?}", piped.stderr);
    let forced = raudtrad_env(
        &["check", "--root", root],
        &[("CLICOLOR_FORCE", "1")],
        &["NO_COLOR"],
    );
    assert!(
        forced.stderr.contains(RED_BOLD_ERROR),
        "{:?}",
        forced.stderr
    );
    // Help is coloured as cargo's: green headings.
    let help = raudtrad_env(&["--color", "always", "build", "--help"], &[], &[]);
    assert!(
        help.stdout.contains("\x1b[1m\x1b[32mUsage:"),
        "{:?}",
        help.stdout
    );
    let help = run(&["build", "--help"]);
    assert!(!help.stdout.contains('\x1b'));
    // A wrong value is an error that lists the right ones.
    let bad = run(&["--color", "sometimes", "check"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("auto") && bad.stderr.contains("never"),
        "{}",
        bad.stderr
    );
}

#[test]
fn completions_are_printed_for_each_shell() {
    for (shell, marker) in [
        ("bash", "complete -F _raudtrad"),
        ("zsh", "#compdef raudtrad"),
        ("fish", "complete -c raudtrad"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let run = run(&["completions", shell]);
        assert_eq!(run.code, 0, "{shell}: {}", run.stderr);
        assert!(run.stdout.contains(marker), "{shell}: {}", run.stdout);
        // Every command and the flags of build are offered (fish writes `-l root`).
        for word in [
            "build", "check", "serve", "init", "root", "color", "audience",
        ] {
            assert!(run.stdout.contains(word), "{shell} lacks {word}");
        }
    }
    let bad = run(&["completions", "tcsh"]);
    assert_eq!(bad.code, 2);
}
