//! Live reload: the browser tabs listen for new versions over server-sent events, and reload
//! themselves (keeping the scroll position) when one is published.
//!
//! Every published version, good or broken, has a number. A served page carries the number
//! it was rendered from and listens on [`EVENTS`]; the server sends the current number when
//! the tab connects and again after every rebuild, and the tab reloads when the number is not
//! its own, so a rebuild that lands between loading the page and connecting is not missed.
//! Listening connections are handed over with their socket and kept here, so they hold no
//! thread (see `conn.rs`).
//!
//! The script and the error overlay are added only by `serve`, never to built files.

use std::io::Write;
use std::sync::Mutex;

use crate::diag::{Diagnostic, Severity};
use crate::labels::Labels;
use crate::render::markdown::html_escape;

/// Where tabs listen. Hidden names are never published, so this cannot shadow a real file.
pub const EVENTS: &str = "/.raudtrad/live";

/// What serve adds to a page lies between these comments (tests strip it to compare with
/// the built page).
pub const BEGIN: &str = "<!-- raudtrad serve -->";
pub const END: &str = "<!-- /raudtrad serve -->";

type Stream = Box<dyn Write + Send>;

#[derive(Default)]
pub struct Listeners {
    streams: Mutex<Vec<Stream>>,
}

impl Listeners {
    /// Answers an event-stream request and keeps its connection.
    pub fn add(&self, stream: impl Write + Send + 'static, version: u64) {
        let mut stream: Stream = Box::new(stream);
        let security: String = super::http::SECURITY_HEADERS
            .iter()
            .map(|(name, value)| format!("{name}: {value}\r\n"))
            .collect();
        let head = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n\
             Cache-Control: no-store\r\nConnection: keep-alive\r\n{security}\r\n\
             retry: 1000\ndata: {version}\n\n"
        );
        if stream.write_all(head.as_bytes()).is_ok() && stream.flush().is_ok() {
            self.lock().push(stream);
        }
    }

    /// Tells every tab the new version number; connections that are gone are dropped.
    pub fn publish(&self, version: u64) {
        self.send(&format!("data: {version}\n\n"));
    }

    /// A comment line, so connections closed by the browser are noticed and dropped.
    pub fn ping(&self) {
        self.send(":\n\n");
    }

    /// Closes every connection (on shutdown).
    pub fn close(&self) {
        self.lock().clear();
    }

    fn send(&self, message: &str) {
        self.lock()
            .retain_mut(|s| s.write_all(message.as_bytes()).is_ok() && s.flush().is_ok());
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Stream>> {
        self.streams.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The script that listens and reloads. Inline, so nothing is fetched from elsewhere; the
/// scroll position is kept per page in the tab's session storage across the reload.
fn script(version: u64) -> String {
    format!(
        r#"<script>
(() => {{
  const version = "{version}";
  const key = "raudtrad-scroll:" + location.pathname;
  const saved = sessionStorage.getItem(key);
  if (saved !== null) {{
    sessionStorage.removeItem(key);
    const [x, y] = saved.split(",").map(Number);
    const restore = () => window.scrollTo(x, y);
    if (document.readyState === "complete") restore(); else addEventListener("load", restore);
  }}
  const events = new EventSource("{EVENTS}");
  events.onmessage = (e) => {{
    if (e.data === version) return;
    events.close();
    sessionStorage.setItem(key, window.scrollX + "," + window.scrollY);
    location.reload();
  }};
}})();
</script>"#
    )
}

/// What the overlay says the reader is looking at; it must be true.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Note {
    /// The last rebuild failed; the last version without errors is served.
    SiteKept,
    /// No version has built yet: there is no page, only the problems.
    NoSite,
    /// This page failed to render and is served from an earlier version.
    PageKept,
    /// This page failed to render and no earlier version can show it.
    PageLost,
}

impl Note {
    fn label(self) -> &'static str {
        match self {
            Note::SiteKept => "serve_problems_kept",
            Note::NoSite => "serve_problems_first",
            Note::PageKept => "serve_page_kept",
            Note::PageLost => "serve_page_lost",
        }
    }
}

