//! ASC X12 EDI: the claims (837), remittance advices (835), eligibility
//! checks (270/271) and enrolments (834) US health care and its payers
//! exchange, which land in data lakes as archived interchanges.
//!
//! An element carries no label: `NM1*IL*1*DUNMORE*WADE****MI*1EG4TE5MK73~`
//! names a subscriber (`IL`), a person (`1`), his family and given names
//! and his member id only by position and qualifier. The rules with
//! `only_in = "x12"` spell segment and qualifier in their patterns, so they
//! run only where [`is_x12`] says the text is X12, with `*` between
//! elements (the separator nearly every interchange declares in its `ISA`
//! header).

/// Whether `head` (the first 64 KiB of a haystack: see `crate::formats`,
/// so that a later chunk of a large archive finds the header of its next
/// transaction set) holds X12 segments: an interchange header (`ISA*`) or
/// a transaction set header (`ST*837*`, three digits) opening a segment.
pub(crate) fn is_x12(head: &[u8]) -> bool {
    let opens_segment = |at: usize| at == 0 || matches!(head[at - 1], b'~' | b'\n' | b'\r');
    let interchange = memchr::memmem::find_iter(head, b"ISA*").any(opens_segment);
    interchange
        || memchr::memmem::find_iter(head, b"ST*").any(|at| {
            let code = &head[at + 3..head.len().min(at + 7)];
            opens_segment(at)
                && code.len() == 4
                && code[..3].iter().all(u8::is_ascii_digit)
                && code[3] == b'*'
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interchanges_and_transaction_sets_are_x12() {
        assert!(is_x12(
            b"ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       \
              *240115*1118*^*00501*000000001*0*P*:~GS*HC*S*R*20240115*1118*1*X*005010X222A1~"
        ));
        // A later chunk of an archive: no envelope, a transaction set.
        assert!(is_x12(
            b"NM1*IL*1*DOE*JANE~\nSE*22*0001~\nST*835*0002~\nBPR*I*"
        ));
        assert!(is_x12(b"ST*270*0001*005010X279A1~"));
    }

    #[test]
    fn other_text_is_not() {
        for text in [
            &b""[..],
            b"a|b|c\n1|2|3\n",
            b"The ISA*00 header opens an interchange.",
            b"FIRST*ST*837*",
            b"ST*83*",
            b"ST*8a7*0001~",
            b"MSH|^~\\&|EPIC|HOSP",
        ] {
            assert!(!is_x12(text), "{}", String::from_utf8_lossy(text));
        }
    }

    #[test]
    fn any_bytes_are_answered() {
        for text in [&b"ST*"[..], b"ST*1", b"~ST*12", b"\nISA*", b"ISA"] {
            let _ = is_x12(text);
        }
        assert!(is_x12(b"~ISA*"));
    }
}
