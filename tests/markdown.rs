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
            "goals/helse-01/index.html",
            "strategies/strategi-1/index.html",
            "measures/tiltak-1/index.html",
            "verbal/verbal-1/index.html",
            // The plan shows its goals' and strategies' descriptions.
            "plans/plan/index.html",
        ] {
            let srcs = described(&site, tree, page, "img", "src");
            assert!(!srcs.is_empty(), "{tree}/{page} shows no figure");
            for src in srcs {
                assert_eq!(
                    target(&root, page, &src),
                    root.join("files/plans/fig.png"),
                    "{tree}/{page}: {src}"
                );
                assert!(root.join("files/plans/fig.png").is_file(), "{tree}");
            }
            let hrefs = described(&site, tree, page, "a", "href");
            for (want, href) in ["plans/p/index.html", "assignments/oppdrag/index.html"]
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
        let task = "tasks/oppgave-1/index.html";
        let src = &described(&site, tree, task, "img", "src")[0];
        assert_eq!(target(&root, task, src), root.join("files/plans/fig.png"));
        let href = &described(&site, tree, task, "a", "href")[0];
        assert_eq!(target(&root, task, href), root.join("plans/p/index.html"));
    }

    // Checklists and agreements are in the internal tree only.
    let root = site.out().join("internal");
    let checklist = "checklists/ik/index.html";
    let src = &described(&site, "internal", checklist, "img", "src")[0];
    assert_eq!(
        target(&root, checklist, src),
        root.join("files/plans/fig.png")
    );
    let agreement = doc(&site, "internal", "leiaravtale/skule/index.html");
    let src = select(&agreement, ".body img")[0]
        .value()
        .attr("src")
        .unwrap();
    assert_eq!(
        target(&root, "leiaravtale/skule/index.html", src),
        root.join("files/plans/fig.png")
    );

    let links = run(&["check", "--links", "--root", site.root().to_str().unwrap()]);
    assert_eq!(links.code, 0, "{}", links.stderr);
}
