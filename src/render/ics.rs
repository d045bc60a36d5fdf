//! Calendar files (iCalendar, RFC 5545) of the year wheel: one for the municipality and one
//! per unit, in each tree, holding what that tree may show.
//!
//! The `icalendar` crate writes the text: CRLF line ends, lines folded at 75 octets, `\`, `,`,
//! `;` and newlines escaped in text values. raudtrad makes it reproducible: every event is an
//! all-day event (`DTSTART;VALUE=DATE` and the day after as `DTEND`), its `UID` is made from
//! the item's id (or the period) and the site, and `DTSTAMP` is midnight UTC of the build's
//! `today`, so two builds of the same content give the same bytes.

use chrono::Days;
use icalendar::{Calendar, Component, Event as IcsEvent, EventLike, Property};

use super::agenda::{Event, What};
use super::urls;
use super::view::Ctx;
use crate::model::vocab::Period;
use crate::model::{Data, Responsible};

/// The iCalendar text of `events`, for the calendar named `name`.
pub fn write(v: &Ctx, name: &str, events: &[Event]) -> String {
    let g = v.g;
    let mut cal = Calendar::empty();
    cal.append_property(Property::new("VERSION", "2.0"));
    cal.append_property(Property::new(
        "PRODID",
        concat!("-//raudtrad//raudtrad ", env!("CARGO_PKG_VERSION"), "//NO"),
    ));
    cal.append_property(Property::new("CALSCALE", "GREGORIAN"));
    cal.append_property(Property::new("METHOD", "PUBLISH"));
    // `X-WR-CALNAME` is what most calendar programs show as the calendar's name.
    cal.append_property(Property::new("X-WR-CALNAME", name));
    let stamp = g.today.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc();
    let domain = uid_domain(v);
    // Each event is written as it is made, where the calendar writes its events: a whole
    // calendar of events held at once took five times the file's size (the municipality's
    // at 10 000 assignments is 14 MB).
    const END: &str = "END:VCALENDAR\r\n";
    let head = cal.to_string();
    let mut out = String::with_capacity(head.len() + events.len() * 400);
    out.push_str(head.strip_suffix(END).unwrap_or(&head));
    for e in events {
        let Some((summary, description, url)) = describe(v, e) else {
            continue;
        };
        // Withheld before the crate folds the lines, which can split a name in two.
        let (summary, description) = (v.without_names(&summary), v.without_names(&description));
        let last = match e.what {
            What::Own(id) => super::agenda::own_end(v, id, e.date).unwrap_or(e.date),
            _ => e.date,
        };
        let mut event = IcsEvent::new();
        event
            .uid(&format!("{}@{domain}", uid_local(v, e)))
            .timestamp(stamp)
            .starts(e.date)
            .ends(last.checked_add_days(Days::new(1)).unwrap_or(last))
            .summary(&summary)
            .description(&description)
            .add_property("TRANSP", "TRANSPARENT");
        if let Some(url) = url {
            event.url(&url);
        }
        // Writing into a String cannot fail.
        let _ = event.done().fmt_write(&mut out);
    }
    out.push_str(END);
    out
}

/// The part of a UID before `@`: what the event is about, stable while its id is.
fn uid_local(v: &Ctx, e: &Event) -> String {
    match e.what {
        What::Deadline(id) => {
            let item = v.g.item(id);
            format!("{}-{}", item.kind.key(), item.key)
        }
        What::PeriodEnd(p) => format!("period-end-{p}"),
        What::ReportDue(p) => format!("report-due-{p}"),
        // A yearly event happens once a year: each year's is its own event.
        What::Own(id) => match &v.g.item(id).data {
            Data::Event(ev) if matches!(ev.day, crate::model::vocab::EventDay::Yearly { .. }) => {
                format!(
                    "event-{}-{}",
                    v.g.item(id).key,
                    chrono::Datelike::year(&e.date)
                )
            }
            _ => format!("event-{}", v.g.item(id).key),
        },
    }
}

