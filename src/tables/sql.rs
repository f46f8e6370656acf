//! SQL dumps (`.sql`, `.sql.gz`): the rows a database dump holds are read as
//! tables, each value classified under its column's name, as a CSV cell is
//! under its header: mysqldump's `INSERT INTO t VALUES (...),(...);` (the
//! columns from the `CREATE TABLE t` above it), `INSERT INTO t (a, b) VALUES
//! ...` as pg_dump `--inserts` and most tools write it, and pg_dump's `COPY
//! t (a, b) FROM stdin;` blocks of tab-separated rows. A value's column is
//! labelled `table.column`; its findings carry offsets into the file.
//!
//! Everything else in the file (comments, `UPDATE` and `SET` statements,
//! the DDL itself) is scanned as text, so nothing a text scan would find is
//! lost. Memory stays bounded: statements are cut at `;` outside quotes and
//! comments, and one longer than [`MAX_STATEMENT`] is scanned as text in
//! pieces.

use super::{newlines, CellAt, TableOutcome, TableScanner};
use crate::engine::{Candidate, Scratch};
use crate::scan::{ObjectAccumulator, ObjectStatus};
use std::collections::HashMap;
use std::io::Read;

/// The longest statement (or `COPY` row) read as a table; a longer one is
/// scanned as text. mysqldump's extended inserts stay under 1 MiB by
/// default (`--net-buffer-length`).
pub(crate) const MAX_STATEMENT: usize = 16 << 20;

/// Most tables whose column names and row counts are remembered per file.
const MAX_TABLES: usize = 4096;

/// Most columns remembered per table.
const MAX_TABLE_COLUMNS: usize = 4096;

/// Where the lexer is, across reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lex {
    Code,
    Single,
    /// After a backslash inside a single-quoted string (MySQL escapes).
    SingleEscape,
    Double,
    Backtick,
    LineComment,
    BlockComment,
}

/// What the reader is in the middle of.
enum Mode {
    /// Statements, cut at `;`.
    Statements,
    /// A statement over [`MAX_STATEMENT`]: text until its `;`.
    Oversized,
    /// The rows of a `COPY ... FROM stdin;`, one a line until `\.`.
    Copy { table: String, columns: Vec<String> },
}

/// Reads a SQL dump from `input` into `table` (values) and `acc` (text).
pub(super) fn read(
    input: &mut dyn Read,
    limit_bytes: u64,
    table: &mut TableScanner<'_>,
    acc: &mut ObjectAccumulator<'_>,
) -> TableOutcome {
    let mut reader = SqlReader::new(table, acc);
    let mut buf = vec![0u8; 256 << 10];
    let mut read = 0u64;
    let mut status = ObjectStatus::Scanned;
    loop {
        if read >= limit_bytes {
            status = ObjectStatus::Partial {
                reason: format!(
                    "decompressed size limit of {limit_bytes} bytes reached; the rest was not scanned"
                ),
            };
            break;
        }
        let n = match input.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => {
                status = ObjectStatus::Partial {
                    reason: format!("read failed at line {}: {e}", reader.line_at_end()),
                };
                break;
            }
        };
        read += n as u64;
        reader.feed(&buf[..n]);
    }
    reader.finish();
    let rows = reader.rows;
    let text_counts = std::mem::take(&mut reader.text_counts);
    drop(reader);
    table.rows_scanned = rows;
    table.rows_total = matches!(status, ObjectStatus::Scanned).then_some(rows);
    table.text_counts = text_counts;
    TableOutcome {
        bytes: read,
        status,
        not_a_table: None,
        damaged: false,
    }
}

