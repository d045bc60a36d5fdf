//! The resolved graph: every item typed, every reference an [`ItemId`], with derived status,
//! roll-ups and back-links computed once. Render reads it and never sees a raw id string.

pub mod agenda;
pub mod audience;
pub mod coverage;
pub mod ids;
mod names;
pub mod people;
pub mod rhythm;
mod stats;
pub mod trace;
/// The vocabulary lies below `config` as well as the graph (see [`crate::vocab`]); every stage
/// names it as part of the model.
pub use crate::vocab;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::config::SiteConfig;
use crate::span::Loc;
pub use names::{Found, PersonNames, names_in, tags_in};
pub use stats::{Counts, UnitStats};
pub use trace::Trace;
use vocab::{
    Achievement, Answer, AnswerKind, Direction, EventDay, IndicatorKind, Kind, Period, Stage,
    Visibility,
};

/// A file beside content (an image, a PDF, a CSV file), as the guarded listing of `content/`
/// found it: load lists them, the graph keeps them, render publishes them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Asset {
    /// Path under `content/`, with `/`.
    pub rel: String,
    pub path: PathBuf,
}

/// Index of an item in [`Graph::items`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ItemId(pub u32);

impl ItemId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// Index into `config.statuses`.
pub type StatusIx = usize;

/// The resolved site: its structure, shared, and the items' bodies beside it.
///
/// A body is the one part of a file that no other item depends on: `serve` makes the next
/// version of a site whose files changed only below their front matter from the last one,
/// with the same structure (an `Arc`) and other bodies ([`Graph::with_bodies`]), instead of
/// resolving the whole site again. Everything else is read through the structure as if it
/// were here (`Deref`).
#[derive(Clone)]
pub struct Graph {
    structure: Arc<Structure>,
    /// By [`ItemId`]: only items written as files of their own have one.
    bodies: Vec<Option<Body>>,
}

impl std::ops::Deref for Graph {
    type Target = Structure;

    fn deref(&self) -> &Structure {
        &self.structure
    }
}

impl Graph {
    pub fn new(structure: Structure, bodies: Vec<Option<Body>>) -> Graph {
        debug_assert_eq!(bodies.len(), structure.items.len());
        Graph {
            structure: Arc::new(structure),
            bodies,
        }
    }

    /// The Markdown below an item's front matter, if it has any.
    pub fn body(&self, id: ItemId) -> Option<&Body> {
        self.bodies.get(id.index())?.as_ref()
    }

    /// This graph with other bodies for some items: the structure is shared, not copied.
    pub fn with_bodies(&self, new: impl IntoIterator<Item = (ItemId, Option<Body>)>) -> Graph {
        Graph {
            structure: self.structure.clone(),
            bodies: self.bodies_with(new),
        }
    }

    /// A graph of another structure with this one's bodies but `new`: for a structure made
    /// from this one's, with the same items.
    pub fn with_structure(
        &self,
        structure: Structure,
        new: impl IntoIterator<Item = (ItemId, Option<Body>)>,
    ) -> Graph {
        Graph::new(structure, self.bodies_with(new))
    }

    /// A graph of `structure`, which has an item more than this one at `at` (see
    /// [`Structure::make_room`]); its body is none yet.
    pub fn with_room(&self, structure: Structure, at: ItemId) -> Graph {
        let mut bodies = self.bodies.clone();
        bodies.insert(at.index(), None);
        Graph::new(structure, bodies)
    }

    /// This graph's bodies, with `new` in place of some.
    fn bodies_with(
        &self,
        new: impl IntoIterator<Item = (ItemId, Option<Body>)>,
    ) -> Vec<Option<Body>> {
        let mut bodies = self.bodies.clone();
        for (id, body) in new {
            if let Some(slot) = bodies.get_mut(id.index()) {
                *slot = body;
            }
        }
        bodies
    }

