//! Markdown as the generator writes it into pages: in bodies and in the Markdown fields of
//! front-matter (descriptions, the leader agreement's text), on an item's own page and where a
//! page embeds it among others'.

mod common;

use std::path::{Path, PathBuf};

use common::*;

fn doc(site: &Site, tree: &str, path: &str) -> scraper::Html {
    scraper::Html::parse_document(&site.page(tree, path))
}

/// The file a relative `href`/`src` on the page at `page` leads to in `tree`.
fn target(tree: &Path, page: &str, url: &str) -> PathBuf {
    let url = url.split('#').next().unwrap();
    let mut path: Vec<&str> = page.split('/').collect();
    path.pop();
    for seg in url.split('/') {
        match seg {
            ".." => {
                path.pop().expect("the link stays inside the tree");
            }
            "." | "" => {}
            s => path.push(s),
        }
    }
    tree.join(path.join("/"))
}

/// The `attr` of every `css` element inside `.description` on a page.
fn described(site: &Site, tree: &str, page: &str, css: &str, attr: &str) -> Vec<String> {
    let d = doc(site, tree, page);
    select(&d, &format!(".description {css}"))
        .iter()
        .map(|e| e.value().attr(attr).unwrap().to_string())
        .collect()
}

const LINKS: &str = "Sjå ![figur](fig.png) og [plan](p.md) og [a](../assignments/oppdrag.md)";

/// The minimal site with links written in every Markdown field, in files that have no body
/// (so nothing but the file's own place can say where the links are read from).
fn site_with_linked_descriptions() -> Site {
    let site = Site::fixture("minimal");
    site.write(
        "content/plans/plan.md",
        &format!(
            r#"+++
title = "Samfunnsdelen"
kind = "handlings-og-okonomiplan"
owner = "kommune"

[[goals]]
id = "helse-01"
title = "God helse"
description = "{LINKS}"

[[goals]]
id = "helse-02"
title = "Trygg oppvekst"
parent = "helse-01"

[[strategies]]
id = "strategi-1"
title = "Førebygging"
goals = ["helse-01"]
description = "{LINKS}"

[[measures]]
id = "tiltak-1"
title = "Eit tiltak"
goals = ["helse-01"]
description = "{LINKS}"

[[verbal]]
id = "verbal-1"
text = "Eit verbalpunkt"
owner = "skule"
description = "{LINKS}"
+++
"#
        ),
    )
    .write(
        "content/plans/p.md",
        "+++\ntitle = \"Ein annan plan\"\nkind = \"temaplan\"\n+++\n",
    )
    .write_bytes("content/plans/fig.png", b"\x89PNG\r\n")
    // The task's description is read from the assignment's folder, the checkpoint's from the
    // checklist's, the agreement's from the unit's.
    .write(
        "content/assignments/oppdrag.md",
        "+++\ntitle = \"Eit oppdrag\"\nowner = \"skule\"\ndeadline = 2026-09-01\ngoals = [\"helse-02\"]\n\n[[tasks]]\nid = \"oppgave-1\"\ntitle = \"Ei oppgåve\"\nresponsible = \"skule\"\ndescription = \"Sjå ![figur](../plans/fig.png) og [plan](../plans/p.md)\"\n+++\n",
    )
    .write(
        "content/checklists/ik.md",
        "+++\ntitle = \"Internkontroll\"\n[[items]]\nid = \"ik-1\"\nquestion = \"Er vernerunde gjennomført?\"\ndescription = \"Sjå ![figur](../plans/fig.png) og [plan](../plans/p.md)\"\n+++\n",
    )
    .write(
        "content/org/skule.md",
        "+++\ntitle = \"Skulen\"\nparent = \"kommune\"\nleader = { role = \"Rektor\", name = \"Per Hansen\" }\n\n[agreement]\ntext = \"Sjå ![figur](../plans/fig.png) og [plan](../plans/p.md)\"\n+++\n",
    );
    site
}

