//! PostgreSQL: roles, role membership and table/column ACLs, read from the
//! output of three catalog queries ([`ROLES_SQL`], [`MEMBERS_SQL`],
//! [`ACL_SQL`]) saved as CSV with a header (`roles.csv`, `members.csv`,
//! `acl.csv` in one directory, `--grants postgres:DIR`), or run live
//! (`--postgres-url`). Both paths go through the same row parser, so they
//! yield the same grants.
//!
//! The model:
//! - every table, view, materialized view, partitioned or foreign table is
//!   the resource `pg://DB/SCHEMA/TABLE`, a column `pg://DB/SCHEMA/TABLE#column`;
//! - one grant per ACL item (`app=r*/owner`): `SELECT` → read, `INSERT`,
//!   `UPDATE` → write, `DELETE`, `TRUNCATE` → delete, `REFERENCES`,
//!   `TRIGGER`, `MAINTAIN` → admin, `WITH GRANT OPTION` → share; the owner
//!   holds read, write, delete, share and admin;
//! - login roles are agents, other roles are roles; `PUBLIC` is a role every
//!   agent of the export holds; membership is transitive where it is
//!   inherited; what a role reaches only through `SET ROLE` (NOINHERIT, or
//!   `inherit_option` false) is given to the agent as conditional grants
//!   with the condition key `postgres:set_role`;
//! - a superuser reaches `pg://DB/**` with every action; `pg_read_all_data`
//!   and `pg_write_all_data` reach every table of the database.

use super::GrantSet;
use crate::correlate::inventory::{
    parse_date, Agent, Effect, GrantDef, GrantSource, Provenance, ADMIN, DELETE, READ, SHARE, WRITE,
};
use crate::correlate::pattern::Pattern;
use crate::correlate::Error;
use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::path::{Path, PathBuf};

/// File names inside the `--grants postgres:DIR` directory.
pub const ROLES_FILE: &str = "roles.csv";
pub const MEMBERS_FILE: &str = "members.csv";
pub const ACL_FILE: &str = "acl.csv";

/// Roles and their attributes (`pg_roles`).
pub const ROLES_SQL: &str = "\
SELECT rolname, rolsuper, rolinherit, rolcanlogin, rolbypassrls,
       to_char(rolvaliduntil AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS rolvaliduntil
FROM pg_roles
ORDER BY rolname";

/// Role membership (`pg_auth_members`). `inherit_option` and `set_option`
/// exist from PostgreSQL 16; before, inheritance is the member's
/// `rolinherit` and `SET ROLE` is always possible.
pub const MEMBERS_SQL: &str = "\
SELECT r.rolname AS role, m.rolname AS member, am.admin_option,
       coalesce((to_jsonb(am) ->> 'inherit_option')::boolean, m.rolinherit) AS inherit_option,
       coalesce((to_jsonb(am) ->> 'set_option')::boolean, true) AS set_option
FROM pg_auth_members am
JOIN pg_roles r ON r.oid = am.roleid
JOIN pg_roles m ON m.oid = am.member
ORDER BY 1, 2, 3, 4, 5";

/// Table and column ACLs, one row per privilege of each ACL item. A NULL
/// `relacl` is the default ACL (`acldefault`: the owner holds everything,
/// PUBLIC nothing); a table whose ACL is empty still gives one row (its owner).
pub const ACL_SQL: &str = "\
SELECT current_database() AS database, n.nspname AS schema, c.relname AS table_name,
       NULL::name AS column_name, c.relkind::text AS relkind,
       pg_get_userbyid(c.relowner) AS owner, u.item::text AS acl_item,
       CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee)::text END AS grantee,
       x.privilege_type AS privilege, x.is_grantable AS grantable
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN LATERAL unnest(coalesce(c.relacl, acldefault('r', c.relowner))) AS u(item) ON true
LEFT JOIN LATERAL aclexplode(ARRAY[u.item]) AS x ON true
WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
UNION ALL
SELECT current_database(), n.nspname, c.relname, a.attname, c.relkind::text,
       pg_get_userbyid(c.relowner), u.item::text,
       CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee)::text END,
       x.privilege_type, x.is_grantable
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL unnest(a.attacl) AS u(item)
CROSS JOIN LATERAL aclexplode(ARRAY[u.item]) AS x
WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'v', 'm', 'p', 'f')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
ORDER BY 1, 2, 3, 4 NULLS FIRST, 7, 9";

/// The condition key of grants an agent holds only after `SET ROLE`.
pub const SET_ROLE_KEY: &str = "postgres:set_role";

/// The role every role of the database holds.
pub const PUBLIC: &str = "PUBLIC";

/// One result set: where it came from (file or redacted URL), the header and
/// the rows with their 1-based line numbers.
#[derive(Debug, Clone)]
struct Table {
    source: PathBuf,
    header: Vec<String>,
    rows: Vec<(usize, Vec<Option<String>>)>,
}

