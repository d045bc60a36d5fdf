//! `raudtrad serve`: a live preview for editors. Builds the site in memory, serves one tree
//! over HTTP on loopback, watches the sources, rebuilds on every save and reloads the open
//! browser tabs; a save with errors shows them over the page and in the terminal while the
//! last good version stays served, and a page that fails to render is served as an earlier
//! version rendered it.
//!
//! Threads: one accepts connections and gives each a thread of its own, at most
//! [`conn::MAX_CONNECTIONS`] ([`conn`]), which answers its requests from a snapshot of the
//! current version ([`state`]); one thread waits for file changes ([`watch`]), rebuilds
//! ([`cache`]) and publishes; one pings the live-reload connections ([`live`]); the main
//! thread waits for Ctrl-C and shuts everything down.

mod cache;
mod conn;
mod content_type;
mod host;
mod http;
mod live;
mod origin;
mod path;
mod request;
mod site;
mod state;
mod watch;

use std::io::Write;
use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use thiserror::Error;

use crate::diag::Severity;
use crate::model::vocab::Audience;
pub use cache::Changes;
use cache::{Cache, Outcome};
pub use live::{BEGIN, END, EVENTS};
use site::Site;
use state::{Problems, State};

/// How often live-reload connections are pinged, to notice closed tabs.
const PING: Duration = Duration::from_secs(15);

pub struct Options {
    pub root: PathBuf,
    pub bind: IpAddr,
    /// 0 picks a free port.
    pub port: u16,
    pub audience: Audience,
    pub quiet: bool,
    pub verbose: bool,
}

#[derive(Debug, Error)]
pub enum ServeError {
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
    #[error("the site folder {}: {source}", path.display())]
    Root {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot watch the site's files: {0}")]
    Watch(#[from] notify::Error),
    #[error("cannot start the server: {0}")]
    Start(String),
}

impl ServeError {
    /// How to mend it, for the terminal.
    pub fn help(&self) -> Option<String> {
        match self {
            ServeError::Bind { source, .. }
                if source.kind() == std::io::ErrorKind::AddrInUse =>
            {
                Some("another program (perhaps another `raudtrad serve`) uses that port; stop it, or choose another with --port (--port 0 picks a free one)".into())
            }
            ServeError::Bind { source, .. }
                if source.kind() == std::io::ErrorKind::AddrNotAvailable =>
            {
                Some("--bind must be an address of this machine, such as 127.0.0.1".into())
            }
            ServeError::Root { .. } => {
                Some("pass the site's folder (the one with site.toml) with --root".into())
            }
            _ => None,
        }
    }
}

/// Serves until Ctrl-C (or SIGTERM); an error only when it cannot start.
pub fn run(opts: &Options) -> Result<(), ServeError> {
    let root = opts
        .root
        .canonicalize()
        .map_err(|source| ServeError::Root {
            path: opts.root.clone(),
            source,
        })?;
    let addr = SocketAddr::new(opts.bind, opts.port);
    let listener = TcpListener::bind(addr).map_err(|source| ServeError::Bind { addr, source })?;
    let addr = listener
        .local_addr()
        .map_err(|source| ServeError::Bind { addr, source })?;
    let (stop_tx, stop_rx) = mpsc::channel();
    ctrlc::set_handler(move || {
        let _ = stop_tx.send(());
    })
    .map_err(|e| ServeError::Start(e.to_string()))?;
    // Watch before the first build, so a save during it is not missed.
    let mut watcher = watch::Watcher::new(&root)?;

    let term = Terminal {
        quiet: opts.quiet,
        verbose: opts.verbose,
    };
    let state = Arc::new(State::default());
    let listeners = Arc::new(live::Listeners::default());
    let mut cache = Cache::new(&root);
    let started = Instant::now();
    let outcome = cache.rebuild(&Changes {
        all: true,
        ..Changes::default()
    });
    publish(outcome, opts.audience, &state, &term, started, None, &root);
    cache.prepare();

    let stop = Arc::new(AtomicBool::new(false));
    let hosts = host::Hosts::new(opts.bind);
    let acceptor = {
        let shared = Arc::new(conn::Shared {
            state: state.clone(),
            listeners: listeners.clone(),
            hosts,
            stop: stop.clone(),
        });
        thread::spawn(move || conn::accept(listener, shared))
    };
    let rebuilder = {
        let (state, listeners, stop) = (state.clone(), listeners.clone(), stop.clone());
        let audience = opts.audience;
        let root = root.clone();
        thread::spawn(move || {
            while let Some(changes) = watcher.next(&stop) {
                let started = Instant::now();
                let outcome = cache.rebuild(&changes);
                let (version, replaced) = publish(
                    outcome,
                    audience,
                    &state,
                    &term,
                    started,
                    Some(&changes),
                    &root,
                );
                listeners.publish(version);
                drop(replaced);
                cache.prepare();
            }
        })
    };
    {
        let (listeners, stop) = (listeners.clone(), stop.clone());
        thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                thread::sleep(PING);
                listeners.ping();
            }
        });
    }

    let tree = match opts.audience {
        Audience::Internal => "internal",
        Audience::Open => "open",
    };
    // Even with --quiet: with --port 0 this is the only way to learn the port.
    Terminal {
        quiet: false,
        ..term
    }
    .say(&format!(
        "serving the {tree} tree of {} at http://{addr}/ — open it in a browser; Ctrl-C stops",
        root.display()
    ));
    if !opts.bind.is_loopback() {
        crate::diag::eprint_warning(format_args!(
            "listening on {}: other machines on the network can open the {tree} tree",
            opts.bind
        ));
    }

    let _ = stop_rx.recv();
    stop.store(true, Ordering::Relaxed);
    conn::wake(addr);
    let _ = acceptor.join();
    listeners.close();
    let _ = rebuilder.join();
    term.say("stopped");
    Ok(())
}

