//! How text becomes search terms: fold, split, drop stop words, stem.
//!
//! The browser does the same to what a reader types (`themes/default/static/assets/search.js`,
//! `fold`, `tokens` and `stem` there), so a query term and an index term meet exactly; the
//! test `tests/search_text.rs` runs both on the same words and compares. Change one, change
//! both.
//!
//! **Folding** is [`crate::fold`] (the register from A to Å files titles by it too), here
//! as [`fold`].
//!
//! **Stemming**: the Snowball Norwegian stemmer (`rust-stemmers`), which knows the Bokmål and
//! the Nynorsk noun endings (`-ar`, `-ane`, `-ene`, `-a`), on the folded word, with one Nynorsk
//! layer in front: Snowball only strips an ending after a vowel–consonant pair, so a stem of
//! vowels alone (`øy` in `øyane`, `øyar`, `øya`) keeps its ending; here it loses it. And one
//! layer behind: Snowball takes a final `-s` as the genitive (`kurs` → `kur`) but strips only
//! one ending, so `kursene` and `kursa` stopped at `kurs`; the `-s` rule is applied once more
//! to what Snowball leaves, so every form of a noun in `-s` (compounds too: `opplæringskursa`)
//! meets its bare form.

use rust_stemmers::{Algorithm, Stemmer};

pub use crate::fold::fold;

/// Words too common to be worth an entry: Nynorsk, Bokmål (and a few English) function words,
/// folded. The browser gets this list from the index, so it drops the same words from queries.
pub const STOP_WORDS: &[&str] = &[
    "av", "at", "da", "de", "dei", "deim", "dem", "den", "der", "det", "du", "ein", "eit", "ei",
    "en", "er", "et", "for", "fra", "har", "hja", "hos", "i", "ikkje", "ikke", "kan", "me", "med",
    "men", "og", "om", "pa", "seg", "sin", "sine", "sitt", "skal", "so", "som", "til", "ved", "vi",
    "vil", "var", "eller", "the", "and", "of", "to", "in", "is",
];

/// Longest word (in bytes, after folding) that is indexed; longer runs are codes or addresses.
pub const MAX_WORD: usize = 40;

/// The words of folded text: runs of letters and digits.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Whether a folded word gets an index entry: two characters or more, not a stop word, not
/// absurdly long.
pub fn indexed(word: &str) -> bool {
    word.chars().nth(1).is_some() && word.len() <= MAX_WORD && !STOP_WORDS.contains(&word)
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// Endings the Nynorsk layer strips after a stem of vowels only, longest first.
const VOWEL_STEM_ENDINGS: [&str; 8] = ["ane", "ene", "ar", "er", "en", "et", "a", "e"];

/// Letters after which Snowball's Norwegian stemmer drops a final `s`.
const S_ENDING: &str = "bcdfghjlmnoprtvyz";

/// `word` without a final `s` where Snowball would drop it: in R1 (after the first
/// non-vowel that follows a vowel, and not before the fourth letter), after one of
/// [`S_ENDING`] or after a `k` that follows a non-vowel.
fn without_genitive_s(word: &str) -> Option<&str> {
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    if n < 3 || chars[n - 1] != 's' {
        return None;
    }
    let mut i = chars.iter().position(|&c| is_vowel(c))?;
    while i < n && is_vowel(chars[i]) {
        i += 1;
    }
    if i >= n {
        return None;
    }
    let p1 = (i + 1).max(3);
    let before = chars[n - 2];
    let strips = S_ENDING.contains(before) || (before == 'k' && !is_vowel(chars[n - 3]));
    (n > p1 && strips).then(|| &word[..word.len() - 1])
}

/// Stems folded words; keeps one Snowball stemmer (which is cheap to call, not to make).
pub struct Stems {
    snowball: Stemmer,
}

impl Default for Stems {
    fn default() -> Self {
        Stems {
            snowball: Stemmer::create(Algorithm::Norwegian),
        }
    }
}

impl Stems {
    /// The stem of a folded word.
    pub fn stem(&self, word: &str) -> String {
        for ending in VOWEL_STEM_ENDINGS {
            let Some(rest) = word.strip_suffix(ending) else {
                continue;
            };
            if rest.chars().count() >= 2 && rest.chars().all(is_vowel) {
                return rest.to_string();
            }
        }
        let stem = self.snowball.stem(word);
        match without_genitive_s(&stem) {
            Some(shorter) => shorter.to_string(),
            None => stem.into_owned(),
        }
    }

    /// Every term of a text, in order, repeats kept.
    pub fn terms(&self, text: &str) -> Vec<String> {
        let folded = fold(text);
        words(&folded)
            .filter(|w| indexed(w))
            .map(|w| self.stem(w))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stem(word: &str) -> String {
        Stems::default().stem(&fold(word))
    }

    #[test]
    fn splits_on_anything_but_letters_and_digits() {
        let folded = fold("Helse-02: «Barnehage» (PS 45/2023)");
        let w: Vec<&str> = words(&folded).collect();
        assert_eq!(w, ["helse", "02", "barnehage", "ps", "45", "2023"]);
    }

    #[test]
    fn nynorsk_and_bokmal_forms_share_a_stem() {
        let groups: &[&[&str]] = &[
            &[
                "barnehage",
                "barnehagen",
                "barnehagar",
                "barnehagane",
                "barnehager",
                "barnehagene",
            ],
            &["skule", "skulen", "skular", "skulane"],
            &["eining", "eininga", "einingar", "einingane", "einingen"],
            &["teneste", "tenesta", "tenester", "tenestene", "tenestane"],
            &["elev", "elevar", "elevane", "elever", "elevene"],
            &["oppdrag", "oppdraget", "oppdraga", "oppdragene"],
            &["tilgjengeleg", "tilgjengelig"],
            // Snowball alone stems `kurs` to `kur` but `kursene` to `kurs`.
            &[
                "kurs", "kursen", "kursene", "kursa", "kursar", "kursane", "kurset",
            ],
            &[
                "prosess",
                "prosessen",
                "prosessar",
                "prosessane",
                "prosessene",
            ],
            &["opplæringskurs", "opplæringskursa", "opplæringskursane"],
            &["kors", "korset", "korsa"],
            // Snowball alone leaves these (a stem of vowels only) whole.
            &["øy", "øya", "øyar", "øyane", "øyer", "øyene", "oyane"],
        ];
        for group in groups {
            let first = stem(group[0]);
            for w in &group[1..] {
                assert_eq!(stem(w), first, "{w} vs {}", group[0]);
            }
        }
    }

    #[test]
    fn folded_queries_meet_the_text() {
        assert_eq!(stem("ostre"), stem("Østre"));
        assert_eq!(stem("oyane"), stem("øyane"));
        assert_eq!(stem("barnehagar"), stem("Barnehagane"));
    }

    #[test]
    fn does_not_overstem_short_words() {
        // A consonant before the ending keeps Snowball in charge: "svar" is not "sv".
        assert_eq!(stem("svar"), "svar");
        assert_eq!(stem("klar"), "klar");
        assert_eq!(stem("bar"), "bar");
    }

    #[test]
    fn terms_skip_stop_words_and_single_letters() {
        let t = Stems::default().terms("Skulen og barnehagen i Østre krins, å ja");
        assert_eq!(t, ["skul", "barnehag", "ostr", "krin", "ja"]);
    }
}
