//! Fixed-width records described by a COBOL copybook at the head of the
//! file.
//!
//! Mainframe extracts land in data lakes as fixed-width text: one record a
//! line, each field at a fixed column, nothing between them but the filler
//! the layout names. Read as text, a record is a run of digits and capitals
//! without a label (`E73442 WOJCIK MALGORZATA  S 703458015 19680514 ...`):
//! nothing says that 703458015 is an SSN and 19680514 a birth date. When the
//! extract carries its copybook (`05 PA-TIN PIC 9(09).`), the layout names
//! every field: each record is read as a table row whose columns are the
//! copybook's fields, so that `PA-TIN`, `CM-BIRTH-DATE` and `PA-RDFI-ROUTING`
//! count as column names do in a CSV file, and the labels name the fields.

use super::{CellAt, Described, TableOutcome, TableScanner};
use crate::scan::{ObjectAccumulator, ObjectStatus};
use std::io::BufRead;
use std::ops::Range;

/// Fields a copybook may declare (a layout past this is no record anyone
/// reads by eye, and the scanner's column bound applies anyway).
const MAX_FIELDS: usize = 1024;
/// Widest field or record width taken from a `PIC` clause.
const MAX_WIDTH: usize = 1 << 16;
/// Longest record line read; a longer line is cut (its fields past this
/// are counted as nulls).
const MAX_RECORD: usize = 1 << 20;

/// A record layout read from a copybook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Copybook {
    /// The named elementary fields, in record order (fillers only move the
    /// columns on).
    pub fields: Vec<Field>,
    /// Where the records start: the first line after the copybook.
    pub data_start: usize,
}

/// One named field of a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Field {
    pub name: String,
    /// Character columns of the record line (0-based, end exclusive).
    pub columns: Range<usize>,
}

/// What one line of a copybook declares.
enum Entry<'a> {
    /// A group (`01 CU-RECORD.`) or a condition name (`88 ACTIVE VALUE 'A'.`):
    /// no width of its own.
    Group,
    /// An elementary item: its name (`None` for `FILLER`) and width.
    Item(Option<&'a str>, usize),
}

/// The copybook at the head of a file, when the file starts with one that
/// lays out text records: comment lines (`*` in the indicator column) and
/// data description entries (`05  CM-SSN  PIC 9(09).`), at least two named
/// fields with a `PIC` width, then the records. A layout with binary or
/// packed fields (`COMP`, `COMP-3`, `BINARY`) or with repeated or
/// overlaid fields (`OCCURS`, `REDEFINES`) is none: its records cannot be
/// cut into text columns.
pub(crate) fn parse(head: &[u8]) -> Option<Copybook> {
    // Cheap refusal for the text files every scan reads the head of.
    let first = head.iter().find(|b| !b.is_ascii_whitespace())?;
    if *first != b'*' && !first.is_ascii_digit() {
        return None;
    }
    let text = match std::str::from_utf8(head) {
        Ok(text) => text,
        // A head cut inside a character: the copybook is ASCII anyway.
        Err(e) => std::str::from_utf8(&head[..e.valid_up_to()]).ok()?,
    };
    let mut fields = Vec::new();
    let mut column = 0usize;
    let mut pos = 0usize;
    while pos < text.len() {
        let Some(eol) = text[pos..].find('\n') else {
            // The head ends inside the copybook: where records start is
            // unknown.
            return None;
        };
        let line = text[pos..pos + eol].trim_end_matches('\r');
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('*') || is_sequence_comment(line) {
            pos += eol + 1;
            continue;
        }
        match entry(trimmed)? {
            Some(Entry::Group) => {}
            Some(Entry::Item(name, width)) => {
                let end = column.checked_add(width).filter(|&e| e <= MAX_WIDTH)?;
                if let Some(name) = name {
                    if fields.len() == MAX_FIELDS {
                        return None;
                    }
                    fields.push(Field {
                        name: name.to_string(),
                        columns: column..end,
                    });
                }
                column = end;
            }
            // Not a copybook line: the records start here.
            None => break,
        }
        pos += eol + 1;
    }
    (fields.len() >= 2 && pos < text.len()).then_some(Copybook {
        fields,
        data_start: pos,
    })
}

