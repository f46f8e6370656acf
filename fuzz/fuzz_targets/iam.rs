//! The AWS IAM loader (role mapping with inline policy documents, YAML or
//! JSON) on arbitrary text: errors, never panics. The first byte picks the
//! syntax, the rest is the mapping file.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, body)) = data.split_first() else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let name = if pick % 2 == 0 { "iam.json" } else { "iam.yaml" };
    let path = dir.path().join(name);
    std::fs::write(&path, body).expect("write");
    let _ = datareach::correlate::load_iam(&path);
});
