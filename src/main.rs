//! The `datareach` command line: wires the library's scanner and correlator
//! to files, stdout/stderr and exit codes.

mod cli;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = match cli::Cli::try_parse() {
        Ok(args) => args,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { cli::EXIT_USAGE } else { 0 });
        }
    };
    match cli::run(args) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            eprintln!("datareach: error: {err:#}");
            ExitCode::from(cli::EXIT_USAGE)
        }
    }
}
