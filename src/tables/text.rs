//! Text tables: CSV / TSV (header row names the columns), JSON lines and
//! JSON arrays of records, plain or gzip-compressed. Read as a stream,
//! record by record.

use super::{TableFormat, TableOutcome, TableScanner, DATA_KEY, MAX_COLUMNS};
use crate::scan::{Ctx, ObjectAccumulator, ObjectStatus};
use crate::source::ObjectRef;
use serde_json::Value;
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

/// Problems met while reading, summarised into one `Partial` reason.
#[derive(Default)]
struct Problems {
    items: Vec<String>,
    fatal: Option<String>,
    /// Why the file cannot be read as a table at all (scanned as text).
    not_a_table: Option<String>,
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
    file: std::fs::File,
    file_len: u64,
    table: &mut TableScanner<'_>,
    acc: &mut ObjectAccumulator<'_>,
) -> TableOutcome {
    let limit = ctx.opts.sample_rows;
    let raw: Box<dyn Read> = if gzip {
        Box::new(flate2::read::MultiGzDecoder::new(BufReader::with_capacity(
            256 << 10,
            file,
        )))
    } else {
        Box::new(file)
    };
    let limit_bytes = if gzip {
        ctx.opts.max_decompressed_bytes
    } else {
        u64::MAX
    };
    let line_cap = match format {
        TableFormat::JsonArray => u64::MAX, // one-line arrays are normal
        _ => MAX_LINE_BYTES,
    };
    let mut reader = Counted::new(raw, limit_bytes, line_cap);
    let mut problems = Problems::default();
    let complete = match format {
        TableFormat::Csv | TableFormat::Tsv => {
            read_csv(format, &mut reader, limit, table, acc, &mut problems)
        }
        TableFormat::JsonLines => read_json_lines(&mut reader, limit, table, acc, &mut problems),
        TableFormat::JsonArray => read_json_array(&mut reader, limit, table, acc, &mut problems),
        TableFormat::Parquet => unreachable!("parquet is not a text table"),
    };
    if complete {
        table.rows_total = Some(table.rows_scanned);
    } else {
        table.sampled = true;
    }
    let bytes = if gzip {
        reader.read
    } else {
        reader.read.min(file_len)
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
        status: problems.status(table.rows_scanned),
    }
}

/// Column names from a header row: trimmed, empty ones named `_cN`,
/// duplicates suffixed.
fn header_names(rec: &csv::ByteRecord) -> Vec<String> {
    let mut names: Vec<String> = Vec::with_capacity(rec.len());
    let mut seen = std::collections::HashSet::with_capacity(rec.len());
    for (i, f) in rec.iter().enumerate() {
        let mut name = String::from_utf8_lossy(f).trim().to_string();
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

/// Returns whether the whole file was read (not stopped by sampling or an error).
fn read_csv(
    format: TableFormat,
    reader: &mut dyn Read,
    limit: u64,
    table: &mut TableScanner<'_>,
    acc: &mut ObjectAccumulator<'_>,
    problems: &mut Problems,
) -> bool {
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(if format == TableFormat::Tsv {
            b'\t'
        } else {
            b','
        })
        .quoting(format == TableFormat::Csv)
        .flexible(true)
        .has_headers(false)
        .buffer_capacity(256 << 10)
        .from_reader(reader);
    let mut rec = csv::ByteRecord::new();
    match rdr.read_byte_record(&mut rec) {
        Ok(true) => {}
        Ok(false) => return true, // empty file: a table with no columns
        Err(e) => {
            problems.fatal = Some(format!("cannot read the header row: {e}"));
            return false;
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
            .push("invalid UTF-8 in the header row (names converted lossily)".into());
    }
    let cols: Vec<usize> = names.iter().map(|n| table.column(n)).collect();
    let (mut ragged, mut first_ragged) = (0u64, None);
    let (mut bad_utf8, mut first_bad_utf8) = (0u64, None);
    let mut row = 0u64;
    let mut first_row_in_rec = headerless;
    loop {
        if limit > 0 && row >= limit {
            return false;
        }
        let next = if std::mem::take(&mut first_row_in_rec) {
            Ok(true)
        } else {
            rdr.read_byte_record(&mut rec)
        };
        match next {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let at = e
                    .position()
                    .map(|p| format!(" at line {}", p.line()))
                    .unwrap_or_default();
                let fatal = matches!(e.kind(), csv::ErrorKind::Io(_));
                let msg = format!("row {row}{at}: {e}");
                if fatal {
                    problems.fatal = Some(msg);
                    summarize(problems, ragged, first_ragged, bad_utf8, first_bad_utf8);
                    return false;
                }
                problems.items.push(msg);
                row += 1;
                continue;
            }
        }
        if rec.len() == 1 && rec.get(0).is_some_and(|f| f.is_empty()) && cols.len() > 1 {
            continue; // blank line
        }
        if rec.len() != cols.len() {
            ragged += 1;
            first_ragged.get_or_insert((
                row,
                rec.position().map_or(0, |p| p.line()),
                rec.len(),
                cols.len(),
            ));
        }
        if std::str::from_utf8(rec.as_slice()).is_err() {
            bad_utf8 += 1;
            first_bad_utf8.get_or_insert((row, rec.position().map_or(0, |p| p.line())));
        }
        for (i, field) in rec.iter().enumerate().take(cols.len()) {
            if is_null_token(field.trim_ascii()) {
                table.null(cols[i]);
            } else {
                table.cell(acc, cols[i], row, field);
            }
        }
        row += 1;
        table.rows_scanned = row;
    }
    summarize(problems, ragged, first_ragged, bad_utf8, first_bad_utf8);
    true
}

fn summarize(
    problems: &mut Problems,
    ragged: u64,
    first_ragged: Option<(u64, u64, usize, usize)>,
    bad_utf8: u64,
    first_bad_utf8: Option<(u64, u64)>,
) {
    if let Some((row, line, got, want)) = first_ragged {
        problems.items.push(format!(
            "ragged rows: {ragged} row(s) do not have the header's {want} fields (first: row {row} at line {line} has {got}); extra fields ignored"
        ));
    }
    if let Some((row, line)) = first_bad_utf8 {
        problems.items.push(format!(
            "invalid UTF-8 in {bad_utf8} row(s) (first: row {row} at line {line}); scanned as bytes"
        ));
    }
}

/// Feeds one JSON value (a record) into the table, flattening nested objects
/// into dotted paths and arrays into `field[]`.
fn flatten(
    table: &mut TableScanner<'_>,
    acc: &mut ObjectAccumulator<'_>,
    row: u64,
    path: &mut String,
    v: &Value,
) {
    let name = |p: &String| {
        if p.is_empty() {
            "$".to_string()
        } else {
            p.clone()
        }
    };
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                if table.name_holds_values(k.as_bytes()) {
                    // The key is a value (a map keyed by email, say): it is
                    // classified as a cell of the `{key}` column.
                    path.push_str(DATA_KEY);
                    let c = table.column(path);
                    table.cell(acc, c, row, k.as_bytes());
                } else {
                    path.push_str(k);
                }
                flatten(table, acc, row, path, child);
                path.truncate(len);
            }
        }
        Value::Array(items) => {
            let len = path.len();
            path.push_str("[]");
            for item in items {
                flatten(table, acc, row, path, item);
            }
            path.truncate(len);
        }
        Value::Null => {
            let c = table.column(&name(path));
            table.null(c);
        }
        Value::Bool(_) => {
            let c = table.column(&name(path));
            table.opaque(c, 4);
        }
        Value::Number(n) => {
            let c = table.column(&name(path));
            if n.is_f64() {
                table.opaque(c, 8);
            } else {
                let mut buf = itoa_buf();
                let s = format_number(n, &mut buf);
                table.number(acc, c, row, s);
            }
        }
        Value::String(s) => {
            let c = table.column(&name(path));
            table.cell(acc, c, row, s.as_bytes());
        }
    }
}

