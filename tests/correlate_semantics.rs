//! Property test: the indexed engine (trie + range sweep) agrees with the
//! direct, one-object-at-a-time evaluation of `explain` on random labels and
//! grants (globs, `**`, columns, deny, expiry, roles).

use datareach::correlate::{
    explain_with_columns, parse_date, Exposure, ExposureOptions, Inventory, LabelRecord, UriMapper,
};
use proptest::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

const NAMES: &[&str] = &["a", "b", "ab", "c.csv", "d.csv"];

fn path_strategy() -> impl Strategy<Value = Vec<usize>> {
    prop::collection::vec(0..NAMES.len(), 1..4)
}

fn seg_pattern() -> impl Strategy<Value = String> {
    prop_oneof![
        (0..NAMES.len()).prop_map(|i| NAMES[i].to_string()),
        Just("*".to_string()),
        Just("**".to_string()),
        Just("*.csv".to_string()),
        Just("a?".to_string()),
        Just("?".to_string()),
    ]
}

#[derive(Debug, Clone)]
struct G {
    principal: usize, // 0..3 agents, 3..5 roles
    deny: bool,
    actions: Vec<&'static str>,
    pattern: Vec<String>,
    column: Option<&'static str>,
    expired: bool,
}

fn grant_strategy() -> impl Strategy<Value = G> {
    (
        0usize..5,
        prop::bool::weighted(0.3),
        prop::sample::subsequence(vec!["read", "write", "delete", "share"], 1..3),
        prop::collection::vec(seg_pattern(), 1..4),
        prop_oneof![4 => Just(None), 1 => Just(Some("x")), 1 => Just(Some("y")), 1 => Just(Some("*"))],
        prop::bool::weighted(0.15),
    )
        .prop_map(|(principal, deny, actions, pattern, column, expired)| G {
            principal,
            deny,
            actions,
            pattern,
            column,
            expired,
        })
}

fn build(objs: &[(Vec<usize>, bool)], grants: &[G]) -> (Vec<LabelRecord>, Inventory) {
    let mut labels = Vec::new();
    for (p, table) in objs {
        let path: Vec<&str> = p.iter().map(|&i| NAMES[i]).collect();
        let mut types = BTreeMap::new();
        types.insert("EMAIL_ADDRESS".to_string(), 1);
        labels.push(LabelRecord {
            root: "r".into(),
            path: path.join("/"),
            types: types.clone(),
            ..Default::default()
        });
        if *table {
            for c in ["x", "y"] {
                labels.push(LabelRecord {
                    root: "r".into(),
                    path: path.join("/"),
                    column: Some(c.into()),
                    types: types.clone(),
                    ..Default::default()
                });
            }
        }
    }
    let mut inv = String::from(
        "agents:\n  - {id: ag0, roles: [role3]}\n  - {id: ag1, roles: [role3, role4]}\n  - {id: ag2}\nroles:\n  - {id: role3}\n  - {id: role4}\ngrants:\n",
    );
    for (i, g) in grants.iter().enumerate() {
        let principal = if g.principal < 3 {
            format!("ag{}", g.principal)
        } else {
            format!("role{}", g.principal)
        };
        let mut res = format!("s3://lake/{}", g.pattern.join("/"));
        if let Some(c) = g.column {
            res.push('#');
            res.push_str(c);
        }
        inv.push_str(&format!(
            "  - {{id: g{i}, principal: {principal}, effect: {}, actions: [{}], resources: [\"{res}\"]{}}}\n",
            if g.deny { "deny" } else { "allow" },
            g.actions.join(", "),
            if g.expired { ", expires: 2020-01-01" } else { ", expires: 2030-01-01" }
        ));
    }
    let inv = Inventory::parse(&inv, false, Path::new("prop.yaml")).unwrap();
    (labels, inv)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]
    #[test]
    fn engine_agrees_with_direct_evaluation(
        objs in prop::collection::vec((path_strategy(), prop::bool::weighted(0.3)), 1..25),
        grants in prop::collection::vec(grant_strategy(), 0..12),
    ) {
        let (labels, inv) = build(&objs, &grants);
        let as_of = parse_date("2026-05-01").unwrap();
        let opts = ExposureOptions::new(as_of, UriMapper::new(vec![("r".into(), "s3://lake".into())]));
        let rep = Exposure::compute(&labels, &inv, &opts).unwrap();
        // the set of objects and whether they are tables
        let mut uris: HashMap<String, bool> = HashMap::new();
        for (p, t) in &objs {
            let path: Vec<&str> = p.iter().map(|&i| NAMES[i]).collect();
            let u = format!("s3://lake/{}", path.join("/"));
            let e = uris.entry(u).or_insert(false);
            *e |= *t;
        }
        for a in &rep.agents {
            let entries = rep.reach_entries(a);
            let got: HashMap<(String, Option<String>), Vec<&str>> = entries
                .iter()
                .map(|e| ((e.resource.clone(), e.column.clone()), e.actions.clone()))
                .collect();
            for (uri, table) in &uris {
                let cols: &[&str] = if *table { &["x", "y"] } else { &[] };
                let ex = explain_with_columns(&inv, &a.id, uri, as_of, Some(cols)).unwrap();
                let whole = got.get(&(uri.clone(), None)).cloned().unwrap_or_default();
                let want = datareach::correlate::inventory::action_names(ex.effective());
                prop_assert_eq!(&whole, &want, "agent {} object {}\n{}", a.id, uri, ex.render());
                if *table {
                    for c in ["x", "y"] {
                        let ex = explain_with_columns(&inv, &a.id, &format!("{uri}#{c}"), as_of, Some(cols)).unwrap();
                        let col = got
                            .get(&(uri.clone(), Some(c.to_string())))
                            .cloned()
                            .unwrap_or_else(|| whole.clone());
                        let want = datareach::correlate::inventory::action_names(ex.effective());
                        prop_assert_eq!(&col, &want, "agent {} column {}#{}\n{}", a.id, uri, c, ex.render());
                    }
                }
            }
        }
    }
}
