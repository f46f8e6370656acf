//! What an access audit finds: per agent the regulated data it touched, a
//! timeline and a summary; findings (`unused_grant`, `unexplained_access`,
//! `unattributed_activity`, `access_after_expiry`); and the log summary.

use super::audit::{explain_res, AccessAudit, Labels, PrincipalKind, DAY_MS};
use super::principals::Attribution;
use super::{format_time, LogProblem};
use crate::correlate::engine::ExposureReport;
use crate::correlate::explain::{Explanation, LineStatus};
use crate::correlate::index::{LabelIndex, MatchSet};
use crate::correlate::inventory::{action_names, Effect, GrantDef, GrantSource};
use crate::correlate::pattern::split_uri;
use crate::correlate::report::{cat_names, regulated_of, Finding, Severity, SuggestedGrant};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;

/// What was read from the access logs.
#[derive(Debug, Clone, Default, Serialize)]
pub struct LogSummary {
    pub files: Vec<String>,
    /// The window, RFC 3339 (`since` inclusive, `until` exclusive); `null` = open.
    pub since: Option<String>,
    pub until: Option<String>,
    /// Well-formed events read, in the window or not.
    pub events_read: u64,
    /// Events in the window (everything below counts these).
    pub events: u64,
    pub events_outside_window: u64,
    /// Events attributed to exactly one agent.
    pub attributed_events: u64,
    pub unattributed_events: u64,
    /// Well-formed records that are no S3 access (CloudTrail management events, ...).
    pub records_skipped: u64,
    /// Malformed records (see `access_log_problems` in findings.json).
    pub malformed: u64,
    /// `complete`, or `partial` when some records could not be read.
    pub outcome: &'static str,
}

/// One regulated object or column an agent touched (succeeded data events).
#[derive(Debug, Clone, Serialize)]
pub struct TouchedEntry {
    pub resource: String,
    pub column: Option<String>,
    /// datareach actions performed (`read`, `write`, `delete`, `share`).
    pub actions: Vec<&'static str>,
    /// Regulated types of the object or column, from the labels.
    pub types: BTreeMap<String, u64>,
    pub events: u64,
    pub first: String,
    pub last: String,
    pub categories: Vec<&'static str>,
    /// Actions as the log wrote them (`GetObject`, `read`, ...).
    pub raw_actions: Vec<String>,
    pub bytes: Option<u64>,
    pub rows: Option<u64>,
    /// Grants that allowed these accesses.
    pub via: Vec<String>,
    /// Actions no grant allowed (see the `unexplained_access` finding).
    pub unexplained: Vec<&'static str>,
}

/// One day of an agent's activity (UTC).
#[derive(Debug, Clone, Serialize)]
pub struct TimelineDay {
    pub day: String,
    pub events: u64,
    pub failed_events: u64,
    pub regulated_events: u64,
    pub unexplained_events: u64,
    pub after_expiry_events: u64,
}

/// An agent's access in the window, in numbers.
#[derive(Debug, Clone, Default, Serialize)]
pub struct AgentAccessSummary {
    pub events: u64,
    /// Denied or failed requests: they touched nothing.
    pub failed_events: u64,
    /// Succeeded requests on object data (not listing).
    pub data_events: u64,
    pub regulated_events: u64,
    pub unexplained_events: u64,
    pub after_expiry_events: u64,
    /// Distinct resources (objects or columns) named by its events.
    pub resources: u64,
    pub first: Option<String>,
    pub last: Option<String>,
    pub used_grants: Vec<String>,
    pub unused_grants: Vec<String>,
    /// Regulated categories the agent can reach / touched / reached but never touched.
    pub reach_categories: Vec<&'static str>,
    pub touched_categories: Vec<&'static str>,
    pub unused_categories: Vec<&'static str>,
}

/// One agent's access audit.
#[derive(Debug, Clone, Default, Serialize)]
pub struct AgentAccess {
    pub touched: Vec<TouchedEntry>,
    pub timeline: Vec<TimelineDay>,
    pub summary: AgentAccessSummary,
}

/// The result of [`AccessAudit::finish`].
#[derive(Debug, Clone, Default)]
pub struct AccessResult {
    pub summary: LogSummary,
    pub problems: Vec<LogProblem>,
    /// In the order of the inventory's agents (as `ExposureReport::agents`).
    pub agents: Vec<AgentAccess>,
    pub findings: Vec<Finding>,
}

