//! Diagnostics: every problem found in a site, collected, sorted and printed rustc-style.
//!
//! Stages never stop at the first problem: they record it here and go on, so that an editor
//! sees every mistake in one run (`content/x.md:12:9: error: …`, then help and notes).

use std::fmt;
use std::io::{self, Write};

use anstyle::{AnsiColor, Style};

use crate::span::{FilePath, Loc, Pos};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub loc: Loc,
    pub message: String,
    /// How to mend it.
    pub help: Option<String>,
    /// Related places or facts, e.g. where the first of two duplicate ids is.
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn help(&mut self, help: impl Into<String>) -> &mut Self {
        self.help = Some(help.into());
        self
    }

    pub fn note(&mut self, note: impl Into<String>) -> &mut Self {
        self.notes.push(note.into());
        self
    }

    fn sort_key(&self) -> (Severity, &str, Pos, &str) {
        (self.severity, &self.loc.file, self.loc.pos, &self.message)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, false)
    }
}

/// The styles of a terminal's diagnostics, as rustc and cargo colour theirs.
const ERROR: Style = AnsiColor::Red.on_default().bold();
const WARNING: Style = AnsiColor::Yellow.on_default().bold();
const PLACE: Style = Style::new().bold();
const NOTE: Style = AnsiColor::Cyan.on_default().bold();

/// A diagnostic with colour, for a terminal (see [`Diagnostic::coloured`]).
pub struct Coloured<'a>(&'a Diagnostic);

impl fmt::Display for Coloured<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.write(f, true)
    }
}

impl Diagnostic {
    /// The diagnostic with ANSI colours: the severity red or yellow, the place bold, `= help`
    /// and `= note` cyan. The text is the same as without colour.
    pub fn coloured(&self) -> Coloured<'_> {
        Coloured(self)
    }

    fn write(&self, f: &mut fmt::Formatter<'_>, colour: bool) -> fmt::Result {
        let (label, style) = match self.severity {
            Severity::Error => ("error", ERROR),
            Severity::Warning => ("warning", WARNING),
        };
        let paint = |s: Style| if colour { s } else { Style::new() };
        let (style, place, note) = (paint(style), paint(PLACE), paint(NOTE));
        if !self.loc.file.is_empty() {
            write!(f, "{place}{}:{place:#} ", self.loc)?;
        }
        write!(
            f,
            "{style}{label}{style:#}{place}: {}{place:#}",
            self.message
        )?;
        for text in &self.notes {
            write!(f, "\n  {note}= note:{note:#} {text}")?;
        }
        if let Some(help) = &self.help {
            write!(f, "\n  {note}= help:{note:#} {help}")?;
        }
        Ok(())
    }
}

/// Prints `error: message` to stderr, coloured as [`stderr_colour`] says.
pub fn eprint_error(message: impl fmt::Display) {
    eprint_labelled(ERROR, "error", message);
}

/// Prints `warning: message` to stderr, coloured as [`stderr_colour`] says.
pub fn eprint_warning(message: impl fmt::Display) {
    eprint_labelled(WARNING, "warning", message);
}

/// Prints `  = help: message` to stderr, coloured as [`stderr_colour`] says.
pub fn eprint_help(message: impl fmt::Display) {
    let s = if stderr_colour() { NOTE } else { Style::new() };
    eprintln!("  {s}= help:{s:#} {message}");
}

fn eprint_labelled(style: Style, label: &str, message: impl fmt::Display) {
    let (s, p) = if stderr_colour() {
        (style, PLACE)
    } else {
        (Style::new(), Style::new())
    };
    eprintln!("{s}{label}{s:#}{p}: {message}{p:#}");
}

/// Whether text written to stderr should be coloured: what `--color` chose (set as
/// `anstream`'s global choice), or on `auto` a terminal without `NO_COLOR` (or with
/// `CLICOLOR_FORCE`).
pub fn stderr_colour() -> bool {
    anstream::AutoStream::choice(&io::stderr()) != anstream::ColorChoice::Never
}

