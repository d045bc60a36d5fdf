//! Plans and what is written in them: goals, strategies, measures (tiltak) and verbalpunkt.

use serde::Serialize;

use crate::model::vocab::Kind;
use crate::model::*;
use crate::render::parts::PageCx;
use crate::render::parts::base::Base;
use crate::render::parts::plans::{PlanFacts, facts, plan};
use crate::render::parts::political;
use crate::render::view::{Card, DateView, Link};

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

pub fn view(p: &PageCx, id: ItemId) -> Option<PlanView> {
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

#[derive(Serialize)]
pub struct StrategyView {
    pub base: Base,
    pub plan: PlanFacts,
    pub description: Option<String>,
    pub goals: Vec<Link>,
    pub measures: Vec<Link>,
    pub assignments: Vec<Card>,
}

pub fn strategy_view(p: &PageCx, id: ItemId) -> Option<StrategyView> {
    let s = p.g.strategy(id)?;
    Some(StrategyView {
        base: p.base(id, &[Kind::Measure, Kind::Assignment]),
        plan: facts(p, s.plan)?,
        description: p.markdown_field(s.description.as_ref(), id),
        goals: p.links(&s.goals),
        measures: p.links(&s.measures),
        assignments: p.cards(&s.assignments),
    })
}

#[derive(Serialize)]
pub struct MeasureView {
    pub base: Base,
    pub plan: PlanFacts,
    pub description: Option<String>,
    pub goals: Vec<Link>,
    pub strategies: Vec<Link>,
    pub owner: Option<Link>,
    pub amounts: Vec<(i32, String)>,
    /// The sum of `amounts` over the years.
    pub amounts_total: Option<String>,
    pub priority: bool,
    pub assignment: Option<Card>,
    /// Where carrying it out stands (v1.2), or why there is no status.
    pub standing: political::Standing,
}

pub fn measure_view(p: &PageCx, id: ItemId) -> Option<MeasureView> {
    let Data::Measure(m) = &p.g.item(id).data else {
        return None;
    };
    Some(MeasureView {
        base: p.base(id, &[Kind::Assignment]),
        plan: facts(p, m.plan)?,
        description: p.markdown_field(m.description.as_ref(), id),
        goals: p.links(&m.goals),
        strategies: p.links(&m.strategies),
        owner: m.owner.and_then(|o| p.link(o)),
        amounts: m.amounts.iter().map(|&(y, a)| (y, p.amount(a))).collect(),
        amounts_total: (!m.amounts.is_empty())
            .then(|| p.amount(m.amounts.iter().map(|&(_, a)| a).sum())),
        priority: m.priority,
        assignment: m.assignment.and_then(|a| p.card(a)),
        standing: political::standing(p, m.assignment, None),
    })
}

#[derive(Serialize)]
pub struct VerbalView {
    pub base: Base,
    pub plan: PlanFacts,
    pub description: Option<String>,
    pub owner: Option<Link>,
    pub case: Option<String>,
    /// v1.2: the case in the municipality's portal (`case_url`).
    pub case_href: Option<String>,
    pub adopted: Option<DateView>,
    pub assignment: Option<Card>,
    /// Where carrying it out stands: status, latest comment, new deadline (v1.2).
    pub standing: political::Standing,
}

pub fn verbal_view(p: &PageCx, id: ItemId) -> Option<VerbalView> {
    let Data::Verbal(v) = &p.g.item(id).data else {
        return None;
    };
    Some(VerbalView {
        base: p.base(id, &[Kind::Assignment]),
        plan: facts(p, v.plan)?,
        description: p.markdown_field(v.description.as_ref(), id),
        owner: v.owner.and_then(|o| p.link(o)),
        case: v.case.clone(),
        case_href: p.case_href(v.case.as_deref()),
        adopted: p.date_opt(v.adopted),
        assignment: v.assignment.and_then(|a| p.card(a)),
        standing: political::standing(p, v.assignment, None),
    })
}
