//! End-to-end tests of `datareach export` on sample-data/: a snapshot of every
//! format, the README's Rego policy evaluated with regorus and its Cedar
//! schema and policies with cedar-policy on the exports, and input errors.
//!
//! Snapshots live in tests/snapshots/export/; `UPDATE_SNAPSHOTS=1 cargo test
//! --test export` rewrites them (then review the diff).

mod util;

use std::path::{Path, PathBuf};
use util::{datareach, repo, Dir, Run};

const MAP: &str = "sample-data/lake=s3://acme-lake";

fn run(args: &[&str]) -> Run {
    datareach(repo(), args).into()
}

/// `datareach export --format FORMAT --labels LABELS`, `extra` arguments and
/// `--out OUT`.
fn run_export(format: &str, labels: &str, extra: &[&str], out: &str) -> Run {
    let mut args = vec!["export", "--format", format, "--labels", labels];
    args.extend(extra);
    args.extend(["--out", out]);
    run(&args)
}

/// `datareach audit` of the sample lake (scan + exposure) into a fresh directory.
fn audit_sample() -> (Dir, PathBuf) {
    let (d, out, r) = util::audit_sample(&[]);
    assert_eq!(r.code, 1, "audit finds governance problems\n{}", r.stderr);
    (d, out)
}

/// Exports `format` from the audit in `out` (with inventory and exposure when
/// `agents`) to `file` in the same directory; returns the file's text.
fn export(out: &Path, format: &str, file: &str, agents: bool) -> String {
    let target = out.join(file);
    let mut extra = vec!["--map", MAP];
    if agents {
        extra.extend([
            "--inventory",
            "sample-data/inventory.yaml",
            "--exposure",
            out.to_str().unwrap(),
        ]);
    }
    let r = run_export(
        format,
        out.to_str().unwrap(),
        &extra,
        target.to_str().unwrap(),
    );
    assert_eq!(r.code, 0, "export {format}\n{}", r.stderr);
    assert!(
        r.stderr.contains("exported 11 resources"),
        "summary on stderr: {}",
        r.stderr
    );
    assert!(!r.stderr.contains("note:"), "{}", r.stderr);
    std::fs::read_to_string(target).unwrap()
}

/// Compares `actual` with tests/snapshots/export/NAME, or rewrites it when
/// UPDATE_SNAPSHOTS is set.
fn check_snapshot(name: &str, actual: &str) {
    let path = repo().join("tests/snapshots/export").join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v != "0") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run UPDATE_SNAPSHOTS=1 cargo test --test export",
            path.display()
        )
    });
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "{} differs from the export at line {}:\n  expected: {:?}\n  actual:   {:?}\n\
             (UPDATE_SNAPSHOTS=1 cargo test --test export rewrites it)",
            path.display(),
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

#[test]
fn every_format_matches_its_snapshot_and_is_deterministic() {
    let (_d, out) = audit_sample();
    let opa = export(&out, "opa", "datareach.json", true);
    check_snapshot("opa.json", &opa);
    let cedar = export(&out, "cedar", "entities.json", true);
    check_snapshot("cedar.json", &cedar);
    let csv = export(&out, "tags", "tags.csv", false);
    check_snapshot("tags.csv", &csv);
    let json = export(&out, "tags", "tags.json", false);
    check_snapshot("tags.json", &json);
    let bh = export(&out, "bloodhound", "bloodhound.json", true);
    check_snapshot("bloodhound.json", &bh);
    // A second run, to stdout this time, gives the same bytes.
    let r = run_export(
        "opa",
        out.to_str().unwrap(),
        &[
            "--map",
            MAP,
            "--inventory",
            "sample-data/inventory.yaml",
            "--exposure",
            out.to_str().unwrap(),
        ],
        "-",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, opa);
}

