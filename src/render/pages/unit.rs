//! A unit's page: its verksemdsplan, with the six elements of the seed document
//! (oppdragsbrev, mål og strategiar, aktivitet, oppdrag og oppgåver, sjekklister, rammer),
//! its place in the organisation and its status with the units below.

use serde::Serialize;

use super::Spec;
use crate::model::vocab::Kind;
use crate::model::*;
use crate::render::parts::PageCx;
use crate::render::parts::base::Base;
use crate::render::parts::budget::{self, BudgetRow};
use crate::render::parts::frame::{self, Crumb};
use crate::render::parts::goals_served::{GoalRef, goal_refs};
use crate::render::parts::indicator_figures::{IndicatorSummary, summary as indicator_summary};
use crate::render::parts::report_forms::{self, FormLink};
use crate::render::parts::stats::StatsView;
use crate::render::urls;
use crate::render::view::{Card, Ctx, Link};

/// A unit's page.
pub fn page(id: ItemId) -> Spec {
    Spec::item("unit.html", Kind::Unit, id, crumbs, view)
}

/// The units' index, then the organisation down to the unit above.
fn crumbs(v: &Ctx, id: ItemId) -> Vec<Crumb> {
    let mut out = vec![frame::index_crumb(v, Kind::Unit)];
    out.extend(frame::unit_chain(v, v.g.unit(id).and_then(|u| u.parent)));
    out
}

#[derive(Serialize)]
pub struct UnitView {
    pub base: Base,
    pub level: Option<String>,
    pub leader_role: Option<String>,
    pub leader_name: Option<String>,
    pub parent: Option<Link>,
    pub ancestors: Vec<Link>,
    pub children: Vec<ChildUnit>,
    pub letters_to: Vec<Card>,
    pub letters_from: Vec<Card>,
    pub goals: Vec<GoalRef>,
    pub indicators: Vec<IndicatorSummary>,
    pub assignments: Vec<AssignmentRow>,
    pub tasks_elsewhere: Vec<Card>,
    pub checklists: Vec<Link>,
    pub budget: Vec<BudgetRow>,
    /// v1.2: each year's frames, the unit's own and with the units below (when it has any).
    pub budget_totals: Vec<FrameTotal>,
    pub reports: Vec<Card>,
    pub plans: Vec<Link>,
    pub stats: StatsView,
    pub tools: Tools,
    /// The unit's status overview page.
    pub status_href: String,
    /// Its report forms (internal tree).
    pub report_forms: Vec<FormLink>,
}

/// Other pages of the unit: its plan for printing and its calendar (both trees), its Min side
/// and its leader's Min side and agreement (internal tree).
#[derive(Serialize)]
pub struct Tools {
    pub print: String,
    pub calendar: String,
    pub min_side: Option<String>,
    pub leader_min_side: Option<String>,
    pub agreement: Option<String>,
}

#[derive(Serialize)]
pub struct ChildUnit {
    pub link: Link,
    pub level: Option<String>,
    pub stats: StatsView,
}

#[derive(Serialize)]
pub struct AssignmentRow {
    pub card: Card,
    pub owner_is_unit: bool,
    pub tasks: Vec<Card>,
}

