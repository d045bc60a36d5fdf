//! Person names on the side roads into the open tree (issue 14): Markdown withheld after it
//! is parsed, so the syntax around a name survives; every file of the open tree — text files
//! beside content of any type, `static/`, file names — passes the guard or stops the build;
//! names written in listing order, split by invisible characters or markup, in addresses and
//! e-mail addresses; free-text `source` near an internal item's id. The fixture `openness`
//! gives every person the surname `Personmerke…`.

mod common;

use common::reader;
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
    scraper::Html::parse_document(&site.page("open", &format!("oppdrag/{id}.html")))
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
    assert_eq!(
        to_heading.value().attr("href"),
        Some(format!("#{id}").as_str())
    );
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

/// Whoever's surname (`Personmerke…`) a reader can find in the open tree, file by file.
fn names_read(site: &Site) -> Vec<String> {
    reader::read_in(&site.out().join("open"), &["personmerke".to_string()])
}

/// Text files beside content whose extension says nothing (`.yaml`, `.js`, `.tex`, none …)
/// and files in `static/` pass the guard by what they hold: the name is withheld, with a
/// warning at the file and line. A binary file is listed as not checked.
#[test]
fn every_text_file_of_the_open_tree_passes_the_guard_whatever_its_name() {
    let site = Site::fixture("openness");
    let exts = ["yaml", "yml", "js", "css", "xhtml", "log", "tex", ""];
    let mut body = String::from("Vedlegg:\n\n");
    for (i, ext) in exts.iter().enumerate() {
        let file = if ext.is_empty() {
            format!("vedlegg-{i}")
        } else {
            format!("vedlegg-{i}.{ext}")
        };
        site.write(
            &format!("content/assignments/{file}"),
            "# vedlegg\nkontakt: Astrid Personmerkeaa\n",
        );
        body.push_str(&format!("- [vedlegg {i}]({file})\n"));
    }
    body.push_str("- [bilete](bilete.png)\n");
    site.write_bytes(
        "content/assignments/bilete.png",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\x00",
    );
    assignment(&site, "vedlegga", "", &body);
    site.write("static/kontakt.html", "<p>Spør Bjørn Personmerkebb.</p>\n");
    site.write(
        "static/js/kontakt.js",
        "const kontakt = \"Cecilie Personmerkecc\";\n",
    );
    let run = built(&site);
    for (i, ext) in exts.iter().enumerate() {
        let file = if ext.is_empty() {
            format!("content/assignments/vedlegg-{i}")
        } else {
            format!("content/assignments/vedlegg-{i}.{ext}")
        };
        assert!(
            run.stderr.contains(&format!(
                "{file}:2:1: warning: this file names the person `Astrid Personmerkeaa`"
            )),
            "{file}: {}",
            run.stderr
        );
    }
    for file in ["static/kontakt.html", "static/js/kontakt.js"] {
        assert!(
            run.stderr
                .contains(&format!("{file}:1:1: warning: this file names the person")),
            "{file}: {}",
            run.stderr
        );
    }
    assert!(
        run.stderr.contains("content/assignments/bilete.png: warning: this file is not text, and was not checked for person names"),
        "{}",
        run.stderr
    );
    // `check` lists the same.
    let checked = site.check();
    assert!(
        checked
            .stderr
            .contains("content/assignments/bilete.png: warning: this file is not text"),
        "{}",
        checked.stderr
    );
    let open = site.out().join("open");
    assert!(open.join("static/kontakt.html").exists() || open.join("kontakt.html").exists());
    assert!(open.join("filer/assignments/vedlegg-7").exists());
    assert_eq!(names_read(&site), Vec::<String>::new());
    // The internal tree keeps the files as written.
    let internal = read(&site.out().join("internal/kontakt.html"));
    assert!(internal.contains("Bjørn Personmerkebb"), "{internal}");
}

