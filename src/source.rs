//! Objects and how they are read: the walk over roots, and the one place
//! that picks a read strategy per object (gzip stream, memory map, buffered
//! read, table reader).
//!
//! Large plain files are memory-mapped: no copy, chunks scanned in parallel,
//! scanned pages released so memory stays bounded. A file truncated by
//! another process while mapped would raise SIGBUS and kill the whole scan;
//! [`crate::mapguard`] turns that into a `partial` object. Where mapping is
//! not possible or not guarded (and with `--no-mmap`) large files are read
//! in bounded windows whose chunks are scanned in parallel too.
//!
//! Hostile input:
//! - files are opened with `O_NONBLOCK`, so a regular file swapped for a FIFO
//!   between the walk and the open cannot block a worker;
//! - a file is read up to the size the walk saw; fewer bytes means it shrank
//!   during the scan (`partial`), more (a growing log) are left for next time;
//! - UTF-16 text (with a byte-order mark, or without one where its first
//!   bytes read as UTF-16, see [`utf16_encoding`]) is decoded to UTF-8 and scanned;
//!   offsets are into the decoded UTF-8 stream (like gzip);
//! - path bytes that are not UTF-8 are written as `\xNN` (see [`path_string`]).

use crate::error::{Error, Result};
use crate::scan::{
    scan_buffer, scan_buffer_releasing, scan_stream, scan_stream_windows, Ctx, ObjectAccumulator,
    ObjectStatus,
};
use globset::{Glob, GlobSet, GlobSetBuilder};
use std::io::Read;
use std::path::{Path, PathBuf};

/// What the walk found at a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ObjectKind {
    /// A regular file to scan.
    File,
    /// Not scanned, with the reason (symlink not followed, FIFO, device...).
    Skip(String),
    /// The walk itself failed here (permission denied, loop, vanished...).
    WalkError(String),
}

/// One object to scan.
#[derive(Debug, Clone)]
pub struct ObjectRef {
    /// The root as given on the command line.
    pub root: String,
    pub abs_path: PathBuf,
    /// Relative to the root, `/` separators; the file name when the root is a file.
    pub rel_path: String,
    pub size: u64,
    pub kind: ObjectKind,
}

/// Compiles `--exclude` globs.
pub fn build_excludes(globs: &[String]) -> Result<GlobSet> {
    let mut b = GlobSetBuilder::new();
    for g in globs {
        b.add(Glob::new(g).map_err(|e| Error::Config(format!("bad --exclude glob `{g}`: {e}")))?);
    }
    b.build()
        .map_err(|e| Error::Config(format!("bad --exclude globs: {e}")))
}

fn rel_string(path: &Path) -> String {
    let parts: Vec<String> = path
        .components()
        .map(|c| path_string(c.as_os_str()))
        .collect();
    parts.join("/")
}

/// A path (or one component) as written in outputs: valid UTF-8 is kept as
/// is (newlines included: JSON escapes them); every byte that is not part of
/// valid UTF-8 is written as `\xNN` (upper-case hex), so two names differing
/// only in invalid bytes stay distinct, unlike with lossy U+FFFD conversion.
pub fn path_string(s: &std::ffi::OsStr) -> String {
    let bytes = s.as_encoded_bytes();
    if let Ok(text) = std::str::from_utf8(bytes) {
        return text.to_string();
    }
    let mut out = String::with_capacity(bytes.len() + 8);
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02X}"));
        }
    }
    out
}

/// Walks every root in order; entries sorted by name so the order (and so
/// every output) is the same on every run. Objects come as they are found
/// (one directory's entries at a time): a tree of millions of files is never
/// listed in memory.
pub fn walk<'a>(
    roots: &'a [PathBuf],
    follow_links: bool,
    allow_outside: bool,
    excludes: &'a GlobSet,
    skip_dirs: &'a [PathBuf],
) -> impl Iterator<Item = ObjectRef> + 'a {
    roots.iter().flat_map(move |root| {
        let walked = Walked {
            root,
            root_str: path_string(root.as_os_str()),
            canonical_root: std::fs::canonicalize(root).ok(),
            follow_links,
            allow_outside,
            excludes,
        };
        walkdir::WalkDir::new(root)
            .follow_links(follow_links)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(move |entry| !is_skipped_dir(entry, skip_dirs))
            .filter_map(move |entry| walked.object(entry))
    })
}

