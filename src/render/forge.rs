//! Addresses in the forge the site's files live in (`site.toml` `repo_url`): the page that
//! edits a file, and the page that makes a new one with its name and text filled in. The
//! three kinds of forge differ only in these paths and in the names of the query parameters.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;

use crate::config::{Forge, Repo};

/// Everything but the characters a path segment may carry as they are.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~')
    .remove(b'/');

fn encode_path(path: &str) -> String {
    utf8_percent_encode(path, SEGMENT).to_string()
}

/// The forge's edit page of a file of the site (`content/x.md`).
pub fn edit_url(repo: &Repo, site_file: &str) -> String {
    let path = encode_path(&repo.repo_path(site_file));
    let branch = encode_path(&repo.branch);
    match repo.forge {
        Forge::Github => format!("{}/edit/{branch}/{path}", repo.url),
        Forge::Gitlab => format!("{}/-/edit/{branch}/{path}", repo.url),
        Forge::Gitea => format!("{}/_edit/{branch}/{path}", repo.url),
    }
}

/// The forge's "new file" page for a folder of the site, and the names of the query
/// parameters that fill in the file's name and text; the browser adds those two.
#[derive(Serialize, Clone, Debug)]
pub struct NewFile {
    pub forge: Forge,
    /// Up to the `?`.
    pub url: String,
    pub name_param: &'static str,
    pub content_param: &'static str,
}

pub fn new_file(repo: &Repo, site_dir: &str) -> NewFile {
    let dir = encode_path(&repo.repo_path(site_dir));
    let branch = encode_path(&repo.branch);
    let (url, name_param, content_param) = match repo.forge {
        Forge::Github => (
            format!("{}/new/{branch}/{dir}", repo.url),
            "filename",
            "value",
        ),
        Forge::Gitlab => (
            format!("{}/-/new/{branch}/{dir}", repo.url),
            "file_name",
            "content",
        ),
        Forge::Gitea => (
            format!("{}/_new/{branch}/{dir}", repo.url),
            "filename",
            "value",
        ),
    };
    NewFile {
        forge: repo.forge,
        url,
        name_param,
        content_param,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo(forge: Forge, path: &str) -> Repo {
        Repo {
            url: "https://example.org/ospevik/styring".into(),
            branch: "main".into(),
            path: path.into(),
            forge,
        }
    }

    #[test]
    fn edit_and_new_file_addresses_per_forge() {
        assert_eq!(
            edit_url(&repo(Forge::Github, ""), "content/org/øyane.md"),
            "https://example.org/ospevik/styring/edit/main/content/org/%C3%B8yane.md"
        );
        assert_eq!(
            edit_url(&repo(Forge::Gitlab, "site"), "content/a.md"),
            "https://example.org/ospevik/styring/-/edit/main/site/content/a.md"
        );
        assert_eq!(
            edit_url(&repo(Forge::Gitea, ""), "content/a.md"),
            "https://example.org/ospevik/styring/_edit/main/content/a.md"
        );
        let n = new_file(&repo(Forge::Gitlab, ""), "content/reports");
        assert_eq!(
            n.url,
            "https://example.org/ospevik/styring/-/new/main/content/reports"
        );
        assert_eq!((n.name_param, n.content_param), ("file_name", "content"));
        let n = new_file(&repo(Forge::Github, "site"), "content/reports");
        assert_eq!(
            n.url,
            "https://example.org/ospevik/styring/new/main/site/content/reports"
        );
        assert_eq!((n.name_param, n.content_param), ("filename", "value"));
    }
}
