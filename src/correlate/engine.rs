//! Computing reach: per agent, the union of its grants' matched ranges minus
//! denies, as disjoint segments of the depth-first object order.

use super::index::{Acc, LabelIndex, MatchSet};
use super::inventory::{Effect, GrantDef, Inventory, READ};
use super::labels::{LabelRecord, UriMapper};
use super::report::{self, Finding, Totals};
use super::Error;
use chrono::NaiveDate;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// Options of an exposure computation.
#[derive(Debug, Clone)]
pub struct ExposureOptions {
    /// Grants and agents are judged as of this date.
    pub as_of: NaiveDate,
    /// Scanned roots to URIs.
    pub mapper: UriMapper,
    /// Grant paths listed per reach entry (0 = all); default [`DEFAULT_MAX_PATHS`].
    pub max_paths: usize,
}

/// Default of `--max-paths`.
pub const DEFAULT_MAX_PATHS: usize = 16;

impl ExposureOptions {
    pub fn new(as_of: NaiveDate, mapper: UriMapper) -> ExposureOptions {
        ExposureOptions {
            as_of,
            mapper,
            max_paths: DEFAULT_MAX_PATHS,
        }
    }

    /// Sets the cap on grant paths per reach entry (0 = all).
    pub fn with_max_paths(mut self, n: usize) -> ExposureOptions {
        self.max_paths = n;
        self
    }
}

/// A run of objects with the same effective actions and allowing grants.
#[derive(Debug, Clone)]
pub(crate) struct Segment {
    pub lo: u32,
    pub hi: u32,
    pub actions: u8,
    /// Actions given unconditionally (see [`Judgement::unc`]).
    pub unc: u8,
    /// Actions an allow names that a deny or ceiling removes.
    pub removed: u8,
    /// Virtual grant ids (into `Reach::vt`) of the allows.
    pub via: Arc<[u32]>,
    /// Denies, conditional ceilings and limit groups (see [`Judgement::aux`]).
    pub aux: Arc<[u32]>,
}

#[derive(Debug, Clone)]
pub(crate) struct ColEntry {
    pub obj: u32,
    pub col: u32,
    pub actions: u8,
    pub unc: u8,
    pub removed: u8,
    pub via: Vec<u32>,
    pub aux: Vec<u32>,
}

/// What one agent reaches, compactly.
#[derive(Debug, Clone, Default)]
pub(crate) struct Reach {
    pub segments: Vec<Segment>,
    pub cols: Vec<ColEntry>,
    /// Whole-object judgements changed by column-level denies.
    pub overrides: HashMap<u32, Segment>,
    /// Runs of objects some allow names but where denies or ceilings leave nothing.
    pub denied_segs: Vec<Segment>,
    /// Columns a column grant names but where denies leave nothing.
    pub denied_cols: Vec<ColEntry>,
    /// Virtual grants: (grant index, session index).
    pub vt: Vec<(u32, u16)>,
    /// The agent's sessions (its own first, then assumed principals).
    pub sessions: Vec<Session>,
    /// Regulated objects reachable per action bit index (see `ACTION_NAMES`).
    pub reg_by_action: [u64; 8],
    /// Category bits the agent can read.
    pub read_cats: u8,
}

impl Reach {
    pub(crate) fn whole_actions_at(&self, o: u32) -> u8 {
        if let Some(a) = self.overrides.get(&o) {
            return a.actions;
        }
        let i = self.segments.partition_point(|s| s.hi <= o);
        match self.segments.get(i) {
            Some(s) if s.lo <= o => s.actions,
            _ => 0,
        }
    }
}

/// Delegation information of one agent.
#[derive(Debug, Clone, Default)]
pub struct Delegation {
    pub parent: Option<String>,
    /// From the root of the tree down to this agent (at most
    /// [`MAX_DELEGATION_LISTED`] names: the root, then the agents nearest).
    pub chain: Vec<String>,
    /// Agents of `chain` left out (past [`MAX_DELEGATION_LISTED`]).
    pub chain_omitted: u64,
    /// Every agent below this one, down to [`MAX_DELEGATION_LISTED`] levels.
    pub subagents: Vec<String>,
    /// Agents below those levels, not listed.
    pub subagents_omitted: u64,
    /// What this agent and all its sub-agents reach together.
    pub subtree_totals: Totals,
}

/// What the inventory declares about an agent, carried into `exposure.json`
/// so a report can show it without the inventory.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct AgentProfile {
    pub purpose: Option<String>,
    pub data_scope: Option<Vec<String>>,
    pub allowed_actions: Option<Vec<&'static str>>,
    /// `YYYY-MM-DD` (chrono is built without serde).
    pub created: Option<String>,
    pub expires: Option<String>,
    pub roles: Vec<String>,
}

impl AgentProfile {
    fn of(a: &super::inventory::Agent) -> AgentProfile {
        AgentProfile {
            purpose: a.purpose.clone(),
            data_scope: a.data_scope.clone(),
            allowed_actions: a.allowed_bits().map(super::inventory::action_names),
            created: a.created.map(|d| d.to_string()),
            expires: a.expires.map(|d| d.to_string()),
            roles: a.roles.clone(),
        }
    }
}

/// One agent of the report.
#[derive(Debug, Clone)]
pub struct AgentReport {
    pub id: String,
    pub owner: Option<String>,
    pub profile: AgentProfile,
    pub totals: Totals,
    pub delegation: Delegation,
    /// Agents and roles this agent can assume, directly or transitively.
    pub can_assume: Vec<String>,
    pub(crate) reach: Reach,
}

/// The result of [`Exposure::compute`].
#[derive(Debug)]
pub struct ExposureReport {
    pub as_of: NaiveDate,
    pub agents: Vec<AgentReport>,
    pub findings: Vec<Finding>,
    /// Non-fatal errors (unknown principals), each naming the grant.
    pub errors: Vec<String>,
    /// Notes (IAM conditions not evaluated, ...).
    pub notes: Vec<String>,
    /// Each scanned root and the URI it was mapped to (set by [`Exposure::compute`]).
    pub roots: Vec<(String, String)>,
    /// The access audit, when access logs were given (see [`ExposureReport::add_access`]).
    pub access: Option<super::access::AccessResult>,
    pub(crate) index: LabelIndex,
    pub(crate) grants: Vec<GrantDef>,
    pub(crate) roles: std::collections::HashSet<String>,
    /// Limit group names (ceilings), by the ids [`Judgement::aux`] uses.
    pub(crate) limit_groups: Vec<String>,
    /// Assume-role edges, for paths' chains.
    pub(crate) assumes: Vec<super::connectors::AssumeEdge>,
    /// Cap on the paths listed per reach entry (0 = all).
    pub max_paths: usize,
}

/// The correlator entry point.
pub struct Exposure;

struct Iv {
    lo: u32,
    hi: u32,
    item: Item,
}

struct Elem {
    lo: u32,
    hi: u32,
    j: Judgement,
}

