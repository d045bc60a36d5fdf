//! Raw items → model items, with every reference looked up in the registry.
//!
//! Items are pushed in exactly the order [`register`] gave them ids: each file, then its
//! inline items in the order written.

use std::collections::HashMap;
use std::sync::Arc;

use super::registry::{Registry, kind_name};
use crate::config::SiteConfig;
use crate::diag::{Diagnostics, did_you_mean};
use crate::load::raw::*;
use crate::model::vocab::{EventDay, IndicatorKind, Kind, Stage, Visibility, is_valid_id};
use crate::model::*;
use crate::span::{FilePath, Loc, Located, Pos};

/// Gives every item an id: each file, then its inline items in order. Returns the files' ids.
pub fn register(raw: &[RawItem], reg: &mut Registry, diags: &mut Diagnostics) -> Vec<ItemId> {
    // Sized once: growing the map rehashes every key written so far, several times over.
    let n: usize = raw.iter().map(|r| 1 + inline_items(r).count()).sum();
    reg.reserve(n);
    raw.iter()
        .map(|r| {
            let file = reg.register(&r.id, r.kind, &r.file, diags);
            for (inline, kind) in inline_items(r) {
                reg.register(&inline.id, kind, &r.file, diags);
            }
            file
        })
        .collect()
}

/// A file's inline items in the order they get ids: right after the file's own, goals,
/// strategies, measures and verbalpunkt of a plan, tasks of an assignment, the items of a
/// checklist.
pub fn inline_items(r: &RawItem) -> Box<dyn Iterator<Item = (&Inline, Kind)> + '_> {
    match &r.data {
        RawData::Plan(p) => Box::new(
            (p.goals.iter().map(|g| (&g.inline, Kind::Goal)))
                .chain(p.strategies.iter().map(|s| (&s.inline, Kind::Strategy)))
                .chain(p.measures.iter().map(|m| (&m.inline, Kind::Measure)))
                .chain(p.verbal.iter().map(|v| (&v.inline, Kind::Verbal))),
        ),
        RawData::Assignment(a) => Box::new(a.tasks.iter().map(|t| (&t.inline, Kind::Task))),
        RawData::Checklist(c) => Box::new(c.items.iter().map(|i| (&i.inline, Kind::CheckItem))),
        _ => Box::new(std::iter::empty()),
    }
}

/// The items of the file `raw`, its item at `id` (then its inline items, in order), as a
/// build of the site of `reg` makes them, before anything is derived from them: for `serve`
/// to take a saved file's references from. `None` when the build would report anything.
pub fn file_again(
    reg: &Registry,
    cfg: &SiteConfig,
    raw: &RawItem,
    id: ItemId,
) -> Option<Vec<Arc<Item>>> {
    let mut diags = Diagnostics::new();
    let mut b = Builder {
        reg,
        cfg,
        diags: &mut diags,
        base: id.0,
        items: Vec::new(),
        bodies: Vec::new(),
        deferred: Vec::new(),
        parent_locs: HashMap::new(),
        source_locs: HashMap::new(),
    };
    b.build_file(raw.clone());
    let made = std::mem::take(&mut b.items);
    diags.is_empty().then_some(made)
}

/// The site's status `s` names; an error at it when the site has no such status.
pub(super) fn status_of(
    cfg: &SiteConfig,
    s: &Located<String>,
    file: &FilePath,
    diags: &mut Diagnostics,
) -> Option<StatusIx> {
    let found = cfg.status_index(&s.value);
    if found.is_none() {
        let keys: Vec<&str> = cfg.statuses.iter().map(|s| s.key.as_str()).collect();
        diags
            .error(
                file,
                s.pos,
                format!(
                    "unknown status `{}`{}",
                    s.value,
                    did_you_mean(&s.value, keys.iter().copied())
                ),
            )
            .help(format!(
                "the statuses of this site (site.toml `statuses`) are: {}",
                keys.join(", ")
            ));
    }
    found
}

/// A report's `economy` as the graph holds it.
pub fn economy_of(e: &RawEconomy) -> Economy {
    Economy {
        budget: e.budget,
        spent: e.spent,
        forecast: e.forecast,
        comment: e.comment.clone(),
    }
}

