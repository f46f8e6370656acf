//! The scan driver: walks roots, reads each object with the right strategy,
//! runs the engine over chunks in parallel and pushes ordered results to a
//! [`ScanSink`].
//!
//! Order is deterministic whatever the thread count: objects are numbered in
//! walk order (roots as given, entries sorted by name) and the sink receives
//! them in that order. Workers take the next object from a shared counter,
//! so results arrive nearly in order and the reorder buffer stays small.

use crate::engine::{Candidate, Engine, Scratch};
use crate::error::{Error, Result};
use crate::source::{self, ObjectKind, ObjectRef};
use crate::types::Category;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::{Read, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Instant;

/// How to read large regular files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MmapChoice {
    /// Memory-map files at or above the threshold size, scan their chunks in
    /// parallel and release scanned pages (default). A file truncated while
    /// mapped is reported `partial` (see `mapguard`).
    Auto,
    /// Never map: read large files as a stream, one chunk at a time.
    Never,
}

/// Everything a scan needs besides the engine.
#[derive(Debug, Clone)]
pub struct ScanOptions {
    /// Paths to scan (files or directories), reported as given.
    pub roots: Vec<PathBuf>,
    /// Glob patterns (matched against the path relative to its root, and
    /// against the file name) of objects to leave out.
    pub excludes: Vec<String>,
    /// Directories below a root that are not walked, as canonical paths:
    /// the CLI puts its output directory here, so that a scan never reads
    /// its own findings (nor an earlier run's) as data.
    pub skip_dirs: Vec<PathBuf>,
    /// Follow symbolic links while walking.
    pub follow_links: bool,
    /// With `follow_links`, also follow links that leave the scanned root.
    pub allow_outside_root: bool,
    /// Worker threads; 0 = one per core.
    pub threads: usize,
    /// Write raw matched values into findings (off by default: outputs are sensitive).
    pub show_values: bool,
    /// Stop decompressing a stream after this many bytes (gzip bombs).
    pub max_decompressed_bytes: u64,
    /// Bytes per chunk handed to the engine.
    pub chunk_size: usize,
    /// Files at least this large are memory-mapped (with [`MmapChoice::Auto`]).
    pub mmap_threshold: u64,
    /// Read strategy for large files.
    pub mmap: MmapChoice,
    /// Where findings of objects with very many findings are spilled before
    /// being written in order (default: the system temporary directory).
    pub spill_dir: Option<PathBuf>,
    /// Tables: rows classified per table (0 = all rows); larger tables are
    /// sampled across row groups / the file.
    pub sample_rows: u64,
    /// Tables: share of a column's non-null values that must match a type
    /// for the column to be labelled with it.
    pub column_threshold: f64,
}

impl Default for ScanOptions {
    fn default() -> Self {
        ScanOptions {
            roots: Vec::new(),
            excludes: Vec::new(),
            skip_dirs: Vec::new(),
            follow_links: false,
            allow_outside_root: false,
            threads: 0,
            show_values: false,
            max_decompressed_bytes: 8 << 30,
            chunk_size: 4 << 20,
            mmap_threshold: 16 << 20,
            mmap: MmapChoice::Auto,
            spill_dir: None,
            sample_rows: crate::tables::DEFAULT_SAMPLE_ROWS,
            column_threshold: crate::tables::DEFAULT_COLUMN_THRESHOLD,
        }
    }
}

/// One finding, as written to `findings.jsonl`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Finding {
    /// Path relative to the root it was found under, `/` separators.
    pub path: String,
    /// Byte offset of the first byte (in the decompressed stream for `.gz`);
    /// absent for table cells.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<u64>,
    /// Byte offset one past the last byte.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<u64>,
    /// 1-based line of `start`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// Table column (field path for JSON), for table findings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    /// 0-based data row, for table findings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<u64>,
    #[serde(rename = "type")]
    pub data_type: String,
    pub category: Category,
    pub confidence: f32,
    pub rule: String,
    pub masked: String,
    /// The raw value: only with `--show-values`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The scanned root as given, so findings from several roots stay apart.
    pub root: String,
}

/// A finding as the scanner records it: [`Finding`]'s fields borrowed from
/// the object, the rule and the matched bytes, written as the same JSON
/// line. Findings are recorded by the hundred thousand; building a
/// `Finding` would cost seven string copies each.
struct FindingRecord<'a> {
    /// The object's path and root, JSON-escaped once per object.
    path: &'a serde_json::value::RawValue,
    start: Option<u64>,
    end: Option<u64>,
    line: Option<u64>,
    /// JSON-escaped once per column.
    column: Option<&'a serde_json::value::RawValue>,
    row: Option<u64>,
    /// The rule's type, category and id, pre-escaped.
    fixed: &'a RuleJson,
    confidence: f32,
    masked: &'a str,
    value: Option<&'a str>,
    root: &'a serde_json::value::RawValue,
}

impl FindingRecord<'_> {
    /// Appends this record's JSON object to `out`: the bytes serde_json
    /// writes for the equivalent [`Finding`] (same keys, order, escapes and
    /// number formats; tested), without the per-key escaping a derived
    /// serializer does. Findings are written by the hundred thousand.
    fn write_json(&self, out: &mut Vec<u8>) {
        let number = |out: &mut Vec<u8>, key: &[u8], v: Option<u64>| {
            if let Some(v) = v {
                out.extend_from_slice(key);
                out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
            }
        };
        out.extend_from_slice(b"{\"path\":");
        out.extend_from_slice(self.path.get().as_bytes());
        number(out, b",\"start\":", self.start);
        number(out, b",\"end\":", self.end);
        number(out, b",\"line\":", self.line);
        if let Some(column) = self.column {
            out.extend_from_slice(b",\"column\":");
            out.extend_from_slice(column.get().as_bytes());
        }
        number(out, b",\"row\":", self.row);
        out.extend_from_slice(&self.fixed.type_to_confidence);
        confidence_into(out, self.confidence);
        out.extend_from_slice(&self.fixed.rule_to_masked);
        json_str_into(out, self.masked);
        if let Some(value) = self.value {
            out.extend_from_slice(b",\"value\":");
            json_str_into(out, value);
        }
        out.extend_from_slice(b",\"root\":");
        out.extend_from_slice(self.root.get().as_bytes());
        out.push(b'}');
    }
}

