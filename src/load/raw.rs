//! What a content file says, typed but not yet checked against the rest of the site:
//! references are still the id strings the editor wrote, each with its position.

use chrono::NaiveDate;

use crate::model::vocab::{
    Achievement, AnswerKind, Direction, EventDay, IndicatorKind, Kind, Period, Stage, Visibility,
};
use crate::span::{FilePath, Located, Pos};

pub type L<T> = Located<T>;

/// What a save changed in a content file, in the order of how much of the last graph
/// `serve` must make again ([`RawItem::edit_to`]). Anything more resolves the site.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Edit {
    /// The body alone (and the links in it), which only the file's own pages show.
    Body,
    /// Texts that only their own items show (and an automatic assignment copies from its
    /// measure or verbalpunkt, and a report's comments the items it reports on): titles,
    /// summaries, descriptions and a report's comments, each where it was written (a
    /// unit's title too, which names the reports on it that have none of their own). Not a
    /// title that is or becomes empty, which is given a default.
    Texts,
    /// Texts and what a leader reporting writes, each value given or left out as before:
    /// the status, progress and deadline of an assignment, its tasks or a report's status
    /// entries (what the status of the items they name, the roll-ups of their units and
    /// the year wheel are derived from), and a report's checklist answers, goal
    /// achievements, indicator values and economy figures. `moved`: a changed value moved
    /// a later field in its line, so positions in the file are not all where they were.
    Values { moved: bool },
    /// Texts and values, and an assignment's references besides: its owner, delegates,
    /// goals, strategies, letter, category and year, and who is responsible for each task
    /// (with its `id`, `visibility`, `exemption`, `source` and tasks as they were); or a
    /// report's entries, added, removed or naming other items, and its unit, period and
    /// date; or every field of a unit (but its title), a letter, an event
    /// and an indicator (but an indicator's CSV file), and a checklist's `applies_to` and
    /// year (with its items as they were); or a plan's fields but its kind, and its goals',
    /// strategies', measures' and verbalpunkt's but which measures are priorities (with its
    /// items as they were). What the back-links, the lists derived from them, a checklist's
    /// scope, the roll-ups and the trace are made from; positions may have moved.
    References,
}

/// One content file.
#[derive(Clone, Debug, PartialEq)]
pub struct RawItem {
    pub file: FilePath,
    /// The content-relative folder of the file (`assignments/helse`), for relative links.
    pub dir: String,
    pub kind: Kind,
    /// From `id` or the file name.
    pub id: L<String>,
    pub common: Common,
    /// Shared, so that `serve` hands every file it did not re-read to resolve without a copy.
    pub body: std::sync::Arc<str>,
    pub body_line: u32,
    pub data: RawData,
    /// The relative links and images of its Markdown, for resolve to judge against the files
    /// the site has. Shared, like the body: resolve only reads them, and `serve` hands the
    /// same items to every resolve (a copy made on another thread, whose links resolve
    /// then dropped, cost a quarter of building the items).
    pub links: std::sync::Arc<[RawLink]>,
}

impl RawItem {
    /// Whether `other` is this file with the same front matter: everything but the body and
    /// the links found in the file's Markdown, which only decide problems of its own text
    /// (`resolve::TextProblems`), is equal. A field added here must be weighed: does the
    /// rest of the site depend on it?
    pub fn same_front_matter(&self, other: &RawItem) -> bool {
        let RawItem {
            file,
            dir,
            kind,
            id,
            common,
            body: _,
            body_line,
            data,
            links: _,
        } = self;
        *file == other.file
            && *dir == other.dir
            && *kind == other.kind
            && *id == other.id
            && *common == other.common
            && *body_line == other.body_line
            && *data == other.data
    }

    /// How `new`, this file saved again, differs in what resolve reads (see [`Edit`]);
    /// `None` when it changed more than `serve` can put into the last graph.
    pub fn edit_to(&self, new: &RawItem) -> Option<Edit> {
        if self.same_front_matter(new) {
            return Some(Edit::Body);
        }
        let (old, new) = (self.without_texts(), new.without_texts());
        if old.same_front_matter(&new) {
            return Some(Edit::Texts);
        }
        let (old, new) = (old.without_values(), new.without_values());
        if old.same_front_matter(&new) {
            return Some(Edit::Values { moved: false });
        }
        let (old, new) = (old.without_columns(), new.without_columns());
        if old.same_front_matter(&new) {
            return Some(Edit::Values { moved: true });
        }
        let (old, new) = (old.without_references(), new.without_references());
        old.same_front_matter(&new).then_some(Edit::References)
    }

