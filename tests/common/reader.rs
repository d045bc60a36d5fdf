//! A file of the open tree as a reader (or a browser, a mail program, a search engine) may
//! read it, independent of raudtrad's own matcher: markup gone, HTML references, percent
//! escapes, `+`, JSON and iCalendar escapes and folds decoded, invisible characters gone,
//! composed, lower case, and every run of white space, hyphens, underscores, full stops and
//! commas one space. A name found in this is a name someone can read.
#![allow(dead_code)]

use unicode_normalization::UnicodeNormalization;

/// `text` decoded as above.
pub fn as_read(text: &str) -> String {
    let unfolded = text.replace("\r\n ", "").replace("\r\n\t", "");
    // References first: an escaped tag (`&lt;em&gt;`) shows as a tag, and is read past too.
    let refs = decode_refs(&unfolded);
    let mut no_tags = String::with_capacity(refs.len());
    let mut in_tag = false;
    for c in refs.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => no_tags.push(c),
            _ => {}
        }
    }
    let escapes = no_tags
        .replace("\\n", " ")
        .replace("\\r", " ")
        .replace("\\t", " ")
        .replace("\\,", ",")
        .replace("\\;", ";");
    let decoded = percent_decode(&escapes.replace('+', " "));
    let visible: String = decoded
        .chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '*'
            )
        })
        .collect();
    let lower: String = visible.nfc().collect::<String>().to_lowercase();
    lower
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '_' | '.' | ','))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn decode_refs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let cap = rest.char_indices().nth(12).map_or(rest.len(), |(i, _)| i);
        let end = rest[..cap].find(';');
        let decoded = end.and_then(|end| {
            let body = &rest[1..end];
            let c = if let Some(n) = body.strip_prefix('#') {
                let v = match n.strip_prefix(['x', 'X']) {
                    Some(h) => u32::from_str_radix(h, 16).ok()?,
                    None => n.parse().ok()?,
                };
                char::from_u32(v)?
            } else {
                match body {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    "apos" => '\'',
                    "nbsp" => ' ',
                    "shy" => '\u{ad}',
                    _ => return None,
                }
            };
            Some((c, end + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(b) = text
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Every file of `tree` (and its path) as read, with each of `needles` (already as read)
/// that it holds: `path: needle`.
pub fn read_in(tree: &std::path::Path, needles: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    for (path, bytes) in super::snapshot(tree) {
        let text = String::from_utf8_lossy(&bytes);
        for hay in [as_read(&path), as_read(&text)] {
            for n in needles {
                if let Some(at) = hay.find(n.as_str()) {
                    // Around it, for the failure message.
                    let around: String = hay[at..].chars().take(n.len() + 30).collect();
                    found.push(format!("{path}: {n} in «{around}»"));
                }
            }
        }
    }
    found.sort();
    found.dedup();
    found
}
