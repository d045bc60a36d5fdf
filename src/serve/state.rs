//! The version being served. A rebuild publishes a new one by swapping `Arc`s under a short
//! lock; a request takes a snapshot and keeps it to the end, so requests never wait for a
//! rebuild and never see half of one.

use std::sync::{Arc, Mutex};

use super::live;
use super::site::Site;
use crate::diag::Diagnostic;
use crate::labels::Labels;

/// The problems of the last rebuild, ready to show.
pub struct Problems {
    pub labels: Labels,
    pub lang: String,
    /// As the terminal printed them; a page that fails to render shows them under its own.
    pub list: Vec<Diagnostic>,
    /// The overlay's HTML.
    pub overlay: String,
}

impl Problems {
    pub fn new(list: Vec<Diagnostic>, labels: Labels, lang: &str, site_kept: bool) -> Problems {
        let note = if site_kept {
            live::Note::SiteKept
        } else {
            live::Note::NoSite
        };
        let overlay = live::overlay(&list, &labels, note);
        Problems {
            labels,
            lang: lang.to_string(),
            list,
            overlay,
        }
    }
}

#[derive(Clone, Default)]
pub struct Snapshot {
    /// Grows with every rebuild, good or bad; the live-reload script compares it.
    pub version: u64,
    /// The last version that built without errors.
    pub site: Option<Arc<Site>>,
    /// A version before `site`, for the pages `site` fails to render: a template error can
    /// fire on some pages only, which the theme check (one page per template) does not
    /// reach, and such a page is then served as it was.
    pub earlier: Option<Arc<Site>>,
    /// Set when the last rebuild failed.
    pub problems: Option<Arc<Problems>>,
}

#[derive(Default)]
pub struct State {
    now: Mutex<Snapshot>,
}

impl State {
    pub fn snapshot(&self) -> Snapshot {
        self.lock().clone()
    }

    /// Publishes a good version; returns its number and the version it lets go, for the
    /// caller to free once the tabs are told (a large graph takes a while to free).
    ///
    /// The replaced version becomes the earlier one unless a page of it failed to render:
    /// then the earlier one stays, since it still has that page, and a save that does not
    /// mend the template (the editor goes on writing) must not lose it. That keeps at most
    /// two graphs besides the one a rebuild is making.
    pub fn publish_site(&self, site: Site) -> (u64, Option<Arc<Site>>) {
        let site = Arc::new(site);
        let mut now = self.lock();
        now.version += 1;
        let old = now.site.replace(site);
        now.problems = None;
        let freed = match old {
            Some(old) if !old.has_failed() || now.earlier.is_none() => now.earlier.replace(old),
            other => other,
        };
        (now.version, freed)
    }

    /// Publishes a failed rebuild: the last good site stays; returns the new number.
    pub fn publish_problems(&self, problems: Problems) -> u64 {
        let mut now = self.lock();
        now.version += 1;
        now.problems = Some(Arc::new(problems));
        now.version
    }

    pub fn has_site(&self) -> bool {
        self.lock().site.is_some()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Snapshot> {
        self.now.lock().unwrap_or_else(|e| e.into_inner())
    }
}
