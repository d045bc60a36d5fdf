//! Things that are allowed but probably not meant: reported as warnings, never errors.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::diag::Diagnostics;
use crate::model::*;

/// Whether an assignment (or the priority measure it is made from) names no goal and no
/// strategy: it is warned about, as it does not show in den raude tråden.
pub(super) fn tied_to_nothing(goals: &[ItemId], strategies: &[ItemId]) -> bool {
    goals.is_empty() && strategies.is_empty()
}

/// A file with errors gets no warnings: an invalid `deadline` or an unknown goal would
/// otherwise also show up as "no deadline" and "not tied to any goal", which only adds noise.
pub fn check(items: &[Arc<Item>], diags: &mut Diagnostics) {
    let erroneous: HashSet<String> = diags
        .files_with_errors()
        .into_iter()
        .map(str::to_string)
        .collect();
    let mut reports_seen: HashMap<(ItemId, String), ItemId> = HashMap::new();
    for (i, item) in items.iter().enumerate() {
        if erroneous.contains(&*item.origin.file) {
            continue;
        }
        match &item.data {
            Data::Assignment(a) => {
                // A verbalpunkt's automatic assignment has no place to name goals (the
                // format gives a verbalpunkt none), so it is not warned about. A file is, even
                // one that carries out a measure or verbalpunkt: it does not inherit goals
                // from its `source` (content model v1.1), and can name its own.
                let verbal_itself = a.automatic
                    && matches!(
                        a.source,
                        Source::Item(s) if matches!(items[s.index()].data, Data::Verbal(_))
                    );
                if tied_to_nothing(&a.goals, &a.strategies) && !verbal_itself {
                    let what = if a.automatic {
                        "priority measure"
                    } else {
                        "assignment"
                    };
                    diags
                        .warning_at(&item.origin, format!("the {what} `{}` is not tied to any goal", item.key))
                        .help("name the goals or strategies it serves in `goals` or `strategies`, so it shows in den raude tråden");
                }
                if !a.automatic && a.track.own_deadline.is_none() {
                    diags
                        .warning_at(&item.origin, format!("the assignment `{}` has no deadline", item.key))
                        .help("add `deadline = 2026-12-31` so it can be followed up (and shown as overdue)");
                }
            }
            Data::Unit(u)
                if u.leader
                    .as_ref()
                    .is_none_or(|l| l.role.is_none() && l.name.is_none()) =>
            {
                diags
                    .warning_at(
                        &item.origin,
                        format!("the unit `{}` has no leader", item.key),
                    )
                    .help("add `leader = { role = \"Einingsleiar\", name = \"…\" }`");
            }
            Data::Report(r) => {
                if let (Some(unit), Some(period)) = (r.unit, r.period)
                    && let Some(first) =
                        reports_seen.insert((unit, period.to_string()), ItemId(i as u32))
                {
                    diags
                        .warning_at(
                            &item.origin,
                            format!(
                                "a second report for `{}` and {period}",
                                items[unit.index()].key
                            ),
                        )
                        .note(format!("the first is {}", items[first.index()].origin))
                        .help(
                            "both are used; for each item, the report with the later `date` wins",
                        );
                }
            }
            _ => {}
        }
    }
}
