//! Typed access to front-matter fields, reporting every wrong value with its line.
//!
//! Each accessor records the field name as known, so that [`Fields::finish`] can warn about
//! fields nobody asked for (a typo, or a field of a newer format version) and suggest the
//! nearest known one. Wrong values become diagnostics, never panics, and decoding goes on.

use std::cell::RefCell;

use chrono::NaiveDate;

use super::node::{Entry, Node, Value};
use crate::diag::{Diagnostics, did_you_mean};
use crate::model::rhythm::Rhythm;
use crate::model::vocab::Period;
use crate::span::{FilePath, Located, Pos};

/// One file being decoded: its path and the problems found in it.
pub struct FileCx {
    pub file: FilePath,
    diags: RefCell<Diagnostics>,
}

impl FileCx {
    pub fn new(file: FilePath) -> Self {
        FileCx {
            file,
            diags: RefCell::new(Diagnostics::new()),
        }
    }

    pub fn error(&self, pos: Pos, message: impl Into<String>, help: Option<&str>) {
        let mut d = self.diags.borrow_mut();
        let diag = d.error(&self.file, pos, message);
        if let Some(h) = help {
            diag.help(h);
        }
    }

    pub fn warning(&self, pos: Pos, message: impl Into<String>, help: Option<&str>) {
        let mut d = self.diags.borrow_mut();
        let diag = d.warning(&self.file, pos, message);
        if let Some(h) = help {
            diag.help(h);
        }
    }

    /// Takes over the problems found in another file read on this one's behalf.
    pub fn adopt(&self, other: FileCx) {
        self.extend(other.into_diagnostics());
    }

    /// Takes over problems found while this file was read, in it or in others.
    pub fn extend(&self, found: Diagnostics) {
        self.diags.borrow_mut().extend(found);
    }

    pub fn into_diagnostics(self) -> Diagnostics {
        self.diags.into_inner()
    }
}

/// The fields of one table (a whole front-matter, or an inline item such as a task).
pub struct Fields<'a> {
    cx: &'a FileCx,
    entries: &'a [Entry],
    used: Vec<bool>,
    known: Vec<&'a str>,
    pub pos: Pos,
}

/// A table of the kind `what` names, as an editor would write it.
fn example(what: &str) -> &'static str {
    match what {
        "`leader`" => "leader = { role = \"…\", name = \"…\" }",
        "`period`" => "period = { from = 2026, to = 2029 }",
        "`economy`" => {
            "economy = { budget = 1000000, spent = 600000, forecast = 1050000, comment = \"…\" }"
        }
        "a budget line" => "{ year = 2026, amount = 1000000, note = \"…\" }",
        "a task" => "{ id = \"…\", title = \"…\", responsible = \"…\", deadline = 2026-12-31 }",
        "a checklist item" => "{ id = \"…\", question = \"…\", answer = \"yesno\" }",
        "a status entry" => "{ ref = \"…\", status = \"…\", progress = 50 }",
        "a checklist answer" => "{ ref = \"…\", answer = true }",
        "a goal achievement" => "{ ref = \"…\", achievement = \"reached\" }",
        "an indicator value" => "{ indicator = \"…\", value = 84.5 }",
        "a verbalpunkt" => "{ id = \"…\", text = \"…\", owner = \"…\" }",
        _ => "{ id = \"…\", title = \"…\" }",
    }
}

