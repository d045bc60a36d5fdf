//! The N assignment files with their tasks, and the automatic assignments of the priority
//! measures and verbalpunkt that no file takes over.

use std::rc::Rc;

use chrono::{Duration, NaiveDate};

use super::super::catalogue::{self, SECTORS};
use super::super::frontmatter::{MapBuilder, Val, s, strs};
use super::super::words::{self, Body, kroner, paragraph, person, sentence};
use super::{Assignment, Gen, YEAR, date, dval, link};

impl Gen {
    pub(super) fn assignments(&mut self) {
        // Some measures and verbalpunkt are carried out by an assignment file that names them
        // in `source`; the other priority measures and verbalpunkt become automatic assignments.
        // Small sites cannot carry every sourced one: past N files, they stay automatic.
        struct Sourced {
            source: String,
            owner: usize,
            category: &'static str,
            goals: Vec<String>,
            strategies: Vec<String>,
        }
        let mut sourced: Vec<Sourced> = Vec::new();
        struct Automatic {
            id: String,
            title: String,
            owner: usize,
            goals: Vec<String>,
            description: Rc<str>,
        }
        let mut automatic: Vec<Automatic> = Vec::new();
        for m in self.measures.clone() {
            let p = if m.priority { 0.35 } else { 0.4 };
            if self.rng.chance(p) && sourced.len() < self.n {
                sourced.push(Sourced {
                    source: m.id,
                    owner: m.owner,
                    category: "plantiltak",
                    goals: m.goals,
                    strategies: m.strategies,
                });
            } else if m.priority {
                automatic.push(Automatic {
                    id: m.id,
                    title: m.title,
                    owner: m.owner,
                    goals: m.goals,
                    description: m.description,
                });
            }
        }
        for (id, text, owner) in self.verbal.clone() {
            if self.rng.chance(0.35) && sourced.len() < self.n {
                let goals = self.rng.some(&self.sector_goals[owner], 1);
                sourced.push(Sourced {
                    source: id,
                    owner,
                    category: "verbalpunkt",
                    goals,
                    strategies: Vec::new(),
                });
            } else {
                automatic.push(Automatic {
                    id,
                    title: text,
                    owner,
                    goals: Vec::new(),
                    description: Rc::from(""),
                });
            }
        }

        self.last_of_unit = vec![None; self.units.len()];
        let by_level: Vec<Vec<usize>> = (0..4).map(|l| self.of_level(l)).collect();
        for i in 0..self.n {
            let (owner, category, source, goals, strategies) = match sourced.get(i) {
                Some(x) => (
                    x.owner,
                    x.category,
                    Some(x.source.clone()),
                    x.goals.clone(),
                    x.strategies.clone(),
                ),
                None => {
                    let level = match self.rng.range(0, 99) {
                        0..20 => 1,
                        20..65 => 2,
                        _ => 3,
                    };
                    let owner = *self.rng.pick(&by_level[level]);
                    let sec = self.units[owner].sector;
                    let (category, source) = match self.rng.range(0, 99) {
                        0..55 => ("administrativt", None),
                        55..80 => (
                            "politisk-vedtak",
                            Some(format!("PS {}/{}", self.rng.range(1, 140), YEAR - 1)),
                        ),
                        _ => ("tilleggsbestilling", None),
                    };
                    let k_goals = self.rng.range(0, 2);
                    let goals = self.rng.some(&self.sector_goals[sec], k_goals);
                    let strategies = if goals.is_empty() || self.rng.chance(0.3) {
                        self.rng.some(&self.sector_strategies[sec], 1)
                    } else {
                        Vec::new()
                    };
                    let goals = if goals.is_empty() && strategies.is_empty() {
                        self.rng.some(&self.sector_goals[sec], 1)
                    } else {
                        goals
                    };
                    (owner, category, source, goals, strategies)
                }
            };
            self.assignment(i, owner, category, source, goals, strategies);
        }
        self.out.assignments = self.n + automatic.len();
        for Automatic {
            id,
            title,
            owner,
            goals,
            description,
        } in automatic
        {
            // The automatic assignment has a page of its own besides the measure's.
            self.page(
                "assignments",
                &id,
                &title,
                date(YEAR, 1, 1),
                description,
                owner,
                &goals,
                "",
                "",
            );
            self.automatic.insert(id.clone());
            self.assignments.push(Assignment {
                id,
                owner,
                tasks: Vec::new(),
            });
        }
    }

