//! Column headers of tables laid out in text (and, through
//! `crate::html_table`, of HTML tables).
//!
//! A value in a table row rarely has its label beside it: the label is the
//! column's header, rows above. Markdown and psql tables (`| NPI | Phone |`
//! over a `|---|---|` rule) and fixed-width reports (`ROUTING    ACCOUNT`
//! over aligned columns) are common in tickets, wikis, exports and printed
//! reports; a CSV reader never sees them, since they sit inside text. This
//! module finds, for a value on a row, the header cell of its column, so that
//! the header's words count as context as a table column's name does.
//!
//! Lookups come in haystack order (one per candidate), and a table may have
//! thousands of rows: [`HeaderMemo`] remembers the block of rows it last
//! verified, so each row line is examined about once per haystack instead of
//! once per candidate below it.

use std::ops::Range;

/// Lines walked up from a value to find its header before giving up.
const MAX_ROWS_UP: usize = 64;
/// Longest line taken as a table row or header: longer lines are prose or
/// data dumps, and looking for their ends would cost more than it finds.
const MAX_LINE: usize = 4096;
/// Furthest the remembered block is extended down to a new value's line
/// before a fresh walk up is cheaper.
const MAX_EXTEND: usize = 16 * 1024;
/// Longest header cell of a fixed-width table, in bytes and in words:
/// longer "cells" separated by double spaces are sentences.
const MAX_FIXED_HEADER_CELL: usize = 32;
const MAX_FIXED_HEADER_WORDS: usize = 4;

/// How a table's columns are delimited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// Cells between `|` (markdown, psql, pipe-delimited text).
    Pipe,
    /// Cells aligned at character columns, separated by runs of spaces.
    Fixed,
    /// Cells between `;` (a CSV export pasted into a ticket or a report:
    /// `full_name ; ssn ; date_of_birth`), under a header row of its own.
    Semicolon,
}

/// What one line of text is, seen as part of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// A row with `|` between cells.
    PipeRow,
    /// The rule under a pipe table's header (`|---|:--:|`, `----+----`).
    PipeRule,
    /// A row of cells separated by runs of two or more spaces; `header` when
    /// it could be a header line (no digits, short cells).
    Fixed { header: bool },
    /// A line of dashes or equals signs (under a fixed-width header).
    Rule,
    /// An indented line of one or two cells: a row's second line in a
    /// fixed-width report (a payroll register prints an employee's address
    /// and bank lines under the employee's row).
    Continuation,
    /// A row of three or more cells separated by `;`; `header` when it
    /// could be a header line (no digits, short cells).
    SemicolonRow { header: bool },
    /// Anything else: prose, a blank line, a line too long.
    Other,
}

/// What a line means to a block of `layout` rows, read either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// A row of the block (or a fixed-width table's dashed rule).
    Row,
    /// A header starts here: the fixed-width header line itself, or the
    /// rule under a pipe table's header (the header is the line above it).
    Header,
    /// The block ends.
    Break,
}

fn step(layout: Layout, shape: Shape) -> Step {
    match (layout, shape) {
        (Layout::Pipe, Shape::PipeRow)
        | (Layout::Fixed, Shape::Fixed { header: false })
        | (Layout::Fixed, Shape::Rule)
        | (Layout::Fixed, Shape::Continuation)
        | (Layout::Semicolon, Shape::SemicolonRow { header: false }) => Step::Row,
        (Layout::Pipe, Shape::PipeRule)
        | (Layout::Fixed, Shape::Fixed { header: true })
        | (Layout::Semicolon, Shape::SemicolonRow { header: true }) => Step::Header,
        _ => Step::Break,
    }
}

/// The header line a `Header` step at `line` names: the line itself
/// (fixed-width), or the pipe row just above the rule (`above`).
fn header_at(
    haystack: &[u8],
    layout: Layout,
    line: Range<usize>,
    above: Option<Range<usize>>,
) -> Option<Range<usize>> {
    match layout {
        Layout::Fixed | Layout::Semicolon => Some(trim_line_end(haystack, line)),
        Layout::Pipe => above
            .filter(|h| shape(&haystack[h.clone()]) == Shape::PipeRow)
            .map(|h| trim_line_end(haystack, h)),
    }
}

/// The block of rows last verified in the current haystack.
#[derive(Debug, Clone)]
struct Block {
    layout: Layout,
    /// The header line of the rows in `rows` (no header found: `None`).
    header: Option<Range<usize>>,
    /// The header is a comment line's list of field names (see
    /// [`declared_fields`]): it labels only rows with as many cells.
    declared: bool,
    /// From the start of the first line to the end of the last line known
    /// to be rows under `header`.
    rows: Range<usize>,
}

/// Remembers the table block of the previous lookup in one haystack. Reset
/// it (with [`HeaderMemo::reset`]) before looking up in another haystack.
#[derive(Debug, Default)]
pub(crate) struct HeaderMemo {
    block: Option<Block>,
    /// The lines last walked for [`HeaderMemo::loose_header`].
    loose: Option<LooseRows>,
    /// Whether the haystack holds a dashed rule at all (`---`, `===`):
    /// without one no header stands over loose rows, and none is looked for.
    ruled: Option<bool>,
    /// The haystack holds HL7 v2 messages (see `crate::hl7`), whose fields
    /// are labelled by position instead.
    pub(crate) hl7: bool,
    /// The haystack is a DICOM header dump, whose element lines name
    /// their values (see `crate::formats::dicom_element_name`).
    pub(crate) dicom: bool,
    /// The HTML table of the last lookup (see `crate::html_table`).
    html: crate::html_table::HtmlTables,
}

/// The header of a value's column in a table laid out in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Header {
    /// The header cell, trimmed.
    pub cell: Range<usize>,
    /// The value's own cell on its row, between its delimiters (untrimmed),
    /// in a table whose cells are delimited; `None` in a fixed-width one.
    pub own: Option<Range<usize>>,
}

