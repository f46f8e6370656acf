//! Hostile input (issue 7): a tree of bad objects side by side with clean
//! files, files changing under the scanner, outputs that must not leak, and
//! stable-Rust property tests standing in for the `fuzz/` targets.
//!
//! Every fixture is generated here; nothing binary is committed.

mod util;

use datareach::engine::Engine;
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;
use util::{datareach, gzip, Dir};

const TICKET: &str = "Ticket opened 2026-11-03\n\
From: Marcus Gilbert <marcus.gilbert@acme-corp.com>\n\
I was charged twice on my card 4526 0181 5908 3012. Call me back at (303) 605-1582.\n\
Verified identity with SSN 571-28-2364 and date of birth 1962-08-04.\n";

const NOTE: &str = "Patient: Lisa Rodriguez, MRN: MR5262767\n\
provider NPI: 1574911867, NHS number 979 711 4716\n\
IBAN: DE62370400440532013001 routing number 029170348, done\n";

fn summary(d: &Dir, out: &str) -> serde_json::Value {
    d.json(&format!("{out}/scan.json"))
}

fn problem<'a>(s: &'a serde_json::Value, path: &str) -> Option<&'a serde_json::Value> {
    s["problems"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["path"] == path)
}

fn findings_under(d: &Dir, out: &str, prefix: &str) -> Vec<serde_json::Value> {
    d.json_lines(&format!("{out}/findings.jsonl"))
        .into_iter()
        .filter(|f| f["path"].as_str().unwrap().starts_with(prefix))
        .collect()
}

fn labels_under(d: &Dir, out: &str, prefix: &str) -> Vec<serde_json::Value> {
    d.json_lines(&format!("{out}/labels.jsonl"))
        .into_iter()
        .filter(|f| f["path"].as_str().unwrap().starts_with(prefix))
        .collect()
}

/// Writes the clean files (same bytes in every tree that holds them).
fn write_clean(d: &Dir, root: &str) {
    d.write(&format!("{root}/clean/a.txt"), TICKET);
    d.write(&format!("{root}/clean/b.log"), NOTE.repeat(50));
    d.write(&format!("{root}/clean/c.txt.gz"), gzip(TICKET.as_bytes()));
    d.write(&format!("{root}/clean/z/d.txt"), format!("{NOTE}{TICKET}"));
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for u in text.encode_utf16() {
        out.extend_from_slice(&if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    out
}

/// A single 100 MB line with findings at its very start and very end.
fn long_line() -> Vec<u8> {
    let head = b"id,note SSN 571-28-2364 ,";
    let tail = b", contact jane.roe@acme-corp.com end";
    let filler = b"lorem ipsum dolor sit amet consectetur,";
    let mut v = Vec::with_capacity(100 << 20);
    v.extend_from_slice(head);
    while v.len() + filler.len() + tail.len() < 100_000_000 {
        v.extend_from_slice(filler);
    }
    v.extend_from_slice(tail);
    v
}

/// Whether this process can bypass directory permissions (root in CI).
fn permissions_do_not_apply(d: &Dir) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let p = d.path().join("probe");
    std::fs::create_dir(&p).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).unwrap();
    let readable = std::fs::read_dir(&p).is_ok();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o700)).unwrap();
    std::fs::remove_dir(&p).unwrap();
    readable
}

/// The name with a newline and bytes that are not UTF-8, and how the scanner
/// writes it (invalid bytes as `\xNN`).
const ODD_NAME: &[u8] = b"we\nird\xff\xfe name.txt";
const ODD_NAME_SHOWN: &str = "bad/we\nird\\xFF\\xFE name.txt";

