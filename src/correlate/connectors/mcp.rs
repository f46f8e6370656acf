//! `mcp`: the tools a Model Context Protocol server offers.
//!
//! Reads the JSON of a `tools/list` result, in any of these shapes:
//!
//! * the result itself: `{"tools": [...]}`;
//! * the JSON-RPC response: `{"jsonrpc": "2.0", "id": 1, "result": {"tools": [...]}}`;
//! * a transcript: a JSON array, or one message per line, of JSON-RPC
//!   messages; requests are skipped, every `tools/list` page is read and an
//!   `initialize` result names the server (`serverInfo.name`);
//! * a wrapper naming the server and the agents configured to call it:
//!   `{"server": "crm", "agents": ["support-bot"], "tools": [...]}` (or
//!   `"result": ...` holding any of the shapes above).
//!
//! The server is named by the wrapper's `server`, else by `serverInfo.name`,
//! else by the file stem. Each tool is the resource `mcp://SERVER/TOOL`
//! (names percent-encoded outside `A-Z a-z 0-9 . _ ~ -`). The server becomes
//! the role `mcp:SERVER` holding one grant per tool; the wrapper's agents
//! hold that role. Actions of a tool, from its annotations with the
//! defaults of the MCP specification (2025-06-18):
//!
//! * `invoke` always (`tools/call`);
//! * `egress` unless `openWorldHint` is `false` (default `true`); such a
//!   tool is also a destination, so an agent that reads regulated data and
//!   may call it is a toxic combination;
//! * `write` unless `readOnlyHint` is `true` (default `false`), and `delete`
//!   too unless `destructiveHint` is `false` (default `true`).

use super::unity_catalog::offset_in;
use super::{ConnectorOptions, GrantSet};
use crate::correlate::error::line_col;
use crate::correlate::inventory::{
    Agent, Effect, GrantDef, GrantSource, Provenance, DELETE, EGRESS, INVOKE, WRITE,
};
use crate::correlate::pattern::Pattern;
use crate::correlate::Error;
use serde::Deserialize;
use serde_json::value::RawValue;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

#[derive(Deserialize)]
struct Envelope<'a> {
    #[serde(borrow, default)]
    tools: Option<Vec<&'a RawValue>>,
    #[serde(borrow, default)]
    result: Option<&'a RawValue>,
    #[serde(default)]
    server: Option<String>,
    #[serde(default)]
    agents: Option<Vec<String>>,
    #[serde(default, rename = "serverInfo")]
    server_info: Option<ServerInfo>,
    #[serde(borrow, default)]
    error: Option<&'a RawValue>,
    #[serde(default)]
    method: Option<String>,
}

#[derive(Deserialize)]
struct ServerInfo {
    name: String,
}

#[derive(Deserialize)]
struct Tool {
    name: String,
    #[serde(default, rename = "inputSchema")]
    input_schema: Option<serde_json::Value>,
    #[serde(default)]
    annotations: Option<Annotations>,
}

#[derive(Deserialize, Default)]
struct Annotations {
    #[serde(default, rename = "readOnlyHint")]
    read_only: Option<bool>,
    #[serde(default, rename = "destructiveHint")]
    destructive: Option<bool>,
    #[serde(default, rename = "openWorldHint")]
    open_world: Option<bool>,
}

#[derive(Deserialize)]
struct NameOnly {
    name: String,
}

/// A tool as read, with where it was read.
struct Read {
    index: usize,
    name: String,
    ann: Annotations,
}

#[derive(Default)]
struct Ctx {
    server: Option<String>,
    server_info: Option<String>,
    agents: Vec<String>,
    tools: Option<Vec<Read>>,
}

fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// A serde error inside `raw` (a slice of `text`), at its absolute position.
fn err_in(path: &Path, text: &str, raw: &str, e: &serde_json::Error, what: &str) -> Error {
    let (l0, c0) = line_col(text, offset_in(text, raw));
    let msg = strip_position(&e.to_string());
    let (line, column) = if msg.starts_with("missing field") {
        (l0, c0) // serde points at the end of the object: name its start
    } else if e.line() <= 1 {
        (l0, c0 + e.column().saturating_sub(1))
    } else {
        (l0 + e.line() - 1, e.column())
    };
    Error::Parse {
        path: path.to_path_buf(),
        line,
        column,
        message: format!("{what}{msg}"),
    }
}

