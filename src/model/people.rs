//! People named in the content: persons responsible for tasks and unit leaders.
//!
//! The content format gives a person no id, only a name written in free text, so raudtrad
//! derives one. Two names are the same person when they are equal after Unicode NFC,
//! lower-casing and collapsing white space ("Kari Nordmann", "kari  nordmann"). Each person
//! gets a URL-safe slug from the name through `deunicode` (`Åse Øvrebø` → `ase-ovrebo`);
//! when different people share a slug ("Åse Øvrebø" and "Ase Ovrebo"), every one of them gets
//! the slug plus eight hex digits of a hash of their name, so a bookmarked page never turns
//! into someone else's list when a namesake appears (the old address stops working instead).

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;

use super::ItemId;

/// A person, with what they are named in.
#[derive(Debug, Clone)]
pub struct Person {
    /// As first written, in item order (file order; inline items in the order written).
    pub name: String,
    /// Unique among people; letters a–z, digits and `-`.
    pub slug: String,
    /// Tasks naming them in `responsible`, in item order.
    pub tasks: Vec<ItemId>,
    /// Units naming them as `leader`, in item order.
    pub leads: Vec<ItemId>,
}

/// Every person, and the way from a name to them.
#[derive(Debug, Clone, Default)]
pub struct People {
    /// Sorted by [`person_key`], then name.
    pub list: Vec<Person>,
    by_key: HashMap<String, usize>,
}

impl People {
    /// Every id as `map` makes it (see [`super::Structure::make_room`]).
    pub fn map_ids(&mut self, map: impl Fn(ItemId) -> ItemId) {
        for p in &mut self.list {
            for x in p.tasks.iter_mut().chain(&mut p.leads) {
                *x = map(*x);
            }
        }
    }

    pub fn new(list: Vec<Person>) -> People {
        let by_key = list
            .iter()
            .enumerate()
            .map(|(i, p)| (person_key(&p.name), i))
            .collect();
        People { list, by_key }
    }

    /// The name as shown for a name as written: one spelling per person everywhere.
    pub fn shown<'a>(&'a self, name: &'a str) -> &'a str {
        self.find(name).map_or(name, |i| self.list[i].name.as_str())
    }

    /// The person a name (in any of its spellings) stands for.
    pub fn find(&self, name: &str) -> Option<usize> {
        self.by_key.get(&person_key(name)).copied()
    }
}

/// What makes two written names the same person: NFC, lower case, single spaces.
pub fn person_key(name: &str) -> String {
    let nfc: String = name.nfc().collect::<String>().to_lowercase();
    nfc.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The slug a name gives before collisions are settled: ASCII, lower case, words joined by
/// `-`; `person` when nothing of the name survives.
pub fn base_slug(name: &str) -> String {
    let ascii = deunicode::deunicode(&name.nfc().collect::<String>()).to_lowercase();
    let mut out = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "person".into()
    } else {
        out.to_string()
    }
}

/// FNV-1a (32 bits) of the person key: fixed by its definition, so the same name gives the
/// same suffix on every machine and in every version.
pub fn name_hash(key: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in key.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_slugs() {
        assert_eq!(person_key(" Kari   Nordmann "), "kari nordmann");
        assert_eq!(person_key("KARI NORDMANN"), person_key("Kari Nordmann"));
        // "Å" written as A + combining ring is the same letter.
        assert_eq!(person_key("A\u{30a}se"), person_key("\u{c5}se"));
        assert_ne!(person_key("Åse"), person_key("Ase"));
        assert_eq!(base_slug("Åse Øvrebø"), "ase-ovrebo");
        assert_eq!(base_slug("A\u{30a}se Øvrebø"), "ase-ovrebo");
        assert_eq!(base_slug("Per-Olav  Ærø (vikar)"), "per-olav-aero-vikar");
        assert_eq!(base_slug("—"), "person");
        // FNV-1a test vectors.
        assert_eq!(name_hash(""), 0x811c_9dc5);
        assert_eq!(name_hash("a"), 0xe40c_292c);
    }
}