impl Table {
    fn read_csv(path: &Path) -> Result<Table, Error> {
        let file = crate::output::open_input(path).map_err(|e| Error::io(path, e))?;
        let mut rd = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(file);
        let csv_err = |e: csv::Error| {
            let line = e.position().map(|p| p.line() as usize).unwrap_or(0);
            let message = match e.kind() {
                csv::ErrorKind::UnequalLengths {
                    expected_len, len, ..
                } => format!("{len} fields where the header has {expected_len}"),
                _ => e.to_string(),
            };
            Error::Parse {
                path: path.to_path_buf(),
                line,
                column: 1,
                message,
            }
        };
        let header = rd
            .headers()
            .map_err(csv_err)?
            .iter()
            .map(str::to_string)
            .collect();
        let mut rows = Vec::new();
        for rec in rd.records() {
            let rec = rec.map_err(csv_err)?;
            let line = rec.position().map(|p| p.line() as usize).unwrap_or(0);
            // psql writes NULL as an empty unquoted field.
            rows.push((
                line,
                rec.iter()
                    .map(|f| (!f.is_empty()).then(|| f.to_string()))
                    .collect(),
            ));
        }
        Ok(Table {
            source: path.to_path_buf(),
            header,
            rows,
        })
    }

    /// The index of a column; `required` ones must be in the header.
    fn col(&self, name: &str, required: bool) -> Result<Option<usize>, Error> {
        match self.header.iter().position(|h| h == name) {
            Some(i) => Ok(Some(i)),
            None if !required => Ok(None),
            None => Err(Error::Parse {
                path: self.source.clone(),
                line: 1,
                column: 1,
                message: format!(
                    "missing column '{name}' (header: {})",
                    self.header.join(",")
                ),
            }),
        }
    }

    fn err(&self, line: usize, col: usize, message: String) -> Error {
        Error::Parse {
            path: self.source.clone(),
            line,
            column: col + 1,
            message: format!("column '{}': {message}", self.header[col]),
        }
    }

    fn text(&self, line: usize, row: &[Option<String>], col: usize) -> Result<String, Error> {
        row[col]
            .clone()
            .ok_or_else(|| self.err(line, col, "is empty".into()))
    }

    fn flag(&self, line: usize, row: &[Option<String>], col: usize) -> Result<bool, Error> {
        match row[col].as_deref() {
            Some("t" | "true" | "TRUE" | "True") => Ok(true),
            Some("f" | "false" | "FALSE" | "False") => Ok(false),
            Some(v) => Err(self.err(line, col, format!("expected t or f, got '{v}'"))),
            None => Err(self.err(line, col, "is empty (expected t or f)".into())),
        }
    }
}

#[derive(Debug, Clone)]
struct RoleRow {
    name: String,
    superuser: bool,
    inherit: bool,
    login: bool,
    bypassrls: bool,
    valid_until: Option<chrono::NaiveDate>,
}

#[derive(Debug, Clone)]
struct MemberRow {
    role: String,
    member: String,
    inherit: Option<bool>,
    set: bool,
}

#[derive(Debug, Clone)]
struct AclRow {
    line: usize,
    database: String,
    schema: String,
    table: String,
    column: Option<String>,
    owner: String,
    item: Option<String>,
    grantee: Option<String>,
    privilege: Option<String>,
    grantable: bool,
}

/// The three result sets, parsed.
#[derive(Debug, Clone)]
struct Catalog {
    roles: Table,
    members: Table,
    acl: Table,
    /// How provenance names the source: the directory's files, or the URL.
    live: Option<String>,
}

/// Reads `roles.csv`, `members.csv` and `acl.csv` from `dir`.
pub fn load(dir: &Path) -> Result<GrantSet, Error> {
    if !dir.is_dir() {
        return Err(Error::Invalid {
            path: dir.to_path_buf(),
            message: format!(
                "expected a directory holding {ROLES_FILE}, {MEMBERS_FILE} and {ACL_FILE}"
            ),
        });
    }
    build(&Catalog {
        roles: Table::read_csv(&dir.join(ROLES_FILE))?,
        members: Table::read_csv(&dir.join(MEMBERS_FILE))?,
        acl: Table::read_csv(&dir.join(ACL_FILE))?,
        live: None,
    })
}

/// `postgres://user:secret@host/db` without the password (also a
/// `password=` query parameter or key-value setting).
pub fn redact_url(url: &str) -> String {
    let mut out = url.to_string();
    if let Some(i) = out.find("://") {
        let start = i + 3;
        let end = out[start..]
            .find(['/', '?'])
            .map_or(out.len(), |j| start + j);
        if let Some(at) = out[start..end].rfind('@') {
            if let Some(colon) = out[start..start + at].find(':') {
                out.replace_range(start + colon..start + at, "");
            }
        }
    }
    while let Some(i) = out.find("password=") {
        // The value and the separator after it.
        let end = out[i..].find(['&', ' ']).map_or(out.len(), |j| i + j + 1);
        out.replace_range(i..end, "");
    }
    out.trim_end_matches(['&', '?', ' ']).to_string()
}

