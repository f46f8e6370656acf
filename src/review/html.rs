//! The HTML exposure report: one self-contained page (inline CSS, JS and
//! SVG; a Content-Security-Policy that forbids every fetch) rendered on the
//! server side, so it reads without JavaScript and every user-provided
//! string passes through [`escape_html`] exactly once. The script only
//! sorts, filters and recolours what is already there.

use super::{severity_rank, AgentDoc, Error, FindingDoc, ReachDoc, RunDir};
use crate::correlate::LabelRecord;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

const CSS: &str = include_str!("report.css");
const JS: &str = include_str!("report.js");

/// Caps that keep the page bounded whatever the size of the lake; what is
/// left out is counted in an "N more" note.
const MAX_AGENTS: usize = 500;
const MAX_TYPE_COLUMNS: usize = 60;
const MAX_REACH_PER_AGENT: usize = 200;
const MAX_TOUCHED_PER_AGENT: usize = 200;
const MAX_FINDINGS: usize = 1000;
const MAX_FINDINGS_PER_AGENT: usize = 100;
const MAX_OBJECTS: usize = 1000;
const MAX_COLUMNS_PER_OBJECT: usize = 100;
const MAX_AGENTS_PER_OBJECT: usize = 100;
const MAX_UNREGULATED_LISTED: usize = 200;
const MAX_TREE_NODES: usize = 200;

const CATEGORY_ORDER: [&str; 3] = ["PII", "PHI", "FINANCIAL"];
const SEVERITIES: [&str; 4] = ["critical", "high", "medium", "low"];
/// Preferred column order of access-log `touched` entries; other keys follow.
const TOUCHED_ORDER: [&str; 7] = [
    "resource", "column", "actions", "types", "events", "first", "last",
];

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn e(s: &str) -> String {
    escape_html(s)
}

/// A JSON value as plain text (strings unquoted, lists comma-separated).
fn value_text(v: &Value) -> String {
    match v {
        Value::Null => "-".into(),
        Value::String(s) => s.clone(),
        Value::Array(a) => a.iter().map(value_text).collect::<Vec<_>>().join(", "),
        Value::Object(m) => m
            .iter()
            .map(|(k, v)| format!("{k}: {}", value_text(v)))
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    }
}

fn sev_badge(sev: &str) -> String {
    let class = if SEVERITIES.contains(&sev.to_ascii_lowercase().as_str()) {
        sev.to_ascii_lowercase()
    } else {
        "other".into()
    };
    format!(
        "<span class=\"sev sev-{class}\">{}</span>",
        e(if sev.is_empty() { "?" } else { sev })
    )
}

fn more(n: usize, what: &str) -> String {
    if n == 0 {
        String::new()
    } else {
        format!("<p class=\"more\">… and {n} more {what} not shown</p>\n")
    }
}

/// Background of a matrix cell; the same formula as `report.js`.
fn heat(v: u64, max: u64) -> String {
    if v == 0 {
        return String::new();
    }
    let a = 0.15 + 0.75 * (1.0 + v as f64).ln() / (1.0 + max.max(1) as f64).ln();
    let fg = if a > 0.55 { "color:#fff;" } else { "" };
    format!(" style=\"background:rgba(192,57,43,{a:.3});{fg}\"")
}

/// One labelled object: its whole-object label and its columns.
struct Object<'a> {
    name: String,
    label: Option<&'a LabelRecord>,
    columns: Vec<&'a LabelRecord>,
}

impl Object<'_> {
    fn regulated(&self) -> bool {
        self.label.is_some_and(|l| !l.types.is_empty())
            || self.columns.iter().any(|c| !c.types.is_empty())
    }
}

/// Per agent and matrix column: objects, rows and findings reachable.
#[derive(Default, Clone, Copy)]
struct Cell {
    objects: u64,
    rows: u64,
    findings: u64,
}

fn category_rank(c: &str) -> usize {
    CATEGORY_ORDER
        .iter()
        .position(|x| *x == c)
        .unwrap_or(CATEGORY_ORDER.len())
}

/// Matrix cells of one agent, keyed by category or type name.
fn agent_cells(a: &AgentDoc) -> BTreeMap<String, Cell> {
    // Objects and rows count once per resource, whatever the columns.
    let mut per_key: BTreeMap<String, BTreeMap<&str, (u64, u64)>> = BTreeMap::new();
    for r in &a.reach {
        let rows = r.rows.unwrap_or(0);
        let mut add = |key: String, findings: u64| {
            let slot = per_key
                .entry(key)
                .or_default()
                .entry(r.resource.as_str())
                .or_default();
            slot.0 = slot.0.max(rows);
            slot.1 += findings;
        };
        for c in &r.categories {
            let f: u64 = r.findings_in_category(c);
            add(format!("cat:{c}"), f);
        }
        for (t, n) in &r.types {
            add(format!("type:{t}"), *n);
        }
    }
    per_key
        .into_iter()
        .map(|(k, res)| {
            let cell = Cell {
                objects: res.len() as u64,
                rows: res.values().map(|v| v.0).sum(),
                findings: res.values().map(|v| v.1).sum(),
            };
            (k, cell)
        })
        .collect()
}

