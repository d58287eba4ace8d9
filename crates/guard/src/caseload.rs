//! The caseload: the practitioner's clients and everything about them that could
//! identify them, in the JSON interchange format of `shared/bench/dev/caseload.json`.
//!
//! Parsing reports the exact place of a problem (`clients[3].date_of_birth`, line and
//! column) and validation rejects what would make the index lie: duplicate or empty ids,
//! empty names, dates of birth that are not dates.

use serde::{Deserialize, Serialize};

use crate::Error;

/// A practitioner's clients.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Caseload {
    /// The clients, in the order given.
    pub clients: Vec<Client>,
    /// The day a text's "Frank (21)" is counted at, `YYYY-MM-DD`: a client's age is
    /// their age on it. Today when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_date: Option<String>,
}

/// One client and the facts about them that could identify them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Client {
    /// A stable identifier, unique in the caseload.
    pub id: String,
    /// Given (first) name; may hold several words ("Li Na").
    pub given_name: String,
    /// Family name.
    pub family_name: String,
    /// The full name as usually written, when it is not "given family".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// The name the client goes by ("Chuck" for Charles).
    #[serde(default)]
    pub preferred_name: Option<String>,
    /// Date of birth, `YYYY-MM-DD`.
    #[serde(default)]
    pub date_of_birth: Option<String>,
    /// Phone number in any common format.
    #[serde(default)]
    pub phone: Option<String>,
    /// E-mail address.
    #[serde(default)]
    pub email: Option<String>,
    /// Home address.
    #[serde(default)]
    pub address: Option<Address>,
    /// Employer's name.
    #[serde(default)]
    pub employer: Option<String>,
    /// Occupation ("paralegal"); identifying only together with the city.
    #[serde(default)]
    pub occupation: Option<String>,
    /// School or college attended.
    #[serde(default)]
    pub school: Option<String>,
    /// Named relatives.
    #[serde(default)]
    pub relatives: Vec<Relative>,
    /// Distinctive facts ("painted the giant mural on Walnut Court").
    #[serde(default)]
    pub distinctive: Vec<String>,
}

/// A postal address.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Address {
    /// House number and street ("5127 Maple Street").
    #[serde(default)]
    pub street: Option<String>,
    /// City or town.
    #[serde(default)]
    pub city: Option<String>,
    /// Postal code.
    #[serde(default)]
    pub postcode: Option<String>,
}

/// A named relative of a client.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relative {
    /// The relative's name, usually "Given Family".
    pub name: String,
    /// How they are related ("wife", "son", "mother").
    pub relation: String,
}

impl Client {
    /// The full name as written: `full_name` if given, else "given family".
    pub fn display_name(&self) -> String {
        match &self.full_name {
            Some(f) if !f.trim().is_empty() => f.clone(),
            _ => format!("{} {}", self.given_name, self.family_name),
        }
    }
}

impl Caseload {
    /// Parses a caseload from JSON text; `source` names it in errors (a file path).
    pub fn from_json(source: &str, json: &str) -> Result<Caseload, Error> {
        let de = &mut serde_json::Deserializer::from_str(json);
        let caseload: Caseload = serde_path_to_error::deserialize(de).map_err(|e| {
            let inner = e.inner();
            Error::Caseload {
                source_name: source.to_owned(),
                line: inner.line(),
                column: inner.column(),
                field: e.path().to_string(),
                message: strip_position(&inner.to_string()),
            }
        })?;
        caseload.validate(source)?;
        Ok(caseload)
    }

    /// Checks what the schema cannot: unique non-empty ids, names present, valid dates.
    pub fn validate(&self, source: &str) -> Result<(), Error> {
        if let Some(date) = &self.reference_date {
            if crate::recognize::parse_iso_date(date).is_none() {
                return Err(Error::Caseload {
                    source_name: source.to_owned(),
                    line: 0,
                    column: 0,
                    field: "reference_date".into(),
                    message: format!("{date:?} is not a YYYY-MM-DD date"),
                });
            }
        }
        let mut seen = ahash::AHashSet::new();
        for (i, c) in self.clients.iter().enumerate() {
            let bad = |field: &str, message: String| Error::Caseload {
                source_name: source.to_owned(),
                line: 0,
                column: 0,
                field: format!("clients[{i}].{field}"),
                message,
            };
            if c.id.trim().is_empty() {
                return Err(bad("id", "is empty".into()));
            }
            if !seen.insert(c.id.as_str()) {
                return Err(bad("id", format!("duplicate client id {:?}", c.id)));
            }
            if c.given_name.trim().is_empty() && c.family_name.trim().is_empty() {
                return Err(bad("given_name", "client has neither a given nor a family name".into()));
            }
            if let Some(dob) = &c.date_of_birth {
                if crate::recognize::parse_iso_date(dob).is_none() {
                    return Err(bad("date_of_birth", format!("{dob:?} is not a YYYY-MM-DD date")));
                }
            }
        }
        Ok(())
    }
}

/// serde_json appends " at line L column C" to its messages; we report those separately.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_owned(),
        None => msg.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_field_and_line() {
        let json = "{\"clients\": [\n {\"id\": \"c1\", \"given_name\": \"A\", \"family_name\": \"B\"},\n {\"id\": \"c2\", \"given_name\": \"C\", \"family_name\": \"D\", \"phone\": 5}\n]}";
        let err = Caseload::from_json("x.json", json).unwrap_err().to_string();
        assert!(err.contains("x.json:3:"), "{err}");
        assert!(err.contains("clients[1].phone"), "{err}");
    }

    #[test]
    fn unknown_fields_are_rejected_by_name() {
        let json = r#"{"clients": [{"id": "c1", "given_name": "A", "family_name": "B", "emial": "x"}]}"#;
        let err = Caseload::from_json("x.json", json).unwrap_err().to_string();
        assert!(err.contains("emial"), "{err}");
    }

    #[test]
    fn duplicate_ids_and_bad_dates_are_rejected() {
        let dup = r#"{"clients": [{"id": "c1", "given_name": "A", "family_name": "B"},
                                   {"id": "c1", "given_name": "C", "family_name": "D"}]}"#;
        let err = Caseload::from_json("x.json", dup).unwrap_err().to_string();
        assert!(err.contains("clients[1].id") && err.contains("duplicate"), "{err}");
        let date =
            r#"{"clients": [{"id": "c1", "given_name": "A", "family_name": "B", "date_of_birth": "1990-13-01"}]}"#;
        let err = Caseload::from_json("x.json", date).unwrap_err().to_string();
        assert!(err.contains("clients[0].date_of_birth"), "{err}");
        let reference = r#"{"reference_date": "2025-02-30", "clients": []}"#;
        let err = Caseload::from_json("x.json", reference).unwrap_err().to_string();
        assert!(err.contains("reference_date") && err.contains("2025-02-30"), "{err}");
    }
}
