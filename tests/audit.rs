//! The README's main job, end to end: `datareach audit` on sample-data/.

mod util;

use std::path::Path;
use util::{datareach, Dir};

#[test]
fn audit_of_the_sample_lake_reports_the_planted_governance_problems() {
    let (_d, out, run) = util::audit_sample(&[]);
    let (stdout, stderr) = (&run.stdout, &run.stderr);
    assert_eq!(run.code, 1, "stdout:\n{stdout}\nstderr:\n{stderr}");
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

/// The command of README's "Set-up: two commands", as written there (with
/// the binary for `cargo run --release --`, a temporary `--out`, and a
/// fixed `--as-of`): every grant source of sample-data/grants/ takes part.
fn readme_main_command() -> Vec<String> {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let start = readme
        .find("cargo run --release -- audit")
        .expect("main command");
    let mut cmd = String::new();
    for line in readme[start..].lines() {
        let line = line.trim();
        match line.strip_suffix('\\') {
            Some(l) => cmd.push_str(l),
            None => {
                cmd.push_str(line);
                break;
            }
        }
        cmd.push(' ');
    }
    let words: Vec<String> = cmd.split_whitespace().map(String::from).collect();
    assert_eq!(words[..4], ["cargo", "run", "--release", "--"]);
    words[4..].to_vec()
}

#[test]
fn readme_main_command_reads_every_grant_source() {
    let d = Dir::new();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = d.path().join("out");
    let mut args = readme_main_command();
    let at = args.iter().position(|a| a == "--out").unwrap();
    args[at + 1] = out.to_str().unwrap().to_string();
    args.extend(["--as-of".into(), "2026-11-29".into()]);
    let kinds: Vec<&str> = args
        .iter()
        .filter_map(|a| a.split_once(':').map(|(k, _)| k))
        .filter(|k| ["aws-authz", "postgres", "unity-catalog", "oauth", "mcp"].contains(k))
        .collect();
    assert_eq!(kinds.len(), 7, "{args:?}");
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = datareach(repo, &argv);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    let exposure: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("exposure.json")).unwrap()).unwrap();
    let agents = exposure["agents"].as_array().unwrap();
    // Every connector's grants explain some reach, with their provenance.
    let mut systems = std::collections::BTreeSet::new();
    for a in agents {
        for r in a["reach"].as_array().unwrap() {
            for p in r["paths"].as_array().unwrap() {
                systems.insert(p["provenance"]["system"].as_str().unwrap().to_string());
            }
        }
    }
    for s in ["native", "aws-authz", "postgres", "unity-catalog", "oauth"] {
        assert!(
            systems.contains(s),
            "no reach explained by {s}: {systems:?}"
        );
    }
    let agent = |id: &str| {
        agents
            .iter()
            .find(|a| a["id"] == id)
            .unwrap_or_else(|| panic!("agent {id} missing"))
    };
    // support-bot reaches clinical notes only by assuming the analyst role.
    let notes = agent("support-bot")["reach"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["resource"] == "s3://acme-lake/clinical/notes-0001.txt")
        .expect("support-bot reaches the clinical notes");
    assert!(notes["paths"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["chain"][0]
            .as_str()
            .is_some_and(|c| c.starts_with("assume:"))));
    // Tables of the database and catalog exports are reached as tables.
    let resources: Vec<&str> = agents
        .iter()
        .flat_map(|a| a["reach"].as_array().unwrap())
        .map(|r| r["resource"].as_str().unwrap())
        .collect();
    assert!(resources.contains(&"pg://appdb/clinical/patients"));
    assert!(resources
        .iter()
        .any(|r| r.starts_with("uc://acme/clinical/")));
    assert!(resources.iter().any(|r| r.starts_with("m365://files/")));
    // The MCP server's open-world tool makes a PHI reader toxic.
    let findings: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("findings.json")).unwrap()).unwrap();
    assert!(findings["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["kind"] == "toxic_combination"
            && f["resource"]
                .as_str()
                .is_some_and(|r| r.starts_with("mcp://"))));
}
