//! A goal's page: the chain up (sub-goal → main goal → plan) and everything done for it as a
//! tree (strategies → measures and verbalpunkt → oppdragsbrev → assignments → tasks), with
//! sub-goals rolled in, the assignments by unit (where the matrix cells link), counts and
//! the goal's indicators.
//!
//! Built from the [`Trace`](crate::model::Trace) lists, never a scan of the graph. The tree
//! shows in full what is tied to this goal; a sub-goal is a node with its counts and a link to
//! its own page, where its tree is. So each assignment and task is drawn in full on the pages
//! of the goals it is tied to, not again on every goal above: the goal pages together grow
//! with the ties, not with ties × depth of the goal tree. Counts and the list by unit roll
//! the sub-goals in: O(assignments below the goal).

use std::collections::HashMap;

use serde::Serialize;

use super::Spec;
use crate::model::trace::Tie;
use crate::model::vocab::Kind;
use crate::model::*;
use crate::render::parts::base::Base;
use crate::render::parts::indicator_figures::{IndicatorSummary, summary as indicator_summary};
use crate::render::parts::plans::{PlanFacts, facts};
use crate::render::parts::why::step_label;
use crate::render::parts::{PageCx, frame};
use crate::render::urls;
use crate::render::view::{Card, Link};

/// A goal's page.
pub fn page(id: ItemId) -> Spec {
    Spec::item("goal.html", Kind::Goal, id, frame::in_plan, view)
}

#[derive(Serialize)]
pub struct GoalView {
    pub base: Base,
    pub plan: PlanFacts,
    pub description: Option<String>,
    /// This goal, its main goals up to the top, and the top goal's plan.
    pub chain: Vec<ChainStep>,
    pub children: Vec<Link>,
    pub strategies: Vec<Link>,
    pub measures: Vec<Link>,
    pub counts: GoalCounts,
    /// The tree below the goal, flattened in document order (see [`TreeRow`]).
    pub tree: Vec<TreeRow>,
    pub by_unit: Vec<UnitGroup>,
    pub indicators: Vec<IndicatorSummary>,
}

#[derive(Serialize)]
pub struct ChainStep {
    pub kind_label: String,
    pub link: Link,
    /// Stage, adoption and case of the goal's plan, given where the plan changes (and for
    /// the top goal).
    pub plan: Option<PlanFacts>,
    pub current: bool,
}

/// Assignments below the goal (sub-goals rolled in), as the audience sees them.
#[derive(Serialize, Default, Clone, Copy)]
pub struct GoalCounts {
    pub assignments: u32,
    pub done: u32,
    pub overdue: u32,
}

/// One item in the tree below a goal.
struct Node {
    row: TreeRow,
    children: Vec<Node>,
}

/// One item of the tree, in document order. The template nests lists without recursion
/// (a goal tree may be deeper than a template engine's recursion limit): a row with
/// children opens a list, and `closes` says how many lists end after this row.
#[derive(Serialize)]
pub struct TreeRow {
    pub kind: &'static str,
    pub kind_label: String,
    pub link: Link,
    /// Status, deadline, unit and overdue mark of assignments and tasks.
    pub card: Option<Card>,
    /// "No assignment" for a sub-goal, strategy or measure with nothing below it.
    pub empty: bool,
    /// A sub-goal's counts, its own sub-goals rolled in.
    pub counts: Option<GoalCounts>,
    pub depth: u32,
    pub has_children: bool,
    pub closes: u32,
}

fn row(p: &PageCx, id: ItemId, kind_label: String, empty: bool) -> Option<TreeRow> {
    let kind = p.g.item(id).kind;
    Some(TreeRow {
        kind: kind.key(),
        kind_label,
        link: p.link(id)?,
        card: p.g.tracking(id).and_then(|_| p.card(id)),
        empty,
        counts: None,
        depth: 0,
        has_children: false,
        closes: 0,
    })
}

/// Depth-first, each node before its children.
fn flatten(nodes: Vec<Node>, depth: u32, out: &mut Vec<TreeRow>) {
    for Node { mut row, children } in nodes {
        row.depth = depth;
        row.has_children = !children.is_empty();
        out.push(row);
        if !children.is_empty() {
            flatten(children, depth + 1, out);
            if let Some(last) = out.last_mut() {
                last.closes += 1;
            }
        }
    }
}

