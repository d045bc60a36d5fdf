//! How text is folded before it is compared: what search indexes and looks up
//! ([`crate::search::text`]), and what the register from A to Å files and sorts titles by
//! ([`crate::render::az`]). Below both, so that neither imports the other.
//!
//! Folding (documented in `docs/search.md`): lower case; accents dropped (canonical
//! decomposition, combining marks removed: `é` → `e`, `å` → `a`); `æ` → `ae`, `ø` → `o`
//! (and `œ` → `oe`, `ß` → `ss`, `þ` → `th`, `ð`/`đ` → `d`, `ł` → `l`); then `aa` → `a` and
//! `oe` → `o`, the ways Norwegian is written without its letters. So "ostre" finds "Østre",
//! "oyane" finds "øyane", "Aasen" finds "Åsen" and "Joergen" finds "Jørgen". The browser folds
//! a query the same way (`assets/search.js`, `fold`; `tests/search_text.rs` compares them).

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Lower case, accents and Norwegian letters folded to what a keyboard without them types.
///
/// Decomposing character by character and dropping the marks gives what decomposing the whole
/// text (NFD) would: NFD only adds a reordering of marks, and the marks are dropped.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        for lower in c.to_lowercase() {
            decompose_canonical(lower, |d| {
                if is_combining_mark(d) {
                    return;
                }
                match d {
                    'æ' => out.push_str("ae"),
                    'ø' => out.push('o'),
                    'œ' => out.push_str("oe"),
                    'ß' => out.push_str("ss"),
                    'þ' => out.push_str("th"),
                    'ð' | 'đ' => out.push('d'),
                    'ł' => out.push('l'),
                    // Lower-casing a final capital sigma gives ς in JavaScript and σ in Rust.
                    'ς' => out.push('σ'),
                    d => out.push(d),
                }
            });
        }
    }
    if out.contains("aa") {
        out = out.replace("aa", "a");
    }
    if out.contains("oe") {
        out = out.replace("oe", "o");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_norwegian_letters_and_accents() {
        assert_eq!(fold("Østre"), "ostre");
        assert_eq!(fold("øyane"), "oyane");
        assert_eq!(fold("Ærlegdom"), "aerlegdom");
        assert_eq!(fold("Åsen"), "asen");
        assert_eq!(fold("Aasen"), "asen");
        assert_eq!(fold("Jørgen"), fold("Joergen"));
        assert_eq!(fold("Kafé"), "kafe");
        assert_eq!(fold("Gießen"), "giessen");
        assert_eq!(fold("Čáhcesuolu"), "cahcesuolu");
        // Decomposed input (as some systems write it) folds the same as composed.
        assert_eq!(fold("A\u{30a}sen"), "asen");
    }
}
