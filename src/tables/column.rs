//! Per-column state and the column decision.

use crate::engine::{Candidate, Engine, ExternalContext, Scratch};
use crate::scan::{round3, Label};
use std::collections::{BTreeMap, BTreeSet};

/// Default `--column-threshold`: a column is labelled with a type when at
/// least this share of its non-null scanned values match the type.
///
/// 0.3 sits well above the rate at which random digits pass the checksum
/// validators (Luhn and ABA pass 1 in 10 random numbers, so a column of
/// random 16-digit ids has ~10% "valid cards"), and well below the share of
/// valid values in real but dirty identifier columns (placeholders, legacy
/// formats, free-form entries rarely exceed half the rows).
pub const DEFAULT_COLUMN_THRESHOLD: f64 = 0.3;

/// A column-name hint (`ssn`, `card_number`...) lowers the share needed by
/// this factor; it never decides alone (zero matches stay zero).
const HINT_FACTOR: f64 = 2.0 / 3.0;

/// A candidate covering at least this share of the (trimmed) cell counts as
/// a whole-cell match, the evidence used for identifier-like columns.
const WHOLE_CELL: f64 = 0.5;

/// Free-text columns (notes, comments): long values with several words.
const FREE_TEXT_AVG_LEN: f64 = 30.0;
const FREE_TEXT_AVG_SPACES: f64 = 4.0;

/// Cache of recent distinct values (dictionary-like columns) per column.
const CACHE_MAX_ENTRIES: usize = 4096;
const CACHE_MAX_VALUE: usize = 96;
/// After this many lookups the cache is dropped if it hits < 1 in 8.
/// (Probing earlier as well was measured slower: dictionary-like columns
/// lost their cache before it warmed up.)
const CACHE_PROBE: u64 = 4096;
/// ... and after this many if it has not hit once: a column of unique
/// values (ids, e-mail addresses, notes) would otherwise hash, copy and
/// insert every value up to `CACHE_PROBE` for nothing. A column drawing
/// from even 5,000 distinct values repeats one some 25 times by then.
const CACHE_EARLY_PROBE: u64 = 512;

/// The distinct-value cache: value bytes and candidate lists packed in two
/// arenas, indexed by a hash table of offsets, so an insert costs no
/// allocation of its own and dropping the cache frees three buffers.
#[derive(Default)]
struct DistinctCache {
    table: hashbrown::HashTable<CacheEntry>,
    keys: Vec<u8>,
    cands: Vec<Candidate>,
    hasher: foldhash::fast::RandomState,
}

#[derive(Clone, Copy)]
struct CacheEntry {
    hash: u64,
    key: u32,
    key_len: u32,
    cands: u32,
    cands_len: u32,
}

impl DistinctCache {
    fn hash(&self, value: &[u8]) -> u64 {
        use std::hash::BuildHasher;
        self.hasher.hash_one(value)
    }

    fn get(&self, hash: u64, value: &[u8]) -> Option<&[Candidate]> {
        let entry = self.table.find(hash, |e| {
            e.hash == hash && &self.keys[e.key as usize..(e.key + e.key_len) as usize] == value
        })?;
        Some(&self.cands[entry.cands as usize..(entry.cands + entry.cands_len) as usize])
    }

    /// Adds a value known to be absent (offsets fit: at most
    /// `CACHE_MAX_ENTRIES` values of at most `CACHE_MAX_VALUE` bytes).
    fn insert(&mut self, hash: u64, value: &[u8], cands: &[Candidate]) {
        let entry = CacheEntry {
            hash,
            key: self.keys.len() as u32,
            key_len: value.len() as u32,
            cands: self.cands.len() as u32,
            cands_len: cands.len() as u32,
        };
        self.keys.extend_from_slice(value);
        self.cands.extend_from_slice(cands);
        self.table.insert_unique(hash, entry, |e| e.hash);
    }

    fn len(&self) -> usize {
        self.table.len()
    }
}

/// A column whose last this-many fully scanned values were each exactly one
/// whole-value finding of the same rule is *confirmed* for that rule: later
/// values are checked with that rule alone (one anchored search and its
/// validator) and fall back to the whole rule set when it does not match.
/// An identifier column of a million SSNs then costs one anchored search
/// per row instead of every rule.
const CONFIRM_AFTER: u32 = 256;
/// A confirmed column whose values miss the confirmed rule more than one
/// time in 8 (checked every `CONFIRM_PROBE` attempts) goes back to full
/// scans: the extra search would only add cost.
const CONFIRM_PROBE: u32 = 1024;

