//! Back-links and derived indexes, made in one pass over every reference.
//!
//! Each reference (item A names item B in field F) is visited once: O(references). Nothing
//! here searches; render gets ready lists ("what refers here", a unit's assignments, …).

use crate::model::vocab::Kind;
use crate::model::*;
use std::sync::Arc;

struct Edge {
    target: ItemId,
    from: ItemId,
    field: &'static str,
}

fn edges_of(id: ItemId, item: &Item, out: &mut Vec<Edge>) {
    let mut add = |target: ItemId, field: &'static str| {
        out.push(Edge {
            target,
            from: id,
            field,
        })
    };
    match &item.data {
        Data::Unit(u) => u.parent.into_iter().for_each(|t| add(t, "parent")),
        Data::Plan(p) => p.owner.into_iter().for_each(|t| add(t, "owner")),
        Data::Goal(g) => g.parent.into_iter().for_each(|t| add(t, "parent")),
        Data::Strategy(s) => s.goals.iter().for_each(|&t| add(t, "goals")),
        Data::Measure(m) => {
            m.goals.iter().for_each(|&t| add(t, "goals"));
            m.strategies.iter().for_each(|&t| add(t, "strategies"));
            m.owner.into_iter().for_each(|t| add(t, "owner"));
        }
        Data::Verbal(v) => v.owner.into_iter().for_each(|t| add(t, "owner")),
        Data::Letter(l) => {
            l.from.into_iter().for_each(|t| add(t, "from"));
            l.to.iter().for_each(|&t| add(t, "to"));
            l.parent.into_iter().for_each(|t| add(t, "parent"));
        }
        Data::Assignment(a) => {
            a.owner.into_iter().for_each(|t| add(t, "owner"));
            a.assigned_to.iter().for_each(|&t| add(t, "assigned_to"));
            a.goals.iter().for_each(|&t| add(t, "goals"));
            a.strategies.iter().for_each(|&t| add(t, "strategies"));
            if let Source::Item(t) = a.source {
                add(t, "source");
            }
            a.letter.into_iter().for_each(|t| add(t, "letter"));
        }
        Data::Task(t) => {
            if let Responsible::Unit(u) = t.responsible {
                add(u, "responsible");
            }
        }
        Data::Indicator(i) => {
            i.goals.iter().for_each(|&t| add(t, "goals"));
            i.units.iter().for_each(|&t| add(t, "units"));
        }
        Data::Checklist(c) => c.applies_to.iter().for_each(|&t| add(t, "applies_to")),
        Data::CheckItem(_) => {}
        Data::Report(r) => {
            r.unit.into_iter().for_each(|t| add(t, "unit"));
            r.status.iter().for_each(|s| add(s.target, "status"));
            r.goals.iter().for_each(|g| add(g.goal, "goals"));
            r.values.iter().for_each(|(t, _)| add(*t, "values"));
        }
        Data::Event(e) => e.units.iter().for_each(|&t| add(t, "units")),
    }
}

/// The list of `target` that an edge from an item of kind `from` in `field` adds to, and
/// whether an item is in it once however many such edges it has. Every list is in item
/// order: edges are visited in the order of the items they come from.
fn derived<'a>(
    target: &'a mut Data,
    from: Kind,
    field: &str,
) -> Option<(&'a mut Vec<ItemId>, bool)> {
    Some(match (target, from, field) {
        (Data::Unit(u), Kind::Unit, "parent") => (&mut u.children, false),
        (Data::Unit(u), Kind::Assignment, "owner" | "assigned_to") => (&mut u.assignments, true),
        (Data::Unit(u), Kind::Task, _) => (&mut u.tasks, false),
        (Data::Unit(u), Kind::Letter, "from") => (&mut u.letters_from, false),
        (Data::Unit(u), Kind::Letter, "to") => (&mut u.letters_to, false),
        (Data::Unit(u), Kind::Report, _) => (&mut u.reports, false),
        (Data::Unit(u), Kind::Indicator, _) => (&mut u.indicators, false),
        (Data::Unit(u), Kind::Plan, _) => (&mut u.plans, false),
        (Data::Unit(u), Kind::Measure, _) => (&mut u.measures, false),
        (Data::Unit(u), Kind::Verbal, _) => (&mut u.verbal, false),
        (Data::Goal(g), Kind::Goal, "parent") => (&mut g.children, false),
        (Data::Goal(g), Kind::Strategy, _) => (&mut g.strategies, false),
        (Data::Goal(g), Kind::Measure, _) => (&mut g.measures, false),
        (Data::Goal(g), Kind::Assignment, _) => (&mut g.assignments, true),
        (Data::Goal(g), Kind::Indicator, _) => (&mut g.indicators, false),
        (Data::Strategy(s), Kind::Measure, _) => (&mut s.measures, false),
        (Data::Strategy(s), Kind::Assignment, _) => (&mut s.assignments, true),
        (Data::Letter(l), Kind::Letter, "parent") => (&mut l.children, false),
        (Data::Letter(l), Kind::Assignment, _) => (&mut l.assignments, false),
        _ => return None,
    })
}

