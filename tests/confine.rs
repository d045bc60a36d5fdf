//! The site's edge: the output is never written into what a build reads, nothing outside the
//! site folder is read (symbolic links are not followed, a theme is a folder in themes/), and
//! no message quotes a file that is not the site's.

mod common;

use std::os::unix::fs::symlink;
use std::path::Path;

use common::server::Server;
use common::*;

/// A folder beside the site with a file whose every line is a secret.
struct Outside {
    dir: tempfile::TempDir,
}

const SECRET: &str = "UTANFOR-HEMMELEG";

impl Outside {
    fn new() -> Outside {
        let dir = tempfile::tempdir().unwrap();
        let o = Outside { dir };
        o.write(
            "secret.csv",
            &format!("{SECRET},unit,value\n{SECRET},x,1\n"),
        );
        o.write("secret.txt", &format!("{SECRET}\n"));
        o.write(
            "templates/base.html",
            &format!("{SECRET} {{% block content %}}{{% endblock %}}"),
        );
        o.write(
            "ut.md",
            &format!("+++\ntitle = \"{SECRET}\"\nowner = \"sektor\"\n+++\n\n{SECRET}\n"),
        );
        o
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn write(&self, rel: &str, text: &str) {
        let p = self.dir.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
}

/// Nothing of the outside file is in any output file or message.
fn assert_nothing_read(site: &Site, run: &Run) {
    assert!(!run.stderr.contains(SECRET), "{}", run.stderr);
    assert!(!run.stdout.contains(SECRET), "{}", run.stdout);
    if site.out().exists() {
        for (path, bytes) in snapshot(&site.out()) {
            assert!(
                !String::from_utf8_lossy(&bytes).contains(SECRET),
                "{path} holds what is outside the site"
            );
        }
    }
}

#[test]
fn an_output_folder_inside_what_the_build_reads_is_refused() {
    let site = Site::fixture("every-field");
    std::fs::create_dir_all(site.root().join("static")).unwrap();
    std::fs::create_dir_all(site.root().join("themes/default")).unwrap();
    // A folder that is static/ under another name.
    symlink(site.root().join("static"), site.root().join("alias")).unwrap();
    let before = snapshot(site.root());
    for out in [
        "content/out",
        "content",
        "static/out",
        "static",
        "themes/default/public",
        "site.toml/x",
        "alias/out",
        // Holding the site, or an input.
        ".",
    ] {
        let path = site.root().join(out);
        let run = build(site.root(), &path);
        assert_eq!(run.code, 1, "--out {out}: {}", run.stderr);
        assert!(
            run.stderr.contains("will not write to"),
            "--out {out}: {}",
            run.stderr
        );
        assert_eq!(snapshot(site.root()), before, "--out {out} wrote something");
        for dir in [site.root(), &site.root().join("static")] {
            assert_eq!(leftovers(dir), Vec::<String>::new(), "--out {out}");
        }
    }
    // The default, public/ in the site folder, and a folder beside the inputs are fine.
    assert_eq!(site.build().code, 0);
    assert_eq!(build(site.root(), &site.root().join("web/out")).code, 0);
}

#[test]
fn an_output_folder_holding_an_input_is_refused() {
    let site = Site::fixture("every-field");
    let holder = tempfile::tempdir().unwrap();
    // The site's content lives in the output folder (through a link at the site root).
    std::fs::rename(site.root().join("content"), holder.path().join("content")).unwrap();
    symlink(holder.path().join("content"), site.root().join("content")).unwrap();
    // As if an earlier build had made it, so that only the rule about inputs can refuse it.
    std::fs::write(holder.path().join(".raudtrad-output"), "").unwrap();
    let run = build(site.root(), holder.path());
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(holder.path().join("content/org/kommune.md").exists());
}

#[test]
fn static_as_a_link_out_of_the_site_is_an_error_and_nothing_is_read() {
    let site = Site::fixture("every-field");
    let outside = Outside::new();
    symlink(outside.path(), site.root().join("static")).unwrap();
    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("static: error:"), "{}", run.stderr);
    assert!(run.stderr.contains("symbolic link"), "{}", run.stderr);
    assert!(!site.out().exists());
    assert_nothing_read(&site, &run);
    let check = site.check();
    assert_eq!(check.code, 1);
    assert_nothing_read(&site, &check);
}

#[test]
fn a_link_inside_static_leading_out_is_an_error() {
    let site = Site::fixture("every-field");
    let outside = Outside::new();
    std::fs::create_dir_all(site.root().join("static/docs")).unwrap();
    symlink(outside.path(), site.root().join("static/docs/ut")).unwrap();
    symlink(
        outside.path().join("secret.txt"),
        site.root().join("static/s.txt"),
    )
    .unwrap();
    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("static/docs/ut: error:"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("static/s.txt: error:"),
        "{}",
        run.stderr
    );
    assert_nothing_read(&site, &run);
}

#[test]
fn a_theme_outside_the_site_is_an_error_at_its_line() {
    let outside = Outside::new();
    let abs = outside.path().to_str().unwrap().to_string();
    for theme in [abs.as_str(), "../../x", "..", "a/b", ""] {
        let site = Site::fixture("every-field");
        let toml = read(&site.root().join("site.toml"))
            .replace("theme = \"default\"", &format!("theme = \"{theme}\""));
        site.write("site.toml", &toml);
        let line = toml.lines().position(|l| l.starts_with("theme")).unwrap() + 1;
        let run = site.build();
        assert_eq!(run.code, 1, "theme {theme}: {}", run.stderr);
        assert!(
            run.stderr.contains(&format!("site.toml:{line}:")),
            "theme {theme}: {}",
            run.stderr
        );
        assert!(
            run.stderr
                .contains("must be the name of a folder in themes/"),
            "{}",
            run.stderr
        );
        assert_nothing_read(&site, &run);
    }
    // themes/NAME as a link out.
    let site = Site::fixture("every-field");
    std::fs::create_dir_all(site.root().join("themes")).unwrap();
    symlink(outside.path(), site.root().join("themes/ut")).unwrap();
    let toml =
        read(&site.root().join("site.toml")).replace("theme = \"default\"", "theme = \"ut\"");
    site.write("site.toml", &toml);
    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("themes/ut: error:"), "{}", run.stderr);
    assert_nothing_read(&site, &run);
}