/// Spaces in a cell, eight bytes at a time: cells are short, where memchr's
/// per-call setup costs more than the count, and a byte loop does not
/// vectorize.
fn count_spaces(value: &[u8]) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let mut chunks = value.chunks_exact(8);
    let mut n = 0u64;
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().expect("8-byte chunk"));
        // Bytes equal to b' ' become zero; the high bit of each byte of
        // `zero` is then set exactly for the zero bytes (the low seven bits
        // are added without carrying across bytes).
        let x = word ^ 0x2020_2020_2020_2020;
        let zero = !(((x & LOW7) + LOW7) | x | LOW7);
        n += u64::from(zero.count_ones());
    }
    n + chunks.remainder().iter().filter(|&&b| b == b' ').count() as u64
}

#[derive(Debug, Default, Clone)]
struct TypeStats {
    /// Values with at least one finding of the type.
    any: u64,
    /// Values where a finding of the type covers most of the cell.
    whole: u64,
    conf_sum: f64,
    max_conf: f32,
}

/// How a column was judged (for tests and docs).
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnDecision {
    pub free_text: bool,
    pub types: BTreeMap<String, u64>,
}

pub(crate) struct ColumnState {
    pub name: String,
    /// `name` as a JSON string literal, escaped once for every finding of
    /// the column.
    pub name_json: Box<serde_json::value::RawValue>,
    ctx: ExternalContext,
    pub nulls: u64,
    /// Findings written so far (bounded by `MAX_FINDINGS_PER_COLUMN`).
    pub emitted: u64,
    non_null: u64,
    bytes: u64,
    spaces: u64,
    /// Type index of each rule.
    rule_type: Vec<usize>,
    type_names: Vec<String>,
    stats: Vec<TypeStats>,
    /// Types a column-name hint points at.
    hinted: Vec<bool>,
    seen: Vec<u64>,
    seen_whole: Vec<u64>,
    cell_no: u64,
    /// The shortest value worth classifying (see [`ColumnState::shortest_value`]).
    shortest_value: usize,
    cache: DistinctCache,
    cache_on: bool,
    lookups: u64,
    cache_hits: u64,
    /// Rule of the current run of single whole-value findings, and its length.
    streak_rule: usize,
    streak: u32,
    /// The rule this column is confirmed for (see [`CONFIRM_AFTER`]).
    confirmed: Option<usize>,
    confirm_tries: u32,
    confirm_misses: u32,
}

impl ColumnState {
    /// The shortest value worth classifying in this column: nothing shorter
    /// than 3 bytes is sensitive (shortest: ICD-10 `I10`), but for a name
    /// part under a column naming a rule run only under such names (a
    /// surname column holds `Vo`, `Li`, `Wu`).
    pub fn shortest_value(&self) -> usize {
        self.shortest_value
    }

    pub fn new(name: String, ctx: ExternalContext, engine: &Engine) -> Self {
        let mut type_names: Vec<String> = Vec::new();
        let mut rule_type = Vec::with_capacity(engine.rules().len());
        for r in engine.rules() {
            let t = match type_names.iter().position(|t| *t == r.data_type) {
                Some(t) => t,
                None => {
                    type_names.push(r.data_type.clone());
                    type_names.len() - 1
                }
            };
            rule_type.push(t);
        }
        let mut hinted = vec![false; type_names.len()];
        for (i, t) in rule_type.iter().enumerate() {
            if ctx.boosts(i) {
                hinted[*t] = true;
            }
        }
        let n = type_names.len();
        let shortest_value = if engine.names_column_only_rule(&ctx) {
            2
        } else {
            3
        };
        ColumnState {
            name_json: crate::scan::json_string(&name),
            name,
            ctx,
            nulls: 0,
            emitted: 0,
            non_null: 0,
            bytes: 0,
            spaces: 0,
            rule_type,
            type_names,
            stats: vec![TypeStats::default(); n],
            hinted,
            seen: vec![u64::MAX; n],
            seen_whole: vec![u64::MAX; n],
            cell_no: 0,
            shortest_value,
            cache: DistinctCache::default(),
            cache_on: true,
            lookups: 0,
            cache_hits: 0,
            streak_rule: usize::MAX,
            streak: 0,
            confirmed: None,
            confirm_tries: 0,
            confirm_misses: 0,
        }
    }

    /// Counts a non-null value known only by its length.
    pub fn observe_len(&mut self, len: usize) {
        self.non_null += 1;
        self.bytes += len as u64;
    }

