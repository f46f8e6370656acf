//! End-to-end tests of table classification: the real binary on hand-made
//! tables in a temporary directory.

use arrow::array::{
    Array, ArrayRef, DictionaryArray, Int32Array, Int64Array, StringArray, StructArray,
};
use arrow::datatypes::{DataType, Field, Int32Type, Schema};
use arrow::record_batch::RecordBatch;
use parquet::arrow::ArrowWriter;
use parquet::file::properties::WriterProperties;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

mod util;

fn luhn_complete(prefix: &str) -> String {
    for d in 0..10 {
        let s = format!("{prefix}{d}");
        let digits: Vec<u32> = s.chars().map(|c| c.to_digit(10).unwrap()).collect();
        let mut sum = 0;
        for (i, &x) in digits.iter().rev().enumerate() {
            let mut v = x;
            if i % 2 == 1 {
                v *= 2;
                if v > 9 {
                    v -= 9;
                }
            }
            sum += v;
        }
        if sum % 10 == 0 {
            return s;
        }
    }
    unreachable!()
}

/// A Visa-like 16-digit card number passing Luhn.
fn card(i: u64) -> String {
    luhn_complete(&format!("4{:014}", 52_718_301_234_567 + i * 7919))
}

/// A valid-looking SSN (area 100-665, group and serial non-zero).
fn ssn(i: u64) -> String {
    format!(
        "{:03}-{:02}-{:04}",
        101 + (i * 37) % 560,
        1 + (i * 13) % 98,
        1001 + (i * 7) % 8990
    )
}

fn ssn_digits(i: u64) -> i64 {
    ssn(i).replace('-', "").parse().unwrap()
}

/// An NPI: 10 digits starting with 1, Luhn over the 80840 prefix.
fn npi(i: u64) -> i64 {
    let base = format!("1{:08}", 23_456_789 + i * 104_729 % 70_000_000);
    for d in 0..10 {
        let s = format!("{base}{d}");
        let full = format!("80840{s}");
        if luhn_complete(&full[..full.len() - 1]) == full {
            return s.parse().unwrap();
        }
    }
    unreachable!()
}

/// A German IBAN with valid ISO 13616 check digits, grouped by 4.
fn iban(i: u64) -> String {
    let bban = format!("{:018}", 370_400_440_532_000_000 + i * 7_777);
    let numeric = format!("{bban}131400"); // D=13 E=14 00
    let rem = numeric
        .bytes()
        .fold(0u64, |acc, b| (acc * 10 + (b - b'0') as u64) % 97);
    let s = format!("DE{:02}{bban}", 98 - rem);
    s.as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join(" ")
}

const FIRST: &[&str] = &[
    "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda",
];
const LAST: &[&str] = &[
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
];

fn name(i: u64) -> String {
    format!(
        "{} {}",
        FIRST[(i % 8) as usize],
        LAST[((i / 8) % 8) as usize]
    )
}

fn email(i: u64) -> String {
    format!(
        "user{i}.{}@example-mail.com",
        LAST[(i % 8) as usize].to_lowercase()
    )
}

fn hash(i: u64) -> String {
    // 64 hex characters, deterministic.
    let mut s = String::new();
    let mut x = i.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    while s.len() < 64 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        s.push_str(&format!("{x:016x}"));
    }
    s.truncate(64);
    s
}

struct Run {
    code: i32,
    out: PathBuf,
}

impl Run {
    fn jsonl(&self, name: &str) -> Vec<Value> {
        let text = std::fs::read_to_string(self.out.join(name)).unwrap();
        text.lines()
            .filter(|l| !l.is_empty())
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }
    fn labels(&self) -> Vec<Value> {
        self.jsonl("labels.jsonl")
    }
    fn findings(&self) -> Vec<Value> {
        self.jsonl("findings.jsonl")
    }
    fn summary(&self) -> Value {
        serde_json::from_str(&std::fs::read_to_string(self.out.join("scan.json")).unwrap()).unwrap()
    }
    /// Types of column `col` of table `path`.
    fn column_types(&self, path: &str, col: &str) -> BTreeSet<String> {
        let l = self
            .labels()
            .into_iter()
            .find(|l| l["path"] == path && l["column"] == col)
            .unwrap_or_else(|| panic!("no label for {path}:{col}"));
        assert_eq!(l["kind"], "column");
        l["types"].as_object().unwrap().keys().cloned().collect()
    }
    fn table_label(&self, path: &str) -> Value {
        self.labels()
            .into_iter()
            .find(|l| l["path"] == path && l["column"].is_null())
            .unwrap_or_else(|| panic!("no table label for {path}"))
    }
    fn problem(&self, path: &str) -> Option<Value> {
        self.summary()["problems"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["path"] == path)
            .cloned()
    }
}

fn scan(dir: &Path, extra: &[&str]) -> Run {
    let out = dir.parent().unwrap().join(format!(
        "out-{}",
        dir.file_name().unwrap().to_string_lossy()
    ));
    let status = Command::new(env!("CARGO_BIN_EXE_datareach"))
        .arg("scan")
        .arg(dir)
        .arg("--out")
        .arg(&out)
        .arg("-q")
        .args(extra)
        .status()
        .unwrap();
    Run {
        code: status.code().unwrap_or(-1),
        out,
    }
}

/// A fresh temporary directory and its empty `lake/` subdirectory, the
/// scanned root (outputs go beside it).
fn lake() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("lake");
    std::fs::create_dir(&dir).unwrap();
    (tmp, dir)
}

fn set(types: &[&str]) -> BTreeSet<String> {
    types.iter().map(|s| s.to_string()).collect()
}

fn write(dir: &Path, name: &str, data: impl AsRef<[u8]>) {
    std::fs::write(dir.join(name), data).unwrap();
}

fn customers_csv(rows: u64) -> String {
    let mut s = String::from("customer_email,ssn,id,notes,amount,status\n");
    for i in 0..rows {
        let notes = if i % 3 == 0 {
            format!(
                "\"Customer called about the invoice, please reach back at {} or phone (303) 555-{:04} next week\"",
                email(i + 500),
                1000 + i
            )
        } else {
            "\"No action needed on this account for now, closing the ticket as resolved today\""
                .to_string()
        };
        s.push_str(&format!(
            "{},{},{},{},{}.{:02},active\n",
            email(i),
            hash(i),
            card(i),
            notes,
            100 + i,
            i % 100
        ));
    }
    s
}

/// A 1099 vendor file, as CSV and as Parquet: the `tin` column holds SSNs,
/// EINs and ITINs, and the `tin_type` beside it says which, row by row (S,
/// E, I); an `id_number` column is told by `id_type` words. A `phone_type`
/// of `home` names no type: the phone column keeps its own name.
#[test]
fn a_kind_column_names_the_type_of_its_sibling_row_by_row() {
    let (_tmp, dir) = lake();
    struct Vendor {
        kind: &'static str,
        tin: i64,
        id_type: &'static str,
        id_number: String,
        phone: String,
    }
    let vendors: Vec<Vendor> = (0..30u64)
        .map(|i| {
            let (kind, tin) = match i % 3 {
                0 => ("S", ssn_digits(i)),
                // EIN prefixes 20-27 are IRS campus prefixes.
                1 => ("E", ((20 + i % 8) * 10_000_000 + 1_234_567 + i * 31) as i64),
                // ITIN: area 9xx, group 70-88.
                _ => (
                    "I",
                    (910 + i) as i64 * 1_000_000 + (70 + i % 19) as i64 * 10_000 + 1001,
                ),
            };
            let (id_type, id_number) = if i % 2 == 0 {
                ("Passport", format!("C{:08}", 31_415_926 + i))
            } else {
                ("DL", format!("D{:07}", 2_718_281 + i))
            };
            let phone = format!("(312) 748-{:04}", 1000 + i);
            Vendor {
                kind,
                tin,
                id_type,
                id_number,
                phone,
            }
        })
        .collect();
    let mut csv = String::from("vendor,tin_type,tin,id_type,id_number,phone_type,phone\n");
    for (i, v) in vendors.iter().enumerate() {
        csv.push_str(&format!(
            "Vendor {i},{},{},{},{},home,{}\n",
            v.kind, v.tin, v.id_type, v.id_number, v.phone
        ));
    }
    write(&dir, "vendors.csv", &csv);
    let strings = |f: &dyn Fn(&Vendor) -> String| -> ArrayRef {
        Arc::new(StringArray::from(vendors.iter().map(f).collect::<Vec<_>>()))
    };
    let kinds: ArrayRef = Arc::new(
        vendors
            .iter()
            .map(|v| v.kind)
            .collect::<DictionaryArray<Int32Type>>(),
    );
    let schema = Schema::new(vec![
        Field::new(
            "tin_type",
            DataType::Dictionary(Box::new(DataType::Int32), Box::new(DataType::Utf8)),
            false,
        ),
        Field::new("tin", DataType::Int64, false),
        Field::new("id_type", DataType::Utf8, false),
        Field::new("id_number", DataType::Utf8, false),
        Field::new("phone_type", DataType::Utf8, false),
        Field::new("phone", DataType::Utf8, false),
    ]);
    let batch = RecordBatch::try_new(
        Arc::new(schema),
        vec![
            kinds,
            Arc::new(Int64Array::from(
                vendors.iter().map(|v| v.tin).collect::<Vec<_>>(),
            )),
            strings(&|v| v.id_type.to_string()),
            strings(&|v| v.id_number.clone()),
            strings(&|_| "home".to_string()),
            strings(&|v| v.phone.clone()),
        ],
    )
    .unwrap();
    write_parquet(&dir.join("vendors.parquet"), &[batch], 100);
    let run = scan(&dir, &[]);
    assert_eq!(run.code, 1);
    let findings = run.findings();
    for path in ["vendors.csv", "vendors.parquet"] {
        let in_column = |col: &str, row: usize| -> Vec<String> {
            findings
                .iter()
                .filter(|f| f["path"] == path && f["column"] == col && f["row"] == row)
                .map(|f| f["type"].as_str().unwrap().to_string())
                .collect()
        };
        for (row, v) in vendors.iter().enumerate() {
            let tin = match v.kind {
                "S" => "US_SSN",
                "E" => "US_EIN",
                _ => "US_ITIN",
            };
            assert_eq!(in_column("tin", row), [tin], "{path} row {row}");
            let id = if row % 2 == 0 {
                "US_PASSPORT"
            } else {
                "US_DRIVERS_LICENSE"
            };
            assert_eq!(in_column("id_number", row), [id], "{path} row {row}");
            assert_eq!(
                in_column("phone", row),
                ["PHONE_NUMBER"],
                "{path} row {row}"
            );
        }
        assert_eq!(
            run.column_types(path, "tin"),
            set(&["US_EIN", "US_ITIN", "US_SSN"])
        );
        assert_eq!(run.column_types(path, "tin_type"), set(&[]));
    }
}

