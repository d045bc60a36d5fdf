//! How fast `raudtrad serve` shows a saved file: save → live-reload signal → page served.
//!
//! ```sh
//! cargo run --release --example rebuild_bench -- SITE [--rounds 20] [--edit body|title|status|reference|entry|unit|new|report] [--file content/x/y.md --page /x/y/index.html]
//! ```
//!
//! Copies the site to a temporary folder, builds the release binary, starts
//! `raudtrad serve --verbose` on a free port, listens to the live-reload stream like a
//! browser tab, and then, round after round, edits one content file and times what follows.
//! The edit is a line added to the body (`--edit body`, the default: what an editor writing
//! text does), a changed `title` in the front matter (`--edit title`), or the first
//! `progress` of a report changed (`--edit status`: what a leader reporting does), or an
//! assignment's `owner` swapped with its first delegate and back (`--edit reference`), or a
//! report's first `[[status]]` entry taken out and put back (`--edit entry`), or a unit
//! moved to the top of the organisation and back (`--edit unit`: its `parent` changed),
//! or a new report file beside the first report, for a period of its own, each round
//! (`--edit report`: a leader's new monthly report), each of which `serve` puts into the
//! last graph; or a new assignment file written beside the first and taken away again
//! (`--edit new`), which resolves the site:
//!
//! - **save → reload**: from writing the file to the server telling tabs to reload (watcher
//!   latency + debounce + rebuild);
//! - **save → page**: until the edited page is served with the new line (the above + the
//!   browser's request, which renders the page);
//! - **rebuild**: the server's own measure, from the end of the debounce to the new version
//!   published, with its stages.
//!
//! By default it edits the first assignment file (the first report file for `--edit status`
//! and `entry`, the first unit two levels or more below the top for `--edit unit`) and
//! fetches its page.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

struct Args {
    site: PathBuf,
    rounds: usize,
    file: Option<String>,
    page: Option<String>,
    bin: Option<PathBuf>,
    edit: Edit,
}

#[derive(Clone, Copy, PartialEq)]
enum Edit {
    /// A line added to the body.
    Body,
    /// The title in the front matter changed.
    Title,
    /// The first `progress = N` in the front matter changed.
    Status,
    /// The `owner` of an assignment swapped with the first unit in `assigned_to`.
    Reference,
    /// A report's first `[[status]]` entry taken out (and put back the next round).
    Entry,
    /// A unit's `parent` changed to the top of the organisation (and back the next round).
    Unit,
    /// A new assignment file beside the edited one (taken away the next round).
    New,
    /// A new report file beside the first report, for another period, each round (they go
    /// with the copy of the site): what a leader writing this month's report does.
    Report,
}

fn args() -> Args {
    let mut a = Args {
        site: PathBuf::new(),
        rounds: 20,
        file: None,
        page: None,
        bin: None,
        edit: Edit::Body,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--rounds" => a.rounds = it.next().and_then(|v| v.parse().ok()).expect("--rounds N"),
            "--file" => a.file = it.next(),
            "--page" => a.page = it.next(),
            "--bin" => a.bin = it.next().map(PathBuf::from),
            "--edit" => {
                a.edit = match it.next().as_deref() {
                    Some("body") => Edit::Body,
                    Some("title") => Edit::Title,
                    Some("status") => Edit::Status,
                    Some("reference") => Edit::Reference,
                    Some("entry") => Edit::Entry,
                    Some("unit") => Edit::Unit,
                    Some("new") => Edit::New,
                    Some("report") => Edit::Report,
                    _ => {
                        panic!("--edit body, title, status, reference, entry, unit, new or report")
                    }
                }
            }
            "-h" | "--help" => {
                eprintln!(
                    "usage: rebuild_bench SITE [--rounds N] [--edit body|title|status|reference|entry|unit|new] [--file content/REL.md --page /PATH] [--bin RAUDTRAD]"
                );
                std::process::exit(0);
            }
            _ => a.site = PathBuf::from(arg),
        }
    }
    assert!(
        a.site.join("site.toml").is_file(),
        "give a site folder (with site.toml)"
    );
    a
}

