//! A JSON value for classification: strings and keys borrow from the line
//! they were parsed from whenever they hold no escape, and objects are flat
//! lists of entries. Every JSON line of a table is parsed into one; with
//! `serde_json::Value` each key and string was a heap copy and each object
//! a B-tree.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::borrow::Cow;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Json<'a> {
    Null,
    Bool,
    /// An integer, by magnitude (the sign never makes a value sensitive).
    Int(u64),
    Float,
    Str(Cow<'a, str>),
    Array(Vec<Json<'a>>),
    /// Entries sorted by key; of duplicate keys only the last is kept (what
    /// `serde_json::Value`, and most JSON readers, do).
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

impl<'de> Deserialize<'de> for Json<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }

    fn visit_none<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Json<'de>, D::Error> {
        Json::deserialize(d)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Json<'de>, E> {
        Ok(Json::Bool)
    }

    fn visit_i64<E>(self, v: i64) -> Result<Json<'de>, E> {
        Ok(Json::Int(v.unsigned_abs()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Json<'de>, E> {
        Ok(Json::Int(v))
    }

    fn visit_f64<E>(self, _: f64) -> Result<Json<'de>, E> {
        Ok(Json::Float)
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Json<'de>, E> {
        Ok(Json::Str(Cow::Borrowed(v)))
    }

    fn visit_str<E>(self, v: &str) -> Result<Json<'de>, E> {
        Ok(Json::Str(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E>(self, v: String) -> Result<Json<'de>, E> {
        Ok(Json::Str(Cow::Owned(v)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json<'de>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json<'de>, A::Error> {
        let mut entries: Vec<(Cow<'de, str>, Json<'de>)> = Vec::new();
        while let Some(key) = map.next_key_seed(KeySeed)? {
            let value = map.next_value()?;
            entries.push((key, value));
        }
        // In the document's order: a record's fields are read as it writes
        // them (a name in `requester.name` before `comments[].body` greets
        // the person by one of the names).
        dedup_keys(&mut entries);
        Ok(Json::Object(entries))
    }
}

/// Of keys written more than once, the first place keeps the last value,
/// as `serde_json` keeps them (a map in insertion order): rare, so looked
/// for before anything is moved.
fn dedup_keys(entries: &mut Vec<(Cow<'_, str>, Json<'_>)>) {
    let n = entries.len();
    let repeated = if n <= 32 {
        (1..n).any(|i| entries[..i].iter().any(|(k, _)| *k == entries[i].0))
    } else {
        let mut keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_ref()).collect();
        keys.sort_unstable();
        keys.windows(2).any(|w| w[0] == w[1])
    };
    if !repeated {
        return;
    }
    let mut kept: Vec<(Cow<'_, str>, Json<'_>)> = Vec::with_capacity(n);
    for (key, value) in entries.drain(..) {
        match kept.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => kept.push((key, value)),
        }
    }
    *entries = kept;
}

/// A key, borrowed when it holds no escape.
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Cow<'de, str>, D::Error> {
        d.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object key")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The same value through `serde_json::Value`, in this module's terms.
    fn from_value(v: &serde_json::Value) -> Json<'static> {
        use serde_json::Value;
        match v {
            Value::Null => Json::Null,
            Value::Bool(_) => Json::Bool,
            Value::Number(n) => match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => Json::Int(u),
                (None, Some(i)) => Json::Int(i.unsigned_abs()),
                _ => Json::Float,
            },
            Value::String(s) => Json::Str(Cow::Owned(s.clone())),
            Value::Array(items) => Json::Array(items.iter().map(from_value).collect()),
            // In the document's order: a dev-dependency turns serde_json's
            // `preserve_order` on in test builds.
            Value::Object(map) => Json::Object(
                map.iter()
                    .map(|(k, v)| (Cow::Owned(k.clone()), from_value(v)))
                    .collect(),
            ),
        }
    }

    #[test]
    fn strings_without_escapes_are_borrowed() {
        let line = br#"{"name": "Ada", "note": "a\"b", "n": -3, "x": 1.5, "ok": true, "z": null}"#;
        let Json::Object(entries) = serde_json::from_slice::<Json>(line).unwrap() else {
            panic!("an object");
        };
        let keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_ref()).collect();
        assert_eq!(keys, ["name", "note", "n", "x", "ok", "z"]);
        assert!(entries.iter().all(|(k, _)| matches!(k, Cow::Borrowed(_))));
        assert!(matches!(&entries[0].1, Json::Str(Cow::Borrowed("Ada"))));
        assert!(matches!(&entries[1].1, Json::Str(Cow::Owned(s)) if s == "a\"b"));
        assert_eq!(entries[2].1, Json::Int(3));
        assert_eq!(entries[3].1, Json::Float);
    }

    #[test]
    fn duplicate_keys_keep_the_last_value() {
        let v: Json = serde_json::from_slice(br#"{"a": 1, "b": 2, "a": 3}"#).unwrap();
        assert_eq!(
            v,
            Json::Object(vec![
                (Cow::Borrowed("a"), Json::Int(3)),
                (Cow::Borrowed("b"), Json::Int(2)),
            ])
        );
        // Past the quadratic look-up's reach as well.
        let mut text: String = (0..40).map(|i| format!("\"k{i}\": {i}, ")).collect();
        text = format!("{{{text}\"k3\": 99}}");
        let Json::Object(entries) = serde_json::from_str::<Json>(&text).unwrap() else {
            panic!("an object");
        };
        assert_eq!(entries.len(), 40);
        assert_eq!(entries[3], (Cow::Borrowed("k3"), Json::Int(99)));
        assert_eq!(entries[39].0, "k39");
    }

    fn json_text() -> impl Strategy<Value = String> {
        let leaf = prop_oneof![
            Just("null".to_string()),
            Just("true".to_string()),
            any::<i64>().prop_map(|i| i.to_string()),
            any::<u64>().prop_map(|u| u.to_string()),
            (-1e6f64..1e6).prop_map(|f| format!("{f:.3}")),
            "[a-c\"\\\\é ]{0,6}".prop_map(|s| serde_json::to_string(&s).unwrap()),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4)
                    .prop_map(|items| format!("[{}]", items.join(","))),
                proptest::collection::vec(("[a-c\"]{0,3}", inner), 0..5).prop_map(|entries| {
                    let body: Vec<String> = entries
                        .iter()
                        .map(|(k, v)| format!("{}:{v}", serde_json::to_string(k).unwrap()))
                        .collect();
                    format!("{{{}}}", body.join(","))
                }),
            ]
        })
    }

    proptest! {
        /// Same tree (and same errors) as through `serde_json::Value`.
        #[test]
        fn prop_parses_as_serde_json_value(text in json_text()) {
            let ours = serde_json::from_str::<Json>(&text).unwrap();
            let theirs = serde_json::from_str::<serde_json::Value>(&text).unwrap();
            prop_assert_eq!(ours, from_value(&theirs));
        }

        #[test]
        fn prop_rejects_what_serde_json_rejects(text in "[\\[\\]{}:,\"a1 .-]{0,16}") {
            prop_assert_eq!(
                serde_json::from_str::<Json>(&text).is_ok(),
                serde_json::from_str::<serde_json::Value>(&text).is_ok()
            );
        }
    }
}
