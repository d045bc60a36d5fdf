//! Plans as other pages show them: a plan's facts (kind, period, stage, adoption, case, owner)
//! and the order plans are listed in.

use serde::Serialize;

use super::PageCx;
use crate::model::vocab::Stage;
use crate::model::*;
use crate::render::view::{DateView, Link};

#[derive(Serialize)]
pub struct PlanFacts {
    pub link: Link,
    pub kind_label: String,
    pub period: Option<String>,
    pub stage: &'static str,
    pub stage_label: String,
    pub adopted: Option<DateView>,
    pub adopted_by: Option<String>,
    pub case: Option<String>,
    /// v1.2: the case in the municipality's portal (`case_url`).
    pub case_href: Option<String>,
    pub owner: Option<Link>,
}

/// The plan an id names, if it is one.
pub fn plan(g: &Graph, id: ItemId) -> Option<&Plan> {
    match &g.item(id).data {
        Data::Plan(p) => Some(p),
        _ => None,
    }
}

/// The label of a plan's stage.
fn stage_key(stage: Stage) -> &'static str {
    match stage {
        Stage::Draft => "stage_draft",
        Stage::Hearing => "stage_hearing",
        Stage::Adopted => "stage_adopted",
        Stage::Expired => "stage_expired",
    }
}

pub fn facts(p: &PageCx, id: ItemId) -> Option<PlanFacts> {
    let pl = plan(p.g, id)?;
    Some(PlanFacts {
        link: p.link(id)?,
        kind_label: pl
            .plan_kind
            .and_then(|k| p.g.config.plan_kinds.get(k))
            .map(|k| k.label.clone())
            .unwrap_or_default(),
        period: pl.period.map(|(a, b)| format!("{a}–{b}")),
        stage: pl.stage.key(),
        stage_label: p.l(stage_key(pl.stage)),
        adopted: p.date_opt(pl.adopted),
        adopted_by: pl.adopted_by.clone(),
        case: pl.case.clone(),
        case_href: p.case_href(pl.case.as_deref()),
        owner: pl.owner.and_then(|o| p.link(o)),
    })
}

/// Plans in the order of the site's `plan_kinds` (by default the plan system's: planstrategi,
/// samfunnsdel, arealdel, kommunedelplanar, temaplanar, handlings- og økonomiplan), plans of
/// no kind last; the site's order within a kind.
pub fn in_plan_kind_order(g: &Graph, plans: &[ItemId]) -> Vec<ItemId> {
    let mut out = plans.to_vec();
    out.sort_by_key(|&pl| match &g.item(pl).data {
        Data::Plan(x) => x.plan_kind.unwrap_or(usize::MAX),
        _ => usize::MAX,
    });
    out
}
