//! The report to the council (kommunestyret) for a tertial or a year: "Tertialrapport 2.
//! tertial 2026", "Årsmelding 2025". One printable page per period with a report, in both
//! trees: a summary, economy by sector, goal achievement, every verbalpunkt and priority
//! measure, indicators against their targets, internal control and overdue assignments.
//!
//! Everything comes from what the tree may see: in the open tree economy, comments,
//! achievements and deviations from public reports only, no person names, and no list of who
//! has not answered or reported (absence is never stated there; see docs/content-format.md).

use serde::Serialize;

use super::{Content, Page, Spec, View, What};
use crate::model::vocab::{Audience, Kind, Period, Stage};
use crate::model::*;
use crate::render::charts::{self, diverging};
use crate::render::parts::council_reports::{self, title};
use crate::render::parts::economy_rows::{EconomyRow, economy_row, own_row};
use crate::render::parts::internal_control::{self, Avvik};
use crate::render::parts::political::{self, Standing};
use crate::render::parts::report_lines::achievement_label;
use crate::render::parts::{PageCx, control_years, frame, reporting};
use crate::render::urls;
use crate::render::view::{Link, number};

/// A council report for every tertial and year that has a report the audience may read.
pub fn pages(g: &Graph, audience: Audience) -> Vec<Page> {
    council_reports::oldest_first(g, audience)
        .into_iter()
        .map(|period| Page {
            path: urls::council_report_path(g.config.language, period),
            what: What::CouncilReport(period),
        })
        .collect()
}

/// A period's report, below the follow-up page.
pub fn page(period: Period) -> Spec {
    Spec::page(
        "council_report.html",
        "council-report",
        frame::Section::FollowUp,
        move |p| {
            let title = title(p, period);
            Content::new(
                title,
                vec![frame::follow_up_crumb(p)],
                View::page(&view(p, period)),
            )
        },
    )
}

#[derive(Serialize)]
pub struct CouncilView {
    pub period: String,
    pub period_label: String,
    pub title: String,
    pub year: i32,
    pub sections: Vec<Section>,
    pub summary: Summary,
    pub economy: Vec<EconomyRow>,
    pub economy_total: Option<EconomyRow>,
    pub economy_chart: Option<String>,
    /// (unit, comment) of each row with a comment of the unit's own.
    pub economy_comments: Vec<(String, String)>,
    pub goals: Vec<GoalRow>,
    pub political: Vec<PoliticalRow>,
    pub indicators: Vec<IndicatorRow>,
    pub control: Vec<ControlRow>,
    pub avvik_open: Vec<Avvik>,
    pub avvik_closed: Vec<Avvik>,
    /// Internal tree: units that have not answered a checklist of the year.
    pub not_answered: Option<Vec<Link>>,
    /// Internal tree: units expected to report for the period that have not.
    pub not_reported: Option<Vec<Link>>,
    pub overdue: Vec<OverdueRow>,
    pub control_year: Option<String>,
    pub period_href: String,
}

#[derive(Serialize)]
pub struct Section {
    pub id: &'static str,
    pub title: String,
}

#[derive(Serialize)]
pub struct Summary {
    pub reports: usize,
    pub deviation: Option<String>,
    pub deviation_percent: Option<String>,
    /// `over`, `under` or `even`.
    pub deviation_sign: &'static str,
    pub political: usize,
    pub political_overdue: usize,
    pub avvik_open: usize,
    pub avvik_overdue: usize,
    pub overdue: usize,
}

#[derive(Serialize)]
pub struct GoalRow {
    pub goal: Link,
    pub plan: Option<Link>,
    pub unit: Option<Link>,
    pub achievement: &'static str,
    pub achievement_label: String,
    pub comment: Option<String>,
}

#[derive(Serialize)]
pub struct PoliticalRow {
    pub link: Link,
    pub kind_label: String,
    pub case: Option<String>,
    pub case_href: Option<String>,
    pub owner: Option<Link>,
    /// Priority measures: amounts by year and their total.
    pub amounts: Vec<(i32, String)>,
    pub amounts_total: Option<String>,
    pub standing: Standing,
}

#[derive(Serialize)]
pub struct IndicatorRow {
    pub link: Link,
    pub measure: Option<String>,
    pub value: Option<String>,
    pub value_period: Option<String>,
    pub target: String,
    pub target_period: String,
    pub met_label: Option<String>,
    pub met: Option<bool>,
}

#[derive(Serialize)]
pub struct ControlRow {
    pub checklist: Link,
    pub scope: usize,
    pub counts: Vec<(String, usize)>,
    pub avvik: usize,
    pub open: usize,
}

#[derive(Serialize)]
pub struct OverdueRow {
    pub card: crate::render::view::Card,
}

