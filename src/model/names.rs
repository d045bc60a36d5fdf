//! Person names in text: the only personal data of the content format (unit leaders, persons
//! responsible for tasks). Where a site does not publish names, the open tree shows none —
//! neither where the format puts one (that is [`crate::render::view::Ctx::person`]) nor where
//! an editor happened to write one in public text. [`PersonNames`] finds every known name in
//! any text, as written or as the templates escape it, so resolve can warn about public text
//! that names a person and the writer can withhold it as a last guard.

use std::collections::HashSet;

use aho_corasick::AhoCorasick;

use super::{Data, Graph, Item, Responsible};

/// Every person name written in the site, in item order, each once.
pub fn names_in(items: &[Item]) -> Vec<&str> {
    let mut seen: HashSet<&str> = HashSet::new();
    let mut out: Vec<&str> = Vec::new();
    for item in items {
        let name = match &item.data {
            Data::Unit(u) => u.leader.as_ref().and_then(|l| l.name.as_deref()),
            Data::Task(t) => match &t.responsible {
                Responsible::Person(p) => Some(p.as_str()),
                _ => None,
            },
            _ => None,
        };
        if let Some(n) = name.map(str::trim).filter(|n| !n.is_empty())
            && seen.insert(n)
        {
            out.push(n);
        }
    }
    out
}

impl Graph {
    /// Every person name written in the site, in item order, each once.
    pub fn person_names(&self) -> Vec<&str> {
        names_in(&self.items)
    }
}

/// Finds known person names in text.
#[derive(Debug)]
pub struct PersonNames {
    /// `None` when there is no name to look for.
    matcher: Option<AhoCorasick>,
    /// Pattern index → index into `names`.
    pattern_name: Vec<usize>,
    pub names: Vec<String>,
}

/// One name found: bytes `start..end` of the text, and which name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub name: usize,
}

impl PersonNames {
    /// The names of `items` that can be looked for as words. O(items + names). A "name" that the site also uses
    /// as an item's title, a leader's role or a unit's level (a task `responsible = "Rektor"`)
    /// is not a name in running text; it is still withheld where it stands as a person.
    pub fn of(items: &[Item]) -> PersonNames {
        let mut other_words: HashSet<String> = HashSet::new();
        for item in items {
            other_words.insert(item.title.to_lowercase());
            if let Data::Unit(u) = &item.data {
                other_words.extend(u.level.iter().map(|l| l.to_lowercase()));
                other_words.extend(
                    u.leader
                        .as_ref()
                        .and_then(|l| l.role.as_ref())
                        .map(|r| r.to_lowercase()),
                );
            }
        }
        let names: Vec<String> = names_in(items)
            .into_iter()
            .filter(|n| n.chars().count() >= 2 && !other_words.contains(&n.to_lowercase()))
            .map(str::to_string)
            .collect();
        PersonNames::new(names)
    }

