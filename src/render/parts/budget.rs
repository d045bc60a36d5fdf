//! A unit's budget frames (rammer), one row a year: on its page, its printed plan and its
//! leader's agreement.

use serde::Serialize;

use super::PageCx;
use crate::model::Unit;

#[derive(Serialize)]
pub struct BudgetRow {
    pub year: i32,
    pub amount: String,
    pub amount_raw: i64,
    pub note: Option<String>,
}

/// The unit's frames, year by year.
pub fn rows(p: &PageCx, unit: &Unit) -> Vec<BudgetRow> {
    let mut rows: Vec<BudgetRow> = unit
        .budget
        .iter()
        .map(|b| BudgetRow {
            year: b.year,
            amount: p.amount(b.amount),
            amount_raw: b.amount,
            note: b.note.clone(),
        })
        .collect();
    rows.sort_by_key(|b| b.year);
    rows
}