struct SqlReader<'t, 'e, 'a, 'c> {
    table: &'t mut TableScanner<'e>,
    acc: &'a mut ObjectAccumulator<'c>,
    scratch: Scratch,
    cands: Vec<Candidate>,
    /// Bytes held: the statement (or line) being read.
    pending: Held,
    /// Offset and line of `pending[0]` in the file.
    base: u64,
    line: u64,
    /// How far `pending` has been lexed, and the lexer's state there.
    lexed: usize,
    lex: Lex,
    mode: Mode,
    /// Column names by table, from `CREATE TABLE`.
    schemas: HashMap<String, Vec<String>>,
    /// Rows read, in all and per table.
    rows: u64,
    table_rows: HashMap<String, u64>,
    /// Findings per rule of the text between the rows: the object label
    /// counts them beside the columns' types.
    text_counts: Vec<u64>,
    unescaped: Vec<u8>,
    /// The rest of the current `COPY` line is text (it outgrew the bound).
    line_is_text: bool,
    /// A position in `pending` and its line (see [`Self::line_at`]).
    counted: (usize, u64),
}

impl<'t, 'e, 'a, 'c> SqlReader<'t, 'e, 'a, 'c> {
    fn new(table: &'t mut TableScanner<'e>, acc: &'a mut ObjectAccumulator<'c>) -> Self {
        let rules = acc.ctx().engine.rules().len();
        SqlReader {
            table,
            acc,
            // A new table: its names are its own.
            scratch: Scratch::for_new_document(),
            cands: Vec::new(),
            pending: Held::default(),
            base: 0,
            line: 1,
            lexed: 0,
            lex: Lex::Code,
            mode: Mode::Statements,
            schemas: HashMap::new(),
            rows: 0,
            table_rows: HashMap::new(),
            text_counts: vec![0; rules],
            unescaped: Vec::new(),
            line_is_text: false,
            counted: (0, 1),
        }
    }

    /// The line the bytes read so far end on.
    fn line_at_end(&self) -> u64 {
        self.line + newlines(&self.pending)
    }

    fn feed(&mut self, data: &[u8]) {
        self.pending.extend_from_slice(data);
        loop {
            let progressed = match self.mode {
                Mode::Copy { .. } => self.copy_line(false),
                Mode::Statements | Mode::Oversized => self.statement(false),
            };
            if !progressed {
                break;
            }
        }
        // A statement or row that outgrows the bound: its bytes so far are
        // text, and so is the rest of it.
        if self.pending.len() > MAX_STATEMENT {
            // Cut after a line break or a blank near the end, so that a
            // value is not split between two text scans.
            let all = self.pending.len();
            let tail = &self.pending[all - (64 << 10)..];
            let cut = memchr::memrchr(b'\n', tail)
                .or_else(|| {
                    memchr::memrchr(b' ', &tail[tail.len() - (4 << 10)..])
                        .map(|p| p + tail.len() - (4 << 10))
                })
                .map_or(all, |p| all - tail.len() + p + 1);
            self.text(0..cut);
            self.consume(cut);
            match self.mode {
                Mode::Statements => self.mode = Mode::Oversized,
                Mode::Copy { .. } => self.line_is_text = true,
                Mode::Oversized => {}
            }
        }
    }

    fn finish(&mut self) {
        // What is left (a last statement without `;`, a COPY block cut
        // short) is read as it would have been with its end.
        match self.mode {
            Mode::Copy { .. } => while self.copy_line(true) {},
            _ => while self.statement(true) {},
        }
        let all = self.pending.len();
        if all > 0 {
            self.text(0..all);
            self.consume(all);
        }
        std::mem::take(&mut self.scratch).give_back();
    }

    /// Drops `pending[..n]`, moving the base past it.
    fn consume(&mut self, n: usize) {
        self.line = self.line_at(n);
        self.base += n as u64;
        self.pending.drain_front(n);
        self.lexed = self.lexed.saturating_sub(n);
        self.counted = (0, self.line);
    }

    /// The line `pending[pos]` is on. Values are met in order, so the
    /// count goes on from the last one asked for (counting from the
    /// statement's start for each was quadratic in its length).
    fn line_at(&mut self, pos: usize) -> u64 {
        let (from, line) = if pos >= self.counted.0 {
            self.counted
        } else {
            (0, self.line)
        };
        let line = line + newlines(&self.pending[from..pos]);
        self.counted = (pos, line);
        line
    }