    pub fn new(names: Vec<String>) -> PersonNames {
        let mut seen: HashSet<String> = HashSet::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_name = Vec::new();
        for (i, name) in names.iter().enumerate() {
            for v in variants(name) {
                if seen.insert(v.clone()) {
                    patterns.push(v);
                    pattern_name.push(i);
                }
            }
        }
        let matcher = (!patterns.is_empty()).then(|| {
            AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(&patterns)
                .expect("names are short literal patterns")
        });
        PersonNames {
            matcher,
            pattern_name,
            names,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.matcher.is_none()
    }

    /// Every name in `text` that stands as a word of its own, leftmost first, longest first
    /// where two overlap. Linear in the text (one Aho–Corasick pass).
    pub fn find(&self, text: &[u8]) -> Vec<Found> {
        let Some(ac) = &self.matcher else {
            return Vec::new();
        };
        let mut all: Vec<Found> = ac
            .find_overlapping_iter(text)
            .filter(|m| is_word_at(text, m.start(), m.end()))
            .map(|m| Found {
                start: m.start(),
                end: m.end(),
                name: self.pattern_name[m.pattern().as_usize()],
            })
            .collect();
        all.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
        let mut out: Vec<Found> = Vec::new();
        for f in all {
            if out.last().is_none_or(|last| f.start >= last.end) {
                out.push(f);
            }
        }
        out
    }

    /// `text` with every name replaced by `replacement`, or `None` when it names no one.
    pub fn redact(&self, text: &[u8], replacement: &str) -> Option<Vec<u8>> {
        let found = self.find(text);
        if found.is_empty() {
            return None;
        }
        let mut out = Vec::with_capacity(text.len());
        let mut at = 0;
        for f in found {
            out.extend_from_slice(&text[at..f.start]);
            out.extend_from_slice(replacement.as_bytes());
            at = f.end;
        }
        out.extend_from_slice(&text[at..]);
        Some(out)
    }
}

/// A name as it may stand in a source or an output file: with a space or a line break between
/// its words (Markdown wraps lines), and escaped for HTML, XML or JSON where it has characters
/// those escape.
fn variants(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let gaps = words.len().saturating_sub(1);
    let mut spaced: Vec<String> = Vec::new();
    if gaps <= 3 {
        for mask in 0..(1u32 << gaps) {
            let mut s = words[0].to_string();
            for (i, w) in words.iter().enumerate().skip(1) {
                s.push(if mask & (1 << (i - 1)) == 0 {
                    ' '
                } else {
                    '\n'
                });
                s.push_str(w);
            }
            spaced.push(s);
        }
    } else {
        spaced.push(words.join(" "));
        spaced.push(words.join("\n"));
    }
    let mut out = Vec::new();
    for s in spaced {
        let html_all = escape(&s, |c| match c {
            '&' => Some("&amp;"),
            '<' => Some("&lt;"),
            '>' => Some("&gt;"),
            '"' => Some("&quot;"),
            '\'' => Some("&#x27;"),
            '/' => Some("&#x2F;"),
            _ => None,
        });
        let html_text = escape(&s, |c| match c {
            '&' => Some("&amp;"),
            '<' => Some("&lt;"),
            '>' => Some("&gt;"),
            '"' => Some("&quot;"),
            _ => None,
        });
        let json = escape(&s, |c| match c {
            '"' => Some("\\\""),
            '\\' => Some("\\\\"),
            _ => None,
        });
        for v in [s, html_all, html_text, json] {
            if !out.contains(&v) {
                out.push(v);
            }
        }
    }
    out
}

fn escape(s: &str, f: impl Fn(char) -> Option<&'static str>) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match f(c) {
            Some(e) => out.push_str(e),
            None => out.push(c),
        }
    }
    out
}

/// Whether `start..end` is not part of a longer word: the characters around it are not
/// letters or digits.
fn is_word_at(text: &[u8], start: usize, end: usize) -> bool {
    let before = text[..start]
        .iter()
        .rposition(|b| b & 0xC0 != 0x80)
        .and_then(|i| std::str::from_utf8(&text[i..start]).ok())
        .and_then(|s| s.chars().next());
    let after = text
        .get(end..(end + 4).min(text.len()))
        .and_then(first_char);
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

fn first_char(bytes: &[u8]) -> Option<char> {
    (1..=bytes.len())
        .find_map(|n| std::str::from_utf8(&bytes[..n]).ok())
        .and_then(|s| s.chars().next())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> PersonNames {
        PersonNames::new(list.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn finds_whole_names_as_written_and_escaped() {
        let p = names(&["Kari Nordmann", "Per O'Brien", "Åse"]);
        let text = "Kari Nordmann, Kari\nNordmann, Per O&#x27;Brien og Åse. Åsen, Kari Nordmannsen";
        let found: Vec<&str> = p
            .find(text.as_bytes())
            .iter()
            .map(|f| &text[f.start..f.end])
            .collect();
        assert_eq!(
            found,
            ["Kari Nordmann", "Kari\nNordmann", "Per O&#x27;Brien", "Åse"]
        );
        let redacted = p.redact("«Åse» leiar".as_bytes(), "(namn)").unwrap();
        assert_eq!(String::from_utf8(redacted).unwrap(), "«(namn)» leiar");
        assert!(p.redact(b"ingen namn her", "x").is_none());
    }

    #[test]
    fn overlapping_names_take_the_longest() {
        let p = names(&["Ola", "Ola Nordmann"]);
        let text = b"Ola Nordmann og Ola";
        let found = p.find(text);
        assert_eq!(found.len(), 2);
        assert_eq!((found[0].start, found[0].end), (0, 12));
        assert_eq!((found[1].start, found[1].end), (16, 19));
    }
}
