//! What the year wheel (årshjul) and the calendars are made from, indexed once per build.

use chrono::NaiveDate;

use super::ItemId;

#[derive(Debug, Clone, Default)]
pub struct Agenda {
    /// Assignments and tasks that have a deadline, by date, then item order.
    pub deadlines: Vec<(NaiveDate, ItemId)>,
    /// Which kinds of period each audience sees reports for, indexed by `Audience as usize`.
    /// Tertials are always in the wheel; months and years only when reports use them.
    pub reported: [Reported; 2],
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reported {
    pub months: bool,
    pub years: bool,
}

impl Agenda {
    /// The deadlines from `from` to `to`, both included: a binary search and a slice.
    pub fn between(&self, from: NaiveDate, to: NaiveDate) -> &[(NaiveDate, ItemId)] {
        let start = self.deadlines.partition_point(|(d, _)| *d < from);
        let end = self.deadlines.partition_point(|(d, _)| *d <= to);
        &self.deadlines[start..end.max(start)]
    }
}
