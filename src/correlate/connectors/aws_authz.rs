//! `aws-authz`: the JSON of `aws iam get-account-authorization-details`.
//!
//! Users, groups and roles with their inline and attached managed policies
//! (default version only), permission boundaries, trust policies and tags.
//! A role or user tagged with the agent tag (`agent-id`) is an agent with
//! that id; every other role and user, and every group, is a role whose id
//! is its ARN. Policy statements become grants with IAM semantics (see
//! [`crate::correlate::iam`]); boundaries and `--scp` files become ceilings
//! ([`GrantDef::limit`]); trust policies become [`AssumeEdge`]s.
//!
//! The file may hold one export object, several (pages of the raw API,
//! concatenated) or a JSON array of them. Policy documents may be JSON
//! objects (AWS CLI) or URL-encoded JSON strings (raw API).

use super::{AssumeEdge, ConnectorOptions, GrantSet};
use crate::correlate::error::line_col;
use crate::correlate::iam::{compile_statement, Compiled, Flavor, PatternCache, PolicyDoc};
use crate::correlate::inventory::{
    parse_date, Agent, Effect, GrantDef, GrantSource, Owner, OwnerStatus, Provenance,
};
use crate::correlate::Error;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::Path;
use std::rc::Rc;

const SYSTEM: &str = "aws-authz";

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Export {
    #[serde(default)]
    user_detail_list: Vec<User>,
    #[serde(default)]
    group_detail_list: Vec<Group>,
    #[serde(default)]
    role_detail_list: Vec<Role>,
    #[serde(default)]
    policies: Vec<ManagedPolicy>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Tag {
    key: String,
    value: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct InlinePolicy {
    policy_name: String,
    policy_document: serde_json::Value,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Attached {
    #[serde(default)]
    policy_name: Option<String>,
    policy_arn: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Boundary {
    #[serde(default)]
    #[allow(dead_code)]
    permissions_boundary_type: Option<String>,
    permissions_boundary_arn: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct User {
    user_name: String,
    arn: String,
    #[serde(default)]
    create_date: Option<String>,
    #[serde(default)]
    group_list: Vec<String>,
    #[serde(default)]
    user_policy_list: Vec<InlinePolicy>,
    #[serde(default)]
    attached_managed_policies: Vec<Attached>,
    #[serde(default)]
    permissions_boundary: Option<Boundary>,
    #[serde(default)]
    tags: Vec<Tag>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Group {
    group_name: String,
    arn: String,
    #[serde(default)]
    group_policy_list: Vec<InlinePolicy>,
    #[serde(default)]
    attached_managed_policies: Vec<Attached>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Role {
    role_name: String,
    arn: String,
    #[serde(default)]
    create_date: Option<String>,
    #[serde(default)]
    assume_role_policy_document: Option<serde_json::Value>,
    #[serde(default)]
    role_policy_list: Vec<InlinePolicy>,
    #[serde(default)]
    attached_managed_policies: Vec<Attached>,
    #[serde(default)]
    permissions_boundary: Option<Boundary>,
    #[serde(default)]
    tags: Vec<Tag>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct ManagedPolicy {
    policy_name: String,
    arn: String,
    #[serde(default)]
    default_version_id: Option<String>,
    #[serde(default)]
    policy_version_list: Vec<PolicyVersion>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct PolicyVersion {
    document: serde_json::Value,
    version_id: String,
    #[serde(default)]
    is_default_version: bool,
}

/// A trust policy (`AssumeRolePolicyDocument`).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct TrustDoc {
    statement: crate::correlate::iam::OneOrMany<TrustStatement>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct TrustStatement {
    #[serde(default)]
    sid: Option<String>,
    effect: String,
    #[serde(default)]
    principal: Option<serde_json::Value>,
    #[serde(default)]
    not_principal: Option<serde_json::Value>,
    #[serde(default)]
    action: Option<crate::correlate::iam::OneOrMany<String>>,
    #[serde(default)]
    not_action: Option<crate::correlate::iam::OneOrMany<String>>,
    #[serde(default)]
    condition: Option<serde_json::Value>,
}

/// A policy's compiled statements and how provenance names it.
#[derive(Debug)]
struct CompiledPolicy {
    /// Short name for grant ids.
    name: String,
    /// Managed policy `ARN#version`, or the inline policy name.
    label: String,
    stmts: Vec<Compiled>,
}

/// Decodes a policy document: a JSON object, or a (URL-encoded) JSON string.
fn parse_doc<T: serde::de::DeserializeOwned>(v: &serde_json::Value) -> Result<T, String> {
    match v {
        serde_json::Value::String(s) => {
            let t = s.trim_start();
            let decoded;
            let text = if t.starts_with('{') {
                t
            } else {
                decoded = percent_decode(s)?;
                decoded.as_str()
            };
            serde_json::from_str(text).map_err(|e| format!("policy document: {e}"))
        }
        _ => T::deserialize(v).map_err(|e| format!("policy document: {e}")),
    }
}

/// RFC 3986 percent-decoding (`+` stays `+`, as AWS encodes spaces as `%20`).
fn percent_decode(s: &str) -> Result<String, String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = b
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or_else(|| format!("policy document: bad percent-encoding at byte {i}"))?;
            out.push(hex);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| "policy document: not UTF-8 once decoded".to_string())
}

/// Where the entity with this ARN is defined: the `"Arn": "<arn>"` value.
fn arn_position(text: &str, arn: &str) -> Option<(usize, usize)> {
    let needle = format!("\"{}\"", arn.replace('/', "\\/"));
    let plain = format!("\"{arn}\"");
    for n in [plain, needle] {
        for (at, _) in text.match_indices(&n) {
            let before = text[..at].trim_end();
            if let Some(b) = before.strip_suffix(':') {
                if b.trim_end().ends_with("\"Arn\"") {
                    return Some(line_col(text, at));
                }
            }
        }
    }
    None
}

/// Reads the export pages: one object, several concatenated, or an array.
fn parse_pages(path: &Path, text: &str) -> Result<Vec<Export>, Error> {
    if text.trim_start().starts_with('[') {
        return serde_json::from_str(text).map_err(|e| Error::from_json(path, &e, None));
    }
    let mut pages = Vec::new();
    for page in serde_json::Deserializer::from_str(text).into_iter::<Export>() {
        pages.push(page.map_err(|e| Error::from_json(path, &e, None))?);
    }
    if pages.is_empty() {
        return Err(Error::Invalid {
            path: path.to_path_buf(),
            message:
                "no export object (expected the JSON of aws iam get-account-authorization-details)"
                    .into(),
        });
    }
    Ok(pages)
}

/// The identity of a user or role: agent id when tagged, else its ARN.
struct Principal {
    id: String,
    arn: String,
    /// Account id from the ARN.
    account: String,
    /// Index into `users` or `roles`.
    is_user: bool,
    idx: usize,
}

fn account_of(arn: &str) -> &str {
    arn.split(':').nth(4).unwrap_or("")
}

/// `role/path/name` → `role/name` for grant ids.
fn short(kind: &str, name: &str) -> String {
    format!("{kind}/{name}")
}

struct Ctx<'a> {
    path: &'a Path,
    text: &'a str,
    file: String,
    cache: PatternCache,
    notes: Vec<String>,
    ids: HashSet<String>,
    grants: Vec<GrantDef>,
}

impl Ctx<'_> {
    /// An error about the entity with `arn`, at its position in the file.
    fn err_at(&self, arn: &str, message: String) -> Error {
        match arn_position(self.text, arn) {
            Some((line, column)) => Error::Parse {
                path: self.path.to_path_buf(),
                line,
                column,
                message,
            },
            None => Error::Invalid {
                path: self.path.to_path_buf(),
                message,
            },
        }
    }

    fn compile_doc(
        &mut self,
        owner_arn: &str,
        what: &str,
        doc: &serde_json::Value,
    ) -> Result<Vec<Compiled>, Error> {
        let doc: PolicyDoc =
            parse_doc(doc).map_err(|m| self.err_at(owner_arn, format!("{what}: {m}")))?;
        let mut out = Vec::new();
        for (i, st) in doc.statement.as_slice().iter().enumerate() {
            match compile_statement(st, i, Flavor::Full, &mut self.cache, &mut self.notes) {
                Ok(Some(c)) => out.push(c),
                Ok(None) => {}
                Err(m) => return Err(self.err_at(owner_arn, format!("{what}: {m}"))),
            }
        }
        Ok(out)
    }

    fn unique_id(&mut self, id: String) -> String {
        if self.ids.insert(id.clone()) {
            return id;
        }
        let mut n = 2;
        loop {
            let c = format!("{id}~{n}");
            if self.ids.insert(c.clone()) {
                return c;
            }
            n += 1;
        }
    }

    /// Instantiates a compiled policy for `principal`.
    /// `limit`: the ceiling group for Allow statements (boundary, SCP).
    fn emit(
        &mut self,
        policy: &CompiledPolicy,
        id_prefix: &str,
        principal: &str,
        object: &str,
        limit: Option<&str>,
    ) {
        let mut allows = 0usize;
        for c in &policy.stmts {
            for g in &c.grants {
                let id =
                    self.unique_id(format!("{id_prefix}{}:{}{}", policy.name, c.sid, g.suffix));
                if !c.deny {
                    allows += 1;
                }
                self.grants.push(GrantDef {
                    id,
                    principal: principal.to_string(),
                    effect: if c.deny { Effect::Deny } else { Effect::Allow },
                    actions: g.actions,
                    action_wildcard: c.action_wildcard,
                    patterns: g.patterns.clone(),
                    expires: None,
                    condition: c.condition.clone(),
                    condition_keys: c.condition_keys.clone(),
                    raw_actions: c.raw_actions.clone(),
                    source: GrantSource::Connector,
                    provenance: Provenance {
                        system: SYSTEM.into(),
                        file: Some(self.file.clone()),
                        object: object.to_string(),
                        policy: Some(policy.label.clone()),
                        statement: Some(c.sid.clone()),
                    },
                    limit: if c.deny {
                        None
                    } else {
                        limit.map(String::from)
                    },
                });
            }
        }
        if let (Some(limit), 0) = (limit, allows) {
            // A ceiling that allows no S3 action: everything is outside it.
            let id = self.unique_id(format!("{id_prefix}{}:allows-no-s3", policy.name));
            self.grants.push(GrantDef {
                id,
                principal: principal.to_string(),
                effect: Effect::Allow,
                actions: 0,
                action_wildcard: false,
                patterns: Vec::new(),
                expires: None,
                condition: None,
                condition_keys: Vec::new(),
                raw_actions: Vec::new(),
                source: GrantSource::Connector,
                provenance: Provenance {
                    system: SYSTEM.into(),
                    file: Some(self.file.clone()),
                    object: object.to_string(),
                    policy: Some(policy.label.clone()),
                    statement: None,
                },
                limit: Some(limit.to_string()),
            });
        }
    }
}

/// Verdict of a principal's policies on `sts:AssumeRole` for one role ARN:
/// `None` = not allowed, else the condition keys left unevaluated.
fn assume_allowed<'a>(
    stmts: impl Iterator<Item = &'a Compiled> + Clone,
    role_arn: &str,
) -> Option<Vec<String>> {
    let mut keys: BTreeSet<String> = BTreeSet::new();
    let mut allowed = false;
    let mut cond_allowed = false;
    for c in stmts.clone() {
        let Some(a) = &c.assume else { continue };
        if a.deny || !a.applies_to(role_arn) {
            continue;
        }
        if a.conditional {
            cond_allowed = true;
            keys.extend(a.condition_keys.iter().cloned());
        } else {
            allowed = true;
        }
    }
    if !allowed && !cond_allowed {
        return None;
    }
    if allowed {
        keys.clear();
    }
    for c in stmts {
        let Some(a) = &c.assume else { continue };
        if !a.deny || !a.applies_to(role_arn) {
            continue;
        }
        if !a.conditional {
            return None;
        }
        keys.extend(a.condition_keys.iter().cloned());
    }
    Some(keys.into_iter().collect())
}

/// Strings of a trust `Principal` entry (`"*"`, or `{"AWS": ..., "Service": ...}`).
fn principal_values(v: &serde_json::Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let strs = |v: &serde_json::Value| -> Vec<String> {
        match v {
            serde_json::Value::String(s) => vec![s.clone()],
            serde_json::Value::Array(a) => a
                .iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect(),
            _ => Vec::new(),
        }
    };
    match v {
        serde_json::Value::String(s) => out.push(("AWS".into(), s.clone())),
        serde_json::Value::Object(m) => {
            for (k, v) in m {
                for s in strs(v) {
                    out.push((k.clone(), s));
                }
            }
        }
        _ => {}
    }
    out
}

/// The managed policies a principal attaches (missing ones are a note).
fn attached(
    cx: &mut Ctx,
    managed: &HashMap<String, Rc<CompiledPolicy>>,
    owner: &str,
    list: &[Attached],
) -> Vec<Rc<CompiledPolicy>> {
    let mut out = Vec::new();
    for a in list {
        match managed.get(&a.policy_arn) {
            Some(p) => out.push(p.clone()),
            None => cx.notes.push(format!(
                "aws-authz: managed policy {} ({}) attached to {owner} is not in the export; its statements are unknown (reach may be under-reported)",
                a.policy_arn,
                a.policy_name.as_deref().unwrap_or("?")
            )),
        }
    }
    out
}

/// A principal's inline policies, compiled.
fn inline(
    cx: &mut Ctx,
    owner: &str,
    list: &[InlinePolicy],
) -> Result<Vec<Rc<CompiledPolicy>>, Error> {
    let mut out = Vec::new();
    for p in list {
        let what = format!("{owner} inline policy {}", p.policy_name);
        let stmts = cx.compile_doc(owner, &what, &p.policy_document)?;
        out.push(Rc::new(CompiledPolicy {
            name: p.policy_name.clone(),
            label: p.policy_name.clone(),
            stmts,
        }));
    }
    Ok(out)
}

/// Reads an `aws iam get-account-authorization-details` export.
pub fn load(path: &Path, opts: &ConnectorOptions) -> Result<GrantSet, Error> {
    let text = crate::output::read_input(path).map_err(|e| Error::io(path, e))?;
    let mut ex = Export::default();
    for p in parse_pages(path, &text)? {
        ex.user_detail_list.extend(p.user_detail_list);
        ex.group_detail_list.extend(p.group_detail_list);
        ex.role_detail_list.extend(p.role_detail_list);
        ex.policies.extend(p.policies);
    }
    let mut cx = Ctx {
        path,
        text: &text,
        file: path.display().to_string(),
        cache: PatternCache::default(),
        notes: Vec::new(),
        ids: HashSet::new(),
        grants: Vec::new(),
    };
    let mut set = GrantSet::default();

    // Managed policies: the default version, compiled once.
    let mut managed: HashMap<String, Rc<CompiledPolicy>> = HashMap::new();
    for mp in &ex.policies {
        let v = mp
            .policy_version_list
            .iter()
            .find(|v| v.is_default_version)
            .or_else(|| {
                mp.default_version_id
                    .as_ref()
                    .and_then(|d| mp.policy_version_list.iter().find(|v| &v.version_id == d))
            })
            .ok_or_else(|| {
                cx.err_at(
                    &mp.arn,
                    format!(
                        "managed policy {}: no default version in PolicyVersionList",
                        mp.arn
                    ),
                )
            })?;
        let stmts = cx.compile_doc(
            &mp.arn,
            &format!("managed policy {} {}", mp.arn, v.version_id),
            &v.document,
        )?;
        managed.insert(
            mp.arn.clone(),
            Rc::new(CompiledPolicy {
                name: mp.policy_name.clone(),
                label: format!("{}#{}", mp.arn, v.version_id),
                stmts,
            }),
        );
    }
    // Groups: roles named by their ARN.
    let mut group_by_name: HashMap<&str, usize> = HashMap::new();
    let mut group_policies: Vec<Vec<Rc<CompiledPolicy>>> = Vec::new();
    for (gi, g) in ex.group_detail_list.iter().enumerate() {
        group_by_name.insert(g.group_name.as_str(), gi);
        let mut pols = inline(&mut cx, &g.arn, &g.group_policy_list)?;
        pols.extend(attached(
            &mut cx,
            &managed,
            &g.arn,
            &g.attached_managed_policies,
        ));
        let prefix = format!("aws:{}/", short("group", &g.group_name));
        for p in &pols {
            cx.emit(p, &prefix, &g.arn, &g.arn, None);
        }
        set.roles.push(g.arn.clone());
        group_policies.push(pols);
    }

    // Users and roles.
    let tag = |tags: &[Tag], key: &str| -> Option<String> {
        tags.iter().find(|t| t.key == key).map(|t| t.value.clone())
    };
    let mut principals: Vec<Principal> = Vec::new();
    // Per principal: identity policies (incl. groups'), boundary policy.
    let mut identity: Vec<Vec<Rc<CompiledPolicy>>> = Vec::new();
    let mut boundaries: Vec<Option<Rc<CompiledPolicy>>> = Vec::new();
    let mut owners: BTreeSet<String> = BTreeSet::new();
    let entities: Vec<(bool, usize)> = (0..ex.user_detail_list.len())
        .map(|i| (true, i))
        .chain((0..ex.role_detail_list.len()).map(|i| (false, i)))
        .collect();
    for (is_user, idx) in entities {
        let (kind, name, arn, tags, created, pb) = if is_user {
            let u = &ex.user_detail_list[idx];
            (
                "user",
                &u.user_name,
                &u.arn,
                &u.tags,
                &u.create_date,
                &u.permissions_boundary,
            )
        } else {
            let r = &ex.role_detail_list[idx];
            (
                "role",
                &r.role_name,
                &r.arn,
                &r.tags,
                &r.create_date,
                &r.permissions_boundary,
            )
        };
        let agent_id = tag(tags, &opts.agent_tag).filter(|v| !v.trim().is_empty());
        let id = agent_id.clone().unwrap_or_else(|| arn.clone());
        let mut pols = if is_user {
            let u = &ex.user_detail_list[idx];
            let mut p = inline(&mut cx, arn, &u.user_policy_list)?;
            p.extend(attached(
                &mut cx,
                &managed,
                arn,
                &u.attached_managed_policies,
            ));
            p
        } else {
            let r = &ex.role_detail_list[idx];
            let mut p = inline(&mut cx, arn, &r.role_policy_list)?;
            p.extend(attached(
                &mut cx,
                &managed,
                arn,
                &r.attached_managed_policies,
            ));
            p
        };
        let prefix = format!("aws:{}/", short(kind, name));
        for p in &pols {
            cx.emit(p, &prefix, &id, arn, None);
        }
        let mut group_roles = Vec::new();
        if is_user {
            for gname in &ex.user_detail_list[idx].group_list {
                match group_by_name.get(gname.as_str()) {
                    Some(&gi) => {
                        group_roles.push(ex.group_detail_list[gi].arn.clone());
                        pols.extend(group_policies[gi].iter().cloned());
                    }
                    None => cx.notes.push(format!(
                        "aws-authz: user {arn} is in group '{gname}', which is not in the export"
                    )),
                }
            }
        }
        // Permission boundary: a ceiling on this principal.
        let boundary = match pb {
            None => None,
            Some(b) => match managed.get(&b.permissions_boundary_arn) {
                Some(p) => {
                    let limit = format!("boundary:{}", b.permissions_boundary_arn);
                    let bprefix = format!("{prefix}boundary/");
                    cx.emit(p, &bprefix, &id, arn, Some(&limit));
                    Some(p.clone())
                }
                None => {
                    cx.notes.push(format!(
                        "aws-authz: permission boundary {} of {arn} is not in the export; it is not applied (reach may be over-reported)",
                        b.permissions_boundary_arn
                    ));
                    None
                }
            },
        };
        if let Some(agent) = agent_id {
            let owner = tag(tags, &opts.owner_tag).filter(|v| !v.trim().is_empty());
            if let Some(o) = &owner {
                owners.insert(o.clone());
            }
            let expires = match tag(tags, &opts.expires_tag) {
                None => None,
                Some(v) => Some(parse_date(&v).map_err(|_| {
                    cx.err_at(
                        arn,
                        format!(
                            "{kind} {arn}: tag '{}' is '{v}', expected a date YYYY-MM-DD",
                            opts.expires_tag
                        ),
                    )
                })?),
            };
            let mut role_chains = BTreeMap::new();
            for g in &group_roles {
                role_chains.insert(g.clone(), vec![g.clone()]);
            }
            set.agents.push(Agent {
                id: agent,
                owner,
                purpose: None,
                data_scope: None,
                created: created.as_deref().and_then(|d| parse_date(d).ok()),
                expires,
                credential: None,
                roles: group_roles,
                delegated_from: None,
                allowed_actions: None,
                role_chains,
                declared_by: Some(Provenance {
                    system: SYSTEM.into(),
                    file: Some(cx.file.clone()),
                    object: arn.clone(),
                    policy: None,
                    statement: Some(format!("tag {}", opts.agent_tag)),
                }),
            });
        } else {
            set.roles.push(arn.clone());
        }
        principals.push(Principal {
            id,
            arn: arn.clone(),
            account: account_of(arn).to_string(),
            is_user,
            idx,
        });
        identity.push(pols);
        boundaries.push(boundary);
    }
    for o in owners {
        set.owners.push(Owner {
            id: o,
            status: OwnerStatus::Active,
            name: None,
        });
    }

    // SCPs: ceilings on everyone.
    let mut scps: Vec<Rc<CompiledPolicy>> = Vec::new();
    for f in &opts.scp {
        let stmts = load_scp(f, &mut cx)?;
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let p = Rc::new(CompiledPolicy {
            name: name.clone(),
            label: f.display().to_string(),
            stmts,
        });
        if !p.stmts.iter().any(|c| !c.deny) {
            cx.notes.push(format!(
                "aws-authz: SCP {} allows no S3 action, so nothing is reachable under it (AWS attaches FullAWSAccess by default: include its Allow statement in the file)",
                f.display()
            ));
        }
        cx.emit(
            &p,
            "aws:scp/",
            "*",
            &format!("scp:{}", f.display()),
            Some(&format!("scp:{}", f.display())),
        );
        scps.push(p);
    }

    // Trust policies: assume-role edges.
    set.assumes = assume_edges(&ex, &principals, &identity, &boundaries, &scps, &mut cx)?;

    set.grants = cx.grants;
    set.notes = cx.notes;
    Ok(set)
}

/// Reads an SCP file (one policy document) into compiled statements.
fn load_scp(f: &Path, cx: &mut Ctx) -> Result<Vec<Compiled>, Error> {
    let text = crate::output::read_input(f).map_err(|e| Error::io(f, e))?;
    let doc: PolicyDoc = serde_json::from_str(&text).map_err(|e| Error::from_json(f, &e, None))?;
    let mut out = Vec::new();
    for (i, st) in doc.statement.as_slice().iter().enumerate() {
        match compile_statement(st, i, Flavor::Full, &mut cx.cache, &mut cx.notes) {
            Ok(Some(c)) => out.push(c),
            Ok(None) => {}
            Err(message) => {
                // The statement's `Effect` key, as for --iam policy files.
                let at = crate::correlate::iam::statement_positions(&text);
                return Err(match at.get(i) {
                    Some(&(line, column)) => Error::Parse {
                        path: f.to_path_buf(),
                        line,
                        column,
                        message,
                    },
                    None => Error::Invalid {
                        path: f.to_path_buf(),
                        message,
                    },
                });
            }
        }
    }
    Ok(out)
}

/// Does a principal's full policy set (identity, boundary, SCPs) allow
/// `sts:AssumeRole` on `role_arn`? `None` = no, else unevaluated keys.
fn caller_allows(
    identity: &[Rc<CompiledPolicy>],
    boundary: &Option<Rc<CompiledPolicy>>,
    scps: &[Rc<CompiledPolicy>],
    role_arn: &str,
) -> Option<Vec<String>> {
    let mut keys: BTreeSet<String> = BTreeSet::new();
    keys.extend(assume_allowed(
        identity.iter().flat_map(|p| p.stmts.iter()),
        role_arn,
    )?);
    if let Some(b) = boundary {
        keys.extend(assume_allowed(b.stmts.iter(), role_arn)?);
    }
    for s in scps {
        keys.extend(assume_allowed(s.stmts.iter(), role_arn)?);
    }
    Some(keys.into_iter().collect())
}

fn assume_edges(
    ex: &Export,
    principals: &[Principal],
    identity: &[Vec<Rc<CompiledPolicy>>],
    boundaries: &[Option<Rc<CompiledPolicy>>],
    scps: &[Rc<CompiledPolicy>],
    cx: &mut Ctx,
) -> Result<Vec<AssumeEdge>, Error> {
    let by_arn: HashMap<&str, usize> = principals
        .iter()
        .enumerate()
        .map(|(i, p)| (p.arn.as_str(), i))
        .collect();
    // Callers whose identity policies allow sts:AssumeRole somewhere: by
    // literal resource ARN, and those with a wildcard or NotResource.
    let mut exact: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut wild: Vec<usize> = Vec::new();
    for (i, pols) in identity.iter().enumerate() {
        let mut is_wild = false;
        let mut lits: Vec<&str> = Vec::new();
        for c in pols.iter().flat_map(|p| p.stmts.iter()) {
            let Some(a) = &c.assume else { continue };
            if a.deny {
                continue;
            }
            if a.not || a.resources.iter().any(|r| r.contains(['*', '?'])) {
                is_wild = true;
            } else {
                lits.extend(a.resources.iter().map(String::as_str));
            }
        }
        if is_wild {
            wild.push(i);
        } else {
            lits.sort_unstable();
            lits.dedup();
            for l in lits {
                exact.entry(l).or_default().push(i);
            }
        }
    }
    let accounts: HashSet<&str> = principals.iter().map(|p| p.account.as_str()).collect();
    let mut edges: Vec<AssumeEdge> = Vec::new();
    let mut services: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (pi, p) in principals.iter().enumerate() {
        if p.is_user {
            continue;
        }
        let role = &ex.role_detail_list[p.idx];
        let Some(doc) = &role.assume_role_policy_document else {
            continue;
        };
        let trust: TrustDoc = parse_doc(doc)
            .map_err(|m| cx.err_at(&role.arn, format!("role {} trust policy: {m}", role.arn)))?;
        // Each edge with the caller's ARN (for trust Deny statements).
        let mut role_edges: Vec<(String, AssumeEdge)> = Vec::new();
        let mut denied: Vec<(String, bool)> = Vec::new();
        for (si, st) in trust.statement.as_slice().iter().enumerate() {
            let sid = st
                .sid
                .clone()
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| format!("stmt{}", si + 1));
            let deny = match st.effect.as_str() {
                "Allow" => false,
                "Deny" => true,
                other => {
                    return Err(cx.err_at(
                        &role.arn,
                        format!("role {} trust policy statement {sid}: Effect must be Allow or Deny, not '{other}'", role.arn),
                    ))
                }
            };
            let (acts, not) = match (&st.action, &st.not_action) {
                (Some(a), None) => (a.as_slice(), false),
                (None, Some(a)) => (a.as_slice(), true),
                _ => {
                    return Err(cx.err_at(
                        &role.arn,
                        format!("role {} trust policy statement {sid}: needs exactly one of Action or NotAction", role.arn),
                    ))
                }
            };
            let covers = acts
                .iter()
                .any(|a| crate::correlate::iam::action_matches(a, "sts:AssumeRole"))
                != not;
            if !covers {
                continue;
            }
            let keys = st
                .condition
                .as_ref()
                .map(crate::correlate::iam::condition_keys)
                .unwrap_or_default();
            if st.not_principal.is_some() {
                cx.notes.push(format!(
                    "aws-authz: role {} trust policy statement {sid} uses NotPrincipal, which is not evaluated",
                    role.arn
                ));
                continue;
            }
            let Some(pv) = &st.principal else { continue };
            let provenance = Provenance {
                system: SYSTEM.into(),
                file: Some(cx.file.clone()),
                object: role.arn.clone(),
                policy: Some("AssumeRolePolicyDocument".into()),
                statement: Some(sid.clone()),
            };
            for (kind, value) in principal_values(pv) {
                if deny {
                    denied.push((value, st.condition.is_some()));
                    continue;
                }
                if kind != "AWS" {
                    services
                        .entry(format!("{kind} {value}"))
                        .or_default()
                        .push(role.arn.clone());
                    continue;
                }
                let mut add = |caller: &Principal, mut k: Vec<String>| {
                    k.extend(keys.iter().cloned());
                    k.sort();
                    k.dedup();
                    role_edges.push((
                        caller.arn.clone(),
                        AssumeEdge {
                            from: caller.id.clone(),
                            to: p.id.clone(),
                            condition_keys: k,
                            provenance: provenance.clone(),
                        },
                    ));
                };
                let root_account = if value == "*" {
                    Some(None)
                } else if value.len() == 12 && value.bytes().all(|b| b.is_ascii_digit()) {
                    Some(Some(value.clone()))
                } else if value.starts_with("arn:") && value.ends_with(":root") {
                    Some(Some(account_of(&value).to_string()))
                } else {
                    None
                };
                match root_account {
                    Some(Some(a)) if !accounts.contains(a.as_str()) => cx.notes.push(format!(
                        "aws-authz: role {} trusts account {a}, which has no user or role in this export (cross-account: {value})",
                        role.arn
                    )),
                    Some(account) => {
                        if account.is_none() {
                            cx.notes.push(format!(
                                "aws-authz: role {} trusts any AWS principal (\"*\"){}: anyone whose own policies allow sts:AssumeRole on it may act as it (exposure)",
                                role.arn,
                                if keys.is_empty() { String::new() } else { format!(" under condition keys {}", keys.join(", ")) }
                            ));
                        }
                        // Callers in the export whose own policies allow it.
                        let mut cands: Vec<usize> = exact
                            .get(role.arn.as_str())
                            .cloned()
                            .unwrap_or_default();
                        cands.extend(wild.iter().copied());
                        cands.sort_unstable();
                        cands.dedup();
                        for ci in cands {
                            let c = &principals[ci];
                            if ci == pi || account.as_deref().is_some_and(|a| a != c.account) {
                                continue;
                            }
                            if let Some(k) = caller_allows(&identity[ci], &boundaries[ci], scps, &role.arn) {
                                add(c, k);
                            }
                        }
                    }
                    None => match by_arn.get(value.as_str()) {
                        Some(&ci) => {
                            // Named directly: no identity policy needed
                            // (same account), but every SCP must allow.
                            let mut k = Vec::new();
                            let ok = scps.iter().all(|s| {
                                assume_allowed(s.stmts.iter(), &role.arn)
                                    .map(|x| k.extend(x))
                                    .is_some()
                            });
                            if ok {
                                add(&principals[ci], k);
                            }
                        }
                        None => cx.notes.push(format!(
                            "aws-authz: role {} trusts {value}, which is not a user or role in this export (cross-account or deleted principal)",
                            role.arn
                        )),
                    },
                }
            }
        }
        // Trust Deny statements naming a caller (or "*") remove its edges.
        for (value, conditional) in denied {
            if conditional {
                cx.notes.push(format!(
                    "aws-authz: role {} trust policy has a conditional Deny for {value}; it is not applied (may deny)",
                    role.arn
                ));
                continue;
            }
            role_edges.retain(|(a, _)| {
                !(value == "*"
                    || *a == value
                    || (value.ends_with(":root") && account_of(a) == account_of(&value))
                    || value == account_of(a))
            });
        }
        edges.extend(role_edges.into_iter().map(|(_, e)| e));
    }
    for (svc, roles) in services {
        let n = roles.len();
        let shown: Vec<&str> = roles.iter().take(5).map(String::as_str).collect();
        cx.notes.push(format!(
            "aws-authz: {n} role(s) may be assumed by {svc} (not an agent edge): {}{}",
            shown.join(", "),
            if n > 5 {
                format!(" and {} more", n - 5)
            } else {
                String::new()
            }
        ));
    }
    Ok(edges)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::correlate::inventory::{ADMIN, LIST, READ, SHARE, WRITE};
    use std::path::PathBuf;

    fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/aws")
            .join(name)
    }

    fn load_fixture(scp: &[&str]) -> GrantSet {
        let opts = ConnectorOptions {
            scp: scp.iter().map(|s| fixture(s)).collect(),
            ..ConnectorOptions::default()
        };
        load(&fixture("authz.json"), &opts).unwrap()
    }

    const ACCT: &str = "arn:aws:iam::111122223333";

    fn edges(set: &GrantSet) -> Vec<(String, String, Vec<String>)> {
        let mut v: Vec<_> = set
            .assumes
            .iter()
            .map(|e| (e.from.clone(), e.to.clone(), e.condition_keys.clone()))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn tagged_roles_and_users_are_agents_the_rest_roles() {
        let set = load_fixture(&[]);
        let mut ids: Vec<&str> = set.agents.iter().map(|a| a.id.as_str()).collect();
        ids.sort();
        assert_eq!(ids, ["analytics-agent", "etl-bot", "support-bot"]);
        let etl = set.agents.iter().find(|a| a.id == "etl-bot").unwrap();
        assert_eq!(etl.owner.as_deref(), Some("data-eng@example.com"));
        assert_eq!(etl.expires, Some(parse_date("2027-01-31").unwrap()));
        assert_eq!(etl.created, Some(parse_date("2026-01-15").unwrap()));
        let group = format!("{ACCT}:group/analysts");
        assert_eq!(etl.roles, vec![group.clone()]);
        assert_eq!(etl.role_chains[&group], vec![group.clone()]);
        let by = etl.declared_by.as_ref().unwrap();
        assert_eq!(
            (by.system.as_str(), by.object.as_str()),
            ("aws-authz", &*format!("{ACCT}:user/etl-user"))
        );
        let support = set.agents.iter().find(|a| a.id == "support-bot").unwrap();
        assert_eq!(support.expires, None);
        let mut owners: Vec<&str> = set.owners.iter().map(|o| o.id.as_str()).collect();
        owners.sort();
        assert_eq!(
            owners,
            [
                "alice@example.com",
                "data-eng@example.com",
                "data-platform-team"
            ]
        );
        for r in [
            format!("{ACCT}:user/alice"),
            format!("{ACCT}:user/bob"),
            format!("{ACCT}:role/lake-reader"),
            group,
        ] {
            assert!(set.roles.contains(&r), "{r} in {:?}", set.roles);
        }
        assert!(!set.roles.iter().any(|r| r.contains("support-bot-role")));
    }

    #[test]
    fn statements_become_grants_with_provenance_default_version_only() {
        let set = load_fixture(&[]);
        let g = |id: &str| {
            set.grants.iter().find(|g| g.id == id).unwrap_or_else(|| {
                panic!(
                    "{id} in {:?}",
                    set.grants.iter().map(|g| &g.id).collect::<Vec<_>>()
                )
            })
        };
        let read = g("aws:role/support-bot-role/support-inline:ReadCrm");
        assert_eq!(
            (read.principal.as_str(), read.effect, read.actions),
            ("support-bot", Effect::Allow, READ)
        );
        assert_eq!(
            read.provenance.object,
            format!("{ACCT}:role/agents/support-bot-role")
        );
        assert_eq!(read.provenance.policy.as_deref(), Some("support-inline"));
        assert_eq!(read.provenance.statement.as_deref(), Some("ReadCrm"));
        assert_eq!(read.raw_actions, vec!["s3:GetObject".to_string()]);
        assert!(read.limit.is_none());
        let deny = g("aws:role/support-bot-role/support-inline:NoOrders");
        assert_eq!((deny.effect, deny.actions), (Effect::Deny, READ));
        let cond = g("aws:role/support-bot-role/support-inline:HealthFromOffice");
        assert_eq!(cond.condition_keys, vec!["aws:SourceIp".to_string()]);
        assert!(cond.condition.as_deref().unwrap().contains("10.0.0.0/8"));
        // URL-encoded managed policy document; the label names ARN and version.
        let enc = g("aws:role/support-bot-role/SupportData:ReadSupport");
        assert_eq!(
            enc.provenance.policy.as_deref(),
            Some(&*format!("{ACCT}:policy/SupportData#v1"))
        );
        assert!(enc.patterns[0].matches_object("s3://lake/support/t1.json"));
        // The group's managed policy: default version v2 only.
        let crm = g("aws:group/analysts/CrmRead:CrmOnly");
        assert_eq!(
            (crm.principal.as_str(), crm.actions),
            (&*format!("{ACCT}:group/analysts"), READ)
        );
        assert!(!set
            .grants
            .iter()
            .any(|g| g.provenance.statement.as_deref() == Some("Everything")));
        // Its ListBucket on the bucket ARN lists the bucket's objects.
        let list = g("aws:group/analysts/CrmRead:CrmOnly/bucket");
        assert_eq!(list.actions, LIST);
        assert!(list.patterns[0].matches_object("s3://lake/health/claims.csv"));
        assert!(!list.patterns[0].matches_object("s3://lakehouse/a.csv"));
        // GetObject on the bucket ARN itself reaches no object.
        let del = g("aws:role/analytics-role/analytics-inline:DeleteOnBucketArn");
        assert!(!del
            .patterns
            .iter()
            .any(|p| p.matches_object("s3://lake/crm/customers.csv")));
        // NotAction: everything but Get/List/Delete.
        let na = g("aws:user/etl-user/etl-write:WriteSupportNoRead");
        assert_eq!(na.actions & (READ | LIST), 0);
        assert_ne!(na.actions & WRITE, 0);
        // Statements with no S3 action (sts:AssumeRole) give no grant.
        assert!(!set.grants.iter().any(|g| g.id.contains("AssumeReader")));
        let ids: HashSet<&str> = set.grants.iter().map(|g| g.id.as_str()).collect();
        assert_eq!(ids.len(), set.grants.len(), "grant ids are unique");
    }

    #[test]
    fn boundary_gives_ceilings_and_plain_denies() {
        let set = load_fixture(&[]);
        let limit = format!("boundary:{ACCT}:policy/AgentBoundary");
        let ceilings: Vec<&GrantDef> = set
            .grants
            .iter()
            .filter(|g| g.limit.as_deref() == Some(&*limit))
            .collect();
        assert!(!ceilings.is_empty());
        for c in &ceilings {
            assert_eq!(
                (c.principal.as_str(), c.effect),
                ("support-bot", Effect::Allow)
            );
        }
        let obj = ceilings
            .iter()
            .find(|c| c.id.ends_with("LakeOnly"))
            .unwrap();
        assert_eq!(obj.actions & (READ | WRITE), READ | WRITE);
        assert!(obj.patterns[0].matches_object("s3://lake/crm/customers.csv"));
        assert!(!obj
            .patterns
            .iter()
            .any(|p| p.matches_object("s3://other/x")));
        let d = set
            .grants
            .iter()
            .find(|g| g.id.ends_with("boundary/AgentBoundary:NeverPublicWrite"))
            .unwrap();
        assert_eq!(
            (
                d.principal.as_str(),
                d.effect,
                d.actions,
                d.limit.as_deref()
            ),
            ("support-bot", Effect::Deny, WRITE, None)
        );
        // Nobody else has a ceiling.
        assert!(set
            .grants
            .iter()
            .filter(|g| g.limit.is_some())
            .all(|g| g.principal == "support-bot"));
    }

    #[test]
    fn trust_policies_give_assume_edges() {
        let set = load_fixture(&[]);
        let reader = format!("{ACCT}:role/lake-reader");
        assert_eq!(
            edges(&set),
            vec![
                (format!("{ACCT}:user/alice"), reader.clone(), vec![]),
                (
                    "etl-bot".to_string(),
                    reader.clone(),
                    vec!["aws:MultiFactorAuthPresent".to_string()]
                ),
                ("support-bot".to_string(), reader.clone(), vec![]),
            ],
            "bob's explicit Deny and analytics-agent's missing sts:AssumeRole give no edge"
        );
        let e = set.assumes.iter().find(|e| e.from == "etl-bot").unwrap();
        assert_eq!(e.provenance.statement.as_deref(), Some("EtlWithMfa"));
        assert_eq!(e.provenance.object, reader);
        let notes = set.notes.join("\n");
        assert!(notes.contains("lambda.amazonaws.com"), "{notes}");
        assert!(notes.contains("arn:aws:iam::444455556666:root"), "{notes}");
        assert!(
            notes.contains("AmazonS3ReadOnlyAccess") && notes.contains("not in the export"),
            "{notes}"
        );
    }

    #[test]
    fn scp_gives_global_ceilings_and_blocks_assume() {
        let set = load_fixture(&["scp.json"]);
        let limit = format!("scp:{}", fixture("scp.json").display());
        let full = set
            .grants
            .iter()
            .find(|g| g.id == "aws:scp/scp.json:FullAWSAccess")
            .unwrap();
        assert_eq!(
            (full.principal.as_str(), full.limit.as_deref()),
            ("*", Some(&*limit))
        );
        assert_eq!(full.actions, crate::correlate::iam::FULL_BITS);
        let no = set
            .grants
            .iter()
            .find(|g| g.id == "aws:scp/scp.json:NoHealth")
            .unwrap();
        assert_eq!(
            (no.principal.as_str(), no.effect, no.limit.as_deref()),
            ("*", Effect::Deny, None)
        );
        assert!(no.patterns[0].matches_object("s3://lake/health/claims.csv"));
        // The SCP denies sts:AssumeRole on the reader: no edges at all.
        assert_eq!(edges(&set), vec![]);
    }

    #[test]
    fn boundary_without_s3_allows_is_an_empty_ceiling() {
        let dir = tempfile::tempdir().unwrap();
        let mut v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(fixture("authz.json")).unwrap()).unwrap();
        let b = v["Policies"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|p| p["PolicyName"] == "AgentBoundary")
            .unwrap();
        b["PolicyVersionList"][0]["Document"] = serde_json::json!({
            "Statement": [{"Effect": "Allow", "Action": "ec2:*", "Resource": "*"}]
        });
        let p = dir.path().join("a.json");
        std::fs::write(&p, v.to_string()).unwrap();
        let set = load(&p, &ConnectorOptions::default()).unwrap();
        let c: Vec<&GrantDef> = set.grants.iter().filter(|g| g.limit.is_some()).collect();
        assert_eq!(
            c.len(),
            1,
            "{:?}",
            c.iter().map(|g| &g.id).collect::<Vec<_>>()
        );
        assert_eq!((c[0].actions, c[0].patterns.len()), (0, 0));
    }

    #[test]
    fn pages_concatenated_or_in_an_array() {
        let text = std::fs::read_to_string(fixture("authz.json")).unwrap();
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let mut a = v.clone();
        let mut b = v.clone();
        a["RoleDetailList"] = serde_json::json!([]);
        a["Policies"] = serde_json::json!([]);
        b["UserDetailList"] = serde_json::json!([]);
        b["GroupDetailList"] = serde_json::json!([]);
        let dir = tempfile::tempdir().unwrap();
        let whole = load_fixture(&[]);
        // Pages in any order: managed policies are looked up after reading all.
        for body in [format!("{b}\n{a}\n"), serde_json::json!([a, b]).to_string()] {
            let p = dir.path().join("p.json");
            std::fs::write(&p, body).unwrap();
            let set = load(&p, &ConnectorOptions::default()).unwrap();
            assert_eq!(set.grants.len(), whole.grants.len());
            assert_eq!(set.agents.len(), 3);
            assert_eq!(edges(&set), edges(&whole));
        }
    }

    #[test]
    fn malformed_input_names_file_position_and_entity() {
        let dir = tempfile::tempdir().unwrap();
        let text = std::fs::read_to_string(fixture("authz.json")).unwrap();
        let p = dir.path().join("bad.json");
        let opts = ConnectorOptions::default();
        // Truncated JSON: serde's position.
        std::fs::write(&p, &text[..text.len() / 2]).unwrap();
        let e = load(&p, &opts).unwrap_err().to_string();
        assert!(
            e.starts_with(&format!("{}:", p.display())) && e.matches(':').count() >= 3,
            "{e}"
        );
        // A bad expiry tag names the role and points at its Arn.
        std::fs::write(&p, text.replace("\"2026-12-31\"", "\"end of year\"")).unwrap();
        let e = load(&p, &opts).unwrap_err().to_string();
        let line = text
            .lines()
            .position(|l| l.contains("\"Arn\": \"arn:aws:iam::111122223333:role/analytics-role\""))
            .unwrap()
            + 1;
        assert!(e.starts_with(&format!("{}:{line}:", p.display())), "{e}");
        assert!(
            e.contains("role/analytics-role") && e.contains("end of year"),
            "{e}"
        );
        // A bad statement names the policy and the statement.
        let at = text.find("\"ReadOrders\"").unwrap();
        let allow = at + text[at..].find("\"Allow\"").unwrap();
        let bad = format!("{}\"Permit\"{}", &text[..allow], &text[allow + 7..]);
        std::fs::write(&p, bad).unwrap();
        let e = load(&p, &opts).unwrap_err().to_string();
        assert!(
            e.contains("group/analysts") && e.contains("ReadOrders") && e.contains("Permit"),
            "{e}"
        );
        // A bad SCP statement: the SCP file, line and column of its Effect.
        let scp = dir.path().join("scp.json");
        std::fs::write(
            &scp,
            "{\"Statement\": [\n  {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"},\n  {\"Sid\": \"X\", \"Effect\": \"Allow\", \"Resource\": \"*\"}\n]}\n",
        )
        .unwrap();
        let o = ConnectorOptions {
            scp: vec![scp.clone()],
            ..ConnectorOptions::default()
        };
        let e = load(&fixture("authz.json"), &o).unwrap_err().to_string();
        assert!(e.starts_with(&format!("{}:3:16:", scp.display())), "{e}");
        assert!(
            e.contains("statement X") && e.contains("Action or NotAction"),
            "{e}"
        );
        // A broken URL-encoded document.
        std::fs::write(&p, text.replace("%7B%22Version", "%ZZ%22Version")).unwrap();
        let e = load(&p, &opts).unwrap_err().to_string();
        assert!(e.contains("percent-encoding"), "{e}");
    }

    #[test]
    fn bucket_and_admin_actions() {
        use crate::correlate::iam::full_action_bits;
        let v = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            full_action_bits(&v(&["s3:ListBucket"]), false, false),
            (0, LIST)
        );
        assert_eq!(
            full_action_bits(&v(&["s3:putbucketpolicy"]), false, false),
            (0, SHARE | ADMIN)
        );
        // Bucket-level share and admin are removed only when every action
        // giving them is denied.
        assert_eq!(
            full_action_bits(&v(&["s3:PutBucketPolicy"]), false, true),
            (0, 0)
        );
        assert_eq!(
            full_action_bits(&v(&["s3:PutBucketPolicy", "s3:PutBucketAcl"]), false, true),
            (0, SHARE)
        );
        assert_eq!(
            full_action_bits(&v(&["s3:Put*", "s3:Delete*"]), false, true).1 & ADMIN,
            ADMIN
        );
        assert_eq!(
            full_action_bits(&v(&["s3:ReplicateObject"]), false, false),
            (crate::correlate::inventory::EGRESS, 0)
        );
        let (o, b) = full_action_bits(&v(&["s3:*"]), false, false);
        assert_eq!(o | b, crate::correlate::iam::FULL_BITS);
        assert_eq!(
            full_action_bits(&v(&["ec2:*", "sts:AssumeRole"]), false, false),
            (0, 0)
        );
    }
}
