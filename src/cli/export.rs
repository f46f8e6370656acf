//! `datareach export`: labels (and reach) as a feed for a policy engine.

use anyhow::Context;
use datareach::export::{self, Feed, Format, Sources};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Arguments of `datareach export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Output format: opa (data document), cedar (entities), tags (CSV, or JSON when --out ends in .json),
    /// bloodhound (OpenGraph JSON: agents, owners, datasets; CanRead/CanWrite/DelegatesTo/OwnedBy).
    #[arg(long, value_name = "FORMAT", value_parser = clap::builder::PossibleValuesParser::new(Format::NAMES))]
    pub format: String,
    /// Scan output directory holding labels.jsonl (or the file itself).
    #[arg(long, value_name = "DIR")]
    pub labels: PathBuf,
    /// Map a scanned root to a URI, e.g. lake=s3://lake, exactly as for exposure; repeatable.
    #[arg(long = "map", value_name = "ROOT=URI")]
    pub map: Vec<String>,
    /// Exposure output directory holding exposure.json (or the file): adds what each agent reaches.
    #[arg(long, value_name = "DIR")]
    pub exposure: Option<PathBuf>,
    /// Agent inventory: adds agents with owner, purpose, data_scope, roles and delegation.
    #[arg(long, value_name = "FILE")]
    pub inventory: Option<PathBuf>,
    /// Output file; `-` writes to stdout.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

/// Runs `datareach export`: exit 0 when written, 3 on a usage or input error.
pub fn run(args: ExportArgs) -> anyhow::Result<u8> {
    let format = Format::from_name(&args.format, &args.out)
        .with_context(|| format!("unknown format '{}'", args.format))?;
    let feed = Feed::load(&Sources {
        labels: args.labels.clone(),
        maps: args.map.clone(),
        inventory: args.inventory.clone(),
        exposure: args.exposure.clone(),
    })?;
    for n in &feed.notes {
        eprintln!("datareach: note: {n}");
    }
    if args.out == Path::new("-") {
        let mut w = std::io::stdout().lock();
        format
            .exporter()
            .write(&feed, &mut w)
            .and_then(|_| w.flush())
            .context("writing the export to stdout")?;
    } else {
        export::write_file(&feed, format, &args.out)?;
    }
    // Stdout may be the export itself (`--out -`): the summary goes to stderr.
    eprintln!(
        "datareach: exported {} resources and {} agents as {} to {}",
        feed.resources.len(),
        feed.agents.len(),
        args.format,
        args.out.display()
    );
    Ok(super::EXIT_CLEAN)
}
