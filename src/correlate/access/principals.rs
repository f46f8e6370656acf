//! Attributing a log's caller to an agent.
//!
//! The `--principal-map FILE` mapping (YAML, or JSON when the file ends in
//! `.json`) names identities the inventory does not know:
//! ```yaml
//! principals:
//!   - identity: arn:aws:iam::111122223333:role/support-bot-role
//!     agent: support-bot
//!   - identity: "arn:aws:sts::111122223333:assumed-role/etl-*"   # `*` and `?` wildcards
//!     agent: analytics-agent
//! ```

use crate::correlate::inventory::{GrantSource, Inventory};
use crate::correlate::pattern::wildcard_match;
use crate::correlate::Error;
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMap {
    #[serde(default)]
    principals: Vec<RawEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    identity: String,
    agent: String,
}

/// Identity → agent mappings from a `--principal-map` file.
#[derive(Debug, Clone, Default)]
pub struct PrincipalMap {
    exact: HashMap<String, String>,
    wildcards: Vec<(String, String)>,
}

impl PrincipalMap {
    /// Loads a mapping file; every agent it names must be in `inv`.
    pub fn load(path: &Path, inv: &Inventory) -> Result<PrincipalMap, Error> {
        let text = crate::output::read_input(path).map_err(|e| Error::io(path, e))?;
        let json = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        let raw: RawMap = if json {
            serde_json::from_str(&text).map_err(|e| Error::from_json(path, &e, None))?
        } else {
            crate::correlate::yaml::from_str(path, &text)?
        };
        let mut m = PrincipalMap::default();
        for e in raw.principals {
            if inv.agent(&e.agent).is_none() {
                return Err(Error::Invalid {
                    path: path.to_path_buf(),
                    message: format!(
                        "identity '{}' maps to agent '{}', which is not in the inventory",
                        e.identity, e.agent
                    ),
                });
            }
            m.insert(e.identity, e.agent);
        }
        Ok(m)
    }

    /// Adds one mapping (later exact entries replace earlier ones).
    pub fn insert(&mut self, identity: String, agent: String) {
        if identity.contains(['*', '?']) {
            self.wildcards.push((identity, agent));
        } else {
            self.exact.insert(identity, agent);
        }
    }

    fn exact(&self, id: &str) -> Option<&str> {
        self.exact.get(id).map(String::as_str)
    }

    fn wildcard(&self, id: &str) -> Option<&str> {
        self.wildcards
            .iter()
            .find(|(p, _)| wildcard_match(p, id))
            .map(|(_, a)| a.as_str())
    }
}

/// To whom a caller's events belong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Attribution {
    /// One agent (index into the inventory's agents).
    Agent(u32),
    /// An agent id or identity the inventory does not know.
    Unknown,
    /// A credential several agents use: the events cannot be attributed.
    Shared(Vec<u32>),
}

/// Resolves log identities with the inventory, the IAM mapping and a
/// [`PrincipalMap`].
pub(crate) struct Resolver<'a> {
    agents: HashMap<&'a str, u32>,
    credentials: HashMap<&'a str, Vec<u32>>,
    role_arns: HashMap<&'a str, Vec<u32>>,
    map: PrincipalMap,
}

impl<'a> Resolver<'a> {
    pub fn new(inv: &'a Inventory, map: PrincipalMap) -> Resolver<'a> {
        let mut agents = HashMap::new();
        let mut credentials: HashMap<&str, Vec<u32>> = HashMap::new();
        for (i, a) in inv.agents.iter().enumerate() {
            agents.insert(a.id.as_str(), i as u32);
            if let Some(c) = a.credential.as_deref() {
                credentials.entry(c).or_default().push(i as u32);
            }
        }
        let mut role_arns: HashMap<&str, Vec<u32>> = HashMap::new();
        for g in &inv.grants {
            if let (GrantSource::Iam { arn }, Some(&i)) =
                (&g.source, agents.get(g.principal.as_str()))
            {
                let v = role_arns.entry(arn.as_str()).or_default();
                if !v.contains(&i) {
                    v.push(i);
                }
            }
        }
        Resolver {
            agents,
            credentials,
            role_arns,
            map,
        }
    }

    fn agent(&self, id: &str) -> Attribution {
        self.agents
            .get(id)
            .map_or(Attribution::Unknown, |&i| Attribution::Agent(i))
    }

    fn of_list(v: &[u32]) -> Attribution {
        match v {
            [one] => Attribution::Agent(*one),
            many => Attribution::Shared(many.to_vec()),
        }
    }

    /// A native `agent` field: the agent id itself.
    pub fn by_agent_id(&self, id: &str) -> Attribution {
        self.agent(id)
    }

    /// A credential or identity, or a CloudTrail caller's identities in
    /// order: an explicit mapping wins (exact, then wildcard), then the
    /// inventory's credential ids, then IAM role ARNs from `--iam`.
    pub fn by_identities(&self, ids: &[&str]) -> Attribution {
        for id in ids {
            if let Some(a) = self.map.exact(id) {
                return self.agent(a);
            }
        }
        for id in ids {
            if let Some(a) = self.map.wildcard(id) {
                return self.agent(a);
            }
        }
        for id in ids {
            if let Some(v) = self.credentials.get(id) {
                return Self::of_list(v);
            }
        }
        for id in ids {
            if let Some(v) = self.role_arns.get(id) {
                return Self::of_list(v);
            }
        }
        Attribution::Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const INV: &str = r#"
agents:
  - { id: a, credential: key-a }
  - { id: b, credential: shared }
  - { id: c, credential: shared }
"#;

    #[test]
    fn map_then_credentials_then_shared() {
        let inv = Inventory::parse(INV, false, Path::new("i.yaml")).unwrap();
        let mut m = PrincipalMap::default();
        m.insert("arn:aws:iam::1:role/r".into(), "c".into());
        m.insert("arn:aws:sts::1:assumed-role/x-*".into(), "a".into());
        let r = Resolver::new(&inv, m);
        assert_eq!(r.by_identities(&["key-a"]), Attribution::Agent(0));
        assert_eq!(
            r.by_identities(&["shared"]),
            Attribution::Shared(vec![1, 2])
        );
        assert_eq!(
            r.by_identities(&["shared", "arn:aws:iam::1:role/r"]),
            Attribution::Agent(2),
            "an explicit mapping wins over a shared credential"
        );
        assert_eq!(
            r.by_identities(&["arn:aws:sts::1:assumed-role/x-etl/s"]),
            Attribution::Agent(0)
        );
        assert_eq!(r.by_identities(&["nobody"]), Attribution::Unknown);
        assert_eq!(r.by_agent_id("b"), Attribution::Agent(1));
        assert_eq!(r.by_agent_id("zed"), Attribution::Unknown);
    }

    #[test]
    fn mapping_to_an_unknown_agent_is_an_error_naming_the_file() {
        let inv = Inventory::parse(INV, false, Path::new("i.yaml")).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("map.yaml");
        std::fs::write(&p, "principals:\n  - { identity: k, agent: zed }\n").unwrap();
        let err = PrincipalMap::load(&p, &inv).unwrap_err().to_string();
        assert!(err.contains("map.yaml") && err.contains("zed"), "{err}");
        std::fs::write(&p, "principals:\n  - { identity: k, agnt: a }\n").unwrap();
        let err = PrincipalMap::load(&p, &inv).unwrap_err().to_string();
        assert!(err.contains("map.yaml:2:"), "{err}");
    }
}
