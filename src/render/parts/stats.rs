//! A unit's counts as a table: its own assignments and tasks and with the units below, by
//! status, overdue, and mean progress (the roll-up from resolve, for the page's audience).

use serde::Serialize;

use super::PageCx;
use crate::model::UnitStats;
use crate::render::view::StatusView;

impl PageCx<'_> {
    pub fn stats(&self, stats: &[UnitStats; 2]) -> StatsView {
        let s = &stats[self.audience as usize];
        let rows = self
            .g
            .config
            .statuses
            .iter()
            .enumerate()
            .map(|(i, _)| StatsRow {
                status: self.status(i).expect("index of a defined status"),
                own_assignments: s.own_assignments.by_status.get(i).copied().unwrap_or(0),
                all_assignments: s.all_assignments.by_status.get(i).copied().unwrap_or(0),
                own_tasks: s.own_tasks.by_status.get(i).copied().unwrap_or(0),
                all_tasks: s.all_tasks.by_status.get(i).copied().unwrap_or(0),
            })
            .collect();
        StatsView {
            rows,
            own_assignments: s.own_assignments.total,
            all_assignments: s.all_assignments.total,
            own_tasks: s.own_tasks.total,
            all_tasks: s.all_tasks.total,
            overdue_own_assignments: s.own_assignments.overdue,
            overdue_all_assignments: s.all_assignments.overdue,
            overdue_own_tasks: s.own_tasks.overdue,
            overdue_all_tasks: s.all_tasks.overdue,
            progress_own: s.own_assignments.mean_progress(),
            progress_all: s.all_assignments.mean_progress(),
        }
    }
}

#[derive(Serialize)]
pub struct StatsRow {
    pub status: StatusView,
    pub own_assignments: u32,
    pub all_assignments: u32,
    pub own_tasks: u32,
    pub all_tasks: u32,
}

#[derive(Serialize)]
pub struct StatsView {
    pub rows: Vec<StatsRow>,
    pub own_assignments: u32,
    pub all_assignments: u32,
    pub own_tasks: u32,
    pub all_tasks: u32,
    pub overdue_own_assignments: u32,
    pub overdue_all_assignments: u32,
    pub overdue_own_tasks: u32,
    pub overdue_all_tasks: u32,
    pub progress_own: Option<u32>,
    pub progress_all: Option<u32>,
}
