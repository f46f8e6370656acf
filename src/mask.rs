//! Masked previews: enough of a value for a reviewer to recognise it, never
//! enough to reuse it. Raw values are only ever written when the user asks.

/// Masks `value` for the given data type.
///
/// ```
/// use datareach::mask::mask;
/// assert_eq!(mask("CREDIT_CARD_NUMBER", "4111 1111 1111 1111"), "4111 **** **** 1111");
/// assert_eq!(mask("US_SSN", "571-28-2364"), "***-**-2364");
/// assert_eq!(mask("EMAIL_ADDRESS", "jane.roe@acme.com"), "j*******@a***.com");
/// ```
pub fn mask(data_type: &str, value: &str) -> String {
    let mut out = Vec::with_capacity(value.len() + 1);
    mask_into(data_type, value, &mut out);
    String::from_utf8(out).expect("masks keep UTF-8")
}

/// [`mask`] into `out` (cleared first), as UTF-8 bytes: the scanner masks
/// every finding it writes and reuses one buffer for all of them. Masking
/// only ever puts `*` in place of whole characters, so `out` is UTF-8.
pub fn mask_into(data_type: &str, value: &str, out: &mut Vec<u8>) {
    MaskStyle::for_type(data_type).mask_into(value, out);
}

/// How a data type's values are masked, settled once per rule rather than
/// by comparing type names for every finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MaskStyle {
    /// First character of the local part and of the host, the TLD.
    Email,
    /// First character of each word.
    Words,
    /// Every alphanumeric masked.
    All,
    /// First and last four alphanumerics kept.
    KeepFourEachEnd,
    /// Last four kept when the value has at least eight alphanumerics.
    LastFour,
    /// First group of an address kept.
    Ip,
    /// Any other type: a little of each end, by length.
    ByLength,
}

impl MaskStyle {
    /// The style of a data type (see the README's masking rules).
    pub fn for_type(data_type: &str) -> MaskStyle {
        match data_type {
            "EMAIL_ADDRESS" => MaskStyle::Email,
            "PERSON_NAME" => MaskStyle::Words,
            "STREET_ADDRESS" | "DATE_OF_BIRTH" => MaskStyle::All,
            "CREDIT_CARD_NUMBER" | "IBAN_CODE" => MaskStyle::KeepFourEachEnd,
            "US_SSN" | "US_ITIN" | "US_BANK_ACCOUNT_NUMBER" | "PHONE_NUMBER" | "UK_NHS_NUMBER" => {
                MaskStyle::LastFour
            }
            "IP_ADDRESS" => MaskStyle::Ip,
            _ => MaskStyle::ByLength,
        }
    }

    /// Masks `value` into `out` (cleared first).
    pub fn mask_into(self, value: &str, out: &mut Vec<u8>) {
        out.clear();
        match self {
            MaskStyle::Email => mask_email(value, out),
            MaskStyle::Words => mask_words(value, out),
            MaskStyle::All => mask_keep(value, 0, 0, out),
            MaskStyle::KeepFourEachEnd => mask_keep(value, 4, 4, out),
            MaskStyle::LastFour => {
                let n = alnum_count(value);
                mask_keep_counted(value, n, 0, if n >= 8 { 4 } else { 0 }, out)
            }
            MaskStyle::Ip => mask_ip(value, out),
            MaskStyle::ByLength => {
                let n = alnum_count(value);
                let (head, tail) = match n {
                    12.. => (2, 2),
                    8.. => (0, 2),
                    _ => (0, 0),
                };
                mask_keep_counted(value, n, head, tail, out)
            }
        }
    }
}

fn alnum_count(s: &str) -> usize {
    // Matched values are almost always ASCII, where a byte test is the char test.
    if s.is_ascii() {
        return s.bytes().filter(u8::is_ascii_alphanumeric).count();
    }
    s.chars().filter(|&c| is_alnum(c)).count()
}

