//! Mandated disclosures: the separate, explicit path for the few cases where the law
//! requires a therapist to disclose (imminent danger, suspected abuse of a child or a
//! vulnerable adult, a court order). A disclosure record states the legal basis from a
//! fixed list, the justification, the recipient, the minimum information disclosed and
//! whether the client was informed (or why not); it is final only once a supervisor
//! other than its author has co-signed it. It never starts from an incident by
//! default: converting one takes an explicit choice and a reason of its own.

use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::{RuleError, Timestamp};

crate::tagged_enum! {
    /// The legal ground for disclosing without consent.
    LegalBasis {
        /// Imminent danger to the client's own life or safety.
        DangerToSelf = "danger-to-self",
        /// Imminent danger to another person.
        DangerToOthers = "danger-to-others",
        /// Suspected abuse or neglect of a child.
        ChildAbuse = "child-abuse",
        /// Suspected abuse or neglect of a vulnerable adult.
        VulnerableAdultAbuse = "vulnerable-adult-abuse",
        /// A court order or subpoena signed by a judge.
        CourtOrder = "court-order",
    }
}

impl LegalBasis {
    /// How the basis reads on a form.
    pub fn label(self) -> &'static str {
        match self {
            LegalBasis::DangerToSelf => "Imminent danger to self",
            LegalBasis::DangerToOthers => "Imminent danger to others",
            LegalBasis::ChildAbuse => "Suspected abuse or neglect of a child",
            LegalBasis::VulnerableAdultAbuse => "Suspected abuse or neglect of a vulnerable adult",
            LegalBasis::CourtOrder => "Court order",
        }
    }
}

crate::tagged_enum! {
    /// Whether the client was told of the disclosure.
    ClientInformed {
        /// Told before or at the time of disclosure.
        Before = "before",
        /// Told afterwards.
        After = "after",
        /// Not told (the reason is required: it would put someone at risk, say).
        Not = "not",
    }
}

/// A mandated disclosure about one client (sealed under their key).
#[derive(Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct Disclosure {
    /// The legal ground.
    pub basis: LegalBasis,
    /// Why the ground applies here.
    pub justification: String,
    /// To whom (agency, officer, court).
    pub recipient: String,
    /// Exactly what was (or will be) disclosed: the minimum necessary.
    pub information: String,
    /// Whether the client was informed.
    pub informed: ClientInformed,
    /// When they were informed, if they were.
    pub informed_at: Option<Timestamp>,
    /// Why they were not informed (or not yet).
    pub not_informed_reason: String,
    /// The incident it was converted from, with the reason for converting it.
    pub from_incident: Option<Conversion>,
    /// Who drafted it (a user id).
    pub drafted_by: String,
    /// The supervisor's co-signature, which makes it final.
    pub cosigned: Option<Cosignature>,
}

/// An incident turned into a disclosure: by explicit choice, with its own reason.
#[derive(Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct Conversion {
    /// The incident (an id).
    pub incident: String,
    /// Why a matter for the client's next session became one for disclosure.
    pub reason: String,
}

/// A supervisor's co-signature.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct Cosignature {
    /// The supervisor (a user id).
    pub by: String,
    /// When.
    pub at: Timestamp,
}

impl Disclosure {
    /// Checks a draft: every statement present; a reason when the client was not told;
    /// a reason for converting an incident.
    pub fn validate(&self) -> Result<(), RuleError> {
        for (field, value) in
            [("justification", &self.justification), ("recipient", &self.recipient), ("information", &self.information)]
        {
            if value.trim().is_empty() {
                return Err(RuleError::new(field, "is required for a mandated disclosure"));
            }
        }
        match self.informed {
            ClientInformed::Not if self.not_informed_reason.trim().is_empty() => {
                return Err(RuleError::new("not_informed_reason", "say why the client was not informed"))
            }
            ClientInformed::Before | ClientInformed::After if self.informed_at.is_none() => {
                return Err(RuleError::new("informed_at", "say when the client was informed"))
            }
            _ => {}
        }
        if let Some(c) = &self.from_incident {
            if c.reason.trim().is_empty() {
                return Err(RuleError::new("conversion_reason", "converting an incident needs its own justification"));
            }
        }
        if self.drafted_by.is_empty() {
            return Err(RuleError::new("drafted_by", "is missing"));
        }
        Ok(())
    }

