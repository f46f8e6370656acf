//! The classification engine, compiled once from a [`RuleSet`] and shared by
//! every thread.
//!
//! Pipeline per haystack: one pass of every rule's pattern together finds
//! candidates → keyword prefilter (a rule with keywords runs only if one
//! occurs in the haystack; checked once, when the rule first has a
//! candidate) → regex confirm (the rule's own pattern, anchored) →
//! validator → context scoring (one Aho-Corasick pass over context words,
//! matched as whole words) → overlap resolution (the most confident finding
//! wins a span).
//!
//! ```
//! use datareach::engine::Engine;
//! let engine = Engine::builtin().unwrap();
//! let found = engine.find_all(b"Verified identity with SSN 571-28-2364 yesterday.");
//! assert_eq!(engine.rule(found[0].rule).data_type, "US_SSN");
//! ```

use crate::error::{Error, Result};
use crate::rules::{DocumentFormat, RuleSet, RuleSpec};
use crate::types::Category;
use crate::validators::{self, Validator};
use crate::value_span::DelimitedValue;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex_automata::{meta, util::syntax, Anchored, Input, PatternSet};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::{Arc, Mutex, Weak};

/// Confidence given to known test values and allow-listed values: reported
/// only to users who lower `--min-confidence` that far.
pub const DEMOTED_CONFIDENCE: f32 = 0.2;

/// Default threshold below which candidates are not reported.
pub const DEFAULT_MIN_CONFIDENCE: f32 = 0.5;

/// Longest match the engine promises to find across chunk boundaries; the
/// scanner overlaps chunks by [`Engine::overlap`] bytes, which covers this
/// plus the widest context window.
pub const MAX_MATCH_LEN: usize = 1024;

/// A rule after compilation.
#[derive(Debug)]
pub struct CompiledRule {
    pub spec: RuleSpec,
    pub data_type: String,
    pub category: Category,
    /// The rule's own pattern, searched anchored at a candidate start;
    /// built on its first search (see [`CompiledRule::regex`]).
    regex: std::sync::OnceLock<meta::Regex>,
    /// The pattern's syntax tree, which `regex` is built from (shared with
    /// the engine build, which parses each pattern once).
    hir: Arc<regex_syntax::hir::Hir>,
    value_at: ValueAt,
    validator: Option<Validator>,
    allow: HashSet<String, foldhash::fast::RandomState>,
    has_keywords: bool,
    /// The rule's keywords of two bytes or more, ASCII-lowercased, each
    /// searched on its own in the haystack's ASCII-lowercased copy (see
    /// [`Engine::switch_on`]). Single-byte keywords are checked with
    /// `memchr`.
    keyword_finders: Vec<memchr::memmem::Finder<'static>>,
    /// The type's family, resolved once (normalizing and test-value checks
    /// run per candidate).
    kind: validators::Kind,
    /// The rule's own context words (positive and negative), whole words
    /// looked up around each candidate; per word: (positive, negative).
    context_search: SharedContext,
    /// How the type's findings are masked, resolved once.
    pub mask: crate::mask::MaskStyle,
    /// Column names and context words in column-name form, for
    /// [`Engine::column_context`].
    column_words: ColumnWords,
    /// Some rule of this type has `remembered_values`: the values this
    /// rule reports are remembered for it (see [`ValueMemory`]).
    remembers_values: bool,
}

/// Where a rule's reported value lies in its match.
#[derive(Debug)]
enum ValueAt {
    /// The whole match.
    Whole,
    /// The `value` group, settled by the match alone (see
    /// [`crate::value_span`]).
    Delimited(DelimitedValue),
    /// The `value` group (this number), found by a capture search on the
    /// match.
    Group(usize),
}

impl ValueAt {
    /// The value inside `whole`, a match of the rule, when the match alone
    /// settles it (not for [`ValueAt::Group`], which needs a capture
    /// search: the whole match is returned).
    fn value_in(&self, haystack: &[u8], whole: regex_automata::Span) -> regex_automata::Span {
        match self {
            ValueAt::Delimited(shape) => shape.value(haystack, whole.range()).into(),
            ValueAt::Whole | ValueAt::Group(_) => whole,
        }
    }
}

/// Normalised column names, looked up by every part of a column's name
/// at either end (see [`ColumnName::is_one_of`]).
type ColumnNameSet = HashSet<String, foldhash::fast::RandomState>;

#[derive(Debug)]
struct ColumnWords {
    /// `column_names`.
    names: ColumnNameSet,
    context: Vec<String>,
    negative: Vec<String>,
    /// `not_column_names`: names of columns holding other things.
    other_things: ColumnNameSet,
}

impl ColumnWords {
    fn of(spec: &RuleSpec) -> ColumnWords {
        fn norm<C: FromIterator<String>>(words: &[String]) -> C {
            words.iter().map(|w| normalize_column(w)).collect()
        }
        ColumnWords {
            names: norm(&spec.column_names),
            context: if spec.columns_by_context {
                norm(&spec.context)
            } else {
                Vec::new()
            },
            negative: norm(&spec.negative_context),
            other_things: norm(&spec.not_column_names),
        }
    }
}

/// A column's name as [`Engine::column_context`] reads it.
struct ColumnName {
    /// Normalised (see [`normalize_column`]).
    norm: String,
    /// A nested field's last two fields read as an English compound (see
    /// [`nested_compound`]).
    compound: Option<String>,
}

impl ColumnName {
    /// Whether an entry of `set` names this column: the whole name, the
    /// nested compound, or a `_`-separated part at either end
    /// (`crm_host_name` is named by `host_name`, `name`, `crm_host`, `crm`).
    fn is_one_of(&self, set: &ColumnNameSet) -> bool {
        !set.is_empty()
            && (ends_of(&self.norm).any(|part| set.contains(part))
                || self.compound.as_deref().is_some_and(|c| set.contains(c)))
    }
}

impl CompiledRule {
    /// The rule id.
    pub fn id(&self) -> &str {
        &self.spec.id
    }

    /// Whether a failed longest match is retried at its shortest
    /// (`retry_shortest`; a `value` group picks a part of the match, so
    /// such rules do not).
    fn retries_shortest(&self) -> bool {
        self.spec.retry_shortest && !matches!(self.value_at, ValueAt::Group(_))
    }

    /// The rule's own regex, built on first use (by whichever thread asks
    /// first; the others wait for it). The shared automata compiled the
    /// pattern with every other under the same size limit, so the build
    /// succeeds; should its reverse automaton alone outgrow the limit (a
    /// pattern on the limit's edge), it is built without one rather than
    /// failing mid-scan.
    fn regex(&self) -> &meta::Regex {
        self.regex.get_or_init(|| {
            build_rule_regex(&self.hir)
                .or_else(|_| build_rule_regex_with_limit(&self.hir, None))
                .expect("a pattern the shared automata compiled compiles without a size limit")
        })
    }
}

/// One reported candidate: a span of the haystack, the rule that found it and
/// its calibrated confidence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate {
    /// Index of the rule in [`Engine::rules`].
    pub rule: usize,
    pub start: usize,
    pub end: usize,
    pub confidence: f32,
}

/// Extra context that does not come from the text around a match, such as a
/// table column name. Built once per column by [`Engine::column_context`].
#[derive(Debug, Clone, Default)]
pub struct ExternalContext {
    /// Per rule: the column name suggests this rule's type.
    boosted: Vec<bool>,
    /// Per rule: the column name contains one of its negative context words.
    negative: Vec<bool>,
    /// Per rule: it runs on this column's cells from the start (it needs no
    /// keyword, or the column name stands in for it). Copied as a cell's
    /// starting active set: cells are short, so per-cell set-up counts.
    active: Vec<bool>,
}

impl ExternalContext {
    /// Whether the column name is a hint for rule `rule`.
    pub fn boosts(&self, rule: usize) -> bool {
        self.boosted.get(rule).copied().unwrap_or(false)
    }
    /// Whether any rule is hinted by this column name.
    pub fn any(&self) -> bool {
        self.boosted.iter().any(|b| *b)
    }
}

/// Builds an [`Engine`].
#[derive(Debug, Clone)]
pub struct EngineBuilder {
    rules: RuleSet,
    min_confidence: f32,
}

impl EngineBuilder {
    /// Starts from a rule set.
    pub fn new(rules: RuleSet) -> EngineBuilder {
        EngineBuilder {
            rules,
            min_confidence: DEFAULT_MIN_CONFIDENCE,
        }
    }

    /// Candidates below this confidence are not reported (default 0.5).
    pub fn min_confidence(mut self, value: f32) -> EngineBuilder {
        self.min_confidence = value;
        self
    }

    /// Compiles every rule; the first that fails is named in the error.
    pub fn build(self) -> Result<Engine> {
        if !(0.0..=1.0).contains(&self.min_confidence) {
            return Err(Error::Config(format!(
                "min-confidence {} is outside 0..1",
                self.min_confidence
            )));
        }
        let own: Vec<String> = self
            .rules
            .rules
            .iter()
            .map(|r| expand_pattern(&r.pattern))
            .collect();
        // Every run pays for the engine before its first byte is scanned:
        // a helper thread builds the validators' dictionaries and gathers
        // each rule's context words (their automaton is built on the rule's
        // first context search) while this one parses the patterns; then the
        // shared automata, the largest builds, compile on a third thread
        // while this one compiles the rules one by one and then the keyword
        // automaton.
        std::thread::scope(|scope| {
            let helper = scope.spawn(|| {
                for spec in &self.rules.rules {
                    if let Some(name) = &spec.validator {
                        validators::prepare(name);
                    }
                }
                context_searches(&self.rules.rules)
            });
            // Each pattern is parsed once: its syntax tree serves the rule's
            // own regex and both shared automata (three parses were a fifth
            // of the build). The shared automata hold every rule's pattern,
            // except for rules kept out of them (see `requires_non_ascii`,
            // `column_only` and `only_in`), whose slot a pattern that never
            // matches fills so that pattern ids stay aligned.
            let mut hirs = Vec::with_capacity(own.len());
            for (spec, pattern) in self.rules.rules.iter().zip(&own) {
                let hir = syntax::parse_with(pattern, &syntax_config())
                    .map_err(|e| rule_error(spec, format!("bad pattern: {e}")))?;
                hirs.push(Arc::new(hir));
            }
            let never = syntax::parse_with(r"[^\x00-\xFF]", &syntax_config())
                .expect("a fixed pattern parses");
            let shared_hirs: Vec<&regex_syntax::hir::Hir> = hirs
                .iter()
                .zip(&self.rules.rules)
                .map(|(hir, r)| {
                    if r.kept_out_of_shared_automata() {
                        &never
                    } else {
                        hir
                    }
                })
                .collect();
            // (A scope of its own: the thread borrows the trees parsed here.)
            std::thread::scope(|inner| {
                let shared = inner.spawn(|| build_combined(&shared_hirs));
                let mut rules = Vec::with_capacity(self.rules.rules.len());
                let mut keyword_strings: Vec<String> = Vec::new();
                let mut keyword_owner: Vec<Vec<usize>> = Vec::new();
                let mut byte_keywords: Vec<(u8, Vec<usize>)> = Vec::new();
                let mut max_window = 0usize;
                for ((idx, spec), hir) in self.rules.rules.iter().enumerate().zip(&hirs) {
                    let fail = |message: String| rule_error(spec, message);
                    // A rule's own regex is built on its first search: most
                    // runs confirm a handful of the rules (a fifth of the
                    // start-up went to the others). The shared automata,
                    // which hold its pattern, show it compiles; a user's
                    // rule kept out of them is built here, to fail now if it
                    // must. (Built-in ones are known to compile, and their
                    // Unicode classes took half of the start-up's critical
                    // path: 6 ms, spent now only where HL7 or accented text
                    // calls for them.)
                    let regex = std::sync::OnceLock::new();
                    if spec.kept_out_of_shared_automata() && !spec.built_in {
                        let built =
                            build_rule_regex(hir).map_err(|e| fail(format!("bad pattern: {e}")))?;
                        regex.set(built).expect("a new cell is empty");
                    }
                    let value_at = match value_group(hir) {
                        None => ValueAt::Whole,
                        Some(group) => DelimitedValue::of(hir, group)
                            .map_or(ValueAt::Group(group), ValueAt::Delimited),
                    };
                    let validator = match &spec.validator {
                        Some(name) => Some(
                            validators::lookup(name)
                                .ok_or_else(|| fail(format!("unknown validator `{name}`")))?,
                        ),
                        None => None,
                    };
                    let category = spec
                        .category()
                        .ok_or_else(|| fail(format!("unknown category `{}`", spec.category)))?;
                    let mut words: Vec<&str> = Vec::new();
                    for kw in &spec.keywords {
                        if kw.len() == 1 {
                            let b = kw.as_bytes()[0].to_ascii_lowercase();
                            match byte_keywords.iter_mut().find(|(k, _)| *k == b) {
                                Some((_, owners)) => owners.push(idx),
                                None => byte_keywords.push((b, vec![idx])),
                            }
                        } else {
                            words.push(kw);
                            intern(&mut keyword_strings, &mut keyword_owner, kw, idx);
                        }
                    }
                    let keyword_finders = words
                        .iter()
                        .map(|w| {
                            memchr::memmem::Finder::new(w.to_ascii_lowercase().as_bytes())
                                .into_owned()
                        })
                        .collect();
                    max_window = max_window.max(spec.context_before).max(spec.context_after);
                    let allow = spec
                        .allow
                        .iter()
                        .map(|v| validators::normalize(&spec.data_type, v))
                        .collect();
                    rules.push(CompiledRule {
                        data_type: spec.data_type.clone(),
                        category,
                        regex,
                        hir: Arc::clone(hir),
                        value_at,
                        validator,
                        allow,
                        has_keywords: !spec.keywords.is_empty(),
                        keyword_finders,
                        column_words: ColumnWords::of(spec),
                        // (Settled below, once every rule is known.)
                        remembers_values: false,
                        kind: validators::kind_of(&spec.data_type),
                        mask: crate::mask::MaskStyle::for_type(&spec.data_type),
                        // Gathered on the helper thread (below).
                        context_search: None,
                        spec: spec.clone(),
                    });
                }
                let remembering: HashSet<String> = rules
                    .iter()
                    .filter(|r| r.spec.remembered_values)
                    .map(|r| r.data_type.clone())
                    .collect();
                for rule in &mut rules {
                    rule.remembers_values = remembering.contains(&rule.data_type);
                }
                let keywords = build_ac(&keyword_strings)?;
                let contexts = helper
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                for (rule, context) in rules.iter_mut().zip(contexts) {
                    rule.context_search = context;
                }
                let (combined, combined_all) = shared
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                    .map_err(|combine_error| {
                        // Name the rule whose pattern does not compile, if
                        // one does not on its own.
                        rules
                            .iter()
                            .zip(&self.rules.rules)
                            .find_map(|(rule, spec)| {
                                build_rule_regex(&rule.hir)
                                    .err()
                                    .map(|e| rule_error(spec, format!("bad pattern: {e}")))
                            })
                            .unwrap_or(combine_error)
                    })?;
                let always_active = rules.iter().map(|r| !r.has_keywords).collect();
                let non_ascii_only = (0..rules.len())
                    .filter(|&i| rules[i].spec.requires_non_ascii)
                    .collect();
                let column_only = (0..rules.len())
                    .filter(|&i| rules[i].spec.column_only)
                    .collect();
                let own_pass: Vec<usize> = (0..rules.len())
                    .filter(|&i| rules[i].spec.own_pass)
                    .collect();
                let own_pass_words: Vec<String> = own_pass
                    .iter()
                    .flat_map(|&i| rules[i].spec.keywords.iter().cloned())
                    .collect();
                let own_pass_keywords = build_ac(&own_pass_words)?;
                let mut own_pass_bytes: Vec<u8> = own_pass_words
                    .iter()
                    .flat_map(|w| match w.bytes().find(|b| !b.is_ascii_alphabetic()) {
                        Some(b) => vec![b],
                        None => w
                            .bytes()
                            .take(1)
                            .flat_map(|b| [b.to_ascii_lowercase(), b.to_ascii_uppercase()])
                            .collect(),
                    })
                    .collect();
                own_pass_bytes.sort_unstable();
                own_pass_bytes.dedup();
                let format_only = DocumentFormat::ALL
                    .into_iter()
                    .map(|format| {
                        let only_here = (0..rules.len())
                            .filter(|&i| rules[i].spec.document_format() == Some(format))
                            .collect::<Vec<_>>();
                        (format, only_here)
                    })
                    .filter(|(_, only_here)| !only_here.is_empty())
                    .collect();
                Ok(Engine {
                    id: NEXT_ENGINE_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
                    always_active,
                    non_ascii_only,
                    column_only,
                    own_pass,
                    own_pass_keywords,
                    own_pass_bytes,
                    format_only,
                    keywords,
                    keyword_start: keyword_start_bytes(&keyword_strings),
                    keyword_owner,
                    rules,
                    combined,
                    combined_all,
                    byte_keyword_bit: byte_keyword_bits(&byte_keywords),
                    byte_keywords,
                    min_confidence: self.min_confidence,
                    overlap: MAX_MATCH_LEN + max_window.min(MAX_MATCH_LEN),
                    version: self.rules.version(),
                    spares: Default::default(),
                })
            })
        })
    }
}

/// A rule that cannot be compiled, named with its file.
fn rule_error(spec: &RuleSpec, message: String) -> Error {
    Error::Rule {
        rule: spec.id.clone(),
        file: spec.source.clone(),
        message,
    }
}

/// [`Engine::keyword_start`] for the keywords of two bytes or more.
fn keyword_start_bytes(keywords: &[String]) -> Box<[bool; 256]> {
    let mut starts = Box::new([false; 256]);
    for first in keywords.iter().filter_map(|k| k.bytes().next()) {
        starts[usize::from(first.to_ascii_lowercase())] = true;
        starts[usize::from(first.to_ascii_uppercase())] = true;
    }
    starts
}

/// [`Engine::byte_keyword_bit`] for `byte_keywords` (used only when there
/// are at most 64 of them).
fn byte_keyword_bits(byte_keywords: &[(u8, Vec<usize>)]) -> Box<[u64; 256]> {
    let mut bits = Box::new([0u64; 256]);
    for (i, (byte, _)) in byte_keywords.iter().enumerate().take(64) {
        bits[usize::from(*byte)] |= 1 << i;
    }
    bits
}

/// Where the candidate search of a haystack starts: the leftmost match of
/// the combined automaton, or a start whose matching patterns are already
/// in the cache's pattern set.
#[derive(Clone, Copy)]
enum Leftmost {
    Match(regex_automata::Match),
    SetAt(usize),
}

/// Haystacks up to this length (table cells, single values) are searched
/// the way that suits short input: candidates first looked for at the very
/// start, keyword bytes noted in one pass, and all keyword-gated rules
/// settled by one pass of a shared automaton. Longer ones search each rule's
/// keywords on its own (a SIMD literal search that stops at the first hit).
const SHORT_HAYSTACK: usize = 256;

/// Longest match of a `requires_non_ascii` rule around its non-ASCII bytes.
const MAX_NON_ASCII_SPAN: usize = 96;

/// Merged windows of `reach` bytes around every run of non-ASCII bytes: a
/// match that must hold a non-ASCII character lies inside one of them, so
/// mostly-ASCII text costs one quick byte scan.
fn non_ascii_windows(haystack: &[u8], reach: usize) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    while i < haystack.len() {
        // Skip ASCII a word at a time.
        while i + 8 <= haystack.len() {
            let word = u64::from_le_bytes(haystack[i..i + 8].try_into().expect("8 bytes"));
            if word & 0x8080_8080_8080_8080 != 0 {
                break;
            }
            i += 8;
        }
        if i >= haystack.len() {
            break;
        }
        if haystack[i] < 0x80 {
            i += 1;
            continue;
        }
        let lo = i.saturating_sub(reach);
        let hi = (i + reach).min(haystack.len());
        match out.last_mut() {
            Some(last) if last.end >= lo => last.end = hi,
            _ => out.push(lo..hi),
        }
        i += 1;
    }
    out
}

/// Expands pattern macros that stand for dictionaries shipped as data:
/// `{{street_suffix}}` becomes an alternation of every USPS street suffix
/// (capitalised, as written in addresses), so the automaton itself finds
/// where a street name ends instead of guessing and asking the validator.
pub fn expand_pattern(pattern: &str) -> String {
    // `{{street_suffix}}`: the suffixes capitalised (`Street`, `Ave`);
    // `{{STREET_SUFFIX}}`: upper case, as USPS-standard mailing lists,
    // payroll and bank systems print addresses (`1344 N CALLE PRIMAVERA BLVD`).
    const STREET: &str = "{{street_suffix}}";
    const STREET_UPPER: &str = "{{STREET_SUFFIX}}";
    if !pattern.contains(STREET) && !pattern.contains(STREET_UPPER) {
        return pattern.to_string();
    }
    let words = validators::street_suffix_words();
    let capitalised: Vec<String> = words
        .iter()
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                None => w.clone(),
            }
        })
        .collect();
    let upper: Vec<String> = words.iter().map(|w| w.to_ascii_uppercase()).collect();
    pattern
        .replace(STREET, &format!("(?:{})", capitalised.join("|")))
        .replace(STREET_UPPER, &format!("(?:{})", upper.join("|")))
}

pub(crate) fn syntax_config() -> syntax::Config {
    // ASCII classes and word boundaries: the DFA never has to give up on
    // non-ASCII text, and `\d` never matches Arabic-Indic digits by surprise.
    // A rule can still opt into Unicode with `(?u)`.
    syntax::Config::new().unicode(false).utf8(false)
}

fn intern<T: PartialEq>(strings: &mut Vec<String>, owners: &mut Vec<Vec<T>>, word: &str, owner: T) {
    let key = word.to_ascii_lowercase();
    match strings.iter().position(|s| *s == key) {
        Some(i) => {
            if !owners[i].contains(&owner) {
                owners[i].push(owner)
            }
        }
        None => {
            strings.push(key);
            owners.push(vec![owner]);
        }
    }
}

/// One rule's own pattern, searched anchored at a candidate's start (or
/// inside a small window): a literal prefilter would never pay for its build.
/// The error is the builder's message (its error type is large). The size
/// limit is the shared automata's: a pattern they compile with every other
/// compiles alone (see [`CompiledRule::regex`] for a rule built on first use).
fn build_rule_regex(hir: &regex_syntax::hir::Hir) -> std::result::Result<meta::Regex, String> {
    build_rule_regex_with_limit(hir, Some(SHARED_NFA_SIZE_LIMIT))
}

/// [`build_rule_regex`] with the NFA size limit given.
fn build_rule_regex_with_limit(
    hir: &regex_syntax::hir::Hir,
    nfa_size_limit: Option<usize>,
) -> std::result::Result<meta::Regex, String> {
    meta::Builder::new()
        .configure(
            meta::Config::new()
                .auto_prefilter(false)
                .nfa_size_limit(nfa_size_limit)
                .hybrid_cache_capacity(2 << 20),
        )
        .build_from_hir(hir)
        .map_err(|e| e.to_string())
}

/// Whether the first mailbox on the line after a name ending at `end`
/// spells the name (see [`validators::name_spells_mailbox`]); only the
/// next [`MAILBOX_SPELLING_REACH`] bytes are looked at.
fn spelling_mailbox_after(haystack: &[u8], end: usize, name: &str) -> bool {
    let end = end.min(haystack.len());
    let rest = &haystack[end..(end + MAILBOX_SPELLING_REACH).min(haystack.len())];
    let rest = &rest[..memchr::memchr(b'\n', rest).unwrap_or(rest.len())];
    let Some(at) = memchr::memchr(b'@', rest) else {
        return false;
    };
    let is_local =
        |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-');
    let local_len = rest[..at].iter().rev().take_while(|b| is_local(b)).count();
    // (The local part is ASCII by construction.)
    let local = std::str::from_utf8(&rest[at - local_len..at]).unwrap_or("");
    !local.is_empty() && validators::name_spells_mailbox(name, local)
}

/// Bytes after a name searched for a mailbox that spells it.
const MAILBOX_SPELLING_REACH: usize = 96;

/// The local part of the mailbox after a display name ending at `end`
/// (`Name" <local@...`, `Name <local@...`); empty when none follows.
fn mailbox_local_after(haystack: &[u8], end: usize) -> &str {
    let rest = &haystack[end.min(haystack.len())..];
    let rest = rest.strip_prefix(b"\"").unwrap_or(rest);
    let Some(rest) = rest.strip_prefix(b" <") else {
        return "";
    };
    let local = &rest[..rest.len().min(64)];
    match memchr::memchr(b'@', local) {
        Some(at) => std::str::from_utf8(&local[..at]).unwrap_or(""),
        None => "",
    }
}

// `collect` notes the formats a haystack holds in 16 bits.
const _: () = assert!(DocumentFormat::ALL.len() <= u16::BITS as usize);

/// The confidence a reported name needs for its words to be remembered
/// (see [`crate::rules::RuleSpec::remembered_names`]).
pub const REMEMBERED_NAME_CONFIDENCE: f32 = 0.5;

/// The confidence a reported value needs to be remembered (see
/// [`crate::rules::RuleSpec::remembered_values`]).
pub const REMEMBERED_VALUE_CONFIDENCE: f32 = 0.5;

/// How much less sure a value repeated bare is than where it was labelled
/// (see [`crate::rules::RuleSpec::remembered_values`]).
const REPEATED_VALUE_DISCOUNT: f32 = 0.05;

/// Values reported so far in one file or table, by data type, normalized,
/// with the highest confidence each was reported with (see
/// [`crate::rules::RuleSpec::remembered_values`]). Bounded: past
/// [`ValueMemory::CAPACITY`] values nothing more is kept.
#[derive(Debug, Default)]
struct ValueMemory {
    /// `TYPE`, a NUL, then the value: one string per value.
    values: HashMap<String, f32, foldhash::fast::RandomState>,
    /// The key being looked up, built here rather than allocated.
    key: String,
}

impl ValueMemory {
    /// The most values kept.
    const CAPACITY: usize = 4096;

    fn clear(&mut self) {
        self.values.clear();
    }

    /// Builds the key of `normalized` as `data_type` in `self.key`.
    fn set_key(&mut self, data_type: &str, normalized: &str) {
        self.key.clear();
        self.key.push_str(data_type);
        self.key.push('\0');
        self.key.push_str(normalized);
    }

    fn remember(&mut self, data_type: &str, normalized: &str, confidence: f32) {
        if normalized.is_empty() {
            return;
        }
        self.set_key(data_type, normalized);
        let full = self.values.len() >= Self::CAPACITY;
        match self.values.get_mut(self.key.as_str()) {
            Some(kept) => *kept = kept.max(confidence),
            None if !full => {
                self.values.insert(self.key.clone(), confidence);
            }
            None => {}
        }
    }

    fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The confidence `normalized` was reported with as `data_type`, if it was.
    fn confidence(&mut self, data_type: &str, normalized: &str) -> Option<f32> {
        self.set_key(data_type, normalized);
        self.values.get(self.key.as_str()).copied()
    }
}

/// The largest NFA a rule set's shared automata (and so any one rule) may
/// compile to.
const SHARED_NFA_SIZE_LIMIT: usize = 64 << 20;

/// The index of a pattern's `value` group, if it has one.
fn value_group(hir: &regex_syntax::hir::Hir) -> Option<usize> {
    use regex_syntax::hir::HirKind;
    match hir.kind() {
        HirKind::Capture(cap) if cap.name.as_deref() == Some("value") => Some(cap.index as usize),
        HirKind::Capture(cap) => value_group(&cap.sub),
        HirKind::Repetition(rep) => value_group(&rep.sub),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => subs.iter().find_map(value_group),
        _ => None,
    }
}

/// The combined automata over every rule's pattern: leftmost-first (the
/// candidate finder) and all-matches (the patterns matching at a start).
fn build_combined(patterns: &[&regex_syntax::hir::Hir]) -> Result<(meta::Regex, PatternsAt)> {
    let combine =
        |e: &dyn std::fmt::Display| Error::Config(format!("cannot combine rule patterns: {e}"));
    // A prefilter needs every pattern to start with one of a few literals;
    // the built-in rules start with digits and capitals, and looking for
    // literals anyway was 15 M instructions of every start-up.
    let prefilter_possible = patterns.iter().all(|hir| starts_with_literal(hir));
    // The candidate finder only has to stop at or before every real match:
    // widened to any non-ASCII byte, its patterns keep the automaton to
    // one byte class for 0x80..0xFF (accented letters, dashes and quotes
    // had split it into 40), so each lazy-DFA state is half the size (a
    // stride of 128 instead of 256: 0.7 MB of states instead of 1.1 MB on
    // the compare corpus). What it stops at is confirmed by the exact
    // all-matches automaton, as every candidate is.
    let widened: Vec<Option<regex_syntax::hir::Hir>> =
        patterns.iter().map(|hir| widen_non_ascii(hir)).collect();
    let finder: Vec<&regex_syntax::hir::Hir> = patterns
        .iter()
        .zip(&widened)
        .map(|(&exact, wide)| wide.as_ref().unwrap_or(exact))
        .collect();
    let leftmost = meta::Builder::new()
        .configure(
            meta::Config::new()
                .auto_prefilter(prefilter_possible)
                .match_kind(regex_automata::MatchKind::LeftmostFirst)
                .nfa_size_limit(Some(SHARED_NFA_SIZE_LIMIT))
                .hybrid_cache_capacity(8 << 20),
        )
        .build_many_from_hir(&finder)
        .map_err(|e| combine(&e))?;
    Ok((
        leftmost,
        PatternsAt::from_hirs(patterns).map_err(|e| combine(&e))?,
    ))
}