/// The problems found so far.
#[derive(Clone, Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    fn push(&mut self, severity: Severity, loc: Loc, message: String) -> &mut Diagnostic {
        self.items.push(Diagnostic {
            severity,
            loc,
            message,
            help: None,
            notes: Vec::new(),
        });
        self.items.last_mut().expect("just pushed")
    }

    pub fn error(
        &mut self,
        file: &FilePath,
        pos: Pos,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        self.push(Severity::Error, Loc::new(file, pos), message.into())
    }

    pub fn warning(
        &mut self,
        file: &FilePath,
        pos: Pos,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        self.push(Severity::Warning, Loc::new(file, pos), message.into())
    }

    pub fn error_at(&mut self, loc: &Loc, message: impl Into<String>) -> &mut Diagnostic {
        self.push(Severity::Error, loc.clone(), message.into())
    }

    pub fn warning_at(&mut self, loc: &Loc, message: impl Into<String>) -> &mut Diagnostic {
        self.push(Severity::Warning, loc.clone(), message.into())
    }

    /// A problem that belongs to no file (a command-line or file-system problem).
    pub fn global_error(&mut self, message: impl Into<String>) -> &mut Diagnostic {
        self.push(
            Severity::Error,
            Loc::new(&FilePath::from(""), Pos::default()),
            message.into(),
        )
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    /// Files with at least one error, for leaving out warnings that an error already explains.
    pub fn files_with_errors(&self) -> std::collections::HashSet<&str> {
        self.items
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| &*d.loc.file)
            .collect()
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.items.iter().filter(|d| d.severity == severity).count()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// These diagnostics by the file each is in.
    pub fn by_file(self) -> std::collections::HashMap<FilePath, Diagnostics> {
        let mut out: std::collections::HashMap<FilePath, Diagnostics> = Default::default();
        for d in self.items {
            out.entry(d.loc.file.clone()).or_default().items.push(d);
        }
        out
    }

    /// Errors first, then warnings, each in file and line order; exact repeats dropped.
    pub fn sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        self.items.dedup();
        self.items
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    /// Prints every diagnostic (warnings only when asked), sorted, in colour when asked.
    pub fn print(self, out: &mut impl Write, show_warnings: bool, colour: bool) -> io::Result<()> {
        for d in self.sorted() {
            if d.severity == Severity::Warning && !show_warnings {
                continue;
            }
            if colour {
                writeln!(out, "{}", d.coloured())?;
            } else {
                writeln!(out, "{d}")?;
            }
        }
        Ok(())
    }
}

/// The known name nearest to `word`, if it is close enough to be a likely typo.
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let mut best: Option<(f64, &str)> = None;
    for c in candidates {
        let score = strsim::jaro_winkler(word, c);
        if best.is_none_or(|(s, b)| score > s || (score == s && c < b)) {
            best = Some((score, c));
        }
    }
    let (score, c) = best?;
    let close = score >= 0.8 || strsim::levenshtein(word, c) <= 2.max(word.len() / 4);
    close.then_some(c)
}

/// " (did you mean `x`?)" or nothing.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    nearest(word, candidates)
        .map(|c| format!(" (did you mean `{c}`?)"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_errors_before_warnings_in_file_order() {
        let f: FilePath = "content/b.md".into();
        let g: FilePath = "content/a.md".into();
        let mut d = Diagnostics::new();
        d.warning(&g, Pos::new(1, 1), "w");
        d.error(&f, Pos::new(3, 2), "second").help("fix it");
        d.error(&g, Pos::new(9, 1), "first");
        let mut out = Vec::new();
        d.clone().print(&mut out, true, false).unwrap();
        let text = String::from_utf8(out).unwrap();
        let mut coloured = Vec::new();
        d.print(&mut coloured, true, true).unwrap();
        let coloured = String::from_utf8(coloured).unwrap();
        assert!(
            coloured.starts_with("\x1b[1mcontent/a.md:9:1:\x1b[0m \x1b[1m\x1b[31merror\x1b[0m"),
            "{coloured:?}"
        );
        assert_eq!(anstream::adapter::strip_str(&coloured).to_string(), text);
        assert_eq!(
            text,
            "content/a.md:9:1: error: first\ncontent/b.md:3:2: error: second\n  = help: fix it\n\
             content/a.md:1:1: warning: w\n"
        );
    }

    #[test]
    fn suggests_only_close_names() {
        assert_eq!(
            nearest("helse-2", ["helse-02", "oppvekst-01"]),
            Some("helse-02")
        );
        assert_eq!(nearest("zzz", ["helse-02", "oppvekst-01"]), None);
    }
}
