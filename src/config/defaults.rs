//! What a site gets when `site.toml` leaves a key out.
//!
//! The keys, colours and order of the default statuses, categories and plan kinds are the
//! content format's (docs/content-format.md, *Readings*): a site's content and settings name
//! them, so they are data and stay here. Their names are words, and are labels
//! (`status_KEY`, `category_KEY`, `plan_kind_KEY` in themes/default/labels/), so a site names
//! them in its language, its theme's words and its `[terms]`.

use std::collections::HashMap;

use super::{StatusDef, Term};
use crate::labels::Labels;
use crate::vocab::{Kind, Visibility};

/// The default statuses: key, colour and whether the status ends the item.
pub const STATUSES: [(&str, &str, bool); 4] = [
    ("ikkje-starta", "#6b6b6b", false),
    ("i-gang", "#005a9c", false),
    ("fullfort", "#1e6b34", true),
    ("avbrote", "#4a4a4a", true),
];

/// The default categories. The two built-in ones (`verbalpunkt`, `plantiltak`) are always there,
/// named after what they carry out, so a site that renames verbalpunkt or measures has them
/// renamed too (their labels mark the words).
pub const CATEGORIES: [&str; 5] = [
    "verbalpunkt",
    "politisk-vedtak",
    "tilleggsbestilling",
    "plantiltak",
    "administrativt",
];

/// The default plan kinds, in the order of the plan system.
pub const PLAN_KINDS: [&str; 6] = [
    "planstrategi",
    "samfunnsdel",
    "arealdel",
    "kommunedelplan",
    "temaplan",
    "handlings-og-okonomiplan",
];

pub fn default_statuses(labels: &Labels) -> Vec<StatusDef> {
    STATUSES
        .iter()
        .map(|&(key, color, done)| StatusDef {
            key: key.into(),
            label: labels.get(&format!("status_{key}")).into(),
            color: color.into(),
            done,
        })
        .collect()
}

pub fn default_categories(labels: &Labels) -> Vec<Term> {
    CATEGORIES
        .iter()
        .map(|&key| Term {
            key: key.into(),
            label: builtin_category_label(key, labels),
        })
        .collect()
}

/// The name of a category the content format defines, in the site's words.
pub fn builtin_category_label(key: &str, labels: &Labels) -> String {
    labels.get(&format!("category_{key}")).into()
}

pub fn default_plan_kinds(labels: &Labels) -> Vec<Term> {
    PLAN_KINDS
        .iter()
        .map(|&key| Term {
            key: key.into(),
            label: labels.get(&format!("plan_kind_{key}")).into(),
        })
        .collect()
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
