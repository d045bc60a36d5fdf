//! The search documents of one tree: one per item the audience may see, with the text a
//! reader can find it by and the facts the filters and the result list need.
//!
//! Everything here goes through [`Ctx`]: an item enters only if [`Ctx::visible`] says so, its
//! unit only if that unit is visible too, and no field that holds a person's name (unit
//! leaders, persons responsible for tasks) is read at all. So the open tree's index holds
//! exactly what the open tree's pages may show.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::commonmark;
use crate::model::people::Person;
use crate::model::vocab::{Kind, Visibility};
use crate::model::{Data, ItemId, Source, StatusIx};
use crate::render::urls;
use crate::render::view::Ctx;

/// What a search document is: an item of a kind, or (in the internal tree) a person, whose
/// page is their Min side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    Item(Kind),
    Person,
}

/// One searchable item or person.
#[derive(Debug, Clone)]
pub struct Doc {
    /// The item; for a person, the unit they lead or the task they answer for first.
    pub id: ItemId,
    /// From the tree's root: `assignments/x/index.html` (or `checklists/y/index.html#z`).
    pub path: String,
    pub kind: DocKind,
    pub key: String,
    pub title: String,
    pub summary: Option<String>,
    /// A person's text (what they lead). An item's text is made when it is indexed
    /// ([`text`]): every body as plain text at once was most of the index's memory.
    pub text: String,
    /// The unit the item belongs to (owner, responsible unit, report unit …), if visible.
    pub unit: Option<ItemId>,
    pub status: Option<StatusIx>,
    pub overdue: bool,
    pub year: Option<i32>,
    pub category: Option<usize>,
    /// An internal item (so only ever in the internal tree's index).
    pub internal: bool,
}

/// Every document the audience may find, kinds in [`Kind::FINDABLE`], items in file order within a
/// kind, but each task right after its assignment (the documents are stored a few to a file,
/// and a query that finds an assignment often finds its tasks: they share its words), then
/// (in the internal tree) the people, so that a name finds its Min side. Linear in the
/// number of items.
pub fn documents(v: &Ctx) -> Vec<Doc> {
    let g = v.g;
    let mut out = Vec::new();
    for kind in Kind::FINDABLE {
        if kind == Kind::Task {
            continue;
        }
        for &id in g.kind(kind) {
            if !v.visible(id) {
                continue;
            }
            out.push(document(v, id));
            if let Some(a) = g.assignment(id) {
                out.extend(
                    a.tasks
                        .iter()
                        .filter(|&&t| v.visible(t))
                        .map(|&t| document(v, t)),
                );
            }
        }
    }
    if v.audience.sees_staff_tools() {
        out.extend(g.people.list.iter().filter_map(|p| person(v, p)));
    }
    out
}

/// A person's document: their name, what they lead and the tasks they answer for.
fn person(v: &Ctx, p: &Person) -> Option<Doc> {
    let g = v.g;
    let name = v.person(Some(g.people.shown(&p.name)))?;
    let id = *p.leads.first().or(p.tasks.first())?;
    let mut text = String::new();
    for &u in &p.leads {
        let unit = g.item(u);
        let role = g.unit(u).and_then(|x| x.leader.as_ref()?.role.clone());
        push_block(&mut text, &format!("{} {}", v.l("leads"), unit.title));
        if let Some(role) = role {
            push_block(&mut text, &role);
        }
    }
    let lead = p.leads.first().copied();
    Some(Doc {
        id,
        path: urls::min_side_person_path(g.config.language, &p.slug),
        kind: DocKind::Person,
        key: p.slug.clone(),
        title: name,
        summary: None,
        text,
        unit: lead.filter(|&u| v.visible(u)),
        status: None,
        overdue: false,
        year: None,
        category: None,
        internal: false,
    })
}

/// The text `d` is found by, names not redacted: a person's, or the item's body or
/// description as plain text, plus short fields such as a case number.
pub fn text(v: &Ctx, d: &Doc) -> String {
    if d.kind == DocKind::Person {
        return d.text.clone();
    }
    let g = v.g;
    let item = g.item(d.id);
    let mut text = String::new();
    if let Some(body) = g.body(d.id) {
        plain_text(&body.markdown, &mut text);
    }
    let (description, extra): (_, Option<&str>) = match &item.data {
        Data::Assignment(a) => (
            None,
            match &a.source {
                Source::Text(t) => v.source_text(t),
                _ => None,
            },
        ),
        Data::Task(t) => (t.description.as_ref(), None),
        Data::Plan(p) => (None, p.case.as_deref()),
        Data::Goal(x) => (x.description.as_ref(), None),
        Data::Strategy(x) => (x.description.as_ref(), None),
        Data::Measure(x) => (x.description.as_ref(), None),
        Data::Verbal(x) => (x.description.as_ref(), x.case.as_deref()),
        Data::CheckItem(x) => (x.description.as_ref(), x.purpose.as_deref()),
        Data::Indicator(x) => (None, x.source.as_deref()),
        Data::Unit(u) => (None, u.level.as_deref()),
        Data::Letter(_) | Data::Checklist(_) | Data::Report(_) | Data::Event(_) => (None, None),
    };
    if let Some(d) = description {
        plain_text(d, &mut text);
    }
    if let Some(e) = extra {
        push_block(&mut text, e);
    }
    text
}

fn document(v: &Ctx, id: ItemId) -> Doc {
    let g = v.g;
    let item = g.item(id);
    let track = g.tracking(id);
    let (year, category) = match &item.data {
        Data::Assignment(a) => (a.year, Some(a.category)),
        Data::Task(t) => {
            let a = g.assignment(t.assignment);
            (a.and_then(|a| a.year), a.map(|a| a.category))
        }
        Data::Letter(l) => (l.year, None),
        Data::Checklist(c) => (c.year, None),
        Data::Report(r) => (r.period.map(|p| p.year()), None),
        _ => (None, None),
    };
    Doc {
        id,
        path: urls::item_path(g, id),
        kind: DocKind::Item(item.kind),
        key: item.key.clone(),
        title: item.title.clone(),
        summary: item.summary.clone(),
        text: String::new(),
        unit: v.unit_of(item).filter(|&u| v.visible(u)),
        status: track.map(|t| t.status),
        overdue: track.is_some_and(|t| t.overdue),
        year,
        category,
        internal: item.visibility == Visibility::Internal,
    }
}

fn push_block(out: &mut String, s: &str) {
    if !out.is_empty() && !out.ends_with(' ') {
        out.push(' ');
    }
    out.push_str(s.trim());
}

/// Markdown as the text a reader sees: words of text, code and image descriptions; no link
/// targets, no raw HTML (which may hold comments the page does not show).
pub fn plain_text(md: &str, out: &mut String) {
    let mut gap = !out.is_empty();
    for event in Parser::new_ext(md, commonmark::options()) {
        match event {
            Event::Text(t) | Event::Code(t) => {
                if gap && !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
                gap = false;
                out.push_str(&t);
            }
            Event::SoftBreak | Event::HardBreak => gap = true,
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::Item | Tag::TableCell)
            | Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell,
            ) => gap = true,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_becomes_the_words_a_reader_sees() {
        let mut out = String::new();
        plain_text(
            "# Mål\n\nNye *barnehagar* i [Østre](../org/ostre.md).\n\n<!-- ikkje vis -->\n\n| a | b |\n|---|---|\n| c | d |\n\n- ein\n- to `kode`\n",
            &mut out,
        );
        assert_eq!(out, "Mål Nye barnehagar i Østre. a b c d ein to kode");
    }
}
