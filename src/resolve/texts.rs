//! The texts of a saved file put into the next graph (see [`crate::load::Edit::Texts`]).
//! What resolve derives reads them in five places only: a report with no title of its own
//! is named after its unit (made again here, [`retitle`]); an automatic assignment copies its
//! measure's or verbalpunkt's title and summary (copied here too); a report's comments are
//! copied into the status history of what it reports on and into the answers of the
//! checklist items (see `values.rs`); the person names looked for leave out words that
//! are a public item's title (a title that is or was such a name is left to a whole
//! resolve, see `saved.rs`); and the warnings about names in public text, which `serve`
//! finds again for the saved files ([`super::text_problems_of`]).

use std::collections::HashSet;
use std::sync::Arc;

use crate::config::SiteConfig;
use crate::load::RawItem;
use crate::load::raw::Common;
use crate::model::vocab::Visibility;
use crate::model::{Data, Item, ItemId};

/// Puts the texts of the file `raw` into its item at `id` and the inline items after it
/// (see [`put`]). `None` when an item is not where the file's own registration put it,
/// which a file that changed more than texts and values would cause.
pub fn put_file(
    items: &mut [Arc<Item>],
    id: ItemId,
    raw: &RawItem,
    titles: &mut HashSet<String>,
) -> Option<()> {
    let mut at = id.index();
    put(items, at, &raw.id.value, &raw.common, None, titles)?;
    for (inline, _) in super::build::inline_items(raw) {
        at += 1;
        let description = inline.description.as_ref().map(|d| d.value.as_str());
        put(
            items,
            at,
            &inline.id.value,
            &inline.common,
            description,
            titles,
        )?;
        // A value before it in its line may have moved it (`Edit::Values { moved }`).
        let item = &mut items[at];
        if item.origin.pos != inline.pos {
            Arc::make_mut(item).origin.pos = inline.pos;
        }
    }
    Some(())
}

/// Puts one item's texts at `at`, and into the automatic assignment made from it; adds a
/// public title that changed to `titles`, as it was and as it is (lower case).
fn put(
    items: &mut [Arc<Item>],
    at: usize,
    key: &str,
    common: &Common,
    description: Option<&str>,
    titles: &mut HashSet<String>,
) -> Option<()> {
    let old = items.get(at).filter(|i| i.key == key)?;
    // An empty title was given a default, and stays empty in a change of texts.
    let title = common
        .title
        .as_ref()
        .map(|t| &t.value)
        .filter(|t| !t.is_empty() && **t != old.title);
    if let Some(t) = title
        && old.visibility == Visibility::Public
    {
        titles.insert(old.title.to_lowercase());
        titles.insert(t.to_lowercase());
    }
    let item = Arc::make_mut(&mut items[at]);
    if let Some(t) = title {
        item.title.clone_from(t);
    }
    item.summary.clone_from(&common.summary);
    let made = match &item.data {
        Data::Measure(m) => m.assignment,
        Data::Verbal(v) => v.assignment,
        _ => None,
    };
    let slot = match &mut item.data {
        Data::Goal(g) => Some(&mut g.description),
        Data::Strategy(s) => Some(&mut s.description),
        Data::Measure(m) => Some(&mut m.description),
        Data::Verbal(v) => Some(&mut v.description),
        Data::Task(t) => Some(&mut t.description),
        Data::CheckItem(c) => Some(&mut c.description),
        _ => None,
    };
    if let Some(slot) = slot {
        *slot = description.map(str::to_string);
    }
    // `assignment` is also an assignment file that names it as its `source`: that one has
    // texts of its own.
    if let Some(made) = made {
        let (title, summary) = (item.title.clone(), item.summary.clone());
        let assignment = items.get_mut(made.index())?;
        if matches!(&assignment.data, Data::Assignment(a) if a.automatic) {
            let assignment = Arc::make_mut(assignment);
            assignment.title = title;
            assignment.summary = summary;
        }
    }
    Some(())
}

/// The report `id` given its title again when none is written
/// ([`super::default_report_title`]: its unit's title and its period changed); a public
/// one's titles, as it was and as it is, added to `titles` (see [`put`]).
pub fn retitle(
    items: &mut [Arc<Item>],
    id: ItemId,
    cfg: &SiteConfig,
    titles: &mut HashSet<String>,
) {
    if !matches!(&items[id.index()].data, Data::Report(r) if r.default_title) {
        return;
    }
    let title = super::default_report_title(items, id, cfg);
    let item = &items[id.index()];
    if item.title == title {
        return;
    }
    if item.visibility == Visibility::Public {
        titles.insert(item.title.to_lowercase());
        titles.insert(title.to_lowercase());
    }
    Arc::make_mut(&mut items[id.index()]).title = title;
}
