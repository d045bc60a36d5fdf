//! Themes and languages: the built-in theme is overridden file by file, `static/` is copied to
//! both trees, and every label follows the site's language and `[terms]`.

mod common;

use common::*;

#[test]
fn a_theme_overrides_one_template_and_adds_static_files() {
    let site = Site::fixture("minimal");
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write("site.toml", &format!("{toml}theme = \"eigen\"\n"));
    site.write(
        "themes/eigen/templates/task.html",
        "{% extends \"base.html\" %}{% block content %}<h1>EIGEN MAL: {{ item.base.title }}</h1>{% endblock content %}",
    );
    site.write(
        "themes/eigen/static/assets/logo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    site.write("static/dokument/arsmelding.pdf", "%PDF-1.4");
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    for tree in ["internal", "open"] {
        assert!(
            site.page(tree, "tasks/oppgave-1/index.html")
                .contains("<h1>EIGEN MAL: Ei oppgåve</h1>")
        );
        // Other templates are the built-in ones.
        assert!(
            site.page(tree, "assignments/oppdrag/index.html")
                .contains("<h1>Eit oppdrag</h1>")
        );
        assert!(site.out().join(tree).join("assets/logo.svg").exists());
        assert!(site.out().join(tree).join("assets/raudtrad.css").exists());
        assert!(
            site.out()
                .join(tree)
                .join("dokument/arsmelding.pdf")
                .exists()
        );
    }
}

#[test]
fn a_broken_theme_template_is_reported_with_its_file_and_line() {
    let site = Site::fixture("minimal");
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write("site.toml", &format!("{toml}theme = \"eigen\"\n"));
    site.write("themes/eigen/templates/task.html", "{% extends \"base.html\" %}\n{% block content %}\n{{ item.base.title \n{% endblock content %}");
    let run = site.build();
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("themes/eigen/templates/task.html:"),
        "{}",
        run.stderr
    );
    assert!(!site.out().exists());
}

#[test]
fn a_missing_theme_is_an_error_on_its_line() {
    let site = Site::fixture("minimal");
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write("site.toml", &format!("{toml}theme = \"finst-ikkje\"\n"));
    let run = site.check();
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("site.toml:4:9: error: there is no theme folder themes/finst-ikkje"),
        "{}",
        run.stderr
    );
}

#[test]
fn labels_follow_the_language_and_terms() {
    for (lang, lang_attr, word) in [
        ("nn", "nn", "Oppgåver"),
        ("nb", "nb", "Oppgaver"),
        ("en", "en", "Tasks"),
    ] {
        let site = Site::fixture("minimal");
        site.write(
            "site.toml",
            &format!("title = \"T\"\nlanguage = \"{lang}\"\ntoday = 2026-06-15\n"),
        );
        assert_eq!(site.build().code, 0);
        let page = site.page("internal", "assignments/oppdrag/index.html");
        assert!(
            page.contains(&format!("<html lang=\"{lang_attr}\">")),
            "{lang}"
        );
        assert!(page.contains(&format!(">{word}</h2>")), "{lang}: {word}");
    }
    let site = Site::fixture("minimal");
    site.write("site.toml", "title = \"T\"\ntoday = 2026-06-15\n[terms]\nassignment = \"Bestilling\"\ntask = \"Gjeremål\"\n");
    assert_eq!(site.build().code, 0);
    let page = site.page("internal", "assignments/oppdrag/index.html");
    assert!(
        page.contains("<p class=\"kind-label\">Bestilling"),
        "singular in the heading"
    );
    assert!(
        page.contains(">Bestilling</a></li>"),
        "plural in the navigation follows the term"
    );
    assert!(page.contains(">Gjeremål</h2>"));
    assert!(
        site.page("internal", "assignments/index.html")
            .contains("<h1>Bestilling</h1>")
    );
}
