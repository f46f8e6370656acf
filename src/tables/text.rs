//! Text tables: CSV / TSV (header row names the columns), JSON lines and
//! JSON arrays of records, plain or gzip-compressed. Read as a stream,
//! record by record.

use super::json_value::Json;
use super::raw_record::{locate_fields, FieldAt, Recorder};
use super::{
    kind_columns, CellAt, Described, KindColumn, TableFormat, TableOutcome, TableScanner, DATA_KEY,
    MAX_COLUMNS,
};
use crate::scan::{Ctx, ObjectAccumulator, ObjectStatus};
use crate::source::ObjectRef;
use std::borrow::Cow;
use std::io::{BufRead, BufReader, Read};

/// Longest line (bytes between line breaks) a CSV/TSV or JSON lines table
/// may have. The record readers hold a whole record in memory, so a longer
/// line would make memory grow with the input; such a file is scanned as
/// plain text instead (header) or reported partial (later lines).
pub(crate) const MAX_LINE_BYTES: u64 = 16 << 20;

/// Counts bytes read and stops with an error past `limit` (decompressed
/// size) or when a line grows past `line_cap` bytes.
struct Counted<R> {
    inner: R,
    read: u64,
    limit: u64,
    line_cap: u64,
    /// Bytes since the last line break, and line breaks seen.
    since_break: u64,
    breaks: u64,
    /// Set when the line cap stopped the read: the 1-based line number.
    long_line: Option<u64>,
}

impl<R> Counted<R> {
    fn new(inner: R, limit: u64, line_cap: u64) -> Self {
        Counted {
            inner,
            read: 0,
            limit,
            line_cap,
            since_break: 0,
            breaks: 0,
            long_line: None,
        }
    }
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.read >= self.limit {
            return Err(std::io::Error::other(format!(
                "decompressed size limit of {} bytes reached; the rest was not scanned",
                self.limit
            )));
        }
        if let Some(line) = self.long_line {
            return Err(long_line_error(line, self.line_cap));
        }
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        if self.line_cap != u64::MAX {
            let got = &buf[..n];
            match memchr::memrchr(b'\n', got) {
                Some(last) => {
                    self.breaks += memchr::memchr_iter(b'\n', got).count() as u64;
                    self.since_break = (n - last - 1) as u64;
                }
                None => self.since_break += n as u64,
            }
            if self.since_break > self.line_cap {
                let line = self.breaks + 1;
                self.long_line = Some(line);
                return Err(long_line_error(line, self.line_cap));
            }
        }
        Ok(n)
    }
}

fn long_line_error(line: u64, cap: u64) -> std::io::Error {
    std::io::Error::other(format!(
        "line {line} is longer than {} MiB; the rest was not read as a table",
        cap >> 20
    ))
}

/// Sampling spread over a large plain table: the file is cut into
/// `segments` equal byte ranges (up to [`MAX_SEGMENTS`], at least
/// [`MIN_SEGMENT_ROWS`] rows of budget each). The first range's share of
/// the row budget is read from the start (exact row numbers); when the file
/// holds clearly more rows than the budget, each later range gives its
/// share from its start: from the first line break after its offset until
/// the next range's offset or its share is read. Rows of those slices have
/// no known row number (findings carry `row: null`).
pub(crate) const MAX_SEGMENTS: u64 = 64;
/// See [`MAX_SEGMENTS`].
pub(crate) const MIN_SEGMENT_ROWS: u64 = 32;

/// Bytes a [`Reservoir`] may hold (rows past it are not kept).
const RESERVOIR_BYTES: usize = 32 << 20;

/// The sample of a table that cannot be entered in the middle (a gzip
/// stream): half the row budget is read from the start; every later row is
/// offered to this reservoir, a uniform random sample (Algorithm R) of the
/// rest of the stream, classified in row order once the stream ends. Rows
/// keep their exact numbers and the row count becomes known. The generator
/// has a fixed seed: the same file gives the same sample on every run.
struct Reservoir<T> {
    capacity: usize,
    /// (row, payload, bytes held)
    items: Vec<(u64, T, usize)>,
    bytes: usize,
    offered: u64,
    state: u64,
}

impl<T> Reservoir<T> {
    fn new(capacity: u64) -> Self {
        Reservoir {
            capacity: usize::try_from(capacity).unwrap_or(usize::MAX),
            items: Vec::new(),
            bytes: 0,
            offered: 0,
            state: 0x9E37_79B9_7F4A_7C15,
        }
    }

    /// xorshift64*: plenty for picking rows, and reproducible.
    fn next_random(&mut self) -> u64 {
        self.state ^= self.state >> 12;
        self.state ^= self.state << 25;
        self.state ^= self.state >> 27;
        self.state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Offers row `row` (`size` bytes; `make` builds the payload only when
    /// the row is kept).
    fn offer(&mut self, row: u64, size: usize, make: impl FnOnce() -> T) {
        self.offered += 1;
        if self.items.len() < self.capacity {
            if self.bytes + size <= RESERVOIR_BYTES {
                self.bytes += size;
                self.items.push((row, make(), size));
            }
            return;
        }
        let j = (self.next_random() % self.offered) as usize;
        if j < self.items.len() {
            let freed = self.bytes - self.items[j].2;
            if freed + size <= RESERVOIR_BYTES {
                self.bytes = freed + size;
                self.items[j] = (row, make(), size);
            }
        }
    }

    /// Whether every offered row was kept (the sample is the whole rest).
    fn kept_all(&self) -> bool {
        self.items.len() as u64 == self.offered
    }

    /// The kept rows in row order.
    fn into_rows(mut self) -> Vec<(u64, T)> {
        self.items.sort_by_key(|(row, _, _)| *row);
        self.items.into_iter().map(|(r, t, _)| (r, t)).collect()
    }
}

struct Spread<'f> {
    /// The file to seek in, when spreading is possible (plain file, a row budget).
    file: Option<&'f std::fs::File>,
    /// Whether the table's bytes can be entered in the middle (not a gzip
    /// stream).
    seekable: bool,
    len: u64,
    /// Bytes read by the later slices.
    bytes: u64,
}

impl Spread<'_> {
    /// How many ranges a budget of `limit` rows is spread over (1: none).
    fn segments(&self, limit: u64) -> u64 {
        if self.file.is_none() || limit == 0 {
            1
        } else {
            (limit / MIN_SEGMENT_ROWS).clamp(1, MAX_SEGMENTS)
        }
    }

    /// Whether the table is a stream sampled through a [`Reservoir`]: it
    /// cannot seek, and the budget is large enough to split.
    fn streamed(&self, limit: u64) -> bool {
        !self.seekable && limit >= 2 * MIN_SEGMENT_ROWS
    }

    /// Whether to spread, given `rows` read in `bytes` bytes from the start
    /// and the whole budget `limit`: only when the file's estimated row
    /// count is well above the budget (else reading on is the exact answer).
    fn worth_it(&self, rows: u64, bytes: u64, limit: u64) -> bool {
        if self.file.is_none() || rows == 0 || bytes == 0 {
            return false;
        }
        let estimated = (self.len as f64) * (rows as f64) / (bytes as f64);
        estimated > 1.25 * limit as f64
    }

    /// Byte ranges `[start, end)` of the later slices.
    fn slices(&self, segments: u64) -> Vec<(u64, u64)> {
        (1..segments)
            .map(|k| (self.len * k / segments, self.len * (k + 1) / segments))
            .collect()
    }

    /// A reader positioned at the first line start at or after `start`
    /// (`start` itself when the byte before it is a line break), and the
    /// offset it starts at.
    fn open_at(&mut self, start: u64) -> std::io::Result<(BufReader<SliceReader<'_>>, u64)> {
        use std::io::{Seek, SeekFrom};
        let file = self.file.expect("open_at without a file");
        let mut f = file;
        let back = start.min(1);
        f.seek(SeekFrom::Start(start - back))?;
        // Small buffers: a slice reads a few dozen rows.
        let mut br = BufReader::with_capacity(
            64 << 10,
            SliceReader {
                file: f,
                read: &mut self.bytes,
            },
        );
        let mut skipped = Vec::new();
        // Skip the tail of the line cut by the offset; a line longer than
        // the cap means this slice holds no parsable record.
        let n = (&mut br)
            .take(MAX_LINE_BYTES)
            .read_until(b'\n', &mut skipped)?;
        Ok((br, start - back + n as u64))
    }
}