    /// Handles the next complete statement, if `pending` holds one (or, at
    /// the end of input, whatever is left). Returns whether it did.
    fn statement(&mut self, at_end: bool) -> bool {
        let end = match self.find_statement_end() {
            Some(end) => end,
            None if at_end && !self.pending.is_empty() => self.pending.len(),
            None => return false,
        };
        if matches!(self.mode, Mode::Oversized) {
            self.text(0..end);
            self.mode = Mode::Statements;
        } else {
            self.dispatch(end);
        }
        // (`consume` takes `lexed`, at most `end`, back to 0.)
        self.consume(end);
        self.lex = Lex::Code;
        true
    }

    /// The end (past the `;`) of the statement `pending` starts with.
    fn find_statement_end(&mut self) -> Option<usize> {
        let p = &self.pending;
        let mut i = self.lexed;
        while i < p.len() {
            let b = p[i];
            let next = p.get(i + 1).copied();
            match self.lex {
                Lex::Code => match b {
                    b';' => {
                        self.lexed = i + 1;
                        return Some(i + 1);
                    }
                    b'\'' => self.lex = Lex::Single,
                    b'"' => self.lex = Lex::Double,
                    b'`' => self.lex = Lex::Backtick,
                    b'-' if next == Some(b'-') => self.lex = Lex::LineComment,
                    b'#' if i == 0 || p[i - 1] == b'\n' => self.lex = Lex::LineComment,
                    b'/' if next == Some(b'*') => {
                        self.lex = Lex::BlockComment;
                        i += 1;
                    }
                    // The second byte of a pair not yet read: wait for it.
                    b'-' | b'/' if next.is_none() => break,
                    _ => {}
                },
                Lex::Single => match b {
                    b'\'' => self.lex = Lex::Code,
                    b'\\' => self.lex = Lex::SingleEscape,
                    _ => {}
                },
                Lex::SingleEscape => self.lex = Lex::Single,
                Lex::Double if b == b'"' => self.lex = Lex::Code,
                Lex::Backtick if b == b'`' => self.lex = Lex::Code,
                Lex::LineComment if b == b'\n' => self.lex = Lex::Code,
                Lex::BlockComment if b == b'*' && next == Some(b'/') => {
                    self.lex = Lex::Code;
                    i += 1;
                }
                Lex::BlockComment if b == b'*' && next.is_none() => break,
                _ => {}
            }
            i += 1;
        }
        self.lexed = i;
        None
    }

    /// Reads the statement `pending[..end]`: rows of an `INSERT`, the
    /// columns of a `CREATE TABLE`, the start of a `COPY`; text otherwise.
    fn dispatch(&mut self, end: usize) {
        let start = skip_blanks_and_comments(&self.pending[..end], 0);
        // Comments before the statement are text.
        if start > 0 {
            self.text(0..start);
        }
        let stmt = &self.pending[start..end];
        let mut words = Words::new(stmt);
        let first = words.keyword();
        match first.as_deref() {
            Some("insert" | "replace") => {
                if let Some(at) = insert_values(stmt) {
                    self.insert(start, end, at);
                    return;
                }
            }
            Some("create") => {
                if let Some((name, columns)) = create_table(stmt) {
                    if self.schemas.len() < MAX_TABLES || self.schemas.contains_key(&name) {
                        self.schemas.insert(name, columns);
                    }
                }
            }
            Some("copy") => {
                if let Some((table, columns, from_stdin)) = copy_header(stmt) {
                    if from_stdin {
                        let columns = if columns.is_empty() {
                            self.schemas.get(&table).cloned().unwrap_or_default()
                        } else {
                            columns
                        };
                        self.mode = Mode::Copy { table, columns };
                        return;
                    }
                }
            }
            _ => {}
        }
        self.text(start..end);
    }

