//! `datareach diff` end to end: audit the sample lake, audit a modified copy,
//! compare.

mod util;

use std::path::{Path, PathBuf};
use util::{copy_dir, datareach, Dir};

fn audit(d: &Dir, lake: &str, out: &str) -> PathBuf {
    let run = datareach(
        d.path(),
        &[
            "audit",
            lake,
            "--inventory",
            "inventory.yaml",
            "--map",
            &format!("{lake}=s3://acme-lake"),
            "--as-of",
            "2026-11-29",
            "--out",
            out,
        ],
    );
    assert_eq!(
        run.status.code(),
        Some(1),
        "audit {lake}: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    d.path().join(out)
}

/// The sample lake copied twice into `d` (`lake-a`, `lake-b`), with the inventory.
fn two_lakes() -> Dir {
    let d = Dir::new();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    copy_dir(&repo.join("sample-data/lake"), &d.path().join("lake-a"));
    copy_dir(&repo.join("sample-data/lake"), &d.path().join("lake-b"));
    std::fs::copy(
        repo.join("sample-data/inventory.yaml"),
        d.path().join("inventory.yaml"),
    )
    .unwrap();
    d
}

fn diff(d: &Dir, old: &str, new: &str) -> (Option<i32>, String, serde_json::Value) {
    let run = datareach(d.path(), &["diff", old, new, "--json", "drift.json"]);
    let stdout = String::from_utf8_lossy(&run.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        d.path().join("drift.json").exists(),
        "no drift.json; stdout:\n{stdout}\nstderr:\n{stderr}"
    );
    let json = d.json("drift.json");
    std::fs::remove_file(d.path().join("drift.json")).unwrap();
    (run.status.code(), stdout, json)
}

#[test]
fn same_lake_scanned_from_two_places_has_not_drifted() {
    let d = two_lakes();
    audit(&d, "lake-a", "run-1");
    audit(&d, "lake-b", "run-2");
    let (code, stdout, json) = diff(&d, "run-1", "run-2");
    assert_eq!(code, Some(0), "{stdout}");
    assert_eq!(json["grew"], false);
    assert_eq!(json["objects"]["matched_by"], "path");
    assert_eq!(json["compared"]["exposure"], true);
    assert_eq!(json["agents"].as_array().unwrap().len(), 0, "{json:#}");
    assert!(stdout.contains("verdict: nothing grew"), "{stdout}");
}

#[test]
fn phi_copied_where_agents_reach_it_grows_and_a_removed_file_resolves_findings() {
    let d = two_lakes();
    audit(&d, "lake-a", "run-1");
    // PHI lands where the support bot (scope PII) and analytics read; the
    // payouts file (billing-agent's only regulated object) goes away.
    std::fs::copy(
        d.path().join("lake-b/clinical/notes-0001.txt"),
        d.path().join("lake-b/support/forwarded-note.txt"),
    )
    .unwrap();
    std::fs::remove_file(d.path().join("lake-b/finance/payouts-2026-q4.md")).unwrap();
    audit(&d, "lake-b", "run-2");

    let (code, stdout, json) = diff(&d, "run-1", "run-2");
    assert_eq!(code, Some(1), "{stdout}");
    assert_eq!(json["grew"], true);
    let became = json["objects"]["became_regulated"].as_array().unwrap();
    assert_eq!(became.len(), 1, "{json:#}");
    assert_eq!(
        became[0]["object"],
        "s3://acme-lake/support/forwarded-note.txt"
    );
    assert_eq!(became[0]["in_both"], false);
    let stopped = json["objects"]["stopped_regulated"].as_array().unwrap();
    assert_eq!(stopped[0]["path"], "finance/payouts-2026-q4.md");

    let agent = |id: &str| {
        json["agents"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["agent"] == id)
            .cloned()
            .unwrap_or_else(|| panic!("{id} not in {json:#}"))
    };
    let bot = agent("support-bot");
    assert_eq!(bot["gained_categories"], serde_json::json!(["PHI"]));
    assert!(bot["gained_types"]
        .as_array()
        .unwrap()
        .contains(&"US_NPI".into()));
    assert_eq!(
        bot["gained"][0]["resource"],
        "s3://acme-lake/support/forwarded-note.txt"
    );
    let billing = agent("billing-agent");
    assert!(billing["gained"].as_array().unwrap().is_empty());
    assert_eq!(
        billing["lost"][0]["resource"],
        "s3://acme-lake/finance/payouts-2026-q4.md"
    );

    let ids = |k: &str| -> Vec<String> {
        json["findings"][k]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(
        ids("new").contains(&"excessive_reach:support-bot:PHI".to_string()),
        "{:?}",
        ids("new")
    );
    assert!(
        ids("resolved").contains(
            &"wildcard_over_regulated:g-billing-payouts:s3://acme-lake/finance/*.md".to_string()
        ),
        "{:?}",
        ids("resolved")
    );

    assert!(
        stdout
            .contains("+ s3://acme-lake/support/forwarded-note.txt became regulated (new object)"),
        "{stdout}"
    );
    assert!(stdout.contains("+ support-bot gained PHI"), "{stdout}");
    assert!(stdout.contains("- billing-agent lost"), "{stdout}");
    assert!(stdout.contains("verdict: GREW"), "{stdout}");
}

#[test]
fn scan_outputs_alone_compare_labels() {
    let d = two_lakes();
    std::fs::write(
        d.path().join("lake-b/hr/ssn-list.txt"),
        "employee SSN 571-28-2364\n",
    )
    .unwrap();
    for (lake, out) in [("lake-a", "scan-1"), ("lake-b", "scan-2")] {
        let run = datareach(d.path(), &["scan", lake, "--out", out]);
        assert_eq!(run.status.code(), Some(1));
    }
    let (code, stdout, json) = diff(&d, "scan-1", "scan-2");
    assert_eq!(code, Some(1), "{stdout}");
    assert_eq!(json["compared"]["exposure"], false);
    assert!(json["agents"].is_null());
    assert_eq!(
        json["objects"]["became_regulated"][0]["object"],
        "lake-b/hr/ssn-list.txt"
    );
    assert!(stdout.contains("agents: not compared"), "{stdout}");

    let (code, _, json) = diff(&d, "scan-1", "scan-1");
    assert_eq!(code, Some(0));
    assert_eq!(json["grew"], false);
}

#[test]
fn usage_errors_exit_3() {
    let d = Dir::new();
    std::fs::create_dir(d.path().join("empty")).unwrap();
    d.write(
        "scan/labels.jsonl",
        "{\"root\":\"r\",\"path\":\"a\",\"types\":{}}\n",
    );
    d.write("exp/findings.json", "{\"findings\": []}\n");
    d.write("bad/exposure.json", "{\"agents\": [1]}\n");
    for (old, new, message) in [
        ("empty", "scan", "empty: holds neither scan output"),
        ("missing", "scan", "missing"),
        ("scan", "exp", "nothing to compare"),
        ("bad", "bad", "bad/exposure.json:1:"),
    ] {
        let run = datareach(d.path(), &["diff", old, new]);
        let err = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(3), "{old} {new}: {err}");
        assert!(err.contains(message), "{old} {new}: {err}");
    }
    let run = datareach(d.path(), &["diff", "scan"]);
    assert_eq!(run.status.code(), Some(3));
}
