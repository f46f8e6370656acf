//! Column-level classification of tables: CSV/TSV, JSON lines, JSON arrays of
//! records, Parquet (and gzip-compressed text tables).
//!
//! Every reader feeds cells into a [`TableScanner`], which keeps per-column
//! counts (non-null values, values matching each type, whole-cell matches,
//! length statistics) and emits one finding per sensitive value with its
//! `column` and 0-based `row`. At the end each column is labelled (see
//! [`column::decide`]) and the table label sums its labelled columns.
//!
//! Nothing here holds a whole table: text tables are streamed record by
//! record, Parquet is read in batches of 8192 rows with a projection of the
//! leaf columns that can hold text or identifiers.

mod column;
mod fixed;
mod json_value;
pub mod labels_parquet;
mod parquet_reader;
mod raw_record;
mod sql;
mod text;

pub use column::{ColumnDecision, DEFAULT_COLUMN_THRESHOLD};

use crate::engine::{Candidate, Engine, ExternalContext, Scratch};
use crate::scan::{Ctx, FindingPlace, ObjectAccumulator, ObjectStatus};
use crate::source::ObjectRef;
use column::ColumnState;
use std::collections::HashMap;
use std::path::Path;

/// Default number of rows classified per table (`--sample-rows`): all rows
/// up to this bound, then a sample spread over the file.
pub const DEFAULT_SAMPLE_ROWS: u64 = 100_000;

/// Findings written per column and table: a 1M-row table would otherwise
/// write one line per sensitive cell (gigabytes of output). Counts in the
/// labels are complete; findings beyond this bound are not written.
pub const MAX_FINDINGS_PER_COLUMN: u64 = 10_000;

/// A recognised table format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableFormat {
    Csv,
    Tsv,
    /// One JSON object per line.
    JsonLines,
    /// A JSON array of objects (`[{...}, {...}]`).
    JsonArray,
    /// One JSON object, the whole file (a FHIR resource or bundle, an API
    /// response, a configuration): read whole, up to
    /// [`MAX_JSON_DOCUMENT`] bytes, its fields classified as one record's
    /// columns and its findings located by offset.
    JsonDocument,
    Parquet,
    /// A SQL dump: `INSERT` rows and `COPY` blocks read as tables, the rest
    /// of the file as text (see [`sql`]).
    SqlDump,
    /// Fixed-width records under the COBOL copybook that lays them out,
    /// at the head of the file (see [`fixed`]).
    FixedWidth,
}

impl TableFormat {
    fn name(self) -> &'static str {
        match self {
            TableFormat::Csv => "CSV",
            TableFormat::Tsv => "TSV",
            TableFormat::JsonLines => "JSON lines",
            TableFormat::JsonArray => "JSON array",
            TableFormat::JsonDocument => "JSON document",
            TableFormat::Parquet => "Parquet",
            TableFormat::SqlDump => "SQL dump",
            TableFormat::FixedWidth => "fixed-width records",
        }
    }
}

/// How a detected table is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Detected {
    pub format: TableFormat,
    /// The text table is gzip-compressed.
    pub gzip: bool,
    /// The CSV/TSV table is UTF-16 with a byte-order mark (`Some(big
    /// endian)`), as spreadsheets' "Unicode text" exports are.
    pub utf16: Option<bool>,
}

fn first_non_ws(data: &[u8]) -> Option<u8> {
    // Skip a UTF-8 byte order mark.
    let data = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    data.iter().copied().find(|b| !b.is_ascii_whitespace())
}

