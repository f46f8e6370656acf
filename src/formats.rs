//! Which document formats a haystack holds, for the rules that run only in
//! one (`only_in`): formats whose records label their values by position
//! rather than by a word, so that a rule spelling the position finds what
//! no context word would announce.

use std::ops::Range;

use crate::rules::DocumentFormat;

/// How far into a haystack a format's header is looked for: a later chunk
/// of a large file finds the header of its next record group.
const HEAD: usize = 64 * 1024;

/// Whether `haystack` holds documents of `format`.
pub(crate) fn holds(format: DocumentFormat, haystack: &[u8]) -> bool {
    let head = &haystack[..haystack.len().min(HEAD)];
    match format {
        DocumentFormat::Hl7 => crate::hl7::is_hl7(haystack),
        DocumentFormat::X12 => crate::x12::is_x12(head),
        DocumentFormat::Nacha => is_nacha(head),
        DocumentFormat::Vcard => memchr::memmem::find(head, b"BEGIN:VCARD").is_some(),
        DocumentFormat::Ldif => is_ldif(head),
        DocumentFormat::Xml => is_xml(head),
        DocumentFormat::Gedcom => is_gedcom(head),
        DocumentFormat::Dicom => is_dicom_dump(head),
        DocumentFormat::Fix => memchr::memmem::find(head, b"8=FIX").is_some(),
        DocumentFormat::Bai2 => is_bai2(head),
        DocumentFormat::Fedwire => is_fedwire(head),
        DocumentFormat::Mt940 => is_mt940(head),
        // One pass for both markers (most haystacks hold neither).
        DocumentFormat::Ical => memchr::memmem::find_iter(head, b"BEGIN:V").any(|at| {
            let rest = &head[at + b"BEGIN:V".len()..];
            rest.starts_with(b"CALENDAR") || rest.starts_with(b"EVENT")
        }),
    }
}

/// A SWIFT MT940 or MT942 statement: a line opening with the account tag
/// (`:25:`) and one with a statement line's or its information's
/// (`:61:`, `:86:`); or an MT103 customer transfer: its value date,
/// currency and amount (`:32A:`) and its ordering customer (`:50K:`,
/// `:50A:`, `:50F:`) or beneficiary (`:59:`).
fn is_mt940(head: &[u8]) -> bool {
    let tag_opens_line =
        |tag: &[u8]| memchr::memmem::find_iter(head, tag).any(|at| opens_line(head, at));
    let statement =
        || tag_opens_line(b":25:") && (tag_opens_line(b":61:") || tag_opens_line(b":86:"));
    let transfer = || {
        tag_opens_line(b":32A:")
            && [&b":50K:"[..], b":50A:", b":50F:", b":59:"]
                .iter()
                .any(|tag| tag_opens_line(tag))
    };
    statement() || transfer()
}

/// A BAI2 file: a file header record (`01,` then the sender's and the
/// receiver's ids) followed by a group header (`02,`), or, in a later chunk
/// of a large file, an account record (`03,`) among transaction details
/// (`16,`), every record ending in `/`.
fn is_bai2(head: &[u8]) -> bool {
    // Each line read once: this runs on every text haystack.
    let mut records = line_starts(head).filter_map(|at| {
        let rest = &head[at..];
        let line = &rest[..memchr::memchr(b'\n', rest).unwrap_or(rest.len())];
        line.trim_ascii_end().ends_with(b"/").then_some(line)
    });
    let text = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    if text.starts_with(b"01,") {
        return records.any(|line| line.starts_with(b"02,"));
    }
    let (mut accounts, mut details) = (0, 0);
    records.any(|line| {
        accounts += usize::from(line.starts_with(b"03,"));
        details += usize::from(line.starts_with(b"16,"));
        accounts >= 1 && details >= 2
    })
}

/// A Fedwire Funds message in tag format: a line opening with its type and
/// subtype tag (`{1510}`) and one with the sender's routing tag (`{3100}`).
fn is_fedwire(head: &[u8]) -> bool {
    let tag_opens_line =
        |tag: &[u8]| memchr::memmem::find_iter(head, tag).any(|at| opens_line(head, at));
    tag_opens_line(b"{1510}") && tag_opens_line(b"{3100}")
}

/// A DICOM header dump: two lines that open (after indentation) with an
/// element tag, `(0010,0010)` as dcmdump and gdcmdump print it or
/// `(0010, 0010)` as pydicom does.
fn is_dicom_dump(head: &[u8]) -> bool {
    line_starts(head)
        .filter(|&at| element_tag_end(&head[at..]).is_some())
        .nth(1)
        .is_some()
}

