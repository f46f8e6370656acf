//! End-to-end tests of `--grants mcp:FILE`: the real binary on MCP tool
//! lists (a wrapped JSON-RPC `tools/list` response and a JSON-lines
//! transcript) in tests/fixtures/connectors/mcp.

mod util;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use util::{run_exposure, ExposureRun};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/connectors/mcp")
}

/// `datareach exposure` on the fixture labels with the given grant sources.
fn exposure(inventory: Option<&Path>, grants: &[String]) -> ExposureRun {
    let f = fixtures();
    let mut c = Command::new(env!("CARGO_BIN_EXE_datareach"));
    c.arg("exposure")
        .arg("--labels")
        .arg(f.join("labels.jsonl"))
        .args(["--map", "ehr=s3://ehr", "--as-of", "2026-11-20"]);
    if let Some(i) = inventory {
        c.arg("--inventory").arg(i);
    }
    for g in grants {
        c.arg("--grants").arg(g);
    }
    run_exposure(c)
}

fn spec(name: &str) -> String {
    format!("mcp:{}", fixtures().join(name).display())
}

/// The toxic_combination findings: (agent, grant, resource).
fn toxic(f: &Value) -> Vec<(String, String, String)> {
    f["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["kind"] == "toxic_combination")
        .map(|x| {
            (
                x["agent"].as_str().unwrap().to_string(),
                x["grant"].as_str().unwrap_or("").to_string(),
                x["resource"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn phi_reader_with_an_open_world_tool_is_a_toxic_combination() {
    let r = exposure(
        Some(&fixtures().join("inventory.yaml")),
        &[spec("crm-server.json"), spec("clinical-kb.jsonl")],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    let t = toxic(&r.findings);
    // scribe-bot: named by the wrapper's "agents", holds role mcp:crm-server
    assert!(
        t.contains(&(
            "scribe-bot".into(),
            "mcp:crm-server/send_email".into(),
            "mcp://crm-server/send_email".into()
        )),
        "{t:?}"
    );
    // outreach-bot: an inventory grant `invoke mcp://crm-server/*`
    assert!(
        t.iter()
            .any(|(a, g, _)| a == "outreach-bot" && g == "outreach-crm"),
        "{t:?}"
    );
    // coder-bot reads PHI but its only server's tools are all
    // openWorldHint: false: not toxic.
    assert!(!t.iter().any(|(a, _, _)| a == "coder-bot"), "{t:?}");
    // leaflet-bot may send e-mail but reads no regulated data: not toxic.
    assert!(!t.iter().any(|(a, _, _)| a == "leaflet-bot"), "{t:?}");
    // closed-world tools of the crm server are never the reason
    assert!(
        !t.iter()
            .any(|(_, g, _)| g.contains("lookup_customer") || g.contains("delete_customer")),
        "{t:?}"
    );
    // the server names come from the wrapper and from serverInfo.name
    assert!(
        r.stderr.contains("server 'crm-server'")
            && r.stderr.contains("server 'clinical-kb'")
            && r.stderr.contains("2 tools, 0 open-world"),
        "{}",
        r.stderr
    );
    // tools are called, not scanned: a tool grant "matching no labelled
    // object" is no finding
    let empty: Vec<&Value> = r.findings["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["kind"] == "grant_matches_nothing")
        .filter(|f| f["grant"].as_str().is_some_and(|g| g.starts_with("mcp:")))
        .collect();
    assert!(empty.is_empty(), "{empty:?}");
    // scribe-bot still reaches its PHI through its own role
    let scribe = r.exposure["agents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "scribe-bot")
        .unwrap();
    assert_eq!(
        scribe["reach"][0]["resource"],
        "s3://ehr/encounters/2026-11.csv"
    );
    assert_eq!(
        scribe["roles"],
        serde_json::json!(["ehr-reader", "mcp:crm-server"])
    );
}

#[test]
fn without_the_tool_list_there_is_no_destination_and_no_toxic_combination() {
    let r = exposure(Some(&fixtures().join("inventory.yaml")), &[]);
    assert!(toxic(&r.findings).is_empty(), "{}", r.findings);
    // a server whose tools are all closed-world adds no destination either
    let r = exposure(
        Some(&fixtures().join("inventory.yaml")),
        &[spec("clinical-kb.jsonl")],
    );
    assert!(toxic(&r.findings).is_empty(), "{}", r.findings);
}

#[test]
fn open_world_default_applies_when_the_hint_is_absent() {
    // Same server, with send_email marked openWorldHint: false and the
    // annotations of delete_customer removed: now only delete_customer
    // (defaults: open world, destructive) is a destination.
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixtures().join("crm-server.json")).unwrap();
    let text = text
        .replace(
            r#""destructiveHint": false, "idempotentHint": false}"#,
            r#""destructiveHint": false, "openWorldHint": false}"#,
        )
        .replace(
            r#", "annotations": {"destructiveHint": true, "openWorldHint": false}"#,
            "",
        )
        .replace(
            r#""annotations": {"destructiveHint": true, "openWorldHint": false}"#,
            r#""annotations": {}"#,
        );
    let p = dir.path().join("crm-server.json");
    std::fs::write(&p, &text).unwrap();
    let r = exposure(
        Some(&fixtures().join("inventory.yaml")),
        &[format!("mcp:{}", p.display())],
    );
    let t = toxic(&r.findings);
    assert!(
        t.iter()
            .any(|(a, g, _)| a == "scribe-bot" && g == "mcp:crm-server/delete_customer"),
        "{t:?}"
    );
    assert!(
        !t.iter().any(|(_, g, _)| g.ends_with("send_email")),
        "{t:?}"
    );
}

#[test]
fn wrapper_agents_join_without_an_inventory() {
    let r = exposure(None, &[spec("crm-server.json")]);
    assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
    let ids: Vec<&str> = r.exposure["agents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec!["scribe-bot"]);
    // explain shows the tool grant and its provenance-bearing id
    let out = Command::new(env!("CARGO_BIN_EXE_datareach"))
        .args(["explain", "--agent", "scribe-bot", "--object"])
        .arg("mcp://crm-server/send_email")
        .arg("--grants")
        .arg(spec("crm-server.json"))
        .output()
        .unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{s}");
    assert!(s.contains("mcp:crm-server/send_email"), "{s}");
    assert!(s.contains("egress") && s.contains("invoke"), "{s}");
}

#[test]
fn malformed_tool_lists_fail_with_position_and_tool() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixtures().join("crm-server.json")).unwrap();
    let p = dir.path().join("crm.json");
    std::fs::write(
        &p,
        text.replace(r#""readOnlyHint": false"#, r#""readOnlyHint": "no""#),
    )
    .unwrap();
    let r = exposure(None, &[format!("mcp:{}", p.display())]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(
        r.stderr.contains("crm.json:29:") && r.stderr.contains("tools[1] 'send_email'"),
        "{}",
        r.stderr
    );
    std::fs::write(&p, "{\"tools\": [\n  {\"name\": \"x\"\n").unwrap();
    let r = exposure(None, &[format!("mcp:{}", p.display())]);
    assert_eq!(r.code, 3);
    assert!(r.stderr.contains("crm.json:3:"), "{}", r.stderr);
}
