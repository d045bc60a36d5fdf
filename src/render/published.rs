//! The files the open tree publishes as the editor wrote them — files beside content that an
//! open page links to, and static files (the site's `static/`, its theme's `static/`) — read
//! for person names before anything is written, by `check`, `build` and `serve` alike.
//!
//! What a file is, is read from its bytes, not its name: a file that decodes as UTF-8 (or
//! as UTF-16 with a byte-order mark) is text, whatever its extension (`.yaml`, `.js`, `.tex`,
//! none); anything else is binary. Per road (docs/content-format.md, "What the open tree
//! shows"):
//!
//! - a name in a text file is withheld when the file is published, as in generated text,
//!   with a warning at its line (the writer rewrites the file through the guard);
//! - a name in a file's path is an error: the path is the file's address, which links use;
//! - a binary file cannot be rewritten: a name in its bytes as plain text (a PDF's or an
//!   image's metadata, say) is an error, and since what is compressed cannot be read, every
//!   binary file gets a warning that it was not checked for names.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use crate::commonmark::{self, Dest};
use crate::diag::Diagnostics;
use crate::model::vocab::Audience;
use crate::model::{Data, Graph, Item, PersonNames, Structure};
use crate::span::{FilePath, Pos};

use super::theme::StaticSource;

/// A file's bytes as text, when they are text: UTF-8 (a byte-order mark left off), or UTF-16
/// with a byte-order mark.
pub fn text_of(bytes: &[u8]) -> Option<Cow<'_, str>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Some(Cow::Borrowed(text));
    }
    let (le, rest) = match bytes {
        [0xFF, 0xFE, rest @ ..] => (true, rest),
        [0xFE, 0xFF, rest @ ..] => (false, rest),
        _ => return None,
    };
    if rest.len() % 2 != 0 {
        return None;
    }
    let units = rest.chunks_exact(2).map(|c| {
        let pair = [c[0], c[1]];
        if le {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    });
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .ok()
        .map(Cow::Owned)
}

/// The files beside content the open tree may publish, content-relative: those that the
/// Markdown of a public item (its body, its description, the agreement of its unit) or the
/// accessibility statement's notes link to. Render publishes only what an open page links to,
/// which is among these. `known` holds the links of bodies read before (see [`Links`]).
pub fn open_assets(g: &Graph, known: &mut Links) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if g.assets.is_empty() {
        return out;
    }
    let files: HashSet<&str> = g.assets.iter().map(|a| a.rel.as_str()).collect();
    let mut add = |rel: &String| {
        if files.contains(rel.as_str()) {
            out.push(rel.clone());
        }
    };
    let mut met = HashMap::new();
    for (i, item) in g.items.iter().enumerate() {
        if !Audience::Open.sees(item) {
            continue;
        }
        let id = crate::model::ItemId(i as u32);
        if let Some(body) = g.body(id) {
            known
                .of(&body.markdown, g.dir_of(id), &mut met)
                .iter()
                .for_each(&mut add);
        }
    }
    known.fields(g).iter().for_each(&mut add);
    known.seen = met;
    out.sort_unstable();
    out.dedup();
    out
}

/// The link targets of each body read before, by the body's text as shared: `serve` keeps
/// the raw item of every file it did not read again, and its body is the same allocation in
/// the next graph, so a save parses the Markdown of the files saved, not of every body (at
/// 10 000 assignments that was 110 ms of every save). Each pass keeps only the bodies it met:
/// the old text of an edited body is let go.
#[derive(Default)]
pub struct Links {
    seen: LinksOf,
    /// The links in the Markdown fields of the public items and in the accessibility notes
    /// (target, folder read from), with the structure they were read from: a save that
    /// changed only bodies keeps the structure, and so these.
    fields: Option<(Arc<Structure>, Vec<String>)>,
}

/// What the Markdown `text`, read from the folder `dir` under `content/`, links to there
/// that may be a file beside content: every content-relative target but content files. The
/// targets are worked out once for a body: a large site's bodies hold tens of thousands of
/// links to other items (20 ms of every save at 10 000 assignments).
fn beside(text: &str, dir: &str) -> Vec<String> {
    commonmark::links(text)
        .into_iter()
        .filter_map(|l| match commonmark::destination(&l.url, dir) {
            Dest::Content { rel, .. } if !rel.ends_with(".md") => Some(rel),
            _ => None,
        })
        .collect()
}

