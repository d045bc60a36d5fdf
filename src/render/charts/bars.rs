//! Horizontal bar charts: one labelled bar per count, in groups on one shared scale (so bars
//! of different groups compare). The label sits above its bar and the number after it, so the
//! chart reads without colour and fits a phone; each bar's fill also has its own pattern.

use super::svg::Writer;
use super::{Meta, coord};

/// Fill patterns that tell bars apart without colour; the n-th status gets the n-th.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pattern {
    Solid,
    Diagonal,
    Dots,
    Cross,
    Horizontal,
    Vertical,
    BackDiagonal,
}

impl Pattern {
    const ALL: [Pattern; 7] = [
        Pattern::Solid,
        Pattern::Diagonal,
        Pattern::Dots,
        Pattern::Cross,
        Pattern::Horizontal,
        Pattern::Vertical,
        Pattern::BackDiagonal,
    ];

    pub fn nth(i: usize) -> Pattern {
        Pattern::ALL[i % Pattern::ALL.len()]
    }

    /// The pattern's strokes in an 8 × 8 tile.
    fn path(self) -> Option<&'static str> {
        Some(match self {
            Pattern::Solid => return None,
            Pattern::Diagonal => "M-2,2 L2,-2 M0,8 L8,0 M6,10 L10,6",
            Pattern::Dots => "M3,3 h2 v2 h-2 Z",
            Pattern::Cross => "M0,8 L8,0 M0,0 L8,8",
            Pattern::Horizontal => "M0,4 H8",
            Pattern::Vertical => "M4,0 V8",
            Pattern::BackDiagonal => "M-2,6 L2,10 M0,0 L8,8 M6,-2 L10,2",
        })
    }
}

#[derive(Debug, Clone)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    /// The number as the page writes it ("12", "45 %").
    pub value_label: String,
    pub color: String,
    pub pattern: Pattern,
    /// What the bar counts, listed (a section of the page or another page).
    pub href: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Group {
    pub heading: Option<String>,
    pub bars: Vec<Bar>,
}

// Narrow enough that the text stays readable when a phone scales the chart down.
const WIDTH: f64 = 360.0;
const PAD: f64 = 4.0;
const HEADING: f64 = 32.0;
const ROW: f64 = 48.0;
/// Room after the longest bar for its number.
const VALUE_ROOM: f64 = 64.0;

pub fn horizontal(meta: &Meta, groups: &[Group]) -> String {
    let rows: usize = groups.iter().map(|g| g.bars.len()).sum();
    let headings = groups.iter().filter(|g| g.heading.is_some()).count();
    let height = PAD * 2.0 + HEADING * headings as f64 + ROW * rows as f64;
    let max = groups
        .iter()
        .flat_map(|g| &g.bars)
        .map(|b| b.value)
        .fold(0.0_f64, f64::max);
    let span = WIDTH - 2.0 * PAD - VALUE_ROOM;
    let linked = groups
        .iter()
        .flat_map(|g| &g.bars)
        .any(|b| b.href.is_some());
    let mut w = if linked {
        Writer::linked(meta, WIDTH, height, "chart chart-bars")
    } else {
        Writer::new(meta, WIDTH, height, "chart chart-bars")
    };

    let patterns: Vec<Pattern> = groups
        .iter()
        .flat_map(|g| &g.bars)
        .map(|b| b.pattern)
        .collect();
    pattern_defs(&mut w, meta, &patterns);

    let mut y = PAD;
    for g in groups {
        if let Some(h) = &g.heading {
            w.text_element(
                "text",
                &[
                    ("x", &coord(PAD)),
                    ("y", &coord(y + 22.0)),
                    ("class", "chart-heading"),
                    ("font-weight", "700"),
                    ("font-size", "16"),
                    ("fill", "currentColor"),
                ],
                h,
            );
            y += HEADING;
        }
        for b in &g.bars {
            if let Some(href) = &b.href {
                w.start("a", &[("href", href)]);
            }
            w.start("g", &[("class", "chart-bar")]);
            super::row_label(&mut w, PAD, y, &b.label);
            let len = if max > 0.0 { b.value / max * span } else { 0.0 };
            let bar_y = coord(y + 23.0);
            if len > 0.0 {
                let (x, width) = (coord(PAD), coord(len));
                let place = [
                    ("x", x.as_str()),
                    ("y", bar_y.as_str()),
                    ("width", width.as_str()),
                    ("height", "16"),
                ];
                let mut solid = place.to_vec();
                solid.extend([("fill", b.color.as_str()), ("stroke", "#1b1b1b")]);
                w.empty("rect", &solid);
                if b.pattern.path().is_some() {
                    let fill = format!("url(#{})", pattern_id(meta, b.pattern));
                    let mut overlay = place.to_vec();
                    overlay.extend([("fill", fill.as_str()), ("fill-opacity", "0.7")]);
                    w.empty("rect", &overlay);
                }
            } else {
                // A zero is a hairline, so the row does not look forgotten.
                w.empty(
                    "rect",
                    &[
                        ("x", &coord(PAD)),
                        ("y", &bar_y),
                        ("width", "2"),
                        ("height", "16"),
                        ("fill", "#1b1b1b"),
                    ],
                );
            }
            w.text_element(
                "text",
                &[
                    ("x", &coord(PAD + len.max(2.0) + 6.0)),
                    ("y", &coord(y + 37.0)),
                    ("font-size", "16"),
                    ("font-weight", "700"),
                    ("fill", "currentColor"),
                ],
                &b.value_label,
            );
            w.end();
            if b.href.is_some() {
                w.end();
            }
            y += ROW;
        }
    }
    w.finish()
}

