//! Visibility across items, once every reference is known: what is written in one file can
//! make another item less public, and what a public item says can name a person.
//!
//! - A report is about its unit: a report on an internal unit is internal (its default title
//!   and its narrative would otherwise name the unit in the open tree).
//! - An internal inline item without an `exemption` of its own carries its container's, so
//!   every internal page can say why it is kept from the public.
//! - Warnings: an `exemption` on a public item says nothing (probably a forgotten
//!   `visibility`); public text that names a known person while names are not published
//!   (the writer withholds it, but the editor should know).

use rayon::prelude::*;
use std::sync::Arc;

use crate::config::SiteConfig;
use crate::diag::Diagnostics;
use crate::model::vocab::{Answer, Audience, Visibility};
use crate::model::*;
use crate::span::{Loc, Pos};

/// Reports on internal units become internal. Before render reads any visibility.
pub fn clamp_reports(items: &mut [Arc<Item>], diags: &mut Diagnostics) {
    for i in 0..items.len() {
        let Data::Report(r) = &items[i].data else {
            continue;
        };
        let Some(unit) = r.unit else { continue };
        let unit = &items[unit.index()];
        if items[i].visibility == Visibility::Public && unit.visibility == Visibility::Internal {
            diags
                .warning_at(
                    &items[i].origin,
                    format!(
                        "this report is public, but its unit `{}` is internal",
                        unit.key
                    ),
                )
                .help("a report is about its unit, so it is treated as internal; set `visibility = \"internal\"` on the report, or make the unit public");
            Arc::make_mut(&mut items[i]).visibility = Visibility::Internal;
        }
    }
}

/// Internal inline items (and automatic assignments) without an exemption of their own take
/// their container's. Containers come before what they hold in `items`, so one pass carries
/// an exemption down any depth (plan → measure → automatic assignment).
pub fn inherit_exemptions(items: &mut [Arc<Item>]) {
    for i in 0..items.len() {
        if items[i].exemption.is_some() || items[i].visibility != Visibility::Internal {
            continue;
        }
        let Some(c) = items[i].container else {
            continue;
        };
        if c.index() < i && items[c.index()].visibility == Visibility::Internal {
            let exemption = items[c.index()].exemption.clone();
            Arc::make_mut(&mut items[i]).exemption = exemption;
        }
    }
}

/// Warnings about exemptions on public items, and errors for public ids that hold a
/// person's name. The names in public text are [`names_in_text`]'s.
pub fn check(items: &[Arc<Item>], cfg: &SiteConfig, names: &PersonNames, diags: &mut Diagnostics) {
    for item in items {
        let automatic = matches!(&item.data, Data::Assignment(a) if a.automatic);
        if item.visibility == Visibility::Public && item.exemption.is_some() && !automatic {
            diags
                .warning_at(
                    &item.origin,
                    format!("`{}` has an `exemption` but is public", item.key),
                )
                .help("an exemption is the legal basis for keeping an item from the public: add `visibility = \"internal\"`, or remove `exemption`");
        }
    }
    if Audience::Open.sees_names(cfg) || names.is_empty() {
        return;
    }
    // An id is the address of the item's page in every tree, so a name in it cannot be
    // withheld; the editor renames the file (or sets `id`).
    for item in items {
        let automatic = matches!(&item.data, Data::Assignment(a) if a.automatic);
        if automatic || !Audience::Open.sees(item) {
            continue;
        }
        if let Some(f) = names.find(item.key.as_bytes()).first() {
            diags
                .error_at(
                    &item.origin,
                    format!(
                        "the id `{}` holds the name of the person `{}`, and the open tree's addresses are made from ids",
                        item.key, names.names[f.name]
                    ),
                )
                .help("person names are not published (site.toml `publish_person_names = false`): give the item an id without the name (rename the file or set `id`), or make it internal");
        }
    }
}

/// A warning at each person's name in the public text of the items `ids` (body included),
/// while names are not published: the writer withholds the name, but the editor should know.
pub fn names_in_text<'b>(
    items: &[Arc<Item>],
    ids: &[ItemId],
    body: impl Fn(ItemId) -> Option<&'b Body> + Sync,
    cfg: &SiteConfig,
    names: &PersonNames,
    diags: &mut Diagnostics,
) {
    if Audience::Open.sees_names(cfg) || names.is_empty() {
        return;
    }
    // The scan reads every public text of the site (tens of MB in a large municipality), so it
    // runs on all cores; the warnings are then given in item order, as before.
    let found: Vec<Vec<(Loc, usize)>> = ids
        .par_iter()
        .map(|&id| {
            let item = &items[id.index()];
            if !Audience::Open.sees(item) {
                return Vec::new();
            }
            let body = body(id);
            let mut out = Vec::new();
            for (text, loc) in public_texts(item, body) {
                for f in names.find_kept(text.as_bytes()) {
                    // In a body, the line of the name itself.
                    let mut loc = loc.clone();
                    if body.is_some_and(|b| std::ptr::eq(&*b.markdown, text)) {
                        loc.pos.line += text[..f.start].matches('\n').count() as u32;
                    }
                    out.push((loc, f.name));
                }
            }
            out
        })
        .collect();
    for (loc, name) in found.into_iter().flatten() {
        diags
            .warning_at(
                &loc,
                format!("public text names the person `{}`", names.names[name]),
            )
            .help("person names are not published (site.toml `publish_person_names = false`): the open tree shows the name as withheld; write the role instead, or make the item internal");
    }
}

