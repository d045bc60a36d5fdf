//! What WCAG 2.1 asks of the markup, checked on every page of both trees (the browser tests
//! check one page per type in Chromium with axe-core; this checks them all, fast): the
//! language, one `<h1>`, the skip link first, landmarks, headings without gaps, tables with
//! captions and header scopes, wide tables in a named region the keyboard reaches, status in
//! words (the colour dot is hidden from screen readers), no empty link, unique ids.

mod common;

use std::collections::HashSet;

use common::*;

fn check_tree(tree: &std::path::Path, lang: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let all = pages(tree);
    assert!(all.len() > 20, "{} pages", all.len());
    for (path, doc) in &all {
        let mut fail = |what: String| problems.push(format!("{path}: {what}"));
        let html = select(doc, "html");
        if html[0].attr("lang") != Some(lang) {
            fail(format!("lang is {:?}", html[0].attr("lang")));
        }
        if select(doc, "title")
            .first()
            .is_none_or(|t| text(t).is_empty())
        {
            fail("no title".into());
        }
        if select(doc, "h1").len() != 1 {
            fail(format!("{} h1", select(doc, "h1").len()));
        }
        let first = select(doc, "body > *");
        if first.first().map(|e| (e.attr("class"), e.attr("href")))
            != Some((Some("skip-link"), Some("#rt-main")))
        {
            fail("the skip link is not the first thing in <body>".into());
        }
        // A page made for paper (`body.print-doc`) has no site navigation, by design.
        let print_doc = select(doc, "body.print-doc").len() == 1;
        for landmark in [
            "body > header",
            "main#rt-main",
            "nav.main-nav[aria-label]",
            "body > footer",
        ] {
            if print_doc && landmark.starts_with("nav") {
                continue;
            }
            if select(doc, landmark).len() != 1 {
                fail(format!("no single {landmark}"));
            }
        }
        // The generator's headings go down one level at a time. (A body's headings are the
        // author's, each shown one level lower as the format says, so `##` first is an h3.)
        let mut level = 1;
        for h in select(doc, "h1, h2, h3, h4, h5, h6") {
            let in_body = h
                .ancestors()
                .filter_map(scraper::ElementRef::wrap)
                .any(|a| a.value().classes().any(|c| c == "body"));
            if in_body {
                continue;
            }
            let l: u32 = h.value().name()[1..].parse().unwrap();
            if l > level + 1 {
                fail(format!("h{l} after h{level}: {}", text(&h)));
            }
            level = l;
        }
        for table in select(doc, "table") {
            let caption = table
                .child_elements()
                .find(|c| c.value().name() == "caption");
            // Tables written in a Markdown body cannot have a caption; theirs is the region's name.
            let in_body = table
                .ancestors()
                .filter_map(scraper::ElementRef::wrap)
                .any(|a| a.value().classes().any(|c| c == "body"));
            if caption.is_none_or(|c| text(&c).is_empty()) && !in_body {
                fail(format!(
                    "a table without a caption: {}",
                    text(&table).chars().take(60).collect::<String>()
                ));
            }
            let inner = table.html();
            let part = scraper::Html::parse_fragment(&inner);
            for th in select(&part, "thead th") {
                if th.attr("scope") != Some("col") {
                    fail(format!("header cell without scope=col: {}", text(&th)));
                }
            }
            for th in select(&part, "tbody th") {
                if !matches!(th.attr("scope"), Some("row" | "rowgroup")) {
                    fail(format!("row header without scope=row: {}", text(&th)));
                }
            }
        }
        for wrap in select(doc, ".table-wrap") {
            if wrap.attr("tabindex") != Some("0")
                || wrap.attr("role") != Some("region")
                || (wrap.attr("aria-label").is_none_or(str::is_empty)
                    && wrap
                        .attr("aria-labelledby")
                        .is_none_or(|id| select(doc, &format!("#{id}")).is_empty()))
            {
                fail("a table region the keyboard cannot reach or that has no name".into());
            }
        }
        for dot in select(doc, ".status-dot") {
            if dot.attr("aria-hidden") != Some("true") {
                fail("a status colour that is not hidden from screen readers".into());
            }
        }
        for status in select(doc, ".status") {
            if text(&status).is_empty() {
                fail("a status shown by colour alone".into());
            }
        }
        for a in select(doc, "a") {
            if text(&a).is_empty() && a.attr("aria-label").is_none() {
                fail(format!("an empty link to {:?}", a.attr("href")));
            }
        }
        for img in select(doc, "img") {
            if img.attr("alt").is_none() {
                fail(format!("an image without alt: {:?}", img.attr("src")));
            }
        }
        let mut ids = HashSet::new();
        for el in select(doc, "[id]") {
            let id = el.attr("id").unwrap();
            if !ids.insert(id) {
                fail(format!("the id {id} twice"));
            }
        }
    }
    problems
}

#[test]
fn every_page_of_the_leak_fixture_is_accessible_markup() {
    let site = Site::fixture("openness");
    assert_eq!(site.build().code, 0);
    for tree in ["internal", "open"] {
        let problems = check_tree(&site.out().join(tree), "nn");
        assert!(problems.is_empty(), "{tree}: {problems:#?}");
    }
}

#[test]
fn every_page_of_the_sample_is_accessible_markup() {
    let site = Site::copy_of(&repo());
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    for tree in ["internal", "open"] {
        let problems = check_tree(&site.out().join(tree), "nn");
        assert!(problems.is_empty(), "{tree}: {problems:#?}");
    }
}
