//! An indicator's `data` file: CSV with the header `period,unit,value`.
//!
//! Errors name the CSV file and its own line, not the indicator that points at it.

use std::path::{Component, Path};

use super::fields::FileCx;
use super::raw::{CsvRow, RawCsv};
use crate::model::vocab::Period;
use crate::span::{FilePath, LineIndex, Located, Pos};

/// Reads `data` (relative to the indicator's folder `dir` under `content/`).
pub fn read(cx: &FileCx, root: &Path, dir: &str, data: &Located<String>) -> Option<RawCsv> {
    let rel = match content_relative(dir, &data.value) {
        Some(rel) => rel,
        None => {
            cx.error(
                data.pos,
                format!("`data` must be a path inside content/, found `{}`", data.value),
                Some("write the CSV file's name relative to this file, e.g. `data = \"sjukefravaer.csv\"`"),
            );
            return None;
        }
    };
    let site_rel = format!("content/{rel}");
    let bytes = match super::confine::read(root, &site_rel) {
        Ok(b) => b,
        Err(super::confine::ReadError::Link(link)) => {
            // Not read, so nothing of it can be quoted.
            cx.error(
                data.pos,
                format!(
                    "the data file `{}` {}; it is not read",
                    link.rel,
                    link.what()
                ),
                Some(super::confine::HELP),
            );
            return None;
        }
        Err(super::confine::ReadError::Io(e)) => {
            cx.error(
                data.pos,
                format!("cannot read the data file `{site_rel}`: {}", io_reason(&e)),
                Some("put the CSV file beside this file, or fix the name in `data`"),
            );
            return None;
        }
    };
    let file: FilePath = site_rel.as_str().into();
    let csv_cx = FileCx::new(file.clone());
    let rows = parse(&bytes, &csv_cx);
    // The CSV's problems are reported against the CSV; carry them over into this file's list.
    cx.adopt(csv_cx);
    Some(RawCsv { file, rows })
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        _ => e.to_string(),
    }
}

/// `dir/path` normalised, or `None` when it would leave `content/`.
fn content_relative(dir: &str, path: &str) -> Option<String> {
    let mut parts: Vec<String> = dir
        .split('/')
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    if path.starts_with('/') || path.contains('\\') {
        return None;
    }
    for c in Path::new(path).components() {
        match c {
            Component::Normal(s) => parts.push(s.to_str()?.to_string()),
            Component::CurDir => {}
            Component::ParentDir => {
                parts.pop()?;
            }
            _ => return None,
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

pub fn parse(bytes: &[u8], cx: &FileCx) -> Vec<CsvRow> {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count() as u32
                + 1;
            cx.error(
                Pos::new(line, 1),
                "the file is not UTF-8 text",
                Some("save it as UTF-8 (in Excel: «CSV UTF-8»)"),
            );
            return Vec::new();
        }
    };
    let text = super::controls(text, cx);
    let text = text.trim_start_matches('\u{feff}');
    // A record's position includes the blank lines skipped before it (and its line number
    // does not count them); start from its byte offset and step over those lines.
    let lines = LineIndex::new(text);
    let line_of = |p: Option<&::csv::Position>| {
        p.map_or(0, |p| {
            let at = (p.byte() as usize).min(text.len());
            let rest = text.get(at..).unwrap_or("");
            lines
                .pos(at + rest.len() - rest.trim_start_matches(['\n', '\r']).len())
                .line
        })
    };
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .trim(::csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            cx.error(
                Pos::new(1, 1),
                format!("cannot read the CSV header: {e}"),
                None,
            );
            return Vec::new();
        }
    };
    let col = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let (Some(pc), Some(vc)) = (col("period"), col("value")) else {
        cx.error(
            Pos::new(1, 1),
            format!(
                "the header must name the columns `period,unit,value`, found `{}`",
                headers.iter().collect::<Vec<_>>().join(",")
            ),
            Some("make line 1 `period,unit,value`"),
        );
        return Vec::new();
    };
    let uc = col("unit");
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = line_of(e.position());
                cx.error(
                    Pos::new(line, 1),
                    format!("cannot read this CSV line: {e}"),
                    None,
                );
                continue;
            }
        };
        let line = line_of(record.position());
        if record.iter().all(str::is_empty) {
            continue;
        }
        let period_text = record.get(pc).unwrap_or_default();
        let Some(period) = Period::parse(period_text) else {
            cx.error(
                Pos::new(line, 1),
                format!("`{period_text}` is not a period"),
                Some("write a month `2026-03`, a tertial `2026-T1` or a year `2026`"),
            );
            continue;
        };
        let value_text = record.get(vc).unwrap_or_default();
        let value = match value_text.replace(',', ".").parse::<f64>() {
            Ok(v) if v.is_finite() => v,
            _ => {
                cx.error(
                    Pos::new(line, 1),
                    format!("value `{value_text}` is not a number"),
                    Some("write a number such as 84.5 (a decimal comma needs the field quoted: \"84,5\")"),
                );
                continue;
            }
        };
        let unit = uc
            .and_then(|c| record.get(c))
            .filter(|u| !u.is_empty())
            .map(String::from);
        rows.push(CsvRow {
            line,
            period,
            unit,
            value,
        });
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_rows_and_reports_bad_lines() {
        let cx = FileCx::new("content/indicators/x.csv".into());
        let rows = parse(b"period,unit,value\n2025,,8.5\n2026-T1,skule-a,abc\n2026-13,,1\n\n2026-T2,skule-a,\"7,5\"\n", &cx);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].value, 7.5);
        assert_eq!(rows[1].line, 6);
        let diags: Vec<String> = cx
            .into_diagnostics()
            .sorted()
            .iter()
            .map(|d| d.to_string())
            .collect();
        assert!(
            diags[0]
                .starts_with("content/indicators/x.csv:3:1: error: value `abc` is not a number"),
            "{diags:?}"
        );
        assert!(
            diags[1].starts_with("content/indicators/x.csv:4:1: error: `2026-13` is not a period"),
            "{diags:?}"
        );
    }

    #[test]
    fn paths_stay_inside_content() {
        assert_eq!(
            content_relative("indicators/a", "x.csv").as_deref(),
            Some("indicators/a/x.csv")
        );
        assert_eq!(
            content_relative("indicators/a", "../x.csv").as_deref(),
            Some("indicators/x.csv")
        );
        assert_eq!(content_relative("indicators", "../../x.csv"), None);
        assert_eq!(content_relative("indicators", "/etc/passwd"), None);
    }
}
