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

/// Creates a new owner-only temporary file in `dir`, open for writing.
pub fn create_private_temp(dir: &Path, stem: &str) -> Result<(PathBuf, File)> {
    create_temp(dir, stem, false)
}

/// [`create_private_temp`], open for reading back too.
pub fn create_private_temp_rw(dir: &Path, stem: &str) -> Result<(PathBuf, File)> {
    create_temp(dir, stem, true)
}

fn create_temp(dir: &Path, stem: &str, read: bool) -> Result<(PathBuf, File)> {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    for _ in 0..100 {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = dir.join(format!(".{stem}.{}.{n}.tmp", std::process::id()));
        let mut opts = std::fs::OpenOptions::new();
        opts.read(read).write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        match opts.open(&path) {
            Ok(f) => {
                // Held until the file is renamed into place or removed:
                // the mark of a live writer (see `remove_stale_temps`).
                try_lock(&f);
                return Ok((path, f));
            }
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
/// serial wait at the end of the run. A large output may instead go to the
/// disk in chunks with direct I/O (see [`AtomicFile::create_large`]).
#[derive(Debug)]
pub struct SyncingFile {
    file: File,
    unsynced: u64,
    /// Bytes held for the next direct write, while the file is open for
    /// direct I/O.
    direct: Option<DirectChunk>,
    /// A direct write failed part-way: the file no longer holds a known
    /// prefix of what was written, so nothing more is taken.
    failed: bool,
}

/// Bytes written with direct I/O at a time: a whole number of blocks.
const DIRECT_CHUNK: usize = 1 << 20;
/// The buffer alignment direct I/O needs (a logical block, at most 4 KiB
/// on the devices in use).
const DIRECT_ALIGN: usize = 4096;

/// A chunk being filled for one direct write, at an aligned place in its
/// buffer.
struct DirectChunk {
    buf: Vec<u8>,
    start: usize,
    len: usize,
}

impl std::fmt::Debug for DirectChunk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DirectChunk")
            .field("held", &self.len)
            .finish_non_exhaustive()
    }
}

impl DirectChunk {
    fn new() -> DirectChunk {
        let buf = vec![0u8; DIRECT_CHUNK + DIRECT_ALIGN];
        let start = buf.as_ptr().align_offset(DIRECT_ALIGN).min(DIRECT_ALIGN);
        DirectChunk { buf, start, len: 0 }
    }

    fn held(&self) -> &[u8] {
        &self.buf[self.start..self.start + self.len]
    }
}

impl SyncingFile {
    fn new(file: File) -> SyncingFile {
        SyncingFile {
            file,
            unsynced: 0,
            direct: None,
            failed: false,
        }
    }

    /// Switches the file to direct I/O when the file system allows it.
    #[cfg(target_os = "linux")]
    fn try_direct(&mut self) {
        if set_direct(&self.file, true).is_ok() {
            self.direct = Some(DirectChunk::new());
        }
    }

    #[cfg(not(target_os = "linux"))]
    fn try_direct(&mut self) {}

    /// Bytes into the chunk; each full chunk is written.
    fn write_direct(&mut self, mut data: &[u8]) -> std::io::Result<()> {
        while let Some(chunk) = self.direct.as_mut() {
            if data.is_empty() {
                break;
            }
            let n = data.len().min(DIRECT_CHUNK - chunk.len);
            let at = chunk.start + chunk.len;
            chunk.buf[at..at + n].copy_from_slice(&data[..n]);
            chunk.len += n;
            data = &data[n..];
            if chunk.len == DIRECT_CHUNK {
                self.write_chunk()?;
            }
        }
        // Direct I/O given up on: the rest through the page cache.
        if !data.is_empty() {
            self.file.write_all(data)?;
        }
        Ok(())
    }

    /// Writes the held chunk with direct I/O. A file system or device that
    /// refuses it (another alignment, a short write leaving the offset
    /// unaligned) gets the rest of the file through the page cache.
    fn write_chunk(&mut self) -> std::io::Result<()> {
        let Some(chunk) = self.direct.as_mut() else {
            return Ok(());
        };
        let mut done = 0;
        while done < chunk.len {
            match self.file.write(&chunk.held()[done..]) {
                Ok(0) => return Err(std::io::ErrorKind::WriteZero.into()),
                Ok(n) => done += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e)
                    if e.raw_os_error()
                        .is_some_and(|code| DIRECT_REFUSED.contains(&code)) =>
                {
                    let chunk = self.direct.take().expect("checked above");
                    self.leave_direct()?;
                    return self.file.write_all(&chunk.held()[done..]);
                }
                Err(e) => return Err(e),
            }
        }
        chunk.len = 0;
        Ok(())
    }

    /// An error once a direct write failed part-way (see `failed`).
    fn not_failed(&self) -> std::io::Result<()> {
        if self.failed {
            return Err(std::io::Error::other(
                "an earlier write to this file failed",
            ));
        }
        Ok(())
    }

    /// Back to writes through the page cache.
    fn leave_direct(&mut self) -> std::io::Result<()> {
        #[cfg(target_os = "linux")]
        set_direct(&self.file, false)?;
        Ok(())
    }

    /// Writes what is held for direct I/O (the last, partial chunk, through
    /// the page cache): the file is then complete, ready to be synced.
    fn finish(&mut self) -> std::io::Result<()> {
        self.not_failed()?;
        if let Some(chunk) = self.direct.take() {
            self.leave_direct()?;
            self.file.write_all(chunk.held())?;
        }
        Ok(())
    }
}

