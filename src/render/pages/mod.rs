//! The pages of a tree and the context each template gets.
//!
//! Every template gets `frame` (where the page is: root prefix, title, breadcrumbs along the
//! organisation, navigation) and one page-specific value: `item` on item pages, `index` on
//! index pages, `front` on the internal front page, `landing` on the open one, `statement` on
//! the accessibility statement, `feed`, `sitemap` and `robots` in those files, `page` on the
//! other pages (status overviews, reporting periods, internal-control years, Min side, the
//! year wheel, print pages). Site settings (`site`) and labels (`l`) are in the global context.

mod agreement;
pub mod arshjul;
mod assignment;
mod checklist;
pub mod common;
mod control_year;
mod council;
pub mod feed;
mod folder;
mod follow_up;
mod goal;
mod index;
mod indicator;
mod internal_control;
mod landing;
mod letter;
pub mod min_side;
mod openness;
mod period;
mod plan;
mod political;
pub mod print;
mod report;
pub mod report_form;
mod search;
mod status;
mod status_chart;
mod trace;
mod unit;
mod why;

use std::cell::RefCell;
use std::collections::HashSet;

use chrono::Datelike;

use serde::Serialize;
use tera::Context;

use super::data::DataFormat;
use super::labels::Labels;
use super::urls;
use super::view::Ctx;
use crate::model::vocab::{Audience, Kind, Period};
use crate::model::{Data, Graph, ItemId};
use common::PageCx;
pub use index::INDEX_KINDS;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum What {
    /// The internal tree's front page.
    Front,
    /// The open tree's front page: what the municipality is working on, for citizens.
    Landing,
    Index(Kind),
    Item(ItemId),
    /// Den raude tråden: the municipality's traceability page (`None`) or a plan's.
    Trace(Option<ItemId>),
    NotFound,
    /// The search page (`sok/index.html`), which lists the register's letters.
    Search,
    /// One letter of the register from A to Å, an index into `render::az::LETTERS`.
    Az(usize),
    /// Min side: the index of people and units, a person's page (index into
    /// `graph.people.list`), a unit's page. Internal tree only.
    MinSide,
    MinSidePerson(usize),
    MinSideUnit(ItemId),
    /// The year wheel of a year.
    YearWheel(i32),
    /// An iCalendar file: a unit's, or the municipality's (`None`). Not a template.
    Calendar(Option<ItemId>),
    /// An open-data file of the tree's items (`data/items.json`, `data/items.csv`). Not a
    /// template.
    Data(DataFormat),
    /// A unit's whole verksemdsplan on one page, for printing.
    PrintPlan(ItemId),
    /// The leader agreement of a unit's leader. Internal tree only.
    Agreement(ItemId),
    /// The accessibility statement (tilgjengelegheitserklæring).
    Accessibility,
    /// `feed.xml`: changes by date (Atom).
    Feed,
    /// `sitemap.xml`, in the open tree of a site with a `base_url`.
    Sitemap,
    /// `robots.txt`.
    Robots,
    /// Status, reporting and internal control: the way in.
    FollowUp,
    /// The index of a folder of pages of one sort (`verksemdsplan/`, `status/periods/`, …).
    Folder(folder::Folder),
    /// A unit's status overview with the units below.
    UnitStatus(ItemId),
    /// A reporting period: every unit's report and the municipality's roll-up.
    Period(Period),
    /// A year's internal-control summary for the council.
    ControlYear(i32),
    /// v1.2: the report to the council for a tertial or a year.
    Council(Period),
    /// A unit's report form for a period. Internal tree only.
    ReportForm(ItemId, Period),
}

/// The item a page is made for, whose id is in its path.
pub fn item_of(what: What) -> Option<ItemId> {
    match what {
        What::Item(id)
        | What::Trace(Some(id))
        | What::MinSideUnit(id)
        | What::PrintPlan(id)
        | What::Agreement(id)
        | What::UnitStatus(id)
        | What::Calendar(Some(id)) => Some(id),
        _ => None,
    }
}

#[derive(Clone, Debug)]
pub struct Page {
    /// From the tree's root, e.g. `oppdrag/x.html`.
    pub path: String,
    pub what: What,
}

