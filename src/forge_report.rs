//! `check --format github|gitlab`: the problems of a check in the form a forge shows beside
//! the lines of a merge or pull request — GitHub's workflow commands (`::error file=…,line=…::…`)
//! and GitLab's code quality report (a JSON list). With `--trace`, the gaps that `--strict`
//! fails on (orphans, goals with no assignment) are included: errors under `--strict`,
//! warnings without it.

use std::fmt::Write as _;
use std::hash::{Hash, Hasher};

use serde::Serialize;

use crate::diag::{Diagnostic, Severity};
use crate::trace_report::{Entry, Report};

/// One problem at a place in a file of the repository.
struct Finding<'a> {
    error: bool,
    /// From the repository's root (the site's folder prefixed).
    path: String,
    line: u32,
    col: u32,
    message: String,
    check: &'a str,
}

fn findings<'a>(
    diags: &'a [Diagnostic],
    report: Option<&'a Report>,
    strict: bool,
    prefix: &str,
) -> Vec<Finding<'a>> {
    let path = |file: &str| {
        if prefix.is_empty() || file.is_empty() {
            file.to_string()
        } else {
            format!("{prefix}/{file}")
        }
    };
    let mut out: Vec<Finding> = diags
        .iter()
        .map(|d| {
            let mut message = d.message.clone();
            for note in &d.notes {
                let _ = write!(message, "\nnote: {note}");
            }
            if let Some(help) = &d.help {
                let _ = write!(message, "\nhelp: {help}");
            }
            Finding {
                error: d.severity == Severity::Error,
                path: path(&d.loc.file),
                line: d.loc.pos.line,
                col: d.loc.pos.col,
                message,
                check: "raudtrad-check",
            }
        })
        .collect();
    if let Some(r) = report {
        let mut gap = |e: &Entry, what: &str, check: &'a str| {
            out.push(Finding {
                error: strict,
                path: path(&e.file),
                line: e.line,
                col: e.column,
                message: format!("{what}: `{}` {}", e.id, e.title),
                check,
            });
        };
        for e in &r.orphans {
            gap(e, "assignment with no goal (orphan)", "raudtrad-orphan");
        }
        for e in &r.uncovered_goals {
            gap(e, "goal with no assignment", "raudtrad-uncovered-goal");
        }
    }
    out
}

/// GitHub's escaping of a workflow command's message (`data`) and of its properties.
fn gh_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn gh_property(s: &str) -> String {
    gh_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// One workflow command per problem; GitHub turns them into annotations on the lines.
pub fn github(diags: &[Diagnostic], report: Option<&Report>, strict: bool, prefix: &str) -> String {
    let mut out = String::new();
    for f in findings(diags, report, strict, prefix) {
        let level = if f.error { "error" } else { "warning" };
        let mut props = vec![format!("title={}", gh_property("raudtrad check"))];
        if !f.path.is_empty() {
            props.insert(0, format!("file={}", gh_property(&f.path)));
            if f.line > 0 {
                props.insert(1, format!("line={}", f.line));
                props.insert(2, format!("col={}", f.col.max(1)));
            }
        }
        let _ = writeln!(
            out,
            "::{level} {}::{}",
            props.join(","),
            gh_data(&f.message)
        );
    }
    out
}

#[derive(Serialize)]
struct Quality<'a> {
    description: String,
    check_name: &'a str,
    fingerprint: String,
    severity: &'static str,
    location: QualityLocation,
}

#[derive(Serialize)]
struct QualityLocation {
    path: String,
    lines: QualityLines,
}

#[derive(Serialize)]
struct QualityLines {
    begin: u32,
}

/// GitLab's code quality report (the Code Climate subset GitLab reads); the CI job saves it
/// as `artifacts: reports: codequality`.
pub fn gitlab(diags: &[Diagnostic], report: Option<&Report>, strict: bool, prefix: &str) -> String {
    let list: Vec<Quality> = findings(diags, report, strict, prefix)
        .into_iter()
        .map(|f| {
            // Stable across runs, so GitLab can tell new problems from old ones.
            let mut h = std::collections::hash_map::DefaultHasher::new();
            (&f.path, f.line, f.col, &f.message).hash(&mut h);
            Quality {
                fingerprint: format!("{:016x}", h.finish()),
                description: f.message,
                check_name: f.check,
                severity: if f.error { "major" } else { "minor" },
                location: QualityLocation {
                    path: if f.path.is_empty() {
                        "site.toml".into()
                    } else {
                        f.path
                    },
                    lines: QualityLines {
                        begin: f.line.max(1),
                    },
                },
            }
        })
        .collect();
    serde_json::to_string_pretty(&list).unwrap_or_else(|_| "[]".into()) + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::{Loc, Pos};

    fn diag() -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            loc: Loc::new(&"content/a,b.md".into(), Pos::new(4, 42)),
            message: "`progress` must be between 0 and 100, found 120".into(),
            help: Some("100% is done".into()),
            notes: Vec::new(),
        }
    }

    #[test]
    fn github_workflow_commands_are_escaped() {
        let out = github(&[diag()], None, false, "site");
        assert_eq!(
            out,
            "::error file=site/content/a%2Cb.md,line=4,col=42,title=raudtrad check::`progress` must be between 0 and 100, found 120%0Ahelp: 100%25 is done\n"
        );
    }

    #[test]
    fn gitlab_code_quality_is_a_json_list() {
        let out = gitlab(&[diag()], None, false, "");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v[0]["location"]["path"], "content/a,b.md");
        assert_eq!(v[0]["location"]["lines"]["begin"], 4);
        assert_eq!(v[0]["severity"], "major");
        assert_eq!(v[0]["fingerprint"].as_str().unwrap().len(), 16);
    }
}
