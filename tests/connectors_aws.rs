//! End-to-end tests of the `aws-authz` connector: the real binary on an
//! `aws iam get-account-authorization-details` export written from AWS's
//! documented format (tests/fixtures/aws/authz.json) and a small labels file.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/aws")
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn exposure(out: &Path, grants: &Path, extra: &[&str]) -> Run {
    let f = fixtures();
    let o = Command::new(env!("CARGO_BIN_EXE_datareach"))
        .arg("exposure")
        .arg("--labels")
        .arg(f.join("labels.jsonl"))
        .arg("--grants")
        .arg(format!("aws-authz:{}", grants.display()))
        .args(["--map", "lake=s3://lake", "--as-of", "2026-05-01", "--out"])
        .arg(out)
        .args(extra)
        .output()
        .expect("binary runs");
    Run {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

fn read_json(p: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

/// resource -> actions of one agent's reach.
fn reach(exp: &Value, id: &str) -> Vec<(String, Vec<String>)> {
    let a = exp["agents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == id)
        .unwrap_or_else(|| panic!("agent {id} in {exp}"));
    a["reach"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["resource"].as_str().unwrap().to_string(),
                e["actions"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_str().unwrap().to_string())
                    .collect(),
            )
        })
        .collect()
}

fn actions_on(r: &[(String, Vec<String>)], resource: &str) -> Vec<String> {
    r.iter()
        .find(|(u, _)| u == resource)
        .map(|(_, a)| a.clone())
        .unwrap_or_default()
}

#[test]
fn export_agents_reach_with_iam_semantics() {
    let dir = tempfile::tempdir().unwrap();
    let out = exposure(dir.path(), &fixtures().join("authz.json"), &[]);
    assert!(
        out.code == 0 || out.code == 1,
        "{}{}",
        out.stdout,
        out.stderr
    );
    let exp = read_json(&dir.path().join("exposure.json"));

    // Agents come from tags (no --inventory), with owners.
    let mut ids: Vec<&str> = exp["agents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    ids.sort();
    assert_eq!(ids, ["analytics-agent", "etl-bot", "support-bot"]);

    let support = reach(&exp, "support-bot");
    // Plain allow on lake/crm/*.
    assert!(actions_on(&support, "s3://lake/crm/customers.csv").contains(&"read".to_string()));
    // Explicit deny wins over the same allow.
    assert!(!actions_on(&support, "s3://lake/crm/orders.csv").contains(&"read".to_string()));
    // URL-encoded managed policy document.
    assert!(actions_on(&support, "s3://lake/support/t1.json").contains(&"read".to_string()));
    // Conditional allow counts (flagged conditional).
    assert!(actions_on(&support, "s3://lake/health/claims.csv").contains(&"read".to_string()));
    let etl = reach(&exp, "etl-bot");
    // NotAction [Get*, List*, Delete*]: write but no read on support/.
    let t1 = actions_on(&etl, "s3://lake/support/t1.json");
    assert!(t1.contains(&"write".to_string()), "{t1:?}");
    assert!(
        !t1.contains(&"read".to_string()) && !t1.contains(&"delete".to_string()),
        "{t1:?}"
    );
    // Through its group: inline policy and the managed policy's default version.
    assert!(actions_on(&etl, "s3://lake/crm/orders.csv").contains(&"read".to_string()));
    assert!(actions_on(&etl, "s3://lake/crm/customers.csv").contains(&"read".to_string()));
    // The non-default version v1 (GetObject on lake/*) is not used.
    assert!(!actions_on(&etl, "s3://lake/health/claims.csv").contains(&"read".to_string()));

    let analytics = reach(&exp, "analytics-agent");
    assert!(actions_on(&analytics, "s3://lake/crm/customers.csv").contains(&"read".to_string()));
    assert!(!actions_on(&analytics, "s3://lake/health/claims.csv").contains(&"read".to_string()));
    // ListBucket on the bucket ARN lists every object of the bucket.
    assert!(actions_on(&analytics, "s3://lake/health/claims.csv").contains(&"list".to_string()));
    for (uri, acts) in &analytics {
        // Resource ARNs are case-sensitive: PutObject on lake/CRM/* writes nothing in crm/.
        assert!(!acts.contains(&"write".to_string()), "write on {uri}");
        // DeleteObject on the bucket ARN (no /key) reaches no object.
        assert!(!acts.contains(&"delete".to_string()), "delete on {uri}");
    }

    // Notes: service and cross-account trust.
    assert!(
        out.stderr.contains("lambda.amazonaws.com"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("444455556666"), "{}", out.stderr);
}

#[test]
fn export_mixes_with_an_inventory_and_tags_are_configurable() {
    let dir = tempfile::tempdir().unwrap();
    // A tag name nobody uses: no agents from the export, so the one from
    // the inventory is alone and the roles' grants reach no agent.
    let inv = dir.path().join("inv.yaml");
    std::fs::write(
        &inv,
        "owners: [{id: o}]\nagents:\n  - {id: support-bot, owner: o, roles: [\"arn:aws:iam::111122223333:role/lake-reader\"]}\n",
    )
    .unwrap();
    let out = exposure(
        dir.path(),
        &fixtures().join("authz.json"),
        &[
            "--agent-tag",
            "ai-agent",
            "--inventory",
            inv.to_str().unwrap(),
        ],
    );
    assert!(
        out.code == 0 || out.code == 1,
        "{}{}",
        out.stdout,
        out.stderr
    );
    let exp = read_json(&dir.path().join("exposure.json"));
    assert_eq!(exp["agents"].as_array().unwrap().len(), 1);
    // support-bot holds the untagged lake-reader role (lake/public/*); the
    // tagged role's own policies are not its any more.
    let r = reach(&exp, "support-bot");
    assert!(
        actions_on(&r, "s3://lake/public/leak.csv").contains(&"read".to_string()),
        "{r:?}"
    );
    assert!(
        actions_on(&r, "s3://lake/crm/customers.csv").is_empty(),
        "{r:?}"
    );
}

#[test]
fn malformed_export_is_an_input_error_with_position() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixtures().join("authz.json")).unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, text.replacen("\"RoleName\"", "\"RoleName\" \"x\"", 1)).unwrap();
    let out = exposure(dir.path(), &bad, &[]);
    assert_eq!(out.code, 3, "{}", out.stderr);
    let line = text
        .lines()
        .position(|l| l.contains("\"RoleName\""))
        .unwrap()
        + 1;
    assert!(
        out.stderr.contains(&format!("{}:{line}:", bad.display())),
        "{}",
        out.stderr
    );
    // A bad expires tag names the role.
    std::fs::write(&bad, text.replace("\"2027-01-31\"", "\"someday\"")).unwrap();
    let out = exposure(dir.path(), &bad, &[]);
    assert_eq!(out.code, 3, "{}", out.stderr);
    assert!(
        out.stderr.contains("user/etl-user") && out.stderr.contains("someday"),
        "{}",
        out.stderr
    );
}
