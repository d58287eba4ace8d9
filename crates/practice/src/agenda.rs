//! A session's agenda, assembled from the client's chart: the open incidents whose next
//! session this is, homework due for review, measures due, unsigned notes, and consents
//! missing. A group session's agenda never carries an individual's incident or
//! anything else from one member's chart.

use crate::chart::{required_consents, review_due};
use crate::incident::{next_session, SessionFacts};
use crate::{ConsentKind, HomeworkStatus, Instrument, SessionKind, Timestamp};

/// How often PHQ-9 and GAD-7 are repeated.
pub const MEASURE_INTERVAL: Timestamp = 28 * 24 * 3600;

/// What the agenda reads from a client's chart (ids as strings; no clinical text).
#[derive(Debug, Clone, Default)]
pub struct ChartFacts {
    /// The client.
    pub client: String,
    /// Their sessions (all of them: the next-session rule needs the whole list).
    pub sessions: Vec<SessionFacts>,
    /// `(incident id, open?)`.
    pub incidents: Vec<(String, bool)>,
    /// `(homework id, due date YYYY-MM-DD, status)`.
    pub homework: Vec<(String, String, HomeworkStatus)>,
    /// `(instrument, taken at)`.
    pub measures: Vec<(Instrument, Timestamp)>,
    /// Ids of notes still in draft.
    pub draft_notes: Vec<String>,
    /// Consents in force.
    pub consents: Vec<ConsentKind>,
    /// Whether the client is seen by video (a telehealth consent is then required).
    pub telehealth: bool,
}

/// One session's agenda.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Agenda {
    /// Incidents to talk through with the client.
    pub incidents: Vec<String>,
    /// Homework to review.
    pub homework: Vec<String>,
    /// Measures to take.
    pub measures: Vec<Instrument>,
    /// Notes to finish and sign.
    pub unsigned_notes: Vec<String>,
    /// Consents to obtain.
    pub consents_missing: Vec<ConsentKind>,
}

impl Agenda {
    /// Whether there is nothing on it.
    pub fn is_empty(&self) -> bool {
        *self == Agenda::default()
    }
}

/// The agenda of `session` (one of the client's) as of `now`; `session_date` is its
/// local date, `YYYY-MM-DD`, against which homework due dates are compared.
pub fn agenda(session: &SessionFacts, session_date: &str, chart: &ChartFacts, now: Timestamp) -> Agenda {
    if session.kind == SessionKind::Group || session.client.as_deref() != Some(chart.client.as_str()) {
        return Agenda::default();
    }
    let is_next = next_session(&chart.sessions, &chart.client, now).is_some_and(|s| s.id == session.id);
    let incidents = if is_next {
        chart.incidents.iter().filter(|(_, open)| *open).map(|(id, _)| id.clone()).collect()
    } else {
        Vec::new()
    };
    let homework = chart
        .homework
        .iter()
        .filter(|(_, due, status)| review_due(*status, due, session_date))
        .map(|(id, _, _)| id.clone())
        .collect();
    let measures = [Instrument::Phq9, Instrument::Gad7]
        .into_iter()
        .filter(|i| {
            let last = chart.measures.iter().filter(|(m, _)| m == i).map(|(_, at)| *at).max();
            last.is_none_or(|at| session.starts_at - at >= MEASURE_INTERVAL)
        })
        .collect();
    let consents_missing =
        required_consents(chart.telehealth).into_iter().filter(|k| !chart.consents.contains(k)).collect();
    Agenda { incidents, homework, measures, unsigned_notes: chart.draft_notes.clone(), consents_missing }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::SessionStatus;

    const DAY: Timestamp = 86_400;
    const NOW: Timestamp = 1_800_000_000;

    fn session(id: &str, kind: SessionKind, client: Option<&str>, starts_at: Timestamp) -> SessionFacts {
        SessionFacts {
            id: id.into(),
            kind,
            client: client.map(Into::into),
            starts_at,
            status: SessionStatus::Scheduled,
        }
    }

    fn chart() -> ChartFacts {
        ChartFacts {
            client: "ann".into(),
            sessions: vec![
                session("next", SessionKind::Individual, Some("ann"), NOW + DAY),
                session("after", SessionKind::Individual, Some("ann"), NOW + 8 * DAY),
            ],
            incidents: vec![("open".into(), true), ("closed".into(), false)],
            homework: vec![
                ("due".into(), "2027-01-14".into(), HomeworkStatus::Assigned),
                ("later".into(), "2027-02-01".into(), HomeworkStatus::Assigned),
                ("done".into(), "2027-01-01".into(), HomeworkStatus::Done),
            ],
            measures: vec![(Instrument::Phq9, NOW - 3 * DAY), (Instrument::Gad7, NOW - 40 * DAY)],
            draft_notes: vec!["draft".into()],
            consents: vec![ConsentKind::Treatment],
            telehealth: true,
        }
    }

    #[test]
    fn the_next_session_carries_everything_due() {
        let c = chart();
        let a = agenda(&c.sessions[0], "2027-01-15", &c, NOW);
        assert_eq!(a.incidents, ["open"]);
        assert_eq!(a.homework, ["due"]);
        assert_eq!(a.measures, [Instrument::Gad7]);
        assert_eq!(a.unsigned_notes, ["draft"]);
        assert_eq!(a.consents_missing, [ConsentKind::LimitsOfConfidentiality, ConsentKind::Telehealth]);
    }

    #[test]
    fn an_incident_is_on_the_next_session_only() {
        let c = chart();
        let a = agenda(&c.sessions[1], "2027-01-22", &c, NOW);
        assert!(a.incidents.is_empty(), "the session after the next does not carry it");
        // Once the first has passed (held, say), the incident moves on to the second.
        let mut moved = chart();
        moved.sessions[0].status = SessionStatus::Held;
        assert_eq!(agenda(&moved.sessions[1], "2027-01-22", &moved, NOW + 2 * DAY).incidents, ["open"]);
    }

    #[test]
    fn a_group_session_never_shows_an_individuals_items() {
        let c = chart();
        let group = session("group", SessionKind::Group, None, NOW + DAY / 2);
        assert!(agenda(&group, "2027-01-15", &c, NOW).is_empty());
        let someone_elses = session("bob", SessionKind::Individual, Some("bob"), NOW + DAY);
        assert!(agenda(&someone_elses, "2027-01-15", &c, NOW).is_empty());
    }

    #[test]
    fn measures_fall_due_four_weeks_after_the_last() {
        let mut c = chart();
        c.measures = vec![(Instrument::Phq9, NOW + DAY - MEASURE_INTERVAL + 1)];
        let a = agenda(&c.sessions[0], "2027-01-15", &c, NOW);
        assert_eq!(a.measures, [Instrument::Gad7], "PHQ-9 was taken less than four weeks before; GAD-7 never");
    }
}