impl ReachDoc {
    /// Findings of the entry's types in category `c`, when the category of
    /// each type is known; else all of the entry's findings.
    fn findings_in_category(&self, c: &str) -> u64 {
        let known: u64 = self
            .types
            .iter()
            .filter(|(t, _)| {
                crate::types::BUILTIN_TYPES
                    .iter()
                    .any(|(name, cat)| name == t && cat.as_str() == c)
            })
            .map(|(_, n)| n)
            .sum();
        if known > 0 || self.categories.len() > 1 {
            known
        } else {
            self.findings
        }
    }
}

/// Renders the report of a scan run and an exposure run (may be one run).
pub fn render_html(scan: &RunDir, exposure: &RunDir) -> Result<String, Error> {
    let labels: &[LabelRecord] = scan.labels.as_deref().ok_or_else(|| Error::NoOutputs {
        path: scan.dir.clone(),
        message: "no labels.jsonl (scan output) here".into(),
    })?;
    let exp = exposure.exposure.as_ref().ok_or_else(|| Error::NoOutputs {
        path: exposure.dir.clone(),
        message: "no exposure.json (exposure output) here".into(),
    })?;
    let no_findings = Vec::new();
    let findings: &[FindingDoc] = exposure
        .findings
        .as_ref()
        .map_or(&no_findings, |f| &f.findings);

    let mut agents: Vec<&AgentDoc> = exp.agents.iter().collect();
    agents.sort_by(|a, b| a.id.cmp(&b.id));
    let agent_anchor: BTreeMap<&str, usize> = agents
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let objects = collect_objects(labels, exposure, &agents);
    let object_anchor: BTreeMap<&str, usize> = objects
        .iter()
        .filter(|o| o.regulated())
        .enumerate()
        .map(|(i, o)| (o.name.as_str(), i))
        .collect();

    let mut h = String::with_capacity(64 * 1024);
    h.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    // Belt and braces: even an injected element could fetch nothing.
    h.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n",
    );
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.push_str("<title>datareach exposure report</title>\n<style>\n");
    h.push_str(CSS);
    h.push_str("</style>\n</head>\n<body>\n<header>\n<h1>datareach exposure report</h1>\n");
    let mut meta = Vec::new();
    if let Some(d) = &exp.as_of {
        meta.push(format!("as of {}", e(d)));
    }
    if let Some(s) = scan.scan.as_ref() {
        if let Some(t) = &s.started_at {
            meta.push(format!("scan started {}", e(t)));
        }
        if !s.roots.is_empty() {
            meta.push(format!(
                "roots {}",
                s.roots.iter().map(|r| e(r)).collect::<Vec<_>>().join(", ")
            ));
        }
        if let Some(o) = &s.outcome {
            meta.push(format!("scan {}", e(o)));
        }
    }
    let _ = writeln!(h, "<span class=\"meta\">{}</span>", meta.join(" · "));
    h.push_str(
        "<input id=\"filter\" type=\"search\" placeholder=\"Filter agents, objects, types, findings…\" \
         aria-label=\"Filter\" autocomplete=\"off\">\n<span id=\"filter-count\"></span>\n</header>\n",
    );
    h.push_str(
        "<nav><a href=\"#overview\">Overview</a><a href=\"#matrix\">Matrix</a>\
         <a href=\"#findings\">Findings</a><a href=\"#agents\">Agents</a>\
         <a href=\"#objects\">Objects</a></nav>\n<main>\n",
    );

    overview(&mut h, scan, &objects, &agents, findings);
    matrix(&mut h, &agents, &agent_anchor, findings);
    findings_section(&mut h, findings, &agent_anchor);
    agents_section(
        &mut h,
        &agents,
        &agent_anchor,
        &object_anchor,
        findings,
        exp.as_of.as_deref(),
    );
    objects_section(&mut h, &objects, &agents, &agent_anchor);

    h.push_str("</main>\n<script>\n");
    h.push_str(JS);
    h.push_str("</script>\n</body>\n</html>\n");
    Ok(h)
}

fn collect_objects<'a>(
    labels: &'a [LabelRecord],
    exposure: &RunDir,
    agents: &[&AgentDoc],
) -> Vec<Object<'a>> {
    let resources: BTreeSet<&str> = agents
        .iter()
        .flat_map(|a| a.reach.iter().map(|r| r.resource.as_str()))
        .collect();
    let no_roots = exposure
        .exposure
        .as_ref()
        .is_none_or(|x| x.roots.is_empty());
    let mut by_key: BTreeMap<(String, String), Object> = BTreeMap::new();
    for l in labels {
        let key = (l.root.clone(), l.path.clone());
        let o = by_key.entry(key).or_insert_with(|| {
            let mut name = exposure.object_name(&l.root, &l.path);
            if no_roots && !resources.contains(name.as_str()) {
                // exposure.json of an older version: find the resource
                // named by this path, when exactly one is.
                let suffix = format!("/{}", l.path.trim_start_matches('/'));
                let hits: Vec<&&str> = resources.iter().filter(|r| r.ends_with(&suffix)).collect();
                if hits.len() == 1 {
                    name = hits[0].to_string();
                }
            }
            Object {
                name,
                label: None,
                columns: Vec::new(),
            }
        });
        match &l.column {
            None => o.label = Some(l),
            Some(_) => o.columns.push(l),
        }
    }
    let mut out: Vec<Object> = by_key.into_values().collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

