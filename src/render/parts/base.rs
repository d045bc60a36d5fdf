//! The title block every item page starts with: kind, title, summary, body with its table of
//! contents, what marks it internal, where to edit it, and "what refers here".

use serde::Serialize;

use super::PageCx;
use crate::model::ItemId;
use crate::model::vocab::Kind;
use crate::render::markdown::Heading;
use crate::render::view::Card;

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
    pub fn base(&self, id: ItemId, shown_elsewhere: &[Kind]) -> Base {
        self.base_under(id, shown_elsewhere, 1)
    }

    /// [`base`](Self::base) for a page that puts the body under a heading of level `level`
    /// rather than right under its `<h1>`.
    pub fn base_under(&self, id: ItemId, shown_elsewhere: &[Kind], level: u8) -> Base {
        let item = self.g.item(id);
        let (body, toc) = match self.g.body(id) {
            Some(b) => {
                let md = self.markdown_nested(&b.markdown, self.g.dir_of(id), level, None);
                (Some(md.html), md.headings)
            }
            None => (None, Vec::new()),
        };
        let internal_tree = self.audience.sees_staff_tools();
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
}