impl Header {
    /// Whether the header names what its column holds (`DOB`, `checked`,
    /// `NPI`) rather than only saying it holds values (`Value`,
    /// `Details`, a key-value table's second column, whose labels are
    /// the cells beside the values).
    pub(crate) fn names_its_column(&self, haystack: &[u8]) -> bool {
        let text = &haystack[self.cell.clone()];
        !GENERIC_HEADERS
            .iter()
            .any(|generic| text.eq_ignore_ascii_case(generic.as_bytes()))
    }
}

/// Headers of columns that hold the values other cells of the row label
/// (`| Field | Value |`), and of free-text columns, whose cells carry their
/// own labels.
const GENERIC_HEADERS: &[&str] = &[
    "value",
    "values",
    "detail",
    "details",
    "data",
    "info",
    "information",
    "answer",
    "answers",
    "response",
    "entry",
    "content",
    "contents",
    "description",
    "notes",
    "note",
    "comment",
    "comments",
    "remarks",
    "text",
    "field value",
    "current value",
    "new value",
    "old value",
    "example",
    "examples",
    "sample",
    "result",
    "results",
    "finding",
    "findings",
    "evidence",
    "observation",
    "observations",
    "summary",
    "status",
    "outcome",
];

impl HeaderMemo {
    /// Forgets the block: the next lookup is in another haystack.
    pub(crate) fn reset(&mut self) {
        self.block = None;
        self.loose = None;
        self.ruled = None;
        self.html.reset();
    }

    /// No loose rows are looked for in this haystack (a table cell).
    pub(crate) fn no_loose_rows(&mut self) {
        self.ruled = Some(false);
    }

    /// The header line over the value at `start..end` when its line is one
    /// of the rows of a fixed-width table that lost their alignment (`Bed
    /// Patient  NHS no.  DOB` over a dashed rule, then `2    Babajide Asante
    /// 421 029 1889 17 Jul 1935 RX372851 ...`, as a copy through a
    /// proportional font or a tab-to-space conversion leaves them): the rows
    /// below a header and its rule, up to a blank line and at most
    /// [`MAX_LOOSE_ROWS`] bytes on. Their cells no longer line up under the
    /// header's, so the whole header labels the row. Lookups in haystack
    /// order walk each line about once.
    pub(crate) fn loose_header(
        &mut self,
        haystack: &[u8],
        start: usize,
        end: usize,
    ) -> Option<Range<usize>> {
        let ruled = *self.ruled.get_or_insert_with(|| {
            static DASHES: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
                std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"---"));
            static EQUALS: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
                std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"==="));
            DASHES.find(haystack).is_some() || EQUALS.find(haystack).is_some()
        });
        if !ruled {
            return None;
        }
        let line = line_around(haystack, start)?;
        if end > line.end {
            return None;
        }
        let known = self.loose.take().and_then(|rows| {
            if line.start < rows.walked.start || line.start > rows.walked.end + MAX_EXTEND {
                return None;
            }
            Some(if line.start <= rows.walked.end {
                rows
            } else {
                extend_loose(haystack, rows, line.start)
            })
        });
        let rows = self
            .loose
            .insert(known.unwrap_or_else(|| walk_up_loose(haystack, line.clone())));
        let (header, rule_end) = rows.header.clone()?;
        // A row that still lines up is read cell by cell (`header_of`); a
        // value inside one of its cells (`CAA interview 11/1/2024` under
        // `Notes`) is not labelled by the other cells' headers. A row whose
        // cell holding the value starts under no header cell has lost its
        // alignment, gaps of blanks or not (`16   Kofi Dlamini
        // 718-032-6178 13/03/1928 ...`).
        let row = &haystack[line.clone()];
        let lines_up = matches!(shape(row), Shape::Fixed { .. })
            && cell_starts_under_a_header_cell(&haystack[header.clone()], row, start - line.start);
        (line.start > rule_end && line.start - rule_end <= MAX_LOOSE_ROWS && !lines_up)
            .then_some(header)
    }

    /// The header cell (trimmed, in `haystack`) of the table column holding
    /// `start..end`, when the value's line is a row of a table in text whose
    /// header can be found.
    #[cfg(test)]
    pub(crate) fn header_cell(
        &mut self,
        haystack: &[u8],
        start: usize,
        end: usize,
    ) -> Option<Range<usize>> {
        self.header_of(haystack, start, end).map(|h| h.cell)
    }

    /// [`Self::header_cell`], with the value's own cell on its row when
    /// the table's cells are delimited (`|`, `;`).
    pub(crate) fn header_of(
        &mut self,
        haystack: &[u8],
        start: usize,
        end: usize,
    ) -> Option<Header> {
        // An HTML table's cell: its `<th>`, and the cell's own content.
        if let Some((cell, own)) = self.html.header_of(haystack, start, end) {
            return Some(Header {
                cell,
                own: Some(own),
            });
        }
        if !starts_a_cell(haystack, start) {
            return None;
        }
        let line = line_around(haystack, start)?;
        if end > line.end {
            return None;
        }
        let layout = match shape(&haystack[line.clone()]) {
            Shape::PipeRow => Layout::Pipe,
            Shape::Fixed { .. } => Layout::Fixed,
            Shape::SemicolonRow { .. } => Layout::Semicolon,
            _ => return None,
        };
        let block = self.block_for(haystack, layout, line.clone());
        let header = block.header.clone()?;
        // A value on the header line itself has no header above it.
        if line.start < header.end {
            return None;
        }
        // Declared field names label the rows they list, not the other
        // commented lines between them and the rows (a CDR export's
        // `#  Dunmore, Lorna | MSISDN 12123987797 | ...` directory).
        let declared = block.declared;
        let delimited = |delimiter: u8| {
            if declared
                && memchr::memchr_iter(delimiter, &haystack[line.clone()]).count()
                    != memchr::memchr_iter(delimiter, &haystack[header.clone()]).count()
            {
                return None;
            }
            let before = &haystack[line.start..start];
            let column = memchr::memchr_iter(delimiter, before).count();
            let cell = delimited_cell(haystack, header.clone(), column, delimiter)?;
            let own_start =
                memchr::memrchr(delimiter, before).map_or(line.start, |p| line.start + p + 1);
            let own_end =
                memchr::memchr(delimiter, &haystack[end..line.end]).map_or(line.end, |p| end + p);
            Some(Header {
                cell,
                own: Some(own_start..own_end),
            })
        };
        match layout {
            Layout::Pipe => delimited(b'|'),
            Layout::Semicolon => delimited(b';'),
            Layout::Fixed => {
                let from = char_count(&haystack[line.start..start]);
                let to = from + char_count(&haystack[start..end]);
                let cell = fixed_cell(haystack, header, from..to)?;
                Some(Header { cell, own: None })
            }
        }
    }

    /// The block of rows `line` belongs to: the remembered one (extended
    /// down to `line` when it can be), or a fresh one found by walking up.
    fn block_for(&mut self, haystack: &[u8], layout: Layout, line: Range<usize>) -> &Block {
        let known = self.block.take().and_then(|block| {
            if block.layout != layout || line.start < block.rows.start {
                return None;
            }
            if line.end <= block.rows.end {
                return Some(block);
            }
            extend(haystack, block, line.clone())
        });
        self.block
            .insert(known.unwrap_or_else(|| walk_up(haystack, layout, line)))
    }
}

