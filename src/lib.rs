//! # datareach
//!
//! Which regulated data can each AI agent actually reach, through which grant,
//! and who owns that agent?
//!
//! The library has two halves, and two readers of their results:
//! - **scan**: a parallel engine compiled from rule data (`classifiers/*.toml`)
//!   classifies files and tables for PII, PHI and financial data and pushes
//!   findings and labels into sinks;
//! - **correlate**: joins those labels with an agent inventory and permission
//!   grants to compute, per agent, the regulated data it can reach and why;
//! - **review**: reads finished runs back: an HTML report and the drift
//!   between two runs;
//! - **export**: the same labels (and reach) as feeds for policy engines:
//!   an OPA data document, Cedar entities, tag rows.
//!
//! The library never prints; the `datareach` binary owns stdout and stderr.

mod contain;
pub mod correlate;
pub mod engine;
pub mod error;
pub mod export;
mod formats;
mod gzip;
mod hl7;
mod html_table;
mod mapguard;
pub mod mask;
pub mod output;
pub mod review;
pub mod rules;
pub mod scan;
pub mod source;
pub mod tables;
mod text_table;
pub mod types;
pub mod validators;
mod value_span;
mod x12;
mod zpl;

pub use contain::panic_is_contained;
pub use types::{Category, BUILTIN_TYPES};
