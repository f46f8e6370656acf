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
    let file = crate::output::open_input(&path).map_err(|e| Error::io(&path, e))?;
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
    let Some(i) = uri.find("://") else {
        return Err(Error::Map(s.to_string()));
    };
    if root.is_empty() || i == 0 {
        return Err(Error::Map(s.to_string()));
    }
    // `pg://` alone keeps its slashes: the scanned paths supply the authority.
    let rest = uri[i + 3..].trim_end_matches('/');
    Ok((
        root.trim_end_matches('/').to_string(),
        format!("{}{rest}", &uri[..i + 3]),
    ))
}

/// Extensions of exported table files, dropped from the path when the
/// target URI is a database table (`pg://`, Unity Catalog `uc://`):
/// `appdb/public/patients.csv` maps to `pg://appdb/public/patients`.
pub const TABLE_FILE_EXTENSIONS: &[&str] = &["csv", "tsv", "jsonl", "ndjson", "parquet"];

/// URI schemes whose objects are database tables, named without a file extension.
pub const TABLE_SCHEMES: &[&str] = &["pg://", "uc://"];

fn strip_table_extension(path: &str) -> &str {
    let name_at = path.rfind('/').map_or(0, |i| i + 1);
    let mut p = path;
    if let Some(s) = p.strip_suffix(".gz") {
        p = s;
    }
    for ext in TABLE_FILE_EXTENSIONS {
        if let Some(s) = p.strip_suffix(ext).and_then(|s| s.strip_suffix('.')) {
            if s.len() > name_at {
                return s;
            }
        }
    }
    path
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
            let path = if TABLE_SCHEMES.iter().any(|s| base.starts_with(s)) {
                strip_table_extension(path)
            } else {
                path
            };
            return if path.is_empty() {
                base.clone()
            } else if base.ends_with("://") {
                format!("{base}{path}")
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
    fn table_files_map_to_database_tables() {
        let m = UriMapper::new(vec![
            parse_map("sample-data/pg=pg://").unwrap(),
            parse_map("dump/appdb=pg://appdb/").unwrap(),
            parse_map("lake=s3://lake").unwrap(),
            parse_map("uc-export=uc://main").unwrap(),
        ]);
        let pg = |root, path| m.to_uri(root, path);
        assert_eq!(
            pg("uc-export", "clinical/patients.parquet"),
            "uc://main/clinical/patients"
        );
        assert_eq!(
            pg("sample-data/pg", "appdb/public/patients.csv"),
            "pg://appdb/public/patients"
        );
        assert_eq!(pg("sample-data/pg/", "appdb/s/t.parquet"), "pg://appdb/s/t");
        assert_eq!(pg("dump/appdb", "public/t.jsonl.gz"), "pg://appdb/public/t");
        assert_eq!(pg("dump/appdb", "public/t.tsv"), "pg://appdb/public/t");
        // Not a table file, or a bare extension: kept as it is.
        assert_eq!(
            pg("dump/appdb", "public/notes.txt"),
            "pg://appdb/public/notes.txt"
        );
        assert_eq!(pg("dump/appdb", "public/.csv"), "pg://appdb/public/.csv");
        assert_eq!(
            pg("dump/appdb", "public/t.csv.bak"),
            "pg://appdb/public/t.csv.bak"
        );
        // Other schemes keep file names.
        assert_eq!(pg("lake", "crm/a.csv"), "s3://lake/crm/a.csv");
        assert_eq!(parse_map("x=pg://").unwrap().1, "pg://");
        assert!(parse_map("x=://").is_err());
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
