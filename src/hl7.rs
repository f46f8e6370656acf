//! HL7 v2 messages: what each field of a segment holds.
//!
//! HL7 v2 is how hospitals move patients between systems (admissions,
//! orders, results), and its dumps and archives land in data lakes as text.
//! A field carries no label: `PID|1||32874170^^^HOSP^MR||Appiah^Kwame||
//! 20130711` is a record number, a name and a birth date only by position.
//! [`field_label`] names the field a value sits in with the words a label
//! would use, so the rules' context words apply to it as to a column name.

/// Whether `haystack` holds HL7 v2 messages: a message header segment
/// (`MSH|^~\&`) in its first 64 KiB (a later chunk of a large archive
/// finds the header of its next message).
pub(crate) fn is_hl7(haystack: &[u8]) -> bool {
    let head = &haystack[..haystack.len().min(64 * 1024)];
    memchr::memmem::find(head, b"MSH|^~\\&").is_some()
}

/// Longest segment looked back over to find where a value's segment starts.
const MAX_SEGMENT: usize = 4096;

/// The label of the HL7 field holding `start`, when its segment and field
/// are known ones. Segments end at a carriage return (the standard) or a
/// newline; components are counted from the field's start or its last
/// repetition (`~`).
pub(crate) fn field_label(haystack: &[u8], start: usize) -> Option<&'static str> {
    let from = start.saturating_sub(MAX_SEGMENT);
    let seg_start = memchr::memrchr2(b'\r', b'\n', &haystack[from..start])
        .map(|p| from + p + 1)
        .or((from == 0).then_some(0))?;
    let segment = &haystack[seg_start..start];
    let (id, rest) = segment.split_at_checked(3)?;
    if !id[0].is_ascii_uppercase()
        || !id[1..]
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        || rest.first() != Some(&b'|')
    {
        return None;
    }
    let bars = memchr::memchr_iter(b'|', rest).count();
    // MSH-1 is the field separator itself: MSH's fields count one more.
    let field = if id == b"MSH" { bars + 1 } else { bars };
    let last_bar = memchr::memrchr(b'|', rest)?;
    let in_field = &rest[last_bar + 1..];
    let repetition = memchr::memrchr(b'~', in_field).map_or(in_field, |p| &in_field[p + 1..]);
    let component = 1 + memchr::memchr_iter(b'^', repetition).count();
    label(id, field, component)
}

/// A provider field (XCN: ID number, family name, given name, ...): the ID
/// is the provider's NPI in US messages.
fn provider(component: usize) -> &'static str {
    if component == 1 {
        "npi"
    } else {
        "name"
    }
}

/// The words of each known field: only those of the type it holds, since a
/// label's every word is context for every rule (`patient address` would
/// lend the city in it a name word).
fn label(segment: &[u8], field: usize, component: usize) -> Option<&'static str> {
    Some(match (segment, field) {
        (b"PID", 3) if component == 1 => "mrn medical record number",
        (b"PID", 2 | 4) if component == 1 => "patient id",
        (b"MRG", 1) if component == 1 => "mrn",
        (b"PID", 5 | 6 | 9) | (b"NK1", 2 | 30) | (b"GT1", 3) | (b"IN1", 16) => "name",
        (b"PID", 7) | (b"NK1", 16) | (b"GT1", 8) | (b"IN1", 18) => "date of birth",
        (b"PID", 11) | (b"NK1", 4 | 32) | (b"GT1", 5) | (b"IN1", 19) => "address",
        (b"PID", 13 | 14) | (b"NK1", 5 | 6 | 31) | (b"GT1", 6 | 7) => "phone",
        (b"PID", 19) | (b"NK1", 37) | (b"GT1", 12) | (b"IN2", 2) => "ssn social security number",
        (b"PID", 20) => "driver's license number",
        (b"PV1", 7 | 8 | 9 | 17) | (b"PD1", 4) | (b"ORC", 10..=12) => provider(component),
        (b"OBR", 16 | 28) | (b"DG1", 16) | (b"PR1", 11 | 12) => provider(component),
        (b"RXE", 13) | (b"RXO", 14) => "dea number",
        // A coded element (CWE) is code^text^coding system; the system's
        // name (`I10`) reads as a diagnosis code but is none.
        (b"DG1", 3) | (b"PR1", 3 | 15) if component == 1 => "diagnosis code icd",
        (b"DG1", 2 | 3) | (b"PR1", 3 | 15) => "coding system",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label_of(text: &str, value: &str) -> Option<&'static str> {
        field_label(text.as_bytes(), text.find(value).expect("value in text"))
    }

    const MESSAGE: &str = "MSH|^~\\&|EPIC|HOSP|LAB|HOSP|20251004155157||ADT^A01|316649|P|2.3\r\
        PID|1||32874170^^^HOSP^MR~1EG4TE5MK72^^^CMS^MC||Appiah^Kwame^^^^L||20130711|F||2054-5|\
        3280 Bayou Bend Ct^^Houston^TX^77036||(404)407-5538|||M||ACC7342|158371483|\r\
        PV1|1|O|MED^412^B^HOSP||||2183131301^Raman^Priya^^^Dr|||SUR\n\
        DG1|1|I10|E55.9^Vitamin D deficiency^I10||20251004|W\r";

    #[test]
    fn fields_are_named_by_segment_field_and_component() {
        assert!(is_hl7(MESSAGE.as_bytes()));
        let mrn = Some("mrn medical record number");
        assert_eq!(label_of(MESSAGE, "32874170"), mrn);
        // A repetition starts its components afresh.
        assert_eq!(label_of(MESSAGE, "1EG4TE5MK72"), mrn);
        assert_eq!(label_of(MESSAGE, "HOSP^MR~"), None);
        assert_eq!(label_of(MESSAGE, "Appiah"), Some("name"));
        assert_eq!(label_of(MESSAGE, "20130711"), Some("date of birth"));
        assert_eq!(label_of(MESSAGE, "3280 Bayou"), Some("address"));
        assert_eq!(label_of(MESSAGE, "(404)"), Some("phone"));
        assert_eq!(
            label_of(MESSAGE, "158371483"),
            Some("ssn social security number")
        );
        assert_eq!(label_of(MESSAGE, "2183131301"), Some("npi"));
        assert_eq!(label_of(MESSAGE, "Raman"), Some("name"));
        assert_eq!(label_of(MESSAGE, "E55.9"), Some("diagnosis code icd"));
        assert_eq!(label_of(MESSAGE, "I10|E55"), Some("coding system"));
        assert_eq!(label_of(MESSAGE, "I10||"), Some("coding system"));
        // MSH-7 is the message time, no field of ours.
        assert_eq!(label_of(MESSAGE, "20251004155157"), None);
        assert_eq!(label_of(MESSAGE, "ADT^A01"), None);
    }

    #[test]
    fn other_pipe_text_has_no_labels() {
        assert!(!is_hl7(b"a|b|c\n1|2|3\n"));
        assert_eq!(field_label(b"name|ssn|dob\nAnn|123456789|x", 17), None);
        assert_eq!(field_label(b"Pid|1||123", 8), None);
        assert_eq!(field_label(b"PID 1 123", 6), None);
    }

    proptest::proptest! {
        #[test]
        fn prop_never_panics(text in "[A-Z0-9|^~\r\n]{0,200}", at in 0usize..200) {
            let at = at.min(text.len());
            let _ = field_label(text.as_bytes(), at);
            let _ = is_hl7(text.as_bytes());
        }
    }
}