    pub(super) fn assignment(
        &mut self,
        i: usize,
        owner: usize,
        category: &str,
        source: Option<String>,
        goals: Vec<String>,
        strategies: Vec<String>,
    ) {
        let sec = self.units[owner].sector;
        let cat = self.units[owner].cat;
        let sector_id = self.units[sec].id.clone();
        let id = self.id(&format!("{sector_id}-{:05}", i + 1));
        let topic = *self.rng.pick(SECTORS[cat].topics);
        let title = format!("{} {topic}", self.rng.pick(catalogue::ACTIONS));
        let assigned: Vec<usize> = match self.units[owner].level {
            1 | 2 if !self.units[owner].children.is_empty() => {
                let k = self.rng.range(1, 3);
                self.rng.some(&self.units[owner].children, k)
            }
            _ => vec![owner],
        };
        let start = date(YEAR, 2, 1);
        let deadline = start + Duration::days(self.rng.range(0, 420) as i64);
        let (status, progress) = self.status();
        let internal = self.rng.chance(0.07);
        let letter = match self.units[owner].level {
            0 => None,
            _ => self.letter_to[owner]
                .clone()
                .filter(|_| self.rng.chance(0.85)),
        };

        let mut tasks = Vec::new();
        let mut task_ids = Vec::new();
        let n_tasks = [0, 1, 1, 2, 2, 3, 3, 4, 5][self.rng.range(0, 8)];
        let mut responsible_names = Vec::new();
        for t in 0..n_tasks {
            let tid = self.id(&format!("{id}-{}", t + 1));
            let ttitle = format!(
                "{}: {}",
                self.rng.pick(catalogue::TASK_ACTIONS),
                self.rng.pick(words::OBJECTS)
            );
            let responsible = if self.rng.chance(0.5) {
                person(&mut self.rng)
            } else {
                let u = *self.rng.pick(&assigned);
                self.units[u].id.clone()
            };
            responsible_names.push(responsible.clone());
            let tdeadline =
                (deadline - Duration::days(self.rng.range(0, 120) as i64)).max(date(YEAR, 1, 15));
            let (tstatus, tprogress) = self.status();
            let mut m = MapBuilder::new()
                .put("id", s(&tid))
                .put("title", s(&ttitle))
                .put("responsible", s(&responsible))
                .put("deadline", dval(tdeadline))
                .put("status", s(tstatus))
                .put("progress", Val::Int(tprogress));
            let description = if self.rng.chance(0.3) {
                let words = self.rng.range(15, 40);
                let d = paragraph(&mut self.rng, words);
                m = m.put("description", s(&d));
                d
            } else {
                String::new()
            };
            if !internal && self.rng.chance(0.03) {
                m = m
                    .put("visibility", s("internal"))
                    .put("exemption", s(*self.rng.pick(catalogue::EXEMPTIONS)));
            }
            tasks.push(Val::Map(m.done()));
            self.page(
                "tasks",
                &tid,
                &ttitle,
                tdeadline,
                description.into(),
                owner,
                &goals,
                tstatus,
                &responsible,
            );
            task_ids.push(tid);
        }
        self.out.tasks += n_tasks;

        let body = self.assignment_body(owner, &assigned, letter.as_deref(), deadline, i);
        let summary = {
            let sentence = sentence(&mut self.rng);
            sentence
                .split(", ")
                .next()
                .unwrap_or(&sentence)
                .trim_end_matches('.')
                .to_string()
                + "."
        };
        let mut f = MapBuilder::new()
            .put("title", s(&title))
            .put("summary", s(summary))
            .put("year", Val::Int(YEAR as i64))
            .put("category", s(category))
            .put("owner", s(&self.units[owner].id));
        if assigned != [owner] || self.rng.chance(0.5) {
            let ids: Vec<String> = assigned.iter().map(|&u| self.units[u].id.clone()).collect();
            f = f.put("assigned_to", strs(&ids));
        }
        f = f
            .put("deadline", dval(deadline))
            .opt("goals", (!goals.is_empty()).then(|| strs(&goals)))
            .opt(
                "strategies",
                (!strategies.is_empty()).then(|| strs(&strategies)),
            )
            .opt("source", source.map(s))
            .opt("letter", letter.map(s))
            .put("status", s(status))
            .put("progress", Val::Int(progress));
        if internal {
            f = f
                .put("visibility", s("internal"))
                .put("exemption", s(*self.rng.pick(catalogue::EXEMPTIONS)));
        }
        if !tasks.is_empty() {
            f = f.put("tasks", Val::List(tasks));
        }
        let folder = match self.units[owner].area {
            Some(a) => format!("assignments/{sector_id}/{}", self.units[a].id),
            None => format!("assignments/{sector_id}/felles"),
        };
        let syntax = self.syntax(0.3);
        let first_responsible = responsible_names.first().cloned().unwrap_or_default();
        self.doc(
            format!("{folder}/{id}.md"),
            &id,
            syntax,
            f.done(),
            body.clone(),
        );
        self.page(
            "assignments",
            &id,
            &title,
            deadline,
            body,
            owner,
            &goals,
            status,
            &first_responsible,
        );
        self.last_of_unit[owner] = Some(self.assignments.len());
        self.assignments.push(Assignment {
            id,
            owner,
            tasks: task_ids,
        });
    }

