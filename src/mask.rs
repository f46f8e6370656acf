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
    let mut out = String::with_capacity(value.len() + 1);
    mask_into(data_type, value, &mut out);
    out
}

/// [`mask`] into `out` (cleared first): the scanner masks every finding it
/// writes and reuses one buffer for all of them.
pub fn mask_into(data_type: &str, value: &str, out: &mut String) {
    out.clear();
    match data_type {
        "EMAIL_ADDRESS" => mask_email(value, out),
        "PERSON_NAME" => mask_words(value, out),
        "STREET_ADDRESS" | "DATE_OF_BIRTH" => mask_keep(value, 0, 0, out),
        "CREDIT_CARD_NUMBER" | "IBAN_CODE" => mask_keep(value, 4, 4, out),
        "US_SSN" | "US_ITIN" | "US_BANK_ACCOUNT_NUMBER" | "PHONE_NUMBER" | "UK_NHS_NUMBER" => {
            mask_keep(value, 0, if alnum_count(value) >= 8 { 4 } else { 0 }, out)
        }
        "IP_ADDRESS" => mask_ip(value, out),
        _ => {
            let n = alnum_count(value);
            if n >= 12 {
                mask_keep(value, 2, 2, out)
            } else if n >= 8 {
                mask_keep(value, 0, 2, out)
            } else {
                mask_keep(value, 0, 0, out)
            }
        }
    }
}

fn alnum_count(s: &str) -> usize {
    // Matched values are almost always ASCII, where a byte test is the char test.
    if s.is_ascii() {
        return s.bytes().filter(u8::is_ascii_alphanumeric).count();
    }
    s.chars().filter(|c| c.is_alphanumeric()).count()
}

/// Keeps the first `head` and last `tail` alphanumerics, masks the others,
/// keeps separators so the shape stays recognisable.
fn mask_keep(value: &str, head: usize, tail: usize, out: &mut String) {
    let n = alnum_count(value);
    // Never reveal more than half of a value.
    let (head, tail) = if head + tail > n / 2 {
        (0, 0)
    } else {
        (head, tail)
    };
    let mut seen = 0;
    if value.is_ascii() {
        // Bytes are characters: no decoding or encoding per character.
        out.extend(value.bytes().map(|b| {
            if b.is_ascii_alphanumeric() {
                seen += 1;
                if seen <= head || seen > n - tail {
                    char::from(b)
                } else {
                    '*'
                }
            } else {
                char::from(b)
            }
        }));
        return;
    }
    for c in value.chars() {
        if c.is_alphanumeric() {
            seen += 1;
            out.push(if seen <= head || seen > n - tail {
                c
            } else {
                '*'
            });
        } else {
            out.push(c);
        }
    }
}

/// Each space-separated word keeps its first character.
fn mask_words(value: &str, out: &mut String) {
    if value.is_ascii() {
        let mut word_start = true;
        out.extend(value.bytes().map(|b| {
            let keep = word_start || !b.is_ascii_alphanumeric();
            word_start = b == b' ';
            if keep {
                char::from(b)
            } else {
                '*'
            }
        }));
        return;
    }
    for (i, word) in value.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.push(first);
            out.extend(chars.map(|c| if c.is_alphanumeric() { '*' } else { c }));
        }
    }
}

/// First character of the local part and of the host, the top-level domain.
fn mask_email(value: &str, out: &mut String) {
    let Some((local, domain)) = value.rsplit_once('@') else {
        return mask_keep(value, 0, 0, out);
    };
    let (host, tld) = domain.rsplit_once('.').unwrap_or((domain, ""));
    let first_then_stars = |out: &mut String, part: &str| {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.push(first);
            out.extend(chars.map(|_| '*'));
        }
    };
    first_then_stars(out, local);
    out.push('@');
    first_then_stars(out, host);
    out.push('.');
    out.push_str(tld);
}

fn mask_ip(value: &str, out: &mut String) {
    if value.contains('.') && value.split('.').count() == 4 {
        let first = value.split('.').next().unwrap_or("");
        out.push_str(first);
        out.push_str(".*.*.*");
        return;
    }
    let first = value.split(':').next().unwrap_or("");
    out.push_str(first);
    out.push_str(":****");
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
            ("PERSON_NAME", "Marcus Gilbert"),
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
            let first = local.chars().next().map(String::from).unwrap_or_default();
            let local_masked = "*".repeat(local.chars().count().saturating_sub(1));
            let (host, tld) = domain.rsplit_once('.').unwrap_or((domain, ""));
            let host_first = host.chars().next().map(String::from).unwrap_or_default();
            let host_masked = "*".repeat(host.chars().count().saturating_sub(1));
            format!("{first}{local_masked}@{host_first}{host_masked}.{tld}")
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

        /// A reused buffer gives what a fresh one does.
        #[test]
        fn prop_mask_into_reuses_its_buffer(t in proptest::sample::select(TYPES), a in "\\PC{0,24}", b in "\\PC{0,24}") {
            let mut buf = String::new();
            mask_into(t, &a, &mut buf);
            mask_into(t, &b, &mut buf);
            proptest::prop_assert_eq!(buf, mask(t, &b));
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

    fn masked(f: impl FnOnce(&mut String)) -> String {
        let mut out = String::from("stale");
        out.clear();
        f(&mut out);
        out
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
