//! Every id an item holds, to read or to change: for `serve`, which gives the items after a
//! new file new ids (an id is a place in file order). Each struct is taken apart without
//! `..`, so a field added to the model does not compile here until it is said whether it
//! holds ids.

use super::*;

/// Calls `$f` with a reference to every id in `$item` (`&Item` or, with `mut`, `&mut Item`).
macro_rules! each_id {
    ($item:expr, $f:ident $(, $m:tt)?) => {{
        let Item {
            key: _,
            kind: _,
            title: _,
            summary: _,
            visibility: _,
            exemption: _,
            origin: _,
            container,
            data,
        } = $item;
        if let Some(c) = container {
            $f(c);
        }
        match data {
            Data::Unit(u) => {
                let Unit {
                    parent,
                    children,
                    depth: _,
                    level: _,
                    leader: _,
                    budget: _,
                    agreement: _,
                    reporting: _,
                    rhythm: _,
                    assignments,
                    tasks,
                    letters_from,
                    letters_to,
                    reports,
                    indicators,
                    indicator_data,
                    checklists,
                    plans,
                    measures,
                    verbal,
                    stats,
                } = &$($m)? **u;
                if let Some(x) = parent {
                    $f(x);
                }
                for list in [
                    children,
                    assignments,
                    tasks,
                    letters_from,
                    letters_to,
                    reports,
                    indicators,
                    indicator_data,
                    checklists,
                    plans,
                    measures,
                    verbal,
                ] {
                    for x in list {
                        $f(x);
                    }
                }
                for s in stats {
                    let UnitStats {
                        own_assignments: _,
                        all_assignments: _,
                        own_tasks: _,
                        all_tasks: _,
                        own_items,
                        overdue_items,
                    } = s;
                    for list in [own_items, overdue_items] {
                        for x in list {
                            $f(x);
                        }
                    }
                }
            }
            Data::Plan(p) => {
                let Plan {
                    plan_kind: _,
                    period: _,
                    stage: _,
                    adopted: _,
                    adopted_by: _,
                    case: _,
                    owner,
                    goals,
                    strategies,
                    measures,
                    verbal,
                } = p;
                if let Some(x) = owner {
                    $f(x);
                }
                for list in [goals, strategies, measures, verbal] {
                    for x in list {
                        $f(x);
                    }
                }
            }
            Data::Goal(g) => {
                let Goal {
                    plan,
                    parent,
                    children,
                    description: _,
                    strategies,
                    measures,
                    assignments,
                    indicators,
                } = g;
                $f(plan);
                if let Some(x) = parent {
                    $f(x);
                }
                for list in [children, strategies, measures, assignments, indicators] {
                    for x in list {
                        $f(x);
                    }
                }
            }
            Data::Strategy(s) => {
                let Strategy {
                    plan,
                    goals,
                    description: _,
                    measures,
                    assignments,
                } = s;
                $f(plan);
                for list in [goals, measures, assignments] {
                    for x in list {
                        $f(x);
                    }
                }
            }
            Data::Measure(m) => {
                let Measure {
                    plan,
                    goals,
                    strategies,
                    owner,
                    amounts: _,
                    priority: _,
                    description: _,
                    assignment,
                } = m;
                $f(plan);
                for list in [goals, strategies] {
                    for x in list {
                        $f(x);
                    }
                }
                for x in [owner, assignment] {
                    if let Some(x) = x {
                        $f(x);
                    }
                }
            }
            Data::Verbal(v) => {
                let Verbal {
                    plan,
                    owner,
                    adopted: _,
                    case: _,
                    description: _,
                    assignment,
                } = v;
                $f(plan);
                for x in [owner, assignment] {
                    if let Some(x) = x {
                        $f(x);
                    }
                }
            }
            Data::Letter(l) => {
                let Letter {
                    year: _,
                    from,
                    to,
                    parent,
                    children,
                    date: _,
                    assignments,
                } = l;
                for x in [from, parent] {
                    if let Some(x) = x {
                        $f(x);
                    }
                }
                for list in [to, children, assignments] {
                    for x in list {
                        $f(x);
                    }
                }
            }
            Data::Assignment(a) => {
                let Assignment {
                    year: _,
                    category: _,
                    owner,
                    assigned_to,
                    goals,
                    strategies,
                    source,
                    letter,
                    tasks,
                    automatic: _,
                    track,
                } = a;
                for x in [owner, letter] {
                    if let Some(x) = x {
                        $f(x);
                    }
                }
                for list in [assigned_to, goals, strategies, tasks] {
                    for x in list {
                        $f(x);
                    }
                }
                if let Source::Item(x) = source {
                    $f(x);
                }
                for h in &$($m)? track.history {
                    $f(&$($m)? h.report);
                }
            }
            Data::Task(t) => {
                let Task {
                    assignment,
                    responsible,
                    description: _,
                    track,
                } = t;
                $f(assignment);
                if let Responsible::Unit(x) = responsible {
                    $f(x);
                }
                for h in &$($m)? track.history {
                    $f(&$($m)? h.report);
                }
            }
            Data::Indicator(i) => {
                let Indicator {
                    indicator_kind: _,
                    goals,
                    units,
                    measure: _,
                    direction: _,
                    values: _,
                    targets: _,
                    points,
                    data_file: _,
                    source: _,
                } = i;
                for list in [goals, units] {
                    for x in list {
                        $f(x);
                    }
                }
                for p in points {
                    let Point {
                        period: _,
                        unit,
                        value: _,
                        from,
                    } = p;
                    if let Some(x) = unit {
                        $f(x);
                    }
                    if let PointSource::Report(x) = from {
                        $f(x);
                    }
                }
            }
            Data::Checklist(c) => {
                let Checklist {
                    year: _,
                    applies_to,
                    scope,
                    items,
                } = c;
                for list in [applies_to, scope, items] {
                    for x in list {
                        $f(x);
                    }
                }
            }
            Data::CheckItem(c) => {
                let CheckItem {
                    checklist,
                    purpose: _,
                    group: _,
                    answer_kind: _,
                    description: _,
                    answers,
                } = c;
                $f(checklist);
                for a in answers {
                    let GivenAnswer {
                        report,
                        unit,
                        period: _,
                        date: _,
                        answer: _,
                        comment: _,
                        follow_up,
                    } = a;
                    $f(report);
                    $f(unit);
                    if let Some(FollowUp {
                        measure: _,
                        responsible: Responsible::Unit(x),
                        deadline: _,
                        closed: _,
                    }) = follow_up
                    {
                        $f(x);
                    }
                }
            }
            Data::Report(r) => {
                let Report {
                    unit,
                    period: _,
                    date: _,
                    status,
                    answers,
                    goals,
                    values,
                    economy: _,
                    default_title: _,
                } = r;
                if let Some(x) = unit {
                    $f(x);
                }
                for s in status {
                    $f(&$($m)? s.target);
                }
                for a in answers {
                    $f(&$($m)? a.item);
                    if let Some(FollowUp {
                        responsible: Responsible::Unit(x),
                        ..
                    }) = &$($m)? a.follow_up
                    {
                        $f(x);
                    }
                }
                for g in goals {
                    $f(&$($m)? g.goal);
                }
                for v in values {
                    $f(&$($m)? v.0);
                }
            }
            Data::Event(e) => {
                let Event {
                    day: _,
                    end: _,
                    units,
                } = e;
                for x in units {
                    $f(x);
                }
            }
        }
    }};
}

