//! What the pages for printing share (a unit's whole verksemdsplan, its leader's agreement):
//! the unit at the top, and the goals served written out with their descriptions.

use serde::Serialize;

use super::PageCx;
use super::goals_served::goal_refs;
use crate::model::*;
use crate::render::view::Link;

/// The unit at the top of a printed page.
#[derive(Serialize)]
pub struct UnitHead {
    pub link: Link,
    pub title: String,
    pub summary: Option<String>,
    pub level: Option<String>,
    pub leader_role: Option<String>,
    pub leader_name: Option<String>,
    pub parent: Option<Link>,
}

pub fn unit_head(p: &PageCx, u: ItemId) -> Option<UnitHead> {
    let unit = p.g.unit(u)?;
    let item = p.g.item(u);
    let leader = unit.leader.as_ref();
    Some(UnitHead {
        link: p.link(u)?,
        title: item.title.clone(),
        summary: item.summary.clone(),
        level: unit.level.clone(),
        leader_role: leader.and_then(|l| l.role.clone()),
        leader_name: p.person(leader.and_then(|l| l.name.as_deref())),
        parent: unit.parent.and_then(|x| p.link(x)),
    })
}

#[derive(Serialize)]
pub struct GoalPrint {
    pub link: Link,
    pub plan: Option<Link>,
    pub description: Option<String>,
    pub strategies: Vec<StrategyPrint>,
}

#[derive(Serialize)]
pub struct StrategyPrint {
    pub link: Link,
    pub description: Option<String>,
}

/// The heading level of each item written out on a printed page (its title is an `<h3>` in
/// a part's `<h2>` section): a `#` in its body or description comes out as an `<h4>`.
pub const ITEM_LEVEL: u8 = 3;

/// The goals and strategies `assignments` serve, with their descriptions.
pub fn goals(p: &PageCx, assignments: &[ItemId]) -> Vec<GoalPrint> {
    let g = p.g;
    goal_refs(p, assignments)
        .into_iter()
        .map(|r| {
            let description = g.lookup(&r.goal.key).and_then(|id| {
                let goal = g.goal(id)?;
                p.markdown_field_nested(goal.description.as_ref(), id, ITEM_LEVEL)
            });
            let strategies = r
                .strategies
                .into_iter()
                .map(|s| {
                    let description = g.lookup(&s.key).and_then(|id| {
                        let strategy = g.strategy(id)?;
                        p.markdown_field_nested(strategy.description.as_ref(), id, ITEM_LEVEL)
                    });
                    StrategyPrint {
                        link: s,
                        description,
                    }
                })
                .collect();
            GoalPrint {
                link: r.goal,
                plan: r.plan,
                description,
                strategies,
            }
        })
        .collect()
}