#[test]
fn a_name_a_table_reported_in_full_vouches_for_its_given_name_in_later_cells() {
    let (_tmp, dir) = lake();
    // `Dominika` is in no list: the greeting alone names no one the lists
    // know, and the other table never named her.
    let row = |name: &str, case: u32| {
        format!(
            r#"{{"requester": {{"name": "{name}"}}, "comments": [{{"body": "Thanks Dominika, we opened case {case}."}}]}}"#
        )
    };
    write(
        &dir,
        "tickets.jsonl",
        format!(
            "{}\n{}\n",
            row("Dominika Johnson", 12),
            row("Arvo Pelt", 13)
        ),
    );
    write(&dir, "other.jsonl", format!("{}\n", row("Arvo Pelt", 14)));
    let run = scan(&dir, &["--show-values"]);
    assert_eq!(run.code, 1);
    let greeted: Vec<(String, u64)> = run
        .findings()
        .iter()
        .filter(|f| f["column"] == "comments[].body" && f["type"] == "PERSON_NAME")
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_owned(),
                f["row"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        greeted,
        [
            ("tickets.jsonl".to_owned(), 0),
            ("tickets.jsonl".to_owned(), 1)
        ]
    );
}

#[test]
fn csv_columns_are_classified_by_values_not_names() {
    let (_tmp, dir) = lake();
    write(&dir, "customers.csv", customers_csv(60));
    let run = scan(&dir, &[]);
    assert_eq!(run.code, 1, "findings, no problem");
    let p = "customers.csv";
    assert_eq!(
        run.column_types(p, "customer_email"),
        set(&["EMAIL_ADDRESS"])
    );
    // A column named `ssn` holding hashes is not an SSN column.
    assert_eq!(run.column_types(p, "ssn"), set(&[]));
    // A column named `id` holding card numbers is a card column.
    assert_eq!(run.column_types(p, "id"), set(&["CREDIT_CARD_NUMBER"]));
    // Free text carries several types.
    let notes = run.column_types(p, "notes");
    assert!(notes.contains("EMAIL_ADDRESS"), "{notes:?}");
    assert_eq!(run.column_types(p, "amount"), set(&[]));
    assert_eq!(run.column_types(p, "status"), set(&[]));
    let email_label = run
        .labels()
        .into_iter()
        .find(|l| l["column"] == "customer_email")
        .unwrap();
    assert_eq!(email_label["rows_scanned"], 60);
    assert_eq!(email_label["rows_total"], 60);
    assert_eq!(email_label["ratio"], 1.0);
    assert_eq!(email_label["types"]["EMAIL_ADDRESS"], 60);
    assert_eq!(email_label["categories"], serde_json::json!(["PII"]));
    let table = run.table_label(p);
    assert_eq!(table["kind"], "table");
    assert_eq!(table["rows_scanned"], 60);
    assert!(table["types"]["CREDIT_CARD_NUMBER"].as_u64().unwrap() >= 60);
    // Findings carry column and row, and where the file holds the value.
    let f = run
        .findings()
        .into_iter()
        .find(|f| f["column"] == "id")
        .unwrap();
    assert_eq!(f["type"], "CREDIT_CARD_NUMBER");
    assert_eq!(f["row"], 0);
    assert_eq!(f["line"], 2);
    let text = customers_csv(60);
    let (start, end) = (f["start"].as_u64().unwrap(), f["end"].as_u64().unwrap());
    assert_eq!(&text[start as usize..end as usize], card(0));
    assert!(!f["masked"].as_str().unwrap().contains(&card(0)[4..12]));
}

/// Checks every finding of `path` (scanned with `--show-values`) that
/// carries offsets against `text`, the file's content (decompressed), and
/// returns how many did and how many are by column and row only.
fn check_located(run: &Run, path: &str, text: &str) -> (usize, usize) {
    let (mut located, mut by_row) = (0, 0);
    for f in run.findings().iter().filter(|f| f["path"] == path) {
        assert!(f["column"].is_string(), "{path}: {f}");
        if is_located_in(f, text, path) {
            located += 1;
        } else {
            by_row += 1;
        }
    }
    (located, by_row)
}

/// Whether finding `f` of `path` carries offsets; when it does, they and
/// its line must point at its value in `text`, and when not, it has no
/// `end` or `line` either.
fn is_located_in(f: &Value, text: &str, path: &str) -> bool {
    let Some(start) = f["start"].as_u64() else {
        assert!(f.get("line").is_none() && f.get("end").is_none(), "{f}");
        return false;
    };
    let (start, end) = (start as usize, f["end"].as_u64().unwrap() as usize);
    assert_eq!(
        &text[start..end],
        f["value"].as_str().unwrap(),
        "{path}: {f}"
    );
    let line = 1 + text[..start].matches('\n').count() as u64;
    assert_eq!(f["line"].as_u64(), Some(line), "{path}: {f}");
    true
}

#[test]
fn csv_and_tsv_cells_are_located_by_offset() {
    let (_tmp, dir) = lake();
    // A spreadsheet export: byte-order mark, CRLF, a blank line, quoted
    // fields holding commas and line breaks (the SSN on a cell's second
    // line), and one note whose doubled quotes make it no copy of the file.
    let mut csv = String::from("\u{FEFF}name,email,notes\r\n");
    for i in 0..8u64 {
        let notes = match i % 4 {
            0 => format!("\"called back, SSN given\r\nssn {} confirmed\"", ssn(i)),
            1 => format!("\"said \"\"write to {}\"\"\"", email(i + 40)),
            2 => format!("\"{}\"", email(i + 40)),
            _ => "no notes".to_string(),
        };
        csv.push_str(&format!("{},{},{notes}\r\n", name(i), email(i)));
        if i == 4 {
            csv.push_str("\r\n");
        }
    }
    write(&dir, "contacts.csv", &csv);
    write(&dir, "contacts.csv.gz", util::gzip(csv.as_bytes()));
    // Excel's separator line, then a `;` table; a TSV; a CSV whose first
    // row is data (no header).
    let semi = format!(
        "sep=;\nkunde;email\n{};{}\n{};{}\n",
        name(1),
        email(1),
        name(2),
        email(2)
    );
    write(&dir, "kunden.csv", &semi);
    let tsv = format!(
        "email\tssn\n{}\t{}\n{}\t\"{}\"\n",
        email(3),
        ssn(3),
        email(4),
        ssn(4)
    );
    write(&dir, "people.tsv", &tsv);
    let bare = format!("{},{}\n{},{}\n", email(5), ssn(5), email(6), ssn(6));
    write(&dir, "bare.csv", &bare);
    let run = scan(&dir, &["--show-values"]);
    assert_eq!(run.code, 1);
    for path in ["contacts.csv", "contacts.csv.gz"] {
        let (located, by_row) = check_located(&run, path, &csv);
        // Eight names and emails, two SSNs and two emails in notes
        // located; the two emails inside doubled quotes by column and row.
        assert_eq!((located, by_row), (20, 2), "{path}");
        let ssns: Vec<u64> = run
            .findings()
            .iter()
            .filter(|f| f["path"] == path && f["type"] == "US_SSN")
            .map(|f| f["line"].as_u64().unwrap())
            .collect();
        assert_eq!(ssns, vec![3, 8], "{path}: the cell's second line");
        assert!(run
            .findings()
            .iter()
            .filter(|f| f["path"] == path)
            .all(|f| f["row"].is_u64()));
    }
    assert_eq!(check_located(&run, "kunden.csv", &semi), (4, 0));
    // A TSV has no quoting: `"123-.."` is the field, quotes and all.
    assert_eq!(check_located(&run, "people.tsv", &tsv), (4, 0));
    assert_eq!(check_located(&run, "bare.csv", &bare), (4, 0));
}

/// FHIR bulk data (NDJSON): a HumanName's `family` and `given` are name
/// parts, and an identifier's value is read by what its record says it is
/// (a v2-0203 type code, a naming system) rather than by its column,
/// `identifier[].value`, which holds a different kind in each entry.
/// Records that describe nothing known leave their values to the column.
#[test]
fn fhir_records_say_what_their_values_are() {
    let (_tmp, dir) = lake();
    let mut patients = String::new();
    for i in 0..30u64 {
        let full = name(i);
        let (given, family) = full.split_once(' ').unwrap();
        let rec = serde_json::json!({
            "resourceType": "Patient",
            "identifier": [
                {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                 "system": "urn:oid:1.2.840.99.7", "value": format!("HVH{}", 4_100_200 + i * 37)},
                {"system": "http://hl7.org/fhir/sid/us-ssn", "value": ssn_digits(i).to_string()},
                {"system": "urn:oid:1.2.840.99.8", "value": format!("{}", 5_100_300 + i * 41)}
            ],
            "name": [{"use": "official", "family": family, "given": [given]}],
            "telecom": [{"system": "phone", "value": format!("415 555 {:04}", 2000 + i)}],
            "attributes": [{"name": "Order number", "value": ssn_digits(i + 7).to_string()}],
        });
        patients.push_str(&format!("{rec}\n"));
    }
    write(&dir, "Patient.ndjson", &patients);
    let run = scan(&dir, &[]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.column_types("Patient.ndjson", "identifier[].value"),
        set(&["MEDICAL_RECORD_NUMBER", "US_SSN"])
    );
    assert_eq!(
        run.column_types("Patient.ndjson", "name[].family"),
        set(&["PERSON_NAME"])
    );
    assert_eq!(
        run.column_types("Patient.ndjson", "name[].given[]"),
        set(&["PERSON_NAME"])
    );
    assert_eq!(
        run.column_types("Patient.ndjson", "telecom[].value"),
        set(&["PHONE_NUMBER"])
    );
    assert_eq!(run.column_types("Patient.ndjson", "name[].use"), set(&[]));
    assert_eq!(
        run.column_types("Patient.ndjson", "attributes[].value"),
        set(&[])
    );
    // Each SSN is reported once, under its own record; the unnamed
    // system's numbers are not SSNs, MRNs or anything else.
    let findings = run.findings();
    let ssns = findings.iter().filter(|f| f["type"] == "US_SSN").count();
    assert_eq!(ssns, 30);
    let mrns = findings
        .iter()
        .filter(|f| f["type"] == "MEDICAL_RECORD_NUMBER")
        .count();
    assert_eq!(mrns, 30);
}