/// `hir` with every non-ASCII byte or character it matches widened to any
/// non-ASCII byte (one or, for a character, up to four): a pattern that
/// matches everything `hir` matches and, on ASCII text, nothing else. On
/// ASCII bytes its choices are `hir`'s, so a leftmost-first match of the
/// widened pattern whose bytes are all ASCII is the original's match.
/// `None` when `hir` matches ASCII only (most patterns): nothing is rebuilt.
fn widen_non_ascii(hir: &regex_syntax::hir::Hir) -> Option<regex_syntax::hir::Hir> {
    use regex_syntax::hir::{
        Capture, Class, ClassBytes, ClassBytesRange, ClassUnicode, ClassUnicodeRange, Hir, HirKind,
        Repetition,
    };
    let any_non_ascii_byte = || {
        Hir::class(Class::Bytes(ClassBytes::new([ClassBytesRange::new(
            0x80, 0xFF,
        )])))
    };
    // The children rebuilt where one changed, else `None`.
    let widen_all = |subs: &[Hir]| -> Option<Vec<Hir>> {
        let widened: Vec<Option<Hir>> = subs.iter().map(widen_non_ascii).collect();
        widened.iter().any(Option::is_some).then(|| {
            widened
                .into_iter()
                .zip(subs)
                .map(|(wide, sub)| wide.unwrap_or_else(|| sub.clone()))
                .collect()
        })
    };
    match hir.kind() {
        HirKind::Literal(lit) if !lit.0.is_ascii() => {
            let mut parts = Vec::new();
            let mut bytes = &lit.0[..];
            while let Some(&first) = bytes.first() {
                if first.is_ascii() {
                    let run = bytes.iter().take_while(|b| b.is_ascii()).count();
                    parts.push(Hir::literal(bytes[..run].to_vec()));
                    bytes = &bytes[run..];
                } else {
                    parts.push(any_non_ascii_byte());
                    bytes = &bytes[1..];
                }
            }
            Some(Hir::concat(parts))
        }
        HirKind::Class(Class::Bytes(class)) if class.ranges().iter().any(|r| r.end() > 0x7F) => {
            let mut wide = class.clone();
            wide.union(&ClassBytes::new([ClassBytesRange::new(0x80, 0xFF)]));
            Some(Hir::class(Class::Bytes(wide)))
        }
        HirKind::Class(Class::Unicode(class))
            if class.ranges().iter().any(|r| r.end() > '\x7F') =>
        {
            let mut ascii = class.clone();
            ascii.intersect(&ClassUnicode::new([ClassUnicodeRange::new('\0', '\x7F')]));
            let encoded = Hir::repetition(Repetition {
                min: 1,
                max: Some(4),
                greedy: true,
                sub: Box::new(any_non_ascii_byte()),
            });
            Some(if ascii.ranges().is_empty() {
                encoded
            } else {
                Hir::alternation(vec![Hir::class(Class::Unicode(ascii)), encoded])
            })
        }
        HirKind::Repetition(rep) => widen_non_ascii(&rep.sub).map(|sub| {
            Hir::repetition(Repetition {
                min: rep.min,
                max: rep.max,
                greedy: rep.greedy,
                sub: Box::new(sub),
            })
        }),
        HirKind::Capture(cap) => widen_non_ascii(&cap.sub).map(|sub| {
            Hir::capture(Capture {
                index: cap.index,
                name: cap.name.clone(),
                sub: Box::new(sub),
            })
        }),
        HirKind::Concat(parts) => widen_all(parts).map(Hir::concat),
        HirKind::Alternation(alts) => widen_all(alts).map(Hir::alternation),
        _ => None,
    }
}

/// Whether every match of `hir` starts with a literal or a small set of
/// bytes (so that a prefilter could skip to it): false as soon as a
/// pattern may start with a wide class (`\d`, `[A-Z]`) or with nothing.
fn starts_with_literal(hir: &regex_syntax::hir::Hir) -> bool {
    use regex_syntax::hir::{Class, HirKind};
    /// Wider than this, a first-byte class is no prefilter.
    const NARROW: usize = 4;
    match hir.kind() {
        HirKind::Literal(lit) => !lit.0.is_empty(),
        HirKind::Class(Class::Bytes(c)) => {
            c.ranges()
                .iter()
                .map(|r| usize::from(r.end() - r.start()) + 1)
                .sum::<usize>()
                <= NARROW
        }
        HirKind::Class(Class::Unicode(c)) => {
            c.ranges()
                .iter()
                .map(|r| (u32::from(r.end()) - u32::from(r.start())) as usize + 1)
                .sum::<usize>()
                <= NARROW
        }
        HirKind::Capture(cap) => starts_with_literal(&cap.sub),
        HirKind::Repetition(rep) => rep.min > 0 && starts_with_literal(&rep.sub),
        HirKind::Alternation(alts) => alts.iter().all(starts_with_literal),
        HirKind::Concat(parts) => parts
            .iter()
            .find(|p| !matches!(p.kind(), HirKind::Look(_)))
            .is_some_and(starts_with_literal),
        HirKind::Empty | HirKind::Look(_) => false,
    }
}

/// Which patterns of a set match at a given position (anchored there), at
/// any length: every rule whose candidate starts where the shared search
/// stopped. The lazy DFA is walked byte by byte and every match state met
/// adds its patterns; the overlapping search API would instead return to
/// the caller at every (pattern, end) pair, once per byte for a name or an
/// address, at several times the cost. The PikeVM, over the same NFA,
/// answers where the DFA cannot (a rule using a Unicode word boundary on
/// non-ASCII text). Its anchored overlapping search (regex-automata 0.4.19)
/// also names patterns that match only at a later start while an earlier
/// thread is alive: a superset, harmless here as the engine confirms every
/// pattern the PikeVM names with an anchored search of its own (it knows
/// no match ends for them, see [`PatternsAtCache::only_end`]).
#[derive(Debug)]
struct PatternsAt {
    dfa: Option<regex_automata::hybrid::dfa::DFA>,
    pikevm: regex_automata::nfa::thompson::pikevm::PikeVM,
}

/// Per-thread caches of a [`PatternsAt`] (the PikeVM's made on first use).
#[derive(Debug)]
struct PatternsAtCache {
    dfa: Option<regex_automata::hybrid::dfa::Cache>,
    pikevm: Option<regex_automata::nfa::thompson::pikevm::Cache>,
    /// The PikeVM's answer, before it is copied into a `PatternBits`.
    found: Option<PatternSet>,
    /// Per pattern of the last answer: where its first match ends, and
    /// whether that is its only one (see [`PatternsAtCache::only_end`]).
    ends: Vec<(usize, bool)>,
}

impl PatternsAtCache {
    /// Where pattern `id` (in the last answer) matches, when the lazy DFA
    /// saw it match at one length only. A pattern with one match from the
    /// position has no other for a leftmost-first search to prefer: its
    /// own anchored search there would end at the same place, and is not
    /// needed.
    fn only_end(&self, id: usize) -> Option<usize> {
        match self.ends.get(id) {
            Some(&(end, true)) => Some(end),
            _ => None,
        }
    }

    /// Where pattern `id`'s shortest match (in the last answer) ends, when
    /// the lazy DFA found it (the PikeVM does not tell).
    fn shortest_end(&self, id: usize) -> Option<usize> {
        match self.ends.get(id) {
            Some(&(end, _)) if end > 0 => Some(end),
            _ => None,
        }
    }
}

/// A set of pattern ids as bits, visited in ascending order through its set
/// bits alone: most sets hold one to three of a few dozen patterns, and a
/// `PatternSet` is visited slot by slot.
#[derive(Debug, Clone)]
struct PatternBits {
    words: Vec<u64>,
}

impl PatternBits {
    fn new(len: usize) -> PatternBits {
        PatternBits {
            words: vec![0; len.div_ceil(64).max(1)],
        }
    }

    fn clear(&mut self) {
        self.words.fill(0);
    }

    fn insert(&mut self, id: usize) {
        self.words[id / 64] |= 1 << (id % 64);
    }

    fn is_empty(&self) -> bool {
        self.words.iter().all(|&w| w == 0)
    }

    fn contains(&self, id: usize) -> bool {
        self.words[id / 64] & (1 << (id % 64)) != 0
    }

    /// The smallest id in the set at or after `from`.
    fn first_from(&self, from: usize) -> Option<usize> {
        let mut w = from / 64;
        let mut bits = *self.words.get(w)? & (!0u64 << (from % 64));
        loop {
            if bits != 0 {
                return Some(w * 64 + bits.trailing_zeros() as usize);
            }
            w += 1;
            bits = *self.words.get(w)?;
        }
    }
}

impl PatternsAt {
    #[cfg(test)]
    fn new(patterns: &[&str]) -> std::result::Result<PatternsAt, String> {
        let hirs = patterns
            .iter()
            .map(|p| syntax::parse_with(p, &syntax_config()).map_err(|e| e.to_string()))
            .collect::<std::result::Result<Vec<_>, _>>()?;
        PatternsAt::from_hirs(&hirs.iter().collect::<Vec<_>>())
    }

    fn from_hirs(patterns: &[&regex_syntax::hir::Hir]) -> std::result::Result<PatternsAt, String> {
        use regex_automata::nfa::thompson;
        let nfa = thompson::Compiler::new()
            .configure(
                thompson::Config::new()
                    .nfa_size_limit(Some(64 << 20))
                    .which_captures(thompson::WhichCaptures::Implicit),
            )
            .build_many_from_hir(patterns)
            .map_err(|e| e.to_string())?;
        let dfa = regex_automata::hybrid::dfa::DFA::builder()
            .configure(
                regex_automata::hybrid::dfa::Config::new()
                    .match_kind(regex_automata::MatchKind::All)
                    .unicode_word_boundary(true)
                    .cache_capacity(8 << 20),
            )
            .build_from_nfa(nfa.clone())
            .ok();
        let pikevm = thompson::pikevm::PikeVM::builder()
            .configure(thompson::pikevm::Config::new().match_kind(regex_automata::MatchKind::All))
            .build_from_nfa(nfa)
            .map_err(|e| e.to_string())?;
        Ok(PatternsAt { dfa, pikevm })
    }

    fn create_cache(&self) -> PatternsAtCache {
        PatternsAtCache {
            dfa: self.dfa.as_ref().map(|d| d.create_cache()),
            pikevm: None,
            found: None,
            ends: vec![(0, false); self.pikevm.get_nfa().pattern_len()],
        }
    }

    /// Leaves in `set` (cleared first) every pattern matching at `at`.
    fn which(
        &self,
        haystack: &[u8],
        at: usize,
        cache: &mut PatternsAtCache,
        set: &mut PatternBits,
    ) {
        set.clear();
        let input = Input::new(haystack).range(at..).anchored(Anchored::Yes);
        if let (Some(dfa), Some(dfa_cache)) = (&self.dfa, &mut cache.dfa) {
            if Self::walk(dfa, dfa_cache, &input, set, &mut cache.ends).is_ok() {
                return;
            }
            set.clear();
        }
        let pikevm_cache = cache
            .pikevm
            .get_or_insert_with(|| self.pikevm.create_cache());
        let found = cache
            .found
            .get_or_insert_with(|| PatternSet::new(self.pikevm.get_nfa().pattern_len()));
        found.clear();
        self.pikevm
            .which_overlapping_matches(pikevm_cache, &input, found);
        for id in found.iter() {
            set.insert(id.as_usize());
            // Where it ends is not known here.
            cache.ends[id.as_usize()] = (0, false);
        }
    }

    /// The DFA walk; an error (a quit byte) leaves the answer to the PikeVM.
    /// `ends` gets, per pattern found, where its first match ends and
    /// whether no other does.
    fn walk(
        dfa: &regex_automata::hybrid::dfa::DFA,
        cache: &mut regex_automata::hybrid::dfa::Cache,
        input: &Input<'_>,
        set: &mut PatternBits,
        ends: &mut [(usize, bool)],
    ) -> std::result::Result<(), ()> {
        let add = |cache: &regex_automata::hybrid::dfa::Cache,
                   sid: regex_automata::hybrid::LazyStateID,
                   end: usize,
                   set: &mut PatternBits,
                   ends: &mut [(usize, bool)]| {
            for i in 0..dfa.match_len(cache, sid) {
                let id = dfa.match_pattern(cache, sid, i).as_usize();
                if set.contains(id) {
                    ends[id].1 = false;
                } else {
                    set.insert(id);
                    ends[id] = (end, true);
                }
            }
        };
        let mut sid = dfa.start_state_forward(cache, input).map_err(drop)?;
        let start = input.start();
        for (i, &byte) in input.haystack()[start..input.end()].iter().enumerate() {
            sid = dfa.next_state(cache, sid, byte).map_err(drop)?;
            if sid.is_tagged() {
                // Matches are reported one byte late: a match state met on
                // this byte is a match ending before it.
                if sid.is_match() {
                    add(cache, sid, start + i, set, ends);
                } else if sid.is_dead() {
                    return Ok(());
                } else if sid.is_quit() {
                    return Err(());
                }
            }
        }
        // The end of the haystack has its own transition.
        sid = dfa.next_eoi_state(cache, sid).map_err(drop)?;
        if sid.is_match() {
            add(cache, sid, input.end(), set, ends);
        }
        Ok(())
    }
}

/// A rule's context words in one automaton (every occurrence, ASCII case
/// folded: lowercase words, searched in a lowercased window), each word
/// with whether it is positive and/or negative. Each
/// rule's own: a window then holds only the matches that count for its
/// candidate (a shared automaton of every rule's words stopped at two or
/// three other rules' words per window, and a longer word of another rule
/// could hide one of this rule's inside it).
#[derive(Debug)]
struct ContextSearch {
    /// The words, lowercase, in the automaton's pattern order.
    words: Vec<String>,
    /// The automaton over `words` and its unanchored start state, built on
    /// the first search: most rules have no candidate in a given scan, and
    /// building every rule's automaton up front was 75 M of the 266 M
    /// instructions of every start-up. `None`: the build failed, which
    /// only more states than an automaton can number make it do (no list a
    /// rule file can hold comes near); the rule then finds no context.
    automaton: std::sync::OnceLock<Option<ContextAutomaton>>,
    /// Per word: (positive, negative).
    kinds: Vec<(bool, bool)>,
}

/// Every occurrence (standard, overlapping semantics): a longer word that
/// is no whole word ("card number" in "card numbers") must not hide a
/// shorter one that is ("card").
#[derive(Debug)]
struct ContextAutomaton {
    dfa: aho_corasick::dfa::DFA,
    /// The unanchored start state, looked up once.
    start: aho_corasick::automaton::StateID,
}

impl ContextAutomaton {
    fn build(words: &[String]) -> Option<ContextAutomaton> {
        use aho_corasick::automaton::Automaton;
        // The words are lowercase (`intern`) and the windows are searched
        // lowercased (`ContextSearch::for_each`): the same matches as a
        // case-insensitive automaton, whose upper-case letters double the
        // byte classes every state is built over (14 M instructions of
        // every start-up).
        let dfa = aho_corasick::dfa::Builder::new()
            .ascii_case_insensitive(false)
            .match_kind(MatchKind::Standard)
            .start_kind(aho_corasick::StartKind::Unanchored)
            .prefilter(false)
            .build(words)
            .ok()?;
        let start = dfa.start_state(aho_corasick::Anchored::No).ok()?;
        Some(ContextAutomaton { dfa, start })
    }
}

impl ContextSearch {
    /// Calls `found(word, start, end)` for every occurrence of a context
    /// word in `window`. The DFA is walked here rather than through the
    /// overlapping iterator: windows are a few dozen bytes and there is one
    /// per candidate, so the iterator's per-search setup (input, state,
    /// prefilter checks) cost more than the walk itself.
    ///
    /// `LOWER`: the walk lowercases each byte (a short window of its own);
    /// without it, the window must be lowercased already (a slice of
    /// [`Lowered`]).
    fn for_each<const LOWER: bool>(
        &self,
        window: &[u8],
        mut found: impl FnMut(usize, usize, usize),
    ) {
        use aho_corasick::automaton::Automaton;
        use aho_corasick::Anchored as AcAnchored;
        let Some(automaton) = self
            .automaton
            .get_or_init(|| ContextAutomaton::build(&self.words))
        else {
            return;
        };
        let dfa = &automaton.dfa;
        let mut sid = automaton.start;
        for (at, &byte) in window.iter().enumerate() {
            let byte = if LOWER {
                byte.to_ascii_lowercase()
            } else {
                byte
            };
            sid = dfa.next_state(AcAnchored::No, sid, byte);
            if dfa.is_special(sid) {
                if dfa.is_dead(sid) {
                    return;
                }
                if dfa.is_match(sid) {
                    let end = at + 1;
                    for i in 0..dfa.match_len(sid) {
                        let word = dfa.match_pattern(sid, i);
                        found(word.as_usize(), end - dfa.pattern_len(word), end);
                    }
                }
            }
        }
    }
}

/// A rule's context automaton, shared by the rules with the same words.
type SharedContext = Option<Arc<ContextSearch>>;

/// Every rule's context automaton, built once per distinct word list: rules
/// of one type often share their words (the three name rules do), and the
/// automata are the larger part of every start-up's build.
fn context_searches(specs: &[RuleSpec]) -> Vec<SharedContext> {
    // Keyed by (positive words, negative words).
    let mut built: HashMap<(&[String], &[String]), SharedContext> = HashMap::new();
    specs
        .iter()
        .map(|spec| {
            let key = (spec.context.as_slice(), spec.negative_context.as_slice());
            if let Some(search) = built.get(&key) {
                return search.clone();
            }
            let search = rule_context_search(spec).map(Arc::new);
            built.insert(key, search.clone());
            search
        })
        .collect()
}

fn rule_context_search(spec: &RuleSpec) -> Option<ContextSearch> {
    // Per word, the kinds it was listed as (`true`: negative).
    // A word of several is also looked up with `_` between its parts, so
    // that keys in logs and JSON (`date_of_birth=`, `"patient_id":`) hold
    // the words they spell.
    let mut words: Vec<String> = Vec::new();
    let mut listed_as: Vec<Vec<bool>> = Vec::new();
    let listed = spec
        .context
        .iter()
        .map(|w| (w, false))
        .chain(spec.negative_context.iter().map(|w| (w, true)));
    for (word, negative) in listed {
        intern(&mut words, &mut listed_as, word, negative);
        if word.contains(' ') {
            intern(
                &mut words,
                &mut listed_as,
                &word.replace(' ', "_"),
                negative,
            );
        }
    }
    if words.is_empty() {
        return None;
    }
    let kinds = listed_as
        .iter()
        .map(|kinds| (kinds.contains(&false), kinds.contains(&true)))
        .collect();
    Some(ContextSearch {
        words,
        automaton: std::sync::OnceLock::new(),
        kinds,
    })
}

fn build_ac(words: &[String]) -> Result<Option<AhoCorasick>> {
    if words.is_empty() {
        return Ok(None);
    }
    // A full DFA: a few hundred short words make a small table, and its
    // search has no failure transitions to chase. Standard semantics and an
    // overlapping search: a keyword inside another ("nummer" in
    // "fallnummer") is reported too, as a rule's own search would find it.
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(words)
        .map(Some)
        .map_err(|e| Error::Config(format!("cannot build keyword automaton: {e}")))
}

/// The compiled rule set. Immutable and `Sync`: share it behind an `Arc`.
#[derive(Debug)]
pub struct Engine {
    /// Tells a [`Scratch`] whether its regex caches belong to this engine.
    id: u64,
    /// Per rule: runs without a keyword (the starting active set).
    always_active: Vec<bool>,
    /// The `requires_non_ascii` rules, run over the non-ASCII windows of a
    /// haystack (a list: a cell with an accent is not walked past every
    /// rule to find them).
    non_ascii_only: Vec<usize>,
    /// The `column_only` rules, run on a cell when its column names them.
    column_only: Vec<usize>,
    /// The `own_pass` rules, each run over a haystack holding one of its
    /// keywords, and the automaton of all their keywords that says whether
    /// any may run (one pass over a cell, most of which hold none).
    own_pass: Vec<usize>,
    own_pass_keywords: Option<AhoCorasick>,
    /// A byte of each `own_pass` keyword, the rarest in text at a guess (its
    /// first that is no letter: `%` of `%40`, `=` of a `key=`; else its
    /// first, in either case): a haystack without any (nearly every table
    /// cell) is not searched for the keywords.
    own_pass_bytes: Vec<u8>,
    /// The rules that run only in a document format (`only_in`), by
    /// format: run over a haystack holding it. (At most sixteen formats:
    /// `collect` keeps a bit for each.)
    format_only: Vec<(DocumentFormat, Vec<usize>)>,
    rules: Vec<CompiledRule>,
    /// Every rule's pattern in one automaton: the candidate finder.
    combined: meta::Regex,
    /// The same, reporting every pattern that matches (anchored) at a start.
    combined_all: PatternsAt,
    /// Every rule's keywords of two bytes or more in one automaton: for a
    /// short haystack (a table cell), one pass settles every rule at once,
    /// cheaper than starting one search per rule.
    keywords: Option<AhoCorasick>,
    keyword_owner: Vec<Vec<usize>>,
    /// Per byte value: some keyword of two bytes or more starts with it
    /// (either case). A cell without any such byte (digits and separators:
    /// an SSN, a card, a phone) holds no keyword, and the keyword pass is
    /// skipped.
    keyword_start: Box<[bool; 256]>,
    byte_keywords: Vec<(u8, Vec<usize>)>,
    /// Per byte value: bit `i` set when it is `byte_keywords[i]` (the
    /// first 64 of them).
    byte_keyword_bit: Box<[u64; 256]>,
    min_confidence: f32,
    overlap: usize,
    version: String,
    /// Caches handed back by dropped scratches (a finished scan's worker
    /// threads), for the next scratch to start warm. Bounded by
    /// [`MAX_SPARE_CACHES`].
    spares: Arc<SpareCaches>,
}

/// Boxed entries: a set moves between a scratch and this list as a pointer.
#[allow(clippy::vec_box)]
type SpareCaches = Mutex<Vec<Box<Caches>>>;

/// Spare cache sets an engine keeps (more than any thread pool it serves).
const MAX_SPARE_CACHES: usize = 64;

static NEXT_ENGINE_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Per-thread scratch space, reused between haystacks to avoid allocation.
///
/// It also holds this thread's regex caches: the lazy DFAs keep the states
/// they built from one haystack to the next, and no search has to borrow a
/// cache from the regex's shared pool (a lock per search on every thread but
/// one). A scratch used with another engine rebuilds its caches.
#[derive(Debug, Default)]
pub struct Scratch {
    active: Vec<bool>,
    /// Per rule: its keyword search has run on the current haystack.
    keywords_checked: Vec<bool>,
    /// The current haystack with ASCII letters lowercased, for keyword and
    /// context searches; made on the first one.
    lowered: Lowered,
    candidates: Vec<Candidate>,
    /// Boxed: the caches are kilobytes, and are taken out and put back
    /// on every call.
    caches: Option<Box<Caches>>,
    /// Buffer for the candidate's normalized value.
    normalized: String,
    /// The current haystack's layout: the table block of the last header
    /// lookup, and whether it holds HL7 messages.
    headers: crate::text_table::HeaderMemo,
    /// A ZPL haystack with its commands blanked (see `crate::zpl`).
    zpl_text: Vec<u8>,
    /// The names reported in the current file or table (see
    /// [`crate::rules::RuleSpec::remembered_names`]).
    names: validators::NameMemory,
    /// The values reported in the current file or table (see
    /// [`crate::rules::RuleSpec::remembered_values`]).
    values: ValueMemory,
}

/// A haystack with its ASCII letters lowercased, made once per haystack
/// when a search first needs it (`forget` when the haystack changes).
#[derive(Debug, Default)]
struct Lowered {
    bytes: Vec<u8>,
    ready: bool,
}

impl Lowered {
    fn forget(&mut self) {
        self.ready = false;
    }

    /// `haystack` lowercased: the copy made for it since the last
    /// [`Lowered::forget`], or a new one.
    fn of(&mut self, haystack: &[u8]) -> &[u8] {
        if !self.ready {
            self.bytes.clear();
            self.bytes.extend_from_slice(haystack);
            // Branch-free, so that it compiles to vector code.
            for b in &mut self.bytes {
                *b |= u8::from(b.wrapping_sub(b'A') < 26) << 5;
            }
            self.ready = true;
        }
        &self.bytes
    }

    /// The lowercased haystack, if a search has made it.
    fn get(&self) -> Option<&[u8]> {
        self.ready.then_some(self.bytes.as_slice())
    }
}

thread_local! {
    static THREAD_SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

impl Scratch {
    /// This thread's kept scratch, so that chunks and files scanned one after
    /// another on a worker reuse warm caches instead of building new ones.
    /// Hand it back with [`Scratch::give_back`]; until then (or if it is
    /// dropped) the thread's next taker starts cold, which is only slower.
    pub fn for_this_thread() -> Scratch {
        // `try_with`: during thread teardown the slot is gone; a fresh
        // scratch (which draws on the engine's spares) serves as well.
        THREAD_SCRATCH
            .try_with(|kept| kept.try_borrow_mut().map(|mut k| std::mem::take(&mut *k)))
            .ok()
            .and_then(Result::ok)
            .unwrap_or_default()
    }

    /// Forgets the names and values reported so far (see
    /// [`crate::rules::RuleSpec::remembered_names`] and
    /// [`crate::rules::RuleSpec::remembered_values`]): a new document
    /// begins.
    pub fn forget_document(&mut self) {
        self.names.clear();
        self.values.clear();
    }

    /// The former name of [`Scratch::forget_document`] (from before values
    /// were remembered too).
    #[deprecated(note = "use `forget_document`, which forgets values too")]
    pub fn forget_names(&mut self) {
        self.forget_document();
    }

    /// This thread's kept scratch ([`Scratch::for_this_thread`]) for a new
    /// document: the names and values the last one reported forgotten.
    pub fn for_new_document() -> Scratch {
        let mut scratch = Scratch::for_this_thread();
        scratch.forget_document();
        scratch
    }

    /// Keeps this scratch for the thread's next [`Scratch::for_this_thread`]
    /// (or, during thread teardown, drops it: its caches go back to their
    /// engine).
    pub fn give_back(self) {
        let mut this = Some(self);
        let _ = THREAD_SCRATCH.try_with(|kept| {
            if let Ok(mut k) = kept.try_borrow_mut() {
                *k = this.take().expect("given back once");
            }
        });
    }
}

struct Caches {
    engine: u64,
    /// The engine's spare list, which this set returns to when its scratch
    /// is dropped (weak: spares must not keep their own list alive).
    home: Weak<SpareCaches>,
    combined: meta::Cache,
    combined_all: PatternsAtCache,
    /// Per rule, made on the rule's first search in this thread.
    rules: Vec<Option<RuleCache>>,
    set: PatternBits,
}

/// One thread's search state for one rule's own regex.
struct RuleCache {
    cache: meta::Cache,
    captures: regex_automata::util::captures::Captures,
}

impl Caches {
    /// Rule `idx`'s regex and this thread's cache and captures for it.
    fn rule<'e>(
        &mut self,
        engine: &'e Engine,
        idx: usize,
    ) -> (
        &'e meta::Regex,
        &mut meta::Cache,
        &mut regex_automata::util::captures::Captures,
    ) {
        let regex = engine.rules[idx].regex();
        let RuleCache { cache, captures } = self.rules[idx].get_or_insert_with(|| RuleCache {
            cache: regex.create_cache(),
            captures: regex.create_captures(),
        });
        (regex, cache, captures)
    }
}

impl std::fmt::Debug for Caches {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Caches")
            .field("engine", &self.engine)
            .finish_non_exhaustive()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if let Some(caches) = self.caches.take() {
            caches.go_home();
        }
    }
}

impl Caches {
    /// Back to the spare list of the engine that made this set, if it is
    /// still alive and has room.
    fn go_home(self: Box<Caches>) {
        if let Some(home) = self.home.upgrade() {
            if let Ok(mut spares) = home.lock() {
                if spares.len() < MAX_SPARE_CACHES {
                    spares.push(self);
                }
            }
        }
    }

    /// A spare set of `engine`'s, else a new one.
    fn for_engine(engine: &Engine) -> Box<Caches> {
        let spare = engine.spares.lock().ok().and_then(|mut s| s.pop());
        spare.unwrap_or_else(|| Box::new(Caches::new(engine)))
    }

    fn new(engine: &Engine) -> Caches {
        Caches {
            engine: engine.id,
            home: Arc::downgrade(&engine.spares),
            combined: engine.combined.create_cache(),
            combined_all: engine.combined_all.create_cache(),
            rules: engine.rules.iter().map(|_| None).collect(),
            set: PatternBits::new(engine.rules.len()),
        }
    }
}

