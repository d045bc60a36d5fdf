//! Internal control from the answers in reports: per checklist a matrix of units × items with
//! each unit's newest answer, the items each unit has not answered, and every "no" as a
//! deviation (avvik) with its comment. The checklist page and the yearly summary both use it.
//!
//! "Not answered" is the content model's rule: a unit in the checklist's scope has not
//! answered an item when none of its reports answers it; a unit that answered nothing has not
//! answered the checklist. Absence is only stated in the internal tree: judged from public
//! reports alone it would wrongly accuse a unit whose report is internal, and judged from
//! every report it would tell citizens that internal reports exist.

use serde::Serialize;

use super::PageCx;
use super::report_lines::answer_label;
use crate::model::vocab::{Answer, Visibility};
use crate::model::*;
use crate::render::charts::{self, bars};
use crate::render::urls;
use crate::render::view::{DateView, Link};

#[derive(Serialize)]
pub struct ControlView {
    pub checklist: Link,
    /// Unique on the page: the chart's id, and the start of its sections' ids.
    pub anchor: String,
    pub items: Vec<ItemHead>,
    pub rows: Vec<MatrixRow>,
    /// Newest answers by kind (and, internally, the cells not answered).
    pub counts: Vec<CountRow>,
    pub chart: String,
    pub scope_count: usize,
    pub avvik: Vec<Avvik>,
    /// Deviations whose unit's newest answer to the item is still this "no".
    pub open_avvik: usize,
    /// Internal tree only: who has not answered what.
    pub missing: Option<Missing>,
}

#[derive(Serialize, Clone)]
pub struct ItemHead {
    pub key: String,
    pub question: String,
    pub href: String,
    pub internal: bool,
}

#[derive(Serialize)]
pub struct MatrixRow {
    pub unit: Link,
    pub cells: Vec<Cell>,
}

#[derive(Serialize)]
pub struct Cell {
    /// `yes`, `no`, `partly`, `na`, `text` or `none`.
    pub key: &'static str,
    pub label: String,
    pub period_label: Option<String>,
    pub comment: Option<String>,
}

#[derive(Serialize)]
pub struct CountRow {
    pub key: &'static str,
    pub label: String,
    pub count: usize,
}

#[derive(Serialize)]
pub struct Missing {
    /// Units that answered nothing of the checklist.
    pub whole: Vec<Link>,
    /// Units that answered some items, with the items they have not.
    pub partial: Vec<PartialMissing>,
    /// Units that answered every item.
    pub complete: usize,
}

#[derive(Serialize)]
pub struct PartialMissing {
    pub unit: Link,
    pub items: Vec<ItemHead>,
}

#[derive(Serialize)]
pub struct Avvik {
    pub unit: Link,
    pub item: ItemHead,
    pub period_label: String,
    pub report: Link,
    pub comment: Option<String>,
    pub open: bool,
    /// The unit's newest answer to the item when it came later: "Ja (1. tertial 2026)".
    pub later: Option<String>,
    /// `no` or `partly`.
    pub answer_key: &'static str,
    pub answer_label: String,
    /// v1.2 follow-up: what is done, by whom, by when, and when it was closed.
    pub measure: Option<String>,
    pub responsible: Option<String>,
    pub deadline: Option<DateView>,
    pub closed: Option<DateView>,
    /// Open and its follow-up deadline is before today.
    pub overdue: bool,
}

/// Whether an answer is a deviation (avvik): every "no", and a "partly" that the unit
/// follows up (v1.2: it carries `measure`, `responsible`, `deadline` or `closed`).
pub fn is_deviation(a: &GivenAnswer) -> bool {
    a.answer == Answer::No || (a.answer == Answer::Partly && a.follow_up.is_some())
}

/// A deviation is open while it is the unit's newest answer to the item and its follow-up has
/// not been closed (a `closed` date on or before today).
pub fn is_open(g: &Graph, a: &GivenAnswer, newest: bool) -> bool {
    newest
        && a.follow_up
            .as_ref()
            .and_then(|f| f.closed)
            .is_none_or(|c| c > g.today)
}