/// Appends a confidence as serde_json writes it (`0.55`, `1.0`): for the
/// values [`round3`] gives, the shortest decimal that reads back as the same
/// `f32` is the three-decimal one with trailing zeros dropped, written here
/// without the general float formatter (one per finding line). Any other
/// value goes through serde_json.
fn confidence_into(out: &mut Vec<u8>, confidence: f32) {
    let thousandths = (confidence * 1000.0).round();
    if !(confidence.is_sign_positive()
        && thousandths <= 1000.0
        && thousandths / 1000.0 == confidence)
    {
        serde_json::to_writer(&mut *out, &confidence).expect("a number always serializes");
        return;
    }
    let k = thousandths as u32;
    out.push(b'0' + (k / 1000) as u8);
    out.push(b'.');
    let frac = k % 1000;
    let digits = [frac / 100, frac / 10 % 10, frac % 10].map(|d| b'0' + d as u8);
    let len = digits
        .iter()
        .rposition(|&d| d != b'0')
        .map_or(1, |last| last + 1);
    out.extend_from_slice(&digits[..len]);
}

/// Appends `s` as a JSON string literal: copied as is when nothing in it
/// needs escaping (the usual case), else through serde_json.
fn json_str_into(out: &mut Vec<u8>, s: &str) {
    // Without an early exit the test compiles to vector code; the strings
    // are short (a masked value), and nearly always need no escape.
    let plain = s.bytes().fold(true, |plain, b| {
        plain & (b >= 0x20) & (b != b'"') & (b != b'\\')
    });
    if plain {
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
    } else {
        serde_json::to_writer(&mut *out, s).expect("a string always serializes");
    }
}

/// `s` as a JSON string literal.
pub(crate) fn json_string(s: &str) -> Box<serde_json::value::RawValue> {
    serde_json::value::to_raw_value(s).expect("a string always serializes")
}

/// Where a recorded finding sits: byte offsets and line in a text object,
/// or column and row in a table.
#[derive(Debug, Clone, Copy)]
pub(crate) enum FindingPlace<'a> {
    Text {
        start: u64,
        end: u64,
        line: u64,
    },
    /// `column` is the column's name as a JSON string literal.
    Cell {
        column: &'a serde_json::value::RawValue,
        row: Option<u64>,
    },
    /// A cell found where the file holds it (a CSV or TSV field, a string
    /// of a JSON document or of a JSON line): offsets and line as in text,
    /// its column, and its data row when the file has rows.
    Located {
        start: u64,
        end: u64,
        line: u64,
        column: &'a serde_json::value::RawValue,
        row: Option<u64>,
    },
}

/// One label line of `labels.jsonl`: what an object (or one column) holds.
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct Label {
    pub root: String,
    pub path: String,
    /// `None` for a whole object; the column (or JSON field path) otherwise.
    pub column: Option<String>,
    /// Type → number of findings (text) or matching values (tables).
    pub types: BTreeMap<String, u64>,
    pub categories: Vec<Category>,
    pub bytes: u64,
    pub max_confidence: f32,
    /// `file`, `table` or `column`.
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rows_scanned: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rows_total: Option<u64>,
    /// Matching values / non-null values scanned, for the column's main type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ratio: Option<f64>,
    /// Per-type ratios for columns.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ratios: Option<BTreeMap<String, f64>>,
    /// Column-level confidence that the labels are right.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f32>,
}

/// What happened to one object.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum ObjectStatus {
    Scanned,
    /// Deliberately not scanned (binary, not a regular file, excluded link...).
    Skipped {
        reason: String,
    },
    /// Scanned in part: what was read before the error is kept.
    Partial {
        reason: String,
    },
    /// Could not be scanned at all.
    Error {
        reason: String,
    },
}

/// Findings of one object, serialized as JSON lines; in memory, or spilled
/// to a temporary file when large.
#[derive(Debug, Default)]
pub struct FindingsBlob {
    /// Finding lines in blocks of about [`BLOCK`] bytes: growing one buffer
    /// to megabytes would copy it at every doubling.
    memory: Vec<Vec<u8>>,
    /// Bytes held in `memory`.
    held: usize,
    spill: Option<SpillFile>,
    count: u64,
}

/// Where a blob's lines go once they outgrow memory, read back once when the
/// object's turn to be written comes. Its name is removed as soon as the file
/// is made (on Unix): it holds findings, sensitive like every output, and a
/// scan killed before writing them must not leave them behind.
#[derive(Debug)]
struct SpillFile {
    /// For error messages (and, where a name cannot be removed while the
    /// file is open, for removing it when the blob goes).
    path: PathBuf,
    file: std::fs::File,
    named: bool,
}

impl SpillFile {
    fn create(dir: &std::path::Path) -> Result<SpillFile> {
        let (path, file) = crate::output::create_private_temp_rw(dir, "spill")?;
        // Unix lets an open file lose its name; elsewhere it keeps it until
        // the blob drops it.
        let named = !cfg!(unix) || std::fs::remove_file(&path).is_err();
        Ok(SpillFile { path, file, named })
    }

    /// Copies everything written so far into `out`.
    fn copy_into(&mut self, out: &mut dyn Write) -> std::io::Result<u64> {
        use std::io::{Seek, SeekFrom};
        self.file.seek(SeekFrom::Start(0))?;
        std::io::copy(&mut self.file, out)
    }
}

