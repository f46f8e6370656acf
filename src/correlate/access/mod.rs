//! The access audit: what each agent actually touched, and which of its
//! permissions it never used.
//!
//! Access logs are read as a stream of [`AccessEvent`]s pushed into an
//! [`EventSink`] by one reader per format:
//! - [`native`]: JSON lines (`time`, `agent` or `credential`, `action`,
//!   `resource`, optional `column`, `bytes`, `rows`, `outcome`);
//! - [`cloudtrail`]: AWS CloudTrail log files (`{"Records": [...]}`), S3
//!   data events, plain or gzip-compressed as CloudTrail writes them.
//!
//! The sink the correlator uses is [`AccessAudit`]: it attributes each event
//! to an agent (inventory agent ids and credentials, IAM role ARNs from
//! `--iam`, and a [`PrincipalMap`]), finds the resource in the same
//! [`LabelIndex`](super::LabelIndex) the exposure computation built, explains
//! it with the same grant matching `explain` uses, and aggregates per
//! (principal, resource): memory grows with distinct pairs, never with events.
//!
//! ```no_run
//! use datareach::correlate::*;
//! use datareach::correlate::access::*;
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let labels = read_labels(std::path::Path::new("out"))?;
//! let inv = Inventory::load(std::path::Path::new("inventory.yaml"))?;
//! let opts = ExposureOptions::new(parse_date("2026-11-30")?, UriMapper::default());
//! let mut report = Exposure::compute(&labels, &inv, &opts)?;
//! let mut audit = AccessAudit::new(&report, &inv, AccessOptions::default());
//! read_log(std::path::Path::new("access.jsonl"), &mut audit)?;
//! let result = audit.finish();
//! report.add_access(result);
//! # Ok(()) }
//! ```

mod audit;
pub mod cloudtrail;
pub mod native;
mod principals;
mod result;

pub use audit::{AccessAudit, AccessOptions};
pub use principals::PrincipalMap;
pub use result::{
    AccessResult, AgentAccess, AgentAccessSummary, LogSummary, TimelineDay, TouchedEntry,
};

use super::inventory::{DELETE, READ, SHARE, WRITE};
use super::Error;
use std::fmt;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Who made a request, as the log names it.
#[derive(Debug, Clone, Copy)]
pub enum Who<'a> {
    /// An agent id (native format `agent`).
    Agent(&'a str),
    /// A credential id (native format `credential`).
    Credential(&'a str),
    /// A CloudTrail caller: identity strings to try in order (access key id,
    /// ARN, role ARN, ...); the first is how the caller is named in findings.
    Identity(&'a [&'a str]),
}

/// One access event, borrowed from the reader's buffer.
#[derive(Debug, Clone, Copy)]
pub struct AccessEvent<'a> {
    /// Milliseconds since the Unix epoch, UTC.
    pub time_ms: i64,
    pub who: Who<'a>,
    /// The action as the log writes it (`read`, `GetObject`, ...).
    pub action: &'a str,
    /// The datareach action bits (read, write, delete, share); 0 for
    /// requests that touch no object data (listing, ACL reads, ...).
    pub bits: u8,
    /// The resource URI, without `#column`.
    pub resource: &'a str,
    pub column: Option<&'a str>,
    pub bytes: Option<u64>,
    pub rows: Option<u64>,
    /// `false` when the request was denied or failed: it touched nothing.
    pub succeeded: bool,
}

/// A record that could not be read; the rest of the log still is.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LogProblem {
    pub file: PathBuf,
    /// 1-based line (JSON lines, and JSON syntax errors).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// 1-based column of a JSON syntax error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// 0-based index in CloudTrail's `Records` array.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<usize>,
    pub message: String,
}

