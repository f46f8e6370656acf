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
use crate::correlate::explain::{explain_grants, for_each_match, LineStatus};
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
    /// Span of all its requests.
    pub first: i64,
    pub last: i64,
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

/// Tallies of one (principal, resource, epoch), updated by every event:
/// kept small (one or two cache lines) as a large log hits pairs at random.
#[derive(Debug)]
pub(crate) struct Pair {
    /// Index of its [`PairInfo`]; pairs are numbered in order of appearance.
    pub info: u32,
    pub events: u64,
    pub failed: u64,
    /// Succeeded events touching object data, and their time span.
    pub data_events: u64,
    pub first: i64,
    pub last: i64,
    pub unexplained: u64,
    pub after_expiry: u64,
    pub bytes: u64,
    pub rows: u64,
    /// Raw actions seen (interned), inline: a separate allocation would
    /// cost a cache miss per event.
    pub raw: [u16; RAW_KEPT],
    pub raw_n: u8,
    /// Actions the live grants allow (allow minus deny).
    pub effective: u8,
    /// Actions of succeeded events.
    pub ok_bits: u8,
    pub unexplained_bits: u8,
    /// The resource holds regulated data.
    pub regulated: bool,
}

/// What a pair is about, read only when the audit finishes.
#[derive(Debug)]
pub(crate) struct PairInfo {
    pub principal: u32,
    pub res: u32,
    /// The date the grants are judged on for this epoch.
    pub judged_on: NaiveDate,
    /// Allowing grants and their actions.
    pub allow: Box<[(u32, u8)]>,
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

impl DayAgg {
    fn add(&mut self, o: &DayAgg) {
        self.events += o.events;
        self.failed += o.failed;
        self.regulated += o.regulated;
        self.unexplained += o.unexplained;
        self.after_expiry += o.after_expiry;
    }
}

/// Interns a raw action name (at most `u16::MAX` distinct ones are named).
fn intern_raw(names: &mut Vec<Box<str>>, ix: &mut HashMap<Box<str>, u16>, a: &str) -> u16 {
    if let Some(&r) = ix.get(a) {
        return r;
    }
    let r = names.len().min(u16::MAX as usize) as u16;
    if (r as usize) == names.len() {
        names.push(a.into());
        ix.insert(a.into(), r);
    }
    r
}

/// Adds one event to its pair; returns whether no grant explains it.
fn tally(
    pair: &mut Pair,
    names: &mut Vec<Box<str>>,
    ix: &mut HashMap<Box<str>, u16>,
    ev: &AccessEvent<'_>,
    attributed: bool,
    after_expiry: bool,
) -> bool {
    // Most pairs see one or two raw actions: compare before hashing.
    let known = pair
        .raw_actions()
        .iter()
        .any(|&r| &*names[r as usize] == ev.action);
    if !known && (pair.raw_n as usize) < RAW_KEPT {
        let r = intern_raw(names, ix, ev.action);
        if !pair.raw_actions().contains(&r) {
            pair.raw[pair.raw_n as usize] = r;
            pair.raw_n += 1;
        }
    }
    pair.events += 1;
    pair.after_expiry += after_expiry as u64;
    if !ev.succeeded {
        pair.failed += 1;
        return false;
    }
    if ev.bits == 0 {
        return false;
    }
    let t = ev.time_ms;
    pair.ok_bits |= ev.bits;
    pair.data_events += 1;
    pair.first = pair.first.min(t);
    pair.last = pair.last.max(t);
    pair.bytes += ev.bytes.unwrap_or(0);
    pair.rows += ev.rows.unwrap_or(0);
    let unexplained = ev.bits & !pair.effective;
    if attributed && unexplained != 0 {
        pair.unexplained += 1;
        pair.unexplained_bits |= unexplained;
        return true;
    }
    false
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
    /// The pairs live in the map itself: one cache miss less per event.
    pub(crate) pairs: IdMap<(u32, u32, u16), Pair>,
    pub(crate) infos: Vec<PairInfo>,
    /// Per agent, the span of its requests after its expiry.
    pub(crate) after_span: Vec<(i64, i64)>,
    /// Per agent, the day being tallied: a small dense array that stays in
    /// cache; a day is moved to `days` when the agent's next day starts.
    current_day: Vec<(i64, DayAgg)>,
    /// Per agent, (day, tallies) sorted by day.
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
            pairs: IdMap::default(),
            infos: Vec::new(),
            after_span: vec![(i64::MAX, i64::MIN); inv.agents.len()],
            current_day: vec![(i64::MIN, DayAgg::default()); inv.agents.len()],
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
            first: i64::MAX,
            last: i64::MIN,
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

    /// Moves every agent's current day into its history (before finishing).
    pub(crate) fn flush_days(&mut self) {
        for a in 0..self.current_day.len() {
            self.flush_day(a);
        }
    }

    fn flush_day(&mut self, a: usize) {
        let (day, agg) = std::mem::replace(&mut self.current_day[a], (i64::MIN, DayAgg::default()));
        if day == i64::MIN {
            return;
        }
        let days = &mut self.days[a];
        match days.binary_search_by_key(&day, |x| x.0) {
            Ok(k) => days[k].1.add(&agg),
            Err(k) => days.insert(k, (day, agg)),
        }
    }

    fn new_pair(
        &mut self,
        principal: u32,
        res: u32,
        agent: Option<u32>,
        epoch: usize,
    ) -> (Pair, PairInfo) {
        let mut pair = Pair {
            info: self.infos.len() as u32,
            events: 0,
            failed: 0,
            data_events: 0,
            first: i64::MAX,
            last: i64::MIN,
            unexplained: 0,
            after_expiry: 0,
            bytes: 0,
            rows: 0,
            raw: [0; RAW_KEPT],
            raw_n: 0,
            effective: 0,
            ok_bits: 0,
            unexplained_bits: 0,
            regulated: self.resources[res as usize].regulated,
        };
        let mut info = PairInfo {
            principal,
            res,
            judged_on: self.report.as_of,
            allow: Box::new([]),
        };
        let Some(a) = agent else {
            return (pair, info);
        };
        let as_of = {
            let ctx = self.agent_ctx(a);
            match epoch {
                0 => ctx.bound_dates.first().copied(),
                k => ctx.bound_dates[k - 1].succ_opt(),
            }
            .unwrap_or(self.report.as_of)
        };
        // The same matching as `explain`, without building its text.
        let (mut allowed, mut denied) = (0u8, 0u8);
        let mut allow: Vec<(u32, u8)> = Vec::new();
        with_explain_inputs(self, a, res, |inv, grants, uri, column, cols| {
            for_each_match(
                inv,
                grants,
                uri,
                column,
                as_of,
                Some(cols),
                |gi, _, _, status| {
                    let g = &inv.grants[gi];
                    // Ceilings give nothing; a conditional deny may not
                    // have applied to what the log shows happened.
                    if status != LineStatus::Applies || g.limit.is_some() {
                        return;
                    }
                    match g.effect {
                        Effect::Allow => {
                            allowed |= g.actions;
                            allow.push((gi as u32, g.actions));
                        }
                        Effect::Deny if g.condition.is_some() => {}
                        Effect::Deny => denied |= g.actions,
                    }
                },
            )
        });
        pair.effective = allowed & !denied;
        info.judged_on = as_of;
        allow.retain_mut(|x| {
            x.1 &= pair.effective;
            x.1 != 0
        });
        allow.sort_unstable();
        allow.dedup();
        info.allow = allow.into();
        (pair, info)
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
    let agent = &audit.inv.agents[a as usize];
    with_explain_inputs(audit, a, res, |inv, grants, uri, column, cols| {
        explain_grants(inv, agent, grants, uri, column, as_of, Some(cols))
    })
}

/// The inputs of grant matching for agent `a` and resource `res`: the
/// agent's grants, the URI, the column and the object's labelled columns.
fn with_explain_inputs<'r, T>(
    audit: &AccessAudit<'r>,
    a: u32,
    res: u32,
    f: impl FnOnce(&Inventory, &[(usize, Option<&'r str>)], &str, Option<&str>, &[&str]) -> T,
) -> T {
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
    let ctx = audit.agents[a as usize]
        .as_ref()
        .expect("agent context is built before explaining");
    f(inv, &ctx.grants, uri, column, &cols)
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
        let names = &mut self.raw_actions;
        let raw_ix = &mut self.raw_ix;
        let (regulated, unexplained) = match self.pairs.get_mut(&key) {
            Some(pair) => (
                pair.regulated,
                tally(pair, names, raw_ix, ev, agent.is_some(), after_expiry),
            ),
            None => {
                let (mut pair, info) = self.new_pair(p, res, agent, epoch);
                let u = tally(
                    &mut pair,
                    &mut self.raw_actions,
                    &mut self.raw_ix,
                    ev,
                    agent.is_some(),
                    after_expiry,
                );
                let regulated = pair.regulated;
                self.infos.push(info);
                self.pairs.insert(key, pair);
                (regulated, u)
            }
        };
        let who = &mut self.principals[p as usize];
        who.first = who.first.min(t);
        who.last = who.last.max(t);
        if let Some(a) = agent {
            if after_expiry {
                let span = &mut self.after_span[a as usize];
                *span = (span.0.min(t), span.1.max(t));
            }
            let day = t.div_euclid(DAY_MS);
            if self.current_day[a as usize].0 != day {
                self.flush_day(a as usize);
                self.current_day[a as usize].0 = day;
            }
            let d = &mut self.current_day[a as usize].1;
            d.events += 1;
            d.failed += !ev.succeeded as u64;
            d.regulated += (ev.succeeded && ev.bits != 0 && regulated) as u64;
            d.unexplained += unexplained as u64;
            d.after_expiry += after_expiry as u64;
        }
    }
}
