//! Grant connector benchmark: `connectors::load` on a generated
//! `aws iam get-account-authorization-details` export of 5,000 roles with
//! 50,000 policy statements (40,000 inline, 10,000 in 1,000 managed
//! policies; each role attaches two), 10% of the roles tagged as agents,
//! boundaries, conditions, denies, NotAction and trust policies.
//!
//! `DATAREACH_BENCH_ONCE=1`: one timed run (no criterion), printing the
//! counts; otherwise criterion with 10 samples.

use criterion::{criterion_group, criterion_main, Criterion};
use datareach::correlate::connectors::{self, ConnectorOptions, GrantSpec};
use serde_json::{json, Value};
use std::time::Instant;

const ROLES: usize = 5_000;
const INLINE_PER_ROLE: usize = 8;
const MANAGED: usize = 1_000;
const PER_MANAGED: usize = 10;
const ACCT: &str = "111122223333";

mod util;
use util::Rng;

fn statement(rng: &mut Rng, sid: String) -> Value {
    let bucket = format!("data-{}", rng.below(200));
    let prefix = ["crm", "hr", "finance", "logs", "clinical", "support"][rng.below(6)];
    let res = format!("arn:aws:s3:::{bucket}/{prefix}/*");
    match rng.below(10) {
        0 => json!({"Sid": sid, "Effect": "Deny", "Action": "s3:GetObject", "Resource": res}),
        1 => {
            json!({"Sid": sid, "Effect": "Allow", "NotAction": ["s3:Delete*", "iam:*"], "Resource": res})
        }
        2 => json!({"Sid": sid, "Effect": "Allow", "Action": ["s3:ListBucket"],
                    "Resource": format!("arn:aws:s3:::{bucket}"),
                    "Condition": {"StringLike": {"s3:prefix": [format!("{prefix}/*")]}}}),
        3 => {
            json!({"Sid": sid, "Effect": "Allow", "Action": ["ec2:Describe*", "logs:PutLogEvents"], "Resource": "*"})
        }
        4 => json!({"Sid": sid, "Effect": "Allow", "Action": "sts:AssumeRole",
                    "Resource": format!("arn:aws:iam::{ACCT}:role/svc-{}", rng.below(ROLES))}),
        5 => json!({"Sid": sid, "Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"],
                    "Resource": [res, format!("arn:aws:s3:::{bucket}/shared/*")],
                    "Condition": {"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}}}),
        _ => {
            json!({"Sid": sid, "Effect": "Allow", "Action": ["s3:Get*", "s3:PutObject"], "Resource": res})
        }
    }
}

/// The export as JSON text.
fn generate() -> String {
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let mut policies = Vec::new();
    for m in 0..MANAGED {
        let stmts: Vec<Value> = (0..PER_MANAGED)
            .map(|s| statement(&mut rng, format!("M{m}S{s}")))
            .collect();
        policies.push(json!({
            "PolicyName": format!("managed-{m}"),
            "Arn": format!("arn:aws:iam::{ACCT}:policy/managed-{m}"),
            "DefaultVersionId": "v2",
            "PolicyVersionList": [
                {"Document": {"Version": "2012-10-17", "Statement": [
                    {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]},
                 "VersionId": "v1", "IsDefaultVersion": false},
                {"Document": {"Version": "2012-10-17", "Statement": stmts},
                 "VersionId": "v2", "IsDefaultVersion": true}
            ]
        }));
    }
    let mut roles = Vec::new();
    for r in 0..ROLES {
        let stmts: Vec<Value> = (0..INLINE_PER_ROLE)
            .map(|s| statement(&mut rng, format!("R{r}S{s}")))
            .collect();
        let agent = r % 10 == 0;
        let mut tags = vec![];
        if agent {
            tags.push(json!({"Key": "agent-id", "Value": format!("agent-{r}")}));
            tags.push(json!({"Key": "owner", "Value": format!("team-{}", r % 37)}));
            tags.push(json!({"Key": "expires", "Value": "2027-06-30"}));
        }
        let trust = match r % 5 {
            0 => {
                json!({"Effect": "Allow", "Principal": {"AWS": format!("arn:aws:iam::{ACCT}:root")}, "Action": "sts:AssumeRole"})
            }
            1 => {
                json!({"Effect": "Allow", "Principal": {"AWS": format!("arn:aws:iam::{ACCT}:role/svc-{}", rng.below(ROLES))},
                        "Action": "sts:AssumeRole", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}})
            }
            _ => {
                json!({"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"})
            }
        };
        let mut role = json!({
            "RoleName": format!("svc-{r}"),
            "Arn": format!("arn:aws:iam::{ACCT}:role/svc-{r}"),
            "CreateDate": "2026-01-01T00:00:00Z",
            "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [trust]},
            "RolePolicyList": [{"PolicyName": "inline", "PolicyDocument": {"Version": "2012-10-17", "Statement": stmts}}],
            "AttachedManagedPolicies": [
                {"PolicyName": "a", "PolicyArn": format!("arn:aws:iam::{ACCT}:policy/managed-{}", rng.below(MANAGED))},
                {"PolicyName": "b", "PolicyArn": format!("arn:aws:iam::{ACCT}:policy/managed-{}", rng.below(MANAGED))}
            ],
            "Tags": tags,
        });
        if agent {
            role["PermissionsBoundary"] = json!({
                "PermissionsBoundaryType": "Policy",
                "PermissionsBoundaryArn": format!("arn:aws:iam::{ACCT}:policy/managed-{}", rng.below(MANAGED))
            });
        }
        roles.push(role);
    }
    json!({"UserDetailList": [], "GroupDetailList": [], "RoleDetailList": roles, "Policies": policies})
        .to_string()
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("authz.json");
    let text = generate();
    std::fs::write(&path, &text).unwrap();
    let spec = GrantSpec::parse(&format!("aws-authz:{}", path.display())).unwrap();
    let opts = ConnectorOptions::default();
    if std::env::var_os("DATAREACH_BENCH_ONCE").is_some() {
        let t = Instant::now();
        let set = connectors::load(&spec, &opts).unwrap();
        let el = t.elapsed();
        println!(
            "aws-authz: {} roles, {} statements, {:.1} MB: {} agents, {} roles, {} grants, {} assume edges, {} notes in {:.2?}",
            ROLES,
            ROLES * INLINE_PER_ROLE + MANAGED * PER_MANAGED,
            text.len() as f64 / 1e6,
            set.agents.len(),
            set.roles.len(),
            set.grants.len(),
            set.assumes.len(),
            set.notes.len(),
            el
        );
        return;
    }
    let mut g = c.benchmark_group("connectors");
    g.sample_size(10);
    g.bench_function("aws-authz 5000 roles 50000 statements", |b| {
        b.iter(|| connectors::load(&spec, &opts).unwrap())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
