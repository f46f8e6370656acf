//! Parquet tables, read in batches with a projection of the leaf columns
//! that can hold text or identifiers (strings, binaries, integers, decimals
//! without fraction). Nested structs become dotted paths, lists `field[]`.
//! Dictionary arrays are classified once per distinct value.

use super::{CellAt, TableOutcome, TableScanner, MAX_COLUMNS};
use crate::engine::Candidate;
use crate::scan::{Ctx, ObjectAccumulator, ObjectStatus};
use crate::source::{self, ObjectRef};
use arrow::array::{Array, ArrayRef, AsArray};
use arrow::buffer::NullBuffer;
use arrow::datatypes::{DataType, Field, Int32Type, Int64Type, UInt32Type, UInt64Type};
use parquet::arrow::arrow_reader::{
    ArrowReaderMetadata, ArrowReaderOptions, ParquetRecordBatchReaderBuilder, RowSelection,
    RowSelector,
};
use parquet::arrow::ProjectionMask;
use parquet::basic::{ConvertedType, LogicalType, Type as PhysicalType};
use parquet::schema::types::ColumnDescriptor;
use rayon::prelude::*;

const BATCH: usize = 8192;
/// The largest footer (the file metadata) decoded. Decoding takes some 14
/// times its size in memory (the 16 MiB footer of a 100,000-column file
/// took 230 MB), and a scan's memory stays bounded whatever the file; real
/// footers, even of thousands of columns over hundreds of row groups, are
/// a few MiB.
pub(crate) const MAX_FOOTER_BYTES: u64 = 8 << 20;

/// The footer length a Parquet file's last eight bytes give, when they end
/// with the magic and the footer fits in the file (otherwise the Parquet
/// reader's own checks name what is wrong).
fn footer_len(file: &std::fs::File, file_len: u64) -> Option<u64> {
    use std::os::unix::fs::FileExt;
    let mut tail = [0u8; 8];
    file.read_exact_at(&mut tail, file_len.checked_sub(8)?)
        .ok()?;
    let (len, magic) = tail.split_at(4);
    let len = u64::from(u32::from_le_bytes(len.try_into().ok()?));
    (magic == b"PAR1" && len + 8 <= file_len).then_some(len)
}

/// Whether a Parquet leaf can hold text or an identifier.
fn wanted(c: &ColumnDescriptor) -> bool {
    let logical = c.logical_type();
    match c.physical_type() {
        PhysicalType::BYTE_ARRAY => true,
        PhysicalType::INT32 | PhysicalType::INT64 => match logical {
            Some(LogicalType::Decimal { scale, .. }) => scale == 0,
            Some(LogicalType::Integer { bit_width, .. }) => bit_width >= 32,
            Some(_) => false, // dates, times, timestamps
            None => !matches!(
                c.converted_type(),
                ConvertedType::DATE
                    | ConvertedType::TIME_MILLIS
                    | ConvertedType::TIME_MICROS
                    | ConvertedType::TIMESTAMP_MILLIS
                    | ConvertedType::TIMESTAMP_MICROS
                    | ConvertedType::INT_8
                    | ConvertedType::INT_16
                    | ConvertedType::UINT_8
                    | ConvertedType::UINT_16
                    | ConvertedType::DECIMAL
            ),
        },
        PhysicalType::FIXED_LEN_BYTE_ARRAY => {
            matches!(logical, Some(LogicalType::Decimal { scale: 0, .. }))
        }
        _ => false,
    }
}

/// Leaf column paths of an arrow schema, in order (for labels of columns
/// that are not read, such as floats and timestamps).
fn leaf_names(prefix: &str, field: &Field, out: &mut Vec<String>) {
    let name = if prefix.is_empty() {
        field.name().clone()
    } else {
        format!("{prefix}.{}", field.name())
    };
    match field.data_type() {
        DataType::Struct(children) => {
            for c in children {
                leaf_names(&name, c, out);
            }
        }
        DataType::List(item) | DataType::LargeList(item) | DataType::FixedSizeList(item, _) => {
            leaf_list(&name, item, out)
        }
        DataType::Map(entry, _) => leaf_list(&name, entry, out),
        _ => out.push(name),
    }
}

