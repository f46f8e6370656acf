//! Where a CSV record's fields lie in the file, so a cell's findings carry
//! byte offsets and a line as a text file's do.
//!
//! The csv parser hands back a record's fields unquoted and says where the
//! record starts, not where each field does. [`Recorder`] keeps the bytes
//! the parser has read since the record began, and [`locate_fields`] walks
//! them beside the parsed fields, matching each byte for byte: an offset is
//! written only where the file holds the field's bytes exactly as parsed
//! (a field with doubled quotes `""` inside, or any the walk cannot match,
//! stays by column and row).

use std::io::Read;

/// The most bytes [`Recorder`] keeps; a record longer than this (a quoted
/// field spanning megabytes) is found by column and row only, so memory
/// stays bounded whatever the input.
const MAX_KEPT: usize = 16 << 20;

/// A reader that keeps what it hands on, from a mark onwards.
pub(super) struct Recorder<R> {
    inner: R,
    keep: bool,
    kept: Vec<u8>,
    /// Stream offset of `kept[0]`.
    kept_at: u64,
    /// Bytes handed on so far.
    pos: u64,
    /// Bytes before this stream offset are no longer needed.
    mark: u64,
}

impl<R> Recorder<R> {
    /// A reader keeping the bytes it reads.
    pub(super) fn new(inner: R) -> Self {
        Recorder {
            inner,
            keep: true,
            kept: Vec::new(),
            kept_at: 0,
            pos: 0,
            mark: 0,
        }
    }

    /// A reader keeping nothing ([`Self::raw`] is always `None`): a slice
    /// sampled mid-file, whose lines have no number.
    pub(super) fn passthrough(inner: R) -> Self {
        Recorder {
            keep: false,
            ..Recorder::new(inner)
        }
    }

    /// Bytes before stream offset `at` may be dropped.
    pub(super) fn release(&mut self, at: u64) {
        self.mark = self.mark.max(at);
    }

    /// The bytes `[start, end)` of the stream, when still kept.
    pub(super) fn raw(&self, start: u64, end: u64) -> Option<&[u8]> {
        let from = usize::try_from(start.checked_sub(self.kept_at)?).ok()?;
        let to = usize::try_from(end.checked_sub(self.kept_at)?).ok()?;
        self.kept.get(from..to)
    }
}

impl<R: Read> Read for Recorder<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if self.keep {
            let dead = self
                .mark
                .saturating_sub(self.kept_at)
                .min(self.kept.len() as u64) as usize;
            // Dropped in bulk, not per record: the parser reads far ahead of
            // the record it is on, so the live tail is small and moving it
            // once the dead head is as long costs one copy of each byte.
            if dead > 0 && dead >= self.kept.len() / 2 {
                self.kept.drain(..dead);
                self.kept_at += dead as u64;
            }
            if self.kept.len() + n > MAX_KEPT {
                self.kept.clear();
                self.kept_at = self.pos + n as u64;
            } else {
                self.kept.extend_from_slice(&buf[..n]);
            }
        }
        self.pos += n as u64;
        Ok(n)
    }
}

/// Where a field's bytes start in the file, and on which line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct FieldAt {
    pub(super) start: u64,
    pub(super) line: u64,
}

