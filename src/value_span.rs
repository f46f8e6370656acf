//! Where a rule's `value` group lies inside its match, without a capture
//! search when the pattern's shape settles it.
//!
//! Rules whose value must be delimited by characters a word boundary cannot
//! see (an accented name such as `Élodie Brûlé`: ASCII `\b` sees no boundary
//! before `É`, and a Unicode `\b` makes the DFA give up on non-ASCII text)
//! match the delimiters too and name the value with a group:
//! `(?:^|[ (,;])(?P<value>…)(?:$|[ ),.;])`. Finding the group takes a
//! capture search over the match, and for a large Unicode pattern the
//! bounded backtracker clears a visited set of (NFA states × match length)
//! bits each time: on text full of accented names that cost more than
//! everything else done for a candidate.
//!
//! When the pattern is `prefix (?P<value>…) suffix`, the prefix and suffix
//! each match at most one byte, and the value can neither start with a byte
//! the prefix consumes nor end with one the suffix consumes, the group is
//! the match less its first byte if the prefix can consume it, and less its
//! last byte if the suffix can: no other split of the match is possible.

use regex_syntax::hir::{Class, Hir, HirKind};
use std::ops::Range;

/// A set of bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct ByteSet([u64; 4]);

impl ByteSet {
    fn insert_range(&mut self, lo: u8, hi: u8) {
        for b in lo..=hi {
            self.0[usize::from(b / 64)] |= 1 << (b % 64);
        }
    }

    fn contains(&self, b: u8) -> bool {
        self.0[usize::from(b / 64)] & (1 << (b % 64)) != 0
    }

    fn union(self, other: ByteSet) -> ByteSet {
        let mut out = self;
        for (w, o) in out.0.iter_mut().zip(other.0) {
            *w |= o;
        }
        out
    }

    fn is_disjoint(&self, other: &ByteSet) -> bool {
        self.0.iter().zip(other.0).all(|(a, b)| a & b == 0)
    }
}

/// A `value` group found from its match alone (see the module docs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DelimitedValue {
    /// Bytes the prefix consumes (empty without a prefix).
    prefix: ByteSet,
    /// Bytes the suffix consumes (empty without a suffix).
    suffix: ByteSet,
}

impl DelimitedValue {
    /// The shape of `hir` (a rule's whole pattern) when its group number
    /// `group` can be found from the match alone; `None` when a capture
    /// search is needed.
    pub(crate) fn of(hir: &Hir, group: usize) -> Option<DelimitedValue> {
        let HirKind::Concat(parts) = hir.kind() else {
            return None;
        };
        let at = parts
            .iter()
            .position(|p| matches!(p.kind(), HirKind::Capture(c) if c.index as usize == group))?;
        let HirKind::Capture(capture) = parts[at].kind() else {
            return None;
        };
        let value = &capture.sub;
        if value.properties().minimum_len().unwrap_or(0) == 0 {
            return None;
        }
        // One delimiter at most on each side, of one byte at most.
        let delimiter = |parts: &[Hir]| -> Option<ByteSet> {
            match parts {
                [] => Some(ByteSet::default()),
                [one] if one.properties().maximum_len().is_some_and(|n| n <= 1) => first_bytes(one),
                _ => None,
            }
        };
        let prefix = delimiter(&parts[..at])?;
        let suffix = delimiter(&parts[at + 1..])?;
        if !prefix.is_disjoint(&first_bytes(value)?) || !suffix.is_disjoint(&last_bytes(value)?) {
            return None;
        }
        Some(DelimitedValue { prefix, suffix })
    }

    /// The value inside `whole`, a match of the pattern in `haystack`.
    pub(crate) fn value(&self, haystack: &[u8], whole: Range<usize>) -> Range<usize> {
        let mut value = whole;
        if value
            .clone()
            .next()
            .is_some_and(|i| self.prefix.contains(haystack[i]))
        {
            value.start += 1;
        }
        if value.end > value.start && self.suffix.contains(haystack[value.end - 1]) {
            value.end -= 1;
        }
        value
    }
}

