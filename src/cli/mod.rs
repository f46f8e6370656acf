//! Argument parsing and subcommand dispatch.

use clap::{Parser, Subcommand};

pub mod correlate;

/// Exit code: the run was clean and found nothing.
pub const EXIT_CLEAN: u8 = 0;
/// Exit code: the run found something (findings, or high-severity governance findings).
pub const EXIT_FOUND: u8 = 1;
/// Exit code: the run was partial (some objects errored); outputs still written.
pub const EXIT_PARTIAL: u8 = 2;
/// Exit code: usage or configuration error; nothing trustworthy was written.
pub const EXIT_USAGE: u8 = 3;

/// datareach: which regulated data can each AI agent actually reach?
#[derive(Debug, Parser)]
#[command(name = "datareach", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Which regulated data each agent can reach (labels x inventory x grants).
    Exposure(correlate::ExposureArgs),
    /// Why an agent can or cannot reach one object or column.
    Explain(correlate::ExplainArgs),
}

pub fn run(cli: Cli) -> anyhow::Result<u8> {
    match cli.command {
        Command::Exposure(a) => correlate::run_exposure(a),
        Command::Explain(a) => correlate::run_explain(a),
    }
}