/// Errors of a direct write that the file system or device refused (an
/// alignment or size it does not take, no direct I/O after all): the file
/// goes on through the page cache. Any other error is the write's.
#[cfg(target_os = "linux")]
const DIRECT_REFUSED: [i32; 2] = [libc::EINVAL, libc::EOPNOTSUPP];
#[cfg(not(target_os = "linux"))]
const DIRECT_REFUSED: [i32; 0] = [];

/// Turns direct I/O on or off for an open file.
#[cfg(target_os = "linux")]
fn set_direct(file: &File, on: bool) -> std::io::Result<()> {
    use std::os::unix::io::AsRawFd;
    let fd = file.as_raw_fd();
    // SAFETY: fcntl on a file descriptor this `File` owns; F_GETFL and
    // F_SETFL only read and set its status flags.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags < 0 {
        return Err(std::io::Error::last_os_error());
    }
    let flags = if on {
        flags | libc::O_DIRECT
    } else {
        flags & !libc::O_DIRECT
    };
    // SAFETY: as above.
    if unsafe { libc::fcntl(fd, libc::F_SETFL, flags) } < 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

impl Write for SyncingFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.not_failed()?;
        if self.direct.is_some() {
            // On the disk as each chunk is written: nothing to sync as the
            // file grows. A failure may leave part of `buf` taken: no retry
            // of it may follow (it would write bytes twice).
            if let Err(e) = self.write_direct(buf) {
                self.failed = true;
                return Err(e);
            }
            return Ok(buf.len());
        }
        let n = self.file.write(buf)?;
        self.unsynced += n as u64;
        if self.unsynced >= SYNC_EVERY {
            self.file.sync_data()?;
            self.unsynced = 0;
        }
        Ok(n)
    }

    /// With direct I/O, bytes short of a whole chunk stay held: they reach
    /// the file with the next chunk, or at the commit ([`SyncingFile::finish`]).
    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

/// `path` opened for reading, when it is a regular file (or a link to
/// one). An input named on the command line or in a mapping file that is a
/// device (`/dev/zero` is endless), a FIFO (opening it blocks until a
/// writer comes) or a directory is refused, before it is opened.
pub(crate) fn open_input(path: &Path) -> std::io::Result<File> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a regular file",
        ));
    }
    File::open(path)
}