/// Every byte a match of `hir` can start with; `None` when not known.
fn first_bytes(hir: &Hir) -> Option<ByteSet> {
    edge_bytes(hir, Edge::First)
}

/// Every byte a match of `hir` can end with; `None` when not known.
fn last_bytes(hir: &Hir) -> Option<ByteSet> {
    edge_bytes(hir, Edge::Last)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Edge {
    First,
    Last,
}

fn edge_bytes(hir: &Hir, edge: Edge) -> Option<ByteSet> {
    let mut set = ByteSet::default();
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => {}
        HirKind::Literal(lit) => {
            let byte = match edge {
                Edge::First => lit.0.first(),
                Edge::Last => lit.0.last(),
            };
            if let Some(&b) = byte {
                set.insert_range(b, b);
            }
        }
        HirKind::Class(Class::Bytes(class)) => {
            for r in class.ranges() {
                set.insert_range(r.start(), r.end());
            }
        }
        HirKind::Class(Class::Unicode(class)) => {
            for r in class.ranges() {
                let (lo, hi) = (u32::from(r.start()), u32::from(r.end()));
                // ASCII characters are their own byte.
                if lo < 0x80 {
                    set.insert_range(lo as u8, hi.min(0x7F) as u8);
                }
                if hi >= 0x80 {
                    match edge {
                        // A UTF-8 lead byte grows with the code point: the
                        // leads of a range lie between those of its ends.
                        Edge::First => {
                            let lead = |c: char| {
                                let mut buf = [0u8; 4];
                                c.encode_utf8(&mut buf).as_bytes()[0]
                            };
                            set.insert_range(lead(r.start().max('\u{80}')), lead(r.end()));
                        }
                        // Any continuation byte.
                        Edge::Last => set.insert_range(0x80, 0xBF),
                    }
                }
            }
        }
        HirKind::Repetition(rep) => set = edge_bytes(&rep.sub, edge)?,
        HirKind::Capture(capture) => set = edge_bytes(&capture.sub, edge)?,
        HirKind::Alternation(alts) => {
            for alt in alts {
                set = set.union(edge_bytes(alt, edge)?);
            }
        }
        HirKind::Concat(parts) => {
            // From the edge inwards, up to the first part that cannot be
            // empty (every part before it may be skipped).
            let ordered: Box<dyn Iterator<Item = &Hir>> = match edge {
                Edge::First => Box::new(parts.iter()),
                Edge::Last => Box::new(parts.iter().rev()),
            };
            for part in ordered {
                set = set.union(edge_bytes(part, edge)?);
                if part.properties().minimum_len().unwrap_or(0) > 0 {
                    break;
                }
            }
        }
    }
    Some(set)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::syntax_config as config;
    use proptest::prelude::*;
    use regex_automata::{meta, util::syntax, Anchored, Input};

    fn shape(pattern: &str) -> Option<DelimitedValue> {
        let hir = syntax::parse_with(pattern, &config()).unwrap();
        DelimitedValue::of(&hir, 1)
    }

    /// The built-in accented-name rule's pattern.
    fn accented_name_pattern() -> String {
        let set = crate::rules::RuleSet::builtin().unwrap();
        let rule = set
            .rules
            .iter()
            .find(|r| r.id == "person-name-accented")
            .expect("the built-in accented-name rule");
        rule.pattern.clone()
    }

    #[test]
    fn delimited_shapes_are_recognised() {
        assert!(shape(r"(?:^|[ (,])(?P<value>[A-Z][a-z]+)(?:$|[ ),.])").is_some());
        assert!(shape(r"(?P<value>[A-Z][a-z]+)(?:$|[ ),.])").is_some());
        assert!(shape(r"[ ](?P<value>\d+)").is_some());
        assert!(shape(&accented_name_pattern()).is_some());
    }

    #[test]
    fn other_shapes_need_a_capture_search() {
        // The value may start with a byte the prefix consumes.
        assert_eq!(shape(r"(?:^|[ x])(?P<value>[a-z]+)"), None);
        // ... or end with one the suffix consumes.
        assert_eq!(shape(r"(?P<value>[a-z.]+)(?:$|[.])"), None);
        // A prefix of two bytes.
        assert_eq!(shape(r"(?:ab)(?P<value>\d+)"), None);
        // Two parts before the group.
        assert_eq!(shape(r"a(?:b)?(?P<value>\d+)"), None);
        // An empty value.
        assert_eq!(shape(r" (?P<value>\d*) "), None);
        // The group inside a repetition.
        assert_eq!(shape(r"(?:(?P<value>\d+) )+"), None);
        // A prefix of a multi-byte character.
        assert_eq!(shape(r"(?u:—)(?P<value>[a-z]+)"), None);
    }

    #[test]
    fn edge_bytes_of_unicode_classes() {
        let hir = syntax::parse_with(r"(?u:[a-cé-ë])", &config()).unwrap();
        let first = first_bytes(&hir).unwrap();
        assert!(first.contains(b'a') && first.contains(0xC3) && !first.contains(b'd'));
        let last = last_bytes(&hir).unwrap();
        assert!(last.contains(b'c') && last.contains(0xA9) && !last.contains(0xC3));
    }

    /// The group a capture search finds in each match of `pattern` in
    /// `haystack`, and the one derived from the match alone.
    fn both_ways(pattern: &str, haystack: &[u8]) -> Vec<(Range<usize>, Range<usize>)> {
        let shape = shape(pattern).expect("a delimited shape");
        let re = meta::Builder::new()
            .syntax(config())
            .build(pattern)
            .unwrap();
        let mut caps = re.create_captures();
        let mut out = Vec::new();
        let mut at = 0;
        while at <= haystack.len() {
            let Some(m) = re.search(&Input::new(haystack).range(at..)) else {
                break;
            };
            re.search_captures(
                &Input::new(haystack)
                    .range(m.start()..m.end())
                    .anchored(Anchored::Yes),
                &mut caps,
            );
            let captured = caps.get_group(1).expect("the value group").range();
            out.push((captured, shape.value(haystack, m.range())));
            at = m.start() + 1;
        }
        out
    }

    #[test]
    fn derived_values_match_captured_ones_on_names() {
        let text = "Zoë Müller, (María García) met Élodie Brûlé;Łukasz Nowak.\nJosé Martínez";
        let pairs = both_ways(&accented_name_pattern(), text.as_bytes());
        assert!(pairs.len() >= 4, "{pairs:?}");
        for (captured, derived) in pairs {
            assert_eq!(captured, derived);
        }
    }

    proptest! {
        #[test]
        fn derived_values_match_captured_ones(
            words in proptest::collection::vec(
                prop_oneof![
                    Just("Zoë"), Just("Müller"), Just("María"), Just("García"),
                    Just("Élodie"), Just("Smith"), Just("John"), Just("ßa"),
                    Just(" "), Just("  "), Just(","), Just("("), Just(")"),
                    Just("."), Just("\n"), Just(";"), Just("x"), Just("É"),
                ],
                0..24,
            ),
        ) {
            let text = words.concat();
            for pattern in [
                accented_name_pattern(),
                r"(?:^|[ (,])(?P<value>[A-Z][a-z]+)(?:$|[ ),.])".to_string(),
                r"(?P<value>(?u:[A-ZÉ][a-zéë]*))(?:$|[ .])".to_string(),
            ] {
                for (captured, derived) in both_ways(&pattern, text.as_bytes()) {
                    prop_assert_eq!(captured, derived, "{} in {:?}", pattern, text);
                }
            }
        }
    }
}
