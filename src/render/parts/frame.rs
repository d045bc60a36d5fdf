//! Every page's frame (`frame` in each template): where the page is (root prefix, title,
//! breadcrumbs), the navigation with the entry the page is under marked, and the pages every
//! page links to. A page type says only what is its own: its section of the navigation and its
//! way down from the front page ([`Section`], the crumbs helpers here).

use chrono::Datelike;
use serde::Serialize;

use crate::model::ItemId;
use crate::model::vocab::{Audience, Kind};
use crate::render::urls;
use crate::render::view::Ctx;

#[derive(Serialize)]
pub struct Frame {
    pub root: String,
    pub path: String,
    pub title: String,
    pub kind: &'static str,
    pub audience: Audience,
    pub crumbs: Vec<Crumb>,
    pub nav: Vec<Nav>,
    /// The search index's entry file; its extension tells `search.js` how to load the index.
    pub search_entry: String,
    /// The pages every page links to, relative to this page.
    pub to: FixedLinks,
}

#[derive(Serialize)]
pub struct FixedLinks {
    pub front: String,
    pub search: String,
    pub accessibility: String,
    pub follow_up: String,
    pub feed: String,
}

#[derive(Serialize)]
pub struct Crumb {
    pub href: String,
    pub title: String,
}

#[derive(Serialize)]
pub struct Nav {
    pub href: String,
    pub label: String,
    /// This page is the entry, or (for a group) one of its entries.
    pub current: bool,
    /// A group's pages, the first being the group's own (empty: a single page).
    pub items: Vec<Nav>,
}

/// Where a page sits in the navigation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// The front page itself: no entry is current, and the breadcrumbs end where they start.
    Front,
    /// A kind's entry: its index and its items' pages (see [`Section::of_kind`]).
    Kind(Kind),
    /// Den raude tråden.
    Trace,
    /// Status and reporting: the follow-up page and the pages below it.
    FollowUp,
    Arshjul,
    MinSide,
    /// Under no entry.
    None,
}

impl Section {
    /// The entry a kind's index and its items' pages are under: goals, strategies, measures
    /// and verbalpunkt under plans, tasks under assignments, checklist items under checklists.
    pub fn of_kind(kind: Kind) -> Section {
        Section::Kind(match kind {
            Kind::Goal | Kind::Strategy | Kind::Measure | Kind::Verbal => Kind::Plan,
            Kind::Task => Kind::Assignment,
            Kind::CheckItem => Kind::Checklist,
            k => k,
        })
    }
}

/// A crumb to an item's page, where the audience may see the item.
pub fn crumb_to(v: &Ctx, id: ItemId) -> Option<Crumb> {
    v.link(id).map(|l| Crumb {
        href: l.href,
        title: l.title,
    })
}

/// A crumb to a kind's index page.
pub fn index_crumb(v: &Ctx, kind: Kind) -> Crumb {
    Crumb {
        href: v.href(&urls::index_path(v.lang(), kind)),
        title: v.kinds_label(kind),
    }
}

/// The follow-up page, above every status, reporting and internal-control page.
pub fn follow_up_crumb(v: &Ctx) -> Crumb {
    Crumb {
        href: v.href(&urls::follow_up_path(v.lang())),
        title: v.l("follow_up"),
    }
}

/// Units from the top down to `unit`.
pub fn unit_chain(v: &Ctx, unit: Option<ItemId>) -> Vec<Crumb> {
    let Some(unit) = unit else { return Vec::new() };
    let mut chain: Vec<Crumb> =
        v.g.unit_ancestors(unit)
            .into_iter()
            .filter_map(|u| crumb_to(v, u))
            .collect();
    chain.reverse();
    chain
}

/// The way down to what is written in a plan (a goal, strategy, measure or verbalpunkt): the
/// plans' index, then the plan.
pub fn in_plan(v: &Ctx, id: ItemId) -> Vec<Crumb> {
    let mut out = vec![index_crumb(v, Kind::Plan)];
    out.extend(v.g.item(id).container.and_then(|c| crumb_to(v, c)));
    out
}