/// Runs the three queries on a live server (no TLS) and reads the result
/// exactly as the CSV files would be read.
pub fn load_live(url: &str) -> Result<GrantSet, Error> {
    let shown = redact_url(url);
    let pg_err = |e: postgres::Error| Error::Postgres {
        url: shown.clone(),
        message: e.to_string(),
    };
    let mut client = postgres::Client::connect(url, postgres::NoTls).map_err(pg_err)?;
    let mut query = |name: &str, sql: &str| -> Result<Table, Error> {
        let stmt = client.prepare(sql).map_err(pg_err)?;
        let header: Vec<String> = stmt.columns().iter().map(|c| c.name().into()).collect();
        let bools: Vec<bool> = stmt
            .columns()
            .iter()
            .map(|c| *c.type_() == postgres::types::Type::BOOL)
            .collect();
        let mut rows = Vec::new();
        for (n, row) in client.query(&stmt, &[]).map_err(pg_err)?.iter().enumerate() {
            let mut vals = Vec::with_capacity(header.len());
            for (i, is_bool) in bools.iter().enumerate() {
                vals.push(if *is_bool {
                    row.try_get::<_, Option<bool>>(i)
                        .map_err(pg_err)?
                        .map(|b| if b { "t" } else { "f" }.to_string())
                } else {
                    row.try_get::<_, Option<String>>(i).map_err(pg_err)?
                });
            }
            // Line numbers as in the CSV export: the header is line 1.
            rows.push((n + 2, vals));
        }
        Ok(Table {
            source: PathBuf::from(format!("{shown} ({name})")),
            header,
            rows,
        })
    };
    let roles = query("roles", ROLES_SQL)?;
    let members = query("members", MEMBERS_SQL)?;
    let acl = query("acl", ACL_SQL)?;
    build(&Catalog {
        roles,
        members,
        acl,
        live: Some(shown.clone()),
    })
}

/// `SELECT` etc. to action bits.
fn privilege_bits(p: &str) -> Option<u8> {
    Some(match p {
        "SELECT" => READ,
        "INSERT" | "UPDATE" => WRITE,
        "DELETE" | "TRUNCATE" => DELETE,
        "REFERENCES" | "TRIGGER" | "MAINTAIN" => ADMIN,
        _ => return None,
    })
}