#[test]
fn tags_are_the_labels_of_objects_and_columns() {
    let (_d, out) = audit_sample();
    let csv = export(&out, "tags", "tags.csv", false);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("resource,column,tag"));
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    let has = |res: &str, col: &str, tag: &str| {
        rows.iter()
            .any(|r| r[0] == format!("s3://acme-lake/{res}") && r[1] == col && r[2] == tag)
    };
    assert!(has("clinical/notes-0001.txt", "", "PHI"));
    assert!(has("clinical/notes-0001.txt", "", "PHI.ICD10_CODE"));
    assert!(has("crm/customers.csv", "ssn", "PII.US_SSN"));
    assert!(has("crm/customers.csv", "card_number", "FINANCIAL"));
    assert!(!has("crm/customers.csv", "email", "FINANCIAL"));
    assert!(!rows.iter().any(|r| r[0].ends_with("press-release.txt")));
    assert!(
        !rows.iter().any(|r| r[1] == "customer_id"),
        "clean columns have no row"
    );
    // Every row agrees with labels.jsonl: each type tag is a type of that object or column.
    let labels = std::fs::read_to_string(out.join("labels.jsonl")).unwrap();
    for r in &rows {
        let Some((_, ty)) = r[2].split_once('.') else {
            continue;
        };
        let path = r[0].trim_start_matches("s3://acme-lake/");
        let col = if r[1].is_empty() {
            serde_json::Value::Null
        } else {
            r[1].into()
        };
        assert!(
            labels.lines().any(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                v["path"] == path && v["column"] == col && v["types"].get(ty).is_some()
            }),
            "{r:?} not in labels.jsonl"
        );
    }
}

/// The first fenced block of `lang` in the README's "Feeding policy engines" section.
fn readme_block(lang: &str) -> String {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let start = readme
        .find("\n## Feeding policy engines\n")
        .expect("README section");
    let section = &readme[start + 1..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |i| i + 3)];
    let fence = format!("\n```{lang}\n");
    let i = section
        .find(&fence)
        .unwrap_or_else(|| panic!("no {lang} block"))
        + fence.len();
    let n = section[i..].find("\n```\n").expect("closed block");
    section[i..i + n + 1].to_string()
}

mod rego {
    use super::*;
    use serde_json::{json, Value};

    struct Policy(regorus::Engine);

    impl Policy {
        fn load(opa_export: &str) -> Policy {
            let mut e = regorus::Engine::new();
            e.add_policy("authz.rego".into(), readme_block("rego"))
                .expect("README policy compiles");
            e.add_data_json(&format!("{{\"datareach\": {opa_export}}}"))
                .expect("export loads as data.datareach");
            Policy(e)
        }

        fn eval(&mut self, input: Value, rule: &str) -> Value {
            self.0.set_input_json(&input.to_string()).unwrap();
            let v = self.0.eval_rule(format!("data.authz.{rule}")).unwrap();
            serde_json::from_str(&v.to_json_str().unwrap()).unwrap()
        }

        /// (allow, deny messages) for `agent` reading `resource` (`path` or `path#column`).
        fn decide(&mut self, agent: &str, resource: &str) -> (bool, Vec<String>) {
            let (path, column) = match resource.split_once('#') {
                Some((p, c)) => (p, Some(c)),
                None => (resource, None),
            };
            let mut input = json!({"agent": agent, "resource": format!("s3://acme-lake/{path}")});
            if let Some(c) = column {
                input["column"] = c.into();
            }
            let allow = self.eval(input.clone(), "allow");
            let deny = self.eval(input, "deny");
            let deny = deny
                .as_array()
                .unwrap_or_else(|| panic!("deny is a set: {deny}"))
                .iter()
                .map(|m| m.as_str().unwrap().to_string())
                .collect();
            (allow == json!(true), deny)
        }
    }

