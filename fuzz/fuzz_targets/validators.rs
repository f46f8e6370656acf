//! Every validator (through `validators::lookup`), every mask and every
//! normalizer on arbitrary text: never panics, confidences stay finite.
#![no_main]

use datareach::validators;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    for name in validators::names() {
        let v = validators::lookup(name).expect("registered validator");
        if let Some(c) = v(&s) {
            assert!(c.is_finite() && (-1.0..=1.0).contains(&c), "{name}: {c}");
        }
    }
    for (t, _) in datareach::BUILTIN_TYPES {
        let _ = datareach::mask::mask(t, &s);
        let _ = validators::normalize(t, &s);
    }
});
