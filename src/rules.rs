//! Rules as data: the TOML format of `classifiers/*.toml`, loading, and
//! validation on load (a bad rule fails with its id, file and reason).
//!
//! A rule file looks like this:
//!
//! ```toml
//! version = "2026.11.1"           # optional; the rule-set version reported in scan.json
//!
//! [[rule]]
//! id = "us-ssn"                   # unique across all loaded files
//! type = "US_SSN"                 # the data type reported
//! category = "PII"                # PII | PHI | FINANCIAL
//! pattern = '\b\d{3}-\d{2}-\d{4}\b'
//! keywords = []                   # cheap prefilter; empty = always run
//! validator = "ssn"               # a named validator (see `validators`)
//! confidence = 0.55               # base confidence when the validator passes
//! context = ["ssn", "social security"]
//! context_boost = 0.4             # added when a context word is near
//! negative_context = ["order", "tracking"]
//! column_names = ["ssn", "social_security_number"]
//! columns_by_context = true       # context words in a column name hint too
//! allow = ["123-45-6789"]         # values that are never real data (demoted)
//! examples.match = ["SSN 571-28-2364"]
//! examples.no_match = ["SSN 666-28-2364"]
//! ```

use crate::error::{Error, Result};
use crate::types::{builtin_category, Category};
use serde::Deserialize;
use std::path::Path;

/// The built-in rule files, embedded at build time.
pub const BUILTIN_RULE_FILES: &[(&str, &str)] = &[
    (
        "classifiers/pii.toml",
        include_str!("../classifiers/pii.toml"),
    ),
    (
        "classifiers/phi.toml",
        include_str!("../classifiers/phi.toml"),
    ),
    (
        "classifiers/financial.toml",
        include_str!("../classifiers/financial.toml"),
    ),
];

/// Examples carried by a rule and checked by the test-suite and `datareach rules --check`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    /// Texts in which the rule must report its type.
    #[serde(default, rename = "match")]
    pub should_match: Vec<String>,
    /// Texts in which the rule must report nothing.
    #[serde(default)]
    pub no_match: Vec<String>,
}

fn default_context_before() -> usize {
    48
}
fn default_context_after() -> usize {
    24
}
fn yes() -> bool {
    true
}

fn default_context_boost() -> f32 {
    0.3
}
fn default_negative_penalty() -> f32 {
    0.5
}

