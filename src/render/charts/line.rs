//! Line charts of a series over periods: the values as a solid line with round markers, the
//! targets as a dashed line with square markers, a legend in words and a note saying which
//! way is better. Each point sits at its place in time (`at`, e.g. the middle of its period in
//! days), so tertials and months on one axis are spaced as far apart as they are; the scale
//! starts at zero for counts and amounts, so a small change does not look like a large one.

use super::svg::Writer;
use super::{Meta, coord};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Solid line, round markers, numbers above the points.
    Values,
    /// Dashed line, square markers.
    Targets,
}

#[derive(Debug, Clone)]
pub struct Series {
    pub label: String,
    /// One per x label; `None` is a gap.
    pub values: Vec<Option<f64>>,
    pub style: Style,
}

// Narrow enough that the text stays readable when a phone scales the chart down.
const WIDTH: f64 = 400.0;
const HEIGHT: f64 = 300.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 64.0;
const BOTTOM: f64 = 44.0;

/// `note` is written under the legend (e.g. "Higher is better"); `fmt` writes a number as
/// the page does.
pub fn line(
    meta: &Meta,
    x_labels: &[String],
    at: &[f64],
    series: &[Series],
    note: Option<&str>,
    fmt: &dyn Fn(f64) -> String,
) -> String {
    let mut w = Writer::new(meta, WIDTH, HEIGHT, "chart chart-line");
    let all: Vec<f64> = series
        .iter()
        .flat_map(|s| s.values.iter().flatten().copied())
        .collect();
    let (lo, hi, step) = scale(&all);
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let n = x_labels.len().max(1);
    let first = at.iter().copied().fold(f64::INFINITY, f64::min);
    let last = at.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    // Room at both ends for a label centred on the first and the last point.
    let pad = 36.0;
    let x = |i: usize| match at.get(i) {
        Some(&t) if last > first => {
            LEFT + pad + (t - first) / (last - first) * (plot_w - 2.0 * pad)
        }
        _ => LEFT + (i as f64 + 0.5) * plot_w / n as f64,
    };
    let y = |v: f64| TOP + plot_h - (v - lo) / (hi - lo) * plot_h;

    // Legend and note.
    let mut lx = LEFT;
    for s in series {
        let (stroke, dash) = style(s.style);
        let mut attrs = vec![
            ("x1", coord(lx)),
            ("y1", "16".to_string()),
            ("x2", coord(lx + 28.0)),
            ("y2", "16".to_string()),
            ("stroke", stroke.to_string()),
            ("stroke-width", "3".to_string()),
        ];
        if let Some(d) = dash {
            attrs.push(("stroke-dasharray", d.to_string()));
        }
        let a: Vec<(&str, &str)> = attrs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        w.empty("line", &a);
        marker(&mut w, s.style, lx + 14.0, 16.0);
        w.text_element(
            "text",
            &[
                ("x", &coord(lx + 36.0)),
                ("y", "21"),
                ("font-size", "14"),
                ("fill", "currentColor"),
            ],
            &s.label,
        );
        lx += 36.0 + 9.0 * s.label.chars().count() as f64 + 24.0;
    }
    if let Some(note) = note {
        w.text_element(
            "text",
            &[
                ("x", &coord(LEFT)),
                ("y", "44"),
                ("font-size", "14"),
                ("font-weight", "700"),
                ("fill", "currentColor"),
                ("class", "chart-note"),
            ],
            note,
        );
    }

    // Axes and grid.
    let mut t = lo;
    while t <= hi + step / 2.0 {
        let ty = coord(y(t));
        w.empty(
            "line",
            &[
                ("x1", &coord(LEFT)),
                ("y1", &ty),
                ("x2", &coord(WIDTH - RIGHT)),
                ("y2", &ty),
                ("stroke", "#b8b2aa"),
                ("stroke-width", "1"),
            ],
        );
        w.text_element(
            "text",
            &[
                ("x", &coord(LEFT - 6.0)),
                ("y", &coord(y(t) + 5.0)),
                ("font-size", "13"),
                ("text-anchor", "end"),
                ("fill", "currentColor"),
            ],
            &fmt(t),
        );
        t += step;
    }
    // Labels in words, each where its point is; one that would touch the one before is left
    // out (the table beside the chart has every period).
    let mut right_of_last = f64::NEG_INFINITY;
    for (i, l) in x_labels.iter().enumerate() {
        let half = 3.6 * l.chars().count() as f64;
        if x(i) - half < right_of_last + 8.0 {
            continue;
        }
        right_of_last = x(i) + half;
        w.text_element(
            "text",
            &[
                ("x", &coord(x(i))),
                ("y", &coord(HEIGHT - BOTTOM + 22.0)),
                ("font-size", "12"),
                ("text-anchor", "middle"),
                ("fill", "currentColor"),
            ],
            l,
        );
    }

    // Series: a path broken at gaps, markers, and the numbers of the values.
    for s in series {
        let (stroke, dash) = style(s.style);
        let mut d = String::new();
        let mut pen_down = false;
        for (i, v) in s.values.iter().enumerate() {
            match v {
                Some(v) => {
                    d.push_str(&format!(
                        "{}{},{} ",
                        if pen_down { "L" } else { "M" },
                        coord(x(i)),
                        coord(y(*v))
                    ));
                    pen_down = true;
                }
                None => pen_down = false,
            }
        }
        if !d.is_empty() {
            let mut attrs = vec![
                ("d", d.trim_end().to_string()),
                ("fill", "none".to_string()),
                ("stroke", stroke.to_string()),
                ("stroke-width", "3".to_string()),
            ];
            if let Some(dash) = dash {
                attrs.push(("stroke-dasharray", dash.to_string()));
            }
            let a: Vec<(&str, &str)> = attrs.iter().map(|(k, v)| (*k, v.as_str())).collect();
            w.empty("path", &a);
        }
        for (i, v) in s.values.iter().enumerate() {
            let Some(v) = v else { continue };
            marker(&mut w, s.style, x(i), y(*v));
            if s.style == Style::Values {
                w.text_element(
                    "text",
                    &[
                        ("x", &coord(x(i))),
                        ("y", &coord(y(*v) - 10.0)),
                        ("font-size", "12"),
                        ("text-anchor", "middle"),
                        ("fill", "currentColor"),
                    ],
                    &fmt(*v),
                );
            }
        }
    }
    w.finish()
}