impl AccessResult {
    /// Some records could not be read.
    pub fn is_partial(&self) -> bool {
        self.summary.malformed > 0
    }
}

#[derive(Default)]
struct TouchAgg {
    bits: u8,
    events: u64,
    first: i64,
    last: i64,
    bytes: u64,
    rows: u64,
    raw: BTreeSet<u16>,
    via: BTreeSet<u32>,
    unexplained: u8,
}

#[derive(Default)]
struct Unexplained {
    events: u64,
    bits: u8,
    first: i64,
    last: i64,
    /// The pair judged latest: its explanation is the one reported.
    pair: usize,
}

#[derive(Default)]
struct Unattributed {
    events: u64,
    data_events: u64,
    regulated_events: u64,
    changes: u64,
    first: i64,
    last: i64,
    resources: HashSet<u32>,
    example: Option<u32>,
}

fn window_text(s: &LogSummary) -> String {
    match (&s.since, &s.until) {
        (None, None) => "in the access logs".into(),
        (Some(a), None) => format!("since {a}"),
        (None, Some(b)) => format!("before {b}"),
        (Some(a), Some(b)) => format!("between {a} and {b}"),
    }
}

fn res_name(audit: &AccessAudit<'_>, r: u32) -> String {
    let res = &audit.resources[r as usize];
    let uri = &audit.bases[res.base as usize].uri;
    match &res.column {
        Some(c) => format!("{uri}#{c}"),
        None => uri.to_string(),
    }
}

/// Why no grant allows `bits` on the explained object.
fn why_not(ex: &Explanation, bits: u8, grants: &[GrantDef], other_columns: Vec<String>) -> String {
    let mut why: Vec<String> = other_columns;
    for l in &ex.lines {
        if l.actions & bits == 0 {
            continue;
        }
        let id = &grants[l.grant_index].id;
        match (&l.status, l.effect) {
            (LineStatus::Applies, Effect::Deny) => why.push(format!("denied by grant '{id}'")),
            (LineStatus::Expired(d), Effect::Allow) => {
                why.push(format!("grant '{id}' expired on {d}"))
            }
            (LineStatus::ColumnsOnly(c), Effect::Allow) => {
                why.push(format!("grant '{id}' covers only columns '{c}'"))
            }
            _ => {}
        }
    }
    if why.is_empty() {
        if ex.effective() != 0 {
            why.push(format!(
                "its grants allow only [{}] there",
                action_names(ex.effective()).join(", ")
            ));
        } else {
            why.push("no grant of the agent matches it".into());
        }
    }
    why.dedup();
    why.join("; ")
}

fn grant_set(ix: &LabelIndex, g: &GrantDef) -> MatchSet {
    let mut m = MatchSet::default();
    for p in &g.patterns {
        m.extend(&ix.match_pattern(p));
    }
    m.normalize();
    m
}

fn set_cats(ix: &LabelIndex, m: &MatchSet) -> u8 {
    let mut bits = 0u8;
    for &(lo, hi) in &m.ranges {
        for k in 0..3 {
            if ix.cat_in(k, lo, hi) > 0 {
                bits |= 1 << k;
            }
        }
    }
    for &(o, c) in &m.cols {
        bits |= ix.objs[o as usize].columns[c as usize].cats;
    }
    bits
}

/// Is every object and column of `inner` in `outer`?
fn subset(inner: &MatchSet, outer: &MatchSet) -> bool {
    let in_ranges = |lo: u32, hi: u32| {
        let k = outer.ranges.partition_point(|r| r.1 <= lo);
        outer.ranges.get(k).is_some_and(|r| r.0 <= lo && hi <= r.1)
    };
    inner.ranges.iter().all(|&(lo, hi)| in_ranges(lo, hi))
        && inner
            .cols
            .iter()
            .all(|&(o, c)| outer.cols.binary_search(&(o, c)).is_ok() || in_ranges(o, o + 1))
}

