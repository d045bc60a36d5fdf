//! Markdown bodies → HTML, fitted into a page: headings one level down (the page's `<h1>` is
//! the item's title) with ids, relative links to other content files and to files beside
//! content rewritten to where they are published, and nothing an audience may not see.

use std::collections::{HashMap, HashSet};

use pulldown_cmark::{CowStr, Event, HeadingLevel, Parser, Tag, TagEnd, html};

use super::urls;
use crate::commonmark::{Dest, destination, options};
use crate::model::vocab::Audience;
use crate::model::{Graph, ItemId, PersonNames};

pub struct MdContext<'a> {
    pub graph: &'a Graph,
    pub audience: Audience,
    /// From the page to the tree's root (`../../`).
    pub root: &'a str,
    /// The content-relative folder of the file the body is in.
    pub dir: &'a str,
    /// Content-relative paths of files beside content.
    pub assets: &'a HashSet<String>,
    /// Words for ticked and unticked task-list items, read by screen readers.
    pub done: &'a str,
    pub not_done: &'a str,
    /// How many levels headings go down: the level of the heading the text sits under, so
    /// that a `#` is always one level below it (1 right under the page's `<h1>`, `#` →
    /// `<h2>`; 3 for a body under its item's `<h3>` on a page that shows several). Capped at
    /// `<h6>`.
    pub shift: u8,
    /// Put before every id the body makes (headings, footnotes) and every `#fragment` link
    /// in it, so that several bodies on one page keep their ids apart.
    pub id_prefix: Option<&'a str>,
    /// The name of a table's scrollable region (a narrow screen scrolls wide tables inside it,
    /// so it takes keyboard focus).
    pub table: &'a str,
    /// Where this audience may not see person names: the names, and what shows instead.
    pub withhold: Option<(&'a PersonNames, &'a str)>,
}

#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct Heading {
    /// The HTML level after shifting (2–6).
    pub level: u8,
    pub id: String,
    pub text: String,
}

#[derive(Debug, Default)]
pub struct Markdown {
    pub html: String,
    pub headings: Vec<Heading>,
    /// Content-relative paths of files beside content that the body links to.
    pub assets: Vec<String>,
}

/// A heading being read: its level, explicit id, classes and the events inside it.
type OpenHeading<'a> = (
    HeadingLevel,
    Option<CowStr<'a>>,
    Vec<CowStr<'a>>,
    Vec<Event<'a>>,
);

pub fn render(md: &str, cx: &MdContext) -> Markdown {
    let mut out = Markdown::default();
    let mut events: Vec<Event> = Vec::new();
    let mut used_ids: HashMap<String, usize> = HashMap::new();
    // Per open link: whether it was dropped (its target is not in this tree).
    let mut links: Vec<bool> = Vec::new();
    let mut heading: Option<OpenHeading> = None;

    let parsed: Vec<Event> = Parser::new_ext(md, options()).collect();
    let parsed = match cx.withhold {
        Some((names, replacement)) => withhold(parsed, names, replacement),
        None => parsed,
    };
    for event in parsed {
        if let Some((_, _, _, inner)) = &mut heading {
            match event {
                Event::End(TagEnd::Heading(_)) => {
                    let (level, id, classes, inner) = heading.take().expect("inside a heading");
                    emit_heading(
                        (level, id, classes, inner),
                        cx,
                        &mut used_ids,
                        &mut events,
                        &mut out.headings,
                    );
                }
                other => inner.push(rewrite(other, cx, &mut links, &mut out.assets)),
            }
            continue;
        }
        match event {
            Event::Start(Tag::Heading {
                level, id, classes, ..
            }) => heading = Some((level, id, classes, Vec::new())),
            Event::Start(Tag::Table(_)) => {
                events.push(Event::Html(
                    format!(
                        "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"{}\">",
                        html_escape(cx.table)
                    )
                    .into(),
                ));
                events.push(event);
            }
            Event::End(TagEnd::Table) => {
                events.push(event);
                events.push(Event::Html("</div>".into()));
            }
            Event::TaskListMarker(done) => {
                let (mark, word) = if done {
                    ("☑", cx.done)
                } else {
                    ("☐", cx.not_done)
                };
                events.push(Event::Html(
                    format!(
                        "<span class=\"task-mark\" aria-hidden=\"true\">{mark}</span><span class=\"visually-hidden\">{}: </span>",
                        html_escape(word)
                    )
                    .into(),
                ));
            }
            other => events.push(rewrite(other, cx, &mut links, &mut out.assets)),
        }
    }
    events.retain(|e| !matches!(e, Event::Html(h) if h.is_empty()));
    html::push_html(&mut out.html, events.into_iter());
    // A Markdown table's header cells head their columns; say so for screen readers.
    if out.html.contains("<th") {
        out.html = out
            .html
            .replace("<th>", "<th scope=\"col\">")
            .replace("<th style=", "<th scope=\"col\" style=");
    }
    out
}

