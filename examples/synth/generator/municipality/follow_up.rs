//! Indicators (some with CSV data) and internal-control checklists.

use std::collections::HashSet;
use std::rc::Rc;

use super::super::catalogue::{self, SECTORS};
use super::super::frontmatter::{MapBuilder, Val, s, strs};
use super::super::words::{self, Body, paragraph, sentence, slug};
use super::{Checklist, Gen, IndicatorRef, YEAR, date, round1};

impl Gen {
    pub(super) fn indicators(&mut self) {
        let sectors = self.of_level(1);
        for k in 0..(self.n / 50).max(10) {
            let sec = sectors[k % sectors.len()];
            let cat = self.units[sec].cat;
            let pool = SECTORS[cat].indicators;
            let nth = k / sectors.len();
            let def = &pool[nth % pool.len()];
            let areas = self.units[sec].children.clone();
            let (title, units) = match nth / pool.len() {
                0 => (def.title.to_string(), vec![sec]),
                r => {
                    let area = areas[(r - 1) % areas.len()];
                    (
                        format!("{} – {}", def.title, self.units[area].title),
                        vec![sec, area],
                    )
                }
            };
            let base: String = slug(&title).chars().take(60).collect();
            let id = self.id(base.trim_end_matches('-'));
            let keyfigure = self.rng.chance(0.3);
            let goals = if keyfigure {
                Vec::new()
            } else {
                let k_goals = self.rng.range(1, 2);
                self.rng.some(&self.sector_goals[sec], k_goals)
            };
            let mut v = def.base;
            let mut values = Vec::new();
            for y in 2022..YEAR {
                v *= 1.0 + (self.rng.range(0, 100) as f64 - 50.0) / 1000.0;
                values.push((y.to_string(), Val::Num(round1(v))));
            }
            let better = if def.higher_is_better { 1.05 } else { 0.95 };
            let targets = vec![
                (YEAR.to_string(), Val::Num(round1(v * better))),
                (
                    (YEAR + 1).to_string(),
                    Val::Num(round1(v * better * better)),
                ),
            ];
            let unit_ids: Vec<String> = units.iter().map(|&u| self.units[u].id.clone()).collect();
            let folder = format!("indicators/{}", self.units[sec].id);
            let data = k % 3 == 0;
            if data {
                let mut csv = String::from("period,unit,value\n");
                for y in [YEAR - 2, YEAR - 1] {
                    for u in &unit_ids {
                        let x = round1(v * (1.0 + (self.rng.range(0, 60) as f64 - 30.0) / 1000.0));
                        csv.push_str(&format!("{y},{u},{x}\n"));
                    }
                }
                csv.push_str(&format!("{YEAR}-T1,,{}\n", round1(v)));
                self.out.data.push((format!("{folder}/{id}.csv"), csv));
            }
            let rng = &mut self.rng;
            let mut b = Body::new();
            b.para(rng, 30, 60);
            b.heading("Definisjon og kjelde");
            b.para(rng, 30, 50);
            b.heading("Utvikling");
            let rows: Vec<Vec<String>> = values
                .iter()
                .map(|(y, v)| {
                    let Val::Num(x) = v else { unreachable!() };
                    vec![y.clone(), format!("{x}").replace('.', ",")]
                })
                .collect();
            b.table(&["År", def.measure], &[false, true], &rows);
            let body: Rc<str> = b.done().into();
            let fields = MapBuilder::new()
                .put("title", s(&title))
                .put("kind", s(if keyfigure { "keyfigure" } else { "indicator" }))
                .opt("goals", (!goals.is_empty()).then(|| strs(&goals)))
                .put("units", strs(&unit_ids))
                .put("measure", s(def.measure))
                .put(
                    "direction",
                    s(if def.higher_is_better {
                        "higher"
                    } else {
                        "lower"
                    }),
                )
                .put("values", Val::Map(values))
                .put("targets", Val::Map(targets))
                .put("source", s(format!("SSB, KOSTRA-tabell {}", 11_000 + k)))
                .opt("data", data.then(|| s(format!("{id}.csv"))))
                .done();
            let syntax = self.syntax(0.3);
            self.doc(
                format!("{folder}/{id}.md"),
                &id,
                syntax,
                fields,
                body.clone(),
            );
            self.page(
                "indicators",
                &id,
                &title,
                date(YEAR, 1, 1),
                body,
                sec,
                &goals,
                "",
                "",
            );
            self.indicators.push(IndicatorRef { id, units, base: v });
        }
    }

