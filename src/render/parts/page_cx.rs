//! What a page is made with: the audience's view of the graph ([`Ctx`]) plus the Markdown it
//! renders and the files beside content that Markdown links to.

use std::cell::RefCell;
use std::collections::HashSet;

use crate::model::ItemId;
use crate::model::vocab::Kind;
use crate::render::markdown::{self, MdContext};
use crate::render::view::Ctx;

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

impl PageCx<'_> {
    /// The items of a kind this audience may see, in the site's order.
    pub fn visible_of(&self, kind: Kind) -> Vec<ItemId> {
        self.g
            .kind(kind)
            .iter()
            .copied()
            .filter(|&i| self.visible(i))
            .collect()
    }

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
        let replacement = crate::render::view::withheld(self.labels);
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

    /// An item's body written out inside a page that holds several, under a heading of level
    /// `shift`, its ids prefixed with the item's key so that several bodies never share an id.
    pub fn body_nested(&self, id: ItemId, shift: u8) -> Option<String> {
        let item = self.g.item(id);
        let b = self.g.body(id)?;
        Some(
            self.markdown_nested(&b.markdown, self.g.dir_of(id), shift, Some(&item.key))
                .html,
        )
    }
}
