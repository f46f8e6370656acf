//! `explain`: why an agent can or cannot reach one object or column.

use super::inventory::{action_names, Agent, Effect, GrantSource, Inventory};
use super::pattern::{split_column, split_uri};
use super::Error;
use chrono::NaiveDate;
use std::fmt::Write;

/// How a grant relates to the object asked about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineStatus {
    /// The grant applies.
    Applies,
    /// The grant would apply but expired on this date.
    Expired(NaiveDate),
    /// The grant narrows to other columns (`#glob`) of the object.
    ColumnsOnly(String),
}

/// One grant that matches the object.
#[derive(Debug, Clone)]
pub struct ExplainLine {
    /// Index of the grant in `Inventory::grants`.
    pub grant_index: usize,
    pub effect: Effect,
    pub actions: u8,
    pub grant: String,
    /// `role X` or `IAM role ARN`, or `None` for a direct grant.
    pub via: Option<String>,
    pub pattern: String,
    pub status: LineStatus,
    pub condition: Option<String>,
}

/// The answer of [`explain`].
#[derive(Debug, Clone)]
pub struct Explanation {
    pub agent: String,
    pub object: String,
    pub column: Option<String>,
    pub as_of: NaiveDate,
    pub lines: Vec<ExplainLine>,
    pub allowed: u8,
    pub denied: u8,
    pub notes: Vec<String>,
}

impl Explanation {
    /// The actions the agent has on the object.
    pub fn effective(&self) -> u8 {
        self.allowed & !self.denied
    }

    pub fn reachable(&self) -> bool {
        self.effective() != 0
    }

    /// Human readable text.
    pub fn render(&self) -> String {
        let mut s = String::new();
        let target = match &self.column {
            Some(c) => format!("{}#{c}", self.object),
            None => self.object.clone(),
        };
        let _ = writeln!(
            s,
            "agent '{}' -> {target} (as of {})",
            self.agent, self.as_of
        );
        for n in &self.notes {
            let _ = writeln!(s, "  note: {n}");
        }
        if self.lines.is_empty() {
            let _ = writeln!(
                s,
                "  no grant of this agent (direct, through its roles, or IAM) matches this object"
            );
        }
        for l in &self.lines {
            let eff = match l.effect {
                Effect::Allow => "ALLOW",
                Effect::Deny => "DENY ",
            };
            let status = match &l.status {
                LineStatus::Applies => String::new(),
                LineStatus::Expired(d) => format!("  [EXPIRED {d}: gives nothing]"),
                LineStatus::ColumnsOnly(c) => format!("  [only columns '{c}']"),
            };
            let path = match &l.via {
                Some(v) => format!("{v} -> grant {}", l.grant),
                None => format!("grant {}", l.grant),
            };
            let cond = l
                .condition
                .as_ref()
                .map(|c| format!("  [condition not evaluated: {c}]"))
                .unwrap_or_default();
            let _ = writeln!(
                s,
                "  {eff} {:<24} {path} -> pattern {}{status}{cond}",
                action_names(l.actions).join(","),
                l.pattern
            );
        }
        let eff = self.effective();
        if eff != 0 {
            let _ = write!(
                s,
                "verdict: REACHABLE with [{}]",
                action_names(eff).join(", ")
            );
            if self.denied & self.allowed != 0 {
                let _ = write!(
                    s,
                    "; denied: [{}]",
                    action_names(self.denied & self.allowed).join(", ")
                );
            }
            s.push('\n');
        } else if self.allowed != 0 {
            let _ = writeln!(
                s,
                "verdict: NOT REACHABLE: every allowed action [{}] is denied",
                action_names(self.allowed).join(", ")
            );
        } else {
            let _ = writeln!(s, "verdict: NOT REACHABLE: no live grant allows it");
        }
        s
    }
}

/// Explains whether `agent` can reach `object` (`URI` or `URI#column`).
///
/// Without labels the object's columns are unknown, so a column deny
/// (`...#col`) is taken to narrow the whole object; see [`explain_with_columns`].
pub fn explain(
    inv: &Inventory,
    agent: &str,
    object: &str,
    as_of: NaiveDate,
) -> Result<Explanation, Error> {
    explain_with_columns(inv, agent, object, as_of, None)
}