fn err_at(path: &Path, text: &str, raw: &str, message: String) -> Error {
    let (line, column) = line_col(text, offset_in(text, raw));
    Error::Parse {
        path: path.to_path_buf(),
        line,
        column,
        message,
    }
}

fn visit<'a>(
    path: &Path,
    text: &'a str,
    raw: &'a RawValue,
    ctx: &mut Ctx,
    depth: usize,
) -> Result<(), Error> {
    let env: Envelope<'a> = serde_json::from_str(raw.get()).map_err(|e| {
        err_in(
            path,
            text,
            raw.get(),
            &e,
            "expected a tools/list result, a JSON-RPC message or a wrapper object: ",
        )
    })?;
    if let Some(e) = env.error {
        return Err(err_at(
            path,
            text,
            raw.get(),
            format!("the server answered with a JSON-RPC error: {}", e.get()),
        ));
    }
    if env.method.is_some() {
        return Ok(()); // a request or notification of a transcript
    }
    if depth == 0 {
        if let Some(s) = env.server {
            ctx.server = Some(s);
        }
        if let Some(a) = env.agents {
            ctx.agents.extend(a);
        }
    }
    if let Some(si) = env.server_info {
        ctx.server_info = Some(si.name);
    }
    if let Some(tools) = env.tools {
        let list = ctx.tools.get_or_insert_with(Vec::new);
        for t in tools {
            let index = list.len();
            let name = serde_json::from_str::<NameOnly>(t.get())
                .map(|n| format!(" '{}'", n.name))
                .unwrap_or_default();
            let what = format!("tools[{index}]{name}: ");
            let tool: Tool = serde_json::from_str(t.get())
                .map_err(|e| err_in(path, text, t.get(), &e, &what))?;
            if tool.name.trim().is_empty() {
                return Err(err_at(
                    path,
                    text,
                    t.get(),
                    format!("{what}the name is empty"),
                ));
            }
            if tool.input_schema.as_ref().is_some_and(|s| !s.is_object()) {
                return Err(err_at(
                    path,
                    text,
                    t.get(),
                    format!("{what}inputSchema must be a JSON object"),
                ));
            }
            if list.iter().any(|r| r.name == tool.name) {
                return Err(err_at(
                    path,
                    text,
                    t.get(),
                    format!("{what}a tool of this name is listed twice"),
                ));
            }
            list.push(Read {
                index,
                name: tool.name,
                ann: tool.annotations.unwrap_or_default(),
            });
        }
    }
    if let Some(r) = env.result {
        if depth < 2 {
            visit(path, text, r, ctx, depth + 1)?;
        }
    }
    Ok(())
}

/// Percent-encodes a URI segment outside the unreserved characters.
fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"._~-".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn hint(name: &str, v: Option<bool>, default: bool) -> String {
    match v {
        Some(b) => format!("{name}={b}"),
        None => format!("{name}={default} (default)"),
    }
}

