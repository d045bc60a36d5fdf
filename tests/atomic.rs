//! The previous output stays whole: a build that fails, or is killed half-way, leaves it
//! byte for byte as it was.

mod common;

use std::time::Duration;

use common::*;

#[test]
fn a_failed_build_leaves_the_previous_output_byte_identical() {
    let site = Site::fixture("every-field");
    assert_eq!(site.build().code, 0);
    let before = snapshot(&site.out());
    assert!(before.len() > 20);

    site.write(
        "content/assignments/broken.md",
        "+++\ntitle = \"B\"\nowner = \"nobody\"\n+++\n",
    );
    let run = site.build();
    assert_eq!(run.code, 1);
    assert_eq!(
        snapshot(&site.out()),
        before,
        "the old output must be untouched"
    );

    // No leftovers beside the output either.
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("raudtrad-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_build_that_cannot_write_leaves_the_previous_output() {
    let site = Site::fixture("every-field");
    assert_eq!(site.build().code, 0);
    let before = snapshot(&site.out());
    // A data file that cannot be read (a symlink to nowhere) makes the build fail.
    let asset = site.root().join("content/indicators/ind.csv");
    std::fs::remove_file(&asset).unwrap();
    std::os::unix::fs::symlink("/nonexistent/raudtrad-test", &asset).unwrap();
    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(snapshot(&site.out()), before);
}

#[test]
fn an_interrupted_build_leaves_old_or_new_output_never_a_mix() {
    // A site big enough that a build takes a while: the sample municipality many times over.
    let site = Site::fixture("every-field");
    for i in 0..400 {
        site.write(
            &format!("content/assignments/gen/a{i}.md"),
            &format!("+++\ntitle = \"Generert {i}\"\nowner = \"sektor\"\ndeadline = 2026-12-01\ngoals = [\"g-main\"]\n+++\n\nTekst {i}.\n"),
        );
    }
    assert_eq!(site.build().code, 0);
    let old = snapshot(&site.out());
    site.write(
        "content/org/kommune.md",
        "+++\ntitle = \"Nytt namn\"\nlevel = \"kommune\"\n+++\n",
    );
    // What a build run to its end writes, made beside (the same files byte for byte).
    let beside = site.root().join("public-whole");
    let run = common::build(site.root(), &beside);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let new = snapshot(&beside);
    std::fs::remove_dir_all(&beside).unwrap();
    assert!(new != old);

    // Kills the build after `delay_ms`; the output must then be the old one or the new one,
    // whole. Returns whether the build had finished, and whether it was killed while writing.
    let kill_at = |delay_ms: u64| -> (bool, bool) {
        let mut child = raudtrad()
            .args([
                "build",
                "--root",
                site.root().to_str().unwrap(),
                "--out",
                site.out().to_str().unwrap(),
                "--quiet",
            ])
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill();
        let status = child.wait().unwrap();
        let now = whole(&site.out())
            .unwrap_or_else(|| panic!("after a kill at {delay_ms} ms the output is missing"));
        assert!(
            now == old || now == new,
            "after a kill at {delay_ms} ms the output is neither the old nor the new one, whole"
        );
        // A killed build leaves its half-written folder beside the output (the next build
        // removes it); its presence shows the kill came in the middle of writing.
        let half_written = std::fs::read_dir(site.root()).unwrap().flatten().any(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with(".public.raudtrad-tmp-")
        });
        if status.success() {
            assert!(now == new, "a finished build swaps in the whole new output");
        }
        (status.success(), half_written)
    };

    let mut interrupted = 0;
    let mut finished_at = None;
    // Doubling delays until a build finishes: some kills land while loading, some while
    // writing, however fast the machine.
    for delay_ms in (0..16).map(|i| 2u64 << i) {
        let (finished, half_written) = kill_at(delay_ms);
        interrupted += usize::from(half_written);
        if finished {
            finished_at = Some(delay_ms);
            break;
        }
    }
    // On a busy machine loading can take longer than writing, and then no doubling delay
    // lands in the writing: look again between the last two delays, in finer steps.
    if let Some(end) = finished_at
        && interrupted == 0
    {
        for step in 1..24 {
            let (_, half_written) = kill_at(end / 2 + end * step / 48);
            interrupted += usize::from(half_written);
            if interrupted > 0 {
                break;
            }
        }
    }
    assert!(
        interrupted > 0,
        "no kill landed while the build was writing; the test proved nothing"
    );
}

/// The files of an output folder, or `None` when the folder is missing or is not whole (no
/// marker, no front page of either tree).
fn whole(out: &std::path::Path) -> Option<Vec<(String, Vec<u8>)>> {
    let files = snapshot(out);
    let has = |p: &str| files.iter().any(|(f, _)| f == p);
    (has(".raudtrad-output") && has("internal/index.html") && has("open/index.html"))
        .then_some(files)
}

fn changed_site() -> Site {
    let site = Site::fixture("every-field");
    assert_eq!(site.build().code, 0);
    site.write(
        "content/org/kommune.md",
        "+++\ntitle = \"Nytt namn\"\nlevel = \"kommune\"\n+++\n",
    );
    site
}

