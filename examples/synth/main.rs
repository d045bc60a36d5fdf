//! Writes a synthetic municipality for benchmarks, deterministically for a given seed:
//!
//! ```sh
//! cargo run --release --example synth -- --assignments 10000 --out /tmp/k10k [--seed 1] [--flavour raudtrad|hugo|zola]
//! ```
//!
//! `raudtrad` (the default) writes a whole site in the content format — `site.toml` and
//! `content/` with units in four levels, plans with goals, the HØP with strategies, measures
//! and verbalpunkt, letters on three levels, N assignment files with tasks, indicators (some
//! with CSV data), checklists and reports — that builds with 0 errors and 0 warnings.
//! `hugo` and `zola` write a plain site for that tool with one page per page of raudtrad's
//! internal tree for the same N and seed, each with the same body. See docs/performance.md.

mod generator;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, ValueEnum};

use generator::{Flavour, Tool};

#[derive(Parser)]
#[command(
    about = "Writes a synthetic municipality (raudtrad site, or a plain Hugo/Zola site of the same pages)"
)]
struct Args {
    /// Number of assignment files (N); units, plans, measures, letters, indicators,
    /// checklists and reports grow in proportion.
    #[arg(long, value_name = "N")]
    assignments: usize,
    /// Output folder; must not exist or be empty (see --force).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// The same seed gives the same site, byte for byte.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    #[arg(long, value_enum, default_value_t = FlavourArg::Raudtrad)]
    flavour: FlavourArg,
    /// Plain flavours: the number of pages [default: the pages of raudtrad's internal tree for
    /// the same N and seed, counted by reading that site with raudtrad].
    #[arg(long, value_name = "P")]
    pages: Option<usize>,
    /// Replace DIR if it holds a site this generator wrote (site.toml, hugo.toml or config.toml).
    #[arg(long)]
    force: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum FlavourArg {
    Raudtrad,
    Hugo,
    Zola,
}

fn main() -> ExitCode {
    let args = Args::parse();
    if let Err(e) = prepare(&args) {
        eprintln!("error: {e}");
        return ExitCode::from(2);
    }
    let flavour = match args.flavour {
        FlavourArg::Raudtrad => Flavour::Raudtrad,
        FlavourArg::Hugo => Flavour::Plain(Tool::Hugo),
        FlavourArg::Zola => Flavour::Plain(Tool::Zola),
    };
    let start = Instant::now();
    match generator::generate(flavour, args.assignments, args.seed, args.pages, &args.out) {
        Ok(o) => {
            let what = match flavour {
                Flavour::Raudtrad => format!(
                    "raudtrad site: {} assignment files ({} assignments with the automatic ones), {} tasks",
                    o.assignment_files, o.assignments, o.tasks
                ),
                Flavour::Plain(tool) => format!("{tool:?} site: {} pages", o.pages),
            };
            eprintln!(
                "wrote {what}; {} files, {:.1} MB, to {} in {:.1} s",
                o.written.files,
                o.written.bytes as f64 / 1e6,
                args.out.display(),
                start.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

/// Makes sure DIR is absent or empty; with --force, removes a site this generator wrote.
fn prepare(args: &Args) -> Result<(), String> {
    let out = &args.out;
    let empty = match std::fs::read_dir(out) {
        Ok(mut entries) => entries.next().is_none(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => true,
        Err(e) => return Err(format!("{}: {e}", out.display())),
    };
    if empty {
        return Ok(());
    }
    let ours = ["site.toml", "hugo.toml", "config.toml"]
        .iter()
        .any(|f| out.join(f).is_file());
    if args.force && ours {
        std::fs::remove_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))
    } else if args.force {
        Err(format!(
            "{} is not empty and holds no generated site; not removing it",
            out.display()
        ))
    } else {
        Err(format!(
            "{} is not empty (use --force to replace a generated site)",
            out.display()
        ))
    }
}