/// Sweeps the intervals into runs of equal judgement; also returns the
/// items active at each object of `at` (sorted), for column judgements.
fn sweep(
    ivs: &mut [Iv],
    rules: &[SessionRule],
    at: &[u32],
) -> (Vec<Elem>, HashMap<u32, Vec<Item>>) {
    let mut pts: Vec<u32> = ivs.iter().flat_map(|i| [i.lo, i.hi]).collect();
    pts.extend(at.iter().flat_map(|&o| [o, o + 1]));
    pts.sort_unstable();
    pts.dedup();
    ivs.sort_unstable_by_key(|i| i.lo);
    let mut next = 0;
    let mut next_at = 0;
    let mut active: Vec<usize> = Vec::new();
    let mut out: Vec<Elem> = Vec::new();
    let mut active_at: HashMap<u32, Vec<Item>> = HashMap::new();
    let mut buf: Vec<Item> = Vec::new();
    for w in pts.windows(2) {
        let (a, b) = (w[0], w[1]);
        active.retain(|&k| ivs[k].hi > a);
        while next < ivs.len() && ivs[next].lo <= a {
            if ivs[next].hi > a {
                active.push(next);
            }
            next += 1;
        }
        buf.clear();
        buf.extend(active.iter().map(|&k| ivs[k].item));
        while next_at < at.len() && at[next_at] < b {
            if at[next_at] >= a {
                active_at.insert(at[next_at], buf.clone());
            }
            next_at += 1;
        }
        if active.is_empty() {
            continue;
        }
        let j = judge(&buf, rules);
        if j.allow == 0 {
            continue;
        }
        match out.last_mut() {
            Some(l) if l.hi == a && l.j == j => l.hi = b,
            _ => out.push(Elem { lo: a, hi: b, j }),
        }
    }
    (out, active_at)
}

/// How an item takes part in a judgement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Allow,
    /// An allow whose condition was not evaluated.
    AllowCond,
    Deny,
    /// A deny whose condition was not evaluated: "may deny".
    DenyCond,
    /// A ceiling (permission boundary, SCP) of limit group `group`.
    Ceiling {
        group: u16,
        cond: bool,
    },
}

impl Kind {
    pub(crate) fn of(g: &GrantDef, group: impl Fn(&str) -> u16) -> Kind {
        let cond = g.condition.is_some() || !g.condition_keys.is_empty();
        match (&g.limit, g.effect, cond) {
            (Some(l), Effect::Allow, _) => Kind::Ceiling {
                group: group(l),
                cond,
            },
            (_, Effect::Allow, false) => Kind::Allow,
            (_, Effect::Allow, true) => Kind::AllowCond,
            (_, Effect::Deny, false) => Kind::Deny,
            (_, Effect::Deny, true) => Kind::DenyCond,
        }
    }
}

/// One grant (through one session) applying to an object or column.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Item {
    /// Caller's id of the item (a virtual grant id, an explain line).
    pub v: u32,
    pub session: u16,
    pub kind: Kind,
    pub bits: u8,
}

/// Tag of a limit group id in [`Judgement::aux`].
pub(crate) const LIMIT_TAG: u32 = 1 << 31;

/// What a set of items gives on one object or column.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Judgement {
    /// Actions allowed (unconditionally or not).
    pub eff: u8,
    /// Of those, the ones some unconditional path gives with no conditional
    /// deny or conditional ceiling on the way.
    pub unc: u8,
    /// Actions some allow path names, before denies and ceilings.
    pub allow: u8,
    /// Actions an allow path names that an unconditional deny or a ceiling removes.
    pub removed: u8,
    /// Allow items giving `eff` (or, when `eff` is 0, every allow item).
    pub via: Vec<u32>,
    /// Deny items touching allowed actions, conditional ceilings, and
    /// `LIMIT_TAG | group` for each limit group that removed an action.
    pub aux: Vec<u32>,
}

/// Per session: its ceiling groups (each must allow) and whether the
/// session itself was reached through a conditional assume-role edge.
#[derive(Debug, Clone, Default)]
pub(crate) struct SessionRule {
    pub groups: Vec<u16>,
    pub cond: bool,
}

/// Judges items: per session, allows minus unconditional denies,
/// intersected with each ceiling group's union; sessions are unioned.
pub(crate) fn judge(items: &[Item], rules: &[SessionRule]) -> Judgement {
    let mut j = Judgement::default();
    let mut sessions: Vec<u16> = items.iter().map(|i| i.session).collect();
    sessions.sort_unstable();
    sessions.dedup();
    // (session, allow, eff)
    let mut per: Vec<(u16, u8, u8)> = Vec::with_capacity(sessions.len());
    let mut removed = 0u8;
    for &s in &sessions {
        let (mut au, mut ac, mut du, mut dc) = (0u8, 0u8, 0u8, 0u8);
        let mut groups: Vec<(u16, u8, u8)> = Vec::new();
        for it in items.iter().filter(|i| i.session == s) {
            match it.kind {
                Kind::Allow => au |= it.bits,
                Kind::AllowCond => ac |= it.bits,
                Kind::Deny => du |= it.bits,
                Kind::DenyCond => dc |= it.bits,
                Kind::Ceiling { group, cond } => {
                    let e = match groups.iter_mut().find(|g| g.0 == group) {
                        Some(e) => e,
                        None => {
                            groups.push((group, 0, 0));
                            groups.last_mut().expect("just pushed")
                        }
                    };
                    if cond {
                        e.2 |= it.bits;
                    } else {
                        e.1 |= it.bits;
                    }
                }
            }
        }
        let allow = au | ac;
        if allow == 0 {
            continue;
        }
        let rule = rules.get(s as usize);
        let (mut m, mut mu) = (0xFFu8, 0xFFu8);
        for &g in rule.map_or(&[][..], |r| &r.groups[..]) {
            let (cu, cc) = groups
                .iter()
                .find(|x| x.0 == g)
                .map_or((0, 0), |x| (x.1, x.2));
            m &= cu | cc;
            mu &= cu;
            if allow & !du & !(cu | cc) != 0 {
                j.aux.push(LIMIT_TAG | g as u32);
            }
        }
        let eff = allow & !du & m;
        let unc = if rule.is_some_and(|r| r.cond) {
            0
        } else {
            au & !du & !dc & mu
        };
        j.eff |= eff;
        j.unc |= unc;
        j.allow |= allow;
        removed |= allow & !eff;
        per.push((s, allow, eff));
    }
    j.removed = removed & !j.eff;
    for it in items {
        let Some(&(_, allow, eff)) = per.iter().find(|p| p.0 == it.session) else {
            continue;
        };
        match it.kind {
            Kind::Allow | Kind::AllowCond => {
                let keep = if j.eff != 0 { it.bits & eff != 0 } else { true };
                if keep {
                    j.via.push(it.v);
                }
            }
            Kind::Deny | Kind::DenyCond => {
                if it.bits & allow != 0 {
                    j.aux.push(it.v);
                }
            }
            Kind::Ceiling { cond: true, .. } => {
                if it.bits & eff != 0 {
                    j.aux.push(it.v);
                }
            }
            Kind::Ceiling { .. } => {}
        }
    }
    j.via.sort_unstable();
    j.via.dedup();
    j.aux.sort_unstable();
    j.aux.dedup();
    j
}

/// A set of principals judged together: the agent with its roles, or a role
/// or agent it can assume (transitively), with the hops that lead there.
#[derive(Debug, Clone, Default)]
pub(crate) struct Session {
    /// The agent itself, or the assumed agent or role.
    pub root: String,
    /// Principals whose grants apply, each with the chain of roles from the
    /// session root to it (empty for the root itself).
    pub principals: Vec<(String, Vec<String>)>,
    /// Indices into `Inventory::assumes`, from the agent outwards.
    pub hops: Vec<usize>,
    /// Condition keys of those hops, sorted.
    pub keys: Vec<String>,
}