/// Whether `path` (with its first bytes `head`) is a table, and which kind.
/// Recognised by extension and confirmed by content: Parquet magic `PAR1`
/// (or any binary content: the Parquet reader then checks the footer),
/// JSON lines that start with `{`, JSON arrays that start with `[` then `{`,
/// delimited text without NUL bytes. Gzip variants of the text formats are
/// confirmed on their decompressed first bytes.
pub fn detect(path: &Path, head: &[u8]) -> Option<Detected> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    let (base, gzip) = match name.strip_suffix(".gz") {
        Some(b) => (b.to_string(), true),
        None => (name.clone(), false),
    };
    let ext = base.rsplit_once('.').map(|(_, e)| e);
    let format = match ext {
        Some("csv") => TableFormat::Csv,
        Some("tsv" | "tab") => TableFormat::Tsv,
        Some("jsonl" | "ndjson") => TableFormat::JsonLines,
        Some("json") => TableFormat::JsonArray,
        Some("parquet" | "pq") if !gzip => TableFormat::Parquet,
        Some("sql") => TableFormat::SqlDump,
        // Any other text file may be a mainframe extract under its
        // copybook (`CUSTMAST.D25151.G6338V00`, `.txt`, `.dat`).
        _ => {
            let unzipped;
            let text = if gzip {
                if !head.starts_with(&[0x1f, 0x8b]) {
                    return None;
                }
                unzipped = gunzip_prefix(head, head.len().max(crate::source::SNIFF));
                &unzipped[..]
            } else {
                head
            };
            return fixed::parse(text).map(|_| Detected {
                format: TableFormat::FixedWidth,
                gzip,
                utf16: None,
            });
        }
    };
    let utf16 = if gzip {
        None
    } else {
        crate::source::utf16_encoding(head)
    };
    if utf16.is_some() && !matches!(format, TableFormat::Csv | TableFormat::Tsv) {
        // Other UTF-16 files are decoded and scanned as text.
        return None;
    }
    let content: Vec<u8>;
    let head = if gzip {
        if !head.starts_with(&[0x1f, 0x8b]) {
            return None;
        }
        content = gunzip_prefix(head, 4096);
        &content[..]
    } else {
        head
    };
    let ok = match format {
        // The footer is what Parquet readers go by (Spark and Arrow read a
        // file whose leading magic is damaged): a binary `.parquet` file is
        // handed to the Parquet reader, whose footer check decides, rather
        // than skipped as one more binary file while it may hold a table.
        TableFormat::Parquet => head.starts_with(b"PAR1") || crate::source::looks_binary(head),
        TableFormat::Csv | TableFormat::Tsv => {
            utf16.is_some() || !crate::source::looks_binary(head)
        }
        TableFormat::SqlDump => utf16.is_none() && !crate::source::looks_binary(head),
        TableFormat::JsonLines => first_non_ws(head) == Some(b'{'),
        TableFormat::JsonDocument => unreachable!("only a `.json` file is a JSON document"),
        TableFormat::FixedWidth => unreachable!("fixed-width records were returned above"),
        TableFormat::JsonArray => {
            let trimmed = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
            let mut it = trimmed.iter().copied().filter(|b| !b.is_ascii_whitespace());
            match it.next() {
                Some(b'[') => matches!(it.next(), Some(b'{') | Some(b']') | None),
                // `.json` holding one object per line, or one object.
                Some(b'{') => {
                    let format = if json_lines_shape(trimmed) {
                        TableFormat::JsonLines
                    } else {
                        TableFormat::JsonDocument
                    };
                    return Some(Detected {
                        format,
                        gzip,
                        utf16,
                    });
                }
                _ => false,
            }
        }
    };
    ok.then_some(Detected {
        format,
        gzip,
        utf16,
    })
}

/// A `.json` file is JSON lines when its first two non-empty lines both
/// start with `{` and the first one is a complete object.
fn json_lines_shape(head: &[u8]) -> bool {
    let mut lines = head
        .split(|b| *b == b'\n')
        .map(|l| l.trim_ascii())
        .filter(|l| !l.is_empty());
    match (lines.next(), lines.next()) {
        (Some(a), Some(b)) => {
            a.starts_with(b"{")
                && b.starts_with(b"{")
                && serde_json::from_slice::<serde_json::Value>(a).is_ok()
        }
        _ => false,
    }
}

fn gunzip_prefix(data: &[u8], want: usize) -> Vec<u8> {
    use std::io::Read;
    let mut out = vec![0u8; want];
    let mut dec = crate::gzip::GzipMembers::new(data);
    let mut filled = 0;
    while filled < want {
        match dec.read(&mut out[filled..]) {
            Ok(0) | Err(_) => break,
            Ok(n) => filled += n,
        }
    }
    out.truncate(filled);
    out
}

/// A gzip-compressed table file's members as one stream.
fn gunzip_stream(
    file: &std::fs::File,
) -> crate::gzip::GzipMembers<std::io::BufReader<&std::fs::File>> {
    crate::gzip::GzipMembers::new(std::io::BufReader::with_capacity(256 << 10, file))
}

/// The most bytes a table file's stream is read for: the decompressed-size
/// limit when it is gzip-compressed, else no limit (a file bounds itself).
fn stream_limit(ctx: &Ctx<'_>, gzip: bool) -> u64 {
    if gzip {
        ctx.opts.max_decompressed_bytes
    } else {
        u64::MAX
    }
}

