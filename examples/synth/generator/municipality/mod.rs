//! One synthetic municipality with N assignments, held in memory: the organisation, the plans
//! with their goals, the HØP with strategies, measures and verbalpunkt, the oppdragsbrev, the
//! assignments and tasks, indicators, checklists and reports — in the proportions of a real
//! municipality of that size, every reference valid.
//!
//! Everything grows linearly with N (units ≈ N/40, measures ≈ N/25, indicators ≈ N/50, …), so
//! that a benchmark over N shows how raudtrad's cost grows with N.
//!
//! Besides the content files it records one [`PlainPage`] per page of raudtrad's internal tree,
//! from which the Hugo and Zola flavours write a plain site of the same pages and bodies.
//!
//! Bodies refer to other files as `@@ID@@`; [`super::write`] makes those relative paths (raudtrad)
//! or the plain flavour's own links.

mod assignments;
mod follow_up;
mod letters;
mod org;
mod plans;
mod reports;

use std::collections::HashSet;
use std::rc::Rc;

use chrono::NaiveDate;

use super::catalogue::SECTORS;
use super::frontmatter::{Map, Syntax, Val};
use super::rng::Rng;
use super::words;

/// The operating year of letters, assignments and checklists.
pub const YEAR: i32 = 2026;
/// The date the site treats as today: mid-year, so that some deadlines have passed.
pub const TODAY: &str = "2026-06-15";

pub struct Municipality {
    pub site_toml: String,
    pub docs: Vec<Doc>,
    /// CSV data files: path under `content/`, text.
    pub data: Vec<(String, String)>,
    pub pages: Vec<PlainPage>,
    pub assignments: usize,
    pub tasks: usize,
}

/// One content file.
pub struct Doc {
    /// Under `content/`, with `/`.
    pub path: String,
    pub id: String,
    pub syntax: Syntax,
    pub fields: Map,
    pub body: Rc<str>,
}

/// One page of raudtrad's internal tree, as a plain page for Hugo and Zola.
pub struct PlainPage {
    pub section: &'static str,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub date: NaiveDate,
    pub body: Rc<str>,
    /// Unit id (a taxonomy term in the plain site).
    pub unit: String,
    /// Goal ids (a taxonomy).
    pub goals: Vec<String>,
    pub status: String,
    pub responsible: String,
}

struct Unit {
    id: String,
    title: String,
    level: usize,
    parent: Option<usize>,
    /// Index of the level-1 ancestor (itself for a sector; 0 for the municipality).
    sector: usize,
    /// Index of the level-2 ancestor (itself for an area), if any.
    area: Option<usize>,
    /// The sector's entry in [`SECTORS`].
    cat: usize,
    children: Vec<usize>,
    folder: String,
}

struct Assignment {
    id: String,
    owner: usize,
    tasks: Vec<String>,
}

#[derive(Clone)]
struct Measure {
    id: String,
    title: String,
    owner: usize,
    goals: Vec<String>,
    strategies: Vec<String>,
    priority: bool,
    description: Rc<str>,
}

struct Checklist {
    /// Unit indices in scope (those named and all below).
    scope: HashSet<usize>,
    items: Vec<(String, bool)>,
}

struct IndicatorRef {
    id: String,
    units: Vec<usize>,
    base: f64,
}

/// Status key, whether done, weight.
const STATUSES: &[(&str, bool, u32)] = &[
    ("ikkje-starta", false, 24),
    ("i-gang", false, 42),
    ("pa-vent", false, 6),
    ("fullfort", true, 23),
    ("avbrote", true, 5),
];

struct Gen {
    rng: Rng,
    n: usize,
    out: Municipality,
    ids: HashSet<String>,
    units: Vec<Unit>,
    /// Goal ids per sector (index into `SECTORS` order of units), and of the samfunnsdel.
    sector_goals: Vec<Vec<String>>,
    top_goals: Vec<String>,
    sector_strategies: Vec<Vec<String>>,
    measures: Vec<Measure>,
    /// Verbalpunkt: id, text, owner.
    verbal: Vec<(String, String, usize)>,
    /// Ids of the measures and verbalpunkt that became automatic assignments.
    automatic: HashSet<String>,
    /// The last assignment file of each unit, for a "see also" link.
    last_of_unit: Vec<Option<usize>>,
    /// Letter id per unit index that receives it through its parent: L1 for sectors, L2 for
    /// areas, L3 for einingar.
    letter_to: Vec<Option<String>>,
    assignments: Vec<Assignment>,
    checklists: Vec<Checklist>,
    indicators: Vec<IndicatorRef>,
    places: usize,
}

pub fn generate(n: usize, seed: u64) -> Municipality {
    let mut g = Gen {
        rng: Rng::new(seed),
        n,
        out: Municipality {
            site_toml: site_toml(n, seed),
            docs: Vec::new(),
            data: Vec::new(),
            pages: Vec::new(),
            assignments: 0,
            tasks: 0,
        },
        ids: HashSet::new(),
        units: Vec::new(),
        sector_goals: Vec::new(),
        top_goals: Vec::new(),
        sector_strategies: Vec::new(),
        measures: Vec::new(),
        verbal: Vec::new(),
        automatic: HashSet::new(),
        last_of_unit: Vec::new(),
        letter_to: Vec::new(),
        assignments: Vec::new(),
        checklists: Vec::new(),
        indicators: Vec::new(),
        places: 0,
    };
    g.units();
    g.plans();
    g.hop();
    g.letters();
    g.assignments();
    g.indicators();
    g.checklists();
    g.reports();
    g.out
}