/// (address, length) of a body → the body (held, so that the address stays its own) and the
/// files it links to that may be beside content ([`beside`]). A body is read from one
/// file's folder, so its address stands for that too.
type LinksOf = HashMap<(usize, usize), (Arc<str>, Vec<String>)>;

impl Links {
    /// The link targets of `text`: moved over from the last pass, or read now; kept in
    /// `met`, this pass's memo.
    fn of<'a>(&mut self, text: &Arc<str>, dir: &str, met: &'a mut LinksOf) -> &'a [String] {
        let key = (Arc::as_ptr(text) as *const u8 as usize, text.len());
        let entry = self
            .seen
            .remove(&key)
            .unwrap_or_else(|| (text.clone(), beside(text, dir)));
        &met.entry(key).or_insert(entry).1
    }
}

impl Links {
    fn fields(&mut self, g: &Graph) -> &[String] {
        let kept = self
            .fields
            .as_ref()
            .is_some_and(|(s, _)| Arc::ptr_eq(s, g.structure()));
        if !kept {
            let mut links = Vec::new();
            for (i, item) in g.items.iter().enumerate() {
                if !Audience::Open.sees(item) {
                    continue;
                }
                if let Some(md) = markdown_field(item) {
                    links.extend(beside(md, g.dir_of(crate::model::ItemId(i as u32))));
                }
            }
            if let Some(notes) = &g.config.accessibility.notes {
                links.extend(beside(notes, ""));
            }
            self.fields = Some((g.structure().clone(), links));
        }
        self.fields.as_ref().map_or(&[], |(_, links)| links)
    }
}

/// The Markdown field of an item besides its body: a description, or a unit's agreement.
fn markdown_field(item: &Item) -> Option<&str> {
    match &item.data {
        Data::Goal(x) => x.description.as_deref(),
        Data::Strategy(x) => x.description.as_deref(),
        Data::Measure(x) => x.description.as_deref(),
        Data::Verbal(x) => x.description.as_deref(),
        Data::Task(x) => x.description.as_deref(),
        Data::CheckItem(x) => x.description.as_deref(),
        Data::Unit(u) => u.agreement.as_ref().and_then(|a| a.text.as_deref()),
        _ => None,
    }
}

/// Reads every file the open tree publishes as it is written, and reports what names a
/// person (see the module's text). Does nothing where the open tree may show names.
pub fn check(
    g: &Graph,
    statics: &[(String, StaticSource)],
    known: &mut Links,
    diags: &mut Diagnostics,
) {
    let Some(names) = Audience::Open.withheld_names(g) else {
        return;
    };
    let assets: HashMap<&str, &Path> = g
        .assets
        .iter()
        .map(|a| (a.rel.as_str(), a.path.as_path()))
        .collect();
    for rel in open_assets(g, known) {
        let Some(path) = assets.get(rel.as_str()) else {
            continue;
        };
        let file = format!("content/{rel}");
        check_file(
            names,
            &file,
            &super::urls::asset_path(g.config.language, &rel),
            path,
            Road::Beside,
            diags,
        );
    }
    for (rel, source) in statics {
        // The built-in theme's files are raudtrad's own.
        let StaticSource::Disk(path) = source else {
            continue;
        };
        let file = path
            .strip_prefix(&g.root)
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .unwrap_or_else(|_| format!("static/{rel}"));
        check_file(names, &file, rel, path, Road::Static, diags);
    }
    contact(g, names, diags);
}

#[derive(Clone, Copy, PartialEq)]
enum Road {
    /// A file beside content, published when an open page links to it.
    Beside,
    /// A static file, copied to the root of both trees.
    Static,
}

