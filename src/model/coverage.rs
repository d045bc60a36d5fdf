//! What den raude tråden does not reach, for the whole municipality or one plan, as one
//! audience sees it: goals with nothing done for them, measures and verbalpunkt nobody
//! carries out, assignments tied to no goal (orphans) or to goals of an expired plan
//! (stale), and letters that gave no assignment.
//!
//! Read from the [`Trace`](super::trace::Trace) indexes and the back-links resolve made; each
//! list is one pass over the items in scope. The internal tree and `check --trace` see
//! everything; the open tree passes a filter that sees public items only, so that its lists
//! agree with its pages and never count an internal item.

use super::vocab::{Kind, Stage};
use super::*;

/// Which part of the site a coverage report is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Every plan in force (stage `adopted`), every assignment and letter.
    Municipality,
    /// One plan, whatever its stage: its goals, measures and verbalpunkt, and the
    /// assignments tied to its goals when it has expired.
    Plan(ItemId),
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Coverage {
    /// Goals with no assignment tied to them or to any of their sub-goals.
    pub uncovered_goals: Vec<ItemId>,
    pub measures_without_assignment: Vec<ItemId>,
    pub verbal_without_assignment: Vec<ItemId>,
    /// Assignments with no goal on any path up (except those carrying out a verbalpunkt,
    /// whose reason is the council's resolution). Municipality scope only.
    pub orphans: Vec<ItemId>,
    /// Assignments tied to a goal of an expired plan.
    pub stale: Vec<ItemId>,
    /// Letters that gave no assignment, neither themselves nor through a letter breaking
    /// them down. Municipality scope only.
    pub letters_without_assignment: Vec<ItemId>,
}

impl Coverage {
    /// What `check --trace --strict` fails on.
    pub fn is_strict_failure(&self) -> bool {
        !self.orphans.is_empty() || !self.uncovered_goals.is_empty()
    }
}

fn plan(g: &Graph, id: ItemId) -> Option<&Plan> {
    match &g.item(id).data {
        Data::Plan(p) => Some(p),
        _ => None,
    }
}

/// The plan a goal, strategy, measure or verbalpunkt is written in.
pub fn plan_of(g: &Graph, id: ItemId) -> Option<ItemId> {
    match &g.item(id).data {
        Data::Goal(x) => Some(x.plan),
        Data::Strategy(x) => Some(x.plan),
        Data::Measure(x) => Some(x.plan),
        Data::Verbal(x) => Some(x.plan),
        _ => None,
    }
}

fn stage_of(g: &Graph, plan_id: ItemId) -> Option<Stage> {
    plan(g, plan_id).map(|p| p.stage)
}

/// Whether an assignment, as the audience sees it, has no goal on any path and is not a
/// verbalpunkt's automatic assignment (a verbalpunkt names no goal; its reason is the
/// council's resolution). A file carrying out a verbalpunkt can name goals, like any other.
pub fn is_orphan(g: &Graph, a: ItemId, sees: &dyn Fn(ItemId) -> bool) -> bool {
    let from_verbal = matches!(
        g.assignment(a),
        Some(x) if x.automatic
            && matches!(x.source, Source::Item(s) if g.item(s).kind == Kind::Verbal && sees(s))
    );
    !from_verbal && g.trace.visible_ties(g, a, sees).is_empty()
}

/// The goals of expired plans an assignment is tied to, as the audience sees them.
pub fn stale_ties(g: &Graph, a: ItemId, sees: &dyn Fn(ItemId) -> bool) -> Vec<ItemId> {
    g.trace
        .visible_ties(g, a, sees)
        .into_iter()
        .filter(|&goal| plan_of(g, goal).and_then(|p| stage_of(g, p)) == Some(Stage::Expired))
        .collect()
}