/// A `.json` file holding one object (a FHIR resource, an API response) is
/// one record: its fields are columns, and each finding carries the offset
/// and line where the file holds the value as well as its column. A string
/// with escapes (unescaped into a copy) is found by column and row only. A
/// `.json` file that is no JSON is scanned as text, as it always was, and
/// the run is not partial for it; one cut short is partial.
#[test]
fn a_json_document_is_one_record_located_by_offset() {
    let (_tmp, dir) = lake();
    let doc = serde_json::json!({
        "resourceType": "Patient",
        "identifier": [{"system": "http://hl7.org/fhir/sid/us-ssn", "value": ssn_digits(3).to_string()}],
        "name": [{"use": "official", "family": "Johnson", "given": ["Mary"]}],
        "birthDate": "1961-04-12",
        "data": [{"email": email(1)}, {"email": email(2)}],
        "note": format!("said \"hello\", SSN {}", ssn(5)),
    });
    let text = serde_json::to_string_pretty(&doc).unwrap();
    write(&dir, "patient.json", &text);
    let broken = format!("{{\"note\": \"call back\", SSN {}\n", ssn(7));
    write(&dir, "broken.json", &broken);
    // A document cut short (an upload that stopped) is JSON up to its end:
    // damaged, so its text scan is partial, and says where it ends.
    let cut = &text[..text.find(&ssn(5)).unwrap() + ssn(5).len()];
    write(&dir, "cut-patient.json", cut);
    let run = scan(&dir, &["--show-values"]);
    assert_eq!(run.code, 2);
    let p = run
        .problem("cut-patient.json")
        .expect("the cut document is partial");
    assert_eq!(p["status"], "partial", "{p}");
    let reason = p["reason"].as_str().unwrap();
    let last_line = cut.matches('\n').count() + 1;
    assert!(
        reason.contains(&format!("ends early, at line {last_line} ")),
        "{p}"
    );
    assert!(
        run.findings()
            .iter()
            .any(|f| f["path"] == "cut-patient.json" && f["type"] == "US_SSN"),
        "the text scan still reads the cut document"
    );
    assert!(run.problem("broken.json").is_none());
    assert!(run.problem("patient.json").is_none());
    let findings = run.findings();
    let mut columns = BTreeSet::new();
    for f in findings.iter().filter(|f| f["path"] == "patient.json") {
        let column = f["column"].as_str().expect("a column").to_string();
        match f["start"].as_u64() {
            Some(start) => {
                let (start, end) = (start as usize, f["end"].as_u64().unwrap() as usize);
                assert_eq!(&text[start..end], f["value"].as_str().unwrap(), "{f}");
                let line = 1 + text[..start].matches('\n').count() as u64;
                assert_eq!(f["line"].as_u64(), Some(line), "{f}");
                assert!(f.get("row").is_none(), "{f}");
            }
            // The escaped string: by column and row.
            None => {
                assert_eq!(column, "note", "{f}");
                assert_eq!(f["row"], 0, "{f}");
            }
        }
        columns.insert((column, f["type"].as_str().unwrap().to_string()));
    }
    let want: BTreeSet<(String, String)> = [
        ("identifier[].value", "US_SSN"),
        ("name[].family", "PERSON_NAME"),
        ("name[].given[]", "PERSON_NAME"),
        ("birthDate", "DATE_OF_BIRTH"),
        ("data[].email", "EMAIL_ADDRESS"),
        ("note", "US_SSN"),
    ]
    .iter()
    .map(|(c, t)| (c.to_string(), t.to_string()))
    .collect();
    assert_eq!(columns, want);
    assert_eq!(
        run.column_types("patient.json", "birthDate"),
        set(&["DATE_OF_BIRTH"])
    );
    // The text that is no JSON: located as text, no column.
    let in_broken: Vec<&Value> = findings
        .iter()
        .filter(|f| f["path"] == "broken.json")
        .collect();
    assert_eq!(in_broken.len(), 1);
    assert!(in_broken[0].get("column").is_none());
    assert_eq!(in_broken[0]["type"], "US_SSN");
}

/// JSON lines (an application log, a FHIR bulk export) and arrays of
/// records (a chat export) are tables, and each finding carries the offset,
/// line and row where the file holds its value as well as its column: in a
/// `.gz`, offsets into the decompressed stream; after a byte-order mark,
/// blank lines and indentation, where the value really is. A string written
/// with escapes (unescaped into a copy to be read) is found by column and
/// row only.
#[test]
fn json_lines_and_arrays_locate_their_findings() {
    let (_tmp, dir) = lake();
    let mut log = String::from("\u{FEFF}");
    for i in 0..12u64 {
        if i % 5 == 4 {
            log.push_str("\r\n   \n");
        }
        let msg = if i % 3 == 0 {
            // Escapes: found by column and row only.
            format!("reset for \\\"{}\\\"", email(i + 50))
        } else {
            format!("password reset for {}", email(i + 50))
        };
        log.push_str(&format!(
            "  {{\"ts\": \"2026-03-0{}T10:00:00Z\", \"user\": {{\"email\": \"{}\"}}, \"msg\": \"{msg}\"}}\r\n",
            1 + i % 9,
            email(i)
        ));
    }
    write(&dir, "auth.jsonl", &log);
    write(&dir, "auth-old.jsonl.gz", util::gzip(log.as_bytes()));
    let messages: Vec<Value> = (0..6u64)
        .map(|i| {
            serde_json::json!({
                "user_profile": {"real_name": name(i), "email": email(i)},
                "text": format!("my SSN is {}", ssn(i)),
            })
        })
        .collect();
    let export = serde_json::to_string_pretty(&messages).unwrap();
    write(&dir, "general.json", &export);
    let run = scan(&dir, &["--show-values"]);
    assert_eq!(run.code, 1);
    let files = [
        ("auth.jsonl", log.clone()),
        ("auth-old.jsonl.gz", log.clone()),
        ("general.json", export.clone()),
    ];
    for (path, text) in &files {
        let findings: Vec<Value> = run
            .findings()
            .into_iter()
            .filter(|f| f["path"] == *path)
            .collect();
        assert!(!findings.is_empty(), "{path}");
        // Data rows in order, as the file holds them.
        let rows: Vec<&str> = if path.ends_with(".json") {
            Vec::new()
        } else {
            text.lines()
                .map(|l| l.trim_start_matches('\u{FEFF}').trim())
                .filter(|l| !l.is_empty())
                .collect()
        };
        let (mut located, mut escaped) = (0, 0);
        for f in &findings {
            let column = f["column"].as_str().expect("a column");
            let row = f["row"].as_u64().expect("a row") as usize;
            let value = f["value"].as_str().unwrap();
            if is_located_in(f, text, path) {
                if !rows.is_empty() {
                    assert!(rows[row].contains(value), "{path}: {f}");
                }
                located += 1;
            } else {
                assert_eq!(column, "msg", "{path}: {f}");
                assert_eq!(row % 3, 0, "{path}: {f}");
                escaped += 1;
            }
        }
        if path.ends_with(".json") {
            assert_eq!((located, escaped), (18, 0), "{path}");
        } else {
            assert_eq!((located, escaped), (20, 4), "{path}");
        }
    }
}

#[test]
fn tsv_jsonl_json_array_and_gzip() {
    let (_tmp, dir) = lake();
    let mut tsv = String::from("full_name\tdob\tcomment\n");
    let mut jsonl = String::new();
    let mut arr = Vec::new();
    for i in 0..40u64 {
        tsv.push_str(&format!(
            "{}\t{:02}/{:02}/19{}\tok\n",
            name(i),
            1 + i % 12,
            1 + i % 28,
            50 + i % 40
        ));
        let rec = serde_json::json!({
            "patient": {"contact": {"email": email(i), "phone": format!("(415) 555-{:04}", 2000 + i)},
                        "name": name(i)},
            "tags": ["a", "b"],
            "visits": i,
            "insured": true,
            "score": 0.5,
        });
        jsonl.push_str(&format!("{rec}\n"));
        arr.push(serde_json::json!({"iban": iban(i), "ref": format!("R{i}")}));
    }
    write(&dir, "people.tsv", &tsv);
    write(&dir, "patients.jsonl", &jsonl);
    // A byte-order mark before the first record (Windows editors).
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    for i in 0..3 {
        bom.extend_from_slice(format!("{{\"email\": \"{}\"}}\n", email(i)).as_bytes());
    }
    write(&dir, "bom.jsonl", bom);
    write(
        &dir,
        "accounts.json",
        serde_json::to_string_pretty(&arr).unwrap(),
    );
    write(
        &dir,
        "customers.csv.gz",
        util::gzip(customers_csv(30).as_bytes()),
    );
    let run = scan(&dir, &[]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.column_types("people.tsv", "full_name"),
        set(&["PERSON_NAME"])
    );
    assert_eq!(
        run.column_types("people.tsv", "dob"),
        set(&["DATE_OF_BIRTH"])
    );
    assert_eq!(run.column_types("people.tsv", "comment"), set(&[]));
    assert_eq!(
        run.column_types("patients.jsonl", "patient.contact.email"),
        set(&["EMAIL_ADDRESS"])
    );
    assert_eq!(
        run.column_types("patients.jsonl", "patient.contact.phone"),
        set(&["PHONE_NUMBER"])
    );
    assert_eq!(run.column_types("patients.jsonl", "tags[]"), set(&[]));
    assert_eq!(run.problem("bom.jsonl"), None);
    let bom_rows: Vec<Value> = run
        .jsonl("findings.jsonl")
        .into_iter()
        .filter(|f| f["path"] == "bom.jsonl")
        .map(|f| f["row"].clone())
        .collect();
    assert_eq!(bom_rows, [0, 1, 2]);
    assert_eq!(run.column_types("patients.jsonl", "visits"), set(&[]));
    assert_eq!(
        run.column_types("accounts.json", "iban"),
        set(&["IBAN_CODE"])
    );
    assert_eq!(run.column_types("accounts.json", "ref"), set(&[]));
    assert_eq!(
        run.column_types("customers.csv.gz", "id"),
        set(&["CREDIT_CARD_NUMBER"])
    );
    assert_eq!(run.table_label("customers.csv.gz")["rows_total"], 30);
    assert_eq!(run.table_label("accounts.json")["kind"], "table");
}

fn write_parquet(path: &Path, batches: &[RecordBatch], row_group: usize) {
    let props = WriterProperties::builder()
        .set_max_row_group_size(row_group)
        .build();
    let file = std::fs::File::create(path).unwrap();
    let mut w = ArrowWriter::try_new(file, batches[0].schema(), Some(props)).unwrap();
    for b in batches {
        w.write(b).unwrap();
    }
    w.close().unwrap();
}