/// Builds every bad neighbour under `root/bad`. Returns whether a device node
/// was created (needs root).
fn write_bad(d: &Dir, root: &str) -> bool {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::PermissionsExt;
    let bad = d.path().join(root).join("bad");
    std::fs::create_dir_all(&bad).unwrap();
    let mut rows = String::new();
    for i in 0..2000 {
        rows.push_str(&format!("row {i} SSN 571-28-{:04} filler\n", 1000 + i));
    }
    let gz = gzip(rows.as_bytes());
    d.write(&format!("{root}/bad/truncated.txt.gz"), &gz[..gz.len() / 2]);
    d.write(
        &format!("{root}/bad/bomb.txt.gz"),
        gzip("0".repeat(8 << 20).as_bytes()),
    );
    d.write(&format!("{root}/bad/long.csv"), long_line());
    let mut latin1 = b"Kunde M\xfcller \xff\xfe\xc3( SSN 145-08-8693 \x80\x80\n".to_vec();
    latin1.extend_from_slice(TICKET.as_bytes());
    d.write(&format!("{root}/bad/latin1.txt"), latin1);
    d.write(&format!("{root}/bad/utf16le.txt"), utf16(TICKET, false));
    d.write(&format!("{root}/bad/utf16be.txt"), utf16(TICKET, true));
    // Without a byte-order mark, as some Windows tools write it.
    d.write(
        &format!("{root}/bad/utf16le-no-bom.txt"),
        &utf16(TICKET, false)[2..],
    );
    d.write(
        &format!("{root}/bad/utf16be-no-bom.txt"),
        &utf16(TICKET, true)[2..],
    );
    d.write(&format!("{root}/bad/empty.txt"), b"");
    d.write(&format!("{root}/bad/noperm/secret.txt"), TICKET);
    std::fs::set_permissions(bad.join("noperm"), std::fs::Permissions::from_mode(0o000)).unwrap();
    std::os::unix::fs::symlink("..", bad.join("loop")).unwrap();
    std::os::unix::fs::symlink("nowhere", bad.join("dangling")).unwrap();
    let ok = std::process::Command::new("mkfifo")
        .arg(bad.join("fifo"))
        .status()
        .unwrap();
    assert!(ok.success());
    std::fs::write(
        bad.join(std::ffi::OsStr::from_bytes(ODD_NAME)),
        TICKET.as_bytes(),
    )
    .unwrap();
    // A character device (like /dev/null) needs root; skipped otherwise.
    std::process::Command::new("mknod")
        .arg(bad.join("null"))
        .args(["c", "1", "3"])
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn restore_permissions(d: &Dir, root: &str) {
    use std::os::unix::fs::PermissionsExt;
    let p = d.path().join(root).join("bad/noperm");
    let _ = std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o700));
}

