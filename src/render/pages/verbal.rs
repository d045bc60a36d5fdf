//! A verbalpunkt's page: the council's decision, its case, and where carrying it out stands.

use serde::Serialize;

use super::Spec;
use crate::model::vocab::Kind;
use crate::model::*;
use crate::render::parts::base::Base;
use crate::render::parts::plans::{PlanFacts, facts};
use crate::render::parts::{PageCx, frame, political};
use crate::render::view::{Card, DateView, Link};

/// A verbalpunkt's page.
pub fn page(id: ItemId) -> Spec {
    Spec::item("verbal.html", Kind::Verbal, id, frame::in_plan, view)
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

fn view(p: &PageCx, id: ItemId) -> Option<VerbalView> {
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
