//! How much of a site's output follows file order: what stands in the way of putting a new
//! file into the last graph in `serve` (docs/performance.md, point 5).
//!
//! ```sh
//! cargo run --release --example order_probe -- SITE
//! ```
//!
//! An item's id is its place in file order, and lists are in id order unless they sort by
//! something of their own. This resolves the site twice, once with its files in file order
//! (as a build reads them) and once with the files read in the reverse order (each file's
//! inline items still after it), renders every page of both trees from both graphs, and
//! counts the pages that differ: each is a page on which a new file given the next free id,
//! instead of its place in file order, could show in another place than a build shows it.
//! It also times copying every item once, the least that giving every item after a new
//! file a new id costs (each item that names one of them is copied to be changed).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

use raudtrad::diag::Diagnostics;
use raudtrad::model::Graph;
use raudtrad::model::vocab::Audience;
use raudtrad::render::Renderer;

fn main() {
    let Some(site) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: order_probe SITE");
        std::process::exit(2);
    };
    let mut diags = Diagnostics::new();
    let loaded = raudtrad::load::load(&site, &mut diags);
    let today = raudtrad::today(&loaded.config);
    let mut reversed = raudtrad::load::Loaded {
        root: loaded.root.clone(),
        config: loaded.config.clone(),
        items: loaded.items.clone(),
        assets: loaded.assets.clone(),
    };
    reversed.items.reverse();
    let in_order = raudtrad::resolve::resolve(loaded, today, &mut diags);
    let mut ignored = Diagnostics::new();
    let backwards = raudtrad::resolve::resolve(reversed, today, &mut ignored);
    if diags.has_errors() {
        for d in diags.sorted() {
            eprintln!("{d}");
        }
        std::process::exit(1);
    }

    for _ in 0..3 {
        let lap = Instant::now();
        let copies: Vec<raudtrad::model::Item> =
            in_order.items.iter().map(|i| (**i).clone()).collect();
        println!(
            "every item copied once: {} items in {:.1} ms",
            copies.len(),
            lap.elapsed().as_secs_f64() * 1000.0
        );
    }

    let (a, b) = (pages(&in_order), pages(&backwards));
    let mut by_folder: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (path, html) in &a {
        let folder = match path.rsplit_once('/') {
            Some((dir, _)) => dir.to_string(),
            None => String::new(),
        };
        let count = by_folder.entry(folder).or_default();
        count.1 += 1;
        if b.get(path) != Some(html) {
            count.0 += 1;
        }
    }
    let differ: usize = by_folder.values().map(|c| c.0).sum();
    println!(
        "{differ} of {} files differ when the files are read in the reverse order",
        a.len()
    );
    for (folder, (d, n)) in by_folder.iter().filter(|(_, c)| c.0 > 0) {
        println!("  {folder:<40} {d:>6} of {n}");
    }
}

/// Every file of both trees as rendered, by its path in the output.
fn pages(g: &Graph) -> BTreeMap<String, String> {
    let mut diags = Diagnostics::new();
    let renderer = Renderer::new(g, &mut diags).expect("the theme compiles");
    let mut out = BTreeMap::new();
    for audience in Audience::BOTH {
        for page in renderer.pages(g, audience) {
            let html = match renderer.try_render(g, audience, &page) {
                Ok(r) => r.html,
                Err(d) => format!("{:?}", d.sorted()),
            };
            out.insert(format!("{}/{}", audience.dir(), page.path), html);
        }
    }
    out
}
