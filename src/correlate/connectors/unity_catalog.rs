//! `unity-catalog`: Databricks Unity Catalog grants.
//!
//! Reads, as CSV with a header row or as JSON (an array of objects, or one
//! object per line), any mix of:
//!
//! * `SHOW GRANTS ON CATALOG|SCHEMA|TABLE|VOLUME name` output: columns
//!   `principal`, `actionType`, `objectType`, `objectKey`;
//! * `system.information_schema.catalog_privileges`, `schema_privileges`,
//!   `table_privileges` and `volume_privileges` rows: `grantee`,
//!   `privilege_type`, the object's name columns, `inherited_from`;
//! * owner rows: `information_schema.catalogs` (`catalog_owner`),
//!   `schemata` (`schema_owner`), `tables` (`table_owner`), `volumes`
//!   (`volume_owner`), or any row with an `owner` column; or a privilege
//!   named `OWNER`/`OWN`/`OWNERSHIP`.
//!
//! Column names match case-insensitively and without underscores
//! (`actionType`, `ActionType` and `action_type` are the same column). The
//! FILE may be a directory: its `.csv`, `.json`, `.jsonl` and `.ndjson`
//! files are read together as one export.
//!
//! Resources are `uc://CATALOG/SCHEMA/TABLE` (lower-case, as Unity Catalog
//! stores names). A privilege on a catalog or schema becomes the pattern
//! `uc://CATALOG/**` or `uc://CATALOG/SCHEMA/**`; a volume
//! `uc://CATALOG/SCHEMA/VOLUME/**` (its files).
//!
//! Reading or changing data needs the privilege (on the object or an
//! ancestor) AND `USE CATALOG` on its catalog AND `USE SCHEMA` on its schema
//! (granted on the schema or inherited from the catalog). The connector
//! checks this per principal, counting what `account users` holds for every
//! principal; `ALL PRIVILEGES`, `MANAGE` and ownership of a catalog or schema
//! include the `USE` privilege of that catalog or schema. A privilege whose
//! `USE` privileges are missing yields no grant, and a note says so.

use super::{ConnectorOptions, GrantSet};
use crate::correlate::error::line_col;
use crate::correlate::inventory::{
    Agent, Effect, GrantDef, GrantSource, Provenance, ADMIN, ALL_ACTIONS, DELETE, LIST, READ, WRITE,
};
use crate::correlate::pattern::Pattern;
use crate::correlate::Error;
use serde_json::value::RawValue;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// The built-in group every principal of the account belongs to.
const ACCOUNT_USERS: &str = "account users";

/// A Unity Catalog securable that holds data.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Securable {
    Catalog(String),
    Schema(String, String),
    Table(String, String, String),
    Volume(String, String, String),
}

impl Securable {
    fn kind(&self) -> &'static str {
        match self {
            Securable::Catalog(_) => "CATALOG",
            Securable::Schema(..) => "SCHEMA",
            Securable::Table(..) => "TABLE",
            Securable::Volume(..) => "VOLUME",
        }
    }

    fn key(&self) -> String {
        match self {
            Securable::Catalog(c) => c.clone(),
            Securable::Schema(c, s) => format!("{c}.{s}"),
            Securable::Table(c, s, t) | Securable::Volume(c, s, t) => format!("{c}.{s}.{t}"),
        }
    }

    fn catalog(&self) -> &str {
        match self {
            Securable::Catalog(c)
            | Securable::Schema(c, _)
            | Securable::Table(c, _, _)
            | Securable::Volume(c, _, _) => c,
        }
    }

    fn schema(&self) -> Option<&str> {
        match self {
            Securable::Catalog(_) => None,
            Securable::Schema(_, s) | Securable::Table(_, s, _) | Securable::Volume(_, s, _) => {
                Some(s)
            }
        }
    }

    /// The resource pattern the securable covers.
    fn pattern(&self) -> String {
        match self {
            Securable::Catalog(c) => format!("uc://{c}/**"),
            Securable::Schema(c, s) => format!("uc://{c}/{s}/**"),
            Securable::Table(c, s, t) => format!("uc://{c}/{s}/{t}"),
            Securable::Volume(c, s, v) => format!("uc://{c}/{s}/{v}/**"),
        }
    }
}

/// One grant row, whatever export it came from.
#[derive(Debug, Clone)]
struct Row {
    file: usize,
    line: usize,
    principal: String,
    /// Upper-case, single spaces (`USE CATALOG`).
    privilege: String,
    deny: bool,
    object: Securable,
    /// The `inherited_from` value, when the row says the privilege is inherited.
    inherited: Option<String>,
    /// The object the row listed, when it was lifted to the ancestor the
    /// privilege is inherited from.
    listed_on: Option<Securable>,
}

