//! The README's main job, end to end: `datareach audit` on sample-data/.

mod util;

use std::path::Path;
use util::{datareach, Dir};

#[test]
fn audit_of_the_sample_lake_reports_the_planted_governance_problems() {
    let d = Dir::new();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = d.path().join("out");
    let run = datareach(
        repo,
        &[
            "audit",
            "sample-data/lake",
            "--inventory",
            "sample-data/inventory.yaml",
            "--map",
            "sample-data/lake=s3://acme-lake",
            "--as-of",
            "2026-11-29",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(
        run.status.code(),
        Some(1),
        "stdout:\n{stdout}\nstderr:\n{stderr}"
    );
    for f in [
        "findings.jsonl",
        "labels.jsonl",
        "scan.json",
        "exposure.json",
        "findings.json",
        "report.html",
    ] {
        assert!(out.join(f).exists(), "{f} missing");
        // Outputs map where the sensitive data is: owner-only.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(out.join(f)).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{f} has mode {mode:o}");
        }
    }
    // No temporary file is left behind.
    let leftovers: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.') || n.contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    let findings: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("findings.json")).unwrap()).unwrap();
    let has = |kind: &str, agent: &str| {
        findings["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["kind"] == kind && f["agent"] == agent)
    };
    assert!(has("orphaned_agent", "migration-2025"), "{findings:#}");
    assert!(has("expired_agent", "migration-2025"));
    assert!(has("shared_credential", "billing-agent"));
    assert!(has("shared_credential", "finance-chatbot"));
    assert!(has("toxic_combination", "report-writer"));
    assert!(
        has("excessive_reach", "support-bot"),
        "support-bot reaches card numbers beyond its PII scope"
    );
    assert!(!has("orphaned_agent", "support-bot"));

    let exposure: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("exposure.json")).unwrap()).unwrap();
    let agent = |id: &str| {
        exposure["agents"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["id"] == id)
            .cloned()
            .unwrap_or_else(|| panic!("agent {id} missing"))
    };
    // The analytics agent reads the whole lake except clinical notes (deny wins).
    let analytics = agent("analytics-agent");
    let reach = analytics["reach"].as_array().unwrap();
    assert!(reach
        .iter()
        .any(|r| r["resource"] == "s3://acme-lake/crm/customers.csv"));
    assert!(reach
        .iter()
        .all(|r| !r["resource"].as_str().unwrap().contains("/clinical/")));
    // The migration agent reaches PHI in the clinical notes, gzip included.
    let migration = agent("migration-2025");
    let resources: Vec<&str> = migration["reach"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["resource"].as_str().unwrap())
        .collect();
    assert!(
        resources.contains(&"s3://acme-lake/clinical/notes-0002.txt.gz"),
        "{resources:?}"
    );
    assert!(stdout.contains("migration-2025"));
}