/// The free text of an item that the open tree may show, with where it is written.
fn public_texts<'a>(item: &'a Item, body: Option<&'a Body>) -> Vec<(&'a str, Loc)> {
    let at = || item.origin.clone();
    let mut out: Vec<(&str, Loc)> = vec![(item.title.as_str(), at())];
    out.extend(item.summary.as_deref().map(|s| (s, at())));
    if let Some(b) = body {
        out.push((
            &b.markdown,
            Loc::new(&item.origin.file, Pos::new(b.line, 1)),
        ));
    }
    let mut more: Vec<&str> = Vec::new();
    match &item.data {
        Data::Unit(u) => {
            more.extend(u.level.as_deref());
            more.extend(u.budget.iter().filter_map(|b| b.note.as_deref()));
        }
        Data::Plan(p) => {
            more.extend(p.adopted_by.as_deref());
            more.extend(p.case.as_deref());
        }
        Data::Goal(g) => more.extend(g.description.as_deref()),
        Data::Strategy(s) => more.extend(s.description.as_deref()),
        Data::Measure(m) => more.extend(m.description.as_deref()),
        Data::Verbal(v) => {
            more.extend(v.description.as_deref());
            more.extend(v.case.as_deref());
        }
        Data::Assignment(a) => {
            if let Source::Text(t) = &a.source {
                more.push(t);
            }
        }
        Data::Task(t) => more.extend(t.description.as_deref()),
        Data::Indicator(i) => {
            more.extend(i.measure.as_deref());
            more.extend(i.source.as_deref());
        }
        Data::CheckItem(c) => {
            more.extend(c.purpose.as_deref());
            more.extend(c.group.as_deref());
            more.extend(c.description.as_deref());
        }
        Data::Report(r) => {
            more.extend(r.status.iter().filter_map(|s| s.comment.as_deref()));
            for a in &r.answers {
                more.extend(a.comment.as_deref());
                if let Answer::Text(t) = &a.answer {
                    more.push(t);
                }
            }
            more.extend(r.goals.iter().filter_map(|g| g.comment.as_deref()));
            for a in &r.answers {
                more.extend(a.follow_up.as_ref().and_then(|f| f.measure.as_deref()));
            }
            more.extend(r.economy.as_ref().and_then(|e| e.comment.as_deref()));
        }
        Data::Letter(_) | Data::Checklist(_) | Data::Event(_) => {}
    }
    out.extend(more.into_iter().map(|t| (t, at())));
    out
}

/// The ids of internal items as they may be mistyped ([`near_key`]), and a warning at each
/// public assignment's free-text `source` that is one of them but not exactly: it reads as a
/// reference to an internal item, so the open tree does not show it.
/// The free-text `source` of an assignment the open tree shows, when it is nearly but not
/// exactly an internal id (`id_near` gives the id of a [`near_key`], if one is internal),
/// and that id: a source the open tree does not show, with a warning.
pub fn nearly<'i, 'k>(
    item: &'i Item,
    id_near: impl Fn(&str) -> Option<&'k str>,
) -> Option<(&'i str, &'k str)> {
    let Data::Assignment(a) = &item.data else {
        return None;
    };
    let Source::Text(text) = &a.source else {
        return None;
    };
    if !Audience::Open.sees(item) || text.trim() == "" {
        return None;
    }
    let key = id_near(&near_key(text))?;
    (text.trim() != key).then_some((text, key))
}

pub fn near_sources(
    items: &[Arc<Item>],
    source_locs: &std::collections::HashMap<ItemId, Loc>,
    diags: &mut Diagnostics,
) -> std::collections::HashSet<String> {
    let mut near: std::collections::HashMap<String, &str> = std::collections::HashMap::new();
    for item in items
        .iter()
        .filter(|i| i.visibility == Visibility::Internal)
    {
        near.entry(near_key(&item.key)).or_insert(&item.key);
    }
    for (i, item) in items.iter().enumerate() {
        let Some((text, key)) = nearly(item, |k| near.get(k).copied()) else {
            continue;
        };
        let loc = source_locs
            .get(&ItemId(i as u32))
            .cloned()
            .unwrap_or_else(|| item.origin.clone());
        diags
            .warning_at(
                &loc,
                format!("`source = \"{}\"` is nearly the id of the internal item `{key}`, so the open tree does not show it", text.trim()),
            )
            .help(format!("write `source = \"{key}\"` if it is that item, or describe the source in other words"));
    }
    near.into_keys().collect()
}
