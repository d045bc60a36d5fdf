//! A measure's (tiltak's) page: what it serves, its amounts, and where carrying it out stands.

use serde::Serialize;

use super::Spec;
use crate::model::vocab::Kind;
use crate::model::*;
use crate::render::parts::base::Base;
use crate::render::parts::plans::{PlanFacts, facts};
use crate::render::parts::{PageCx, frame, political};
use crate::render::view::{Card, Link};

/// A measure's page.
pub fn page(id: ItemId) -> Spec {
    Spec::item("measure.html", Kind::Measure, id, frame::in_plan, view)
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

fn view(p: &PageCx, id: ItemId) -> Option<MeasureView> {
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
