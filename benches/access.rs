//! Access audit benchmark: a generated 10-million-event access log (native
//! JSON lines, written to a temporary file) streamed through the audit
//! against 1,000 agents and 100,000 labelled objects.
//!
//! `DATAREACH_BENCH_EVENTS=N`: another log size (default 10,000,000).
//! `DATAREACH_BENCH_ONCE=1`: one timed run with phase timings, no criterion.
//! `DATAREACH_BENCH_DUMP=DIR`: also write labels.jsonl, inventory.yaml and
//! access.jsonl to DIR, to time the release binary on them:
//! `/usr/bin/time -v datareach exposure --labels DIR --inventory DIR/inventory.yaml
//!  --access-log DIR/access.jsonl --as-of 2026-11-30 --out DIR/out`.

use criterion::{criterion_group, criterion_main, Criterion};
use datareach::correlate::access::{read_log, AccessAudit, AccessOptions};
use datareach::correlate::{
    parse_date, Exposure, ExposureOptions, ExposureReport, Inventory, LabelRecord, UriMapper,
};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const AGENTS: usize = 1_000;
const TEAMS: usize = 100;
const OBJECTS_PER_TEAM: usize = 1_000;
/// Objects an agent works on (`DATAREACH_BENCH_WORKING_SET`, default 50):
/// the audit's memory grows with (agent, object) pairs, so the working set
/// decides it, not the number of events.
fn working_set() -> usize {
    std::env::var("DATAREACH_BENCH_WORKING_SET")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(50)
}

