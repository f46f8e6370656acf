//! End-to-end tests of `datareach exposure` and `datareach explain`, running
//! the real binary on the fixtures in tests/fixtures/correlate.

mod util;

use util::{agent, bin, reach_entries, run, run_exposure, ExposureRun, Run};

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/correlate")
}

/// `datareach exposure` of `labels` (a file or directory) with `inventory`,
/// mapping root `lake` to s3://lake, as of `as_of`.
fn exposure_cmd(labels: &Path, inventory: &Path, as_of: &str) -> Command {
    let mut c = bin();
    c.arg("exposure")
        .arg("--labels")
        .arg(labels)
        .arg("--inventory")
        .arg(inventory)
        .args(["--map", "lake=s3://lake", "--as-of", as_of]);
    c
}

/// The fixture exposure, written to `out`.
fn exposure(out: &Path, extra: &[&str]) -> Run {
    let f = fixtures();
    run(exposure_cmd(&f, &f.join("inventory.yaml"), "2026-05-01")
        .arg("--out")
        .arg(out)
        .args(extra))
}

fn read_json(p: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

fn finding_ids(f: &Value) -> Vec<String> {
    f["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap().to_string())
        .collect()
}

fn r(res: &str, col: Option<&str>, acts: &[&str]) -> (String, Option<String>, Vec<String>) {
    (
        res.to_string(),
        col.map(String::from),
        acts.iter().map(|s| s.to_string()).collect(),
    )
}

#[test]
fn exposure_end_to_end() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_ok(dir.path());
    assert_eq!(out.code, 1, "high findings give exit 1\n{}", out.stderr);
    assert!(out.stdout.contains("AGENT"), "{}", out.stdout);
    assert!(out.stderr.contains("grant 'g-unknown'"), "{}", out.stderr);
    let exp = read_json(&dir.path().join("exposure.json"));
    assert_eq!(exp["as_of"], "2026-05-01");

    // support-bot: role grant, column narrowing, deny beats allow, expired grant gives nothing.
    assert_eq!(
        reach_entries(&exp, "support-bot"),
        vec![
            r("s3://lake/crm/customers.csv", None, &["read", "write"]),
            r(
                "s3://lake/crm/customers.parquet",
                Some("email"),
                &["read", "write"]
            ),
            r("s3://lake/crm/orders.csv", None, &["write"]),
            r("s3://lake/support/tickets/2026/t1.json", None, &["read"]),
        ]
    );
    let sb = agent(&exp, "support-bot");
    let t1 = &sb["reach"][3];
    assert_eq!(t1["via"][0], "support-reader#1");
    assert_eq!(t1["paths"][0]["role"], "support-reader");
    assert_eq!(t1["paths"][0]["pattern"], "s3://lake/support/**");
    assert_eq!(t1["types"]["PHONE_NUMBER"], 2);
    assert_eq!(sb["totals"]["by_type"]["US_SSN"], 12);
    assert_eq!(sb["totals"]["by_category"]["FINANCIAL"]["objects"], 1);

    // orchestrator: a column deny splits the table into its other columns.
    assert_eq!(
        reach_entries(&exp, "orchestrator"),
        vec![
            r("s3://lake/crm/customers.csv", None, &["read"]),
            r("s3://lake/crm/customers.parquet", Some("email"), &["read"]),
            r("s3://lake/crm/orders.csv", None, &["read"]),
        ]
    );
    let orch = agent(&exp, "orchestrator");
    assert_eq!(
        orch["delegation"]["subagents"],
        serde_json::json!(["summarizer"])
    );
    assert_eq!(
        orch["delegation"]["subtree_totals"]["by_category"]["PHI"]["objects"],
        1
    );
    assert_eq!(
        agent(&exp, "summarizer")["delegation"]["chain"],
        serde_json::json!(["orchestrator", "summarizer"])
    );

    // Unmapped roots become file:// URIs.
    assert_eq!(
        reach_entries(&exp, "hr-bot"),
        vec![r("file:///srv/hr/payroll.csv", None, &["read"])]
    );

    // IAM: Get* with * crossing '/', Deny, NotAction + NotResource, conditions flagged.
    let etl = reach_entries(&exp, "etl-bot");
    assert!(
        etl.contains(&r("s3://lake/crm/customers.csv", None, &["read"])),
        "{etl:?}"
    );
    assert!(
        etl.contains(&r("s3://lake/crm/customers.parquet", None, &["read"])),
        "{etl:?}"
    );
    assert!(!etl.iter().any(|e| e.0.ends_with("orders.csv")), "{etl:?}");
    assert!(
        etl.contains(&r(
            "s3://lake/support/tickets/2026/t1.json",
            None,
            &["write", "delete", "share"]
        )),
        "{etl:?}"
    );
    assert!(
        etl.contains(&r("s3://lake/health/claims.csv", None, &["read"])),
        "{etl:?}"
    );
    let etl_a = agent(&exp, "etl-bot");
    let claims = etl_a["reach"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["resource"] == "s3://lake/health/claims.csv")
        .unwrap();
    assert_eq!(claims["paths"][0]["conditional"], true);
    assert!(out.stderr.contains("HealthFromOffice"), "{}", out.stderr);

    let f = read_json(&dir.path().join("findings.json"));
    let ids = finding_ids(&f);
    for want in [
        "orphaned_agent:ghost-bot",
        "orphaned_agent:legacy-bot",
        "expired_agent:legacy-bot",
        "shared_credential:orchestrator:svc-orch",
        "shared_credential:summarizer:svc-orch",
        "excessive_reach:support-bot:FINANCIAL",
        "excessive_reach:support-bot:action:write",
        "excessive_reach:summarizer:PHI",
        "delegation_widening:summarizer",
        "toxic_combination:summarizer:g-sum-upload",
        "toxic_combination:etl-bot:iam:etl-role/etl-policy:WriteElsewhere",
        "grant_matches_nothing:g-nothing",
        "wildcard_over_regulated:g-crm-export:s3://lake/crm/*.csv",
        "wildcard_over_regulated:support-reader#1:s3://lake/support/**",
        "unknown_principal:g-unknown",
    ] {
        assert!(ids.iter().any(|i| i == want), "missing {want} in {ids:#?}");
    }
    assert!(
        !ids.iter()
            .any(|i| i.starts_with("grant_matches_nothing:g-sum-upload")),
        "destination grants are not 'nothing'"
    );
    assert!(!ids.iter().any(|i| i == "orphaned_agent:support-bot"));
    for x in f["findings"].as_array().unwrap() {
        assert!(["low", "medium", "high", "critical"].contains(&x["severity"].as_str().unwrap()));
    }

    // Deterministic: a second run writes identical files.
    let dir2 = tempfile::tempdir().unwrap();
    run_ok(dir2.path());
    for name in ["exposure.json", "findings.json"] {
        assert_eq!(
            std::fs::read_to_string(dir.path().join(name)).unwrap(),
            std::fs::read_to_string(dir2.path().join(name)).unwrap(),
            "{name} differs between runs"
        );
    }
}

fn run_ok(out: &Path) -> Run {
    let f = fixtures();
    exposure(out, &["--iam", f.join("iam.yaml").to_str().unwrap()])
}

#[test]
fn as_of_controls_expiry() {
    let f = fixtures();
    let out = run_exposure(exposure_cmd(
        &f.join("labels.jsonl"),
        &f.join("inventory.yaml"),
        "2025-12-01",
    ));
    assert_eq!(out.code, 1, "{}", out.stderr);
    // before 2026-01-01 the health grant is live; legacy-bot has not expired yet
    assert!(reach_entries(&out.exposure, "support-bot")
        .iter()
        .any(|e| e.0 == "s3://lake/health/claims.csv"));
    let ids = finding_ids(&out.findings);
    assert!(!ids.iter().any(|i| i == "expired_agent:legacy-bot"));
}

#[test]
fn explain_lists_allowing_denying_and_expired_grants() {
    let f = fixtures();
    let ex = |agent: &str, object: &str| {
        let mut c = bin();
        c.args([
            "explain",
            "--agent",
            agent,
            "--object",
            object,
            "--as-of",
            "2026-05-01",
            "--inventory",
        ])
        .arg(f.join("inventory.yaml"))
        .arg("--iam")
        .arg(f.join("iam.yaml"));
        run(&mut c)
    };
    let o = ex("support-bot", "s3://lake/crm/orders.csv");
    assert_eq!(o.code, 0, "{}{}", o.stdout, o.stderr);
    assert!(
        o.stdout.contains("ALLOW") && o.stdout.contains("g-crm-export"),
        "{}",
        o.stdout
    );
    assert!(
        o.stdout.contains("DENY") && o.stdout.contains("g-deny-orders"),
        "{}",
        o.stdout
    );
    assert!(
        o.stdout
            .contains("verdict: REACHABLE with [write]; denied: [read]"),
        "{}",
        o.stdout
    );

    let o = ex("support-bot", "s3://lake/health/claims.csv");
    assert_eq!(o.code, 1, "{}", o.stdout);
    assert!(o.stdout.contains("EXPIRED 2026-01-01"), "{}", o.stdout);
    assert!(o.stdout.contains("NOT REACHABLE"), "{}", o.stdout);

    let o = ex("support-bot", "s3://lake/support/tickets/2026/t1.json");
    assert_eq!(o.code, 0);
    assert!(
        o.stdout
            .contains("role support-reader -> grant support-reader#1"),
        "{}",
        o.stdout
    );

    let o = ex("orchestrator", "s3://lake/crm/customers.parquet#ssn");
    assert_eq!(o.code, 1, "{}", o.stdout);
    let o = ex("orchestrator", "s3://lake/crm/customers.parquet#email");
    assert_eq!(o.code, 0, "{}", o.stdout);

    let o = ex("etl-bot", "s3://lake/health/claims.csv");
    assert_eq!(o.code, 0, "{}", o.stdout);
    assert!(o.stdout.contains("condition not evaluated"), "{}", o.stdout);

    // with labels: the object's labels are shown
    let mut c = bin();
    c.args([
        "explain",
        "--agent",
        "orchestrator",
        "--object",
        "s3://lake/crm/customers.parquet",
        "--as-of",
        "2026-05-01",
    ])
    .arg("--inventory")
    .arg(f.join("inventory.yaml"))
    .arg("--labels")
    .arg(&f)
    .args(["--map", "lake=s3://lake"]);
    let o = run(&mut c);
    assert_eq!(
        o.code, 1,
        "whole table is not reachable (ssn denied)\n{}",
        o.stdout
    );
    assert!(
        o.stdout.contains("labels: column ssn: {US_SSN: 10}"),
        "{}",
        o.stdout
    );

    let o = ex("nobody", "s3://lake/x");
    assert_eq!(o.code, 3);
    assert!(o.stderr.contains("agent 'nobody'"), "{}", o.stderr);
}

fn write_inv(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn exposure_with(inv: &Path) -> ExposureRun {
    run_exposure(exposure_cmd(
        &fixtures().join("labels.jsonl"),
        inv,
        "2026-05-01",
    ))
}

/// A grant or agent the inventory defines wrongly is named with the file,
/// line and column of its id, in YAML and in JSON; an inventory nested
/// absurdly deep is refused before the YAML parser spends minutes on it.
#[test]
fn inventory_errors_name_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = write_inv(
        dir.path(),
        "inv.yaml",
        "owners: [{id: o}]\nagents:\n  - {id: a, owner: o}\ngrants:\n  - id: g-ok\n    principal: a\n    actions: [read]\n    resources: [\"s3://lake/**\"]\n  - id: g-empty\n    principal: a\n    actions: []\n    resources: [\"s3://lake/**\"]\n",
    );
    let o = exposure_with(&yaml);
    assert_eq!(o.code, 3, "{}", o.stderr);
    assert!(
        o.stderr
            .contains("inv.yaml:9:9: grant 'g-empty': lists no actions"),
        "{}",
        o.stderr
    );
    let json = write_inv(
        dir.path(),
        "inv.json",
        "{\"agents\": [\n  {\"id\": \"a\"},\n  {\"id\": \"a\"}\n]}\n",
    );
    let o = exposure_with(&json);
    assert_eq!(o.code, 3, "{}", o.stderr);
    assert!(
        o.stderr.contains("inv.json:2:11: agent 'a': defined twice"),
        "{}",
        o.stderr
    );
    // Found once the inventory is read (the whole agent list is needed).
    let orphan = write_inv(
        dir.path(),
        "orphan.yaml",
        "agents:\n  - id: a\n  - id: b\n    delegated_from: nobody\n",
    );
    let o = exposure_with(&orphan);
    assert_eq!(o.code, 3, "{}", o.stderr);
    assert!(
        o.stderr
            .contains("orphan.yaml:3:9: agent 'b': delegated_from names unknown agent 'nobody'"),
        "{}",
        o.stderr
    );
    let deep = write_inv(
        dir.path(),
        "deep.yaml",
        &format!("agents: {}{}\n", "[".repeat(50_000), "]".repeat(50_000)),
    );
    let o = exposure_with(&deep);
    assert_eq!(o.code, 3, "{}", o.stderr);
    assert!(
        o.stderr
            .contains("deep.yaml:1:1033: nested more than 1024 levels deep"),
        "{}",
        o.stderr
    );
}

#[test]
fn delegation_cycle_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let inv = write_inv(
        dir.path(),
        "inv.yaml",
        "agents:\n  - {id: a, delegated_from: c}\n  - {id: b, delegated_from: a}\n  - {id: c, delegated_from: b}\n  - {id: d, delegated_from: a}\n",
    );
    let o = exposure_with(&inv);
    assert_eq!(o.code, 3, "{}", o.stderr);
    assert!(o.stderr.contains("delegation cycle: a -> delegated_from -> c -> delegated_from -> b -> delegated_from -> a"), "{}", o.stderr);
}