impl Engine {
    /// The built-in rules with default settings.
    pub fn builtin() -> Result<Engine> {
        EngineBuilder::new(RuleSet::builtin()?).build()
    }

    /// All compiled rules, indexed by [`Candidate::rule`].
    pub fn rules(&self) -> &[CompiledRule] {
        &self.rules
    }

    /// One compiled rule.
    pub fn rule(&self, idx: usize) -> &CompiledRule {
        &self.rules[idx]
    }

    /// The reporting threshold.
    pub fn min_confidence(&self) -> f32 {
        self.min_confidence
    }

    /// Bytes by which consecutive chunks of one stream must overlap.
    pub fn overlap(&self) -> usize {
        self.overlap
    }

    /// The rule-set version, for scan summaries.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Convenience: every reported candidate in a whole haystack.
    pub fn find_all(&self, haystack: &[u8]) -> Vec<Candidate> {
        let mut out = Vec::new();
        self.scan(
            haystack,
            0..haystack.len(),
            &mut Scratch::default(),
            &mut out,
        );
        out
    }

    /// Scans `haystack`, appending to `out` the reported candidates whose
    /// start lies in `report` (so that overlapping chunks report each match
    /// exactly once), sorted by start. Bytes outside `report` still serve as
    /// context.
    ///
    /// Names and values reported here are remembered in `scratch` until
    /// [`Scratch::forget_document`] (call it when a new document begins): a
    /// later haystack of the same document may call the person by one of
    /// the names, or repeat a value bare (see
    /// [`crate::rules::RuleSpec::remembered_names`] and
    /// [`crate::rules::RuleSpec::remembered_values`]).
    pub fn scan(
        &self,
        haystack: &[u8],
        report: Range<usize>,
        scratch: &mut Scratch,
        out: &mut Vec<Candidate>,
    ) {
        // A label program is read as the text it prints (see `crate::zpl`):
        // the copy keeps every offset.
        if crate::zpl::is_zpl(haystack) {
            let mut plain = std::mem::take(&mut scratch.zpl_text);
            crate::zpl::blank_commands(haystack, &mut plain);
            self.collect(&plain, report, None, scratch);
            scratch.zpl_text = plain;
        } else {
            self.collect(haystack, report, None, scratch);
        }
        resolve_overlaps(&mut scratch.candidates, &self.rules);
        out.extend_from_slice(&scratch.candidates);
    }

    /// Whether a column name with context `ctx` names a rule that runs only
    /// under such names (`last_name` for a surname alone).
    pub fn names_column_only_rule(&self, ctx: &ExternalContext) -> bool {
        self.column_only.iter().any(|&idx| ctx.boosts(idx))
    }

    /// The context a column name gives (for table cells).
    pub fn column_context(&self, column: &str) -> ExternalContext {
        let column = &without_containers(column);
        // A nested field is read as English compounds it: `name.family`
        // (FHIR's HumanName) is a family name, `name[].given[]` a given name.
        let name = ColumnName {
            norm: normalize_column(column),
            compound: nested_compound(column),
        };
        let mut ctx = self.context_of_name(&name);
        // A numbered column of a series (`dx1`, `phone2`, `address_line1`)
        // holds what its name says without the number.
        if let Some(stem) = without_counter(&name.norm) {
            let plain = self.context_of_name(&ColumnName {
                norm: stem.to_string(),
                compound: None,
            });
            for (mine, theirs) in [
                (&mut ctx.boosted, &plain.boosted),
                (&mut ctx.negative, &plain.negative),
                (&mut ctx.active, &plain.active),
            ] {
                for (m, t) in mine.iter_mut().zip(theirs) {
                    *m |= *t;
                }
            }
        }
        ctx
    }

    fn context_of_name(&self, name: &ColumnName) -> ExternalContext {
        let norm = &name.norm;
        let tokens: Vec<&str> = norm.split('_').filter(|t| !t.is_empty()).collect();
        let mut ctx = ExternalContext {
            boosted: vec![false; self.rules.len()],
            negative: vec![false; self.rules.len()],
            active: self.always_active.clone(),
        };
        for (idx, rule) in self.rules.iter().enumerate() {
            let words = &rule.column_words;
            let by_name = name.is_one_of(&words.names);
            let by_context_word = words
                .context
                .iter()
                .any(|w| !w.is_empty() && (tokens.contains(&w.as_str()) || norm == w));
            // `product_name` ends in a name column's word, but names a thing.
            let other_thing = name.is_one_of(&words.other_things);
            ctx.boosted[idx] = (by_name || by_context_word) && !other_thing;
            ctx.active[idx] |= ctx.boosted[idx];
            ctx.negative[idx] =
                other_thing || words.negative.iter().any(|w| tokens.contains(&w.as_str()));
        }
        ctx
    }

    /// Scans one value (a table cell) with the column's context standing in
    /// for surrounding text. Reported candidates are appended to `out`.
    pub fn scan_value(
        &self,
        value: &[u8],
        column: &ExternalContext,
        scratch: &mut Scratch,
        out: &mut Vec<Candidate>,
    ) {
        self.collect(value, 0..value.len(), Some(column), scratch);
        resolve_overlaps(&mut scratch.candidates, &self.rules);
        out.extend_from_slice(&scratch.candidates);
    }

    /// Whether [`Engine::confirm_whole_value`] can stand in for a full scan
    /// with rule `rule` in a column with context `column`: the rule's match
    /// is the value itself (no capture group picks a part of it) and the
    /// rule runs without a keyword in the cell (it has none, or the column
    /// name stands in for it).
    pub fn confirmable(&self, rule: usize, column: &ExternalContext) -> bool {
        self.rules.get(rule).is_some_and(|r| {
            matches!(r.value_at, ValueAt::Whole)
                && !r.spec.requires_non_ascii
                && (!r.has_keywords || column.boosts(rule))
        })
    }

    /// The candidate rule `rule` reports for the whole of `value` (its
    /// pattern, anchored, matches exactly `value`, and validator and
    /// confidence pass as in a full scan), or `None`. For columns whose
    /// values have all been one type so far: one anchored search instead of
    /// the whole rule set. Only meaningful where [`Engine::confirmable`].
    pub fn confirm_whole_value(
        &self,
        rule: usize,
        value: &[u8],
        column: &ExternalContext,
        scratch: &mut Scratch,
    ) -> Option<Candidate> {
        if !self.confirmable(rule, column) || value.is_empty() {
            return None;
        }
        self.ensure_caches(scratch);
        let caches = scratch.caches.as_mut().expect("caches were just made");
        let (regex, cache, _) = caches.rule(self, rule);
        let m = regex.search_with(cache, &Input::new(value).anchored(Anchored::Yes))?;
        if m.end() != value.len() {
            return None;
        }
        scratch.candidates.clear();
        scratch.lowered.forget();
        let _settled = self.consider(
            value,
            &(0..value.len()),
            Some(column),
            rule,
            0,
            value.len(),
            scratch,
        );
        scratch.candidates.pop()
    }

    /// Every candidate of one rule at or above the threshold, before overlap
    /// resolution (used to check rule examples).
    pub fn scan_rule_unresolved(&self, haystack: &[u8], rule: usize) -> Vec<Candidate> {
        let mut scratch = Scratch::default();
        self.collect(haystack, 0..haystack.len(), None, &mut scratch);
        scratch.candidates.retain(|c| c.rule == rule);
        std::mem::take(&mut scratch.candidates)
    }

    fn collect(
        &self,
        haystack: &[u8],
        report: Range<usize>,
        external: Option<&ExternalContext>,
        scratch: &mut Scratch,
    ) {
        scratch.candidates.clear();
        scratch.headers.reset();
        // Text only: a table cell is one field already named by its column.
        scratch.headers.hl7 = external.is_none() && crate::hl7::is_hl7(haystack);
        if external.is_some() {
            scratch.headers.no_loose_rows();
        }
        self.ensure_caches(scratch);
        // Most table cells and many short haystacks hold no candidate at
        // all: one search of the combined automaton settles that before any
        // prefilter work. A short haystack (a cell) is first asked which
        // patterns match at its very start: most cells that hold a value
        // start with it, and a match at 0 is the leftmost there is, so the
        // unanchored search (a forward and a reverse pass) is not needed.
        let first = {
            let caches = scratch.caches.as_mut().expect("caches were just made");
            let mut first = None;
            if haystack.len() <= SHORT_HAYSTACK {
                self.patterns_at(haystack, 0, caches);
                if !caches.set.is_empty() {
                    first = Some(Leftmost::SetAt(0));
                }
            }
            first.or_else(|| {
                self.combined
                    .search_with(&mut caches.combined, &Input::new(haystack))
                    .map(Leftmost::Match)
            })
        };
        let non_ascii_possible = !self.non_ascii_only.is_empty() && !haystack.is_ascii();
        let column_only_here = external.is_some_and(|ext| self.names_column_only_rule(ext));
        let hl7 = scratch.headers.hl7;
        scratch.headers.dicom =
            external.is_none() && crate::formats::holds(DocumentFormat::Dicom, haystack);
        let dicom = scratch.headers.dicom;
        // Bit `i`: the format of `format_only[i]` is here, and its rules run
        // (text only: a table cell is no message, interchange or record).
        let mut formats_here = 0u16;
        if external.is_none() {
            for (i, (format, _)) in self.format_only.iter().enumerate() {
                let here = match format {
                    DocumentFormat::Hl7 => hl7,
                    DocumentFormat::Dicom => dicom,
                    _ => crate::formats::holds(*format, haystack),
                };
                formats_here |= u16::from(here) << i;
            }
        }
        // On a long haystack the automaton would read megabytes to answer
        // what `switch_on`'s substring searches over the lowercased copy
        // (made for the other rules' keywords anyway) answer faster, rule
        // by rule, below.
        let own_pass_possible = self.own_pass_keywords.as_ref().is_some_and(|ac| {
            let byte_present = match *self.own_pass_bytes {
                // One vector pass for up to three bytes (a table cell is
                // short: the call, not the reading, is the cost).
                [a] => memchr::memchr(a, haystack).is_some(),
                [a, b] => memchr::memchr2(a, b, haystack).is_some(),
                [a, b, c] => memchr::memchr3(a, b, c, haystack).is_some(),
                ref bytes => bytes.iter().any(|&b| memchr::memchr(b, haystack).is_some()),
            };
            byte_present && (haystack.len() > SHORT_HAYSTACK || ac.is_match(haystack))
        });
        if first.is_none()
            && !non_ascii_possible
            && !column_only_here
            && !hl7
            && formats_here == 0
            && !own_pass_possible
        {
            return;
        }
        scratch.active.clear();
        // A column context carries its starting set (see `column_context`);
        // without one, or with a default one, the keyword-free rules start.
        match external {
            Some(ext) if ext.active.len() == self.rules.len() => {
                scratch.active.extend_from_slice(&ext.active);
            }
            _ => scratch.active.extend_from_slice(&self.always_active),
        }
        // An HL7 message names its fields by position, not by the words
        // keywords look for (`PID-19` holds an SSN without saying "SSN"):
        // every rule runs, and its context comes from the field's label.
        if hl7 {
            scratch.active.fill(true);
        }
        // Single-byte keywords ('@', '.') would make a literal search stop
        // every few bytes: one memchr each answers "present?" instead, or,
        // on a short haystack, one pass noting every keyword byte at once.
        let short_presence = (haystack.len() <= SHORT_HAYSTACK && self.byte_keywords.len() <= 64)
            .then(|| {
                haystack.iter().fold(0u64, |bits, &b| {
                    bits | self.byte_keyword_bit[usize::from(b)]
                })
            });
        for (i, (byte, owners)) in self.byte_keywords.iter().enumerate() {
            if owners.iter().any(|&r| !scratch.active[r])
                && match short_presence {
                    Some(bits) => bits & (1 << i) != 0,
                    None => memchr::memchr(*byte, haystack).is_some(),
                }
            {
                for &r in owners {
                    scratch.active[r] = true;
                }
            }
        }
        // A rule still off is looked up by its other keywords only once it
        // has a candidate: most haystacks (table cells above all) never need
        // the search, and a rule whose keyword is common stops at its first
        // hit. `keywords_checked` keeps each rule to one search per haystack.
        scratch.keywords_checked.clear();
        scratch.keywords_checked.resize(self.rules.len(), false);
        scratch.lowered.forget();
        // The passes of rules kept out of the shared automata come first;
        // each takes the caches from `scratch` and puts them back.
        if non_ascii_possible {
            let windows = non_ascii_windows(haystack, MAX_NON_ASCII_SPAN);
            if !windows.is_empty() {
                for &idx in &self.non_ascii_only {
                    if !self.switch_on(haystack, idx, scratch) {
                        continue;
                    }
                    for w in &windows {
                        self.standalone_pass(haystack, w.clone(), &report, external, idx, scratch);
                    }
                }
            }
        }
        // A column-only rule searches the whole cell on its own, under the
        // column that names it.
        if column_only_here {
            for &idx in &self.column_only {
                if external.is_some_and(|ext| ext.boosts(idx)) {
                    let cell = 0..haystack.len();
                    self.standalone_pass(haystack, cell, &report, external, idx, scratch);
                }
            }
        }
        // A rule of its own pass searches the whole haystack holding one of
        // its keywords.
        if own_pass_possible {
            for &idx in &self.own_pass {
                if self.switch_on(haystack, idx, scratch) {
                    let whole = 0..haystack.len();
                    self.standalone_pass(haystack, whole, &report, external, idx, scratch);
                }
            }
        }
        // A format's rules search the whole haystack holding it (no loop
        // at all for a table cell: a million of them hold none).
        let formats = self.format_only.iter().enumerate();
        for (i, (_, only_here)) in formats.take_while(|_| formats_here != 0) {
            if formats_here & (1 << i) != 0 {
                for &idx in only_here {
                    self.standalone_pass(
                        haystack,
                        0..haystack.len(),
                        &report,
                        external,
                        idx,
                        scratch,
                    );
                }
            }
        }
        let mut caches = scratch.caches.take().expect("caches were just made");
        // One pass of the combined automaton finds the leftmost position
        // where any rule matches; every rule matching at that position is
        // then confirmed with an anchored search of its own pattern. If none
        // is reported there, the search resumes one byte later, so a rejected
        // candidate never hides one that starts inside it ("Customer Michael
        // Robertson": the name starts at "Michael").
        let mut pos = 0;
        let mut found = first;
        while pos < haystack.len() {
            let (s, winner) = match found.take() {
                Some(Leftmost::Match(m)) => (m.start(), Some(m)),
                Some(Leftmost::SetAt(s)) => (s, None),
                None => match self
                    .combined
                    .search_with(&mut caches.combined, &Input::new(haystack).range(pos..))
                {
                    Some(m) => (m.start(), Some(m)),
                    None => break,
                },
            };
            if s >= report.end {
                break;
            }
            // (A `SetAt` start comes with its set already computed.)
            if winner.is_some() {
                self.patterns_at(haystack, s, &mut caches);
            }
            let mut next = s + 1;
            let mut any_reported = false;
            let mut next_pattern = caches.set.first_from(0);
            while let Some(idx) = next_pattern {
                next_pattern = caches.set.first_from(idx + 1);
                let pid = regex_automata::PatternID::new_unchecked(idx);
                if !self.switch_on(haystack, idx, scratch) {
                    continue;
                }
                let rule = &self.rules[idx];
                let input = Input::new(haystack).range(s..).anchored(Anchored::Yes);
                let span = match &rule.value_at {
                    ValueAt::Group(group) => {
                        let (regex, cache, caps) = caches.rule(self, idx);
                        regex.search_captures_with(cache, &input, caps);
                        caps.get_group(0)
                            .map(|whole| (whole, caps.get_group(*group)))
                    }
                    value_at => {
                        let whole = match winner {
                            // The combined search's own match is this
                            // rule's: the patterns are tried in order at the
                            // leftmost start, so the winner's span is what
                            // its anchored search would give.
                            // (Its patterns are widened to any non-ASCII
                            // byte: only an all-ASCII match is surely the
                            // rule's own.)
                            Some(m) if m.pattern() == pid && haystack[m.range()].is_ascii() => {
                                Some(m.span())
                            }
                            // A single match from here is the one its
                            // anchored search would find.
                            _ => caches
                                .combined_all
                                .only_end(idx)
                                .map(|end| regex_automata::Span { start: s, end })
                                .or_else(|| {
                                    let (regex, cache, _) = caches.rule(self, idx);
                                    regex.search_with(cache, &input).map(|m| m.span())
                                }),
                        };
                        whole.map(|whole| (whole, Some(value_at.value_in(haystack, whole))))
                    }
                };
                let Some((whole, Some(mut value))) = span else {
                    continue;
                };
                if rule.spec.iban_before
                    && !names_country_of_iban(
                        &haystack[whole.start..value.start],
                        &haystack[value.range()],
                    )
                {
                    continue;
                }
                let mut settled = self.consider(
                    haystack,
                    &report,
                    external,
                    idx,
                    value.start,
                    value.end,
                    scratch,
                );
                // The longest match failed: a rule may ask for its shortest
                // one at the same start too (`Mr. Okonkwo Thank you`, where
                // an optional given name took the surname); the lazy-DFA
                // walk that found the rule saw where it ends.
                if !settled && rule.retries_shortest() {
                    let shortest = caches.combined_all.shortest_end(idx);
                    if let Some(short_value) = self.consider_shortest(
                        haystack, &report, external, idx, whole, shortest, scratch,
                    ) {
                        (settled, value) = (true, short_value);
                    }
                }
                if !settled && rule.spec.retry_shorter_groups {
                    if let Some(short_value) = self
                        .consider_shorter_groups(haystack, &report, external, idx, value, scratch)
                    {
                        (settled, value) = (true, short_value);
                    }
                }
                if settled || !report.contains(&value.start) {
                    any_reported = true;
                    // Past the value, not past what the pattern read after
                    // it: a display name's mailbox (`Jane Roe <jane@x.org>`)
                    // holds a value of its own.
                    next = next.max(value.end);
                }
            }
            if !any_reported {
                next = s + 1;
            }
            pos = next.max(s + 1);
        }
        scratch.caches = Some(caches);
    }

    /// Leaves in `caches.set` every pattern that matches at `at`.
    fn patterns_at(&self, haystack: &[u8], at: usize, caches: &mut Caches) {
        self.combined_all
            .which(haystack, at, &mut caches.combined_all, &mut caches.set);
    }

    /// Gives `scratch` caches of this engine (a spare when there is one),
    /// sending caches of another engine home first.
    fn ensure_caches(&self, scratch: &mut Scratch) {
        if scratch.caches.as_ref().is_some_and(|c| c.engine == self.id) {
            return;
        }
        if let Some(old) = scratch.caches.take() {
            old.go_home();
        }
        scratch.caches = Some(Caches::for_engine(self));
    }

    /// Whether rule `idx` runs on `haystack`: it is on already, or it has
    /// keywords of two bytes or more and one occurs in `haystack` (searched
    /// once per haystack, on the rule's first candidate).
    fn switch_on(&self, haystack: &[u8], idx: usize, scratch: &mut Scratch) -> bool {
        if scratch.active[idx] {
            return true;
        }
        if scratch.keywords_checked[idx] {
            return false;
        }
        if haystack.len() <= SHORT_HAYSTACK {
            self.switch_on_all(haystack, scratch);
            return scratch.active[idx];
        }
        scratch.keywords_checked[idx] = true;
        let finders = &self.rules[idx].keyword_finders;
        if finders.is_empty() {
            return false;
        }
        // A long haystack is megabytes of text, and a rule whose keywords
        // are absent reads all of it. A case-insensitive automaton reads
        // about 0.5 GB/s (no SIMD prefilter survives case folding); the
        // haystack lowercased once (shared by every rule's search) lets
        // each keyword be a SIMD substring search, several GB/s each.
        let lowered = scratch.lowered.of(haystack);
        let found = finders.iter().any(|f| f.find(lowered).is_some());
        scratch.active[idx] = found;
        found
    }

    /// Settles every keyword-gated rule on a short haystack with one pass
    /// of the shared keyword automaton.
    fn switch_on_all(&self, haystack: &[u8], scratch: &mut Scratch) {
        scratch.keywords_checked.fill(true);
        let Some(ac) = &self.keywords else {
            return;
        };
        if !haystack.iter().any(|&b| self.keyword_start[usize::from(b)]) {
            return;
        }
        for m in ac.find_overlapping_iter(haystack) {
            for &r in &self.keyword_owner[m.pattern().as_usize()] {
                scratch.active[r] = true;
            }
        }
    }

    /// A rule kept out of the combined automaton runs here on its own;
    /// a rejected candidate resumes one byte later, as in the shared pass.
    fn standalone_pass(
        &self,
        haystack: &[u8],
        window: Range<usize>,
        report: &Range<usize>,
        external: Option<&ExternalContext>,
        idx: usize,
        scratch: &mut Scratch,
    ) {
        let rule = &self.rules[idx];
        let mut caches = scratch.caches.take().expect("collect made the caches");
        let mut pos = window.start;
        while pos < window.end {
            // Find the match with the DFA first; resolve the capture group
            // only on that span (captures cost far more than a match).
            let (regex, cache, caps) = caches.rule(self, idx);
            let Some(m) = regex.search_with(cache, &Input::new(haystack).range(pos..window.end))
            else {
                break;
            };
            let whole = m.span();
            if whole.start >= report.end {
                break;
            }
            let value = match &rule.value_at {
                ValueAt::Group(g) => {
                    regex.search_captures_with(
                        cache,
                        &Input::new(haystack)
                            .range(whole.start..whole.end)
                            .anchored(Anchored::Yes),
                        caps,
                    );
                    caps.get_group(*g).unwrap_or(whole)
                }
                value_at => value_at.value_in(haystack, whole),
            };
            let mut settled = self.consider(
                haystack,
                report,
                external,
                idx,
                value.start,
                value.end,
                scratch,
            );
            // Past the value, as in the shared pass: an HL7 name's pattern
            // reads the delimiter after it, which may open the next name of
            // a repeated field (`Appiah^Kwame~Boateng^Yaw`).
            let mut end = value.end;
            // As in the shared pass; here the shortest match ends where an
            // anchored search that stops at its first match ends.
            if !settled && rule.retries_shortest() {
                let (regex, cache, _) = caches.rule(self, idx);
                let shortest = regex
                    .search_with(
                        cache,
                        &Input::new(haystack)
                            .range(whole.start..whole.end)
                            .anchored(Anchored::Yes)
                            .earliest(true),
                    )
                    .map(|m| m.end());
                if let Some(short_value) = self
                    .consider_shortest(haystack, report, external, idx, whole, shortest, scratch)
                {
                    settled = true;
                    end = short_value.end;
                }
            }
            if !settled && rule.spec.retry_shorter_groups {
                if let Some(short_value) =
                    self.consider_shorter_groups(haystack, report, external, idx, value, scratch)
                {
                    settled = true;
                    end = short_value.end;
                }
            }
            pos = if settled {
                end.max(whole.start + 1)
            } else {
                whole.start + 1
            };
        }
        scratch.caches = Some(caches);
    }

    /// `retry_shortest`: rule `idx`'s match `whole` did not settle; its
    /// shorter match at the same start, ending at `end` (when that falls
    /// inside `whole`), is considered instead. Returns its value when it
    /// settles.
    #[allow(clippy::too_many_arguments)]
    fn consider_shortest(
        &self,
        haystack: &[u8],
        report: &Range<usize>,
        external: Option<&ExternalContext>,
        idx: usize,
        whole: regex_automata::Span,
        end: Option<usize>,
        scratch: &mut Scratch,
    ) -> Option<regex_automata::Span> {
        let end = end.filter(|&end| end > whole.start && end < whole.end)?;
        let short = regex_automata::Span {
            start: whole.start,
            end,
        };
        let value = self.rules[idx].value_at.value_in(haystack, short);
        self.consider(
            haystack,
            report,
            external,
            idx,
            value.start,
            value.end,
            scratch,
        )
        .then_some(value)
    }

    /// `retry_shorter_groups`: rule `idx`'s value did not settle; the value
    /// without its last space-separated group, then without the two last,
    /// and so on (at most [`MAX_SHORTER_GROUPS`] times, and only while the
    /// groups taken off hold a letter), is considered instead. Returns the
    /// first that settles.
    fn consider_shorter_groups(
        &self,
        haystack: &[u8],
        report: &Range<usize>,
        external: Option<&ExternalContext>,
        idx: usize,
        value: regex_automata::Span,
        scratch: &mut Scratch,
    ) -> Option<regex_automata::Span> {
        let spaces = memchr::memrchr_iter(b' ', &haystack[value.range()]).map(|p| value.start + p);
        let mut cut_from = value.end;
        for end in spaces.take(MAX_SHORTER_GROUPS) {
            // Only a group holding a letter is a word the pattern took in
            // (`TYTULEM`); a value of digits that fails its check fails
            // shorter too, and is not tried again and again.
            if !haystack[end..cut_from].iter().any(u8::is_ascii_alphabetic) {
                break;
            }
            cut_from = end;
            let end = value.start + haystack[value.start..end].trim_ascii_end().len();
            if end > value.start
                && self.consider(haystack, report, external, idx, value.start, end, scratch)
            {
                return Some(regex_automata::Span {
                    start: value.start,
                    end,
                });
            }
        }
        None
    }