/// Report entries are applied after automatic assignments exist; they wait here.
pub struct Deferred {
    pub report: ItemId,
    pub file: FilePath,
    pub raw: RawReport,
}

pub struct Builder<'a> {
    pub reg: &'a Registry,
    pub cfg: &'a SiteConfig,
    pub diags: &'a mut Diagnostics,
    /// The id of `items[0]`: 0 for a whole site.
    pub base: u32,
    pub items: Vec<Arc<Item>>,
    /// The bodies of the files, which the graph keeps beside the items.
    pub bodies: Vec<(ItemId, Body)>,
    pub deferred: Vec<Deferred>,
    /// Where each `parent` is written, so that a cycle is reported on that line.
    pub parent_locs: HashMap<ItemId, Loc>,
    /// Where each assignment's `source` is written.
    pub source_locs: HashMap<ItemId, Loc>,
}

/// What [`build_all`] makes of the raw items.
pub struct Built {
    pub items: Vec<Arc<Item>>,
    pub bodies: Vec<(ItemId, Body)>,
    pub deferred: Vec<Deferred>,
    pub parent_locs: HashMap<ItemId, Loc>,
    pub source_locs: HashMap<ItemId, Loc>,
}

/// Builds the items of every file in `raw` (`ids` its files' ids from [`register`]), in id
/// order, with `room` more places for the automatic assignments. A file's items read only
/// the registry and the config, so runs of files are built on all cores and put together in
/// file order; the diagnostics come in the order a build one file after another gives them.
pub fn build_all(
    raw: Vec<RawItem>,
    ids: &[ItemId],
    reg: &Registry,
    cfg: &SiteConfig,
    room: usize,
    diags: &mut Diagnostics,
) -> Built {
    // Small enough that both cores stay busy to the end, large enough that putting the
    // runs together is nothing beside building them.
    const RUN: usize = 256;
    build_in_runs(raw, ids, reg, cfg, room, diags, RUN)
}

fn build_in_runs(
    raw: Vec<RawItem>,
    ids: &[ItemId],
    reg: &Registry,
    cfg: &SiteConfig,
    room: usize,
    diags: &mut Diagnostics,
    files_a_run: usize,
) -> Built {
    use rayon::prelude::*;
    let mut runs: Vec<(u32, Vec<RawItem>)> = Vec::with_capacity(raw.len() / files_a_run + 1);
    for (r, id) in raw.into_iter().zip(ids) {
        match runs.last_mut() {
            Some((_, run)) if run.len() < files_a_run => run.push(r),
            _ => runs.push((id.0, vec![r])),
        }
    }
    let made: Vec<(Built, Diagnostics)> = runs
        .into_par_iter()
        .map(|(base, files)| {
            let mut own = Diagnostics::new();
            let mut b = Builder {
                reg,
                cfg,
                diags: &mut own,
                base,
                items: Vec::new(),
                bodies: Vec::new(),
                deferred: Vec::new(),
                parent_locs: HashMap::new(),
                source_locs: HashMap::new(),
            };
            for r in files {
                b.build_file(r);
            }
            let Builder {
                items,
                bodies,
                deferred,
                parent_locs,
                source_locs,
                ..
            } = b;
            let built = Built {
                items,
                bodies,
                deferred,
                parent_locs,
                source_locs,
            };
            (built, own)
        })
        .collect();
    let mut all = Built {
        items: Vec::with_capacity(reg.kinds.len() + room),
        bodies: Vec::new(),
        deferred: Vec::new(),
        parent_locs: HashMap::new(),
        source_locs: HashMap::new(),
    };
    for (run, own) in made {
        all.items.extend(run.items);
        all.bodies.extend(run.bodies);
        all.deferred.extend(run.deferred);
        all.parent_locs.extend(run.parent_locs);
        all.source_locs.extend(run.source_locs);
        diags.extend(own);
    }
    all
}

impl<'a> Builder<'a> {
    fn find(&mut self, r: &Located<String>, kinds: &[Kind], file: &FilePath) -> Option<ItemId> {
        self.reg.find(r, kinds, file, self.diags)
    }

