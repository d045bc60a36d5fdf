//! Changes by date, for the Atom feed (`feed.xml`) and "latest changes" on the open front
//! page.
//!
//! A change is something the content dates itself: a plan or verbalpunkt adopted (`adopted`),
//! a letter sent (`date`), a report given (`date`, else the end of its period) and each new
//! status a report gives an assignment or task. Only what the audience may see counts, so the
//! open feed has status changes from public reports only (the date of an internal report is
//! not shown to the public). Changes dated after `today` are not changes yet.
//!
//! Content dates rather than the Git history of `content/`: the same content builds the same
//! feed anywhere (a shallow CI clone, a copy without `.git`), and an editor's typo fix is not
//! news to a citizen.

use chrono::NaiveDate;
use serde::Serialize;

use super::PageCx;
use crate::model::vocab::Stage;
use crate::model::*;
use crate::render::markdown::slug;
use crate::render::urls;
use crate::render::view::DateView;

#[derive(Serialize, Clone)]
pub struct Entry {
    /// Permanent and unique (Atom `id`).
    pub id: String,
    /// From the tree's root.
    pub path: String,
    /// From the page showing the entry, or absolute where the tree's address is known.
    pub href: String,
    pub title: String,
    pub date: DateView,
    /// RFC 3339, for Atom.
    pub updated: String,
    /// What happened: adopted, sent, reported, new status.
    pub what: String,
    pub kind: &'static str,
    pub kind_label: String,
    pub summary: String,
}

struct Change {
    date: NaiveDate,
    order: u8,
    item: ItemId,
    /// For a status change: the report that gave it.
    report: Option<ItemId>,
    what: &'static str,
    title: String,
    summary: Vec<String>,
}

/// A day as Atom writes it.
pub fn rfc3339(d: NaiveDate) -> String {
    format!("{}T00:00:00Z", crate::render::view::iso_date(d))
}

/// Every change the audience may see, newest first. O(items + report lines).
fn changes(p: &PageCx) -> Vec<Change> {
    let g = p.g;
    let mut out: Vec<Change> = Vec::new();
    let unit_title = |u: Option<ItemId>| u.and_then(|u| p.link(u)).map(|l| l.title);
    let labelled = |key: &str, value: Option<String>| value.map(|v| format!("{}: {v}", p.l(key)));
    for (i, item) in g.items.iter().enumerate() {
        let id = ItemId(i as u32);
        if !p.visible(id) {
            continue;
        }
        let mut change =
            |date: Option<NaiveDate>, order: u8, what, summary: Vec<Option<String>>| {
                if let Some(date) = date {
                    let mut lines: Vec<String> = item.summary.iter().cloned().collect();
                    lines.extend(summary.into_iter().flatten());
                    out.push(Change {
                        date,
                        order,
                        item: id,
                        report: None,
                        what,
                        title: item.title.clone(),
                        summary: lines,
                    });
                }
            };
        match &item.data {
            // A plan on consultation may carry the date of an earlier adoption: only a plan in
            // force (or expired since) has been adopted.
            Data::Plan(pl) => change(
                pl.adopted
                    .filter(|_| matches!(pl.stage, Stage::Adopted | Stage::Expired)),
                0,
                "feed_adopted",
                vec![
                    pl.plan_kind
                        .and_then(|k| g.config.plan_kinds.get(k))
                        .map(|k| k.label.clone()),
                    labelled("adopted_by", pl.adopted_by.clone()),
                    labelled("case", pl.case.clone()),
                ],
            ),
            Data::Verbal(v) => change(
                v.adopted,
                1,
                "feed_adopted",
                vec![labelled("case", v.case.clone())],
            ),
            Data::Letter(l) => change(
                l.date,
                2,
                "feed_sent",
                vec![
                    labelled("from", unit_title(l.from)),
                    labelled(
                        "to",
                        Some(
                            p.links(&l.to)
                                .into_iter()
                                .map(|x| x.title)
                                .collect::<Vec<_>>()
                                .join(", "),
                        )
                        .filter(|s| !s.is_empty()),
                    ),
                ],
            ),
            Data::Report(r) => {
                let date = r.date.or(r.period.map(|x| x.end()));
                change(
                    date,
                    3,
                    "feed_reported",
                    vec![
                        labelled("unit", unit_title(r.unit)),
                        labelled("period", r.period.map(|x| x.label(p.labels))),
                    ],
                );
                let Some(date) = date else { continue };
                for s in &r.status {
                    let (Some(status), true) = (s.status, p.visible(s.target)) else {
                        continue;
                    };
                    let mut summary = vec![p.status(status).map(|x| x.label).unwrap_or_default()];
                    summary.extend(s.progress.map(|x| format!("{}: {x} %", p.l("progress"))));
                    summary.extend(s.comment.clone());
                    out.push(Change {
                        date,
                        order: 4,
                        item: s.target,
                        report: Some(id),
                        what: "feed_status",
                        title: g.item(s.target).title.clone(),
                        summary,
                    });
                }
            }
            _ => {}
        }
    }
    out.retain(|c| c.date <= g.today);
    out.sort_by(|a, b| {
        b.date
            .cmp(&a.date)
            .then(a.order.cmp(&b.order))
            .then_with(|| g.item(a.item).key.cmp(&g.item(b.item).key))
    });
    out
}

/// The newest `limit` changes as entries, linked from the page (`absolute`: by the tree's
/// address where it is known, as a feed wants).
pub fn entries(p: &PageCx, limit: usize, absolute: bool) -> Vec<Entry> {
    let g = p.g;
    let base = urls::base_url(g, p.audience);
    let tag = format!(
        "tag:raudtrad.invalid,2024:{}/{}",
        slug(&g.config.title),
        p.audience.dir()
    );
    changes(p)
        .into_iter()
        .take(limit)
        .map(|c| {
            let item = g.item(c.item);
            let path = urls::item_path(g, c.item);
            let suffix = c
                .report
                .map(|r| format!("#status-{}", g.item(r).key))
                .unwrap_or_default();
            let id = match base {
                Some(b) => urls::absolute(b, &format!("{path}{suffix}")),
                None => format!("{tag}/{path}{suffix}"),
            };
            Entry {
                id,
                href: match base {
                    Some(b) if absolute => urls::absolute(b, &path),
                    _ => p.href(&path),
                },
                path,
                title: c.title,
                date: p.date(c.date),
                updated: rfc3339(c.date),
                what: p.l(c.what),
                kind: item.kind.key(),
                kind_label: p.kind_label(item.kind),
                summary: c
                    .summary
                    .iter()
                    .map(|s| s.trim().trim_end_matches('.'))
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(". "),
            }
        })
        .collect()
}
