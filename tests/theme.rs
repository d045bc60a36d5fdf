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
        "themes/eigen/templates/assignment.html",
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
            site.page(tree, &site.path_of("oppdrag"))
                .contains("<h1>EIGEN MAL: Eit oppdrag</h1>")
        );
        // Other templates are the built-in ones.
        assert!(site.page(tree, &site.path_of("plan")).contains("<h1>"));
        assert!(!site.page(tree, &site.path_of("plan")).contains("EIGEN MAL"));
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

/// A copy of a fixture whose theme `mitt` has `words` in labels/nn.toml and nothing else.
fn with_theme_words(fixture: &str, words: &str) -> Site {
    let site = Site::fixture(fixture);
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write("site.toml", &format!("theme = \"mitt\"\n{toml}"));
    site.write("themes/mitt/labels/nn.toml", words);
    site
}

/// The files of both trees (pages, feeds, the search index) that have `text` in them, other
/// than in a sentence that quotes it (`overdue_explain`: «Over frist» tyder at …).
fn files_with(site: &Site, text: &str) -> Vec<String> {
    let quoted = format!("«{text}»");
    let mut found: Vec<String> = snapshot(&site.out())
        .into_iter()
        .filter(|(_, bytes)| {
            String::from_utf8_lossy(bytes)
                .replace(&quoted, "")
                .contains(text)
        })
        .map(|(rel, _)| rel)
        .collect();
    found.sort();
    found
}

#[test]
fn a_theme_word_stands_everywhere_the_label_does() {
    let built_in = Site::fixture("status");
    let site = with_theme_words("status", "# Our words.\noverdue = \"Forfallen\"\n");
    for s in [&built_in, &site] {
        let run = s.build();
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(!run.stderr.contains("themes/mitt"), "{}", run.stderr);
    }
    // Every file that said the built-in word says the theme's, in both trees and every kind
    // of page, the search index included; in lower case too (a heading, a matrix cell, a
    // count on the council report).
    let said = files_with(&built_in, "Over frist");
    assert!(said.len() > 50, "{said:?}");
    assert_eq!(files_with(&site, "Forfallen"), said);
    assert_eq!(files_with(&site, "Over frist"), Vec::<String>::new());
    for lowered in [
        "Oppgåver: over frist",
        " over frist</span>",
        "over frist: <strong>",
    ] {
        let before = files_with(&built_in, lowered);
        assert!(!before.is_empty(), "{lowered}");
        let theirs = lowered.replace("over frist", "forfallen");
        assert_eq!(files_with(&site, &theirs), before);
    }
    for (tree, page) in [
        ("internal", site.path_of("a1")),
        ("open", site.path_of("a1")),
        ("internal", site.path_of("skule")),
        ("open", "index.html".into()),
        ("open", "status/index.html".into()),
        ("internal", "search/entry.json".into()),
        ("open", "search/entry.js".into()),
    ] {
        assert!(said.contains(&format!("{tree}/{page}")), "{tree}/{page}");
    }
    // Labels the theme leaves alone keep the built-in word.
    assert!(site.page("internal", &site.path_of("a1")).contains("Frist"));
}