/// Furthest below its rule, in bytes, that a fixed-width header labels
/// rows that lost their alignment.
const MAX_LOOSE_ROWS: usize = 8 * 1024;

/// Lines walked for [`HeaderMemo::loose_header`].
#[derive(Debug, Clone)]
struct LooseRows {
    /// From the first line walked (the header's, or the line after a blank
    /// one) to the end of the last line walked; no blank line in between
    /// below the header.
    walked: Range<usize>,
    /// The header line over them and the end of its rule.
    header: Option<(Range<usize>, usize)>,
}

/// Whether `line` is a dashed rule with a fixed-width header just above it:
/// the header and its rule's end.
fn ruled_header(haystack: &[u8], line: Range<usize>) -> Option<(Range<usize>, usize)> {
    if !matches!(haystack[line.clone()].first(), Some(b'-' | b'='))
        || shape(&haystack[line.clone()]) != Shape::Rule
    {
        return None;
    }
    let above = line_before(haystack, line.start)?;
    (shape(&haystack[above.clone()]) == (Shape::Fixed { header: true }))
        .then(|| (trim_line_end(haystack, above), line.end))
}

fn is_blank(line: &[u8]) -> bool {
    line.iter().all(u8::is_ascii_whitespace)
}

/// Walks up from `line` to the ruled header over it: past rows, not past a
/// blank line nor further than [`MAX_LOOSE_ROWS`].
fn walk_up_loose(haystack: &[u8], line: Range<usize>) -> LooseRows {
    let mut rows = LooseRows {
        walked: line.clone(),
        header: None,
    };
    let mut current = line.clone();
    while line.start - current.start <= MAX_LOOSE_ROWS {
        let Some(above) = line_before(haystack, current.start) else {
            break;
        };
        if is_blank(&haystack[above.clone()]) {
            break;
        }
        if let Some(header) = ruled_header(haystack, above.clone()) {
            rows.walked.start = header.0.start;
            rows.header = Some(header);
            break;
        }
        rows.walked.start = above.start;
        current = above;
    }
    rows
}

/// Extends `rows` down line by line to the line starting at `to`: a blank
/// line ends the header's reach, a ruled header starts a new one.
fn extend_loose(haystack: &[u8], mut rows: LooseRows, to: usize) -> LooseRows {
    let mut at = rows.walked.end + 1;
    while at <= to {
        let Some(line) = line_at(haystack, at) else {
            // A line longer than a table's row: nothing above it labels
            // what follows.
            return walk_up_loose(haystack, to..line_at(haystack, to).map_or(to, |l| l.end));
        };
        if is_blank(&haystack[line.clone()]) {
            rows.header = None;
            rows.walked.start = line.end + 1;
        } else if let Some(header) = ruled_header(haystack, line.clone()) {
            rows.header = Some(header);
        }
        rows.walked.end = line.end;
        at = line.end + 1;
    }
    rows
}

/// Extends `block` down line by line to `to` (a line below it), following
/// header changes; `None` when a line between breaks the table or `to` is
/// too far below.
fn extend(haystack: &[u8], mut block: Block, to: Range<usize>) -> Option<Block> {
    if to.start - block.rows.end > MAX_EXTEND {
        return None;
    }
    // The last line of the block: a rule below it makes it a header.
    let mut previous = line_before(haystack, block.rows.end + 1)?;
    let mut at = block.rows.end + 1;
    while at <= to.start {
        let line = line_at(haystack, at)?;
        if let Some(fields) = declared_on(haystack, block.layout, line.clone()) {
            block.header = Some(fields);
            block.declared = true;
            block.rows.start = line.end;
        } else {
            match step(block.layout, shape(&haystack[line.clone()])) {
                Step::Row => {}
                Step::Header => {
                    block.header = header_at(haystack, block.layout, line.clone(), Some(previous));
                    block.declared = false;
                    block.rows.start = line.end;
                }
                Step::Break => return None,
            }
        }
        block.rows.end = line.end;
        at = line.end + 1;
        previous = line;
    }
    Some(block)
}

