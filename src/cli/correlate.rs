//! `datareach exposure` and `datareach explain`.

use anyhow::Context;
use datareach::correlate::{
    self, access, connectors, Exposure, ExposureOptions, Inventory, UriMapper,
};
use std::path::{Path, PathBuf};

/// Arguments of `datareach exposure`.
#[derive(Debug, clap::Args)]
pub struct ExposureArgs {
    /// Scan output directory holding labels.jsonl (or the file itself).
    #[arg(long, value_name = "DIR")]
    pub labels: PathBuf,
    #[command(flatten)]
    pub grants: GrantArgs,
    /// Map a scanned root to a URI, e.g. lake=s3://lake; repeatable.
    #[arg(long = "map", value_name = "ROOT=URI")]
    pub map: Vec<String>,
    /// Judge expiry as of this date (YYYY-MM-DD); default today (UTC).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Where to write exposure.json and findings.json; default the --labels directory.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub access: AccessArgs,
    /// Grant paths listed per reach entry of exposure.json (0 = all); an
    /// entry cut short gets paths_total and paths_truncated.
    #[arg(long, value_name = "N", default_value_t = correlate::DEFAULT_MAX_PATHS)]
    pub max_paths: usize,
}

/// Where agents and grants come from, shared by `exposure`, `explain` and `audit`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct GrantArgs {
    /// Agent inventory and grants (YAML, or JSON with a .json extension).
    /// Optional when --grants sources name the agents.
    #[arg(
        long,
        value_name = "FILE",
        required_unless_present_any = ["grants", "postgres_url"]
    )]
    pub inventory: Option<PathBuf>,
    /// AWS IAM mapping file (role ARN -> agent, with policies); repeatable.
    #[arg(long, value_name = "FILE")]
    pub iam: Vec<PathBuf>,
    /// A grant source read by a connector, KIND:FILE; repeatable and mixable
    /// with --inventory. KIND: native (the inventory format), iam (an --iam
    /// mapping file), aws-authz (`aws iam get-account-authorization-details`
    /// JSON), oauth (Entra oauth2PermissionGrants / Google tokens.list JSON),
    /// unity-catalog (SHOW GRANTS / information_schema privilege rows, CSV or
    /// JSON), mcp (an MCP server's tools/list result), postgres (a directory
    /// of roles.csv, members.csv, acl.csv). Agents a source names join the
    /// inventory.
    #[arg(long = "grants", value_name = "KIND:FILE")]
    pub grants: Vec<String>,
    /// OAuth scope map (YAML) for --grants oauth:FILE: its entries replace
    /// the built-in ones for the scopes it names (`default: false` drops the
    /// built-in map).
    #[arg(long, value_name = "FILE")]
    pub scope_map: Option<PathBuf>,
    /// Read PostgreSQL roles, memberships and table ACLs live from this
    /// server (postgres://user[:password]@host[:port]/db, or key=value
    /// settings; no TLS); repeatable, one per database.
    #[arg(long = "postgres-url", value_name = "URL")]
    pub postgres_url: Vec<String>,
    /// AWS service control policy (a policy document, JSON) that must allow
    /// too, for aws-authz sources; repeatable (each must allow).
    #[arg(long = "scp", value_name = "FILE")]
    pub scp: Vec<PathBuf>,
    /// aws-authz: tag naming an agent's owner.
    #[arg(long, value_name = "KEY", default_value = "owner")]
    pub owner_tag: String,
    /// aws-authz: tag marking a role or user as an agent (its value the agent id).
    #[arg(long, value_name = "KEY", default_value = "agent-id")]
    pub agent_tag: String,
    /// aws-authz: tag holding an agent's expiry date (YYYY-MM-DD).
    #[arg(long, value_name = "KEY", default_value = "expires")]
    pub expires_tag: String,
}

impl GrantArgs {
    /// The inventory with every grant source merged in, and the sources' notes.
    pub fn load(&self) -> anyhow::Result<(Inventory, Vec<String>)> {
        // (Empty tag names only come from `GrantArgs::default()`.)
        let d = connectors::ConnectorOptions::default();
        let or = |v: &String, d: String| if v.is_empty() { d } else { v.clone() };
        let mut opts = connectors::ConnectorOptions {
            owner_tag: or(&self.owner_tag, d.owner_tag.clone()),
            agent_tag: or(&self.agent_tag, d.agent_tag.clone()),
            expires_tag: or(&self.expires_tag, d.expires_tag.clone()),
            scp: self.scp.clone(),
            scope_map: self.scope_map.clone(),
            ..d
        };
        let mut inv = match &self.inventory {
            Some(p) => Inventory::load(p)?,
            None => Inventory::empty(Path::new("")),
        };
        let mut notes = Vec::new();
        let mut specs: Vec<connectors::GrantSpec> = self
            .iam
            .iter()
            .map(|p| connectors::GrantSpec {
                kind: "iam".into(),
                path: p.clone(),
            })
            .collect();
        for g in &self.grants {
            specs.push(connectors::GrantSpec::parse(g)?);
        }
        for spec in &specs {
            // Agents declared so far (the inventory, earlier `native:`
            // sources) adopt a connector's client by its credential.
            opts.credentials = inv
                .agents
                .iter()
                .filter_map(|a| Some((a.credential.clone()?, a.id.clone())))
                .collect();
            let mut set = connectors::load(spec, &opts)?;
            notes.append(&mut set.notes);
            inv.merge(set)?;
        }
        for url in &self.postgres_url {
            let mut set = connectors::postgres::load_live(url)?;
            notes.append(&mut set.notes);
            inv.merge(set)?;
        }
        Ok((inv, notes))
    }

