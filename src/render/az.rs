//! The register from A to Å: every page of a tree under the letter its title begins with.
//! It is what the search box leads to without JavaScript (the search page lists the letters,
//! each letter has a page), so everything stays findable with scripts off.

use super::view::Ctx;
use crate::fold::fold;
use crate::model::ItemId;
use crate::model::vocab::Kind;

/// The register's letters in Norwegian order, with the folder each letter's page lives in
/// (`sok/SLUG.html`).
pub const LETTERS: [(&str, &str); 31] = [
    ("A", "a"),
    ("B", "b"),
    ("C", "c"),
    ("D", "d"),
    ("E", "e"),
    ("F", "f"),
    ("G", "g"),
    ("H", "h"),
    ("I", "i"),
    ("J", "j"),
    ("K", "k"),
    ("L", "l"),
    ("M", "m"),
    ("N", "n"),
    ("O", "o"),
    ("P", "p"),
    ("Q", "q"),
    ("R", "r"),
    ("S", "s"),
    ("T", "t"),
    ("U", "u"),
    ("V", "v"),
    ("W", "w"),
    ("X", "x"),
    ("Y", "y"),
    ("Z", "z"),
    ("Æ", "ae"),
    ("Ø", "oe"),
    ("Å", "aa"),
    ("0–9", "0-9"),
    ("#", "other"),
];

/// Index into [`LETTERS`] of the letter a title is filed under: its first letter or digit,
/// accents dropped (É under E), Æ, Ø and Å under themselves, anything else under `#`.
pub fn letter_of(title: &str) -> usize {
    let other = LETTERS.len() - 1;
    let Some(c) = title.chars().find(|c| c.is_alphanumeric()) else {
        return other;
    };
    // Most titles begin with a letter A–Z, the first 26 of LETTERS: no string made. Every
    // register page files every item again, so this runs ~30 times per item and tree.
    if c.is_ascii_alphabetic() {
        return (c.to_ascii_uppercase() as u8 - b'A') as usize;
    }
    let upper: String = c.to_uppercase().collect();
    if let Some(i) = LETTERS.iter().position(|(l, _)| *l == upper) {
        return i;
    }
    if c.is_ascii_digit() {
        return LETTERS.len() - 2;
    }
    let folded = fold(&c.to_string());
    match folded.chars().next() {
        Some(f) if f.is_ascii_lowercase() => (f as u8 - b'a') as usize,
        _ => other,
    }
}

/// Sorts titles as a Norwegian reader expects: case and accents aside, Æ Ø Å after Z.
pub fn sort_key(title: &str) -> String {
    title
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'æ' | 'ä' => '{',
            'ø' | 'ö' => '|',
            'å' => '}',
            c => c,
        })
        .collect::<String>()
        .chars()
        .map(|c| {
            if c.is_ascii() || matches!(c, '{' | '|' | '}') {
                c.to_string()
            } else {
                fold(&c.to_string())
            }
        })
        .collect()
}

/// How many items the audience sees under each letter. One pass over the items.
pub fn counts(v: &Ctx) -> [usize; LETTERS.len()] {
    let mut out = [0; LETTERS.len()];
    for id in items(v) {
        out[letter_of(&v.g.item(id).title)] += 1;
    }
    out
}

/// The items under one letter, sorted by title. One pass over the items per letter page, so
/// the register costs ~30 passes in all: linear in the number of items.
pub fn under(v: &Ctx, letter: usize) -> Vec<ItemId> {
    let mut ids: Vec<(String, ItemId)> = items(v)
        .filter(|&id| letter_of(&v.g.item(id).title) == letter)
        .map(|id| (sort_key(&v.g.item(id).title), id))
        .collect();
    ids.sort();
    ids.into_iter().map(|(_, id)| id).collect()
}

fn items<'a>(v: &'a Ctx) -> impl Iterator<Item = ItemId> + 'a {
    Kind::FINDABLE
        .into_iter()
        .flat_map(|k| v.g.kind(k).iter().copied())
        .filter(|&id| v.visible(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_filed_under_their_first_letter() {
        assert_eq!(LETTERS[letter_of("Barnehage")].0, "B");
        assert_eq!(LETTERS[letter_of("østre skule")].0, "Ø");
        assert_eq!(LETTERS[letter_of("Årsrapport")].0, "Å");
        assert_eq!(LETTERS[letter_of("Ærlegdom")].0, "Æ");
        assert_eq!(LETTERS[letter_of("Évaluering")].0, "E");
        assert_eq!(LETTERS[letter_of("«Sitat»")].0, "S");
        assert_eq!(LETTERS[letter_of("2026-plan")].0, "0–9");
        assert_eq!(LETTERS[letter_of("Ωmega")].0, "#");
        assert_eq!(LETTERS[letter_of("")].0, "#");
        // The quick way for A–Z agrees with the table, in either case.
        for c in ('a'..='z').chain('A'..='Z') {
            assert_eq!(
                LETTERS[letter_of(&format!("{c}x"))].0,
                c.to_uppercase().to_string()
            );
        }
    }

    #[test]
    fn norwegian_letters_sort_after_z() {
        let mut t = vec!["Åsen", "Østre", "Zulu", "ærlig", "Aasen", "Ødegård", "alfa"];
        t.sort_by_key(|s| sort_key(s));
        assert_eq!(
            t,
            ["Aasen", "alfa", "Zulu", "ærlig", "Ødegård", "Østre", "Åsen"]
        );
    }
}
