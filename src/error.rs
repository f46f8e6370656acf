//! Library errors: every variant names the object at fault (rule id, file,
//! line) so a user can fix it without guessing.

use std::path::PathBuf;

/// Errors raised while loading rules or scanning.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A rule file could not be read or parsed.
    #[error("rule file {file}: {message}")]
    RuleFile { file: String, message: String },
    /// A rule is invalid (bad pattern, unknown validator, failing example, ...).
    #[error("rule `{rule}` in {file}: {message}")]
    Rule {
        rule: String,
        file: String,
        message: String,
    },
    /// An I/O error on a named path.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// An object could not be decoded (corrupt gzip, bad Parquet, ...).
    #[error("{path}: {message}")]
    Decode { path: String, message: String },
    /// Invalid configuration given by the caller.
    #[error("configuration: {0}")]
    Config(String),
}

impl Error {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

/// Result alias for the library.
pub type Result<T, E = Error> = std::result::Result<T, E>;
