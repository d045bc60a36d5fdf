//! A rebuild writes only what changed: a file whose bytes are those of the previous output's
//! file is that file, linked (src/write.rs). Nothing put into the old output by hand reaches
//! the new one unless its bytes are exactly what the build made, and the output is byte for
//! byte what a build into an empty folder makes.

mod common;

use std::collections::BTreeMap;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

use common::*;
use walkdir::WalkDir;

/// Every file under `dir` (links too, not followed): relative path → (device, inode, is a
/// regular file).
fn identities(dir: &Path) -> BTreeMap<String, (u64, u64, bool)> {
    WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| !e.file_type().is_dir())
        .map(|e| {
            let m = std::fs::symlink_metadata(e.path()).unwrap();
            let rel = e.path().strip_prefix(dir).unwrap().to_string_lossy().into();
            (rel, (m.dev(), m.ino(), m.file_type().is_file()))
        })
        .collect()
}

/// The paths whose bytes differ between two snapshots, or that only one has.
fn differing(a: &[(String, Vec<u8>)], b: &[(String, Vec<u8>)]) -> Vec<String> {
    let (a, b) = (bytes(a), bytes(b));
    let paths: std::collections::BTreeSet<&&str> = a.keys().chain(b.keys()).collect();
    paths
        .into_iter()
        .filter(|p| a.get(**p) != b.get(**p))
        .map(|p| p.to_string())
        .collect()
}

fn bytes(files: &[(String, Vec<u8>)]) -> BTreeMap<&str, &[u8]> {
    files
        .iter()
        .map(|(p, b)| (p.as_str(), b.as_slice()))
        .collect()
}

#[test]
fn a_rebuild_keeps_the_files_that_did_not_change_and_writes_those_that_did() {
    let site = Site::fixture("every-field");
    assert_eq!(site.build().code, 0);
    let before = snapshot(&site.out());
    let ids_before = identities(&site.out());

    // One assignment's text changes: its page, the unit's plan, the search index and the
    // open data change with it; most files do not.
    let file = site.root().join("content/assignments/oppdrag.md");
    let text = read(&file);
    site.write(
        "content/assignments/oppdrag.md",
        &format!("{text}\nEin ny setning om vedlikehald.\n"),
    );
    assert_eq!(site.build().code, 0);
    let after = snapshot(&site.out());
    let ids_after = identities(&site.out());

    let (old, new) = (bytes(&before), bytes(&after));
    let (mut kept, mut written) = (0, Vec::new());
    // The marker that says the folder is raudtrad's is written anew by every build.
    for (path, now) in new.iter().filter(|(p, _)| **p != ".raudtrad-output") {
        let (dev, ino, regular) = ids_after[*path];
        assert!(regular, "{path} is a regular file");
        match old.get(path) {
            Some(was) if was == now => {
                assert_eq!(
                    (dev, ino),
                    (ids_before[*path].0, ids_before[*path].1),
                    "{path} did not change and is the same file"
                );
                kept += 1;
            }
            _ => {
                assert_ne!(
                    Some((dev, ino)),
                    ids_before.get(*path).map(|&(d, i, _)| (d, i)),
                    "{path} changed and is a new file"
                );
                written.push(*path);
            }
        }
    }
    // Only the pages that show the text, and the search index (whose folder is named by
    // its content), were written again.
    let own = site.path_of("oppdrag");
    let pages: Vec<&&str> = written.iter().filter(|p| !p.contains("search/")).collect();
    assert!(kept > 100, "kept {kept}");
    assert!(
        pages.len() >= 4
            && pages
                .iter()
                .all(|p| p.ends_with(&format!("/{own}")) || p.contains("/verksemdsplan/")),
        "written again: {pages:?}"
    );
    // The same output as a build into an empty folder.
    let fresh = site.root().join("fresh");
    assert_eq!(build(site.root(), &fresh).code, 0);
    assert_eq!(differing(&snapshot(&fresh), &after), Vec::<String>::new());
    assert!(after.iter().any(|(p, b)| p.starts_with("internal/")
        && String::from_utf8_lossy(b).contains("Ein ny setning om vedlikehald")));
}

#[test]
fn nothing_put_into_the_old_output_is_carried_over() {
    let site = Site::fixture("every-field");
    assert_eq!(site.build().code, 0);
    let out = site.out();
    let expected = snapshot(&out);
    let files = bytes(&expected);
    let pages: Vec<&str> = files
        .keys()
        .copied()
        .filter(|p| p.ends_with(".html"))
        .take(3)
        .collect();
    let (linked, edited, hard) = (pages[0], pages[1], pages[2]);

    // A link in place of a page, to a file outside with exactly the page's bytes.
    let outside = site.root().join("outside.html");
    std::fs::write(&outside, files[linked]).unwrap();
    std::fs::remove_file(out.join(linked)).unwrap();
    std::os::unix::fs::symlink(&outside, out.join(linked)).unwrap();
    // The same for a file beside content, which is copied, not rendered.
    let beside = files
        .keys()
        .copied()
        .find(|p| p.ends_with("/ind.csv"))
        .expect("the fixture publishes its indicator's CSV file");
    let outside_csv = site.root().join("outside.csv");
    std::fs::write(&outside_csv, files[beside]).unwrap();
    std::fs::remove_file(out.join(beside)).unwrap();
    std::os::unix::fs::symlink(&outside_csv, out.join(beside)).unwrap();
    // A page edited in place, to the same length.
    let mut changed = files[edited].to_vec();
    let at = changed.iter().position(|&b| b == b'>').unwrap();
    changed[at + 1] = if changed[at + 1] == b'X' { b'Y' } else { b'X' };
    std::fs::write(out.join(edited), &changed).unwrap();
    // A page that is a hard link to a file outside with other bytes.
    let other = site.root().join("other.html");
    std::fs::write(&other, b"not the page").unwrap();
    std::fs::remove_file(out.join(hard)).unwrap();
    std::fs::hard_link(&other, out.join(hard)).unwrap();

    assert_eq!(site.build().code, 0);
    assert_eq!(
        differing(&snapshot(&out), &expected),
        Vec::<String>::new(),
        "every file as the build makes it"
    );
    let ids = identities(&out);
    for page in [linked, edited, hard, beside] {
        assert!(ids[page].2, "{page} is a regular file, not a link");
    }
    let outside_id = std::fs::metadata(&other).unwrap().ino();
    assert_ne!(ids[hard].1, outside_id, "{hard} is not the file outside");
    // And what was outside is as it was.
    assert_eq!(std::fs::read(&outside).unwrap(), files[linked]);
    assert_eq!(std::fs::read(&other).unwrap(), b"not the page");
}