    /// Whether it is final (co-signed).
    pub fn is_final(&self) -> bool {
        self.cosigned.is_some()
    }

    /// Co-signs as `supervisor`: only a supervisor, never the author, and only once.
    pub fn cosign(&mut self, supervisor: &str, is_supervisor: bool, at: Timestamp) -> Result<(), RuleError> {
        if self.is_final() {
            return Err(RuleError::new("disclosure", "is already co-signed"));
        }
        if !is_supervisor {
            return Err(RuleError::new("cosigner", "only a supervisor co-signs a disclosure"));
        }
        if supervisor == self.drafted_by {
            return Err(RuleError::new("cosigner", "the author cannot co-sign their own disclosure"));
        }
        self.validate()?;
        self.cosigned = Some(Cosignature { by: supervisor.to_owned(), at });
        Ok(())
    }
}

crate::redacted_debug!(Disclosure { basis, informed, informed_at, drafted_by, cosigned;
    justification, recipient, information, not_informed_reason, from_incident });
crate::redacted_debug!(Conversion { incident; reason });

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> Disclosure {
        let mut d = Disclosure::default();
        d.basis = LegalBasis::DangerToOthers;
        d.justification = "Stated a specific plan against a named person.".into();
        d.recipient = "Duty officer, county police".into();
        d.information = "Name, the threat as stated, the person named.".into();
        d.informed = ClientInformed::Before;
        d.informed_at = Some(100);
        d.drafted_by = "dana".into();
        d
    }

    #[test]
    fn a_draft_states_everything_the_law_asks() {
        assert_eq!(draft().validate(), Ok(()));
        for field in ["justification", "recipient", "information"] {
            let mut d = draft();
            match field {
                "justification" => d.justification.clear(),
                "recipient" => d.recipient = " ".into(),
                _ => d.information.clear(),
            }
            assert_eq!(d.validate().unwrap_err().field, field);
        }
        let mut d = draft();
        d.informed = ClientInformed::Not;
        assert_eq!(d.validate().unwrap_err().field, "not_informed_reason");
        d.not_informed_reason = "Telling them now would endanger the person named.".into();
        assert_eq!(d.validate(), Ok(()));
        let mut d = draft();
        d.informed_at = None;
        assert_eq!(d.validate().unwrap_err().field, "informed_at");
    }

    #[test]
    fn an_incident_becomes_a_disclosure_only_with_its_own_reason() {
        let mut d = draft();
        let mut conversion = Conversion::default();
        conversion.incident = "inc-1".into();
        d.from_incident = Some(conversion.clone());
        assert_eq!(d.validate().unwrap_err().field, "conversion_reason");
        conversion.reason = "The client disclosed ongoing harm to a child while discussing it.".into();
        d.from_incident = Some(conversion);
        assert_eq!(d.validate(), Ok(()));
    }

    #[test]
    fn only_another_supervisor_makes_it_final_and_only_once() {
        let mut d = draft();
        assert!(!d.is_final());
        assert_eq!(d.cosign("sam", false, 200).unwrap_err().field, "cosigner");
        assert_eq!(d.cosign("dana", true, 200).unwrap_err().field, "cosigner");
        d.cosign("noor", true, 200).unwrap();
        assert!(d.is_final());
        assert_eq!(d.cosigned, Some(Cosignature { by: "noor".into(), at: 200 }));
        assert_eq!(d.cosign("noor", true, 201).unwrap_err().field, "disclosure");
    }

    #[test]
    fn an_incomplete_draft_cannot_be_cosigned() {
        let mut d = draft();
        d.information.clear();
        assert_eq!(d.cosign("noor", true, 200).unwrap_err().field, "information");
        assert!(!d.is_final());
    }
}
