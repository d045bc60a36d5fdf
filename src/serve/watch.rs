//! Watches the site's sources and turns a burst of file events into one set of changes.
//!
//! Editors save in several steps (write a temporary file and rename it over the original,
//! keep a backup, touch a probe file), so events come in bursts. A batch starts at the first
//! event that matters and ends when no event has come for [`QUIET`] (or after [`LONGEST`],
//! so a long stream of changes such as a `git checkout` still rebuilds now and then): one
//! save is one rebuild. Paths the build skips (drafts and hidden files, `_x`, `.x`) and mere
//! reads do not start a batch — the rebuild's own reading must not trigger another.
//!
//! Watched: `site.toml` (through its folder, because a save by rename replaces the file),
//! and `content/`, `themes/` and `static/` at any depth, also when they appear later.

use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode, EventKind};
use notify::{Event, RecommendedWatcher, RecursiveMode, Watcher as _};

use super::cache::Changes;
use crate::load::is_draft;

/// How long after the last event a batch ends.
pub const QUIET: Duration = Duration::from_millis(30);
/// The longest a batch waits before it is rebuilt anyway.
pub const LONGEST: Duration = Duration::from_millis(1000);
/// How often the stop flag is looked at while nothing happens.
const IDLE: Duration = Duration::from_millis(100);

const TREES: [&str; 3] = ["content", "themes", "static"];

pub struct Watcher {
    root: PathBuf,
    inner: RecommendedWatcher,
    events: Receiver<notify::Result<Event>>,
    /// Which of [`TREES`] are watched now.
    watched: [bool; 3],
}

impl Watcher {
    /// `root` must be absolute (events carry absolute paths).
    pub fn new(root: &Path) -> notify::Result<Watcher> {
        let (tx, events) = channel();
        // A linked folder is not entered: nothing outside the site is watched (or read).
        let mut inner = RecommendedWatcher::new(
            move |e| {
                let _ = tx.send(e);
            },
            notify::Config::default().with_follow_symlinks(false),
        )?;
        inner.watch(root, RecursiveMode::NonRecursive)?;
        let mut w = Watcher {
            root: root.to_path_buf(),
            inner,
            events,
            watched: [false; 3],
        };
        w.watch_trees(&[]);
        Ok(w)
    }

    /// Waits for the next batch of changes; `None` once `stop` is set.
    pub fn next(&mut self, stop: &AtomicBool) -> Option<Changes> {
        let mut changes = Changes::default();
        let mut tops: Vec<&'static str> = Vec::new();
        let mut first: Option<Instant> = None;
        loop {
            if stop.load(Ordering::Relaxed) {
                return None;
            }
            let wait = if first.is_some() { QUIET } else { IDLE };
            match self.events.recv_timeout(wait) {
                Ok(event) => {
                    if self.add(event, &mut changes, &mut tops) {
                        first.get_or_insert_with(Instant::now);
                    }
                    if first.is_some_and(|t| t.elapsed() >= LONGEST) {
                        break;
                    }
                }
                Err(RecvTimeoutError::Timeout) if first.is_some() => break,
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return None,
            }
        }
        self.watch_trees(&tops);
        changes.content.sort_unstable();
        changes.content.dedup();
        Some(changes)
    }

    /// Adds what an event says to `changes`; whether it matters.
    fn add(
        &self,
        event: notify::Result<Event>,
        changes: &mut Changes,
        tops: &mut Vec<&'static str>,
    ) -> bool {
        let event = match event {
            Ok(e) => e,
            Err(_) => {
                changes.all = true;
                return true;
            }
        };
        if event.need_rescan() {
            changes.all = true;
            return true;
        }
        if let EventKind::Access(kind) = event.kind
            && kind != AccessKind::Close(AccessMode::Write)
        {
            return false;
        }
        let mut matters = false;
        for path in &event.paths {
            let Ok(rel) = path.strip_prefix(&self.root) else {
                continue;
            };
            let parts: Vec<String> = rel
                .components()
                .filter_map(|c| match c {
                    Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
                    _ => None,
                })
                .collect();
            let Some((top, rest)) = parts.split_first() else {
                continue;
            };
            if rest.iter().any(|p| is_draft(p)) {
                continue;
            }
            match top.as_str() {
                "site.toml" if rest.is_empty() => changes.theme = true,
                "content" if rest.is_empty() => {
                    // The folder itself was made, removed or moved.
                    changes.all = true;
                    tops.push("content");
                }
                "content" => changes.content.push(rest.join("/")),
                "themes" | "static" => {
                    changes.theme = true;
                    if rest.is_empty() {
                        tops.push(if top == "themes" { "themes" } else { "static" });
                    }
                }
                _ => continue,
            }
            matters = true;
        }
        matters
    }

    /// Starts watching the trees that exist and are not watched yet; `renew` were replaced
    /// (made, removed or moved) and are watched again if they exist.
    fn watch_trees(&mut self, renew: &[&str]) {
        for (i, tree) in TREES.iter().enumerate() {
            let dir = self.root.join(tree);
            if renew.contains(tree) && self.watched[i] {
                let _ = self.inner.unwatch(&dir);
                self.watched[i] = false;
            }
            if !self.watched[i] && dir.is_dir() {
                self.watched[i] = self.inner.watch(&dir, RecursiveMode::Recursive).is_ok();
            }
        }
    }
}
