//! End-to-end tests of `datareach scan` on real files.

mod util;

use std::collections::BTreeSet;
use util::{datareach, gzip, Dir};

const TICKET: &str = "Ticket opened 2026-11-03\n\
From: Marcus Gilbert <marcus.gilbert@acme-corp.com>\n\
I was charged twice on my card 4526 0181 5908 3012. Call me back at (303) 605-1582.\n\
Verified identity with SSN 571-28-2364 and date of birth 1962-08-04.\n";

const LOOKALIKES: &str = "build 1622707757737 ok\n\
order ORD-74992 shipped, tracking 1ZUT3EQE1MGZM36PXN\n\
trace 6099d795-a848-4261-b90b-2f7cb5c36ec1 version v4.29.26\n\
card 4190937865797548 declined\n\
SSN 666-80-5982 and SSN 000-23-9957 and SSN 151-00-6152 are invalid\n\
IBAN ES7267818258693814117978 is a bad check\n";

/// The text of each finding of `data_type` in `path`, whose content is `text`.
fn values_of(
    findings: &[serde_json::Value],
    path: &str,
    data_type: &str,
    text: &str,
) -> BTreeSet<String> {
    findings
        .iter()
        .filter(|f| f["path"] == path && f["type"] == data_type)
        .map(|f| {
            let (s, e) = (f["start"].as_u64().unwrap(), f["end"].as_u64().unwrap());
            text[s as usize..e as usize].to_string()
        })
        .collect()
}

/// `values` as a set, to compare with [`values_of`].
fn set_of(values: &[&str]) -> BTreeSet<String> {
    values.iter().map(|v| v.to_string()).collect()
}