    /// This item with the references of [`Edit::References`] left out, and where its body
    /// starts (entries added or removed move it; the body is put in anew).
    fn without_references(mut self) -> RawItem {
        self.body_line = 0;
        match &mut self.data {
            RawData::Report(r) => {
                (r.unit, r.period, r.date) = (None, None, None);
                r.status.clear();
                r.checklist.clear();
                r.goals.clear();
                r.values.clear();
                r.economy = None;
            }
            RawData::Assignment(a) => {
                a.owner = None;
                a.assigned_to.clear();
                a.goals.clear();
                a.strategies.clear();
                a.letter = None;
                a.category = None;
                a.year = None;
                for t in &mut a.tasks {
                    t.responsible = None;
                }
            }
            // Everything but the CSV file, whose points are kept with the reports'.
            RawData::Indicator(i) => {
                *i = RawIndicator {
                    data: i.data.take(),
                    ..RawIndicator::default()
                }
            }
            RawData::Letter(l) => *l = RawLetter::default(),
            RawData::Checklist(c) => {
                c.year = None;
                c.applies_to.clear();
            }
            RawData::Event(e) => *e = RawEvent::default(),
            RawData::Unit(u) => *u = RawUnit::default(),
            // Not its kind, nor which measures are priorities: which assignments exist.
            RawData::Plan(p) => {
                (p.period, p.stage, p.adopted) = (None, None, None);
                (p.adopted_by, p.case, p.owner) = (None, None, None);
                p.goals.iter_mut().for_each(|g| g.parent = None);
                p.strategies.iter_mut().for_each(|s| s.goals.clear());
                for m in &mut p.measures {
                    (m.goals, m.strategies) = (Vec::new(), Vec::new());
                    (m.owner, m.amounts) = (None, Vec::new());
                }
                for v in &mut p.verbal {
                    (v.owner, v.adopted, v.case) = (None, None, None);
                }
            }
        }
        self
    }

    /// This item with the texts of [`Edit::Texts`] blanked.
    fn without_texts(&self) -> RawItem {
        let mut r = self.clone();
        blank_texts(&mut r.common, true, None);
        let inline = |i: &mut Inline| blank_texts(&mut i.common, true, i.description.as_mut());
        match &mut r.data {
            RawData::Plan(p) => {
                p.goals.iter_mut().for_each(|g| inline(&mut g.inline));
                p.strategies.iter_mut().for_each(|s| inline(&mut s.inline));
                p.measures.iter_mut().for_each(|m| inline(&mut m.inline));
                p.verbal.iter_mut().for_each(|v| inline(&mut v.inline));
            }
            RawData::Assignment(a) => a.tasks.iter_mut().for_each(|t| inline(&mut t.inline)),
            RawData::Checklist(c) => c.items.iter_mut().for_each(|i| inline(&mut i.inline)),
            RawData::Report(rep) => {
                rep.status.iter_mut().for_each(|e| e.comment = None);
                rep.checklist.iter_mut().for_each(|e| e.comment = None);
                rep.goals.iter_mut().for_each(|e| e.comment = None);
                if let Some(e) = &mut rep.economy {
                    e.comment = None;
                }
            }
            _ => {}
        }
        r
    }

    /// This item with the values of [`Edit::Values`] blanked, each kept or left out as it
    /// was.
    fn without_values(mut self) -> RawItem {
        fn blank(
            status: &mut Option<L<String>>,
            progress: &mut Option<L<u8>>,
            deadline: &mut Option<L<NaiveDate>>,
        ) {
            if let Some(s) = status {
                s.value.clear();
            }
            if let Some(p) = progress {
                p.value = 0;
            }
            if let Some(d) = deadline {
                d.value = NaiveDate::MIN;
            }
        }
        match &mut self.data {
            RawData::Assignment(a) => {
                blank(&mut a.status, &mut a.progress, &mut a.deadline);
                for t in &mut a.tasks {
                    blank(&mut t.status, &mut t.progress, &mut t.deadline);
                }
            }
            RawData::Report(r) => {
                for e in &mut r.status {
                    blank(&mut e.status, &mut e.progress, &mut e.deadline);
                }
                for a in &mut r.checklist {
                    a.answer.value = AnswerValue::Bool(false);
                }
                for g in &mut r.goals {
                    g.achievement = Achievement::Reached;
                }
                for v in &mut r.values {
                    v.value = 0.0;
                }
                if let Some(e) = &mut r.economy {
                    for f in [&mut e.budget, &mut e.spent, &mut e.forecast]
                        .into_iter()
                        .flatten()
                    {
                        *f = 0.0;
                    }
                }
            }
            _ => {}
        }
        self
    }

