//! The open tree's front page, for citizens: what the municipality is working on, by goal and
//! by area; where the council's verbalpunkt and the priority measures stand; the plans in
//! force with their case numbers, those on public consultation, and the latest changes.
//!
//! Everything is counted as the open tree sees it: internal items are neither shown nor
//! counted. Per goal: O(assignments below the goal); per area: the unit's roll-up.

use serde::Serialize;

use super::{Content, Spec, View};
use crate::model::vocab::{Kind, Stage};
use crate::model::*;
use crate::render::parts::changes::{Entry, entries};
use crate::render::parts::frame::Section;
use crate::render::parts::plans::{PlanFacts, facts, in_plan_kind_order};
use crate::render::parts::{PageCx, council_reports, political};
use crate::render::urls;
use crate::render::view::{DateView, Link, StatusView};

/// The open tree's front page, titled as the site.
pub fn page() -> Spec {
    Spec::page("landing.html", "landing", Section::Front, |p| {
        let title = p.g.config.title.clone();
        Content::new(title, Vec::new(), View::named("landing", &view(p)))
    })
}

/// How many changes the page lists; the feed has more.
const CHANGES_SHOWN: usize = 8;

#[derive(Serialize)]
pub struct LandingView {
    /// v1.2: the reports to the council the tree has, newest first.
    pub council: Vec<crate::render::view::Link>,
    /// The statuses, in the order of the count columns.
    pub statuses: Vec<StatusView>,
    pub goals: Vec<WorkRow>,
    pub areas: Vec<WorkRow>,
    pub verbal: Vec<PointRow>,
    pub priority: Vec<PointRow>,
    pub adopted: Vec<PlanFacts>,
    pub hearing: Vec<PlanFacts>,
    pub changes: Vec<Entry>,
    pub feed_href: String,
    pub statement_href: String,
}

/// A goal or an area with the assignments under it, counted by status.
#[derive(Serialize)]
pub struct WorkRow {
    pub link: Link,
    /// The goal's plan, or the unit's level.
    pub context: Option<String>,
    pub total: u32,
    /// Aligned with `statuses`.
    pub counts: Vec<u32>,
    pub overdue: u32,
}

/// A verbalpunkt or priority measure and where the work on it stands.
#[derive(Serialize)]
pub struct PointRow {
    pub link: Link,
    pub case: Option<String>,
    pub adopted: Option<DateView>,
    pub owner: Option<Link>,
    /// The assignment that carries it out, when the public may see it.
    pub assignment: Option<Link>,
    pub status: Option<StatusView>,
    pub progress: Option<u8>,
    pub deadline: Option<DateView>,
    pub overdue: bool,
    /// v1.2: the case in the municipality's portal, and the latest public comment (issue 18:
    /// a status with no reason beside it tells a citizen nothing).
    pub case_href: Option<String>,
    pub comment: Option<String>,
    pub new_deadline: bool,
}

fn counts(p: &PageCx, c: &Counts) -> (Vec<u32>, u32, u32) {
    let n = p.g.config.statuses.len();
    let mut by_status = c.by_status.clone();
    by_status.resize(n, 0);
    (by_status, c.total, c.overdue)
}

fn goal_row(p: &PageCx, goal: ItemId) -> Option<WorkRow> {
    let g = p.g;
    let link = p.link(goal)?;
    let mut c = Counts::new(g.config.statuses.len());
    for &a in g.assignments_below_goal(goal) {
        if let (true, Some(track)) = (p.visible(a), g.tracking(a)) {
            c.add(track.status, track.done, track.overdue, track.progress);
        }
    }
    let (counts, total, overdue) = counts(p, &c);
    Some(WorkRow {
        link,
        context: g.goal(goal).and_then(|x| p.link(x.plan)).map(|l| l.title),
        total,
        counts,
        overdue,
    })
}

fn point_row(
    p: &PageCx,
    id: ItemId,
    case: Option<String>,
    adopted: Option<DateView>,
    owner: Option<ItemId>,
    assignment: Option<ItemId>,
) -> Option<PointRow> {
    let link = p.link(id)?;
    let assignment = assignment.filter(|&a| p.visible(a));
    let track = assignment.and_then(|a| p.g.tracking(a));
    let standing = political::standing(p, assignment, None);
    Some(PointRow {
        link,
        case_href: p.case_href(case.as_deref()),
        comment: standing.comment,
        new_deadline: standing.new_deadline,
        case,
        adopted,
        owner: owner.and_then(|o| p.link(o)),
        assignment: assignment.and_then(|a| p.link(a)),
        status: track.and_then(|t| p.status(t.status)),
        progress: track.and_then(|t| t.progress),
        deadline: track.and_then(|t| p.date_opt(t.deadline)),
        overdue: track.is_some_and(|t| t.overdue),
    })
}

