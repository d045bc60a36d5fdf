//! A request's target → a path inside the served tree, or a refusal.
//!
//! This is the guard against path traversal. Requests are answered from in-memory maps of
//! the built tree (never by joining a URL onto a folder), and on top of that any target that
//! tries to leave the tree is refused here: `..` and `.` segments, before or after
//! percent-decoding, backslashes, NUL and other control characters, malformed escapes,
//! and targets that are not an absolute path (`http://…`, `*`).

use percent_encoding::percent_decode_str;

/// A request target that is safe to look up.
#[derive(Debug, PartialEq, Eq)]
pub struct Target<'a> {
    /// Decoded segments joined with `/`, without a leading `/`; empty for the root.
    pub rel: String,
    /// Whether the path ends with `/` (a folder was asked for).
    pub folder: bool,
    /// The query string, without `?`, kept for redirects.
    pub query: Option<&'a str>,
}

/// Why a target was refused (the answer is 400 Bad Request).
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    #[error("the path must start with /")]
    NotAbsolute,
    #[error("the path has a malformed %-escape")]
    BadEscape,
    #[error("the path is not UTF-8")]
    NotUtf8,
    #[error("the path has a backslash or a control character")]
    BadCharacter,
    #[error("the path has a `.` or `..` segment")]
    DotSegment,
}

pub fn parse(target: &str) -> Result<Target<'_>, Refused> {
    let target = target.split_once('#').map_or(target, |(t, _)| t);
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (target, None),
    };
    if !path.starts_with('/') {
        return Err(Refused::NotAbsolute);
    }
    check_escapes(path)?;
    let decoded = percent_decode_str(path)
        .decode_utf8()
        .map_err(|_| Refused::NotUtf8)?;
    if decoded.chars().any(|c| c == '\\' || c.is_control()) {
        return Err(Refused::BadCharacter);
    }
    let mut segments = Vec::new();
    for segment in decoded.split('/') {
        match segment {
            "" => {}
            "." | ".." => return Err(Refused::DotSegment),
            s => segments.push(s),
        }
    }
    Ok(Target {
        rel: segments.join("/"),
        folder: decoded.ends_with('/'),
        query,
    })
}

/// Every `%` must start a two-digit hex escape (the decoder would pass others through).
fn check_escapes(path: &str) -> Result<(), Refused> {
    let bytes = path.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'%'
            && !(bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
        {
            return Err(Refused::BadEscape);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rel(t: &str) -> Result<String, Refused> {
        parse(t).map(|t| t.rel)
    }

    #[test]
    fn plain_paths() {
        assert_eq!(rel("/"), Ok(String::new()));
        assert_eq!(
            rel("/org/helse/index.html"),
            Ok("org/helse/index.html".into())
        );
        assert_eq!(rel("/org//x"), Ok("org/x".into()));
        assert_eq!(rel("//etc/passwd"), Ok("etc/passwd".into()));
        assert_eq!(rel("/%C3%B8konomi/"), Ok("økonomi".into()));
        let t = parse("/org?x=1#top").unwrap();
        assert_eq!(
            (t.rel.as_str(), t.folder, t.query),
            ("org", false, Some("x=1"))
        );
        assert!(parse("/org/").unwrap().folder);
    }

    #[test]
    fn traversal_is_refused() {
        for t in [
            "/../secret.txt",
            "/org/../../secret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E%2Fsecret.txt",
            "/org/%2e%2e%2f%2e%2e%2fsecret.txt",
            "/.%2e/secret.txt",
            "/./index.html",
        ] {
            assert_eq!(rel(t), Err(Refused::DotSegment), "{t}");
        }
        for t in [
            "/..\\secret.txt",
            "/%2e%2e%5csecret.txt",
            "/a%00b",
            "/a%0ab",
        ] {
            assert_eq!(rel(t), Err(Refused::BadCharacter), "{t}");
        }
        assert_eq!(rel("/%zz"), Err(Refused::BadEscape));
        assert_eq!(rel("/%2"), Err(Refused::BadEscape));
        assert_eq!(rel("/%ff"), Err(Refused::NotUtf8));
        assert_eq!(rel("http://x/../a"), Err(Refused::NotAbsolute));
        assert_eq!(rel("*"), Err(Refused::NotAbsolute));
        assert_eq!(rel("../a"), Err(Refused::NotAbsolute));
    }

    #[test]
    fn dots_inside_names_are_fine() {
        assert_eq!(rel("/a..b/..c/x."), Ok("a..b/..c/x.".into()));
    }
}
