//! The pages of a tree and the context each template gets.
//!
//! One module per page type, named as its `What` variant and its template are
//! (`What::Verksemdsplan`, `verksemdsplan.rs`, `verksemdsplan.html`). Each says in one function,
//! `page`, what a page of its type is (a [`Spec`]: template, kind, section of the navigation,
//! and from the page's context its title, breadcrumbs and view), and most list the pages of
//! their type (`pages`). This module has `What`, the list of a tree's pages ([`list`]) and the
//! one dispatch from a `What` to its page type ([`spec`]). A page module uses parts
//! (`render::parts`), never another page module: see docs/architecture.md.
//!
//! Every template gets `frame` (where the page is: root prefix, title, breadcrumbs along the
//! organisation, navigation) and one page-specific value: `item` on item pages, `index` on
//! index pages, `front` on the internal front page, `landing` on the open one, `statement` on
//! the accessibility statement, `feed`, `sitemap` and `robots` in those files, `page` on the
//! other pages (status overviews, reporting periods, internal-control years, Min side, the
//! year wheel, print pages). Site settings (`site`) and labels (`l`) are in the global context.

mod accessibility;
pub mod arshjul;
mod assignment;
mod az;
mod calendar;
mod checklist;
mod control_year;
mod council_report;
mod data;
mod feed;
mod folder;
mod follow_up;
mod front;
mod goal;
mod index;
mod indicator;
mod landing;
mod leiaravtale;
mod letter;
mod measure;
mod min_side;
mod min_side_index;
mod not_found;
mod period;
mod plan;
mod report;
mod report_form;
mod robots;
mod search;
mod sitemap;
mod strategy;
mod trace;
mod unit;
mod unit_status;
mod verbal;
mod verksemdsplan;

use std::cell::RefCell;
use std::collections::HashSet;

use serde::Serialize;
use tera::Context;

use super::data::DataFormat;
use super::parts::PageCx;
use super::parts::frame::{self, Crumb, Section};
use super::urls;
use super::view::Ctx;
use crate::labels::Labels;
use crate::model::vocab::{Audience, Kind, Period};
use crate::model::{Graph, ItemId};
pub use index::INDEX_KINDS;
pub use min_side::Whose;

/// Which page of a tree a page is: its page type, and what of the graph it is made for.
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
    /// What a server sends for a missing path (`404.html`, the name servers look for).
    NotFound,
    /// The search page (`sok/index.html`), which lists the register's letters.
    Search,
    /// One letter of the register from A to Å, an index into `render::az::LETTERS`.
    Az(usize),
    /// Min side's index of people and units. Internal tree only.
    MinSideIndex,
    /// A person's or a unit's Min side. Internal tree only.
    MinSide(Whose),
    /// The year wheel (årshjul) of a year, or of one month of it (`Some(1..=12)`).
    Arshjul(i32, Option<u32>),
    /// An iCalendar file: a unit's, or the municipality's (`None`). Not a template.
    Calendar(Option<ItemId>),
    /// An open-data file of the tree's items (`data/items.json`, `data/items.csv`). Not a
    /// template.
    Data(DataFormat),
    /// A unit's whole verksemdsplan on one page, for printing.
    Verksemdsplan(ItemId),
    /// The leader agreement (leiaravtale) of a unit's leader. Internal tree only.
    Leiaravtale(ItemId),
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
    CouncilReport(Period),
    /// A unit's report form for the periods it can report in a year. Internal tree only.
    ReportForm(ItemId, i32),
}