    /// How to name the agent source in messages.
    pub fn describe(&self) -> String {
        let mut parts: Vec<String> = self
            .inventory
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        parts.extend(self.grants.iter().cloned());
        parts.extend(
            self.postgres_url
                .iter()
                .map(|u| connectors::postgres::redact_url(u)),
        );
        parts.join(", ")
    }
}

/// The access audit's inputs, shared by `exposure` and `audit`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct AccessArgs {
    /// Access log: native JSON lines or AWS CloudTrail (plain or .gz), or a
    /// directory of them; repeatable. Adds `touched` per agent and findings
    /// for unused grants, unexplained and unattributed access.
    #[arg(long = "access-log", value_name = "FILE")]
    pub access_log: Vec<PathBuf>,
    /// Only events at or after this time (RFC 3339, or YYYY-MM-DD for midnight UTC).
    #[arg(long, value_name = "TIME", requires = "access_log")]
    pub since: Option<String>,
    /// Only events before this time (RFC 3339, or YYYY-MM-DD for midnight UTC).
    #[arg(long, value_name = "TIME", requires = "access_log")]
    pub until: Option<String>,
    /// Identity -> agent mapping for log callers (YAML/JSON: principals: [{identity, agent}]).
    #[arg(long, value_name = "FILE", requires = "access_log")]
    pub principal_map: Option<PathBuf>,
}

/// Arguments of `datareach explain`.
#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// The agent id.
    #[arg(long)]
    pub agent: String,
    /// The object URI, optionally with #column.
    #[arg(long, value_name = "URI[#COLUMN]")]
    pub object: String,
    #[command(flatten)]
    pub grants: GrantArgs,
    /// Judge expiry as of this date (YYYY-MM-DD); default today (UTC).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Optional scan output (labels.jsonl): shows the object's labels and
    /// knows its columns, exactly as `exposure` does.
    #[arg(long, value_name = "DIR")]
    pub labels: Option<PathBuf>,
    /// Map a scanned root to a URI (with --labels); repeatable.
    #[arg(long = "map", value_name = "ROOT=URI")]
    pub map: Vec<String>,
    /// Allow paths printed (0 = all); denies and ceilings are always printed.
    #[arg(long, value_name = "N", default_value_t = correlate::DEFAULT_MAX_PATHS)]
    pub max_paths: usize,
}

fn as_of(s: &Option<String>) -> anyhow::Result<chrono::NaiveDate> {
    Ok(match s {
        Some(s) => correlate::parse_date(s)?,
        None => chrono::Utc::now().date_naive(),
    })
}

/// Runs `datareach exposure`: exit 2 when access log records were
/// malformed (outputs still written), else 1 with a high or critical
/// finding, else 0.
pub fn run_exposure(args: ExposureArgs) -> anyhow::Result<u8> {
    Ok(execute_exposure(args)?.exit)
}

/// A finished exposure computation and its exit code.
pub struct ExposureRun {
    pub report: correlate::ExposureReport,
    pub exit: u8,
}

fn parse_time_arg(flag: &str, s: &Option<String>) -> anyhow::Result<Option<i64>> {
    s.as_deref()
        .map(|t| {
            access::parse_time(t).ok_or_else(|| {
                anyhow::anyhow!("invalid {flag} '{t}': expected an RFC 3339 time such as 2026-11-20T00:00:00Z, or YYYY-MM-DD")
            })
        })
        .transpose()
}

/// Reads the access logs into the report; problems go to stderr.
fn audit_access(
    report: &mut correlate::ExposureReport,
    inv: &Inventory,
    args: &AccessArgs,
) -> anyhow::Result<()> {
    let since = parse_time_arg("--since", &args.since)?;
    let until = parse_time_arg("--until", &args.until)?;
    if let (Some(a), Some(b)) = (since, until) {
        anyhow::ensure!(a < b, "--since must be before --until");
    }
    let principals = match &args.principal_map {
        Some(p) => access::PrincipalMap::load(p, inv)?,
        None => access::PrincipalMap::default(),
    };
    let mut files = Vec::new();
    for p in &args.access_log {
        files.extend(access::log_files(p)?);
    }
    let opts = access::AccessOptions {
        since,
        until,
        principals,
        ..Default::default()
    };
    let mut audit = access::AccessAudit::new(report, inv, opts);
    for f in &files {
        access::read_log(f, &mut audit)?;
    }
    let result = audit.finish();
    const SHOWN: usize = 20;
    for p in result.problems.iter().take(SHOWN) {
        eprintln!("datareach: warning: {p}");
    }
    let s = &result.summary;
    if s.malformed as usize > SHOWN {
        eprintln!(
            "datareach: warning: ... {} more malformed records (findings.json lists {})",
            s.malformed as usize - SHOWN,
            result.problems.len()
        );
    }
    eprintln!(
        "datareach: access logs: {} files, {} events read, {} in the window ({} attributed, {} unattributed), {} malformed records{}",
        s.files.len(),
        s.events_read,
        s.events,
        s.attributed_events,
        s.unattributed_events,
        s.malformed,
        if s.malformed > 0 { ": PARTIAL" } else { "" }
    );
    report.add_access(result);
    Ok(())
}

