//! AWS CloudTrail log files: `{"Records": [ ... ]}`, one JSON object per
//! file (gzip-compressed as CloudTrail delivers them to S3).
//!
//! The `Records` array is read one record at a time, so a file is never held
//! whole. Records of S3 data events (`eventSource` `s3.amazonaws.com`) become
//! access events:
//! - the caller (`userIdentity`) is offered to attribution as its access key
//!   id, its ARN (for an assumed role the session ARN), the role ARN (from
//!   `sessionContext.sessionIssuer`, or derived from the session ARN), the
//!   user or session name and the principal id, in that order;
//! - `eventName` maps to datareach actions (`GetObject` read, `PutObject`
//!   write, `DeleteObject` delete, `PutObjectAcl` share, ...), list and other
//!   bucket requests to none, and is kept as the raw action;
//! - the resource is each `AWS::S3::Object` ARN of `resources`, else
//!   `requestParameters.bucketName` and `key`, else the bucket itself;
//!   `CopyObject` also reads its `x-amz-copy-source`;
//! - an `errorCode` (such as `AccessDenied`) marks the request as not
//!   succeeded; `additionalEventData.bytesTransferredOut`/`In` give bytes.
//!
//! Other records (management events, other services) are skipped; records
//! without a time, name or resource are reported with their index.

use super::{parse_time, s3_action_bits, AccessEvent, EventSink, LogProblem, Who};
use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::borrow::Cow;
use std::fmt;
use std::io::Read;
use std::path::Path;

/// Reads one CloudTrail file from `reader` (already decompressed).
pub fn read(path: &Path, reader: impl Read, sink: &mut impl EventSink) {
    let mut de = serde_json::Deserializer::from_reader(reader);
    let mut count = 0usize;
    let mut on_record = |i: usize, v: Value| {
        count = i + 1;
        record(path, i, &v, sink);
    };
    let res = serde::Deserializer::deserialize_map(
        &mut de,
        Top {
            on_record: &mut on_record,
        },
    )
    .and_then(|found| {
        de.end()?;
        Ok(found)
    });
    let report = |message: String, line: Option<usize>, column: Option<usize>| LogProblem {
        file: path.to_path_buf(),
        line,
        column,
        record: None,
        message,
    };
    match res {
        Ok(true) => {}
        Ok(false) => sink.problem(report("no \"Records\" array".into(), None, None)),
        Err(e) => {
            let msg = e.to_string();
            let msg = match msg.rfind(" at line ") {
                Some(i) => &msg[..i],
                None => &msg,
            };
            let line = (e.line() > 0).then_some(e.line());
            let (msg, column) = if e.is_io() {
                (
                    format!("read error after {count} records, rest of file skipped: {msg}"),
                    None,
                )
            } else {
                (
                    format!("{msg}; rest of file skipped after {count} records"),
                    line.map(|_| e.column()),
                )
            };
            sink.problem(report(msg, line, column));
        }
    }
}

struct Top<'f, F> {
    on_record: &'f mut F,
}

impl<'de, F: FnMut(usize, Value)> Visitor<'de> for Top<'_, F> {
    type Value = bool;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a CloudTrail log file {\"Records\": [...]}")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
        let mut found = false;
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            if key == "Records" {
                map.next_value_seed(Records {
                    on_record: &mut *self.on_record,
                })?;
                found = true;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(found)
    }
}

struct Records<'f, F> {
    on_record: &'f mut F,
}

impl<'de, F: FnMut(usize, Value)> DeserializeSeed<'de> for Records<'_, F> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de, F: FnMut(usize, Value)> Visitor<'de> for Records<'_, F> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of CloudTrail records")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut i = 0;
        // One record at a time: memory is one record, not the file.
        while let Some(v) = seq.next_element::<Value>()? {
            (self.on_record)(i, v);
            i += 1;
        }
        Ok(())
    }
}

fn s<'v>(v: &'v Value, key: &str) -> Option<&'v str> {
    v.get(key).and_then(Value::as_str).filter(|s| !s.is_empty())
}

