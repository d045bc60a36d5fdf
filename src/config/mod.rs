//! The site's settings (`site.toml`), typed and with every default filled in.

mod defaults;
pub mod labels;
pub mod terms;

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::span::{FilePath, Located};
pub use crate::vocab::Lang;
use crate::vocab::{Kind, Visibility};

pub use defaults::{
    CATEGORIES, PLAN_KINDS, STATUSES, builtin_category_label, default_categories,
    default_plan_kinds, default_statuses, default_visibility,
};

/// A status an assignment or task can have.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StatusDef {
    pub key: String,
    pub label: String,
    pub color: String,
    /// A done status ends the item: it is never overdue.
    pub done: bool,
}

/// A key with a label: a category or a plan kind.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Term {
    pub key: String,
    pub label: String,
}

/// Two weeks after a period ends, its reports are due, unless `report_due_days` says otherwise.
pub const DEFAULT_REPORT_DUE_DAYS: u32 = 14;

#[derive(Clone, Debug)]
pub struct SiteConfig {
    /// `site.toml`, relative to the site root, for messages about settings.
    pub file: FilePath,
    pub title: String,
    pub municipality: String,
    pub base_url: Option<String>,
    /// Where the internal tree is published (extension), for its 404 page and feed.
    pub internal_base_url: Option<String>,
    pub language: Lang,
    /// The day the build treats as today; `None` means the day of the build.
    pub today: Option<NaiveDate>,
    pub publish_person_names: bool,
    /// Label overrides, with the position of each key for messages about unknown labels.
    pub terms: Vec<(Located<String>, String)>,
    /// Every word the generator writes, in the site's language, its theme's words and its
    /// `[terms]` applied.
    pub labels: crate::labels::Labels,
    pub statuses: Vec<StatusDef>,
    pub categories: Vec<Term>,
    pub plan_kinds: Vec<Term>,
    pub visibility: HashMap<Kind, Visibility>,
    /// The theme folder under `themes/` whose files override the built-in theme.
    pub theme: Option<Located<String>>,
    /// Extension: a period's report is due this many days after the period ends.
    pub report_due_days: u32,
    /// `[accessibility]` (extension): what the accessibility statement page says.
    pub accessibility: Accessibility,
    /// v1.2 `case_url`: a template with `{case}` that turns case numbers into links.
    pub case_url: Option<String>,
    /// v1.2 `reporting`: the kinds of period every unit reports unless its own file says
    /// otherwise; `None` when site.toml leaves it out (v1's reading, see `model::rhythm`).
    pub reporting: Option<crate::vocab::Rhythm>,
    /// v1.2 `repo_url` (with `repo_branch`, and the extensions `repo_path`, `repo_kind`): the
    /// forge the content lives in, for edit links and the report form's "propose" button.
    pub repo: Option<Repo>,
}

/// Which forge's addresses to build: they differ in where "new file" and "edit" live.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Forge {
    /// GitHub and GitHub Enterprise: `/new/BRANCH/DIR?filename=…&value=…`, `/edit/BRANCH/PATH`.
    Github,
    /// GitLab, GitLab.com or self-hosted: `/-/new/BRANCH/DIR?file_name=…&content=…`,
    /// `/-/edit/BRANCH/PATH`.
    Gitlab,
    /// Gitea (1.16 and later) and Forgejo, Codeberg among them: `/_new/BRANCH/DIR?filename=…&value=…`,
    /// `/_edit/BRANCH/PATH`.
    Gitea,
}

impl Forge {
    pub fn parse(s: &str) -> Option<Forge> {
        match s {
            "github" => Some(Forge::Github),
            "gitlab" => Some(Forge::Gitlab),
            "gitea" | "forgejo" => Some(Forge::Gitea),
            _ => None,
        }
    }

    /// By the host of the address: github.com, gitlab.com (or a host named `gitlab.…`),
    /// codeberg.org (or `gitea.…`, `forgejo.…`).
    pub fn of_url(url: &str) -> Option<Forge> {
        let host = url
            .split("://")
            .nth(1)?
            .split('/')
            .next()?
            .to_ascii_lowercase();
        if host == "github.com" || host.starts_with("github.") {
            Some(Forge::Github)
        } else if host == "gitlab.com" || host.starts_with("gitlab.") {
            Some(Forge::Gitlab)
        } else if host == "codeberg.org"
            || host.starts_with("gitea.")
            || host.starts_with("forgejo.")
        {
            Some(Forge::Gitea)
        } else {
            None
        }
    }
}

/// Where the site's files live in a forge.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Repo {
    /// The repository's web address, without a trailing `/`.
    pub url: String,
    pub branch: String,
    /// The folder of the site (where site.toml is) inside the repository, without slashes at
    /// either end; empty when the site is the repository's root.
    pub path: String,
    pub forge: Forge,
}

impl Repo {
    /// A file of the site (`content/x.md`) as a path inside the repository.
    pub fn repo_path(&self, site_rel: &str) -> String {
        if self.path.is_empty() {
            site_rel.to_string()
        } else {
            format!("{}/{site_rel}", self.path)
        }
    }
}

/// The site's accessibility statement (tilgjengelegheitserklæring): public bodies publish it
/// in the national register (uustatus.no) and link to it from every site.
#[derive(Clone, Debug, Default)]
pub struct Accessibility {
    /// The statement's address in the national register.
    pub statement_url: Option<String>,
    /// Where to report a barrier: an e-mail address or a web address.
    pub contact: Option<String>,
    /// Where `contact` is written in `site.toml`.
    pub contact_pos: crate::span::Pos,
    /// When the statement was last reviewed.
    pub updated: Option<NaiveDate>,
    /// Known shortcomings and other remarks, in Markdown.
    pub notes: Option<String>,
}

impl SiteConfig {
    /// Settings when `site.toml` says nothing but a title.
    pub fn with_defaults(file: FilePath, title: String, language: Lang) -> Self {
        let labels = labels::Labels::built_in(language);
        SiteConfig {
            file,
            municipality: String::new(),
            title,
            base_url: None,
            internal_base_url: None,
            language,
            today: None,
            publish_person_names: false,
            terms: Vec::new(),
            statuses: default_statuses(&labels),
            categories: default_categories(&labels),
            plan_kinds: default_plan_kinds(&labels),
            labels,
            visibility: default_visibility(),
            theme: None,
            report_due_days: DEFAULT_REPORT_DUE_DAYS,
            accessibility: Accessibility::default(),
            reporting: None,
            repo: None,
            case_url: None,
        }
    }

    pub fn default_visibility(&self, kind: Kind) -> Visibility {
        self.visibility
            .get(&kind)
            .copied()
            .unwrap_or(Visibility::Public)
    }

    pub fn status_index(&self, key: &str) -> Option<usize> {
        self.statuses.iter().position(|s| s.key == key)
    }

    pub fn category_index(&self, key: &str) -> Option<usize> {
        self.categories.iter().position(|s| s.key == key)
    }

    pub fn plan_kind_index(&self, key: &str) -> Option<usize> {
        self.plan_kinds.iter().position(|s| s.key == key)
    }
}
