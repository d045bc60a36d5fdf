//! The files of a tree that are not pages: the theme's and the site's static files (in
//! [`Renderer::statics`](super::Renderer)) and the files beside content listed here.
//!
//! `build` writes them and `serve` answers requests for them, so both publish the same set.

use std::collections::HashMap;
use std::path::Path;

use super::urls;
use crate::model::Graph;
use crate::model::vocab::Audience;

/// Files beside content a tree publishes, as (path in the tree, file on disk): every one in
/// the internal tree; in the open tree only those an open page links to (`linked`, as
/// returned with each rendered page), so an attachment of an internal item is never published.
pub fn assets<'g>(g: &'g Graph, audience: Audience, linked: &[String]) -> Vec<(String, &'g Path)> {
    let by_rel: HashMap<&str, &Path> = g
        .assets
        .iter()
        .map(|a| (a.rel.as_str(), a.path.as_path()))
        .collect();
    let mut rels: Vec<&str> = match audience {
        Audience::Internal => g.assets.iter().map(|a| a.rel.as_str()).collect(),
        Audience::Open => linked.iter().map(String::as_str).collect(),
    };
    rels.sort_unstable();
    rels.dedup();
    rels.into_iter()
        .filter_map(|rel| Some((urls::asset_path(g.config.language, rel), *by_rel.get(rel)?)))
        .collect()
}
