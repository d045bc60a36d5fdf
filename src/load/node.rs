//! Front-matter as one tree of located values, whatever the syntax it was written in.
//!
//! TOML and YAML are parsed by their own crates (`toml`, `serde-saphyr`), both of which report
//! where each value sits; this module turns either result into the same [`Node`] tree so the
//! field decoders in [`super::fields`] are written once and every value keeps its line.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::span::{LineIndex, Pos};

#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub pos: Pos,
    pub value: Value,
    /// A number as written, where that differs from how the number prints: YAML reads
    /// `id: 1.10` as the number 1.1 and `id: 007` as 7, but an id or a case number is text.
    pub raw: Option<Box<str>>,
}

impl Node {
    pub fn new(pos: Pos, value: Value) -> Node {
        Node {
            pos,
            value,
            raw: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    /// A TOML date or date-time literal, as written.
    Date(String),
    Seq(Vec<Node>),
    Map(Vec<Entry>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub key: String,
    pub key_pos: Pos,
    pub node: Node,
}

impl Value {
    /// What the value is, for messages such as "expected a date, found a list".
    pub fn describe(&self) -> &'static str {
        match self {
            Value::Null => "an empty value",
            Value::Bool(_) => "a boolean",
            Value::Int(_) => "an integer",
            Value::Float(_) => "a number",
            Value::Str(_) => "a string",
            Value::Date(_) => "a date",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a table",
        }
    }
}

/// A syntax error in front-matter, with its position in the file.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub pos: Pos,
    pub message: String,
    /// How to mend it, in the editor's terms rather than the parser's.
    pub help: &'static str,
}

/// Parses TOML front-matter whose first line is line `first_line` of the file.
pub fn from_toml(text: &str, first_line: u32) -> Result<Node, SyntaxError> {
    let index = LineIndex::new(text);
    let at = |offset: usize| shift(index.pos(offset), first_line);
    match toml::de::DeTable::parse(text) {
        Ok(table) => Ok(Node::new(
            fence_line(first_line),
            toml_table(table.into_inner(), &at),
        )),
        Err(e) => {
            let message = e.message().trim();
            Err(SyntaxError {
                pos: e.span().map_or(Pos::new(first_line, 1), |s| at(s.start)),
                help: if message.contains("date") {
                    "write a day that exists as YYYY-MM-DD, e.g. 2026-02-28"
                } else {
                    "TOML is `key = value`, one per line: text in \"quotes\", lists in [ ], dates as YYYY-MM-DD"
                },
                message: format!("invalid TOML: {message}"),
            })
        }
    }
}

fn toml_table(table: toml::de::DeTable<'_>, at: &impl Fn(usize) -> Pos) -> Value {
    Value::Map(
        table
            .into_iter()
            .map(|(k, v)| Entry {
                key_pos: at(k.span().start),
                key: k.into_inner().into_owned(),
                node: toml_node(v, at),
            })
            .collect(),
    )
}

/// A string as read, control characters an escape made (`"\u0001"`) replaced: those written
/// as they are were replaced, with a warning, before parsing ([`crate::controls`]).
fn text(s: String) -> String {
    match crate::controls::clean(&s) {
        std::borrow::Cow::Borrowed(_) => s,
        std::borrow::Cow::Owned(clean) => clean,
    }
}

fn toml_node(v: toml::Spanned<toml::de::DeValue<'_>>, at: &impl Fn(usize) -> Pos) -> Node {
    use toml::de::DeValue;
    let pos = at(v.span().start);
    let value = match v.into_inner() {
        DeValue::String(s) => Value::Str(text(s.into_owned())),
        DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
            Ok(n) => Value::Int(n),
            // Too large for i64: keep it as text; the field decoder reports it.
            Err(_) => Value::Str(i.to_string()),
        },
        DeValue::Float(f) => {
            let n: f64 = f.as_str().parse().unwrap_or(f64::NAN);
            let raw = (n.to_string() != f.as_str()).then(|| f.as_str().into());
            return Node {
                pos,
                value: Value::Float(n),
                raw,
            };
        }
        DeValue::Boolean(b) => Value::Bool(b),
        DeValue::Datetime(d) => Value::Date(d.to_string()),
        DeValue::Array(items) => Value::Seq(items.into_iter().map(|n| toml_node(n, at)).collect()),
        DeValue::Table(t) => toml_table(t, at),
    };
    Node::new(pos, value)
}