/// The names of the default statuses, dates and periods are labels too, also where they are
/// settled before rendering (a report's title when it has none).
#[test]
fn a_theme_names_default_statuses_months_and_periods() {
    let site = with_theme_words(
        "minimal",
        "status_i-gang = \"Pågåande\"\nmonth_9 = \"haustmånad\"\nperiod_tertial = \"tertial {n} av {year}\"\n",
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    for tree in ["internal", "open"] {
        let page = site.page(tree, &site.path_of("oppdrag"));
        assert!(page.contains("Pågåande"), "{tree}");
        assert!(!page.contains("I gang"), "{tree}");
        assert!(page.contains(">1. haustmånad 2026</time>"), "{tree}");
    }
    let report = site.page("internal", &site.path_of("skule-t1"));
    assert!(report.contains("tertial 1 av 2026</h1>"), "{report}");
    assert!(!report.contains("1. tertial 2026"));
}

#[test]
fn a_theme_label_that_names_no_label_is_a_warning_and_a_broken_file_an_error() {
    for (words, code, said) in [
        (
            "overdue = \"Forfallen\"\noverdeu = \"Forfallen\"\n",
            0,
            "themes/mitt/labels/nn.toml:2:1: warning: `overdeu` names no label (did you mean `overdue`?)",
        ),
        (
            "overdue = \"Forfallen\"\ndeadline = \"Frist\n",
            1,
            "themes/mitt/labels/nn.toml:2:18: error: invalid TOML",
        ),
        (
            "\n[overdue]\nx = \"y\"\n",
            1,
            "themes/mitt/labels/nn.toml:2:1: error: the label `overdue` is a table, not text",
        ),
    ] {
        let site = with_theme_words("minimal", words);
        let run = site.check();
        assert_eq!(run.code, code, "{}", run.stderr);
        assert!(run.stderr.contains(said), "{}", run.stderr);
        if code == 1 {
            assert!(
                run.stderr
                    .contains("help: a label file is `key = \"text\"`")
            );
        }
    }
    // Only the site's language is read: another language's file is not this site's words.
    let site = with_theme_words("minimal", "");
    site.write("themes/mitt/labels/en.toml", "overdue = [\n");
    assert_eq!(site.check().code, 0);
}

#[test]
fn labels_follow_the_language_and_terms() {
    for (lang, lang_attr, word, units) in [
        ("nn", "nn", "Oppgåver", "einingar/skule.html"),
        ("nb", "nb", "Oppgaver", "enheter/skule.html"),
        ("en", "en", "Tasks", "units/skule.html"),
    ] {
        let site = Site::fixture("minimal");
        site.write(
            "site.toml",
            &format!("title = \"T\"\nlanguage = \"{lang}\"\ntoday = 2026-06-15\n"),
        );
        assert_eq!(site.build().code, 0);
        let page = site.page("internal", &site.path_of("oppdrag"));
        assert!(
            page.contains(&format!("<html lang=\"{lang_attr}\">")),
            "{lang}"
        );
        assert!(page.contains(&format!(">{word}</h2>")), "{lang}: {word}");
        // Addresses are in the site's language too, and every link of both trees resolves.
        assert_eq!(site.path_of("skule"), units);
        assert!(site.out().join("open").join(units).is_file(), "{lang}");
        let links = run(&["check", "--links", "--root", site.root().to_str().unwrap()]);
        assert_eq!(links.code, 0, "{lang}: {}", links.stderr);
    }
    let site = Site::fixture("minimal");
    site.write("site.toml", "title = \"T\"\ntoday = 2026-06-15\n[terms]\nassignment = \"Bestilling\"\ntask = \"Gjeremål\"\n");
    assert_eq!(site.build().code, 0);
    let page = site.page("internal", "oppdrag/oppdrag.html");
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
        site.page("internal", "oppdrag/index.html")
            .contains("<h1>Bestilling</h1>")
    );
}

