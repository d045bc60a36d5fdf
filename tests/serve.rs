//! `raudtrad serve`, the real binary on a free port: it answers what `build` writes, follows
//! edits (changed, broken and mended, deleted, renamed and new files, theme files), refuses
//! every way out of the tree, answers many clients at once, and starts and stops cleanly.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Barrier};
use std::time::Duration;

use common::server::{Events, Server, get, request};
use common::{Site, raudtrad, snapshot};
use raudtrad::serve::EVENTS;

fn has_overlay(body: &str) -> bool {
    body.contains("id=\"raudtrad-problems\"")
}

/// Every file of both built trees is served: pages equal to the built ones apart from what
/// serve adds, every other file byte for byte, with its content type.
#[test]
fn serves_what_build_writes() {
    let site = Site::fixture("every-field");
    let built = site.build();
    assert_eq!(built.code, 0, "{}", built.stderr);
    for tree in ["internal", "open"] {
        let server = Server::start(site.root(), &["--audience", tree]);
        let files = snapshot(&site.out().join(tree));
        assert!(files.len() > 20, "{tree} has {} files", files.len());
        for (rel, bytes) in files {
            if rel == ".raudtrad-output" {
                continue;
            }
            let reply = server.get(&format!("/{rel}"));
            assert_eq!(reply.status, 200, "{tree}/{rel}: {}", reply.body);
            if rel.ends_with(".html") {
                assert_eq!(
                    reply.header("content-type"),
                    Some("text/html; charset=utf-8")
                );
                assert!(reply.body.contains("new EventSource(\"/.raudtrad/live\")"));
                let served = reply.page();
                let file = String::from_utf8(bytes).unwrap();
                assert!(
                    served == file,
                    "{tree}/{rel} is not served as built:\n--- served\n{served}\n--- built\n{file}"
                );
            } else {
                assert_eq!(reply.bytes, bytes, "{tree}/{rel}");
            }
        }
        // A task is answered at its assignment's address, with its section there.
        let task = site.path_of("t-1");
        let (page, anchor) = task.split_once('#').unwrap();
        let reply = server.get(&format!("/{page}"));
        assert_eq!(reply.status, 200, "{tree}/{page}");
        if tree == "internal" {
            assert!(
                reply.body.contains(&format!("id=\"{anchor}\"")),
                "{tree}/{page}"
            );
        }
        // The built files have no script of serve's.
        let front = std::fs::read_to_string(site.out().join(tree).join("index.html")).unwrap();
        assert!(!front.contains("EventSource") && !front.contains("raudtrad serve"));
    }
}