/// Decimal digits of `v` (no sign) in `buf`.
pub(crate) fn format_u64(mut v: u64, buf: &mut [u8; 24]) -> &[u8] {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    &buf[i..]
}

/// What a table reader returns: bytes read and how reading ended.
pub(crate) struct TableOutcome {
    pub bytes: u64,
    pub status: ObjectStatus,
    /// Set when the file turned out not to be readable as a table (a header
    /// line over the line cap, too many columns): nothing was recorded and
    /// the caller scans it as plain text instead, saying why.
    pub not_a_table: Option<String>,
    /// With `not_a_table`: the file is a damaged instance of its format (a
    /// JSON document cut short), not text that merely looked like it, so
    /// the text scan that stands in for the table is partial.
    pub damaged: bool,
}

/// Scans one table: reads it with the reader for its format, classifies
/// every column and records findings, column labels and row counts in `acc`.
pub(crate) fn scan_table(
    ctx: &Ctx<'_>,
    obj: &ObjectRef,
    acc: &mut ObjectAccumulator<'_>,
    detected: Detected,
    file: std::fs::File,
    file_len: u64,
) -> TableOutcome {
    let mut table = TableScanner::new(ctx.engine);
    let outcome = match detected.format {
        TableFormat::Parquet => {
            // The decoder panics on some corrupt files rather than failing:
            // the object errors, naming why, and the scan goes on. Findings
            // recorded before it stay; the half-counted column labels go.
            match crate::contain::catching_panics(|| {
                parquet_reader::read(ctx, obj, file, file_len, &mut table, acc)
            }) {
                Ok(outcome) => outcome,
                Err(message) => {
                    return TableOutcome {
                        bytes: 0,
                        status: ObjectStatus::Error {
                            reason: format!(
                                "{}: the decoder failed on malformed data ({message})",
                                detected.format.name()
                            ),
                        },
                        not_a_table: None,
                        damaged: false,
                    }
                }
            }
        }
        TableFormat::SqlDump => {
            let mut input: Box<dyn std::io::Read + '_> = if detected.gzip {
                Box::new(gunzip_stream(&file))
            } else {
                Box::new(&file)
            };
            let limit = stream_limit(ctx, detected.gzip);
            sql::read(&mut input, limit, &mut table, acc)
        }
        TableFormat::FixedWidth => read_fixed_width(ctx, detected.gzip, &file, &mut table, acc),
        fmt => text::read(
            ctx,
            obj,
            fmt,
            detected.gzip,
            detected.utf16,
            file,
            file_len,
            &mut table,
            acc,
        ),
    };
    if let Some(why) = outcome.not_a_table {
        return TableOutcome {
            bytes: 0,
            status: ObjectStatus::Scanned,
            not_a_table: Some(format!(
                "{}: not classified by column ({why}); scanned as text",
                detected.format.name()
            )),
            damaged: outcome.damaged,
        };
    }
    table.finish(acc);
    let status = match outcome.status {
        ObjectStatus::Partial { reason } => ObjectStatus::Partial {
            reason: format!("{}: {reason}", detected.format.name()),
        },
        ObjectStatus::Error { reason } => ObjectStatus::Error {
            reason: format!("{}: {reason}", detected.format.name()),
        },
        s => s,
    };
    TableOutcome {
        bytes: outcome.bytes,
        status,
        not_a_table: None,
        damaged: false,
    }
}

/// Reads fixed-width records under the copybook at the head of `file`.
fn read_fixed_width(
    ctx: &Ctx<'_>,
    gzip: bool,
    file: &std::fs::File,
    table: &mut TableScanner<'_>,
    acc: &mut ObjectAccumulator<'_>,
) -> TableOutcome {
    use std::io::Read;
    let limit = stream_limit(ctx, gzip);
    let raw: Box<dyn Read + '_> = if gzip {
        Box::new(gunzip_stream(file))
    } else {
        Box::new(file)
    };
    let mut raw = raw.take(limit);
    // The copybook is read again from the head detection saw.
    let mut head = vec![0u8; crate::source::SNIFF];
    match crate::source::read_full(&mut raw, &mut head) {
        Ok(got) => head.truncate(got),
        Err(e) => {
            return TableOutcome {
                bytes: 0,
                status: ObjectStatus::Error {
                    reason: format!("read failed: {e}"),
                },
                not_a_table: None,
                damaged: false,
            }
        }
    }
    let Some(book) = fixed::parse(&head) else {
        return TableOutcome {
            bytes: 0,
            status: ObjectStatus::Scanned,
            not_a_table: Some("its copybook could not be read again".into()),
            damaged: false,
        };
    };
    let mut input =
        std::io::BufReader::with_capacity(256 << 10, std::io::Cursor::new(head).chain(raw));
    let mut outcome = fixed::read(&mut input, &book, ctx.opts.sample_rows, table, acc);
    if gzip && outcome.bytes >= limit && matches!(outcome.status, ObjectStatus::Scanned) {
        outcome.status = ObjectStatus::Partial {
            reason: format!(
                "decompressed size limit of {limit} bytes reached; the rest was not scanned"
            ),
        };
    }
    outcome
}

