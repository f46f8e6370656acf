//! Computing reach: per agent, the union of its grants' matched ranges minus
//! denies, as disjoint segments of the depth-first object order.

use super::index::{merge_ranges, Acc, LabelIndex, MatchSet};
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
    /// From the root of the tree down to this agent.
    pub chain: Vec<String>,
    /// Every agent below this one.
    pub subagents: Vec<String>,
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
    let mut v = vec![(root.to_string(), Vec::new())];
    if let Some(a) = inv.agent(root) {
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
        principals: session_principals(inv, &agent.id),
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
            .collect::<Result<_, _>>()?;
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

        // Delegation trees.
        let mut children: Vec<Vec<usize>> = vec![Vec::new(); inv.agents.len()];
        for (i, p) in parents.iter().enumerate() {
            if let Some(p) = p {
                children[*p].push(i);
            }
        }
        let whole_ranges: Vec<Vec<(u32, u32)>> = reaches.iter().map(whole_ranges_of).collect();
        let mut agents = Vec::with_capacity(inv.agents.len());
        for (i, a) in inv.agents.iter().enumerate() {
            let mut chain = vec![a.id.clone()];
            let mut p = parents[i];
            while let Some(pi) = p {
                chain.push(inv.agents[pi].id.clone());
                p = parents[pi];
            }
            chain.reverse();
            let mut desc = Vec::new();
            let mut stack = children[i].clone();
            while let Some(d) = stack.pop() {
                desc.push(d);
                stack.extend_from_slice(&children[d]);
            }
            let subtree_totals = if desc.is_empty() {
                Totals::from_acc(&totals_acc[i], &index)
            } else {
                let mut rs: Vec<(u32, u32)> = whole_ranges[i].clone();
                for &d in &desc {
                    rs.extend_from_slice(&whole_ranges[d]);
                }
                let rs = merge_ranges(rs);
                let mut acc = index.new_acc();
                for &(lo, hi) in &rs {
                    index.add_range(lo, hi, &mut acc);
                }
                let mut partial: HashMap<u32, BTreeSet<u32>> = HashMap::new();
                for &m in std::iter::once(&i).chain(desc.iter()) {
                    for c in &reaches[m].cols {
                        let covered = {
                            let k = rs.partition_point(|r| r.1 <= c.obj);
                            rs.get(k).is_some_and(|r| r.0 <= c.obj)
                        };
                        if !covered {
                            partial.entry(c.obj).or_default().insert(c.col);
                        }
                        acc.columns += 1;
                    }
                }
                let mut keys: Vec<_> = partial.keys().copied().collect();
                keys.sort_unstable();
                for o in keys {
                    let cols: Vec<u32> = partial[&o].iter().copied().collect();
                    index.add_partial(o, &cols, &mut acc);
                }
                Totals::from_acc(&acc, &index)
            };
            let mut subagents: Vec<String> =
                desc.iter().map(|&d| inv.agents[d].id.clone()).collect();
            subagents.sort();
            agents.push(AgentReport {
                id: a.id.clone(),
                owner: a.owner.clone(),
                profile: AgentProfile::of(a),
                totals: Totals::from_acc(&totals_acc[i], &index),
                delegation: Delegation {
                    parent: a.delegated_from.clone(),
                    chain,
                    subagents,
                    subtree_totals,
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
}