fn scan(d: &Dir, root: &str, out: &str, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "scan",
        root,
        "--out",
        out,
        "--follow-links",
        "--max-decompressed",
        "1000000",
    ];
    args.extend_from_slice(extra);
    let out = datareach(d.path(), &args);
    assert!(
        out.status.code().is_some(),
        "killed by a signal: {:?}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("panicked"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Parquet files on which the decoder panics rather than fail (an unknown
/// page type, an embedded Arrow schema missing a field, an RLE run past its
/// buffer; found by fuzzing): each errors on its own, named with the reason,
/// and the clean file beside them is scanned as ever.
#[test]
fn parquet_files_that_trip_the_decoder_error_alone() {
    let d = Dir::new();
    let corrupt = [
        "arrow_schema_unwrap",
        "unknown_page_type",
        "rle_out_of_bounds",
    ];
    for name in corrupt {
        let bytes = std::fs::read(
            util::repo().join(format!("tests/fixtures/corrupt_parquet/{name}.parquet")),
        )
        .unwrap();
        d.write(&format!("lake/{name}.parquet"), bytes);
    }
    d.write("lake/note.txt", NOTE);
    for threads in ["1", "2"] {
        let out = scan(&d, "lake", "out", &["-j", threads]);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let s = summary(&d, "out");
        for name in corrupt {
            let p =
                problem(&s, &format!("{name}.parquet")).unwrap_or_else(|| panic!("{name}: {s}"));
            assert_eq!(p["status"], "error", "{p}");
            assert!(
                p["reason"]
                    .as_str()
                    .unwrap()
                    .contains("decoder failed on malformed data"),
                "{p}"
            );
        }
        assert!(findings_under(&d, "out", "note.txt").len() >= 4);
    }
}

#[test]
fn bad_neighbours_are_recorded_and_leave_clean_findings_unchanged() {
    let d = Dir::new();
    let as_root = permissions_do_not_apply(&d);
    write_clean(&d, "only");
    write_clean(&d, "lake");
    let have_device = write_bad(&d, "lake");
    if !have_device {
        eprintln!("note: not root, no device node created (mknod needs root)");
    }

    let base = scan(&d, "only", "base", &[]);
    assert_eq!(base.status.code(), Some(1));
    let one = scan(&d, "lake", "one", &["-j1"]);
    let four = scan(&d, "lake", "four", &["-j4"]);
    restore_permissions(&d, "lake");
    assert_eq!(
        one.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&one.stderr)
    );
    assert_eq!(four.status.code(), Some(2));

    // Clean files: identical findings and labels (the root name differs).
    let strip = |mut v: Vec<serde_json::Value>| {
        for x in &mut v {
            x.as_object_mut().unwrap().remove("root");
        }
        v
    };
    assert_eq!(
        strip(findings_under(&d, "base", "clean/")),
        strip(findings_under(&d, "one", "clean/"))
    );
    assert_eq!(
        strip(labels_under(&d, "base", "clean/")),
        strip(labels_under(&d, "one", "clean/"))
    );
    assert!(findings_under(&d, "base", "clean/").len() > 100);

    // Same output whatever the thread count, problems included.
    for f in ["findings.jsonl", "labels.jsonl"] {
        assert!(
            d.read(&format!("one/{f}")) == d.read(&format!("four/{f}")),
            "{f} differs between -j1 and -j4"
        );
    }
    let s = summary(&d, "one");
    assert_eq!(s["problems"], summary(&d, "four")["problems"]);
    assert_eq!(s["outcome"], "partial");

    let reason = |path: &str| -> (String, String) {
        let p = problem(&s, path).unwrap_or_else(|| panic!("{path} not in problems: {s:#}"));
        (
            p["status"].as_str().unwrap().to_string(),
            p["reason"].as_str().unwrap().to_lowercase(),
        )
    };
    let (st, r) = reason("bad/truncated.txt.gz");
    assert!(st == "partial" && r.contains("gzip"), "{st}: {r}");
    let (st, r) = reason("bad/bomb.txt.gz");
    assert!(st == "partial" && r.contains("size limit"), "{st}: {r}");
    let (st, r) = reason("bad/loop");
    assert!(st == "error" && r.contains("loop"), "{st}: {r}");
    let (st, r) = reason("bad/dangling");
    assert!(st == "error" && r.contains("no such file"), "{st}: {r}");
    let (st, r) = reason("bad/fifo");
    assert!(st == "skipped" && r.contains("fifo"), "{st}: {r}");
    if have_device {
        let (st, r) = reason("bad/null");
        assert!(
            st == "skipped" && r.contains("character device"),
            "{st}: {r}"
        );
    }
    if as_root {
        // Root reads the chmod-000 directory: it is scanned like any other.
        assert!(problem(&s, "bad/noperm").is_none());
        assert!(!findings_under(&d, "one", "bad/noperm/secret.txt").is_empty());
    } else {
        let (st, r) = reason("bad/noperm");
        assert!(
            st == "error" && r.contains("permission denied"),
            "{st}: {r}"
        );
    }

    // A CSV whose header is one 100 MB line cannot be read as a table with
    // bounded memory: it is scanned as text, and partial says why.
    let (st, r) = reason("bad/long.csv");
    assert!(
        st == "partial" && r.contains("scanned as text") && r.contains("line 1"),
        "{st}: {r}"
    );

    // Objects that are odd but readable are scanned, not problems.
    for ok in [
        "bad/latin1.txt",
        "bad/utf16le.txt",
        "bad/utf16be.txt",
        "bad/utf16le-no-bom.txt",
        "bad/utf16be-no-bom.txt",
        "bad/empty.txt",
        ODD_NAME_SHOWN,
    ] {
        assert!(problem(&s, ok).is_none(), "{ok} is a problem: {s:#}");
        assert!(
            labels_under(&d, "one", ok).iter().any(|l| l["path"] == ok),
            "{ok} has no label"
        );
    }
    let by_path = |path: &str| -> Vec<serde_json::Value> {
        d.json_lines("one/findings.jsonl")
            .into_iter()
            .filter(|f| f["path"] == path)
            .collect()
    };
    // The 100 MB line: findings at both ends.
    let long = by_path("bad/long.csv");
    let types: Vec<&str> = long.iter().map(|f| f["type"].as_str().unwrap()).collect();
    assert_eq!(types, ["US_SSN", "EMAIL_ADDRESS"], "{long:#?}");
    assert_eq!(long[1]["line"], 1);
    assert!(long[1]["start"].as_u64().unwrap() > 99_000_000);
    // Invalid UTF-8 is scanned as bytes.
    let latin = by_path("bad/latin1.txt");
    assert!(
        latin.iter().any(|f| f["masked"] == "***-**-8693"),
        "{latin:#?}"
    );
    assert!(latin.iter().any(|f| f["masked"] == "***-**-2364"));
    // UTF-16 is decoded: same findings as the UTF-8 ticket, offsets into the
    // decoded UTF-8 text.
    let ticket: Vec<_> = by_path("clean/a.txt");
    for p in [
        "bad/utf16le.txt",
        "bad/utf16be.txt",
        "bad/utf16le-no-bom.txt",
        "bad/utf16be-no-bom.txt",
        ODD_NAME_SHOWN,
    ] {
        let got = by_path(p);
        assert_eq!(got.len(), ticket.len(), "{p}: {got:#?}");
        for (a, b) in got.iter().zip(&ticket) {
            for k in ["type", "start", "end", "line", "masked"] {
                assert_eq!(a[k], b[k], "{p} {k}");
            }
        }
    }
    let labels = labels_under(&d, "one", "bad/empty.txt");
    assert_eq!(labels[0]["bytes"], 0);
}

