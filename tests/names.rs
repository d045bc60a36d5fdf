//! Person names on the side roads into the open tree (issue 14): Markdown withheld after it
//! is parsed, so the syntax around a name survives; every file of the open tree — text files
//! beside content of any type, `static/`, file names — passes the guard or stops the build;
//! names written in listing order, split by invisible characters or markup, in addresses and
//! e-mail addresses; free-text `source` near an internal item's id. The fixture `openness`
//! gives every person the surname `Personmerke…`.

mod common;

use common::*;

/// A public assignment in the fixture `openness` with `body` as its body and `extra` lines in
/// its front matter.
fn assignment(site: &Site, id: &str, extra: &str, body: &str) {
    site.write(
        &format!("content/assignments/{id}.md"),
        &format!(
            "+++\ntitle = \"Oppdrag {id}\"\nowner = \"oppvekst\"\ngoals = [\"mal-oppvekst\"]\ndeadline = 2026-11-01\n{extra}+++\n{body}"
        ),
    );
}

/// The open page of a public assignment (today's address; issue 15 moves it).
fn open_page(site: &Site, id: &str) -> scraper::Html {
    scraper::Html::parse_document(&site.page("open", &format!("assignments/{id}/index.html")))
}

fn built(site: &Site) -> Run {
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    run
}

/// A name in a link's address, in a heading's own id and inside emphasis: the link stays a
/// link (before, the withheld address had spaces and the link became literal text), the id
/// is one token (it was `id="(namn"`), and no lone `*` is left.
#[test]
fn markdown_keeps_its_syntax_around_a_withheld_name() {
    let site = Site::fixture("openness");
    assignment(
        &site,
        "syntaks",
        "",
        "Sjå [profilen](https://example.no/folk/Astrid-Personmerkeaa \"Om Astrid Personmerkeaa\").\n\n\
         ## Samtale {#samtale-astrid-personmerkeaa}\n\n\
         Møte med *Astrid* Personmerkeaa og **Bjørn** Personmerkebb i dag.\n\n\
         [Til samtalen](#samtale-astrid-personmerkeaa)\n",
    );
    built(&site);
    let doc = open_page(&site, "syntaks");
    let links: Vec<_> = select(&doc, "main a")
        .into_iter()
        .filter(|a| text(a) == "profilen")
        .collect();
    assert_eq!(links.len(), 1, "the link is still a link");
    let href = links[0].value().attr("href").unwrap();
    assert!(href.starts_with("https://example.no/folk/"), "{href}");
    assert!(!href.to_lowercase().contains("personmerke"), "{href}");
    let title = links[0].value().attr("title").unwrap_or_default();
    assert!(!title.contains("Personmerke"), "{title}");
    let heading = select(&doc, "main h3")
        .into_iter()
        .find(|h| text(h) == "Samtale")
        .expect("the heading");
    let id = heading.value().attr("id").unwrap();
    assert!(
        !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
        "{id}"
    );
    assert!(!id.contains("personmerke"), "{id}");
    // A link to the heading still leads to it.
    let to_heading = select(&doc, "main a")
        .into_iter()
        .find(|a| text(a) == "Til samtalen")
        .expect("the link to the heading");
    assert_eq!(to_heading.value().attr("href"), Some(format!("#{id}").as_str()));
    let para = select(&doc, "main p")
        .into_iter()
        .map(|p| text(&p))
        .find(|t| t.starts_with("Møte med"))
        .expect("the paragraph");
    assert!(!para.contains('*'), "{para}");
    assert!(!para.contains("Personmerke"), "{para}");
    assert_eq!(select(&doc, "main p em").len(), 1);
    assert_eq!(select(&doc, "main p strong").len(), 1);
}