#[test]
fn links_in_descriptions_are_read_from_the_file_they_are_written_in() {
    let site = site_with_linked_descriptions();
    let built = site.build();
    assert_eq!(built.code, 0, "{}", built.stderr);

    for tree in ["internal", "open"] {
        let root = site.out().join(tree);
        for page in [
            "mal/helse-01.html",
            "strategiar/strategi-1.html",
            "tiltak/tiltak-1.html",
            "verbalpunkt/verbal-1.html",
            // The plan shows its goals' and strategies' descriptions.
            "planar/plan.html",
        ] {
            let srcs = described(&site, tree, page, "img", "src");
            assert!(!srcs.is_empty(), "{tree}/{page} shows no figure");
            for src in srcs {
                assert_eq!(
                    target(&root, page, &src),
                    root.join("filer/plans/fig.png"),
                    "{tree}/{page}: {src}"
                );
                assert!(root.join("filer/plans/fig.png").is_file(), "{tree}");
            }
            let hrefs = described(&site, tree, page, "a", "href");
            for (want, href) in ["planar/p.html", "oppdrag/oppdrag.html"]
                .iter()
                .cycle()
                .zip(&hrefs)
            {
                assert_eq!(
                    target(&root, page, href),
                    root.join(want),
                    "{tree}/{page}: {href}"
                );
            }
            assert!(hrefs.len() >= 2, "{tree}/{page}: {hrefs:?}");
        }
        // A task is a section of its assignment's page.
        let task_path = site.path_of("oppgave-1");
        let task = task_path.split('#').next().unwrap();
        let src = &described(&site, tree, task, "img", "src")[0];
        assert_eq!(target(&root, task, src), root.join("filer/plans/fig.png"));
        let href = &described(&site, tree, task, "a", "href")[0];
        assert_eq!(target(&root, task, href), root.join("planar/p.html"));
    }

    // Checklists and agreements are in the internal tree only.
    let root = site.out().join("internal");
    let checklist = "sjekklister/ik.html";
    let src = &described(&site, "internal", checklist, "img", "src")[0];
    assert_eq!(
        target(&root, checklist, src),
        root.join("filer/plans/fig.png")
    );
    let agreement = doc(&site, "internal", "leiaravtale/skule.html");
    let src = select(&agreement, ".body img")[0]
        .value()
        .attr("src")
        .unwrap();
    assert_eq!(
        target(&root, "leiaravtale/skule.html", src),
        root.join("filer/plans/fig.png")
    );

    let links = run(&["check", "--links", "--root", site.root().to_str().unwrap()]);
    assert_eq!(links.code, 0, "{}", links.stderr);
}

const BODY: &str = "\n# Bakgrunn\n\nTekst.\n\n## Detalj\n\nMeir.\n\n<h1 class=\"raw\">Rå</h1>\n\nTekst <h2>inline</h2>\n";
const DESCRIPTION: &str = r##"description = "# Om\n\nTekst.\n\n## Detalj\n\nMeir.""##;

/// The minimal site with `#` and `##` headings in every body and every Markdown field.
fn site_with_headings_everywhere() -> Site {
    let site = Site::fixture("minimal");
    for e in walkdir::WalkDir::new(site.root().join("content")) {
        let e = e.unwrap();
        if e.path().extension().is_some_and(|x| x == "md") {
            let text = std::fs::read_to_string(e.path()).unwrap();
            // A description on every inline item that has a table of its own.
            let text = text
                .replace("[[goals]]\n", &format!("[[goals]]\n{DESCRIPTION}\n"))
                .replace(
                    "[[strategies]]\n",
                    &format!("[[strategies]]\n{DESCRIPTION}\n"),
                )
                .replace("[[tasks]]\n", &format!("[[tasks]]\n{DESCRIPTION}\n"))
                .replace("[[items]]\n", &format!("[[items]]\n{DESCRIPTION}\n"));
            std::fs::write(e.path(), format!("{text}{BODY}")).unwrap();
        }
    }
    let skule = std::fs::read_to_string(site.root().join("content/org/skule.md")).unwrap();
    site.write(
        "content/org/skule.md",
        &skule.replacen(
            "+++\n\n",
            "\n[agreement]\ntext = \"# Avtale\\n\\nTekst.\\n\\n## Detalj\"\n+++\n\n",
            1,
        ),
    );
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write(
        "site.toml",
        &format!("{toml}\n[accessibility]\nnotes = \"# Manglar\\n\\nTekst.\"\n"),
    );
    site
}

fn heading_level(el: &scraper::ElementRef) -> Option<u8> {
    match el.value().name() {
        "h1" => Some(1),
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    }
}

fn is_sectioning(el: &scraper::ElementRef) -> bool {
    matches!(el.value().name(), "section" | "article" | "nav" | "aside")
}

