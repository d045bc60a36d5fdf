//! What a site gets when `site.toml` leaves a key out, in the site's language.

use std::collections::HashMap;

use super::terms::{self, Named};
use super::{Lang, StatusDef, Term};
use crate::vocab::{Kind, Visibility};

fn pick(lang: Lang, nn: &str, nb: &str, en: &str) -> String {
    match lang {
        Lang::Nn => nn,
        Lang::Nb => nb,
        Lang::En => en,
    }
    .to_string()
}

pub fn default_statuses(lang: Lang) -> Vec<StatusDef> {
    let s = |key: &str, label: String, color: &str, done: bool| StatusDef {
        key: key.into(),
        label,
        color: color.into(),
        done,
    };
    vec![
        s(
            "ikkje-starta",
            pick(lang, "Ikkje starta", "Ikke startet", "Not started"),
            "#6b6b6b",
            false,
        ),
        s(
            "i-gang",
            pick(lang, "I gang", "Pågår", "In progress"),
            "#005a9c",
            false,
        ),
        s(
            "fullfort",
            pick(lang, "Fullført", "Fullført", "Done"),
            "#1e6b34",
            true,
        ),
        s(
            "avbrote",
            pick(lang, "Avbrote", "Avbrutt", "Cancelled"),
            "#4a4a4a",
            true,
        ),
    ]
}

/// The two built-in categories are always there, named in the site's words (`named`).
pub fn default_categories(lang: Lang, named: &Named) -> Vec<Term> {
    let t = |key: &str, label: String| Term {
        key: key.into(),
        label,
    };
    vec![
        t(
            "verbalpunkt",
            builtin_category_label("verbalpunkt", lang, named),
        ),
        t(
            "politisk-vedtak",
            pick(
                lang,
                "Politisk vedtak",
                "Politisk vedtak",
                "Political decision",
            ),
        ),
        t(
            "tilleggsbestilling",
            pick(
                lang,
                "Tilleggsbestilling",
                "Tilleggsbestilling",
                "Additional order",
            ),
        ),
        t(
            "plantiltak",
            builtin_category_label("plantiltak", lang, named),
        ),
        t(
            "administrativt",
            pick(
                lang,
                "Administrativt oppdrag",
                "Administrativt oppdrag",
                "Administrative",
            ),
        ),
    ]
}

/// The assignments a HØP gives by itself are named after what they carry out, so a site that
/// renames verbalpunkt or measures has its categories renamed too.
pub fn builtin_category_label(key: &str, lang: Lang, named: &Named) -> String {
    let marked = match key {
        "verbalpunkt" => pick(
            lang,
            "{verbal|Verbalpunkt}",
            "{verbal|Verbalpunkt}",
            "{verbal|Council resolution}",
        ),
        _ => pick(
            lang,
            "{measure|Tiltak} frå {plan|plan}",
            "{measure|Tiltak} fra {plan|plan}",
            "{plan|Plan} {measure|measure}",
        ),
    };
    terms::fill(&marked, named)
}

pub fn default_plan_kinds(lang: Lang) -> Vec<Term> {
    let t = |key: &str, label: String| Term {
        key: key.into(),
        label,
    };
    vec![
        t(
            "planstrategi",
            pick(lang, "Planstrategi", "Planstrategi", "Planning strategy"),
        ),
        t(
            "samfunnsdel",
            pick(
                lang,
                "Kommuneplanen sin samfunnsdel",
                "Kommuneplanens samfunnsdel",
                "Municipal master plan, social element",
            ),
        ),
        t(
            "arealdel",
            pick(
                lang,
                "Kommuneplanen sin arealdel",
                "Kommuneplanens arealdel",
                "Municipal master plan, land use",
            ),
        ),
        t(
            "kommunedelplan",
            pick(
                lang,
                "Kommunedelplan",
                "Kommunedelplan",
                "Municipal sub-plan",
            ),
        ),
        t(
            "temaplan",
            pick(lang, "Temaplan", "Temaplan", "Thematic plan"),
        ),
        t(
            "handlings-og-okonomiplan",
            pick(
                lang,
                "Handlings- og økonomiplan",
                "Handlings- og økonomiplan",
                "Action and financial plan",
            ),
        ),
    ]
}

/// Internal control and status reports are for employees unless the site says otherwise;
/// plans, the organisation and what is being done are public by default (offentleglova).
pub fn default_visibility() -> HashMap<Kind, Visibility> {
    Kind::FILE_KINDS
        .into_iter()
        .map(|k| {
            let v = match k {
                Kind::Checklist | Kind::Report => Visibility::Internal,
                _ => Visibility::Public,
            };
            (k, v)
        })
        .collect()
}
