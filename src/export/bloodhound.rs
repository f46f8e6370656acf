//! `--format bloodhound`: a BloodHound OpenGraph JSON graph, for teams that
//! explore attack paths in BloodHound (upload it in *Administration → File
//! Ingest*).
//!
//! - Nodes (every node also carries the source kind `DataReach`):
//!   - `DRAgent` — every agent; properties `name`, `owner`, `purpose`,
//!     `data_scope`, `roles`, `reachable_categories`, and `pii`/`phi`/
//!     `financial` booleans of what it reaches.
//!   - `DROwner` — every owner named by an agent.
//!   - `DRDataset` — every labelled object (file or table); properties
//!     `uri`, `categories`, `types`, `columns` (the labelled ones), `rows`,
//!     and the class booleans `pii`, `phi`, `financial`, `regulated`.
//! - Edges:
//!   - `CanRead` / `CanWrite` — agent → dataset, from `exposure.json`
//!     (`CanWrite` when the reach has `write` or `delete`); properties
//!     `actions`, `columns` (when only columns are reached), `categories`,
//!     `outcome` and `via` (grant ids).
//!   - `DelegatesTo` — parent agent → sub-agent (`delegated_from`), and an
//!     agent → the agent it can assume (`can_assume` in `exposure.json`).
//!   - `OwnedBy` — agent → owner.
//!
//! OpenGraph properties must be primitives or arrays of one primitive type:
//! nothing is nested, absent values are left out rather than written `null`.
//! Nodes are sorted by kind and id, edges by kind, start and end.

use super::{Exporter, Feed};
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

/// The source kind added to every node and written in the metadata.
pub const SOURCE_KIND: &str = "DataReach";
/// Node kind of agents.
pub const AGENT_KIND: &str = "DRAgent";
/// Node kind of owners.
pub const OWNER_KIND: &str = "DROwner";
/// Node kind of labelled objects.
pub const DATASET_KIND: &str = "DRDataset";

/// The BloodHound OpenGraph exporter.
#[derive(Debug, Clone, Copy)]
pub struct BloodHound;

