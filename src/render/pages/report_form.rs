//! The report form of a unit for a year (internal tree only): what the unit has to report on,
//! filled in with where it stands, as a real HTML form. Without JavaScript it is a readable
//! list; `assets/report-form.js` checks the answers as `check` would and makes the report file
//! for the period chosen at the top (download, copy, or the forge's "new file" page). Nothing
//! is sent anywhere.
//!
//! The periods to choose from are those the unit can report now ([`Graph::open_periods`]: for
//! each kind in its rhythm, the one due and the one in progress, when it is expected to report
//! them); a form exists for each year they fall in. It holds the unit's own assignments and
//! tasks for that year, the items of the checklists that apply to it for that year, and the
//! indicators it follows up: the same for every period of the year, so one page serves them
//! all (a page per period wrote the same fields two or three times over).

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Content, Page, Spec, View, What};
use crate::model::vocab::{Answer, AnswerKind, Audience, IndicatorKind, Kind, Period};
use crate::model::*;
use crate::render::parts::PageCx;
use crate::render::parts::frame::{self, Crumb, Section};
use crate::render::parts::report_forms::report_of;
use crate::render::parts::report_lines::answer_label;
use crate::render::view::{DateView, Link, number};
use crate::render::{forge, urls};

/// Above this many characters a forge address is too long for browsers and servers: the
/// button then says so and the file is downloaded or copied instead.
pub const MAX_URL: usize = 8000;

/// A form for each unit and each year of the periods it can report now, in the internal tree.
pub fn pages(g: &Graph, audience: Audience) -> Vec<Page> {
    if !audience.sees_staff_tools() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for &u in g.kind(Kind::Unit) {
        for year in years(g, u) {
            out.push(Page {
                path: urls::report_form_path(g, u, year),
                what: What::ReportForm(u, year),
            });
        }
    }
    out
}

/// The years of the periods a unit can report now, each once, in the order they come.
fn years(g: &Graph, u: ItemId) -> Vec<i32> {
    let mut out: Vec<i32> = Vec::new();
    for period in g.open_periods(u) {
        if !out.contains(&period.year()) {
            out.push(period.year());
        }
    }
    out
}

/// A unit's form for a year, below the follow-up page and the unit's status page.
pub fn page(u: ItemId, year: i32) -> Spec {
    Spec::page(
        "report_form.html",
        "report-form",
        Section::FollowUp,
        move |p| {
            let g = p.g;
            let unit = &g.item(u).title;
            let title = format!("{} – {unit} – {year}", p.l("rf_title"));
            let status = Crumb {
                href: p.href(&urls::unit_status_path(g, u)),
                title: unit.clone(),
            };
            let crumbs = vec![frame::follow_up_crumb(p), status];
            Content::new(title, crumbs, View::page(&view(p, u, year)))
        },
    )
}

#[derive(Serialize)]
pub struct FormView {
    pub unit: Link,
    pub unit_key: String,
    pub year: i32,
    /// The periods to choose from.
    pub periods: Vec<FormPeriod>,
    /// The one chosen when the address names none: the one to report next.
    pub chosen: usize,
    pub today: DateView,
    pub status_page: String,
    pub items: Vec<FormItem>,
    pub checks: Vec<FormCheck>,
    pub indicators: Vec<FormIndicator>,
    pub statuses: Vec<StatusOption>,
    pub forge: Option<forge::NewFile>,
    /// The `<script type="application/json">` block, escaped for HTML.
    pub config_json: String,
}

/// A period the form can make a report for.
#[derive(Serialize)]
pub struct FormPeriod {
    /// `2026-T2`: the report's `period`.
    pub key: String,
    pub label: String,
    /// The id of its choice, where links to the form with this period chosen lead.
    pub anchor: String,
    /// Where its file goes, relative to the site root, and the file's name alone.
    pub file_path: String,
    pub file_name: String,
    /// The unit's report for it, when there is one.
    pub reported: Option<Link>,
}

#[derive(Serialize)]
pub struct StatusOption {
    pub key: String,
    pub label: String,
}

#[derive(Serialize)]
pub struct FormItem {
    pub key: String,
    pub kind: &'static str,
    pub kind_label: String,
    pub link: Link,
    /// For a task: its assignment.
    pub assignment: Option<Link>,
    pub status: String,
    pub status_label: String,
    pub progress: Option<u8>,
    pub deadline: Option<DateView>,
    pub overdue: bool,
    /// The newest comment reported on it.
    pub comment: Option<String>,
}