fn leaf_list(name: &str, item: &Field, out: &mut Vec<String>) {
    let list = format!("{name}[]");
    match item.data_type() {
        DataType::Struct(children) => {
            for c in children {
                leaf_names(&list, c, out);
            }
        }
        DataType::List(inner) | DataType::LargeList(inner) => leaf_list(&list, inner, out),
        _ => out.push(list),
    }
}

fn error(bytes: u64, reason: String) -> TableOutcome {
    TableOutcome {
        bytes,
        status: ObjectStatus::Error { reason },
        not_a_table: None,
        damaged: false,
    }
}

/// Chooses what to read: every row group when the table fits the sample,
/// otherwise row groups spread over the file with a few slices in each.
/// Returns the row groups, the selection within them and the file row
/// number of each selected run, in read order.
fn plan(groups: &[u64], limit: u64) -> (Vec<usize>, Option<RowSelection>, Vec<(u64, u64)>) {
    let total: u64 = groups.iter().sum();
    let starts: Vec<u64> = groups
        .iter()
        .scan(0u64, |acc, n| {
            let s = *acc;
            *acc += n;
            Some(s)
        })
        .collect();
    if limit == 0 || total <= limit {
        let runs = groups.iter().zip(&starts).map(|(n, s)| (*s, *n)).collect();
        return ((0..groups.len()).collect(), None, runs);
    }
    let n = groups.len();
    let avg = (total / n as u64).max(1);
    let k = (limit.div_ceil(avg) as usize).max(16).min(n).max(1);
    let picked: Vec<usize> = {
        let mut v: Vec<usize> = (0..k).map(|i| i * n / k).collect();
        v.dedup();
        v
    };
    let quota = limit.div_ceil(picked.len() as u64).max(1);
    let mut selectors = Vec::new();
    let mut runs = Vec::new();
    for &g in &picked {
        let rows = groups[g];
        if rows <= quota {
            selectors.push(RowSelector::select(rows as usize));
            runs.push((starts[g], rows));
            continue;
        }
        // Up to 4 evenly spaced slices of the group.
        let slices = 4u64.min(quota);
        let per = quota / slices;
        let stride = rows / slices;
        let mut pos = 0u64;
        for s in 0..slices {
            let at = s * stride;
            let take = if s + 1 == slices {
                quota - per * s
            } else {
                per
            };
            if at > pos {
                selectors.push(RowSelector::skip((at - pos) as usize));
            }
            selectors.push(RowSelector::select(take as usize));
            runs.push((starts[g] + at, take));
            pos = at + take;
        }
        if rows > pos {
            selectors.push(RowSelector::skip((rows - pos) as usize));
        }
    }
    (picked, Some(RowSelection::from(selectors)), runs)
}