/// Reads the file, counting bytes into the spread's total.
struct SliceReader<'a> {
    file: &'a std::fs::File,
    read: &'a mut u64,
}

impl Read for SliceReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.file.read(buf)?;
        *self.read += n as u64;
        Ok(n)
    }
}

/// Problems met while reading, summarised into one `Partial` reason.
#[derive(Default)]
struct Problems {
    items: Vec<String>,
    fatal: Option<String>,
    /// Why the file cannot be read as a table at all (scanned as text).
    not_a_table: Option<String>,
    /// See [`TableOutcome::damaged`](super::TableOutcome::damaged).
    damaged: bool,
}

impl Problems {
    fn status(self, rows_read: u64) -> ObjectStatus {
        let mut items = self.items;
        if let Some(f) = self.fatal {
            if rows_read == 0 && items.is_empty() {
                return ObjectStatus::Error { reason: f };
            }
            items.push(f);
        }
        if items.is_empty() {
            ObjectStatus::Scanned
        } else {
            ObjectStatus::Partial {
                reason: items.join("; "),
            }
        }
    }
}

/// Tokens that mean "no value" in exported tables.
pub(super) fn is_null_token(v: &[u8]) -> bool {
    matches!(
        v,
        b"NULL"
            | b"null"
            | b"Null"
            | b"None"
            | b"none"
            | b"NaN"
            | b"nan"
            | b"N/A"
            | b"n/a"
            | b"NA"
            | b"\\N"
    )
}

#[allow(clippy::too_many_arguments)]
pub(super) fn read(
    ctx: &Ctx<'_>,
    _obj: &ObjectRef,
    format: TableFormat,
    gzip: bool,
    utf16: Option<bool>,
    file: std::fs::File,
    file_len: u64,
    table: &mut TableScanner<'_>,
    acc: &mut ObjectAccumulator<'_>,
) -> TableOutcome {
    let limit = ctx.opts.sample_rows;
    let raw: Box<dyn Read + '_> = if gzip {
        Box::new(super::gunzip_stream(&file))
    } else if let Some(big_endian) = utf16 {
        Box::new(crate::source::Utf16Reader::new(
            BufReader::with_capacity(256 << 10, &file),
            big_endian,
        ))
    } else {
        Box::new(&file)
    };
    // A plain file can be sampled at spread offsets; a gzip or UTF-16
    // stream cannot seek (its offsets are not those of its text).
    let stream = gzip || utf16.is_some();
    let mut spread = Spread {
        file: (!stream && limit > 0).then_some(&file),
        seekable: !stream,
        len: file_len,
        bytes: 0,
    };
    let limit_bytes = super::stream_limit(ctx, gzip);
    let line_cap = match format {
        // One-line arrays and minified documents are normal.
        TableFormat::JsonArray | TableFormat::JsonDocument => u64::MAX,
        _ => MAX_LINE_BYTES,
    };
    let mut reader = Counted::new(raw, limit_bytes, line_cap);
    let mut problems = Problems::default();
    let complete = match format {
        TableFormat::Csv | TableFormat::Tsv => read_csv(
            format,
            &mut reader,
            limit,
            &mut spread,
            table,
            acc,
            &mut problems,
        ),
        TableFormat::JsonLines => {
            read_json_lines(&mut reader, limit, &mut spread, table, acc, &mut problems)
        }
        TableFormat::JsonArray => read_json_array(&mut reader, limit, table, acc, &mut problems),
        TableFormat::JsonDocument => read_json_document(&mut reader, table, acc, &mut problems),
        TableFormat::Parquet | TableFormat::SqlDump | TableFormat::FixedWidth => {
            unreachable!("Parquet, SQL dumps and fixed-width records have readers of their own")
        }
    };
    if complete {
        table.rows_total = Some(table.rows_scanned);
    } else {
        table.sampled = true;
    }
    let bytes = if gzip {
        reader.read
    } else {
        (reader.read + spread.bytes).min(file_len)
    };
    if problems.not_a_table.is_none() && table.rows_scanned == 0 {
        // The very first line was over the cap: a CSV header or first JSON
        // record no table reader should hold; the text scan bounds itself.
        if let Some(line) = reader.long_line {
            problems.not_a_table = Some(format!(
                "line {line} is longer than {} MiB",
                MAX_LINE_BYTES >> 20
            ));
        }
    }
    TableOutcome {
        bytes,
        not_a_table: problems.not_a_table.take(),
        damaged: problems.damaged,
        status: problems.status(table.rows_scanned),
    }
}

/// `bytes` read as Windows-1252 (a superset of Latin-1) into `out`
/// (cleared first): every byte is a character, the five bytes the code page
/// leaves undefined become the C1 controls of the same value, as the WHATWG
/// decoder has it.
fn windows_1252(bytes: &[u8], out: &mut String) {
    /// 0x80..=0x9F; the rest of the upper half is U+00A0..U+00FF.
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    out.clear();
    out.extend(bytes.iter().map(|&b| match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }));
}

/// Column names from a header row: trimmed, empty ones named `_cN`,
/// duplicates suffixed.
fn header_names(rec: &csv::ByteRecord) -> Vec<String> {
    let mut names: Vec<String> = Vec::with_capacity(rec.len());
    let mut seen = std::collections::HashSet::with_capacity(rec.len());
    for (i, f) in rec.iter().enumerate() {
        let mut name = match std::str::from_utf8(f) {
            Ok(valid) => valid.trim().to_string(),
            Err(_) => {
                let mut decoded = String::new();
                windows_1252(f, &mut decoded);
                decoded.trim().to_string()
            }
        };
        if i == 0 {
            name = name.trim_start_matches('\u{feff}').to_string();
        }
        if name.is_empty() {
            name = format!("_c{i}");
        }
        if !seen.insert(name.clone()) {
            name = format!("{name}_{i}");
            seen.insert(name.clone());
        }
        names.push(name);
    }
    names
}

fn csv_builder(format: TableFormat, delimiter: u8) -> csv::ReaderBuilder {
    let mut b = csv::ReaderBuilder::new();
    b.delimiter(delimiter)
        .quoting(format == TableFormat::Csv)
        .flexible(true)
        .has_headers(false)
        .buffer_capacity(256 << 10);
    b
}

/// Bytes of a `.csv` file looked at to tell its delimiter.
const SNIFF_BYTES: usize = 64 << 10;

/// The field delimiter of a `.csv` file from its first bytes (`head`, the
/// whole file when `whole`): a comma, unless the complete records there are
/// split the same number of times by a semicolon (as spreadsheets write CSV
/// where the comma is the decimal mark), a tab or a pipe and not by commas.
/// Delimiters inside quoted fields do not count; a lone record counts as
/// consistent.
fn sniff_delimiter(head: &[u8], whole: bool) -> u8 {
    const CANDIDATES: [u8; 4] = [b',', b';', b'\t', b'|'];
    // Per candidate: the count in the first record, and whether every
    // complete record since had the same.
    let mut first: [Option<usize>; 4] = [None; 4];
    let mut consistent = [true; 4];
    let mut counts = [0usize; 4];
    let mut in_quotes = false;
    let mut records = 0;
    let mut end_record = |counts: &mut [usize; 4]| {
        for i in 0..CANDIDATES.len() {
            match first[i] {
                None => first[i] = Some(counts[i]),
                Some(n) => consistent[i] &= n == counts[i],
            }
        }
        *counts = [0; 4];
    };
    // Whether the record so far holds more than white space: a blank line
    // is no record.
    let mut content = false;
    for &b in head {
        match b {
            b'"' => {
                in_quotes = !in_quotes;
                content = true;
            }
            b'\n' if !in_quotes => {
                if content {
                    end_record(&mut counts);
                    records += 1;
                }
                content = false;
            }
            _ if !in_quotes => {
                if let Some(i) = CANDIDATES.iter().position(|&c| c == b) {
                    counts[i] += 1;
                }
                content |= !b.is_ascii_whitespace();
            }
            _ => {}
        }
        if records >= 50 {
            break;
        }
    }
    // The last record counts only when it is known to be complete.
    if whole && content && !in_quotes {
        end_record(&mut counts);
    }
    let usable = |i: usize| consistent[i] && first[i].is_some_and(|n| n > 0);
    if usable(0) {
        return b',';
    }
    (1..CANDIDATES.len())
        .filter(|&i| usable(i))
        .max_by_key(|&i| (first[i], std::cmp::Reverse(i)))
        .map_or(b',', |i| CANDIDATES[i])
}

