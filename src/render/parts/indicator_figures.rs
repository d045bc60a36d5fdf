//! An indicator's figures as the audience may see them: its summary (the latest value against
//! its target) and a series (the whole municipality's or one unit's) as a table and a chart of
//! the same numbers.

use std::collections::BTreeSet;

use chrono::Datelike;
use serde::Serialize;

use super::PageCx;
use crate::model::vocab::{Direction, IndicatorKind, Period};
use crate::model::*;
use crate::render::charts;
use crate::render::view::{Link, number};

#[derive(Serialize, Clone)]
pub struct ValueView {
    pub period: String,
    pub period_label: String,
    pub value: f64,
    pub label: String,
}

#[derive(Serialize)]
pub struct IndicatorSummary {
    pub link: Link,
    pub kind_label: String,
    pub measure: Option<String>,
    pub direction_label: Option<String>,
    pub latest: Option<ValueView>,
    pub target: Option<ValueView>,
    /// Whether the latest value meets the target, judged by the direction.
    pub met: Option<bool>,
    pub met_label: Option<String>,
}

#[derive(Serialize, Clone)]
pub struct Row {
    pub period_label: String,
    pub value: Option<String>,
    pub target: Option<String>,
    pub met_label: Option<String>,
    /// Better, worse or unchanged since the value before, by the indicator's direction.
    pub change_label: Option<String>,
}

/// A series of one indicator (the whole municipality's or one unit's) with its targets: a
/// table and a chart of the same numbers.
#[derive(Serialize)]
pub struct SeriesBlock {
    pub summary: IndicatorSummary,
    pub rows: Vec<Row>,
    pub chart: Option<String>,
    /// Which of the target, status and change columns hold anything: an empty column is
    /// left out of the table.
    pub columns: Columns,
}

#[derive(Serialize)]
pub struct Columns {
    pub target: bool,
    pub met: bool,
    pub change: bool,
}

impl Columns {
    /// The columns that hold anything in `rows`.
    pub fn of(rows: &[Row]) -> Columns {
        Columns {
            target: rows.iter().any(|r| r.target.is_some()),
            met: rows.iter().any(|r| r.met_label.is_some()),
            change: rows.iter().any(|r| r.change_label.is_some()),
        }
    }
}

/// The indicator an id names, if it is one.
pub fn indicator(g: &Graph, id: ItemId) -> Option<&Indicator> {
    match &g.item(id).data {
        Data::Indicator(i) => Some(i),
        _ => None,
    }
}

fn value_view(p: &PageCx, period: Period, value: f64) -> ValueView {
    ValueView {
        period: period.to_string(),
        period_label: period.label(p.labels),
        value,
        label: number(value, p.lang()),
    }
}

fn met(direction: Option<Direction>, value: f64, target: f64) -> Option<bool> {
    match direction? {
        Direction::Higher => Some(value >= target),
        Direction::Lower => Some(value <= target),
    }
}

/// Points this audience may see: a value from a report the audience cannot read is left out.
pub fn points<'a>(p: &PageCx, i: &'a Indicator) -> Vec<&'a Point> {
    i.points
        .iter()
        .filter(|pt| match pt.from {
            PointSource::Report(r) => p.visible(r),
            PointSource::Csv { .. } => true,
        })
        .collect()
}

/// The whole municipality's series: `values`, or else CSV and report rows without a unit.
fn whole_series(p: &PageCx, i: &Indicator) -> Vec<(Period, f64)> {
    let mut series = i.values.clone();
    for point in points(p, i).into_iter().filter(|pt| pt.unit.is_none()) {
        if !series.iter().any(|(p, _)| *p == point.period) {
            series.push((point.period, point.value));
        }
    }
    series.sort_by_key(|a| a.0);
    series
}

pub fn summary(p: &PageCx, id: ItemId, unit: Option<ItemId>) -> Option<IndicatorSummary> {
    let link = p.link(id)?;
    let i = indicator(p.g, id)?;
    let unit_series: Vec<(Period, f64)> = match unit {
        Some(u) => {
            let mut s: Vec<(Period, f64)> = points(p, i)
                .into_iter()
                .filter(|pt| pt.unit == Some(u))
                .map(|pt| (pt.period, pt.value))
                .collect();
            s.sort_by_key(|a| a.0);
            s
        }
        None => Vec::new(),
    };
    let series = if unit_series.is_empty() {
        whole_series(p, i)
    } else {
        unit_series
    };
    let latest = series.last().map(|&(per, v)| value_view(p, per, v));
    let target = match series.last() {
        Some(&(per, _)) => i
            .targets
            .iter()
            .find(|(t, _)| *t == per)
            .or_else(|| i.targets.iter().find(|(t, _)| t.year() >= per.year()))
            .or(i.targets.last()),
        None => i.targets.first(),
    }
    .map(|&(per, v)| value_view(p, per, v));
    let met = match (&latest, &target) {
        (Some(l), Some(t)) if l.period == t.period => met(i.direction, l.value, t.value),
        _ => None,
    };
    Some(IndicatorSummary {
        link,
        kind_label: p.l(match i.indicator_kind {
            IndicatorKind::Indicator => "indicator_kind_indicator",
            IndicatorKind::Keyfigure => "indicator_kind_keyfigure",
        }),
        measure: i.measure.clone(),
        direction_label: i.direction.map(|d| {
            p.l(match d {
                Direction::Higher => "direction_higher",
                Direction::Lower => "direction_lower",
            })
        }),
        latest,
        target,
        met,
        met_label: met.map(|m| p.l(if m { "target_met" } else { "target_not_met" })),
    })
}

