//! A very small SVG writer: elements, attributes and text, every value escaped. Charts are
//! few and small, so a string builder is all it takes; no XML crate is needed to write them.

use std::fmt::Write;

pub struct Writer {
    out: String,
    open: Vec<&'static str>,
}

/// `&`, `<`, `>`, `"` and `'` as entities: safe in text and in quoted attributes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

impl Writer {
    /// Opens the `<svg>` element with its accessible name (`title`) and description (`desc`).
    pub fn new(meta: &super::Meta, width: f64, height: f64, class: &str) -> Writer {
        Writer::with_role(meta, width, height, class, "img")
    }

    /// A chart whose parts are links is a `group`, not an `img`: an image's parts are
    /// hidden from assistive technology, so its links could not be reached.
    pub fn linked(meta: &super::Meta, width: f64, height: f64, class: &str) -> Writer {
        Writer::with_role(meta, width, height, class, "group")
    }

    fn with_role(meta: &super::Meta, width: f64, height: f64, class: &str, role: &str) -> Writer {
        let mut w = Writer {
            out: String::new(),
            open: Vec::new(),
        };
        let (t, d) = (format!("{}-title", meta.id), format!("{}-desc", meta.id));
        w.start(
            "svg",
            &[
                ("xmlns", "http://www.w3.org/2000/svg"),
                ("class", class),
                ("id", &meta.id),
                ("role", role),
                ("aria-labelledby", &format!("{t} {d}")),
                (
                    "viewBox",
                    &format!("0 0 {} {}", super::coord(width), super::coord(height)),
                ),
                // The chart takes the width of its column; the viewBox keeps its proportions.
                ("width", "100%"),
            ],
        );
        w.text_element("title", &[("id", &t)], &meta.title);
        w.text_element("desc", &[("id", &d)], &meta.desc);
        w
    }

    fn tag(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.out.push('<');
        self.out.push_str(name);
        for (k, v) in attrs {
            let _ = write!(self.out, " {k}=\"{}\"", escape(v));
        }
    }

    pub fn start(&mut self, name: &'static str, attrs: &[(&str, &str)]) {
        self.tag(name, attrs);
        self.out.push('>');
        self.open.push(name);
    }

    pub fn end(&mut self) {
        if let Some(name) = self.open.pop() {
            let _ = write!(self.out, "</{name}>");
        }
    }

    /// An element without content: `<rect …/>`.
    pub fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.tag(name, attrs);
        self.out.push_str("/>");
    }

    pub fn text_element(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) {
        self.tag(name, attrs);
        self.out.push('>');
        self.out.push_str(&escape(text));
        let _ = write!(self.out, "</{name}>");
    }

    /// Closes every open element and returns the markup.
    pub fn finish(mut self) -> String {
        while !self.open.is_empty() {
            self.end();
        }
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attributes() {
        let meta = super::super::Meta {
            id: "c\"1".into(),
            title: "A & <B>".into(),
            desc: "it's \u{1}".into(),
        };
        let mut w = Writer::new(&meta, 10.0, 5.5, "chart");
        w.text_element("text", &[("x", "1")], "</svg><script>");
        let s = w.finish();
        assert!(s.contains("<title id=\"c&quot;1-title\">A &amp; &lt;B&gt;</title>"));
        assert!(s.contains("<desc id=\"c&quot;1-desc\">it&#39;s  </desc>"));
        assert!(s.contains("&lt;/svg&gt;&lt;script&gt;"));
        assert!(s.ends_with("</svg>"));
    }
}
