//! Assignments and their tasks: who owns and does them, what they serve, where they stand.

use serde::Serialize;

use super::Spec;
use crate::model::vocab::Kind;
use crate::model::*;
use crate::render::parts::PageCx;
use crate::render::parts::base::Base;
use crate::render::parts::frame::{self, Crumb};
use crate::render::parts::why::{self, WhyView};
use crate::render::urls;
use crate::render::view::{Card, Ctx, DateView, Link, StatusView};

/// An assignment's page, with its tasks as sections.
pub fn page(id: ItemId) -> Spec {
    Spec::item("assignment.html", Kind::Assignment, id, crumbs, view)
}

/// The organisation down to the unit that owns the assignment.
fn crumbs(v: &Ctx, id: ItemId) -> Vec<Crumb> {
    frame::unit_chain(v, v.g.assignment(id).and_then(|a| a.owner))
}

#[derive(Serialize)]
pub struct TrackView {
    pub status: Option<StatusView>,
    pub progress: Option<u8>,
    pub deadline: Option<DateView>,
    pub overdue: bool,
    pub history: Vec<HistoryRow>,
    /// The history's heading: `rt-history` at level 2 for the assignment, below a task's own
    /// heading (level 3) with the task's id in front for a task.
    pub history_id: String,
    pub history_level: u8,
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
    /// Each task as a section of the page (a task has no page of its own).
    pub tasks: Vec<TaskView>,
    /// Every path up to the plans.
    pub why: WhyView,
}

/// A task, as a section of its assignment's page: its heading's `id` is the task's id, the
/// anchor every link to the task points at.
#[derive(Serialize)]
pub struct TaskView {
    pub card: Card,
    pub track: TrackView,
    pub responsible_unit: Option<Link>,
    pub responsible_person: Option<String>,
    /// The person's Min side, in the internal tree.
    pub responsible_person_href: Option<String>,
    pub exemption: Option<String>,
    pub description: Option<String>,
    /// What refers to the task besides its reports (shown in its history).
    pub referenced_by: Vec<crate::render::parts::base::Group>,
}

fn track(p: &PageCx, t: &Tracking, task: Option<&str>) -> TrackView {
    TrackView {
        history_id: task.map_or_else(|| "rt-history".into(), |k| format!("{k}-history")),
        history_level: if task.is_some() { 4 } else { 2 },
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
                    period_label: h.period.label(p.labels),
                    status: h.status.and_then(|s| p.status(s)),
                    progress: h.progress,
                    comment: h.comment.clone(),
                })
            })
            .collect(),
    }
}

fn view(p: &PageCx, id: ItemId) -> Option<AssignmentView> {
    let g = p.g;
    let a = g.assignment(id)?;
    let (source_link, source_text) = match &a.source {
        Source::Item(s) => (p.link(*s), None),
        Source::Text(t) => (None, p.source_text(t).map(str::to_string)),
        Source::None => (None, None),
    };
    Some(AssignmentView {
        base: p.base(id, &[Kind::Task, Kind::Report]),
        track: track(p, &a.track, None),
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
        tasks: a.tasks.iter().filter_map(|&t| task_view(p, t)).collect(),
        why: why::view(p, id, None),
    })
}

fn task_view(p: &PageCx, id: ItemId) -> Option<TaskView> {
    let g = p.g;
    let card = p.card(id)?;
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
        Responsible::Person(name) if p.audience.sees_staff_tools() => {
            g.people.find(name).map(|i| {
                p.href(&urls::min_side_person_path(
                    p.lang(),
                    &g.people.list[i].slug,
                ))
            })
        }
        _ => None,
    };
    let base = p.base_under(id, &[Kind::Report], 3);
    Some(TaskView {
        card,
        responsible_person_href,
        track: track(p, &t.track, Some(&g.item(id).key)),
        responsible_unit,
        responsible_person,
        exemption: base.exemption,
        // Under the task's own heading (level 3), its heading ids prefixed with its id so
        // that they cannot take another section's anchor.
        description: p.markdown_field_nested(t.description.as_ref(), id, 3),
        referenced_by: base.referenced_by,
    })
}