/// A site that renames every concept: no heading, caption, table header, navigation,
/// breadcrumb, term in a list of facts or kind badge of either tree still says the default
/// word for that concept, and the site's own words are there instead.
#[test]
fn a_term_renames_its_concept_in_every_label() {
    struct Case {
        lang: &'static str,
        terms: &'static [(&'static str, &'static str)],
        /// Every form of the default words, singular and plural, indefinite and definite.
        words: &'static str,
        /// Labels that keep a default word, each with why (see docs/content-format.md).
        allowed: &'static [&'static str],
        /// Labels with a term inside, in the case of the word it stands for.
        expect: &'static [&'static str],
    }
    let cases = [
        Case {
            lang: "nn",
            terms: &[
                ("unit", "Verksemd"),
                ("plan", "Styringsdokument"),
                ("letter", "Bestillingsbrev"),
                ("assignment", "Bestilling"),
                ("indicator", "KPI"),
                ("checklist", "Kontrolliste"),
                ("report", "Statusrapport"),
                ("goal", "Målsetjing"),
                ("strategy", "Vegval"),
                ("measure", "Handling"),
                ("verbal", "Politisk bestilling"),
                ("task", "Gjeremål"),
            ],
            words: "eining einingar eininga einingane plan planar planen planane mål måla målet \
                    strategi strategiar strategien tiltak tiltaka verbalpunkt verbalpunkta \
                    oppdragsbrev oppdrag oppdraga oppdraget oppgåve oppgåver oppgåva oppgåvene \
                    indikator indikatorar indikatoren sjekkliste sjekklister sjekklista \
                    sjekklistene rapport rapportar rapporten rapportane",
            // A term is one form of a word; these need the definite form ("planen",
            // "eininga"), which no term gives.
            allowed: &[
                "Status for planen",
                "I planen",
                "Plassering i planane",
                "Dette blir gjort for målet",
                "frå eininga",
                "Har ikkje svart på sjekklista",
                "sjekklista gjeld for",
            ],
            expect: &[
                "Målsetjing utan bestilling",
                "Verksemd over",
                "Aktivitet – nøkkeltal og KPI",
            ],
        },
        Case {
            lang: "nb",
            terms: &[
                ("unit", "Virksomhet"),
                ("plan", "Styringsdokument"),
                ("letter", "Bestillingsbrev"),
                ("assignment", "Bestilling"),
                ("indicator", "KPI"),
                ("checklist", "Kontrolliste"),
                ("report", "Statusrapport"),
                ("goal", "Målsetting"),
                ("strategy", "Veivalg"),
                ("measure", "Handling"),
                ("verbal", "Politisk bestilling"),
                ("task", "Gjøremål"),
            ],
            words: "enhet enheter enheten enhetene plan planer planen planene mål målene målet \
                    strategi strategier strategien tiltak tiltakene verbalpunkt verbalpunktene \
                    oppdragsbrev oppdragsbrevet oppdrag oppdragene oppdraget oppgave oppgaver \
                    oppgaven oppgavene indikator indikatorer indikatoren sjekkliste sjekklister \
                    sjekklisten sjekklistene rapport rapporter rapporten rapportene",
            allowed: &[
                "Status for planen",
                "I planen",
                "Plassering i planene",
                "Dette blir gjort for målet",
                "fra enheten",
                "Har ikke svart på sjekklisten",
                "sjekklisten gjelder for",
            ],
            expect: &[
                "Målsetting uten bestilling",
                "Virksomhet over",
                "Aktivitet – nøkkeltall og KPI",
            ],
        },
        Case {
            lang: "en",
            terms: &[
                ("unit", "Department"),
                ("units", "Departments"),
                ("plan", "Steering document"),
                ("plans", "Steering documents"),
                ("letter", "Mandate"),
                ("letters", "Mandates"),
                ("assignment", "Commission"),
                ("assignments", "Commissions"),
                ("indicator", "KPI"),
                ("indicators", "KPIs"),
                ("checklist", "Audit list"),
                ("checklists", "Audit lists"),
                ("report", "Progress note"),
                ("reports", "Progress notes"),
                ("goal", "Objective"),
                ("goals", "Objectives"),
                ("strategy", "Approach"),
                ("strategies", "Approaches"),
                ("measure", "Action"),
                ("measures", "Actions"),
                ("verbal", "Political order"),
                ("verbals", "Political orders"),
                ("task", "Chore"),
                ("tasks", "Chores"),
            ],
            words: "unit units assignment assignments letter letters goal goals measure \
                    measures resolution resolutions report reports plan plans strategy \
                    strategies indicator indicators checklist checklists task tasks",
            // Not the concepts: the unit's business plan (verksemdsplan) and the council's
            // yearly report on internal control.
            allowed: &[
                "Search the plans",
                "Business plan",
                "Internal control annual report",
                // The report to the council is not the status report (v1.2).
                "Tertial report",
            ],
            expect: &[
                "Objectives with no commission",
                "Parent department",
                "Activity – key figures and KPIs",
            ],
        },
    ];
    for case in cases {
        let site = Site::fixture("every-field");
        let toml = read(&site.root().join("site.toml"))
            .replace(
                "language = \"nn\"",
                &format!("language = \"{}\"", case.lang),
            )
            .replace("[terms]\nstrategy = \"MARK-term-strategy\"\n", "");
        let terms: String = case
            .terms
            .iter()
            .map(|(k, v)| format!("{k} = \"{v}\"\n"))
            .collect();
        site.write("site.toml", &format!("{toml}\n[terms]\n{terms}"));
        let run = site.build();
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(!run.stderr.contains("[terms]"), "{}", run.stderr);

        let words: Vec<&str> = case.words.split_whitespace().collect();
        let mut found = Vec::new();
        let mut used = vec![false; case.allowed.len()];
        let mut seen = String::new();
        for tree in ["internal", "open"] {
            for (path, doc) in pages(&site.out().join(tree)) {
                for el in select(
                    &doc,
                    "h1, h2, h3, h4, caption, th, dt, nav, .kind-label, .kind, label, legend",
                ) {
                    let mut t = text(&el);
                    seen.push_str(&t);
                    seen.push('\n');
                    // "Mål" alone heads an indicator's target column: not the goal.
                    if case.lang != "en" && t == "Mål" {
                        continue;
                    }
                    for (i, a) in case.allowed.iter().enumerate() {
                        if t.contains(a) {
                            used[i] = true;
                            t = t.replace(a, "");
                        }
                    }
                    // The fixture's own texts all start with MARK-.
                    while let Some(at) = t.find("MARK-") {
                        let len = t[at..]
                            .find(|c: char| !c.is_alphanumeric() && c != '-')
                            .unwrap_or(t.len() - at);
                        t.replace_range(at..at + len, " ");
                    }
                    for w in t.split(|c: char| !c.is_alphanumeric()) {
                        if words.contains(&w.to_lowercase().as_str()) {
                            found.push(format!(
                                "{tree}/{path}: <{}> {}",
                                el.value().name(),
                                text(&el)
                            ));
                        }
                    }
                }
            }
        }
        found.sort();
        found.dedup();
        assert!(
            found.is_empty(),
            "{}: default words left:\n{}",
            case.lang,
            found.join("\n")
        );
        for (a, used) in case.allowed.iter().zip(used) {
            assert!(used, "{}: `{a}` is allowed but never written", case.lang);
        }
        for (_, term) in case.terms {
            assert!(seen.contains(term), "{}: `{term}` is nowhere", case.lang);
        }
        for e in case.expect {
            assert!(seen.contains(e), "{}: `{e}` is nowhere", case.lang);
        }
    }
}