impl Drop for SpillFile {
    fn drop(&mut self) {
        if self.named {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

const SPILL_AT: usize = 8 << 20;
const BLOCK: usize = 256 << 10;

impl FindingsBlob {
    fn push(&mut self, finding: &FindingRecord<'_>, spill_dir: &std::path::Path) -> Result<()> {
        // A new block once the last is nearly full (a line is rarely more
        // than a few hundred bytes; a longer one grows its block instead).
        let block = match self.memory.last_mut() {
            Some(b) if b.len() + 1024 <= b.capacity() => b,
            _ => {
                // The first block is small: most objects hold few findings.
                let capacity = if self.memory.is_empty() {
                    4 << 10
                } else {
                    BLOCK
                };
                self.memory.push(Vec::with_capacity(capacity));
                self.memory.last_mut().expect("just pushed")
            }
        };
        let before = block.len();
        finding.write_json(block);
        block.push(b'\n');
        self.held += block.len() - before;
        self.count += 1;
        if self.held >= SPILL_AT {
            self.spill_memory(spill_dir)?;
        }
        Ok(())
    }

    /// Moves every line of `other` after this blob's lines.
    pub(crate) fn append(
        &mut self,
        mut other: FindingsBlob,
        spill_dir: &std::path::Path,
    ) -> Result<()> {
        if other.count == 0 {
            return Ok(());
        }
        if self.count == 0 && self.spill.is_none() {
            *self = other;
            return Ok(());
        }
        if let Some(mut theirs) = other.spill.take() {
            self.spill_memory(spill_dir)?;
            let mine = self.spill.as_mut().expect("just spilled");
            theirs
                .copy_into(&mut mine.file)
                .map_err(|e| Error::io(mine.path.clone(), e))?;
        }
        for block in other.memory.drain(..) {
            self.held += block.len();
            self.memory.push(block);
        }
        self.count += other.count;
        if self.held >= SPILL_AT {
            self.spill_memory(spill_dir)?;
        }
        Ok(())
    }

    /// Moves the blocks held in memory to the spill file (made on first use).
    fn spill_memory(&mut self, spill_dir: &std::path::Path) -> Result<()> {
        if self.spill.is_none() {
            self.spill = Some(SpillFile::create(spill_dir)?);
        }
        let spill = self.spill.as_mut().expect("spill set");
        for block in self.memory.drain(..) {
            spill
                .file
                .write_all(&block)
                .map_err(|e| Error::io(spill.path.clone(), e))?;
        }
        self.held = 0;
        Ok(())
    }

    /// Number of findings held.
    pub fn len(&self) -> u64 {
        self.count
    }

    /// Whether no finding is held.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Copies every finding line into `out`, in order, and drops any spill file.
    pub fn copy_to(mut self, out: &mut dyn Write) -> std::io::Result<()> {
        if let Some(mut spill) = self.spill.take() {
            spill.copy_into(out)?;
        }
        for block in &self.memory {
            out.write_all(block)?;
        }
        Ok(())
    }
}

/// The result for one object, handed to the sink in walk order.
#[derive(Debug)]
pub struct ObjectResult {
    pub root: String,
    pub path: String,
    pub kind: ObjectKind,
    pub bytes: u64,
    pub status: ObjectStatus,
    pub labels: Vec<Label>,
    pub findings: FindingsBlob,
}

/// Receives results in deterministic order. Printers and writers are sinks.
pub trait ScanSink {
    fn object(&mut self, result: ObjectResult) -> Result<()>;
}

/// Counts for the run summary.
#[derive(Debug, Clone, Serialize, Default)]
pub struct ScanStats {
    pub objects_seen: u64,
    pub objects_scanned: u64,
    pub objects_skipped: u64,
    pub objects_errored: u64,
    pub objects_partial: u64,
    pub bytes_scanned: u64,
    pub findings: u64,
    pub elapsed_seconds: f64,
    pub mb_per_second: f64,
    pub findings_by_type: BTreeMap<String, u64>,
}

/// Shared state a worker reads while scanning objects.
pub(crate) struct Ctx<'a> {
    pub engine: &'a Engine,
    pub opts: &'a ScanOptions,
    pub spill_dir: PathBuf,
    /// Per rule, the fixed parts of its finding lines.
    rule_json: Vec<RuleJson>,
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(engine: &'a Engine, opts: &'a ScanOptions, spill_dir: PathBuf) -> Self {
        Ctx {
            engine,
            opts,
            spill_dir,
            rule_json: engine.rules().iter().map(RuleJson::of).collect(),
        }
    }
}

/// The parts of a finding line fixed by its rule, JSON-escaped once per
/// run instead of once per finding: from `,"type":` to `"confidence":`,
/// and from `,"rule":` to `"masked":`.
struct RuleJson {
    type_to_confidence: Vec<u8>,
    rule_to_masked: Vec<u8>,
}

impl RuleJson {
    fn of(rule: &crate::engine::CompiledRule) -> RuleJson {
        RuleJson::from_parts(&rule.data_type, rule.category, rule.id())
    }

    fn from_parts(data_type: &str, category: Category, rule: &str) -> RuleJson {
        let mut type_to_confidence = b",\"type\":".to_vec();
        json_str_into(&mut type_to_confidence, data_type);
        type_to_confidence.extend_from_slice(b",\"category\":\"");
        type_to_confidence.extend_from_slice(category.as_str().as_bytes());
        type_to_confidence.extend_from_slice(b"\",\"confidence\":");
        let mut rule_to_masked = b",\"rule\":".to_vec();
        json_str_into(&mut rule_to_masked, rule);
        rule_to_masked.extend_from_slice(b",\"masked\":");
        RuleJson {
            type_to_confidence,
            rule_to_masked,
        }
    }
}

/// Runs a scan, pushing ordered results to `sink`. Progress (objects done,
/// bytes done) is published through `progress` for whoever wants to show it.
pub fn run(
    engine: &Engine,
    opts: &ScanOptions,
    sink: &mut dyn ScanSink,
    progress: Option<&Progress>,
) -> Result<ScanStats> {
    let started = Instant::now();
    if opts.roots.is_empty() {
        return Err(Error::Config("no path to scan".into()));
    }
    let excludes = source::build_excludes(&opts.excludes)?;
    let threads = if opts.threads == 0 {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    } else {
        opts.threads
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| Error::Config(format!("cannot start {threads} threads: {e}")))?;
    let ctx = Ctx::new(
        engine,
        opts,
        opts.spill_dir.clone().unwrap_or_else(std::env::temp_dir),
    );
    // Objects stream from the walk to the workers; results come back out of
    // order and are written in walk order. The window bounds the results
    // waiting for a slow object ahead of them (and so memory), whatever the
    // number of objects.
    let window = (threads * 16).max(64);
    let (object_tx, object_rx) = mpsc::sync_channel::<(usize, ObjectRef)>(threads * 4);
    let object_rx = std::sync::Mutex::new(object_rx);
    let gate = WindowGate::new(window);
    let (tx, rx) = mpsc::sync_channel::<(usize, ObjectResult)>(threads * 4);
    let mut stats = ScanStats::default();
    let mut sink_error: Option<Error> = None;
    std::thread::scope(|scope| {
        let ctx = &ctx;
        let pool = &pool;
        let excludes = &excludes;
        let object_rx = &object_rx;
        let gate = &gate;
        scope.spawn(move || {
            let walk = source::walk(
                &opts.roots,
                opts.follow_links,
                opts.allow_outside_root,
                excludes,
                &opts.skip_dirs,
            );
            for (i, obj) in walk.enumerate() {
                if let Some(p) = progress {
                    p.total_objects.fetch_add(1, Ordering::Relaxed);
                    p.total_bytes.fetch_add(obj.size, Ordering::Relaxed);
                }
                // A closed channel: the workers stopped (the sink failed).
                if object_tx.send((i, obj)).is_err() {
                    break;
                }
            }
        });
        scope.spawn(move || {
            pool.scope(|s| {
                for _ in 0..threads {
                    let tx = tx.clone();
                    s.spawn(move |_| loop {
                        let next = object_rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
                        let Ok((i, obj)) = next else { break };
                        gate.wait_for(i);
                        let result = scan_object(ctx, &obj);
                        if let Some(p) = progress {
                            p.done_objects.fetch_add(1, Ordering::Relaxed);
                            p.done_bytes.fetch_add(obj.size, Ordering::Relaxed);
                        }
                        if tx.send((i, result)).is_err() {
                            break;
                        }
                    });
                }
                drop(tx);
            });
        });
        let mut pending: HashMap<usize, ObjectResult> = HashMap::new();
        let mut want = 0usize;
        for (i, result) in rx.iter() {
            stats.objects_seen += 1;
            pending.insert(i, result);
            while let Some(result) = pending.remove(&want) {
                want += 1;
                gate.written(want);
                account(&mut stats, &result);
                if sink_error.is_none() {
                    if let Err(e) = sink.object(result) {
                        sink_error = Some(e);
                    }
                }
            }
        }
    });
    if let Some(e) = sink_error {
        return Err(e);
    }
    stats.elapsed_seconds = started.elapsed().as_secs_f64();
    stats.mb_per_second = if stats.elapsed_seconds > 0.0 {
        stats.bytes_scanned as f64 / 1e6 / stats.elapsed_seconds
    } else {
        0.0
    };
    Ok(stats)
}

/// Keeps workers from starting an object more than `window` places ahead
/// of the next one to be written, so at most `window` results wait in the
/// reorder buffer. The object being waited for has always been started
/// (objects are taken in walk order), so the window always moves on.
struct WindowGate {
    window: usize,
    written: std::sync::Mutex<usize>,
    moved: std::sync::Condvar,
}

impl WindowGate {
    fn new(window: usize) -> Self {
        WindowGate {
            window,
            written: std::sync::Mutex::new(0),
            moved: std::sync::Condvar::new(),
        }
    }

    /// Returns once object `index` is within the window. Meanwhile the
    /// waiting worker runs other pool work: the object holding the window
    /// up is usually a large file scanned in parallel chunks.
    fn wait_for(&self, index: usize) {
        loop {
            let written = self.written.lock().unwrap_or_else(|e| e.into_inner());
            if index < *written + self.window {
                return;
            }
            drop(written);
            if rayon::yield_now() != Some(rayon::Yield::Executed) {
                let written = self.written.lock().unwrap_or_else(|e| e.into_inner());
                if index < *written + self.window {
                    return;
                }
                let _ = self
                    .moved
                    .wait_timeout(written, std::time::Duration::from_millis(1));
            }
        }
    }

    /// Objects before `count` are written.
    fn written(&self, count: usize) {
        *self.written.lock().unwrap_or_else(|e| e.into_inner()) = count;
        self.moved.notify_all();
    }
}

fn account(stats: &mut ScanStats, r: &ObjectResult) {
    match &r.status {
        ObjectStatus::Scanned => stats.objects_scanned += 1,
        ObjectStatus::Skipped { .. } => stats.objects_skipped += 1,
        ObjectStatus::Partial { .. } => {
            stats.objects_scanned += 1;
            stats.objects_partial += 1
        }
        ObjectStatus::Error { .. } => stats.objects_errored += 1,
    }
    if !matches!(
        r.status,
        ObjectStatus::Skipped { .. } | ObjectStatus::Error { .. }
    ) {
        stats.bytes_scanned += r.bytes;
    }
    stats.findings += r.findings.len();
    if let Some(object_label) = r.labels.iter().find(|l| l.column.is_none()) {
        for (t, n) in &object_label.types {
            *stats.findings_by_type.entry(t.clone()).or_default() += n;
        }
    }
}

/// Live counters for a progress display.
#[derive(Debug, Default)]
pub struct Progress {
    pub total_objects: AtomicU64,
    pub total_bytes: AtomicU64,
    pub done_objects: AtomicU64,
    pub done_bytes: AtomicU64,
}

/// Accumulates one object's findings and its label while scanning.
pub(crate) struct ObjectAccumulator<'a> {
    ctx: &'a Ctx<'a>,
    root: String,
    path: String,
    root_json: Box<serde_json::value::RawValue>,
    path_json: Box<serde_json::value::RawValue>,
    pub findings: FindingsBlob,
    types: BTreeMap<String, u64>,
    categories: BTreeSet<Category>,
    /// Findings per rule since `types` was last set: a counter bump per
    /// finding, folded into `types` when the label is made.
    rule_counts: Vec<u64>,
    /// Reused for every finding's masked preview.
    masked: Vec<u8>,
    max_confidence: f32,
    error: Option<Error>,
    /// Column labels added by table readers (emitted after the object label).
    pub(crate) column_labels: Vec<Label>,
    /// Rows scanned / total rows (when known), set by table readers.
    pub(crate) rows: Option<(u64, Option<u64>)>,
}

impl<'a> ObjectAccumulator<'a> {
    pub(crate) fn new(ctx: &'a Ctx<'a>, obj: &ObjectRef) -> Self {
        ObjectAccumulator {
            ctx,
            root: obj.root.clone(),
            path: obj.rel_path.clone(),
            root_json: json_string(&obj.root),
            path_json: json_string(&obj.rel_path),
            findings: FindingsBlob::default(),
            types: BTreeMap::new(),
            categories: BTreeSet::new(),
            rule_counts: vec![0; ctx.engine.rules().len()],
            masked: Vec::new(),
            max_confidence: 0.0,
            error: None,
            column_labels: Vec::new(),
            rows: None,
        }
    }