pub(super) fn read(
    ctx: &Ctx<'_>,
    obj: &ObjectRef,
    file: std::fs::File,
    file_len: u64,
    table: &mut TableScanner<'_>,
    acc: &mut ObjectAccumulator<'_>,
) -> TableOutcome {
    let identity = FileIdentity::of(&file);
    if let Some(len) = footer_len(&file, file_len).filter(|&len| len > MAX_FOOTER_BYTES) {
        return error(
            0,
            format!(
                "the footer (file metadata) is {:.1} MiB, over the {} MiB decoded so that memory stays bounded; not read",
                len as f64 / f64::from(1 << 20),
                MAX_FOOTER_BYTES >> 20
            ),
        );
    }
    let metadata = match ArrowReaderMetadata::load(&file, ArrowReaderOptions::default()) {
        Ok(m) => m,
        Err(e) => return error(0, format!("cannot read the footer or schema: {e}")),
    };
    let md = metadata.metadata().clone();
    let groups: Vec<u64> = md
        .row_groups()
        .iter()
        .map(|g| g.num_rows().max(0) as u64)
        .collect();
    table.rows_total = Some(md.file_metadata().num_rows().max(0) as u64);
    // Every column gets a label, in schema order, even those not read; a
    // schema of more than MAX_COLUMNS leaves is read and labelled up to the
    // cap (per-column state and decoding buffers grow with the columns: 100,000
    // took 1.1 GB), and the table is partial, saying so.
    let parquet_schema = metadata.parquet_schema();
    let all_leaves = parquet_schema.num_columns();
    let over_cap = (all_leaves > MAX_COLUMNS).then(|| {
        format!(
            "the schema has {all_leaves} leaf columns (limit {MAX_COLUMNS}); the {} past the limit were not read",
            all_leaves - MAX_COLUMNS
        )
    });
    let mut names = Vec::new();
    for f in metadata.schema().fields() {
        if names.len() >= MAX_COLUMNS {
            break;
        }
        leaf_names("", f, &mut names);
    }
    names.truncate(MAX_COLUMNS);
    for n in &names {
        table.column(n);
    }
    let leaves: Vec<usize> = parquet_schema
        .columns()
        .iter()
        .take(MAX_COLUMNS)
        .enumerate()
        .filter(|(_, c)| wanted(c))
        .map(|(i, _)| i)
        .collect();
    let capped = |status: ObjectStatus| match (&over_cap, status) {
        (None, status) => status,
        (Some(why), ObjectStatus::Scanned) => ObjectStatus::Partial {
            reason: why.clone(),
        },
        (Some(why), ObjectStatus::Partial { reason }) => ObjectStatus::Partial {
            reason: format!("{why}; {reason}"),
        },
        (Some(_), status) => status,
    };
    if leaves.is_empty() {
        table.rows_scanned = 0;
        return TableOutcome {
            bytes: file_len,
            status: capped(ObjectStatus::Scanned),
            not_a_table: None,
            damaged: false,
        };
    }
    let (row_groups, selection, runs) = plan(&groups, ctx.opts.sample_rows);
    table.sampled = selection.is_some();
    // Rows the footer promises in the planned selection: a footer that
    // claims more than the pages hold is reported, not trusted.
    let expected: u64 = runs.iter().map(|r| r.1).sum();
    // Fields are read in separate passes, run in parallel: columns are
    // classified independently, and a large file then uses every core. The
    // passes are fixed by the file (one per top-level field, or one for all
    // when there are few rows to read), never by the thread count, so the
    // outputs are the same whatever it is. A struct, list or map is read
    // whole in its field's pass.
    let passes: Vec<Vec<usize>> = if expected < MIN_ROWS_PER_PASS {
        vec![leaves]
    } else {
        // Leaves by top-level field, then consecutive fields together so
        // that a table of thousands of fields makes at most MAX_PASSES
        // passes (each pass costs a reader).
        let mut fields: Vec<Vec<usize>> = Vec::new();
        let mut last_root = None;
        for leaf in leaves {
            let root = parquet_schema.get_column_root_idx(leaf);
            match fields.last_mut() {
                Some(field) if last_root == Some(root) => field.push(leaf),
                _ => fields.push(vec![leaf]),
            }
            last_root = Some(root);
        }
        let per_pass = fields.len().div_ceil(MAX_PASSES);
        fields.chunks(per_pass).map(|c| c.concat()).collect()
    };
    let job = PassJob {
        ctx,
        obj,
        opened: std::sync::Mutex::new(Some(file)),
        identity,
        metadata: &metadata,
        row_groups: &row_groups,
        selection: selection.as_ref(),
        runs: &runs,
    };
    // A window of passes at a time: a pass's findings wait in memory until
    // the passes before it are merged. Passes differ in cost (an email
    // column costs several times a status column) and a window waits for
    // its slowest, so a window holds several passes per thread.
    let window = (rayon::current_num_threads() * 8).max(16);
    let mut status = ObjectStatus::Scanned;
    let mut rows_scanned: Option<u64> = None;
    for batch in passes.chunks(window) {
        let outputs: Vec<PassOutput<'_>> = batch.par_iter().map(|leaves| job.run(leaves)).collect();
        for out in outputs {
            for theirs in &out.table.columns {
                // The same name in the table (or its `_other` column past
                // MAX_COLUMNS).
                let mine = table.column(&theirs.name);
                table.columns[mine].absorb(theirs);
            }
            acc.absorb(out.acc);
            rows_scanned = Some(rows_scanned.map_or(out.rows, |r: u64| r.min(out.rows)));
            if matches!(status, ObjectStatus::Scanned) {
                status = out.status;
            }
        }
    }
    table.rows_scanned = rows_scanned.unwrap_or(0);
    if let ObjectStatus::Error { reason } = &status {
        if table.rows_scanned > 0 {
            status = ObjectStatus::Partial {
                reason: reason.clone(),
            };
        }
    }
    if matches!(status, ObjectStatus::Scanned) {
        let claimed = md.file_metadata().num_rows().max(0) as u64;
        let in_groups: u64 = groups.iter().sum();
        if table.rows_scanned < expected {
            status = ObjectStatus::Partial {
                reason: format!(
                    "the footer promises {expected} rows in the rows read but the pages held only {}; row counts are not trustworthy",
                    table.rows_scanned
                ),
            };
        } else if claimed != in_groups {
            status = ObjectStatus::Partial {
                reason: format!(
                    "the footer claims {claimed} rows but its row groups hold {in_groups}; row counts are not trustworthy"
                ),
            };
        }
    }
    TableOutcome {
        bytes: file_len,
        status: capped(status),
        not_a_table: None,
        damaged: false,
    }
}

