//! A site theme's own words: `themes/NAME/labels/LANG.toml`, in the site's language, each key
//! a label of the built-in theme whose word it replaces ([`crate::config::labels`]).

use std::path::Path;

use super::confine::{self, ReadError};
use super::fields::FileCx;
use super::node::{self, Value};
use crate::config::SiteConfig;
use crate::config::labels::ThemeWords;
use crate::diag::Diagnostics;
use crate::span::{Located, Pos};

const HELP: &str = "a label file is `key = \"text\"`, one label a line, with the keys of themes/default/labels/ (listed in docs/content-format.md, *Labels*)";

/// The words of the site's theme for its language; none when it names no theme of its own or
/// the theme has no file for the language. A theme name that is no folder name, and a theme
/// folder that is missing or a link, are left to [`crate::render::theme::load`] to report.
pub fn read(root: &Path, cfg: &SiteConfig, diags: &mut Diagnostics) -> ThemeWords {
    let Some(theme) = cfg
        .theme
        .as_ref()
        .filter(|t| confine::is_plain_name(&t.value))
    else {
        return ThemeWords::default();
    };
    let dir = format!("themes/{}", theme.value);
    if confine::link_on_path(root, &dir).is_some() {
        return ThemeWords::default();
    }
    let rel = format!("{dir}/labels/{}.toml", cfg.language.code());
    let cx = FileCx::new(rel.as_str().into());
    let words = match confine::read(root, &rel) {
        Ok(bytes) => super::utf8(&bytes, &cx)
            .map(|text| words(&text, &cx))
            .unwrap_or_default(),
        Err(ReadError::Link(link)) => {
            link.report(diags);
            Vec::new()
        }
        Err(ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(ReadError::Io(e)) => {
            cx.error(Pos::default(), format!("cannot read the file: {e}"), None);
            Vec::new()
        }
    };
    let file = cx.file.clone();
    diags.extend(cx.into_diagnostics());
    ThemeWords { file, words }
}

/// The `key = "text"` lines of a label file; anything else is an error at its line.
fn words(text: &str, cx: &FileCx) -> Vec<(Located<String>, String)> {
    let root = match node::from_toml(text, 1) {
        Ok(root) => root,
        Err(e) => {
            cx.error(e.pos, e.message, Some(HELP));
            return Vec::new();
        }
    };
    let Value::Map(entries) = root.value else {
        return Vec::new();
    };
    let mut words = Vec::new();
    for entry in entries {
        match entry.node.value {
            Value::Str(word) => words.push((Located::new(entry.key, entry.key_pos), word)),
            other => cx.error(
                entry.node.pos,
                format!(
                    "the label `{}` is {}, not text",
                    entry.key,
                    other.describe()
                ),
                Some(HELP),
            ),
        }
    }
    words
}
