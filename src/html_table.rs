//! Column headers of HTML tables.
//!
//! A value in an HTML table's cell (`<td>6214091339</td>`) has its label in
//! the header row, often hundreds of bytes above: pandas' `to_html` in a
//! notebook's output, a report or a web page saved to disk, an e-mail's
//! HTML part. [`HtmlTables`] finds the `<th>` over a `<td>`'s column, so that
//! its words count as context as a table column's name does (see
//! `text_table`, which does the same for tables laid out in text).
//!
//! Lookups come in haystack order, and a table may hold thousands of rows:
//! the header row found for one lookup is remembered, and each later one
//! only checks that no table starts or ends between the two, so the bytes
//! of a table are read about once per haystack.

use std::ops::Range;

/// Longest opening tag of a value's cell read back from the value.
const MAX_TAG: usize = 512;
/// Furthest back a cell's row start (`<tr>`) is looked for.
const MAX_ROW: usize = 16 * 1024;
/// Furthest back a table's start is looked for from a value's row.
const MAX_TABLE: usize = 64 * 1024;
/// Furthest on from the table's start its header row may end, and from a
/// value a cell's end is looked for.
const MAX_HEADER_ROW: usize = 16 * 1024;
const MAX_CELL: usize = 4 * 1024;
/// Most header cells kept for one table.
const MAX_COLUMNS: usize = 256;

/// The header cells of the table holding the last lookup's value.
#[derive(Debug, Clone)]
struct Table {
    /// Where the header row's `<tr` starts: a value on it is a header.
    header_row: usize,
    /// Each header cell's text, trimmed (empty for `<th></th>`); no cells
    /// when the table has no header row of `<th>` cells, remembered so that
    /// each of its rows does not read back for one again.
    cells: Vec<Range<usize>>,
    /// Lookups up to here are in this table: no table starts or ends
    /// between the header row and here.
    checked_to: usize,
}

/// Remembers the HTML table of the previous lookup in one haystack; reset
/// it before looking up in another one.
#[derive(Debug, Default)]
pub(crate) struct HtmlTables {
    table: Option<Table>,
    /// A span holding no table start: a lookup whose table would have to
    /// start inside it finds none without reading it again.
    no_table: Option<Range<usize>>,
}

/// The kinds of tag the lookup reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Table,
    TableEnd,
    Row,
    RowEnd,
    HeaderCell,
    DataCell,
    CellEnd,
    Other,
}

/// The tag starting at `haystack[at]` (a `<`), by its name, case aside.
fn tag_at(haystack: &[u8], at: usize) -> Tag {
    let rest = &haystack[at + 1..];
    let (closing, rest) = match rest.first() {
        Some(b'/') => (true, &rest[1..]),
        _ => (false, rest),
    };
    let name_len = rest
        .iter()
        .take(6)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    // A name ends at `>`, a blank or `/`: `<tr>`, `<td class="x">`, `<th/>`.
    if !matches!(
        rest.get(name_len),
        Some(b'>' | b' ' | b'\t' | b'\r' | b'\n' | b'/')
    ) {
        return Tag::Other;
    }
    let name = &rest[..name_len];
    let is = |tag: &[u8]| name.eq_ignore_ascii_case(tag);
    match (closing, name_len) {
        (false, 2) if is(b"tr") => Tag::Row,
        (false, 2) if is(b"th") => Tag::HeaderCell,
        (false, 2) if is(b"td") => Tag::DataCell,
        (true, 2) if is(b"tr") => Tag::RowEnd,
        (true, 2) if is(b"th") || is(b"td") => Tag::CellEnd,
        (false, 5) if is(b"table") => Tag::Table,
        (true, 5) if is(b"table") => Tag::TableEnd,
        _ => Tag::Other,
    }
}

/// Where the tag starting at `at` ends (just past its `>`), looked for at
/// most [`MAX_TAG`] bytes on.
fn tag_end(haystack: &[u8], at: usize) -> Option<usize> {
    let window = &haystack[at..(at + MAX_TAG).min(haystack.len())];
    memchr::memchr(b'>', window).map(|p| at + p + 1)
}

/// Whether the opening tag at `at` spans columns (`colspan="2"`): the
/// cells after it no longer count one column each.
fn spans_columns(haystack: &[u8], at: usize, end: usize) -> bool {
    haystack[at..end]
        .windows(7)
        .any(|w| w.eq_ignore_ascii_case(b"colspan"))
}

