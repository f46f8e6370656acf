//! The streaming aggregator: events in, per-(principal, resource) tallies out.
//!
//! Every event is attributed, located in the label index and explained at
//! ingest, but only the first event of a (principal, resource, grant-epoch)
//! triple pays for the lookup and the grant matching; later ones are a few
//! hash lookups and counter increments. A grant epoch is the stretch of time
//! between two expiry dates of the agent's grants, so an event is judged by
//! the grants that were live on its day, not on `--as-of`.

use super::principals::{Attribution, PrincipalMap, Resolver};
use super::result::{self, LogSummary};
use super::{AccessEvent, EventSink, LogProblem, Who};
use crate::correlate::engine::ExposureReport;
use crate::correlate::explain::{explain_grants, LineStatus};
use crate::correlate::inventory::{Effect, Inventory};
use crate::correlate::pattern::split_uri;
use chrono::NaiveDate;
use std::collections::HashMap;
use std::path::Path;

pub(crate) const DAY_MS: i64 = 86_400_000;

/// FxHash (as in rustc) for maps keyed by our own integer ids: several
/// lookups per event make SipHash's cost show. Maps keyed by log text keep
/// SipHash, which crafted log entries cannot flood with collisions.
#[derive(Default, Clone, Copy)]
pub(crate) struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.add(*b as u64);
        }
    }
    fn write_u16(&mut self, n: u16) {
        self.add(n as u64);
    }
    fn write_u32(&mut self, n: u32) {
        self.add(n as u64);
    }
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

