//! A strategy's page: the goals it serves, the measures under it and the assignments that carry
//! it out.

use serde::Serialize;

use super::Spec;
use crate::model::vocab::Kind;
use crate::model::*;
use crate::render::parts::base::Base;
use crate::render::parts::plans::{PlanFacts, facts};
use crate::render::parts::{PageCx, frame};
use crate::render::view::{Card, Link};

/// A strategy's page.
pub fn page(id: ItemId) -> Spec {
    Spec::item("strategy.html", Kind::Strategy, id, frame::in_plan, view)
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

fn view(p: &PageCx, id: ItemId) -> Option<StrategyView> {
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
