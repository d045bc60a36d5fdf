//! Oppdragsbrev: the letter, its themes (its level-2 headings), who sent it to whom, the
//! letters it breaks down into and the assignments it gave.

use serde::Serialize;

use super::Spec;
use crate::model::vocab::Kind;
use crate::model::*;
use crate::render::markdown::Heading;
use crate::render::parts::PageCx;
use crate::render::parts::base::Base;
use crate::render::parts::frame::{self, Crumb};
use crate::render::view::{Card, Ctx, DateView, Link};

/// A letter's page.
pub fn page(id: ItemId) -> Spec {
    Spec::item("letter.html", Kind::Letter, id, crumbs, view)
}

/// The letters' index, then the letters this one breaks down, from the top.
fn crumbs(v: &Ctx, id: ItemId) -> Vec<Crumb> {
    let mut out = vec![frame::index_crumb(v, Kind::Letter)];
    let Data::Letter(l) = &v.g.item(id).data else {
        return out;
    };
    let mut chain = Vec::new();
    let mut at = l.parent;
    while let Some(p) = at {
        if chain.len() > 32 {
            break;
        }
        chain.extend(frame::crumb_to(v, p));
        at = match &v.g.item(p).data {
            Data::Letter(pl) => pl.parent,
            _ => None,
        };
    }
    chain.reverse();
    out.extend(chain);
    out
}

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

fn view(p: &PageCx, id: ItemId) -> Option<LetterView> {
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
