//! The built-in theme (compiled into the binary) and a site's overrides, file by file.
//!
//! `themes/NAME/templates/x.html` replaces the built-in `x.html` (or adds a new template);
//! `themes/NAME/static/…` and then the site's own `static/…` are copied to the root of both
//! trees, over the built-in theme's static files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};
use walkdir::WalkDir;

use crate::config::SiteConfig;
use crate::diag::Diagnostics;

static DEFAULT: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

pub struct Template {
    pub name: String,
    pub source: String,
    /// Where it came from, site-relative, for messages (`themes/x/templates/unit.html`, or
    /// `(built-in)/unit.html`).
    pub origin: String,
}

#[derive(Clone, Debug)]
pub enum StaticSource {
    Embedded(&'static [u8]),
    Disk(PathBuf),
}

pub struct Theme {
    pub templates: Vec<Template>,
    /// Tree-relative path → content, later layers already applied.
    pub statics: BTreeMap<String, StaticSource>,
}

pub fn load(root: &Path, cfg: &SiteConfig, diags: &mut Diagnostics) -> Theme {
    let mut templates: BTreeMap<String, Template> = BTreeMap::new();
    let mut statics: BTreeMap<String, StaticSource> = BTreeMap::new();
    if let Some(dir) = DEFAULT.get_dir("templates") {
        for f in embedded_files(dir) {
            let name = rel_name(f.path(), "templates");
            templates.insert(
                name.clone(),
                Template {
                    source: f.contents_utf8().unwrap_or_default().to_string(),
                    origin: format!("(built-in)/{name}"),
                    name,
                },
            );
        }
    }
    if let Some(dir) = DEFAULT.get_dir("static") {
        for f in embedded_files(dir) {
            statics.insert(
                rel_name(f.path(), "static"),
                StaticSource::Embedded(f.contents()),
            );
        }
    }

    if let Some(theme) = &cfg.theme {
        let dir = root.join("themes").join(&theme.value);
        if dir.is_dir() {
            for (rel, path) in files(&dir.join("templates")) {
                let origin = format!("themes/{}/templates/{rel}", theme.value);
                match std::fs::read_to_string(&path) {
                    Ok(source) => {
                        templates.insert(
                            rel.clone(),
                            Template {
                                name: rel,
                                source,
                                origin,
                            },
                        );
                    }
                    Err(e) => {
                        diags.error(
                            &origin.as_str().into(),
                            Default::default(),
                            format!("cannot read the template: {e}"),
                        );
                    }
                }
            }
            for (rel, path) in files(&dir.join("static")) {
                statics.insert(rel, StaticSource::Disk(path));
            }
        } else if theme.value != "default" {
            diags
                .error(&cfg.file, theme.pos, format!("there is no theme folder themes/{}", theme.value))
                .help("create themes/<name>/templates/ with the templates to override, or remove `theme`");
        }
    }
    for (rel, path) in files(&root.join("static")) {
        statics.insert(rel, StaticSource::Disk(path));
    }
    Theme {
        templates: templates.into_values().collect(),
        statics,
    }
}

fn rel_name(path: &Path, prefix: &str) -> String {
    let p = path.strip_prefix(prefix).unwrap_or(path);
    p.to_string_lossy().replace('\\', "/")
}

/// Every file under an embedded folder, at any depth.
fn embedded_files(dir: &'static Dir<'static>) -> Vec<&'static include_dir::File<'static>> {
    let mut out: Vec<_> = dir.files().collect();
    for d in dir.dirs() {
        out.extend(embedded_files(d));
    }
    out
}

/// Files under `dir` by relative path, drafts and hidden files skipped.
fn files(dir: &Path) -> Vec<(String, PathBuf)> {
    if !dir.is_dir() {
        return Vec::new();
    }
    WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            e.depth() == 0 || !crate::load::is_draft(&e.file_name().to_string_lossy())
        })
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .ok()?
                .to_string_lossy()
                .replace('\\', "/");
            Some((rel, e.path().to_path_buf()))
        })
        .collect()
}
