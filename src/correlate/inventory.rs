//! The agent inventory and permission grants (native YAML or JSON format).

use super::pattern::Pattern;
use super::Error;
use chrono::NaiveDate;
use serde::{Deserialize, Deserializer};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Action bits.
pub const READ: u8 = 1;
pub const WRITE: u8 = 2;
pub const DELETE: u8 = 4;
pub const SHARE: u8 = 8;
/// Listing a container's keys (names only, no content).
pub const LIST: u8 = 16;
/// Changing who may act on the data (bucket policies, GRANT OPTION, ownership).
pub const ADMIN: u8 = 32;
/// Sending data outside the estate (replication, an open-world tool).
pub const EGRESS: u8 = 64;
/// Calling a tool (MCP `tools/call`).
pub const INVOKE: u8 = 128;
/// What the native `*` action means: the four data actions the format has
/// always had. The newer bits are named explicitly.
pub const ALL_ACTIONS: u8 = READ | WRITE | DELETE | SHARE;

/// Every action bit with its name, in output order.
pub const ACTION_NAMES: [(u8, &str); 8] = [
    (READ, "read"),
    (WRITE, "write"),
    (DELETE, "delete"),
    (SHARE, "share"),
    (LIST, "list"),
    (ADMIN, "admin"),
    (EGRESS, "egress"),
    (INVOKE, "invoke"),
];

/// Names of action bits in output order.
pub fn action_names(bits: u8) -> Vec<&'static str> {
    ACTION_NAMES
        .into_iter()
        .filter(|(b, _)| bits & b != 0)
        .map(|(_, n)| n)
        .collect()
}

/// An action a grant allows or denies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Action {
    #[serde(rename = "read")]
    Read,
    #[serde(rename = "write")]
    Write,
    #[serde(rename = "delete")]
    Delete,
    #[serde(rename = "share")]
    Share,
    #[serde(rename = "list")]
    List,
    #[serde(rename = "admin")]
    Admin,
    #[serde(rename = "egress")]
    Egress,
    #[serde(rename = "invoke")]
    Invoke,
    #[serde(rename = "*")]
    All,
}

impl Action {
    pub fn bits(self) -> u8 {
        match self {
            Action::Read => READ,
            Action::Write => WRITE,
            Action::Delete => DELETE,
            Action::Share => SHARE,
            Action::List => LIST,
            Action::Admin => ADMIN,
            Action::Egress => EGRESS,
            Action::Invoke => INVOKE,
            Action::All => ALL_ACTIONS,
        }
    }
}

fn bits_of(actions: &[Action]) -> u8 {
    actions.iter().fold(0, |b, a| b | a.bits())
}

/// `allow` or `deny`; deny always wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Effect {
    #[default]
    Allow,
    Deny,
}

/// `active` or `departed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OwnerStatus {
    #[default]
    Active,
    Departed,
}

/// A person or team that owns agents.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Owner {
    pub id: String,
    #[serde(default)]
    pub status: OwnerStatus,
    #[serde(default)]
    pub name: Option<String>,
}

/// An AI agent.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agent {
    pub id: String,
    #[serde(default)]
    pub owner: Option<String>,
    #[serde(default)]
    pub purpose: Option<String>,
    /// Categories or type names the purpose needs; `None` = not declared (not checked).
    #[serde(default)]
    pub data_scope: Option<Vec<String>>,
    #[serde(default, deserialize_with = "de_date")]
    pub created: Option<NaiveDate>,
    #[serde(default, deserialize_with = "de_date")]
    pub expires: Option<NaiveDate>,
    #[serde(default)]
    pub credential: Option<String>,
    #[serde(default)]
    pub roles: Vec<String>,
    #[serde(default)]
    pub delegated_from: Option<String>,
    /// Actions the purpose needs; other actions on regulated data are excessive.
    #[serde(default)]
    pub allowed_actions: Option<Vec<Action>>,
    /// How the agent holds each of its `roles` when not directly: the chain of
    /// roles from the agent to it (e.g. PostgreSQL `app -> readers -> pii_readers`
    /// gives `pii_readers: [readers, pii_readers]`). Filled by connectors.
    #[serde(skip)]
    pub role_chains: std::collections::BTreeMap<String, Vec<String>>,
    /// Where the agent was declared (`native` inventory, `aws-authz` role, ...).
    #[serde(skip)]
    pub declared_by: Option<Provenance>,
}

