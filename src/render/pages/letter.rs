//! Oppdragsbrev: the letter, its themes (its level-2 headings), who sent it to whom, the
//! letters it breaks down into and the assignments it gave.

use serde::Serialize;

use crate::model::vocab::Kind;
use crate::model::*;
use crate::render::markdown::Heading;
use crate::render::parts::PageCx;
use crate::render::parts::base::Base;
use crate::render::view::{Card, DateView, Link};

#[derive(Serialize)]
pub struct LetterView {
    pub base: Base,
    pub year: Option<i32>,
    pub date: Option<DateView>,
    pub from: Option<Link>,
    pub to: Vec<Link>,
    pub parent: Option<Link>,
    pub children: Vec<Card>,
    /// The body's `##` headings, shown one level lower on the page.
    pub themes: Vec<Heading>,
    pub assignments: Vec<Card>,
}

pub fn view(p: &PageCx, id: ItemId) -> Option<LetterView> {
    let Data::Letter(l) = &p.g.item(id).data else {
        return None;
    };
    let base = p.base(id, &[Kind::Letter, Kind::Assignment]);
    let themes = base.toc.iter().filter(|h| h.level == 3).cloned().collect();
    Some(LetterView {
        year: l.year,
        date: p.date_opt(l.date),
        from: l.from.and_then(|u| p.link(u)),
        to: p.links(&l.to),
        parent: l.parent.and_then(|x| p.link(x)),
        children: p.cards(&l.children),
        themes,
        assignments: p.cards(&l.assignments),
        base,
    })
}
