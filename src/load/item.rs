//! One content file → one [`RawItem`]: its kind, id, common fields and the fields of its kind.

use std::path::Path;

use super::csv;
use super::fields::{Fields, FileCx, date_of};
use super::frontmatter::{self, Syntax};
use super::node::{self, Node, Value};
use super::raw::*;
use crate::diag::did_you_mean;
use crate::model::vocab::{
    Achievement, AnswerKind, Direction, EventDay, IndicatorKind, Kind, Stage, Visibility,
    is_valid_id, suggest_id,
};
use crate::span::{Located, Pos};

/// Decodes a file's text. `rel` is its path under `content/` (`assignments/helse/x.md`);
/// `root` is the site root, for files the item points at (indicator CSV data).
pub fn decode(text: &str, rel: &str, root: &Path, cx: &FileCx) -> Option<RawItem> {
    let split = match frontmatter::split(text) {
        Ok(s) => s,
        Err(e) => {
            cx.error(Pos::new(1, 1), e.message(), Some(&e.help()));
            return None;
        }
    };
    let parsed = match split.syntax {
        Syntax::Toml => node::from_toml(split.front, split.front_line),
        Syntax::Yaml => node::from_yaml(split.front, split.front_line),
    };
    let tree = match parsed {
        Ok(t) => t,
        Err(e) => {
            cx.error(e.pos, e.message, Some(e.help));
            return None;
        }
    };
    // An empty YAML document is null; treat it as no fields.
    let tree = match tree.value {
        Value::Null => Node::new(tree.pos, Value::Map(Vec::new())),
        _ => tree,
    };
    let fence = Pos::new(1, 1);
    let mut f = Fields::of(cx, &tree, "the front-matter")?;

    let kind = kind_of(&mut f, rel, fence)?;
    let stem = Path::new(rel)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let id = match f.id("id") {
        Some(id) => id,
        None => Located::new(stem.to_string(), fence),
    };
    if !is_valid_id(&id.value) {
        let from_name = !f.has("id");
        cx.error(
            id.pos,
            format!(
                "`{}` is not a valid id{}",
                id.value,
                if from_name {
                    " (it is the file name)"
                } else {
                    ""
                }
            ),
            Some(&format!(
                "ids use only a–z, digits, `-`, `_` and `.`, and not dots alone; {} `id = \"{}\"`",
                if from_name {
                    "rename the file or set"
                } else {
                    "write"
                },
                suggest_id(&id.value)
            )),
        );
        return None;
    }
    let common = common(&mut f, kind != Kind::Report, &format!("this {kind}"));
    let dir = Path::new(rel)
        .parent()
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .unwrap_or_default();
    let data = match kind {
        Kind::Unit => RawData::Unit(unit(&mut f)),
        Kind::Plan => RawData::Plan(plan(&mut f)),
        Kind::Letter => RawData::Letter(letter(&mut f)),
        Kind::Assignment => RawData::Assignment(assignment(&mut f)),
        Kind::Indicator => RawData::Indicator(indicator(&mut f, root, &dir)),
        Kind::Checklist => RawData::Checklist(checklist(&mut f)),
        Kind::Report => RawData::Report(report(&mut f)),
        Kind::Event => RawData::Event(event(&mut f)),
        _ => unreachable!("kind_of returns file kinds only"),
    };
    f.finish(&format!("this {kind}"));
    let links = super::links::of(split.body, split.body_line, &dir, &data);
    Some(RawItem {
        file: cx.file.clone(),
        dir,
        kind,
        id,
        common,
        body: split.body.into(),
        body_line: split.body_line,
        data,
        links: links.into(),
    })
}

fn kind_of(f: &mut Fields, rel: &str, fence: Pos) -> Option<Kind> {
    if let Some(t) = f.text("type") {
        let kind = Kind::from_type_key(t.value.trim());
        if kind.is_none() {
            let keys = Kind::FILE_KINDS.map(Kind::key);
            f.cx().error(
                t.pos,
                format!("unknown type `{}`{}", t.value, did_you_mean(&t.value, keys)),
                Some(&format!("`type` is one of {}", keys.join(", "))),
            );
        }
        return kind;
    }
    let folder = rel.split('/').next().unwrap_or_default();
    let kind = if rel.contains('/') {
        Kind::from_folder(folder)
    } else {
        None
    };
    if kind.is_none() {
        f.cx().error(
            fence,
            "cannot tell what kind of item this is: it is not in a type folder and has no `type`",
            Some(
                "add `type = \"assignment\"` (or unit, plan, letter, indicator, checklist, report, event), \
                 or move the file under content/org/, plans/, letters/, assignments/, indicators/, \
                 checklists/, reports/ or events/",
            ),
        );
    }
    kind
}