#[derive(Debug, Serialize)]
struct Node {
    id: String,
    kinds: [&'static str; 2],
    properties: Map<String, Value>,
}

#[derive(Debug, Serialize, PartialEq, Eq, PartialOrd, Ord)]
struct Ref {
    value: String,
    match_by: &'static str,
}

#[derive(Debug, Serialize)]
struct Edge {
    kind: &'static str,
    start: Ref,
    end: Ref,
    #[serde(skip_serializing_if = "Map::is_empty")]
    properties: Map<String, Value>,
}

#[derive(Debug, Serialize)]
struct Graph {
    nodes: Vec<Node>,
    edges: Vec<Edge>,
}

#[derive(Debug, Serialize)]
struct Metadata {
    source_kind: &'static str,
}

#[derive(Debug, Serialize)]
struct Document {
    metadata: Metadata,
    graph: Graph,
}

/// Node ids: the kind keeps an agent and a dataset of the same name apart.
pub fn agent_id(id: &str) -> String {
    format!("agent:{id}")
}

/// See [`agent_id`].
pub fn owner_id(id: &str) -> String {
    format!("owner:{id}")
}

/// See [`agent_id`].
pub fn dataset_id(uri: &str) -> String {
    format!("dataset:{uri}")
}

fn by_id(value: String) -> Ref {
    Ref {
        value,
        match_by: "id",
    }
}

/// Sets `key` unless the value is absent or an empty array.
fn put(props: &mut Map<String, Value>, key: &str, v: impl Into<Value>) {
    let v = v.into();
    let empty = match &v {
        Value::Null => true,
        Value::Array(a) => a.is_empty(),
        _ => false,
    };
    if !empty {
        props.insert(key.to_string(), v);
    }
}

fn class_flags(props: &mut Map<String, Value>, categories: &[String]) {
    for (key, cat) in [("pii", "PII"), ("phi", "PHI"), ("financial", "FINANCIAL")] {
        props.insert(key.into(), categories.iter().any(|c| c == cat).into());
    }
}

fn document(feed: &Feed) -> Document {
    let mut nodes = Vec::new();
    let mut edges = Vec::new();
    for (uri, r) in &feed.resources {
        let mut p = Map::new();
        p.insert("name".into(), uri.clone().into());
        p.insert("uri".into(), uri.clone().into());
        let mut cats: BTreeSet<&String> = r.categories.iter().collect();
        cats.extend(r.columns.values().flat_map(|c| &c.categories));
        let cats: Vec<String> = super::order_categories(cats.into_iter().map(String::as_str));
        let mut types: BTreeSet<&String> = r.types.keys().collect();
        types.extend(r.columns.values().flat_map(|c| c.types.keys()));
        p.insert("regulated".into(), (!cats.is_empty()).into());
        class_flags(&mut p, &cats);
        put(&mut p, "categories", cats);
        put(
            &mut p,
            "types",
            types.into_iter().cloned().collect::<Vec<_>>(),
        );
        let labelled: Vec<String> = r
            .columns
            .iter()
            .filter(|(_, c)| !c.types.is_empty())
            .map(|(n, _)| n.clone())
            .collect();
        put(&mut p, "columns", labelled);
        if let Some(rows) = r.rows {
            p.insert("rows".into(), rows.into());
        }
        nodes.push(Node {
            id: dataset_id(uri),
            kinds: [DATASET_KIND, SOURCE_KIND],
            properties: p,
        });
    }
    let mut owners: BTreeSet<&str> = BTreeSet::new();
    for (id, a) in &feed.agents {
        let mut p = Map::new();
        p.insert("name".into(), id.clone().into());
        put(&mut p, "owner", a.owner.clone());
        put(&mut p, "purpose", a.purpose.clone());
        put(&mut p, "data_scope", a.data_scope.clone());
        put(&mut p, "roles", a.roles.clone());
        if let Some(cats) = a.reachable_categories() {
            class_flags(&mut p, &cats);
            put(&mut p, "reachable_categories", cats);
        }
        nodes.push(Node {
            id: agent_id(id),
            kinds: [AGENT_KIND, SOURCE_KIND],
            properties: p,
        });
        if let Some(o) = &a.owner {
            owners.insert(o);
            edges.push(Edge {
                kind: "OwnedBy",
                start: by_id(agent_id(id)),
                end: by_id(owner_id(o)),
                properties: Map::new(),
            });
        }
        if let Some(parent) = &a.delegated_from {
            let mut p = Map::new();
            p.insert("how".into(), "delegated_from".into());
            edges.push(Edge {
                kind: "DelegatesTo",
                start: by_id(agent_id(parent)),
                end: by_id(agent_id(id)),
                properties: p,
            });
        }
        for to in &a.can_assume {
            if feed.agents.contains_key(to) {
                let mut p = Map::new();
                p.insert("how".into(), "assume_role".into());
                edges.push(Edge {
                    kind: "DelegatesTo",
                    start: by_id(agent_id(id)),
                    end: by_id(agent_id(to)),
                    properties: p,
                });
            }
        }
        for (kind, ds) in reach_edges(a) {
            edges.push(Edge {
                kind,
                start: by_id(agent_id(id)),
                end: by_id(dataset_id(&ds.uri)),
                properties: ds.properties(),
            });
        }
    }
    for o in owners {
        let mut p = Map::new();
        p.insert("name".into(), o.into());
        nodes.push(Node {
            id: owner_id(o),
            kinds: [OWNER_KIND, SOURCE_KIND],
            properties: p,
        });
    }
    nodes.sort_by(|a, b| (a.kinds[0], &a.id).cmp(&(b.kinds[0], &b.id)));
    edges.sort_by(|a, b| (a.kind, &a.start, &a.end).cmp(&(b.kind, &b.start, &b.end)));
    Document {
        metadata: Metadata {
            source_kind: SOURCE_KIND,
        },
        graph: Graph { nodes, edges },
    }
}

/// What one agent reaches of one dataset, over its whole-object and column
/// reach entries.
#[derive(Default)]
struct DatasetReach {
    uri: String,
    actions: BTreeSet<String>,
    whole: bool,
    columns: BTreeSet<String>,
    categories: BTreeSet<String>,
    outcomes: BTreeSet<String>,
    via: BTreeSet<String>,
}

impl DatasetReach {
    fn properties(&self) -> Map<String, Value> {
        let mut p = Map::new();
        let ordered: Vec<&str> = crate::correlate::inventory::ACTION_NAMES
            .iter()
            .map(|(_, n)| *n)
            .filter(|n| self.actions.contains(*n))
            .collect();
        put(&mut p, "actions", ordered);
        if !self.whole {
            put(
                &mut p,
                "columns",
                self.columns.iter().cloned().collect::<Vec<_>>(),
            );
        }
        put(
            &mut p,
            "categories",
            super::order_categories(self.categories.iter().map(String::as_str)),
        );
        // The weakest outcome over the entries: one conditional entry makes
        // the edge conditional.
        let outcome = if self.outcomes.contains("conditional") {
            Some("conditional")
        } else if self.outcomes.contains("allowed") {
            Some("allowed")
        } else {
            None
        };
        put(&mut p, "outcome", outcome);
        put(&mut p, "via", self.via.iter().cloned().collect::<Vec<_>>());
        p
    }
}

/// `CanRead` and `CanWrite` edges of one agent, one per dataset and kind.
fn reach_edges(a: &super::AgentFacts) -> Vec<(&'static str, DatasetReach)> {
    let mut per: BTreeMap<(&'static str, &str), DatasetReach> = BTreeMap::new();
    for r in a.reach.iter().flatten() {
        if r.outcome.as_deref() == Some("denied") {
            continue;
        }
        let kinds = [
            ("CanRead", r.actions.iter().any(|x| x == "read")),
            (
                "CanWrite",
                r.actions.iter().any(|x| x == "write" || x == "delete"),
            ),
        ];
        for (kind, on) in kinds {
            if !on {
                continue;
            }
            let d = per.entry((kind, &r.resource)).or_default();
            d.uri = r.resource.clone();
            d.actions.extend(r.actions.iter().cloned());
            match &r.column {
                None => d.whole = true,
                Some(c) => {
                    d.columns.insert(c.clone());
                }
            }
            d.categories.extend(r.categories.iter().cloned());
            d.outcomes
                .insert(r.outcome.clone().unwrap_or_else(|| "allowed".into()));
            d.via.extend(r.via.iter().cloned());
        }
    }
    per.into_iter().map(|((k, _), d)| (k, d)).collect()
}

impl Exporter for BloodHound {
    fn write(&self, feed: &Feed, w: &mut dyn Write) -> std::io::Result<()> {
        serde_json::to_writer_pretty(&mut *w, &document(feed))?;
        w.write_all(b"\n")
    }
}

#[cfg(test)]
mod tests {
    use super::super::{AgentFacts, ColumnLabels, Reach, Resource};
    use super::*;

    fn feed() -> Feed {
        let mut f = Feed::default();
        let mut cols = BTreeMap::new();
        cols.insert(
            "ssn".to_string(),
            ColumnLabels {
                types: [("US_SSN".to_string(), 3)].into(),
                categories: vec!["PII".into()],
            },
        );
        cols.insert("id".to_string(), ColumnLabels::default());
        f.resources.insert(
            "s3://l/t.csv".into(),
            Resource {
                uri: "s3://l/t.csv".into(),
                rows: Some(10),
                columns: cols,
                ..Resource::default()
            },
        );
        f.resources.insert(
            "s3://l/clean.txt".into(),
            Resource {
                uri: "s3://l/clean.txt".into(),
                ..Resource::default()
            },
        );
        let reach = |col: Option<&str>, actions: &[&str], outcome: &str| Reach {
            resource: "s3://l/t.csv".into(),
            column: col.map(String::from),
            actions: actions.iter().map(|a| a.to_string()).collect(),
            categories: vec!["PII".into()],
            outcome: Some(outcome.into()),
            via: vec!["g1".into()],
            ..Reach::default()
        };
        f.agents.insert(
            "bot".into(),
            AgentFacts {
                id: "bot".into(),
                owner: Some("alice@x".into()),
                reach: Some(vec![
                    reach(Some("ssn"), &["read"], "allowed"),
                    reach(Some("id"), &["read", "write"], "conditional"),
                ]),
                can_assume: vec!["sub".into(), "not-an-agent-role".into()],
                ..AgentFacts::default()
            },
        );
        f.agents.insert(
            "sub".into(),
            AgentFacts {
                id: "sub".into(),
                delegated_from: Some("bot".into()),
                reach: Some(vec![reach(None, &["delete"], "denied")]),
                ..AgentFacts::default()
            },
        );
        f
    }

    #[test]
    fn graph_has_agents_owners_datasets_and_the_four_edge_kinds() {
        let doc = serde_json::to_value(document(&feed())).unwrap();
        assert_eq!(doc["metadata"]["source_kind"], "DataReach");
        let nodes = doc["graph"]["nodes"].as_array().unwrap();
        let ids: Vec<&str> = nodes.iter().map(|n| n["id"].as_str().unwrap()).collect();
        assert_eq!(
            ids,
            [
                "agent:bot",
                "agent:sub",
                "dataset:s3://l/clean.txt",
                "dataset:s3://l/t.csv",
                "owner:alice@x"
            ]
        );
        let t = &nodes[3]["properties"];
        assert_eq!(t["pii"], true);
        assert_eq!(t["phi"], false);
        assert_eq!(t["regulated"], true);
        assert_eq!(t["columns"], serde_json::json!(["ssn"]));
        assert_eq!(nodes[2]["properties"]["regulated"], false);
        assert!(nodes[2]["properties"].get("categories").is_none());
        let edges: Vec<(String, String, String)> = doc["graph"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["kind"].as_str().unwrap().to_string(),
                    e["start"]["value"].as_str().unwrap().to_string(),
                    e["end"]["value"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let e = |k: &str, s: &str, t: &str| (k.to_string(), s.to_string(), t.to_string());
        assert_eq!(
            edges,
            [
                e("CanRead", "agent:bot", "dataset:s3://l/t.csv"),
                e("CanWrite", "agent:bot", "dataset:s3://l/t.csv"),
                // the delegation and the assume-role edge to the same sub-agent
                e("DelegatesTo", "agent:bot", "agent:sub"),
                e("DelegatesTo", "agent:bot", "agent:sub"),
                e("OwnedBy", "agent:bot", "owner:alice@x"),
            ]
        );
        let read = &doc["graph"]["edges"][0]["properties"];
        assert_eq!(read["columns"], serde_json::json!(["id", "ssn"]));
        assert_eq!(read["outcome"], "conditional");
        assert_eq!(read["actions"], serde_json::json!(["read", "write"]));
    }

    #[test]
    fn no_property_is_null_or_nested() {
        let doc = serde_json::to_value(document(&feed())).unwrap();
        for list in ["nodes", "edges"] {
            for item in doc["graph"][list].as_array().unwrap() {
                for (k, v) in item
                    .get("properties")
                    .and_then(|p| p.as_object())
                    .into_iter()
                    .flatten()
                {
                    let ok = match v {
                        Value::Null | Value::Object(_) => false,
                        Value::Array(a) => !a.is_empty() && a.iter().all(|x| x.is_string()),
                        _ => true,
                    };
                    assert!(ok, "{list} property {k} = {v}");
                }
            }
        }
    }
}
