//! The register from A to Å: a page for each letter that has items, every page of the tree
//! under the letter its title begins with, so that everything stays findable without
//! JavaScript (see `render::az`).

use serde::Serialize;

use super::{Content, Page, Spec, View, What};
use crate::render::az;
use crate::render::parts::PageCx;
use crate::render::parts::frame::{Crumb, Section};
use crate::render::parts::register::{LetterLink, letters};
use crate::render::urls;
use crate::render::view::Ctx;

/// A page for each letter of the register that has items.
pub fn pages(v: &Ctx) -> Vec<Page> {
    az::counts(v)
        .iter()
        .enumerate()
        .filter(|&(_, &n)| n > 0)
        .map(|(i, _)| Page {
            path: urls::az_path(v.lang(), az::LETTERS[i].1),
            what: What::Az(i),
        })
        .collect()
}

/// A letter's page, below the search page.
pub fn page(letter: usize) -> Spec {
    Spec::page("az.html", "az", Section::None, move |p| {
        let search = Crumb {
            href: p.href(&urls::search_path(p.lang())),
            title: p.l("search"),
        };
        Content::new(
            title(p, letter),
            vec![search],
            View::named("az", &view(p, letter)),
        )
    })
}

#[derive(Serialize)]
pub struct AzEntry {
    pub href: String,
    pub title: String,
    pub kind_label: String,
    pub unit: Option<String>,
}

#[derive(Serialize)]
pub struct AzView {
    pub letter: &'static str,
    pub letters: Vec<LetterLink>,
    pub entries: Vec<AzEntry>,
}

fn title(p: &PageCx, letter: usize) -> String {
    p.l("search_az_letter")
        .replace("{letter}", az::LETTERS[letter].0)
}

fn view(p: &PageCx, letter: usize) -> AzView {
    let entries = az::under(p, letter)
        .into_iter()
        .filter_map(|id| {
            let card = p.card(id)?;
            Some(AzEntry {
                href: card.href,
                title: card.title,
                kind_label: card.kind_label,
                unit: card
                    .unit
                    .filter(|_| p.g.item(id).kind != crate::model::vocab::Kind::Unit)
                    .map(|u| u.title),
            })
        })
        .collect();
    AzView {
        letter: az::LETTERS[letter].0,
        letters: letters(p, Some(letter)),
        entries,
    }
}