/// `title`, `summary`, `visibility` and `exemption`.
fn common(f: &mut Fields, title_required: bool, what: &str) -> Common {
    let title = if title_required {
        f.required_text("title", what)
    } else {
        f.text("title")
    };
    let visibility = f
        .text("visibility")
        .and_then(|v| match Visibility::parse(v.value.trim()) {
            Some(vis) => Some(Located::new(vis, v.pos)),
            None => {
                f.cx().error(
                    v.pos,
                    format!("unknown visibility `{}`", v.value),
                    Some("use `public` or `internal`"),
                );
                None
            }
        });
    Common {
        title,
        summary: f.text("summary").map(|s| s.value),
        visibility,
        exemption: f.text("exemption").map(|s| s.value),
    }
}

fn inline(f: &mut Fields, what: &str, title_key: &'static str) -> Option<Inline> {
    let id = f.id("id");
    if id.is_none() && !f.has("id") {
        f.cx().error(
            f.pos,
            format!("{what} has no `id`"),
            Some("every goal, strategy, measure, verbalpunkt, task and checklist item needs an `id` unique in the site"),
        );
    }
    let id = id?;
    if !is_valid_id(&id.value) {
        f.cx().error(
            id.pos,
            format!("`{}` is not a valid id", id.value),
            Some(&format!(
                "ids use only a–z, digits, `-`, `_` and `.`, and not dots alone; write `id = \"{}\"`",
                suggest_id(&id.value)
            )),
        );
        return None;
    }
    let mut common = common(f, title_key == "title", what);
    if title_key != "title" {
        common.title = f.required_text(title_key, what);
    }
    Some(Inline {
        pos: f.pos,
        id,
        common,
        description: f.text("description"),
    })
}

fn unit(f: &mut Fields) -> RawUnit {
    let leader = f.table("leader").map(|mut l| {
        let leader = RawLeader {
            role: l.text("role").map(|t| t.value),
            name: l.text("name").map(|t| t.value),
        };
        l.finish("`leader`");
        leader
    });
    let budget = f
        .list("budget")
        .iter()
        .filter_map(|n| {
            let mut b = Fields::of(f.cx(), n, "a budget line")?;
            let year = b.year("year");
            let amount = b.int("amount");
            let note = b.text("note").map(|t| t.value);
            if year.is_none() && !b.has("year") {
                b.cx().error(
                    n.pos,
                    "a budget line has no `year`",
                    Some("write `{ year = 2026, amount = 1000000 }`"),
                );
            }
            if amount.is_none() && !b.has("amount") {
                b.cx().error(
                    n.pos,
                    "a budget line has no `amount`",
                    Some("write the frame in whole kroner"),
                );
            }
            b.finish("a budget line");
            Some(RawBudget {
                year: year?,
                amount: amount?,
                note,
            })
        })
        .collect();
    let agreement = f.table("agreement").map(|mut a| {
        let agreement = RawAgreement {
            year: a.year("year").map(|y| y.value),
            text: a.text("text"),
        };
        a.finish("`agreement`");
        agreement
    });
    RawUnit {
        parent: f.id("parent"),
        level: f.text("level").map(|t| t.value),
        leader,
        budget,
        agreement,
        reporting: f.rhythm("reporting").map(|r| r.value),
    }
}

