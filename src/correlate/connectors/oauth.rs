//! The `oauth` connector: delegated OAuth grants to third-party apps.
//!
//! `--grants oauth:FILE` reads one or more JSON documents (one document, or
//! several concatenated or as JSON lines: paged responses, several users):
//!
//! - Microsoft Entra: the response of Microsoft Graph
//!   `GET /oauth2PermissionGrants` (`{"value": [{id, clientId, consentType,
//!   principalId, resourceId, scope}]}`) or a bare array of grants; and,
//!   optionally, `GET /servicePrincipals` (`id`, `appId`, `displayName`) to
//!   name clients and resources, and `GET /users` (`id`,
//!   `userPrincipalName`) so `{user}` expands to the UPN instead of the
//!   object id.
//! - Google Workspace: Admin SDK Directory `tokens.list` responses
//!   (`{"kind": "admin#directory#tokenList", "items": [{clientId,
//!   displayText, scopes, userKey, ...}]}`), an array of them, or bare
//!   tokens; optionally `users.list` (`id`, `primaryEmail`) so `{user}`
//!   expands to the primary email instead of the numeric id.
//!
//! Each OAuth client is an agent: `entra:<clientId>` / `google:<clientId>`,
//! or the `--inventory` agent whose `credential` is the client id (Entra:
//! the service principal object id or its appId). Each scope of a grant goes
//! through the scope map ([`ScopeMap`]) into grants on resource patterns;
//! `{user}` becomes the consenting user, and `*` (every user) for Entra
//! `AllPrincipals` consent. Scopes the map does not know are listed in the
//! notes, never silently dropped.

use super::super::inventory::{Action, Agent, Effect, GrantDef, GrantSource, Provenance};
use super::super::pattern::Pattern;
use super::super::Error;
use super::{ConnectorOptions, GrantSet};
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::path::Path;

/// The built-in scope map (`src/correlate/connectors/oauth_scopes.yaml`).
pub const DEFAULT_SCOPE_MAP: &str = include_str!("oauth_scopes.yaml");

/// Which OAuth system a scope belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum System {
    /// Microsoft Entra ID (Microsoft Graph delegated permissions).
    Entra,
    /// Google Workspace (Google OAuth scopes).
    Google,
}

