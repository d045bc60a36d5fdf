//! Mål og strategiar: the goals a set of assignments serves, each goal once with the
//! strategies through which the assignments reach it (a unit's page, its printed plan).

use serde::Serialize;

use super::PageCx;
use crate::model::*;
use crate::render::view::Link;

#[derive(Serialize)]
pub struct GoalRef {
    pub goal: Link,
    pub plan: Option<Link>,
    pub strategies: Vec<Link>,
}

/// What the assignments serve, goal by goal, in the order first met.
pub fn goal_refs(p: &PageCx, assignments: &[ItemId]) -> Vec<GoalRef> {
    let g = p.g;
    let mut goals: Vec<GoalRef> = Vec::new();
    for &a in assignments {
        let (Some(assignment), true) = (g.assignment(a), p.visible(a)) else {
            continue;
        };
        let mut goal_ids: Vec<(ItemId, Option<ItemId>)> =
            assignment.goals.iter().map(|&gl| (gl, None)).collect();
        for &s in &assignment.strategies {
            if let Some(strategy) = g.strategy(s) {
                goal_ids.extend(strategy.goals.iter().map(|&gl| (gl, Some(s))));
            }
        }
        for (goal, strategy) in goal_ids {
            let Some(link) = p.link(goal) else { continue };
            let entry = match goals.iter_mut().position(|r| r.goal.key == link.key) {
                Some(i) => &mut goals[i],
                None => {
                    let plan = g.goal(goal).and_then(|gl| p.link(gl.plan));
                    goals.push(GoalRef {
                        goal: link,
                        plan,
                        strategies: Vec::new(),
                    });
                    goals.last_mut().expect("just pushed")
                }
            };
            if let Some(s) = strategy.and_then(|s| p.link(s))
                && !entry.strategies.iter().any(|x| x.key == s.key)
            {
                entry.strategies.push(s);
            }
        }
    }
    goals
}