#[test]
fn file_truncated_and_rewritten_while_scanned_never_kills_the_scan() {
    let d = Dir::new();
    let line = TICKET.as_bytes();
    let mut big = Vec::with_capacity(64 << 20);
    while big.len() < 64 << 20 {
        big.extend_from_slice(line);
    }
    let path = d.write("lake/big.txt", &big);
    for i in 0..50 {
        d.write(&format!("lake/small/f{i}.txt"), TICKET);
    }
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let churn = {
        let stop = stop.clone();
        let dir = d.path().join("lake/small");
        std::thread::spawn(move || {
            let mut n = 0u64;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                // Shrink, then grow back: a mapped file would raise SIGBUS.
                let f = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
                f.set_len(if n.is_multiple_of(2) { 4096 } else { 64 << 20 })
                    .unwrap();
                drop(f);
                // Remove and recreate small files under the walker's feet.
                let victim = dir.join(format!("f{}.txt", n % 50));
                if n.is_multiple_of(3) {
                    let _ = std::fs::remove_file(&victim);
                } else {
                    let _ = std::fs::write(&victim, TICKET);
                }
                n += 1;
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
            n
        })
    };
    for round in 0..4 {
        let out = datareach(
            d.path(),
            &[
                "scan",
                "lake",
                "--out",
                &format!("out{round}"),
                "--threads",
                "2",
            ],
        );
        assert!(
            out.status.code().is_some(),
            "scan killed by a signal: {:?}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(matches!(out.status.code(), Some(0..=2)), "{:?}", out.status);
        // Outputs are complete and parse.
        let s = summary(&d, &format!("out{round}"));
        assert!(s["objects_seen"].as_u64().unwrap() >= 1);
        d.json_lines(&format!("out{round}/findings.jsonl"));
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    assert!(churn.join().unwrap() > 0);
}

// ---------------------------------------------------------------------------
// Not leaking: one realistic line per built-in type, valid check digits.
// ---------------------------------------------------------------------------

fn luhn_digit(payload: &[u8]) -> u8 {
    let mut sum = 0u32;
    for (i, &d) in payload.iter().rev().enumerate() {
        let mut x = u32::from(d);
        if i % 2 == 0 {
            x *= 2;
            if x > 9 {
                x -= 9;
            }
        }
        sum += x;
    }
    ((10 - sum % 10) % 10) as u8
}

fn digits(s: &str) -> Vec<u8> {
    s.bytes().map(|b| b - b'0').collect()
}

/// An NPI: 9 digits starting with 1, Luhn check over 80840 + digits.
fn npi(body: &str) -> String {
    let mut full = vec![8, 0, 8, 4, 0];
    full.extend(digits(body));
    format!("{body}{}", luhn_digit(&full))
}

fn card(body: &str) -> String {
    format!("{body}{}", luhn_digit(&digits(body)))
}

/// ABA routing: weights 3 7 1, sum divisible by 10.
fn aba(body: &str) -> String {
    let d = digits(body);
    let w = [3u32, 7, 1, 3, 7, 1, 3, 7];
    let s: u32 = d.iter().zip(w).map(|(&x, w)| u32::from(x) * w).sum();
    format!("{body}{}", (10 - s % 10) % 10)
}

/// NHS: mod 11 with weights 10..2 (bodies whose check would be 10 are invalid).
fn nhs(body: &str) -> Option<String> {
    let d = digits(body);
    let s: u32 = d
        .iter()
        .zip((2..=10u32).rev())
        .map(|(&x, w)| u32::from(x) * w)
        .sum();
    let c = match 11 - s % 11 {
        11 => 0,
        10 => return None,
        c => c,
    };
    Some(format!("{} {} {}{c}", &body[..3], &body[3..6], &body[6..]))
}

/// DEA: two letters, six digits, check = (d1+d3+d5 + 2(d2+d4+d6)) mod 10.
fn dea(letters: &str, body: &str) -> String {
    let d = digits(body);
    let c = (u32::from(d[0] + d[2] + d[4]) + 2 * u32::from(d[1] + d[3] + d[5])) % 10;
    format!("{letters}{body}{c}")
}

/// IBAN: ISO 13616 mod-97 check digits.
fn iban(country: &str, bban: &str) -> String {
    let rearranged = format!("{bban}{country}00");
    let mut rem = 0u32;
    for c in rearranged.chars() {
        let v = c.to_digit(36).unwrap();
        for d in v.to_string().chars() {
            rem = (rem * 10 + d.to_digit(10).unwrap()) % 97;
        }
    }
    format!("{country}{:02}{bban}", 98 - rem)
}

#[test]
fn no_raw_value_of_any_builtin_type_leaks_into_outputs() {
    let npi_v = npi("172839465");
    let card_v = card("453201511283036");
    let aba_v = aba("02200050");
    let nhs_v = (100..).find_map(|n| nhs(&format!("943476{n:03}"))).unwrap();
    let dea_v = dea("BM", "384719");
    let iban_v = iban("DE", "500105175407324931");
    let lines = [
        "From: Alice Pennington <alice.pennington@northwind-health.org>".to_string(),
        "Please call me back at (415) 867-2291 regarding the claim".to_string(),
        "Verified identity with SSN 523-71-9046 today".to_string(),
        "Contractor tax id (ITIN) 912-78-4410 on file".to_string(),
        "Patient: Lisa Rodriguez was admitted".to_string(),
        "My billing address is 4821 Juniper Hollow Rd, Springfield".to_string(),
        "date of birth 1974-03-19 confirmed".to_string(),
        "client_ip=203.117.48.66 accepted".to_string(),
        "Passport no. 548213907; expires".to_string(),
        "driver's license D482-7731-9046 verified".to_string(),
        format!("attending physician NPI {npi_v} signed"),
        format!("prescriber DEA# {dea_v} on the script"),
        "Medicare MBI: 5HT2-WK8-MC31 active".to_string(),
        "MRN: MR8841236 admitted".to_string(),
        "Diagnosis code E11.65 recorded".to_string(),
        format!("NHS number {nhs_v} registered"),
        format!("charged twice on my card {card_v} last week"),
        format!("IBAN: {iban_v} beneficiary"),
        format!("routing number {aba_v}, checking"),
        "account number 4471902236 checking".to_string(),
        "BIC/SWIFT: DEUTDEFF500 for the wire".to_string(),
        "Vendor EIN 46-2871935 on the W-9".to_string(),
    ];
    let text = lines.join("\n") + "\n";
    let d = Dir::new();
    d.write("lake/all.txt", &text);
    d.write("lake/all.txt.gz", gzip(text.as_bytes()));
    datareach(
        d.path(),
        &["scan", "lake", "--out", "shown", "--show-values"],
    );
    let shown = d.json_lines("shown/findings.jsonl");
    let mut raws: BTreeMap<String, String> = BTreeMap::new();
    for f in &shown {
        raws.insert(
            f["value"].as_str().unwrap().to_string(),
            f["type"].as_str().unwrap().to_string(),
        );
    }
    for (t, _) in datareach::BUILTIN_TYPES {
        assert!(
            raws.values().any(|x| x == t),
            "type {t} not found; found {raws:#?}"
        );
    }
    let out = datareach(d.path(), &["scan", "lake", "--out", "out"]);
    assert_eq!(out.status.code(), Some(1));
    // Explain/exposure outputs come from labels only; scan outputs are what
    // can hold values.
    for entry in std::fs::read_dir(d.path().join("out")).unwrap() {
        let p = entry.unwrap().path();
        // Binary outputs (labels.parquet) are searched too, lossily.
        let bytes = std::fs::read(&p).unwrap();
        let body = String::from_utf8_lossy(&bytes);
        for (raw, t) in &raws {
            // A value shorter than 5 characters is its own mask (ICD-10 code
            // family letters, for example); those are not identifying.
            if raw.chars().filter(|c| c.is_alphanumeric()).count() < 5 {
                continue;
            }
            assert!(
                !body.contains(raw.as_str()),
                "{t} value {raw:?} leaked into {}",
                p.display()
            );
            // Separator-free form as well (a mask must not keep every digit).
            let compact: String = raw.chars().filter(|c| c.is_alphanumeric()).collect();
            assert!(
                !body.contains(&compact),
                "{t} value {compact:?} leaked into {}",
                p.display()
            );
        }
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    for raw in raws.keys() {
        assert!(!stderr.contains(raw.as_str()), "{raw} on stderr");
    }
}

// ---------------------------------------------------------------------------
// Rule files: errors name file, line and column.
// ---------------------------------------------------------------------------

#[test]
fn malformed_rule_files_name_file_line_and_column() {
    let d = Dir::new();
    d.write("lake/x.txt", "nothing\n");
    d.write(
        "r1/broken.toml",
        "version = '1'\n[[rule]]\nid = 'a'\ntype = 'X\n",
    );
    let out = datareach(d.path(), &["scan", "lake", "--rules", "r1", "--out", "o"]);
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("broken.toml"), "{err}");
    assert!(err.contains("line 4") && err.contains("column"), "{err}");

    // A rule that parses but is invalid (bad regex): file, line, column of it.
    d.write(
        "r2/badre.toml",
        "version = '1'\n\n[[rule]]\nid = 'bad-re'\ntype = 'X_ID'\ncategory = 'PII'\npattern = '\\bX-(\\d{4}\\b'\nconfidence = 0.9\n",
    );
    let out = datareach(d.path(), &["scan", "lake", "--rules", "r2", "--out", "o"]);
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("badre.toml") && err.contains("bad-re"),
        "{err}"
    );
    assert!(err.contains("line 3, column 1"), "{err}");

    // Garbage bytes, invalid UTF-8: an error, not a panic.
    d.write("r3/bin.toml", b"\xff\xfe\x00[[rule]]\x00\x00");
    let out = datareach(d.path(), &["scan", "lake", "--rules", "r3", "--out", "o"]);
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bin.toml") && !err.contains("panicked"),
        "{err}"
    );
}