fn overview(
    h: &mut String,
    scan: &RunDir,
    objects: &[Object],
    agents: &[&AgentDoc],
    findings: &[FindingDoc],
) {
    let scanned = scan
        .scan
        .as_ref()
        .and_then(|s| s.objects_scanned)
        .unwrap_or(objects.len() as u64);
    let regulated = objects.iter().filter(|o| o.regulated()).count();
    let mut by_cat: BTreeMap<String, u64> = BTreeMap::new();
    for o in objects {
        let mut cats: BTreeSet<&str> = BTreeSet::new();
        for l in o.label.iter().chain(o.columns.iter()) {
            cats.extend(l.categories.iter().map(String::as_str));
        }
        for c in cats {
            *by_cat.entry(c.to_string()).or_default() += 1;
        }
    }
    let reaching = agents.iter().filter(|a| !a.reach.is_empty()).count();
    h.push_str("<section id=\"overview\">\n<h2>Overview</h2>\n<div class=\"cards\">\n");
    let card = |h: &mut String, n: String, l: &str| {
        let _ = writeln!(
            h,
            "<div class=\"card\"><div class=\"n\">{n}</div><div class=\"l\">{l}</div></div>"
        );
    };
    card(h, scanned.to_string(), "objects scanned");
    card(h, regulated.to_string(), "regulated objects");
    let mut cats: Vec<(&String, &u64)> = by_cat.iter().collect();
    cats.sort_by_key(|(c, _)| (category_rank(c), (*c).clone()));
    for (c, n) in cats {
        card(h, n.to_string(), &format!("objects with {}", e(c)));
    }
    card(
        h,
        agents.len().to_string(),
        &format!("agents ({reaching} reach regulated data)"),
    );
    // Findings by severity, as an inline SVG bar chart.
    let mut counts: BTreeMap<u8, (String, usize)> = BTreeMap::new();
    for f in findings {
        let slot = counts
            .entry(severity_rank(&f.severity))
            .or_insert_with(|| (f.severity.to_ascii_lowercase(), 0));
        slot.1 += 1;
    }
    let max = counts.values().map(|c| c.1).max().unwrap_or(0).max(1);
    let rows = counts.len().max(1);
    let _ = write!(
        h,
        "<div class=\"card\"><div class=\"n\">{}</div><div class=\"l\">governance findings</div>\
         <svg width=\"240\" height=\"{}\" role=\"img\" aria-label=\"findings by severity\">",
        findings.len(),
        rows * 18
    );
    for (i, (_, (name, n))) in counts.iter().rev().enumerate() {
        let w = 1 + (*n * 150) / max;
        let colour = match name.as_str() {
            "critical" => "#8e1030",
            "high" => "#c0392b",
            "medium" => "#d68910",
            "low" => "#5d6d7e",
            _ => "#888888",
        };
        let y = i * 18;
        let _ = write!(
            h,
            "<text x=\"0\" y=\"{}\" font-size=\"11\">{}</text>\
             <rect x=\"62\" y=\"{}\" width=\"{w}\" height=\"13\" fill=\"{colour}\"></rect>\
             <text x=\"{}\" y=\"{}\" font-size=\"11\">{n}</text>",
            y + 11,
            e(if name.is_empty() { "?" } else { name }),
            y + 1,
            66 + w,
            y + 11
        );
    }
    h.push_str("</svg></div>\n</div>\n</section>\n");
}