fn check_file(
    names: &PersonNames,
    file: &str,
    published: &str,
    path: &Path,
    road: Road,
    diags: &mut Diagnostics,
) {
    let at: FilePath = file.into();
    let where_ = match road {
        Road::Beside => "an open page links to it",
        Road::Static => "`static/` is copied to both trees",
    };
    for place in [file, published] {
        if let Some(f) = names.find(place.as_bytes()).first() {
            diags
                .error(
                    &at,
                    Pos::default(),
                    format!(
                        "the file name `{place}` holds the name of the person `{}`, and the open tree publishes it ({where_})",
                        names.names[f.name]
                    ),
                )
                .help(match road {
                    Road::Beside => "person names are not published (site.toml `publish_person_names = false`), and a file's name is its address: rename the file without the name (and the links to it), or link to it from internal items only",
                    Road::Static => "person names are not published (site.toml `publish_person_names = false`), and a file's name is its address: rename the file without the name",
                });
            return;
        }
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            diags.error(&at, Pos::default(), format!("cannot read the file: {e}"));
            return;
        }
    };
    if let Some(text) = text_of(&bytes) {
        let utf8 = std::str::from_utf8(&bytes).is_ok() || bytes.starts_with(b"\xEF\xBB\xBF");
        for f in names.find(text.as_bytes()) {
            let line = text[..f.start].matches('\n').count() as u32 + 1;
            if utf8 {
                diags
                    .warning(
                        &at,
                        Pos::new(line, 1),
                        format!("this file names the person `{}`", names.names[f.name]),
                    )
                    .help(format!("person names are not published (site.toml `publish_person_names = false`): the open tree shows the name as withheld ({where_}); write the role instead"));
            } else {
                diags
                    .error(
                        &at,
                        Pos::new(line, 1),
                        format!("this file (UTF-16) names the person `{}`, and the open tree publishes it ({where_})", names.names[f.name]),
                    )
                    .help("person names are not published (site.toml `publish_person_names = false`), and a UTF-16 file is published as it is: remove the name, or save the file as UTF-8 (then the name is withheld)");
            }
        }
        return;
    }
    // A name in plain bytes (a document's author or title in its metadata). Only names of
    // two words or more: a word of a few letters turns up in compressed bytes by chance.
    let lossy = String::from_utf8_lossy(&bytes);
    if let Some(f) = names
        .find(lossy.as_bytes())
        .into_iter()
        .find(|f| names.names[f.name].split_whitespace().nth(1).is_some())
    {
        diags
            .error(
                &at,
                Pos::default(),
                format!(
                    "this file names the person `{}` (in its bytes as plain text, such as the document's properties), and the open tree publishes it as it is ({where_})",
                    names.names[f.name]
                ),
            )
            .help("person names are not published (site.toml `publish_person_names = false`): remove the name from the document and its properties (author, title) and save it again, or link to it from internal items only");
        return;
    }
    diags
        .warning(
            &at,
            Pos::default(),
            format!("this file is not text, and was not checked for person names ({where_})"),
        )
        .help("raudtrad reads text files only; a PDF, an image or an office document may hold a name inside (its text, its author): check it before it is published, or link to it from internal items only");
}

/// `[accessibility] contact` is where citizens report a barrier; withheld it would not work,
/// so a name in it is an error.
fn contact(g: &Graph, names: &PersonNames, diags: &mut Diagnostics) {
    let a = &g.config.accessibility;
    let Some(contact) = &a.contact else {
        return;
    };
    if let Some(f) = names.find(contact.as_bytes()).first() {
        diags
            .error(
                &g.config.file,
                a.contact_pos,
                format!(
                    "the accessibility contact `{contact}` holds the name of the person `{}`",
                    names.names[f.name]
                ),
            )
            .help("the accessibility statement is in the open tree, where person names are not published (`publish_person_names = false`): give an address that names no one, such as the post office's (`postmottak@…`)");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_judged_by_its_bytes() {
        assert_eq!(text_of(b"kontakt: Kari").as_deref(), Some("kontakt: Kari"));
        assert_eq!(text_of(b"\xEF\xBB\xBFKari").as_deref(), Some("Kari"));
        assert_eq!(text_of(b"\xFF\xFEK\x00a\x00").as_deref(), Some("Ka"));
        assert_eq!(text_of(b"\xFE\xFF\x00K\x00a").as_deref(), Some("Ka"));
        assert_eq!(text_of(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), None);
        assert_eq!(text_of(b"\x89PNG\r\n\x1a\n"), None);
        assert_eq!(text_of(b"Bj\xf8rn"), None, "Latin-1 is not read as text");
    }
}
