//! The property of the open tree's name guard (issue 14): whatever form a known person's name
//! takes and wherever an editor writes it — a body, a title, a summary, a text file beside
//! content of any type (or none), a file in `static/`, an address in a link, a file's name —
//! no file of the open tree holds it as a reader reads it ([`reader::as_read`]: markup,
//! references, percent escapes, `+` and invisible characters gone, composed, any case), or
//! the build stops with an error that names the file. Every person of the fixture `openness`
//! has a surname `Personmerke…` that nothing else holds, so any trace of one is a leak.

mod common;

use common::reader;
use common::*;
use proptest::prelude::*;

/// The persons of the fixture and one more, whose given name has a decomposed form (a unit
/// of her own is added in [`run_case`]).
const NAMES: [&str; 8] = {
    let mut all = [""; 8];
    let mut i = 0;
    while i < OPENNESS_PERSONS.len() {
        all[i] = OPENNESS_PERSONS[i];
        i += 1;
    }
    all[7] = "Åse Personmerkehh";
    all
};

const INVISIBLE: [char; 6] = [
    '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}', '\u{ad}',
];

/// Text file types an editor may attach: the guard must not care about the name.
const EXTS: [&str; 12] = [
    "txt", "yaml", "yml", "js", "css", "xhtml", "log", "tex", "", "csv", "json", "html",
];

/// `word` with `sep` after its first `at` characters (at least one, not past its end).
fn split(word: &str, at: usize, sep: &str) -> String {
    let n = word.chars().count();
    let at = 1 + at % (n - 1).max(1);
    let head: String = word.chars().take(at).collect();
    let tail: String = word.chars().skip(at).collect();
    format!("{head}{sep}{tail}")
}

/// `word` with its first letter percent-escaped (`%41strid`, `%C3%85se`).
fn first_escaped(word: &str) -> String {
    let n = word.chars().next().unwrap().len_utf8();
    let head: String = word.as_bytes()[..n]
        .iter()
        .map(|b| format!("%{b:02X}"))
        .collect();
    format!("{head}{}", &word[n..])
}

/// A name written in text, in form `k` (`r` varies where the form splits a word, `c` which
/// invisible character).
fn in_text(name: &str, k: usize, r: usize, c: usize) -> String {
    use unicode_normalization::UnicodeNormalization;
    let (given, surname) = name.split_once(' ').unwrap();
    let zw = INVISIBLE[c % INVISIBLE.len()];
    match k % 22 {
        0 => name.to_string(),
        1 => name.to_uppercase(),
        2 => name.to_lowercase(),
        3 => name.nfd().collect(),
        4 => format!("{given} {}", split(surname, r, "\u{ad}")),
        5 => format!("{given}&nbsp;{surname}"),
        6 => format!(
            "{given} &#{};{}",
            surname.chars().next().unwrap() as u32,
            &surname[1..]
        ),
        7 => format!("<em>{given}</em> {surname}"),
        8 => format!("*{given}* {surname}"),
        9 => format!("{name}s"),
        10 => format!("{surname}, {given}"),
        11 => format!(
            "{} {}",
            split(given, r, &zw.to_string()),
            split(surname, r / 3, &zw.to_string())
        ),
        12 => format!("{given} {}", split(surname, r, "<wbr>")),
        13 => format!(
            "{} {}",
            split(given, r, "<span></span>"),
            split(surname, r, "<b></b>")
        ),
        14 => format!("{given}+{surname}"),
        15 => format!("{given}%20{surname}"),
        16 => format!("{}%20{surname}", first_escaped(given)),
        17 => format!(
            "{}.{}@fjord.example",
            given.to_lowercase(),
            surname.to_lowercase()
        ),
        18 => format!(
            "{}_{}@fjord.example",
            given.to_lowercase(),
            surname.to_lowercase()
        ),
        19 => format!(
            "{}{}@fjord.example",
            given.chars().next().unwrap().to_lowercase(),
            surname.to_lowercase()
        ),
        20 => format!("{given}\n{surname}"),
        _ => format!("{given}\u{a0}{surname}"),
    }
}

/// A name in an address (a link's destination): no spaces.
fn in_url(name: &str, k: usize) -> String {
    let (given, surname) = name.split_once(' ').unwrap();
    let encoded = |s: &str| -> String {
        s.bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect()
    };
    match k % 5 {
        0 => format!(
            "https://example.no/sok?q={}+{}",
            encoded(given),
            encoded(surname)
        ),
        1 => format!(
            "https://example.no/folk/{}%20{}",
            encoded(given),
            encoded(surname)
        ),
        2 => format!(
            "https://example.no/folk/{}-{}",
            encoded(given),
            encoded(surname)
        ),
        3 => format!(
            "mailto:{}.{}@fjord.example",
            encoded(&given.to_lowercase()),
            encoded(&surname.to_lowercase())
        ),
        _ => format!(
            "https://example.no/{}%20{}",
            first_escaped(given),
            encoded(surname)
        ),
    }
}

/// A name in a file's name.
fn in_file_name(name: &str, k: usize) -> String {
    let (given, surname) = name.split_once(' ').unwrap();
    match k % 4 {
        0 => format!("{}-{}", given.to_lowercase(), surname.to_lowercase()),
        1 => format!("{given}_{surname}"),
        2 => format!("{}-{}", surname.to_lowercase(), given.to_lowercase()),
        _ => format!("cv-{}.{}", given.to_lowercase(), surname.to_lowercase()),
    }
}

#[derive(Debug, Clone)]
struct Insert {
    name: usize,
    form: usize,
    place: usize,
    /// Varies where a form splits a word, which invisible character, which file type.
    r: usize,
}

