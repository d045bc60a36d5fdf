//! Den raude tråden as indexes: every way up from each assignment to the plans, the
//! assignments tied to each goal (and by which route), everything below each goal with its
//! sub-goals rolled in, and the column of the goals × units matrix each unit counts in.
//!
//! Built once per graph, at the end of resolve ([`Trace::build`]); goal, assignment and task
//! pages, the traceability pages, `check --trace` and the data files read these lists and
//! never search the graph. Cost of the build: O(assignments × paths × depth of the goal
//! tree) + O(units) — linear in the number of assignments, with small factors.

use super::vocab::{Audience, Kind};
use super::*;

/// One way up from an assignment: the item it names (goal, strategy, measure or
/// verbalpunkt), then each step up (strategy, goal, its main goals), ending with a plan.
pub type TracePath = Vec<ItemId>;

/// An assignment tied to a goal: the goal is the first goal on one of its paths.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tie {
    pub assignment: ItemId,
    /// The strategy the path passes through on its way to the goal.
    pub strategy: Option<ItemId>,
    /// The measure the path starts from, or the verbalpunkt the assignment carries out when
    /// it names the goal itself (a verbalpunkt names no goal): what the goal's tree shows
    /// between the strategy and the letter.
    pub source: Option<ItemId>,
}

/// A graph with this many paths from one assignment is a content problem, not a reading aid;
/// the page stays readable and the build linear.
const MAX_PATHS: usize = 64;

/// Indexes by item ([`ItemId::index`]); lists are empty for items of other kinds.
#[derive(Debug, Default, Clone)]
pub struct Trace {
    /// For assignments: every way up, the most specific only (see [`paths_up`]).
    paths: Vec<Vec<TracePath>>,
    /// For goals: the assignments tied to this very goal, in item order.
    ties: Vec<Vec<Tie>>,
    /// For goals: every assignment tied to the goal or to a sub-goal at any depth, once
    /// each, in item order.
    below: Vec<Vec<ItemId>>,
    /// Per audience, for units: the matrix column the unit counts in.
    column: [Vec<Option<ItemId>>; 2],
    /// Per audience: the municipality, then the units right below it as the audience sees
    /// the organisation (a public unit below an internal one takes that one's place).
    columns: [Vec<ItemId>; 2],
}

impl Trace {
    /// Every id from `at` on as `map` makes it, and an empty place at `at` (see
    /// [`super::Structure::make_room`]).
    pub fn make_room(&mut self, at: ItemId, map: impl Fn(ItemId) -> ItemId) {
        let Trace {
            paths,
            ties,
            below,
            column,
            columns,
        } = self;
        for x in paths.iter_mut().flatten().flatten() {
            *x = map(*x);
        }
        for t in ties.iter_mut().flatten() {
            t.assignment = map(t.assignment);
            t.strategy = t.strategy.map(&map);
            t.source = t.source.map(&map);
        }
        for x in below.iter_mut().flatten() {
            *x = map(*x);
        }
        for x in column.iter_mut().flatten().flatten() {
            *x = map(*x);
        }
        for x in columns.iter_mut().flatten() {
            *x = map(*x);
        }
        // A trace of a graph with no items has no places.
        if at.index() <= paths.len() && !paths.is_empty() {
            paths.insert(at.index(), Vec::new());
            ties.insert(at.index(), Vec::new());
            below.insert(at.index(), Vec::new());
            for c in column {
                c.insert(at.index(), None);
            }
        }
    }