/// For every piece of Markdown on a page (`.body`, `.description`): the level of the heading
/// it sits under (the last of the page's own headings before it that is not shut away in a
/// section the Markdown is not in) and the levels of the headings in it.
fn markdown_headings(doc: &scraper::Html) -> Vec<(u8, Vec<(u8, String)>)> {
    let all: Vec<scraper::ElementRef> = doc
        .root_element()
        .descendants()
        .filter_map(scraper::ElementRef::wrap)
        .collect();
    let is_md = |e: &scraper::ElementRef| {
        e.value()
            .classes()
            .any(|c| c == "body" || c == "description")
    };
    let mut out = Vec::new();
    for (i, md) in all.iter().enumerate() {
        if !is_md(md)
            || md
                .ancestors()
                .filter_map(scraper::ElementRef::wrap)
                .any(|a| is_md(&a))
        {
            continue;
        }
        let around: Vec<_> = md.ancestors().map(|a| a.id()).collect();
        let under = all[..i]
            .iter()
            .rev()
            // The page's own headings, not those of Markdown before this one.
            .filter(|h| {
                !h.ancestors()
                    .filter_map(scraper::ElementRef::wrap)
                    .any(|a| is_md(&a))
            })
            .filter(|h| {
                h.ancestors()
                    .filter_map(scraper::ElementRef::wrap)
                    .filter(is_sectioning)
                    .all(|s| around.contains(&s.id()))
            })
            .find_map(heading_level)
            .expect("a heading above the Markdown");
        let inside = md
            .descendants()
            .filter_map(scraper::ElementRef::wrap)
            .filter_map(|h| Some((heading_level(&h)?, text(&h))))
            .collect();
        out.push((under, inside));
    }
    out
}

