//! Open data: every item a tree may show, one row each, as `data/items.json` and
//! `data/items.csv` (schema in `docs/open-data.md`).
//!
//! Rows are made through the same audience filter as pages ([`Ctx::visible`]): the open tree's
//! files hold no internal item, and no reference to one. Person names are never written: a
//! row carries units, not persons. One pass over the items; each row reads its own
//! references and the [`Trace`](crate::model::Trace) ties.

use serde::Serialize;

use super::urls;
use super::view::Ctx;
use crate::model::vocab::Audience;
use crate::model::*;

/// Where the files are, from the tree's root.
pub const JSON_PATH: &str = urls::DATA_JSON;
pub const CSV_PATH: &str = urls::DATA_CSV;

/// The two files of the same rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataFormat {
    Json,
    Csv,
}

impl DataFormat {
    pub fn path(self) -> &'static str {
        match self {
            DataFormat::Json => JSON_PATH,
            DataFormat::Csv => CSV_PATH,
        }
    }
}

/// The file of the tree's items in `format`.
pub fn write(v: &Ctx, format: DataFormat) -> Result<String, String> {
    let rows = rows(v);
    let bytes = match format {
        DataFormat::Json => json(v, &rows)?,
        DataFormat::Csv => csv(&rows)?,
    };
    String::from_utf8(bytes).map_err(|e| format!("{}: {e}", format.path()))
}

/// The version of the format below; raised when a column changes meaning or goes away.
/// 2: `url` is `FOLDER/ID.html` in the site's language, a task's is an anchor on its
/// assignment's page (was `KIND/ID/index.html`, and a page per task).
const SCHEMA: &str = "raudtrad-items/2";

/// The CSV columns, in order; the JSON objects have the same keys.
pub const COLUMNS: [&str; 12] = [
    "id",
    "type",
    "title",
    "unit",
    "status",
    "status_label",
    "progress",
    "deadline",
    "overdue",
    "goals",
    "parent",
    "url",
];

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Row {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub title: String,
    /// The unit responsible for the item (id).
    pub unit: Option<String>,
    /// Status key (`site.toml` `statuses`) of assignments and tasks.
    pub status: Option<String>,
    pub status_label: Option<String>,
    pub progress: Option<u8>,
    pub deadline: Option<String>,
    pub overdue: Option<bool>,
    /// Ids of the goals the item serves.
    pub goals: Vec<String>,
    /// Id of the item it sits under.
    pub parent: Option<String>,
    /// The item's page, from the tree's root.
    pub url: String,
}

#[derive(Serialize)]
struct Document<'a> {
    schema: &'static str,
    site: &'a str,
    tree: &'static str,
    /// The day status and overdue were judged by.
    today: String,
    items: &'a [Row],
}

/// The unit responsible for an item, before the audience filter.
fn unit_of(g: &Graph, item: &Item) -> Option<ItemId> {
    match &item.data {
        Data::Plan(p) => p.owner,
        Data::Measure(m) => m.owner,
        Data::Verbal(v) => v.owner,
        Data::Letter(l) => l.from,
        Data::Assignment(a) => a.owner,
        // A person responsible is personal data: the row names the unit doing the assignment.
        Data::Task(t) => match t.responsible {
            Responsible::Unit(u) => Some(u),
            _ => g
                .assignment(t.assignment)
                .and_then(|a| a.assigned_to.first().copied().or(a.owner)),
        },
        Data::Report(r) => r.unit,
        _ => None,
    }
}

/// The item a row sits under, first choice first (the first the audience sees is used).
fn parents_of(g: &Graph, item: &Item) -> Vec<ItemId> {
    match &item.data {
        Data::Unit(u) => u.parent.into_iter().collect(),
        // The nearest main goal the audience sees, else the plan (cycles were cut in resolve).
        Data::Goal(x) => {
            let mut up = Vec::new();
            let mut at = x.parent;
            while let Some(parent) = at {
                up.push(parent);
                at = g.goal(parent).and_then(|p| p.parent);
            }
            up.push(x.plan);
            up
        }
        Data::Strategy(x) => vec![x.plan],
        Data::Measure(x) => vec![x.plan],
        Data::Verbal(x) => vec![x.plan],
        Data::Letter(l) => l.parent.into_iter().collect(),
        Data::Assignment(a) => {
            let source = match a.source {
                Source::Item(s) => Some(s),
                _ => None,
            };
            a.letter.into_iter().chain(source).collect()
        }
        Data::Task(t) => vec![t.assignment],
        Data::CheckItem(c) => vec![c.checklist],
        _ => Vec::new(),
    }
}

