//! The text engine on arbitrary bytes: never panics, candidates are in
//! bounds, sorted and non-overlapping; the chunked scanner agrees.
#![no_main]

use datareach::engine::Engine;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::builtin().expect("built-in rules"))
}

fuzz_target!(|data: &[u8]| {
    let e = engine();
    let cands = e.find_all(data);
    let mut last = 0;
    for c in &cands {
        assert!(c.start < c.end && c.end <= data.len());
        assert!(c.start >= last);
        assert!((0.0..=1.0).contains(&c.confidence));
        last = c.end;
    }
    let findings = datareach::scan::scan_bytes(e, "fuzz", data, false);
    assert_eq!(findings.len(), cands.len());
});
