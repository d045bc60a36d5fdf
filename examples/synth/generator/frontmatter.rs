//! Front-matter as a small value tree, written either as TOML (`+++`) or as YAML (`---`), so
//! every generated item can come out in both syntaxes from one description — the way sites
//! written by different people mix them.

use std::fmt::Write as _;

#[derive(Clone, Debug)]
pub enum Val {
    Str(String),
    Int(i64),
    Num(f64),
    Bool(bool),
    /// `YYYY-MM-DD`, written bare (a TOML date, a YAML plain scalar).
    Date(String),
    List(Vec<Val>),
    Map(Map),
}

/// Keys in the order they are written.
pub type Map = Vec<(String, Val)>;

pub fn s(text: impl Into<String>) -> Val {
    Val::Str(text.into())
}

pub fn strs<S: AsRef<str>>(items: &[S]) -> Val {
    Val::List(items.iter().map(|i| s(i.as_ref())).collect())
}

/// Builds a [`Map`] from `key => value` pairs, leaving out `None`s.
pub struct MapBuilder(Map);

impl MapBuilder {
    pub fn new() -> MapBuilder {
        MapBuilder(Vec::new())
    }
    pub fn put(mut self, key: &str, val: Val) -> MapBuilder {
        self.0.push((key.to_string(), val));
        self
    }
    pub fn opt(self, key: &str, val: Option<Val>) -> MapBuilder {
        match val {
            Some(v) => self.put(key, v),
            None => self,
        }
    }
    pub fn done(self) -> Map {
        self.0
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Syntax {
    Toml,
    Yaml,
}

/// The whole file: front-matter between its fences, a blank line, the body.
pub fn document(syntax: Syntax, fields: &Map, body: &str) -> String {
    let mut out = String::with_capacity(body.len() + 512);
    match syntax {
        Syntax::Toml => {
            out.push_str("+++\n");
            toml_table(fields, &mut out);
            out.push_str("+++\n");
        }
        Syntax::Yaml => {
            out.push_str("---\n");
            yaml_map(fields, 0, &mut out);
            out.push_str("---\n");
        }
    }
    out.push('\n');
    out.push_str(body);
    if !body.ends_with('\n') {
        out.push('\n');
    }
    out
}

fn bare_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphabetic() || b == b'_' || b == b'-')
}

fn quoted(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out.push('"');
}

fn key(k: &str, out: &mut String) {
    if bare_key(k) {
        out.push_str(k);
    } else {
        quoted(k, out);
    }
}

fn is_table_list(v: &Val) -> bool {
    matches!(v, Val::List(items) if !items.is_empty() && items.iter().all(|i| matches!(i, Val::Map(_))))
}

/// Scalars and inline tables first, then arrays of tables (`[[tasks]]`), as a person writes it.
fn toml_table(fields: &Map, out: &mut String) {
    for (k, v) in fields.iter().filter(|(_, v)| !is_table_list(v)) {
        key(k, out);
        out.push_str(" = ");
        toml_inline(v, out);
        out.push('\n');
    }
    for (k, v) in fields.iter().filter(|(_, v)| is_table_list(v)) {
        let Val::List(items) = v else { unreachable!() };
        for item in items {
            let Val::Map(m) = item else { unreachable!() };
            out.push_str("\n[[");
            key(k, out);
            out.push_str("]]\n");
            toml_table(m, out);
        }
    }
}

fn toml_inline(v: &Val, out: &mut String) {
    match v {
        Val::Str(t) => quoted(t, out),
        Val::Int(i) => write!(out, "{i}").unwrap(),
        Val::Num(n) => write!(out, "{n:?}").unwrap(),
        Val::Bool(b) => write!(out, "{b}").unwrap(),
        Val::Date(d) => out.push_str(d),
        Val::List(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                toml_inline(item, out);
            }
            out.push(']');
        }
        Val::Map(m) => {
            out.push_str("{ ");
            for (i, (k, v)) in m.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                key(k, out);
                out.push_str(" = ");
                toml_inline(v, out);
            }
            out.push_str(" }");
        }
    }
}