/// Where a cell's findings are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CellAt {
    /// By column and data row (unknown in a slice sampled mid-file).
    Row(Option<u64>),
    /// By column and by offset too: a CSV or TSV field, or a string of a
    /// JSON document or a JSON line, found where the file holds it, `start`
    /// bytes in, on line `line`; `row` is its data row when the file has
    /// rows (CSV, JSON lines).
    Offset {
        start: u64,
        line: u64,
        row: Option<u64>,
    },
}

/// Line feeds in `bytes`.
fn newlines(bytes: &[u8]) -> u64 {
    memchr::memchr_iter(b'\n', bytes).count() as u64
}

/// Most distinct columns (CSV header fields, JSON field paths) kept per
/// table; per-column state is kept for each.
pub(crate) const MAX_COLUMNS: usize = 16_384;
/// The column that collects field paths past [`MAX_COLUMNS`].
pub(crate) const OTHER_COLUMN: &str = "_other";
/// The path segment written for a JSON key that holds data itself.
pub(crate) const DATA_KEY: &str = "{key}";
/// The largest JSON document read whole (see [`TableFormat::JsonDocument`]);
/// a larger one is scanned as text.
pub const MAX_JSON_DOCUMENT: u64 = 16 << 20;
/// The most values (counted by their separating commas) a JSON document
/// read whole may hold: its parsed tree takes some 40 bytes a value, so a
/// document of tiny values (`[1,2,3,...]`) is scanned as text instead of
/// costing a tree many times its size.
pub const MAX_JSON_DOCUMENT_VALUES: usize = 512 << 10;
/// Column contexts with a record's description kept per table (see
/// [`TableScanner::cell_in`]).
const MAX_DESCRIBED: usize = 1024;

/// What a row says one of its cells holds, beside the cell's column name.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Described<'a> {
    /// The record's own word for its value (an entity-attribute-value
    /// record: `{"name": "ssn", "value": ...}`): it joins the column's name.
    InRecord(&'a str),
    /// The kind a sibling column names for this row (`TIN-TYPE` = `S`
    /// beside `TIN`, `id_type` = `passport` beside `id_number`), as the
    /// column name the rules know: it stands in for the value column's name,
    /// which says only that the value is one of several kinds.
    ByKindColumn(&'static str),
}

/// A column naming the kind of another column's value row by row: its
/// position in the record, and whether the value is a taxpayer id (whose
/// kind columns write one letter or digit: `S`, `E`, `I`, or IRS `1`/`2`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct KindColumn {
    pub at: usize,
    taxpayer: bool,
}

impl KindColumn {
    /// What this row's kind cell says the value is, when it names a type the
    /// rules know (a `home`/`mobile` phone type names none: the value column
    /// keeps its own name then).
    pub(crate) fn kind(&self, cell: &[u8]) -> Option<&'static str> {
        let cell = std::str::from_utf8(cell.trim_ascii()).ok()?;
        if cell.is_empty() || cell.len() > 40 {
            return None;
        }
        let norm = crate::engine::normalize_column(cell);
        let taxpayer = self.taxpayer;
        Some(match norm.as_str() {
            // IRS information returns: 1 = EIN, 2 = SSN, ITIN or ATIN.
            "1" if taxpayer => "ein",
            "2" if taxpayer => "ssn_itin",
            "s" if taxpayer => "ssn",
            "e" if taxpayer => "ein",
            "i" if taxpayer => "itin",
            "ssn" | "ss" | "soc_sec" | "social_security" | "social_security_number" => "ssn",
            "ein" | "fein" | "en" | "employer_identification_number" => "ein",
            "itin" => "itin",
            "passport" | "ppn" | "passport_number" => "passport",
            "dl" | "dln" | "drivers_license" | "driver_license" | "drivers_licence"
            | "driver_licence" | "driving_licence" | "driving_license" => "drivers_license",
            "mrn" | "mr" | "medical_record" | "medical_record_number" => "mrn",
            "npi" => "npi",
            "dea" => "dea",
            "mbi" | "medicare" | "medicare_id" => "medicare_id",
            "nhs" | "nhs_number" | "nhs_no" => "nhs_number",
            _ => return None,
        })
    }
}

