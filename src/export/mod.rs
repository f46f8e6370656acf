//! Feeds for policy engines: the scan's labels (and, optionally, the agent
//! inventory and the correlator's reach) exported in the shapes policy engines
//! load — an OPA data document, Cedar entities, and flat tag rows.
//!
//! Resources are named by exactly the URIs the correlator uses: the labels go
//! through [`LabelIndex::build`] with the same [`UriMapper`], so a policy
//! written against `exposure.json` resources matches the export.
//!
//! ```no_run
//! use datareach::export::*;
//! let sources = Sources {
//!     labels: "out".into(),
//!     maps: vec!["lake=s3://lake".into()],
//!     inventory: Some("inventory.yaml".into()),
//!     exposure: None,
//! };
//! let feed = Feed::load(&sources).unwrap();
//! let format = Format::from_name("opa", std::path::Path::new("policy-data.json")).unwrap();
//! write_file(&feed, format, std::path::Path::new("policy-data.json")).unwrap();
//! ```

pub mod bloodhound;
pub mod cedar;
mod exposure;
pub mod opa;
pub mod tags;

use crate::correlate::index::{cat_bit, LabelIndex};
use crate::correlate::{self, Inventory, UriMapper};
use crate::types::Category;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};

pub use crate::review::ExposureDoc;
pub use exposure::read_exposure;

/// An error while loading the inputs of an export or writing it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A `--map` argument is not `ROOT=URI`.
    #[error(transparent)]
    Map(correlate::Error),
    /// The labels cannot be read; the cause names the file, line and column.
    #[error("labels: {0}")]
    Labels(correlate::Error),
    /// The inventory cannot be read or is invalid.
    #[error("inventory: {0}")]
    Inventory(correlate::Error),
    /// `exposure.json` cannot be read.
    #[error("exposure: {0}")]
    Exposure(correlate::Error),
    /// The output could not be written.
    #[error(transparent)]
    Output(#[from] crate::error::Error),
    /// Writing to a stream failed.
    #[error("{what}: {source}")]
    Write {
        what: String,
        #[source]
        source: std::io::Error,
    },
}

/// Labels of one column of a table.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ColumnLabels {
    /// Data type name to number of findings.
    pub types: BTreeMap<String, u64>,
    /// Categories, in the order `PII`, `PHI`, `FINANCIAL`.
    pub categories: Vec<String>,
}

/// A labelled object (file or table), named by its resource URI.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Resource {
    pub uri: String,
    /// Data type name to number of findings (whole object).
    pub types: BTreeMap<String, u64>,
    /// Categories, in the order `PII`, `PHI`, `FINANCIAL`.
    pub categories: Vec<String>,
    /// Rows of a table (`rows_total`, else `rows_scanned`).
    pub rows: Option<u64>,
    /// Columns of a table by name, including columns with no finding.
    pub columns: BTreeMap<String, ColumnLabels>,
}

/// What one agent reaches (one entry of `exposure.json`'s `reach`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reach {
    pub resource: String,
    pub column: Option<String>,
    pub actions: Vec<String>,
    pub categories: Vec<String>,
    pub types: BTreeMap<String, u64>,
    /// `allowed` or `conditional` (absent in exposure files of older runs).
    pub outcome: Option<String>,
    /// Ids of the grants that give the reach.
    pub via: Vec<String>,
}

impl Reach {
    /// The correlator's object name: `URI`, or `URI#column` for a column.
    pub fn key(&self) -> String {
        object_name(&self.resource, self.column.as_deref())
    }
}

/// An agent, from the inventory and/or `exposure.json`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AgentFacts {
    pub id: String,
    pub owner: Option<String>,
    pub purpose: Option<String>,
    /// Declared categories or type names; `None` = not declared.
    pub data_scope: Option<Vec<String>>,
    /// Roles held (inventory only).
    pub roles: Vec<String>,
    /// Parent agent of a sub-agent.
    pub delegated_from: Option<String>,
    /// Agents or roles this agent can act as (assume-role), from an exposure.
    pub can_assume: Vec<String>,
    /// Reachable regulated objects and columns; `None` without an exposure.
    pub reach: Option<Vec<Reach>>,
}

