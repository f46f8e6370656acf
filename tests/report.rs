//! `datareach report` end to end: audit a copy of the sample lake with a
//! hostile file name and a hostile agent owner added, write the report, and
//! drive it in headless Chromium (tests/browser/report-test.js).

mod util;

use std::path::{Path, PathBuf};
use std::process::Command;
use util::{copy_dir, datareach, Dir};

const EVIL_FILE: &str = "<script>alert(1)</script>.csv";
const EVIL_OWNER: &str = "\"><img src=x onerror=alert(1)>";
const EVIL_PURPOSE: &str = "</script><script>alert(2)</script>";

/// Audits the sample lake plus hostile names; returns the output directory.
fn audit_hostile_lake(d: &Dir) -> PathBuf {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lake = d.path().join("lake");
    copy_dir(&repo.join("sample-data/lake"), &lake);
    // The file name holds a '/', so it is a directory and a file.
    d.write(
        &format!("lake/{EVIL_FILE}"),
        "name,ssn\nAda Byron,571-28-2364\nAlan Kay,412-55-1234\n",
    );
    let inventory = std::fs::read_to_string(repo.join("sample-data/inventory.yaml")).unwrap();
    let hostile_agent = format!(
        "  - id: evil-agent\n    owner: '{EVIL_OWNER}'\n    purpose: '{EVIL_PURPOSE}'\n    roles: [lake-analyst]\n\nroles:\n"
    );
    let inventory = inventory.replacen("\nroles:\n", &format!("\n{hostile_agent}"), 1);
    assert!(inventory.contains("evil-agent"));
    d.write("inventory.yaml", inventory);
    let out = d.path().join("out");
    let run = datareach(
        d.path(),
        &[
            "audit",
            "lake",
            "--inventory",
            "inventory.yaml",
            "--map",
            "lake=s3://acme-lake",
            "--as-of",
            "2026-11-29",
            "--out",
            "out",
        ],
    );
    assert_eq!(
        run.status.code(),
        Some(1),
        "audit: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    out
}

fn report(d: &Dir, out: &Path) -> String {
    let html = d.path().join("report.html");
    let run = datareach(
        d.path(),
        &[
            "report",
            "--scan",
            out.to_str().unwrap(),
            "--exposure",
            out.to_str().unwrap(),
            "--out",
            html.to_str().unwrap(),
        ],
    );
    assert_eq!(
        run.status.code(),
        Some(0),
        "report: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    std::fs::read_to_string(html).unwrap()
}

#[test]
fn report_names_agents_objects_and_findings_and_escapes_hostile_names() {
    let d = Dir::new();
    let out = audit_hostile_lake(&d);
    let html = report(&d, &out);
    assert!(
        !html.contains(EVIL_FILE),
        "raw hostile file name in the page"
    );
    assert!(!html.contains("<img"), "injected element");
    assert_eq!(
        html.matches("<script").count(),
        1,
        "only the report's script"
    );
    assert!(html.contains("s3://acme-lake/&lt;script&gt;alert(1)&lt;/script&gt;.csv"));
    assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    for needle in [
        "migration-2025",
        "toxic_combination",
        "orphaned_agent",
        "s3://acme-lake/clinical/notes-0002.txt.gz",
        "one-off clinical archive migration (project ended)",
        "lake-analyst → lake-analyst#1 → <code>s3://acme-lake/**</code>",
        "<span class=\"badge bad\">expired</span>",
    ] {
        assert!(html.contains(needle), "missing {needle}");
    }
    assert!(!html.contains("http://") && !html.contains("https://"));
}

#[test]
fn report_without_exposure_output_is_a_usage_error() {
    let d = Dir::new();
    d.write(
        "scan/labels.jsonl",
        "{\"root\":\"r\",\"path\":\"a\",\"types\":{}}\n",
    );
    let run = datareach(d.path(), &["report", "--scan", "scan", "--out", "r.html"]);
    assert_eq!(run.status.code(), Some(3));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(err.contains("scan: no exposure.json"), "{err}");
    assert!(!d.path().join("r.html").exists());
}

/// Chromium to drive, or None outside CI when it is not installed.
fn chromium() -> Option<PathBuf> {
    let path = PathBuf::from(
        std::env::var("DATAREACH_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
    );
    if path.exists() {
        return Some(path);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!(
            "{} is missing; CI must install it (.ci/run: apt-get install -y chromium)",
            path.display()
        );
    }
    eprintln!(
        "SKIPPED report_in_headless_chromium: {} not found (install Debian's chromium package)",
        path.display()
    );
    None
}

#[test]
fn report_in_headless_chromium() {
    let Some(chromium) = chromium() else {
        return;
    };
    let browser_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    let node = Command::new("node").arg("--version").output();
    assert!(
        node.as_ref().is_ok_and(|o| o.status.success()),
        "node is required for the browser test: {node:?}"
    );
    if !browser_dir.join("node_modules/playwright-core").exists() {
        let ci = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&browser_dir)
            .output()
            .expect("run npm ci in tests/browser");
        assert!(
            ci.status.success(),
            "npm ci in tests/browser failed: {}",
            String::from_utf8_lossy(&ci.stderr)
        );
    }
    let d = Dir::new();
    let out = audit_hostile_lake(&d);
    report(&d, &out);
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("report");
    std::fs::create_dir_all(&shots).unwrap();
    let screenshot = shots.join("report.png");
    let _ = std::fs::remove_file(&screenshot);
    let run = Command::new("node")
        .arg(browser_dir.join("report-test.js"))
        .arg(d.path().join("report.html"))
        .arg(&screenshot)
        .args([EVIL_FILE, EVIL_OWNER, EVIL_PURPOSE])
        .env("DATAREACH_CHROMIUM", &chromium)
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        run.status.success(),
        "browser test failed\nstdout:\n{stdout}\nstderr:\n{stderr}"
    );
    assert!(stdout.contains("\"sorted\""), "{stdout}");
    let png = std::fs::read(&screenshot).expect("screenshot written");
    assert!(png.starts_with(b"\x89PNG"), "not a PNG");
    eprintln!("screenshot: {}", screenshot.display());
}