impl Agent {
    pub fn allowed_bits(&self) -> Option<u8> {
        self.allowed_actions.as_deref().map(bits_of)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInventory {
    #[serde(default)]
    owners: Vec<Owner>,
    #[serde(default)]
    agents: Vec<Agent>,
    #[serde(default)]
    roles: Vec<RawRole>,
    #[serde(default)]
    grants: Vec<RawGrant>,
    #[serde(default)]
    destinations: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRole {
    id: String,
    #[serde(default)]
    grants: Vec<RawGrant>,
    #[serde(default)]
    #[allow(dead_code)]
    description: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGrant {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    principal: Option<String>,
    #[serde(default)]
    effect: Effect,
    actions: Vec<Action>,
    resources: Vec<String>,
    #[serde(default, deserialize_with = "de_date")]
    expires: Option<NaiveDate>,
}

fn de_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    // A visitor, so that YAML errors point at the scalar itself.
    struct V;
    impl serde::de::Visitor<'_> for V {
        type Value = NaiveDate;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a date YYYY-MM-DD")
        }
        fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<NaiveDate, E> {
            parse_date(s).map_err(|_| E::custom(format!("invalid date '{s}': expected YYYY-MM-DD")))
        }
    }
    struct Opt(Option<NaiveDate>);
    impl<'de> Deserialize<'de> for Opt {
        fn deserialize<D2: Deserializer<'de>>(d: D2) -> Result<Opt, D2::Error> {
            d.deserialize_str(V).map(|x| Opt(Some(x)))
        }
    }
    Ok(Option::<Opt>::deserialize(d)?.and_then(|o| o.0))
}

/// Parses `YYYY-MM-DD` (a trailing time part, as in RFC 3339, is ignored).
pub fn parse_date(s: &str) -> Result<NaiveDate, Error> {
    let d = s.trim();
    let d = d.get(..10).unwrap_or(d);
    NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| Error::Date(s.to_string()))
}

/// Where a grant was read from: the system, the object in it the grant is
/// attached to, the policy and the statement. Written with every grant path.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Provenance {
    /// `native`, `aws-iam`, `aws-authz`, `postgres`, `unity-catalog`, `oauth`, `mcp`.
    pub system: String,
    /// The file the grant was read from (or `postgres://host/db` when live).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// What the grant is attached to in that system: a role ARN, a PostgreSQL
    /// role, a service principal, an inventory role id.
    pub object: String,
    /// The policy (managed policy ARN, inline policy name, `relacl`, scope).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policy: Option<String>,
    /// The statement within the policy (Sid or index, ACL item, grant id).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement: Option<String>,
}

/// Where a grant came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GrantSource {
    /// `grants:` list of the inventory.
    Direct,
    /// Inline in a role's `grants:`.
    RoleInline,
    /// An AWS IAM policy statement attached to role `arn`.
    Iam { arn: String },
    /// A connector (`--grants KIND:FILE`); the provenance says which.
    Connector,
}

/// A compiled grant, native or from IAM.
#[derive(Debug, Clone)]
pub struct GrantDef {
    pub id: String,
    /// An agent id or a role id.
    pub principal: String,
    pub effect: Effect,
    pub actions: u8,
    /// The grant lists the `*` action (or an IAM action wildcard covering all).
    pub action_wildcard: bool,
    pub patterns: Vec<Pattern>,
    pub expires: Option<NaiveDate>,
    /// An IAM condition that was not evaluated (the statement is treated as possibly applying).
    pub condition: Option<String>,
    /// The condition's keys (`aws:SourceIp`, `s3:prefix`, ...), listed in
    /// `conditional` outcomes. Empty when there is no condition.
    pub condition_keys: Vec<String>,
    /// The system's own action names this grant was compiled from
    /// (`s3:GetObject`, `SELECT`, a scope), kept beside the action bits.
    pub raw_actions: Vec<String>,
    pub source: GrantSource,
    pub provenance: Provenance,
    /// Set on an `Allow` that is a ceiling, not a grant: an AWS permission
    /// boundary (`boundary:ARN`) or service control policy (`scp:FILE`).
    /// Grants of a principal that has ceilings in a group reach only what
    /// some ceiling of that group allows too; each group must allow.
    pub limit: Option<String>,
}