/// The problems, over the page: a live region that screen readers announce, foldable
/// without script (`<details>`), scrollable by keyboard, and in the site's language.
pub fn overlay(problems: &[Diagnostic], labels: &Labels, note: Note) -> String {
    let errors = problems
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let text: Vec<String> = problems
        .iter()
        .map(|d| html_escape(&d.to_string()))
        .collect();
    format!(
        r#"<section id="raudtrad-problems" role="alert" aria-labelledby="raudtrad-problems-title">
<details open><summary><span id="raudtrad-problems-title">{title}</span> ({errors})</summary>
<p>{note}</p>
<pre tabindex="0">{text}</pre>
</details>
</section>
<style>
#raudtrad-problems {{ position: fixed; inset: auto 0 0 0; z-index: 2147483647; max-height: 60vh; overflow: auto;
  box-sizing: border-box; padding: .75rem 1rem; background: #1b1b1b; color: #fff; border-top: .4rem solid #d4351c;
  font: 1rem/1.45 system-ui, sans-serif; text-align: left; }}
#raudtrad-problems summary {{ font-weight: 700; cursor: pointer; }}
#raudtrad-problems p {{ margin: .5rem 0; }}
#raudtrad-problems pre {{ margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; font: .95rem/1.45 ui-monospace, monospace; }}
#raudtrad-problems :focus-visible {{ outline: 3px solid #ffdd00; outline-offset: 2px; }}
</style>"#,
        title = html_escape(labels.get("serve_problems")),
        note = html_escape(labels.get(note.label())),
        text = text.join("\n"),
    )
}

/// Adds the overlay (when given) and the reload script at the end of the page's body.
pub fn inject(html: &str, version: u64, overlay: Option<&str>) -> String {
    let added = format!(
        "{BEGIN}\n{}{}\n{END}\n",
        overlay.map(|o| format!("{o}\n")).unwrap_or_default(),
        script(version)
    );
    let at = html.rfind("</body>").unwrap_or(html.len());
    let mut out = String::with_capacity(html.len() + added.len());
    out.push_str(&html[..at]);
    out.push_str(&added);
    out.push_str(&html[at..]);
    out
}

/// A page with only the problems: no version of the site has built yet, or none can render
/// the page asked for.
pub fn problems_page(lang: &str, labels: &Labels, overlay: &str, version: u64) -> String {
    let title = html_escape(labels.get("serve_problems"));
    let page = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n</head>\n<body>\n<main>\n<h1>{title}</h1>\n</main>\n</body>\n</html>\n"
    );
    inject(&page, version, Some(overlay))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn injects_before_the_end_of_body() {
        let html = "<html><body><p>x</p></body></html>";
        let out = inject(html, 7, None);
        assert!(out.starts_with("<html><body><p>x</p><!-- raudtrad serve -->"));
        assert!(out.ends_with("<!-- /raudtrad serve -->\n</body></html>"));
        assert!(out.contains("const version = \"7\""));
        let start = out.find(BEGIN).unwrap();
        let end = out.find(END).unwrap() + END.len() + 1;
        assert_eq!(format!("{}{}", &out[..start], &out[end..]), html);
    }

    #[test]
    fn overlay_escapes_messages() {
        let mut d = crate::diag::Diagnostics::new();
        d.error(
            &"content/x.md".into(),
            crate::span::Pos::new(3, 1),
            "bad <b>",
        );
        let cfg = crate::config::SiteConfig::with_defaults(
            "site.toml".into(),
            "x".into(),
            crate::config::Lang::En,
        );
        let labels = cfg.labels.clone();
        let o = overlay(&d.sorted(), &labels, Note::SiteKept);
        assert!(o.contains("content/x.md:3:1: error: bad &lt;b&gt;"), "{o}");
        assert!(o.contains("The site has errors</span> (1)"));
    }
}