/// Endings of a column naming another's kind: `tin_type`, `id_kind`,
/// `tin_ind`, `doc_type_cd`.
const KIND_SUFFIXES: [&str; 8] = [
    "type",
    "kind",
    "ind",
    "indicator",
    "cd",
    "type_cd",
    "type_code",
    "qualifier",
];
/// Endings of a value column its kind column may drop: `id_number` is
/// told by `id_type`.
const VALUE_SUFFIXES: [&str; 6] = ["number", "no", "num", "nbr", "value", "id"];

/// Per position of `names` (a table's column names in record order): the
/// column naming its value's kind row by row, if there is one.
pub(crate) fn kind_columns<S: AsRef<str>>(names: &[S]) -> Vec<Option<KindColumn>> {
    let norms: Vec<String> = names
        .iter()
        .map(|n| crate::engine::normalize_column(n.as_ref()))
        .collect();
    norms
        .iter()
        .enumerate()
        .map(|(i, value)| {
            if value.is_empty() {
                return None;
            }
            let stems =
                std::iter::once(value.as_str()).chain(VALUE_SUFFIXES.iter().filter_map(|suffix| {
                    value
                        .strip_suffix(suffix)
                        .and_then(|s| s.strip_suffix('_'))
                        .filter(|s| !s.is_empty())
                }));
            let names_kind_of = |other: &str| {
                stems.clone().any(|stem| {
                    other
                        .strip_prefix(stem)
                        .and_then(|rest| rest.strip_prefix('_'))
                        .is_some_and(|rest| KIND_SUFFIXES.contains(&rest))
                })
            };
            let at = (0..norms.len()).find(|&j| j != i && names_kind_of(&norms[j]))?;
            let taxpayer = value
                .split('_')
                .any(|t| matches!(t, "tin" | "tax" | "taxpayer" | "taxid"));
            Some(KindColumn { at, taxpayer })
        })
        .collect()
}

/// Per-table classification state shared by all readers.
pub(crate) struct TableScanner<'e> {
    engine: &'e Engine,
    columns: Vec<ColumnState>,
    index: HashMap<String, usize, foldhash::fast::RandomState>,
    scratch: Scratch,
    cands: Vec<Candidate>,
    /// Column contexts with a record's description of the value added
    /// (see [`Self::cell_in`]), by column and description.
    described: HashMap<(usize, String), ExternalContext, foldhash::fast::RandomState>,
    /// The contexts of the kinds a sibling column names (see
    /// [`Described::ByKindColumn`]), by kind.
    kinds: HashMap<&'static str, ExternalContext, foldhash::fast::RandomState>,
    /// Header fields / JSON keys already found to hold no values.
    clean_names: std::collections::HashSet<Vec<u8>, foldhash::fast::RandomState>,
    /// Rows classified (data rows, header excluded).
    pub rows_scanned: u64,
    /// Rows in the table, when known (Parquet metadata, fully read files).
    pub rows_total: Option<u64>,
    /// How the rows were chosen (for the table label and scan.json).
    pub sampled: bool,
    /// Findings per rule in the text around the rows (a SQL dump's
    /// comments and other statements): the object label counts them beside
    /// its labelled columns' types.
    pub text_counts: Vec<u64>,
}

impl Drop for TableScanner<'_> {
    fn drop(&mut self) {
        std::mem::take(&mut self.scratch).give_back();
    }
}

impl<'e> TableScanner<'e> {
    pub(crate) fn new(engine: &'e Engine) -> Self {
        TableScanner {
            engine,
            columns: Vec::new(),
            index: HashMap::default(),
            // A new table: its names are its own.
            scratch: Scratch::for_new_document(),
            cands: Vec::new(),
            described: HashMap::default(),
            kinds: HashMap::default(),
            clean_names: std::collections::HashSet::default(),
            rows_scanned: 0,
            rows_total: None,
            sampled: false,
            text_counts: Vec::new(),
        }
    }

