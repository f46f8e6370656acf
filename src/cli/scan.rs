//! `datareach scan`: classify files and tables, write findings, labels and a summary.

use crate::cli::{EXIT_CLEAN, EXIT_FOUND, EXIT_PARTIAL};
use anyhow::{Context, Result};
use clap::Args;
use datareach::engine::EngineBuilder;
use datareach::output::{OutputDir, ScanSummary};
use datareach::rules::RuleSet;
use datareach::scan::{self, MmapChoice, Progress, ScanOptions};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::Arc;

/// Options shared by `scan` and `audit`.
#[derive(Debug, Args, Clone)]
pub struct ScanArgs {
    /// Files or directories to scan (data lake mounts, exports, log folders).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Output directory for findings.jsonl, labels.jsonl and scan.json.
    #[arg(long, short, default_value = "datareach-out", value_name = "DIR")]
    pub out: PathBuf,
    /// Extra rule files or directories of *.toml rules (repeatable), added to the built-in rules.
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
    /// Use only the rules given with --rules, not the built-in ones.
    #[arg(long)]
    pub no_builtin_rules: bool,
    /// Worker threads, 1 to 1024 (default, or 0: one per core).
    #[arg(long, short = 'j', default_value_t = 0, value_name = "N",
          value_parser = clap::builder::TypedValueParser::map(
              clap::value_parser!(u16).range(0..=1024), usize::from))]
    pub threads: usize,
    /// Report findings at or above this confidence (0..1).
    #[arg(long, default_value_t = datareach::engine::DEFAULT_MIN_CONFIDENCE, value_name = "X",
          value_parser = share::<f32>)]
    pub min_confidence: f32,
    /// Write raw matched values into findings.jsonl. The output then holds the
    /// sensitive data itself: only for debugging on trusted machines.
    #[arg(long)]
    pub show_values: bool,
    /// Leave out paths matching this glob (relative path or file name; repeatable), e.g. '*.bak'.
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// Follow symbolic links (links out of the scanned root are recorded, not followed).
    #[arg(long)]
    pub follow_links: bool,
    /// With --follow-links, also follow links that leave the scanned root.
    #[arg(long, requires = "follow_links")]
    pub allow_outside_root: bool,
    /// Never memory-map files: read large files one chunk at a time (smallest footprint).
    #[arg(long)]
    pub no_mmap: bool,
    /// Stop decompressing a compressed file after this many bytes (defends against gzip bombs).
    #[arg(long, default_value_t = 8 << 30, value_name = "BYTES")]
    pub max_decompressed: u64,
    /// Tables: rows classified per table; 0 = every row. Larger tables are
    /// sampled across row groups / the file and the sample size is recorded.
    #[arg(long, default_value_t = datareach::tables::DEFAULT_SAMPLE_ROWS, value_name = "N")]
    pub sample_rows: u64,
    /// Tables: label a column with a type when at least this share of its
    /// non-null values match (a column-name hint lowers it by a third).
    #[arg(long, default_value_t = datareach::tables::DEFAULT_COLUMN_THRESHOLD, value_name = "X",
          value_parser = share::<f64>)]
    pub column_threshold: f64,
    /// Hide the progress bar (it is shown only when stderr is a terminal anyway).
    #[arg(long, short)]
    pub quiet: bool,
}

/// A share or confidence: a number from 0 to 1. NaN and infinities are
/// refused here, at parse time (exit 3), like any other out-of-range value:
/// NaN compares false with everything and would silently disable a check.
fn share<T>(s: &str) -> Result<T, String>
where
    T: std::str::FromStr + PartialOrd + From<u8>,
    T::Err: std::fmt::Display,
{
    match s.parse::<T>() {
        Ok(v) if (T::from(0)..=T::from(1)).contains(&v) => Ok(v),
        Ok(_) => Err("must be a number from 0 to 1".into()),
        Err(e) => Err(format!("{e}; must be a number from 0 to 1")),
    }
}

/// What a finished scan returns to the caller.
pub struct ScanRun {
    #[allow(dead_code)] // for library-style callers; audit reads only the exit code
    pub summary: ScanSummary,
    pub exit: u8,
}

pub fn run(args: &ScanArgs) -> Result<u8> {
    let run = execute(args)?;
    Ok(run.exit)
}