fn view(p: &PageCx, id: ItemId) -> Option<UnitView> {
    let g = p.g;
    let unit = g.unit(id)?;
    let shown = [
        Kind::Unit,
        Kind::Assignment,
        Kind::Task,
        Kind::Letter,
        Kind::Report,
        Kind::Indicator,
        Kind::Plan,
    ];
    let leader = unit.leader.as_ref();
    let mut ancestors: Vec<Link> = g
        .unit_ancestors(id)
        .into_iter()
        .skip(1)
        .filter_map(|u| p.link(u))
        .collect();
    ancestors.reverse();

    let goals = goal_refs(p, &unit.assignments);

    let assignments = unit
        .assignments
        .iter()
        .filter_map(|&a| {
            let card = p.card(a)?;
            let assignment = g.assignment(a)?;
            Some(AssignmentRow {
                card,
                owner_is_unit: assignment.owner == Some(id),
                tasks: p.cards(&assignment.tasks),
            })
        })
        .collect();
    // Tasks this unit is responsible for in assignments it is not part of.
    let tasks_elsewhere = unit
        .tasks
        .iter()
        .copied()
        .filter(|&t| {
            let Data::Task(task) = &g.item(t).data else {
                return false;
            };
            !unit.assignments.contains(&task.assignment)
        })
        .filter_map(|t| p.card(t))
        .collect();

    let mut reports: Vec<ItemId> = unit.reports.clone();
    reports.sort_by_key(|&r| match &g.item(r).data {
        Data::Report(rep) => std::cmp::Reverse((rep.period.map(|p| p.end()), rep.date)),
        _ => std::cmp::Reverse((None, None)),
    });

    let children = p
        .units_below(id)
        .iter()
        .filter_map(|&c| {
            Some(ChildUnit {
                link: p.link(c)?,
                level: g.unit(c)?.level.clone(),
                stats: p.stats(&g.unit(c)?.stats),
            })
        })
        .collect();

    let budget = budget::rows(p, unit);
    let budget_totals = frame_totals(p, id);

    let internal = p.audience.sees_staff_tools();
    let tools = Tools {
        print: p.href(&urls::verksemdsplan_path(g, id)),
        calendar: p.href(&urls::calendar_path(g, Some(id))),
        min_side: internal.then(|| p.href(&urls::min_side_unit_path(g, id))),
        leader_min_side: leader
            .and_then(|l| l.name.as_deref())
            .and_then(|n| g.people.find(n))
            .filter(|_| internal)
            .map(|i| {
                p.href(&urls::min_side_person_path(
                    p.lang(),
                    &g.people.list[i].slug,
                ))
            }),
        agreement: (internal && leader.is_some()).then(|| p.href(&urls::leiaravtale_path(g, id))),
    };
    Some(UnitView {
        tools,
        base: p.base(id, &shown),
        level: unit.level.clone(),
        leader_role: leader.and_then(|l| l.role.clone()),
        leader_name: p.person(leader.and_then(|l| l.name.as_deref())),
        parent: unit.parent.and_then(|u| p.link(u)),
        ancestors,
        children,
        letters_to: p.cards(&unit.letters_to),
        letters_from: p.cards(&unit.letters_from),
        goals,
        indicators: unit
            .all_indicators()
            .into_iter()
            .filter_map(|i| indicator_summary(p, i, Some(id)))
            .collect(),
        assignments,
        tasks_elsewhere,
        checklists: p.links(&unit.checklists),
        budget,
        budget_totals,
        reports: p.cards(&reports),
        plans: p.links(&unit.plans),
        stats: p.stats(&unit.stats),
        status_href: p.href(&urls::unit_status_path(g, id)),
        report_forms: report_forms::links(p, id),
    })
}

#[derive(Serialize)]
pub struct FrameTotal {
    pub year: i32,
    pub own: Option<String>,
    pub with_below: String,
}

/// The frames of every year some unit of the subtree has, for a unit with units below.
fn frame_totals(p: &PageCx, id: ItemId) -> Vec<FrameTotal> {
    let g = p.g;
    if p.units_below(id).is_empty() {
        return Vec::new();
    }
    let sees = |i: ItemId| p.visible(i);
    let mut years: Vec<i32> = g
        .unit_subtree(id)
        .into_iter()
        .filter(|&u| p.visible(u))
        .filter_map(|u| g.unit(u))
        .flat_map(|u| u.budget.iter().map(|b| b.year))
        .collect();
    years.sort_unstable();
    years.dedup();
    years
        .into_iter()
        .filter_map(|y| {
            let (own, below) = crate::render::economy::frames(g, id, y, &sees);
            Some(FrameTotal {
                year: y,
                own: own.map(|a| p.amount(a)),
                with_below: p.amount(below?),
            })
        })
        .collect()
}
