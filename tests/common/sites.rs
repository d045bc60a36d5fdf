//! Random but valid sites, for property tests: a unit tree, plans with goals, strategies,
//! measures and verbalpunkt, letters, assignments with tasks, indicators, checklists and
//! reports, all referring to each other at random, each item public or internal at random.
//!
//! Every internal item's title carries a unique marker and every person name is unique, so a
//! test can scan the open tree for them.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::Path;

use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};

#[derive(Default, Debug)]
pub struct Generated {
    /// Strings that only internal items (or their inline items) contain.
    pub internal_markers: Vec<String>,
    /// Every person name written anywhere.
    pub person_names: Vec<String>,
    pub files: usize,
}

struct Gen {
    rng: StdRng,
    out: Generated,
    n: usize,
}

impl Gen {
    fn flip(&mut self, p: f64) -> bool {
        self.rng.random_bool(p)
    }

    fn pick<'a>(&mut self, from: &'a [String]) -> Option<&'a String> {
        from.choose(&mut self.rng)
    }

    fn some(&mut self, from: &[String], max: usize) -> Vec<String> {
        let n = self.rng.random_range(0..=max.min(from.len()));
        let mut out: Vec<String> = (0..n).filter_map(|_| self.pick(from).cloned()).collect();
        out.sort();
        out.dedup();
        out
    }

    /// A visibility line, and the title suffix that marks internal items.
    fn visibility(&mut self, parent_internal: bool) -> (String, bool) {
        let internal = parent_internal || self.flip(0.3);
        let line = if internal && !parent_internal {
            "visibility = \"internal\"\n".to_string()
        } else if !internal && self.flip(0.2) {
            "visibility = \"public\"\n".to_string()
        } else {
            String::new()
        };
        (line, internal)
    }

    fn title(&mut self, base: &str, internal: bool) -> String {
        self.n += 1;
        if internal {
            let marker = format!("INTERNMERKE{:05}", self.n);
            self.out.internal_markers.push(marker.clone());
            format!("{base} {marker}")
        } else {
            format!("{base} {}", self.n)
        }
    }

    /// An `exemption` line for an internal item (marked), sometimes.
    fn exemption(&mut self, internal: bool) -> String {
        if internal && self.flip(0.5) {
            self.n += 1;
            let marker = format!("UNNATAKMERKE{:05}", self.n);
            self.out.internal_markers.push(marker.clone());
            format!("exemption = \"Offl. § 14 {marker}\"\n")
        } else {
            String::new()
        }
    }

    /// Public text that sometimes names a person already written somewhere (as an editor
    /// might), wrapped across lines at random.
    fn text_naming(&mut self, text: &str) -> String {
        let Some(name) = self.out.person_names.choose(&mut self.rng).cloned() else {
            return text.to_string();
        };
        if !self.flip(0.4) {
            return text.to_string();
        }
        let name = if self.flip(0.5) {
            name.replacen(' ', "\n", 1)
        } else {
            name
        };
        format!("{text} Kontakt {name} for meir.")
    }

    fn person(&mut self) -> String {
        self.n += 1;
        let name = format!("Personnamn{} Etternamn{}", self.n, self.n);
        self.out.person_names.push(name.clone());
        name
    }

    fn date(&mut self) -> String {
        format!(
            "2026-{:02}-{:02}",
            self.rng.random_range(1..=12),
            self.rng.random_range(1..=28)
        )
    }

    fn list(ids: &[String]) -> String {
        let quoted: Vec<String> = ids.iter().map(|i| format!("\"{i}\"")).collect();
        format!("[{}]", quoted.join(", "))
    }
}

fn write(dir: &Path, rel: &str, text: &str, g: &mut Gen) {
    let path = dir.join("content").join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
    g.out.files += 1;
}

