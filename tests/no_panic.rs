//! No input makes raudtrad panic: random bytes and random front-matter through the loader,
//! and random small sites through the whole pipeline.

mod common;

use std::path::Path;

use proptest::prelude::*;

const KEYS: &[&str] = &[
    "id",
    "type",
    "title",
    "visibility",
    "summary",
    "exemption",
    "parent",
    "level",
    "leader",
    "budget",
    "kind",
    "period",
    "stage",
    "adopted",
    "adopted_by",
    "case",
    "owner",
    "goals",
    "strategies",
    "measures",
    "verbal",
    "year",
    "from",
    "to",
    "date",
    "category",
    "assigned_to",
    "deadline",
    "source",
    "letter",
    "status",
    "progress",
    "tasks",
    "units",
    "measure",
    "direction",
    "values",
    "data",
    "targets",
    "applies_to",
    "items",
    "unit",
    "checklist",
    "ref",
    "answer",
    "text",
    "priority",
    "amounts",
    "responsible",
    "purpose",
    "group",
    "question",
    "achievement",
    "comment",
    "indicator",
    "role",
    "name",
    "amount",
    "note",
    "value",
    "description",
];

const IDS: &[&str] = &[
    "kommune", "skule", "g1", "g2", "s1", "m1", "v1", "a1", "t1", "l1", "i1", "c1", "ci1", "r1",
    "x",
];

fn scalar() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z0-9 _.-]{0,12}".prop_map(|s| format!("\"{s}\"")),
        prop::sample::select(IDS).prop_map(|s| format!("\"{s}\"")),
        any::<i64>().prop_map(|i| i.to_string()),
        (-1000.0f64..1000.0).prop_map(|f| format!("{f:.3}")),
        Just("true".to_string()),
        Just("false".to_string()),
        Just("2026-02-30".to_string()),
        Just("2026-06-15".to_string()),
        Just("\"2026-T2\"".to_string()),
        Just("\"2026-13\"".to_string()),
        Just("\"partly\"".to_string()),
        Just("\"n/a\"".to_string()),
        Just("\"\u{1F600}æøå\\u0000\"".to_string()),
    ]
}

fn toml_value() -> impl Strategy<Value = String> {
    let leaf = scalar();
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(|v| format!("[{}]", v.join(", "))),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..4).prop_map(|kv| {
                let mut seen = std::collections::HashSet::new();
                let body: Vec<String> = kv
                    .into_iter()
                    .filter(|(k, _)| seen.insert(*k))
                    .map(|(k, v)| format!("{k} = {v}"))
                    .collect();
                format!("{{ {} }}", body.join(", "))
            }),
        ]
    })
}

fn toml_front_matter() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(KEYS), toml_value()), 0..12).prop_map(|kv| {
        let mut seen = std::collections::HashSet::new();
        let lines: Vec<String> = kv
            .into_iter()
            .filter(|(k, _)| seen.insert(*k))
            .map(|(k, v)| format!("{k} = {v}"))
            .collect();
        format!(
            "+++\n{}\n+++\n\n# Body\n\nText [link](../x.md) ![img](a.png)\n",
            lines.join("\n")
        )
    })
}

fn yaml_front_matter() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(KEYS), scalar(), 0usize..3), 0..12).prop_map(|kv| {
        let mut out = String::from("---\n");
        for (k, v, shape) in kv {
            match shape {
                0 => out.push_str(&format!("{k}: {v}\n")),
                1 => out.push_str(&format!("{k}:\n  - {v}\n  - {v}\n")),
                _ => out.push_str(&format!("{k}:\n  - ref: {v}\n    status: {v}\n")),
            }
        }
        out.push_str("---\nBody\n");
        out
    })
}

fn folder() -> impl Strategy<Value = &'static str> {
    prop::sample::select(
        &[
            "org",
            "plans",
            "letters",
            "assignments",
            "indicators",
            "checklists",
            "reports",
            "misc",
        ][..],
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, rng_seed: proptest::test_runner::RngSeed::Fixed(20_261_207), ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600), folder in folder()) {
        let _ = raudtrad::load::decode_file(Path::new("/nonexistent"), &format!("{folder}/x.md"), &bytes);
        let mut with_fence = b"+++\n".to_vec();
        with_fence.extend(&bytes);
        let _ = raudtrad::load::decode_file(Path::new("/nonexistent"), &format!("{folder}/x.md"), &with_fence);
        let mut yaml = b"---\n".to_vec();
        yaml.extend(&bytes);
        yaml.extend(b"\n---\n");
        let _ = raudtrad::load::decode_file(Path::new("/nonexistent"), &format!("{folder}/x.md"), &yaml);
    }

    #[test]
    fn random_front_matter_never_panics(toml in toml_front_matter(), yaml in yaml_front_matter(), folder in folder()) {
        let _ = raudtrad::load::decode_file(Path::new("/nonexistent"), &format!("{folder}/a.md"), toml.as_bytes());
        let _ = raudtrad::load::decode_file(Path::new("/nonexistent"), &format!("{folder}/b.md"), yaml.as_bytes());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, rng_seed: proptest::test_runner::RngSeed::Fixed(20_261_207), ..ProptestConfig::default() })]

    /// Random files in a real site folder, through load, resolve, render and write.
    #[test]
    fn random_sites_never_panic(files in prop::collection::vec((folder(), prop::sample::select(IDS), prop_oneof![toml_front_matter(), yaml_front_matter()]), 1..10)) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("site.toml"), "title = \"T\"\ntoday = 2026-06-15\n").unwrap();
        for (folder, name, text) in &files {
            let path = dir.path().join("content").join(folder).join(format!("{name}.md"));
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        let mut diags = raudtrad::diag::Diagnostics::new();
        let out = dir.path().join("public");
        match raudtrad::build(dir.path(), &out, &mut diags) {
            Ok(_) => prop_assert!(out.join("internal/index.html").exists()),
            Err(raudtrad::BuildError::Invalid) => prop_assert!(diags.has_errors()),
            Err(e) => prop_assert!(false, "unexpected failure: {e}"),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, rng_seed: proptest::test_runner::RngSeed::Fixed(20_261_207), ..ProptestConfig::default() })]

    /// Random valid sites build, and every page of both trees is written.
    #[test]
    fn random_valid_sites_build(seed in any::<u64>()) {
        let dir = tempfile::tempdir().unwrap();
        let generated = common::sites::random_site(seed, dir.path(), seed % 3 == 0);
        let mut diags = raudtrad::diag::Diagnostics::new();
        let out = dir.path().join("public");
        let built = raudtrad::build(dir.path(), &out, &mut diags);
        let errors: Vec<String> = diags.iter().filter(|d| d.severity == raudtrad::diag::Severity::Error).map(|d| d.to_string()).collect();
        prop_assert!(built.is_ok(), "seed {seed}: {errors:#?}");
        prop_assert!(generated.files > 0);
        prop_assert!(out.join("open/index.html").exists());
    }
}