/// Reads an MCP tool list.
pub fn load(path: &Path, _opts: &ConnectorOptions) -> Result<GrantSet, Error> {
    let text = crate::output::read_input(path).map_err(|e| Error::io(path, e))?;
    let json_err = |e: serde_json::Error| Error::from_json(path, &e, None);
    let raws: Vec<&RawValue> = if text.trim_start().starts_with('[') {
        serde_json::from_str(&text).map_err(json_err)?
    } else {
        serde_json::Deserializer::from_str(&text)
            .into_iter::<&RawValue>()
            .collect::<Result<_, _>>()
            .map_err(json_err)?
    };
    let mut ctx = Ctx::default();
    for raw in raws {
        visit(path, &text, raw, &mut ctx, 0)?;
    }
    let Some(tools) = ctx.tools else {
        return Err(Error::Invalid {
            path: path.to_path_buf(),
            message: "no tools/list result: expected {\"tools\": [...]}, a JSON-RPC response \
                      with result.tools, or a wrapper {\"server\", \"agents\", \"tools\"}"
                .into(),
        });
    };
    let server = ctx
        .server
        .or(ctx.server_info)
        .or_else(|| path.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .filter(|s| !s.trim().is_empty())
        .ok_or_else(|| Error::Invalid {
            path: path.to_path_buf(),
            message: "the server has no name".into(),
        })?;
    let host = encode(&server);
    let role = format!("mcp:{server}");
    let file = path.display().to_string();
    let mut set = GrantSet {
        roles: vec![role.clone()],
        ..GrantSet::default()
    };
    let mut open = Vec::new();
    for t in &tools {
        let uri = format!("mcp://{host}/{}", encode(&t.name));
        let open_world = t.ann.open_world != Some(false);
        let read_only = t.ann.read_only == Some(true);
        let destructive = t.ann.destructive != Some(false);
        let mut bits = INVOKE;
        if open_world {
            bits |= EGRESS;
            open.push(t.name.as_str());
            set.destinations
                .push(Pattern::parse(&uri).expect("encoded mcp:// URIs parse"));
        }
        if !read_only {
            bits |= WRITE;
            if destructive {
                bits |= DELETE;
            }
        }
        let statement = format!(
            "tools[{}] {}: {}, {}, {}",
            t.index,
            t.name,
            hint("openWorldHint", t.ann.open_world, true),
            hint("readOnlyHint", t.ann.read_only, false),
            hint("destructiveHint", t.ann.destructive, true),
        );
        set.grants.push(GrantDef {
            id: format!("mcp:{server}/{}", t.name),
            principal: role.clone(),
            effect: Effect::Allow,
            actions: bits,
            action_wildcard: false,
            patterns: vec![Pattern::parse(&uri).expect("encoded mcp:// URIs parse")],
            expires: None,
            condition: None,
            condition_keys: Vec::new(),
            raw_actions: vec!["tools/call".into()],
            source: GrantSource::Connector,
            provenance: Provenance {
                system: "mcp".into(),
                file: Some(file.clone()),
                object: server.clone(),
                policy: Some("tools/list".into()),
                statement: Some(statement),
            },
            limit: None,
        });
    }
    let mut seen = HashSet::new();
    for a in ctx.agents {
        if !seen.insert(a.clone()) {
            continue;
        }
        set.agents.push(Agent {
            id: a.clone(),
            owner: None,
            purpose: None,
            data_scope: None,
            created: None,
            expires: None,
            credential: None,
            roles: vec![role.clone()],
            delegated_from: None,
            allowed_actions: None,
            role_chains: BTreeMap::new(),
            declared_by: Some(Provenance {
                system: "mcp".into(),
                file: Some(file.clone()),
                object: server.clone(),
                policy: Some("agents".into()),
                statement: Some(a),
            }),
        });
    }
    set.notes.push(format!(
        "mcp: server '{server}' ({file}): {} tools, {} open-world (egress destinations){}",
        tools.len(),
        open.len(),
        if open.is_empty() {
            String::new()
        } else {
            format!(": {}", open.join(", "))
        }
    ));
    Ok(set)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::correlate::inventory::READ;

    fn load_text(name: &str, text: &str) -> Result<GrantSet, Error> {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        load(&p, &ConnectorOptions::default())
    }

    const TOOLS: &str = r#"{"tools": [
  {"name": "lookup_customer", "inputSchema": {"type": "object"},
   "annotations": {"readOnlyHint": true, "openWorldHint": false}},
  {"name": "send_email", "inputSchema": {"type": "object"},
   "annotations": {"title": "Send e-mail", "readOnlyHint": false, "destructiveHint": false}},
  {"name": "purge cache", "inputSchema": {"type": "object"}}
]}"#;

    #[test]
    fn annotations_map_to_actions_with_spec_defaults() {
        let set = load_text("crm-server.json", TOOLS).unwrap();
        assert_eq!(set.roles, vec!["mcp:crm-server"]);
        let bits: Vec<(&str, u8)> = set
            .grants
            .iter()
            .map(|g| (g.patterns[0].raw.as_str(), g.actions))
            .collect();
        assert_eq!(
            bits,
            vec![
                ("mcp://crm-server/lookup_customer", INVOKE),
                ("mcp://crm-server/send_email", INVOKE | EGRESS | WRITE),
                (
                    "mcp://crm-server/purge%20cache",
                    INVOKE | EGRESS | WRITE | DELETE
                ),
            ]
        );
        assert!(set.grants.iter().all(|g| g.actions & READ == 0));
        let dests: Vec<&str> = set.destinations.iter().map(|d| d.raw.as_str()).collect();
        assert_eq!(
            dests,
            vec![
                "mcp://crm-server/send_email",
                "mcp://crm-server/purge%20cache"
            ]
        );
        let st = set.grants[1].provenance.statement.as_deref().unwrap();
        assert!(
            st.starts_with("tools[1] send_email: openWorldHint=true (default)"),
            "{st}"
        );
        assert!(set.agents.is_empty());
    }

    #[test]
    fn server_name_from_wrapper_then_server_info_then_stem() {
        let rpc = format!(r#"{{"jsonrpc": "2.0", "id": 2, "result": {TOOLS}}}"#);
        let set = load_text("x.json", &rpc).unwrap();
        assert_eq!(set.roles, vec!["mcp:x"]);
        let transcript = format!(
            "{}\n{}\n{}\n",
            r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#,
            r#"{"jsonrpc":"2.0","id":1,"result":{"protocolVersion":"2025-06-18","capabilities":{"tools":{}},"serverInfo":{"name":"crm","version":"1.4.0"}}}"#,
            rpc.replace('\n', " ")
        );
        let set = load_text("capture.jsonl", &transcript).unwrap();
        assert_eq!(set.roles, vec!["mcp:crm"]);
        assert_eq!(set.grants[0].id, "mcp:crm/lookup_customer");
        let wrapped = format!(
            r#"{{"server": "crm-prod", "agents": ["support-bot", "triage"], "result": {rpc}}}"#
        );
        let set = load_text("x.json", &wrapped).unwrap();
        assert_eq!(set.roles, vec!["mcp:crm-prod"]);
        let agents: Vec<(&str, &[String])> = set
            .agents
            .iter()
            .map(|a| (a.id.as_str(), a.roles.as_slice()))
            .collect();
        assert_eq!(
            agents,
            vec![
                ("support-bot", &["mcp:crm-prod".to_string()][..]),
                ("triage", &["mcp:crm-prod".to_string()][..])
            ]
        );
    }

    #[test]
    fn closed_world_tools_are_no_destinations() {
        let set = load_text(
            "kb.json",
            r#"{"tools":[{"name":"search","inputSchema":{"type":"object"},"annotations":{"openWorldHint":false,"readOnlyHint":true}}]}"#,
        )
        .unwrap();
        assert!(set.destinations.is_empty());
        assert_eq!(set.grants[0].actions, INVOKE);
    }

    #[test]
    fn malformed_input_names_position_and_tool() {
        let bad = TOOLS.replace(r#""destructiveHint": false"#, r#""destructiveHint": "no""#);
        let e = load_text("s.json", &bad).unwrap_err().to_string();
        assert!(
            e.contains("s.json:5:") && e.contains("tools[1] 'send_email'") && e.contains("boolean"),
            "{e}"
        );
        let bad = TOOLS.replace(r#"{"name": "purge cache", "#, r#"{"nam": "purge cache", "#);
        let e = load_text("s.json", &bad).unwrap_err().to_string();
        assert!(
            e.contains("s.json:6:3:") && e.contains("tools[2]") && e.contains("name"),
            "{e}"
        );
        let bad = TOOLS.replace(r#""name": "send_email""#, r#""name": "lookup_customer""#);
        let e = load_text("s.json", &bad).unwrap_err().to_string();
        assert!(e.contains("s.json:4:3:") && e.contains("twice"), "{e}");
        let e = load_text("s.json", "{\"tools\": [\n  {\"name\": \"a\",}\n]}")
            .unwrap_err()
            .to_string();
        assert!(e.contains("s.json:2:"), "{e}");
        let e = load_text(
            "s.json",
            r#"{"jsonrpc":"2.0","id":2,"error":{"code":-32601,"message":"Method not found"}}"#,
        )
        .unwrap_err()
        .to_string();
        assert!(
            e.contains("s.json:1:1:") && e.contains("Method not found"),
            "{e}"
        );
        let e = load_text("s.json", r#"{"jsonrpc":"2.0","id":2,"result":{}}"#)
            .unwrap_err()
            .to_string();
        assert!(e.contains("no tools/list result"), "{e}");
    }
}