fn plan(f: &mut Fields) -> RawPlan {
    let period = f.table("period").and_then(|mut p| {
        let from = p.year("from");
        let to = p.year("to");
        let pos = p.pos;
        p.finish("`period`");
        let (from, to) = (from?, to?);
        if from.value > to.value {
            f.cx().error(
                pos,
                format!(
                    "the period ends ({}) before it starts ({})",
                    to.value, from.value
                ),
                None,
            );
            return None;
        }
        Some((from.value, to.value))
    });
    let stage = f.text("stage").and_then(|s| {
        let stage = Stage::parse(s.value.trim());
        if stage.is_none() {
            f.cx().error(
                s.pos,
                format!(
                    "unknown plan stage `{}`{}",
                    s.value,
                    did_you_mean(&s.value, Stage::KEYS)
                ),
                Some("`stage` is draft, hearing, adopted or expired"),
            );
        }
        stage
    });
    let cx = f.cx();
    let goals = f
        .list("goals")
        .iter()
        .filter_map(|n| {
            let mut g = Fields::of(cx, n, "a goal")?;
            let inline = inline(&mut g, "a goal", "title");
            let parent = g.id("parent");
            g.finish("a goal");
            Some(RawGoal {
                inline: inline?,
                parent,
            })
        })
        .collect();
    let strategies = f
        .list("strategies")
        .iter()
        .filter_map(|n| {
            let mut s = Fields::of(cx, n, "a strategy")?;
            let inline = inline(&mut s, "a strategy", "title");
            let goals = s.ids("goals");
            s.finish("a strategy");
            Some(RawStrategy {
                inline: inline?,
                goals,
            })
        })
        .collect();
    let measures = f
        .list("measures")
        .iter()
        .filter_map(|n| {
            let mut m = Fields::of(cx, n, "a measure")?;
            let inline = inline(&mut m, "a measure", "title");
            let goals = m.ids("goals");
            let strategies = m.ids("strategies");
            let owner = m.id("owner");
            let amounts = m.year_amounts("amounts");
            let priority = m.bool("priority").is_some_and(|b| b.value);
            m.finish("a measure");
            Some(RawMeasure {
                inline: inline?,
                goals,
                strategies,
                owner,
                amounts,
                priority,
            })
        })
        .collect();
    let verbal = f
        .list("verbal")
        .iter()
        .filter_map(|n| {
            let mut v = Fields::of(cx, n, "a verbalpunkt")?;
            let inline = inline(&mut v, "a verbalpunkt", "text");
            let owner = v.id("owner");
            let adopted = v.date("adopted").map(|d| d.value);
            let case = v.text("case").map(|t| t.value);
            v.finish("a verbalpunkt");
            Some(RawVerbal {
                inline: inline?,
                owner,
                adopted,
                case,
            })
        })
        .collect();
    RawPlan {
        plan_kind: f.text("kind"),
        period,
        stage,
        adopted: f.date("adopted").map(|d| d.value),
        adopted_by: f.text("adopted_by").map(|t| t.value),
        case: f.text("case").map(|t| t.value),
        owner: f.id("owner"),
        goals,
        strategies,
        measures,
        verbal,
    }
}

fn letter(f: &mut Fields) -> RawLetter {
    RawLetter {
        year: f.year("year"),
        from: f.id("from"),
        to: f.ids("to"),
        parent: f.id("parent"),
        date: f.date("date").map(|d| d.value),
    }
}

fn assignment(f: &mut Fields) -> RawAssignment {
    let cx = f.cx();
    let tasks = f
        .list("tasks")
        .iter()
        .filter_map(|n| {
            let mut t = Fields::of(cx, n, "a task")?;
            let inline = inline(&mut t, "a task", "title");
            let task = RawTask {
                responsible: t
                    .text("responsible")
                    .map(|r| r.map(|s| s.trim().to_string())),
                deadline: t.date("deadline"),
                status: t.id("status"),
                progress: t.progress("progress"),
                inline: inline?,
            };
            t.finish("a task");
            Some(task)
        })
        .collect();
    let a = RawAssignment {
        year: f.year("year"),
        category: f.id("category"),
        owner: f.id("owner"),
        assigned_to: f.ids("assigned_to"),
        deadline: f.date("deadline"),
        goals: f.ids("goals"),
        strategies: f.ids("strategies"),
        source: f.text("source").map(|s| s.map(|v| v.trim().to_string())),
        letter: f.id("letter"),
        status: f.id("status"),
        progress: f.progress("progress"),
        tasks,
    };
    if a.owner.is_none() && !f.has("owner") {
        f.cx().error(
            Pos::new(1, 1),
            "this assignment has no `owner`",
            Some("every assignment has an owner (oppdragseigar): add `owner = \"<unit id>\"`"),
        );
    }
    a
}