impl Page {
    /// Whether the page is an HTML page (not the feed, the sitemap or robots.txt).
    pub fn is_html(&self) -> bool {
        self.path.ends_with(".html")
    }

    /// The template, or for a file made without one, what it is: the name its cost is
    /// reported under.
    pub fn cost_name(&self, g: &Graph) -> &'static str {
        match self.what {
            What::Calendar(_) => "calendar (.ics)",
            What::Data(_) => "open data (json, csv)",
            _ => self.template(g),
        }
    }

    pub fn template(&self, g: &Graph) -> &'static str {
        match self.what {
            What::Front => "front.html",
            What::Landing => "landing.html",
            What::Index(_) => "index.html",
            What::NotFound => "404.html",
            What::Search => "search.html",
            What::Az(_) => "az.html",
            What::MinSide => "min_side_index.html",
            What::Folder(_) => "folder.html",
            What::MinSidePerson(_) | What::MinSideUnit(_) => "min_side.html",
            What::YearWheel(_) => "arshjul.html",
            What::Calendar(_) | What::Data(_) => "",
            What::PrintPlan(_) => "verksemdsplan.html",
            What::Agreement(_) => "leiaravtale.html",
            What::Accessibility => "accessibility.html",
            What::Feed => "feed.xml",
            What::Sitemap => "sitemap.xml",
            What::Robots => "robots.txt",
            What::Trace(_) => "trace.html",
            What::FollowUp => "follow_up.html",
            What::UnitStatus(_) => "unit_status.html",
            What::Period(_) => "period.html",
            What::ControlYear(_) => "control_year.html",
            What::ReportForm(..) => "report_form.html",
            What::Council(_) => "council_report.html",
            What::Item(id) => match g.item(id).kind {
                Kind::Unit => "unit.html",
                Kind::Plan => "plan.html",
                Kind::Goal => "goal.html",
                Kind::Strategy => "strategy.html",
                Kind::Measure => "measure.html",
                Kind::Verbal => "verbal.html",
                Kind::Letter => "letter.html",
                // A task is a section of its assignment's page and has no page of its own.
                Kind::Assignment | Kind::Task => "assignment.html",
                Kind::Indicator => "indicator.html",
                Kind::Checklist => "checklist.html",
                Kind::CheckItem => "checklist.html",
                Kind::Report => "report.html",
                // No page: an event is an anchor on the year wheel (`has_page`).
                Kind::Event => "arshjul.html",
            },
        }
    }
}

/// Every page of the audience's tree: front page, 404, the accessibility statement, the feed,
/// robots.txt (and in the open tree of a site with an address, the sitemap), index pages of
/// kinds it has, a page for every item it may see, Min side (internal), the year wheel and
/// calendar files, the pages for printing, and the search page with the register's letters.
pub fn list(g: &Graph, labels: &Labels, audience: Audience) -> Vec<Page> {
    let page = |path: &str, what: What| Page {
        path: path.into(),
        what,
    };
    let front = match audience {
        Audience::Internal => What::Front,
        Audience::Open => What::Landing,
    };
    let mut pages = vec![
        page(urls::FRONT, front),
        page(urls::NOT_FOUND, What::NotFound),
        page(
            &urls::accessibility_path(g.config.language),
            What::Accessibility,
        ),
        page(urls::FEED, What::Feed),
        page(urls::ROBOTS, What::Robots),
    ];
    pages.extend(search::pages(&Ctx::new(g, audience, labels, "")));
    if audience == Audience::Open && g.config.base_url.is_some() {
        pages.push(page(urls::SITEMAP, What::Sitemap));
    }
    for kind in INDEX_KINDS {
        if g.kind(kind).iter().any(|&i| audience.sees_id(g, i)) {
            pages.push(Page {
                path: urls::index_path(g.config.language, kind),
                what: What::Index(kind),
            });
        }
    }
    // Traceability: the municipality's page whenever the tree has a plan, and one per plan.
    let plans: Vec<ItemId> = g
        .kind(Kind::Plan)
        .iter()
        .copied()
        .filter(|&p| audience.sees_id(g, p))
        .collect();
    if !plans.is_empty() {
        pages.push(Page {
            path: urls::trace_path(g, None),
            what: What::Trace(None),
        });
    }
    for p in plans {
        pages.push(Page {
            path: urls::trace_path(g, Some(p)),
            what: What::Trace(Some(p)),
        });
    }
    for (i, item) in g.items.iter().enumerate() {
        if urls::has_page(item.kind) && audience.sees(item) {
            let id = ItemId(i as u32);
            pages.push(Page {
                path: urls::item_path(g, id),
                what: What::Item(id),
            });
        }
    }
    pages.extend(min_side::pages(g, audience));
    pages.extend(arshjul::pages(g, labels, audience));
    pages.extend(print::pages(g, audience));
    pages.extend(agreement::pages(g, audience));
    for format in [DataFormat::Json, DataFormat::Csv] {
        pages.push(page(format.path(), What::Data(format)));
    }
    pages.extend(follow_up::pages(g, audience));
    pages.extend(report_form::pages(g, audience));
    pages.extend(council::pages(g, audience));
    let folders = folder::pages(&pages);
    pages.extend(folders);
    pages
}

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

