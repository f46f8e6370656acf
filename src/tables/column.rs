//! Per-column state and the column decision.

use crate::engine::{Candidate, Engine, ExternalContext, Scratch};
use crate::scan::{round3, Label};
use std::collections::{BTreeMap, BTreeSet, HashMap};

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
const CACHE_PROBE: u64 = 4096;

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
    cache: HashMap<Box<[u8]>, Box<[Candidate]>>,
    cache_on: bool,
    lookups: u64,
    cache_hits: u64,
}

impl ColumnState {
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
        ColumnState {
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
            cache: HashMap::new(),
            cache_on: true,
            lookups: 0,
            cache_hits: 0,
        }
    }

    /// Counts a non-null value known only by its length.
    pub fn observe_len(&mut self, len: usize) {
        self.non_null += 1;
        self.bytes += len as u64;
    }

    /// Counts a non-null value and its shape.
    pub fn observe_shape(&mut self, value: &[u8]) {
        self.non_null += 1;
        self.bytes += value.len() as u64;
        self.spaces += memchr::memchr_iter(b' ', value).count() as u64;
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
            if let Some(hit) = self.cache.get(value) {
                self.cache_hits += 1;
                out.extend_from_slice(hit);
            } else {
                engine.scan_value(value, &self.ctx, scratch, out);
                if self.cache.len() < CACHE_MAX_ENTRIES {
                    self.cache.insert(value.into(), out.as_slice().into());
                }
            }
            if self.lookups == CACHE_PROBE && self.cache_hits * 8 < self.lookups {
                self.cache_on = false;
                self.cache = HashMap::new();
            }
        } else {
            engine.scan_value(value, &self.ctx, scratch, out);
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