impl fmt::Display for LogProblem {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
            if let Some(c) = self.column {
                write!(f, ":{c}")?;
            }
        }
        if let Some(r) = self.record {
            write!(f, ": Records[{r}]")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Where readers push what they read: the seam between log formats and the
/// audit (and any other consumer, such as a test or a format converter).
pub trait EventSink {
    /// A well-formed event.
    fn event(&mut self, ev: &AccessEvent<'_>);
    /// A malformed record, reported with its file and line or record index.
    fn problem(&mut self, problem: LogProblem);
    /// A well-formed record that is no access event (a CloudTrail management
    /// event, a non-S3 data event).
    fn skipped(&mut self) {}
    /// A file starts.
    fn file(&mut self, _path: &Path) {}
}

/// The log formats datareach reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Native,
    CloudTrail,
}

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Reads one access log file of either format, plain or gzip-compressed
/// (decided by the content, not the name), pushing events into `sink`.
///
/// Only a file that cannot be opened is an error; malformed records, a
/// truncated gzip stream or invalid JSON are reported to the sink as
/// problems and the readable part is still pushed.
pub fn read_log(path: &Path, sink: &mut impl EventSink) -> Result<LogFormat, Error> {
    let file = crate::output::open_input(path).map_err(|e| Error::io(path, e))?;
    sink.file(path);
    let mut raw = BufReader::with_capacity(256 * 1024, file);
    let gz = match raw.fill_buf() {
        Ok(b) => b.starts_with(&GZIP_MAGIC),
        Err(e) => {
            sink.problem(LogProblem {
                file: path.to_path_buf(),
                line: None,
                column: None,
                record: None,
                message: format!("cannot read: {e}"),
            });
            return Ok(LogFormat::Native);
        }
    };
    let reader: Box<dyn Read> = if gz {
        Box::new(crate::gzip::GzipMembers::new(raw))
    } else {
        Box::new(raw)
    };
    read_stream(path, reader, sink)
}

/// Like [`read_log`] on an already opened, already decompressed stream;
/// `path` names it in problems.
pub fn read_stream(
    path: &Path,
    mut reader: impl Read,
    sink: &mut impl EventSink,
) -> Result<LogFormat, Error> {
    // Peek at the start to tell the formats apart: CloudTrail files are one
    // JSON object whose first key is "Records"; native logs are JSON lines.
    let mut head = Vec::with_capacity(512);
    let mut err = None;
    while head.len() < 512 {
        let mut buf = [0u8; 512];
        match reader.read(&mut buf[..512 - head.len()]) {
            Ok(0) => break,
            Ok(n) => head.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => {
                err = Some(e);
                break;
            }
        }
    }
    let format = detect(&head);
    let chained = std::io::Cursor::new(head).chain(ErrAfter { reader, err });
    match format {
        LogFormat::CloudTrail => cloudtrail::read(path, chained, sink),
        LogFormat::Native => {
            native::read(path, BufReader::with_capacity(256 * 1024, chained), sink)
        }
    }
    Ok(format)
}

/// A reader that first reports an error seen while peeking.
struct ErrAfter<R> {
    reader: R,
    err: Option<std::io::Error>,
}

impl<R: Read> Read for ErrAfter<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if let Some(e) = self.err.take() {
            return Err(e);
        }
        self.reader.read(buf)
    }
}

fn detect(head: &[u8]) -> LogFormat {
    let s = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let s = trim_ws(s);
    if let Some(rest) = s.strip_prefix(b"{") {
        if trim_ws(rest).starts_with(b"\"Records\"") {
            return LogFormat::CloudTrail;
        }
    }
    LogFormat::Native
}

fn trim_ws(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &s[n..]
}

/// S3 operations that read or change object data, by datareach action
/// (the IAM table plus the operations CloudTrail logs under other names).
const S3_DATA_OPS: &[(u8, &[&str])] = &[
    (
        READ,
        &[
            "GetObject",
            "GetObjectVersion",
            "GetObjectTorrent",
            "GetObjectVersionTorrent",
            "HeadObject",
            "SelectObjectContent",
            "GetObjectAttributes",
        ],
    ),
    (
        WRITE,
        &[
            "PutObject",
            "RestoreObject",
            "CopyObject",
            "CreateMultipartUpload",
            "UploadPart",
            "UploadPartCopy",
            "CompleteMultipartUpload",
        ],
    ),
    (
        DELETE,
        &["DeleteObject", "DeleteObjectVersion", "DeleteObjects"],
    ),
    (
        SHARE,
        &[
            "PutObjectAcl",
            "PutObjectVersionAcl",
            "ReplicateObject",
            "PutBucketAcl",
            "PutBucketPolicy",
        ],
    ),
];

