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
//! in TOML or YAML, or `&#1;` in Markdown) and references to them that raw HTML keeps, so
//! every file written is well-formed.

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

/// Whether `bytes` (UTF-8) hold one, looked for byte by byte: every page passes through
/// here, and Norwegian text is full of bytes that start other characters (`å` is 0xC3 0xA5,
/// a no-break space 0xC2 0xA0), so a look at lead bytes alone would decode almost every page.
/// C1 controls are 0xC2 0x80–0x9F, U+FFFE/U+FFFF are 0xEF 0xBF 0xBE/0xBF.
///
/// A block of 64 bytes is first looked at without a branch (the compiler makes that a few
/// vector instructions), and only a block with a byte that may start one is looked at exactly:
/// this runs over every byte written.
fn may_hold(bytes: &[u8]) -> bool {
    const BLOCK: usize = 64;
    let suspect = |b: u8| {
        (b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r')
            | (b == 0x7F)
            | (b == 0xC2)
            | (b == 0xEF)
    };
    bytes.chunks(BLOCK).enumerate().any(|(n, block)| {
        block.iter().fold(false, |any, &b| any | suspect(b))
            && (n * BLOCK..n * BLOCK + block.len()).any(|i| holds_at(bytes, i))
    })
}

/// Whether a control character starts at byte `i` of `bytes`.
fn holds_at(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        b'\t' | b'\n' | b'\r' => false,
        0..0x20 | 0x7F => true,
        0xC2 => bytes.get(i + 1).is_some_and(|n| (0x80..=0x9F).contains(n)),
        0xEF => bytes.get(i + 1) == Some(&0xBF) && matches!(bytes.get(i + 2), Some(0xBE | 0xBF)),
        _ => false,
    }
}

/// `text` with every control character replaced, and every numeric character reference to
/// one (`&#1;`, `&#x0B;`, which raw HTML in Markdown keeps as written) made `&#xFFFD;`;
/// borrowed when there is none.
pub fn clean(text: &str) -> Cow<'_, str> {
    // Two quick looks first: pages are mostly clean, and Tera's escapes (`&#x27;`) are
    // references to check but not to replace.
    let controls = may_hold(text.as_bytes()) && text.chars().any(|c| replacement(c).is_some());
    if !controls
        && !memchr::memmem::find_iter(text.as_bytes(), b"&#")
            .any(|i| bad_reference(&text[i..]).is_some())
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::new();
    let mut kept = 0;
    let mut chars = text.char_indices();
    while let Some((i, c)) = chars.next() {
        if let Some(r) = replacement(c) {
            out.push_str(&text[kept..i]);
            out.push(r);
            kept = i + c.len_utf8();
        } else if c == '&'
            && let Some(len) = bad_reference(&text[i..])
        {
            out.push_str(&text[kept..i]);
            out.push_str("&#xFFFD;");
            kept = i + len;
            // Step over the reference (all ASCII).
            for _ in 1..len {
                chars.next();
            }
        }
    }
    if kept == 0 && out.is_empty() {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[kept..]);
    Cow::Owned(out)
}

/// The length of the numeric character reference at the start of `text` when it names a
/// character no web page may hold (a control, a noncharacter, a surrogate, nothing).
fn bad_reference(text: &str) -> Option<usize> {
    let rest = text.strip_prefix("&#")?;
    let (digits, radix, skip) = match rest.strip_prefix(['x', 'X']) {
        Some(hex) => (hex, 16, 3),
        None => (rest, 10, 2),
    };
    let end = digits.find(';')?;
    let number = &digits[..end];
    if number.is_empty() || !number.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    // Saturating: a number too long for u32 is beyond Unicode, which is bad too.
    let value = number.chars().fold(0u32, |n, d| {
        n.saturating_mul(radix)
            .saturating_add(d.to_digit(radix).unwrap_or(0))
    });
    let bad = match char::from_u32(value) {
        Some(c) => replacement(c).is_some(),
        None => true,
    };
    bad.then_some(skip + end + 1)
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
        assert_eq!(
            clean("a&#1;b&#x0B;c&#0;d&#xD800;"),
            "a&#xFFFD;b&#xFFFD;c&#xFFFD;d&#xFFFD;"
        );
        assert_eq!(
            clean("&#x27;&#9;&#10;&#229;&#;&#x;&amp;&#0000229;"),
            "&#x27;&#9;&#10;&#229;&#;&#x;&amp;&#0000229;"
        );
        assert_eq!(clean("&#12345678901;"), "&#xFFFD;");
        assert!(matches!(clean("ok &#x27; ø"), Cow::Borrowed(_)));
        // Every character whose UTF-8 starts as a control's does, and the controls beside
        // them: the byte look must tell them apart.
        for c in [
            '\u{A0}', '\u{7E}', '\u{A7}', '\u{FFFD}', '\u{FFEF}', '\u{FEFF}',
        ] {
            assert!(!may_hold(c.to_string().as_bytes()), "{c:?}");
        }
        for c in [
            '\u{7F}', '\u{80}', '\u{9F}', '\u{FFFE}', '\u{FFFF}', '\u{1F}',
        ] {
            assert!(may_hold(format!("æ{c}ø").as_bytes()), "{c:?}");
        }
        // Wherever a block of the quick look starts or ends: a control first or last in a
        // block, and one whose bytes straddle two blocks.
        for at in [0, 1, 62, 63, 64, 65, 127, 128] {
            for c in ['\u{1}', '\u{85}', '\u{FFFF}'] {
                let text = format!("{}{c}{}", "a".repeat(at), "ø".repeat(40));
                assert!(may_hold(text.as_bytes()), "{c:?} at {at}");
                assert_eq!(clean(&text).matches('\u{FFFD}').count(), 1, "{c:?} at {at}");
            }
            let fine = format!("{}\u{A0}«»\u{FFFD}\t{}", "a".repeat(at), "ø".repeat(40));
            assert!(!may_hold(fine.as_bytes()), "{at}");
        }
    }
}
