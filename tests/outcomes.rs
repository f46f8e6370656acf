//! Outcomes (allowed / conditional / denied), every grant path with its
//! provenance, `--max-paths`, container grants, ceilings and assume-role:
//! end to end through the binary on small labels and inventories written
//! here, and as properties of the library.

mod util;

use util::{agent, bin, run_exposure, ExposureRun};

use datareach::correlate::connectors::AssumeEdge;
use datareach::correlate::inventory::{Effect, Provenance};
use datareach::correlate::{
    parse_date, Exposure, ExposureOptions, Inventory, LabelRecord, ReachEntry, UriMapper,
};
use proptest::prelude::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

const LABELS: &str = r#"{"root":"lake","path":"crm/customers.csv","column":null,"types":{"EMAIL_ADDRESS":3},"categories":["PII"]}
{"root":"lake","path":"crm/orders.csv","column":null,"types":{"CREDIT_CARD_NUMBER":5},"categories":["FINANCIAL"]}
{"root":"lake","path":"crmx/leads.csv","column":null,"types":{"EMAIL_ADDRESS":1},"categories":["PII"]}
{"root":"lake","path":"hr/pay.csv","column":null,"types":{"US_SSN":2},"categories":["PII"]}
{"root":"lake","path":"hr/staff.csv","column":null,"types":{"EMAIL_ADDRESS":2},"categories":["PII"]}
{"root":"lake","path":"health/records.csv","column":null,"types":{"ICD10_CODE":4},"categories":["PHI"]}
{"root":"pg","path":"schema/t","column":"email","types":{"EMAIL_ADDRESS":7},"categories":["PII"]}
{"root":"pg","path":"schema/t","column":"id","types":{},"categories":[]}
{"root":"pg","path":"schema2/u","column":"email","types":{"EMAIL_ADDRESS":7},"categories":["PII"]}
"#;

const INVENTORY: &str = r#"
owners:
  - id: alice@example.com
agents:
  - id: bot
    owner: alice@example.com
    roles: [reader]
  - id: etl
    owner: alice@example.com
roles:
  - id: reader
    grants:
      - { id: reader-crm, actions: [read], resources: ["s3://lake/crm"] }
grants:
  - { id: g-pg, principal: bot, actions: [read], resources: ["pg://db/schema"] }
  - { id: g-cr, principal: etl, actions: [read], resources: ["s3://lake/cr", "pg://db/sch"] }
  - { id: g-hr, principal: bot, actions: [read, write], resources: ["s3://lake/hr/"] }
  - { id: deny-pay, principal: bot, effect: deny, actions: [read, write], resources: ["s3://lake/hr/pay.csv"] }
  - { id: deny-staff-write, principal: bot, effect: deny, actions: [write], resources: ["s3://lake/hr/staff.csv"] }
  - { id: m1, principal: bot, actions: [read], resources: ["s3://lake/crm/customers.csv"] }
  - { id: m2, principal: bot, actions: [read], resources: ["s3://lake/crm/*.csv"] }
  - { id: m3, principal: bot, actions: [read], resources: ["s3://lake/crm/**"] }
"#;