/// The delimiter a first line such as `sep=;` names (Excel writes one so
/// that the file opens split in any locale).
fn sep_line(head: &[u8]) -> Option<u8> {
    match head {
        [b's', b'e', b'p', b'=', c, rest @ ..]
            if !matches!(c, b'\r' | b'\n' | b'"')
                && matches!(rest, [] | [b'\n', ..] | [b'\r', b'\n', ..]) =>
        {
            Some(*c)
        }
        _ => None,
    }
}

/// The bytes read to tell the delimiter, then the rest of the stream; a read
/// error met while taking them is handed on at their end, where the CSV
/// reader would have met it (the rows before it are still read).
struct Replay<R> {
    head: std::io::Cursor<Vec<u8>>,
    error: Option<std::io::Error>,
    rest: R,
}

impl<R: Read> Replay<R> {
    /// Takes up to `n` bytes from `rest`; also says whether they are all
    /// there is.
    fn new(mut rest: R, n: usize) -> (Self, bool) {
        let mut head = Vec::with_capacity(n.min(SNIFF_BYTES));
        let mut error = None;
        let mut whole = false;
        let mut chunk = [0u8; 8192];
        while head.len() < n {
            let want = chunk.len().min(n - head.len());
            match rest.read(&mut chunk[..want]) {
                Ok(0) => {
                    whole = true;
                    break;
                }
                Ok(k) => head.extend_from_slice(&chunk[..k]),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => {
                    error = Some(e);
                    break;
                }
            }
        }
        let replay = Replay {
            head: std::io::Cursor::new(head),
            error,
            rest,
        };
        (replay, whole)
    }

    fn head(&self) -> &[u8] {
        self.head.get_ref()
    }
}

impl<R: Read> Read for Replay<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.head.read(buf)?;
        if n > 0 || buf.is_empty() {
            return Ok(n);
        }
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        self.rest.read(buf)
    }
}

/// Row counters and problems of a CSV read, across slices.
#[derive(Default)]
struct CsvRows {
    /// Data rows read from the start (exact row numbers).
    row: u64,
    /// Rows read in all.
    scanned: u64,
    ragged: u64,
    first_ragged: Option<(u64, u64, usize, usize)>,
    bad_utf8: u64,
    first_bad_utf8: Option<(u64, u64)>,
    /// A field of a row that is not UTF-8, decoded (see [`windows_1252`]).
    decoded: String,
    /// The delimiter, and whether fields may be quoted (CSV, not TSV).
    layout: (u8, bool),
    /// Per field: the field naming its value's kind, if any (see
    /// [`kind_columns`]).
    kinds: Vec<Option<KindColumn>>,
}

/// Why a run of rows ended.
#[derive(Debug, PartialEq, Eq)]
enum RowsEnd {
    Eof,
    Budget,
    /// The next record starts at or after the slice's end.
    SliceEnd,
    Fatal,
}

/// Reads rows until the end, `budget` rows in all (0: no budget), or a
/// record starting at or after `slice_end` (relative to the reader). In a
/// slice rows have no row number, and records without the header's field
/// count are skipped: an offset can fall inside a quoted field that spans
/// lines, which puts the parser out of step until it ends.
#[allow(clippy::too_many_arguments)]
fn csv_rows<R: Read>(
    rdr: &mut csv::Reader<Recorder<R>>,
    rec: &mut csv::ByteRecord,
    pending: &mut bool,
    cols: &[usize],
    st: &mut CsvRows,
    budget: u64,
    slice_end: Option<u64>,
    table: &mut TableScanner<'_>,
    acc: &mut ObjectAccumulator<'_>,
    problems: &mut Problems,
) -> RowsEnd {
    let exact = slice_end.is_none();
    let mut at = Vec::new();
    loop {
        if !*pending {
            // The last record is done with: its bytes need not be kept.
            let done = rdr.position().byte();
            rdr.get_mut().release(done);
        }
        if budget > 0 && st.scanned >= budget {
            return RowsEnd::Budget;
        }
        if let Some(end) = slice_end {
            if rdr.position().byte() >= end {
                return RowsEnd::SliceEnd;
            }
        }
        let next = if std::mem::take(pending) {
            Ok(true)
        } else {
            rdr.read_byte_record(rec)
        };
        match next {
            Ok(false) => return RowsEnd::Eof,
            Ok(true) => {}
            Err(e) => {
                let (msg, fatal) = csv_read_problem(&e, exact.then_some(st.row));
                if fatal {
                    problems.fatal = Some(msg);
                    return RowsEnd::Fatal;
                }
                problems.items.push(msg);
                if exact {
                    st.row += 1;
                }
                continue;
            }
        }
        if is_blank_record(rec, cols) {
            continue;
        }
        if !exact && rec.len() != cols.len() {
            // Out of step (the offset fell inside a quoted field spanning
            // lines) or ragged: either way no column can be trusted here.
            continue;
        }
        let row = if exact { Some(st.row) } else { None };
        locate_record(rdr, rec, st.layout, &mut at);
        classify_csv_record(rec, cols, st, row, &at, table, acc);
        if exact {
            st.row += 1;
        }
    }
}

/// The problem to report for a CSV record that failed to read, at data row
/// `row` when known (else a row of a sample slice), and whether the stream
/// itself broke (an I/O error ends the read; a bad record does not).
fn csv_read_problem(e: &csv::Error, row: Option<u64>) -> (String, bool) {
    let msg = match row {
        Some(row) => {
            let at = e
                .position()
                .map(|p| format!(" at line {}", p.line()))
                .unwrap_or_default();
            format!("row {row}{at}: {e}")
        }
        None => format!("a sampled row: {e}"),
    };
    (msg, matches!(e.kind(), csv::ErrorKind::Io(_)))
}

/// A blank line in a table of several columns: no row at all.
fn is_blank_record(rec: &csv::ByteRecord, cols: &[usize]) -> bool {
    rec.len() == 1 && rec.get(0).is_some_and(|f| f.is_empty()) && cols.len() > 1
}

/// Where the fields of `rec`, just read by `rdr`, lie in the file (none
/// when its bytes were not kept: a sampled slice, an overlong record).
fn locate_record<R: Read>(
    rdr: &csv::Reader<Recorder<R>>,
    rec: &csv::ByteRecord,
    (delimiter, quoting): (u8, bool),
    out: &mut Vec<Option<FieldAt>>,
) {
    out.clear();
    let Some(pos) = rec.position() else { return };
    if let Some(raw) = rdr.get_ref().raw(pos.byte(), rdr.position().byte()) {
        locate_fields(raw, pos.byte(), pos.line(), rec, delimiter, quoting, out);
    }
}

