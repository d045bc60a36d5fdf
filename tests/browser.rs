//! Runs the headless-Chromium tests in `tests/browser/` (node:test, playwright-core driving
//! Debian's Chromium, axe-core for WCAG 2.1 AA). They need `chromium` (`.ci/run` installs it)
//! and Node with npm; their npm packages are installed here on first run.

mod common;

use std::process::Command;

#[test]
fn browser_tests() {
    let dir = common::repo().join("tests/browser");
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(
        std::path::Path::new(&chromium).exists(),
        "the browser tests need Chromium at {chromium}: install Debian's `chromium` (apt-get install chromium; .ci/run does) or set CHROMIUM"
    );
    if !dir.join("node_modules/playwright-core").exists()
        || !dir.join("node_modules/axe-core").exists()
    {
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(&dir)
            .status()
            .expect("the browser tests need Node.js and npm");
        assert!(status.success(), "npm ci in tests/browser failed");
    }
    let mut tests: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".test.mjs"))
        .collect();
    tests.sort();
    assert!(!tests.is_empty());
    // A temporary folder of their own, to see that they leave nothing in it.
    let tmp = tempfile::tempdir().unwrap();
    let status = Command::new("node")
        .arg("--test")
        .arg("--test-concurrency=1")
        .args(&tests)
        .env("TMPDIR", tmp.path())
        .env("RAUDTRAD_BIN", env!("CARGO_BIN_EXE_raudtrad"))
        .env("CHROMIUM", &chromium)
        .env(
            "RAUDTRAD_ARTIFACTS",
            common::repo().join("target/browser-artifacts"),
        )
        .current_dir(&dir)
        .status()
        .expect("run node");
    assert!(
        status.success(),
        "browser tests failed (screenshots in target/browser-artifacts/)"
    );
    // Every built site, copied fixture and Chromium profile is removed when its test file
    // ends (tests/browser/lib.mjs, `tempDir`): CI shares its disk between runs.
    let left: Vec<String> = std::fs::read_dir(tmp.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("raudtrad-"))
        .collect();
    assert!(
        left.is_empty(),
        "the browser tests left temporary folders behind: {left:?}"
    );
}