/// Below this many rows to read, a file is read in one pass: the passes'
/// own cost (a reader each) would outweigh what they save.
const MIN_ROWS_PER_PASS: u64 = 65_536;

/// Most passes over one file (fields are grouped beyond that).
const MAX_PASSES: usize = 64;

/// The file a pass must read: the one whose footer was read (a path that
/// now names another file is an error, not a silent mix of two files).
#[derive(Clone, Copy)]
struct FileIdentity {
    #[cfg(unix)]
    dev_ino: Option<(u64, u64)>,
}

impl FileIdentity {
    fn of(file: &std::fs::File) -> Self {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            FileIdentity {
                dev_ino: file.metadata().ok().map(|m| (m.dev(), m.ino())),
            }
        }
        #[cfg(not(unix))]
        {
            let _ = file;
            FileIdentity {}
        }
    }

    fn same(&self, other: &FileIdentity) -> bool {
        #[cfg(unix)]
        {
            self.dev_ino.is_some() && self.dev_ino == other.dev_ino
        }
        #[cfg(not(unix))]
        {
            let _ = other;
            true
        }
    }
}

/// What every pass over one file shares.
struct PassJob<'a, 'c> {
    ctx: &'a Ctx<'c>,
    obj: &'a ObjectRef,
    /// The handle the footer was read through, for the first pass to start
    /// (a file read in one pass is never reopened).
    opened: std::sync::Mutex<Option<std::fs::File>>,
    identity: FileIdentity,
    metadata: &'a ArrowReaderMetadata,
    row_groups: &'a [usize],
    selection: Option<&'a RowSelection>,
    runs: &'a [(u64, u64)],
}

/// One pass's column states, findings, rows read and outcome.
struct PassOutput<'a> {
    table: TableScanner<'a>,
    acc: ObjectAccumulator<'a>,
    rows: u64,
    status: ObjectStatus,
}