/// What the terminal shows: the address, each rebuild, every problem.
#[derive(Clone, Copy)]
struct Terminal {
    quiet: bool,
    verbose: bool,
}

impl Terminal {
    fn say(&self, line: &str) {
        if !self.quiet {
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "{line}");
            let _ = out.flush();
        }
    }
}

/// Prints a rebuild's outcome and publishes it; returns the new version number and the
/// replaced version of the site, if any.
fn publish(
    outcome: Outcome,
    audience: Audience,
    state: &State,
    term: &Terminal,
    started: Instant,
    changes: Option<&Changes>,
    root: &Path,
) -> (u64, Option<Arc<Site>>) {
    let Outcome {
        result,
        diags,
        parsed,
        mut stages,
        labels,
        lang,
    } = outcome;
    let list = diags.sorted();
    {
        let colour = crate::diag::stderr_colour();
        let mut err = std::io::stderr().lock();
        for d in &list {
            if d.severity == Severity::Error || !term.quiet {
                let _ = if colour {
                    writeln!(err, "{}", d.coloured())
                } else {
                    writeln!(err, "{d}")
                };
            }
        }
    }
    let lap = Instant::now();
    let site = result.map(|rebuilt| Site::new(rebuilt, audience));
    stages.add("index pages", lap.elapsed(), Vec::new());
    if term.verbose {
        for stage in stages.list() {
            term.say(&stage.line());
        }
    }
    let Some(site) = site else {
        let errors = list
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        let kept = state.has_site();
        crate::diag::eprint_error(format_args!(
            "the site has {errors} error{}; {}",
            if errors == 1 { "" } else { "s" },
            if kept {
                "still serving the last version without errors"
            } else {
                "the browser shows the problems until they are mended"
            }
        ));
        return (
            state.publish_problems(Problems::new(list, labels, &lang, kept)),
            None,
        );
    };
    let what = match changes {
        None => "built".to_string(),
        Some(c) if c.all => "rebuilt everything".to_string(),
        Some(c) => format!("rebuilt after {}", describe(c, root)),
    };
    // Said before it is served, so the terminal is never behind the browser.
    let mended = state.snapshot().problems.is_some();
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    term.say(&format!(
        "{what} in {ms:.0} ms ({parsed} file{} read, {} pages){}",
        if parsed == 1 { "" } else { "s" },
        site.page_count(),
        if mended {
            "; the errors are mended"
        } else {
            ""
        }
    ));
    state.publish_site(site)
}

/// The changed files worth naming: Markdown files and whatever still exists (not an
/// editor's temporary files), at most three.
fn describe(changes: &Changes, root: &Path) -> String {
    let mut names: Vec<String> = changes
        .content
        .iter()
        .filter(|p| p.ends_with(".md") || root.join("content").join(p).exists())
        .map(|p| format!("content/{p}"))
        .collect();
    if changes.theme {
        names.push("the theme or site.toml".into());
    }
    let more = names.len().saturating_sub(3);
    names.truncate(3);
    if more > 0 {
        names.push(format!("{more} more"));
    }
    if names.is_empty() {
        "a change".into()
    } else {
        names.join(", ")
    }
}
