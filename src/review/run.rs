//! One run's output directory, read back: `labels.jsonl` and `scan.json`
//! (scan) and `exposure.json` and `findings.json` (exposure). Each part is
//! optional; unknown fields are ignored (or, for findings and `touched`,
//! kept as they are) so outputs of newer versions still read.

use super::exposure::ExposureDoc;
use super::Error;
use crate::correlate::{self, read_labels, LabelRecord};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The parts of `scan.json` a report shows.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ScanSummary {
    #[serde(default)]
    pub roots: Vec<String>,
    #[serde(default)]
    pub started_at: Option<String>,
    #[serde(default)]
    pub objects_seen: Option<u64>,
    #[serde(default)]
    pub objects_scanned: Option<u64>,
    #[serde(default)]
    pub findings: Option<u64>,
    #[serde(default)]
    pub outcome: Option<String>,
}

/// `findings.json`.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct FindingsDoc {
    #[serde(default)]
    pub as_of: Option<String>,
    #[serde(default)]
    pub findings: Vec<FindingDoc>,
    #[serde(default)]
    pub errors: Vec<String>,
    #[serde(default)]
    pub notes: Vec<String>,
}

/// A governance finding of any kind; fields beyond the common ones are kept
/// in `extra` so new kinds show and compare without code changes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FindingDoc {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub severity: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grant: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
    #[serde(default)]
    pub message: String,
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

impl FindingDoc {
    /// What makes two findings of two runs the same finding: the
    /// deterministic `id` (`kind:subject`), else kind and subject fields.
    pub fn identity(&self) -> String {
        match &self.id {
            Some(id) if !id.is_empty() => id.clone(),
            _ => {
                let part = |o: &Option<String>| o.clone().unwrap_or_default();
                format!(
                    "{}:{}:{}:{}:{}",
                    self.kind,
                    part(&self.agent),
                    part(&self.role),
                    part(&self.grant),
                    part(&self.resource)
                )
            }
        }
    }

    pub fn rank(&self) -> u8 {
        super::severity_rank(&self.severity)
    }
}

/// The outputs found in one directory.
#[derive(Debug, Clone, Default)]
pub struct RunDir {
    pub dir: PathBuf,
    pub labels: Option<Vec<LabelRecord>>,
    pub scan: Option<ScanSummary>,
    pub exposure: Option<ExposureDoc>,
    pub findings: Option<FindingsDoc>,
}

impl RunDir {
    /// Reads whatever outputs `dir` holds; fails when it holds none of
    /// `labels.jsonl`, `exposure.json`, `findings.json`, or one is malformed.
    pub fn load(dir: &Path) -> Result<RunDir, Error> {
        let meta = std::fs::metadata(dir).map_err(|e| correlate::Error::io(dir, e))?;
        if !meta.is_dir() {
            return Err(Error::NoOutputs {
                path: dir.to_path_buf(),
                message: "not a directory".into(),
            });
        }
        let labels_path = dir.join("labels.jsonl");
        let labels = if labels_path.is_file() {
            Some(read_labels(&labels_path)?)
        } else {
            None
        };
        let scan = read_json(&dir.join("scan.json"))?;
        let exposure_path = dir.join("exposure.json");
        let exposure = read_text(&exposure_path)?
            .map(|text| ExposureDoc::parse(&text, &exposure_path))
            .transpose()?;
        let run = RunDir {
            dir: dir.to_path_buf(),
            labels,
            scan,
            exposure,
            findings: read_json(&dir.join("findings.json"))?,
        };
        if run.labels.is_none() && run.exposure.is_none() && run.findings.is_none() {
            return Err(Error::NoOutputs {
                path: dir.to_path_buf(),
                message: "holds neither scan output (labels.jsonl) nor exposure output \
                          (exposure.json, findings.json)"
                    .into(),
            });
        }
        Ok(run)
    }

    /// The URI an object was named under by the correlator: through the
    /// `roots` of `exposure.json`, else `root/path`.
    pub fn object_name(&self, root: &str, path: &str) -> String {
        let key = root.trim_end_matches('/');
        let mapped = self
            .exposure
            .as_ref()
            .and_then(|e| e.roots.iter().find(|r| r.root.trim_end_matches('/') == key));
        match mapped {
            Some(r) if path.is_empty() => r.uri.clone(),
            Some(r) => format!("{}/{}", r.uri, path.trim_start_matches('/')),
            None if key.is_empty() => path.to_string(),
            None => format!("{key}/{}", path.trim_start_matches('/')),
        }
    }
}

/// The text of `path`, or `None` when there is no such file.
fn read_text(path: &Path) -> Result<Option<String>, correlate::Error> {
    match crate::output::read_input(path) {
        Ok(t) => Ok(Some(t)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(correlate::Error::io(path, e)),
    }
}

fn read_json<T: DeserializeOwned>(path: &Path) -> Result<Option<T>, correlate::Error> {
    let Some(text) = read_text(path)? else {
        return Ok(None);
    };
    serde_json::from_str(&text)
        .map(Some)
        .map_err(|e| correlate::Error::from_json(path, &e, None))
}

#[cfg(test)]
mod tests {
    use super::super::exposure::RootDoc;
    use super::*;

    #[test]
    fn empty_directory_is_an_error_naming_it() {
        let d = tempfile::tempdir().unwrap();
        let err = RunDir::load(d.path()).unwrap_err().to_string();
        assert!(err.contains("holds neither"), "{err}");
        assert!(err.contains(&d.path().display().to_string()));
    }

    #[test]
    fn malformed_exposure_names_file_line_and_column() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("exposure.json"), "{\n  \"agents\": 3\n}\n").unwrap();
        let err = RunDir::load(d.path()).unwrap_err().to_string();
        assert!(err.contains("exposure.json:2:"), "{err}");
    }

    #[test]
    fn unknown_fields_and_finding_kinds_are_kept() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(
            d.path().join("findings.json"),
            r#"{"findings": [{"id": "unused_grant:g1", "kind": "unused_grant",
                "severity": "medium", "agent": "a", "message": "m", "days_unused": 90}],
                "future": true}"#,
        )
        .unwrap();
        let run = RunDir::load(d.path()).unwrap();
        let f = &run.findings.unwrap().findings[0];
        assert_eq!(f.identity(), "unused_grant:g1");
        assert_eq!(f.extra["days_unused"], 90);
    }

    #[test]
    fn identity_without_id_uses_kind_and_subject() {
        let f = FindingDoc {
            kind: "k".into(),
            agent: Some("a".into()),
            resource: Some("s3://b/x".into()),
            ..Default::default()
        };
        assert_eq!(f.identity(), "k:a:::s3://b/x");
    }

    #[test]
    fn object_names_use_the_mapped_root() {
        let run = RunDir {
            exposure: Some(ExposureDoc {
                roots: vec![RootDoc {
                    root: "lake".into(),
                    uri: "s3://acme".into(),
                }],
                ..Default::default()
            }),
            ..Default::default()
        };
        assert_eq!(run.object_name("lake/", "crm/a.csv"), "s3://acme/crm/a.csv");
        assert_eq!(run.object_name("other", "a.csv"), "other/a.csv");
    }
}
