//! Drift between two runs: what became regulated, which types appeared in
//! which columns, which agents gained or lost reach, which governance
//! findings are new or resolved — and whether anything grew, so a pipeline
//! can be gated on it.

use super::{severity_rank, AgentDoc, Error, FindingDoc, ReachDoc, RunDir};
use crate::correlate::LabelRecord;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// Findings at or above this rank (high) make a run "grow".
const GROWTH_RANK: u8 = 3;
/// Lines per section of the readable summary; the JSON has everything.
const SUMMARY_CAP: usize = 50;

/// Which parts of the two runs were compared (both runs must hold a part).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Compared {
    pub labels: bool,
    pub exposure: bool,
    pub findings: bool,
}

/// An object that became regulated, or stopped being.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ObjectChange {
    /// URI (through the exposure's root mapping) or `root/path`.
    pub object: String,
    pub root: String,
    pub path: String,
    /// Types of the regulated side (the new run for `became_regulated`).
    pub types: BTreeMap<String, u64>,
    pub categories: Vec<String>,
    /// The object is in both runs (else it is new, or was removed).
    pub in_both: bool,
}

/// Types that appeared in or left one object (`column: null`) or column of
/// an object present in both runs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TypeChange {
    pub object: String,
    pub column: Option<String>,
    pub added: Vec<String>,
    pub removed: Vec<String>,
}

/// Scan-side drift.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ObjectsDrift {
    /// `root+path`, or `path` when each run scanned one root and the roots
    /// differ (the same lake scanned from two places).
    pub matched_by: &'static str,
    pub became_regulated: Vec<ObjectChange>,
    pub stopped_regulated: Vec<ObjectChange>,
    pub types_changed: Vec<TypeChange>,
}

/// Reach to one resource (or column) gained or lost: the actions and types
/// that changed (all of them when the entry is new or gone).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReachChange {
    pub resource: String,
    pub column: Option<String>,
    pub actions: Vec<String>,
    pub types: Vec<String>,
}

/// One agent whose reach to regulated data changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgentDrift {
    pub agent: String,
    /// `new`, `removed` or `changed`.
    pub status: &'static str,
    pub gained_categories: Vec<String>,
    pub lost_categories: Vec<String>,
    pub gained_types: Vec<String>,
    pub lost_types: Vec<String>,
    pub gained: Vec<ReachChange>,
    pub lost: Vec<ReachChange>,
}

/// A finding present in both runs whose severity changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FindingChange {
    pub id: String,
    pub kind: String,
    pub agent: Option<String>,
    pub old_severity: String,
    pub new_severity: String,
    pub message: String,
}

/// Governance-finding drift, by finding identity (`id`).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct FindingsDrift {
    pub new: Vec<FindingDoc>,
    pub resolved: Vec<FindingDoc>,
    pub severity_changed: Vec<FindingChange>,
}

/// The drift between two runs; serialises as the `--json` document.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Drift {
    pub old: String,
    pub new: String,
    pub compared: Compared,
    /// Reach to regulated data grew, regulated data grew, or a high or
    /// critical finding appeared (or was raised to high or above).
    pub grew: bool,
    pub reasons: Vec<String>,
    pub objects: Option<ObjectsDrift>,
    pub agents: Option<Vec<AgentDrift>>,
    pub findings: Option<FindingsDrift>,
}

impl Drift {
    /// Compares every part both runs hold; an error when they share none.
    pub fn compare(old: &RunDir, new: &RunDir) -> Result<Drift, Error> {
        let mut d = Drift {
            old: old.dir.display().to_string(),
            new: new.dir.display().to_string(),
            ..Default::default()
        };
        if let (Some(a), Some(b)) = (&old.labels, &new.labels) {
            d.compared.labels = true;
            d.objects = Some(objects_drift(old, a, new, b));
        }
        if let (Some(a), Some(b)) = (&old.exposure, &new.exposure) {
            d.compared.exposure = true;
            d.agents = Some(agents_drift(&a.agents, &b.agents));
        }
        if let (Some(a), Some(b)) = (&old.findings, &new.findings) {
            d.compared.findings = true;
            d.findings = Some(findings_drift(&a.findings, &b.findings));
        }
        if d.compared == Compared::default() {
            return Err(Error::Incomparable(format!(
                "{} holds {} and {} holds {}",
                d.old,
                holds(old),
                d.new,
                holds(new)
            )));
        }
        d.reasons = d.growth_reasons();
        d.grew = !d.reasons.is_empty();
        Ok(d)
    }

