//! The small closed vocabularies of the content format: kinds of item, visibility, periods,
//! the site's language, reporting rhythms, plan stages and the like. Parsed once in load;
//! everything later matches on enums.
//!
//! It lies below both the site's settings ([`crate::config`], which set a kind's visibility
//! and the reporting rhythm) and the graph ([`crate::model`], which re-exports it as
//! `model::vocab`, the path the stages name it by), so that neither imports the other's.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::labels::Labels;
/// The language of every label the generator writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Nn,
    Nb,
    En,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "nn" | "nn-NO" | "no-nn" => Some(Lang::Nn),
            "nb" | "nb-NO" | "no" | "no-nb" => Some(Lang::Nb),
            "en" | "en-GB" | "en-US" => Some(Lang::En),
            _ => None,
        }
    }

    /// The value of the HTML `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nn => "nn",
            Lang::Nb => "nb",
            Lang::En => "en",
        }
    }
}

/// Every kind of item, file-level and inline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Unit,
    Plan,
    Goal,
    Strategy,
    Measure,
    Verbal,
    Letter,
    Assignment,
    Task,
    Indicator,
    Checklist,
    CheckItem,
    Report,
    /// Extension v1.2: an event of the site's own for the year wheel (`events/`).
    Event,
}

impl Kind {
    pub const ALL: [Kind; 14] = [
        Kind::Unit,
        Kind::Plan,
        Kind::Goal,
        Kind::Strategy,
        Kind::Measure,
        Kind::Verbal,
        Kind::Letter,
        Kind::Assignment,
        Kind::Task,
        Kind::Indicator,
        Kind::Checklist,
        Kind::CheckItem,
        Kind::Report,
        Kind::Event,
    ];

    /// The kinds a file can be (the rest are written inline in those files).
    pub const FILE_KINDS: [Kind; 8] = [
        Kind::Unit,
        Kind::Plan,
        Kind::Letter,
        Kind::Assignment,
        Kind::Indicator,
        Kind::Checklist,
        Kind::Report,
        Kind::Event,
    ];

    /// The kinds a reader can find, in search and in the register from A to Å, in the order
    /// search lists results that score the same: the steering documents first, then what is
    /// done under them. Every kind but an event of the site's own (the last of [`Kind::ALL`]):
    /// it has no page, it is an anchor on the year wheel.
    pub const FINDABLE: [Kind; 13] = {
        let mut out = [Kind::Unit; 13];
        let mut i = 0;
        while i < out.len() {
            out[i] = Kind::ALL[i];
            i += 1;
        }
        assert!(matches!(Kind::ALL[13], Kind::Event));
        out
    };

    /// The name used in `type = "…"`, in `[terms]` and `[visibility]`.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Unit => "unit",
            Kind::Plan => "plan",
            Kind::Goal => "goal",
            Kind::Strategy => "strategy",
            Kind::Measure => "measure",
            Kind::Verbal => "verbal",
            Kind::Letter => "letter",
            Kind::Assignment => "assignment",
            Kind::Task => "task",
            Kind::Indicator => "indicator",
            Kind::Checklist => "checklist",
            Kind::CheckItem => "checklist-item",
            Kind::Report => "report",
            Kind::Event => "event",
        }
    }

    pub fn from_type_key(key: &str) -> Option<Kind> {
        Kind::FILE_KINDS.into_iter().find(|k| k.key() == key)
    }

    /// The folder under `content/` that implies this kind.
    pub fn folder(self) -> Option<&'static str> {
        Some(match self {
            Kind::Unit => "org",
            Kind::Plan => "plans",
            Kind::Letter => "letters",
            Kind::Assignment => "assignments",
            Kind::Indicator => "indicators",
            Kind::Checklist => "checklists",
            Kind::Report => "reports",
            Kind::Event => "events",
            _ => return None,
        })
    }

    pub fn from_folder(folder: &str) -> Option<Kind> {
        Kind::FILE_KINDS
            .into_iter()
            .find(|k| k.folder() == Some(folder))
    }

    /// Items with a status, a progress and a deadline.
    pub fn has_status(self) -> bool {
        matches!(self, Kind::Assignment | Kind::Task)
    }
}