/// What the build cannot rewrite stops it, naming the file: a name in an attachment's file
/// name, a name in a binary file's bytes (a PDF's author), a name in the accessibility
/// contact (withheld, it would not work).
#[test]
fn a_name_the_build_cannot_withhold_is_an_error_naming_the_file() {
    let site = Site::fixture("openness");
    site.write_bytes(
        "content/assignments/astrid-personmerkeaa.pdf",
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
    );
    site.write_bytes(
        "content/assignments/rapport.pdf",
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Author (Bj\xf8rn Personmerkebb) /Creator (Dag Personmerkedd) >>\n",
    );
    assignment(
        &site,
        "pdfar",
        "",
        "Sjå [cv](astrid-personmerkeaa.pdf) og [rapporten](rapport.pdf).\n",
    );
    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("content/assignments/astrid-personmerkeaa.pdf: error: the file name `content/assignments/astrid-personmerkeaa.pdf` holds the name of the person `Astrid Personmerkeaa`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "content/assignments/rapport.pdf: error: this file names the person `Dag Personmerkedd`"
        ),
        "{}",
        run.stderr
    );
    assert!(!site.out().join("open").exists(), "an error writes nothing");
    // Linked from internal items only, they are fine.
    assignment(
        &site,
        "pdfar",
        "visibility = \"internal\"\n",
        "Sjå [cv](astrid-personmerkeaa.pdf) og [rapporten](rapport.pdf).\n",
    );
    built(&site);

    let toml = read(&site.root().join("site.toml")).replace(
        "postmottak@fjord.example",
        "astrid.personmerkeaa@fjord.example",
    );
    site.write("site.toml", &toml);
    let run = site.check();
    assert_eq!(run.code, 1, "{}", run.stderr);
    let line = toml.lines().position(|l| l.starts_with("contact")).unwrap() + 1;
    assert!(
        run.stderr.contains(&format!("site.toml:{line}:11: error: the accessibility contact `astrid.personmerkeaa@fjord.example` holds the name of the person `Astrid Personmerkeaa`")),
        "{}",
        run.stderr
    );
}

/// Forms a name takes in running text and addresses that passed the guard before: the
/// listing order, `<wbr>` or an empty element inside a word, zero-width characters in every
/// word, `+` and percent escapes in an address, e-mail addresses.
#[test]
fn names_in_listing_order_split_words_addresses_and_e_mail_are_withheld() {
    let site = Site::fixture("openness");
    assignment(
        &site,
        "formene",
        "summary = \"Personmerkeaa, Astrid fylgjer opp\"\n",
        "Ansvarleg: Personmerkebb, Bjørn.\n\n\
         Med Dag Personmer<wbr>kedd og Erik Person<span></span>merkeee.\n\n\
         Med Fri\u{200d}da Personmerke\u{200c}ff og Gun\u{2060}nar Person\u{200b}merke\u{feff}gg.\n\n\
         Sjå [søket](https://example.no/sok?q=Astrid+Personmerkeaa) og \
         [sida](https://example.no/folk/%41strid%20Personmerkeaa) og \
         [sida](https://example.no/folk/Bj%C3%B8rn%20Personmerkebb).\n\n\
         Skriv til <astrid.personmerkeaa@fjord.example>, dag_personmerkedd@fjord.example, \
         erikpersonmerkeee@fjord.example eller fpersonmerkeff@fjord.example.\n",
    );
    built(&site);
    assert_eq!(names_read(&site), Vec::<String>::new());
    let page = site.page("open", "oppdrag/formene.html");
    assert!(
        page.contains("fjord.example"),
        "the rest of an address stays: {page}"
    );
}

