//! Control characters in what editors write (Word's Shift+Enter is U+000B, pasted text can
//! carry NUL or U+0001) never make a written file ill-formed: each one written in a file is
//! warned about at its line and column and replaced; any that an escape makes is replaced
//! too. Every XML file (feed, sitemap) and SVG chart parses; no HTML file holds one.

mod common;

use std::path::Path;

use common::*;
use proptest::prelude::*;

/// Every file of both trees: XML and SVG parse with roxmltree, and no text file holds a
/// character that XML or HTML forbids. What is wrong, by file.
fn ill_formed(out: &Path) -> Vec<String> {
    let mut wrong = Vec::new();
    for (path, bytes) in snapshot(out) {
        let Ok(text) = String::from_utf8(bytes) else {
            continue;
        };
        if (path.ends_with(".xml") || path.ends_with(".svg"))
            && let Err(e) = roxmltree::Document::parse(&text)
        {
            wrong.push(format!("{path}: {e}"));
        }
        if let Some(c) = text
            .chars()
            .find(|&c| raudtrad::controls::replacement(c).is_some())
        {
            wrong.push(format!("{path}: holds U+{:04X}", c as u32));
        }
        if path.ends_with(".html") {
            let doc = scraper::Html::parse_document(&text);
            // html5ever's parse errors: NUL, character references to controls, …
            if !doc.errors.is_empty() {
                wrong.push(format!("{path}: {:?}", doc.errors));
            }
            // Inline SVG charts are XML too.
            for svg in select(&doc, "svg") {
                if let Err(e) = roxmltree::Document::parse(&svg.html()) {
                    wrong.push(format!("{path}: an SVG: {e}"));
                }
            }
        }
    }
    wrong
}

fn replace_in(site: &Site, file: &str, from: &str, to: &str) -> String {
    let text = read(&site.root().join(file));
    assert!(text.contains(from), "{file} has no `{from}`");
    let text = text.replacen(from, to, 1);
    site.write(file, &text);
    text
}

/// Line and column (in characters, from 1) of the first `needle` in `text`.
fn pos_of(text: &str, needle: char) -> (usize, usize) {
    let at = text.find(needle).unwrap();
    let line = text[..at].matches('\n').count() + 1;
    let col = text[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    (line, col)
}

#[test]
fn control_characters_everywhere_are_warned_about_and_replaced() {
    let site = Site::fixture("every-field");
    let file = "content/assignments/oppdrag.md";
    let written = replace_in(
        &site,
        file,
        "MARK-assignment-title",
        "MARK-assignment\u{0B}tit\u{1}le\0",
    );
    let text_pos = pos_of(&written, '\u{0B}');
    let body = read(&site.root().join(file));
    site.write(
        file,
        &format!(
            "{body}\nBody with NUL \0 and \u{1b} and \u{85} and an entity &#1; here.\n\n\
             <div>\nRaw HTML keeps &#1; &#x0B; &#0; as written.\n</div>\n"
        ),
    );
    replace_in(
        &site,
        "site.toml",
        "MARK-site-title",
        "MARK-site\u{0C}title",
    );
    // Escapes make control characters the file does not show.
    replace_in(
        &site,
        "content/plans/hop.md",
        "MARK-hop-title",
        "MARK-hop\\u0001title",
    );

    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let at = format!(
        "{file}:{}:{}: warning: a control character",
        text_pos.0, text_pos.1
    );
    assert!(
        run.stderr.contains(&at),
        "no warning at {at}:\n{}",
        run.stderr
    );
    assert!(run.stderr.contains("U+0000 (NUL)"), "{}", run.stderr);
    assert!(
        run.stderr.contains("site.toml:2:") && run.stderr.contains("U+000C"),
        "{}",
        run.stderr
    );
    assert_eq!(ill_formed(&site.out()), Vec::<String>::new());

    // Shift+Enter reads as a space; NUL as U+FFFD, as CommonMark says.
    let pages = pages(&site.out().join("internal"));
    let h1s: Vec<String> = pages
        .iter()
        .flat_map(|(_, d)| select(d, "h1").iter().map(text).collect::<Vec<_>>())
        .collect();
    assert!(
        h1s.iter()
            .any(|h| h.contains("MARK-assignment tit\u{FFFD}le\u{FFFD}")),
        "{h1s:?}"
    );
    assert!(h1s.iter().any(|h| h.contains("MARK-hop\u{FFFD}title")));
}

/// A control character in indicator data is warned about at its line in the CSV, and the
/// message quotes the cell with it replaced.
#[test]
fn a_control_character_in_csv_is_warned_about_at_its_line() {
    let site = Site::fixture("every-field");
    let csv = read(&site.root().join("content/indicators/ind.csv"));
    site.write(
        "content/indicators/ind.csv",
        &csv.replacen("sektor", "sek\u{7}tor", 1),
    );
    let run = site.build();
    assert!(
        run.stderr
            .contains("content/indicators/ind.csv:2:9: warning: a control character, U+0007"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains('\u{7}'),
        "a message holds the raw character"
    );
}

const CONTROLS: &[char] = &[
    '\0', '\u{1}', '\u{2}', '\u{7}', '\u{8}', '\u{B}', '\u{C}', '\u{E}', '\u{1B}', '\u{1F}',
    '\u{7F}', '\u{80}', '\u{85}', '\u{9F}', '\u{FFFE}', '\u{FFFF}',
];

/// Where a random control character goes: a TOML title, a body, a plan's title, a unit's
/// title, site settings. (In a CSV every cell is a period, a unit or a number, which one
/// replaced character makes an error: see the test above.)
const PLACES: &[(&str, &str)] = &[
    ("content/assignments/oppdrag.md", "MARK-assignment-title"),
    ("content/assignments/oppdrag.md", "MARK-assignment-body"),
    ("content/plans/hop.md", "MARK-hop-title"),
    ("content/org/kommune.md", "MARK-unit-root-title"),
    ("site.toml", "MARK-municipality"),
    ("site.toml", "MARK-site-title"),
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn any_control_character_anywhere_leaves_every_file_well_formed(
        picks in proptest::collection::vec((0..PLACES.len(), 0..CONTROLS.len(), 0..3usize, any::<bool>()), 1..6)
    ) {
        let site = Site::fixture("every-field");
        for (place, control, at, escaped) in picks {
            let (file, marker) = PLACES[place];
            let text = read(&site.root().join(file));
            if !text.contains(marker) {
                continue;
            }
            let c = CONTROLS[control];
            // Escaped (`\uXXXX`) only where TOML reads escapes: inside a quoted string.
            let quoted = file.ends_with(".md") || file.ends_with(".toml");
            let insert = if escaped && quoted && text.contains(&format!("\"{marker}")) {
                format!("\\u{:04X}", c as u32)
            } else {
                c.to_string()
            };
            let split = marker.len().min(at * 2 + 1);
            let with = format!("{}{insert}{}", &marker[..split], &marker[split..]);
            site.write(file, &text.replacen(marker, &with, 1));
        }
        let out = site.out();
        let mut diags = raudtrad::diag::Diagnostics::new();
        let built = raudtrad::build(site.root(), &out, &mut diags);
        prop_assert!(built.is_ok(), "{:?}", diags.sorted().iter().map(|d| d.to_string()).collect::<Vec<_>>());
        prop_assert_eq!(ill_formed(&out), Vec::<String>::new());
    }
}
