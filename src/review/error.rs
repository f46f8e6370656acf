//! Errors of `report` and `diff`: each names the file (and line/column) or
//! directory it is about.

use std::path::PathBuf;

/// An error while reading run outputs or writing a report.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or directory could not be read or written, or a file
    /// (`labels.jsonl`, a JSON output) is malformed. The correlator's error,
    /// as it reads the same files: it names the file, and the 1-based line
    /// and column of a malformed one.
    #[error(transparent)]
    File(#[from] crate::correlate::Error),
    /// A directory holds none of the outputs looked for.
    #[error("{}: {message}", path.display())]
    NoOutputs { path: PathBuf, message: String },
    /// Two runs have nothing in common to compare.
    #[error("nothing to compare: {0}")]
    Incomparable(String),
}
