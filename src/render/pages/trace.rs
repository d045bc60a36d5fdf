//! The traceability pages, one for the municipality and one per plan: a goals × units matrix
//! (assignments per goal and unit, status in words and colour, each count a link) and the
//! coverage lists (goals, measures and verbalpunkt with no assignment, orphans, stale ties,
//! letters that gave nothing).
//!
//! Everything is counted from the [`Trace`](crate::model::Trace) lists as the audience sees
//! them: the open tree's matrix and lists never count an internal item. Cost per page:
//! O(assignments below the page's goals × columns each), each assignment's columns read
//! from an index.

use std::collections::HashMap;

use serde::Serialize;

use super::{Content, Spec, View};
use crate::model::coverage::{self, Scope, stale_ties};
use crate::model::vocab::{Kind, Stage};
use crate::model::*;
use crate::render::parts::PageCx;
use crate::render::parts::frame::{Crumb, Section};
use crate::render::parts::plans::{PlanFacts, facts};
use crate::render::parts::why::step_label;
use crate::render::urls;
use crate::render::view::{Card, Link, StatusView};

/// The municipality's page (`None`), or a plan's below it.
pub fn page(plan: Option<ItemId>) -> Spec {
    Spec::page("trace.html", "trace", Section::Trace, move |p| {
        let (title, crumbs) = match plan {
            None => (p.l("trace"), Vec::new()),
            Some(pl) => (
                format!("{}: {}", p.l("trace"), p.g.item(pl).title),
                vec![Crumb {
                    href: p.href(&urls::trace_path(p.g, None)),
                    title: p.l("trace"),
                }],
            ),
        };
        Content::new(title, crumbs, View::named("trace", &view(p, plan)))
    })
}

#[derive(Serialize)]
pub struct TraceView {
    /// The plan of a plan's page; `None` on the municipality's.
    pub plan: Option<PlanFacts>,
    /// On the municipality's page: every plan's own page.
    pub plans: Vec<PlanRow>,
    pub matrix: Matrix,
    pub coverage: CoverageView,
    pub data_json: String,
    pub data_csv: String,
}

#[derive(Serialize)]
pub struct PlanRow {
    pub facts: PlanFacts,
    pub href: String,
    pub goals: u32,
    pub uncovered: u32,
}

#[derive(Serialize)]
pub struct Matrix {
    pub columns: Vec<Link>,
    pub groups: Vec<RowGroup>,
}

#[derive(Serialize)]
pub struct RowGroup {
    pub label: String,
    pub rows: Vec<Row>,
}

#[derive(Serialize)]
pub struct Row {
    pub link: Link,
    pub kind_label: String,
    /// 0 for a goal at the top of the plan, 1 for its sub-goal, …
    pub depth: u32,
    pub cells: Vec<Cell>,
    pub total: Cell,
}

#[derive(Serialize, Default, Clone)]
pub struct Cell {
    pub count: u32,
    /// Where the assignments counted here are listed; `None` when there are none.
    pub href: Option<String>,
    pub statuses: Vec<StatusCount>,
    pub overdue: u32,
}

#[derive(Serialize, Clone)]
pub struct StatusCount {
    pub status: StatusView,
    pub count: u32,
}

#[derive(Serialize)]
pub struct CoverageView {
    pub municipality: bool,
    pub uncovered_goals: Vec<InPlan>,
    pub measures_without_assignment: Vec<InPlan>,
    pub verbal_without_assignment: Vec<InPlan>,
    pub orphans: Vec<Card>,
    pub stale: Vec<Stale>,
    pub letters_without_assignment: Vec<Card>,
}

/// A plan item and the plan it is written in.
#[derive(Serialize)]
pub struct InPlan {
    pub link: Link,
    pub kind_label: String,
    pub plan: Option<Link>,
}

#[derive(Serialize)]
pub struct Stale {
    pub card: Card,
    /// The goals of expired plans it is tied to.
    pub goals: Vec<Link>,
}

/// Counts one row: per column and in total, by status.
struct Tally<'a> {
    p: &'a PageCx<'a>,
    col_of: &'a HashMap<ItemId, usize>,
    by_status: Vec<Vec<u32>>,
    cells: Vec<Cell>,
    total: Cell,
    total_by_status: Vec<u32>,
}

impl<'a> Tally<'a> {
    fn new(p: &'a PageCx<'a>, col_of: &'a HashMap<ItemId, usize>, columns: usize) -> Self {
        let statuses = p.g.config.statuses.len();
        Tally {
            p,
            col_of,
            by_status: vec![vec![0; statuses]; columns],
            cells: vec![Cell::default(); columns],
            total: Cell::default(),
            total_by_status: vec![0; statuses],
        }
    }