    /// The rows of `INSERT ... VALUES` in `pending[start..end]`, whose
    /// `VALUES` list begins `at` bytes into the statement.
    fn insert(&mut self, start: usize, end: usize, at: InsertAt) {
        let InsertAt {
            table,
            columns,
            values,
        } = at;
        let columns = if columns.is_empty() {
            self.schemas.get(&table).cloned().unwrap_or_default()
        } else {
            columns
        };
        let stmt_end = end;
        let mut i = start + values;
        // The header (`INSERT INTO t (a, b) VALUES`) holds no values.
        loop {
            i = skip_blanks_and_comments(&self.pending[..stmt_end], i);
            if i >= stmt_end || self.pending[i] != b'(' {
                break;
            }
            let Some(close) = self.tuple(&table, &columns, i + 1, stmt_end) else {
                // An unterminated tuple: the rest is text.
                self.text(i..stmt_end);
                return;
            };
            i = skip_blanks_and_comments(&self.pending[..stmt_end], close + 1);
            if i < stmt_end && self.pending[i] == b',' {
                i += 1;
            } else {
                break;
            }
        }
        // Whatever follows the rows (`ON DUPLICATE KEY UPDATE ...`,
        // `RETURNING`) is text.
        if i < stmt_end {
            self.text(i..stmt_end);
        }
    }

    /// One tuple whose items start at `from`: classifies them and returns
    /// the index of its closing parenthesis.
    fn tuple(&mut self, table: &str, columns: &[String], from: usize, end: usize) -> Option<usize> {
        let row = self.next_row(table);
        let mut item = 0usize;
        let mut i = from;
        loop {
            let item_start = i;
            let mut depth = 0usize;
            let mut quote: Option<(usize, usize)> = None;
            let mut escaped = false;
            while i < end {
                let b = self.pending[i];
                match b {
                    b'\'' if depth == 0 => {
                        let (close, has_escape) = string_end(&self.pending[..end], i)?;
                        if quote.is_none() {
                            quote = Some((i + 1, close));
                            escaped = has_escape;
                        }
                        i = close + 1;
                        continue;
                    }
                    b'\'' => i = string_end(&self.pending[..end], i)?.0,
                    b'(' => depth += 1,
                    b')' if depth > 0 => depth -= 1,
                    b',' | b')' => break,
                    _ => {}
                }
                i += 1;
            }
            if i >= end {
                return None;
            }
            self.value(table, columns, item, row, item_start, i, quote, escaped);
            item += 1;
            if self.pending[i] == b')' {
                return Some(i);
            }
            i += 1;
        }
    }

    /// The 0-based row number, in its table, of a new row of `table`.
    /// Past [`MAX_TABLES`] tables, rows of further ones are numbered in the
    /// whole file (the counters stay bounded).
    fn next_row(&mut self, table: &str) -> u64 {
        self.rows += 1;
        if !self.table_rows.contains_key(table) {
            if self.table_rows.len() >= MAX_TABLES {
                return self.rows - 1;
            }
            self.table_rows.insert(table.to_string(), 0);
        }
        let n = self.table_rows.get_mut(table).expect("inserted above");
        *n += 1;
        *n - 1
    }

    /// Classifies one item (`pending[start..stop]`, `quoted` the content
    /// of its string literal if it has one).
    #[allow(clippy::too_many_arguments)]
    fn value(
        &mut self,
        table: &str,
        columns: &[String],
        item: usize,
        row: u64,
        start: usize,
        stop: usize,
        quoted: Option<(usize, usize)>,
        escaped: bool,
    ) {
        let col = self.column(table, columns, item);
        match quoted {
            Some((from, to)) if escaped => {
                // `O''Brien`, `it\'s`: classified as the database holds
                // it, by column and row (its bytes are not the file's).
                unescape(&self.pending[from..to], &mut self.unescaped);
                self.unescaped_cell(col, row);
            }
            Some((from, to)) => {
                let at = self.located(row, from);
                self.table
                    .cell_in(self.acc, col, at, &self.pending[from..to], None);
            }
            None => {
                let item = &self.pending[start..stop];
                let lead = start + (item.len() - item.trim_ascii_start().len());
                let raw = item.trim_ascii();
                let raw_len = raw.len();
                let (is_null, is_integer) = (
                    raw.eq_ignore_ascii_case(b"null") || raw.is_empty(),
                    raw.iter().all(u8::is_ascii_digit),
                );
                if is_null {
                    self.table.null(col);
                } else if is_integer {
                    // Identifiers stored as integers (an NPI, an account).
                    let at = self.located(row, lead);
                    let digits = &self.pending[lead..lead + raw_len];
                    self.table.number_in(self.acc, col, at, digits);
                } else {
                    self.table.opaque(col, raw_len);
                }
            }
        }
    }

