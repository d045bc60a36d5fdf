//! The status, progress and deadlines of a saved file put into the next graph (see
//! [`crate::load::Edit::Tracking`]), and what resolve derives from them made again: the
//! current status of each item whose own or reported values were saved
//! ([`super::status`]), and, when one of those changed, the roll-ups of every unit
//! ([`super::rollup`]) and, when a deadline changed, the agenda ([`super::agenda`]).
//! Nothing else resolve derives reads them (the warnings read whether an assignment has a
//! deadline of its own, which an `Edit::Tracking` keeps as it was).
//!
//! A report's entries are put in here whole, comments too: each by its place as written,
//! and the n-th entry on an item into the n-th of that item's entries from the report
//! (`reports::apply` pushes them in the order written, and they are sorted stably by the
//! report's period and date, which stay).

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::config::SiteConfig;
use crate::load::RawItem;
use crate::load::raw::{L, RawData, RawReport};
use crate::model::{Data, Item, ItemId, Structure, Tracking};

/// Puts the values of the file `raw` (its item at `id`) into `items`, and adds the items
/// whose status is to be derived again to `touched`. `None` when a status is not one of
/// the site's (a whole resolve reports it) or an item is not where it was.
pub fn put_file(
    items: &mut [Arc<Item>],
    id: ItemId,
    raw: &RawItem,
    cfg: &SiteConfig,
    touched: &mut Vec<ItemId>,
) -> Option<()> {
    match &raw.data {
        RawData::Assignment(a) => {
            own(
                items,
                id,
                cfg,
                (&a.status, &a.progress, &a.deadline),
                touched,
            )?;
            for (n, t) in a.tasks.iter().enumerate() {
                let task = ItemId(id.0 + 1 + n as u32);
                own(
                    items,
                    task,
                    cfg,
                    (&t.status, &t.progress, &t.deadline),
                    touched,
                )?;
            }
            Some(())
        }
        RawData::Report(r) => report(items, id, r, cfg, touched),
        _ => Some(()),
    }
}

type Values<'a> = (
    &'a Option<L<String>>,
    &'a Option<L<u8>>,
    &'a Option<L<NaiveDate>>,
);

/// The status of `key`, `Some(None)` for none given, `None` for one the site does not have.
fn status_of(key: &Option<L<String>>, cfg: &SiteConfig) -> Option<Option<usize>> {
    match key {
        None => Some(None),
        Some(k) => cfg.status_index(&k.value).map(Some),
    }
}

/// An assignment's or a task's own values.
fn own(
    items: &mut [Arc<Item>],
    id: ItemId,
    cfg: &SiteConfig,
    (status, progress, deadline): Values,
    touched: &mut Vec<ItemId>,
) -> Option<()> {
    let status = status_of(status, cfg)?;
    let (progress, deadline) = (
        progress.as_ref().map(|p| p.value),
        deadline.as_ref().map(|d| d.value),
    );
    let track = track(items.get(id.index())?)?;
    if (track.own_status, track.own_progress, track.own_deadline) == (status, progress, deadline) {
        return Some(());
    }
    let track = track_mut(&mut items[id.index()])?;
    track.own_status = status;
    track.own_progress = progress;
    track.own_deadline = deadline;
    touched.push(id);
    Some(())
}

fn track(item: &Item) -> Option<&Tracking> {
    match &item.data {
        Data::Assignment(a) => Some(&a.track),
        Data::Task(t) => Some(&t.track),
        _ => None,
    }
}

fn track_mut(item: &mut Arc<Item>) -> Option<&mut Tracking> {
    match &mut Arc::make_mut(item).data {
        Data::Assignment(a) => Some(&mut a.track),
        Data::Task(t) => Some(&mut t.track),
        _ => None,
    }
}

/// Puts a report's entries into it, and into the status history of the assignments and
/// tasks and the answers of the checklist items it reports on, where `reports::apply` put
/// them; the items whose history changed are `touched`.
fn report(
    items: &mut [Arc<Item>],
    report: ItemId,
    new: &RawReport,
    cfg: &SiteConfig,
    touched: &mut Vec<ItemId>,
) -> Option<()> {
    let Data::Report(r) = &mut Arc::make_mut(items.get_mut(report.index())?).data else {
        return None;
    };
    for line in &mut r.status {
        let e = new.status.get(line.entry)?;
        line.status = status_of(&e.status, cfg)?;
        line.progress = e.progress.as_ref().map(|p| p.value);
        line.deadline = e.deadline.as_ref().map(|d| d.value);
        line.comment.clone_from(&e.comment);
    }
    for a in &mut r.answers {
        a.comment.clone_from(&new.checklist.get(a.entry)?.comment);
    }
    for g in &mut r.goals {
        g.comment.clone_from(&new.goals.get(g.entry)?.comment);
    }
    if let Some(e) = &mut r.economy {
        e.comment = new.economy.as_ref().and_then(|e| e.comment.clone());
    }
    let status = r.status.clone();
    let answers: Vec<(ItemId, Option<String>)> = r
        .answers
        .iter()
        .map(|a| (a.item, a.comment.clone()))
        .collect();
    let mut seen: HashMap<ItemId, usize> = HashMap::new();
    for line in status {
        let n = seen.entry(line.target).or_default();
        let at = *n;
        *n += 1;
        let Some(history) = items
            .get(line.target.index())
            .and_then(|i| track(i))
            .map(|t| &t.history)
        else {
            continue;
        };
        // A report without a period put nothing into the history.
        let Some(k) = nth_from(history, report, at) else {
            continue;
        };
        let h = &history[k];
        if (h.status, h.progress, h.deadline, &h.comment)
            == (line.status, line.progress, line.deadline, &line.comment)
        {
            continue;
        }
        let track = track_mut(&mut items[line.target.index()])?;
        let h = &mut track.history[k];
        h.status = line.status;
        h.progress = line.progress;
        h.deadline = line.deadline;
        h.comment = line.comment;
        touched.push(line.target);
    }
    seen.clear();
    for (item, comment) in answers {
        let n = seen.entry(item).or_default();
        if let Data::CheckItem(c) = &mut Arc::make_mut(items.get_mut(item.index())?).data
            && let Some(a) = c.answers.iter_mut().filter(|a| a.report == report).nth(*n)
        {
            a.comment = comment;
        }
        *n += 1;
    }
    Some(())
}

/// Where the `n`-th entry from `report` is in an item's history.
fn nth_from(history: &[crate::model::StatusReport], report: ItemId, n: usize) -> Option<usize> {
    history
        .iter()
        .enumerate()
        .filter(|(_, h)| h.report == report)
        .nth(n)
        .map(|(k, _)| k)
}

/// Derives the status of the `touched` items again, and what is derived from it when it
/// changed: every unit's roll-up, and the agenda when a deadline changed.
pub fn derive(s: &mut Structure, touched: &[ItemId]) {
    let (mut status, mut deadline) = (false, false);
    for &id in touched {
        let Some(track) = track_mut(&mut s.items[id.index()]) else {
            continue;
        };
        let was = (
            track.status,
            track.progress,
            track.deadline,
            track.done,
            track.overdue,
        );
        super::status::derive_one(track, &s.config, s.today);
        status |= was
            != (
                track.status,
                track.progress,
                track.deadline,
                track.done,
                track.overdue,
            );
        deadline |= was.2 != track.deadline;
    }
    if status {
        super::rollup::roll_up(&mut s.items, s.config.statuses.len());
    }
    if deadline {
        s.agenda = Arc::new(super::agenda::index(&s.items));
    }
}