/// Whether `entry` is a directory below its root that is one of `skip`
/// (canonical paths). Only directories named like one of them are
/// resolved, so a walk pays nothing for the others.
fn is_skipped_dir(entry: &walkdir::DirEntry, skip: &[PathBuf]) -> bool {
    !skip.is_empty()
        && entry.depth() > 0
        && entry.file_type().is_dir()
        && skip
            .iter()
            .any(|s| s.file_name() == Some(entry.file_name()))
        && std::fs::canonicalize(entry.path()).is_ok_and(|c| skip.contains(&c))
}

/// What [`walk`] knows about the root an entry was found under.
struct Walked<'a> {
    root: &'a Path,
    root_str: String,
    canonical_root: Option<PathBuf>,
    follow_links: bool,
    allow_outside: bool,
    excludes: &'a GlobSet,
}

impl Walked<'_> {
    /// The object for one walk entry (`None` for directories and excluded
    /// paths); walk errors become objects that carry the reason.
    fn object(&self, entry: walkdir::Result<walkdir::DirEntry>) -> Option<ObjectRef> {
        let root = self.root;
        match entry {
            Ok(entry) => {
                let path = entry.path();
                let rel = match path.strip_prefix(root) {
                    Ok(r) if r.as_os_str().is_empty() => {
                        path.file_name().map(PathBuf::from).unwrap_or_default()
                    }
                    Ok(r) => r.to_path_buf(),
                    Err(_) => path.to_path_buf(),
                };
                let rel_path = rel_string(&rel);
                let ft = entry.file_type();
                if ft.is_dir() {
                    return None;
                }
                if !self.excludes.is_empty()
                    && (self.excludes.is_match(&rel_path)
                        || path.file_name().is_some_and(|n| self.excludes.is_match(n)))
                {
                    return None;
                }
                let mut obj = ObjectRef {
                    root: self.root_str.clone(),
                    abs_path: path.to_path_buf(),
                    rel_path,
                    size: 0,
                    kind: ObjectKind::File,
                };
                if ft.is_symlink() {
                    obj.kind =
                        ObjectKind::Skip("symbolic link (not followed; use --follow-links)".into());
                } else if !ft.is_file() {
                    obj.kind = ObjectKind::Skip(special_kind(&ft));
                } else {
                    if self.follow_links && entry.path_is_symlink() && !self.allow_outside {
                        if let (Some(root_c), Ok(target)) =
                            (&self.canonical_root, std::fs::canonicalize(path))
                        {
                            if !target.starts_with(root_c) {
                                obj.kind = ObjectKind::Skip(format!(
                                    "symbolic link leaving the scanned root (to {}); use --allow-outside-root",
                                    target.display()
                                ));
                            }
                        }
                    }
                    obj.size = entry.metadata().map(|m| m.len()).unwrap_or(0);
                }
                Some(obj)
            }
            Err(err) => {
                let path = err
                    .path()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| root.to_path_buf());
                let rel = path
                    .strip_prefix(root)
                    .map(Path::to_path_buf)
                    .unwrap_or(path.clone());
                let reason = if let Some(anc) = err.loop_ancestor() {
                    format!("symbolic link loop (back to {})", anc.display())
                } else if let Some(io) = err.io_error() {
                    format!("cannot read: {io}")
                } else {
                    err.to_string()
                };
                Some(ObjectRef {
                    root: self.root_str.clone(),
                    abs_path: path,
                    rel_path: rel_string(&rel),
                    size: 0,
                    kind: ObjectKind::WalkError(reason),
                })
            }
        }
    }
}

