//! The whole verksemdsplan of a unit on one page, ready to print or save as PDF: the six
//! elements of the seed document (oppdragsbrev, mål og strategiar, aktivitet, oppdrag og
//! oppgåver, sjekklister, rammer) with every body written out, not linked.
//!
//! In both trees: it shows what the unit's page shows, through the same audience filter.

use serde::Serialize;

use super::{Content, Page, Spec, View, What};
use crate::model::vocab::{AnswerKind, Audience, Kind};
use crate::model::*;
use crate::render::parts::PageCx;
use crate::render::parts::budget::{self, BudgetRow};
use crate::render::parts::frame::Section;
use crate::render::parts::indicator_figures::{IndicatorSummary, summary as indicator_summary};
use crate::render::parts::print::{GoalPrint, ITEM_LEVEL, UnitHead, goals, unit_head};
use crate::render::view::{Card, DateView, Link};

/// A plan for every unit the audience may see.
pub fn pages(g: &Graph, audience: Audience) -> Vec<Page> {
    g.kind(Kind::Unit)
        .iter()
        .filter(|&&u| audience.sees_id(g, u))
        .map(|&u| Page {
            path: crate::render::urls::verksemdsplan_path(g, u),
            what: What::Verksemdsplan(u),
        })
        .collect()
}

/// A unit's whole plan, titled "Verksemdsplan – UNIT".
pub fn page(u: ItemId) -> Spec {
    Spec::page(
        "verksemdsplan.html",
        "verksemdsplan",
        Section::None,
        move |p| {
            let title = format!("{} – {}", p.l("business_plan"), p.g.item(u).title);
            Content::new(title, Vec::new(), View::page(&view(p, u)))
        },
    )
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
        body: p.body_nested(id, ITEM_LEVEL),
    })
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
        body: p.body_nested(id, ITEM_LEVEL),
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
        body: p.body_nested(id, ITEM_LEVEL),
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

fn view(p: &PageCx, u: ItemId) -> Option<PlanPrintView> {
    let unit = p.g.unit(u)?;
    Some(PlanPrintView {
        unit: unit_head(p, u)?,
        body: p.body_nested(u, 1),
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
        budget: budget::rows(p, unit),
    })
}