/// Assume-role edges by their `from` principal.
pub(crate) fn edges_by_from(inv: &Inventory) -> HashMap<&str, Vec<usize>> {
    let mut m: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, e) in inv.assumes.iter().enumerate() {
        m.entry(e.from.as_str()).or_default().push(i);
    }
    m
}

fn session_principals(inv: &Inventory, root: &str) -> Vec<(String, Vec<String>)> {
    agent_principals(root, inv.agent(root))
}

/// [`session_principals`] of `root`, which is agent `agent` (`None`: a role).
/// An agent's own session is built from the agent it has: looking it up by
/// id scans every agent, O(n²) over an inventory.
fn agent_principals(
    root: &str,
    agent: Option<&super::inventory::Agent>,
) -> Vec<(String, Vec<String>)> {
    let mut v = vec![(root.to_string(), Vec::new())];
    if let Some(a) = agent {
        for r in &a.roles {
            let chain = a
                .role_chains
                .get(r)
                .cloned()
                .unwrap_or_else(|| vec![r.clone()]);
            v.push((r.clone(), chain));
        }
    }
    v
}

/// The sessions of `agent`: its own first, then every principal it can
/// assume, breadth first (cycles are visited once).
pub(crate) fn sessions_of(
    inv: &Inventory,
    agent: &super::inventory::Agent,
    edges: &HashMap<&str, Vec<usize>>,
) -> Vec<Session> {
    let own = Session {
        root: agent.id.clone(),
        principals: agent_principals(&agent.id, Some(agent)),
        ..Default::default()
    };
    let mut seen: BTreeSet<String> = own.principals.iter().map(|p| p.0.clone()).collect();
    let mut out = vec![own];
    let mut k = 0;
    while k < out.len() {
        let mut next = Vec::new();
        for (p, _) in &out[k].principals {
            for &e in edges.get(p.as_str()).into_iter().flatten() {
                let edge = &inv.assumes[e];
                if !seen.insert(edge.to.clone()) {
                    continue;
                }
                let mut hops = out[k].hops.clone();
                hops.push(e);
                let mut keys = out[k].keys.clone();
                keys.extend(edge.condition_keys.iter().cloned());
                keys.sort();
                keys.dedup();
                let principals = session_principals(inv, &edge.to);
                for (q, _) in &principals {
                    seen.insert(q.clone());
                }
                next.push(Session {
                    root: edge.to.clone(),
                    principals,
                    hops,
                    keys,
                });
            }
        }
        out.extend(next);
        k += 1;
    }
    out
}

/// Limit group ids by name, in order of first use.
pub(crate) fn limit_groups(inv: &Inventory) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    for g in &inv.grants {
        if let Some(l) = &g.limit {
            if !v.contains(l) {
                v.push(l.clone());
            }
        }
    }
    v
}

/// Hop `e` as a chain element: `assume:TO`.
pub(crate) fn hop_name(inv: &Inventory, e: usize) -> String {
    format!("assume:{}", inv.assumes[e].to)
}

impl Exposure {
    /// Joins labels with the inventory (and any IAM grants added to it).
    pub fn compute(
        labels: &[LabelRecord],
        inv: &Inventory,
        opts: &ExposureOptions,
    ) -> Result<ExposureReport, Error> {
        let index = LabelIndex::build(labels, &opts.mapper);
        let mut report = Exposure::compute_indexed(index, inv, opts)?;
        let roots: BTreeSet<&str> = labels.iter().map(|l| l.root.as_str()).collect();
        report.roots = roots
            .into_iter()
            .map(|r| (r.to_string(), opts.mapper.to_uri(r, "")))
            .collect();
        Ok(report)
    }

    /// Like [`Exposure::compute`] with a prebuilt index.
    pub fn compute_indexed(
        index: LabelIndex,
        inv: &Inventory,
        opts: &ExposureOptions,
    ) -> Result<ExposureReport, Error> {
        let as_of = opts.as_of;
        let agent_ix: HashMap<&str, usize> = inv
            .agents
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.as_str(), i))
            .collect();
        // Delegation structure; cycles and unknown parents are errors.
        let parents: Vec<Option<usize>> = inv
            .agents
            .iter()
            .map(|a| match &a.delegated_from {
                None => Ok(None),
                Some(p) => {
                    agent_ix
                        .get(p.as_str())
                        .copied()
                        .map(Some)
                        .ok_or_else(|| Error::Agent {
                            agent: a.id.clone(),
                            message: format!("delegated_from names unknown agent '{p}'"),
                        })
                }
            })
            .collect::<Result<_, _>>()
            .map_err(|e| located_in_inventory(inv, e))?;
        check_cycles(inv, &parents)?;

        // Match every pattern once (cached by text), then every live grant.
        let mut pat_cache: HashMap<&str, Arc<MatchSet>> = HashMap::new();
        let mut grant_pat_sets: Vec<Vec<Arc<MatchSet>>> = Vec::with_capacity(inv.grants.len());
        let mut grant_sets: Vec<Arc<MatchSet>> = Vec::with_capacity(inv.grants.len());
        for g in &inv.grants {
            if g.is_expired(as_of) {
                grant_pat_sets.push(Vec::new());
                grant_sets.push(Arc::new(MatchSet::default()));
                continue;
            }
            let sets: Vec<Arc<MatchSet>> = g
                .patterns
                .iter()
                .map(|p| {
                    pat_cache
                        .entry(p.raw.as_str())
                        .or_insert_with(|| Arc::new(index.match_pattern(p)))
                        .clone()
                })
                .collect();
            let set = if sets.len() == 1 {
                sets[0].clone()
            } else {
                let mut m = MatchSet::default();
                for s in &sets {
                    m.extend(s);
                }
                m.normalize();
                Arc::new(m)
            };
            grant_pat_sets.push(sets);
            grant_sets.push(set);
        }
        drop(pat_cache);

        let mut by_principal: HashMap<&str, Vec<u32>> = HashMap::new();
        for (i, g) in inv.grants.iter().enumerate() {
            by_principal
                .entry(g.principal.as_str())
                .or_default()
                .push(i as u32);
        }

        // Per-agent reach: every session (the agent with its roles, then each
        // principal it can assume), ceilings of each session's principals
        // and of `*` (SCPs).
        let groups = limit_groups(inv);
        let group_of = |l: &str| groups.iter().position(|g| g == l).unwrap_or(0) as u16;
        let edges = edges_by_from(inv);
        let mut reaches: Vec<Reach> = Vec::with_capacity(inv.agents.len());
        let mut totals_acc: Vec<Acc> = Vec::with_capacity(inv.agents.len());
        let star: Vec<u32> = by_principal
            .get("*")
            .into_iter()
            .flatten()
            .copied()
            .filter(|&g| inv.grants[g as usize].limit.is_some())
            .collect();
        for a in &inv.agents {
            let sessions = sessions_of(inv, a, &edges);
            let mut vt: Vec<(u32, u16)> = Vec::new();
            let mut rules: Vec<SessionRule> = Vec::with_capacity(sessions.len());
            for (si, s) in sessions.iter().enumerate() {
                let mut gids: Vec<u32> = star.clone();
                for (p, _) in &s.principals {
                    if let Some(v) = by_principal.get(p.as_str()) {
                        gids.extend_from_slice(v);
                    }
                }
                gids.sort_unstable();
                gids.dedup();
                gids.retain(|&g| !inv.grants[g as usize].is_expired(as_of));
                let mut rule = SessionRule {
                    groups: Vec::new(),
                    cond: !s.keys.is_empty(),
                };
                for &g in &gids {
                    if let Some(l) = &inv.grants[g as usize].limit {
                        rule.groups.push(group_of(l));
                    }
                    vt.push((g, si as u16));
                }
                rule.groups.sort_unstable();
                rule.groups.dedup();
                rules.push(rule);
            }
            let (mut reach, acc) =
                agent_reach(&index, &inv.grants, &grant_sets, &vt, &rules, &group_of);
            reach.vt = vt;
            reach.sessions = sessions;
            reaches.push(reach);
            totals_acc.push(acc);
        }

        // Delegation trees: every agent's chain, sub-agents and the totals
        // of its subtree, in time and memory linear in the agents (a chain
        // n deep would otherwise list and merge O(n²)).
        let tree = DelegationTrees::new(&parents);
        let whole_ranges: Vec<Vec<(u32, u32)>> = reaches.iter().map(whole_ranges_of).collect();
        let mut subtree_totals = tree.subtree_totals(&index, &whole_ranges, &reaches, &totals_acc);
        drop(whole_ranges);
        let mut listed = tree.listed_subagents(inv);
        let mut agents = Vec::with_capacity(inv.agents.len());
        for (i, a) in inv.agents.iter().enumerate() {
            let (chain, chain_omitted) = tree.chain(inv, i);
            let subagents = std::mem::take(&mut listed[i]);
            let subagents_omitted = (tree.size[i] - 1 - subagents.len()) as u64;
            agents.push(AgentReport {
                id: a.id.clone(),
                owner: a.owner.clone(),
                profile: AgentProfile::of(a),
                totals: Totals::from_acc(&totals_acc[i], &index),
                delegation: Delegation {
                    parent: a.delegated_from.clone(),
                    chain,
                    chain_omitted,
                    subagents,
                    subagents_omitted,
                    subtree_totals: std::mem::take(&mut subtree_totals[i]),
                },
                can_assume: reaches[i].sessions[1..]
                    .iter()
                    .map(|s| s.root.clone())
                    .collect(),
                reach: std::mem::take(&mut reaches[i]),
            });
        }

        let mut report = ExposureReport {
            as_of,
            agents,
            findings: Vec::new(),
            errors: Vec::new(),
            notes: Vec::new(),
            roots: Vec::new(),
            access: None,
            index,
            grants: inv.grants.clone(),
            roles: inv.roles.iter().cloned().collect(),
            limit_groups: Vec::new(),
            assumes: inv.assumes.clone(),
            max_paths: opts.max_paths,
        };
        let ctx = report::FindingCtx {
            inv,
            parents: &parents,
            grant_pat_sets: &grant_pat_sets,
            by_principal: &by_principal,
        };
        let (findings, errors) = report::governance(&report, &ctx);
        report.findings = findings;
        report.errors = errors;
        for g in &inv.grants {
            if let Some(c) = &g.condition {
                report.notes.push(match (g.effect, &g.limit) {
                    (_, Some(l)) => format!(
                        "ceiling '{}' ({l}): condition {c} was not evaluated; what it allows is reported as conditional",
                        g.id
                    ),
                    (Effect::Allow, None) => format!(
                        "grant '{}': condition {c} was not evaluated; treated as possibly allowing (outcome conditional)",
                        g.id
                    ),
                    (Effect::Deny, None) => format!(
                        "grant '{}': deny condition {c} was not evaluated; it may deny (outcome conditional, listed in may_deny)",
                        g.id
                    ),
                });
            }
        }
        report.limit_groups = groups;
        Ok(report)
    }
}