#[cfg(unix)]
fn special_kind(ft: &std::fs::FileType) -> String {
    use std::os::unix::fs::FileTypeExt;
    let what = if ft.is_fifo() {
        "named pipe (FIFO)"
    } else if ft.is_socket() {
        "socket"
    } else if ft.is_block_device() {
        "block device"
    } else if ft.is_char_device() {
        "character device"
    } else {
        "special file"
    };
    format!("{what}: not a regular file")
}

#[cfg(not(unix))]
fn special_kind(_ft: &std::fs::FileType) -> String {
    "not a regular file".into()
}

/// How reading one object ended.
pub(crate) struct ReadDone {
    pub bytes: u64,
    pub status: ObjectStatus,
    pub label_kind: &'static str,
}

pub(crate) const SNIFF: usize = 8 << 10;

/// Whether the first bytes look binary (a NUL byte, as git and ripgrep judge).
pub fn looks_binary(head: &[u8]) -> bool {
    memchr::memchr(0, head).is_some()
}

fn is_gzip(path: &Path, head: &[u8]) -> bool {
    head.starts_with(&[0x1f, 0x8b])
        || path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("gz") || e.eq_ignore_ascii_case("tgz"))
}

/// Reads and scans one regular file with the strategy that fits it.
pub(crate) fn read_object(
    ctx: &Ctx<'_>,
    obj: &ObjectRef,
    acc: &mut ObjectAccumulator<'_>,
) -> Result<ReadDone> {
    let path = &obj.abs_path;
    let mut file = open_nonblocking(path).map_err(|e| Error::io(path, e))?;
    let meta = file.metadata().map_err(|e| Error::io(path, e))?;
    if !meta.is_file() {
        return Ok(ReadDone {
            bytes: 0,
            status: ObjectStatus::Skipped {
                reason: "not a regular file".into(),
            },
            label_kind: "file",
        });
    }
    let mut head = vec![0u8; SNIFF.min(meta.len() as usize).max(2)];
    let n = read_full(&mut file, &mut head).map_err(|e| Error::io(path, e))?;
    head.truncate(n);
    // A JSON document too large to read whole is text, as it always was.
    let detected = crate::tables::detect(path, &head).filter(|d| {
        d.format != crate::tables::TableFormat::JsonDocument
            || d.gzip
            || meta.len() <= crate::tables::MAX_JSON_DOCUMENT
    });
    if let Some(detected) = detected {
        use std::io::Seek;
        file.rewind().map_err(|e| Error::io(path, e))?;
        let done = crate::tables::scan_table(ctx, obj, acc, detected, file, meta.len());
        let Some(why) = done.not_a_table else {
            return Ok(ReadDone {
                bytes: done.bytes,
                status: done.status,
                label_kind: "table",
            });
        };
        // Not a table after all: scan the bytes as text, and say why the
        // columns are missing (the run is partial for this object).
        let mut file = open_nonblocking(path).map_err(|e| Error::io(path, e))?;
        std::io::Seek::seek(&mut file, std::io::SeekFrom::Start(head.len() as u64))
            .map_err(|e| Error::io(path, e))?;
        let mut text = read_text(ctx, obj, head, file, meta.len(), acc)?;
        // A `.json` file that is no JSON document (or too large to read
        // whole) was always text: the text scan is the whole scan, and no
        // column it could have had is lost.
        if detected.format == crate::tables::TableFormat::JsonDocument && !done.damaged {
            return Ok(text);
        }
        text.status = match text.status {
            ObjectStatus::Scanned => ObjectStatus::Partial { reason: why },
            ObjectStatus::Partial { reason } => ObjectStatus::Partial {
                reason: format!("{why}; {reason}"),
            },
            other => other,
        };
        return Ok(text);
    }
    read_text(ctx, obj, head, file, meta.len(), acc)
}

