//! `datareach audit`: scan, then compute exposure, in one go; with access
//! logs, the access audit too, and `--agent ID` prints one agent's audit.

use crate::cli::correlate::{execute_exposure, print_out, AccessArgs, ExposureArgs, GrantArgs};
use crate::cli::scan::{execute, ScanArgs};
use crate::cli::{EXIT_CLEAN, EXIT_FOUND, EXIT_PARTIAL};
use clap::Args;
use std::path::PathBuf;

/// Options of `audit`: every `scan` option plus the correlator's inputs.
#[derive(Debug, Args)]
#[command(mut_arg("paths", |a| a.required(false).required_unless_present("labels")))]
pub struct AuditArgs {
    #[command(flatten)]
    pub scan: ScanArgs,
    /// Reuse an existing scan (a directory holding labels.jsonl, or the file)
    /// instead of scanning PATHs.
    #[arg(long, value_name = "DIR", conflicts_with = "paths")]
    pub labels: Option<PathBuf>,
    #[command(flatten)]
    pub grants: GrantArgs,
    /// Map a scanned root to a URI, e.g. sample-data/lake=s3://acme-lake; repeatable.
    #[arg(long, value_name = "ROOT=URI")]
    pub map: Vec<String>,
    /// Judge expiry as of this date (YYYY-MM-DD); default today (UTC).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    #[command(flatten)]
    pub access: AccessArgs,
    /// Grant paths listed per reach entry of exposure.json (0 = all).
    #[arg(long, value_name = "N", default_value_t = datareach::correlate::DEFAULT_MAX_PATHS)]
    pub max_paths: usize,
    /// Print this agent's access audit: what it touched (types, counts),
    /// its timeline, unused grants and unexplained accesses.
    #[arg(long, value_name = "ID", requires = "access_log")]
    pub agent: Option<String>,
}

/// Exit codes: 2 when the scan was partial or access log records were
/// malformed (everything is still computed on what was read), 1 when a
/// governance finding of severity high or above exists, 0 otherwise.
pub fn run(args: AuditArgs) -> anyhow::Result<u8> {
    if let Some(id) = &args.agent {
        // Fail before the work, not after it.
        let (inv, _) = args.grants.load()?;
        anyhow::ensure!(
            inv.agent(id).is_some(),
            "--agent '{id}' is not in {}",
            args.grants.describe()
        );
    }
    let scan_dir = args.labels.clone().unwrap_or_else(|| args.scan.out.clone());
    let (labels, scan_exit) = match &args.labels {
        Some(dir) => (dir.clone(), EXIT_CLEAN),
        None => (args.scan.out.clone(), execute(&args.scan)?.exit),
    };
    let run = execute_exposure(ExposureArgs {
        labels,
        grants: args.grants,
        map: args.map,
        as_of: args.as_of,
        out: Some(args.scan.out.clone()),
        access: args.access,
        max_paths: args.max_paths,
    })?;
    // The human-readable side of the same run, beside the machine outputs.
    let report = args.scan.out.join("report.html");
    let written = datareach::review::RunDir::load(&scan_dir).and_then(|scan| {
        let exposure = datareach::review::RunDir::load(&args.scan.out)?;
        datareach::review::render_html(&scan, &exposure)
    });
    match written {
        Ok(html) => super::review::write_atomically(&report, html.as_bytes())?,
        Err(e) => eprintln!("datareach: report.html not written: {e}"),
    }
    if let Some(id) = &args.agent {
        if let Some(text) = run.report.render_access(id) {
            print_out(&format!("\n{text}"));
        }
    }
    Ok(if scan_exit == EXIT_PARTIAL || run.exit == EXIT_PARTIAL {
        EXIT_PARTIAL
    } else if run.exit == EXIT_FOUND {
        EXIT_FOUND
    } else {
        EXIT_CLEAN
    })
}
