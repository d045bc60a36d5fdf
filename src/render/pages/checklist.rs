//! Internal-control checklists: the checkpoints by purpose and type, who they apply to, and
//! how the units answered them.

use serde::Serialize;

use super::Spec;
use crate::model::vocab::{AnswerKind, Kind};
use crate::model::*;
use crate::render::parts::base::Base;
use crate::render::parts::internal_control::{self, ControlView};
use crate::render::parts::{PageCx, frame};
use crate::render::urls;
use crate::render::view::Link;

/// A checklist's page, with its items as sections.
pub fn page(id: ItemId) -> Spec {
    Spec::item("checklist.html", Kind::Checklist, id, frame::in_index, view)
}

#[derive(Serialize)]
pub struct ChecklistView {
    pub base: Base,
    pub year: Option<i32>,
    pub applies_to: Vec<Link>,
    pub scope_count: usize,
    pub items: Vec<CheckRow>,
    /// The answers: matrix, not answered, deviations.
    pub control: Option<ControlView>,
}

#[derive(Serialize)]
pub struct CheckRow {
    /// Also the anchor of the row.
    pub key: String,
    pub purpose: Option<String>,
    pub group: Option<String>,
    pub question: String,
    pub answer_kind: String,
    pub description: Option<String>,
    pub internal: bool,
    /// Why an internal checkpoint is kept from the public; employees only.
    pub exemption: Option<String>,
}

fn view(p: &PageCx, id: ItemId) -> Option<ChecklistView> {
    let g = p.g;
    let Data::Checklist(c) = &g.item(id).data else {
        return None;
    };
    let items = c
        .items
        .iter()
        .filter(|&&i| p.visible(i))
        .filter_map(|&i| {
            let item = g.item(i);
            let Data::CheckItem(ci) = &item.data else {
                return None;
            };
            Some(CheckRow {
                key: item.key.clone(),
                purpose: ci.purpose.clone(),
                group: ci.group.clone(),
                question: item.title.clone(),
                answer_kind: p.l(match ci.answer_kind {
                    AnswerKind::YesNo => "answer_kind_yesno",
                    AnswerKind::Text => "answer_kind_text",
                }),
                description: p.markdown_field_nested(ci.description.as_ref(), i, 2),
                internal: item.visibility == crate::model::vocab::Visibility::Internal,
                exemption: item
                    .exemption
                    .clone()
                    .filter(|_| p.audience.sees_staff_tools()),
            })
        })
        .collect();
    let applies_to = if c.applies_to.is_empty() {
        g.root_unit.and_then(|r| p.link(r)).into_iter().collect()
    } else {
        p.links(&c.applies_to)
    };
    Some(ChecklistView {
        base: p.base(id, &[Kind::Unit]),
        year: c.year,
        applies_to,
        scope_count: c.scope.iter().filter(|&&u| p.visible(u)).count(),
        items,
        control: internal_control::view(p, id, None, urls::CHECKLIST_CHART, true),
    })
}