fn emit_heading<'a>(
    (level, id, classes, inner): OpenHeading<'a>,
    cx: &MdContext,
    used: &mut HashMap<String, usize>,
    events: &mut Vec<Event<'a>>,
    headings: &mut Vec<Heading>,
) {
    let text: String = inner
        .iter()
        .filter_map(|e| match e {
            Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
            _ => None,
        })
        .collect();
    let base = match &id {
        Some(id) => id.to_string(),
        None => slug(&text),
    };
    let n = used.entry(base.clone()).or_insert(0);
    *n += 1;
    let id = if *n == 1 {
        base
    } else {
        format!("{base}-{}", *n - 1)
    };
    let id = prefixed(cx, &id);
    let level = (level as u8 + cx.shift).min(6);
    let class = if classes.is_empty() {
        String::new()
    } else {
        format!(" class=\"{}\"", html_escape(&classes.join(" ")))
    };
    let mut inner_html = String::new();
    html::push_html(&mut inner_html, inner.into_iter());
    events.push(Event::Html(
        format!(
            "<h{level} id=\"{}\"{class}>{inner_html}</h{level}>\n",
            html_escape(&id)
        )
        .into(),
    ));
    headings.push(Heading { level, id, text });
}

fn prefixed(cx: &MdContext, id: &str) -> String {
    match cx.id_prefix {
        Some(p) => format!("{p}-{id}"),
        None => id.to_string(),
    }
}

/// Rewrites link and image targets; drops links to pages this tree does not have.
fn rewrite<'a>(
    event: Event<'a>,
    cx: &MdContext,
    links: &mut Vec<bool>,
    assets: &mut Vec<String>,
) -> Event<'a> {
    match event {
        Event::Start(tag @ (Tag::Link { .. } | Tag::Image { .. })) => {
            let (Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = &tag else {
                return Event::Start(tag);
            };
            let to = match target(dest_url, cx, assets) {
                // The link's text, or the image's alt text, stays as text.
                Target::Drop => {
                    links.push(true);
                    return Event::Html("".into());
                }
                Target::To(url) => Some(url),
                // A fragment of this body, on a page that shows several: its ids are prefixed.
                Target::Keep
                    if cx.id_prefix.is_some()
                        && dest_url.starts_with('#')
                        && matches!(tag, Tag::Link { .. }) =>
                {
                    Some(format!("#{}", prefixed(cx, &dest_url[1..])))
                }
                Target::Keep => None,
            };
            links.push(false);
            let tag = match to {
                Some(url) => with_dest(tag, url.into()),
                None => tag,
            };
            Event::Start(match cx.withhold {
                Some((names, replacement)) => without_names(tag, names, replacement),
                None => tag,
            })
        }
        Event::End(TagEnd::Link | TagEnd::Image) => {
            if links.pop().unwrap_or(false) {
                Event::Html("".into())
            } else {
                event
            }
        }
        Event::Html(html) => match demote_html_headings(&html, cx.shift) {
            Some(demoted) => Event::Html(demoted.into()),
            None => Event::Html(html),
        },
        Event::InlineHtml(html) => match demote_html_headings(&html, cx.shift) {
            Some(demoted) => Event::InlineHtml(demoted.into()),
            None => Event::InlineHtml(html),
        },
        Event::FootnoteReference(name) if cx.id_prefix.is_some() => {
            Event::FootnoteReference(prefixed(cx, &name).into())
        }
        Event::Start(Tag::FootnoteDefinition(name)) if cx.id_prefix.is_some() => {
            Event::Start(Tag::FootnoteDefinition(prefixed(cx, &name).into()))
        }
        other => other,
    }
}