/// A build aborted (as by a kill: no clean-up) at every step of the write, with the swap of
/// this system and with the swap by two renames of systems without an exchange, leaves the
/// previous output present and whole, or the new one once the swap is done; the next build
/// mends everything and leaves nothing beside the output.
#[test]
fn a_build_killed_at_any_step_of_the_write_leaves_a_whole_output() {
    let mut aborted = 0;
    for two_renames in [false, true] {
        for step in [
            "staged",
            "write:1",
            "write:7",
            "write:40",
            "before-swap",
            "between-renames",
            "after-swap",
        ] {
            let site = changed_site();
            let old = snapshot(&site.out());
            let mut cmd = raudtrad();
            cmd.args(["build", "--root", site.root().to_str().unwrap(), "--quiet"])
                .env("RAUDTRAD_TEST_ABORT", step);
            if two_renames {
                cmd.env("RAUDTRAD_TEST_TWO_RENAMES", "1");
            }
            let status = cmd.output().unwrap().status;
            let reached = !status.success();
            aborted += usize::from(reached);
            let how = format!("aborted at {step} (two renames: {two_renames}, reached: {reached})");
            if two_renames && step == "between-renames" {
                // The one moment the fallback leaves without output (documented); the next
                // build moves the old output back.
                assert!(!site.out().exists(), "{how}");
                assert_eq!(site.build().code, 0, "{how}");
                assert!(whole(&site.out()).is_some(), "{how}");
                assert_eq!(leftovers(site.root()), Vec::<String>::new(), "{how}");
                continue;
            }
            // The folder as a web server would see it, before any other build runs.
            let now = whole(&site.out())
                .unwrap_or_else(|| panic!("{how}: the output folder is missing or not whole"));
            let new = now.iter().any(|(p, b)| {
                p == "internal/einingar/kommune.html"
                    && String::from_utf8_lossy(b).contains("Nytt namn")
            });
            if !new {
                assert_eq!(now, old, "{how}: the old output must be byte-identical");
            }
            if step == "after-swap" && reached {
                assert!(new, "{how}: after the swap the new output is in place");
            }
            let next = site.build();
            assert_eq!(next.code, 0, "{how}: {}", next.stderr);
            assert!(whole(&site.out()).is_some());
            assert_eq!(leftovers(site.root()), Vec::<String>::new(), "{how}");
        }
    }
    // Every step but `between-renames` of the exchange is reached, and all of the others.
    assert!(
        aborted >= 12,
        "only {aborted} aborts: the steps were not reached"
    );
}

/// The old output killed between the two renames is moved back by the next build even when
/// that build fails, so the site does not stay without output.
#[test]
fn an_output_moved_aside_is_moved_back_by_the_next_build() {
    let site = changed_site();
    let old = snapshot(&site.out());
    let status = raudtrad()
        .args(["build", "--root", site.root().to_str().unwrap(), "--quiet"])
        .env("RAUDTRAD_TEST_ABORT", "between-renames")
        .env("RAUDTRAD_TEST_TWO_RENAMES", "1")
        .status()
        .unwrap();
    assert!(!status.success(), "the abort was not reached");
    // Now the output is aside; a web server would find nothing until the next build.
    assert!(!site.out().exists());
    site.write(
        "content/assignments/broken.md",
        "+++\ntitle = \"B\"\nowner = \"nobody\"\n+++\n",
    );
    assert_eq!(site.build().code, 1);
    // A build with errors stops before writing; the output is not yet moved back then.
    site.remove("content/assignments/broken.md");
    site.write(
        "content/org/kommune.md",
        "+++\ntitle = \"Kommune\"\nlevel = \"kommune\"\n+++\n",
    );
    let status = raudtrad()
        .args(["build", "--root", site.root().to_str().unwrap(), "--quiet"])
        .env("RAUDTRAD_TEST_ABORT", "staged")
        .status()
        .unwrap();
    assert!(!status.success(), "the abort was not reached");
    assert_eq!(
        whole(&site.out()).expect("the old output is back"),
        old,
        "the output moved aside is the one restored"
    );
}

/// A web server serving the output folder finds it on every look, during many builds: the
/// swap leaves no moment without it.
#[test]
fn the_output_folder_is_never_missing_during_builds() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    let site = Site::fixture("every-field");
    assert_eq!(site.build().code, 0);
    let marker = site.out().join(".raudtrad-output");
    let done = Arc::new(AtomicBool::new(false));
    let (looks, misses) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let watcher = {
        let (done, looks, misses) = (done.clone(), looks.clone(), misses.clone());
        std::thread::spawn(move || {
            while !done.load(Ordering::Relaxed) {
                looks.fetch_add(1, Ordering::Relaxed);
                if std::fs::symlink_metadata(&marker).is_err() {
                    misses.fetch_add(1, Ordering::Relaxed);
                }
            }
        })
    };
    for _ in 0..25 {
        assert_eq!(site.build().code, 0);
    }
    done.store(true, Ordering::Relaxed);
    watcher.join().unwrap();
    assert!(looks.load(Ordering::Relaxed) > 1000);
    assert_eq!(
        misses.load(Ordering::Relaxed),
        0,
        "the output folder was missing at some look"
    );
}
