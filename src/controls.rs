//! Control characters: which may stand in what raudtrad writes, and what replaces the others.
//!
//! XML 1.0 forbids every C0 control but tab, line feed and carriage return (one U+000B, which
//! Word writes for Shift+Enter, makes `feed.xml` unreadable), and HTML counts them, DEL, the
//! C1 controls and the noncharacters U+FFFE/U+FFFF as errors. So: tab, line feed and carriage
//! return are kept; vertical tab and form feed (a line or page break in a word processor)
//! become a space; every other one, NUL included (as CommonMark says), becomes U+FFFD `�`.
//! One character for one, so lines and columns in messages stay those of the file.
//!
//! Load warns at each one in a file as written (`file:line:col`) and reads the file with them
//! replaced; render replaces any that still reach a page (from an escape such as `"\u0001"`
//! in TOML or YAML, or `&#1;` in Markdown), so every file written is well-formed.

use std::borrow::Cow;

/// What replaces `c` in output, or `None` when it may stand.
pub fn replacement(c: char) -> Option<char> {
    match c {
        '\t' | '\n' | '\r' => None,
        '\u{0B}' | '\u{0C}' => Some(' '),
        '\0'..='\u{1F}' | '\u{7F}'..='\u{9F}' | '\u{FFFE}' | '\u{FFFF}' => Some('\u{FFFD}'),
        _ => None,
    }
}

/// Whether `bytes` (UTF-8) may hold one: a quick look that lets almost every page through
/// untouched (C1 controls start with 0xC2, U+FFFE/U+FFFF with 0xEF).
fn may_hold(bytes: &[u8]) -> bool {
    bytes.iter().any(|&b| {
        (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || matches!(b, 0x7F | 0xC2 | 0xEF)
    })
}

/// `text` with every control character replaced; borrowed when it has none.
pub fn clean(text: &str) -> Cow<'_, str> {
    if !may_hold(text.as_bytes()) || !text.chars().any(|c| replacement(c).is_some()) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(|c| replacement(c).unwrap_or(c)).collect())
}

/// Each control character in `text` with its byte offset.
pub fn find(text: &str) -> Vec<(usize, char)> {
    if !may_hold(text.as_bytes()) {
        return Vec::new();
    }
    text.char_indices()
        .filter(|&(_, c)| replacement(c).is_some())
        .collect()
}

/// How a control character is named in a message: `U+000B (vertical tab)`.
pub fn name(c: char) -> String {
    let what = match c {
        '\0' => " (NUL)",
        '\u{0B}' => " (vertical tab, Shift+Enter in Word)",
        '\u{0C}' => " (form feed, a page break)",
        '\u{7F}' => " (DEL)",
        _ => "",
    };
    format!("U+{:04X}{what}", c as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_and_replaced() {
        assert_eq!(clean("a\tb\nc\r\n"), "a\tb\nc\r\n");
        assert_eq!(
            clean("a\u{0B}b\0c\u{1}d\u{85}e\u{FFFF}"),
            "a b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}"
        );
        assert_eq!(clean("§ ° æøå \u{A0} \u{FFFD}"), "§ ° æøå \u{A0} \u{FFFD}");
        assert_eq!(find("x\u{0B}y"), vec![(1, '\u{0B}')]);
    }
}
