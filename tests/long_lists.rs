//! Lists longer than a page can hold (`LONG_LIST`): an index of assignments or tasks is a
//! table of the units that own them, each linking to the unit's page, which lists them; a
//! status page lists the longest overdue and says where the rest are. Up to that length
//! every card is listed. Both trees.

mod common;

use common::*;
use raudtrad::config::Lang;
use raudtrad::model::vocab::Kind;
use raudtrad::render::parts::lists::LONG_LIST;
use raudtrad::render::urls;

/// The minimal site with one more assignment, owned by the municipality, with `n` tasks of
/// which the first `overdue` are past their deadline, each a day later than the one before
/// (the site's today is 2026-06-15).
fn site_with_tasks(n: usize, overdue: usize) -> Site {
    let site = Site::fixture("minimal");
    let mut text = String::from(
        "+++\ntitle = \"Mange oppgåver\"\nowner = \"kommune\"\ngoals = [\"helse-02\"]\n",
    );
    let first = chrono::NaiveDate::from_ymd_opt(2023, 1, 1).unwrap();
    for i in 0..n {
        let deadline = if i < overdue {
            (first + chrono::Days::new(i as u64)).to_string()
        } else {
            "2026-12-01".to_string()
        };
        text.push_str(&format!(
            "\n[[tasks]]\nid = \"t-{i}\"\ntitle = \"Oppgåve {i}\"\nresponsible = \"kommune\"\ndeadline = {deadline}\n"
        ));
    }
    text.push_str("+++\n");
    site.write("content/assignments/mange.md", &text);
    site
}

fn task_index() -> String {
    urls::index_path(Lang::Nn, Kind::Task)
}

#[test]
fn a_task_index_over_the_limit_is_a_table_of_owners_linking_to_their_pages() {
    // The minimal site has one task of its own, owned by the school: one over the limit.
    let site = site_with_tasks(LONG_LIST, 3);
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    for tree in ["internal", "open"] {
        let html = site.page(tree, &task_index());
        let doc = scraper::Html::parse_document(&html);
        assert!(select(&doc, "ul.cards").is_empty(), "{tree}: no cards");
        let caption = text(&select(&doc, "table.by-unit caption")[0]);
        assert!(
            caption.contains(&format!("({})", LONG_LIST + 1)),
            "{caption}"
        );
        let rows: Vec<Vec<String>> = select(&doc, "table.by-unit tbody tr")
            .iter()
            .map(|tr| {
                tr.child_elements()
                    .map(|c| text(&c))
                    .collect::<Vec<String>>()
            })
            .collect();
        // The municipality first, as in the organisation; the counts are the owners'.
        assert_eq!(
            rows,
            [
                vec!["Testkommune".to_string(), LONG_LIST.to_string(), "3".into()],
                vec!["Skulen".to_string(), "1".into(), "0".into()],
            ],
            "{tree}"
        );
        // Each unit's link leads to its page, and that page lists its tasks.
        let href = select(&doc, "table.by-unit tbody a")[0]
            .value()
            .attr("href")
            .unwrap()
            .to_string();
        assert_eq!(href, site.path_of("kommune"), "{tree}");
        let unit = site.page(tree, &href);
        let task = site.path_of(&format!("t-{}", LONG_LIST - 1));
        let (_, anchor) = task.split_once('#').unwrap();
        assert!(
            unit.contains(&format!("#{anchor}\"")),
            "{tree}: the unit's page links the task {anchor}"
        );
    }
}

#[test]
fn a_task_index_up_to_the_limit_lists_every_card() {
    let site = site_with_tasks(LONG_LIST - 1, 0);
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = scraper::Html::parse_document(&site.page("internal", &task_index()));
    assert!(select(&doc, "table.by-unit").is_empty());
    assert_eq!(select(&doc, "ul.cards > li").len(), LONG_LIST);
}

#[test]
fn a_status_page_lists_the_longest_overdue_and_says_where_the_rest_are() {
    let site = site_with_tasks(LONG_LIST + 1, LONG_LIST + 1);
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let status = |tree: &str, unit: &str| {
        let path = format!(
            "{}/{unit}.html",
            urls::folder(Lang::Nn, urls::Folder::Status)
        );
        scraper::Html::parse_document(&site.page(tree, &path))
    };
    for tree in ["internal", "open"] {
        let doc = status(tree, "kommune");
        let heading = text(&select(&doc, "#rt-overdue")[0]);
        assert!(
            heading.ends_with(&format!("({})", LONG_LIST + 1)),
            "{heading}"
        );
        let cards: Vec<String> = select(&doc, "#rt-overdue ~ .cards .card-title")
            .iter()
            .map(text)
            .collect();
        assert_eq!(cards.len(), LONG_LIST, "{tree}");
        assert_eq!(cards[0], "Oppgåve 0", "{tree}: the oldest deadline first");
        assert!(
            !cards.contains(&format!("Oppgåve {LONG_LIST}")),
            "{tree}: the newest deadline is the one left out"
        );
        let note = text(&select(&doc, "#rt-overdue ~ .long-list")[0]);
        assert!(
            note.contains(&format!("{LONG_LIST} av {}", LONG_LIST + 1)),
            "{tree}: {note}"
        );
        // A list within the limit says nothing more.
        assert!(select(&status(tree, "skule"), ".long-list").is_empty());
    }
}

/// The open tree's table counts what an internal unit owns without naming the unit, and no
/// list a limit shortens shows a person's name there: the counts and the capped list are
/// built from the same views as every other list.
#[test]
fn the_open_tables_name_no_internal_unit_and_no_person() {
    let site = Site::fixture("minimal");
    site.write(
        "content/org/hemmeleg.md",
        "+++\ntitle = \"Hemmeleg eining\"\nparent = \"kommune\"\nvisibility = \"internal\"\n\
         leader = { role = \"Leiar\", name = \"Ola Hemmelegsen\" }\n+++\n",
    );
    let mut md = String::from(
        "+++\ntitle = \"Ope oppdrag\"\nowner = \"hemmeleg\"\nvisibility = \"public\"\n\
         goals = [\"helse-02\"]\n",
    );
    for i in 0..LONG_LIST + 1 {
        md.push_str(&format!(
            "\n[[tasks]]\nid = \"h-{i}\"\ntitle = \"Skjult {i}\"\nresponsible = \"Siri Løyndom\"\ndeadline = 2026-01-10\n"
        ));
    }
    site.write("content/assignments/ope.md", &format!("{md}+++\n"));
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);

    let index = site.page("open", &task_index());
    let status = site.page(
        "open",
        &format!(
            "{}/kommune.html",
            urls::folder(Lang::Nn, urls::Folder::Status)
        ),
    );
    for (what, html) in [("task index", &index), ("status", &status)] {
        for secret in ["Hemmeleg eining", "Ola Hemmelegsen", "Siri Løyndom"] {
            assert!(!html.contains(secret), "open {what} shows {secret}");
        }
    }
    let doc = scraper::Html::parse_document(&index);
    let rows: Vec<Vec<String>> = select(&doc, "table.by-unit tbody tr")
        .iter()
        .map(|tr| tr.child_elements().map(|c| text(&c)).collect())
        .collect();
    assert!(
        rows.contains(&vec![
            "Utan eining som er vist her".to_string(),
            (LONG_LIST + 1).to_string(),
            (LONG_LIST + 1).to_string()
        ]),
        "{rows:?}"
    );
    // The internal tree names the unit.
    assert!(
        site.page("internal", &task_index())
            .contains("Hemmeleg eining")
    );
}