/// Where the element tag that opens `line` (after indentation) ends, just
/// past its `)`: `(0018,1020)` or `(0018, 1020)`.
fn element_tag_end(line: &[u8]) -> Option<usize> {
    let indent = line
        .iter()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count();
    let tag = &line[indent..];
    let hex = |bytes: &[u8]| bytes.len() == 4 && bytes.iter().all(u8::is_ascii_hexdigit);
    if tag.first() != Some(&b'(') || tag.len() < 11 || !hex(&tag[1..5]) || tag[5] != b',' {
        return None;
    }
    if hex(&tag[6..10]) && tag[10] == b')' {
        Some(indent + 11)
    } else if tag.len() >= 12 && tag[6] == b' ' && hex(&tag[7..11]) && tag[11] == b')' {
        Some(indent + 12)
    } else {
        None
    }
}

/// The most bytes a DICOM dump's element line is read over for its name.
const MAX_ELEMENT_LINE: usize = 256;

/// Where the name of the DICOM element whose value holds `at` is, when
/// `at` is on an element line of a header dump: the name closes the line
/// as dcmdump and gdcmdump print it (`(0018,1020) LO [9.12.66.129]
/// #  12, 1 SoftwareVersions`) and stands between the tag and the value
/// representation as pydicom prints it (`(0010, 2154) Patient's Telephone
/// Numbers  SH: '9283066353'`). The name says what the value is, as a
/// column's name does: a version is no address, an institution's name no
/// one's, and a telephone number needs no other label.
pub(crate) fn dicom_element_name(haystack: &[u8], at: usize) -> Option<Range<usize>> {
    let line_start = crate::text_table::line_start(haystack, at, MAX_ELEMENT_LINE)?;
    let to = (at + MAX_ELEMENT_LINE).min(haystack.len());
    let line_end = memchr::memchr2(b'\r', b'\n', &haystack[at..to]).map_or(to, |p| at + p);
    let line = &haystack[line_start..line_end];
    let tag_end = element_tag_end(line)?;
    let value_at = at - line_start;
    if value_at < tag_end {
        return None;
    }
    // Where `part`, a subslice of `line`, starts in it.
    let offset = |part: &[u8]| part.as_ptr() as usize - line.as_ptr() as usize;
    let name = match memchr::memrchr(b'#', line).filter(|&hash| hash > value_at) {
        // dcmdump: `# <length>, <multiplicity> <name>`.
        Some(hash) => {
            let comment = line[hash + 1..].trim_ascii_start();
            let length = comment.iter().take_while(|b| b.is_ascii_digit()).count();
            let rest = comment[length..].strip_prefix(b",")?.trim_ascii_start();
            let multiplicity = rest.iter().take_while(|&&b| b != b' ').count();
            rest[multiplicity..].trim_ascii()
        }
        // pydicom: the name, then the value representation and a colon.
        None => {
            let before = &line[tag_end..value_at];
            let colon = memchr::memrchr(b':', before)?;
            let vr_start = colon.checked_sub(2)?;
            if !before[vr_start..colon].iter().all(u8::is_ascii_uppercase) {
                return None;
            }
            before[..vr_start].trim_ascii()
        }
    };
    if name.is_empty() {
        return None;
    }
    let name_at = line_start + offset(name);
    Some(name_at..name_at + name.len())
}

/// A GEDCOM file: its `0 HEAD` line first (after a byte-order mark), or,
/// in a later chunk of a large tree, a level-0 record line of a person or
/// a family (`0 @I1042@ INDI`, `0 @F17@ FAM`).
fn is_gedcom(head: &[u8]) -> bool {
    let text = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    text.starts_with(b"0 HEAD")
        || memchr::memmem::find_iter(head, b"0 @")
            .filter(|&at| opens_line(head, at))
            .any(|at| {
                let line = &head[at + 3..];
                let line = &line[..memchr::memchr(b'\n', line).unwrap_or(line.len())];
                memchr::memmem::find(line, b"@ INDI").is_some()
                    || memchr::memmem::find(line, b"@ FAM").is_some()
            })
}