impl IdHasher {
    fn add(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

type IdMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<IdHasher>>;

const NO_RES: u32 = u32::MAX;

/// Options of an access audit.
#[derive(Debug, Clone)]
pub struct AccessOptions {
    /// Events before this time (ms since the epoch) are left out.
    pub since: Option<i64>,
    /// Events at or after this time are left out.
    pub until: Option<i64>,
    /// Identity → agent mappings beyond the inventory's credentials.
    pub principals: PrincipalMap,
    /// Malformed records kept in the result; the count is always exact.
    pub max_problems: usize,
}

impl Default for AccessOptions {
    fn default() -> Self {
        AccessOptions {
            since: None,
            until: None,
            principals: PrincipalMap::default(),
            max_problems: 1000,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PrincipalKind {
    Agent,
    Credential,
    Identity,
}

#[derive(Debug)]
pub(crate) struct PrincipalInfo {
    pub kind: PrincipalKind,
    pub label: Box<str>,
    pub attribution: Attribution,
}

/// A resource URI seen in the log (without column).
#[derive(Debug)]
pub(crate) struct Base {
    pub uri: Box<str>,
    pub obj: Option<u32>,
    whole: Option<u32>,
    cols: Vec<(Box<str>, u32)>,
}

/// Where a resource's labels come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Labels {
    /// Not a labelled object (or an unlabelled column of a table).
    None,
    Whole(u32),
    Col(u32, u32),
}

/// A resource as touched: a URI and, for tables, a column.
#[derive(Debug)]
pub(crate) struct Res {
    pub base: u32,
    pub column: Option<Box<str>>,
    pub labels: Labels,
    pub regulated: bool,
}

#[derive(Debug)]
pub(crate) struct AgentCtx<'r> {
    pub grants: Vec<(usize, Option<&'r str>)>,
    /// Ends (exclusive, ms) of the days on which the agent's grants expire, sorted.
    bounds: Vec<i64>,
    bound_dates: Vec<NaiveDate>,
    /// End (exclusive, ms) of the agent's own expiry day.
    pub expires_end: Option<i64>,
}

/// Tallies of one (principal, resource, epoch).
#[derive(Debug)]
pub(crate) struct Pair {
    pub principal: u32,
    pub res: u32,
    /// The date the grants are judged on for this epoch.
    pub judged_on: NaiveDate,
    /// Actions the live grants allow (allow minus deny).
    pub effective: u8,
    /// Allowing grants and their actions.
    pub allow: Box<[(u32, u8)]>,
    pub events: u64,
    pub failed: u64,
    /// Actions of succeeded events.
    pub ok_bits: u8,
    /// Succeeded events touching object data, and their time span.
    pub data_events: u64,
    pub first: i64,
    pub last: i64,
    /// Any event's time span.
    pub any_first: i64,
    pub any_last: i64,
    pub unexplained: u64,
    pub unexplained_bits: u8,
    pub after_expiry: u64,
    pub after_first: i64,
    pub bytes: u64,
    pub rows: u64,
    /// Raw actions seen (interned), inline: a pair sees one or two, and a
    /// separate allocation would cost a cache miss per event.
    pub raw: [u16; RAW_KEPT],
    pub raw_n: u8,
    /// The resource holds regulated data (copied here for the same reason).
    pub regulated: bool,
}

/// Distinct raw actions kept per pair; more are counted but not named.
const RAW_KEPT: usize = 4;

impl Pair {
    pub fn raw_actions(&self) -> &[u16] {
        &self.raw[..self.raw_n as usize]
    }
}

/// Per agent and day.
#[derive(Debug, Default, Clone)]
pub(crate) struct DayAgg {
    pub events: u64,
    pub failed: u64,
    pub regulated: u64,
    pub unexplained: u64,
    pub after_expiry: u64,
}

/// The access audit: an [`EventSink`] that attributes, locates and explains
/// events against an exposure report. See the module documentation.
pub struct AccessAudit<'r> {
    pub(crate) report: &'r ExposureReport,
    pub(crate) inv: &'r Inventory,
    pub(crate) opts: AccessOptions,
    resolver: Resolver<'r>,
    pub(crate) principals: Vec<PrincipalInfo>,
    by_agent: HashMap<Box<str>, u32>,
    by_credential: HashMap<Box<str>, u32>,
    by_identity: HashMap<Box<str>, u32>,
    pub(crate) bases: Vec<Base>,
    /// URI → (base, resource id of the whole object or `NO_RES`): the
    /// common case, an event without a column, is one lookup.
    base_ix: HashMap<Box<str>, (u32, u32)>,
    pub(crate) resources: Vec<Res>,
    pub(crate) raw_actions: Vec<Box<str>>,
    raw_ix: HashMap<Box<str>, u16>,
    pub(crate) agents: Vec<Option<AgentCtx<'r>>>,
    pub(crate) pairs: Vec<Pair>,
    pair_ix: IdMap<(u32, u32, u16), u32>,
    /// Per agent, (day, tallies) sorted by day; logs are mostly in time
    /// order, so the last entry is the one to update.
    pub(crate) days: Vec<Vec<(i64, DayAgg)>>,
    pub(crate) summary: LogSummary,
    pub(crate) problems: Vec<LogProblem>,
    key: String,
}

impl<'r> AccessAudit<'r> {
    /// An audit of events against `report` (computed from `inv`).
    pub fn new(report: &'r ExposureReport, inv: &'r Inventory, opts: AccessOptions) -> Self {
        let resolver = Resolver::new(inv, opts.principals.clone());
        AccessAudit {
            report,
            inv,
            resolver,
            principals: Vec::new(),
            by_agent: HashMap::new(),
            by_credential: HashMap::new(),
            by_identity: HashMap::new(),
            bases: Vec::new(),
            base_ix: HashMap::new(),
            resources: Vec::new(),
            raw_actions: Vec::new(),
            raw_ix: HashMap::new(),
            agents: (0..inv.agents.len()).map(|_| None).collect(),
            pairs: Vec::new(),
            pair_ix: IdMap::default(),
            days: vec![Vec::new(); inv.agents.len()],
            summary: LogSummary {
                since: opts.since.map(super::format_time),
                until: opts.until.map(super::format_time),
                ..Default::default()
            },
            problems: Vec::new(),
            opts,
            key: String::new(),
        }
    }

    /// Finishes the audit: touched data, timelines and findings.
    pub fn finish(self) -> result::AccessResult {
        result::finish(self)
    }

    fn principal(&mut self, who: &Who<'_>) -> u32 {
        let (map, kind, key): (&mut HashMap<Box<str>, u32>, PrincipalKind, &str) = match who {
            Who::Agent(a) => (&mut self.by_agent, PrincipalKind::Agent, a),
            Who::Credential(c) => (&mut self.by_credential, PrincipalKind::Credential, c),
            Who::Identity(ids) => {
                self.key.clear();
                for (i, id) in ids.iter().enumerate() {
                    if i > 0 {
                        self.key.push('\n');
                    }
                    self.key.push_str(id);
                }
                (&mut self.by_identity, PrincipalKind::Identity, &self.key)
            }
        };
        if let Some(&p) = map.get(key) {
            return p;
        }
        let attribution = match who {
            Who::Agent(a) => self.resolver.by_agent_id(a),
            Who::Credential(c) => self.resolver.by_identities(&[c]),
            Who::Identity(ids) => self.resolver.by_identities(ids),
        };
        let label: &str = match who {
            Who::Agent(a) => a,
            Who::Credential(c) => c,
            Who::Identity(ids) => ids.first().copied().unwrap_or("anonymous"),
        };
        let id = self.principals.len() as u32;
        map.insert(key.into(), id);
        self.principals.push(PrincipalInfo {
            kind,
            label: label.into(),
            attribution,
        });
        id
    }

    fn resource(&mut self, uri: &str, column: Option<&str>) -> u32 {
        let b = match self.base_ix.get(uri) {
            Some(&(_, whole)) if whole != NO_RES && column.is_none() => return whole,
            Some(&(b, _)) => b,
            None => {
                let b = self.bases.len() as u32;
                self.bases.push(Base {
                    uri: uri.into(),
                    obj: self.report.index.lookup(uri),
                    whole: None,
                    cols: Vec::new(),
                });
                self.base_ix.insert(uri.into(), (b, NO_RES));
                b
            }
        };
        let base = &self.bases[b as usize];
        let found = match column {
            None => base.whole,
            Some(c) => base.cols.iter().find(|(n, _)| &**n == c).map(|x| x.1),
        };
        if let Some(r) = found {
            return r;
        }
        let ix = &self.report.index;
        let labels = match (base.obj, column) {
            (None, _) => Labels::None,
            (Some(o), None) => Labels::Whole(o),
            (Some(o), Some(c)) => {
                let obj = &ix.objs[o as usize];
                match obj.columns.iter().position(|x| x.name == c) {
                    Some(ci) => Labels::Col(o, ci as u32),
                    // Columns are labelled, but not this one: it holds nothing found.
                    None if !obj.columns.is_empty() => Labels::None,
                    // A file labelled only as a whole: the column may hold anything in it.
                    None => Labels::Whole(o),
                }
            }
        };
        let regulated = match labels {
            Labels::None => false,
            Labels::Whole(o) => ix.objs[o as usize].is_regulated(),
            Labels::Col(o, c) => !ix.objs[o as usize].columns[c as usize].types.is_empty(),
        };
        let r = self.resources.len() as u32;
        self.resources.push(Res {
            base: b,
            column: column.map(Box::from),
            labels,
            regulated,
        });
        let base = &mut self.bases[b as usize];
        match column {
            None => {
                base.whole = Some(r);
                if let Some(e) = self.base_ix.get_mut(uri) {
                    e.1 = r;
                }
            }
            Some(c) => base.cols.push((c.into(), r)),
        }
        r
    }

    pub(crate) fn agent_ctx(&mut self, a: u32) -> &AgentCtx<'r> {
        let inv = self.inv;
        self.agents[a as usize].get_or_insert_with(|| {
            let agent = &inv.agents[a as usize];
            let grants: Vec<(usize, Option<&'r str>)> = inv.grants_of(agent).collect();
            let mut dates: Vec<NaiveDate> = grants
                .iter()
                .filter_map(|&(g, _)| inv.grants[g].expires)
                .collect();
            dates.sort_unstable();
            dates.dedup();
            AgentCtx {
                bounds: dates.iter().map(|d| day_end_ms(*d)).collect(),
                bound_dates: dates,
                grants,
                expires_end: agent.expires.map(day_end_ms),
            }
        })
    }

    fn raw_action(&mut self, a: &str) -> u16 {
        if let Some(&r) = self.raw_ix.get(a) {
            return r;
        }
        let r = self.raw_actions.len().min(u16::MAX as usize) as u16;
        if (r as usize) == self.raw_actions.len() {
            self.raw_actions.push(a.into());
            self.raw_ix.insert(a.into(), r);
        }
        r
    }

    fn new_pair(&mut self, principal: u32, res: u32, agent: Option<u32>, epoch: usize) -> Pair {
        let mut pair = Pair {
            principal,
            res,
            judged_on: self.report.as_of,
            effective: 0,
            allow: Box::new([]),
            events: 0,
            failed: 0,
            ok_bits: 0,
            data_events: 0,
            first: i64::MAX,
            last: i64::MIN,
            any_first: i64::MAX,
            any_last: i64::MIN,
            unexplained: 0,
            unexplained_bits: 0,
            after_expiry: 0,
            after_first: i64::MAX,
            bytes: 0,
            rows: 0,
            raw: [0; RAW_KEPT],
            raw_n: 0,
            regulated: self.resources[res as usize].regulated,
        };
        let Some(a) = agent else {
            return pair;
        };
        let as_of = {
            let ctx = self.agent_ctx(a);
            match epoch {
                0 => ctx.bound_dates.first().copied(),
                k => ctx.bound_dates[k - 1].succ_opt(),
            }
            .unwrap_or(self.report.as_of)
        };
        let ex = explain_res(self, a, res, as_of);
        pair.judged_on = as_of;
        pair.effective = ex.effective();
        pair.allow = ex
            .lines
            .iter()
            .filter(|l| l.effect == Effect::Allow && l.status == LineStatus::Applies)
            .map(|l| (l.grant_index as u32, l.actions & pair.effective))
            .filter(|x| x.1 != 0)
            .collect();
        pair
    }
}

/// Explains `res` for agent `a` as of `as_of`, through the same grant
/// matching as `datareach explain` (which the exposure engine agrees with).
pub(crate) fn explain_res(
    audit: &AccessAudit<'_>,
    a: u32,
    res: u32,
    as_of: NaiveDate,
) -> crate::correlate::Explanation {
    let inv = audit.inv;
    let ix = &audit.report.index;
    let r = &audit.resources[res as usize];
    let base = &audit.bases[r.base as usize];
    let cols: Vec<&str> = base.obj.map_or_else(Vec::new, |o| {
        ix.objs[o as usize]
            .columns
            .iter()
            .map(|c| c.name.as_str())
            .collect()
    });
    let uri: &str = &base.uri;
    let column = r.column.as_deref();
    let agent = &inv.agents[a as usize];
    let ctx = audit.agents[a as usize]
        .as_ref()
        .expect("agent context is built before explaining");
    explain_grants(inv, agent, &ctx.grants, uri, column, as_of, Some(&cols))
}

/// The first millisecond after day `d` (UTC): a grant or agent expiring on
/// `d` is valid through that day.
pub(crate) fn day_end_ms(d: NaiveDate) -> i64 {
    d.and_hms_opt(0, 0, 0)
        .map_or(i64::MAX, |t| t.and_utc().timestamp_millis())
        .saturating_add(DAY_MS)
}

impl EventSink for AccessAudit<'_> {
    fn file(&mut self, path: &Path) {
        self.summary.files.push(path.display().to_string());
    }

    fn skipped(&mut self) {
        self.summary.records_skipped += 1;
    }

    fn problem(&mut self, p: LogProblem) {
        self.summary.malformed += 1;
        if self.problems.len() < self.opts.max_problems {
            self.problems.push(p);
        }
    }

    fn event(&mut self, ev: &AccessEvent<'_>) {
        self.summary.events_read += 1;
        let t = ev.time_ms;
        if self.opts.since.is_some_and(|s| t < s) || self.opts.until.is_some_and(|u| t >= u) {
            self.summary.events_outside_window += 1;
            return;
        }
        self.summary.events += 1;
        debug_assert!(split_uri(ev.resource).is_some());
        let p = self.principal(&ev.who);
        let res = self.resource(ev.resource, ev.column);
        let agent = match self.principals[p as usize].attribution {
            Attribution::Agent(a) => Some(a),
            _ => None,
        };
        let (epoch, after_expiry) = match agent {
            Some(a) => {
                let ctx = self.agent_ctx(a);
                (
                    ctx.bounds.partition_point(|&b| b <= t),
                    ctx.expires_end.is_some_and(|e| t >= e),
                )
            }
            None => (0, false),
        };
        let key = (p, res, epoch.min(u16::MAX as usize) as u16);
        let pi = match self.pair_ix.get(&key) {
            Some(&i) => i,
            None => {
                let pair = self.new_pair(p, res, agent, epoch);
                let i = self.pairs.len() as u32;
                self.pairs.push(pair);
                self.pair_ix.insert(key, i);
                i
            }
        };
        // Most pairs see one or two raw actions: compare before hashing.
        let pair = &self.pairs[pi as usize];
        let known = pair
            .raw_actions()
            .iter()
            .any(|&r| &*self.raw_actions[r as usize] == ev.action);
        let raw = if !known && (pair.raw_n as usize) < RAW_KEPT {
            Some(self.raw_action(ev.action))
        } else {
            None
        };
        let pair = &mut self.pairs[pi as usize];
        let regulated = pair.regulated;
        pair.events += 1;
        pair.any_first = pair.any_first.min(t);
        pair.any_last = pair.any_last.max(t);
        if let Some(r) = raw {
            if !pair.raw_actions().contains(&r) {
                pair.raw[pair.raw_n as usize] = r;
                pair.raw_n += 1;
            }
        }
        let mut unexplained = false;
        if !ev.succeeded {
            pair.failed += 1;
        } else if ev.bits != 0 {
            pair.ok_bits |= ev.bits;
            pair.data_events += 1;
            pair.first = pair.first.min(t);
            pair.last = pair.last.max(t);
            pair.bytes += ev.bytes.unwrap_or(0);
            pair.rows += ev.rows.unwrap_or(0);
            if agent.is_some() && ev.bits & !pair.effective != 0 {
                unexplained = true;
                pair.unexplained += 1;
                pair.unexplained_bits |= ev.bits & !pair.effective;
            }
        }
        if after_expiry {
            pair.after_expiry += 1;
            pair.after_first = pair.after_first.min(t);
        }
        if let Some(a) = agent {
            let day = t.div_euclid(DAY_MS);
            let days = &mut self.days[a as usize];
            let k = match days.last() {
                Some((d, _)) if *d == day => days.len() - 1,
                _ => match days.binary_search_by_key(&day, |x| x.0) {
                    Ok(k) => k,
                    Err(k) => {
                        days.insert(k, (day, DayAgg::default()));
                        k
                    }
                },
            };
            let d = &mut days[k].1;
            d.events += 1;
            d.failed += !ev.succeeded as u64;
            d.regulated += (ev.succeeded && ev.bits != 0 && regulated) as u64;
            d.unexplained += unexplained as u64;
            d.after_expiry += after_expiry as u64;
        }
    }
}
