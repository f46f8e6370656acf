//! The native access log: JSON lines, one event per line.
//!
//! ```json
//! {"time": "2026-11-20T09:14:03Z", "agent": "support-bot", "action": "read",
//!  "resource": "s3://acme-lake/crm/customers.csv", "column": "email",
//!  "rows": 40, "bytes": 5120, "outcome": "success"}
//! ```
//! `credential` may stand for `agent`; `resource` may carry `#column`;
//! `outcome` is `success` (default), `denied` or `error`. Unknown fields are
//! ignored, so richer logs can be fed as they are.

use super::{native_action_bits, parse_time, AccessEvent, EventSink, LogProblem, Who};
use crate::correlate::pattern::split_column;
use serde::Deserialize;
use std::borrow::Cow;
use std::io::BufRead;
use std::path::Path;

/// Lines longer than this are reported and skipped without being held in
/// memory whole.
pub const MAX_LINE: usize = 1 << 20;

#[derive(Deserialize)]
struct Line<'a> {
    #[serde(borrow)]
    time: Cow<'a, str>,
    #[serde(borrow, default)]
    agent: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    credential: Option<Cow<'a, str>>,
    #[serde(borrow)]
    action: Cow<'a, str>,
    #[serde(borrow)]
    resource: Cow<'a, str>,
    #[serde(borrow, default)]
    column: Option<Cow<'a, str>>,
    #[serde(default)]
    bytes: Option<u64>,
    #[serde(default)]
    rows: Option<u64>,
    #[serde(borrow, default)]
    outcome: Option<Cow<'a, str>>,
}

/// Whether an `outcome` value means the request went through.
fn succeeded(outcome: Option<&str>) -> Option<bool> {
    match outcome {
        None => Some(true),
        Some(o) => {
            let o = o.to_ascii_lowercase();
            match o.as_str() {
                "success" | "succeeded" | "ok" | "allowed" | "allow" => Some(true),
                "denied" | "deny" | "error" | "failure" | "failed" => Some(false),
                _ => None,
            }
        }
    }
}

/// Reads JSON lines from `reader`, pushing events and problems into `sink`.
pub fn read(path: &Path, mut reader: impl BufRead, sink: &mut impl EventSink) {
    let mut buf: Vec<u8> = Vec::with_capacity(1024);
    let mut line_no = 0usize;
    let problem = |sink: &mut dyn FnMut(LogProblem), line: usize, message: String| {
        sink(LogProblem {
            file: path.to_path_buf(),
            line: Some(line),
            column: None,
            record: None,
            message,
        })
    };
    loop {
        buf.clear();
        line_no += 1;
        let n = match std::io::Read::take(&mut reader, MAX_LINE as u64 + 1)
            .read_until(b'\n', &mut buf)
        {
            Ok(n) => n,
            Err(e) => {
                problem(
                    &mut |p| sink.problem(p),
                    line_no,
                    format!("read error, rest of file skipped: {e}"),
                );
                return;
            }
        };
        if n == 0 {
            return;
        }
        if buf.len() > MAX_LINE && buf.last() != Some(&b'\n') {
            problem(
                &mut |p| sink.problem(p),
                line_no,
                format!("line longer than {MAX_LINE} bytes, skipped"),
            );
            if let Err(e) = skip_line(&mut reader) {
                problem(
                    &mut |p| sink.problem(p),
                    line_no,
                    format!("read error, rest of file skipped: {e}"),
                );
                return;
            }
            continue;
        }
        let text = trim_line(&buf);
        if text.is_empty() {
            continue;
        }
        let rec: Line = match serde_json::from_slice(text) {
            Ok(r) => r,
            Err(e) => {
                let msg = e.to_string();
                let msg = match msg.rfind(" at line ") {
                    Some(i) => msg[..i].to_string(),
                    None => msg,
                };
                sink.problem(LogProblem {
                    file: path.to_path_buf(),
                    line: Some(line_no),
                    column: Some(e.column()),
                    record: None,
                    message: msg,
                });
                continue;
            }
        };
        match to_event(&rec) {
            Ok(ev) => sink.event(&ev),
            Err(msg) => problem(&mut |p| sink.problem(p), line_no, msg),
        }
    }
}

fn to_event<'a>(rec: &'a Line<'a>) -> Result<AccessEvent<'a>, String> {
    let time_ms = parse_time(&rec.time)
        .ok_or_else(|| format!("invalid time '{}': expected RFC 3339", rec.time))?;
    let who = match (&rec.agent, &rec.credential) {
        (Some(a), _) if !a.is_empty() => Who::Agent(a),
        (_, Some(c)) if !c.is_empty() => Who::Credential(c),
        _ => return Err("needs an `agent` or a `credential`".into()),
    };
    let bits = native_action_bits(&rec.action).ok_or_else(|| {
        format!(
            "unknown action '{}': expected read, write, delete, share, list or an S3 operation",
            rec.action
        )
    })?;
    let (resource, col_in_uri) = split_column(&rec.resource);
    if !is_uri(resource) {
        return Err(format!(
            "invalid resource '{}': expected a URI such as s3://bucket/key",
            rec.resource
        ));
    }
    let column = rec
        .column
        .as_deref()
        .or(col_in_uri)
        .filter(|c| !c.is_empty());
    let ok = succeeded(rec.outcome.as_deref()).ok_or_else(|| {
        format!(
            "unknown outcome '{}': expected success, denied or error",
            rec.outcome.as_deref().unwrap_or_default()
        )
    })?;
    Ok(AccessEvent {
        time_ms,
        who,
        action: &rec.action,
        bits,
        resource,
        column,
        bytes: rec.bytes,
        rows: rec.rows,
        succeeded: ok,
    })
}