/// An XML document: an XML declaration, or a root element (`<` and a
/// letter, after a byte-order mark and white space) whose text closes an
/// element somewhere (`</`); or, in a later chunk of a large document,
/// which starts mid-element, closing tags every few hundred bytes (an
/// average of one per 512 bytes of its head at least).
fn is_xml(head: &[u8]) -> bool {
    let text = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let text = &text[text.iter().take_while(|b| b.is_ascii_whitespace()).count()..];
    text.starts_with(b"<?xml")
        || (text.first() == Some(&b'<')
            && text.get(1).is_some_and(u8::is_ascii_alphabetic)
            && memchr::memmem::find(text, b"</").is_some())
        || (text.len() >= XML_MARKUP_SPAN
            && memchr::memmem::find_iter(text, b"</").count() >= text.len() / XML_MARKUP_SPAN)
}

/// A later chunk of an XML document has a closing tag at least every this
/// many bytes, on average.
const XML_MARKUP_SPAN: usize = 512;

/// The length of every NACHA record.
const NACHA_RECORD: usize = 94;

/// A NACHA ACH file: a 94-character file header (`101`) or batch header
/// (`5` and a service class code: 200 mixed, 220 credits, 225 debits)
/// record opening a line; or, in a later chunk of a large file, whose
/// batch header may lie megabytes back, two entry detail records (`6` and
/// a transaction code, 94 characters) in a row.
fn is_nacha(head: &[u8]) -> bool {
    // Lines found with memchr (this runs on every text haystack): only a
    // line opening with `1`, `5` or `6` is measured.
    let mut entries_in_a_row = 0;
    line_starts(head).any(|at| {
        let rest = &head[at..];
        if !matches!(rest.first(), Some(b'1' | b'5' | b'6')) {
            entries_in_a_row = 0;
            return false;
        }
        let line = &rest[..memchr::memchr(b'\n', rest).unwrap_or(rest.len())];
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.len() != NACHA_RECORD {
            entries_in_a_row = 0;
            return false;
        }
        let entry = line[0] == b'6' && matches!(line[1], b'2'..=b'5') && line[2].is_ascii_digit();
        entries_in_a_row = if entry { entries_in_a_row + 1 } else { 0 };
        entries_in_a_row >= 2
            || line.starts_with(b"101")
            || [&b"5200"[..], b"5220", b"5225"]
                .iter()
                .any(|class| line.starts_with(class))
    })
}

/// An LDIF dump: an entry's `dn:` line followed, somewhere, by an
/// `objectClass:` or `changetype:` line.
fn is_ldif(head: &[u8]) -> bool {
    let Some(dn) = memchr::memmem::find_iter(head, b"dn:").find(|&at| opens_line(head, at)) else {
        return false;
    };
    let after = &head[dn..];
    [&b"\nobjectClass:"[..], b"\nchangetype:"]
        .iter()
        .any(|attribute| memchr::memmem::find(after, attribute).is_some())
}

/// Whether `at` opens a line of `text`.
fn opens_line(text: &[u8], at: usize) -> bool {
    at == 0 || text[at - 1] == b'\n'
}

