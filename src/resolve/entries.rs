//! A report's entries put into the next graph when they were added, removed or name other
//! items (see [`crate::load::Edit::References`]): the report is applied again alone. Its
//! entries are taken out of what they were pushed onto (the status history of assignments
//! and tasks, the answers of checklist items, the points of indicators) and
//! [`super::reports::apply_one`] pushes the new ones; each list is then put in the order a
//! whole resolve gives it (by period end, date and report; an indicator's points as read:
//! its data file's, then the reports' in file order). What else reads the entries: the
//! status derived from the history (`values.rs` derives the touched items again), the
//! back-links ([`super::links::update`]), which indicators a unit has values for, and the
//! persons following up a deviation (the person names: a save that changes them resolves
//! the site). A report given another unit, period or date is applied the same way, its
//! entries then pushed with the new ones; what else reads those: its unit's list of
//! reports (the back-links), the order of each period's reports and the report's title
//! when none is written (`references.rs` and `saved.rs` make them again), and a report's
//! visibility and the warning about a second report for a unit and period (a save that
//! would change either resolves the site).

use std::sync::Arc;

use super::build::Deferred;
use super::registry::Registry;
use crate::diag::Diagnostics;
use crate::load::RawItem;
use crate::load::raw::RawData;
use crate::model::vocab::{Kind, Visibility};
use crate::model::{Data, Item, ItemId, PointSource, Report, Structure};

/// Applies the report file `raw` (its item at `id`) again; adds the items whose status is
/// to be derived again to `touched`, and the report, as it was, to `changed` (for its
/// back-links). `None` when applying it reports anything, or the persons following up its
/// deviations changed.
pub fn put_file(
    s: &mut Structure,
    reg: &Registry,
    id: ItemId,
    raw: &RawItem,
    touched: &mut Vec<ItemId>,
    changed: &mut Vec<(ItemId, Arc<Item>)>,
) -> Option<()> {
    let RawData::Report(new) = &raw.data else {
        return None;
    };
    let old = s.items.get(id.index())?.clone();
    let Data::Report(was) = &old.data else {
        return None;
    };
    // Its unit, period, date and economy as the build makes them.
    let made = super::build::file_again(reg, &s.config, raw, id)?;
    let Data::Report(built) = &made.first()?.data else {
        return None;
    };
    let (unit, period) = (built.unit, built.period);
    if (unit, period) != (was.unit, was.period) && !may_move(s, id, &old, unit, period) {
        return None;
    }
    take_out(&mut s.items, id, was);
    if let Data::Report(r) = &mut Arc::make_mut(&mut s.items[id.index()]).data {
        (r.unit, r.period, r.date) = (unit, period, built.date);
        r.economy.clone_from(&built.economy);
    }
    let mut diags = Diagnostics::new();
    let d = Deferred {
        report: id,
        file: raw.file.clone(),
        raw: new.clone(),
    };
    super::reports::apply_one(&mut s.items, reg, &s.config, d, &mut diags);
    if !diags.is_empty() {
        return None;
    }
    let Data::Report(now) = &s.items[id.index()].data else {
        return None;
    };
    let now = now.clone();
    if persons(&old) != persons(&s.items[id.index()]) {
        return None;
    }
    touched.extend(was.status.iter().chain(&now.status).map(|l| l.target));
    let mut asked: Vec<ItemId> = was
        .answers
        .iter()
        .chain(&now.answers)
        .map(|a| a.item)
        .collect();
    asked.sort_unstable();
    asked.dedup();
    for item in asked {
        if let Data::CheckItem(ci) = &mut Arc::make_mut(&mut s.items[item.index()]).data {
            super::reports::sort_answers(ci);
        }
    }
    let mut counted: Vec<ItemId> = was.values.iter().chain(&now.values).map(|v| v.0).collect();
    counted.sort_unstable();
    counted.dedup();
    for indicator in counted {
        if let Data::Indicator(i) = &mut Arc::make_mut(&mut s.items[indicator.index()]).data {
            i.points.sort_by_key(|p| match p.from {
                PointSource::Csv { .. } => 0,
                PointSource::Report(r) => 1 + u64::from(r.0),
            });
        }
    }
    for unit in was.unit.into_iter().chain(now.unit) {
        indicator_data(s, unit);
    }
    changed.push((id, old));
    Some(())
}

/// Whether the report `id` (`old`) may be for `unit` and `period` without what a whole
/// resolve would say: a public report on an internal unit is made internal, with a
/// warning, and so is a second report for a unit and period.
fn may_move(
    s: &Structure,
    id: ItemId,
    old: &Item,
    unit: Option<ItemId>,
    period: Option<crate::model::vocab::Period>,
) -> bool {
    if unit.is_some_and(|u| {
        old.visibility == Visibility::Public
            && s.items[u.index()].visibility == Visibility::Internal
    }) {
        return false;
    }
    let (Some(unit), Some(period)) = (unit, period) else {
        return true;
    };
    let reports = s.by_kind.get(&Kind::Report).map_or(&[][..], Vec::as_slice);
    let same = |r: &ItemId| match &s.items[r.index()].data {
        Data::Report(x) => (x.unit, x.period) == (Some(unit), Some(period)),
        _ => false,
    };
    !reports.iter().any(|r| *r != id && same(r))
}

/// Takes the entries of the report `id` out of what they were pushed onto.
fn take_out(items: &mut [Arc<Item>], id: ItemId, was: &Report) {
    for line in &was.status {
        match &mut Arc::make_mut(&mut items[line.target.index()]).data {
            Data::Assignment(a) => a.track.history.retain(|h| h.report != id),
            Data::Task(t) => t.track.history.retain(|h| h.report != id),
            _ => {}
        }
    }
    for a in &was.answers {
        if let Data::CheckItem(ci) = &mut Arc::make_mut(&mut items[a.item.index()]).data {
            ci.answers.retain(|g| g.report != id);
        }
    }
    for (indicator, _) in &was.values {
        if let Data::Indicator(i) = &mut Arc::make_mut(&mut items[indicator.index()]).data {
            i.points
                .retain(|p| !matches!(p.from, PointSource::Report(r) if r == id));
        }
    }
}

/// The persons a report names as following up its deviations (as the person names are
/// found), sorted.
fn persons(report: &Arc<Item>) -> Vec<&str> {
    let mut out = crate::model::names_in(std::slice::from_ref(report));
    out.sort_unstable();
    out
}

/// The indicators `unit` has values for, in item order, as `links::index` lists them.
fn indicator_data(s: &mut Structure, unit: ItemId) {
    let list: Vec<ItemId> = s
        .by_kind
        .get(&Kind::Indicator)
        .into_iter()
        .flatten()
        .copied()
        .filter(|i| match &s.items[i.index()].data {
            Data::Indicator(ind) => ind.points.iter().any(|p| p.unit == Some(unit)),
            _ => false,
        })
        .collect();
    if let Data::Unit(u) = &s.items[unit.index()].data
        && u.indicator_data != list
        && let Data::Unit(u) = &mut Arc::make_mut(&mut s.items[unit.index()]).data
    {
        u.indicator_data = list;
    }
}