    /// O(assignments × paths × goal depth + units): each assignment's paths are made from its
    /// own references and its goals' parents; each tie is pushed to its goal and every goal
    /// above it once.
    pub fn build(g: &Structure) -> Trace {
        let n = g.items.len();
        let mut t = Trace {
            paths: vec![Vec::new(); n],
            ties: vec![Vec::new(); n],
            below: vec![Vec::new(); n],
            column: [vec![None; n], vec![None; n]],
            columns: [Vec::new(), Vec::new()],
        };
        for &a in g.kind(Kind::Assignment) {
            let paths = paths_up(g, a);
            // What the assignment carries out, shown between the goal (or strategy) and the
            // assignment in a goal's tree when nothing on the path names it already.
            let carried = match g.assignment(a).map(|x| &x.source) {
                Some(Source::Item(s))
                    if matches!(g.item(*s).kind, Kind::Verbal | Kind::Measure) =>
                {
                    Some(*s)
                }
                _ => None,
            };
            for path in &paths {
                let Some(at) = path.iter().position(|&i| g.item(i).kind == Kind::Goal) else {
                    continue;
                };
                let strategy = path[..at]
                    .iter()
                    .copied()
                    .find(|&i| g.item(i).kind == Kind::Strategy);
                // The measure the path starts from (an automatic assignment's); or the
                // measure or verbalpunkt the assignment carries out, when the path is a plain
                // tie to the goal.
                let source = match path[0] {
                    m if g.item(m).kind == Kind::Measure => Some(m),
                    _ if strategy.is_none() => carried,
                    _ => None,
                };
                let tie = Tie {
                    assignment: a,
                    strategy,
                    source,
                };
                let goal = path[at];
                // Assignments are visited in item order, so a repeat can only be among this
                // assignment's own ties at the end of the list: no scan of the whole list.
                let ties = &mut t.ties[goal.index()];
                let repeat = ties
                    .iter()
                    .rev()
                    .take_while(|x| x.assignment == a)
                    .any(|x| *x == tie);
                if !repeat {
                    ties.push(tie);
                }
                // The goal and its main goals, which the path already lists in order.
                for &up in &path[at..] {
                    if g.item(up).kind != Kind::Goal {
                        break;
                    }
                    let list = &mut t.below[up.index()];
                    // Assignments are visited in item order, so a repeat is always the last.
                    if list.last() != Some(&a) {
                        list.push(a);
                    }
                }
            }
            t.paths[a.index()] = paths;
        }
        if let Some(root) = g.root_unit {
            for audience in Audience::BOTH {
                let sees = |u: ItemId| audience.sees_id(g, u);
                let (columns, column) = (
                    &mut t.columns[audience as usize],
                    &mut t.column[audience as usize],
                );
                columns.push(root);
                column[root.index()] = Some(root);
                // Depth first from the top: a unit the audience sees below the root, with no
                // seen unit between, is a column; every seen unit below it counts in it.
                let mut stack: Vec<(ItemId, Option<ItemId>)> = g
                    .unit(root)
                    .map_or(&[][..], |u| &u.children)
                    .iter()
                    .rev()
                    .map(|&c| (c, None))
                    .collect();
                while let Some((u, col)) = stack.pop() {
                    let col = match col {
                        Some(c) => Some(c),
                        None if sees(u) => {
                            columns.push(u);
                            Some(u)
                        }
                        None => None,
                    };
                    if sees(u) {
                        column[u.index()] = col;
                    }
                    for &c in g.unit(u).map_or(&[][..], |x| &x.children).iter().rev() {
                        stack.push((c, col));
                    }
                }
            }
        }
        t
    }

    /// Every way up from an assignment (empty for other items).
    pub fn paths(&self, assignment: ItemId) -> &[TracePath] {
        self.paths
            .get(assignment.index())
            .map_or(&[], Vec::as_slice)
    }

    /// The assignments tied to this very goal.
    pub fn ties(&self, goal: ItemId) -> &[Tie] {
        self.ties.get(goal.index()).map_or(&[], Vec::as_slice)
    }

    /// Every assignment below a goal: tied to it or to a sub-goal at any depth.
    pub fn below(&self, goal: ItemId) -> &[ItemId] {
        self.below.get(goal.index()).map_or(&[], Vec::as_slice)
    }

    /// Columns of the goals × units matrix as `audience` sees the organisation: the
    /// municipality, then the units right below it.
    pub fn columns(&self, audience: Audience) -> &[ItemId] {
        &self.columns[audience as usize]
    }

    /// The column a unit counts in: its ancestor right below the municipality (as the
    /// audience sees the organisation), or the municipality itself; none for a unit the
    /// audience does not see.
    pub fn column_of(&self, unit: ItemId, audience: Audience) -> Option<ItemId> {
        self.column[audience as usize]
            .get(unit.index())
            .copied()
            .flatten()
    }

    /// The columns an assignment counts in, once each: those of its owner and of the units it
    /// is given to.
    pub fn assignment_columns(
        &self,
        g: &Graph,
        assignment: ItemId,
        audience: Audience,
    ) -> Vec<ItemId> {
        let Some(a) = g.assignment(assignment) else {
            return Vec::new();
        };
        let mut cols: Vec<ItemId> = Vec::new();
        for &u in a.owner.iter().chain(&a.assigned_to) {
            if let Some(c) = self.column_of(u, audience)
                && !cols.contains(&c)
            {
                cols.push(c);
            }
        }
        cols
    }

