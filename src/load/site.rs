//! `site.toml` → [`SiteConfig`], every key optional but `title`.

use std::collections::HashSet;
use std::path::Path;

use super::fields::{Fields, FileCx};
use super::node::{self, Node};
use crate::config::{self, Lang, SiteConfig, StatusDef, Term};
use crate::diag::Diagnostics;
use crate::labels::Labels;
use crate::model::vocab::{Kind, Visibility};
use crate::span::{Located, Pos};

pub const FILE: &str = "site.toml";

/// Reads the settings of the site in the folder `site`; problems go to `cx`. Always returns settings to
/// go on with.
pub fn parse(text: &str, cx: &FileCx, site: &Path) -> SiteConfig {
    let root = match node::from_toml(text, 1) {
        Ok(n) => n,
        Err(e) => {
            cx.error(e.pos, e.message, None);
            return SiteConfig::with_defaults(cx.file.clone(), String::new(), Lang::Nn);
        }
    };
    let Some(mut f) = Fields::of(cx, &root, "site.toml") else {
        return SiteConfig::with_defaults(cx.file.clone(), String::new(), Lang::Nn);
    };

    let language = match f.text("language") {
        None => Lang::Nn,
        Some(l) => Lang::parse(&l.value).unwrap_or_else(|| {
            cx.error(
                l.pos,
                format!("unknown language `{}`", l.value),
                Some("use `nn` (Nynorsk), `nb` (Bokmål) or `en` (English)"),
            );
            Lang::Nn
        }),
    };
    let title = f.text("title").map(|t| t.value).unwrap_or_default();
    let mut cfg = SiteConfig::with_defaults(cx.file.clone(), title, language);
    if cfg.title.trim().is_empty() {
        cx.warning(
            Pos::new(1, 1),
            "site.toml has no `title`",
            Some("add `title = \"Verksemdsplan for … kommune\"`; the municipality's name is used until then"),
        );
    }
    cfg.municipality = f.text("municipality").map(|t| t.value).unwrap_or_default();
    if cfg.title.trim().is_empty() {
        cfg.title = if cfg.municipality.is_empty() {
            "raudtrad".into()
        } else {
            cfg.municipality.clone()
        };
    }
    cfg.base_url = web_address(cx, f.text("base_url"), "base_url");
    cfg.internal_base_url = web_address(cx, f.text("internal_base_url"), "internal_base_url");
    cfg.today = f.date("today").map(|d| d.value);
    cfg.publish_person_names = f.bool("publish_person_names").is_some_and(|b| b.value);
    cfg.theme = f.text("theme");
    if let Some(days) = f.int("report_due_days") {
        match u32::try_from(days.value) {
            Ok(d) if d <= 366 => cfg.report_due_days = d,
            _ => cx.error(
                days.pos,
                format!(
                    "`report_due_days` must be between 0 and 366, found {}",
                    days.value
                ),
                Some("the number of days after a period ends that its reports are due, e.g. `report_due_days = 14`"),
            ),
        }
    }

    // v1.2: the reporting rhythm and the forge, each in its own block (see below).
    cfg.reporting = f.rhythm("reporting").map(|r| r.value);
    cfg.repo = repo(cx, &mut f);

    if let Some(mut terms) = f.table("terms") {
        // Term keys are free (any label may be overridden), so they are read from the tree.
        for entry in table_entries(&root, "terms") {
            if let Some(value) = terms.text(&entry.key) {
                cfg.terms
                    .push((Located::new(entry.key.clone(), entry.key_pos), value.value));
            }
        }
        terms.finish("[terms]");
    }
    // The site's words, its theme's and its terms over the built-in ones, before the defaults
    // below are named in them.
    let mut found = Diagnostics::new();
    let theme_words = super::labels::read(site, &cfg, &mut found);
    cfg.labels = Labels::new(&cfg, &theme_words, &mut found);
    cx.extend(found);

    // A status, category or plan kind given by its key alone is the default one of that key
    // when there is one, so it keeps its name in the site's language.
    cfg.statuses = config::default_statuses(&cfg.labels);
    if f.has("statuses") {
        let statuses = parse_statuses(cx, f.list("statuses"), &cfg.statuses);
        if !statuses.is_empty() {
            cfg.statuses = statuses;
        }
    }
    let default_categories = config::default_categories(&cfg.labels);
    if f.has("categories") {
        let mut cats = parse_terms(cx, f.list("categories"), "category", &default_categories);
        // The automatic assignments of a HØP need these two, whatever the site lists.
        for builtin in ["verbalpunkt", "plantiltak"] {
            if !cats.iter().any(|c| c.key == builtin) {
                cats.push(Term {
                    key: builtin.into(),
                    label: config::builtin_category_label(builtin, &cfg.labels),
                });
            }
        }
        cfg.categories = cats;
    } else {
        cfg.categories = default_categories;
    }
    cfg.plan_kinds = config::default_plan_kinds(&cfg.labels);
    if f.has("plan_kinds") {
        let kinds = parse_terms(cx, f.list("plan_kinds"), "plan kind", &cfg.plan_kinds);
        if !kinds.is_empty() {
            cfg.plan_kinds = kinds;
        }
    }
    if let Some(mut vis) = f.table("visibility") {
        for kind in Kind::FILE_KINDS {
            if let Some(v) = vis.text(kind.key()) {
                match Visibility::parse(&v.value) {
                    Some(parsed) => {
                        cfg.visibility.insert(kind, parsed);
                    }
                    None => cx.error(
                        v.pos,
                        format!("unknown visibility `{}` for {kind}", v.value),
                        Some("use `public` or `internal`"),
                    ),
                }
            }
        }
        vis.finish("[visibility]");
    }
    if let Some(mut a) = f.table("accessibility") {
        let statement = a.text("statement_url");
        if let Some(s) = &statement {
            if !s.value.starts_with("https://") && !s.value.starts_with("http://") {
                cx.error(
                    s.pos,
                    format!("`statement_url` must be a web address, found `{}`", s.value),
                    Some("copy the address of your statement in the national register, e.g. `https://uustatus.no/nn/erklaringar/publisert/…`"),
                );
            } else if !s.value.contains("uustatus.no/") {
                cx.warning(
                    s.pos,
                    "`statement_url` is not in the national register (uustatus.no)",
                    Some("public bodies publish their accessibility statement at uustatus.no and link to it there"),
                );
            }
        }
        let contact = a.text("contact");
        cfg.accessibility = config::Accessibility {
            statement_url: statement.map(|s| s.value),
            contact_pos: contact.as_ref().map(|t| t.pos).unwrap_or_default(),
            contact: contact.map(|t| t.value),
            updated: a.date("updated").map(|d| d.value),
            notes: a.text("notes").map(|t| t.value),
        };
        a.finish("[accessibility]");
    }
    cfg.case_url = case_url(cx, f.text("case_url"));
    f.finish("site.toml");
    cfg
}