    pub(super) fn below(&self, u: usize, into: &mut HashSet<usize>) {
        into.insert(u);
        for &c in &self.units[u].children {
            self.below(c, into);
        }
    }

    pub(super) fn checklists(&mut self) {
        let sectors = self.of_level(1);
        for k in 0..(self.n / 400).max(3) {
            let topic = catalogue::CHECKLISTS[k % catalogue::CHECKLISTS.len()];
            let applies = if k == 0 {
                vec![0]
            } else {
                vec![sectors[(k - 1) % sectors.len()]]
            };
            let title = match k / catalogue::CHECKLISTS.len() {
                0 => format!("Internkontroll {YEAR}: {topic}"),
                _ => format!(
                    "Internkontroll {YEAR}: {topic} – {}",
                    self.units[applies[0]].title
                ),
            };
            let cid = match k / catalogue::CHECKLISTS.len() {
                0 => self.id(&format!("ik-{}", slug(topic))),
                _ => {
                    let scope = self.units[applies[0]].id.clone();
                    self.id(&format!("ik-{}-{scope}", slug(topic)))
                }
            };
            let mut items = Vec::new();
            let mut refs = Vec::new();
            for j in 0..self.rng.range(6, 12) {
                let iid = self.id(&format!("{cid}-{}", j + 1));
                let obj = *self.rng.pick(words::OBJECTS);
                let yesno = self.rng.chance(0.8);
                let question = if yesno {
                    self.rng
                        .pick(&[
                            "Har eininga oppdaterte rutinar for",
                            "Kjenner dei tilsette rutinen for",
                            "Er avvik knytte til",
                            "Er risikovurderinga gjennomført for",
                        ])
                        .to_string()
                        + " "
                        + obj
                        + "?"
                } else {
                    format!("Kva tiltak har eininga sett i verk for {obj}?")
                };
                let mut m = MapBuilder::new()
                    .put("id", s(&iid))
                    .put("purpose", s(sentence(&mut self.rng)))
                    .put("group", s(*self.rng.pick(catalogue::CHECK_GROUPS)))
                    .put("question", s(question))
                    .put("answer", s(if yesno { "yesno" } else { "text" }));
                if self.rng.chance(0.2) {
                    m = m.put("description", s(paragraph(&mut self.rng, 20)));
                }
                items.push(Val::Map(m.done()));
                refs.push((iid, yesno));
            }
            let rng = &mut self.rng;
            let mut b = Body::new();
            b.para(rng, 40, 70);
            b.heading("Korleis sjekklista blir brukt");
            b.numbered(&[
                "Leiaren går gjennom punkta saman med verneombodet.".into(),
                "Svara blir førte i tertialrapporten.".into(),
                "Avvik blir melde i avvikssystemet.".into(),
            ]);
            let body: Rc<str> = b.done().into();
            let applies_ids: Vec<String> =
                applies.iter().map(|&u| self.units[u].id.clone()).collect();
            let fields = MapBuilder::new()
                .put("title", s(&title))
                .put("year", Val::Int(YEAR as i64))
                .put("applies_to", strs(&applies_ids))
                .opt("visibility", (k == 1).then(|| s("public")))
                .put("items", Val::List(items))
                .done();
            let syntax = self.syntax(0.3);
            self.doc(
                format!("checklists/{cid}.md"),
                &cid,
                syntax,
                fields,
                body.clone(),
            );
            self.page(
                "checklists",
                &cid,
                &title,
                date(YEAR, 1, 15),
                body,
                applies[0],
                &[],
                "",
                "",
            );
            let mut scope = HashSet::new();
            for &u in &applies {
                self.below(u, &mut scope);
            }
            self.checklists.push(Checklist { scope, items: refs });
        }
    }
}