    /// The structure, shared by the graphs made from this one by [`Graph::with_bodies`]:
    /// what is derived from it alone can be kept for them.
    pub fn structure(&self) -> &Arc<Structure> {
        &self.structure
    }
}

/// Everything resolve derives from a site but the bodies (see [`Graph`]).
///
/// Each item, and each index beside them, is shared (`Arc`): a copy of the structure costs
/// a pointer per item, and the items a save changed are copied alone (`Arc::make_mut`), so
/// that `serve` makes the next version after a change of texts or status values without
/// resolving the site again (`resolve::with_saved`).
#[derive(Debug, Clone)]
pub struct Structure {
    pub config: SiteConfig,
    pub root: PathBuf,
    /// The day overdue and "current period" are judged by.
    pub today: NaiveDate,
    pub items: Vec<Arc<Item>>,
    /// Ids as written → item. Automatic assignments share their measure's or verbalpunkt's id
    /// and are reached through it ([`Measure::assignment`], [`Verbal::assignment`]).
    pub by_key: Arc<rustc_hash::FxHashMap<String, ItemId>>,
    /// Content-relative path of a file → its item, for links between bodies.
    pub by_file: Arc<rustc_hash::FxHashMap<String, ItemId>>,
    /// The unit without a parent: the municipality.
    pub root_unit: Option<ItemId>,
    /// Items of each kind, in file order (inline items in the order written).
    pub by_kind: Arc<HashMap<Kind, Vec<ItemId>>>,
    /// Who refers to each item, and through which field.
    pub backlinks: Arc<Vec<Vec<Backlink>>>,
    /// Den raude tråden: paths up from each assignment, what is below each goal.
    pub trace: Arc<Trace>,
    /// Every period some report is for, oldest first, with its reports.
    pub periods: Arc<Vec<PeriodReports>>,
    pub assets: Arc<Vec<Asset>>,
    /// People named as responsible for a task or as a unit's leader.
    pub people: Arc<people::People>,
    /// Deadlines by date, for the year wheel and the calendars.
    pub agenda: Arc<agenda::Agenda>,
    /// The person names to look for in text: empty when the site publishes names. Shared with
    /// every tree's guard (see `render::guard`).
    pub names: Arc<PersonNames>,
    /// The ids of internal items as an editor may mistype them ([`near_key`]): a free-text
    /// `source` that is one of these is not shown where the item is not.
    pub internal_near: Arc<std::collections::HashSet<String>>,
}