const SECTIONS: [(&str, &str); 8] = [
    ("rt-about", "council_about"),
    ("rt-summary", "council_summary"),
    ("rt-economy", "council_economy"),
    ("rt-goals", "goal_achievement"),
    ("rt-political", "council_political"),
    ("rt-indicators", "council_indicators"),
    ("rt-control", "internal_control"),
    ("rt-overdue", "overdue_assignments"),
];

fn view(p: &PageCx, period: Period) -> CouncilView {
    let g = p.g;
    let sees = |i: ItemId| p.visible(i);
    let end = period.end();
    let year = period.year();
    let reports = reporting::reports_of(p, period);

    // Economy: the municipality's own row first (its own figures), then each sector with the
    // units below, then the whole municipality.
    let root = g.root_unit.filter(|&r| p.visible(r));
    let mut economy_rows = Vec::new();
    let mut economy_total = None;
    if let Some(r) = root {
        economy_rows.extend(own_row(p, r, period, &sees));
        for s in p.units_below(r) {
            economy_rows.extend(economy_row(p, s, period, &sees));
        }
        economy_total = economy_row(p, r, period, &sees);
    }
    let economy_chart = (!economy_rows.is_empty()).then(|| {
        let rows: Vec<diverging::Row> = economy_rows
            .iter()
            .map(|r| diverging::Row {
                label: r
                    .unit
                    .as_ref()
                    .map_or_else(String::new, |u| u.title.clone()),
                value: r.deviation_value,
                value_label: match &r.percent {
                    Some(pc) => format!("{}\u{a0}{} ({pc})", r.deviation, p.l("kr")),
                    None => format!("{}\u{a0}{}", r.deviation, p.l("kr")),
                },
            })
            .collect();
        let words: Vec<String> = rows
            .iter()
            .map(|r| format!("{}: {}", r.label, r.value_label))
            .collect();
        diverging::chart(
            &charts::Meta {
                id: "rt-chart-economy".into(),
                title: format!("{}: {}", p.l("forecast_deviation"), period.label(p.labels)),
                desc: format!("{}. {}.", p.l("forecast_deviation_note"), words.join("; ")),
            },
            &rows,
        )
    });

    // Goal achievement from the period's reports, goals in file order.
    let mut goals = Vec::new();
    for &r in &reports {
        let Data::Report(rep) = &g.item(r).data else {
            continue;
        };
        for gl in &rep.goals {
            let Some(goal) = p.link(gl.goal) else {
                continue;
            };
            goals.push((
                gl.goal,
                GoalRow {
                    goal,
                    plan: g.goal(gl.goal).and_then(|x| p.link(x.plan)),
                    unit: rep.unit.and_then(|u| p.link(u)),
                    achievement: gl.achievement.key(),
                    achievement_label: achievement_label(p, gl.achievement),
                    comment: gl.comment.clone(),
                },
            ));
        }
    }
    goals.sort_by_key(|(id, _)| *id);
    let goals: Vec<GoalRow> = goals.into_iter().map(|(_, r)| r).collect();

    // Every verbalpunkt and priority measure of the handlings- og økonomiplanar in force.
    let hop = g.config.plan_kind_index(crate::resolve::HOP);
    let mut political = Vec::new();
    for &pl in g.kind(Kind::Plan) {
        let Data::Plan(plan) = &g.item(pl).data else {
            continue;
        };
        if plan.plan_kind != hop || hop.is_none() || plan.stage != Stage::Adopted || !p.visible(pl)
        {
            continue;
        }
        for &v in &plan.verbal {
            let (Some(link), Data::Verbal(vb)) = (p.link(v), &g.item(v).data) else {
                continue;
            };
            political.push(PoliticalRow {
                link,
                kind_label: p.l("verbal"),
                case: vb.case.clone(),
                case_href: p.case_href(vb.case.as_deref()),
                owner: vb.owner.and_then(|o| p.link(o)),
                amounts: Vec::new(),
                amounts_total: None,
                standing: political::standing(p, vb.assignment, Some(end)),
            });
        }
        for &m in &plan.measures {
            let (Some(link), Data::Measure(ms)) = (p.link(m), &g.item(m).data) else {
                continue;
            };
            if !ms.priority {
                continue;
            }
            political.push(PoliticalRow {
                link,
                kind_label: p.l("priority_measure"),
                case: None,
                case_href: None,
                owner: ms.owner.and_then(|o| p.link(o)),
                amounts: ms.amounts.iter().map(|&(y, a)| (y, p.amount(a))).collect(),
                amounts_total: (!ms.amounts.is_empty())
                    .then(|| p.amount(ms.amounts.iter().map(|&(_, a)| a).sum())),
                standing: political::standing(p, ms.assignment, Some(end)),
            });
        }
    }

    // Indicators with a target for the period or its year: the latest value up to the period.
    let mut indicators = Vec::new();
    for &i in g.kind(Kind::Indicator) {
        let (Some(link), Data::Indicator(ind)) = (p.link(i), &g.item(i).data) else {
            continue;
        };
        let Some(&(tp, target)) = ind
            .targets
            .iter()
            .find(|(tp, _)| *tp == period)
            .or_else(|| ind.targets.iter().find(|(tp, _)| *tp == Period::Year(year)))
        else {
            continue;
        };
        let mut series: Vec<(Period, f64)> = ind.values.clone();
        for pt in &ind.points {
            let seen = match pt.from {
                PointSource::Report(r) => p.visible(r),
                PointSource::Csv { .. } => true,
            };
            if seen && pt.unit.is_none() && !series.iter().any(|(x, _)| *x == pt.period) {
                series.push((pt.period, pt.value));
            }
        }
        series.retain(|(x, _)| x.end() <= end);
        series.sort_by_key(|a| a.0);
        let latest = series.last().copied();
        let met = latest.and_then(|(_, v)| match ind.direction? {
            crate::model::vocab::Direction::Higher => Some(v >= target),
            crate::model::vocab::Direction::Lower => Some(v <= target),
        });
        indicators.push(IndicatorRow {
            link,
            measure: ind.measure.clone(),
            value: latest.map(|(_, v)| number(v, p.lang())),
            value_period: latest.map(|(x, _)| x.label(p.labels)),
            target: number(target, p.lang()),
            target_period: tp.label(p.labels),
            met_label: met.map(|m| p.l(if m { "target_met" } else { "target_not_met" })),
            met,
        });
    }

    // Internal control of the year: each checklist, and its deviations open and closed.
    let mut control = Vec::new();
    let mut avvik_open = Vec::new();
    let mut avvik_closed = Vec::new();
    let mut not_answered: Vec<Link> = Vec::new();
    for (n, (c, limit)) in control_years::checklists_of(g, p.audience, year)
        .into_iter()
        .enumerate()
    {
        let Some(cv) =
            internal_control::view(p, c, limit, &format!("rt-chart-council-control-{n}"), false)
        else {
            continue;
        };
        control.push(ControlRow {
            checklist: cv.checklist.clone(),
            scope: cv.scope_count,
            counts: cv
                .counts
                .iter()
                .map(|c| (c.label.clone(), c.count))
                .collect(),
            avvik: cv.avvik.len(),
            open: cv.open_avvik,
        });
        if let Some(m) = &cv.missing {
            for u in &m.whole {
                if !not_answered.iter().any(|x| x.key == u.key) {
                    not_answered.push(u.clone());
                }
            }
        }
        for a in cv.avvik {
            if a.open {
                avvik_open.push(a);
            } else {
                avvik_closed.push(a);
            }
        }
    }

    let overdue: Vec<OverdueRow> = g
        .kind(Kind::Assignment)
        .iter()
        .filter(|&&a| p.visible(a))
        .filter(|&&a| g.tracking(a).is_some_and(|t| t.overdue))
        .filter_map(|&a| p.card(a))
        .map(|card| OverdueRow { card })
        .collect();

    let internal = p.audience.sees_staff_tools();
    let not_reported = internal.then(|| {
        reporting::reporting(p, period)
            .map(|r| r.not_reported)
            .unwrap_or_default()
    });
    let total = economy_total.as_ref();
    CouncilView {
        period: period.to_string(),
        period_label: period.label(p.labels),
        title: title(p, period),
        year,
        sections: SECTIONS
            .iter()
            .map(|&(id, key)| Section {
                id,
                title: p.l(key),
            })
            .collect(),
        summary: Summary {
            reports: reports.len(),
            deviation: total.map(|t| format!("{}\u{a0}{}", t.deviation, p.l("kr"))),
            deviation_percent: total.and_then(|t| t.percent.clone()),
            deviation_sign: match total.map(|t| t.deviation_value) {
                Some(v) if v > 0.0 => "over",
                Some(v) if v < 0.0 => "under",
                _ => "even",
            },
            political: political.len(),
            political_overdue: political.iter().filter(|r| r.standing.overdue).count(),
            avvik_open: avvik_open.len(),
            avvik_overdue: avvik_open.iter().filter(|a| a.overdue).count(),
            overdue: overdue.len(),
        },
        economy_comments: economy_rows
            .iter()
            .filter_map(|r| Some((r.unit.as_ref()?.title.clone(), r.comment.clone()?)))
            .collect(),
        economy: economy_rows,
        economy_total,
        economy_chart,
        goals,
        political,
        indicators,
        control,
        avvik_open,
        avvik_closed,
        not_answered: internal.then_some(not_answered),
        not_reported,
        overdue,
        control_year: control_years::years(g, p.audience)
            .contains(&year)
            .then(|| p.href(&urls::control_year_path(p.lang(), year))),
        period_href: p.href(&urls::period_path(p.lang(), period)),
    }
}
