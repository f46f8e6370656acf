//! `explain`: why an agent can or cannot reach one object or column.

use super::engine::{judge, Item, Kind, SessionRule, LIMIT_TAG};
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
    /// The condition's keys.
    pub condition_keys: Vec<String>,
    /// Set when the line is a ceiling (`boundary:ARN`, `scp:FILE`), not a grant.
    pub limit: Option<String>,
    /// Assume-role hops from the agent to the session the grant applies in
    /// (`assume:X`), empty for the agent's own grants.
    pub chain: Vec<String>,
    /// Condition keys of those hops.
    pub chain_conditions: Vec<String>,
}

/// The answer of [`explain`].
#[derive(Debug, Clone)]
pub struct Explanation {
    pub agent: String,
    pub object: String,
    pub column: Option<String>,
    pub as_of: NaiveDate,
    pub lines: Vec<ExplainLine>,
    /// Actions some applying allow names.
    pub allowed: u8,
    /// Actions unconditional denies name.
    pub denied: u8,
    pub notes: Vec<String>,
    /// The actions the agent has, after denies and ceilings (see [`Explanation::effective`]).
    pub effective_bits: u8,
    /// Of those, the ones given unconditionally.
    pub unconditional: u8,
    /// Allowed actions denies or ceilings remove.
    pub removed: u8,
    /// Condition keys behind a conditional outcome, sorted.
    pub conditions: Vec<String>,
    /// Conditional deny grants touching the effective actions.
    pub may_deny: Vec<String>,
    /// Ceiling groups removing actions.
    pub limited_by: Vec<String>,
    /// Paths shown by [`Explanation::render`] (0 = all).
    pub max_paths: usize,
}

impl Explanation {
    /// The actions the agent has on the object (conditional ones included).
    pub fn effective(&self) -> u8 {
        self.effective_bits
    }

