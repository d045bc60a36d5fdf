//! Resolve: raw items → one linked, validated graph with derived status.
//!
//! The order matters and each step relies on the one before: ids are registered (duplicates
//! found), relative links in Markdown checked against the files there are, references looked
//! up, parent cycles cut, automatic assignments made, reports applied, status derived,
//! indexes built, roll-ups counted, reporting periods listed, the warnings, and last the
//! people, agenda and trace indexes. Visibility that follows from other items (reports on
//! internal units, exemptions of containers) is settled before anything reads it.

mod added;
mod agenda;
mod auto;
mod build;
mod cycles;
mod entries;
mod links;
mod md_links;
mod people;
mod periods;
mod references;
pub mod registry;
mod reports;
mod rollup;
mod saved;
mod status;
mod texts;
mod values;
mod visibility;
mod warnings;

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::diag::Diagnostics;
use crate::load::Loaded;
use crate::model::vocab::Kind;
use crate::model::{Data, Graph, ItemId, PersonNames, Structure, Trace};
use crate::stages::{Stage, Stages};
pub use added::with_added;
pub use auto::HOP;
use registry::Registry;
pub use saved::with_saved;

/// A resolved site, with its problems in two parts (see [`TextProblems`]).
pub struct Resolved {
    pub graph: Graph,
    /// Every problem resolve found but those in `text`.
    pub diags: Diagnostics,
    pub text: TextProblems,
    /// How long each pass took, in order.
    pub passes: Vec<Stage>,
}

/// The problems that a file's text decides alone, once the rest of the site is known:
/// relative links that lead nowhere and person names in what it publishes. They are all a
/// change below a file's front matter can make or mend, so `serve` finds them again for the
/// files saved and keeps the rest ([`text_problems_of`]). By file (`content/…`).
pub type TextProblems = HashMap<crate::span::FilePath, Diagnostics>;

pub fn resolve(loaded: Loaded, today: NaiveDate, diags: &mut Diagnostics) -> Graph {
    resolve_with_passes(loaded, today, diags).0
}

/// [`resolve`], with the time each of its passes took (for `--verbose`).
pub fn resolve_with_passes(
    loaded: Loaded,
    today: NaiveDate,
    diags: &mut Diagnostics,
) -> (Graph, Vec<Stage>) {
    let Resolved {
        graph,
        diags: found,
        text,
        passes,
    } = resolve_parts(loaded, today);
    diags.extend(found);
    for (_, d) in text {
        diags.extend(d);
    }
    (graph, passes)
}

/// [`TextProblems`] of the file `raw` in `g`, where `raw` has the front matter `g` was
/// resolved with (only its body may differ, and `g` has that body).
pub fn text_problems_of(g: &Graph, raw: &crate::load::RawItem) -> Diagnostics {
    let mut diags = Diagnostics::new();
    let known = md_links::Known::new(&g.by_file, &g.assets, &g.root);
    md_links::check(raw, &known, &mut diags);
    let ids: Vec<ItemId> = (0..g.items.len() as u32)
        .map(ItemId)
        .filter(|&id| *g.item(id).origin.file == *raw.file)
        .collect();
    visibility::names_in_text(
        &g.items,
        &ids,
        |id| g.body(id),
        &g.config,
        &g.names,
        &mut diags,
    );
    diags
}