fn indicator(f: &mut Fields, root: &Path, dir: &str) -> RawIndicator {
    let indicator_kind = f.text("kind").and_then(|k| match k.value.trim() {
        "indicator" => Some(IndicatorKind::Indicator),
        "keyfigure" => Some(IndicatorKind::Keyfigure),
        other => {
            f.cx().error(
                k.pos,
                format!(
                    "unknown indicator kind `{other}`{}",
                    did_you_mean(other, ["indicator", "keyfigure"])
                ),
                Some("`kind` is `indicator` (progress towards a goal) or `keyfigure` (nøkkeltal)"),
            );
            None
        }
    });
    let direction = f.text("direction").and_then(|d| match d.value.trim() {
        "higher" => Some(Direction::Higher),
        "lower" => Some(Direction::Lower),
        other => {
            f.cx().error(
                d.pos,
                format!(
                    "unknown direction `{other}`{}",
                    did_you_mean(other, ["higher", "lower"])
                ),
                Some("`direction` is `higher` or `lower`: which way is better"),
            );
            None
        }
    });
    let data = f
        .text("data")
        .and_then(|d| csv::read(f.cx(), root, dir, &d));
    RawIndicator {
        indicator_kind,
        goals: f.ids("goals"),
        units: f.ids("units"),
        measure: f.text("measure").map(|t| t.value),
        direction,
        values: f.period_numbers("values"),
        targets: f.period_numbers("targets"),
        data,
        source: f.text("source").map(|t| t.value),
    }
}

fn checklist(f: &mut Fields) -> RawChecklist {
    let cx = f.cx();
    let items = f
        .list("items")
        .iter()
        .filter_map(|n| {
            let mut i = Fields::of(cx, n, "a checklist item")?;
            let inline = inline(&mut i, "a checklist item", "question");
            let answer = match i.text("answer") {
                None => AnswerKind::YesNo,
                Some(a) => match a.value.trim() {
                    "yesno" => AnswerKind::YesNo,
                    "text" => AnswerKind::Text,
                    other => {
                        cx.error(
                            a.pos,
                            format!("unknown answer kind `{other}`{}", did_you_mean(other, ["yesno", "text"])),
                            Some("`answer` is `yesno` (ja / nei / delvis / ikkje relevant) or `text`"),
                        );
                        AnswerKind::YesNo
                    }
                },
            };
            let item = RawCheckItem {
                purpose: i.text("purpose").map(|t| t.value),
                group: i.text("group").map(|t| t.value),
                question: inline.as_ref()?.common.title.as_ref()?.value.clone(),
                answer,
                inline: inline?,
            };
            i.finish("a checklist item");
            Some(item)
        })
        .collect();
    RawChecklist {
        year: f.year("year"),
        applies_to: f.ids("applies_to"),
        items,
    }
}