/// Classifies one CSV record (data row `row`, when known; its fields at
/// `at` in the file, where known) and counts it.
fn classify_csv_record(
    rec: &csv::ByteRecord,
    cols: &[usize],
    st: &mut CsvRows,
    row: Option<u64>,
    at: &[Option<FieldAt>],
    table: &mut TableScanner<'_>,
    acc: &mut ObjectAccumulator<'_>,
) {
    let line = || rec.position().map_or(0, |p| p.line());
    if rec.len() != cols.len() {
        st.ragged += 1;
        if let Some(row) = row {
            st.first_ragged
                .get_or_insert((row, line(), rec.len(), cols.len()));
        }
    }
    let utf8 = crate::engine::str_of(rec.as_slice()).is_ok();
    if !utf8 {
        st.bad_utf8 += 1;
        if let Some(row) = row {
            st.first_bad_utf8.get_or_insert((row, line()));
        }
    }
    for (i, field) in rec.iter().enumerate().take(cols.len()) {
        if is_null_token(field.trim_ascii()) {
            table.null(cols[i]);
        } else if !utf8 && crate::engine::str_of(field).is_err() {
            // Legacy exports (spreadsheets saved as "CSV" on Western
            // European systems) are Windows-1252: `Müller` must reach the
            // name rules as a name, not as bytes no rule reads.
            // Decoded, its bytes are not the file's: found by column and
            // row only.
            windows_1252(field, &mut st.decoded);
            table.cell_at(acc, cols[i], row, st.decoded.as_bytes());
        } else {
            let place = match at.get(i).copied().flatten() {
                Some(FieldAt { start, line }) => CellAt::Offset { start, line, row },
                None => CellAt::Row(row),
            };
            let described = st.kinds.get(i).copied().flatten().and_then(|k| {
                let kind = k.kind(rec.get(k.at)?)?;
                Some(Described::ByKindColumn(kind))
            });
            table.cell_in(acc, cols[i], place, field, described);
        }
    }
    st.scanned += 1;
    table.rows_scanned = st.scanned;
}

/// Reads the rest of a stream after its head sample, keeps a [`Reservoir`]
/// of `keep` rows and classifies them in row order. Returns `Eof` when the
/// reservoir held every remaining row (the table was read whole), `Budget`
/// when it is a sample (`rows_total` is then set from the rows counted),
/// `Fatal` when the stream broke (the rows kept so far are classified).
#[allow(clippy::too_many_arguments)]
fn csv_reservoir<R: Read>(
    rdr: &mut csv::Reader<Recorder<R>>,
    rec: &mut csv::ByteRecord,
    cols: &[usize],
    st: &mut CsvRows,
    keep: u64,
    table: &mut TableScanner<'_>,
    acc: &mut ObjectAccumulator<'_>,
    problems: &mut Problems,
) -> RowsEnd {
    let mut reservoir = Reservoir::new(keep);
    let end = loop {
        let done = rdr.position().byte();
        rdr.get_mut().release(done);
        match rdr.read_byte_record(rec) {
            Ok(false) => break RowsEnd::Eof,
            Ok(true) => {}
            Err(e) => {
                let (msg, fatal) = csv_read_problem(&e, Some(st.row));
                if fatal {
                    problems.fatal = Some(msg);
                    break RowsEnd::Fatal;
                }
                problems.items.push(msg);
                st.row += 1;
                continue;
            }
        }
        if is_blank_record(rec, cols) {
            continue;
        }
        let size = rec.as_slice().len() + 40 * rec.len();
        let layout = st.layout;
        reservoir.offer(st.row, size, || {
            let mut at = Vec::new();
            locate_record(rdr, rec, layout, &mut at);
            (rec.clone(), at)
        });
        st.row += 1;
    };
    let whole = reservoir.kept_all();
    for (row, (kept, at)) in reservoir.into_rows() {
        classify_csv_record(&kept, cols, st, Some(row), &at, table, acc);
    }
    reservoir_end(end, whole, st.row, table)
}

/// How a reservoir read ended: a stream read to its end whose every row was
/// kept is a whole table (`Eof`); one sampled is `Budget`, with its row
/// count, now known, as `rows_total`; a broken stream stays as it ended.
fn reservoir_end(end: RowsEnd, kept_all: bool, rows: u64, table: &mut TableScanner<'_>) -> RowsEnd {
    match end {
        RowsEnd::Eof if kept_all => RowsEnd::Eof,
        RowsEnd::Eof => {
            table.rows_total = Some(rows);
            RowsEnd::Budget
        }
        other => other,
    }
}

/// Returns whether the whole file was read (not stopped by sampling or an error).
fn read_csv(
    format: TableFormat,
    reader: &mut dyn Read,
    limit: u64,
    spread: &mut Spread<'_>,
    table: &mut TableScanner<'_>,
    acc: &mut ObjectAccumulator<'_>,
    problems: &mut Problems,
) -> bool {
    let (replay, whole) = Replay::new(
        reader,
        if format == TableFormat::Csv {
            SNIFF_BYTES
        } else {
            0
        },
    );
    let sep = (format == TableFormat::Csv)
        .then(|| sep_line(replay.head()))
        .flatten();
    let delimiter = match format {
        TableFormat::Tsv => b'\t',
        _ => sep.unwrap_or_else(|| sniff_delimiter(replay.head(), whole)),
    };
    let mut rdr = csv_builder(format, delimiter).from_reader(Recorder::new(replay));
    let mut rec = csv::ByteRecord::new();
    // After Excel's `sep=;` line (see `sep_line`), the header is the second
    // record.
    let header_at = if sep.is_some() { 2 } else { 1 };
    for _ in 0..header_at {
        match rdr.read_byte_record(&mut rec) {
            Ok(true) => {}
            Ok(false) => return true, // empty file: a table with no columns
            Err(e) => {
                problems.fatal = Some(format!("cannot read the header row: {e}"));
                return false;
            }
        }
    }
    if rec.len() > MAX_COLUMNS {
        problems.not_a_table = Some(format!(
            "the header row names {} columns (limit {MAX_COLUMNS})",
            rec.len()
        ));
        return false;
    }
    // A first row holding data (an email, an SSN) is no header: the file
    // has none, and those values must not become column names.
    let headerless = rec.iter().any(|f| table.name_holds_values(f));
    let names = if headerless {
        (0..rec.len()).map(|i| format!("_c{i}")).collect()
    } else {
        header_names(&rec)
    };
    if std::str::from_utf8(rec.as_slice()).is_err() {
        problems
            .items
            .push("invalid UTF-8 in the header row (names read as Windows-1252)".into());
    }
    let cols: Vec<usize> = names.iter().map(|n| table.column(n)).collect();
    let mut st = CsvRows {
        layout: (delimiter, format == TableFormat::Csv),
        kinds: kind_columns(&names),
        ..CsvRows::default()
    };
    let mut pending = headerless;
    let segments = spread.segments(limit);
    let stream = spread.streamed(limit);
    let first = if stream {
        limit / 2
    } else {
        limit.div_ceil(segments)
    };
    let mut end = csv_rows(
        &mut rdr,
        &mut rec,
        &mut pending,
        &cols,
        &mut st,
        first,
        None,
        table,
        acc,
        problems,
    );
    if end == RowsEnd::Budget && stream {
        let keep = limit - st.scanned;
        let end = csv_reservoir(
            &mut rdr, &mut rec, &cols, &mut st, keep, table, acc, problems,
        );
        summarize(problems, &st);
        return end == RowsEnd::Eof;
    }
    if end == RowsEnd::Budget && first < limit {
        if spread.worth_it(st.scanned, rdr.position().byte(), limit) {
            let share = (limit - st.scanned) / (segments - 1);
            for (start, stop) in spread.slices(segments) {
                let budget = st.scanned + share;
                let opened = spread.open_at(start);
                let (br, at) = match opened {
                    Ok(x) => x,
                    Err(e) => {
                        problems.fatal = Some(format!("read failed at byte {start}: {e}"));
                        break;
                    }
                };
                let mut slice =
                    csv_builder(format, delimiter).from_reader(Recorder::passthrough(br));
                let mut no_pending = false;
                let end = csv_rows(
                    &mut slice,
                    &mut rec,
                    &mut no_pending,
                    &cols,
                    &mut st,
                    budget,
                    Some(stop.saturating_sub(at)),
                    table,
                    acc,
                    problems,
                );
                if end == RowsEnd::Fatal {
                    break;
                }
            }
            summarize(problems, &st);
            return false;
        }
        end = csv_rows(
            &mut rdr,
            &mut rec,
            &mut pending,
            &cols,
            &mut st,
            limit,
            None,
            table,
            acc,
            problems,
        );
    }
    summarize(problems, &st);
    end == RowsEnd::Eof
}