/// The id of a pattern in this chart's `<defs>` (unique on the page: it starts with the
/// chart's id).
pub fn pattern_id(meta: &Meta, p: Pattern) -> String {
    format!("{}-pattern-{}", meta.id, p as usize)
}

/// `<defs>` with each pattern used, once.
pub fn pattern_defs(w: &mut Writer, meta: &Meta, patterns: &[Pattern]) {
    let mut used: Vec<Pattern> = Vec::new();
    for &p in patterns {
        if p.path().is_some() && !used.contains(&p) {
            used.push(p);
        }
    }
    if used.is_empty() {
        return;
    }
    w.start("defs", &[]);
    for p in &used {
        w.start(
            "pattern",
            &[
                ("id", &pattern_id(meta, *p)),
                ("patternUnits", "userSpaceOnUse"),
                ("width", "8"),
                ("height", "8"),
            ],
        );
        w.empty(
            "path",
            &[
                ("d", p.path().unwrap_or_default()),
                ("stroke", "#ffffff"),
                ("stroke-width", "2"),
                ("fill", "#ffffff"),
            ],
        );
        w.end();
    }
    w.end();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_and_carry_their_numbers() {
        let meta = Meta {
            id: "c".into(),
            title: "t".into(),
            desc: "d".into(),
        };
        let bar = |label: &str, value: f64, i: usize| Bar {
            label: label.into(),
            value,
            value_label: format!("{value}"),
            color: "#000".into(),
            pattern: Pattern::nth(i),
            href: (value > 0.0).then(|| format!("#{label}")),
        };
        let svg = horizontal(
            &meta,
            &[Group {
                heading: Some("G".into()),
                bars: vec![bar("a", 4.0, 0), bar("b", 2.0, 1), bar("c", 0.0, 2)],
            }],
        );
        let full = coord(WIDTH - 2.0 * PAD - VALUE_ROOM);
        let half = coord((WIDTH - 2.0 * PAD - VALUE_ROOM) / 2.0);
        assert!(svg.contains(&format!("width=\"{full}\"")), "{svg}");
        assert!(svg.contains(&format!("width=\"{half}\"")));
        assert!(svg.contains("url(#c-pattern-1)"));
        assert!(svg.contains(">0</text>"));
        // Bars with something to list lead to it; the chart is then a group of links.
        assert!(svg.contains("role=\"group\""));
        assert!(svg.contains("<a href=\"#a\"><g class=\"chart-bar\">"));
        assert!(!svg.contains("href=\"#c\""));
    }
}