/// `char::is_alphanumeric`, with the Latin letters of accented names
/// (U+00C0..U+024F, all letters but `×` and `÷`) answered without the
/// Unicode table search, which was most of the cost of masking them.
fn is_alnum(c: char) -> bool {
    match c {
        'À'..='\u{24F}' => c != '×' && c != '÷',
        _ => c.is_alphanumeric(),
    }
}

fn push_char(out: &mut Vec<u8>, c: char) {
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// Keeps the first `head` and last `tail` alphanumerics, masks the others,
/// keeps separators so the shape stays recognisable.
fn mask_keep(value: &str, head: usize, tail: usize, out: &mut Vec<u8>) {
    mask_keep_counted(value, alnum_count(value), head, tail, out)
}

/// [`mask_keep`] for a value of `n` alphanumerics.
fn mask_keep_counted(value: &str, n: usize, head: usize, tail: usize, out: &mut Vec<u8>) {
    // Never reveal more than half of a value.
    let (head, tail) = if head + tail > n / 2 {
        (0, 0)
    } else {
        (head, tail)
    };
    let mut seen = 0;
    if value.is_ascii() {
        // Bytes are characters: copy, then star the masked ones in place.
        let start = out.len();
        out.extend_from_slice(value.as_bytes());
        for b in &mut out[start..] {
            if b.is_ascii_alphanumeric() {
                seen += 1;
                if seen > head && seen <= n - tail {
                    *b = b'*';
                }
            }
        }
        return;
    }
    for c in value.chars() {
        if is_alnum(c) {
            seen += 1;
            push_char(
                out,
                if seen <= head || seen > n - tail {
                    c
                } else {
                    '*'
                },
            );
        } else {
            push_char(out, c);
        }
    }
}

/// Each space-separated word keeps its first character.
fn mask_words(value: &str, out: &mut Vec<u8>) {
    if value.is_ascii() {
        let start = out.len();
        out.extend_from_slice(value.as_bytes());
        let mut word_start = true;
        for b in &mut out[start..] {
            let keep = word_start || !b.is_ascii_alphanumeric();
            word_start = *b == b' ';
            if !keep {
                *b = b'*';
            }
        }
        return;
    }
    // As above, a character at a time: kept after a space or when not
    // alphanumeric, else one `*`.
    let mut word_start = true;
    for c in value.chars() {
        let keep = word_start || !is_alnum(c);
        word_start = c == ' ';
        if keep {
            push_char(out, c);
        } else {
            out.push(b'*');
        }
    }
}

/// First character of the local part and of the host, the top-level domain.
fn mask_email(value: &str, out: &mut Vec<u8>) {
    // Byte searches (`rsplit_once` walks chars backwards, several times the
    // cost); `@` and `.` are ASCII, so the splits fall on char boundaries.
    let Some(at) = memchr::memrchr(b'@', value.as_bytes()) else {
        return mask_keep(value, 0, 0, out);
    };
    let (local, domain) = (&value[..at], &value[at + 1..]);
    let (host, tld) = match memchr::memrchr(b'.', domain.as_bytes()) {
        Some(dot) => (&domain[..dot], &domain[dot + 1..]),
        None => (domain, ""),
    };
    // A part of one character is starred too: kept, it would be all of it
    // (`x@y.com`).
    let first_then_stars = |out: &mut Vec<u8>, part: &str| {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            let rest = chars.count();
            if rest == 0 {
                out.push(b'*');
            } else {
                push_char(out, first);
                out.resize(out.len() + rest, b'*');
            }
        }
    };
    first_then_stars(out, local);
    out.push(b'@');
    first_then_stars(out, host);
    out.push(b'.');
    out.extend_from_slice(tld.as_bytes());
}

