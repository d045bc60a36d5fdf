//! Status counts of a unit: its own items and its whole subtree.

use super::ItemId;

/// How many items have each status, and how many are overdue.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// Indexed like `config.statuses`.
    pub by_status: Vec<u32>,
    pub total: u32,
    pub overdue: u32,
    pub done: u32,
    /// Sum of progress over items that have one, and how many had one.
    pub progress_sum: u64,
    pub progress_n: u32,
}

impl Counts {
    pub fn new(statuses: usize) -> Self {
        Counts {
            by_status: vec![0; statuses],
            ..Counts::default()
        }
    }

    pub fn add(&mut self, status: usize, done: bool, overdue: bool, progress: Option<u8>) {
        if let Some(n) = self.by_status.get_mut(status) {
            *n += 1;
        }
        self.total += 1;
        self.done += u32::from(done);
        self.overdue += u32::from(overdue);
        if let Some(p) = progress {
            self.progress_sum += u64::from(p);
            self.progress_n += 1;
        }
    }

    /// Mean progress in whole percent.
    pub fn mean_progress(&self) -> Option<u32> {
        (self.progress_n > 0)
            .then(|| (self.progress_sum as f64 / self.progress_n as f64).round() as u32)
    }
}

/// A unit's own items and those of its whole subtree, each item counted once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UnitStats {
    pub own_assignments: Counts,
    pub all_assignments: Counts,
    pub own_tasks: Counts,
    pub all_tasks: Counts,
    /// The unit's own assignments and tasks (as owner, delegate or responsible unit, or a
    /// task whose assignment it has), in item order.
    pub own_items: Vec<ItemId>,
    /// Overdue assignments and tasks of the whole subtree, each once, in item order: the items
    /// behind `all_assignments.overdue + all_tasks.overdue`.
    pub overdue_items: Vec<ItemId>,
}