const IAM: &str = r#"
roles:
  - arn: arn:aws:iam::111122223333:role/bot-role
    agent: bot
    policies:
      - Version: "2012-10-17"
        Statement:
          - Sid: HealthFromOffice
            Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::lake/health/*
            Condition: { IpAddress: { "aws:SourceIp": "10.0.0.0/8" } }
          - Sid: NoPlainOrders
            Effect: Deny
            Action: s3:GetObject
            Resource: arn:aws:s3:::lake/crm/orders.csv
            Condition: { Bool: { "aws:SecureTransport": "false" } }
          - Sid: BucketOnly
            Effect: Allow
            Action: s3:PutObject
            Resource: arn:aws:s3:::lake
"#;

struct Fixture {
    _dir: tempfile::TempDir,
    root: std::path::PathBuf,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_path_buf();
    std::fs::write(root.join("labels.jsonl"), LABELS).unwrap();
    std::fs::write(root.join("inventory.yaml"), INVENTORY).unwrap();
    std::fs::write(root.join("iam.yaml"), IAM).unwrap();
    Fixture { _dir: dir, root }
}

/// The fixture exposure; the run must succeed (exit 0 or 1).
fn exposure(f: &Fixture, extra: &[&str]) -> ExposureRun {
    let mut c = bin();
    c.arg("exposure")
        .arg("--labels")
        .arg(f.root.join("labels.jsonl"))
        .arg("--inventory")
        .arg(f.root.join("inventory.yaml"))
        .arg("--grants")
        .arg(format!("iam:{}", f.root.join("iam.yaml").display()))
        .args(["--map", "lake=s3://lake", "--map", "pg=pg://db"])
        .args(["--as-of", "2026-05-01"])
        .args(extra);
    let r = run_exposure(c);
    assert!((0..=1).contains(&r.code), "{}", r.stderr);
    r
}

fn entry<'a>(list: &'a Value, res: &str) -> Option<&'a Value> {
    list.as_array()
        .unwrap()
        .iter()
        .find(|e| e["resource"] == res)
}

fn strs(v: &Value) -> Vec<&str> {
    v.as_array()
        .map(|a| a.iter().map(|x| x.as_str().unwrap()).collect())
        .unwrap_or_default()
}

#[test]
fn three_outcomes_every_path_and_containers_end_to_end() {
    let f = fixture();
    let ExposureRun {
        exposure: exp,
        findings,
        ..
    } = exposure(&f, &[]);
    let bot = agent(&exp, "bot");
    let reach = &bot["reach"];

    // allowed, through four paths, each with provenance and chain
    let c = entry(reach, "s3://lake/crm/customers.csv").expect("customers reached");
    assert_eq!(c["outcome"], "allowed");
    assert!(c.get("conditions").is_none() && c.get("may_deny").is_none());
    let grants: Vec<&str> = c["paths"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["grant"].as_str().unwrap())
        .collect();
    assert_eq!(grants, vec!["m1", "m2", "m3", "reader-crm"], "{c:#}");
    let via_role = &c["paths"][3];
    assert_eq!(via_role["chain"], serde_json::json!(["reader"]));
    assert_eq!(via_role["role"], "reader");
    assert_eq!(via_role["outcome"], "allowed");
    assert_eq!(via_role["provenance"]["system"], "native");
    assert_eq!(via_role["provenance"]["statement"], "reader-crm");
    assert!(via_role["provenance"]["file"]
        .as_str()
        .unwrap()
        .ends_with("inventory.yaml"));
    assert_eq!(c["paths"][0]["chain"], serde_json::json!([]));
    assert!(c.get("paths_truncated").is_none());

    // a conditional deny: still reached, conditional, listed as may_deny
    let o = entry(reach, "s3://lake/crm/orders.csv").expect("orders still reached");
    assert_eq!(o["outcome"], "conditional");
    assert_eq!(strs(&o["conditions"]), vec!["aws:SecureTransport"]);
    assert_eq!(
        strs(&o["may_deny"]),
        vec!["iam:bot-role/inline1:NoPlainOrders"]
    );
    assert_eq!(strs(&o["conditional_actions"]), vec!["read"]);
    assert!(entry(&bot["denied"], "s3://lake/crm/orders.csv").is_none());

    // a conditional allow: conditional with its keys, the path says so too
    let h = entry(reach, "s3://lake/health/records.csv").expect("conditional allow reached");
    assert_eq!(h["outcome"], "conditional");
    assert_eq!(strs(&h["conditions"]), vec!["aws:SourceIp"]);
    let p = &h["paths"][0];
    assert_eq!(p["outcome"], "conditional");
    assert_eq!(p["provenance"]["system"], "aws-iam");
    assert_eq!(p["provenance"]["statement"], "HealthFromOffice");
    assert_eq!(strs(&p["raw_actions"]), vec!["s3:GetObject"]);
    assert_eq!(p["chain"], serde_json::json!([]));

    // unconditional deny of every action: in `denied`, never in `reach`
    assert!(entry(reach, "s3://lake/hr/pay.csv").is_none());
    let d = entry(&bot["denied"], "s3://lake/hr/pay.csv").expect("denied entry");
    assert_eq!(d["outcome"], "denied");
    assert_eq!(strs(&d["actions"]), Vec::<&str>::new());
    assert_eq!(strs(&d["denied_actions"]), vec!["read", "write"]);
    assert_eq!(d["denied_by"][0]["grant"], "deny-pay");
    assert_eq!(d["denied_by"][0]["outcome"], "denied");
    assert_eq!(d["denied_by"][0]["provenance"]["system"], "native");
    assert!(strs(&d["via"]).contains(&"g-hr"));
    // a partial deny: reached with what is left, denied_actions named
    let s = entry(reach, "s3://lake/hr/staff.csv").expect("staff reached");
    assert_eq!(strs(&s["actions"]), vec!["read"]);
    assert_eq!(strs(&s["denied_actions"]), vec!["write"]);
    assert_eq!(s["denied_by"][0]["grant"], "deny-staff-write");

    // containers: s3://lake/crm reaches its children, not crmx; pg schema
    // reaches the table; the bucket ARN is not its objects
    let reader_paths = |res: &str| {
        entry(reach, res).map(|e| {
            e["paths"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p["grant"] == "reader-crm")
        })
    };
    assert_eq!(reader_paths("s3://lake/crm/orders.csv"), Some(true));
    assert_eq!(
        reader_paths("s3://lake/crmx/leads.csv"),
        None,
        "crm is no prefix of crmx"
    );
    let t = entry(reach, "pg://db/schema/t").expect("schema grant reaches the table");
    assert_eq!(t["paths"][0]["grant"], "g-pg");
    assert!(entry(reach, "pg://db/schema2/u").is_none());
    let e = agent(&exp, "etl");
    assert_eq!(
        e["reach"],
        serde_json::json!([]),
        "s3://lake/cr is no container of crm"
    );
    for r in reach.as_array().unwrap() {
        assert!(
            !strs(&r["actions"]).contains(&"write") || r["resource"] == "s3://lake/hr/staff.csv",
            "the bucket ARN gives no object write: {r:#}"
        );
    }
    assert_eq!(bot["can_assume"], serde_json::json!([]));

    // findings.json says the conditional deny is kept, not dropped
    assert!(findings["notes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n.as_str().unwrap().contains("may deny")));
}

#[test]
fn max_paths_caps_deterministically() {
    let f = fixture();
    let a = exposure(&f, &["--max-paths", "2"]).exposure;
    let b = exposure(&f, &["--max-paths", "2"]).exposure;
    let c = |exp: &Value| {
        entry(&agent(exp, "bot")["reach"], "s3://lake/crm/customers.csv")
            .cloned()
            .unwrap()
    };
    let (ca, cb) = (c(&a), c(&b));
    assert_eq!(ca, cb);
    assert_eq!(ca["paths"].as_array().unwrap().len(), 2);
    assert_eq!(ca["paths_total"], 4);
    assert_eq!(ca["paths_truncated"], true);
    // `via` still names every grant
    assert_eq!(ca["via"].as_array().unwrap().len(), 4);
    let all = exposure(&f, &["--max-paths", "0"]).exposure;
    let ce = c(&all);
    assert_eq!(ce["paths"].as_array().unwrap().len(), 4);
    assert!(ce.get("paths_truncated").is_none());
}

fn explain(f: &Fixture, object: &str, extra: &[&str]) -> (i32, String) {
    let o = bin()
        .args(["explain", "--agent", "bot", "--object", object])
        .arg("--inventory")
        .arg(f.root.join("inventory.yaml"))
        .arg("--grants")
        .arg(format!("iam:{}", f.root.join("iam.yaml").display()))
        .args(["--as-of", "2026-05-01"])
        .args(extra)
        .output()
        .unwrap();
    (
        o.status.code().unwrap(),
        String::from_utf8_lossy(&o.stdout).into_owned(),
    )
}

#[test]
fn explain_prints_the_outcome_and_conditional_counts_as_reachable() {
    let f = fixture();
    let (code, out) = explain(&f, "s3://lake/crm/orders.csv", &[]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("DENY?"), "{out}");
    assert!(
        out.contains("outcome: conditional [read] on condition keys aws:SecureTransport; may deny: iam:bot-role/inline1:NoPlainOrders"),
        "{out}"
    );
    let (code, out) = explain(&f, "s3://lake/health/records.csv", &[]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("outcome: conditional [read] on condition keys aws:SourceIp"),
        "{out}"
    );
    let (code, out) = explain(&f, "s3://lake/crm/customers.csv", &["--max-paths", "1"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("outcome: allowed"), "{out}");
    assert!(out.contains("... and 3 more allow paths"), "{out}");
    let (code, out) = explain(&f, "s3://lake/hr/pay.csv", &[]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("outcome: denied"), "{out}");
    let (code, out) = explain(&f, "pg://db/schema/t#email", &[]);
    assert_eq!(code, 0, "{out}");
    let (code, _) = explain(&f, "pg://db/schema2/u#email", &[]);
    assert_eq!(code, 1);
}

// ---- library level: ceilings and assume-role ----

fn labels(paths: &[&str]) -> Vec<LabelRecord> {
    paths
        .iter()
        .map(|p| {
            let mut types = BTreeMap::new();
            types.insert("EMAIL_ADDRESS".to_string(), 1);
            LabelRecord {
                root: "r".into(),
                path: p.to_string(),
                types,
                ..Default::default()
            }
        })
        .collect()
}

fn compute(labels: &[LabelRecord], inv: &Inventory) -> datareach::correlate::ExposureReport {
    let opts = ExposureOptions::new(
        parse_date("2026-05-01").unwrap(),
        UriMapper::new(vec![("r".into(), "s3://lake".into())]),
    );
    Exposure::compute(labels, inv, &opts).unwrap()
}

fn entries(rep: &datareach::correlate::ExposureReport, id: &str) -> Vec<ReachEntry> {
    let a = rep.agents.iter().find(|a| a.id == id).unwrap();
    rep.reach_entries(a)
}

fn denied(rep: &datareach::correlate::ExposureReport, id: &str) -> Vec<ReachEntry> {
    let a = rep.agents.iter().find(|a| a.id == id).unwrap();
    rep.denied_entries(a)
}

const CEIL: &str = r#"
agents:
  - id: a
  - id: b
roles:
  - id: r
grants:
  - { id: a-all, principal: a, actions: [read, write], resources: ["s3://lake/**"] }
  - { id: b-all, principal: b, actions: [read, write], resources: ["s3://lake/**"] }
  - { id: bound, principal: a, actions: [read], resources: ["s3://lake/crm/**"] }
  - { id: scp-1, principal: "*", actions: [read, write], resources: ["s3://lake/crm/**", "s3://lake/hr/**"] }
  - { id: r-read, principal: r, actions: [read], resources: ["s3://lake/hr/**"] }
"#;

fn ceil_inv() -> Inventory {
    let mut inv = Inventory::parse(CEIL, false, Path::new("ceil.yaml")).unwrap();
    for g in &mut inv.grants {
        match g.id.as_str() {
            "bound" => g.limit = Some("boundary:arn:aws:iam::1:policy/b".into()),
            "scp-1" => g.limit = Some("scp:org.json".into()),
            _ => {}
        }
    }
    inv
}

fn res_actions(v: &[ReachEntry]) -> Vec<(String, Vec<&'static str>)> {
    v.iter()
        .map(|e| (e.resource.clone(), e.actions.clone()))
        .collect()
}

#[test]
fn boundaries_and_scps_intersect_and_are_never_paths() {
    let l = labels(&["crm/a.csv", "hr/b.csv", "ops/c.csv"]);
    let inv = ceil_inv();
    let rep = compute(&l, &inv);
    // a: boundary (read on crm) and SCP (crm, hr): only crm read
    assert_eq!(
        res_actions(&entries(&rep, "a")),
        vec![("s3://lake/crm/a.csv".into(), vec!["read"])]
    );
    let e = &entries(&rep, "a")[0];
    assert_eq!(e.denied_actions, vec!["write"]);
    assert!(e
        .limited_by
        .contains(&"boundary:arn:aws:iam::1:policy/b".to_string()));
    assert!(
        e.paths.iter().all(|p| p.grant == "a-all"),
        "ceilings are no paths"
    );
    let d = denied(&rep, "a");
    assert_eq!(
        d.iter().map(|e| e.resource.as_str()).collect::<Vec<_>>(),
        vec!["s3://lake/hr/b.csv", "s3://lake/ops/c.csv"]
    );
    assert!(d[1].limited_by.contains(&"scp:org.json".to_string()));
    // b: only the SCP (principal *) applies
    assert_eq!(
        res_actions(&entries(&rep, "b")),
        vec![
            ("s3://lake/crm/a.csv".into(), vec!["read", "write"]),
            ("s3://lake/hr/b.csv".into(), vec!["read", "write"]),
        ]
    );
    // no finding is about a ceiling (no unknown principal '*', no wildcard)
    let f: Vec<&str> = rep
        .findings
        .iter()
        .filter_map(|f| f.grant.as_deref())
        .collect();
    assert!(!f.contains(&"bound") && !f.contains(&"scp-1"), "{f:?}");
    assert!(rep.errors.is_empty(), "{:?}", rep.errors);

    // a conditional ceiling makes what it lets through conditional
    let mut inv = ceil_inv();
    inv.grants[2].condition = Some("{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}".into());
    inv.grants[2].condition_keys = vec!["aws:MultiFactorAuthPresent".into()];
    let rep = compute(&l, &inv);
    let e = &entries(&rep, "a")[0];
    assert_eq!(e.outcome, "conditional");
    assert_eq!(e.conditions, vec!["aws:MultiFactorAuthPresent".to_string()]);
}

fn edge(from: &str, to: &str, keys: &[&str]) -> AssumeEdge {
    AssumeEdge {
        from: from.into(),
        to: to.into(),
        condition_keys: keys.iter().map(|k| k.to_string()).collect(),
        provenance: Provenance {
            system: "aws-authz".into(),
            object: format!("trust of {to}"),
            statement: Some("Trust".into()),
            ..Default::default()
        },
    }
}

#[test]
fn assume_role_reaches_transitively_with_the_hop_in_the_chain() {
    let l = labels(&["crm/a.csv", "hr/b.csv", "ops/c.csv"]);
    let mut inv = ceil_inv();
    // a -> r (unconditional), b -> a (MFA condition), r -> b (cycle)
    inv.assumes = vec![
        edge("a", "r", &[]),
        edge("b", "a", &["aws:MultiFactorAuthPresent"]),
        edge("r", "b", &[]),
    ];
    let rep = compute(&l, &inv);
    let a = rep.agents.iter().find(|x| x.id == "a").unwrap();
    assert_eq!(a.can_assume, vec!["r".to_string(), "b".to_string()]);
    let ea = entries(&rep, "a");
    let hr = ea
        .iter()
        .find(|e| e.resource == "s3://lake/hr/b.csv")
        .unwrap();
    // r reads hr (its own session: a's boundary does not limit it; the SCP allows)
    assert_eq!(hr.outcome, "allowed");
    let p = hr.paths.iter().find(|p| p.grant == "r-read").unwrap();
    assert_eq!(p.chain, vec!["assume:r".to_string()]);
    assert_eq!(p.assumed[0].provenance.system, "aws-authz");
    // and through r -> b, b's grants (write on hr) with a two-hop chain
    assert_eq!(hr.actions, vec!["read", "write"]);
    let pb = hr.paths.iter().find(|p| p.grant == "b-all").unwrap();
    assert_eq!(
        pb.chain,
        vec!["assume:r".to_string(), "assume:b".to_string()]
    );
    // ops/c.csv is outside the SCP for everyone: denied, not reached
    assert!(ea.iter().all(|e| e.resource != "s3://lake/ops/c.csv"));
    // b reaches a's reach only through a conditional hop
    let eb = entries(&rep, "b");
    assert!(eb.iter().all(|e| e.resource != "s3://lake/ops/c.csv"));
    let b = rep.agents.iter().find(|x| x.id == "b").unwrap();
    assert_eq!(b.can_assume, vec!["a".to_string(), "r".to_string()]);
    let ea_via_b = eb
        .iter()
        .find(|e| e.resource == "s3://lake/crm/a.csv")
        .unwrap();
    // b itself writes crm unconditionally; a's path is conditional
    assert_eq!(ea_via_b.outcome, "allowed");
    let pa = ea_via_b.paths.iter().find(|p| p.grant == "a-all").unwrap();
    assert_eq!(pa.outcome, "conditional");
    assert_eq!(
        pa.conditions,
        vec!["aws:MultiFactorAuthPresent".to_string()]
    );
    // explain agrees
    let ex = datareach::correlate::explain(
        &inv,
        "a",
        "s3://lake/hr/b.csv",
        parse_date("2026-05-01").unwrap(),
    )
    .unwrap();
    assert_eq!(
        datareach::correlate::inventory::action_names(ex.effective()),
        vec!["read", "write"]
    );
    assert!(ex.render().contains("assume:r -> "), "{}", ex.render());
}

#[test]
fn a_conditional_hop_alone_gives_a_conditional_outcome() {
    let l = labels(&["hr/b.csv"]);
    let mut inv = Inventory::parse(
        "agents:\n  - id: a\nroles:\n  - id: r\ngrants:\n  - { id: r-read, principal: r, actions: [read], resources: [\"s3://lake/hr\"] }\n",
        false,
        Path::new("i.yaml"),
    )
    .unwrap();
    let rep = compute(&l, &inv);
    assert!(entries(&rep, "a").is_empty(), "no edge, no reach");
    inv.assumes = vec![edge("a", "r", &["sts:ExternalId"])];
    let rep = compute(&l, &inv);
    let e = entries(&rep, "a");
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].outcome, "conditional");
    assert_eq!(e[0].conditions, vec!["sts:ExternalId".to_string()]);
}

// ---- properties ----

const NAMES: &[&str] = &["a", "b", "c.csv"];

#[derive(Debug, Clone)]
struct G {
    principal: usize,
    deny: bool,
    cond: bool,
    limit: Option<usize>,
    actions: Vec<&'static str>,
    pattern: Vec<String>,
}

fn grant() -> impl Strategy<Value = G> {
    (
        0usize..4,
        prop::bool::weighted(0.25),
        prop::bool::weighted(0.3),
        prop_oneof![4 => Just(None), 1 => Just(Some(0usize)), 1 => Just(Some(1usize))],
        prop::sample::subsequence(vec!["read", "write", "delete"], 1..3),
        prop::collection::vec(
            prop_oneof![
                (0..NAMES.len()).prop_map(|i| NAMES[i].to_string()),
                Just("*".to_string()),
                Just("**".to_string()),
            ],
            0..3,
        ),
    )
        .prop_map(|(principal, deny, cond, limit, actions, pattern)| G {
            principal,
            deny,
            cond,
            limit,
            actions,
            pattern,
        })
}

fn inventory(grants: &[G], edges: &[(usize, usize, bool)]) -> Inventory {
    let who = |i: usize| ["ag0", "ag1", "role2", "*"][i];
    let mut y = String::from(
        "agents:\n  - {id: ag0, roles: [role2]}\n  - {id: ag1}\nroles:\n  - {id: role2}\ngrants:\n",
    );
    for (i, g) in grants.iter().enumerate() {
        let p = if g.principal == 3 && g.limit.is_none() {
            0
        } else {
            g.principal
        };
        y.push_str(&format!(
            "  - {{id: g{i}, principal: \"{}\", effect: {}, actions: [{}], resources: [\"s3://lake/{}\"]}}\n",
            who(p),
            if g.deny && g.limit.is_none() { "deny" } else { "allow" },
            g.actions.join(", "),
            g.pattern.join("/")
        ));
    }
    let mut inv = Inventory::parse(&y, false, Path::new("p.yaml")).unwrap();
    for (gd, g) in inv.grants.iter_mut().zip(grants) {
        if g.cond {
            gd.condition = Some("{\"Bool\":{\"k\":\"true\"}}".into());
            gd.condition_keys = vec!["k".into()];
        }
        gd.limit = g.limit.map(|l| format!("boundary:{l}"));
    }
    for &(f, t, c) in edges {
        inv.assumes
            .push(edge(who(f), who(t), if c { &["x"] } else { &[] }));
    }
    inv
}

fn obj_labels() -> Vec<LabelRecord> {
    let mut v = Vec::new();
    for a in NAMES {
        for b in NAMES {
            v.push(format!("{a}/{b}"));
        }
    }
    labels(&v.iter().map(String::as_str).collect::<Vec<_>>())
}

type Key = (String, String, Option<String>);

/// Per reach entry: its actions, its outcome, and the actions given for sure
/// (not conditional).
type Outcome = (Vec<&'static str>, &'static str, Vec<&'static str>);

fn outcome_map(inv: &Inventory) -> BTreeMap<Key, Outcome> {
    let rep = compute(&obj_labels(), inv);
    let mut m = BTreeMap::new();
    for a in &rep.agents {
        for e in rep.reach_entries(a) {
            let sure: Vec<&'static str> = e
                .actions
                .iter()
                .copied()
                .filter(|x| !e.conditional_actions.contains(x))
                .collect();
            m.insert(
                (a.id.clone(), e.resource, e.column),
                (e.actions, e.outcome, sure),
            );
        }
    }
    m
}

fn edges() -> impl Strategy<Value = Vec<(usize, usize, bool)>> {
    prop::collection::vec((0usize..3, 0usize..3, prop::bool::ANY), 0..3)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn an_unconditional_deny_never_increases_reach(
        grants in prop::collection::vec(grant(), 0..8),
        edges in edges(),
        extra in grant(),
    ) {
        let before = outcome_map(&inventory(&grants, &edges));
        let mut more = grants.clone();
        more.push(G { deny: true, cond: false, limit: None, principal: extra.principal.min(2), ..extra });
        let after = outcome_map(&inventory(&more, &edges));
        for (k, (acts, _, _)) in &after {
            let b = before.get(k);
            prop_assert!(b.is_some(), "new reach {:?}", k);
            let b = &b.unwrap().0;
            prop_assert!(acts.iter().all(|x| b.contains(x)), "{:?}: {:?} > {:?}", k, acts, b);
        }
    }

    #[test]
    fn a_conditional_grant_never_makes_a_new_allowed_entry(
        grants in prop::collection::vec(grant(), 0..8),
        edges in edges(),
        extra in grant(),
    ) {
        let before = outcome_map(&inventory(&grants, &edges));
        let mut more = grants.clone();
        more.push(G { cond: true, ..extra });
        let after = outcome_map(&inventory(&more, &edges));
        // Per action: what is given for sure afterwards was given for sure
        // before. (An entry may turn from conditional to allowed when the
        // new grant is a conditional ceiling that removes its conditional
        // actions: what remains was allowed before too.)
        for (k, (_, outcome, sure)) in &after {
            let b = before.get(k);
            if *outcome == "allowed" {
                prop_assert!(b.is_some(), "{:?} became allowed", k);
            }
            let before_sure: &[&str] = b.map_or(&[], |b| &b.2);
            prop_assert!(
                sure.iter().all(|x| before_sure.contains(x)),
                "{:?}: {:?} for sure, before only {:?}", k, sure, before_sure
            );
        }
    }

    #[test]
    fn explain_agrees_with_the_engine_on_actions_and_outcome(
        grants in prop::collection::vec(grant(), 0..8),
        edges in edges(),
    ) {
        let inv = inventory(&grants, &edges);
        let m = outcome_map(&inv);
        let as_of = parse_date("2026-05-01").unwrap();
        for a in ["ag0", "ag1"] {
            for x in NAMES {
                for y in NAMES {
                    let uri = format!("s3://lake/{x}/{y}");
                    let ex = datareach::correlate::explain(&inv, a, &uri, as_of).unwrap();
                    let want = datareach::correlate::inventory::action_names(ex.effective());
                    let got = m.get(&(a.to_string(), uri.clone(), None));
                    match got {
                        None => prop_assert!(want.is_empty(), "{} {}: explain {:?}\n{}", a, uri, want, ex.render()),
                        Some((acts, outcome, _)) => {
                            prop_assert_eq!(acts, &want, "{} {}\n{}", a, uri, ex.render());
                            prop_assert_eq!(*outcome, ex.outcome(), "{} {}\n{}", a, uri, ex.render());
                        }
                    }
                }
            }
        }
        let _ = Effect::Allow;
    }
}