/// Coverage of a scope as an audience sees it (`sees` is the audience's filter).
///
/// Cost: one pass over the goals, measures and verbalpunkt in scope and their `below` lists;
/// for the municipality also one pass over every assignment (its paths) and every letter
/// (its children). Linear in the size of the graph.
pub fn coverage(g: &Graph, scope: Scope, sees: &dyn Fn(ItemId) -> bool) -> Coverage {
    let in_scope = |id: ItemId| {
        let Some(p) = plan_of(g, id) else {
            return false;
        };
        sees(id)
            && match scope {
                Scope::Municipality => stage_of(g, p) == Some(Stage::Adopted),
                Scope::Plan(only) => p == only,
            }
    };
    let mut c = Coverage::default();
    let goals: &[ItemId] = match scope {
        Scope::Municipality => g.kind(Kind::Goal),
        Scope::Plan(p) => plan(g, p).map_or(&[][..], |x| &x.goals),
    };
    for &goal in goals {
        if in_scope(goal) && !g.trace.below(goal).iter().any(|&a| sees(a)) {
            c.uncovered_goals.push(goal);
        }
    }
    let (measures, verbal): (&[ItemId], &[ItemId]) = match scope {
        Scope::Municipality => (g.kind(Kind::Measure), g.kind(Kind::Verbal)),
        Scope::Plan(p) => plan(g, p).map_or((&[][..], &[][..]), |x| (&x.measures, &x.verbal)),
    };
    for &m in measures {
        if in_scope(m)
            && let Data::Measure(x) = &g.item(m).data
            && !x.assignment.is_some_and(sees)
        {
            c.measures_without_assignment.push(m);
        }
    }
    for &v in verbal {
        if in_scope(v)
            && let Data::Verbal(x) = &g.item(v).data
            && !x.assignment.is_some_and(sees)
        {
            c.verbal_without_assignment.push(v);
        }
    }
    match scope {
        Scope::Municipality => {
            for &a in g.kind(Kind::Assignment) {
                if !sees(a) {
                    continue;
                }
                if is_orphan(g, a, sees) {
                    c.orphans.push(a);
                } else if !stale_ties(g, a, sees).is_empty() {
                    c.stale.push(a);
                }
            }
            c.letters_without_assignment = letters_without_assignment(g, sees);
        }
        Scope::Plan(p) if stage_of(g, p) == Some(Stage::Expired) => {
            // Candidates are below this plan's goals; an assignment whose tie to them passes
            // through goals the audience may not see is judged by its visible ties.
            let mut seen = vec![false; g.items.len()];
            let mut stale = Vec::new();
            for &goal in goals {
                for &a in g.trace.below(goal) {
                    if std::mem::replace(&mut seen[a.index()], true) || !sees(a) {
                        continue;
                    }
                    let ties = stale_ties(g, a, sees);
                    if ties.iter().any(|&t| plan_of(g, t) == Some(p)) {
                        stale.push(a);
                    }
                }
            }
            stale.sort();
            c.stale = stale;
        }
        Scope::Plan(_) => {}
    }
    c
}

/// Letters (visible) that gave no visible assignment, themselves or through any letter below
/// them. One pass from the leaves up: O(letters).
fn letters_without_assignment(g: &Graph, sees: &dyn Fn(ItemId) -> bool) -> Vec<ItemId> {
    let letters = g.kind(Kind::Letter);
    let mut gave = vec![false; g.items.len()];
    for &l in letters {
        let Data::Letter(x) = &g.item(l).data else {
            continue;
        };
        if x.assignments.iter().any(|&a| sees(a)) {
            // Mark the letter and every letter above it (cycles were cut in resolve).
            let mut at = Some(l);
            while let Some(cur) = at {
                if std::mem::replace(&mut gave[cur.index()], true) {
                    break;
                }
                at = match &g.item(cur).data {
                    Data::Letter(y) => y.parent,
                    _ => None,
                };
            }
        }
    }
    letters
        .iter()
        .copied()
        .filter(|&l| sees(l) && !gave[l.index()])
        .collect()
}