    fn add(&mut self, a: ItemId) {
        let g = self.p.g;
        let Some(track) = g.tracking(a) else { return };
        for col in g.trace.assignment_columns(g, a, self.p.audience) {
            let Some(&c) = self.col_of.get(&col) else {
                continue;
            };
            self.cells[c].count += 1;
            self.cells[c].overdue += u32::from(track.overdue);
            if let Some(n) = self.by_status[c].get_mut(track.status) {
                *n += 1;
            }
        }
        self.total.count += 1;
        self.total.overdue += u32::from(track.overdue);
        if let Some(n) = self.total_by_status.get_mut(track.status) {
            *n += 1;
        }
    }

    fn statuses(&self, counts: &[u32]) -> Vec<StatusCount> {
        counts
            .iter()
            .enumerate()
            .filter(|&(_, &n)| n > 0)
            .filter_map(|(i, &n)| {
                Some(StatusCount {
                    status: self.p.status(i)?,
                    count: n,
                })
            })
            .collect()
    }

    /// The row's cells; `cell_href` gives the link of a column's cell, `total_href` the
    /// total's, used only where something is counted.
    fn finish(
        mut self,
        cell_href: impl Fn(usize) -> String,
        total_href: String,
    ) -> (Vec<Cell>, Cell) {
        for c in 0..self.cells.len() {
            self.cells[c].statuses = self.statuses(&self.by_status[c]);
            if self.cells[c].count > 0 {
                self.cells[c].href = Some(cell_href(c));
            }
        }
        self.total.statuses = self.statuses(&self.total_by_status);
        if self.total.count > 0 {
            self.total.href = Some(total_href);
        }
        (self.cells, self.total)
    }
}

struct Columns {
    ids: Vec<ItemId>,
    col_of: HashMap<ItemId, usize>,
}

fn columns(p: &PageCx) -> Columns {
    let ids: Vec<ItemId> =
        p.g.trace
            .columns(p.audience)
            .iter()
            .copied()
            .filter(|&c| p.visible(c))
            .collect();
    let col_of = ids.iter().enumerate().map(|(i, &c)| (c, i)).collect();
    Columns { ids, col_of }
}

/// A plan's goals in tree order (sub-goals in the same plan under their main goal), with
/// their depth. A goal whose main goal is in another plan, or hidden, starts a tree.
fn goals_in_order(p: &PageCx, plan: &Plan, plan_id: ItemId) -> Vec<(ItemId, u32)> {
    let g = p.g;
    let here = |x: ItemId| p.visible(x) && g.goal(x).is_some_and(|gl| gl.plan == plan_id);
    let mut out = Vec::new();
    let mut stack: Vec<(ItemId, u32)> = plan
        .goals
        .iter()
        .rev()
        .copied()
        .filter(|&x| here(x) && !g.goal(x).and_then(|gl| gl.parent).is_some_and(here))
        .map(|x| (x, 0))
        .collect();
    while let Some((x, depth)) = stack.pop() {
        out.push((x, depth));
        if let Some(gl) = g.goal(x) {
            stack.extend(
                gl.children
                    .iter()
                    .rev()
                    .filter(|&&c| here(c))
                    .map(|&c| (c, depth + 1)),
            );
        }
    }
    out
}

fn goal_row(p: &PageCx, cols: &Columns, goal: ItemId, depth: u32) -> Option<Row> {
    let g = p.g;
    let mut tally = Tally::new(p, &cols.col_of, cols.ids.len());
    for &a in g.trace.below(goal) {
        if p.visible(a) {
            tally.add(a);
        }
    }
    let page = urls::item_path(g, goal);
    let (cells, total) = tally.finish(
        |c| p.href(&urls::at(&page, &urls::goal_unit_anchor(g, cols.ids[c]))),
        p.href(&urls::at(&page, urls::GOAL_TREE)),
    );
    Some(Row {
        link: p.link(goal)?,
        kind_label: step_label(p, goal),
        depth,
        cells,
        total,
    })
}

/// A measure's or verbalpunkt's row: the one assignment that carries it out.
fn carried_row(p: &PageCx, cols: &Columns, id: ItemId, assignment: Option<ItemId>) -> Option<Row> {
    let mut tally = Tally::new(p, &cols.col_of, cols.ids.len());
    let visible = assignment.filter(|&a| p.visible(a));
    if let Some(a) = visible {
        tally.add(a);
    }
    let href = visible.map(|a| p.item_href(a)).unwrap_or_default();
    let (cells, total) = tally.finish(|_| href.clone(), href.clone());
    Some(Row {
        link: p.link(id)?,
        kind_label: p.kind_label(p.g.item(id).kind),
        depth: 0,
        cells,
        total,
    })
}

