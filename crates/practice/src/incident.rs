//! The incident protocol: a suspected confidentiality violation is recorded for each
//! client it concerns and placed on the agenda of **the next scheduled individual
//! session with that client**, to be talked through with them — never sent to an
//! authority, never shared with other clients, never put to a group. In that session
//! the therapist records the client's account and what was agreed, then closes the
//! incident or carries it to the following session.
//!
//! One event can concern several clients (in a group: the member whose words may have
//! been repeated, and the member suspected of repeating them). Each client gets their
//! own record, sealed under their own key, with their own description: what is raised
//! with one client must not carry another client's confidences into their chart. The
//! records share a plain `link` so the therapist sees them together.

use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::{RuleError, SessionKind, SessionStatus, Timestamp};

crate::tagged_enum! {
    /// How the concern came to light.
    IncidentSource {
        /// The client told the therapist.
        ClientReport = "client-report",
        /// Another client told the therapist.
        OtherClient = "other-client",
        /// The therapist saw or heard it (in a group, say).
        Observed = "observed",
        /// Someone outside the practice.
        ThirdParty = "third-party",
        /// Found online (a post, a message).
        Online = "online",
    }
}

crate::tagged_enum! {
    /// How a client is concerned.
    Involvement {
        /// Their information may have been shared.
        Affected = "affected",
        /// They are suspected of sharing another's information.
        SuspectedOfSharing = "suspected-of-sharing",
        /// Otherwise concerned (a witness, say).
        Concerned = "concerned",
    }
}

/// A suspected confidentiality violation as it concerns one client.
#[derive(Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct Incident {
    /// When it happened (or was noticed).
    pub occurred_at: Timestamp,
    /// What is known, as it is to be raised with this client.
    pub description: String,
    /// How it came to light.
    #[serde(default)]
    pub source: IncidentSource,
    /// How this client is concerned.
    #[serde(default)]
    pub involvement: Involvement,
    /// The group it happened in, if any (a group id).
    #[serde(default)]
    pub group: Option<String>,
    /// Shared by the records of one event (a random id; no client data).
    #[serde(default)]
    pub link: String,
    /// The sessions in which it was talked through, oldest first.
    #[serde(default)]
    pub discussions: Vec<Discussion>,
}

/// One session's conversation about an incident.
#[derive(Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct Discussion {
    /// The session (an id).
    pub session: String,
    /// When it was recorded.
    pub at: Timestamp,
    /// The client's own account.
    pub client_account: String,
    /// What was agreed (e.g. revisit the group agreement).
    pub agreed_steps: String,
    /// Whether this closed the incident (otherwise it is carried to the next session).
    pub closes: bool,
}

impl Incident {
    /// A new record of what is known, for one client.
    pub fn new(
        occurred_at: Timestamp,
        description: &str,
        source: IncidentSource,
        involvement: Involvement,
    ) -> Incident {
        let mut incident = Incident::default();
        incident.occurred_at = occurred_at;
        incident.description = description.to_owned();
        incident.source = source;
        incident.involvement = involvement;
        incident
    }

    /// Checks what a new record needs: a description and a time.
    pub fn validate(&self) -> Result<(), RuleError> {
        if self.description.trim().is_empty() {
            return Err(RuleError::new("description", "say what is known, as you will raise it with the client"));
        }
        if self.occurred_at <= 0 {
            return Err(RuleError::new("occurred_at", "when did it happen (or when was it noticed)?"));
        }
        Ok(())
    }

    /// Whether it still waits to be talked through (or followed up).
    pub fn is_open(&self) -> bool {
        !self.discussions.last().is_some_and(|d| d.closes)
    }

