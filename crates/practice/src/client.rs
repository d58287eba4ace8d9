//! A client's identifying profile: exactly the caseload fields the disclosure guard reads.

use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::RuleError;

/// Everything that could identify a client. Optional fields are empty strings when
/// unknown, so an import column maps to a field one to one.
#[derive(Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct ClientProfile {
    /// Given (first) name.
    #[serde(default)]
    pub given_name: String,
    /// Family name.
    #[serde(default)]
    pub family_name: String,
    /// The name the client goes by, or a nickname.
    #[serde(default)]
    pub preferred_name: String,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub date_of_birth: String,
    /// Phone number, any common format.
    #[serde(default)]
    pub phone: String,
    /// E-mail address.
    #[serde(default)]
    pub email: String,
    /// House number and street.
    #[serde(default)]
    pub street: String,
    /// City or town.
    #[serde(default)]
    pub city: String,
    /// Postal code.
    #[serde(default)]
    pub postcode: String,
    /// Employer's name.
    #[serde(default)]
    pub employer: String,
    /// Occupation.
    #[serde(default)]
    pub occupation: String,
    /// School or college.
    #[serde(default)]
    pub school: String,
    /// Relatives and emergency contacts.
    #[serde(default)]
    pub relatives: Vec<Relative>,
    /// Distinctive facts that could identify the client in combination.
    #[serde(default)]
    pub distinctive: Vec<String>,
}

/// A relative or contact of a client.
#[derive(Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct Relative {
    /// Their name.
    pub name: String,
    /// How they are related ("mother", "emergency contact").
    pub relation: String,
    /// How to reach them, if recorded.
    #[serde(default)]
    pub phone: String,
}

impl ClientProfile {
    /// The single-valued text fields by their import column names, in import order.
    pub const FIELDS: [&'static str; 12] = [
        "given_name",
        "family_name",
        "preferred_name",
        "date_of_birth",
        "phone",
        "email",
        "street",
        "city",
        "postcode",
        "employer",
        "occupation",
        "school",
    ];

    /// The field called `name` (one of [`ClientProfile::FIELDS`]).
    pub fn field_mut(&mut self, name: &str) -> Option<&mut String> {
        Some(match name {
            "given_name" => &mut self.given_name,
            "family_name" => &mut self.family_name,
            "preferred_name" => &mut self.preferred_name,
            "date_of_birth" => &mut self.date_of_birth,
            "phone" => &mut self.phone,
            "email" => &mut self.email,
            "street" => &mut self.street,
            "city" => &mut self.city,
            "postcode" => &mut self.postcode,
            "employer" => &mut self.employer,
            "occupation" => &mut self.occupation,
            "school" => &mut self.school,
            _ => return None,
        })
    }

    /// Checks what a profile must satisfy: a name, and a real date of birth if any.
    pub fn validate(&self) -> Result<(), RuleError> {
        if self.given_name.trim().is_empty() && self.family_name.trim().is_empty() {
            return Err(RuleError::new("given_name", "a client needs a given or a family name"));
        }
        if !self.date_of_birth.is_empty() && !is_iso_date(&self.date_of_birth) {
            // The value is not repeated: errors end up in terminals and logs.
            return Err(RuleError::new("date_of_birth", "is not a YYYY-MM-DD date"));
        }
        if !self.email.is_empty() && !self.email.contains('@') {
            return Err(RuleError::new("email", "an e-mail address needs an @"));
        }
        if !self.phone.is_empty() && self.phone.chars().filter(char::is_ascii_digit).count() < 5 {
            return Err(RuleError::new("phone", "a phone number needs at least five digits"));
        }
        Ok(())
    }
}

/// `YYYY-MM-DD` with a month and day that exist (leap years included).
pub(crate) fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|t| t.parse::<u32>().ok());
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else { return false };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

crate::redacted_debug!(ClientProfile { ; given_name, family_name, preferred_name, date_of_birth, phone, email,
    street, city, postcode, employer, occupation, school, relatives, distinctive });
crate::redacted_debug!(Relative { ; name, relation, phone });

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_exist() {
        for (date, ok) in [("2000-02-29", true), ("1900-02-29", false), ("1990-13-01", false), ("1990-1-01", false)] {
            assert_eq!(is_iso_date(date), ok, "{date}");
        }
    }

    #[test]
    fn validation_names_the_field() {
        let mut p = ClientProfile::default();
        p.given_name = "Ann".into();
        assert_eq!(p.validate(), Ok(()));
        p.date_of_birth = "31/12/1990".into();
        assert_eq!(p.validate().unwrap_err().field, "date_of_birth");
        p.date_of_birth.clear();
        p.email = "ann.example.org".into();
        assert_eq!(p.validate().unwrap_err().field, "email");
        let nameless = ClientProfile::default();
        assert_eq!(nameless.validate().unwrap_err().field, "given_name");
    }

    #[test]
    fn every_field_is_addressable_by_name() {
        let mut p = ClientProfile::default();
        for f in ClientProfile::FIELDS {
            *p.field_mut(f).unwrap() = f.to_uppercase();
        }
        assert_eq!(p.school, "SCHOOL");
        assert!(p.field_mut("emial").is_none());
    }
}