    fn growth_reasons(&self) -> Vec<String> {
        let mut r = Vec::new();
        if let Some(o) = &self.objects {
            if !o.became_regulated.is_empty() {
                r.push(format!(
                    "{} objects became regulated",
                    o.became_regulated.len()
                ));
            }
            let added = o.types_changed.iter().filter(|t| !t.added.is_empty());
            let n = added.count();
            if n > 0 {
                r.push(format!("new types in {n} objects or columns"));
            }
        }
        if let Some(a) = &self.agents {
            let grew: Vec<&str> = a
                .iter()
                .filter(|a| !a.gained.is_empty())
                .map(|a| a.agent.as_str())
                .collect();
            if !grew.is_empty() {
                r.push(format!(
                    "reach to regulated data grew for {}",
                    grew.join(", ")
                ));
            }
        }
        if let Some(f) = &self.findings {
            let new_high = f.new.iter().filter(|f| f.rank() >= GROWTH_RANK).count();
            if new_high > 0 {
                r.push(format!("{new_high} new high or critical findings"));
            }
            let raised = f
                .severity_changed
                .iter()
                .filter(|c| {
                    let (o, n) = (
                        severity_rank(&c.old_severity),
                        severity_rank(&c.new_severity),
                    );
                    n > o && n >= GROWTH_RANK
                })
                .count();
            if raised > 0 {
                r.push(format!("{raised} findings raised to high or critical"));
            }
        }
        r
    }

    /// 1 when something grew, else 0.
    pub fn exit_code(&self) -> u8 {
        u8::from(self.grew)
    }