impl System {
    pub fn as_str(self) -> &'static str {
        match self {
            System::Entra => "entra",
            System::Google => "google",
        }
    }

    /// Entra permission names are case-insensitive; Google scopes are URLs
    /// compared exactly.
    fn key(self, scope: &str) -> String {
        match self {
            System::Entra => scope.to_ascii_lowercase(),
            System::Google => scope.to_string(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScopeMap {
    /// Keep the built-in entries for scopes this file does not name.
    #[serde(default = "yes")]
    default: bool,
    scopes: Vec<RawRule>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    scope: String,
    system: System,
    #[serde(default)]
    resource: Option<String>,
    actions: Vec<Action>,
    #[serde(default)]
    resources: Vec<String>,
    #[serde(default)]
    destinations: Vec<String>,
    #[serde(default)]
    condition: Option<String>,
}

/// One scope map entry.
#[derive(Debug, Clone)]
pub struct ScopeRule {
    pub scope: String,
    pub system: System,
    /// Only for grants to this resource API (Entra: the resource's
    /// `resourceId`, `appId` or `displayName`); `None`: any resource.
    pub resource: Option<String>,
    /// Action bits; 0 for a known scope that reaches no data.
    pub actions: u8,
    pub action_wildcard: bool,
    /// Resource pattern templates with `{user}`.
    pub resources: Vec<String>,
    /// Destinations a grant through this entry sends to.
    pub destinations: Vec<Pattern>,
    /// A condition key the export cannot decide (the grant is conditional).
    pub condition: Option<String>,
}

/// Scope → actions and resource patterns.
#[derive(Debug, Clone)]
pub struct ScopeMap {
    pub rules: Vec<ScopeRule>,
}

impl ScopeMap {
    /// The built-in map.
    pub fn builtin() -> ScopeMap {
        ScopeMap::parse(DEFAULT_SCOPE_MAP, Path::new("oauth_scopes.yaml"))
            .expect("the built-in scope map is valid")
            .0
    }

    /// Parses a scope map file; also returns its `default` flag.
    pub fn parse(text: &str, path: &Path) -> Result<(ScopeMap, bool), Error> {
        let raw: RawScopeMap = crate::correlate::yaml::from_str(path, text)?;
        let mut rules = Vec::with_capacity(raw.scopes.len());
        for (i, r) in raw.scopes.into_iter().enumerate() {
            let bad = |m: String| Error::Invalid {
                path: path.to_path_buf(),
                message: format!("scopes[{i}] (scope '{}'): {m}", r.scope),
            };
            if r.actions.is_empty() != r.resources.is_empty() {
                return Err(bad(
                    "needs both actions and resources, or neither (a scope that reaches no data)"
                        .into(),
                ));
            }
            for t in &r.resources {
                let probe = t.replace("{user}", "u");
                if probe.contains(['{', '}']) {
                    return Err(bad(format!(
                        "resource '{t}': the only placeholder is {{user}}"
                    )));
                }
                Pattern::parse(&probe)
                    .map_err(|_| bad(format!("resource '{t}' is not a URI pattern")))?;
            }
            let mut destinations = Vec::new();
            for d in &r.destinations {
                destinations.push(
                    Pattern::parse(d)
                        .map_err(|_| bad(format!("destination '{d}' is not a URI pattern")))?,
                );
            }
            rules.push(ScopeRule {
                action_wildcard: r.actions.contains(&Action::All),
                actions: r.actions.iter().fold(0, |b, a| b | a.bits()),
                scope: r.scope,
                system: r.system,
                resource: r.resource,
                resources: r.resources,
                destinations,
                condition: r.condition,
            });
        }
        Ok((ScopeMap { rules }, raw.default))
    }

    /// The built-in map extended by `file`: the file's entries replace the
    /// built-in ones for the scopes it names; with `default: false` the
    /// built-in map is not used at all.
    pub fn load(file: Option<&Path>) -> Result<ScopeMap, Error> {
        let Some(path) = file else {
            return Ok(ScopeMap::builtin());
        };
        let text = crate::output::read_input(path).map_err(|e| Error::io(path, e))?;
        let (mut own, keep_default) = ScopeMap::parse(&text, path)?;
        if keep_default {
            let named: HashSet<(System, String)> = own
                .rules
                .iter()
                .map(|r| (r.system, r.system.key(&r.scope)))
                .collect();
            own.rules.extend(
                ScopeMap::builtin()
                    .rules
                    .into_iter()
                    .filter(|r| !named.contains(&(r.system, r.system.key(&r.scope)))),
            );
        }
        Ok(own)
    }

    /// The entries for `scope` of a grant to a resource known by `names`:
    /// entries qualified by one of the names if any, else the unqualified
    /// ones. Empty: the scope is unknown.
    pub fn lookup(&self, system: System, scope: &str, names: &[&str]) -> Vec<&ScopeRule> {
        let key = system.key(scope);
        let all: Vec<&ScopeRule> = self
            .rules
            .iter()
            .filter(|r| r.system == system && system.key(&r.scope) == key)
            .collect();
        let qualified: Vec<&ScopeRule> = all
            .iter()
            .copied()
            .filter(|r| {
                r.resource
                    .as_deref()
                    .is_some_and(|q| names.iter().any(|n| n.eq_ignore_ascii_case(q)))
            })
            .collect();
        if !qualified.is_empty() {
            return qualified;
        }
        all.into_iter().filter(|r| r.resource.is_none()).collect()
    }
}

// ---------------------------------------------------------------------------
// Reading the export. Documents are deserialized straight from the text so
// that errors keep serde_json's line and column; the path of the entry being
// read (`value[3].scope`) is tracked beside it for the message.

thread_local! {
    static PATH: RefCell<Vec<Step>> = const { RefCell::new(Vec::new()) };
}

#[derive(Debug, Clone)]
enum Step {
    Key(&'static str),
    Index(usize),
}

fn push(s: Step) {
    PATH.with(|p| p.borrow_mut().push(s));
}

fn pop() {
    PATH.with(|p| {
        p.borrow_mut().pop();
    });
}

fn path_string() -> String {
    PATH.with(|p| {
        let mut s = String::new();
        for step in p.borrow().iter() {
            match step {
                Step::Key(k) if s.is_empty() => s.push_str(k),
                Step::Key(k) => {
                    s.push('.');
                    s.push_str(k)
                }
                Step::Index(i) => s.push_str(&format!("[{i}]")),
            }
        }
        s
    })
}

/// `consentType` of an Entra grant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Consent {
    AllPrincipals,
    Principal,
}

#[derive(Debug, Clone)]
struct EntraGrant {
    at: String,
    id: String,
    client_id: String,
    consent: Consent,
    principal_id: Option<String>,
    resource_id: String,
    scope: String,
}

#[derive(Debug, Clone)]
struct GoogleToken {
    at: String,
    client_id: String,
    user_key: String,
    display_text: Option<String>,
    scopes: Vec<String>,
}

#[derive(Debug)]
enum Item {
    List(Vec<Item>),
    Grant(EntraGrant),
    Token(GoogleToken),
    /// A service principal: id, appId, displayName.
    ServicePrincipal(String, String, Option<String>),
    /// An Entra user (id, userPrincipalName) or Google user (id, primaryEmail).
    User(System, String, String),
}

impl<'de> Deserialize<'de> for Item {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Item, D::Error> {
        d.deserialize_any(ItemVisitor)
    }
}

struct ItemVisitor;

/// Reads the value of `key`, with the key on the path while it is read.
fn field<'de, T: Deserialize<'de>, A: MapAccess<'de>>(
    map: &mut A,
    key: &'static str,
) -> Result<T, A::Error> {
    push(Step::Key(key));
    let v = map.next_value()?;
    pop();
    Ok(v)
}

impl<'de> Visitor<'de> for ItemVisitor {
    type Value = Item;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object or array of an OAuth grant export")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Item, A::Error> {
        let mut items = Vec::new();
        loop {
            push(Step::Index(items.len()));
            match seq.next_element::<Item>()? {
                Some(x) => items.push(x),
                None => {
                    pop();
                    break;
                }
            }
            pop();
        }
        Ok(Item::List(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Item, A::Error> {
        let mut s: HashMap<&'static str, String> = HashMap::new();
        let mut scopes: Option<Vec<String>> = None;
        let mut children: Option<Vec<Item>> = None;
        let mut kind: Option<String> = None;
        const STRINGS: [&str; 10] = [
            "id",
            "clientId",
            "consentType",
            "principalId",
            "resourceId",
            "scope",
            "userKey",
            "displayText",
            "appId",
            "displayName",
        ];
        while let Some(k) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            let k: &str = &k;
            if let Some(&name) = STRINGS.iter().find(|n| **n == k) {
                if let Some(v) = field::<Option<String>, A>(&mut map, name)? {
                    s.insert(name, v);
                }
                continue;
            }
            match k {
                "userPrincipalName" | "primaryEmail" => {
                    let name = if k == "primaryEmail" {
                        "primaryEmail"
                    } else {
                        "userPrincipalName"
                    };
                    if let Some(v) = field::<Option<String>, A>(&mut map, name)? {
                        s.insert(name, v);
                    }
                }
                "kind" => kind = field::<Option<String>, A>(&mut map, "kind")?,
                "scopes" => scopes = field::<Option<Vec<String>>, A>(&mut map, "scopes")?,
                "value" | "items" | "users" => {
                    let key = match k {
                        "value" => "value",
                        "items" => "items",
                        _ => "users",
                    };
                    let v = field::<Option<Item>, A>(&mut map, key)?;
                    let v = match v {
                        None => Vec::new(),
                        Some(Item::List(v)) => v,
                        Some(one) => vec![one],
                    };
                    children.get_or_insert_with(Vec::new).extend(v);
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let at = path_string();
        let need = |name: &str, what: &str| -> Result<String, A::Error> {
            s.get(name)
                .cloned()
                .ok_or_else(|| de::Error::custom(format!("{what} without `{name}`")))
        };
        if let Some(c) = children {
            return Ok(Item::List(c));
        }
        let kind = kind.unwrap_or_default();
        if s.contains_key("consentType") || s.contains_key("resourceId") {
            let what = "oauth2PermissionGrant";
            let consent = match need("consentType", what)?.as_str() {
                "AllPrincipals" => Consent::AllPrincipals,
                "Principal" => Consent::Principal,
                other => {
                    return Err(de::Error::custom(format!(
                        "consentType '{other}': expected AllPrincipals or Principal"
                    )))
                }
            };
            let principal_id = s.get("principalId").cloned();
            if consent == Consent::Principal && principal_id.is_none() {
                return Err(de::Error::custom(
                    "consentType Principal without `principalId`",
                ));
            }
            return Ok(Item::Grant(EntraGrant {
                id: need("id", what)?,
                client_id: need("clientId", what)?,
                resource_id: need("resourceId", what)?,
                scope: s.get("scope").cloned().unwrap_or_default(),
                consent,
                principal_id,
                at,
            }));
        }
        if scopes.is_some() || kind == "admin#directory#token" {
            let what = "token";
            return Ok(Item::Token(GoogleToken {
                client_id: need("clientId", what)?,
                user_key: need("userKey", what)?,
                display_text: s.get("displayText").cloned(),
                scopes: scopes.unwrap_or_default(),
                at,
            }));
        }
        if s.contains_key("appId") {
            return Ok(Item::ServicePrincipal(
                need("id", "servicePrincipal")?,
                need("appId", "servicePrincipal")?,
                s.get("displayName").cloned(),
            ));
        }
        if let Some(upn) = s.get("userPrincipalName") {
            return Ok(Item::User(System::Entra, need("id", "user")?, upn.clone()));
        }
        if let Some(mail) = s.get("primaryEmail") {
            return Ok(Item::User(
                System::Google,
                need("id", "user")?,
                mail.clone(),
            ));
        }
        if kind == "admin#directory#tokenList" || kind == "admin#directory#users" {
            return Ok(Item::List(Vec::new()));
        }
        Err(de::Error::custom(
            "not an oauth2PermissionGrant (consentType), servicePrincipal (appId), user \
             (userPrincipalName, primaryEmail), Google token (scopes) or a list of them \
             (value, items, users)",
        ))
    }
}

#[derive(Default)]
struct Export {
    grants: Vec<EntraGrant>,
    tokens: Vec<GoogleToken>,
    /// Service principal object id → (appId, displayName).
    sps: HashMap<String, (String, Option<String>)>,
    /// (system, user id) → UPN or primary email.
    users: HashMap<(System, String), String>,
}

impl Export {
    fn add(&mut self, item: Item) {
        match item {
            Item::List(v) => v.into_iter().for_each(|i| self.add(i)),
            Item::Grant(g) => self.grants.push(g),
            Item::Token(t) => self.tokens.push(t),
            Item::ServicePrincipal(id, app, name) => {
                self.sps.insert(id, (app, name));
            }
            Item::User(sys, id, name) => {
                self.users.insert((sys, id), name);
            }
        }
    }
}

fn parse_export(text: &str, path: &Path) -> Result<Export, Error> {
    let mut out = Export::default();
    let mut stream = serde_json::Deserializer::from_str(text).into_iter::<Item>();
    let mut doc = 0;
    loop {
        PATH.with(|p| p.borrow_mut().clear());
        doc += 1;
        match stream.next() {
            None => break,
            Some(Ok(item)) => out.add(item),
            Some(Err(e)) => {
                let at = path_string();
                let mut err = Error::from_json(path, &e, None);
                if let Error::Parse { message, .. } = &mut err {
                    let mut prefix = String::new();
                    if doc > 1 {
                        prefix = format!("document {doc}");
                    }
                    if !at.is_empty() {
                        if !prefix.is_empty() {
                            prefix.push_str(", ");
                        }
                        prefix.push_str(&at);
                    }
                    if !prefix.is_empty() {
                        *message = format!("{prefix}: {message}");
                    }
                }
                return Err(err);
            }
        }
    }
    if doc == 1 {
        return Err(Error::Invalid {
            path: path.to_path_buf(),
            message: "empty: expected Entra oauth2PermissionGrants or Google tokens.list JSON"
                .into(),
        });
    }
    Ok(out)
}

/// A consenting user as a path segment.
fn user_segment(user: &str, at: &str, path: &Path) -> Result<String, Error> {
    if user.is_empty() || user.contains(['/', '*', '?', '#']) {
        return Err(Error::Invalid {
            path: path.to_path_buf(),
            message: format!(
                "{at}: user '{user}' cannot name a resource path segment (empty, or has / * ? #)"
            ),
        });
    }
    Ok(user.to_string())
}

struct Builder<'a> {
    path: &'a Path,
    file: String,
    map: ScopeMap,
    opts: &'a ConnectorOptions,
    set: GrantSet,
    agents: BTreeMap<String, Agent>,
    ids: HashSet<String>,
    dests: HashSet<String>,
    /// (system, scope) → (grants not counted, an example client).
    unknown: BTreeMap<(System, String), (usize, String)>,
}

impl Builder<'_> {
    /// The agent of an OAuth client, declared on first use.
    fn agent(
        &mut self,
        system: System,
        client_id: &str,
        aliases: &[&str],
        name: Option<&str>,
        policy: &str,
    ) -> String {
        let declared = std::iter::once(client_id)
            .chain(aliases.iter().copied())
            .find_map(|c| self.opts.credentials.get(c).cloned());
        let id = declared
            .clone()
            .unwrap_or_else(|| format!("{}:{client_id}", system.as_str()));
        if !self.agents.contains_key(&id) {
            self.agents.insert(
                id.clone(),
                Agent {
                    id: id.clone(),
                    owner: None,
                    purpose: name.map(|n| format!("OAuth client '{n}'")),
                    data_scope: None,
                    created: None,
                    expires: None,
                    // An adopted agent keeps its declared credential.
                    credential: declared.is_none().then(|| client_id.to_string()),
                    roles: Vec::new(),
                    delegated_from: None,
                    allowed_actions: None,
                    role_chains: BTreeMap::new(),
                    declared_by: Some(Provenance {
                        system: "oauth".into(),
                        file: Some(self.file.clone()),
                        object: client_id.to_string(),
                        policy: Some(policy.to_string()),
                        statement: None,
                    }),
                },
            );
        }
        id
    }

    #[allow(clippy::too_many_arguments)]
    fn scope(
        &mut self,
        system: System,
        scope: &str,
        resource_names: &[&str],
        user: &str,
        agent: &str,
        id_base: &str,
        provenance: &Provenance,
        at: &str,
    ) -> Result<(), Error> {
        let rules: Vec<ScopeRule> = self
            .map
            .lookup(system, scope, resource_names)
            .into_iter()
            .cloned()
            .collect();
        if rules.is_empty() {
            let e = self
                .unknown
                .entry((system, scope.to_string()))
                .or_insert((0, provenance.object.clone()));
            e.0 += 1;
            return Ok(());
        }
        let mut n = 0;
        for r in rules.iter().filter(|r| r.actions != 0) {
            n += 1;
            let id = if n == 1 {
                format!("{id_base}:{scope}")
            } else {
                format!("{id_base}:{scope}#{n}")
            };
            if !self.ids.insert(id.clone()) {
                return Err(Error::Invalid {
                    path: self.path.to_path_buf(),
                    message: format!("{at}: grant '{id}' appears twice in the export"),
                });
            }
            let patterns = r
                .resources
                .iter()
                .map(|t| Pattern::parse(&t.replace("{user}", user)))
                .collect::<Result<Vec<_>, _>>()?;
            for d in &r.destinations {
                if self.dests.insert(d.raw.clone()) {
                    self.set.destinations.push(d.clone());
                }
            }
            let mut provenance = provenance.clone();
            provenance.statement = Some(scope.to_string());
            self.set.grants.push(GrantDef {
                id,
                principal: agent.to_string(),
                effect: Effect::Allow,
                actions: r.actions,
                action_wildcard: r.action_wildcard,
                patterns,
                expires: None,
                condition: r.condition.clone(),
                condition_keys: r.condition.iter().cloned().collect(),
                raw_actions: vec![scope.to_string()],
                source: GrantSource::Connector,
                provenance,
                limit: None,
            });
        }
        Ok(())
    }
}

/// Reads an `oauth` export (see the module documentation).
pub fn load(path: &Path, opts: &ConnectorOptions) -> Result<GrantSet, Error> {
    let map = ScopeMap::load(opts.scope_map.as_deref())?;
    let text = crate::output::read_input(path).map_err(|e| Error::io(path, e))?;
    parse(&text, path, map, opts)
}

/// Parses export text with a scope map; `path` names the file in errors
/// and provenance.
pub fn parse(
    text: &str,
    path: &Path,
    map: ScopeMap,
    opts: &ConnectorOptions,
) -> Result<GrantSet, Error> {
    let export = parse_export(text, path)?;
    let mut b = Builder {
        path,
        file: path.display().to_string(),
        map,
        opts,
        set: GrantSet::default(),
        agents: BTreeMap::new(),
        ids: HashSet::new(),
        dests: HashSet::new(),
        unknown: BTreeMap::new(),
    };
    for g in &export.grants {
        let (app_id, name) = match export.sps.get(&g.client_id) {
            Some((a, n)) => (Some(a.as_str()), n.as_deref()),
            None => (None, None),
        };
        let agent = b.agent(
            System::Entra,
            &g.client_id,
            app_id.as_slice(),
            name,
            "servicePrincipal",
        );
        let user = match (g.consent, &g.principal_id) {
            (Consent::AllPrincipals, _) => "*".to_string(),
            (Consent::Principal, Some(p)) => user_segment(
                export.users.get(&(System::Entra, p.clone())).unwrap_or(p),
                &g.at,
                path,
            )?,
            (Consent::Principal, None) => unreachable!("checked while reading"),
        };
        let mut names = vec![g.resource_id.as_str()];
        if let Some((a, n)) = export.sps.get(&g.resource_id) {
            names.push(a);
            names.extend(n.as_deref());
        }
        let provenance = Provenance {
            system: "oauth".into(),
            file: Some(b.file.clone()),
            object: g.client_id.clone(),
            policy: Some(format!("oauth2PermissionGrant {}", g.id)),
            statement: None,
        };
        let id_base = format!("oauth:entra:{}", g.id);
        let mut seen = HashSet::new();
        for scope in g.scope.split_whitespace() {
            if seen.insert(scope) {
                b.scope(
                    System::Entra,
                    scope,
                    &names,
                    &user,
                    &agent,
                    &id_base,
                    &provenance,
                    &g.at,
                )?;
            }
        }
    }
    for t in &export.tokens {
        let agent = b.agent(
            System::Google,
            &t.client_id,
            &[],
            t.display_text.as_deref(),
            "token",
        );
        let user = user_segment(
            export
                .users
                .get(&(System::Google, t.user_key.clone()))
                .unwrap_or(&t.user_key),
            &t.at,
            path,
        )?;
        let provenance = Provenance {
            system: "oauth".into(),
            file: Some(b.file.clone()),
            object: t.client_id.clone(),
            policy: Some(format!("token {} for {}", t.client_id, t.user_key)),
            statement: None,
        };
        let id_base = format!("oauth:google:{}:{}", t.user_key, t.client_id);
        let mut seen = HashSet::new();
        for scope in &t.scopes {
            if seen.insert(scope.as_str()) {
                b.scope(
                    System::Google,
                    scope,
                    &[],
                    &user,
                    &agent,
                    &id_base,
                    &provenance,
                    &t.at,
                )?;
            }
        }
    }
    for ((system, scope), (n, client)) in &b.unknown {
        b.set.notes.push(format!(
            "{}: {} scope '{scope}' is not in the scope map: {n} grant{} not counted \
             (e.g. client {client}); map it with --scope-map",
            b.file,
            system.as_str(),
            if *n == 1 { "" } else { "s" }
        ));
    }
    b.set.agents = b.agents.into_values().collect();
    Ok(b.set)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> ConnectorOptions {
        ConnectorOptions::default()
    }

    fn load_str(text: &str) -> Result<GrantSet, Error> {
        parse(text, Path::new("g.json"), ScopeMap::builtin(), &opts())
    }

    fn reaches(set: &GrantSet, agent: &str, uri: &str) -> u8 {
        set.grants
            .iter()
            .filter(|g| g.principal == agent && g.condition.is_none())
            .filter(|g| g.patterns.iter().any(|p| p.matches_object(uri)))
            .fold(0, |b, g| b | g.actions)
    }

    const ENTRA: &str = r#"{
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#oauth2PermissionGrants",
  "value": [
    {"id": "g-all", "clientId": "c-all", "consentType": "AllPrincipals", "principalId": null,
     "resourceId": "r-graph", "scope": " openid Files.Read.All Mail.Send "},
    {"id": "g-alice", "clientId": "c-one", "consentType": "Principal", "principalId": "u-alice",
     "resourceId": "r-graph", "scope": "files.read Mail.Read Weird.Scope"}
  ]
}"#;

    #[test]
    fn all_principals_reaches_every_user_principal_only_its_own() {
        use crate::correlate::inventory::{EGRESS, LIST, READ};
        let set = load_str(ENTRA).unwrap();
        let agents: Vec<&str> = set.agents.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(agents, ["entra:c-all", "entra:c-one"]);
        assert_eq!(set.agents[0].credential.as_deref(), Some("c-all"));
        // AllPrincipals: every user's files.
        for u in ["u-alice", "u-bob"] {
            let uri = format!("m365://files/{u}/docs/a.xlsx");
            assert_eq!(reaches(&set, "entra:c-all", &uri), READ | LIST, "{uri}");
        }
        // Principal: only the consenting user's files and mail, not bob's.
        assert_eq!(
            reaches(&set, "entra:c-one", "m365://files/u-alice/a.docx"),
            READ | LIST
        );
        assert_eq!(reaches(&set, "entra:c-one", "m365://files/u-bob/a.docx"), 0);
        assert_eq!(
            reaches(&set, "entra:c-one", "m365://mail/u-bob/Inbox/1.eml"),
            0
        );
        assert_eq!(
            reaches(&set, "entra:c-one", "m365://mail/u-alice/Inbox/1.eml"),
            READ | LIST
        );
        // Mail.Send: egress, with the destination added.
        assert_eq!(
            reaches(&set, "entra:c-all", "m365://mail-out/u-bob"),
            EGRESS
        );
        let dests: Vec<&str> = set.destinations.iter().map(|d| d.raw.as_str()).collect();
        assert_eq!(dests, ["m365://mail-out/**"]);
        // Provenance and raw action.
        let g = set
            .grants
            .iter()
            .find(|g| g.id == "oauth:entra:g-alice:files.read")
            .unwrap();
        assert_eq!(g.raw_actions, ["files.read"]);
        assert_eq!(g.provenance.system, "oauth");
        assert_eq!(g.provenance.object, "c-one");
        assert_eq!(
            g.provenance.policy.as_deref(),
            Some("oauth2PermissionGrant g-alice")
        );
        assert_eq!(g.provenance.statement.as_deref(), Some("files.read"));
        // Files.Read.All: beyond the own drive, conditional.
        let c: Vec<&GrantDef> = set
            .grants
            .iter()
            .filter(|g| g.id == "oauth:entra:g-all:Files.Read.All#2")
            .collect();
        assert_eq!(c[0].condition_keys, ["m365:shared-with-user"]);
        // openid is known and gives nothing; the unknown scope is noted.
        assert!(!set.grants.iter().any(|g| g.id.ends_with(":openid")));
        assert_eq!(set.notes.len(), 1, "{:?}", set.notes);
        assert!(
            set.notes[0].contains("'Weird.Scope'") && set.notes[0].contains("c-one"),
            "{}",
            set.notes[0]
        );
    }

    #[test]
    fn listings_name_agents_and_users_and_inventory_credentials_adopt_clients() {
        let text = format!(
            "{ENTRA}\n{}\n{}",
            r#"{"value": [{"id": "c-one", "appId": "app-one", "displayName": "Notes Helper"}]}"#,
            r#"[{"id": "u-alice", "userPrincipalName": "alice@contoso.com"}]"#
        );
        let mut o = opts();
        o.credentials.insert("app-one".into(), "notes-bot".into());
        let set = parse(&text, Path::new("g.json"), ScopeMap::builtin(), &o).unwrap();
        let a = set.agents.iter().find(|a| a.id == "notes-bot").unwrap();
        assert_eq!(a.purpose.as_deref(), Some("OAuth client 'Notes Helper'"));
        assert_eq!(a.credential, None);
        assert!(
            reaches(&set, "notes-bot", "m365://files/alice@contoso.com/x.txt") != 0,
            "{:?}",
            set.grants
        );
        assert_eq!(reaches(&set, "notes-bot", "m365://files/u-alice/x.txt"), 0);
    }

    const GOOGLE: &str = r#"{"kind": "admin#directory#tokenList", "etag": "\"e1\"", "items": [
  {"kind": "admin#directory#token", "clientId": "123.apps.googleusercontent.com",
   "displayText": "Drive Summariser", "anonymous": false, "nativeApp": false,
   "userKey": "1001", "scopes": ["openid", "https://www.googleapis.com/auth/drive.readonly",
   "https://www.googleapis.com/auth/gmail.send"]}
]}
{"kind": "admin#directory#tokenList", "etag": "\"e2\""}
[{"kind": "admin#directory#tokenList", "items": [
  {"clientId": "123.apps.googleusercontent.com", "userKey": "1002",
   "scopes": ["https://www.googleapis.com/auth/drive.file"]}]}]
"#;

    #[test]
    fn google_tokens_per_user_as_json_lines_and_arrays() {
        use crate::correlate::inventory::{EGRESS, LIST, READ};
        let set = load_str(GOOGLE).unwrap();
        assert_eq!(set.agents.len(), 1);
        let a = "google:123.apps.googleusercontent.com";
        assert_eq!(
            set.agents[0].purpose.as_deref(),
            Some("OAuth client 'Drive Summariser'")
        );
        assert_eq!(
            reaches(&set, a, "google://drive/1001/Reports/q3.xlsx"),
            READ | LIST
        );
        assert_eq!(reaches(&set, a, "google://drive/1002/Reports/q3.xlsx"), 0);
        assert_eq!(reaches(&set, a, "google://mail-out/1001"), EGRESS);
        let g = set
            .grants
            .iter()
            .find(|g| {
                g.provenance.policy.as_deref()
                    == Some("token 123.apps.googleusercontent.com for 1002")
            })
            .unwrap();
        assert_eq!(g.condition_keys, ["google:file-opened-with-app"]);
        assert!(set.notes.is_empty(), "{:?}", set.notes);
        // users.list maps the numeric id onto the email.
        let with_users = format!(
            "{GOOGLE}\n{}",
            r#"{"kind": "admin#directory#users", "users": [{"id": "1001", "primaryEmail": "dana@example.org"}]}"#
        );
        let set = load_str(&with_users).unwrap();
        assert_eq!(
            reaches(&set, a, "google://drive/dana@example.org/Reports/q3.xlsx"),
            READ | LIST
        );
    }

    #[test]
    fn malformed_input_names_line_column_and_entry() {
        let bad = ENTRA.replace("\"scope\": \"files.read", "\"scope\": 7, \"x\": \"");
        let e = load_str(&bad).unwrap_err().to_string();
        assert!(e.starts_with("g.json:7:"), "{e}");
        assert!(e.contains("value[1].scope"), "{e}");
        let bad = ENTRA.replace(
            "\"consentType\": \"Principal\"",
            "\"consentType\": \"Some\"",
        );
        let e = load_str(&bad).unwrap_err().to_string();
        assert!(e.starts_with("g.json:7:"), "{e}");
        assert!(e.contains("value[1]") && e.contains("'Some'"), "{e}");
        let bad = ENTRA.replace("\"principalId\": \"u-alice\",", "");
        let e = load_str(&bad).unwrap_err().to_string();
        assert!(e.contains("value[1]") && e.contains("principalId"), "{e}");
        let e = load_str(&GOOGLE.replace("\"userKey\": \"1002\",", ""))
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("g.json:10:")
                && e.contains("document 3, [0].items[0]")
                && e.contains("userKey"),
            "{e}"
        );
        let e = load_str("{\"value\": [{\"name\": 1}]}")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("value[0]") && e.contains("not an oauth2PermissionGrant"),
            "{e}"
        );
        let e = load_str("{\"value\": [").unwrap_err().to_string();
        assert!(e.starts_with("g.json:1:"), "{e}");
        assert!(load_str("  \n").unwrap_err().to_string().contains("empty"));
        let e = load_str(&format!("{ENTRA}\n{ENTRA}"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("appears twice"), "{e}");
        let e = load_str(&ENTRA.replace("u-alice", "a/b"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("value[1]") && e.contains("'a/b'"), "{e}");
    }

    #[test]
    fn scope_map_file_overrides_extends_or_replaces_the_default() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("m.yaml");
        std::fs::write(
            &p,
            "scopes:\n  - {scope: weird.scope, system: entra, actions: [read], resources: [\"crm://{user}/**\"]}\n  - {scope: Mail.Read, system: entra, actions: [list], resources: [\"m365://mail/{user}/**\"]}\n",
        )
        .unwrap();
        let m = ScopeMap::load(Some(&p)).unwrap();
        assert_eq!(m.lookup(System::Entra, "Weird.Scope", &[]).len(), 1);
        let mail = m.lookup(System::Entra, "Mail.Read", &[]);
        assert_eq!(mail.len(), 1);
        assert_eq!(mail[0].actions, crate::correlate::inventory::LIST);
        assert_eq!(m.lookup(System::Entra, "Files.Read", &[]).len(), 1);
        std::fs::write(
            &p,
            "default: false\nscopes:\n  - {scope: X, system: google, actions: [], resource: api}\n",
        )
        .unwrap();
        let m = ScopeMap::load(Some(&p)).unwrap();
        assert!(m.lookup(System::Entra, "Files.Read", &[]).is_empty());
        assert!(m.lookup(System::Google, "X", &["other"]).is_empty());
        assert_eq!(m.lookup(System::Google, "X", &["API"]).len(), 1);
        std::fs::write(
            &p,
            "scopes:\n  - {scope: X, system: entra, actions: [read]}\n",
        )
        .unwrap();
        let e = ScopeMap::load(Some(&p)).unwrap_err().to_string();
        assert!(e.contains("scopes[0]") && e.contains("'X'"), "{e}");
        std::fs::write(&p, "scopes:\n  - {scope: X, system: aws, actions: []}\n").unwrap();
        let e = ScopeMap::load(Some(&p)).unwrap_err().to_string();
        assert!(e.contains("m.yaml:2:"), "{e}");
        std::fs::write(
            &p,
            "scopes:\n  - {scope: X, system: entra, actions: [read], resources: [\"x://{tenant}/a\"]}\n",
        )
        .unwrap();
        let e = ScopeMap::load(Some(&p)).unwrap_err().to_string();
        assert!(e.contains("{user}"), "{e}");
    }

    #[test]
    fn builtin_map_covers_the_common_scopes() {
        let m = ScopeMap::builtin();
        for s in [
            "Files.Read",
            "Files.Read.All",
            "Files.ReadWrite",
            "Files.ReadWrite.All",
            "Sites.Read.All",
            "Sites.ReadWrite.All",
            "Mail.Read",
            "Mail.ReadWrite",
            "Mail.Send",
            "User.Read.All",
            "Calendars.Read",
            "Contacts.Read",
            "Chat.Read",
            "offline_access",
        ] {
            assert!(!m.lookup(System::Entra, s, &[]).is_empty(), "{s}");
        }
        for s in [
            "drive",
            "drive.readonly",
            "drive.file",
            "gmail.readonly",
            "gmail.send",
            "gmail.modify",
            "calendar.readonly",
            "contacts.readonly",
            "admin.directory.user.readonly",
        ] {
            let url = format!("https://www.googleapis.com/auth/{s}");
            assert!(!m.lookup(System::Google, &url, &[]).is_empty(), "{s}");
        }
        assert!(!m
            .lookup(System::Google, "https://mail.google.com/", &[])
            .is_empty());
        // Sending scopes egress to a destination.
        for (sys, s) in [
            (System::Entra, "Mail.Send"),
            (System::Google, "https://www.googleapis.com/auth/gmail.send"),
            (
                System::Google,
                "https://www.googleapis.com/auth/gmail.modify",
            ),
        ] {
            assert!(
                m.lookup(sys, s, &[])
                    .iter()
                    .any(|r| r.actions == crate::correlate::inventory::EGRESS
                        && !r.destinations.is_empty()),
                "{s}"
            );
        }
        assert!(m
            .lookup(System::Google, "https://www.googleapis.com/auth/Drive", &[])
            .is_empty());
    }
}