#[test]
fn site_toml_linked_out_of_the_site_is_not_read_nor_quoted() {
    let site = Site::fixture("every-field");
    let outside = Outside::new();
    outside.write(
        "site.toml",
        &format!("title = \"{SECRET}\"\nlanguage = 7\n"),
    );
    std::fs::remove_file(site.root().join("site.toml")).unwrap();
    symlink(
        outside.path().join("site.toml"),
        site.root().join("site.toml"),
    )
    .unwrap();
    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("site.toml: error:"), "{}", run.stderr);
    assert_nothing_read(&site, &run);
}

#[test]
fn indicator_data_linked_out_of_the_site_is_not_read_nor_quoted() {
    let site = Site::fixture("every-field");
    let outside = Outside::new();
    let csv = site.root().join("content/indicators/ind.csv");
    std::fs::remove_file(&csv).unwrap();
    symlink(outside.path().join("secret.csv"), &csv).unwrap();
    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("the data file `content/indicators/ind.csv` is a symbolic link"),
        "{}",
        run.stderr
    );
    assert_nothing_read(&site, &run);
    let check = site.check();
    assert_nothing_read(&site, &check);
}

#[test]
fn content_linked_out_of_the_site_is_an_error_and_nothing_is_read() {
    let site = Site::fixture("every-field");
    let outside = Outside::new();
    symlink(outside.path(), site.root().join("content/ut")).unwrap();
    symlink(
        outside.path().join("ut.md"),
        site.root().join("content/assignments/ut.md"),
    )
    .unwrap();
    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("content/ut: error:"), "{}", run.stderr);
    assert!(
        run.stderr.contains("content/assignments/ut.md: error:"),
        "{}",
        run.stderr
    );
    assert_nothing_read(&site, &run);
}