    /// A readable summary naming objects and agents (capped per section).
    pub fn render_summary(&self) -> String {
        let mut s = format!("drift {} -> {}\n", self.old, self.new);
        let capped = |s: &mut String, lines: Vec<String>| {
            let n = lines.len();
            for l in lines.into_iter().take(SUMMARY_CAP) {
                s.push_str(&l);
                s.push('\n');
            }
            if n > SUMMARY_CAP {
                s.push_str(&format!(
                    "    ... and {} more (see --json)\n",
                    n - SUMMARY_CAP
                ));
            }
        };
        match &self.objects {
            None => s.push_str("\nobjects: not compared (both runs need labels.jsonl)\n"),
            Some(o) => {
                s.push_str(&format!(
                    "\nobjects: {} became regulated, {} stopped, {} type changes (matched by {})\n",
                    o.became_regulated.len(),
                    o.stopped_regulated.len(),
                    o.types_changed.len(),
                    o.matched_by
                ));
                let mut lines: Vec<String> = o
                    .became_regulated
                    .iter()
                    .map(|c| {
                        format!(
                            "  + {} became regulated{}: {}",
                            c.object,
                            if c.in_both { "" } else { " (new object)" },
                            type_list(&c.types, &c.categories)
                        )
                    })
                    .collect();
                lines.extend(o.stopped_regulated.iter().map(|c| {
                    format!(
                        "  - {} stopped being regulated{}",
                        c.object,
                        if c.in_both { "" } else { " (removed)" }
                    )
                }));
                lines.extend(o.types_changed.iter().map(|t| {
                    let mut l = format!(
                        "  ~ {}{}:",
                        t.object,
                        t.column
                            .as_deref()
                            .map(|c| format!(" column {c}"))
                            .unwrap_or_default()
                    );
                    if !t.added.is_empty() {
                        l.push_str(&format!(" +{}", t.added.join(" +")));
                    }
                    if !t.removed.is_empty() {
                        l.push_str(&format!(" -{}", t.removed.join(" -")));
                    }
                    l
                }));
                capped(&mut s, lines);
            }
        }
        match &self.agents {
            None => s.push_str("\nagents: not compared (both runs need exposure.json)\n"),
            Some(a) => {
                let gained = a.iter().filter(|a| !a.gained.is_empty()).count();
                let lost = a.iter().filter(|a| !a.lost.is_empty()).count();
                s.push_str(&format!(
                    "\nagents: {gained} gained reach, {lost} lost reach\n"
                ));
                let mut lines = Vec::new();
                for ag in a {
                    let tag = match ag.status {
                        "new" => " (new agent)",
                        "removed" => " (removed agent)",
                        _ => "",
                    };
                    if !ag.gained.is_empty() {
                        lines.push(format!(
                            "  + {}{tag} gained {}",
                            ag.agent,
                            cats_types(&ag.gained_categories, &ag.gained_types)
                        ));
                        lines.extend(ag.gained.iter().map(|r| format!("      + {}", reach(r))));
                    }
                    if !ag.lost.is_empty() {
                        lines.push(format!(
                            "  - {}{tag} lost {}",
                            ag.agent,
                            cats_types(&ag.lost_categories, &ag.lost_types)
                        ));
                        lines.extend(ag.lost.iter().map(|r| format!("      - {}", reach(r))));
                    }
                }
                capped(&mut s, lines);
            }
        }
        match &self.findings {
            None => s.push_str("\nfindings: not compared (both runs need findings.json)\n"),
            Some(f) => {
                s.push_str(&format!(
                    "\nfindings: {} new, {} resolved, {} changed severity\n",
                    f.new.len(),
                    f.resolved.len(),
                    f.severity_changed.len()
                ));
                let mut lines: Vec<String> = f
                    .new
                    .iter()
                    .map(|x| format!("  + [{}] {}: {}", x.severity, x.kind, x.message))
                    .collect();
                lines.extend(
                    f.resolved
                        .iter()
                        .map(|x| format!("  - [{}] {}: {}", x.severity, x.kind, x.message)),
                );
                lines.extend(f.severity_changed.iter().map(|c| {
                    format!(
                        "  ~ [{} -> {}] {}: {}",
                        c.old_severity, c.new_severity, c.kind, c.message
                    )
                }));
                capped(&mut s, lines);
            }
        }
        if self.grew {
            s.push_str(&format!("\nverdict: GREW ({})\n", self.reasons.join("; ")));
        } else {
            s.push_str("\nverdict: nothing grew\n");
        }
        s
    }
}

fn holds(run: &RunDir) -> String {
    let mut parts = Vec::new();
    if run.labels.is_some() {
        parts.push("labels.jsonl");
    }
    if run.exposure.is_some() {
        parts.push("exposure.json");
    }
    if run.findings.is_some() {
        parts.push("findings.json");
    }
    if parts.is_empty() {
        "nothing".into()
    } else {
        format!("only {}", parts.join(", "))
    }
}

fn type_list(types: &BTreeMap<String, u64>, cats: &[String]) -> String {
    let t: Vec<String> = types.iter().map(|(t, n)| format!("{t} {n}")).collect();
    format!("{} ({})", t.join(", "), cats.join(", "))
}

fn cats_types(cats: &[String], types: &[String]) -> String {
    match (cats.is_empty(), types.is_empty()) {
        (true, true) => "reach to objects of types it already reached".into(),
        (false, _) => format!("{} ({})", cats.join(", "), types.join(", ")),
        (true, false) => types.join(", "),
    }
}

fn reach(r: &ReachChange) -> String {
    let mut l = r.resource.clone();
    if let Some(c) = &r.column {
        l.push('#');
        l.push_str(c);
    }
    if !r.actions.is_empty() {
        l.push_str(&format!(" [{}]", r.actions.join(",")));
    }
    if !r.types.is_empty() {
        l.push_str(&format!(" {}", r.types.join(", ")));
    }
    l
}

type ObjKey = (String, String, Option<String>);

