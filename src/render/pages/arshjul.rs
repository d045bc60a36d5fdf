//! The year wheel (årshjul): the year's deadlines month by month, with the reporting
//! rhythm, and the calendar files to subscribe to. One page for the year of `today`
//! (`arshjul/index.html`) and one for every other year with a deadline (`arshjul/YEAR.html`).
//! A month with more deadlines than a year page shows ([`MONTH_SHOWS`]) has a page of its
//! own (`arshjul/YEAR-MM.html`) with all of them, and the year page links to it: at 10 000
//! assignments a year is some 33 000 deadlines, a page of 17 MB that no reader can use and
//! that took 160 MB to render. In the open tree it holds public items only and no person
//! names.

use chrono::Datelike;
use serde::Serialize;

use super::{Content, Page, Spec, View, What};
use crate::model::vocab::{Kind, capitalised, month_name};
use crate::model::*;
use crate::render::agenda::{self, Event};
use crate::render::parts::PageCx;
use crate::render::parts::frame::{Crumb, Section};
use crate::render::view::{Ctx, DateView, Link, StatusView};
use crate::render::{ics, urls};

/// Deadlines a month shows on its year's page; a month with more has a page of its own.
pub const MONTH_SHOWS: usize = 100;

/// This year's page and one for every other year with a deadline, each with the pages of
/// its crowded months.
pub fn pages(v: &Ctx) -> Vec<Page> {
    let g = v.g;
    let mut years = vec![g.today.year()];
    years.extend(agenda::other_years(v));
    let mut out = Vec::new();
    for year in years {
        out.push(Page {
            path: urls::arshjul_path(g, year),
            what: What::Arshjul(year, None),
        });
        let counts = deadlines_by_month(&agenda::year(v, year));
        for month in (1..=12).filter(|&m| counts[m as usize - 1] > MONTH_SHOWS) {
            out.push(Page {
                path: urls::arshjul_month_path(g, year, month),
                what: What::Arshjul(year, Some(month)),
            });
        }
    }
    out
}

/// Deadlines in each month (January first) of a year's events: the one count that decides
/// both which months have a page and what the year page shows of them.
fn deadlines_by_month(events: &[Event]) -> [usize; 12] {
    let mut out = [0; 12];
    for e in events {
        if matches!(e.what, agenda::What::Deadline(_)) {
            out[e.date.month0() as usize] += 1;
        }
    }
    out
}

/// A year's page, or a month's (`Some(1..=12)`); another year's is below this year's, a
/// month's below its year's.
pub fn page(year: i32, month: Option<u32>) -> Spec {
    Spec::page("arshjul.html", "arshjul", Section::Arshjul, move |p| {
        let g = p.g;
        let this_year = (year != g.today.year()).then(|| Crumb {
            href: p.href(&urls::arshjul_path(g, g.today.year())),
            title: p.l("arshjul"),
        });
        let year_title = format!("{} {year}", p.l("arshjul"));
        let its_year = month.map(|_| Crumb {
            href: p.href(&urls::arshjul_path(g, year)),
            title: year_title.clone(),
        });
        let title = match month {
            Some(m) => format!("{year_title}: {}", month_name(m, p.labels)),
            None => year_title,
        };
        Content::new(
            title,
            this_year.into_iter().chain(its_year).collect(),
            View::page(&view(p, year, month)),
        )
    })
}

#[derive(Serialize)]
pub struct EventView {
    pub date: DateView,
    pub day: u32,
    /// `deadline`, `period-end` or `report-due`.
    pub kind: &'static str,
    pub kind_label: String,
    pub title: String,
    pub link: Option<Link>,
    pub status: Option<StatusView>,
    pub overdue: bool,
    pub unit: Option<Link>,
    pub internal: bool,
    /// v1.2: an own event's anchor (`event-ID`), so links to it land on it.
    pub anchor: Option<String>,
    pub summary: Option<String>,
}

#[derive(Serialize)]
pub struct MonthView {
    pub name: String,
    pub id: String,
    pub events: Vec<EventView>,
    /// On a year page, a month with a page of its own: the link to all its events, after
    /// the first [`MONTH_SHOWS`] deadlines (its other events are all shown).
    pub more: Option<MoreLink>,
}

#[derive(Serialize)]
pub struct MoreLink {
    pub href: String,
    pub label: String,
}

#[derive(Serialize)]
pub struct YearLink {
    pub year: i32,
    pub href: String,
    pub current: bool,
}

