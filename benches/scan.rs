//! Throughput of the full built-in rule set on mixed text (MB/s), one core.
//!
//! `cargo bench --bench scan`. The text is generated here, deterministic,
//! with about one sensitive value per 250 bytes among prose, log lines and
//! look-alikes (order ids, UUIDs, versions, timestamps).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use datareach::engine::{Engine, Scratch};

fn mixed_text(bytes: usize) -> Vec<u8> {
    // Small deterministic LCG: no rand dependency, same bytes every run.
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move |n: u64| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) % n
    };
    let first = [
        "James", "Mary", "Olivia", "Noah", "Priya", "Kenji", "Maria", "John",
    ];
    let last = [
        "Smith", "Garcia", "Chen", "Okafor", "Nguyen", "Johnson", "Rossi", "Brennan",
    ];
    let prose = [
        "The nightly export finished on time and the row counts match the source system. ",
        "Retrying the request with exponential backoff resolved the intermittent timeout. ",
        "Follow-up scheduled in four weeks; no acute distress observed during the visit. ",
        "Release v4.12.3 rolled out to all regions; see ticket ORD-55123 for details. ",
    ];
    let mut out = Vec::with_capacity(bytes + 256);
    while out.len() < bytes {
        let line = match next(8) {
            0 => format!(
                "Customer {} {} ({}.{}{}@mailbox.org) asked for a refund.\n",
                first[next(8) as usize],
                last[next(8) as usize],
                first[next(8) as usize].to_lowercase(),
                last[next(8) as usize].to_lowercase(),
                next(99)
            ),
            1 => format!(
                "2026-11-20T10:{:02}:{:02}Z ERROR kyc failed ssn={:03}-{:02}-{:04} ip=10.{}.{}.{}\n",
                next(60),
                next(60),
                next(665) + 1,
                next(98) + 1,
                next(9998) + 1,
                next(255),
                next(255),
                next(255)
            ),
            2 => format!(
                "trace={:016x} took {}ms epoch={}\n",
                next(u64::MAX),
                next(500),
                1_600_000_000_000 + next(100_000_000_000)
            ),
            3 => format!("Call me back at ({}) {}-{:04}.\n", 201 + next(700), 201 + next(700), next(9999)),
            _ => prose[next(4) as usize].to_string(),
        };
        out.extend_from_slice(line.as_bytes());
    }
    out
}

fn bench_scan(c: &mut Criterion) {
    let engine = Engine::builtin().expect("built-in rules");
    let text = mixed_text(4 << 20);
    let mut group = c.benchmark_group("scan");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("engine_full_rules_mixed_text_4MiB", |b| {
        let mut scratch = Scratch::default();
        let mut out = Vec::new();
        b.iter(|| {
            out.clear();
            for chunk_start in (0..text.len()).step_by(1 << 20) {
                let lo = chunk_start.saturating_sub(engine.overlap());
                let hi = (chunk_start + (1 << 20) + engine.overlap()).min(text.len());
                let report = (chunk_start - lo)..((chunk_start + (1 << 20)).min(text.len()) - lo);
                engine.scan(&text[lo..hi], report, &mut scratch, &mut out);
            }
            out.len()
        })
    });
    group.bench_function("scan_bytes_with_findings_4MiB", |b| {
        b.iter(|| datareach::scan::scan_bytes(&engine, "bench.txt", &text, false).len())
    });
    group.finish();
}

criterion_group!(benches, bench_scan);
criterion_main!(benches);