fn patients_batch(start: u64, n: u64) -> RecordBatch {
    let ids: Vec<u64> = (start..start + n).collect();
    let emails: ArrayRef = Arc::new(StringArray::from(
        ids.iter().map(|&i| email(i % 5)).collect::<Vec<_>>(),
    ));
    // Dictionary column: few distinct emails repeated.
    let dict: ArrayRef = Arc::new(
        ids.iter()
            .map(|&i| email(i % 3))
            .collect::<Vec<_>>()
            .iter()
            .map(|s| s.as_str())
            .collect::<DictionaryArray<Int32Type>>(),
    );
    let ssn_int: ArrayRef = Arc::new(Int64Array::from(
        ids.iter().map(|&i| ssn_digits(i)).collect::<Vec<_>>(),
    ));
    let npi_int: ArrayRef = Arc::new(Int64Array::from(
        ids.iter().map(|&i| npi(i)).collect::<Vec<_>>(),
    ));
    let qty: ArrayRef = Arc::new(Int32Array::from(
        ids.iter().map(|&i| (i % 50) as i32).collect::<Vec<_>>(),
    ));
    let nothing: ArrayRef = Arc::new(StringArray::from(vec![None::<&str>; n as usize]));
    let contact = StructArray::from(vec![
        (
            Arc::new(Field::new("name", DataType::Utf8, true)),
            Arc::new(StringArray::from(
                ids.iter().map(|&i| name(i)).collect::<Vec<_>>(),
            )) as ArrayRef,
        ),
        (
            Arc::new(Field::new("card", DataType::Utf8, true)),
            Arc::new(StringArray::from(
                ids.iter().map(|&i| card(i)).collect::<Vec<_>>(),
            )) as ArrayRef,
        ),
    ]);
    let schema = Schema::new(vec![
        Field::new("email", DataType::Utf8, true),
        Field::new(
            "segment_email",
            DataType::Dictionary(Box::new(DataType::Int32), Box::new(DataType::Utf8)),
            true,
        ),
        Field::new("ssn", DataType::Int64, false),
        Field::new("provider_npi", DataType::Int64, false),
        Field::new("qty", DataType::Int32, false),
        Field::new("legacy", DataType::Utf8, true),
        Field::new("contact", contact.data_type().clone(), true),
    ]);
    RecordBatch::try_new(
        Arc::new(schema),
        vec![
            emails,
            dict,
            ssn_int,
            npi_int,
            qty,
            nothing,
            Arc::new(contact),
        ],
    )
    .unwrap()
}

#[test]
fn parquet_nested_dictionary_integer_and_null_columns() {
    let (_tmp, dir) = lake();
    write_parquet(
        &dir.join("patients.parquet"),
        &[patients_batch(0, 300)],
        100,
    );
    let run = scan(&dir, &[]);
    assert_eq!(run.code, 1);
    let p = "patients.parquet";
    assert_eq!(run.column_types(p, "email"), set(&["EMAIL_ADDRESS"]));
    assert_eq!(
        run.column_types(p, "segment_email"),
        set(&["EMAIL_ADDRESS"])
    );
    assert_eq!(run.column_types(p, "ssn"), set(&["US_SSN"]));
    assert_eq!(run.column_types(p, "provider_npi"), set(&["US_NPI"]));
    assert_eq!(run.column_types(p, "qty"), set(&[]));
    assert_eq!(run.column_types(p, "legacy"), set(&[]));
    assert_eq!(run.column_types(p, "contact.name"), set(&["PERSON_NAME"]));
    assert_eq!(
        run.column_types(p, "contact.card"),
        set(&["CREDIT_CARD_NUMBER"])
    );
    let t = run.table_label(p);
    assert_eq!(t["rows_total"], 300);
    assert_eq!(t["rows_scanned"], 300);
    // Rows are file rows across row groups.
    let rows: BTreeSet<u64> = run
        .findings()
        .iter()
        .filter(|f| f["column"] == "segment_email")
        .map(|f| f["row"].as_u64().unwrap())
        .collect();
    assert_eq!(rows.len(), 300);
    assert_eq!(*rows.last().unwrap(), 299);
    // labels.parquet has one row per label line.
    let file = std::fs::File::open(run.out.join("labels.parquet")).unwrap();
    let reader = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(file)
        .unwrap()
        .build()
        .unwrap();
    let n: usize = reader.map(|b| b.unwrap().num_rows()).sum();
    assert_eq!(n, run.labels().len());
}

/// Compact `YYYYMMDD` dates are dates of birth under a birth-date column
/// (text or integer, CSV, JSON lines or Parquet) and nothing elsewhere: not
/// under another column, not in free text beside a DOB keyword.
#[test]
fn compact_dates_of_birth_are_found_under_their_columns_only() {
    let (_tmp, dir) = lake();
    let compact = |i: u64| 19_500_101 + (i % 40) * 10_000 + (i % 12) * 100 + i % 28;
    let mut csv = String::from("patient_id,dob,order_date\n");
    let mut jsonl = String::new();
    for i in 0..40 {
        csv.push_str(&format!("P{i:04},{},{}\n", compact(i), 20_240_105 + i % 20));
        jsonl.push_str(&format!(
            "{{\"id\": {i}, \"birth_date\": \"{}\", \"ref\": {}}}\n",
            compact(i),
            compact(i + 7)
        ));
    }
    write(&dir, "patients.csv", csv);
    write(&dir, "patients.jsonl", jsonl);
    write(
        &dir,
        "notes.txt",
        "DOB 19850314, invoice 19850314, build 20240105\n",
    );
    let ints = |f: &dyn Fn(u64) -> u64| -> ArrayRef {
        Arc::new(Int32Array::from(
            (0..40).map(|i| f(i) as i32).collect::<Vec<_>>(),
        ))
    };
    let batch = RecordBatch::try_new(
        Arc::new(Schema::new(vec![
            Field::new("DateOfBirth", DataType::Int32, false),
            Field::new("batch_no", DataType::Int32, false),
        ])),
        vec![ints(&compact), ints(&|i| compact(i + 3))],
    )
    .unwrap();
    write_parquet(&dir.join("members.parquet"), &[batch], 1000);

    let run = scan(&dir, &[]);
    assert_eq!(run.code, 1);
    let dob = set(&["DATE_OF_BIRTH"]);
    assert_eq!(run.column_types("patients.csv", "dob"), dob);
    assert_eq!(run.column_types("patients.csv", "order_date"), set(&[]));
    assert_eq!(run.column_types("patients.jsonl", "birth_date"), dob);
    assert_eq!(run.column_types("patients.jsonl", "ref"), set(&[]));
    assert_eq!(run.column_types("members.parquet", "DateOfBirth"), dob);
    assert_eq!(run.column_types("members.parquet", "batch_no"), set(&[]));
    // In text, only right after a birth-date label (date-of-birth-compact-
    // labelled): the invoice's and the build's eight digits are no one's.
    let in_notes: Vec<_> = run
        .findings()
        .into_iter()
        .filter(|f| f["path"] == "notes.txt")
        .map(|f| (f["start"].as_u64().unwrap(), f["rule"].clone()))
        .collect();
    assert_eq!(
        in_notes,
        vec![(4, serde_json::json!("date-of-birth-compact-labelled"))]
    );
    // Masked whole: a date of birth shows nothing.
    let f = run
        .findings()
        .into_iter()
        .find(|f| f["column"] == "dob")
        .unwrap();
    assert_eq!(f["masked"], "********");
    assert_eq!(f["rule"], "date-of-birth-compact");
}

/// A given name or a surname alone is a person's name under a column that
/// says so (in English or another language), as CSV, JSON lines or Parquet;
/// the same words under other columns, or in text, are not.
#[test]
fn name_parts_are_names_under_name_columns_only() {
    let (_tmp, dir) = lake();
    let given = [
        "Mary", "James", "Léa", "Lukas", "Sofia", "Mateo", "Giulia", "João",
    ];
    let family = [
        "Smith",
        "Müller",
        "García López",
        "O'Neil",
        "van der Berg",
        "Rossi",
    ];
    let products = ["Widget", "Gadget", "Sprocket", "Bolt", "Washer", "Hinge"];
    let mut csv = String::from("id,first_name,Nachname,product\n");
    let mut jsonl = String::new();
    for i in 0..48 {
        let (g, f, p) = (given[i % 8], family[i % 6], products[i % 6]);
        csv.push_str(&format!("{i},{g},{f},{p}\n"));
        jsonl.push_str(&format!(
            "{{\"customer\": {{\"prénom\": \"{g}\", \"surname\": \"{f}\"}}, \"sku\": \"{p}\"}}\n"
        ));
    }
    write(&dir, "people.csv", csv);
    write(&dir, "people.jsonl", jsonl);
    write(&dir, "notes.txt", "Mary called about the Bolt order\n");
    let strings = |f: &dyn Fn(usize) -> &'static str| -> ArrayRef {
        Arc::new(StringArray::from((0..48).map(f).collect::<Vec<_>>()))
    };
    let batch = RecordBatch::try_new(
        Arc::new(Schema::new(vec![
            Field::new("LastName", DataType::Utf8, false),
            Field::new("city", DataType::Utf8, false),
        ])),
        vec![
            strings(&|i| family[i % 6]),
            strings(&|i| ["Lincoln", "Houston", "Washington", "Austin"][i % 4]),
        ],
    )
    .unwrap();
    write_parquet(&dir.join("people.parquet"), &[batch], 1000);

    let run = scan(&dir, &[]);
    assert_eq!(run.code, 1);
    let name = set(&["PERSON_NAME"]);
    assert_eq!(run.column_types("people.csv", "first_name"), name);
    assert_eq!(run.column_types("people.csv", "Nachname"), name);
    assert_eq!(run.column_types("people.csv", "product"), set(&[]));
    assert_eq!(run.column_types("people.jsonl", "customer.prénom"), name);
    assert_eq!(run.column_types("people.jsonl", "customer.surname"), name);
    assert_eq!(run.column_types("people.jsonl", "sku"), set(&[]));
    assert_eq!(run.column_types("people.parquet", "LastName"), name);
    assert_eq!(run.column_types("people.parquet", "city"), set(&[]));
    assert!(!run.findings().iter().any(|f| f["path"] == "notes.txt"));
    // Masked as names are: the first letter of each word.
    let f = run
        .findings()
        .into_iter()
        .find(|f| {
            f["column"] == "Nachname"
                && f["rule"] == "person-name-part"
                && f["masked"] == "v** d** B***"
        })
        .expect("van der Berg, masked");
    assert_eq!(f["type"], "PERSON_NAME");
}