/// S3 operations that touch no object data but are accepted in the native
/// format (they map to action bits 0).
const S3_OTHER_OPS: &[&str] = &[
    "ListBucket",
    "ListObjects",
    "ListObjectsV2",
    "ListObjectVersions",
    "HeadBucket",
    "GetObjectAcl",
    "GetObjectTagging",
    "PutObjectTagging",
    "GetBucketLocation",
];

/// The datareach action bits of an S3 operation name (`GetObject` or
/// `s3:GetObject`, case-insensitive); `None` when it is not a known one.
pub fn s3_action_bits(name: &str) -> Option<u8> {
    let n = name
        .get(..3)
        .filter(|p| p.eq_ignore_ascii_case("s3:"))
        .map_or(name, |_| &name[3..]);
    for (bit, ops) in S3_DATA_OPS {
        if ops.iter().any(|o| o.eq_ignore_ascii_case(n)) {
            return Some(*bit);
        }
    }
    S3_OTHER_OPS
        .iter()
        .any(|o| o.eq_ignore_ascii_case(n))
        .then_some(0)
}

/// The action bits of a native `action`: a datareach action (`read`,
/// `write`, `delete`, `share`), `list`, or an S3 operation name.
pub fn native_action_bits(action: &str) -> Option<u8> {
    match action {
        "read" => Some(READ),
        "write" => Some(WRITE),
        "delete" => Some(DELETE),
        "share" => Some(SHARE),
        "list" => Some(0),
        _ => {
            for (name, bit) in [
                ("read", READ),
                ("write", WRITE),
                ("delete", DELETE),
                ("share", SHARE),
                ("list", 0),
            ] {
                if action.eq_ignore_ascii_case(name) {
                    return Some(bit);
                }
            }
            s3_action_bits(action)
        }
    }
}

/// Parses an RFC 3339 time (`2026-11-20T09:14:03Z`, offsets and fractions
/// allowed) into milliseconds since the epoch. A bare date `YYYY-MM-DD`
/// is midnight UTC (convenient for `--since` and `--until`).
pub fn parse_time(s: &str) -> Option<i64> {
    let s = s.trim();
    if let Some(t) = parse_utc_fast(s.as_bytes()) {
        return Some(t);
    }
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s) {
        return Some(t.timestamp_millis());
    }
    // RFC 3339 allows a space for the `T` and lower-case letters.
    if s.len() > 10 && matches!(s.as_bytes()[10], b' ' | b't') {
        let fixed = format!("{}T{}", &s[..10], &s[11..]).to_ascii_uppercase();
        if let Ok(t) = chrono::DateTime::parse_from_rfc3339(&fixed) {
            return Some(t.timestamp_millis());
        }
    }
    if s.len() == 10 {
        if let Ok(d) = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            return Some(d.and_hms_opt(0, 0, 0)?.and_utc().timestamp_millis());
        }
    }
    None
}

/// The common shape `YYYY-MM-DDTHH:MM:SS[.fff...]Z`, without chrono's
/// general parser (it runs once per event). `None` sends anything else,
/// and anything out of range, to the general parser.
fn parse_utc_fast(b: &[u8]) -> Option<i64> {
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    if *b.last()? != b'Z' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        b[r].iter().try_fold(0i64, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + (c - b'0') as i64)
        })
    };
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, sec) = (num(11..13)?, num(14..16)?, num(17..19)?);
    let frac = &b[19..b.len() - 1];
    let ms = match frac {
        [] => 0,
        [b'.', digits @ ..] if !digits.is_empty() && digits.iter().all(u8::is_ascii_digit) => {
            let mut ms = 0i64;
            for i in 0..3 {
                ms = ms * 10 + digits.get(i).map_or(0, |c| (c - b'0') as i64);
            }
            ms
        }
        _ => return None,
    };
    let days_in_month = match mo {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => return None,
    };
    if d < 1 || d > days_in_month || h > 23 || mi > 59 || sec > 59 {
        return None;
    }
    // Days from the civil date (Howard Hinnant's algorithm).
    let y2 = if mo <= 2 { y - 1 } else { y };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let mp = (mo + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(((days * 24 + h) * 60 + mi) * 60_000 + sec * 1000 + ms)
}