    /// Scores the value at `start..end` as rule `idx`'s and pushes it onto
    /// `scratch.candidates` when it reaches the threshold. Returns whether
    /// the value settles its span: it was pushed, or it is a well-formed
    /// value known as a test value or allow-listed, whose inside holds no
    /// other value either (`2001:db8::1` is documentation, and so is the
    /// `db8::1` the pattern also matches inside it). A value that could not
    /// reach the threshold even with context is dropped before the test-value
    /// lookup, and does not settle its span.
    #[allow(clippy::too_many_arguments)]
    fn consider(
        &self,
        haystack: &[u8],
        report: &Range<usize>,
        external: Option<&ExternalContext>,
        idx: usize,
        start: usize,
        end: usize,
        scratch: &mut Scratch,
    ) -> bool {
        if !report.contains(&start) || start == end {
            return false;
        }
        let rule = &self.rules[idx];
        // Patterns run on bytes, where `\b` sees a boundary between `r` and
        // `ü`: a value that stops inside an accented word takes the rest of
        // the word (`Dr. Kr` of `Dr. Krüger`), and its validator judges the
        // whole; one that starts inside such a word is none.
        let end = end + accented_word_rest(haystack, start, end);
        if is_fragment(haystack, start, end)
            || starts_inside_an_accented_word(haystack, start)
            || match rule.kind {
                validators::Kind::Email => {
                    is_inner_address(haystack, start)
                        || is_remote_path(haystack, end)
                        || is_message_id(haystack, start)
                }
                // An address range's second address (`10.0.0.1-10.0.0.254`)
                // is an address.
                validators::Kind::Ip => {
                    is_product_version(haystack, start, end)
                        || is_in_a_colon_hex_run(haystack, start, end)
                }
                _ => is_id_tail(haystack, start),
            }
        {
            return false;
        }
        // Patterns run in ASCII mode on bytes; a match is only ever ASCII text
        // unless the rule asked for Unicode, so lossy conversion is exact here.
        let text = text_of(&haystack[start..end]);
        let mut confidence = rule.spec.confidence;
        // Whether a mailbox further on the line spells the name (looked up
        // once, where it is first needed).
        let mut spelled_by_mailbox = None;
        if let Some(validate) = rule.validator {
            match validate(&text) {
                Some(adjust) => confidence += adjust,
                None if rule.spec.mailbox_agreement
                    && validators::name_spells_mailbox(
                        &text,
                        mailbox_local_after(haystack, end),
                    ) => {}
                // Its mailbox further on the line spells it (see below).
                None if rule.kind == validators::Kind::Name
                    && *spelled_by_mailbox.insert(spelling_mailbox_after(haystack, end, &text)) => {
                }
                // The document named this person in full before.
                None if rule.spec.remembered_names && scratch.names.knows(&text) => {}
                None => return false,
            }
        }
        let column_positive = external.is_some_and(|e| e.boosts(idx));
        let column_negative =
            external.is_some_and(|e| e.negative.get(idx).copied().unwrap_or(false));
        // Nothing can lift this candidate to the threshold: skip the context lookup.
        if confidence + rule.spec.context_boost + f32::EPSILON < self.min_confidence {
            return false;
        }
        let demoted =
            if rule.allow.is_empty() && !validators::test_value_check_needs_normalized(rule.kind) {
                validators::is_known_test_value_normalized(rule.kind, validators::trim(&text))
            } else {
                validators::normalize_into(rule.kind, &text, &mut scratch.normalized);
                let normalized = scratch.normalized.as_str();
                rule.allow.contains(normalized)
                    || validators::is_known_test_value_normalized(rule.kind, normalized)
            };
        // A known test value is capped below the threshold whatever its
        // context says (`you@example.com` everywhere in docs and fixtures):
        // no need to look the context up.
        if demoted && DEMOTED_CONFIDENCE + f32::EPSILON < self.min_confidence {
            return true;
        }
        let (positive, negative) = match self.context_near(
            haystack,
            start,
            end,
            idx,
            &mut scratch.headers,
            &scratch.lowered,
        ) {
            (positive, Some(n)) if rule.spec.negative_context_reach.is_some_and(|r| n > r) => {
                (positive, false)
            }
            // Both kinds of label near the value ("charged 4539 ... for the
            // order"): the nearer one says what the value is, as the nearer
            // of two labels owns it; a tie goes to the negative (precision
            // first). Without this, a value with both scored below the same
            // value with neither.
            (Some(p), Some(n)) if p < n => (Some(p), false),
            (Some(_), Some(_)) => (None, true),
            (positive, negative) => (positive, negative.is_some()),
        };
        // A list: the same rule's value just before, on this line, stands
        // for the label the list began with (as a word at that distance,
        // when nearer than any word).
        let chained = (!negative && rule.spec.chain_gap > 0)
            .then(|| {
                let previous = scratch.candidates.iter().rev().find(|c| c.rule == idx)?;
                let gap = start.checked_sub(previous.end)?;
                (gap <= rule.spec.chain_gap && continues_list(&haystack[previous.end..start]))
                    .then_some(gap)
            })
            .flatten();
        let positive = match (positive, chained) {
            (Some(word), Some(gap)) => Some(word.min(gap)),
            (word, gap) => word.or(gap),
        };
        // The document labelled this very value before (see below).
        let remembered = match positive {
            None if !negative
                && !column_positive
                && rule.spec.remembered_values
                && !scratch.values.is_empty() =>
            {
                validators::normalize_into(rule.kind, &text, &mut scratch.normalized);
                scratch
                    .values
                    .confidence(&rule.data_type, &scratch.normalized)
            }
            _ => None,
        };
        // A name whose mailbox follows on its line (`**Pierpaolo Russo**, IT
        // Director - pierpaolo.russo@...`, a contact list or a signature):
        // the address spelling the name says who it is, as plainly as a
        // label word right beside it would, and rescues a name the lists
        // do not know (above).
        let positive = match positive {
            None if !negative
                && rule.kind == validators::Kind::Name
                && spelled_by_mailbox
                    .unwrap_or_else(|| spelling_mailbox_after(haystack, end, &text)) =>
            {
                Some(0)
            }
            word => word,
        };
        if column_positive {
            confidence += rule.spec.context_boost;
        } else if let Some(distance) = positive {
            // Nearer context is stronger evidence: a word right before the
            // value counts fully, one at the edge of the window 40%. This
            // also settles which of two labels on one line owns a value
            // ("Passport no. X; driver's license Y").
            let window = rule.spec.context_before.max(rule.spec.context_after).max(1) as f32;
            let weight = 1.0 - 0.6 * (distance as f32 / window).min(1.0);
            confidence += rule.spec.context_boost * weight;
        } else if let Some(labelled) = remembered {
            // A value repeated bare counts as labelled, a little less sure
            // than where it was (so that a format's rule, which found it
            // there, keeps it where both find it again).
            let boosted = confidence + rule.spec.context_boost;
            confidence = confidence.max(boosted.min(labelled - REPEATED_VALUE_DISCOUNT));
        }
        if negative || column_negative {
            confidence -= rule.spec.negative_penalty;
        }
        if confidence + f32::EPSILON < self.min_confidence {
            return demoted;
        }
        if demoted {
            confidence = confidence.min(DEMOTED_CONFIDENCE);
        }
        let confidence = confidence.clamp(0.0, 1.0);
        if confidence + f32::EPSILON >= self.min_confidence {
            // A street line's postcode and town belong to the address.
            let end = if rule.spec.postcode_after {
                postcode_and_town_after(haystack, end).unwrap_or(end)
            } else {
                end
            };
            scratch.candidates.push(Candidate {
                rule: idx,
                start,
                end,
                confidence,
            });
            if rule.kind == validators::Kind::Name
                && confidence + f32::EPSILON >= REMEMBERED_NAME_CONFIDENCE
            {
                scratch.names.remember(&text);
            }
            if rule.remembers_values && confidence + f32::EPSILON >= REMEMBERED_VALUE_CONFIDENCE {
                validators::normalize_into(rule.kind, &text, &mut scratch.normalized);
                scratch
                    .values
                    .remember(&rule.data_type, &scratch.normalized, confidence);
            }
            return true;
        }
        demoted
    }

    /// The distance to the nearest positive and to the nearest negative
    /// context word of `rule` within the rule's window around `start..end`,
    /// on the same line. `lowered`: the haystack lowercased, if a keyword
    /// search has made it (see [`Lowered`]).
    fn context_near(
        &self,
        haystack: &[u8],
        start: usize,
        end: usize,
        rule: usize,
        headers: &mut crate::text_table::HeaderMemo,
        lowered: &Lowered,
    ) -> (Option<usize>, Option<usize>) {
        let compiled = &self.rules[rule];
        // No context words: nothing to look up.
        let Some(search) = &compiled.context_search else {
            return (None, None);
        };
        let spec = &compiled.spec;
        let lo = start.saturating_sub(spec.context_before);
        let hi = (end + spec.context_after).min(haystack.len());
        // Nothing around the value to look in: a whole table cell, a value
        // alone, a window of zero bytes on both sides.
        if lo == start && hi <= end {
            return (None, None);
        }
        // Context stays on the value's line: the window ends at the nearest
        // newline on each side (only the window is searched for it).
        let lo = memchr::memrchr(b'\n', &haystack[lo..start]).map_or(lo, |p| lo + p + 1);
        // A row of a table laid out in text takes its column's header as a
        // label, as a table column takes its name (see `text_table`); else
        // the line just above counts when it is a label of its own (see
        // `label_line_above`). Either one's words count as if they began the
        // value's line.
        let header = headers.header_of(haystack, start, end);
        // A column whose header names what it holds owns its cells: words
        // in the row's other cells label their own values (`| OFAC | false
        // positive, different DOB | 6/25/2024 |` under `| list | result |
        // checked |` is the day of the check). Under a header that only
        // says "value", the cell beside is the label and stays in view.
        let (lo, hi) = match header
            .as_ref()
            .and_then(|h| h.own.clone().filter(|_| h.names_its_column(haystack)))
        {
            Some(own) => (lo.max(own.start), hi.min(own.end.max(end))),
            None => (lo, hi),
        };
        let header = header.map(|h| h.cell);
        let above = match header {
            Some(_) => None,
            None => (lo > 0 && haystack[lo - 1] == b'\n' && start - lo <= spec.context_before)
                .then(|| label_line_above(haystack, lo))
                .flatten(),
        };
        // A row of a fixed-width table whose cells lost their alignment:
        // the whole header labels it (see `HeaderMemo::loose_header`).
        let loose = match (&header, &above) {
            (None, None) => headers.loose_header(haystack, start, end),
            _ => None,
        };
        let hi = if hi > end {
            memchr::memchr(b'\n', &haystack[end..hi]).map_or(hi, |p| end + p)
        } else {
            hi
        };
        let (mut positive, mut negative): (Option<usize>, Option<usize>) = (None, None);
        // Keeps the nearest distance of each kind a context word counts as;
        // `between`: the bytes between the word and the value, where a
        // quoted field's end makes a negative word none (see
        // `crosses_a_quoted_field`).
        let mut note = |word: usize, distance: usize, between: Range<usize>, word_end: usize| {
            let (is_positive, is_negative) = search.kinds[word];
            // A negative word after the value, past another product's
            // version or naming a product with a version of its own, is
            // that product's (`85.138.91.189 Mozilla/5.0+(Windows+NT+10.0`,
            // `24.198.60.131 TidemarkDriver/20.19`: a user agent beside an
            // address).
            let after_product = || {
                let through_word = between.start..(word_end + 2).min(haystack.len());
                holds_a_product_version(&haystack[through_word])
            };
            // A negative word after the value, past a gap of two blanks or
            // a tab, is another cell's (`183.119.91.179  Safari 17 / iOS`
            // on a row of sign-ins: the browser of the session, not a
            // version the address would be).
            let in_a_later_cell = || {
                let gap = &haystack[between.clone()];
                memchr::memchr(b'\t', gap).is_some() || memchr::memmem::find(gap, b"  ").is_some()
            };
            // So is one past the end of the value's clause (`call back Lorna
            // Lowry at (720) 999-9389? re invoice INV-746477`: the invoice
            // word labels the number after it).
            let in_a_later_clause = || ends_a_clause(&haystack[between.clone()]);
            let elsewhere = || {
                crosses_a_quoted_field(&haystack[between.clone()])
                    || (between.start == end
                        && (after_product() || in_a_later_cell() || in_a_later_clause()))
            };
            let is_negative = is_negative && !elsewhere();
            // A label after the value labels it within its clause only:
            // `passed away on March 1, 2025. Born April 28, 1926` (the
            // birth word is the next date's).
            let is_positive = is_positive && !(between.start == end && in_a_later_clause());
            for (counts, nearest) in [(is_positive, &mut positive), (is_negative, &mut negative)] {
                if counts {
                    *nearest = Some(nearest.map_or(distance, |d: usize| d.min(distance)));
                }
            }
        };
        // The haystack lowercased, when a keyword search has made it;
        // else each window's bytes are lowercased as they are walked
        // (lowering a whole cell for one window cost more).
        let lowered = lowered.get();
        // Context is looked up lazily, in the window of this one candidate:
        // far cheaper than a pass over the whole chunk, since most bytes are
        // never near a candidate.
        // `label`: the distance the words of a label elsewhere count at.
        let mut check = |range: Range<usize>, label: Option<usize>| {
            let mut found = |word: usize, ws: usize, we: usize| {
                let (hs, he) = (range.start + ws, range.start + we);
                if !is_whole_word(haystack, hs, he) {
                    return;
                }
                let (distance, between) = if let Some(d) = label {
                    (d, 0..0)
                } else if he <= start {
                    (start - he, he..start)
                } else {
                    (hs.saturating_sub(end), end..hs.max(end))
                };
                note(word, distance, between, he);
            };
            match lowered {
                Some(lowered) => search.for_each::<false>(&lowered[range.clone()], &mut found),
                None => search.for_each::<true>(&haystack[range.clone()], &mut found),
            }
        };
        // A word the window's edge cuts (`ount number (see instructions):
        // 16131359`) is read whole, from its start or to its end: it is
        // as near as the part inside says. Only the one cut word is added,
        // and no more of it than a context word can be long (a run of
        // base64 is walked no further).
        let mut from = lo;
        let from_limit = lo.saturating_sub(MAX_CUT_WORD);
        while from > from_limit
            && from < start
            && is_word_byte(haystack[from - 1])
            && is_word_byte(haystack[from])
        {
            from -= 1;
        }
        let mut to = hi;
        let to_limit = (hi + MAX_CUT_WORD).min(haystack.len());
        while to > end
            && to < to_limit
            && is_word_byte(haystack[to - 1])
            && is_word_byte(haystack[to])
        {
            to += 1;
        }
        // An empty side (a value at a line edge) is not searched: the
        // automaton's setup would cost more than the nothing it searches.
        if from < start {
            check(from..start, None);
        }
        if to > end {
            check(end..to, None);
        }
        if let Some(label) = above {
            check(label, Some(start - lo));
        }
        // A code comment closing the value's line labels it, as a column
        // header would (`"902776648595" /* acct */`, `ssn: "..."  # test`).
        if let Some(comment) = comment_after(haystack, end) {
            check(comment, Some(0));
        }
        // Which of its cells is the value's is unknown: each word counts
        // as a label half the window away, wherever the value stands.
        if let Some(header) = loose {
            check(header, Some(spec.context_before / 2));
        }
        // A column header names the value as a column name does: it counts
        // as a word right beside it.
        if let Some(cell) = header {
            check(cell, Some(0));
        }
        // So does the label of an HL7 field (see `crate::hl7`).
        if let Some(label) = headers
            .hl7
            .then(|| crate::hl7::field_label(haystack, start))
            .flatten()
        {
            let label = label.as_bytes();
            search.for_each::<true>(label, |word, ws, we| {
                if is_whole_word(label, ws, we) {
                    note(word, 0, 0..0, 0);
                }
            });
        }
        // So does the name of a DICOM element (see
        // `crate::formats::dicom_element_name`), read as a column's name.
        let element = headers
            .dicom
            .then(|| crate::formats::dicom_element_name(haystack, start))
            .flatten()
            .and_then(|name| std::str::from_utf8(&haystack[name]).ok())
            .map(|name| ColumnName {
                norm: normalize_column(name),
                compound: None,
            });
        if let Some(element) = &element {
            let words = element.norm.replace('_', " ");
            let words = words.as_bytes();
            search.for_each::<false>(words, |word, ws, we| {
                if is_whole_word(words, ws, we) {
                    note(word, 0, 0..0, 0);
                }
            });
        }
        // So does an address block's street line under the value (see
        // `RuleSpec::address_below`).
        if spec.address_below && positive.is_none() && over_an_address(haystack, start, end) {
            positive = Some(0);
        }
        // And an address block's street line under its addressee (see
        // `RuleSpec::addressee_above`).
        if spec.addressee_above && positive.is_none() && under_an_addressee(haystack, start, end) {
            positive = Some(0);
        }
        // And a postcode and town after a street line (see
        // `RuleSpec::postcode_after`).
        if spec.postcode_after
            && positive.is_none()
            && postcode_and_town_after(haystack, end).is_some()
        {
            positive = Some(0);
        }
        // A DICOM element named as the rule's columns are (`PatientBirthDate`)
        // holds its type; one named as a column of other things
        // (`InstitutionName`, `StationName`) holds no one's name, whatever
        // its words say.
        if let Some(element) = &element {
            if element.is_one_of(&compiled.column_words.other_things) {
                negative = Some(0);
            } else if element.is_one_of(&compiled.column_words.names) {
                positive = Some(0);
            }
        }
        (positive, negative)
    }
}

/// How far past a street line's match its line may go on (a flat or a
/// floor, `, 3º izq.`, `-II`) before the postcode and town.
const MAX_UNIT_AFTER_STREET: usize = 24;

/// Where a postcode and its town that follow `end` end: on its line after
/// a comma (within [`MAX_UNIT_AFTER_STREET`] bytes), or opening the next
/// line (blanks aside) when the street line ends within as many. See
/// [`postcode_and_town_len`].
fn postcode_and_town_after(haystack: &[u8], end: usize) -> Option<usize> {
    let end = end.min(haystack.len());
    let rest = &haystack[end..];
    let line_end = memchr::memchr(b'\n', rest).unwrap_or(rest.len());
    let on_line = &rest[..line_end];
    let at_comma = memchr::memchr_iter(b',', on_line)
        .take_while(|&at| at <= MAX_UNIT_AFTER_STREET)
        .find_map(|at| {
            let after = &on_line[at + 1..];
            let blanks = after.len() - after.trim_ascii_start().len();
            postcode_and_town_len(&after[blanks..]).map(|len| at + 1 + blanks + len)
        });
    if let Some(len) = at_comma {
        return Some(end + len);
    }
    if on_line.trim_ascii_end().len() > MAX_UNIT_AFTER_STREET || line_end == rest.len() {
        return None;
    }
    let next = &rest[line_end + 1..];
    let blanks = next.len() - next.trim_ascii_start().len();
    postcode_and_town_len(&next[blanks..]).map(|len| end + line_end + 1 + blanks + len)
}

/// The length of the European postcode and town `text` opens with, through
/// the town's name ([`town_name_len`], capitalised): five digits (Germany,
/// France, Spain, Italy: `59000 Lille`), four digits and two capitals (the
/// Netherlands: `2311 EZ Leiden`), four and three (Portugal: `4700-322
/// Braga`), two and three (Poland: `00-950 Warszawa`), or four digits alone
/// (Belgium, Austria, Switzerland, Denmark: `1000 Bruxelles`).
fn postcode_and_town_len(text: &[u8]) -> Option<usize> {
    let digits = text.iter().take_while(|b| b.is_ascii_digit()).count();
    let after_code = match (digits, &text[digits..]) {
        (5, [b' ', ..]) => digits,
        (4, [b' ', a, b, b' ', ..]) if a.is_ascii_uppercase() && b.is_ascii_uppercase() => {
            digits + 3
        }
        (4, [b' ', ..]) => digits,
        (4 | 2, [b'-', d1, d2, d3, b' ', ..])
            if [d1, d2, d3].iter().all(|d| d.is_ascii_digit()) =>
        {
            digits + 4
        }
        _ => return None,
    };
    let rest = &text[after_code..];
    let town_at = after_code + (rest.len() - rest.trim_ascii_start().len());
    let town = &text[town_at..];
    let capitalised = town
        .first()
        .is_some_and(|&b| b.is_ascii_uppercase() || (0xC3..=0xC5).contains(&b));
    let letters = town
        .iter()
        .take_while(|&&b| b.is_ascii_alphabetic() || b >= 0x80)
        .count();
    if !capitalised || letters < 3 {
        return None;
    }
    Some(town_at + town_name_len(town))
}

/// Longest town's name taken after a postcode.
const MAX_TOWN: usize = 40;

/// The length of a town's name `town` opens with: to a comma, a tab, a gap
/// of two blanks or the line's end (`Alphen aan den Rijn`, `Frankfurt am
/// Main`), trailing blanks aside; its first word alone when that runs past
/// [`MAX_TOWN`] bytes.
fn town_name_len(town: &[u8]) -> usize {
    let stop = (0..town.len())
        .find(|&i| {
            matches!(town[i], b',' | b'\r' | b'\n' | b'\t' | b'|' | b';')
                || (town[i] == b' ' && town.get(i + 1) == Some(&b' '))
        })
        .unwrap_or(town.len());
    let name = town[..stop].trim_ascii_end();
    if name.len() <= MAX_TOWN {
        return name.len();
    }
    name.iter().position(|&b| b == b' ').unwrap_or(name.len())
}

/// Whether `bic` names the country of the IBAN that `before` starts with
/// (what a match of an `iban_before` rule holds ahead of its value: the
/// IBAN, then a separator), the IBAN passing its check: `DE89 3704 0044
/// 0532 0130 00 (COBADEFFXXX)` is an account and its bank, `DE89 ...
/// (BUSINESS)` is not.
fn names_country_of_iban(before: &[u8], bic: &[u8]) -> bool {
    // The IBAN's groups, up to the separator (`(`, `/`, a word: `at`).
    let Ok(before) = std::str::from_utf8(before) else {
        return false;
    };
    let mut iban_len = 0;
    for (i, group) in before.split(' ').enumerate() {
        // (`..., BIC: X`: the comma ends the IBAN.)
        let bare = group.strip_suffix(',').unwrap_or(group);
        let separator = ["at", "via", "bei", "chez", "bij", "en"].contains(&bare);
        if bare.is_empty() || separator || !bare.bytes().all(|b| b.is_ascii_alphanumeric()) {
            break;
        }
        iban_len += bare.len() + usize::from(i > 0);
        if bare.len() < group.len() {
            break;
        }
    }
    let iban = &before[..iban_len];
    let before = before.as_bytes();
    bic.len() >= 6
        && before.len() >= 2
        && bic[4..6] == before[..2]
        && validators::iban(iban).is_some()
}

/// Most groups taken off a value's end by `retry_shorter_groups` (an IBAN
/// has at most eight after its first).
const MAX_SHORTER_GROUPS: usize = 8;

/// Most bytes of a word cut by a context window's edge read beyond it:
/// longer than any context word.
const MAX_CUT_WORD: usize = 32;

/// Whether `between` (the bytes between a context word and a value) ends
/// one quoted field and starts another: `Safari/537.36" "104.208.127.209`
/// in an access log, `"Chrome", "10.1.2.3"` in a list, `iOS 15.4.2)"
/// xff="21.21.124.150` where a log format names its fields. A word that
/// says what the value is not (a browser's name before a version) says it
/// of its own field only; a key's quote before its value (`"version":
/// "1.2.3.4"`) is no such boundary.
fn crosses_a_quoted_field(between: &[u8]) -> bool {
    memchr::memchr_iter(b'"', between).any(|q| {
        let after = &between[q + 1..];
        let rest = after.trim_ascii_start();
        let rest = rest.strip_prefix(b",").unwrap_or(rest).trim_ascii_start();
        // A blank or a comma first: `""` is a quote escaped inside a field.
        rest.len() < after.len() && (rest.first() == Some(&b'"') || starts_a_named_field(rest))
    })
}

/// Whether `between` (the bytes from a value to a word after it) ends the
/// value's clause: a question or exclamation mark, a semicolon, or a full
/// stop before a blank (`4.5.` would be no sentence's end).
fn ends_a_clause(between: &[u8]) -> bool {
    between.iter().enumerate().any(|(i, &b)| match b {
        b'?' | b'!' | b';' => true,
        b'.' => between.get(i + 1).is_some_and(|&n| n == b' ' || n == b'\t'),
        _ => false,
    })
}

/// Whether `rest` starts `name=` (a log format's next field, `xff="...`,
/// `rt=0.012`).
fn starts_a_named_field(rest: &[u8]) -> bool {
    let name = rest
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
        .count();
    name > 0 && rest.get(name) == Some(&b'=')
}

/// Whether the bytes between two values of a list keep them in one list:
/// on one line, or across one line break into the next item of a bulleted
/// or indented list (`- I50.9 heart failure\n- E66.9 obesity`).
fn continues_list(between: &[u8]) -> bool {
    match memchr::memchr(b'\n', between) {
        None => true,
        Some(nl) => {
            let next = &between[nl + 1..];
            !next.is_empty()
                && next
                    .iter()
                    .all(|b| matches!(b, b' ' | b'\t' | b'-' | b'*' | 0xE2 | 0x80 | 0xA2))
        }
    }
}

/// Longest line above a value that may label it (a question in a
/// transcript can be a long line).
const MAX_LABEL_LINE: usize = 256;
/// How much of the end of that line is searched: a label ends its line
/// (`... Can you confirm your date of birth?`).
const LABEL_TAIL: usize = 64;

/// The text of a code comment that follows the value ending at `end` on
/// its line: past the literal's closing quote, a `,`, `;` or `)` and at
/// least one blank, a `/* ... */`, `// ...`, `# ...` or `-- ...` comment
/// (its text up to [`MAX_COMMENT_LABEL`] bytes). The blank keeps `//` and
/// `#` inside a token (`Inc.//iPhone OS`, a URL, base64) out.
fn comment_after(haystack: &[u8], end: usize) -> Option<Range<usize>> {
    let mut p = end;
    if matches!(haystack.get(p), Some(b'"' | b'\'')) {
        p += 1;
    }
    if matches!(haystack.get(p), Some(b',' | b';' | b')')) {
        p += 1;
    }
    let blanks = haystack
        .get(p..)?
        .iter()
        .take(MAX_BLANKS_BEFORE_COMMENT + 1)
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count();
    if blanks == 0 || blanks > MAX_BLANKS_BEFORE_COMMENT {
        return None;
    }
    p += blanks;
    let rest = &haystack[p..];
    let (text_at, closes_with_star) = match rest {
        [b'/', b'*', ..] => (2, true),
        [b'/', b'/', ..] => (2, false),
        [b'#', b' ', ..] => (1, false),
        [b'-', b'-', b' ', ..] => (2, false),
        _ => return None,
    };
    let text = &rest[text_at..rest.len().min(text_at + MAX_COMMENT_LABEL)];
    let mut len = memchr::memchr(b'\n', text).unwrap_or(text.len());
    if closes_with_star {
        len = memchr::memmem::find(&text[..len], b"*/")?;
    }
    (len > 0).then(|| p + text_at..p + text_at + len)
}

/// The most blanks between a value and a comment that labels it.
const MAX_BLANKS_BEFORE_COMMENT: usize = 8;

/// The most bytes of a comment read as a value's label.
const MAX_COMMENT_LABEL: usize = 48;

/// The end of the line ending at the newline before `line_start`, when the
/// line labels the lines below it rather than holding data: a question
/// (`Can you confirm your date of birth?` over `CALLER: 08/17/1977`), a
/// label alone (`Date of birth:`), a section's heading ([`is_section_heading`];
/// a blank line may follow it), or a letter's sign-off or greeting (`Thank
/// you,` over the signature's name). A form's or a
/// transcript's label is as often on the line above as before the value; a
/// line of data (digits, lower-case prose not ending in `?` or `:`) labels
/// nothing.
fn label_line_above(haystack: &[u8], line_start: usize) -> Option<Range<usize>> {
    let tail = |line: Range<usize>| line.start.max(line.end - LABEL_TAIL.min(line.end))..line.end;
    // A JSON record naming its value, pretty-printed: `"name": "dob",` over
    // `"value": "1959-10-11"` (an HTTP archive's query strings and form
    // fields, identifiers and settings exported as name-value pairs).
    if json_key_is(&haystack[line_start..], &[b"value", b"val"]) {
        let above = line_above(haystack, line_start)?;
        if json_key_is(
            &haystack[above.clone()],
            &[b"name", b"key", b"field", b"label"],
        ) {
            return Some(tail(above));
        }
    }
    // An item of a bulleted list is labelled by what heads the list, and so
    // is a line indented under a heading, as forms and summaries set out
    // their items without bullets (`DIAGNOSES` over `  Principal: ...` and
    // `  Secondary: ...`): the items above it (bulleted, or indented alike)
    // are passed over.
    let mut line_start = line_start;
    let indent = indentation(&haystack[line_start..]);
    let bulleted = is_list_item(&haystack[line_start..]);
    let indented = !bulleted && (indent.len() >= 2 || indent == b"\t");
    let is_item = |line: &[u8]| {
        if bulleted {
            is_list_item(line)
        } else {
            indented && indentation(line) == indent && line.len() > indent.len()
        }
    };
    if bulleted || indented {
        for _ in 0..MAX_LIST_ITEMS_ABOVE {
            match line_above(haystack, line_start) {
                Some(above) if is_item(&haystack[above.clone()]) => line_start = above.start,
                _ => break,
            }
        }
    }
    let mut above = line_above(haystack, line_start)?;
    // A chat's answer is labelled by the question one message up: the
    // speaker's line (`Lucía Jiménez (guest)  08:04 PM`) and a blank line
    // stand between them.
    if is_chat_speaker_line(haystack[above.clone()].trim_ascii()) {
        above = line_above(haystack, above.start)?;
        if haystack[above.clone()].trim_ascii().is_empty() {
            above = line_above(haystack, above.start)?;
        }
        let question = haystack[above.clone()].trim_ascii();
        return (question.last() == Some(&b'?') || question.last() == Some(&b':'))
            .then(|| tail(above));
    }
    let line = haystack[above.clone()].trim_ascii();
    if line.is_empty() {
        // A section's heading and what it heads are a blank line apart
        // (`## Problem list`, blank, `* Obstructive sleep apnea (G47.33)`).
        let heading = line_above(haystack, above.start)?;
        return is_section_heading(haystack[heading.clone()].trim_ascii()).then(|| tail(heading));
    }
    let last = *line.last()?;
    // A few words and a comma, alone on their line.
    let salutation = last == b','
        && line.len() <= 32
        && line[..line.len() - 1]
            .iter()
            .all(|b| b.is_ascii_alphabetic() || *b == b' ');
    (last == b'?'
        || last == b':'
        || is_section_heading(line)
        || salutation
        || is_form_box_title(line))
    .then(|| tail(above))
}

/// Whether a line opens with a printed form's numbered box and its title in
/// capitals (`21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY   ICD Ind. 0`,
/// `9a. OTHER INSURED'S POLICY`), as a scanned claim form's text gives it:
/// the box's entries are on the lines below, whatever closes the title's
/// line (an indicator, an instruction in small letters).
fn is_form_box_title(line: &[u8]) -> bool {
    let number = line.iter().take_while(|b| b.is_ascii_digit()).count();
    if !(1..=2).contains(&number) {
        return false;
    }
    let mut rest = &line[number..];
    if rest.first().is_some_and(u8::is_ascii_lowercase) {
        rest = &rest[1..];
    }
    let Some(title) = rest.strip_prefix(b". ") else {
        return false;
    };
    title
        .split(|&b| b == b' ')
        .take(2)
        .filter(|word| {
            word.iter().filter(|b| b.is_ascii_uppercase()).count() >= 2
                && word.iter().all(|&b| b.is_ascii_uppercase() || b == b'\'')
        })
        .count()
        == 2
}

