//! ZPL label programs: the text a label printer prints, between commands.
//!
//! Pharmacy labels, patient wristbands and shipping labels are kept as the
//! ZPL sent to the printer (`^FO20,90^A0R,26,26^FDDOB: 03/23/1936^FS`).
//! The field data command `^FD` sits right against the text it prints, so
//! neither a label's word (`DOB`, `MRN`) nor a value's first letter starts
//! a word there. [`blank_commands`] turns every command into spaces, byte
//! for byte: the text keeps its offsets, and what a rule finds in the copy
//! is where it is in the file.

/// How far into a haystack the label commands are looked for.
const HEAD: usize = 64 * 1024;

/// Whether `haystack` holds ZPL labels: a label's start (`^XA`) and a field
/// data command (`^FD`) in its first 64 KiB.
pub(crate) fn is_zpl(haystack: &[u8]) -> bool {
    let head = &haystack[..haystack.len().min(HEAD)];
    memchr::memmem::find(head, b"^XA").is_some() && memchr::memmem::find(head, b"^FD").is_some()
}

/// Copies `haystack` into `out` with every ZPL command blanked: its caret
/// and two-character name (`^FO`, `~JA`) and the parameters after it
/// (`20,90`, `0R,26,26`) when they read as parameters (digits, letters,
/// commas and dots up to the next command or the line's end). The data of
/// `^FD`/`^FV` and a `^FX` comment stay: they are the label's text.
pub(crate) fn blank_commands(haystack: &[u8], out: &mut Vec<u8>) {
    out.clear();
    out.extend_from_slice(haystack);
    let mut i = 0;
    while let Some(found) = memchr::memchr2(b'^', b'~', &out[i..]) {
        let at = i + found;
        let Some(name) = out.get(at + 1..at + 3) else {
            break;
        };
        if !name.iter().all(u8::is_ascii_alphanumeric) {
            i = at + 1;
            continue;
        }
        let text_follows = matches!(name, b"FD" | b"FV" | b"FX" | b"fd" | b"fv" | b"fx");
        let mut end = at + 3;
        if !text_follows {
            let params = out[end..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b',' | b'.'))
                .count();
            let after = out.get(end + params);
            if matches!(after, None | Some(b'^' | b'~' | b'\r' | b'\n')) {
                end += params;
            }
        }
        out[at..end].fill(b' ');
        i = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blanked(s: &str) -> String {
        let mut out = Vec::new();
        blank_commands(s.as_bytes(), &mut out);
        assert_eq!(out.len(), s.len());
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn commands_become_spaces_and_text_stays_where_it_was() {
        let label = "^XA\n^FO90,20^A0R,26,26^FDDOB: 03/23/1936  M^FS\n^PQ1\n^XZ\n";
        let plain = blanked(label);
        assert_eq!(plain.trim(), "DOB: 03/23/1936  M");
        assert_eq!(plain.find("DOB"), label.find("DOB"));
        assert_eq!(
            blanked("^FX Rx label RX8053456^FS").trim(),
            "Rx label RX8053456"
        );
    }

    #[test]
    fn prose_about_commands_keeps_its_words() {
        // Not parameters: a blank follows.
        assert_eq!(
            blanked("send ^XA then the fields"),
            "send     then the fields"
        );
        assert_eq!(blanked("caret ^ alone, ~ too"), "caret ^ alone, ~ too");
        assert_eq!(blanked("ends with ^F"), "ends with ^F");
    }

    #[test]
    fn zpl_is_known_by_a_label_start_and_field_data() {
        assert!(is_zpl(b"^XA\n^FO20,20^FDSHIP TO:^FS\n^XZ"));
        assert!(!is_zpl(b"^XA alone"));
        assert!(!is_zpl(b"plain text ^FD"));
    }
}
