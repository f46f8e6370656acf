//! Text tables: CSV / TSV (header row names the columns), JSON lines and
//! JSON arrays of records, plain or gzip-compressed. Read as a stream,
//! record by record.

use super::{TableFormat, TableOutcome, TableScanner};
use crate::scan::{Ctx, ObjectAccumulator, ObjectStatus};
use crate::source::ObjectRef;
use serde_json::Value;
use std::io::{BufRead, BufReader, Read};

/// Counts bytes read and stops with an error past `limit`.
struct Counted<R> {
    inner: R,
    read: u64,
    limit: u64,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.read >= self.limit {
            return Err(std::io::Error::other(format!(
                "decompressed size limit of {} bytes reached; the rest was not scanned",
                self.limit
            )));
        }
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        Ok(n)
    }
}

/// Problems met while reading, summarised into one `Partial` reason.
#[derive(Default)]
struct Problems {
    items: Vec<String>,
    fatal: Option<String>,
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
    let mut reader = Counted {
        inner: raw,
        read: 0,
        limit: if gzip {
            ctx.opts.max_decompressed_bytes
        } else {
            u64::MAX
        },
    };
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
    TableOutcome {
        bytes,
        status: problems.status(table.rows_scanned),
    }
}

/// Column names from a header row: trimmed, empty ones named `_cN`,
/// duplicates suffixed.
fn header_names(rec: &csv::ByteRecord) -> Vec<String> {
    let mut names: Vec<String> = Vec::with_capacity(rec.len());
    for (i, f) in rec.iter().enumerate() {
        let mut name = String::from_utf8_lossy(f).trim().to_string();
        if i == 0 {
            name = name.trim_start_matches('\u{feff}').to_string();
        }
        if name.is_empty() {
            name = format!("_c{i}");
        }
        if names.contains(&name) {
            name = format!("{name}_{i}");
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
    let names = header_names(&rec);
    if std::str::from_utf8(rec.as_slice()).is_err() {
        problems
            .items
            .push("invalid UTF-8 in the header row (names converted lossily)".into());
    }
    let cols: Vec<usize> = names.iter().map(|n| table.column(n)).collect();
    let (mut ragged, mut first_ragged) = (0u64, None);
    let (mut bad_utf8, mut first_bad_utf8) = (0u64, None);
    let mut row = 0u64;
    loop {
        if limit > 0 && row >= limit {
            return false;
        }
        match rdr.read_byte_record(&mut rec) {
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
                path.push_str(k);
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