/// Walks up from `line` (a row of `layout`) to the header of its table.
fn walk_up(haystack: &[u8], layout: Layout, line: Range<usize>) -> Block {
    let mut block = Block {
        layout,
        header: None,
        declared: false,
        rows: line.clone(),
    };
    let mut current = line;
    for _ in 0..MAX_ROWS_UP {
        let Some(above) = line_before(haystack, current.start) else {
            break;
        };
        if let Some(fields) = declared_on(haystack, layout, above.clone()) {
            block.rows.start = above.end;
            block.header = Some(fields);
            block.declared = true;
            return block;
        }
        match step(layout, shape(&haystack[above.clone()])) {
            Step::Row => {
                block.rows.start = above.start;
                current = above;
            }
            Step::Header => {
                block.rows.start = above.start;
                let over = line_before(haystack, above.start);
                block.header = header_at(haystack, layout, above, over);
                break;
            }
            Step::Break => break,
        }
    }
    // Delimited rows may take their names from a comment block above them
    // (`# export v3 | fields: seq|a_party|b_party` over a line of remarks).
    if block.header.is_none() && layout != Layout::Fixed {
        let mut comment = current;
        for _ in 0..MAX_ROWS_UP {
            let Some(above) = line_before(haystack, comment.start) else {
                break;
            };
            if !haystack[above.clone()].trim_ascii_start().starts_with(b"#") {
                break;
            }
            if let Some(fields) = declared_on(haystack, layout, above.clone()) {
                block.header = Some(fields);
                block.declared = true;
                break;
            }
            comment = above;
        }
    }
    block
}

/// The field names a comment line at `line` declares for rows of `layout`
/// (see [`declared_fields`]), in `haystack`.
fn declared_on(haystack: &[u8], layout: Layout, line: Range<usize>) -> Option<Range<usize>> {
    let delimiter = match layout {
        Layout::Pipe => b'|',
        Layout::Semicolon => b';',
        Layout::Fixed => return None,
    };
    let fields = declared_fields(&haystack[line.clone()], delimiter)?;
    Some(line.start + fields.start..line.start + fields.end)
}

/// The list of field names a comment line declares for the `delimiter`-
/// separated rows below it, within `line`: CDR and switch exports, Zeek-
/// style logs and many home-grown dumps print their column names once, in
/// a `#` comment (`# MSC CDR export v3 | fields: seq|start_utc|a_party`,
/// `#fields ts|uid|host`, `# columns: name;ssn;dob`), instead of a header
/// row. The list follows the word `fields` or `columns` written as a
/// directive (`#fields`) or a label (`fields:`, `columns =`) to the line's
/// end, and holds at least three names, each a short label with a letter.
fn declared_fields(line: &[u8], delimiter: u8) -> Option<Range<usize>> {
    let lead = line.len() - line.trim_ascii_start().len();
    if line.get(lead) != Some(&b'#') {
        return None;
    }
    let lowered = line.to_ascii_lowercase();
    // The keyword is a directive (`#fields`) or a label (`fields:`), not a
    // word of a remark (`# all fields are optional`).
    let list_start = [&b"fields"[..], b"columns"].iter().find_map(|word| {
        memchr::memmem::find_iter(&lowered, word).find_map(|at| {
            let end = at + word.len();
            if lowered[at - 1].is_ascii_alphanumeric()
                || lowered.get(end).is_some_and(|b| b.is_ascii_alphanumeric())
            {
                return None;
            }
            let mut from = end;
            while line.get(from).is_some_and(|b| b.is_ascii_whitespace()) {
                from += 1;
            }
            match line.get(from) {
                Some(b':' | b'=') => Some(from + 1),
                _ if lowered[at - 1] == b'#' => Some(from),
                _ => None,
            }
        })
    })?;
    let list = trimmed(list_start..line.len(), line)?;
    let cells = line[list.clone()].split(|&b| b == delimiter);
    let mut count = 0;
    for cell in cells {
        let cell = cell.trim_ascii();
        let names = !cell.is_empty()
            && cell.len() <= MAX_FIXED_HEADER_CELL
            && cell.split(|&b| b == b' ').count() <= MAX_FIXED_HEADER_WORDS
            && cell.iter().any(u8::is_ascii_alphabetic)
            && !cell
                .iter()
                .any(|b| matches!(b, b'.' | b'!' | b'?' | b',' | b':'));
        if !names {
            return None;
        }
        count += 1;
    }
    (count >= 3).then_some(list)
}

/// Whether `start` may begin a table cell's value: what comes before it
/// (past one space) is a `|`, a tab, a run of spaces or the line's start.
/// Values in prose, after a word and one space or after `=`, are ruled out
/// at the cost of a byte or two, before any line is looked at.
fn starts_a_cell(haystack: &[u8], start: usize) -> bool {
    let before = &haystack[..start];
    // A value in parentheses after its cell's first words is set off as
    // a cell's start is (`TILLMAN (1792066551)` under `Assigned PCP
    // (NPI)`, as a report printed to text lays a provider out); in prose
    // the line is no table row, which its shape tells.
    if before.last() == Some(&b'(') {
        return true;
    }
    let before = before.strip_suffix(b" ").unwrap_or(before);
    matches!(
        before.last(),
        None | Some(b'|' | b';' | b'\t' | b' ' | b'\n' | b'\r')
    )
}

/// The line holding `pos` (without its newline), unless longer than
/// [`MAX_LINE`].
fn line_around(haystack: &[u8], pos: usize) -> Option<Range<usize>> {
    let start = line_start(haystack, pos, MAX_LINE)?;
    let end = line_at(haystack, pos)?.end;
    (end - start <= MAX_LINE).then_some(start..end)
}

/// The line from `start` to its end (at most [`MAX_LINE`] on).
fn line_at(haystack: &[u8], start: usize) -> Option<Range<usize>> {
    if start > haystack.len() {
        return None;
    }
    let to = (start + MAX_LINE).min(haystack.len());
    match memchr::memchr(b'\n', &haystack[start..to]) {
        Some(p) => Some(start..start + p),
        None if to == haystack.len() => Some(start..to),
        None => None,
    }
}