#[test]
fn folders_content_types_and_the_404_page() {
    let site = Site::fixture("serve");
    site.build();
    let server = Server::start(site.root(), &[]);

    let root = server.get("/");
    assert_eq!(root.status, 200);
    assert_eq!(root.page(), site.page("internal", "index.html"));

    let redirect = server.get("/einingar?x=1");
    assert_eq!(redirect.status, 301);
    assert_eq!(redirect.header("location"), Some("/einingar/?x=1"));
    let folder = server.get("/einingar/");
    assert_eq!(folder.status, 200);
    assert_eq!(folder.page(), site.page("internal", "einingar/index.html"));

    for (path, ty) in [
        ("/assets/raudtrad.css", "text/css; charset=utf-8"),
        ("/robots.txt", "text/plain; charset=utf-8"),
        (
            "/filer/assignments/lukka-notat.txt",
            "text/plain; charset=utf-8",
        ),
    ] {
        let r = server.get(path);
        assert_eq!(
            (r.status, r.header("content-type")),
            (200, Some(ty)),
            "{path}"
        );
        assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
    }

    let missing = server.get("/oppdrag/finst-ikkje.html");
    assert_eq!(missing.status, 404);
    assert_eq!(
        missing.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    // The theme's own 404 page (a <base> makes its links work at any depth).
    assert!(missing.body.contains("<base href=\"/\">"));
    assert_eq!(missing.page(), site.page("internal", "404.html"));
    assert_eq!(server.get("/einingar").status, 301);
    assert_eq!(server.get("/assets").status, 404);

    let post = common::server::request(
        server.port,
        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(post.status, 405);
    let head = common::server::request(
        server.port,
        "HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
    );
    assert_eq!((head.status, head.body.as_str()), (200, ""));
}

#[test]
fn the_open_tree_hides_internal_items_and_their_files() {
    let site = Site::fixture("serve");
    let server = Server::start(site.root(), &["--audience", "open"]);
    assert!(
        server.stdout().contains("serving the open tree"),
        "{}",
        server.stdout()
    );
    assert_eq!(server.get("/oppdrag/ope.html").status, 200);
    assert_eq!(server.get("/oppdrag/lukka.html").status, 404);
    let public = server.get("/filer/assignments/ope-vedlegg.txt");
    assert_eq!(
        (public.status, public.body.as_str()),
        (200, "public attachment\n")
    );
    assert_eq!(server.get("/filer/assignments/lukka-notat.txt").status, 404);
}

/// A save that changes only a title is put into the last graph, not resolved again; the open
/// tree still withholds a person's name the title now holds, on the page and in the open data,
/// and the page shows the mended title after.
#[test]
fn the_open_tree_withholds_a_name_saved_into_a_title() {
    let site = Site::fixture("serve");
    let skule = std::fs::read_to_string(site.root().join("content/org/skule.md")).unwrap();
    site.write(
        "content/org/skule.md",
        &skule.replace(
            "leader = { role = \"Rektor\" }",
            "leader = { role = \"Rektor\", name = \"Kari Nordmann\" }",
        ),
    );
    let server = Server::start(site.root(), &["--audience", "open", "--verbose"]);
    let page = "/oppdrag/ope.html";
    let ope = std::fs::read_to_string(site.root().join("content/assignments/ope.md")).unwrap();
    assert!(server.get(page).body.contains("Ope oppdrag"));

    // Odd spellings too: the guard folds case and spacing.
    for name in ["Kari Nordmann", "KARI  NORDMANN"] {
        site.write(
            "content/assignments/ope.md",
            &ope.replace("Ope oppdrag", &format!("Ope oppdrag for {name}")),
        );
        let served = server.wait_for(page, "the withheld name", |r| {
            r.body.contains("Ope oppdrag for (namn ikkje publisert)")
        });
        assert!(
            !served.body.to_lowercase().contains("nordmann"),
            "{}",
            served.body
        );
        server.wait_output("resolve saved texts");
    }
    for file in ["/data/items.json", "/data/items.csv"] {
        let r = server.get(file);
        assert_eq!(r.status, 200, "{file}");
        assert!(r.body.contains("Ope oppdrag for"), "{file}: {}", r.body);
        assert!(
            !r.body.to_lowercase().contains("nordmann"),
            "{file}: {}",
            r.body
        );
    }
    site.write("content/assignments/ope.md", &ope);
    let mended = server.wait_for(page, "the mended title", |r| {
        r.body.contains("Ope oppdrag") && !r.body.contains("namn ikkje publisert")
    });
    assert_eq!(mended.status, 200);
    // Every rebuild after the first put texts in: the site was resolved once, at the start.
    let out = server.stdout();
    let resolved = out
        .lines()
        .filter(|l| {
            matches!(
                l.split_whitespace().collect::<Vec<_>>()[..],
                ["resolve", _, "ms"]
            )
        })
        .count();
    assert_eq!(resolved, 1, "{out}");
}

/// Edits as an editor makes them, each seen in the served page and in the live-reload
/// stream: a change, a broken save and its mending, a save through a temporary file, a new
/// file, new reports, a deletion and a rename.
#[test]
fn follows_edits() {
    let site = Site::fixture("serve");
    // Verbose: it names the stages of each rebuild.
    let server = Server::start(site.root(), &["--verbose"]);
    let mut events = Events::connect(server.port);
    let first = events.next();
    let page = "/oppdrag/ope.html";
    let ope = std::fs::read_to_string(site.root().join("content/assignments/ope.md")).unwrap();
    assert!(server.get(page).body.contains("Ope oppdrag"));

    // A change.
    site.write(
        "content/assignments/ope.md",
        &ope.replace("Ope oppdrag", "Endra oppdrag"),
    );
    server.wait_for(page, "the new title", |r| r.body.contains("Endra oppdrag"));
    assert!(events.next() > first);
    server.wait_output("resolve saved texts");

    // A leader's save: a deadline that has passed (the site's day is 2026-06-15) makes the
    // assignment overdue on its page and in its unit's roll-up, made from the last graph.
    let unit = "/einingar/skule.html";
    let overdue_row = |n: u32| {
        format!(
            "<tr class=\"overdue-row\"><th scope=\"row\"><strong class=\"overdue\">Over frist</strong></th><td>{n}</td>"
        )
    };
    assert!(server.get(unit).body.contains(&overdue_row(0)));
    let overdue = ope
        .replace("Ope oppdrag", "Endra oppdrag")
        .replace("deadline = 2026-09-01", "deadline = 2026-06-01");
    site.write("content/assignments/ope.md", &overdue);
    server.wait_for(page, "overdue", |r| {
        r.body
            .contains("<strong class=\"overdue\">Over frist</strong>")
    });
    assert!(server.get(unit).body.contains(&overdue_row(1)));
    server.wait_output("resolve saved values");

    // Another owner: the assignment leaves one unit's page for the other's, made from the
    // last graph.
    let kommune = "/einingar/kommune.html";
    assert!(server.get(unit).body.contains("Endra oppdrag"));
    assert!(!server.get(kommune).body.contains("Endra oppdrag"));
    let overdue = overdue.replace("owner = \"skule\"", "owner = \"kommune\"");
    site.write("content/assignments/ope.md", &overdue);
    server.wait_for(kommune, "the assignment on its new owner's page", |r| {
        r.body.contains("Endra oppdrag")
    });
    assert!(!server.get(unit).body.contains("Endra oppdrag"));
    server.wait_output("resolve saved references");

    // A unit's leader given another role: its page shows it, made from the last graph.
    let skule = std::fs::read_to_string(site.root().join("content/org/skule.md")).unwrap();
    assert!(!server.get(unit).body.contains("Rektor og dagleg leiar"));
    site.write(
        "content/org/skule.md",
        &skule.replace("role = \"Rektor\"", "role = \"Rektor og dagleg leiar\""),
    );
    server.wait_for(unit, "the leader's new role", |r| {
        r.body.contains("Rektor og dagleg leiar")
    });
    // Its stages are printed once it is published.
    let started = std::time::Instant::now();
    while server.stdout().matches("resolve saved references").count() < 2 {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "the unit's save was not put into the last graph: {}",
            server.stdout()
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }

    // Only the body: the last graph is kept with the new body (no whole resolve), and the
    // body's own problems are found again.
    site.write(
        "content/assignments/ope.md",
        &format!("{overdue}\nNy tekst i brødteksten, sjå [planen](../plans/ingen.md).\n"),
    );
    server.wait_for(page, "the new body", |r| {
        r.body.contains("Ny tekst i brødteksten")
    });
    server.wait_output("link to `../plans/ingen.md` leads nowhere");
    server.wait_output("resolve saved bodies");

    // A broken save: the error over the last good page, and in the terminal.
    site.write(
        "content/assignments/ope.md",
        &ope.replace("owner = \"skule\"", "owner = skule"),
    );
    let broken = server.wait_for(page, "the error overlay", |r| has_overlay(&r.body));
    assert_eq!(broken.status, 200);
    assert!(
        broken.body.contains("Endra oppdrag"),
        "the last good version"
    );
    assert!(
        broken
            .body
            .contains("content/assignments/ope.md:3:9: error: invalid TOML"),
        "{}",
        broken.body
    );
    assert!(broken.body.contains("role=\"alert\""));
    assert!(broken.body.contains("Nettstaden har feil"));
    // Every page shows it, not only the broken one.
    assert!(has_overlay(&server.get("/").body));
    server.wait_output("content/assignments/ope.md:3:9: error: invalid TOML");
    server
        .wait_output("error: the site has 1 error; still serving the last version without errors");

    // Mended, through a temporary file renamed over the original (how many editors save).
    site.write(
        "content/assignments/.ope.md.tmp",
        &ope.replace("Ope oppdrag", "Retta oppdrag"),
    );
    std::fs::rename(
        site.root().join("content/assignments/.ope.md.tmp"),
        site.root().join("content/assignments/ope.md"),
    )
    .unwrap();
    let mended = server.wait_for(page, "the mended page", |r| {
        r.body.contains("Retta oppdrag") && !has_overlay(&r.body)
    });
    assert_eq!(mended.status, 200);
    server.wait_output("; the errors are mended");

    // Saved as vim does: a probe file, the original renamed to a backup, the new text
    // written, the backup removed.
    let dir = site.root().join("content/assignments");
    std::fs::write(dir.join("4913"), "").unwrap();
    std::fs::remove_file(dir.join("4913")).unwrap();
    std::fs::rename(dir.join("ope.md"), dir.join("ope.md~")).unwrap();
    std::fs::write(
        dir.join("ope.md"),
        ope.replace("Ope oppdrag", "Vim-oppdrag"),
    )
    .unwrap();
    std::fs::remove_file(dir.join("ope.md~")).unwrap();
    server.wait_for(page, "the page saved by vim", |r| {
        r.status == 200 && r.body.contains("Vim-oppdrag")
    });
    assert_eq!(server.get("/filer/assignments/ope.md~").status, 404);

    // A new file.
    site.write(
        "content/assignments/ny.md",
        "+++\ntitle = \"Nytt oppdrag\"\nowner = \"skule\"\ndeadline = 2026-12-01\ngoals = [\"mal-1\"]\n+++\n",
    );
    server.wait_for("/oppdrag/ny.html", "the new page", |r| {
        r.status == 200 && r.body.contains("Nytt oppdrag")
    });

    // New reports: the first makes a folder, which resolves the site; the second, a
    // leader's next monthly report, is put into the last graph.
    for (n, month) in ["09", "10"].iter().enumerate() {
        site.write(
            &format!("content/reports/skule-2026-{month}.md"),
            &format!("+++\nunit = \"skule\"\nperiod = \"2026-{month}\"\n+++\n\nRapport {month}.\n"),
        );
        server.wait_for(
            &format!("/rapportar/skule-2026-{month}.html"),
            "the new report",
            |r| r.status == 200 && r.body.contains(&format!("Rapport {month}.")),
        );
        if n == 1 {
            server.wait_output("resolve an added report");
        }
    }

    // A deletion.
    site.remove("content/assignments/slett.md");
    server.wait_for("/oppdrag/slett.html", "a 404", |r| r.status == 404);
    assert!(
        !server
            .get("/oppdrag/index.html")
            .body
            .contains("Slettbart oppdrag")
    );

    // A rename: the id comes from the file name, so the page moves.
    std::fs::rename(
        site.root().join("content/assignments/flytt.md"),
        site.root().join("content/assignments/flytta.md"),
    )
    .unwrap();
    server.wait_for("/oppdrag/flytta.html", "the renamed page", |r| {
        r.status == 200 && r.body.contains("Flyttbart oppdrag")
    });
    assert_eq!(server.get("/oppdrag/flytt.html").status, 404);

    // A folder renamed: its files beside content are published under the new name.
    site.write("content/assignments/mappe/vedlegg.txt", "in a folder\n");
    site.write(
        "content/assignments/mappe/m.md",
        "+++\ntitle = \"Oppdrag i mappe\"\nowner = \"skule\"\ndeadline = 2026-12-01\ngoals = [\"mal-1\"]\n+++\n\n[Vedlegg](vedlegg.txt)\n",
    );
    let in_folder = server.wait_for("/oppdrag/m.html", "the page in a folder", |r| {
        r.status == 200
    });
    assert!(
        in_folder
            .body
            .contains("href=\"../filer/assignments/mappe/vedlegg.txt\"")
    );
    std::fs::rename(
        site.root().join("content/assignments/mappe"),
        site.root().join("content/assignments/mappe2"),
    )
    .unwrap();
    server.wait_for(
        "/filer/assignments/mappe2/vedlegg.txt",
        "the moved file",
        |r| r.status == 200 && r.body == "in a folder\n",
    );
    assert_eq!(
        server.get("/filer/assignments/mappe/vedlegg.txt").status,
        404
    );
    assert!(
        server
            .get("/oppdrag/m.html")
            .body
            .contains("href=\"../filer/assignments/mappe2/vedlegg.txt\"")
    );
}

#[test]
fn theme_and_settings_changes_rebuild() {
    let site = Site::fixture("serve");
    let server = Server::start(site.root(), &[]);
    assert!(server.get("/").body.contains("Servekommune"));

    // A new static file.
    site.write("static/extra.txt", "extra\n");
    server.wait_for("/extra.txt", "the new static file", |r| r.status == 200);

    // site.toml: another title and a theme that overrides the 404 page.
    site.write(
        "themes/eige/templates/404.html",
        "{% extends \"base.html\" %}{% block content %}<h1>EIGE-404</h1>{% endblock content %}",
    );
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write(
        "site.toml",
        &format!(
            "{}\ntheme = \"eige\"\n",
            toml.replace("title = \"Servekommune\"", "title = \"Ny tittel\"")
        ),
    );
    server.wait_for("/finst-ikkje", "the theme's 404 page", |r| {
        r.status == 404 && r.body.contains("EIGE-404") && r.body.contains("Ny tittel")
    });

    // A template that does not compile: the error names the template file and line.
    site.write(
        "themes/eige/templates/404.html",
        "{% extends \"base.html\" %}\n{% block content %}{{ }}{% endblock content %}",
    );
    let broken = server.wait_for("/finst-ikkje", "the template error", |r| {
        has_overlay(&r.body)
    });
    assert!(
        broken.body.contains("themes/eige/templates/404.html:2:"),
        "{}",
        broken.body
    );
    assert!(broken.body.contains("EIGE-404"), "the last good version");
}

/// A template error that fires on some pages only: the theme check renders one page per
/// template, so the rebuild is taken, and the page it fails on is served as the version
/// before rendered it, with the error over it and words that say so; another save keeps
/// that version; a page no earlier version has shows the error alone; a save mends both.
#[test]
fn a_page_its_template_fails_on_is_served_as_an_earlier_version_had_it() {
    let site = Site::fixture("serve");
    let server = Server::start(site.root(), &[]);
    let page = "/oppdrag/ope.html";
    let new_page = "/oppdrag/ny.html";
    assert!(server.get(page).body.contains("Ope oppdrag"));

    let template =
        std::fs::read_to_string(common::repo().join("themes/default/templates/assignment.html"))
            .unwrap();
    let with = |inserted: &str| {
        template.replacen(
            "{% block content %}\n",
            &format!("{{% block content %}}\n<p>EIGE-MAL</p>{inserted}\n"),
            1,
        )
    };
    site.write(
        "themes/eige/templates/assignment.html",
        &with(
            "{% if item.base.title == \"Ope oppdrag\" or item.base.title == \"Nytt oppdrag\" %}{{ undefined_thing.x }}{% endif %}",
        ),
    );
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write("site.toml", &format!("{toml}\ntheme = \"eige\"\n"));
    server.wait_for("/oppdrag/flytt.html", "the new theme", |r| {
        r.status == 200 && r.body.contains("EIGE-MAL")
    });

    let kept = |what: &str| {
        let r = server.get(page);
        assert_eq!(r.status, 200, "{what}: {}", r.body);
        assert!(
            r.body.contains("Ope oppdrag") && !r.body.contains("EIGE-MAL"),
            "{what}: the page as the version before rendered it:\n{}",
            r.body
        );
        assert!(has_overlay(&r.body), "{what}");
        assert!(
            r.body.contains("themes/eige/templates/assignment.html:3:"),
            "{what}: the template error:\n{}",
            r.body
        );
        assert!(r.body.contains("undefined_thing"), "{what}");
        assert!(
            r.body
                .contains("Du ser ho slik ho var i ein tidlegare versjon."),
            "{what}"
        );
        assert!(!r.body.contains("siste versjonen utan feil"), "{what}");
    };
    kept("after the theme change");
    server.wait_output("themes/eige/templates/assignment.html:3:");
    server.wait_output(
        "error: /oppdrag/ope.html cannot be rendered; serving it as an earlier version rendered it",
    );

    // A save that does not touch the template keeps the version before for that page.
    let slett = std::fs::read_to_string(site.root().join("content/assignments/slett.md")).unwrap();
    site.write(
        "content/assignments/slett.md",
        &slett.replace("Slettbart oppdrag", "Endra oppdrag"),
    );
    server.wait_for("/oppdrag/slett.html", "the edited page", |r| {
        r.body.contains("Endra oppdrag")
    });
    kept("after another save");

    // A page no earlier version has: only the error, and words that say so.
    site.write(
        "content/assignments/ny.md",
        "+++\ntitle = \"Nytt oppdrag\"\nowner = \"skule\"\ndeadline = 2026-12-01\ngoals = [\"mal-1\"]\n+++\n",
    );
    let lost = server.wait_for(new_page, "the error page", |r| r.status == 500);
    assert!(has_overlay(&lost.body));
    assert!(
        lost.body
            .contains("themes/eige/templates/assignment.html:3:")
    );
    assert!(
        lost.body
            .contains("ingen tidlegare versjon av sida kan visast i staden"),
        "{}",
        lost.body
    );
    assert!(
        !lost.body.contains("Nytt oppdrag") && !lost.body.contains("siste versjonen utan feil")
    );
    server.wait_output("error: /oppdrag/ny.html cannot be rendered; no earlier version");

    // Mended: both pages as the theme renders them, no overlay.
    site.write("themes/eige/templates/assignment.html", &with(""));
    for (path, title) in [(page, "Ope oppdrag"), (new_page, "Nytt oppdrag")] {
        server.wait_for(path, "the mended page", |r| {
            r.status == 200
                && r.body.contains(title)
                && r.body.contains("EIGE-MAL")
                && !has_overlay(&r.body)
        });
    }
}

#[test]
fn a_site_that_never_built_shows_its_errors_until_mended() {
    let site = Site::fixture("serve");
    site.write(
        "content/org/skule.md",
        "+++\ntitle = \"Skulen\"\nparent = \n+++\n",
    );
    let server = Server::start(site.root(), &[]);
    let reply = server.get("/");
    assert_eq!(reply.status, 500);
    assert!(has_overlay(&reply.body));
    assert!(
        reply.body.contains("content/org/skule.md:3:10: error:"),
        "{}",
        reply.body
    );
    server.wait_output("content/org/skule.md:3:10: error:");
    site.write(
        "content/org/skule.md",
        "+++\ntitle = \"Skulen\"\nparent = \"kommune\"\n+++\n",
    );
    server.wait_for("/", "the site", |r| {
        r.status == 200 && !has_overlay(&r.body)
    });
}

/// No request target reaches a file outside the served tree; a secret file lies in the
/// site folder beside `content/` (one level above the tree) to prove it.
#[test]
fn path_traversal_is_refused() {
    let site = Site::fixture("serve");
    site.write("secret.txt", "TOPSECRET\n");
    site.write("content/secret.txt", "TOPSECRET\n");
    let server = Server::start(site.root(), &[]);
    let secret_abs = site.root().join("secret.txt");
    let secret_abs = secret_abs.to_str().unwrap();
    let targets = [
        "/../secret.txt".to_string(),
        "/../../secret.txt".into(),
        "/org/../../secret.txt".into(),
        "/%2e%2e/secret.txt".into(),
        "/%2E%2E/%2E%2E/secret.txt".into(),
        "/%2e%2e%2fsecret.txt".into(),
        "/org/%2e%2e%2f%2e%2e%2fsecret.txt".into(),
        "/.%2e/secret.txt".into(),
        "/%252e%252e/secret.txt".into(),
        "/..\\secret.txt".into(),
        "/%2e%2e%5csecret.txt".into(),
        "/org\\..\\..\\secret.txt".into(),
        "/secret.txt".into(),
        "/content/secret.txt".into(),
        "/site.toml".into(),
        "/../site.toml".into(),
        format!("/{secret_abs}"),
        format!("/{}", secret_abs.trim_start_matches('/')),
        format!("//{}", secret_abs.trim_start_matches('/')),
        "/etc/passwd".into(),
        "//etc/passwd".into(),
        "/%2fetc%2fpasswd".into(),
        "/../../../../../../etc/passwd".into(),
        "/secret.txt%00.html".into(),
        "/index.html%00".into(),
        "/%c0%ae%c0%ae/secret.txt".into(),
        "/filer/../../secret.txt".into(),
        "/filer/%2e%2e/%2e%2e/secret.txt".into(),
        "http://127.0.0.1/../secret.txt".into(),
        "../secret.txt".into(),
        "*".into(),
    ];
    for target in &targets {
        let reply = get(server.port, target);
        assert!(
            reply.status == 400 || reply.status == 404,
            "{target} got {}",
            reply.status
        );
        assert!(
            !reply.body.contains("TOPSECRET") && !reply.body.contains("root:"),
            "{target} leaked a file"
        );
    }
    // The server is still up and serving.
    assert_eq!(server.get("/").status, 200);
}

/// Fifty requests at once, while live-reload connections are open and a rebuild runs: each
/// is answered in full.
#[test]
fn answers_fifty_clients_at_once() {
    let site = Site::fixture("serve");
    let server = Server::start(site.root(), &[]);
    let listening: Vec<Events> = (0..12).map(|_| Events::connect(server.port)).collect();
    let paths = [
        "/",
        "/oppdrag/ope.html",
        "/einingar/",
        "/assets/raudtrad.css",
        "/finst-ikkje",
    ];
    let expected: Vec<(u16, usize)> = paths
        .iter()
        .map(|p| {
            let r = server.get(p);
            (r.status, r.page().len())
        })
        .collect();
    let barrier = Arc::new(Barrier::new(50));
    let port = server.port;
    let clients: Vec<_> = (0..50)
        .map(|i| {
            let barrier = barrier.clone();
            let path = paths[i % paths.len()];
            std::thread::spawn(move || {
                barrier.wait();
                (i % paths.len(), get(port, path))
            })
        })
        .collect();
    // A rebuild in the middle of it.
    std::fs::write(
        site.root().join("content/assignments/slett.md"),
        "+++\ntitle = \"Slettbart oppdrag\"\nowner = \"skule\"\ndeadline = 2026-11-02\ngoals = [\"mal-1\"]\n+++\n",
    )
    .unwrap();
    for c in clients {
        let (which, reply) = c.join().expect("a client thread");
        assert_eq!(reply.status, expected[which].0, "{}", paths[which]);
        assert_eq!(reply.page().len(), expected[which].1, "{}", paths[which]);
    }
    drop(listening);
}

/// DNS rebinding: a page of another web site whose name was pointed at 127.0.0.1 reaches the
/// server with that name in `Host`. It gets neither a page nor the event stream; the names
/// of loopback get both.
#[test]
fn answers_only_for_its_own_host_names() {
    let site = Site::fixture("serve");
    let server = Server::start(site.root(), &[]);
    let port = server.port;
    let page = "/oppdrag/lukka.html";
    let ask = |host: &str, target: &str| {
        request(
            port,
            &format!("GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"),
        )
    };
    let foreign = [
        "attacker.example:1111".to_string(),
        "attacker.example".into(),
        format!("localhost.attacker.example:{port}"),
        format!("127.0.0.1.nip.io:{port}"),
        "192.168.1.10".into(),
    ];
    for host in &foreign {
        for target in [
            page,
            "/",
            "/assets/raudtrad.css",
            "/search/entry.js",
            EVENTS,
        ] {
            let r = ask(host, target);
            assert_eq!(r.status, 421, "{host} {target}: {}", r.body);
            assert_eq!(r.header("content-type"), Some("text/plain; charset=utf-8"));
            assert!(r.body.contains("DNS rebinding"), "{}", r.body);
            assert!(
                !r.body.contains("Lukka") && !r.body.contains("<html") && !r.body.contains("data:"),
                "{host} {target}: {}",
                r.body
            );
        }
    }
    let post = request(
        port,
        "POST / HTTP/1.1\r\nHost: attacker.example\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(post.status, 421);

    for host in [
        "localhost".to_string(),
        format!("localhost:{port}"),
        format!("LOCALHOST:{port}"),
        "127.0.0.1".into(),
        format!("127.0.0.1:{port}"),
        format!("[::1]:{port}"),
    ] {
        let r = ask(&host, page);
        assert_eq!(r.status, 200, "{host}: {}", r.body);
        assert!(r.body.contains("Lukka oppdrag"), "{host}");
    }
    let mut events = Events::connect_as(port, &format!("localhost:{port}"));
    assert!(events.next() > 0);

    // HTTP/1.1 requires Host, once; HTTP/1.0 did not, and no browser leaves it out.
    let none = request(
        port,
        &format!("GET {page} HTTP/1.1\r\nConnection: close\r\n\r\n"),
    );
    assert_eq!(none.status, 400, "{}", none.body);
    assert!(!none.body.contains("Lukka"));
    let twice = request(
        port,
        &format!(
            "GET {page} HTTP/1.1\r\nHost: localhost\r\nHost: attacker.example\r\nConnection: close\r\n\r\n"
        ),
    );
    assert_eq!(twice.status, 400, "{}", twice.body);
    let old = request(port, &format!("GET {page} HTTP/1.0\r\n\r\n"));
    assert_eq!(old.status, 200, "{}", old.body);
    assert!(old.body.contains("Lukka oppdrag"));
}

#[test]
fn a_port_in_use_is_a_clear_error() {
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let site = Site::fixture("serve");
    let out = raudtrad()
        .args([
            "serve",
            "--root",
            site.root().to_str().unwrap(),
            "--port",
            &port,
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!("error: cannot listen on 127.0.0.1:{port}")),
        "{stderr}"
    );
    assert!(stderr.contains("--port 0 picks a free one"), "{stderr}");
    drop(taken);
}

#[test]
fn ctrl_c_stops_cleanly() {
    let site = Site::fixture("serve");
    let mut server = Server::start(site.root(), &[]);
    let _events = Events::connect(server.port);
    assert_eq!(server.get("/").status, 200);
    let status = std::process::Command::new("kill")
        .args(["-INT", &server.pid().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(server.wait_exit(), Some(0), "{}", server.stderr());
    assert!(
        server.stdout().ends_with("stopped\n"),
        "{}",
        server.stdout()
    );
    // Nothing was written into the site.
    assert!(!site.root().join("public").exists());
}

/// Bound to 127.0.0.1 only: another loopback address of this machine gets no answer.
#[test]
fn listens_on_loopback_only_by_default() {
    let site = Site::fixture("serve");
    let server = Server::start(site.root(), &[]);
    assert!(
        server
            .stdout()
            .contains(&format!("at http://127.0.0.1:{}/", server.port))
    );
    let other = std::net::TcpStream::connect_timeout(
        &std::net::SocketAddr::from(([127, 0, 0, 2], server.port)),
        Duration::from_secs(2),
    );
    assert!(other.is_err(), "127.0.0.2 was answered");
}

// --- Other web sites and slow clients (issue 14, points 1 and 6) ---------------------------

/// A request as a browser sends it for a page of `origin` (`None`: the address typed), with
/// the given `Sec-Fetch-*` headers; `None` leaves a header out.
fn fetched(
    port: u16,
    target: &str,
    site: Option<&str>,
    mode_dest: Option<(&str, &str)>,
    origin: Option<&str>,
) -> common::server::Reply {
    let mut raw =
        format!("GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n");
    if let Some(site) = site {
        raw.push_str(&format!("Sec-Fetch-Site: {site}\r\n"));
    }
    if let Some((mode, dest)) = mode_dest {
        raw.push_str(&format!(
            "Sec-Fetch-Mode: {mode}\r\nSec-Fetch-Dest: {dest}\r\n"
        ));
    }
    if let Some(origin) = origin {
        raw.push_str(&format!("Origin: {origin}\r\n"));
    }
    raw.push_str("\r\n");
    request(port, &raw)
}

/// A page of another origin (another port of loopback is one; it is even the same *site*)
/// gets nothing but a top-level navigation: no script, no fetch, no frame, no event stream,
/// whatever `Host` it names. The preview's own pages get everything, and every answer says
/// that no other origin may frame or embed it.
#[test]
fn other_origins_are_refused_and_every_answer_forbids_embedding() {
    let site = Site::fixture("serve");
    let server = Server::start(site.root(), &[]);
    let port = server.port;
    let page = "/oppdrag/lukka.html";
    let own = format!("http://127.0.0.1:{port}");
    let other = format!("http://127.0.0.1:{}", port.wrapping_add(1).max(1));
    let targets = [page, "/search/entry.json", "/data/items.json", "/", EVENTS];
    for target in targets {
        for (site, mode_dest, origin) in [
            (Some("cross-site"), Some(("no-cors", "script")), None),
            (Some("same-site"), Some(("no-cors", "script")), None),
            (
                Some("same-site"),
                Some(("cors", "empty")),
                Some(other.as_str()),
            ),
            (Some("cross-site"), Some(("navigate", "iframe")), None),
            (Some("same-site"), Some(("no-cors", "image")), None),
            (Some("cross-site"), None, None),
            (None, None, Some(other.as_str())),
            (None, None, Some("null")),
            (
                Some("same-origin"),
                Some(("cors", "empty")),
                Some(other.as_str()),
            ),
        ] {
            let r = fetched(port, target, site, mode_dest, origin);
            assert_eq!(
                r.status, 403,
                "{target} {site:?} {mode_dest:?} {origin:?}: {}",
                r.body
            );
            assert!(r.body.contains("another origin"), "{}", r.body);
            assert!(
                !r.body.contains("Lukka") && !r.body.contains("\"d\"") && !r.body.contains("data:"),
                "{target}: {}",
                r.body
            );
        }
    }
    // A link from another site opens the preview, as any link does.
    let r = fetched(
        port,
        page,
        Some("cross-site"),
        Some(("navigate", "document")),
        None,
    );
    assert_eq!(r.status, 200, "{}", r.body);
    // The preview's own pages, and an address typed.
    for (site, mode_dest, origin) in [
        (Some("same-origin"), Some(("cors", "empty")), None),
        (
            Some("same-origin"),
            Some(("cors", "empty")),
            Some(own.as_str()),
        ),
        (Some("none"), Some(("navigate", "document")), None),
        (None, None, None),
    ] {
        let r = fetched(port, "/search/entry.json", site, mode_dest, origin);
        assert_eq!(r.status, 200, "{site:?} {origin:?}: {}", r.body);
        assert!(r.body.starts_with("{\"d\":"), "{}", r.body);
    }
    // Every answer, refused or not, forbids framing, embedding and sniffing.
    let answers = [
        server.get(page),
        server.get("/assets/raudtrad.css"),
        server.get("/filer/assignments/ope-vedlegg.txt"),
        server.get("/finst-ikkje"),
        fetched(
            port,
            page,
            Some("cross-site"),
            Some(("no-cors", "script")),
            None,
        ),
        request(
            port,
            "GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n",
        ),
    ];
    for r in &answers {
        assert_eq!(r.header("x-frame-options"), Some("DENY"), "{}", r.status);
        assert_eq!(
            r.header("content-security-policy"),
            Some("frame-ancestors 'none'")
        );
        assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
        assert_eq!(
            r.header("cross-origin-resource-policy"),
            Some("same-origin")
        );
    }
    // The event stream too.
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    write!(stream, "GET {EVENTS} HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
    let mut head = String::new();
    let mut reader = BufReader::new(stream);
    while reader.read_line(&mut head).unwrap() > 2 && !head.ends_with("\r\n\r\n") {}
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    for h in [
        "X-Frame-Options: DENY",
        "Cross-Origin-Resource-Policy: same-origin",
        "X-Content-Type-Options: nosniff",
    ] {
        assert!(head.contains(h), "{head}");
    }
}

/// A file beside content larger than what socket buffers hold.
const LARGE: usize = 24 << 20;

/// Eight clients ask for a large file and read nothing of it: another client's page is
/// still answered (a slow reader holds only its own connection).
#[test]
fn stalled_readers_of_a_large_file_do_not_stop_the_server() {
    let site = Site::fixture("serve");
    site.write_bytes("content/assignments/stort.bin", &vec![b'x'; LARGE]);
    let server = Server::start(site.root(), &[]);
    let target = format!(
        "/{}",
        raudtrad::render::urls::asset_path(raudtrad::config::Lang::Nn, "assignments/stort.bin")
    );
    let stalled: Vec<std::net::TcpStream> = (0..8)
        .map(|_| {
            let mut s = std::net::TcpStream::connect(("127.0.0.1", server.port)).unwrap();
            s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
            write!(s, "GET {target} HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
            // The answer has begun; then nothing more is read.
            let mut status = [0u8; 12];
            s.read_exact(&mut status).unwrap();
            assert_eq!(&status, b"HTTP/1.1 200");
            s
        })
        .collect();
    // Answered at all (get() gives up after 20 s): before, every thread was writing.
    let reply = server.get("/oppdrag/lukka.html");
    assert_eq!(reply.status, 200);
    assert!(reply.body.contains("Lukka oppdrag"));
    drop(stalled);
}

/// `Name:   kB` of /proc/PID/status.
fn proc_status(pid: u32, name: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix(name))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or_else(|| panic!("{name} in {status}"))
}

/// A header that never ends is cut off after a bounded head (431, connection closed), and
/// the server's memory does not grow by it.
#[test]
fn an_endless_header_is_cut_off_without_growing_memory() {
    if !std::path::Path::new("/proc/self/status").exists() {
        return;
    }
    let site = Site::fixture("serve");
    let server = Server::start(site.root(), &[]);
    assert_eq!(server.get("/").status, 200);
    let before = proc_status(server.pid(), "VmRSS:");
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream
        .set_write_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream
        .write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\nX-Endless: ")
        .unwrap();
    let chunk = vec![b'a'; 64 * 1024];
    let mut sent = 0usize;
    // Up to 200 MB, or until the server closes the connection.
    while sent < 200 << 20 {
        match stream.write(&chunk) {
            Ok(n) if n > 0 => sent += n,
            _ => break,
        }
    }
    assert!(sent < 200 << 20, "the server read 200 MB of one header");
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer);
    assert!(
        answer.is_empty() || answer.starts_with("HTTP/1.1 431"),
        "{answer}"
    );
    // Still up, and no bigger than a few MB more than before.
    assert_eq!(server.get("/").status, 200);
    let after = proc_status(server.pid(), "VmRSS:");
    assert!(
        after < before + 32 * 1024,
        "VmRSS grew from {before} kB to {after} kB"
    );
}

/// Three hundred connections that send nothing, or half a request, do not make a thread each;
/// a client's page is still answered.
#[test]
fn half_open_connections_do_not_make_a_thread_each() {
    if !std::path::Path::new("/proc/self/task").exists() {
        return;
    }
    let site = Site::fixture("serve");
    let server = Server::start(site.root(), &[]);
    assert_eq!(server.get("/").status, 200);
    let threads = || {
        std::fs::read_dir(format!("/proc/{}/task", server.pid()))
            .unwrap()
            .count()
    };
    let idle = threads();
    let open: Vec<std::net::TcpStream> = (0..300)
        .map(|i| {
            let mut s = std::net::TcpStream::connect(("127.0.0.1", server.port)).unwrap();
            if i % 2 == 0 {
                s.write_all(b"GET / HTTP/1.1\r\nHost: loc").unwrap();
            }
            s
        })
        .collect();
    // Answered at all, after every one of them was accepted.
    let reply = server.get("/oppdrag/lukka.html");
    assert_eq!(reply.status, 200);
    let busy = threads();
    assert!(
        busy < idle + 100,
        "{busy} threads with 300 half-open connections ({idle} before)"
    );
    drop(open);
}