/// Whole-object ranges of a reach, without objects whose whole-object actions
/// were removed by column denies.
fn whole_ranges_of(r: &Reach) -> Vec<(u32, u32)> {
    let mut zero: Vec<u32> = r
        .overrides
        .iter()
        .filter(|(_, a)| a.actions == 0)
        .map(|(o, _)| *o)
        .collect();
    zero.sort_unstable();
    let mut out = Vec::new();
    for s in &r.segments {
        let mut lo = s.lo;
        let k = zero.partition_point(|&z| z < s.lo);
        for &z in zero[k..].iter().take_while(|&&z| z < s.hi) {
            if lo < z {
                out.push((lo, z));
            }
            lo = z + 1;
        }
        if lo < s.hi {
            out.push((lo, s.hi));
        }
    }
    out
}

/// Most agents a delegation `chain` lists, and most levels below an agent
/// its `subagents` list: a chain of delegations n deep would otherwise list
/// O(n²) names (every agent its whole chain and every agent below it). A
/// longer chain keeps its root and the agents nearest the agent; the rest
/// are counted in `chain_omitted` and `subagents_omitted`.
pub const MAX_DELEGATION_LISTED: usize = 32;

/// The delegation forest (`delegated_from` links, known to be acyclic).
struct DelegationTrees {
    parents: Vec<Option<usize>>,
    children: Vec<Vec<usize>>,
    /// Every agent, parents before their children.
    order: Vec<usize>,
    /// Agents in the subtree of each agent, itself included.
    size: Vec<usize>,
    /// The root of each agent's tree and its depth below it.
    root: Vec<usize>,
    depth: Vec<usize>,
}

impl DelegationTrees {
    fn new(parents: &[Option<usize>]) -> DelegationTrees {
        let n = parents.len();
        let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (i, p) in parents.iter().enumerate() {
            if let Some(p) = p {
                children[*p].push(i);
            }
        }
        let mut order: Vec<usize> = (0..n).filter(|&i| parents[i].is_none()).collect();
        let mut root: Vec<usize> = (0..n).collect();
        let mut depth = vec![0usize; n];
        let mut k = 0;
        while k < order.len() {
            let i = order[k];
            for &c in &children[i] {
                root[c] = root[i];
                depth[c] = depth[i] + 1;
                order.push(c);
            }
            k += 1;
        }
        let mut size = vec![1usize; n];
        for &i in order.iter().rev() {
            if let Some(p) = parents[i] {
                size[p] += size[i];
            }
        }
        DelegationTrees {
            parents: parents.to_vec(),
            children,
            order,
            size,
            root,
            depth,
        }
    }

    /// From the root down to agent `i`, at most [`MAX_DELEGATION_LISTED`]
    /// names (the root, then the agents nearest `i`), and how many were
    /// left out between them.
    fn chain(&self, inv: &Inventory, i: usize) -> (Vec<String>, u64) {
        let len = self.depth[i] + 1;
        let near = if len <= MAX_DELEGATION_LISTED {
            len
        } else {
            MAX_DELEGATION_LISTED - 1
        };
        let mut chain = Vec::with_capacity(near + 1);
        let mut p = Some(i);
        for _ in 0..near {
            let Some(pi) = p else { break };
            chain.push(inv.agents[pi].id.clone());
            p = self.parents[pi];
        }
        if near < len {
            chain.push(inv.agents[self.root[i]].id.clone());
        }
        chain.reverse();
        let omitted = (len - chain.len()) as u64;
        (chain, omitted)
    }