/// Scans a file as text (gzip stream, UTF-16, mapped or read); `head` holds
/// its first bytes, and `file` is positioned just after them.
fn read_text(
    ctx: &Ctx<'_>,
    obj: &ObjectRef,
    head: Vec<u8>,
    file: std::fs::File,
    len: u64,
    acc: &mut ObjectAccumulator<'_>,
) -> Result<ReadDone> {
    let path = &obj.abs_path;
    if is_gzip(path, &head) {
        return read_gzip(ctx, obj, head, file, acc);
    }
    if let Some(big_endian) = utf16_encoding(&head) {
        return Ok(read_utf16(ctx, head, file, len, big_endian, acc));
    }
    if looks_binary(&head) {
        return Ok(ReadDone {
            bytes: len,
            status: ObjectStatus::Skipped {
                reason: "binary file (NUL byte in the first 8 KiB)".into(),
            },
            label_kind: "file",
        });
    }
    if ctx.opts.mmap == crate::scan::MmapChoice::Auto && len >= ctx.opts.mmap_threshold {
        if let Some(done) = read_mapped(ctx, &file, acc) {
            return Ok(done);
        }
    }
    Ok(read_plain(ctx, head, file, len, acc))
}

/// Large plain files: memory-mapped, chunks scanned in parallel straight
/// from the page cache, scanned pages dropped from the resident set as the
/// scan moves on. `None` when the file cannot be mapped safely (the caller
/// reads it instead). A file truncated while mapped does not kill the scan
/// (see [`crate::mapguard`]): it is reported `partial`.
fn read_mapped(
    ctx: &Ctx<'_>,
    file: &std::fs::File,
    acc: &mut ObjectAccumulator<'_>,
) -> Option<ReadDone> {
    // SAFETY: a private read-only mapping; a concurrent truncation is
    // caught by the guard below instead of killing the process.
    let map = unsafe { memmap2::Mmap::map(file) }.ok()?;
    let guard = crate::mapguard::MapGuard::register(&map)?;
    let _ = map.advise(memmap2::Advice::Sequential);
    let page = 4096;
    let release = |range: std::ops::Range<usize>| {
        // Scanned pages are dropped from the resident set: a 2 GB file is
        // scanned in a few chunks' worth of memory.
        let start = range.start.div_ceil(page) * page;
        let end = range.end / page * page;
        if end > start {
            // SAFETY: a private read-only file mapping; dropped pages are
            // read back from the file if they are touched again.
            let _ = unsafe {
                map.unchecked_advise_range(memmap2::UncheckedAdvice::DontNeed, start, end - start)
            };
        }
    };
    scan_buffer_releasing(ctx, &map, acc, &release);
    let mapped = map.len() as u64;
    let now = file.metadata().map(|m| m.len()).unwrap_or(0);
    let outcome = if guard.faulted() || now < mapped {
        Err((
            mapped.min(now),
            format!(
                "file changed during the scan: {mapped} bytes when opened, truncated to {now} while being read"
            ),
        ))
    } else {
        Ok(mapped)
    };
    drop(guard);
    Some(stream_done(outcome))
}

/// Opens a file for reading without ever blocking: if a FIFO took the place
/// of the regular file the walk saw, `open` must not wait for a writer. The
/// flag has no effect on reads of regular files.
pub(crate) fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        #[cfg(any(target_os = "linux", target_os = "android"))]
        const O_NONBLOCK: i32 = 0o4000;
        #[cfg(not(any(target_os = "linux", target_os = "android")))]
        const O_NONBLOCK: i32 = 0x0004; // macOS and the BSDs
        options.custom_flags(O_NONBLOCK);
    }
    options.open(path)
}