/// Fills `out` with where each field of `fields` lies in `raw`, the record
/// as the file holds it (from the record's position up to the next one's),
/// which starts `base` bytes into the stream on line `line`. A field whose
/// bytes are not there as parsed gets `None`, and so does every field after
/// one the walk cannot match.
pub(super) fn locate_fields(
    raw: &[u8],
    base: u64,
    line: u64,
    rec: &csv::ByteRecord,
    delimiter: u8,
    quoting: bool,
    out: &mut Vec<Option<FieldAt>>,
) {
    out.clear();
    // The parser's position for a record is where the last one ended: blank
    // lines it skipped and a byte-order mark at the start come first.
    let mut cur = if base == 0 && raw.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let mut line = line;
    while let Some(&b) = raw.get(cur).filter(|&&b| b == b'\r' || b == b'\n') {
        line += u64::from(b == b'\n');
        cur += 1;
    }
    // Most records hold no quote: their fields are the bytes between
    // delimiters, which the lengths alone confirm.
    let body = &raw[cur..];
    let unterminated = body.len()
        - body
            .iter()
            .rev()
            .take_while(|&&b| b == b'\r' || b == b'\n')
            .count();
    if rec.as_slice().len() + rec.len().saturating_sub(1) == unterminated
        && !(quoting && memchr::memchr(b'"', body).is_some())
    {
        for field in rec.iter() {
            out.push(Some(FieldAt {
                start: base + cur as u64,
                line,
            }));
            cur += field.len() + 1;
        }
        return;
    }
    let mut lost = false;
    for (i, field) in rec.iter().enumerate() {
        let walked = if lost || (i > 0 && raw.get(cur) != Some(&delimiter)) {
            None
        } else {
            cur += usize::from(i > 0);
            walk_field(raw, cur, field, delimiter, quoting)
        };
        let Some((start, next)) = walked else {
            lost = true;
            out.push(None);
            continue;
        };
        out.push(start.map(|s| FieldAt {
            start: base + s as u64,
            line,
        }));
        // A quoted field may span lines.
        line += memchr::memchr_iter(b'\n', &raw[cur..next]).count() as u64;
        cur = next;
    }
}

/// Where `field`, parsed from the bytes at `raw[at..]`, lies there: its
/// start (`None` for a quoted field with a quote written twice inside,
/// whose bytes are not the field's) and the end of its bytes; `None` when
/// they do not hold the field as parsed or do not end where a field does.
fn walk_field(
    raw: &[u8],
    at: usize,
    field: &[u8],
    delimiter: u8,
    quoting: bool,
) -> Option<(Option<usize>, usize)> {
    let ends_field = |i: usize| match raw.get(i) {
        None | Some(b'\r' | b'\n') => true,
        Some(&b) => b == delimiter,
    };
    if quoting && raw.get(at) == Some(&b'"') {
        let (next, escaped) = quoted_end(raw, at, field)?;
        return ends_field(next).then_some(((!escaped).then_some(at + 1), next));
    }
    let next = at + field.len();
    (raw[at..].starts_with(field) && ends_field(next)).then_some((Some(at), next))
}

