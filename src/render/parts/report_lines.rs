//! What a report says, line by line, as the audience may see it: the status it gives each item,
//! the achievement of each goal, and answers and achievements in words.

use serde::Serialize;

use super::PageCx;
use crate::model::vocab::{Achievement, Answer};
use crate::model::*;
use crate::render::view::{DateView, Link, StatusView};

#[derive(Serialize)]
pub struct StatusLine {
    pub item: Link,
    pub status: Option<StatusView>,
    pub progress: Option<u8>,
    pub deadline: Option<DateView>,
    pub comment: Option<String>,
}

#[derive(Serialize)]
pub struct GoalLine {
    pub goal: Link,
    pub achievement: &'static str,
    pub achievement_label: String,
    pub comment: Option<String>,
}

pub fn answer_label(p: &PageCx, a: &Answer) -> String {
    match a {
        Answer::Yes => p.l("answer_yes"),
        Answer::No => p.l("answer_no"),
        Answer::Partly => p.l("answer_partly"),
        Answer::NotRelevant => p.l("answer_na"),
        Answer::Text(t) => t.clone(),
    }
}

pub fn achievement_label(p: &PageCx, a: Achievement) -> String {
    p.l(&format!("achievement_{}", a.key()))
}

/// The status entries of a report whose item the audience may see.
pub fn status_lines(p: &PageCx, r: &Report) -> Vec<StatusLine> {
    r.status
        .iter()
        .filter_map(|s| {
            Some(StatusLine {
                item: p.link(s.target)?,
                status: s.status.and_then(|x| p.status(x)),
                progress: s.progress,
                deadline: p.date_opt(s.deadline),
                comment: s.comment.clone(),
            })
        })
        .collect()
}

/// The goal achievements of a report whose goal the audience may see.
pub fn goal_lines(p: &PageCx, r: &Report) -> Vec<GoalLine> {
    r.goals
        .iter()
        .filter_map(|x| {
            Some(GoalLine {
                goal: p.link(x.goal)?,
                achievement: x.achievement.key(),
                achievement_label: achievement_label(p, x.achievement),
                comment: x.comment.clone(),
            })
        })
        .collect()
}