    /// Per agent, the agents at most [`MAX_DELEGATION_LISTED`] levels below
    /// it, sorted by id.
    fn listed_subagents(&self, inv: &Inventory) -> Vec<Vec<String>> {
        let mut below: Vec<Vec<usize>> = vec![Vec::new(); self.parents.len()];
        for d in 0..self.parents.len() {
            let mut p = self.parents[d];
            for _ in 0..MAX_DELEGATION_LISTED {
                let Some(pi) = p else { break };
                below[pi].push(d);
                p = self.parents[pi];
            }
        }
        below
            .into_iter()
            .map(|mut v| {
                v.sort_unstable_by(|&a, &b| inv.agents[a].id.cmp(&inv.agents[b].id));
                v.into_iter().map(|d| inv.agents[d].id.clone()).collect()
            })
            .collect()
    }

    /// What each agent and all its sub-agents reach together. An agent
    /// without sub-agents has its own totals. Subtrees are merged into the
    /// largest child's, so each range and column moves O(log n) times.
    fn subtree_totals(
        &self,
        index: &LabelIndex,
        whole_ranges: &[Vec<(u32, u32)>],
        reaches: &[Reach],
        totals_acc: &[Acc],
    ) -> Vec<Totals> {
        let n = self.parents.len();
        let mut out: Vec<Totals> = vec![Totals::default(); n];
        let mut pending: Vec<Option<SubtreeReach>> = (0..n).map(|_| None).collect();
        for &i in self.order.iter().rev() {
            let mut kids: Vec<SubtreeReach> = self.children[i]
                .iter()
                .filter_map(|&c| pending[c].take())
                .collect();
            let big = (0..kids.len()).max_by_key(|&k| (kids[k].len(), std::cmp::Reverse(k)));
            let mut s = match big {
                Some(k) => kids.swap_remove(k),
                None => SubtreeReach::new(index),
            };
            for k in kids {
                s.absorb(k, index);
            }
            for &(lo, hi) in &whole_ranges[i] {
                s.add_range(lo, hi, index);
            }
            for c in &reaches[i].cols {
                s.add_col(c.obj, c.col, index);
            }
            s.acc.columns += reaches[i].cols.len() as u64;
            out[i] = if self.children[i].is_empty() {
                Totals::from_acc(&totals_acc[i], index)
            } else {
                Totals::from_acc(&s.acc, index)
            };
            if self.parents[i].is_some() {
                pending[i] = Some(s);
            }
        }
        out
    }
}

/// Objects reached only through some of their columns, with what those
/// columns hold together.
struct PartialObj {
    cols: BTreeSet<u32>,
    cats: u8,
    regulated: bool,
}

/// What a delegation subtree reaches together: the union of its members'
/// whole-object ranges, the columns they reach of objects outside those
/// ranges, and the totals of both, kept up to date as members are added.
struct SubtreeReach {
    /// Disjoint whole-object ranges, `lo -> hi`.
    ranges: std::collections::BTreeMap<u32, u32>,
    partial: std::collections::BTreeMap<u32, PartialObj>,
    /// Partial columns held.
    cols: usize,
    acc: Acc,
}

impl SubtreeReach {
    fn new(index: &LabelIndex) -> SubtreeReach {
        SubtreeReach {
            ranges: Default::default(),
            partial: Default::default(),
            cols: 0,
            acc: index.new_acc(),
        }
    }

    fn len(&self) -> usize {
        self.ranges.len() + self.cols
    }

    /// Adds the objects `[lo, hi)`: counted once however many members reach
    /// them, and replacing any column-only reach to them.
    fn add_range(&mut self, lo: u32, hi: u32, index: &LabelIndex) {
        if lo >= hi {
            return;
        }
        let touching: Vec<(u32, u32)> = {
            let mut v: Vec<(u32, u32)> = self
                .ranges
                .range(..=hi)
                .rev()
                .take_while(|(_, &e)| e >= lo)
                .map(|(&s, &e)| (s, e))
                .collect();
            v.reverse();
            v
        };
        let mut pos = lo;
        for &(s, e) in &touching {
            if s > pos {
                self.add_new(pos, s.min(hi), index);
            }
            pos = pos.max(e);
        }
        if pos < hi {
            self.add_new(pos, hi, index);
        }
        let (mut new_lo, mut new_hi) = (lo, hi);
        for &(s, e) in &touching {
            self.ranges.remove(&s);
            new_lo = new_lo.min(s);
            new_hi = new_hi.max(e);
        }
        self.ranges.insert(new_lo, new_hi);
    }

    /// Counts `[lo, hi)`, reached by no range yet.
    fn add_new(&mut self, lo: u32, hi: u32, index: &LabelIndex) {
        index.add_range(lo, hi, &mut self.acc);
        let now_whole: Vec<u32> = self.partial.range(lo..hi).map(|(&o, _)| o).collect();
        for o in now_whole {
            let p = self.partial.remove(&o).expect("listed");
            self.cols -= p.cols.len();
            let obj = &index.objs[o as usize];
            self.acc.objects -= 1;
            self.acc.regulated -= p.regulated as u64;
            for k in 0..3 {
                self.acc.cat_objects[k] -= ((p.cats >> k) & 1) as u64;
            }
            for &c in &p.cols {
                for &(t, n) in &obj.columns[c as usize].types {
                    self.acc.types[t as usize] -= n;
                }
            }
        }
    }

    /// Adds column `col` of object `obj` (nothing when the object is
    /// reached whole). `acc.columns` is counted by the caller.
    fn add_col(&mut self, obj: u32, col: u32, index: &LabelIndex) {
        if self
            .ranges
            .range(..=obj)
            .next_back()
            .is_some_and(|(_, &e)| e > obj)
        {
            return;
        }
        let p = self.partial.entry(obj).or_insert_with(|| {
            self.acc.objects += 1;
            PartialObj {
                cols: BTreeSet::new(),
                cats: 0,
                regulated: false,
            }
        });
        if !p.cols.insert(col) {
            return;
        }
        self.cols += 1;
        let c = &index.objs[obj as usize].columns[col as usize];
        for &(t, n) in &c.types {
            self.acc.types[t as usize] += n;
        }
        for k in 0..3 {
            if (c.cats >> k) & 1 == 1 && (p.cats >> k) & 1 == 0 {
                self.acc.cat_objects[k] += 1;
            }
        }
        p.cats |= c.cats;
        if !p.regulated && !c.types.is_empty() {
            p.regulated = true;
            self.acc.regulated += 1;
        }
    }

    /// Adds everything `other` holds.
    fn absorb(&mut self, other: SubtreeReach, index: &LabelIndex) {
        self.acc.columns += other.acc.columns;
        for (lo, hi) in other.ranges {
            self.add_range(lo, hi, index);
        }
        for (o, p) in other.partial {
            for c in p.cols {
                self.add_col(o, c, index);
            }
        }
    }
}

fn check_cycles(inv: &Inventory, parents: &[Option<usize>]) -> Result<(), Error> {
    // 0 = unvisited, 1 = on current path, 2 = done
    let mut state = vec![0u8; parents.len()];
    for start in 0..parents.len() {
        let mut path: Vec<usize> = Vec::new();
        let mut cur = Some(start);
        while let Some(c) = cur {
            match state[c] {
                2 => break,
                1 => {
                    let pos = path.iter().position(|&x| x == c).unwrap_or(0);
                    let mut names: Vec<&str> = path[pos..]
                        .iter()
                        .map(|&x| inv.agents[x].id.as_str())
                        .collect();
                    names.push(inv.agents[c].id.as_str());
                    return Err(Error::DelegationCycle {
                        cycle: names.join(" -> delegated_from -> "),
                    });
                }
                _ => {
                    state[c] = 1;
                    path.push(c);
                    cur = parents[c];
                }
            }
        }
        for p in path {
            state[p] = 2;
        }
    }
    Ok(())
}