    /// The goals an assignment is tied to as an audience sees them: on each path, the first
    /// goal the audience may see (an invisible step is skipped, never shown). Once each.
    pub fn visible_ties(
        &self,
        g: &Graph,
        assignment: ItemId,
        sees: &dyn Fn(ItemId) -> bool,
    ) -> Vec<ItemId> {
        let mut out: Vec<ItemId> = Vec::new();
        for path in self.paths(assignment) {
            if let Some(&goal) = path
                .iter()
                .find(|&&i| g.item(i).kind == Kind::Goal && sees(i))
                && !out.contains(&goal)
            {
                out.push(goal);
            }
        }
        out
    }
}

/// Every way up from an assignment to the plans, each path starting with the item the
/// assignment names (goal, strategy, measure or verbalpunkt) and ending with a plan:
///
/// - each goal it names: goal, main goals, plan;
/// - each strategy it names: strategy, then each of the strategy's goals upwards (or the
///   strategy's plan when it names no goal);
/// - the measure or verbalpunkt it carries out (`source`): measure or verbalpunkt, plan; for an
///   automatic assignment, which is its measure, the measure's goals and strategies as above
///   (or the measure's plan when it names none).
///
/// A path that another path passes through entirely, with more steps, to the same first goal
/// is left out: an assignment naming goal G and strategy S (which serves G) is shown as
/// S › G, not also as G; an automatic assignment, whose goals are its measure's, as
/// measure › goal. One naming G and a strategy for a sub-goal of G keeps both.
///
/// Cost: O(paths² × length), with at most [`MAX_PATHS`] paths.
pub fn paths_up(g: &Structure, assignment: ItemId) -> Vec<TracePath> {
    let Some(a) = g.assignment(assignment) else {
        return Vec::new();
    };
    let mut paths: Vec<TracePath> = Vec::new();
    for &goal in &a.goals {
        paths.push(vec![goal]);
    }
    for &s in &a.strategies {
        via_strategy(g, s, &[], &mut paths);
    }
    if let Source::Item(src) = a.source {
        match &g.item(src).data {
            // An automatic assignment is its measure: its goals and strategies are the
            // measure's and are reached through it.
            Data::Measure(m) if a.automatic => {
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
            // A file that carries out a measure does not inherit its goals (content model
            // v1.1): the measure shows where the assignment comes from, and the plan it is in,
            // but ties it to no goal; the assignment's own goals and strategies do that.
            Data::Measure(m) => paths.push(vec![src, m.plan]),
            Data::Verbal(v) => paths.push(vec![src, v.plan]),
            _ => {}
        }
    }
    paths.truncate(MAX_PATHS);
    for p in &mut paths {
        climb(g, p);
    }
    let first_goal = |p: &TracePath| p.iter().copied().find(|&i| g.item(i).kind == Kind::Goal);
    let mut out: Vec<TracePath> = Vec::new();
    for (i, p) in paths.iter().enumerate() {
        // Covered only by a path that ties the assignment to the same goal: a measure that
        // names a main goal and a strategy for one of its sub-goals is tied to both.
        let covered = paths.iter().enumerate().any(|(j, q)| {
            j != i && q.len() > p.len() && is_subsequence(p, q) && first_goal(p) == first_goal(q)
                || j < i && q == p // the first of two equal paths stays
        });
        if !covered {
            out.push(p.clone());
        }
    }
    out
}

fn via_strategy(g: &Structure, s: ItemId, prefix: &[ItemId], paths: &mut Vec<TracePath>) {
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
/// Parent cycles were cut in resolve; the walk is bounded all the same, so that a cycle let
/// through by mistake makes a wrong path, not a server that never answers.
fn climb(g: &Structure, path: &mut TracePath) {
    let Some(&last) = path.last() else { return };
    let Some(mut goal) = g.goal(last) else { return };
    for _ in 0..g.items.len() {
        let Some(next) = goal.parent.and_then(|p| Some((p, g.goal(p)?))) else {
            break;
        };
        path.push(next.0);
        goal = next.1;
    }
    path.push(goal.plan);
}

/// Whether every step of `short` is in `long`, in the same order.
fn is_subsequence(short: &[ItemId], long: &[ItemId]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|s| rest.any(|l| l == s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subsequences() {
        let ids = |v: &[u32]| v.iter().map(|&i| ItemId(i)).collect::<Vec<_>>();
        assert!(is_subsequence(&ids(&[2, 9]), &ids(&[1, 2, 9])));
        assert!(is_subsequence(&ids(&[1, 9]), &ids(&[1, 2, 9])));
        assert!(!is_subsequence(&ids(&[2, 1]), &ids(&[1, 2, 9])));
        assert!(!is_subsequence(&ids(&[3]), &ids(&[1, 2, 9])));
    }
}