    fn find_opt(
        &mut self,
        r: &Option<Located<String>>,
        kinds: &[Kind],
        file: &FilePath,
    ) -> Option<ItemId> {
        r.as_ref()
            .and_then(|r| self.reg.find(r, kinds, file, self.diags))
    }

    fn find_all(
        &mut self,
        refs: &[Located<String>],
        kinds: &[Kind],
        file: &FilePath,
    ) -> Vec<ItemId> {
        self.reg.find_all(refs, kinds, file, self.diags)
    }

    fn parent(
        &mut self,
        child: ItemId,
        r: &Option<Located<String>>,
        kind: Kind,
        file: &FilePath,
    ) -> Option<ItemId> {
        let r = r.as_ref()?;
        self.parent_locs.insert(child, Loc::new(file, r.pos));
        self.find(r, &[kind], file)
    }

    fn status(&mut self, s: &Option<Located<String>>, file: &FilePath) -> Option<StatusIx> {
        status_of(self.cfg, s.as_ref()?, file, self.diags)
    }

    fn push(&mut self, item: Item) -> ItemId {
        let id = ItemId(self.base + self.items.len() as u32);
        self.items.push(Arc::new(item));
        id
    }

    /// An inline item's visibility: its own, but never more public than its container's.
    fn inline_visibility(
        &mut self,
        own: &Option<Located<Visibility>>,
        container: Visibility,
        file: &FilePath,
        what: &str,
    ) -> Visibility {
        match own {
            Some(v) if v.value > container => {
                self.diags
                    .warning(file, v.pos, format!("this {what} is `public`, but it belongs to an internal item"))
                    .help("nothing is more public than the item it belongs to: it is treated as internal");
                container
            }
            Some(v) => v.value,
            None => container,
        }
    }

    fn inline_item(
        &mut self,
        inline: Inline,
        kind: Kind,
        container: ItemId,
        visibility: Visibility,
        file: &FilePath,
        data: Data,
    ) -> ItemId {
        let origin = Loc::new(file, inline.pos);
        let visibility =
            self.inline_visibility(&inline.common.visibility, visibility, file, kind_name(kind));
        self.push(Item {
            key: inline.id.value,
            kind,
            title: inline.common.title.map(|t| t.value).unwrap_or_default(),
            summary: inline.common.summary,
            visibility,
            exemption: inline.common.exemption,
            origin,
            container: Some(container),
            data,
        })
    }

    fn build_file(&mut self, r: RawItem) {
        let file = r.file.clone();
        let visibility = r
            .common
            .visibility
            .as_ref()
            .map_or_else(|| self.cfg.default_visibility(r.kind), |v| v.value);
        let body = Body::of(r.body, r.body_line);
        let placeholder = Data::Unit(Box::default());
        let id = self.push(Item {
            key: r.id.value.clone(),
            kind: r.kind,
            title: r.common.title.map(|t| t.value).unwrap_or_default(),
            summary: r.common.summary,
            visibility,
            exemption: r.common.exemption,
            origin: Loc::new(&file, Pos::new(1, 1)),
            container: None,
            data: placeholder,
        });
        self.bodies.extend(body.map(|b| (id, b)));
        let data = match r.data {
            RawData::Unit(u) => Data::Unit(Box::new(self.unit(u, id, &file))),
            RawData::Plan(p) => Data::Plan(self.plan(p, id, visibility, &file)),
            RawData::Letter(l) => Data::Letter(self.letter(l, id, &file)),
            RawData::Assignment(a) => Data::Assignment(self.assignment(a, id, visibility, &file)),
            RawData::Indicator(i) => Data::Indicator(self.indicator(i, &file)),
            RawData::Checklist(c) => Data::Checklist(self.checklist(c, id, visibility, &file)),
            RawData::Report(rep) => {
                // A missing `unit` or `period` was reported by load, which knows a missing
                // field from a wrong one.
                let unit = self.find_opt(&rep.unit, &[Kind::Unit], &file);
                let report = Report {
                    unit,
                    period: rep.period.as_ref().map(|p| p.value),
                    date: rep.date.as_ref().map(|d| d.value),
                    status: Vec::new(),
                    answers: Vec::new(),
                    goals: Vec::new(),
                    values: Vec::new(),
                    economy: rep.economy.as_ref().map(economy_of),
                    default_title: false,
                };
                self.deferred.push(Deferred {
                    report: id,
                    file: file.clone(),
                    raw: rep,
                });
                Data::Report(report)
            }
            RawData::Event(e) => Data::Event(Event {
                day: e
                    .date
                    .map_or(EventDay::Yearly { month: 1, day: 1 }, |d| d.value),
                end: e.end.map(|d| d.value),
                units: self.find_all(&e.units, &[Kind::Unit], &file),
            }),
        };
        Arc::make_mut(&mut self.items[(id.0 - self.base) as usize]).data = data;
    }

