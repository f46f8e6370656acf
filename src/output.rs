//! Output files. The scanner's output is itself sensitive: files are created
//! owner-only (0600, directories 0700) and written atomically (temporary file
//! in the same directory, then rename), so a crash never leaves a
//! half-written `labels.jsonl` that a policy engine would trust.

use crate::error::{Error, Result};
use crate::scan::{ObjectResult, ObjectStatus, ScanSink, ScanStats};
use crate::tables::labels_parquet::LabelsWriter;
use serde::Serialize;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Creates `dir` (and parents) with owner-only permissions.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir).map_err(|e| Error::io(dir, e))
}

/// Creates a new owner-only temporary file in `dir`.
pub fn create_private_temp(dir: &Path, stem: &str) -> Result<(PathBuf, File)> {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    for _ in 0..100 {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = dir.join(format!(".{stem}.{}.{n}.tmp", std::process::id()));
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        match opts.open(&path) {
            Ok(f) => return Ok((path, f)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(Error::io(path, e)),
        }
    }
    Err(Error::Config(format!(
        "cannot create a temporary file in {}",
        dir.display()
    )))
}

/// Bytes written between two syncs of an output file being written.
const SYNC_EVERY: u64 = 16 << 20;

/// An output file that syncs its data to disk every [`SYNC_EVERY`] bytes
/// while it is written. The commit must sync before its rename (a crash or
/// power loss never leaves a torn file under the final name); syncing as the
/// file grows overlaps that I/O with the scan instead of leaving one long
/// serial wait at the end of the run.
#[derive(Debug)]
pub struct SyncingFile {
    file: File,
    unsynced: u64,
}

impl Write for SyncingFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.file.write(buf)?;
        self.unsynced += n as u64;
        if self.unsynced >= SYNC_EVERY {
            self.file.sync_data()?;
            self.unsynced = 0;
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

/// A file being written atomically: invisible under its final name until
/// [`AtomicFile::commit`].
pub struct AtomicFile {
    temp: PathBuf,
    target: PathBuf,
    writer: Option<BufWriter<SyncingFile>>,
}

impl AtomicFile {
    /// Starts writing `target` (its directory must exist).
    pub fn create(target: &Path) -> Result<AtomicFile> {
        let dir = target.parent().unwrap_or(Path::new("."));
        let stem = target
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "out".into());
        let (temp, file) = create_private_temp(dir, &stem)?;
        Ok(AtomicFile {
            temp,
            target: target.to_path_buf(),
            // Smaller than a findings block (`scan::BLOCK`): a full block
            // goes to the file as it is instead of through the buffer (a
            // copy of every findings byte).
            writer: Some(BufWriter::with_capacity(
                64 << 10,
                SyncingFile { file, unsynced: 0 },
            )),
        })
    }

    /// The writer for the content.
    pub fn writer(&mut self) -> &mut BufWriter<SyncingFile> {
        self.writer.as_mut().expect("not committed")
    }

    /// Flushes, syncs and renames into place.
    pub fn commit(mut self) -> Result<()> {
        let writer = self.writer.take().expect("not committed");
        let file = writer
            .into_inner()
            .map_err(|e| Error::io(&self.temp, e.into_error()))?
            .file;
        file.sync_all().map_err(|e| Error::io(&self.temp, e))?;
        drop(file);
        std::fs::rename(&self.temp, &self.target).map_err(|e| Error::io(&self.target, e))
    }
}

/// Writes go to the temporary file (so Parquet writers can own it).
impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.writer().write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.writer().flush()
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.writer.is_some() {
            let _ = std::fs::remove_file(&self.temp);
        }
    }
}

/// Writes a JSON document atomically with owner-only permissions.
pub fn write_json_atomic<T: Serialize>(path: &Path, value: &T) -> Result<()> {
    let mut f = AtomicFile::create(path)?;
    serde_json::to_writer_pretty(f.writer(), value)
        .map_err(|e| Error::io(path, std::io::Error::other(e)))?;
    f.writer()
        .write_all(b"\n")
        .map_err(|e| Error::io(path, e))?;
    f.commit()
}

/// One object that was not (fully) scanned, for `scan.json`.
#[derive(Debug, Clone, Serialize)]
pub struct ObjectProblem {
    pub root: String,
    pub path: String,
    pub status: String,
    pub reason: String,
}

/// The sink that writes a scan output directory: `findings.jsonl`,
/// `labels.jsonl`, `labels.parquet` and `problems.jsonl` as results come,
/// `scan.json` at [`finish`](OutputDir::finish).
pub struct OutputDir {
    dir: PathBuf,
    findings: AtomicFile,
    labels: AtomicFile,
    /// `labels.parquet`, written a batch at a time as labels arrive.
    labels_parquet: LabelsWriter<AtomicFile>,
    /// `problems.jsonl`: every skipped, partial or errored object, as it
    /// comes (a lake of a million images is a million skipped objects).
    problems: AtomicFile,
    /// The first [`PROBLEMS_KEPT`] problems, for the in-memory summary.
    first_problems: Vec<ObjectProblem>,
}

/// Problems kept in memory for [`OutputDir::first_problems`]; `scan.json`
/// and `problems.jsonl` list every one.
pub const PROBLEMS_KEPT: usize = 1000;

