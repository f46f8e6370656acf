//! YAML inputs (inventories, IAM mappings, principal and scope maps), read
//! through one function that bounds what the parser is given.

use std::path::Path;

use super::error::Error;

/// The deepest nesting of flow collections (`[...]`, `{...}`) a YAML input
/// may have. serde's own depth limit (128) applies only once the parser
/// has turned the whole input into events, and that parse is quadratic in
/// the nesting: 30,000 levels (60 KB) took 2.5 s, 100,000 levels 31 s,
/// before the input was refused anyway. Real inventories nest a handful of
/// levels.
pub(crate) const MAX_YAML_NESTING: usize = 1024;

/// Parses YAML `text` read from `path`; input nested deeper than
/// [`MAX_YAML_NESTING`] is refused first, naming the line and column.
pub(crate) fn from_str<T: serde::de::DeserializeOwned>(
    path: &Path,
    text: &str,
) -> Result<T, Error> {
    if let Some((line, column)) = too_deep(text, MAX_YAML_NESTING) {
        return Err(Error::Parse {
            path: path.to_path_buf(),
            line,
            column,
            message: format!("nested more than {MAX_YAML_NESTING} levels deep"),
        });
    }
    serde_yaml_ng::from_str(text).map_err(|e| Error::from_yaml(path, &e))
}

/// Where (1-based line and column) the brackets of `text` (`[`, `{`) first
/// stand open more than `limit` deep, if they do. Brackets inside quoted
/// scalars and comments count too: telling them apart would take a YAML
/// lexer, and one that misread a quote would let a deep input through;
/// counting them can only refuse a file holding over a thousand unclosed
/// brackets in its text, which no inventory does.
fn too_deep(text: &str, limit: usize) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    let (mut line, mut line_start) = (1usize, 0usize);
    for (at, &b) in text.as_bytes().iter().enumerate() {
        match b {
            b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    return Some((line, at - line_start + 1));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'\n' => {
                line += 1;
                line_start = at + 1;
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_flow_nesting_is_refused_before_parsing() {
        let deep = format!("agents: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
        let err = from_str::<serde_yaml_ng::Value>(Path::new("inv.yaml"), &deep).unwrap_err();
        let message = err.to_string();
        assert_eq!(
            message,
            "inv.yaml:1:1033: nested more than 1024 levels deep"
        );
    }

    #[test]
    fn nesting_within_the_limit_parses() {
        let ok = format!("a: {}1{}\nb: '[x]'\n", "[".repeat(100), "]".repeat(100));
        let v: serde_yaml_ng::Value = from_str(Path::new("x.yaml"), &ok).unwrap();
        assert_eq!(v["b"], "[x]");
    }

    #[test]
    fn the_depth_is_located_by_line_and_column() {
        assert_eq!(too_deep("[[[", 2), Some((1, 3)));
        assert_eq!(too_deep("[]\n {[", 1), Some((2, 3)));
        assert_eq!(too_deep("[{}]\n[]", 2), None);
        // A stray closing bracket does not buy depth for later ones.
        assert_eq!(too_deep("]]]][[", 1), Some((1, 6)));
    }
}
