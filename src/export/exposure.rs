//! Reading `exposure.json` back: only what an export needs (agents, their
//! owner, parent and reach); unknown fields are ignored so later additions to
//! the file do not break exports.

use crate::correlate::Error;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The parts of `exposure.json` an export uses.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ExposureDoc {
    /// The file it was read from (for messages).
    #[serde(skip)]
    pub path: PathBuf,
    #[serde(default)]
    pub as_of: Option<String>,
    pub agents: Vec<ExposureAgent>,
}

/// One agent of `exposure.json`.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ExposureAgent {
    pub id: String,
    #[serde(default)]
    pub owner: Option<String>,
    #[serde(default)]
    pub reach: Vec<ExposureReach>,
    #[serde(default)]
    pub delegation: Option<ExposureDelegation>,
    /// Agents or roles the agent can assume (exposure files that have it).
    #[serde(default)]
    pub can_assume: Vec<String>,
}

/// `delegation` of an agent in `exposure.json`.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ExposureDelegation {
    #[serde(default)]
    pub parent: Option<String>,
}

/// One `reach` entry of `exposure.json`.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ExposureReach {
    pub resource: String,
    #[serde(default)]
    pub column: Option<String>,
    #[serde(default)]
    pub actions: Vec<String>,
    #[serde(default)]
    pub categories: Vec<String>,
    #[serde(default)]
    pub types: BTreeMap<String, u64>,
    /// `allowed` or `conditional`; absent in older exposure files.
    #[serde(default)]
    pub outcome: Option<String>,
    /// Ids of the grants that give the reach.
    #[serde(default)]
    pub via: Vec<String>,
}

/// Reads `exposure.json` from an exposure output directory (or the file itself).
pub fn read_exposure(dir: &Path) -> Result<ExposureDoc, Error> {
    let path = if dir.is_dir() {
        dir.join("exposure.json")
    } else {
        dir.to_path_buf()
    };
    let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
    let mut doc: ExposureDoc =
        serde_json::from_str(&text).map_err(|e| Error::from_json(&path, &e, None))?;
    doc.path = path;
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_agents_and_reach_ignoring_other_fields() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("exposure.json"),
            r#"{"as_of": "2026-05-01", "objects": 1, "agents": [{"id": "a", "owner": "o",
                "reach": [{"resource": "s3://l/x", "column": null, "actions": ["read"],
                           "types": {"US_SSN": 2}, "categories": ["PII"], "via": ["g"]}],
                "totals": {}, "delegation": {"parent": "p", "chain": ["p", "a"]}}]}"#,
        )
        .unwrap();
        let doc = read_exposure(dir.path()).unwrap();
        assert_eq!(doc.agents[0].reach[0].types["US_SSN"], 2);
        assert_eq!(
            doc.agents[0].delegation.as_ref().unwrap().parent.as_deref(),
            Some("p")
        );
        assert!(doc.path.ends_with("exposure.json"));
    }

    #[test]
    fn denied_entries_are_never_read_as_reach() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("exposure.json"),
            r#"{"agents": [{"id": "a",
                "reach": [{"resource": "s3://l/x", "actions": ["read"], "outcome": "conditional",
                           "conditions": ["aws:SourceIp"], "categories": ["PII"]}],
                "denied": [{"resource": "s3://l/pay", "actions": [], "outcome": "denied",
                            "denied_actions": ["read"], "categories": ["PII"]}],
                "can_assume": []}]}"#,
        )
        .unwrap();
        let doc = read_exposure(dir.path()).unwrap();
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
    }

    #[test]
    fn malformed_exposure_names_file_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("e.json");
        std::fs::write(&p, "{\"agents\": [\n  {\"id\": 3}\n]}").unwrap();
        let err = read_exposure(&p).unwrap_err().to_string();
        assert!(err.contains("e.json:2:"), "{err}");
    }
}
