//! The next graph after saves that changed only texts an item shows itself (see
//! [`crate::load::RawItem::same_but_texts`]): the last graph with those texts, without
//! resolving the site again. What resolve derives reads them in four places only: an
//! automatic assignment copies its measure's or verbalpunkt's title and summary, and a
//! report's comments are copied into the status history of what it reports on and into the
//! answers of the checklist items (both copied here too); the person names looked for leave
//! out words that are a public item's title (a title that is or was such a name is left to a
//! whole resolve); and the warnings about names in public text, which `serve` finds again
//! for the saved files ([`super::text_problems_of`]).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::load::RawItem;
use crate::load::raw::{Common, RawData, RawReport};
use crate::model::vocab::Visibility;
use crate::model::{Body, Data, Graph, Item, ItemId};

/// `g` with the texts and bodies of `saved` (each file's item in `g`, and what it now says).
/// Only the items whose texts changed are copied; the rest of the structure is shared
/// with `g`'s. `None` when an item is not where the file's own registration put it, which a
/// file that changed more than texts would cause, or when a public title that is or was a
/// person's name changed: the caller resolves the site instead.
pub fn with_texts(g: &Graph, saved: &[(ItemId, RawItem)]) -> Option<Graph> {
    let mut s = crate::model::Structure::clone(g.structure());
    let mut titles = HashSet::new();
    for (id, raw) in saved {
        let mut at = id.index();
        put(
            &mut s.items,
            at,
            &raw.id.value,
            &raw.common,
            None,
            &mut titles,
        )?;
        for (inline, _) in super::build::inline_items(raw) {
            at += 1;
            let description = inline.description.as_ref().map(|d| d.value.as_str());
            put(
                &mut s.items,
                at,
                &inline.id.value,
                &inline.common,
                description,
                &mut titles,
            )?;
        }
        if let RawData::Report(report) = &raw.data {
            comments(&mut s.items, *id, report)?;
        }
    }
    if !titles.is_empty()
        && crate::model::names_in(&s.items)
            .iter()
            .any(|n| titles.contains(&n.trim().to_lowercase()))
    {
        return None;
    }
    Some(
        g.with_structure(
            s,
            saved
                .iter()
                .map(|(id, raw)| (*id, Body::of(raw.body.clone(), raw.body_line))),
        ),
    )
}

/// Puts one item's texts at `at`, and into the automatic assignment made from it; adds a
/// public title that changed to `titles`, as it was and as it is (lower case).
fn put(
    items: &mut [Arc<Item>],
    at: usize,
    key: &str,
    common: &Common,
    description: Option<&str>,
    titles: &mut HashSet<String>,
) -> Option<()> {
    let old = items.get(at).filter(|i| i.key == key)?;
    // An empty title was given a default, and stays empty in a change of texts.
    let title = common
        .title
        .as_ref()
        .map(|t| &t.value)
        .filter(|t| !t.is_empty() && **t != old.title);
    if let Some(t) = title
        && old.visibility == Visibility::Public
    {
        titles.insert(old.title.to_lowercase());
        titles.insert(t.to_lowercase());
    }
    let item = Arc::make_mut(&mut items[at]);
    if let Some(t) = title {
        item.title.clone_from(t);
    }
    item.summary.clone_from(&common.summary);
    let made = match &item.data {
        Data::Measure(m) => m.assignment,
        Data::Verbal(v) => v.assignment,
        _ => None,
    };
    let slot = match &mut item.data {
        Data::Goal(g) => Some(&mut g.description),
        Data::Strategy(s) => Some(&mut s.description),
        Data::Measure(m) => Some(&mut m.description),
        Data::Verbal(v) => Some(&mut v.description),
        Data::Task(t) => Some(&mut t.description),
        Data::CheckItem(c) => Some(&mut c.description),
        _ => None,
    };
    if let Some(slot) = slot {
        *slot = description.map(str::to_string);
    }
    // `assignment` is also an assignment file that names it as its `source`: that one has
    // texts of its own.
    if let Some(made) = made {
        let (title, summary) = (item.title.clone(), item.summary.clone());
        let assignment = items.get_mut(made.index())?;
        if matches!(&assignment.data, Data::Assignment(a) if a.automatic) {
            let assignment = Arc::make_mut(assignment);
            assignment.title = title;
            assignment.summary = summary;
        }
    }
    Some(())
}

/// Puts a report's comments into it, and into the status history of the assignments and
/// tasks and the answers of the checklist items it reports on, where `reports::apply` put
/// them: each entry's comment by the place it was written, and the n-th entry on an item
/// in the n-th of that item's entries from this report (they are pushed in the order
/// written, and sorted stably).
fn comments(items: &mut [Arc<Item>], report: ItemId, new: &RawReport) -> Option<()> {
    let Data::Report(r) = &mut Arc::make_mut(items.get_mut(report.index())?).data else {
        return None;
    };
    for line in &mut r.status {
        line.comment
            .clone_from(&new.status.get(line.entry)?.comment);
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
    let status: Vec<(ItemId, Option<String>)> = r
        .status
        .iter()
        .map(|l| (l.target, l.comment.clone()))
        .collect();
    let answers: Vec<(ItemId, Option<String>)> = r
        .answers
        .iter()
        .map(|a| (a.item, a.comment.clone()))
        .collect();
    let mut seen: HashMap<ItemId, usize> = HashMap::new();
    for (target, comment) in status {
        let n = seen.entry(target).or_default();
        let history = match &mut Arc::make_mut(items.get_mut(target.index())?).data {
            Data::Assignment(a) => &mut a.track.history,
            Data::Task(t) => &mut t.track.history,
            _ => continue,
        };
        // A report without a period put nothing into the history.
        if let Some(h) = history.iter_mut().filter(|h| h.report == report).nth(*n) {
            h.comment = comment;
        }
        *n += 1;
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