impl OutputDir {
    /// Creates the directory (0700) and opens the outputs.
    pub fn create(dir: &Path) -> Result<OutputDir> {
        create_private_dir(dir)?;
        let parquet_path = dir.join("labels.parquet");
        let labels_parquet = LabelsWriter::new(AtomicFile::create(&parquet_path)?)
            .map_err(|e| Error::io(&parquet_path, std::io::Error::other(e)))?;
        Ok(OutputDir {
            dir: dir.to_path_buf(),
            findings: AtomicFile::create(&dir.join("findings.jsonl"))?,
            labels: AtomicFile::create(&dir.join("labels.jsonl"))?,
            labels_parquet,
            problems: AtomicFile::create(&dir.join("problems.jsonl"))?,
            first_problems: Vec::new(),
        })
    }

    /// The first [`PROBLEMS_KEPT`] problems recorded.
    pub fn first_problems(&self) -> &[ObjectProblem] {
        &self.first_problems
    }

    /// The directory being written.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Commits `findings.jsonl`, `labels.jsonl`, `labels.parquet` and
    /// `problems.jsonl`, and writes `scan.json` from `summary` with every
    /// problem (read back from `problems.jsonl`, whatever `summary.problems`
    /// holds). Labels and problems are not kept in memory (a scan of
    /// millions of objects would hold millions of them).
    pub fn finish(self, summary: &ScanSummary) -> Result<()> {
        self.findings.commit()?;
        self.labels.commit()?;
        let parquet_path = self.dir.join("labels.parquet");
        self.labels_parquet
            .finish()
            .map_err(|e| Error::io(&parquet_path, std::io::Error::other(e)))?
            .commit()?;
        self.problems.commit()?;
        let problems_path = self.dir.join("problems.jsonl");
        let scan_json = ScanJson {
            summary,
            problems: ProblemLines {
                path: &problems_path,
            },
        };
        write_json_atomic(&self.dir.join("scan.json"), &scan_json)
    }
}

impl ScanSink for OutputDir {
    fn object(&mut self, result: ObjectResult) -> Result<()> {
        let problem = match &result.status {
            ObjectStatus::Scanned => None,
            ObjectStatus::Skipped { reason } => Some(("skipped", reason)),
            ObjectStatus::Partial { reason } => Some(("partial", reason)),
            ObjectStatus::Error { reason } => Some(("error", reason)),
        };
        if let Some((status, reason)) = problem {
            let problem = ObjectProblem {
                root: result.root.clone(),
                path: result.path.clone(),
                status: status.to_string(),
                reason: reason.clone(),
            };
            let problems_path = || self.dir.join("problems.jsonl");
            serde_json::to_writer(self.problems.writer(), &problem)
                .map_err(|e| Error::io(problems_path(), std::io::Error::other(e)))?;
            self.problems
                .writer()
                .write_all(b"\n")
                .map_err(|e| Error::io(problems_path(), e))?;
            if self.first_problems.len() < PROBLEMS_KEPT {
                self.first_problems.push(problem);
            }
        }
        let findings_path = self.dir.join("findings.jsonl");
        result
            .findings
            .copy_to(self.findings.writer())
            .map_err(|e| Error::io(&findings_path, e))?;
        for label in result.labels {
            serde_json::to_writer(self.labels.writer(), &label)
                .map_err(|e| Error::io(self.dir.join("labels.jsonl"), std::io::Error::other(e)))?;
            self.labels
                .writer()
                .write_all(b"\n")
                .map_err(|e| Error::io(self.dir.join("labels.jsonl"), e))?;
            self.labels_parquet.push(label).map_err(|e| {
                Error::io(self.dir.join("labels.parquet"), std::io::Error::other(e))
            })?;
        }
        Ok(())
    }
}

/// The run summary written to `scan.json`.
#[derive(Debug, Clone, Serialize)]
pub struct ScanSummary {
    pub tool: String,
    pub version: String,
    pub rules_version: String,
    pub rules: usize,
    pub roots: Vec<String>,
    pub started_at: String,
    pub threads: usize,
    pub min_confidence: f32,
    pub show_values: bool,
    #[serde(flatten)]
    pub stats: ScanStats,
    /// Skipped, partial and errored objects with their reasons (the CLI
    /// keeps the first [`PROBLEMS_KEPT`] here; [`OutputDir::finish`] writes
    /// every one to `scan.json`, in place of this list).
    #[serde(skip)]
    pub problems: Vec<ObjectProblem>,
    /// `complete` or `partial`.
    pub outcome: String,
}

/// `scan.json`: the summary with its problems replaced by every line of
/// `problems.jsonl`, streamed.
#[derive(Serialize)]
struct ScanJson<'a> {
    #[serde(flatten)]
    summary: &'a ScanSummary,
    problems: ProblemLines<'a>,
}

/// The lines of a committed `problems.jsonl` as a JSON array.
struct ProblemLines<'a> {
    path: &'a Path,
}

impl Serialize for ProblemLines<'_> {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::{Error as _, SerializeSeq};
        use std::io::BufRead;
        let fail =
            |e: &dyn std::fmt::Display| S::Error::custom(format!("{}: {e}", self.path.display()));
        let file = File::open(self.path).map_err(|e| fail(&e))?;
        let mut seq = serializer.serialize_seq(None)?;
        for line in std::io::BufReader::new(file).lines() {
            let line = line.map_err(|e| fail(&e))?;
            let problem: Box<serde_json::value::RawValue> =
                serde_json::from_str(&line).map_err(|e| fail(&e))?;
            seq.serialize_element(&problem)?;
        }
        seq.end()
    }
}