impl<'a> Fields<'a> {
    /// The fields of `node`, or an error when it is not a table. `what` names it in messages.
    pub fn of(cx: &'a FileCx, node: &'a Node, what: &str) -> Option<Fields<'a>> {
        match &node.value {
            Value::Map(entries) => Some(Fields {
                cx,
                entries,
                used: vec![false; entries.len()],
                known: Vec::new(),
                pos: node.pos,
            }),
            other => {
                cx.error(
                    node.pos,
                    format!(
                        "{what} must be a table of fields, found {}",
                        other.describe()
                    ),
                    Some(&format!(
                        "write it as `{}` in TOML or as `key: value` lines in YAML",
                        example(what)
                    )),
                );
                None
            }
        }
    }

    pub fn cx(&self) -> &'a FileCx {
        self.cx
    }

    /// The node of a field; an explicit empty value counts as absent.
    pub fn raw(&mut self, key: &'a str) -> Option<&'a Node> {
        self.known.push(key);
        let i = self.entries.iter().position(|e| e.key == key)?;
        self.used[i] = true;
        let node = &self.entries[i].node;
        (node.value != Value::Null).then_some(node)
    }

    /// Whether the field is written at all (even empty).
    pub fn has(&self, key: &str) -> bool {
        self.entries.iter().any(|e| e.key == key)
    }

    fn wrong(&self, key: &str, node: &Node, expected: &str) {
        self.cx.error(
            node.pos,
            format!(
                "`{key}` must be {expected}, found {}",
                node.value.describe()
            ),
            None,
        );
    }

    /// A text field. Numbers are taken as their text (`case = 2023` is "2023").
    pub fn text(&mut self, key: &'a str) -> Option<Located<String>> {
        let node = self.raw(key)?;
        let text = match &node.value {
            Value::Str(s) => s.clone(),
            Value::Int(_) | Value::Float(_) if node.raw.is_some() => {
                node.raw.as_deref().unwrap_or_default().to_string()
            }
            Value::Int(i) => i.to_string(),
            Value::Float(f) => f.to_string(),
            Value::Date(d) => d.clone(),
            _ => {
                self.wrong(key, node, "text");
                return None;
            }
        };
        Some(Located::new(text, node.pos))
    }

    /// A text field that must be there.
    pub fn required_text(&mut self, key: &'a str, what: &str) -> Option<Located<String>> {
        let found = self.text(key);
        if found.is_none() && !self.has(key) {
            self.cx.error(
                self.pos,
                format!("{what} has no `{key}`"),
                Some(&format!("add `{key} = \"…\"`")),
            );
        }
        found.filter(|t| {
            let empty = t.value.trim().is_empty();
            if empty {
                self.cx.error(t.pos, format!("`{key}` is empty"), None);
            }
            !empty
        })
    }

    /// An id reference: text without surrounding space.
    pub fn id(&mut self, key: &'a str) -> Option<Located<String>> {
        self.text(key).map(|t| t.map(|s| s.trim().to_string()))
    }

    /// One id or a list of ids.
    pub fn ids(&mut self, key: &'a str) -> Vec<Located<String>> {
        let Some(node) = self.raw(key) else {
            return Vec::new();
        };
        match &node.value {
            Value::Str(s) => vec![Located::new(s.trim().to_string(), node.pos)],
            Value::Seq(items) => items
                .iter()
                .filter_map(|n| match &n.value {
                    Value::Str(s) => Some(Located::new(s.trim().to_string(), n.pos)),
                    _ => {
                        self.wrong(key, n, "a list of ids");
                        None
                    }
                })
                .collect(),
            _ => {
                self.wrong(key, node, "an id or a list of ids");
                Vec::new()
            }
        }
    }

    pub fn bool(&mut self, key: &'a str) -> Option<Located<bool>> {
        let node = self.raw(key)?;
        match node.value {
            Value::Bool(b) => Some(Located::new(b, node.pos)),
            _ => {
                self.wrong(key, node, "`true` or `false`");
                None
            }
        }
    }

    /// A whole number (a float with no fraction is accepted).
    pub fn int(&mut self, key: &'a str) -> Option<Located<i64>> {
        let node = self.raw(key)?;
        self.int_of(key, node)
    }

    fn int_of(&self, key: &str, node: &Node) -> Option<Located<i64>> {
        match node.value {
            Value::Int(i) => Some(Located::new(i, node.pos)),
            Value::Float(f) if f.fract() == 0.0 && f.abs() < 9e15 => {
                Some(Located::new(f as i64, node.pos))
            }
            _ => {
                self.wrong(key, node, "a whole number");
                None
            }
        }
    }

    /// A year such as `2026`.
    pub fn year(&mut self, key: &'a str) -> Option<Located<i32>> {
        let node = self.raw(key)?;
        self.year_of(key, node)
    }

    fn year_of(&self, key: &str, node: &Node) -> Option<Located<i32>> {
        let n = match &node.value {
            Value::Str(s) => s.trim().parse::<i64>().ok(),
            Value::Int(i) => Some(*i),
            _ => None,
        };
        match n {
            Some(y) if (1000..=9999).contains(&y) => Some(Located::new(y as i32, node.pos)),
            _ => {
                self.cx.error(
                    node.pos,
                    format!(
                        "`{key}` must be a year such as 2026, found {}",
                        show(&node.value)
                    ),
                    None,
                );
                None
            }
        }
    }

    /// Any number; text such as `"84,5"` (Norwegian decimal comma) is accepted too.
    pub fn number(&mut self, key: &'a str) -> Option<Located<f64>> {
        let node = self.raw(key)?;
        number_of(self.cx, key, node)
    }

    /// An amount in kroner (v1.2 `economy`): an integer or a decimal; text such as `"1250,5"`
    /// is read as a number too, anything else is an error at its line.
    pub fn kroner(&mut self, key: &'a str) -> Option<Located<f64>> {
        let node = self.raw(key)?;
        match numeric(&node.value) {
            Some(v) => Some(Located::new(v, node.pos)),
            _ => {
                self.cx.error(
                    node.pos,
                    format!("`{key}` must be an amount in kroner, found {}", show(&node.value)),
                    Some(&format!(
                        "write a number without spaces or `kr`: `{key} = 1250000` (TOML may write `1_250_000`), decimals with a point"
                    )),
                );
                None
            }
        }
    }

    /// A percentage 0–100.
    pub fn progress(&mut self, key: &'a str) -> Option<Located<u8>> {
        let n = self.number(key)?;
        if (0.0..=100.0).contains(&n.value) {
            Some(n.map(|v| v.round() as u8))
        } else {
            self.cx.error(
                n.pos,
                format!("`{key}` must be between 0 and 100, found {}", n.value),
                Some("progress is a percentage: 0 is not started, 100 is done"),
            );
            None
        }
    }

    /// A date `YYYY-MM-DD`, written as a TOML/YAML date or as a string.
    pub fn date(&mut self, key: &'a str) -> Option<Located<NaiveDate>> {
        let node = self.raw(key)?;
        date_of(self.cx, key, node)
    }

    /// A period: `2026-03`, `2026-T1` or `2026` (a year may be an integer).
    pub fn period(&mut self, key: &'a str) -> Option<Located<Period>> {
        let node = self.raw(key)?;
        let text = match &node.value {
            Value::Str(s) => s.clone(),
            Value::Int(i) => i.to_string(),
            Value::Date(d) => d.clone(),
            _ => {
                self.wrong(key, node, "a period");
                return None;
            }
        };
        period_of(self.cx, key, &text, node.pos)
    }

    /// A list of tables or values.
    pub fn list(&mut self, key: &'a str) -> &'a [Node] {
        let Some(node) = self.raw(key) else {
            return &[];
        };
        match &node.value {
            Value::Seq(items) => items,
            _ => {
                self.cx.error(
                    node.pos,
                    format!("`{key}` must be a list, found {}", node.value.describe()),
                    Some("in TOML write `[[key]]` tables or `key = [ … ]`; in YAML a `- ` line per entry"),
                );
                &[]
            }
        }
    }

    /// A nested table.
    pub fn table(&mut self, key: &'a str) -> Option<Fields<'a>> {
        let node = self.raw(key)?;
        Fields::of(self.cx, node, &format!("`{key}`"))
    }

    /// The entries of a table field whose keys are data (periods, years), not field names.
    pub fn map_entries(&mut self, key: &'a str) -> &'a [Entry] {
        let Some(node) = self.raw(key) else {
            return &[];
        };
        match &node.value {
            Value::Map(entries) => entries,
            _ => {
                self.wrong(key, node, "a table such as `{ \"2025\" = 84.5 }`");
                &[]
            }
        }
    }

    /// Period → number, as in an indicator's `values` and `targets`.
    pub fn period_numbers(&mut self, key: &'a str) -> Vec<(Located<Period>, Located<f64>)> {
        let cx = self.cx;
        self.map_entries(key)
            .iter()
            .filter_map(|e| {
                let period = period_of(cx, key, &e.key, e.key_pos)?;
                let value = number_of(cx, key, &e.node)?;
                Some((period, value))
            })
            .collect()
    }

    /// Year → whole kroner, as in a measure's `amounts`.
    pub fn year_amounts(&mut self, key: &'a str) -> Vec<(Located<i32>, Located<i64>)> {
        let entries = self.map_entries(key);
        entries
            .iter()
            .filter_map(|e| {
                let key_node = Node::new(e.key_pos, Value::Str(e.key.clone()));
                let year = self.year_of(key, &key_node)?;
                let amount = self.int_of(key, &e.node)?;
                Some((year, amount))
            })
            .collect()
    }

    /// v1.2 `reporting`: a list of `month`, `tertial`, `year` (one kind alone may be written
    /// as a string). Each wrong entry is an error at its own line; `None` when absent or when
    /// nothing valid is left.
    pub fn rhythm(&mut self, key: &'a str) -> Option<Located<Rhythm>> {
        let node = self.raw(key)?;
        let entries: &[Node] = match &node.value {
            Value::Seq(items) => items,
            Value::Str(_) => std::slice::from_ref(node),
            _ => {
                self.wrong(key, node, "a list such as `[\"tertial\", \"year\"]`");
                return None;
            }
        };
        let help = "write any of `month`, `tertial` and `year`, e.g. `reporting = [\"tertial\", \"year\"]`";
        let mut out = Rhythm::default();
        for n in entries {
            match &n.value {
                Value::Str(s) => match Rhythm::key(s.trim()) {
                    Some(r) => out = out.with(r),
                    None => {
                        let hint = did_you_mean(s.trim(), Rhythm::KEYS.iter().copied());
                        self.cx.error(
                            n.pos,
                            format!("unknown reporting period `{s}` in `{key}`{hint}"),
                            Some(help),
                        );
                    }
                },
                other => self.cx.error(
                    n.pos,
                    format!(
                        "`{key}` must list kinds of period as text, found {}",
                        other.describe()
                    ),
                    Some(help),
                ),
            }
        }
        if entries.is_empty() {
            self.cx.error(
                node.pos,
                format!("`{key}` is empty"),
                Some("a unit reports at least one kind of period; leave `reporting` out to inherit it"),
            );
        }
        (!out.is_empty()).then(|| Located::new(out, node.pos))
    }

    /// Warns about every field that no accessor asked for.
    pub fn finish(self, what: &str) {
        for (entry, used) in self.entries.iter().zip(&self.used) {
            if *used {
                continue;
            }
            let hint = did_you_mean(&entry.key, self.known.iter().copied());
            self.cx.warning(
                entry.key_pos,
                format!("unknown field `{}` in {what}{hint}", entry.key),
                Some(
                    "it is ignored; fix the spelling, or remove it if it is not meant for raudtrad",
                ),
            );
        }
    }
}

fn show(v: &Value) -> String {
    match v {
        Value::Str(s) | Value::Date(s) => format!("`{s}`"),
        Value::Int(i) => format!("`{i}`"),
        Value::Float(f) => format!("`{f}`"),
        other => other.describe().to_string(),
    }
}

/// A finite number from an integer, a decimal or text that reads as one (`"1250,5"`).
fn numeric(value: &Value) -> Option<f64> {
    let n = match value {
        Value::Int(i) => Some(*i as f64),
        Value::Float(f) => Some(*f),
        Value::Str(s) => s.trim().replace(',', ".").parse::<f64>().ok(),
        _ => None,
    };
    n.filter(|v| v.is_finite())
}

pub fn number_of(cx: &FileCx, key: &str, node: &Node) -> Option<Located<f64>> {
    match numeric(&node.value) {
        Some(v) => Some(Located::new(v, node.pos)),
        _ => {
            cx.error(
                node.pos,
                format!("`{key}` must be a number, found {}", show(&node.value)),
                None,
            );
            None
        }
    }
}

pub fn date_of(cx: &FileCx, key: &str, node: &Node) -> Option<Located<NaiveDate>> {
    let text = match &node.value {
        Value::Str(s) | Value::Date(s) => s.trim(),
        _ => {
            cx.error(
                node.pos,
                format!(
                    "`{key}` must be a date YYYY-MM-DD, found {}",
                    node.value.describe()
                ),
                None,
            );
            return None;
        }
    };
    match parse_date(text) {
        Some(d) => Some(Located::new(d, node.pos)),
        None => {
            cx.error(
                node.pos,
                format!("`{key}` is not a date: `{text}`"),
                Some("write a day that exists as YYYY-MM-DD, e.g. 2026-03-01"),
            );
            None
        }
    }
}

/// Strict `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    shape.then(|| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok())?
}

pub fn period_of(cx: &FileCx, key: &str, text: &str, pos: Pos) -> Option<Located<Period>> {
    match Period::parse(text) {
        Some(p) => Some(Located::new(p, pos)),
        None => {
            cx.error(
                pos,
                format!("`{key}`: `{text}` is not a period"),
                Some("write a month `2026-03`, a tertial `2026-T1` (T1 Jan–Apr, T2 May–Aug, T3 Sep–Dec) or a year `2026`"),
            );
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::node::from_toml;

    #[test]
    fn collects_errors_and_unknown_fields() {
        let node = from_toml(
            "title = \"x\"\ndeadline = \"2026-02-30\"\nprogress = 120\ntitel = \"y\"\nperiod = 2026\n",
            2,
        )
        .unwrap();
        let cx = FileCx::new("content/a.md".into());
        let mut f = Fields::of(&cx, &node, "the file").unwrap();
        assert_eq!(f.text("title").unwrap().value, "x");
        assert!(f.date("deadline").is_none());
        assert!(f.progress("progress").is_none());
        assert_eq!(f.period("period").unwrap().value, Period::Year(2026));
        f.finish("an assignment");
        let diags: Vec<String> = cx
            .into_diagnostics()
            .sorted()
            .iter()
            .map(|d| d.to_string())
            .collect();
        assert_eq!(diags.len(), 3, "{diags:#?}");
        assert!(
            diags[0]
                .starts_with("content/a.md:3:12: error: `deadline` is not a date: `2026-02-30`")
        );
        assert!(
            diags[1].starts_with("content/a.md:4:12: error: `progress` must be between 0 and 100")
        );
        assert!(diags[2].starts_with(
            "content/a.md:5:1: warning: unknown field `titel` in an assignment (did you mean `title`?)"
        ));
    }

    #[test]
    fn strict_dates() {
        assert!(parse_date("2026-03-01").is_some());
        assert!(parse_date("2026-3-1").is_none());
        assert!(parse_date("2026-02-29").is_none());
        assert!(parse_date("2024-02-29").is_some());
        assert!(parse_date("2026-03-01T10:00:00").is_none());
    }
}
