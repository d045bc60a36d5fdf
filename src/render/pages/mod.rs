//! The pages of a tree and the context each template gets.
//!
//! Every template gets `frame` (where the page is: root prefix, title, breadcrumbs along the
//! organisation, navigation) and one page-specific value: `item` on item pages, `index` on
//! index pages, `front` on the front page, `page` on the follow-up pages (status overviews,
//! reporting periods, internal-control years). Site settings (`site`) and labels (`l`) are in the
//! global context.

mod assignment;
mod checklist;
pub mod common;
mod control_year;
mod follow_up;
mod index;
mod indicator;
mod internal_control;
mod letter;
mod period;
mod plan;
mod report;
mod status;
mod status_chart;
mod unit;

use std::cell::RefCell;
use std::collections::HashSet;

use serde::Serialize;
use tera::Context;

use super::labels::Labels;
use super::urls;
use super::view::Ctx;
use crate::model::vocab::{Audience, Kind, Period};
use crate::model::{Data, Graph, ItemId};
use common::PageCx;
pub use index::INDEX_KINDS;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum What {
    Front,
    Index(Kind),
    Item(ItemId),
    NotFound,
    /// Status, reporting and internal control: the way in.
    FollowUp,
    /// A unit's status overview with the units below.
    UnitStatus(ItemId),
    /// A reporting period: every unit's report and the municipality's roll-up.
    Period(Period),
    /// A year's internal-control summary for the council.
    ControlYear(i32),
}

#[derive(Clone, Debug)]
pub struct Page {
    /// From the tree's root, e.g. `assignments/x/index.html`.
    pub path: String,
    pub what: What,
}

impl Page {
    pub fn template(&self, g: &Graph) -> &'static str {
        match self.what {
            What::Front => "front.html",
            What::Index(_) => "index.html",
            What::NotFound => "404.html",
            What::FollowUp => "follow_up.html",
            What::UnitStatus(_) => "unit_status.html",
            What::Period(_) => "period.html",
            What::ControlYear(_) => "control_year.html",
            What::Item(id) => match g.item(id).kind {
                Kind::Unit => "unit.html",
                Kind::Plan => "plan.html",
                Kind::Goal => "goal.html",
                Kind::Strategy => "strategy.html",
                Kind::Measure => "measure.html",
                Kind::Verbal => "verbal.html",
                Kind::Letter => "letter.html",
                Kind::Assignment => "assignment.html",
                Kind::Task => "task.html",
                Kind::Indicator => "indicator.html",
                Kind::Checklist => "checklist.html",
                Kind::CheckItem => "checklist.html",
                Kind::Report => "report.html",
            },
        }
    }
}

/// Every page of the audience's tree: front page, 404, index pages of kinds it has, and a
/// page for every item it may see.
pub fn list(g: &Graph, audience: Audience) -> Vec<Page> {
    let mut pages = vec![
        Page {
            path: "index.html".into(),
            what: What::Front,
        },
        Page {
            path: "404.html".into(),
            what: What::NotFound,
        },
    ];
    for kind in INDEX_KINDS {
        if g.kind(kind)
            .iter()
            .any(|&i| audience.sees(g.item(i).visibility))
        {
            pages.push(Page {
                path: urls::index_path(kind),
                what: What::Index(kind),
            });
        }
    }
    for (i, item) in g.items.iter().enumerate() {
        if urls::has_page(item.kind) && audience.sees(item.visibility) {
            let id = ItemId(i as u32);
            pages.push(Page {
                path: urls::item_path(g, id),
                what: What::Item(id),
            });
        }
    }
    pages.extend(follow_up::pages(g, audience));
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
    pub current: bool,
}

