//! Reading finished runs back: an HTML report people read (`datareach
//! report`) and the drift between two runs (`datareach diff`).
//!
//! Both read only the output files of `scan` (`labels.jsonl`, `scan.json`) and
//! of `exposure` (`exposure.json`, `findings.json`), never the inputs, so a
//! report or a diff can be made anywhere the outputs were copied to. Fields
//! they do not know are ignored and unknown finding kinds are shown as they
//! come, so newer outputs still read.
//!
//! ```no_run
//! use datareach::review::{Drift, RunDir};
//! let old = RunDir::load(std::path::Path::new("run-1")).unwrap();
//! let new = RunDir::load(std::path::Path::new("run-2")).unwrap();
//! let drift = Drift::compare(&old, &new).unwrap();
//! print!("{}", drift.render_summary());
//! let html = datareach::review::render_html(&new, &new).unwrap();
//! ```

mod drift;
mod error;
mod exposure;
mod html;
mod run;

pub use drift::{
    AgentDrift, Drift, FindingChange, FindingsDrift, ObjectChange, ObjectsDrift, ReachChange,
    TypeChange,
};
pub use error::Error;
pub use exposure::{AgentDoc, DelegationDoc, ExposureDoc, GrantPathDoc, ReachDoc, RootDoc};
pub use html::{escape_html, render_html};
pub use run::{FindingDoc, FindingsDoc, RunDir, ScanSummary};

/// Severity names, lowest to highest; unknown names rank below `low`.
pub fn severity_rank(s: &str) -> u8 {
    match s.to_ascii_lowercase().as_str() {
        "critical" => 4,
        "high" => 3,
        "medium" => 2,
        "low" => 1,
        _ => 0,
    }
}