/// Under a column naming a name part, a name the lists lack is a name all
/// the same (`Tamsin`, `Appiah`, `Nguyễn`, the two letters of `Vo`), as in a
/// FHIR resource's `name.family`; what a register writes for a missing
/// name (`Unknown`, `N/A`, `Redacted`) and keyboard mash are not.
#[test]
fn name_columns_hold_names_the_lists_lack() {
    let (_tmp, dir) = lake();
    let surnames = ["Zorbelane", "Vo", "Quarshie-Mensah", "Nguyễn", "Li"];
    let fillers = ["Unknown", "N/A", "Redacted", "Xqzvbnm"];
    let mut csv = String::from("id,last_name,given_name\n");
    for i in 0..20 {
        csv.push_str(&format!("{i},{},Tamsin\n", surnames[i % 5]));
    }
    for (i, filler) in fillers.iter().enumerate() {
        csv.push_str(&format!("{},{filler},Tamsin\n", 20 + i));
    }
    write(&dir, "register.csv", csv);
    let patient = serde_json::json!({
        "resourceType": "Patient",
        "name": [{"use": "official", "family": "Appiah", "given": ["Yaw", "Kwabena"]}],
        "contact": [{"name": {"family": "Đặng", "given": ["Thảo"]}}],
    });
    write(
        &dir,
        "patient.json",
        serde_json::to_string_pretty(&patient).unwrap(),
    );

    let run = scan(&dir, &[]);
    assert_eq!(run.code, 1);
    let name = set(&["PERSON_NAME"]);
    assert_eq!(run.column_types("register.csv", "last_name"), name);
    assert_eq!(run.column_types("register.csv", "given_name"), name);
    let findings = run.findings();
    let masked_in = |path: &str, column: &str| -> BTreeSet<String> {
        findings
            .iter()
            .filter(|f| f["path"] == path && f["column"] == column)
            .map(|f| f["masked"].as_str().unwrap().to_string())
            .collect()
    };
    // Every surname, and no filler (masked: one letter per word is kept).
    let masked: BTreeSet<String> = ["Z********", "V*", "Q*******-******", "N*****", "L*"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(masked_in("register.csv", "last_name"), masked);
    let rows = findings
        .iter()
        .filter(|f| f["path"] == "register.csv" && f["column"] == "last_name")
        .count();
    assert_eq!(rows, 20);
    for column in [
        "name[].family",
        "name[].given[]",
        "contact[].name.family",
        "contact[].name.given[]",
    ] {
        assert_eq!(run.column_types("patient.json", column), name, "{column}");
    }
    assert_eq!(run.column_types("patient.json", "name[].use"), set(&[]));
}

/// A `.csv` written with semicolons (as spreadsheets do where the comma is
/// the decimal mark) or pipes is read with its own delimiter, plain or
/// gzip-compressed, sampled at spread offsets or whole; a truncated one keeps
/// the rows before the cut.
#[test]
fn semicolon_and_pipe_csvs_are_split_by_their_own_delimiter() {
    let (_tmp, dir) = lake();
    let rows = |sep: char, n: usize| {
        let mut csv = format!("name{sep}email{sep}ssn{sep}amount\n");
        for i in 0..n {
            csv.push_str(&format!(
                "Anna Schmidt{sep}anna{i}@beispiel-firma.de{sep}{}-{:02}-{:04}{sep}{},{:02}\n",
                100 + i % 600,
                10 + i % 80,
                1000 + i % 9000,
                i % 900,
                i % 100
            ));
        }
        csv
    };
    write(&dir, "semicolon.csv", rows(';', 40));
    write(&dir, "pipe.csv", rows('|', 40));
    write(
        &dir,
        "semicolon.csv.gz",
        util::gzip(rows(';', 40).as_bytes()),
    );
    let gz = util::gzip(rows(';', 20_000).as_bytes());
    write(&dir, "cut.csv.gz", &gz[..gz.len() / 2]);
    write(&dir, "big.csv", rows(';', 60_000));
    // Excel's delimiter line before the header.
    write(&dir, "excel.csv", format!("sep=|\r\n{}", rows('|', 40)));

    let run = scan(&dir, &["--sample-rows", "2000"]);
    for path in [
        "semicolon.csv",
        "pipe.csv",
        "semicolon.csv.gz",
        "cut.csv.gz",
        "big.csv",
        "excel.csv",
    ] {
        assert_eq!(
            run.column_types(path, "email"),
            set(&["EMAIL_ADDRESS"]),
            "{path}"
        );
        assert_eq!(run.column_types(path, "ssn"), set(&["US_SSN"]), "{path}");
        assert_eq!(run.column_types(path, "amount"), set(&[]), "{path}");
    }
    assert_eq!(run.table_label("semicolon.csv")["rows_total"], 40);
    assert_eq!(run.table_label("semicolon.csv.gz")["rows_total"], 40);
    assert_eq!(run.table_label("excel.csv")["rows_total"], 40);
    assert_eq!(run.code, 2, "the cut file makes the run partial");
}

/// Birth-date and phone columns named in German, French, Spanish, Italian
/// or Portuguese stand in for the words their values need around them
/// (a national number or a date is nothing without one).
#[test]
fn localized_column_names_hint_at_their_types() {
    let (_tmp, dir) = lake();
    let headers = [
        "Geburtsdatum",
        "date_naissance",
        "fecha_nacimiento",
        "data_nascita",
        "Telefonnummer",
        "numero_telephone",
        "celular",
        "telefone",
        "Bestellnummer",
    ];
    let mut csv = headers.join(",") + "\n";
    for i in 0..40 {
        let date = format!("{:02}/{:02}/{}", 1 + i % 28, 1 + i % 12, 1950 + i);
        let phone = format!("06 {:02} {:02} {:02} {:02}", 10 + i, 20 + i, 30 + i, 40 + i);
        let mut row = vec![date; 4];
        row.extend(std::iter::repeat_n(phone, 4));
        row.push(format!("{:02}/{:02}/{}", 1 + i % 28, 1 + i % 12, 2020));
        csv.push_str(&(row.join(",") + "\n"));
    }
    write(&dir, "kunden.csv", csv);
    let run = scan(&dir, &[]);
    for h in &headers[..4] {
        assert_eq!(
            run.column_types("kunden.csv", h),
            set(&["DATE_OF_BIRTH"]),
            "{h}"
        );
    }
    for h in &headers[4..8] {
        assert_eq!(
            run.column_types("kunden.csv", h),
            set(&["PHONE_NUMBER"]),
            "{h}"
        );
    }
    // An order-number column of dates is no birth-date column.
    assert_eq!(run.column_types("kunden.csv", "Bestellnummer"), set(&[]));
}

/// A CSV saved in Windows-1252 (a spreadsheet's "CSV" on a Western
/// European system): names with umlauts and accents, header names
/// included, are read as what they are; the file is still reported as not
/// UTF-8.
#[test]
fn windows_1252_csv_fields_are_decoded() {
    let (_tmp, dir) = lake();
    let names = [
        "Jürgen Müller",
        "José García",
        "François Lefèvre",
        "Zoë Schäfer",
    ];
    let mut csv = String::from("Prénom et nom;Geburtsdatum\r\n");
    for i in 0..24 {
        csv.push_str(&format!(
            "{};{:02}.{:02}.{}\r\n",
            names[i % 4],
            1 + i % 28,
            1 + i % 12,
            1950 + i
        ));
    }
    let latin1: Vec<u8> = csv
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap())
        .collect();
    write(&dir, "kunden.csv", latin1);
    let run = scan(&dir, &[]);
    assert_eq!(
        run.column_types("kunden.csv", "Prénom et nom"),
        set(&["PERSON_NAME"])
    );
    assert_eq!(
        run.column_types("kunden.csv", "Geburtsdatum"),
        set(&["DATE_OF_BIRTH"])
    );
    let masked: Vec<String> = run
        .findings()
        .iter()
        .filter(|f| f["type"] == "PERSON_NAME")
        .map(|f| f["masked"].as_str().unwrap().to_string())
        .collect();
    assert!(masked.contains(&"J***** M*****".to_string()), "{masked:?}");
    assert_eq!(run.code, 2, "not UTF-8: reported partial");
    // A decoded name is not the file's bytes: by column and row only. The
    // dates beside it, ASCII, are located in the same rows.
    for f in run.findings() {
        let located = f.get("start").is_some();
        assert_eq!(located, f["type"] == "DATE_OF_BIRTH", "{f}");
        assert!(f["row"].is_u64(), "{f}");
    }
}

/// UTF-16 tables with a byte-order mark (spreadsheets' "Unicode text"
/// exports) are read as tables, little or big endian, whole or sampled as
/// a stream.
#[test]
fn utf16_tables_are_read_by_column() {
    let (_tmp, dir) = lake();
    let utf16 = |text: &str, big_endian: bool| -> Vec<u8> {
        std::iter::once('\u{feff}')
            .chain(text.chars())
            .flat_map(|c| {
                let mut units = [0u16; 2];
                c.encode_utf16(&mut units).to_vec()
            })
            .flat_map(|u| {
                if big_endian {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                }
            })
            .collect()
    };
    let rows = |sep: &str, n: usize| {
        let mut t = format!("name{sep}ssn{sep}note\r\n");
        for i in 0..n {
            t.push_str(&format!(
                "Zoë Müller{sep}{}-{:02}-{:04}{sep}order {i}\r\n",
                100 + i % 600,
                10 + i % 80,
                1000 + i % 9000
            ));
        }
        t
    };
    write(&dir, "le.csv", utf16(&rows(",", 40), false));
    write(&dir, "be.tsv", utf16(&rows("\t", 40), true));
    write(&dir, "big.csv", utf16(&rows(";", 20_000), false));
    let run = scan(&dir, &["--sample-rows", "2000"]);
    for path in ["le.csv", "be.tsv", "big.csv"] {
        assert_eq!(
            run.column_types(path, "name"),
            set(&["PERSON_NAME"]),
            "{path}"
        );
        assert_eq!(run.column_types(path, "ssn"), set(&["US_SSN"]), "{path}");
        assert_eq!(run.column_types(path, "note"), set(&[]), "{path}");
    }
    assert_eq!(run.table_label("le.csv")["rows_total"], 40);
    assert_eq!(run.table_label("big.csv")["rows_total"], 20_000);
    assert_eq!(run.code, 1);
    // Cells are located in the decoded UTF-8 text (its byte-order mark
    // dropped), as the text scan locates UTF-16 text.
    let run = scan(&dir, &["--sample-rows", "2000", "--show-values"]);
    assert_eq!(check_located(&run, "le.csv", &rows(",", 40)), (80, 0));
    assert_eq!(check_located(&run, "be.tsv", &rows("\t", 40)), (80, 0));
}

