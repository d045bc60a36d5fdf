//! The browser folds, splits and stems a query exactly as the build folds, splits and stems
//! the text: `assets/search.js` (run in Node) and `raudtrad::search::text` get the same
//! words, tens of thousands of them: every word of the fixtures and the sample, every
//! Snowball ending on stems of every shape, random strings of Norwegian letters, and odd
//! Unicode.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use raudtrad::search::text::{Stems, fold, words};
use walkdir::WalkDir;

const ENDINGS: &[&str] = &[
    "a", "e", "ede", "ande", "ende", "ane", "ene", "hetene", "erte", "en", "heten", "ar", "er",
    "heter", "s", "as", "es", "edes", "endes", "enes", "hetenes", "ens", "hetens", "ers", "ets",
    "et", "het", "ert", "ast", "dt", "vt", "leg", "eleg", "ig", "eig", "lig", "elig", "els", "lov",
    "elov", "slov", "hetslov", "ks", "aks", "ys", "os", "inga", "ingar", "ingane", "sa", "sane",
    "sene", "sar", "rsa", "ksa", "ssane",
];

fn sample_words() -> Vec<String> {
    let repo = common::repo();
    let mut out = Vec::new();
    for dir in [repo.join("content"), repo.join("tests/fixtures")] {
        for e in WalkDir::new(dir).into_iter().filter_map(Result::ok) {
            if e.path().extension().is_some_and(|x| x == "md") {
                let text = std::fs::read_to_string(e.path()).unwrap();
                out.extend(text.split_whitespace().map(str::to_string));
            }
        }
    }
    out
}

fn generated_words() -> Vec<String> {
    let mut rng = StdRng::seed_from_u64(7);
    let letters: Vec<char> = "aeiouyæøåbdfgklmnprstvhjcz".chars().collect();
    let stems = [
        "b", "ba", "bar", "barn", "øy", "øya", "ei", "au", "skul", "sk", "kommun", "tilsett", "v",
        "kv", "heim", "elv", "o", "ost", "tr", "ky", "aa", "oe", "kur", "proses", "kor",
    ];
    let mut out = Vec::new();
    for s in stems {
        for e in ENDINGS {
            out.push(format!("{s}{e}"));
            out.push(format!("{}{e}", s.to_uppercase()));
        }
    }
    for _ in 0..20_000 {
        let n = rng.random_range(1..=12);
        let mut w: String = (0..n)
            .map(|_| letters[rng.random_range(0..letters.len())])
            .collect();
        if rng.random_bool(0.5) {
            w.push_str(ENDINGS[rng.random_range(0..ENDINGS.len())]);
        }
        out.push(w);
    }
    out
}

const ODD: &[&str] = &[
    "Čáhcesuolu",
    "İstanbul",
    "ΣΟΦΟΣ σοφος",
    "naïve café",
    "ŋuovdi",
    "A\u{30a}sen",
    "ﬁne ligature",
    "Ærlegdom ÆØÅ æøå",
    "Helse-02: «Barnehage» (PS 45/2023)",
    "straße Þórr Đuro Łódź Œuvre",
    "1,5 millionar kr — 3 000 000",
    "北京 東京",
    "emoji 😀 here",
    "x\u{200b}y",
];

/// What the build makes of a text: its folding, its words, and their stems.
fn rust_side(texts: &[String]) -> Vec<(String, Vec<String>, Vec<String>)> {
    let stems = Stems::default();
    texts
        .iter()
        .map(|t| {
            let f = fold(t);
            let ws: Vec<String> = words(&f).map(str::to_string).collect();
            let st = ws.iter().map(|w| stems.stem(w)).collect();
            (f, ws, st)
        })
        .collect()
}

/// The same from assets/search.js in Node.
fn js_side(texts: &[String]) -> Vec<(String, Vec<String>, Vec<String>)> {
    let script = common::repo().join("themes/default/static/assets/search.js");
    let program = format!(
        "const s = require({:?});\
         const texts = JSON.parse(require('fs').readFileSync(0, 'utf8'));\
         process.stdout.write(JSON.stringify(texts.map(t => {{ const f = s.fold(t); const w = s.words(f); return [f, w, w.map(s.stem)]; }})));",
        script.to_str().unwrap()
    );
    let mut child = Command::new("node")
        .args(["-e", &program])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("this test needs Node.js");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(serde_json::to_string(texts).unwrap().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "node failed");
    serde_json::from_slice(&out.stdout).expect("node printed JSON")
}

#[test]
fn the_browser_and_the_build_make_the_same_terms() {
    let mut texts = sample_words();
    texts.extend(generated_words());
    texts.extend(ODD.iter().map(|s| s.to_string()));
    assert!(texts.len() > 20_000);
    let rust = rust_side(&texts);
    let js = js_side(&texts);
    assert_eq!(rust.len(), js.len());
    let differ: Vec<String> = texts
        .iter()
        .zip(rust.iter().zip(&js))
        .filter(|(_, (r, j))| r != j)
        .take(20)
        .map(|(t, (r, j))| format!("{t:?}: build {r:?}, browser {j:?}"))
        .collect();
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}