/// Where the content of the cell opened before `from` ends: at the next
/// cell's or row's tag, at most [`MAX_CELL`] bytes on.
fn cell_end(haystack: &[u8], from: usize) -> Option<usize> {
    let window = &haystack[from..(from + MAX_CELL).min(haystack.len())];
    memchr::memchr_iter(b'<', window)
        .map(|p| from + p)
        .find(|&at| {
            matches!(
                tag_at(haystack, at),
                Tag::CellEnd
                    | Tag::HeaderCell
                    | Tag::DataCell
                    | Tag::Row
                    | Tag::RowEnd
                    | Tag::TableEnd
            )
        })
}

fn trimmed(haystack: &[u8], range: Range<usize>) -> Range<usize> {
    // (An empty range for a reversed one: never slice backwards.)
    let range = range.start..range.end.max(range.start);
    let text = &haystack[range.clone()];
    let lead = text.len() - text.trim_ascii_start().len();
    let trail = text.len() - text.trim_ascii_end().len();
    range.start + lead..(range.end - trail).max(range.start + lead)
}

impl HtmlTables {
    /// Forgets the table: the next lookup is in another haystack.
    pub(crate) fn reset(&mut self) {
        self.table = None;
        self.no_table = None;
    }

    /// The header cell (trimmed) over the `<td>` holding `start..end` as
    /// its content's start, and that cell's content, when the value's
    /// table has a header row of `<th>` cells.
    pub(crate) fn header_of(
        &mut self,
        haystack: &[u8],
        start: usize,
        end: usize,
    ) -> Option<(Range<usize>, Range<usize>)> {
        // The value opens its cell: a tag's `>` just before it, past blanks.
        let before = haystack[..start].trim_ascii_end();
        if before.last() != Some(&b'>') {
            return None;
        }
        let content_start = before.len();
        let tag_from = content_start.saturating_sub(MAX_TAG);
        let open = tag_from + memchr::memrchr(b'<', &haystack[tag_from..content_start])?;
        if tag_at(haystack, open) != Tag::DataCell {
            return None;
        }
        let content_end = cell_end(haystack, end)?;
        // The value's row and its column there.
        let row_from = open.saturating_sub(MAX_ROW);
        let mut column = 0usize;
        let mut row = None;
        for at in memchr::memrchr_iter(b'<', &haystack[row_from..open]).map(|p| row_from + p) {
            match tag_at(haystack, at) {
                Tag::HeaderCell | Tag::DataCell => {
                    let tag_end = tag_end(haystack, at)?;
                    if spans_columns(haystack, at, tag_end) {
                        return None;
                    }
                    column += 1;
                }
                Tag::Row => {
                    row = Some(at);
                    break;
                }
                Tag::RowEnd | Tag::Table | Tag::TableEnd => return None,
                Tag::CellEnd | Tag::Other => {}
            }
        }
        let row = row?;
        let table = self.table_over(haystack, row)?;
        if table.header_row == row {
            return None;
        }
        let header = table.cells.get(column)?.clone();
        (!header.is_empty()).then_some((header, content_start..content_end))
    }

    /// The remembered table when `row` is in it, else the table found by
    /// reading back from `row` (remembered for the next lookup).
    fn table_over(&mut self, haystack: &[u8], row: usize) -> Option<&Table> {
        if let Some(table) = self.table.take() {
            if row >= table.header_row
                && (row <= table.checked_to
                    || !starts_or_ends_a_table(haystack, table.checked_to..row))
            {
                let checked_to = table.checked_to.max(row);
                return Some(self.table.insert(Table {
                    checked_to,
                    ..table
                }));
            }
        }
        // A table started in a span known to hold none would not be seen.
        let from = row.saturating_sub(MAX_TABLE);
        let search_from = match &self.no_table {
            Some(none) if none.start <= from && none.end <= row && none.end >= from => {
                if !starts_or_ends_a_table(haystack, none.end..row) {
                    self.no_table = Some(none.start..row);
                    return None;
                }
                from
            }
            _ => from,
        };
        let mut table_at = None;
        for at in memchr::memrchr_iter(b'<', &haystack[search_from..row]).map(|p| search_from + p) {
            match tag_at(haystack, at) {
                Tag::Table => {
                    table_at = Some(at);
                    break;
                }
                // The row is outside the table that ended here.
                Tag::TableEnd => return None,
                _ => {}
            }
        }
        let Some(table_at) = table_at else {
            self.no_table = Some(search_from..row);
            return None;
        };
        let (header_row, cells) =
            header_cells(haystack, table_at).unwrap_or((table_at, Vec::new()));
        Some(self.table.insert(Table {
            header_row,
            cells,
            checked_to: row,
        }))
    }
}

