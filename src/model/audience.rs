//! What an audience sees: the one place that decides it. Resolve (roll-ups, warnings), render
//! (pages, views, Markdown, published files), search and serve ask here and nowhere else, so
//! that the open tree's promise — no internal item, and no person's name unless the site
//! allows it — is written once.
//!
//! The primitive, whether an audience sees what has a visibility, is private to this module;
//! everything else asks about an item, the units below a unit, the reports of a period,
//! person names, or the form of the tree's search index (which decides whether another web
//! site can read it).

use std::sync::Arc;

use super::vocab::{Audience, Visibility};
use super::{Graph, Item, ItemId, PersonNames, near_key};
use crate::config::SiteConfig;

impl Audience {
    /// The primitive: employees see everything, citizens what is public.
    fn sees_visibility(self, v: Visibility) -> bool {
        match self {
            Audience::Internal => true,
            Audience::Open => v == Visibility::Public,
        }
    }

    /// Whether this audience may see the item at all (its visibility is already the effective
    /// one: internal when its container is).
    pub fn sees(self, item: &Item) -> bool {
        self.sees_visibility(item.visibility)
    }

    /// [`Audience::sees`] by id.
    pub fn sees_id(self, g: &super::Structure, id: ItemId) -> bool {
        self.sees(g.item(id))
    }

    /// Whether this audience may read any of `reports`: a period (its page, its council report)
    /// is in a tree when one of its reports is.
    pub fn reads_any(self, g: &Graph, reports: &[ItemId]) -> bool {
        reports.iter().any(|&r| self.sees_id(g, r))
    }

    /// The units right below `unit` as this audience sees them: its children, and in place
    /// of a child it may not see, that child's nearest visible units below (so a public unit
    /// under an internal one is not lost). In organisation order.
    pub fn units_below(self, g: &Graph, unit: ItemId) -> Vec<ItemId> {
        let mut out = Vec::new();
        let mut stack: Vec<ItemId> = g
            .unit(unit)
            .map(|u| u.children.iter().rev().copied().collect())
            .unwrap_or_default();
        while let Some(u) = stack.pop() {
            if self.sees_id(g, u) {
                out.push(u);
            } else if let Some(x) = g.unit(u) {
                stack.extend(x.children.iter().rev());
            }
        }
        out
    }

    /// Whether this audience's tree holds what is for the municipality's staff only, whatever
    /// the items' visibility: report forms, Min side, leader agreements, who has not reported
    /// or answered, reporting rhythms, the internal search documents of people, the internal
    /// badge. The internal tree only.
    pub fn sees_staff_tools(self) -> bool {
        self == Audience::Internal
    }

    /// Whether this audience's tree may show persons' names: the internal tree always, the
    /// open tree when `site.toml` says `publish_person_names = true`.
    pub fn sees_names(self, config: &SiteConfig) -> bool {
        self.sees_staff_tools() || config.publish_person_names
    }

    /// The names to withhold from this audience's tree; `None` where it may show names, or
    /// where the site names no one (then there is nothing to look for).
    pub fn withheld_names(self, g: &Graph) -> Option<&Arc<PersonNames>> {
        (!self.sees_names(&g.config) && !g.names.is_empty()).then_some(&g.names)
    }

    /// A free-text `source` (an assignment's) as this audience may read it: not at all when
    /// it is the id of an item the audience may not see (an internal case named in a public
    /// assignment), written exactly or nearly ([`near_key`]).
    pub fn source_text<'t>(self, g: &Graph, text: &'t str) -> Option<&'t str> {
        match g.lookup(text.trim()) {
            Some(id) if !self.sees_id(g, id) => None,
            // Another case or separator than the id's (`Oppdrag_Intern-1`): the same item.
            _ if self == Audience::Open && g.internal_near.contains(&near_key(text)) => None,
            _ => Some(text),
        }
    }
}

/// How a tree's search index files are written, which decides who can read them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IndexFormat {
    /// `{"d": DATA}`: an object at the top, so that a file included as a script is a syntax
    /// error and runs nothing, and a cross-origin `fetch()` cannot read it (no CORS).
    Json,
    /// `__rtS("name", DATA);`: loaded with `<script>`, which works from `file://` too, but
    /// which any web page can do as well; only for data that is public.
    Script,
}

impl Audience {
    /// The one rule: a tree with anything internal never has its items in a script.
    pub fn index_format(self) -> IndexFormat {
        match self {
            Audience::Internal => IndexFormat::Json,
            Audience::Open => IndexFormat::Script,
        }
    }
}

impl IndexFormat {
    /// The extension of the tree's index files.
    pub fn ext(self) -> &'static str {
        match self {
            IndexFormat::Json => "json",
            IndexFormat::Script => "js",
        }
    }
}
