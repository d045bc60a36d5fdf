//! Status counts as a bar chart: one bar per status, and one for overdue, per group
//! (assignments, tasks). Unit overviews and reporting periods draw their counts with it.

use super::PageCx;
use crate::model::Counts;
use crate::render::charts::{self, bars};

/// A bar of a group: the items of a status (by its index), or the overdue ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarOf {
    Status(usize),
    Overdue,
}

/// A group of counts to draw: its heading and the counts.
pub struct CountGroup<'a> {
    pub heading: String,
    pub counts: &'a Counts,
    /// Whether to add a bar for overdue items (reported statuses have no "overdue").
    pub overdue: bool,
    /// Where a bar's items are listed; asked only for bars that count something.
    pub link: &'a dyn Fn(BarOf) -> Option<String>,
}

/// The chart and, for its `<desc>`, every number in words.
pub fn chart(p: &PageCx, id: &str, title: String, groups: &[CountGroup]) -> String {
    let statuses = &p.g.config.statuses;
    let mut desc = Vec::new();
    let chart_groups: Vec<bars::Group> = groups
        .iter()
        .map(|cg| {
            let mut bars: Vec<bars::Bar> = statuses
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let n = cg.counts.by_status.get(i).copied().unwrap_or(0);
                    bars::Bar {
                        label: s.label.clone(),
                        value: f64::from(n),
                        value_label: n.to_string(),
                        color: charts::safe_color(&s.color, "#6b6b6b"),
                        pattern: bars::Pattern::nth(i),
                        href: if n > 0 {
                            (cg.link)(BarOf::Status(i))
                        } else {
                            None
                        },
                    }
                })
                .collect();
            if cg.overdue {
                bars.push(bars::Bar {
                    label: p.l("overdue"),
                    value: f64::from(cg.counts.overdue),
                    value_label: cg.counts.overdue.to_string(),
                    color: "#a4161a".into(),
                    pattern: bars::Pattern::Cross,
                    href: if cg.counts.overdue > 0 {
                        (cg.link)(BarOf::Overdue)
                    } else {
                        None
                    },
                });
            }
            let words: Vec<String> = bars
                .iter()
                .map(|b| format!("{} {}", b.label, b.value_label))
                .collect();
            desc.push(format!(
                "{} ({} {}): {}.",
                cg.heading,
                p.l("total").to_lowercase(),
                cg.counts.total,
                words.join(", ")
            ));
            bars::Group {
                heading: Some(cg.heading.clone()),
                bars,
            }
        })
        .collect();
    let meta = charts::Meta {
        id: id.to_string(),
        title,
        desc: desc.join(" "),
    };
    bars::horizontal(&meta, &chart_groups)
}
