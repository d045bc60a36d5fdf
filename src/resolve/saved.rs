//! The next graph after saves that changed only what the last graph can take without
//! resolving the site again ([`crate::load::Edit`]): the texts of the items saved
//! (`texts.rs`) and the values a leader reports with what is derived from them (`values.rs`).
//! The structure is shared with the last graph's but for the items that changed.

use std::collections::HashSet;

use crate::load::RawItem;
use crate::model::{Body, Graph, ItemId};

/// `g` with the texts, status values and bodies of `saved` (each file's item in `g`, and
/// what the file now says). `None` when an item is not where the file's own registration
/// put it (the file changed more than these), a status is not one of the site's, or a
/// public title that is or was a person's name changed: the caller resolves the site
/// instead.
pub fn with_saved(g: &Graph, saved: &[(ItemId, RawItem)]) -> Option<Graph> {
    let mut s = crate::model::Structure::clone(g.structure());
    let mut titles = HashSet::new();
    let mut touched = Vec::new();
    for (id, raw) in saved {
        super::texts::put_file(&mut s.items, *id, raw, &mut titles)?;
        super::values::put_file(&mut s.items, *id, raw, &s.config, &mut touched)?;
    }
    // The names looked for leave out a public item's title (`PersonNames::wanted`).
    if !titles.is_empty()
        && crate::model::names_in(&s.items)
            .iter()
            .any(|n| titles.contains(&n.trim().to_lowercase()))
    {
        return None;
    }
    super::values::derive(&mut s, &touched);
    Some(
        g.with_structure(
            s,
            saved
                .iter()
                .map(|(id, raw)| (*id, Body::of(raw.body.clone(), raw.body_line))),
        ),
    )
}
