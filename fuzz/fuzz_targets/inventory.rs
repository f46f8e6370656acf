//! The inventory parser (YAML and JSON) on arbitrary text: errors, never panics.
#![no_main]

use datareach::correlate::Inventory;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let path = Path::new("fuzz-inventory.yaml");
    let _ = Inventory::parse(text, false, path);
    let _ = Inventory::parse(text, true, path);
});
