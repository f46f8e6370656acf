//! Errors of `report` and `diff`: each names the file (and line/column) or
//! directory it is about.

use std::path::PathBuf;

/// An error while reading run outputs or writing a report.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or directory could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A JSON file is malformed; `line` and `column` are 1-based.
    #[error("{}:{line}:{column}: {message}", path.display())]
    Parse {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    /// `labels.jsonl` could not be read.
    #[error(transparent)]
    Labels(#[from] crate::correlate::Error),
    /// A directory holds none of the outputs looked for.
    #[error("{}: {message}", path.display())]
    NoOutputs { path: PathBuf, message: String },
    /// Two runs have nothing in common to compare.
    #[error("nothing to compare: {0}")]
    Incomparable(String),
}

impl Error {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    pub(crate) fn json(path: impl Into<PathBuf>, e: &serde_json::Error) -> Error {
        let msg = e.to_string();
        let message = match msg.rfind(" at line ") {
            Some(i) => msg[..i].to_string(),
            None => msg,
        };
        Error::Parse {
            path: path.into(),
            line: e.line(),
            column: e.column(),
            message,
        }
    }
}
