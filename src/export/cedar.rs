//! `--format cedar`: a Cedar entities JSON array.
//!
//! - `DataReach::Resource::"URI"` for every object, and
//!   `DataReach::Resource::"URI#column"` for every column of a table with the
//!   object as its parent (so `resource in DataReach::Resource::"URI"` covers
//!   the columns); attributes `uri`, `column` (columns only), `categories` and
//!   `types` (sets of strings).
//! - `DataReach::Agent::"ID"` with `owner`, `purpose`, `data_scope` (when
//!   known) and, from an exposure, `reachable_categories`; its parents are its
//!   roles (`DataReach::Role::"ROLE"`) and the agent it is delegated from, so
//!   `principal in DataReach::Agent::"orchestrator"` covers sub-agents.
//! - `DataReach::Role::"ROLE"` for every role.
//!
//! Entities are sorted by type, then id.

use super::{object_name, Exporter, Feed};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;

/// The Cedar namespace of every entity type.
pub const NAMESPACE: &str = "DataReach";
/// Entity type of objects and columns.
pub const RESOURCE_TYPE: &str = "DataReach::Resource";
/// Entity type of agents.
pub const AGENT_TYPE: &str = "DataReach::Agent";
/// Entity type of roles.
pub const ROLE_TYPE: &str = "DataReach::Role";

/// The Cedar exporter.
#[derive(Debug, Clone, Copy)]
pub struct Cedar;

#[derive(Debug, Serialize, PartialEq, Eq, PartialOrd, Ord)]
struct Uid {
    #[serde(rename = "type")]
    ty: &'static str,
    id: String,
}

#[derive(Debug, Serialize)]
#[serde(untagged)]
enum Attr {
    Str(String),
    Set(Vec<String>),
}

#[derive(Debug, Serialize)]
struct Entity {
    uid: Uid,
    attrs: BTreeMap<&'static str, Attr>,
    parents: Vec<Uid>,
}

fn uid(ty: &'static str, id: impl Into<String>) -> Uid {
    Uid { ty, id: id.into() }
}

/// The entities of `feed`, sorted by type and id.
fn entities(feed: &Feed) -> Vec<Entity> {
    let mut out = Vec::new();
    for (uri, r) in &feed.resources {
        let mut attrs = BTreeMap::new();
        attrs.insert("uri", Attr::Str(uri.clone()));
        attrs.insert("categories", Attr::Set(r.categories.clone()));
        attrs.insert("types", Attr::Set(r.types.keys().cloned().collect()));
        out.push(Entity {
            uid: uid(RESOURCE_TYPE, uri.clone()),
            attrs,
            parents: Vec::new(),
        });
        for (name, c) in &r.columns {
            let mut attrs = BTreeMap::new();
            attrs.insert("uri", Attr::Str(uri.clone()));
            attrs.insert("column", Attr::Str(name.clone()));
            attrs.insert("categories", Attr::Set(c.categories.clone()));
            attrs.insert("types", Attr::Set(c.types.keys().cloned().collect()));
            out.push(Entity {
                uid: uid(RESOURCE_TYPE, object_name(uri, Some(name))),
                attrs,
                parents: vec![uid(RESOURCE_TYPE, uri.clone())],
            });
        }
    }
    for (id, a) in &feed.agents {
        let mut attrs = BTreeMap::new();
        if let Some(o) = &a.owner {
            attrs.insert("owner", Attr::Str(o.clone()));
        }
        if let Some(p) = &a.purpose {
            attrs.insert("purpose", Attr::Str(p.clone()));
        }
        if let Some(s) = &a.data_scope {
            attrs.insert("data_scope", Attr::Set(s.clone()));
        }
        if let Some(c) = a.reachable_categories() {
            attrs.insert("reachable_categories", Attr::Set(c));
        }
        let mut parents: Vec<Uid> = a.roles.iter().map(|r| uid(ROLE_TYPE, r.clone())).collect();
        if let Some(p) = &a.delegated_from {
            parents.push(uid(AGENT_TYPE, p.clone()));
        }
        parents.sort();
        parents.dedup();
        out.push(Entity {
            uid: uid(AGENT_TYPE, id.clone()),
            attrs,
            parents,
        });
    }
    for r in &feed.roles {
        out.push(Entity {
            uid: uid(ROLE_TYPE, r.clone()),
            attrs: BTreeMap::new(),
            parents: Vec::new(),
        });
    }
    out.sort_by(|a, b| a.uid.cmp(&b.uid));
    out
}

impl Exporter for Cedar {
    fn write(&self, feed: &Feed, w: &mut dyn Write) -> std::io::Result<()> {
        serde_json::to_writer_pretty(&mut *w, &entities(feed))?;
        w.write_all(b"\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::correlate::LabelRecord;
    use crate::export::AgentFacts;

    #[test]
    fn columns_are_children_of_their_object_and_agents_of_roles_and_parents() {
        let labels = vec![LabelRecord {
            root: "lake".into(),
            path: "t.csv".into(),
            column: Some("dx".into()),
            types: [("ICD10_CODE".to_string(), 4)].into(),
            categories: vec!["PHI".into()],
            ..LabelRecord::default()
        }];
        let mut feed = Feed::from_labels(&labels, vec![("lake".into(), "s3://l".into())]);
        feed.roles.insert("reader".into());
        feed.agents.insert(
            "sub".into(),
            AgentFacts {
                id: "sub".into(),
                owner: Some("o@x".into()),
                roles: vec!["reader".into()],
                delegated_from: Some("top".into()),
                ..AgentFacts::default()
            },
        );
        let mut out = Vec::new();
        Cedar.write(&feed, &mut out).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        let all = v.as_array().unwrap();
        let ids: Vec<String> = all
            .iter()
            .map(|e| format!("{}::{}", e["uid"]["type"], e["uid"]["id"]))
            .collect();
        assert_eq!(
            ids,
            [
                "\"DataReach::Agent\"::\"sub\"",
                "\"DataReach::Resource\"::\"s3://l/t.csv\"",
                "\"DataReach::Resource\"::\"s3://l/t.csv#dx\"",
                "\"DataReach::Role\"::\"reader\"",
            ]
        );
        let col = &all[2];
        assert_eq!(col["attrs"]["categories"], serde_json::json!(["PHI"]));
        assert_eq!(col["attrs"]["column"], "dx");
        assert_eq!(col["parents"][0]["id"], "s3://l/t.csv");
        assert_eq!(all[1]["attrs"]["types"], serde_json::json!(["ICD10_CODE"]));
        let sub = &all[0];
        assert_eq!(sub["attrs"]["owner"], "o@x");
        assert!(
            sub["attrs"].get("data_scope").is_none(),
            "undeclared scope stays absent"
        );
        assert_eq!(sub["parents"].as_array().unwrap().len(), 2);
    }
}
