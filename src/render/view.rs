//! The building blocks every page is made of, seen by one audience: links, cards, dates,
//! statuses. Pages ask [`Ctx`] what the audience may see ([`Ctx::visible`] for internal
//! items, [`Ctx::person`] for person names), and it asks the one place that decides,
//! [`crate::model::audience`].

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::urls;
use crate::config::Lang;
use crate::labels::Labels;
use crate::model::vocab::{Audience, Kind, month_name};
use crate::model::*;

/// One page's view of the graph.
pub struct Ctx<'g> {
    pub g: &'g Graph,
    pub audience: Audience,
    pub labels: &'g Labels,
    /// From this page to the tree's root.
    pub root: String,
}

#[derive(Serialize, Clone, Debug)]
pub struct Link {
    pub href: String,
    pub title: String,
    pub key: String,
    pub kind: &'static str,
    /// Marked in the internal tree so employees see what citizens do not.
    pub internal: bool,
}

#[derive(Serialize, Clone, Debug)]
pub struct DateView {
    pub iso: String,
    pub label: String,
}

#[derive(Serialize, Clone, Debug)]
pub struct StatusView {
    pub key: String,
    pub label: String,
    pub color: String,
    pub done: bool,
}

/// An item in a list: enough to tell what it is, where it stands and who has it.
#[derive(Serialize, Clone, Debug)]
pub struct Card {
    pub href: String,
    pub title: String,
    pub key: String,
    pub kind: &'static str,
    pub kind_label: String,
    pub summary: Option<String>,
    pub status: Option<StatusView>,
    pub progress: Option<u8>,
    pub deadline: Option<DateView>,
    pub overdue: bool,
    pub unit: Option<Link>,
    /// The person responsible for a task, where this audience may see names.
    pub person: Option<String>,
    pub internal: bool,
}

impl<'g> Ctx<'g> {
    pub fn new(g: &'g Graph, audience: Audience, labels: &'g Labels, page_path: &str) -> Self {
        Ctx {
            g,
            audience,
            labels,
            root: urls::root_prefix(page_path),
        }
    }

    pub fn l(&self, key: &str) -> String {
        self.labels.get(key).to_string()
    }

    pub fn lang(&self) -> Lang {
        self.g.config.language
    }

    /// Whether this audience may see the item at all.
    pub fn visible(&self, id: ItemId) -> bool {
        self.audience.sees_id(self.g, id)
    }

    /// A person's name, or `None` where names may not be shown.
    pub fn person(&self, name: Option<&str>) -> Option<String> {
        name.filter(|_| self.audience.sees_names(&self.g.config))
            .map(str::to_string)
    }