/// `scheme://...`, as `split_uri` requires, without splitting (per event).
fn is_uri(s: &str) -> bool {
    s.find("://").is_some_and(|i| i > 0)
}

fn trim_line(b: &[u8]) -> &[u8] {
    let mut end = b.len();
    while end > 0 && matches!(b[end - 1], b'\n' | b'\r' | b' ' | b'\t') {
        end -= 1;
    }
    let mut start = 0;
    while start < end && matches!(b[start], b' ' | b'\t') {
        start += 1;
    }
    &b[start..end]
}

/// Consumes the rest of an over-long line without keeping it.
fn skip_line(reader: &mut impl BufRead) -> std::io::Result<()> {
    loop {
        let (done, used) = {
            let buf = reader.fill_buf()?;
            if buf.is_empty() {
                return Ok(());
            }
            match memchr::memchr(b'\n', buf) {
                Some(i) => (true, i + 1),
                None => (false, buf.len()),
            }
        };
        reader.consume(used);
        if done {
            return Ok(());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Collect {
        events: Vec<String>,
        problems: Vec<String>,
    }

    impl EventSink for Collect {
        fn event(&mut self, ev: &AccessEvent<'_>) {
            self.events.push(format!(
                "{} {:?} {} {} {:?} ok={}",
                ev.time_ms, ev.who, ev.bits, ev.resource, ev.column, ev.succeeded
            ));
        }
        fn problem(&mut self, p: LogProblem) {
            self.problems.push(p.to_string());
        }
    }

    fn run(text: &str) -> Collect {
        let mut c = Collect::default();
        read(Path::new("log.jsonl"), text.as_bytes(), &mut c);
        c
    }

    #[test]
    fn reads_events_and_reports_bad_lines_with_their_number() {
        let c = run(concat!(
            "{\"time\":\"1970-01-01T00:00:01Z\",\"agent\":\"a\",\"action\":\"read\",\"resource\":\"s3://b/k#email\"}\n",
            "\n",
            "{\"time\":\"1970-01-01T00:00:02Z\",\"credential\":\"c\",\"action\":\"PutObject\",\"resource\":\"s3://b/k\",\"outcome\":\"denied\",\"extra\":1}\r\n",
            "not json\n",
            "{\"time\":\"soon\",\"agent\":\"a\",\"action\":\"read\",\"resource\":\"s3://b/k\"}\n",
            "{\"time\":\"1970-01-01T00:00:02Z\",\"action\":\"read\",\"resource\":\"s3://b/k\"}\n",
            "{\"time\":\"1970-01-01T00:00:02Z\",\"agent\":\"a\",\"action\":\"fly\",\"resource\":\"s3://b/k\"}\n",
            "{\"time\":\"1970-01-01T00:00:02Z\",\"agent\":\"a\",\"action\":\"read\",\"resource\":\"bucket/k\"}\n",
            "{\"time\":\"1970-01-01T00:00:02Z\",\"agent\":\"a\",\"action\":\"read\"}\n",
            "{\"time\":\"1970-01-01T00:00:03Z\",\"agent\":\"a\",\"action\":\"delete\",\"resource\":\"s3://b/k\",\"outcome\":\"maybe\"}\n",
            "{\"time\":\"1970-01-01T00:00:03Z\",\"agent\":\"a\",\"action\":\"delete\",\"resource\":\"s3://b/k\"}",
        ));
        assert_eq!(
            c.events,
            vec![
                "1000 Agent(\"a\") 1 s3://b/k Some(\"email\") ok=true",
                "2000 Credential(\"c\") 2 s3://b/k None ok=false",
                "3000 Agent(\"a\") 4 s3://b/k None ok=true",
            ]
        );
        assert_eq!(c.problems.len(), 7, "{:#?}", c.problems);
        assert!(
            c.problems[0].starts_with("log.jsonl:4:2: expected"),
            "{:?}",
            c.problems
        );
        assert!(c.problems[1].starts_with("log.jsonl:5: invalid time 'soon'"));
        assert!(c.problems[2].starts_with("log.jsonl:6: needs an `agent`"));
        assert!(c.problems[3].starts_with("log.jsonl:7: unknown action 'fly'"));
        assert!(c.problems[4].starts_with("log.jsonl:8: invalid resource"));
        assert!(
            c.problems[5].starts_with("log.jsonl:9:59: missing field `resource`"),
            "{:?}",
            c.problems
        );
        assert!(c.problems[6].starts_with("log.jsonl:10: unknown outcome 'maybe'"));
    }

    #[test]
    fn over_long_lines_are_skipped_not_held() {
        let long = format!("{{\"time\":\"{}\"}}\n", "x".repeat(MAX_LINE + 10));
        let ok = "{\"time\":\"1970-01-01T00:00:01Z\",\"agent\":\"a\",\"action\":\"read\",\"resource\":\"s3://b/k\"}\n";
        let c = run(&format!("{long}{ok}"));
        assert_eq!(c.events.len(), 1);
        assert_eq!(c.problems.len(), 1);
        assert!(c.problems[0].starts_with("log.jsonl:1: line longer"));
    }

    #[test]
    fn invalid_utf8_is_a_problem_not_a_panic() {
        let mut c = Collect::default();
        let bytes = b"{\"time\":\"\xff\xfe\"}\n".to_vec();
        read(Path::new("l"), &bytes[..], &mut c);
        assert_eq!(c.problems.len(), 1);
    }
}
