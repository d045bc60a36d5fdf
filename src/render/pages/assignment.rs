//! Assignments and their tasks: who owns and does them, what they serve, where they stand.

use serde::Serialize;

use super::common::{Base, PageCx};
use super::why::{self, WhyView};
use crate::model::vocab::Kind;
use crate::model::*;
use crate::render::view::{Card, DateView, Link, StatusView};

#[derive(Serialize)]
pub struct TrackView {
    pub status: Option<StatusView>,
    pub progress: Option<u8>,
    pub deadline: Option<DateView>,
    pub overdue: bool,
    pub history: Vec<HistoryRow>,
}

#[derive(Serialize)]
pub struct HistoryRow {
    pub report: Link,
    pub period_label: String,
    pub status: Option<StatusView>,
    pub progress: Option<u8>,
    pub comment: Option<String>,
}

#[derive(Serialize)]
pub struct AssignmentView {
    pub base: Base,
    pub track: TrackView,
    pub year: Option<i32>,
    pub category: String,
    pub automatic: bool,
    pub owner: Option<Link>,
    pub assigned_to: Vec<Link>,
    pub goals: Vec<Link>,
    pub strategies: Vec<Link>,
    pub source_link: Option<Link>,
    pub source_text: Option<String>,
    pub letter: Option<Link>,
    pub tasks: Vec<Card>,
    /// Every path up to the plans.
    pub why: WhyView,
}

#[derive(Serialize)]
pub struct TaskView {
    pub base: Base,
    pub track: TrackView,
    pub assignment: Option<Card>,
    pub responsible_unit: Option<Link>,
    pub responsible_person: Option<String>,
    /// The person's Min side, in the internal tree.
    pub responsible_person_href: Option<String>,
    pub description: Option<String>,
    /// Every path of its assignment up to the plans, through the assignment.
    pub why: WhyView,
}

fn track(p: &PageCx, t: &Tracking) -> TrackView {
    TrackView {
        status: p.status(t.status),
        progress: t.progress,
        deadline: p.date_opt(t.deadline),
        overdue: t.overdue,
        history: t
            .history
            .iter()
            .rev()
            .filter_map(|h| {
                Some(HistoryRow {
                    report: p.link(h.report)?,
                    period_label: h.period.label(p.lang()),
                    status: h.status.and_then(|s| p.status(s)),
                    progress: h.progress,
                    comment: h.comment.clone(),
                })
            })
            .collect(),
    }
}

pub fn view(p: &PageCx, id: ItemId) -> Option<AssignmentView> {
    let g = p.g;
    let a = g.assignment(id)?;
    let (source_link, source_text) = match &a.source {
        Source::Item(s) => (p.link(*s), None),
        Source::Text(t) => (None, p.source_text(t).map(str::to_string)),
        Source::None => (None, None),
    };
    Some(AssignmentView {
        base: p.base(id, &[Kind::Task, Kind::Report]),
        track: track(p, &a.track),
        year: a.year,
        category: g
            .config
            .categories
            .get(a.category)
            .map(|c| c.label.clone())
            .unwrap_or_default(),
        automatic: a.automatic,
        owner: a.owner.and_then(|o| p.link(o)),
        assigned_to: p.links(&a.assigned_to),
        goals: p.links(&a.goals),
        strategies: p.links(&a.strategies),
        source_link,
        source_text,
        letter: a.letter.and_then(|l| p.link(l)),
        tasks: p.cards(&a.tasks),
        why: why::view(p, id, None),
    })
}

pub fn task_view(p: &PageCx, id: ItemId) -> Option<TaskView> {
    let g = p.g;
    let Data::Task(t) = &g.item(id).data else {
        return None;
    };
    let (responsible_unit, responsible_person) = match &t.responsible {
        Responsible::Unit(u) => (p.link(*u), None),
        Responsible::Person(name) => match p.person(Some(g.people.shown(name))) {
            Some(n) => (None, Some(n)),
            // Where names may not be shown, the unit doing the assignment is.
            None => (
                g.assignment(t.assignment)
                    .and_then(|a| a.assigned_to.first().copied().or(a.owner))
                    .and_then(|u| p.link(u)),
                None,
            ),
        },
        Responsible::None => (None, None),
    };
    let responsible_person_href = match &t.responsible {
        Responsible::Person(name) if p.audience == crate::model::vocab::Audience::Internal => g
            .people
            .find(name)
            .map(|i| p.href(&super::min_side::person_path(&g.people.list[i]))),
        _ => None,
    };
    Some(TaskView {
        responsible_person_href,
        base: p.base(id, &[Kind::Report]),
        track: track(p, &t.track),
        assignment: p.card(t.assignment),
        responsible_unit,
        responsible_person,
        description: p.markdown_field(t.description.as_ref(), id),
        why: why::view(p, t.assignment, Some(t.assignment)),
    })
}