    /// A free-text `source` as this audience may read it (see [`Audience::source_text`]).
    pub fn source_text<'t>(&self, text: &'t str) -> Option<&'t str> {
        self.audience.source_text(self.g, text)
    }

    /// The names to withhold from text, where this audience may not see them.
    pub fn names_withheld(&self) -> Option<&'g crate::model::PersonNames> {
        self.audience.withheld_names(self.g).map(|n| &**n)
    }

    /// Free text with every known person name withheld, where this audience may not see
    /// names. For text that is transformed before it reaches a file (calendar lines, which
    /// are folded): the writer's guard sees only the result, so the name is withheld at the
    /// source too. Markdown is withheld while it is rendered ([`Ctx::names_withheld`]).
    pub fn without_names<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        let Some(names) = self.names_withheld() else {
            return std::borrow::Cow::Borrowed(text);
        };
        match names.redact_str(text, &withheld(self.labels)) {
            Some(t) => std::borrow::Cow::Owned(t),
            None => std::borrow::Cow::Borrowed(text),
        }
    }

    /// The units right below `unit` as this audience sees them: its children, and in place
    /// of a child it may not see, that child's nearest visible units below (so a public unit
    /// under an internal one is not lost). In organisation order.
    pub fn units_below(&self, unit: ItemId) -> Vec<ItemId> {
        self.audience.units_below(self.g, unit)
    }

    pub fn href(&self, path: &str) -> String {
        format!("{}{path}", self.root)
    }

    /// The address of item `id`'s page (or its section of one) from this page.
    pub fn item_href(&self, id: ItemId) -> String {
        let mut out = String::with_capacity(self.root.len() + 64);
        out.push_str(&self.root);
        urls::push_item_path(self.g, id, &mut out);
        out
    }

    pub fn link(&self, id: ItemId) -> Option<Link> {
        if !self.visible(id) {
            return None;
        }
        let item = self.g.item(id);
        Some(Link {
            href: self.item_href(id),
            title: item.title.clone(),
            key: item.key.clone(),
            kind: item.kind.key(),
            internal: self.is_internal(id),
        })
    }

    pub fn links(&self, ids: &[ItemId]) -> Vec<Link> {
        ids.iter().filter_map(|&id| self.link(id)).collect()
    }

    fn is_internal(&self, id: ItemId) -> bool {
        self.g.item(id).visibility == crate::model::vocab::Visibility::Internal
    }

    pub fn kind_label(&self, kind: Kind) -> String {
        self.l(label_key(kind))
    }

    pub fn kinds_label(&self, kind: Kind) -> String {
        self.l(plural_key(kind))
    }

    pub fn date(&self, d: NaiveDate) -> DateView {
        DateView {
            iso: iso_date(d),
            label: date_label(d, self.labels),
        }
    }

    pub fn date_opt(&self, d: Option<NaiveDate>) -> Option<DateView> {
        d.map(|d| self.date(d))
    }

    pub fn status(&self, ix: StatusIx) -> Option<StatusView> {
        self.g.config.statuses.get(ix).map(|s| StatusView {
            key: s.key.clone(),
            label: s.label.clone(),
            color: s.color.clone(),
            done: s.done,
        })
    }

    /// The unit an item belongs to, for cards and search results.
    pub fn unit_of(&self, item: &Item) -> Option<ItemId> {
        match &item.data {
            Data::Assignment(a) => a.owner,
            Data::Task(t) => match t.responsible {
                Responsible::Unit(u) => Some(u),
                _ => self
                    .g
                    .assignment(t.assignment)
                    .and_then(|a| a.assigned_to.first().copied().or(a.owner)),
            },
            Data::Report(r) => r.unit,
            Data::Letter(l) => l.from,
            Data::Plan(p) => p.owner,
            Data::Measure(m) => m.owner,
            Data::Verbal(v) => v.owner,
            Data::Unit(u) => u.parent,
            _ => None,
        }
    }

    pub fn card(&self, id: ItemId) -> Option<Card> {
        if !self.visible(id) {
            return None;
        }
        let item = self.g.item(id);
        let track = self.g.tracking(id);
        Some(Card {
            href: self.item_href(id),
            title: item.title.clone(),
            key: item.key.clone(),
            kind: item.kind.key(),
            kind_label: self.kind_label(item.kind),
            summary: item.summary.clone(),
            status: track.and_then(|t| self.status(t.status)),
            progress: track.and_then(|t| t.progress),
            deadline: track.and_then(|t| self.date_opt(t.deadline)),
            overdue: track.is_some_and(|t| t.overdue),
            unit: self.unit_of(item).and_then(|u| self.link(u)),
            person: match &item.data {
                Data::Task(t) => match &t.responsible {
                    Responsible::Person(name) => self.person(Some(self.g.people.shown(name))),
                    _ => None,
                },
                _ => None,
            },
            internal: self.is_internal(id),
        })
    }

    pub fn cards(&self, ids: &[ItemId]) -> Vec<Card> {
        ids.iter().filter_map(|&id| self.card(id)).collect()
    }

    /// The address of a case (`PS 98/2025`) in the municipality's portal, when the site has a
    /// `case_url`.
    pub fn case_href(&self, case: Option<&str>) -> Option<String> {
        let template = self.g.config.case_url.as_deref()?;
        let case = case.map(str::trim).filter(|c| !c.is_empty())?;
        Some(urls::case_url(template, case))
    }

    pub fn amount(&self, kroner: i64) -> String {
        format!("{}\u{a0}{}", group_thousands(kroner), self.labels.get("kr"))
    }

    /// An amount without its unit, for a column whose heading names the unit.
    pub fn amount_bare(&self, kroner: i64) -> String {
        group_thousands(kroner)
    }
}

pub fn label_key(kind: Kind) -> &'static str {
    match kind {
        Kind::CheckItem => "checklist_item",
        k => k.key(),
    }
}

pub fn plural_key(kind: Kind) -> &'static str {
    match kind {
        Kind::Unit => "units",
        Kind::Plan => "plans",
        Kind::Goal => "goals",
        Kind::Strategy => "strategies",
        Kind::Measure => "measures",
        Kind::Verbal => "verbals",
        Kind::Letter => "letters",
        Kind::Assignment => "assignments",
        Kind::Task => "tasks",
        Kind::Indicator => "indicators",
        Kind::Checklist => "checklists",
        Kind::CheckItem => "checklist_items",
        Kind::Report => "reports",
        Kind::Event => "events",
    }
}

