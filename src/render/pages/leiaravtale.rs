//! The leader agreement (leiaravtale) of a unit's leader for one year, ready to print: drawn
//! from the unit's verksemdsplan (the goals its assignments serve, the assignments of the
//! year, its indicators, its budget frame and its internal-control checklists) and the text
//! of the unit's optional `[agreement]`, with the leader above as the other party.
//!
//! Internal tree only, whatever `publish_person_names` says: it is a personnel document
//! between two named people, not a list of who is responsible for what.

use chrono::Datelike;
use serde::Serialize;

use super::{Content, Page, Spec, View, What};
use crate::model::vocab::{Audience, Kind};
use crate::model::*;
use crate::render::parts::PageCx;
use crate::render::parts::budget::{self, BudgetRow};
use crate::render::parts::frame::Section;
use crate::render::parts::indicator_figures::{IndicatorSummary, summary as indicator_summary};
use crate::render::parts::print::{GoalPrint, UnitHead, goals, unit_head};
use crate::render::view::{Card, Link};

/// A page for every unit with a `leader`, in the internal tree.
pub fn pages(g: &Graph, audience: Audience) -> Vec<Page> {
    if !audience.sees_staff_tools() {
        return Vec::new();
    }
    g.kind(Kind::Unit)
        .iter()
        .filter(|&&u| g.unit(u).is_some_and(|x| x.leader.is_some()))
        .map(|&u| Page {
            path: crate::render::urls::leiaravtale_path(g, u),
            what: What::Leiaravtale(u),
        })
        .collect()
}

/// A unit leader's agreement, titled "Leiaravtale – UNIT".
pub fn page(u: ItemId) -> Spec {
    Spec::page("leiaravtale.html", "leiaravtale", Section::None, move |p| {
        let title = format!("{} – {}", p.l("agreement"), p.g.item(u).title);
        Content::new(title, Vec::new(), View::page(&view(p, u)))
    })
}

/// The year an agreement is for: `[agreement] year`, else the year of `today`.
pub fn year(g: &Graph, unit: &Unit) -> i32 {
    unit.agreement
        .as_ref()
        .and_then(|a| a.year)
        .unwrap_or(g.today.year())
}

/// Whether an assignment belongs to the agreement of `year`: by its `year` when it has one,
/// else by the year of its deadline; one with neither belongs to every year.
pub fn in_year(a: &Assignment, year: i32) -> bool {
    match (a.year, a.track.deadline) {
        (Some(y), _) => y == year,
        (None, Some(d)) => d.year() == year,
        (None, None) => true,
    }
}

#[derive(Serialize)]
pub struct AgreementRow {
    pub card: Card,
    /// What the unit is to the assignment: owner or the unit it is delegated to.
    pub role: String,
    pub category: String,
}

#[derive(Serialize)]
pub struct Party {
    pub role: Option<String>,
    pub name: Option<String>,
    pub unit: Link,
}

#[derive(Serialize)]
pub struct AgreementView {
    pub unit: UnitHead,
    pub year: i32,
    pub superior: Option<Party>,
    pub goals: Vec<GoalPrint>,
    pub assignments: Vec<AgreementRow>,
    pub indicators: Vec<IndicatorSummary>,
    pub budget: Vec<BudgetRow>,
    pub checklists: Vec<Link>,
    pub text: Option<String>,
    pub plan_href: String,
}

fn view(p: &PageCx, u: ItemId) -> Option<AgreementView> {
    let g = p.g;
    let unit = g.unit(u)?;
    let year = year(g, unit);
    // By deadline (none last), then item order.
    let mut of_year: Vec<(Option<chrono::NaiveDate>, ItemId)> = unit
        .assignments
        .iter()
        .filter_map(|&a| {
            let x = g.assignment(a).filter(|x| in_year(x, year))?;
            Some((x.track.deadline, a))
        })
        .collect();
    of_year.sort_by_key(|&(d, a)| (d.is_none(), d, a));
    let of_year: Vec<ItemId> = of_year.into_iter().map(|(_, a)| a).collect();
    let superior = unit.parent.and_then(|parent| {
        let leader = g.unit(parent)?.leader.as_ref()?;
        Some(Party {
            role: leader.role.clone(),
            name: p.person(leader.name.as_deref()),
            unit: p.link(parent)?,
        })
    });
    let assignments = of_year
        .iter()
        .filter_map(|&a| {
            let assignment = g.assignment(a)?;
            Some(AgreementRow {
                card: p.card(a)?,
                role: p.l(if assignment.owner == Some(u) {
                    "owner"
                } else {
                    "assigned_to"
                }),
                category: g
                    .config
                    .categories
                    .get(assignment.category)
                    .map(|c| c.label.clone())
                    .unwrap_or_default(),
            })
        })
        .collect();
    // Under the agreement text's own `<h2>`.
    let text = unit
        .agreement
        .as_ref()
        .and_then(|a| a.text.as_ref())
        .map(|t| p.markdown_nested(t, g.dir_of(u), 2, Some("agreement")).html);
    Some(AgreementView {
        unit: unit_head(p, u)?,
        year,
        superior,
        goals: goals(p, &of_year),
        assignments,
        indicators: unit
            .all_indicators()
            .into_iter()
            .filter_map(|i| indicator_summary(p, i, Some(u)))
            .collect(),
        budget: budget::rows(p, unit)
            .into_iter()
            .filter(|b| b.year == year)
            .collect(),
        checklists: p.links(&unit.checklists),
        text,
        plan_href: p.href(&crate::render::urls::verksemdsplan_path(g, u)),
    })
}