fn summarize(problems: &mut Problems, st: &CsvRows) {
    if st.ragged > 0 {
        problems.items.push(match st.first_ragged {
            Some((row, line, got, want)) => format!(
                "ragged rows: {} row(s) do not have the header's {want} fields (first: row {row} at line {line} has {got}); extra fields ignored",
                st.ragged
            ),
            None => format!(
                "ragged rows: {} sampled row(s) do not have the header's field count; extra fields ignored",
                st.ragged
            ),
        });
    }
    if st.bad_utf8 > 0 {
        problems.items.push(match st.first_bad_utf8 {
            Some((row, line)) => format!(
                "invalid UTF-8 in {} row(s) (first: row {row} at line {line}); read as Windows-1252",
                st.bad_utf8
            ),
            None => format!(
                "invalid UTF-8 in {} sampled row(s); read as Windows-1252",
                st.bad_utf8
            ),
        });
    }
}

/// Feeds one JSON value (a record) into the table, flattening nested objects
/// into dotted paths and arrays into `field[]`. With `located` (the JSON
/// text the value was parsed from), strings are found where the file holds
/// them and their findings carry offsets as well as their column.
fn flatten(
    table: &mut TableScanner<'_>,
    acc: &mut ObjectAccumulator<'_>,
    row: Option<u64>,
    path: &mut String,
    v: &Json<'_>,
    located: Option<&Located<'_>>,
) {
    // A top-level scalar has the empty path; its column is `$`.
    fn name(p: &str) -> &str {
        if p.is_empty() {
            "$"
        } else {
            p
        }
    }
    let at = |s: &str| {
        located
            .and_then(|l| l.find(s, row))
            .unwrap_or(CellAt::Row(row))
    };
    match v {
        Json::Object(entries) => {
            let described = record_describes_value(entries);
            for (k, child) in entries {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                if let (Some(word), "value" | "val", Json::Str(value)) =
                    (described, k.as_ref(), child)
                {
                    path.push_str(k);
                    let c = table.column(path);
                    let described = Some(Described::InRecord(word));
                    table.cell_in(acc, c, at(value), value.as_bytes(), described);
                    path.truncate(len);
                    continue;
                }
                if table.name_holds_values(k.as_bytes()) {
                    // The key is a value (a map keyed by email, say): it is
                    // classified as a cell of the `{key}` column.
                    path.push_str(DATA_KEY);
                    let c = table.column(path);
                    table.cell_in(acc, c, at(k), k.as_bytes(), None);
                } else {
                    path.push_str(k);
                }
                flatten(table, acc, row, path, child, located);
                path.truncate(len);
            }
        }
        Json::Array(items) => {
            let len = path.len();
            path.push_str("[]");
            for item in items {
                flatten(table, acc, row, path, item, located);
            }
            path.truncate(len);
        }
        Json::Null => {
            let c = table.column(name(path));
            table.null(c);
        }
        Json::Bool => {
            let c = table.column(name(path));
            table.opaque(c, 4);
        }
        Json::Int(n) => {
            let c = table.column(name(path));
            let mut buf = itoa_buf();
            let s = super::format_u64(*n, &mut buf);
            table.number(acc, c, row, s);
        }
        Json::Float => {
            let c = table.column(name(path));
            table.opaque(c, 8);
        }
        Json::Str(s) => {
            let c = table.column(name(path));
            table.cell_in(acc, c, at(s), s.as_bytes(), None);
        }
    }
}

/// JSON text read whole (a document, or one JSON line), for finding its
/// strings where the file holds them: a string parsed without escapes
/// borrows its bytes from the text, so where it points is where it is.
struct Located<'d> {
    text: &'d str,
    /// Where `text` starts in the file (in the decompressed stream of a
    /// `.gz`).
    base: u64,
    /// The line `text` starts on.
    first_line: u64,
    /// Offsets of the text's line feeds, for line numbers.
    newlines: Vec<usize>,
    /// Whether the text holds rows (JSON lines, an array of records),
    /// whose findings carry their row too; a document is one record and
    /// its located findings have none.
    rows: bool,
}

impl<'d> Located<'d> {
    /// A whole file: a document (`rows` false) or an array of records.
    fn whole(text: &'d str, rows: bool) -> Self {
        Located {
            text,
            base: 0,
            first_line: 1,
            newlines: memchr::memchr_iter(b'\n', text.as_bytes()).collect(),
            rows,
        }
    }

    /// One JSON line, `base` bytes into the file, on line `line` (a line
    /// holds no line feed: none is looked for).
    fn line(text: &'d str, base: u64, line: u64) -> Self {
        Located {
            text,
            base,
            first_line: line,
            newlines: Vec::new(),
            rows: true,
        }
    }

    /// Where `s` of data row `row` lies in the file, when it lies in the
    /// text (a string with escapes was unescaped into a copy: it is found
    /// by column and row only).
    fn find(&self, s: &str, row: Option<u64>) -> Option<CellAt> {
        let at = (s.as_ptr() as usize).checked_sub(self.text.as_ptr() as usize)?;
        if at + s.len() > self.text.len() {
            return None;
        }
        let line = self.newlines.partition_point(|&nl| nl < at) as u64;
        Some(CellAt::Offset {
            start: self.base + at as u64,
            line: self.first_line + line,
            row: row.filter(|_| self.rows),
        })
    }
}

/// What an entity-attribute-value record says its `value` holds, as a
/// column-name word: FHIR identifiers and contact points name it by a
/// system (`"system": "http://hl7.org/fhir/sid/us-ssn"`, `"system":
/// "phone"`), a v2-0203 type code (`"type": {"coding": [{"code": "MR"}]}`)
/// or a type's text (`Driver's license`); other records by a `name`, `key`,
/// `field`, `label`, `type` or `kind` string (`{"name": "ssn", "value":
/// ...}`). `None` when the record has no `value` string or says nothing
/// known.
fn record_describes_value<'v>(entries: &'v [(Cow<'_, str>, Json<'_>)]) -> Option<&'v str> {
    /// The value of an object's entry `name`.
    fn entry<'v, 'a>(entries: &'v [(Cow<'a, str>, Json<'a>)], name: &str) -> Option<&'v Json<'a>> {
        entries.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }
    let field = |name: &str| entry(entries, name);
    if !matches!(field("value").or_else(|| field("val")), Some(Json::Str(_))) {
        return None;
    }
    let text = |v: Option<&'v Json<'_>>| match v {
        Some(Json::Str(s)) => Some(s.as_ref()),
        _ => None,
    };
    // A type code first: it is the most specific (an MRN under a
    // hospital's own OID system); then the type's text (`Driver's
    // license`).
    let mut type_text = None;
    if let Some(Json::Object(ty)) = field("type") {
        if let Some(Json::Array(codings)) = entry(ty, "coding") {
            for coding in codings {
                if let Json::Object(c) = coding {
                    if let Some(word) = text(entry(c, "code")).and_then(identifier_type_word) {
                        return Some(word);
                    }
                }
            }
        }
        type_text = text(entry(ty, "text"));
    }
    if let Some(system) = text(field("system")) {
        if let Some(word) = identifier_system_word(system) {
            return Some(word);
        }
    }
    type_text
        .or_else(|| {
            ["name", "key", "field", "label", "type", "kind"]
                .iter()
                .find_map(|k| text(field(k)))
        })
        .filter(|w| w.len() <= 64 && w.bytes().any(|b| b.is_ascii_alphabetic()))
}

/// HL7 v2 table 0203 identifier type codes (FHIR `Identifier.type`), as the
/// column names the rules know.
fn identifier_type_word(code: &str) -> Option<&'static str> {
    Some(match code {
        "MR" | "MRN" | "PI" => "mrn",
        "SS" | "SSN" | "SB" => "ssn",
        "DL" => "drivers_license",
        "PPN" => "passport",
        "NPI" => "npi",
        "DEA" => "dea",
        "TAX" => "tax_id",
        "EN" => "ein",
        "MC" => "medicare_id",
        "AN" | "BA" => "account_number",
        _ => return None,
    })
}