/// THE dispatch: what a page is, from its page type's module.
pub fn spec(g: &Graph, what: What) -> Spec {
    match what {
        What::Front => front::page(),
        What::Landing => landing::page(),
        What::Index(kind) => index::page(kind),
        What::Item(id) => match g.item(id).kind {
            Kind::Unit => unit::page(id),
            Kind::Plan => plan::page(id),
            Kind::Goal => goal::page(id),
            Kind::Strategy => strategy::page(id),
            Kind::Measure => measure::page(id),
            Kind::Verbal => verbal::page(id),
            Kind::Letter => letter::page(id),
            Kind::Assignment => assignment::page(id),
            Kind::Indicator => indicator::page(id),
            Kind::Checklist => checklist::page(id),
            Kind::Report => report::page(id),
            // Sections of another page (a task of its assignment's, a checklist item of its
            // checklist's, an own event of the year wheel's): never listed (`urls::has_page`).
            Kind::Task | Kind::CheckItem | Kind::Event => not_found::page(),
        },
        What::Trace(plan) => trace::page(plan),
        What::NotFound => not_found::page(),
        What::Search => search::page(),
        What::Az(letter) => az::page(letter),
        What::MinSideIndex => min_side_index::page(),
        What::MinSide(whose) => min_side::page(whose),
        What::Arshjul(year, month) => arshjul::page(year, month),
        What::Calendar(unit) => calendar::page(unit),
        What::Data(format) => data::page(format),
        What::Verksemdsplan(unit) => verksemdsplan::page(unit),
        What::Leiaravtale(unit) => leiaravtale::page(unit),
        What::Accessibility => accessibility::page(),
        What::Feed => feed::page(),
        What::Sitemap => sitemap::page(),
        What::Robots => robots::page(),
        What::FollowUp => follow_up::page(),
        What::Folder(folder) => folder::page(folder),
        What::UnitStatus(unit) => unit_status::page(unit),
        What::Period(period) => period::page(period),
        What::ControlYear(year) => control_year::page(year),
        What::CouncilReport(period) => council_report::page(period),
        What::ReportForm(unit, year) => report_form::page(unit, year),
    }
}

/// What a page type says about one of its pages.
pub struct Spec {
    /// The template, by the name a site theme overrides it with (`""` for a file made
    /// without one).
    pub template: &'static str,
    /// `frame.kind`: what the templates call the page (`<body class="page-…">`).
    pub kind: &'static str,
    pub section: Section,
    /// Sent for any missing path (the 404 page): its links start from where the tree is
    /// published rather than from its own path.
    pub anywhere: bool,
    make: Make,
}