impl GrantDef {
    pub fn is_expired(&self, as_of: NaiveDate) -> bool {
        self.expires.is_some_and(|e| e < as_of)
    }
}

/// The loaded inventory.
#[derive(Debug, Clone, Default)]
pub struct Inventory {
    pub path: PathBuf,
    pub owners: Vec<Owner>,
    pub agents: Vec<Agent>,
    pub roles: Vec<String>,
    pub grants: Vec<GrantDef>,
    /// Assume-role (delegation) edges read by connectors.
    pub assumes: Vec<super::connectors::AssumeEdge>,
    pub destinations: Vec<Pattern>,
}

impl Inventory {
    /// Loads a YAML or JSON inventory (JSON when the extension is `.json`).
    pub fn load(path: &Path) -> Result<Inventory, Error> {
        let text = crate::output::read_input(path).map_err(|e| Error::io(path, e))?;
        let json = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        Inventory::parse(&text, json, path)
    }

    /// Parses inventory text; `path` is used in error messages only. An
    /// agent or grant the file defines wrongly is named with the line and
    /// column of its `id` (see [`super::error::locate_id`]).
    pub fn parse(text: &str, json: bool, path: &Path) -> Result<Inventory, Error> {
        let raw: RawInventory = if json {
            serde_json::from_str(text).map_err(|e| Error::from_json(path, &e, None))?
        } else {
            super::yaml::from_str(path, text)?
        };
        Self::from_raw(raw, path).map_err(|e| e.located_in(path, text))
    }

    fn from_raw(raw: RawInventory, path: &Path) -> Result<Inventory, Error> {
        let mut inv = Inventory {
            path: path.to_path_buf(),
            owners: raw.owners,
            agents: raw.agents,
            ..Default::default()
        };
        let mut seen = HashSet::new();
        for a in &inv.agents {
            if !seen.insert(a.id.as_str()) {
                return Err(Error::Agent {
                    agent: a.id.clone(),
                    message: "defined twice".into(),
                });
            }
        }
        for role in raw.roles {
            if seen.contains(role.id.as_str()) || inv.roles.contains(&role.id) {
                return Err(Error::Invalid {
                    path: path.to_path_buf(),
                    message: format!(
                        "role '{}' is defined twice or clashes with an agent id",
                        role.id
                    ),
                });
            }
            for (n, g) in role.grants.into_iter().enumerate() {
                let id =
                    g.id.clone()
                        .unwrap_or_else(|| format!("{}#{}", role.id, n + 1));
                inv.grants.push(compile(
                    g,
                    id,
                    role.id.clone(),
                    GrantSource::RoleInline,
                    path,
                )?);
            }
            inv.roles.push(role.id);
        }
        for (n, g) in raw.grants.into_iter().enumerate() {
            let id = g.id.clone().unwrap_or_else(|| format!("grant-{}", n + 1));
            let principal = g.principal.clone().ok_or_else(|| Error::Grant {
                grant: id.clone(),
                message: "has no principal".into(),
            })?;
            inv.grants
                .push(compile(g, id, principal, GrantSource::Direct, path)?);
        }
        let mut ids = HashSet::new();
        for g in &inv.grants {
            if !ids.insert(g.id.as_str()) {
                return Err(Error::Grant {
                    grant: g.id.clone(),
                    message: "grant id is used twice".into(),
                });
            }
        }
        for d in raw.destinations {
            inv.destinations
                .push(Pattern::parse(&d).map_err(|_| Error::Invalid {
                    path: path.to_path_buf(),
                    message: format!("destination '{d}' is not a URI pattern"),
                })?);
        }
        Ok(inv)
    }

    /// Adds grants (for example from IAM policies).
    pub fn add_grants(&mut self, grants: Vec<GrantDef>) -> Result<(), Error> {
        self.merge(super::connectors::GrantSet {
            grants,
            ..Default::default()
        })
    }

    pub fn agent(&self, id: &str) -> Option<&Agent> {
        self.agents.iter().find(|a| a.id == id)
    }