/// Whether a table starts or ends in `span`.
fn starts_or_ends_a_table(haystack: &[u8], span: Range<usize>) -> bool {
    memchr::memchr_iter(b'<', &haystack[span.clone()])
        .any(|p| matches!(tag_at(haystack, span.start + p), Tag::Table | Tag::TableEnd))
}

/// Where the header row of the table starting at `table_at` starts, and its
/// cells: its first row, when all of that row's cells are `<th>` (a first
/// row of `<td>` holds data, or labels no markup tells from it).
fn header_cells(haystack: &[u8], table_at: usize) -> Option<(usize, Vec<Range<usize>>)> {
    let limit = (table_at + MAX_HEADER_ROW).min(haystack.len());
    let mut header_row = None;
    let mut cells: Vec<Range<usize>> = Vec::new();
    let mut open: Option<usize> = None;
    let close = |cells: &mut Vec<Range<usize>>, open: &mut Option<usize>, at: usize| {
        if let Some(from) = open.take() {
            cells.push(trimmed(haystack, from..at));
        }
    };
    for at in memchr::memchr_iter(b'<', &haystack[table_at + 1..limit]).map(|p| table_at + 1 + p) {
        // A `<` inside the open cell's own tag (an attribute's value,
        // `<th title="</th>">`) is no tag.
        if open.is_some_and(|from| at < from) {
            continue;
        }
        match (tag_at(haystack, at), header_row) {
            (Tag::Row, None) => header_row = Some(at),
            // A second row, or the first one's end: the header is whole.
            (Tag::Row | Tag::RowEnd, Some(_)) => {
                close(&mut cells, &mut open, at);
                break;
            }
            (Tag::HeaderCell, Some(_)) => {
                close(&mut cells, &mut open, at);
                let tag_end = tag_end(haystack, at)?;
                if spans_columns(haystack, at, tag_end) || cells.len() >= MAX_COLUMNS {
                    return None;
                }
                open = Some(tag_end);
            }
            (Tag::CellEnd, Some(_)) => close(&mut cells, &mut open, at),
            (Tag::DataCell | Tag::Table | Tag::TableEnd, _) => return None,
            _ => {}
        }
    }
    let header_row = header_row?;
    (open.is_none() && !cells.is_empty()).then_some((header_row, cells))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header_of(html: &str, value: &str) -> Option<(String, String)> {
        let start = html.find(value).expect("value in html");
        let mut tables = HtmlTables::default();
        tables
            .header_of(html.as_bytes(), start, start + value.len())
            .map(|(h, own)| (html[h].to_string(), html[own].to_string()))
    }

    const PANDAS: &str = "<table border=\"1\" class=\"dataframe\">\n  <thead>\n    \
        <tr style=\"text-align: right;\">\n      <th></th>\n      <th>nhs_number</th>\n      \
        <th>patient_name</th>\n      <th>dob</th>\n    </tr>\n  </thead>\n  <tbody>\n    \
        <tr>\n      <th>0</th>\n      <td>6214091339</td>\n      <td>Grady Yardley</td>\n      \
        <td>1962-02-15</td>\n    </tr>\n    <tr>\n      <th>1</th>\n      <td> 4858513432 </td>\n      \
        <td>Marcy Caldwell</td>\n      <TD class=\"d\">1968-11-21</TD>\n    </tr>\n  </tbody>\n</table>\n";

    #[test]
    fn a_data_cell_takes_its_columns_header() {
        let found = |v| header_of(PANDAS, v).map(|(h, _)| h);
        assert_eq!(found("6214091339").as_deref(), Some("nhs_number"));
        assert_eq!(found("Grady Yardley").as_deref(), Some("patient_name"));
        assert_eq!(found("4858513432").as_deref(), Some("nhs_number"));
        // Upper-case tags and attributes.
        assert_eq!(found("1968-11-21").as_deref(), Some("dob"));
        assert_eq!(
            header_of(PANDAS, "4858513432")
                .map(|(_, own)| own)
                .as_deref(),
            Some(" 4858513432 ")
        );
    }

    #[test]
    fn lookups_in_order_share_the_table() {
        let mut tables = HtmlTables::default();
        let h = PANDAS.as_bytes();
        let mut headers = Vec::new();
        for v in ["6214091339", "1962-02-15", "4858513432", "Marcy Caldwell"] {
            let s = PANDAS.find(v).unwrap();
            let (cell, _) = tables.header_of(h, s, s + v.len()).unwrap();
            headers.push(&PANDAS[cell]);
        }
        assert_eq!(headers, ["nhs_number", "dob", "nhs_number", "patient_name"]);
        // A value past the table's end is in no table.
        let after = format!("{PANDAS}<p>x</p><div><td>6214091339</td></div>");
        let s = after.rfind("6214091339").unwrap();
        let h = after.as_bytes();
        let first = after.find("6214091339").unwrap();
        assert!(tables.header_of(h, first, first + 10).is_some());
        assert_eq!(tables.header_of(h, s, s + 10), None);
    }

    #[test]
    fn a_table_without_a_header_is_remembered_as_one() {
        let no_th = "<table><tr><td>SSN</td><td>DOB</td></tr>\
                     <tr><td>123-45-6789</td><td>x</td></tr><tr><td>987-65-4321</td><td>y</td></tr></table>";
        let mut tables = HtmlTables::default();
        for v in ["123-45-6789", "987-65-4321"] {
            let s = no_th.find(v).unwrap();
            assert_eq!(tables.header_of(no_th.as_bytes(), s, s + v.len()), None);
            assert!(tables.table.as_ref().is_some_and(|t| t.cells.is_empty()));
        }
    }

    #[test]
    fn no_header_without_a_row_of_th_cells() {
        // A first row of data, a header cell, a value not opening its cell,
        // a cell spanning columns, a value in no table.
        let no_th = "<table><tr><td>SSN</td><td>DOB</td></tr><tr><td>123-45-6789</td><td>x</td></tr></table>";
        assert_eq!(header_of(no_th, "123-45-6789"), None);
        assert_eq!(header_of(PANDAS, "nhs_number"), None);
        let inside = "<table><tr><th>Note</th></tr><tr><td>call 555-0100</td></tr></table>";
        assert_eq!(header_of(inside, "555-0100"), None);
        let spans = "<table><tr><th>A</th><th>SSN</th></tr><tr><td colspan=\"2\">x</td><td>123-45-6789</td></tr></table>";
        assert_eq!(header_of(spans, "123-45-6789"), None);
        assert_eq!(
            header_of("<div><td>123-45-6789</td></div>", "123-45-6789"),
            None
        );
        // More cells on the row than the header has.
        let short = "<table><tr><th>A</th></tr><tr><td>1</td><td>123-45-6789</td></tr></table>";
        assert_eq!(header_of(short, "123-45-6789"), None);
    }

    #[test]
    fn a_table_in_json_strings_as_a_notebook_stores_it() {
        let notebook = "\"<table>\\n\",\n \"  <tr><th>id</th><th>ssn</th></tr>\\n\",\n \
                        \"  <tr><td>7</td><td>123-45-6789</td></tr>\\n\",\n \"</table>\"";
        assert_eq!(
            header_of(notebook, "123-45-6789")
                .map(|(h, _)| h)
                .as_deref(),
            Some("ssn")
        );
    }

    #[test]
    fn markup_inside_attributes_is_no_tag_and_never_panics() {
        let tricky = "<table><tr><th data-x=\"</th>\">SSN</th><th title=\"<td>\">DOB</th></tr>\
                      <tr><td>123-45-6789</td><td>1970-01-01</td></tr></table>";
        for value in ["123-45-6789", "1970-01-01"] {
            let _ = header_of(tricky, value);
        }
        // Every cut of a table: no lookup panics, whatever is left.
        for cut in 0..PANDAS.len() {
            if !PANDAS.is_char_boundary(cut) {
                continue;
            }
            let text = &PANDAS[..cut];
            let mut tables = HtmlTables::default();
            for start in 0..text.len() {
                for end in start..text.len().min(start + 12) {
                    let _ = tables.header_of(text.as_bytes(), start, end);
                }
            }
        }
    }

    #[test]
    fn tags_are_read_by_their_whole_name() {
        assert_eq!(tag_at(b"<td>", 0), Tag::DataCell);
        assert_eq!(tag_at(b"<TH class=x>", 0), Tag::HeaderCell);
        assert_eq!(tag_at(b"</Tr>", 0), Tag::RowEnd);
        assert_eq!(tag_at(b"<table\n>", 0), Tag::Table);
        assert_eq!(tag_at(b"<tdx>", 0), Tag::Other);
        assert_eq!(tag_at(b"<tbody>", 0), Tag::Other);
        assert_eq!(tag_at(b"<", 0), Tag::Other);
        assert_eq!(tag_at(b"</", 0), Tag::Other);
    }
}