/// Navigation entries besides the kinds: Min side (internal tree) and the year wheel.
#[derive(Clone, Copy, PartialEq, Eq)]
enum NavExtra {
    MinSide,
    YearWheel,
}

/// The kind whose index an item page belongs under in the navigation.
fn nav_kind(kind: Kind) -> Kind {
    match kind {
        Kind::Goal | Kind::Strategy | Kind::Measure | Kind::Verbal => Kind::Plan,
        Kind::Task => Kind::Assignment,
        Kind::CheckItem => Kind::Checklist,
        k => k,
    }
}

fn crumb_to(v: &Ctx, id: ItemId) -> Option<Crumb> {
    v.link(id).map(|l| Crumb {
        href: l.href,
        title: l.title,
    })
}

fn index_crumb(v: &Ctx, kind: Kind) -> Crumb {
    Crumb {
        href: v.href(&urls::index_path(v.lang(), kind)),
        title: v.kinds_label(kind),
    }
}

/// Units from the top down to `unit`.
fn unit_chain(v: &Ctx, unit: Option<ItemId>) -> Vec<Crumb> {
    let Some(unit) = unit else { return Vec::new() };
    let mut chain: Vec<Crumb> =
        v.g.unit_ancestors(unit)
            .into_iter()
            .filter_map(|u| crumb_to(v, u))
            .collect();
    chain.reverse();
    chain
}