    /// The index of column `name`, created on first sight. Past
    /// [`MAX_COLUMNS`] distinct names (JSON documents keyed by ids, say)
    /// further names share one `_other` column, so memory stays bounded.
    pub(crate) fn column(&mut self, name: &str) -> usize {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let name = if self.columns.len() >= MAX_COLUMNS {
            if let Some(&i) = self.index.get(OTHER_COLUMN) {
                return i;
            }
            OTHER_COLUMN
        } else {
            name
        };
        let ctx: ExternalContext = self.engine.column_context(name);
        let i = self.columns.len();
        self.columns
            .push(ColumnState::new(name.to_string(), ctx, self.engine));
        self.index.insert(name.to_string(), i);
        i
    }

    /// Whether a header field or JSON key holds data itself (an email, an
    /// SSN...) rather than naming it: such names must not reach the outputs
    /// as column names. Names seen clean before are not scanned again.
    pub(crate) fn name_holds_values(&mut self, name: &[u8]) -> bool {
        if name.len() < 3 || self.clean_names.contains(name) {
            return false;
        }
        self.cands.clear();
        self.engine
            .scan(name, 0..name.len(), &mut self.scratch, &mut self.cands);
        let holds = self.cands.iter().any(|c| c.confidence >= 0.5);
        self.cands.clear();
        if !holds && self.clean_names.len() < MAX_COLUMNS {
            self.clean_names.insert(name.to_vec());
        }
        holds
    }

    /// Records a null (or empty) cell.
    pub(crate) fn null(&mut self, col: usize) {
        self.columns[col].nulls += 1;
    }

    /// Records a non-null value that cannot hold sensitive data (booleans,
    /// floats, short numbers).
    pub(crate) fn opaque(&mut self, col: usize, len: usize) {
        let c = &mut self.columns[col];
        c.observe_len(len);
        c.count(len, &[]);
    }

    /// Records an integer cell given as decimal digits: identifiers stored
    /// as integers (SSN, NPI, account numbers) have at least 6 digits.
    pub(crate) fn number(
        &mut self,
        acc: &mut ObjectAccumulator<'_>,
        col: usize,
        row: Option<u64>,
        digits: &[u8],
    ) {
        self.number_in(acc, col, CellAt::Row(row), digits)
    }

    /// [`Self::number`] written at `at` (a SQL dump's unquoted integer,
    /// located in the file).
    pub(crate) fn number_in(
        &mut self,
        acc: &mut ObjectAccumulator<'_>,
        col: usize,
        at: CellAt,
        digits: &[u8],
    ) {
        self.number_of_kind(acc, col, at, digits, None)
    }

    /// [`Self::number_in`] whose kind a sibling column names (see
    /// [`Described::ByKindColumn`]).
    pub(crate) fn number_of_kind(
        &mut self,
        acc: &mut ObjectAccumulator<'_>,
        col: usize,
        at: CellAt,
        digits: &[u8],
        kind: Option<&'static str>,
    ) {
        if digits.len() < 6 {
            self.opaque(col, digits.len());
        } else {
            let described = kind.map(Described::ByKindColumn);
            self.cell_in(acc, col, at, digits, described);
        }
    }

    /// Classifies one cell of column `col` at data row `row`, of the kind
    /// its row's kind column names if one does (see
    /// [`Described::ByKindColumn`]).
    pub(crate) fn cell_of_kind(
        &mut self,
        acc: &mut ObjectAccumulator<'_>,
        col: usize,
        row: u64,
        value: &[u8],
        kind: Option<&'static str>,
    ) {
        let described = kind.map(Described::ByKindColumn);
        self.cell_in(acc, col, CellAt::Row(Some(row)), value, described)
    }

    /// [`Self::cell_of_kind`], of no named kind, where the row number may be unknown (a row of a
    /// sample slice read from the middle of a file).
    pub(crate) fn cell_at(
        &mut self,
        acc: &mut ObjectAccumulator<'_>,
        col: usize,
        row: Option<u64>,
        value: &[u8],
    ) {
        self.cell_in(acc, col, CellAt::Row(row), value, None)
    }

