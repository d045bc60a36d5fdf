//! Helpers for integration tests: run the real binary, copy fixture sites, read output.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use walkdir::WalkDir;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(name: &str) -> PathBuf {
    repo().join("tests/fixtures").join(name)
}

/// The raudtrad binary, with colours and locale out of the way.
pub fn raudtrad() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_raudtrad"));
    c.env("NO_COLOR", "1");
    c
}

pub mod leaks;
pub mod reader;
pub mod server;
pub mod sites;

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn from(o: Output) -> Run {
        let run = Run {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        };
        assert!(
            !run.stderr.contains("panicked") && !run.stderr.contains("RUST_BACKTRACE"),
            "raudtrad panicked:\n{}",
            run.stderr
        );
        run
    }
}

pub fn run(args: &[&str]) -> Run {
    Run::from(raudtrad().args(args).output().expect("run raudtrad"))
}

pub fn build(root: &Path, out: &Path) -> Run {
    run(&[
        "build",
        "--root",
        root.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ])
}

pub fn check(root: &Path) -> Run {
    run(&["check", "--root", root.to_str().unwrap()])
}

/// A copy of a fixture (or of the sample site at the repo root) in a temporary folder.
pub struct Site {
    pub dir: tempfile::TempDir,
}

impl Site {
    pub fn copy_of(src: &Path) -> Site {
        let dir = tempfile::tempdir().expect("tempdir");
        for entry in ["site.toml", "content", "static", "themes"] {
            let from = src.join(entry);
            if from.exists() {
                copy_tree(&from, &dir.path().join(entry));
            }
        }
        Site { dir }
    }

    pub fn fixture(name: &str) -> Site {
        Site::copy_of(&fixture(name))
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn out(&self) -> PathBuf {
        self.dir.path().join("public")
    }

    pub fn write(&self, rel: &str, text: &str) -> &Self {
        self.write_bytes(rel, text.as_bytes())
    }

    pub fn write_bytes(&self, rel: &str, bytes: &[u8]) -> &Self {
        let path = self.dir.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
        self
    }

    pub fn remove(&self, rel: &str) -> &Self {
        std::fs::remove_file(self.dir.path().join(rel)).unwrap();
        self
    }

    pub fn build(&self) -> Run {
        build(self.root(), &self.out())
    }

    pub fn check(&self) -> Run {
        check(self.root())
    }

    /// The address of item `id` in the built site, from the tree's root, as the library makes
    /// it (`oppdrag/x.html`, or `oppdrag/x.html#task` for a task), so tests follow the
    /// addresses wherever `src/render/urls.rs` puts them.
    pub fn path_of(&self, id: &str) -> String {
        path_of(self.root(), id)
    }

    /// The section of a task (or checklist item) on its assignment's (checklist's) page: the
    /// element whose `id` is the item's id, as HTML.
    pub fn section(&self, tree: &str, id: &str) -> String {
        let path = self.path_of(id);
        let (page, anchor) = path.split_once('#').expect("an item shown as a section");
        let doc = scraper::Html::parse_document(&self.page(tree, page));
        let found = select(&doc, &format!("[id=\"{anchor}\"]"));
        assert_eq!(found.len(), 1, "one element with id `{anchor}` on {page}");
        found[0].html()
    }

    pub fn page(&self, tree: &str, path: &str) -> String {
        read(&self.out().join(tree).join(path))
    }
}

pub fn copy_tree(from: &Path, to: &Path) {
    if from.is_file() {
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(from, to).unwrap();
        return;
    }
    for e in WalkDir::new(from).into_iter().filter_map(Result::ok) {
        let rel = e.path().strip_prefix(from).unwrap();
        let target = to.join(rel);
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else if e.file_type().is_file() {
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

/// The address of item `id` of the site at `root`, from the tree's root (see
/// [`Site::path_of`]).
pub fn path_of(root: &Path, id: &str) -> String {
    let mut diags = raudtrad::diag::Diagnostics::new();
    let g = raudtrad::read_site(root, &mut diags);
    let item = g
        .lookup(id)
        .unwrap_or_else(|| panic!("no item `{id}` in {}", root.display()));
    raudtrad::render::urls::item_path(&g, item)
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

/// Every file under `dir`, relative path → bytes, sorted.
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// Every HTML page under a tree, relative path → parsed document.
pub fn pages(tree: &Path) -> Vec<(String, scraper::Html)> {
    snapshot(tree)
        .into_iter()
        .filter(|(p, _)| p.ends_with(".html"))
        .map(|(p, b)| {
            (
                p,
                scraper::Html::parse_document(&String::from_utf8(b).unwrap()),
            )
        })
        .collect()
}

pub fn select<'a>(doc: &'a scraper::Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    let sel = scraper::Selector::parse(css).unwrap();
    doc.select(&sel).collect()
}

pub fn text(el: &scraper::ElementRef) -> String {
    el.text()
        .collect::<Vec<_>>()
        .join("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// What a build left in `dir` besides its output: its staging and swap folders (their names
/// hold `raudtrad-`), which a finished or mended build removes.
pub fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("raudtrad-"))
        .collect()
}

/// The persons of the fixture `openness`: leaders of the municipality, Oppvekst, the internal
/// unit and the school; persons responsible for a public task, an internal task and a task of
/// an internal assignment. Each surname, `Personmerke…`, stands nowhere else, so any trace of
/// one in the open tree is a leak.
pub const OPENNESS_PERSONS: [&str; 7] = [
    "Astrid Personmerkeaa",
    "Bjørn Personmerkebb",
    "Cecilie Personmerkecc",
    "Dag Personmerkedd",
    "Erik Personmerkeee",
    "Frida Personmerkeff",
    "Gunnar Personmerkegg",
];
