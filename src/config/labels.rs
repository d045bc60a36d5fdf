//! Every word the generator writes: the built-in theme's `labels/LANG.toml`, a site theme's
//! `labels/LANG.toml` over it key by key, then the site's `[terms]` ([`terms::fill`]).
//!
//! The words are data, not code: the files are in `themes/default/labels/`, and their header
//! says how a text marks the words that stand for a concept (`{goals|Mål}`). They are built
//! while `site.toml` is read, since the defaults of its statuses, categories and plan kinds and
//! the title of a report without one are words too.
//!
//! Templates read them as `l.<key>`; an unknown key is a template error. Code reads them with
//! [`Labels::get`], which stops a debug build (every test) at a key no language has, so that a
//! missing label fails a test instead of showing its key on a page.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::{Lang, SiteConfig, terms};
use crate::diag::{Diagnostics, did_you_mean};
use crate::span::{FilePath, Located};

/// The built-in theme's words, compiled into the binary as its templates are
/// (`render::theme`), so that it needs no theme folder on disk.
const BUILT_IN: [(Lang, &str); 3] = [
    (
        Lang::Nn,
        include_str!("../../themes/default/labels/nn.toml"),
    ),
    (
        Lang::Nb,
        include_str!("../../themes/default/labels/nb.toml"),
    ),
    (
        Lang::En,
        include_str!("../../themes/default/labels/en.toml"),
    ),
];

/// The built-in words of `lang`, marks and all, as `themes/default/labels/LANG.toml` has them.
pub fn built_in(lang: Lang) -> &'static BTreeMap<String, String> {
    static PARSED: [OnceLock<BTreeMap<String, String>>; 3] = [const { OnceLock::new() }; 3];
    let i = BUILT_IN.iter().position(|(l, _)| *l == lang).unwrap_or(0);
    PARSED[i].get_or_init(|| {
        // The files are part of the program; `every_language_has_every_label` reads them all.
        toml::from_str(BUILT_IN[i].1)
            .unwrap_or_else(|e| panic!("themes/default/labels/{}.toml: {e}", lang.code()))
    })
}

/// A site theme's own words for some labels (`themes/NAME/labels/LANG.toml`), each key with
/// where it is written.
#[derive(Debug, Default)]
pub struct ThemeWords {
    pub file: FilePath,
    pub words: Vec<(Located<String>, String)>,
}

pub use crate::labels::Labels;

// How a site's labels are made; the type is below `vocab`, whose periods and dates are
// written in words, and `config`, which makes them.
impl Labels {
    /// The built-in words of `lang` as a site without a theme or `[terms]` reads them.
    pub fn built_in(lang: Lang) -> Labels {
        let none = terms::Named::new();
        Labels(
            built_in(lang)
                .iter()
                .map(|(k, v)| (k.clone(), terms::fill(v, &none)))
                .collect(),
        )
    }

    /// Builds the labels and warns about theme words and `[terms]` keys that name no label.
    pub fn new(cfg: &SiteConfig, theme: &ThemeWords, diags: &mut Diagnostics) -> Labels {
        let built_in = built_in(cfg.language);
        let mut defaults: BTreeMap<&str, &str> = built_in
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        for (key, value) in &theme.words {
            match defaults.get_mut(key.value.as_str()) {
                Some(default) => *default = value,
                None => {
                    diags
                        .warning(&theme.file, key.pos, format!(
                            "`{}` names no label{}",
                            key.value,
                            did_you_mean(&key.value, built_in.keys().map(String::as_str))
                        ))
                        .help(format!(
                            "a theme's labels/{}.toml sets labels of the built-in theme by their keys, as in themes/default/labels/{0}.toml (listed in docs/content-format.md, *Labels*); this one is left out",
                            cfg.language.code()
                        ));
                }
            }
        }
        // What the site names itself: its terms, and the plurals they imply.
        let mut given = terms::Named::new();
        for (key, value) in &cfg.terms {
            let Some((&k, _)) = defaults.get_key_value(key.value.as_str()) else {
                diags
                    .warning(&cfg.file, key.pos, format!(
                        "`[terms]` has `{}`, which names no label{}",
                        key.value,
                        did_you_mean(&key.value, built_in.keys().map(String::as_str))
                    ))
                    .help("term keys are the singular type names (unit, plan, letter, assignment, indicator, checklist, report, goal, strategy, measure, verbal, task) or any label key listed in docs/content-format.md");
                continue;
            };
            given.insert(k, value);
        }
        terms::derive_plurals(&mut given);
        let map = defaults
            .iter()
            .map(|(&k, &default)| {
                let v = match given.get(k) {
                    Some(&term) => term.to_string(),
                    None => terms::fill(default, &given),
                };
                (k.to_string(), v)
            })
            .collect();
        Labels(map)
    }