    pub(super) fn assignment_body(
        &mut self,
        owner: usize,
        assigned: &[usize],
        letter: Option<&str>,
        deadline: NaiveDate,
        i: usize,
    ) -> Rc<str> {
        let target = self.rng.range(200, 420);
        let rng = &mut self.rng;
        let mut b = Body::new();
        b.para(rng, 35, 60);
        b.heading("Bakgrunn");
        b.para(rng, 50, 90);
        let from = match letter {
            Some(l) => format!("Oppdraget er gitt i {}", link("oppdragsbrevet", l)),
            None => "Oppdraget er gitt av kommunedirektøren".to_string(),
        };
        b.line(&format!(
            "{from} og byggjer på [handlings- og økonomiplanen](@@hop-{YEAR}-{}@@).",
            YEAR + 3
        ));
        b.heading("Mål for oppdraget");
        b.bullets(rng, 3, 5);
        b.heading("Gjennomføring");
        let steps = rng.range(3, 4);
        let rows: Vec<Vec<String>> = (0..steps)
            .map(|k| {
                let when = deadline - Duration::days(((steps - k) * 30) as i64);
                let u = &self.units[assigned[k % assigned.len()]];
                vec![
                    catalogue::TASK_ACTIONS[(i + k) % catalogue::TASK_ACTIONS.len()].to_string(),
                    when.format("%d.%m.%Y").to_string(),
                    u.title.clone(),
                ]
            })
            .collect();
        b.table(
            &["Milepæl", "Frist", "Ansvarleg"],
            &[false, false, false],
            &rows,
        );
        if rng.chance(0.5) {
            b.heading("Økonomi");
            let rows: Vec<Vec<String>> = (0..rng.range(2, 3))
                .map(|k| {
                    vec![
                        (YEAR + k as i32).to_string(),
                        kroner(rng.range(1, 80) as i64 * 50_000),
                        if k == 0 {
                            "Innanfor ramma"
                        } else {
                            "Til vurdering i HØP"
                        }
                        .to_string(),
                    ]
                })
                .collect();
            b.table(
                &["År", "Beløp (kr)", "Merknad"],
                &[false, true, false],
                &rows,
            );
        }
        b.heading("Samanheng");
        let o = &self.units[owner];
        let sec = &self.units[o.sector];
        let mut links = vec![
            format!("Oppdragseigar: {}", link(&o.title, &o.id)),
            format!(
                "Plan: {}",
                link(
                    &format!("Kommunedelplan for {}", sec.title.to_lowercase()),
                    &format!("kdp-{}", sec.id)
                )
            ),
        ];
        if let Some(prev) = self.last_of_unit[owner] {
            let prev = &self.assignments[prev].id;
            links.push(format!("Sjå òg {}", link("eit tidlegare oppdrag", prev)));
        }
        if rng.chance(0.3) {
            links.push(
                "[Lovdata: kommunelova](https://lovdata.no/dokument/NL/lov/2018-06-22-83)"
                    .to_string(),
            );
        }
        b.list(&links);
        b.heading("Rapportering");
        let so_far = words::words(&b.text);
        let rest = target.saturating_sub(so_far).max(25);
        b.para(rng, rest, rest);
        b.done().into()
    }
}