/// One rule as written in a rule file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    pub id: String,
    #[serde(rename = "type")]
    pub data_type: String,
    pub category: String,
    #[serde(default)]
    pub description: String,
    /// Regular expression (Rust `regex` syntax, ASCII `\d`/`\w`/`\b` unless
    /// the pattern turns Unicode on with `(?u)`). A capture group named
    /// `value` narrows the reported span to that group.
    pub pattern: String,
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub validator: Option<String>,
    pub confidence: f32,
    #[serde(default)]
    pub context: Vec<String>,
    #[serde(default = "default_context_before")]
    pub context_before: usize,
    #[serde(default = "default_context_after")]
    pub context_after: usize,
    #[serde(default = "default_context_boost")]
    pub context_boost: f32,
    #[serde(default)]
    pub negative_context: Vec<String>,
    #[serde(default = "default_negative_penalty")]
    pub negative_penalty: f32,
    /// Negative context words count only this many bytes from the value: an
    /// organisation's word beside a name (`Becker Pharmacy`, `Cedar Valley
    /// Imaging`), not anywhere in the window (`the pharmacy called about
    /// Dr. Becker`, `<Kofi Mensah> pharmacy called`). `None` (the default):
    /// anywhere.
    #[serde(default)]
    pub negative_context_reach: Option<usize>,
    /// Column names (normalised: lower case, `_` for separators) that hint at this type.
    #[serde(default)]
    pub column_names: Vec<String>,
    /// Whether a context word among a column name's words hints at this
    /// type too (as `column_names` always do). Off for words too general
    /// in column names: `account` names customer and cloud accounts
    /// (`account_id`, `accountId`, `account_type`) far more often than
    /// bank accounts.
    #[serde(default = "yes")]
    pub columns_by_context: bool,
    /// Column names (normalised as `column_names`) that name other things
    /// though `column_names` or a context word would take them for this
    /// type's: `product_name`, `host_name` and `street_name` end in `name`
    /// yet hold no one's. Matched like `column_names` (the whole name, or
    /// words at either end of it); such a column gives the rule no hint
    /// and counts as negative context for its cells.
    #[serde(default)]
    pub not_column_names: Vec<String>,
    #[serde(default)]
    pub allow: Vec<String>,
    /// Breaks ties between overlapping findings of equal confidence (higher wins).
    #[serde(default)]
    pub priority: i32,
    /// Run only on chunks holding non-ASCII bytes, in a pass of its own
    /// (kept out of the combined automaton, whose speed Unicode classes
    /// would cost everywhere). For rules about accented or non-Latin text.
    #[serde(default)]
    pub requires_non_ascii: bool,
    /// Run only on table cells (CSV/TSV/Parquet columns, JSON keys) whose
    /// column name hints at this rule (`column_names` or a context word),
    /// never on free text: for shapes too common elsewhere to look for
    /// anywhere else (a compact `19850314` date is an order number, a
    /// build or a count everywhere but under a `dob` column). Kept out of
    /// the combined automaton like `requires_non_ascii`. Its examples are
    /// cell values of a column named after its first `column_names` entry.
    #[serde(default)]
    pub column_only: bool,
    /// Run over a haystack in a pass of its own, only when one of its
    /// `keywords` is in it: for a shape rare enough that its keyword almost
    /// never appears, whose pattern in the shared automata would make their
    /// every state dearer to build (a URL-encoded address, `jo%40acme.io`,
    /// follows every word the plain address rule follows). Needs keywords.
    #[serde(default)]
    pub own_pass: bool,
    /// Run only in haystacks holding HL7 v2 messages: `only_in = "hl7"`,
    /// under the name rules had first (see [`RuleSpec::only_in`]); in an
    /// HL7 message every field's label is context as well (see the engine).
    #[serde(default)]
    pub hl7_only: bool,
    /// Run only in haystacks holding documents of this format (see
    /// [`DocumentFormat`]), in a pass of its own over the whole haystack:
    /// for values a format labels by position rather than by a word, which
    /// the pattern spells (`NM1*IL*1*` before an X12 subscriber's names,
    /// a 94-character NACHA entry record around its account number). Kept
    /// out of the combined automaton like `requires_non_ascii`, so it
    /// costs nothing on other text. Its examples are records of the format
    /// (the test-suite puts the format's header before each).
    #[serde(default)]
    pub only_in: Option<DocumentFormat>,
    /// When the longest match at a position fails the validator, try the
    /// shortest match at the same position as well: for patterns whose
    /// optional parts can swallow the next word (a title, an optional given
    /// name and a surname take `Mr. Okonkwo Thank` out of `Dear Mr. Okonkwo
    /// Thank you`; the shortest match is `Mr. Okonkwo`). In the shared
    /// automaton and in the passes of their own alike; not with a `value`
    /// group.
    #[serde(default)]
    pub retry_shortest: bool,
    /// When the value fails the validator, try it again without its last
    /// space-separated group, then without the one before, and so on: for
    /// values written in groups whose pattern takes the word after them as
    /// one more group when its letters fit (an IBAN's `... 7638 2815
    /// TYTULEM`, the pattern reading `TYTU` and `LEM` as groups). In the
    /// shared automaton and in the passes of their own alike.
    #[serde(default)]
    pub retry_shorter_groups: bool,
    /// The value is a mailbox's display name (`Name <local@domain`): when
    /// the validator turns it down, a name whose given name (or initial)
    /// and surname spell the mailbox's local part passes all the same
    /// (see `validators::name_spells_mailbox`): the lists the validator
    /// checks lack most of the world's names, and a sender that is no
    /// person (`Customer Service`) never passes.
    #[serde(default)]
    pub mailbox_agreement: bool,
    /// For a person's name: when the validator turns a value down, it
    /// passes all the same if every word of it (particles aside) belongs to
    /// a name already reported in the same file or table with confidence
    /// [`crate::engine::REMEMBERED_NAME_CONFIDENCE`] or more, written as two words or
    /// more (`Thanks Dominika,` after `"requester": "Dominika Horvath"`):
    /// the lists the validator checks lack most of the world's names, and
    /// a document that named someone in full goes on to call them by one.
    #[serde(default)]
    pub remembered_names: bool,
    /// For a value that needs context (a record number, an account): it
    /// counts as labelled when the same value (normalized) was reported
    /// before in the same file or table as this type with confidence
    /// [`crate::engine::REMEMBERED_VALUE_CONFIDENCE`] or more (`MRN:
    /// E5982812`, then the wristband's barcode `^FDE5982812^FS`): a document
    /// that labelled a value once goes on to repeat it bare.
    #[serde(default)]
    pub remembered_values: bool,
    /// Values listed one after another (`Dx: E11.9, I10, Z79.4, E78.5`):
    /// a value of this rule reported at most this many bytes before another,
    /// on the same line, counts as a context word for it, at that distance,
    /// so that a list keeps the label its first values stand next to. 0
    /// (the default): off.
    #[serde(default)]
    pub chain_gap: usize,
    /// A value alone on its line over a line that starts with a street
    /// address (`6562 SANDPIPER AVE`, `PO Box 12`), or over one more line
    /// without digits and then one, counts as having a context word right
    /// beside it: the addressee of an address block, as statements,
    /// letters and cheques print it.
    #[serde(default)]
    pub address_below: bool,
    /// A value alone on its line under a line that is a name's shape alone
    /// (two to four capitalised words of letters, no digits) counts as
    /// having a context word right beside it: an address block's street
    /// line under its addressee (`MAGNUS SUTHERLAND` / `5165 WESTBROOK
    /// LANE`), as labels, statements and letters print it.
    #[serde(default)]
    pub addressee_above: bool,
    /// A value followed by a postcode and its town, after a comma on its
    /// line (`106 rue du Faubourg Saint-Antoine, 59000 Lille`) or at the
    /// start of the next line (`Stationsweg 123-III` / `2311 EZ Leiden`),
    /// counts as having a context word right beside it: a European
    /// address block, as letters and forms print it.
    #[serde(default)]
    pub postcode_after: bool,
    /// The match holds an IBAN before its value group (a BIC printed after
    /// the account it serves, `DE89 3704 0044 0532 0130 00 (COBADEFFXXX)`):
    /// the candidate stands only when that IBAN passes its check and the
    /// value's 5th and 6th letters name its country, as a bank's BIC does.
    #[serde(default)]
    pub iban_before: bool,
    #[serde(default)]
    pub examples: Examples,
    /// Where the rule came from (set by the loader, not read from TOML).
    #[serde(skip)]
    pub source: String,
    /// Whether the rule ships with datareach (set by [`RuleSet::builtin`]):
    /// its pattern is known to compile alone (the test-suite builds every
    /// one), so the engine need not prove it at start-up.
    #[serde(skip)]
    pub built_in: bool,
}

