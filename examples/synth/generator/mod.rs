//! The synthetic-municipality generator behind `cargo run --example synth`, as a module that
//! the example's `main.rs` and the test `tests/synth.rs` both include.

pub mod catalogue;
pub mod frontmatter;
pub mod municipality;
pub mod plain;
pub mod rng;
pub mod words;
pub mod write;

use std::path::Path;

use raudtrad::diag::Diagnostics;
use raudtrad::model::vocab::Audience;

pub use plain::Tool;
pub use write::Written;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Flavour {
    Raudtrad,
    Plain(Tool),
}

/// What was written.
pub struct Outcome {
    pub written: Written,
    /// Assignment files; and assignments in all, automatic ones included.
    pub assignment_files: usize,
    pub assignments: usize,
    pub tasks: usize,
    /// Plain pages written (plain flavours only).
    pub pages: usize,
}

/// Writes the site for `assignments` assignments and `seed` into `out`, which must be empty or
/// absent. A plain flavour writes `pages` pages, or, when `None`, as many as raudtrad's internal
/// tree has for the same `assignments` and `seed` (counted by reading that site with raudtrad).
pub fn generate(
    flavour: Flavour,
    assignments: usize,
    seed: u64,
    pages: Option<usize>,
    out: &Path,
) -> Result<Outcome, String> {
    let m = municipality::generate(assignments, seed);
    let (written, pages) = match flavour {
        Flavour::Raudtrad => (
            write::raudtrad(&m, out).map_err(|e| format!("{}: {e}", out.display()))?,
            0,
        ),
        Flavour::Plain(tool) => {
            let pages = match pages {
                Some(p) => p,
                None => internal_pages(&m)?,
            };
            let written = plain::write(&m, tool, pages, out)
                .map_err(|e| format!("{}: {e}", out.display()))?;
            (written, pages)
        }
    };
    Ok(Outcome {
        written,
        assignment_files: assignments,
        assignments: m.assignments,
        tasks: m.tasks,
        pages,
    })
}

/// The number of HTML pages of raudtrad's internal tree for this municipality (not its feeds,
/// sitemap or data files): written to a temporary folder and read and resolved by raudtrad, as
/// `raudtrad check` does.
pub fn internal_pages(m: &municipality::Municipality) -> Result<usize, String> {
    let tmp = tempfile::tempdir().map_err(|e| format!("a temporary folder: {e}"))?;
    write::raudtrad(m, tmp.path()).map_err(|e| format!("{}: {e}", tmp.path().display()))?;
    let mut diags = Diagnostics::default();
    match raudtrad::check(tmp.path(), &mut diags) {
        Some((graph, renderer)) => Ok(renderer
            .pages(&graph, Audience::Internal)
            .iter()
            .filter(|p| p.is_html())
            .count()),
        None => {
            let mut text = Vec::new();
            let _ = diags.print(&mut text, false, false);
            Err(format!(
                "the generated raudtrad site has errors:\n{}",
                String::from_utf8_lossy(&text)
            ))
        }
    }
}