    /// Classifies one cell, written at `at`; `described` is what its
    /// row says the value is (see [`Described`]): an entity-attribute-value
    /// record's word joins the column's name as context, a kind column's
    /// stands in for it. Every cell counts in its column alike.
    pub(crate) fn cell_in(
        &mut self,
        acc: &mut ObjectAccumulator<'_>,
        col: usize,
        at: CellAt,
        value: &[u8],
        described: Option<Described<'_>>,
    ) {
        let raw = value;
        let lead = value.len() - value.trim_ascii_start().len();
        let value = value.trim_ascii();
        if value.is_empty() {
            self.columns[col].nulls += 1;
            return;
        }
        let column = &mut self.columns[col];
        column.observe_shape(value);
        if value.len() < column.shortest_value() {
            column.count(value.len(), &[]);
            return;
        }
        match described {
            None => column.lookup(self.engine, value, &mut self.scratch, &mut self.cands),
            Some(Described::ByKindColumn(kind)) => {
                let engine = self.engine;
                let ctx = self
                    .kinds
                    .entry(kind)
                    .or_insert_with(|| engine.column_context(kind));
                self.cands.clear();
                engine.scan_value(value, ctx, &mut self.scratch, &mut self.cands);
            }
            Some(Described::InRecord(word)) => {
                let key = (col, word.to_string());
                let fresh;
                let ctx = match self.described.get(&key) {
                    Some(ctx) => ctx,
                    None => {
                        let ctx = self
                            .engine
                            .column_context(&format!("{}.{word}", column.name));
                        // A bounded memo: records describing their values in
                        // thousands of ways are classified without it.
                        if self.described.len() < MAX_DESCRIBED {
                            self.described.entry(key).or_insert(ctx)
                        } else {
                            fresh = ctx;
                            &fresh
                        }
                    }
                };
                self.cands.clear();
                self.engine
                    .scan_value(value, ctx, &mut self.scratch, &mut self.cands);
            }
        }
        column.count(value.len(), &self.cands);
        if !self.cands.is_empty() {
            let cands = std::mem::take(&mut self.cands);
            let at = match at {
                CellAt::Offset { start, line, row } => CellAt::Offset {
                    start: start + lead as u64,
                    line: line + newlines(&raw[..lead]),
                    row,
                },
                row => row,
            };
            self.emit(acc, col, at, value, &cands);
            self.cands = cands;
        }
    }

    /// Records one cell whose candidates are already known (Parquet
    /// dictionary values are classified once per distinct value).
    pub(crate) fn cell_known(
        &mut self,
        acc: &mut ObjectAccumulator<'_>,
        col: usize,
        row: u64,
        value: &[u8],
        cands: &[Candidate],
    ) {
        let value = value.trim_ascii();
        if value.is_empty() {
            self.columns[col].nulls += 1;
            return;
        }
        let column = &mut self.columns[col];
        column.observe_shape(value);
        column.count(value.len(), cands);
        if !cands.is_empty() {
            self.emit(acc, col, CellAt::Row(Some(row)), value, cands);
        }
    }

    /// Classifies a distinct value of a column without counting it.
    pub(crate) fn classify_distinct(&mut self, col: usize, value: &[u8]) -> Vec<Candidate> {
        let value = value.trim_ascii();
        if value.len() < self.columns[col].shortest_value() {
            return Vec::new();
        }
        let mut out = Vec::new();
        self.columns[col].scan_uncached(self.engine, value, &mut self.scratch, &mut out);
        out
    }

    fn emit(
        &mut self,
        acc: &mut ObjectAccumulator<'_>,
        col: usize,
        at: CellAt,
        value: &[u8],
        cands: &[Candidate],
    ) {
        let column = &mut self.columns[col];
        if column.emitted >= MAX_FINDINGS_PER_COLUMN {
            return;
        }
        column.emitted += cands.len() as u64;
        let column = &self.columns[col].name_json;
        for c in cands {
            let place = match at {
                CellAt::Row(row) => FindingPlace::Cell { column, row },
                CellAt::Offset { start, line, row } => FindingPlace::Located {
                    start: start + c.start as u64,
                    end: start + c.end as u64,
                    // A CSV field may span lines; a JSON string holds none.
                    line: line + newlines(&value[..c.start]),
                    column,
                    row,
                },
            };
            acc.record(place, c, &value[c.start..c.end]);
        }
    }

    /// Labels every column and the table, and hands them to `acc`.
    fn finish(self, acc: &mut ObjectAccumulator<'_>) {
        let threshold = acc.ctx().opts.column_threshold;
        let (root, path) = acc.names();
        let (root, path) = (root.to_string(), path.to_string());
        let mut table_types = std::collections::BTreeMap::new();
        for col in &self.columns {
            let label = col.label(
                self.engine,
                &root,
                &path,
                threshold,
                self.rows_scanned,
                self.rows_total,
            );
            for (t, n) in &label.types {
                *table_types.entry(t.clone()).or_insert(0u64) += n;
            }
            acc.column_labels.push(label);
        }
        acc.rows = Some((self.rows_scanned, self.rows_total));
        acc.set_table_types(table_types);
        acc.add_rule_counts(&self.text_counts);
    }
}