/// A document format whose records label their values by position: rules
/// with `only_in` run only in text holding it (see `crate::formats` for
/// how each is recognised). Non-exhaustive: formats will be added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum DocumentFormat {
    /// HL7 v2 messages (`MSH|^~\&`).
    Hl7,
    /// ASC X12 EDI: claims, remittances, eligibility, enrolment (`ISA*`,
    /// `ST*837*`).
    X12,
    /// NACHA ACH files: 94-character file, batch and entry records.
    Nacha,
    /// vCard contact exports (`BEGIN:VCARD`).
    Vcard,
    /// LDIF directory dumps (`dn:` entries with attributes).
    Ldif,
    /// XML documents (`<?xml`, or a root element), for the elements and
    /// attributes standards define: HL7 CDA (`<given>`, `<birthTime>`, the
    /// NPI and ICD-10-CM OIDs), ISO 20022 payments (`<BICFI>`, `<Nm>`).
    Xml,
    /// GEDCOM family trees (`0 HEAD`, `0 @I1@ INDI` records whose lines
    /// `1 NAME`, `1 BIRT` / `2 DATE` name what they hold).
    Gedcom,
    /// DICOM header dumps (dcmdump, gdcmdump, pydicom: `(0010,0010) PN
    /// [DOE^JANE]`), whose element tags name what they hold.
    Dicom,
    /// FIX protocol messages (`8=FIX.4.4`, tag=value fields between SOH
    /// or `|`).
    Fix,
    /// BAI2 cash-management files: comma-separated records named by their
    /// first field (`01` file header, `02` group header, `03` account, `16`
    /// transaction detail), each ending in `/`.
    Bai2,
    /// Fedwire Funds messages in tag format (`{1510}`, `{3100}` sender,
    /// `{4200}` beneficiary, `{5000}` originator).
    Fedwire,
    /// SWIFT MT940/MT942 account statements (`:25:` account, `:61:`
    /// statement lines, `:86:` information whose subfields `?31`/`~38` hold
    /// the counterparty's account and `?32`/`?33` its name), and MT103
    /// customer transfers in the same tag format (`:32A:`, `:50K:`
    /// ordering customer, `:59:` beneficiary, `:52A:`/`:57A:` banks).
    Mt940,
    /// iCalendar files (`BEGIN:VCALENDAR`, `BEGIN:VEVENT`), whose
    /// `ORGANIZER` and `ATTENDEE` properties name people in their `CN`
    /// parameter.
    Ical,
}