/// The way down to a page of its own kind's: that kind's index (under its entry).
pub fn in_index(v: &Ctx, id: ItemId) -> Vec<Crumb> {
    let Section::Kind(kind) = Section::of_kind(v.g.item(id).kind) else {
        return Vec::new();
    };
    vec![index_crumb(v, kind)]
}

/// The frame of a page: `kind` and `section` from its page type, `title` and `way` (the crumbs
/// between the front page and the page itself) from the page.
pub fn frame(
    v: &Ctx,
    path: &str,
    kind: &'static str,
    section: Section,
    title: String,
    way: Vec<Crumb>,
) -> Frame {
    let mut crumbs = vec![Crumb {
        href: v.href(urls::FRONT),
        title: v.l("front_page"),
    }];
    if section != Section::Front {
        crumbs.extend(way);
        // The page itself, last, without a link of its own in the template.
        crumbs.push(Crumb {
            href: String::new(),
            title: title.clone(),
        });
    }
    Frame {
        search_entry: v.href(&urls::search_entry(v.audience.index_format().ext())),
        root: v.root.clone(),
        path: path.to_string(),
        crumbs,
        title,
        kind,
        audience: v.audience,
        nav: nav(v, section),
        to: FixedLinks {
            front: v.href(urls::FRONT),
            search: v.href(&urls::search_path(v.lang())),
            accessibility: v.href(&urls::accessibility_path(v.lang())),
            follow_up: v.href(&urls::follow_up_path(v.lang())),
            feed: v.href(urls::FEED),
        },
    }
}

fn nav(v: &Ctx, section: Section) -> Vec<Nav> {
    let g = v.g;
    let kind_entry = |k: Kind| -> Option<Nav> {
        g.kind(k).iter().any(|&i| v.visible(i)).then(|| Nav {
            href: v.href(&urls::index_path(v.lang(), k)),
            label: v.kinds_label(k),
            current: section == Section::Kind(k),
            items: Vec::new(),
        })
    };
    let entry = |href: String, label: String, current: bool| Nav {
        href,
        label,
        current,
        items: Vec::new(),
    };
    // At most seven entries, each a group of the pages that belong together, so that no two
    // read alike ("Statusrapportar" sits inside "Status og rapportering").
    let groups: Vec<Vec<Nav>> = vec![
        kind_entry(Kind::Unit).into_iter().collect(),
        kind_entry(Kind::Plan)
            .into_iter()
            .chain(kind_entry(Kind::Plan).map(|_| {
                entry(
                    v.href(&urls::trace_path(g, None)),
                    v.l("trace"),
                    section == Section::Trace,
                )
            }))
            .collect(),
        kind_entry(Kind::Assignment)
            .into_iter()
            .chain(kind_entry(Kind::Letter))
            .collect(),
        std::iter::once(entry(
            v.href(&urls::follow_up_path(v.lang())),
            v.l("follow_up"),
            section == Section::FollowUp,
        ))
        .chain(kind_entry(Kind::Report))
        .chain(kind_entry(Kind::Indicator))
        .chain(kind_entry(Kind::Checklist))
        .collect(),
        vec![entry(
            v.href(&urls::arshjul_path(g, g.today.year())),
            v.l("arshjul"),
            section == Section::Arshjul,
        )],
        if v.audience.sees_staff_tools() {
            vec![entry(
                v.href(&urls::min_side_path(v.lang())),
                v.l("min_side"),
                section == Section::MinSide,
            )]
        } else {
            Vec::new()
        },
    ];
    groups
        .into_iter()
        .filter_map(|mut items| {
            let first = items.first()?;
            let mut top = entry(
                first.href.clone(),
                first.label.clone(),
                items.iter().any(|n| n.current),
            );
            if items.len() > 1 {
                // The group's first page is its overview; in the group it is called so.
                if first.href == v.href(&urls::follow_up_path(v.lang())) {
                    items[0].label = v.l("nav_overview");
                }
                top.items = items;
            }
            Some(top)
        })
        .collect()
}
