//! Writes the municipality as a raudtrad site: `site.toml` and `content/`, with the body links
//! (`@@ID@@`) made relative paths from each file to the file of that id.

use std::collections::{HashMap, HashSet};
use std::io;
use std::path::{Path, PathBuf};

use super::frontmatter::document;
use super::municipality::Municipality;

/// Files and bytes written.
#[derive(Default, Debug, Clone, Copy)]
pub struct Written {
    pub files: usize,
    pub bytes: usize,
}

/// Creates each folder once and counts what it writes.
pub struct Writer {
    root: PathBuf,
    made: HashSet<PathBuf>,
    pub written: Written,
}

impl Writer {
    pub fn new(root: &Path) -> Writer {
        Writer {
            root: root.to_path_buf(),
            made: HashSet::new(),
            written: Written::default(),
        }
    }

    pub fn write(&mut self, rel: &str, text: &str) -> io::Result<()> {
        let path = self.root.join(rel);
        if let Some(dir) = path.parent()
            && !self.made.contains(dir)
        {
            std::fs::create_dir_all(dir)?;
            self.made.insert(dir.to_path_buf());
        }
        std::fs::write(&path, text)?;
        self.written.files += 1;
        self.written.bytes += text.len();
        Ok(())
    }
}

/// Replaces every `@@ID@@` in `body` by `target(ID)`.
pub fn resolve_links(body: &str, mut target: impl FnMut(&str) -> String) -> String {
    let mut out = String::with_capacity(body.len() + 64);
    let mut rest = body;
    while let Some(start) = rest.find("@@") {
        let after = &rest[start + 2..];
        let end = after.find("@@").expect("a link placeholder is closed");
        out.push_str(&rest[..start]);
        out.push_str(&target(&after[..end]));
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    out
}

pub fn raudtrad(m: &Municipality, root: &Path) -> io::Result<Written> {
    let mut w = Writer::new(root);
    w.write("site.toml", &m.site_toml)?;
    let path_of: HashMap<&str, &str> = m
        .docs
        .iter()
        .map(|d| (d.id.as_str(), d.path.as_str()))
        .collect();
    for doc in &m.docs {
        let up = "../".repeat(doc.path.matches('/').count());
        let body = resolve_links(&doc.body, |id| {
            let target = path_of
                .get(id)
                .unwrap_or_else(|| panic!("{}: a link to `{id}`, which has no file", doc.path));
            format!("{up}{target}")
        });
        w.write(
            &format!("content/{}", doc.path),
            &document(doc.syntax, &doc.fields, &body),
        )?;
    }
    for (path, text) in &m.data {
        w.write(&format!("content/{path}"), text)?;
    }
    Ok(w.written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_resolved() {
        let out = resolve_links("a [x](@@one@@) b [y](@@two@@).", |id| format!("../{id}.md"));
        assert_eq!(out, "a [x](../one.md) b [y](../two.md).");
    }
}
