//! A unit's report for one period: status of its items, checklist answers, goal
//! achievement, indicator values and its own assessment.

use serde::Serialize;

use super::Spec;
use crate::model::vocab::Kind;
use crate::model::*;
use crate::render::parts::PageCx;
use crate::render::parts::base::Base;
use crate::render::parts::frame::{self, Crumb};
use crate::render::parts::report_lines::{
    GoalLine, StatusLine, answer_label, goal_lines, status_lines,
};
use crate::render::view::{Ctx, DateView, Link, number};

/// A report's page.
pub fn page(id: ItemId) -> Spec {
    Spec::item("report.html", Kind::Report, id, crumbs, view)
}

/// The organisation down to the unit that gave the report.
fn crumbs(v: &Ctx, id: ItemId) -> Vec<Crumb> {
    match &v.g.item(id).data {
        Data::Report(r) => frame::unit_chain(v, r.unit),
        _ => frame::in_index(v, id),
    }
}

#[derive(Serialize)]
pub struct ReportView {
    pub base: Base,
    pub unit: Option<Link>,
    pub period: Option<String>,
    pub period_label: Option<String>,
    pub date: Option<DateView>,
    pub status: Vec<StatusLine>,
    pub answers: Vec<AnswerLine>,
    pub goals: Vec<GoalLine>,
    pub values: Vec<ValueLine>,
    /// v1.2: the unit's money for the period.
    pub economy: Option<EconomyLine>,
}

#[derive(Serialize)]
pub struct EconomyLine {
    pub budget: Option<String>,
    pub spent: Option<String>,
    pub forecast: Option<String>,
    pub deviation: Option<String>,
    pub comment: Option<String>,
}

#[derive(Serialize)]
pub struct AnswerLine {
    pub item: Link,
    pub question: String,
    pub answer: String,
    pub answer_key: &'static str,
    pub comment: Option<String>,
    /// v1.2: the follow-up of a deviation, as one line ("Tiltak · ansvarleg · frist").
    pub follow_up: Option<String>,
}

#[derive(Serialize)]
pub struct ValueLine {
    pub indicator: Link,
    pub value: String,
    pub measure: Option<String>,
}

fn view(p: &PageCx, id: ItemId) -> Option<ReportView> {
    let g = p.g;
    let Data::Report(r) = &g.item(id).data else {
        return None;
    };
    Some(ReportView {
        // The narrative has a section of its own, under an `<h2>`.
        base: p.base_under(id, &[], 2),
        unit: r.unit.and_then(|u| p.link(u)),
        period: r.period.map(|x| x.to_string()),
        period_label: r.period.map(|x| x.label(p.labels)),
        date: p.date_opt(r.date),
        status: status_lines(p, r),
        answers: r
            .answers
            .iter()
            .filter_map(|a| {
                Some(AnswerLine {
                    item: p.link(a.item)?,
                    question: g.item(a.item).title.clone(),
                    answer: answer_label(p, &a.answer),
                    answer_key: a.answer.key(),
                    comment: a.comment.clone(),
                    follow_up: a.follow_up.as_ref().map(|f| {
                        let mut parts: Vec<String> = f.measure.iter().cloned().collect();
                        let who = match &f.responsible {
                            Responsible::Unit(u) => p.link(*u).map(|l| l.title),
                            Responsible::Person(n) => p.person(Some(g.people.shown(n))),
                            Responsible::None => None,
                        };
                        parts.extend(who.map(|w| format!("{}: {w}", p.l("responsible"))));
                        parts.extend(
                            f.deadline
                                .map(|d| format!("{}: {}", p.l("deadline"), p.date(d).label)),
                        );
                        parts.extend(
                            f.closed.map(|d| {
                                format!("{}: {}", p.l("avvik_closed_on"), p.date(d).label)
                            }),
                        );
                        parts.join(" · ")
                    }),
                })
            })
            .collect(),
        goals: goal_lines(p, r),
        values: r
            .values
            .iter()
            .filter_map(|&(ind, v)| {
                let Data::Indicator(i) = &g.item(ind).data else {
                    return None;
                };
                Some(ValueLine {
                    indicator: p.link(ind)?,
                    value: number(v, p.lang()),
                    measure: i.measure.clone(),
                })
            })
            .collect(),
        economy: r.economy.as_ref().map(|e| {
            let kr = |v: f64| format!("{}\u{a0}{}", number(v.round(), p.lang()), p.l("kr"));
            EconomyLine {
                budget: e.budget.map(kr),
                spent: e.spent.map(kr),
                forecast: e.forecast.map(kr),
                deviation: e.deviation().map(|d| {
                    let plus = if d > 0.0 { "+" } else { "" };
                    format!("{plus}{}", kr(d))
                }),
                comment: e.comment.clone(),
            }
        }),
    })
}