impl Kind {
    /// The kind's English name, for messages and the command line ("checklist item").
    pub fn name(self) -> &'static str {
        match self {
            Kind::Verbal => "verbalpunkt",
            Kind::CheckItem => "checklist item",
            k => k.key(),
        }
    }

    /// The English plural, for messages and the command line.
    pub fn plural_name(self) -> &'static str {
        match self {
            Kind::Unit => "units",
            Kind::Plan => "plans",
            Kind::Goal => "goals",
            Kind::Strategy => "strategies",
            Kind::Measure => "measures",
            Kind::Verbal => "verbalpunkt",
            Kind::Letter => "letters",
            Kind::Assignment => "assignments",
            Kind::Task => "tasks",
            Kind::Indicator => "indicators",
            Kind::Checklist => "checklists",
            Kind::CheckItem => "checklist items",
            Kind::Report => "reports",
            Kind::Event => "events",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// Who may see an item. `Internal < Public`: the effective visibility of an item is the
/// minimum of its own and its container's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Visibility {
    Internal,
    Public,
}

impl Visibility {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "public" => Some(Visibility::Public),
            "internal" => Some(Visibility::Internal),
            _ => None,
        }
    }
}

/// The two trees built from one source. What each sees is decided in one place,
/// [`crate::model::audience`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    /// Employees: everything.
    Internal,
    /// Citizens: only public items, and person names only when the site allows.
    Open,
}

impl Audience {
    pub const BOTH: [Audience; 2] = [Audience::Internal, Audience::Open];

    pub fn dir(self) -> &'static str {
        match self {
            Audience::Internal => "internal",
            Audience::Open => "open",
        }
    }
}

/// A set of period kinds: month, tertial, year.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Rhythm(u8);

impl Rhythm {
    /// The kinds as written in `reporting`, shortest first.
    pub const KEYS: [&'static str; 3] = ["month", "tertial", "year"];

    /// One period of each kind, in the order of [`Rhythm::KEYS`], for asking `same_kind_at`.
    pub const SAMPLES: [Period; 3] = [Period::Month(0, 1), Period::Tertial(0, 1), Period::Year(0)];

    fn bit(granularity: &str) -> u8 {
        Self::KEYS
            .iter()
            .position(|k| *k == granularity)
            .map_or(0, |i| 1 << i)
    }

    /// The kind named `key` (`month`, `tertial`, `year`), or `None` for anything else.
    pub fn key(key: &str) -> Option<Rhythm> {
        let bit = Self::bit(key);
        (bit != 0).then_some(Rhythm(bit))
    }

    pub fn of(period: Period) -> Rhythm {
        Rhythm(Self::bit(period.granularity()))
    }

    pub fn with(self, other: Rhythm) -> Rhythm {
        Rhythm(self.0 | other.0)
    }

    pub fn has(self, period: Period) -> bool {
        self.0 & Self::bit(period.granularity()) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// One sample period per kind in the set, months first.
    pub fn samples(self) -> impl Iterator<Item = Period> {
        Self::SAMPLES.into_iter().filter(move |&p| self.has(p))
    }

    /// The kinds as `reporting` writes them.
    pub fn keys(self) -> Vec<&'static str> {
        self.samples().map(Period::granularity).collect()
    }
}

/// A reporting period: a month, a tertial (T1 Jan–Apr, T2 May–Aug, T3 Sep–Dec) or a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Period {
    Month(i32, u32),
    Tertial(i32, u32),
    Year(i32),
}