    /// This item with the columns of what a changed text or value can move set to 0: the
    /// fields of a task and of a report's entries, which are often written in one line
    /// (`{ ref = "…", status = "i-gang", progress = 40 }`). Their lines stay.
    fn without_columns(mut self) -> RawItem {
        fn col<T>(l: &mut Option<L<T>>) {
            if let Some(l) = l {
                l.pos.col = 0;
            }
        }
        match &mut self.data {
            RawData::Assignment(a) => {
                for t in &mut a.tasks {
                    let i = &mut t.inline;
                    i.id.pos.col = 0;
                    i.pos.col = 0;
                    col(&mut i.common.title);
                    col(&mut i.common.visibility);
                    col(&mut i.description);
                    col(&mut t.responsible);
                    col(&mut t.deadline);
                    col(&mut t.status);
                    col(&mut t.progress);
                }
            }
            RawData::Report(r) => {
                for e in &mut r.status {
                    e.target.pos.col = 0;
                    col(&mut e.status);
                    col(&mut e.progress);
                    col(&mut e.deadline);
                }
                for a in &mut r.checklist {
                    a.target.pos.col = 0;
                    a.answer.pos.col = 0;
                    a.follow_up.pos.col = 0;
                    col(&mut a.follow_up.responsible);
                }
                for g in &mut r.goals {
                    g.target.pos.col = 0;
                }
                for v in &mut r.values {
                    v.indicator.pos.col = 0;
                    v.pos.col = 0;
                }
            }
            _ => {}
        }
        self
    }
}

/// Blanks what [`Edit::Texts`] lets differ. A title keeps whether it is empty:
/// an empty one is given a default.
fn blank_texts(common: &mut Common, title: bool, description: Option<&mut L<String>>) {
    if let Some(t) = common
        .title
        .as_mut()
        .filter(|t| title && !t.value.is_empty())
    {
        t.value = "·".into();
    }
    common.summary = None;
    if let Some(d) = description {
        d.value.clear();
    }
}

/// A relative link or image in a file's Markdown (body or a Markdown field).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawLink {
    pub url: String,
    /// Where it leads under `content/` ([`crate::commonmark::Dest::Content`]); `None` when it
    /// climbs out of `content/`.
    pub target: Option<String>,
    pub image: bool,
    /// The link itself in the body; the field's value for a link in a field (TOML and YAML
    /// have read the field's quotes and escapes, so offsets in its text are not the file's).
    pub pos: Pos,
}

