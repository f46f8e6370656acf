//! Errors of the correlator. Every variant names what it is about: a file with
//! line and column, a grant id, an agent id or a delegation cycle.

use std::path::PathBuf;

/// An error while reading inputs or computing exposure.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A file is malformed; `line` and `column` are 1-based.
    #[error("{}:{line}:{column}: {message}", path.display())]
    Parse {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    /// A file is well-formed but its content is invalid.
    #[error("{}: {message}", path.display())]
    Invalid { path: PathBuf, message: String },
    /// A grant is invalid (bad resource pattern, unknown principal, ...).
    #[error("grant '{grant}': {message}")]
    Grant { grant: String, message: String },
    /// An agent is invalid (unknown parent, duplicate id, ...).
    #[error("agent '{agent}': {message}")]
    Agent { agent: String, message: String },
    /// The `delegated_from` links form a cycle.
    #[error("delegation cycle: {cycle}")]
    DelegationCycle { cycle: String },
    /// A `--map` argument is not `ROOT=URI`.
    #[error("invalid mapping '{0}': expected ROOT=URI, e.g. lake=s3://lake")]
    Map(String),
    /// A date is not `YYYY-MM-DD`.
    #[error("invalid date '{0}': expected YYYY-MM-DD")]
    Date(String),
    /// A `--grants KIND:FILE` argument is malformed or names an unknown kind.
    #[error("invalid --grants '{spec}': {message}")]
    GrantSpec { spec: String, message: String },
    /// A live PostgreSQL catalog read failed (`--postgres-url`, password removed).
    #[error("postgres {url}: {message}")]
    Postgres { url: String, message: String },
    /// A resource is not a URI (`scheme://...`).
    #[error("invalid resource '{0}': expected a URI such as s3://bucket/key[#column]")]
    Uri(String),
}

impl Error {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    pub(crate) fn from_json(
        path: impl Into<PathBuf>,
        e: &serde_json::Error,
        line: Option<usize>,
    ) -> Error {
        Error::Parse {
            path: path.into(),
            line: line.unwrap_or(e.line()),
            column: e.column(),
            message: strip_position(&e.to_string()),
        }
    }

    pub(crate) fn from_yaml(path: impl Into<PathBuf>, e: &serde_yaml_ng::Error) -> Error {
        let (line, column) = e
            .location()
            .map(|l| (l.line(), l.column()))
            .unwrap_or((0, 0));
        Error::Parse {
            path: path.into(),
            line,
            column,
            message: strip_position(&e.to_string()),
        }
    }
}

/// serde errors append " at line X column Y"; we print position ourselves.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}