fn plan_of(g: &Graph, id: ItemId) -> Option<&Plan> {
    match &g.item(id).data {
        Data::Plan(pl) => Some(pl),
        _ => None,
    }
}

fn view(p: &PageCx) -> LandingView {
    let g = p.g;
    let visible: Vec<ItemId> = g
        .kind(Kind::Plan)
        .iter()
        .copied()
        .filter(|&pl| p.visible(pl))
        .collect();
    let plans = in_plan_kind_order(g, &visible);
    let in_force: Vec<ItemId> = plans
        .iter()
        .copied()
        .filter(|&pl| plan_of(g, pl).is_some_and(|x| x.stage == Stage::Adopted))
        .collect();

    // The top of each plan in force's goal tree: goals without a main goal above them.
    let goals = in_force
        .iter()
        .filter_map(|&pl| plan_of(g, pl))
        .flat_map(|pl| pl.goals.iter().copied())
        .filter(|&gl| g.goal(gl).is_some_and(|x| x.parent.is_none()))
        .filter_map(|gl| goal_row(p, gl))
        .collect();

    // Areas: the municipality's own assignments, then each unit right below it (as the
    // audience sees the organisation).
    let mut areas = Vec::new();
    if let Some(root) = g.root_unit.filter(|&r| p.visible(r))
        && let Some(unit) = g.unit(root)
    {
        let s = &unit.stats[p.audience as usize];
        if s.own_assignments.total > 0
            && let Some(link) = p.link(root)
        {
            let (counts, total, overdue) = counts(p, &s.own_assignments);
            areas.push(WorkRow {
                context: level_unless_named(&link.title, unit.level.as_deref()),
                link,
                total,
                counts,
                overdue,
            });
        }
        for child in p.units_below(root) {
            let (Some(link), Some(cu)) = (p.link(child), g.unit(child)) else {
                continue;
            };
            let (counts, total, overdue) =
                counts(p, &cu.stats[p.audience as usize].all_assignments);
            areas.push(WorkRow {
                context: level_unless_named(&link.title, cu.level.as_deref()),
                link,
                total,
                counts,
                overdue,
            });
        }
    }

    let mut verbal = Vec::new();
    let mut priority = Vec::new();
    for &pl in &in_force {
        let Some(plan) = plan_of(g, pl) else { continue };
        for &v in &plan.verbal {
            if let Data::Verbal(vb) = &g.item(v).data {
                verbal.extend(point_row(
                    p,
                    v,
                    vb.case.clone(),
                    p.date_opt(vb.adopted),
                    vb.owner,
                    vb.assignment,
                ));
            }
        }
        for &m in &plan.measures {
            if let Data::Measure(ms) = &g.item(m).data
                && ms.priority
            {
                priority.extend(point_row(p, m, None, None, ms.owner, ms.assignment));
            }
        }
    }

    let by_stage = |stage: Stage| -> Vec<PlanFacts> {
        plans
            .iter()
            .copied()
            .filter(|&pl| plan_of(g, pl).is_some_and(|x| x.stage == stage))
            .filter_map(|pl| facts(p, pl))
            .collect()
    };
    LandingView {
        council: council_reports::links(p),
        statuses: (0..g.config.statuses.len())
            .filter_map(|i| p.status(i))
            .collect(),
        goals,
        areas,
        verbal,
        priority,
        adopted: by_stage(Stage::Adopted),
        hearing: by_stage(Stage::Hearing),
        changes: entries(p, CHANGES_SHOWN, false),
        feed_href: p.href(urls::FEED),
        statement_href: p.href(&urls::accessibility_path(p.lang())),
    }
}

/// A unit's level to show beside its name, unless the name already says it: "Ospevik
/// kommune" is not followed by "kommune", "Helse og omsorg" is by "sektor".
fn level_unless_named(title: &str, level: Option<&str>) -> Option<String> {
    let level = level?.trim();
    let named = title
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| word.to_lowercase() == level.to_lowercase());
    (!level.is_empty() && !named).then(|| level.to_string())
}

#[cfg(test)]
mod tests {
    use super::level_unless_named;

    #[test]
    fn a_level_the_name_already_says_is_left_out() {
        assert_eq!(level_unless_named("Ospevik kommune", Some("kommune")), None);
        assert_eq!(level_unless_named("Ospevik Kommune", Some("kommune")), None);
        assert_eq!(
            level_unless_named("Helse og omsorg", Some("sektor")).as_deref(),
            Some("sektor")
        );
        // A word that only begins with the level is not the level.
        assert_eq!(
            level_unless_named("Kommunehuset", Some("kommune")).as_deref(),
            Some("kommune")
        );
        assert_eq!(level_unless_named("Ospevik", None), None);
    }
}
