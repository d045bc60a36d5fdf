//! Money as the council report and a unit's status overview show it: a unit's budget,
//! spending, forecast and deviation for a period, on its own and with the units below.

use serde::Serialize;

use super::PageCx;
use crate::model::vocab::Period;
use crate::model::*;
use crate::render::economy::{self, Figures};
use crate::render::view::{Link, number};

#[derive(Serialize)]
pub struct EconomyRow {
    pub unit: Option<Link>,
    pub unit_key: String,
    pub frame: Option<String>,
    pub budget: String,
    pub spent: Option<String>,
    pub forecast: String,
    pub deviation: String,
    pub deviation_value: f64,
    pub percent: Option<String>,
    pub units: usize,
    pub comment: Option<String>,
}

/// Whole kroner without the unit: the table's headings say "(kr)", so the columns fit a sheet.
fn kroner(p: &PageCx, v: f64) -> String {
    number(v.round(), p.lang())
}

fn signed(p: &PageCx, v: f64) -> String {
    let plus = if v > 0.0 { "+" } else { "" };
    format!("{plus}{}", kroner(p, v))
}

fn percent(p: &PageCx, v: Option<f64>) -> Option<String> {
    v.map(|x| {
        let plus = if x > 0.0 { "+" } else { "" };
        format!(
            "{plus}{}\u{a0}%",
            number((x * 10.0).round() / 10.0, p.lang())
        )
    })
}

/// A unit's row with the units below (`None` when none of them has figures for the period).
pub fn economy_row(
    p: &PageCx,
    unit: ItemId,
    period: Period,
    sees: &dyn Fn(ItemId) -> bool,
) -> Option<EconomyRow> {
    let f: Figures = economy::with_below(p.g, unit, period, sees)?;
    let (_, frame) = economy::frames(p.g, unit, period.year(), sees);
    Some(row(p, unit, period, sees, &f, frame, f.units))
}

/// The row of `f`, the figures of `unit` (alone or with the units below it, `units` in all),
/// with its frame for the year and the comment of its own report.
fn row(
    p: &PageCx,
    unit: ItemId,
    period: Period,
    sees: &dyn Fn(ItemId) -> bool,
    f: &Figures,
    frame: Option<i64>,
    units: usize,
) -> EconomyRow {
    let g = p.g;
    EconomyRow {
        unit: p.link(unit),
        unit_key: g.item(unit).key.clone(),
        frame: frame.map(|a| kroner(p, a as f64)),
        budget: kroner(p, f.budget),
        spent: f.spent.map(|s| kroner(p, s)),
        forecast: kroner(p, f.forecast),
        deviation: signed(p, f.deviation()),
        deviation_value: f.deviation(),
        percent: percent(p, f.percent()),
        units,
        comment: economy::report_for(g, unit, period, sees)
            .and_then(|r| economy::economy_of(g, r))
            .and_then(|e| e.comment.clone()),
    }
}

/// A unit's economy for its status overview: the newest tertial or year with figures for the
/// unit or a unit below it, the unit's own row, each unit right below with the units below
/// it, and the whole.
#[derive(Serialize)]
pub struct UnitEconomy {
    pub period_label: String,
    pub own: Option<EconomyRow>,
    pub below: Vec<EconomyRow>,
    pub total: EconomyRow,
}

/// A unit's own figures for a period as a row (its frame for the year beside them), for the
/// council report and the unit's status overview alike.
pub fn own_row(
    p: &PageCx,
    unit: ItemId,
    period: Period,
    sees: &dyn Fn(ItemId) -> bool,
) -> Option<EconomyRow> {
    let f = economy::own(p.g, unit, period, sees)?;
    let (frame, _) = economy::frames(p.g, unit, period.year(), sees);
    Some(row(p, unit, period, sees, &f, frame, 1))
}

pub fn unit_economy(p: &PageCx, unit: ItemId) -> Option<UnitEconomy> {
    let g = p.g;
    let sees = |i: ItemId| p.visible(i);
    let period = g
        .periods
        .iter()
        .rev()
        .map(|pr| pr.period)
        .filter(|per| matches!(per, Period::Tertial(..) | Period::Year(_)))
        .find(|&per| economy::with_below(g, unit, per, &sees).is_some())?;
    let own = own_row(p, unit, period, &sees);
    Some(UnitEconomy {
        period_label: period.label(p.labels),
        own,
        below: p
            .units_below(unit)
            .into_iter()
            .filter_map(|u| economy_row(p, u, period, &sees))
            .collect(),
        total: economy_row(p, unit, period, &sees)?,
    })
}
