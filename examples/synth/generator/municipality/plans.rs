//! Plans: the samfunnsdel with main and sub-goals, a kommunedelplan per sector and temaplanar
//! with goals under them, an expired plan, and the handlings- og økonomiplan with strategies,
//! measures (some priority) and verbalpunkt.

use std::rc::Rc;

use chrono::NaiveDate;

use super::super::catalogue::{self, SECTORS};
use super::super::frontmatter::{MapBuilder, Syntax, Val, s, strs};
use super::super::words::{self, Body, cap, kroner, paragraph, sentence, slug};
use super::{Gen, Measure, YEAR, date, dval};

impl Gen {
    pub(super) fn goal(
        &mut self,
        id: &str,
        title: &str,
        parent: Option<&str>,
        words: usize,
    ) -> Val {
        let description = paragraph(&mut self.rng, words);
        Val::Map(
            MapBuilder::new()
                .put("id", s(id))
                .put("title", s(title))
                .opt("parent", parent.map(s))
                .put("description", s(description))
                .done(),
        )
    }

    /// Adds the plain pages of a plan's inline items (they have pages of their own).
    pub(super) fn inline_pages(
        &mut self,
        section: &'static str,
        items: &[Val],
        when: NaiveDate,
        owner: usize,
    ) {
        for item in items {
            let Val::Map(m) = item else { continue };
            let get = |k: &str| {
                m.iter()
                    .find(|(key, _)| key == k)
                    .and_then(|(_, v)| match v {
                        Val::Str(t) => Some(t.clone()),
                        _ => None,
                    })
            };
            let id = get("id").unwrap_or_default();
            let title = get("title").or_else(|| get("text")).unwrap_or_default();
            let body: Rc<str> = get("description").unwrap_or_default().into();
            self.page(section, &id, &title, when, body, owner, &[], "", "");
        }
    }

    pub(super) fn plan_body(
        &mut self,
        title: &str,
        goals: &[(String, String)],
        words: usize,
    ) -> Rc<str> {
        let rng = &mut self.rng;
        let mut b = Body::new();
        b.para(rng, 60, 60);
        b.heading("Bakgrunn");
        b.para(rng, words / 5, words / 5);
        b.line(&format!(
            "{title} byggjer på [kommuneplanen sin samfunnsdel](@@kommuneplan-samfunnsdel@@) og blir følgd opp i [handlings- og økonomiplanen](@@hop-{YEAR}-{}@@).",
            YEAR + 3
        ));
        b.heading("Mål");
        let list: Vec<String> = goals
            .iter()
            .map(|(_, t)| format!("**{t}**: {}", sentence(rng)))
            .collect();
        b.list(&list);
        b.heading("Utfordringar");
        b.para(rng, words / 5, words / 5);
        b.bullets(rng, 4, 4);
        b.heading("Økonomi");
        let rows: Vec<Vec<String>> = (0..4)
            .map(|k| {
                vec![
                    (YEAR + k).to_string(),
                    kroner(rng.range(2, 90) as i64 * 250_000),
                    rng.pick(words::OBJECTS).to_string(),
                ]
            })
            .collect();
        b.table(
            &["År", "Beløp (kr)", "Føremål"],
            &[false, true, false],
            &rows,
        );
        b.heading("Oppfølging");
        b.para(rng, words / 5, words / 5);
        b.done().into()
    }

