//! The words of one site, as every stage reads them: `vocab` writes periods and dates with
//! them, `config` makes them ([`crate::config::labels`]: the built-in theme's files, a site
//! theme's, `[terms]`), render puts them on every page. The type sits below all of them so
//! that none imports another for it.

use std::collections::BTreeMap;

/// The labels of a site: the built-in words of its language, its theme's, then its `[terms]`.
#[derive(Debug, Clone)]
pub struct Labels(pub BTreeMap<String, String>);

impl Labels {
    /// The label of `key`. Every key the generator asks for is in every language's file (the
    /// tests see to it); a debug build stops at one that is not, and a release build shows the
    /// key rather than nothing.
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        match self.0.get(key) {
            Some(label) => label,
            None if cfg!(debug_assertions) => {
                panic!("no label `{key}`: add it to every file in themes/default/labels/")
            }
            None => key,
        }
    }
}
