//! End-to-end tests of `--grants unity-catalog:FILE`: the real binary on
//! Unity Catalog exports (SHOW GRANTS CSV, information_schema CSV/JSON) in
//! tests/fixtures/connectors/unity.

mod util;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use util::{agent, reach_entries, run_exposure, ExposureRun};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/connectors/unity")
}

/// `datareach exposure` on the fixture labels with the given grant sources.
fn exposure(inventory: Option<&Path>, grants: &[String]) -> ExposureRun {
    let f = fixtures();
    let mut c = Command::new(env!("CARGO_BIN_EXE_datareach"));
    c.arg("exposure")
        .arg("--labels")
        .arg(f.join("labels.jsonl"))
        .args(["--map", "main=uc://main", "--map", "research=uc://research"])
        .args(["--as-of", "2026-11-20"]);
    if let Some(i) = inventory {
        c.arg("--inventory").arg(i);
    }
    for g in grants {
        c.arg("--grants").arg(g);
    }
    run_exposure(c)
}

/// Whole objects the agent may `action` (reach also lists `list`, from
/// `BROWSE` granted to `account users`, on every table of `main`).
fn objects_with(exp: &Value, id: &str, action: &str) -> Vec<String> {
    let mut v: Vec<String> = reach_entries(exp, id)
        .into_iter()
        .filter(|(_, c, a)| c.is_none() && a.iter().any(|x| x == action))
        .map(|(r, _, _)| r)
        .collect();
    v.dedup();
    v
}

fn spec(name: &str) -> String {
    format!("unity-catalog:{}", fixtures().join(name).display())
}