    /// Every label key, for the documentation.
    pub fn keys() -> impl Iterator<Item = &'static str> {
        built_in(Lang::Nn).keys().map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::terms::PLURALS;
    use crate::span::Pos;

    #[test]
    fn every_language_has_every_label() {
        let nn: Vec<&String> = built_in(Lang::Nn).keys().collect();
        assert!(nn.len() > 400, "{}", nn.len());
        for lang in [Lang::Nb, Lang::En] {
            let other: Vec<&String> = built_in(lang).keys().collect();
            let missing: Vec<_> = nn.iter().filter(|k| !other.contains(k)).collect();
            let extra: Vec<_> = other.iter().filter(|k| !nn.contains(k)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "themes/default/labels/{}.toml lacks {missing:?} and has {extra:?}, which nn.toml has not",
                lang.code()
            );
        }
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "no label `finst_ikkje`")]
    fn a_key_no_language_has_stops_a_debug_build() {
        Labels::built_in(Lang::Nn).get("finst_ikkje");
    }

    #[test]
    fn terms_override_singular_and_plural() {
        let mut cfg = SiteConfig::with_defaults("site.toml".into(), "x".into(), Lang::Nn);
        cfg.terms.push((
            Located::new("assignment".into(), Pos::new(3, 1)),
            "Bestilling".into(),
        ));
        cfg.terms
            .push((Located::new("tilte".into(), Pos::new(4, 1)), "x".into()));
        let mut d = Diagnostics::new();
        let l = Labels::new(&cfg, &ThemeWords::default(), &mut d);
        assert_eq!(l.get("assignment"), "Bestilling");
        assert_eq!(l.get("assignments"), "Bestilling");
        assert_eq!(l.get("task"), "Oppgåve");
        let msgs: Vec<String> = d.sorted().iter().map(|d| d.to_string()).collect();
        assert!(msgs[0].starts_with("site.toml:4:1: warning: `[terms]` has `tilte`, which names no label (did you mean `title`?)"), "{msgs:?}");
    }

    #[test]
    fn a_theme_word_stands_in_for_the_default_and_terms_still_rename_in_it() {
        let mut cfg = SiteConfig::with_defaults("site.toml".into(), "x".into(), Lang::Nn);
        cfg.terms.push((
            Located::new("assignment".into(), Pos::new(3, 1)),
            "Bestilling".into(),
        ));
        let theme = ThemeWords {
            file: "themes/mitt/labels/nn.toml".into(),
            words: vec![
                (
                    Located::new("overdue".into(), Pos::new(1, 1)),
                    "Forfallen".into(),
                ),
                (
                    Located::new("orphans".into(), Pos::new(2, 1)),
                    "{assignments|Oppdrag} som heng i lufta".into(),
                ),
                (Located::new("overdeu".into(), Pos::new(3, 1)), "x".into()),
            ],
        };
        let mut d = Diagnostics::new();
        let l = Labels::new(&cfg, &theme, &mut d);
        assert_eq!(l.get("overdue"), "Forfallen");
        assert_eq!(l.get("orphans"), "Bestilling som heng i lufta");
        assert!(!l.0.contains_key("overdeu"));
        let msgs: Vec<String> = d.sorted().iter().map(|d| d.to_string()).collect();
        assert_eq!(msgs.len(), 1, "{msgs:?}");
        assert!(msgs[0].starts_with("themes/mitt/labels/nn.toml:3:1: warning: `overdeu` names no label (did you mean `overdue`?)"), "{msgs:?}");
    }

    fn site(lang: Lang, terms: &[(&str, &str)]) -> Labels {
        let mut cfg = SiteConfig::with_defaults("site.toml".into(), "x".into(), lang);
        for (i, (k, v)) in terms.iter().enumerate() {
            let pos = Pos::new(i as u32 + 3, 1);
            cfg.terms
                .push((Located::new((*k).into(), pos), (*v).into()));
        }
        Labels::new(&cfg, &ThemeWords::default(), &mut Diagnostics::new())
    }

    /// Every marked word names a concept a term can rename, and the braces close.
    #[test]
    fn every_marked_word_names_a_concept() {
        let concepts: Vec<&str> = PLURALS.iter().flat_map(|(s, p)| [*s, *p]).collect();
        for lang in [Lang::Nn, Lang::Nb, Lang::En] {
            for (key, text) in built_in(lang) {
                let mut rest = text.as_str();
                while let Some(open) = rest.find('{') {
                    let close = rest[open..].find('}').map(|c| open + c);
                    let close =
                        close.unwrap_or_else(|| panic!("{key}: unclosed brace in {text:?}"));
                    let inner = &rest[open + 1..close];
                    if let Some((concept, word)) = inner.split_once('|') {
                        assert!(
                            concepts.contains(&concept),
                            "{key}: `{concept}` is no concept in {text:?}"
                        );
                        assert!(
                            !word.is_empty() && !word.contains(['|', '{']),
                            "{key}: {text:?}"
                        );
                    }
                    rest = &rest[close + 1..];
                }
            }
        }
    }

    #[test]
    fn without_terms_every_label_is_its_default_word_for_word() {
        for lang in [Lang::Nn, Lang::Nb, Lang::En] {
            let l = site(lang, &[]);
            for (key, value) in &l.0 {
                assert!(!value.contains('|'), "{lang:?} {key}: {value:?}");
            }
            assert_eq!(Labels::built_in(lang).0, l.0);
        }
        let nn = site(Lang::Nn, &[]);
        assert_eq!(nn.get("uncovered_goals"), "Mål utan oppdrag");
        assert_eq!(nn.get("with_units_below"), "Med einingane under");
        assert_eq!(nn.get("search_count"), "{n} treff");
        assert_eq!(site(Lang::En, &[]).get("sub_units"), "Units below");
    }

    #[test]
    fn a_term_fills_the_words_it_stands_for_in_their_case() {
        let l = site(
            Lang::Nn,
            &[
                ("assignment", "Bestilling"),
                ("unit", "Verksemd"),
                ("units", "Verksemder"),
                ("indicator", "KPI"),
                ("verbal", "politisk bestilling"),
            ],
        );
        // Upper case where the default word starts a label, lower case inside one.
        assert_eq!(l.get("uncovered_goals"), "Mål utan bestilling");
        assert_eq!(l.get("overdue_assignments"), "Bestilling over frist");
        assert_eq!(l.get("sub_units"), "Verksemder under");
        assert_eq!(l.get("with_units_below"), "Med verksemder under");
        assert_eq!(l.get("units_count"), "verksemder");
        assert_eq!(l.get("parent_unit"), "Verksemd over");
        assert_eq!(
            l.get("council_verbal"),
            "Politisk bestilling frå kommunestyret"
        );
        // An acronym keeps its capitals.
        assert_eq!(l.get("activity"), "Aktivitet – nøkkeltal og KPI");
        assert_eq!(l.get("indicators_heading"), "KPI");
        // Concepts the site did not rename keep the default word.
        assert_eq!(l.get("goals_and_strategies"), "Mål og strategiar");
        assert_eq!(l.get("status_updates"), "Status på bestilling og oppgåver");
        // "Oppdrag" inside "Oppdragsbrev" is the letter, not the assignment.
        assert_eq!(l.get("letters"), "Oppdragsbrev");
        assert_eq!(
            l.get("letters_without_assignment"),
            "Oppdragsbrev utan bestilling"
        );
        // "Mål" as an indicator's target is not the goal.
        let g = site(Lang::Nb, &[("goal", "Målsetting")]);
        assert_eq!(g.get("target"), "Mål");
        assert_eq!(g.get("matrix"), "Oppdrag per målsetting og enhet");
    }

    #[test]
    fn a_label_the_site_sets_itself_is_taken_as_written() {
        let l = site(
            Lang::En,
            &[
                ("assignment", "Commission"),
                ("uncovered_goals", "Goals {x|y} left"),
            ],
        );
        assert_eq!(l.get("uncovered_goals"), "Goals {x|y} left");
        assert_eq!(l.get("orphans"), "Commission with no goal");
    }
}