#[derive(Serialize)]
pub struct ArshjulView {
    pub year: i32,
    /// A month's page: the month's name.
    pub month: Option<String>,
    pub months: Vec<MonthView>,
    pub count: usize,
    pub years: Vec<YearLink>,
    pub due_days: u32,
    pub calendar: String,
    pub unit_calendars: Vec<Link>,
}

pub fn event_view(p: &Ctx, e: &Event) -> Option<EventView> {
    let date = p.date(e.date);
    let day = e.date.day();
    Some(match e.what {
        agenda::What::Deadline(id) => {
            let card = p.card(id)?;
            EventView {
                date,
                day,
                kind: "deadline",
                kind_label: card.kind_label,
                title: card.title.clone(),
                link: p.link(id),
                status: card.status,
                overdue: card.overdue,
                unit: card.unit,
                internal: card.internal,
                anchor: None,
                summary: None,
            }
        }
        agenda::What::PeriodEnd(per) => EventView {
            date,
            day,
            kind: "period-end",
            kind_label: p.l("period"),
            title: format!("{} {}", p.l("event_period_end"), per.label(p.labels)),
            link: None,
            status: None,
            overdue: false,
            unit: None,
            internal: false,
            anchor: None,
            summary: None,
        },
        agenda::What::Own(id) => {
            let item = p.g.item(id);
            let end = agenda::own_end(p, id, e.date);
            EventView {
                date,
                day,
                kind: "own",
                kind_label: p.l("event_own"),
                title: match end {
                    Some(end) => format!("{} (–{})", item.title, p.date(end).label),
                    None => item.title.clone(),
                },
                link: None,
                status: None,
                overdue: false,
                unit: match &item.data {
                    Data::Event(ev) => ev.units.first().and_then(|&u| p.link(u)),
                    _ => None,
                },
                internal: p.g.item(id).visibility == crate::model::vocab::Visibility::Internal,
                anchor: Some(urls::event_anchor(&item.key)),
                summary: item.summary.clone(),
            }
        }
        agenda::What::ReportDue(per) => EventView {
            date,
            day,
            kind: "report-due",
            kind_label: p.l("report"),
            title: format!("{}: {}", p.l("event_report_due"), ics::period_name(p, per)),
            link: None,
            status: None,
            overdue: false,
            unit: None,
            internal: false,
            anchor: None,
            summary: None,
        },
    })
}

fn view(p: &PageCx, year: i32, month: Option<u32>) -> ArshjulView {
    let g = p.g;
    let events = agenda::year(p, year);
    let counts = deadlines_by_month(&events);
    let mut months: Vec<MonthView> = (1..=12)
        .filter(|&m| month.is_none_or(|only| only == m))
        .map(|m| MonthView {
            name: capitalised(month_name(m, p.labels)),
            id: format!("m{m:02}"),
            events: Vec::new(),
            more: (month.is_none() && counts[m as usize - 1] > MONTH_SHOWS).then(|| {
                let events = counts[m as usize - 1];
                MoreLink {
                    href: p.href(&urls::arshjul_month_path(g, year, m)),
                    label: p
                        .l("arshjul_month_all")
                        .replace("{n}", &events.to_string())
                        .replace("{month}", month_name(m, p.labels)),
                }
            }),
        })
        .collect();
    let mut count = 0;
    let mut shown = [0usize; 12];
    for e in &events {
        let m = e.date.month0() as usize;
        // Where the month is in `months`: all twelve on a year page, one on a month's.
        let at = match month {
            None => m,
            Some(only) if only as usize == m + 1 => 0,
            Some(_) => continue,
        };
        if matches!(e.what, agenda::What::Deadline(_)) && months[at].more.is_some() {
            if shown[m] >= MONTH_SHOWS {
                continue;
            }
            shown[m] += 1;
        }
        if let Some(view) = event_view(p, e) {
            months[at].events.push(view);
            count += 1;
        }
    }
    let mut years: Vec<i32> = agenda::other_years(p);
    years.push(g.today.year());
    years.sort_unstable();
    years.dedup();
    ArshjulView {
        year,
        month: month.map(|m| month_name(m, p.labels).to_string()),
        months,
        count,
        years: years
            .into_iter()
            .map(|y| YearLink {
                year: y,
                href: p.href(&urls::arshjul_path(g, y)),
                current: y == year,
            })
            .collect(),
        due_days: g.config.report_due_days,
        calendar: p.href(&urls::calendar_path(g, None)),
        unit_calendars: g
            .kind(Kind::Unit)
            .iter()
            .filter_map(|&u| {
                let mut link = p.link(u)?;
                link.href = p.href(&urls::calendar_path(g, Some(u)));
                Some(link)
            })
            .collect(),
    }
}