fn report(f: &mut Fields) -> RawReport {
    let cx = f.cx();
    let status = f
        .list("status")
        .iter()
        .filter_map(|n| {
            let mut s = Fields::of(cx, n, "a status entry")?;
            let target = reference(&mut s, "a status entry");
            let entry = RawStatusEntry {
                status: s.id("status"),
                progress: s.progress("progress"),
                deadline: s.date("deadline"),
                comment: s.text("comment").map(|t| t.value),
                target: target?,
            };
            s.finish("a status entry");
            Some(entry)
        })
        .collect();
    let checklist = f
        .list("checklist")
        .iter()
        .filter_map(|n| {
            let mut c = Fields::of(cx, n, "a checklist answer")?;
            let target = reference(&mut c, "a checklist answer");
            let answer = c.raw("answer").and_then(|a| match &a.value {
                Value::Bool(b) => Some(Located::new(AnswerValue::Bool(*b), a.pos)),
                Value::Str(s) => Some(Located::new(AnswerValue::Text(s.clone()), a.pos)),
                other => {
                    cx.error(
                        a.pos,
                        format!(
                            "`answer` must be true, false, \"partly\", \"n/a\" or text, found {}",
                            other.describe()
                        ),
                        None,
                    );
                    None
                }
            });
            if answer.is_none() && !c.has("answer") {
                cx.error(
                    c.pos,
                    "a checklist answer has no `answer`",
                    Some("write `answer = true` (or false, \"partly\", \"n/a\", or text)"),
                );
            }
            let comment = c.text("comment").map(|t| t.value);
            let follow_up = follow_up(&mut c);
            if !follow_up.is_empty()
                && let Some(a) = &answer
                && !matches!(&a.value, AnswerValue::Bool(false))
                && !matches!(&a.value, AnswerValue::Text(t) if t.trim() == "partly")
            {
                cx.warning(
                    follow_up.pos,
                    "`measure`, `responsible`, `deadline` and `closed` follow up a deviation, but this answer is not `false` or \"partly\"",
                    Some("they are ignored: follow-up belongs to an answer that found a deviation (avvik)"),
                );
            }
            c.finish("a checklist answer");
            Some(RawAnswer {
                target: target?,
                answer: answer?,
                comment,
                follow_up,
            })
        })
        .collect();
    let goals = f
        .list("goals")
        .iter()
        .filter_map(|n| {
            let mut g = Fields::of(cx, n, "a goal achievement")?;
            let target = reference(&mut g, "a goal achievement");
            let achievement = g.text("achievement").and_then(|a| {
                let parsed = Achievement::parse(a.value.trim());
                if parsed.is_none() {
                    cx.error(
                        a.pos,
                        format!(
                            "unknown achievement `{}`{}",
                            a.value,
                            did_you_mean(&a.value, Achievement::KEYS)
                        ),
                        Some("`achievement` is reached, partly or not-reached"),
                    );
                }
                parsed
            });
            if achievement.is_none() && !g.has("achievement") {
                cx.error(
                    g.pos,
                    "a goal achievement has no `achievement`",
                    Some("write reached, partly or not-reached"),
                );
            }
            let comment = g.text("comment").map(|t| t.value);
            g.finish("a goal achievement");
            Some(RawAchievement {
                target: target?,
                achievement: achievement?,
                comment,
            })
        })
        .collect();
    let values = f
        .list("values")
        .iter()
        .filter_map(|n| {
            let mut v = Fields::of(cx, n, "an indicator value")?;
            let indicator = v.id("indicator");
            if indicator.is_none() && !v.has("indicator") {
                cx.error(
                    v.pos,
                    "an indicator value has no `indicator`",
                    Some("write `{ indicator = \"<id>\", value = 12.5 }`"),
                );
            }
            let value = v.number("value");
            if value.is_none() && !v.has("value") {
                cx.error(v.pos, "an indicator value has no `value`", None);
            }
            let pos = v.pos;
            v.finish("an indicator value");
            Some(RawValue {
                indicator: indicator?,
                value: value?.value,
                pos,
            })
        })
        .collect();
    let economy = f.table("economy").map(|mut e| {
        let economy = RawEconomy {
            pos: e.pos,
            budget: e.kroner("budget").map(|v| v.value),
            spent: e.kroner("spent").map(|v| v.value),
            forecast: e.kroner("forecast").map(|v| v.value),
            comment: e.text("comment").map(|t| t.value),
        };
        e.finish("`economy`");
        economy
    });
    let date = f.raw("date").and_then(|n| date_of(cx, "date", n));
    // Missing, not merely wrong (a wrong value has its own error at its line): reported at
    // the front-matter's fence, where the field is to be added.
    for (key, help) in [
        (
            "unit",
            "add `unit = \"<unit id>\"`: the unit the report is for",
        ),
        (
            "period",
            "add `period = \"2026-T1\"` (a month `2026-03`, a tertial or a year `2026`)",
        ),
    ] {
        if !f.has(key) {
            cx.error(
                Pos::new(1, 1),
                format!("this report has no `{key}`"),
                Some(help),
            );
        }
    }
    RawReport {
        unit: f.id("unit"),
        period: f.period("period"),
        date,
        status,
        checklist,
        goals,
        values,
        economy,
    }
}

/// v1.2: the follow-up of a deviation, written beside its answer.
fn follow_up(c: &mut Fields) -> RawFollowUp {
    let first = ["measure", "responsible", "deadline", "closed"];
    let pos = first
        .iter()
        .find_map(|k| c.raw(k).map(|n| n.pos))
        .unwrap_or(c.pos);
    let deadline = c.date("deadline");
    let closed = c.date("closed");
    RawFollowUp {
        measure: c.text("measure").map(|t| t.value),
        responsible: c
            .text("responsible")
            .map(|r| r.map(|s| s.trim().to_string())),
        deadline: deadline.map(|d| d.value),
        closed: closed.map(|d| d.value),
        pos,
    }
}

