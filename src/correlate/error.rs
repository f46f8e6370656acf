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

impl Error {
    /// This error with the file, line and column where `text` (the file at
    /// `path`) defines the agent or grant it names, when the file spells its
    /// id (a generated id such as `grant-3` is not in the file: the error
    /// stays as it was).
    pub(crate) fn located_in(self, path: &std::path::Path, text: &str) -> Error {
        let (what, id, message) = match &self {
            Error::Grant { grant, message } => ("grant", grant, message),
            Error::Agent { agent, message } => ("agent", agent, message),
            _ => return self,
        };
        match locate_id(text, id) {
            Some((line, column)) => Error::Parse {
                path: path.to_path_buf(),
                line,
                column,
                message: format!("{what} '{id}': {message}"),
            },
            None => self,
        }
    }
}

/// The 1-based line and column of the first value `id` given to an `id`
/// key in YAML or JSON `text` (`id: x`, `- id: "x"`, `"id": "x"`): the
/// inputs are parsed without positions, so an error about an agent or
/// grant finds its place again from its id.
pub(crate) fn locate_id(text: &str, id: &str) -> Option<(usize, usize)> {
    if id.is_empty() {
        return None;
    }
    let bytes = text.as_bytes();
    for (at, _) in text.match_indices(id) {
        // The value, whole: quoted, or ending the plain scalar.
        let after = bytes.get(at + id.len()).copied();
        let before = at.checked_sub(1).map(|i| bytes[i]);
        let quoted = matches!(before, Some(b'"' | b'\'')) && after == before;
        let plain = matches!(before, Some(b' ' | b'\t'))
            && matches!(
                after,
                None | Some(b'\n' | b'\r' | b' ' | b'\t' | b',' | b'#' | b'}')
            );
        if !quoted && !plain {
            continue;
        }
        // Preceded (blanks and a quote aside) by `id:`.
        let key_end = text[..at - 1].trim_end_matches([' ', '\t']);
        let Some(key) = key_end.strip_suffix(':') else {
            continue;
        };
        let key = key.trim_end_matches([' ', '\t']);
        let key = key.strip_suffix('"').unwrap_or(key);
        let Some(rest) = key.strip_suffix("id") else {
            continue;
        };
        if rest
            .bytes()
            .last()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_')
        {
            continue;
        }
        return Some(line_col(text, at));
    }
    None
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

/// serde errors append " at line X column Y"; we print position ourselves.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_located_as_values_of_an_id_key() {
        let yaml = "agents:\n  - id: bot\n    owner: bot-owner\n  - {id: 'bot-2', owner: x}\n";
        assert_eq!(locate_id(yaml, "bot"), Some((2, 9)));
        assert_eq!(locate_id(yaml, "bot-2"), Some((4, 11)));
        // `bot-owner` holds `bot` but is no id; `owner` is no `id` key.
        assert_eq!(locate_id(yaml, "x"), None);
        let json = "{\"grants\": [{\"id\": \"g1\", \"principal\": \"g\"}]}";
        assert_eq!(locate_id(json, "g1"), Some((1, 21)));
        assert_eq!(locate_id(json, "g"), None);
        // Keys that end in `id` are other keys.
        assert_eq!(locate_id("agent_id: a\nuid: a\n", "a"), None);
        assert_eq!(locate_id("id: a", ""), None);
    }
}
