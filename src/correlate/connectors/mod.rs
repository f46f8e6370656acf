//! Grant connectors: each turns one system's own export into the
//! correlator's model (agents, owners, roles, grants, assume-role edges),
//! with [`Provenance`] on every grant.
//!
//! On the command line a connector is named `--grants KIND:FILE`
//! (repeatable, mixable with `--inventory`):
//!
//! | kind | reads |
//! |---|---|
//! | `native` | the inventory format itself (agents, owners, roles, grants) |
//! | `iam` | the `--iam` mapping file (role ARN → agent, with policies) |
//! | `aws-authz` | `aws iam get-account-authorization-details` JSON ([`aws_authz`]) |
//! | `oauth` | Entra `oauth2PermissionGrants` / Google `tokens.list` JSON ([`oauth`]) |
//! | `unity-catalog` | Databricks `SHOW GRANTS` / `information_schema` privilege rows ([`unity_catalog`]) |
//! | `mcp` | an MCP server's `tools/list` result ([`mcp`]) |
//! | `postgres` | a directory of PostgreSQL catalog query output (`roles.csv`, `members.csv`, `acl.csv`); live with `--postgres-url` |
//!
//! ```
//! use datareach::correlate::connectors::GrantSpec;
//! let spec = GrantSpec::parse("native:sample-data/inventory.yaml").unwrap();
//! assert_eq!(spec.kind, "native");
//! assert!(GrantSpec::parse("inventory.yaml").is_err());
//! ```

use super::inventory::{Agent, GrantDef, Inventory, Owner, Provenance};
use super::pattern::Pattern;
use super::Error;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

pub mod mcp;
pub mod oauth;
pub mod postgres;
pub mod unity_catalog;

/// The connector kinds this build knows, for `--help` and error messages.
pub const KINDS: &[&str] = &[
    "native",
    "iam",
    "aws-authz",
    "oauth",
    "unity-catalog",
    "mcp",
    "postgres",
];

pub mod aws_authz;

/// One `--grants KIND:FILE` argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrantSpec {
    pub kind: String,
    pub path: PathBuf,
}

impl GrantSpec {
    /// Parses `KIND:FILE`. A Windows drive letter is not a kind: the kind
    /// must be one of [`KINDS`].
    pub fn parse(s: &str) -> Result<GrantSpec, Error> {
        let bad = || Error::GrantSpec {
            spec: s.to_string(),
            message: format!("expected KIND:FILE with KIND one of {}", KINDS.join(", ")),
        };
        let (kind, path) = s.split_once(':').ok_or_else(bad)?;
        if !KINDS.contains(&kind) || path.is_empty() {
            return Err(bad());
        }
        Ok(GrantSpec {
            kind: kind.to_string(),
            path: PathBuf::from(path),
        })
    }
}

/// Settings shared by the connectors.
#[derive(Debug, Clone)]
pub struct ConnectorOptions {
    /// Role/user tag naming the owning person or team.
    pub owner_tag: String,
    /// Tag marking an IAM role or user as an agent, its value the agent id.
    pub agent_tag: String,
    /// Tag holding the agent's expiry date (`YYYY-MM-DD`).
    pub expires_tag: String,
    /// AWS service control policy files (`--scp`); an action must be
    /// allowed by each of them too.
    pub scp: Vec<PathBuf>,
    /// OAuth scope map extending the built-in one (`--scope-map`): its
    /// entries replace the built-in ones for the scopes it names.
    pub scope_map: Option<PathBuf>,
    /// `credential` → agent id of the agents declared in `--inventory`: a
    /// connector names a principal after the declared agent whose
    /// credential it is (OAuth client ids).
    pub credentials: BTreeMap<String, String>,
}

impl Default for ConnectorOptions {
    fn default() -> ConnectorOptions {
        ConnectorOptions {
            owner_tag: "owner".into(),
            agent_tag: "agent-id".into(),
            expires_tag: "expires".into(),
            scp: Vec::new(),
            scope_map: None,
            credentials: BTreeMap::new(),
        }
    }
}

/// A principal may act as another (AWS `sts:AssumeRole` allowed by a trust
/// policy and by the caller's own policy): `from` reaches what `to` reaches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssumeEdge {
    /// An agent id or role id.
    pub from: String,
    /// An agent id or role id.
    pub to: String,
    /// Condition keys of the trust statement that were not evaluated.
    pub condition_keys: Vec<String>,
    pub provenance: Provenance,
}

/// What one connector read.
#[derive(Debug, Clone, Default)]
pub struct GrantSet {
    pub owners: Vec<Owner>,
    pub agents: Vec<Agent>,
    /// Role ids grants may name as principal.
    pub roles: Vec<String>,
    pub grants: Vec<GrantDef>,
    pub assumes: Vec<AssumeEdge>,
    pub destinations: Vec<Pattern>,
    /// Things the connector could not evaluate (conditions, unknown actions).
    pub notes: Vec<String>,
}