/// A word for an identifier system: FHIR's naming systems
/// (`http://hl7.org/fhir/sid/us-ssn`, `.../us-npi`, `.../us-mbi`,
/// `.../passport-USA`, `https://fhir.nhs.uk/Id/nhs-number`), the SSN and
/// NPI OIDs, or a plain word (`phone`, `email` of a contact point).
fn identifier_system_word(system: &str) -> Option<&str> {
    let tail = system
        .trim_end_matches('/')
        .rsplit(['/', '#'])
        .next()
        .unwrap_or(system);
    let oid = tail.strip_prefix("urn:oid:").unwrap_or(tail);
    if oid == "2.16.840.1.113883.4.1" {
        return Some("ssn");
    }
    if oid == "2.16.840.1.113883.4.6" {
        return Some("npi");
    }
    // The arcs of US state driver's licences and of passports, by state
    // and by country.
    if oid.starts_with("2.16.840.1.113883.4.3.") {
        return Some("drivers_license");
    }
    if oid.starts_with("2.16.840.1.113883.4.330.") {
        return Some("passport");
    }
    let lower = tail.to_ascii_lowercase();
    let known = [
        ("ssn", "ssn"),
        ("npi", "npi"),
        ("mbi", "mbi"),
        ("passport", "passport"),
        ("nhs-number", "nhs_number"),
        ("driver", "drivers_license"),
        ("drivers", "drivers_license"),
        ("dea", "dea"),
    ];
    if let Some((_, word)) = known.iter().find(|(part, _)| {
        lower
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| w == *part)
            || (part.contains('-') && lower.contains(part))
    }) {
        return Some(word);
    }
    // A plain word (a contact point's `phone`), not a URI or an OID.
    (tail == system && tail.len() <= 32 && tail.bytes().all(|b| b.is_ascii_alphabetic()))
        .then_some(tail)
}

fn itoa_buf() -> [u8; 24] {
    [0u8; 24]
}

/// Row counters and problems of a JSON lines read, across slices.
#[derive(Default)]
struct JsonRows {
    /// Lines read from the start (exact line numbers).
    line_no: u64,
    /// Bytes read from the start (exact offsets).
    offset: u64,
    /// Data rows read from the start (exact row numbers).
    row: u64,
    /// Rows read in all.
    scanned: u64,
    bad: u64,
    first_bad: Option<String>,
    bad_utf8: u64,
    first_bad_utf8: Option<u64>,
}

/// Reads JSON lines until the end, `budget` rows in all (0: no budget), or
/// a line starting at or after `slice_end` bytes into `br` (a slice: rows
/// and lines have no number there).
#[allow(clippy::too_many_arguments)]
fn json_rows(
    br: &mut dyn BufRead,
    st: &mut JsonRows,
    budget: u64,
    slice_end: Option<u64>,
    table: &mut TableScanner<'_>,
    acc: &mut ObjectAccumulator<'_>,
    problems: &mut Problems,
) -> RowsEnd {
    let exact = slice_end.is_none();
    let mut line = Vec::with_capacity(4096);
    let mut path = String::new();
    let mut offset = 0u64;
    loop {
        if budget > 0 && st.scanned >= budget {
            return RowsEnd::Budget;
        }
        if slice_end.is_some_and(|end| offset >= end) {
            return RowsEnd::SliceEnd;
        }
        line.clear();
        let line_start = st.offset;
        match br.read_until(b'\n', &mut line) {
            Ok(0) => return RowsEnd::Eof,
            Ok(n) => {
                offset += n as u64;
                if exact {
                    st.offset += n as u64;
                }
            }
            Err(e) => {
                problems.fatal = Some(if exact {
                    format!("read failed after line {}: {e}", st.line_no)
                } else {
                    format!("read failed in a sampled slice: {e}")
                });
                return RowsEnd::Fatal;
            }
        }
        if exact {
            st.line_no += 1;
        }
        // A UTF-8 byte-order mark before the first line (editors on Windows
        // write one) is no part of its JSON.
        let text = line.trim_ascii();
        let text = text.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(text);
        if text.is_empty() {
            continue;
        }
        let at = exact.then(|| LineAt {
            row: st.row,
            line: st.line_no,
            offset: line_start + (text.as_ptr() as usize - line.as_ptr() as usize) as u64,
        });
        classify_json_line(text, at, st, &mut path, table, acc);
        if exact {
            st.row += 1;
        }
    }
}

/// Where a JSON line is, when known (not in a slice sampled mid-file).
#[derive(Debug, Clone, Copy)]
struct LineAt {
    /// Its data row.
    row: u64,
    /// Its line number.
    line: u64,
    /// Where its text starts in the file (in the decompressed stream).
    offset: u64,
}

/// Classifies one non-blank JSON line (at `at`, when known) and counts it.
fn classify_json_line(
    text: &[u8],
    at: Option<LineAt>,
    st: &mut JsonRows,
    path: &mut String,
    table: &mut TableScanner<'_>,
    acc: &mut ObjectAccumulator<'_>,
) {
    let where_ = || match at {
        Some(LineAt { line, .. }) => format!("line {line}"),
        None => "a sampled line".to_string(),
    };
    // Invalid UTF-8 is read again through a lossy copy, which the parsed
    // value then borrows from.
    let lossy;
    // The line's strings are found where the file holds them (a lossy
    // copy's are not).
    let mut located = None;
    let parsed = match crate::engine::str_of(text) {
        // Checked once for the whole line: parsed from a `&str`, serde_json
        // does not check each string again (from bytes it does).
        Ok(valid) => {
            located = at.map(|at| Located::line(valid, at.offset, at.line));
            serde_json::from_str::<Json>(valid)
        }
        Err(_) => {
            st.bad_utf8 += 1;
            if let Some(LineAt { line, .. }) = at {
                st.first_bad_utf8.get_or_insert(line);
            }
            lossy = String::from_utf8_lossy(text).into_owned();
            // A line that fails either way is reported with the error of
            // its raw bytes.
            serde_json::from_str::<Json>(&lossy).map_err(|lossy_error| {
                serde_json::from_slice::<Json>(text)
                    .err()
                    .unwrap_or(lossy_error)
            })
        }
    };
    match parsed {
        Ok(v @ Json::Object(_)) => {
            path.clear();
            flatten(table, acc, at.map(|at| at.row), path, &v, located.as_ref());
        }
        Ok(_) => {
            st.bad += 1;
            st.first_bad
                .get_or_insert_with(|| format!("{}: not a JSON object", where_()));
        }
        Err(e) => {
            st.bad += 1;
            st.first_bad
                .get_or_insert_with(|| format!("{}: {e}", where_()));
        }
    }
    st.scanned += 1;
    table.rows_scanned = st.scanned;
}

/// [`csv_reservoir`] for JSON lines: the rest of a stream after its head
/// sample, `keep` lines kept and classified in row order.
fn json_reservoir(
    br: &mut dyn BufRead,
    st: &mut JsonRows,
    keep: u64,
    table: &mut TableScanner<'_>,
    acc: &mut ObjectAccumulator<'_>,
    problems: &mut Problems,
) -> RowsEnd {
    let mut reservoir: Reservoir<(u64, u64, Vec<u8>)> = Reservoir::new(keep);
    let mut line = Vec::with_capacity(4096);
    let end = loop {
        line.clear();
        let line_start = st.offset;
        match br.read_until(b'\n', &mut line) {
            Ok(0) => break RowsEnd::Eof,
            Ok(n) => st.offset += n as u64,
            Err(e) => {
                problems.fatal = Some(format!("read failed after line {}: {e}", st.line_no));
                break RowsEnd::Fatal;
            }
        }
        st.line_no += 1;
        let text = line.trim_ascii();
        if text.is_empty() {
            continue;
        }
        let line_no = st.line_no;
        let offset = line_start + (text.as_ptr() as usize - line.as_ptr() as usize) as u64;
        reservoir.offer(st.row, text.len() + 40, || (line_no, offset, text.to_vec()));
        st.row += 1;
    };
    let whole = reservoir.kept_all();
    let mut path = String::new();
    for (row, (line, offset, text)) in reservoir.into_rows() {
        let at = LineAt { row, line, offset };
        classify_json_line(&text, Some(at), st, &mut path, table, acc);
    }
    reservoir_end(end, whole, st.row, table)
}

