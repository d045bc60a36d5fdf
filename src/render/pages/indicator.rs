//! Indicators and key figures: values against targets, over time and per unit.

use std::collections::BTreeSet;

use serde::Serialize;

use super::common::{Base, PageCx};
use crate::model::vocab::{Direction, IndicatorKind, Kind, Period};
use crate::model::*;
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

#[derive(Serialize)]
pub struct IndicatorView {
    pub base: Base,
    pub summary: IndicatorSummary,
    pub source: Option<String>,
    pub data_file: Option<String>,
    pub goals: Vec<Link>,
    pub units: Vec<Link>,
    pub rows: Vec<Row>,
    pub unit_periods: Vec<String>,
    pub unit_rows: Vec<UnitRow>,
}

#[derive(Serialize)]
pub struct Row {
    pub period_label: String,
    pub value: Option<String>,
    pub target: Option<String>,
    pub met_label: Option<String>,
}

#[derive(Serialize)]
pub struct UnitRow {
    /// `None`: the whole municipality.
    pub unit: Option<Link>,
    pub unit_label: String,
    pub values: Vec<Option<String>>,
}

fn indicator(g: &Graph, id: ItemId) -> Option<&Indicator> {
    match &g.item(id).data {
        Data::Indicator(i) => Some(i),
        _ => None,
    }
}

fn value_view(p: &PageCx, period: Period, value: f64) -> ValueView {
    ValueView {
        period: period.to_string(),
        period_label: period.label(p.lang()),
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
fn points<'a>(p: &PageCx, i: &'a Indicator) -> Vec<&'a Point> {
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

pub fn view(p: &PageCx, id: ItemId) -> Option<IndicatorView> {
    let g = p.g;
    let i = indicator(g, id)?;
    let series = whole_series(p, i);
    let periods: BTreeSet<Period> = series
        .iter()
        .map(|x| x.0)
        .chain(i.targets.iter().map(|x| x.0))
        .collect();
    let rows = periods
        .iter()
        .map(|&per| {
            let value = series.iter().find(|x| x.0 == per).map(|x| x.1);
            let target = i.targets.iter().find(|x| x.0 == per).map(|x| x.1);
            let met = value.zip(target).and_then(|(v, t)| met(i.direction, v, t));
            Row {
                period_label: per.label(p.lang()),
                value: value.map(|v| number(v, p.lang())),
                target: target.map(|t| number(t, p.lang())),
                met_label: met.map(|m| p.l(if m { "target_met" } else { "target_not_met" })),
            }
        })
        .collect();

    // Per unit: only units this audience may see; rows in organisation order.
    let unit_points: Vec<&Point> = points(p, i)
        .into_iter()
        .filter(|pt| pt.unit.is_some_and(|u| p.visible(u)))
        .collect();
    let unit_periods: BTreeSet<Period> = unit_points.iter().map(|pt| pt.period).collect();
    let mut units: Vec<ItemId> = Vec::new();
    if let Some(root) = g.root_unit {
        for u in g.unit_subtree(root) {
            if unit_points.iter().any(|pt| pt.unit == Some(u)) {
                units.push(u);
            }
        }
    }
    let unit_rows = units
        .iter()
        .filter_map(|&u| {
            let link = p.link(u)?;
            Some(UnitRow {
                unit_label: link.title.clone(),
                unit: Some(link),
                values: unit_periods
                    .iter()
                    .map(|&per| {
                        unit_points
                            .iter()
                            .rev()
                            .find(|pt| pt.unit == Some(u) && pt.period == per)
                            .map(|pt| number(pt.value, p.lang()))
                    })
                    .collect(),
            })
        })
        .collect();

    Some(IndicatorView {
        base: p.base(id, &[Kind::Report]),
        summary: summary(p, id, None)?,
        source: i.source.clone(),
        data_file: i
            .data_file
            .clone()
            .filter(|_| p.audience == crate::model::vocab::Audience::Internal),
        goals: p.links(&i.goals),
        units: p.links(&i.units),
        rows,
        unit_periods: unit_periods.iter().map(|per| per.label(p.lang())).collect(),
        unit_rows,
    })
}