fn mask_ip(value: &str, out: &mut Vec<u8>) {
    let bytes = value.as_bytes();
    if memchr::memchr_iter(b'.', bytes).count() == 3 {
        let first = memchr::memchr(b'.', bytes).map_or(value, |dot| &value[..dot]);
        out.extend_from_slice(first.as_bytes());
        out.extend_from_slice(b".*.*.*");
        return;
    }
    let first = memchr::memchr(b':', bytes).map_or(value, |colon| &value[..colon]);
    out.extend_from_slice(first.as_bytes());
    out.extend_from_slice(b":****");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masked_previews_never_contain_the_value() {
        let samples = [
            ("CREDIT_CARD_NUMBER", "4526018159083012"),
            ("US_SSN", "571-28-2364"),
            ("US_SSN", "571282364"),
            ("EMAIL_ADDRESS", "jane@acme.io"),
            ("EMAIL_ADDRESS", "x@y.com"),
            ("EMAIL_ADDRESS", "x@acme.io"),
            ("PERSON_NAME", "Marcus Gilbert"),
            ("PERSON_NAME", "Al Wu"),
            ("STREET_ADDRESS", "21087 Calvin Plains"),
            ("DATE_OF_BIRTH", "1962-08-04"),
            ("IP_ADDRESS", "218.21.96.169"),
            ("IP_ADDRESS", "ebd7:6420:e317:8fde:8618:1d80:6189:b6ba"),
            ("ICD10_CODE", "B20"),
            ("US_NPI", "1323194872"),
            ("IBAN_CODE", "DE62370400440532013001"),
            ("US_MBI", "1EG4TE5MK73"),
        ];
        for (t, v) in samples {
            let m = mask(t, v);
            assert_ne!(m, v, "{t}");
            assert!(!m.contains(v), "{t}: {m}");
            assert!(m.contains('*'), "{t}: {m}");
            let shown = m.chars().filter(|c| c.is_alphanumeric()).count();
            assert!(shown * 2 <= alnum_count(v) + 1, "{t}: {m} reveals too much");
        }
    }

    /// The allocating masks the buffer-writing ones replaced.
    mod reference {
        pub fn mask_ip(value: &str) -> String {
            if value.contains('.') {
                let parts: Vec<&str> = value.split('.').collect();
                if parts.len() == 4 {
                    return format!("{}.*.*.*", parts[0]);
                }
            }
            let mut groups = value.split(':');
            let first = groups.next().unwrap_or("");
            format!("{first}:****")
        }

        pub fn mask_keep(value: &str, head: usize, tail: usize) -> String {
            let n = value.chars().filter(|c| c.is_alphanumeric()).count();
            let (head, tail) = if head + tail > n / 2 {
                (0, 0)
            } else {
                (head, tail)
            };
            let mut seen = 0;
            value
                .chars()
                .map(|c| {
                    if c.is_alphanumeric() {
                        seen += 1;
                        if seen <= head || seen > n - tail {
                            c
                        } else {
                            '*'
                        }
                    } else {
                        c
                    }
                })
                .collect()
        }

        pub fn mask_words(value: &str) -> String {
            value
                .split(' ')
                .map(|w| {
                    let mut chars = w.chars();
                    match chars.next() {
                        Some(first) => {
                            let rest: String = chars
                                .map(|c| if c.is_alphanumeric() { '*' } else { c })
                                .collect();
                            format!("{first}{rest}")
                        }
                        None => String::new(),
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        }

        pub fn mask_email(value: &str) -> String {
            let Some((local, domain)) = value.rsplit_once('@') else {
                return mask_keep(value, 0, 0);
            };
            let part = |p: &str| match p.chars().count() {
                0 => String::new(),
                1 => "*".to_string(),
                n => format!("{}{}", p.chars().next().unwrap(), "*".repeat(n - 1)),
            };
            let (host, tld) = domain.rsplit_once('.').unwrap_or((domain, ""));
            format!("{}@{}.{tld}", part(local), part(host))
        }
    }

    proptest::proptest! {
        #[test]
        fn prop_masks_match_reference(
            v in "(\\PC|[ @.\\-])*",
            head in 0usize..6,
            tail in 0usize..6,
        ) {
            proptest::prop_assert_eq!(masked(|o| mask_keep(&v, head, tail, o)), reference::mask_keep(&v, head, tail));
            proptest::prop_assert_eq!(masked(|o| mask_words(&v, o)), reference::mask_words(&v));
            proptest::prop_assert_eq!(masked(|o| mask_email(&v, o)), reference::mask_email(&v));
            proptest::prop_assert_eq!(masked(|o| mask_ip(&v, o)), reference::mask_ip(&v));
        }

        #[test]
        fn prop_ascii_masks_match_reference(v in "[ -~]*", head in 0usize..6, tail in 0usize..6) {
            proptest::prop_assert_eq!(alnum_count(&v), v.chars().filter(|c| c.is_alphanumeric()).count());
            proptest::prop_assert_eq!(masked(|o| mask_keep(&v, head, tail, o)), reference::mask_keep(&v, head, tail));
            proptest::prop_assert_eq!(masked(|o| mask_words(&v, o)), reference::mask_words(&v));
            proptest::prop_assert_eq!(masked(|o| mask_email(&v, o)), reference::mask_email(&v));
            proptest::prop_assert_eq!(masked(|o| mask_ip(&v, o)), reference::mask_ip(&v));
        }

        /// Accented names take the Latin-block shortcut of `is_alnum`.
        #[test]
        fn prop_accented_masks_match_reference(v in "[a-zA-ZÀ-ÿĀ-ɏ ×÷·'\\-]*", head in 0usize..6, tail in 0usize..6) {
            proptest::prop_assert_eq!(alnum_count(&v), v.chars().filter(|c| c.is_alphanumeric()).count());
            proptest::prop_assert_eq!(masked(|o| mask_keep(&v, head, tail, o)), reference::mask_keep(&v, head, tail));
            proptest::prop_assert_eq!(masked(|o| mask_words(&v, o)), reference::mask_words(&v));
        }

        #[test]
        fn prop_is_alnum_is_the_std_test(c in proptest::char::any()) {
            proptest::prop_assert_eq!(is_alnum(c), c.is_alphanumeric());
        }

        /// A reused buffer gives what a fresh one does.
        #[test]
        fn prop_mask_into_reuses_its_buffer(t in proptest::sample::select(TYPES), a in "\\PC{0,24}", b in "\\PC{0,24}") {
            let mut buf = Vec::new();
            mask_into(t, &a, &mut buf);
            mask_into(t, &b, &mut buf);
            proptest::prop_assert_eq!(String::from_utf8(buf).unwrap(), mask(t, &b));
        }
    }

    #[test]
    fn is_alnum_agrees_with_std_over_the_latin_blocks() {
        for c in ('\0'..='\u{2FF}').chain(['\u{1E00}', '\u{1EF9}', '€', 'ı']) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    const TYPES: &[&str] = &[
        "EMAIL_ADDRESS",
        "PERSON_NAME",
        "STREET_ADDRESS",
        "CREDIT_CARD_NUMBER",
        "US_SSN",
        "IP_ADDRESS",
        "US_NPI",
        "ICD10_CODE",
    ];

    fn masked(f: impl FnOnce(&mut Vec<u8>)) -> String {
        let mut out = b"stale".to_vec();
        out.clear();
        f(&mut out);
        String::from_utf8(out).expect("masks keep UTF-8")
    }

    #[test]
    fn shapes_are_kept() {
        assert_eq!(
            mask("CREDIT_CARD_NUMBER", "4526018159083012"),
            "4526********3012"
        );
        assert_eq!(mask("PERSON_NAME", "Marcus Gilbert"), "M***** G******");
        assert_eq!(mask("IP_ADDRESS", "218.21.96.169"), "218.*.*.*");
        assert_eq!(mask("ICD10_CODE", "I25.10"), "***.**");
    }
}