fn style(s: Style) -> (&'static str, Option<&'static str>) {
    match s {
        Style::Values => ("#0b4f8a", None),
        Style::Targets => ("#8c1c13", Some("7 5")),
    }
}

fn marker(w: &mut Writer, s: Style, cx: f64, cy: f64) {
    match s {
        Style::Values => w.empty(
            "circle",
            &[
                ("cx", &coord(cx)),
                ("cy", &coord(cy)),
                ("r", "5"),
                ("fill", "#0b4f8a"),
                ("stroke", "#ffffff"),
                ("stroke-width", "1.5"),
            ],
        ),
        Style::Targets => w.empty(
            "rect",
            &[
                ("x", &coord(cx - 5.0)),
                ("y", &coord(cy - 5.0)),
                ("width", "10"),
                ("height", "10"),
                ("fill", "#ffffff"),
                ("stroke", "#8c1c13"),
                ("stroke-width", "2.5"),
            ],
        ),
    }
}

/// A range that holds every value with some air, on round steps: (low, high, step).
fn scale(values: &[f64]) -> (f64, f64, f64) {
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if !min.is_finite() || !max.is_finite() {
        return (0.0, 1.0, 0.25);
    }
    let span = if max > min {
        max - min
    } else {
        max.abs().max(1.0)
    };
    // Values that cannot be below zero are drawn from zero, not from just below the least.
    let lo = if min >= 0.0 { 0.0 } else { min - span * 0.2 };
    let hi = max + span * 0.2;
    let raw = (hi - lo) / 4.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    let lo = (lo / step).floor() * step;
    let hi = (hi / step).ceil() * step;
    (lo, if hi > lo { hi } else { lo + step }, step)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_are_round_and_hold_every_value() {
        let (lo, hi, step) = scale(&[79.0, 82.5, 88.0]);
        assert!(lo <= 79.0 && hi >= 88.0, "{lo} {hi}");
        // A series far from zero is still drawn from zero.
        assert_eq!(scale(&[2900.0, 3100.0]).0, 0.0);
        assert!(scale(&[-5.0, 3.0]).0 < -5.0);
        assert_eq!((lo / step).fract(), 0.0);
        assert_eq!(scale(&[]), (0.0, 1.0, 0.25));
        let (lo, hi, _) = scale(&[5.0, 5.0]);
        assert!(lo <= 5.0 && hi >= 5.0 && hi > lo);
        let (lo, _, _) = scale(&[0.0, 3.0]);
        assert_eq!(lo, 0.0);
    }

    fn meta() -> Meta {
        Meta {
            id: "l".into(),
            title: "t".into(),
            desc: "d".into(),
        }
    }

    #[test]
    fn gaps_break_the_line() {
        let meta = meta();
        let svg = line(
            &meta,
            &["a".into(), "b".into(), "c".into()],
            &[0.0, 1.0, 2.0],
            &[Series {
                label: "v".into(),
                values: vec![Some(1.0), None, Some(2.0)],
                style: Style::Values,
            }],
            Some("Higher is better"),
            &|v| format!("{v}"),
        );
        assert_eq!(
            svg.matches(" M").count() + svg.matches("\"M").count(),
            2,
            "{svg}"
        );
        assert!(svg.contains("Higher is better"));
    }

    #[test]
    fn points_are_spaced_by_time() {
        let meta = meta();
        // A tertial (middle: day 60), then two months (days 135 and 165): the month points
        // are closer to each other than to the tertial.
        let svg = line(
            &meta,
            &[
                "1. tertial 2026".into(),
                "mai 2026".into(),
                "juni 2026".into(),
            ],
            &[60.0, 135.0, 165.0],
            &[Series {
                label: "v".into(),
                values: vec![Some(1.0), Some(2.0), Some(3.0)],
                style: Style::Values,
            }],
            None,
            &|v| format!("{v}"),
        );
        let xs: Vec<f64> = svg
            .split("<circle cx=\"")
            // The first circle is the legend's.
            .skip(2)
            .map(|s| s.split('"').next().unwrap().parse().unwrap())
            .collect();
        assert_eq!(xs.len(), 3, "{svg}");
        assert!(xs[1] - xs[0] > 2.0 * (xs[2] - xs[1]), "{xs:?}");
        assert!(svg.contains(">1. tertial 2026<"), "period labels in words");
    }
}
