//! The search page and the register from A to Å it leads to without JavaScript.

use serde::Serialize;

use super::common::PageCx;
use super::{Page, What};
use crate::render::az;
use crate::render::view::Ctx;

/// The search page, and a page for each letter of the register that has items.
pub fn pages(v: &Ctx) -> Vec<Page> {
    let counts = az::counts(v);
    let mut out = vec![Page {
        path: crate::render::urls::search_path(v.lang()),
        what: What::Search,
    }];
    out.extend(
        counts
            .iter()
            .enumerate()
            .filter(|&(_, &n)| n > 0)
            .map(|(i, _)| Page {
                path: az::letter_path(v.lang(), i),
                what: What::Az(i),
            }),
    );
    out
}

#[derive(Serialize)]
pub struct LetterLink {
    pub letter: &'static str,
    /// Empty for a letter without items (shown, not linked).
    pub href: String,
    pub count: usize,
    pub current: bool,
}

#[derive(Serialize)]
pub struct SearchView {
    pub letters: Vec<LetterLink>,
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

fn letters(p: &PageCx, current: Option<usize>) -> Vec<LetterLink> {
    az::counts(p)
        .iter()
        .enumerate()
        .map(|(i, &count)| LetterLink {
            letter: az::LETTERS[i].0,
            href: if count > 0 {
                p.href(&az::letter_path(p.lang(), i))
            } else {
                String::new()
            },
            count,
            current: current == Some(i),
        })
        .collect()
}

pub fn search_view(p: &PageCx) -> SearchView {
    SearchView {
        letters: letters(p, None),
    }
}

pub fn az_title(p: &PageCx, letter: usize) -> String {
    p.l("search_az_letter")
        .replace("{letter}", az::LETTERS[letter].0)
}

pub fn az_view(p: &PageCx, letter: usize) -> AzView {
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