impl AgentFacts {
    /// Categories of everything the agent reaches, in the order `PII`, `PHI`,
    /// `FINANCIAL` (custom categories after, sorted); `None` without an exposure.
    pub fn reachable_categories(&self) -> Option<Vec<String>> {
        let reach = self.reach.as_ref()?;
        let set: BTreeSet<&str> = reach
            .iter()
            .flat_map(|r| r.categories.iter().map(String::as_str))
            .collect();
        Some(order_categories(set))
    }
}

/// Where an export reads from.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    /// Scan output directory holding `labels.jsonl`, or the file itself.
    pub labels: PathBuf,
    /// `ROOT=URI` mappings, as given to `--map`.
    pub maps: Vec<String>,
    /// Agent inventory (agents, owners, roles, delegation, data scope).
    pub inventory: Option<PathBuf>,
    /// `exposure` output directory holding `exposure.json`, or the file itself.
    pub exposure: Option<PathBuf>,
}

/// Everything an exporter writes: resources by URI and agents by id, both
/// sorted, plus notes about suspicious inputs.
#[derive(Debug, Clone, Default)]
pub struct Feed {
    pub resources: BTreeMap<String, Resource>,
    pub agents: BTreeMap<String, AgentFacts>,
    /// Role ids defined in the inventory or held by an agent.
    pub roles: BTreeSet<String>,
    /// Data type name to its category, for every type seen.
    pub type_categories: BTreeMap<String, String>,
    /// Things the user should know (a `--map` that matched no root, reach to
    /// resources not in the labels, ...); the CLI prints them as notes.
    pub notes: Vec<String>,
}

impl Feed {
    /// Reads every source and builds the feed.
    pub fn load(src: &Sources) -> Result<Feed, Error> {
        let maps = src
            .maps
            .iter()
            .map(|m| correlate::parse_map(m))
            .collect::<Result<Vec<_>, _>>()
            .map_err(Error::Map)?;
        let labels = correlate::read_labels(&src.labels).map_err(Error::Labels)?;
        let mut feed = Feed::from_labels(&labels, maps);
        if let Some(p) = &src.inventory {
            feed.add_inventory(&Inventory::load(p).map_err(Error::Inventory)?);
        }
        if let Some(p) = &src.exposure {
            feed.add_exposure(&read_exposure(p).map_err(Error::Exposure)?);
        }
        Ok(feed)
    }

    /// Resources from labels; `maps` are parsed `--map` pairs (see
    /// [`correlate::parse_map`]), applied by the correlator's [`UriMapper`].
    pub fn from_labels(labels: &[correlate::LabelRecord], maps: Vec<(String, String)>) -> Feed {
        let mut notes = Vec::new();
        for (root, uri) in &maps {
            // As UriMapper compares: the root as given to scan, less a trailing `/`.
            if !labels.iter().any(|l| l.root.trim_end_matches('/') == root) {
                notes.push(format!(
                    "--map {root}={uri} matches no scanned root in the labels (roots are compared as given to scan)"
                ));
            }
        }
        let ix = LabelIndex::build(labels, &UriMapper::new(maps));
        let type_name = |t: u32| ix.type_names[t as usize].clone();
        let types_of = |v: &[(u32, u64)]| -> BTreeMap<String, u64> {
            v.iter().map(|&(t, n)| (type_name(t), n)).collect()
        };
        let mut resources = BTreeMap::new();
        for o in &ix.objs {
            let columns = o
                .columns
                .iter()
                .map(|c| {
                    (
                        c.name.clone(),
                        ColumnLabels {
                            types: types_of(&c.types),
                            categories: category_names(c.cats),
                        },
                    )
                })
                .collect();
            resources.insert(
                o.uri.clone(),
                Resource {
                    uri: o.uri.clone(),
                    types: types_of(&o.types),
                    categories: category_names(o.cats),
                    rows: o.rows,
                    columns,
                },
            );
        }
        let type_categories = ix
            .type_names
            .iter()
            .zip(&ix.type_cats)
            .filter_map(|(t, c)| c.map(|c| (t.clone(), c.as_str().to_string())))
            .collect();
        Feed {
            resources,
            type_categories,
            notes,
            ..Feed::default()
        }
    }