/// Puts the references of the items `changed` (each with its item as it was) in place of
/// their old ones, in the back-links of what they name and in the lists derived from them,
/// where [`index`] would have put them. An item is in each list once (references are
/// deduplicated when they are looked up, and an item names a target in one field of a
/// list), so a list gets it where its id sorts.
pub fn update(
    items: &mut [Arc<Item>],
    backlinks: &mut [Vec<Backlink>],
    changed: &[(ItemId, Arc<Item>)],
) {
    for (x, old) in changed {
        let x = *x;
        let (mut before, mut after) = (Vec::new(), Vec::new());
        edges_of(x, old, &mut before);
        edges_of(x, &items[x.index()], &mut after);
        let from_kind = items[x.index()].kind;
        let mut targets: Vec<ItemId> = before.iter().chain(&after).map(|e| e.target).collect();
        targets.sort_unstable();
        targets.dedup();
        let fields = |edges: &[Edge], t: ItemId| -> Vec<&'static str> {
            edges
                .iter()
                .filter(|e| e.target == t)
                .map(|e| e.field)
                .collect()
        };
        for t in targets {
            let (was, now) = (fields(&before, t), fields(&after, t));
            if was == now {
                continue;
            }
            let list = &mut backlinks[t.index()];
            list.retain(|b| b.from != x);
            if let Some(&field) = now.first() {
                let at = list.partition_point(|b| b.from < x);
                list.insert(at, Backlink { from: x, field });
            }
            let target = &mut Arc::make_mut(&mut items[t.index()]).data;
            for field in was {
                if let Some((list, _)) = derived(target, from_kind, field) {
                    list.retain(|&y| y != x);
                }
            }
            for field in now {
                if let Some((list, _)) = derived(target, from_kind, field)
                    && let Err(at) = list.binary_search(&x)
                {
                    list.insert(at, x);
                }
            }
        }
    }
}

/// Fills [`Graph::backlinks`] and the derived lists in units, goals, strategies and letters.
pub fn index(items: &mut [Arc<Item>], root_unit: Option<ItemId>) -> Vec<Vec<Backlink>> {
    let mut edges = Vec::new();
    for (i, item) in items.iter().enumerate() {
        edges_of(ItemId(i as u32), item, &mut edges);
    }
    let mut backlinks: Vec<Vec<Backlink>> = vec![Vec::new(); items.len()];
    for e in &edges {
        let list = &mut backlinks[e.target.index()];
        // One entry per referring item, whichever fields it names the target in.
        if list.last().is_none_or(|b| b.from != e.from) {
            list.push(Backlink {
                from: e.from,
                field: e.field,
            });
        }
        let from_kind = items[e.from.index()].kind;
        let target = &mut Arc::make_mut(&mut items[e.target.index()]).data;
        if let Some((list, once)) = derived(target, from_kind, e.field) {
            if once {
                push_once(list, e.from);
            } else {
                list.push(e.from);
            }
        }
    }
    set_depths(items, root_unit);
    checklist_scopes(items, root_unit);
    indicator_data(items);
    backlinks
}