/// Plain text (or invalid UTF-8: the engine works on bytes). Reads at most
/// `expected` bytes (the size at open time) so a file growing under the
/// reader cannot keep the scan busy forever; fewer bytes than expected means
/// the file shrank while being read and the object is `partial`.
fn read_plain(
    ctx: &Ctx<'_>,
    head: Vec<u8>,
    file: std::fs::File,
    expected: u64,
    acc: &mut ObjectAccumulator<'_>,
) -> ReadDone {
    let mut data = head;
    if data.len() as u64 >= expected {
        scan_buffer(ctx, &data, acc);
        return stream_done(shrunk(Ok(data.len() as u64), expected));
    }
    let mut rest = file.take(expected - data.len() as u64);
    if expected <= ctx.opts.chunk_size as u64 * 4 {
        // Sized once (one spare byte lets the read see the end without
        // growing): grown by doubling, a file is copied about once more.
        data.reserve_exact((expected - data.len() as u64) as usize + 1);
        let outcome = match rest.read_to_end(&mut data) {
            Ok(_) => Ok(data.len() as u64),
            Err(e) => Err((
                data.len() as u64,
                format!("read failed after {} bytes: {e}", data.len()),
            )),
        };
        scan_buffer(ctx, &data, acc);
        return stream_done(shrunk(outcome, expected));
    }
    // Large file not mapped: bounded windows, chunks scanned in parallel
    // (one chunk at a time with --no-mmap, for the smallest footprint).
    let parallel = if ctx.opts.mmap == crate::scan::MmapChoice::Auto {
        rayon::current_num_threads().max(1) * 2
    } else {
        1
    };
    // Not a decompressing stream: `take` bounds it, the decompressed-size
    // limit does not apply (it used to cut large plain files with --no-mmap).
    let outcome = scan_stream_windows(ctx, &mut rest, acc, &data, parallel, u64::MAX);
    stream_done(shrunk(outcome, expected))
}

/// Marks a read that ended before the size seen at open time.
fn shrunk(
    outcome: std::result::Result<u64, (u64, String)>,
    expected: u64,
) -> std::result::Result<u64, (u64, String)> {
    match outcome {
        Ok(n) if n < expected => Err((
            n,
            format!(
                "file changed during the scan: {expected} bytes when opened, only {n} could be read"
            ),
        )),
        other => other,
    }
}

/// `Some(big_endian)` when `head` (a file's first bytes) is UTF-16 text: it
/// starts with a byte-order mark, or it has none (as some Windows tools and
/// exports write it) but reads as UTF-16 of Latin-script text: at least 16
/// code units, nine in ten of them a printable ASCII character or
/// whitespace with a NUL high byte, in one byte order. Without this, such a
/// file's NUL bytes had it skipped as binary, its text never scanned.
pub(crate) fn utf16_encoding(head: &[u8]) -> Option<bool> {
    match head {
        [0xFF, 0xFE, ..] => return Some(false),
        [0xFE, 0xFF, ..] => return Some(true),
        _ => {}
    }
    // UTF-16 of ASCII text has NUL bytes; text without any (nearly every
    // file) is not looked at further.
    let units = head.len() / 2;
    if units < 16 || !looks_binary(head) {
        return None;
    }
    let text = |b: u8| matches!(b, b'\t' | b'\n' | b'\r' | 0x20..=0x7E);
    let (mut little, mut big) = (0usize, 0usize);
    for unit in head.chunks_exact(2) {
        little += usize::from(unit[1] == 0 && text(unit[0]));
        big += usize::from(unit[0] == 0 && text(unit[1]));
    }
    if little * 10 >= units * 9 {
        Some(false)
    } else if big * 10 >= units * 9 {
        Some(true)
    } else {
        None
    }
}