/// The series of `unit` (or of the whole municipality), as the audience may see it.
fn unit_series(p: &PageCx, i: &Indicator, unit: ItemId) -> Vec<(Period, f64)> {
    // The newest point of a period wins (a report after the CSV, a later report after an
    // earlier one), as on the per-unit table.
    let mut s: Vec<(Period, f64)> = Vec::new();
    for pt in points(p, i).into_iter().filter(|pt| pt.unit == Some(unit)) {
        match s.iter_mut().find(|x| x.0 == pt.period) {
            Some(x) => x.1 = pt.value,
            None => s.push((pt.period, pt.value)),
        }
    }
    s.sort_by_key(|a| a.0);
    s
}

pub fn series_block(p: &PageCx, id: ItemId, unit: Option<ItemId>) -> Option<SeriesBlock> {
    let i = indicator(p.g, id)?;
    let summary = summary(p, id, unit)?;
    // A unit that follows an indicator up (`units`) without figures of its own is shown the
    // municipality's figures, as its summary on the unit page is.
    let (series, whose_unit) = match unit {
        Some(u) => match unit_series(p, i, u) {
            s if s.is_empty() && i.units.contains(&u) => (whole_series(p, i), None),
            s => (s, Some(u)),
        },
        None => (whole_series(p, i), None),
    };
    if series.is_empty() && (whose_unit.is_some() || i.targets.is_empty()) {
        return None;
    }
    let periods: Vec<Period> = series
        .iter()
        .map(|x| x.0)
        .chain(i.targets.iter().map(|x| x.0))
        .collect::<BTreeSet<Period>>()
        .into_iter()
        .collect();
    let lang = p.lang();
    let mut previous: Option<f64> = None;
    let rows: Vec<Row> = periods
        .iter()
        .map(|&per| {
            let value = series.iter().find(|x| x.0 == per).map(|x| x.1);
            let target = i.targets.iter().find(|x| x.0 == per).map(|x| x.1);
            let met = value.zip(target).and_then(|(v, t)| met(i.direction, v, t));
            let change = value
                .zip(previous)
                .and_then(|(v, before)| change(i.direction, before, v));
            if value.is_some() {
                previous = value;
            }
            Row {
                period_label: per.label(p.labels),
                value: value.map(|v| number(v, lang)),
                target: target.map(|t| number(t, lang)),
                met_label: met.map(|m| p.l(if m { "target_met" } else { "target_not_met" })),
                change_label: change.map(|c| p.l(c)),
            }
        })
        .collect();

    let title = p.g.item(id).title.clone();
    let whose = match whose_unit {
        Some(u) => p.g.item(u).title.clone(),
        None => p.l("whole_municipality"),
    };
    let measure = i
        .measure
        .clone()
        .map(|m| format!(" ({m})"))
        .unwrap_or_default();
    let mut desc = vec![format!("{}: {whose}{measure}.", p.l("values"))];
    if let Some(d) = &summary.direction_label {
        desc.push(format!("{d}."));
    }
    for (per, r) in periods.iter().zip(&rows) {
        let mut parts = Vec::new();
        if let Some(v) = &r.value {
            parts.push(format!("{} {v}", p.l("value").to_lowercase()));
        }
        if let Some(t) = &r.target {
            parts.push(format!("{} {t}", p.l("target").to_lowercase()));
        }
        if let Some(m) = &r.met_label {
            parts.push(m.to_lowercase());
        }
        if let Some(c) = &r.change_label {
            parts.push(c.to_lowercase());
        }
        desc.push(format!("{}: {}.", per.label(p.labels), parts.join(", ")));
    }
    let mut chart_series = vec![charts::line::Series {
        label: p.l("value"),
        values: periods
            .iter()
            .map(|per| series.iter().find(|x| x.0 == *per).map(|x| x.1))
            .collect(),
        style: charts::line::Style::Values,
    }];
    if !i.targets.is_empty() {
        chart_series.push(charts::line::Series {
            label: p.l("target"),
            values: periods
                .iter()
                .map(|per| i.targets.iter().find(|x| x.0 == *per).map(|x| x.1))
                .collect(),
            style: charts::line::Style::Targets,
        });
    }
    let meta = charts::Meta {
        id: format!(
            "rt-chart-{}{}",
            p.g.item(id).key,
            unit.map(|u| format!("-{}", p.g.item(u).key))
                .unwrap_or_default()
        ),
        title: format!("{title}: {whose}{measure}"),
        desc: desc.join(" "),
    };
    let labels: Vec<String> = periods.iter().map(|x| x.label(p.labels)).collect();
    // Each point at the middle of its period, in days.
    let at: Vec<f64> = periods
        .iter()
        .map(|x| {
            let (s, e) = (x.start().num_days_from_ce(), x.end().num_days_from_ce());
            f64::from(s + e) / 2.0
        })
        .collect();
    let chart = charts::line::line(
        &meta,
        &labels,
        &at,
        &chart_series,
        summary.direction_label.as_deref(),
        &|v| number(v, lang),
    );
    Some(SeriesBlock {
        summary,
        columns: Columns::of(&rows),
        rows,
        chart: Some(chart),
    })
}

/// Whether a move from `before` to `now` is better, worse or no change, by the direction.
fn change(direction: Option<Direction>, before: f64, now: f64) -> Option<&'static str> {
    let up = now > before;
    if now == before {
        return Some("change_same");
    }
    Some(match (direction?, up) {
        (Direction::Higher, true) | (Direction::Lower, false) => "change_better",
        _ => "change_worse",
    })
}