    #[test]
    fn readme_policy_decides_on_the_exported_labels() {
        let (_d, out) = audit_sample();
        let mut p = Policy::load(&export(&out, "opa", "datareach.json", true));

        let (allow, deny) = p.decide("support-bot", "clinical/notes-0001.txt");
        assert!(!allow, "PHI outside support-bot's scope");
        assert!(
            deny.iter().any(|m| m.contains("ICD10_CODE (PHI)")),
            "{deny:?}"
        );
        let (allow, deny) = p.decide("support-bot", "public/press-release.txt");
        assert!(allow, "a clean object is allowed: {deny:?}");

        // Column labels: the email column is PII only, the card column is not.
        let (allow, deny) = p.decide("support-bot", "crm/customers.csv#email");
        assert!(allow, "{deny:?}");
        let (allow, deny) = p.decide("support-bot", "crm/customers.csv#card_number");
        assert!(!allow);
        assert!(
            deny.iter()
                .any(|m| m.contains("CREDIT_CARD_NUMBER (FINANCIAL)")),
            "{deny:?}"
        );
        let (allow, _) = p.decide("support-bot", "crm/customers.csv");
        assert!(!allow, "the whole table holds card numbers");
        let (allow, deny) = p.decide("analytics-agent", "crm/customers.csv");
        assert!(allow, "PII and FINANCIAL are in its scope: {deny:?}");

        let (allow, deny) = p.decide("support-bot", "never-scanned.txt");
        assert!(!allow);
        assert!(deny[0].contains("no labels"), "{deny:?}");
        let (allow, deny) = p.decide("support-bot", "crm/customers.csv#no_such_column");
        assert!(!allow);
        assert!(
            deny[0].contains("customers.csv#no_such_column has no labels"),
            "{deny:?}"
        );

        let phi = |p: &mut Policy, path: &str| {
            p.0.set_input_json(&json!({"resource": format!("s3://acme-lake/{path}")}).to_string())
                .unwrap();
            p.0.eval_bool_query("data.authz.holds(\"PHI\")".into(), false)
                .unwrap_or(false)
        };
        assert!(phi(&mut p, "clinical/notes-0002.txt.gz"));
        assert!(!phi(&mut p, "crm/customers.csv"));
    }

    #[test]
    fn violations_come_from_the_exposure() {
        let (_d, out) = audit_sample();
        let mut p = Policy::load(&export(&out, "opa", "datareach.json", true));
        let v = p.eval(json!({"agent": "support-bot"}), "violations");
        assert!(
            v.as_array()
                .unwrap()
                .contains(&json!("s3://acme-lake/support/tickets-2026-11.txt")),
            "support tickets hold card numbers: {v}"
        );
        assert!(
            !v.as_array()
                .unwrap()
                .contains(&json!("s3://acme-lake/crm/customers.csv#email")),
            "{v}"
        );
        // Without --exposure there is no reach, hence no violation.
        let mut p = Policy::load(&export(&out, "opa", "labels-only.json", false));
        let v = p.eval(json!({"agent": "support-bot"}), "violations");
        assert_eq!(v, json!([]), "{v}");
    }
}

mod cedar {
    use super::*;
    use cedar_policy::{
        Authorizer, Context, Decision, Entities, EntityUid, PolicySet, Request, Schema,
        ValidationMode, Validator,
    };
    use std::str::FromStr;

    struct Env {
        schema: Schema,
        entities: Entities,
        policies: PolicySet,
    }

    impl Env {
        fn load(entities_json: &str) -> Env {
            let (schema, _) = Schema::from_cedarschema_str(&readme_block("cedarschema"))
                .expect("README schema parses");
            let entities = Entities::from_json_str(entities_json, Some(&schema))
                .unwrap_or_else(|e| panic!("export conforms to the schema: {e}"));
            let policies = PolicySet::from_str(&readme_block("cedar")).expect("README policies");
            let v = Validator::new(schema.clone()).validate(&policies, ValidationMode::Strict);
            assert!(
                v.validation_passed(),
                "README policies validate against the schema: {:?}",
                v.validation_errors()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
            );
            Env {
                schema,
                entities,
                policies,
            }
        }

