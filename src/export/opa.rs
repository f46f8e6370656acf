//! `--format opa`: one JSON data document, loaded into OPA as
//! `data.datareach`, so a Rego policy asks
//! `"PHI" in data.datareach.resources[uri].categories`.
//!
//! Every object is a key of `resources` (clean ones too, with empty
//! categories, so a policy can tell "known clean" from "never scanned").
//! Field names are written in sorted order and maps are sorted by key.

use super::{Exporter, Feed};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;

/// The OPA exporter.
#[derive(Debug, Clone, Copy)]
pub struct Opa;

// Fields are declared in alphabetical order: serde writes them in declaration
// order, and the document promises sorted keys.

#[derive(Serialize)]
struct Document<'a> {
    agents: BTreeMap<&'a str, Agent<'a>>,
    resources: BTreeMap<&'a str, Resource<'a>>,
    type_categories: &'a BTreeMap<String, String>,
}

#[derive(Serialize)]
struct Resource<'a> {
    categories: &'a [String],
    columns: BTreeMap<&'a str, Labels<'a>>,
    regulated: bool,
    rows: Option<u64>,
    types: &'a BTreeMap<String, u64>,
}

#[derive(Serialize)]
struct Labels<'a> {
    categories: &'a [String],
    types: &'a BTreeMap<String, u64>,
}

#[derive(Serialize)]
struct Agent<'a> {
    data_scope: Option<&'a [String]>,
    delegated_from: Option<&'a str>,
    owner: Option<&'a str>,
    purpose: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reach: Option<BTreeMap<String, ReachOut<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reachable_categories: Option<Vec<String>>,
    roles: &'a [String],
}

#[derive(Serialize)]
struct ReachOut<'a> {
    actions: &'a [String],
    categories: &'a [String],
    types: &'a BTreeMap<String, u64>,
}

impl Exporter for Opa {
    fn write(&self, feed: &Feed, w: &mut dyn Write) -> std::io::Result<()> {
        let resources = feed
            .resources
            .iter()
            .map(|(uri, r)| {
                let columns = r
                    .columns
                    .iter()
                    .map(|(name, c)| {
                        (
                            name.as_str(),
                            Labels {
                                categories: &c.categories,
                                types: &c.types,
                            },
                        )
                    })
                    .collect();
                (
                    uri.as_str(),
                    Resource {
                        categories: &r.categories,
                        columns,
                        regulated: !r.types.is_empty(),
                        rows: r.rows,
                        types: &r.types,
                    },
                )
            })
            .collect();
        let agents = feed
            .agents
            .iter()
            .map(|(id, a)| {
                let reach = a.reach.as_ref().map(|reach| {
                    reach
                        .iter()
                        .map(|r| {
                            (
                                r.key(),
                                ReachOut {
                                    actions: &r.actions,
                                    categories: &r.categories,
                                    types: &r.types,
                                },
                            )
                        })
                        .collect()
                });
                (
                    id.as_str(),
                    Agent {
                        data_scope: a.data_scope.as_deref(),
                        delegated_from: a.delegated_from.as_deref(),
                        owner: a.owner.as_deref(),
                        purpose: a.purpose.as_deref(),
                        reach,
                        reachable_categories: a.reachable_categories(),
                        roles: &a.roles,
                    },
                )
            })
            .collect();
        let doc = Document {
            agents,
            resources,
            type_categories: &feed.type_categories,
        };
        serde_json::to_writer_pretty(&mut *w, &doc)?;
        w.write_all(b"\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::correlate::LabelRecord;
    use crate::export::{AgentFacts, Reach};

    #[test]
    fn document_is_keyed_by_uri_with_column_labels_and_sorted_keys() {
        let labels = vec![
            LabelRecord {
                root: "lake".into(),
                path: "t.csv".into(),
                column: Some("ssn".into()),
                types: [("US_SSN".to_string(), 4)].into(),
                categories: vec!["PII".into()],
                ..LabelRecord::default()
            },
            LabelRecord {
                root: "lake".into(),
                path: "clean.txt".into(),
                ..LabelRecord::default()
            },
        ];
        let mut feed = Feed::from_labels(&labels, vec![("lake".into(), "s3://l".into())]);
        feed.agents.insert(
            "bot".into(),
            AgentFacts {
                id: "bot".into(),
                data_scope: Some(vec!["PII".into()]),
                reach: Some(vec![Reach {
                    resource: "s3://l/t.csv".into(),
                    column: Some("ssn".into()),
                    actions: vec!["read".into()],
                    categories: vec!["PII".into()],
                    types: [("US_SSN".to_string(), 4)].into(),
                    ..Reach::default()
                }]),
                ..AgentFacts::default()
            },
        );
        let mut out = Vec::new();
        Opa.write(&feed, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let t = &v["resources"]["s3://l/t.csv"];
        assert_eq!(t["categories"], serde_json::json!(["PII"]));
        assert_eq!(t["columns"]["ssn"]["types"]["US_SSN"], 4);
        assert_eq!(t["regulated"], true);
        assert_eq!(v["resources"]["s3://l/clean.txt"]["regulated"], false);
        let bot = &v["agents"]["bot"];
        assert_eq!(bot["reach"]["s3://l/t.csv#ssn"]["actions"][0], "read");
        assert_eq!(bot["reachable_categories"], serde_json::json!(["PII"]));
        // keys in sorted order, whatever serde_json's map implementation
        let a = text.find("\"agents\"").unwrap();
        let r = text.find("\"resources\"").unwrap();
        let c = text.find("\"type_categories\"").unwrap();
        assert!(a < r && r < c, "{text}");
    }
}