fn events() -> u64 {
    std::env::var("DATAREACH_BENCH_EVENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000_000)
}

mod util;
use util::Rng;

fn labels() -> Vec<LabelRecord> {
    let mut out = Vec::with_capacity(TEAMS * OBJECTS_PER_TEAM);
    for t in 0..TEAMS {
        for o in 0..OBJECTS_PER_TEAM {
            let mut types = BTreeMap::new();
            if o % 2 == 0 {
                types.insert("EMAIL_ADDRESS".to_string(), 10 + o as u64);
            }
            if o % 7 == 0 {
                types.insert("US_SSN".to_string(), 3);
            }
            out.push(LabelRecord {
                root: "lake".into(),
                path: format!("team-{t:03}/data/obj-{o:04}.csv"),
                categories: if types.is_empty() {
                    vec![]
                } else {
                    vec!["PII".into()]
                },
                types,
                ..Default::default()
            });
        }
    }
    out
}

fn inventory() -> String {
    let mut s = String::from("owners:\n  - id: owner\nagents:\n");
    for a in 0..AGENTS {
        let cred = if a < 2 {
            "cred-shared".to_string()
        } else {
            format!("cred-{a:04}")
        };
        let expires = if a % 50 == 0 {
            "\n    expires: 2026-11-15"
        } else {
            ""
        };
        let _ = write!(
            s,
            "  - id: agent-{a:04}\n    owner: owner\n    credential: {cred}\n    roles: [team-{:03}]{expires}\n",
            a % TEAMS
        );
    }
    s.push_str("roles:\n");
    for t in 0..TEAMS {
        let _ = write!(
            s,
            "  - id: team-{t:03}\n    grants:\n      - {{ actions: [read], resources: [\"s3://lake/team-{t:03}/**\"] }}\n"
        );
    }
    s.push_str("grants:\n");
    for a in 0..AGENTS {
        let _ = write!(
            s,
            "  - {{ id: w-{a:04}, principal: agent-{a:04}, actions: [write], resources: [\"s3://lake/team-{:03}/data/*.csv\"], expires: 2026-11-20 }}\n  - {{ id: x-{a:04}, principal: agent-{a:04}, actions: [read], resources: [\"s3://lake/archive-{a:04}/**\"] }}\n",
            a % TEAMS
        );
    }
    s
}

/// Writes `n` events: mostly reads of the agent's working set, some writes
/// (allowed until the write grants expire mid-month), reads outside the
/// agent's team (unexplained), unknown and shared credentials.
fn write_log(path: &Path, n: u64) {
    let f = std::fs::File::create(path).unwrap();
    let mut w = std::io::BufWriter::with_capacity(1 << 20, f);
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut line = String::with_capacity(256);
    let ws = working_set();
    let start = 1_793_491_200i64; // 2026-11-01T00:00:00Z
    let (mut day_cached, mut date) = (i64::MIN, String::new());
    for i in 0..n {
        line.clear();
        let a = rng.below(AGENTS);
        let mut team = a % TEAMS;
        let r = rng.below(1000);
        if r < 20 {
            team = (team + 1) % TEAMS;
        }
        let obj = (a * 37 + rng.below(ws) * 19) % OBJECTS_PER_TEAM;
        let secs = start + (i as i64 * 2_592_000 / n as i64);
        let day = secs.div_euclid(86_400);
        if day != day_cached {
            day_cached = day;
            date = chrono::DateTime::from_timestamp(day * 86_400, 0)
                .unwrap()
                .format("%Y-%m-%d")
                .to_string();
        }
        let sod = secs - day * 86_400;
        let _ = write!(
            line,
            "{{\"time\":\"{date}T{:02}:{:02}:{:02}Z\",",
            sod / 3600,
            sod / 60 % 60,
            sod % 60
        );
        if r >= 990 {
            let _ = write!(line, "\"credential\":\"cred-unknown-{}\",", r - 990);
        } else if r >= 900 {
            let _ = write!(line, "\"credential\":\"cred-{a:04}\",");
        } else if a < 2 {
            line.push_str("\"credential\":\"cred-shared\",");
        } else {
            let _ = write!(line, "\"agent\":\"agent-{a:04}\",");
        }
        let action = if r % 20 == 7 { "write" } else { "read" };
        let _ = writeln!(
            line,
            "\"action\":\"{action}\",\"resource\":\"s3://lake/team-{team:03}/data/obj-{obj:04}.csv\",\"bytes\":{}}}",
            512 + r
        );
        w.write_all(line.as_bytes()).unwrap();
    }
    w.flush().unwrap();
}

struct Setup {
    inv: Inventory,
    report: ExposureReport,
    log: PathBuf,
    _dir: tempfile::TempDir,
}

fn setup() -> Setup {
    let n = events();
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("access.jsonl");
    let t = Instant::now();
    write_log(&log, n);
    let size = std::fs::metadata(&log).map(|m| m.len()).unwrap_or(0);
    eprintln!(
        "generated {n} events ({:.0} MB) in {:.2?}",
        size as f64 / 1e6,
        t.elapsed()
    );
    let labels = labels();
    let inv_text = inventory();
    let inv = Inventory::parse(&inv_text, false, Path::new("bench-inventory.yaml")).unwrap();
    let opts = ExposureOptions::new(
        parse_date("2026-11-30").unwrap(),
        UriMapper::new(vec![("lake".into(), "s3://lake".into())]),
    );
    if let Some(d) = std::env::var_os("DATAREACH_BENCH_DUMP") {
        let d = Path::new(&d);
        std::fs::create_dir_all(d).unwrap();
        let mut w = std::io::BufWriter::new(std::fs::File::create(d.join("labels.jsonl")).unwrap());
        for l in &labels {
            serde_json::to_writer(&mut w, l).unwrap();
            w.write_all(b"\n").unwrap();
        }
        w.flush().unwrap();
        std::fs::write(d.join("inventory.yaml"), &inv_text).unwrap();
        std::fs::copy(&log, d.join("access.jsonl")).unwrap();
    }
    let report = Exposure::compute(&labels, &inv, &opts).unwrap();
    Setup {
        inv,
        report,
        log,
        _dir: dir,
    }
}

fn audit(s: &Setup) -> datareach::correlate::access::AccessResult {
    let mut audit = AccessAudit::new(&s.report, &s.inv, AccessOptions::default());
    read_log(&s.log, &mut audit).unwrap();
    audit.finish()
}

/// This process's CPU seconds (Linux), to report next to wall time on a
/// shared machine; `None` elsewhere.
fn cpu_secs() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split(' ').collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

struct Null(u64);
impl datareach::correlate::access::EventSink for Null {
    fn event(&mut self, ev: &datareach::correlate::access::AccessEvent<'_>) {
        self.0 += ev.time_ms as u64 & 1;
    }
    fn problem(&mut self, _: datareach::correlate::access::LogProblem) {}
}

fn once() {
    let s = setup();
    let cpu = || cpu_secs().unwrap_or(f64::NAN);
    let (t, c) = (Instant::now(), cpu());
    let mut null = Null(0);
    read_log(&s.log, &mut null).unwrap();
    eprintln!(
        "phase: reading and parsing only: {:.2?} wall, {:.2} s CPU ({})",
        t.elapsed(),
        cpu() - c,
        null.0
    );
    let (t, c) = (Instant::now(), cpu());
    let mut a = AccessAudit::new(&s.report, &s.inv, AccessOptions::default());
    read_log(&s.log, &mut a).unwrap();
    eprintln!(
        "phase: ingest (parse, attribute, locate, explain, tally): {:.2?} wall, {:.2} s CPU",
        t.elapsed(),
        cpu() - c
    );
    let (t, c) = (Instant::now(), cpu());
    let _ = a.finish();
    eprintln!(
        "phase: finish (touched, findings, unused grants): {:.2?} wall, {:.2} s CPU",
        t.elapsed(),
        cpu() - c
    );
    let c = cpu();
    let t = Instant::now();
    let r = audit(&s);
    let el = t.elapsed();
    eprintln!(
        "audit of {} events: {el:.2?} wall, {:.2} s CPU ({:.2} M events/s of CPU); {} attributed, {} unattributed, {} findings",
        r.summary.events,
        cpu() - c,
        r.summary.events as f64 / (cpu() - c) / 1e6,
        r.summary.attributed_events,
        r.summary.unattributed_events,
        r.findings.len()
    );
}

fn bench(c: &mut Criterion) {
    if std::env::var_os("DATAREACH_BENCH_ONCE").is_some() {
        once();
        return;
    }
    let s = setup();
    let mut group = c.benchmark_group("access");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(1));
    group.measurement_time(Duration::from_secs(1));
    group.bench_function("audit_10m_events", |b| {
        b.iter_custom(|iters| {
            let t = Instant::now();
            for _ in 0..iters {
                std::hint::black_box(audit(&s));
            }
            t.elapsed()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