/// The site part of a UID: the host of `base_url`, else a name made from the site's title.
fn uid_domain(v: &Ctx) -> String {
    let cfg = &v.g.config;
    let host = cfg.base_url.as_deref().and_then(|u| {
        let rest = u.split_once("://").map_or(u, |(_, r)| r);
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        (!host.is_empty()).then(|| host.to_ascii_lowercase())
    });
    host.unwrap_or_else(|| {
        let name = if cfg.municipality.is_empty() {
            &cfg.title
        } else {
            &cfg.municipality
        };
        format!("{}.raudtrad", crate::model::people::base_slug(name))
    })
}

/// Summary, description and (in the open tree, when the site has a `base_url`) the address of
/// the page; `None` for an item the audience may not see.
fn describe(v: &Ctx, e: &Event) -> Option<(String, String, Option<String>)> {
    let g = v.g;
    match e.what {
        What::Deadline(id) => {
            if !v.visible(id) {
                return None;
            }
            let item = g.item(id);
            let track = g.tracking(id)?;
            let mut lines = vec![v.kind_label(item.kind)];
            if let Data::Task(t) = &item.data {
                if let Some(a) = v.link(t.assignment) {
                    lines.push(format!("{}: {}", v.l("assignment"), a.title));
                }
                match &t.responsible {
                    Responsible::Unit(u) => lines.extend(
                        v.link(*u)
                            .map(|u| format!("{}: {}", v.l("responsible"), u.title)),
                    ),
                    Responsible::Person(name) => lines.extend(
                        v.person(Some(g.people.shown(name)))
                            .map(|n| format!("{}: {n}", v.l("responsible"))),
                    ),
                    Responsible::None => {}
                }
            }
            if let Data::Assignment(a) = &item.data {
                lines.extend(
                    a.owner
                        .and_then(|o| v.link(o))
                        .map(|o| format!("{}: {}", v.l("owner"), o.title)),
                );
                let to: Vec<String> = v
                    .links(&a.assigned_to)
                    .into_iter()
                    .map(|l| l.title)
                    .collect();
                if !to.is_empty() && a.assigned_to != a.owner.into_iter().collect::<Vec<_>>() {
                    lines.push(format!("{}: {}", v.l("assigned_to"), to.join(", ")));
                }
            }
            if let Some(s) = v.status(track.status) {
                let mut status = format!("{}: {}", v.l("status"), s.label);
                if track.overdue {
                    status.push_str(&format!(" ({})", v.l("overdue").to_lowercase()));
                }
                lines.push(status);
            }
            Some((
                format!("{}: {}", v.l("deadline"), item.title),
                lines.join("\n"),
                urls::public_url(g, v.audience, &urls::item_path(g, id)),
            ))
        }
        What::PeriodEnd(p) => Some((
            format!("{} {}", v.l("event_period_end"), p.label(v.labels)),
            v.l("event_period_end_note"),
            None,
        )),
        What::ReportDue(p) => Some((
            format!("{}: {}", v.l("event_report_due"), period_name(v, p)),
            v.l("event_report_due_note"),
            None,
        )),
        What::Own(id) => {
            if !v.visible(id) {
                return None;
            }
            let item = g.item(id);
            let mut lines = vec![v.l("event_own")];
            lines.extend(item.summary.clone());
            if let Data::Event(ev) = &item.data {
                let units: Vec<String> = v.links(&ev.units).into_iter().map(|l| l.title).collect();
                if !units.is_empty() {
                    lines.push(format!("{}: {}", v.l("units"), units.join(", ")));
                }
            }
            Some((
                item.title.clone(),
                lines.join("\n"),
                urls::public_url(g, v.audience, &urls::item_path(g, id)),
            ))
        }
    }
}

/// "1. tertial 2026", "mars 2026", or "Årsrapport 2026" for a year.
pub fn period_name(v: &Ctx, p: Period) -> String {
    match p {
        Period::Year(y) => format!("{} {y}", v.l("annual_report")),
        p => p.label(v.labels),
    }
}