fn types_of(findings: &[serde_json::Value]) -> BTreeSet<String> {
    findings
        .iter()
        .map(|f| f["type"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn scan_reports_masked_findings_labels_and_summary() {
    let d = Dir::new();
    d.write("lake/support/ticket.txt", TICKET);
    let out = datareach(d.path(), &["scan", "lake", "--out", "out"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let findings = d.json_lines("out/findings.jsonl");
    let types = types_of(&findings);
    for t in [
        "PERSON_NAME",
        "EMAIL_ADDRESS",
        "CREDIT_CARD_NUMBER",
        "PHONE_NUMBER",
        "US_SSN",
        "DATE_OF_BIRTH",
    ] {
        assert!(types.contains(t), "missing {t} in {types:?}");
    }
    let ssn = findings.iter().find(|f| f["type"] == "US_SSN").unwrap();
    assert_eq!(ssn["path"], "support/ticket.txt");
    assert_eq!(ssn["root"], "lake");
    assert_eq!(ssn["line"], 4);
    assert_eq!(ssn["category"], "PII");
    assert_eq!(ssn["rule"], "us-ssn");
    assert_eq!(ssn["masked"], "***-**-2364");
    let (s, e) = (
        ssn["start"].as_u64().unwrap() as usize,
        ssn["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&TICKET[s..e], "571-28-2364");
    assert!(ssn.get("value").is_none());
    let labels = d.json_lines("out/labels.jsonl");
    assert_eq!(labels.len(), 1);
    assert_eq!(labels[0]["path"], "support/ticket.txt");
    assert!(labels[0]["column"].is_null());
    assert_eq!(labels[0]["types"]["US_SSN"], 1);
    let cats: Vec<&str> = labels[0]["categories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert_eq!(cats, ["PII", "FINANCIAL"]);
    let summary = d.json("out/scan.json");
    assert_eq!(summary["objects_scanned"], 1);
    assert_eq!(summary["outcome"], "complete");
    assert!(summary["rules_version"]
        .as_str()
        .unwrap()
        .contains("pii.toml"));
}

#[test]
fn raw_values_never_leak_unless_asked() {
    let d = Dir::new();
    d.write("lake/t.txt", TICKET);
    datareach(d.path(), &["scan", "lake", "--out", "out"]);
    let raws = [
        "571-28-2364",
        "4526 0181 5908 3012",
        "marcus.gilbert@acme-corp.com",
        "(303) 605-1582",
        "1962-08-04",
        "Marcus Gilbert",
    ];
    for f in ["findings.jsonl", "labels.jsonl", "scan.json"] {
        let text = d.read(&format!("out/{f}"));
        for raw in raws {
            assert!(!text.contains(raw), "{raw} leaked into {f}");
        }
    }
    datareach(
        d.path(),
        &["scan", "lake", "--out", "shown", "--show-values"],
    );
    assert!(d.read("shown/findings.jsonl").contains("571-28-2364"));
}

/// An output directory inside the scanned tree is not data: a second run
/// (with raw values shown, even) finds exactly what the first one found,
/// not the first run's findings as well.
#[test]
fn the_output_directory_is_never_scanned() {
    let d = Dir::new();
    d.write("lake/t.txt", TICKET);
    for _ in 0..2 {
        let out = datareach(
            d.path(),
            &["scan", "lake", "--out", "lake/out", "--show-values"],
        );
        assert_eq!(out.status.code(), Some(1));
        let findings = d.read("lake/out/findings.jsonl");
        assert!(findings.lines().count() >= 5);
        assert!(
            findings.lines().all(|l| l.contains("\"path\":\"t.txt\"")),
            "{findings}"
        );
        let summary: serde_json::Value =
            serde_json::from_str(&d.read("lake/out/scan.json")).unwrap();
        assert_eq!(summary["objects_seen"], 1, "{summary}");
    }
    // Named as a root, the directory is scanned as asked.
    let out = datareach(d.path(), &["scan", "lake/out", "--out", "elsewhere"]);
    assert_eq!(out.status.code(), Some(1));
}

#[cfg(unix)]
#[test]
fn outputs_are_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let d = Dir::new();
    d.write("lake/t.txt", TICKET);
    datareach(d.path(), &["scan", "lake", "--out", "out"]);
    let mode = |p: &str| {
        std::fs::metadata(d.path().join(p))
            .unwrap()
            .permissions()
            .mode()
            & 0o777
    };
    assert_eq!(mode("out"), 0o700);
    for f in ["findings.jsonl", "labels.jsonl", "scan.json"] {
        assert_eq!(mode(&format!("out/{f}")), 0o600, "{f}");
    }
    let leftovers: Vec<_> = std::fs::read_dir(d.path().join("out"))
        .unwrap()
        .filter_map(|e| {
            let n = e.unwrap().file_name().to_string_lossy().into_owned();
            n.ends_with(".tmp").then_some(n)
        })
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn lookalikes_produce_no_findings_and_exit_zero() {
    let d = Dir::new();
    d.write("lake/noise.txt", LOOKALIKES);
    let out = datareach(d.path(), &["scan", "lake", "--out", "out"]);
    let findings = d.json_lines("out/findings.jsonl");
    assert!(findings.is_empty(), "{findings:#?}");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn gzip_is_scanned_with_decompressed_offsets_and_binary_is_skipped() {
    let d = Dir::new();
    d.write("lake/a.log.gz", gzip(TICKET.as_bytes()));
    let mut bin = vec![0u8, 1, 2, 3];
    bin.extend_from_slice(TICKET.as_bytes());
    d.write("lake/blob.bin", bin);
    let out = datareach(d.path(), &["scan", "lake", "--out", "out"]);
    assert_eq!(out.status.code(), Some(1));
    let findings = d.json_lines("out/findings.jsonl");
    let ssn = findings.iter().find(|f| f["type"] == "US_SSN").unwrap();
    assert_eq!(ssn["path"], "a.log.gz");
    let s = ssn["start"].as_u64().unwrap() as usize;
    assert_eq!(&TICKET[s..s + 11], "571-28-2364");
    assert!(findings.iter().all(|f| f["path"] != "blob.bin"));
    let summary = d.json("out/scan.json");
    assert_eq!(summary["objects_skipped"], 1);
    let problem = &summary["problems"][0];
    assert_eq!(problem["path"], "blob.bin");
    assert!(problem["reason"].as_str().unwrap().contains("binary"));
}

#[test]
fn gzip_padded_with_zeros_is_scanned_whole_and_garbage_after_it_is_partial() {
    // Tape and backup tools pad compressed files to their block size;
    // `gzip -d` ignores the zeros, and so does the scan.
    let d = Dir::new();
    let mut padded = gzip(TICKET.as_bytes());
    padded.extend(vec![0u8; 10_240 - padded.len() % 10_240]);
    d.write("lake/padded.log.gz", &padded);
    let mut two = gzip(TICKET.as_bytes());
    two.extend(gzip(TICKET.as_bytes()));
    d.write("lake/two-members.log.gz", &two);
    let out = datareach(d.path(), &["scan", "lake", "--out", "out"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(d.json("out/scan.json")["outcome"], "complete");
    let findings = d.json_lines("out/findings.jsonl");
    let count = |path: &str| findings.iter().filter(|f| f["path"] == path).count();
    assert!(count("padded.log.gz") > 0);
    assert_eq!(count("two-members.log.gz"), 2 * count("padded.log.gz"));

    // Data after the padding is not gzip: the object is partial.
    let mut trailing = padded.clone();
    trailing.extend(b"PK\x03\x04 not gzip");
    d.write("lake2/trailing.log.gz", &trailing);
    let out = datareach(d.path(), &["scan", "lake2", "--out", "out2"]);
    assert_eq!(out.status.code(), Some(2));
    let summary = d.json("out2/scan.json");
    let problem = &summary["problems"][0];
    assert_eq!(problem["status"], "partial", "{problem}");
    assert!(
        problem["reason"]
            .as_str()
            .unwrap()
            .contains("zero bytes padding"),
        "{problem}"
    );
    assert_eq!(
        d.json_lines("out2/findings.jsonl").len(),
        count("padded.log.gz")
    );

    // A small file cut in its trailer fails within the first bytes read:
    // what it held is still scanned, and the object is partial, not lost.
    let whole = gzip(TICKET.as_bytes());
    d.write("lake3/cut.log.gz", &whole[..whole.len() - 4]);
    let out = datareach(d.path(), &["scan", "lake3", "--out", "out3"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(d.json("out3/scan.json")["problems"][0]["status"], "partial");
    assert_eq!(
        d.json_lines("out3/findings.jsonl").len(),
        count("padded.log.gz")
    );
}

#[test]
fn truncated_gzip_is_a_partial_run_that_keeps_what_was_read() {
    let d = Dir::new();
    let mut text = String::new();
    for i in 0..2000 {
        text.push_str(&format!(
            "row {i} SSN 571-28-{:04} filler filler filler\n",
            1000 + i
        ));
    }
    let gz = gzip(text.as_bytes());
    d.write("lake/cut.txt.gz", &gz[..gz.len() / 2]);
    d.write("lake/clean.txt", TICKET);
    let out = datareach(d.path(), &["scan", "lake", "--out", "out"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary = d.json("out/scan.json");
    assert_eq!(summary["outcome"], "partial");
    let problem = summary["problems"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["path"] == "cut.txt.gz")
        .unwrap();
    assert!(
        problem["reason"].as_str().unwrap().contains("gzip"),
        "{problem}"
    );
    let findings = d.json_lines("out/findings.jsonl");
    assert!(findings.iter().any(|f| f["path"] == "clean.txt"));
    assert!(
        findings
            .iter()
            .filter(|f| f["path"] == "cut.txt.gz")
            .count()
            > 10
    );
}

#[test]
fn gzip_bomb_stops_at_the_configured_size() {
    let d = Dir::new();
    let zeros = "0".repeat(4 << 20);
    d.write("lake/bomb.txt.gz", gzip(zeros.as_bytes()));
    let out = datareach(
        d.path(),
        &[
            "scan",
            "lake",
            "--out",
            "out",
            "--max-decompressed",
            "100000",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let summary = d.json("out/scan.json");
    assert!(summary["problems"][0]["reason"]
        .as_str()
        .unwrap()
        .contains("size limit"));
}

#[test]
fn same_output_whatever_the_thread_count() {
    let d = Dir::new();
    for i in 0..40 {
        d.write(
            &format!("lake/d{}/f{i}.txt", i % 5),
            format!("{TICKET}{LOOKALIKES}").repeat(i + 1),
        );
    }
    let big: String = TICKET.repeat(60_000); // ~14 MB: memory-mapped, chunked in parallel
    d.write("lake/big.txt", &big);
    datareach(d.path(), &["scan", "lake", "--out", "one", "-j1"]);
    datareach(d.path(), &["scan", "lake", "--out", "four", "-j4"]);
    for f in ["findings.jsonl", "labels.jsonl"] {
        assert!(
            d.read(&format!("one/{f}")) == d.read(&format!("four/{f}")),
            "{f} differs"
        );
    }
    let n = d
        .json_lines("one/findings.jsonl")
        .iter()
        .filter(|f| f["path"] == "big.txt" && f["type"] == "US_SSN")
        .count();
    assert_eq!(n, 60_000);
}

#[test]
fn usage_errors_exit_3() {
    let d = Dir::new();
    assert_eq!(datareach(d.path(), &["scan"]).status.code(), Some(3));
    assert_eq!(
        datareach(d.path(), &["scan", "missing-dir"]).status.code(),
        Some(3)
    );
    // A thread count past any machine's (100000 once started 1,400 threads
    // before the process died) is refused up front.
    d.write("lake/x.txt", "nothing here\n");
    let out = datareach(d.path(), &["scan", "lake", "-j", "100000"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("0..=1024"));
    // A FIFO among the rule files is refused, not waited on.
    std::fs::create_dir_all(d.path().join("fiforules")).unwrap();
    assert!(std::process::Command::new("mkfifo")
        .arg(d.path().join("fiforules/x.toml"))
        .status()
        .unwrap()
        .success());
    let out = datareach(d.path(), &["scan", "lake", "--rules", "fiforules"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a regular file"));
    d.write("bad/rules.toml", "[[rule]]\nid = 'x'\n");
    let out = datareach(d.path(), &["scan", "bad", "--rules", "bad"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("rules.toml"));
}

/// Float options are checked when parsed: NaN (which compares false with
/// everything, so `--column-threshold NaN` labelled no column and exited 0)
/// and infinities are usage errors naming the option and its range.
#[test]
fn float_options_refuse_nan_infinity_and_out_of_range() {
    let d = Dir::new();
    d.write("lake/x.txt", TICKET);
    for opt in ["--column-threshold", "--min-confidence"] {
        for bad in [
            "NaN", "nan", "inf", "-inf", "infinity", "1.5", "-0.1", "abc",
        ] {
            for cmd in ["scan", "audit"] {
                let arg = format!("{opt}={bad}");
                let out = datareach(d.path(), &[cmd, "lake", "--out", "out", &arg]);
                let err = String::from_utf8_lossy(&out.stderr);
                assert_eq!(out.status.code(), Some(3), "{cmd} {opt} {bad}: {err}");
                assert!(
                    err.contains(opt) && err.contains("from 0 to 1"),
                    "{cmd} {opt} {bad}: {err}"
                );
            }
        }
        for good in ["0", "1", "0.25"] {
            let out = datareach(d.path(), &["scan", "lake", "--out", "out", opt, good]);
            assert!(
                matches!(out.status.code(), Some(0 | 1)),
                "{opt} {good}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
}

#[test]
fn user_rules_add_types() {
    let d = Dir::new();
    d.write(
        "rules/emp.toml",
        "[[rule]]\nid = 'employee-id'\ntype = 'EMPLOYEE_ID'\ncategory = 'PII'\npattern = '\\bEMP-\\d{6}\\b'\nconfidence = 0.9\n",
    );
    d.write("lake/x.txt", "badge EMP-123456 issued\n");
    let out = datareach(
        d.path(),
        &["scan", "lake", "--rules", "rules", "--out", "out"],
    );
    assert_eq!(out.status.code(), Some(1));
    let f = d.json_lines("out/findings.jsonl");
    assert!(f
        .iter()
        .any(|f| f["type"] == "EMPLOYEE_ID" && f["rule"] == "employee-id"));
}

#[cfg(unix)]
#[test]
fn symlinks_and_special_files_are_recorded_not_followed() {
    let d = Dir::new();
    d.write("lake/real.txt", TICKET);
    std::os::unix::fs::symlink(d.path().join("lake"), d.path().join("lake/loop")).unwrap();
    std::os::unix::fs::symlink("/etc/hostname", d.path().join("lake/outside")).unwrap();
    let out = datareach(d.path(), &["scan", "lake", "--out", "out"]);
    assert_eq!(out.status.code(), Some(1));
    let summary = d.json("out/scan.json");
    assert_eq!(summary["objects_skipped"], 2);
    // Following links: the loop is an error (partial run), the outside link is recorded.
    let out = datareach(
        d.path(),
        &["scan", "lake", "--out", "out2", "--follow-links"],
    );
    assert_eq!(out.status.code(), Some(2));
    let s = d.read("out2/scan.json");
    assert!(s.contains("loop"), "{s}");
    assert!(s.contains("leaving the scanned root"), "{s}");
}

#[test]
fn every_problem_is_in_scan_json_and_problems_jsonl_in_walk_order() {
    // More skipped objects than the summary keeps in memory: scan.json
    // still lists every one (streamed back from problems.jsonl).
    let d = Dir::new();
    let n = datareach::output::PROBLEMS_KEPT + 25;
    for i in 0..n {
        d.write(
            &format!("lake/img-{i:05}.bin"),
            b"\x89PNG\x00\x00\x00binary",
        );
    }
    d.write("lake/notes.txt", TICKET);
    let out = datareach(d.path(), &["scan", "lake", "--out", "out"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary = d.json("out/scan.json");
    assert_eq!(summary["objects_skipped"], n as u64);
    let listed = summary["problems"].as_array().unwrap();
    let lines = d.json_lines("out/problems.jsonl");
    assert_eq!(listed.len(), n);
    assert_eq!(listed, &lines);
    for (i, p) in listed.iter().enumerate() {
        assert_eq!(p["path"], format!("img-{i:05}.bin"));
        assert_eq!(p["status"], "skipped");
        assert!(p["reason"].as_str().unwrap().contains("binary"), "{p}");
    }
}

#[test]
fn tables_laid_out_in_text_label_values_with_their_column_headers() {
    let d = Dir::new();
    // A markdown table: the NPI has no label on its line, only its column's
    // header; the order numbers pass Luhn but their header says what they are.
    d.write(
        "lake/care.md",
        "## Care team\n\n| Role | Name | NPI |\n|---|---|---|\n\
         | PCP | Sabine Becker | 1245319599 |\n\n\
         | Order ID | Amount |\n|---|---|\n| 4539578763621486 | 12.00 |\n",
    );
    // A fixed-width report: routing and account numbers under their headers.
    d.write(
        "lake/ach.txt",
        "ACH ORIGINATION REPORT\n\
         SEQ  RECEIVER          ROUTING    ACCOUNT           AMOUNT\n\
         1    Kwame Mensah      321078546  2115423603        3835.77\n",
    );
    datareach(d.path(), &["scan", "lake", "--out", "out"]);
    let findings = d.json_lines("out/findings.jsonl");
    let of = |path: &str| {
        types_of(
            &findings
                .iter()
                .filter(|f| f["path"] == path)
                .cloned()
                .collect::<Vec<_>>(),
        )
    };
    assert!(of("care.md").contains("US_NPI"), "{findings:#?}");
    assert!(
        !of("care.md").contains("CREDIT_CARD_NUMBER"),
        "{findings:#?}"
    );
    let ach = of("ach.txt");
    assert!(ach.contains("US_BANK_ROUTING_NUMBER"), "{findings:#?}");
    assert!(ach.contains("US_BANK_ACCOUNT_NUMBER"), "{findings:#?}");
}

#[test]
fn hl7_fields_are_labelled_by_their_position() {
    let d = Dir::new();
    let message = "MSH|^~\\&|EPIC|HOSP|LAB|HOSP|20251004155157||ADT^A01|316649|P|2.3\r\
        EVN|A01|20251004155157\r\
        PID|1||32874170^^^HOSP^MR||Appiah^Kwame^^^^L||19800711|F||2054-5|\
        3280 Bayou Bend Ct^^Houston^TX^77036||(404)407-5538|||M||ACC7342|571282364|\r\
        NK1|1|Smith^Mary~Jones^Mary|SPO^Spouse\r\
        PV1|1|O|MED^412^B^HOSP||||1245319599^Raman^Priya^^^Dr|||SUR\r\
        GT1|1||Đặng^Thảo||12 Elm St^^Springfield^Iowa^62701\r\
        ORC|NW|RX55825513|||||||20240908115157|||2182925828^QUARSHIE^ABENA\r\
        DG1|1|I10|E119^Type 2 diabetes mellitus^I10||20251004|W\r";
    d.write("lake/adt.hl7", message);
    // The same values in a pipe-delimited file that is no HL7 message say
    // nothing about themselves.
    d.write(
        "lake/other.txt",
        "REC|1||32874170||19800711|571282364|1245319599|E119^x^I10\n",
    );
    datareach(d.path(), &["scan", "lake", "--out", "out"]);
    let findings = d.json_lines("out/findings.jsonl");
    let found = |path: &str| -> BTreeSet<(String, String)> {
        findings
            .iter()
            .filter(|f| f["path"] == path)
            .map(|f| {
                let (s, e) = (f["start"].as_u64().unwrap(), f["end"].as_u64().unwrap());
                let file = if path == "adt.hl7" { message } else { "" };
                let value = file.get(s as usize..e as usize).unwrap_or("").to_string();
                (f["type"].as_str().unwrap().to_string(), value)
            })
            .collect()
    };
    let hl7 = found("adt.hl7");
    for (kind, value) in [
        ("MEDICAL_RECORD_NUMBER", "32874170"),
        ("PERSON_NAME", "Appiah^Kwame"),
        ("DATE_OF_BIRTH", "19800711"),
        ("US_SSN", "571282364"),
        ("US_NPI", "1245319599"),
        ("PERSON_NAME", "Raman^Priya"),
        // A repeated field: the first name's pattern reads the `~` that
        // opens the second.
        ("PERSON_NAME", "Smith^Mary"),
        ("PERSON_NAME", "Jones^Mary"),
        // Names the lists lack, in fields whose position says they hold
        // names (a guarantor, an ordering provider).
        ("PERSON_NAME", "Đặng^Thảo"),
        ("PERSON_NAME", "QUARSHIE^ABENA"),
        ("ICD10_CODE", "E119"),
    ] {
        assert!(
            hl7.contains(&(kind.to_string(), value.to_string())),
            "{kind} {value} in {hl7:#?}"
        );
    }
    // The coding system's name reads as a code but is none; a city and a
    // state, shaped as a name is, are in an address field.
    assert!(!hl7.iter().any(|(_, v)| v == "I10"), "{hl7:#?}");
    assert!(
        !hl7.iter()
            .any(|(t, v)| t == "PERSON_NAME" && v.contains("Springfield")),
        "{hl7:#?}"
    );
    assert!(found("other.txt").is_empty(), "{findings:#?}");
}

#[test]
fn x12_elements_are_read_by_segment_and_qualifier() {
    let d = Dir::new();
    // An 837P claim: submitter, billing provider, subscriber, diagnoses.
    let claim = "ISA*00*          *00*          *ZZ*CLRHSE01       *ZZ*PAYER01        \
        *240115*1118*^*00501*000000101*0*P*:~\n\
        GS*HC*CLRHSE01*PAYER01*20240115*1118*101*X*005010X222A1~\n\
        ST*837*0001*005010X222A1~\n\
        NM1*41*2*LAKESIDE ORTHOPEDIC ASSOC*****46*815639~\n\
        PER*IC*MARIA GONZALEZ*TE*9195726352~\n\
        NM1*85*2*LAKESIDE ORTHOPEDIC ASSOC*****XX*1245319599~\n\
        N3*19885 E HAWTHORNE WAY~\n\
        N4*SPOKANE*WA*99201~\n\
        REF*EI*775093851~\n\
        NM1*IL*1*APPIAH*KWAME*T***MI*1EG4TE5MK72~\n\
        N3*3439 S CHESTNUT HILL ST APT 28A~\n\
        DMG*D8*19800711*M~\n\
        REF*SY*571282364~\n\
        CLM*PCN4471*150***11:B:1*Y*A*Y*Y~\n\
        DTP*472*D8*20240103~\n\
        HI*ABK:E119*ABF:I10*ABF:S72142A~\n\
        SE*16*0001~\n";
    d.write("lake/claims/claim_0001.edi", claim);
    // The same segments in a file with no X12 envelope say nothing.
    let notes = "Mapping notes: NM1*IL*1*APPIAH*KWAME is the subscriber,\n\
        DMG*D8*19800711 the birth date, HI*ABK:E119 the diagnosis.\n";
    d.write("lake/claims/notes.txt", notes);
    datareach(d.path(), &["scan", "lake", "--out", "out"]);
    let findings = d.json_lines("out/findings.jsonl");
    let of = |data_type: &str| values_of(&findings, "claims/claim_0001.edi", data_type, claim);
    assert_eq!(
        of("PERSON_NAME"),
        set_of(&["APPIAH*KWAME*T", "MARIA GONZALEZ"])
    );
    assert_eq!(
        of("STREET_ADDRESS"),
        set_of(&["19885 E HAWTHORNE WAY", "3439 S CHESTNUT HILL ST APT 28A"])
    );
    assert_eq!(of("DATE_OF_BIRTH"), set_of(&["19800711"]));
    assert_eq!(of("US_NPI"), set_of(&["1245319599"]));
    assert_eq!(of("US_EIN"), set_of(&["775093851"]));
    assert_eq!(of("US_SSN"), set_of(&["571282364"]));
    assert_eq!(of("PHONE_NUMBER"), set_of(&["9195726352"]));
    assert_eq!(of("ICD10_CODE"), set_of(&["E119", "I10", "S72142A"]));
    assert_eq!(of("US_MBI"), set_of(&["1EG4TE5MK72"]));
    // An organization (entity type 2) is no person; a service date is no
    // birth date.
    assert!(!of("PERSON_NAME").iter().any(|v| v.contains("LAKESIDE")));
    let in_notes: Vec<_> = findings
        .iter()
        .filter(|f| f["path"] == "claims/notes.txt")
        .collect();
    assert!(in_notes.is_empty(), "{in_notes:#?}");
}

#[test]
fn nacha_entry_records_are_read_by_position() {
    let d = Dir::new();
    let record = |fields: &[&str]| -> String {
        let line = fields.concat();
        assert_eq!(line.len(), 94, "{line}");
        line
    };
    let file = [
        record(&[
            "101 021000021 0627108462501151200A094101",
            "FIRST HARBOR BANK      OSPREY HVAC LLC                ",
        ]),
        record(&[
            "5220OSPREY HVAC LLC PAYROLL             1907085192PPDPAYROLL   ",
            "250528250528   1062710840000001",
        ]),
        // Receivers: a listed name surname first, one given name first, a
        // name the lists lack, a company.
        record(&[
            "622",
            "027644494",
            "50158908045503514",
            "0000726024",
            "EMP941710      ",
            "CIFUENTES, GRACIELA   ",
            "  0",
            "062710840000001",
        ]),
        record(&[
            "622",
            "021000021",
            "4417209935       ",
            "0000747221",
            "EMP975483      ",
            "MARIA GONZALEZ        ",
            "  0",
            "062710840000002",
        ]),
        record(&[
            "627",
            "062710846",
            "889012347        ",
            "0000155000",
            "EMP104417      ",
            "GREWAL ANIRUDH        ",
            "  0",
            "062710840000003",
        ]),
        record(&[
            "622",
            "021000021",
            "7730551280       ",
            "0001250000",
            "VEND0042       ",
            "ACME SUPPLY CO        ",
            "  0",
            "062710840000004",
        ]),
        record(&[
            "822000000400150292460000000000000000030000001907085192",
            "                         062710840000001",
        ]),
    ]
    .join("\n")
        + "\n";
    d.write("lake/ach/PPD_0528.txt", &file);
    // An entry record alone, with no header, is 94 characters of digits.
    let loose = file.lines().nth(2).unwrap().to_string() + "\n";
    d.write("lake/ach/loose.txt", &loose);
    datareach(d.path(), &["scan", "lake", "--out", "out"]);
    let findings = d.json_lines("out/findings.jsonl");
    let of = |data_type: &str| values_of(&findings, "ach/PPD_0528.txt", data_type, &file);
    assert_eq!(
        of("US_BANK_ROUTING_NUMBER"),
        set_of(&["021000021", "027644494", "062710846"])
    );
    assert_eq!(
        of("US_BANK_ACCOUNT_NUMBER"),
        set_of(&["50158908045503514", "4417209935", "889012347", "7730551280"])
    );
    assert_eq!(
        of("PERSON_NAME"),
        set_of(&["CIFUENTES, GRACIELA", "MARIA GONZALEZ", "GREWAL ANIRUDH"])
    );
    let in_loose: Vec<_> = findings
        .iter()
        .filter(|f| f["path"] == "ach/loose.txt")
        .collect();
    assert!(in_loose.is_empty(), "{in_loose:#?}");
}

#[test]
fn vcard_and_ldif_properties_are_read_by_name() {
    let d = Dir::new();
    let card = "BEGIN:VCARD\r\n\
        VERSION:4.0\r\n\
        N:af Klint;Ebba;;;\r\n\
        FN:Ebba af Klint\r\n\
        TEL;TYPE=HOME:310-9589877\r\n\
        ADR;TYPE=HOME:;;U Milosrdných 27;706 00 Ostrava;;;Česká republika\r\n\
        BDAY:19600704\r\n\
        ANNIVERSARY:1991-07-23\r\n\
        END:VCARD\r\n";
    d.write("lake/contacts.vcf", card);
    let dump = "dn: uid=fcaruso,ou=People,dc=example,dc=org\n\
        objectClass: inetOrgPerson\n\
        cn: Federica Caruso\n\
        sn: Caruso\n\
        givenName: Federica\n\
        uidNumber: 46862\n\
        telephoneNumber: 750 034 227\n\
        homePostalAddress: Na Příkopě 25$609 00 Brno\n\
        \n\
        dn: cn=Domain Admins,ou=Groups,dc=example,dc=org\n\
        objectClass: groupOfNames\n\
        cn: Domain Admins\n";
    d.write("lake/people.ldif", dump);
    // The same lines outside a vCard or an LDIF dump say nothing of their
    // own: no format's rule reads them (the camelCase `telephoneNumber`
    // still labels its number for the phone rules every text gets).
    let notes = "sn: Caruso\nBDAY:19600704\ntelephoneNumber: 750 034 227\n";
    d.write("lake/notes.txt", notes);
    datareach(d.path(), &["scan", "lake", "--out", "out"]);
    let findings = d.json_lines("out/findings.jsonl");
    let card_has = |t: &str| values_of(&findings, "contacts.vcf", t, card);
    assert!(card_has("PERSON_NAME").contains("af Klint;Ebba"));
    assert_eq!(card_has("PHONE_NUMBER"), set_of(&["310-9589877"]));
    assert_eq!(card_has("STREET_ADDRESS"), set_of(&["U Milosrdných 27"]));
    assert_eq!(card_has("DATE_OF_BIRTH"), set_of(&["19600704"]));
    let dump_has = |t: &str| values_of(&findings, "people.ldif", t, dump);
    assert_eq!(
        dump_has("PERSON_NAME"),
        set_of(&["Federica Caruso", "Caruso", "Federica"])
    );
    assert_eq!(dump_has("PHONE_NUMBER"), set_of(&["750 034 227"]));
    assert_eq!(dump_has("STREET_ADDRESS"), set_of(&["Na Příkopě 25"]));
    let in_notes: Vec<_> = findings
        .iter()
        .filter(|f| f["path"] == "notes.txt")
        .collect();
    assert!(
        in_notes.iter().all(|f| {
            let rule = f["rule"].as_str().unwrap();
            f["type"] == "PHONE_NUMBER" && !rule.contains("ldif") && !rule.contains("vcard")
        }),
        "{in_notes:#?}"
    );
    assert_eq!(
        values_of(&findings, "notes.txt", "PHONE_NUMBER", notes).len(),
        1
    );
}

#[test]
fn cda_and_iso20022_elements_are_read_by_name() {
    let d = Dir::new();
    let cda = r#"<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <recordTarget>
    <patientRole>
      <id extension="6913241" root="2.16.840.1.113883.19.5"/>
      <patient>
        <name use="L"><given>Tereza</given><family>Svobodová</family></name>
        <birthTime value="19490820"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author><time value="20240330141800"/>
    <assignedAuthor><id extension="1245319599" root="2.16.840.1.113883.4.6"/></assignedAuthor>
  </author>
  <value xsi:type="CD" code="E11.9" codeSystem="2.16.840.1.113883.6.90"/>
</ClinicalDocument>
"#;
    d.write("lake/cda/ccd_0001.xml", cda);
    let payment = r#"<?xml version="1.0"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
  <CdtTrfTxInf>
    <CdtrAgt><FinInstnId><BICFI>KOMBCZPP</BICFI></FinInstnId></CdtrAgt>
    <Cdtr>
      <Nm>Kateřina Kučera</Nm>
      <PstlAdr><Ctry>CZ</Ctry><AdrLine>U Milosrdných 25</AdrLine><AdrLine>706 00 Ostrava</AdrLine></PstlAdr>
    </Cdtr>
  </CdtTrfTxInf>
</Document>
"#;
    d.write("lake/sepa/pain001.xml", payment);
    datareach(d.path(), &["scan", "lake", "--out", "out"]);
    let findings = d.json_lines("out/findings.jsonl");
    let cda_has = |t: &str| values_of(&findings, "cda/ccd_0001.xml", t, cda);
    assert_eq!(cda_has("PERSON_NAME"), set_of(&["Tereza", "Svobodová"]));
    assert_eq!(cda_has("DATE_OF_BIRTH"), set_of(&["19490820"]));
    assert_eq!(cda_has("MEDICAL_RECORD_NUMBER"), set_of(&["6913241"]));
    assert_eq!(cda_has("US_NPI"), set_of(&["1245319599"]));
    assert_eq!(cda_has("ICD10_CODE"), set_of(&["E11.9"]));
    let pay_has = |t: &str| values_of(&findings, "sepa/pain001.xml", t, payment);
    assert_eq!(pay_has("SWIFT_BIC_CODE"), set_of(&["KOMBCZPP"]));
    assert_eq!(pay_has("PERSON_NAME"), set_of(&["Kateřina Kučera"]));
    assert_eq!(pay_has("STREET_ADDRESS"), set_of(&["U Milosrdných 25"]));
}

#[test]
fn diagnosis_codes_under_headings_and_in_other_languages_are_found() {
    let d = Dir::new();
    let summary = "# Care summary\n\
        \n\
        ## Problem list\n\
        \n\
        * Atherosclerotic heart disease (I25.10) - since 2018\n\
        * Obstructive sleep apnea (G47.33) - since 2019\n\
        * COVID-19 (U07.1) - 2021\n\
        \n\
        ## Devices\n\
        \n\
        * Pump firmware (E11.2) - updated\n";
    let notes = "Wizyta 13.01.2024. Rozpoznanie: E03.9, G47.33.\n\
        Besök 2024-01-28. Diagnos: F10.20, tidigare M79.7.\n\
        Gate U12.3 closed.\n";
    d.write("lake/summary.md", summary);
    d.write("lake/notes.txt", notes);
    datareach(d.path(), &["scan", "lake", "--out", "out"]);
    let findings = d.json_lines("out/findings.jsonl");
    assert_eq!(
        values_of(&findings, "summary.md", "ICD10_CODE", summary),
        set_of(&["I25.10", "G47.33", "U07.1"])
    );
    assert_eq!(
        values_of(&findings, "notes.txt", "ICD10_CODE", notes),
        set_of(&["E03.9", "G47.33", "F10.20", "M79.7"])
    );
}

#[test]
fn accented_display_names_of_mailboxes_are_names() {
    let d = Dir::new();
    let mail = "From: \"Conceição dos Santos\" <conceicaod98@uol.com.br>\n\
        To: \"Dubois, Étienne\" <e.dubois@orange.fr>\n\
        Cc: Jörg Schulze-Böhm <jschulzeboehm@cobaltridge.ai>, Équipe Support <support@cobaltridge.fr>\n\
        Subject: Re: facture\n\
        \n\
        On Mon, 24 Jun 2024, Siobhán Ní Bhriain <nibhriain.siobhan@greyfriars.co.uk> wrote:\n\
        > Merci\n";
    d.write("lake/reply.eml", mail);
    datareach(d.path(), &["scan", "lake", "--out", "out"]);
    let findings = d.json_lines("out/findings.jsonl");
    assert_eq!(
        values_of(&findings, "reply.eml", "PERSON_NAME", mail),
        set_of(&[
            "Conceição dos Santos",
            "Dubois, Étienne",
            "Jörg Schulze-Böhm",
            "Siobhán Ní Bhriain",
        ])
    );
}

#[test]
fn names_after_form_labels_and_chat_times_are_found_and_thing_names_are_not() {
    let d = Dir::new();
    let form = "INTAKE FORM\n\
        Last name: Okonjo-Bright\n\
        First name: Adaeze\n\
        Employee:  Vasquez-Thorne, Idris (emp id 4471)\n\
        Member name ............ Thistlewood, Bram\n\
        Name: Production Server\n\
        Patient: Chest Pain\n\
        Last name: Unknown\n\
        Patient(e) : LEFÈVRE Camille\n\
        Owner: IBM Watson\n";
    let chat = "[16:11] <Priya Quillfeather> new address is on file\n\
        [16:12] Priya Quillfeather: thx\n\
        [10:00] Opening Remarks: welcome\n\
        [10:15:32] Connection Closed: peer reset\n";
    d.write("lake/forms/intake.txt", form);
    d.write("lake/chat/export.txt", chat);
    datareach(d.path(), &["scan", "lake", "--out", "out"]);
    let findings = d.json_lines("out/findings.jsonl");
    let names = |path: &str, text: &str| values_of(&findings, path, "PERSON_NAME", text);
    let expected = set_of;
    assert_eq!(
        names("forms/intake.txt", form),
        expected(&[
            "Okonjo-Bright",
            "Adaeze",
            "Vasquez-Thorne, Idris",
            "Thistlewood, Bram",
            // A French form's `SURNAME Given`.
            "LEFÈVRE Camille"
        ]),
        "{findings:#?}"
    );
    assert_eq!(
        names("chat/export.txt", chat),
        expected(&["Priya Quillfeather"]),
        "{findings:#?}"
    );
    // Both of the chat's lines name her: two findings, one value.
    let in_chat = findings
        .iter()
        .filter(|f| f["path"] == "chat/export.txt" && f["type"] == "PERSON_NAME")
        .count();
    assert_eq!(in_chat, 2, "{findings:#?}");
}

#[test]
fn names_signed_abroad_credentialed_titled_and_chat_headers_are_found_and_look_alikes_are_not() {
    let d = Dir::new();
    let letters = "Mit freundlichen Grüßen\n\
        Dr. med. Jörg Quillfeather\n\
        \n\
        Yours sincerely,\n\
        \n\
        Dr Pádraig Thistlewood\n\
        \n\
        Mit freundlichen Grüßen\n\
        Ihr Praxisteam\n\
        \n\
        Saludos,\n\
        Equipo de Soporte\n";
    let notes = "Routed to Dr. Brennan. Lungs clear.\n\
        We drank Dr. Pepper at lunch; journal: Dr Cash 500\n\
        Seen by Obiora Nwachukwu, PA-C (NPI 1234567893)\n\
        Clinic in Glen Burnie, MD 21061\n\
        Internal Medicine, MD  on call\n";
    let chat = "Priya Quillfeather  9:53 AM\n\
        can someone look at this\n\
        Deploy Bot  9:54 AM\n\
        build passed\n\
        [16:22] <Marcus Quillfeather> pharmacy called about a script\n";
    d.write("lake/mail/letters.txt", letters);
    d.write("lake/notes/notes.txt", notes);
    d.write("lake/chat/export.txt", chat);
    datareach(d.path(), &["scan", "lake", "--out", "out"]);
    let findings = d.json_lines("out/findings.jsonl");
    let names = |path: &str, text: &str| values_of(&findings, path, "PERSON_NAME", text);
    let expected = set_of;
    assert_eq!(
        names("mail/letters.txt", letters),
        expected(&["Jörg Quillfeather", "Pádraig Thistlewood"]),
        "{findings:#?}"
    );
    assert_eq!(
        names("notes/notes.txt", notes),
        expected(&["Dr. Brennan", "Obiora Nwachukwu"]),
        "{findings:#?}"
    );
    assert_eq!(
        names("chat/export.txt", chat),
        expected(&["Priya Quillfeather", "Marcus Quillfeather"]),
        "{findings:#?}"
    );
}

#[test]
fn street_lines_after_an_address_label_are_found_and_other_addresses_are_not() {
    let d = Dir::new();
    let form = "Adress: Västra Hamngatan 64, lgh 1415, 111 51 Stockholm\n\
        Wohnhaft: Am Mühlbach 27 a, 10115 Berlin\n\
        Street address ..... 1072 OLD MILL LN\n\
        IP Address: 10.0.0.1\n\
        MAC Address: 00:1A:2B:3C:4D:5E\n\
        Address: unknown, 2024\n\
        Address: Flat 8, 10 Hawthorn Close, Leeds\n";
    d.write("lake/forms/addresses.txt", form);
    datareach(d.path(), &["scan", "lake", "--out", "out"]);
    let findings = d.json_lines("out/findings.jsonl");
    let streets = values_of(&findings, "forms/addresses.txt", "STREET_ADDRESS", form);
    let expected = set_of(&[
        "Västra Hamngatan 64, lgh 1415",
        "Am Mühlbach 27 a",
        "1072 OLD MILL LN",
        "10 Hawthorn Close",
    ]);
    assert_eq!(streets, expected, "{findings:#?}");
}

#[test]
fn national_numbers_without_a_trunk_zero_are_phones_and_ip_addresses_stay_ip_addresses() {
    let d = Dir::new();
    let note = "Teléfono: 93 311 28 51\n\
        Telefon: 22 253 05 40\n\
        Celular: (21) 96151-9841\n\
        Teléfono: 123-45-6789\n\
        order 93 311 28 52\n";
    d.write("lake/notes/contacts.txt", note);
    d.write(
        "lake/exports/contacts.csv",
        "id,contact\n1,85.215.223.191\n2,630 579 605\n",
    );
    datareach(d.path(), &["scan", "lake", "--out", "out"]);
    let findings = d.json_lines("out/findings.jsonl");
    let phones = values_of(&findings, "notes/contacts.txt", "PHONE_NUMBER", note);
    let expected = set_of(&["93 311 28 51", "22 253 05 40", "(21) 96151-9841"]);
    assert_eq!(phones, expected, "{findings:#?}");
    let in_table = |row: u64| -> Vec<&str> {
        findings
            .iter()
            .filter(|f| f["path"] == "exports/contacts.csv" && f["row"] == row)
            .map(|f| f["type"].as_str().unwrap())
            .collect()
    };
    assert_eq!(in_table(0), ["IP_ADDRESS"], "{findings:#?}");
    assert_eq!(in_table(1), ["PHONE_NUMBER"], "{findings:#?}");
}

/// A mainframe extract under its copybook: the fields the copybook names
/// are the columns its records are classified by.
const PAYROLL_EXTRACT: &str = "      *=========================================================*\n\
      * PAYROLL - EXTRACT FOR DATA LAKE LOAD   LRECL=62          *\n\
      *=========================================================*\n\
       01  PA-RECORD.\n\
           05  PA-EMP-ID          PIC X(06).\n\
           05  FILLER             PIC X(01).\n\
           05  PA-INDV-NAME       PIC X(20).\n\
           05  FILLER             PIC X(01).\n\
           05  PA-SSN             PIC 9(09).\n\
           05  FILLER             PIC X(01).\n\
           05  PA-BIRTH-DATE      PIC 9(08).\n\
           05  FILLER             PIC X(01).\n\
           05  PA-RDFI-ROUTING    PIC 9(09).\n\
           05  FILLER             PIC X(01).\n\
           05  PA-NET-PAY         PIC 9(7)V99.\n\
E73442 GARCIA MARIA         571282364 19680514 021000021 000673644\n\
E22419 SMITH JOHN           219099999 19951030 071900922 000335540\n\
E43139 JOHNSON MARY         457555462 19780220 021000021 000325508\n";

#[test]
fn fixed_width_records_are_read_by_their_copybook() {
    let d = Dir::new();
    d.write("lake/PAYROLL.D25105.G9924V00", PAYROLL_EXTRACT);
    d.write("lake/payroll.dat.gz", gzip(PAYROLL_EXTRACT.as_bytes()));
    // Packed fields cannot be cut into text columns: scanned as text.
    d.write(
        "lake/packed.txt",
        PAYROLL_EXTRACT.replace("PIC 9(7)V99.", "PIC 9(7)V99 COMP-3."),
    );
    datareach(d.path(), &["scan", "lake", "--out", "out"]);
    let findings = d.json_lines("out/findings.jsonl");
    let expected: [(&str, &[&str]); 4] = [
        ("US_SSN", &["571282364", "457555462"]),
        ("DATE_OF_BIRTH", &["19680514", "19951030", "19780220"]),
        ("US_BANK_ROUTING_NUMBER", &["021000021", "071900922"]),
        (
            "PERSON_NAME",
            &["GARCIA MARIA", "SMITH JOHN", "JOHNSON MARY"],
        ),
    ];
    for path in ["PAYROLL.D25105.G9924V00", "payroll.dat.gz"] {
        for (data_type, values) in expected {
            assert_eq!(
                values_of(&findings, path, data_type, PAYROLL_EXTRACT),
                set_of(values),
                "{path} {data_type}: {findings:#?}"
            );
        }
        // Findings carry their field and line.
        let ssn = findings
            .iter()
            .find(|f| f["path"] == path && f["type"] == "US_SSN")
            .unwrap();
        assert_eq!(ssn["column"], "PA-SSN");
        assert_eq!(ssn["line"], 16);
    }
    let labels = d.json_lines("out/labels.jsonl");
    let column = |name: &str| {
        labels
            .iter()
            .find(|l| l["path"] == "PAYROLL.D25105.G9924V00" && l["column"] == name)
            .unwrap_or_else(|| panic!("no label for {name}: {labels:#?}"))
    };
    assert_eq!(column("PA-SSN")["types"]["US_SSN"], 2);
    assert_eq!(
        column("PA-RDFI-ROUTING")["types"]["US_BANK_ROUTING_NUMBER"],
        3
    );
    assert_eq!(column("PA-EMP-ID")["types"], serde_json::json!({}));
    assert_eq!(column("PA-SSN")["rows_total"], 3);
    assert!(labels
        .iter()
        .all(|l| l["path"] != "packed.txt" || l["column"].is_null()));
    let summary = d.json("out/scan.json");
    assert_eq!(summary["objects_errored"], 0, "{summary:#}");
    // `--sample-rows N` reads the first N records; 0 reads them all.
    for (rows, scanned) in [("1", 1), ("0", 3)] {
        let out = format!("out-{rows}");
        datareach(
            d.path(),
            &["scan", "lake", "--sample-rows", rows, "--out", &out],
        );
        let labels = d.json_lines(&format!("{out}/labels.jsonl"));
        let ssn = labels
            .iter()
            .find(|l| l["path"] == "PAYROLL.D25105.G9924V00" && l["column"] == "PA-SSN")
            .unwrap();
        assert_eq!(
            ssn["rows_scanned"], scanned,
            "--sample-rows {rows}: {ssn:#}"
        );
    }
}