        fn decide(&self, agent: &str, action: &str, resource: &str) -> Decision {
            let uid = |s: String| EntityUid::from_str(&s).unwrap();
            let req = Request::new(
                uid(format!("DataReach::Agent::{agent:?}")),
                uid(format!("DataReach::Action::{action:?}")),
                uid(format!(
                    "DataReach::Resource::\"s3://acme-lake/{resource}\""
                )),
                Context::empty(),
                Some(&self.schema),
            )
            .unwrap();
            let resp = Authorizer::new().is_authorized(&req, &self.policies, &self.entities);
            let errors: Vec<String> = resp.diagnostics().errors().map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{agent} {action} {resource}: {errors:?}");
            resp.decision()
        }
    }

    #[test]
    fn readme_policies_decide_on_the_exported_entities() {
        let (_d, out) = audit_sample();
        let env = Env::load(&export(&out, "cedar", "entities.json", true));
        let (allow, deny) = (Decision::Allow, Decision::Deny);

        assert_eq!(
            env.decide("support-bot", "read", "clinical/notes-0001.txt"),
            deny
        );
        assert_eq!(
            env.decide("migration-2025", "read", "clinical/notes-0001.txt"),
            allow
        );
        assert_eq!(
            env.decide("support-bot", "read", "public/press-release.txt"),
            allow
        );
        // Column entities carry their own labels.
        assert_eq!(
            env.decide("support-bot", "read", "crm/customers.csv#email"),
            allow
        );
        assert_eq!(
            env.decide("support-bot", "read", "crm/customers.csv#card_number"),
            deny
        );
        assert_eq!(
            env.decide("analytics-agent", "read", "crm/customers.csv#card_number"),
            allow
        );
        assert_eq!(
            env.decide("support-bot", "read", "support/tickets-2026-11.txt"),
            deny
        );
        // Delegation: report-writer is below analytics-agent.
        assert_eq!(
            env.decide("report-writer", "share", "crm/customers.csv"),
            deny
        );
        assert_eq!(
            env.decide("report-writer", "share", "public/press-release.txt"),
            allow
        );
        assert_eq!(
            env.decide("billing-agent", "share", "crm/customers.csv"),
            allow
        );
    }

    #[test]
    fn agents_carry_owner_scope_roles_and_reach() {
        let (_d, out) = audit_sample();
        let env = Env::load(&export(&out, "cedar", "entities.json", true));
        let agent = env
            .entities
            .get(&EntityUid::from_str("DataReach::Agent::\"report-writer\"").unwrap())
            .expect("report-writer");
        assert_eq!(
            agent.attr("owner").unwrap().unwrap(),
            cedar_policy::EvalResult::String("data-platform-team".into())
        );
        let role = EntityUid::from_str("DataReach::Role::\"publisher\"").unwrap();
        let parent = EntityUid::from_str("DataReach::Agent::\"analytics-agent\"").unwrap();
        let ancestors: Vec<EntityUid> = env
            .entities
            .ancestors(&agent.uid())
            .unwrap()
            .cloned()
            .collect();
        assert!(
            ancestors.contains(&role) && ancestors.contains(&parent),
            "{ancestors:?}"
        );
        let reach = format!("{:?}", agent.attr("reachable_categories").unwrap().unwrap());
        assert!(reach.contains("PII"), "{reach}");
    }
}

