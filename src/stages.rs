//! How long each stage of a build or a `serve` rebuild took, and the passes inside a stage,
//! for `--verbose` and the benchmarks that read its lines (`bench/run`,
//! `examples/rebuild_bench`). One place makes and prints them, so every command's lines
//! read alike and the benchmarks parse one format.

use std::time::{Duration, Instant};

/// One timed step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stage {
    pub name: &'static str,
    pub time: Duration,
    /// A pass of the stage listed before it: printed indented under it, and not counted
    /// again by whoever sums the stages.
    pub pass: bool,
}

impl Stage {
    /// `  resolve              145.2 ms` or, for a pass, `    · register        14.9 ms`.
    /// `bench/run` sums the lines of the first form; a pass's `·` keeps it out of that sum.
    pub fn line(&self) -> String {
        let ms = self.time.as_secs_f64() * 1000.0;
        if self.pass {
            format!("    · {:<22} {ms:>8.1} ms", self.name)
        } else {
            format!("  {:<26} {ms:>8.1} ms", self.name)
        }
    }
}

/// A stopwatch that records a lap per stage.
#[derive(Debug)]
pub struct Stages {
    list: Vec<Stage>,
    lap: Instant,
}

impl Default for Stages {
    fn default() -> Self {
        Stages::new()
    }
}

impl Stages {
    pub fn new() -> Stages {
        Stages {
            list: Vec::new(),
            lap: Instant::now(),
        }
    }

    /// The stage `name` ended now; the next one starts.
    pub fn done(&mut self, name: &'static str) {
        self.push(name, false);
    }

    /// The pass `name` of the current stage ended now.
    pub fn pass(&mut self, name: &'static str) {
        self.push(name, true);
    }

    fn push(&mut self, name: &'static str, pass: bool) {
        let now = Instant::now();
        self.list.push(Stage {
            name,
            time: now - self.lap,
            pass,
        });
        self.lap = now;
    }

    /// `stage`, timed elsewhere, with its passes after it.
    pub fn add(&mut self, stage: &'static str, time: Duration, passes: Vec<Stage>) {
        self.list.push(Stage {
            name: stage,
            time,
            pass: false,
        });
        self.list.extend(passes);
        self.lap = Instant::now();
    }

    pub fn list(&self) -> &[Stage] {
        &self.list
    }

    pub fn into_list(self) -> Vec<Stage> {
        self.list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pass_line_is_apart_from_the_stage_lines_a_benchmark_sums() {
        let stage = Stage {
            name: "resolve",
            time: Duration::from_micros(145_250),
            pass: false,
        };
        let pass = Stage {
            name: "register",
            time: Duration::from_micros(14_900),
            pass: true,
        };
        assert_eq!(stage.line(), "  resolve                       145.2 ms");
        assert_eq!(pass.line(), "    · register                   14.9 ms");
        // bench/run's pattern for the stages it sums: `^  ([a-z ]+?)\s+([0-9.]+) ms$`.
        let summed = |l: &str| {
            l.strip_prefix("  ").is_some_and(|rest| {
                let name_end = rest.find(|c: char| !(c.is_ascii_lowercase() || c == ' '));
                name_end.is_some_and(|i| rest[i..].trim_end_matches(" ms").parse::<f64>().is_ok())
            })
        };
        assert!(summed(&stage.line()));
        assert!(!summed(&pass.line()));
    }

    #[test]
    fn laps_follow_each_other() {
        let mut s = Stages::new();
        s.done("a");
        s.pass("a1");
        s.add("b", Duration::from_millis(3), vec![]);
        let list = s.into_list();
        let names: Vec<(&str, bool)> = list.iter().map(|s| (s.name, s.pass)).collect();
        assert_eq!(names, [("a", false), ("a1", true), ("b", false)]);
        assert_eq!(list[2].time, Duration::from_millis(3));
    }
}