    /// Where a value of row `row` starting at `pending[pos]` is in the file.
    fn located(&mut self, row: u64, pos: usize) -> CellAt {
        CellAt::Offset {
            start: self.base + pos as u64,
            line: self.line_at(pos),
            row: Some(row),
        }
    }

    /// Classifies the value in `unescaped` (not the file's bytes), by
    /// column and row only.
    fn unescaped_cell(&mut self, col: usize, row: u64) {
        self.table
            .cell_in(self.acc, col, CellAt::Row(Some(row)), &self.unescaped, None);
    }

    /// The column of item `item` of a row of `table`.
    fn column(&mut self, table: &str, columns: &[String], item: usize) -> usize {
        let name = columns.get(item).map(String::as_str);
        let label = match name {
            Some(name) => format!("{table}.{name}"),
            None => format!("{table}.{}", item + 1),
        };
        self.table.column(&label)
    }

    /// One line of a `COPY` block, if `pending` holds a whole one (or, at
    /// the end of input, what is left). Returns whether it read one.
    fn copy_line(&mut self, at_end: bool) -> bool {
        let end = match memchr::memchr(b'\n', &self.pending) {
            Some(nl) => nl + 1,
            None if at_end && !self.pending.is_empty() => self.pending.len(),
            None => return false,
        };
        if self.line_is_text {
            self.line_is_text = false;
            self.text(0..end);
            self.consume(end);
            return true;
        }
        let line = &self.pending[..end];
        let body = line.strip_suffix(b"\n").unwrap_or(line);
        let body = body.strip_suffix(b"\r").unwrap_or(body);
        let body_len = body.len();
        // (The line break after `FROM stdin;` comes first: no row.)
        if body.is_empty() {
            self.consume(end);
            return true;
        }
        if body == b"\\." {
            self.mode = Mode::Statements;
            self.consume(end);
            return true;
        }
        let Mode::Copy { table, columns } = std::mem::replace(&mut self.mode, Mode::Statements)
        else {
            unreachable!("copy_line runs in COPY mode");
        };
        let row = self.next_row(&table);
        let mut from = 0usize;
        let mut item = 0usize;
        while from <= body_len {
            let stop =
                memchr::memchr(b'\t', &self.pending[from..body_len]).map_or(body_len, |t| from + t);
            let col = self.column(&table, &columns, item);
            let field = &self.pending[from..stop];
            if field == b"\\N" || field.is_empty() {
                self.table.null(col);
            } else if field.contains(&b'\\') {
                unescape_copy(field, &mut self.unescaped);
                self.unescaped_cell(col, row);
            } else {
                let at = self.located(row, from);
                self.table
                    .cell_in(self.acc, col, at, &self.pending[from..stop], None);
            }
            item += 1;
            from = stop + 1;
        }
        self.mode = Mode::Copy { table, columns };
        self.consume(end);
        true
    }

    /// Scans `pending[range]` as text.
    fn text(&mut self, range: std::ops::Range<usize>) {
        if range.is_empty() {
            return;
        }
        let hay = &self.pending[range.clone()];
        self.cands.clear();
        let engine = self.acc.ctx().engine;
        engine.scan(hay, 0..hay.len(), &mut self.scratch, &mut self.cands);
        if self.cands.is_empty() {
            return;
        }
        for c in &self.cands {
            self.text_counts[c.rule] += 1;
        }
        let lines = crate::scan::relative_lines(hay, 0, &self.cands);
        let line_base = self.line_at(range.start);
        let with_lines: Vec<(Candidate, u64)> =
            lines.into_iter().map(|(c, l)| (c, l + line_base)).collect();
        let base = self.base + range.start as u64;
        let hay = &self.pending[range];
        self.acc.text_candidates(hay, base, &with_lines);
    }
}

