//! Where a political decision stands, for its page and the council report: the status of the
//! assignment that carries out a verbalpunkt or a priority measure, the latest comment a
//! report gave on it, any new deadline, and why there is no status when there is none.
//!
//! Status, progress and deadline come from any report (following the work is what the open
//! tree is for); a comment only from a report the audience may read.

use chrono::NaiveDate;
use serde::Serialize;

use super::PageCx;
use crate::model::*;
use crate::render::view::{DateView, Link, StatusView};

#[derive(Serialize)]
pub struct Standing {
    pub assignment: Option<Link>,
    pub status: Option<StatusView>,
    pub progress: Option<u8>,
    pub deadline: Option<DateView>,
    /// The deadline was given by a report, not by the assignment itself.
    pub new_deadline: bool,
    pub overdue: bool,
    pub comment: Option<String>,
    /// The period and report the comment is from.
    pub comment_period: Option<String>,
    pub comment_report: Option<Link>,
    /// Why there is no status, in words: no report has said anything, or (in the open tree,
    /// where the assignment carrying it out may be internal) none is published. The latter
    /// is worded so that it does not tell whether an internal assignment exists.
    pub why_none: Option<String>,
}

/// The standing of what carries out a measure or verbalpunkt, as of `until` (a period's last
/// day; `None`: as of now).
pub fn standing(p: &PageCx, assignment: Option<ItemId>, until: Option<NaiveDate>) -> Standing {
    let g = p.g;
    let Some(a) = assignment.filter(|&a| p.visible(a)) else {
        return Standing {
            assignment: None,
            status: None,
            progress: None,
            deadline: None,
            new_deadline: false,
            overdue: false,
            comment: None,
            comment_period: None,
            comment_report: None,
            why_none: Some(p.l("standing_no_assignment")),
        };
    };
    let track = g.tracking(a);
    let history: Vec<&StatusReport> = track
        .map(|t| {
            t.history
                .iter()
                .filter(|h| until.is_none_or(|u| h.period.end() <= u))
                .collect()
        })
        .unwrap_or_default();
    let newest = |f: &dyn Fn(&StatusReport) -> bool| history.iter().rev().find(|h| f(h)).copied();
    let status = newest(&|h| h.status.is_some())
        .and_then(|h| h.status)
        .or(track.and_then(|t| t.own_status))
        .or(track.map(|t| t.status));
    let progress = newest(&|h| h.progress.is_some())
        .and_then(|h| h.progress)
        .or(track.and_then(|t| t.own_progress));
    let reported_deadline = newest(&|h| h.deadline.is_some()).and_then(|h| h.deadline);
    let deadline = reported_deadline.or(track.and_then(|t| t.own_deadline));
    let commented = newest(&|h| h.comment.is_some() && p.visible(h.report));
    let done = status.is_some_and(|s| g.config.statuses.get(s).is_some_and(|d| d.done));
    let overdue = !done && deadline.is_some_and(|d| d < g.today);
    Standing {
        assignment: p.link(a),
        status: status.and_then(|s| p.status(s)),
        progress,
        deadline: p.date_opt(deadline),
        new_deadline: reported_deadline.is_some(),
        overdue,
        comment: commented.and_then(|h| h.comment.clone()),
        comment_period: commented.map(|h| h.period.label(p.labels)),
        comment_report: commented.and_then(|h| p.link(h.report)),
        why_none: history.is_empty().then(|| p.l("standing_no_report")),
    }
}