/// A public `source` that is an internal item's id in another case or with other separators
/// is hidden like the id itself, and warned about where it is written.
#[test]
fn a_source_near_an_internal_id_is_hidden_and_warned_about() {
    let site = Site::fixture("openness");
    assignment(&site, "naermiss", "source = \"Leak_Oppdrag\"\n", "Tekst.\n");
    assignment(
        &site,
        "fritekst",
        "source = \"Kommunestyret 12. mai\"\n",
        "Tekst.\n",
    );
    let run = built(&site);
    assert!(
        run.stderr.contains("content/assignments/naermiss.md:6:10: warning: `source = \"Leak_Oppdrag\"` is nearly the id of the internal item `leak-oppdrag`"),
        "{}",
        run.stderr
    );
    for (path, bytes) in snapshot(&site.out().join("open")) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("Leak_Oppdrag"), "{path}");
    }
    assert!(
        site.page("open", "oppdrag/fritekst.html")
            .contains("Kommunestyret 12. mai")
    );
    assert!(
        site.page("internal", "oppdrag/naermiss.html")
            .contains("Leak_Oppdrag")
    );
}

/// `serve` publishes a static file and a text file beside content as `build` does: the name
/// withheld in the open tree, as written in the internal one; and says why, as `check` does.
#[test]
fn serve_guards_static_and_attached_files_as_build_does() {
    let site = Site::fixture("openness");
    site.write("static/kontakt.txt", "Spør Bjørn Personmerkebb.\n");
    site.write(
        "content/assignments/notat.yaml",
        "kontakt: Astrid Personmerkeaa\n",
    );
    assignment(&site, "notat", "", "Sjå [notatet](notat.yaml).\n");
    built(&site);
    for tree in ["open", "internal"] {
        let server = common::server::Server::start(site.root(), &["--audience", tree]);
        for rel in ["kontakt.txt", "filer/assignments/notat.yaml"] {
            let reply = server.get(&format!("/{rel}"));
            assert_eq!(reply.status, 200, "{tree}/{rel}");
            let file = std::fs::read(site.out().join(tree).join(rel)).unwrap();
            assert_eq!(reply.bytes, file, "{tree}/{rel}");
            let text = String::from_utf8(file).unwrap();
            assert_eq!(
                text.contains("Personmerke"),
                tree == "internal",
                "{tree}/{rel}: {text}"
            );
        }
        if tree == "open" {
            server.wait_output("static/kontakt.txt:1:1: warning: this file names the person");
        }
    }
}

/// A reference-like `&` run next to a letter of two bytes, near a name, was sliced inside the
/// letter and made the build panic.
#[test]
fn an_ampersand_before_a_long_letter_near_a_name_does_not_panic() {
    let site = Site::fixture("openness");
    assignment(
        &site,
        "ampersand",
        "",
        "Møte med Astrid Personmerkeaa &abcdefghijø og &#xzzzzzzzzø.\n",
    );
    built(&site);
    assert_eq!(names_read(&site), Vec::<String>::new());
}

/// `serve` keeps what each body links to between saves (remembered by the body it read), so a
/// save must be judged anew: a link added to a file whose name names a person is the same
/// error as in a build, at once, and taking the link out again mends the site.
#[test]
fn serve_judges_the_links_a_save_adds_and_removes() {
    let site = Site::fixture("openness");
    site.write_bytes(
        "content/assignments/astrid-personmerkeaa.pdf",
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
    );
    assignment(&site, "pdfar", "", "Ingen vedlegg.\n");
    let server = common::server::Server::start(site.root(), &[]);
    let error = "content/assignments/astrid-personmerkeaa.pdf: error: the file name `content/assignments/astrid-personmerkeaa.pdf` holds the name of the person `Astrid Personmerkeaa`";
    assert!(!server.stderr().contains(error), "{}", server.stderr());

    assignment(&site, "pdfar", "", "Sjå [cv](astrid-personmerkeaa.pdf).\n");
    server.wait_output(error);

    assignment(&site, "pdfar", "", "Vedlegget er teke bort.\n");
    server.wait_for("/oppdrag/pdfar.html", "the mended page", |r| {
        r.status == 200 && r.body.contains("Vedlegget er teke bort")
    });
    assert_eq!(
        server.stderr().matches(error).count(),
        1,
        "{}",
        server.stderr()
    );
}