fn insert() -> impl Strategy<Value = Insert> {
    (0..NAMES.len(), 0..22usize, 0..7usize, 0..64usize).prop_map(|(name, form, place, r)| Insert {
        name,
        form,
        place,
        r,
    })
}

/// TOML's basic string.
fn toml_str(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

fn run_case(inserts: &[Insert]) -> Result<(), TestCaseError> {
    let site = Site::fixture("openness");
    site.write(
        "content/org/namneininga.md",
        "+++\ntitle = \"Namneininga\"\nparent = \"oppvekst\"\nleader = { role = \"Leiar\", name = \"Åse Personmerkehh\" }\n+++\n",
    );
    let mut title = String::from("Eigenskapen");
    let mut summary = String::from("Samandrag");
    let mut body = String::from("Tekst.\n\n");
    let mut bad_files: Vec<String> = Vec::new();
    for (i, ins) in inserts.iter().enumerate() {
        let name = NAMES[ins.name];
        let text = in_text(name, ins.form, ins.r, ins.r / 7);
        match ins.place {
            0 => body.push_str(&format!("Om {text} i dag.\n\n")),
            1 => title.push_str(&format!(" med {text}")),
            2 => summary.push_str(&format!(" og {text}")),
            3 => {
                let ext = EXTS[ins.r % EXTS.len()];
                let file = if ext.is_empty() {
                    format!("vedlegg{i}")
                } else {
                    format!("vedlegg{i}.{ext}")
                };
                site.write(
                    &format!("content/assignments/{file}"),
                    &format!("kontakt: {text}\n"),
                );
                body.push_str(&format!("[vedlegg]({file})\n\n"));
            }
            4 => {
                let ext = EXTS[ins.r % EXTS.len()];
                let file = if ext.is_empty() {
                    format!("static/fil{i}")
                } else {
                    format!("static/fil{i}.{ext}")
                };
                site.write(&file, &format!("/* {text} */\n"));
            }
            5 => {
                let file = format!("{}.pdf", in_file_name(name, ins.form));
                site.write_bytes(
                    &format!("content/assignments/{file}"),
                    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
                );
                body.push_str(&format!("[dokument]({file})\n\n"));
                bad_files.push(format!("content/assignments/{file}"));
            }
            _ => body.push_str(&format!("[lenke]({})\n\n", in_url(name, ins.form))),
        }
    }
    site.write(
        "content/assignments/eigenskap.md",
        &format!(
            "+++\ntitle = \"{}\"\nsummary = \"{}\"\nowner = \"oppvekst\"\ngoals = [\"mal-oppvekst\"]\ndeadline = 2026-11-01\n+++\n{body}",
            toml_str(&title),
            toml_str(&summary)
        ),
    );
    let run = site.build();
    if !bad_files.is_empty() {
        prop_assert_eq!(run.code, 1, "{}", run.stderr);
        for file in &bad_files {
            prop_assert!(
                run.stderr
                    .contains(&format!("{file}: error: the file name")),
                "{}: {}",
                file,
                run.stderr
            );
        }
        return Ok(());
    }
    prop_assert_eq!(run.code, 0, "{}", run.stderr);
    let found = reader::read_in(&site.out().join("open"), &["personmerke".to_string()]);
    prop_assert!(found.is_empty(), "{:?}", found);
    Ok(())
}

proptest! {
    // Each case builds a site (about a second in a debug build). A fixed seed, so that CI runs
    // the same ten cases every time: a random draw once found the leak kept below, and a suite
    // that fails by chance cannot guard a landing. Change the seed to explore other cases.
    #![proptest_config(ProptestConfig {
        cases: 10,
        failure_persistence: None,
        rng_seed: proptest::test_runner::RngSeed::Fixed(20_261_207),
        ..ProptestConfig::default()
    })]

    #[test]
    fn no_name_reaches_the_open_tree_in_any_form_or_place(
        inserts in proptest::collection::vec(insert(), 1..4)
    ) {
        run_case(&inserts)?;
    }
}

/// Every form in every place once, so that no form is left to chance: one site with all of
/// them, and one with a name in a file's name in every form (each an error).
#[test]
fn every_form_in_every_place() {
    let mut all: Vec<Insert> = Vec::new();
    for place in [0, 1, 2, 3, 4, 6] {
        for form in 0..22 {
            all.push(Insert {
                name: (form + place) % NAMES.len(),
                form,
                place,
                r: form * 5 + place,
            });
        }
    }
    run_case(&all).unwrap();
    let files: Vec<Insert> = (0..4)
        .map(|form| Insert {
            name: form,
            form,
            place: 5,
            r: form,
        })
        .collect();
    run_case(&files).unwrap();
}

/// Found by a random draw of the property test above: the genitive of a name whose given name
/// is too short to be looked for on its own (`Dag Personmerkedds`), in an assignment's title,
/// reached a goal page, where a status tag follows the title with no space between.
#[test]
fn genitive_of_a_name_right_before_a_tag() {
    run_case(&[Insert {
        name: 3,
        form: 9,
        place: 1,
        r: 0,
    }])
    .unwrap();
}

/// Found by a random draw: a line break between the words of a name in a title is `\n` in
/// `data/items.json`, and the surname alone (`Dag` is too short to be looked for on its own)
/// stood after an `n`.
#[test]
fn a_line_break_in_a_name_written_as_an_escape() {
    run_case(&[Insert {
        name: 3,
        form: 20,
        place: 1,
        r: 0,
    }])
    .unwrap();
}
