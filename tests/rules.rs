//! Every built-in rule's examples: each `match` example yields the rule's
//! finding, each `no_match` example yields none from that rule.

use datareach::engine::{Candidate, Engine, EngineBuilder, Scratch};
use datareach::rules::{DocumentFormat, RuleSet};

/// A NACHA batch header record (94 characters, no routing number in it),
/// before the examples of a rule that runs only in NACHA files.
const NACHA_BATCH_HEADER: &str = "5220OSPREY HVAC LLC PAYROLL             1907085192PPDPAYROLL   250528250528   1062710840000001";

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
        // A rule that runs only in a document format has records of it as
        // examples: the format's header goes before each; as plain text
        // they must yield nothing.
        let format = rule.spec.document_format();
        let in_document = |text: &str| -> String {
            match format {
                Some(DocumentFormat::Hl7) => format!("MSH|^~\\&|EXAMPLE|HOSP\r{text}\r"),
                Some(DocumentFormat::X12) => format!("ISA*00*EXAMPLE~\n{text}\n"),
                Some(DocumentFormat::Nacha) => format!("{NACHA_BATCH_HEADER}\n{text}\n"),
                Some(DocumentFormat::Vcard) => {
                    format!("BEGIN:VCARD\r\nVERSION:4.0\r\n{text}\r\nEND:VCARD\r\n")
                }
                Some(DocumentFormat::Ical) => {
                    format!("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n{text}\r\nEND:VEVENT\r\n")
                }
                Some(DocumentFormat::Ldif) => format!(
                    "dn: uid=example,ou=People,dc=example,dc=org\nobjectClass: inetOrgPerson\n{text}\n"
                ),
                Some(DocumentFormat::Gedcom) => {
                    format!("0 HEAD\n1 GEDC\n2 VERS 5.5.1\n0 @I1@ INDI\n{text}\n")
                }
                Some(DocumentFormat::Dicom) => {
                    format!("# Dicom-Data-Set\n(0008,0020) DA [20240103]\n{text}\n(0008,0030) TM [101500]\n")
                }
                Some(DocumentFormat::Fix) => format!("8=FIX.4.4|9=100|35=D|\n{text}\n"),
                Some(DocumentFormat::Bai2) => {
                    // (Header ids no rule reads: the examples' own records are
                    // what is checked.)
                    format!("01,BANKID,CUSTID,240103,0615,89,,,2/\n02,CUSTID,BANKID,1,240103,,USD,2/\n{text}\n")
                }
                Some(DocumentFormat::Fedwire) => format!("{{1500}}30 P\n{{1510}}1000\n{{3100}}123456789BANK*\n{text}\n"),
                Some(DocumentFormat::Mt940) => format!(
                    ":20:STMT1\r\n:25:BANKDEFF/1234567890\r\n:61:2501020102C10,00NTRFNONREF\r\n{text}\r\n"
                ),
                Some(DocumentFormat::Xml) => {
                    format!("<?xml version=\"1.0\"?>\n<Document>\n{text}\n</Document>\n")
                }
                Some(other) => panic!("{}: no example header for {other:?}", rule.id()),
                None => text.to_string(),
            }
        };
        let found_by_rule = |text: &str| -> Vec<Candidate> {
            if format.is_some() {
                return engine.scan_rule_unresolved(in_document(text).as_bytes(), idx);
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
            // (A header record is an example of the rules that read it.)
            if let Some(format) = format.filter(|f| !f.is_in(text.as_bytes())) {
                if !engine.scan_rule_unresolved(text.as_bytes(), idx).is_empty() {
                    failures.push(format!(
                        "{}: only in {format:?}, yet matches {text:?} outside it",
                        rule.id()
                    ));
                }
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