/// A link or image with every person name withheld from its address and title (an address
/// written to a page about a person, `…/kari-nordmann`), after it is retargeted.
fn without_names<'a>(tag: Tag<'a>, names: &PersonNames, replacement: &str) -> Tag<'a> {
    let (Tag::Link {
        dest_url, title, ..
    }
    | Tag::Image {
        dest_url, title, ..
    }) = &tag
    else {
        return tag;
    };
    // As a token, as in heading ids: `#samtale-kari-nordmann` still leads to its heading.
    let url = names.redact_str(dest_url, &slug(replacement));
    let new_title = names.redact_str(title, replacement);
    if url.is_none() && new_title.is_none() {
        return tag;
    }
    let tag = match url {
        Some(u) => with_dest(tag, u.into()),
        None => tag,
    };
    match (tag, new_title) {
        (
            Tag::Link {
                link_type,
                dest_url,
                id,
                ..
            },
            Some(t),
        ) => Tag::Link {
            link_type,
            dest_url,
            title: t.into(),
            id,
        },
        (
            Tag::Image {
                link_type,
                dest_url,
                id,
                ..
            },
            Some(t),
        ) => Tag::Image {
            link_type,
            dest_url,
            title: t.into(),
            id,
        },
        (tag, _) => tag,
    }
}

/// A link or image with another destination.
fn with_dest<'a>(tag: Tag<'a>, dest_url: CowStr<'a>) -> Tag<'a> {
    match tag {
        Tag::Link {
            link_type,
            title,
            id,
            ..
        } => Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        },
        Tag::Image {
            link_type,
            title,
            id,
            ..
        } => Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        },
        other => other,
    }
}

/// Raw HTML heading tags (`<h1 …>` to `</h6>`, any case) moved `shift` levels down like
/// Markdown headings, so that a body's `<h1>` is not a second `<h1>` on the page; `None` when
/// there are none. Only the digit of a tag's name changes: this is no sanitiser, and what
/// else the HTML says passes as written.
fn demote_html_headings(html: &str, shift: u8) -> Option<String> {
    let bytes = html.as_bytes();
    let mut out = String::new();
    let mut copied = 0;
    for (lt, _) in html.match_indices('<') {
        let name = lt + 1 + usize::from(bytes.get(lt + 1) == Some(&b'/'));
        let Some(&digit @ b'1'..=b'6') = bytes.get(name + 1) else {
            continue;
        };
        // `<h1>`, `<h1 class…`, `</h1 >`, but not `<h1x>` (not a heading) nor `<hr>`.
        let ends_name = bytes
            .get(name + 2)
            .is_none_or(|&c| c == b'>' || c == b'/' || c.is_ascii_whitespace());
        if !matches!(bytes[name], b'h' | b'H') || !ends_name {
            continue;
        }
        let level = (digit - b'0').saturating_add(shift).min(6);
        out.push_str(&html[copied..name + 1]);
        out.push(char::from(b'0' + level));
        copied = name + 2;
    }
    (copied > 0).then(|| {
        out.push_str(&html[copied..]);
        out
    })
}