/// UTF-16 text: decoded to UTF-8 on the fly and scanned as a
/// stream; offsets and lines are those of the decoded UTF-8 text (BOM not
/// included), as for gzip. Unpaired surrogates and a dangling odd byte
/// become U+FFFD.
fn read_utf16(
    ctx: &Ctx<'_>,
    head: Vec<u8>,
    file: std::fs::File,
    expected: u64,
    big_endian: bool,
    acc: &mut ObjectAccumulator<'_>,
) -> ReadDone {
    let raw_len = (head.len() as u64).min(expected);
    let raw = std::io::Cursor::new(head).chain(file.take(expected - raw_len));
    let mut reader = Utf16Reader::new(raw, big_endian);
    let outcome = scan_stream(ctx, &mut reader, acc, &[]);
    let mut done = stream_done(outcome);
    if matches!(done.status, ObjectStatus::Scanned) && reader.raw_bytes < expected {
        done.status = ObjectStatus::Partial {
            reason: format!(
                "file changed during the scan: {expected} bytes when opened, only {} could be read",
                reader.raw_bytes
            ),
        };
    }
    if let ObjectStatus::Partial { reason } = &mut done.status {
        *reason = format!("UTF-16: {reason}");
    }
    done
}

/// A reader turning UTF-16 bytes (BOM first, skipped) into UTF-8 bytes.
pub(crate) struct Utf16Reader<R> {
    inner: R,
    big_endian: bool,
    /// Raw bytes read from `inner`, BOM included.
    raw_bytes: u64,
    bom_skipped: bool,
    odd: Option<u8>,
    high: Option<u16>,
    out: Vec<u8>,
    out_pos: usize,
    eof: bool,
}

impl<R: Read> Utf16Reader<R> {
    pub(crate) fn new(inner: R, big_endian: bool) -> Self {
        Utf16Reader {
            inner,
            big_endian,
            raw_bytes: 0,
            bom_skipped: false,
            odd: None,
            high: None,
            out: Vec::new(),
            out_pos: 0,
            eof: false,
        }
    }

    fn push_char(&mut self, c: char) {
        let mut b = [0u8; 4];
        self.out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
    }

    /// Decodes one more block of input into `out`.
    fn fill(&mut self) -> std::io::Result<()> {
        let mut raw = vec![0u8; 64 << 10];
        let n = loop {
            match self.inner.read(&mut raw) {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        };
        self.raw_bytes += n as u64;
        if n == 0 {
            self.eof = true;
            if self.high.take().is_some() || self.odd.take().is_some() {
                self.push_char(char::REPLACEMENT_CHARACTER);
            }
            return Ok(());
        }
        let mut bytes = Vec::with_capacity(n + 1);
        bytes.extend(self.odd.take());
        bytes.extend_from_slice(&raw[..n]);
        if bytes.len() % 2 == 1 {
            self.odd = bytes.pop();
        }
        let mut units: Vec<u16> = Vec::with_capacity(bytes.len() / 2 + 1);
        units.extend(self.high.take());
        units.extend(bytes.chunks_exact(2).map(|p| {
            if self.big_endian {
                u16::from_be_bytes([p[0], p[1]])
            } else {
                u16::from_le_bytes([p[0], p[1]])
            }
        }));
        if !self.bom_skipped && !units.is_empty() {
            self.bom_skipped = true;
            if units[0] == 0xFEFF {
                units.remove(0);
            }
        }
        // A high surrogate at the end may pair with the next block.
        if units.last().is_some_and(|u| (0xD800..0xDC00).contains(u)) {
            self.high = units.pop();
        }
        for c in char::decode_utf16(units) {
            self.push_char(c.unwrap_or(char::REPLACEMENT_CHARACTER));
        }
        Ok(())
    }
}

impl<R: Read> Read for Utf16Reader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.out_pos >= self.out.len() {
            if self.eof {
                return Ok(0);
            }
            self.out.clear();
            self.out_pos = 0;
            self.fill()?;
        }
        let n = buf.len().min(self.out.len() - self.out_pos);
        buf[..n].copy_from_slice(&self.out[self.out_pos..self.out_pos + n]);
        self.out_pos += n;
        Ok(n)
    }
}

fn stream_done(outcome: std::result::Result<u64, (u64, String)>) -> ReadDone {
    match outcome {
        Ok(bytes) => ReadDone {
            bytes,
            status: ObjectStatus::Scanned,
            label_kind: "file",
        },
        Err((bytes, reason)) => ReadDone {
            bytes,
            status: ObjectStatus::Partial { reason },
            label_kind: "file",
        },
    }
}