fn finding_kinds(f: &Value) -> Vec<(String, String)> {
    f["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["kind"].as_str().unwrap().to_string(),
                x["agent"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn show_grants_reach_needs_select_and_both_use_privileges() {
    let r = exposure(
        Some(&fixtures().join("inventory.yaml")),
        &[spec("show-grants.csv")],
    );
    assert!(r.code == 0 || r.code == 1, "{}{}", r.stdout, r.stderr);
    let e = &r.exposure;
    // SELECT on the table + USE SCHEMA + USE CATALOG (held by `account users`)
    // and SELECT on the billing schema reach both tables, read only.
    assert_eq!(
        objects_with(e, "claims-bot", "read"),
        vec!["uc://main/billing/invoices", "uc://main/clinical/patients"]
    );
    let patients: Vec<_> = reach_entries(e, "claims-bot")
        .into_iter()
        .filter(|x| x.0 == "uc://main/clinical/patients")
        .collect();
    assert!(
        !patients.is_empty() && patients.iter().all(|x| x.2 == vec!["read", "list"]),
        "{patients:?}"
    );
    // SELECT on main.hr.salaries without USE SCHEMA on main.hr: no reach,
    // and a note says why.
    let hr = reach_entries(e, "hr-bot");
    assert!(
        !hr.is_empty() && hr.iter().all(|x| x.2 == vec!["list"]),
        "{hr:?}"
    );
    assert!(
        r.stderr
            .contains("hr-readers holds SELECT on TABLE main.hr.salaries")
            && r.stderr.contains("not USE SCHEMA on main.hr"),
        "{}",
        r.stderr
    );
    // A catalog privilege reaches the catalog's tables, but no other catalog.
    assert_eq!(
        objects_with(e, "trial-bot", "read"),
        vec!["uc://research/trials/cohort"]
    );
    assert!(!objects_with(e, "claims-bot", "read")
        .iter()
        .any(|o| o.starts_with("uc://research")));
    // The service principal's MODIFY: write and delete, no read.
    let sp = "6a1f3c2e-9b7d-4e21-8c3a-2f0d5e7b9a14";
    let sp_reach = reach_entries(e, sp);
    assert!(!sp_reach.is_empty());
    for (res, _, actions) in &sp_reach {
        let want: &[&str] = if res == "uc://main/clinical/patients" {
            &["write", "delete", "list"]
        } else {
            &["list"]
        };
        assert_eq!(actions, want, "{res}");
    }
    // The function privilege is not a data grant.
    assert!(r.stderr.contains("ignored: FUNCTION (1)"), "{}", r.stderr);
    // No unknown principals: every uc: role the agents hold is in the export.
    assert!(
        !finding_kinds(&r.findings)
            .iter()
            .any(|(k, _)| k == "unknown_principal"),
        "{}",
        r.findings
    );
}

#[test]
fn provenance_names_system_file_principal_object_and_privilege() {
    let r = exposure(
        Some(&fixtures().join("inventory.yaml")),
        &[spec("show-grants.csv")],
    );
    let a = agent(&r.exposure, "claims-bot");
    let text = a.to_string();
    assert!(
        text.contains("uc:claims-analysts:SELECT:TABLE main.clinical.patients"),
        "{text}"
    );
    assert!(
        text.contains("uc:claims-analysts:SELECT:SCHEMA main.billing"),
        "{text}"
    );
    // explain shows the role and the grant with its pattern.
    let out = Command::new(env!("CARGO_BIN_EXE_datareach"))
        .args(["explain", "--agent", "claims-bot", "--object"])
        .arg("uc://main/billing/invoices")
        .arg("--inventory")
        .arg(fixtures().join("inventory.yaml"))
        .arg("--grants")
        .arg(spec("show-grants.csv"))
        .output()
        .unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{s}");
    assert!(
        s.contains("uc:claims-analysts") && s.contains("uc://main/billing/**"),
        "{s}"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_datareach"))
        .args(["explain", "--agent", "hr-bot", "--object"])
        .arg("uc://main/hr/salaries")
        .arg("--inventory")
        .arg(fixtures().join("inventory.yaml"))
        .arg("--grants")
        .arg(spec("show-grants.csv"))
        .output()
        .unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(
        s.contains("REACHABLE with [list]") && !s.contains("ALLOW read"),
        "{s}"
    );
}

#[test]
fn information_schema_export_gives_the_same_reach_and_owners_hold_everything() {
    let inv = fixtures().join("inventory.yaml");
    let a = exposure(Some(&inv), &[spec("show-grants.csv")]);
    let b = exposure(Some(&inv), &[spec("information_schema")]);
    assert!(b.code == 0 || b.code == 1, "{}{}", b.stdout, b.stderr);
    for id in [
        "claims-bot",
        "hr-bot",
        "trial-bot",
        "6a1f3c2e-9b7d-4e21-8c3a-2f0d5e7b9a14",
    ] {
        assert_eq!(
            reach_entries(&a.exposure, id),
            reach_entries(&b.exposure, id),
            "{id}"
        );
    }
    // inherited_from is kept in the provenance of the lifted grant
    let t = agent(&b.exposure, "trial-bot").to_string();
    assert!(
        t.contains("uc:research-team:SELECT:CATALOG research"),
        "{t}"
    );

    // The owner of a catalog (information_schema.catalogs) holds everything in it.
    let dir = tempfile::tempdir().unwrap();
    let owners = dir.path().join("inv.yaml");
    std::fs::write(
        &owners,
        "agents:\n  - id: platform-bot\n    roles: [\"uc:data-platform\"]\n",
    )
    .unwrap();
    let o = exposure(Some(&owners), &[spec("information_schema")]);
    let pr = reach_entries(&o.exposure, "platform-bot");
    let objs = objects_with(&o.exposure, "platform-bot", "read");
    assert_eq!(
        objs,
        vec![
            "uc://main/billing/invoices",
            "uc://main/clinical/patients",
            "uc://main/hr/salaries"
        ]
    );
    assert!(
        pr.iter()
            .all(|x| x.2 == vec!["read", "write", "delete", "share", "admin"]),
        "{pr:?}"
    );
}

#[test]
fn revoked_privilege_and_revoked_use_catalog_give_no_reach() {
    let dir = tempfile::tempdir().unwrap();
    let orig = std::fs::read_to_string(fixtures().join("show-grants.csv")).unwrap();
    // REVOKE SELECT ON TABLE main.clinical.patients FROM `claims-analysts`
    let revoked = dir.path().join("revoked.csv");
    std::fs::write(
        &revoked,
        orig.replace("claims-analysts,SELECT,TABLE,main.clinical.patients\n", ""),
    )
    .unwrap();
    let r = exposure(
        Some(&fixtures().join("inventory.yaml")),
        &[format!("unity-catalog:{}", revoked.display())],
    );
    assert_eq!(
        objects_with(&r.exposure, "claims-bot", "read"),
        vec!["uc://main/billing/invoices"]
    );
    // REVOKE USE CATALOG ON CATALOG main FROM `account users`: nothing in main.
    let no_use = dir.path().join("no-use.csv");
    std::fs::write(
        &no_use,
        orig.replace("account users,USE CATALOG,CATALOG,main\n", ""),
    )
    .unwrap();
    let r = exposure(
        Some(&fixtures().join("inventory.yaml")),
        &[format!("unity-catalog:{}", no_use.display())],
    );
    assert!(objects_with(&r.exposure, "claims-bot", "read").is_empty());
    let sp = "6a1f3c2e-9b7d-4e21-8c3a-2f0d5e7b9a14";
    assert!(objects_with(&r.exposure, sp, "write").is_empty());
    assert_eq!(
        objects_with(&r.exposure, "trial-bot", "read"),
        vec!["uc://research/trials/cohort"]
    );
    assert!(r.stderr.contains("not USE CATALOG on main"), "{}", r.stderr);
}

#[test]
fn service_principals_join_without_an_inventory() {
    let r = exposure(None, &[spec("show-grants.csv")]);
    assert!(r.code == 0 || r.code == 1, "{}{}", r.stdout, r.stderr);
    let ids: Vec<&str> = r.exposure["agents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec!["6a1f3c2e-9b7d-4e21-8c3a-2f0d5e7b9a14"]);
    assert_eq!(
        objects_with(&r.exposure, "6a1f3c2e-9b7d-4e21-8c3a-2f0d5e7b9a14", "write"),
        vec!["uc://main/clinical/patients"]
    );
}

#[test]
fn malformed_export_fails_with_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("grants.csv");
    std::fs::write(
        &bad,
        "principal,actionType,objectType,objectKey\nbi,USE CATALOG,CATALOG,main\nbi,SELECT,TABLE,clinical.patients\n",
    )
    .unwrap();
    let r = exposure(
        Some(&fixtures().join("inventory.yaml")),
        &[format!("unity-catalog:{}", bad.display())],
    );
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(
        r.stderr.contains("grants.csv:3:17:") && r.stderr.contains("CATALOG.SCHEMA.NAME"),
        "{}",
        r.stderr
    );
    let bad = dir.path().join("tp.json");
    std::fs::write(
        &bad,
        "[\n  {\"grantee\": \"bi\", \"privilege_type\": \"SELECT\",\n",
    )
    .unwrap();
    let r = exposure(None, &[format!("unity-catalog:{}", bad.display())]);
    assert_eq!(r.code, 3);
    assert!(r.stderr.contains("tp.json:3:"), "{}", r.stderr);
}