    /// Adds the inventory's agents (owner, purpose, data scope, roles,
    /// delegation) and roles.
    pub fn add_inventory(&mut self, inv: &Inventory) {
        self.roles.extend(inv.roles.iter().cloned());
        for a in &inv.agents {
            let f = self.agent_mut(&a.id);
            f.owner = a.owner.clone().or(f.owner.take());
            f.purpose = a.purpose.clone();
            // Sorted like every list of the exports (the inventory's order means nothing).
            f.data_scope = a.data_scope.clone().map(|mut s| {
                s.sort();
                s.dedup();
                s
            });
            f.roles = a.roles.clone();
            f.delegated_from = a.delegated_from.clone().or(f.delegated_from.take());
            self.roles.extend(a.roles.iter().cloned());
        }
    }

    /// Adds what each agent reaches (and its owner and parent) from `exposure.json`.
    pub fn add_exposure(&mut self, exp: &ExposureDoc) {
        let mut unknown: BTreeSet<&str> = BTreeSet::new();
        for a in &exp.agents {
            for r in &a.reach {
                if !self.resources.contains_key(&r.resource) {
                    unknown.insert(&r.resource);
                }
            }
            let f = self.agent_mut(&a.id);
            if f.owner.is_none() {
                f.owner = a.owner.clone();
            }
            if f.delegated_from.is_none() {
                f.delegated_from = a.delegation.parent.clone();
            }
            let mut reach: Vec<Reach> = a
                .reach
                .iter()
                .map(|r| Reach {
                    resource: r.resource.clone(),
                    column: r.column.clone(),
                    actions: r.actions.clone(),
                    categories: r.categories.clone(),
                    types: r.types.clone(),
                    outcome: r.outcome.clone(),
                    via: r.via.clone(),
                })
                .collect();
            f.can_assume = a.can_assume.clone();
            reach.sort_by(|x, y| (&x.resource, &x.column).cmp(&(&y.resource, &y.column)));
            f.reach = Some(reach);
        }
        if let Some(first) = unknown.first() {
            self.notes.push(format!(
                "{}: {} reachable resource(s) are not in the labels (e.g. {first}); was exposure computed with other --map arguments?",
                exp.path.display(),
                unknown.len()
            ));
        }
    }

    fn agent_mut(&mut self, id: &str) -> &mut AgentFacts {
        self.agents
            .entry(id.to_string())
            .or_insert_with(|| AgentFacts {
                id: id.to_string(),
                ..AgentFacts::default()
            })
    }

    /// The tag of a data type: `CATEGORY.TYPE` (`PII.US_SSN`), or the bare type
    /// name when its category is unknown.
    pub fn type_tag(&self, data_type: &str) -> String {
        match self.type_categories.get(data_type) {
            Some(c) => format!("{c}.{data_type}"),
            None => data_type.to_string(),
        }
    }
}

/// The correlator's name of an object or column: `URI` or `URI#column`.
pub fn object_name(uri: &str, column: Option<&str>) -> String {
    match column {
        Some(c) => format!("{uri}#{c}"),
        None => uri.to_string(),
    }
}

fn category_names(bits: u8) -> Vec<String> {
    Category::ALL
        .iter()
        .filter(|c| bits & cat_bit(**c) != 0)
        .map(|c| c.as_str().to_string())
        .collect()
}

/// Built-in categories first in their usual order, then any others sorted.
pub(crate) fn order_categories<'a>(set: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let set: BTreeSet<&str> = set.into_iter().collect();
    let mut out: Vec<String> = Category::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|c| set.contains(c))
        .map(String::from)
        .collect();
    out.extend(
        set.iter()
            .filter(|c| Category::parse(c).is_none())
            .map(|c| c.to_string()),
    );
    out
}

/// How the `tags` rows are encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TagEncoding {
    Csv,
    Json,
}

/// An export format. Each format is an [`Exporter`]; adding one (say
/// `bloodhound`) is a variant here, a name in [`Format::NAMES`] and an
/// `Exporter` impl — the feed and the CLI stay as they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// OPA data document (JSON), loaded as `data.datareach`.
    Opa,
    /// Cedar entities (JSON array).
    Cedar,
    /// Flat (resource, column, tag) rows.
    Tags(TagEncoding),
    /// BloodHound OpenGraph JSON.
    BloodHound,
}

