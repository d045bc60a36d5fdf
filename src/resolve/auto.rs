//! Automatic assignments: every priority measure and every verbalpunkt of a handlings- og
//! økonomiplan becomes an assignment by itself, unless an assignment file names it in `source`.

use std::collections::HashMap;
use std::sync::Arc;

use crate::config::SiteConfig;
use crate::diag::Diagnostics;
use crate::model::vocab::Kind;
use crate::model::*;
use crate::span::Loc;

pub const HOP: &str = "handlings-og-okonomiplan";

pub fn make(
    items: &mut Vec<Arc<Item>>,
    cfg: &SiteConfig,
    source_locs: &HashMap<ItemId, Loc>,
    diags: &mut Diagnostics,
) {
    // Files that take a measure or verbalpunkt over.
    for i in 0..items.len() {
        let Data::Assignment(a) = &items[i].data else {
            continue;
        };
        let Source::Item(target) = a.source else {
            continue;
        };
        let taker = ItemId(i as u32);
        let slot = match &mut Arc::make_mut(&mut items[target.index()]).data {
            Data::Measure(m) => &mut m.assignment,
            Data::Verbal(v) => &mut v.assignment,
            _ => continue,
        };
        match *slot {
            None => *slot = Some(taker),
            Some(first) => {
                let loc = source_locs
                    .get(&taker)
                    .cloned()
                    .unwrap_or_else(|| items[i].origin.clone());
                let (first_key, target_key) = (
                    items[first.index()].key.clone(),
                    items[target.index()].key.clone(),
                );
                diags
                    .error_at(&loc, format!("`{target_key}` is already carried out by the assignment `{first_key}`"))
                    .help("one assignment file may name a measure or verbalpunkt in `source`; merge the two or name another");
            }
        }
    }

    let hop = cfg.plan_kind_index(HOP);
    let plantiltak = cfg.category_index("plantiltak").unwrap_or(0);
    let verbalpunkt = cfg.category_index("verbalpunkt").unwrap_or(0);
    let plans: Vec<usize> = (0..items.len())
        .filter(|&i| matches!(&items[i].data, Data::Plan(p) if p.plan_kind.is_some() && p.plan_kind == hop))
        .collect();
    // Room for every candidate at once: growing the item list one push at a time would move
    // every item of the site once more.
    let candidates: usize = plans
        .iter()
        .map(|&p| match &items[p].data {
            Data::Plan(plan) => plan.measures.len() + plan.verbal.len(),
            _ => 0,
        })
        .sum();
    items.reserve(candidates);
    // Who owns what the plan's own text does not give an owner: the plan's owner, else the
    // municipality (the unit with no parent).
    let top = items
        .iter()
        .position(|i| matches!(&i.data, Data::Unit(u) if u.parent.is_none()))
        .map(|i| ItemId(i as u32));
    for p in plans {
        let Data::Plan(plan) = &items[p].data else {
            continue;
        };
        let fallback = plan.owner.or(top);
        let candidates: Vec<ItemId> = plan.measures.iter().chain(&plan.verbal).copied().collect();
        for c in candidates {
            let item = &items[c.index()];
            let (owner, goals, strategies, category) = match &item.data {
                Data::Measure(m) if m.priority && m.assignment.is_none() => {
                    (m.owner, m.goals.clone(), m.strategies.clone(), plantiltak)
                }
                Data::Verbal(v) if v.assignment.is_none() => {
                    (v.owner, Vec::new(), Vec::new(), verbalpunkt)
                }
                _ => continue,
            };
            let what = if item.kind == Kind::Measure {
                "priority measure"
            } else {
                "verbalpunkt"
            };
            // The format requires an owner of assignment files only; an automatic assignment
            // without one is given the plan's owner (or the municipality) and a warning.
            let owner = match (owner, fallback) {
                (Some(o), _) => Some(o),
                (None, Some(f)) => {
                    diags
                        .warning_at(&item.origin, format!(
                            "the {what} `{}` has no `owner`; its assignment is given to `{}`",
                            item.key,
                            items[f.index()].key
                        ))
                        .help("it becomes an assignment by itself: add `owner = \"<unit id>\"` to say which unit carries it out");
                    Some(f)
                }
                (None, None) => {
                    diags
                        .error_at(&item.origin, format!("the {what} `{}` has no `owner`", item.key))
                        .help("it becomes an assignment by itself, and every assignment has an owner: add `owner = \"<unit id>\"`");
                    None
                }
            };
            let assignment = Item {
                key: item.key.clone(),
                kind: Kind::Assignment,
                title: item.title.clone(),
                summary: item.summary.clone(),
                visibility: item.visibility,
                exemption: item.exemption.clone(),
                origin: item.origin.clone(),
                container: Some(c),
                data: Data::Assignment(Assignment {
                    year: None,
                    category,
                    owner,
                    assigned_to: owner.into_iter().collect(),
                    goals,
                    strategies,
                    source: Source::Item(c),
                    letter: None,
                    tasks: Vec::new(),
                    automatic: true,
                    track: Tracking::default(),
                }),
            };
            let id = ItemId(items.len() as u32);
            items.push(Arc::new(assignment));
            match &mut Arc::make_mut(&mut items[c.index()]).data {
                Data::Measure(m) => m.assignment = Some(id),
                Data::Verbal(v) => v.assignment = Some(id),
                _ => {}
            }
        }
    }
}