    /// Records text candidates found in `haystack` (whose first byte is at
    /// absolute offset `base` and on line `base_line`).
    pub(crate) fn text_candidates(
        &mut self,
        haystack: &[u8],
        base: u64,
        cands: &[(Candidate, u64)],
    ) {
        for (c, line) in cands {
            let place = FindingPlace::Text {
                start: base + c.start as u64,
                end: base + c.end as u64,
                line: *line,
            };
            self.record(place, c, &haystack[c.start..c.end]);
        }
    }

    /// Records candidate `c` whose matched bytes are `matched`, at `place`.
    pub(crate) fn record(&mut self, place: FindingPlace<'_>, c: &Candidate, matched: &[u8]) {
        let rule = self.ctx.engine.rule(c.rule);
        self.rule_counts[c.rule] += 1;
        let confidence = round3(c.confidence);
        self.max_confidence = self.max_confidence.max(confidence);
        if self.error.is_some() {
            return;
        }
        let raw = crate::engine::text_of(matched);
        rule.mask.mask_into(&raw, &mut self.masked);
        let (start, end, line, column, row) = match place {
            FindingPlace::Text { start, end, line } => {
                (Some(start), Some(end), Some(line), None, None)
            }
            FindingPlace::Cell { column, row } => (None, None, None, Some(column), row),
            FindingPlace::Located {
                start,
                end,
                line,
                column,
                row,
            } => (Some(start), Some(end), Some(line), Some(column), row),
        };
        let record = FindingRecord {
            path: &self.path_json,
            start,
            end,
            line,
            column,
            row,
            fixed: &self.ctx.rule_json[c.rule],
            confidence,
            masked: crate::engine::str_of(&self.masked).expect("masks keep UTF-8"),
            value: self.ctx.opts.show_values.then_some(&*raw),
            root: &self.root_json,
        };
        if let Err(e) = self.findings.push(&record, &self.ctx.spill_dir) {
            self.error = Some(e);
        }
    }

