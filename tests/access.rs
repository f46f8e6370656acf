//! End-to-end tests of the access audit: `datareach exposure --access-log`
//! and `datareach audit --agent`, running the real binary on the fixtures in
//! tests/fixtures/access and on small hand-written logs.

mod util;

use serde_json::Value;
use std::path::{Path, PathBuf};
use util::{bin, datareach, gzip, run_exposure, Dir, ExposureRun as Run};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/access")
}

/// Runs `exposure` on the fixture labels and inventory with `extra` args
/// from `d`, writing into a fresh directory.
/// The fixture has governance findings of severity high (a shared
/// credential, an expired agent, a wildcard write), so a clean access audit
/// still exits 1; 2 means malformed records, 3 a usage error.
fn exposure(d: &Dir, extra: &[&str]) -> Run {
    let f = fixtures();
    let mut c = bin();
    c.current_dir(d.path())
        .arg("exposure")
        .arg("--labels")
        .arg(f.join("labels.jsonl"))
        .arg("--inventory")
        .arg(f.join("inventory.yaml"))
        .args(["--map", "lake=s3://lake", "--as-of", "2026-11-30"])
        .args(extra);
    run_exposure(c)
}

/// `exposure` with the native access log `log`, written to `d`.
fn exposure_with_log(d: &Dir, log: String) -> Run {
    let p = d.write("a.jsonl", log);
    exposure(d, &["--access-log", p.to_str().unwrap()])
}

/// A native log line.
fn ev(time: &str, who: &str, action: &str, resource: &str) -> String {
    let (k, v) = who.split_once('=').unwrap();
    format!(
        "{{\"time\":\"{time}\",\"{k}\":\"{v}\",\"action\":\"{action}\",\"resource\":\"{resource}\"}}\n"
    )
}

fn agent<'a>(r: &'a Run, id: &str) -> &'a Value {
    assert!(!r.exposure.is_null(), "no exposure.json: {}", r.stderr);
    util::agent(&r.exposure, id)
}

