//! Core vocabulary shared by the scanner and the correlator: categories of
//! regulated data and the built-in data type names.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The regulatory family a data type belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Category {
    /// Personally identifiable information.
    #[serde(rename = "PII")]
    Pii,
    /// Protected health information.
    #[serde(rename = "PHI")]
    Phi,
    /// Financial account and payment data.
    #[serde(rename = "FINANCIAL")]
    Financial,
}

impl Category {
    /// The name used in every output file (`PII`, `PHI`, `FINANCIAL`).
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Pii => "PII",
            Category::Phi => "PHI",
            Category::Financial => "FINANCIAL",
        }
    }

    /// Parses an output name back (case-insensitive).
    pub fn parse(s: &str) -> Option<Category> {
        match s.to_ascii_uppercase().as_str() {
            "PII" => Some(Category::Pii),
            "PHI" => Some(Category::Phi),
            "FINANCIAL" => Some(Category::Financial),
            _ => None,
        }
    }

    /// All categories, in output order.
    pub const ALL: [Category; 3] = [Category::Pii, Category::Phi, Category::Financial];
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The built-in data types and their categories. User rules may add more types;
/// these names are part of the output contract and never change.
pub const BUILTIN_TYPES: &[(&str, Category)] = &[
    ("EMAIL_ADDRESS", Category::Pii),
    ("PHONE_NUMBER", Category::Pii),
    ("US_SSN", Category::Pii),
    ("US_ITIN", Category::Pii),
    ("PERSON_NAME", Category::Pii),
    ("STREET_ADDRESS", Category::Pii),
    ("DATE_OF_BIRTH", Category::Pii),
    ("IP_ADDRESS", Category::Pii),
    ("US_PASSPORT", Category::Pii),
    ("US_DRIVERS_LICENSE", Category::Pii),
    ("US_NPI", Category::Phi),
    ("US_DEA_NUMBER", Category::Phi),
    ("US_MBI", Category::Phi),
    ("MEDICAL_RECORD_NUMBER", Category::Phi),
    ("ICD10_CODE", Category::Phi),
    ("UK_NHS_NUMBER", Category::Phi),
    ("CREDIT_CARD_NUMBER", Category::Financial),
    ("IBAN_CODE", Category::Financial),
    ("US_BANK_ROUTING_NUMBER", Category::Financial),
    ("US_BANK_ACCOUNT_NUMBER", Category::Financial),
    ("SWIFT_BIC_CODE", Category::Financial),
    ("US_EIN", Category::Financial),
];

/// The category of a built-in type, if `name` is one.
pub fn builtin_category(name: &str) -> Option<Category> {
    BUILTIN_TYPES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, c)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_round_trips_through_its_name() {
        for c in Category::ALL {
            assert_eq!(Category::parse(c.as_str()), Some(c));
            assert_eq!(serde_json::to_string(&c).unwrap(), format!("\"{c}\""));
        }
        assert_eq!(Category::parse("phi"), Some(Category::Phi));
        assert_eq!(Category::parse("PCI"), None);
    }

    #[test]
    fn builtin_types_are_unique() {
        let mut names: Vec<_> = BUILTIN_TYPES.iter().map(|(n, _)| *n).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), BUILTIN_TYPES.len());
        assert_eq!(builtin_category("US_NPI"), Some(Category::Phi));
        assert_eq!(builtin_category("NOPE"), None);
    }
}