/// An id as it may be mistyped: lower case, every run of `-`, `_`, `.`, `/` and white space
/// one `-`, none at the ends (`Oppdrag_Intern-1` and `oppdrag intern 1` are
/// `oppdrag-intern-1`).
pub fn near_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars().flat_map(char::to_lowercase) {
        if c.is_whitespace() || matches!(c, '-' | '_' | '.' | '/' | '\u{2013}') {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        } else {
            out.push(c);
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// The reports of one period, in organisation order of their units (then by date).
#[derive(Debug, Clone)]
pub struct PeriodReports {
    pub period: Period,
    pub reports: Vec<ItemId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Backlink {
    pub from: ItemId,
    pub field: &'static str,
}

#[derive(Debug, Clone)]
pub struct Item {
    /// The id as written.
    pub key: String,
    pub kind: Kind,
    pub title: String,
    pub summary: Option<String>,
    /// Effective visibility: never more public than the container.
    pub visibility: Visibility,
    pub exemption: Option<String>,
    pub origin: Loc,
    /// The item an inline item is written in (plan, assignment, checklist), or the measure or
    /// verbalpunkt an automatic assignment comes from.
    pub container: Option<ItemId>,
    pub data: Data,
}

/// An item's body; kept in [`Graph`], beside the structure.
#[derive(Debug, Clone)]
pub struct Body {
    /// Shared with the raw item it was read as (see `load::RawItem::body`).
    pub markdown: Arc<str>,
    pub line: u32,
}

impl Body {
    /// The body of a file whose Markdown below the front matter is `markdown`, starting on
    /// `line`: none when that is only white space.
    pub fn of(markdown: Arc<str>, line: u32) -> Option<Body> {
        (!markdown.trim().is_empty()).then_some(Body { markdown, line })
    }
}

#[derive(Debug, Clone)]
pub enum Data {
    Unit(Box<Unit>),
    Plan(Plan),
    Goal(Goal),
    Strategy(Strategy),
    Measure(Measure),
    Verbal(Verbal),
    Letter(Letter),
    Assignment(Assignment),
    Task(Task),
    Indicator(Indicator),
    Checklist(Checklist),
    CheckItem(CheckItem),
    Report(Report),
    Event(Event),
}

/// v1.2: an event of the site's own for the year wheel and the calendars (`events/`).
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub day: EventDay,
    /// The last day of an event over several days.
    pub end: Option<EventDay>,
    /// The units it concerns; their calendars hold it (every calendar when empty).
    pub units: Vec<ItemId>,
}

#[derive(Debug, Clone, Default)]
pub struct Unit {
    pub parent: Option<ItemId>,
    pub children: Vec<ItemId>,
    /// 0 for the municipality.
    pub depth: u32,
    pub level: Option<String>,
    pub leader: Option<Leader>,
    pub budget: Vec<Budget>,
    /// Extension: what the leader agreement adds to what is drawn from the unit's plan.
    pub agreement: Option<Agreement>,
    /// v1.2 `reporting` as the unit's own file sets it.
    pub reporting: Option<rhythm::Rhythm>,
    /// Its own `reporting` or the nearest unit's above it; `None` when none on the way up sets
    /// one (then `site.toml` decides: [`Graph::rhythm_of`]).
    pub rhythm: Option<rhythm::Rhythm>,
    /// Assignments it owns or is given, in file order.
    pub assignments: Vec<ItemId>,
    /// Tasks it is responsible for.
    pub tasks: Vec<ItemId>,
    pub letters_from: Vec<ItemId>,
    pub letters_to: Vec<ItemId>,
    pub reports: Vec<ItemId>,
    /// Indicators that name it in `units`.
    pub indicators: Vec<ItemId>,
    /// Indicators with values for it (CSV rows or reports), each once; whether a page may
    /// show one depends on where its values come from.
    pub indicator_data: Vec<ItemId>,
    /// Checklists whose scope holds this unit.
    pub checklists: Vec<ItemId>,
    pub plans: Vec<ItemId>,
    pub measures: Vec<ItemId>,
    pub verbal: Vec<ItemId>,
    /// Status counts as each audience may see them, indexed by `Audience as usize`.
    pub stats: [UnitStats; 2],
}

impl Unit {
    /// A unit's indicators: those that name it in `units`, then those with values for it,
    /// each once (docs/content-format.md, "A unit's indicators").
    pub fn all_indicators(&self) -> Vec<ItemId> {
        let mut out = self.indicators.clone();
        for &i in &self.indicator_data {
            if !out.contains(&i) {
                out.push(i);
            }
        }
        out
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Leader {
    pub role: Option<String>,
    /// Personal data: shown in the open tree only when `publish_person_names` is true.
    pub name: Option<String>,
}

/// Extension `[agreement]` of a unit: the year of the leader agreement and its own text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Agreement {
    /// Default: the year of `today`.
    pub year: Option<i32>,
    /// Markdown: commitments the assignments and goals do not say.
    pub text: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Budget {
    pub year: i32,
    pub amount: i64,
    pub note: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Plan {
    /// Index into `plan_kinds`; `None` when the plan names no kind.
    pub plan_kind: Option<usize>,
    pub period: Option<(i32, i32)>,
    pub stage: Stage,
    pub adopted: Option<NaiveDate>,
    pub adopted_by: Option<String>,
    pub case: Option<String>,
    pub owner: Option<ItemId>,
    pub goals: Vec<ItemId>,
    pub strategies: Vec<ItemId>,
    pub measures: Vec<ItemId>,
    pub verbal: Vec<ItemId>,
}

#[derive(Debug, Clone)]
pub struct Goal {
    pub plan: ItemId,
    pub parent: Option<ItemId>,
    /// Sub-goals, in any plan.
    pub children: Vec<ItemId>,
    pub description: Option<String>,
    pub strategies: Vec<ItemId>,
    pub measures: Vec<ItemId>,
    /// Assignments naming this goal directly.
    pub assignments: Vec<ItemId>,
    pub indicators: Vec<ItemId>,
}

#[derive(Debug, Clone)]
pub struct Strategy {
    pub plan: ItemId,
    pub goals: Vec<ItemId>,
    pub description: Option<String>,
    pub measures: Vec<ItemId>,
    pub assignments: Vec<ItemId>,
}

#[derive(Debug, Clone)]
pub struct Measure {
    pub plan: ItemId,
    pub goals: Vec<ItemId>,
    pub strategies: Vec<ItemId>,
    pub owner: Option<ItemId>,
    pub amounts: Vec<(i32, i64)>,
    pub priority: bool,
    pub description: Option<String>,
    /// The assignment that carries it out: automatic, or a file naming it in `source`.
    pub assignment: Option<ItemId>,
}

#[derive(Debug, Clone)]
pub struct Verbal {
    pub plan: ItemId,
    pub owner: Option<ItemId>,
    pub adopted: Option<NaiveDate>,
    pub case: Option<String>,
    pub description: Option<String>,
    pub assignment: Option<ItemId>,
}

#[derive(Debug, Clone)]
pub struct Letter {
    pub year: Option<i32>,
    pub from: Option<ItemId>,
    pub to: Vec<ItemId>,
    pub parent: Option<ItemId>,
    pub children: Vec<ItemId>,
    pub date: Option<NaiveDate>,
    pub assignments: Vec<ItemId>,
}

/// Status, progress and deadline of an assignment or a task, as written and as reported.
#[derive(Debug, Clone, Default)]
pub struct Tracking {
    pub own_status: Option<StatusIx>,
    pub own_progress: Option<u8>,
    pub own_deadline: Option<NaiveDate>,
    /// Report entries about this item, oldest first.
    pub history: Vec<StatusReport>,
    /// Derived: from the newest report, else the item's own, else the first status.
    pub status: StatusIx,
    pub progress: Option<u8>,
    pub deadline: Option<NaiveDate>,
    /// Derived: the deadline is before today and the status is not a done status.
    pub overdue: bool,
    pub done: bool,
}

#[derive(Debug, Clone)]
pub struct StatusReport {
    pub report: ItemId,
    pub period: Period,
    pub date: Option<NaiveDate>,
    pub status: Option<StatusIx>,
    pub progress: Option<u8>,
    pub deadline: Option<NaiveDate>,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    None,
    /// A measure or verbalpunkt.
    Item(ItemId),
    /// Free text such as a case number.
    Text(String),
}

#[derive(Debug, Clone)]
pub struct Assignment {
    pub year: Option<i32>,
    pub category: usize,
    pub owner: Option<ItemId>,
    /// Units it is delegated to (the owner when none are named).
    pub assigned_to: Vec<ItemId>,
    pub goals: Vec<ItemId>,
    pub strategies: Vec<ItemId>,
    pub source: Source,
    pub letter: Option<ItemId>,
    pub tasks: Vec<ItemId>,
    /// Made from a HØP measure or verbalpunkt, not from a file.
    pub automatic: bool,
    pub track: Tracking,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Responsible {
    None,
    Unit(ItemId),
    /// Personal data: shown in the open tree only when `publish_person_names` is true.
    Person(String),
}

#[derive(Debug, Clone)]
pub struct Task {
    pub assignment: ItemId,
    pub responsible: Responsible,
    pub description: Option<String>,
    pub track: Tracking,
}

#[derive(Debug, Clone)]
pub struct Indicator {
    pub indicator_kind: IndicatorKind,
    pub goals: Vec<ItemId>,
    pub units: Vec<ItemId>,
    pub measure: Option<String>,
    pub direction: Option<Direction>,
    /// Whole-municipality values from `values`, by period.
    pub values: Vec<(Period, f64)>,
    pub targets: Vec<(Period, f64)>,
    /// Values per unit and period from the CSV file and from reports.
    pub points: Vec<Point>,
    pub data_file: Option<String>,
    pub source: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Point {
    pub period: Period,
    pub unit: Option<ItemId>,
    pub value: f64,
    pub from: PointSource,
}

#[derive(Debug, Clone)]
pub enum PointSource {
    Csv { file: String, line: u32 },
    Report(ItemId),
}

#[derive(Debug, Clone)]
pub struct Checklist {
    pub year: Option<i32>,
    pub applies_to: Vec<ItemId>,
    /// Units in scope: `applies_to` and every unit below, in organisation order.
    pub scope: Vec<ItemId>,
    pub items: Vec<ItemId>,
}

#[derive(Debug, Clone)]
pub struct CheckItem {
    pub checklist: ItemId,
    pub purpose: Option<String>,
    pub group: Option<String>,
    pub answer_kind: AnswerKind,
    pub description: Option<String>,
    /// Answers from reports, oldest first (period end, then report date, then file order),
    /// so the last answer of a unit is its newest.
    pub answers: Vec<GivenAnswer>,
}

#[derive(Debug, Clone)]
pub struct GivenAnswer {
    pub report: ItemId,
    pub unit: ItemId,
    pub period: Period,
    pub date: Option<NaiveDate>,
    pub answer: Answer,
    pub comment: Option<String>,
    pub follow_up: Option<FollowUp>,
}

/// v1.2: what is done about a deviation (a `false` or `"partly"` answer).
#[derive(Debug, Clone, PartialEq)]
pub struct FollowUp {
    pub measure: Option<String>,
    /// A unit, or a person (personal data: shown in the open tree only when the site
    /// publishes names).
    pub responsible: Responsible,
    pub deadline: Option<NaiveDate>,
    pub closed: Option<NaiveDate>,
}

/// v1.2: a unit's money for a period, in kroner.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Economy {
    pub budget: Option<f64>,
    pub spent: Option<f64>,
    pub forecast: Option<f64>,
    pub comment: Option<String>,
}

impl Economy {
    /// Forecast − budget: positive is an overrun.
    pub fn deviation(&self) -> Option<f64> {
        Some(self.forecast? - self.budget?)
    }
}

#[derive(Debug, Clone)]
pub struct Report {
    pub unit: Option<ItemId>,
    pub period: Option<Period>,
    pub date: Option<NaiveDate>,
    pub status: Vec<ReportStatus>,
    pub answers: Vec<ReportAnswer>,
    pub goals: Vec<ReportGoal>,
    pub values: Vec<(ItemId, f64)>,
    pub economy: Option<Economy>,
    /// No title was written: the item's is made from the unit and the period (and made
    /// again when either changes).
    pub default_title: bool,
}

#[derive(Debug, Clone)]
pub struct ReportStatus {
    pub target: ItemId,
    /// Its place in the report's list as written (entries that name nothing are left out
    /// here): `serve` puts a changed comment in by it.
    pub entry: usize,
    pub status: Option<StatusIx>,
    pub progress: Option<u8>,
    pub deadline: Option<NaiveDate>,
    pub comment: Option<String>,
}

#[derive(Debug, Clone)]
pub struct ReportAnswer {
    pub item: ItemId,
    /// Its place in the report's list as written (entries that name nothing are left out
    /// here): `serve` puts a changed comment in by it.
    pub entry: usize,
    pub answer: Answer,
    pub comment: Option<String>,
    pub follow_up: Option<FollowUp>,
}

#[derive(Debug, Clone)]
pub struct ReportGoal {
    pub goal: ItemId,
    /// Its place in the report's list as written (entries that name nothing are left out
    /// here): `serve` puts a changed comment in by it.
    pub entry: usize,
    pub achievement: Achievement,
    pub comment: Option<String>,
}

impl Structure {
    pub fn item(&self, id: ItemId) -> &Item {
        &self.items[id.index()]
    }

    /// The folder under `content/` of the file an item is written in (`plans/helse`, or ``
    /// for a file right under `content/`): relative links in its body and in the Markdown of
    /// its fields are read from there. From the item's origin, not its body, because a file
    /// with no body can still have descriptions with links.
    pub fn dir_of(&self, id: ItemId) -> &str {
        let file = &*self.item(id).origin.file;
        let rel = file.strip_prefix("content/").unwrap_or(file);
        rel.rsplit_once('/').map_or("", |(dir, _)| dir)
    }

    pub fn kind(&self, kind: Kind) -> &[ItemId] {
        self.by_kind.get(&kind).map_or(&[], Vec::as_slice)
    }

    pub fn lookup(&self, key: &str) -> Option<ItemId> {
        self.by_key.get(key).copied()
    }

    pub fn unit(&self, id: ItemId) -> Option<&Unit> {
        match &self.item(id).data {
            Data::Unit(u) => Some(u.as_ref()),
            _ => None,
        }
    }

    pub fn assignment(&self, id: ItemId) -> Option<&Assignment> {
        match &self.item(id).data {
            Data::Assignment(a) => Some(a),
            _ => None,
        }
    }

    pub fn goal(&self, id: ItemId) -> Option<&Goal> {
        match &self.item(id).data {
            Data::Goal(g) => Some(g),
            _ => None,
        }
    }

    pub fn strategy(&self, id: ItemId) -> Option<&Strategy> {
        match &self.item(id).data {
            Data::Strategy(s) => Some(s),
            _ => None,
        }
    }

    /// Status-bearing items (assignments and tasks).
    pub fn tracking(&self, id: ItemId) -> Option<&Tracking> {
        match &self.item(id).data {
            Data::Assignment(a) => Some(&a.track),
            Data::Task(t) => Some(&t.track),
            _ => None,
        }
    }

    /// The unit and every unit above it, nearest first.
    pub fn unit_ancestors(&self, id: ItemId) -> Vec<ItemId> {
        let mut out = vec![id];
        let mut at = id;
        while let Some(parent) = self.unit(at).and_then(|u| u.parent) {
            if out.contains(&parent) {
                break;
            }
            out.push(parent);
            at = parent;
        }
        out
    }

    /// The unit and every unit below it, depth first in organisation order.
    pub fn unit_subtree(&self, id: ItemId) -> Vec<ItemId> {
        let mut out = Vec::new();
        let mut stack = vec![id];
        while let Some(u) = stack.pop() {
            out.push(u);
            if let Some(unit) = self.unit(u) {
                stack.extend(unit.children.iter().rev());
            }
        }
        out
    }
}

impl Structure {
    /// The goal and all its sub-goals at any depth, the goal first. Parent cycles were cut in
    /// resolve, so each goal is reached once: O(size of the subtree).
    pub fn goal_and_descendants(&self, id: ItemId) -> Vec<ItemId> {
        let mut out = Vec::new();
        let mut stack = vec![id];
        while let Some(g) = stack.pop() {
            out.push(g);
            if let Some(goal) = self.goal(g) {
                stack.extend(goal.children.iter().rev());
            }
        }
        out
    }

    /// Every assignment below a goal, in item order: naming it or a sub-goal (at any depth)
    /// in `goals`, naming a strategy that serves one of them, or carrying out a measure that
    /// does. Read from [`Trace`]; O(1).
    pub fn assignments_below_goal(&self, id: ItemId) -> &[ItemId] {
        self.trace.below(id)
    }
}