/// One record per line.
fn read_json_lines(
    reader: &mut dyn Read,
    limit: u64,
    spread: &mut Spread<'_>,
    table: &mut TableScanner<'_>,
    acc: &mut ObjectAccumulator<'_>,
    problems: &mut Problems,
) -> bool {
    let mut br = BufReader::with_capacity(256 << 10, reader);
    let mut st = JsonRows::default();
    let segments = spread.segments(limit);
    let stream = spread.streamed(limit);
    let first = if stream {
        limit / 2
    } else {
        limit.div_ceil(segments)
    };
    let mut counted = CountingBufRead {
        inner: &mut br,
        consumed: 0,
    };
    let mut end = json_rows(&mut counted, &mut st, first, None, table, acc, problems);
    if end == RowsEnd::Budget && stream {
        let keep = limit - st.scanned;
        end = json_reservoir(&mut counted, &mut st, keep, table, acc, problems);
    } else if end == RowsEnd::Budget && first < limit {
        if spread.worth_it(st.scanned, counted.consumed, limit) {
            let share = (limit - st.scanned) / (segments - 1);
            for (start, stop) in spread.slices(segments) {
                let budget = st.scanned + share;
                let (mut slice, at) = match spread.open_at(start) {
                    Ok(x) => x,
                    Err(e) => {
                        problems.fatal = Some(format!("read failed at byte {start}: {e}"));
                        break;
                    }
                };
                let end = json_rows(
                    &mut slice,
                    &mut st,
                    budget,
                    Some(stop.saturating_sub(at)),
                    table,
                    acc,
                    problems,
                );
                if end == RowsEnd::Fatal {
                    break;
                }
            }
            end = RowsEnd::Budget;
        } else {
            end = json_rows(&mut counted, &mut st, limit, None, table, acc, problems);
        }
    }
    if let Some(first) = &st.first_bad {
        problems.items.push(format!(
            "{} line(s) are not valid JSON objects and were skipped (first: {first})",
            st.bad
        ));
    }
    if st.bad_utf8 > 0 {
        problems.items.push(match st.first_bad_utf8 {
            Some(first) => format!(
                "invalid UTF-8 in {} line(s) (first: line {first}); read lossily",
                st.bad_utf8
            ),
            None => format!(
                "invalid UTF-8 in {} sampled line(s); read lossily",
                st.bad_utf8
            ),
        });
    }
    end == RowsEnd::Eof
}

/// Counts the bytes consumed from a `BufRead` (to estimate row sizes).
struct CountingBufRead<'a> {
    inner: &'a mut dyn BufRead,
    consumed: u64,
}

impl Read for CountingBufRead<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.consumed += n as u64;
        Ok(n)
    }
}

impl BufRead for CountingBufRead<'_> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.inner.fill_buf()
    }
    fn consume(&mut self, amt: usize) {
        self.consumed += amt as u64;
        self.inner.consume(amt)
    }
}

/// A JSON document, read whole (up to [`super::MAX_JSON_DOCUMENT`] bytes
/// and [`super::MAX_JSON_DOCUMENT_VALUES`] values) and classified as one
/// record whose findings carry offsets. A document that is larger, not
/// UTF-8 or not JSON is scanned as text, as it always was (nothing is lost
/// but column labels it could not have).
fn read_json_document(
    reader: &mut dyn Read,
    table: &mut TableScanner<'_>,
    acc: &mut ObjectAccumulator<'_>,
    problems: &mut Problems,
) -> bool {
    let cap = super::MAX_JSON_DOCUMENT;
    let mut doc = Vec::new();
    let as_text = |why: String, problems: &mut Problems| {
        problems.not_a_table = Some(why);
        false
    };
    match reader.take(cap + 1).read_to_end(&mut doc) {
        Ok(_) if doc.len() as u64 > cap => {
            return as_text(format!("larger than {} MiB", cap >> 20), problems)
        }
        Ok(_) => {}
        // The text scan reads it again and reports what fails.
        Err(e) => return as_text(format!("read failed: {e}"), problems),
    }
    if memchr::memchr_iter(b',', &doc).count() > super::MAX_JSON_DOCUMENT_VALUES {
        return as_text(
            format!("more than {} values", super::MAX_JSON_DOCUMENT_VALUES),
            problems,
        );
    }
    let Ok(text) = std::str::from_utf8(&doc) else {
        return as_text("not UTF-8".into(), problems);
    };
    let value = match serde_json::from_str::<Json>(text) {
        Ok(v @ Json::Object(_)) => v,
        Ok(_) => return as_text("not a JSON object".into(), problems),
        // Cut short (a copy or upload that stopped): JSON up to its end,
        // so a damaged document, not text that looked like JSON.
        Err(e) if e.is_eof() => {
            problems.damaged = true;
            return as_text(
                format!(
                    "it ends early, at line {} column {}: cut short",
                    e.line(),
                    e.column()
                ),
                problems,
            );
        }
        Err(e) => return as_text(format!("not JSON: {e}"), problems),
    };
    let located = Located::whole(text, false);
    let mut path = String::new();
    flatten(table, acc, Some(0), &mut path, &value, Some(&located));
    table.rows_scanned = 1;
    true
}

/// A JSON array of records: read whole when it is no larger than a
/// document read whole ([`super::MAX_JSON_DOCUMENT`]) and UTF-8, so that
/// its strings are found where the file holds them (a chat or API export
/// is a small file read as a log is: by line and offset); streamed element
/// by element otherwise, its findings placed by column and row.
fn read_json_array(
    reader: &mut dyn Read,
    limit: u64,
    table: &mut TableScanner<'_>,
    acc: &mut ObjectAccumulator<'_>,
    problems: &mut Problems,
) -> bool {
    use serde::de::{DeserializeSeed, SeqAccess, Visitor};
    struct Seed<'x, 'e, 'a, 'c> {
        table: &'x mut TableScanner<'e>,
        acc: &'x mut ObjectAccumulator<'a>,
        limit: u64,
        stopped: &'x mut bool,
        located: Option<&'x Located<'c>>,
    }
    impl<'de> Visitor<'de> for Seed<'_, '_, '_, '_> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an array of records")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            let mut row = 0u64;
            let mut path = String::new();
            loop {
                if self.limit > 0 && row >= self.limit {
                    *self.stopped = true;
                    return Ok(());
                }
                match seq.next_element::<Json>()? {
                    None => return Ok(()),
                    Some(v) => {
                        path.clear();
                        flatten(self.table, self.acc, Some(row), &mut path, &v, self.located);
                        row += 1;
                        self.table.rows_scanned = row;
                    }
                }
            }
        }
    }
    impl<'de> DeserializeSeed<'de> for Seed<'_, '_, '_, '_> {
        type Value = ();
        fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
            d.deserialize_seq(self)
        }
    }
    let cap = super::MAX_JSON_DOCUMENT;
    let mut head = Vec::new();
    if let Err(e) = reader.take(cap + 1).read_to_end(&mut head) {
        problems.fatal = Some(format!("read failed: {e}"));
        return false;
    }
    let mut stopped = false;
    let whole = (head.len() as u64 <= cap)
        .then(|| std::str::from_utf8(&head).ok())
        .flatten();
    let result = match whole {
        Some(text) => {
            let located = Located::whole(text, true);
            let mut de = serde_json::Deserializer::from_str(text);
            Seed {
                table,
                acc,
                limit,
                stopped: &mut stopped,
                located: Some(&located),
            }
            .deserialize(&mut de)
        }
        None => {
            let rest = std::io::Cursor::new(&head).chain(reader);
            let br = BufReader::with_capacity(256 << 10, rest);
            let mut de = serde_json::Deserializer::from_reader(br);
            Seed {
                table,
                acc,
                limit,
                stopped: &mut stopped,
                located: None,
            }
            .deserialize(&mut de)
        }
    };
    if stopped {
        return false;
    }
    match result {
        Ok(()) => true,
        Err(e) => {
            problems.fatal = Some(format!(
                "invalid JSON at line {} column {} after {} record(s): {e}",
                e.line(),
                e.column(),
                table.rows_scanned
            ));
            false
        }
    }
}

#[cfg(test)]
mod reservoir_tests {
    use super::*;

