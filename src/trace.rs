//! Den raude tråden as data: why each assignment is done (every path up to the plans), what is
//! done for each goal, and what is not covered (goals with nothing below, measures and
//! verbalpunkt nobody carries out, orphans, stale ties, letters that gave nothing).
//!
//! Everything here reads the indexes resolve built in one pass (`Goal::children`,
//! `Goal::assignments`, `Strategy::assignments`, `Measure::assignment`, …); no function scans
//! all items per item. Costs are noted where they matter.

use crate::model::vocab::{Kind, Stage};
use crate::model::*;

/// Bounds the paths listed for one assignment; a graph with that many is a content problem
/// the coverage report already shows, and a page must stay readable.
const MAX_PATHS: usize = 64;

/// Every way up from an assignment to the plans, each path starting with the item the
/// assignment names (goal, strategy, measure or verbalpunkt) and ending with a plan.
///
/// Cost: O(paths × depth of the goal tree).
pub fn paths_up(g: &Graph, assignment: ItemId) -> Vec<Vec<ItemId>> {
    let Some(a) = g.assignment(assignment) else {
        return Vec::new();
    };
    let mut paths: Vec<Vec<ItemId>> = Vec::new();
    for &goal in &a.goals {
        paths.push(vec![goal]);
    }
    for &s in &a.strategies {
        via_strategy(g, s, &[], &mut paths);
    }
    if let Source::Item(src) = a.source {
        match &g.item(src).data {
            Data::Measure(m) => {
                for &goal in &m.goals {
                    paths.push(vec![src, goal]);
                }
                for &s in &m.strategies {
                    via_strategy(g, s, &[src], &mut paths);
                }
                if m.goals.is_empty() && m.strategies.is_empty() {
                    paths.push(vec![src, m.plan]);
                }
            }
            Data::Verbal(v) => paths.push(vec![src, v.plan]),
            _ => {}
        }
    }
    let mut out: Vec<Vec<ItemId>> = Vec::new();
    for mut p in paths {
        climb(g, &mut p);
        if !out.contains(&p) {
            out.push(p);
        }
        if out.len() >= MAX_PATHS {
            break;
        }
    }
    out
}

fn via_strategy(g: &Graph, s: ItemId, prefix: &[ItemId], paths: &mut Vec<Vec<ItemId>>) {
    let Some(strategy) = g.strategy(s) else {
        return;
    };
    let mut base = prefix.to_vec();
    base.push(s);
    if strategy.goals.is_empty() {
        base.push(strategy.plan);
        paths.push(base);
        return;
    }
    for &goal in &strategy.goals {
        let mut p = base.clone();
        p.push(goal);
        paths.push(p);
    }
}

/// Extends a path ending in a goal up through its main goals to the plan of the top one.
fn climb(g: &Graph, path: &mut Vec<ItemId>) {
    let Some(&last) = path.last() else { return };
    let Some(mut goal) = g.goal(last) else { return };
    let mut guard = 0;
    while let Some(parent) = goal.parent {
        guard += 1;
        if guard > 64 || path.contains(&parent) {
            break;
        }
        path.push(parent);
        goal = match g.goal(parent) {
            Some(x) => x,
            None => break,
        };
    }
    path.push(goal.plan);
}

/// Whether any path of the assignment passes through a goal.
pub fn has_goal(g: &Graph, assignment: ItemId) -> bool {
    paths_up(g, assignment)
        .iter()
        .any(|p| p.iter().any(|&i| g.item(i).kind == Kind::Goal))
}

/// The goals an assignment is tied to itself: its `goals`, its strategies' goals and, when it
/// carries out a measure, the measure's goals and strategies' goals.
pub fn tied_goals(g: &Graph, assignment: ItemId) -> Vec<ItemId> {
    let Some(a) = g.assignment(assignment) else {
        return Vec::new();
    };
    let mut out = a.goals.clone();
    let strategy_goals = |s: &ItemId| g.strategy(*s).map(|x| x.goals.clone()).unwrap_or_default();
    out.extend(a.strategies.iter().flat_map(strategy_goals));
    if let Source::Item(src) = a.source
        && let Data::Measure(m) = &g.item(src).data
    {
        out.extend(&m.goals);
        out.extend(m.strategies.iter().flat_map(strategy_goals));
    }
    out.sort();
    out.dedup();
    out
}