/// Fields every item has (inline items too).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Common {
    pub title: Option<L<String>>,
    pub summary: Option<String>,
    pub visibility: Option<L<Visibility>>,
    /// Extension: the legal basis for keeping an internal item from the public (`Offl. § 14`).
    pub exemption: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum RawData {
    Unit(RawUnit),
    Plan(RawPlan),
    Letter(RawLetter),
    Assignment(RawAssignment),
    Indicator(RawIndicator),
    Checklist(RawChecklist),
    Report(RawReport),
    Event(RawEvent),
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawUnit {
    pub parent: Option<L<String>>,
    pub level: Option<String>,
    pub leader: Option<RawLeader>,
    pub budget: Vec<RawBudget>,
    /// Extension: the leader agreement (leiaravtale).
    pub agreement: Option<RawAgreement>,
    /// v1.2: the kinds of period it and the units below it report.
    pub reporting: Option<crate::model::rhythm::Rhythm>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawAgreement {
    pub year: Option<i32>,
    /// Markdown, as `description`.
    pub text: Option<L<String>>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawLeader {
    pub role: Option<String>,
    pub name: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RawBudget {
    pub year: L<i32>,
    pub amount: L<i64>,
    pub note: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawPlan {
    pub plan_kind: Option<L<String>>,
    pub period: Option<(i32, i32)>,
    pub stage: Option<Stage>,
    pub adopted: Option<NaiveDate>,
    pub adopted_by: Option<String>,
    pub case: Option<String>,
    pub owner: Option<L<String>>,
    pub goals: Vec<RawGoal>,
    pub strategies: Vec<RawStrategy>,
    pub measures: Vec<RawMeasure>,
    pub verbal: Vec<RawVerbal>,
}

/// Where an inline item is written and its own common fields.
#[derive(Clone, Debug, PartialEq)]
pub struct Inline {
    pub id: L<String>,
    pub pos: Pos,
    pub common: Common,
    /// Markdown; where it is written, for warnings about its links.
    pub description: Option<L<String>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RawGoal {
    pub inline: Inline,
    pub parent: Option<L<String>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RawStrategy {
    pub inline: Inline,
    pub goals: Vec<L<String>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RawMeasure {
    pub inline: Inline,
    pub goals: Vec<L<String>>,
    pub strategies: Vec<L<String>>,
    pub owner: Option<L<String>>,
    pub amounts: Vec<(L<i32>, L<i64>)>,
    pub priority: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RawVerbal {
    pub inline: Inline,
    pub owner: Option<L<String>>,
    pub adopted: Option<NaiveDate>,
    pub case: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawLetter {
    pub year: Option<L<i32>>,
    pub from: Option<L<String>>,
    pub to: Vec<L<String>>,
    pub parent: Option<L<String>>,
    pub date: Option<NaiveDate>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawAssignment {
    pub year: Option<L<i32>>,
    pub category: Option<L<String>>,
    pub owner: Option<L<String>>,
    pub assigned_to: Vec<L<String>>,
    pub deadline: Option<L<NaiveDate>>,
    pub goals: Vec<L<String>>,
    pub strategies: Vec<L<String>>,
    pub source: Option<L<String>>,
    pub letter: Option<L<String>>,
    pub status: Option<L<String>>,
    pub progress: Option<L<u8>>,
    pub tasks: Vec<RawTask>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RawTask {
    pub inline: Inline,
    pub responsible: Option<L<String>>,
    pub deadline: Option<L<NaiveDate>>,
    pub status: Option<L<String>>,
    pub progress: Option<L<u8>>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawIndicator {
    pub indicator_kind: Option<IndicatorKind>,
    pub goals: Vec<L<String>>,
    pub units: Vec<L<String>>,
    pub measure: Option<String>,
    pub direction: Option<Direction>,
    pub values: Vec<(L<Period>, L<f64>)>,
    pub targets: Vec<(L<Period>, L<f64>)>,
    pub data: Option<RawCsv>,
    pub source: Option<String>,
}

/// An indicator's CSV file, read at load time; each row keeps its CSV line.
#[derive(Clone, Debug, PartialEq)]
pub struct RawCsv {
    pub file: FilePath,
    pub rows: Vec<CsvRow>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CsvRow {
    pub line: u32,
    pub period: Period,
    pub unit: Option<String>,
    pub value: f64,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawChecklist {
    pub year: Option<L<i32>>,
    pub applies_to: Vec<L<String>>,
    pub items: Vec<RawCheckItem>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RawCheckItem {
    pub inline: Inline,
    pub purpose: Option<String>,
    pub group: Option<String>,
    pub question: String,
    pub answer: AnswerKind,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawReport {
    pub unit: Option<L<String>>,
    pub period: Option<L<Period>>,
    pub date: Option<L<NaiveDate>>,
    pub status: Vec<RawStatusEntry>,
    pub checklist: Vec<RawAnswer>,
    pub goals: Vec<RawAchievement>,
    pub values: Vec<RawValue>,
    /// v1.2: the unit's money for the period.
    pub economy: Option<RawEconomy>,
}

/// v1.2 `economy = { budget, spent, forecast, comment }`, kroner.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawEconomy {
    pub pos: Pos,
    pub budget: Option<f64>,
    pub spent: Option<f64>,
    pub forecast: Option<f64>,
    pub comment: Option<String>,
}

/// v1.2: what is done about a deviation (a `false` or `"partly"` answer).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawFollowUp {
    pub measure: Option<String>,
    /// A unit id or a person's name, decided in resolve.
    pub responsible: Option<L<String>>,
    pub deadline: Option<NaiveDate>,
    pub closed: Option<NaiveDate>,
    /// The first follow-up field, for a warning when the answer is no deviation.
    pub pos: Pos,
}

impl RawFollowUp {
    pub fn is_empty(&self) -> bool {
        self.measure.is_none()
            && self.responsible.is_none()
            && self.deadline.is_none()
            && self.closed.is_none()
    }
}

/// v1.2: an event of the site's own (`events/`): dated, or every year on a month and day.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawEvent {
    pub date: Option<L<EventDay>>,
    pub end: Option<L<EventDay>>,
    pub units: Vec<L<String>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RawStatusEntry {
    pub target: L<String>,
    pub status: Option<L<String>>,
    pub progress: Option<L<u8>>,
    /// Extension: a report may set a deadline (automatic assignments have none of their own).
    pub deadline: Option<L<NaiveDate>>,
    pub comment: Option<String>,
}

/// A checklist answer as written; whether it fits the item's kind is checked in resolve.
#[derive(Clone, Debug, PartialEq)]
pub struct RawAnswer {
    pub target: L<String>,
    pub answer: L<AnswerValue>,
    pub comment: Option<String>,
    pub follow_up: RawFollowUp,
}

#[derive(Clone, Debug, PartialEq)]
pub enum AnswerValue {
    Bool(bool),
    Text(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct RawAchievement {
    pub target: L<String>,
    pub achievement: Achievement,
    pub comment: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RawValue {
    pub indicator: L<String>,
    pub value: f64,
    pub pos: Pos,
}