#[test]
fn malformed_files_name_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let inv = write_inv(
        dir.path(),
        "inv.yaml",
        "agents:\n  - id: a\ngrants:\n  - id: g1\n    principal: a\n    actions: [read, fly]\n    resources: [\"s3://x/**\"]\n",
    );
    let o = exposure_with(&inv);
    assert_eq!(o.code, 3);
    assert!(o.stderr.contains("inv.yaml:6:"), "{}", o.stderr);
    assert!(o.stderr.contains("fly"), "{}", o.stderr);

    let inv = write_inv(
        dir.path(),
        "inv.json",
        "{\"agents\": [\n  {\"id\": \"a\",\n   \"roles\": 7}]}",
    );
    let o = exposure_with(&inv);
    assert_eq!(o.code, 3);
    assert!(o.stderr.contains("inv.json:3:"), "{}", o.stderr);

    let bad_labels = dir.path().join("labels.jsonl");
    std::fs::write(&bad_labels, "{\"root\":\"lake\",\"path\":\"a\",\"types\":{}}\n{\"root\":\"lake\",\"path\":\"b\",\"types\":[}\n").unwrap();
    let o = run_exposure(exposure_cmd(
        dir.path(),
        &fixtures().join("inventory.yaml"),
        "2026-05-01",
    ));
    assert_eq!(o.code, 3);
    assert!(o.stderr.contains("labels.jsonl:2:"), "{}", o.stderr);
}