/// A native pattern for what was used: the object (or column) when there is
/// one, else the deepest shared prefix with `/**`; `None` when the used
/// resources share no more than a scheme.
fn common_pattern(used: &[(&str, Option<&str>)]) -> Option<String> {
    let (first_uri, first_col) = *used.first()?;
    if used.iter().all(|(u, _)| *u == first_uri) {
        return Some(match first_col {
            Some(c) if used.iter().all(|(_, x)| *x == Some(c)) => format!("{first_uri}#{c}"),
            _ => first_uri.to_string(),
        });
    }
    let split: Vec<Vec<&str>> = used
        .iter()
        .map(|(u, _)| split_uri(u))
        .collect::<Option<_>>()?;
    let min = split.iter().map(|s| s.len()).min()?;
    let mut k = 0;
    // The last segment of the shortest URI names an object, not a folder.
    while k + 1 < min && split.iter().all(|s| s[k] == split[0][k]) {
        k += 1;
    }
    if k < 2 {
        return None;
    }
    let s = &split[0];
    let mut out = format!("{}//{}", s[0], s[1]);
    for seg in &s[2..k] {
        out.push('/');
        out.push_str(seg);
    }
    out.push_str("/**");
    Some(out)
}

/// `s3://b/k/**` → `arn:aws:s3:::b/k/*` for grants that came from IAM.
fn as_iam_arn(p: &str) -> String {
    let (uri, _) = crate::correlate::pattern::split_column(p);
    match uri.strip_prefix("s3://") {
        Some(rest) => {
            let rest = rest
                .strip_suffix("/**")
                .map_or(rest.to_string(), |r| format!("{r}/*"));
            format!("arn:aws:s3:::{rest}")
        }
        None => p.to_string(),
    }
}

fn day_text(day: i64) -> String {
    chrono::DateTime::from_timestamp_millis(day * DAY_MS)
        .map_or_else(|| day.to_string(), |t| t.date_naive().to_string())
}