/// The largest input read whole (inventories, grant exports, mapping and
/// rule files, a report's exposure): parsed in memory, each takes several
/// times its size, so a file named by mistake (a data file, a disk image)
/// is refused with its size rather than exhausting memory. Real inputs,
/// even a large organisation's IAM export, are tens of MiB.
pub(crate) const MAX_INPUT_BYTES: u64 = 1 << 30;

/// The text of the regular file at `path` (see [`open_input`]), at most
/// [`MAX_INPUT_BYTES`] long.
pub(crate) fn read_input(path: &Path) -> std::io::Result<String> {
    read_input_capped(path, MAX_INPUT_BYTES)
}

fn read_input_capped(path: &Path, cap: u64) -> std::io::Result<String> {
    let file = open_input(path)?;
    let too_large = |size: u64| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!(
                "{size} bytes: inputs read whole are limited to {} MiB",
                cap >> 20
            ),
        )
    };
    let size = file.metadata()?.len();
    if size > cap {
        return Err(too_large(size));
    }
    let mut text = String::new();
    // A file growing while read stops at the cap too.
    std::io::Read::read_to_string(&mut std::io::Read::take(file, cap + 1), &mut text)?;
    if text.len() as u64 > cap {
        return Err(too_large(text.len() as u64));
    }
    Ok(text)
}

/// Where an output named `target` is written: `target` itself, or the file
/// a symbolic link there points to (the link stays a link). An existing
/// target that is no regular file (a device such as `/dev/null`, a FIFO, a
/// directory) is refused: the rename that puts an output in place would
/// replace it.
fn output_path(target: &Path) -> Result<PathBuf> {
    let meta = match std::fs::symlink_metadata(target) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(target.to_path_buf()),
        Err(e) => return Err(Error::io(target, e)),
        Ok(meta) => meta,
    };
    let (path, meta) = if meta.file_type().is_symlink() {
        let resolved = std::fs::canonicalize(target).map_err(|e| Error::io(target, e))?;
        let meta = std::fs::metadata(&resolved).map_err(|e| Error::io(&resolved, e))?;
        (resolved, meta)
    } else {
        (target.to_path_buf(), meta)
    };
    if meta.is_file() {
        Ok(path)
    } else {
        Err(Error::io(
            &path,
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "not a regular file: an output would replace it; name a file to write",
            ),
        ))
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
    /// Starts writing `target` (its directory must exist), first removing the
    /// temporary files a writer of `target` that died left ([`remove_stale_temps`]).
    pub fn create(target: &Path) -> Result<AtomicFile> {
        let target = &output_path(target)?;
        let dir = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let stem = target
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "out".into());
        // Every writer of an output (scan, correlate, export, review) may
        // have died before its rename: what it left under a hidden name is
        // removed here, where the next one writes.
        remove_stale_temps(dir, &[&stem]);
        let (temp, file) = create_private_temp(dir, &stem)?;
        Ok(AtomicFile {
            temp,
            target: target.to_path_buf(),
            // Smaller than a findings block (`scan::BLOCK`): a full block
            // goes to the file as it is instead of through the buffer (a
            // copy of every findings byte).
            writer: Some(BufWriter::with_capacity(64 << 10, SyncingFile::new(file))),
        })
    }

    /// [`AtomicFile::create`] for an output that may run to gigabytes
    /// (`findings.jsonl`): on Linux, where the file system allows it, the
    /// content goes to the disk in 1 MiB chunks with direct I/O. Copying it
    /// into the page cache, then writing it back, cost the writer thread a
    /// tenth of the scanning threads' time on a findings-dense lake (its
    /// share of two cores in a two-thread scan), and filled the cache with
    /// output no one reads back; the final sync then has only the last
    /// chunk to write.
    pub fn create_large(target: &Path) -> Result<AtomicFile> {
        let mut file = AtomicFile::create(target)?;
        file.writer().get_mut().try_direct();
        Ok(file)
    }

    /// The writer for the content.
    pub fn writer(&mut self) -> &mut BufWriter<SyncingFile> {
        self.writer.as_mut().expect("not committed")
    }

    /// Flushes, syncs and renames into place.
    pub fn commit(mut self) -> Result<()> {
        let writer = self.writer.take().expect("not committed");
        let mut inner = writer
            .into_inner()
            .map_err(|e| Error::io(&self.temp, e.into_error()))?;
        inner.finish().map_err(|e| Error::io(&self.temp, e))?;
        let file = inner.file;
        file.sync_all().map_err(|e| Error::io(&self.temp, e))?;
        // Renamed while still open, so still locked: never taken for a
        // dead scan's leftover on the way.
        std::fs::rename(&self.temp, &self.target).map_err(|e| Error::io(&self.target, e))?;
        drop(file);
        Ok(())
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

/// Age below which an unlocked temporary file is left alone: its writer
/// may be between creating and locking it.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(10);

/// Removes the temporary files of earlier scans into `dir` that died
/// before committing (killed, out of memory, power lost): each holds part
/// of a scan's output, sensitive like the rest, under a hidden name
/// (`.findings.jsonl.<pid>.<n>.tmp`) no later scan would replace. Only
/// names of the outputs in `names`, and only files no process holds the
/// lock of (a writer locks its temporary file until the rename; the lock
/// goes with its process, whatever its pid, and other containers sharing
/// the directory see it too), unchanged for [`STALE_AFTER`]. Returns the
/// number removed; a file that cannot be opened, locked or removed is left.
pub fn remove_stale_temps(dir: &Path, names: &[&str]) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(name) = file_name.to_str() else {
            continue;
        };
        if !names.iter().any(|output| is_temp_of(name, output)) {
            continue;
        }
        // Opened for writing (never truncated): an exclusive lock over NFS
        // needs it. Closing the file releases the lock.
        let Ok(file) = std::fs::OpenOptions::new().write(true).open(entry.path()) else {
            continue;
        };
        let old = file
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age >= STALE_AFTER);
        if old && try_lock(&file) && std::fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// Whether `name` is a temporary file of `output` as