/// Breadcrumbs: the front page, the way down (along the organisation for what units own),
/// and the page itself (last, without a link of its own in the template).
fn crumbs(v: &Ctx, what: What, title: &str) -> Vec<Crumb> {
    let g = v.g;
    let mut out = vec![Crumb {
        href: v.href(urls::FRONT),
        title: v.l("front_page"),
    }];
    let follow_up = || Crumb {
        href: v.href(&urls::follow_up_path(v.lang())),
        title: v.l("follow_up"),
    };
    match what {
        What::Front | What::Landing => return out,
        What::Index(_)
        | What::NotFound
        | What::Search
        | What::Accessibility
        | What::Feed
        | What::Sitemap
        | What::Robots
        | What::MinSide
        | What::Calendar(_)
        | What::Data(_)
        | What::PrintPlan(_)
        | What::Agreement(_)
        | What::FollowUp
        | What::Folder(_)
        | What::Trace(None) => {}
        What::Trace(Some(_)) => out.push(Crumb {
            href: v.href(&urls::trace_path(g, None)),
            title: v.l("trace"),
        }),
        What::MinSidePerson(_) | What::MinSideUnit(_) => out.push(Crumb {
            href: v.href(&urls::min_side_path(v.lang())),
            title: v.l("min_side"),
        }),
        What::YearWheel(y) => {
            if y != g.today.year() {
                out.push(Crumb {
                    href: v.href(&urls::year_wheel_path(g, g.today.year())),
                    title: v.l("arshjul"),
                });
            }
        }
        What::Az(_) => out.push(Crumb {
            href: v.href(&urls::search_path(v.lang())),
            title: v.l("search"),
        }),
        What::Period(_) | What::ControlYear(_) | What::Council(_) => out.push(follow_up()),
        What::ReportForm(unit, _) => {
            out.push(follow_up());
            out.push(Crumb {
                href: v.href(&urls::unit_status_path(g, unit)),
                title: g.item(unit).title.clone(),
            });
        }
        What::UnitStatus(unit) => {
            // Up the organisation through the status pages, for drilling back up.
            out.push(follow_up());
            let mut chain: Vec<Crumb> = g
                .unit_ancestors(unit)
                .into_iter()
                .skip(1)
                .filter(|&u| v.visible(u))
                .map(|u| Crumb {
                    href: v.href(&urls::unit_status_path(g, u)),
                    title: g.item(u).title.clone(),
                })
                .collect();
            chain.reverse();
            out.extend(chain);
        }
        What::Item(id) => {
            let item = g.item(id);
            match &item.data {
                Data::Unit(u) => {
                    out.push(index_crumb(v, Kind::Unit));
                    out.extend(unit_chain(v, u.parent));
                }
                Data::Assignment(a) => out.extend(unit_chain(v, a.owner)),
                Data::Task(t) => {
                    out.extend(unit_chain(
                        v,
                        g.assignment(t.assignment).and_then(|a| a.owner),
                    ));
                    out.extend(crumb_to(v, t.assignment));
                }
                Data::Report(r) => out.extend(unit_chain(v, r.unit)),
                Data::Letter(l) => {
                    out.push(index_crumb(v, Kind::Letter));
                    let mut chain = Vec::new();
                    let mut at = l.parent;
                    while let Some(p) = at {
                        if chain.len() > 32 {
                            break;
                        }
                        chain.extend(crumb_to(v, p));
                        at = match &g.item(p).data {
                            Data::Letter(pl) => pl.parent,
                            _ => None,
                        };
                    }
                    chain.reverse();
                    out.extend(chain);
                }
                Data::Goal(_) | Data::Strategy(_) | Data::Measure(_) | Data::Verbal(_) => {
                    out.push(index_crumb(v, Kind::Plan));
                    out.extend(item.container.and_then(|c| crumb_to(v, c)));
                }
                _ => out.push(index_crumb(v, nav_kind(item.kind))),
            }
        }
    }
    out.push(Crumb {
        href: String::new(),
        title: title.to_string(),
    });
    out
}

fn frame(v: &Ctx, page: &Page, title: String) -> Frame {
    let g = v.g;
    let current = match page.what {
        What::Index(k) => Some(nav_kind(k)),
        What::Item(id) => Some(nav_kind(g.item(id).kind)),
        _ => None,
    };
    let extra = match page.what {
        What::MinSide | What::MinSidePerson(_) | What::MinSideUnit(_) => Some(NavExtra::MinSide),
        What::YearWheel(_) => Some(NavExtra::YearWheel),
        _ => None,
    };
    let kind_entry = |k: Kind| -> Option<Nav> {
        g.kind(k).iter().any(|&i| v.visible(i)).then(|| Nav {
            href: v.href(&urls::index_path(v.lang(), k)),
            label: v.kinds_label(k),
            current: current == Some(k),
            items: Vec::new(),
        })
    };
    let entry = |href: String, label: String, current: bool| Nav {
        href,
        label,
        current,
        items: Vec::new(),
    };
    let follow_up = matches!(
        page.what,
        What::FollowUp
            | What::UnitStatus(_)
            | What::Period(_)
            | What::ControlYear(_)
            | What::ReportForm(..)
            | What::Council(_)
    );
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
                    matches!(page.what, What::Trace(_)),
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
            follow_up,
        ))
        .chain(kind_entry(Kind::Report))
        .chain(kind_entry(Kind::Indicator))
        .chain(kind_entry(Kind::Checklist))
        .collect(),
        vec![entry(
            v.href(&urls::year_wheel_path(g, g.today.year())),
            v.l("arshjul"),
            extra == Some(NavExtra::YearWheel),
        )],
        if v.audience == Audience::Internal {
            vec![entry(
                v.href(&urls::min_side_path(v.lang())),
                v.l("min_side"),
                extra == Some(NavExtra::MinSide),
            )]
        } else {
            Vec::new()
        },
    ];
    let nav: Vec<Nav> = groups
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
        .collect();
    Frame {
        search_entry: v.href(&urls::search_entry(v.audience.index_format().ext())),
        root: v.root.clone(),
        path: page.path.clone(),
        crumbs: crumbs(v, page.what, &title),
        title,
        kind: match page.what {
            What::Front => "front",
            What::Landing => "landing",
            What::Index(_) => "index",
            What::NotFound => "not-found",
            What::Search => "search",
            What::Az(_) => "az",
            What::Accessibility => "accessibility",
            What::Feed => "feed",
            What::Sitemap => "sitemap",
            What::Robots => "robots",
            What::Trace(_) => "trace",
            What::FollowUp => "follow-up",
            What::UnitStatus(_) => "unit-status",
            What::Period(_) => "period",
            What::ControlYear(_) => "control-year",
            What::ReportForm(..) => "report-form",
            What::Council(_) => "council-report",
            What::Item(id) => g.item(id).kind.key(),
            What::MinSide | What::MinSidePerson(_) | What::MinSideUnit(_) => "min-side",
            What::YearWheel(_) => "arshjul",
            What::Calendar(_) => "calendar",
            What::Data(_) => "data",
            What::PrintPlan(_) => "verksemdsplan",
            What::Agreement(_) => "leiaravtale",
            What::Folder(_) => "folder",
        },
        audience: v.audience,
        nav,
        to: FixedLinks {
            front: v.href(urls::FRONT),
            search: v.href(&urls::search_path(v.lang())),
            accessibility: v.href(&urls::accessibility_path(v.lang())),
            follow_up: v.href(&urls::follow_up_path(v.lang())),
            feed: v.href(urls::FEED),
        },
    }
}