fn stage_rank(stage: Stage) -> u8 {
    match stage {
        Stage::Adopted => 0,
        Stage::Hearing => 1,
        Stage::Draft => 2,
        Stage::Expired => 3,
    }
}

fn plan_data(g: &Graph, id: ItemId) -> Option<&Plan> {
    match &g.item(id).data {
        Data::Plan(x) => Some(x),
        _ => None,
    }
}

fn in_plan(p: &PageCx, ids: &[ItemId]) -> Vec<InPlan> {
    ids.iter()
        .filter_map(|&id| {
            Some(InPlan {
                link: p.link(id)?,
                kind_label: step_label(p, id),
                plan: coverage::plan_of(p.g, id).and_then(|pl| p.link(pl)),
            })
        })
        .collect()
}

fn view(p: &PageCx, plan: Option<ItemId>) -> TraceView {
    let g = p.g;
    let cols = columns(p);
    let sees = |i: ItemId| p.visible(i);
    let mut groups = Vec::new();
    let mut plans = Vec::new();
    match plan {
        Some(pid) => {
            if let Some(pl) = plan_data(g, pid) {
                let rows = goals_in_order(p, pl, pid)
                    .into_iter()
                    .filter_map(|(goal, depth)| goal_row(p, &cols, goal, depth))
                    .collect::<Vec<_>>();
                let measures = pl
                    .measures
                    .iter()
                    .filter_map(|&m| match &g.item(m).data {
                        Data::Measure(x) => carried_row(p, &cols, m, x.assignment),
                        _ => None,
                    })
                    .collect::<Vec<_>>();
                let verbal = pl
                    .verbal
                    .iter()
                    .filter_map(|&v| match &g.item(v).data {
                        Data::Verbal(x) => carried_row(p, &cols, v, x.assignment),
                        _ => None,
                    })
                    .collect::<Vec<_>>();
                for (label, rows) in [("goals", rows), ("measures", measures), ("verbals", verbal)]
                {
                    if !rows.is_empty() {
                        groups.push(RowGroup {
                            label: p.l(label),
                            rows,
                        });
                    }
                }
            }
        }
        None => {
            // Plans in force first, then on hearing, drafts, and expired plans last; within a
            // stage in the order of `plan_kinds` (samfunnsdel before kommunedelplanar, …).
            let mut order: Vec<ItemId> = g.kind(Kind::Plan).to_vec();
            order.sort_by_key(|&pid| match plan_data(g, pid) {
                Some(x) => (stage_rank(x.stage), x.plan_kind.unwrap_or(usize::MAX)),
                None => (u8::MAX, usize::MAX),
            });
            for pid in order {
                let (Some(pl), Some(facts)) = (plan_data(g, pid), facts(p, pid)) else {
                    continue;
                };
                let order = goals_in_order(p, pl, pid);
                let uncovered = order
                    .iter()
                    .filter(|(goal, _)| !g.trace.below(*goal).iter().any(|&a| sees(a)))
                    .count() as u32;
                plans.push(PlanRow {
                    href: p.href(&urls::trace_path(g, Some(pid))),
                    goals: order.len() as u32,
                    uncovered,
                    facts,
                });
                let rows: Vec<Row> = order
                    .into_iter()
                    .filter_map(|(goal, depth)| goal_row(p, &cols, goal, depth))
                    .collect();
                if !rows.is_empty() {
                    groups.push(RowGroup {
                        label: g.item(pid).title.clone(),
                        rows,
                    });
                }
            }
        }
    }

    let scope = plan.map_or(Scope::Municipality, Scope::Plan);
    let c = coverage::coverage(g, scope, &sees);
    let coverage = CoverageView {
        municipality: plan.is_none(),
        uncovered_goals: in_plan(p, &c.uncovered_goals),
        measures_without_assignment: in_plan(p, &c.measures_without_assignment),
        verbal_without_assignment: in_plan(p, &c.verbal_without_assignment),
        orphans: p.cards(&c.orphans),
        stale: c
            .stale
            .iter()
            .filter_map(|&a| {
                Some(Stale {
                    card: p.card(a)?,
                    goals: p.links(&stale_ties(g, a, &sees)),
                })
            })
            .collect(),
        letters_without_assignment: p.cards(&c.letters_without_assignment),
    };
    TraceView {
        plan: plan.and_then(|pid| facts(p, pid)),
        plans,
        matrix: Matrix {
            columns: p.links(&cols.ids),
            groups,
        },
        coverage,
        data_json: p.href(urls::DATA_JSON),
        data_csv: p.href(urls::DATA_CSV),
    }
}