#[test]
fn headings_in_markdown_sit_below_the_heading_they_belong_to_on_every_page() {
    let site = site_with_headings_everywhere();
    let built = site.build();
    assert_eq!(built.code, 0, "{}", built.stderr);

    let mut seen = 0;
    for tree in ["internal", "open"] {
        for (path, doc) in pages(&site.out().join(tree)) {
            // Raw HTML headings in bodies are moved down too.
            assert_eq!(select(&doc, "h1").len(), 1, "{tree}/{path}");
            // Several descriptions on one page keep their heading ids apart.
            let mut ids = std::collections::BTreeSet::new();
            for el in select(&doc, "[id]") {
                let id = el.value().id().unwrap();
                assert!(ids.insert(id), "{tree}/{path}: the id {id} is used twice");
            }
            for (under, inside) in markdown_headings(&doc) {
                for (level, text) in &inside {
                    assert!(
                        *level > under,
                        "{tree}/{path}: <h{level}>{text} is not below the <h{under}> it sits under"
                    );
                }
                // `#` is one level below; `##` one more.
                if let Some((level, _)) = inside.first() {
                    assert_eq!(*level, (under + 1).min(6), "{tree}/{path}: {inside:?}");
                    seen += 1;
                }
            }
        }
    }
    assert!(seen > 40, "only {seen} pieces of Markdown with headings");

    // The printed verksemdsplan: the assignment's `<h3>`, then its body's `#` as `<h4>`.
    let d = doc(&site, "internal", "verksemdsplan/skule.html");
    let article: Vec<(String, String)> = select(&d, "article.assignment :is(h3, h4, h5)")
        .iter()
        .map(|h| (h.value().name().to_string(), text(h)))
        .collect();
    assert_eq!(
        article,
        [
            ("h3", "Eit oppdrag"),
            ("h4", "Bakgrunn"),
            ("h5", "Detalj"),
            ("h4", "Rå"),
            ("h5", "inline")
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    // On the assignment's own page, the raw `<h1>` is an `<h2>` with its attributes.
    let d = doc(&site, "open", "oppdrag/oppdrag.html");
    let raw: Vec<String> = select(&d, ".body .raw")
        .iter()
        .map(|h| h.value().name().to_string())
        .collect();
    assert_eq!(raw, ["h2"]);
    // A period's page: each report's narrative under its `<h4>`, its ids its own.
    let d = doc(&site, "internal", "periodar/2026-T1.html");
    let narrative: Vec<String> = select(&d, ".unit-report .body h5")
        .iter()
        .map(|h| format!("{}#{}", text(h), h.value().id().unwrap_or("")))
        .collect();
    assert_eq!(narrative, ["Bakgrunn#skule-t1-bakgrunn", "Rå#"]);
}

#[test]
fn check_and_build_warn_at_a_relative_link_that_leads_nowhere() {
    let site = Site::fixture("minimal");
    site.write_bytes("content/plans/fig.png", b"\x89PNG\r\n")
        .write(
            "content/assignments/oppdrag.md",
            "+++
title = \"Eit oppdrag\"
owner = \"skule\"
deadline = 2026-09-01
goals = [\"helse-02\"]
+++

# Bakgrunn

Sjå [planen](../plans/plna.md), ![figuren](figur.png) og [vedlegget](vedleg.pdf).

I orden: [plan](../plans/plan.md), ![f](../plans/fig.png), [heim](https://kommune.no), <post@kommune.no>, [e](mailto:a@b.no), [s](/logo.svg), [t](#bakgrunn), [q](?side=2).

Ein [utkast](../plans/_utkast.md) og [ut](../../static/x.pdf).
",
        )
        .write(
            "content/plans/_utkast.md",
            "+++\ntitle = \"Utkast\"\nkind = \"temaplan\"\n+++\n",
        )
        // YAML front-matter counts its lines the same way; a reference link is shown where
        // it is used.
        .write(
            "content/letters/brev.md",
            "---
title: Oppdragsbrev 2026
year: 2026
from: kommune
to: [skule]
---

## Innleiing

Sjå [tabellen][t].

[t]: tabell.xlsx
",
        );
    let plan = std::fs::read_to_string(site.root().join("content/plans/plan.md")).unwrap();
    site.write(
        "content/plans/plan.md",
        &plan.replace(
            "title = \"God helse\"\n",
            "title = \"God helse\"\ndescription = \"Sjå [oppdraget](../assignments/opdrag.md)\"\n",
        ),
    );

    // Every link on line 12 leads somewhere or is not checked here. The image the open tree
    // publishes is listed as not checked for person names. A link in a field is
    // shown at the field's value (9:15 is its opening quote).
    let expected = "\
content/assignments/oppdrag.md:10:5: warning: link to `../plans/plna.md` leads nowhere: there is no `content/plans/plna.md`
  = help: did you mean `../plans/plan.md`? a relative link is read from the folder of this file, `content/assignments/`
content/assignments/oppdrag.md:10:33: warning: image `figur.png` leads nowhere: there is no `content/assignments/figur.png`
  = help: did you mean `../plans/fig.png`? a relative link is read from the folder of this file, `content/assignments/`
content/assignments/oppdrag.md:10:58: warning: link to `vedleg.pdf` leads nowhere: there is no `content/assignments/vedleg.pdf`
  = help: put the file beside the content (a relative link is read from the folder of this file, `content/assignments/`), or into `static/` and link to it as `/NAME`
content/assignments/oppdrag.md:14:5: warning: link to `../plans/_utkast.md` leads to a draft: `content/plans/_utkast.md` is not published
  = help: a file or folder whose name starts with `_` or `.` is a draft; link to it once it is renamed, or remove the link
content/assignments/oppdrag.md:14:38: warning: link to `../../static/x.pdf` leads out of `content/`
  = help: `static/` is copied to the root of the site: link to it as `/x.pdf`
content/letters/brev.md:10:5: warning: link to `tabell.xlsx` leads nowhere: there is no `content/letters/tabell.xlsx`
  = help: put the file beside the content (a relative link is read from the folder of this file, `content/letters/`), or into `static/` and link to it as `/NAME`
content/plans/fig.png: warning: this file is not text, and was not checked for person names (an open page links to it)
  = help: raudtrad reads text files only; a PDF, an image or an office document may hold a name inside (its text, its author): check it before it is published, or link to it from internal items only
content/plans/plan.md:9:15: warning: link to `../assignments/opdrag.md` leads nowhere: there is no `content/assignments/opdrag.md`
  = help: did you mean `../assignments/oppdrag.md`? a relative link is read from the folder of this file, `content/plans/`
";
    let checked = site.check();
    assert_eq!(checked.code, 0, "{}", checked.stderr);
    assert_eq!(checked.stderr, expected);
    assert!(
        checked.stdout.contains("0 errors, 8 warnings"),
        "{}",
        checked.stdout
    );
    // A warning, not an error: the site builds, and says the same.
    let built = site.build();
    assert_eq!(built.code, 0, "{}", built.stderr);
    assert_eq!(built.stderr, expected);
}