fn objects_drift(
    old_run: &RunDir,
    old: &[LabelRecord],
    new_run: &RunDir,
    new: &[LabelRecord],
) -> ObjectsDrift {
    let roots = |l: &[LabelRecord]| -> BTreeSet<String> {
        l.iter()
            .map(|r| r.root.trim_end_matches('/').to_string())
            .collect()
    };
    let (ro, rn) = (roots(old), roots(new));
    let by_path = ro.len() == 1 && rn.len() == 1 && ro != rn;
    fn index(l: &[LabelRecord], by_path: bool) -> BTreeMap<ObjKey, &LabelRecord> {
        l.iter()
            .map(|r| {
                let root = if by_path {
                    String::new()
                } else {
                    r.root.trim_end_matches('/').to_string()
                };
                ((root, r.path.clone(), r.column.clone()), r)
            })
            .collect()
    }
    let (a, b) = (index(old, by_path), index(new, by_path));
    let mut out = ObjectsDrift {
        matched_by: if by_path { "path" } else { "root+path" },
        ..Default::default()
    };
    let change = |run: &RunDir, r: &LabelRecord, in_both: bool| ObjectChange {
        object: run.object_name(&r.root, &r.path),
        root: r.root.clone(),
        path: r.path.clone(),
        types: r.types.clone(),
        categories: r.categories.clone(),
        in_both,
    };
    let objects = |m: &BTreeMap<ObjKey, &LabelRecord>| -> BTreeSet<(String, String)> {
        m.keys().map(|(r, p, _)| (r.clone(), p.clone())).collect()
    };
    let (objects_a, objects_b) = (objects(&a), objects(&b));
    let keys: BTreeSet<&ObjKey> = a.keys().chain(b.keys()).collect();
    for k in keys {
        let (o, n) = (a.get(k).copied(), b.get(k).copied());
        let regulated = |r: Option<&LabelRecord>| r.is_some_and(|r| !r.types.is_empty());
        if k.2.is_none() {
            match (regulated(o), regulated(n)) {
                (false, true) => {
                    out.became_regulated
                        .push(change(new_run, n.expect("regulated"), o.is_some()))
                }
                (true, false) => {
                    out.stopped_regulated
                        .push(change(old_run, o.expect("regulated"), n.is_some()))
                }
                _ => {}
            }
        }
        let types = |r: Option<&LabelRecord>| -> BTreeSet<String> {
            r.map(|r| r.types.keys().cloned().collect())
                .unwrap_or_default()
        };
        // New and removed objects are whole in became/stopped_regulated;
        // type changes are for objects in both runs (a new column included).
        let object = (k.0.clone(), k.1.clone());
        if !objects_a.contains(&object) || !objects_b.contains(&object) {
            continue;
        }
        let (to, tn) = (types(o), types(n));
        if to != tn {
            let (run, r) = match n {
                Some(r) => (new_run, r),
                None => (old_run, o.expect("one side exists")),
            };
            out.types_changed.push(TypeChange {
                object: run.object_name(&r.root, &r.path),
                column: r.column.clone(),
                added: tn.difference(&to).cloned().collect(),
                removed: to.difference(&tn).cloned().collect(),
            });
        }
    }
    out
}

type ReachKey = (String, Option<String>);

fn reach_map(a: Option<&AgentDoc>) -> BTreeMap<ReachKey, &ReachDoc> {
    a.map(|a| {
        a.reach
            .iter()
            .filter(|r| !r.types.is_empty() || !r.categories.is_empty())
            .map(|r| ((r.resource.clone(), r.column.clone()), r))
            .collect()
    })
    .unwrap_or_default()
}

fn cats_and_types(m: &BTreeMap<ReachKey, &ReachDoc>) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut cats = BTreeSet::new();
    let mut types = BTreeSet::new();
    for r in m.values() {
        cats.extend(r.categories.iter().cloned());
        types.extend(r.types.keys().cloned());
    }
    (cats, types)
}

/// Entries of `to` not (fully) in `from`: new entries whole, existing ones
/// with only the actions and types they added.
fn grown(
    from: &BTreeMap<ReachKey, &ReachDoc>,
    to: &BTreeMap<ReachKey, &ReachDoc>,
) -> Vec<ReachChange> {
    let mut out = Vec::new();
    for (k, r) in to {
        let (actions, types): (Vec<String>, Vec<String>) = match from.get(k) {
            None => (r.actions.clone(), r.types.keys().cloned().collect()),
            Some(p) => (
                r.actions
                    .iter()
                    .filter(|a| !p.actions.contains(a))
                    .cloned()
                    .collect(),
                r.types
                    .keys()
                    .filter(|t| !p.types.contains_key(*t))
                    .cloned()
                    .collect(),
            ),
        };
        if from.contains_key(k) && actions.is_empty() && types.is_empty() {
            continue;
        }
        out.push(ReachChange {
            resource: k.0.clone(),
            column: k.1.clone(),
            actions,
            types,
        });
    }
    out
}