/// Percent-encodes what would break a URI segment or read as a glob.
fn seg(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '%' | '/' | '#' | '*' | '?' => out.push_str(&format!("%{:02X}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// `pg://DB/SCHEMA/TABLE[#column]`.
pub fn table_uri(db: &str, schema: &str, table: &str, column: Option<&str>) -> String {
    let mut s = format!("pg://{}/{}/{}", seg(db), seg(schema), seg(table));
    if let Some(c) = column {
        s.push('#');
        s.push_str(&seg(c));
    }
    s
}

fn pattern(raw: &str) -> Result<Pattern, Error> {
    Pattern::parse(raw)
}

fn parse_roles(t: &Table) -> Result<BTreeMap<String, RoleRow>, Error> {
    let name = t.col("rolname", true)?.unwrap_or(0);
    let sup = t.col("rolsuper", true)?.unwrap_or(0);
    let inh = t.col("rolinherit", true)?.unwrap_or(0);
    let login = t.col("rolcanlogin", true)?.unwrap_or(0);
    let bypass = t.col("rolbypassrls", true)?.unwrap_or(0);
    let until = t.col("rolvaliduntil", true)?.unwrap_or(0);
    let mut out = BTreeMap::new();
    for (line, row) in &t.rows {
        let line = *line;
        let r =
            RoleRow {
                name: t.text(line, row, name)?,
                superuser: t.flag(line, row, sup)?,
                inherit: t.flag(line, row, inh)?,
                login: t.flag(line, row, login)?,
                bypassrls: t.flag(line, row, bypass)?,
                valid_until: match row[until].as_deref() {
                    None | Some("infinity") => None,
                    Some(v) => Some(parse_date(v).map_err(|_| {
                        t.err(line, until, format!("expected a timestamp, got '{v}'"))
                    })?),
                },
            };
        if out.contains_key(&r.name) {
            return Err(t.err(line, name, format!("role '{}' is listed twice", r.name)));
        }
        out.insert(r.name.clone(), r);
    }
    Ok(out)
}

fn parse_members(t: &Table, roles: &BTreeMap<String, RoleRow>) -> Result<Vec<MemberRow>, Error> {
    let role = t.col("role", true)?.unwrap_or(0);
    let member = t.col("member", true)?.unwrap_or(0);
    let inh = t.col("inherit_option", false)?;
    let set = t.col("set_option", false)?;
    let mut out = Vec::new();
    for (line, row) in &t.rows {
        let line = *line;
        let m = MemberRow {
            role: t.text(line, row, role)?,
            member: t.text(line, row, member)?,
            inherit: inh.map(|c| t.flag(line, row, c)).transpose()?,
            set: set
                .map(|c| t.flag(line, row, c))
                .transpose()?
                .unwrap_or(true),
        };
        for (c, name) in [(role, &m.role), (member, &m.member)] {
            if !roles.contains_key(name) {
                return Err(t.err(line, c, format!("role '{name}' is not in {ROLES_FILE}")));
            }
        }
        out.push(m);
    }
    Ok(out)
}

fn parse_acl(t: &Table, roles: &BTreeMap<String, RoleRow>) -> Result<Vec<AclRow>, Error> {
    let db = t.col("database", true)?.unwrap_or(0);
    let schema = t.col("schema", true)?.unwrap_or(0);
    let table = t.col("table_name", true)?.unwrap_or(0);
    let column = t.col("column_name", true)?.unwrap_or(0);
    let owner = t.col("owner", true)?.unwrap_or(0);
    let item = t.col("acl_item", true)?.unwrap_or(0);
    let grantee = t.col("grantee", true)?.unwrap_or(0);
    let privilege = t.col("privilege", true)?.unwrap_or(0);
    let grantable = t.col("grantable", true)?.unwrap_or(0);
    let mut out = Vec::new();
    for (line, row) in &t.rows {
        let line = *line;
        let item_v = row[item].clone();
        let r = AclRow {
            line,
            database: t.text(line, row, db)?,
            schema: t.text(line, row, schema)?,
            table: t.text(line, row, table)?,
            column: row[column].clone(),
            owner: t.text(line, row, owner)?,
            grantee: match &item_v {
                Some(_) => Some(t.text(line, row, grantee)?),
                None => None,
            },
            privilege: match &item_v {
                Some(_) => Some(t.text(line, row, privilege)?),
                None => None,
            },
            grantable: item_v.is_some() && t.flag(line, row, grantable)?,
            item: item_v,
        };
        if !roles.contains_key(&r.owner) {
            return Err(t.err(
                line,
                owner,
                format!("role '{}' is not in {ROLES_FILE}", r.owner),
            ));
        }
        if let Some(g) = &r.grantee {
            if g != PUBLIC && !roles.contains_key(g) {
                return Err(t.err(line, grantee, format!("role '{g}' is not in {ROLES_FILE}")));
            }
        }
        if let Some(p) = &r.privilege {
            if privilege_bits(p).is_none() {
                return Err(t.err(line, privilege, format!("unknown table privilege '{p}'")));
            }
        }
        if r.column.is_some() && r.item.is_none() {
            return Err(t.err(line, item, "a column row needs an ACL item".into()));
        }
        out.push(r);
    }
    Ok(out)
}

/// Shortest chains from `start` over the edges `follow` accepts:
/// role → the roles from the first hop to it.
fn chains(
    start: &str,
    edges: &HashMap<&str, Vec<&MemberRow>>,
    follow: impl Fn(&MemberRow) -> bool,
) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut queue: VecDeque<(String, Vec<String>)> = VecDeque::new();
    queue.push_back((start.to_string(), Vec::new()));
    while let Some((r, chain)) = queue.pop_front() {
        for e in edges.get(r.as_str()).into_iter().flatten() {
            if !follow(e) || e.role == start || out.contains_key(&e.role) {
                continue;
            }
            let mut c = chain.clone();
            c.push(e.role.clone());
            out.insert(e.role.clone(), c.clone());
            queue.push_back((e.role.clone(), c));
        }
    }
    out
}

fn build(cat: &Catalog) -> Result<GrantSet, Error> {
    let roles = parse_roles(&cat.roles)?;
    let members = parse_members(&cat.members, &roles)?;
    let acl = parse_acl(&cat.acl, &roles)?;
    let file_of = |t: &Table| match &cat.live {
        Some(url) => url.clone(),
        None => t.source.display().to_string(),
    };
    let roles_file = file_of(&cat.roles);
    let acl_file = file_of(&cat.acl);
    let prov = |object: &str, file: &str, policy: String, statement: String| Provenance {
        system: "postgres".into(),
        file: Some(file.to_string()),
        object: object.to_string(),
        policy: Some(policy),
        statement: Some(statement),
    };
    // A grant's principal: the agent for a login role, else the role.
    let mut set = GrantSet::default();
    let mut dbs: BTreeSet<&str> = BTreeSet::new();

    // Table and column ACL items, in export order.
    let mut owners_done: BTreeSet<(String, String, String)> = BTreeSet::new();
    let mut items: BTreeMap<String, (usize, GrantDef)> = BTreeMap::new();
    for r in &acl {
        dbs.insert(&r.database);
        let rel = format!("{}.{}", r.schema, r.table);
        if r.column.is_none()
            && owners_done.insert((r.database.clone(), r.schema.clone(), r.table.clone()))
        {
            let uri = table_uri(&r.database, &r.schema, &r.table, None);
            set.grants.push(GrantDef {
                id: format!("pg:{}.{rel}:owner", r.database),
                principal: r.owner.clone(),
                effect: Effect::Allow,
                actions: READ | WRITE | DELETE | SHARE | ADMIN,
                action_wildcard: false,
                patterns: vec![pattern(&uri)?],
                expires: None,
                condition: None,
                condition_keys: Vec::new(),
                raw_actions: vec!["OWNER".into()],
                source: GrantSource::Connector,
                provenance: prov(
                    &r.owner,
                    &acl_file,
                    format!("relowner of {rel}"),
                    format!("owner={}", r.owner),
                ),
                limit: None,
            });
        }
        let (Some(item), Some(grantee), Some(privilege)) = (&r.item, &r.grantee, &r.privilege)
        else {
            continue;
        };
        let (policy, key) = match &r.column {
            None => (format!("relacl of {rel}"), rel.clone()),
            Some(c) => (format!("attacl of {rel}.{c}"), format!("{rel}#{c}")),
        };
        let id = format!("pg:{}.{key}:{item}", r.database);
        let bits = privilege_bits(privilege).unwrap_or(0) | if r.grantable { SHARE } else { 0 };
        let raw = if r.grantable {
            format!("{privilege} WITH GRANT OPTION")
        } else {
            privilege.clone()
        };
        match items.get_mut(&id) {
            Some((_, g)) => {
                if g.principal != *grantee {
                    return Err(cat.acl.err(
                        r.line,
                        cat.acl.col("acl_item", true)?.unwrap_or(0),
                        format!("ACL item '{item}' names two grantees"),
                    ));
                }
                g.actions |= bits;
                if !g.raw_actions.contains(&raw) {
                    g.raw_actions.push(raw);
                }
            }
            None => {
                let uri = table_uri(&r.database, &r.schema, &r.table, r.column.as_deref());
                let order = items.len();
                items.insert(
                    id.clone(),
                    (
                        order,
                        GrantDef {
                            id,
                            principal: grantee.clone(),
                            effect: Effect::Allow,
                            actions: bits,
                            action_wildcard: false,
                            patterns: vec![pattern(&uri)?],
                            expires: None,
                            condition: None,
                            condition_keys: Vec::new(),
                            raw_actions: vec![raw],
                            source: GrantSource::Connector,
                            provenance: prov(grantee, &acl_file, policy, item.clone()),
                            limit: None,
                        },
                    ),
                );
            }
        }
    }
    let mut item_grants: Vec<(usize, GrantDef)> = items.into_values().collect();
    item_grants.sort_by_key(|(o, _)| *o);
    set.grants.extend(item_grants.into_iter().map(|(_, g)| g));

    // Database-wide reach: superusers and the predefined data roles.
    let mut db_wide: Vec<GrantDef> = Vec::new();
    for db in &dbs {
        let all = format!("pg://{}/**", seg(db));
        for r in roles.values().filter(|r| r.superuser) {
            db_wide.push(GrantDef {
                id: format!("pg:{db}:superuser:{}", r.name),
                principal: r.name.clone(),
                effect: Effect::Allow,
                actions: READ | WRITE | DELETE | SHARE | ADMIN,
                action_wildcard: true,
                patterns: vec![pattern(&all)?],
                expires: None,
                condition: None,
                condition_keys: Vec::new(),
                raw_actions: vec!["SUPERUSER".into()],
                source: GrantSource::Connector,
                provenance: prov(
                    &r.name,
                    &roles_file,
                    "pg_roles.rolsuper".into(),
                    format!("{} is SUPERUSER: every privilege in database {db}", r.name),
                ),
                limit: None,
            });
        }
        for (name, bits, raw) in [
            ("pg_read_all_data", READ, &["SELECT"][..]),
            (
                "pg_write_all_data",
                WRITE | DELETE,
                &["INSERT", "UPDATE", "DELETE"][..],
            ),
        ] {
            // Only when someone holds it: an unheld predefined role reaches nobody.
            if roles.contains_key(name) && members.iter().any(|m| m.role == name) {
                db_wide.push(GrantDef {
                    id: format!("pg:{db}:predefined:{name}"),
                    principal: name.into(),
                    effect: Effect::Allow,
                    actions: bits,
                    action_wildcard: false,
                    patterns: vec![pattern(&all)?],
                    expires: None,
                    condition: None,
                    condition_keys: Vec::new(),
                    raw_actions: raw.iter().map(|s| s.to_string()).collect(),
                    source: GrantSource::Connector,
                    provenance: prov(
                        name,
                        &roles_file,
                        "predefined role".into(),
                        format!("{name}: {} on every table of {db}", raw.join(", ")),
                    ),
                    limit: None,
                });
            }
        }
    }

    // Membership: who inherits what, who can SET ROLE to what.
    let mut edges: HashMap<&str, Vec<&MemberRow>> = HashMap::new();
    for m in &members {
        edges.entry(m.member.as_str()).or_default().push(m);
    }
    let inherits = |m: &MemberRow| m.inherit.unwrap_or(roles[&m.member].inherit);
    let group_roles: BTreeSet<&str> = members.iter().map(|m| m.role.as_str()).collect();
    for r in roles.values() {
        if !r.login || group_roles.contains(r.name.as_str()) {
            set.roles.push(r.name.clone());
        }
    }
    set.roles.push(PUBLIC.into());

    // Superuser reach is an attribute, never inherited: given to the role
    // itself only when it can log in, and through SET ROLE otherwise.
    let mut conditional: Vec<GrantDef> = Vec::new();
    for r in roles.values().filter(|r| r.login) {
        // A superuser already reaches everything: no SET ROLE paths needed.
        let set_role = !r.superuser;
        let held = chains(&r.name, &edges, inherits);
        let settable = chains(&r.name, &edges, |m| m.set);
        let mut agent = Agent {
            id: r.name.clone(),
            owner: None,
            purpose: None,
            data_scope: None,
            created: None,
            expires: r.valid_until,
            credential: None,
            roles: held.keys().cloned().collect(),
            delegated_from: None,
            allowed_actions: None,
            role_chains: held.clone(),
            declared_by: Some(prov(
                &r.name,
                &roles_file,
                "pg_roles".into(),
                format!("{} LOGIN", r.name),
            )),
        };
        agent.roles.push(PUBLIC.into());
        agent
            .role_chains
            .insert(PUBLIC.into(), vec![PUBLIC.to_string()]);
        if r.bypassrls && !r.superuser {
            set.notes.push(format!(
                "postgres agent '{}' has BYPASSRLS: row-level security policies do not limit it",
                r.name
            ));
        }
        let only_set: Vec<&String> = settable
            .keys()
            .filter(|k| set_role && !held.contains_key(*k))
            .collect();
        if !only_set.is_empty() {
            set.notes.push(format!(
                "postgres agent '{}' holds {} only through SET ROLE (not inherited): their grants are conditional ({SET_ROLE_KEY})",
                r.name,
                only_set
                    .iter()
                    .map(|k| format!("'{k}' via {}", settable[*k].join(" -> ")))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        // Roles whose attributes (superuser, bypass RLS) need SET ROLE.
        for (k, chain) in &settable {
            let kr = &roles[k];
            if kr.bypassrls && !kr.superuser && !r.bypassrls {
                set.notes.push(format!(
                    "postgres agent '{}' can SET ROLE to '{k}' ({}), which has BYPASSRLS",
                    r.name,
                    chain.join(" -> ")
                ));
            }
        }
        let cond_sources: BTreeSet<&str> = only_set
            .iter()
            .map(|s| s.as_str())
            .chain(
                settable
                    .keys()
                    .filter(|k| set_role && roles[*k].superuser)
                    .map(String::as_str),
            )
            .collect();
        for src in cond_sources {
            let chain = settable[src].join(" -> ");
            let inherited = held.contains_key(src);
            for g in set.grants.iter().chain(db_wide.iter()) {
                if g.principal != src {
                    continue;
                }
                let is_super = g.raw_actions.iter().any(|a| a == "SUPERUSER");
                // Inherited roles' ordinary grants already apply.
                if inherited && !is_super {
                    continue;
                }
                let mut c = g.clone();
                c.id = format!("{}:set-role:{}", g.id, r.name);
                c.principal = r.name.clone();
                c.condition =
                    Some(serde_json::json!({ "SET ROLE": src, "via": chain }).to_string());
                c.condition_keys = vec![SET_ROLE_KEY.into()];
                conditional.push(c);
            }
        }
        set.agents.push(agent);
    }
    // Superuser grants of roles that cannot log in apply only through SET ROLE.
    for g in db_wide {
        let is_super = g.raw_actions.iter().any(|a| a == "SUPERUSER");
        if is_super && !roles[&g.principal].login {
            continue;
        }
        set.grants.push(g);
    }
    set.grants.extend(conditional);
    Ok(set)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::correlate::inventory::action_names;

    fn table(name: &str, text: &str) -> Table {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        let mut t = Table::read_csv(&p).unwrap();
        t.source = PathBuf::from(name);
        t
    }

    const ROLES: &str = "rolname,rolsuper,rolinherit,rolcanlogin,rolbypassrls,rolvaliduntil
admin,t,t,t,f,
app,f,t,t,f,2027-01-31T00:00:00Z
dba,t,t,f,f,
etl,f,f,t,t,
owner,f,t,f,f,
pg_read_all_data,f,t,f,f,
readers,f,t,f,f,
pii,f,t,f,f,
";
    const MEMBERS: &str = "role,member,admin_option,inherit_option,set_option
pg_read_all_data,owner,f,t,t
readers,app,f,t,t
pii,readers,f,t,t
readers,etl,f,f,t
dba,app,f,f,t
";
    const ACL: &str =
        "database,schema,table_name,column_name,relkind,owner,acl_item,grantee,privilege,grantable
appdb,public,patients,,r,owner,owner=arwdDxt/owner,owner,SELECT,f
appdb,public,patients,,r,owner,pii=r*/owner,pii,SELECT,t
appdb,public,patients,,r,owner,=r/owner,PUBLIC,SELECT,f
appdb,public,visits,,r,owner,,,,
appdb,public,visits,name,r,owner,readers=rw/owner,readers,SELECT,f
appdb,public,visits,name,r,owner,readers=rw/owner,readers,UPDATE,f
";

    fn catalog(roles: &str, members: &str, acl: &str) -> Result<GrantSet, Error> {
        build(&Catalog {
            roles: table("roles.csv", roles),
            members: table("members.csv", members),
            acl: table("acl.csv", acl),
            live: None,
        })
    }

    fn grant<'a>(set: &'a GrantSet, id: &str) -> &'a GrantDef {
        set.grants
            .iter()
            .find(|g| g.id == id)
            .unwrap_or_else(|| panic!("no grant {id}: {:?}", ids(set)))
    }

    fn ids(set: &GrantSet) -> Vec<&str> {
        set.grants.iter().map(|g| g.id.as_str()).collect()
    }

    #[test]
    fn acl_items_become_grants_with_provenance() {
        let set = catalog(ROLES, MEMBERS, ACL).unwrap();
        let g = grant(&set, "pg:appdb.public.patients:pii=r*/owner");
        assert_eq!(g.principal, "pii");
        assert_eq!(action_names(g.actions), ["read", "share"]);
        assert_eq!(g.raw_actions, ["SELECT WITH GRANT OPTION"]);
        assert_eq!(g.patterns[0].raw, "pg://appdb/public/patients");
        assert_eq!(g.provenance.system, "postgres");
        assert_eq!(g.provenance.file.as_deref(), Some("acl.csv"));
        assert_eq!(
            g.provenance.policy.as_deref(),
            Some("relacl of public.patients")
        );
        assert_eq!(g.provenance.statement.as_deref(), Some("pii=r*/owner"));
        let p = grant(&set, "pg:appdb.public.patients:=r/owner");
        assert_eq!(p.principal, PUBLIC);
        assert_eq!(action_names(p.actions), ["read"]);
        // Column ACL: two privileges of one item make one grant.
        let c = grant(&set, "pg:appdb.public.visits#name:readers=rw/owner");
        assert_eq!(c.patterns[0].raw, "pg://appdb/public/visits#name");
        assert_eq!(action_names(c.actions), ["read", "write"]);
        assert_eq!(c.raw_actions, ["SELECT", "UPDATE"]);
        assert_eq!(
            c.provenance.policy.as_deref(),
            Some("attacl of public.visits.name")
        );
        // Owners hold everything, also of a table with an empty ACL.
        let o = grant(&set, "pg:appdb.public.visits:owner");
        assert_eq!(
            action_names(o.actions),
            ["read", "write", "delete", "share", "admin"]
        );
        assert!(!ids(&set).iter().any(|i| i.contains("visits:=")));
    }

    #[test]
    fn privileges_map_onto_actions() {
        assert_eq!(privilege_bits("SELECT"), Some(READ));
        assert_eq!(privilege_bits("INSERT"), Some(WRITE));
        assert_eq!(privilege_bits("UPDATE"), Some(WRITE));
        assert_eq!(privilege_bits("DELETE"), Some(DELETE));
        assert_eq!(privilege_bits("TRUNCATE"), Some(DELETE));
        assert_eq!(privilege_bits("REFERENCES"), Some(ADMIN));
        assert_eq!(privilege_bits("TRIGGER"), Some(ADMIN));
        assert_eq!(privilege_bits("MAINTAIN"), Some(ADMIN));
        assert_eq!(privilege_bits("USAGE"), None);
    }

    #[test]
    fn membership_is_transitive_where_inherited() {
        let set = catalog(ROLES, MEMBERS, ACL).unwrap();
        let app = set.agents.iter().find(|a| a.id == "app").unwrap();
        assert_eq!(app.roles, ["pii", "readers", "PUBLIC"]);
        assert_eq!(app.role_chains["pii"], ["readers", "pii"]);
        assert_eq!(app.role_chains["PUBLIC"], ["PUBLIC"]);
        assert_eq!(
            app.expires,
            Some(chrono::NaiveDate::from_ymd_opt(2027, 1, 31).unwrap())
        );
        // etl is NOINHERIT in readers: only through SET ROLE, conditionally.
        let etl = set.agents.iter().find(|a| a.id == "etl").unwrap();
        assert_eq!(etl.roles, ["PUBLIC"]);
        let c = grant(
            &set,
            "pg:appdb.public.visits#name:readers=rw/owner:set-role:etl",
        );
        assert_eq!(c.principal, "etl");
        assert_eq!(c.condition_keys, [SET_ROLE_KEY]);
        assert!(c.condition.as_deref().unwrap().contains("readers"));
        // ... and pii through readers, also conditionally.
        grant(&set, "pg:appdb.public.patients:pii=r*/owner:set-role:etl");
        assert!(set
            .notes
            .iter()
            .any(|n| n.contains("'etl'") && n.contains("SET ROLE") && n.contains("readers")));
        assert!(set
            .notes
            .iter()
            .any(|n| n.contains("'etl'") && n.contains("BYPASSRLS")));
        // app inherits readers: no conditional copy of readers' grants.
        assert!(!ids(&set)
            .iter()
            .any(|i| i.ends_with("readers=rw/owner:set-role:app")));
        // Login roles are agents, the others roles.
        assert!(set.roles.contains(&"readers".to_string()));
        assert!(set.roles.contains(&"PUBLIC".to_string()));
        assert!(!set.roles.contains(&"app".to_string()));
        assert!(!set.agents.iter().any(|a| a.id == "readers"));
    }

    #[test]
    fn superusers_reach_the_database_and_only_login_ones_directly() {
        let set = catalog(ROLES, MEMBERS, ACL).unwrap();
        let s = grant(&set, "pg:appdb:superuser:admin");
        assert_eq!(s.principal, "admin");
        assert_eq!(s.patterns[0].raw, "pg://appdb/**");
        assert!(s.patterns[0].matches_object("pg://appdb/x/y"));
        assert!(!s.patterns[0].matches_object("pg://otherdb/x/y"));
        assert_eq!(s.provenance.file.as_deref(), Some("roles.csv"));
        assert!(s
            .provenance
            .statement
            .as_deref()
            .unwrap()
            .contains("SUPERUSER"));
        // dba cannot log in: no unconditional grant; app can SET ROLE dba.
        assert!(!ids(&set).contains(&"pg:appdb:superuser:dba"));
        let c = grant(&set, "pg:appdb:superuser:dba:set-role:app");
        assert_eq!(c.condition_keys, [SET_ROLE_KEY]);
        let r = grant(&set, "pg:appdb:predefined:pg_read_all_data");
        assert_eq!(action_names(r.actions), ["read"]);
        // pg_write_all_data exists nowhere in this export, and unheld it reaches nobody.
        assert!(!ids(&set).iter().any(|i| i.contains("pg_write_all_data")));
        let set = catalog(ROLES, "role,member\n", ACL).unwrap();
        assert!(!ids(&set).iter().any(|i| i.contains("predefined")));
    }

    #[test]
    fn unknown_roles_and_bad_values_name_file_line_and_column() {
        let bad = MEMBERS.replace("pii,readers", "pii,ghost");
        let e = catalog(ROLES, &bad, ACL).unwrap_err().to_string();
        assert!(
            e.starts_with("members.csv:4:2:") && e.contains("'member'") && e.contains("ghost"),
            "{e}"
        );
        let bad = ACL.replace("pii=r*/owner,pii", "pii=r*/owner,nobody");
        let e = catalog(ROLES, MEMBERS, &bad).unwrap_err().to_string();
        assert!(
            e.starts_with("acl.csv:3:8:") && e.contains("'grantee'"),
            "{e}"
        );
        let bad = ROLES.replace("app,f,t,t,f", "app,f,maybe,t,f");
        let e = catalog(&bad, MEMBERS, ACL).unwrap_err().to_string();
        assert!(
            e.starts_with("roles.csv:3:3:") && e.contains("'rolinherit'") && e.contains("maybe"),
            "{e}"
        );
        let bad = ROLES.replace("2027-01-31T00:00:00Z", "soon");
        let e = catalog(&bad, MEMBERS, ACL).unwrap_err().to_string();
        assert!(e.starts_with("roles.csv:3:6:"), "{e}");
        let bad = ACL.replace(",PUBLIC,SELECT,f", ",PUBLIC,USAGE,f");
        let e = catalog(ROLES, MEMBERS, &bad).unwrap_err().to_string();
        assert!(e.starts_with("acl.csv:4:9:") && e.contains("USAGE"), "{e}");
        let e = catalog(ROLES, "role,member\n", &ACL.replace("owner,", "ownr,"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("acl.csv:1:") && e.contains("'owner'"), "{e}");
    }

    #[test]
    fn malformed_csv_names_the_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("roles.csv");
        std::fs::write(&p, "rolname,rolsuper\na,t\nb,t,extra\n").unwrap();
        let e = Table::read_csv(&p).unwrap_err().to_string();
        assert!(e.contains("roles.csv:3:") && e.contains("3 fields"), "{e}");
        let e = load(dir.path()).unwrap_err().to_string();
        assert!(e.contains("roles.csv:3:"), "{e}");
        let e = load(&p).unwrap_err().to_string();
        assert!(e.contains("expected a directory"), "{e}");
    }

    #[test]
    fn older_exports_without_inherit_option_use_rolinherit() {
        let set = catalog(ROLES, "role,member\nreaders,etl\nreaders,app\n", ACL).unwrap();
        let etl = set.agents.iter().find(|a| a.id == "etl").unwrap();
        assert!(!etl.roles.contains(&"readers".to_string()));
        let app = set.agents.iter().find(|a| a.id == "app").unwrap();
        assert!(app.roles.contains(&"readers".to_string()));
    }

    #[test]
    fn urls_lose_their_password() {
        assert_eq!(
            redact_url("postgres://app:s3cret@db.internal:5432/appdb"),
            "postgres://app@db.internal:5432/appdb"
        );
        assert_eq!(
            redact_url("postgresql://u@h/db?password=x&sslmode=disable"),
            "postgresql://u@h/db?sslmode=disable"
        );
        assert_eq!(
            redact_url("host=/tmp user=u password=x"),
            "host=/tmp user=u"
        );
        assert_eq!(
            table_uri("d", "s", "a/b*", Some("c#")),
            "pg://d/s/a%2Fb%2A#c%23"
        );
    }

    #[test]
    fn the_readme_documents_the_queries_verbatim() {
        let readme = include_str!("../../../README.md");
        for q in [ROLES_SQL, MEMBERS_SQL, ACL_SQL] {
            assert!(readme.contains(q), "README lacks:\n{q}");
        }
    }
}