const NAV_KINDS: [Kind; 7] = [
    Kind::Unit,
    Kind::Plan,
    Kind::Letter,
    Kind::Assignment,
    Kind::Indicator,
    Kind::Checklist,
    Kind::Report,
];

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
        href: v.href(&urls::index_path(kind)),
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
        href: v.href("index.html"),
        title: v.l("front_page"),
    }];
    let follow_up = || Crumb {
        href: v.href(urls::FOLLOW_UP),
        title: v.l("follow_up"),
    };
    match what {
        What::Front => return out,
        What::Index(_) | What::NotFound | What::FollowUp => {}
        What::Period(_) | What::ControlYear(_) => out.push(follow_up()),
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
    let mut nav: Vec<Nav> = NAV_KINDS
        .iter()
        .filter(|&&k| g.kind(k).iter().any(|&i| v.visible(i)))
        .map(|&k| Nav {
            href: v.href(&urls::index_path(k)),
            label: v.kinds_label(k),
            current: current == Some(k),
        })
        .collect();
    nav.push(Nav {
        href: v.href(urls::FOLLOW_UP),
        label: v.l("follow_up"),
        current: matches!(
            page.what,
            What::FollowUp | What::UnitStatus(_) | What::Period(_) | What::ControlYear(_)
        ),
    });
    Frame {
        root: v.root.clone(),
        path: page.path.clone(),
        crumbs: crumbs(v, page.what, &title),
        title,
        kind: match page.what {
            What::Front => "front",
            What::Index(_) => "index",
            What::NotFound => "not-found",
            What::FollowUp => "follow-up",
            What::UnitStatus(_) => "unit-status",
            What::Period(_) => "period",
            What::ControlYear(_) => "control-year",
            What::Item(id) => g.item(id).kind.key(),
        },
        audience: v.audience,
        nav,
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
    let p = PageCx {
        v: Ctx::new(g, audience, labels, &page.path),
        assets,
        used_assets: RefCell::new(Vec::new()),
    };
    let mut ctx = Context::new();
    let title = match page.what {
        What::Front => g.config.title.clone(),
        What::Index(k) => p.kinds_label(k),
        What::NotFound => p.l("not_found_title"),
        What::Item(id) => g.item(id).title.clone(),
        What::FollowUp => p.l("follow_up"),
        What::UnitStatus(u) => format!("{} – {}", p.l("status_overview"), g.item(u).title),
        What::Period(per) => format!("{} {}", p.l("reporting"), per.label(p.lang())),
        What::ControlYear(y) => format!("{} {y}", p.l("control_year_title")),
    };
    ctx.insert("frame", &frame(&p.v, page, title));
    match page.what {
        What::Front => ctx.insert("front", &index::front_view(&p)),
        What::Index(kind) => ctx.insert("index", &index::index_view(&p, kind)),
        What::NotFound => {}
        What::Item(id) => insert_item(&mut ctx, &p, id),
        What::FollowUp => ctx.insert("page", &follow_up::view(&p)),
        What::UnitStatus(u) => ctx.insert("page", &status::view(&p, u)),
        What::Period(per) => ctx.insert("page", &period::view(&p, per)),
        What::ControlYear(y) => ctx.insert("page", &control_year::view(&p, y)),
    }
    Ok((ctx, p.used_assets.into_inner()))
}

fn insert_item(ctx: &mut Context, p: &PageCx, id: ItemId) {
    match p.g.item(id).kind {
        Kind::Unit => ctx.insert("item", &unit::view(p, id)),
        Kind::Plan => ctx.insert("item", &plan::view(p, id)),
        Kind::Goal => ctx.insert("item", &plan::goal_view(p, id)),
        Kind::Strategy => ctx.insert("item", &plan::strategy_view(p, id)),
        Kind::Measure => ctx.insert("item", &plan::measure_view(p, id)),
        Kind::Verbal => ctx.insert("item", &plan::verbal_view(p, id)),
        Kind::Letter => ctx.insert("item", &letter::view(p, id)),
        Kind::Assignment => ctx.insert("item", &assignment::view(p, id)),
        Kind::Task => ctx.insert("item", &assignment::task_view(p, id)),
        Kind::Indicator => ctx.insert("item", &indicator::view(p, id)),
        Kind::Checklist | Kind::CheckItem => ctx.insert("item", &checklist::view(p, id)),
        Kind::Report => ctx.insert("item", &report::view(p, id)),
    }
}