impl<'a, 'c> PassJob<'a, 'c> {
    /// Reads the leaves `leaves` (through a file handle of its own: passes run
    /// in parallel) and classifies their values.
    fn run(&self, leaves: &[usize]) -> PassOutput<'a> {
        let ctx = self.ctx;
        // Only this pass's columns: merged into the table's by name.
        let mut table = TableScanner::new(ctx.engine);
        let mut acc = ObjectAccumulator::new(ctx, self.obj);
        let out = |table, acc, rows, status| PassOutput {
            table,
            acc,
            rows,
            status,
        };
        let opened = self.opened.lock().unwrap_or_else(|e| e.into_inner()).take();
        let file = match opened {
            Some(f) => f,
            None => match source::open_nonblocking(&self.obj.abs_path) {
                Ok(f) if self.identity.same(&FileIdentity::of(&f)) => f,
                Ok(_) => {
                    let reason =
                        "file changed during the scan (another file now has its name)".into();
                    return out(table, acc, 0, ObjectStatus::Error { reason });
                }
                Err(e) => {
                    let reason = format!("cannot reopen for reading: {e}");
                    return out(table, acc, 0, ObjectStatus::Error { reason });
                }
            },
        };
        let mask = ProjectionMask::leaves(self.metadata.parquet_schema(), leaves.iter().copied());
        let mut builder =
            ParquetRecordBatchReaderBuilder::new_with_metadata(file, self.metadata.clone())
                .with_projection(mask)
                .with_batch_size(BATCH)
                .with_row_groups(self.row_groups.to_vec());
        if let Some(sel) = self.selection {
            builder = builder.with_row_selection(sel.clone());
        }
        let reader = match builder.build() {
            Ok(r) => r,
            Err(e) => {
                let reason = format!("cannot start reading: {e}");
                return out(table, acc, 0, ObjectStatus::Error { reason });
            }
        };
        let mut runs = self.runs.iter().copied();
        let mut run: Option<(u64, u64)> = runs.next();
        let mut row_ids: Vec<u64> = Vec::with_capacity(BATCH);
        // Every batch has the reader's schema: its kind columns are paired
        // once.
        let kind_of = {
            let schema = arrow::record_batch::RecordBatchReader::schema(&reader);
            let names: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
            super::kind_columns(&names)
        };
        let mut rows = 0u64;
        let mut status = ObjectStatus::Scanned;
        for batch in reader {
            let batch = match batch {
                Ok(b) => b,
                Err(e) => {
                    let reason = format!(
                        "cannot decode rows after row {} ({} rows read): {e}",
                        row_ids.last().map_or(0, |r| r + 1),
                        rows
                    );
                    status = ObjectStatus::Error { reason };
                    break;
                }
            };
            // File row number of each batch row.
            row_ids.clear();
            while row_ids.len() < batch.num_rows() {
                let Some((start, len)) = run.as_mut() else {
                    break;
                };
                let take = (*len).min((batch.num_rows() - row_ids.len()) as u64);
                row_ids.extend(*start..*start + take);
                *start += take;
                *len -= take;
                if *len == 0 {
                    run = runs.next();
                }
            }
            while row_ids.len() < batch.num_rows() {
                row_ids.push(row_ids.last().map_or(0, |r| r + 1));
            }
            let schema = batch.schema();
            for (i, (field, array)) in schema.fields().iter().zip(batch.columns()).enumerate() {
                let kinds = kind_of[i].map(|k| kinds_in(&batch.columns()[k.at], k));
                let at = Place {
                    rows: &row_ids,
                    kinds: kinds.as_deref(),
                };
                walk(&mut table, &mut acc, field.name(), array, at, None);
            }
            rows += batch.num_rows() as u64;
        }
        out(table, acc, rows, status)
    }
}

/// Where the elements of an array are: `rows[i]` is the file row of
/// element `i`, `kinds[i]` the kind its row's kind column names (a
/// top-level column beside one, see [`super::kind_columns`]).
#[derive(Clone, Copy)]
struct Place<'a> {
    rows: &'a [u64],
    kinds: Option<&'a [Option<&'static str>]>,
}

impl Place<'_> {
    fn kind(&self, i: usize) -> Option<&'static str> {
        self.kinds.and_then(|k| k.get(i).copied().flatten())
    }
}

