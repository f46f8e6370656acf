//! Correlator benchmark with a synthetic generator.
//!
//! Default size: 1,000 agents, 10,000 grants, 100,000 labelled objects.
//! `DATAREACH_BENCH_FULL=1`: 10,000 agents, 100,000 grants, 1,000,000 objects.
//! `DATAREACH_BENCH_DUMP=DIR`: also write the generated data as CSV for
//! `benches/correlate_duckdb.py` (the same join in DuckDB).
//! `DATAREACH_BENCH_ONCE=1`: one timed run with phase timings, no criterion.

use criterion::{criterion_group, criterion_main, Criterion};
use datareach::correlate::{
    index::LabelIndex, inventory::Inventory, parse_date, Exposure, ExposureOptions, LabelRecord,
    UriMapper,
};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;
use std::time::Instant;

struct Size {
    agents: usize,
    grants: usize,
    objects: usize,
}

fn size() -> Size {
    if std::env::var_os("DATAREACH_BENCH_FULL").is_some() {
        Size {
            agents: 10_000,
            grants: 100_000,
            objects: 1_000_000,
        }
    } else {
        Size {
            agents: 1_000,
            grants: 10_000,
            objects: 100_000,
        }
    }
}

mod util;
use util::Rng;

const TYPES: &[&str] = &[
    "EMAIL_ADDRESS",
    "US_SSN",
    "PHONE_NUMBER",
    "US_NPI",
    "MEDICAL_RECORD_NUMBER",
    "CREDIT_CARD_NUMBER",
    "IBAN_CODE",
];
const B: usize = 10; // buckets-as-prefixes
const D: usize = 100; // directories per bucket
const F: usize = 10; // files per leaf directory

/// Path of object `n`: b{b}/d{d}/e{e}/f{f}.csv (f0 is a parquet table with columns).
fn obj_path(n: usize, e_count: usize) -> (usize, usize, usize, usize) {
    let f = n % F;
    let e = (n / F) % e_count;
    let d = (n / F / e_count) % D;
    let b = n / F / e_count / D;
    (b, d, e, f)
}

fn file_name(f: usize) -> String {
    if f == 0 {
        "f0.parquet".into()
    } else {
        format!("f{f}.csv")
    }
}

/// (grant id, principal, effect, actions, expired, lo, hi, like) for the DuckDB dump.
type GrantRow = (
    String,
    String,
    &'static str,
    u8,
    bool,
    String,
    String,
    String,
);

struct Generated {
    labels: Vec<LabelRecord>,
    inventory: String,
    // for the DuckDB dump: (grant id, principal, effect, actions, expired, lo, hi, like)
    grant_rows: Vec<GrantRow>,
    agent_principals: Vec<(String, String)>,
}