/// Where the quoted field opening at `raw[open]` ends (just past its closing
/// quote) if it holds `field` (a quote in it written twice), and whether
/// any quote was.
fn quoted_end(raw: &[u8], open: usize, field: &[u8]) -> Option<(usize, bool)> {
    let mut at = open + 1;
    let mut escaped = false;
    for &b in field {
        if b == b'"' {
            if raw.get(at..at + 2)? != b"\"\"" {
                return None;
            }
            at += 2;
            escaped = true;
        } else {
            if *raw.get(at)? != b {
                return None;
            }
            at += 1;
        }
    }
    (raw.get(at) == Some(&b'"')).then_some((at + 1, escaped))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses `text` with the csv crate as the table reader does and returns
    /// each record's located fields, checked against the text.
    fn located(text: &str, delimiter: u8, quoting: bool) -> Vec<Vec<Option<(usize, u64)>>> {
        let mut rdr = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .quoting(quoting)
            .flexible(true)
            .has_headers(false)
            .buffer_capacity(7)
            .from_reader(Recorder::new(text.as_bytes()));
        let mut rec = csv::ByteRecord::new();
        let mut out = Vec::new();
        let mut all = Vec::new();
        while rdr.read_byte_record(&mut rec).unwrap() {
            let pos = rec.position().unwrap();
            let next = rdr.position().byte();
            let raw = rdr.get_ref().raw(pos.byte(), next).expect("kept");
            locate_fields(
                raw,
                pos.byte(),
                pos.line(),
                &rec,
                delimiter,
                quoting,
                &mut out,
            );
            for (f, at) in rec.iter().zip(&out) {
                if let Some(at) = at {
                    let s = at.start as usize;
                    assert_eq!(&text.as_bytes()[s..s + f.len()], f);
                    assert_eq!(at.line, 1 + text[..s].matches('\n').count() as u64);
                }
            }
            all.push(
                out.iter()
                    .map(|a| a.map(|a| (a.start as usize, a.line)))
                    .collect(),
            );
            rdr.get_mut().release(next);
        }
        all
    }

    proptest::proptest! {
        /// Whatever the bytes, a field is only ever located where the file
        /// holds exactly its bytes, on the line counted from the start
        /// (`located` checks both), and a record holding no quote has
        /// every field located.
        #[test]
        fn prop_a_located_field_is_always_the_files_bytes(
            pieces in proptest::collection::vec(proptest::sample::select(&[
                "a", "bc", "4111", ",", ";", "\t", "\"", "\"\"", "\r", "\n", "\r\n", " ", "é", "\u{feff}",
            ][..]), 0..40),
            delimiter in proptest::sample::select(&[b',', b';', b'\t'][..]),
            quoting in proptest::bool::ANY,
        ) {
            let text: String = pieces.concat();
            let records = located(&text, delimiter, quoting);
            if !text.contains('"') || !quoting {
                for fields in &records {
                    proptest::prop_assert!(fields.iter().all(Option::is_some), "{:?}: {:?}", text, records);
                }
            }
        }
    }

    #[test]
    fn plain_and_quoted_fields_are_found_where_the_file_holds_them() {
        let text = "name,email\r\nAda,ada@x.io\r\n\r\n\"Lovelace, A\",\"a@y.io\"\n";
        assert_eq!(
            located(text, b',', true),
            vec![
                vec![Some((0, 1)), Some((5, 1))],
                vec![Some((12, 2)), Some((16, 2))],
                vec![Some((29, 4)), Some((43, 4))],
            ]
        );
    }

    #[test]
    fn a_quoted_field_spanning_lines_moves_later_fields_down() {
        let text = "a,b,c\n1,\"two\nlines\",3\n";
        let got = located(text, b',', true);
        assert_eq!(got[1], vec![Some((6, 2)), Some((9, 2)), Some((20, 3))]);
    }

    #[test]
    fn doubled_quotes_and_unmatched_bytes_are_not_located() {
        // `""` inside: the parsed value is not the file's bytes.
        let got = located("x,\"say \"\"hi\"\"\",z\n", b',', true);
        assert_eq!(got[0], vec![Some((0, 1)), None, Some((15, 1))]);
        // Text after a closing quote joins the field: nothing after it is
        // trusted.
        let got = located("\"ab\"c,d\n", b',', true);
        assert_eq!(got[0], vec![None, None]);
        // An empty quoted field holds nothing to locate, but is walked.
        let got = located("\"\",d\n", b',', true);
        assert_eq!(got[0], vec![Some((1, 1)), Some((3, 1))]);
    }

    #[test]
    fn a_byte_order_mark_and_tabs_without_quoting() {
        let text = "\u{feff}id\tnote\n7\t\"as is\"\n";
        let got = located(text, b'\t', false);
        assert_eq!(got[0], vec![Some((3, 1)), Some((6, 1))]);
        assert_eq!(got[1], vec![Some((11, 2)), Some((13, 2))]);
    }

    #[test]
    fn the_recorder_keeps_only_what_is_live_and_at_most_its_bound() {
        let data = vec![b'a'; 1 << 20];
        let mut r = Recorder::new(&data[..]);
        let mut buf = [0u8; 4096];
        let mut total = 0u64;
        loop {
            let n = r.read(&mut buf).unwrap();
            if n == 0 {
                break;
            }
            total += n as u64;
            r.release(total - 10);
            assert!(r.kept.len() <= 2 * 4096 + 10, "{}", r.kept.len());
        }
        assert_eq!(r.raw(total - 10, total), Some(&data[..10]));
        assert_eq!(r.raw(0, 10), None);
        let mut big = Recorder::new(std::io::repeat(b'x').take(MAX_KEPT as u64 + 10));
        std::io::copy(&mut big, &mut std::io::sink()).unwrap();
        assert!(big.kept.len() <= MAX_KEPT);
        assert_eq!(big.raw(0, 1), None);
        let mut off = Recorder::passthrough(&data[..]);
        assert_eq!(off.read(&mut buf).unwrap(), buf.len());
        assert_eq!(off.raw(0, 1), None);
    }
}
