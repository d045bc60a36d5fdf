//! Charts as inline SVG: status counts as bars (stacked per unit below), indicator series as
//! lines.
//!
//! Every chart is an `<svg role="img">` with a `<title>` and a `<desc>` that says in words what
//! it shows; the page puts a table with the same numbers beside it. Nothing is told by colour
//! alone: every bar carries its label and number as text, every status its own fill pattern,
//! and line series differ by dash and marker shape. Every text and attribute passes through
//! [`svg::Writer`], which escapes it, so a chart is well-formed XML whatever the content says.

pub mod bars;
pub mod diverging;
pub mod line;
pub mod stacked;
pub mod svg;

/// What every chart has: a page-unique id (for `aria-labelledby` and pattern ids), a title
/// and a description in words.
#[derive(Debug, Clone)]
pub struct Meta {
    pub id: String,
    pub title: String,
    pub desc: String,
}

/// A colour a site wrote in `site.toml`, if it is one an SVG attribute can carry safely:
/// `#rgb`, `#rrggbb` or a plain name such as `green`. Anything else gives the fallback.
pub fn safe_color(c: &str, fallback: &str) -> String {
    let c = c.trim();
    let hex = c
        .strip_prefix('#')
        .is_some_and(|h| matches!(h.len(), 3 | 6) && h.bytes().all(|b| b.is_ascii_hexdigit()));
    let name = !c.is_empty() && c.len() <= 20 && c.bytes().all(|b| b.is_ascii_alphabetic());
    if hex || name {
        c.to_string()
    } else {
        fallback.to_string()
    }
}

/// The label that starts a row of a bar chart, at the left edge `x`, on the row's first line
/// (`y` is the row's top): the same in every chart with rows.
pub(crate) fn row_label(w: &mut svg::Writer, x: f64, y: f64, label: &str) {
    w.text_element(
        "text",
        &[
            ("x", &coord(x)),
            ("y", &coord(y + 16.0)),
            ("font-size", "16"),
            ("fill", "currentColor"),
        ],
        label,
    );
}

/// A number with at most two decimals and a dot, for SVG coordinates.
pub fn coord(v: f64) -> String {
    let s = format!("{:.2}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_and_coordinates() {
        assert_eq!(safe_color("#1e6b34", "grey"), "#1e6b34");
        assert_eq!(safe_color("green", "grey"), "green");
        assert_eq!(safe_color("red\" onload=\"x", "grey"), "grey");
        assert_eq!(safe_color("url(#x)", "grey"), "grey");
        assert_eq!(coord(12.0), "12");
        assert_eq!(coord(12.345), "12.35");
        assert_eq!(coord(-0.001), "0");
    }
}