/// Person names withheld in parsed Markdown, so that what is around them keeps its syntax: a
/// link whose address holds a name stays a link, a heading's anchor is made of what the
/// heading shows, and `*Kari* Nordmann` loses the name and keeps both its `*`. A name is
/// looked for across a run of inline events (text, code, inline HTML, line breaks, emphasis
/// and links around them), and each event keeps its kind: text that was the name becomes the
/// replacement (in the event where the name starts) or nothing, and markup inside it stays.
/// Attributes (a heading's id and classes, a code block's language, a link's title) are
/// withheld each on its own; link addresses are withheld by [`rewrite`] once retargeted.
fn withhold<'a>(events: Vec<Event<'a>>, names: &PersonNames, replacement: &str) -> Vec<Event<'a>> {
    let mut out: Vec<Event<'a>> = Vec::with_capacity(events.len());
    let mut run: Vec<Event<'a>> = Vec::new();
    // An id, a class or a language is one token: the replacement as a heading id is made.
    let token = slug(replacement);
    let attr = |s: CowStr<'a>| -> CowStr<'a> {
        match names.redact_str(&s, &token) {
            Some(t) => t.into(),
            None => s,
        }
    };
    for event in events {
        if in_run(&event) {
            run.push(event);
            continue;
        }
        flush(&mut run, &mut out, names, replacement);
        out.push(match event {
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => Event::Start(Tag::Heading {
                level,
                id: id.map(attr),
                classes: classes.into_iter().map(attr).collect(),
                attrs,
            }),
            Event::Start(Tag::CodeBlock(pulldown_cmark::CodeBlockKind::Fenced(info))) => {
                Event::Start(Tag::CodeBlock(pulldown_cmark::CodeBlockKind::Fenced(attr(
                    info,
                ))))
            }
            other => other,
        });
    }
    flush(&mut run, &mut out, names, replacement);
    out
}

/// Whether an event belongs to a run of inline text that a name may span.
fn in_run(event: &Event) -> bool {
    match event {
        Event::Text(_)
        | Event::Code(_)
        | Event::InlineHtml(_)
        | Event::Html(_)
        | Event::SoftBreak
        | Event::HardBreak => true,
        Event::Start(t) => matches!(
            t,
            Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. } | Tag::Image { .. }
        ),
        Event::End(t) => matches!(
            t,
            TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Link
                | TagEnd::Image
        ),
        _ => false,
    }
}

/// A run of inline events onto `out`, with every name in it withheld.
fn flush<'a>(
    run: &mut Vec<Event<'a>>,
    out: &mut Vec<Event<'a>>,
    names: &PersonNames,
    replacement: &str,
) {
    if run.is_empty() {
        return;
    }
    // The run's text, and where each event's text stands in it.
    let mut joined = String::new();
    let mut spans: Vec<Option<(usize, usize)>> = Vec::with_capacity(run.len());
    for event in run.iter() {
        let piece: Option<&str> = match event {
            Event::Text(t) | Event::Code(t) | Event::InlineHtml(t) | Event::Html(t) => Some(t),
            Event::SoftBreak | Event::HardBreak => Some("\n"),
            _ => None,
        };
        spans.push(piece.map(|p| {
            let start = joined.len();
            joined.push_str(p);
            (start, joined.len())
        }));
    }
    let found = names.find(joined.as_bytes());
    if found.is_empty() {
        out.append(run);
        return;
    }
    let escaped = html_escape(replacement);
    for (event, span) in run.drain(..).zip(spans) {
        let Some((s, e)) = span else {
            out.push(event);
            continue;
        };
        let hit = found.iter().any(|f| f.start < e && s < f.end);
        if !hit {
            out.push(event);
            continue;
        }
        // The event's text with each name (or the part of it that lies here) replaced.
        let markup = matches!(event, Event::InlineHtml(_) | Event::Html(_));
        let mut new = String::new();
        let mut at = s;
        for f in found.iter().filter(|f| f.start < e && s < f.end) {
            let (fs, fe) = (f.start.max(s), f.end.min(e));
            new.push_str(&joined[at..fs]);
            if f.start >= s {
                new.push_str(if markup { &escaped } else { replacement });
            }
            if markup {
                new.push_str(&String::from_utf8_lossy(&crate::model::tags_in(
                    &joined.as_bytes()[fs..fe],
                )));
            }
            at = fe;
        }
        new.push_str(&joined[at..e]);
        out.push(match event {
            Event::Text(_) => Event::Text(new.into()),
            Event::Code(_) => Event::Code(new.into()),
            Event::InlineHtml(_) => Event::InlineHtml(new.into()),
            Event::Html(_) => Event::Html(new.into()),
            // A line break inside a name: the name is gone, and so is the break.
            _ => Event::Text(new.into()),
        });
    }
}

