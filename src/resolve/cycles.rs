//! Cycles in parent chains (units, goals, letters), and the one top of the organisation.
//!
//! A cycle is reported at the item whose `parent` closes it, and that link is cut so that
//! every later stage can walk parents without guarding against loops.

use std::collections::HashMap;
use std::sync::Arc;

use crate::diag::Diagnostics;
use crate::model::vocab::Kind;
use crate::model::{Data, Item, ItemId};
use crate::span::Loc;

fn parent_of(item: &Item) -> Option<ItemId> {
    match &item.data {
        Data::Unit(u) => u.parent,
        Data::Goal(g) => g.parent,
        Data::Letter(l) => l.parent,
        _ => None,
    }
}

/// Whether `child` taking `parent` as its parent would close a cycle (`parent` is `child`
/// or below it), in items whose cycles were cut.
pub fn would_close(items: &[Arc<Item>], child: ItemId, parent: ItemId) -> bool {
    let mut at = Some(parent);
    for _ in 0..=items.len() {
        match at {
            Some(x) if x == child => return true,
            Some(x) => at = parent_of(&items[x.index()]),
            None => return false,
        }
    }
    true
}

fn cut_parent(item: &mut Item) {
    match &mut item.data {
        Data::Unit(u) => u.parent = None,
        Data::Goal(g) => g.parent = None,
        Data::Letter(l) => l.parent = None,
        _ => {}
    }
}

/// Linear: every item is walked once (state 2 = finished). Returns the items whose parent
/// was cut, so that a unit left without a parent by the cut is not reported a second time
/// as a second top of the organisation.
pub fn break_cycles(
    items: &mut [Arc<Item>],
    parent_locs: &HashMap<ItemId, Loc>,
    diags: &mut Diagnostics,
) -> Vec<ItemId> {
    let mut cut = Vec::new();
    let mut state = vec![0u8; items.len()];
    for start in 0..items.len() {
        if state[start] != 0 || !matches!(items[start].kind, Kind::Unit | Kind::Goal | Kind::Letter)
        {
            continue;
        }
        let mut path: Vec<usize> = Vec::new();
        let mut at = start;
        loop {
            state[at] = 1;
            path.push(at);
            match parent_of(&items[at]).map(ItemId::index) {
                Some(p) if state[p] == 1 => {
                    let from = path.iter().position(|&i| i == p).unwrap_or(0);
                    let chain: Vec<&str> = path[from..]
                        .iter()
                        .chain(std::iter::once(&p))
                        .map(|&i| items[i].key.as_str())
                        .collect();
                    let item = &items[at];
                    let what = super::registry::kind_name(item.kind);
                    let loc = parent_locs.get(&ItemId(at as u32)).unwrap_or(&item.origin);
                    diags
                        .error_at(loc, format!("`{}` is its own {what} ancestor: {}", item.key, chain.join(" → ")))
                        .help(format!("a {what}'s `parent` must lead up to the top without coming back; change one of these parents"));
                    cut_parent(Arc::make_mut(&mut items[at]));
                    cut.push(ItemId(at as u32));
                    break;
                }
                Some(p) if state[p] == 0 => at = p,
                _ => break,
            }
        }
        for i in path {
            state[i] = 2;
        }
    }
    cut
}

/// The municipality: exactly one unit without a parent. Units whose parent was `cut` for a
/// cycle have been reported already and are not counted as tops.
pub fn find_root(
    items: &[Arc<Item>],
    units: &[ItemId],
    cut: &[ItemId],
    diags: &mut Diagnostics,
) -> Option<ItemId> {
    let roots: Vec<ItemId> = units
        .iter()
        .copied()
        .filter(|u| matches!(&items[u.index()].data, Data::Unit(unit) if unit.parent.is_none()))
        .filter(|u| !cut.contains(u))
        .collect();
    match roots.as_slice() {
        [] if units.is_empty() => None,
        // Every chain was a cycle, reported and cut: a cut unit stands in as the top so that
        // the later stages see the organisation they always see.
        [] => units.iter().copied().find(|u| cut.contains(u)),
        [root] => Some(*root),
        [root, rest @ ..] => {
            for r in rest {
                let item = &items[r.index()];
                diags
                    .error_at(&item.origin, format!(
                        "unit `{}` has no `parent`, but `{}` is already the top of the organisation",
                        item.key, items[root.index()].key
                    ))
                    .help("exactly one unit (the municipality) has no parent: set `parent` to the unit above this one");
            }
            Some(*root)
        }
    }
}