#[test]
fn sampling_spreads_over_row_groups_and_records_the_sample() {
    let (_tmp, dir) = lake();
    let batches: Vec<RecordBatch> = (0..10).map(|b| patients_batch(b * 1000, 1000)).collect();
    write_parquet(&dir.join("big.parquet"), &batches, 500);
    let run = scan(&dir, &["--sample-rows", "400"]);
    let t = run.table_label("big.parquet");
    assert_eq!(t["rows_total"], 10_000);
    let scanned = t["rows_scanned"].as_u64().unwrap();
    assert!((400..=500).contains(&scanned), "{scanned}");
    assert_eq!(run.column_types("big.parquet", "ssn"), set(&["US_SSN"]));
    let rows: Vec<u64> = run
        .findings()
        .iter()
        .filter(|f| f["column"] == "email")
        .map(|f| f["row"].as_u64().unwrap())
        .collect();
    assert!(rows.iter().any(|&r| r > 9000), "sample reaches the end");
    // --sample-rows 0 reads everything.
    let run = scan(&dir, &["--sample-rows", "0"]);
    assert_eq!(run.table_label("big.parquet")["rows_scanned"], 10_000);
}

#[test]
fn bad_tables_are_reported_and_the_rest_is_scanned() {
    let (_tmp, dir) = lake();
    // Good table alongside.
    write(&dir, "good.csv", customers_csv(10));
    write(&dir, "empty.csv", "");
    write(&dir, "header_only.csv", "email,ssn\n");
    let mut ragged = String::from("email,ssn\n");
    for i in 0..10 {
        ragged.push_str(&format!("{},{}\n", email(i), ssn(i)));
    }
    ragged.push_str("a,b,c,d\n");
    write(&dir, "ragged.csv", &ragged);
    let mut bad_utf8 = b"email,name\n".to_vec();
    bad_utf8.extend_from_slice(format!("{},J", email(1)).as_bytes());
    bad_utf8.extend_from_slice(b"\xffrg\n");
    write(&dir, "latin1.csv", &bad_utf8);
    let mut jl = String::new();
    for i in 0..5 {
        jl.push_str(&format!("{{\"email\": \"{}\"}}\n", email(i)));
    }
    jl.push_str("{\"email\": \"broken\n");
    write(&dir, "events.jsonl", &jl);
    write(&dir, "broken.json", "[{\"ssn\": \"123\"}, {\"ssn\": ");
    // Corrupt and truncated Parquet.
    write(
        &dir,
        "corrupt.parquet",
        b"PAR1 this is not parquet at all PAR1",
    );
    write_parquet(&dir.join("full.parquet"), &[patients_batch(0, 200)], 100);
    let whole = std::fs::read(dir.join("full.parquet")).unwrap();
    write(&dir, "truncated.parquet", &whole[..whole.len() / 2]);
    let mut mangled = whole.clone();
    for b in mangled[200..whole.len() / 2].iter_mut() {
        *b = b.wrapping_add(77);
    }
    write(&dir, "mangled.parquet", &mangled);
    // The leading magic damaged, the footer whole: readers go by the
    // footer, so the table is read. Binary bytes named `.parquet` that are
    // no Parquet are an error naming Parquet, not one more skipped binary.
    let mut bad_head = whole.clone();
    bad_head[..4].copy_from_slice(b"\0AR1");
    write(&dir, "bad_head.parquet", &bad_head);
    write(
        &dir,
        "noise.parquet",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR not parquet",
    );

    let run = scan(&dir, &[]);
    assert_eq!(run.code, 2, "partial run");
    assert_eq!(
        run.column_types("good.csv", "id"),
        set(&["CREDIT_CARD_NUMBER"])
    );
    assert_eq!(run.column_types("full.parquet", "ssn"), set(&["US_SSN"]));
    assert!(run.problem("empty.csv").is_none());
    assert_eq!(run.table_label("empty.csv")["rows_scanned"], 0);
    assert_eq!(run.column_types("header_only.csv", "email"), set(&[]));
    let p = run.problem("ragged.csv").unwrap();
    assert_eq!(p["status"], "partial");
    assert!(p["reason"].as_str().unwrap().contains("row 10"), "{p}");
    assert_eq!(run.column_types("ragged.csv", "ssn"), set(&["US_SSN"]));
    let p = run.problem("latin1.csv").unwrap();
    assert!(p["reason"].as_str().unwrap().contains("UTF-8"), "{p}");
    let p = run.problem("events.jsonl").unwrap();
    assert!(p["reason"].as_str().unwrap().contains("line 6"), "{p}");
    assert_eq!(
        run.column_types("events.jsonl", "email"),
        set(&["EMAIL_ADDRESS"])
    );
    let p = run.problem("broken.json").unwrap();
    assert!(p["reason"].as_str().unwrap().contains("line 1"), "{p}");
    assert_eq!(
        run.column_types("bad_head.parquet", "ssn"),
        set(&["US_SSN"])
    );
    assert!(run.problem("bad_head.parquet").is_none());
    for bad in ["corrupt.parquet", "truncated.parquet", "noise.parquet"] {
        let p = run.problem(bad).unwrap();
        assert_eq!(p["status"], "error", "{p}");
        assert!(p["reason"].as_str().unwrap().contains("Parquet"), "{p}");
    }
    let p = run.problem("mangled.parquet").unwrap();
    assert!(p["status"] == "error" || p["status"] == "partial", "{p}");
}

#[test]
fn names_that_hold_data_never_become_column_names() {
    let (_tmp, dir) = lake();
    // A CSV without a header: its first row is data.
    let mut csv = String::new();
    for i in 0..20 {
        csv.push_str(&format!("{},{},{}\n", email(i), ssn(i), i));
    }
    write(&dir, "export.csv", &csv);
    // JSON lines keyed by email (a map from user to record).
    let mut jsonl = String::new();
    for i in 0..20 {
        jsonl.push_str(&format!(
            "{{\"users\": {{\"{}\": {{\"ssn\": \"{}\"}}}}}}\n",
            email(i),
            ssn(i)
        ));
    }
    write(&dir, "by_user.jsonl", &jsonl);
    let run = scan(&dir, &[]);
    assert_eq!(run.code, 1);
    // The first CSV row is classified as data, under positional names.
    assert_eq!(
        run.column_types("export.csv", "_c0"),
        set(&["EMAIL_ADDRESS"])
    );
    assert_eq!(run.column_types("export.csv", "_c1"), set(&["US_SSN"]));
    assert_eq!(run.table_label("export.csv")["rows_scanned"], 20);
    // Keys that are values become `{key}`, and are classified themselves.
    assert_eq!(
        run.column_types("by_user.jsonl", "users.{key}"),
        set(&["EMAIL_ADDRESS"])
    );
    assert_eq!(
        run.column_types("by_user.jsonl", "users.{key}.ssn"),
        set(&["US_SSN"])
    );
    for name in ["labels.jsonl", "findings.jsonl", "scan.json"] {
        let body = std::fs::read_to_string(run.out.join(name)).unwrap();
        for i in 0..20 {
            assert!(!body.contains(&email(i)), "{name} holds {}", email(i));
            assert!(!body.contains(&ssn(i)), "{name} holds {}", ssn(i));
        }
    }
}

/// A footer (file metadata) over 8 MiB is not decoded: decoding takes some
/// 14 times its size in memory. The object is an error saying so; the
/// rest of the tree is scanned.
#[test]
fn parquet_footer_size_is_bounded() {
    let (_tmp, dir) = lake();
    let footer = 9u32 << 20;
    let mut file = b"PAR1".to_vec();
    file.resize(4 + footer as usize, 0);
    file.extend(footer.to_le_bytes());
    file.extend(b"PAR1");
    write(&dir, "huge-footer.parquet", &file);
    write_parquet(&dir.join("ok.parquet"), &[patients_batch(0, 50)], 50);
    let run = scan(&dir, &[]);
    assert_eq!(run.code, 2);
    let p = run.problem("huge-footer.parquet").unwrap();
    assert_eq!(p["status"], "error", "{p}");
    assert!(
        p["reason"]
            .as_str()
            .unwrap()
            .contains("footer (file metadata) is 9.0 MiB, over the 8 MiB"),
        "{p}"
    );
    assert_eq!(run.column_types("ok.parquet", "ssn"), set(&["US_SSN"]));
}

#[test]
fn column_count_is_bounded() {
    let (_tmp, dir) = lake();
    // 20,000 distinct field names: past the cap they share `_other`.
    let mut jsonl = String::new();
    for i in 0..20_000 {
        jsonl.push_str(&format!("{{\"field_{i}\": \"{}\"}}\n", ssn(i)));
    }
    write(&dir, "wide.jsonl", &jsonl);
    let run = scan(&dir, &[]);
    assert_eq!(run.code, 1);
    let columns = run
        .labels()
        .into_iter()
        .filter(|l| l["path"] == "wide.jsonl" && !l["column"].is_null())
        .count();
    assert_eq!(columns, 16_384 + 1);
    assert_eq!(run.column_types("wide.jsonl", "_other"), set(&["US_SSN"]));
    assert_eq!(run.table_label("wide.jsonl")["types"]["US_SSN"], 20_000);
}