pub(crate) fn finish(mut audit: AccessAudit<'_>) -> AccessResult {
    audit.flush_days();
    // In order of appearance, so that ties resolve the same way every run.
    let mut pairs: Vec<&super::audit::Pair> = audit.pairs.values().collect();
    pairs.sort_unstable_by_key(|p| p.info);
    let report = audit.report;
    let inv = audit.inv;
    let ix = &report.index;
    let n_agents = inv.agents.len();
    let window = window_text(&audit.summary);
    let mut agents: Vec<AgentAccess> = vec![AgentAccess::default(); n_agents];
    let mut first_last: Vec<(i64, i64)> = vec![(i64::MAX, i64::MIN); n_agents];
    let mut res_seen: Vec<HashSet<u32>> = vec![HashSet::new(); n_agents];
    let mut touched: BTreeMap<(u32, u32), TouchAgg> = BTreeMap::new();
    let mut used: HashMap<(u32, u32), (u8, BTreeSet<u32>)> = HashMap::new();
    let mut unexplained: BTreeMap<(u32, u32), Unexplained> = BTreeMap::new();
    let mut after: Vec<(u64, i64, i64, BTreeSet<u32>)> =
        vec![(0, i64::MAX, i64::MIN, BTreeSet::new()); n_agents];
    let mut unattributed: BTreeMap<u32, Unattributed> = BTreeMap::new();

    for (a, (f, l)) in audit.principals.iter().filter_map(|p| match p.attribution {
        Attribution::Agent(a) => Some((a, (p.first, p.last))),
        _ => None,
    }) {
        let fl = &mut first_last[a as usize];
        *fl = (fl.0.min(f), fl.1.max(l));
    }
    for pair in pairs {
        let pi = pair.info as usize;
        let info = &audit.infos[pi];
        let res = &audit.resources[info.res as usize];
        match &audit.principals[info.principal as usize].attribution {
            Attribution::Agent(a) => {
                let a = *a;
                audit.summary.attributed_events += pair.events;
                let s = &mut agents[a as usize].summary;
                s.events += pair.events;
                s.failed_events += pair.failed;
                s.data_events += pair.data_events;
                s.unexplained_events += pair.unexplained;
                s.after_expiry_events += pair.after_expiry;
                if res.regulated {
                    s.regulated_events += pair.data_events;
                }
                res_seen[a as usize].insert(info.res);
                if pair.data_events > 0 && res.regulated {
                    let t = touched.entry((a, info.res)).or_insert_with(|| TouchAgg {
                        first: i64::MAX,
                        last: i64::MIN,
                        ..Default::default()
                    });
                    t.bits |= pair.ok_bits;
                    t.events += pair.data_events;
                    t.first = t.first.min(pair.first);
                    t.last = t.last.max(pair.last);
                    t.bytes += pair.bytes;
                    t.rows += pair.rows;
                    t.raw.extend(pair.raw_actions().iter().copied());
                    t.unexplained |= pair.unexplained_bits;
                    for &(g, bits) in info.allow.iter() {
                        if bits & pair.ok_bits != 0 {
                            t.via.insert(g);
                        }
                    }
                }
                for &(g, bits) in info.allow.iter() {
                    let b = bits & pair.ok_bits;
                    if b != 0 {
                        let u = used.entry((a, g)).or_default();
                        u.0 |= b;
                        u.1.insert(info.res);
                    }
                }
                if pair.unexplained > 0 {
                    let u = unexplained
                        .entry((a, info.res))
                        .or_insert_with(|| Unexplained {
                            first: i64::MAX,
                            last: i64::MIN,
                            pair: pi,
                            ..Default::default()
                        });
                    u.events += pair.unexplained;
                    u.bits |= pair.unexplained_bits;
                    u.first = u.first.min(pair.first);
                    u.last = u.last.max(pair.last);
                    if info.judged_on > audit.infos[u.pair].judged_on {
                        u.pair = pi;
                    }
                }
                if pair.after_expiry > 0 {
                    let x = &mut after[a as usize];
                    x.0 += pair.after_expiry;
                    x.1 = audit.after_span[a as usize].0;
                    x.2 = audit.after_span[a as usize].1;
                    x.3.insert(info.res);
                }
            }
            Attribution::Unknown | Attribution::Shared(_) => {
                audit.summary.unattributed_events += pair.events;
                let u = unattributed
                    .entry(info.principal)
                    .or_insert_with(|| Unattributed {
                        first: i64::MAX,
                        last: i64::MIN,
                        ..Default::default()
                    });
                u.events += pair.events;
                u.data_events += pair.data_events;
                let who = &audit.principals[info.principal as usize];
                u.first = who.first;
                u.last = who.last;
                u.resources.insert(info.res);
                if pair.ok_bits & !crate::correlate::inventory::READ != 0 {
                    u.changes += pair.data_events;
                }
                if res.regulated && pair.data_events > 0 {
                    u.regulated_events += pair.data_events;
                    let name = res_name(&audit, info.res);
                    if u.example.is_none_or(|e| res_name(&audit, e) > name) {
                        u.example = Some(info.res);
                    }
                }
            }
        }
    }

    let mut findings: Vec<Finding> = Vec::new();

    // Unexplained accesses: the log and the grants disagree.
    for (&(a, r), u) in &unexplained {
        let aid = &inv.agents[a as usize].id;
        let ex = explain_res(&audit, a, r, audit.infos[u.pair].judged_on);
        let name = res_name(&audit, r);
        // Column grants on the object that do not cover this column are
        // left out of the explanation; say so, they are the likely mix-up.
        let res = &audit.resources[r as usize];
        let mut other_columns = Vec::new();
        if let (Some(col), Some(ctx)) = (&res.column, &audit.agents[a as usize]) {
            let uri = &audit.bases[res.base as usize].uri;
            for &(gi, _) in &ctx.grants {
                let g = &inv.grants[gi];
                for p in &g.patterns {
                    if let Some(cg) = &p.column {
                        if g.effect == Effect::Allow
                            && g.limit.is_none()
                            && g.actions & u.bits != 0
                            && p.matches_object(uri)
                            && !p.matches_column(col)
                        {
                            other_columns
                                .push(format!("grant '{}' covers only columns '{cg}'", g.id));
                        }
                    }
                }
            }
        }
        let why = why_not(&ex, u.bits, &inv.grants, other_columns);
        let mut f = Finding::new(
            format!("unexplained_access:{aid}:{name}"),
            "unexplained_access",
            Severity::High,
            Some(aid),
            None,
            Some(name.clone()),
            format!(
                "agent '{aid}' did {} on '{name}' {}x ({} .. {}) but no grant allows it: {why}",
                action_names(u.bits).join("/"),
                u.events,
                format_time(u.first),
                format_time(u.last),
            ),
        );
        f.events = Some(u.events);
        findings.push(f);
    }

    // Activity after the agent's expiry.
    for (a, x) in after.iter().enumerate() {
        if x.0 == 0 {
            continue;
        }
        let agent = &inv.agents[a];
        let regulated =
            x.3.iter()
                .filter(|&&r| audit.resources[r as usize].regulated)
                .count();
        let mut f = Finding::new(
            format!("access_after_expiry:{}", agent.id),
            "access_after_expiry",
            Severity::High,
            Some(&agent.id),
            None,
            None,
            format!(
                "agent '{}' expired on {} but made {} requests after it ({} .. {}) on {} resources, {regulated} of them regulated",
                agent.id,
                agent.expires.map_or_else(String::new, |d| d.to_string()),
                x.0,
                format_time(x.1),
                format_time(x.2),
                x.3.len(),
            ),
        );
        f.events = Some(x.0);
        findings.push(f);
    }

    // Unattributable activity.
    for (&p, u) in &unattributed {
        let info = &audit.principals[p as usize];
        let kind = match info.kind {
            PrincipalKind::Agent => "agent",
            PrincipalKind::Credential => "credential",
            PrincipalKind::Identity => "identity",
        };
        let label = &info.label;
        let who = match &info.attribution {
            Attribution::Shared(v) => {
                let names: Vec<&str> = v
                    .iter()
                    .map(|&a| inv.agents[a as usize].id.as_str())
                    .collect();
                format!(
                    "{kind} '{label}' is shared by agents {}, so its requests cannot be attributed to one of them",
                    names.join(", ")
                )
            }
            _ => match info.kind {
                PrincipalKind::Agent => format!("agent '{label}' is not in the inventory"),
                PrincipalKind::Credential => format!(
                    "credential '{label}' belongs to no agent of the inventory"
                ),
                PrincipalKind::Identity => format!(
                    "identity '{label}' maps to no agent (inventory credentials, --iam role ARNs, --principal-map)"
                ),
            },
        };
        let severity = if u.regulated_events > 0 || u.changes > 0 {
            Severity::High
        } else {
            Severity::Medium
        };
        let mut f = Finding::new(
            format!("unattributed_activity:{kind}:{label}"),
            "unattributed_activity",
            severity,
            None,
            None,
            u.example.map(|r| res_name(&audit, r)),
            format!(
                "{who}: {} requests ({} .. {}) on {} resources, {} of them succeeded on regulated data",
                u.events,
                format_time(u.first),
                format_time(u.last),
                u.resources.len(),
                u.regulated_events
            ),
        );
        f.events = Some(u.events);
        f.principal = Some(label.to_string());
        findings.push(f);
    }

    // Unused and partly used grants.
    let mut grant_sets: HashMap<usize, (MatchSet, u64)> = HashMap::new();
    for (a, (agent, acc)) in inv.agents.iter().zip(agents.iter_mut()).enumerate() {
        let grants: Vec<(usize, Option<&str>)> = match &audit.agents[a] {
            Some(ctx) => ctx.grants.clone(),
            None => inv.grants_of(agent).collect(),
        };
        let s = &mut acc.summary;
        for &(gi, role) in &grants {
            let g = &inv.grants[gi];
            if g.effect != Effect::Allow || g.limit.is_some() || g.is_expired(report.as_of) {
                continue;
            }
            let (gset, greg) = grant_sets.entry(gi).or_insert_with(|| {
                let m = grant_set(ix, g);
                let r = regulated_of(ix, &m);
                (m, r)
            });
            let through = match (&g.source, role) {
                (GrantSource::Iam { arn }, _) => format!(" (through IAM role {arn})"),
                (_, Some(r)) => format!(" (through role {r})"),
                _ => String::new(),
            };
            let role_field = match (&g.source, role) {
                (GrantSource::Iam { arn }, _) => Some(arn.clone()),
                (_, Some(r)) => Some(r.to_string()),
                _ => None,
            };
            let patterns: Vec<&str> = g.patterns.iter().map(|p| p.raw.as_str()).collect();
            match used.get(&(a as u32, gi as u32)) {
                None => {
                    s.unused_grants.push(g.id.clone());
                    let cats = cat_names(set_cats(ix, gset));
                    let reach = if *greg > 0 {
                        format!(
                            "it reaches {greg} regulated objects/columns ({}): a candidate for revocation",
                            cats.join(", ")
                        )
                    } else {
                        "it reaches no regulated data: a candidate for revocation".to_string()
                    };
                    let mut f = Finding::new(
                        format!("unused_grant:{}:{}", agent.id, g.id),
                        "unused_grant",
                        if *greg > 0 {
                            Severity::Medium
                        } else {
                            Severity::Low
                        },
                        Some(&agent.id),
                        Some(&g.id),
                        None,
                        format!(
                            "agent '{}' did not use grant '{}'{through} ([{}] on {}) {window}; {reach}",
                            agent.id,
                            g.id,
                            action_names(g.actions).join(", "),
                            patterns.join(", "),
                        ),
                    );
                    f.events = Some(0);
                    f.role = role_field;
                    findings.push(f);
                }
                Some((bits, used_res)) => {
                    s.used_grants.push(g.id.clone());
                    let list: Vec<(&str, Option<&str>)> = used_res
                        .iter()
                        .map(|&r| {
                            let res = &audit.resources[r as usize];
                            (&*audit.bases[res.base as usize].uri, res.column.as_deref())
                        })
                        .collect();
                    let mut distinct: Vec<String> =
                        used_res.iter().map(|&r| res_name(&audit, r)).collect();
                    distinct.sort();
                    distinct.dedup();
                    // Narrower resources: a shared prefix, else the few resources used.
                    let mut narrowed: Option<(Vec<String>, u64)> = None;
                    let try_set = |pats: &[String]| -> Option<u64> {
                        let mut m = MatchSet::default();
                        for p in pats {
                            let pat = crate::correlate::Pattern::parse(p).ok()?;
                            m.extend(&ix.match_pattern(&pat));
                        }
                        m.normalize();
                        if !subset(&m, gset) {
                            return None;
                        }
                        let reg = regulated_of(ix, &m);
                        (reg < *greg).then_some(reg)
                    };
                    if let Some(p) = common_pattern(&list) {
                        if let Some(reg) = try_set(std::slice::from_ref(&p)) {
                            narrowed = Some((vec![p], reg));
                        }
                    }
                    if narrowed.is_none() && distinct.len() <= 5 {
                        if let Some(reg) = try_set(&distinct) {
                            narrowed = Some((distinct.clone(), reg));
                        }
                    }
                    let unused_actions = g.actions & !bits;
                    if narrowed.is_none() && unused_actions == 0 {
                        continue;
                    }
                    let iam = matches!(g.source, GrantSource::Iam { .. });
                    let resources: Vec<String> = match &narrowed {
                        Some((v, _)) if iam => v.iter().map(|p| as_iam_arn(p)).collect(),
                        Some((v, _)) => v.clone(),
                        None => patterns.iter().map(|p| p.to_string()).collect(),
                    };
                    let mut parts = Vec::new();
                    if unused_actions != 0 {
                        parts.push(format!(
                            "[{}] never used",
                            action_names(unused_actions).join(", ")
                        ));
                    }
                    if let Some((_, reg)) = &narrowed {
                        parts.push(format!(
                            "{} of its {greg} regulated objects/columns are outside what was used",
                            *greg - reg
                        ));
                    }
                    let mut f = Finding::new(
                        format!("unused_grant:{}:{}", agent.id, g.id),
                        "unused_grant",
                        Severity::Low,
                        Some(&agent.id),
                        Some(&g.id),
                        None,
                        format!(
                            "agent '{}' used grant '{}'{through} only for [{}] on {} resources {window}; {}; suggested: [{}] on {}",
                            agent.id,
                            g.id,
                            action_names(*bits).join(", "),
                            distinct.len(),
                            parts.join("; "),
                            action_names(*bits).join(", "),
                            resources.join(", ")
                        ),
                    );
                    f.role = role_field;
                    f.suggested = Some(SuggestedGrant {
                        actions: action_names(*bits),
                        resources,
                    });
                    findings.push(f);
                }
            }
        }
    }

    // Touched entries.
    for (&(a, r), t) in &touched {
        let res = &audit.resources[r as usize];
        let (types, cats) = match res.labels {
            Labels::None => (&[][..], 0u8),
            Labels::Whole(o) => (&ix.objs[o as usize].types[..], ix.objs[o as usize].cats),
            Labels::Col(o, c) => {
                let col = &ix.objs[o as usize].columns[c as usize];
                (&col.types[..], col.cats)
            }
        };
        let mut raw: Vec<String> = t
            .raw
            .iter()
            .map(|&i| audit.raw_actions[i as usize].to_string())
            .collect();
        raw.sort();
        agents[a as usize].touched.push(TouchedEntry {
            resource: audit.bases[res.base as usize].uri.to_string(),
            column: res.column.as_deref().map(String::from),
            actions: action_names(t.bits),
            types: types
                .iter()
                .map(|&(ty, n)| (ix.type_names[ty as usize].clone(), n))
                .collect(),
            events: t.events,
            first: format_time(t.first),
            last: format_time(t.last),
            categories: cat_names(cats),
            raw_actions: raw,
            bytes: (t.bytes > 0).then_some(t.bytes),
            rows: (t.rows > 0).then_some(t.rows),
            via: t
                .via
                .iter()
                .map(|&g| inv.grants[g as usize].id.clone())
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect(),
            unexplained: action_names(t.unexplained),
        });
    }
    for (acc, days) in agents.iter_mut().zip(&audit.days) {
        for (day, d) in days {
            acc.timeline.push(TimelineDay {
                day: day_text(*day),
                events: d.events,
                failed_events: d.failed,
                regulated_events: d.regulated,
                unexplained_events: d.unexplained,
                after_expiry_events: d.after_expiry,
            });
        }
    }
    for (a, acc) in agents.iter_mut().enumerate() {
        acc.touched
            .sort_by(|x, y| (&x.resource, &x.column).cmp(&(&y.resource, &y.column)));
        let s = &mut acc.summary;
        s.resources = res_seen[a].len() as u64;
        let (f, l) = first_last[a];
        if f <= l {
            s.first = Some(format_time(f));
            s.last = Some(format_time(l));
        }
        s.used_grants.sort();
        s.unused_grants.sort();
        let reach_bits = report.agents[a]
            .totals
            .by_category
            .iter()
            .filter(|(_, t)| t.objects > 0)
            .filter_map(|(c, _)| crate::types::Category::parse(c))
            .fold(0u8, |b, c| b | crate::correlate::index::cat_bit(c));
        let touched_bits = acc
            .touched
            .iter()
            .flat_map(|t| t.categories.iter())
            .filter_map(|c| crate::types::Category::parse(c))
            .fold(0u8, |b, c| b | crate::correlate::index::cat_bit(c));
        s.reach_categories = cat_names(reach_bits);
        s.touched_categories = cat_names(touched_bits);
        s.unused_categories = cat_names(reach_bits & !touched_bits);
    }
    findings.sort_by(|a, b| b.severity.cmp(&a.severity).then_with(|| a.id.cmp(&b.id)));
    audit.summary.outcome = if audit.summary.malformed > 0 {
        "partial"
    } else {
        "complete"
    };
    AccessResult {
        summary: std::mem::take(&mut audit.summary),
        problems: std::mem::take(&mut audit.problems),
        agents,
        findings,
    }
}