/// Kills the server when the benchmark ends, however it ends.
struct Guard(Child);

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn main() {
    let args = args();
    let bin = args.bin.clone().unwrap_or_else(release_binary);
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let root = tmp.path().join("site");
    let copy_start = Instant::now();
    for entry in ["site.toml", "content", "static", "themes"] {
        copy(&args.site.join(entry), &root.join(entry));
    }
    let md = count_md(&root.join("content"));
    eprintln!(
        "copied {} ({md} content files) in {:.1} s",
        args.site.display(),
        copy_start.elapsed().as_secs_f64()
    );
    // For `--edit unit`: its parent's id and the top's, whatever file it is.
    let mut moved = None;
    let (file, page) = match (&args.file, &args.page) {
        (Some(f), Some(p)) if args.edit == Edit::Unit => {
            let (file, _, from, to) = unit_to_move(&root, Some(f));
            moved = Some((from, to));
            (file, p.clone())
        }
        (Some(f), Some(p)) => (f.clone(), p.clone()),
        (None, None) if args.edit == Edit::Unit => {
            let (file, page, from, to) = unit_to_move(&root, None);
            moved = Some((from, to));
            (file, page)
        }
        (None, None) if matches!(args.edit, Edit::Status | Edit::Entry | Edit::Report) => {
            first_file(&root, "reports")
        }
        (None, None) => first_file(&root, "assignments"),
        _ => panic!("give --file and --page together"),
    };

    let started = Instant::now();
    let mut child = Command::new(&bin)
        .args(["serve", "--verbose", "--port", "0", "--root"])
        .arg(&root)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start raudtrad serve");
    let out = lines(child.stdout.take().unwrap());
    let _guard = Guard(child);
    let port = loop {
        if let Some(p) = out.lock().unwrap().iter().find_map(|l| port_of(l)) {
            break p;
        }
        assert!(
            started.elapsed() < Duration::from_secs(600),
            "the server did not start"
        );
        std::thread::sleep(Duration::from_millis(5));
    };
    let first_build = out
        .lock()
        .unwrap()
        .iter()
        .find_map(|l| ms_in(l, "built in "))
        .unwrap_or(f64::NAN);
    eprintln!(
        "serve started: first build {first_build:.0} ms; editing {file}, fetching {page}, {} rounds",
        args.rounds
    );

    let mut events = Events::connect(port);
    let mut version = events.next();
    let original = std::fs::read_to_string(root.join(&file)).expect("the file to edit");
    let (mut reload, mut served, mut rebuild) = (Vec::new(), Vec::new(), Vec::new());
    let mut stages: Vec<(String, Vec<f64>)> = Vec::new();
    for round in 0..args.rounds {
        let marker = format!("bench-marker-{round}");
        let seen = out.lock().unwrap().len();
        let t0 = Instant::now();
        // What the page must show once it is served: `None` for a change of owner, which the
        // page shows only as one link among the units it names, and for an entry taken out
        // (the unit tests compare the pages with whole rebuilds).
        let (edited, marker) = match args.edit {
            Edit::Title => {
                assert!(
                    original.contains("\ntitle = \""),
                    "--edit title needs a `title = \"…\"` line in {file}"
                );
                let edited =
                    original.replacen("\ntitle = \"", &format!("\ntitle = \"{marker} "), 1);
                (edited, Some(marker))
            }
            Edit::Body => (format!("{original}\n\n{marker}\n"), Some(marker)),
            Edit::Status => {
                let (edited, value) = progress_changed(&original, round).unwrap_or_else(|| {
                    panic!("--edit status needs a `progress = N` line in {file}")
                });
                // As the report's page shows it.
                (edited, Some(format!(">{value} %<")))
            }
            Edit::Reference | Edit::Entry | Edit::Unit if round % 2 == 1 => {
                (original.clone(), None)
            }
            // The edited file stays as it is; the new one beside it comes and goes.
            Edit::New | Edit::Report => (original.clone(), None),
            Edit::Unit => {
                let (from, to) = moved.as_ref().expect("the unit's parent and the top");
                let line = format!("parent = \"{from}\"");
                assert!(
                    original.contains(&line),
                    "--edit unit needs `{line}` in {file}"
                );
                (
                    original.replacen(&line, &format!("parent = \"{to}\""), 1),
                    None,
                )
            }
            Edit::Entry => {
                let edited = first_entry_out(&original).unwrap_or_else(|| {
                    panic!("--edit entry needs a `[[status]]` table followed by another table in {file}")
                });
                (edited, None)
            }
            Edit::Reference => {
                let edited = owner_swapped(&original).unwrap_or_else(|| {
                    panic!("--edit reference needs `owner = \"…\"` and `assigned_to = [\"…\", …]` in {file}")
                });
                (edited, None)
            }
        };
        let (fetch, marker) = if args.edit == Edit::New {
            let (path, address) = beside(&root.join(&file), &page);
            if round % 2 == 0 {
                let title = format!("bench-marker-{round}");
                std::fs::write(&path, new_file(&original, &title)).unwrap();
                (address, Some(title))
            } else {
                std::fs::remove_file(&path).unwrap();
                (page.clone(), None)
            }
        } else if args.edit == Edit::Report {
            let (path, address) = beside(&root.join(&file), &page);
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            let (path, address) = (
                path.with_file_name(format!("{stem}-{round}.md")),
                address.replacen(&stem, &format!("{stem}-{round}"), 1),
            );
            let title = format!("bench-marker-{round}");
            std::fs::write(&path, new_report(&original, &title, round)).unwrap();
            (address, Some(title))
        } else {
            std::fs::write(root.join(&file), edited).unwrap();
            (page.clone(), marker)
        };
        let new = events.next();
        assert!(new > version, "a new version");
        version = new;
        reload.push(ms(t0));
        let body = get(port, &fetch);
        served.push(ms(t0));
        assert!(
            marker.is_none_or(|m| body.contains(&m)),
            "the page {fetch} does not show the edit; pass --file and --page"
        );
        // The server's own lines for this rebuild.
        std::thread::sleep(Duration::from_millis(300));
        let log: Vec<String> = out.lock().unwrap()[seen..].to_vec();
        assert!(
            !log.iter().any(|l| l.contains("error")),
            "the edit broke the site: {log:?}"
        );
        if let Some(t) = log.iter().find_map(|l| ms_in(l, " in ")) {
            rebuild.push(t);
        }
        for l in &log {
            if let Some((name, t)) = stage_line(l) {
                match stages.iter_mut().find(|(n, _)| *n == name) {
                    Some((_, v)) => v.push(t),
                    None => stages.push((name, vec![t])),
                }
            }
        }
    }
    std::fs::write(root.join(&file), original).unwrap();

    println!(
        "{md} content files, {} rounds, {} (median / p90 / max, ms)",
        args.rounds,
        match args.edit {
            Edit::Title => "the title changed (front matter)",
            Edit::Status => "a progress changed (front matter)",
            Edit::Reference => "the owner changed (front matter)",
            Edit::Entry => "a report's entry taken out or put back (front matter)",
            Edit::Unit => "a unit moved (front matter)",
            Edit::New => "a new file added or taken away",
            Edit::Report => "a new report file added (front matter)",
            Edit::Body => "a line added to the body",
        }
    );
    for (name, v) in [
        ("save → reload signal", &mut reload),
        ("save → page served", &mut served),
        ("rebuild (server)", &mut rebuild),
    ] {
        println!("  {name:<24} {}", summary(v));
    }
    for (name, v) in &mut stages {
        println!("    {name:<22} {}", summary(v));
    }
}