    /// `allowed`, `conditional` or `denied` (also when nothing allows it),
    /// as in `exposure.json`.
    pub fn outcome(&self) -> &'static str {
        if self.effective_bits == 0 {
            "denied"
        } else if self.effective_bits & !self.unconditional == 0 {
            "allowed"
        } else {
            "conditional"
        }
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
        let mut shown_allow = 0usize;
        let mut hidden = 0usize;
        for l in &self.lines {
            if l.effect == Effect::Allow && l.limit.is_none() {
                if self.max_paths > 0 && shown_allow >= self.max_paths {
                    hidden += 1;
                    continue;
                }
                shown_allow += 1;
            }
            let eff = match (l.effect, &l.limit, &l.condition) {
                (Effect::Allow, Some(_), _) => "LIMIT",
                (Effect::Allow, None, _) => "ALLOW",
                (Effect::Deny, _, None) => "DENY ",
                (Effect::Deny, _, Some(_)) => "DENY?",
            };
            let status = match &l.status {
                LineStatus::Applies => String::new(),
                LineStatus::Expired(d) => format!("  [EXPIRED {d}: gives nothing]"),
                LineStatus::ColumnsOnly(c) => format!("  [only columns '{c}']"),
            };
            let mut path = String::new();
            for h in &l.chain {
                path.push_str(h);
                path.push_str(" -> ");
            }
            if let Some(v) = &l.via {
                path.push_str(v);
                path.push_str(" -> ");
            }
            match &l.limit {
                Some(g) => path.push_str(&format!("ceiling {g} {}", l.grant)),
                None => path.push_str(&format!("grant {}", l.grant)),
            }
            let mut cond = l
                .condition
                .as_ref()
                .map(|c| {
                    if l.effect == Effect::Deny {
                        format!("  [MAY DENY: condition not evaluated: {c}]")
                    } else {
                        format!("  [condition not evaluated: {c}]")
                    }
                })
                .unwrap_or_default();
            if !l.chain_conditions.is_empty() {
                cond.push_str(&format!(
                    "  [assume-role condition not evaluated: {}]",
                    l.chain_conditions.join(", ")
                ));
            }
            let _ = writeln!(
                s,
                "  {eff} {:<24} {path} -> pattern {}{status}{cond}",
                action_names(l.actions).join(","),
                l.pattern
            );
        }
        if hidden > 0 {
            let _ = writeln!(
                s,
                "  ... and {hidden} more allow paths (--max-paths 0 shows all)"
            );
        }
        let eff = self.effective();
        let lost = self.removed;
        if eff != 0 {
            let _ = write!(
                s,
                "verdict: REACHABLE with [{}]",
                action_names(eff).join(", ")
            );
            if lost != 0 {
                let _ = write!(s, "; denied: [{}]", action_names(lost).join(", "));
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
        let _ = write!(s, "outcome: {}", self.outcome());
        let cond = eff & !self.unconditional;
        if eff != 0 && cond != 0 {
            let _ = write!(s, " [{}]", action_names(cond).join(", "));
            if !self.conditions.is_empty() {
                let _ = write!(s, " on condition keys {}", self.conditions.join(", "));
            }
        }
        if !self.may_deny.is_empty() {
            let _ = write!(s, "; may deny: {}", self.may_deny.join(", "));
        }
        if !self.limited_by.is_empty() {
            let _ = write!(s, "; limited by: {}", self.limited_by.join(", "));
        }
        s.push('\n');
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
        effective_bits: 0,
        unconditional: 0,
        removed: 0,
        conditions: Vec::new(),
        may_deny: Vec::new(),
        limited_by: Vec::new(),
        max_paths: 0,
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
    // The agent's own session from `grants`, then each principal it can
    // assume; ceilings with principal `*` (SCPs) apply in every session.
    let edges = super::engine::edges_by_from(inv);
    let sessions = super::engine::sessions_of(inv, a, &edges);
    let star: Vec<(usize, Option<&str>)> = inv
        .grants
        .iter()
        .enumerate()
        .filter(|(_, g)| g.principal == "*" && g.limit.is_some())
        .map(|(i, _)| (i, None))
        .collect();
    let groups = super::engine::limit_groups(inv);
    let group_of = |l: &str| groups.iter().position(|g| g == l).unwrap_or(0) as u16;
    let mut rules: Vec<SessionRule> = Vec::new();
    let mut items: Vec<Item> = Vec::new();
    for (si, sess) in sessions.iter().enumerate() {
        let mut list: Vec<(usize, Option<&str>)> = if si == 0 {
            grants.to_vec()
        } else {
            let mut v = Vec::new();
            for (p, chain) in &sess.principals {
                for (gi, g) in inv.grants.iter().enumerate() {
                    if &g.principal == p {
                        v.push((gi, chain.last().map(String::as_str)));
                    }
                }
            }
            v
        };
        list.extend(star.iter().copied());
        let chain: Vec<String> = sess
            .hops
            .iter()
            .map(|&e| super::engine::hop_name(inv, e))
            .collect();
        let mut rule = SessionRule {
            groups: Vec::new(),
            cond: !sess.keys.is_empty(),
        };
        for &(gi, _) in &list {
            if let Some(l) = &inv.grants[gi].limit {
                if !inv.grants[gi].is_expired(as_of) {
                    rule.groups.push(group_of(l));
                }
            }
        }
        rule.groups.sort_unstable();
        rule.groups.dedup();
        rules.push(rule);
        for_each_match(
            inv,
            &list,
            uri,
            column,
            as_of,
            columns,
            |gi, role, p, status| {
                let g = &inv.grants[gi];
                if status == LineStatus::Applies {
                    let kind = Kind::of(g, group_of);
                    match kind {
                        Kind::Allow | Kind::AllowCond => ex.allowed |= g.actions,
                        Kind::Deny => ex.denied |= g.actions,
                        _ => {}
                    }
                    items.push(Item {
                        v: ex.lines.len() as u32,
                        session: si as u16,
                        kind,
                        bits: g.actions,
                    });
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
                    condition_keys: g.condition_keys.clone(),
                    limit: g.limit.clone(),
                    chain: chain.clone(),
                    chain_conditions: sess.keys.clone(),
                });
            },
        );
    }
    let j = judge(&items, &rules);
    ex.effective_bits = j.eff;
    ex.unconditional = j.unc;
    ex.removed = j.removed;
    let mut conditions: Vec<String> = Vec::new();
    if j.eff & !j.unc != 0 {
        for &v in &j.via {
            let l = &ex.lines[v as usize];
            conditions.extend(l.condition_keys.iter().cloned());
            conditions.extend(l.chain_conditions.iter().cloned());
        }
    }
    for &v in &j.aux {
        if v & LIMIT_TAG != 0 {
            if let Some(g) = groups.get((v & !LIMIT_TAG) as usize) {
                ex.limited_by.push(g.clone());
            }
            continue;
        }
        let l = &ex.lines[v as usize];
        let cond = l.condition.is_some() || !l.condition_keys.is_empty();
        if cond && l.actions & j.eff != 0 {
            conditions.extend(l.condition_keys.iter().cloned());
            if l.effect == Effect::Deny {
                ex.may_deny.push(l.grant.clone());
            }
        }
    }
    conditions.sort();
    conditions.dedup();
    ex.conditions = conditions;
    ex.may_deny.sort();
    ex.may_deny.dedup();
    ex.limited_by.sort();
    ex.limited_by.dedup();
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
            // A ceiling naming columns is taken for the whole object.
            if let Some(cg) = p.column.as_ref().filter(|_| g.limit.is_none()) {
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