/// A Parquet file with more leaf columns than the cap (CSV's 16,384): the
/// columns up to the cap are read and labelled, those past it are not read
/// at all, and the file is partial, saying why (100,000 columns took 1.1 GB).
#[test]
fn parquet_column_count_is_bounded() {
    let (_tmp, dir) = lake();
    let cap = 16_384;
    let n = cap + 500;
    let fields: Vec<Field> = (0..n)
        .map(|i| Field::new(format!("c{i}"), DataType::Utf8, true))
        .collect();
    // Two rows; SSNs in a column inside the cap and in one past it.
    let columns: Vec<ArrayRef> = (0..n)
        .map(|i| -> ArrayRef {
            if i == 10 || i == cap + 10 {
                Arc::new(StringArray::from(vec![ssn(1), ssn(2)]))
            } else {
                Arc::new(StringArray::from(vec![Some("x"), None]))
            }
        })
        .collect();
    let batch = RecordBatch::try_new(Arc::new(Schema::new(fields)), columns).unwrap();
    write_parquet(&dir.join("wide.parquet"), &[batch], 1024);
    write(&dir, "good.csv", customers_csv(10));
    let run = scan(&dir, &[]);
    assert_eq!(run.code, 2);
    let p = run
        .problem("wide.parquet")
        .unwrap_or_else(|| panic!("wide.parquet not reported: {}", run.summary()));
    assert_eq!(p["status"], "partial");
    let reason = p["reason"].as_str().unwrap();
    assert!(
        reason.contains("16884 leaf columns (limit 16384)") && reason.contains("not read"),
        "{reason}"
    );
    let columns: Vec<String> = run
        .labels()
        .into_iter()
        .filter(|l| l["path"] == "wide.parquet" && !l["column"].is_null())
        .map(|l| l["column"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(columns.len(), cap);
    assert_eq!(columns.last().map(String::as_str), Some("c16383"));
    assert_eq!(run.column_types("wide.parquet", "c10"), set(&["US_SSN"]));
    // The SSNs past the cap were not read.
    let ssn_findings = run
        .findings()
        .into_iter()
        .filter(|f| f["path"] == "wide.parquet" && f["type"] == "US_SSN")
        .count();
    assert_eq!(ssn_findings, 2);
    assert_eq!(run.table_label("wide.parquet")["rows_scanned"], 2);
    // The neighbour is scanned as usual.
    assert_eq!(
        run.column_types("good.csv", "id"),
        set(&["CREDIT_CARD_NUMBER"])
    );
}

/// Rewrites the footer of a Parquet file so that every row group, and the
/// file, claim `factor` times the rows the pages hold.
fn lie_about_rows(path: &Path, factor: i64) {
    use parquet::file::metadata::{
        FileMetaData, ParquetMetaDataBuilder, ParquetMetaDataReader, ParquetMetaDataWriter,
    };
    let bytes = std::fs::read(path).unwrap();
    let meta = ParquetMetaDataReader::new()
        .parse_and_finish(&std::fs::File::open(path).unwrap())
        .unwrap();
    let footer_len =
        u32::from_le_bytes(bytes[bytes.len() - 8..bytes.len() - 4].try_into().unwrap());
    let data_end = bytes.len() - 8 - footer_len as usize;
    let fm = meta.file_metadata();
    let lying_fm = FileMetaData::new(
        fm.version(),
        fm.num_rows() * factor,
        fm.created_by().map(str::to_string),
        fm.key_value_metadata().cloned(),
        fm.schema_descr_ptr(),
        fm.column_orders().cloned(),
    );
    let mut builder = ParquetMetaDataBuilder::new_from_metadata(meta.clone());
    let groups = builder
        .take_row_groups()
        .into_iter()
        .map(|rg| {
            let n = rg.num_rows();
            rg.into_builder().set_num_rows(n * factor).build().unwrap()
        })
        .collect();
    let lying = ParquetMetaDataBuilder::new(lying_fm)
        .set_row_groups(groups)
        .build();
    let mut out = bytes[..data_end].to_vec();
    ParquetMetaDataWriter::new(&mut out, &lying)
        .finish()
        .unwrap();
    std::fs::write(path, out).unwrap();
}

#[test]
fn parquet_with_a_lying_row_count_is_partial_not_a_crash() {
    let (_tmp, dir) = lake();
    write_parquet(&dir.join("liar.parquet"), &[patients_batch(0, 400)], 100);
    lie_about_rows(&dir.join("liar.parquet"), 3);
    write(&dir, "good.csv", customers_csv(10));
    for sample in ["0", "50"] {
        let run = scan(&dir, &["--sample-rows", sample]);
        assert_eq!(run.code, 2, "sample {sample}");
        let p = run
            .problem("liar.parquet")
            .unwrap_or_else(|| panic!("liar.parquet not reported: {}", run.summary()));
        let reason = p["reason"].as_str().unwrap().to_lowercase();
        assert!(reason.contains("parquet"), "{reason}");
        // The clean neighbour is still labelled.
        assert_eq!(
            run.column_types("good.csv", "id"),
            set(&["CREDIT_CARD_NUMBER"])
        );
        std::fs::remove_dir_all(&run.out).unwrap();
    }
}

/// A CSV whose SSN column is empty but in its last tenth, and whose notes
/// hold quoted fields spanning lines: with a row budget the sample must
/// reach the end of the file (slices at spread offsets), not only its
/// head, and a slice starting inside a quoted field must not produce
/// "ragged row" problems.
/// JSON lines with an `email` on every line and an `ssn` only in the last
/// tenth.
fn late_ssn_jsonl(rows: u64) -> String {
    (0..rows)
        .map(|i| {
            if i >= rows * 9 / 10 {
                format!("{{\"email\": \"{}\", \"ssn\": \"{}\"}}\n", email(i), ssn(i))
            } else {
                format!("{{\"email\": \"{}\", \"ssn\": null}}\n", email(i))
            }
        })
        .collect()
}

fn late_ssn_csv(rows: u64) -> String {
    let mut s = String::from("email,ssn,notes\n");
    for i in 0..rows {
        let ssn_cell = if i >= rows * 9 / 10 {
            ssn(i)
        } else {
            String::new()
        };
        let notes = if i % 7 == 0 {
            "\"first line of a note\nsecond line, with a comma\""
        } else {
            "plain"
        };
        s.push_str(&format!("{},{},{}\n", email(i), ssn_cell, notes));
    }
    s
}

#[test]
fn text_table_samples_spread_over_the_file() {
    let (tmp, dir) = lake();
    write(&dir, "late.csv", late_ssn_csv(40_000));
    let jsonl = late_ssn_jsonl(40_000);
    write(&dir, "late.jsonl", jsonl);
    // The head alone (the old behaviour) never sees an SSN.
    let run = scan(&dir, &["--sample-rows", "2000"]);
    assert_eq!(
        run.code, 1,
        "findings, and a spread sample is no partial read (2)"
    );
    for path in ["late.csv", "late.jsonl"] {
        let t = run.table_label(path);
        let scanned = t["rows_scanned"].as_u64().unwrap();
        assert!((1900..=2000).contains(&scanned), "{path}: {scanned}");
        assert!(t.get("rows_total").is_none_or(Value::is_null), "{t}");
        assert!(
            run.column_types(path, "ssn").contains("US_SSN"),
            "{path}: the sample reaches the file's last tenth"
        );
        assert!(run.problem(path).is_none(), "{:?}", run.problem(path));
        let findings = run.findings();
        let head: Vec<u64> = findings
            .iter()
            .filter(|f| f["path"] == path && f["column"] == "email")
            .filter_map(|f| f["row"].as_u64())
            .collect();
        assert!(
            !head.is_empty() && head.iter().all(|&r| r < 250),
            "{path}: {head:?}"
        );
        assert!(findings
            .iter()
            .filter(|f| f["path"] == path && f["column"] == "ssn")
            .all(|f| f["row"].is_null()));
        // Lines of a slice have no number: their findings have no offsets
        // either; the head's have both.
        for f in findings.iter().filter(|f| f["path"] == path) {
            assert_eq!(f["row"].is_null(), f.get("start").is_none(), "{f}");
        }
    }
    // Without a budget every row is read, row numbers and all.
    let run = scan(&dir, &["--sample-rows", "0"]);
    assert_eq!(run.table_label("late.csv")["rows_total"], 40_000);
    assert!(run
        .findings()
        .iter()
        .filter(|f| f["path"] == "late.csv")
        .all(|f| f["row"].is_u64()));
    // A file barely over the budget is read from the start: exact rows.
    let small = tmp.path().join("small");
    std::fs::create_dir(&small).unwrap();
    write(&small, "s.csv", late_ssn_csv(2_200));
    let run = scan(&small, &["--sample-rows", "2000"]);
    assert_eq!(run.table_label("s.csv")["rows_scanned"], 2000);
    assert!(run.findings().iter().all(|f| f["row"].is_u64()));
}

#[test]
fn gzip_tables_sample_the_whole_stream() {
    let (tmp, dir) = lake();
    write(
        &dir,
        "late.csv.gz",
        util::gzip(late_ssn_csv(40_000).as_bytes()),
    );
    let jsonl = late_ssn_jsonl(40_000);
    write(&dir, "late.jsonl.gz", util::gzip(jsonl.as_bytes()));
    let run = scan(&dir, &["--sample-rows", "2000"]);
    assert_eq!(run.code, 1, "findings, no partial read");
    for path in ["late.csv.gz", "late.jsonl.gz"] {
        let t = run.table_label(path);
        assert_eq!(t["rows_scanned"], 2000, "{path}: {t}");
        assert_eq!(
            t["rows_total"], 40_000,
            "{path}: the stream was read to its end"
        );
        assert!(
            run.column_types(path, "ssn").contains("US_SSN"),
            "{path}: the sample reaches the stream's last tenth"
        );
        assert!(run.problem(path).is_none(), "{:?}", run.problem(path));
        // Rows keep exact numbers, in order: the head's, then the
        // reservoir's from all over the rest of the stream.
        let rows: Vec<u64> = run
            .findings()
            .iter()
            .filter(|f| f["path"] == path && f["column"] == "ssn")
            .map(|f| f["row"].as_u64().expect("exact row"))
            .collect();
        assert!(rows.iter().all(|&r| r >= 36_000), "{path}: {rows:?}");
        assert!(rows.windows(2).all(|w| w[0] < w[1]), "{path}: in order");
        let emails: Vec<u64> = run
            .findings()
            .iter()
            .filter(|f| f["path"] == path && f["column"] == "email")
            .filter_map(|f| f["row"].as_u64())
            .collect();
        assert!(emails.iter().any(|&r| r < 1000) && emails.iter().any(|&r| r > 20_000));
    }
    // Same input, same sample.
    let first = std::fs::read(run.out.join("findings.jsonl")).unwrap();
    let again = scan(&dir, &["--sample-rows", "2000"]);
    assert_eq!(
        first,
        std::fs::read(again.out.join("findings.jsonl")).unwrap()
    );
    // The reservoir's rows are located in the decompressed stream too.
    let csv = late_ssn_csv(40_000);
    let run = scan(&dir, &["--sample-rows", "2000", "--show-values"]);
    let (located, by_row) = check_located(&run, "late.csv.gz", &csv);
    assert!(located > 2000 && by_row == 0, "{located} {by_row}");
    let (located, by_row) = check_located(&run, "late.jsonl.gz", &jsonl);
    assert!(located > 2000 && by_row == 0, "{located} {by_row}");
    // A stream within the budget is read whole.
    let small = tmp.path().join("small");
    std::fs::create_dir(&small).unwrap();
    write(
        &small,
        "s.csv.gz",
        util::gzip(late_ssn_csv(1_500).as_bytes()),
    );
    let run = scan(&small, &["--sample-rows", "2000"]);
    let t = run.table_label("s.csv.gz");
    assert_eq!(t["rows_scanned"], 1500);
    assert_eq!(t["rows_total"], 1500);
}

#[test]
fn parquet_fields_read_in_parallel_passes_give_the_same_outputs_at_any_thread_count() {
    let (tmp, dir) = lake();
    // More rows than one pass is used for (65,536), several top-level
    // fields, a dictionary column and a struct.
    let batches: Vec<RecordBatch> = (0..9).map(|b| patients_batch(b * 10_000, 10_000)).collect();
    write_parquet(&dir.join("patients.parquet"), &batches, 20_000);
    let mut outs = Vec::new();
    for threads in ["1", "2", "3"] {
        let out = tmp.path().join(format!("out-j{threads}"));
        let status = Command::new(env!("CARGO_BIN_EXE_datareach"))
            .args(["scan", "-q", "--sample-rows", "0", "-j", threads, "--out"])
            .arg(&out)
            .arg(&dir)
            .status()
            .unwrap();
        assert_eq!(status.code(), Some(1), "-j{threads}");
        outs.push(out);
    }
    let read = |out: &PathBuf, f: &str| std::fs::read(out.join(f)).unwrap();
    for out in &outs[1..] {
        assert!(read(&outs[0], "findings.jsonl") == read(out, "findings.jsonl"));
        assert!(read(&outs[0], "labels.jsonl") == read(out, "labels.jsonl"));
    }
    let run = Run {
        code: 1,
        out: outs[1].clone(),
    };
    let p = "patients.parquet";
    let t = run.table_label(p);
    assert_eq!(t["rows_total"], 90_000);
    assert_eq!(t["rows_scanned"], 90_000);
    assert_eq!(run.column_types(p, "email"), set(&["EMAIL_ADDRESS"]));
    assert_eq!(run.column_types(p, "ssn"), set(&["US_SSN"]));
    assert_eq!(run.column_types(p, "provider_npi"), set(&["US_NPI"]));
    assert_eq!(run.column_types(p, "contact.name"), set(&["PERSON_NAME"]));
    assert_eq!(
        run.column_types(p, "contact.card"),
        set(&["CREDIT_CARD_NUMBER"])
    );
    assert_eq!(run.column_types(p, "qty"), set(&[]));
    // Every value counted once, though each field is its own pass.
    let ssn = run
        .labels()
        .into_iter()
        .find(|l| l["path"] == p && l["column"] == "ssn")
        .unwrap();
    assert_eq!(ssn["types"]["US_SSN"], 90_000);
    // Each column's findings: capped (10,000 per column), from the first
    // rows, in row order.
    let findings = run.findings();
    for col in ["email", "ssn", "provider_npi", "contact.card"] {
        let rows: Vec<u64> = findings
            .iter()
            .filter(|f| f["column"] == col)
            .map(|f| f["row"].as_u64().unwrap())
            .collect();
        assert_eq!(rows.len(), 10_000, "{col}");
        assert!(rows[0] < 10, "{col}: {}", rows[0]);
        assert!(rows.windows(2).all(|w| w[0] < w[1]), "{col}");
    }
}

/// A mysqldump-style dump and a pg_dump-style one: rows read as tables
/// under `table.column`, findings located in the file, the text between
/// them scanned too.
#[test]
fn sql_dumps_are_read_as_tables_and_text() {
    let (_tmp, dir) = lake();
    let mut my = String::from(
        "-- MySQL dump 10.13\n-- Host: db1    Database: crm\n/*!40101 SET NAMES utf8mb4 */;\n\n\
         CREATE TABLE `patients` (\n  `mrn` varchar(12) NOT NULL,\n  `full_name` varchar(120),\n  `dob` date,\n  `notes` text,\n  PRIMARY KEY (`mrn`)\n) ENGINE=InnoDB;\n\n\
         INSERT INTO `patients` VALUES ",
    );
    for i in 0..40u64 {
        if i > 0 {
            my.push(',');
        }
        my.push_str(&format!(
            "('{:08}','{}','19{:02}-0{}-1{}','it''s fine; call (303) 555-{:04}',NULL)",
            48_100_000 + i * 7,
            name(i),
            40 + i % 50,
            1 + i % 9,
            i % 10,
            1000 + i
        ));
    }
    my.push_str(";\n-- contact the DBA at dba.oncall@acme-health.org\nUPDATE users SET email='pat.jones@acme-health.org' WHERE id=4;\n");
    write(&dir, "crm.sql", &my);
    let mut pg = String::from(
        "--\n-- PostgreSQL database dump\n--\n\nCOPY public.members (member_id, ssn, email) FROM stdin;\n",
    );
    for i in 0..30u64 {
        pg.push_str(&format!("{}\t{}\t{}\n", 9000 + i, ssn(i), email(i)));
    }
    pg.push_str("\\.\n\nSELECT pg_catalog.setval('public.members_id_seq', 30, true);\n");
    write(&dir, "members.sql", &pg);
    // A dump cut short inside a string: read as far as it goes.
    write(
        &dir,
        "cut.sql",
        "INSERT INTO t (email) VALUES ('a.b@acme-health.org'),('unterminated",
    );

    let run = scan(&dir, &[]);
    assert_eq!(run.code, 1);
    assert!(run
        .column_types("crm.sql", "patients.full_name")
        .contains("PERSON_NAME"));
    assert!(run
        .column_types("crm.sql", "patients.dob")
        .contains("DATE_OF_BIRTH"));
    assert!(run
        .column_types("members.sql", "public.members.ssn")
        .contains("US_SSN"));
    assert!(run
        .column_types("members.sql", "public.members.email")
        .contains("EMAIL_ADDRESS"));
    let findings = run.findings();
    // Every located finding's span holds what it says, in the file.
    for (file, text) in [("crm.sql", &my), ("members.sql", &pg)] {
        let located: Vec<&Value> = findings
            .iter()
            .filter(|f| f["path"] == file && f["start"].is_u64())
            .collect();
        assert!(located.len() > 40, "{file}: {}", located.len());
        for f in located {
            let (s, e) = (
                f["start"].as_u64().unwrap() as usize,
                f["end"].as_u64().unwrap() as usize,
            );
            let line = text[..s].matches('\n').count() as u64 + 1;
            assert_eq!(f["line"].as_u64(), Some(line), "{f}");
            let value = &text[s..e];
            match f["type"].as_str().unwrap() {
                "DATE_OF_BIRTH" => assert!(value.starts_with("19"), "{value}"),
                "US_SSN" => assert_eq!(value.len(), 11, "{value}"),
                "EMAIL_ADDRESS" => assert!(value.contains('@'), "{value}"),
                _ => {}
            }
        }
    }
    // Rows are numbered per table; a cell's finding names its column.
    let dob = findings
        .iter()
        .find(|f| f["path"] == "crm.sql" && f["type"] == "DATE_OF_BIRTH")
        .unwrap();
    assert_eq!(dob["column"], "patients.dob");
    assert_eq!(dob["row"], 0);
    // The text around the rows: a comment and an UPDATE statement.
    let emails: Vec<&Value> = findings
        .iter()
        .filter(|f| f["path"] == "crm.sql" && f["type"] == "EMAIL_ADDRESS")
        .collect();
    assert_eq!(emails.len(), 2, "{emails:?}");
    assert!(emails.iter().all(|f| f["column"].is_null()));
    // The phone in an escaped string is found by column and row.
    assert!(findings.iter().any(|f| f["path"] == "crm.sql"
        && f["type"] == "PHONE_NUMBER"
        && f["column"] == "patients.notes"));
    assert!(run.table_label("crm.sql")["types"]["EMAIL_ADDRESS"].as_u64() == Some(2));
    // Rows: the tuples of the INSERT, the lines of the COPY block.
    assert_eq!(run.table_label("crm.sql")["rows_scanned"], 40);
    assert_eq!(run.table_label("members.sql")["rows_scanned"], 30);
    // The cut dump: its complete row is read, the rest is text.
    assert!(findings
        .iter()
        .any(|f| f["path"] == "cut.sql" && f["column"] == "t.email"));
}

/// Dumps no reader expects: broken syntax never stops the scan, and a
/// statement larger than the reader holds is scanned as text.
#[test]
fn odd_sql_dumps_are_scanned_without_failing() {
    let (_tmp, dir) = lake();
    write(
        &dir,
        "odd.sql",
        "INSERT INTO ((( VALUES ))),;;\n/* never closed\nINSERT INTO t VALUES ('x@acme-health.org'\n",
    );
    write(
        &dir,
        "soup.sql",
        b"CREATE TABLE (\xff\xfe, ;\nCOPY t FROM stdin;\n\\.\n\\.\nINSERT INTO `a` VALUES (1,2,3),(4;\n'--\"`#"
            ,
    );
    // One 17 MiB statement: a string holding an address past the bound.
    let mut big = String::from("INSERT INTO notes (body) VALUES ('");
    while big.len() < 17 << 20 {
        big.push_str("lorem ipsum dolor sit amet ");
    }
    big.push_str("write to big.reader@acme-health.org');\nINSERT INTO notes (body) VALUES ('after@acme-health.org');\n");
    write(&dir, "big.sql", &big);
    let run = scan(&dir, &[]);
    assert_eq!(run.code, 1);
    let findings = run.findings();
    let emails = |file: &str| {
        findings
            .iter()
            .filter(|f| f["path"] == file && f["type"] == "EMAIL_ADDRESS")
            .count()
    };
    assert_eq!(emails("odd.sql"), 1);
    assert_eq!(emails("big.sql"), 2);
    // The statement after the large one is a table row again.
    assert!(findings
        .iter()
        .any(|f| f["path"] == "big.sql" && f["column"] == "notes.body"));
    assert!(run.problem("soup.sql").is_none());
}

/// A gzip-compressed dump cut short: the rows before the cut are read, and
/// the run says it was partial, naming the line.
#[test]
fn a_truncated_sql_dump_is_partial_and_keeps_its_rows() {
    let (_tmp, dir) = lake();
    let mut dump = String::from("COPY public.members (member_id, ssn) FROM stdin;\n");
    for i in 0..4000u64 {
        dump.push_str(&format!("{}\t{}\n", 9000 + i, ssn(i)));
    }
    dump.push_str("\\.\n");
    let gz = util::gzip(dump.as_bytes());
    write(&dir, "members.sql.gz", &gz[..gz.len() / 2]);
    let run = scan(&dir, &[]);
    assert_eq!(run.code, 2);
    let problem = run
        .problem("members.sql.gz")
        .expect("a problem for the cut dump");
    let reason = problem["reason"].as_str().unwrap();
    assert!(
        reason.contains("SQL dump") && reason.contains("line"),
        "{reason}"
    );
    let rows = run.table_label("members.sql.gz")["rows_scanned"]
        .as_u64()
        .unwrap();
    assert!(rows > 100 && rows < 4000, "{rows}");
    assert!(run
        .column_types("members.sql.gz", "public.members.ssn")
        .contains("US_SSN"));
}
