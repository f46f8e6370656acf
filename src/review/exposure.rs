//! `exposure.json` read back: the one set of types `report`, `diff` and
//! `export` read it into. Every field but an agent's `id` and a reach entry's
//! `resource` may be absent, and unknown fields are ignored, so outputs of
//! older and newer versions still read.

use crate::correlate::Error;
use serde::{Deserialize, Deserializer};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// `exposure.json`.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ExposureDoc {
    /// The file it was read from (for messages); empty when built in code.
    #[serde(skip)]
    pub path: PathBuf,
    #[serde(default)]
    pub as_of: Option<String>,
    #[serde(default)]
    pub objects: Option<u64>,
    /// Scanned root → URI; absent in outputs of older versions.
    #[serde(default)]
    pub roots: Vec<RootDoc>,
    #[serde(default)]
    pub agents: Vec<AgentDoc>,
}

impl ExposureDoc {
    /// Parses the text of `exposure.json` read from `path`; a malformed file
    /// is an error naming `path`, line and column.
    pub fn parse(text: &str, path: &Path) -> Result<ExposureDoc, Error> {
        let mut doc: ExposureDoc =
            serde_json::from_str(text).map_err(|e| Error::from_json(path, &e, None))?;
        doc.path = path.to_path_buf();
        Ok(doc)
    }
}

/// A scanned root and the URI its objects were named under.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct RootDoc {
    pub root: String,
    pub uri: String,
}

/// One agent of `exposure.json`.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct AgentDoc {
    pub id: String,
    #[serde(default)]
    pub owner: Option<String>,
    #[serde(default)]
    pub purpose: Option<String>,
    #[serde(default)]
    pub data_scope: Option<Vec<String>>,
    #[serde(default)]
    pub allowed_actions: Option<Vec<String>>,
    #[serde(default)]
    pub created: Option<String>,
    #[serde(default)]
    pub expires: Option<String>,
    #[serde(default)]
    pub roles: Vec<String>,
    /// Allowed and conditional reach; entries of the agent's `denied` list
    /// are never read as reach.
    #[serde(default)]
    pub reach: Vec<ReachDoc>,
    /// `null` reads as no delegation, as an absent field does.
    #[serde(default, deserialize_with = "null_as_default")]
    pub delegation: DelegationDoc,
    /// Agents or roles the agent can assume (exposure files that have it).
    #[serde(default)]
    pub can_assume: Vec<String>,
    /// Access-log evidence of what the agent actually touched, when present;
    /// kept as JSON so any shape of entry is shown.
    #[serde(default)]
    pub touched: Option<Vec<Value>>,
}

/// One reach entry.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ReachDoc {
    pub resource: String,
    #[serde(default)]
    pub column: Option<String>,
    #[serde(default)]
    pub actions: Vec<String>,
    #[serde(default)]
    pub types: BTreeMap<String, u64>,
    #[serde(default)]
    pub categories: Vec<String>,
    #[serde(default)]
    pub findings: u64,
    #[serde(default)]
    pub rows: Option<u64>,
    /// Ids of the grants that give the reach.
    #[serde(default)]
    pub via: Vec<String>,
    #[serde(default)]
    pub paths: Vec<GrantPathDoc>,
    /// `allowed` or `conditional` (absent in files written before outcomes).
    #[serde(default)]
    pub outcome: Option<String>,
    /// Condition keys of a `conditional` entry.
    #[serde(default)]
    pub conditions: Vec<String>,
}

/// role → grant → pattern.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct GrantPathDoc {
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub grant: String,
    #[serde(default)]
    pub pattern: String,
    #[serde(default)]
    pub conditional: bool,
}

/// `delegation` of an agent.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct DelegationDoc {
    #[serde(default)]
    pub parent: Option<String>,
    #[serde(default)]
    pub chain: Vec<String>,
    #[serde(default)]
    pub subagents: Vec<String>,
}

fn null_as_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_agents_and_reach_ignoring_other_fields() {
        let doc = ExposureDoc::parse(
            r#"{"as_of": "2026-05-01", "objects": 1, "agents": [{"id": "a", "owner": "o",
                "reach": [{"resource": "s3://l/x", "column": null, "actions": ["read"],
                           "types": {"US_SSN": 2}, "categories": ["PII"], "via": ["g"]}],
                "totals": {}, "delegation": {"parent": "p", "chain": ["p", "a"]}}]}"#,
            Path::new("exposure.json"),
        )
        .unwrap();
        let a = &doc.agents[0];
        assert_eq!(a.reach[0].types["US_SSN"], 2);
        assert_eq!(a.reach[0].via, ["g"]);
        assert_eq!(a.delegation.parent.as_deref(), Some("p"));
        assert_eq!(a.delegation.chain, ["p", "a"]);
        assert_eq!(doc.path, Path::new("exposure.json"));
    }

    #[test]
    fn denied_entries_are_never_read_as_reach() {
        let doc = ExposureDoc::parse(
            r#"{"agents": [{"id": "a",
                "reach": [{"resource": "s3://l/x", "actions": ["read"], "outcome": "conditional",
                           "conditions": ["aws:SourceIp"], "categories": ["PII"]}],
                "denied": [{"resource": "s3://l/pay", "actions": [], "outcome": "denied",
                            "denied_actions": ["read"], "categories": ["PII"]}],
                "can_assume": []}]}"#,
            Path::new("exposure.json"),
        )
        .unwrap();
        let res: Vec<&str> = doc.agents[0]
            .reach
            .iter()
            .map(|r| r.resource.as_str())
            .collect();
        assert_eq!(
            res,
            vec!["s3://l/x"],
            "conditional reach is reach, denied is not"
        );
        assert_eq!(doc.agents[0].reach[0].conditions, ["aws:SourceIp"]);
    }

    #[test]
    fn absent_or_null_delegation_is_none() {
        let doc = ExposureDoc::parse(
            r#"{"agents": [{"id": "a"}, {"id": "b", "delegation": null}]}"#,
            Path::new("exposure.json"),
        )
        .unwrap();
        assert!(doc.agents.iter().all(|a| a.delegation.parent.is_none()));
    }

    #[test]
    fn malformed_exposure_names_file_line_and_column() {
        let err = ExposureDoc::parse("{\"agents\": [\n  {\"id\": 3}\n]}", Path::new("dir/e.json"))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("dir/e.json:2:"), "{err}");
    }
}
