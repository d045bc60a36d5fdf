//! The whole verksemdsplan of a unit on one page, ready to print or save as PDF: the six
//! elements of the seed document (oppdragsbrev, mål og strategiar, aktivitet, oppdrag og
//! oppgåver, sjekklister, rammer) with every body written out, not linked.
//!
//! In both trees: it shows what the unit's page shows, through the same audience filter.

use serde::Serialize;

use super::common::PageCx;
use super::indicator::{IndicatorSummary, summary as indicator_summary};
use super::unit::{BudgetRow, goal_refs};
use super::{Page, What};
use crate::model::vocab::{AnswerKind, Audience, Kind};
use crate::model::*;
use crate::render::view::{Card, DateView, Link};

pub fn pages(g: &Graph, audience: Audience) -> Vec<Page> {
    g.kind(Kind::Unit)
        .iter()
        .filter(|&&u| audience.sees_id(g, u))
        .map(|&u| Page {
            path: path(g, u),
            what: What::PrintPlan(u),
        })
        .collect()
}

pub fn path(g: &Graph, u: ItemId) -> String {
    crate::render::urls::print_path(g, u)
}

/// The unit at the top of a printed page.
#[derive(Serialize)]
pub struct UnitHead {
    pub link: Link,
    pub title: String,
    pub summary: Option<String>,
    pub level: Option<String>,
    pub leader_role: Option<String>,
    pub leader_name: Option<String>,
    pub parent: Option<Link>,
}

pub fn unit_head(p: &PageCx, u: ItemId) -> Option<UnitHead> {
    let unit = p.g.unit(u)?;
    let item = p.g.item(u);
    let leader = unit.leader.as_ref();
    Some(UnitHead {
        link: p.link(u)?,
        title: item.title.clone(),
        summary: item.summary.clone(),
        level: unit.level.clone(),
        leader_role: leader.and_then(|l| l.role.clone()),
        leader_name: p.person(leader.and_then(|l| l.name.as_deref())),
        parent: unit.parent.and_then(|x| p.link(x)),
    })
}

#[derive(Serialize)]
pub struct LetterPrint {
    pub link: Link,
    pub year: Option<i32>,
    pub date: Option<DateView>,
    pub from: Option<Link>,
    pub to: Vec<Link>,
    pub body: Option<String>,
}

#[derive(Serialize)]
pub struct GoalPrint {
    pub link: Link,
    pub plan: Option<Link>,
    pub description: Option<String>,
    pub strategies: Vec<StrategyPrint>,
}

#[derive(Serialize)]
pub struct StrategyPrint {
    pub link: Link,
    pub description: Option<String>,
}

#[derive(Serialize)]
pub struct AssignmentPrint {
    pub card: Card,
    pub category: String,
    pub owner: Option<Link>,
    pub assigned_to: Vec<Link>,
    pub goals: Vec<Link>,
    pub strategies: Vec<Link>,
    pub body: Option<String>,
    pub tasks: Vec<TaskPrint>,
}

#[derive(Serialize)]
pub struct TaskPrint {
    pub card: Card,
    /// A unit's name or a person's (where names may be shown).
    pub responsible: Option<String>,
}

#[derive(Serialize)]
pub struct ChecklistPrint {
    pub link: Link,
    pub year: Option<i32>,
    pub body: Option<String>,
    pub items: Vec<CheckPrint>,
}

#[derive(Serialize)]
pub struct CheckPrint {
    pub purpose: Option<String>,
    pub group: Option<String>,
    pub question: String,
    pub answer_kind: String,
}

#[derive(Serialize)]
pub struct PlanPrintView {
    pub unit: UnitHead,
    pub body: Option<String>,
    pub letters_to: Vec<LetterPrint>,
    pub letters_from: Vec<LetterPrint>,
    pub goals: Vec<GoalPrint>,
    pub indicators: Vec<IndicatorSummary>,
    pub assignments: Vec<AssignmentPrint>,
    pub checklists: Vec<ChecklistPrint>,
    pub budget: Vec<BudgetRow>,
}

/// The heading level of each item written out on a printed page (its title is an `<h3>` in
/// a part's `<h2>` section): a `#` in its body or description comes out as an `<h4>`.
pub const ITEM_LEVEL: u8 = 3;

/// An item's body written out inside the page, under a heading of level `shift` (see
/// [`ITEM_LEVEL`]), its ids prefixed with the item's key so that several bodies never share
/// an id.
pub fn body_of(p: &PageCx, id: ItemId, shift: u8) -> Option<String> {
    let item = p.g.item(id);
    let b = item.body.as_ref()?;
    Some(
        p.markdown_nested(&b.markdown, p.g.dir_of(id), shift, Some(&item.key))
            .html,
    )
}

