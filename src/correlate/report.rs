//! Report types, governance findings, and output files.

use super::engine::LIMIT_TAG;
use super::engine::{AgentReport, ExposureReport};
use super::index::{Acc, LabelIndex, MatchSet};
use super::inventory::{
    action_names, Effect, GrantSource, Inventory, OwnerStatus, Provenance, ACTION_NAMES, DELETE,
    EGRESS, INVOKE, SHARE, WRITE,
};
use super::pattern::{segs_cover, segs_overlap};
use super::Error;
use crate::types::Category;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

/// Severity of a governance finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }
}

/// A governance finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Stable id: `kind:subject...`, deterministic across runs.
    pub id: String,
    pub kind: &'static str,
    pub severity: Severity,
    pub agent: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grant: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
    pub message: String,
    /// Access audit: the caller as the log names it (`unattributed_activity`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub principal: Option<String>,
    /// Access audit: the number of events behind the finding.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<u64>,
    /// Access audit: a narrower grant covering what was used (`unused_grant`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggested: Option<SuggestedGrant>,
}

impl Finding {
    /// A finding about `agent`, `grant` and/or `resource`; the fields only some
    /// kinds carry (`role`, `principal`, `events`, `suggested`) start empty and
    /// are set by the caller.
    pub fn new(
        id: String,
        kind: &'static str,
        severity: Severity,
        agent: Option<&str>,
        grant: Option<&str>,
        resource: Option<String>,
        message: String,
    ) -> Finding {
        Finding {
            id,
            kind,
            severity,
            agent: agent.map(String::from),
            role: None,
            grant: grant.map(String::from),
            resource,
            message,
            principal: None,
            events: None,
            suggested: None,
        }
    }
}

/// A narrower replacement for a grant: what the agent actually used.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SuggestedGrant {
    pub actions: Vec<&'static str>,
    pub resources: Vec<String>,
}

/// Per-category totals.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CategoryTotals {
    /// Reachable objects containing the category.
    pub objects: u64,
    /// Findings of the category's types in those objects.
    pub findings: u64,
}

/// Totals of what an agent (or a delegation tree) reaches.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Totals {
    /// Labelled objects reachable (regulated or not), whole or through columns.
    pub objects: u64,
    /// Of those, objects with at least one finding.
    pub regulated_objects: u64,
    /// Column entries (reach narrowed to columns).
    pub columns: u64,
    pub by_category: BTreeMap<String, CategoryTotals>,
    pub by_type: BTreeMap<String, u64>,
}

impl Totals {
    pub(crate) fn from_acc(acc: &Acc, ix: &LabelIndex) -> Totals {
        let mut t = Totals {
            objects: acc.objects,
            regulated_objects: acc.regulated,
            columns: acc.columns,
            ..Default::default()
        };
        for (k, c) in Category::ALL.iter().enumerate() {
            if acc.cat_objects[k] > 0 {
                t.by_category
                    .entry(c.as_str().to_string())
                    .or_default()
                    .objects = acc.cat_objects[k];
            }
        }
        for (i, &n) in acc.types.iter().enumerate() {
            if n == 0 {
                continue;
            }
            t.by_type.insert(ix.type_names[i].clone(), n);
            if let Some(c) = ix.type_cats[i] {
                t.by_category
                    .entry(c.as_str().to_string())
                    .or_default()
                    .findings += n;
            }
        }
        t
    }

    pub fn category(&self, c: Category) -> u64 {
        self.by_category.get(c.as_str()).map_or(0, |t| t.objects)
    }
}

/// One grant path: (assumed principals →) role (if any) → grant → pattern.
#[derive(Debug, Clone, Serialize)]
pub struct GrantPath {
    pub role: Option<String>,
    pub grant: String,
    pub pattern: String,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub conditional: bool,
    /// `allowed` or `conditional` (an allow path); `denied` or `may_deny` (a deny).
    pub outcome: &'static str,
    /// Condition keys not evaluated on this path (the grant's and the assume hops').
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<String>,
    /// The grant's actions.
    pub actions: Vec<&'static str>,
    /// The system's own action names the grant was compiled from.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub raw_actions: Vec<String>,
    /// From the agent to the grant's principal: `assume:X` hops, then roles.
    pub chain: Vec<String>,
    /// The assume-role hops of `chain`, with the trust statements' provenance.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub assumed: Vec<AssumeHop>,
    pub provenance: Provenance,
}

/// One assume-role hop of a grant path.
#[derive(Debug, Clone, Serialize)]
pub struct AssumeHop {
    pub from: String,
    pub to: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub condition_keys: Vec<String>,
    pub provenance: Provenance,
}

/// The judgement of one entry, borrowed from a segment or column entry.
#[derive(Clone, Copy)]
pub(crate) struct EntryBits<'a> {
    pub eff: u8,
    pub unc: u8,
    pub removed: u8,
    pub via: &'a [u32],
    pub aux: &'a [u32],
}

