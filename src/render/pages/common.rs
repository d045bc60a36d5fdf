//! Parts shared by item pages: the title block, the body, "what refers here".

use std::cell::RefCell;
use std::collections::HashSet;

use serde::Serialize;

use super::super::markdown::{self, Heading, MdContext};
use super::super::view::{Card, Ctx};
use crate::model::vocab::{Audience, Kind};
use crate::model::{ItemId, UnitStats};

/// Rendering one page: the audience's view plus what the page pulls in.
pub struct PageCx<'g> {
    pub v: Ctx<'g>,
    pub assets: &'g HashSet<String>,
    /// Files beside content the page links to; the writer copies them into the tree.
    pub used_assets: RefCell<Vec<String>>,
}

impl<'g> std::ops::Deref for PageCx<'g> {
    type Target = Ctx<'g>;
    fn deref(&self) -> &Ctx<'g> {
        &self.v
    }
}

#[derive(Serialize)]
pub struct Base {
    pub key: String,
    pub kind: &'static str,
    pub kind_label: String,
    pub title: String,
    pub summary: Option<String>,
    /// The Markdown body as HTML.
    pub body: Option<String>,
    /// The body's headings, for an "on this page" list.
    pub toc: Vec<Heading>,
    pub internal: bool,
    pub exemption: Option<String>,
    /// The file to edit, shown to employees only.
    pub source_file: Option<String>,
    /// The forge's edit page of that file, where site.toml names `repo_url` (employees only).
    pub edit_url: Option<String>,
    /// Items that refer to this one, by kind (kinds the page shows in full are left out).
    pub referenced_by: Vec<Group>,
}

#[derive(Serialize)]
pub struct Group {
    pub label: String,
    pub cards: Vec<Card>,
}