fn agents_drift(old: &[AgentDoc], new: &[AgentDoc]) -> Vec<AgentDrift> {
    let a: BTreeMap<&str, &AgentDoc> = old.iter().map(|a| (a.id.as_str(), a)).collect();
    let b: BTreeMap<&str, &AgentDoc> = new.iter().map(|a| (a.id.as_str(), a)).collect();
    let ids: BTreeSet<&str> = a.keys().chain(b.keys()).copied().collect();
    let mut out = Vec::new();
    for id in ids {
        let (o, n) = (a.get(id).copied(), b.get(id).copied());
        let (ro, rn) = (reach_map(o), reach_map(n));
        let gained = grown(&ro, &rn);
        let lost = grown(&rn, &ro);
        if gained.is_empty() && lost.is_empty() {
            continue;
        }
        let ((co, to), (cn, tn)) = (cats_and_types(&ro), cats_and_types(&rn));
        let diff = |x: &BTreeSet<String>, y: &BTreeSet<String>| -> Vec<String> {
            x.difference(y).cloned().collect()
        };
        out.push(AgentDrift {
            agent: id.to_string(),
            status: match (o.is_some(), n.is_some()) {
                (false, _) => "new",
                (_, false) => "removed",
                _ => "changed",
            },
            gained_categories: diff(&cn, &co),
            lost_categories: diff(&co, &cn),
            gained_types: diff(&tn, &to),
            lost_types: diff(&to, &tn),
            gained,
            lost,
        });
    }
    out
}

fn findings_drift(old: &[FindingDoc], new: &[FindingDoc]) -> FindingsDrift {
    let a: BTreeMap<String, &FindingDoc> = old.iter().map(|f| (f.identity(), f)).collect();
    let b: BTreeMap<String, &FindingDoc> = new.iter().map(|f| (f.identity(), f)).collect();
    let mut d = FindingsDrift::default();
    for (id, f) in &b {
        match a.get(id) {
            None => d.new.push((*f).clone()),
            Some(p) if !p.severity.eq_ignore_ascii_case(&f.severity) => {
                d.severity_changed.push(FindingChange {
                    id: id.clone(),
                    kind: f.kind.clone(),
                    agent: f.agent.clone(),
                    old_severity: p.severity.clone(),
                    new_severity: f.severity.clone(),
                    message: f.message.clone(),
                })
            }
            Some(_) => {}
        }
    }
    for (id, f) in &a {
        if !b.contains_key(id) {
            d.resolved.push((*f).clone());
        }
    }
    let order = |x: &FindingDoc, y: &FindingDoc| {
        y.rank()
            .cmp(&x.rank())
            .then_with(|| x.identity().cmp(&y.identity()))
    };
    d.new.sort_by(order);
    d.resolved.sort_by(order);
    d
}

#[cfg(test)]
mod tests {
    use super::super::{ExposureDoc, FindingsDoc};
    use super::*;

    fn label(path: &str, column: Option<&str>, types: &[(&str, u64)]) -> LabelRecord {
        LabelRecord {
            root: "lake".into(),
            path: path.into(),
            column: column.map(String::from),
            types: types.iter().map(|(t, n)| (t.to_string(), *n)).collect(),
            categories: if types.is_empty() {
                vec![]
            } else {
                vec!["PII".into()]
            },
            ..Default::default()
        }
    }

    fn scan_run(labels: Vec<LabelRecord>) -> RunDir {
        RunDir {
            dir: "run".into(),
            labels: Some(labels),
            ..Default::default()
        }
    }

    fn entry(resource: &str, actions: &[&str], types: &[&str], cats: &[&str]) -> ReachDoc {
        ReachDoc {
            resource: resource.into(),
            actions: actions.iter().map(|s| s.to_string()).collect(),
            types: types.iter().map(|t| (t.to_string(), 1)).collect(),
            categories: cats.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        }
    }