impl Period {
    /// `2026-03`, `2026-T1` (or `t1`) or `2026`.
    pub fn parse(s: &str) -> Option<Period> {
        let s = s.trim();
        let year = |y: &str| -> Option<i32> {
            (y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())).then(|| y.parse().ok())?
        };
        if let Some((y, rest)) = s.split_once('-') {
            let y = year(y)?;
            if let Some(t) = rest.strip_prefix(['T', 't']) {
                let t: u32 = t.parse().ok()?;
                return (1..=3).contains(&t).then_some(Period::Tertial(y, t));
            }
            if rest.len() != 2 || !rest.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let m: u32 = rest.parse().ok()?;
            return (1..=12).contains(&m).then_some(Period::Month(y, m));
        }
        year(s).map(Period::Year)
    }

    pub fn year(self) -> i32 {
        match self {
            Period::Month(y, _) | Period::Tertial(y, _) | Period::Year(y) => y,
        }
    }

    pub fn start(self) -> NaiveDate {
        let (y, m) = match self {
            Period::Month(y, m) => (y, m),
            Period::Tertial(y, t) => (y, (t - 1) * 4 + 1),
            Period::Year(y) => (y, 1),
        };
        NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(NaiveDate::MIN)
    }

    /// The last day of the period.
    pub fn end(self) -> NaiveDate {
        let (y, m) = match self {
            Period::Month(y, m) => (y, m),
            Period::Tertial(y, t) => (y, t * 4),
            Period::Year(y) => (y, 12),
        };
        let next = if m == 12 {
            NaiveDate::from_ymd_opt(y + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(y, m + 1, 1)
        };
        next.and_then(|d| d.pred_opt()).unwrap_or(NaiveDate::MAX)
    }

    pub fn contains(self, date: NaiveDate) -> bool {
        self.start() <= date && date <= self.end()
    }

    /// The period of the same granularity that holds `date`.
    pub fn same_kind_at(self, date: NaiveDate) -> Period {
        match self {
            Period::Month(..) => Period::Month(date.year(), date.month()),
            Period::Tertial(..) => Period::Tertial(date.year(), (date.month() - 1) / 4 + 1),
            Period::Year(_) => Period::Year(date.year()),
        }
    }

    /// The period of the same granularity just before this one.
    pub fn prev(self) -> Period {
        match self {
            Period::Month(y, 1) => Period::Month(y - 1, 12),
            Period::Month(y, m) => Period::Month(y, m - 1),
            Period::Tertial(y, 1) => Period::Tertial(y - 1, 3),
            Period::Tertial(y, t) => Period::Tertial(y, t - 1),
            Period::Year(y) => Period::Year(y - 1),
        }
    }

    /// The period as a reader says it: "mars 2026", "2. tertial 2026", "2026".
    pub fn label(self, labels: &Labels) -> String {
        match self {
            Period::Month(y, m) => labels
                .get("period_month")
                .replace("{month}", month_name(m, labels))
                .replace("{year}", &y.to_string()),
            Period::Tertial(y, t) => labels
                .get("period_tertial")
                .replace("{n}", &t.to_string())
                .replace("{year}", &y.to_string()),
            Period::Year(y) => y.to_string(),
        }
    }

    /// The label as a heading or the first words of a line begin: "September 2026" (a month
    /// is written in lower case in Norwegian mid-sentence, which [`Period::label`] is for).
    pub fn heading(self, labels: &Labels) -> String {
        capitalised(&self.label(labels))
    }

    /// Short granularity name: `month`, `tertial` or `year`.
    pub fn granularity(self) -> &'static str {
        match self {
            Period::Month(..) => "month",
            Period::Tertial(..) => "tertial",
            Period::Year(_) => "year",
        }
    }

    /// Sort key: by end date, then shorter periods first.
    pub fn sort_key(self) -> (NaiveDate, u8) {
        let g = match self {
            Period::Month(..) => 0,
            Period::Tertial(..) => 1,
            Period::Year(_) => 2,
        };
        (self.end(), g)
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Month(y, m) => write!(f, "{y}-{m:02}"),
            Period::Tertial(y, t) => write!(f, "{y}-T{t}"),
            Period::Year(y) => write!(f, "{y}"),
        }
    }
}

impl PartialOrd for Period {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Period {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.sort_key()
            .cmp(&other.sort_key())
            .then_with(|| self.to_string().cmp(&other.to_string()))
    }
}

/// The name of month `m` (1 to 12) as it stands inside a sentence.
pub fn month_name(m: u32, labels: &Labels) -> &str {
    const KEYS: [&str; 12] = [
        "month_1", "month_2", "month_3", "month_4", "month_5", "month_6", "month_7", "month_8",
        "month_9", "month_10", "month_11", "month_12",
    ];
    labels.get(KEYS[(m.clamp(1, 12) - 1) as usize])
}

/// Where a plan is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    Draft,
    Hearing,
    Adopted,
    Expired,
}

impl Stage {
    pub const KEYS: [&'static str; 4] = ["draft", "hearing", "adopted", "expired"];

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "draft" => Stage::Draft,
            "hearing" => Stage::Hearing,
            "adopted" => Stage::Adopted,
            "expired" => Stage::Expired,
            _ => return None,
        })
    }

    pub fn key(self) -> &'static str {
        Stage::KEYS[self as usize]
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum IndicatorKind {
    Indicator,
    Keyfigure,
}

/// Which way an indicator is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    Higher,
    Lower,
}

/// What a checklist item asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnswerKind {
    YesNo,
    Text,
}

/// An answer in a report.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "text")]
pub enum Answer {
    Yes,
    No,
    Partly,
    NotRelevant,
    Text(String),
}

impl Answer {
    pub fn key(&self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::Partly => "partly",
            Answer::NotRelevant => "n/a",
            Answer::Text(_) => "text",
        }
    }
}

/// Goal achievement in a (yearly) report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Achievement {
    Reached,
    Partly,
    NotReached,
}

impl Achievement {
    pub const KEYS: [&'static str; 3] = ["reached", "partly", "not-reached"];

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "reached" => Achievement::Reached,
            "partly" => Achievement::Partly,
            "not-reached" => Achievement::NotReached,
            _ => return None,
        })
    }

    pub fn key(self) -> &'static str {
        Achievement::KEYS[self as usize]
    }
}