    /// The whole-object label.
    pub(crate) fn object_label(&self, bytes: u64, kind: &str) -> Label {
        let mut types = self.types.clone();
        let mut categories = self.categories.clone();
        for (rule, &n) in self.ctx.engine.rules().iter().zip(&self.rule_counts) {
            if n > 0 {
                *types.entry(rule.data_type.clone()).or_insert(0) += n;
                categories.insert(rule.category);
            }
        }
        Label {
            root: self.root.clone(),
            path: self.path.clone(),
            column: None,
            types,
            categories: categories.into_iter().collect(),
            bytes,
            max_confidence: self.max_confidence,
            kind: kind.to_string(),
            rows_scanned: self.rows.map(|r| r.0),
            rows_total: self.rows.and_then(|r| r.1),
            ..Label::default()
        }
    }

    /// Adds findings per rule (a table's text around its rows) to the
    /// counts the object label sums, after [`Self::set_table_types`].
    pub(crate) fn add_rule_counts(&mut self, counts: &[u64]) {
        for (total, n) in self.rule_counts.iter_mut().zip(counts) {
            *total += n;
        }
    }

    /// The engine and options in use (for table readers).
    #[allow(dead_code)]
    pub(crate) fn ctx(&self) -> &Ctx<'a> {
        self.ctx
    }

    /// Root and relative path of the object.
    #[allow(dead_code)]
    pub(crate) fn names(&self) -> (&str, &str) {
        (&self.root, &self.path)
    }

    /// Table readers: the object label holds the types of its labelled
    /// columns rather than every cell finding.
    pub(crate) fn set_table_types(&mut self, types: BTreeMap<String, u64>) {
        let engine = self.ctx.engine;
        self.categories = types
            .keys()
            .filter_map(|t| engine.rules().iter().find(|r| r.data_type == *t))
            .map(|r| r.category)
            .collect();
        self.types = types;
        self.rule_counts.fill(0);
    }

    /// Takes in what `other` (a pass over other columns of the same
    /// object) recorded: its findings go after this one's.
    pub(crate) fn absorb(&mut self, mut other: ObjectAccumulator<'_>) {
        for (mine, theirs) in self.rule_counts.iter_mut().zip(&other.rule_counts) {
            *mine += theirs;
        }
        self.max_confidence = self.max_confidence.max(other.max_confidence);
        if self.error.is_none() {
            self.error = other.error.take();
        }
        if self.error.is_none() {
            let findings = std::mem::take(&mut other.findings);
            if let Err(e) = self.findings.append(findings, &self.ctx.spill_dir) {
                self.error = Some(e);
            }
        }
    }

    pub(crate) fn take_error(&mut self) -> Option<Error> {
        self.error.take()
    }
}

