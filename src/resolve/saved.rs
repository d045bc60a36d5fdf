//! The next graph after saves that changed only what the last graph can take without
//! resolving the site again ([`crate::load::Edit`]): the texts of the items saved
//! (`texts.rs`), the values a leader reports (`values.rs`), the references of assignments,
//! letters, indicators, checklists and events (`references.rs`) and a report's entries
//! (`entries.rs`), with what is derived from them.
//! The structure is shared with the last graph's but for the items that changed.

use std::collections::HashSet;

use crate::load::{Edit, RawItem};
use crate::model::vocab::Kind;
use crate::model::{Body, Data, Graph, ItemId};

/// `g` with the texts, values, references and bodies of `saved` (each file's item in `g`,
/// and what the file now says), which differ from `g`'s by `edit` at most. `None` when an
/// item is not where the file's own registration put it (the file changed more than these),
/// a status is not one of the site's, a reference would be reported, or a public title that
/// is or was a person's name changed: the caller resolves the site instead.
pub fn with_saved(g: &Graph, saved: &[(ItemId, RawItem)], edit: Edit) -> Option<Graph> {
    saved_with(g, saved, edit, None)
}

/// [`with_saved`], with the registry of `g` when the caller has it.
pub(super) fn saved_with(
    g: &Graph,
    saved: &[(ItemId, RawItem)],
    edit: Edit,
    reg: Option<super::registry::Registry>,
) -> Option<Graph> {
    let mut s = crate::model::Structure::clone(g.structure());
    let mut titles = HashSet::new();
    let mut touched = Vec::new();
    let mut changed = Vec::new();
    let reg = (edit == Edit::References)
        .then(|| reg.unwrap_or_else(|| super::registry::Registry::of(&s)));
    for (id, raw) in saved {
        super::texts::put_file(&mut s.items, *id, raw, &mut titles)?;
        match (&reg, raw.kind) {
            // Applied again whole: its entries may not be where they were.
            (Some(reg), Kind::Report) => {
                super::entries::put_file(&mut s, reg, *id, raw, &mut touched, &mut changed)?
            }
            _ => super::values::put_file(&mut s.items, *id, raw, &s.config, &mut touched)?,
        }
        if let Some(reg) = &reg
            && raw.kind != Kind::Report
        {
            super::references::put_file(&mut s, reg, *id, raw, &mut changed)?;
        }
    }
    // An untitled report is named after its unit and period.
    for (id, _) in saved {
        let (was, now) = (g.item(*id), &s.items[id.index()]);
        let reports = match (&was.data, &now.data) {
            (Data::Unit(_), Data::Unit(u)) if was.title != now.title => u.reports.clone(),
            (Data::Report(a), Data::Report(b)) if (a.unit, a.period) != (b.unit, b.period) => {
                vec![*id]
            }
            _ => continue,
        };
        for r in reports {
            super::texts::retitle(&mut s.items, r, &s.config, &mut titles);
        }
    }
    // The names looked for leave out a public item's title (`PersonNames::wanted`).
    if !titles.is_empty()
        && crate::model::names_in(&s.items)
            .iter()
            .any(|n| titles.contains(&n.trim().to_lowercase()))
    {
        return None;
    }
    let status = super::values::derive(&mut s, &touched);
    super::references::derive(&mut s, &changed);
    if status || super::references::reach_roll_ups(&s.items, &changed) {
        super::rollup::roll_up(&mut s.items, s.config.statuses.len());
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
