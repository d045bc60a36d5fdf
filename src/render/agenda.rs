//! The events of the year wheel (årshjul) and the calendar files, as one audience sees them.
//!
//! An event is a deadline of an assignment or a task, the end of a tertial, or the day a
//! period's reports are due. The reading of reporting periods:
//!
//! - every tertial ends in the wheel (30 April, 31 August, 31 December), whether or not the
//!   site has reports yet: the tertial is the rhythm the content format reports in;
//! - a period's reports are due `report_due_days` (site.toml, default 14) after it ends, so
//!   by default 14 May, 14 September and 14 January;
//! - which reports are due follows the reporting rhythm (v1.2 `reporting`): a unit's calendar
//!   has the due dates of the periods it is expected to report (`Graph::expects_report`), the
//!   municipality's wheel and calendar those some unit the audience sees is expected to report;
//! - a site that sets `reporting` nowhere keeps v1's reading: tertial reports are always due,
//!   monthly and yearly ones when the audience can see at least one report for such a period
//!   (the open tree does not reveal kinds of report only employees see).

use chrono::{Datelike, Days, NaiveDate};

use super::view::Ctx;
use crate::model::ItemId;
use crate::model::vocab::{Kind, Period};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum What {
    PeriodEnd(Period),
    ReportDue(Period),
    Deadline(ItemId),
    /// v1.2: an event of the site's own (`events/`), on its day in the year.
    Own(ItemId),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Event {
    pub date: NaiveDate,
    pub what: What,
}

/// Everything dated in `year` that the page's audience may see, by date.
pub fn year(v: &Ctx, year: i32) -> Vec<Event> {
    let (from, to) = year_bounds(year);
    let mut out: Vec<Event> =
        v.g.agenda
            .between(from, to)
            .iter()
            .filter(|(_, id)| v.visible(*id))
            .map(|&(date, id)| Event {
                date,
                what: What::Deadline(id),
            })
            .collect();
    out.extend(reporting(v, None, from, to));
    out.extend(own(v, year, None));
    out.sort();
    out
}

/// The site's own events in `year` that the audience may see: for a unit's calendar
/// (`Some(unit)`) those naming the unit or no unit at all.
fn own(v: &Ctx, year: i32, unit: Option<ItemId>) -> Vec<Event> {
    v.g.kind(crate::model::vocab::Kind::Event)
        .iter()
        .filter(|&&id| v.visible(id))
        .filter_map(|&id| {
            let crate::model::Data::Event(e) = &v.g.item(id).data else {
                return None;
            };
            if let Some(u) = unit
                && !e.units.is_empty()
                && !e.units.contains(&u)
            {
                return None;
            }
            Some(Event {
                date: e.day.in_year(year)?,
                what: What::Own(id),
            })
        })
        .collect()
}

/// The last day of an own event that lasts several days, in the year of `start`.
pub fn own_end(v: &Ctx, id: ItemId, start: NaiveDate) -> Option<NaiveDate> {
    let crate::model::Data::Event(e) = &v.g.item(id).data else {
        return None;
    };
    e.end?.in_year(start.year()).filter(|&d| d > start)
}

/// A calendar file: the deadlines of `unit`'s own assignments and of the tasks it is
/// responsible for (of every assignment and task when `unit` is `None`), and the reporting
/// events of every year that holds one of them or `today`.
pub fn calendar(v: &Ctx, unit: Option<ItemId>) -> Vec<Event> {
    let g = v.g;
    let mut out: Vec<Event> = match unit.and_then(|u| g.unit(u)) {
        Some(u) => u
            .assignments
            .iter()
            .chain(&u.tasks)
            .filter(|&&id| v.visible(id))
            .filter_map(|&id| {
                Some(Event {
                    date: g.tracking(id)?.deadline?,
                    what: What::Deadline(id),
                })
            })
            .collect(),
        None => g
            .agenda
            .deadlines
            .iter()
            .filter(|(_, id)| v.visible(*id))
            .map(|&(date, id)| Event {
                date,
                what: What::Deadline(id),
            })
            .collect(),
    };
    let mut years: Vec<i32> = out.iter().map(|e| e.date.year()).collect();
    years.push(g.today.year());
    years.sort_unstable();
    years.dedup();
    // Dated own events add their years; yearly ones come in every year the calendar holds.
    for &id in g.kind(crate::model::vocab::Kind::Event) {
        if let crate::model::Data::Event(e) = &g.item(id).data
            && let crate::model::vocab::EventDay::Date(d) = e.day
            && v.visible(id)
        {
            years.push(d.year());
        }
    }
    years.sort_unstable();
    years.dedup();
    for y in years {
        let (from, to) = year_bounds(y);
        out.extend(reporting(v, unit, from, to));
        out.extend(own(v, y, unit));
    }
    out.sort();
    out.dedup();
    out
}

/// Years other than today's that have a deadline the audience may see: each gets a page.
pub fn other_years(v: &Ctx) -> Vec<i32> {
    let mut years: Vec<i32> =
        v.g.agenda
            .deadlines
            .iter()
            .filter(|(_, id)| v.visible(*id))
            .map(|(d, _)| d.year())
            .filter(|&y| y != v.g.today.year())
            .collect();
    for &id in v.g.kind(crate::model::vocab::Kind::Event) {
        if let crate::model::Data::Event(e) = &v.g.item(id).data
            && let crate::model::vocab::EventDay::Date(d) = e.day
            && v.visible(id)
            && d.year() != v.g.today.year()
        {
            years.push(d.year());
        }
    }
    years.sort_unstable();
    years.dedup();
    years
}

/// Tertial ends and report due dates from `from` to `to`, both included: those `unit` is
/// expected to report, or (`None`) those any unit the audience sees is.
fn reporting(v: &Ctx, unit: Option<ItemId>, from: NaiveDate, to: NaiveDate) -> Vec<Event> {
    let g = v.g;
    let seen = g.agenda.reported[v.audience as usize];
    let by_rhythm = g.rhythm_is_set();
    let units: Vec<ItemId> = match unit {
        Some(u) => vec![u],
        None => g
            .kind(Kind::Unit)
            .iter()
            .copied()
            .filter(|&u| v.visible(u))
            .collect(),
    };
    let due = |p: Period| -> bool {
        if by_rhythm {
            units.iter().any(|&u| g.expects_report(u, p))
        } else {
            match p {
                Period::Tertial(..) => true,
                Period::Month(..) => seen.months,
                Period::Year(_) => seen.years,
            }
        }
    };
    let due_days = u64::from(g.config.report_due_days);
    let mut out = Vec::new();
    // A due date can fall a year after its period ends (T3 is due in January).
    for y in from.year() - 1 - (due_days / 365) as i32..=to.year() {
        let mut periods: Vec<Period> = (1..=3).map(|t| Period::Tertial(y, t)).collect();
        for t in 1..=3 {
            out.push(Event {
                date: Period::Tertial(y, t).end(),
                what: What::PeriodEnd(Period::Tertial(y, t)),
            });
        }
        periods.extend((1..=12).map(|m| Period::Month(y, m)));
        periods.push(Period::Year(y));
        for p in periods {
            let Some(date) = p.end().checked_add_days(Days::new(due_days)) else {
                continue;
            };
            if from <= date && date <= to && due(p) {
                out.push(Event {
                    date,
                    what: What::ReportDue(p),
                });
            }
        }
    }
    out.retain(|e| from <= e.date && e.date <= to);
    out
}

fn year_bounds(year: i32) -> (NaiveDate, NaiveDate) {
    (
        NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN),
        NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX),
    )
}
