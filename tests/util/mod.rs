//! Helpers for end-to-end tests: a fresh directory and the real binary.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub struct Dir {
    pub tmp: tempfile::TempDir,
}

impl Dir {
    pub fn new() -> Dir {
        Dir {
            tmp: tempfile::tempdir().expect("tempdir"),
        }
    }
    pub fn path(&self) -> &Path {
        self.tmp.path()
    }
    pub fn write(&self, rel: &str, data: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, data).unwrap();
        p
    }
    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path().join(rel)).unwrap()
    }
    pub fn json(&self, rel: &str) -> serde_json::Value {
        serde_json::from_str(&self.read(rel)).expect("valid JSON")
    }
    pub fn json_lines(&self, rel: &str) -> Vec<serde_json::Value> {
        self.read(rel)
            .lines()
            .map(|l| serde_json::from_str(l).expect("valid JSON line"))
            .collect()
    }
}

/// The repository root: where `sample-data/` and `tests/fixtures/` are.
pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The binary, ready for arguments.
pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_datareach"))
}

pub fn datareach(dir: &Path, args: &[&str]) -> Output {
    bin()
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run datareach")
}

/// How a run of the binary exited and what it printed.
pub struct Run {
    /// The exit code, -1 when killed by a signal.
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(o: Output) -> Run {
        Run {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}

/// Runs `cmd` to its end.
pub fn run(cmd: &mut Command) -> Run {
    cmd.output().expect("run datareach").into()
}

/// `datareach audit` of the sample lake with its inventory (scan and
/// exposure, as of 2026-11-29) and `extra` arguments, run from the
/// repository root with `--out` the returned path in the returned directory.
pub fn audit_sample(extra: &[&str]) -> (Dir, PathBuf, Run) {
    let d = Dir::new();
    let out = d.path().join("out");
    let r = run(bin()
        .current_dir(repo())
        .args([
            "audit",
            "sample-data/lake",
            "--inventory",
            "sample-data/inventory.yaml",
            "--map",
            "sample-data/lake=s3://acme-lake",
            "--as-of",
            "2026-11-29",
        ])
        .args(extra)
        .arg("--out")
        .arg(&out));
    (d, out, r)
}

pub fn gzip(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// Copies a directory tree (files and directories only).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A JSON output file, or `Null` when the run did not write it.
pub fn read_json_or_null(p: &Path) -> serde_json::Value {
    std::fs::read_to_string(p)
        .map(|s| serde_json::from_str(&s).expect("valid JSON output"))
        .unwrap_or(serde_json::Value::Null)
}

/// The agent `id` of an `exposure.json`.
pub fn agent<'a>(exp: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    exp["agents"]
        .as_array()
        .expect("agents")
        .iter()
        .find(|a| a["id"] == id)
        .unwrap_or_else(|| panic!("agent {id} missing from {exp}"))
}

/// A JSON array of strings.
pub fn strings(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .expect("an array")
        .iter()
        .map(|x| x.as_str().expect("a string").to_string())
        .collect()
}

/// An agent's reach entries as (resource, column, actions).
pub fn reach_entries(
    exp: &serde_json::Value,
    id: &str,
) -> Vec<(String, Option<String>, Vec<String>)> {
    agent(exp, id)["reach"]
        .as_array()
        .expect("reach")
        .iter()
        .map(|e| {
            (
                e["resource"].as_str().unwrap().to_string(),
                e["column"].as_str().map(String::from),
                strings(&e["actions"]),
            )
        })
        .collect()
}

/// An agent's reach entries as (resource, actions).
pub fn reach_actions(exp: &serde_json::Value, id: &str) -> Vec<(String, Vec<String>)> {
    reach_entries(exp, id)
        .into_iter()
        .map(|(resource, _, actions)| (resource, actions))
        .collect()
}

/// One run of a correlator command and what it wrote.
pub struct ExposureRun {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    /// `exposure.json` and `findings.json`, `Null` when not written.
    pub exposure: serde_json::Value,
    pub findings: serde_json::Value,
}

/// Runs `cmd` (the binary with its arguments) with `--out` a fresh
/// directory, and reads `exposure.json` and `findings.json` from it.
pub fn run_exposure(mut cmd: Command) -> ExposureRun {
    let out = tempfile::tempdir().expect("tempdir");
    let Run {
        code,
        stdout,
        stderr,
    } = run(cmd.arg("--out").arg(out.path()));
    ExposureRun {
        code,
        stdout,
        stderr,
        exposure: read_json_or_null(&out.path().join("exposure.json")),
        findings: read_json_or_null(&out.path().join("findings.json")),
    }
}