fn touched(r: &Run, id: &str) -> Vec<(String, Option<String>, Vec<String>, u64)> {
    agent(r, id)["touched"]
        .as_array()
        .unwrap_or_else(|| panic!("no touched for {id}"))
        .iter()
        .map(|t| {
            (
                t["resource"].as_str().unwrap().to_string(),
                t["column"].as_str().map(String::from),
                t["actions"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|a| a.as_str().unwrap().to_string())
                    .collect(),
                t["events"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn finding<'a>(r: &'a Run, id: &str) -> Option<&'a Value> {
    r.findings["findings"]
        .as_array()?
        .iter()
        .find(|f| f["id"] == id)
}

fn kinds(r: &Run, kind: &str) -> Vec<String> {
    r.findings["findings"]
        .as_array()
        .map(|v| {
            v.iter()
                .filter(|f| f["kind"] == kind)
                .map(|f| f["id"].as_str().unwrap().to_string())
                .collect()
        })
        .unwrap_or_default()
}

fn s(v: &Option<String>) -> Option<&str> {
    v.as_deref()
}

#[test]
fn touched_lists_regulated_objects_and_columns_with_types_counts_and_times() {
    let d = Dir::new();
    let log = [
        ev("2026-11-20T09:00:00Z", "agent=support-bot", "read", "s3://lake/support/t1.txt"),
        ev("2026-11-20T10:00:00Z", "credential=key-support", "GetObject", "s3://lake/support/t1.txt"),
        ev("2026-11-21T08:00:00Z", "agent=support-bot", "read", "s3://lake/crm/customers.csv#email"),
        ev("2026-11-21T08:00:00Z", "agent=support-bot", "read", "s3://lake/public/readme.txt"),
        ev("2026-11-21T08:30:00Z", "agent=support-bot", "list", "s3://lake/support"),
        // Denied: touched nothing.
        "{\"time\":\"2026-11-22T08:00:00Z\",\"agent\":\"support-bot\",\"action\":\"read\",\"resource\":\"s3://lake/support/t2.txt\",\"outcome\":\"denied\"}\n".into(),
    ]
    .concat();
    let r = exposure_with_log(&d, log);
    assert_eq!(r.code, 1, "{}\n{}", r.stdout, r.stderr);
    let t = touched(&r, "support-bot");
    assert_eq!(
        t.iter()
            .map(|x| (x.0.as_str(), s(&x.1), x.2.join(","), x.3))
            .collect::<Vec<_>>(),
        vec![
            (
                "s3://lake/crm/customers.csv",
                Some("email"),
                "read".into(),
                1
            ),
            ("s3://lake/support/t1.txt", None, "read".into(), 2),
        ]
    );
    let sup = agent(&r, "support-bot");
    let t1 = &sup["touched"][1];
    assert_eq!(t1["types"], serde_json::json!({"EMAIL_ADDRESS": 4}));
    assert_eq!(t1["first"], "2026-11-20T09:00:00Z");
    assert_eq!(t1["last"], "2026-11-20T10:00:00Z");
    assert_eq!(t1["raw_actions"], serde_json::json!(["GetObject", "read"]));
    assert_eq!(t1["via"], serde_json::json!(["r-support"]));
    assert_eq!(
        sup["touched"][0]["types"],
        serde_json::json!({"EMAIL_ADDRESS": 10}),
        "a column's types, not the whole table's"
    );
    // The documented keys are all there (extras may follow).
    for k in [
        "resource", "column", "actions", "types", "events", "first", "last",
    ] {
        assert!(t1.get(k).is_some(), "{k} missing from {t1}");
    }
    let days: Vec<(String, u64, u64)> = sup["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["day"].as_str().unwrap().to_string(),
                d["events"].as_u64().unwrap(),
                d["failed_events"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        days,
        vec![
            ("2026-11-20".into(), 2, 0),
            ("2026-11-21".into(), 3, 0),
            ("2026-11-22".into(), 1, 1)
        ]
    );
    assert_eq!(sup["access"]["events"], 6);
    assert_eq!(sup["access"]["regulated_events"], 3);
    assert_eq!(r.exposure["access_log"]["events"], 6);
    assert_eq!(r.exposure["access_log"]["outcome"], "complete");
    // Agents without events have an empty audit, not a missing one.
    assert_eq!(agent(&r, "etl-bot")["touched"], serde_json::json!([]));
    // The existing contract is untouched.
    assert!(sup["reach"].is_array() && sup["totals"].is_object());
}

#[test]
fn without_access_logs_the_outputs_have_no_access_fields() {
    let d = Dir::new();
    let r = exposure(&d, &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let sup = agent(&r, "support-bot");
    assert!(sup.get("touched").is_none() && sup.get("timeline").is_none());
    assert!(r.exposure.get("access_log").is_none());
    assert!(r.findings.get("access_log_problems").is_none());
}

#[test]
fn an_access_no_grant_explains_is_a_high_finding_judged_at_event_time() {
    let d = Dir::new();
    let log = [
        // Not in the grant's column: unexplained.
        ev("2026-11-21T08:00:00Z", "agent=support-bot", "read", "s3://lake/crm/customers.csv#ssn"),
        // The write grant is live until 2026-11-10 (inclusive), expired on --as-of.
        ev("2026-11-10T23:59:59Z", "agent=support-bot", "write", "s3://lake/crm/orders.csv"),
        ev("2026-11-11T00:00:00Z", "agent=support-bot", "write", "s3://lake/crm/orders.csv"),
        // Denied by a deny grant.
        ev("2026-11-12T00:00:00Z", "agent=etl-bot", "read", "s3://lake/hr/pay.csv"),
        // A denied request is no disagreement.
        "{\"time\":\"2026-11-12T00:00:00Z\",\"agent\":\"etl-bot\",\"action\":\"read\",\"resource\":\"s3://lake/hr/pay.csv\",\"outcome\":\"denied\"}\n".into(),
        // An object the scan never saw, outside every grant.
        ev("2026-11-12T00:00:00Z", "agent=support-bot", "read", "s3://elsewhere/x.csv"),
    ]
    .concat();
    let r = exposure_with_log(&d, log);
    assert_eq!(r.code, 1, "{}\n{}", r.stdout, r.stderr);
    let mut ids = kinds(&r, "unexplained_access");
    ids.sort();
    assert_eq!(
        ids,
        vec![
            "unexplained_access:etl-bot:s3://lake/hr/pay.csv",
            "unexplained_access:support-bot:s3://elsewhere/x.csv",
            "unexplained_access:support-bot:s3://lake/crm/customers.csv#ssn",
            "unexplained_access:support-bot:s3://lake/crm/orders.csv",
        ]
    );
    let f = finding(
        &r,
        "unexplained_access:support-bot:s3://lake/crm/orders.csv",
    )
    .unwrap();
    assert_eq!(f["severity"], "high");
    assert_eq!(f["events"], 1, "only the write after expiry: {f}");
    let msg = f["message"].as_str().unwrap();
    assert!(msg.contains("g-crm-write' expired on 2026-11-10"), "{msg}");
    let msg = finding(&r, "unexplained_access:etl-bot:s3://lake/hr/pay.csv").unwrap()["message"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(msg.contains("denied by grant 'g-etl-deny-hr'"), "{msg}");
    let msg = finding(
        &r,
        "unexplained_access:support-bot:s3://lake/crm/customers.csv#ssn",
    )
    .unwrap()["message"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        msg.contains("g-crm-email' covers only columns 'email'"),
        "{msg}"
    );
    // The touched entry says so too.
    let t = &agent(&r, "support-bot")["touched"];
    let ssn = t
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["column"] == "ssn")
        .unwrap();
    assert_eq!(ssn["unexplained"], serde_json::json!(["read"]));
    assert!(r.stdout.contains("unexplained_access"));
}

#[test]
fn unused_grants_are_findings_and_a_shared_prefix_gives_a_narrower_grant() {
    let d = Dir::new();
    let log = [
        ev(
            "2026-11-20T01:00:00Z",
            "agent=etl-bot",
            "read",
            "s3://lake/crm/customers.csv",
        ),
        ev(
            "2026-11-20T02:00:00Z",
            "agent=etl-bot",
            "read",
            "s3://lake/crm/orders.csv",
        ),
        ev(
            "2026-11-20T03:00:00Z",
            "agent=support-bot",
            "read",
            "s3://lake/support/t1.txt",
        ),
        ev(
            "2026-11-20T03:00:00Z",
            "agent=support-bot",
            "read",
            "s3://lake/support/t2.txt",
        ),
    ]
    .concat();
    let r = exposure_with_log(&d, log);
    assert_eq!(r.code, 1, "{}\n{}", r.stdout, r.stderr);
    // Used partly: [write] never, and only under crm/.
    let f = finding(&r, "unused_grant:etl-bot:g-etl-all").expect("narrowing finding");
    assert_eq!(f["kind"], "unused_grant");
    assert_eq!(f["grant"], "g-etl-all");
    assert_eq!(f["severity"], "low");
    assert_eq!(
        f["suggested"],
        serde_json::json!({"actions": ["read"], "resources": ["s3://lake/crm/**"]})
    );
    assert!(f["message"]
        .as_str()
        .unwrap()
        .contains("[write] never used"));
    // Not used at all: a candidate for revocation, medium as it reaches regulated data.
    let f = finding(&r, "unused_grant:twin-a:g-twins").expect("unused grant");
    assert_eq!(f["severity"], "medium");
    assert!(f.get("suggested").is_none());
    assert!(f["message"]
        .as_str()
        .unwrap()
        .contains("candidate for revocation"));
    assert!(finding(&r, "unused_grant:support-bot:g-crm-email").is_some());
    // Fully used (both support objects, the only action): no finding.
    assert!(finding(&r, "unused_grant:support-bot:r-support").is_none());
    let sup = &agent(&r, "support-bot")["access"];
    assert_eq!(sup["used_grants"], serde_json::json!(["r-support"]));
    assert_eq!(sup["unused_grants"], serde_json::json!(["g-crm-email"]));
    // Expired grants are no revocation candidates: g-crm-write expired on 2026-11-10.
    assert!(finding(&r, "unused_grant:support-bot:g-crm-write").is_none());
}

#[test]
fn unknown_and_shared_credentials_are_unattributed_activity() {
    let d = Dir::new();
    let log = [
        ev(
            "2026-11-20T01:00:00Z",
            "credential=key-shared",
            "read",
            "s3://lake/crm/customers.csv",
        ),
        ev(
            "2026-11-20T02:00:00Z",
            "credential=key-nobody",
            "read",
            "s3://lake/public/readme.txt",
        ),
        ev(
            "2026-11-20T03:00:00Z",
            "agent=ghost-bot",
            "delete",
            "s3://lake/public/readme.txt",
        ),
    ]
    .concat();
    let r = exposure_with_log(&d, log);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let shared = finding(&r, "unattributed_activity:credential:key-shared").unwrap();
    assert_eq!(shared["severity"], "high", "it read regulated data");
    assert_eq!(shared["principal"], "key-shared");
    assert_eq!(shared["events"], 1);
    assert_eq!(shared["resource"], "s3://lake/crm/customers.csv");
    assert!(shared["message"]
        .as_str()
        .unwrap()
        .contains("shared by agents twin-a, twin-b"));
    let unknown = finding(&r, "unattributed_activity:credential:key-nobody").unwrap();
    assert_eq!(unknown["severity"], "medium", "a read of nothing regulated");
    let ghost = finding(&r, "unattributed_activity:agent:ghost-bot").unwrap();
    assert_eq!(ghost["severity"], "high", "a delete");
    // Neither twin gets the shared credential's events.
    assert_eq!(agent(&r, "twin-a")["touched"], serde_json::json!([]));
    assert_eq!(r.exposure["access_log"]["unattributed_events"], 3);
}

#[test]
fn requests_after_an_agents_expiry_are_flagged() {
    let d = Dir::new();
    let log = [
        // old-bot expires 2026-10-31: valid through that day.
        ev(
            "2026-10-31T23:59:59Z",
            "agent=old-bot",
            "read",
            "s3://lake/hr/pay.csv",
        ),
        ev(
            "2026-11-02T00:00:00Z",
            "credential=AKIAOLDBOTEXAMPLE001",
            "read",
            "s3://lake/hr/pay.csv",
        ),
        ev(
            "2026-11-03T00:00:00Z",
            "agent=old-bot",
            "read",
            "s3://lake/crm/orders.csv",
        ),
    ]
    .concat();
    let r = exposure_with_log(&d, log);
    assert_eq!(r.code, 1);
    let f = finding(&r, "access_after_expiry:old-bot").unwrap();
    assert_eq!(f["severity"], "high");
    assert_eq!(f["events"], 2);
    assert!(f["message"]
        .as_str()
        .unwrap()
        .contains("2026-11-02T00:00:00Z .. 2026-11-03T00:00:00Z"));
    assert_eq!(agent(&r, "old-bot")["access"]["after_expiry_events"], 2);
    assert!(finding(&r, "access_after_expiry:support-bot").is_none());
}

#[test]
fn since_and_until_bound_the_window() {
    let d = Dir::new();
    let log = [
        ev(
            "2026-11-09T23:59:59Z",
            "agent=support-bot",
            "read",
            "s3://lake/support/t1.txt",
        ),
        ev(
            "2026-11-10T00:00:00Z",
            "agent=support-bot",
            "read",
            "s3://lake/support/t1.txt",
        ),
        ev(
            "2026-11-19T23:59:59Z",
            "agent=support-bot",
            "read",
            "s3://lake/support/t2.txt",
        ),
        ev(
            "2026-11-20T00:00:00Z",
            "agent=support-bot",
            "read",
            "s3://lake/crm/customers.csv#email",
        ),
    ]
    .concat();
    let p = d.write("a.jsonl", log);
    let r = exposure(
        &d,
        &[
            "--access-log",
            p.to_str().unwrap(),
            "--since",
            "2026-11-10T00:00:00Z",
            "--until",
            "2026-11-20",
        ],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    let t = touched(&r, "support-bot");
    assert_eq!(
        t.iter().map(|x| (x.0.as_str(), x.3)).collect::<Vec<_>>(),
        vec![
            ("s3://lake/support/t1.txt", 1),
            ("s3://lake/support/t2.txt", 1)
        ]
    );
    let log_summary = &r.exposure["access_log"];
    assert_eq!(log_summary["events_read"], 4);
    assert_eq!(log_summary["events"], 2);
    assert_eq!(log_summary["events_outside_window"], 2);
    assert_eq!(log_summary["since"], "2026-11-10T00:00:00Z");
    assert_eq!(log_summary["until"], "2026-11-20T00:00:00Z");
    // The email column was read only outside the window: its grant is unused.
    assert!(finding(&r, "unused_grant:support-bot:g-crm-email").is_some());
    // Bad windows are usage errors.
    let bad = exposure(
        &d,
        &["--access-log", p.to_str().unwrap(), "--since", "last week"],
    );
    assert_eq!(bad.code, 3);
    assert!(
        bad.stderr.contains("invalid --since 'last week'"),
        "{}",
        bad.stderr
    );
    let bad = exposure(
        &d,
        &[
            "--access-log",
            p.to_str().unwrap(),
            "--since",
            "2026-11-20",
            "--until",
            "2026-11-10",
        ],
    );
    assert_eq!(bad.code, 3);
}

#[test]
fn malformed_records_are_reported_with_file_and_line_and_the_rest_is_processed() {
    let d = Dir::new();
    let log = [
        ev(
            "2026-11-20T01:00:00Z",
            "agent=support-bot",
            "read",
            "s3://lake/support/t1.txt",
        ),
        "{\"time\": \"2026-11-20T01:00:00Z\", \"agent\": \n".into(),
        ev(
            "yesterday",
            "agent=support-bot",
            "read",
            "s3://lake/support/t1.txt",
        ),
        ev(
            "2026-11-20T02:00:00Z",
            "agent=support-bot",
            "read",
            "s3://lake/support/t2.txt",
        ),
    ]
    .concat();
    let r = exposure_with_log(&d, log);
    assert_eq!(r.code, 2, "partial: {}", r.stderr);
    let name = d.path().join("a.jsonl").display().to_string();
    assert!(r.stderr.contains(&format!("{name}:2:")), "{}", r.stderr);
    assert!(
        r.stderr
            .contains(&format!("{name}:3: invalid time 'yesterday'")),
        "{}",
        r.stderr
    );
    let problems = r.findings["access_log_problems"].as_array().unwrap();
    assert_eq!(problems.len(), 2);
    assert_eq!(problems[0]["line"], 2);
    assert_eq!(problems[1]["line"], 3);
    assert_eq!(problems[1]["file"], name);
    assert_eq!(r.exposure["access_log"]["malformed"], 2);
    assert_eq!(r.exposure["access_log"]["outcome"], "partial");
    assert_eq!(touched(&r, "support-bot").len(), 2, "the good lines count");
    // A missing log is a usage error.
    let r = exposure(&d, &["--access-log", "no-such.jsonl"]);
    assert_eq!(r.code, 3);
    assert!(r.stderr.contains("no-such.jsonl"));
}

fn cloudtrail_run(d: &Dir, log: &Path) -> Run {
    let f = fixtures();
    exposure(
        d,
        &[
            "--access-log",
            log.to_str().unwrap(),
            "--iam",
            f.join("iam.yaml").to_str().unwrap(),
            "--principal-map",
            f.join("principals.yaml").to_str().unwrap(),
        ],
    )
}

#[test]
fn cloudtrail_s3_data_events_plain_and_gzip() {
    let d = Dir::new();
    let plain = fixtures().join("cloudtrail.json");
    let r = cloudtrail_run(&d, &plain);
    assert_eq!(r.code, 1, "{}\n{}", r.stdout, r.stderr);
    // The role ARN from --iam names etl-bot; a denied request touched nothing.
    let etl = touched(&r, "etl-bot");
    assert_eq!(
        etl.iter().map(|x| (x.0.as_str(), x.3)).collect::<Vec<_>>(),
        vec![
            ("s3://lake/crm/customers.csv", 1),
            ("s3://lake/crm/orders.csv", 1)
        ]
    );
    let cust = &agent(&r, "etl-bot")["touched"][0];
    assert_eq!(cust["raw_actions"], serde_json::json!(["GetObject"]));
    assert_eq!(cust["bytes"], 2048);
    assert_eq!(
        cust["via"],
        serde_json::json!(["g-etl-all", "iam:etl-role/inline1:ReadCrm"])
    );
    assert_eq!(agent(&r, "etl-bot")["access"]["failed_events"], 1);
    // The session ARN matched the --principal-map wildcard: support-bot,
    // whose PutObject no grant allows.
    assert!(finding(
        &r,
        "unexplained_access:support-bot:s3://lake/support/t1.txt"
    )
    .is_some());
    // An IAM user's access key id is old-bot's credential: after its expiry.
    assert!(finding(&r, "access_after_expiry:old-bot").is_some());
    let stranger = finding(
        &r,
        "unattributed_activity:identity:arn:aws:sts::111122223333:assumed-role/unknown-role/s1",
    )
    .expect("unmapped identity");
    assert_eq!(stranger["severity"], "high", "a delete");
    assert_eq!(r.exposure["access_log"]["records_skipped"], 1);
    assert_eq!(r.exposure["access_log"]["events"], 8);

    // The same file gzip-compressed, as CloudTrail delivers it: same result.
    let d2 = Dir::new();
    let gz = d2.write(
        "AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/20/x.json.gz",
        gzip(&std::fs::read(&plain).unwrap()),
    );
    assert!(gz.exists());
    // A directory of logs is read whole.
    let r2 = cloudtrail_run(&d2, &d2.path().join("AWSLogs"));
    assert_eq!(r2.code, 1, "{}", r2.stderr);
    assert_eq!(r2.findings["findings"], r.findings["findings"]);
    assert_eq!(
        agent(&r2, "etl-bot")["touched"],
        agent(&r, "etl-bot")["touched"]
    );
}

#[test]
fn malformed_cloudtrail_records_are_reported_by_index() {
    let d = Dir::new();
    let text = std::fs::read_to_string(fixtures().join("cloudtrail.json")).unwrap();
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v["Records"][2]["eventTime"] = Value::String("noon".into());
    v["Records"][3] = Value::from(42);
    let p = d.write(
        "ct.json.gz",
        gzip(serde_json::to_string(&v).unwrap().as_bytes()),
    );
    let r = cloudtrail_run(&d, &p);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let name = p.display().to_string();
    assert!(
        r.stderr
            .contains(&format!("{name}: Records[2]: invalid eventTime 'noon'")),
        "{}",
        r.stderr
    );
    assert!(r
        .stderr
        .contains(&format!("{name}: Records[3]: record is not a JSON object")));
    let problems = r.findings["access_log_problems"].as_array().unwrap();
    assert_eq!(problems[0]["record"], 2);
    assert_eq!(
        r.exposure["access_log"]["events"], 6,
        "the other records count"
    );
    // A truncated file: what came before the cut is still read.
    let cut = &text.as_bytes()[..text.find("support-role").unwrap()];
    let p = d.write("cut.json", cut);
    let r = cloudtrail_run(&d, &p);
    assert_eq!(r.code, 2);
    assert_eq!(touched(&r, "etl-bot").len(), 2);
    assert!(r.findings["access_log_problems"][0]["line"]
        .as_u64()
        .is_some());
}

#[test]
fn audit_agent_prints_one_agents_access_audit_without_rescanning() {
    let d = Dir::new();
    let f = fixtures();
    let log = [
        ev(
            "2026-11-20T09:00:00Z",
            "agent=support-bot",
            "read",
            "s3://lake/support/t1.txt",
        ),
        ev(
            "2026-11-21T08:00:00Z",
            "agent=support-bot",
            "read",
            "s3://lake/crm/customers.csv#ssn",
        ),
    ]
    .concat();
    let p = d.write("a.jsonl", log);
    let out = d.path().join("out");
    let args = |agent: &str| -> Vec<String> {
        vec![
            "audit".into(),
            "--labels".into(),
            f.join("labels.jsonl").display().to_string(),
            "--inventory".into(),
            f.join("inventory.yaml").display().to_string(),
            "--map".into(),
            "lake=s3://lake".into(),
            "--as-of".into(),
            "2026-11-30".into(),
            "--access-log".into(),
            p.display().to_string(),
            "--agent".into(),
            agent.into(),
            "--out".into(),
            out.display().to_string(),
        ]
    };
    let a = args("support-bot");
    let o = datareach(d.path(), &a.iter().map(String::as_str).collect::<Vec<_>>());
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{stdout}\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        stdout.contains("access audit of agent 'support-bot'"),
        "{stdout}"
    );
    assert!(stdout.contains("s3://lake/support/t1.txt"));
    assert!(stdout.contains("EMAIL_ADDRESS: 4"));
    assert!(stdout.contains("2026-11-21"));
    assert!(stdout.contains("UNEXPLAINED [read]"));
    assert!(stdout.contains("unused grants (2):"), "{stdout}");
    assert!(
        stdout.contains("did not use grant 'g-crm-email'"),
        "{stdout}"
    );
    assert!(out.join("exposure.json").exists());
    assert!(!out.join("scan.json").exists(), "no rescan");
    // An unknown agent is a usage error; so is --agent without logs.
    let a = args("nobody");
    let o = datareach(d.path(), &a.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(o.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&o.stderr).contains("nobody"));
    let o = datareach(
        d.path(),
        &[
            "audit",
            "--labels",
            f.join("labels.jsonl").to_str().unwrap(),
            "--inventory",
            f.join("inventory.yaml").to_str().unwrap(),
            "--agent",
            "support-bot",
        ],
    );
    assert_eq!(o.status.code(), Some(3));
}

#[test]
fn the_sample_lake_with_its_access_logs() {
    let (_d, out, r) = util::audit_sample(&[
        "--access-log",
        "sample-data/access-log.jsonl",
        "--access-log",
        "sample-data/cloudtrail",
        "--principal-map",
        "sample-data/principals.yaml",
        "--agent",
        "support-bot",
    ]);
    assert_eq!(r.code, 1, "{}\n{}", r.stdout, r.stderr);
    let findings = util::read_json_or_null(&out.join("findings.json"));
    let ids: Vec<&str> = findings["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    for want in [
        "unexplained_access:support-bot:s3://acme-lake/crm/customers.csv#ssn",
        "access_after_expiry:migration-2025",
        "unattributed_activity:credential:shared-finance-api-key",
        "unattributed_activity:credential:svc-legacy-etl",
        "unused_grant:analytics-agent:lake-analyst#1",
        "unused_grant:billing-agent:g-billing-payouts",
        // The planted governance problems are still there.
        "orphaned_agent:migration-2025",
        "toxic_combination:report-writer:publisher#2",
    ] {
        assert!(ids.contains(&want), "{want} missing from {ids:#?}");
    }
    let analytics = findings["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "unused_grant:analytics-agent:lake-analyst#1")
        .unwrap();
    assert_eq!(
        analytics["suggested"]["resources"],
        serde_json::json!(["s3://acme-lake/crm/**"])
    );
    assert!(r.stdout.contains("access audit of agent 'support-bot'"));
}