fn matrix(
    h: &mut String,
    agents: &[&AgentDoc],
    anchor: &BTreeMap<&str, usize>,
    findings: &[FindingDoc],
) {
    let cells: Vec<BTreeMap<String, Cell>> = agents.iter().map(|a| agent_cells(a)).collect();
    let mut cats: BTreeSet<(usize, String)> = BTreeSet::new();
    let mut types: BTreeMap<String, usize> = BTreeMap::new();
    for a in agents {
        for r in &a.reach {
            for c in &r.categories {
                cats.insert((category_rank(c), c.clone()));
            }
            for t in r.types.keys() {
                let rank = crate::types::BUILTIN_TYPES
                    .iter()
                    .find(|(n, _)| n == t)
                    .map_or(CATEGORY_ORDER.len(), |(_, c)| category_rank(c.as_str()));
                types.insert(t.clone(), rank);
            }
        }
    }
    let mut type_cols: Vec<(usize, String)> = types.into_iter().map(|(t, r)| (r, t)).collect();
    type_cols.sort();
    let hidden_types = type_cols.len().saturating_sub(MAX_TYPE_COLUMNS);
    type_cols.truncate(MAX_TYPE_COLUMNS);
    let mut columns: Vec<(String, String)> = cats
        .iter()
        .map(|(_, c)| (format!("cat:{c}"), c.clone()))
        .collect();
    columns.extend(
        type_cols
            .iter()
            .map(|(_, t)| (format!("type:{t}"), t.clone())),
    );
    let max = |f: fn(&Cell) -> u64| {
        cells
            .iter()
            .flat_map(|m| m.values().map(f))
            .max()
            .unwrap_or(0)
    };
    let max_objects = max(|c| c.objects);

    h.push_str("<section id=\"matrix\">\n<h2>Agents × categories and types</h2>\n");
    h.push_str(
        "<div class=\"controls\"><label>Cells show <select id=\"metric\">\
         <option value=\"objects\" selected>objects reachable</option>\
         <option value=\"rows\">rows reachable (tables)</option>\
         <option value=\"findings\">findings reachable</option></select></label>\
         <span class=\"legend\">click a header to sort; colour grows with volume</span></div>\n",
    );
    h.push_str("<div class=\"scroll\"><table class=\"matrix\" id=\"matrix-table\">\n<thead><tr>");
    h.push_str(
        "<th class=\"sortable\" tabindex=\"0\">agent</th><th class=\"sortable\" tabindex=\"0\">owner</th>\
         <th class=\"sortable num\" tabindex=\"0\">high+</th>",
    );
    let last_cat = cats.len().checked_sub(1);
    for (i, (_, name)) in columns.iter().enumerate() {
        let class = if i < cats.len() { "" } else { " vert" };
        let class = if Some(i) == last_cat {
            format!("{class} catsep")
        } else {
            class.to_string()
        };
        let _ = write!(
            h,
            "<th class=\"sortable{class}\" tabindex=\"0\" title=\"{0}\">{0}</th>",
            e(name)
        );
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    for (i, a) in agents.iter().enumerate().take(MAX_AGENTS) {
        let high = findings
            .iter()
            .filter(|f| f.agent.as_deref() == Some(a.id.as_str()) && f.rank() >= 3)
            .count();
        let _ = write!(
            h,
            "<tr data-filterable><td><a href=\"#agent-{}\">{}</a></td><td>{}</td><td class=\"num\" data-v=\"{high}\">{high}</td>",
            anchor[a.id.as_str()],
            e(&a.id),
            e(a.owner.as_deref().unwrap_or("-"))
        );
        for (k, (key, name)) in columns.iter().enumerate() {
            let c = cells[i].get(key).copied().unwrap_or_default();
            let sep = if Some(k) == last_cat { " catsep" } else { "" };
            let shown = if c.objects > 0 {
                c.objects.to_string()
            } else {
                String::new()
            };
            let _ = write!(
                h,
                "<td class=\"cell{6}\" data-v=\"{0}\" data-objects=\"{0}\" data-rows=\"{1}\" data-findings=\"{2}\" \
                 title=\"{3} × {4}: {0} objects, {1} rows, {2} findings\"{5}>{shown}</td>",
                c.objects,
                c.rows,
                c.findings,
                e(&a.id),
                e(name),
                heat(c.objects, max_objects),
                sep
            );
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody></table></div>\n");
    h.push_str(&more(agents.len().saturating_sub(MAX_AGENTS), "agents"));
    h.push_str(&more(hidden_types, "type columns"));
    h.push_str("</section>\n");
}

fn finding_row(h: &mut String, f: &FindingDoc, anchor: &BTreeMap<&str, usize>, with_agent: bool) {
    // Rows of the main findings table filter; an agent's own findings go
    // with its section.
    let _ = write!(
        h,
        "<tr{}><td data-v=\"{}\">{}</td><td><code>{}</code></td>",
        if with_agent { " data-filterable" } else { "" },
        f.rank(),
        sev_badge(&f.severity),
        e(&f.kind)
    );
    if with_agent {
        match f.agent.as_deref() {
            Some(a) => match anchor.get(a) {
                Some(i) => {
                    let _ = write!(h, "<td><a href=\"#agent-{i}\">{}</a></td>", e(a));
                }
                None => {
                    let _ = write!(h, "<td>{}</td>", e(a));
                }
            },
            None => h.push_str("<td class=\"muted\">-</td>"),
        }
    }
    let _ = write!(h, "<td>{}", e(&f.message));
    let mut details: Vec<String> = Vec::new();
    for (k, v) in [
        ("role", &f.role),
        ("grant", &f.grant),
        ("resource", &f.resource),
    ] {
        if let Some(v) = v {
            details.push(format!("{k}: {}", e(v)));
        }
    }
    for (k, v) in &f.extra {
        details.push(format!("{}: {}", e(k), e(&value_text(v))));
    }
    if !details.is_empty() {
        let _ = write!(
            h,
            "<br><span class=\"muted mono\">{}</span>",
            details.join(" · ")
        );
    }
    h.push_str("</td></tr>\n");
}

fn findings_table(
    h: &mut String,
    findings: &[&FindingDoc],
    anchor: &BTreeMap<&str, usize>,
    with_agent: bool,
    cap: usize,
) {
    h.push_str(
        "<table class=\"findings\"><thead><tr><th class=\"sortable\" tabindex=\"0\">severity</th>\
                <th class=\"sortable\" tabindex=\"0\">kind</th>",
    );
    if with_agent {
        h.push_str("<th class=\"sortable\" tabindex=\"0\">agent</th>");
    }
    h.push_str("<th>finding</th></tr></thead><tbody>\n");
    for f in findings.iter().take(cap) {
        finding_row(h, f, anchor, with_agent);
    }
    h.push_str("</tbody></table>\n");
    h.push_str(&more(findings.len().saturating_sub(cap), "findings"));
}

fn sorted_findings<'a>(it: impl Iterator<Item = &'a FindingDoc>) -> Vec<&'a FindingDoc> {
    let mut v: Vec<&FindingDoc> = it.collect();
    v.sort_by(|a, b| {
        b.rank()
            .cmp(&a.rank())
            .then_with(|| a.identity().cmp(&b.identity()))
    });
    v
}

fn findings_section(h: &mut String, findings: &[FindingDoc], anchor: &BTreeMap<&str, usize>) {
    h.push_str("<section id=\"findings\">\n<h2>Governance findings</h2>\n");
    if findings.is_empty() {
        h.push_str("<p class=\"muted\">No governance findings.</p>\n");
    } else {
        findings_table(
            h,
            &sorted_findings(findings.iter()),
            anchor,
            true,
            MAX_FINDINGS,
        );
    }
    h.push_str("</section>\n");
}

/// The delegation tree holding `a`, from its root, with `a` in bold.
fn delegation_tree(
    h: &mut String,
    a: &AgentDoc,
    agents: &[&AgentDoc],
    anchor: &BTreeMap<&str, usize>,
) {
    let mut children: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for x in agents {
        if let Some(p) = &x.delegation.parent {
            children.entry(p.as_str()).or_default().push(x.id.as_str());
        }
    }
    if a.delegation.parent.is_none() && !children.contains_key(a.id.as_str()) {
        h.push_str(
            "<p class=\"muted\">no delegation: neither delegated from nor to another agent</p>\n",
        );
        return;
    }
    let root = a
        .delegation
        .chain
        .first()
        .map_or(a.id.as_str(), String::as_str);
    let mut budget = MAX_TREE_NODES;
    let mut seen = BTreeSet::new();
    fn node<'a>(
        h: &mut String,
        id: &'a str,
        me: &str,
        children: &BTreeMap<&'a str, Vec<&'a str>>,
        anchor: &BTreeMap<&str, usize>,
        budget: &mut usize,
        seen: &mut BTreeSet<&'a str>,
    ) {
        if *budget == 0 || !seen.insert(id) {
            return;
        }
        *budget -= 1;
        let class = if id == me { " class=\"me\"" } else { "" };
        match anchor.get(id) {
            Some(i) => {
                let _ = write!(h, "<li><a{class} href=\"#agent-{i}\">{}</a>", e(id));
            }
            None => {
                let _ = write!(h, "<li><span{class}>{}</span>", e(id));
            }
        }
        if let Some(kids) = children.get(id) {
            h.push_str("<ul class=\"tree\">");
            for k in kids {
                node(h, k, me, children, anchor, budget, seen);
            }
            h.push_str("</ul>");
        }
        h.push_str("</li>");
    }
    h.push_str("<ul class=\"tree\">");
    node(h, root, &a.id, &children, anchor, &mut budget, &mut seen);
    h.push_str("</ul>\n");
    if budget == 0 {
        h.push_str(&more(1, "agents of this tree (tree capped)"));
    }
}

