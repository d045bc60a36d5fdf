//! Indicators and key figures: values against targets, over time and per unit.

use std::collections::BTreeSet;

use serde::Serialize;

use super::Spec;
use crate::model::vocab::{Kind, Period};
use crate::model::*;
use crate::render::parts::base::Base;
use crate::render::parts::indicator_figures::{
    Columns, IndicatorSummary, Row, indicator, points, series_block, summary,
};
use crate::render::parts::{PageCx, frame};
use crate::render::view::{Link, number};

/// An indicator's page.
pub fn page(id: ItemId) -> Spec {
    Spec::item("indicator.html", Kind::Indicator, id, frame::in_index, view)
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
    pub columns: Columns,
    /// The values and targets as an SVG chart (the same numbers as `rows`).
    pub chart: Option<String>,
    pub unit_periods: Vec<String>,
    pub unit_rows: Vec<UnitRow>,
}

#[derive(Serialize)]
pub struct UnitRow {
    /// `None`: the whole municipality.
    pub unit: Option<Link>,
    pub unit_label: String,
    pub values: Vec<Option<String>>,
}

fn view(p: &PageCx, id: ItemId) -> Option<IndicatorView> {
    let g = p.g;
    let i = indicator(g, id)?;
    let block = series_block(p, id, None);

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
            .filter(|_| p.audience.sees_staff_tools()),
        goals: p.links(&i.goals),
        units: p.links(&i.units),
        rows: block.as_ref().map(|b| b.rows.clone()).unwrap_or_default(),
        columns: Columns::of(block.as_ref().map_or(&[][..], |b| &b.rows)),
        chart: block.and_then(|b| b.chart),
        unit_periods: unit_periods.iter().map(|per| per.label(p.labels)).collect(),
        unit_rows,
    })
}
