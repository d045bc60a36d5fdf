//! Index pages for folders that hold pages of one sort but had no page of their own
//! (`verksemdsplan/`, `leiaravtale/`, `status/periods/`, `status/internal-control/`,
//! `min-side/people/`, `min-side/units/`, `data/`, the council reports' folder): a reader who
//! shortens an address by one folder gets a list of what is in it, not a 404.
//!
//! Which folders get one is read from the pages themselves (the folder of each page of these
//! sorts, by [`urls::folder_index`]), so a folder moves with its pages' addresses.

use std::collections::BTreeSet;

use serde::Serialize;

use super::{Content, Page, Spec, View, What, Whose, folder_members};
use crate::model::people;
use crate::render::parts::frame::Section;
use crate::render::parts::{PageCx, council_reports};
use crate::render::urls;

/// A sort of page that lives in a folder of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Folder {
    Verksemdsplan,
    Leiaravtale,
    Periods,
    ControlYears,
    People,
    MinSideUnits,
    Data,
    CouncilReports,
}

impl Folder {
    /// The folder a page of this sort is in, if it is one of these sorts.
    fn of(what: What) -> Option<Folder> {
        Some(match what {
            What::Verksemdsplan(_) => Folder::Verksemdsplan,
            What::Leiaravtale(_) => Folder::Leiaravtale,
            What::Period(_) => Folder::Periods,
            What::ControlYear(_) => Folder::ControlYears,
            What::MinSide(Whose::Person(_)) => Folder::People,
            What::MinSide(Whose::Unit(_)) => Folder::MinSideUnits,
            What::Data(_) => Folder::Data,
            What::CouncilReport(_) => Folder::CouncilReports,
            _ => None?,
        })
    }
}

/// A folder index page for each of these sorts of page whose folder has no page yet.
pub fn pages(pages: &[Page]) -> Vec<Page> {
    let taken: BTreeSet<&str> = pages.iter().map(|p| p.path.as_str()).collect();
    let mut out: Vec<Page> = Vec::new();
    for page in pages {
        let Some(folder) = Folder::of(page.what) else {
            continue;
        };
        let path = urls::folder_index(&page.path);
        if !taken.contains(path.as_str()) && !out.iter().any(|p| p.path == path) {
            out.push(Page {
                path,
                what: What::Folder(folder),
            });
        }
    }
    out
}

#[derive(Serialize)]
pub struct FolderView {
    pub links: Vec<FolderLink>,
    /// A filter box above a long list (people, units).
    pub filter: bool,
}

#[derive(Serialize)]
pub struct FolderLink {
    pub href: String,
    pub title: String,
}

/// A folder's index, titled by what it holds.
pub fn page(folder: Folder) -> Spec {
    Spec::page("folder.html", "folder", Section::None, move |p| {
        Content::new(title(p, folder), Vec::new(), View::page(&view(p, folder)))
    })
}

fn title(p: &PageCx, folder: Folder) -> String {
    match folder {
        Folder::Verksemdsplan => p.l("folder_print_plans"),
        Folder::Leiaravtale => p.l("folder_agreements"),
        Folder::Periods => p.l("reporting_periods"),
        Folder::ControlYears => p.l("folder_control_years"),
        Folder::People => format!("{} – {}", p.l("min_side"), p.l("people")),
        Folder::MinSideUnits => format!(
            "{} – {}",
            p.l("min_side"),
            p.kinds_label(crate::model::vocab::Kind::Unit)
        ),
        Folder::Data => p.l("open_data"),
        Folder::CouncilReports => p.l("council_reports"),
    }
}

fn view(p: &PageCx, folder: Folder) -> FolderView {
    let g = p.g;
    // The pages of `folder` in this tree (the same lists the tree's pages come from).
    let mut pages: Vec<Page> = folder_members(g, p.audience, folder)
        .into_iter()
        .filter(|pg| Folder::of(pg.what) == Some(folder))
        .collect();
    // Newest period first, as on the follow-up page.
    if folder == Folder::Periods {
        pages.sort_by_key(|pg| match pg.what {
            What::Period(per) => std::cmp::Reverse(Some(per.sort_key())),
            _ => std::cmp::Reverse(None),
        });
    }
    let links = pages
        .iter()
        .filter_map(|pg| {
            let title = match pg.what {
                What::Verksemdsplan(u) | What::Leiaravtale(u) | What::MinSide(Whose::Unit(u)) => {
                    p.link(u)?.title
                }
                What::Period(per) => per.heading(p.labels),
                What::ControlYear(y) => format!("{} {y}", p.l("control_year_title")),
                What::MinSide(Whose::Person(i)) => {
                    let person: &people::Person = g.people.list.get(i)?;
                    p.person(Some(&person.name))?
                }
                What::Data(_) => pg.path.rsplit('/').next()?.to_string(),
                What::CouncilReport(per) => council_reports::title(p, per),
                _ => return None,
            };
            Some(FolderLink {
                href: p.href(&pg.path),
                title,
            })
        })
        .collect();
    FolderView {
        links,
        filter: matches!(folder, Folder::People | Folder::MinSideUnits),
    }
}
