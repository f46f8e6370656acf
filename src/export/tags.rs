//! `--format tags`: flat `(resource, column, tag)` rows, the shape tag-based
//! access systems import (Apache Atlas classifications that Ranger's tag
//! policies use, Unity Catalog table and column tags).
//!
//! One row per category (`PII`) and per data type (`PII.US_SSN`) of every
//! labelled object (`column` empty) and of every labelled column. Clean
//! objects and columns have no row. Rows are sorted by resource, column (the
//! whole object first), tag.

use super::{Exporter, Feed, TagEncoding};
use serde::Serialize;
use std::io::Write;

/// The tags exporter, in CSV or JSON.
#[derive(Debug, Clone, Copy)]
pub struct Tags(pub TagEncoding);

/// One exported row.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct TagRow {
    pub resource: String,
    /// `None` (CSV: empty) for the whole object.
    pub column: Option<String>,
    pub tag: String,
}

/// Every row of `feed`, sorted.
pub fn rows(feed: &Feed) -> Vec<TagRow> {
    let mut out = Vec::new();
    let mut push = |resource: &str,
                    column: Option<&str>,
                    categories: &[String],
                    types: &mut dyn Iterator<Item = &String>| {
        let tags = categories
            .iter()
            .cloned()
            .chain(types.map(|t| feed.type_tag(t)));
        for tag in tags {
            out.push(TagRow {
                resource: resource.to_string(),
                column: column.map(String::from),
                tag,
            });
        }
    };
    for (uri, r) in &feed.resources {
        push(uri, None, &r.categories, &mut r.types.keys());
        for (name, c) in &r.columns {
            push(uri, Some(name), &c.categories, &mut c.types.keys());
        }
    }
    out.sort();
    out.dedup();
    out
}

impl Exporter for Tags {
    fn write(&self, feed: &Feed, w: &mut dyn Write) -> std::io::Result<()> {
        let rows = rows(feed);
        match self.0 {
            TagEncoding::Csv => {
                let mut csv = csv::Writer::from_writer(w);
                csv.write_record(["resource", "column", "tag"])?;
                for r in &rows {
                    csv.write_record([
                        r.resource.as_str(),
                        r.column.as_deref().unwrap_or(""),
                        r.tag.as_str(),
                    ])?;
                }
                csv.flush()
            }
            TagEncoding::Json => {
                // One row per line: diffs of two exports stay readable.
                w.write_all(b"[")?;
                for (i, r) in rows.iter().enumerate() {
                    w.write_all(if i == 0 { b"\n  " } else { b",\n  " })?;
                    serde_json::to_writer(&mut *w, r)?;
                }
                w.write_all(if rows.is_empty() { b"]\n" } else { b"\n]\n" })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::correlate::LabelRecord;

    fn feed() -> Feed {
        let rec =
            |path: &str, column: Option<&str>, types: &[(&str, u64)], cats: &[&str]| LabelRecord {
                root: "lake".into(),
                path: path.into(),
                column: column.map(String::from),
                types: types.iter().map(|(t, n)| (t.to_string(), *n)).collect(),
                categories: cats.iter().map(|c| c.to_string()).collect(),
                ..LabelRecord::default()
            };
        let labels = vec![
            rec(
                "t.csv",
                None,
                &[("US_SSN", 2), ("CREDIT_CARD_NUMBER", 1)],
                &["PII", "FINANCIAL"],
            ),
            rec("t.csv", Some("ssn, \"x\""), &[("US_SSN", 2)], &["PII"]),
            rec("t.csv", Some("id"), &[], &[]),
            rec("clean.txt", None, &[], &[]),
        ];
        Feed::from_labels(&labels, vec![("lake".into(), "s3://l".into())])
    }

    #[test]
    fn rows_cover_objects_and_columns_with_category_and_type_tags() {
        let got: Vec<(String, Option<String>, String)> = rows(&feed())
            .into_iter()
            .map(|r| (r.resource, r.column, r.tag))
            .collect();
        let row = |c: Option<&str>, t: &str| {
            (
                "s3://l/t.csv".to_string(),
                c.map(String::from),
                t.to_string(),
            )
        };
        assert_eq!(
            got,
            [
                row(None, "FINANCIAL"),
                row(None, "FINANCIAL.CREDIT_CARD_NUMBER"),
                row(None, "PII"),
                row(None, "PII.US_SSN"),
                row(Some("ssn, \"x\""), "PII"),
                row(Some("ssn, \"x\""), "PII.US_SSN"),
            ]
        );
    }

    #[test]
    fn csv_quotes_awkward_column_names_and_json_round_trips() {
        let mut out = Vec::new();
        Tags(TagEncoding::Csv).write(&feed(), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("resource,column,tag\n"), "{text}");
        assert!(
            text.contains("s3://l/t.csv,\"ssn, \"\"x\"\"\",PII\n"),
            "{text}"
        );
        assert!(text.contains("s3://l/t.csv,,PII.US_SSN\n"), "{text}");
        let mut out = Vec::new();
        Tags(TagEncoding::Json).write(&feed(), &mut out).unwrap();
        let v: Vec<TagRow> = serde_json::from_slice::<Vec<serde_json::Value>>(&out)
            .unwrap()
            .into_iter()
            .map(|r| TagRow {
                resource: r["resource"].as_str().unwrap().into(),
                column: r["column"].as_str().map(String::from),
                tag: r["tag"].as_str().unwrap().into(),
            })
            .collect();
        assert_eq!(v, rows(&feed()));
    }
}