    fn unit(&mut self, u: RawUnit, id: ItemId, file: &FilePath) -> Unit {
        Unit {
            parent: self.parent(id, &u.parent, Kind::Unit, file),
            level: u.level,
            leader: u.leader.map(|l| Leader {
                role: l.role,
                name: l.name,
            }),
            budget: u
                .budget
                .into_iter()
                .map(|b| Budget {
                    year: b.year.value,
                    amount: b.amount.value,
                    note: b.note,
                })
                .collect(),
            agreement: u.agreement.map(|a| Agreement {
                year: a.year,
                text: a.text.map(|t| t.value),
            }),
            reporting: u.reporting,
            ..Unit::default()
        }
    }

    fn plan(&mut self, p: RawPlan, id: ItemId, vis: Visibility, file: &FilePath) -> Plan {
        let plan_kind = match &p.plan_kind {
            Some(k) => Some(self.cfg.plan_kind_index(k.value.trim()).unwrap_or_else(|| {
                let keys: Vec<&str> = self.cfg.plan_kinds.iter().map(|t| t.key.as_str()).collect();
                self.diags
                    .error(
                        file,
                        k.pos,
                        format!(
                            "unknown plan kind `{}`{}",
                            k.value,
                            did_you_mean(&k.value, keys.iter().copied())
                        ),
                    )
                    .help(format!(
                        "the plan kinds of this site (site.toml `plan_kinds`) are: {}",
                        keys.join(", ")
                    ));
                0
            })),
            // The format does not require a kind; without one the plan is listed after those
            // with a kind and makes no automatic assignments.
            None => {
                self.diags
                    .warning(file, Pos::new(1, 1), "this plan has no `kind`")
                    .help("add `kind = \"kommunedelplan\"` (or another of site.toml `plan_kinds`); a handlings- og økonomiplan needs `kind = \"handlings-og-okonomiplan\"` for its priority measures and verbalpunkt to become assignments");
                None
            }
        };
        let owner = self.find_opt(&p.owner, &[Kind::Unit], file);
        let goals = p
            .goals
            .into_iter()
            .map(|g| {
                let next = ItemId(self.items.len() as u32);
                let parent = self.parent(next, &g.parent, Kind::Goal, file);
                let description = g.inline.description.clone().map(|d| d.value);
                self.inline_item(
                    g.inline,
                    Kind::Goal,
                    id,
                    vis,
                    file,
                    Data::Goal(Goal {
                        plan: id,
                        parent,
                        children: Vec::new(),
                        description,
                        strategies: Vec::new(),
                        measures: Vec::new(),
                        assignments: Vec::new(),
                        indicators: Vec::new(),
                    }),
                )
            })
            .collect();
        let strategies = p
            .strategies
            .into_iter()
            .map(|s| {
                let goals = self.find_all(&s.goals, &[Kind::Goal], file);
                let description = s.inline.description.clone().map(|d| d.value);
                self.inline_item(
                    s.inline,
                    Kind::Strategy,
                    id,
                    vis,
                    file,
                    Data::Strategy(Strategy {
                        plan: id,
                        goals,
                        description,
                        measures: Vec::new(),
                        assignments: Vec::new(),
                    }),
                )
            })
            .collect();
        let measures = p
            .measures
            .into_iter()
            .map(|m| {
                let goals = self.find_all(&m.goals, &[Kind::Goal], file);
                let strategies = self.find_all(&m.strategies, &[Kind::Strategy], file);
                let owner = self.find_opt(&m.owner, &[Kind::Unit], file);
                let description = m.inline.description.clone().map(|d| d.value);
                self.inline_item(
                    m.inline,
                    Kind::Measure,
                    id,
                    vis,
                    file,
                    Data::Measure(Measure {
                        plan: id,
                        goals,
                        strategies,
                        owner,
                        amounts: m
                            .amounts
                            .into_iter()
                            .map(|(y, a)| (y.value, a.value))
                            .collect(),
                        priority: m.priority,
                        description,
                        assignment: None,
                    }),
                )
            })
            .collect();
        let verbal = p
            .verbal
            .into_iter()
            .map(|v| {
                let owner = self.find_opt(&v.owner, &[Kind::Unit], file);
                let description = v.inline.description.clone().map(|d| d.value);
                self.inline_item(
                    v.inline,
                    Kind::Verbal,
                    id,
                    vis,
                    file,
                    Data::Verbal(Verbal {
                        plan: id,
                        owner,
                        adopted: v.adopted,
                        case: v.case,
                        description,
                        assignment: None,
                    }),
                )
            })
            .collect();
        Plan {
            plan_kind,
            period: p.period,
            stage: p.stage.unwrap_or(Stage::Adopted),
            adopted: p.adopted,
            adopted_by: p.adopted_by,
            case: p.case,
            owner,
            goals,
            strategies,
            measures,
            verbal,
        }
    }