/// The bytes read and not yet handled. Handled statements are dropped
/// from the front only when more bytes come (dropping each one as it was
/// handled moved the rest of the buffer every time: quadratic in the
/// statements a read holds, a line per row in `COPY` blocks).
#[derive(Default)]
struct Held {
    bytes: Vec<u8>,
    head: usize,
}

impl std::ops::Deref for Held {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.bytes[self.head..]
    }
}

impl Held {
    fn extend_from_slice(&mut self, data: &[u8]) {
        self.bytes.drain(..self.head);
        self.head = 0;
        self.bytes.extend_from_slice(data);
    }

    fn drain_front(&mut self, n: usize) {
        self.head += n;
    }
}

/// The first byte at or after `i` that is neither a blank nor in a
/// comment.
fn skip_blanks_and_comments(s: &[u8], mut i: usize) -> usize {
    loop {
        while i < s.len() && s[i].is_ascii_whitespace() {
            i += 1;
        }
        if s[i..].starts_with(b"--") || (s.get(i) == Some(&b'#') && (i == 0 || s[i - 1] == b'\n')) {
            i = memchr::memchr(b'\n', &s[i..]).map_or(s.len(), |n| i + n + 1);
        } else if s[i..].starts_with(b"/*") && !s[i..].starts_with(b"/*!") {
            i = memchr::memmem::find(&s[i + 2..], b"*/").map_or(s.len(), |n| i + 2 + n + 2);
        } else {
            return i;
        }
    }
}

/// The closing quote of the string literal opening at `open`, and whether
/// its content holds an escape (`''` or a backslash).
fn string_end(s: &[u8], open: usize) -> Option<(usize, bool)> {
    let mut i = open + 1;
    let mut escaped = false;
    while i < s.len() {
        match s[i] {
            b'\\' => {
                escaped = true;
                i += 2;
            }
            b'\'' if s.get(i + 1) == Some(&b'\'') => {
                escaped = true;
                i += 2;
            }
            b'\'' => return Some((i, escaped)),
            _ => i += 1,
        }
    }
    None
}

