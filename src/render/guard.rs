//! The open tree's last guard against person names. Views already leave names out where the
//! format puts them ([`super::view::Ctx::person`]); this catches a known name wherever else it
//! would reach an open-tree file — a report's narrative, a comment, a title — in every file
//! rendered for the tree, whatever its type (HTML, XML, JSON, CSV, calendar, search index).
//! Resolve has already warned the editor about each such place.

use std::borrow::Cow;
use std::sync::Arc;

use crate::labels::Labels;
use crate::model::vocab::Audience;
use crate::model::{Graph, PersonNames};

pub struct Guard {
    names: Arc<PersonNames>,
    replacement: String,
}

impl Guard {
    /// The guard for a tree: `None` for the internal tree, where names are published, or when
    /// the site has no names.
    pub fn for_tree(g: &Graph, labels: &Labels, audience: Audience) -> Option<Guard> {
        Some(Guard {
            names: Arc::clone(audience.withheld_names(g)?),
            replacement: super::view::withheld(labels),
        })
    }

    /// The file's bytes with every known name withheld. Linear in the file.
    pub fn apply<'a>(&self, bytes: &'a [u8]) -> Cow<'a, [u8]> {
        match self.names.redact(bytes, &self.replacement) {
            Some(out) => Cow::Owned(out),
            None => Cow::Borrowed(bytes),
        }
    }

    /// A file published as the editor wrote it (beside content, `static/`), as the open
    /// tree publishes it: a text file — judged by its bytes, not its name (see
    /// [`super::published`]) — with every known name withheld, or `None` to publish the
    /// bytes as they are (a binary file, a UTF-16 file, or a text that names no one).
    pub fn published(&self, bytes: &[u8]) -> Option<Vec<u8>> {
        std::str::from_utf8(bytes).ok()?;
        self.names.redact(bytes, &self.replacement)
    }
}
