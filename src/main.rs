//! The command line: parse, call the library, print what happened, map it to an exit code.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::builder::styling::{AnsiColor, Styles};
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use raudtrad::diag::{Diagnostics, Severity};
use raudtrad::model::vocab::Audience;
use raudtrad::{BuildError, Summary};

mod init;

/// Loading and resolving make and free many small values (a string per field, per item);
/// mimalloc does that about twice as fast as the system allocator, which is most of what a
/// preview rebuild costs on a large site (docs/performance.md).
///
/// Two of its defaults hold memory a build is done with: it backs the heap with transparent
/// huge pages (2 MB resident for one byte touched) and keeps freed memory for a second before
/// giving it back. THP is off at compile time (the crate's `no_thp` feature); the delay is
/// set by [`raudtrad::alloc::tune`]. At 10 000 assignments that took the peak from 307 to 258 MB in
/// the same time (docs/performance.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "raudtrad", version, about = "Publishes how a municipality steers its work — den raude tråden — as a static website from Markdown", long_about = None)]
struct Cli {
    /// Print only errors.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Print more about what is done.
    #[arg(short, long, global = true)]
    verbose: bool,
    /// Colour errors, warnings and help: auto (on a terminal, unless NO_COLOR is set or
    /// CLICOLOR_FORCE asks for it anyway), always or never.
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = Colour::Auto)]
    color: Colour,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the internal and the open tree of a site.
    Build {
        #[command(flatten)]
        site: Site,
        /// Output folder [default: SITE/public]; it gets internal/ and open/.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    /// Check a site without writing anything; print every problem.
    Check {
        #[command(flatten)]
        site: Site,
        /// Also build into a temporary folder and check every link and asset of both trees.
        #[arg(long)]
        links: bool,
        /// Also print the coverage of den raude tråden: goals, measures and verbalpunkt with
        /// no assignment, assignments with no goal (orphans) or tied to goals of an expired
        /// plan (stale), letters that gave no assignment. Printed on stdout, also with --quiet.
        #[arg(long)]
        trace: bool,
        /// How to print: `text` for people; `json`: the --trace report as JSON on stdout;
        /// `github`: every problem as a GitHub Actions annotation on stdout; `gitlab`: every
        /// problem as a GitLab code quality report (JSON) on stdout. With `github` and `gitlab`
        /// the usual text goes to stderr, and --trace adds orphans and goals with no assignment.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// With --trace: exit with 1 when there are orphans or goals with no assignment (for
        /// the CI of a content repository).
        #[arg(long, requires = "trace")]
        strict: bool,
    },
    /// Preview the site in a browser: build it, serve one tree, rebuild and reload on every save.
    Serve {
        #[command(flatten)]
        site: Site,
        /// The port to listen on; 0 picks a free one.
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// The address to listen on. Only this machine can connect unless you give another;
        /// beyond loopback, open it by the address, not by the machine's name (see README).
        #[arg(long, value_name = "ADDRESS", default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Which tree to show: internal (everything) or open (what citizens see).
        #[arg(long, value_enum, default_value_t = Tree::Internal)]
        audience: Tree,
    },
    /// Write a small starter site into DIR.
    Init {
        /// A folder that does not exist yet or is empty.
        dir: PathBuf,
    },
    /// Print a completion script for a shell, e.g. `raudtrad completions bash >
    /// ~/.local/share/bash-completion/completions/raudtrad`.
    Completions {
        /// bash, zsh, fish or powershell (also elvish).
        shell: clap_complete::Shell,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Colour {
    Auto,
    Always,
    Never,
}

/// Help in cargo's colours: headings green, flags and commands cyan.
fn styles() -> Styles {
    Styles::styled()
        .header(AnsiColor::Green.on_default().bold())
        .usage(AnsiColor::Green.on_default().bold())
        .literal(AnsiColor::Cyan.on_default().bold())
        .placeholder(AnsiColor::Cyan.on_default())
        .error(AnsiColor::Red.on_default().bold())
        .valid(AnsiColor::Cyan.on_default().bold())
        .invalid(AnsiColor::Yellow.on_default().bold())
}

/// `--color` as written on the command line, read before clap parses it: clap prints help and
/// its own errors while parsing, so it must know the choice first.
fn colour_flag() -> Colour {
    let mut args = std::env::args_os().skip(1);
    let mut choice = Colour::Auto;
    while let Some(arg) = args.next() {
        let arg = arg.to_string_lossy().into_owned();
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--color") {
            Some("") => args.next().map(|v| v.to_string_lossy().into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        };
        match value.as_deref() {
            Some("always") => choice = Colour::Always,
            Some("never") => choice = Colour::Never,
            Some("auto") => choice = Colour::Auto,
            _ => {}
        }
    }
    choice
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Tree {
    Internal,
    Open,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
    Github,
    Gitlab,
}

/// What `check` does besides validating.
struct CheckOptions {
    links: bool,
    trace: bool,
    format: Format,
    strict: bool,
}

#[derive(Args)]
struct Site {
    /// The site's folder (with site.toml and content/).
    #[arg(long, value_name = "SITE", default_value = ".")]
    root: PathBuf,
}

fn main() -> ExitCode {
    // SAFETY: the first thing `main` does, before it starts any thread.
    unsafe { raudtrad::alloc::tune() };
    let colour = colour_flag();
    // Every stream of anstream (clap's and ours) follows the choice; on auto, anstream
    // reads NO_COLOR, CLICOLOR_FORCE and whether the stream is a terminal.
    match colour {
        Colour::Auto => anstream::ColorChoice::Auto,
        Colour::Always => anstream::ColorChoice::Always,
        Colour::Never => anstream::ColorChoice::Never,
    }
    .write_global();
    let command = Cli::command().styles(styles()).color(match colour {
        Colour::Auto => clap::ColorChoice::Auto,
        Colour::Always => clap::ColorChoice::Always,
        Colour::Never => clap::ColorChoice::Never,
    });
    let cli = match Cli::from_arg_matches(&command.get_matches()) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    let result = match &cli.command {
        Command::Build { site, out } => build(
            &cli,
            &site.root,
            out.clone().unwrap_or_else(|| site.root.join("public")),
        ),
        Command::Check {
            site,
            links,
            trace,
            format,
            strict,
        } => check(
            &cli,
            &site.root,
            &CheckOptions {
                links: *links,
                trace: *trace,
                format: *format,
                strict: *strict,
            },
        ),
        Command::Serve {
            site,
            port,
            bind,
            audience,
        } => serve(&cli, &site.root, *port, *bind, *audience),
        Command::Init { dir } => init::run(dir),
        Command::Completions { shell } => {
            clap_complete::generate(
                *shell,
                &mut Cli::command(),
                "raudtrad",
                &mut std::io::stdout(),
            );
            Ok(())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(()) => ExitCode::from(1),
    }
}

fn print_diagnostics(cli: &Cli, diags: Diagnostics) {
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    let _ = diags.print(&mut err, !cli.quiet, raudtrad::diag::stderr_colour());
}

fn counts(diags: &Diagnostics) -> String {
    let (e, w) = (diags.count(Severity::Error), diags.count(Severity::Warning));
    format!(
        "{e} error{}, {w} warning{}",
        if e == 1 { "" } else { "s" },
        if w == 1 { "" } else { "s" }
    )
}

/// Render-and-write time by template, summed over threads (so it adds up to more than the
/// stage's wall time on several cores).
fn print_costs(costs: &[raudtrad::PageCost]) {
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
    println!(
        "  {:<24} {:>7} {:>9} {:>10} {:>9} {:>9}",
        "by template", "pages", "MB", "render ms", "guard ms", "write ms"
    );
    for c in costs {
        println!(
            "  {:<24} {:>7} {:>9.1} {:>10.0} {:>9.0} {:>9.0}",
            c.template,
            c.pages,
            c.bytes as f64 / 1e6,
            ms(c.render),
            ms(c.guard),
            ms(c.write)
        );
    }
}

fn build(cli: &Cli, root: &Path, out: PathBuf) -> Result<(), ()> {
    let mut diags = Diagnostics::new();
    let result = raudtrad::build(root, &out, &mut diags);
    let summary_counts = counts(&diags);
    let has_errors = diags.has_errors();
    print_diagnostics(cli, diags);
    match result {
        Ok(summary) => {
            if cli.verbose {
                for stage in &summary.stages {
                    println!("{}", stage.line());
                }
                for (i, tree) in ["internal", "open"].iter().enumerate() {
                    println!(
                        "  {tree:<18} {} pages, {} files",
                        summary.pages[i], summary.files[i]
                    );
                }
                print_costs(&summary.costs);
            }
            if !cli.quiet {
                println!("{}", summary_line(&summary, &out));
            }
            Ok(())
        }
        Err(BuildError::Invalid) => {
            raudtrad::diag::eprint_error(format_args!(
                "the build stopped: {summary_counts}; nothing was written"
            ));
            debug_assert!(has_errors);
            Err(())
        }
        Err(BuildError::Render(message)) => {
            // Already written as diagnostics (template file, line, message).
            eprintln!("{message}");
            raudtrad::diag::eprint_error(format_args!(
                "the build stopped; the previous output is unchanged"
            ));
            Err(())
        }
        Err(e) => {
            raudtrad::diag::eprint_error(format_args!("{e}"));
            raudtrad::diag::eprint_error(format_args!(
                "the build stopped; the previous output is unchanged"
            ));
            Err(())
        }
    }
}

fn summary_line(s: &Summary, out: &Path) -> String {
    let items: Vec<String> = s
        .items
        .iter()
        .map(|(k, n)| {
            let name = if *n == 1 { k.name() } else { k.plural_name() };
            format!("{n} {name}")
        })
        .collect();
    format!(
        "built {}: internal {} pages, open {} pages in {} ({:.2} s)",
        if items.is_empty() {
            "an empty site".to_string()
        } else {
            items.join(", ")
        },
        s.pages[0],
        s.pages[1],
        out.display(),
        s.elapsed.as_secs_f64()
    )
}

fn check(cli: &Cli, root: &Path, opts: &CheckOptions) -> Result<(), ()> {
    if opts.format == Format::Json && !opts.trace {
        // A usage error, as clap reports one (exit code 2).
        use clap::CommandFactory;
        Cli::command()
            .error(
                clap::error::ErrorKind::MissingRequiredArgument,
                "`--format json` prints the --trace report: add `--trace`",
            )
            .exit();
    }
    let links = opts.links;
    let mut diags = Diagnostics::new();
    let checked = raudtrad::check(root, &mut diags);
    let ok = checked.is_some();
    // The report is made before the link check's build; it reads the same graph.
    let report = match &checked {
        Some((graph, _)) if opts.trace => Some(raudtrad::trace_report::report(graph)),
        _ => None,
    };
    drop(checked);
    let mut broken_links = 0;
    if ok && links {
        let tmp = match tempdir() {
            Ok(t) => t,
            Err(e) => {
                raudtrad::diag::eprint_error(format_args!("cannot make a temporary folder: {e}"));
                return Err(());
            }
        };
        let out = tmp.join("out");
        let mut build_diags = Diagnostics::new();
        match raudtrad::build(root, &out, &mut build_diags) {
            Ok(_) => {
                for tree in ["internal", "open"] {
                    for b in raudtrad::links::check_tree(&out.join(tree)) {
                        broken_links += 1;
                        diags
                            .global_error(format!("{tree}/{}: link to `{}`: {}", b.page, b.target, b.reason))
                            .help("a link in a body or a template leads nowhere; fix the path or the template");
                    }
                }
            }
            Err(e) => {
                diags.global_error(format!("the test build failed: {e}"));
            }
        }
        let _ = std::fs::remove_dir_all(&tmp);
    }
    let line = counts(&diags);
    let has_errors = diags.has_errors();
    if matches!(opts.format, Format::Github | Format::Gitlab) {
        return check_for_forge(cli, root, opts, diags, report.as_ref(), &line);
    }
    print_diagnostics(cli, diags);
    let json = opts.format == Format::Json;
    if let Some(report) = &report
        && !has_errors
    {
        let mut out = std::io::stdout().lock();
        let _ = if json {
            serde_json::to_writer_pretty(&mut out, report)
                .map_err(std::io::Error::other)
                .and_then(|()| writeln!(out))
        } else {
            write!(out, "{}", report.to_text())
        };
    }
    // With JSON on stdout, the summary line goes with the diagnostics.
    if json && (!cli.quiet || has_errors) {
        eprintln!("check: {line}");
    } else if !cli.quiet || has_errors {
        let mut out = std::io::stdout().lock();
        let links_note = if links && !has_errors {
            ", every link resolves"
        } else {
            ""
        };
        let _ = writeln!(out, "check: {line}{links_note}");
        let _ = broken_links;
    }
    if has_errors {
        return Err(());
    }
    match report {
        Some(r) if opts.strict && r.strict_failure => {
            raudtrad::diag::eprint_error(format_args!(
                "--strict: {} assignment{} with no goal, {} goal{} with no assignment",
                r.orphans.len(),
                if r.orphans.len() == 1 { "" } else { "s" },
                r.uncovered_goals.len(),
                if r.uncovered_goals.len() == 1 {
                    ""
                } else {
                    "s"
                },
            ));
            Err(())
        }
        _ => Ok(()),
    }
}

/// `check --format github|gitlab`: the forge's format on stdout, the rest on stderr, the same
/// exit code as `text`.
fn check_for_forge(
    cli: &Cli,
    root: &Path,
    opts: &CheckOptions,
    diags: Diagnostics,
    report: Option<&raudtrad::trace_report::Report>,
    line: &str,
) -> Result<(), ()> {
    let has_errors = diags.has_errors();
    // Paths as the forge knows them: from the repository's root, where CI runs.
    let prefix = root
        .to_string_lossy()
        .trim_start_matches("./")
        .trim_end_matches('/')
        .to_string();
    let prefix = if prefix == "." || root.is_absolute() {
        String::new()
    } else {
        prefix
    };
    let shown: Vec<raudtrad::diag::Diagnostic> = diags
        .clone()
        .sorted()
        .into_iter()
        .filter(|d| d.severity == Severity::Error || !cli.quiet)
        .collect();
    let report = report.filter(|_| !has_errors);
    let out = match opts.format {
        Format::Github => raudtrad::forge_report::github(&shown, report, opts.strict, &prefix),
        _ => raudtrad::forge_report::gitlab(&shown, report, opts.strict, &prefix),
    };
    print_diagnostics(cli, diags);
    if let Some(r) = report {
        eprint!("{}", r.to_text());
    }
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
    if !cli.quiet || has_errors {
        eprintln!("check: {line}");
    }
    if has_errors || (opts.strict && report.is_some_and(|r| r.strict_failure)) {
        return Err(());
    }
    Ok(())
}

fn serve(cli: &Cli, root: &Path, port: u16, bind: std::net::IpAddr, tree: Tree) -> Result<(), ()> {
    let options = raudtrad::serve::Options {
        root: root.to_path_buf(),
        bind,
        port,
        audience: match tree {
            Tree::Internal => Audience::Internal,
            Tree::Open => Audience::Open,
        },
        quiet: cli.quiet,
        verbose: cli.verbose,
    };
    raudtrad::serve::run(&options).map_err(|e| {
        raudtrad::diag::eprint_error(format_args!("{e}"));
        if let Some(help) = e.help() {
            raudtrad::diag::eprint_help(format_args!("{help}"));
        }
    })
}

fn tempdir() -> std::io::Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!("raudtrad-check-{}", std::process::id()));
    if dir.exists() {
        std::fs::remove_dir_all(&dir)?;
    }
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}
