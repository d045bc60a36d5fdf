//! Benchmark: builds the search index of both trees of a site in memory (nothing is written),
//! a few times, and prints the time and size of each, to tell the index's own cost from the
//! cost of writing files. docs/performance.md has the command and the figures.
//!
//! ```sh
//! cargo run --release --example search_index -- SITE [RUNS]
//! ```

use std::path::PathBuf;
use std::time::Instant;

use raudtrad::diag::Diagnostics;
use raudtrad::model::vocab::Audience;
use raudtrad::render::Renderer;
use raudtrad::render::view::Ctx;

fn main() {
    let mut args = std::env::args().skip(1);
    let root = PathBuf::from(args.next().expect("usage: search_index SITE [RUNS]"));
    let runs: usize = args
        .next()
        .map_or(3, |r| r.parse().expect("RUNS is a number"));
    let mut diags = Diagnostics::new();
    let graph = raudtrad::read_site(&root, &mut diags);
    let Some(renderer) = Renderer::new(&graph, &mut diags) else {
        eprintln!("the site has errors");
        std::process::exit(1);
    };
    for audience in Audience::BOTH {
        let view = Ctx::new(&graph, audience, &renderer.labels, "");
        let mut best = f64::MAX;
        let mut files = Vec::new();
        for _ in 0..runs {
            let t = Instant::now();
            files = raudtrad::search::build(&view);
            best = best.min(t.elapsed().as_secs_f64());
        }
        let bytes: usize = files.iter().map(|f| f.content.len()).sum();
        let docs = files
            .iter()
            .find(|f| f.path == "search/entry.js")
            .and_then(|f| f.content.split("\"n\":").nth(1))
            .and_then(|s| s.split(',').next())
            .unwrap_or("?")
            .to_string();
        println!(
            "{}: {docs} documents, {} files, {:.1} MB, best of {runs}: {:.2} s",
            audience.dir(),
            files.len(),
            bytes as f64 / 1e6,
            best
        );
    }
}