/// Per element of `array` (a kind column: strings, dictionary strings or,
/// for a taxpayer id's IRS codes, integers): the kind it names.
fn kinds_in(array: &ArrayRef, kind: super::KindColumn) -> Vec<Option<&'static str>> {
    let named = |values: &ArrayRef| -> Vec<Option<&'static str>> {
        distinct_texts(values)
            .iter()
            .map(|t| t.as_deref().and_then(|t| kind.kind(t)))
            .collect()
    };
    if let DataType::Dictionary(_, _) = array.data_type() {
        let dict = array.as_any_dictionary();
        let named = named(dict.values());
        return dict
            .normalized_keys()
            .iter()
            .enumerate()
            .map(|(i, &k)| {
                if array.is_valid(i) {
                    named.get(k).copied().flatten()
                } else {
                    None
                }
            })
            .collect();
    }
    named(array)
}

/// Classifies every value of `array` (the column at `path`), its elements
/// at `at`; `parent` are nulls inherited from structs.
#[allow(clippy::needless_range_loop)]
fn walk(
    table: &mut TableScanner<'_>,
    acc: &mut ObjectAccumulator<'_>,
    path: &str,
    array: &ArrayRef,
    at: Place<'_>,
    parent: Option<&NullBuffer>,
) {
    let rows = at.rows;
    let nulls = NullBuffer::union(parent, array.logical_nulls().as_ref());
    let valid = |i: usize| nulls.as_ref().is_none_or(|n| n.is_valid(i));
    match array.data_type() {
        DataType::Struct(_) => {
            let s = array.as_struct();
            for (f, child) in s.fields().iter().zip(s.columns()) {
                let name = format!("{path}.{}", f.name());
                walk(table, acc, &name, child, at, nulls.as_ref());
            }
        }
        DataType::List(_) | DataType::LargeList(_) | DataType::Map(_, _) => {
            let (offsets, values): (Vec<usize>, ArrayRef) = match array.data_type() {
                DataType::List(_) => {
                    let l = array.as_list::<i32>();
                    (
                        l.value_offsets().iter().map(|o| *o as usize).collect(),
                        l.values().clone(),
                    )
                }
                DataType::LargeList(_) => {
                    let l = array.as_list::<i64>();
                    (
                        l.value_offsets().iter().map(|o| *o as usize).collect(),
                        l.values().clone(),
                    )
                }
                _ => {
                    let m = array.as_map();
                    (
                        m.value_offsets().iter().map(|o| *o as usize).collect(),
                        std::sync::Arc::new(m.entries().clone()) as ArrayRef,
                    )
                }
            };
            let (first, last) = (offsets[0], offsets[offsets.len() - 1]);
            let mut child_rows = Vec::with_capacity(last - first);
            for i in 0..array.len() {
                if valid(i) {
                    for _ in offsets[i]..offsets[i + 1] {
                        child_rows.push(rows[i]);
                    }
                } else {
                    // Null lists own no elements, but keep positions aligned.
                    for _ in offsets[i]..offsets[i + 1] {
                        child_rows.push(rows[i]);
                    }
                }
            }
            let values = values.slice(first, last - first);
            let name = format!("{path}[]");
            let child_at = Place {
                rows: &child_rows,
                kinds: None,
            };
            walk(table, acc, &name, &values, child_at, None);
        }
        DataType::Dictionary(_, _) => {
            let col = table.column(path);
            let dict = array.as_any_dictionary();
            let values = dict.values();
            let keys = dict.normalized_keys();
            // Distinct values: classified once each.
            let texts = distinct_texts(values);
            let results: Vec<Vec<Candidate>> = texts
                .iter()
                .map(|t| match t {
                    Some(t) => table.classify_distinct(col, t),
                    None => Vec::new(),
                })
                .collect();
            for (i, &k) in keys.iter().enumerate() {
                match (valid(i), texts.get(k)) {
                    // A value of a kind its row names is no longer the
                    // distinct value classified once under the column.
                    (true, Some(Some(t))) => match at.kind(i) {
                        kind @ Some(_) => table.cell_of_kind(acc, col, rows[i], t, kind),
                        None => table.cell_known(acc, col, rows[i], t, &results[k]),
                    },
                    _ => table.null(col),
                }
            }
        }
        DataType::Utf8
        | DataType::LargeUtf8
        | DataType::Utf8View
        | DataType::Binary
        | DataType::LargeBinary
        | DataType::BinaryView => {
            let col = table.column(path);
            for i in 0..array.len() {
                if !valid(i) {
                    table.null(col);
                    continue;
                }
                let v: &[u8] = match array.data_type() {
                    DataType::Utf8 => array.as_string::<i32>().value(i).as_bytes(),
                    DataType::LargeUtf8 => array.as_string::<i64>().value(i).as_bytes(),
                    DataType::Utf8View => array.as_string_view().value(i).as_bytes(),
                    DataType::Binary => array.as_binary::<i32>().value(i),
                    DataType::LargeBinary => array.as_binary::<i64>().value(i),
                    _ => array.as_binary_view().value(i),
                };
                table.cell_of_kind(acc, col, rows[i], v, at.kind(i));
            }
        }
        DataType::Int32 | DataType::Int64 | DataType::UInt32 | DataType::UInt64 => {
            let col = table.column(path);
            let mut buf = [0u8; 24];
            for i in 0..array.len() {
                if !valid(i) {
                    table.null(col);
                    continue;
                }
                let v: u64 = match array.data_type() {
                    DataType::Int32 => {
                        array.as_primitive::<Int32Type>().value(i).unsigned_abs() as u64
                    }
                    DataType::Int64 => array.as_primitive::<Int64Type>().value(i).unsigned_abs(),
                    DataType::UInt32 => array.as_primitive::<UInt32Type>().value(i) as u64,
                    _ => array.as_primitive::<UInt64Type>().value(i),
                };
                if v < 100_000 {
                    table.opaque(col, 5);
                } else {
                    let digits = super::format_u64(v, &mut buf);
                    let place = CellAt::Row(Some(rows[i]));
                    table.number_of_kind(acc, col, place, digits, at.kind(i));
                }
            }
        }
        DataType::Decimal128(_, 0) => {
            let col = table.column(path);
            let d = array.as_primitive::<arrow::datatypes::Decimal128Type>();
            for i in 0..array.len() {
                if !valid(i) {
                    table.null(col);
                    continue;
                }
                let v = d.value(i).unsigned_abs();
                let place = CellAt::Row(Some(rows[i]));
                if v > u64::MAX as u128 {
                    let s = v.to_string();
                    table.number_of_kind(acc, col, place, s.as_bytes(), at.kind(i));
                } else {
                    let mut buf = [0u8; 24];
                    let digits = super::format_u64(v as u64, &mut buf);
                    table.number_of_kind(acc, col, place, digits, at.kind(i));
                }
            }
        }
        _ => {
            // Other types (floats, dates...) are not read; count non-nulls.
            let col = table.column(path);
            for i in 0..array.len() {
                if valid(i) {
                    table.opaque(col, 8);
                } else {
                    table.null(col);
                }
            }
        }
    }
}

/// The values of a dictionary as bytes (strings, binaries; integers as
/// decimal digits), `None` for nulls and unsupported types.
fn distinct_texts(values: &ArrayRef) -> Vec<Option<Vec<u8>>> {
    let n = values.len();
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        if values.is_null(i) {
            out.push(None);
            continue;
        }
        let v: Option<Vec<u8>> = match values.data_type() {
            DataType::Utf8 => Some(values.as_string::<i32>().value(i).as_bytes().to_vec()),
            DataType::LargeUtf8 => Some(values.as_string::<i64>().value(i).as_bytes().to_vec()),
            DataType::Utf8View => Some(values.as_string_view().value(i).as_bytes().to_vec()),
            DataType::Binary => Some(values.as_binary::<i32>().value(i).to_vec()),
            DataType::LargeBinary => Some(values.as_binary::<i64>().value(i).to_vec()),
            DataType::Int32 => Some(
                values
                    .as_primitive::<Int32Type>()
                    .value(i)
                    .to_string()
                    .into(),
            ),
            DataType::Int64 => Some(
                values
                    .as_primitive::<Int64Type>()
                    .value(i)
                    .to_string()
                    .into(),
            ),
            _ => None,
        };
        out.push(v);
    }
    out
}