impl GrantSet {
    /// The inventory format read as a grant source.
    pub fn from_inventory(inv: Inventory) -> GrantSet {
        GrantSet {
            owners: inv.owners,
            agents: inv.agents,
            roles: inv.roles,
            grants: inv.grants,
            assumes: inv.assumes,
            destinations: inv.destinations,
            notes: Vec::new(),
        }
    }
}

/// Reads one `--grants` source.
pub fn load(spec: &GrantSpec, opts: &ConnectorOptions) -> Result<GrantSet, Error> {
    match spec.kind.as_str() {
        "native" => Ok(GrantSet::from_inventory(Inventory::load(&spec.path)?)),
        "iam" => {
            let (grants, notes) = super::iam::load_iam(&spec.path)?;
            Ok(GrantSet {
                grants,
                notes,
                ..GrantSet::default()
            })
        }
        "aws-authz" => aws_authz::load(&spec.path, opts),
        "oauth" => oauth::load(&spec.path, opts),
        "unity-catalog" => unity_catalog::load(&spec.path, opts),
        "mcp" => mcp::load(&spec.path, opts),
        "postgres" => postgres::load(&spec.path),
        other => Err(Error::GrantSpec {
            spec: format!("{other}:{}", spec.path.display()),
            message: format!("unknown kind; known: {}", KINDS.join(", ")),
        }),
    }
}

impl Inventory {
    /// An empty inventory that connectors fill (`--inventory` omitted).
    pub fn empty(path: &Path) -> Inventory {
        Inventory {
            path: path.to_path_buf(),
            ..Inventory::default()
        }
    }

    /// Adds what a connector read. Agents already declared keep their
    /// declared fields; the connector fills the ones left empty and adds
    /// roles. Grant ids must stay unique across all sources.
    pub fn merge(&mut self, set: GrantSet) -> Result<(), Error> {
        for o in set.owners {
            if !self.owners.iter().any(|x| x.id == o.id) {
                self.owners.push(o);
            }
        }
        for a in set.agents {
            match self.agents.iter_mut().find(|x| x.id == a.id) {
                None => self.agents.push(a),
                Some(x) => {
                    x.owner = x.owner.take().or(a.owner);
                    x.purpose = x.purpose.take().or(a.purpose);
                    x.expires = x.expires.or(a.expires);
                    x.created = x.created.or(a.created);
                    x.delegated_from = x.delegated_from.take().or(a.delegated_from);
                    for r in a.roles {
                        if !x.roles.contains(&r) {
                            x.roles.push(r);
                        }
                    }
                    for (r, chain) in a.role_chains {
                        x.role_chains.entry(r).or_insert(chain);
                    }
                    x.declared_by = x.declared_by.take().or(a.declared_by);
                }
            }
        }
        let mut known: HashSet<String> = self.roles.iter().cloned().collect();
        for r in set.roles {
            if known.insert(r.clone()) {
                self.roles.push(r);
            }
        }
        let mut ids: HashSet<String> = self.grants.iter().map(|g| g.id.clone()).collect();
        self.grants.reserve(set.grants.len());
        for g in set.grants {
            if !ids.insert(g.id.clone()) {
                return Err(Error::Grant {
                    grant: g.id,
                    message: "grant id is used twice".into(),
                });
            }
            self.grants.push(g);
        }
        self.assumes.extend(set.assumes);
        self.destinations.extend(set.destinations);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_needs_a_known_kind() {
        let s = GrantSpec::parse("iam:dir/a:b.yaml").unwrap();
        assert_eq!(
            (s.kind.as_str(), s.path.as_path()),
            ("iam", Path::new("dir/a:b.yaml"))
        );
        for bad in ["C:\\x.yaml", "native:", "nope:x", "x.yaml"] {
            let e = GrantSpec::parse(bad).unwrap_err().to_string();
            assert!(e.contains("KIND:FILE") && e.contains(bad), "{e}");
        }
    }

    #[test]
    fn merge_fills_declared_agents_and_keeps_grant_ids_unique() {
        let mut inv = Inventory::parse(
            "agents:\n  - id: a\n    owner: o1\n",
            false,
            Path::new("i.yaml"),
        )
        .unwrap();
        let other = Inventory::parse(
            "agents:\n  - id: a\n    owner: o2\n    purpose: p\n    roles: [r]\n  - id: b\nroles:\n  - id: r\n    grants: [{id: g, actions: [read], resources: [\"s3://x/**\"]}]\n",
            false,
            Path::new("j.yaml"),
        )
        .unwrap();
        inv.merge(GrantSet::from_inventory(other.clone())).unwrap();
        assert_eq!(inv.agents.len(), 2);
        assert_eq!(inv.agents[0].owner.as_deref(), Some("o1"));
        assert_eq!(inv.agents[0].purpose.as_deref(), Some("p"));
        assert_eq!(inv.agents[0].roles, vec!["r".to_string()]);
        assert_eq!(inv.grants[0].provenance.system, "native");
        assert_eq!(inv.grants[0].provenance.file.as_deref(), Some("j.yaml"));
        let e = inv
            .merge(GrantSet::from_inventory(other))
            .unwrap_err()
            .to_string();
        assert!(e.contains("'g'") && e.contains("twice"), "{e}");
    }
}
