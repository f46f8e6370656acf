//! Argument parsing and subcommand dispatch.

pub mod audit;
pub mod correlate;
pub mod export;
pub mod review;
pub mod scan;

use clap::{Parser, Subcommand};

/// Exit code: the run was clean and found nothing.
pub const EXIT_CLEAN: u8 = 0;
/// Exit code: the run found something (findings, or high-severity governance findings).
pub const EXIT_FOUND: u8 = 1;
/// Exit code: the run was partial (some objects errored); outputs still written.
pub const EXIT_PARTIAL: u8 = 2;
/// Exit code: usage or configuration error; nothing trustworthy was written.
pub const EXIT_USAGE: u8 = 3;

/// datareach: which regulated data can each AI agent actually reach?
///
/// `scan` classifies files and tables for PII, PHI and financial data and
/// writes findings (masked), labels per object and column, and a summary.
///
/// Exit codes: 0 clean, 1 findings, 2 partial run (some objects errored;
/// outputs still written), 3 usage or configuration error.
#[derive(Debug, Parser)]
#[command(name = "datareach", version, about, long_about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Scan files and tables for PII, PHI and financial data.
    ///
    /// Example: datareach scan sample-data --out out/
    Scan(scan::ScanArgs),
    /// Which regulated data each agent can reach (labels x inventory x grants).
    Exposure(correlate::ExposureArgs),
    /// Why an agent can or cannot reach one object or column.
    Explain(correlate::ExplainArgs),
    /// Scan, then compute exposure, in one go (the main job).
    ///
    /// Example: datareach audit sample-data/lake --inventory sample-data/inventory.yaml
    ///          --map sample-data/lake=s3://acme-lake --out datareach-out
    Audit(audit::AuditArgs),
    /// One self-contained HTML exposure report from scan and exposure outputs.
    ///
    /// Example: datareach report --scan datareach-out --exposure datareach-out --out report.html
    Report(review::ReportArgs),
    /// What changed between two runs; exit 1 when reach to regulated data
    /// grew or a high/critical finding appeared.
    ///
    /// Example: datareach diff run-1/ run-2/ --json drift.json
    Diff(review::DiffArgs),
    /// Export labels (and reach) for policy engines: OPA data, Cedar entities, tags.
    ///
    /// Example: datareach export --format opa --labels datareach-out
    ///          --map sample-data/lake=s3://acme-lake --out policy-data.json
    Export(export::ExportArgs),
}

pub fn run(cli: Cli) -> anyhow::Result<u8> {
    match cli.command {
        Command::Scan(args) => scan::run(&args),
        Command::Exposure(a) => correlate::run_exposure(a),
        Command::Explain(a) => correlate::run_explain(a),
        Command::Audit(a) => audit::run(a),
        Command::Report(a) => review::run_report(a),
        Command::Diff(a) => review::run_diff(a),
        Command::Export(a) => export::run(a),
    }
}