fn segment_of(
    lo: u32,
    hi: u32,
    j: &Judgement,
    cache: &mut HashMap<Vec<u32>, Arc<[u32]>>,
) -> Segment {
    let mut arc = |v: &Vec<u32>| {
        cache
            .entry(v.clone())
            .or_insert_with(|| v.clone().into())
            .clone()
    };
    Segment {
        lo,
        hi,
        actions: j.eff,
        unc: j.unc,
        removed: j.removed,
        via: arc(&j.via),
        aux: arc(&j.aux),
    }
}

fn col_entry(obj: u32, col: u32, j: Judgement) -> ColEntry {
    ColEntry {
        obj,
        col,
        actions: j.eff,
        unc: j.unc,
        removed: j.removed,
        via: j.via,
        aux: j.aux,
    }
}

/// The reach of one agent. `vt` are its virtual grants (grant, session):
/// every grant of every session's principals, each once per session.
fn agent_reach(
    index: &LabelIndex,
    grants: &[GrantDef],
    sets: &[Arc<MatchSet>],
    vt: &[(u32, u16)],
    rules: &[SessionRule],
    group_of: &dyn Fn(&str) -> u16,
) -> (Reach, Acc) {
    let mut ivs = Vec::new();
    let mut colmap: HashMap<(u32, u32), Vec<Item>> = HashMap::new();
    for (v, &(g, session)) in vt.iter().enumerate() {
        let gd = &grants[g as usize];
        let kind = Kind::of(gd, group_of);
        let set = &sets[g as usize];
        let item = Item {
            v: v as u32,
            session,
            kind,
            bits: gd.actions,
        };
        for &(lo, hi) in &set.ranges {
            ivs.push(Iv { lo, hi, item });
        }
        for &(o, c) in &set.cols {
            if matches!(kind, Kind::Ceiling { .. }) {
                // A ceiling naming columns lifts the ceiling on the object
                // (over-reporting rather than hiding reach).
                ivs.push(Iv {
                    lo: o,
                    hi: o + 1,
                    item,
                });
            } else {
                colmap.entry((o, c)).or_default().push(item);
            }
        }
    }
    let mut col_objs: Vec<u32> = colmap.keys().map(|k| k.0).collect();
    col_objs.sort_unstable();
    col_objs.dedup();
    let (elems, active_at) = sweep(&mut ivs, rules, &col_objs);
    let mut reach = Reach::default();
    let mut acc = index.new_acc();
    let mut cache: HashMap<Vec<u32>, Arc<[u32]>> = HashMap::new();
    for e in &elems {
        let eff = e.j.eff;
        if eff == 0 {
            if e.j.removed != 0 {
                reach
                    .denied_segs
                    .push(segment_of(e.lo, e.hi, &e.j, &mut cache));
            }
            continue;
        }
        reach
            .segments
            .push(segment_of(e.lo, e.hi, &e.j, &mut cache));
        index.add_range(e.lo, e.hi, &mut acc);
        let reg = index.regulated_in(e.lo, e.hi);
        for bit in 0..8 {
            if eff & (1 << bit) != 0 {
                reach.reg_by_action[bit] += reg;
            }
        }
        if eff & READ != 0 {
            for k in 0..3 {
                if index.cat_in(k, e.lo, e.hi) > 0 {
                    reach.read_cats |= 1 << k;
                }
            }
        }
    }
    let empty: Vec<Item> = Vec::new();
    for o in col_objs {
        let base = active_at.get(&o).unwrap_or(&empty);
        let k = elems.partition_point(|e| e.hi <= o);
        let base_j: Judgement = match elems.get(k) {
            Some(e) if e.lo <= o => e.j.clone(),
            _ => Judgement::default(),
        };
        let ncols = index.objs[o as usize].columns.len() as u32;
        // A column deny narrows the whole object.
        let mut items = base.clone();
        for c in 0..ncols {
            if let Some(v) = colmap.get(&(o, c)) {
                items.extend(
                    v.iter()
                        .filter(|i| matches!(i.kind, Kind::Deny | Kind::DenyCond)),
                );
            }
        }
        let whole_j = if items.len() == base.len() {
            base_j.clone()
        } else {
            judge(&items, rules)
        };
        let whole = base_j.eff;
        let whole_final = whole_j.eff;
        let obj = &index.objs[o as usize];
        if whole_j != base_j && whole != 0 {
            reach
                .overrides
                .insert(o, segment_of(o, o + 1, &whole_j, &mut cache));
            if whole_final == 0 {
                index.sub_obj(o, &mut acc);
            }
            for bit in 0..8u8 {
                if whole & !whole_final & (1 << bit) != 0 && obj.is_regulated() {
                    reach.reg_by_action[bit as usize] -= 1;
                }
            }
        }
        let mut reached_cols = Vec::new();
        for c in 0..ncols {
            let own = colmap.get(&(o, c));
            let cj = match own {
                None => {
                    if whole_final == whole {
                        continue;
                    }
                    base_j.clone()
                }
                Some(v) => {
                    let mut items = base.clone();
                    items.extend_from_slice(v);
                    judge(&items, rules)
                }
            };
            let eff = cj.eff;
            if eff & !whole_final == 0 {
                if eff == 0 && cj.removed != 0 && own.is_some() {
                    reach.denied_cols.push(col_entry(o, c, cj));
                }
                continue;
            }
            reach.cols.push(col_entry(o, c, cj));
            reached_cols.push(c);
            acc.columns += 1;
            let col = &obj.columns[c as usize];
            if !col.types.is_empty() {
                for bit in 0..8u8 {
                    if eff & !whole_final & (1 << bit) != 0 {
                        reach.reg_by_action[bit as usize] += 1;
                    }
                }
                if eff & READ != 0 {
                    reach.read_cats |= col.cats;
                }
            }
        }
        if whole_final == 0 && !reached_cols.is_empty() {
            index.add_partial(o, &reached_cols, &mut acc);
        }
    }
    (reach, acc)
}

/// `e` with the inventory file's line and column of the agent or grant it
/// names, when the inventory file defines it (agents a connector added are
/// in other files: the error stays as it was). Read again only on this
/// error path: the parsed inventory keeps no positions.
fn located_in_inventory(inv: &Inventory, e: Error) -> Error {
    match crate::output::read_input(&inv.path) {
        Ok(text) => e.located_in(&inv.path, &text),
        Err(_) => e,
    }
}

#[cfg(test)]
mod tests {
    use super::super::inventory::{Agent, WRITE};
    use super::*;

    fn it(v: u32, session: u16, kind: Kind, bits: u8) -> Item {
        Item {
            v,
            session,
            kind,
            bits,
        }
    }

    fn rules(n: usize) -> Vec<SessionRule> {
        vec![SessionRule::default(); n]
    }

    #[test]
    fn unconditional_allow_is_allowed_and_conditional_deny_makes_it_conditional() {
        let j = judge(&[it(0, 0, Kind::Allow, READ | WRITE)], &rules(1));
        assert_eq!((j.eff, j.unc, j.removed), (READ | WRITE, READ | WRITE, 0));
        let j = judge(
            &[
                it(0, 0, Kind::Allow, READ | WRITE),
                it(1, 0, Kind::DenyCond, WRITE),
            ],
            &rules(1),
        );
        assert_eq!(
            (j.eff, j.unc),
            (READ | WRITE, READ),
            "may deny keeps the action"
        );
        assert_eq!(j.aux, vec![1]);
        let j = judge(&[it(0, 0, Kind::AllowCond, READ)], &rules(1));
        assert_eq!((j.eff, j.unc), (READ, 0));
        // an unconditional path next to a conditional one: allowed
        let j = judge(
            &[it(0, 0, Kind::AllowCond, READ), it(1, 0, Kind::Allow, READ)],
            &rules(1),
        );
        assert_eq!((j.eff, j.unc, j.via.clone()), (READ, READ, vec![0, 1]));
    }