    pub fn is_role(&self, id: &str) -> bool {
        self.roles.iter().any(|r| r == id)
    }

    /// Indices of the grants that apply to `agent`: direct, through its roles, and IAM.
    /// Each with the role it came through.
    pub fn grants_of<'a>(
        &'a self,
        agent: &'a Agent,
    ) -> impl Iterator<Item = (usize, Option<&'a str>)> + 'a {
        self.grants.iter().enumerate().filter_map(move |(i, g)| {
            if g.principal == agent.id {
                let role = match &g.source {
                    GrantSource::Iam { arn } => Some(arn.as_str()),
                    _ => None,
                };
                Some((i, role))
            } else {
                agent
                    .roles
                    .iter()
                    .find(|r| **r == g.principal)
                    .map(|r| (i, Some(r.as_str())))
            }
        })
    }
}

fn compile(
    g: RawGrant,
    id: String,
    principal: String,
    source: GrantSource,
    file: &Path,
) -> Result<GrantDef, Error> {
    let provenance = Provenance {
        system: "native".into(),
        file: Some(file.display().to_string()),
        object: principal.clone(),
        policy: match source {
            GrantSource::RoleInline => Some(format!("role {principal}")),
            _ => None,
        },
        statement: Some(id.clone()),
    };
    let mut patterns = Vec::new();
    for r in &g.resources {
        patterns.push(Pattern::parse(r).map_err(|_| Error::Grant {
            grant: id.clone(),
            message: format!("resource '{r}' is not a URI pattern (scheme://...)"),
        })?);
    }
    if g.actions.is_empty() {
        return Err(Error::Grant {
            grant: id,
            message: "lists no actions".into(),
        });
    }
    Ok(GrantDef {
        action_wildcard: g.actions.contains(&Action::All),
        actions: bits_of(&g.actions),
        id,
        principal,
        effect: g.effect,
        patterns,
        expires: g.expires,
        condition: None,
        condition_keys: Vec::new(),
        raw_actions: Vec::new(),
        provenance,
        source,
        limit: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const INV: &str = r#"
owners:
  - id: alice@example.com
agents:
  - id: support-bot
    owner: alice@example.com
    data_scope: [PII]
    created: 2026-01-10
    roles: [support-reader]
roles:
  - id: support-reader
    grants:
      - { actions: [read], resources: ["s3://lake/support/**"] }
grants:
  - id: g1
    principal: support-bot
    actions: [read, write]
    resources: ["s3://lake/crm/*.csv"]
    expires: 2026-06-30
"#;

    #[test]
    fn parses_native_yaml() {
        let inv = Inventory::parse(INV, false, Path::new("inv.yaml")).unwrap();
        assert_eq!(inv.grants.len(), 2);
        assert_eq!(inv.grants[0].id, "support-reader#1");
        assert_eq!(inv.grants[1].actions, READ | WRITE);
        let a = &inv.agents[0];
        let gs: Vec<_> = inv.grants_of(a).collect();
        assert_eq!(gs, vec![(0, Some("support-reader")), (1, None)]);
    }

    #[test]
    fn yaml_errors_carry_line_and_column() {
        let bad = INV.replace("actions: [read, write]", "actions: [read, fly]");
        let err = Inventory::parse(&bad, false, Path::new("inv.yaml"))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("inv.yaml:17:"), "{err}");
        let bad = INV.replace("expires: 2026-06-30", "expires: someday");
        let err = Inventory::parse(&bad, false, Path::new("inv.yaml"))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("inv.yaml:19:") && err.contains("invalid date"),
            "{err}"
        );
        let bad = INV.replace("data_scope", "data_scop");
        let err = Inventory::parse(&bad, false, Path::new("inv.yaml"))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("inv.yaml:7:") && err.contains("data_scop"),
            "{err}"
        );
    }

    #[test]
    fn json_errors_carry_line_and_column() {
        let err = Inventory::parse(
            "{\n \"agents\": [\n {\"id\": 3}]}",
            true,
            Path::new("i.json"),
        )
        .unwrap_err()
        .to_string();
        assert!(err.starts_with("i.json:3:"), "{err}");
    }
}