fn itoa_buf() -> [u8; 24] {
    [0u8; 24]
}

fn format_number<'b>(n: &serde_json::Number, buf: &'b mut [u8; 24]) -> &'b [u8] {
    if let Some(u) = n.as_u64() {
        super::format_u64(u, buf)
    } else if let Some(i) = n.as_i64() {
        super::format_u64(i.unsigned_abs(), buf)
    } else {
        &buf[..0]
    }
}

/// One record per line.
fn read_json_lines(
    reader: &mut dyn Read,
    limit: u64,
    table: &mut TableScanner<'_>,
    acc: &mut ObjectAccumulator<'_>,
    problems: &mut Problems,
) -> bool {
    let mut br = BufReader::with_capacity(256 << 10, reader);
    let mut line = Vec::with_capacity(4096);
    let mut line_no = 0u64;
    let mut row = 0u64;
    let (mut bad, mut first_bad): (u64, Option<String>) = (0, None);
    let mut bad_utf8 = (0u64, None::<u64>);
    let mut path = String::new();
    let complete = loop {
        if limit > 0 && row >= limit {
            break false;
        }
        line.clear();
        match br.read_until(b'\n', &mut line) {
            Ok(0) => break true,
            Ok(_) => {}
            Err(e) => {
                problems.fatal = Some(format!("read failed after line {line_no}: {e}"));
                break false;
            }
        }
        line_no += 1;
        let text = line.trim_ascii();
        if text.is_empty() {
            continue;
        }
        let parsed = match serde_json::from_slice::<Value>(text) {
            Ok(v) => Ok(v),
            Err(e) if std::str::from_utf8(text).is_err() => {
                bad_utf8.0 += 1;
                bad_utf8.1.get_or_insert(line_no);
                serde_json::from_str::<Value>(&String::from_utf8_lossy(text)).map_err(|_| e)
            }
            Err(e) => Err(e),
        };
        match parsed {
            Ok(v @ Value::Object(_)) => {
                path.clear();
                flatten(table, acc, row, &mut path, &v);
            }
            Ok(_) => {
                bad += 1;
                first_bad.get_or_insert_with(|| format!("line {line_no}: not a JSON object"));
            }
            Err(e) => {
                bad += 1;
                first_bad.get_or_insert_with(|| format!("line {line_no}: {e}"));
            }
        }
        row += 1;
        table.rows_scanned = row;
    };
    if let Some(first) = first_bad {
        problems.items.push(format!(
            "{bad} line(s) are not valid JSON objects and were skipped (first: {first})"
        ));
    }
    if let (n, Some(first)) = bad_utf8 {
        problems.items.push(format!(
            "invalid UTF-8 in {n} line(s) (first: line {first}); read lossily"
        ));
    }
    complete
}

/// A JSON array of records, streamed element by element.
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
        _c: std::marker::PhantomData<&'c ()>,
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
                match seq.next_element::<Value>()? {
                    None => return Ok(()),
                    Some(v) => {
                        path.clear();
                        flatten(self.table, self.acc, row, &mut path, &v);
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
    let br = BufReader::with_capacity(256 << 10, reader);
    let mut de = serde_json::Deserializer::from_reader(br);
    let mut stopped = false;
    let result = Seed {
        table,
        acc,
        limit,
        stopped: &mut stopped,
        _c: std::marker::PhantomData,
    }
    .deserialize(&mut de);
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
