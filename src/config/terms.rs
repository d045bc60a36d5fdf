//! What a site calls its concepts: the `[terms]` for the type names, and how a term stands in
//! for the default word wherever a label marks it (`{assignments|oppdrag}`).

use std::collections::BTreeMap;

/// The type names a term renames, singular and plural.
pub const PLURALS: &[(&str, &str)] = &[
    ("unit", "units"),
    ("plan", "plans"),
    ("goal", "goals"),
    ("strategy", "strategies"),
    ("measure", "measures"),
    ("verbal", "verbals"),
    ("letter", "letters"),
    ("assignment", "assignments"),
    ("task", "tasks"),
    ("indicator", "indicators"),
    ("checklist", "checklists"),
    ("report", "reports"),
];

/// Term key → the site's word.
pub type Named<'a> = BTreeMap<&'a str, &'a str>;

/// A renamed concept is renamed everywhere: unless the plural is given too, headings and
/// navigation use the site's own word, and so do the labels that mark the plural.
pub fn derive_plurals(named: &mut Named) {
    for (singular, plural) in PLURALS {
        if let Some(&term) = named.get(singular) {
            named.entry(plural).or_insert(term);
        }
    }
}

/// Puts the site's words into a default text: `{assignments|oppdrag}` is the word "oppdrag"
/// standing for the `assignments` concept, so it becomes the site's term for that when there
/// is one and stays "oppdrag" otherwise. Braces without a `|` (`{n}`) are left for the code
/// that fills them.
pub fn fill(default: &str, named: &Named) -> String {
    let mut out = String::with_capacity(default.len());
    let mut rest = default;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let marked = after
            .find('}')
            .and_then(|close| Some((after[..close].split_once('|')?, close)));
        match marked {
            Some(((key, word), close)) => {
                match named.get(key) {
                    Some(term) => out.push_str(&in_case_of(term, word)),
                    None => out.push_str(word),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `term` with its first letter in the case of `word`'s, the word it stands in for: "Bestilling"
/// in the middle of a sentence is "bestilling". An acronym keeps its capitals.
pub fn in_case_of(term: &str, word: &str) -> String {
    let mut chars = term.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let upper = word.chars().next().is_some_and(char::is_uppercase);
    if upper {
        return first.to_uppercase().chain(chars).collect();
    }
    // Two capitals in a row: "KPI", "KPIs", "NAV-sak"; "Nav-sak" and "X-sak" are words.
    let acronym = term.chars().take(2).filter(|c| c.is_uppercase()).count() == 2;
    if acronym {
        return term.to_string();
    }
    first.to_lowercase().chain(chars).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_follows_the_word_and_acronyms_keep_theirs() {
        assert_eq!(in_case_of("Bestilling", "oppdrag"), "bestilling");
        assert_eq!(in_case_of("bestilling", "Oppdrag"), "Bestilling");
        assert_eq!(in_case_of("Økonomisak", "oppdrag"), "økonomisak");
        assert_eq!(in_case_of("KPI", "indikatorar"), "KPI");
        assert_eq!(in_case_of("KPIs", "indicators"), "KPIs");
        assert_eq!(in_case_of("NAV-sak", "oppdrag"), "NAV-sak");
        assert_eq!(in_case_of("Nav-sak", "oppdrag"), "nav-sak");
        assert_eq!(in_case_of("X-sak", "oppdrag"), "x-sak");
        assert_eq!(in_case_of("", "oppdrag"), "");
    }

    #[test]
    fn a_mark_takes_the_term_or_keeps_its_word() {
        let mut named = Named::from([("measure", "Handling")]);
        derive_plurals(&mut named);
        assert_eq!(named.get("measures"), Some(&"Handling"));
        assert_eq!(
            fill("{measure|Tiltak} frå {plan|plan}", &named),
            "Handling frå plan"
        );
        assert_eq!(
            fill("Prioriterte {measures|tiltak}", &named),
            "Prioriterte handling"
        );
        assert_eq!(fill("{n} treff {", &named), "{n} treff {");
    }
}
