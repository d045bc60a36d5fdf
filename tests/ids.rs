//! An id decides where its item's page lives, so an id may not name another page's file:
//! `.`, `..` (any id of dots alone) would replace an index or the front page.

mod common;

use common::*;

/// The line in `text` that starts with `prefix`, counted from 1.
fn line_of(text: &str, prefix: &str) -> usize {
    text.lines().position(|l| l.starts_with(prefix)).unwrap() + 1
}

#[test]
fn an_id_of_dots_alone_is_an_error_at_its_line() {
    for id in [".", "..", "...", "...."] {
        // A file's own id.
        let site = Site::fixture("every-field");
        let file = "content/assignments/rapportert.md";
        let text = read(&site.root().join(file)).replacen(
            "title = ",
            &format!("id = \"{id}\"\ntitle = "),
            1,
        );
        site.write(file, &text);
        let run = site.build();
        assert_eq!(run.code, 1, "id {id}: {}", run.stderr);
        let at = format!("{file}:{}:", line_of(&text, "id = "));
        assert!(
            run.stderr.contains(&at) && run.stderr.contains("not a valid id"),
            "id {id}: {}",
            run.stderr
        );
        assert!(!site.out().exists(), "id {id}: something was written");

        // An inline item's id (a measure in a plan).
        let site = Site::fixture("every-field");
        let file = "content/plans/hop.md";
        let text =
            read(&site.root().join(file)).replace("id = \"m-plain\"", &format!("id = \"{id}\""));
        site.write(file, &text);
        let run = site.check();
        assert_eq!(run.code, 1, "inline id {id}: {}", run.stderr);
        let at = format!("{file}:{}:", line_of(&text, &format!("id = \"{id}\"")));
        assert!(run.stderr.contains(&at), "inline id {id}: {}", run.stderr);
    }
}

/// In the layout of files, `FOLDER/ID.html`, the id `index` would be its folder's own page (the
/// list of its kind), and a unit `index` would put its status overview on the follow-up page:
/// the general rule (no two pages at one address) catches both, at the item.
#[test]
fn an_id_that_lands_on_a_folders_own_page_is_an_error_at_the_item() {
    let files = [
        (
            "content/org/index.md",
            "+++\ntitle = \"Ei eining\"\nparent = \"kommune\"\n+++\n",
        ),
        (
            "content/assignments/index.md",
            "+++\ntitle = \"Eit oppdrag\"\nowner = \"kommune\"\ngoals = [\"g-main\"]\n+++\n",
        ),
    ];
    for (file, text) in files {
        let site = Site::fixture("every-field");
        site.write(file, text);
        let run = site.build();
        assert_eq!(run.code, 1, "{file}: {}", run.stderr);
        assert!(
            run.stderr.contains(&format!("{file}:")) && run.stderr.contains("index.html"),
            "{file}: {}",
            run.stderr
        );
        assert!(!site.out().exists(), "{file}: something was written");
    }
}