/// The goals an item serves, before the audience filter (assignments and tasks are filtered
/// through their paths instead).
fn goals_of(g: &Graph, item: &Item) -> Vec<ItemId> {
    let strategy_goals = |s: &ItemId| g.strategy(*s).map_or(&[][..], |x| &x.goals).to_vec();
    match &item.data {
        Data::Strategy(s) => s.goals.clone(),
        Data::Measure(m) => m
            .goals
            .iter()
            .copied()
            .chain(m.strategies.iter().flat_map(strategy_goals))
            .collect(),
        Data::Indicator(i) => i.goals.clone(),
        _ => Vec::new(),
    }
}

fn key(v: &Ctx, id: ItemId) -> Option<String> {
    v.visible(id).then(|| v.g.item(id).key.clone())
}

/// The rows of every item the audience may see, in item order.
pub fn rows(v: &Ctx) -> Vec<Row> {
    let g = v.g;
    let sees = |i: ItemId| v.visible(i);
    let mut rows = Vec::new();
    for (i, item) in g.items.iter().enumerate() {
        let id = ItemId(i as u32);
        if !v.visible(id) {
            continue;
        }
        let track = g.tracking(id);
        let status = track.and_then(|t| v.status(t.status));
        let goal_ids = match &item.data {
            Data::Assignment(_) => g.trace.visible_ties(g, id, &sees),
            Data::Task(t) => g.trace.visible_ties(g, t.assignment, &sees),
            _ => goals_of(g, item),
        };
        let mut goals: Vec<String> = Vec::new();
        for gl in goal_ids {
            if let Some(k) = key(v, gl)
                && !goals.contains(&k)
            {
                goals.push(k);
            }
        }
        rows.push(Row {
            id: item.key.clone(),
            kind: item.kind.key(),
            title: item.title.clone(),
            unit: unit_of(g, item).and_then(|u| key(v, u)),
            status: status.as_ref().map(|s| s.key.clone()),
            status_label: status.map(|s| s.label),
            progress: track.and_then(|t| t.progress),
            deadline: track.and_then(|t| t.deadline).map(|d| d.to_string()),
            overdue: track.map(|t| t.overdue),
            goals,
            parent: parents_of(g, item).into_iter().find_map(|p| key(v, p)),
            url: urls::item_path(g, id),
        });
    }
    rows
}

/// `data/items.json`.
pub fn json(v: &Ctx, rows: &[Row]) -> Result<Vec<u8>, String> {
    let doc = Document {
        schema: SCHEMA,
        site: &v.g.config.title,
        tree: match v.audience {
            Audience::Internal => "internal",
            Audience::Open => "open",
        },
        today: v.g.today.to_string(),
        items: rows,
    };
    serde_json::to_vec(&doc).map_err(|e| format!("{JSON_PATH}: {e}"))
}

/// `data/items.csv`: a header, then one record per row; lists are separated by spaces (ids
/// never hold one), absent values are empty.
pub fn csv(rows: &[Row]) -> Result<Vec<u8>, String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let err = |e: csv::Error| format!("{CSV_PATH}: {e}");
    w.write_record(COLUMNS).map_err(err)?;
    for r in rows {
        let opt = |x: &Option<String>| x.clone().unwrap_or_default();
        w.write_record([
            r.id.clone(),
            r.kind.to_string(),
            r.title.clone(),
            opt(&r.unit),
            opt(&r.status),
            opt(&r.status_label),
            r.progress.map(|p| p.to_string()).unwrap_or_default(),
            opt(&r.deadline),
            r.overdue.map(|o| o.to_string()).unwrap_or_default(),
            r.goals.join(" "),
            opt(&r.parent),
            r.url.clone(),
        ])
        .map_err(err)?;
    }
    w.into_inner().map_err(|e| format!("{CSV_PATH}: {e}"))
}