pub(crate) fn round3(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

fn scan_object(ctx: &Ctx<'_>, obj: &ObjectRef) -> ObjectResult {
    let mut result = ObjectResult {
        root: obj.root.clone(),
        path: obj.rel_path.clone(),
        kind: obj.kind.clone(),
        bytes: obj.size,
        status: ObjectStatus::Scanned,
        labels: Vec::new(),
        findings: FindingsBlob::default(),
    };
    match &obj.kind {
        ObjectKind::Skip(reason) => {
            result.status = ObjectStatus::Skipped {
                reason: reason.clone(),
            };
            return result;
        }
        ObjectKind::WalkError(reason) => {
            result.status = ObjectStatus::Error {
                reason: reason.clone(),
            };
            return result;
        }
        ObjectKind::File => {}
    }
    let mut acc = ObjectAccumulator::new(ctx, obj);
    let outcome = source::read_object(ctx, obj, &mut acc);
    let (bytes, status, kind) = match outcome {
        Ok(done) => (done.bytes, done.status, done.label_kind),
        Err(e) => (
            0,
            ObjectStatus::Error {
                reason: e.to_string(),
            },
            "file",
        ),
    };
    if let Some(e) = acc.take_error() {
        result.status = ObjectStatus::Error {
            reason: format!("cannot hold findings: {e}"),
        };
    } else {
        result.status = status;
    }
    result.bytes = bytes;
    if !matches!(
        result.status,
        ObjectStatus::Skipped { .. } | ObjectStatus::Error { .. }
    ) || !acc.findings.is_empty()
    {
        result.labels.push(acc.object_label(bytes, kind));
        result.labels.append(&mut acc.column_labels);
    }
    result.findings = std::mem::take(&mut acc.findings);
    result
}

/// Scans one in-memory buffer as text in parallel chunks, recording findings
/// with absolute offsets and line numbers. Used for files read whole.
pub(crate) fn scan_buffer(ctx: &Ctx<'_>, data: &[u8], acc: &mut ObjectAccumulator<'_>) {
    scan_window(ctx, data, 0..data.len(), 0, 1, acc, &|_| {});
}

/// [`scan_buffer`], calling `release(range)` for every stretch of `data`
/// no longer needed (so a memory map can drop its pages and the resident
/// set stays bounded however large the file).
pub(crate) fn scan_buffer_releasing(
    ctx: &Ctx<'_>,
    data: &[u8],
    acc: &mut ObjectAccumulator<'_>,
    release: &dyn Fn(std::ops::Range<usize>),
) {
    scan_window(ctx, data, 0..data.len(), 0, 1, acc, release);
}

/// Scans `data[report]` in parallel chunks of `chunk_size` (chunk borders at
/// multiples of the chunk size from `report.start`); bytes of `data` outside
/// `report` serve as context only. `base` is the absolute offset of `data[0]`
/// and `line_base` the line of `data[report.start]`; `release` is called
/// with each stretch of `data` no longer needed. Returns the number of
/// newlines in `data[report]`.
pub(crate) fn scan_window(
    ctx: &Ctx<'_>,
    data: &[u8],
    report: std::ops::Range<usize>,
    base: u64,
    line_base: u64,
    acc: &mut ObjectAccumulator<'_>,
    release: &dyn Fn(std::ops::Range<usize>),
) -> u64 {
    let chunk = ctx.opts.chunk_size.max(64 << 10);
    let overlap = ctx.engine.overlap();
    let len = report.end - report.start;
    let n_chunks = len.div_ceil(chunk).max(1);
    // Bounded memory: at most `batch` chunks' findings are held at once.
    let batch = rayon::current_num_threads().max(1) * 2;
    let mut line_base = line_base;
    let mut newlines_total = 0u64;
    let mut first = 0;
    while first < n_chunks {
        let last = (first + batch).min(n_chunks);
        let results: Vec<(Vec<(Candidate, u64)>, u64)> = {
            use rayon::prelude::*;
            (first..last)
                .into_par_iter()
                .map(|i| {
                    let lo = report.start + i * chunk;
                    let hi = (lo + chunk).min(report.end);
                    let hay_lo = lo.saturating_sub(overlap);
                    let hay_hi = (hi + overlap).min(data.len());
                    let hay = &data[hay_lo..hay_hi];
                    // Each chunk is a document of its own (chunks run in
                    // parallel): names it reports are its own.
                    let mut scratch = Scratch::for_new_document();
                    let mut cands = Vec::new();
                    ctx.engine
                        .scan(hay, (lo - hay_lo)..(hi - hay_lo), &mut scratch, &mut cands);
                    scratch.give_back();
                    let with_lines = relative_lines(hay, lo - hay_lo, &cands);
                    let newlines = memchr::memchr_iter(b'\n', &data[lo..hi]).count() as u64;
                    let shifted = with_lines
                        .into_iter()
                        .map(|(mut c, l)| {
                            c.start += hay_lo;
                            c.end += hay_lo;
                            (c, l)
                        })
                        .collect();
                    (shifted, newlines)
                })
                .collect()
        };
        for (cands, newlines) in results {
            let cands: Vec<(Candidate, u64)> =
                cands.into_iter().map(|(c, l)| (c, l + line_base)).collect();
            acc.text_candidates(data, base, &cands);
            line_base += newlines;
            newlines_total += newlines;
        }
        // Everything before the next batch's context window is done with.
        let done_to = (report.start + last * chunk)
            .saturating_sub(overlap)
            .min(data.len());
        let released_from = (report.start + first * chunk).saturating_sub(overlap);
        if done_to > released_from {
            release(released_from..done_to);
        }
        first = last;
    }
    newlines_total
}

/// Line offsets (0-based, relative to `report_start`) of each candidate.
pub(crate) fn relative_lines(
    hay: &[u8],
    report_start: usize,
    cands: &[Candidate],
) -> Vec<(Candidate, u64)> {
    let mut out = Vec::with_capacity(cands.len());
    let mut pos = report_start;
    let mut line = 0u64;
    for c in cands {
        if c.start > pos {
            line += memchr::memchr_iter(b'\n', &hay[pos..c.start]).count() as u64;
            pos = c.start;
        }
        out.push((*c, line));
    }
    out
}

/// Scans a stream (decompressed gzip, pipes) with a rolling buffer: each
/// round keeps the last `overlap` bytes as context for the next, so matches
/// across round boundaries are found exactly once.
pub(crate) fn scan_stream(
    ctx: &Ctx<'_>,
    reader: &mut dyn Read,
    acc: &mut ObjectAccumulator<'_>,
    first_bytes: &[u8],
) -> std::result::Result<u64, (u64, String)> {
    scan_stream_windows(
        ctx,
        reader,
        acc,
        first_bytes,
        1,
        ctx.opts.max_decompressed_bytes,
    )
}

/// [`scan_stream`] with rounds of `parallel` chunks, scanned in parallel:
/// memory stays bounded by `parallel` chunks plus overlap, and the findings
/// are the same whatever `parallel` is (chunk borders stay at multiples of
/// the chunk size). `limit` caps the bytes read (the decompressed-size
/// limit, for streams that decompress; plain files bound themselves).
pub(crate) fn scan_stream_windows(
    ctx: &Ctx<'_>,
    reader: &mut dyn Read,
    acc: &mut ObjectAccumulator<'_>,
    first_bytes: &[u8],
    parallel: usize,
    limit: u64,
) -> std::result::Result<u64, (u64, String)> {
    let chunk = ctx.opts.chunk_size.max(64 << 10) * parallel.max(1);
    let overlap = ctx.engine.overlap();
    let mut buf: Vec<u8> = Vec::with_capacity(chunk + 2 * overlap);
    buf.extend_from_slice(first_bytes);
    // Absolute offset of buf[0], and of the first byte not yet reported.
    let mut buf_base = 0u64;
    let mut reported_to = 0u64;
    let mut line_at_reported = 1u64;
    let mut total = first_bytes.len() as u64;
    let mut failure: Option<String> = None;
    let mut eof = false;
    while !eof || (buf_base + buf.len() as u64) > reported_to {
        // Fill up to chunk + overlap bytes past the report start.
        while !eof && (buf_base + buf.len() as u64) < reported_to + (chunk + overlap) as u64 {
            let old = buf.len();
            let want = (chunk + overlap).max(64 << 10);
            buf.resize(old + want, 0);
            match reader.read(&mut buf[old..]) {
                Ok(0) => {
                    buf.truncate(old);
                    eof = true;
                }
                Ok(n) => {
                    buf.truncate(old + n);
                    total += n as u64;
                    if total > limit {
                        let keep = n as u64 - (total - limit);
                        buf.truncate(old + keep as usize);
                        total = limit;
                        eof = true;
                        failure = Some(format!(
                            "decompressed size limit of {limit} bytes reached; the rest was not scanned"
                        ));
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => buf.truncate(old),
                Err(e) => {
                    buf.truncate(old);
                    eof = true;
                    failure = Some(format!("read failed after {total} bytes: {e}"));
                }
            }
        }
        let end_abs = buf_base + buf.len() as u64;
        let report_end_abs = if eof {
            end_abs
        } else {
            (reported_to + chunk as u64).min(end_abs)
        };
        let lo = (reported_to - buf_base) as usize;
        let hi = (report_end_abs - buf_base) as usize;
        line_at_reported +=
            scan_window(ctx, &buf, lo..hi, buf_base, line_at_reported, acc, &|_| {});
        reported_to = report_end_abs;
        if eof && reported_to >= end_abs {
            break;
        }
        // Keep `overlap` bytes before the report point as context.
        let keep_from = (reported_to - buf_base).saturating_sub(overlap as u64) as usize;
        buf.drain(..keep_from);
        buf_base += keep_from as u64;
    }
    match failure {
        None => Ok(total),
        Some(msg) => Err((total, msg)),
    }
}

/// Public entry for library users: scans one byte buffer as text and returns
/// findings (no files involved).
pub fn scan_bytes(engine: &Engine, path: &str, data: &[u8], show_values: bool) -> Vec<Finding> {
    let opts = ScanOptions {
        show_values,
        ..ScanOptions::default()
    };
    let ctx = Ctx::new(engine, &opts, std::env::temp_dir());
    let obj = ObjectRef {
        root: String::new(),
        abs_path: PathBuf::from(path),
        rel_path: path.to_string(),
        size: data.len() as u64,
        kind: ObjectKind::File,
    };
    let mut acc = ObjectAccumulator::new(&ctx, &obj);
    scan_buffer(&ctx, data, &mut acc);
    let mut out = Vec::new();
    let blob = std::mem::take(&mut acc.findings);
    let mut bytes = Vec::new();
    blob.copy_to(&mut bytes).expect("in-memory copy");
    for line in bytes.split(|b| *b == b'\n').filter(|l| !l.is_empty()) {
        let v: serde_json::Value = serde_json::from_slice(line).expect("own json");
        out.push(finding_from_json(v));
    }
    out
}

fn finding_from_json(v: serde_json::Value) -> Finding {
    let s = |k: &str| {
        v.get(k)
            .and_then(|x| x.as_str())
            .unwrap_or_default()
            .to_string()
    };
    let n = |k: &str| v.get(k).and_then(|x| x.as_u64());
    Finding {
        path: s("path"),
        start: n("start"),
        end: n("end"),
        line: n("line"),
        column: v.get("column").and_then(|x| x.as_str()).map(String::from),
        row: n("row"),
        data_type: s("type"),
        category: Category::parse(&s("category")).unwrap_or(Category::Pii),
        confidence: v.get("confidence").and_then(|x| x.as_f64()).unwrap_or(0.0) as f32,
        rule: s("rule"),
        masked: s("masked"),
        value: v.get("value").and_then(|x| x.as_str()).map(String::from),
        root: s("root"),
    }
}

/// Shared handle type for engines used across threads.
pub type SharedEngine = Arc<Engine>;

#[cfg(test)]
mod tests {
    use super::*;

    /// The line [`FindingRecord::write_json`] writes for `finding`.
    fn record_line(finding: &Finding) -> String {
        let (path, root) = (json_string(&finding.path), json_string(&finding.root));
        let column = finding.column.as_deref().map(json_string);
        let fixed = RuleJson::from_parts(&finding.data_type, finding.category, &finding.rule);
        let record = FindingRecord {
            path: &path,
            start: finding.start,
            end: finding.end,
            line: finding.line,
            column: column.as_deref(),
            row: finding.row,
            fixed: &fixed,
            confidence: finding.confidence,
            masked: &finding.masked,
            value: finding.value.as_deref(),
            root: &root,
        };
        let mut written = Vec::new();
        record.write_json(&mut written);
        String::from_utf8(written).unwrap()
    }

    #[test]
    fn confidences_are_written_as_serde_json_writes_them() {
        let serde = |c: f32| serde_json::to_string(&c).unwrap();
        let mine = |c: f32| {
            let mut out = Vec::new();
            confidence_into(&mut out, c);
            String::from_utf8(out).unwrap()
        };
        for k in 0..=1000 {
            let c = round3(k as f32 / 1000.0);
            assert_eq!(mine(c), serde(c), "{k}");
        }
        for c in [-0.0, -0.5, 1.5, 0.1234, 1e-9, f32::MAX] {
            assert_eq!(mine(c), serde(c), "{c}");
        }
    }

    #[test]
    fn strings_are_written_as_serde_json_writes_them() {
        for s in [
            "",
            "J*** R**",
            "a\"b",
            "back\\slash",
            "tab\there",
            "nl\n",
            "\u{1}",
            "\u{7f}",
            "Zo\u{eb} M\u{fc}ller",
            "\u{2028}",
        ] {
            let mut mine = Vec::new();
            json_str_into(&mut mine, s);
            assert_eq!(
                String::from_utf8(mine).unwrap(),
                serde_json::to_string(s).unwrap(),
                "{s:?}"
            );
        }
    }

    #[test]
    fn findings_blob_keeps_every_line_in_order_through_blocks_and_spill() {
        let dir = tempfile::tempdir().unwrap();
        let path = json_string("a/b.txt");
        let root = json_string("/lake");
        let mut blob = FindingsBlob::default();
        let mut expected = Vec::new();
        // Past SPILL_AT (8 MB) twice over, lines of varying length (one
        // longer than a block's slack).
        let fixed = RuleJson::from_parts("US_SSN", Category::Pii, "us-ssn");
        let mut i = 0u64;
        while expected.len() < 2 * SPILL_AT + BLOCK {
            let masked = "*".repeat(if i == 7 { 5000 } else { (i % 40) as usize });
            let record = FindingRecord {
                path: &path,
                start: Some(i),
                end: Some(i + 1),
                line: Some(i),
                column: None,
                row: None,
                fixed: &fixed,
                confidence: 0.5,
                masked: &masked,
                value: None,
                root: &root,
            };
            record.write_json(&mut expected);
            expected.push(b'\n');
            blob.push(&record, dir.path()).unwrap();
            i += 1;
        }
        assert_eq!(blob.len(), i);
        assert!(blob.spill.is_some(), "large blobs spill to disk");
        // Spilled findings have no name to outlive the scan by.
        #[cfg(unix)]
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
        let mut out = Vec::new();
        blob.copy_to(&mut out).unwrap();
        assert!(out == expected, "lines lost, duplicated or reordered");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            0,
            "spill file left behind"
        );
    }

    /// A blob of `n` findings numbered from `first`, and its lines.
    fn blob_of(
        first: u64,
        n: u64,
        masked_len: usize,
        dir: &std::path::Path,
    ) -> (FindingsBlob, Vec<u8>) {
        let path = json_string("t.parquet");
        let root = json_string("/lake");
        let fixed = RuleJson::from_parts("US_SSN", Category::Pii, "us-ssn");
        let masked = "*".repeat(masked_len);
        let column = json_string("ssn");
        let mut blob = FindingsBlob::default();
        let mut lines = Vec::new();
        for i in first..first + n {
            let record = FindingRecord {
                path: &path,
                start: None,
                end: None,
                line: None,
                column: Some(&column),
                row: Some(i),
                fixed: &fixed,
                confidence: 0.5,
                masked: &masked,
                value: None,
                root: &root,
            };
            record.write_json(&mut lines);
            lines.push(b'\n');
            blob.push(&record, dir).unwrap();
        }
        (blob, lines)
    }

    #[test]
    fn appended_blobs_keep_every_line_in_order_in_memory_and_spilled() {
        let dir = tempfile::tempdir().unwrap();
        // Small (in memory) and large (spilled, lines of 4 KB) blobs in
        // every combination, and an empty one on either side.
        let small = |first| blob_of(first, 50, 10, dir.path());
        let large = |first| blob_of(first, 3000, 4000, dir.path());
        type Make<'a> = &'a dyn Fn(u64) -> (FindingsBlob, Vec<u8>);
        let cases: [(Make, Make); 4] = [
            (&small, &small),
            (&small, &large),
            (&large, &small),
            (&large, &large),
        ];
        for (a, b) in cases {
            let (mut blob, mut expected) = a(0);
            let (other, other_lines) = b(100_000);
            blob.append(FindingsBlob::default(), dir.path()).unwrap();
            blob.append(other, dir.path()).unwrap();
            expected.extend_from_slice(&other_lines);
            let mut out = Vec::new();
            let n = blob.len();
            blob.copy_to(&mut out).unwrap();
            assert_eq!(n as usize, out.iter().filter(|&&b| b == b'\n').count());
            assert!(out == expected, "lines lost, duplicated or reordered");
        }
        let (other, lines) = small(7);
        let mut empty = FindingsBlob::default();
        empty.append(other, dir.path()).unwrap();
        let mut out = Vec::new();
        empty.copy_to(&mut out).unwrap();
        assert!(out == lines);
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            0,
            "spill file left behind"
        );
    }

    #[test]
    fn window_gate_holds_workers_until_the_writer_catches_up() {
        let gate = Arc::new(WindowGate::new(4));
        gate.wait_for(3); // inside the window: returns at once
        let started = Arc::new(AtomicU64::new(0));
        let waiter = {
            let (gate, started) = (gate.clone(), started.clone());
            std::thread::spawn(move || {
                gate.wait_for(9);
                started.store(1, Ordering::SeqCst);
            })
        };
        std::thread::sleep(std::time::Duration::from_millis(20));
        assert_eq!(
            started.load(Ordering::SeqCst),
            0,
            "object 9 started with 0 written"
        );
        gate.written(5);
        std::thread::sleep(std::time::Duration::from_millis(20));
        assert_eq!(
            started.load(Ordering::SeqCst),
            0,
            "object 9 started with 5 written"
        );
        gate.written(6);
        waiter.join().unwrap();
        assert_eq!(started.load(Ordering::SeqCst), 1);
    }

    proptest::proptest! {
        /// Any strings and numbers: the hand-written line is serde's.
        #[test]
        fn prop_finding_line_is_serde_json(
            path in "\\PC{0,12}", column in proptest::option::of("(\\PC|[\"\\\\\u{1}\u{1f}\u{7f}])*"),
            masked in "(\\PC|[\"\\\\\t\n])*", value in proptest::option::of("\\PC*"),
            start in proptest::option::of(proptest::num::u64::ANY), row in proptest::option::of(proptest::num::u64::ANY),
            confidence in proptest::num::f32::ANY,
        ) {
            let finding = Finding {
                path,
                start,
                end: start.map(|s| s / 2),
                line: start.map(|s| s / 3),
                column,
                row,
                data_type: "EMAIL_ADDRESS".into(),
                category: Category::Financial,
                confidence,
                rule: "e\"mail".into(),
                masked,
                value,
                root: "/lake".into(),
            };
            let written = record_line(&finding);
            proptest::prop_assert_eq!(written, serde_json::to_string(&finding).unwrap());
        }
    }

    /// The borrowed record the scanner writes is the public `Finding`'s JSON
    /// line byte for byte (the findings.jsonl contract), for text and table
    /// findings, with and without the raw value.
    #[test]
    fn finding_record_serializes_as_finding() {
        for (text, show) in [(true, false), (true, true), (false, false), (false, true)] {
            let finding = Finding {
                path: "dir/a \"b\".csv".into(),
                start: text.then_some(10),
                end: text.then_some(21),
                line: text.then_some(3),
                column: (!text).then(|| "patient.\u{e9}mail".into()),
                row: (!text).then_some(7),
                data_type: "US_SSN".into(),
                category: Category::Pii,
                confidence: 0.853,
                rule: "us-ssn".into(),
                masked: "***-**-6789".into(),
                value: show.then(|| "512-34-6789".into()),
                root: "C:\\lake".into(),
            };
            let want = serde_json::to_string(&finding).unwrap();
            assert_eq!(record_line(&finding), want);
        }
    }

    /// Scan options with 64 KiB chunks, so that a test file spans several.
    fn small_chunks() -> ScanOptions {
        ScanOptions {
            chunk_size: 64 << 10,
            ..ScanOptions::default()
        }
    }

    /// A file of `size` bytes at `path` under root `r`.
    fn file_object(path: &str, size: usize) -> ObjectRef {
        ObjectRef {
            root: "r".into(),
            abs_path: path.into(),
            rel_path: path.into(),
            size: size as u64,
            kind: ObjectKind::File,
        }
    }

    /// The findings lines `acc` holds.
    fn findings_of(mut acc: ObjectAccumulator<'_>) -> Vec<u8> {
        let mut out = Vec::new();
        std::mem::take(&mut acc.findings).copy_to(&mut out).unwrap();
        out
    }

    #[test]
    fn stream_and_buffer_agree_across_chunk_boundaries() {
        let engine = Engine::builtin().unwrap();
        let mut text = Vec::new();
        for i in 0..3000 {
            text.extend_from_slice(
                format!(
                    "line {i} contact jane.roe{i}@acme-corp.com and SSN 571-28-{:04}\n",
                    1000 + i
                )
                .as_bytes(),
            );
        }
        let opts = small_chunks();
        let ctx = Ctx::new(&engine, &opts, std::env::temp_dir());
        let obj = file_object("x", text.len());
        let mut a = ObjectAccumulator::new(&ctx, &obj);
        scan_buffer(&ctx, &text, &mut a);
        let mut b = ObjectAccumulator::new(&ctx, &obj);
        let mut reader: &[u8] = &text;
        scan_stream(&ctx, &mut reader, &mut b, &[]).unwrap();
        let (a, b) = (findings_of(a), findings_of(b));
        assert_eq!(a, b);
        let lines = a.split(|c| *c == b'\n').filter(|l| !l.is_empty()).count();
        assert_eq!(lines, 6000, "every email and SSN exactly once");
        // Line numbers are right at the end of the file.
        let last = a.split(|c| *c == b'\n').rfind(|l| !l.is_empty()).unwrap();
        let v: serde_json::Value = serde_json::from_slice(last).unwrap();
        assert_eq!(v["line"], 3000);
    }

    #[test]
    fn a_nacha_file_larger_than_a_chunk_is_read_to_its_end() {
        // One batch of 2,000 entries (188 KB): every 64 KiB chunk after the
        // first holds entry records and no header.
        let engine = Engine::builtin().unwrap();
        let mut text = format!(
            "{:<94}\n{:<94}\n",
            "101 021000021 0627108462501151200A094101FIRST HARBOR BANK      OSPREY HVAC LLC",
            "5220OSPREY HVAC LLC PAYROLL             1907085192PPDPAYROLL   250528250528   1062710840000001"
        );
        for i in 0..2000u32 {
            let account = format!("{:010}", 4_417_209_935u64 + u64::from(i) * 7919);
            text.push_str(&format!(
                "622021000021{account:<17}{:010}EMP{i:06}      {:<22}  006271084{i:07}\n",
                1000 + i,
                "GREWAL ANIRUDH"
            ));
        }
        let opts = small_chunks();
        let ctx = Ctx::new(&engine, &opts, std::env::temp_dir());
        let obj = file_object("PPD.txt", text.len());
        let mut acc = ObjectAccumulator::new(&ctx, &obj);
        scan_buffer(&ctx, text.as_bytes(), &mut acc);
        let accounts = findings_of(acc)
            .split(|c| *c == b'\n')
            .filter(|l| !l.is_empty())
            .map(|l| serde_json::from_slice::<serde_json::Value>(l).unwrap())
            .filter(|v| v["type"] == "US_BANK_ACCOUNT_NUMBER")
            .count();
        assert_eq!(accounts, 2000);
    }
}