/// v1.2 `repo_url` with `repo_branch` (default `main`), and the extensions `repo_path` (the
/// site's folder in the repository) and `repo_kind` (`github`, `gitlab`, `gitea`/`forgejo`,
/// for a self-hosted forge whose host does not say which it is).
fn repo(cx: &FileCx, f: &mut Fields) -> Option<config::Repo> {
    let url = f.text("repo_url");
    let branch = f.text("repo_branch");
    let path = f.text("repo_path");
    let kind = f.text("repo_kind");
    let url_pos = url.as_ref().map_or(Pos::new(1, 1), |u| u.pos);
    let url = web_address(cx, url, "repo_url")?;
    let url = url.strip_suffix(".git").unwrap_or(&url).to_string();
    let forge = match &kind {
        Some(k) => match config::Forge::parse(k.value.trim()) {
            Some(forge) => Some(forge),
            None => {
                cx.error(
                    k.pos,
                    format!("unknown `repo_kind` `{}`", k.value),
                    Some("use `github`, `gitlab`, `gitea` or `forgejo`"),
                );
                return None;
            }
        },
        None => config::Forge::of_url(&url),
    };
    let Some(forge) = forge else {
        cx.warning(
            url_pos,
            format!("raudtrad cannot tell which forge `{url}` is; no edit links are made"),
            Some("add `repo_kind = \"gitlab\"` (or `github`, `gitea`, `forgejo`) to site.toml"),
        );
        return None;
    };
    let branch = branch
        .map(|b| b.value.trim().to_string())
        .filter(|b| !b.is_empty())
        .unwrap_or_else(|| "main".into());
    let path = path
        .map(|p| p.value.trim().trim_matches('/').to_string())
        .unwrap_or_default();
    Some(config::Repo {
        url,
        branch,
        path,
        forge,
    })
}