    fn letter(&mut self, l: RawLetter, id: ItemId, file: &FilePath) -> Letter {
        Letter {
            year: l.year.map(|y| y.value),
            from: self.find_opt(&l.from, &[Kind::Unit], file),
            to: self.find_all(&l.to, &[Kind::Unit], file),
            parent: self.parent(id, &l.parent, Kind::Letter, file),
            children: Vec::new(),
            date: l.date,
            assignments: Vec::new(),
        }
    }

    fn category(&mut self, c: &Option<Located<String>>, file: &FilePath) -> usize {
        match c {
            Some(c) => self.cfg.category_index(&c.value).unwrap_or_else(|| {
                let keys: Vec<&str> = self.cfg.categories.iter().map(|t| t.key.as_str()).collect();
                self.diags
                    .error(
                        file,
                        c.pos,
                        format!(
                            "unknown category `{}`{}",
                            c.value,
                            did_you_mean(&c.value, keys.iter().copied())
                        ),
                    )
                    .help(format!(
                        "the categories of this site (site.toml `categories`) are: {}",
                        keys.join(", ")
                    ));
                0
            }),
            // No category: administrative, the kind an assignment written by hand usually is.
            None => self
                .cfg
                .category_index("administrativt")
                .unwrap_or_else(|| {
                    self.cfg
                        .categories
                        .iter()
                        .position(|c| c.key != "verbalpunkt" && c.key != "plantiltak")
                        .unwrap_or(0)
                }),
        }
    }