    /// Records the conversation in `session` (one of the client's own individual
    /// sessions): the client's account is required; it closes the incident or carries
    /// it to the next session.
    pub fn discuss(&mut self, session: &SessionFacts, discussion: Discussion) -> Result<(), RuleError> {
        if !self.is_open() {
            return Err(RuleError::new("incident", "is closed"));
        }
        if session.kind != SessionKind::Individual {
            return Err(RuleError::new("session", "an incident is discussed with the client alone, not in a group"));
        }
        if session.status != SessionStatus::Held && session.status != SessionStatus::Scheduled {
            return Err(RuleError::new(
                "session",
                format!("a {} session cannot be where it was discussed", session.status),
            ));
        }
        if discussion.client_account.trim().is_empty() {
            return Err(RuleError::new("client_account", "record the client's own account"));
        }
        if discussion.closes && discussion.agreed_steps.trim().is_empty() {
            return Err(RuleError::new("agreed_steps", "say what was agreed before closing it"));
        }
        self.discussions.push(discussion);
        Ok(())
    }
}

/// What the next-session rule needs to know about a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionFacts {
    /// The session's id.
    pub id: String,
    /// Individual or group.
    pub kind: SessionKind,
    /// The client, for an individual session.
    pub client: Option<String>,
    /// Start time.
    pub starts_at: Timestamp,
    /// What became of it.
    pub status: SessionStatus,
}

/// The session whose agenda an open incident of `client` belongs on: the earliest
/// individual session with that client that is still scheduled and has not ended by
/// `now` — cancelled sessions and no-shows are passed over, and a group session never
/// qualifies. Times are instants (UTC), so time zones and clock changes cannot
/// reorder sessions. `None` means the incident "needs a session".
pub fn next_session<'a>(sessions: &'a [SessionFacts], client: &str, now: Timestamp) -> Option<&'a SessionFacts> {
    sessions
        .iter()
        .filter(|s| s.kind == SessionKind::Individual && s.client.as_deref() == Some(client))
        .filter(|s| s.status == SessionStatus::Scheduled && s.starts_at >= now - SESSION_GRACE)
        .min_by_key(|s| (s.starts_at, s.id.clone()))
}

/// A session that started less than this long ago still counts as "the next one":
/// the therapist may be in it right now.
pub const SESSION_GRACE: Timestamp = 60 * 60;

crate::redacted_debug!(Incident { occurred_at, source, involvement, group, link; description, discussions });
crate::redacted_debug!(Discussion { session, at, closes; client_account, agreed_steps });

#[cfg(test)]
mod tests {
    use super::*;

    const HOUR: Timestamp = 3600;
    const NOW: Timestamp = 1_800_000_000;

    fn session(
        id: &str,
        kind: SessionKind,
        client: Option<&str>,
        starts_at: Timestamp,
        status: SessionStatus,
    ) -> SessionFacts {
        SessionFacts { id: id.into(), kind, client: client.map(Into::into), starts_at, status }
    }

    fn individual(id: &str, client: &str, starts_at: Timestamp, status: SessionStatus) -> SessionFacts {
        session(id, SessionKind::Individual, Some(client), starts_at, status)
    }

    #[test]
    fn the_next_session_is_the_clients_own_next_scheduled_one() {
        let sessions = vec![
            individual("past", "ann", NOW - 48 * HOUR, SessionStatus::Held),
            session("group", SessionKind::Group, None, NOW + HOUR, SessionStatus::Scheduled),
            individual("cancelled", "ann", NOW + 2 * HOUR, SessionStatus::Cancelled),
            individual("bob's", "bob", NOW + 3 * HOUR, SessionStatus::Scheduled),
            individual("later", "ann", NOW + 72 * HOUR, SessionStatus::Scheduled),
            individual("next", "ann", NOW + 24 * HOUR, SessionStatus::Scheduled),
        ];
        assert_eq!(next_session(&sessions, "ann", NOW).map(|s| s.id.as_str()), Some("next"));
        assert_eq!(next_session(&sessions, "bob", NOW).map(|s| s.id.as_str()), Some("bob's"));
        assert_eq!(next_session(&sessions, "cleo", NOW), None, "no session: the incident needs one");
    }

    #[test]
    fn no_shows_and_group_sessions_never_carry_an_incident() {
        let sessions = vec![
            individual("no-show", "ann", NOW - HOUR * 3, SessionStatus::NoShow),
            session("group", SessionKind::Group, Some("ann"), NOW + HOUR, SessionStatus::Scheduled),
        ];
        assert_eq!(next_session(&sessions, "ann", NOW), None);
    }