#[test]
fn input_errors_exit_3_with_a_clear_message() {
    let d = Dir::new();
    let missing = d.path().join("no-such-scan");
    let out = d.path().join("x.json");
    let to = out.to_str().unwrap();
    let r = run_export("opa", missing.to_str().unwrap(), &[], to);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(
        r.stderr.contains("labels: ") && r.stderr.contains("no-such-scan"),
        "{}",
        r.stderr
    );
    assert!(!out.exists());

    let labels = d.write(
        "scan/labels.jsonl",
        "{\"root\":\"lake\",\"path\":\"a.txt\",\"types\":{},\"categories\":[]}\n",
    );
    let labels = labels.to_str().unwrap();
    let r = run_export("tags", labels, &["--map", "lake"], to);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("invalid mapping 'lake'"), "{}", r.stderr);

    let r = run_export("ranger", labels, &[], to);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("ranger"), "{}", r.stderr);

    let bad = d.write("exp/exposure.json", "{\"agents\": [\n  {\"owner\": 1}\n]}");
    let r = run_export("cedar", labels, &["--exposure", bad.to_str().unwrap()], to);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("exposure.json:2:"), "{}", r.stderr);

    let inv = d.write("inv.yaml", "agents:\n  - id: a\n    ownr: x\n");
    let r = run_export("cedar", labels, &["--inventory", inv.to_str().unwrap()], to);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("inv.yaml:3:"), "{}", r.stderr);
    assert!(!out.exists(), "nothing written on error");
}

#[test]
fn a_map_that_matches_no_root_is_noted() {
    let d = Dir::new();
    let labels = d.write(
        "scan/labels.jsonl",
        "{\"root\":\"lake\",\"path\":\"a.txt\",\"types\":{\"US_SSN\":1},\"categories\":[\"PII\"]}\n",
    );
    let out = d.path().join("tags.csv");
    let r = run_export(
        "tags",
        labels.to_str().unwrap(),
        &["--map", "data/lake=s3://lake"],
        out.to_str().unwrap(),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("note: --map data/lake=s3://lake matches no scanned root"),
        "{}",
        r.stderr
    );
    assert!(d.read("tags.csv").contains("file://"));
}

/// The BloodHound graph is well formed (every edge ends on a node) and says
/// what the exposure says: one `CanRead` edge per agent and dataset it reads.
#[test]
fn bloodhound_graph_is_consistent_with_the_exposure() {
    let (_d, out) = audit_sample();
    let doc: serde_json::Value =
        serde_json::from_str(&export(&out, "bloodhound", "bh.json", true)).unwrap();
    let exposure: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("exposure.json")).unwrap()).unwrap();
    let nodes = doc["graph"]["nodes"].as_array().unwrap();
    let ids: std::collections::BTreeSet<&str> =
        nodes.iter().map(|n| n["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), nodes.len(), "node ids are unique");
    for n in nodes {
        let kinds = n["kinds"].as_array().unwrap();
        assert_eq!(kinds.last().unwrap(), "DataReach", "{n}");
    }
    let edges = doc["graph"]["edges"].as_array().unwrap();
    for e in edges {
        for end in ["start", "end"] {
            assert_eq!(e[end]["match_by"], "id");
            let v = e[end]["value"].as_str().unwrap();
            assert!(ids.contains(v), "edge {e} ends on unknown node {v}");
        }
    }
    let mut expected = std::collections::BTreeSet::new();
    for a in exposure["agents"].as_array().unwrap() {
        for r in a["reach"].as_array().unwrap() {
            if r["actions"].as_array().unwrap().iter().any(|x| x == "read") {
                expected.insert(format!(
                    "agent:{} -> dataset:{}",
                    a["id"].as_str().unwrap(),
                    r["resource"].as_str().unwrap()
                ));
            }
        }
    }
    let reads: std::collections::BTreeSet<String> = edges
        .iter()
        .filter(|e| e["kind"] == "CanRead")
        .map(|e| {
            format!(
                "{} -> {}",
                e["start"]["value"].as_str().unwrap(),
                e["end"]["value"].as_str().unwrap()
            )
        })
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(reads, expected);
    // Owners and delegation from the inventory.
    assert!(edges.iter().any(|e| e["kind"] == "OwnedBy"));
    assert!(edges.iter().any(|e| e["kind"] == "DelegatesTo"));
    let phi = nodes
        .iter()
        .filter(|n| n["kinds"][0] == "DRDataset" && n["properties"]["phi"] == true)
        .count();
    assert!(phi > 0, "the sample lake has PHI datasets");
}