/// The line ending at the newline just before `line_start`.
fn line_before(haystack: &[u8], line_start: usize) -> Option<Range<usize>> {
    let end = line_start.checked_sub(1)?;
    Some(self::line_start(haystack, end, MAX_LINE)?..end)
}

/// Where the line holding the bytes just before `end` starts, looked for
/// at most `max` bytes back; `None` when the line starts further back.
pub(crate) fn line_start(haystack: &[u8], end: usize, max: usize) -> Option<usize> {
    let from = end.saturating_sub(max);
    match memchr::memrchr(b'\n', &haystack[from..end]) {
        Some(p) => Some(from + p + 1),
        None if from == 0 => Some(0),
        None => None,
    }
}

/// `line` without a trailing carriage return.
fn trim_line_end(haystack: &[u8], line: Range<usize>) -> Range<usize> {
    match haystack[line.clone()].last() {
        Some(b'\r') => line.start..line.end - 1,
        _ => line,
    }
}

fn shape(line: &[u8]) -> Shape {
    let indented = line.starts_with(b"  ") || line.starts_with(b"\t");
    let line = line.strip_suffix(b"\r").unwrap_or(line).trim_ascii();
    if line.is_empty() || line.len() > MAX_LINE {
        return Shape::Other;
    }
    let ruled = |b: &u8| matches!(b, b'|' | b'-' | b':' | b'+' | b'=' | b' ' | b'\t');
    let dashes = line.iter().filter(|&&b| b == b'-' || b == b'=').count();
    if line.iter().all(ruled) && dashes >= 3 {
        return if line.iter().any(|&b| b == b'|' || b == b'+') {
            Shape::PipeRule
        } else {
            Shape::Rule
        };
    }
    if memchr::memchr(b'|', line).is_some() {
        return Shape::PipeRow;
    }
    if memchr::memchr_iter(b';', line).nth(1).is_some() {
        let header = !line.iter().any(u8::is_ascii_digit)
            && line.split(|&b| b == b';').all(|cell| {
                let cell = cell.trim_ascii();
                // Column names, not a sentence's clauses (`We met; they
                // left; then she called.`).
                !cell.is_empty()
                    && cell.len() <= MAX_FIXED_HEADER_CELL
                    && cell.split(|&b| b == b' ').count() <= MAX_FIXED_HEADER_WORDS
                    && !cell.iter().any(|b| matches!(b, b'.' | b'!' | b'?' | b','))
            });
        return Shape::SemicolonRow { header };
    }
    if fixed_cells(line).nth(2).is_none() {
        return if indented {
            Shape::Continuation
        } else {
            Shape::Other
        };
    }
    // A header names columns: no number stands alone in it, though a
    // form's or a field's name may hold digits (`W-7 status`, `Address2`),
    // and its cells are short.
    let header = line.iter().any(u8::is_ascii_alphabetic)
        && line.split(|&b| b == b' ' || b == b'\t').all(|word| {
            let digits = word.iter().filter(|b| b.is_ascii_digit()).count();
            digits <= word.iter().filter(|b| b.is_ascii_alphabetic()).count()
        })
        && fixed_cells(line).all(|c| {
            c.len() <= MAX_FIXED_HEADER_CELL
                && line[c.clone()].split(|&b| b == b' ').count() <= MAX_FIXED_HEADER_WORDS
        });
    Shape::Fixed { header }
}

/// Whether the cell of `row` holding byte `at` starts in the column where
/// a cell of `header` starts (columns in characters: an accented name
/// earlier in the row takes more bytes than columns).
fn cell_starts_under_a_header_cell(header: &[u8], row: &[u8], at: usize) -> bool {
    let Some(cell) = fixed_cells(row).find(|cell| cell.start <= at && at < cell.end) else {
        return false;
    };
    let cell_column = char_count(&row[..cell.start]);
    fixed_cells(header).any(|h| char_count(&header[..h.start]) == cell_column)
}

/// The byte ranges of a line's cells separated by two or more spaces or a
/// tab.
fn fixed_cells(line: &[u8]) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < line.len() && (line[i] == b' ' || line[i] == b'\t') {
            i += 1;
        }
        if i == line.len() {
            return None;
        }
        let start = i;
        let mut end = i;
        while i < line.len() {
            let gap = line[i] == b'\t'
                || (line[i] == b' ' && line.get(i + 1).is_some_and(|&b| b == b' ' || b == b'\t'));
            if gap {
                break;
            }
            if line[i] != b' ' {
                end = i + 1;
            }
            i += 1;
        }
        Some(start..end)
    })
}

/// The `column`-th cell (counting the text before the first `delimiter`,
/// `|` or `;`, as cell 0) of the header line `header`, trimmed; `None` when
/// empty or missing.
fn delimited_cell(
    haystack: &[u8],
    header: Range<usize>,
    column: usize,
    delimiter: u8,
) -> Option<Range<usize>> {
    let line = &haystack[header.clone()];
    let from = match column {
        0 => 0,
        n => memchr::memchr_iter(delimiter, line).nth(n - 1)? + 1,
    };
    let to = memchr::memchr(delimiter, &line[from..]).map_or(line.len(), |p| from + p);
    trimmed(header.start + from..header.start + to, haystack)
}

/// The cell of the fixed-width header line `header` over the character
/// columns `value`: the cell overlapping it most, else the last cell
/// starting before it (a right-aligned number may start left of its header,
/// a left-aligned one right of it).
fn fixed_cell(haystack: &[u8], header: Range<usize>, value: Range<usize>) -> Option<Range<usize>> {
    let line = &haystack[header.clone()];
    let mut best: Option<(usize, Range<usize>)> = None;
    let mut before: Option<Range<usize>> = None;
    for cell in fixed_cells(line) {
        let from = char_count(&line[..cell.start]);
        let to = from + char_count(&line[cell.clone()]);
        let overlap = to.min(value.end).saturating_sub(from.max(value.start));
        if overlap > 0 && best.as_ref().is_none_or(|(o, _)| overlap > *o) {
            best = Some((overlap, cell.clone()));
        }
        if from <= value.start {
            before = Some(cell);
        }
    }
    let cell = best.map(|(_, c)| c).or(before)?;
    Some(header.start + cell.start..header.start + cell.end)
}