    /// Counts a non-null value and its shape.
    /// Adds the counts of `other`, the same column read in another pass
    /// over other leaves or rows (Parquet fields are read in separate
    /// passes; the `_other` column can collect leaves of several).
    pub fn absorb(&mut self, other: &ColumnState) {
        self.nulls += other.nulls;
        self.emitted += other.emitted;
        self.non_null += other.non_null;
        self.bytes += other.bytes;
        self.spaces += other.spaces;
        self.cell_no += other.cell_no;
        for (mine, theirs) in self.stats.iter_mut().zip(&other.stats) {
            mine.any += theirs.any;
            mine.whole += theirs.whole;
            mine.conf_sum += theirs.conf_sum;
            mine.max_conf = mine.max_conf.max(theirs.max_conf);
        }
    }

    pub fn observe_shape(&mut self, value: &[u8]) {
        self.non_null += 1;
        self.bytes += value.len() as u64;
        self.spaces += count_spaces(value);
    }

    /// Runs the rules over one value (through the distinct-value cache).
    /// Candidates are left in `out`; counts are not updated (see [`count`]).
    pub fn lookup(
        &mut self,
        engine: &Engine,
        value: &[u8],
        scratch: &mut Scratch,
        out: &mut Vec<Candidate>,
    ) {
        out.clear();
        let cacheable = self.cache_on && value.len() <= CACHE_MAX_VALUE;
        if cacheable {
            self.lookups += 1;
            let hash = self.cache.hash(value);
            if let Some(hit) = self.cache.get(hash, value) {
                self.cache_hits += 1;
                out.extend_from_slice(hit);
            } else {
                self.scan_value(engine, value, scratch, out);
                if self.cache.len() < CACHE_MAX_ENTRIES {
                    self.cache.insert(hash, value, out);
                }
            }
            if (self.lookups == CACHE_PROBE && self.cache_hits * 8 < self.lookups)
                || (self.lookups == CACHE_EARLY_PROBE && self.cache_hits == 0)
            {
                self.cache_on = false;
                self.cache = DistinctCache::default();
            }
        } else {
            self.scan_value(engine, value, scratch, out);
        }
    }

    /// One value through the confirmed rule when there is one, else (or
    /// when it does not match) through the whole rule set.
    fn scan_value(
        &mut self,
        engine: &Engine,
        value: &[u8],
        scratch: &mut Scratch,
        out: &mut Vec<Candidate>,
    ) {
        if let Some(rule) = self.confirmed {
            let hit = engine.confirm_whole_value(rule, value, &self.ctx, scratch);
            self.confirm_tries += 1;
            self.confirm_misses += u32::from(hit.is_none());
            if self.confirm_tries == CONFIRM_PROBE {
                if self.confirm_misses * 8 > self.confirm_tries {
                    self.confirmed = None;
                }
                self.confirm_tries = 0;
                self.confirm_misses = 0;
            }
            match hit {
                Some(c) => out.push(c),
                None => engine.scan_value(value, &self.ctx, scratch, out),
            }
            return;
        }
        engine.scan_value(value, &self.ctx, scratch, out);
        match out.as_slice() {
            [c] if c.start == 0 && c.end == value.len() => {
                if c.rule == self.streak_rule {
                    self.streak += 1;
                } else {
                    self.streak_rule = c.rule;
                    self.streak = 1;
                }
                if self.streak >= CONFIRM_AFTER && engine.confirmable(c.rule, &self.ctx) {
                    self.confirmed = Some(c.rule);
                    self.streak = 0;
                }
            }
            _ => self.streak = 0,
        }
    }

    /// Runs the rules over one value without the cache.
    pub fn scan_uncached(
        &self,
        engine: &Engine,
        value: &[u8],
        scratch: &mut Scratch,
        out: &mut Vec<Candidate>,
    ) {
        out.clear();
        engine.scan_value(value, &self.ctx, scratch, out);
    }

    /// Updates type counts for one value from its candidates.
    pub fn count(&mut self, len: usize, cands: &[Candidate]) {
        self.cell_no += 1;
        if cands.is_empty() {
            return;
        }
        let stamp = self.cell_no;
        // Per type: the best coverage and confidence in this cell.
        for c in cands {
            let t = self.rule_type[c.rule];
            let s = &mut self.stats[t];
            if self.seen[t] != stamp {
                self.seen[t] = stamp;
                s.any += 1;
                s.conf_sum += c.confidence as f64;
            }
            s.max_conf = s.max_conf.max(c.confidence);
            let whole = (c.end - c.start) as f64 >= WHOLE_CELL * len as f64;
            if whole && self.seen_whole[t] != stamp {
                self.seen_whole[t] = stamp;
                s.whole += 1;
            }
        }
    }

