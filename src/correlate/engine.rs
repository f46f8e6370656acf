//! Computing reach: per agent, the union of its grants' matched ranges minus
//! denies, as disjoint segments of the depth-first object order.

use super::index::{merge_ranges, Acc, LabelIndex, MatchSet};
use super::inventory::{Effect, GrantDef, GrantSource, Inventory, READ};
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
}

impl ExposureOptions {
    pub fn new(as_of: NaiveDate, mapper: UriMapper) -> ExposureOptions {
        ExposureOptions { as_of, mapper }
    }
}

/// A run of objects with the same effective actions and allowing grants.
#[derive(Debug, Clone)]
pub(crate) struct Segment {
    pub lo: u32,
    pub hi: u32,
    pub actions: u8,
    pub via: Arc<[u32]>,
}

#[derive(Debug, Clone)]
pub(crate) struct ColEntry {
    pub obj: u32,
    pub col: u32,
    pub actions: u8,
    pub via: Vec<u32>,
}

/// What one agent reaches, compactly.
#[derive(Debug, Clone, Default)]
pub(crate) struct Reach {
    pub segments: Vec<Segment>,
    pub cols: Vec<ColEntry>,
    /// Whole-object actions reduced by column-level denies.
    pub overrides: HashMap<u32, u8>,
    /// Regulated objects reachable per action bit index (see `ACTION_NAMES`).
    pub reg_by_action: [u64; 8],
    /// Category bits the agent can read.
    pub read_cats: u8,
}

impl Reach {
    pub(crate) fn whole_actions_at(&self, o: u32) -> u8 {
        if let Some(a) = self.overrides.get(&o) {
            return *a;
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
}

/// The correlator entry point.
pub struct Exposure;

struct Iv {
    lo: u32,
    hi: u32,
    g: u32,
    deny: bool,
    bits: u8,
}

struct Elem {
    lo: u32,
    hi: u32,
    allow: u8,
    deny: u8,
    via: Vec<u32>,
}

fn sweep(ivs: &mut [Iv], grants: &[GrantDef]) -> Vec<Elem> {
    let mut pts: Vec<u32> = ivs.iter().flat_map(|i| [i.lo, i.hi]).collect();
    pts.sort_unstable();
    pts.dedup();
    ivs.sort_unstable_by_key(|i| i.lo);
    let mut next = 0;
    let mut active: Vec<usize> = Vec::new();
    let mut out: Vec<Elem> = Vec::new();
    for w in pts.windows(2) {
        let (a, b) = (w[0], w[1]);
        active.retain(|&k| ivs[k].hi > a);
        while next < ivs.len() && ivs[next].lo <= a {
            if ivs[next].hi > a {
                active.push(next);
            }
            next += 1;
        }
        if active.is_empty() {
            continue;
        }
        let (mut allow, mut deny) = (0u8, 0u8);
        for &k in &active {
            if ivs[k].deny {
                deny |= ivs[k].bits;
            } else {
                allow |= ivs[k].bits;
            }
        }
        let eff = allow & !deny;
        let mut via: Vec<u32> = active
            .iter()
            .filter(|&&k| !ivs[k].deny && ivs[k].bits & eff != 0)
            .map(|&k| ivs[k].g)
            .collect();
        via.sort_unstable();
        via.dedup();
        let _ = grants;
        match out.last_mut() {
            Some(l) if l.hi == a && l.allow == allow && l.deny == deny && l.via == via => l.hi = b,
            _ => out.push(Elem {
                lo: a,
                hi: b,
                allow,
                deny,
                via,
            }),
        }
    }
    out
}

fn action_index(bit: u8) -> usize {
    bit.trailing_zeros() as usize
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

        // Per-agent reach.
        let mut reaches: Vec<Reach> = Vec::with_capacity(inv.agents.len());
        let mut totals_acc: Vec<Acc> = Vec::with_capacity(inv.agents.len());
        for a in &inv.agents {
            let mut gids: Vec<u32> = by_principal.get(a.id.as_str()).cloned().unwrap_or_default();
            for r in &a.roles {
                if let Some(v) = by_principal.get(r.as_str()) {
                    gids.extend_from_slice(v);
                }
            }
            gids.sort_unstable();
            gids.dedup();
            gids.retain(|&g| !inv.grants[g as usize].is_expired(as_of));
            let (reach, acc) = agent_reach(&index, &inv.grants, &grant_sets, &gids);
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
                report.notes.push(format!(
                    "grant '{}': condition {c} was not evaluated; treated as possibly allowing",
                    g.id
                ));
            }
        }
        Ok(report)
    }
}