/// A record before interpretation: normalised column name → (value, line, column).
struct Rec {
    line: usize,
    column: usize,
    fields: HashMap<String, (String, usize, usize)>,
}

impl Rec {
    fn get(&self, k: &str) -> Option<&str> {
        self.fields
            .get(k)
            .map(|(v, _, _)| v.trim())
            .filter(|v| !v.is_empty())
    }

    fn pos(&self, k: &str) -> (usize, usize) {
        self.fields
            .get(k)
            .map(|&(_, l, c)| (l, c))
            .unwrap_or((self.line, self.column))
    }
}

fn norm_key(k: &str) -> String {
    k.trim()
        .trim_start_matches('\u{feff}')
        .chars()
        .filter(|c| *c != '_' && *c != ' ')
        .flat_map(char::to_lowercase)
        .collect()
}

fn norm_privilege(p: &str) -> String {
    p.split(|c: char| c == '_' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .map(str::to_ascii_uppercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Byte offset of `inner` (a slice of `text`) within `text`.
pub(super) fn offset_in(text: &str, inner: &str) -> usize {
    (inner.as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
}

fn parse_err(path: &Path, (line, column): (usize, usize), message: String) -> Error {
    Error::Parse {
        path: path.to_path_buf(),
        line,
        column,
        message,
    }
}

/// The files a `unity-catalog:FILE` argument names.
fn input_files(path: &Path) -> Result<Vec<PathBuf>, Error> {
    if !path.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files = Vec::new();
    for e in std::fs::read_dir(path).map_err(|e| Error::io(path, e))? {
        let p = e.map_err(|e| Error::io(path, e))?.path();
        let ext = p
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        if p.is_file() && matches!(ext.as_deref(), Some("csv" | "json" | "jsonl" | "ndjson")) {
            files.push(p);
        }
    }
    files.sort();
    if files.is_empty() {
        return Err(Error::Invalid {
            path: path.to_path_buf(),
            message: "the directory holds no .csv, .json, .jsonl or .ndjson export".into(),
        });
    }
    Ok(files)
}

fn read_csv(path: &Path, text: &str) -> Result<Vec<Rec>, Error> {
    let text = text.trim_start_matches('\u{feff}');
    let mut rd = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let csv_err = |e: csv::Error| {
        let pos = e.position().map(|p| (p.line() as usize, 1));
        let msg = match e.kind() {
            csv::ErrorKind::UnequalLengths {
                expected_len, len, ..
            } => format!("the row has {len} fields, the header {expected_len}"),
            _ => e.to_string(),
        };
        parse_err(path, pos.unwrap_or((1, 1)), msg)
    };
    let headers: Vec<String> = rd
        .headers()
        .map_err(csv_err)?
        .iter()
        .map(norm_key)
        .collect();
    let mut out = Vec::new();
    let mut rec = csv::StringRecord::new();
    loop {
        let more = rd.read_record(&mut rec).map_err(csv_err)?;
        if !more {
            break;
        }
        let pos = rec.position().expect("csv records carry a position");
        let start = pos.byte() as usize;
        let cols = field_columns(text, start, rec.len());
        let mut fields = HashMap::new();
        for (i, v) in rec.iter().enumerate() {
            let (l, c) = cols.get(i).copied().unwrap_or((pos.line() as usize, 1));
            if let Some(h) = headers.get(i) {
                fields.insert(h.clone(), (v.to_string(), l, c));
            }
        }
        out.push(Rec {
            line: pos.line() as usize,
            column: 1,
            fields,
        });
    }
    Ok(out)
}

/// Line and column of each field of the CSV record starting at byte `start`.
fn field_columns(text: &str, start: usize, n: usize) -> Vec<(usize, usize)> {
    let mut out = vec![line_col(text, start)];
    let mut quoted = false;
    for (i, ch) in text[start..].char_indices() {
        if out.len() >= n {
            break;
        }
        match ch {
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(line_col(text, start + i + 1)),
            '\n' if !quoted => break,
            _ => {}
        }
    }
    out
}

fn read_json(path: &Path, text: &str) -> Result<Vec<Rec>, Error> {
    let json_err = |e: serde_json::Error| Error::from_json(path, &e, None);
    let raws: Vec<&RawValue> = if text.trim_start().starts_with('[') {
        serde_json::from_str(text).map_err(json_err)?
    } else {
        serde_json::Deserializer::from_str(text)
            .into_iter::<&RawValue>()
            .collect::<Result<_, _>>()
            .map_err(json_err)?
    };
    let mut out = Vec::new();
    for raw in raws {
        let (line, column) = line_col(text, offset_in(text, raw.get()));
        let obj: serde_json::Map<String, serde_json::Value> = serde_json::from_str(raw.get())
            .map_err(|_| {
                parse_err(
                    path,
                    (line, column),
                    "expected a JSON object (one grant row)".into(),
                )
            })?;
        let mut fields = HashMap::new();
        for (k, v) in obj {
            let v = match v {
                serde_json::Value::Null => String::new(),
                serde_json::Value::String(s) => s,
                serde_json::Value::Bool(_) | serde_json::Value::Number(_) => v.to_string(),
                _ => {
                    return Err(parse_err(
                        path,
                        (line, column),
                        format!("field '{k}' must be a string"),
                    ))
                }
            };
            fields.insert(norm_key(&k), (v, line, column));
        }
        out.push(Rec {
            line,
            column,
            fields,
        });
    }
    Ok(out)
}

/// Splits a dotted Unity Catalog name, honouring backticks; lower-cases it.
fn split_name(key: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut quoted = false;
    for ch in key.trim().chars() {
        match ch {
            '`' => quoted = !quoted,
            '.' if !quoted => parts.push(String::new()),
            c => parts.last_mut().expect("non-empty").push(c),
        }
    }
    parts.into_iter().map(|p| p.trim().to_lowercase()).collect()
}

/// What a row said, before the USE check.
enum Parsed {
    Row(Box<Row>),
    /// A securable type that holds no data (function, connection, ...).
    Skipped(String),
}

fn securable_from_columns(rec: &Rec) -> Option<Securable> {
    let l = |k: &str| rec.get(k).map(str::to_lowercase);
    if let (Some(c), Some(s), Some(v)) = (l("volumecatalog"), l("volumeschema"), l("volumename")) {
        return Some(Securable::Volume(c, s, v));
    }
    if let (Some(c), Some(s), Some(t)) = (l("tablecatalog"), l("tableschema"), l("tablename")) {
        return Some(Securable::Table(c, s, t));
    }
    match (l("catalogname"), l("schemaname")) {
        (Some(c), Some(s)) => Some(Securable::Schema(c, s)),
        (Some(c), None) => Some(Securable::Catalog(c)),
        _ => None,
    }
}

const NO_SECURABLE: &str = "the row names no catalog, schema, table or volume (expected \
     table_catalog/table_schema/table_name, catalog_name[/schema_name] or \
     volume_catalog/volume_schema/volume_name)";

fn parse_rec(path: &Path, file: usize, rec: &Rec) -> Result<Parsed, Error> {
    let here = (rec.line, rec.column);
    let (principal, privilege, object, inherited) =
        if let (Some(p), Some(a)) = (rec.get("principal"), rec.get("actiontype")) {
            // SHOW GRANTS
            let ty = norm_privilege(rec.get("objecttype").ok_or_else(|| {
                parse_err(
                    path,
                    rec.pos("objecttype"),
                    "the row has no objectType".into(),
                )
            })?);
            let key = rec.get("objectkey").unwrap_or("");
            let parts = split_name(key);
            let want = match ty.as_str() {
                "CATALOG" => 1,
                "SCHEMA" | "DATABASE" => 2,
                "TABLE" | "VIEW" | "MATERIALIZED VIEW" | "STREAMING TABLE" | "VOLUME" => 3,
                _ => return Ok(Parsed::Skipped(ty)),
            };
            if parts.len() != want || parts.iter().any(String::is_empty) {
                let shape = ["CATALOG", "CATALOG.SCHEMA", "CATALOG.SCHEMA.NAME"][want - 1];
                return Err(parse_err(
                    path,
                    rec.pos("objectkey"),
                    format!("objectKey '{key}' of a {ty} must be {shape}"),
                ));
            }
            let mut it = parts.into_iter();
            let mut next = || it.next().expect("length checked");
            let obj = match ty.as_str() {
                "CATALOG" => Securable::Catalog(next()),
                "SCHEMA" | "DATABASE" => Securable::Schema(next(), next()),
                "VOLUME" => Securable::Volume(next(), next(), next()),
                _ => Securable::Table(next(), next(), next()),
            };
            (p, a, obj, None)
        } else if let (Some(p), Some(a)) = (rec.get("grantee"), rec.get("privilegetype")) {
            // information_schema.*_privileges
            let obj = securable_from_columns(rec)
                .ok_or_else(|| parse_err(path, here, NO_SECURABLE.into()))?;
            let inh = rec
                .get("inheritedfrom")
                .filter(|v| !v.eq_ignore_ascii_case("none"));
            (p, a, obj, inh)
        } else if let Some(owner) = [
            "tableowner",
            "volumeowner",
            "schemaowner",
            "catalogowner",
            "owner",
        ]
        .iter()
        .find_map(|k| rec.get(k))
        {
            let obj = securable_from_columns(rec)
                .ok_or_else(|| parse_err(path, here, NO_SECURABLE.into()))?;
            (owner, "OWNER", obj, None)
        } else {
            return Err(parse_err(
                path,
                here,
                "unrecognised row: expected SHOW GRANTS columns (principal, actionType, \
                 objectType, objectKey), information_schema privilege columns (grantee, \
                 privilege_type, ...) or an owner column (catalog_owner, schema_owner, \
                 table_owner, volume_owner, owner)"
                    .into(),
            ));
        };
    let mut privilege = norm_privilege(privilege);
    let mut deny = false;
    for prefix in ["DENIED ", "DENY "] {
        if let Some(rest) = privilege.strip_prefix(prefix) {
            privilege = rest.to_string();
            deny = true;
        }
    }
    // A row listing a privilege inherited from an ancestor is a grant on
    // that ancestor: lift it, so it covers the ancestor's other children too.
    let mut listed_on = None;
    let mut object = object;
    if let Some(inh) = inherited {
        let i = inh.trim().to_lowercase();
        let i = i.strip_prefix("catalog ").unwrap_or(&i).to_string();
        let c = object.catalog().to_string();
        let lifted = if i == "catalog" || i == c {
            Some(Securable::Catalog(c.clone()))
        } else {
            object.schema().and_then(|s| {
                let i2 = inh.trim().to_lowercase();
                let i2 = i2.strip_prefix("schema ").unwrap_or(&i2).to_string();
                (i2 == "schema" || i2 == s || i2 == format!("{c}.{s}"))
                    .then(|| Securable::Schema(c.clone(), s.to_string()))
            })
        };
        if let Some(l) = lifted.filter(|l| *l != object) {
            listed_on = Some(std::mem::replace(&mut object, l));
        }
    }
    Ok(Parsed::Row(Box::new(Row {
        file,
        line: rec.line,
        principal: principal.to_string(),
        privilege,
        deny,
        object,
        inherited: inherited.map(str::to_string),
        listed_on,
    })))
}

/// What a privilege means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Priv {
    /// Data actions; `owns` = includes the USE privilege of its own catalog/schema.
    Data { bits: u8, owns: bool },
    /// `USE CATALOG`, `USE SCHEMA` (legacy `USE`, `USAGE`).
    Use { catalog: bool, schema: bool },
    /// `BROWSE`: metadata only, no USE privilege needed.
    Browse,
    /// No data action (CREATE TABLE, EXECUTE, APPLY TAG, ...).
    Other,
}

fn classify(p: &str, on: &Securable) -> Priv {
    let cat = matches!(on, Securable::Catalog(_));
    match p {
        "SELECT" | "READ VOLUME" => Priv::Data {
            bits: READ,
            owns: false,
        },
        "MODIFY" => Priv::Data {
            bits: WRITE | DELETE,
            owns: false,
        },
        "WRITE VOLUME" => Priv::Data {
            bits: WRITE,
            owns: false,
        },
        "ALL PRIVILEGES" => Priv::Data {
            bits: ALL_ACTIONS,
            owns: true,
        },
        "MANAGE" | "OWNER" | "OWN" | "OWNERSHIP" => Priv::Data {
            bits: ALL_ACTIONS | ADMIN,
            owns: true,
        },
        "USE CATALOG" => Priv::Use {
            catalog: true,
            schema: false,
        },
        "USE SCHEMA" => Priv::Use {
            catalog: false,
            schema: true,
        },
        "USE" | "USAGE" => Priv::Use {
            catalog: cat,
            schema: !cat,
        },
        "BROWSE" => Priv::Browse,
        _ => Priv::Other,
    }
}

/// The USE privileges one principal holds.
#[derive(Debug, Default)]
struct Uses {
    catalogs: HashSet<String>,
    /// Catalogs where `USE SCHEMA` is held on the catalog (every schema).
    all_schemas: HashSet<String>,
    schemas: HashSet<(String, String)>,
}

impl Uses {
    fn add(&mut self, p: Priv, on: &Securable) {
        let (catalog, schema) = match p {
            Priv::Use { catalog, schema } => (catalog, schema),
            Priv::Data { owns: true, .. } => (true, true),
            _ => return,
        };
        match on {
            Securable::Catalog(c) => {
                if catalog {
                    self.catalogs.insert(c.clone());
                }
                if schema {
                    self.all_schemas.insert(c.clone());
                }
            }
            Securable::Schema(c, s) if schema => {
                self.schemas.insert((c.clone(), s.clone()));
            }
            _ => {}
        }
    }
}

/// Is `p` a service principal (its application id, a UUID)?
fn is_service_principal(p: &str) -> bool {
    let b = p.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// The correlator principal of a Unity Catalog principal: a service
/// principal's application id (an agent), else the role `uc:NAME`.
fn principal_id(p: &str) -> String {
    if is_service_principal(p) {
        p.to_ascii_lowercase()
    } else {
        format!("uc:{p}")
    }
}

/// Reads a `unity-catalog` export (a file or a directory of files).
pub fn load(path: &Path, _opts: &ConnectorOptions) -> Result<GrantSet, Error> {
    let files = input_files(path)?;
    let mut rows = Vec::new();
    let mut skipped: BTreeMap<String, usize> = BTreeMap::new();
    for (fi, f) in files.iter().enumerate() {
        let text = crate::output::read_input(f).map_err(|e| Error::io(f, e))?;
        let json = f.extension().and_then(|e| e.to_str()).is_some_and(|e| {
            ["json", "jsonl", "ndjson"]
                .iter()
                .any(|j| e.eq_ignore_ascii_case(j))
        });
        let recs = if json {
            read_json(f, &text)?
        } else {
            read_csv(f, &text)?
        };
        for rec in &recs {
            match parse_rec(f, fi, rec)? {
                Parsed::Row(r) => rows.push(*r),
                Parsed::Skipped(ty) => *skipped.entry(ty).or_default() += 1,
            }
        }
    }
    Ok(build(&files, rows, skipped))
}

fn build(files: &[PathBuf], rows: Vec<Row>, skipped: BTreeMap<String, usize>) -> GrantSet {
    let mut set = GrantSet::default();
    // USE privileges per principal (`account users` applies to everyone).
    let mut uses: HashMap<&str, Uses> = HashMap::new();
    for r in rows.iter().filter(|r| !r.deny) {
        let key = if r.principal.eq_ignore_ascii_case(ACCOUNT_USERS) {
            ACCOUNT_USERS
        } else {
            r.principal.as_str()
        };
        uses.entry(key)
            .or_default()
            .add(classify(&r.privilege, &r.object), &r.object);
    }
    let none = Uses::default();
    let everyone = uses.get(ACCOUNT_USERS).unwrap_or(&none);
    let mut principals: Vec<&str> = Vec::new();
    let mut seen_principal = HashSet::new();
    let mut seen_grant = HashSet::new();
    let mut other_privs: BTreeSet<String> = BTreeSet::new();
    for r in &rows {
        if seen_principal.insert(r.principal.as_str()) {
            principals.push(&r.principal);
        }
        let p = classify(&r.privilege, &r.object);
        let (bits, owns) = match p {
            Priv::Data { bits, owns } => (bits, owns),
            Priv::Browse => (LIST, false),
            Priv::Use { .. } => continue,
            Priv::Other => {
                other_privs.insert(r.privilege.clone());
                continue;
            }
        };
        let file = files[r.file].display().to_string();
        let mine = uses.get(r.principal.as_str()).unwrap_or(&none);
        let has_cat = |c: &str| mine.catalogs.contains(c) || everyone.catalogs.contains(c);
        let all_schemas =
            |c: &str| mine.all_schemas.contains(c) || everyone.all_schemas.contains(c);
        let has_schema = |c: &str, s: &str| {
            let k = (c.to_string(), s.to_string());
            all_schemas(c) || mine.schemas.contains(&k) || everyone.schemas.contains(&k)
        };
        // Which patterns the privilege reaches, given the USE privileges.
        let c = r.object.catalog();
        let gated = !r.deny && p != Priv::Browse;
        let patterns: Result<Vec<String>, String> = if !gated {
            Ok(vec![r.object.pattern()])
        } else if !(has_cat(c) || owns && matches!(r.object, Securable::Catalog(_))) {
            Err(format!("USE CATALOG on {c}"))
        } else {
            match &r.object {
                Securable::Catalog(_) if owns || all_schemas(c) => Ok(vec![r.object.pattern()]),
                Securable::Catalog(_) => {
                    let mut ss: BTreeSet<&str> = BTreeSet::new();
                    for u in [mine, everyone] {
                        ss.extend(u.schemas.iter().filter(|k| k.0 == c).map(|k| k.1.as_str()));
                    }
                    if ss.is_empty() {
                        Err(format!("USE SCHEMA on any schema of {c}"))
                    } else {
                        Ok(ss
                            .into_iter()
                            .map(|s| Securable::Schema(c.to_string(), s.to_string()).pattern())
                            .collect())
                    }
                }
                Securable::Schema(_, s) if owns || has_schema(c, s) => Ok(vec![r.object.pattern()]),
                Securable::Table(_, s, _) | Securable::Volume(_, s, _) if has_schema(c, s) => {
                    Ok(vec![r.object.pattern()])
                }
                o => Err(format!(
                    "USE SCHEMA on {c}.{}",
                    o.schema().expect("not a catalog")
                )),
            }
        };
        let policy = format!("{} {}", r.object.kind(), r.object.key());
        let patterns = match patterns {
            Ok(p) => p,
            Err(missing) => {
                set.notes.push(format!(
                    "unity-catalog: {} holds {} on {policy} but not {missing}: no reach reported \
                     ({file}:{}; a USE privilege held through a group the export does not \
                     show is not seen)",
                    r.principal, r.privilege, r.line
                ));
                continue;
            }
        };
        let effect = if r.deny { Effect::Deny } else { Effect::Allow };
        let id = format!(
            "uc:{}:{}{}:{policy}",
            r.principal,
            if r.deny { "DENY " } else { "" },
            r.privilege
        );
        if !seen_grant.insert(id.clone()) {
            continue;
        }
        let mut statement = r.privilege.clone();
        if let Some(i) = &r.inherited {
            statement.push_str(&format!(", inherited_from {i}"));
        }
        if let Some(l) = &r.listed_on {
            statement.push_str(&format!(", listed on {} {}", l.kind(), l.key()));
        }
        statement.push_str(&format!(", line {}", r.line));
        set.grants.push(GrantDef {
            id,
            principal: principal_id(&r.principal),
            effect,
            actions: bits,
            action_wildcard: owns,
            patterns: patterns
                .iter()
                .map(|p| Pattern::parse(p).expect("uc:// patterns are URIs"))
                .collect(),
            expires: None,
            condition: None,
            condition_keys: Vec::new(),
            raw_actions: vec![r.privilege.clone()],
            source: GrantSource::Connector,
            provenance: Provenance {
                system: "unity-catalog".into(),
                file: Some(file),
                object: r.principal.clone(),
                policy: Some(policy),
                statement: Some(statement),
            },
            limit: None,
        });
    }
    let everyone_role = principals
        .iter()
        .any(|p| p.eq_ignore_ascii_case(ACCOUNT_USERS));
    for p in principals {
        if is_service_principal(p) {
            let file = rows
                .iter()
                .find(|r| r.principal == p)
                .map(|r| files[r.file].display().to_string());
            set.agents.push(Agent {
                id: principal_id(p),
                owner: None,
                purpose: None,
                data_scope: None,
                created: None,
                expires: None,
                credential: None,
                roles: if everyone_role {
                    vec![format!("uc:{ACCOUNT_USERS}")]
                } else {
                    Vec::new()
                },
                delegated_from: None,
                allowed_actions: None,
                role_chains: BTreeMap::new(),
                declared_by: Some(Provenance {
                    system: "unity-catalog".into(),
                    file,
                    object: p.to_string(),
                    policy: None,
                    statement: Some("service principal".into()),
                }),
            });
        } else {
            let id = if p.eq_ignore_ascii_case(ACCOUNT_USERS) {
                format!("uc:{ACCOUNT_USERS}")
            } else {
                principal_id(p)
            };
            if !set.roles.contains(&id) {
                set.roles.push(id);
            }
        }
    }
    // Grants to `account users` go to the one role of that name.
    for g in &mut set.grants {
        if g.principal
            .eq_ignore_ascii_case(&format!("uc:{ACCOUNT_USERS}"))
        {
            g.principal = format!("uc:{ACCOUNT_USERS}");
        }
    }
    if !other_privs.is_empty() {
        set.notes.push(format!(
            "unity-catalog: privileges without a data action ignored: {}",
            other_privs.into_iter().collect::<Vec<_>>().join(", ")
        ));
    }
    if !skipped.is_empty() {
        let s: Vec<String> = skipped
            .into_iter()
            .map(|(t, n)| format!("{t} ({n})"))
            .collect();
        set.notes.push(format!(
            "unity-catalog: rows on securables that hold no table data ignored: {}",
            s.join(", ")
        ));
    }
    set
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_text(name: &str, text: &str) -> Result<GrantSet, Error> {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        load(&p, &ConnectorOptions::default())
    }

    fn grant<'a>(set: &'a GrantSet, id: &str) -> &'a GrantDef {
        set.grants
            .iter()
            .find(|g| g.id == id)
            .unwrap_or_else(|| panic!("no grant {id} in {:?}", ids(set)))
    }

    fn ids(set: &GrantSet) -> Vec<&str> {
        set.grants.iter().map(|g| g.id.as_str()).collect()
    }

    #[test]
    fn show_grants_csv_needs_use_catalog_and_use_schema() {
        let set = load_text(
            "g.csv",
            "principal,ActionType,ObjectType,ObjectKey\n\
             analysts,USE CATALOG,CATALOG,main\n\
             analysts,USE SCHEMA,SCHEMA,main.clinical\n\
             analysts,SELECT,TABLE,main.clinical.patients\n\
             analysts,SELECT,TABLE,main.billing.invoices\n\
             interns,SELECT,TABLE,main.clinical.patients\n",
        )
        .unwrap();
        let g = grant(&set, "uc:analysts:SELECT:TABLE main.clinical.patients");
        assert_eq!(g.principal, "uc:analysts");
        assert_eq!(g.actions, READ);
        assert!(g.patterns[0].matches_object("uc://main/clinical/patients"));
        assert_eq!(
            g.provenance.policy.as_deref(),
            Some("TABLE main.clinical.patients")
        );
        assert_eq!(g.provenance.object, "analysts");
        // no USE SCHEMA on main.billing, no USE at all for interns
        assert_eq!(set.grants.len(), 1, "{:?}", ids(&set));
        assert!(set
            .notes
            .iter()
            .any(|n| n.contains("USE SCHEMA on main.billing")));
        assert!(set
            .notes
            .iter()
            .any(|n| n.contains("interns") && n.contains("USE CATALOG on main")));
        assert_eq!(set.roles, vec!["uc:analysts", "uc:interns"]);
    }

    #[test]
    fn catalog_privilege_covers_only_schemas_with_use_schema() {
        let set = load_text(
            "g.csv",
            "principal,actionType,objectType,objectKey\n\
             bi,USE CATALOG,CATALOG,main\n\
             bi,SELECT,CATALOG,main\n\
             bi,USE SCHEMA,SCHEMA,main.sales\n\
             account users,USE SCHEMA,SCHEMA,main.web\n",
        )
        .unwrap();
        let g = grant(&set, "uc:bi:SELECT:CATALOG main");
        let raws: Vec<&str> = g.patterns.iter().map(|p| p.raw.as_str()).collect();
        assert_eq!(raws, vec!["uc://main/sales/**", "uc://main/web/**"]);
        assert!(g.patterns[0].matches_object("uc://main/sales/orders"));
        assert!(!g
            .patterns
            .iter()
            .any(|p| p.matches_object("uc://main/hr/staff")));
    }

    #[test]
    fn owners_and_all_privileges_include_their_use() {
        let set = load_text(
            "catalogs.json",
            r#"[{"catalog_name": "main", "catalog_owner": "data-platform", "comment": null},
                {"grantee": "etl", "catalog_name": "main", "privilege_type": "ALL PRIVILEGES",
                 "is_grantable": "NO", "inherited_from": "NONE"}]"#,
        )
        .unwrap();
        let o = grant(&set, "uc:data-platform:OWNER:CATALOG main");
        assert_eq!(o.actions, ALL_ACTIONS | ADMIN);
        assert!(o.action_wildcard);
        assert!(o.patterns[0].matches_object("uc://main/a/b"));
        let a = grant(&set, "uc:etl:ALL PRIVILEGES:CATALOG main");
        assert_eq!(a.actions, ALL_ACTIONS);
    }

    #[test]
    fn inherited_rows_are_lifted_to_the_ancestor_with_provenance() {
        let set = load_text(
            "tp.jsonl",
            concat!(
                r#"{"grantee":"ops","catalog_name":"main","privilege_type":"USE CATALOG","inherited_from":"NONE"}"#,
                "\n",
                r#"{"grantee":"ops","catalog_name":"main","schema_name":"clinical","privilege_type":"USE SCHEMA","inherited_from":"CATALOG"}"#,
                "\n",
                r#"{"grantor":"admin","grantee":"ops","table_catalog":"main","table_schema":"clinical","table_name":"patients","privilege_type":"MODIFY","is_grantable":"NO","inherited_from":"SCHEMA"}"#,
                "\n"
            ),
        )
        .unwrap();
        let g = grant(&set, "uc:ops:MODIFY:SCHEMA main.clinical");
        assert_eq!(g.actions, WRITE | DELETE);
        assert_eq!(g.patterns[0].raw, "uc://main/clinical/**");
        let st = g.provenance.statement.as_deref().unwrap();
        assert!(
            st.contains("inherited_from SCHEMA")
                && st.contains("listed on TABLE main.clinical.patients")
                && st.contains("line 3"),
            "{st}"
        );
        // USE SCHEMA inherited from the catalog covers every schema
        assert!(
            ids(&set).len() == 1 && set.notes.is_empty(),
            "{:?}",
            set.notes
        );
    }

    #[test]
    fn service_principals_are_agents() {
        let set = load_text(
            "g.csv",
            "principal,actionType,objectType,objectKey\n\
             account users,USE CATALOG,CATALOG,main\n\
             6a1f3c2e-9b7d-4e21-8c3a-2f0d5e7b9a14,USE SCHEMA,SCHEMA,main.clinical\n\
             6a1f3c2e-9b7d-4e21-8c3a-2f0d5e7b9a14,SELECT,TABLE,`main`.`clinical`.`Patients`\n",
        )
        .unwrap();
        assert_eq!(set.agents.len(), 1);
        let a = &set.agents[0];
        assert_eq!(a.id, "6a1f3c2e-9b7d-4e21-8c3a-2f0d5e7b9a14");
        assert_eq!(a.roles, vec!["uc:account users"]);
        let g = &set.grants[0];
        assert_eq!(g.principal, a.id);
        assert_eq!(g.patterns[0].raw, "uc://main/clinical/patients");
    }

    #[test]
    fn browse_needs_no_use_and_denied_is_a_deny() {
        let set = load_text(
            "g.csv",
            "principal,actionType,objectType,objectKey\n\
             auditors,BROWSE,CATALOG,main\n\
             auditors,DENIED_SELECT,TABLE,main.hr.salaries\n\
             auditors,EXECUTE,FUNCTION,main.hr.f\n\
             auditors,CREATE TABLE,SCHEMA,main.hr\n",
        )
        .unwrap();
        assert_eq!(grant(&set, "uc:auditors:BROWSE:CATALOG main").actions, LIST);
        let d = grant(&set, "uc:auditors:DENY SELECT:TABLE main.hr.salaries");
        assert_eq!(d.effect, Effect::Deny);
        assert!(set.notes.iter().any(|n| n.contains("CREATE TABLE")));
        assert!(set.notes.iter().any(|n| n.contains("FUNCTION (1)")));
    }

    #[test]
    fn malformed_rows_name_file_line_and_column() {
        let e = load_text(
            "g.csv",
            "principal,actionType,objectType,objectKey\nbi,SELECT,TABLE,main.t\n",
        )
        .unwrap_err()
        .to_string();
        assert!(
            e.contains("g.csv:2:17:") && e.contains("CATALOG.SCHEMA.NAME"),
            "{e}"
        );
        let e = load_text("g.csv", "a,b\n1,2,3\n").unwrap_err().to_string();
        assert!(e.contains("g.csv:2:") && e.contains("3 fields"), "{e}");
        let e = load_text("g.csv", "who,what\nx,y\n")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("g.csv:2:1:") && e.contains("unrecognised row"),
            "{e}"
        );
        let e = load_text(
            "g.json",
            "[{\"grantee\": \"x\",\n \"privilege_type\": \"SELECT\"}]",
        )
        .unwrap_err()
        .to_string();
        assert!(
            e.contains("g.json:1:2:") && e.contains("names no catalog"),
            "{e}"
        );
        let e = load_text("g.json", "[{\"grantee\": \"x\"},\n 3]")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("g.json:2:2:") && e.contains("JSON object"),
            "{e}"
        );
        let e = load_text("g.jsonl", "{\"grantee\": \"x\"}\n{\"grantee\": }\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("g.jsonl:2:"), "{e}");
    }
}