/// The text of the `dd` beside the `dt` that says `term`, in the page's lists of facts.
fn fact(html: &str, term: &str) -> Option<String> {
    let doc = scraper::Html::parse_document(html);
    select(&doc, "dl > div").into_iter().find_map(|div| {
        let dt = div
            .select(&scraper::Selector::parse("dt").unwrap())
            .next()?;
        let dd = div
            .select(&scraper::Selector::parse("dd").unwrap())
            .next()?;
        (text(&dt) == term).then(|| text(&dd))
    })
}

/// A status, category or plan kind given by its key alone is the default one of that key: it
/// keeps the default's label in the site's language (and colour), the built-in categories in
/// the site's own words; a key of the site's own is its own label.
#[test]
fn a_default_key_without_a_label_keeps_its_default_label() {
    let site = Site::fixture("every-field");
    site.write(
        "site.toml",
        "title = \"T\"\nlanguage = \"en\"\ntoday = 2026-06-15\n\
         statuses = [{ key = \"ikkje-starta\" }, { key = \"i-gang\" }, { key = \"ferdig\", done = true }]\n\
         categories = [{ key = \"administrativt\" }, \"verbalpunkt\"]\n\
         plan_kinds = [\"samfunnsdel\", { key = \"handlings-og-okonomiplan\" }]\n\
         [terms]\nmeasure = \"Action\"\n",
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = |p: &str| site.page("internal", p);
    let oppdrag = page(&site.path_of("oppdrag"));
    assert_eq!(
        fact(&oppdrag, "Category").as_deref(),
        Some("Administrative")
    );
    assert!(
        fact(&oppdrag, "Status").unwrap().starts_with("In progress"),
        "{oppdrag}"
    );
    assert!(oppdrag.contains("background-color: #005a9c"));
    assert!(
        fact(&site.section("internal", "t-1"), "Status")
            .unwrap()
            .starts_with("Not started")
    );
    // `ferdig` is the site's own status: its key is its label.
    assert!(
        page("reports/r1.html").contains("</span>ferdig</span>"),
        "own key"
    );
    // Built-in categories, listed by key or left out, are named in the site's words.
    assert_eq!(
        fact(&page("assignments/v-1.html"), "Category").as_deref(),
        Some("Council resolution")
    );
    assert_eq!(
        fact(&page("assignments/m-prio.html"), "Category").as_deref(),
        Some("Plan action")
    );
    assert_eq!(
        fact(&page("plans/samfunnsdel.html"), "Kind of plan").as_deref(),
        Some("Municipal master plan, social element")
    );
    assert_eq!(
        fact(&page("plans/hop.html"), "Kind of plan").as_deref(),
        Some("Action and financial plan")
    );

    // Without `categories` at all, the defaults follow the terms too.
    site.write(
        "site.toml",
        "title = \"T\"\ntoday = 2026-06-15\n\
         statuses = [{ key = \"ikkje-starta\" }, { key = \"i-gang\" }, { key = \"ferdig\", done = true }]\n\
         [terms]\nverbal = \"Politisk bestilling\"\n",
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        fact(&page("oppdrag/v-1.html"), "Kategori").as_deref(),
        Some("Politisk bestilling")
    );
    assert_eq!(
        fact(&page("oppdrag/m-prio.html"), "Kategori").as_deref(),
        Some("Tiltak frå plan")
    );
}
