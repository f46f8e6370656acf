//! Rows/s and MB/s of table classification with the full built-in rule set,
//! one thread, every row (`--sample-rows 0`), on a generated 1M-row Parquet
//! table with 10 mixed columns (unique emails, SSNs, phones, cards, NPIs as
//! integers, names, low-cardinality status, free-text notes, floats,
//! timestamps).
//!
//! `cargo bench --bench tables`. The table is written once to
//! `target/bench-tables-1m.parquet` (reused by later runs and usable with the
//! binary for peak RSS: `/usr/bin/time -v datareach scan FILE --sample-rows 0 -j1`).
//! `DATAREACH_BENCH_ROWS` changes the row count.

use arrow::array::{ArrayRef, Float64Array, Int64Array, StringArray, TimestampMillisecondArray};
use arrow::datatypes::{DataType, Field, Schema, TimeUnit};
use arrow::record_batch::RecordBatch;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use datareach::engine::Engine;
use datareach::scan::{self, ObjectResult, ScanOptions, ScanSink};
use parquet::arrow::ArrowWriter;
use parquet::file::properties::WriterProperties;
use std::path::PathBuf;
use std::sync::Arc;

struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

fn luhn_digit(prefix: &str) -> u32 {
    let mut sum = 0;
    for (i, c) in prefix.chars().rev().enumerate() {
        let mut v = c.to_digit(10).unwrap();
        if i % 2 == 0 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    (10 - sum % 10) % 10
}

fn batch(rng: &mut Lcg, start: u64, n: usize) -> RecordBatch {
    let first = [
        "James", "Mary", "Olivia", "Noah", "Priya", "Kenji", "Maria", "John",
    ];
    let last = [
        "Smith", "Garcia", "Chen", "Okafor", "Nguyen", "Johnson", "Rossi", "Brennan",
    ];
    let notes = [
        "Customer asked about the late fee on the last statement",
        "No action needed",
        "Left a voicemail, will try again tomorrow morning",
        "",
    ];
    let mut id = Vec::with_capacity(n);
    let mut email = Vec::with_capacity(n);
    let mut name = Vec::with_capacity(n);
    let mut ssn = Vec::with_capacity(n);
    let mut phone = Vec::with_capacity(n);
    let mut card = Vec::with_capacity(n);
    let mut npi = Vec::with_capacity(n);
    let mut status = Vec::with_capacity(n);
    let mut note = Vec::with_capacity(n);
    let mut amount = Vec::with_capacity(n);
    let mut ts = Vec::with_capacity(n);
    for k in 0..n as u64 {
        let i = start + k;
        let (f, l) = (first[rng.next(8) as usize], last[rng.next(8) as usize]);
        id.push(i as i64);
        email.push(format!(
            "{}.{}{}@mailbox.org",
            f.to_lowercase(),
            l.to_lowercase(),
            i
        ));
        name.push(format!("{f} {l}"));
        ssn.push(format!(
            "{:03}-{:02}-{:04}",
            rng.next(665) + 1,
            rng.next(98) + 1,
            rng.next(9998) + 1
        ));
        phone.push(format!(
            "({}) {}-{:04}",
            201 + rng.next(700),
            201 + rng.next(700),
            rng.next(9999)
        ));
        let prefix = format!("4{:014}", rng.next(100_000_000_000_000));
        card.push(format!("{prefix}{}", luhn_digit(&prefix)));
        let base = format!("1{:08}", rng.next(100_000_000));
        npi.push(
            format!("{base}{}", luhn_digit(&format!("80840{base}")))
                .parse::<i64>()
                .unwrap(),
        );
        status.push(["active", "closed", "pending"][rng.next(3) as usize]);
        note.push(notes[rng.next(4) as usize]);
        amount.push(rng.next(1_000_000) as f64 / 100.0);
        ts.push(1_700_000_000_000 + i as i64 * 1000);
    }
    let cols: Vec<ArrayRef> = vec![
        Arc::new(Int64Array::from(id)),
        Arc::new(StringArray::from(email)),
        Arc::new(StringArray::from(name)),
        Arc::new(StringArray::from(ssn)),
        Arc::new(StringArray::from(phone)),
        Arc::new(StringArray::from(card)),
        Arc::new(Int64Array::from(npi)),
        Arc::new(StringArray::from(status)),
        Arc::new(StringArray::from(note)),
        Arc::new(Float64Array::from(amount)),
        Arc::new(TimestampMillisecondArray::from(ts)),
    ];
    RecordBatch::try_new(schema(), cols).unwrap()
}

fn schema() -> Arc<Schema> {
    let s = |n: &str| Field::new(n, DataType::Utf8, false);
    Arc::new(Schema::new(vec![
        Field::new("id", DataType::Int64, false),
        s("email"),
        s("customer_name"),
        s("ssn"),
        s("phone"),
        s("card_number"),
        Field::new("npi", DataType::Int64, false),
        s("status"),
        s("notes"),
        Field::new("amount", DataType::Float64, false),
        Field::new(
            "created_at",
            DataType::Timestamp(TimeUnit::Millisecond, None),
            false,
        ),
    ]))
}

fn table(rows: usize) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join(format!("bench-tables-{rows}.parquet"));
    if path.exists() {
        return path;
    }
    let tmp = path.with_extension("tmp");
    let file = std::fs::File::create(&tmp).unwrap();
    let props = WriterProperties::builder()
        .set_max_row_group_size(128 * 1024)
        .build();
    let mut w = ArrowWriter::try_new(file, schema(), Some(props)).unwrap();
    let mut rng = Lcg(0x2545_F491_4F6C_DD1D);
    let mut done = 0;
    while done < rows {
        let n = (rows - done).min(65536);
        w.write(&batch(&mut rng, done as u64, n)).unwrap();
        done += n;
    }
    w.close().unwrap();
    std::fs::rename(&tmp, &path).unwrap();
    path
}

/// Drops results (findings are still serialized, as in a real scan).
struct Discard(u64);
impl ScanSink for Discard {
    fn object(&mut self, r: ObjectResult) -> datareach::error::Result<()> {
        self.0 += r.findings.len();
        Ok(())
    }
}

fn bench(c: &mut Criterion) {
    let rows: usize = std::env::var("DATAREACH_BENCH_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let path = table(rows);
    let bytes = std::fs::metadata(&path).unwrap().len();
    let engine = Engine::builtin().unwrap();
    let opts = ScanOptions {
        roots: vec![path.clone()],
        threads: 1,
        sample_rows: 0,
        ..ScanOptions::default()
    };
    let run = || {
        let mut sink = Discard(0);
        scan::run(&engine, &opts, &mut sink, None).unwrap();
        sink.0
    };
    let mut g = c.benchmark_group("tables");
    g.sample_size(10);
    g.throughput(Throughput::Elements(rows as u64));
    g.bench_function("parquet_1m_rows_all_rows", |b| b.iter(run));
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("parquet_1m_bytes_all_rows", |b| b.iter(run));
    let sampled = ScanOptions {
        sample_rows: datareach::tables::DEFAULT_SAMPLE_ROWS,
        ..opts.clone()
    };
    g.throughput(Throughput::Elements(rows as u64));
    g.bench_function("parquet_1m_default_sample", |b| {
        b.iter(|| {
            let mut sink = Discard(0);
            scan::run(&engine, &sampled, &mut sink, None).unwrap();
            sink.0
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