/// Like [`explain`], knowing the object's labelled columns (as the exposure
/// computation does): a column deny narrows the whole object only when it
/// names one of them.
pub fn explain_with_columns(
    inv: &Inventory,
    agent: &str,
    object: &str,
    as_of: NaiveDate,
    columns: Option<&[&str]>,
) -> Result<Explanation, Error> {
    let a = inv.agent(agent).ok_or_else(|| Error::Agent {
        agent: agent.to_string(),
        message: "is not in the inventory".into(),
    })?;
    let (uri, column) = split_column(object);
    if split_uri(uri).is_none() {
        return Err(Error::Uri(object.to_string()));
    }
    let grants: Vec<(usize, Option<&str>)> = inv.grants_of(a).collect();
    Ok(explain_grants(inv, a, &grants, uri, column, as_of, columns))
}

/// The core of [`explain_with_columns`] for a known agent and a list of its
/// grants (as [`Inventory::grants_of`] yields them), so that callers that
/// explain many objects for one agent (the access audit) find the agent's
/// grants once. `uri` must be a URI without `#column`.
pub(crate) fn explain_grants(
    inv: &Inventory,
    a: &Agent,
    grants: &[(usize, Option<&str>)],
    uri: &str,
    column: Option<&str>,
    as_of: NaiveDate,
    columns: Option<&[&str]>,
) -> Explanation {
    let mut ex = Explanation {
        agent: a.id.clone(),
        object: uri.to_string(),
        column: column.map(String::from),
        as_of,
        lines: Vec::new(),
        allowed: 0,
        denied: 0,
        notes: Vec::new(),
    };
    if let Some(e) = a.expires.filter(|e| *e < as_of) {
        ex.notes.push(format!(
            "the agent itself expired on {e}; its grants still work until revoked"
        ));
    }
    for r in &a.roles {
        if !inv.is_role(r) {
            ex.notes
                .push(format!("role '{r}' is not defined in the inventory"));
        }
    }
    for_each_match(
        inv,
        grants,
        uri,
        column,
        as_of,
        columns,
        |gi, role, p, status| {
            let g = &inv.grants[gi];
            if status == LineStatus::Applies {
                match g.effect {
                    Effect::Allow => ex.allowed |= g.actions,
                    Effect::Deny => ex.denied |= g.actions,
                }
            }
            let via = match (&g.source, role) {
                (GrantSource::Iam { arn }, _) => Some(format!("IAM role {arn}")),
                (_, Some(r)) => Some(format!("role {r}")),
                _ => None,
            };
            ex.lines.push(ExplainLine {
                grant_index: gi,
                effect: g.effect,
                actions: g.actions,
                grant: g.id.clone(),
                via,
                pattern: p.raw.clone(),
                status,
                condition: g.condition.clone(),
            });
        },
    );
    ex
}

/// Calls `f` for every pattern of `grants` that matches the object (or
/// column), with how it applies: the one grant matcher behind `explain`,
/// the exposure agreement tests and the access audit.
pub(crate) fn for_each_match<'a>(
    inv: &Inventory,
    grants: &[(usize, Option<&'a str>)],
    uri: &str,
    column: Option<&str>,
    as_of: NaiveDate,
    columns: Option<&[&str]>,
    mut f: impl FnMut(usize, Option<&'a str>, &super::Pattern, LineStatus),
) {
    for &(gi, role) in grants {
        let g = &inv.grants[gi];
        for p in &g.patterns {
            if !p.matches_object(uri) {
                continue;
            }
            let mut status = LineStatus::Applies;
            if let Some(cg) = &p.column {
                match column {
                    Some(c) if p.matches_column(c) => {}
                    Some(_) => continue,
                    None if g.effect == Effect::Allow => {
                        status = LineStatus::ColumnsOnly(cg.to_string())
                    }
                    // a column deny removes whole-object access, if the column exists
                    None => {
                        if columns.is_some_and(|cs| !cs.iter().any(|c| p.matches_column(c))) {
                            continue;
                        }
                    }
                }
            }
            if g.is_expired(as_of) {
                status = LineStatus::Expired(g.expires.unwrap_or(as_of));
            }
            f(gi, role, p, status);
        }
    }
}
