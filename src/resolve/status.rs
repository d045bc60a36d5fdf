//! Current status, progress, deadline and overdue of every assignment and task.
//!
//! The newest report wins: latest period end, then latest report date (file order breaks the
//! last ties). Without reports an item keeps its own status; without any, the site's first
//! status that is not done ("ikkje starta").

use chrono::NaiveDate;
use std::sync::Arc;

use crate::config::SiteConfig;
use crate::model::{Data, Item, Tracking};

pub fn derive(items: &mut [Arc<Item>], cfg: &SiteConfig, today: NaiveDate) {
    for item in items.iter_mut().map(Arc::make_mut) {
        let track = match &mut item.data {
            Data::Assignment(a) => &mut a.track,
            Data::Task(t) => &mut t.track,
            _ => continue,
        };
        derive_one(track, cfg, today);
    }
}

/// One item's status, from its own values and its history.
pub(super) fn derive_one(t: &mut Tracking, cfg: &SiteConfig, today: NaiveDate) {
    let default_status = cfg.statuses.iter().position(|s| !s.done).unwrap_or(0);
    // The report breaks the last ties: file order, as the reports were applied.
    t.history
        .sort_by_key(|h| (h.period.end(), h.date, h.report));
    let newest =
        |f: &dyn Fn(&crate::model::StatusReport) -> bool| t.history.iter().rev().find(|h| f(h));
    t.status = newest(&|h| h.status.is_some())
        .and_then(|h| h.status)
        .or(t.own_status)
        .unwrap_or(default_status);
    t.progress = newest(&|h| h.progress.is_some())
        .and_then(|h| h.progress)
        .or(t.own_progress);
    t.deadline = newest(&|h| h.deadline.is_some())
        .and_then(|h| h.deadline)
        .or(t.own_deadline);
    t.done = cfg.statuses.get(t.status).is_some_and(|s| s.done);
    // A deadline of today is not yet overdue.
    t.overdue = !t.done && t.deadline.is_some_and(|d| d < today);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{Lang, SiteConfig};
    use crate::model::vocab::Period;
    use crate::model::{ItemId, StatusReport};

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn report(period: Period, date: Option<&str>, status: usize) -> StatusReport {
        StatusReport {
            report: ItemId(0),
            period,
            date: date.map(day),
            status: Some(status),
            progress: None,
            deadline: None,
            comment: None,
        }
    }

    #[test]
    fn newest_report_wins_and_overdue_needs_a_past_deadline() {
        let cfg = SiteConfig::with_defaults("site.toml".into(), "x".into(), Lang::Nn);
        let mut t = Tracking {
            own_status: Some(0),
            own_deadline: Some(day("2026-05-01")),
            history: vec![
                report(Period::Tertial(2026, 2), Some("2026-09-01"), 2),
                report(Period::Tertial(2026, 1), Some("2026-09-30"), 1),
                report(Period::Month(2026, 8), Some("2026-09-02"), 3),
            ],
            ..Tracking::default()
        };
        derive_one(&mut t, &cfg, day("2026-10-01"));
        // T2 and August end on the same day; the later report date (Sep 2) wins.
        assert_eq!(t.status, 3);
        assert!(t.done && !t.overdue);

        let mut t = Tracking {
            own_status: Some(1),
            own_deadline: Some(day("2026-10-01")),
            ..Tracking::default()
        };
        derive_one(&mut t, &cfg, day("2026-10-01"));
        assert!(!t.overdue, "a deadline of today is not overdue");
        derive_one(&mut t, &cfg, day("2026-10-02"));
        assert!(t.overdue);
    }
}
