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
    Effect, GrantDef, GrantSource, Provenance, ALL_ACTIONS, DELETE, READ, SHARE, WRITE,
};
use super::pattern::{wildcard_match_bytes, Pattern};
use super::Error;
use serde::Deserialize;
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

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct PolicyDoc {
    #[serde(default)]
    #[allow(dead_code)]
    version: Option<String>,
    statement: OneOrMany<Statement>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum OneOrMany<T> {
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

    fn into_vec(self) -> Vec<T> {
        match self {
            OneOrMany::One(t) => vec![t],
            OneOrMany::Many(v) => v,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Statement {
    #[serde(default)]
    sid: Option<String>,
    effect: String,
    #[serde(default)]
    action: Option<OneOrMany<String>>,
    #[serde(default)]
    not_action: Option<OneOrMany<String>>,
    #[serde(default)]
    resource: Option<OneOrMany<String>>,
    #[serde(default)]
    not_resource: Option<OneOrMany<String>>,
    #[serde(default)]
    condition: Option<serde_json::Value>,
}

fn action_matches(pat: &str, action: &str) -> bool {
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
fn statement_positions(text: &str) -> Vec<(usize, usize)> {
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
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let json = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    let map: Mapping = if json {
        serde_json::from_str(&text).map_err(|e| Error::from_json(path, &e, None))?
    } else {
        serde_yaml_ng::from_str(&text).map_err(|e| Error::from_yaml(path, &e))?
    };
    let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut grants = Vec::new();
    let mut notes = Vec::new();
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
                    let t = std::fs::read_to_string(&p).map_err(|e| Error::io(&p, e))?;
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
                let id = format!(
                    "iam:{role_name}/{pname}:{}",
                    st.sid.clone().unwrap_or_else(|| format!("stmt{}", si + 1))
                );
                let deny = match st.effect.as_str() {
                    "Allow" => false,
                    "Deny" => true,
                    other => {
                        return Err(invalid(format!(
                            "statement {id}: Effect must be Allow or Deny, not '{other}'"
                        )))
                    }
                };
                let (acts, not) = match (st.action, st.not_action) {
                    (Some(a), None) => (a.into_vec(), false),
                    (None, Some(a)) => (a.into_vec(), true),
                    _ => {
                        return Err(invalid(format!(
                            "statement {id}: needs exactly one of Action or NotAction"
                        )))
                    }
                };
                let bits = action_bits(&acts, not, deny);
                if bits == 0 {
                    continue; // no S3 object action: irrelevant to data reach
                }
                let patterns = match (st.resource, st.not_resource) {
                    (Some(r), None) => r
                        .into_vec()
                        .iter()
                        .filter_map(|a| Pattern::from_iam_arn(a))
                        .collect(),
                    (None, Some(r)) => vec![Pattern::from_iam_not_resources(&r.into_vec())],
                    _ => {
                        return Err(invalid(format!(
                            "statement {id}: needs exactly one of Resource or NotResource"
                        )))
                    }
                };
                let condition_keys = st
                    .condition
                    .as_ref()
                    .map(condition_keys)
                    .unwrap_or_default();
                let condition = st.condition.map(|c| c.to_string());
                if let Some(c) = &condition {
                    if deny {
                        // Kept: the engine reports what it covers as
                        // conditional and lists it in `may_deny`.
                        notes.push(format!(
                            "{id}: Deny with condition {c} cannot be evaluated; what it covers is reported as conditional (may deny)"
                        ));
                    } else {
                        notes.push(format!(
                            "{id}: Allow with condition {c} cannot be evaluated; it is treated as possibly allowing (flagged as conditional)"
                        ));
                    }
                }
                grants.push(GrantDef {
                    id,
                    principal: role.agent.clone(),
                    effect: if deny { Effect::Deny } else { Effect::Allow },
                    actions: bits,
                    action_wildcard: bits == ALL_ACTIONS,
                    patterns,
                    expires: None,
                    condition,
                    condition_keys,
                    raw_actions: acts.clone(),
                    provenance: Provenance {
                        system: "aws-iam".into(),
                        file: Some(ppath.display().to_string()),
                        object: role.arn.clone(),
                        policy: Some(pname.clone()),
                        statement: Some(
                            st.sid.clone().unwrap_or_else(|| format!("stmt{}", si + 1)),
                        ),
                    },
                    source: GrantSource::Iam {
                        arn: role.arn.clone(),
                    },
                    limit: None,
                });
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