// ---------------------------------------------------------------------------
// Property tests: the stable-Rust counterpart of the fuzz targets. Crash
// inputs found by fuzzing are kept in `regressions` below.
// ---------------------------------------------------------------------------

fn engine() -> &'static Engine {
    static E: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    E.get_or_init(|| Engine::builtin().unwrap())
}

fn check_engine(data: &[u8]) {
    let e = engine();
    let cands = e.find_all(data);
    let mut last = 0;
    for c in &cands {
        assert!(c.start < c.end && c.end <= data.len(), "{c:?}");
        assert!(c.start >= last, "sorted, non-overlapping: {cands:?}");
        assert!((0.0..=1.0).contains(&c.confidence));
        last = c.end;
    }
    let findings = datareach::scan::scan_bytes(e, "p", data, false);
    assert_eq!(findings.len(), cands.len());
    for f in findings {
        assert!(f.value.is_none());
    }
}

fn check_validators(s: &str) {
    for name in datareach::validators::names() {
        let v = datareach::validators::lookup(name).unwrap();
        if let Some(c) = v(s) {
            assert!(
                c.is_finite() && (-1.0..=1.0).contains(&c),
                "{name}({s:?}) = {c}"
            );
        }
    }
    for (t, _) in datareach::BUILTIN_TYPES {
        let _ = datareach::mask::mask(t, s);
        let _ = datareach::validators::normalize(t, s);
    }
}

