//! Reports: a first-tertial report for every unit (status of what it owns, checklist answers,
//! indicator values), monthly reports for the sectors and public yearly reports with goal
//! achievement.

use std::rc::Rc;

use chrono::{Datelike, Duration, NaiveDate};

use super::super::frontmatter::{MapBuilder, Val, s};
use super::super::words::{Body, sentence};
use super::{Gen, YEAR, date, dval, round1};

impl Gen {
    pub(super) fn status_entry(&mut self, id: &str, deadline: Option<NaiveDate>) -> Val {
        let (status, progress) = self.status();
        let mut m = MapBuilder::new()
            .put("ref", s(id))
            .put("status", s(status))
            .put("progress", Val::Int(progress));
        if self.rng.chance(0.5) {
            m = m.put("comment", s(sentence(&mut self.rng)));
        }
        Val::Map(m.opt("deadline", deadline.map(dval)).done())
    }

    pub(super) fn reports(&mut self) {
        let mut owned: Vec<Vec<usize>> = vec![Vec::new(); self.units.len()];
        for (k, a) in self.assignments.iter().enumerate() {
            owned[a.owner].push(k);
        }

        // First tertial for every unit: status of what it owns, checklist answers, values.
        for (u, own) in owned.iter().enumerate() {
            let mut status = Vec::new();
            for &k in own {
                let (aid, tasks) = (
                    self.assignments[k].id.clone(),
                    self.assignments[k].tasks.clone(),
                );
                if self.rng.chance(0.75) {
                    let deadline = (self.automatic.contains(&aid) && self.rng.chance(0.5))
                        .then(|| date(YEAR, 3, 1) + Duration::days(self.rng.range(0, 300) as i64));
                    status.push(self.status_entry(&aid, deadline));
                }
                for t in tasks {
                    if self.rng.chance(0.35) {
                        status.push(self.status_entry(&t, None));
                    }
                }
            }
            let mut answers = Vec::new();
            for c in 0..self.checklists.len() {
                if !self.checklists[c].scope.contains(&u) {
                    continue;
                }
                for (item, yesno) in self.checklists[c].items.clone() {
                    if !self.rng.chance(0.7) {
                        continue;
                    }
                    let answer = if yesno {
                        match self.rng.range(0, 9) {
                            0..6 => Val::Bool(true),
                            6 => Val::Bool(false),
                            7 | 8 => s("partly"),
                            _ => s("n/a"),
                        }
                    } else {
                        s(sentence(&mut self.rng))
                    };
                    let mut m = MapBuilder::new().put("ref", s(&item)).put("answer", answer);
                    if self.rng.chance(0.3) {
                        m = m.put("comment", s(sentence(&mut self.rng)));
                    }
                    answers.push(Val::Map(m.done()));
                }
            }
            let values: Vec<Val> = self
                .indicators
                .iter()
                .filter(|i| i.units.contains(&u))
                .map(|i| (i.id.clone(), i.base))
                .collect::<Vec<_>>()
                .into_iter()
                .map(|(id, base)| {
                    let x = round1(base * (1.0 + (self.rng.range(0, 40) as f64 - 20.0) / 1000.0));
                    Val::Map(
                        MapBuilder::new()
                            .put("indicator", s(id))
                            .put("value", Val::Num(x))
                            .done(),
                    )
                })
                .collect();
            let when = date(YEAR, 5, 4 + self.rng.range(0, 16) as u32);
            let uid = self.units[u].id.clone();
            let title = (self.rng.chance(0.5))
                .then(|| format!("Tertialrapport 1/{YEAR} – {}", self.units[u].title));
            self.report(
                u,
                &format!("{uid}-{YEAR}-t1"),
                title,
                s(format!("{YEAR}-T1")),
                when,
                status,
                answers,
                Vec::new(),
                values,
                false,
            );
        }

        // Monthly reports for the sectors, on what the sector itself owns.
        for sec in self.of_level(1) {
            for m in 1..=5u32 {
                let picks = self.rng.some(&owned[sec], 8);
                let status = picks
                    .into_iter()
                    .map(|k| {
                        let aid = self.assignments[k].id.clone();
                        self.status_entry(&aid, None)
                    })
                    .collect();
                let uid = self.units[sec].id.clone();
                self.report(
                    sec,
                    &format!("{uid}-{YEAR}-{m:02}"),
                    None,
                    s(format!("{YEAR}-{m:02}")),
                    date(YEAR, m + 1, 5),
                    status,
                    Vec::new(),
                    Vec::new(),
                    Vec::new(),
                    false,
                );
            }
        }

        // Yearly reports for last year, with goal achievement; public.
        for u in std::iter::once(0).chain(self.of_level(1)) {
            let goals: Vec<String> = if u == 0 {
                self.top_goals.clone()
            } else {
                self.sector_goals[u].iter().take(6).cloned().collect()
            };
            let entries = goals
                .iter()
                .map(|g| {
                    let achievement = *self.rng.pick(&["reached", "partly", "not-reached"]);
                    Val::Map(
                        MapBuilder::new()
                            .put("ref", s(g))
                            .put("achievement", s(achievement))
                            .put("comment", s(sentence(&mut self.rng)))
                            .done(),
                    )
                })
                .collect();
            let uid = self.units[u].id.clone();
            let title = if u == 0 {
                Some(format!("Årsmelding {}", YEAR - 1))
            } else {
                Some(format!("Årsrapport {} – {}", YEAR - 1, self.units[u].title))
            };
            self.report(
                u,
                &format!("{uid}-{}", YEAR - 1),
                title,
                Val::Int(YEAR as i64 - 1),
                date(YEAR, 2, 20),
                Vec::new(),
                Vec::new(),
                entries,
                Vec::new(),
                true,
            );
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn report(
        &mut self,
        u: usize,
        base_id: &str,
        title: Option<String>,
        period: Val,
        when: NaiveDate,
        status: Vec<Val>,
        checklist: Vec<Val>,
        goals: Vec<Val>,
        values: Vec<Val>,
        public: bool,
    ) {
        let id = self.id(base_id);
        let rng = &mut self.rng;
        let mut b = Body::new();
        b.heading("Samla vurdering");
        b.para(rng, 40, 80);
        b.heading("Avvik og risiko");
        b.bullets(rng, 2, 3);
        b.heading("Vidare arbeid");
        b.para(rng, 30, 60);
        let body: Rc<str> = b.done().into();
        let fields = MapBuilder::new()
            .opt("title", title.clone().map(s))
            .put("unit", s(&self.units[u].id))
            .put("period", period)
            .put("date", dval(when))
            .opt("visibility", public.then(|| s("public")))
            .opt("status", (!status.is_empty()).then_some(Val::List(status)))
            .opt(
                "checklist",
                (!checklist.is_empty()).then_some(Val::List(checklist)),
            )
            .opt("goals", (!goals.is_empty()).then_some(Val::List(goals)))
            .opt("values", (!values.is_empty()).then_some(Val::List(values)))
            .done();
        let folder = format!(
            "reports/{}/{}",
            self.units[self.units[u].sector].id,
            when.year()
        );
        let syntax = self.syntax(0.3);
        self.doc(
            format!("{folder}/{id}.md"),
            &id,
            syntax,
            fields,
            body.clone(),
        );
        let title = title.unwrap_or_else(|| format!("Rapport {} {}", self.units[u].title, when));
        self.page("reports", &id, &title, when, body, u, &[], "", "");
    }
}