    fn exposure_run(agents: Vec<(&str, Vec<ReachDoc>)>, findings: Vec<FindingDoc>) -> RunDir {
        RunDir {
            dir: "run".into(),
            exposure: Some(ExposureDoc {
                agents: agents
                    .into_iter()
                    .map(|(id, reach)| AgentDoc {
                        id: id.into(),
                        reach,
                        ..Default::default()
                    })
                    .collect(),
                ..Default::default()
            }),
            findings: Some(FindingsDoc {
                findings,
                ..Default::default()
            }),
            ..Default::default()
        }
    }

    fn finding(id: &str, severity: &str) -> FindingDoc {
        FindingDoc {
            id: Some(id.into()),
            kind: id.split(':').next().unwrap().into(),
            severity: severity.into(),
            message: format!("about {id}"),
            ..Default::default()
        }
    }

    #[test]
    fn identical_runs_do_not_grow() {
        let labels = vec![
            label("a.txt", None, &[("US_SSN", 2)]),
            label("b.txt", None, &[]),
        ];
        let run = scan_run(labels);
        let d = Drift::compare(&run, &run).unwrap();
        assert!(!d.grew, "{d:?}");
        assert_eq!(d.exit_code(), 0);
        assert!(d.objects.unwrap().types_changed.is_empty());
        assert!(d.agents.is_none(), "exposure is not in either run");
    }

    #[test]
    fn object_becoming_regulated_and_new_column_type_grow() {
        let old = scan_run(vec![
            label("a.txt", None, &[]),
            label("t.csv", None, &[("EMAIL_ADDRESS", 3)]),
            label("t.csv", Some("note"), &[]),
            label("gone.txt", None, &[("US_SSN", 1)]),
        ]);
        let new = scan_run(vec![
            label("a.txt", None, &[("US_SSN", 1)]),
            label("t.csv", None, &[("EMAIL_ADDRESS", 3), ("US_SSN", 2)]),
            label("t.csv", Some("note"), &[("US_SSN", 2)]),
            label("n.txt", None, &[("PHONE_NUMBER", 1)]),
        ]);
        let d = Drift::compare(&old, &new).unwrap();
        let o = d.objects.clone().unwrap();
        let became: Vec<(&str, bool)> = o
            .became_regulated
            .iter()
            .map(|c| (c.path.as_str(), c.in_both))
            .collect();
        assert_eq!(became, vec![("a.txt", true), ("n.txt", false)]);
        assert_eq!(o.stopped_regulated.len(), 1);
        assert_eq!(o.stopped_regulated[0].path, "gone.txt");
        assert!(!o.stopped_regulated[0].in_both);
        let col = o
            .types_changed
            .iter()
            .find(|t| t.column.as_deref() == Some("note"))
            .unwrap();
        assert_eq!(col.added, vec!["US_SSN"]);
        assert!(
            o.types_changed.iter().all(|t| t.object != "lake/n.txt"),
            "a new object is listed whole in became_regulated"
        );
        assert!(d.grew);
        assert_eq!(d.exit_code(), 1);
        let text = d.render_summary();
        assert!(text.contains("lake/a.txt became regulated"), "{text}");
        assert!(text.contains("column note: +US_SSN"), "{text}");
    }

    #[test]
    fn objects_match_by_path_when_one_lake_was_scanned_from_two_places() {
        let old = scan_run(vec![label("a.txt", None, &[("US_SSN", 1)])]);
        let mut moved = label("a.txt", None, &[("US_SSN", 1)]);
        moved.root = "/tmp/copy/lake".into();
        let new = scan_run(vec![moved]);
        let d = Drift::compare(&old, &new).unwrap();
        assert_eq!(d.objects.as_ref().unwrap().matched_by, "path");
        assert!(!d.grew, "{d:?}");
    }