/// Resolve, with the problems of each file's text apart from the rest.
pub fn resolve_parts(loaded: Loaded, today: NaiveDate) -> Resolved {
    let mut found = Diagnostics::new();
    let diags = &mut found;
    let Loaded {
        root,
        config,
        items: raw,
        assets,
    } = loaded;

    let mut passes = Stages::new();
    let mut reg = Registry::default();
    let ids = build::register(&raw, &mut reg, diags);
    let by_file: rustc_hash::FxHashMap<String, ItemId> = raw
        .iter()
        .zip(&ids)
        .filter_map(|(r, &id)| Some((r.file.strip_prefix("content/")?.to_string(), id)))
        .collect();
    passes.pass("register");
    let mut text = Diagnostics::new();
    {
        let known = md_links::Known::new(&by_file, &assets, &root);
        for r in &raw {
            md_links::check(r, &known, &mut text);
        }
    }

    passes.pass("links in Markdown");
    // Room for the automatic assignments too (at most one per measure and verbalpunkt), so
    // that adding them does not move every item once more.
    let room = reg
        .kinds
        .iter()
        .filter(|k| matches!(k, Kind::Measure | Kind::Verbal))
        .count();
    let build::Built {
        mut items,
        bodies,
        deferred,
        parent_locs,
        source_locs,
    } = build::build_all(raw, &ids, &reg, &config, room, diags);
    debug_assert_eq!(
        items.len(),
        reg.kinds.len(),
        "items are built in the order they were registered"
    );

    passes.pass("build items");
    let cut = cycles::break_cycles(&mut items, &parent_locs, diags);
    visibility::clamp_reports(&mut items, diags);
    auto::make(&mut items, &config, &source_locs, diags);
    visibility::inherit_exemptions(&mut items);
    reports::apply(&mut items, &reg, &config, deferred, diags);
    status::derive(&mut items, &config, today);

    passes.pass("reports and status");
    let mut by_kind: HashMap<Kind, Vec<ItemId>> = HashMap::new();
    for (i, item) in items.iter().enumerate() {
        by_kind.entry(item.kind).or_default().push(ItemId(i as u32));
    }
    let units = by_kind.get(&Kind::Unit).cloned().unwrap_or_default();
    let root_unit = cycles::find_root(&items, &units, &cut, diags);
    if units.is_empty() && !items.is_empty() {
        diags
            .global_error("the site has no unit")
            .help("add the municipality as content/org/<id>.md with a title and no parent");
    }
    inherit_rhythm(&mut items);
    let backlinks = links::index(&mut items, root_unit);
    rollup::roll_up(&mut items, config.statuses.len());
    passes.pass("back-links, roll-ups");
    let periods = periods::index(&items, root_unit);
    default_report_titles(&mut items, &config);
    warnings::check(&items, diags);
    passes.pass("periods, warnings");
    // Once, for resolve's warnings and for every tree's guard and search index after it.
    let names = if crate::model::vocab::Audience::Open.sees_names(&config) {
        Arc::new(PersonNames::new(Vec::new()))
    } else {
        PersonNames::shared(PersonNames::wanted(&items))
    };
    passes.pass("person names");
    visibility::check(&items, &config, &names, diags);
    passes.pass("visibility");
    let mut body_of = vec![None; items.len()];
    for (id, body) in bodies {
        body_of[id.index()] = Some(body);
    }
    let every: Vec<ItemId> = (0..items.len() as u32).map(ItemId).collect();
    visibility::names_in_text(
        &items,
        &every,
        |id| body_of[id.index()].as_ref(),
        &config,
        &names,
        &mut text,
    );
    passes.pass("names in text");
    let internal_near = visibility::near_sources(&items, &source_locs, diags);
    let people = people::index(&items);
    let agenda = agenda::index(&items);

    passes.pass("people, agenda");
    let mut structure = Structure {
        config,
        root,
        today,
        by_key: reg.by_key,
        by_file: Arc::new(by_file),
        root_unit,
        by_kind: Arc::new(by_kind),
        backlinks: Arc::new(backlinks),
        trace: Arc::default(),
        periods: Arc::new(periods),
        assets: Arc::new(assets),
        people: Arc::new(people),
        agenda: Arc::new(agenda),
        names,
        internal_near: Arc::new(internal_near),
        items,
    };
    // Last: it reads the finished graph (back-links, automatic assignments, cut cycles).
    structure.trace = Arc::new(Trace::build(&structure));
    passes.pass("trace");
    Resolved {
        graph: Graph::new(structure, body_of),
        diags: found,
        text: text.by_file(),
        passes: passes.into_list(),
    }
}

/// A report may leave out `title`: it is the unit and the period ("Helse – 1. tertial 2026").
fn default_report_titles(
    items: &mut [Arc<crate::model::Item>],
    config: &crate::config::SiteConfig,
) {
    for i in 0..items.len() {
        if items[i].kind != Kind::Report || !items[i].title.is_empty() {
            continue;
        }
        let title = default_report_title(items, ItemId(i as u32), config);
        let item = Arc::make_mut(&mut items[i]);
        item.title = title;
        if let Data::Report(r) = &mut item.data {
            r.default_title = true;
        }
    }
}

/// The title of the report `id` when none is written: its unit's title and its period.
pub(super) fn default_report_title(
    items: &[Arc<crate::model::Item>],
    id: ItemId,
    config: &crate::config::SiteConfig,
) -> String {
    let Data::Report(r) = &items[id.index()].data else {
        return String::new();
    };
    let unit = r
        .unit
        .map(|u| items[u.index()].title.clone())
        .unwrap_or_default();
    let period = r
        .period
        .map(|p| p.label(&config.labels))
        .unwrap_or_default();
    match (unit.is_empty(), period.is_empty()) {
        (false, false) => format!("{unit} – {period}"),
        (false, true) => unit,
        _ => period,
    }
}

/// v1.2: a unit's `reporting` holds for every unit below it until one sets its own. After
/// cycles are cut, so each walk up ends. O(units · depth). A unit whose rhythm is as it
/// was is not copied (`serve` sets them again after a save of a unit).
pub(super) fn inherit_rhythm(items: &mut [Arc<crate::model::Item>]) {
    let own: Vec<(
        Option<crate::model::ItemId>,
        Option<crate::model::rhythm::Rhythm>,
    )> = items
        .iter()
        .map(|i| match &i.data {
            Data::Unit(u) => (u.parent, u.reporting),
            _ => (None, None),
        })
        .collect();
    for (i, item) in items.iter_mut().enumerate() {
        let Data::Unit(u) = &item.data else {
            continue;
        };
        let mut rhythm = None;
        let mut at = Some(ItemId(i as u32));
        let mut steps = 0;
        while let Some(x) = at {
            if let Some(r) = own[x.index()].1 {
                rhythm = Some(r);
                break;
            }
            at = own[x.index()].0;
            steps += 1;
            if steps > own.len() {
                break;
            }
        }
        if u.rhythm != rhythm
            && let Data::Unit(u) = &mut Arc::make_mut(item).data
        {
            u.rhythm = rhythm;
        }
    }
}