impl<'a> EntryBits<'a> {
    fn of_seg(s: &'a super::engine::Segment) -> EntryBits<'a> {
        EntryBits {
            eff: s.actions,
            unc: s.unc,
            removed: s.removed,
            via: &s.via,
            aux: &s.aux,
        }
    }

    fn of_col(c: &'a super::engine::ColEntry) -> EntryBits<'a> {
        EntryBits {
            eff: c.actions,
            unc: c.unc,
            removed: c.removed,
            via: &c.via,
            aux: &c.aux,
        }
    }
}

/// One reachable object or column.
#[derive(Debug, Clone, Serialize)]
pub struct ReachEntry {
    pub resource: String,
    pub column: Option<String>,
    pub actions: Vec<&'static str>,
    pub types: BTreeMap<String, u64>,
    pub categories: Vec<&'static str>,
    pub findings: u64,
    pub rows: Option<u64>,
    pub via: Vec<String>,
    pub paths: Vec<GrantPath>,
    /// `allowed`, `conditional` (some action only through a condition that
    /// was not evaluated, or under a conditional deny), or `denied` (in the
    /// agent's `denied` list only).
    pub outcome: &'static str,
    /// Sorted condition keys behind a `conditional` outcome.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<String>,
    /// The actions that are only conditionally allowed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conditional_actions: Vec<&'static str>,
    /// Ids of conditional deny grants touching the entry's actions.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub may_deny: Vec<String>,
    /// Actions an allow path names that a deny or ceiling removes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub denied_actions: Vec<&'static str>,
    /// The unconditional deny grants removing `denied_actions`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub denied_by: Vec<GrantPath>,
    /// Ceiling groups (`boundary:ARN`, `scp:FILE`) removing actions.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub limited_by: Vec<String>,
    /// Number of paths before `--max-paths` cut the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paths_total: Option<usize>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub paths_truncated: bool,
}

pub(crate) struct FindingCtx<'a> {
    pub inv: &'a Inventory,
    pub parents: &'a [Option<usize>],
    pub grant_pat_sets: &'a [Vec<Arc<MatchSet>>],
    pub by_principal: &'a HashMap<&'a str, Vec<u32>>,
}

/// Actions that move data to where a grant points: with a destination,
/// reading regulated data and any of these is a toxic combination.
const OUTBOUND: u8 = WRITE | SHARE | EGRESS | INVOKE;

pub(crate) fn cat_names(bits: u8) -> Vec<&'static str> {
    Category::ALL
        .iter()
        .enumerate()
        .filter(|(k, _)| bits & (1 << k) != 0)
        .map(|(_, c)| c.as_str())
        .collect()
}

pub(crate) fn regulated_of(ix: &LabelIndex, m: &MatchSet) -> u64 {
    let r: u64 = m
        .ranges
        .iter()
        .map(|&(lo, hi)| ix.regulated_in(lo, hi))
        .sum();
    r + m
        .cols
        .iter()
        .filter(|&&(o, c)| !ix.objs[o as usize].columns[c as usize].types.is_empty())
        .count() as u64
}