/// A fixed-format comment: a sequence number then `*` in column 7.
fn is_sequence_comment(line: &str) -> bool {
    line.len() > 6
        && line.as_bytes()[..6].iter().all(|b| b.is_ascii_digit())
        && line.as_bytes()[6] == b'*'
}

/// A data description entry (`Ok(Some(..))`), a line that is none
/// (`Ok(None)`: the records start), or an entry this reader cannot lay out
/// (`None`: the file is no text layout).
fn entry(line: &str) -> Option<Option<Entry<'_>>> {
    let mut words = line.split_ascii_whitespace();
    let mut level = words.next()?;
    // Fixed-format source keeps a sequence number in columns 1-6.
    if level.len() == 6 && level.bytes().all(|b| b.is_ascii_digit()) {
        level = match words.next() {
            Some(w) => w,
            None => return Some(None),
        };
    }
    let level_ok = (1..=2).contains(&level.len())
        && level.bytes().all(|b| b.is_ascii_digit())
        && matches!(level.parse::<u8>(), Ok(1..=49 | 66 | 77 | 88));
    if !level_ok {
        return Some(None);
    }
    let Some(name) = words.next() else {
        return Some(None);
    };
    let name = name.trim_end_matches('.');
    if name.is_empty()
        || !name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Some(None);
    }
    if level == "88" || level == "66" {
        return Some(Some(Entry::Group));
    }
    let rest: Vec<&str> = words.collect();
    let upper: Vec<String> = rest
        .iter()
        .map(|w| w.trim_end_matches('.').to_ascii_uppercase())
        .collect();
    const NOT_TEXT: &[&str] = &[
        "COMP",
        "COMP-1",
        "COMP-2",
        "COMP-3",
        "COMP-4",
        "COMP-5",
        "COMPUTATIONAL",
        "COMPUTATIONAL-3",
        "BINARY",
        "PACKED-DECIMAL",
        "POINTER",
        "INDEX",
        "OCCURS",
        "REDEFINES",
    ];
    if upper.iter().any(|w| NOT_TEXT.contains(&w.as_str())) {
        return None;
    }
    let Some(pic_at) = upper.iter().position(|w| w == "PIC" || w == "PICTURE") else {
        return Some(Some(Entry::Group));
    };
    let mut pic = *rest.get(pic_at + 1)?;
    if pic.eq_ignore_ascii_case("IS") {
        pic = rest.get(pic_at + 2)?;
    }
    let width = pic_width(pic.strip_suffix('.').unwrap_or(pic))?;
    let name = (!name.eq_ignore_ascii_case("FILLER")).then_some(name);
    Some(Some(Entry::Item(name, width)))
}

/// Characters a `PIC` string takes in a text record: `X(19)` 19,
/// `9(7)V99` 9 (the decimal point is implied), `S9(5)` 5 (the sign is
/// carried in the last digit), `Z,ZZ9.99` 8. `None` when it is not one.
fn pic_width(pic: &str) -> Option<usize> {
    let bytes = pic.as_bytes();
    let mut width = 0usize;
    let mut last = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i].to_ascii_uppercase();
        match b {
            b'(' => {
                let close = bytes[i..].iter().position(|&c| c == b')')? + i;
                let n: usize = std::str::from_utf8(&bytes[i + 1..close])
                    .ok()?
                    .parse()
                    .ok()?;
                if n == 0 || last == 0 {
                    return None;
                }
                width = width.checked_add(last.checked_mul(n - 1)?)?;
                i = close + 1;
                continue;
            }
            b'S' | b'V' | b'P' => last = 0,
            b'X' | b'A' | b'9' | b'Z' | b'*' | b'B' | b'0' | b'/' | b',' | b'.' | b'+' | b'-'
            | b'$' | b'N' | b'G' | b'E' => last = 1,
            b'C' | b'D'
                if matches!(
                    bytes.get(i + 1).map(u8::to_ascii_uppercase),
                    Some(b'R' | b'B')
                ) =>
            {
                i += 1;
                last = 2;
            }
            _ => return None,
        }
        width = width.checked_add(last)?;
        if width > MAX_WIDTH {
            return None;
        }
        i += 1;
    }
    (width > 0).then_some(width)
}