/// One deviation as `p`'s audience may see it; `None` when its unit or report is hidden.
pub fn avvik_of(
    p: &PageCx,
    item: ItemHead,
    a: &GivenAnswer,
    newest: Option<&GivenAnswer>,
) -> Option<Avvik> {
    let g = p.g;
    let (unit, report) = (p.link(a.unit)?, p.link(a.report)?);
    let is_newest = newest.is_some_and(|n| std::ptr::eq(n, a));
    let open = is_open(g, a, is_newest);
    let f = a.follow_up.as_ref();
    let deadline = f.and_then(|f| f.deadline);
    Some(Avvik {
        unit,
        item,
        period_label: a.period.label(p.labels),
        report,
        comment: a.comment.clone(),
        open,
        later: newest.filter(|_| !is_newest).map(|n| {
            format!(
                "{} ({})",
                answer_label(p, &n.answer),
                n.period.label(p.labels)
            )
        }),
        answer_key: if a.answer == Answer::No {
            "no"
        } else {
            "partly"
        },
        answer_label: answer_label(p, &a.answer),
        measure: f.and_then(|f| f.measure.clone()),
        responsible: f.and_then(|f| match &f.responsible {
            Responsible::Unit(u) => p.link(*u).map(|l| l.title),
            Responsible::Person(name) => p.person(Some(g.people.shown(name))),
            Responsible::None => None,
        }),
        deadline: p.date_opt(deadline),
        closed: p.date_opt(f.and_then(|f| f.closed)),
        overdue: open && deadline.is_some_and(|d| d < g.today),
    })
}

/// The kinds of cell, in the order they are counted and drawn: (key, label, bar colour).
const KINDS: [(&str, &str, &str); 6] = [
    ("yes", "answer_yes", "#1e6b34"),
    ("no", "answer_no", "#a4161a"),
    ("partly", "answer_partly", "#8a5a00"),
    ("na", "answer_na", "#6b6b6b"),
    ("text", "answer_text", "#0b4f8a"),
    ("none", "not_answered", "#ffffff"),
];
const NONE: usize = 5;

/// Index of an answer's kind in [`KINDS`].
fn kind_of(a: &Answer) -> usize {
    match a {
        Answer::Yes => 0,
        Answer::No => 1,
        Answer::Partly => 2,
        Answer::NotRelevant => 3,
        Answer::Text(_) => 4,
    }
}