/// The whole document is located at its opening fence: a missing field is reported there.
fn fence_line(first_line: u32) -> Pos {
    Pos::new(first_line.saturating_sub(1).max(1), 1)
}

fn shift(p: Pos, first_line: u32) -> Pos {
    Pos::new(p.line + first_line - 1, p.col)
}

/// Parses YAML front-matter whose first line is line `first_line` of the file.
///
/// YAML 1.2 booleans only (`true`/`false`): in YAML 1.1 `no` — the country code — is false,
/// and Norwegian text is full of "no", "ja" and "nei".
pub fn from_yaml(text: &str, first_line: u32) -> Result<Node, SyntaxError> {
    if text.trim().is_empty() {
        return Ok(Node::new(fence_line(first_line), Value::Map(Vec::new())));
    }
    let mut options = serde_saphyr::options! {
        strict_booleans: true,
    };
    options.duplicate_keys = serde_saphyr::DuplicateKeyPolicy::Error;
    match serde_saphyr::from_str_with_options::<serde_saphyr::Spanned<YamlValue>>(text, options) {
        Ok(doc) => {
            let mut node = Node::new(fence_line(first_line), doc.value.0);
            // The visitor sees positions in the front-matter; make them file lines.
            let lines: Vec<&str> = text.lines().collect();
            keep_written_numbers(&mut node.value, &lines);
            shift_children(&mut node.value, first_line);
            Ok(node)
        }
        Err(e) => {
            let pos = e
                .location()
                .filter(|l| l.line() > 0)
                .map_or(Pos::new(first_line, 1), |l| {
                    shift(
                        Pos::new(l.line() as u32, l.column().max(1) as u32),
                        first_line,
                    )
                });
            Err(SyntaxError {
                pos,
                message: format!("invalid YAML: {}", yaml_message(&e)),
                help: "YAML is `key: value`, one per line: lists with `- `, the same indentation for the same level, text with `: ` or `#` in \"quotes\"",
            })
        }
    }
}

/// The parser's message without its own location suffix and source snippet: we print the
/// position ourselves, in the file's numbering.
fn yaml_message(e: &serde_saphyr::Error) -> String {
    let options = serde_saphyr::render_options! {
        snippets: serde_saphyr::SnippetMode::Off,
    };
    let text = e.render_with_options(options);
    let first = text.lines().next().unwrap_or("").trim();
    let first = first.strip_prefix("error: ").unwrap_or(first);
    // "line 2 column 2: illegal placement…" or "…at line 2 column 2"
    let without_prefix = match first.split_once(": ") {
        Some((head, rest)) if head.starts_with("line ") => rest,
        _ => first,
    };
    let message = match without_prefix.rfind(" at line ") {
        Some(i) => &without_prefix[..i],
        None => without_prefix,
    };
    // The parser's advice is for programmers; say it in the editor's terms.
    match message.strip_prefix("duplicate mapping key: ") {
        Some(rest) => format!(
            "`{}` is written twice",
            rest.split(',').next().unwrap_or(rest).trim()
        ),
        None => message.to_string(),
    }
}