/// Whether a line is a chat message's speaker line: a name (or any words)
/// and then the time it was sent, alone on the line, at most 80 bytes
/// (`Lucía Jiménez (guest)  08:04 PM`, `Sato, Sakura  4/11 3:16 PM`,
/// `[agent] Dana 14:02`). A question is no speaker line.
fn is_chat_speaker_line(line: &[u8]) -> bool {
    if line.len() > 80 || line.contains(&b'?') {
        return false;
    }
    let mut rest = line;
    for meridiem in [b"AM", b"PM", b"am", b"pm"] {
        if let Some(before) = rest.strip_suffix(meridiem.as_slice()) {
            rest = before.strip_suffix(b" ").unwrap_or(before);
            break;
        }
    }
    // `h:mm`, `hh:mm` or `hh:mm:ss`, read from its end.
    let digits_before = |at: usize| {
        rest[..at]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let mut at = rest.len();
    if digits_before(at) != 2 || at < 3 || rest[at - 3] != b':' {
        return false;
    }
    at -= 3;
    let mut last = digits_before(at);
    if last == 2 && at > 3 && rest[at - 3] == b':' {
        at -= 3;
        last = digits_before(at);
    }
    if !(1..=2).contains(&last) {
        return false;
    }
    at -= last;
    let Some(speaker) = rest[..at].strip_suffix(b" ") else {
        return false;
    };
    speaker
        .iter()
        .any(|&b| b.is_ascii_alphabetic() || b >= 0x80)
}

/// Whether `line` opens (after blanks) with a JSON key among `keys`:
/// `"value":`.
fn json_key_is(line: &[u8], keys: &[&[u8]]) -> bool {
    let line = line.trim_ascii_start();
    let Some(rest) = line.strip_prefix(b"\"") else {
        return false;
    };
    keys.iter().any(|key| {
        rest.strip_prefix(*key)
            .and_then(|r| r.strip_prefix(b"\""))
            .is_some_and(|r| r.trim_ascii_start().starts_with(b":"))
    })
}

/// Whether `start..end` is alone on its line (spaces and tabs aside) over
/// an address block: the next line starts with a street address (a house
/// number and a word, `6562 SANDPIPER AVE`, `17742 NE 86TH ST`, or a post
/// office box), or the next one holds no digit (a joint holder's name) and
/// the one after it does.
fn over_an_address(haystack: &[u8], start: usize, end: usize) -> bool {
    let Some(line) = line_of_lone_value(haystack, start, end) else {
        return false;
    };
    let mut from = line.end + 1;
    for _ in 0..2 {
        let Some(rest) = haystack.get(from..) else {
            return false;
        };
        // A line's start is all that is read of it.
        let rest = &rest[..rest.len().min(256)];
        let len = memchr::memchr(b'\n', rest).unwrap_or(rest.len());
        let line = rest[..len].trim_ascii();
        if starts_with_street(line) {
            return true;
        }
        // Another name over the address (joint holders), not a line of
        // data; too long a line is prose.
        if line.is_empty() || line.len() > 64 || line.iter().any(u8::is_ascii_digit) {
            return false;
        }
        from += len + 1;
    }
    false
}

/// The line the value at `start..end` stands alone on, blanks around it
/// (from just after its newline, or the haystack's start, to its newline or
/// the haystack's end); `None` when anything else shares the line. Walked
/// over blanks only, never along a long line.
fn line_of_lone_value(haystack: &[u8], start: usize, end: usize) -> Option<Range<usize>> {
    let blank = |b: &u8| *b == b' ' || *b == b'\t' || *b == b'\r';
    let indent = haystack[..start]
        .iter()
        .rev()
        .take_while(|b| blank(b))
        .count();
    let line_start = start - indent;
    if line_start > 0 && haystack[line_start - 1] != b'\n' {
        return None;
    }
    let line_end = end + haystack[end..].iter().take_while(|b| blank(b)).count();
    if line_end < haystack.len() && haystack[line_end] != b'\n' {
        return None;
    }
    Some(line_start..line_end)
}

/// Whether the value at `start..end` stands alone on its line under a line
/// that is a name's shape alone: two to four words, each a capital and
/// then letters, a title's dot allowed, a surname's particles between them
/// (`MAGNUS SUTHERLAND`, `Ms. Ana de Souza`), no digits, at most 48 bytes.
fn under_an_addressee(haystack: &[u8], start: usize, end: usize) -> bool {
    let line_start = match line_of_lone_value(haystack, start, end) {
        Some(line) if line.start > 0 => line.start,
        _ => return false,
    };
    // The line above, read back no further than a name can be long.
    let above_end = line_start - 1;
    let Some(above_start) =
        crate::text_table::line_start(haystack, above_end, MAX_ADDRESSEE_LINE + 1)
    else {
        return false;
    };
    let line = haystack[above_start..above_end].trim_ascii();
    let words = || line.split(|&b| b == b' ').filter(|w| !w.is_empty());
    let name_word = |w: &[u8]| {
        let w = w.strip_suffix(b".").unwrap_or(w);
        w.len() >= 2
            && w[0].is_ascii_uppercase()
            && w[1..]
                .iter()
                .all(|&b| b.is_ascii_alphabetic() || b == b'-' || b == b'\'')
    };
    // A surname's particles (`de Souza`, `van der Berg`) between its words.
    let particle = |w: &[u8]| ADDRESSEE_PARTICLES.contains(&w);
    let count = words().count();
    line.len() <= MAX_ADDRESSEE_LINE
        && (2..=4).contains(&words().filter(|w| !particle(w)).count())
        && words()
            .enumerate()
            .all(|(i, w)| name_word(w) || (i > 0 && i + 1 < count && particle(w)))
}

/// Lower-case particles read inside an addressee's name.
const ADDRESSEE_PARTICLES: &[&[u8]] = &[
    b"van", b"von", b"de", b"der", b"den", b"da", b"di", b"del", b"du", b"la", b"le", b"dos",
    b"das", b"ter",
];

/// Longest line read as an address block's addressee.
const MAX_ADDRESSEE_LINE: usize = 48;

/// Whether a line starts as a street address: a house number of one to six
/// digits (a letter may follow, `12B`; see
/// [`validators::house_number_digits`]) and a word of two letters or more
/// after it, or a post office box.
fn starts_with_street(line: &[u8]) -> bool {
    let mut words = line.split(|&b| b == b' ');
    let number = words.next().unwrap_or_default();
    if number.first().is_some_and(u8::is_ascii_digit) {
        return std::str::from_utf8(number)
            .ok()
            .and_then(validators::house_number_digits)
            .is_some_and(|digits| digits.len() <= 6)
            && words.any(|w| w.len() >= 2 && w.iter().all(u8::is_ascii_alphabetic));
    }
    ["po box ", "p.o. box ", "p. o. box ", "p o box "]
        .iter()
        .any(|p| {
            line.get(..p.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
        })
}

/// The line ending at the newline before `line_start` (without that
/// newline), if it starts within [`MAX_LABEL_LINE`] bytes of it.
fn line_above(haystack: &[u8], line_start: usize) -> Option<Range<usize>> {
    let end = line_start.checked_sub(1)?;
    let start = crate::text_table::line_start(haystack, end, MAX_LABEL_LINE)?;
    Some(start..end)
}

/// How many items of a list above a value's item are passed over to the
/// line heading the list.
const MAX_LIST_ITEMS_ABOVE: usize = 32;

/// The blanks (spaces and tabs) a line of text starts with.
fn indentation(text: &[u8]) -> &[u8] {
    let n = text
        .iter()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count();
    &text[..n]
}

/// Whether text starts with a bullet (`* `, `- `, `• `), indented or not.
fn is_list_item(text: &[u8]) -> bool {
    let text = text.trim_ascii_start();
    ["* ", "- ", "\u{2022} "]
        .iter()
        .any(|bullet| text.starts_with(bullet.as_bytes()))
}

/// Whether a line is a section's heading: a Markdown heading (`## Next of
/// kin`), or capitals without digits (`SECONDARY DIAGNOSES`; a line of
/// data in capitals has digits).
fn is_section_heading(line: &[u8]) -> bool {
    if line.len() > 80 {
        return false;
    }
    let markdown = line.starts_with(b"#")
        && line
            .iter()
            .position(|&b| b != b'#')
            .is_some_and(|hashes| hashes <= 6 && line[hashes] == b' ');
    markdown
        || (!line.iter().any(u8::is_ascii_digit)
            && !line.iter().any(u8::is_ascii_lowercase)
            && line.iter().filter(|b| b.is_ascii_uppercase()).count() >= 3)
}

/// `bytes` as text, invalid UTF-8 replaced. Matched values and cells are
/// almost always ASCII, and for a value of a few bytes the ASCII check
/// (word-at-a-time) costs a fraction of UTF-8 validation: it runs on every
/// candidate, and the result is the same.
pub(crate) fn text_of(bytes: &[u8]) -> Cow<'_, str> {
    match str_of(bytes) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => String::from_utf8_lossy(bytes),
    }
}

/// `std::str::from_utf8`, with the ASCII check first (see [`text_of`]).
pub(crate) fn str_of(bytes: &[u8]) -> std::result::Result<&str, std::str::Utf8Error> {
    if bytes.is_ascii() {
        // SAFETY: ASCII bytes are valid UTF-8.
        Ok(unsafe { std::str::from_utf8_unchecked(bytes) })
    } else {
        std::str::from_utf8(bytes)
    }
}

/// The first letter of `bytes`, when it is a non-ASCII one.
fn non_ascii_letter(bytes: &[u8]) -> Option<char> {
    let len = match bytes.first()? {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => return None,
    };
    let c = std::str::from_utf8(bytes.get(..len)?)
        .ok()?
        .chars()
        .next()?;
    c.is_alphabetic().then_some(c)
}

/// The bytes of the word a value ending in an ASCII letter stops inside of,
/// at a non-ASCII letter (`üger` after `Dr. Kr`): letters up to the next
/// non-letter. 0 when the value ends the word.
fn accented_word_rest(haystack: &[u8], start: usize, end: usize) -> usize {
    if end == start
        || !haystack[end - 1].is_ascii_alphabetic()
        || non_ascii_letter(&haystack[end..]).is_none()
    {
        return 0;
    }
    let mut at = end;
    while let Some(&b) = haystack.get(at) {
        if b.is_ascii_alphabetic() {
            at += 1;
        } else if let Some(c) = non_ascii_letter(&haystack[at..]) {
            at += c.len_utf8();
        } else {
            break;
        }
    }
    at - end
}

/// Whether a value starting with an ASCII letter starts inside a word, just
/// after a non-ASCII letter (`oz` of `Muñoz`).
fn starts_inside_an_accented_word(haystack: &[u8], start: usize) -> bool {
    start > 0
        && haystack[start].is_ascii_alphabetic()
        && (0x80..=0xBF).contains(&haystack[start - 1])
        && (2..=4).any(|n| start >= n && non_ascii_letter(&haystack[start - n..start]).is_some())
}

/// Whether a grouped value (`6048 0583 4872 6125`) is only a piece of a
/// longer grouped identifier: the same separator continues with a digit
/// right before or after it, as in `ES40 4064 6048 0583 4872 6125`, a
/// tracking or part number, or a longer account string.
fn is_fragment(haystack: &[u8], start: usize, end: usize) -> bool {
    let value = &haystack[start..end];
    let Some(sep) = value
        .iter()
        .copied()
        .find(|b| matches!(b, b' ' | b'-' | b'.'))
    else {
        return false;
    };
    // Groups of digits: a date with its month's name (`14 Jan 1945`) after
    // a number is the next cell of a row (`421 694 5171 14 Jan 1945`), not
    // the number's last groups.
    let digits_after_separator = value
        .iter()
        .position(|&b| b == sep)
        .is_some_and(|i| value.get(i + 1).is_some_and(u8::is_ascii_digit));
    if !value.first().is_some_and(u8::is_ascii_alphanumeric) || !digits_after_separator {
        return false;
    }
    let before = start >= 2
        && haystack[start - 1] == sep
        && haystack[start - 2].is_ascii_digit()
        && value[0].is_ascii_digit()
        && !ends_a_date(&haystack[..start - 1]);
    let after = end + 1 < haystack.len()
        && haystack[end] == sep
        && haystack[end + 1].is_ascii_digit()
        && value.last().is_some_and(u8::is_ascii_digit)
        && !starts_a_date(&haystack[end + 1..]);
    before || after
}

/// Whether `text` opens with a date or a time rather than another group of
/// digits: `07/05/1928`, `10:22`, `17 Jul 1935`, `07.05.1928` (a table's
/// next cell, as in `421 029 1889 17 Jul 1935` on a ward's handover row).
fn starts_a_date(text: &[u8]) -> bool {
    let run = text.iter().take_while(|b| b.is_ascii_digit()).count();
    let rest = &text[run..];
    match rest {
        [b':', d, ..] => d.is_ascii_digit(),
        [sep @ (b'/' | b'.' | b'-'), ..] => {
            // The first word: three runs of digits, one separator.
            let token = text
                .split(|b| *b == b' ' || *b == b'\t')
                .next()
                .unwrap_or(text);
            let token = token.strip_suffix(b",").unwrap_or(token);
            is_numeric_date(token, *sep)
        }
        [b' ', ..] if run <= 2 => {
            let word = rest[1..]
                .iter()
                .take_while(|b| b.is_ascii_alphabetic() || **b == b'.')
                .count();
            is_month_word(&rest[1..1 + word])
        }
        _ => false,
    }
}

/// Whether `word` (3 to 10 letters, a dot allowed) names a month: `Jul`,
/// `Aug.`, `September`.
fn is_month_word(word: &[u8]) -> bool {
    (3..=10).contains(&word.len())
        && std::str::from_utf8(word)
            .ok()
            .and_then(validators::month_of)
            .is_some()
}

/// Whether `token` is a date in digits: `07/05/1928`, `7.5.28`,
/// `1928-05-07`, three runs of digits joined by `sep`.
fn is_numeric_date(token: &[u8], sep: u8) -> bool {
    if !token.iter().all(|b| b.is_ascii_digit() || *b == sep) {
        return false;
    }
    let mut parts = token.split(|b| *b == sep).map(<[u8]>::len);
    matches!(
        (parts.next(), parts.next(), parts.next(), parts.next()),
        (Some(1..=2), Some(1..=2), Some(2 | 4), None) | (Some(4), Some(1..=2), Some(1..=2), None)
    )
}

/// Whether `text` ends with a date: `07/05/1928`, `1928-05-07`, `17 Jul
/// 1935` (the cell before a value in a table's row).
fn ends_a_date(text: &[u8]) -> bool {
    let run = text.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    let rest = &text[..text.len() - run];
    match rest {
        [.., sep @ (b'/' | b'-' | b'.')] => {
            // The last word: three runs of digits, one separator.
            let token = text
                .rsplit(|b| *b == b' ' || *b == b'\t')
                .next()
                .unwrap_or(text);
            is_numeric_date(token, *sep)
        }
        [.., b' '] if run == 4 => {
            let body = &rest[..rest.len() - 1];
            let word = body
                .iter()
                .rev()
                .take_while(|b| b.is_ascii_alphabetic() || **b == b'.' || **b == b',')
                .count();
            let word = body[body.len() - word..]
                .strip_suffix(b",")
                .unwrap_or(&body[body.len() - word..]);
            is_month_word(word)
        }
        _ => false,
    }
}

/// Whether a value starting with a digit is the tail of a longer identifier
/// whose parts a hyphen, slash or underscore join (`ORD-2021-681062`,
/// `INV/2024/55310`): the number after `2021-` is no account of its own. A
/// label glued to a value (`MRN-00482913`, `SSN-...`) ends in a letter, not
/// a digit, and is not this.
fn is_id_tail(haystack: &[u8], start: usize) -> bool {
    start >= 2
        && haystack[start].is_ascii_digit()
        && matches!(haystack[start - 1], b'-' | b'/' | b'_')
        && haystack[start - 2].is_ascii_digit()
}

/// Whether an address-shaped value is a product's version: a user agent's
/// product token (`Chrome/126.0.0.0`, `NorthgateMobile/17.0.84.175
/// (Android 14)`, `curl/7.88.1.2`), a container image's tag
/// (`registry.internal/app:8.10.62.14`), or a release's version followed
/// by its commit (see [`names_its_commit`]). A URL's host follows `//`
/// (`http://10.1.2.3/`), a path's segment another segment (`GET
/// /hosts/10.1.2.3`), and a VPN log's `user/148.175.62.116:1194` has a
/// port: those are addresses.
fn is_product_version(haystack: &[u8], start: usize, end: usize) -> bool {
    let port_follows = haystack[end..].first() == Some(&b':')
        && haystack.get(end + 1).is_some_and(u8::is_ascii_digit);
    // The byte before a name that ends right before `separator` and the
    // value (`b' '` at the haystack's start).
    let named_by = |separator: u8| -> Option<u8> {
        let before = haystack[..start].strip_suffix(&[separator])?;
        let len = product_name_ending_at(before, before.len())?;
        Some(before[..before.len() - len].last().copied().unwrap_or(b' '))
    };
    let product = || named_by(b'/').is_some_and(|b| !matches!(b, b'/' | b':'));
    let image_tag = || named_by(b':') == Some(b'/');
    (start >= 2
        && haystack[start - 1] == b'/'
        && haystack[start - 2].is_ascii_alphanumeric()
        && haystack[start..end].ends_with(b".0.0"))
        || (!port_follows && (product() || image_tag()))
        || names_its_commit(&haystack[end..])
}

/// Whether `text` holds a product's version token (`Mozilla/5.0`,
/// `curl/8.4`): a name starting with a letter, a slash, a digit.
fn holds_a_product_version(text: &[u8]) -> bool {
    memchr::memchr_iter(b'/', text).any(|slash| {
        product_name_ending_at(text, slash).is_some()
            && text.get(slash + 1).is_some_and(u8::is_ascii_digit)
    })
}

/// The length of the product name (`[A-Za-z][A-Za-z0-9._-]*`, at most
/// [`MAX_PRODUCT_NAME`] bytes) that ends at `end` in `text`, if one does.
fn product_name_ending_at(text: &[u8], end: usize) -> Option<usize> {
    let len = text[..end]
        .iter()
        .rev()
        .take(MAX_PRODUCT_NAME + 1)
        .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
        .count();
    (len > 0 && len <= MAX_PRODUCT_NAME && text[end - len].is_ascii_alphabetic()).then_some(len)
}

/// Longest product name of a user agent's token taken before a version.
const MAX_PRODUCT_NAME: usize = 40;

/// Whether an address with colons (`fe:85:d5:44:58:88:b9:6c`) is only a
/// piece of a longer run of colon-separated hex groups: a firewall log's
/// `MAC=` field (two hardware addresses and a type, fourteen groups), a
/// fingerprint or a hex dump. An IPv6 address holds at most eight groups,
/// and a port after one is written `[addr]:port`.
fn is_in_a_colon_hex_run(haystack: &[u8], start: usize, end: usize) -> bool {
    if !haystack[start..end].contains(&b':') {
        return false;
    }
    let after = haystack.get(end) == Some(&b':')
        && haystack.get(end + 1).is_some_and(u8::is_ascii_hexdigit);
    let before =
        start >= 2 && haystack[start - 1] == b':' && haystack[start - 2].is_ascii_hexdigit();
    after || before
}

/// Whether `after` (the text after a dotted quad) opens with the commit a
/// release was built from, as changelogs and rollbacks write a four-part
/// version: ` (ec1e32a)`, ` (55bd3acc67da, 2024-06-30)`. An abbreviated
/// hash has 7 to 40 hexadecimal digits, letters among them; no address is
/// written that way.
fn names_its_commit(after: &[u8]) -> bool {
    let Some(rest) = after.strip_prefix(b" (") else {
        return false;
    };
    let hex = rest.iter().take_while(|b| b.is_ascii_hexdigit()).count();
    (7..=40).contains(&hex)
        && rest[..hex].iter().any(|b| b.is_ascii_alphabetic())
        && rest[..hex].iter().all(|b| !b.is_ascii_uppercase())
        && matches!(rest.get(hex), Some(b')' | b',' | b' '))
}

/// Whether an address candidate starts inside a longer run of local-part
/// characters (`d9c1a818-b28f-...@mail.host`, whose whole local part was
/// tried first and rejected as a machine identifier): its tail is no
/// mailbox either. A run of punctuation before it (`--jane@x.com`) is no
/// local part, so one separator after a letter or digit is the sign.
fn is_inner_address(haystack: &[u8], start: usize) -> bool {
    start >= 2
        && matches!(haystack[start - 1], b'-' | b'.' | b'_' | b'+' | b'%')
        && haystack[start - 2].is_ascii_alphanumeric()
}

/// Whether the address at `start` is the value of a field that names a
/// message or an event rather than a mailbox: an identifier in angle
/// brackets in a mail header (`Message-ID:`, `In-Reply-To:`, `References:`,
/// `Content-ID:`; a folded header's continuation lines too) or an
/// iCalendar `UID:`, whose values are written as addresses
/// (`<CAMf264x...@mail.gmail.com>`, `2fjn3jsn57...@google.com`) and reach
/// no one. The brackets keep a résumé's referees, listed under a
/// `References:` heading, the mailboxes they are.
fn is_message_id(haystack: &[u8], start: usize) -> bool {
    const BRACKETED: &[&[u8]] = &[
        b"message-id",
        b"in-reply-to",
        b"references",
        b"resent-message-id",
        b"original-message-id",
        b"x-original-message-id",
        b"x-message-id",
        b"content-id",
    ];
    let bracketed = start > 0 && haystack[start - 1] == b'<';
    let from = start.saturating_sub(MAX_FOLDED_FIELD);
    // Where the line holding the bytes before `end` starts, at `from` or
    // after it.
    let start_of_line = |end: usize| crate::text_table::line_start(haystack, end, end - from + 1);
    let Some(mut line_start) = start_of_line(start) else {
        return false;
    };
    // A folded header goes on over lines that open with a blank: the field
    // is named on the first of them.
    while matches!(haystack.get(line_start), Some(b' ' | b'\t')) && line_start > from {
        let Some(above) = start_of_line(line_start - 1) else {
            return false;
        };
        line_start = above;
    }
    let line = &haystack[line_start..start];
    let name_len = line
        .iter()
        .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'-')
        .count();
    let name = &line[..name_len];
    matches!(line.get(name_len), Some(b':' | b';'))
        && (name.eq_ignore_ascii_case(b"uid")
            || bracketed
                && BRACKETED
                    .iter()
                    .any(|field| name.eq_ignore_ascii_case(field)))
}

/// How far back a folded header's name is looked for from a value on one
/// of its continuation lines.
const MAX_FOLDED_FIELD: usize = 2048;

/// Whether an address ending at `end` is the login and host of an scp-style
/// remote (`git@github.com:acme/app.git`, `deploy@web1.acme.io:/srv`): a
/// colon and a path right after it, which no mailbox has.
fn is_remote_path(haystack: &[u8], end: usize) -> bool {
    haystack.get(end) == Some(&b':')
        && haystack
            .get(end + 1)
            .is_some_and(|&b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'~' | b'_' | b'.'))
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// Context words match as whole words: "lic" inside "public" is no licence.
/// An escaped line break or tab (`\n`, `\r`, `\t` written out, as JSON
/// strings, iCalendar descriptions and CSV cells hold multi-line notes:
/// `Patient seen.\nMRN: 29202489`) separates words: its letter belongs to
/// neither the word before nor the word after it.
fn is_whole_word(haystack: &[u8], start: usize, end: usize) -> bool {
    let is_escape_letter = |at: usize| {
        at >= 1 && haystack[at - 1] == b'\\' && matches!(haystack[at], b'n' | b'r' | b't')
    };
    if start < haystack.len() && is_escape_letter(start) {
        return false;
    }
    let before_ok = start == 0
        || !is_word_byte(haystack[start - 1])
        || !is_word_byte(haystack[start])
        || is_escape_letter(start - 1)
        || is_camel_hump(haystack, start);
    let after_ok = end >= haystack.len()
        || !is_word_byte(haystack[end])
        || !is_word_byte(haystack[end - 1])
        || is_camel_hump(haystack, end)
        || ends_with_a_counter(haystack, start, end);
    before_ok && after_ok
}

/// Whether a word ending at `end` is followed by a number of one or two
/// digits that ends the token (`dx1`, `phone2`, `dob_2` spelt `dob2`): the
/// numbered columns of a series (a claim's second diagnosis, a contact's
/// second number) are named by the word before their number. A longer run
/// (`DL12345678`) is a value glued to its prefix, not a counter; nor is a
/// standard's version (`ICD9` is no ICD-10 code's label).
fn ends_with_a_counter(haystack: &[u8], start: usize, end: usize) -> bool {
    if end == 0 || !haystack[end - 1].is_ascii_alphabetic() || is_versioned(&haystack[start..end]) {
        return false;
    }
    let digits = haystack[end..]
        .iter()
        .take(3)
        .take_while(|b| b.is_ascii_digit())
        .count();
    (1..=2).contains(&digits) && haystack.get(end + digits).is_none_or(|&b| !is_word_byte(b))
}

/// Whether a camelCase word starts at `at` (`appVersion`, `dateOfBirth`,
/// `clientIPAddress` at `Address`): identifiers in code and keys in JSON
/// spell their words so, and a word they hold labels a value as a spaced
/// one does.
fn is_camel_hump(haystack: &[u8], at: usize) -> bool {
    if at == 0 || at >= haystack.len() || !haystack[at].is_ascii_uppercase() {
        return false;
    }
    let before = haystack[at - 1];
    before.is_ascii_lowercase()
        || (before.is_ascii_uppercase()
            && haystack.get(at + 1).is_some_and(|b| b.is_ascii_lowercase()))
}

/// Lower-case, with every run of non-alphanumerics (and camelCase humps)
/// turned into one `_`: `"Card Number"`, `cardNumber` and `card-number` all
/// become `card_number`.
/// A normalised column name and its parts at either end, split at `_`
/// (`crm_host_name`: itself, `host_name`, `name`, `crm`, `crm_host`).
fn ends_of(norm: &str) -> impl Iterator<Item = &str> {
    std::iter::once(norm).chain(
        norm.match_indices('_')
            .flat_map(move |(i, _)| [&norm[i + 1..], &norm[..i]]),
    )
}

/// The last two fields of a nested column path, leaf first, normalized:
/// `patient.name[].given[]` -> `given_name`. `None` for a flat name.
fn nested_compound(column: &str) -> Option<String> {
    let mut fields = column
        .rsplit('.')
        .map(|f| f.trim_end_matches("[]"))
        .filter(|f| !f.is_empty() && *f != crate::tables::DATA_KEY);
    let leaf = fields.next()?;
    let parent = fields.next()?;
    Some(normalize_column(&format!("{leaf}_{parent}")))
}

/// Fields of a nested record that group its fields rather than say what
/// they hold: Azure's activity log, GeoJSON and JSON Schema keep theirs
/// under `properties`, a word that names an organisation elsewhere (`Acme
/// Properties LLC`) and so would make every field under it a company's.
const CONTAINER_FIELDS: &[&str] = &["properties", "attributes", "metadata"];

/// Leaves that show the record a field refers to rather than name what
/// the field holds: ServiceNow's `caller_id.display_value`, FHIR's
/// `subject.display`, OData's `assigned_to.displayValue`. The field above
/// says whose it is.
const REFERENCE_LEAVES: &[&str] = &["display_value", "displayValue", "display"];

/// A nested column's path without its [`CONTAINER_FIELDS`] above the leaf
/// (`value[].properties.message` is read as `value[].message`), and read as
/// the field a [`REFERENCE_LEAVES`] leaf shows (`result[].assigned_to.
/// display_value` as `result[].assigned_to`).
fn without_containers(column: &str) -> std::borrow::Cow<'_, str> {
    let Some((mut path, mut leaf)) = column.rsplit_once('.') else {
        return column.into();
    };
    if REFERENCE_LEAVES.contains(&leaf) && !path.trim_end_matches("[]").is_empty() {
        match path.rsplit_once('.') {
            Some((above, field)) => (path, leaf) = (above, field),
            None => return path.into(),
        }
    }
    let is_container = |field: &str| {
        let field = field.trim_end_matches("[]");
        CONTAINER_FIELDS
            .iter()
            .any(|c| field.eq_ignore_ascii_case(c))
    };
    if !path.split('.').any(is_container) {
        // (`path` and `leaf` are still a prefix of `column` and its end.)
        return column[..path.len() + 1 + leaf.len()].into();
    }
    let mut kept: Vec<&str> = path.split('.').filter(|f| !is_container(f)).collect();
    kept.push(leaf);
    kept.join(".").into()
}

/// A normalised column name without the number of one or two digits that
/// ends it (`dx1`, `phone_2`, `address_line1`), when a letter comes before.
fn without_counter(norm: &str) -> Option<&str> {
    let stem = norm.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = norm.len() - stem.len();
    let stem = stem.trim_end_matches('_');
    let last_word = stem.rsplit('_').next().unwrap_or(stem);
    ((1..=2).contains(&digits)
        && stem.ends_with(|c: char| c.is_ascii_alphabetic())
        && !is_versioned(last_word.as_bytes()))
    .then_some(stem)
}

/// Names whose number is a version or a standard's, not a counter
/// (`icd9`, `ipv6`, `sha1`, `cie10`).
fn is_versioned(word: &[u8]) -> bool {
    const VERSIONED: &[&[u8]] = &[
        b"icd", b"cie", b"cim", b"cid", b"ipv", b"sha", b"md", b"utf", b"iso", b"base", b"v",
    ];
    VERSIONED.iter().any(|v| word.eq_ignore_ascii_case(v))
}