fn generate(sz: &Size) -> Generated {
    let mut rng = Rng(0x9E3779B97F4A7C15);
    let e_count = (sz.objects / (B * D * F)).max(1);
    let n_obj = B * D * e_count * F;
    let mut labels = Vec::with_capacity(n_obj * 12 / 10);
    for n in 0..n_obj {
        let (b, d, e, f) = obj_path(n, e_count);
        let path = format!("b{b}/d{d}/e{e}/{}", file_name(f));
        let mut types = BTreeMap::new();
        if rng.below(10) < 3 {
            types.insert(
                TYPES[rng.below(TYPES.len())].to_string(),
                1 + rng.below(50) as u64,
            );
        }
        let rec = LabelRecord {
            root: "lake".into(),
            path: path.clone(),
            types: types.clone(),
            ..Default::default()
        };
        labels.push(rec);
        if f == 0 {
            let mut em = BTreeMap::new();
            em.insert("EMAIL_ADDRESS".to_string(), 10);
            labels
                .last_mut()
                .unwrap()
                .types
                .insert("EMAIL_ADDRESS".into(), 10);
            labels.push(LabelRecord {
                root: "lake".into(),
                path: path.clone(),
                column: Some("email".into()),
                types: em,
                ..Default::default()
            });
            labels.push(LabelRecord {
                root: "lake".into(),
                path,
                column: Some("id".into()),
                ..Default::default()
            });
        }
    }
    let n_roles = (sz.agents / 10).max(1);
    let role_grants = 10;
    let direct = sz.grants.saturating_sub(n_roles * role_grants);
    let mut inv = String::with_capacity(sz.grants * 120);
    inv.push_str("owners:\n");
    for o in 0..100 {
        let _ = writeln!(
            inv,
            "  - {{id: owner{o}, status: {}}}",
            if o % 20 == 0 { "departed" } else { "active" }
        );
    }
    inv.push_str("agents:\n");
    let mut agent_principals = Vec::new();
    for a in 0..sz.agents {
        let r1 = rng.below(n_roles);
        let r2 = rng.below(n_roles);
        let parent = if a > 10 && rng.below(5) == 0 {
            format!(", delegated_from: agent{}", rng.below(a))
        } else {
            String::new()
        };
        let owner = if rng.below(50) == 0 {
            String::new()
        } else {
            format!(", owner: owner{}", rng.below(100))
        };
        let _ = writeln!(
            inv,
            "  - {{id: agent{a}{owner}, data_scope: [PII], credential: cred{}, roles: [role{r1}, role{r2}]{parent}}}",
            rng.below(sz.agents * 9 / 10 + 1)
        );
        agent_principals.push((format!("agent{a}"), format!("agent{a}")));
        agent_principals.push((format!("agent{a}"), format!("role{r1}")));
        if r2 != r1 {
            agent_principals.push((format!("agent{a}"), format!("role{r2}")));
        }
    }
    let mut grant_rows = Vec::new();
    let pattern = |rng: &mut Rng, for_role: bool| -> (String, String, String, String) {
        let (b, d, e, f) = (rng.below(B), rng.below(D), rng.below(e_count), rng.below(F));
        let roll = rng.below(1000);
        let roll = if for_role { roll.max(450) } else { roll };
        if roll < 450 {
            let u = format!("s3://lake/b{b}/d{d}/e{e}/{}", file_name(f));
            (u.clone(), u.clone(), format!("{u}\u{1}"), u)
        } else if roll < 700 {
            let p = format!("s3://lake/b{b}/d{d}/e{e}/");
            (
                format!("{p}*.csv"),
                p.clone(),
                format!("{p}\u{7f}"),
                format!("{p}%.csv"),
            )
        } else if roll < 940 {
            let p = format!("s3://lake/b{b}/d{d}/");
            (
                format!("{p}**"),
                p.clone(),
                format!("{p}\u{7f}"),
                format!("{p}%"),
            )
        } else if roll < 990 {
            let u = format!("s3://lake/b{b}/d{d}/e{e}/f0.parquet");
            (
                format!("{u}#email"),
                u.clone(),
                format!("{u}\u{1}"),
                format!("{u}#email"),
            )
        } else if roll < 998 {
            let p = format!("s3://lake/b{b}/");
            (
                format!("{p}**"),
                p.clone(),
                format!("{p}\u{7f}"),
                format!("{p}%"),
            )
        } else {
            let u = format!("https://partner{}.example/**", rng.below(10));
            (u.clone(), u.clone(), u.clone(), "https://%".into())
        }
    };
    inv.push_str("roles:\n");
    for r in 0..n_roles {
        let _ = writeln!(inv, "  - id: role{r}\n    grants:");
        for k in 0..role_grants {
            let (p, lo, hi, like) = pattern(&mut rng, true);
            let _ = writeln!(inv, "      - {{actions: [read], resources: [\"{p}\"]}}");
            grant_rows.push((
                format!("role{r}#{}", k + 1),
                format!("role{r}"),
                "allow",
                1u8,
                false,
                lo,
                hi,
                like,
            ));
        }
    }
    inv.push_str("grants:\n");
    for g in 0..direct {
        let a = rng.below(sz.agents);
        let (p, lo, hi, like) = pattern(&mut rng, false);
        let deny = rng.below(20) == 0;
        let expired = rng.below(30) == 0;
        let write = rng.below(5) == 0 || p.starts_with("https");
        let actions = if write { "[read, write]" } else { "[read]" };
        let _ = writeln!(
            inv,
            "  - {{id: g{g}, principal: agent{a}, effect: {}, actions: {actions}, resources: [\"{p}\"]{}}}",
            if deny { "deny" } else { "allow" },
            if expired { ", expires: 2020-01-01" } else { "" }
        );
        grant_rows.push((
            format!("g{g}"),
            format!("agent{a}"),
            if deny { "deny" } else { "allow" },
            if write { 3 } else { 1 },
            expired,
            lo,
            hi,
            like,
        ));
    }
    inv.push_str("destinations: [\"https://**\"]\n");
    Generated {
        labels,
        inventory: inv,
        grant_rows,
        agent_principals,
    }
}