    pub(super) fn plans(&mut self) {
        // Kommuneplanen sin samfunnsdel: main goals and sub-goals.
        let mut goals = Vec::new();
        let mut sub_goals = Vec::new();
        let mut listed = Vec::new();
        for (k, main) in catalogue::MAIN_GOALS.iter().enumerate() {
            let gid = self.id(&format!("ksp-mal-{}", k + 1));
            goals.push(self.goal(&gid, &format!("{}. {main}", k + 1), None, 50));
            listed.push((gid.clone(), main.to_string()));
            self.top_goals.push(gid.clone());
            for j in 0..3 {
                let sub = catalogue::SUB_GOALS[(k * 3 + j) % catalogue::SUB_GOALS.len()];
                let sid = self.id(&format!("ksp-mal-{}-{}", k + 1, j + 1));
                goals.push(self.goal(&sid, &format!("{}.{} {sub}", k + 1, j + 1), Some(&gid), 40));
                sub_goals.push(sid);
            }
        }
        let adopted = date(2024, 6, 20);
        let title = "Kommuneplanen sin samfunnsdel 2024–2036";
        let body = self.plan_body(title, &listed, 600);
        let fields = MapBuilder::new()
            .put("title", s(title))
            .put("kind", s("samfunnsdel"))
            .put(
                "period",
                Val::Map(vec![
                    ("from".into(), Val::Int(2024)),
                    ("to".into(), Val::Int(2036)),
                ]),
            )
            .put("adopted", dval(adopted))
            .put("adopted_by", s("Kommunestyret"))
            .put("case", s("PS 45/2024"))
            .put("owner", s("kommune"))
            .put("summary", s("Dei langsiktige måla for Fjordvik-samfunnet."))
            .put("goals", Val::List(goals.clone()))
            .done();
        let id = self.id("kommuneplan-samfunnsdel");
        self.doc(
            format!("plans/{id}.md"),
            &id,
            Syntax::Toml,
            fields,
            body.clone(),
        );
        self.page("plans", &id, title, adopted, body, 0, &[], "", "");
        self.inline_pages("goals", &goals, adopted, 0);

        // A kommunedelplan per sector, its main goals under the samfunnsdel's sub-goals.
        let sectors = self.of_level(1);
        self.sector_goals = vec![Vec::new(); self.units.len()];
        for &sec in &sectors {
            let cat = self.units[sec].cat;
            let name = self.units[sec].title.to_lowercase();
            let sid = self.units[sec].id.clone();
            let mut goals = Vec::new();
            let mut listed = Vec::new();
            for (k, text) in SECTORS[cat].goals.iter().enumerate().take(4) {
                let gid = self.id(&format!("kdp-{sid}-mal-{}", k + 1));
                let parent = self.rng.pick(&sub_goals).clone();
                goals.push(self.goal(&gid, text, Some(&parent), 45));
                listed.push((gid.clone(), text.to_string()));
                self.sector_goals[sec].push(gid.clone());
                for j in 0..2 {
                    let obj = cap(self.rng.word(words::OBJECTS));
                    let how = self.rng.pick(&[
                        "blir betre",
                        "er tilpassa behovet",
                        "er i tråd med lov og forskrift",
                        "når målet i planen",
                        "blir meir heilskapleg",
                    ]);
                    let cid = self.id(&format!("kdp-{sid}-mal-{}-{}", k + 1, j + 1));
                    goals.push(self.goal(&cid, &format!("{obj} {how}"), Some(&gid), 35));
                    self.sector_goals[sec].push(cid);
                }
            }
            let title = format!("Kommunedelplan for {name} 2025–2030");
            let body = self.plan_body(&title, &listed, 500);
            let adopted = date(2025, 3 + (sec as u32 % 8), 14);
            let fields = MapBuilder::new()
                .put("title", s(&title))
                .put("kind", s("kommunedelplan"))
                .put(
                    "period",
                    Val::Map(vec![
                        ("from".into(), Val::Int(2025)),
                        ("to".into(), Val::Int(2030)),
                    ]),
                )
                .put("adopted", dval(adopted))
                .put("adopted_by", s("Kommunestyret"))
                .put("case", s(format!("PS {}/2025", 10 + sec)))
                .put("owner", s(&sid))
                .put("goals", Val::List(goals.clone()))
                .done();
            let id = self.id(&format!("kdp-{sid}"));
            self.doc(
                format!("plans/{id}.md"),
                &id,
                Syntax::Toml,
                fields,
                body.clone(),
            );
            self.page("plans", &id, &title, adopted, body, sec, &[], "", "");
            self.inline_pages("goals", &goals, adopted, sec);
        }

        // Temaplanar: one per 2 000 assignments, owned by a service area; one is on hearing.
        let areas = self.of_level(2);
        for k in 0..self.n / 2000 {
            let area = areas[k % areas.len()];
            let sec = self.units[area].sector;
            let topic = *self.rng.pick(SECTORS[self.units[area].cat].topics);
            let title = format!("Temaplan for {topic} 2026–2029");
            let pid = self.id(&format!("temaplan-{}", slug(topic)));
            let mut goals = Vec::new();
            let mut listed = Vec::new();
            for m in 0..2 {
                let gid = self.id(&format!("{pid}-mal-{}", m + 1));
                let parent = self.rng.pick(&self.sector_goals[sec]).clone();
                let gt = format!(
                    "{} {}",
                    cap(topic),
                    self.rng.pick(&[
                        "er styrkt",
                        "er vidareutvikla",
                        "er godt kjent hjå innbyggjarane"
                    ])
                );
                goals.push(self.goal(&gid, &gt, Some(&parent), 35));
                listed.push((gid.clone(), gt));
                self.sector_goals[sec].push(gid.clone());
                let cid = self.id(&format!("{pid}-mal-{}-1", m + 1));
                let ct = format!("{} {}", cap(self.rng.word(words::OBJECTS)), "blir betre");
                goals.push(self.goal(&cid, &ct, Some(&gid), 30));
                self.sector_goals[sec].push(cid);
            }
            let body = self.plan_body(&title, &listed, 400);
            let adopted = date(2025, 1 + (k as u32 % 12), 10);
            let stage = if k == 1 { Some(s("hearing")) } else { None };
            let fields = MapBuilder::new()
                .put("title", s(&title))
                .put("kind", s("temaplan"))
                .put(
                    "period",
                    Val::Map(vec![
                        ("from".into(), Val::Int(2026)),
                        ("to".into(), Val::Int(2029)),
                    ]),
                )
                .opt("stage", stage)
                .put("adopted", dval(adopted))
                .put("adopted_by", s("Formannskapet"))
                .put("owner", s(&self.units[area].id))
                .put("goals", Val::List(goals.clone()))
                .done();
            let folder = self.units[sec].id.clone();
            self.doc(
                format!("plans/temaplanar/{folder}/{pid}.md"),
                &pid,
                Syntax::Toml,
                fields,
                body.clone(),
            );
            self.page("plans", &pid, &title, adopted, body, area, &[], "", "");
            self.inline_pages("goals", &goals, adopted, area);
        }

        // An expired plan, still linked from history.
        let title = "Kommunedelplan for klima og energi 2016–2024";
        let body = self.plan_body(title, &[], 300);
        let fields = MapBuilder::new()
            .put("title", s(title))
            .put("kind", s("kommunedelplan"))
            .put(
                "period",
                Val::Map(vec![
                    ("from".into(), Val::Int(2016)),
                    ("to".into(), Val::Int(2024)),
                ]),
            )
            .put("stage", s("expired"))
            .put("adopted", dval(date(2016, 9, 22)))
            .put("adopted_by", s("Kommunestyret"))
            .put("case", s("PS 77/2016"))
            .put("owner", s("kommune"))
            .done();
        let id = self.id("kdp-klima-og-energi-2016");
        self.doc(
            format!("plans/eldre/{id}.md"),
            &id,
            Syntax::Yaml,
            fields,
            body.clone(),
        );
        self.page("plans", &id, title, date(2016, 9, 22), body, 0, &[], "", "");
    }

