//! AWS IAM policy documents attached to agents' roles.
//!
//! The `--iam FILE` mapping file (YAML or JSON):
//! ```yaml
//! roles:
//!   - arn: arn:aws:iam::111122223333:role/support-bot
//!     agent: support-bot
//!     policies:
//!       - support-bot-policy.json          # a policy document, relative to this file
//!       - { Version: "2012-10-17", Statement: [...] }   # or inline
//! ```

use super::inventory::{
    Effect, GrantDef, GrantSource, Provenance, ADMIN, ALL_ACTIONS, DELETE, EGRESS, LIST, READ,
    SHARE, WRITE,
};
use super::pattern::{wildcard_match, wildcard_match_bytes, Pattern};
use super::Error;
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;

/// S3 object actions, by datareach action. The first one of each is the
/// primary action: a `Deny` removes the datareach action only when it covers
/// the primary one; an `Allow` gives it when it covers any.
pub const S3_ACTIONS: &[(u8, &[&str])] = &[
    (
        READ,
        &[
            "s3:GetObject",
            "s3:GetObjectVersion",
            "s3:GetObjectTorrent",
            "s3:GetObjectVersionTorrent",
        ],
    ),
    (WRITE, &["s3:PutObject", "s3:RestoreObject"]),
    (DELETE, &["s3:DeleteObject", "s3:DeleteObjectVersion"]),
    (
        SHARE,
        &[
            "s3:PutObjectAcl",
            "s3:PutObjectVersionAcl",
            "s3:ReplicateObject",
            "s3:PutBucketAcl",
            "s3:PutBucketPolicy",
        ],
    ),
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Mapping {
    roles: Vec<RoleMap>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RoleMap {
    arn: String,
    agent: String,
    #[serde(default)]
    policies: Vec<PolicyRef>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum PolicyRef {
    File(String),
    Inline(Box<PolicyDoc>),
}

/// An IAM policy document (identity policy, permission boundary, SCP).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct PolicyDoc {
    #[serde(default)]
    #[allow(dead_code)]
    pub version: Option<String>,
    pub statement: OneOrMany<Statement>,
}

/// A JSON value that is one item or a list of them (`"Action": "s3:*"`).
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub(crate) enum OneOrMany<T> {
    One(T),
    Many(Vec<T>),
}

impl<T> OneOrMany<T> {
    fn len(&self) -> usize {
        match self {
            OneOrMany::One(_) => 1,
            OneOrMany::Many(v) => v.len(),
        }
    }

    pub(crate) fn into_vec(self) -> Vec<T> {
        match self {
            OneOrMany::One(t) => vec![t],
            OneOrMany::Many(v) => v,
        }
    }

    pub(crate) fn as_slice(&self) -> &[T] {
        match self {
            OneOrMany::One(t) => std::slice::from_ref(t),
            OneOrMany::Many(v) => v,
        }
    }
}

/// One policy statement.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct Statement {
    #[serde(default)]
    pub sid: Option<String>,
    pub effect: String,
    #[serde(default)]
    pub action: Option<OneOrMany<String>>,
    #[serde(default)]
    pub not_action: Option<OneOrMany<String>>,
    #[serde(default)]
    pub resource: Option<OneOrMany<String>>,
    #[serde(default)]
    pub not_resource: Option<OneOrMany<String>>,
    #[serde(default)]
    pub condition: Option<serde_json::Value>,
}

/// `*`/`?` match of an IAM action pattern, case-insensitive.
pub(crate) fn action_matches(pat: &str, action: &str) -> bool {
    wildcard_match_bytes(pat.as_bytes(), action.as_bytes(), true)
}

/// The datareach actions an IAM `Action` / `NotAction` list gives or removes.
fn action_bits(patterns: &[String], not: bool, deny: bool) -> u8 {
    let mut bits = 0;
    for (bit, names) in S3_ACTIONS {
        let covered = |n: &str| {
            let m = patterns.iter().any(|p| action_matches(p, n));
            m != not
        };
        let hit = if deny {
            covered(names[0])
        } else {
            names.iter().any(|n| covered(n))
        };
        if hit {
            bits |= bit;
        }
    }
    bits
}

/// Which S3 resource an action is authorised against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Level {
    /// `arn:aws:s3:::bucket/key`: the object itself.
    Object,
    /// `arn:aws:s3:::bucket`: the bucket, and so every object in it.
    Bucket,
}

