//! The input contract: `labels.jsonl` written by `datareach scan`, and the
//! mapping of scanned roots to resource URIs.

use super::Error;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Component, Path, PathBuf};

/// One line of `labels.jsonl`. Unknown fields are ignored.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LabelRecord {
    /// The scanned root exactly as given on the scan command line.
    pub root: String,
    /// Path relative to `root`, with `/` separators.
    pub path: String,
    /// `None` for the whole object; a column name for one column of a table.
    #[serde(default)]
    pub column: Option<String>,
    /// Data type name to number of findings.
    #[serde(default)]
    pub types: BTreeMap<String, u64>,
    /// Categories present (`PII`, `PHI`, `FINANCIAL`).
    #[serde(default)]
    pub categories: Vec<String>,
    #[serde(default)]
    pub bytes: Option<u64>,
    #[serde(default)]
    pub max_confidence: Option<f64>,
    #[serde(default)]
    pub rows_scanned: Option<u64>,
    #[serde(default)]
    pub rows_total: Option<u64>,
}

/// Reads `labels.jsonl` from a scan output directory (or the file itself).
pub fn read_labels(dir: &Path) -> Result<Vec<LabelRecord>, Error> {
    let path = if dir.is_dir() {
        dir.join("labels.jsonl")
    } else {
        dir.to_path_buf()
    };
    let file = std::fs::File::open(&path).map_err(|e| Error::io(&path, e))?;
    let mut out = Vec::new();
    for (i, line) in BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| Error::io(&path, e))?;
        if line.trim().is_empty() {
            continue;
        }
        let rec: LabelRecord =
            serde_json::from_str(&line).map_err(|e| Error::from_json(&path, &e, Some(i + 1)))?;
        out.push(rec);
    }
    Ok(out)
}

/// Parses one `--map ROOT=URI` argument.
pub fn parse_map(s: &str) -> Result<(String, String), Error> {
    let (root, uri) = s.split_once('=').ok_or_else(|| Error::Map(s.to_string()))?;
    if root.is_empty() || !uri.contains("://") {
        return Err(Error::Map(s.to_string()));
    }
    Ok((
        root.trim_end_matches('/').to_string(),
        uri.trim_end_matches('/').to_string(),
    ))
}

/// Turns `(root, path)` of a label into a resource URI.
#[derive(Debug, Clone, Default)]
pub struct UriMapper {
    maps: Vec<(String, String)>,
    cwd: Option<PathBuf>,
}

impl UriMapper {
    /// A mapper from `ROOT=URI` pairs (see [`parse_map`]).
    pub fn new(maps: Vec<(String, String)>) -> UriMapper {
        UriMapper {
            maps,
            cwd: std::env::current_dir().ok(),
        }
    }

    /// The URI of `path` under `root`: the mapped URI when a mapping names the
    /// root, otherwise `file://` plus the absolute path.
    pub fn to_uri(&self, root: &str, path: &str) -> String {
        let key = root.trim_end_matches('/');
        let key = if key.is_empty() { root } else { key };
        let path = path.trim_start_matches('/');
        if let Some((_, base)) = self.maps.iter().find(|(r, _)| r == key) {
            return if path.is_empty() {
                base.clone()
            } else {
                format!("{base}/{path}")
            };
        }
        let mut abs = PathBuf::from(root);
        if !abs.is_absolute() {
            if let Some(cwd) = &self.cwd {
                abs = cwd.join(abs);
            }
        }
        let abs = normalize(&abs);
        let mut s = abs.to_string_lossy().replace('\\', "/");
        if !path.is_empty() {
            if !s.ends_with('/') {
                s.push('/');
            }
            s.push_str(path);
        }
        if s.starts_with('/') {
            format!("file://{s}")
        } else {
            format!("file:///{s}")
        }
    }
}

fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_turns_root_into_bucket_uri() {
        let m = UriMapper::new(vec![parse_map("lake=s3://lake/").unwrap()]);
        assert_eq!(m.to_uri("lake", "crm/a.csv"), "s3://lake/crm/a.csv");
        assert_eq!(m.to_uri("lake/", "crm/a.csv"), "s3://lake/crm/a.csv");
        assert_eq!(m.to_uri("/data/x", "a.csv"), "file:///data/x/a.csv");
        assert!(m.to_uri("rel/./dir", "a.csv").ends_with("/rel/dir/a.csv"));
        assert!(m.to_uri("rel", "a.csv").starts_with("file:///"));
    }

    #[test]
    fn parse_map_rejects_garbage() {
        assert!(parse_map("lake").is_err());
        assert!(parse_map("=s3://x").is_err());
        assert!(parse_map("lake=nope").is_err());
    }

    #[test]
    fn malformed_labels_name_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("labels.jsonl");
        std::fs::write(
            &p,
            "{\"root\":\"r\",\"path\":\"a\",\"types\":{}}\n{\"root\": 3}\n",
        )
        .unwrap();
        let err = read_labels(dir.path()).unwrap_err().to_string();
        assert!(err.contains("labels.jsonl:2:"), "{err}");
    }
}