fn ms(t0: Instant) -> f64 {
    t0.elapsed().as_secs_f64() * 1000.0
}

fn summary(v: &mut [f64]) -> String {
    if v.is_empty() {
        return "-".into();
    }
    v.sort_by(|a, b| a.total_cmp(b));
    let at = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
    format!("{:7.1} {:7.1} {:7.1}", at(0.5), at(0.9), v[v.len() - 1])
}

/// `target/release/raudtrad`, built now so it is not stale.
fn release_binary() -> PathBuf {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    // From the repository, wherever the bench is started: cargo finds the package there.
    let status = Command::new(cargo)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["build", "--release", "--quiet", "--bin", "raudtrad"])
        .status()
        .expect("run cargo");
    assert!(status.success(), "cargo build --release failed");
    let exe = std::env::current_exe().unwrap();
    // target/release/examples/rebuild_bench → target/release/raudtrad
    exe.parent()
        .and_then(Path::parent)
        .map(|d| d.join("raudtrad"))
        .expect("the target folder")
}

fn copy(from: &Path, to: &Path) {
    if from.is_file() {
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(from, to).unwrap();
        return;
    }
    if !from.is_dir() {
        return;
    }
    for e in walkdir::WalkDir::new(from)
        .into_iter()
        .filter_map(Result::ok)
    {
        let target = to.join(e.path().strip_prefix(from).unwrap());
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else if e.file_type().is_file() {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

fn count_md(dir: &Path) -> usize {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .count()
}

/// `text` without its first `[[status]]` table (up to the next table).
fn first_entry_out(text: &str) -> Option<String> {
    let start = text.find("[[status]]\n")?;
    let end = start + 1 + text[start + 1..].find("\n[[")?;
    Some(format!("{}{}", &text[..start], &text[end + 1..]))
}

/// `text` with its `owner` and the first unit of `assigned_to` swapped.
fn owner_swapped(text: &str) -> Option<String> {
    let owner = text.lines().find(|l| l.starts_with("owner = \""))?;
    let to = text.lines().find(|l| l.starts_with("assigned_to = [\""))?;
    let first = to["assigned_to = [\"".len()..].split('"').next()?;
    let was = owner["owner = \"".len()..].split('"').next()?;
    let to_new = to.replacen(&format!("\"{first}\""), &format!("\"{was}\""), 1);
    Some(
        text.replacen(owner, &format!("owner = \"{first}\""), 1)
            .replacen(to, &to_new, 1),
    )
}

/// `text` with its first `progress = N` line changed, for round `round`, and the new value.
fn progress_changed(text: &str, round: usize) -> Option<(String, u8)> {
    let line = text.lines().find(|l| l.starts_with("progress = "))?;
    let old: u8 = line["progress = ".len()..].trim().parse().ok()?;
    // Never the value it had, so each round changes it.
    let value = ((usize::from(old) + 1 + round % 100) % 101) as u8;
    Some((
        text.replacen(line, &format!("progress = {value}"), 1),
        value,
    ))
}

/// The new file beside `file` for `--edit new`, and its page beside `page`.
fn beside(file: &Path, page: &str) -> (PathBuf, String) {
    let stem = file.file_stem().unwrap().to_string_lossy();
    let new = format!("{stem}-ny");
    (
        file.with_file_name(format!("{new}.md")),
        page.replacen(&*stem, &new, 1),
    )
}

/// A new assignment file made from `original`'s top-level fields (TOML front matter), with
/// `marker` in its title: no tasks and no `source`, whose ids and measures are taken.
fn new_file(original: &str, marker: &str) -> String {
    let mut out = String::new();
    for (i, line) in original.lines().enumerate() {
        if i > 0 && (line == "+++" || line.starts_with("[[")) {
            break;
        }
        if !(line.starts_with("id ") || line.starts_with("source ")) {
            out.push_str(line);
            out.push('\n');
        }
    }
    out.replacen("\ntitle = \"", &format!("\ntitle = \"{marker} "), 1) + "+++\n"
}

/// A report made from the report `original` (TOML front matter), titled `marker`, for the
/// same kind of period in year 1990 + `round`, which no unit reports on.
fn new_report(original: &str, marker: &str, round: usize) -> String {
    let mut out = String::new();
    for (i, line) in original.lines().enumerate() {
        if i == 1 {
            out.push_str(&format!("title = \"{marker}\"\n"));
        }
        match line.strip_prefix("period = \"") {
            Some(rest) if rest.len() >= 4 => {
                out.push_str(&format!("period = \"{}{}\n", 1990 + round, &rest[4..]))
            }
            _ if line.starts_with("title = ") || line.starts_with("id = ") => {}
            _ => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// The Markdown files under `content/FOLDER`, by name.
fn md_files(root: &Path, folder: &str) -> Vec<PathBuf> {
    walkdir::WalkDir::new(root.join("content").join(folder))
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.path().to_path_buf())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect()
}

/// The first file (by name) under `content/FOLDER` whose id is its file name, and its page.
fn first_file(root: &Path, folder: &str) -> (String, String) {
    let mut files = md_files(root, folder);
    files.retain(|p| {
        // Top-level keys only: inline items (`[[tasks]]`) have ids of their own.
        let text = std::fs::read_to_string(p).unwrap_or_default();
        !text
            .lines()
            .take_while(|l| !l.starts_with('['))
            .any(|l| l.starts_with("id ") || l.starts_with("id=") || l.starts_with("id:"))
    });
    let file = files
        .first()
        .unwrap_or_else(|| panic!("a file in {folder} without `id`; pass --file and --page"));
    let stem = file.file_stem().unwrap().to_string_lossy();
    (
        file.strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .into_owned(),
        page_of(root, &stem),
    )
}

/// The first unit file (by name; or `file`) whose parent is not the top of the
/// organisation, its page, its parent's id and the top's.
fn unit_to_move(root: &Path, file: Option<&String>) -> (String, String, String, String) {
    let mut diags = raudtrad::diag::Diagnostics::new();
    let g = raudtrad::read_site(root, &mut diags);
    let top = g.root_unit.expect("a site with units");
    let key = |id| g.item(id).key.clone();
    let mut files = md_files(root, "org");
    if let Some(f) = file {
        files = vec![root.join(f)];
    }
    for f in files {
        let rel = f.strip_prefix(root).unwrap().to_string_lossy().into_owned();
        let Some(id) = g.by_file.get(rel.trim_start_matches("content/")).copied() else {
            continue;
        };
        if let Some(parent) = g.unit(id).and_then(|u| u.parent)
            && parent != top
        {
            let page = format!("/{}", raudtrad::render::urls::item_path(&g, id));
            return (rel, page, key(parent), key(top));
        }
    }
    panic!("no unit two levels below the top; pass --file (a unit's file) and --page")
}

/// The address of item `id`, as the library makes it (the folder is in the site's
/// language).
fn page_of(root: &Path, id: &str) -> String {
    let mut diags = raudtrad::diag::Diagnostics::new();
    let g = raudtrad::read_site(root, &mut diags);
    let item = g.lookup(id).expect("the item is in the site");
    format!("/{}", raudtrad::render::urls::item_path(&g, item))
}

fn lines(stream: impl Read + Send + 'static) -> Arc<Mutex<Vec<String>>> {
    let all = Arc::new(Mutex::new(Vec::new()));
    let sink = all.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines().map_while(Result::ok) {
            sink.lock().unwrap().push(line);
        }
    });
    all
}

fn port_of(line: &str) -> Option<u16> {
    let at = line.find("http://127.0.0.1:")? + "http://127.0.0.1:".len();
    line[at..].split('/').next()?.parse().ok()
}

/// The number of milliseconds after `after` in `… in 12 ms …`.
fn ms_in(line: &str, after: &str) -> Option<f64> {
    let at = line.rfind(after)? + after.len();
    line[at..].split(" ms").next()?.trim().parse().ok()
}

/// `  resolve                 12.3 ms` from `--verbose`.
fn stage_line(line: &str) -> Option<(String, f64)> {
    let rest = line.strip_prefix("  ")?.strip_suffix(" ms")?;
    let (name, value) = rest.trim().rsplit_once(' ')?;
    Some((name.trim().to_string(), value.trim().parse().ok()?))
}

fn get(port: u16, target: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        s,
        "GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut body = String::new();
    s.read_to_string(&mut body).unwrap();
    body
}

struct Events(BufReader<TcpStream>);

impl Events {
    fn connect(port: u16) -> Events {
        let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
        write!(
            s,
            "GET {} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
            raudtrad::serve::EVENTS
        )
        .unwrap();
        Events(BufReader::new(s))
    }

    fn next(&mut self) -> u64 {
        let mut line = String::new();
        loop {
            line.clear();
            assert!(self.0.read_line(&mut line).unwrap() > 0, "stream closed");
            if let Some(v) = line.strip_prefix("data: ") {
                return v.trim().parse().unwrap();
            }
        }
    }
}