impl Format {
    /// Names accepted by `--format`.
    pub const NAMES: &'static [&'static str] = &["opa", "cedar", "tags", "bloodhound"];

    /// The format named `name`; `out` decides the encoding where a format has
    /// several (`tags`: JSON when it ends in `.json`, CSV otherwise).
    pub fn from_name(name: &str, out: &Path) -> Option<Format> {
        match name {
            "opa" => Some(Format::Opa),
            "cedar" => Some(Format::Cedar),
            "bloodhound" => Some(Format::BloodHound),
            "tags" => Some(Format::Tags(
                if out
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("json"))
                {
                    TagEncoding::Json
                } else {
                    TagEncoding::Csv
                },
            )),
            _ => None,
        }
    }

    /// The exporter that writes this format.
    pub fn exporter(self) -> Box<dyn Exporter> {
        match self {
            Format::Opa => Box::new(opa::Opa),
            Format::Cedar => Box::new(cedar::Cedar),
            Format::Tags(enc) => Box::new(tags::Tags(enc)),
            Format::BloodHound => Box::new(bloodhound::BloodHound),
        }
    }
}

/// Writes a [`Feed`] in one format. Output is deterministic: keys and rows
/// are sorted, so two exports of the same inputs are byte-identical.
pub trait Exporter {
    /// Writes the whole export to `w`.
    fn write(&self, feed: &Feed, w: &mut dyn Write) -> std::io::Result<()>;
}