    #[test]
    fn reservoir_keeps_all_until_full_then_samples_uniformly_and_reproducibly() {
        let mut small = Reservoir::new(10);
        for row in 0..7 {
            small.offer(row, 1, || row);
        }
        assert!(small.kept_all());
        assert_eq!(small.into_rows().len(), 7);

        let sample = |seed_rows: u64| {
            let mut r = Reservoir::new(1000);
            for row in 0..seed_rows {
                r.offer(row, 10, || row);
            }
            assert!(!r.kept_all());
            r.into_rows()
        };
        let rows = sample(100_000);
        assert_eq!(rows.len(), 1000);
        assert!(rows.windows(2).all(|w| w[0].0 < w[1].0), "row order");
        // Each tenth of the stream holds about a tenth of the sample.
        for decile in 0..10u64 {
            let n = rows.iter().filter(|(r, _)| r / 10_000 == decile).count();
            assert!((60..=140).contains(&n), "decile {decile}: {n}");
        }
        assert_eq!(rows, sample(100_000), "fixed seed");
    }

    #[test]
    fn reservoir_respects_its_byte_bound() {
        let mut r = Reservoir::new(1_000_000);
        let big = RESERVOIR_BYTES / 4 + 1;
        for row in 0..10 {
            r.offer(row, big, || row);
        }
        assert!(r.bytes <= RESERVOIR_BYTES);
        assert_eq!(r.into_rows().len(), 3);
    }
}

#[cfg(test)]
mod delimiter_tests {
    use super::*;

    #[test]
    fn the_delimiter_is_the_one_that_splits_every_record_alike() {
        let sniff = |s: &str| sniff_delimiter(s.as_bytes(), true) as char;
        assert_eq!(sniff("a,b,c\n1,2,3\n"), ',');
        assert_eq!(
            sniff("name;email;amount\nAnna;a@x.de;12,50\nPaul;p@x.de;3,99\n"),
            ';'
        );
        assert_eq!(sniff("a|b|c\n1|2|3\n"), '|');
        assert_eq!(sniff("a\tb\n1\t2\n"), '\t');
        // A comma inside quotes is no delimiter; commas that split every
        // record win over anything else.
        assert_eq!(sniff("\"Smith, John\";x\n\"Roe, Jane\";y\n"), ';');
        assert_eq!(sniff("a,b;c\n1,2;3\n"), ',');
        // Decimal commas split records unevenly: the semicolon stays.
        assert_eq!(sniff("id;price\n1;3,5\n2;12\n"), ';');
        // Blank and CRLF lines, a header alone, a one-column file.
        assert_eq!(sniff("a;b\r\n\r\n1;2\r\n"), ';');
        assert_eq!(sniff("a;b;c"), ';');
        assert_eq!(sniff("just one column\nmore\n"), ',');
        assert_eq!(sniff(""), ',');
        // A record cut at the end of the sample does not count.
        assert_eq!(sniff_delimiter(b"a;b\n1;2\n3;", false), b';');
    }

    #[test]
    fn an_excel_sep_line_names_the_delimiter() {
        assert_eq!(sep_line(b"sep=;\r\nname;ssn\r\n"), Some(b';'));
        assert_eq!(sep_line(b"sep=|\nname|ssn\n"), Some(b'|'));
        assert_eq!(sep_line(b"sep=,"), Some(b','));
        assert_eq!(sep_line(b"sep=;x\nname"), None);
        assert_eq!(sep_line(b"separator,name\n"), None);
        assert_eq!(sep_line(b"name,sep\n"), None);
    }

    #[test]
    fn replay_hands_back_the_sample_then_the_rest_and_an_error_where_it_was() {
        let data: Vec<u8> = (0..100u8).collect();
        let (mut r, whole) = Replay::new(&data[..], 30);
        assert!(!whole);
        assert_eq!(r.head().len(), 30);
        let mut all = Vec::new();
        r.read_to_end(&mut all).unwrap();
        assert_eq!(all, data);

        let (r, whole) = Replay::new(&data[..10], 30);
        assert!(whole);
        assert_eq!(r.head(), &data[..10]);

        struct Failing(bool);
        impl Read for Failing {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                if std::mem::replace(&mut self.0, true) {
                    Err(std::io::Error::other("truncated"))
                } else {
                    buf[..3].copy_from_slice(b"a;b");
                    Ok(3)
                }
            }
        }
        let (mut r, whole) = Replay::new(Failing(false), 30);
        assert!(!whole);
        let mut buf = [0u8; 8];
        assert_eq!(r.read(&mut buf).unwrap(), 3);
        assert_eq!(r.read(&mut buf).unwrap_err().to_string(), "truncated");
    }
}

#[cfg(test)]
mod windows_1252_tests {
    use super::*;

    #[test]
    fn windows_1252_decodes_every_byte() {
        let mut out = String::from("stale");
        windows_1252(b"J\xfcrgen M\xfcller \x80 \x92s \x81", &mut out);
        assert_eq!(out, "Jürgen Müller € ’s \u{81}");
        // Every byte is one character, and the upper half past 0x9F is
        // Latin-1.
        let all: Vec<u8> = (0..=255).collect();
        windows_1252(&all, &mut out);
        assert_eq!(out.chars().count(), 256);
        for (b, c) in (0xA0u32..=0xFF).zip(out.chars().skip(0xA0)) {
            assert_eq!(c as u32, b);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> Json<'_> {
        serde_json::from_str(json).unwrap()
    }

    fn described(json: &str) -> Option<String> {
        match parse(json) {
            Json::Object(entries) => record_describes_value(&entries).map(str::to_string),
            _ => panic!("not an object"),
        }
    }

    #[test]
    fn identifier_systems_name_their_kind() {
        let word = identifier_system_word;
        assert_eq!(word("http://hl7.org/fhir/sid/us-ssn"), Some("ssn"));
        assert_eq!(word("http://hl7.org/fhir/sid/us-npi"), Some("npi"));
        assert_eq!(
            word("http://hl7.org/fhir/sid/passport-USA"),
            Some("passport")
        );
        assert_eq!(
            word("https://fhir.nhs.uk/Id/nhs-number"),
            Some("nhs_number")
        );
        assert_eq!(word("urn:oid:2.16.840.1.113883.4.1"), Some("ssn"));
        assert_eq!(word("urn:oid:2.16.840.1.113883.4.6"), Some("npi"));
        assert_eq!(
            word("urn:oid:2.16.840.1.113883.4.3.15"),
            Some("drivers_license")
        );
        assert_eq!(
            word("urn:oid:2.16.840.1.113883.4.330.840"),
            Some("passport")
        );
        assert_eq!(word("phone"), Some("phone"));
        // A hospital's own OID, a URL saying nothing known.
        assert_eq!(word("urn:oid:1.2.840.576818.8.76"), None);
        assert_eq!(word("https://example.org/ids/orders"), None);
        // Whole words only: `snpipe` holds no NPI.
        assert_eq!(word("https://example.org/snpipe"), None);
    }

    #[test]
    fn records_describe_their_values() {
        let mr =
            r#"{"type": {"coding": [{"code": "MR"}]}, "system": "urn:oid:1.2.3", "value": "HVH1"}"#;
        assert_eq!(described(mr).as_deref(), Some("mrn"));
        let ssn = r#"{"system": "http://hl7.org/fhir/sid/us-ssn", "value": "123"}"#;
        assert_eq!(described(ssn).as_deref(), Some("ssn"));
        let dl =
            r#"{"system": "urn:oid:1.2.3", "type": {"text": "Driver's license"}, "value": "9"}"#;
        assert_eq!(described(dl).as_deref(), Some("Driver's license"));
        let eav = r#"{"name": "Social Security Number", "value": "123"}"#;
        assert_eq!(described(eav).as_deref(), Some("Social Security Number"));
        // No value string, or nothing said about it.
        assert_eq!(
            described(r#"{"system": "http://hl7.org/fhir/sid/us-ssn", "value": 123}"#),
            None
        );
        assert_eq!(
            described(r#"{"system": "urn:oid:1.2.3", "value": "9"}"#),
            None
        );
        assert_eq!(described(r#"{"name": "12345", "value": "9"}"#), None);
        assert_eq!(
            described(r#"{"family": "Asante", "given": ["Kofi"]}"#),
            None
        );
    }
}
