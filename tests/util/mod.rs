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
    pub fn json_lines(&self, rel: &str) -> Vec<serde_json::Value> {
        self.read(rel)
            .lines()
            .map(|l| serde_json::from_str(l).expect("valid JSON line"))
            .collect()
    }
}

pub fn datareach(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_datareach"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run datareach")
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

/// An agent's reach entries as (resource, actions).
pub fn reach_actions(exp: &serde_json::Value, id: &str) -> Vec<(String, Vec<String>)> {
    agent(exp, id)["reach"]
        .as_array()
        .expect("reach")
        .iter()
        .map(|e| {
            (
                e["resource"].as_str().unwrap().to_string(),
                strings(&e["actions"]),
            )
        })
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
    let o = cmd
        .arg("--out")
        .arg(out.path())
        .output()
        .expect("run datareach");
    ExposureRun {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        exposure: read_json_or_null(&out.path().join("exposure.json")),
        findings: read_json_or_null(&out.path().join("findings.json")),
    }
}
