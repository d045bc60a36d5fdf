//! Stacked horizontal bars: one bar per row (a unit below), split into segments (statuses).
//! A legend names every segment with its fill pattern, so segments are told apart without
//! colour; each row carries its label and total as text, and the `<desc>` gives every number.

use super::bars::{Pattern, pattern_defs, pattern_id};
use super::svg::Writer;
use super::{Meta, coord};

/// What a segment stands for: its name in the legend, its colour and pattern.
#[derive(Debug, Clone)]
pub struct Key {
    pub label: String,
    pub color: String,
    pub pattern: Pattern,
}

#[derive(Debug, Clone)]
pub struct Row {
    pub label: String,
    /// One value per key.
    pub values: Vec<f64>,
    /// Written after the bar ("7").
    pub total_label: String,
    /// Where the row's figures are broken down (a unit's status page): the row is a link.
    pub href: Option<String>,
}

const WIDTH: f64 = 360.0;
const PAD: f64 = 4.0;
const LEGEND_ROW: f64 = 26.0;
const ROW: f64 = 50.0;
const VALUE_ROOM: f64 = 56.0;

pub fn stacked(meta: &Meta, keys: &[Key], rows: &[Row]) -> String {
    // Two legend entries per line, so the legend fits a phone.
    let legend_lines = keys.len().div_ceil(2);
    let top = PAD + LEGEND_ROW * legend_lines as f64 + 8.0;
    let height = top + ROW * rows.len() as f64 + PAD;
    let mut w = if rows.iter().any(|r| r.href.is_some()) {
        Writer::linked(meta, WIDTH, height, "chart chart-stacked")
    } else {
        Writer::new(meta, WIDTH, height, "chart chart-stacked")
    };
    let patterns: Vec<Pattern> = keys.iter().map(|k| k.pattern).collect();
    pattern_defs(&mut w, meta, &patterns);

    for (i, k) in keys.iter().enumerate() {
        let x = PAD + (i % 2) as f64 * WIDTH / 2.0;
        let y = PAD + (i / 2) as f64 * LEGEND_ROW;
        swatch(&mut w, meta, k, x, y + 4.0, 18.0);
        w.text_element(
            "text",
            &[
                ("x", &coord(x + 24.0)),
                ("y", &coord(y + 18.0)),
                ("font-size", "15"),
                ("fill", "currentColor"),
            ],
            &k.label,
        );
    }

    let max = rows
        .iter()
        .map(|r| r.values.iter().sum::<f64>())
        .fold(0.0_f64, f64::max);
    let span = WIDTH - 2.0 * PAD - VALUE_ROOM;
    let mut y = top;
    for r in rows {
        if let Some(href) = &r.href {
            w.start("a", &[("href", href)]);
        }
        w.start("g", &[("class", "chart-row")]);
        super::row_label(&mut w, PAD, y, &r.label);
        let mut x = PAD;
        for (k, &v) in keys.iter().zip(&r.values) {
            if v <= 0.0 || max <= 0.0 {
                continue;
            }
            let len = v / max * span;
            swatch(&mut w, meta, k, x, y + 23.0, len);
            x += len;
        }
        if x == PAD {
            // An empty row is a hairline, so it does not look forgotten.
            w.empty(
                "rect",
                &[
                    ("x", &coord(PAD)),
                    ("y", &coord(y + 23.0)),
                    ("width", "2"),
                    ("height", "18"),
                    ("fill", "#1b1b1b"),
                ],
            );
            x += 2.0;
        }
        w.text_element(
            "text",
            &[
                ("x", &coord(x + 6.0)),
                ("y", &coord(y + 38.0)),
                ("font-size", "16"),
                ("font-weight", "700"),
                ("fill", "currentColor"),
            ],
            &r.total_label,
        );
        w.end();
        if r.href.is_some() {
            w.end();
        }
        y += ROW;
    }
    w.finish()
}

/// A rectangle in the key's colour with its pattern over it, outlined.
fn swatch(w: &mut Writer, meta: &Meta, k: &Key, x: f64, y: f64, width: f64) {
    let (x, y, width) = (coord(x), coord(y), coord(width));
    let place = [
        ("x", x.as_str()),
        ("y", y.as_str()),
        ("width", width.as_str()),
        ("height", "18"),
    ];
    let mut solid = place.to_vec();
    solid.extend([("fill", k.color.as_str()), ("stroke", "#1b1b1b")]);
    w.empty("rect", &solid);
    if k.pattern != Pattern::Solid {
        let fill = format!("url(#{})", pattern_id(meta, k.pattern));
        let mut overlay = place.to_vec();
        overlay.extend([("fill", fill.as_str()), ("fill-opacity", "0.7")]);
        w.empty("rect", &overlay);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_share_one_scale_and_rows_carry_totals() {
        let meta = Meta {
            id: "s".into(),
            title: "t".into(),
            desc: "d".into(),
        };
        let keys: Vec<Key> = (0..3)
            .map(|i| Key {
                label: format!("k{i}"),
                color: "#000".into(),
                pattern: Pattern::nth(i),
            })
            .collect();
        let svg = stacked(
            &meta,
            &keys,
            &[
                Row {
                    label: "a".into(),
                    values: vec![1.0, 1.0, 2.0],
                    total_label: "4".into(),
                    href: Some("a/index.html".into()),
                },
                Row {
                    label: "b".into(),
                    values: vec![0.0, 0.0, 0.0],
                    total_label: "0".into(),
                    href: None,
                },
            ],
        );
        let quarter = coord((WIDTH - 2.0 * PAD - VALUE_ROOM) / 4.0);
        assert!(svg.contains(&format!("width=\"{quarter}\"")), "{svg}");
        assert!(svg.contains(">4</text>") && svg.contains(">0</text>"));
        assert!(svg.contains("url(#s-pattern-2)"));
    }
}