/// The checklist's answers as `p`'s audience may see them; with `year`, only answers in
/// reports for periods of that year count (a standing checklist's summary for one year).
/// `matrix` says whether the page shows every unit's answer to every item ([`ControlView`]'s
/// `rows`); the pages that sum up many checklists do not, and at 100 000 assignments those
/// unseen cells were a gigabyte of template values.
pub fn view(
    p: &PageCx,
    checklist: ItemId,
    year: Option<i32>,
    chart_id: &str,
    matrix: bool,
) -> Option<ControlView> {
    let g = p.g;
    let Data::Checklist(c) = &g.item(checklist).data else {
        return None;
    };
    let units: Vec<ItemId> = c.scope.iter().copied().filter(|&u| p.visible(u)).collect();
    let items: Vec<ItemId> = c.items.iter().copied().filter(|&i| p.visible(i)).collect();
    // Position of each unit in the scope: O(units) once instead of a search per answer.
    let mut row_of = std::collections::HashMap::new();
    for (r, &u) in units.iter().enumerate() {
        row_of.insert(u, r);
    }

    // answers[item][row]: the answers of that unit, oldest first. O(answers).
    let mut given: Vec<Vec<Vec<&GivenAnswer>>> = vec![vec![Vec::new(); units.len()]; items.len()];
    for (col, &i) in items.iter().enumerate() {
        let Data::CheckItem(ci) = &g.item(i).data else {
            continue;
        };
        for a in &ci.answers {
            if !p.visible(a.report) || year.is_some_and(|y| a.period.year() != y) {
                continue;
            }
            if let Some(&row) = row_of.get(&a.unit) {
                given[col][row].push(a);
            }
        }
    }

    let internal_tree = p.audience.sees_staff_tools();
    let heads: Vec<ItemHead> = items
        .iter()
        .filter_map(|&i| {
            let link = p.link(i)?;
            Some(ItemHead {
                key: link.key,
                question: link.title,
                href: link.href,
                internal: g.item(i).visibility == Visibility::Internal,
            })
        })
        .collect();
    let mut counts = [0usize; 6];
    let mut rows = Vec::new();
    let mut whole = Vec::new();
    let mut partial = Vec::new();
    let mut complete = 0;
    for (row, &u) in units.iter().enumerate() {
        let Some(unit) = p.link(u) else { continue };
        let mut cells = Vec::new();
        let mut not_answered = Vec::new();
        for (col, head) in heads.iter().enumerate() {
            match given[col][row].last() {
                Some(a) => {
                    let kind = kind_of(&a.answer);
                    counts[kind] += 1;
                    if !matrix {
                        continue;
                    }
                    cells.push(Cell {
                        key: KINDS[kind].0,
                        label: answer_label(p, &a.answer),
                        period_label: Some(a.period.label(p.labels)),
                        comment: a.comment.clone(),
                    });
                }
                None => {
                    counts[NONE] += 1;
                    not_answered.push(head.clone());
                    if !matrix {
                        continue;
                    }
                    cells.push(Cell {
                        key: KINDS[NONE].0,
                        label: p.l(if internal_tree {
                            "not_answered"
                        } else {
                            "no_public_answer"
                        }),
                        period_label: None,
                        comment: None,
                    });
                }
            }
        }
        if not_answered.is_empty() {
            complete += 1;
        } else if not_answered.len() == heads.len() {
            whole.push(unit.clone());
        } else {
            partial.push(PartialMissing {
                unit: unit.clone(),
                items: not_answered,
            });
        }
        if matrix {
            rows.push(MatrixRow { unit, cells });
        }
    }

    // Every "no", in organisation order, then item order, then oldest first.
    let mut avvik = Vec::new();
    for (row, _) in units.iter().enumerate() {
        for (col, head) in heads.iter().enumerate() {
            let answers = &given[col][row];
            let newest = answers.last().copied();
            for a in answers.iter().filter(|a| is_deviation(a)) {
                avvik.extend(avvik_of(p, head.clone(), a, newest));
            }
        }
    }
    let open_avvik = avvik.iter().filter(|a| a.open).count();

    // The open tree does not count what was not answered.
    let shown = if internal_tree { KINDS.len() } else { NONE };
    let counts: Vec<CountRow> = KINDS[..shown]
        .iter()
        .zip(counts)
        .map(|(&(key, label, _), count)| CountRow {
            key,
            label: p.l(label),
            count,
        })
        .collect();
    let title = g.item(checklist).title.clone();
    let control_href = if chart_id == urls::CHECKLIST_CHART {
        String::new()
    } else {
        p.item_href(checklist)
    };
    let chart_bars: Vec<bars::Bar> = counts
        .iter()
        .zip(KINDS)
        .enumerate()
        .map(|(i, (c, (_, _, color)))| bars::Bar {
            label: c.label.clone(),
            value: c.count as f64,
            value_label: c.count.to_string(),
            color: color.to_string(),
            pattern: bars::Pattern::nth(i),
            href: (c.count > 0)
                .then(|| match c.key {
                    // Each "no" is a deviation; who has not answered is listed internally.
                    "no" => Some(urls::at("", &urls::control_section(chart_id, "avvik"))),
                    "none" => internal_tree
                        .then(|| urls::at("", &urls::control_section(chart_id, "missing"))),
                    // Every other answer stands in the matrix of the checklist's own page.
                    _ => Some(urls::at(
                        &control_href,
                        &urls::control_section(urls::CHECKLIST_CHART, "matrix"),
                    )),
                })
                .flatten(),
        })
        .collect();
    let words: Vec<String> = counts
        .iter()
        .map(|c| format!("{} {}", c.label, c.count))
        .collect();
    let meta = charts::Meta {
        id: chart_id.to_string(),
        title: format!("{}: {title}", p.l("answers")),
        desc: format!(
            "{} {}, {} {}: {}.",
            units.len(),
            p.l("units_in_scope").to_lowercase(),
            heads.len(),
            p.l("checklist_items").to_lowercase(),
            words.join(", ")
        ),
    };
    let chart = bars::horizontal(
        &meta,
        &[bars::Group {
            heading: None,
            bars: chart_bars,
        }],
    );

    Some(ControlView {
        anchor: chart_id.to_string(),
        checklist: p.link(checklist)?,
        items: heads,
        rows,
        counts,
        chart,
        scope_count: units.len(),
        avvik,
        open_avvik,
        missing: internal_tree.then_some(Missing {
            whole,
            partial,
            complete,
        }),
    })
}