/// Whole-object ranges of a reach, without objects whose whole-object actions
/// were removed by column denies.
fn whole_ranges_of(r: &Reach) -> Vec<(u32, u32)> {
    let mut zero: Vec<u32> = r
        .overrides
        .iter()
        .filter(|(_, a)| **a == 0)
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

fn agent_reach(
    index: &LabelIndex,
    grants: &[GrantDef],
    sets: &[Arc<MatchSet>],
    gids: &[u32],
) -> (Reach, Acc) {
    let mut ivs = Vec::new();
    let mut colmap: HashMap<(u32, u32), (u8, u8, Vec<u32>)> = HashMap::new();
    for &g in gids {
        let gd = &grants[g as usize];
        let deny = gd.effect == Effect::Deny;
        let set = &sets[g as usize];
        for &(lo, hi) in &set.ranges {
            ivs.push(Iv {
                lo,
                hi,
                g,
                deny,
                bits: gd.actions,
            });
        }
        for &(o, c) in &set.cols {
            let e = colmap.entry((o, c)).or_default();
            if deny {
                e.1 |= gd.actions;
            } else {
                e.0 |= gd.actions;
                e.2.push(g);
            }
        }
    }
    let elems = sweep(&mut ivs, grants);
    let mut reach = Reach::default();
    let mut acc = index.new_acc();
    let mut via_cache: HashMap<Vec<u32>, Arc<[u32]>> = HashMap::new();
    for e in &elems {
        let eff = e.allow & !e.deny;
        if eff == 0 {
            continue;
        }
        let via = via_cache
            .entry(e.via.clone())
            .or_insert_with(|| e.via.clone().into())
            .clone();
        reach.segments.push(Segment {
            lo: e.lo,
            hi: e.hi,
            actions: eff,
            via,
        });
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
    if !colmap.is_empty() {
        let mut objs: Vec<u32> = colmap.keys().map(|k| k.0).collect();
        objs.sort_unstable();
        objs.dedup();
        for o in objs {
            let k = elems.partition_point(|e| e.hi <= o);
            let (allow, deny, evia): (u8, u8, &[u32]) = match elems.get(k) {
                Some(e) if e.lo <= o => (e.allow, e.deny, &e.via),
                _ => (0, 0, &[]),
            };
            let ncols = index.objs[o as usize].columns.len() as u32;
            let coldeny = (0..ncols).fold(0u8, |b, c| b | colmap.get(&(o, c)).map_or(0, |e| e.1));
            let whole = allow & !deny;
            let whole_final = whole & !coldeny;
            let obj = &index.objs[o as usize];
            if whole_final != whole {
                reach.overrides.insert(o, whole_final);
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
                let (ca, cd, cvia) = colmap
                    .get(&(o, c))
                    .map_or((0, 0, &[][..]), |e| (e.0, e.1, &e.2[..]));
                let eff = (allow | ca) & !(deny | cd);
                if eff & !whole_final == 0 {
                    continue;
                }
                let mut via: Vec<u32> = cvia
                    .iter()
                    .chain(evia.iter())
                    .copied()
                    .filter(|&g| grants[g as usize].actions & eff != 0)
                    .collect();
                via.sort_unstable();
                via.dedup();
                reach.cols.push(ColEntry {
                    obj: o,
                    col: c,
                    actions: eff,
                    via,
                });
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
    }
    let _ = action_index;
    let _ = GrantSource::Direct;
    (reach, acc)
}