fn site_toml(n: usize, seed: u64) -> String {
    let statuses: Vec<String> = STATUSES
        .iter()
        .map(|(key, done, _)| {
            let (label, color) = match *key {
                "ikkje-starta" => ("Ikkje starta", "#5c5c5c"),
                "i-gang" => ("I gang", "#1d5fa8"),
                "pa-vent" => ("På vent", "#7a4f00"),
                "fullfort" => ("Fullført", "#1e6b34"),
                _ => ("Avbrote", "#8b1a1a"),
            };
            format!(
                "  {{ key = \"{key}\", label = \"{label}\", color = \"{color}\", done = {done} }},"
            )
        })
        .collect();
    format!(
        r#"# A synthetic municipality: {n} assignments, seed {seed}.
# Written by `cargo run --release --example synth -- --assignments {n} --seed {seed}`.
title = "Fjordvik kommune – styring og oppfølging"
municipality = "Fjordvik"
base_url = "https://www.fjordvik.kommune.example/styring/"
language = "nn"
today = {TODAY}
publish_person_names = false

statuses = [
{}
]
categories = [
  {{ key = "administrativt", label = "Administrativt oppdrag" }},
  {{ key = "politisk-vedtak", label = "Politisk vedtak" }},
  {{ key = "tilleggsbestilling", label = "Tilleggsbestilling" }},
  {{ key = "plantiltak", label = "Plantiltak" }},
  {{ key = "verbalpunkt", label = "Verbalpunkt" }},
]

[terms]
assignment = "Oppdrag"

[visibility]
checklist = "internal"
report = "internal"
"#,
        statuses.join("\n")
    )
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid date")
}

fn dval(d: NaiveDate) -> Val {
    Val::Date(d.format("%Y-%m-%d").to_string())
}

fn link(text: &str, id: &str) -> String {
    format!("[{text}](@@{id}@@)")
}

impl Gen {
    /// `base`, or `base-2`, `base-3`, … : ids are unique across the site.
    fn id(&mut self, base: &str) -> String {
        let mut id = base.to_string();
        let mut k = 2;
        while !self.ids.insert(id.clone()) {
            id = format!("{base}-{k}");
            k += 1;
        }
        id
    }

    fn place(&mut self) -> String {
        let p = self.places;
        self.places += 1;
        const PREFIXES: &[&str] = &["Øvre", "Nedre", "Indre", "Ytre", "Nye", "Vesle"];
        let name = words::PLACES[p % words::PLACES.len()];
        match p / words::PLACES.len() {
            0 => name.to_string(),
            k if k <= PREFIXES.len() => format!("{} {name}", PREFIXES[k - 1]),
            k => format!(
                "{} {name} {}",
                PREFIXES[k % PREFIXES.len()],
                k / PREFIXES.len() + 1
            ),
        }
    }

    fn syntax(&mut self, yaml_share: f64) -> Syntax {
        if self.rng.chance(yaml_share) {
            Syntax::Yaml
        } else {
            Syntax::Toml
        }
    }

    fn status(&mut self) -> (&'static str, i64) {
        let total: u32 = STATUSES.iter().map(|s| s.2).sum();
        let mut r = self.rng.range(0, total as usize - 1) as u32;
        for &(key, _, w) in STATUSES {
            if r < w {
                let progress = match key {
                    "ikkje-starta" => 0,
                    "fullfort" => 100,
                    "i-gang" => self.rng.range(1, 19) as i64 * 5,
                    _ => self.rng.range(0, 12) as i64 * 5,
                };
                return (key, progress);
            }
            r -= w;
        }
        unreachable!()
    }

    fn doc(&mut self, path: String, id: &str, syntax: Syntax, fields: Map, body: Rc<str>) {
        self.out.docs.push(Doc {
            path,
            id: id.to_string(),
            syntax,
            fields,
            body,
        });
    }

    #[allow(clippy::too_many_arguments)]
    fn page(
        &mut self,
        section: &'static str,
        slug: &str,
        title: &str,
        date: NaiveDate,
        body: Rc<str>,
        unit: usize,
        goals: &[String],
        status: &str,
        responsible: &str,
    ) {
        let summary = body
            .split(". ")
            .next()
            .unwrap_or("")
            .chars()
            .take(160)
            .collect();
        self.out.pages.push(PlainPage {
            section,
            slug: slug.to_string(),
            title: title.to_string(),
            summary,
            date,
            body,
            unit: self.units[unit].id.clone(),
            goals: goals.to_vec(),
            status: status.to_string(),
            responsible: responsible.to_string(),
        });
    }

    fn of_level(&self, level: usize) -> Vec<usize> {
        (0..self.units.len())
            .filter(|&u| self.units[u].level == level)
            .collect()
    }

    fn leader_role(&self, u: usize) -> String {
        let unit = &self.units[u];
        match unit.level {
            0 => "Kommunedirektør".into(),
            1 => format!("Kommunalsjef {}", unit.title.to_lowercase()),
            2 => format!("Tenesteleiar {}", unit.title.to_lowercase()),
            _ => {
                let area = unit.area.expect("an eining lies in an area");
                let a = &self.units[area];
                SECTORS[a.cat].areas[self.area_kind(area)].role.to_string()
            }
        }
    }

    /// Which of its sector's [`catalogue::Area`]s an area unit is.
    fn area_kind(&self, area: usize) -> usize {
        let sector = self.units[area].sector;
        let pos = self.units[sector]
            .children
            .iter()
            .position(|&c| c == area)
            .expect("an area is a child of its sector");
        pos % SECTORS[self.units[area].cat].areas.len()
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}