#[derive(Serialize)]
pub struct UnitGroup {
    /// `None`: assignments of units the audience does not see (their own pages show no unit).
    pub unit: Option<Link>,
    /// The fragment the goals × units matrix links to.
    pub anchor: String,
    pub cards: Vec<Card>,
}

/// Children of a tree node by item, in the order first added; a lookup instead of a search
/// so that a goal with thousands of assignments stays linear.
#[derive(Default)]
struct Kids {
    order: Vec<(ItemId, Kids)>,
    at: HashMap<ItemId, usize>,
}

impl Kids {
    fn child(&mut self, id: ItemId) -> &mut Kids {
        let ix = *self.at.entry(id).or_insert_with(|| {
            self.order.push((id, Kids::default()));
            self.order.len() - 1
        });
        &mut self.order[ix].1
    }

    fn into_nodes(self, p: &PageCx) -> Vec<Node> {
        self.order
            .into_iter()
            .filter_map(|(id, kids)| {
                let item = p.g.item(id);
                let mut children = kids.into_nodes(p);
                if let Data::Assignment(a) = &item.data {
                    children.extend(a.tasks.iter().filter_map(|&t| leaf(p, t)));
                }
                let empty =
                    matches!(item.kind, Kind::Strategy | Kind::Measure) && children.is_empty();
                Some(Node {
                    row: row(p, id, step_label(p, id), empty)?,
                    children,
                })
            })
            .collect()
    }
}

fn leaf(p: &PageCx, id: ItemId) -> Option<Node> {
    Some(Node {
        row: row(p, id, p.kind_label(p.g.item(id).kind), false)?,
        children: Vec::new(),
    })
}

/// The ties of a goal and of the sub-goals the audience may not see (they fold into the
/// goal, so nothing below them goes missing), and the sub-goals it may see.
fn gather(p: &PageCx, goal: ItemId, ties: &mut Vec<Tie>, subgoals: &mut Vec<ItemId>) {
    ties.extend_from_slice(p.g.trace.ties(goal));
    for &c in p.g.goal(goal).map_or(&[][..], |x| &x.children) {
        if p.visible(c) {
            subgoals.push(c);
        } else {
            gather(p, c, ties, subgoals);
        }
    }
}

/// The tree below one goal: strategies, then what is tied to the goal without one, then the
/// sub-goals with their own trees. An assignment sits under the strategy its path passes
/// through, the measure or verbalpunkt it carries out and the letter that gave it, each
/// level only when there is one the audience may see.
fn tree(p: &PageCx, goal: ItemId) -> Vec<Node> {
    let g = p.g;
    let Some(gl) = g.goal(goal) else {
        return Vec::new();
    };
    let mut ties = Vec::new();
    let mut subgoals = Vec::new();
    gather(p, goal, &mut ties, &mut subgoals);
    let seen = |id: Option<ItemId>| id.filter(|&i| p.visible(i));

    let mut root = Kids::default();
    // Strategies serving the goal come first, even those nothing is tied through yet.
    for &s in &gl.strategies {
        if p.visible(s) {
            root.child(s);
        }
    }
    let mut direct = Kids::default();
    for tie in ties {
        if !p.visible(tie.assignment) {
            continue;
        }
        let mut at = match seen(tie.strategy) {
            Some(s) => root.child(s),
            None => &mut direct,
        };
        if let Some(src) = seen(tie.source) {
            at = at.child(src);
        }
        if let Some(letter) = seen(g.assignment(tie.assignment).and_then(|a| a.letter)) {
            at = at.child(letter);
        }
        at.child(tie.assignment);
    }
    // Measures serving the goal (directly or through a strategy) that nothing carries out
    // show too, marked, so that the tree tells what is missing.
    for &s in &gl.strategies {
        if !p.visible(s) {
            continue;
        }
        let node = root.child(s);
        for &m in g.strategy(s).map_or(&[][..], |x| &x.measures) {
            if p.visible(m) && !node.at.contains_key(&m) {
                node.child(m);
            }
        }
    }
    for &m in &gl.measures {
        let under_strategy = root.order.iter().any(|(_, kids)| kids.at.contains_key(&m));
        if p.visible(m) && !under_strategy && !direct.at.contains_key(&m) {
            direct.child(m);
        }
    }
    let mut nodes = root.into_nodes(p);
    nodes.extend(direct.into_nodes(p));
    for c in subgoals {
        let counts = counts(p, c);
        if let Some(mut row) = row(p, c, step_label(p, c), counts.assignments == 0) {
            row.counts = Some(counts);
            nodes.push(Node {
                row,
                children: Vec::new(),
            });
        }
    }
    nodes
}

