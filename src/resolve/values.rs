//! What a leader reporting writes, put into the next graph (see
//! [`crate::load::Edit::Values`]), and what resolve derives from it made again: the current
//! status of each item whose own or reported status values were saved ([`super::status`]),
//! and, when one of those changed, the roll-ups of every unit ([`super::rollup`], in
//! `saved.rs`) and, when a deadline changed, the agenda ([`super::agenda`]). Nothing else resolve derives reads
//! them (the warnings read whether an assignment has a deadline of its own, which an
//! `Edit::Values` keeps as it was, and which indicators a unit has values for, which
//! follows the units, not the values).
//!
//! A report's entries are put in here whole, comments too: each by its place as written,
//! and the n-th entry on an item into the n-th of that item's entries from the report
//! (`reports::apply` pushes them in the order written, and an item's history and answers
//! are sorted stably by the report's period and date, which stay).

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use super::reports;
use crate::config::SiteConfig;
use crate::load::RawItem;
use crate::load::raw::{L, RawData, RawReport};
use crate::model::vocab::{Answer, AnswerKind};
use crate::model::{Data, Item, ItemId, PointSource, Structure, Tracking};

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
/// tasks, the answers of the checklist items and the points of the indicators it reports
/// on, where `reports::apply` put them; the items whose history changed are `touched`.
/// `None` when an answer does not fit its item, or a changed answer keeps or drops the
/// follow-up written with it (who follows it up is a reference: a whole resolve finds it).
fn report(
    items: &mut [Arc<Item>],
    report: ItemId,
    new: &RawReport,
    cfg: &SiteConfig,
    touched: &mut Vec<ItemId>,
) -> Option<()> {
    let kinds: Vec<AnswerKind> = match &items.get(report.index())?.data {
        Data::Report(r) => r
            .answers
            .iter()
            .map(|a| match &items[a.item.index()].data {
                Data::CheckItem(c) => Some(c.answer_kind),
                _ => None,
            })
            .collect::<Option<_>>()?,
        _ => return None,
    };
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
    for (a, kind) in r.answers.iter_mut().zip(kinds) {
        let e = new.checklist.get(a.entry)?;
        let answer = reports::answer_of(kind, &e.answer.value)?;
        if a.follow_up.is_some() != (reports::follows_up(&answer) && !e.follow_up.is_empty()) {
            return None;
        }
        a.answer = answer;
        a.comment.clone_from(&e.comment);
    }
    for g in &mut r.goals {
        let e = new.goals.get(g.entry)?;
        g.achievement = e.achievement;
        g.comment.clone_from(&e.comment);
    }
    // Every value names an indicator when the report had no error.
    if r.values.len() != new.values.len() {
        return None;
    }
    for (v, e) in r.values.iter_mut().zip(&new.values) {
        v.1 = e.value;
    }
    if let (Some(e), Some(n)) = (&mut r.economy, &new.economy) {
        (e.budget, e.spent, e.forecast) = (n.budget, n.spent, n.forecast);
        e.comment.clone_from(&n.comment);
    }
    let status = r.status.clone();
    let answers: Vec<(ItemId, Answer, Option<String>)> = r
        .answers
        .iter()
        .map(|a| (a.item, a.answer.clone(), a.comment.clone()))
        .collect();
    let values = r.values.clone();
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
    for (item, answer, comment) in answers {
        let n = seen.entry(item).or_default();
        if let Data::CheckItem(c) = &mut Arc::make_mut(items.get_mut(item.index())?).data
            && let Some(a) = c.answers.iter_mut().filter(|a| a.report == report).nth(*n)
        {
            a.answer = answer;
            a.comment = comment;
        }
        *n += 1;
    }
    seen.clear();
    for (indicator, value) in values {
        let n = seen.entry(indicator).or_default();
        if let Data::Indicator(i) = &mut Arc::make_mut(items.get_mut(indicator.index())?).data
            && let Some(p) = i
                .points
                .iter_mut()
                .filter(|p| matches!(p.from, PointSource::Report(r) if r == report))
                .nth(*n)
        {
            p.value = value;
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

/// Derives the status of the `touched` items again, and the agenda when a deadline changed;
/// whether a status, progress, deadline or overdue changed (the units are to be rolled up
/// again).
pub fn derive(s: &mut Structure, touched: &[ItemId]) -> bool {
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
    if deadline {
        s.agenda = Arc::new(super::agenda::index(&s.items));
    }
    status
}
