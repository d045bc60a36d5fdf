//! The same site written in YAML front-matter and in TOML front-matter builds the same pages.

mod common;

use common::*;
use serde_json::Value;
use walkdir::WalkDir;

/// TOML dates come through serde as a private wrapper; YAML gets them as strings.
fn plain(v: Value) -> Value {
    match v {
        Value::Object(map) => {
            if let Some(Value::String(d)) = map.get("$__toml_private_datetime") {
                return Value::String(d.clone());
            }
            Value::Object(map.into_iter().map(|(k, v)| (k, plain(v))).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(plain).collect()),
        other => other,
    }
}

/// Block-style YAML; scalars and keys are written as JSON, which YAML reads as they are.
fn yaml(v: &Value, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                out.push_str(&format!("{pad}{}:", Value::String(k.clone())));
                match v {
                    Value::Object(m) if !m.is_empty() => {
                        out.push('\n');
                        yaml(v, indent + 2, out);
                    }
                    Value::Array(a) if !a.is_empty() => {
                        out.push('\n');
                        yaml(v, indent + 2, out);
                    }
                    scalar => out.push_str(&format!(" {scalar}\n")),
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                match item {
                    Value::Object(_) | Value::Array(_) => {
                        out.push_str(&format!("{pad}-\n"));
                        yaml(item, indent + 2, out);
                    }
                    scalar => out.push_str(&format!("{pad}- {scalar}\n")),
                }
            }
        }
        scalar => out.push_str(&format!("{pad}{scalar}\n")),
    }
}

fn to_yaml_site(site: &Site) -> usize {
    let mut converted = 0;
    for e in WalkDir::new(site.root().join("content"))
        .into_iter()
        .filter_map(Result::ok)
    {
        if e.path().extension().is_none_or(|x| x != "md") {
            continue;
        }
        let text = std::fs::read_to_string(e.path()).unwrap();
        let rest = text.strip_prefix("+++\n").expect("fixture files use TOML");
        let (front, body) = rest.split_once("\n+++\n").expect("closing fence");
        let value: Value = plain(toml::from_str(front).unwrap());
        let mut out = String::from("---\n");
        yaml(&value, 0, &mut out);
        out.push_str("---\n");
        out.push_str(body);
        std::fs::write(e.path(), out).unwrap();
        converted += 1;
    }
    converted
}

#[test]
fn yaml_and_toml_build_the_same_pages() {
    let toml_site = Site::fixture("every-field");
    let yaml_site = Site::fixture("every-field");
    assert!(to_yaml_site(&yaml_site) >= 10);
    let sample = std::fs::read_to_string(yaml_site.root().join("content/plans/hop.md")).unwrap();
    assert!(
        sample.starts_with("---\n") && sample.contains("\"priority\": true"),
        "{sample}"
    );

    let a = toml_site.build();
    let b = yaml_site.build();
    assert_eq!(a.code, 0, "{}", a.stderr);
    assert_eq!(b.code, 0, "{}", b.stderr);
    assert_eq!(a.stderr, b.stderr, "the same warnings");
    let (sa, sb) = (snapshot(&toml_site.out()), snapshot(&yaml_site.out()));
    assert_eq!(sa.len(), sb.len());
    for ((pa, ba), (pb, bb)) in sa.iter().zip(&sb) {
        assert_eq!(pa, pb);
        assert!(ba == bb, "{pa} differs between the TOML and the YAML site");
    }
}

#[test]
fn yaml_idioms_read_as_the_format_says() {
    let site = Site::fixture("minimal");
    site.write(
        "content/assignments/y.md",
        "---\n# A comment\ntitle: Norsk «tittel» med kolon i teksten\nowner: skule\ndeadline: 2026-09-01\ngoals:\n  - helse-01\nstatus: i-gang\nprogress: 40\ntasks:\n  - id: y-1\n    title: no\n    responsible: Kari Nordmann\n---\n\nBrødtekst.\n",
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = site.page("internal", "oppdrag/y.html");
    assert!(page.contains("Norsk «tittel» med kolon i teksten"));
    // YAML 1.2: `no` is text, not false.
    assert!(site.section("internal", "y-1").contains(">no</h3>"));
}