#[cfg(test)]
mod kind_column_tests {
    use super::*;

    #[test]
    fn kind_columns_pair_a_value_with_the_column_naming_its_kind() {
        let names = [
            "PA-TIN-TYPE",
            "PA-TIN",
            "id_number",
            "id_type",
            "phone",
            "notes",
        ];
        let kinds = kind_columns(&names);
        assert_eq!(kinds[1].map(|k| k.at), Some(0));
        assert!(kinds[1].unwrap().taxpayer);
        assert_eq!(kinds[2].map(|k| k.at), Some(3));
        assert!(!kinds[2].unwrap().taxpayer);
        // A kind column is no value told by itself; nothing names the rest.
        assert_eq!(kinds[0], None);
        assert_eq!(kinds[3], None);
        assert_eq!(kinds[4], None);
        assert_eq!(kinds[5], None);
        // `TaxId` and `TaxIdType` (camel case), `tin` and `tin_ind`.
        assert_eq!(
            kind_columns(&["TaxIdType", "TaxId"])[1].map(|k| k.at),
            Some(0)
        );
        assert_eq!(kind_columns(&["tin", "tin_ind"])[0].map(|k| k.at), Some(1));
        // A column merely starting like another is not its kind.
        assert_eq!(kind_columns(&["tin", "tinker_type"])[0], None);
        assert_eq!(kind_columns(&["", "_type"])[0], None);
    }

    #[test]
    fn kind_cells_name_types_the_rules_know() {
        let tin = kind_columns(&["tin", "tin_type"])[0].unwrap();
        let id = kind_columns(&["id_number", "id_type"])[0].unwrap();
        assert_eq!(tin.kind(b"S"), Some("ssn"));
        assert_eq!(tin.kind(b" e "), Some("ein"));
        assert_eq!(tin.kind(b"I"), Some("itin"));
        assert_eq!(tin.kind(b"1"), Some("ein"));
        assert_eq!(tin.kind(b"2"), Some("ssn_itin"));
        // One letter means a taxpayer id's kind only.
        assert_eq!(id.kind(b"S"), None);
        assert_eq!(id.kind(b"1"), None);
        assert_eq!(id.kind(b"Passport"), Some("passport"));
        assert_eq!(id.kind(b"Driver's License"), Some("drivers_license"));
        assert_eq!(id.kind(b"MRN"), Some("mrn"));
        assert_eq!(id.kind(b"home"), None);
        assert_eq!(id.kind(b""), None);
        assert_eq!(id.kind(b"\xff\xfe"), None);
        assert_eq!(id.kind("x".repeat(41).as_bytes()), None);
    }
}

#[cfg(test)]
mod detect_tests {
    use super::*;

    fn format(name: &str, head: &str) -> Option<TableFormat> {
        detect(Path::new(name), head.as_bytes()).map(|d| d.format)
    }

    #[test]
    fn json_files_by_shape() {
        assert_eq!(
            format("a.json", "[{\"a\": 1}]"),
            Some(TableFormat::JsonArray)
        );
        assert_eq!(
            format("a.json", "{\"a\": 1}\n{\"a\": 2}\n"),
            Some(TableFormat::JsonLines)
        );
        assert_eq!(
            format("a.json", "{\n  \"resourceType\": \"Patient\",\n"),
            Some(TableFormat::JsonDocument)
        );
        assert_eq!(
            format("a.json", "{\"a\": 1}"),
            Some(TableFormat::JsonDocument)
        );
        // Not records: text.
        assert_eq!(format("a.json", "[1, 2]"), None);
        assert_eq!(format("a.json", "hello"), None);
        // Only a `.json` file is a document: JSON lines stay JSON lines.
        assert_eq!(
            format("a.jsonl", "{\"a\": 1}"),
            Some(TableFormat::JsonLines)
        );
    }

    #[test]
    fn sql_dumps_by_extension_and_text() {
        assert_eq!(
            format("crm.sql", "-- MySQL dump\nCREATE TABLE t (a int);"),
            Some(TableFormat::SqlDump)
        );
        assert_eq!(
            format("CRM.SQL", "COPY t FROM stdin;"),
            Some(TableFormat::SqlDump)
        );
        assert_eq!(format("crm.sql", "\0\0\0binary\0"), None);
    }
}
