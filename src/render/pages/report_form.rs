//! The report form of a unit for a period (internal tree only): what the unit has to report
//! on, filled in with where it stands, as a real HTML form. Without JavaScript it is a
//! readable list; `assets/report-form.js` checks the answers as `check` would and makes the
//! report file (download, copy, or the forge's "new file" page). Nothing is sent anywhere.
//!
//! A form exists for each period the unit can report now ([`Graph::open_periods`]: for each
//! kind in its rhythm, the one due and the one in progress, when it is expected to report
//! them). It holds the unit's own assignments and tasks for the period's year, the items of
//! the checklists that apply to it for that year, and the indicators it follows up.

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

/// A form for each unit and each period it can report now, in the internal tree.
pub fn pages(g: &Graph, audience: Audience) -> Vec<Page> {
    if !audience.sees_staff_tools() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for &u in g.kind(Kind::Unit) {
        for period in g.open_periods(u) {
            out.push(Page {
                path: urls::report_form_path(g, u, period),
                what: What::ReportForm(u, period),
            });
        }
    }
    out
}

/// A unit's form for a period, below the follow-up page and the unit's status page.
pub fn page(u: ItemId, period: Period) -> Spec {
    Spec::page(
        "report_form.html",
        "report-form",
        Section::FollowUp,
        move |p| {
            let g = p.g;
            let unit = &g.item(u).title;
            let title = format!("{} – {unit} – {}", p.l("rf_title"), period.label(p.labels));
            let status = Crumb {
                href: p.href(&urls::unit_status_path(g, u)),
                title: unit.clone(),
            };
            let crumbs = vec![frame::follow_up_crumb(p), status];
            Content::new(title, crumbs, View::page(&view(p, u, period)))
        },
    )
}

#[derive(Serialize)]
pub struct FormView {
    pub unit: Link,
    pub unit_key: String,
    pub period: String,
    pub period_label: String,
    pub today: DateView,
    /// Where the file goes, relative to the site root, and its name alone.
    pub file_path: String,
    pub file_name: String,
    pub reported: Option<Link>,
    pub status_page: String,
    pub items: Vec<FormItem>,
    pub checks: Vec<FormCheck>,
    pub indicators: Vec<FormIndicator>,
    pub statuses: Vec<StatusOption>,
    pub forge: Option<forge::NewFile>,
    /// The `<script type="application/json">` block, escaped for HTML.
    pub config_json: String,
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
/// goes, the forge, and the messages in the site's language.
#[derive(Serialize)]
struct Config<'a> {
    unit: &'a str,
    period: &'a str,
    file_path: &'a str,
    file_name: &'a str,
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

fn items(p: &PageCx, unit: &Unit, period: Period) -> Vec<FormItem> {
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
        .filter(|&i| year_of(i).is_none_or(|y| y == period.year()))
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

fn checks(p: &PageCx, id: ItemId, unit: &Unit, period: Period) -> Vec<FormCheck> {
    let g = p.g;
    let mut out = Vec::new();
    for &c in &unit.checklists {
        let Data::Checklist(cl) = &g.item(c).data else {
            continue;
        };
        if cl.year.is_some_and(|y| y != period.year()) {
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

fn view(p: &PageCx, id: ItemId, period: Period) -> Option<FormView> {
    let g = p.g;
    let unit = g.unit(id)?;
    let file_path = urls::report_file_path(g, id, period);
    let (dir, file_name) = file_path.rsplit_once('/')?;
    let forge = g.config.repo.as_ref().map(|r| forge::new_file(r, dir));
    let period_s = period.to_string();
    let key = &g.item(id).key;
    let config = Config {
        unit: key,
        period: &period_s,
        file_path: &file_path,
        file_name,
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
        period: period_s.clone(),
        period_label: period.label(p.labels),
        today: p.date(g.today),
        file_name: file_name.to_string(),
        reported: report_of(g, id, period).and_then(|r| p.link(r)),
        status_page: p.href(&urls::unit_status_path(g, id)),
        items: items(p, unit, period),
        checks: checks(p, id, unit, period),
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
        file_path,
    })
}
