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

/// `--verbose` times each stage, and resolve's passes under it: what docs/performance.md's
/// breakdown of a save in `serve` is read from, and `bench/run` sums the stage lines only.
#[test]
fn verbose_times_each_stage_and_the_passes_of_resolve() {
    let site = Site::fixture("minimal");
    let run = raudtrad()
        .args([
            "build",
            "--verbose",
            "--root",
            site.root().to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(run.status.success());
    let out = String::from_utf8(run.stdout).unwrap();
    let ms = |l: &str| -> f64 {
        let value = l.strip_suffix(" ms").unwrap().rsplit(' ').next().unwrap();
        value.parse().unwrap()
    };
    let name = |l: &str| -> String {
        let (name, _) = l
            .trim()
            .strip_suffix(" ms")
            .unwrap()
            .rsplit_once(' ')
            .unwrap();
        name.trim().to_string()
    };
    // The stages come first; the table of costs by template comes after them.
    let stages: Vec<String> = out
        .lines()
        .take_while(|l| l.ends_with(" ms"))
        .filter(|l| !l.starts_with("    "))
        .map(name)
        .collect();
    assert_eq!(
        stages,
        [
            "load",
            "resolve",
            "compile templates",
            "render and write",
            "search index",
            "swap in"
        ],
        "{out}"
    );
    let lines: Vec<&str> = out.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.trim_start().starts_with("resolve "))
        .unwrap();
    let passes: Vec<&str> = lines[at + 1..]
        .iter()
        .take_while(|l| l.starts_with("    · "))
        .copied()
        .collect();
    let names: Vec<String> = passes.iter().map(|l| name(l)).collect();
    assert_eq!(
        names.first().map(String::as_str),
        Some("· register"),
        "{out}"
    );
    assert_eq!(names.last().map(String::as_str), Some("· trace"), "{out}");
    assert!(names.iter().any(|n| n == "· names in text"), "{out}");
    // The passes are laps of one stopwatch inside the stage: together never more than it.
    let sum: f64 = passes.iter().map(|l| ms(l)).sum();
    assert!(sum <= ms(lines[at]) + 0.1 * passes.len() as f64, "{out}");
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

/// A YAML file `init` wrote, parsed by a real YAML parser.
fn yaml(path: &std::path::Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap();
    serde_saphyr::from_str::<serde_json::Value>(&text)
        .unwrap_or_else(|e| panic!("{} is not valid YAML: {e}", path.display()))
}

fn script(v: &serde_json::Value) -> String {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn init_writes_ci_for_gitlab_and_github_that_checks_and_publishes() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("ci");
    assert_eq!(run(&["init", site.to_str().unwrap()]).code, 0);
    let version = env!("CARGO_PKG_VERSION");

    let gl = yaml(&site.join(".gitlab-ci.yml"));
    assert_eq!(gl["variables"]["RAUDTRAD_VERSION"], version);
    let check = &gl["check"];
    assert!(
        script(&check["script"]).contains("raudtrad check --trace --strict --format gitlab"),
        "{check}"
    );
    assert_eq!(
        check["artifacts"]["reports"]["codequality"],
        "gl-code-quality-report.json"
    );
    assert_eq!(check["artifacts"]["when"], "always");
    let rules = check["rules"].to_string();
    assert!(rules.contains("merge_request_event"), "{rules}");
    // GitLab Pages publishes the job `pages` from `public/`: the open tree, never the internal.
    let pages = script(&gl["pages"]["script"]);
    assert!(pages.contains("mv build/open public"), "{pages}");
    assert_eq!(gl["pages"]["artifacts"]["paths"][0], "public");
    assert!(script(&gl["internal"]["script"]).contains("RAUDTRAD_INTERNAL_DEPLOY"));
    assert_eq!(gl["internal"]["artifacts"]["paths"][0], "build/internal");

    let gh = yaml(&site.join(".github/workflows/raudtrad.yml"));
    assert!(gh["on"]["pull_request"].is_null() && gh["on"].get("pull_request").is_some());
    assert_eq!(gh["env"]["RAUDTRAD_VERSION"], version);
    let runs = |job: &str| -> String {
        gh["jobs"][job]["steps"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|s| s["run"].as_str())
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert!(runs("check").contains("raudtrad check --trace --strict --format github"));
    let uses = |job: &str| -> Vec<String> {
        gh["jobs"][job]["steps"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|s| s["uses"].as_str().map(str::to_string))
            .collect()
    };
    assert!(uses("publish").contains(&"actions/deploy-pages@v4".to_string()));
    let pages_path = gh["jobs"]["publish"]["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["uses"] == "actions/upload-pages-artifact@v3")
        .map(|s| s["with"]["path"].clone())
        .unwrap();
    assert_eq!(pages_path, "build/open");
    assert_eq!(
        gh["jobs"]["publish"]["if"],
        "github.event_name != 'pull_request'"
    );

    // The starter site still builds without a warning with the CI beside it.
    let b = build(&site, &site.join("public"));
    assert_eq!(b.stderr, "");
}

#[test]
fn check_speaks_the_forges_formats() {
    let site = Site::fixture("minimal");
    site.write(
        "content/assignments/feil.md",
        "+++\ntitle = \"Feil\"\nowner = \"kommune\"\nprogress = 120\n+++\n",
    );
    let gh = raudtrad()
        .args([
            "check",
            "--root",
            site.root().to_str().unwrap(),
            "--format",
            "github",
        ])
        .output()
        .unwrap();
    let out = String::from_utf8(gh.stdout).unwrap();
    assert_eq!(gh.status.code(), Some(1));
    assert!(
        out.lines().any(|l| l.starts_with("::error file=")
            && l.contains("content/assignments/feil.md,line=4,col=12,")
            && l.contains("::`progress` must be between 0 and 100, found 120")),
        "{out}"
    );
    let gl = raudtrad()
        .args([
            "check",
            "--root",
            site.root().to_str().unwrap(),
            "--format",
            "gitlab",
        ])
        .output()
        .unwrap();
    assert_eq!(gl.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&gl.stdout).unwrap();
    let found = v
        .as_array()
        .unwrap()
        .iter()
        .find(|f| {
            f["location"]["path"]
                .as_str()
                .unwrap()
                .ends_with("content/assignments/feil.md")
        })
        .expect("the error is in the report");
    assert_eq!(found["location"]["lines"]["begin"], 4);
    assert_eq!(found["severity"], "major");
}

#[test]
fn repo_settings_make_edit_links_or_say_what_is_wrong() {
    let base = "title = \"Testkommune\"\ntoday = 2026-06-15\n";
    // A host that does not say which forge it is: a warning at its line, and no edit links.
    let site = Site::fixture("minimal");
    site.write(
        "site.toml",
        &format!("{base}repo_url = \"https://git.example.org/kommune/styring\"\n"),
    );
    let run = site.check();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("site.toml:3:12: warning: raudtrad cannot tell which forge"),
        "{}",
        run.stderr
    );
    // An unknown kind is an error at its line.
    site.write(
        "site.toml",
        &format!(
            "{base}repo_url = \"https://git.example.org/kommune/styring\"\nrepo_kind = \"bitbucket\"\n"
        ),
    );
    let run = site.check();
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("site.toml:4:13: error: unknown `repo_kind` `bitbucket`"),
        "{}",
        run.stderr
    );
    // A self-hosted Forgejo with the site in a sub-folder: internal pages link to the file's
    // edit page there; the open tree shows neither link nor path.
    site.write(
        "site.toml",
        &format!(
            "{base}repo_url = \"https://git.example.org/kommune/styring.git\"\nrepo_kind = \"forgejo\"\nrepo_branch = \"utkast\"\nrepo_path = \"/nettstad/\"\n"
        ),
    );
    assert_eq!(site.build().code, 0);
    let page = scraper::Html::parse_document(&site.page("internal", "einingar/kommune.html"));
    let link = select(&page, "a[data-raudtrad=\"edit-link\"]");
    assert_eq!(link.len(), 1);
    assert_eq!(text(&link[0]), "Endre denne sida");
    assert_eq!(
        link[0].value().attr("href"),
        Some(
            "https://git.example.org/kommune/styring/_edit/utkast/nettstad/content/org/kommune.md"
        )
    );
    let open = site.page("open", "einingar/kommune.html");
    assert!(!open.contains("edit-link") && !open.contains("content/org/kommune.md"));
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

/// `main` sets mimalloc's purge delay by its place in mimalloc's list of options, as the
/// Rust binding names none: that place must still be the purge delay in the mimalloc linked
/// in. mimalloc prints its options in that order when asked to be verbose.
#[test]
fn the_allocator_option_set_at_start_is_the_purge_delay() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_raudtrad"))
        .arg("--version")
        .env("MIMALLOC_VERBOSE", "1")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    let options: Vec<&str> = err
        .lines()
        .filter_map(|l| l.strip_prefix("option '"))
        .filter_map(|l| l.split('\'').next())
        .collect();
    assert_eq!(
        options
            .get(raudtrad::alloc::MI_OPTION_PURGE_DELAY as usize)
            .copied(),
        Some("purge_delay"),
        "mimalloc's options: {options:?}"
    );
}