/// Keeps the text of each YAML number whose value prints otherwise (`1.10`, `007`, `1e3`),
/// read from the line and column the parser gave (a plain scalar runs to the end of the line,
/// a comment, or the next `,` `]` `}` of a flow collection).
fn keep_written_numbers(value: &mut Value, lines: &[&str]) {
    let children: Vec<&mut Node> = match value {
        Value::Seq(items) => items.iter_mut().collect(),
        Value::Map(entries) => entries.iter_mut().map(|e| &mut e.node).collect(),
        _ => return,
    };
    for node in children {
        let printed = match &node.value {
            Value::Int(i) => Some(i.to_string()),
            Value::Float(f) => Some(f.to_string()),
            _ => None,
        };
        if let Some(printed) = printed {
            let written = lines
                .get((node.pos.line as usize).wrapping_sub(1))
                .and_then(|l| {
                    l.chars()
                        .skip(node.pos.col as usize - 1)
                        .collect::<String>()
                        .into()
                })
                .map(|rest: String| {
                    let end = rest.find([',', ']', '}', '#']).unwrap_or(rest.len());
                    rest[..end].trim().to_string()
                });
            if let Some(w) = written.filter(|w| !w.is_empty() && *w != printed) {
                node.raw = Some(w.into());
            }
        }
        keep_written_numbers(&mut node.value, lines);
    }
}

fn shift_children(value: &mut Value, first_line: u32) {
    match value {
        Value::Seq(items) => items.iter_mut().for_each(|n| {
            n.pos = shift(n.pos, first_line);
            shift_children(&mut n.value, first_line);
        }),
        Value::Map(entries) => entries.iter_mut().for_each(|e| {
            e.key_pos = shift(e.key_pos, first_line);
            e.node.pos = shift(e.node.pos, first_line);
            shift_children(&mut e.node.value, first_line);
        }),
        _ => {}
    }
}

fn yaml_pos(s: &serde_saphyr::Spanned<YamlValue>) -> Pos {
    let l = s.referenced;
    Pos::new(l.line() as u32, l.column().max(1) as u32)
}

/// A YAML value as our [`Value`]; children carry positions through `serde_saphyr::Spanned`.
struct YamlValue(Value);

impl<'de> Deserialize<'de> for YamlValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(YamlVisitor)
    }
}

struct YamlVisitor;

