//! "Kvifor vi gjer dette": every path from an assignment (or a task, through its assignment)
//! up to the plans the council adopted, as the audience may see it.
//!
//! The paths come ready from [`Trace`](crate::model::Trace); here they are only filtered and
//! labelled. A step the audience may not see is left out of the path (never shown, named or
//! hinted at); paths that become equal are shown once, and a path left with nothing but its
//! plan is not shown.

use serde::Serialize;

use super::PageCx;
use super::plans::{PlanFacts, facts};
use crate::model::coverage::plan_of;
use crate::model::vocab::Kind;
use crate::model::*;
use crate::render::view::Link;

#[derive(Serialize)]
pub struct WhyView {
    pub paths: Vec<PathView>,
}

#[derive(Serialize)]
pub struct PathView {
    pub steps: Vec<Step>,
}

#[derive(Serialize)]
pub struct Step {
    pub kind: &'static str,
    pub kind_label: String,
    pub link: Link,
    /// A plan item's plan, at the last step in it, when it is not the plan the path ends in.
    pub in_plan: Option<Link>,
    /// The plan at the end of the path: stage, adoption date and case.
    pub plan: Option<PlanFacts>,
}

/// The label of a step: goals are main goals or sub-goals.
pub fn step_label(p: &PageCx, id: ItemId) -> String {
    match p.g.goal(id) {
        Some(goal) if goal.parent.is_some() => p.l("sub_goal"),
        Some(_) => p.l("main_goal"),
        None => p.kind_label(p.g.item(id).kind),
    }
}

fn step(p: &PageCx, id: ItemId, in_plan: Option<ItemId>) -> Option<Step> {
    let item = p.g.item(id);
    Some(Step {
        kind: item.kind.key(),
        kind_label: step_label(p, id),
        link: p.link(id)?,
        in_plan: in_plan.and_then(|pl| p.link(pl)),
        plan: (item.kind == Kind::Plan).then(|| facts(p, id)).flatten(),
    })
}

/// The paths of an assignment, each preceded by `prefix` (a task's assignment).
pub fn view(p: &PageCx, assignment: ItemId, prefix: Option<ItemId>) -> WhyView {
    let mut seen: Vec<Vec<ItemId>> = Vec::new();
    let mut paths = Vec::new();
    for path in p.g.trace.paths(assignment) {
        let visible: Vec<ItemId> = path.iter().copied().filter(|&i| p.visible(i)).collect();
        // A path whose every step below the plan is hidden would only hint at them.
        let only_plan = visible.iter().all(|&i| p.g.item(i).kind == Kind::Plan);
        if only_plan || seen.contains(&visible) {
            continue;
        }
        let end_plan = visible
            .last()
            .copied()
            .filter(|&i| p.g.item(i).kind == Kind::Plan);
        let all: Vec<ItemId> = prefix.iter().chain(&visible).copied().collect();
        // A plan item's plan is named once, at the last step in it, unless the path ends in
        // that plan anyway.
        let steps = all
            .iter()
            .enumerate()
            .filter_map(|(k, &i)| {
                let next_plan = all.get(k + 1).and_then(|&n| plan_of(p.g, n));
                let in_plan =
                    plan_of(p.g, i).filter(|&pl| Some(pl) != next_plan && Some(pl) != end_plan);
                step(p, i, in_plan)
            })
            .collect();
        seen.push(visible);
        paths.push(PathView { steps });
    }
    WhyView { paths }
}