/// v1.2: an event of the site's own: `date` (with an optional `end` date) or `month` and `day`
/// for one that comes back every year (with an optional `end` of `"MM-DD"`), and `units`.
fn event(f: &mut Fields) -> RawEvent {
    let cx = f.cx();
    let date = f.date("date");
    let month = f.int("month");
    let day = f.int("day");
    let end_node = f.raw("end");
    let start = match (date, month, day) {
        (Some(d), None, None) => Some(d.map(EventDay::Date)),
        (Some(d), _, _) => {
            cx.error(
                d.pos,
                "this event has both `date` and `month`/`day`",
                Some("a dated event has `date`; one that comes back every year has `month` and `day` instead"),
            );
            None
        }
        (None, Some(m), Some(dd)) => yearly_day(cx, m, dd),
        (None, Some(m), None) => {
            cx.error(
                m.pos,
                "this yearly event has a `month` but no `day`",
                Some("add `day = 1` (the day of the month it falls on every year)"),
            );
            None
        }
        (None, None, Some(dd)) => {
            cx.error(
                dd.pos,
                "this yearly event has a `day` but no `month`",
                Some("add `month = 3` (1 is January)"),
            );
            None
        }
        (None, None, None) => {
            if !f.has("date") && !f.has("month") && !f.has("day") {
                cx.error(
                    Pos::new(1, 1),
                    "this event has no `date`",
                    Some("add `date = 2026-03-12`, or `month = 3` and `day = 12` for an event every year"),
                );
            }
            None
        }
    };
    let end = end_node.and_then(|n| match start.as_ref().map(|s| s.value) {
        Some(EventDay::Date(from)) => {
            let to = date_of(cx, "end", n)?;
            if to.value < from {
                cx.error(
                    to.pos,
                    format!("the event ends ({}) before it starts ({from})", to.value),
                    Some("`end` is the last day of the event, on or after `date`"),
                );
                return None;
            }
            Some(to.map(EventDay::Date))
        }
        Some(EventDay::Yearly { month, day }) => {
            let text = match &n.value {
                Value::Str(s) => s.trim().to_string(),
                _ => String::new(),
            };
            let parsed = text
                .split_once('-')
                .and_then(|(m, d)| Some((m.parse::<u32>().ok()?, d.parse::<u32>().ok()?)))
                .filter(|&(m, d)| chrono::NaiveDate::from_ymd_opt(2024, m, d).is_some());
            match parsed {
                Some((m, d)) if (m, d) >= (month, day) => {
                    Some(Located::new(EventDay::Yearly { month: m, day: d }, n.pos))
                }
                Some(_) => {
                    cx.error(
                        n.pos,
                        format!("the event ends ({text}) before it starts ({month:02}-{day:02})"),
                        Some("a yearly event ends in the same year, on or after its `month` and `day`"),
                    );
                    None
                }
                None => {
                    cx.error(
                        n.pos,
                        format!("`end` of a yearly event must be a month and day \"MM-DD\", found {}", n.value.describe()),
                        Some("write e.g. `end = \"03-20\"`, on or after the event's `month` and `day`"),
                    );
                    None
                }
            }
        }
        None => None,
    });
    RawEvent {
        date: start,
        end,
        units: f.ids("units"),
    }
}

fn yearly_day(cx: &FileCx, m: Located<i64>, d: Located<i64>) -> Option<Located<EventDay>> {
    if !(1..=12).contains(&m.value) {
        cx.error(
            m.pos,
            format!("`month` must be 1–12, found {}", m.value),
            Some("1 is January, 12 is December"),
        );
        return None;
    }
    // A leap year, so that 29 February is a day that exists (it falls on the 28th in others).
    if chrono::NaiveDate::from_ymd_opt(2024, m.value as u32, d.value.clamp(0, 99) as u32).is_none()
    {
        cx.error(
            d.pos,
            format!("`day` {} does not exist in month {}", d.value, m.value),
            Some("write a day of that month, e.g. `day = 1`"),
        );
        return None;
    }
    Some(Located::new(
        EventDay::Yearly {
            month: m.value as u32,
            day: d.value as u32,
        },
        m.pos,
    ))
}

/// The `ref` of a report entry.
fn reference(f: &mut Fields, what: &str) -> Option<Located<String>> {
    let r = f.id("ref");
    if r.is_none() && !f.has("ref") {
        f.cx().error(
            f.pos,
            format!("{what} has no `ref`"),
            Some("write the id it is about: `ref = \"<id>\"`"),
        );
    }
    r
}