impl<'de> Visitor<'de> for YamlVisitor {
    type Value = YamlValue;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_unit<E>(self) -> Result<YamlValue, E> {
        Ok(YamlValue(Value::Null))
    }
    fn visit_none<E>(self) -> Result<YamlValue, E> {
        Ok(YamlValue(Value::Null))
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<YamlValue, D::Error> {
        YamlValue::deserialize(d)
    }
    fn visit_bool<E>(self, v: bool) -> Result<YamlValue, E> {
        Ok(YamlValue(Value::Bool(v)))
    }
    fn visit_i64<E>(self, v: i64) -> Result<YamlValue, E> {
        Ok(YamlValue(Value::Int(v)))
    }
    fn visit_u64<E>(self, v: u64) -> Result<YamlValue, E> {
        Ok(YamlValue(
            i64::try_from(v).map_or_else(|_| Value::Str(v.to_string()), Value::Int),
        ))
    }
    fn visit_i128<E>(self, v: i128) -> Result<YamlValue, E> {
        Ok(YamlValue(
            i64::try_from(v).map_or_else(|_| Value::Str(v.to_string()), Value::Int),
        ))
    }
    fn visit_u128<E>(self, v: u128) -> Result<YamlValue, E> {
        Ok(YamlValue(
            i64::try_from(v).map_or_else(|_| Value::Str(v.to_string()), Value::Int),
        ))
    }
    fn visit_f64<E>(self, v: f64) -> Result<YamlValue, E> {
        Ok(YamlValue(Value::Float(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<YamlValue, E> {
        Ok(YamlValue(Value::Str(text(v.to_string()))))
    }
    fn visit_string<E>(self, v: String) -> Result<YamlValue, E> {
        Ok(YamlValue(Value::Str(text(v))))
    }
    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<YamlValue, E> {
        Ok(YamlValue(Value::Str(text(
            String::from_utf8_lossy(v).into_owned(),
        ))))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<YamlValue, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<serde_saphyr::Spanned<YamlValue>>()? {
            items.push(Node::new(yaml_pos(&item), item.value.0));
        }
        Ok(YamlValue(Value::Seq(items)))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<YamlValue, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<serde_saphyr::Spanned<YamlValue>>()? {
            let key_pos = yaml_pos(&key);
            let key = match key.value.0 {
                Value::Str(s) => s,
                Value::Int(i) => i.to_string(),
                Value::Float(f) => f.to_string(),
                Value::Bool(b) => b.to_string(),
                Value::Null => String::new(),
                other => {
                    return Err(de::Error::custom(format!(
                        "a key must be a plain word, not {}",
                        other.describe()
                    )));
                }
            };
            let value = map.next_value::<serde_saphyr::Spanned<YamlValue>>()?;
            entries.push(Entry {
                key,
                key_pos,
                node: Node::new(yaml_pos(&value), value.value.0),
            });
        }
        Ok(YamlValue(Value::Map(entries)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry<'a>(n: &'a Node, key: &str) -> &'a Entry {
        match &n.value {
            Value::Map(es) => es.iter().find(|e| e.key == key).unwrap(),
            _ => panic!("not a map"),
        }
    }

    #[test]
    fn toml_positions_are_file_lines() {
        let n = from_toml("title = \"Hei\"\n\n[[tasks]]\nid = \"t1\"\n", 2).unwrap();
        assert_eq!(entry(&n, "title").key_pos, Pos::new(2, 1));
        assert_eq!(entry(&n, "title").node.pos, Pos::new(2, 9));
        let Value::Seq(tasks) = &entry(&n, "tasks").node.value else {
            panic!()
        };
        assert_eq!(entry(&tasks[0], "id").node.pos, Pos::new(5, 6));
    }

    #[test]
    fn yaml_positions_are_file_lines() {
        let n = from_yaml("title: Hei\nvalues:\n  2022: 84.5\nok: no\n", 2).unwrap();
        assert_eq!(entry(&n, "title").node.pos, Pos::new(2, 8));
        let values = &entry(&n, "values").node;
        assert_eq!(entry(values, "2022").node.value, Value::Float(84.5));
        assert_eq!(entry(values, "2022").key_pos, Pos::new(4, 3));
        // YAML 1.2: `no` is the string "no", not false.
        assert_eq!(entry(&n, "ok").node.value, Value::Str("no".into()));
    }

    #[test]
    fn syntax_errors_point_at_the_file_line() {
        let e = from_toml("title = \"x\"\ndeadline = 2026-02-30\n", 2).unwrap_err();
        assert_eq!(e.pos.line, 3);
        assert!(e.message.contains("day"), "{}", e.message);
        let e = from_yaml("title: a\ntitle: b\n", 2).unwrap_err();
        assert_eq!(e.message, "invalid YAML: `title` is written twice");
        let e = from_yaml("title: [unclosed\nx: 1\n", 2).unwrap_err();
        assert!(e.pos.line >= 2, "{:?}", e);
        assert!(!e.message.contains("-->"), "{}", e.message);
    }

    #[test]
    fn yaml_numbers_keep_how_they_were_written() {
        let n = from_yaml(
            "items: [{id: 1.1}, {id: 1.10}]\ncase: 007\nx: 2.5 # note\n",
            2,
        )
        .unwrap();
        let items = match &entry(&n, "items").node.value {
            Value::Seq(v) => v.clone(),
            _ => panic!(),
        };
        let id = |i: usize| match &items[i].value {
            Value::Map(es) => es[0].node.clone(),
            _ => panic!(),
        };
        assert_eq!(id(0).raw, None);
        assert_eq!(id(1).raw.as_deref(), Some("1.10"));
        assert_eq!(entry(&n, "case").node.raw.as_deref(), Some("007"));
        assert_eq!(entry(&n, "x").node.raw, None);
    }
}
