//! Render: the resolved graph → the pages of each tree, through Tera templates.
//!
//! Templates are compiled once per build; pages are independent and rendered in parallel by
//! the caller. What each tree holds, and what it publishes of each path, is [`tree`]. Nothing
//! here writes files.

pub mod agenda;
pub mod az;
pub mod charts;
pub mod data;
pub mod economy;
pub mod forge;
pub mod guard;
pub mod ics;
pub mod markdown;
pub mod pages;
pub mod parts;
pub mod published;
pub mod theme;
pub mod tree;
pub mod urls;
pub mod view;

use std::collections::HashSet;

use serde::Serialize;
use tera::Tera;

use crate::diag::Diagnostics;
use crate::labels::Labels;
use crate::model::Graph;
use crate::model::vocab::Audience;
pub use pages::Page;
use theme::{StaticSource, Theme};
use view::{DateView, date_label, iso_date};

pub struct Renderer {
    tera: Tera,
    pub labels: Labels,
    pub statics: Vec<(String, StaticSource)>,
    /// Content-relative paths of files beside content.
    pub assets: HashSet<String>,
    origins: Vec<(String, String)>,
}

/// A page's HTML (or, for a calendar file, its iCalendar text) and the files beside content
/// it links to.
pub struct Rendered {
    pub html: String,
    pub assets: Vec<String>,
}

#[derive(Serialize)]
struct SiteView<'a> {
    title: &'a str,
    municipality: &'a str,
    lang: &'a str,
    base_url: Option<&'a str>,
    today: DateView,
    generator: &'static str,
}

impl Renderer {
    /// Compiles the theme; a template that does not compile is reported with its file and line.
    pub fn new(g: &Graph, diags: &mut Diagnostics) -> Option<Renderer> {
        let labels = g.config.labels.clone();
        let Theme { templates, statics } = theme::load(&g.root, &g.config, diags);
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html", ".xml", ".svg"]);
        let origins: Vec<(String, String)> = templates
            .iter()
            .map(|t| (t.name.clone(), t.origin.clone()))
            .collect();
        if let Err(e) = tera.add_raw_templates(
            templates
                .iter()
                .map(|t| (t.name.as_str(), t.source.as_str())),
        ) {
            report(&e, &origins, diags);
            return None;
        }
        let site = SiteView {
            title: &g.config.title,
            municipality: &g.config.municipality,
            lang: g.config.language.code(),
            base_url: g.config.base_url.as_deref(),
            today: DateView {
                iso: iso_date(g.today),
                label: date_label(g.today, &labels),
            },
            generator: concat!("raudtrad ", env!("CARGO_PKG_VERSION")),
        };
        tera.global_context().insert("site", &site);
        tera.global_context().insert("l", &labels.0);
        Some(Renderer {
            tera,
            labels,
            statics: statics.into_iter().collect(),
            assets: g.assets.iter().map(|a| a.rel.clone()).collect(),
            origins,
        })
    }

    /// What guards every file rendered for the audience's tree (see [`guard`]).
    pub fn guard(&self, g: &Graph, audience: Audience) -> Option<guard::Guard> {
        guard::Guard::for_tree(g, &self.labels, audience)
    }

    pub fn pages(&self, g: &Graph, audience: Audience) -> Vec<Page> {
        pages::list(g, &self.labels, audience)
    }

    /// Renders a page; a failure is one message that names the page.
    pub fn render(&self, g: &Graph, audience: Audience, page: &Page) -> Result<Rendered, String> {
        self.try_render(g, audience, page).map_err(|d| {
            let msg: Vec<String> = d.sorted().iter().map(|d| d.to_string()).collect();
            format!("{} (while rendering {})", msg.join("\n"), page.path)
        })
    }

    /// Like [`render`](Self::render), with a failure as diagnostics (the template's file and
    /// line) for callers that collect them.
    pub fn try_render(
        &self,
        g: &Graph,
        audience: Audience,
        page: &Page,
    ) -> Result<Rendered, Diagnostics> {
        self.render_raw(g, audience, page).map(|mut r| {
            // Whatever the input, no control character reaches a written file.
            if let std::borrow::Cow::Owned(clean) = crate::controls::clean(&r.html) {
                r.html = clean;
            }
            r
        })
    }

    fn render_raw(
        &self,
        g: &Graph,
        audience: Audience,
        page: &Page,
    ) -> Result<Rendered, Diagnostics> {
        if let Some(text) = pages::text_file(g, &self.labels, audience, page) {
            return match text {
                Ok(text) => Ok(Rendered {
                    html: text,
                    assets: Vec::new(),
                }),
                Err(message) => {
                    let mut d = Diagnostics::new();
                    d.global_error(message);
                    Err(d)
                }
            };
        }
        let mut d = Diagnostics::new();
        let (ctx, assets) = match pages::context(g, &self.labels, audience, &self.assets, page) {
            Ok(c) => c,
            Err(e) => {
                report(&e, &self.origins, &mut d);
                return Err(d);
            }
        };
        let template = page.template(g);
        match self.tera.render(template, &ctx) {
            Ok(html) => Ok(Rendered { html, assets }),
            Err(e) => {
                report(&e, &self.origins, &mut d);
                Err(d)
            }
        }
    }
}

/// A Tera error as a diagnostic on the template file.
fn report(e: &tera::Error, origins: &[(String, String)], diags: &mut Diagnostics) {
    let origin = |name: &str| {
        origins
            .iter()
            .find(|(n, _)| n == name)
            .map_or_else(|| name.to_string(), |(_, o)| o.clone())
    };
    match e.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => {
            let span = r.span();
            diags.error(
                &origin(r.filename()).as_str().into(),
                crate::span::Pos::new(span.start_line as u32, span.start_col as u32 + 1),
                format!("template: {}", r.message()),
            );
        }
        other => {
            diags.global_error(format!("template: {other}"));
        }
    }
}
