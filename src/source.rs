//! Objects and how they are read: the walk over roots, and the one place
//! that picks a read strategy per object (gzip stream, memory map, buffered
//! read, table reader).
//!
//! Memory maps are used for large plain files only: they avoid a copy and
//! let chunks be scanned in parallel. Their hazard (a file truncated by
//! another process while mapped raises SIGBUS) is why `--no-mmap` exists.

use crate::error::{Error, Result};
use crate::scan::{
    scan_buffer, scan_buffer_releasing, scan_stream, Ctx, ObjectAccumulator, ObjectStatus,
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
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.join("/")
}

/// Walks every root in order; entries sorted by name so the order (and so
/// every output) is the same on every run.
pub fn walk(
    roots: &[PathBuf],
    follow_links: bool,
    allow_outside: bool,
    excludes: &GlobSet,
) -> Vec<ObjectRef> {
    let mut out = Vec::new();
    for root in roots {
        let root_str = root.to_string_lossy().into_owned();
        let canonical_root = std::fs::canonicalize(root).ok();
        let walker = walkdir::WalkDir::new(root)
            .follow_links(follow_links)
            .sort_by_file_name();
        for entry in walker {
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
                        continue;
                    }
                    if !excludes.is_empty()
                        && (excludes.is_match(&rel_path)
                            || path.file_name().is_some_and(|n| excludes.is_match(n)))
                    {
                        continue;
                    }
                    let mut obj = ObjectRef {
                        root: root_str.clone(),
                        abs_path: path.to_path_buf(),
                        rel_path,
                        size: 0,
                        kind: ObjectKind::File,
                    };
                    if ft.is_symlink() {
                        obj.kind = ObjectKind::Skip(
                            "symbolic link (not followed; use --follow-links)".into(),
                        );
                    } else if !ft.is_file() {
                        obj.kind = ObjectKind::Skip(special_kind(&ft));
                    } else {
                        if follow_links && entry.path_is_symlink() && !allow_outside {
                            if let (Some(root_c), Ok(target)) =
                                (&canonical_root, std::fs::canonicalize(path))
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
                    out.push(obj);
                }
                Err(err) => {
                    let path = err
                        .path()
                        .map(Path::to_path_buf)
                        .unwrap_or_else(|| root.clone());
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
                    out.push(ObjectRef {
                        root: root_str.clone(),
                        abs_path: path,
                        rel_path: rel_string(&rel),
                        size: 0,
                        kind: ObjectKind::WalkError(reason),
                    });
                }
            }
        }
    }
    out
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

const SNIFF: usize = 8 << 10;

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
    let mut file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
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
    if let Some(detected) = crate::tables::detect(path, &head) {
        use std::io::Seek;
        file.rewind().map_err(|e| Error::io(path, e))?;
        let done = crate::tables::scan_table(ctx, obj, acc, detected, file, meta.len());
        return Ok(ReadDone {
            bytes: done.bytes,
            status: done.status,
            label_kind: "table",
        });
    }
    if is_gzip(path, &head) {
        return read_gzip(ctx, obj, head, file, acc);
    }
    if looks_binary(&head) {
        return Ok(ReadDone {
            bytes: meta.len(),
            status: ObjectStatus::Skipped {
                reason: "binary file (NUL byte in the first 8 KiB)".into(),
            },
            label_kind: "file",
        });
    }
    if ctx.opts.mmap == crate::scan::MmapChoice::Auto && meta.len() >= ctx.opts.mmap_threshold {
        // SAFETY: the map is read-only and private to this scan; the hazard
        // of another process truncating the file is documented above and
        // avoided with --no-mmap.
        if let Ok(map) = unsafe { memmap2::Mmap::map(&file) } {
            let _ = map.advise(memmap2::Advice::Sequential);
            let page = 4096;
            let release = |range: std::ops::Range<usize>| {
                // Scanned pages are dropped from the resident set: a 2 GB
                // file is scanned in a few chunks' worth of memory.
                let start = range.start.div_ceil(page) * page;
                let end = range.end / page * page;
                if end > start {
                    // SAFETY: a private read-only file mapping; dropped pages
                    // are read back from the file if they are touched again.
                    let _ = unsafe {
                        map.unchecked_advise_range(
                            memmap2::UncheckedAdvice::DontNeed,
                            start,
                            end - start,
                        )
                    };
                }
            };
            scan_buffer_releasing(ctx, &map, acc, &release);
            return Ok(ReadDone {
                bytes: map.len() as u64,
                status: ObjectStatus::Scanned,
                label_kind: "file",
            });
        }
    }
    let mut data = head;
    if (data.len() as u64) < meta.len() && meta.len() <= ctx.opts.chunk_size as u64 * 4 {
        let mut rest = Vec::with_capacity(meta.len() as usize - data.len());
        file.read_to_end(&mut rest)
            .map_err(|e| Error::io(path, e))?;
        data.extend_from_slice(&rest);
        scan_buffer(ctx, &data, acc);
        return Ok(ReadDone {
            bytes: data.len() as u64,
            status: ObjectStatus::Scanned,
            label_kind: "file",
        });
    }
    if (data.len() as u64) >= meta.len() {
        scan_buffer(ctx, &data, acc);
        return Ok(ReadDone {
            bytes: data.len() as u64,
            status: ObjectStatus::Scanned,
            label_kind: "file",
        });
    }
    // Large file without a map: stream it with bounded memory.
    let outcome = scan_stream(ctx, &mut file, acc, &data);
    Ok(stream_done(outcome))
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
        flate2::read::MultiGzDecoder::new(std::io::BufReader::with_capacity(256 << 10, raw));
    // Sniff the decompressed start for binary content.
    let mut first = vec![0u8; SNIFF];
    let n = match read_full(&mut decoder, &mut first) {
        Ok(n) => n,
        Err(e) => {
            return Ok(ReadDone {
                bytes: 0,
                status: ObjectStatus::Error {
                    reason: format!("gzip: {e}"),
                },
                label_kind: "file",
            })
        }
    };
    first.truncate(n);
    if looks_binary(&first) {
        return Ok(ReadDone {
            bytes: n as u64,
            status: ObjectStatus::Skipped {
                reason: "binary content inside gzip".into(),
            },
            label_kind: "file",
        });
    }
    let outcome = scan_stream(ctx, &mut decoder, acc, &first);
    let mut done = stream_done(outcome);
    if let ObjectStatus::Partial { reason } = &mut done.status {
        if !reason.starts_with("decompressed size limit") {
            *reason = format!("gzip: {reason}");
        }
    }
    Ok(done)
}

/// Reads until `buf` is full or the reader ends.
fn read_full(r: &mut dyn Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match r.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}
