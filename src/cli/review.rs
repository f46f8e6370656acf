//! `datareach report` and `datareach diff`: reading finished runs back.

use anyhow::Context;
use datareach::review::{render_html, Drift, RunDir};
use std::path::PathBuf;

/// Arguments of `datareach report`.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Scan output directory (labels.jsonl, scan.json).
    #[arg(long, value_name = "DIR")]
    pub scan: PathBuf,
    /// Exposure output directory (exposure.json, findings.json); default the --scan directory.
    #[arg(long, value_name = "DIR")]
    pub exposure: Option<PathBuf>,
    /// The HTML file to write.
    #[arg(long, value_name = "FILE", default_value = "report.html")]
    pub out: PathBuf,
}

/// Arguments of `datareach diff`.
#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The earlier run's output directory (scan and/or exposure output).
    #[arg(value_name = "OLD_DIR")]
    pub old: PathBuf,
    /// The later run's output directory.
    #[arg(value_name = "NEW_DIR")]
    pub new: PathBuf,
    /// Also write the drift as JSON to this file.
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,
}

/// Writes the report; exit 0.
pub fn run_report(args: ReportArgs) -> anyhow::Result<u8> {
    let scan = RunDir::load(&args.scan)?;
    let exposure = match &args.exposure {
        Some(dir) if dir != &args.scan => RunDir::load(dir)?,
        _ => scan.clone(),
    };
    let html = render_html(&scan, &exposure)?;
    write_atomically(&args.out, html.as_bytes())?;
    eprintln!(
        "datareach: wrote {} ({} KiB)",
        args.out.display(),
        html.len().div_ceil(1024)
    );
    Ok(super::EXIT_CLEAN)
}

/// Prints the drift; exit 1 when something grew, else 0.
pub fn run_diff(args: DiffArgs) -> anyhow::Result<u8> {
    let old = RunDir::load(&args.old)?;
    let new = RunDir::load(&args.new)?;
    let drift = Drift::compare(&old, &new)?;
    if let Some(path) = &args.json {
        let text = serde_json::to_string_pretty(&drift).expect("serializable") + "\n";
        write_atomically(path, text.as_bytes())?;
    }
    super::correlate::print_out(&drift.render_summary());
    Ok(if drift.exit_code() == 0 {
        super::EXIT_CLEAN
    } else {
        super::EXIT_FOUND
    })
}

/// Temporary owner-only file beside the target, then rename: a reader never
/// sees half a file, and the report (a map of where sensitive data is) is
/// as private as the scan's outputs.
pub(crate) fn write_atomically(path: &std::path::Path, data: &[u8]) -> anyhow::Result<()> {
    use std::io::Write;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut file = datareach::output::AtomicFile::create(path)?;
    file.writer()
        .write_all(data)
        .with_context(|| format!("writing {}", path.display()))?;
    file.commit()?;
    Ok(())
}
