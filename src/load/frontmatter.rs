//! Splits a content file into its front-matter (TOML between `+++` lines or YAML between
//! `---` lines) and its Markdown body, keeping line numbers of both.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    Toml,
    Yaml,
}

impl Syntax {
    pub fn fence(self) -> &'static str {
        match self {
            Syntax::Toml => "+++",
            Syntax::Yaml => "---",
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    pub syntax: Syntax,
    /// The text between the fences.
    pub front: &'a str,
    /// File line of the first front-matter line (the one after the opening fence).
    pub front_line: u32,
    pub body: &'a str,
    /// File line where the body starts.
    pub body_line: u32,
}

#[derive(Debug, PartialEq, Eq)]
pub enum SplitError {
    /// The file does not begin with a fence.
    Missing,
    /// The opening fence is never closed.
    Unclosed(Syntax),
}

impl SplitError {
    pub fn message(&self) -> String {
        match self {
            SplitError::Missing => "the file has no front-matter".into(),
            SplitError::Unclosed(s) => format!(
                "the front-matter opened with `{}` on line 1 is never closed",
                s.fence()
            ),
        }
    }

    pub fn help(&self) -> String {
        match self {
            SplitError::Missing => {
                "start the file with a line `+++`, the fields in TOML, and another `+++` \
                 (or the same with `---` and YAML)"
                    .into()
            }
            SplitError::Unclosed(s) => format!(
                "add a line with only `{}` after the last field, before the text",
                s.fence()
            ),
        }
    }
}

pub fn split(text: &str) -> Result<Split<'_>, SplitError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = LineSpans::new(text);
    let (_, first_end, first) = lines.next().ok_or(SplitError::Missing)?;
    let syntax = match first.trim_end() {
        "+++" => Syntax::Toml,
        "---" => Syntax::Yaml,
        _ => return Err(SplitError::Missing),
    };
    let front_start = first_end;
    for (number, (start, end, line)) in lines.enumerate() {
        if line.trim_end() == syntax.fence() {
            return Ok(Split {
                syntax,
                front: &text[front_start..start],
                front_line: 2,
                body: &text[end..],
                body_line: number as u32 + 3,
            });
        }
    }
    Err(SplitError::Unclosed(syntax))
}

/// Lines with their byte range (end includes the newline).
struct LineSpans<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> LineSpans<'a> {
    fn new(text: &'a str) -> Self {
        LineSpans { text, at: 0 }
    }
}

impl<'a> Iterator for LineSpans<'a> {
    type Item = (usize, usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        if self.at >= self.text.len() {
            return None;
        }
        let start = self.at;
        let end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |i| start + i + 1);
        self.at = end;
        Some((
            start,
            end,
            self.text[start..end].trim_end_matches(['\n', '\r']),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_toml_and_yaml() {
        let s = split("+++\ntitle = \"x\"\n+++\n\nBody\n").unwrap();
        assert_eq!(s.syntax, Syntax::Toml);
        assert_eq!(s.front, "title = \"x\"\n");
        assert_eq!(s.body, "\nBody\n");
        assert_eq!(s.body_line, 4);
        let s = split("---\r\ntitle: x\r\n---\r\nBody").unwrap();
        assert_eq!(s.syntax, Syntax::Yaml);
        assert_eq!(s.front, "title: x\r\n");
        assert_eq!(s.body, "Body");
        let s = split("+++\n+++").unwrap();
        assert_eq!(s.front, "");
        assert_eq!(s.body, "");
    }

    #[test]
    fn reports_missing_and_unclosed() {
        assert_eq!(split("# Title\n"), Err(SplitError::Missing));
        assert_eq!(split(""), Err(SplitError::Missing));
        assert_eq!(
            split("+++\ntitle = 1\n"),
            Err(SplitError::Unclosed(Syntax::Toml))
        );
        // A YAML fence does not close TOML front-matter.
        assert_eq!(
            split("+++\na = 1\n---\n"),
            Err(SplitError::Unclosed(Syntax::Toml))
        );
    }
}