impl DocumentFormat {
    /// Whether `haystack` holds documents of this format: its header in the
    /// first 64 KiB (`MSH|^~\&`, `ISA*`, a NACHA file or batch header
    /// record, `BEGIN:VCARD`, an LDIF entry's `dn:` and `objectClass:`, an
    /// XML declaration or root element, a GEDCOM `0 HEAD` or record line,
    /// a DICOM element line, a FIX `8=FIX` begin string, a BAI2 file or
    /// group header, Fedwire type and sender tags, SWIFT statement or
    /// transfer tags, `BEGIN:VCALENDAR` or `BEGIN:VEVENT`).
    ///
    /// ```
    /// use datareach::rules::DocumentFormat;
    /// assert!(DocumentFormat::X12.is_in(b"ISA*00*          *00*~\nST*837*0001~"));
    /// assert!(!DocumentFormat::X12.is_in(b"NM1*IL*1*DOE*JOHN~"));
    /// ```
    pub fn is_in(self, haystack: &[u8]) -> bool {
        crate::formats::holds(self, haystack)
    }

    /// Every format, in the order their rules run.
    pub const ALL: [DocumentFormat; 13] = [
        DocumentFormat::Hl7,
        DocumentFormat::X12,
        DocumentFormat::Nacha,
        DocumentFormat::Vcard,
        DocumentFormat::Ldif,
        DocumentFormat::Xml,
        DocumentFormat::Gedcom,
        DocumentFormat::Dicom,
        DocumentFormat::Fix,
        DocumentFormat::Bai2,
        DocumentFormat::Fedwire,
        DocumentFormat::Mt940,
        DocumentFormat::Ical,
    ];
}

impl RuleSpec {
    /// The category parsed from `category`.
    pub fn category(&self) -> Option<Category> {
        Category::parse(&self.category)
    }

    /// The format the rule runs in only: `only_in`, or HL7 for a rule that
    /// says `hl7_only`.
    pub fn document_format(&self) -> Option<DocumentFormat> {
        self.only_in
            .or(self.hl7_only.then_some(DocumentFormat::Hl7))
    }

    /// Whether the rule runs in a pass of its own rather than in the
    /// engine's shared automata (`requires_non_ascii`, `column_only`,
    /// `only_in`, `hl7_only`).
    pub fn kept_out_of_shared_automata(&self) -> bool {
        self.requires_non_ascii
            || self.column_only
            || self.own_pass
            || self.document_format().is_some()
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    #[serde(default)]
    version: Option<String>,
    #[serde(default)]
    rule: Vec<RuleSpec>,
}

/// A loaded, checked set of rules (not yet compiled).
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    pub rules: Vec<RuleSpec>,
    /// Versions of every loaded file, `file@version`, joined for scan.json.
    pub versions: Vec<String>,
}

impl RuleSet {
    /// The built-in rules embedded in the binary.
    pub fn builtin() -> Result<RuleSet> {
        let mut set = RuleSet::default();
        for (name, text) in BUILTIN_RULE_FILES {
            set.add_toml(name, text)?;
        }
        for rule in &mut set.rules {
            rule.built_in = true;
        }
        Ok(set)
    }

    /// Parses one TOML rule file and adds its rules.
    pub fn add_toml(&mut self, file: &str, text: &str) -> Result<()> {
        let parsed: RuleFile = toml::from_str(text).map_err(|e| Error::RuleFile {
            file: file.to_string(),
            message: e.to_string(),
        })?;
        if let Some(v) = parsed.version {
            self.versions.push(format!("{file}@{v}"));
        }
        let headers = rule_header_lines(text);
        for (n, mut rule) in parsed.rule.into_iter().enumerate() {
            // Errors found after parsing (bad pattern, unknown validator...)
            // name the rule's `[[rule]]` header: file, line and column.
            rule.source = match headers.get(n) {
                Some(line) => format!("{file}, line {line}, column 1"),
                None => file.to_string(),
            };
            expand_word_lists(&mut rule)?;
            check_rule(&rule)?;
            if let Some(prev) = self.rules.iter().find(|r| r.id == rule.id) {
                return Err(Error::Rule {
                    rule: rule.id.clone(),
                    file: file.to_string(),
                    message: format!("duplicate rule id (first defined in {})", prev.source),
                });
            }
            self.rules.push(rule);
        }
        Ok(())
    }