/// Writes `feed` in `format` to the file `out` atomically and owner-only,
/// like every datareach output: the export tells where regulated data is.
/// To write to another stream, use [`Format::exporter`].
pub fn write_file(feed: &Feed, format: Format, out: &Path) -> Result<(), Error> {
    let exporter = format.exporter();
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        if !dir.is_dir() {
            crate::output::create_private_dir(dir)?;
        }
    }
    let mut f = crate::output::AtomicFile::create(out)?;
    exporter
        .write(feed, f.writer())
        .map_err(|source| Error::Write {
            what: out.display().to_string(),
            source,
        })?;
    f.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::correlate::LabelRecord;
    use crate::review::{AgentDoc, DelegationDoc, ReachDoc};

    fn rec(path: &str, column: Option<&str>, types: &[(&str, u64)], cats: &[&str]) -> LabelRecord {
        LabelRecord {
            root: "lake".into(),
            path: path.into(),
            column: column.map(String::from),
            types: types.iter().map(|(t, n)| (t.to_string(), *n)).collect(),
            categories: cats.iter().map(|c| c.to_string()).collect(),
            ..LabelRecord::default()
        }
    }

    #[test]
    fn resources_are_named_by_the_correlators_uris() {
        let labels = vec![
            rec("a/t.csv", None, &[("US_SSN", 3)], &["PII"]),
            rec("a/t.csv", Some("ssn"), &[("US_SSN", 3)], &["PII"]),
            rec("a/t.csv", Some("id"), &[], &[]),
            rec("b/clean.txt", None, &[], &[]),
        ];
        let feed = Feed::from_labels(&labels, vec![parse("lake=s3://lake")]);
        let keys: Vec<&str> = feed.resources.keys().map(String::as_str).collect();
        assert_eq!(keys, ["s3://lake/a/t.csv", "s3://lake/b/clean.txt"]);
        let t = &feed.resources["s3://lake/a/t.csv"];
        assert_eq!(t.categories, ["PII"]);
        assert_eq!(t.columns["ssn"].types["US_SSN"], 3);
        assert!(t.columns["id"].categories.is_empty());
        assert!(feed.notes.is_empty(), "{:?}", feed.notes);
        assert_eq!(feed.type_tag("US_SSN"), "PII.US_SSN");
    }

    #[test]
    fn a_map_matching_no_root_is_noted() {
        let labels = vec![rec("a.txt", None, &[], &[])];
        let feed = Feed::from_labels(&labels, vec![parse("other=s3://x")]);
        assert_eq!(feed.notes.len(), 1);
        assert!(feed.notes[0].contains("other=s3://x"), "{:?}", feed.notes);
        assert!(feed.resources.keys().all(|k| k.starts_with("file://")));
    }

    #[test]
    fn objects_seen_only_through_columns_get_their_columns_labels() {
        let labels = vec![rec(
            "t.parquet",
            Some("card"),
            &[("CREDIT_CARD_NUMBER", 2)],
            &[],
        )];
        let feed = Feed::from_labels(&labels, vec![parse("lake=s3://l")]);
        let t = &feed.resources["s3://l/t.parquet"];
        assert_eq!(t.categories, ["FINANCIAL"]);
        assert_eq!(t.columns["card"].categories, ["FINANCIAL"]);
    }

    #[test]
    fn format_names_and_tag_encoding_follow_the_output_name() {
        assert_eq!(Format::from_name("opa", Path::new("x")), Some(Format::Opa));
        assert_eq!(
            Format::from_name("tags", Path::new("t.JSON")),
            Some(Format::Tags(TagEncoding::Json))
        );
        assert_eq!(
            Format::from_name("tags", Path::new("t.csv")),
            Some(Format::Tags(TagEncoding::Csv))
        );
        assert_eq!(Format::from_name("neo4j", Path::new("x")), None);
        for n in Format::NAMES {
            assert!(Format::from_name(n, Path::new("x")).is_some());
        }
    }

    #[test]
    fn categories_keep_the_usual_order() {
        assert_eq!(
            order_categories(["FINANCIAL", "CUSTOM", "PII"]),
            ["PII", "FINANCIAL", "CUSTOM"]
        );
    }

    #[test]
    fn exposure_adds_reach_and_fills_what_the_inventory_does_not_say() {
        let labels = vec![rec("a.txt", None, &[("US_SSN", 1)], &["PII"])];
        let mut feed = Feed::from_labels(&labels, vec![parse("lake=s3://l")]);
        let inv = Inventory::parse(
            "agents:\n  - id: sub\n    data_scope: [PII, FINANCIAL, PII]\n    roles: [r]\n",
            false,
            Path::new("inv.yaml"),
        )
        .unwrap();
        feed.add_inventory(&inv);
        let reach = |resource: &str, cats: &[&str]| ReachDoc {
            resource: resource.into(),
            categories: cats.iter().map(|c| c.to_string()).collect(),
            ..ReachDoc::default()
        };
        let exp = ExposureDoc {
            path: "exposure.json".into(),
            agents: vec![
                AgentDoc {
                    id: "sub".into(),
                    owner: Some("o@x".into()),
                    reach: vec![reach("s3://l/a.txt", &["PII"])],
                    delegation: DelegationDoc {
                        parent: Some("top".into()),
                        ..DelegationDoc::default()
                    },
                    ..AgentDoc::default()
                },
                AgentDoc {
                    id: "other".into(),
                    reach: vec![reach("file:///elsewhere/a.txt", &["FINANCIAL"])],
                    ..AgentDoc::default()
                },
            ],
            ..ExposureDoc::default()
        };
        feed.add_exposure(&exp);
        let sub = &feed.agents["sub"];
        assert_eq!(sub.owner.as_deref(), Some("o@x"));
        assert_eq!(sub.delegated_from.as_deref(), Some("top"));
        assert_eq!(
            sub.data_scope.as_deref(),
            Some(&["FINANCIAL".to_string(), "PII".into()][..])
        );
        assert_eq!(sub.reachable_categories().unwrap(), ["PII"]);
        assert_eq!(
            feed.agents["other"].reachable_categories().unwrap(),
            ["FINANCIAL"]
        );
        assert_eq!(feed.roles.iter().collect::<Vec<_>>(), ["r"]);
        assert_eq!(feed.notes.len(), 1, "{:?}", feed.notes);
        assert!(
            feed.notes[0].contains("file:///elsewhere/a.txt"),
            "{:?}",
            feed.notes
        );
    }

    #[test]
    fn write_file_creates_the_directory_and_an_owner_only_file() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("feeds/tags.json");
        let labels = vec![rec("a.txt", None, &[("US_SSN", 1)], &["PII"])];
        let feed = Feed::from_labels(&labels, vec![parse("lake=s3://l")]);
        write_file(&feed, Format::from_name("tags", &out).unwrap(), &out).unwrap();
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(text.contains("\"tag\":\"PII.US_SSN\""), "{text}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&out).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let leftovers = std::fs::read_dir(out.parent().unwrap()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file left behind");
    }

    fn parse(s: &str) -> (String, String) {
        correlate::parse_map(s).unwrap()
    }
}
