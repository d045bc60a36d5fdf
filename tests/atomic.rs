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
    // An asset that cannot be read makes the write stage fail after pages are written.
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

    let mut interrupted = 0;
    for delay_ms in [2u64, 5, 10, 20, 40, 80, 160] {
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
        let now = snapshot(&site.out());
        // A killed build leaves its half-written folder beside the output (the next build
        // removes it); its presence shows the kill came in the middle of writing.
        let half_written = std::fs::read_dir(site.root()).unwrap().flatten().any(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with(".public.raudtrad-tmp-")
        });
        if status.success() {
            let index = String::from_utf8_lossy(
                &now.iter()
                    .find(|(p, _)| p == "internal/einingar/kommune.html")
                    .unwrap()
                    .1,
            )
            .into_owned();
            assert!(
                index.contains("Nytt namn"),
                "a finished build swaps in the whole new output"
            );
            break;
        }
        assert_eq!(
            now, old,
            "after a kill at {delay_ms} ms the old output must be whole"
        );
        interrupted += usize::from(half_written);
    }
    assert!(
        interrupted > 0,
        "no kill landed while the build was writing; the test proved nothing"
    );
}