    /// The column decision.
    pub fn decide(&self, threshold: f64) -> (ColumnDecision, BTreeMap<String, f64>) {
        let mut types = BTreeMap::new();
        let mut ratios = BTreeMap::new();
        if self.non_null == 0 {
            return (
                ColumnDecision {
                    free_text: false,
                    types,
                },
                ratios,
            );
        }
        let n = self.non_null as f64;
        let avg_len = self.bytes as f64 / n;
        let avg_spaces = self.spaces as f64 / n;
        let long_text = avg_len >= FREE_TEXT_AVG_LEN && avg_spaces >= FREE_TEXT_AVG_SPACES;
        let need = |t: usize| {
            if self.hinted[t] {
                threshold * HINT_FACTOR
            } else {
                threshold
            }
        };
        // Identifier-like reading: whole-cell matches.
        for (t, s) in self.stats.iter().enumerate() {
            if s.any == 0 {
                continue;
            }
            let ratio = s.whole as f64 / n;
            ratios.insert(self.type_names[t].clone(), round6(ratio));
            if s.whole > 0 && ratio + 1e-12 >= need(t) {
                types.insert(self.type_names[t].clone(), s.whole);
            }
        }
        // Free text: long, wordy values whose cells are not themselves
        // values of one type (an address column is not free text).
        let free_text = long_text && types.is_empty();
        if free_text {
            ratios.clear();
            let min_hits = 2.min(self.non_null);
            for (t, s) in self.stats.iter().enumerate() {
                if s.any == 0 {
                    continue;
                }
                ratios.insert(self.type_names[t].clone(), round6(s.any as f64 / n));
                if s.any >= min_hits {
                    types.insert(self.type_names[t].clone(), s.any);
                }
            }
        }
        (ColumnDecision { free_text, types }, ratios)
    }

    /// The `column` label line.
    pub fn label(
        &self,
        engine: &Engine,
        root: &str,
        path: &str,
        threshold: f64,
        rows_scanned: u64,
        rows_total: Option<u64>,
    ) -> Label {
        let (decision, ratios) = self.decide(threshold);
        let n = self.non_null.max(1) as f64;
        let mut categories = BTreeSet::new();
        let mut max_confidence = 0f32;
        let mut confidence: Option<f32> = None;
        let mut main: Option<(u64, f64)> = None;
        for (name, count) in &decision.types {
            let t = self
                .type_names
                .iter()
                .position(|x| x == name)
                .expect("known type");
            let s = &self.stats[t];
            if let Some(r) = engine.rules().iter().find(|r| r.data_type == *name) {
                categories.insert(r.category);
            }
            max_confidence = max_confidence.max(s.max_conf);
            let ratio = *count as f64 / n;
            let mean = if s.any > 0 {
                s.conf_sum / s.any as f64
            } else {
                0.0
            };
            let strength = if decision.free_text {
                1.0
            } else {
                (ratio / threshold.max(1e-9)).min(1.0)
            };
            let mut c = mean * (0.7 + 0.3 * strength);
            if self.hinted[t] {
                c += 0.05;
            }
            let c = (c as f32).clamp(0.0, 1.0);
            confidence = Some(confidence.map_or(c, |x: f32| x.max(c)));
            if main.is_none_or(|(best, _)| *count > best) {
                main = Some((*count, ratio));
            }
        }
        Label {
            root: root.to_string(),
            path: path.to_string(),
            column: Some(self.name.clone()),
            types: decision.types,
            categories: categories.into_iter().collect(),
            bytes: self.bytes,
            max_confidence: round3(max_confidence),
            kind: "column".into(),
            rows_scanned: Some(rows_scanned),
            rows_total,
            ratio: Some(main.map_or(0.0, |m| round6(m.1))),
            ratios: Some(ratios),
            confidence: confidence.map(round3),
        }
    }
}

fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn prop_count_spaces_matches_naive(v in proptest::collection::vec(any::<u8>(), 0..64)) {
            let naive = v.iter().filter(|&&b| b == b' ').count() as u64;
            prop_assert_eq!(count_spaces(&v), naive);
        }

        /// The packed cache answers as a map of value -> candidates would.
        #[test]
        fn prop_distinct_cache_is_a_map(
            ops in proptest::collection::vec(("[ab]{0,4}", 0usize..4), 0..64)
        ) {
            let mut cache = DistinctCache::default();
            let mut model: std::collections::HashMap<Vec<u8>, Vec<Candidate>> = Default::default();
            for (key, n) in ops {
                let key = key.into_bytes();
                let cands: Vec<Candidate> = (0..n)
                    .map(|i| Candidate { rule: i, start: 0, end: key.len(), confidence: 0.5 })
                    .collect();
                let hash = cache.hash(&key);
                prop_assert_eq!(cache.get(hash, &key), model.get(&key).map(Vec::as_slice));
                if let std::collections::hash_map::Entry::Vacant(slot) = model.entry(key.clone()) {
                    cache.insert(hash, &key, &cands);
                    slot.insert(cands);
                }
                prop_assert_eq!(cache.len(), model.len());
            }
        }
    }

    use super::*;

    fn ssn(i: u32) -> String {
        // Areas 100..=599, groups 10..=99, serials 1000..=9999: all valid.
        format!(
            "{:03}-{:02}-{:04}",
            100 + i % 500,
            10 + i % 90,
            1000 + i % 9000
        )
    }

    /// What the whole rule set says about a value in this column.
    fn full(engine: &Engine, col: &ColumnState, value: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        col.scan_uncached(engine, value.as_bytes(), &mut Scratch::default(), &mut out);
        out.iter().map(|c| (c.rule, c.start, c.end)).collect()
    }

    #[test]
    fn confirmed_column_agrees_with_full_scans_and_falls_back() {
        let engine = Engine::builtin().unwrap();
        let mut col = ColumnState::new("ssn".into(), engine.column_context("ssn"), &engine);
        col.cache_on = false;
        let mut scratch = Scratch::default();
        let mut out = Vec::new();
        for i in 0..CONFIRM_AFTER {
            col.lookup(&engine, ssn(i).as_bytes(), &mut scratch, &mut out);
        }
        let rule = col.confirmed.expect("a column of SSNs is confirmed");
        assert_eq!(engine.rule(rule).data_type, "US_SSN");
        // Valid values, an invalid area, another type, free text and a value
        // with padding: each gives exactly what a full scan gives.
        for value in [
            ssn(4242),
            "000-12-3456".to_string(),
            "666-12-3456".to_string(),
            "jane.doe@acme-mail.io".to_string(),
            "call 212-867-5309 re SSN 123-45-6789".to_string(),
            "4111 1111 1111 1111".to_string(),
            "n/a".to_string(),
        ] {
            col.lookup(&engine, value.as_bytes(), &mut scratch, &mut out);
            let got: Vec<_> = out.iter().map(|c| (c.rule, c.start, c.end)).collect();
            assert_eq!(got, full(&engine, &col, &value), "{value}");
        }
    }

    #[test]
    fn the_cache_stays_for_repeated_values_and_goes_for_unique_ones() {
        let engine = Engine::builtin().unwrap();
        let mut scratch = Scratch::default();
        let mut out = Vec::new();
        let mut run = |name: &str, value: &dyn Fn(u64) -> String| {
            let mut col = ColumnState::new(name.into(), engine.column_context(name), &engine);
            for i in 0..CACHE_EARLY_PROBE + 1 {
                col.lookup(&engine, value(i).as_bytes(), &mut scratch, &mut out);
            }
            (col.cache_on, col.cache.len())
        };
        // Unique values never hit: the cache goes at the early probe.
        assert_eq!(
            run("email", &|i| format!("user{i}@acme-mail.io")),
            (false, 0)
        );
        // Values drawn from a pool repeat by then: it stays.
        let (on, len) = run("name", &|i| format!("Jane Roe{}", (i * i + 7 * i) % 4000));
        assert!(on && len > 0);
    }

    #[test]
    fn mixed_column_leaves_confirmed_mode() {
        let engine = Engine::builtin().unwrap();
        let mut col = ColumnState::new("value".into(), engine.column_context("value"), &engine);
        col.cache_on = false;
        let mut scratch = Scratch::default();
        let mut out = Vec::new();
        for i in 0..CONFIRM_AFTER {
            col.lookup(&engine, ssn(i).as_bytes(), &mut scratch, &mut out);
        }
        assert!(col.confirmed.is_some());
        // From here on, most values are something else: the extra anchored
        // search is dropped after one probe window.
        for i in 0..CONFIRM_PROBE {
            let v = if i % 2 == 0 {
                ssn(i)
            } else {
                format!("order {i}")
            };
            col.lookup(&engine, v.as_bytes(), &mut scratch, &mut out);
        }
        assert_eq!(col.confirmed, None);
    }
}
