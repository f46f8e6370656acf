//! Correlator: joins scan labels (`labels.jsonl`) with an agent inventory and
//! permission grants (native YAML/JSON and AWS IAM policies) to compute, per
//! agent, the regulated data it can reach, through which grant, and the
//! governance findings that follow (orphaned agents, excessive reach, toxic
//! combinations, ...).
//!
//! ```no_run
//! use datareach::correlate::*;
//! let labels = read_labels(std::path::Path::new("out")).unwrap();
//! let inv = Inventory::load(std::path::Path::new("inventory.yaml")).unwrap();
//! let opts = ExposureOptions::new(parse_date("2026-05-01").unwrap(),
//!     UriMapper::new(vec![parse_map("lake=s3://lake").unwrap()]));
//! let report = Exposure::compute(&labels, &inv, &opts).unwrap();
//! report.write_outputs(std::path::Path::new("out")).unwrap();
//! print!("{}", report.render_summary());
//! ```

pub mod access;
pub mod connectors;
mod engine;
mod error;
pub mod explain;
pub mod iam;
pub mod index;
pub mod inventory;
pub mod labels;
pub mod pattern;
mod report;
mod yaml;

pub use engine::{
    AgentProfile, AgentReport, Delegation, Exposure, ExposureOptions, ExposureReport,
    DEFAULT_MAX_PATHS, MAX_DELEGATION_LISTED,
};
pub use error::Error;
pub use explain::{explain, explain_with_columns, Explanation};
pub use iam::load_iam;
pub use index::LabelIndex;
pub use inventory::{parse_date, Inventory};
pub use labels::{parse_map, read_labels, LabelRecord, UriMapper};
pub use pattern::Pattern;
pub use report::{
    AssumeHop, CategoryTotals, Finding, GrantPath, ReachEntry, Severity, SuggestedGrant, Totals,
};