fn dump(g: &Generated, ix: &LabelIndex, dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    let mut w = std::io::BufWriter::new(std::fs::File::create(dir.join("objects.csv")).unwrap());
    writeln!(w, "uri,regulated,findings").unwrap();
    for o in &ix.objs {
        let n: u64 = o.types.iter().map(|t| t.1).sum();
        writeln!(w, "{},{},{}", o.uri, o.is_regulated() as u8, n).unwrap();
    }
    let mut w = std::io::BufWriter::new(std::fs::File::create(dir.join("grants.csv")).unwrap());
    writeln!(w, "id,principal,effect,actions,expired,lo,hi,pat").unwrap();
    for (id, p, e, a, x, lo, hi, like) in &g.grant_rows {
        writeln!(w, "{id},{p},{e},{a},{x},{lo},{hi},{like}").unwrap();
    }
    let mut w =
        std::io::BufWriter::new(std::fs::File::create(dir.join("agent_principals.csv")).unwrap());
    writeln!(w, "agent,principal").unwrap();
    for (a, p) in &g.agent_principals {
        writeln!(w, "{a},{p}").unwrap();
    }
}

fn setup() -> (Generated, Inventory, ExposureOptions) {
    let sz = size();
    let t = Instant::now();
    let g = generate(&sz);
    let inv = Inventory::parse(&g.inventory, false, Path::new("bench-inventory.yaml")).unwrap();
    eprintln!(
        "generated {} label lines, {} agents, {} grants in {:.2?}",
        g.labels.len(),
        inv.agents.len(),
        inv.grants.len(),
        t.elapsed()
    );
    let opts = ExposureOptions::new(
        parse_date("2026-05-01").unwrap(),
        UriMapper::new(vec![("lake".into(), "s3://lake".into())]),
    );
    (g, inv, opts)
}

fn once() {
    let (g, inv, opts) = setup();
    let t = Instant::now();
    let ix = LabelIndex::build(&g.labels, &opts.mapper);
    let t_index = t.elapsed();
    if let Some(dir) = std::env::var_os("DATAREACH_BENCH_DUMP") {
        dump(&g, &ix, Path::new(&dir));
    }
    let t = Instant::now();
    let rep = Exposure::compute_indexed(ix, &inv, &opts).unwrap();
    let t_compute = t.elapsed();
    let reach_pairs: u64 = rep.agents.iter().map(|a| a.totals.objects).sum();
    let reg: u64 = rep.agents.iter().map(|a| a.totals.regulated_objects).sum();
    eprintln!(
        "index build {t_index:.2?}; reach + totals + findings {t_compute:.2?}; total {:.2?}",
        t_index + t_compute
    );
    eprintln!(
        "{} (agent, object) reach pairs ({} regulated), {} findings",
        reach_pairs,
        reg,
        rep.findings.len()
    );
}

fn bench(c: &mut Criterion) {
    if std::env::var_os("DATAREACH_BENCH_ONCE").is_some() {
        once();
        return;
    }
    let (g, inv, opts) = setup();
    let mut group = c.benchmark_group("correlate");
    group.sample_size(10);
    group.bench_function("index_build", |b| {
        b.iter(|| LabelIndex::build(&g.labels, &opts.mapper))
    });
    group.bench_function("exposure_compute", |b| {
        b.iter(|| Exposure::compute(&g.labels, &inv, &opts).unwrap())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