/// The context of one page, and the files beside content it links to.
pub fn context(
    g: &Graph,
    labels: &Labels,
    audience: Audience,
    assets: &HashSet<String>,
    page: &Page,
) -> Result<(Context, Vec<String>), tera::Error> {
    let mut v = Ctx::new(g, audience, labels, &page.path);
    if page.what == What::NotFound {
        // The server sends 404.html for any missing path (`/a/b/c`), so relative links would
        // resolve against that path: this page links from where the tree is published.
        v.root = openness::published_path(g, audience);
    }
    let p = PageCx {
        v,
        assets,
        used_assets: RefCell::new(Vec::new()),
    };
    let mut ctx = Context::new();
    let title = match page.what {
        What::Front | What::Landing => g.config.title.clone(),
        What::Index(k) => p.kinds_label(k),
        What::NotFound => p.l("not_found_title"),
        What::Search => p.l("search"),
        What::Az(letter) => search::az_title(&p, letter),
        What::Accessibility => p.l("accessibility_statement"),
        What::Feed => p.l("feed_title"),
        What::Sitemap | What::Robots => String::new(),
        What::Trace(None) => p.l("trace"),
        What::Trace(Some(plan)) => format!("{}: {}", p.l("trace"), g.item(plan).title),
        What::Item(id) => g.item(id).title.clone(),
        What::MinSide => p.l("min_side"),
        What::MinSidePerson(i) => g
            .people
            .list
            .get(i)
            .and_then(|person| p.person(Some(&person.name)))
            .unwrap_or_default(),
        What::MinSideUnit(u) => format!("{} – {}", p.l("min_side"), g.item(u).title),
        What::YearWheel(y) => format!("{} {y}", p.l("arshjul")),
        What::Calendar(_) | What::Data(_) => String::new(),
        What::PrintPlan(u) => format!("{} – {}", p.l("business_plan"), g.item(u).title),
        What::Agreement(u) => format!("{} – {}", p.l("agreement"), g.item(u).title),
        What::FollowUp => p.l("follow_up"),
        What::UnitStatus(u) => format!("{} – {}", p.l("status_overview"), g.item(u).title),
        What::Period(per) => format!("{} {}", p.l("reporting"), per.label(p.lang())),
        What::ControlYear(y) => format!("{} {y}", p.l("control_year_title")),
        What::ReportForm(u, per) => format!(
            "{} – {} – {}",
            p.l("rf_title"),
            g.item(u).title,
            per.label(p.lang())
        ),
        What::Council(per) => council::title(&p, per),
        What::Folder(f) => folder::title(&p, f),
    };
    ctx.insert("frame", &frame(&p.v, page, title));
    match page.what {
        What::Front => ctx.insert("front", &index::front_view(&p)),
        What::Landing => ctx.insert("landing", &landing::view(&p)),
        What::Index(kind) => ctx.insert("index", &index::index_view(&p, kind)),
        What::Search => ctx.insert("search", &search::search_view(&p)),
        What::Az(letter) => ctx.insert("az", &search::az_view(&p, letter)),
        What::NotFound | What::Calendar(_) | What::Data(_) => {}
        What::Accessibility => ctx.insert("statement", &openness::statement_view(&p)),
        What::Feed => ctx.insert("feed", &feed::view(&p)),
        What::Sitemap => ctx.insert("sitemap", &openness::sitemap_view(&p)),
        What::Robots => ctx.insert("robots", &openness::robots_view(&p)),
        What::Trace(plan) => ctx.insert("trace", &trace::view(&p, plan)),
        What::Item(id) => insert_item(&mut ctx, &p, id),
        What::MinSide => ctx.insert("page", &min_side::index_view(&p)),
        What::MinSidePerson(i) => ctx.insert("page", &min_side::person_view(&p, i)),
        What::MinSideUnit(u) => ctx.insert("page", &min_side::unit_view(&p, u)),
        What::YearWheel(y) => ctx.insert("page", &arshjul::view(&p, y)),
        What::PrintPlan(u) => ctx.insert("page", &print::view(&p, u)),
        What::Agreement(u) => ctx.insert("page", &agreement::view(&p, u)),
        What::FollowUp => ctx.insert("page", &follow_up::view(&p)),
        What::UnitStatus(u) => ctx.insert("page", &status::view(&p, u)),
        What::Period(per) => ctx.insert("page", &period::view(&p, per)),
        What::ControlYear(y) => ctx.insert("page", &control_year::view(&p, y)),
        What::ReportForm(u, per) => ctx.insert("page", &report_form::view(&p, u, per)),
        What::Council(per) => ctx.insert("page", &council::view(&p, per)),
        What::Folder(f) => ctx.insert("page", &folder::view(&p, f)),
    }
    Ok((ctx, p.used_assets.into_inner()))
}