pub fn normalize_column(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    let mut prev_lower = false;
    for ch in name.chars() {
        // An apostrophe joins its word (`Driver's License`: drivers_license).
        if ch == '\'' || ch == '\u{2019}' {
            continue;
        }
        if ch.is_alphanumeric() {
            if ch.is_uppercase() && prev_lower && !out.ends_with('_') {
                out.push('_');
            }
            prev_lower = ch.is_lowercase() || ch.is_ascii_digit();
            out.extend(ch.to_lowercase());
        } else {
            prev_lower = false;
            if !out.is_empty() && !out.ends_with('_') {
                out.push('_');
            }
        }
    }
    while out.ends_with('_') {
        out.pop();
    }
    out
}

/// Which of two overlapping candidates wins (`Less` first): the more
/// confident, then the higher priority, the longer, the earlier rule, the
/// earlier start.
fn preference(rules: &[CompiledRule], a: &Candidate, b: &Candidate) -> std::cmp::Ordering {
    b.confidence
        .total_cmp(&a.confidence)
        .then(
            rules[b.rule]
                .spec
                .priority
                .cmp(&rules[a.rule].spec.priority),
        )
        .then((b.end - b.start).cmp(&(a.end - a.start)))
        .then(a.rule.cmp(&b.rule))
        .then(a.start.cmp(&b.start))
}

/// Appends to `out` each of `preferred` (most preferred first) that
/// overlaps none appended before it.
fn settle_in_order(preferred: &[Candidate], out: &mut Vec<Candidate>) {
    let mut kept: std::collections::BTreeMap<usize, usize> = Default::default();
    for c in preferred {
        if kept
            .range(..c.end)
            .next_back()
            .is_none_or(|(_, &end)| end <= c.start)
        {
            kept.insert(c.start, c.end);
            out.push(*c);
        }
    }
}

/// Overlapping candidates settled by comparing each with every one kept
/// (above this, kept spans are looked up by start).
const SMALL_OVERLAP_GROUP: usize = 32;

/// Keeps, among overlapping candidates, the most confident (then higher
/// priority, then longer, then earlier rule); output sorted by start.
///
/// Candidates that overlap nothing are kept as they are; each group of
/// overlapping ones (a run in start order whose intervals chain together)
/// is settled on its own, most preferred first, which is what settling the
/// whole list at once gives: candidates of two groups never overlap. A
/// chunk of text holds thousands of candidates and few groups of more than
/// one, so this is one sort by start instead of two full sorts and an
/// ordered map.
fn resolve_overlaps(cands: &mut Vec<Candidate>, rules: &[CompiledRule]) {
    if cands.len() < 2 {
        return;
    }
    let preferred = |a: &Candidate, b: &Candidate| preference(rules, a, b);
    // Found left to right: usually in order already.
    cands.sort_by_key(|c| (c.start, c.end, c.rule));
    let mut out = Vec::with_capacity(cands.len());
    let mut group: Vec<Candidate> = Vec::new();
    let mut i = 0;
    while i < cands.len() {
        let mut j = i + 1;
        let mut reach = cands[i].end;
        while j < cands.len() && cands[j].start < reach {
            reach = reach.max(cands[j].end);
            j += 1;
        }
        if j == i + 1 {
            out.push(cands[i]);
        } else {
            group.clear();
            group.extend_from_slice(&cands[i..j]);
            group.sort_by(preferred);
            let first_kept = out.len();
            if group.len() <= SMALL_OVERLAP_GROUP {
                for c in &group {
                    if !out[first_kept..]
                        .iter()
                        .any(|k: &Candidate| k.start < c.end && c.start < k.end)
                    {
                        out.push(*c);
                    }
                }
            } else {
                // A long chain (adversarial text): kept spans by start, so
                // each check is a lookup rather than a pass over the kept.
                settle_in_order(&group, &mut out);
            }
            out[first_kept..].sort_by_key(|c| (c.start, c.end, c.rule));
        }
        i = j;
    }
    *cands = out;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_prefilter_is_looked_for_only_when_every_pattern_starts_with_a_literal() {
        let starts =
            |p: &str| starts_with_literal(&syntax::parse_with(p, &syntax_config()).unwrap());
        for p in [
            r"EMP-\d{6}",
            r"\bINV-\d+",
            r"(?:foo|bar)\d",
            r"(?i)acct\d+",
            r"[ab]x",
            r"(?:x{2,})y",
        ] {
            assert!(starts(p), "{p}");
        }
        for p in [
            r"\d+",
            r"\b[A-Z]{2}\d",
            r"a?b",
            r"(?:foo|\d)",
            r"x*",
            r"",
            r"\b",
        ] {
            assert!(!starts(p), "{p}");
        }
        // The built-in rules: no prefilter to look for.
        let builtin = RuleSet::builtin().unwrap();
        assert!(!builtin
            .rules
            .iter()
            .all(|r| starts(&expand_pattern(&r.pattern))));
    }

    #[test]
    fn every_built_in_rule_compiles_alone_within_the_size_limit() {
        // The engine trusts built-in rules kept out of the shared automata
        // to compile on first use: this is the proof it skips at start-up.
        // (An engine of its own: other tests search with the shared one.)
        let engine = Engine::builtin().unwrap();
        let kept_out: Vec<&CompiledRule> = engine
            .rules()
            .iter()
            .filter(|r| r.spec.kept_out_of_shared_automata())
            .collect();
        assert!(kept_out.len() >= 3);
        for rule in engine.rules() {
            assert!(rule.spec.built_in, "{}", rule.spec.id);
            assert!(build_rule_regex(&rule.hir).is_ok(), "{}", rule.spec.id);
        }
        for rule in kept_out {
            assert!(
                rule.regex.get().is_none(),
                "{} built at start-up",
                rule.spec.id
            );
        }
    }

    #[test]
    fn a_user_rule_kept_out_of_the_shared_automata_fails_at_start_up() {
        // 400 × 400 Unicode word characters compile to more than the limit.
        let mut set = RuleSet::default();
        set.add_toml(
            "big.toml",
            r#"
[[rule]]
id = "huge-unicode"
type = "PERSON_NAME"
category = "PII"
pattern = '(?u:\w{400}){400}'
confidence = 0.5
requires_non_ascii = true
"#,
        )
        .unwrap();
        let err = EngineBuilder::new(set).build().unwrap_err().to_string();
        assert!(
            err.contains("huge-unicode") && err.contains("bad pattern"),
            "{err}"
        );
    }

    #[test]
    fn a_value_labelled_once_is_labelled_where_the_document_repeats_it() {
        let e = Engine::builtin().unwrap();
        let found = |hay: &str, s: &mut Scratch| -> Vec<(String, f32)> {
            let mut out = Vec::new();
            e.scan(hay.as_bytes(), 0..hay.len(), s, &mut out);
            out.iter()
                .filter(|c| e.rule(c.rule).data_type == "MEDICAL_RECORD_NUMBER")
                .map(|c| (hay[c.start..c.end].to_owned(), c.confidence))
                .collect()
        };
        // Bare, the number is nothing. (A label program, `^XA` on: a
        // wristband, its text and its barcode's data.)
        let barcode = "^XA^FO40,600^BY2^BCR,70,N,N,N^FDE5982812^FS\n";
        let mut s = Scratch::default();
        assert!(found(barcode, &mut s).is_empty());
        // After its label, the repeat counts, a little less sure.
        let label = "^XA^FO120,20^A0R,26,26^FDMRN: E5982812  Adm: 05/29/2025^FS\n";
        let both = found(&format!("{label}{barcode}"), &mut s);
        assert_eq!(both.len(), 2, "{both:?}");
        assert_eq!(both[1].0, "E5982812");
        assert!(both[1].1 < both[0].1 && both[1].1 >= e.min_confidence);
        // Another value is not vouched for.
        let other = barcode.replace("E5982812", "E5982813");
        assert_eq!(found(&format!("{label}{other}"), &mut s).len(), 1);
        // Nor is the value before its label, in a new document (in the
        // last one, it was known).
        assert_eq!(found(&format!("{barcode}{label}"), &mut s).len(), 2);
        s.forget_document();
        assert_eq!(found(&format!("{barcode}{label}"), &mut s).len(), 1);
        // A value of another type is not vouched for: the same digits
        // labelled as an account number are no record number.
        s.forget_document();
        let account = "Account number 59822812\n^FD59822812^FS\n";
        assert!(found(account, &mut s).is_empty());
    }

    #[test]
    fn a_name_reported_in_full_vouches_for_its_words_later_in_the_document() {
        let e = Engine::builtin().unwrap();
        let names = |hay: &str, s: &mut Scratch| -> Vec<String> {
            let mut out = Vec::new();
            e.scan(hay.as_bytes(), 0..hay.len(), s, &mut out);
            out.iter()
                .filter(|c| e.rule(c.rule).kind == validators::Kind::Name)
                .map(|c| hay[c.start..c.end].to_owned())
                .collect()
        };
        // Neither word is listed: the greeting alone names no one the
        // lists know.
        let greeting = "Hi Dominika,\n\nthe refund went out.\n";
        let mut s = Scratch::default();
        assert!(names(greeting, &mut s).is_empty());
        let mail = "From: \"Dominika Qwertzova\" <dominika.qwertzova@post.example.net>\n\n";
        assert_eq!(
            names(&format!("{mail}{greeting}"), &mut s),
            ["Dominika Qwertzova", "Dominika"]
        );
        // The next haystack of the same document (a table's next cell)
        // still knows her; a new document does not.
        assert_eq!(names(greeting, &mut s), ["Dominika"]);
        s.forget_document();
        assert!(names(greeting, &mut s).is_empty());
        // A word the document never named in full stays unknown, and a
        // greeting to no one stays no name whatever was remembered.
        let mut s = Scratch::default();
        names(mail, &mut s);
        assert!(names("Hi Qwertzovan,\nHi Team,\n", &mut s).is_empty());
    }

    #[test]
    fn a_thread_keeps_its_scratch_warm_between_uses() {
        let e = Engine::builtin().unwrap();
        let hay = b"SSN 571-28-2364";
        let mut out = Vec::new();
        let mut s = Scratch::for_this_thread();
        e.scan(hay, 0..hay.len(), &mut s, &mut out);
        s.give_back();
        let s = Scratch::for_this_thread();
        assert!(s.caches.as_ref().is_some_and(|c| c.engine == e.id));
        // Taken twice without giving back: the second taker starts cold.
        assert!(Scratch::for_this_thread().caches.is_none());
        s.give_back();
    }

    #[test]
    fn a_demoted_value_hides_the_matches_inside_it() {
        let e = Engine::builtin().unwrap();
        // Documentation addresses: `db8::1` and `db8::8a2e:370:7334` match
        // the IPv6 pattern too, and are no addresses of their own.
        for text in [
            "login from 2001:db8::1 failed",
            "ip 2001:db8::8a2e:370:7334 ok",
        ] {
            assert!(e.find_all(text.as_bytes()).is_empty(), "{text}");
        }
        // With the demoted value reported (threshold lowered), it is the
        // only finding.
        let low = EngineBuilder::new(RuleSet::builtin().unwrap())
            .min_confidence(0.1)
            .build()
            .unwrap();
        let found = low.find_all(b"ip 2001:db8::1 ok");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].start, found[0].end), (3, 14));
        assert!(found[0].confidence <= DEMOTED_CONFIDENCE);
    }

    #[test]
    fn context_words_and_keywords_are_found_in_snake_case_keys() {
        let e = Engine::builtin().unwrap();
        // `patient id` is an MRN keyword and context word; keys spell it
        // with `_`.
        for text in [
            r#"{"patient_id": "00482137"}"#,
            "patient_id=00482137 admitted",
        ] {
            let found = e.find_all(text.as_bytes());
            assert!(
                found
                    .iter()
                    .any(|c| e.rule(c.rule).data_type == "MEDICAL_RECORD_NUMBER"),
                "{text}: {found:?}"
            );
        }
        assert!(e.find_all(b"visit 00482137 admitted").is_empty());
    }

    #[test]
    fn dropped_scratches_leave_their_caches_to_the_engine() {
        let e = Engine::builtin().unwrap();
        let other = Engine::builtin().unwrap();
        let hay = b"SSN 571-28-2364";
        let mut s = Scratch::default();
        let mut out = Vec::new();
        e.scan(hay, 0..hay.len(), &mut s, &mut out);
        assert_eq!(e.spares.lock().unwrap().len(), 0);
        drop(s);
        assert_eq!(e.spares.lock().unwrap().len(), 1);
        // The next scratch starts from the spare; one used with another
        // engine gets that engine's caches and gives them back there.
        let mut s = Scratch::default();
        e.scan(hay, 0..hay.len(), &mut s, &mut out);
        assert_eq!(e.spares.lock().unwrap().len(), 0);
        other.scan(hay, 0..hay.len(), &mut s, &mut out);
        drop(s);
        assert_eq!(
            e.spares.lock().unwrap().len(),
            1,
            "e's set came back when s moved on"
        );
        assert_eq!(other.spares.lock().unwrap().len(), 1);
        assert_eq!(out.len(), 3);
    }

    /// The built-in patterns, parsed as the engine parses them, without
    /// those kept out of the shared automata.
    fn shared_builtin_hirs() -> Vec<regex_syntax::hir::Hir> {
        RuleSet::builtin()
            .unwrap()
            .rules
            .iter()
            .filter(|r| !r.kept_out_of_shared_automata())
            .map(|r| syntax::parse_with(&expand_pattern(&r.pattern), &syntax_config()).unwrap())
            .collect()
    }

    #[test]
    fn widened_candidate_finder_has_one_class_for_non_ascii_bytes() {
        let hirs = shared_builtin_hirs();
        let classes = |hirs: &[regex_syntax::hir::Hir]| {
            let dfa = regex_automata::hybrid::dfa::DFA::builder()
                .build_from_nfa(
                    regex_automata::nfa::thompson::Compiler::new()
                        .build_many_from_hir(hirs)
                        .unwrap(),
                )
                .unwrap();
            let classes = *dfa.byte_classes();
            (
                (0x80..=0xFF)
                    .map(|b| classes.get(b))
                    .collect::<HashSet<u8>>()
                    .len(),
                classes.alphabet_len(),
            )
        };
        let (exact_non_ascii, _) = classes(&hirs);
        assert!(
            exact_non_ascii > 1,
            "the built-in patterns tell non-ASCII bytes apart"
        );
        let widened: Vec<_> = hirs
            .iter()
            .map(|hir| widen_non_ascii(hir).unwrap_or_else(|| hir.clone()))
            .collect();
        let (non_ascii, alphabet) = classes(&widened);
        assert_eq!(non_ascii, 1);
        // (A stride of 128 rather than 256: half the lazy DFA's memory.)
        assert!(alphabet <= 128, "{alphabet} classes");
    }

    #[test]
    fn widened_patterns_match_a_superset_and_the_same_on_ascii() {
        let patterns = [
            r"Pr\xC3\xA9nom: [A-Z][a-z]+",
            r"(?:Mc|O')?[A-Z\xC3-\xC5][a-z'\x80-\xBF\xC3-\xC5]+ [A-Z][a-z]+",
            r"(?u)\w+ \d{3}",
            r"(?u)[é-ü]+x",
        ];
        let ascii_only = syntax::parse_with(r"\b\d{3}-\d{2}-\d{4}\b|[A-Z][a-z]+", &syntax_config());
        assert!(widen_non_ascii(&ascii_only.unwrap()).is_none());
        let haystacks = [
            "Prénom: Marie",
            "Prenom: Marie",
            "Pr  nom: Marie",
            "Zoë Okafor",
            "Zoe Okafor",
            "O'Brien Smith",
            "Ünal Kaya",
            "abc 123",
            "çé 456",
            "éüx",
            "ab x",
            "",
        ];
        for p in patterns {
            let hir = syntax::parse_with(p, &syntax_config()).unwrap();
            let exact = meta::Regex::builder().build_from_hir(&hir).unwrap();
            let wide = meta::Regex::builder()
                .build_from_hir(&widen_non_ascii(&hir).expect("each pattern has non-ASCII"))
                .unwrap();
            for h in haystacks {
                let (e, w) = (exact.find(h), wide.find(h));
                if let Some(e) = e {
                    let w = w.unwrap_or_else(|| panic!("{p} widened misses {h:?}"));
                    assert!(w.start() <= e.start(), "{p} on {h:?}");
                }
                if h.is_ascii() {
                    assert_eq!(e, w, "{p} on {h:?}");
                }
            }
        }
    }

    fn builtin() -> &'static Engine {
        static E: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
        E.get_or_init(|| Engine::builtin().expect("built-in rules compile"))
    }

    proptest::proptest! {
        /// Short haystacks take their own paths (candidates first sought at
        /// the start, keyword bytes noted in one pass, one shared keyword
        /// pass); trailing spaces that push a value past `SHORT_HAYSTACK`
        /// send it down the general paths. Spaces add no keyword, context
        /// word or value, so both must find the same.
        #[test]
        fn prop_short_and_long_paths_agree(
            parts in proptest::collection::vec(proptest::sample::select(&[
                "571-28-2364", "4111 1111 1111 1111", "4526018159083012", "jane.roe@acme.io",
                "Marcus Gilbert", "DOB 04/12/1961", "MRN 00482913", "passport 912803456",
                "DL A1234567", "acct 0012345678", "IBAN DE89370400440532013000", "10.12.4.7",
                "(212) 555-0147", "+44 20 7946 0958", "NPI 1234567893", "ICD E11.9", "order",
                "routing 011000015", "SWIFT DEUTDEFF", "Zoë Müller", "note", ",", ":", "@", "-",
            ][..]), 0..8),
            sep in proptest::sample::select(&[" ", ", ", "; ", " | "][..]),
        ) {
            let short = parts.join(sep);
            proptest::prop_assume!(short.len() <= SHORT_HAYSTACK);
            let long = format!("{short}{}", " ".repeat(SHORT_HAYSTACK + 1 - short.len()));
            let e = builtin();
            proptest::prop_assert_eq!(e.find_all(short.as_bytes()), e.find_all(long.as_bytes()), "{:?}", short);
        }
    }

    /// Pieces the walk's property tests build haystacks from: values of
    /// most built-in types, a few variants, separators.
    const WALK_PIECES: &[&str] = &[
        "571-28-2364",
        "4111 1111 1111 1111",
        "4111-1111-1111-11",
        "jane.roe@acme.io",
        "Marcus Gilbert",
        "Mary Ann Smith",
        "04/12/1961",
        "00482913",
        "912803456",
        "A1234567",
        "DE89370400440532013000",
        "DE89 3704 0044 0532 0130 00",
        "10.12.4.7",
        "(212) 555-0147",
        "+44 20 7946 0958",
        "E11.9",
        "DEUTDEFF",
        "12 Main Street",
        "Zoë",
        "fe80::1",
        "1EG4-TE5-MK73",
        "x",
        " ",
        "-",
        ".",
        "\n",
        "0",
        "12",
    ];

    proptest::proptest! {
        /// The DFA walk of `PatternsAt` names the same patterns as the
        /// overlapping search of a meta regex over the same patterns (what
        /// the engine used before the walk), at every start.
        #[test]
        fn prop_patterns_at_walk_agrees_with_the_overlapping_search(
            parts in proptest::collection::vec(proptest::sample::select(WALK_PIECES), 0..8),
        ) {
            let hay = parts.concat();
            let (walk, reference) = patterns_at_pair();
            let mut cache = walk.create_cache();
            let mut walked = PatternBits::new(reference.pattern_len());
            let mut expected = PatternSet::new(reference.pattern_len());
            for at in 0..=hay.len() {
                walk.which(hay.as_bytes(), at, &mut cache, &mut walked);
                expected.clear();
                let input = Input::new(&hay).range(at..).anchored(Anchored::Yes);
                reference.which_overlapping_matches(&input, &mut expected);
                proptest::prop_assert_eq!(
                    ids(&walked),
                    expected.iter().map(|p| p.as_usize()).collect::<Vec<_>>(),
                    "{:?} at {}", hay, at
                );
            }
        }
    }

    proptest::proptest! {
        /// Where the walk says a pattern has only one match, that match is
        /// what the rule's own anchored (leftmost-first) search finds: the
        /// engine takes it instead of searching.
        #[test]
        fn prop_a_single_match_end_is_the_rules_own_match(
            parts in proptest::collection::vec(proptest::sample::select(WALK_PIECES), 0..8),
        ) {
            let hay = parts.concat();
            let e = builtin();
            let (walk, _) = patterns_at_pair();
            let mut cache = walk.create_cache();
            let mut set = PatternBits::new(e.rules.len());
            for at in 0..=hay.len() {
                walk.which(hay.as_bytes(), at, &mut cache, &mut set);
                for id in ids(&set) {
                    let Some(end) = cache.only_end(id) else { continue };
                    let own = e.rules[id].regex().search(
                        &Input::new(&hay).range(at..).anchored(Anchored::Yes),
                    );
                    proptest::prop_assert_eq!(
                        own.map(|m| m.range()), Some(at..end),
                        "rule {} in {:?} at {}", e.rules[id].spec.id, hay, at
                    );
                }
            }
        }
    }

    /// The built-in rules' `PatternsAt` and a meta regex reporting every
    /// match of the same patterns.
    fn patterns_at_pair() -> &'static (PatternsAt, meta::Regex) {
        static PAIR: std::sync::OnceLock<(PatternsAt, meta::Regex)> = std::sync::OnceLock::new();
        PAIR.get_or_init(|| {
            let patterns: Vec<String> = builtin()
                .rules
                .iter()
                .map(|r| {
                    if r.spec.kept_out_of_shared_automata() {
                        r"[^\x00-\xFF]".to_string()
                    } else {
                        expand_pattern(&r.spec.pattern)
                    }
                })
                .collect();
            let reference = meta::Builder::new()
                .syntax(syntax_config())
                .configure(meta::Config::new().match_kind(regex_automata::MatchKind::All))
                .build_many(&patterns)
                .unwrap();
            let patterns: Vec<&str> = patterns.iter().map(String::as_str).collect();
            (PatternsAt::new(&patterns).unwrap(), reference)
        })
    }

    #[test]
    fn patterns_at_falls_back_where_the_dfa_quits() {
        // A Unicode word boundary: the lazy DFA gives up on non-ASCII bytes.
        let all = PatternsAt::new(&[r"(?u:\b)caf\S+(?u:\b)", r"\d+"]).unwrap();
        let mut cache = all.create_cache();
        let mut set = PatternBits::new(2);
        all.which("café au lait".as_bytes(), 0, &mut cache, &mut set);
        assert_eq!(ids(&set), vec![0]);
        all.which("42 café".as_bytes(), 0, &mut cache, &mut set);
        assert_eq!(ids(&set), vec![1]);
        all.which("42 café".as_bytes(), 1, &mut cache, &mut set);
        assert_eq!(ids(&set), vec![1]);
        all.which("4 café".as_bytes(), 1, &mut cache, &mut set);
        assert!(set.is_empty());
    }

    fn ids(set: &PatternBits) -> Vec<usize> {
        std::iter::successors(set.first_from(0), |&id| set.first_from(id + 1)).collect()
    }

    #[test]
    fn pattern_bits_visit_their_ids_in_order_across_words() {
        let mut set = PatternBits::new(200);
        assert!(set.is_empty() && set.first_from(0).is_none());
        for id in [0, 5, 63, 64, 130, 199] {
            set.insert(id);
        }
        assert_eq!(ids(&set), vec![0, 5, 63, 64, 130, 199]);
        assert_eq!(set.first_from(65), Some(130));
        assert_eq!(set.first_from(200), None);
        set.clear();
        assert!(set.is_empty());
    }

    fn engine_with(toml: &str) -> Engine {
        let mut set = RuleSet::default();
        set.add_toml("test.toml", toml).unwrap();
        EngineBuilder::new(set).build().unwrap()
    }

    const RULES: &str = r#"
[[rule]]
id = "acct"
type = "US_BANK_ACCOUNT_NUMBER"
category = "FINANCIAL"
pattern = '\b\d{8,12}\b'
confidence = 0.3
context = ["account", "acct"]
context_boost = 0.5
negative_context = ["order"]