/// [`create_private_temp`] names them (`.<output>.<pid>.<n>.tmp`).
fn is_temp_of(name: &str, output: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    name.strip_prefix('.')
        .and_then(|rest| rest.strip_prefix(output))
        .and_then(|rest| rest.strip_prefix('.'))
        .and_then(|rest| rest.strip_suffix(".tmp"))
        .and_then(|rest| rest.split_once('.'))
        .is_some_and(|(pid, n)| digits(pid) && digits(n))
}

/// Takes an exclusive advisory lock on `file` without waiting; whether it
/// got it. Held until the file is closed.
#[cfg(unix)]
fn try_lock(file: &File) -> bool {
    use std::os::unix::io::AsRawFd;
    // SAFETY: flock on a descriptor this `File` owns.
    unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) == 0 }
}

/// Without advisory locks no file can be told stale.
#[cfg(not(unix))]
fn try_lock(_file: &File) -> bool {
    false
}

impl OutputDir {
    /// Creates the directory (0700) and opens the outputs. Temporary files
    /// left by earlier scans that died are removed first
    /// ([`remove_stale_temps`]; `scan.json`'s when it is written).
    pub fn create(dir: &Path) -> Result<OutputDir> {
        create_private_dir(dir)?;
        let parquet_path = dir.join("labels.parquet");
        let labels_parquet = LabelsWriter::new(AtomicFile::create(&parquet_path)?)
            .map_err(|e| Error::io(&parquet_path, std::io::Error::other(e)))?;
        Ok(OutputDir {
            dir: dir.to_path_buf(),
            findings: AtomicFile::create_large(&dir.join("findings.jsonl"))?,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_read_whole_are_capped_by_size() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("inventory.yaml");
        std::fs::write(&path, "agents: []\n").unwrap();
        assert_eq!(read_input_capped(&path, 11).unwrap(), "agents: []\n");
        let err = read_input_capped(&path, 10).unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::InvalidData);
        assert!(err
            .to_string()
            .starts_with("11 bytes: inputs read whole are limited to"));
    }

    use std::os::unix::fs::FileTypeExt;

    fn write_out(target: &Path, text: &str) -> Result<()> {
        let mut file = AtomicFile::create(target)?;
        file.writer().write_all(text.as_bytes()).unwrap();
        file.commit()
    }

    #[test]
    fn outputs_never_replace_what_is_not_a_regular_file() {
        let dir = tempfile::tempdir().unwrap();
        // A symbolic link is written through, and stays a link.
        let real = dir.path().join("real.html");
        std::fs::write(&real, "old").unwrap();
        let link = dir.path().join("latest.html");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_out(&link, "new").unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
        // A device, a FIFO or a directory is refused, and left as it was.
        let fifo = dir.path().join("fifo");
        assert!(std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success());
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        for target in [Path::new("/dev/null"), &fifo, &sub] {
            let err = write_out(target, "x").unwrap_err().to_string();
            assert!(err.contains("not a regular file"), "{err}");
        }
        assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
        assert!(std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device());
        // A plain path is written as ever.
        write_out(&dir.path().join("plain.json"), "{}").unwrap();
    }

    /// Pieces of every size around the chunk size, then the whole.
    fn pieces() -> (Vec<Vec<u8>>, Vec<u8>) {
        let sizes = [
            0,
            1,
            4095,
            DIRECT_CHUNK,
            7,
            DIRECT_CHUNK - 9,
            3 * DIRECT_CHUNK + 5,
            64 << 10,
            300,
        ];
        let mut whole = Vec::new();
        let pieces: Vec<Vec<u8>> = sizes
            .iter()
            .enumerate()
            .map(|(i, &n)| {
                let piece: Vec<u8> = (0..n).map(|j| (i * 31 + j * 7) as u8).collect();
                whole.extend_from_slice(&piece);
                piece
            })
            .collect();
        (pieces, whole)
    }

    #[test]
    fn large_outputs_keep_every_byte_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("findings.jsonl");
        std::fs::write(&target, b"the previous run's").unwrap();
        let (pieces, whole) = pieces();
        let mut file = AtomicFile::create_large(&target).unwrap();
        for piece in &pieces {
            file.writer().write_all(piece).unwrap();
        }
        // Not in place before the commit.
        assert_eq!(std::fs::read(&target).unwrap(), b"the previous run's");
        file.commit().unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), whole);
        // Nothing left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_refused_direct_write_goes_on_through_the_page_cache() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out");
        let mut out = SyncingFile::new(File::create(&path).unwrap());
        out.try_direct();
        if let Some(chunk) = out.direct.as_mut() {
            // A buffer off its alignment: the direct write is refused.
            chunk.start += 1;
        }
        let (pieces, whole) = pieces();
        for piece in &pieces {
            out.write_all(piece).unwrap();
        }
        assert!(out.direct.is_none(), "direct I/O given up on");
        out.finish().unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), whole);
    }

    #[test]
    fn output_without_direct_io_is_written_as_is() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out");
        let mut out = SyncingFile::new(File::create(&path).unwrap());
        let (pieces, whole) = pieces();
        for piece in &pieces {
            out.write_all(piece).unwrap();
        }
        out.finish().unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), whole);
    }

    #[test]
    fn temp_names_are_recognised() {
        let of = |name| is_temp_of(name, "findings.jsonl");
        assert!(of(".findings.jsonl.4242.0.tmp") && of(".findings.jsonl.1.17.tmp"));
        assert!(!of(".findings.jsonl.4242.tmp"));
        assert!(!of(".findings.jsonl.x.0.tmp") && !of(".findings.jsonl.+42.0.tmp"));
        assert!(!of("findings.jsonl.4242.0.tmp"));
        assert!(!of(".labels.jsonl.4242.0.tmp"));
        assert!(!of(".findings.jsonl.4242.0.tmp.bak"));
    }

    /// A file left as a scan that died would leave it: written, unlocked,
    /// last changed a minute ago.
    fn leftover(path: &Path) {
        std::fs::write(path, b"partial output").unwrap();
        let minute_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(60);
        File::options()
            .write(true)
            .open(path)
            .unwrap()
            .set_modified(minute_ago)
            .unwrap();
    }

    /// The files an [`OutputDir`] writes.
    const SCAN_OUTPUTS: [&str; 5] = [
        "findings.jsonl",
        "labels.jsonl",
        "labels.parquet",
        "problems.jsonl",
        "scan.json",
    ];

    #[test]
    fn every_atomic_writer_removes_what_a_dead_writer_of_its_file_left() {
        // `datareach export` and `correlate` write single files with
        // AtomicFile too, not through an OutputDir.
        let dir = tempfile::tempdir().unwrap();
        let path = |name: &str| dir.path().join(name);
        let dead_export = path(".policy.rego.4242.0.tmp");
        let other_output = path(".exposure.json.4242.1.tmp");
        leftover(&dead_export);
        leftover(&other_output);
        let mut out = AtomicFile::create(&path("policy.rego")).unwrap();
        assert!(!dead_export.exists(), "a dead export's leftover is removed");
        assert!(
            other_output.exists(),
            "another output's is left to its writer"
        );
        out.writer().write_all(b"package x").unwrap();
        out.commit().unwrap();
        assert_eq!(std::fs::read(path("policy.rego")).unwrap(), b"package x");
    }

    #[test]
    fn a_dead_scans_temporary_files_are_removed_and_a_live_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = |name: &str| dir.path().join(name);
        // Whatever the pid: in a container every run may be process 1.
        let dead = path(".findings.jsonl.1.0.tmp");
        let mine = path(&format!(".scan.json.{}.9.tmp", std::process::id()));
        let other = path(".notes.txt.77.0.tmp");
        let live = path(".labels.jsonl.77.3.tmp");
        let young = path(".problems.jsonl.77.4.tmp");
        for p in [&dead, &mine, &other, &live] {
            leftover(p);
        }
        std::fs::write(&young, b"just created").unwrap();
        // A live scan holds the lock on its file.
        let holder = File::options().write(true).open(&live).unwrap();
        assert!(try_lock(&holder));
        std::fs::write(path("findings.jsonl"), b"committed").unwrap();

        assert_eq!(remove_stale_temps(dir.path(), &SCAN_OUTPUTS), 2);
        assert!(!dead.exists() && !mine.exists());
        assert!(live.exists() && young.exists() && other.exists());
        assert_eq!(std::fs::read(path("findings.jsonl")).unwrap(), b"committed");

        // Once its holder is gone, a file is stale too; and a scan opening
        // the directory removes such files itself.
        drop(holder);
        leftover(&dead);
        drop(OutputDir::create(dir.path()).unwrap());
        assert!(!dead.exists() && !live.exists());
        assert!(young.exists() && other.exists());
    }

    #[test]
    fn a_scans_own_temporary_files_are_locked_while_written() {
        let dir = tempfile::tempdir().unwrap();
        let mut out = AtomicFile::create(&dir.path().join("labels.jsonl")).unwrap();
        out.writer().write_all(b"{}").unwrap();
        let temp = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .next()
            .unwrap();
        let other = File::options().write(true).open(&temp).unwrap();
        assert!(!try_lock(&other), "held by the writer");
        out.commit().unwrap();
        assert!(try_lock(&other), "released once committed");
    }
}