#[derive(Serialize)]
pub struct FormCheck {
    pub key: String,
    pub checklist: Link,
    pub question: String,
    pub group: Option<String>,
    /// `yesno` or `text`.
    pub answer_kind: &'static str,
    /// The unit's last answer: `true`, `false`, `partly`, `n/a`, or the text.
    pub last: Option<String>,
    pub last_label: Option<String>,
    pub last_period: Option<String>,
    pub comment: Option<String>,
}

#[derive(Serialize)]
pub struct FormIndicator {
    pub key: String,
    pub link: Link,
    pub kind_label: String,
    pub measure: Option<String>,
    /// The unit's newest value and its period, as a reader writes it.
    pub last: Option<String>,
    pub last_period: Option<String>,
}

/// What the script needs: the site's status keys, the answers `check` takes, where the file
/// of each period goes, the forge, and the messages in the site's language.
#[derive(Serialize)]
struct Config<'a> {
    unit: &'a str,
    /// Where each period's file goes, relative to the site root, by the period's key.
    files: BTreeMap<&'a str, &'a str>,
    statuses: Vec<&'a str>,
    answers: [&'static str; 4],
    forge: Option<&'a forge::NewFile>,
    max_url: usize,
    messages: Messages,
}

#[derive(Serialize)]
struct Messages {
    status: String,
    progress: String,
    answer: String,
    value: String,
    date: String,
    copied: String,
    copy_failed: String,
    too_long: String,
}

fn answer_value(a: &Answer) -> String {
    match a {
        Answer::Yes => "true".into(),
        Answer::No => "false".into(),
        Answer::Partly => "partly".into(),
        Answer::NotRelevant => "n/a".into(),
        Answer::Text(t) => t.clone(),
    }
}

fn items(p: &PageCx, unit: &Unit, year: i32) -> Vec<FormItem> {
    let g = p.g;
    let year_of = |i: ItemId| match &g.item(i).data {
        Data::Assignment(a) => a.year,
        Data::Task(t) => g.assignment(t.assignment).and_then(|a| a.year),
        _ => None,
    };
    unit.stats[Audience::Internal as usize]
        .own_items
        .iter()
        .copied()
        .filter(|&i| year_of(i).is_none_or(|y| y == year))
        .filter_map(|i| {
            let item = g.item(i);
            let t = g.tracking(i)?;
            let status = g.config.statuses.get(t.status)?;
            Some(FormItem {
                key: item.key.clone(),
                kind: item.kind.key(),
                kind_label: p.kind_label(item.kind),
                link: p.link(i)?,
                assignment: match &item.data {
                    Data::Task(task) => p.link(task.assignment),
                    _ => None,
                },
                status: status.key.clone(),
                status_label: status.label.clone(),
                progress: t.progress,
                deadline: p.date_opt(t.deadline),
                overdue: t.overdue,
                comment: t.history.iter().rev().find_map(|h| h.comment.clone()),
            })
        })
        .collect()
}

fn checks(p: &PageCx, id: ItemId, unit: &Unit, year: i32) -> Vec<FormCheck> {
    let g = p.g;
    let mut out = Vec::new();
    for &c in &unit.checklists {
        let Data::Checklist(cl) = &g.item(c).data else {
            continue;
        };
        if cl.year.is_some_and(|y| y != year) {
            continue;
        }
        let Some(checklist) = p.link(c) else { continue };
        for &ci in &cl.items {
            let Data::CheckItem(item) = &g.item(ci).data else {
                continue;
            };
            // Answers are oldest first: the unit's last is its newest.
            let last = item.answers.iter().rev().find(|a| a.unit == id);
            out.push(FormCheck {
                key: g.item(ci).key.clone(),
                checklist: checklist.clone(),
                question: g.item(ci).title.clone(),
                group: item.group.clone(),
                answer_kind: match item.answer_kind {
                    AnswerKind::YesNo => "yesno",
                    AnswerKind::Text => "text",
                },
                last: last.map(|a| answer_value(&a.answer)),
                last_label: last.map(|a| answer_label(p, &a.answer)),
                last_period: last.map(|a| a.period.label(p.labels)),
                comment: last.and_then(|a| a.comment.clone()),
            });
        }
    }
    out
}