fn letter(p: &PageCx, id: ItemId) -> Option<LetterPrint> {
    let Data::Letter(l) = &p.g.item(id).data else {
        return None;
    };
    Some(LetterPrint {
        link: p.link(id)?,
        year: l.year,
        date: p.date_opt(l.date),
        from: l.from.and_then(|u| p.link(u)),
        to: p.links(&l.to),
        body: body_of(p, id, ITEM_LEVEL),
    })
}

/// The goals and strategies `assignments` serve, with their descriptions.
pub fn goals(p: &PageCx, assignments: &[ItemId]) -> Vec<GoalPrint> {
    let g = p.g;
    goal_refs(p, assignments)
        .into_iter()
        .map(|r| {
            let description = g.lookup(&r.goal.key).and_then(|id| {
                let goal = g.goal(id)?;
                p.markdown_field_nested(goal.description.as_ref(), id, ITEM_LEVEL)
            });
            let strategies = r
                .strategies
                .into_iter()
                .map(|s| {
                    let description = g.lookup(&s.key).and_then(|id| {
                        let strategy = g.strategy(id)?;
                        p.markdown_field_nested(strategy.description.as_ref(), id, ITEM_LEVEL)
                    });
                    StrategyPrint {
                        link: s,
                        description,
                    }
                })
                .collect();
            GoalPrint {
                link: r.goal,
                plan: r.plan,
                description,
                strategies,
            }
        })
        .collect()
}

fn responsible(p: &PageCx, t: &Task) -> Option<String> {
    match &t.responsible {
        Responsible::Unit(u) => p.link(*u).map(|l| l.title),
        Responsible::Person(name) => p.person(Some(p.g.people.shown(name))),
        Responsible::None => None,
    }
}

fn assignment(p: &PageCx, id: ItemId) -> Option<AssignmentPrint> {
    let g = p.g;
    let a = g.assignment(id)?;
    Some(AssignmentPrint {
        card: p.card(id)?,
        category: g
            .config
            .categories
            .get(a.category)
            .map(|c| c.label.clone())
            .unwrap_or_default(),
        owner: a.owner.and_then(|o| p.link(o)),
        assigned_to: p.links(&a.assigned_to),
        goals: p.links(&a.goals),
        strategies: p.links(&a.strategies),
        body: body_of(p, id, ITEM_LEVEL),
        tasks: a
            .tasks
            .iter()
            .filter_map(|&t| {
                let Data::Task(task) = &g.item(t).data else {
                    return None;
                };
                Some(TaskPrint {
                    card: p.card(t)?,
                    responsible: responsible(p, task),
                })
            })
            .collect(),
    })
}

fn checklist(p: &PageCx, id: ItemId) -> Option<ChecklistPrint> {
    let g = p.g;
    let Data::Checklist(c) = &g.item(id).data else {
        return None;
    };
    Some(ChecklistPrint {
        link: p.link(id)?,
        year: c.year,
        body: body_of(p, id, ITEM_LEVEL),
        items: c
            .items
            .iter()
            .filter(|&&i| p.visible(i))
            .filter_map(|&i| {
                let Data::CheckItem(ci) = &g.item(i).data else {
                    return None;
                };
                Some(CheckPrint {
                    purpose: ci.purpose.clone(),
                    group: ci.group.clone(),
                    question: g.item(i).title.clone(),
                    answer_kind: p.l(match ci.answer_kind {
                        AnswerKind::YesNo => "answer_kind_yesno",
                        AnswerKind::Text => "answer_kind_text",
                    }),
                })
            })
            .collect(),
    })
}

pub fn budget(p: &PageCx, unit: &Unit) -> Vec<BudgetRow> {
    let mut rows: Vec<BudgetRow> = unit
        .budget
        .iter()
        .map(|b| BudgetRow {
            year: b.year,
            amount: p.amount(b.amount),
            amount_raw: b.amount,
            note: b.note.clone(),
        })
        .collect();
    rows.sort_by_key(|b| b.year);
    rows
}

pub fn view(p: &PageCx, u: ItemId) -> Option<PlanPrintView> {
    let unit = p.g.unit(u)?;
    Some(PlanPrintView {
        unit: unit_head(p, u)?,
        body: body_of(p, u, 1),
        letters_to: unit
            .letters_to
            .iter()
            .filter_map(|&l| letter(p, l))
            .collect(),
        letters_from: unit
            .letters_from
            .iter()
            .filter_map(|&l| letter(p, l))
            .collect(),
        goals: goals(p, &unit.assignments),
        indicators: unit
            .all_indicators()
            .into_iter()
            .filter_map(|i| indicator_summary(p, i, Some(u)))
            .collect(),
        assignments: unit
            .assignments
            .iter()
            .filter_map(|&a| assignment(p, a))
            .collect(),
        checklists: unit
            .checklists
            .iter()
            .filter_map(|&c| checklist(p, c))
            .collect(),
        budget: budget(p, unit),
    })
}