pub fn execute(args: &ScanArgs) -> Result<ScanRun> {
    // A mistyped path fails at once, before the engine is built.
    for p in &args.paths {
        if std::fs::symlink_metadata(p).is_err() {
            anyhow::bail!("{}: no such file or directory", p.display());
        }
    }
    let mut rules = if args.no_builtin_rules {
        RuleSet::default()
    } else {
        RuleSet::builtin().context("loading built-in rules")?
    };
    for path in &args.rules {
        rules
            .add_path(path)
            .with_context(|| format!("loading rules from {}", path.display()))?;
    }
    if rules.rules.is_empty() {
        anyhow::bail!("no rules to run (--no-builtin-rules without --rules)");
    }
    let engine = Arc::new(
        EngineBuilder::new(rules)
            .min_confidence(args.min_confidence)
            .build()?,
    );
    let mut sink = OutputDir::create(&args.out)
        .with_context(|| format!("creating output directory {}", args.out.display()))?;
    let opts = ScanOptions {
        roots: args.paths.clone(),
        // The output directory inside a scanned tree is not data.
        skip_dirs: std::fs::canonicalize(&args.out).into_iter().collect(),
        excludes: args.exclude.clone(),
        follow_links: args.follow_links,
        allow_outside_root: args.allow_outside_root,
        threads: args.threads,
        show_values: args.show_values,
        max_decompressed_bytes: args.max_decompressed,
        sample_rows: args.sample_rows,
        column_threshold: args.column_threshold,
        mmap: if args.no_mmap {
            MmapChoice::Never
        } else {
            MmapChoice::Auto
        },
        ..ScanOptions::default()
    };
    let started_at = chrono::Local::now().to_rfc3339();
    let progress = Arc::new(Progress::default());
    let show_progress =
        !args.quiet && std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let bar_thread = show_progress.then(|| spawn_progress(progress.clone(), stop.clone()));
    let stats = scan::run(&engine, &opts, &mut sink, Some(&progress));
    stop.store(true, Ordering::Relaxed);
    if let Some(t) = bar_thread {
        let _ = t.join();
    }
    let stats = stats?;
    let partial = stats.objects_errored > 0 || stats.objects_partial > 0;
    let summary = ScanSummary {
        tool: "datareach".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        rules_version: engine.version().to_string(),
        rules: engine.rules().len(),
        roots: args
            .paths
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect(),
        started_at,
        threads: if args.threads == 0 {
            std::thread::available_parallelism().map_or(1, |n| n.get())
        } else {
            args.threads
        },
        min_confidence: args.min_confidence,
        show_values: args.show_values,
        problems: sink.first_problems().to_vec(),
        stats,
        outcome: if partial { "partial" } else { "complete" }.into(),
    };
    sink.finish(&summary)?;
    eprintln!("{}", human_summary(&summary, &args.out));
    // The process ends soon after (`audit` goes on to correlate, which
    // needs no engine, and its peak is already reached): freeing the engine
    // (its automata and every thread's search caches, megabytes in many
    // blocks) would only delay the exit by milliseconds.
    std::mem::forget(engine);
    let exit = if partial {
        EXIT_PARTIAL
    } else if summary.stats.findings > 0 {
        EXIT_FOUND
    } else {
        EXIT_CLEAN
    };
    Ok(ScanRun { summary, exit })
}

fn spawn_progress(
    progress: Arc<Progress>,
    stop: Arc<std::sync::atomic::AtomicBool>,
) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        let bar = indicatif::ProgressBar::new(0);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} scanning [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec}) {msg}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        while !stop.load(Ordering::Relaxed) {
            bar.set_length(progress.total_bytes.load(Ordering::Relaxed));
            bar.set_position(progress.done_bytes.load(Ordering::Relaxed));
            bar.set_message(format!(
                "{}/{} objects",
                progress.done_objects.load(Ordering::Relaxed),
                progress.total_objects.load(Ordering::Relaxed)
            ));
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        bar.finish_and_clear();
    })
}

fn human_summary(s: &ScanSummary, out: &std::path::Path) -> String {
    let st = &s.stats;
    let mut text = format!(
        "datareach: scanned {} of {} objects ({:.1} MB) in {:.2}s ({:.1} MB/s); {} findings",
        st.objects_scanned,
        st.objects_seen,
        st.bytes_scanned as f64 / 1e6,
        st.elapsed_seconds,
        st.mb_per_second,
        st.findings
    );
    if !st.findings_by_type.is_empty() {
        let mut by: Vec<_> = st.findings_by_type.iter().collect();
        by.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let top: Vec<String> = by.iter().take(6).map(|(t, n)| format!("{t} {n}")).collect();
        text.push_str(&format!(" ({})", top.join(", ")));
    }
    if st.objects_skipped > 0 {
        text.push_str(&format!("; {} skipped", st.objects_skipped));
    }
    if st.objects_errored + st.objects_partial > 0 {
        text.push_str(&format!(
            "; PARTIAL RUN: {} errored, {} partly read (see scan.json)",
            st.objects_errored, st.objects_partial
        ));
    }
    text.push_str(&format!("\n  outputs in {}", out.display()));
    text
}