    /// Adds every `*.toml` file of a directory (sorted by name), or one file.
    pub fn add_path(&mut self, path: &Path) -> Result<()> {
        let mut files = Vec::new();
        if path.is_dir() {
            let entries = std::fs::read_dir(path).map_err(|e| Error::io(path, e))?;
            for entry in entries {
                let entry = entry.map_err(|e| Error::io(path, e))?;
                let p = entry.path();
                if p.extension().is_some_and(|e| e == "toml") {
                    files.push(p);
                }
            }
            files.sort();
            if files.is_empty() {
                return Err(Error::Config(format!(
                    "rule directory {} holds no *.toml file",
                    path.display()
                )));
            }
        } else {
            files.push(path.to_path_buf());
        }
        for f in files {
            let text = crate::output::read_input(&f).map_err(|e| Error::io(&f, e))?;
            self.add_toml(&f.display().to_string(), &text)?;
        }
        Ok(())
    }

    /// A single version string for the whole set.
    pub fn version(&self) -> String {
        if self.versions.is_empty() {
            "unversioned".to_string()
        } else {
            self.versions.join(",")
        }
    }
}

/// 1-based line numbers of the `[[rule]]` headers, in order.
fn rule_header_lines(text: &str) -> Vec<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| {
            let l = l.trim_start();
            l.starts_with("[[rule]]") || l.starts_with("[[ rule ]]")
        })
        .map(|(i, _)| i + 1)
        .collect()
}

/// Word lists shipped as data that a rule's `context` or `negative_context`
/// names by an entry of its own, `{{name}}`: several rules share one list
/// and cannot drift apart.
const WORD_LIST_MACROS: &[(&str, &str)] = &[
    (
        "{{org_words}}",
        include_str!("../classifiers/dict/org_words.txt"),
    ),
    (
        "{{name_context}}",
        include_str!("../classifiers/dict/name_context.txt"),
    ),
    (
        "{{full_name_cues}}",
        include_str!("../classifiers/dict/full_name_cues.txt"),
    ),
    (
        "{{thing_name_columns}}",
        include_str!("../classifiers/dict/thing_name_columns.txt"),
    ),
    (
        "{{other_code_columns}}",
        include_str!("../classifiers/dict/other_code_columns.txt"),
    ),
];

/// Replaces each `{{name}}` entry of `rule`'s context and column lists by
/// the words of the list it names, in place; an unknown `{{...}}` is an
/// error naming it.
fn expand_word_lists(rule: &mut RuleSpec) -> Result<()> {
    for list in [
        &mut rule.context,
        &mut rule.negative_context,
        &mut rule.not_column_names,
    ] {
        if !list.iter().any(|w| w.starts_with("{{")) {
            continue;
        }
        let mut expanded = Vec::with_capacity(list.len() + 64);
        for entry in list.drain(..) {
            if !(entry.starts_with("{{") && entry.ends_with("}}")) {
                expanded.push(entry);
                continue;
            }
            let Some((_, text)) = WORD_LIST_MACROS.iter().find(|(name, _)| *name == entry) else {
                let known: Vec<&str> = WORD_LIST_MACROS.iter().map(|(name, _)| *name).collect();
                return Err(Error::Rule {
                    rule: rule.id.clone(),
                    file: rule.source.clone(),
                    message: format!("unknown word list {entry} (known: {})", known.join(", ")),
                });
            };
            expanded.extend(
                text.lines()
                    .map(str::trim)
                    .filter(|w| !w.is_empty() && !w.starts_with('#'))
                    .map(String::from),
            );
        }
        *list = expanded;
    }
    Ok(())
}