/// When a `Deny` removes a datareach action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DenyRule {
    /// When it covers the first (primary) S3 action of the entry.
    Primary,
    /// Only when it covers every S3 action of the entry.
    All,
}

/// The S3 action table of the `aws-authz` connector: (datareach action,
/// resource level, deny rule, S3 actions). An `Allow` gives the datareach
/// action when it covers any of the entry's S3 actions.
pub(crate) const S3_ACTIONS_FULL: &[(u8, Level, DenyRule, &[&str])] = &[
    (
        READ,
        Level::Object,
        DenyRule::Primary,
        &[
            "s3:GetObject",
            "s3:GetObjectVersion",
            "s3:GetObjectTorrent",
            "s3:GetObjectVersionTorrent",
        ],
    ),
    (
        WRITE,
        Level::Object,
        DenyRule::Primary,
        &["s3:PutObject", "s3:RestoreObject"],
    ),
    (
        DELETE,
        Level::Object,
        DenyRule::Primary,
        &["s3:DeleteObject", "s3:DeleteObjectVersion"],
    ),
    (
        SHARE,
        Level::Object,
        DenyRule::Primary,
        &["s3:PutObjectAcl", "s3:PutObjectVersionAcl"],
    ),
    (
        SHARE,
        Level::Bucket,
        DenyRule::All,
        &["s3:PutBucketAcl", "s3:PutBucketPolicy"],
    ),
    (
        LIST,
        Level::Bucket,
        DenyRule::Primary,
        &[
            "s3:ListBucket",
            "s3:ListBucketVersions",
            "s3:ListBucketMultipartUploads",
        ],
    ),
    (
        LIST,
        Level::Object,
        DenyRule::Primary,
        &["s3:ListMultipartUploadParts"],
    ),
    (
        ADMIN,
        Level::Bucket,
        DenyRule::All,
        &[
            "s3:PutBucketPolicy",
            "s3:DeleteBucketPolicy",
            "s3:PutBucketAcl",
            "s3:PutBucketOwnershipControls",
            "s3:DeleteBucketOwnershipControls",
            "s3:PutBucketPublicAccessBlock",
            "s3:PutEncryptionConfiguration",
            "s3:PutLifecycleConfiguration",
            "s3:PutBucketObjectLockConfiguration",
            "s3:PutBucketVersioning",
        ],
    ),
    (
        EGRESS,
        Level::Object,
        DenyRule::Primary,
        &["s3:ReplicateObject", "s3:ReplicateTags"],
    ),
    (
        EGRESS,
        Level::Bucket,
        DenyRule::All,
        &["s3:PutReplicationConfiguration"],
    ),
];

/// Every action bit of [`S3_ACTIONS_FULL`].
pub const FULL_BITS: u8 = READ | WRITE | DELETE | SHARE | LIST | ADMIN | EGRESS;

/// (object-level bits, bucket-level bits) an `Action`/`NotAction` list gives
/// (`deny == false`) or removes under [`S3_ACTIONS_FULL`].
pub(crate) fn full_action_bits(patterns: &[String], not: bool, deny: bool) -> (u8, u8) {
    let (mut obj, mut bucket) = (0, 0);
    for (bit, level, rule, names) in S3_ACTIONS_FULL {
        let covered = |n: &str| patterns.iter().any(|p| action_matches(p, n)) != not;
        let hit = match (deny, rule) {
            (false, _) => names.iter().any(|n| covered(n)),
            (true, DenyRule::Primary) => covered(names[0]),
            (true, DenyRule::All) => names.iter().all(|n| covered(n)),
        };
        if hit {
            match level {
                Level::Object => obj |= bit,
                Level::Bucket => bucket |= bit,
            }
        }
    }
    (obj, bucket)
}

