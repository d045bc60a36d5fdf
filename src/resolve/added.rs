//! A report file added, put into the last graph (`serve`): what a leader writing this
//! month's report does. An item's id is its place in file order, so every id from the new
//! report's place on moves one up ([`crate::model::Structure::make_room`]); an empty report
//! is put in that place, and the file is then saved into it as a report whose unit, period,
//! date, entries and texts changed ([`super::with_saved`]), which applies it and derives
//! what follows. What a whole resolve would say more of a new report makes this give up:
//! an id taken, a reference or value the build reports, a title that hides a person's name
//! (the save's own check of changed titles), an internal id a free-text source is nearly
//! (the warning's own rule, [`super::visibility::nearly`]).

use std::sync::Arc;

use super::registry::Registry;
use crate::load::{Edit, RawItem};
use crate::model::vocab::{Kind, Visibility};
use crate::model::{Data, Graph, ItemId, Report, near_key};

/// `g` with the report file `raw` added, its item at `at` (its place in file order: the id
/// of the first item of the next file, or the first automatic assignment's when no file
/// comes after it). `None` when it is not a report, or a whole resolve would report more.
pub fn with_added(g: &Graph, at: ItemId, raw: &RawItem) -> Option<Graph> {
    if raw.kind != Kind::Report
        || super::build::inline_items(raw).next().is_some()
        || g.by_key.contains_key(&raw.id.value)
        || at.index() > g.items.len()
    {
        return None;
    }
    let rel = raw.file.strip_prefix("content/")?.to_string();
    let mut s = crate::model::Structure::clone(g.structure());
    s.make_room(at);
    Arc::make_mut(&mut s.by_key).insert(raw.id.value.clone(), at);
    // The registry of the site with the new id in its place, for the build of its item.
    let mut reg = Registry::of(&s);
    reg.kinds.insert(at.index(), Kind::Report);
    reg.origins
        .insert(at.index(), crate::span::Loc::new(&raw.file, raw.id.pos));
    let made = super::build::file_again(&reg, &s.config, raw, at)?;
    let [item] = made.as_slice() else {
        return None;
    };
    let mut blank = (**item).clone();
    if !matches!(blank.data, Data::Report(_)) {
        return None;
    }
    // No title yet: the file's, or the default, is put in as a changed title, which the
    // save checks against the person names like any other.
    let default_title = blank.title.is_empty();
    blank.title.clear();
    blank.data = Data::Report(Report {
        unit: None,
        period: None,
        date: None,
        status: Vec::new(),
        answers: Vec::new(),
        goals: Vec::new(),
        values: Vec::new(),
        economy: None,
        default_title,
    });
    if blank.visibility == Visibility::Internal {
        let near = near_key(&blank.key);
        let id_near = |k: &str| (k == near).then_some(blank.key.as_str());
        if s.items
            .iter()
            .any(|i| super::visibility::nearly(i, id_near).is_some())
        {
            return None;
        }
        Arc::make_mut(&mut s.internal_near).insert(near);
    }
    s.items.insert(at.index(), Arc::new(blank));
    Arc::make_mut(&mut s.by_file).insert(rel, at);
    let reports = Arc::make_mut(&mut s.by_kind)
        .entry(Kind::Report)
        .or_default();
    let place = reports.partition_point(|r| *r < at);
    reports.insert(place, at);
    let room = g.with_room(s, at);
    super::saved::saved_with(&room, &[(at, raw.clone())], Edit::References, Some(reg))
}