    #[test]
    fn unconditional_deny_removes_and_lists_the_denied_paths() {
        let j = judge(
            &[
                it(0, 0, Kind::Allow, READ | WRITE),
                it(1, 0, Kind::Deny, READ),
            ],
            &rules(1),
        );
        assert_eq!((j.eff, j.unc, j.removed), (WRITE, WRITE, READ));
        let j = judge(
            &[it(0, 0, Kind::Allow, READ), it(1, 0, Kind::Deny, READ)],
            &rules(1),
        );
        assert_eq!(
            (j.eff, j.removed, j.via, j.aux),
            (0, READ, vec![0], vec![1])
        );
        // deny alone is no reach and no denial
        let j = judge(&[it(1, 0, Kind::Deny, READ)], &rules(1));
        assert_eq!((j.eff, j.allow, j.removed), (0, 0, 0));
    }

    #[test]
    fn ceilings_intersect_per_group_and_are_no_allow_paths() {
        let r = vec![SessionRule {
            groups: vec![0, 1],
            cond: false,
        }];
        let c = |g, cond| Kind::Ceiling { group: g, cond };
        // group 0 allows read and write, group 1 only read: read survives
        let j = judge(
            &[
                it(0, 0, Kind::Allow, READ | WRITE),
                it(1, 0, c(0, false), READ | WRITE),
                it(2, 0, c(1, false), READ),
            ],
            &r,
        );
        assert_eq!((j.eff, j.unc, j.removed), (READ, READ, WRITE));
        assert_eq!(j.via, vec![0]);
        assert_eq!(j.aux, vec![LIMIT_TAG | 1]);
        // a group with no ceiling on the object removes everything
        let j = judge(
            &[it(0, 0, Kind::Allow, READ), it(1, 0, c(0, false), READ)],
            &r,
        );
        assert_eq!((j.eff, j.removed), (0, READ));
        // ceilings alone give nothing
        let j = judge(
            &[it(1, 0, c(0, false), READ), it(2, 0, c(1, false), READ)],
            &r,
        );
        assert_eq!(j.eff, 0);
        // a conditional ceiling makes the action conditional
        let j = judge(
            &[
                it(0, 0, Kind::Allow, READ),
                it(1, 0, c(0, true), READ),
                it(2, 0, c(1, false), READ),
            ],
            &r,
        );
        assert_eq!((j.eff, j.unc, j.aux.clone()), (READ, 0, vec![1]));
        // ceilings of a session do not limit another session
        let r2 = vec![r[0].clone(), SessionRule::default()];
        let j = judge(
            &[it(0, 0, Kind::Allow, WRITE), it(3, 1, Kind::Allow, WRITE)],
            &r2,
        );
        assert_eq!((j.eff, j.via), (WRITE, vec![3]));
    }

    #[test]
    fn conditional_session_makes_its_paths_conditional() {
        let r = vec![
            SessionRule::default(),
            SessionRule {
                groups: vec![],
                cond: true,
            },
        ];
        let j = judge(&[it(0, 1, Kind::Allow, READ)], &r);
        assert_eq!((j.eff, j.unc), (READ, 0));
        let j = judge(
            &[it(0, 1, Kind::Allow, READ), it(1, 0, Kind::Allow, READ)],
            &r,
        );
        assert_eq!((j.eff, j.unc), (READ, READ));
    }

    fn agent(id: &str, roles: &[&str]) -> Agent {
        let mut inv =
            Inventory::parse(&format!("agents:\n  - id: {id}\n"), false, "x".as_ref()).unwrap();
        let mut a = inv.agents.remove(0);
        a.roles = roles.iter().map(|r| r.to_string()).collect();
        a
    }

    #[test]
    fn sessions_follow_assume_edges_transitively_and_survive_cycles() {
        use super::super::connectors::AssumeEdge;
        let mut inv = Inventory {
            agents: vec![agent("a", &["r"]), agent("b", &[])],
            roles: vec!["r".into(), "x".into(), "y".into()],
            ..Default::default()
        };
        let e = |from: &str, to: &str, keys: &[&str]| AssumeEdge {
            from: from.into(),
            to: to.into(),
            condition_keys: keys.iter().map(|k| k.to_string()).collect(),
            provenance: Default::default(),
        };
        inv.assumes = vec![
            e("r", "x", &[]),
            e("x", "y", &["aws:MultiFactorAuthPresent"]),
            e("y", "x", &[]),
            e("y", "a", &[]),
            e("b", "a", &[]),
        ];
        let edges = edges_by_from(&inv);
        let s = sessions_of(&inv, &inv.agents[0], &edges);
        let roots: Vec<&str> = s.iter().map(|s| s.root.as_str()).collect();
        assert_eq!(roots, vec!["a", "x", "y"]);
        assert_eq!(s[2].hops, vec![0, 1]);
        assert_eq!(s[2].keys, vec!["aws:MultiFactorAuthPresent".to_string()]);
        assert!(s[1].keys.is_empty());
        let s = sessions_of(&inv, &inv.agents[1], &edges);
        let roots: Vec<&str> = s.iter().map(|s| s.root.as_str()).collect();
        // b assumes agent a, and so its role r, and on to x and y
        assert_eq!(roots, vec!["b", "a", "x", "y"]);
        assert_eq!(s[1].principals.len(), 2);
    }