/// Bytes biased towards what the rules look for.
fn texty() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(
        prop_oneof![
            4 => any::<u8>(),
            4 => prop::sample::select(b"0123456789-. @:/()+#\n".to_vec()),
            2 => prop::sample::select(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".to_vec()),
        ],
        0..600,
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn engine_never_panics_on_arbitrary_bytes(data in prop::collection::vec(any::<u8>(), 0..2000)) {
        check_engine(&data);
    }

    #[test]
    fn engine_never_panics_on_texty_bytes(data in texty()) {
        check_engine(&data);
    }

    #[test]
    fn validators_never_panic(s in ".{0,40}") {
        check_validators(&s);
    }

    #[test]
    fn validators_never_panic_on_texty(data in texty()) {
        check_validators(&String::from_utf8_lossy(&data));
    }

    #[test]
    fn uri_patterns_never_panic(p in "[a-z0-9:/*?#.\\[\\]{}-]{0,30}", u in "[a-z0-9:/.#-]{0,30}") {
        if let Ok(pat) = datareach::correlate::pattern::Pattern::parse(&p) {
            let _ = pat.matches_object(&u);
            let _ = pat.matches_column(&u);
        }
        let _ = datareach::correlate::pattern::Pattern::from_iam_arn(&p).map(|x| x.matches_object(&u));
        let _ = datareach::correlate::pattern::wildcard_match(&p, &u);
    }

    #[test]
    fn inventory_parser_never_panics(text in "(agents|owners|grants|roles|id|principal|resources|actions|[:\\-\\[\\]{}, \n\"']|[a-z0-9*/]){0,200}") {
        let p = Path::new("inv.yaml");
        let _ = datareach::correlate::Inventory::parse(&text, false, p);
        let _ = datareach::correlate::Inventory::parse(&text, true, p);
    }
}

/// Inputs that once crashed a target (from `fuzz/artifacts`), kept as tests.
#[test]
fn regressions() {
    let cases: &[&[u8]] = &[b"", b"\xff", b"\n\n\n", b"\x00SSN 571-28-2364\x00"];
    for c in cases {
        check_engine(c);
        check_validators(&String::from_utf8_lossy(c));
    }
}

// ---------------------------------------------------------------------------
// Determinism: same input, same bytes, whatever the thread count.
// ---------------------------------------------------------------------------

#[test]
fn outputs_are_byte_identical_whatever_the_thread_count() {
    let d = Dir::new();
    for i in 0..40 {
        d.write(&format!("lake/t/{i:02}.txt"), TICKET.repeat(i % 5 + 1));
    }
    d.write("lake/notes.log.gz", gzip(NOTE.repeat(300).as_bytes()));
    // Over the mapping threshold (16 MiB): chunks scanned in parallel.
    let mut big = String::with_capacity(20 << 20);
    while big.len() < 20 << 20 {
        big.push_str(TICKET);
        big.push_str(NOTE);
    }
    d.write("lake/big.txt", &big);
    let mut csv = String::from("email,ssn,notes\n");
    for i in 0..3000 {
        csv.push_str(&format!(
            "user{i}@northwind-health.org,571-28-{:04},\"{}\"\n",
            1000 + i,
            NOTE.lines().next().unwrap()
        ));
    }
    d.write("lake/patients.csv", &csv);
    let mut first: Option<Vec<Vec<u8>>> = None;
    for threads in ["1", "2", "5"] {
        let out = format!("out{threads}");
        let run = datareach(
            d.path(),
            &["scan", "lake", "--out", &out, "--threads", threads],
        );
        assert_eq!(run.status.code(), Some(1), "{run:?}");
        let files: Vec<Vec<u8>> = ["findings.jsonl", "labels.jsonl", "labels.parquet"]
            .iter()
            .map(|f| std::fs::read(d.path().join(&out).join(f)).unwrap())
            .collect();
        assert!(files[0].len() > 100_000, "a real amount of findings");
        match &first {
            None => first = Some(files),
            Some(one) => {
                for (i, name) in ["findings.jsonl", "labels.jsonl", "labels.parquet"]
                    .iter()
                    .enumerate()
                {
                    assert!(one[i] == files[i], "{name} differs with {threads} threads");
                }
            }
        }
    }
}