/// Every deviation of `unit` and the units below it, in every checklist the audience may see,
/// split into open and closed (v1.2: the roll-up on a unit's status overview). Checklist order,
/// then item order, then organisation order, then oldest first.
pub fn deviations_below(p: &PageCx, unit: ItemId) -> (Vec<Avvik>, Vec<Avvik>) {
    let g = p.g;
    // Each unit's place in the organisation below `unit`, so that each question's answers
    // are sorted by unit once: a status page at the top of a large organisation reads every
    // answer of the municipality, and going through every unit below for every question
    // made those pages grow with the square of the organisation.
    let place: std::collections::HashMap<ItemId, usize> = g
        .unit_subtree(unit)
        .into_iter()
        .enumerate()
        .map(|(at, u)| (u, at))
        .collect();
    let (mut open, mut closed) = (Vec::new(), Vec::new());
    for &c in g.kind(crate::model::vocab::Kind::Checklist) {
        let Data::Checklist(cl) = &g.item(c).data else {
            continue;
        };
        if !p.visible(c) {
            continue;
        }
        for &i in cl.items.iter().filter(|&&i| p.visible(i)) {
            let Data::CheckItem(ci) = &g.item(i).data else {
                continue;
            };
            // The answers of each unit below, in the order given, the units in the order
            // of the organisation.
            let mut by_unit: Vec<(usize, Vec<&GivenAnswer>)> = Vec::new();
            let mut group_of: std::collections::HashMap<usize, usize> = Default::default();
            for a in ci
                .answers
                .iter()
                .filter(|a| p.visible(a.report) && p.visible(a.unit))
            {
                let Some(&at) = place.get(&a.unit) else {
                    continue;
                };
                let ix = *group_of.entry(at).or_insert_with(|| {
                    by_unit.push((at, Vec::new()));
                    by_unit.len() - 1
                });
                by_unit[ix].1.push(a);
            }
            if by_unit.is_empty() {
                continue;
            }
            by_unit.sort_by_key(|(at, _)| *at);
            let Some(link) = p.link(i) else {
                continue;
            };
            let head = ItemHead {
                key: link.key,
                question: link.title,
                href: link.href,
                internal: g.item(i).visibility == Visibility::Internal,
            };
            for (_, of_unit) in &by_unit {
                let newest = of_unit.last().copied();
                for a in of_unit.iter().filter(|a| is_deviation(a)) {
                    if let Some(av) = avvik_of(p, head.clone(), a, newest) {
                        if av.open {
                            open.push(av)
                        } else {
                            closed.push(av)
                        }
                    }
                }
            }
        }
    }
    (open, closed)
}