/// "15. oktober 2026" (nn, nb) or "15 October 2026" (en).
pub fn date_label(d: NaiveDate, labels: &Labels) -> String {
    use std::fmt::Write;
    // One pass over the label, not a string per placeholder: a page of cards has a date on
    // each.
    let mut rest = labels.get("date_long");
    let mut out = String::with_capacity(rest.len() + 16);
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if let Some(r) = rest.strip_prefix("{day}") {
            let _ = write!(out, "{}", d.day());
            rest = r;
        } else if let Some(r) = rest.strip_prefix("{month}") {
            out.push_str(month_name(d.month(), labels));
            rest = r;
        } else if let Some(r) = rest.strip_prefix("{year}") {
            let _ = write!(out, "{}", d.year());
            rest = r;
        } else {
            out.push('{');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

/// `2026-09-04`, as chrono's `%Y-%m-%d` writes it (years outside 0–9999 are left to chrono,
/// which gives them a sign).
pub fn iso_date(d: NaiveDate) -> String {
    if (0..=9999).contains(&d.year()) {
        format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
    } else {
        d.format("%Y-%m-%d").to_string()
    }
}

/// "1 500 000" with no-break spaces, "−250 000" for a saving.
pub fn group_thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    if n < 0 { format!("−{out}") } else { out }
}

/// A number as Norwegians write it: decimal comma, at most two decimals.
pub fn number(v: f64, lang: Lang) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        group_thousands(v as i64)
    } else {
        let s = format!("{v:.2}");
        let s = s.trim_end_matches('0').trim_end_matches('.').to_string();
        match s.split_once('.') {
            Some((int, frac)) => {
                let int: i64 = int.parse().unwrap_or(0);
                let sign = if v < 0.0 && int == 0 { "−" } else { "" };
                let sep = if lang == Lang::En { "." } else { "," };
                format!("{sign}{}{sep}{frac}", group_thousands(int))
            }
            None => s,
        }
    }
}

/// What stands where a person's name is withheld. It lands in any file type (HTML, XML, JSON,
/// CSV, iCalendar, Markdown), so it keeps to characters that need no escaping in any of them.
pub fn withheld(labels: &Labels) -> String {
    let text: String = labels
        .get("name_withheld")
        .chars()
        .filter(|c| c.is_alphanumeric() || " ()-.".contains(*c))
        .collect();
    if text.trim().is_empty() {
        "(-)".into()
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(group_thousands(1_500_000), "1\u{a0}500\u{a0}000");
        assert_eq!(group_thousands(-250_000), "−250\u{a0}000");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(number(84.5, Lang::Nn), "84,5");
        assert_eq!(number(84.5, Lang::En), "84.5");
        assert_eq!(number(1200.0, Lang::Nn), "1\u{a0}200");
        assert_eq!(number(-0.25, Lang::Nn), "−0,25");
        let d = NaiveDate::from_ymd_opt(2026, 10, 15).unwrap();
        assert_eq!(
            date_label(d, &Labels::built_in(Lang::Nn)),
            "15. oktober 2026"
        );
        assert_eq!(
            date_label(d, &Labels::built_in(Lang::En)),
            "15 October 2026"
        );
    }

    #[test]
    fn dates_read_as_chrono_and_the_placeholder_chain_wrote_them() {
        let days = [
            (1, 1, 1),
            (999, 12, 31),
            (2026, 1, 9),
            (2026, 10, 15),
            (9999, 12, 31),
            (10000, 1, 1),
            (-44, 3, 15),
        ];
        for (y, m, day) in days {
            let d = NaiveDate::from_ymd_opt(y, m, day).unwrap();
            assert_eq!(iso_date(d), d.format("%Y-%m-%d").to_string());
            for lang in [Lang::Nn, Lang::Nb, Lang::En] {
                let labels = Labels::built_in(lang);
                let chained = labels
                    .get("date_long")
                    .replace("{day}", &d.day().to_string())
                    .replace("{month}", month_name(d.month(), &labels))
                    .replace("{year}", &d.year().to_string());
                assert_eq!(date_label(d, &labels), chained, "{lang:?} {d}");
            }
        }
    }
}