enum Target {
    Keep,
    To(String),
    Drop,
}

/// Where a link or image of a body goes in this tree. In the open tree a link that leads
/// nowhere is dropped (its text stays): it could only name, by its path, something the open
/// tree does not have, such as an internal item (`check` warns about it in any case).
fn target(url: &str, cx: &MdContext, assets: &mut Vec<String>) -> Target {
    let nowhere = || match cx.audience {
        Audience::Open => Target::Drop,
        Audience::Internal => Target::Keep,
    };
    match destination(url, cx.dir) {
        Dest::Elsewhere => Target::Keep,
        Dest::Outside => nowhere(),
        // Usually `static/`: relative to this tree's root instead, so it works under a
        // sub-path and from file:// too.
        Dest::Root(rest) => Target::To(format!("{}{rest}", cx.root)),
        Dest::Content { rel, fragment } => {
            let frag = fragment.map(|f| format!("#{f}")).unwrap_or_default();
            if rel.ends_with(".md") {
                return match cx.graph.by_file.get(&rel) {
                    Some(&id) if visible(cx, id) => Target::To(format!(
                        "{}{}{frag}",
                        cx.root,
                        urls::item_path(cx.graph, id)
                    )),
                    Some(_) => Target::Drop,
                    None => nowhere(),
                };
            }
            if cx.assets.contains(&rel) {
                assets.push(rel.clone());
                return Target::To(format!(
                    "{}{}{frag}",
                    cx.root,
                    urls::asset_path(cx.graph.config.language, &rel)
                ));
            }
            nowhere()
        }
    }
}

fn visible(cx: &MdContext, id: ItemId) -> bool {
    cx.audience.sees_id(cx.graph, id)
}

/// A heading id: ASCII, lower case, words joined by `-` ("Økonomiske oppdrag" →
/// "okonomiske-oppdrag").
pub fn slug(text: &str) -> String {
    let ascii = deunicode::deunicode(text).to_lowercase();
    let mut out = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "section".into()
    } else {
        out
    }
}

pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    pulldown_cmark_escape::escape_html(&mut out, s).ok();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("Økonomiske oppdrag"), "okonomiske-oppdrag");
        assert_eq!(slug("Mål & strategiar!"), "mal-strategiar");
        assert_eq!(slug("???"), "section");
    }

    #[test]
    fn demotes_raw_html_headings() {
        assert_eq!(
            demote_html_headings("<h1>raw</h1>", 1).as_deref(),
            Some("<h2>raw</h2>")
        );
        assert_eq!(
            demote_html_headings("<H2 class=\"x\">a</H2 >\n", 3).as_deref(),
            Some("<H5 class=\"x\">a</H5 >\n")
        );
        assert_eq!(
            demote_html_headings("<h5>a</h5>", 3).as_deref(),
            Some("<h6>a</h6>")
        );
        assert_eq!(demote_html_headings("<h1\n", 1).as_deref(), Some("<h2\n"));
        for untouched in ["<hr>", "<header>", "<h1x>", "<h7>", "<p>h1</p>", "<", "<h"] {
            assert_eq!(demote_html_headings(untouched, 1), None, "{untouched}");
        }
    }
}
