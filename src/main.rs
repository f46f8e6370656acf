//! The `datareach` command line: wires the library's scanner and correlator
//! to files, stdout/stderr and exit codes.

mod cli;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            eprintln!("datareach: error: {err:#}");
            ExitCode::from(cli::EXIT_USAGE)
        }
    }
}