/// Which action table a statement is compiled with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flavor {
    /// `--iam`: S3 object actions only ([`S3_ACTIONS`]); every `Resource` is
    /// read as an object ARN.
    Objects,
    /// `aws-authz`: [`S3_ACTIONS_FULL`], bucket-level actions on bucket ARNs.
    Full,
}

/// The part of a statement about `sts:AssumeRole` (trust evaluation).
#[derive(Debug, Clone)]
pub(crate) struct AssumeStmt {
    pub deny: bool,
    /// `Resource` globs (or `NotResource` globs when `not`), case-sensitive.
    pub resources: Vec<String>,
    pub not: bool,
    pub condition_keys: Vec<String>,
    pub conditional: bool,
}

impl AssumeStmt {
    pub(crate) fn applies_to(&self, role_arn: &str) -> bool {
        let m = self
            .resources
            .iter()
            .any(|r| wildcard_match_bytes(r.as_bytes(), role_arn.as_bytes(), false));
        m != self.not
    }
}

/// One grant a statement compiles to (a statement may give two: its
/// object-level and its bucket-level actions, on different patterns).
#[derive(Debug, Clone)]
pub(crate) struct CompiledGrant {
    /// Appended to the statement's grant id (`""` or `"/bucket"`).
    pub suffix: &'static str,
    pub actions: u8,
    pub patterns: Vec<Pattern>,
}

/// A statement compiled once, instantiated per principal it is attached to.
#[derive(Debug, Clone)]
pub(crate) struct Compiled {
    /// `Sid`, or `stmtN` (1-based).
    pub sid: String,
    pub deny: bool,
    pub grants: Vec<CompiledGrant>,
    pub action_wildcard: bool,
    pub condition: Option<String>,
    pub condition_keys: Vec<String>,
    pub raw_actions: Vec<String>,
    pub assume: Option<AssumeStmt>,
}

/// Compiled patterns by ARN: one export repeats the same ARNs many times.
#[derive(Debug, Default)]
pub(crate) struct PatternCache {
    objects: HashMap<String, Option<Pattern>>,
    buckets: HashMap<String, Option<Pattern>>,
}

impl PatternCache {
    fn object(&mut self, arn: &str) -> Option<Pattern> {
        if let Some(p) = self.objects.get(arn) {
            return p.clone();
        }
        let p = Pattern::from_iam_arn(arn);
        self.objects.insert(arn.to_string(), p.clone());
        p
    }

    /// The objects of the buckets a bucket ARN (glob) names; `None` when it
    /// is not an S3 bucket ARN (an object ARN, another service).
    fn bucket(&mut self, arn: &str) -> Option<Pattern> {
        if let Some(p) = self.buckets.get(arn) {
            return p.clone();
        }
        // The pattern keeps its native text: the engine caches matches by
        // it, and the object reading of the same ARN matches nothing.
        let p = bucket_glob(arn).and_then(|b| Pattern::parse(&format!("s3://{b}/**")).ok());
        self.buckets.insert(arn.to_string(), p.clone());
        p
    }
}

/// Could this `Resource` glob match an IAM role ARN
/// (`arn:aws:iam::ACCOUNT:role/...`)?
fn may_name_a_role(r: &str) -> bool {
    let f: Vec<&str> = r.splitn(6, ':').collect();
    if f.len() < 6 {
        // `*`, or a glob whose `*` spans several fields: conservatively yes.
        return r.contains('*');
    }
    let lit = f[5].split(['*', '?']).next().unwrap_or("");
    wildcard_match(f[0], "arn")
        && wildcard_match(f[2], "iam")
        && (lit.starts_with("role/") || "role/".starts_with(lit))
}

