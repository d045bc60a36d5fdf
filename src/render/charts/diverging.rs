//! Horizontal bars from a zero line, for figures that can be on either side of it: a
//! forecast deviation (over budget to the right, under budget to the left). Each row has its
//! label above the bar and its number beside the bar's end, so the chart reads without
//! colour; over and under also differ by fill pattern.

use super::bars::{Pattern, pattern_defs, pattern_id};
use super::svg::Writer;
use super::{Meta, coord};

#[derive(Debug, Clone)]
pub struct Row {
    pub label: String,
    pub value: f64,
    /// The number as the page writes it ("−1 200 000 kr (−2,1 %)").
    pub value_label: String,
}

const WIDTH: f64 = 720.0;
const PAD: f64 = 4.0;
const ROW: f64 = 48.0;
/// Room beside the longest bar on each side for its number.
const VALUE_ROOM: f64 = 200.0;
const OVER: (&str, Pattern) = ("#a4161a", Pattern::Diagonal);
const UNDER: (&str, Pattern) = ("#1e6b34", Pattern::Solid);

pub fn chart(meta: &Meta, rows: &[Row]) -> String {
    let height = PAD * 2.0 + ROW * rows.len() as f64;
    let max = rows.iter().map(|r| r.value.abs()).fold(0.0_f64, f64::max);
    let half = (WIDTH - 2.0 * PAD) / 2.0 - VALUE_ROOM;
    let zero = WIDTH / 2.0;
    let mut w = Writer::new(meta, WIDTH, height, "chart chart-diverging");
    pattern_defs(&mut w, meta, &[OVER.1, UNDER.1]);
    let mut y = PAD;
    for r in rows {
        w.start("g", &[("class", "chart-bar")]);
        super::row_label(&mut w, PAD, y, &r.label);
        let len = if max > 0.0 {
            r.value.abs() / max * half
        } else {
            0.0
        };
        let (color, pattern) = if r.value > 0.0 { OVER } else { UNDER };
        let x = if r.value < 0.0 { zero - len } else { zero };
        let bar_y = coord(y + 23.0);
        if len > 0.0 {
            let (xs, ws) = (coord(x), coord(len));
            let place = [
                ("x", xs.as_str()),
                ("y", bar_y.as_str()),
                ("width", ws.as_str()),
                ("height", "16"),
            ];
            let mut solid = place.to_vec();
            solid.extend([("fill", color), ("stroke", "#1b1b1b")]);
            w.empty("rect", &solid);
            let fill = format!("url(#{})", pattern_id(meta, pattern));
            if pattern != Pattern::Solid {
                let mut overlay = place.to_vec();
                overlay.extend([("fill", fill.as_str()), ("fill-opacity", "0.7")]);
                w.empty("rect", &overlay);
            }
        }
        let (tx, anchor) = if r.value < 0.0 {
            (zero - len - 6.0, "end")
        } else {
            (zero + len.max(2.0) + 6.0, "start")
        };
        w.text_element(
            "text",
            &[
                ("x", &coord(tx)),
                ("y", &coord(y + 37.0)),
                ("font-size", "14"),
                ("font-weight", "700"),
                ("text-anchor", anchor),
                ("fill", "currentColor"),
            ],
            &r.value_label,
        );
        w.end();
        y += ROW;
    }
    // The zero line, over the bars so it is seen where a bar is short.
    w.empty(
        "line",
        &[
            ("x1", &coord(zero)),
            ("x2", &coord(zero)),
            ("y1", &coord(PAD)),
            ("y2", &coord(height - PAD)),
            ("stroke", "#1b1b1b"),
            ("stroke-width", "2"),
        ],
    );
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_go_either_way_from_zero_and_scale_to_the_largest() {
        let meta = Meta {
            id: "d".into(),
            title: "t".into(),
            desc: "d".into(),
        };
        let row = |label: &str, value: f64| Row {
            label: label.into(),
            value,
            value_label: format!("{value}"),
        };
        let svg = chart(&meta, &[row("over", 200.0), row("under", -100.0)]);
        let half = (WIDTH - 2.0 * PAD) / 2.0 - VALUE_ROOM;
        let zero = WIDTH / 2.0;
        assert!(svg.contains(&format!("x=\"{}\"", coord(zero))), "{svg}");
        assert!(svg.contains(&format!("width=\"{}\"", coord(half))));
        assert!(svg.contains(&format!("x=\"{}\"", coord(zero - half / 2.0))));
        assert!(roxmltree::Document::parse(&svg).is_ok());
    }
}