fn reach_table(h: &mut String, reach: &[ReachDoc], object_anchor: &BTreeMap<&str, usize>) {
    h.push_str(
        "<table><thead><tr><th class=\"sortable\" tabindex=\"0\">object</th>\
         <th class=\"sortable\" tabindex=\"0\">column</th><th class=\"sortable\" tabindex=\"0\">actions</th>\
         <th class=\"sortable\" tabindex=\"0\">categories</th><th>types</th>\
         <th class=\"sortable num\" tabindex=\"0\">rows</th><th>through (role → grant → pattern)</th></tr></thead><tbody>\n",
    );
    for r in reach.iter().take(MAX_REACH_PER_AGENT) {
        let obj = match object_anchor.get(r.resource.as_str()) {
            Some(i) => format!(
                "<a class=\"mono\" href=\"#object-{i}\">{}</a>",
                e(&r.resource)
            ),
            None => format!("<span class=\"mono\">{}</span>", e(&r.resource)),
        };
        let types: Vec<String> = r
            .types
            .iter()
            .map(|(t, n)| format!("{} {n}", e(t)))
            .collect();
        let paths: Vec<String> = if r.paths.is_empty() {
            r.via.iter().map(|g| e(g)).collect()
        } else {
            r.paths
                .iter()
                .map(|p| {
                    format!(
                        "{}{} → <code>{}</code>{}",
                        p.role
                            .as_deref()
                            .map(|r| format!("{} → ", e(r)))
                            .unwrap_or_default(),
                        e(&p.grant),
                        e(&p.pattern),
                        if p.conditional {
                            " <span class=\"badge\">conditional</span>"
                        } else {
                            ""
                        }
                    )
                })
                .collect()
        };
        let rows = r.rows.map(|n| n.to_string()).unwrap_or_default();
        let _ = writeln!(
            h,
            "<tr><td>{obj}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\" data-v=\"{}\">{rows}</td><td>{}</td></tr>",
            e(r.column.as_deref().unwrap_or("")),
            match r.outcome.as_deref() {
                Some("conditional") => format!(
                    "{} <span class=\"badge\" title=\"condition keys not evaluated: {}\">conditional</span>",
                    e(&r.actions.join(", ")),
                    e(&r.conditions.join(", "))
                ),
                _ => e(&r.actions.join(", ")),
            },
            e(&r.categories.join(", ")),
            types.join(", "),
            r.rows.unwrap_or(0),
            paths.join("<br>")
        );
    }
    h.push_str("</tbody></table>\n");
    h.push_str(&more(
        reach.len().saturating_sub(MAX_REACH_PER_AGENT),
        "reachable objects",
    ));
}