/// Whether any id `item` holds is one `hit` is true of.
pub fn any_id(item: &Item, hit: impl Fn(ItemId) -> bool) -> bool {
    let mut found = false;
    let mut f = |x: &ItemId| found |= hit(*x);
    each_id!(item, f);
    found
}

/// Gives every id `item` holds the one `map` makes of it.
pub fn map_ids(item: &mut Item, map: impl Fn(ItemId) -> ItemId) {
    let f = |x: &mut ItemId| *x = map(*x);
    each_id!(item, f, mut);
}

impl Structure {
    /// Every id from `at` on one more, and an empty place at `at` in every index by item:
    /// room for an item put in at its place in file order (`serve`: a file added). The
    /// caller puts the item into `items` at `at`. The indexes are independent of each
    /// other, so they are changed side by side.
    pub fn make_room(&mut self, at: ItemId) {
        use rayon::prelude::*;
        let map = |x: ItemId| if x >= at { ItemId(x.0 + 1) } else { x };
        self.root_unit = self.root_unit.map(map);
        let Structure {
            items,
            by_key,
            by_file,
            by_kind,
            backlinks,
            trace,
            periods,
            people,
            agenda,
            ..
        } = self;
        let items = || {
            items.par_iter_mut().for_each(|item| {
                if any_id(item, |x| x >= at) {
                    map_ids(Arc::make_mut(item), map);
                }
            })
        };
        let maps = || {
            rayon::join(
                || {
                    for v in Arc::make_mut(by_key).values_mut() {
                        *v = map(*v);
                    }
                },
                || {
                    for v in Arc::make_mut(by_file).values_mut() {
                        *v = map(*v);
                    }
                },
            )
        };
        let backlinks = || {
            let backlinks = Arc::make_mut(backlinks);
            for list in backlinks.iter_mut() {
                for b in list {
                    b.from = map(b.from);
                }
            }
            backlinks.insert(at.index(), Vec::new());
        };
        let rest = || {
            Arc::make_mut(trace).make_room(at, map);
            for list in Arc::make_mut(by_kind).values_mut() {
                for x in list {
                    *x = map(*x);
                }
            }
            for p in Arc::make_mut(periods) {
                for r in &mut p.reports {
                    *r = map(*r);
                }
            }
            Arc::make_mut(people).map_ids(map);
            for d in &mut Arc::make_mut(agenda).deadlines {
                d.1 = map(d.1);
            }
        };
        rayon::join(|| rayon::join(items, maps), || rayon::join(backlinks, rest));
    }
}