/// Where each line of `text` starts.
fn line_starts(text: &[u8]) -> impl Iterator<Item = usize> + '_ {
    std::iter::once(0)
        .chain(memchr::memchr_iter(b'\n', text).map(|at| at + 1))
        .filter(move |&at| at < text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A NACHA record: `start`, padded with spaces to 94 characters.
    fn record(start: &str) -> String {
        format!("{start:<94}")
    }

    #[test]
    fn a_dicom_element_is_named_by_its_dump_line() {
        let name = |text: &'static [u8], value: &[u8]| {
            let at = memchr::memmem::find(text, value).unwrap();
            dicom_element_name(text, at).map(|r| std::str::from_utf8(&text[r]).unwrap())
        };
        let dcmdump = b"(0010,0030) DA [19360323]          #   8, 1 PatientBirthDate\n(0018,1020) LO [9.12.66.129]     #  12, 1 SoftwareVersions\n";
        assert_eq!(name(dcmdump, b"9.12"), Some("SoftwareVersions"));
        assert_eq!(name(dcmdump, b"1936"), Some("PatientBirthDate"));
        let gdcmdump = b"(0010,2154) SH [9283066353]   # 10,1-n Patient's Telephone Numbers\r\n";
        assert_eq!(name(gdcmdump, b"928"), Some("Patient's Telephone Numbers"));
        let pydicom = b"  (0010, 2154) Patient's Telephone Numbers    SH: '9283066353'\n";
        assert_eq!(name(pydicom, b"928"), Some("Patient's Telephone Numbers"));
        assert_eq!(
            name(b"(0010,0020) LO [E5982812] #  8, 1 PatientID\n", b"E59"),
            Some("PatientID")
        );
        // Not an element line, or the value before the tag's end.
        assert_eq!(name(b"call 9283066353 # 10, 1 Phone\n", b"928"), None);
        assert_eq!(name(b"(0010,2154) SH [9283066353]\n", b"928"), None);
        assert_eq!(name(b"(0010,2154) SH [9283066353]\n", b"0010"), None);
    }

    #[test]
    fn dicom_dumps_and_fix_logs_are_known_by_their_lines() {
        assert!(is_dicom_dump(
            b"# Dicom-Data-Set\n(0008,0020) DA [20240103]\n(0010,0010) PN [DOE^JANE]\n"
        ));
        assert!(is_dicom_dump(
            b"(0010, 0010) Patient's Name   PN: 'DOE^JANE'\n  (0010, 0030) Patient's Birth Date  DA: '19560312'\n"
        ));
        assert!(!is_dicom_dump(b"(0010,0010) once\nthen prose (a remark)\n"));
        assert!(!is_dicom_dump(b"call (303) 605-1582 or (303) 605-1583\n"));
        assert!(DocumentFormat::Fix.is_in(b"8=FIX.4.4|9=112|35=D|"));
        assert!(!DocumentFormat::Fix.is_in(b"fix the build\n"));
        let bai2 = b"01,021000021,011000015,240103,0615,89,,,2/\n02,011000015,021000021,1,240103,,USD,2/\n03,0924939591,USD,010,997599486,,,015,664675194,,/\n16,495,1523497,0,2253326019,BVU-286319,CHECK PAID SERIAL 230852/\n16,275,849539,0,4442084238,SO89556998,CHECK PAID SERIAL 019862/\n";
        assert!(DocumentFormat::Bai2.is_in(bai2));
        // A later chunk: an account record among transaction details.
        let later = &bai2[memchr::memmem::find(bai2, b"03,").unwrap()..];
        assert!(DocumentFormat::Bai2.is_in(later));
        assert!(!DocumentFormat::Bai2.is_in(b"01,02,03\n02,03,04\n"));
        assert!(!DocumentFormat::Bai2.is_in(b"16,a,b/\n16,c,d/\n"));
        let fedwire = b"{1500}30FT852231 P\n{1510}1000\n{3100}125915494HARBOR SVGS*\n";
        assert!(DocumentFormat::Fedwire.is_in(fedwire));
        assert!(!DocumentFormat::Fedwire.is_in(b"see {1510} and {3100} in the spec\n"));
        let mt940 = b"{1:F01DEUTDEFFAXXX0000000000}{2:O940}{4:\r\n:20:940S262424\r\n:25:DEUTDEFF/6594305841\r\n:28C:00218/1\r\n:61:2505240524D3154,96NTRFNONREF//238616046222\r\n";
        assert!(DocumentFormat::Mt940.is_in(mt940));
        assert!(!DocumentFormat::Mt940.is_in(b"meeting at 10:25: then 11:61: lunch\n"));
        let mt103 = b":20:  FT232495A4T6D\n:23B: CRED\n:32A: 250520GBP150749,84\n:50K: /SE8269983457185384089897\n      Donal MCLAUGHLIN\n";
        assert!(DocumentFormat::Mt940.is_in(mt103));
        assert!(!DocumentFormat::Mt940.is_in(b"ratio 1:32A: then :59: later\n"));
    }

    #[test]
    fn gedcom_trees_are_known_by_their_head_or_their_records() {
        assert!(is_gedcom(b"0 HEAD\n1 SOUR GRAMPS\n"));
        assert!(is_gedcom(b"\xEF\xBB\xBF0 HEAD\r\n1 CHAR UTF-8\r\n"));
        // A later chunk of a large tree.
        assert!(is_gedcom(
            b"2 DATE 4 AUG 2011\n0 @I1042@ INDI\n1 NAME Jan /Smit/\n"
        ));
        assert!(is_gedcom(b"3 TIME 09:15\n0 @F17@ FAM\n1 HUSB @I3@\n"));
        assert!(!is_gedcom(b"status: 0 HEAD of queue\n"));
        assert!(!is_gedcom(b"mail to 0 @I1@ INDI\n"));
        assert!(!is_gedcom(b"0 @U1@ SUBM\n1 NAME x\n"));
    }

    #[test]
    fn nacha_files_are_known_by_their_header_records() {
        let file = format!(
            "{}\n{}\n",
            record(
                "101 021000021 0627108462501151200A094101FIRST HARBOR BANK      OSPREY HVAC LLC"
            ),
            record("5220OSPREY HVAC LLC PAYROLL             1907085192PPDPAYROLL")
        );
        assert!(holds(DocumentFormat::Nacha, file.as_bytes()));
        // A later chunk: a batch header opens it.
        let batch = record("5200OSPREY HVAC LLC PAYROLL             1907085192PPDPAYROLL");
        assert!(holds(DocumentFormat::Nacha, batch.as_bytes()));
        // A later chunk of a large file: entry records, no header.
        let entries = format!(
            "{}\n{}\n",
            record("6220210000214417209935       0000747221EMP975483      GREWAL ANIRUDH"),
            record("6270627108468890123470       0000155000EMP104417      MARIA GONZALEZ")
        );
        assert!(holds(DocumentFormat::Nacha, entries.as_bytes()));
        // One entry-shaped line alone is none.
        let one = record("6220210000214417209935       0000747221EMP975483      GREWAL ANIRUDH");
        assert!(!holds(DocumentFormat::Nacha, one.as_bytes()));
        // Short, long or unpadded lines are no records.
        for text in [
            "101 021000021 062710846".to_string(),
            format!("{} ", record("101 021000021")),
            record("6220210000214417209936"),
            record("5300 OTHER"),
        ] {
            assert!(!holds(DocumentFormat::Nacha, text.as_bytes()), "{text}");
        }
    }

    #[test]
    fn vcards_calendars_and_ldif_dumps_are_known_by_their_markers() {
        assert!(holds(
            DocumentFormat::Vcard,
            b"BEGIN:VCARD\r\nVERSION:4.0\r\nN:Appiah;Kwame;;;\r\nEND:VCARD\r\n"
        ));
        assert!(!holds(DocumentFormat::Vcard, b"N:Appiah;Kwame;;;\r\n"));
        assert!(holds(
            DocumentFormat::Ical,
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
        ));
        assert!(!holds(
            DocumentFormat::Ical,
            b"ORGANIZER;CN=Jo Roe:mailto:jo@x.org\r\n"
        ));
        let ldif = b"# people\ndn: uid=kappiah,ou=People,dc=example,dc=org\nobjectClass: inetOrgPerson\nsn: Appiah\n";
        assert!(holds(DocumentFormat::Ldif, ldif));
        assert!(holds(
            DocumentFormat::Ldif,
            b"dn: cn=x,dc=y\r\nchangetype: add\r\n"
        ));
        // An objectClass with no entry before it, or a `dn:` alone, is none.
        assert!(!holds(
            DocumentFormat::Ldif,
            b"objectClass: top\ndn: cn=x\n"
        ));
        assert!(!holds(
            DocumentFormat::Ldif,
            b"dn: the distinguished name\n"
        ));
    }

    #[test]
    fn xml_documents_are_known_by_their_declaration_or_root() {
        assert!(holds(
            DocumentFormat::Xml,
            b"<?xml version=\"1.0\"?>\n<ClinicalDocument xmlns=\"urn:hl7-org:v3\"/>"
        ));
        assert!(holds(
            DocumentFormat::Xml,
            b"\xEF\xBB\xBF\n  <Document><Nm>x</Nm></Document>"
        ));
        for text in [
            &b"The <given> element holds a given name."[..],
            b"<p>unclosed",
            b"< notxml </",
        ] {
            assert!(!holds(DocumentFormat::Xml, text));
        }
        // A later chunk of a large document starts mid-element.
        let chunk = "ven>Tereza</given><family>Novak</family></name>\n".repeat(40);
        assert!(holds(DocumentFormat::Xml, chunk.as_bytes()));
        // Prose with a tag or two is none.
        let prose = format!("{}<b>note</b>\n", "Plain words and more words. ".repeat(40));
        assert!(!holds(DocumentFormat::Xml, prose.as_bytes()));
    }

    #[test]
    fn every_format_answers_any_bytes() {
        for format in DocumentFormat::ALL {
            for text in [&b""[..], b"\n", b"\r\n\r\n", b"\xFF\xFE", b"dn:", b"101"] {
                let _ = holds(format, text);
            }
        }
    }
}
