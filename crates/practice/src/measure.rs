//! Standard outcome measures: PHQ-9 and GAD-7 item answers, validated and scored.

use crate::{RuleError, Timestamp};

crate::tagged_enum! {
    /// A standardised questionnaire.
    Instrument {
        /// Patient Health Questionnaire, nine items (depression).
        Phq9 = "phq-9",
        /// Generalised Anxiety Disorder scale, seven items.
        Gad7 = "gad-7",
    }
}

impl Instrument {
    /// Number of items.
    pub fn items(self) -> usize {
        match self {
            Instrument::Phq9 => 9,
            Instrument::Gad7 => 7,
        }
    }

    /// The severity band of a total score, by the published cut-offs.
    pub fn severity(self, total: u32) -> &'static str {
        let bands: &[(u32, &str)] = match self {
            Instrument::Phq9 => {
                &[(4, "minimal"), (9, "mild"), (14, "moderate"), (19, "moderately severe"), (27, "severe")]
            }
            Instrument::Gad7 => &[(4, "minimal"), (9, "mild"), (14, "moderate"), (21, "severe")],
        };
        bands.iter().find(|(max, _)| total <= *max).map_or("out of range", |(_, name)| name)
    }
}

/// One completed questionnaire: every item answered 0–3.
#[derive(Clone, PartialEq, Eq)]
pub struct MeasureResponse {
    /// Which questionnaire.
    pub instrument: Instrument,
    /// When it was completed.
    pub taken_at: Timestamp,
    /// Item answers, in item order.
    pub answers: Vec<u8>,
}

impl MeasureResponse {
    /// Validates the answers: the instrument's number of items, each 0 to 3.
    pub fn new(instrument: Instrument, taken_at: Timestamp, answers: Vec<u8>) -> Result<MeasureResponse, RuleError> {
        if answers.len() != instrument.items() {
            return Err(RuleError::new(
                "answers",
                format!("{instrument} has {} items, got {}", instrument.items(), answers.len()),
            ));
        }
        if let Some(i) = answers.iter().position(|a| *a > 3) {
            return Err(RuleError::new(format!("answers[{i}]"), format!("{} is not an answer 0-3", answers[i])));
        }
        Ok(MeasureResponse { instrument, taken_at, answers })
    }

    /// The total score.
    pub fn total(&self) -> u32 {
        self.answers.iter().map(|a| u32::from(*a)).sum()
    }
}

// The answers are clinical (PHQ-9 item 9 asks about self-harm).
crate::redacted_debug!(MeasureResponse { instrument, taken_at; answers });

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_checked_and_scored() {
        let phq = MeasureResponse::new(Instrument::Phq9, 0, vec![1, 2, 3, 0, 1, 2, 3, 0, 1]).unwrap();
        assert_eq!((phq.total(), Instrument::Phq9.severity(phq.total())), (13, "moderate"));
        assert_eq!(MeasureResponse::new(Instrument::Gad7, 0, vec![0; 9]).unwrap_err().field, "answers");
        assert_eq!(
            MeasureResponse::new(Instrument::Gad7, 0, vec![0, 0, 4, 0, 0, 0, 0]).unwrap_err().field,
            "answers[2]"
        );
        assert_eq!(Instrument::Gad7.severity(21), "severe");
    }
}
