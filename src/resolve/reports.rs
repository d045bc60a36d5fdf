//! Reports → status history of assignments and tasks, checklist answers, goal achievement
//! and indicator values. Runs after automatic assignments exist, since reports may name them
//! by their measure's or verbalpunkt's id.

use super::build::Deferred;
use super::registry::Registry;
use crate::config::SiteConfig;
use crate::diag::Diagnostics;
use crate::load::raw::AnswerValue;
use crate::model::vocab::{Answer, AnswerKind, Kind};
use crate::model::*;
use std::sync::Arc;

pub fn apply(
    items: &mut [Arc<Item>],
    reg: &Registry,
    cfg: &SiteConfig,
    deferred: Vec<Deferred>,
    diags: &mut Diagnostics,
) {
    for d in deferred {
        apply_one(items, reg, cfg, d, diags);
    }
    // Newest last, as for status: the sort is stable, and the reports were applied in file
    // order, so the report breaks the last ties as it would alone.
    for item in items.iter_mut().map(Arc::make_mut) {
        if let Data::CheckItem(ci) = &mut item.data {
            sort_answers(ci);
        }
    }
}

/// A checklist item's answers, oldest first: by period end, date and report (file order).
pub(super) fn sort_answers(ci: &mut CheckItem) {
    ci.answers
        .sort_by_key(|a| (a.period.end(), a.date, a.report));
}

/// Applies one report: its entries pushed onto what they name (history, answers, points),
/// and its own lists set.
pub(super) fn apply_one(
    items: &mut [Arc<Item>],
    reg: &Registry,
    cfg: &SiteConfig,
    d: Deferred,
    diags: &mut Diagnostics,
) {
    let Deferred { report, file, raw } = d;
    let (unit, period, date) = match &items[report.index()].data {
        Data::Report(r) => (r.unit, r.period, r.date),
        _ => return,
    };
    let mut status = Vec::new();
    for (at, entry) in raw.status.into_iter().enumerate() {
        let Some(found) = reg.find(
            &entry.target,
            &[Kind::Assignment, Kind::Task, Kind::Measure, Kind::Verbal],
            &file,
            diags,
        ) else {
            continue;
        };
        let target = match &items[found.index()].data {
            Data::Measure(m) => m.assignment,
            Data::Verbal(v) => v.assignment,
            _ => Some(found),
        };
        let Some(target) = target else {
            diags
                .error(&file, entry.target.pos, format!("`{}` is a measure that no assignment carries out", entry.target.value))
                .help("only priority measures of a handlings- og økonomiplan become assignments; report on the assignment that names it in `source`");
            continue;
        };
        let st = entry
            .status
            .as_ref()
            .and_then(|s| super::build::status_of(cfg, s, &file, diags));
        let line = ReportStatus {
            target,
            entry: at,
            status: st,
            progress: entry.progress.map(|p| p.value),
            deadline: entry.deadline.map(|d| d.value),
            comment: entry.comment,
        };
        if let Some(period) = period {
            let history = StatusReport {
                report,
                period,
                date,
                status: line.status,
                progress: line.progress,
                deadline: line.deadline,
                comment: line.comment.clone(),
            };
            match &mut Arc::make_mut(&mut items[target.index()]).data {
                Data::Assignment(a) => a.track.history.push(history),
                Data::Task(t) => t.track.history.push(history),
                _ => {}
            }
        }
        status.push(line);
    }

    let mut answers = Vec::new();
    for (at, entry) in raw.checklist.into_iter().enumerate() {
        let Some(item) = reg.find(&entry.target, &[Kind::CheckItem], &file, diags) else {
            continue;
        };
        let Data::CheckItem(ci) = &items[item.index()].data else {
            continue;
        };
        let Some(answer) = answer_of(ci.answer_kind, &entry.answer.value) else {
            match &entry.answer.value {
                AnswerValue::Text(t) => diags
                    .error(&file, entry.answer.pos, format!("`{}` is not an answer to the yes/no item `{}`", t.trim(), entry.target.value))
                    .help("answer true (ja), false (nei), \"partly\" (delvis) or \"n/a\" (ikkje relevant)"),
                AnswerValue::Bool(_) => diags
                    .error(
                        &file,
                        entry.answer.pos,
                        format!("the item `{}` asks for a text answer", entry.target.value),
                    )
                    .help("write the answer as text: `answer = \"…\"`"),
            };
            continue;
        };
        let follow_up = (follows_up(&answer) && !entry.follow_up.is_empty()).then(|| FollowUp {
            measure: entry.follow_up.measure.clone(),
            responsible: super::build::responsible_of(
                reg,
                diags,
                &entry.follow_up.responsible,
                &file,
            ),
            deadline: entry.follow_up.deadline,
            closed: entry.follow_up.closed,
        });
        if let (Some(unit), Some(period)) = (unit, period)
            && let Data::CheckItem(ci) = &mut Arc::make_mut(&mut items[item.index()]).data
        {
            ci.answers.push(GivenAnswer {
                report,
                unit,
                period,
                date,
                answer: answer.clone(),
                comment: entry.comment.clone(),
                follow_up: follow_up.clone(),
            });
        }
        answers.push(ReportAnswer {
            item,
            entry: at,
            answer,
            comment: entry.comment,
            follow_up,
        });
    }

    let mut goals = Vec::new();
    for (at, entry) in raw.goals.into_iter().enumerate() {
        if let Some(goal) = reg.find(&entry.target, &[Kind::Goal], &file, diags) {
            goals.push(ReportGoal {
                goal,
                entry: at,
                achievement: entry.achievement,
                comment: entry.comment,
            });
        }
    }

    let mut values = Vec::new();
    for v in raw.values {
        let Some(ind) = reg.find(&v.indicator, &[Kind::Indicator], &file, diags) else {
            continue;
        };
        values.push((ind, v.value));
        if let (Some(period), Data::Indicator(i)) =
            (period, &mut Arc::make_mut(&mut items[ind.index()]).data)
        {
            i.points.push(Point {
                period,
                unit,
                value: v.value,
                from: PointSource::Report(report),
            });
        }
    }

    if let Data::Report(r) = &mut Arc::make_mut(&mut items[report.index()]).data {
        r.status = status;
        r.answers = answers;
        r.goals = goals;
        r.values = values;
    }
}

/// The answer `value` gives to an item that asks for `kind`; `None` when it is not one.
pub(super) fn answer_of(kind: AnswerKind, value: &AnswerValue) -> Option<Answer> {
    Some(match (kind, value) {
        (AnswerKind::YesNo, AnswerValue::Bool(true)) => Answer::Yes,
        (AnswerKind::YesNo, AnswerValue::Bool(false)) => Answer::No,
        (AnswerKind::YesNo, AnswerValue::Text(t)) => match t.trim() {
            "partly" => Answer::Partly,
            "n/a" => Answer::NotRelevant,
            _ => return None,
        },
        (AnswerKind::Text, AnswerValue::Text(t)) => Answer::Text(t.clone()),
        (AnswerKind::Text, AnswerValue::Bool(_)) => return None,
    })
}

/// Whether an answer keeps the follow-up written with it (a "no" or a "partly").
pub(super) fn follows_up(answer: &Answer) -> bool {
    matches!(answer, Answer::No | Answer::Partly)
}