/// `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION` → `arn:aws:iam::ACCOUNT:role/ROLE`.
pub fn role_arn_of_session(arn: &str) -> Option<String> {
    let (head, rest) = arn.split_once(":assumed-role/")?;
    let head = head.strip_prefix("arn:")?;
    let (partition, account) = head.split_once(":sts::")?;
    let role = rest.split('/').next().filter(|r| !r.is_empty())?;
    Some(format!("arn:{partition}:iam::{account}:role/{role}"))
}

/// `arn:aws:s3:::bucket/key` → `s3://bucket/key`.
fn object_uri(arn: &str) -> Option<String> {
    let p = arn.strip_prefix("arn:")?;
    let mut parts = p.splitn(5, ':');
    let (_partition, service, _region, _account, rest) = (
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
    );
    (service == "s3" && rest.contains('/')).then(|| format!("s3://{rest}"))
}

fn record(path: &Path, i: usize, v: &Value, sink: &mut impl EventSink) {
    let problem = |sink: &mut dyn FnMut(LogProblem), message: String| {
        sink(LogProblem {
            file: path.to_path_buf(),
            line: None,
            column: None,
            record: Some(i),
            message,
        })
    };
    if !v.is_object() {
        return problem(
            &mut |p| sink.problem(p),
            "record is not a JSON object".into(),
        );
    }
    let Some(source) = s(v, "eventSource") else {
        return problem(&mut |p| sink.problem(p), "no eventSource".into());
    };
    if source != "s3.amazonaws.com" {
        sink.skipped();
        return;
    }
    let Some(name) = s(v, "eventName") else {
        return problem(&mut |p| sink.problem(p), "no eventName".into());
    };
    let Some(time) = s(v, "eventTime") else {
        return problem(&mut |p| sink.problem(p), "no eventTime".into());
    };
    let Some(time_ms) = parse_time(time) else {
        return problem(
            &mut |p| sink.problem(p),
            format!("invalid eventTime '{time}'"),
        );
    };
    let Some(uid) = v.get("userIdentity").filter(|u| u.is_object()) else {
        return problem(&mut |p| sink.problem(p), "no userIdentity".into());
    };
    // Identity strings, most specific first.
    let issuer = uid
        .get("sessionContext")
        .and_then(|c| c.get("sessionIssuer"))
        .map(|i| (s(i, "arn"), s(i, "userName")));
    let arn = s(uid, "arn");
    let derived_role = arn.and_then(role_arn_of_session);
    let session = arn
        .filter(|a| a.contains(":assumed-role/"))
        .and_then(|a| a.rsplit('/').next());
    let mut ids: Vec<&str> = Vec::with_capacity(8);
    fn push<'v>(ids: &mut Vec<&'v str>, x: Option<&'v str>) {
        if let Some(x) = x.filter(|x| !x.is_empty()) {
            if !ids.contains(&x) {
                ids.push(x);
            }
        }
    }
    let mut add = |x| push(&mut ids, x);
    // The name that findings use comes first: the ARN when there is one.
    add(arn);
    add(s(uid, "accessKeyId"));
    add(issuer.and_then(|i| i.0));
    add(derived_role.as_deref());
    add(s(uid, "userName"));
    add(session);
    add(issuer.and_then(|i| i.1));
    add(s(uid, "principalId"));
    add(s(uid, "invokedBy"));
    if ids.is_empty() {
        ids.push("anonymous");
    }
    let bits = s3_action_bits(name).unwrap_or(0);
    let succeeded = v.get("errorCode").is_none_or(Value::is_null);
    let extra = v.get("additionalEventData");
    let bytes_key = if bits & super::READ != 0 {
        "bytesTransferredOut"
    } else {
        "bytesTransferredIn"
    };
    let bytes = extra
        .and_then(|e| e.get(bytes_key))
        .and_then(|b| b.as_u64().or_else(|| b.as_f64().map(|f| f as u64)))
        .filter(|&b| b > 0);
    let req = v.get("requestParameters");
    let mut resources: Vec<(String, u8, &str)> = Vec::new();
    if let Some(rs) = v.get("resources").and_then(Value::as_array) {
        for r in rs {
            if s(r, "type") == Some("AWS::S3::Object") {
                if let Some(u) = s(r, "ARN").and_then(object_uri) {
                    resources.push((u, bits, name));
                }
            }
        }
    }
    if resources.is_empty() {
        if let Some(bucket) = req.and_then(|r| s(r, "bucketName")) {
            match req.and_then(|r| s(r, "key")) {
                Some(key) => resources.push((
                    format!("s3://{bucket}/{}", key.trim_start_matches('/')),
                    bits,
                    name,
                )),
                // A bucket-level request (ListBucket, ...): not an object.
                None => resources.push((format!("s3://{bucket}"), 0, name)),
            }
        }
    }
    if name == "CopyObject" || name == "UploadPartCopy" {
        if let Some(src) = req.and_then(|r| s(r, "x-amz-copy-source")) {
            let src = src.split('?').next().unwrap_or(src);
            resources.push((
                format!("s3://{}", src.trim_start_matches('/')),
                super::READ,
                "CopyObject(source)",
            ));
        }
    }
    if resources.is_empty() {
        return problem(
            &mut |p| sink.problem(p),
            format!("{name}: no S3 resource (resources[].ARN or requestParameters.bucketName)"),
        );
    }
    for (uri, bits, action) in &resources {
        sink.event(&AccessEvent {
            time_ms,
            who: Who::Identity(&ids),
            action,
            bits: *bits,
            resource: uri,
            column: None,
            bytes,
            rows: None,
            succeeded,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Collect {
        events: Vec<String>,
        problems: Vec<String>,
        skipped: usize,
    }

    impl EventSink for Collect {
        fn event(&mut self, ev: &AccessEvent<'_>) {
            let Who::Identity(ids) = ev.who else { panic!() };
            self.events.push(format!(
                "{} {} {} {} ok={} bytes={:?} ids={}",
                ev.time_ms,
                ev.action,
                ev.bits,
                ev.resource,
                ev.succeeded,
                ev.bytes,
                ids.join(",")
            ));
        }
        fn problem(&mut self, p: LogProblem) {
            self.problems.push(p.to_string());
        }
        fn skipped(&mut self) {
            self.skipped += 1;
        }
    }

    const GET: &str = r#"{
      "eventVersion": "1.09",
      "userIdentity": {
        "type": "AssumedRole",
        "principalId": "AROAEXAMPLEID:support-session",
        "arn": "arn:aws:sts::111122223333:assumed-role/support-bot-role/support-session",
        "accountId": "111122223333",
        "accessKeyId": "ASIAEXAMPLEKEY",
        "sessionContext": {
          "sessionIssuer": {"type": "Role", "principalId": "AROAEXAMPLEID",
            "arn": "arn:aws:iam::111122223333:role/support-bot-role",
            "accountId": "111122223333", "userName": "support-bot-role"},
          "attributes": {"creationDate": "2026-11-20T09:00:00Z", "mfaAuthenticated": "false"}
        }
      },
      "eventTime": "1970-01-01T00:00:02Z",
      "eventSource": "s3.amazonaws.com",
      "eventName": "GetObject",
      "awsRegion": "us-east-1",
      "requestParameters": {"bucketName": "lake", "Host": "lake.s3.us-east-1.amazonaws.com", "key": "crm/a.csv"},
      "responseElements": null,
      "additionalEventData": {"bytesTransferredIn": 0, "bytesTransferredOut": 2048},
      "resources": [
        {"type": "AWS::S3::Object", "ARN": "arn:aws:s3:::lake/crm/a.csv"},
        {"accountId": "111122223333", "type": "AWS::S3::Bucket", "ARN": "arn:aws:s3:::lake"}
      ],
      "eventType": "AwsApiCall", "managementEvent": false, "readOnly": true,
      "eventCategory": "Data"
    }"#;

    fn run(text: &str) -> Collect {
        let mut c = Collect::default();
        read(Path::new("ct.json"), text.as_bytes(), &mut c);
        c
    }

    #[test]
    fn s3_data_events_become_access_events() {
        let denied = GET.replace("GetObject", "PutObject").replace(
            "\"eventType\"",
            "\"errorCode\": \"AccessDenied\", \"eventType\"",
        );
        let list = r#"{"eventSource":"s3.amazonaws.com","eventName":"ListObjects","eventTime":"1970-01-01T00:00:03Z",
            "userIdentity":{"type":"IAMUser","arn":"arn:aws:iam::111122223333:user/etl","accessKeyId":"AKIAEXAMPLE","userName":"etl"},
            "requestParameters":{"bucketName":"lake","prefix":"crm/"}}"#;
        let mgmt = r#"{"eventSource":"iam.amazonaws.com","eventName":"CreateRole","eventTime":"1970-01-01T00:00:03Z","userIdentity":{}}"#;
        let c = run(&format!(
            "{{\"Records\": [{GET}, {denied}, {list}, {mgmt}]}}"
        ));
        assert_eq!(c.problems, Vec::<String>::new());
        assert_eq!(c.skipped, 1);
        let ids = "arn:aws:sts::111122223333:assumed-role/support-bot-role/support-session,ASIAEXAMPLEKEY,arn:aws:iam::111122223333:role/support-bot-role,support-session,support-bot-role,AROAEXAMPLEID:support-session";
        assert_eq!(
            c.events,
            vec![
                format!("2000 GetObject 1 s3://lake/crm/a.csv ok=true bytes=Some(2048) ids={ids}"),
                format!("2000 PutObject 2 s3://lake/crm/a.csv ok=false bytes=None ids={ids}"),
                "3000 ListObjects 0 s3://lake ok=true bytes=None ids=arn:aws:iam::111122223333:user/etl,AKIAEXAMPLE,etl".to_string(),
            ]
        );
    }

    #[test]
    fn bad_records_are_reported_by_index_and_the_rest_is_read() {
        let no_time = GET.replace("\"eventTime\": \"1970-01-01T00:00:02Z\",", "");
        let bad_time = GET.replace("1970-01-01T00:00:02Z", "noon");
        let no_res = r#"{"eventSource":"s3.amazonaws.com","eventName":"GetObject","eventTime":"1970-01-01T00:00:03Z","userIdentity":{"type":"AWSAccount"}}"#;
        let c = run(&format!(
            "{{\"Records\": [{no_time}, 7, {bad_time}, {no_res}, {GET}]}}"
        ));
        assert_eq!(c.events.len(), 1);
        assert_eq!(
            c.problems,
            vec![
                "ct.json: Records[0]: no eventTime",
                "ct.json: Records[1]: record is not a JSON object",
                "ct.json: Records[2]: invalid eventTime 'noon'",
                "ct.json: Records[3]: GetObject: no S3 resource (resources[].ARN or requestParameters.bucketName)",
            ]
        );
    }

    #[test]
    fn broken_json_is_reported_with_line_after_the_records_before_it() {
        let c = run(&format!(
            "{{\"Records\": [{GET},\n {{\"eventSource\": }}]}}"
        ));
        assert_eq!(c.events.len(), 1);
        assert_eq!(c.problems.len(), 1);
        let lines = GET.lines().count();
        assert!(
            c.problems[0].starts_with(&format!("ct.json:{}:", lines + 1)),
            "{:?}",
            c.problems
        );
        assert!(c.problems[0].contains("after 1 records"));
        let c = run("{\"Other\": 1}");
        assert_eq!(c.problems, vec!["ct.json: no \"Records\" array"]);
    }

    #[test]
    fn copy_reads_its_source_and_session_arns_give_the_role() {
        let copy = GET.replace("GetObject", "CopyObject").replace(
            "\"key\": \"crm/a.csv\"",
            "\"key\": \"crm/a.csv\", \"x-amz-copy-source\": \"lake/hr/p.csv?versionId=1\"",
        );
        let c = run(&format!("{{\"Records\": [{copy}]}}"));
        assert_eq!(c.events.len(), 2);
        assert!(c.events[1].contains("CopyObject(source) 1 s3://lake/hr/p.csv"));
        assert_eq!(
            role_arn_of_session("arn:aws:sts::1:assumed-role/r/s").as_deref(),
            Some("arn:aws:iam::1:role/r")
        );
        assert_eq!(role_arn_of_session("arn:aws:iam::1:user/u"), None);
    }
}