    fn assignment(
        &mut self,
        a: RawAssignment,
        id: ItemId,
        vis: Visibility,
        file: &FilePath,
    ) -> Assignment {
        let category = self.category(&a.category, file);
        let owner = self.find_opt(&a.owner, &[Kind::Unit], file);
        let mut assigned_to = self.find_all(&a.assigned_to, &[Kind::Unit], file);
        if a.assigned_to.is_empty() {
            assigned_to.extend(owner);
        }
        let goals = self.find_all(&a.goals, &[Kind::Goal], file);
        let strategies = self.find_all(&a.strategies, &[Kind::Strategy], file);
        if let Some(s) = &a.source {
            self.source_locs.insert(id, Loc::new(file, s.pos));
        }
        let source = match &a.source {
            None => Source::None,
            Some(s) => match self.reg.get(&s.value) {
                Some(target) if matches!(self.reg.kind(target), Kind::Measure | Kind::Verbal) => {
                    Source::Item(target)
                }
                Some(target) => {
                    self.diags
                        .warning(file, s.pos, format!(
                            "`source` names the {} `{}`; only a measure or verbalpunkt is linked",
                            kind_name(self.reg.kind(target)),
                            s.value
                        ))
                        .help("it is shown as text; use `goals` or `strategies` to tie the assignment to goals");
                    Source::Text(s.value.clone())
                }
                None => {
                    let hint = if is_valid_id(&s.value) {
                        did_you_mean(
                            &s.value,
                            self.reg
                                .by_key
                                .iter()
                                .filter(|(_, id)| {
                                    matches!(self.reg.kind(**id), Kind::Measure | Kind::Verbal)
                                })
                                .map(|(k, _)| k.as_str()),
                        )
                    } else {
                        String::new()
                    };
                    if !hint.is_empty() {
                        self.diags
                            .warning(
                                file,
                                s.pos,
                                format!(
                                    "`source` `{}` is not a measure or verbalpunkt{hint}",
                                    s.value
                                ),
                            )
                            .help("it is shown as text, such as a case number");
                    }
                    Source::Text(s.value.clone())
                }
            },
        };
        let letter = self.find_opt(&a.letter, &[Kind::Letter], file);
        let own_status = self.status(&a.status, file);
        let tasks = a
            .tasks
            .into_iter()
            .map(|t| {
                let responsible = responsible_of(self.reg, self.diags, &t.responsible, file);
                let track = Tracking {
                    own_status: self.status(&t.status, file),
                    own_progress: t.progress.map(|p| p.value),
                    own_deadline: t.deadline.map(|d| d.value),
                    ..Tracking::default()
                };
                let description = t.inline.description.clone().map(|d| d.value);
                self.inline_item(
                    t.inline,
                    Kind::Task,
                    id,
                    vis,
                    file,
                    Data::Task(Task {
                        assignment: id,
                        responsible,
                        description,
                        track,
                    }),
                )
            })
            .collect();
        Assignment {
            year: a.year.map(|y| y.value),
            category,
            owner,
            assigned_to,
            goals,
            strategies,
            source,
            letter,
            tasks,
            automatic: false,
            track: Tracking {
                own_status,
                own_progress: a.progress.map(|p| p.value),
                own_deadline: a.deadline.map(|d| d.value),
                ..Tracking::default()
            },
        }
    }

    fn indicator(&mut self, i: RawIndicator, file: &FilePath) -> Indicator {
        let mut values: Vec<_> = i
            .values
            .into_iter()
            .map(|(p, v)| (p.value, v.value))
            .collect();
        values.sort_by_key(|a| a.0);
        let mut targets: Vec<_> = i
            .targets
            .into_iter()
            .map(|(p, v)| (p.value, v.value))
            .collect();
        targets.sort_by_key(|a| a.0);
        let mut points = Vec::new();
        let mut data_file = None;
        if let Some(csv) = i.data {
            for row in csv.rows {
                let unit = match &row.unit {
                    None => None,
                    Some(u) => {
                        let r = Located::new(u.clone(), Pos::new(row.line, 1));
                        match self.find(&r, &[Kind::Unit], &csv.file) {
                            Some(id) => Some(id),
                            None => continue,
                        }
                    }
                };
                points.push(Point {
                    period: row.period,
                    unit,
                    value: row.value,
                    from: PointSource::Csv {
                        file: csv.file.to_string(),
                        line: row.line,
                    },
                });
            }
            data_file = Some(csv.file.to_string());
        }
        Indicator {
            indicator_kind: i.indicator_kind.unwrap_or(IndicatorKind::Indicator),
            goals: self.find_all(&i.goals, &[Kind::Goal], file),
            units: self.find_all(&i.units, &[Kind::Unit], file),
            measure: i.measure,
            direction: i.direction,
            values,
            targets,
            points,
            data_file,
            source: i.source,
        }
    }

    fn checklist(
        &mut self,
        c: RawChecklist,
        id: ItemId,
        vis: Visibility,
        file: &FilePath,
    ) -> Checklist {
        let applies_to = self.find_all(&c.applies_to, &[Kind::Unit], file);
        let items = c
            .items
            .into_iter()
            .map(|i| {
                let description = i.inline.description.clone().map(|d| d.value);
                self.inline_item(
                    i.inline,
                    Kind::CheckItem,
                    id,
                    vis,
                    file,
                    Data::CheckItem(CheckItem {
                        checklist: id,
                        purpose: i.purpose,
                        group: i.group,
                        answer_kind: i.answer,
                        description,
                        answers: Vec::new(),
                    }),
                )
            })
            .collect();
        Checklist {
            year: c.year.map(|y| y.value),
            applies_to,
            scope: Vec::new(),
            items,
        }
    }
}

