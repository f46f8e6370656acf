//! Every built-in rule's examples: each `match` example yields the rule's
//! finding, each `no_match` example yields none from that rule.

use datareach::engine::{Candidate, Engine, EngineBuilder, Scratch};
use datareach::rules::RuleSet;

#[test]
fn every_builtin_rule_has_examples_and_they_hold() {
    let engine = Engine::builtin().unwrap();
    let mut failures = Vec::new();
    for (idx, rule) in engine.rules().iter().enumerate() {
        let ex = &rule.spec.examples;
        if ex.should_match.is_empty() || ex.no_match.is_empty() {
            failures.push(format!("{}: needs match and no_match examples", rule.id()));
        }
        // A column-only rule's examples are cells of a column it names; as
        // free text they must yield nothing.
        let column = rule
            .spec
            .column_only
            .then(|| engine.column_context(&rule.spec.column_names[0]));
        // An HL7-only rule's examples are segments of a message: a header
        // goes before each; as plain text they must yield nothing.
        let hl7 = rule.spec.hl7_only;
        let in_message = |text: &str| format!("MSH|^~\\&|EXAMPLE|HOSP\r{text}\r");
        // An X12-only rule's examples are segments: an interchange header
        // goes before each; as plain text they must yield nothing.
        let x12 = rule.spec.x12_only;
        let in_interchange = |text: &str| format!("ISA*00*EXAMPLE~\n{text}\n");
        let found_by_rule = |text: &str| -> Vec<Candidate> {
            if hl7 {
                return engine.scan_rule_unresolved(in_message(text).as_bytes(), idx);
            }
            if x12 {
                return engine.scan_rule_unresolved(in_interchange(text).as_bytes(), idx);
            }
            match &column {
                Some(column) => {
                    let mut found = Vec::new();
                    engine.scan_value(text.as_bytes(), column, &mut Scratch::default(), &mut found);
                    found.retain(|c| c.rule == idx);
                    found
                }
                None => engine.scan_rule_unresolved(text.as_bytes(), idx),
            }
        };
        for text in &ex.should_match {
            if found_by_rule(text).is_empty() {
                failures.push(format!("{}: should match {text:?}", rule.id()));
            }
            if column.is_some() && !engine.scan_rule_unresolved(text.as_bytes(), idx).is_empty() {
                failures.push(format!(
                    "{}: column-only, yet matches {text:?} as free text",
                    rule.id()
                ));
            }
            if hl7 && !engine.scan_rule_unresolved(text.as_bytes(), idx).is_empty() {
                failures.push(format!(
                    "{}: HL7-only, yet matches {text:?} outside a message",
                    rule.id()
                ));
            }
            if x12 && !engine.scan_rule_unresolved(text.as_bytes(), idx).is_empty() {
                failures.push(format!(
                    "{}: X12-only, yet matches {text:?} outside an interchange",
                    rule.id()
                ));
            }
        }
        for text in &ex.no_match {
            let found = found_by_rule(text);
            if !found.is_empty() {
                failures.push(format!(
                    "{}: should not match {text:?} (found {found:?})",
                    rule.id()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "rule example failures:\n{}",
        failures.join("\n")
    );
}

#[test]
fn every_builtin_type_has_a_rule() {
    let set = RuleSet::builtin().unwrap();
    for (t, _) in datareach::BUILTIN_TYPES {
        assert!(
            set.rules.iter().any(|r| r.data_type == *t),
            "no rule for {t}"
        );
    }
    assert!(EngineBuilder::new(set).min_confidence(1.5).build().is_err());
}