#[test]
fn unknown_principal_names_the_grant_and_keeps_going() {
    let dir = tempfile::tempdir().unwrap();
    let inv = write_inv(
        dir.path(),
        "inv.yaml",
        "owners: [{id: o}]\nagents:\n  - {id: a, owner: o}\ngrants:\n  - {id: g-typo, principal: aa, actions: [read], resources: [\"s3://lake/**\"]}\n  - {id: g-ok, principal: a, actions: [read], resources: [\"s3://lake/crm/notes.txt\"]}\n",
    );
    let o = exposure_with(&inv);
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(
        o.stderr
            .contains("grant 'g-typo' names unknown principal 'aa'"),
        "{}",
        o.stderr
    );
    assert_eq!(
        finding_ids(&o.findings),
        vec!["unknown_principal:g-typo".to_string()]
    );
}

/// An agent id or owner longer than a format width may be (65,535; found by
/// fuzzing) is cut in the human summary, whole in `exposure.json`.
#[test]
fn a_huge_agent_id_is_cut_in_the_summary_only() {
    let dir = tempfile::tempdir().unwrap();
    let id = "a".repeat(70_000);
    let inventory = dir.path().join("inventory.yaml");
    std::fs::write(
        &inventory,
        format!("owners:\n  - id: o\n    status: active\nagents:\n  - id: {id}\n    owner: o\n"),
    )
    .unwrap();
    let out = run_exposure(exposure_cmd(
        &fixtures().join("labels.jsonl"),
        &inventory,
        "2026-05-01",
    ));
    assert!(out.code == 0 || out.code == 1, "{}", out.stderr);
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    assert!(out.exposure.to_string().contains(&id));
    let summary = format!("{}{}", out.stdout, out.stderr);
    assert!(
        summary.contains(&format!("{}…", "a".repeat(79))),
        "{summary:.300}"
    );
    assert!(!summary.contains(&"a".repeat(81)));
}

/// An input that is no regular file (`/dev/zero` is endless; a FIFO blocks
/// until a writer comes; found by fuzzing) is refused up front, named.
#[test]
fn inputs_that_are_no_regular_file_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("inventory.yaml");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    for inventory in [Path::new("/dev/zero"), fifo.as_path()] {
        let out = run_exposure(exposure_cmd(
            &fixtures().join("labels.jsonl"),
            inventory,
            "2026-05-01",
        ));
        assert_eq!(out.code, 3, "{}", out.stderr);
        assert!(out.stderr.contains("not a regular file"), "{}", out.stderr);
        assert!(
            out.stderr.contains(&inventory.display().to_string()),
            "{}",
            out.stderr
        );
    }
}