impl ExposureReport {
    /// Merges an access audit: its findings join the governance findings
    /// (sorted by severity, then id), and `exposure.json` gains per agent
    /// `touched`, `timeline` and `access`.
    pub fn add_access(&mut self, access: AccessResult) {
        self.findings.extend(access.findings.iter().cloned());
        self.findings
            .sort_by(|a, b| b.severity.cmp(&a.severity).then_with(|| a.id.cmp(&b.id)));
        self.findings.dedup_by(|a, b| a.id == b.id);
        self.access = Some(access);
    }

    /// Some access log records could not be read.
    pub fn is_partial(&self) -> bool {
        self.access.as_ref().is_some_and(AccessResult::is_partial)
    }

    /// The access audit of one agent as readable text; `None` when the agent
    /// is unknown or no access logs were given.
    pub fn render_access(&self, agent: &str) -> Option<String> {
        let access = self.access.as_ref()?;
        let i = self.agents.iter().position(|a| a.id == agent)?;
        let acc = &access.agents[i];
        let s = &acc.summary;
        let mut out = String::new();
        let w = window_text(&access.summary);
        let _ = writeln!(out, "access audit of agent '{agent}' ({w})");
        let _ = writeln!(
            out,
            "  {} requests ({} failed or denied), {} on object data, {} on regulated data; {} unexplained; {} after expiry",
            s.events,
            s.failed_events,
            s.data_events,
            s.regulated_events,
            s.unexplained_events,
            s.after_expiry_events
        );
        if let (Some(f), Some(l)) = (&s.first, &s.last) {
            let _ = writeln!(out, "  first {f}, last {l}");
        }
        let _ = writeln!(out, "\ntouched regulated data ({}):", acc.touched.len());
        if acc.touched.is_empty() {
            let _ = writeln!(out, "  nothing");
        }
        for t in &acc.touched {
            let name = match &t.column {
                Some(c) => format!("{}#{c}", t.resource),
                None => t.resource.clone(),
            };
            let types: Vec<String> = t.types.iter().map(|(k, n)| format!("{k}: {n}")).collect();
            let _ = writeln!(
                out,
                "  {name}\n    {} x{} ({} .. {})  {{{}}}{}",
                t.actions.join(","),
                t.events,
                t.first,
                t.last,
                types.join(", "),
                if t.unexplained.is_empty() {
                    format!("  via {}", t.via.join(", "))
                } else {
                    format!("  UNEXPLAINED [{}]", t.unexplained.join(", "))
                }
            );
        }
        let _ = writeln!(out, "\ntimeline (UTC days):");
        if acc.timeline.is_empty() {
            let _ = writeln!(out, "  no requests");
        }
        for d in &acc.timeline {
            let mut extra = Vec::new();
            if d.failed_events > 0 {
                extra.push(format!("{} failed", d.failed_events));
            }
            if d.unexplained_events > 0 {
                extra.push(format!("{} unexplained", d.unexplained_events));
            }
            if d.after_expiry_events > 0 {
                extra.push(format!("{} after expiry", d.after_expiry_events));
            }
            let _ = writeln!(
                out,
                "  {}  {:>6} requests  {:>6} on regulated data{}",
                d.day,
                d.events,
                d.regulated_events,
                if extra.is_empty() {
                    String::new()
                } else {
                    format!("  ({})", extra.join(", "))
                }
            );
        }
        let mine = |kind: &str| -> Vec<&Finding> {
            self.findings
                .iter()
                .filter(|f| f.kind == kind && f.agent.as_deref() == Some(agent))
                .collect()
        };
        for (title, kind) in [
            ("unused grants", "unused_grant"),
            ("unexplained accesses", "unexplained_access"),
            ("access after expiry", "access_after_expiry"),
        ] {
            let fs = mine(kind);
            let _ = writeln!(out, "\n{title} ({}):", fs.len());
            if fs.is_empty() {
                let _ = writeln!(out, "  none");
            }
            for f in fs {
                let _ = writeln!(out, "  [{}] {}", f.severity.as_str(), f.message);
            }
        }
        if !s.unused_categories.is_empty() {
            let _ = writeln!(
                out,
                "\nregulated categories it can reach but did not touch: {}",
                s.unused_categories.join(", ")
            );
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_pattern_is_the_deepest_shared_folder() {
        let p = |v: &[(&str, Option<&str>)]| common_pattern(v);
        assert_eq!(
            p(&[("s3://l/crm/a.csv", None), ("s3://l/crm/sub/b.csv", None)]).as_deref(),
            Some("s3://l/crm/**")
        );
        assert_eq!(
            p(&[
                ("s3://l/crm/a.csv", Some("email")),
                ("s3://l/crm/a.csv", Some("email"))
            ])
            .as_deref(),
            Some("s3://l/crm/a.csv#email")
        );
        assert_eq!(
            p(&[
                ("s3://l/crm/a.csv", Some("email")),
                ("s3://l/crm/a.csv", None)
            ])
            .as_deref(),
            Some("s3://l/crm/a.csv")
        );
        assert_eq!(
            p(&[("s3://l/a.csv", None), ("s3://l/b.csv", None)]).as_deref(),
            Some("s3://l/**")
        );
        assert_eq!(p(&[("s3://l/a", None), ("s3://m/b", None)]), None);
        assert_eq!(p(&[]), None);
    }

    #[test]
    fn iam_suggestions_are_arns() {
        assert_eq!(as_iam_arn("s3://l/crm/**"), "arn:aws:s3:::l/crm/*");
        assert_eq!(as_iam_arn("s3://l/crm/a.csv#e"), "arn:aws:s3:::l/crm/a.csv");
    }
}
