//! A plan's page: what is written in it (goals, strategies, measures (tiltak) and
//! verbalpunkt), with its facts and a link to its traceability page.

use serde::Serialize;

use super::Spec;
use crate::model::vocab::Kind;
use crate::model::*;
use crate::render::parts::base::Base;
use crate::render::parts::plans::{PlanFacts, facts, plan};
use crate::render::parts::{PageCx, frame};
use crate::render::view::{Card, DateView, Link};

/// A plan's page.
pub fn page(id: ItemId) -> Spec {
    Spec::item("plan.html", Kind::Plan, id, frame::in_index, view)
}

#[derive(Serialize)]
pub struct PlanView {
    pub base: Base,
    pub facts: PlanFacts,
    /// The plan's traceability page.
    pub trace: String,
    pub goals: Vec<GoalNode>,
    pub strategies: Vec<StrategyRow>,
    pub measure_years: Vec<i32>,
    /// v1.2: each year's sum over the measures (aligned with `measure_years`), and the sum
    /// of all; `None` when no measure has amounts.
    pub measure_year_totals: Vec<String>,
    pub measure_total: Option<String>,
    pub measures: Vec<MeasureRow>,
    pub verbal: Vec<VerbalRow>,
}

#[derive(Serialize)]
pub struct GoalNode {
    pub link: Link,
    pub description: Option<String>,
    /// The main goal in another plan this goal is a sub-goal of.
    pub parent_elsewhere: Option<Link>,
    pub children: Vec<GoalNode>,
}

#[derive(Serialize)]
pub struct StrategyRow {
    pub link: Link,
    pub description: Option<String>,
    pub goals: Vec<Link>,
}

#[derive(Serialize)]
pub struct MeasureRow {
    pub link: Link,
    pub description: Option<String>,
    pub goals: Vec<Link>,
    pub strategies: Vec<Link>,
    pub owner: Option<Link>,
    /// Aligned with `measure_years`.
    pub amounts: Vec<Option<String>>,
    /// The sum of the measure's amounts over the years.
    pub total: Option<String>,
    pub priority: bool,
    pub assignment: Option<Card>,
}

#[derive(Serialize)]
pub struct VerbalRow {
    pub link: Link,
    pub owner: Option<Link>,
    pub case: Option<String>,
    /// v1.2: the case in the municipality's portal (`case_url`).
    pub case_href: Option<String>,
    pub adopted: Option<DateView>,
    pub assignment: Option<Card>,
}

fn goal_node(p: &PageCx, id: ItemId, plan_id: ItemId, depth: usize) -> Option<GoalNode> {
    let goal = p.g.goal(id)?;
    let children = if depth < 16 {
        goal.children
            .iter()
            .filter(|&&c| p.g.goal(c).is_some_and(|cg| cg.plan == plan_id))
            .filter_map(|&c| goal_node(p, c, plan_id, depth + 1))
            .collect()
    } else {
        Vec::new()
    };
    Some(GoalNode {
        link: p.link(id)?,
        description: p.markdown_field_nested(goal.description.as_ref(), id, 2),
        parent_elsewhere: goal
            .parent
            .filter(|&par| p.g.goal(par).is_some_and(|pg| pg.plan != plan_id))
            .and_then(|par| p.link(par)),
        children,
    })
}

fn view(p: &PageCx, id: ItemId) -> Option<PlanView> {
    let g = p.g;
    let pl = plan(g, id)?;
    // Top of this plan's goal tree: goals whose parent is not in this plan, or is a goal this
    // audience does not see (a public sub-goal of an internal goal stands on its own).
    let goals = pl
        .goals
        .iter()
        .filter(|&&gl| {
            g.goal(gl)
                .and_then(|x| x.parent)
                .is_none_or(|par| g.goal(par).is_none_or(|pg| pg.plan != id) || !p.visible(par))
        })
        .filter_map(|&gl| goal_node(p, gl, id, 0))
        .collect();
    let strategies = pl
        .strategies
        .iter()
        .filter_map(|&s| {
            let st = g.strategy(s)?;
            Some(StrategyRow {
                link: p.link(s)?,
                description: p.markdown_field_nested(st.description.as_ref(), s, 2),
                goals: p.links(&st.goals),
            })
        })
        .collect();
    let mut measure_years: Vec<i32> = pl
        .measures
        .iter()
        .filter(|&&m| p.visible(m))
        .filter_map(|&m| match &g.item(m).data {
            Data::Measure(ms) => Some(ms.amounts.iter().map(|a| a.0).collect::<Vec<_>>()),
            _ => None,
        })
        .flatten()
        .collect();
    measure_years.sort();
    measure_years.dedup();
    let measures = pl
        .measures
        .iter()
        .filter_map(|&m| {
            let Data::Measure(ms) = &g.item(m).data else {
                return None;
            };
            Some(MeasureRow {
                link: p.link(m)?,
                description: p.markdown_field_nested(ms.description.as_ref(), m, 2),
                goals: p.links(&ms.goals),
                strategies: p.links(&ms.strategies),
                owner: ms.owner.and_then(|o| p.link(o)),
                amounts: measure_years
                    .iter()
                    .map(|y| {
                        ms.amounts
                            .iter()
                            .find(|a| a.0 == *y)
                            .map(|a| p.amount_bare(a.1))
                    })
                    .collect(),
                total: (!ms.amounts.is_empty())
                    .then(|| p.amount_bare(ms.amounts.iter().map(|a| a.1).sum())),
                priority: ms.priority,
                assignment: ms.assignment.and_then(|a| p.card(a)),
            })
        })
        .collect();
    let verbal = pl
        .verbal
        .iter()
        .filter_map(|&v| {
            let Data::Verbal(vb) = &g.item(v).data else {
                return None;
            };
            Some(VerbalRow {
                link: p.link(v)?,
                owner: vb.owner.and_then(|o| p.link(o)),
                case: vb.case.clone(),
                case_href: p.case_href(vb.case.as_deref()),
                adopted: p.date_opt(vb.adopted),
                assignment: vb.assignment.and_then(|a| p.card(a)),
            })
        })
        .collect();
    Some(PlanView {
        base: p.base(id, &[]),
        facts: facts(p, id)?,
        trace: p.href(&crate::render::urls::trace_path(g, Some(id))),
        goals,
        strategies,
        measure_year_totals: measure_years
            .iter()
            // The table's headings say "(kr)", so its cells hold bare numbers.
            .map(|y| {
                p.amount_bare(
                    pl.measures
                        .iter()
                        .filter(|&&m| p.visible(m))
                        .filter_map(|&m| match &g.item(m).data {
                            Data::Measure(ms) => ms.amounts.iter().find(|a| a.0 == *y).map(|a| a.1),
                            _ => None,
                        })
                        .sum(),
                )
            })
            .collect(),
        measure_total: (!measure_years.is_empty()).then(|| {
            p.amount_bare(
                pl.measures
                    .iter()
                    .filter(|&&m| p.visible(m))
                    .filter_map(|&m| match &g.item(m).data {
                        Data::Measure(ms) => Some(ms.amounts.iter().map(|a| a.1).sum::<i64>()),
                        _ => None,
                    })
                    .sum(),
            )
        }),
        measure_years,
        measures,
        verbal,
    })
}
