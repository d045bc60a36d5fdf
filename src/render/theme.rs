//! The built-in theme (compiled into the binary) and a site's overrides, file by file.
//!
//! `themes/NAME/templates/x.html` replaces the built-in `x.html` (or adds a new template);
//! `themes/NAME/static/…` and then the site's own `static/…` are copied to the root of both
//! trees, over the built-in theme's static files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::config::SiteConfig;
use crate::diag::Diagnostics;
use crate::load::confine;
use include_dir::{Dir, include_dir};

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

    if let Some(theme) = &cfg.theme
        && !confine::is_plain_name(&theme.value)
    {
        diags
            .error(
                &cfg.file,
                theme.pos,
                format!(
                    "`theme` must be the name of a folder in themes/, found `{}`",
                    theme.value
                ),
            )
            .help(
                "a theme lives inside the site folder, in themes/NAME/; copy it there and \
                 write `theme = \"NAME\"` (raudtrad reads nothing outside the site folder)",
            );
    } else if let Some(theme) = &cfg.theme {
        let rel = format!("themes/{}", theme.value);
        let dir = root.join(&rel);
        let link = confine::link_on_path(root, &rel);
        if let Some(link) = &link {
            link.report(diags);
        } else if dir.is_dir() {
            for (rel, path) in files(root, &format!("{rel}/templates"), diags) {
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
            for (rel, path) in files(root, &format!("{rel}/static"), diags) {
                statics.insert(rel, StaticSource::Disk(path));
            }
        } else if theme.value != "default" {
            diags
                .error(&cfg.file, theme.pos, format!("there is no theme folder themes/{}", theme.value))
                .help("create themes/<name>/templates/ with the templates to override, or remove `theme`");
        }
    }
    for (rel, path) in files(root, "static", diags) {
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

/// Files under the site-relative folder `rel` by path relative to it, drafts and hidden
/// files skipped; links are reported and not followed ([`confine`]).
fn files(root: &Path, rel: &str, diags: &mut Diagnostics) -> Vec<(String, PathBuf)> {
    let walked = confine::walk(root, rel, crate::load::is_draft);
    for link in &walked.links {
        link.report(diags);
    }
    // A file where a folder should be is not a folder of files.
    walked
        .files
        .into_iter()
        .filter(|(r, _)| !r.is_empty())
        .collect()
}
