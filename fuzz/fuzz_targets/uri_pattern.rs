//! The glob/URI matcher: native patterns, IAM ARNs and the column wildcard,
//! on an arbitrary (pattern, uri) pair split at the first NUL byte.
#![no_main]

use datareach::correlate::pattern::{split_uri, wildcard_match, Pattern};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (pat, uri) = text.split_once('\0').unwrap_or((text, "s3://bucket/key.csv"));
    let _ = split_uri(uri);
    let _ = wildcard_match(pat, uri);
    if let Ok(p) = Pattern::parse(pat) {
        let _ = p.matches_object(uri);
        let _ = p.matches_column(uri);
        let _ = p.is_wildcard();
    }
    if let Some(p) = Pattern::from_iam_arn(pat) {
        let _ = p.matches_object(uri);
    }
    let p = Pattern::from_iam_not_resources(&[pat.to_string()]);
    let _ = p.matches_object(uri);
});