    #[test]
    fn gained_category_type_and_action_are_growth_lost_is_not() {
        let old = exposure_run(
            vec![
                (
                    "bot",
                    vec![entry("s3://l/a", &["read"], &["EMAIL_ADDRESS"], &["PII"])],
                ),
                (
                    "old",
                    vec![entry("s3://l/a", &["read"], &["EMAIL_ADDRESS"], &["PII"])],
                ),
            ],
            vec![],
        );
        let new = exposure_run(
            vec![
                (
                    "bot",
                    vec![
                        entry("s3://l/a", &["read", "write"], &["EMAIL_ADDRESS"], &["PII"]),
                        entry("s3://l/n", &["read"], &["US_NPI"], &["PHI"]),
                    ],
                ),
                ("old", vec![]),
            ],
            vec![],
        );
        let d = Drift::compare(&old, &new).unwrap();
        let agents = d.agents.clone().unwrap();
        let bot = agents.iter().find(|a| a.agent == "bot").unwrap();
        assert_eq!(bot.gained_categories, vec!["PHI"]);
        assert_eq!(bot.gained_types, vec!["US_NPI"]);
        assert_eq!(bot.gained.len(), 2);
        assert_eq!(bot.gained[0].actions, vec!["write"]);
        assert!(bot.gained[0].types.is_empty());
        let old_agent = agents.iter().find(|a| a.agent == "old").unwrap();
        assert_eq!(old_agent.lost_categories, vec!["PII"]);
        assert!(old_agent.gained.is_empty());
        assert!(d.grew);
        assert!(d.reasons[0].contains("bot"), "{:?}", d.reasons);

        // The other way round bot only loses; 'old' regains its reach.
        let back = Drift::compare(&new, &old).unwrap();
        let agents = back.agents.clone().unwrap();
        let bot = agents.iter().find(|a| a.agent == "bot").unwrap();
        assert!(bot.gained.is_empty());
        assert_eq!(bot.lost_categories, vec!["PHI"]);
        assert_eq!(bot.lost[0].actions, vec!["write"]);
        assert_eq!(back.reasons, vec!["reach to regulated data grew for old"]);
    }

    #[test]
    fn lost_reach_alone_does_not_grow() {
        let old = exposure_run(
            vec![(
                "bot",
                vec![entry("s3://l/a", &["read"], &["US_SSN"], &["PII"])],
            )],
            vec![],
        );
        let new = exposure_run(vec![], vec![]);
        let d = Drift::compare(&old, &new).unwrap();
        let agents = d.agents.clone().unwrap();
        assert_eq!(agents[0].status, "removed");
        assert_eq!(agents[0].lost.len(), 1);
        assert!(!d.grew, "{:?}", d.reasons);
        assert!(d
            .render_summary()
            .contains("- bot (removed agent) lost PII (US_SSN)"));
    }

    #[test]
    fn findings_compare_by_identity_whatever_the_kind() {
        let old = exposure_run(
            vec![],
            vec![
                finding("orphaned_agent:a", "high"),
                finding("expired_agent:b", "medium"),
            ],
        );
        let new = exposure_run(
            vec![],
            vec![
                finding("expired_agent:b", "medium"),
                finding("unused_grant:g1", "low"),
            ],
        );
        let d = Drift::compare(&old, &new).unwrap();
        let f = d.findings.clone().unwrap();
        assert_eq!(f.new[0].identity(), "unused_grant:g1");
        assert_eq!(f.resolved[0].identity(), "orphaned_agent:a");
        assert!(!d.grew, "a new low finding does not gate: {:?}", d.reasons);

        let newer = exposure_run(
            vec![],
            vec![
                finding("expired_agent:b", "high"),
                finding("unexplained_access:a:s3://l/x", "critical"),
            ],
        );
        let d = Drift::compare(&new, &newer).unwrap();
        assert!(d.grew);
        assert_eq!(d.reasons.len(), 2, "{:?}", d.reasons);
        let f = d.findings.unwrap();
        assert_eq!(f.severity_changed[0].new_severity, "high");
        assert_eq!(f.new[0].kind, "unexplained_access");
    }

    #[test]
    fn runs_with_nothing_in_common_are_an_error() {
        let scan = scan_run(vec![label("a.txt", None, &[])]);
        let exp = exposure_run(vec![], vec![]);
        let err = Drift::compare(&scan, &exp).unwrap_err().to_string();
        assert!(err.contains("only labels.jsonl"), "{err}");
    }
}
