//! Economy from the reports (v1.2 `economy`), rolled up over the organisation for one period
//! as one audience may see it.
//!
//! Which report counts for a unit and a period: the unit's newest report for exactly that
//! period (latest `date`, then file order) that gives both `budget` and `forecast`. For a year
//! without such a year report, the unit's figures are those of its latest tertial of that year
//! that has them (3., else 2., else 1. tertial): the forecast there is the best word on the
//! year's end. Monthly reports never count. A report's economy is the unit's own; the figures
//! "with the units below" add the units below it (each unit once, by its own report).
//!
//! Budget frames (`budget` of a unit) are summed the same way: the unit's own lines for the
//! year and, with the units below, every unit's lines.

use crate::model::vocab::Period;
use crate::model::{Data, Economy, Graph, ItemId};

/// The figures of one unit, or of a unit with the units below.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Figures {
    pub budget: f64,
    /// Summed over the units that gave `spent`; `None` when none did.
    pub spent: Option<f64>,
    pub forecast: f64,
    /// How many units' reports the figures rest on.
    pub units: usize,
}

impl Figures {
    /// Forecast − budget: positive is an overrun.
    pub fn deviation(&self) -> f64 {
        self.forecast - self.budget
    }

    /// The deviation as a share of the budget, in per cent; `None` for a zero budget.
    pub fn percent(&self) -> Option<f64> {
        (self.budget != 0.0).then(|| self.deviation() / self.budget.abs() * 100.0)
    }

    fn add(&mut self, e: &Economy) {
        let (Some(b), Some(f)) = (e.budget, e.forecast) else {
            return;
        };
        self.budget += b;
        self.forecast += f;
        if let Some(s) = e.spent {
            self.spent = Some(self.spent.unwrap_or(0.0) + s);
        }
        self.units += 1;
    }
}

/// The report whose economy counts for `unit` and `period`, among the reports `sees` lets
/// through; `None` when the unit has none.
pub fn report_for(
    g: &Graph,
    unit: ItemId,
    period: Period,
    sees: &dyn Fn(ItemId) -> bool,
) -> Option<ItemId> {
    let exact = |per: Period| {
        let u = g.unit(unit)?;
        // The unit's reports are in file order, so the last of equal dates is the newest.
        u.reports
            .iter()
            .copied()
            .filter(|&r| sees(r))
            .filter(|&r| match &g.item(r).data {
                Data::Report(rep) => {
                    rep.period == Some(per)
                        && rep
                            .economy
                            .as_ref()
                            .is_some_and(|e| e.budget.is_some() && e.forecast.is_some())
                }
                _ => false,
            })
            .max_by_key(|&r| match &g.item(r).data {
                Data::Report(rep) => (rep.date, r),
                _ => (None, r),
            })
    };
    match period {
        Period::Month(..) => None,
        Period::Tertial(..) => exact(period),
        Period::Year(y) => {
            exact(period).or_else(|| (1..=3).rev().find_map(|t| exact(Period::Tertial(y, t))))
        }
    }
}

pub fn economy_of(g: &Graph, report: ItemId) -> Option<&Economy> {
    match &g.item(report).data {
        Data::Report(r) => r.economy.as_ref(),
        _ => None,
    }
}

/// The unit's own figures for the period.
pub fn own(
    g: &Graph,
    unit: ItemId,
    period: Period,
    sees: &dyn Fn(ItemId) -> bool,
) -> Option<Figures> {
    let e = economy_of(g, report_for(g, unit, period, sees)?)?;
    let mut f = Figures::default();
    f.add(e);
    Some(f)
}

/// The figures of the unit and every unit below it that `sees` lets through; `None` when no
/// unit of them has figures for the period.
pub fn with_below(
    g: &Graph,
    unit: ItemId,
    period: Period,
    sees: &dyn Fn(ItemId) -> bool,
) -> Option<Figures> {
    let mut f = Figures::default();
    for u in g.unit_subtree(unit).into_iter().filter(|&u| sees(u)) {
        if let Some(e) = report_for(g, u, period, sees).and_then(|r| economy_of(g, r)) {
            f.add(e);
        }
    }
    (f.units > 0).then_some(f)
}

/// The unit's budget frames for `year`: its own lines, and with every unit below that `sees`
/// lets through. `None` for the own sum when the unit has no line for the year.
pub fn frames(
    g: &Graph,
    unit: ItemId,
    year: i32,
    sees: &dyn Fn(ItemId) -> bool,
) -> (Option<i64>, Option<i64>) {
    let sum = |u: ItemId| -> Option<i64> {
        let lines: Vec<i64> = g
            .unit(u)?
            .budget
            .iter()
            .filter(|b| b.year == year)
            .map(|b| b.amount)
            .collect();
        (!lines.is_empty()).then(|| lines.iter().sum())
    };
    let own = sum(unit);
    let below: Vec<i64> = g
        .unit_subtree(unit)
        .into_iter()
        .filter(|&u| sees(u))
        .filter_map(sum)
        .collect();
    (own, (!below.is_empty()).then(|| below.iter().sum()))
}
