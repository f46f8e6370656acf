//! `datareach audit`: scan, then compute exposure, in one go.

use crate::cli::correlate::{run_exposure, ExposureArgs};
use crate::cli::scan::{execute, ScanArgs};
use crate::cli::{EXIT_CLEAN, EXIT_FOUND, EXIT_PARTIAL};
use clap::Args;
use std::path::PathBuf;

/// Options of `audit`: every `scan` option plus the correlator's inputs.
#[derive(Debug, Args)]
pub struct AuditArgs {
    #[command(flatten)]
    pub scan: ScanArgs,
    /// Agent inventory and grants (YAML, or JSON with a .json extension).
    #[arg(long, value_name = "FILE")]
    pub inventory: PathBuf,
    /// AWS IAM mapping file (role ARN -> agent, with policies); repeatable.
    #[arg(long, value_name = "FILE")]
    pub iam: Vec<PathBuf>,
    /// Map a scanned root to a URI, e.g. sample-data/lake=s3://acme-lake; repeatable.
    #[arg(long, value_name = "ROOT=URI")]
    pub map: Vec<String>,
    /// Judge expiry as of this date (YYYY-MM-DD); default today (UTC).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
}

/// Exit codes: 2 when the scan was partial (exposure is still computed on
/// what was read), 1 when a governance finding of severity high or above
/// exists, 0 otherwise.
pub fn run(args: AuditArgs) -> anyhow::Result<u8> {
    let scan = execute(&args.scan)?;
    let exposure = run_exposure(ExposureArgs {
        labels: args.scan.out.clone(),
        inventory: args.inventory,
        iam: args.iam,
        map: args.map,
        as_of: args.as_of,
        out: Some(args.scan.out.clone()),
    })?;
    Ok(if scan.exit == EXIT_PARTIAL {
        EXIT_PARTIAL
    } else if exposure == EXIT_FOUND {
        EXIT_FOUND
    } else {
        EXIT_CLEAN
    })
}