fn check_rule(rule: &RuleSpec) -> Result<()> {
    let fail = |message: String| Error::Rule {
        rule: rule.id.clone(),
        file: rule.source.clone(),
        message,
    };
    if rule.id.trim().is_empty() {
        return Err(fail("empty id".into()));
    }
    if rule.data_type.trim().is_empty() {
        return Err(fail("empty type".into()));
    }
    let Some(category) = rule.category() else {
        return Err(fail(format!(
            "unknown category `{}` (expected PII, PHI or FINANCIAL)",
            rule.category
        )));
    };
    if let Some(expected) = builtin_category(&rule.data_type) {
        if expected != category {
            return Err(fail(format!(
                "type {} belongs to category {expected}, not {category}",
                rule.data_type
            )));
        }
    }
    if !(0.0..=1.0).contains(&rule.confidence) {
        return Err(fail(format!(
            "confidence {} is outside 0..1",
            rule.confidence
        )));
    }
    for (name, v) in [
        ("context_boost", rule.context_boost),
        ("negative_penalty", rule.negative_penalty),
    ] {
        if !(0.0..=1.0).contains(&v) {
            return Err(fail(format!("{name} {v} is outside 0..1")));
        }
    }
    if let Some(v) = &rule.validator {
        if crate::validators::lookup(v).is_none() {
            return Err(fail(format!(
                "unknown validator `{v}` (known: {})",
                crate::validators::names().join(", ")
            )));
        }
    }
    if rule.keywords.iter().any(|k| k.is_empty()) {
        return Err(fail("empty keyword".into()));
    }
    if rule.column_only && rule.column_names.is_empty() {
        return Err(fail(
            "column_only needs column_names: the columns it runs on".into(),
        ));
    }
    if rule.hl7_only && rule.only_in.is_some_and(|f| f != DocumentFormat::Hl7) {
        return Err(fail(
            "hl7_only is only_in = \"hl7\", and only_in names another format".into(),
        ));
    }
    if [
        rule.column_only,
        rule.requires_non_ascii,
        rule.own_pass,
        rule.document_format().is_some(),
    ]
    .iter()
    .filter(|&&on| on)
    .count()
        > 1
    {
        return Err(fail(
            "column_only, requires_non_ascii, own_pass and only_in (or hl7_only) cannot be combined"
                .into(),
        ));
    }
    if rule.own_pass && rule.keywords.is_empty() {
        return Err(fail(
            "own_pass needs keywords: its pass runs only where one is found".into(),
        ));
    }
    if rule
        .context
        .iter()
        .chain(&rule.negative_context)
        .any(|k| k.trim().is_empty())
    {
        return Err(fail("empty context word".into()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
version = "1"
[[rule]]
id = "t-ssn"
type = "US_SSN"
category = "PII"
pattern = '\b\d{3}-\d{2}-\d{4}\b'
confidence = 0.6
"#;

    #[test]
    fn builtin_rules_load() {
        let set = RuleSet::builtin().expect("built-in rules load");
        assert!(set.rules.len() >= 22);
        assert!(set.version().contains("classifiers/pii.toml@"));
    }

    #[test]
    fn a_word_list_entry_stands_for_the_list() {
        let mut set = RuleSet::default();
        let text = format!("{GOOD}negative_context = [\"{{{{org_words}}}}\", \"extra\"]\n");
        set.add_toml("x.toml", &text).unwrap();
        let words = &set.rules[0].negative_context;
        assert!(words.iter().any(|w| w == "pharmacy"), "{words:?}");
        assert_eq!(words.last().map(String::as_str), Some("extra"));
        assert!(!words
            .iter()
            .any(|w| w.starts_with('{') || w.starts_with('#')));
        // The built-in name rules share it.
        let builtin = RuleSet::builtin().unwrap();
        let person = builtin
            .rules
            .iter()
            .find(|r| r.id == "person-name")
            .unwrap();
        assert!(person.negative_context.iter().any(|w| w == "holdings"));
        // The name rules share their context words too: one list, so the
        // register form knows every label the others know.
        for id in [
            "person-name",
            "person-name-reversed",
            "person-name-accented",
            "person-name-upper",
        ] {
            let rule = builtin.rules.iter().find(|r| r.id == id).unwrap();
            for word in ["patient", "borrower", "entered by", "emprunteur"] {
                assert!(rule.context.iter().any(|w| w == word), "{id}: {word}");
            }
        }
        let err = RuleSet::default()
            .add_toml("x.toml", &format!("{GOOD}context = [\"{{{{nope}}}}\"]\n"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("t-ssn") && err.contains("{{nope}}"), "{err}");
    }

    #[test]
    fn bad_category_names_the_rule_and_file() {
        let mut set = RuleSet::default();
        let err = set
            .add_toml("x.toml", &GOOD.replace("\"PII\"", "\"PCI\""))
            .unwrap_err()
            .to_string();
        assert!(err.contains("t-ssn") && err.contains("x.toml") && err.contains("PCI"));
    }

    #[test]
    fn builtin_type_in_wrong_category_is_rejected() {
        let mut set = RuleSet::default();
        let err = set
            .add_toml("x.toml", &GOOD.replace("\"PII\"", "\"PHI\""))
            .unwrap_err();
        assert!(err.to_string().contains("belongs to category PII"));
    }

    #[test]
    fn unknown_validator_and_duplicates_are_rejected() {
        let mut set = RuleSet::default();
        let bad = GOOD.replace("confidence = 0.6", "confidence = 0.6\nvalidator = \"nope\"");
        assert!(set
            .add_toml("x.toml", &bad)
            .unwrap_err()
            .to_string()
            .contains("unknown validator `nope`"));
        set.add_toml("a.toml", GOOD).unwrap();
        let err = set.add_toml("b.toml", GOOD).unwrap_err().to_string();
        assert!(err.contains("duplicate rule id") && err.contains("a.toml"));
    }

    #[test]
    fn an_own_pass_needs_a_keyword_to_run_on() {
        let rule = GOOD.replace("confidence = 0.6", "confidence = 0.6\nown_pass = true");
        let err = RuleSet::default()
            .add_toml("x.toml", &rule)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("own_pass needs keywords") && err.contains("t-ssn"),
            "{err}"
        );
        let with_keyword = rule.replace("own_pass = true", "own_pass = true\nkeywords = [\"ssn\"]");
        RuleSet::default()
            .add_toml("x.toml", &with_keyword)
            .unwrap();
    }

    #[test]
    fn passes_of_their_own_are_one_at_a_time() {
        for (a, b) in [
            ("hl7_only", "requires_non_ascii"),
            ("hl7_only", "column_only"),
            ("only_in = \"x12\"\nretry_shortest", "column_only"),
            ("column_only", "requires_non_ascii"),
            ("own_pass", "column_only"),
        ] {
            let rule = GOOD.replace(
                "confidence = 0.6",
                &format!("confidence = 0.6\ncolumn_names = [\"ssn\"]\n{a} = true\n{b} = true"),
            );
            let err = RuleSet::default()
                .add_toml("x.toml", &rule)
                .unwrap_err()
                .to_string();
            assert!(
                err.contains("cannot be combined") && err.contains("t-ssn"),
                "{err}"
            );
        }
        for one in [
            "hl7_only = true",
            "only_in = \"nacha\"",
            "only_in = \"hl7\"\nhl7_only = true",
        ] {
            let one = GOOD.replace("confidence = 0.6", &format!("confidence = 0.6\n{one}"));
            RuleSet::default().add_toml("x.toml", &one).unwrap();
        }
        let other = GOOD.replace(
            "confidence = 0.6",
            "confidence = 0.6\nonly_in = \"x12\"\nhl7_only = true",
        );
        let err = RuleSet::default()
            .add_toml("x.toml", &other)
            .unwrap_err()
            .to_string();
        assert!(err.contains("only_in names another format"), "{err}");
        let unknown = GOOD.replace(
            "confidence = 0.6",
            "confidence = 0.6\nonly_in = \"edifact\"",
        );
        let err = RuleSet::default()
            .add_toml("x.toml", &unknown)
            .unwrap_err()
            .to_string();
        assert!(err.contains("edifact") && err.contains("x12"), "{err}");
    }

    #[test]
    fn toml_syntax_errors_name_the_file_and_line() {
        let mut set = RuleSet::default();
        let err = set
            .add_toml("broken.toml", "[[rule]]\nid = \n")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("broken.toml") && err.contains("line 2"),
            "{err}"
        );
    }

    #[test]
    fn unknown_fields_are_rejected() {
        let mut set = RuleSet::default();
        let err = set
            .add_toml(
                "x.toml",
                &GOOD.replace("confidence = 0.6", "confidence = 0.6\nconfidense = 1"),
            )
            .unwrap_err()
            .to_string();
        assert!(err.contains("confidense"), "{err}");
    }
}