    /// A small deterministic generator (xorshift) for the random trees below.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
    }

    /// Labels of a small lake: files, unregulated files and tables with
    /// columns, with several types and categories.
    fn lake_labels() -> Vec<LabelRecord> {
        let rec =
            |path: &str, column: Option<&str>, types: &[(&str, u64)], cats: &[&str]| LabelRecord {
                root: "r".into(),
                path: path.into(),
                column: column.map(String::from),
                types: types.iter().map(|(t, n)| (t.to_string(), *n)).collect(),
                categories: cats.iter().map(|c| c.to_string()).collect(),
                ..Default::default()
            };
        let mut v = Vec::new();
        for d in 0..4 {
            for f in 0..3 {
                let path = format!("d{d}/f{f}.txt");
                match (d + f) % 3 {
                    0 => v.push(rec(&path, None, &[("EMAIL_ADDRESS", 2)], &["PII"])),
                    1 => v.push(rec(&path, None, &[("US_NPI", 1)], &["PHI"])),
                    _ => v.push(rec(&path, None, &[], &[])),
                }
            }
            let t = format!("d{d}/t.csv");
            v.push(rec(
                &t,
                None,
                &[("US_SSN", 3), ("CREDIT_CARD", 1)],
                &["PII", "FINANCIAL"],
            ));
            v.push(rec(&t, Some("x"), &[("US_SSN", 3)], &["PII"]));
            v.push(rec(&t, Some("y"), &[("CREDIT_CARD", 1)], &["FINANCIAL"]));
            v.push(rec(&t, Some("z"), &[], &[]));
        }
        v
    }

    const PATTERNS: &[&str] = &[
        "s3://lake/**",
        "s3://lake/d0/**",
        "s3://lake/d1/**",
        "s3://lake/d2/*.txt",
        "s3://lake/d3/f1.txt",
        "s3://lake/d0/t.csv",
        "s3://lake/d1/t.csv#x",
        "s3://lake/d2/t.csv#y",
        "s3://lake/d3/t.csv#x",
        "s3://lake/d3/t.csv#z",
        "s3://lake/*/t.csv#y",
    ];

    /// A random delegation forest of `n` agents (`deep`: mostly chains)
    /// with random allows and denies, some on columns.
    fn random_inventory(rng: &mut Rng, n: usize, deep: bool) -> Inventory {
        let mut y = String::from("agents:\n");
        for k in 0..n {
            y.push_str(&format!("  - id: a{k:03}\n"));
            let parent = if k == 0 || rng.next(5) == 0 {
                None
            } else if deep {
                Some(k - 1)
            } else {
                Some(rng.next(k))
            };
            if let Some(p) = parent {
                y.push_str(&format!("    delegated_from: a{p:03}\n"));
            }
        }
        y.push_str("grants:\n");
        for k in 0..n {
            for _ in 0..rng.next(3) {
                let deny = rng.next(5) == 0;
                let actions = ["[read]", "[read, write]", "[write]"][rng.next(3)];
                y.push_str(&format!(
                    "  - {{principal: a{k:03}, effect: {}, actions: {actions}, resources: [\"{}\"]}}\n",
                    if deny { "deny" } else { "allow" },
                    PATTERNS[rng.next(PATTERNS.len())]
                ));
            }
        }
        Inventory::parse(&y, false, "random.yaml".as_ref()).unwrap()
    }

    /// What every agent and all its sub-agents reach together, computed
    /// the direct way (every subtree merged from scratch, O(n²) on a
    /// chain): the reference for [`DelegationTrees::subtree_totals`].
    fn direct_subtree_totals(rep: &ExposureReport, parents: &[Option<usize>]) -> Vec<Totals> {
        use super::super::index::merge_ranges;
        let index = &rep.index;
        let n = parents.len();
        let mut out = Vec::new();
        for i in 0..n {
            let members: Vec<usize> = (0..n)
                .filter(|&d| {
                    let mut p = Some(d);
                    while let Some(x) = p {
                        if x == i {
                            return true;
                        }
                        p = parents[x];
                    }
                    false
                })
                .collect();
            if members.len() == 1 {
                out.push(rep.agents[i].totals.clone());
                continue;
            }
            let mut rs = Vec::new();
            for &m in &members {
                rs.extend(whole_ranges_of(&rep.agents[m].reach));
            }
            let rs = merge_ranges(rs);
            let mut acc = index.new_acc();
            for &(lo, hi) in &rs {
                index.add_range(lo, hi, &mut acc);
            }
            let mut partial: std::collections::BTreeMap<u32, BTreeSet<u32>> = Default::default();
            for &m in &members {
                for c in &rep.agents[m].reach.cols {
                    if !rs.iter().any(|r| r.0 <= c.obj && c.obj < r.1) {
                        partial.entry(c.obj).or_default().insert(c.col);
                    }
                    acc.columns += 1;
                }
            }
            for (o, cols) in partial {
                let cols: Vec<u32> = cols.into_iter().collect();
                index.add_partial(o, &cols, &mut acc);
            }
            out.push(Totals::from_acc(&acc, index));
        }
        out
    }

    #[test]
    fn subtree_totals_match_the_direct_union_on_random_forests() {
        let labels = lake_labels();
        let as_of = NaiveDate::from_ymd_opt(2026, 5, 1).unwrap();
        let opts = ExposureOptions::new(
            as_of,
            UriMapper::new(vec![("r".into(), "s3://lake".into())]),
        );
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let mut merged = 0;
        for case in 0..150 {
            let inv = random_inventory(&mut rng, 2 + case % 40, case % 3 == 0);
            let rep = Exposure::compute(&labels, &inv, &opts).unwrap();
            let ix: HashMap<&str, usize> = inv
                .agents
                .iter()
                .enumerate()
                .map(|(i, a)| (a.id.as_str(), i))
                .collect();
            let parents: Vec<Option<usize>> = inv
                .agents
                .iter()
                .map(|a| a.delegated_from.as_deref().map(|p| ix[p]))
                .collect();
            let want = direct_subtree_totals(&rep, &parents);
            for (i, a) in rep.agents.iter().enumerate() {
                assert_eq!(
                    a.delegation.subtree_totals, want[i],
                    "case {case}, {}",
                    a.id
                );
                merged += (!a.delegation.subagents.is_empty()) as usize;
            }
        }
        assert!(merged > 500, "{merged} subtrees with sub-agents");
    }

    #[test]
    fn a_long_delegation_chain_lists_a_bounded_chain_and_subagents() {
        // a0 <- a1 <- ... <- a1999: every agent's chain and sub-agents were
        // listed whole, 4 million names (and as many merges of reach).
        let n = 2000;
        let mut y = String::from("agents:\n");
        for k in 0..n {
            y.push_str(&format!("  - id: a{k:04}\n"));
            if k > 0 {
                y.push_str(&format!("    delegated_from: a{:04}\n", k - 1));
            }
        }
        y.push_str("grants:\n");
        for k in 0..n {
            y.push_str(&format!(
                "  - {{principal: a{k:04}, actions: [read], resources: [\"{}\"]}}\n",
                PATTERNS[k % PATTERNS.len()]
            ));
        }
        let inv = Inventory::parse(&y, false, "chain.yaml".as_ref()).unwrap();
        let opts = ExposureOptions::new(
            NaiveDate::from_ymd_opt(2026, 5, 1).unwrap(),
            UriMapper::new(vec![("r".into(), "s3://lake".into())]),
        );
        let rep = Exposure::compute(&lake_labels(), &inv, &opts).unwrap();
        let mut listed = 0;
        for (k, a) in rep.agents.iter().enumerate() {
            let d = &a.delegation;
            assert!(d.chain.len() <= MAX_DELEGATION_LISTED);
            assert!(d.subagents.len() <= MAX_DELEGATION_LISTED);
            // the root first, the agent last, the rest counted
            assert_eq!(d.chain[0], "a0000");
            assert_eq!(d.chain.last(), Some(&a.id));
            assert_eq!(d.chain.len() as u64 + d.chain_omitted, k as u64 + 1);
            assert_eq!(
                d.subagents.len() as u64 + d.subagents_omitted,
                (n - 1 - k) as u64
            );
            if k + 1 < n {
                // the nearest sub-agents are the ones listed
                assert_eq!(d.subagents[0], format!("a{:04}", k + 1));
            }
            if k >= MAX_DELEGATION_LISTED {
                assert_eq!(d.chain[1], format!("a{:04}", k + 2 - MAX_DELEGATION_LISTED));
            }
            listed += d.chain.len() + d.subagents.len();
        }
        assert!(
            listed <= 2 * MAX_DELEGATION_LISTED * n,
            "{listed} names listed"
        );
        // everything below the root reaches what the whole chain reaches
        let root = &rep.agents[0].delegation.subtree_totals;
        assert_eq!(root.objects, rep.index.len() as u64);
        // a short chain is listed whole, as before
        let short = &rep.agents[5].delegation;
        assert_eq!(short.chain.len(), 6);
        assert_eq!(short.chain_omitted, 0);
    }
}