    /// The handlings- og økonomiplan: strategies, measures (some priority) and verbalpunkt.
    pub(super) fn hop(&mut self) {
        let sectors = self.of_level(1);
        let areas_of = |g: &Gen, sec: usize| g.units[sec].children.clone();
        let adopted = date(YEAR - 1, 12, 11);

        self.sector_strategies = vec![Vec::new(); self.units.len()];
        let mut strategies = Vec::new();
        for k in 0..(self.n / 250).max(8) {
            let sec = sectors[k % sectors.len()];
            let id = self.id(&format!("hop-strategi-{}", k + 1));
            let lead = *self.rng.pick(&[
                "Satse på",
                "Prioritere",
                "Forenkle",
                "Samarbeide om",
                "Digitalisere",
                "Førebyggje gjennom",
            ]);
            let topic = *self.rng.pick(SECTORS[self.units[sec].cat].topics);
            let k_goals = self.rng.range(1, 2);
            let goals = self.rng.some(&self.sector_goals[sec], k_goals);
            let description = paragraph(&mut self.rng, 45);
            strategies.push(Val::Map(
                MapBuilder::new()
                    .put("id", s(&id))
                    .put("title", s(format!("{lead} {topic}")))
                    .put("goals", strs(&goals))
                    .put("description", s(description))
                    .done(),
            ));
            self.sector_strategies[sec].push(id);
        }

        let mut measures = Vec::new();
        for k in 0..(self.n / 25).max(12) {
            let sec = sectors[k % sectors.len()];
            let owner = if self.rng.chance(0.4) {
                sec
            } else {
                *self.rng.pick(&areas_of(self, sec))
            };
            let id = self.id(&format!("hop-tiltak-{:04}", k + 1));
            let topic = *self.rng.pick(SECTORS[self.units[sec].cat].topics);
            let title = format!("{} {topic}", self.rng.pick(catalogue::ACTIONS));
            let k_goals = self.rng.range(1, 2);
            let goals = self.rng.some(&self.sector_goals[sec], k_goals);
            let strategies = self.rng.some(&self.sector_strategies[sec], 1);
            let priority = self.rng.chance(0.3);
            let mut amounts = Vec::new();
            let base = self.rng.range(1, 60) as i64 * 100_000;
            for y in YEAR..YEAR + 4 {
                let a = if self.rng.chance(0.1) {
                    -base / 2
                } else {
                    base
                };
                amounts.push((y.to_string(), Val::Int(a)));
            }
            let words = self.rng.range(25, 60);
            let description = paragraph(&mut self.rng, words);
            measures.push(Val::Map(
                MapBuilder::new()
                    .put("id", s(&id))
                    .put("title", s(&title))
                    .put("goals", strs(&goals))
                    .opt(
                        "strategies",
                        (!strategies.is_empty()).then(|| strs(&strategies)),
                    )
                    .put("owner", s(&self.units[owner].id))
                    .put("amounts", Val::Map(amounts))
                    .put("priority", Val::Bool(priority))
                    .put("description", s(&description))
                    .done(),
            ));
            self.measures.push(Measure {
                id,
                title,
                owner,
                goals,
                strategies,
                priority,
                description: description.into(),
            });
        }

        let mut verbal = Vec::new();
        for k in 0..(self.n / 250).max(6) {
            let sec = sectors[k % sectors.len()];
            let id = self.id(&format!("hop-verbal-{:03}", k + 1));
            let topic = *self.rng.pick(SECTORS[self.units[sec].cat].topics);
            let text = format!(
                "Kommunestyret ber kommunedirektøren greie ut {topic} og leggje fram ei sak innan {}. tertial {YEAR}.",
                1 + k % 3
            );
            let mut m = MapBuilder::new()
                .put("id", s(&id))
                .put("text", s(&text))
                .put("owner", s(&self.units[sec].id))
                .put("adopted", dval(adopted))
                .put("case", s(format!("PS 112/{}", YEAR - 1)));
            if self.rng.chance(0.5) {
                m = m.put("description", s(paragraph(&mut self.rng, 30)));
            }
            verbal.push(Val::Map(m.done()));
            self.verbal.push((id, text, sec));
        }

        let title = format!("Handlings- og økonomiplan {YEAR}–{}", YEAR + 3);
        let listed: Vec<(String, String)> = Vec::new();
        let body = self.plan_body(&title, &listed, 700);
        let fields = MapBuilder::new()
            .put("title", s(&title))
            .put("kind", s("handlings-og-okonomiplan"))
            .put(
                "period",
                Val::Map(vec![
                    ("from".into(), Val::Int(YEAR as i64)),
                    ("to".into(), Val::Int(YEAR as i64 + 3)),
                ]),
            )
            .put("adopted", dval(adopted))
            .put("adopted_by", s("Kommunestyret"))
            .put("case", s(format!("PS 112/{}", YEAR - 1)))
            .put("owner", s("kommune"))
            .put(
                "summary",
                s("Budsjett, tiltak og verbalpunkt for dei neste fire åra."),
            )
            .put("strategies", Val::List(strategies.clone()))
            .put("measures", Val::List(measures.clone()))
            .put("verbal", Val::List(verbal.clone()))
            .done();
        let id = self.id(&format!("hop-{YEAR}-{}", YEAR + 3));
        self.doc(
            format!("plans/{id}.md"),
            &id,
            Syntax::Toml,
            fields,
            body.clone(),
        );
        self.page("plans", &id, &title, adopted, body, 0, &[], "", "");
        self.inline_pages("strategies", &strategies, adopted, 0);
        self.inline_pages("measures", &measures, adopted, 0);
        self.inline_pages("verbal", &verbal, adopted, 0);
    }
}