/// Computes governance findings; also returns error lines for unknown principals.
pub(crate) fn governance(rep: &ExposureReport, ctx: &FindingCtx) -> (Vec<Finding>, Vec<String>) {
    let inv = ctx.inv;
    let ix = &rep.index;
    let as_of = rep.as_of;
    let mut f: Vec<Finding> = Vec::new();
    let mut errors = Vec::new();
    let mut role_fix: Vec<(String, String)> = Vec::new();
    let mut push = |id: String,
                    kind: &'static str,
                    severity,
                    agent: Option<&str>,
                    grant: Option<&str>,
                    resource: Option<String>,
                    message: String| {
        f.push(Finding::new(
            id, kind, severity, agent, grant, resource, message,
        ))
    };
    let agent_set: std::collections::HashSet<&str> =
        inv.agents.iter().map(|a| a.id.as_str()).collect();
    let role_set: std::collections::HashSet<&str> = inv.roles.iter().map(|r| r.as_str()).collect();
    let owners: HashMap<&str, OwnerStatus> = inv
        .owners
        .iter()
        .map(|o| (o.id.as_str(), o.status))
        .collect();
    let mut creds: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (i, a) in inv.agents.iter().enumerate() {
        let ar = &rep.agents[i];
        let id = a.id.as_str();
        // orphaned
        let orphan = match a.owner.as_deref() {
            None => Some("has no owner".to_string()),
            Some(o) => match owners.get(o) {
                None => Some(format!("owner '{o}' is not in the owners list")),
                Some(OwnerStatus::Departed) => Some(format!("owner '{o}' has departed")),
                Some(OwnerStatus::Active) => None,
            },
        };
        if let Some(why) = orphan {
            push(
                format!("orphaned_agent:{id}"),
                "orphaned_agent",
                Severity::High,
                Some(id),
                None,
                None,
                format!(
                    "agent '{id}' {why}; it reaches {} regulated objects",
                    ar.totals.regulated_objects
                ),
            );
        }
        // expired agent still holding grants
        if let Some(exp) = a.expires {
            if exp < as_of {
                let live = ctx
                    .by_principal
                    .get(id)
                    .into_iter()
                    .flatten()
                    .chain(
                        a.roles
                            .iter()
                            .flat_map(|r| ctx.by_principal.get(r.as_str()).into_iter().flatten()),
                    )
                    .filter(|&&g| {
                        let g = &inv.grants[g as usize];
                        g.effect == Effect::Allow && g.limit.is_none() && !g.is_expired(as_of)
                    })
                    .count();
                if live > 0 {
                    let sev = if ar.totals.regulated_objects > 0 {
                        Severity::High
                    } else {
                        Severity::Medium
                    };
                    push(
                        format!("expired_agent:{id}"),
                        "expired_agent",
                        sev,
                        Some(id),
                        None,
                        None,
                        format!(
                            "agent '{id}' expired on {exp} but still holds {live} live grants reaching {} regulated objects",
                            ar.totals.regulated_objects
                        ),
                    );
                }
            }
        }
        if let Some(c) = a.credential.as_deref() {
            creds.entry(c).or_default().push(id);
        }
        // unknown roles
        for r in &a.roles {
            if !role_set.contains(r.as_str()) {
                let msg = format!("agent '{id}' has unknown role '{r}'");
                errors.push(msg.clone());
                push(
                    format!("unknown_principal:{id}:role:{r}"),
                    "unknown_principal",
                    Severity::High,
                    Some(id),
                    None,
                    None,
                    msg,
                );
            }
        }
        // excessive reach: categories/types beyond data_scope
        if let Some(scope) = &a.data_scope {
            let scope_cats: BTreeSet<Category> =
                scope.iter().filter_map(|s| Category::parse(s)).collect();
            let mut beyond: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for (t, n) in &ar.totals.by_type {
                let cat = ix
                    .type_names
                    .iter()
                    .position(|x| x == t)
                    .and_then(|k| ix.type_cats[k]);
                let ok =
                    scope.iter().any(|s| s == t) || cat.is_some_and(|c| scope_cats.contains(&c));
                if !ok {
                    let cname = cat.map_or("UNCATEGORIZED", |c| c.as_str()).to_string();
                    beyond.entry(cname).or_default().push(format!("{t}: {n}"));
                }
            }
            for (cat, types) in beyond {
                let objs = Category::parse(&cat).map_or(0, |c| ar.totals.category(c));
                push(
                    format!("excessive_reach:{id}:{cat}"),
                    "excessive_reach",
                    Severity::High,
                    Some(id),
                    None,
                    None,
                    format!(
                        "agent '{id}' reaches {cat} data ({}) in {objs} objects, beyond its data_scope [{}]",
                        types.join(", "),
                        scope.join(", ")
                    ),
                );
            }
        }
        // excessive reach: actions beyond allowed_actions on regulated data
        if let Some(allowed) = a.allowed_bits() {
            for (bit, name) in ACTION_NAMES {
                let n = ar.reach.reg_by_action[bit.trailing_zeros() as usize];
                if allowed & bit == 0 && n > 0 {
                    push(
                        format!("excessive_reach:{id}:action:{name}"),
                        "excessive_reach",
                        Severity::High,
                        Some(id),
                        None,
                        None,
                        format!(
                            "agent '{id}' can {name} {n} regulated objects but its purpose needs only [{}]",
                            action_names(allowed).join(", ")
                        ),
                    );
                }
            }
        }
        // delegation widening
        if let Some(p) = ctx.parents[i] {
            widening(rep, i, p, &mut push);
        }
        // toxic combination
        if ar.reach.read_cats != 0 && !inv.destinations.is_empty() {
            let mut gids: Vec<u32> = ctx.by_principal.get(id).cloned().unwrap_or_default();
            for r in &a.roles {
                gids.extend(ctx.by_principal.get(r.as_str()).into_iter().flatten());
            }
            gids.sort_unstable();
            gids.dedup();
            let live: Vec<&super::inventory::GrantDef> = gids
                .iter()
                .map(|&g| &inv.grants[g as usize])
                .filter(|g| !g.is_expired(as_of))
                .collect();
            for g in live.iter().filter(|g| {
                g.effect == Effect::Allow && g.limit.is_none() && g.actions & OUTBOUND != 0
            }) {
                for p in &g.patterns {
                    let ps = p.approx_segs();
                    let Some(dest) = inv
                        .destinations
                        .iter()
                        .find(|d| segs_overlap(&d.approx_segs(), &ps))
                    else {
                        continue;
                    };
                    let bits = g.actions & OUTBOUND;
                    let denied = live.iter().any(|d| {
                        d.effect == Effect::Deny
                            && d.condition.is_none()
                            && d.actions & bits == bits
                            && d.patterns
                                .iter()
                                .any(|dp| segs_cover(&dp.approx_segs(), &ps))
                    });
                    if denied {
                        continue;
                    }
                    push(
                        format!("toxic_combination:{id}:{}", g.id),
                        "toxic_combination",
                        Severity::Critical,
                        Some(id),
                        Some(&g.id),
                        Some(p.raw.clone()),
                        format!(
                            "agent '{id}' can read {} data and can {} to '{}' (destination '{}') via grant '{}'",
                            cat_names(ar.reach.read_cats).join(", "),
                            action_names(bits).join("/"),
                            p.raw,
                            dest.raw,
                            g.id
                        ),
                    );
                    break;
                }
            }
        }
    }
    for (c, ids) in &creds {
        if ids.len() > 1 {
            for id in ids {
                push(
                    format!("shared_credential:{id}:{c}"),
                    "shared_credential",
                    Severity::High,
                    Some(id),
                    None,
                    None,
                    format!(
                        "agent '{id}' shares credential '{c}' with {}",
                        ids.iter()
                            .filter(|x| *x != id)
                            .cloned()
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
            }
        }
    }
    // Grant-level findings.
    for (gi, g) in inv.grants.iter().enumerate() {
        if g.limit.is_some() {
            // A ceiling is no grant: it gives nothing, so it is judged by
            // what it removes (reach entries' `limited_by`), not here.
            continue;
        }
        let is_agent = agent_set.contains(g.principal.as_str());
        let is_role = role_set.contains(g.principal.as_str());
        let (agent, role) = if is_role {
            (None, Some(g.principal.clone()))
        } else {
            (Some(g.principal.as_str()), None)
        };
        if !is_agent && !is_role {
            let msg = format!(
                "grant '{}' names unknown principal '{}' (neither an agent nor a role)",
                g.id, g.principal
            );
            errors.push(msg.clone());
            push(
                format!("unknown_principal:{}", g.id),
                "unknown_principal",
                Severity::High,
                None,
                Some(&g.id),
                None,
                msg,
            );
            continue;
        }
        if g.is_expired(as_of) {
            continue;
        }
        let sets = &ctx.grant_pat_sets[gi];
        let matches_nothing = sets.iter().all(|s| s.is_empty());
        let to_dest = g.patterns.iter().any(|p| {
            let ps = p.approx_segs();
            inv.destinations
                .iter()
                .any(|d| segs_overlap(&d.approx_segs(), &ps))
        });
        // MCP tools are called, not scanned: a tool grant never has labels.
        let tools_only =
            !g.patterns.is_empty() && g.patterns.iter().all(|p| p.raw.starts_with("mcp://"));
        if matches_nothing && !to_dest && !tools_only {
            push(
                format!("grant_matches_nothing:{}", g.id),
                "grant_matches_nothing",
                Severity::Low,
                agent,
                Some(&g.id),
                None,
                format!(
                    "grant '{}' ({}) matches no labelled object: [{}]",
                    g.id,
                    g.principal,
                    g.patterns
                        .iter()
                        .map(|p| p.raw.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
            if let Some(r) = &role {
                role_fix.push((format!("grant_matches_nothing:{}", g.id), r.clone()));
            }
        }
        if g.effect == Effect::Allow {
            for (p, s) in g.patterns.iter().zip(sets) {
                if !p.is_wildcard() {
                    continue;
                }
                let reg = regulated_of(ix, s);
                if reg == 0 {
                    continue;
                }
                let sev = if g.action_wildcard || g.actions & (WRITE | DELETE | SHARE) != 0 {
                    Severity::High
                } else {
                    Severity::Medium
                };
                push(
                    format!("wildcard_over_regulated:{}:{}", g.id, p.raw),
                    "wildcard_over_regulated",
                    sev,
                    agent,
                    Some(&g.id),
                    Some(p.raw.clone()),
                    format!(
                        "grant '{}' ({}) uses wildcard '{}' for [{}] over {reg} regulated objects",
                        g.id,
                        if is_role {
                            format!("role {}", g.principal)
                        } else {
                            format!("agent {}", g.principal)
                        },
                        p.raw,
                        action_names(g.actions).join(", ")
                    ),
                );
                if let Some(r) = &role {
                    role_fix.push((
                        format!("wildcard_over_regulated:{}:{}", g.id, p.raw),
                        r.clone(),
                    ));
                }
            }
        }
    }
    for (id, role) in role_fix {
        if let Some(x) = f.iter_mut().find(|x| x.id == id) {
            x.role = Some(role);
        }
    }
    f.sort_by(|a, b| b.severity.cmp(&a.severity).then_with(|| a.id.cmp(&b.id)));
    f.dedup_by(|a, b| a.id == b.id);
    (f, errors)
}

#[allow(clippy::type_complexity)]
fn widening(
    rep: &ExposureReport,
    child: usize,
    parent: usize,
    push: &mut impl FnMut(
        String,
        &'static str,
        Severity,
        Option<&str>,
        Option<&str>,
        Option<String>,
        String,
    ),
) {
    let ix = &rep.index;
    let c = &rep.agents[child].reach;
    let p = &rep.agents[parent].reach;
    let mut cats = [0u64; 3];
    let mut example: Option<String> = None;
    let mut note = |lo: u32, hi: u32, cats: &mut [u64; 3]| {
        for (k, v) in cats.iter_mut().enumerate() {
            *v += ix.cat_in(k, lo, hi);
        }
        if example.is_none() && ix.regulated_in(lo, hi) > 0 {
            example = (lo..hi)
                .take(10_000)
                .find(|&o| ix.objs[o as usize].is_regulated())
                .map(|o| ix.objs[o as usize].uri.clone());
        }
    };
    for s in &c.segments {
        // walk parent segments overlapping [s.lo, s.hi)
        let mut pos = s.lo;
        let mut k = p.segments.partition_point(|x| x.hi <= s.lo);
        while pos < s.hi {
            match p.segments.get(k) {
                Some(ps) if ps.lo < s.hi => {
                    if ps.lo > pos {
                        note(pos, ps.lo, &mut cats);
                    }
                    let a = ps.lo.max(pos);
                    let b = ps.hi.min(s.hi);
                    if s.actions & !ps.actions != 0 {
                        note(a, b, &mut cats);
                    }
                    pos = b;
                    k += 1;
                }
                _ => {
                    note(pos, s.hi, &mut cats);
                    pos = s.hi;
                }
            }
        }
    }
    let pcols: HashMap<(u32, u32), u8> =
        p.cols.iter().map(|e| ((e.obj, e.col), e.actions)).collect();
    for e in &c.cols {
        let pa = p.whole_actions_at(e.obj) | pcols.get(&(e.obj, e.col)).copied().unwrap_or(0);
        let col = &ix.objs[e.obj as usize].columns[e.col as usize];
        if e.actions & !pa != 0 && col.cats != 0 {
            for (k, v) in cats.iter_mut().enumerate() {
                *v += ((col.cats >> k) & 1) as u64;
            }
            if example.is_none() {
                example = Some(format!("{}#{}", ix.objs[e.obj as usize].uri, col.name));
            }
        }
    }
    if cats.iter().all(|&n| n == 0) {
        return;
    }
    let cid = &rep.agents[child].id;
    let pid = &rep.agents[parent].id;
    let what: Vec<String> = Category::ALL
        .iter()
        .enumerate()
        .filter(|(k, _)| cats[*k] > 0)
        .map(|(k, c)| format!("{} {c}", cats[k]))
        .collect();
    push(
        format!("delegation_widening:{cid}"),
        "delegation_widening",
        Severity::High,
        Some(cid),
        None,
        example,
        format!(
            "sub-agent '{cid}' reaches regulated data its parent '{pid}' cannot ({} objects/columns)",
            what.join(", ")
        ),
    );
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl ExposureReport {
    /// Highest severity among findings.
    pub fn max_severity(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }

    /// Exit code per the CLI contract: 1 when a finding is high or critical, else 0.
    pub fn exit_code(&self) -> u8 {
        if self.max_severity().is_some_and(|s| s >= Severity::High) {
            1
        } else {
            0
        }
    }

    /// Number of labelled objects in the index.
    pub fn object_count(&self) -> usize {
        self.index.len()
    }

    /// The paths of virtual grant `v` of `agent` to `uri` (`column`):
    /// one per matching pattern. `any_column`: also patterns narrowing to
    /// other columns (deny paths of a column deny on the whole object).
    fn grant_path(
        &self,
        agent: &AgentReport,
        v: u32,
        uri: &str,
        column: Option<&str>,
        any_column: bool,
    ) -> Vec<GrantPath> {
        let (g, si) = agent.reach.vt[v as usize];
        let gd = &self.grants[g as usize];
        let sess = &agent.reach.sessions[si as usize];
        let role = match &gd.source {
            GrantSource::Iam { arn } => Some(arn.clone()),
            _ if self.roles.contains(&gd.principal) => Some(gd.principal.clone()),
            _ => None,
        };
        let mut chain: Vec<String> = sess
            .hops
            .iter()
            .map(|&e| format!("assume:{}", self.assumes[e].to))
            .collect();
        if let Some((_, c)) = sess.principals.iter().find(|p| p.0 == gd.principal) {
            chain.extend(c.iter().cloned());
        }
        let assumed: Vec<AssumeHop> = sess
            .hops
            .iter()
            .map(|&e| {
                let a = &self.assumes[e];
                AssumeHop {
                    from: a.from.clone(),
                    to: a.to.clone(),
                    condition_keys: a.condition_keys.clone(),
                    provenance: a.provenance.clone(),
                }
            })
            .collect();
        let mut conditions: Vec<String> = gd.condition_keys.clone();
        conditions.extend(sess.keys.iter().cloned());
        conditions.sort();
        conditions.dedup();
        let cond = gd.condition.is_some() || !conditions.is_empty();
        let outcome = match (gd.effect, cond) {
            (Effect::Allow, false) => "allowed",
            (Effect::Allow, true) => "conditional",
            (Effect::Deny, false) => "denied",
            (Effect::Deny, true) => "may_deny",
        };
        gd.patterns
            .iter()
            .filter(|p| {
                p.matches_object(uri)
                    && (any_column
                        || match (column, p.column.is_some()) {
                            (None, has) => !has,
                            (Some(c), _) => p.matches_column(c),
                        })
            })
            .map(|p| GrantPath {
                role: role.clone(),
                grant: gd.id.clone(),
                pattern: p.raw.clone(),
                conditional: cond,
                outcome,
                conditions: conditions.clone(),
                actions: action_names(gd.actions),
                raw_actions: gd.raw_actions.clone(),
                chain: chain.clone(),
                assumed: assumed.clone(),
                provenance: gd.provenance.clone(),
            })
            .collect()
    }

    /// One reach (or denied) entry of `agent`.
    fn entry(&self, agent: &AgentReport, o: u32, col: Option<u32>, j: EntryBits) -> ReachEntry {
        let ix = &self.index;
        let obj = &ix.objs[o as usize];
        let (types, cats, rows, cname) = match col {
            None => (&obj.types, obj.cats, obj.rows, None),
            Some(c) => {
                let c = &obj.columns[c as usize];
                (&c.types, c.cats, c.rows.or(obj.rows), Some(c.name.clone()))
            }
        };
        let types: BTreeMap<String, u64> = types
            .iter()
            .map(|&(t, n)| (ix.type_names[t as usize].clone(), n))
            .collect();
        let mut paths: Vec<GrantPath> = j
            .via
            .iter()
            .flat_map(|&v| self.grant_path(agent, v, &obj.uri, cname.as_deref(), false))
            .collect();
        if paths.is_empty() {
            // a whole-object grant reaching a column
            paths = j
                .via
                .iter()
                .flat_map(|&v| self.grant_path(agent, v, &obj.uri, None, false))
                .collect();
        }
        paths.sort_by(|a, b| {
            (a.conditional, a.chain.len(), &a.chain, &a.grant, &a.pattern).cmp(&(
                b.conditional,
                b.chain.len(),
                &b.chain,
                &b.grant,
                &b.pattern,
            ))
        });
        let total = paths.len();
        let truncated = self.max_paths > 0 && total > self.max_paths;
        if truncated {
            paths.truncate(self.max_paths);
        }
        let grant_of = |v: u32| &self.grants[agent.reach.vt[v as usize].0 as usize];
        let mut via: Vec<String> = Vec::new();
        for &v in j.via {
            let id = &grant_of(v).id;
            if !via.contains(id) {
                via.push(id.clone());
            }
        }
        let conditional = j.eff & !j.unc;
        let outcome = if j.eff == 0 {
            "denied"
        } else if conditional == 0 {
            "allowed"
        } else {
            "conditional"
        };
        let (mut may_deny, mut denied_by, mut limited_by) = (Vec::new(), Vec::new(), Vec::new());
        let mut conditions: BTreeSet<String> = BTreeSet::new();
        for &v in j.aux {
            if v & LIMIT_TAG != 0 {
                if let Some(l) = self.limit_groups.get((v & !LIMIT_TAG) as usize) {
                    limited_by.push(l.clone());
                }
                continue;
            }
            let g = grant_of(v);
            let cond = g.condition.is_some() || !g.condition_keys.is_empty();
            match g.effect {
                Effect::Deny if cond => {
                    if g.actions & j.eff != 0 {
                        may_deny.push(g.id.clone());
                        conditions.extend(g.condition_keys.iter().cloned());
                    }
                }
                Effect::Deny => {
                    if g.actions & j.removed != 0 {
                        denied_by.extend(self.grant_path(
                            agent,
                            v,
                            &obj.uri,
                            cname.as_deref(),
                            true,
                        ));
                    }
                }
                // a conditional ceiling on an allowed action
                Effect::Allow => conditions.extend(g.condition_keys.iter().cloned()),
            }
        }
        may_deny.sort();
        may_deny.dedup();
        limited_by.sort();
        limited_by.dedup();
        denied_by.sort_by(|a, b| (&a.grant, &a.pattern).cmp(&(&b.grant, &b.pattern)));
        denied_by.dedup_by(|a, b| a.grant == b.grant && a.pattern == b.pattern);
        if outcome == "conditional" {
            for p in paths.iter().filter(|p| p.conditional) {
                conditions.extend(p.conditions.iter().cloned());
            }
            for &v in j.via {
                let (g, s) = agent.reach.vt[v as usize];
                conditions.extend(self.grants[g as usize].condition_keys.iter().cloned());
                conditions.extend(agent.reach.sessions[s as usize].keys.iter().cloned());
            }
        } else {
            conditions.clear();
        }
        ReachEntry {
            resource: obj.uri.clone(),
            column: cname,
            actions: action_names(j.eff),
            findings: types.values().sum(),
            types,
            categories: cat_names(cats),
            rows,
            via,
            paths,
            outcome,
            conditions: conditions.into_iter().collect(),
            conditional_actions: action_names(conditional),
            may_deny,
            denied_actions: action_names(j.removed),
            denied_by,
            limited_by,
            paths_total: truncated.then_some(total),
            paths_truncated: truncated,
        }
    }

    /// Every reachable regulated object and column of `agent`, sorted.
    pub fn reach_entries(&self, agent: &AgentReport) -> Vec<ReachEntry> {
        let ix = &self.index;
        let r = &agent.reach;
        let mut out = Vec::new();
        for s in &r.segments {
            for o in s.lo..s.hi {
                if !ix.objs[o as usize].is_regulated() {
                    continue;
                }
                let seg = r.overrides.get(&o).unwrap_or(s);
                if seg.actions == 0 {
                    continue;
                }
                out.push(self.entry(agent, o, None, EntryBits::of_seg(seg)));
            }
        }
        for c in &r.cols {
            if ix.objs[c.obj as usize].columns[c.col as usize]
                .types
                .is_empty()
            {
                continue;
            }
            out.push(self.entry(agent, c.obj, Some(c.col), EntryBits::of_col(c)));
        }
        out.sort_by(|a, b| (&a.resource, &a.column).cmp(&(&b.resource, &b.column)));
        out
    }

    /// Regulated objects and columns `agent` has an allow path to but that
    /// unconditional denies or ceilings take entirely away (`outcome: denied`).
    /// Never part of `reach`.
    pub fn denied_entries(&self, agent: &AgentReport) -> Vec<ReachEntry> {
        let ix = &self.index;
        let r = &agent.reach;
        let mut out = Vec::new();
        for s in &r.denied_segs {
            for o in s.lo..s.hi {
                if ix.objs[o as usize].is_regulated() {
                    out.push(self.entry(agent, o, None, EntryBits::of_seg(s)));
                }
            }
        }
        for c in &r.denied_cols {
            if !ix.objs[c.obj as usize].columns[c.col as usize]
                .types
                .is_empty()
            {
                out.push(self.entry(agent, c.obj, Some(c.col), EntryBits::of_col(c)));
            }
        }
        out.sort_by(|a, b| (&a.resource, &a.column).cmp(&(&b.resource, &b.column)));
        out
    }

    /// Writes `exposure.json` and `findings.json` into `dir` (created if
    /// needed, owner-only). Each file is written to a private temporary file
    /// and renamed into place, so a policy engine never reads half a file.
    pub fn write_outputs(&self, dir: &Path) -> Result<(), Error> {
        crate::output::create_private_dir(dir).map_err(|e| scan_error(dir, e))?;
        write_atomic(&dir.join("exposure.json"), |w| self.write_exposure(w))?;
        #[derive(Serialize)]
        struct F<'a> {
            as_of: String,
            findings: &'a [Finding],
            errors: &'a [String],
            notes: &'a [String],
            #[serde(skip_serializing_if = "Option::is_none")]
            access_log_problems: Option<&'a [super::access::LogProblem]>,
        }
        write_atomic(&dir.join("findings.json"), |w| {
            serde_json::to_writer_pretty(
                &mut *w,
                &F {
                    as_of: self.as_of.to_string(),
                    findings: &self.findings,
                    errors: &self.errors,
                    notes: &self.notes,
                    access_log_problems: self.access.as_ref().map(|a| &a.problems[..]),
                },
            )?;
            w.write_all(b"\n")
        })
    }

    /// Writes `exposure.json` content.
    pub fn write_exposure(&self, w: &mut impl Write) -> std::io::Result<()> {
        #[derive(Serialize)]
        struct Agent<'a> {
            id: &'a str,
            owner: &'a Option<String>,
            #[serde(flatten)]
            profile: &'a super::engine::AgentProfile,
            reach: Vec<ReachEntry>,
            denied: Vec<ReachEntry>,
            can_assume: &'a [String],
            totals: &'a Totals,
            delegation: DelegationOut<'a>,
            #[serde(skip_serializing_if = "Option::is_none")]
            touched: Option<&'a [super::access::TouchedEntry]>,
            #[serde(skip_serializing_if = "Option::is_none")]
            timeline: Option<&'a [super::access::TimelineDay]>,
            #[serde(skip_serializing_if = "Option::is_none")]
            access: Option<&'a super::access::AgentAccessSummary>,
        }
        #[derive(Serialize)]
        struct DelegationOut<'a> {
            parent: &'a Option<String>,
            chain: &'a [String],
            #[serde(skip_serializing_if = "is_zero")]
            chain_omitted: u64,
            subagents: &'a [String],
            #[serde(skip_serializing_if = "is_zero")]
            subagents_omitted: u64,
            subtree_totals: &'a Totals,
        }
        writeln!(w, "{{")?;
        writeln!(w, "  \"as_of\": \"{}\",", self.as_of)?;
        writeln!(w, "  \"objects\": {},", self.index.len())?;
        #[derive(Serialize)]
        struct RootOut<'a> {
            root: &'a str,
            uri: &'a str,
        }
        let roots: Vec<RootOut> = self
            .roots
            .iter()
            .map(|(root, uri)| RootOut { root, uri })
            .collect();
        writeln!(
            w,
            "  \"roots\": {},",
            serde_json::to_string(&roots).expect("serializable")
        )?;
        if let Some(acc) = &self.access {
            let s = serde_json::to_string_pretty(&acc.summary).expect("serializable");
            writeln!(w, "  \"access_log\": {},", s.replace('\n', "\n  "))?;
        }
        writeln!(w, "  \"agents\": [")?;
        let mut order: Vec<usize> = (0..self.agents.len()).collect();
        order.sort_by(|&a, &b| self.agents[a].id.cmp(&self.agents[b].id));
        for (n, &i) in order.iter().enumerate() {
            let a = &self.agents[i];
            let out = Agent {
                id: &a.id,
                owner: &a.owner,
                profile: &a.profile,
                reach: self.reach_entries(a),
                denied: self.denied_entries(a),
                can_assume: &a.can_assume,
                totals: &a.totals,
                delegation: DelegationOut {
                    parent: &a.delegation.parent,
                    chain: &a.delegation.chain,
                    chain_omitted: a.delegation.chain_omitted,
                    subagents: &a.delegation.subagents,
                    subagents_omitted: a.delegation.subagents_omitted,
                    subtree_totals: &a.delegation.subtree_totals,
                },
                touched: self.access.as_ref().map(|x| &x.agents[i].touched[..]),
                timeline: self.access.as_ref().map(|x| &x.agents[i].timeline[..]),
                access: self.access.as_ref().map(|x| &x.agents[i].summary),
            };
            let s = serde_json::to_string_pretty(&out).expect("serializable");
            let s = s.replace('\n', "\n    ");
            write!(w, "    {s}")?;
            writeln!(w, "{}", if n + 1 < order.len() { "," } else { "" })?;
        }
        writeln!(w, "  ]")?;
        writeln!(w, "}}")?;
        Ok(())
    }

    /// A readable summary table (an id or owner longer than
    /// [`SUMMARY_CELL_CHARS`] is cut there, marked with `…`: the full text is
    /// in `exposure.json`).
    pub fn render_summary(&self) -> String {
        let mut s = String::new();
        let mut order: Vec<&AgentReport> = self.agents.iter().collect();
        order.sort_by(|a, b| a.id.cmp(&b.id));
        // High-or-worse findings per agent, counted once (counting them
        // per agent was O(agents × findings): a delegation chain has both).
        let mut high: HashMap<&str, usize> = HashMap::new();
        for f in &self.findings {
            if let (Some(a), true) = (f.agent.as_deref(), f.severity >= Severity::High) {
                *high.entry(a).or_default() += 1;
            }
        }
        let sev_of = |id: &str| high.get(id).copied().unwrap_or(0);
        let rows: Vec<[String; 8]> = order
            .iter()
            .map(|a| {
                [
                    summary_cell(&a.id),
                    summary_cell(a.owner.as_deref().unwrap_or("-")),
                    a.totals.objects.to_string(),
                    a.totals.regulated_objects.to_string(),
                    a.totals.category(Category::Pii).to_string(),
                    a.totals.category(Category::Phi).to_string(),
                    a.totals.category(Category::Financial).to_string(),
                    sev_of(&a.id).to_string(),
                ]
            })
            .collect();
        let head = [
            "AGENT",
            "OWNER",
            "OBJECTS",
            "REGULATED",
            "PII",
            "PHI",
            "FINANCIAL",
            "HIGH+",
        ];
        let mut w = head.map(str::len);
        for r in &rows {
            for (k, c) in r.iter().enumerate() {
                w[k] = w[k].max(c.chars().count());
            }
        }
        let line = |cells: &[String]| {
            let mut l = String::new();
            for (k, c) in cells.iter().enumerate() {
                if k < 2 {
                    l.push_str(&format!("{c:<width$}  ", width = w[k]));
                } else {
                    l.push_str(&format!("{c:>width$}  ", width = w[k]));
                }
            }
            l.trim_end().to_string() + "\n"
        };
        s.push_str(&format!(
            "exposure as of {} over {} labelled objects\n\n",
            self.as_of,
            self.index.len()
        ));
        s.push_str(&line(&head.map(String::from)));
        for r in &rows {
            s.push_str(&line(r));
        }
        let mut by_sev: BTreeMap<std::cmp::Reverse<Severity>, usize> = BTreeMap::new();
        for f in &self.findings {
            *by_sev.entry(std::cmp::Reverse(f.severity)).or_default() += 1;
        }
        s.push_str(&format!("\n{} findings", self.findings.len()));
        if !by_sev.is_empty() {
            let parts: Vec<String> = by_sev
                .iter()
                .map(|(k, n)| format!("{n} {}", k.0.as_str()))
                .collect();
            s.push_str(&format!(" ({})", parts.join(", ")));
        }
        s.push('\n');
        for f in self.findings.iter().take(50) {
            s.push_str(&format!(
                "  [{}] {}: {}\n",
                f.severity.as_str(),
                f.kind,
                f.message
            ));
        }
        if self.findings.len() > 50 {
            s.push_str(&format!(
                "  ... and {} more in findings.json\n",
                self.findings.len() - 50
            ));
        }
        s
    }
}

/// Writes `path` atomically with owner-only permissions.
fn write_atomic(
    path: &Path,
    write: impl FnOnce(&mut std::io::BufWriter<crate::output::SyncingFile>) -> std::io::Result<()>,
) -> Result<(), Error> {
    let mut file = crate::output::AtomicFile::create(path).map_err(|e| scan_error(path, e))?;
    write(file.writer()).map_err(|e| Error::io(path, e))?;
    file.commit().map_err(|e| scan_error(path, e))
}

/// An output error of the scan side, as a correlator error.
fn scan_error(path: &Path, e: crate::error::Error) -> Error {
    match e {
        crate::error::Error::Io { path, source } => Error::Io { path, source },
        other => Error::Invalid {
            path: path.to_path_buf(),
            message: other.to_string(),
        },
    }
}

/// The widest a text cell of the summary table gets, in characters.
const SUMMARY_CELL_CHARS: usize = 80;

/// `text` as a summary-table cell: cut at [`SUMMARY_CELL_CHARS`] with `…`
/// (a table padded to a 65,536-character id is no table, and the formatter
/// refuses widths that large).
fn summary_cell(text: &str) -> String {
    match text.char_indices().nth(SUMMARY_CELL_CHARS - 1) {
        Some((cut, _)) if text.chars().count() > SUMMARY_CELL_CHARS => {
            format!("{}…", &text[..cut])
        }
        _ => text.to_string(),
    }
}