/// A `responsible`: a unit when it is a unit id, else a person's name (a near-miss of a unit
/// id is a warning). For tasks and for the follow-up of deviations.
pub fn responsible_of(
    reg: &Registry,
    diags: &mut Diagnostics,
    r: &Option<crate::load::raw::L<String>>,
    file: &FilePath,
) -> Responsible {
    let Some(r) = r else {
        return Responsible::None;
    };
    match reg.get(&r.value) {
        Some(u) if reg.kind(u) == Kind::Unit => Responsible::Unit(u),
        _ => {
            if is_valid_id(&r.value) && !r.value.contains(' ') {
                let hint = did_you_mean(
                    &r.value,
                    reg.by_key
                        .iter()
                        .filter(|(_, id)| reg.kind(**id) == Kind::Unit)
                        .map(|(k, _)| k.as_str()),
                );
                if !hint.is_empty() {
                    diags
                        .warning(
                            file,
                            r.pos,
                            format!("`responsible` `{}` is not a unit{hint}", r.value),
                        )
                        .help("it is taken as a person's name");
                }
            }
            Responsible::Person(r.value.clone())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A site of many files, some with references that lead nowhere: what is built in runs
    /// of a few files on all cores is what one file after another builds, the problems in
    /// the same order.
    #[test]
    fn items_built_in_runs_are_those_built_one_after_another() {
        let site = tempfile::tempdir().unwrap();
        let content = site.path().join("content");
        std::fs::create_dir_all(content.join("org")).unwrap();
        std::fs::create_dir_all(content.join("assignments")).unwrap();
        std::fs::write(site.path().join("site.toml"), "title = \"K\"\n").unwrap();
        std::fs::write(
            content.join("org/k.md"),
            "+++\nid = \"k\"\ntitle = \"Kommunen\"\n+++\n",
        )
        .unwrap();
        for n in 0..40 {
            let owner = if n % 7 == 3 { "ingen" } else { "k" };
            std::fs::write(
                content.join(format!("assignments/a{n:02}.md")),
                format!(
                    "+++\nid = \"a{n:02}\"\ntitle = \"Oppdrag {n}\"\nowner = \"{owner}\"\n\
                     [[tasks]]\nid = \"a{n:02}-t\"\ntitle = \"Oppgåve\"\nresponsible = \"k\"\n+++\n\
                     Tekst {n}.\n"
                ),
            )
            .unwrap();
        }
        let mut load_diags = Diagnostics::new();
        let loaded = crate::load::load(site.path(), &mut load_diags);
        assert!(load_diags.is_empty(), "{:?}", load_diags.sorted());
        let mut reg = Registry::default();
        let mut diags = Diagnostics::new();
        let ids = register(&loaded.items, &mut reg, &mut diags);
        let built = |files_a_run: usize| {
            let mut diags = Diagnostics::new();
            let b = build_in_runs(
                loaded.items.clone(),
                &ids,
                &reg,
                &loaded.config,
                0,
                &mut diags,
                files_a_run,
            );
            let mut parents: Vec<_> = b
                .parent_locs
                .iter()
                .map(|(k, v)| format!("{k:?} {v}"))
                .collect();
            parents.sort();
            let mut sources: Vec<_> = b
                .source_locs
                .iter()
                .map(|(k, v)| format!("{k:?} {v}"))
                .collect();
            sources.sort();
            let problems: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
            format!(
                "{:?}\n{:?}\n{:?}\n{parents:?}\n{sources:?}\n{problems:?}",
                b.items,
                b.bodies,
                b.deferred
                    .iter()
                    .map(|d| (d.report, &d.file))
                    .collect::<Vec<_>>(),
            )
        };
        let one_by_one = built(usize::MAX);
        assert!(
            one_by_one.contains("`ingen`"),
            "no problem to keep in order"
        );
        assert_eq!(one_by_one.matches("Oppdrag ").count(), 40);
        for files_a_run in [1, 3, 7] {
            assert!(
                built(files_a_run) == one_by_one,
                "built in runs of {files_a_run} files differs"
            );
        }
    }
}