/// The bucket-name glob of an S3 bucket ARN (`arn:aws:s3:::acme-*` →
/// `acme-*`; `*` → `*`); `None` for object ARNs and other services.
fn bucket_glob(arn: &str) -> Option<&str> {
    if arn == "*" {
        return Some("*");
    }
    let parts: Vec<&str> = arn.splitn(6, ':').collect();
    if parts.len() != 6 || parts[0] != "arn" || !wildcard_match(parts[2], "s3") {
        return None;
    }
    let b = parts[5];
    (!b.is_empty() && !b.contains(['/', '#'])).then_some(b)
}

/// Compiles one statement. `index` is 0-based. `Ok(None)`: the statement
/// has no S3 action this flavour knows and no `sts:AssumeRole` (irrelevant).
/// The error is a message naming the statement; the caller adds the place.
pub(crate) fn compile_statement(
    st: &Statement,
    index: usize,
    flavor: Flavor,
    cache: &mut PatternCache,
    notes: &mut Vec<String>,
) -> Result<Option<Compiled>, String> {
    let sid = st
        .sid
        .clone()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| format!("stmt{}", index + 1));
    let deny = match st.effect.as_str() {
        "Allow" => false,
        "Deny" => true,
        other => {
            return Err(format!(
                "statement {sid}: Effect must be Allow or Deny, not '{other}'"
            ))
        }
    };
    let (acts, not) = match (&st.action, &st.not_action) {
        (Some(a), None) => (a.as_slice(), false),
        (None, Some(a)) => (a.as_slice(), true),
        _ => {
            return Err(format!(
                "statement {sid}: needs exactly one of Action or NotAction"
            ))
        }
    };
    let (obj_bits, bucket_bits) = match flavor {
        Flavor::Objects => (action_bits(acts, not, deny), 0),
        Flavor::Full => full_action_bits(acts, not, deny),
    };
    let assumes =
        flavor == Flavor::Full && (acts.iter().any(|p| action_matches(p, "sts:AssumeRole")) != not);
    if obj_bits | bucket_bits == 0 && !assumes {
        return Ok(None); // no S3 action and no AssumeRole: irrelevant
    }
    let resources = match (&st.resource, &st.not_resource) {
        (Some(r), None) => (r.as_slice(), false),
        (None, Some(r)) => (r.as_slice(), true),
        _ => {
            return Err(format!(
                "statement {sid}: needs exactly one of Resource or NotResource"
            ))
        }
    };
    let condition_keys = st
        .condition
        .as_ref()
        .map(condition_keys)
        .unwrap_or_default();
    // Only resources that may name an IAM role matter to sts:AssumeRole
    // (and keep trust evaluation linear: `s3:*`-style NotAction statements
    // cover sts:AssumeRole on their S3 resources, which no role matches).
    let role_resources: Vec<String> = if resources.1 {
        resources.0.to_vec()
    } else {
        resources
            .0
            .iter()
            .filter(|r| may_name_a_role(r))
            .cloned()
            .collect()
    };
    let assumes = assumes && (resources.1 || !role_resources.is_empty());
    let assume = assumes.then(|| AssumeStmt {
        deny,
        resources: role_resources,
        not: resources.1,
        condition_keys: condition_keys.clone(),
        conditional: st.condition.is_some(),
    });
    let mut grants = Vec::new();
    let action_wildcard;
    match flavor {
        Flavor::Objects => {
            let bits = obj_bits;
            action_wildcard = bits == ALL_ACTIONS;
            if bits != 0 {
                let patterns = if resources.1 {
                    vec![Pattern::from_iam_not_resources(resources.0)]
                } else {
                    resources.0.iter().filter_map(|a| cache.object(a)).collect()
                };
                grants.push(CompiledGrant {
                    suffix: "",
                    actions: bits,
                    patterns,
                });
            }
        }
        Flavor::Full => {
            let (obj, bucket) = (obj_bits, bucket_bits);
            action_wildcard = obj | bucket == FULL_BITS;
            let (arns, negated) = resources;
            if !negated && arns.iter().all(|a| a == "*") {
                // Every object of every bucket, at either level.
                if obj | bucket != 0 {
                    grants.push(CompiledGrant {
                        suffix: "",
                        actions: obj | bucket,
                        patterns: vec![cache.object("*").expect("* is an S3 ARN glob")],
                    });
                }
            } else {
                if obj != 0 {
                    let patterns: Vec<Pattern> = if negated {
                        vec![Pattern::from_iam_not_resources(arns)]
                    } else {
                        arns.iter().filter_map(|a| cache.object(a)).collect()
                    };
                    if !patterns.is_empty() {
                        grants.push(CompiledGrant {
                            suffix: "",
                            actions: obj,
                            patterns,
                        });
                    }
                }
                if bucket != 0 {
                    let patterns: Vec<Pattern> = if negated {
                        // Every bucket except the listed bucket ARNs: their
                        // objects are excluded.
                        let mut except = Vec::new();
                        for a in arns {
                            match bucket_glob(a) {
                                Some("*") => except.push("*".to_string()),
                                Some(b) => {
                                    let inner = b.trim_end_matches('*');
                                    if inner.contains(['*', '?']) {
                                        notes.push(format!(
                                            "statement {sid}: NotResource bucket glob '{a}' is read as '{a}/*' for bucket-level actions; '*' there may cross '/' (reach may be under-reported)"
                                        ));
                                    }
                                    except.push(format!("{a}/*"));
                                }
                                None => {}
                            }
                        }
                        vec![Pattern::from_iam_not_resources(&except)]
                    } else {
                        arns.iter().filter_map(|a| cache.bucket(a)).collect()
                    };
                    if !patterns.is_empty() {
                        grants.push(CompiledGrant {
                            suffix: "/bucket",
                            actions: bucket,
                            patterns,
                        });
                    }
                }
            }
        }
    }
    if grants.is_empty() && assume.is_none() {
        return Ok(None);
    }
    Ok(Some(Compiled {
        sid,
        deny,
        grants,
        action_wildcard,
        condition: st.condition.as_ref().map(|c| c.to_string()),
        condition_keys,
        raw_actions: acts.to_vec(),
        assume,
    }))
}