/// Formats milliseconds since the epoch as RFC 3339 UTC (`...Z`), with a
/// fraction only when there is one.
pub fn format_time(ms: i64) -> String {
    match chrono::DateTime::from_timestamp_millis(ms) {
        Some(t) => t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
        None => ms.to_string(),
    }
}

/// Every file under `path` (itself when it is a file), in name order; a
/// CloudTrail bucket copy is a tree of `.json.gz` files.
pub fn log_files(path: &Path) -> Result<Vec<PathBuf>, Error> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut out = Vec::new();
    for e in walkdir::WalkDir::new(path).sort_by_file_name() {
        let e = e.map_err(|e| {
            let p = e.path().unwrap_or(path).to_path_buf();
            Error::io(p, std::io::Error::other(e.to_string()))
        })?;
        if e.file_type().is_file() {
            out.push(e.into_path());
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_told_apart_by_content() {
        assert_eq!(detect(b"{\"Records\": []}"), LogFormat::CloudTrail);
        assert_eq!(detect(b"\n {\n  \"Records\":[{"), LogFormat::CloudTrail);
        assert_eq!(detect(b"{\"time\":\"x\"}\n"), LogFormat::Native);
        assert_eq!(detect(b""), LogFormat::Native);
    }

    #[test]
    fn actions_map_to_datareach_bits() {
        assert_eq!(native_action_bits("read"), Some(READ));
        assert_eq!(native_action_bits("WRITE"), Some(WRITE));
        assert_eq!(native_action_bits("s3:GetObject"), Some(READ));
        assert_eq!(native_action_bits("DeleteObject"), Some(DELETE));
        assert_eq!(native_action_bits("PutObjectAcl"), Some(SHARE));
        assert_eq!(native_action_bits("ListBucket"), Some(0));
        assert_eq!(native_action_bits("list"), Some(0));
        assert_eq!(native_action_bits("raed"), None);
        assert_eq!(s3_action_bits("GetBucketVersioning"), None);
    }

    #[test]
    fn the_fast_time_path_agrees_with_chrono() {
        for s in [
            "1970-01-01T00:00:00Z",
            "2026-11-20T09:14:03Z",
            "2024-02-29T23:59:59.999Z",
            "2000-03-01T00:00:00.5Z",
            "1969-12-31T23:59:59Z",
            "2100-12-31T12:00:00.123456Z",
        ] {
            let want = chrono::DateTime::parse_from_rfc3339(s)
                .unwrap()
                .timestamp_millis();
            assert_eq!(parse_utc_fast(s.as_bytes()), Some(want), "{s}");
        }
        for s in [
            "2026-02-29T00:00:00Z",
            "2026-11-20T24:00:00Z",
            "2026-11-20T09:14:03+01:00",
            "2026-11-20T09:14:03.Z",
            "2026-1a-20T09:14:03Z",
        ] {
            assert_eq!(parse_utc_fast(s.as_bytes()), None, "{s}");
        }
        assert_eq!(parse_time("2026-02-29T00:00:00Z"), None);
    }

    #[test]
    fn times_parse_as_rfc3339_or_dates() {
        assert_eq!(parse_time("1970-01-01T00:00:01Z"), Some(1000));
        assert_eq!(parse_time("1970-01-01T01:00:01+01:00"), Some(1000));
        assert_eq!(parse_time("1970-01-01 00:00:01.5z"), Some(1500));
        assert_eq!(parse_time("1970-01-02"), Some(86_400_000));
        assert_eq!(parse_time("yesterday"), None);
        assert_eq!(parse_time("2026-13-01T00:00:00Z"), None);
        assert_eq!(format_time(1000), "1970-01-01T00:00:01Z");
        assert_eq!(format_time(1500), "1970-01-01T00:00:01.500Z");
    }
}
