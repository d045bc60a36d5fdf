//! Answers one request from the current snapshot: a page (rendered now), a static file, a
//! file beside content, a redirect from a folder without its `/`, the theme's 404 page, or
//! the event stream of live reload. Requests another web site makes are refused first (see
//! `host.rs` and `origin.rs`), and every answer carries headers that keep other origins from
//! framing or embedding it.

use std::io::Write;

use tiny_http::{HTTPVersion, Header, Method, Response, ResponseBox, StatusCode};

use super::content_type;
use super::host::{Hosts, Refused};
use super::live::{self, BEGIN, END, Note};
use super::origin;
use super::path;
use super::request::Request;
use super::site::Site;
use super::state::{Snapshot, State};
use crate::diag::Diagnostics;
use crate::render::tree::{Entry, Published};

/// Sent with every answer, the event stream included: no other origin may frame a page
/// (clickjacking, reading by layout), embed a file (`<script>`, `<img>`, `no-cors` fetch),
/// or have a file sniffed into another type.
pub const SECURITY_HEADERS: [(&str, &str); 4] = [
    ("X-Frame-Options", "DENY"),
    ("Content-Security-Policy", "frame-ancestors 'none'"),
    ("X-Content-Type-Options", "nosniff"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
];

/// What to send back.
struct Reply {
    status: u16,
    content_type: std::borrow::Cow<'static, str>,
    body: Body,
    location: Option<String>,
}

/// A body in memory, or a file read as it is sent (a large file is not held in memory once
/// per client, and a client that reads slowly only holds its own connection's thread).
enum Body {
    Bytes(Vec<u8>),
    File(std::fs::File),
}

impl Reply {
    fn html(status: u16, html: String) -> Reply {
        Reply {
            status,
            content_type: "text/html; charset=utf-8".into(),
            body: Body::Bytes(html.into_bytes()),
            location: None,
        }
    }

    fn text(status: u16, text: String) -> Reply {
        Reply {
            status,
            content_type: "text/plain; charset=utf-8".into(),
            body: Body::Bytes(text.into_bytes()),
            location: None,
        }
    }
}

/// The answer to a request: a response to write, or the event stream of live reload (the
/// connection is handed to the listeners).
pub enum Answer {
    Reply(ResponseBox),
    Events(u64),
}

/// Answers `request`.
pub fn handle(request: &Request, state: &State, hosts: &Hosts) -> Answer {
    // Before anything else, the event stream included.
    if let Some(reply) = misdirected(request, hosts).or_else(|| cross_origin(request)) {
        return Answer::Reply(response(reply));
    }
    if !matches!(request.method, Method::Get | Method::Head) {
        let reply = Reply::text(405, "405 Method Not Allowed: only GET and HEAD\n".into());
        return Answer::Reply(response(reply).with_header(header("Allow", "GET, HEAD")));
    }
    let url = request.url.as_str();
    let snapshot = state.snapshot();
    if url.split('?').next() == Some(live::EVENTS) {
        return Answer::Events(snapshot.version);
    }
    Answer::Reply(response(answer(url, &snapshot)))
}

/// The refusal of a request whose `Host` this server does not answer for (see `host.rs`).
fn misdirected(request: &Request, hosts: &Hosts) -> Option<Reply> {
    let named: Vec<&str> = request.all("Host").collect();
    let http_1_0 = request.version < HTTPVersion(1, 1);
    match hosts.check(&named, http_1_0) {
        Ok(()) => None,
        Err(Refused::Malformed(why)) => Some(Reply::text(400, format!("400 Bad Request: {why}\n"))),
        Err(Refused::Foreign) => Some(Reply::text(
            421,
            format!(
                "421 Misdirected Request: raudtrad serve answers only requests addressed to {}, \
                 not to {:?}, so that no other web site can read the preview (DNS rebinding). \
                 Open the address raudtrad serve printed.\n",
                hosts.described(),
                named[0]
            ),
        )),
    }
}

/// The refusal of a request made by a page of another origin (see `origin.rs`).
fn cross_origin(request: &Request) -> Option<Reply> {
    let refused = origin::check(
        request.header("Sec-Fetch-Site"),
        request.header("Sec-Fetch-Mode"),
        request.header("Sec-Fetch-Dest"),
        request.header("Origin"),
        request.header("Host"),
    )
    .err()?;
    let why = match refused {
        origin::Refused::Fetch(site) => format!(
            "the browser says a page of another origin asked for it (Sec-Fetch-Site: {site})"
        ),
        origin::Refused::Origin(o) => format!("it comes from a page of another origin ({o:?})"),
    };
    Some(Reply::text(
        403,
        format!(
            "403 Forbidden: {why}. raudtrad serve answers only its own pages, so that no other \
             web site can read the preview; open the address raudtrad serve printed.\n"
        ),
    ))
}

fn answer(url: &str, now: &Snapshot) -> Reply {
    let target = match path::parse(url) {
        Ok(t) => t,
        Err(e) => return Reply::text(400, format!("400 Bad Request: {e}\n")),
    };
    let Some(site) = &now.site else {
        // Nothing has built yet: every path shows the problems.
        return match &now.problems {
            Some(p) => Reply::html(
                500,
                live::problems_page(&p.lang, &p.labels, &p.overlay, now.version),
            ),
            None => Reply::text(
                503,
                "503 Service Unavailable: the site is being built\n".into(),
            ),
        };
    };
    let rel = if target.folder || target.rel.is_empty() {
        join(&target.rel, "index.html")
    } else {
        target.rel.clone()
    };
    match site.find(&rel) {
        // The feed, the sitemap, robots.txt and calendar files go out as `build` writes them.
        Some(Entry::Page(page)) if !page.is_html() => match site.render(page) {
            Ok(text) => bytes_reply(&rel, text.into_bytes()),
            // Not from an earlier version: nothing could say over a calendar file or the
            // feed that it is out of date, so the error page is the honest answer.
            Err(d) => render_failed(&rel, d, site, None, now),
        },
        Some(Entry::Page(page)) => match site.render(page) {
            Ok(html) => Reply::html(200, decorate(&html, now)),
            Err(d) => {
                let earlier = now.earlier.as_ref().and_then(|e| e.render_html(&rel));
                render_failed(&rel, d, site, earlier, now)
            }
        },
        Some(Entry::File(file)) => match site.publish(file) {
            Ok(Published::Bytes(bytes)) => bytes_reply(&rel, bytes.into_owned()),
            // Nothing to withhold: sent straight from the file.
            Ok(Published::File(path)) => match site.open(path) {
                Ok(f) => Reply {
                    status: 200,
                    content_type: content_type::for_path(&rel),
                    body: Body::File(f),
                    location: None,
                },
                Err(_) => not_found(site, now),
            },
            // Deleted since the last rebuild; the next one will drop it.
            Err(_) => not_found(site, now),
        },
        None if !target.folder && site.find(&join(&rel, "index.html")).is_some() => {
            let raw_path = url.split(['?', '#']).next().unwrap_or(url);
            let query = target.query.map(|q| format!("?{q}")).unwrap_or_default();
            Reply {
                location: Some(format!("{raw_path}/{query}")),
                ..Reply::text(301, "301 Moved Permanently\n".into())
            }
        }
        None => not_found(site, now),
    }
}

fn join(folder: &str, name: &str) -> String {
    if folder.is_empty() {
        name.to_string()
    } else {
        format!("{folder}/{name}")
    }
}

fn bytes_reply(rel: &str, body: Vec<u8>) -> Reply {
    Reply {
        status: 200,
        content_type: content_type::for_path(rel),
        body: Body::Bytes(body),
        location: None,
    }
}

/// The theme's 404 page, with status 404. It is rendered for the tree's root, so a `<base>`
/// makes its relative links work at any depth.
fn not_found(site: &Site, now: &Snapshot) -> Reply {
    let html = site
        .not_found()
        .and_then(|page| site.render(page).ok())
        .unwrap_or_else(|| "<!DOCTYPE html>\n<title>404</title>\n<h1>404</h1>\n".into());
    let html = match html.find("<head>") {
        Some(at) => {
            let at = at + "<head>".len();
            format!(
                "{}{BEGIN}<base href=\"/\">{END}\n{}",
                &html[..at],
                &html[at..]
            )
        }
        None => html,
    };
    Reply::html(404, decorate(&html, now))
}

/// Adds the live-reload script, and the overlay when the last rebuild failed.
fn decorate(html: &str, now: &Snapshot) -> String {
    live::inject(
        html,
        now.version,
        now.problems.as_ref().map(|p| p.overlay.as_str()),
    )
}

/// A page that fails to render (a template error the theme check did not reach, see
/// `probe` in `cache.rs`): the error in the terminal, and over the page as an earlier
/// version rendered it (`earlier`), or over an error page when none could. Either reloads
/// once it is mended.
fn render_failed(
    rel: &str,
    d: Diagnostics,
    site: &Site,
    earlier: Option<String>,
    now: &Snapshot,
) -> Reply {
    let mut list = d.sorted();
    {
        let mut err = std::io::stderr().lock();
        for problem in &list {
            let _ = writeln!(err, "{problem}");
        }
        let _ = writeln!(
            err,
            "error: /{rel} cannot be rendered; {}",
            if earlier.is_some() {
                "serving it as an earlier version rendered it"
            } else {
                "no earlier version can render it either, so the browser shows the error"
            }
        );
    }
    // The last rebuild's own problems, if it failed, are as true for this page as for any.
    if let Some(p) = &now.problems {
        list.extend(p.list.iter().cloned());
    }
    let labels = &site.renderer.labels;
    match earlier {
        Some(html) => {
            let overlay = live::overlay(&list, labels, Note::PageKept);
            Reply::html(200, live::inject(&html, now.version, Some(&overlay)))
        }
        None => {
            let overlay = live::overlay(&list, labels, Note::PageLost);
            let lang = site.graph.config.language.code();
            Reply::html(
                500,
                live::problems_page(lang, labels, &overlay, now.version),
            )
        }
    }
}

pub fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("a valid header")
}

/// `response` with [`SECURITY_HEADERS`].
pub fn secured<R: std::io::Read>(mut response: Response<R>) -> Response<R> {
    for (name, value) in SECURITY_HEADERS {
        response.add_header(header(name, value));
    }
    response
}

fn response(reply: Reply) -> ResponseBox {
    let body = match reply.body {
        Body::Bytes(bytes) => Response::from_data(bytes).boxed(),
        Body::File(file) => Response::from_file(file).boxed(),
    };
    let mut r = secured(
        body.with_status_code(StatusCode(reply.status))
            .with_header(header("Content-Type", &reply.content_type))
            .with_header(header("Cache-Control", "no-store")),
    );
    if let Some(location) = reply.location {
        r = r.with_header(header("Location", &location));
    }
    r
}