fn touched_table(h: &mut String, touched: &[Value]) {
    let mut keys: Vec<String> = Vec::new();
    for k in TOUCHED_ORDER {
        if touched.iter().any(|t| t.get(k).is_some()) {
            keys.push(k.to_string());
        }
    }
    let mut others: BTreeSet<String> = BTreeSet::new();
    for t in touched {
        if let Value::Object(m) = t {
            others.extend(
                m.keys()
                    .filter(|k| !TOUCHED_ORDER.contains(&k.as_str()))
                    .cloned(),
            );
        }
    }
    keys.extend(others);
    h.push_str("<table><thead><tr>");
    for k in &keys {
        let _ = write!(h, "<th class=\"sortable\" tabindex=\"0\">{}</th>", e(k));
    }
    h.push_str("</tr></thead><tbody>\n");
    for t in touched.iter().take(MAX_TOUCHED_PER_AGENT) {
        h.push_str("<tr>");
        for k in &keys {
            let v = t.get(k).unwrap_or(&Value::Null);
            let num = v
                .as_f64()
                .map(|n| format!(" class=\"num\" data-v=\"{n}\""))
                .unwrap_or_default();
            let _ = write!(h, "<td{num}>{}</td>", e(&value_text(v)));
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody></table>\n");
    h.push_str(&more(
        touched.len().saturating_sub(MAX_TOUCHED_PER_AGENT),
        "access-log entries",
    ));
}

fn agents_section(
    h: &mut String,
    agents: &[&AgentDoc],
    anchor: &BTreeMap<&str, usize>,
    object_anchor: &BTreeMap<&str, usize>,
    findings: &[FindingDoc],
    as_of: Option<&str>,
) {
    h.push_str("<section id=\"agents\">\n<h2>Agents</h2>\n");
    for (i, a) in agents.iter().enumerate().take(MAX_AGENTS) {
        let mine = sorted_findings(
            findings
                .iter()
                .filter(|f| f.agent.as_deref() == Some(a.id.as_str())),
        );
        let worst = mine
            .first()
            .map(|f| sev_badge(&f.severity))
            .unwrap_or_default();
        let expired = match (a.expires.as_deref(), as_of) {
            (Some(x), Some(now)) => x < now,
            _ => false,
        };
        let mut cats: BTreeSet<(usize, &str)> = BTreeSet::new();
        for r in &a.reach {
            cats.extend(r.categories.iter().map(|c| (category_rank(c), c.as_str())));
        }
        let cats: Vec<&str> = cats.into_iter().map(|(_, c)| c).collect();
        let _ = writeln!(
            h,
            "<details class=\"agent\" id=\"agent-{i}\" data-filterable><summary>{} {worst}\
             <span class=\"sub\">owner {} · {} regulated objects/columns {}{}</span></summary>",
            e(&a.id),
            e(a.owner.as_deref().unwrap_or("none")),
            a.reach.len(),
            cats.iter()
                .map(|c| format!("<span class=\"badge\">{}</span>", e(c)))
                .collect::<String>(),
            if expired {
                "<span class=\"badge bad\">expired</span>"
            } else {
                ""
            }
        );
        h.push_str("<dl class=\"profile\">");
        let opt = |v: &Option<String>| e(v.as_deref().unwrap_or("-"));
        let list = |v: &Option<Vec<String>>| match v {
            None => "<span class=\"muted\">not declared</span>".to_string(),
            Some(v) => e(&v.join(", ")),
        };
        let _ = write!(
            h,
            "<dt>owner</dt><dd>{}</dd><dt>purpose</dt><dd>{}</dd><dt>data scope</dt><dd>{}</dd>\
             <dt>allowed actions</dt><dd>{}</dd><dt>created</dt><dd>{}</dd><dt>expires</dt><dd>{}{}</dd>\
             <dt>roles</dt><dd>{}</dd>",
            opt(&a.owner),
            opt(&a.purpose),
            list(&a.data_scope),
            list(&a.allowed_actions),
            opt(&a.created),
            opt(&a.expires),
            if expired { " <span class=\"badge bad\">expired</span>" } else { "" },
            if a.roles.is_empty() { "-".into() } else { e(&a.roles.join(", ")) }
        );
        h.push_str("</dl>\n<h3>Delegation</h3>\n");
        delegation_tree(h, a, agents, anchor);
        h.push_str("<h3>Reaches (regulated data)</h3>\n");
        if a.reach.is_empty() {
            h.push_str("<p class=\"muted\">no regulated data reachable</p>\n");
        } else {
            reach_table(h, &a.reach, object_anchor);
        }
        if let Some(t) = &a.touched {
            h.push_str("<h3>Touched (access logs)</h3>\n");
            if t.is_empty() {
                h.push_str("<p class=\"muted\">no recorded access</p>\n");
            } else {
                touched_table(h, t);
            }
        }
        h.push_str("<h3>Governance findings</h3>\n");
        if mine.is_empty() {
            h.push_str("<p class=\"muted\">none</p>\n");
        } else {
            findings_table(h, &mine, anchor, false, MAX_FINDINGS_PER_AGENT);
        }
        h.push_str("</details>\n");
    }
    h.push_str(&more(agents.len().saturating_sub(MAX_AGENTS), "agents"));
    h.push_str("</section>\n");
}

fn label_types(l: &LabelRecord) -> String {
    l.types
        .iter()
        .map(|(t, n)| format!("{} {n}", e(t)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn objects_section(
    h: &mut String,
    objects: &[Object],
    agents: &[&AgentDoc],
    anchor: &BTreeMap<&str, usize>,
) {
    let mut reached_by: BTreeMap<&str, Vec<(&AgentDoc, &ReachDoc)>> = BTreeMap::new();
    for a in agents {
        for r in &a.reach {
            reached_by
                .entry(r.resource.as_str())
                .or_default()
                .push((a, r));
        }
    }
    h.push_str("<section id=\"objects\">\n<h2>Regulated objects</h2>\n");
    let regulated: Vec<&Object> = objects.iter().filter(|o| o.regulated()).collect();
    for (i, o) in regulated.iter().enumerate().take(MAX_OBJECTS) {
        let mut cats: BTreeSet<(usize, &str)> = BTreeSet::new();
        let mut total = 0u64;
        for l in o.label.iter().chain(o.columns.iter()) {
            cats.extend(l.categories.iter().map(|c| (category_rank(c), c.as_str())));
        }
        if let Some(l) = o.label {
            total = l.types.values().sum();
        }
        let who = reached_by.get(o.name.as_str()).map_or(&[][..], |v| &v[..]);
        let mut who_ids: Vec<&str> = who.iter().map(|(a, _)| a.id.as_str()).collect();
        who_ids.dedup();
        let _ = writeln!(
            h,
            "<details class=\"object\" id=\"object-{i}\" data-filterable><summary><span class=\"mono\">{}</span> {}\
             <span class=\"sub\">{total} findings · reachable by {} agents</span></summary>",
            e(&o.name),
            cats.iter().map(|(_, c)| format!("<span class=\"badge\">{}</span>", e(c))).collect::<String>(),
            who_ids.len()
        );
        if let Some(l) = o.label {
            let mut facts = vec![format!("scanned as <span class=\"mono\">{}</span> under root <span class=\"mono\">{}</span>", e(&l.path), e(&l.root))];
            if let Some(b) = l.bytes {
                facts.push(format!("{b} bytes"));
            }
            if let Some(r) = l.rows_total.or(l.rows_scanned) {
                facts.push(format!("{r} rows"));
            }
            if let Some(c) = l.max_confidence {
                facts.push(format!("max confidence {c:.2}"));
            }
            let _ = writeln!(h, "<p class=\"muted\">{}</p>", facts.join(" · "));
            let _ = writeln!(
                h,
                "<p>types: {}</p>",
                if l.types.is_empty() {
                    "none".into()
                } else {
                    label_types(l)
                }
            );
        }
        if !o.columns.is_empty() {
            h.push_str("<h3>Columns</h3>\n<table><thead><tr><th class=\"sortable\" tabindex=\"0\">column</th>\
                        <th class=\"sortable\" tabindex=\"0\">categories</th><th>types</th></tr></thead><tbody>\n");
            for c in o.columns.iter().take(MAX_COLUMNS_PER_OBJECT) {
                let _ = writeln!(
                    h,
                    "<tr><td class=\"mono\">{}</td><td>{}</td><td>{}</td></tr>",
                    e(c.column.as_deref().unwrap_or("")),
                    e(&c.categories.join(", ")),
                    label_types(c)
                );
            }
            h.push_str("</tbody></table>\n");
            h.push_str(&more(
                o.columns.len().saturating_sub(MAX_COLUMNS_PER_OBJECT),
                "columns",
            ));
        }
        h.push_str("<h3>Reachable by</h3>\n");
        if who.is_empty() {
            h.push_str("<p class=\"muted\">no agent</p>\n");
        } else {
            h.push_str(
                "<table><thead><tr><th class=\"sortable\" tabindex=\"0\">agent</th><th>column</th>\
                        <th>actions</th><th>through</th></tr></thead><tbody>\n",
            );
            for (a, r) in who.iter().take(MAX_AGENTS_PER_OBJECT) {
                let _ = writeln!(
                    h,
                    "<tr><td><a href=\"#agent-{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    anchor[a.id.as_str()],
                    e(&a.id),
                    e(r.column.as_deref().unwrap_or("(whole object)")),
                    e(&r.actions.join(", ")),
                    e(&r.via.join(", "))
                );
            }
            h.push_str("</tbody></table>\n");
            h.push_str(&more(
                who.len().saturating_sub(MAX_AGENTS_PER_OBJECT),
                "agent entries",
            ));
        }
        h.push_str("</details>\n");
    }
    h.push_str(&more(
        regulated.len().saturating_sub(MAX_OBJECTS),
        "regulated objects",
    ));
    let plain: Vec<&Object> = objects.iter().filter(|o| !o.regulated()).collect();
    if !plain.is_empty() {
        let _ = writeln!(
            h,
            "<h3>Objects without findings: {}</h3>\n<p class=\"mono muted\">{}</p>",
            plain.len(),
            plain
                .iter()
                .take(MAX_UNREGULATED_LISTED)
                .map(|o| e(&o.name))
                .collect::<Vec<_>>()
                .join(" · ")
        );
        h.push_str(&more(
            plain.len().saturating_sub(MAX_UNREGULATED_LISTED),
            "objects",
        ));
    }
    h.push_str("</section>\n");
}

#[cfg(test)]
mod tests {
    use super::super::{ExposureDoc, FindingsDoc};
    use super::*;

    const EVIL_FILE: &str = "<script>alert(1)</script>.csv";
    const EVIL_OWNER: &str = "\"><img src=x onerror=alert(1)>";

    fn run() -> RunDir {
        let label = LabelRecord {
            root: "lake".into(),
            path: EVIL_FILE.into(),
            types: [("US_SSN".to_string(), 3)].into_iter().collect(),
            categories: vec!["PII".into()],
            ..Default::default()
        };
        let agent = AgentDoc {
            id: "bot".into(),
            owner: Some(EVIL_OWNER.into()),
            reach: vec![ReachDoc {
                resource: format!("s3://l/{EVIL_FILE}"),
                actions: vec!["read".into()],
                types: label.types.clone(),
                categories: vec!["PII".into()],
                findings: 3,
                ..Default::default()
            }],
            touched: Some(vec![serde_json::json!({
                "resource": format!("s3://l/{EVIL_FILE}"), "events": 4, "first": "2026-01-01",
                "note": "</script><script>alert(2)</script>"})]),
            ..Default::default()
        };
        RunDir {
            dir: "run".into(),
            labels: Some(vec![label]),
            exposure: Some(ExposureDoc {
                roots: vec![super::super::RootDoc {
                    root: "lake".into(),
                    uri: "s3://l".into(),
                }],
                agents: vec![agent],
                ..Default::default()
            }),
            findings: Some(FindingsDoc {
                findings: vec![FindingDoc {
                    id: Some("unexplained_access:bot".into()),
                    kind: "unexplained_access".into(),
                    severity: "high".into(),
                    agent: Some("bot".into()),
                    message: format!("owner {EVIL_OWNER}"),
                    extra: [("events".to_string(), serde_json::json!(7))]
                        .into_iter()
                        .collect(),
                    ..Default::default()
                }],
                ..Default::default()
            }),
            ..Default::default()
        }
    }

    #[test]
    fn escapes_every_markup_character() {
        assert_eq!(
            escape_html(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn hostile_names_are_text_and_only_our_script_runs() {
        let run = run();
        let html = render_html(&run, &run).unwrap();
        assert!(!html.contains(EVIL_FILE), "raw file name in page");
        assert!(!html.contains("<img"), "injected element");
        assert!(html.contains(&escape_html(EVIL_FILE)));
        assert!(html.contains(&escape_html(EVIL_OWNER)));
        assert_eq!(html.matches("<script").count(), 1, "one script: ours");
        assert_eq!(html.matches("</script").count(), 1);
    }

    #[test]
    fn page_names_agent_object_touched_and_new_finding_kinds() {
        let run = run();
        let html = render_html(&run, &run).unwrap();
        assert!(
            html.contains("href=\"#object-0\""),
            "reach links the object"
        );
        assert!(html.contains("Touched (access logs)"));
        assert!(html.contains("<th class=\"sortable\" tabindex=\"0\">events</th>"));
        assert!(html.contains("<code>unexplained_access</code>"));
        assert!(html.contains("events: 7"), "extra finding fields shown");
        assert!(
            !html.contains("http://") && !html.contains("https://"),
            "no fetches"
        );
    }

    #[test]
    fn long_lists_are_capped_with_a_note() {
        let mut run = run();
        let exp = run.exposure.as_mut().unwrap();
        let r = exp.agents[0].reach[0].clone();
        exp.agents[0].reach = (0..MAX_REACH_PER_AGENT + 7)
            .map(|i| ReachDoc {
                resource: format!("s3://l/f{i:04}.txt"),
                ..r.clone()
            })
            .collect();
        let html = render_html(&run, &run).unwrap();
        assert!(
            html.contains("… and 7 more reachable objects not shown"),
            "cap note"
        );
        assert_eq!(html.matches("s3://l/f0").count(), MAX_REACH_PER_AGENT);
    }

    #[test]
    fn missing_exposure_is_an_error_naming_the_directory() {
        let mut run = run();
        run.exposure = None;
        let err = render_html(&run, &run).unwrap_err().to_string();
        assert!(err.starts_with("run: no exposure.json"), "{err}");
    }
}