/// A link that stays inside the site is left out with a warning (not followed, so that no
/// link can make a build read its own output), and a Markdown link to it says so instead of
/// "leads nowhere".
#[test]
fn a_link_inside_the_site_is_left_out_with_a_warning_that_names_it() {
    let site = Site::fixture("every-field");
    symlink("ind.csv", site.root().join("content/indicators/kopi.csv")).unwrap();
    let page = read(&site.root().join("content/assignments/oppdrag.md"));
    site.write(
        "content/assignments/oppdrag.md",
        &format!("{page}\n\nSjå [tala](../indicators/kopi.csv).\n"),
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "content/indicators/kopi.csv: warning: `content/indicators/kopi.csv` is a symbolic link"
        ),
        "{}",
        run.stderr
    );
    let link_warning = run
        .stderr
        .lines()
        .find(|l| l.contains("link to `../indicators/kopi.csv`"))
        .unwrap_or_else(|| panic!("no warning about the link:\n{}", run.stderr));
    assert!(link_warning.contains("symbolic link"), "{link_warning}");
    assert!(!link_warning.contains("leads nowhere"), "{link_warning}");
    assert!(
        !site
            .out()
            .join("internal/filer/indicators/kopi.csv")
            .exists()
    );
}

#[test]
fn serve_does_not_read_a_linked_folder_made_while_it_runs() {
    let site = Site::fixture("every-field");
    let outside = Outside::new();
    let server = Server::start(site.root(), &[]);
    server.wait_for("/", "the front page", |r| r.status == 200);
    symlink(outside.path(), site.root().join("content/ut")).unwrap();
    server.wait_output("content/ut: error:");
    assert!(!server.stderr().contains(SECRET), "{}", server.stderr());
    assert!(!server.stdout().contains(SECRET), "{}", server.stdout());
    let reply = server.get("/oppdrag/ut.html");
    assert_ne!(reply.status, 200);
    assert!(!reply.body.contains(SECRET));
    // A link to a file made while it runs, too.
    symlink(
        outside.path().join("secret.txt"),
        site.root().join("content/assignments/s.txt"),
    )
    .unwrap();
    server.wait_output("content/assignments/s.txt: error:");
    assert!(!server.get("/filer/assignments/s.txt").body.contains(SECRET));
    // Removing the links mends the site.
    std::fs::remove_file(site.root().join("content/ut")).unwrap();
    std::fs::remove_file(site.root().join("content/assignments/s.txt")).unwrap();
    server.wait_output("the errors are mended");
}

/// While a link is reported, the last good version stays served; its static files and
/// attachments must not be read through a link that took their place.
#[test]
fn serve_does_not_read_through_a_link_that_replaced_a_served_file() {
    let site = Site::fixture("every-field");
    let outside = Outside::new();
    site.write("static/x.txt", "eige fil\n");
    let server = Server::start(site.root(), &[]);
    server.wait_for("/x.txt", "the static file", |r| r.status == 200);
    let csv = server.get("/filer/indicators/ind.csv");
    assert_eq!(csv.status, 200);
    std::fs::remove_file(site.root().join("static/x.txt")).unwrap();
    symlink(
        outside.path().join("secret.txt"),
        site.root().join("static/x.txt"),
    )
    .unwrap();
    std::fs::remove_file(site.root().join("content/indicators/ind.csv")).unwrap();
    symlink(
        outside.path().join("secret.csv"),
        site.root().join("content/indicators/ind.csv"),
    )
    .unwrap();
    server.wait_output("static/x.txt: error:");
    server.wait_output("content/indicators/ind.csv: error:");
    for path in ["/x.txt", "/filer/indicators/ind.csv"] {
        let reply = server.get(path);
        assert!(!reply.body.contains(SECRET), "{path}: {}", reply.body);
    }
}

#[test]
fn serve_quiet_on_a_free_port_still_prints_its_address() {
    let site = Site::fixture("every-field");
    // Server::start waits for the address on stdout.
    let server = Server::start(site.root(), &["--quiet"]);
    assert_eq!(server.get("/").status, 200);
}