fn trimmed(range: Range<usize>, haystack: &[u8]) -> Option<Range<usize>> {
    let bytes = &haystack[range.clone()];
    let lead = bytes.iter().take_while(|b| b.is_ascii_whitespace()).count();
    let trail = bytes[lead..]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_whitespace())
        .count();
    let cell = range.start + lead..range.end - trail;
    (!cell.is_empty()).then_some(cell)
}

/// Characters in UTF-8 `bytes` (continuation bytes not counted), so that
/// columns line up under headers whatever accents the rows above hold.
fn char_count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header_of(text: &str, value: &str) -> Option<String> {
        let start = text.find(value).expect("value in text");
        let mut memo = HeaderMemo::default();
        memo.header_cell(text.as_bytes(), start, start + value.len())
            .map(|r| text[r].to_string())
    }

    #[test]
    fn markdown_rows_take_their_columns_header() {
        let text = "Care team:\n\n| Role | Name | NPI | Phone |\n|---|---|:---:|---|\n\
                    | PCP | Sabine Becker | 2868209596 | 832-603-3828 |\n\
                    | Cardiology | Kwame Boateng | 1264689161 | 612 956 6284 |\n";
        assert_eq!(header_of(text, "2868209596").as_deref(), Some("NPI"));
        assert_eq!(header_of(text, "1264689161").as_deref(), Some("NPI"));
        assert_eq!(header_of(text, "612 956 6284").as_deref(), Some("Phone"));
        assert_eq!(header_of(text, "Kwame Boateng").as_deref(), Some("Name"));
        // The header itself has none.
        assert_eq!(header_of(text, "Phone |\n|"), None);
    }

    #[test]
    fn semicolon_rows_take_their_header_rows_cell() {
        let text = "Sample rows:\n    full_name ; ssn ; date_of_birth ; card_or_address\n\
                    \x20   KANG, Dong-hyun ; 318-94-9454 ; 1971-05-12 ; 1053 County Road 185\n\
                    \x20   Imran Iyer ; 264-72-5268 ; 1958-08-10 ; 3542094027371527\n";
        assert_eq!(
            header_of(text, "1971-05-12").as_deref(),
            Some("date_of_birth")
        );
        assert_eq!(
            header_of(text, "1958-08-10").as_deref(),
            Some("date_of_birth")
        );
        assert_eq!(header_of(text, "Imran Iyer").as_deref(), Some("full_name"));
        assert_eq!(header_of(text, "318-94-9454").as_deref(), Some("ssn"));
        // A header row holds no digits; prose with semicolons has none.
        let no_header = "id ; ssn2 ; dob\nA1 ; 318-94-9454 ; 1971-05-12\n";
        assert_eq!(header_of(no_header, "1971-05-12"), None);
        let prose = "We met; they left; then she called.\nAnn; 318-94-9454; 1971-05-12\n";
        assert_eq!(header_of(prose, "1971-05-12"), None);
    }

    #[test]
    fn psql_tables_without_outer_bars() {
        let text = " name  | ssn\n-------+-------------\n Ann   | 123-45-6789\n";
        assert_eq!(header_of(text, "123-45-6789").as_deref(), Some("ssn"));
    }

    #[test]
    fn pipes_without_a_header_rule_have_no_header() {
        let text = "a | b | c\nx | 4111111111111111 | y\n";
        assert_eq!(header_of(text, "4111111111111111"), None);
        let hl7 = "PID|1||123^^^MR||Doe^John\rPV1|1|O\nPV1|2|1234567893^Smith\n";
        assert_eq!(header_of(hl7, "1234567893"), None);
    }

    #[test]
    fn fixed_width_columns_line_up_by_character() {
        let text = "ACH ORIGINATION REPORT  BATCH 5131451  EFFECTIVE 2024-08-28\n\
                    SEQ  RECEIVER                    ROUTING    ACCOUNT                 AMOUNT\n\
                    1    Luana Magalhães             272931787  56309067997147          818.65\n\
                    2    Kwame Mensah                315126941  2115423603             3835.77\n";
        assert_eq!(header_of(text, "272931787").as_deref(), Some("ROUTING"));
        assert_eq!(
            header_of(text, "56309067997147").as_deref(),
            Some("ACCOUNT")
        );
        assert_eq!(header_of(text, "2115423603").as_deref(), Some("ACCOUNT"));
        assert_eq!(header_of(text, "3835.77").as_deref(), Some("AMOUNT"));
        assert_eq!(header_of(text, "Kwame Mensah").as_deref(), Some("RECEIVER"));
    }

    #[test]
    fn a_value_in_parentheses_takes_its_cells_header() {
        let text = "MBI            Beneficiary Name      Assigned PCP (NPI)           HCC\n\
                    1TJ3UR4VA84    BAKKER, THIJS         HARGROVE (1213003886)        G47.33\n\
                    8WC4VK5DT53    HARGROVE, CALVIN      MERRIWEATHER (2417632017)    H10.9\n";
        assert_eq!(
            header_of(text, "1213003886").as_deref(),
            Some("Assigned PCP (NPI)")
        );
        assert_eq!(
            header_of(text, "2417632017").as_deref(),
            Some("Assigned PCP (NPI)")
        );
        let pipes = "| Provider | Phone |\n|---|---|\n| Dr Roe (1213003886) | 555 |\n";
        assert_eq!(header_of(pipes, "1213003886").as_deref(), Some("Provider"));
        // Parentheses in prose: the line is no row.
        let prose = "Seen by HARGROVE (1213003886) on Monday, then discharged home.\n";
        assert_eq!(header_of(prose, "1213003886"), None);
    }

    #[test]
    fn a_registers_indented_second_lines_stay_in_its_table() {
        let text = "EMP#    EMPLOYEE                 SSN          DEPT   W-2 BOX  NET\n\
                    ------------------------------------------------------------\n\
                    090813  VAN DER BERG, KENDRA B   XXX-XX-2451  SALES  1        959.79\n\
                    \x20       9807 BAYOU BLVD, TUCSON, AZ 85766\n\
                    \x20       DD1 ******687 / ******0136  CHK\n\
                    012101  DIMITROV, CONNOR M       XXX-XX-0503  QA     1        2,878.77\n";
        assert_eq!(
            header_of(text, "DIMITROV, CONNOR M").as_deref(),
            Some("EMPLOYEE")
        );
        assert_eq!(header_of(text, "2,878.77").as_deref(), Some("NET"));
        // A value on the second line itself is no cell of a column.
        assert_eq!(header_of(text, "9807 BAYOU BLVD"), None);
        // An unindented line of prose still ends the table.
        let prose = text.replace("\x20       9807", "Moved to 9807");
        assert_eq!(header_of(&prose, "DIMITROV, CONNOR M"), None);
        // A line of cells holding numbers alone is a row, not a header.
        let rows = "NAME        WARD    BED\nAnn Lee     4       12\nBo Chen     5       3\n";
        assert_eq!(header_of(rows, "Bo Chen").as_deref(), Some("NAME"));
    }

    #[test]
    fn a_dashed_rule_under_a_fixed_header_is_skipped() {
        let text = "NAME          SSN           DOB\n-----------   -----------   ----------\n\
                    Ann Lee       123-45-6789   01/02/1980\n";
        assert_eq!(header_of(text, "123-45-6789").as_deref(), Some("SSN"));
        assert_eq!(header_of(text, "01/02/1980").as_deref(), Some("DOB"));
    }

    #[test]
    fn prose_is_no_table() {
        let text =
            "We met.  Then we talked.  Then we left.\nHer card 4111111111111111 was declined.\n";
        assert_eq!(header_of(text, "4111111111111111"), None);
        // Double-spaced sentences are too long to be header cells.
        let text = "The patient arrived late today.  She was seen by the nurse.  All fine.\n\
                    Seen   by   Dr Lee   on   01/02/2024\n";
        assert_eq!(header_of(text, "01/02/2024"), None);
    }

    #[test]
    fn one_memo_serves_rows_in_order_and_follows_new_tables() {
        let mut text = String::from("| Name | SSN |\n|---|---|\n");
        for i in 0..200 {
            text.push_str(&format!("| P{i} | 123-45-{:04} |\n", 1000 + i));
        }
        text.push_str("\n| SSN | Name |\n|---|---|\n| 987-65-4321 | Q |\n");
        let mut memo = HeaderMemo::default();
        let bytes = text.as_bytes();
        for i in 0..200 {
            let value = format!("123-45-{:04}", 1000 + i);
            let start = text.find(&value).unwrap();
            let cell = memo.header_cell(bytes, start, start + value.len()).unwrap();
            assert_eq!(&text[cell], "SSN");
        }
        let start = text.find("987-65-4321").unwrap();
        let cell = memo.header_cell(bytes, start, start + 11).unwrap();
        assert_eq!(&text[cell], "SSN");
        let start = text.find("| Q |").unwrap() + 2;
        let cell = memo.header_cell(bytes, start, start + 1).unwrap();
        assert_eq!(&text[cell], "Name");
    }

    #[test]
    fn delimited_rows_take_the_names_a_comment_declares() {
        let text = "# MSC CDR export v3 | fields: seq|start_utc|a_party|b_party|imsi\n\
                    # subscriber directory (lawful-request scope)\n\
                    #  Lowry, Callum | MSISDN 17136435521 | IMSI 311480004133340\n\
                    496143|2025-08-27T15:02:14Z|17136435521|+447536221186|311480004133340\n\
                    496144|2025-03-04T22:26:24Z|16104362365|34694526208|21407311280198\n";
        assert_eq!(header_of(text, "+447536221186").as_deref(), Some("b_party"));
        assert_eq!(header_of(text, "16104362365").as_deref(), Some("a_party"));
        assert_eq!(header_of(text, "21407311280198").as_deref(), Some("imsi"));
        // The commented directory's cells are not the rows the names list.
        assert_eq!(header_of(text, "MSISDN 17136435521"), None);
        let zeek =
            "#separator |\n#fields ts|uid|orig_h|msisdn\n1700000000.1|C1|10.0.0.1|13125552368\n";
        assert_eq!(header_of(zeek, "13125552368").as_deref(), Some("msisdn"));
        let semicolons = "# columns: name;ssn;dob\nAnn Lee;318-94-9454;1971-05-12\n";
        assert_eq!(header_of(semicolons, "318-94-9454").as_deref(), Some("ssn"));
    }

    #[test]
    fn comments_that_declare_no_names_give_no_header() {
        for text in [
            // Prose about fields, a count, a sentence.
            "# all fields are optional | see docs | v2\nA|318-94-9454|x\n",
            "# the columns below | see docs | v2\nA|318-94-9454|x\n",
            "# fields: 1|2|3\nA|318-94-9454|x\n",
            "# fields: a|b\nA|318-94-9454\n",
            // Not a comment.
            "fields: seq|ssn|note\nA|318-94-9454|x\n",
            // The word inside another (`subfields`).
            "# subfields: seq|ssn|note\nA|318-94-9454|x\n",
        ] {
            assert_eq!(header_of(text, "318-94-9454"), None, "{text:?}");
        }
        // A markdown heading over a table without its own rule: no header.
        let heading = "# Fields\n| a | 318-94-9454 | b |\n";
        assert_eq!(header_of(heading, "318-94-9454"), None);
    }

    #[test]
    fn a_rule_inside_a_remembered_block_starts_a_new_header() {
        let text =
            "| A | B |\n|---|---|\n| 1 | 2 |\n| NPI | Phone |\n|---|---|\n| 1234567893 | x |\n";
        let mut memo = HeaderMemo::default();
        let b = text.as_bytes();
        let first = text.find("| 2 |").unwrap() + 2;
        assert_eq!(&text[memo.header_cell(b, first, first + 1).unwrap()], "B");
        let npi = text.find("1234567893").unwrap();
        assert_eq!(&text[memo.header_cell(b, npi, npi + 10).unwrap()], "NPI");
    }

    proptest::proptest! {
        #[test]
        fn prop_never_panics_and_stays_in_bounds(
            text in "[ a-z0-9|;\\-:+\n\r\t]{0,300}",
            at in 0usize..300,
            len in 0usize..20,
        ) {
            let bytes = text.as_bytes();
            let start = at.min(bytes.len());
            let end = (start + len).min(bytes.len());
            let mut memo = HeaderMemo::default();
            if let Some(header) = memo.header_of(bytes, start, end) {
                let cell = header.cell;
                proptest::prop_assert!(cell.end <= start && !cell.is_empty());
                // The value's own cell holds it and no delimiter.
                if let Some(own) = header.own {
                    proptest::prop_assert!(own.start <= start && end <= own.end);
                    proptest::prop_assert!(own.end <= bytes.len());
                    let inner = &bytes[own];
                    proptest::prop_assert!(!inner.contains(&b'\n'));
                }
            }
        }

        #[test]
        fn prop_memo_agrees_with_a_fresh_lookup(
            rows in proptest::collection::vec("[a-z0-9 |]{0,24}", 1..40),
            rule_at in 0usize..40,
        ) {
            let mut text = String::new();
            for (i, row) in rows.iter().enumerate() {
                if i == rule_at { text.push_str("|---|---|\n"); }
                text.push_str(row);
                text.push('\n');
            }
            let bytes = text.as_bytes();
            let mut memo = HeaderMemo::default();
            for (pos, _) in text.match_indices(|c: char| c.is_ascii_digit()) {
                let kept = memo.header_cell(bytes, pos, pos + 1);
                let fresh = HeaderMemo::default().header_cell(bytes, pos, pos + 1);
                proptest::prop_assert_eq!(kept, fresh, "at {} in {:?}", pos, text);
            }
        }

        #[test]
        fn prop_loose_memo_agrees_with_a_fresh_lookup(
            rows in proptest::collection::vec(
                proptest::prop_oneof![
                    "[a-z0-9 ]{0,30}",
                    proptest::strategy::Just("Bed  Patient      NHS no.   DOB".to_string()),
                    proptest::strategy::Just("--------------------".to_string()),
                    proptest::strategy::Just(String::new()),
                ],
                1..60,
            ),
        ) {
            let text = rows.join("\n");
            let bytes = text.as_bytes();
            let mut memo = HeaderMemo::default();
            for (pos, _) in text.match_indices(|c: char| c.is_ascii_digit()) {
                let kept = memo.loose_header(bytes, pos, pos + 1);
                let fresh = HeaderMemo::default().loose_header(bytes, pos, pos + 1);
                proptest::prop_assert_eq!(&kept, &fresh, "at {} in {:?}", pos, text);
                if let Some(header) = kept {
                    proptest::prop_assert!(header.end < pos);
                }
            }
        }
    }

    #[test]
    fn loose_rows_take_the_header_above_their_rule() {
        let text = "Bed  Patient      NHS no.   DOB\n\
                    --------------------------------\n\
                    2    Babajide Asante 421 029 1889 17 Jul 1935\n\
                    3    Vikram Patel 776 536 4472 23 Jan 1925\n\
                    \n\
                    4    After a blank line 693 567 4085\n";
        let bytes = text.as_bytes();
        let header = &text[..text.find('\n').unwrap()];
        let mut memo = HeaderMemo::default();
        for value in ["421 029 1889", "776 536 4472"] {
            let at = text.find(value).unwrap();
            let found = memo.loose_header(bytes, at, at + value.len()).unwrap();
            assert_eq!(&text[found], header);
        }
        let at = text.find("693 567 4085").unwrap();
        assert_eq!(memo.loose_header(bytes, at, at + 12), None);
        // Nor on the header's line, and not in text without a rule.
        assert_eq!(HeaderMemo::default().loose_header(bytes, 5, 12), None);
        let plain = b"Name  Phone  DOB\nAna Lima 776 536 4472\n";
        assert_eq!(HeaderMemo::default().loose_header(plain, 26, 38), None);
    }

    #[test]
    fn a_row_with_gaps_is_loose_unless_the_value_cell_starts_under_a_header_cell() {
        let text = "Bed  Patient                NHS no.       DOB         Notes\n\
                    ------------------------------------------------------------\n\
                    16   Kofi Dlamini   718-032-6178 13/03/1928 RX510966 Dr Shrestha\n\
                    17   Zoë Ńowak              421 694 5171  04/06/1938  CAA seen 8/31/2024\n";
        let bytes = text.as_bytes();
        let header = &text[..text.find('\n').unwrap()];
        // Cells out of line with the header's: the whole header labels it.
        let at = text.find("13/03/1928").unwrap();
        let found = HeaderMemo::default()
            .loose_header(bytes, at, at + 10)
            .unwrap();
        assert_eq!(&text[found], header);
        // A row whose cells still line up (in characters, past the accented
        // name) is read cell by cell: the date in the notes is not loose.
        let at = text.find("8/31/2024").unwrap();
        assert_eq!(HeaderMemo::default().loose_header(bytes, at, at + 9), None);
    }
}
