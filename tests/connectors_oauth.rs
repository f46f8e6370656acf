//! End-to-end tests of the `oauth` grant connector (`--grants oauth:FILE`):
//! the real binary on Entra oauth2PermissionGrants and Google tokens.list
//! exports in tests/fixtures/connectors/oauth, and on the sample in
//! sample-data/grants/oauth.

mod util;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;
use util::{agent, datareach, reach_actions as reach, Dir};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/connectors/oauth")
}

fn fx(name: &str) -> String {
    fixtures().join(name).to_str().unwrap().to_string()
}

const ALL: &str = "entra:11111111-aaaa-4bbb-8ccc-000000000001";
const ALICE_ONLY: &str = "entra:11111111-aaaa-4bbb-8ccc-000000000002";
const GOOGLE: &str = "google:4242-summarise.apps.googleusercontent.com";

/// `datareach exposure` on the labels fixture with the given extra arguments.
fn exposure(d: &Dir, extra: &[&str]) -> (Output, Value, Value) {
    let out = d.path().join("out");
    let labels = fx("labels.jsonl");
    let mut args = vec![
        "exposure",
        "--labels",
        labels.as_str(),
        "--map",
        "m365-files=m365://files",
        "--map",
        "m365-mail=m365://mail",
        "--map",
        "gdrive=google://drive",
        "--as-of",
        "2026-11-29",
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let run = datareach(d.path(), &args);
    let read = |f: &str| -> Value {
        let p = out.join(f);
        match std::fs::read_to_string(&p) {
            Ok(s) => serde_json::from_str(&s).unwrap(),
            Err(_) => Value::Null,
        }
    };
    let (e, f) = (read("exposure.json"), read("findings.json"));
    (run, e, f)
}

fn has(findings: &Value, kind: &str, agent: &str) -> bool {
    findings["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["kind"] == kind && f["agent"] == agent)
}

fn rl(res: &str, acts: &[&str]) -> (String, Vec<String>) {
    (
        res.to_string(),
        acts.iter().map(|s| s.to_string()).collect(),
    )
}

#[test]
fn entra_consent_reaches_every_user_or_only_the_consenting_one() {
    let d = Dir::new();
    let entra = format!("oauth:{}", fx("entra.json"));
    let (run, exp, findings) = exposure(&d, &["--grants", &entra]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");

    // AllPrincipals: every user's files (Files.Read with {user} = *).
    assert_eq!(
        reach(&exp, ALL),
        vec![
            rl(
                "m365://files/alice@contoso.com/HR/salaries.csv",
                &["read", "list"]
            ),
            rl(
                "m365://files/bob@contoso.com/Support/escalations.txt",
                &["read", "list"]
            ),
        ]
    );
    // Principal: alice's files and mail only, never bob's.
    assert_eq!(
        reach(&exp, ALICE_ONLY),
        vec![
            rl(
                "m365://files/alice@contoso.com/HR/salaries.csv",
                &["read", "list"]
            ),
            rl(
                "m365://mail/alice@contoso.com/Inbox/0001.eml",
                &["read", "list"]
            ),
        ]
    );
    // The path names the grant, one per scope.
    let a = agent(&exp, ALL);
    assert_eq!(
        a["reach"][0]["via"][0],
        "oauth:entra:grant-tenant-wide:Files.Read"
    );
    assert_eq!(a["reach"][0]["paths"][0]["pattern"], "m365://files/*/**");
    // Named after the service principal listing; no owner in the export.
    assert_eq!(a["purpose"], "OAuth client 'Mail Assistant'");
    assert!(has(&findings, "orphaned_agent", ALL), "{findings:#}");

    // Reads PII and may send mail: toxic. The Principal client cannot send.
    assert!(has(&findings, "toxic_combination", ALL), "{findings:#}");
    assert!(
        !has(&findings, "toxic_combination", ALICE_ONLY),
        "{findings:#}"
    );

    // The unknown scope is noted, the known harmless ones are not.
    assert!(
        stderr.contains("entra scope 'Notes.Read' is not in the scope map: 1 grant not counted"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("'openid'") && !stderr.contains("'offline_access'"),
        "{stderr}"
    );
}

#[test]
fn inventory_agents_adopt_their_clients_and_the_scope_map_can_be_replaced() {
    let d = Dir::new();
    let entra = format!("oauth:{}", fx("entra.json"));
    let inv = fx("inventory.yaml");
    let (run, exp, findings) = exposure(&d, &["--grants", &entra, "--inventory", &inv]);
    assert_eq!(
        run.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    // The client whose appId is mail-assistant's credential is that agent.
    let ids: Vec<&str> = exp["agents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert!(!ids.contains(&ALL), "{ids:?}");
    assert_eq!(agent(&exp, "mail-assistant")["owner"], "it-ops@contoso.com");
    assert_eq!(reach(&exp, "mail-assistant").len(), 2);
    assert!(!has(&findings, "orphaned_agent", "mail-assistant"));
    assert!(has(&findings, "toxic_combination", "mail-assistant"));
    assert!(!has(&findings, "shared_credential", "mail-assistant"));

    // A scope map that makes Mail.Send reach nothing: no toxic combination,
    // while the built-in entries for the other scopes still apply.
    let d = Dir::new();
    let map = fx("no-send.yaml");
    let (run, exp, findings) = exposure(&d, &["--grants", &entra, "--scope-map", &map]);
    assert_eq!(
        run.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(!has(&findings, "toxic_combination", ALL), "{findings:#}");
    assert_eq!(reach(&exp, ALL).len(), 2);
}

#[test]
fn google_tokens_reach_the_consenting_users_drive_and_send_mail() {
    let d = Dir::new();
    let google = format!("oauth:{}", fx("google.json"));
    let (run, exp, findings) = exposure(&d, &["--grants", &google]);
    assert_eq!(
        run.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    // userKey 1001 is dana (users.list); erin's drive is not reached.
    assert_eq!(
        reach(&exp, GOOGLE),
        vec![rl(
            "google://drive/dana@example.org/Clients/intake.csv",
            &["read", "list"]
        )]
    );
    assert!(has(&findings, "toxic_combination", GOOGLE), "{findings:#}");
    let f = findings["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "toxic_combination")
        .unwrap();
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("google://mail-out/dana@example.org"),
        "{f:#}"
    );
}

#[test]
fn malformed_exports_name_file_position_and_entry() {
    let d = Dir::new();
    let text = std::fs::read_to_string(fixtures().join("entra.json")).unwrap();
    let bad = text.replace("\"consentType\": \"Principal\"", "\"consentType\": 3");
    let p = d.write("bad.json", bad);
    let spec = format!("oauth:{}", p.display());
    let (run, _, _) = exposure(&d, &["--grants", &spec]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains(&format!("{}:15:", p.display()))
            && stderr.contains("value[1].consentType")
            && stderr.contains("invalid type"),
        "{stderr}"
    );
    let p = d.write(
        "map.yaml",
        "scopes:\n  - {scope: X, system: entra, actions: [fly]}\n",
    );
    let entra = format!("oauth:{}", fx("entra.json"));
    let (run, _, _) = exposure(
        &d,
        &["--grants", &entra, "--scope-map", p.to_str().unwrap()],
    );
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains(&format!("{}:2:", p.display())), "{stderr}");
}

#[test]
fn sample_saas_export_with_oauth_grants() {
    // The README's oauth command.
    let d = Dir::new();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = d.path().join("out");
    let run = datareach(
        repo,
        &[
            "audit",
            "sample-data/saas/m365/files",
            "sample-data/saas/m365/mail",
            "sample-data/saas/google/drive",
            "--grants",
            "oauth:sample-data/grants/oauth/entra-grants.json",
            "--grants",
            "oauth:sample-data/grants/oauth/google-tokens.json",
            "--inventory",
            "sample-data/grants/oauth/agents.yaml",
            "--map",
            "sample-data/saas/m365/files=m365://files",
            "--map",
            "sample-data/saas/m365/mail=m365://mail",
            "--map",
            "sample-data/saas/google/drive=google://drive",
            "--as-of",
            "2026-11-29",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    let read = |f: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(out.join(f)).unwrap()).unwrap()
    };
    let (exp, findings) = (read("exposure.json"), read("findings.json"));
    // Tenant-wide consent: both users' files.
    let ma: Vec<String> = reach(&exp, "mail-assistant")
        .into_iter()
        .map(|r| r.0)
        .collect();
    assert!(
        ma.contains(&"m365://files/alice@contoso.com/HR/salary-review-2026.csv".to_string())
            && ma.contains(&"m365://files/bob@contoso.com/Support/escalations.txt".to_string()),
        "{ma:?}"
    );
    assert!(
        has(&findings, "toxic_combination", "mail-assistant"),
        "{findings:#}"
    );
    // One user's consent: alice's files and mail, not bob's.
    let notes: Vec<String> = reach(&exp, "entra:0d7c45d3-c7f3-4de5-b2f2-a89d6b52f3a1")
        .into_iter()
        .map(|r| r.0)
        .collect();
    assert!(
        notes.iter().all(|r| r.contains("/alice@contoso.com/")),
        "{notes:?}"
    );
    assert!(
        notes.iter().any(|r| r.starts_with("m365://mail/")),
        "{notes:?}"
    );
    assert!(has(
        &findings,
        "toxic_combination",
        "google:771234567890-crm0sync.apps.googleusercontent.com"
    ));
    assert!(stderr.contains("'Tasks.Read'"), "{stderr}");
}