/// Which indicators have values for each unit: O(points).
fn indicator_data(items: &mut [Arc<Item>]) {
    let mut pairs: Vec<(ItemId, ItemId)> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if let Data::Indicator(ind) = &item.data {
            pairs.extend(
                ind.points
                    .iter()
                    .filter_map(|pt| Some((pt.unit?, ItemId(i as u32)))),
            );
        }
    }
    pairs.sort();
    pairs.dedup();
    for (unit, indicator) in pairs {
        if let Data::Unit(u) = &mut Arc::make_mut(&mut items[unit.index()]).data {
            u.indicator_data.push(indicator);
        }
    }
}

fn push_once(list: &mut Vec<ItemId>, id: ItemId) {
    if list.last() != Some(&id) && !list.contains(&id) {
        list.push(id);
    }
}

/// Each unit's depth below `root`; a unit whose depth is as it was is not copied (`serve`
/// sets them again when a unit moved, on items shared with the last graph).
fn set_depths(items: &mut [Arc<Item>], root: Option<ItemId>) {
    let Some(root) = root else { return };
    let mut stack = vec![(root, 0u32)];
    while let Some((u, depth)) = stack.pop() {
        let Data::Unit(unit) = &items[u.index()].data else {
            continue;
        };
        stack.extend(unit.children.iter().map(|&c| (c, depth + 1)));
        if unit.depth != depth
            && let Data::Unit(unit) = &mut Arc::make_mut(&mut items[u.index()]).data
        {
            unit.depth = depth;
        }
    }
}

/// What follows from where the units are, made again after a unit moved (its `parent`
/// changed, the back-links and children already updated): the depths and every
/// checklist's scope.
pub fn reorganised(items: &mut [Arc<Item>], checklists: &[ItemId], root: Option<ItemId>) {
    set_depths(items, root);
    for &c in checklists {
        rescope(items, c, root);
    }
}

fn subtree(items: &[Arc<Item>], u: ItemId, out: &mut Vec<ItemId>) {
    let mut stack = vec![u];
    while let Some(u) = stack.pop() {
        if out.contains(&u) {
            continue;
        }
        out.push(u);
        if let Data::Unit(unit) = &items[u.index()].data {
            stack.extend(unit.children.iter().rev());
        }
    }
}

/// The units a checklist applies to: `applies_to` and every unit below (the whole
/// municipality when it names none).
fn scope_of(items: &[Arc<Item>], c: &Checklist, root: Option<ItemId>) -> Vec<ItemId> {
    let mut starts = c.applies_to.clone();
    if starts.is_empty() {
        starts.extend(root);
    }
    let mut scope = Vec::new();
    for s in starts {
        subtree(items, s, &mut scope);
    }
    scope
}

/// The scope of the checklist `id` made again after its `applies_to` changed, and the
/// units' lists of checklists with it, each where [`index`] would have put it.
pub fn rescope(items: &mut [Arc<Item>], id: ItemId, root: Option<ItemId>) {
    let Data::Checklist(c) = &items[id.index()].data else {
        return;
    };
    let (was, now) = (c.scope.clone(), scope_of(items, c, root));
    if was == now {
        return;
    }
    for &u in was.iter().filter(|u| !now.contains(u)) {
        if let Data::Unit(unit) = &mut Arc::make_mut(&mut items[u.index()]).data {
            unit.checklists.retain(|&x| x != id);
        }
    }
    for &u in now.iter().filter(|u| !was.contains(u)) {
        if let Data::Unit(unit) = &mut Arc::make_mut(&mut items[u.index()]).data
            && let Err(at) = unit.checklists.binary_search(&id)
        {
            unit.checklists.insert(at, id);
        }
    }
    if let Data::Checklist(c) = &mut Arc::make_mut(&mut items[id.index()]).data {
        c.scope = now;
    }
}

fn checklist_scopes(items: &mut [Arc<Item>], root: Option<ItemId>) {
    for i in 0..items.len() {
        let Data::Checklist(c) = &items[i].data else {
            continue;
        };
        let scope = scope_of(items, c, root);
        for &u in &scope {
            if let Data::Unit(unit) = &mut Arc::make_mut(&mut items[u.index()]).data {
                unit.checklists.push(ItemId(i as u32));
            }
        }
        if let Data::Checklist(c) = &mut Arc::make_mut(&mut items[i]).data {
            c.scope = scope;
        }
    }
}
