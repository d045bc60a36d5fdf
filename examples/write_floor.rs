//! The floor under a build's writing: reads a built output folder into memory, then writes the
//! same files with the same bytes into a fresh folder beside it, one folder at a time as
//! raudtrad does (`create_dir_all` then `write`, in parallel on rayon's threads), and prints
//! how long that took. What raudtrad spends writing beyond this is its own; this much is the
//! file system's.
//!
//!     cargo run --release --example write_floor -- public/ [--serial]

use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;
use walkdir::WalkDir;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(src) = args
        .next()
        .filter(|a| !a.starts_with('-'))
        .map(PathBuf::from)
        .filter(|p| p.is_dir())
    else {
        eprintln!("usage: write_floor BUILT_OUTPUT_DIR [--serial]");
        std::process::exit(2);
    };
    let serial = args.any(|a| a == "--serial");
    let files: Vec<(PathBuf, Vec<u8>)> = WalkDir::new(&src)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(&src).unwrap().to_path_buf();
            let bytes = std::fs::read(e.path()).unwrap();
            (rel, bytes)
        })
        .collect();
    let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
    let dest = sibling(&src);
    let _ = std::fs::remove_dir_all(&dest);
    std::fs::create_dir(&dest).unwrap();
    let write = |(rel, b): &(PathBuf, Vec<u8>)| {
        let path = dest.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, b).unwrap();
    };
    let start = Instant::now();
    if serial {
        files.iter().for_each(write);
    } else {
        files.par_iter().for_each(write);
    }
    let took = start.elapsed();
    println!(
        "wrote {} files, {:.1} MB, into {} in {:.2} s ({:.0} µs per file, {})",
        files.len(),
        bytes as f64 / 1e6,
        dest.display(),
        took.as_secs_f64(),
        took.as_secs_f64() * 1e6 / files.len() as f64,
        if serial { "one thread" } else { "rayon" }
    );
}

fn sibling(src: &Path) -> PathBuf {
    let name = src.file_name().unwrap().to_string_lossy();
    src.with_file_name(format!("{name}.write-floor"))
}