/// A site address without its trailing `/`; anything that is not a web address is reported
/// and left out (canonical links, the sitemap and the feed need an absolute address).
fn web_address(cx: &FileCx, value: Option<Located<String>>, key: &str) -> Option<String> {
    let v = value?;
    let url = v.value.trim().trim_end_matches('/');
    if url.starts_with("https://") || url.starts_with("http://") {
        return Some(url.to_string());
    }
    cx.warning(
        v.pos,
        format!(
            "`{key}` must be a full web address, found `{}`; it is left out",
            v.value
        ),
        Some("write the address the tree is published at, e.g. `https://www.kommune.no/styring`"),
    );
    None
}

/// v1.2 `case_url`: a web address with `{case}` where the case number goes.
fn case_url(cx: &FileCx, value: Option<Located<String>>) -> Option<String> {
    let v = value?;
    let url = v.value.trim();
    let web = url.starts_with("https://") || url.starts_with("http://");
    if web && url.contains("{case}") {
        return Some(url.to_string());
    }
    cx.error(
        v.pos,
        if web {
            format!("`case_url` has no `{{case}}`: `{url}`")
        } else {
            format!("`case_url` must be a web address, found `{url}`")
        },
        Some("write the portal's address with `{case}` where the case number goes, e.g. `case_url = \"https://innsyn.kommune.no/sak/{case}\"`"),
    );
    None
}

fn table_entries<'a>(root: &'a Node, key: &str) -> &'a [node::Entry] {
    let node::Value::Map(entries) = &root.value else {
        return &[];
    };
    match entries.iter().find(|e| e.key == key).map(|e| &e.node.value) {
        Some(node::Value::Map(es)) => es,
        _ => &[],
    }
}

fn parse_statuses(cx: &FileCx, list: &[Node], defaults: &[StatusDef]) -> Vec<StatusDef> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for node in list {
        let Some(mut f) = Fields::of(cx, node, "a status") else {
            continue;
        };
        let key = f.required_text("key", "a status");
        let label = f.text("label");
        let color = f.text("color");
        let done = f.bool("done").is_some_and(|b| b.value);
        f.finish("a status");
        let Some(key) = key else { continue };
        if !seen.insert(key.value.clone()) {
            cx.error(
                key.pos,
                format!("status `{}` is defined twice", key.value),
                None,
            );
            continue;
        }
        // `done` is not taken from the default: whether a status ends the work is the
        // site's to say, and the warning below catches a list with none.
        let default = defaults.iter().find(|d| d.key == key.value);
        let default_color = default.map_or("#6b6b6b", |d| d.color.as_str());
        let color = match color {
            Some(c) if is_hex_color(&c.value) => c.value,
            Some(c) => {
                cx.error(
                    c.pos,
                    format!(
                        "`color` must be a hex colour such as `#005a9c`, found `{}`",
                        c.value
                    ),
                    None,
                );
                default_color.into()
            }
            None => default_color.into(),
        };
        out.push(StatusDef {
            label: label
                .map(|l| l.value)
                .or_else(|| default.map(|d| d.label.clone()))
                .unwrap_or_else(|| key.value.clone()),
            key: key.value,
            color,
            done,
        });
    }
    if !list.is_empty() && !out.iter().any(|s| s.done) {
        cx.warning(
            list[0].pos,
            "no status is marked `done = true`",
            Some("without a done status nothing is ever finished, and every item past its deadline is overdue"),
        );
    }
    out
}

fn parse_terms(cx: &FileCx, list: &[Node], what: &str, defaults: &[Term]) -> Vec<Term> {
    let default_label = |key: &str| {
        defaults
            .iter()
            .find(|d| d.key == key)
            .map_or_else(|| key.to_string(), |d| d.label.clone())
    };
    let mut out: Vec<Term> = Vec::new();
    for node in list {
        // A bare string is a key without a label.
        if let node::Value::Str(s) = &node.value {
            out.push(Term {
                key: s.clone(),
                label: default_label(s),
            });
            continue;
        }
        let Some(mut f) = Fields::of(cx, node, &format!("a {what}")) else {
            continue;
        };
        let key = f.required_text("key", &format!("a {what}"));
        let label = f.text("label");
        f.finish(&format!("a {what}"));
        let Some(key) = key else { continue };
        if out.iter().any(|t| t.key == key.value) {
            cx.error(
                key.pos,
                format!("{what} `{}` is defined twice", key.value),
                None,
            );
            continue;
        }
        out.push(Term {
            label: label.map_or_else(|| default_label(&key.value), |l| l.value),
            key: key.value,
        });
    }
    out
}

fn is_hex_color(s: &str) -> bool {
    let Some(hex) = s.strip_prefix('#') else {
        return false;
    };
    matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit())
}
