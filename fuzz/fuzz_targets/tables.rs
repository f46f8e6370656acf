//! The table readers (CSV, TSV, JSON lines, JSON arrays, Parquet, and the
//! gzip-compressed text variants) on arbitrary bytes, through a real scan:
//! the first byte picks the file name (so the format), the rest is the file.
//! Errors become problems in the results; nothing may panic.
#![no_main]

use datareach::engine::Engine;
use datareach::scan::{ObjectResult, ScanOptions, ScanSink};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

const NAMES: [&str; 8] = [
    "t.csv",
    "t.tsv",
    "t.jsonl",
    "t.json",
    "t.parquet",
    "t.csv.gz",
    "t.jsonl.gz",
    "t.ndjson",
];

struct Discard;
impl ScanSink for Discard {
    fn object(&mut self, _: ObjectResult) -> datareach::error::Result<()> {
        Ok(())
    }
}

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::builtin().expect("built-in rules compile"))
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, body)) = data.split_first() else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(NAMES[usize::from(pick) % NAMES.len()]);
    std::fs::write(&path, body).expect("write");
    let opts = ScanOptions {
        roots: vec![dir.path().to_path_buf()],
        threads: 1,
        ..ScanOptions::default()
    };
    let _ = datareach::scan::run(engine(), &opts, &mut Discard, None);
});