/// Writes a random site into `dir` (site.toml and content/).
pub fn random_site(seed: u64, dir: &Path, publish_person_names: bool) -> Generated {
    let mut g = Gen {
        rng: StdRng::seed_from_u64(seed),
        out: Generated::default(),
        n: 0,
    };
    std::fs::write(
        dir.join("site.toml"),
        format!("title = \"Tilfeldig kommune\"\nmunicipality = \"Tilfeldig\"\ntoday = 2026-06-15\npublish_person_names = {publish_person_names}\nbase_url = \"https://example.org\"\n\n[visibility]\nreport = \"{}\"\nchecklist = \"internal\"\n", if seed.is_multiple_of(2) { "internal" } else { "public" }),
    )
    .unwrap();

    // Units: a tree; internal units only as leaves' parents' choice is random.
    let mut units: Vec<String> = Vec::new();
    let mut unit_internal: Vec<bool> = Vec::new();
    let n_units = g.rng.random_range(1..7);
    for i in 0..n_units {
        let id = format!("u{i}");
        let (vis, internal) = if i == 0 {
            (String::new(), false)
        } else {
            g.visibility(false)
        };
        let title = g.title("Eining", internal);
        let exemption = g.exemption(internal);
        let mut text = format!("+++\ntitle = \"{title}\"\n{vis}{exemption}");
        if i > 0 {
            let parent = units[g.rng.random_range(0..i)].clone();
            writeln!(text, "parent = \"{parent}\"").unwrap();
        }
        if g.flip(0.8) {
            let name = g.person();
            writeln!(text, "leader = {{ role = \"Leiar\", name = \"{name}\" }}").unwrap();
        }
        writeln!(
            text,
            "budget = [ {{ year = 2026, amount = {} }} ]",
            g.rng.random_range(-1000..1_000_000)
        )
        .unwrap();
        text.push_str("+++\n\nOm eininga.\n");
        write(dir, &format!("org/{id}.md"), &text, &mut g);
        units.push(id);
        unit_internal.push(internal);
    }

    // Plans with goals, strategies, measures, verbalpunkt.
    let (mut goals, mut strategies, mut measures_verbal) = (Vec::new(), Vec::new(), Vec::new());
    for p in 0..g.rng.random_range(1..4) {
        let (vis, internal) = g.visibility(false);
        let hop = p == 0 || g.flip(0.3);
        let title = g.title("Plan", internal);
        let kind = if hop {
            "handlings-og-okonomiplan"
        } else {
            "kommunedelplan"
        };
        let owner = g.pick(&units).cloned().unwrap();
        let mut text =
            format!("+++\ntitle = \"{title}\"\nkind = \"{kind}\"\nowner = \"{owner}\"\n{vis}");
        let mut body = String::new();
        for _ in 0..g.rng.random_range(1..4) {
            let id = format!("g{}", goals.len());
            let (gvis, gint) = g.visibility(internal);
            let gt = g.title("Mål", gint);
            write!(body, "\n[[goals]]\nid = \"{id}\"\ntitle = \"{gt}\"\n{gvis}").unwrap();
            if let Some(parent) = g.pick(&goals).cloned().filter(|_| g.flip(0.5)) {
                writeln!(body, "parent = \"{parent}\"").unwrap();
            }
            goals.push(id);
        }
        for _ in 0..g.rng.random_range(0..3) {
            let id = format!("s{}", strategies.len());
            let (svis, sint) = g.visibility(internal);
            let st = g.title("Strategi", sint);
            let sg = g.some(&goals, 2);
            write!(
                body,
                "\n[[strategies]]\nid = \"{id}\"\ntitle = \"{st}\"\ngoals = {}\n{svis}",
                Gen::list(&sg)
            )
            .unwrap();
            strategies.push(id);
        }
        if hop {
            for _ in 0..g.rng.random_range(0..3) {
                g.n += 1;
                let id = format!("m{}", g.n);
                let (mvis, mint) = g.visibility(internal);
                let mt = g.title("Tiltak", mint);
                let mg = g.some(&goals, 2);
                let owner = g.pick(&units).cloned().unwrap();
                let prio = g.flip(0.6);
                write!(body, "\n[[measures]]\nid = \"{id}\"\ntitle = \"{mt}\"\ngoals = {}\nowner = \"{owner}\"\npriority = {prio}\namounts = {{ \"2026\" = {} }}\n{mvis}", Gen::list(&mg), g.rng.random_range(-50_000..5_000_000)).unwrap();
                if prio {
                    measures_verbal.push(id);
                }
            }
            for _ in 0..g.rng.random_range(0..3) {
                g.n += 1;
                let id = format!("v{}", g.n);
                let (vvis, vint) = g.visibility(internal);
                let vt = g.title("Verbalpunkt", vint);
                let owner = g.pick(&units).cloned().unwrap();
                write!(
                    body,
                    "\n[[verbal]]\nid = \"{id}\"\ntext = \"{vt}\"\nowner = \"{owner}\"\n{vvis}"
                )
                .unwrap();
                measures_verbal.push(id);
            }
        }
        text.push_str(&body);
        text.push_str("+++\n\nPlanen.\n");
        write(dir, &format!("plans/p{p}.md"), &text, &mut g);
    }

    let mut letters: Vec<String> = Vec::new();
    for l in 0..g.rng.random_range(0..3) {
        let (vis, internal) = g.visibility(false);
        let title = g.title("Oppdragsbrev", internal);
        let from = g.pick(&units).cloned().unwrap();
        let to = g.some(&units, 3);
        let mut text = format!(
            "+++\ntitle = \"{title}\"\nyear = 2026\nfrom = \"{from}\"\nto = {}\n{vis}",
            Gen::list(&to)
        );
        if let Some(parent) = g.pick(&letters).cloned() {
            writeln!(text, "parent = \"{parent}\"").unwrap();
        }
        text.push_str("+++\n\n## Innleiing\n\nTekst.\n");
        let id = format!("l{l}");
        write(dir, &format!("letters/{id}.md"), &text, &mut g);
        letters.push(id);
    }

    let statuses = ["ikkje-starta", "i-gang", "fullfort", "avbrote"].map(String::from);
    let mut targets: Vec<String> = measures_verbal.clone();
    for a in 0..g.rng.random_range(0..9) {
        let (vis, internal) = g.visibility(false);
        let title = g.title("Oppdrag", internal);
        let owner = g.pick(&units).cloned().unwrap();
        let ag = g.some(&goals, 2);
        let ast = g.some(&strategies, 1);
        let to = g.some(&units, 2);
        let deadline = g.date();
        let status = g.pick(&statuses).cloned().unwrap();
        let mut text = format!(
            "+++\ntitle = \"{title}\"\nowner = \"{owner}\"\nassigned_to = {}\ngoals = {}\nstrategies = {}\ndeadline = {deadline}\nstatus = \"{status}\"\nprogress = {}\n{vis}",
            Gen::list(&to),
            Gen::list(&ag),
            Gen::list(&ast),
            g.rng.random_range(0..=100)
        );
        if let Some(letter) = g.pick(&letters).cloned() {
            writeln!(text, "letter = \"{letter}\"").unwrap();
        }
        let id = format!("a{a}");
        for t in 0..g.rng.random_range(0..3) {
            let tid = format!("a{a}-t{t}");
            let (tvis, tint) = g.visibility(internal);
            let tt = g.title("Oppgåve", tint);
            let responsible = if g.flip(0.5) {
                g.person()
            } else {
                g.pick(&units).cloned().unwrap()
            };
            let ts = g.pick(&statuses).cloned().unwrap();
            let td = g.date();
            write!(text, "\n[[tasks]]\nid = \"{tid}\"\ntitle = \"{tt}\"\nresponsible = \"{responsible}\"\nstatus = \"{ts}\"\ndeadline = {td}\n{tvis}").unwrap();
            targets.push(tid);
        }
        text.insert_str(4, &g.exemption(internal));
        let body = g.text_naming("Skildring med [lenkje til eining](../org/u0.md).");
        text.push_str(&format!("+++\n\n{body}\n"));
        write(dir, &format!("assignments/{id}.md"), &text, &mut g);
        targets.push(id);
    }

    let mut indicators = Vec::new();
    for i in 0..g.rng.random_range(0..3) {
        let (vis, internal) = g.visibility(false);
        let title = g.title("Indikator", internal);
        let ig = g.some(&goals, 2);
        let iu = g.some(&units, 2);
        let text = format!(
            "+++\ntitle = \"{title}\"\ngoals = {}\nunits = {}\ndirection = \"higher\"\nvalues = {{ \"2024\" = {}, 2025 = {} }}\ntargets = {{ 2026 = 90 }}\n{vis}+++\n",
            Gen::list(&ig),
            Gen::list(&iu),
            g.rng.random_range(0..100),
            g.rng.random_range(0..100)
        );
        let id = format!("i{i}");
        write(dir, &format!("indicators/{id}.md"), &text, &mut g);
        indicators.push(id);
    }

    let mut items: Vec<(String, bool)> = Vec::new();
    for c in 0..g.rng.random_range(0..2) {
        let (vis, _) = g.visibility(false);
        // Checklists are internal unless they say otherwise (site.toml above).
        let internal = !vis.contains("public");
        let title = g.title("Sjekkliste", internal);
        let applies = g.some(&units, 1);
        let mut text = format!(
            "+++\ntitle = \"{title}\"\nyear = 2026\napplies_to = {}\n{vis}",
            Gen::list(&applies)
        );
        for i in 0..g.rng.random_range(1..4) {
            let id = format!("c{c}-{i}");
            let yesno = g.flip(0.7);
            let q = g.title("Spørsmål", internal);
            write!(
                text,
                "\n[[items]]\nid = \"{id}\"\nquestion = \"{q}\"\nanswer = \"{}\"\n",
                if yesno { "yesno" } else { "text" }
            )
            .unwrap();
            items.push((id, yesno));
        }
        text.push_str("+++\n");
        write(dir, &format!("checklists/c{c}.md"), &text, &mut g);
    }

    let periods = ["2026-T1", "2026-T2", "2026-03", "2025"].map(String::from);
    for r in 0..g.rng.random_range(0..5) {
        let unit = g.pick(&units).cloned().unwrap();
        let period = g.pick(&periods).cloned().unwrap();
        let report_public = seed % 2 == 1;
        let (vis, internal) = g.visibility(!report_public);
        // Without a title a report is called after its unit and period, so one on an
        // internal unit names that unit: it must stay internal.
        let title_line = if g.flip(0.3) {
            String::new()
        } else {
            let title = g.title("Rapport", internal || !report_public);
            format!("title = \"{title}\"\n")
        };
        let mut text = format!(
            "+++\n{title_line}unit = \"{unit}\"\nperiod = \"{period}\"\ndate = {}\n{vis}",
            g.date()
        );
        for _ in 0..g.rng.random_range(0..4) {
            if let Some(t) = g.pick(&targets).cloned() {
                let st = g.pick(&statuses).cloned().unwrap();
                let comment = if internal || !report_public {
                    g.title("Kommentar", true)
                } else {
                    "Kommentar".into()
                };
                write!(
                    text,
                    "\n[[status]]\nref = \"{t}\"\nstatus = \"{st}\"\nprogress = {}\ncomment = \"{comment}\"\n",
                    g.rng.random_range(0..=100)
                )
                .unwrap();
            }
        }
        for _ in 0..g.rng.random_range(0..3) {
            if let Some((item, yesno)) = items.choose(&mut g.rng).cloned() {
                let answer = if yesno {
                    ["true", "false", "\"partly\"", "\"n/a\""]
                        .choose(&mut g.rng)
                        .unwrap()
                        .to_string()
                } else {
                    "\"Svar\"".into()
                };
                write!(text, "\n[[checklist]]\nref = \"{item}\"\nanswer = {answer}\ncomment = \"Kommentar\"\n").unwrap();
            }
        }
        if let Some(ind) = g.pick(&indicators).cloned() {
            write!(
                text,
                "\n[[values]]\nindicator = \"{ind}\"\nvalue = {}\n",
                g.rng.random_range(0..100)
            )
            .unwrap();
        }
        let body = g.text_naming("Vurdering.");
        text.push_str(&format!("+++\n\n{body}\n"));
        write(dir, &format!("reports/r{r}.md"), &text, &mut g);
    }
    g.out
}