/// The byte range of character columns `columns` in `line` (clipped to the
/// line), when the line reaches them.
fn byte_columns(line: &[u8], columns: &Range<usize>) -> Option<Range<usize>> {
    if line.is_ascii() {
        return (columns.start < line.len()).then(|| columns.start..columns.end.min(line.len()));
    }
    // A character is its first byte and the continuation bytes after it.
    let mut starts = line
        .iter()
        .enumerate()
        .filter(|(_, &b)| b & 0xC0 != 0x80)
        .map(|(i, _)| i)
        .chain(std::iter::once(line.len()));
    let start = starts.nth(columns.start)?;
    if start == line.len() {
        return None;
    }
    let end = starts
        .nth(columns.end - columns.start - 1)
        .unwrap_or(line.len());
    Some(start..end)
}

/// Reads the records after `book` (whose copybook `input` starts with) as
/// table rows, up to `row_limit` of them (0: all).
pub(super) fn read(
    input: &mut dyn BufRead,
    book: &Copybook,
    row_limit: u64,
    table: &mut TableScanner<'_>,
    acc: &mut ObjectAccumulator<'_>,
) -> TableOutcome {
    let cols: Vec<usize> = book.fields.iter().map(|f| table.column(&f.name)).collect();
    let names: Vec<&str> = book.fields.iter().map(|f| f.name.as_str()).collect();
    let kinds = super::kind_columns(&names);
    let mut offset = 0u64;
    let mut line_no = 0u64;
    let mut row = 0u64;
    let mut line = Vec::new();
    let mut status = ObjectStatus::Scanned;
    loop {
        line.clear();
        let n = match std::io::Read::take(&mut *input, MAX_RECORD as u64 + 1)
            .read_until(b'\n', &mut line)
        {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) => {
                status = ObjectStatus::Partial {
                    reason: format!("read failed at line {}: {e}", line_no + 1),
                };
                break;
            }
        };
        let at = offset;
        offset += n as u64;
        line_no += 1;
        if at < book.data_start as u64 {
            continue;
        }
        if !line.ends_with(b"\n") && n > MAX_RECORD {
            status = ObjectStatus::Partial {
                reason: format!(
                    "line {line_no} is longer than {MAX_RECORD} bytes; the rest was not read"
                ),
            };
            break;
        }
        let record = line
            .strip_suffix(b"\n")
            .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
            .unwrap_or(&line);
        let trimmed = record.trim_ascii();
        // Blank lines and trailer comments are no records.
        if trimmed.is_empty() || trimmed.starts_with(b"*") {
            continue;
        }
        // (`--sample-rows 0` reads every record.)
        if row_limit > 0 && row == row_limit {
            table.sampled = true;
            break;
        }
        for (i, (field, &col)) in book.fields.iter().zip(&cols).enumerate() {
            match byte_columns(record, &field.columns) {
                Some(cell) if !record[cell.clone()].trim_ascii().is_empty() => {
                    let place = CellAt::Offset {
                        start: at + cell.start as u64,
                        line: line_no,
                        row: Some(row),
                    };
                    let described = kinds[i].and_then(|k| {
                        let kind_cell = byte_columns(record, &book.fields[k.at].columns)?;
                        Some(Described::ByKindColumn(k.kind(&record[kind_cell])?))
                    });
                    table.cell_in(acc, col, place, &record[cell], described);
                }
                _ => table.null(col),
            }
        }
        row += 1;
        table.rows_scanned = row;
    }
    if !table.sampled && matches!(status, ObjectStatus::Scanned) {
        table.rows_total = Some(row);
    }
    TableOutcome {
        bytes: offset,
        status,
        not_a_table: None,
        damaged: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOOK: &str = "      *=====================================*\n      * PAYACH - EXTRACT   LRECL=34           *\n      *=====================================*\n       01  PA-RECORD.\n           05  PA-EMP-ID      PIC X(06).\n           05  FILLER         PIC X(01).\n           05  PA-TIN         PIC 9(09).\n           05  FILLER         PIC X.\n           05  PA-NET-PAY     PIC S9(7)V99.\n           05  PA-STATUS      PIC X.\n               88  PA-ACTIVE  VALUE 'A'.\nE73442 703458015 000673644A\n";

    #[test]
    fn a_copybook_lays_out_its_records() {
        let book = parse(BOOK.as_bytes()).expect("a copybook");
        let names: Vec<(&str, Range<usize>)> = book
            .fields
            .iter()
            .map(|f| (f.name.as_str(), f.columns.clone()))
            .collect();
        assert_eq!(
            names,
            [
                ("PA-EMP-ID", 0..6),
                ("PA-TIN", 7..16),
                ("PA-NET-PAY", 17..26),
                ("PA-STATUS", 26..27)
            ]
        );
        assert!(BOOK[book.data_start..].starts_with("E73442 "));
    }

    #[test]
    fn pictures_take_their_text_width() {
        assert_eq!(pic_width("X(19)"), Some(19));
        assert_eq!(pic_width("9(7)V99"), Some(9));
        assert_eq!(pic_width("S9(5)"), Some(5));
        assert_eq!(pic_width("XXX"), Some(3));
        assert_eq!(pic_width("Z,ZZ9.99"), Some(8));
        assert_eq!(pic_width("9(5)CR"), Some(7));
        assert_eq!(pic_width("X(0)"), None);
        assert_eq!(pic_width("(5)"), None);
        assert_eq!(pic_width("Q(3)"), None);
        assert_eq!(pic_width("X(99999999999999999999)"), None);
    }

    #[test]
    fn binary_overlaid_and_unfinished_layouts_are_no_text_records() {
        let packed = BOOK.replace("PIC S9(7)V99.", "PIC S9(7)V99 COMP-3.");
        assert_eq!(parse(packed.as_bytes()), None);
        let occurs = BOOK.replace("PIC X(06).", "PIC X(06) OCCURS 3 TIMES.");
        assert_eq!(parse(occurs.as_bytes()), None);
        // The head ends inside the copybook.
        assert_eq!(parse(&BOOK.as_bytes()[..200]), None);
        // Prose, a CSV file, a log: refused on their first byte or line.
        assert_eq!(parse(b"Dear Ms Roe,\nthank you\n"), None);
        assert_eq!(parse(b"id,name\n1,Jane\n"), None);
        assert_eq!(
            parse(b"2025-01-01 10:00 started\n2025-01-01 10:01 done\n"),
            None
        );
        assert_eq!(parse(b"* just a bullet\n* and another\n"), None);
    }

    #[test]
    fn sequence_numbers_are_read_past() {
        let book = "000100 01  CU-REC.\n000200     05  CU-NAME  PIC X(10).\n000300*    a comment\n000400     05  CU-SSN   PIC 9(9).\nJANE ROE  123456789\n";
        let parsed = parse(book.as_bytes()).expect("a copybook");
        assert_eq!(parsed.fields.len(), 2);
        assert_eq!(parsed.fields[1].columns, 10..19);
        assert!(book[parsed.data_start..].starts_with("JANE ROE"));
    }

    #[test]
    fn columns_are_characters() {
        assert_eq!(byte_columns(b"abcdef", &(2..4)), Some(2..4));
        assert_eq!(byte_columns(b"abc", &(2..6)), Some(2..3));
        assert_eq!(byte_columns(b"abc", &(3..6)), None);
        let line = "MÜLLER    123".as_bytes();
        assert_eq!(
            &line[byte_columns(line, &(0..10)).unwrap()],
            "MÜLLER    ".as_bytes()
        );
        assert_eq!(&line[byte_columns(line, &(10..13)).unwrap()], b"123");
    }

    proptest::proptest! {
        #[test]
        fn prop_parse_never_panics(head in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..512)) {
            let _ = parse(&head);
        }

        #[test]
        fn prop_byte_columns_stay_in_the_line(text in "[a-zÀ-ÿ ]{0,40}", start in 0usize..50, len in 1usize..20) {
            let line = text.as_bytes();
            if let Some(r) = byte_columns(line, &(start..start + len)) {
                proptest::prop_assert!(r.start < r.end && r.end <= line.len());
                proptest::prop_assert!(std::str::from_utf8(&line[r]).is_ok());
            }
        }
    }
}