/// The keys of an IAM `Condition` block (`{"operator": {"key": value}}`),
/// sorted and de-duplicated: what a `conditional` outcome lists.
pub fn condition_keys(condition: &serde_json::Value) -> Vec<String> {
    let mut keys: Vec<String> = condition
        .as_object()
        .into_iter()
        .flat_map(|ops| ops.values())
        .filter_map(|v| v.as_object())
        .flat_map(|m| m.keys().cloned())
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

/// 1-based (line, column) of every `Effect` key in `text`, in order: each
/// statement has exactly one, so the n-th is the n-th statement's (JSON
/// `"Effect":` or YAML `Effect:`).
pub(crate) fn statement_positions(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let mut from = 0;
        while let Some(at) = line[from..].find("Effect") {
            let start = from + at;
            let end = start + "Effect".len();
            let rest = line[end..].trim_start_matches('"').trim_start();
            let before = line[..start].trim_end_matches('"');
            let key_start = before
                .chars()
                .last()
                .is_none_or(|c| !c.is_alphanumeric() && c != '_');
            if rest.starts_with(':') && key_start {
                // The key's column, its opening quote included.
                out.push((i + 1, before.chars().count() + 1));
            }
            from = end;
        }
    }
    out
}

/// Loads a mapping file and its policies into grants; also returns notes on
/// statements that could not be fully evaluated.
pub fn load_iam(path: &Path) -> Result<(Vec<GrantDef>, Vec<String>), Error> {
    let text = crate::output::read_input(path).map_err(|e| Error::io(path, e))?;
    let json = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    let map: Mapping = if json {
        serde_json::from_str(&text).map_err(|e| Error::from_json(path, &e, None))?
    } else {
        super::yaml::from_str(path, &text)?
    };
    let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut grants = Vec::new();
    let mut notes = Vec::new();
    let mut cache = PatternCache::default();
    // Where each statement starts, to name the line of a statement error:
    // the mapping file's inline statements in order, then per policy file.
    let inline_at = statement_positions(&text);
    let mut inline_seen = 0usize;
    for role in map.roles {
        let role_name = role
            .arn
            .rsplit(['/', ':'])
            .next()
            .unwrap_or(&role.arn)
            .to_string();
        for (pi, pref) in role.policies.into_iter().enumerate() {
            let (doc, pname, ppath, positions, first) = match pref {
                PolicyRef::Inline(d) => {
                    let n = d.statement.len();
                    inline_seen += n;
                    (
                        *d,
                        format!("inline{}", pi + 1),
                        path.to_path_buf(),
                        inline_at.clone(),
                        inline_seen - n,
                    )
                }
                PolicyRef::File(f) => {
                    let p = base.join(&f);
                    let t = crate::output::read_input(&p).map_err(|e| Error::io(&p, e))?;
                    let d = serde_json::from_str(&t).map_err(|e| Error::from_json(&p, &e, None))?;
                    let stem = Path::new(&f)
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned());
                    (d, stem.unwrap_or(f), p, statement_positions(&t), 0)
                }
            };
            for (si, st) in doc.statement.into_vec().into_iter().enumerate() {
                // A statement error names the file, and the line and column
                // of the statement's `Effect` key.
                let invalid = |message: String| match positions.get(first + si) {
                    Some(&(line, column)) => Error::Parse {
                        path: ppath.clone(),
                        line,
                        column,
                        message,
                    },
                    None => Error::Invalid {
                        path: ppath.clone(),
                        message,
                    },
                };
                let prefix = format!("iam:{role_name}/{pname}:");
                let c = compile_statement(&st, si, Flavor::Objects, &mut cache, &mut notes)
                    .map_err(|m| {
                        invalid(m.replacen("statement ", &format!("statement {prefix}"), 1))
                    })?;
                let Some(c) = c else { continue };
                let id = format!("{prefix}{}", c.sid);
                if let Some(cond) = &c.condition {
                    notes.push(if c.deny {
                        format!(
                            "{id}: Deny with condition {cond} cannot be evaluated; it is kept as a conditional deny (may deny)"
                        )
                    } else {
                        format!(
                            "{id}: Allow with condition {cond} cannot be evaluated; it is treated as possibly allowing (flagged as conditional)"
                        )
                    });
                }
                for g in c.grants {
                    grants.push(GrantDef {
                        id: format!("{id}{}", g.suffix),
                        principal: role.agent.clone(),
                        effect: if c.deny { Effect::Deny } else { Effect::Allow },
                        actions: g.actions,
                        action_wildcard: c.action_wildcard,
                        patterns: g.patterns,
                        expires: None,
                        condition: c.condition.clone(),
                        condition_keys: c.condition_keys.clone(),
                        raw_actions: c.raw_actions.clone(),
                        provenance: Provenance {
                            system: "aws-iam".into(),
                            file: Some(ppath.display().to_string()),
                            object: role.arn.clone(),
                            policy: Some(pname.clone()),
                            statement: Some(c.sid.clone()),
                        },
                        source: GrantSource::Iam {
                            arn: role.arn.clone(),
                        },
                        limit: None,
                    });
                }
            }
        }
    }
    Ok((grants, notes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statement_errors_name_file_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("p.json"),
            "{\"Version\": \"2012-10-17\", \"Statement\": [\n  {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"},\n  {\"Sid\": \"x\", \"Effect\": \"Permit\", \"Action\": \"s3:*\", \"Resource\": \"*\"}\n]}\n",
        )
        .unwrap();
        let map = dir.path().join("iam.yaml");
        std::fs::write(
            &map,
            "roles:\n  - arn: arn:aws:iam::1:role/a\n    agent: a\n    policies:\n      - p.json\n      - Statement:\n          - Effect: Allow\n            Action: s3:GetObject\n            Resource: \"*\"\n          - Effect: Allow\n            Resource: \"*\"\n",
        )
        .unwrap();
        let err = load_iam(&map).unwrap_err().to_string();
        assert!(err.contains("p.json:3:16:"), "{err}");
        assert!(err.contains("Permit"), "{err}");
        // Fix the file: the inline statement without Action is next.
        std::fs::write(
            dir.path().join("p.json"),
            "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}}",
        )
        .unwrap();
        let err = load_iam(&map).unwrap_err().to_string();
        assert!(err.contains("iam.yaml:10:13:"), "{err}");
        assert!(err.contains("Action or NotAction"), "{err}");
    }

    #[test]
    fn conditional_deny_is_kept_as_a_conditional_deny_with_a_note() {
        let dir = tempfile::tempdir().unwrap();
        let map = dir.path().join("iam.yaml");
        std::fs::write(
            &map,
            "roles:\n  - arn: arn:aws:iam::1:role/a\n    agent: a\n    policies:\n      - Statement:\n          - Sid: NotFromHome\n            Effect: Deny\n            Action: s3:GetObject\n            Resource: arn:aws:s3:::lake/*\n            Condition: { NotIpAddress: { \"aws:SourceIp\": 10.0.0.0/8 } }\n",
        )
        .unwrap();
        let (grants, notes) = load_iam(&map).unwrap();
        assert_eq!(grants.len(), 1);
        let g = &grants[0];
        assert_eq!(
            (g.id.as_str(), g.effect, g.actions),
            ("iam:a/inline1:NotFromHome", Effect::Deny, READ)
        );
        assert_eq!(g.condition_keys, vec!["aws:SourceIp".to_string()]);
        assert!(g.condition.as_deref().unwrap().contains("NotIpAddress"));
        assert!(
            notes[0].contains("NotFromHome") && notes[0].contains("may deny"),
            "{notes:?}"
        );
    }

    #[test]
    fn only_resources_that_may_name_a_role_matter_to_assume_role() {
        for yes in [
            "*",
            "arn:aws:iam::1:role/x",
            "arn:aws:iam::*:role/team-*",
            "arn:aws:iam::1:*",
            "arn:aws:iam::1:ro*",
            "arn:*:iam::1:role/x",
        ] {
            assert!(may_name_a_role(yes), "{yes}");
        }
        for no in [
            "arn:aws:s3:::lake/*",
            "arn:aws:iam::1:user/x",
            "arn:aws:iam::1:policy/*",
            "arn:aws:sts::1:role/x",
        ] {
            assert!(!may_name_a_role(no), "{no}");
        }
    }

    #[test]
    fn action_wildcards_and_not_action() {
        assert_eq!(action_bits(&["s3:Get*".into()], false, false), READ);
        assert_eq!(action_bits(&["s3:*".into()], false, false), ALL_ACTIONS);
        assert_eq!(action_bits(&["*".into()], false, true), ALL_ACTIONS);
        assert_eq!(action_bits(&["S3:PUTOBJECT".into()], false, false), WRITE);
        assert_eq!(action_bits(&["ec2:*".into()], false, false), 0);
        // NotAction: everything except reads
        assert_eq!(
            action_bits(&["s3:Get*".into()], true, false),
            WRITE | DELETE | SHARE
        );
        // Deny GetObject only: read is denied (primary action)
        assert_eq!(action_bits(&["s3:GetObject".into()], false, true), READ);
    }
}