fn yaml_scalar(v: &Val, out: &mut String) {
    match v {
        Val::Str(t) => quoted(t, out),
        Val::Int(i) => write!(out, "{i}").unwrap(),
        Val::Num(n) => write!(out, "{n:?}").unwrap(),
        Val::Bool(b) => write!(out, "{b}").unwrap(),
        Val::Date(d) => out.push_str(d),
        Val::List(_) | Val::Map(_) => unreachable!("not a scalar"),
    }
}

/// Block style; short lists of scalars in flow style (`goals: ["a", "b"]`), as people write them.
fn yaml_map(fields: &Map, indent: usize, out: &mut String) {
    for (i, (k, v)) in fields.iter().enumerate() {
        if i > 0 || indent == 0 {
            out.push_str(&" ".repeat(indent));
        }
        key(k, out);
        out.push(':');
        yaml_value(v, indent, out);
    }
}

fn yaml_value(v: &Val, indent: usize, out: &mut String) {
    match v {
        Val::Map(m) if m.is_empty() => out.push_str(" {}\n"),
        Val::Map(m) => {
            out.push('\n');
            out.push_str(&" ".repeat(indent + 2));
            yaml_map(m, indent + 2, out);
        }
        Val::List(items) if items.is_empty() => out.push_str(" []\n"),
        Val::List(items)
            if items
                .iter()
                .all(|i| !matches!(i, Val::Map(_) | Val::List(_))) =>
        {
            out.push_str(" [");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                yaml_scalar(item, out);
            }
            out.push_str("]\n");
        }
        Val::List(items) => {
            out.push('\n');
            for item in items {
                out.push_str(&" ".repeat(indent + 2));
                out.push_str("- ");
                match item {
                    Val::Map(m) => yaml_map(m, indent + 4, out),
                    other => {
                        yaml_scalar(other, out);
                        out.push('\n');
                    }
                }
            }
        }
        scalar => {
            out.push(' ');
            yaml_scalar(scalar, out);
            out.push('\n');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Map {
        MapBuilder::new()
            .put("title", s("Barnehagar «nye» \"x\""))
            .put("deadline", Val::Date("2026-09-01".into()))
            .put("goals", strs(&["a", "b"]))
            .put(
                "leader",
                Val::Map(
                    MapBuilder::new()
                        .put("role", s("Leiar"))
                        .put("name", s("Åse"))
                        .done(),
                ),
            )
            .put(
                "amounts",
                Val::Map(vec![
                    ("2026".into(), Val::Int(-5)),
                    ("2027".into(), Val::Int(7)),
                ]),
            )
            .put(
                "tasks",
                Val::List(vec![Val::Map(
                    MapBuilder::new()
                        .put("id", s("t1"))
                        .put("progress", Val::Int(40))
                        .done(),
                )]),
            )
            .done()
    }

    #[test]
    fn toml_and_yaml_layouts() {
        let t = document(Syntax::Toml, &sample(), "Body");
        assert!(
            t.contains("title = \"Barnehagar «nye» \\\"x\\\"\"\n"),
            "{t}"
        );
        assert!(
            t.contains("amounts = { \"2026\" = -5, \"2027\" = 7 }\n"),
            "{t}"
        );
        assert!(
            t.contains("\n[[tasks]]\nid = \"t1\"\nprogress = 40\n+++\n\nBody\n"),
            "{t}"
        );
        let y = document(Syntax::Yaml, &sample(), "Body");
        assert!(y.starts_with("---\ntitle: \"Barnehagar"), "{y}");
        assert!(
            y.contains("leader:\n  role: \"Leiar\"\n  name: \"Åse\"\n"),
            "{y}"
        );
        assert!(
            y.contains("tasks:\n  - id: \"t1\"\n    progress: 40\n---\n"),
            "{y}"
        );
    }
}