    #[test]
    fn a_session_under_way_is_still_the_next_one_and_an_old_unmarked_one_is_not() {
        let sessions = vec![
            individual("under way", "ann", NOW - 20 * 60, SessionStatus::Scheduled),
            individual("forgotten", "ann", NOW - 30 * HOUR, SessionStatus::Scheduled),
            individual("tomorrow", "ann", NOW + 24 * HOUR, SessionStatus::Scheduled),
        ];
        assert_eq!(next_session(&sessions, "ann", NOW).map(|s| s.id.as_str()), Some("under way"));
        assert_eq!(next_session(&sessions, "ann", NOW + 2 * HOUR).map(|s| s.id.as_str()), Some("tomorrow"));
    }

    #[test]
    fn ties_and_clock_changes_do_not_make_the_choice_unstable() {
        // Two sessions at the same instant (entered twice): the choice is by id, every time.
        let sessions = vec![
            individual("b", "ann", NOW + HOUR, SessionStatus::Scheduled),
            individual("a", "ann", NOW + HOUR, SessionStatus::Scheduled),
        ];
        assert_eq!(next_session(&sessions, "ann", NOW).map(|s| s.id.as_str()), Some("a"));
        // 01:30 local on the night the clocks go back happens twice; instants still order.
        let first = 1_793_511_000; // 2026-11-01 01:30 EDT (05:30 UTC)
        let second = first + HOUR; // 01:30 EST
        let sessions = vec![
            individual("second", "ann", second, SessionStatus::Scheduled),
            individual("first", "ann", first, SessionStatus::Scheduled),
        ];
        assert_eq!(next_session(&sessions, "ann", first - HOUR).map(|s| s.id.as_str()), Some("first"));
    }

    #[test]
    fn an_incident_is_discussed_with_the_client_then_closed_or_carried() {
        let mut incident = Incident::new(
            NOW - HOUR,
            "Something said in group may have been repeated outside it.",
            IncidentSource::ClientReport,
            Involvement::Affected,
        );
        assert_eq!(incident.validate(), Ok(()));
        assert!(incident.is_open());
        let held = individual("s1", "ann", NOW, SessionStatus::Held);
        let group = session("g1", SessionKind::Group, None, NOW, SessionStatus::Held);
        let talk = |closes: bool, steps: &str| Discussion {
            session: "s1".into(),
            at: NOW,
            client_account: "Felt exposed; wants the group agreement revisited.".into(),
            agreed_steps: steps.into(),
            closes,
        };
        assert_eq!(incident.discuss(&group, talk(false, "")).unwrap_err().field, "session");
        let no_show = individual("s0", "ann", NOW, SessionStatus::NoShow);
        assert_eq!(incident.discuss(&no_show, talk(false, "")).unwrap_err().field, "session");
        let mut silent = talk(false, "");
        silent.client_account = " ".into();
        assert_eq!(incident.discuss(&held, silent).unwrap_err().field, "client_account");
        assert_eq!(incident.discuss(&held, talk(true, "")).unwrap_err().field, "agreed_steps");
        incident.discuss(&held, talk(false, "")).unwrap();
        assert!(incident.is_open(), "carried to the next session");
        incident.discuss(&held, talk(true, "Revisit the group agreement next week.")).unwrap();
        assert!(!incident.is_open());
        assert_eq!(incident.discuss(&held, talk(false, "")).unwrap_err().field, "incident");
        assert_eq!(incident.discussions.len(), 2);
    }

    #[test]
    fn a_record_needs_a_description_and_a_time() {
        let mut incident = Incident::new(NOW, "", IncidentSource::Observed, Involvement::Concerned);
        assert_eq!(incident.validate().unwrap_err().field, "description");
        incident.description = "x".into();
        incident.occurred_at = 0;
        assert_eq!(incident.validate().unwrap_err().field, "occurred_at");
    }
}