/// The assignments below a goal (sub-goals rolled in) the audience sees, counted.
fn counts(p: &PageCx, goal: ItemId) -> GoalCounts {
    let mut c = GoalCounts::default();
    for &a in p.g.trace.below(goal) {
        if !p.visible(a) {
            continue;
        }
        c.assignments += 1;
        if let Some(t) = p.g.tracking(a) {
            c.done += u32::from(t.done);
            c.overdue += u32::from(t.overdue);
        }
    }
    c
}

/// The goal and its main goals up to the top, each with its plan where the plan changes.
fn chain(p: &PageCx, id: ItemId) -> Vec<ChainStep> {
    let g = p.g;
    let mut goals = vec![id];
    let mut at = g.goal(id).and_then(|x| x.parent);
    while let Some(parent) = at {
        goals.push(parent);
        at = g.goal(parent).and_then(|x| x.parent);
    }
    let visible: Vec<ItemId> = goals.into_iter().filter(|&x| p.visible(x)).collect();
    let plan = |x: ItemId| g.goal(x).map(|gl| gl.plan);
    visible
        .iter()
        .enumerate()
        .filter_map(|(i, &x)| {
            let next_plan = visible.get(i + 1).and_then(|&n| plan(n));
            let show_plan = next_plan.is_none() || next_plan != plan(x);
            Some(ChainStep {
                kind_label: step_label(p, x),
                link: p.link(x)?,
                plan: if show_plan {
                    plan(x).and_then(|pl| facts(p, pl))
                } else {
                    None
                },
                current: x == id,
            })
        })
        .collect()
}

fn view(p: &PageCx, id: ItemId) -> Option<GoalView> {
    let g = p.g;
    let goal = g.goal(id)?;

    // Every assignment below, in the column of each unit it counts for in the matrix; those
    // with no column the audience sees last, so that the list is complete.
    let mut by_column: HashMap<ItemId, Vec<ItemId>> = HashMap::new();
    let mut elsewhere = Vec::new();
    for &a in g.trace.below(id) {
        if !p.visible(a) {
            continue;
        }
        let cols: Vec<ItemId> = g
            .trace
            .assignment_columns(g, a, p.audience)
            .into_iter()
            .filter(|&c| p.visible(c))
            .collect();
        if cols.is_empty() {
            elsewhere.push(a);
        }
        for col in cols {
            by_column.entry(col).or_default().push(a);
        }
    }
    let mut by_unit: Vec<UnitGroup> = g
        .trace
        .columns(p.audience)
        .iter()
        .filter_map(|&col| {
            let ids = by_column.get(&col)?;
            Some(UnitGroup {
                unit: Some(p.link(col)?),
                anchor: urls::goal_unit_anchor(g, col),
                cards: p.cards(ids),
            })
        })
        .collect();
    if !elsewhere.is_empty() {
        by_unit.push(UnitGroup {
            unit: None,
            anchor: urls::GOAL_OTHER_UNITS.into(),
            cards: p.cards(&elsewhere),
        });
    }

    // Indicators of the goal and its sub-goals, once each, in that order.
    let mut indicators: Vec<ItemId> = Vec::new();
    for d in g.goal_and_descendants(id) {
        for &i in g.goal(d).map_or(&[][..], |x| &x.indicators) {
            if !indicators.contains(&i) {
                indicators.push(i);
            }
        }
    }

    Some(GoalView {
        base: p.base(
            id,
            &[
                Kind::Goal,
                Kind::Strategy,
                Kind::Measure,
                Kind::Assignment,
                Kind::Indicator,
            ],
        ),
        plan: facts(p, goal.plan)?,
        description: p.markdown_field(goal.description.as_ref(), id),
        chain: chain(p, id),
        children: p.links(&goal.children),
        strategies: p.links(&goal.strategies),
        measures: p.links(&goal.measures),
        counts: counts(p, id),
        tree: {
            let mut rows = Vec::new();
            flatten(tree(p, id), 0, &mut rows);
            rows
        },
        by_unit,
        indicators: indicators
            .iter()
            .filter_map(|&i| indicator_summary(p, i, None))
            .collect(),
    })
}
