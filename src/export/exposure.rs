//! Reading `exposure.json` back for an export, into the types `report` and
//! `diff` read it into ([`ExposureDoc`]); an export uses the agents, their
//! owner, parent and reach.

use crate::correlate::Error;
use crate::review::ExposureDoc;
use std::path::Path;

/// Reads `exposure.json` from an exposure output directory (or the file itself).
pub fn read_exposure(dir: &Path) -> Result<ExposureDoc, Error> {
    let path = if dir.is_dir() {
        dir.join("exposure.json")
    } else {
        dir.to_path_buf()
    };
    let text = crate::output::read_input(&path).map_err(|e| Error::io(&path, e))?;
    let doc = ExposureDoc::parse(&text, &path)?;
    if doc.agents.is_empty() {
        require_agents(&text, &path)?;
    }
    Ok(doc)
}

/// An export needs the `agents` list (`report` does not): without it the file
/// is likely another JSON output given by mistake (`scan.json`,
/// `findings.json`), which would export no reach without a word. Checked only
/// when no agent was read, so a usual file is parsed once.
fn require_agents(text: &str, path: &Path) -> Result<(), Error> {
    #[derive(serde::Deserialize)]
    struct Agents {
        #[allow(dead_code)] // present is all that is asked of it
        agents: serde::de::IgnoredAny,
    }
    serde_json::from_str::<Agents>(text)
        .map(drop)
        .map_err(|e| Error::from_json(path, &e, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_file_in_a_directory_and_names_it() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("exposure.json"),
            r#"{"as_of": "2026-05-01", "agents": [{"id": "a", "owner": "o",
                "reach": [{"resource": "s3://l/x", "actions": ["read"]}],
                "delegation": {"parent": "p"}}]}"#,
        )
        .unwrap();
        let doc = read_exposure(dir.path()).unwrap();
        assert_eq!(doc.agents[0].reach[0].resource, "s3://l/x");
        assert_eq!(doc.agents[0].delegation.parent.as_deref(), Some("p"));
        assert!(doc.path.ends_with("exposure.json"));
    }

    /// Reads `text` written to a file `name` in a fresh directory.
    fn read(name: &str, text: &str) -> Result<ExposureDoc, Error> {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        read_exposure(&p)
    }

    #[test]
    fn malformed_exposure_names_file_line_and_column() {
        let err = read("e.json", "{\"agents\": [\n  {\"id\": 3}\n]}").unwrap_err();
        assert!(err.to_string().contains("e.json:2:"), "{err}");
    }

    #[test]
    fn a_file_without_agents_is_an_error_an_empty_list_is_not() {
        let err = read("findings.json", "{\"findings\": [],\n \"errors\": []}")
            .unwrap_err()
            .to_string();
        assert!(err.contains("findings.json:2:"), "{err}");
        assert!(err.contains("missing field `agents`"), "{err}");
        assert!(read("e.json", "{\"agents\": []}")
            .unwrap()
            .agents
            .is_empty());
    }
}
