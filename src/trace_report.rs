//! The coverage report of `raudtrad check --trace`: what den raude tråden does not reach in
//! the whole municipality, as text for people and as JSON for a content repository's CI.
//!
//! It sees everything (the internal view) and reads the same [`coverage`] the traceability
//! pages show, so the report and the internal tree's municipality page name the same items.

use std::fmt::Write as _;

use serde::Serialize;

use crate::model::coverage::{self, Scope, plan_of, stale_ties};
use crate::model::vocab::{Kind, Stage};
use crate::model::{Data, Graph, ItemId};

#[derive(Serialize, Debug)]
pub struct Report {
    pub plans: usize,
    /// Plans in force (stage `adopted`): those whose goals, measures and verbalpunkt are
    /// checked for an assignment.
    pub plans_adopted: usize,
    pub goals: usize,
    pub assignments: usize,
    pub uncovered_goals: Vec<Entry>,
    pub measures_without_assignment: Vec<Entry>,
    pub verbal_without_assignment: Vec<Entry>,
    pub orphans: Vec<Entry>,
    pub stale: Vec<Entry>,
    pub letters_without_assignment: Vec<Entry>,
    /// Whether `--strict` fails: there are orphans or goals with no assignment.
    pub strict_failure: bool,
}

/// One item in a list, with where it is written.
#[derive(Serialize, Debug)]
pub struct Entry {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub title: String,
    pub file: String,
    pub line: u32,
    pub column: u32,
    /// The plan a goal, measure or verbalpunkt is in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    /// For a stale assignment: the goals of expired plans it is tied to.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<String>,
}

fn entry(g: &Graph, id: ItemId) -> Entry {
    let item = g.item(id);
    Entry {
        id: item.key.clone(),
        kind: item.kind.key(),
        title: item.title.clone(),
        file: item.origin.file.to_string(),
        line: item.origin.pos.line,
        column: item.origin.pos.col,
        plan: plan_of(g, id).map(|p| g.item(p).key.clone()),
        goals: Vec::new(),
    }
}

/// The report for the whole municipality, seeing every item.
pub fn report(g: &Graph) -> Report {
    let all = |_: ItemId| true;
    let c = coverage::coverage(g, Scope::Municipality, &all);
    let entries = |ids: &[ItemId]| ids.iter().map(|&i| entry(g, i)).collect::<Vec<_>>();
    Report {
        plans: g.kind(Kind::Plan).len(),
        plans_adopted: g
            .kind(Kind::Plan)
            .iter()
            .filter(|&&p| matches!(&g.item(p).data, Data::Plan(x) if x.stage == Stage::Adopted))
            .count(),
        goals: g.kind(Kind::Goal).len(),
        assignments: g.kind(Kind::Assignment).len(),
        uncovered_goals: entries(&c.uncovered_goals),
        measures_without_assignment: entries(&c.measures_without_assignment),
        verbal_without_assignment: entries(&c.verbal_without_assignment),
        orphans: entries(&c.orphans),
        stale: c
            .stale
            .iter()
            .map(|&a| Entry {
                goals: stale_ties(g, a, &all)
                    .into_iter()
                    .map(|goal| g.item(goal).key.clone())
                    .collect(),
                ..entry(g, a)
            })
            .collect(),
        letters_without_assignment: entries(&c.letters_without_assignment),
        strict_failure: c.is_strict_failure(),
    }
}

impl Report {
    /// The report as people read it: one section per list, each item with its file and line
    /// first (as the diagnostics are), so an editor can jump to it.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "den raude tråden: {} plan{} ({} adopted), {} goal{}, {} assignment{}",
            self.plans,
            plural(self.plans),
            self.plans_adopted,
            self.goals,
            plural(self.goals),
            self.assignments,
            plural(self.assignments),
        );
        let sections: [(&str, &[Entry]); 6] = [
            ("goals with no assignment", &self.uncovered_goals),
            (
                "measures with no assignment",
                &self.measures_without_assignment,
            ),
            (
                "verbalpunkt with no assignment",
                &self.verbal_without_assignment,
            ),
            ("assignments with no goal (orphans)", &self.orphans),
            (
                "assignments tied to goals of an expired plan (stale)",
                &self.stale,
            ),
            (
                "letters that gave no assignment",
                &self.letters_without_assignment,
            ),
        ];
        for (title, list) in sections {
            let _ = writeln!(out, "{title}: {}", list.len());
            for e in list {
                let _ = write!(
                    out,
                    "  {}:{}:{}: {} `{}` {}",
                    e.file, e.line, e.column, e.kind, e.id, e.title
                );
                if let Some(plan) = &e.plan {
                    let _ = write!(out, " (plan `{plan}`)");
                }
                if !e.goals.is_empty() {
                    let goals: Vec<String> = e.goals.iter().map(|g| format!("`{g}`")).collect();
                    let _ = write!(out, " → {}", goals.join(", "));
                }
                out.push('\n');
            }
        }
        out
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
