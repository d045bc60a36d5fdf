//! The register from A to Å as the search page and each letter's page show it: every letter,
//! linked where it has items (see `render::az`).

use serde::Serialize;

use super::PageCx;
use crate::render::az;
use crate::render::urls;

#[derive(Serialize)]
pub struct LetterLink {
    pub letter: &'static str,
    /// Empty for a letter without items (shown, not linked).
    pub href: String,
    pub count: usize,
    pub current: bool,
}

/// Every letter, linked where it has items; `current`, the letter of the page showing them.
pub fn letters(p: &PageCx, current: Option<usize>) -> Vec<LetterLink> {
    az::counts(p)
        .iter()
        .enumerate()
        .map(|(i, &count)| LetterLink {
            letter: az::LETTERS[i].0,
            href: if count > 0 {
                p.href(&urls::az_path(p.lang(), az::LETTERS[i].1))
            } else {
                String::new()
            },
            count,
            current: current == Some(i),
        })
        .collect()
}