fn read_gzip(
    ctx: &Ctx<'_>,
    _obj: &ObjectRef,
    head: Vec<u8>,
    file: std::fs::File,
    acc: &mut ObjectAccumulator<'_>,
) -> Result<ReadDone> {
    let raw = std::io::Cursor::new(head).chain(file);
    let mut decoder =
        crate::gzip::GzipMembers::new(std::io::BufReader::with_capacity(256 << 10, raw));
    // Sniff the decompressed start for binary content. A stream that fails
    // within its first bytes (a small file cut short) still has those bytes
    // scanned; only a stream that yields nothing is an error.
    let mut first = vec![0u8; SNIFF];
    let (n, sniff_error) = read_as_much_as_possible(&mut decoder, &mut first);
    first.truncate(n);
    if let (0, Some(e)) = (n, &sniff_error) {
        return Ok(ReadDone {
            bytes: 0,
            status: ObjectStatus::Error {
                reason: format!("gzip: {e}"),
            },
            label_kind: "file",
        });
    }
    if looks_binary(&first) {
        return Ok(ReadDone {
            bytes: n as u64,
            status: ObjectStatus::Skipped {
                reason: "binary content inside gzip".into(),
            },
            label_kind: "file",
        });
    }
    let outcome = match sniff_error {
        None => scan_stream(ctx, &mut decoder, acc, &first),
        Some(e) => match scan_stream(ctx, &mut std::io::empty(), acc, &first) {
            Ok(bytes) => Err((bytes, e.to_string())),
            Err(failed) => Err(failed),
        },
    };
    let mut done = stream_done(outcome);
    if let ObjectStatus::Partial { reason } = &mut done.status {
        if !reason.starts_with("decompressed size limit") {
            *reason = format!("gzip: {reason}");
        }
    }
    Ok(done)
}

/// Reads until `buf` is full or the reader ends or fails: the bytes read,
/// and the failure if there was one.
fn read_as_much_as_possible(r: &mut dyn Read, buf: &mut [u8]) -> (usize, Option<std::io::Error>) {
    let mut filled = 0;
    while filled < buf.len() {
        match r.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return (filled, Some(e)),
        }
    }
    (filled, None)
}

/// Reads until `buf` is full or the reader ends.
pub(crate) fn read_full(r: &mut dyn Read, buf: &mut [u8]) -> std::io::Result<usize> {
    match read_as_much_as_possible(r, buf) {
        (filled, None) => Ok(filled),
        (_, Some(e)) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode(text: &str, big_endian: bool) -> Vec<u8> {
        text.encode_utf16()
            .flat_map(|u| {
                if big_endian {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                }
            })
            .collect()
    }

    #[test]
    fn utf16_is_told_by_its_mark_or_by_nul_high_bytes() {
        let text = "Patient: Zoë Roe, SSN 571-28-1234\r\n";
        assert_eq!(utf16_encoding(&encode(text, false)), Some(false));
        assert_eq!(utf16_encoding(&encode(text, true)), Some(true));
        assert_eq!(utf16_encoding(b"\xFF\xFEa\0"), Some(false));
        assert_eq!(utf16_encoding(b"\xFE\xFF\0a"), Some(true));
        // Too short to tell; UTF-8 text; binary with NUL bytes but no text
        // between them; all NULs.
        assert_eq!(utf16_encoding(&encode("SSN 571", false)), None);
        assert_eq!(
            utf16_encoding(b"plain UTF-8 text, long enough to be judged"),
            None
        );
        let noise: Vec<u8> = (0..4096u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
            .collect();
        assert_eq!(utf16_encoding(&noise), None);
        let mut elf = b"\x7fELF\x02\x01\x01\0".to_vec();
        elf.extend([0u8; 120]);
        assert_eq!(utf16_encoding(&elf), None);
        assert_eq!(utf16_encoding(&[0u8; 64]), None);
    }
}