/// Every assignment serving a goal: below it or any sub-goal, directly, through a strategy,
/// or carrying out a measure that serves it. In item order.
///
/// Cost: O(size of the goal's subtree and the lists hanging from it).
pub fn serving(g: &Graph, goal: ItemId) -> Vec<ItemId> {
    let mut out = g.assignments_below_goal(goal);
    for sub in g.goal_and_descendants(goal) {
        let Some(gl) = g.goal(sub) else { continue };
        let mut measures = gl.measures.clone();
        for &s in &gl.strategies {
            if let Some(st) = g.strategy(s) {
                measures.extend(&st.measures);
            }
        }
        for m in measures {
            if let Data::Measure(ms) = &g.item(m).data {
                out.extend(ms.assignment);
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// What den raude tråden does not reach.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Coverage {
    /// Goals with no assignment serving them (sub-goals included).
    pub uncovered_goals: Vec<ItemId>,
    pub measures_without_assignment: Vec<ItemId>,
    pub verbal_without_assignment: Vec<ItemId>,
    /// Assignments with no path to any goal.
    pub orphans: Vec<ItemId>,
    /// Assignments tied to a goal of an expired plan.
    pub stale: Vec<ItemId>,
    pub letters_without_assignment: Vec<ItemId>,
}

impl Coverage {
    /// Problems `check --trace --strict` fails on.
    pub fn is_strict_failure(&self) -> bool {
        !self.orphans.is_empty() || !self.uncovered_goals.is_empty()
    }
}

fn plan_of(g: &Graph, goal: ItemId) -> Option<&Plan> {
    let plan = g.goal(goal)?.plan;
    match &g.item(plan).data {
        Data::Plan(p) => Some(p),
        _ => None,
    }
}

/// Coverage of the whole municipality, or of one plan (its goals, measures, verbalpunkt and
/// the assignments tied to it; orphans and letters belong to no plan and are left out).
pub fn coverage(g: &Graph, plan: Option<ItemId>) -> Coverage {
    let in_scope = |id: ItemId| match plan {
        None => true,
        Some(p) => match &g.item(id).data {
            Data::Goal(x) => x.plan == p,
            Data::Measure(x) => x.plan == p,
            Data::Verbal(x) => x.plan == p,
            _ => false,
        },
    };
    let mut c = Coverage::default();
    for &goal in g.kind(Kind::Goal) {
        if in_scope(goal) && serving(g, goal).is_empty() {
            c.uncovered_goals.push(goal);
        }
    }
    for &m in g.kind(Kind::Measure) {
        if in_scope(m) && matches!(&g.item(m).data, Data::Measure(x) if x.assignment.is_none()) {
            c.measures_without_assignment.push(m);
        }
    }
    for &v in g.kind(Kind::Verbal) {
        if in_scope(v) && matches!(&g.item(v).data, Data::Verbal(x) if x.assignment.is_none()) {
            c.verbal_without_assignment.push(v);
        }
    }
    for &a in g.kind(Kind::Assignment) {
        let tied = tied_goals(g, a);
        let expired = tied.iter().any(|&goal| {
            plan_of(g, goal).is_some_and(|p| p.stage == Stage::Expired)
                && plan.is_none_or(|pl| g.goal(goal).is_some_and(|x| x.plan == pl))
        });
        if expired {
            c.stale.push(a);
        }
        if plan.is_none() && !has_goal(g, a) {
            c.orphans.push(a);
        }
    }
    if plan.is_none() {
        for &l in g.kind(Kind::Letter) {
            if matches!(&g.item(l).data, Data::Letter(x) if x.assignments.is_empty()) {
                c.letters_without_assignment.push(l);
            }
        }
    }
    c
}

/// Columns of the goals × units matrix: the units right below the municipality, and the
/// municipality itself for what sits at the top.
pub fn matrix_columns(g: &Graph) -> Vec<ItemId> {
    let Some(root) = g.root_unit else {
        return Vec::new();
    };
    let mut cols = vec![root];
    cols.extend(g.unit(root).map(|u| u.children.clone()).unwrap_or_default());
    cols
}

/// The column a unit's assignments count in: its ancestor right below the municipality, or
/// the municipality itself.
pub fn column_of(g: &Graph, unit: ItemId) -> Option<ItemId> {
    let chain = g.unit_ancestors(unit);
    match chain.len() {
        0 => None,
        1 => Some(chain[0]),
        n => Some(chain[n - 2]),
    }
}

/// The matrix columns an assignment counts in (once each).
pub fn assignment_columns(g: &Graph, assignment: ItemId) -> Vec<ItemId> {
    let Some(a) = g.assignment(assignment) else {
        return Vec::new();
    };
    let mut cols: Vec<ItemId> = a
        .owner
        .iter()
        .chain(&a.assigned_to)
        .filter_map(|&u| column_of(g, u))
        .collect();
    cols.sort();
    cols.dedup();
    cols
}