[[rule]]
id = "lic"
type = "US_DRIVERS_LICENSE"
category = "PII"
pattern = '\b[A-Z]\d{7}\b'
keywords = ["licen"]
confidence = 0.3
context = ["lic", "license"]
context_boost = 0.5
"#;

    #[test]
    fn context_words_count_in_any_case_with_or_without_a_lowercased_haystack() {
        let e = engine_with(RULES);
        let account = |found: &[Candidate]| {
            found
                .iter()
                .find(|c| e.rule(c.rule).id() == "acct")
                .map(|c| c.confidence)
        };
        // No keyword search ran: the window's bytes are lowercased as the
        // context automaton walks them.
        let found = e.find_all(b"ACCOUNT NO 12345678 here");
        assert!(account(&found).is_some_and(|c| c > 0.75), "{found:?}");
        // The licence rule's keyword search lowercased the haystack first;
        // the context search reads that copy.
        let found = e.find_all(b"LICENSE A1234567, ACCOUNT NO 12345678");
        assert!(
            found.iter().any(|c| e.rule(c.rule).id() == "lic"),
            "{found:?}"
        );
        assert!(account(&found).is_some_and(|c| c > 0.75), "{found:?}");
        let found = e.find_all(b"LICENSE A1234567, ORDER NO 12345678");
        assert_eq!(account(&found), None, "{found:?}");
    }

    #[test]
    fn context_raises_confidence_over_the_threshold() {
        let e = engine_with(RULES);
        assert!(e.find_all(b"value 12345678 here").is_empty());
        let found = e.find_all(b"account no 12345678 here");
        assert_eq!(found.len(), 1);
        assert!(found[0].confidence > 0.75 && found[0].confidence <= 0.8);
        assert_eq!((found[0].start, found[0].end), (11, 19));
    }

    #[test]
    fn context_words_match_whole_words_only() {
        let e = engine_with(RULES);
        // "lic" inside "public" is no licence; keyword "licen" is present though.
        assert!(e
            .find_all(b"public licen A1234567")
            .iter()
            .all(|c| c.confidence < 0.8));
        assert!(e.find_all(b"the public record A1234567 licen").is_empty());
        assert_eq!(e.find_all(b"lic A1234567 licen").len(), 1);
    }

    #[test]
    fn an_escaped_line_break_separates_words() {
        let at = |text: &str, word: &str| -> bool {
            let start = text.find(word).unwrap();
            is_whole_word(text.as_bytes(), start, start + word.len())
        };
        // `\nMRN`: the escape's `n` is neither word's.
        assert!(at(r"Patient seen.\nMRN: 29202489", "MRN"));
        assert!(at(r"Dx: I10\r\nDOB 1980", "DOB"));
        assert!(at(r"col\tssn", "ssn"));
        assert!(!at(r"seen.\nMRN: 29202489", "nMRN"));
        // No escape: a letter before is part of a longer word.
        assert!(!at("xmrn: 29202489", "mrn"));
        assert!(!at("public", "lic"));
        assert!(!at("PUBLIC", "LIC"));
        // camelCase humps start words, in either case run.
        assert!(at("const appVersion = ", "Version"));
        assert!(at("dateOfBirth", "Birth"));
        assert!(at("clientIPAddress", "Address"));
        assert!(at("clientIPAddress", "IP"));
        assert!(!at("appversion", "version"));
        assert!(!at("Versions", "Version"));
        assert!(!at("IPADDRESS", "ADDRESS"));
        // A series' counter ends the word before it; a value does not.
        assert!(at("<th>dx1</th>", "dx"));
        assert!(at("phone2: 555", "phone"));
        assert!(at("dob12 ", "dob"));
        assert!(!at("DL12345678", "DL"));
        assert!(!at("dob123", "dob"));
        assert!(!at("dx1a", "dx"));
        assert!(!at("adx1", "dx"));
        assert!(!at("ICD9: V45.81", "ICD"));
        let e = builtin();
        let note = br#"{"note":"Follow-up booked.\nMRN: 29202489\nCallback later"}"#;
        assert!(
            e.find_all(note)
                .iter()
                .any(|c| e.rule(c.rule).data_type == "MEDICAL_RECORD_NUMBER"),
            "{:?}",
            e.find_all(note)
        );
    }

    #[test]
    fn context_does_not_cross_lines() {
        let e = engine_with(RULES);
        assert!(e.find_all(b"account\n12345678").is_empty());
    }

    #[test]
    fn negative_context_demotes() {
        let e = engine_with(RULES);
        assert!(e.find_all(b"account order 12345678").is_empty());
    }

    #[test]
    fn a_mailbox_on_the_line_that_spells_a_name_vouches_for_it() {
        let engine = builtin();
        let names = |text: &str| -> Vec<String> {
            engine
                .find_all(text.as_bytes())
                .iter()
                .filter(|c| engine.rule(c.rule).data_type == "PERSON_NAME")
                .map(|c| text[c.start..c.end].to_string())
                .collect()
        };
        // One part listed (`Russo`), no label word: the mailbox says who.
        let line = "- **Pierpaolo Russo**, IT Director - pierpaolo.russo@northgate.org";
        assert_eq!(names(line), ["Pierpaolo Russo"]);
        assert_eq!(
            names("- **Céline Faure**, Office Manager - c.faure@bluewater.io"),
            ["Céline Faure"]
        );
        // On another line, or a mailbox that spells someone else or no one.
        assert!(
            names("- **Pierpaolo Russo**, IT Director\npierpaolo.russo@northgate.org").is_empty()
        );
        assert!(names("- **Pierpaolo Russo**, IT Director - sales@northgate.org").is_empty());
        assert!(names("- **Pierpaolo Russo**, IT Director - a.bianchi@northgate.org").is_empty());
        assert!(names("Support Team - support.team@acme.io").is_empty());
    }

    #[test]
    fn negative_context_reach_keeps_negative_words_beside_the_value() {
        let e = engine_with(
            r#"
[[rule]]
id = "name"
type = "PERSON_NAME"
category = "PII"
pattern = '\b[A-Z][a-z]+ [A-Z][a-z]+\b'
confidence = 0.6
negative_context = ["pharmacy", "inc"]
negative_context_reach = 1
"#,
        );
        // An organisation's word beside the name: no one.
        for text in [
            &b"refill sent to Becker Lane pharmacy"[..],
            b"the pharmacy Becker Lane",
            b"billed by Acme Holdings inc.",
        ] {
            assert!(
                e.find_all(text).is_empty(),
                "{}",
                String::from_utf8_lossy(text)
            );
        }
        // The same word further off is no part of the name.
        for text in [
            &b"the pharmacy called about Laura Chen today"[..],
            b"<Laura Chen> pharmacy called",
        ] {
            let found = e.find_all(text);
            assert_eq!(found.len(), 1, "{found:?}");
            assert!((found[0].confidence - 0.6).abs() < 1e-6, "{found:?}");
        }
    }

    #[test]
    fn a_context_word_cut_by_the_windows_edge_is_read_whole() {
        let e = engine_with(
            r#"
[[rule]]
id = "acct"
type = "US_BANK_ACCOUNT_NUMBER"
category = "FINANCIAL"
pattern = '\b\d{8}\b'
confidence = 0.2
context = ["account number", "account"]
context_before = 32
context_after = 12
context_boost = 0.6
"#,
        );
        // The window starts inside `account`: the phrase still counts, at
        // the distance of its end.
        let found = e.find_all(b"Account number (see instructions): 16131359");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].confidence > 0.5, "{found:?}");
        let found = e.find_all(b"16131359, see the account");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].confidence > 0.5, "{found:?}");
        // A word wholly outside the window still does not.
        assert!(e
            .find_all(b"Account number (see the instructions on the back): 16131359")
            .is_empty());
    }

    #[test]
    fn a_bic_after_an_iban_names_its_country() {
        for (before, bic) in [
            ("DE89 3704 0044 0532 0130 00 (", "COBADEFFXXX"),
            ("DE89370400440532013000 / ", "COBADEFF"),
            ("DE89 3704 0044 0532 0130 00 at ", "COBADEFF"),
            ("DE89 3704 0044 0532 0130 00, BIC: ", "COBADEFF"),
        ] {
            assert!(
                names_country_of_iban(before.as_bytes(), bic.as_bytes()),
                "{before}{bic}"
            );
        }
        for (before, bic) in [
            // Another country, a failed check, no BIC.
            ("DE89 3704 0044 0532 0130 00 (", "NWBKGB2L"),
            ("DE89 3704 0044 0532 0130 01 (", "COBADEFF"),
            ("DE89 3704 0044 0532 0130 00 (", "BUSINESS"),
            ("DE", "COBADEFF"),
        ] {
            assert!(
                !names_country_of_iban(before.as_bytes(), bic.as_bytes()),
                "{before}{bic}"
            );
        }
    }

    #[test]
    fn a_negative_word_in_another_quoted_field_says_nothing_of_the_value() {
        let e = engine_with(
            r#"
[[rule]]
id = "ip"
type = "IP_ADDRESS"
category = "PII"
pattern = '\b(?:\d{1,3}\.){3}\d{1,3}\b'
confidence = 0.6
negative_context = ["safari", "version"]
negative_context_reach = 16
"#,
        );
        // The browser's field ends before the forwarded-for one starts.
        for text in [
            &br#""Mozilla/5.0 Safari/537.36" "104.208.127.209, 10.0.0.8""#[..],
            br#"["Safari", "104.208.127.209"]"#,
            br#""104.208.127.209" "Safari/537.36""#,
            br#""App/8.1 (Safari)" xff="104.208.127.209, 10.0.0.8""#,
        ] {
            let found = e.find_all(text);
            assert!(!found.is_empty(), "{}", String::from_utf8_lossy(text));
            assert!((found[0].confidence - 0.6).abs() < 1e-6, "{found:?}");
        }
        // In the value's own field, or as the key naming it, it still does.
        for text in [
            &br#""Safari 104.208.127.209""#[..],
            br#"{"version": "104.208.127.209"}"#,
            br#"version "104.208.127.209""#,
            br#""Safari" version=104.208.127.209"#,
            br#"version=""104.208.127.209"#,
        ] {
            assert!(
                e.find_all(text).is_empty(),
                "{}",
                String::from_utf8_lossy(text)
            );
        }
    }

    #[test]
    fn the_nearer_of_a_positive_and_a_negative_label_decides() {
        let e = engine_with(RULES);
        // The positive label is nearer: the value is reported as if the
        // negative were absent (it scored below a value with no label).
        let found = e.find_all(b"acct 12345678 for the order");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found, e.find_all(b"acct 12345678 for the meal"));
        // The negative label is nearer, or as near: demoted.
        assert!(e.find_all(b"order 12345678 acct of the shop").is_empty());
        assert!(e.find_all(b"acct 12345678 order").is_empty());
        assert!(e.find_all(b"order 12345678 acct").is_empty());
    }

    #[test]
    fn another_rules_longer_context_word_does_not_hide_a_rules_own() {
        // "order no" (the second rule's word) overlaps "order" (the first
        // rule's negative word) in "order note": the first rule still sees
        // its own word, and "order no", no whole word there, counts for
        // nothing.
        let rules = format!(
            "{RULES}{}",
            r#"
[[rule]]
id = "ref"
type = "MEDICAL_RECORD_NUMBER"
category = "PHI"
pattern = '\bR\d{6}\b'
confidence = 0.3
context = ["order no"]
context_boost = 0.5
"#
        );
        let e = engine_with(&rules);
        assert!(e.find_all(b"acct for the order note 12345678").is_empty());
        assert!(e.find_all(b"acct for the order 12345678").is_empty());
        assert_eq!(e.find_all(b"acct for the note 12345678").len(), 1);
        assert!(e.find_all(b"order note R123456").is_empty());
        assert_eq!(e.find_all(b"order no R123456").len(), 1);
    }

    #[test]
    fn a_longer_word_that_is_no_whole_word_does_not_hide_a_shorter_one() {
        let e = engine_with(
            r#"
[[rule]]
id = "pan"
type = "CREDIT_CARD_NUMBER"
category = "FINANCIAL"
pattern = '\b\d{8}\b'
confidence = 0.3
context = ["card", "card number"]
context_boost = 0.5
"#,
        );
        // "card number" is no whole word in "card numbers"; "card" is.
        assert_eq!(e.find_all(b"card numbers 12345678").len(), 1);
        assert_eq!(e.find_all(b"card number 12345678").len(), 1);
        assert!(e.find_all(b"cardnumbers 12345678").is_empty());
    }

    #[test]
    fn keyword_prefilter_skips_rules() {
        let e = engine_with(RULES);
        // Context would pass, but the keyword "licen" is absent: rule not run.
        assert!(e.find_all(b"lic A1234567").is_empty());
    }

    #[test]
    fn keywords_gate_short_and_long_haystacks_alike() {
        // A keyword anywhere in the haystack, in any ASCII case, switches
        // its rule on; short haystacks take the shared automaton, long ones
        // the rule's own search: the answer must not depend on which.
        let e = engine_with(RULES);
        let filler = "x ".repeat(SHORT_HAYSTACK);
        for (keyword, expected) in [
            ("LICENSE", 1),
            ("Licence", 1),
            ("licorice", 0),
            ("LİCENSE", 0),
            ("Führerschein/LICEN", 1),
        ] {
            let short = format!("{keyword} lic A1234567");
            let long = format!("{keyword} {filler}\nlic A1234567");
            assert!(short.len() <= SHORT_HAYSTACK && long.len() > SHORT_HAYSTACK);
            assert_eq!(e.find_all(short.as_bytes()).len(), expected, "{short}");
            assert_eq!(
                e.find_all(long.as_bytes()).len(),
                expected,
                "{keyword} (long)"
            );
        }
    }

    #[test]
    fn a_long_haystacks_keywords_are_its_own() {
        // One scratch, two long haystacks: the keyword of the first must
        // not switch the rule on in the second (the lowercased copy the
        // searches read is made again for each haystack).
        let e = engine_with(RULES);
        let filler = "x ".repeat(SHORT_HAYSTACK);
        let with = format!("License {filler}\nlic A1234567");
        let without = format!("Lizenz {filler}\nlic A7654321");
        let mut scratch = Scratch::default();
        let mut out = Vec::new();
        e.scan(with.as_bytes(), 0..with.len(), &mut scratch, &mut out);
        assert_eq!(out.len(), 1);
        out.clear();
        e.scan(without.as_bytes(), 0..without.len(), &mut scratch, &mut out);
        assert!(out.is_empty(), "{out:?}");
    }

    #[test]
    fn a_keyword_inside_another_rules_keyword_still_counts() {
        // "nummer" (one rule's keyword) inside "Fallnummer" (another's): a
        // rule's own search finds it, so the shared one on a short haystack
        // must too.
        let e = engine_with(
            r#"
[[rule]]
id = "case"
type = "MEDICAL_RECORD_NUMBER"
category = "PHI"
pattern = '\b[A-Z]\d{6}\b'
keywords = ["fallnummer"]
confidence = 0.6

[[rule]]
id = "tel"
type = "PHONE_NUMBER"
category = "PII"
pattern = '\b0\d{9}\b'
keywords = ["nummer"]
confidence = 0.6
"#,
        );
        let filler = "x ".repeat(SHORT_HAYSTACK);
        for hay in [
            "Fallnummer 0301234567".to_string(),
            format!("Fallnummer {filler} 0301234567"),
        ] {
            let found = e.find_all(hay.as_bytes());
            assert_eq!(found.len(), 1, "{}", hay.len());
            assert_eq!(e.rule(found[0].rule).id(), "tel");
        }
    }

    #[test]
    fn report_range_reports_each_match_once() {
        let e = engine_with(RULES);
        let hay = b"account 12345678 and account 87654321";
        let mut s = Scratch::default();
        let mut first = Vec::new();
        e.scan(hay, 0..20, &mut s, &mut first);
        let mut second = Vec::new();
        e.scan(hay, 20..hay.len(), &mut s, &mut second);
        assert_eq!(first.len(), 1);
        assert_eq!(second.len(), 1);
        assert_eq!(first[0].start, 8);
        assert_eq!(second[0].start, 29);
    }

    #[test]
    fn column_context_stands_in_for_text() {
        let e = engine_with(RULES);
        let ctx = e.column_context("Account Number");
        assert!(ctx.boosts(0));
        let mut out = Vec::new();
        e.scan_value(b"12345678", &ctx, &mut Scratch::default(), &mut out);
        assert_eq!(out.len(), 1);
        let none = e.column_context("order_id");
        out.clear();
        e.scan_value(b"12345678", &none, &mut Scratch::default(), &mut out);
        assert!(out.is_empty());
    }

    #[test]
    fn container_fields_say_nothing_of_the_fields_under_them() {
        assert_eq!(
            without_containers("value[].properties.message"),
            "value[].message"
        );
        assert_eq!(without_containers("Properties.Attributes.owner"), "owner");
        assert_eq!(without_containers("properties"), "properties");
        assert_eq!(without_containers("company.name"), "company.name");
        assert_eq!(
            without_containers("result[].assigned_to.display_value"),
            "result[].assigned_to"
        );
        assert_eq!(without_containers("subject.display"), "subject");
        assert_eq!(without_containers("properties.owner.displayValue"), "owner");
        assert_eq!(without_containers("display"), "display");
        assert_eq!(without_containers("[].display"), "[].display");
        let e = Engine::builtin().unwrap();
        let name = e
            .rules()
            .iter()
            .position(|r| r.spec.id == "person-name")
            .unwrap();
        assert!(!e.column_context("value[].properties.message").negative[name]);
        assert!(e.column_context("vendor.properties.name").negative[name]);
    }

    #[test]
    fn a_numbered_column_of_a_series_holds_what_its_stem_names() {
        assert_eq!(without_counter("dx1"), Some("dx"));
        assert_eq!(without_counter("phone_2"), Some("phone"));
        assert_eq!(without_counter("address_line1"), Some("address_line"));
        assert_eq!(without_counter("dx12"), Some("dx"));
        for name in ["icd9", "ipv6", "cie_10", "acct123", "dx", "42", "x_1_"] {
            assert_eq!(without_counter(name), None, "{name}");
        }
        let e = Engine::builtin().unwrap();
        let icd = e
            .rules()
            .iter()
            .position(|r| r.spec.id == "icd10-code")
            .unwrap();
        assert!(e.column_context("dx1").boosts(icd));
        assert!(e.column_context("DX_2").boosts(icd));
        assert!(!e.column_context("icd9").boosts(icd));
        assert!(!e.column_context("claim_id").boosts(icd));
    }

    #[test]
    fn a_named_column_owns_its_cells_in_a_text_table() {
        let e = Engine::builtin().unwrap();
        let dobs = |text: &str| {
            types_found(&e, text.as_bytes())
                .iter()
                .filter(|t| t.as_str() == "DATE_OF_BIRTH")
                .count()
        };
        // The day of a check, though the cell beside it speaks of a DOB.
        let screening = "| list | result | checked |\n|---|---|---|\n\
                         | OFAC SDN | false positive, different DOB | 6/25/2024 |\n";
        assert_eq!(dobs(screening), 0);
        // A key-value table: the cell beside the value is its label.
        let record = "| Field | Value |\n|---|---|\n| DOB | 03/14/1985 |\n";
        assert_eq!(dobs(record), 1);
        // A header naming the column names the value.
        let register = "| Name | Date of birth |\n|---|---|\n| J. Doe | 03/14/1985 |\n";
        assert_eq!(dobs(register), 1);
        // The cell's own words still count.
        let own = "| list | note |\n|---|---|\n| KYC | born 03/14/1985 per passport |\n";
        assert_eq!(dobs(own), 1);
        // A semicolon table likewise.
        let semicolons = "list;result;checked\nOFAC;different DOB;6/25/2024\n";
        assert_eq!(dobs(semicolons), 0);
    }

    #[test]
    fn a_date_beside_a_grouped_value_is_no_more_of_it() {
        for text in [
            "07/05/1928",
            "10:22 rounds",
            "17 Jul 1935",
            "6 Aug 1983",
            "07.05.1928",
        ] {
            assert!(starts_a_date(text.as_bytes()), "{text}");
        }
        for text in [
            "1234 5678",
            "17 patients",
            "12 34",
            "4567",
            "",
            "07/",
            "1.5 mg",
            "1/2 tab",
            "2024-",
        ] {
            assert!(!starts_a_date(text.as_bytes()), "{text}");
        }
        for text in [
            "seen 07/05/1928",
            "1928-05-07",
            "on 17 Jul 1935",
            "on 6 Aug. 1983",
            "7.5.28",
        ] {
            assert!(ends_a_date(text.as_bytes()), "{text}");
        }
        for text in [
            "ES40 4064",
            "1234-5678",
            "4111 1111",
            "Jul 35",
            "",
            "/1928",
            "a-12-2024",
        ] {
            assert!(!ends_a_date(text.as_bytes()), "{text}");
        }
        // A grouped number stays a fragment of a longer one.
        let hay = b"ES40 4064 6048 0583 4872 6125";
        assert!(is_fragment(hay, 10, 24));
        // A table row: an NHS number between a name and a date of birth.
        let row = b"2    Babajide Asante 421 029 1889 17 Jul 1935 RX372851";
        assert!(!is_fragment(row, 21, 33));
        let row = b"17   SZYMANSKA, Joanna 07/05/1928 420 519 6547 K464476";
        assert!(!is_fragment(row, 34, 46));
        // Nor is the date after it, its month named: no group of digits.
        let row = b"28   MACDONALD, Siobhan 421 694 5171 14 Jan 1945 RX980363";
        assert!(!is_fragment(row, 37, 48));
    }

    #[test]
    fn rows_that_lost_their_alignment_keep_their_header() {
        let e = Engine::builtin().unwrap();
        let header = "Bed  Patient                      NHS no.       DOB         Hosp no.\n\
                      -------------------------------------------------------------------\n";
        let rows = "2    Babajide Asante 421 029 1889 17 Jul 1935 RX372851\n\
                    17   Joanna Szymanska 420 519 6547 07/05/1928 K464476\n";
        let count = |text: &str, ty: &str| {
            types_found(&e, text.as_bytes())
                .iter()
                .filter(|t| t.as_str() == ty)
                .count()
        };
        let table = format!("{header}{rows}");
        assert_eq!(count(&table, "UK_NHS_NUMBER"), 2);
        assert!(count(&table, "DATE_OF_BIRTH") >= 1);
        // Without the header, or past a blank line, the rows say nothing.
        assert_eq!(count(rows, "UK_NHS_NUMBER"), 0);
        assert_eq!(count(&format!("{header}\n{rows}"), "UK_NHS_NUMBER"), 0);
        // A header without its rule is no table's.
        let unruled = format!("{}{rows}", header.lines().next().unwrap());
        assert_eq!(count(&unruled, "UK_NHS_NUMBER"), 0);
    }

    /// The candidates in `value`, a cell under `column`.
    fn scanned_in_column(e: &Engine, column: &str, value: &[u8]) -> Vec<Candidate> {
        let mut out = Vec::new();
        e.scan_value(
            value,
            &e.column_context(column),
            &mut Scratch::default(),
            &mut out,
        );
        out
    }

    /// Findings of `data_type` in `value`, a cell under `column`.
    fn found_in_column(e: &Engine, column: &str, value: &[u8], data_type: &str) -> usize {
        scanned_in_column(e, column, value)
            .iter()
            .filter(|c| e.rule(c.rule).data_type == data_type)
            .count()
    }

    #[test]
    fn postal_and_other_codes_are_no_diagnosis_columns() {
        let e = Engine::builtin().unwrap();
        let icd = |column: &str, value: &[u8]| found_in_column(&e, column, value, "ICD10_CODE");
        for column in ["diagnosis_code", "dx_code", "icd10", "code"] {
            assert_eq!(icd(column, b"E11.9"), 1, "{column}");
        }
        // A Canadian or Irish postcode opens with an ICD-10 shape.
        for column in [
            "Postal Code",
            "mailing_zip_code",
            "promo_code",
            "error_code",
        ] {
            assert_eq!(icd(column, b"K1A 0B1"), 0, "{column}");
            assert_eq!(icd(column, b"E11.9"), 0, "{column}");
        }
    }

    #[test]
    fn names_of_things_are_no_name_columns() {
        let e = Engine::builtin().unwrap();
        let names_found =
            |column: &str, value: &[u8]| found_in_column(&e, column, value, "PERSON_NAME");
        // A column of people's names hints at names: one listed word and
        // an unknown one are enough there.
        for column in ["customer_name", "Full Name", "patient_name", "name"] {
            assert_eq!(names_found(column, b"Stadtwerke Nord"), 1, "{column}");
            assert_eq!(names_found(column, b"Edward Jones"), 1, "{column}");
        }
        // A column naming things or places takes neither, the two-listed
        // one included, which a column of no name at all would report.
        for column in [
            "product_name",
            "ProductName",
            "crm_host_name",
            "street_name",
            "city_name_en",
            "Employer Name",
        ] {
            assert_eq!(names_found(column, b"Stadtwerke Nord"), 0, "{column}");
            assert_eq!(names_found(column, b"Edward Jones"), 0, "{column}");
            let ctx = e.column_context(column);
            let rule = e.rules().iter().position(|r| r.id() == "person-name");
            assert!(!ctx.boosts(rule.unwrap()), "{column}");
        }
        assert_eq!(names_found("reference", b"Edward Jones"), 1);
        // Only the listed names: an account holder's is a person's.
        assert_eq!(names_found("account_holder_name", b"Stadtwerke Nord"), 1);
    }

    #[test]
    fn a_rule_may_retry_its_shortest_match_when_the_longest_fails() {
        // A number with an optional suffix; the validator (SSN structure)
        // accepts the bare number only.
        let rules = |retry: bool| {
            format!(
                r#"
[[rule]]
id = "code"
type = "US_SSN"
category = "PII"
pattern = '\b\d{{3}}-\d{{2}}-\d{{4}}(?: [A-Z]{{2}})?'
validator = "ssn"
confidence = 0.9
retry_shortest = {retry}
"#
            )
        };
        let text = b"ref 571-28-2364 XY end";
        let found = engine_with(&rules(true)).find_all(text);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].start, found[0].end), (4, 15));
        assert!(engine_with(&rules(false)).find_all(text).is_empty());
        // The same in a pass of its own (a rule for non-ASCII text).
        let standalone = |retry: bool| format!("{}requires_non_ascii = true\n", rules(retry));
        let text = "réf 571-28-2364 XY fin".as_bytes();
        let found = engine_with(&standalone(true)).find_all(text);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].start, found[0].end), (5, 16));
        assert!(engine_with(&standalone(false)).find_all(text).is_empty());
        // The built-in name rule retries: a title and a surname inside a
        // longer, rejected match.
        let e = Engine::builtin().unwrap();
        let text = "Dear Mr. Okonkwo Thank you for writing";
        let names: Vec<&str> = e
            .find_all(text.as_bytes())
            .iter()
            .filter(|c| e.rule(c.rule).data_type == "PERSON_NAME")
            .map(|c| &text[c.start..c.end])
            .collect();
        assert_eq!(names, ["Mr. Okonkwo"]);
    }

    #[test]
    fn a_list_of_values_keeps_the_label_it_began_with() {
        let e = Engine::builtin().unwrap();
        let codes = |text: &str| -> Vec<String> {
            e.find_all(text.as_bytes())
                .iter()
                .filter(|c| e.rule(c.rule).data_type == "ICD10_CODE")
                .map(|c| text[c.start..c.end].to_string())
                .collect()
        };
        // The label is 60 bytes from the last codes, past the window; each
        // code is the next one's label.
        assert_eq!(
            codes("Diagnoses on discharge: E11.9, I10, E78.5, N18.3, Z79.4 and K21.9"),
            ["E11.9", "I10", "E78.5", "N18.3", "Z79.4", "K21.9"]
        );
        // No label: no list either; and a list does not cross lines.
        assert!(codes("gates B20, B21, C12 and D14 closed").is_empty());
        assert_eq!(codes("Dx: E11.9\nI10 and E78.5 on the shelf"), ["E11.9"]);
        // A rule without `chain_gap` keeps to its own window.
        let text = "MRN 48291037 merged; other numbers in the old batch: 48291038, 48291039";
        let mrns = e
            .find_all(text.as_bytes())
            .iter()
            .filter(|c| e.rule(c.rule).data_type == "MEDICAL_RECORD_NUMBER")
            .count();
        assert_eq!(mrns, 1);
    }

    #[test]
    fn column_only_rules_run_under_their_columns_alone() {
        let e = Engine::builtin().unwrap();
        let compact = e
            .rules()
            .iter()
            .position(|r| r.spec.column_only && r.data_type == "DATE_OF_BIRTH")
            .expect("a column-only birth-date rule");
        let found = |column: &str, value: &[u8]| {
            scanned_in_column(&e, column, value)
                .iter()
                .filter(|c| c.rule == compact)
                .count()
        };
        for column in [
            "dob",
            "DateOfBirth",
            "patient_dob",
            "Birth Date",
            "dob_yyyymmdd",
        ] {
            assert_eq!(found(column, b"19850314"), 1, "{column}");
        }
        // Eight digits anywhere else are not dates of birth.
        for column in ["order_id", "build", "date", "created", "amount"] {
            assert_eq!(found(column, b"19850314"), 0, "{column}");
        }
        assert_eq!(found("dob", b"19851314"), 0, "month 13");
        assert_eq!(found("dob", b"20991231"), 0, "in the future");
        // Not in free text, even beside a birth keyword: the shape is too
        // common there.
        let text = b"DOB 19850314 order 19850314";
        assert!(e.scan_rule_unresolved(text, compact).is_empty());
        // Nor does it cost the text path: its slot in the shared automata
        // never matches.
        assert!(!e.column_only.is_empty() && e.column_only.contains(&compact));
    }

    #[test]
    fn non_ascii_windows_cover_and_merge() {
        assert!(non_ascii_windows(b"plain ascii text only, nothing else here", 8).is_empty());
        let h = "aaaaaaaaaaaaaaaaaaaa é bbbbbbbbbbbbbbbbbbbbbbbbbbbbb ü".as_bytes();
        let w = non_ascii_windows(h, 4);
        assert_eq!(w.len(), 2);
        assert!(w[0].contains(&21) && w[1].contains(&(h.len() - 1)));
        assert_eq!(non_ascii_windows(h, 100), vec![0..h.len()]);
    }

    #[test]
    fn a_value_stopping_inside_an_accented_word_takes_the_rest_of_it() {
        let h = "prescriber Dr. Krüger npi".as_bytes();
        assert_eq!(accented_word_rest(h, 11, 17), "üger".len());
        let h = "Sabine Weißmann, finance".as_bytes();
        assert_eq!(accented_word_rest(h, 0, 10), "ßmann".len());
        // A value ending its word, or beside a non-letter (a no-break
        // space, a dash, a curly quote, ×), is whole.
        for text in [
            "John Smith",
            "John Smith\u{a0}",
            "John Smith—",
            "John Smith’",
            "John Smith×2",
        ] {
            assert_eq!(accented_word_rest(text.as_bytes(), 0, 10), 0, "{text}");
        }
        let h = "Sr. Muñoz".as_bytes();
        assert!(starts_inside_an_accented_word(h, 8)); // `oz`
        for text in ["\u{a0}John", "—John", "’John"] {
            let h = text.as_bytes();
            assert!(
                !starts_inside_an_accented_word(h, text.find('J').unwrap()),
                "{text}"
            );
        }
        // End to end: the whole name, or nothing.
        let found = builtin().find_all("prescriber Dr. Krüger called".as_bytes());
        assert!(found.iter().all(|c| c.end - c.start > 6), "{found:?}");
    }

    #[test]
    fn grouped_fragments_are_not_values() {
        let h = b"ES40 4064 6048 0583 4872 6125 end";
        assert!(is_fragment(h, 10, 29));
        let h = b"card 6048 0583 4872 6125 end";
        assert!(!is_fragment(h, 5, 24));
        let h = b"SSN 571-28-2364-99";
        assert!(is_fragment(h, 4, 15));
        let h = b"SSN 571282364 ok";
        assert!(!is_fragment(h, 4, 13));
    }

    #[test]
    fn nested_fields_read_as_compounds() {
        assert_eq!(
            nested_compound("name[].family").as_deref(),
            Some("family_name")
        );
        assert_eq!(
            nested_compound("entry[].resource.name[].given[]").as_deref(),
            Some("given_name")
        );
        assert_eq!(nested_compound("given"), None);
        assert_eq!(nested_compound("tags[]"), None);
    }

    #[test]
    fn normalize_column_names() {
        assert_eq!(normalize_column("Card Number"), "card_number");
        assert_eq!(normalize_column("cardNumber"), "card_number");
        assert_eq!(
            normalize_column("patient.contact.email"),
            "patient_contact_email"
        );
        assert_eq!(normalize_column("__SSN__"), "ssn");
        assert_eq!(normalize_column("Driver's License #"), "drivers_license");
    }

    /// The one-pass settlement `resolve_overlaps` replaced: every candidate
    /// in preference order, kept unless it overlaps one kept before.
    fn resolve_overlaps_reference(cands: &mut Vec<Candidate>, rules: &[CompiledRule]) {
        cands.sort_by(|a, b| preference(rules, a, b));
        let mut out = Vec::new();
        settle_in_order(cands, &mut out);
        out.sort_by_key(|c| (c.start, c.end, c.rule));
        *cands = out;
    }

    proptest::proptest! {
        #[test]
        fn prop_overlaps_settle_group_by_group_as_all_at_once(
            raw in proptest::collection::vec(
                (0usize..80, 1usize..12, 0usize..8, 0usize..4), 0..90),
        ) {
            let rules = &builtin().rules;
            let mut cands: Vec<Candidate> = raw
                .iter()
                .map(|&(start, len, rule, conf)| Candidate {
                    rule,
                    start,
                    end: start + len,
                    confidence: [0.5, 0.7, 0.7, 0.9][conf],
                })
                .collect();
            let mut expected = cands.clone();
            resolve_overlaps_reference(&mut expected, rules);
            resolve_overlaps(&mut cands, rules);
            proptest::prop_assert_eq!(cands, expected);
        }
    }

    #[test]
    fn overlaps_keep_the_most_confident() {
        let e = engine_with(
            r#"
[[rule]]
id = "a"
type = "US_SSN"
category = "PII"
pattern = '\d{3}-\d{2}-\d{4}'
confidence = 0.9
[[rule]]
id = "b"
type = "PHONE_NUMBER"
category = "PII"
pattern = '\d{2}-\d{4}'
confidence = 0.6
"#,
        );
        let found = e.find_all(b"x 571-28-2364 y 12-3456");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].rule, 0);
        assert_eq!(found[1].rule, 1);
    }

    #[test]
    fn a_dicom_patient_id_issued_by_the_nhs_is_an_nhs_number_not_a_record_number() {
        let e = Engine::builtin().unwrap();
        let dump = "(0010,0010) PN [HADDAD^LAYLA]                          #  12, 1 PatientName\n\
                    (0010,0020) LO [F4777915]                              #   8, 1 PatientID\n\
                    (0010,0021) LO [FGH]                                   #   4, 1 IssuerOfPatientID\n\
                    (0010,1002) SQ (Sequence with explicit length #=1)      #  34, 1 OtherPatientIDsSequence\n\
                    \x20 (fffe,e000) na (Item with explicit length #=2)          #  26, 1 Item\n\
                    \x20   (0010,0020) LO [4830166134]                        #  10, 1 PatientID\n\
                    \x20   (0010,0021) LO [NHS]                               #   4, 1 IssuerOfPatientID\n";
        let found: Vec<(&str, &str)> = e
            .find_all(dump.as_bytes())
            .iter()
            .map(|c| (e.rule(c.rule).data_type.as_str(), &dump[c.start..c.end]))
            .filter(|(data_type, _)| *data_type != "PERSON_NAME")
            .collect();
        assert_eq!(
            found,
            [
                ("MEDICAL_RECORD_NUMBER", "F4777915"),
                ("UK_NHS_NUMBER", "4830166134"),
            ]
        );
    }

    #[test]
    fn message_and_event_ids_written_as_addresses_are_no_mailboxes() {
        let at = |text: &[u8], value: &[u8]| {
            is_message_id(text, memchr::memmem::find(text, value).unwrap())
        };
        let headers = b"From: Jo <jo@acme-corp.com>\nReferences: <a1@mail.gmail.com>\n\t<b2@mail.gmail.com>\n <c3@mail.gmail.com>\nTo: kim@acme-corp.com\n";
        assert!(!at(headers, b"jo@"));
        assert!(at(headers, b"a1@"));
        assert!(at(headers, b"b2@"), "a folded header's next line");
        assert!(at(headers, b"c3@"));
        assert!(!at(headers, b"kim@"));
        assert!(at(b"UID:2fjn3jsn57@google.com\r\n", b"2fjn"));
        assert!(at(b"message-id: <x9@mx.host.com>", b"x9@"));
        assert!(!at(b"ATTENDEE;CN=Femke:mailto:fv@vh.nl", b"fv@"));
        assert!(!at(b"Note: the uid is jo@acme-corp.com", b"jo@"));
        // A résumé's referees under a heading of that name are mailboxes.
        let cv = b"References:\n  Jane Roe, jane.roe@uni.edu\n";
        assert!(!at(cv, b"jane.roe@"));
        assert!(!at(b"References: Jane Roe, jane.roe@uni.edu", b"jane.roe@"));
        // A value deep in a line far longer than a header is not judged.
        let long = [b"References: ".as_slice(), &[b'x'; 3000], b" jo@acme.com"].concat();
        assert!(!at(&long, b"jo@"));
    }

    #[test]
    fn a_dicom_element_name_labels_its_value_as_a_column_name_does() {
        let e = Engine::builtin().unwrap();
        let dump = "(0008,0080) LO [Maple Crest]                           #  12, 1 InstitutionName\n\
                    (0010,0010) PN [HADDAD^LAYLA]                          #  12, 1 PatientName\n\
                    (0010,2154) SH [07956983804]                           #  12, 1 PatientTelephoneNumbers\n\
                    (0018,1020) LO [9.12.66.129]                           #  12, 1 SoftwareVersions\n\
                    (0018,1000) LO [7742839911]                            #  10, 1 DeviceSerialNumber\n";
        let found: Vec<(&str, &str)> = e
            .find_all(dump.as_bytes())
            .iter()
            .map(|c| (e.rule(c.rule).data_type.as_str(), &dump[c.start..c.end]))
            .collect();
        // The institution is no one, the software version no address, the
        // serial number no phone; the telephone number needs no other word.
        assert_eq!(
            found,
            [
                ("PERSON_NAME", "HADDAD^LAYLA"),
                ("PHONE_NUMBER", "07956983804"),
            ]
        );
        // The same lines as prose, not a dump: no element names them.
        let prose = "Maple Crest said 9.12.66.129\n";
        assert!(e
            .find_all(prose.as_bytes())
            .iter()
            .any(|c| e.rule(c.rule).data_type == "IP_ADDRESS"));
    }

    #[test]
    fn a_postcode_and_town_after_a_street_line_are_found() {
        fn at<'a>(text: &'a str, street: &str) -> Option<&'a str> {
            let end = text.find(street).unwrap() + street.len();
            postcode_and_town_after(text.as_bytes(), end).map(|e| &text[end..e])
        }
        assert_eq!(
            at(
                "Stationsweg 123-III\n2311 EZ Leiden\n\nDatum",
                "Stationsweg 123-III"
            ),
            Some("\n2311 EZ Leiden")
        );
        assert_eq!(
            at(
                "106 rue du Faubourg, 59000 Lille  Tel",
                "106 rue du Faubourg"
            ),
            Some(", 59000 Lille")
        );
        assert_eq!(
            at(
                "Calle Mayor 97, 3º izq.\n  46002 Valencia",
                "Calle Mayor 97"
            ),
            Some(", 3º izq.\n  46002 Valencia")
        );
        assert_eq!(
            at("Rua Augusta 10, 1100-420 Lisboa", "Rua Augusta 10"),
            Some(", 1100-420 Lisboa")
        );
        assert_eq!(
            at("ul. Długa 5\n00-950 Warszawa", "ul. Długa 5"),
            Some("\n00-950 Warszawa")
        );
        // A number and a word in lower case, a street line going on too
        // long, a postcode with no town: none.
        assert_eq!(at("Via Roma 10\n2024 results", "Via Roma 10"), None);
        let long = "Via Roma 10 and then a great many more words\n20095 Hamburg";
        assert_eq!(at(long, "Via Roma 10"), None);
        assert_eq!(at("Via Roma 10, 20095", "Via Roma 10"), None);
    }

    #[test]
    fn bad_pattern_names_the_rule() {
        let mut set = RuleSet::default();
        set.add_toml(
            "f.toml",
            "[[rule]]\nid='x'\ntype='US_SSN'\ncategory='PII'\npattern='(\\d'\nconfidence=0.5\n",
        )
        .unwrap();
        let err = EngineBuilder::new(set).build().unwrap_err().to_string();
        assert!(err.contains("`x`") && err.contains("f.toml") && err.contains("bad pattern"));
    }

    #[test]
    fn a_pattern_too_large_to_compile_names_the_rule() {
        let mut set = RuleSet::default();
        set.add_toml(
            "f.toml",
            "[[rule]]\nid='ok'\ntype='US_SSN'\ncategory='PII'\npattern='\\d{3}'\nconfidence=0.5\n\
             [[rule]]\nid='huge'\ntype='US_SSN'\ncategory='PII'\npattern='(?u)\\w{60000}'\nconfidence=0.5\n",
        )
        .unwrap();
        let err = EngineBuilder::new(set).build().unwrap_err().to_string();
        assert!(
            err.contains("`huge`") && err.contains("f.toml") && err.contains("building NFA"),
            "{err}"
        );
    }

    #[test]
    fn rule_regexes_are_built_on_first_use() {
        let e = Engine::builtin().unwrap();
        let built = |e: &Engine| e.rules.iter().filter(|r| r.regex.get().is_some()).count();
        // Built-in rules, even those kept out of the shared automata, are
        // known to compile (see the test below): none is built at start-up.
        assert_eq!(built(&e), 0);
        // A value the combined automaton settles alone, then one that asks
        // its rule's own regex (a display name's `value` group).
        assert_eq!(e.find_all(b"SSN 571-28-2364").len(), 1);
        assert!(built(&e) < e.rules.len());
        assert_eq!(
            e.find_all(b"From: Connor Thornbury <cthornbury@acme.io>")
                .len(),
            2
        );
        assert!(built(&e) > 0);
    }

    #[test]
    fn an_address_inside_a_machine_identifier_is_not_reported() {
        let engine = Engine::builtin().unwrap();
        let text = b"Message-ID: <d9c1a818-b28f-4d1f-b5e5-341aa750dd82@mail.cobaltcloud.dev>\n\
                     Reply to --jane.roe@acme-mail.io please";
        let found: Vec<String> = engine
            .find_all(text)
            .iter()
            .filter(|c| engine.rule(c.rule).data_type == "EMAIL_ADDRESS")
            .map(|c| String::from_utf8_lossy(&text[c.start..c.end]).into_owned())
            .collect();
        assert_eq!(found, ["jane.roe@acme-mail.io"]);
        assert!(is_inner_address(b"ab-cd@x.io", 3));
        assert!(!is_inner_address(b"--cd@x.io", 2));
        assert!(!is_inner_address(b"cd@x.io", 0));
    }

    /// The types of every candidate `engine` reports in `text`, in order.
    fn types_found(engine: &Engine, text: &[u8]) -> Vec<String> {
        engine
            .find_all(text)
            .iter()
            .map(|c| engine.rule(c.rule).data_type.clone())
            .collect()
    }

    /// How many findings of `data_type` `engine` reports in `text`.
    fn count_of(engine: &Engine, text: &str, data_type: &str) -> usize {
        types_found(engine, text.as_bytes())
            .iter()
            .filter(|t| *t == data_type)
            .count()
    }

    #[test]
    fn a_negative_word_past_the_values_clause_is_the_next_clauses() {
        let e = Engine::builtin().unwrap();
        let phones = |text: &str| count_of(&e, text, "PHONE_NUMBER");
        assert_eq!(
            phones("can you call back Jane Roe at (720) 839-9389? re invoice INV-746477"),
            1
        );
        assert_eq!(phones("call back at 212-893-9968; order 4471 shipped"), 1);
        // In the same clause the word still labels the value.
        assert_eq!(phones("call back re invoice 212-893-9968"), 0);
        assert_eq!(phones("call 212-893-9968 order"), 0);
        // Nor does a label of the next clause name the value before it.
        let dobs = |text: &str| count_of(&e, text, "DATE_OF_BIRTH");
        assert_eq!(
            dobs("Ann Roe, 71, passed away on May 3, 2025. Born October 19, 1954 in Durham."),
            1
        );
        assert_eq!(dobs("seen on 01/02/1980 (date of birth) today"), 1);
        assert!(ends_a_clause(b"? re "));
        assert!(ends_a_clause(b". The "));
        assert!(!ends_a_clause(b" re "));
        assert!(!ends_a_clause(b".5 "));
    }

    #[test]
    fn a_negative_word_in_a_later_cell_is_that_cells() {
        let e = Engine::builtin().unwrap();
        let ips = |text: &str| count_of(&e, text, "IP_ADDRESS");
        // Sign-ins listed as date, address, browser.
        let rows = "Access log:\n    2024-08-05T18:22:40Z  183.119.91.179  Safari 17 / iOS\n\
                    \x20   2025-11-23T05:01:23Z\t105.50.207.24\tChrome 124 / Windows\n";
        assert_eq!(ips(rows), 2);
        // Beside the value, the word is still about it.
        assert_eq!(ips("rolled out 6.14.2.239 firmware to the fleet"), 0);
        assert_eq!(ips("Firmware   6.14.2.239"), 0);
    }

    #[test]
    fn an_addressee_above_a_street_line_is_seen() {
        let at = |text: &str, value: &str| {
            let start = text.find(value).unwrap();
            under_an_addressee(text.as_bytes(), start, start + value.len())
        };
        let label =
            "Rx# 7392408   Date Filled: 10/07/2024\nMARISOL QUINTERO\n812 LAKEVIEW LANE\nDOB";
        assert!(at(label, "812 LAKEVIEW LANE"));
        assert!(at(
            "Ms. Ana de Souza\r\n  40 Elm Street  \n",
            "40 Elm Street"
        ));
        assert!(at("ADA LOVELACE\n12 BAKER STREET", "12 BAKER STREET"));
        // The line above holds digits, one word, five, or is too long; the
        // value is not alone on its line; no line above.
        let long_line = "Abcdefghijklmnopqrstuvwxyz Abcdefghijklmnopqrstuvwxyz";
        for above in [
            "Rx# 7392408 FILLED\n812 LAKEVIEW LANE",
            "PHARMACY\n812 LAKEVIEW LANE",
            "ONE TWO THREE FOUR FIVE\n812 LAKEVIEW LANE",
            &format!("{long_line}\n812 LAKEVIEW LANE"),
            "ADA LOVELACE\nship to 812 LAKEVIEW LANE",
            "ADA LOVELACE\n812 LAKEVIEW LANE, ok",
            "812 LAKEVIEW LANE",
            "\n812 LAKEVIEW LANE",
        ] {
            assert!(!at(above, "812 LAKEVIEW LANE"), "{above:?}");
        }
    }

    #[test]
    fn an_address_block_below_a_line_is_seen() {
        let at = |text: &str, value: &str| {
            let start = text.find(value).unwrap();
            over_an_address(text.as_bytes(), start, start + value.len())
        };
        let block = "Period 08/01\n\n  BRONWYN FERREIRA\n  6562 SANDPIPER AVE\n  GRESHAM OR 97080";
        assert!(at(block, "BRONWYN FERREIRA"));
        assert!(at(
            "FARHAN WASHINGTON\nINES WASHINGTON\r\n2512 KINGSLEY ST, APT. 183",
            "FARHAN WASHINGTON"
        ));
        assert!(at("Ada Lovelace\n17742 NE 86TH ST\n", "Ada Lovelace"));
        assert!(at("Ada Lovelace\n12B Baker Street\n", "Ada Lovelace"));
        assert!(at("Ada Lovelace\nP.O. Box 4471\n", "Ada Lovelace"));
        // Not alone on its line, not over a street, or too far above one.
        assert!(!at("Dear Ada Lovelace\n6562 Sandpiper Ave", "Ada Lovelace"));
        assert!(!at("Ada Lovelace\n2024 5 6\n", "Ada Lovelace"));
        assert!(!at(
            "Ada Lovelace\nInvoice 2024-05\n6562 Sandpiper Ave",
            "Ada Lovelace"
        ));
        assert!(!at(
            "Ada Lovelace\nA\nB\n6562 Sandpiper Ave",
            "Ada Lovelace"
        ));
        assert!(!at("Ada Lovelace\n\n6562 Sandpiper Ave", "Ada Lovelace"));
        assert!(!at("Ada Lovelace", "Ada Lovelace"));
        // Long lines are not walked: a name in one is not alone on it, and
        // only the start of the line after a name is read.
        let long = format!("{} Ada Lovelace\n6562 Sandpiper Ave", "x".repeat(100_000));
        assert!(!at(&long, "Ada Lovelace"));
        let long = format!(
            "Ada Lovelace\n{}\n6562 Sandpiper Ave",
            "word ".repeat(20_000)
        );
        assert!(!at(&long, "Ada Lovelace"));
    }

    #[test]
    fn a_comment_after_a_value_is_its_label() {
        fn comment(text: &[u8], end: usize) -> Option<&[u8]> {
            comment_after(text, end).map(|r| &text[r])
        }
        let java = b"new Payee(\"Jo\", \"902776648595\" /* acct */, \"x\")";
        assert_eq!(comment(java, 30), Some(&b" acct "[..]));
        let yaml = b"card: \"5431681001604148\"   # must be rejected\nnext";
        assert_eq!(comment(yaml, 23), Some(&b" must be rejected"[..]));
        let sql = b"('123-45-6789', -- ssn\n";
        assert_eq!(comment(sql, 13), Some(&b" ssn"[..]));
        assert_eq!(
            comment(b"x = 123456789; // routing", 13),
            Some(&b" routing"[..])
        );
        // No blank before it: part of a token (a URL, an iCal product id,
        // base64), not a comment.
        assert_eq!(comment(b"Apple Inc.//iPhone OS 17.4//EN", 10), None);
        assert_eq!(comment(b"\"123456789\",//acct", 10), None);
        // `#` needs a blank after it (`#4` is a number); an unclosed
        // `/*` labels nothing; nor does a comment too far away.
        assert_eq!(comment(b"Room 123 #4", 8), None);
        assert_eq!(comment(b"123456789 /* acct", 9), None);
        assert_eq!(comment(b"123456789          # acct", 9), None);
        // Through the engine: the account number takes the label.
        let engine = builtin();
        let accounts = |text: &[u8]| {
            engine
                .find_all(text)
                .iter()
                .filter(|f| engine.rule(f.rule).data_type == "US_BANK_ACCOUNT_NUMBER")
                .count()
        };
        assert_eq!(accounts(java), 1);
        assert_eq!(accounts(b"new Payee(\"Jo\", \"902776648595\", \"x\")"), 0);
    }

    #[test]
    fn a_label_line_above_counts_as_context() {
        let text = b"Can you confirm your date of birth?\nCALLER: Uh, 08/17/1977.\n";
        let line_start = 36;
        assert_eq!(text[line_start - 1], b'\n');
        assert_eq!(label_line_above(text, line_start), Some(0..35));
        // A heading in capitals, a label alone, a long question (its end).
        assert!(label_line_above(b"SECONDARY DIAGNOSES\n- I50.9", 20).is_some());
        assert!(label_line_above(b"Date of birth:\n1980-01-02", 15).is_some());
        // Items indented alike under a heading are passed over to it; a
        // line indented otherwise ends the items.
        let items = b"DIAGNOSES\n  Principal: Gout\n  Secondary: anemia (D50.9)";
        assert_eq!(label_line_above(items, 28), Some(0..9));
        let uneven = b"DIAGNOSES\n Principal: Gout\n  Secondary: anemia (D50.9)";
        assert_eq!(label_line_above(uneven, 27), None);
        let tabbed = b"Next of kin:\n\tMother\n\tAoife O'Brien";
        assert_eq!(label_line_above(tabbed, 21), Some(0..12));
        let long = format!("{}Can you confirm your date of birth?\nX", "a".repeat(150));
        let range = label_line_above(long.as_bytes(), long.len() - 1).unwrap();
        assert_eq!(range.end - range.start, LABEL_TAIL);
        // Data and prose label nothing below them.
        assert_eq!(
            label_line_above(b"Visit 2024-03-01 done\n01/02/1980", 22),
            None
        );
        assert_eq!(
            label_line_above(b"she was seen today\n01/02/1980", 19),
            None
        );
        assert_eq!(label_line_above(b"INVOICE 2024\n01/02/1980", 13), None);
        // A claim form's numbered box over its entries, whatever closes the
        // title's line; a numbered line of data or prose labels nothing.
        let boxed = b"21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY   ICD Ind. 0\n   A. E11.65";
        assert!(label_line_above(boxed, 58).is_some());
        assert!(label_line_above(b"9a. OTHER INSURED'S POLICY OR GROUP\n  W123", 36).is_some());
        assert_eq!(
            label_line_above(b"2. Seen today, stable 3\nE11.65", 24),
            None
        );
        assert_eq!(label_line_above(b"12. A1 B2\nE11.65", 10), None);
        assert_eq!(
            label_line_above(b"2024. DIAGNOSIS NOTED 3\nE11.65", 24),
            None
        );
        // A chat's answer under its speaker's line takes the question one
        // message up; a speaker's line under anything else labels nothing.
        let chat = "Agent  08:03 PM\nwhat's your date of birth?\n\nLucía Jiménez (guest)  08:04 PM\n1/28/1991\n";
        let answer = chat.find("1/28").unwrap();
        let question = chat.find("what's").unwrap();
        assert_eq!(
            label_line_above(chat.as_bytes(), answer).map(|r| &chat[r]),
            Some(&chat[question..question + 26])
        );
        let indented = "date of birth?\nSato, Sakura  4/11 3:16 PM\n    July 22, 1971\n";
        assert!(label_line_above(indented.as_bytes(), 42).is_some());
        let said = "the callback went fine\nDana 14:02:11\n1/28/1991\n";
        assert_eq!(label_line_above(said.as_bytes(), 37), None);
        assert!(is_chat_speaker_line(b"[agent] Dana 14:02"));
        assert!(is_chat_speaker_line("王伟 9:15".as_bytes()));
        assert!(!is_chat_speaker_line(b"Can we talk at 08:04 PM?"));
        assert!(!is_chat_speaker_line(b"08:04 PM"));
        assert!(!is_chat_speaker_line(b"Dana 1408"));
        // A sign-off over a signature; a line of data ending in a comma
        // (digits, or more than a few words) labels nothing.
        assert!(label_line_above(b"Thank you,\nAoife O'Brien", 11).is_some());
        assert!(label_line_above(b"Best regards,\nAoife O'Brien", 14).is_some());
        assert_eq!(label_line_above(b"4111 1111,\nAoife", 11), None);
        let prose = b"we spoke about the plan for the next quarter,\nAoife";
        assert_eq!(label_line_above(prose, prose.len() - 5), None);
        assert_eq!(label_line_above(b"01/02/1980", 0), None);
        // A pretty-printed JSON name-value record: the name's line labels
        // the value's; other keys, or a value line under other keys, do not.
        let pair = b"  {\n    \"name\": \"dob\",\n    \"value\": \"1959-10-11\"\n";
        let value_line = pair.len() - 26;
        assert_eq!(&pair[value_line..value_line + 5], b"    \"");
        assert!(label_line_above(pair, value_line).is_some());
        assert_eq!(
            label_line_above(b"\"id\": \"dob\",\n\"value\": \"1959-10-11\"", 13),
            None
        );
        assert_eq!(
            label_line_above(b"\"name\": \"dob\",\n\"values\": \"1959-10-11\"", 15),
            None
        );
        let types = |text: &str| types_found(&Engine::builtin().unwrap(), text.as_bytes());
        assert!(types(std::str::from_utf8(pair).unwrap()).contains(&"DATE_OF_BIRTH".to_string()));
        // A Markdown heading, a blank line after it, and the items of the
        // list it heads, however far down.
        let md = b"## Problem list\n\n* Heart disease (I25.10)\n* Sleep apnea (G47.33)\n";
        assert_eq!(label_line_above(md, 17), Some(0..15));
        assert_eq!(label_line_above(md, 42), Some(0..15));
        assert!(label_line_above(b"# Next of kin\nThiago dos Santos", 14).is_some());
        // Not a heading: a hash tag, an issue number, prose after a blank
        // line; a blank line after a label that is no heading.
        assert_eq!(label_line_above(b"#hashtag\n\n* I25.10", 10), None);
        assert_eq!(label_line_above(b"#1234 closed\nI25.10", 13), None);
        assert_eq!(label_line_above(b"seen today\n\n* I25.10", 12), None);
        assert_eq!(label_line_above(b"Date of birth:\n\n1980-01-02", 16), None);
        // A list under prose is labelled by nothing.
        let prose_list = b"we discussed:\nthe plan\n* I25.10\n* G47.33\n";
        assert_eq!(label_line_above(prose_list, 32), None);

        let engine = Engine::builtin().unwrap();
        let found = |text: &[u8]| types_found(&engine, text);
        assert!(found(text).contains(&"DATE_OF_BIRTH".to_string()));
        assert!(!found(b"Next appointment?\nCALLER: 08/17/2027.\n")
            .contains(&"DATE_OF_BIRTH".to_string()));
        let list = b"SECONDARY DIAGNOSES\n- I50.9 heart failure, unspecified\n- E66.9 obesity\n";
        assert_eq!(found(list), ["ICD10_CODE", "ICD10_CODE"]);
    }

    #[test]
    fn lists_continue_across_bulleted_lines_only() {
        assert!(continues_list(b", "));
        assert!(continues_list(b" heart failure\n- "));
        assert!(continues_list(b" heart failure\r\n  * "));
        assert!(!continues_list(b" heart failure\n"));
        assert!(!continues_list(b" heart failure\nSee "));
        assert!(!continues_list(b"\n- \n- "));
    }

    #[test]
    fn a_context_automaton_is_built_on_its_rules_first_search() {
        let engine = Engine::builtin().unwrap();
        let built = |id: &str| {
            let rule = engine.rules().iter().find(|r| r.id() == id).unwrap();
            let search = rule.context_search.as_ref().unwrap();
            search.automaton.get().is_some()
        };
        assert!(!built("us-npi") && !built("us-dea"));
        let found = engine.find_all(b"Attending: Dr. Jane Roe, NPI 1323194872");
        assert!(found
            .iter()
            .any(|c| engine.rules()[c.rule].id() == "us-npi"));
        assert!(built("us-npi"), "the NPI's context was looked up");
        assert!(!built("us-dea"), "no DEA candidate, no DEA automaton");
    }

    #[test]
    fn rules_with_the_same_words_share_one_context_automaton() {
        let engine = Engine::builtin().unwrap();
        let search = |id: &str| {
            engine
                .rules()
                .iter()
                .find(|r| r.id() == id)
                .and_then(|r| r.context_search.clone())
                .unwrap()
        };
        assert!(Arc::ptr_eq(
            &search("person-name"),
            &search("person-name-upper")
        ));
        // The accented rule adds titles to the same words: its own.
        assert!(!Arc::ptr_eq(
            &search("person-name"),
            &search("person-name-accented")
        ));
        assert!(!Arc::ptr_eq(
            &search("person-name"),
            &search("date-of-birth")
        ));
    }

    #[test]
    fn identifier_tails_and_product_versions_are_not_values() {
        assert!(is_id_tail(b"ORD-2021-681062", 9));
        assert!(is_id_tail(b"INV/2024/55310", 9));
        assert!(!is_id_tail(b"MRN-00482913", 4));
        assert!(!is_id_tail(b"acct 681062", 5));
        assert!(is_product_version(b"Chrome/126.0.0.0 Safari", 7, 16));
        assert!(!is_product_version(b"http://10.0.0.0/", 7, 15));
        assert!(!is_product_version(b"Raman/148.175.62.116:1194", 6, 20));
        let product = |text: &str, value: &str| {
            let start = text.find(value).expect("the value is in the text");
            is_product_version(text.as_bytes(), start, start + value.len())
        };
        assert!(product(
            "\"NorthgateMobile/17.0.84.175 (Android 14)\"",
            "17.0.84.175"
        ));
        assert!(product(
            "- 1.2.3.4 QuillSync/6.7.86.102+CFNetwork/1490",
            "6.7.86.102"
        ));
        assert!(product(
            "image=registry.internal/app:8.10.62.14 digest",
            "8.10.62.14"
        ));
        assert!(product("curl/7.88.1.2", "7.88.1.2"));
        assert!(!product("GET /hosts/10.1.2.3 HTTP/1.1", "10.1.2.3"));
        assert!(!product("http://10.1.2.3/login", "10.1.2.3"));
        assert!(!product("client/10.8.0.6:51820 connected", "10.8.0.6"));
        assert!(!product("host:10.1.2.3 up", "10.1.2.3"));
        assert!(!product("from 10.1.2.3 to 10.1.2.4", "10.1.2.4"));
        assert!(holds_a_product_version(b" Mozilla/5.0+("));
        assert!(holds_a_product_version(b" - curl/8.4 "));
        assert!(!holds_a_product_version(b" GET /api/v1 "));
        assert!(!holds_a_product_version(b" 10/12 "));
        assert!(is_in_a_colon_hex_run(
            b"MAC=fe:85:d5:44:58:88:b9:6c:b9:35 SRC=1.2.3.4",
            4,
            27
        ));
        assert!(!is_in_a_colon_hex_run(b"from fe80::1:2 port", 5, 14));
        assert!(!is_in_a_colon_hex_run(b"[2001:db8::1]:443", 1, 12));
        assert!(!is_in_a_colon_hex_run(b"10.0.0.1:8080", 0, 8));
        // A release and the commit it was built from.
        assert!(names_its_commit(b" (ec1e32a) released"));
        assert!(names_its_commit(b" (55bd3acc67da, 2024-06-30)"));
        assert!(names_its_commit(
            b" (0f3c9e1d2b4a6c8e0f1a3b5c7d9e1f2a3b4c5d6e)"
        ));
        assert!(!names_its_commit(b" (1234567)"), "digits alone");
        assert!(!names_its_commit(b" (3f9a)"), "too short");
        assert!(!names_its_commit(b" (abuse report)"));
        assert!(!names_its_commit(b" (ABCDEF12)"));
        assert!(!names_its_commit(b"(ec1e32a)"));
        assert!(!names_its_commit(b" (ec1e32a"), "unclosed");
        assert!(!names_its_commit(b""));

        let engine = Engine::builtin().unwrap();
        let types = |text: &[u8]| types_found(&engine, text);
        assert!(types(b"acct# ORD-2021-681062 on file").is_empty());
        assert!(
            types(b"UA: Mozilla/5.0 AppleWebKit/537.36 Chrome/126.0.0.0 Safari/537.36").is_empty()
        );
        assert_eq!(
            types(b"vpn: Arjun/148.175.62.116:1194 connected"),
            ["IP_ADDRESS"]
        );
        assert_eq!(
            types(b"allow 10.20.30.1-10.20.30.254 only"),
            ["IP_ADDRESS", "IP_ADDRESS"]
        );
    }
}
