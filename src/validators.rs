//! Temporary minimal validator registry (replaced by the full one).
pub type Validator = fn(&str) -> Option<f32>;
pub fn lookup(name: &str) -> Option<Validator> {
    match name {
        "luhn_card" => Some(|s| {
            let d: Vec<u8> = s
                .bytes()
                .filter(u8::is_ascii_digit)
                .map(|b| b - b'0')
                .collect();
            luhn(&d).then_some(0.0)
        }),
        _ => Some(|_| Some(0.0)),
    }
}
pub fn names() -> &'static [&'static str] {
    &["luhn_card"]
}
pub fn luhn(d: &[u8]) -> bool {
    let mut sum = 0u32;
    for (i, &x) in d.iter().rev().enumerate() {
        let mut v = x as u32;
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9
            }
        }
        sum += v;
    }
    !d.is_empty() && sum % 10 == 0
}
pub fn is_known_test_value(_t: &str, _n: &str) -> bool {
    false
}
pub fn normalize(_t: &str, m: &str) -> String {
    m.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_uppercase()
}