impl PageCx<'_> {
    pub fn markdown(&self, md: &str, dir: &str) -> markdown::Markdown {
        self.markdown_nested(md, dir, 1, None)
    }

    /// Markdown shown inside a page that holds several: its headings `shift` levels down
    /// (`shift` is the level of the heading it sits under), its ids prefixed with `id_prefix`.
    pub fn markdown_nested(
        &self,
        md: &str,
        dir: &str,
        shift: u8,
        id_prefix: Option<&str>,
    ) -> markdown::Markdown {
        let replacement = super::super::view::withheld(self.labels);
        let cx = MdContext {
            graph: self.g,
            audience: self.audience,
            root: &self.root,
            dir,
            assets: self.assets,
            done: self.labels.get("task_done"),
            not_done: self.labels.get("task_not_done"),
            shift,
            id_prefix,
            table: self.labels.get("table"),
            // Withheld while rendering, so that no heading anchor or table of contents is
            // made of a name either.
            withhold: self.names_withheld().map(|n| (n, replacement.as_str())),
        };
        let out = markdown::render(md, &cx);
        self.used_assets
            .borrow_mut()
            .extend(out.assets.iter().cloned());
        out
    }

    /// Markdown in a field of item `id` (an inline item's `description`) on the item's own
    /// page: its relative links are read from the file the field is written in.
    pub fn markdown_field(&self, text: Option<&String>, id: ItemId) -> Option<String> {
        text.map(|t| self.markdown(t, self.g.dir_of(id)).html)
    }

    /// The same, on a page that shows it among others', under a heading of level `shift`:
    /// headings go below it, ids get the item's id in front.
    pub fn markdown_field_nested(
        &self,
        text: Option<&String>,
        id: ItemId,
        shift: u8,
    ) -> Option<String> {
        let key = &self.g.item(id).key;
        text.map(|t| {
            self.markdown_nested(t, self.g.dir_of(id), shift, Some(key))
                .html
        })
    }

    pub fn base(&self, id: ItemId, shown_elsewhere: &[Kind]) -> Base {
        self.base_under(id, shown_elsewhere, 1)
    }

    /// [`base`](Self::base) for a page that puts the body under a heading of level `level`
    /// rather than right under its `<h1>`.
    pub fn base_under(&self, id: ItemId, shown_elsewhere: &[Kind], level: u8) -> Base {
        let item = self.g.item(id);
        let (body, toc) = match &item.body {
            Some(b) => {
                let md = self.markdown_nested(&b.markdown, self.g.dir_of(id), level, None);
                (Some(md.html), md.headings)
            }
            None => (None, Vec::new()),
        };
        let internal_tree = self.audience == Audience::Internal;
        Base {
            key: item.key.clone(),
            kind: item.kind.key(),
            kind_label: self.kind_label(item.kind),
            title: item.title.clone(),
            summary: item.summary.clone(),
            body,
            toc,
            internal: item.visibility == crate::model::vocab::Visibility::Internal,
            exemption: item.exemption.clone().filter(|_| internal_tree),
            source_file: internal_tree.then(|| item.origin.file.to_string()),
            edit_url: self
                .g
                .config
                .repo
                .as_ref()
                .filter(|_| internal_tree)
                .map(|r| crate::render::forge::edit_url(r, &item.origin.file)),
            referenced_by: self.referenced_by(id, shown_elsewhere),
        }
    }

    pub fn referenced_by(&self, id: ItemId, except: &[Kind]) -> Vec<Group> {
        let mut groups: Vec<(Kind, Vec<Card>)> = Vec::new();
        for b in &self.g.backlinks[id.index()] {
            let kind = self.g.item(b.from).kind;
            if except.contains(&kind) {
                continue;
            }
            let Some(card) = self.card(b.from) else {
                continue;
            };
            match groups.iter_mut().find(|(k, _)| *k == kind) {
                Some((_, cards)) => cards.push(card),
                None => groups.push((kind, vec![card])),
            }
        }
        groups.sort_by_key(|(k, _)| *k);
        groups
            .into_iter()
            .map(|(k, cards)| Group {
                label: self.kinds_label(k),
                cards,
            })
            .collect()
    }

    pub fn stats(&self, stats: &[UnitStats; 2]) -> StatsView {
        let s = &stats[self.audience as usize];
        let rows = self
            .g
            .config
            .statuses
            .iter()
            .enumerate()
            .map(|(i, _)| StatsRow {
                status: self.status(i).expect("index of a defined status"),
                own_assignments: s.own_assignments.by_status.get(i).copied().unwrap_or(0),
                all_assignments: s.all_assignments.by_status.get(i).copied().unwrap_or(0),
                own_tasks: s.own_tasks.by_status.get(i).copied().unwrap_or(0),
                all_tasks: s.all_tasks.by_status.get(i).copied().unwrap_or(0),
            })
            .collect();
        StatsView {
            rows,
            own_assignments: s.own_assignments.total,
            all_assignments: s.all_assignments.total,
            own_tasks: s.own_tasks.total,
            all_tasks: s.all_tasks.total,
            overdue_own_assignments: s.own_assignments.overdue,
            overdue_all_assignments: s.all_assignments.overdue,
            overdue_own_tasks: s.own_tasks.overdue,
            overdue_all_tasks: s.all_tasks.overdue,
            progress_own: s.own_assignments.mean_progress(),
            progress_all: s.all_assignments.mean_progress(),
        }
    }
}

#[derive(Serialize)]
pub struct StatsRow {
    pub status: super::super::view::StatusView,
    pub own_assignments: u32,
    pub all_assignments: u32,
    pub own_tasks: u32,
    pub all_tasks: u32,
}

#[derive(Serialize)]
pub struct StatsView {
    pub rows: Vec<StatsRow>,
    pub own_assignments: u32,
    pub all_assignments: u32,
    pub own_tasks: u32,
    pub all_tasks: u32,
    pub overdue_own_assignments: u32,
    pub overdue_all_assignments: u32,
    pub overdue_own_tasks: u32,
    pub overdue_all_tasks: u32,
    pub progress_own: Option<u32>,
    pub progress_all: Option<u32>,
}