/// A string literal's content as the database holds it.
fn unescape(content: &[u8], out: &mut Vec<u8>) {
    out.clear();
    let mut i = 0;
    while i < content.len() {
        match content[i] {
            b'\\' if i + 1 < content.len() => {
                out.push(match content[i + 1] {
                    b'n' => b'\n',
                    b't' => b'\t',
                    b'r' => b'\r',
                    b'0' => 0,
                    other => other,
                });
                i += 2;
            }
            b'\'' if content.get(i + 1) == Some(&b'\'') => {
                out.push(b'\'');
                i += 2;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
}

/// A `COPY` field's text as the database holds it (`\t`, `\n`, `\\`).
fn unescape_copy(field: &[u8], out: &mut Vec<u8>) {
    out.clear();
    let mut i = 0;
    while i < field.len() {
        if field[i] == b'\\' && i + 1 < field.len() {
            out.push(match field[i + 1] {
                b'n' => b'\n',
                b't' => b'\t',
                b'r' => b'\r',
                other => other,
            });
            i += 2;
        } else {
            out.push(field[i]);
            i += 1;
        }
    }
}

/// Words and identifiers of a statement's head, lower case, quotes off.
struct Words<'s> {
    s: &'s [u8],
    i: usize,
}

impl<'s> Words<'s> {
    fn new(s: &'s [u8]) -> Self {
        Words { s, i: 0 }
    }

    fn skip(&mut self) {
        self.i = skip_blanks_and_comments(self.s, self.i);
    }

    /// The next bare word, lower case.
    fn keyword(&mut self) -> Option<String> {
        self.skip();
        let start = self.i;
        while self.i < self.s.len()
            && (self.s[self.i].is_ascii_alphanumeric() || self.s[self.i] == b'_')
        {
            self.i += 1;
        }
        (self.i > start)
            .then(|| String::from_utf8_lossy(&self.s[start..self.i]).to_ascii_lowercase())
    }

    /// Whether the next word is `word` (consumed if so).
    fn eat(&mut self, word: &str) -> bool {
        let save = self.i;
        if self.keyword().as_deref() == Some(word) {
            true
        } else {
            self.i = save;
            false
        }
    }

    /// A possibly qualified, possibly quoted name (`public.patients`,
    /// `` `patients` ``, `"Patients"`), quotes off.
    fn name(&mut self) -> Option<String> {
        let mut out = String::new();
        loop {
            self.skip();
            let part = match self.s.get(self.i)? {
                b'`' | b'"' | b'[' => {
                    let close = match self.s[self.i] {
                        b'[' => b']',
                        q => q,
                    };
                    let from = self.i + 1;
                    let to = from + memchr::memchr(close, &self.s[from..])?;
                    self.i = to + 1;
                    &self.s[from..to]
                }
                _ => {
                    let from = self.i;
                    while self.i < self.s.len()
                        && (self.s[self.i].is_ascii_alphanumeric()
                            || matches!(self.s[self.i], b'_' | b'$')
                            || self.s[self.i] >= 0x80)
                    {
                        self.i += 1;
                    }
                    if self.i == from {
                        return None;
                    }
                    &self.s[from..self.i]
                }
            };
            out.push_str(&String::from_utf8_lossy(part));
            if self.s.get(self.i) == Some(&b'.') {
                out.push('.');
                self.i += 1;
            } else {
                return Some(out);
            }
        }
    }

    /// A parenthesised list of names (`(a, "b", c)`), if one follows.
    fn name_list(&mut self) -> Option<Vec<String>> {
        self.skip();
        if self.s.get(self.i) != Some(&b'(') {
            return None;
        }
        self.i += 1;
        let mut names = Vec::new();
        loop {
            names.push(self.name()?);
            self.skip();
            match self.s.get(self.i)? {
                b',' => self.i += 1,
                b')' => {
                    self.i += 1;
                    names.truncate(MAX_TABLE_COLUMNS);
                    return Some(names);
                }
                _ => return None,
            }
        }
    }
}

/// Where an `INSERT` statement's rows are.
struct InsertAt {
    table: String,
    /// Its column list (empty: the table's, from `CREATE TABLE`).
    columns: Vec<String>,
    /// Offset of the first byte after `VALUES`.
    values: usize,
}

/// `INSERT [IGNORE] INTO t [(cols)] VALUES`, `REPLACE INTO ...`.
fn insert_values(stmt: &[u8]) -> Option<InsertAt> {
    let mut w = Words::new(stmt);
    w.keyword()?;
    for modifier in ["low_priority", "delayed", "high_priority", "ignore"] {
        w.eat(modifier);
    }
    w.eat("into");
    let table = w.name()?;
    let columns = w.name_list().unwrap_or_default();
    if !(w.eat("values") || w.eat("value")) {
        return None;
    }
    Some(InsertAt {
        table,
        columns,
        values: w.i,
    })
}

/// `CREATE [TEMPORARY] TABLE [IF NOT EXISTS] t (col type ..., ...)`: the
/// table and its column names (constraints and keys left out).
fn create_table(stmt: &[u8]) -> Option<(String, Vec<String>)> {
    let mut w = Words::new(stmt);
    w.keyword()?;
    w.eat("temporary");
    w.eat("unlogged");
    if !w.eat("table") {
        return None;
    }
    if w.eat("if") {
        w.eat("not");
        w.eat("exists");
    }
    let table = w.name()?;
    w.skip();
    if w.s.get(w.i) != Some(&b'(') {
        return None;
    }
    let mut columns = Vec::new();
    let mut i = w.i + 1;
    // Each top-level item: a column (its first word) or a constraint.
    loop {
        let mut item = Words { s: stmt, i };
        let save = item.i;
        let first = item.keyword();
        let constraint = matches!(
            first.as_deref(),
            Some(
                "primary"
                    | "key"
                    | "unique"
                    | "constraint"
                    | "index"
                    | "foreign"
                    | "check"
                    | "fulltext"
                    | "spatial"
                    | "exclude"
                    | "like"
            )
        );
        if !constraint {
            item.i = save;
            if let Some(name) = item.name() {
                if columns.len() < MAX_TABLE_COLUMNS {
                    columns.push(name);
                }
            }
        }
        // On to the next top-level comma or the closing parenthesis.
        let mut depth = 0usize;
        let mut j = item.i;
        loop {
            match stmt.get(j)? {
                b'\'' => j = string_end(stmt, j)?.0,
                b'(' => depth += 1,
                b')' if depth == 0 => return Some((table, columns)),
                b')' => depth -= 1,
                b',' if depth == 0 => break,
                _ => {}
            }
            j += 1;
        }
        i = j + 1;
    }
}

/// `COPY t [(cols)] FROM stdin`: the table, its column list and whether
/// the rows follow in the dump.
fn copy_header(stmt: &[u8]) -> Option<(String, Vec<String>, bool)> {
    let mut w = Words::new(stmt);
    w.keyword()?;
    let table = w.name()?;
    let columns = w.name_list().unwrap_or_default();
    if !w.eat("from") {
        return None;
    }
    Some((table, columns, w.eat("stdin")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_heads_name_the_table_and_columns() {
        let at = insert_values(b"INSERT INTO `patients` VALUES ('a')").unwrap();
        assert_eq!(at.table, "patients");
        assert!(at.columns.is_empty());
        let stmt = b"insert ignore into public.\"Patients\" (mrn, \"full name\") values ('a', 'b')";
        let at = insert_values(stmt).unwrap();
        assert_eq!(at.table, "public.Patients");
        assert_eq!(at.columns, ["mrn", "full name"]);
        assert_eq!(&stmt[at.values..at.values + 2], b" (");
        assert!(insert_values(b"INSERT INTO t SELECT * FROM u").is_none());
    }

    #[test]
    fn create_table_lists_columns_not_constraints() {
        let stmt = b"CREATE TABLE IF NOT EXISTS `p` (\n  `mrn` varchar(12) NOT NULL DEFAULT 'x,y',\n  `dob` date,\n  amount decimal(10,2),\n  PRIMARY KEY (`mrn`),\n  KEY `k` (`dob`),\n  CONSTRAINT c FOREIGN KEY (a) REFERENCES b (a)\n) ENGINE=InnoDB";
        let (table, cols) = create_table(stmt).unwrap();
        assert_eq!(table, "p");
        assert_eq!(cols, ["mrn", "dob", "amount"]);
        assert!(create_table(b"CREATE INDEX i ON t (a)").is_none());
    }

    #[test]
    fn copy_headers_say_where_rows_are() {
        let (t, cols, stdin) = copy_header(b"COPY public.patients (mrn, dob) FROM stdin").unwrap();
        assert_eq!((t.as_str(), stdin), ("public.patients", true));
        assert_eq!(cols, ["mrn", "dob"]);
        let (_, _, stdin) = copy_header(b"COPY t TO '/tmp/x.csv'").unwrap_or_default();
        assert!(!stdin);
    }

    #[test]
    fn strings_end_at_their_own_quote() {
        assert_eq!(string_end(b"'O''Brien', 'x'", 0), Some((9, true)));
        assert_eq!(string_end(b"'it\\'s' x", 0), Some((6, true)));
        assert_eq!(string_end(b"'plain'", 0), Some((6, false)));
        assert_eq!(string_end(b"'open", 0), None);
        let mut out = Vec::new();
        unescape(b"O''Brien\\n", &mut out);
        assert_eq!(out, b"O'Brien\n");
    }

    #[test]
    fn comments_and_blanks_are_skipped() {
        let s = b"-- a\n/* b */ \n# c\nINSERT";
        assert_eq!(&s[skip_blanks_and_comments(s, 0)..], b"INSERT");
        // MySQL's versioned comments are statements.
        let s = b"/*!40101 SET NAMES utf8 */";
        assert_eq!(skip_blanks_and_comments(s, 0), 0);
    }
}