/// Computes exposure (and the access audit) and writes the outputs.
pub fn execute_exposure(args: ExposureArgs) -> anyhow::Result<ExposureRun> {
    let as_of = as_of(&args.as_of)?;
    let maps = args
        .map
        .iter()
        .map(|m| correlate::parse_map(m))
        .collect::<Result<Vec<_>, _>>()?;
    let (inv, notes) = args.grants.load()?;
    let labels = correlate::read_labels(&args.labels)?;
    let opts = ExposureOptions::new(as_of, UriMapper::new(maps)).with_max_paths(args.max_paths);
    let mut report = Exposure::compute(&labels, &inv, &opts)?;
    drop(labels);
    if !args.access.access_log.is_empty() {
        audit_access(&mut report, &inv, &args.access)?;
    }
    let out = args.out.clone().unwrap_or_else(|| {
        if args.labels.is_dir() {
            args.labels.clone()
        } else {
            args.labels.parent().map(PathBuf::from).unwrap_or_default()
        }
    });
    report
        .write_outputs(&out)
        .with_context(|| format!("writing outputs to {}", out.display()))?;
    for n in &notes {
        eprintln!("datareach: note: {n}");
    }
    for e in &report.errors {
        eprintln!("datareach: error: {e}");
    }
    let mut text = report.render_summary();
    text.push_str(&format!(
        "wrote {} and {}\n",
        out.join("exposure.json").display(),
        out.join("findings.json").display()
    ));
    print_out(&text);
    let exit = if report.is_partial() {
        super::EXIT_PARTIAL
    } else if report.exit_code() == 0 {
        super::EXIT_CLEAN
    } else {
        super::EXIT_FOUND
    };
    Ok(ExposureRun { report, exit })
}

/// Runs `datareach explain`: exit 0 when reachable (outcome allowed or
/// conditional), 1 when not (denied, or no grant allows it).
pub fn run_explain(args: ExplainArgs) -> anyhow::Result<u8> {
    let as_of = as_of(&args.as_of)?;
    let (inv, _) = args.grants.load()?;
    let mut pre = String::new();
    let mut post = String::new();
    let mut ex = match &args.labels {
        None => correlate::explain(&inv, &args.agent, &args.object, as_of)?,
        Some(dir) => {
            let maps = args
                .map
                .iter()
                .map(|m| correlate::parse_map(m))
                .collect::<Result<Vec<_>, _>>()?;
            let mapper = UriMapper::new(maps);
            let (uri, _) = correlate::pattern::split_column(&args.object);
            let mut columns: Vec<String> = Vec::new();
            let mut found = false;
            for rec in correlate::read_labels(dir)? {
                if mapper.to_uri(&rec.root, &rec.path) != uri {
                    continue;
                }
                found = true;
                let types: Vec<String> =
                    rec.types.iter().map(|(t, n)| format!("{t}: {n}")).collect();
                match &rec.column {
                    Some(c) => {
                        pre.push_str(&format!("labels: column {c}: {{{}}}\n", types.join(", ")));
                        columns.push(c.clone());
                    }
                    None => pre.push_str(&format!("labels: {{{}}}\n", types.join(", "))),
                }
            }
            if !found {
                pre.push_str(&format!("labels: the object is not in {}\n", dir.display()));
            }
            let cols: Vec<&str> = columns.iter().map(String::as_str).collect();
            let ex = correlate::explain_with_columns(
                &inv,
                &args.agent,
                &args.object,
                as_of,
                Some(&cols),
            )?;
            if ex.column.is_none() && !ex.reachable() {
                for c in &cols {
                    let cx = correlate::explain_with_columns(
                        &inv,
                        &args.agent,
                        &format!("{uri}#{c}"),
                        as_of,
                        Some(&cols),
                    )?;
                    if cx.reachable() {
                        post.push_str(&format!(
                            "column {c}: reachable with [{}] (explain {uri}#{c} for details)\n",
                            correlate::inventory::action_names(cx.effective()).join(", ")
                        ));
                    }
                }
            }
            ex
        }
    };
    ex.max_paths = args.max_paths;
    pre.push_str(&ex.render());
    pre.push_str(&post);
    print_out(&pre);
    Ok(if ex.reachable() {
        super::EXIT_CLEAN
    } else {
        super::EXIT_FOUND
    })
}

/// Prints to stdout; a closed pipe (`| head`) is not an error.
pub(crate) fn print_out(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
}