/// Whether a string is a valid id: letters a–z, digits, `-`, `_`, `.`.
pub fn is_valid_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_' | b'.')
        })
        // `.` and `..` are folder names that mean "here" and "the folder above": such an id's
        // page would replace an index or the front page.
        && !s.bytes().all(|b| b == b'.')
}

/// An id made valid: lower-cased, Norwegian letters folded, other characters turned into `-`.
pub fn suggest_id(s: &str) -> String {
    let folded: String = s
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'æ' => "ae".to_string(),
            'ø' => "o".to_string(),
            'å' => "a".to_string(),
            c if c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.".contains(c) => c.to_string(),
            _ => "-".to_string(),
        })
        .collect();
    let id = folded.trim_matches('-');
    // Nothing of it can be kept (empty, or dots alone): a placeholder to replace.
    if id.bytes().all(|b| b == b'.') {
        return "a-name".into();
    }
    id.to_string()
}

/// `word` with its first letter in upper case.
pub fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_heading_begins_with_a_capital() {
        let [nn, nb, en] = [Lang::Nn, Lang::Nb, Lang::En].map(Labels::built_in);
        assert_eq!(Period::Month(2026, 9).heading(&nn), "September 2026");
        assert_eq!(Period::Month(2026, 9).label(&nb), "september 2026");
        assert_eq!(Period::Tertial(2026, 1).heading(&nn), "1. tertial 2026");
        assert_eq!(Period::Tertial(2026, 2).label(&en), "Tertial 2 2026");
        assert_eq!(Period::Month(2026, 9).heading(&en), "September 2026");
        assert_eq!(Period::Year(2026).label(&nn), "2026");
    }

    #[test]
    fn periods_parse_and_bound() {
        assert_eq!(Period::parse("2026-03"), Some(Period::Month(2026, 3)));
        assert_eq!(Period::parse("2026-T2"), Some(Period::Tertial(2026, 2)));
        assert_eq!(Period::parse("2026"), Some(Period::Year(2026)));
        for bad in [
            "2026-13", "2026-T4", "2026-T0", "26", "2026-3", "T1-2026", "", "2026-",
        ] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
        let t2 = Period::Tertial(2026, 2);
        assert_eq!(t2.start(), NaiveDate::from_ymd_opt(2026, 5, 1).unwrap());
        assert_eq!(t2.end(), NaiveDate::from_ymd_opt(2026, 8, 31).unwrap());
        assert_eq!(
            Period::Month(2024, 2).end(),
            NaiveDate::from_ymd_opt(2024, 2, 29).unwrap()
        );
        assert_eq!(
            Period::Year(2025).end(),
            NaiveDate::from_ymd_opt(2025, 12, 31).unwrap()
        );
        assert!(Period::Month(2026, 4) < Period::Tertial(2026, 1));
        assert_eq!(Period::Month(2026, 1).prev(), Period::Month(2025, 12));
        assert_eq!(Period::Tertial(2026, 1).prev(), Period::Tertial(2025, 3));
        assert_eq!(Period::Tertial(2026, 3).prev(), Period::Tertial(2026, 2));
        assert!(Period::Tertial(2026, 1) < Period::Month(2026, 5));
    }

    #[test]
    fn ids() {
        assert!(is_valid_id("helse-02.a_b"));
        assert!(!is_valid_id("Helse"));
        assert!(!is_valid_id("barnehage-ås"));
        assert_eq!(suggest_id("Barnehage Ås"), "barnehage-as");
    }
}

/// A day of an event of the site's own (v1.2 `events/`): a date, or a month and day that come
/// back every year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EventDay {
    Date(NaiveDate),
    Yearly { month: u32, day: u32 },
}

impl EventDay {
    /// The day in `year`: a dated event only in its own year; a yearly 29 February falls on
    /// the 28th in other years.
    pub fn in_year(self, year: i32) -> Option<NaiveDate> {
        match self {
            EventDay::Date(d) => (d.year() == year).then_some(d),
            EventDay::Yearly { month, day } => NaiveDate::from_ymd_opt(year, month, day)
                .or_else(|| NaiveDate::from_ymd_opt(year, month, day.saturating_sub(1))),
        }
    }
}

#[cfg(test)]
mod event_day_tests {
    use super::*;

    #[test]
    fn a_yearly_day_falls_in_every_year_and_a_dated_one_in_its_own() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let yearly = EventDay::Yearly { month: 2, day: 29 };
        assert_eq!(yearly.in_year(2024), Some(d(2024, 2, 29)));
        assert_eq!(yearly.in_year(2026), Some(d(2026, 2, 28)));
        let dated = EventDay::Date(d(2026, 6, 18));
        assert_eq!(dated.in_year(2026), Some(d(2026, 6, 18)));
        assert_eq!(dated.in_year(2027), None);
    }
}
