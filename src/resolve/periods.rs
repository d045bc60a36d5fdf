//! The reporting periods of the site: every period some report is for, with its reports in
//! organisation order, so period pages and the follow-up page get ready lists.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::model::vocab::{Kind, Period};
use crate::model::*;

/// O(reports · log reports + units).
pub fn index(items: &[Arc<Item>], root_unit: Option<ItemId>) -> Vec<PeriodReports> {
    // Position of each unit in organisation order (depth first from the municipality).
    let mut order = vec![usize::MAX; items.len()];
    let mut stack: Vec<ItemId> = root_unit.into_iter().collect();
    let mut n = 0;
    while let Some(u) = stack.pop() {
        if order[u.index()] != usize::MAX {
            continue;
        }
        order[u.index()] = n;
        n += 1;
        if let Data::Unit(unit) = &items[u.index()].data {
            stack.extend(unit.children.iter().rev());
        }
    }
    let mut by_period: BTreeMap<Period, Vec<ItemId>> = BTreeMap::new();
    for (i, item) in items.iter().enumerate() {
        if item.kind != Kind::Report {
            continue;
        }
        if let Data::Report(Report {
            period: Some(period),
            ..
        }) = &item.data
        {
            by_period.entry(*period).or_default().push(ItemId(i as u32));
        }
    }
    by_period
        .into_iter()
        .map(|(period, mut reports)| {
            reports.sort_by_key(|&r| match &items[r.index()].data {
                Data::Report(rep) => (rep.unit.map_or(usize::MAX, |u| order[u.index()]), rep.date),
                _ => (usize::MAX, None),
            });
            PeriodReports { period, reports }
        })
        .collect()
}