/// What a page type does when one of its pages is rendered.
enum Make {
    /// Makes the page's title, breadcrumbs and view from its context.
    Page(Box<dyn FnOnce(&PageCx<'_>) -> Content>),
    /// Writes a file without a template; with what it is (the name its build cost is
    /// reported under).
    File(&'static str, WriteFile),
}

type WriteFile = Box<dyn FnOnce(&Ctx<'_>) -> Result<String, String>>;

/// What a page shows, made from its context when it is rendered.
pub struct Content {
    pub title: String,
    /// The way down from the front page to the page (neither of them included).
    pub crumbs: Vec<Crumb>,
    pub view: View,
}

/// The page's own value in its template's context, by name.
pub enum View {
    None,
    Named(&'static str, tera::Value),
}

impl View {
    pub fn named<T: Serialize + ?Sized>(name: &'static str, value: &T) -> View {
        View::Named(name, tera::Value::from_serializable(value))
    }

    /// `page`, the name most page types' templates read their view by.
    pub fn page<T: Serialize + ?Sized>(value: &T) -> View {
        View::named("page", value)
    }
}

impl Content {
    pub fn new(title: String, crumbs: Vec<Crumb>, view: View) -> Content {
        Content {
            title,
            crumbs,
            view,
        }
    }
}

impl Spec {
    /// A page made from `template`; `make` gives its title, breadcrumbs and view.
    pub fn page(
        template: &'static str,
        kind: &'static str,
        section: Section,
        make: impl FnOnce(&PageCx<'_>) -> Content + 'static,
    ) -> Spec {
        Spec {
            template,
            kind,
            section,
            anywhere: false,
            make: Make::Page(Box::new(make)),
        }
    }

    /// An item's page: titled as the item, under its kind's entry of the navigation, its
    /// view under `item`.
    pub fn item<T: Serialize + 'static>(
        template: &'static str,
        kind: Kind,
        id: ItemId,
        crumbs: fn(&Ctx<'_>, ItemId) -> Vec<Crumb>,
        view: fn(&PageCx<'_>, ItemId) -> T,
    ) -> Spec {
        Spec::page(template, kind.key(), Section::of_kind(kind), move |p| {
            let title = p.g.item(id).title.clone();
            Content::new(title, crumbs(p, id), View::named("item", &view(p, id)))
        })
    }

    /// A file made without a template: what it is (the name its build cost is reported
    /// under), and its text.
    pub fn file(
        name: &'static str,
        write: impl FnOnce(&Ctx<'_>) -> Result<String, String> + 'static,
    ) -> Spec {
        Spec {
            template: "",
            kind: "",
            section: Section::None,
            anywhere: false,
            make: Make::File(name, Box::new(write)),
        }
    }
}

/// The item a page is made for, whose id is in its path.
pub fn item_of(what: What) -> Option<ItemId> {
    match what {
        What::Item(id)
        | What::Trace(Some(id))
        | What::MinSide(Whose::Unit(id))
        | What::Verksemdsplan(id)
        | What::Leiaravtale(id)
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
    /// Whether the page lists the whole site (a kind's index, a period's roll-up, the root
    /// unit's status, the open data, the municipality's calendar, the council's reports):
    /// at 10 000 assignments such a page takes 30–90 MB while it is rendered, so the build
    /// renders them one at a time beside the others (`write_trees` in `src/lib.rs`).
    pub fn lists_the_site(&self, g: &Graph) -> bool {
        match self.what {
            What::Index(_)
            | What::Period(_)
            | What::Data(_)
            | What::Calendar(None)
            | What::CouncilReport(_)
            | What::Feed
            | What::Sitemap => true,
            What::UnitStatus(u) => g.root_unit == Some(u),
            _ => false,
        }
    }

    /// Whether the page is an HTML page (not the feed, the sitemap or robots.txt).
    pub fn is_html(&self) -> bool {
        self.path.ends_with(".html")
    }

    /// The template, or for a file made without one, what it is: the name its cost is
    /// reported under.
    pub fn cost_name(&self, g: &Graph) -> &'static str {
        match spec(g, self.what) {
            Spec {
                make: Make::File(name, _),
                ..
            } => name,
            s => s.template,
        }
    }

    /// The template (`""` for a file made without one).
    pub fn template(&self, g: &Graph) -> &'static str {
        spec(g, self.what).template
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
    // For the lists that read the audience's view of the graph, from the tree's root.
    let v = Ctx::new(g, audience, labels, "");
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
    pages.extend(search::pages(&v));
    pages.extend(az::pages(&v));
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
    pages.extend(min_side_index::pages(g, audience));
    pages.extend(min_side::pages(g, audience));
    pages.extend(arshjul::pages(&v));
    pages.extend(calendar::pages(&v));
    pages.extend(verksemdsplan::pages(g, audience));
    pages.extend(leiaravtale::pages(g, audience));
    pages.extend(data::pages());
    pages.extend(follow_up::pages(g));
    pages.extend(unit_status::pages(g, audience));
    pages.extend(period::pages(g, audience));
    pages.extend(control_year::pages(g, audience));
    pages.extend(report_form::pages(g, audience));
    pages.extend(council_report::pages(g, audience));
    let folders = folder::pages(&pages);
    pages.extend(folders);
    pages
}

/// The pages of the sort a folder's index lists, from the lists the tree's pages come from.
pub fn folder_members(g: &Graph, audience: Audience, folder: folder::Folder) -> Vec<Page> {
    use folder::Folder;
    match folder {
        Folder::Verksemdsplan => verksemdsplan::pages(g, audience),
        Folder::Leiaravtale => leiaravtale::pages(g, audience),
        Folder::Periods => period::pages(g, audience),
        Folder::ControlYears => control_year::pages(g, audience),
        Folder::People | Folder::MinSideUnits => min_side::pages(g, audience),
        Folder::Data => data::pages(),
        Folder::CouncilReports => council_report::pages(g, audience),
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
    let spec = spec(g, page.what);
    let Make::Page(make) = spec.make else {
        // A file made without a template has no context.
        return Ok((Context::new(), Vec::new()));
    };
    let mut v = Ctx::new(g, audience, labels, &page.path);
    if spec.anywhere {
        // The server sends 404.html for any missing path (`/a/b/c`), so relative links would
        // resolve against that path: this page links from where the tree is published.
        v.root = urls::published_path(g, audience);
    }
    let p = PageCx {
        v,
        assets,
        used_assets: RefCell::new(Vec::new()),
    };
    let content = make(&p);
    let mut ctx = Context::new();
    ctx.insert(
        "frame",
        &frame::frame(
            &p.v,
            &page.path,
            spec.kind,
            spec.section,
            content.title,
            content.crumbs,
        ),
    );
    if let View::Named(name, value) = content.view {
        ctx.insert_value(name, value);
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
    match spec(g, page.what).make {
        Make::File(_, write) => Some(write(&Ctx::new(g, audience, labels, &page.path))),
        Make::Page(_) => None,
    }
}