fn indicators(p: &PageCx, id: ItemId, unit: &Unit) -> Vec<FormIndicator> {
    let g = p.g;
    unit.all_indicators()
        .into_iter()
        .filter_map(|i| {
            let Data::Indicator(ind) = &g.item(i).data else {
                return None;
            };
            let last = ind
                .points
                .iter()
                .filter(|pt| pt.unit == Some(id))
                .max_by_key(|pt| pt.period.sort_key());
            Some(FormIndicator {
                key: g.item(i).key.clone(),
                link: p.link(i)?,
                kind_label: p.l(match ind.indicator_kind {
                    IndicatorKind::Indicator => "indicator_kind_indicator",
                    IndicatorKind::Keyfigure => "indicator_kind_keyfigure",
                }),
                measure: ind.measure.clone(),
                last: last.map(|pt| number(pt.value, p.lang())),
                last_period: last.map(|pt| pt.period.label(p.labels)),
            })
        })
        .collect()
}

/// JSON for a `<script>` element: no `<` can end it or open a comment.
fn script_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value)
        .unwrap_or_else(|_| "{}".into())
        .replace('<', "\\u003c")
}

/// The period a form opens with: the one the unit is to report next (the first to end of those
/// it has not reported), else the first.
fn chosen(periods: &[(Period, FormPeriod)]) -> usize {
    periods
        .iter()
        .enumerate()
        .filter(|(_, (_, f))| f.reported.is_none())
        .min_by_key(|(_, (pr, _))| pr.end())
        .map_or(0, |(i, _)| i)
}

fn period(p: &PageCx, id: ItemId, period: Period) -> FormPeriod {
    let file_path = urls::report_file_path(p.g, id, period);
    let file_name = file_path
        .rsplit_once('/')
        .map_or(&*file_path, |(_, n)| n)
        .to_string();
    FormPeriod {
        key: period.to_string(),
        label: period.label(p.labels),
        anchor: urls::report_period_anchor(period),
        file_path,
        file_name,
        reported: report_of(p.g, id, period).and_then(|r| p.link(r)),
    }
}

fn view(p: &PageCx, id: ItemId, year: i32) -> Option<FormView> {
    let g = p.g;
    let unit = g.unit(id)?;
    let periods: Vec<(Period, FormPeriod)> = g
        .open_periods(id)
        .into_iter()
        .filter(|pr| pr.year() == year)
        .map(|pr| (pr, period(p, id, pr)))
        .collect();
    let chosen = chosen(&periods);
    let periods: Vec<FormPeriod> = periods.into_iter().map(|(_, f)| f).collect();
    // Every report file goes to the same folder.
    let dir = periods.first()?.file_path.rsplit_once('/')?.0;
    let forge = g.config.repo.as_ref().map(|r| forge::new_file(r, dir));
    let key = &g.item(id).key;
    let config = Config {
        unit: key,
        files: periods
            .iter()
            .map(|pr| (pr.key.as_str(), pr.file_path.as_str()))
            .collect(),
        statuses: g.config.statuses.iter().map(|s| s.key.as_str()).collect(),
        answers: ["true", "false", "partly", "n/a"],
        forge: forge.as_ref(),
        max_url: MAX_URL,
        messages: Messages {
            status: p.l("rf_error_status"),
            progress: p.l("rf_error_progress"),
            answer: p.l("rf_error_answer"),
            value: p.l("rf_error_value"),
            date: p.l("rf_error_date"),
            copied: p.l("rf_copied"),
            copy_failed: p.l("rf_copy_failed"),
            too_long: p.l("rf_too_long"),
        },
    };
    let config_json = script_json(&config);
    Some(FormView {
        unit: p.link(id)?,
        unit_key: key.clone(),
        year,
        chosen,
        today: p.date(g.today),
        status_page: p.href(&urls::unit_status_path(g, id)),
        items: items(p, unit, year),
        checks: checks(p, id, unit, year),
        indicators: indicators(p, id, unit),
        statuses: g
            .config
            .statuses
            .iter()
            .map(|s| StatusOption {
                key: s.key.clone(),
                label: s.label.clone(),
            })
            .collect(),
        forge,
        config_json,
        periods,
    })
}