/// The text of a file that is not made from a template (a calendar or an open-data file), or
/// `None` for a page that is.
pub fn text_file(
    g: &Graph,
    labels: &Labels,
    audience: Audience,
    page: &Page,
) -> Option<Result<String, String>> {
    match page.what {
        What::Calendar(unit) => Some(Ok(calendar(g, labels, audience, page, unit))),
        What::Data(format) => {
            let v = Ctx::new(g, audience, labels, &page.path);
            Some(super::data::write(&v, format))
        }
        _ => None,
    }
}

fn calendar(
    g: &Graph,
    labels: &Labels,
    audience: Audience,
    page: &Page,
    unit: Option<ItemId>,
) -> String {
    let v = Ctx::new(g, audience, labels, &page.path);
    let name = match unit {
        Some(u) => format!("{} – {}", g.item(u).title, v.l("arshjul")),
        None => format!("{} – {}", g.config.title, v.l("arshjul")),
    };
    super::ics::write(&v, &name, &super::agenda::calendar(&v, unit))
}

fn insert_item(ctx: &mut Context, p: &PageCx, id: ItemId) {
    match p.g.item(id).kind {
        Kind::Unit => ctx.insert("item", &unit::view(p, id)),
        Kind::Plan => ctx.insert("item", &plan::view(p, id)),
        Kind::Goal => ctx.insert("item", &goal::goal_view(p, id)),
        Kind::Strategy => ctx.insert("item", &plan::strategy_view(p, id)),
        Kind::Measure => ctx.insert("item", &plan::measure_view(p, id)),
        Kind::Verbal => ctx.insert("item", &plan::verbal_view(p, id)),
        Kind::Letter => ctx.insert("item", &letter::view(p, id)),
        Kind::Assignment | Kind::Task => ctx.insert("item", &assignment::view(p, id)),
        Kind::Indicator => ctx.insert("item", &indicator::view(p, id)),
        Kind::Checklist | Kind::CheckItem => ctx.insert("item", &checklist::view(p, id)),
        Kind::Report => ctx.insert("item", &report::view(p, id)),
        Kind::Event => {}
    }
}
