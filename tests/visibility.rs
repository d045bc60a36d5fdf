//! The open tree never shows an internal item or, unless the site allows it, a person's name:
//! every byte of every file in it is scanned for markers that only internal items and names
//! carry — those the random site generator wrote, and those read back from the content — and
//! every link of the open tree (pages, feed, sitemap) stays inside it.

mod common;

use common::*;
use proptest::prelude::*;

fn scan(tree: &std::path::Path, needles: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    for (path, bytes) in snapshot(tree) {
        let text = String::from_utf8_lossy(&bytes);
        for n in needles {
            if text.contains(n.as_str()) {
                found.push(format!("{path}: {n}"));
            }
        }
    }
    found
}

proptest! {
    // A fixed seed, so that CI runs the same sites every time (a suite that fails by chance
    // cannot guard a landing); change it to explore. Seeds a draw once failed on are tests
    // of their own below.
    #![proptest_config(ProptestConfig {
        cases: 48,
        rng_seed: proptest::test_runner::RngSeed::Fixed(20_261_207),
        ..ProptestConfig::default()
    })]

    #[test]
    fn random_sites_leak_nothing_and_link_inside_the_open_tree(seed in any::<u64>()) {
        random_site_case(seed)?;
    }
}

/// A draw of the test above: a public assignment of an internal unit was counted on the open
/// status page of the unit above, whose status bar then led to a list that did not hold it.
#[test]
fn seed_2685112955602161113() {
    random_site_case(2_685_112_955_602_161_113).unwrap();
}

fn random_site_case(seed: u64) -> Result<(), TestCaseError> {
    {
        let dir = tempfile::tempdir().unwrap();
        let generated = sites::random_site(seed, dir.path(), false);
        let out = dir.path().join("public");
        let mut diags = raudtrad::diag::Diagnostics::new();
        prop_assert!(raudtrad::build(dir.path(), &out, &mut diags).is_ok());
        let mut needles = generated.internal_markers.clone();
        needles.extend(generated.person_names.iter().cloned());
        let leaks = scan(&out.join("open"), &needles);
        prop_assert!(leaks.is_empty(), "seed {seed} leaks: {leaks:#?}");
        let (_, derived) = common::leaks::markers(dir.path());
        let mut needles = derived.internal.clone();
        needles.extend(derived.names.iter().cloned());
        let leaks = common::leaks::scan(&out.join("open"), &needles);
        prop_assert!(leaks.is_empty(), "seed {seed} leaks: {leaks:#?}");
        prop_assert!(
            common::leaks::scan_names(&out.join("open"), &generated.person_names).is_empty()
        );
        // The feed and the sitemap link to pages of the open tree only.
        for file in ["feed.xml", "sitemap.xml"] {
            let text = read(&out.join("open").join(file));
            for url in text
                .split(['"', '<', '>'])
                .filter(|s| s.starts_with("https://example.org/"))
            {
                let rel = url.trim_start_matches("https://example.org/");
                let rel = rel.split('#').next().unwrap();
                prop_assert!(
                    rel.is_empty() || rel == "feed.xml" || out.join("open").join(rel).is_file(),
                    "seed {seed}: {file} links to {url}"
                );
            }
        }
        let broken = raudtrad::links::check_tree(&out.join("open"));
        prop_assert!(broken.is_empty(), "seed {seed}: {broken:#?}");
        let broken = raudtrad::links::check_tree(&out.join("internal"));
        prop_assert!(broken.is_empty(), "seed {seed}: {broken:#?}");
        // The markers are real: the internal tree has every one of them.
        let internal_text: String = snapshot(&out.join("internal"))
            .into_iter()
            .map(|(_, b)| String::from_utf8_lossy(&b).into_owned())
            .collect();
        for m in &generated.internal_markers {
            prop_assert!(
                internal_text.contains(m.as_str()),
                "seed {seed}: {m} is not in the internal tree"
            );
        }
    }
    Ok(())
}

#[test]
fn person_names_appear_in_the_open_tree_only_when_allowed() {
    let site = Site::fixture("every-field");
    assert_eq!(site.build().code, 0);
    assert!(
        scan(
            &site.out().join("open"),
            &["MARK-leader-name".into(), "MARK-task-person".into()]
        )
        .is_empty()
    );
    assert!(!scan(&site.out().join("internal"), &["MARK-leader-name".into()]).is_empty());

    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write(
        "site.toml",
        &toml.replace(
            "publish_person_names = false",
            "publish_person_names = true",
        ),
    );
    assert_eq!(site.build().code, 0);
    let found = scan(
        &site.out().join("open"),
        &["MARK-leader-name".into(), "MARK-task-person".into()],
    );
    assert!(
        found.iter().any(|f| f.ends_with("MARK-leader-name")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|f| f.ends_with("MARK-task-person")),
        "{found:?}"
    );
}
