//! The audit chain. Every chart read, write, export, sign-in and failed sign-in appends
//! an entry — who, what, which client, which record, when, outcome; never clinical
//! text — whose SHA-256 hash covers the previous entry's hash, in the same transaction
//! as the access it records. A chain cannot see its own tail cut off, so the head
//! (sequence number and hash) is kept as a checkpoint authenticated by HMAC under a key
//! derived from the vault key, rewritten with each append; `sanctum audit head` prints
//! it so an operator can keep a copy elsewhere and verify against that too.

use std::fmt;

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use crate::ids::RowId;
use crate::keys::ChainKey;
use crate::Error;

/// Who acted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// A signed-in staff member.
    User(RowId),
    /// Whoever holds the vault key at the command line (init, import, backup, keys).
    Operator,
    /// Someone who failed to sign in; the blind index of the name they gave is not
    /// recorded, only that it happened.
    Unknown,
}

impl Actor {
    pub(crate) fn as_text(&self) -> String {
        match self {
            Actor::User(id) => format!("user:{id}"),
            Actor::Operator => "operator".into(),
            Actor::Unknown => "unknown".into(),
        }
    }
}

/// Declares a tagged enum (the practice crate's convention) for audit vocabulary.
macro_rules! sanctum_practice_tags {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $tag:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }
        impl sanctum_practice::Tagged for $name {
            const ALL: &'static [Self] = &[$($name::$variant),+];
            fn tag(self) -> &'static str {
                match self { $($name::$variant => $tag),+ }
            }
        }
    };
}

sanctum_practice_tags! {
    /// What was done.
    Action {
        /// The vault was created.
        VaultCreated = "vault.create",
        /// A staff member signed in.
        SignIn = "sign-in",
        /// A sign-in failed.
        SignInFailed = "sign-in.failed",
        /// A staff member was added.
        UserAdded = "user.add",
        /// A client was added.
        ClientAdded = "client.add",
        /// A client was looked up by name, e-mail or phone.
        ClientLookup = "client.lookup",
        /// A client's chart was opened.
        ChartRead = "chart.read",
        /// A caseload (identifying fields of a therapist's clients) was read for the guard.
        CaseloadRead = "caseload.read",
        /// A client was assigned to a therapist.
        CaseloadAssign = "caseload.assign",
        /// A group was created or a member added.
        GroupWrite = "group.write",
        /// A group's name and members were read.
        GroupRead = "group.read",
        /// A session was scheduled or its status changed.
        SessionWrite = "session.write",
        /// A note draft was created or changed.
        NoteWrite = "note.write",
        /// A note was signed and locked.
        NoteSign = "note.sign",
        /// A signed note was amended.
        NoteAmend = "note.amend",
        /// Homework was assigned or updated.
        HomeworkWrite = "homework.write",
        /// A consent was recorded or revoked.
        ConsentWrite = "consent.write",
        /// An outcome measure was recorded.
        MeasureWrite = "measure.write",
        /// An incident was recorded.
        IncidentWrite = "incident.write",
        /// An agenda item was added.
        AgendaWrite = "agenda.write",
        /// A team meeting was recorded.
        TeamMeetingWrite = "team-meeting.write",
        /// Team meetings (case presentations) were read.
        TeamMeetingRead = "team-meeting.read",
        /// A client was erased (their data key destroyed).
        ClientErased = "client.erase",
        /// The vault was exported (a backup).
        Export = "export",
        /// The vault was replaced from a backup.
        Restore = "restore",
        /// The vault key was rotated.
        KeysRotated = "keys.rotate",
        /// A web session ended (signed out, or every session of a user ended).
        SignOut = "sign-out",
        /// A second factor (a TOTP time step) was accepted, or refused as a replay.
        SignInTotp = "sign-in.totp",
        /// A staff member's TOTP secret was set or removed.
        UserTotp = "user.totp",
        /// A staff member's password was changed.
        UserPassword = "user.password",
        /// A personal API token was created.
        ApiTokenCreated = "api-token.create",
        /// A personal API token was revoked.
        ApiTokenRevoked = "api-token.revoke",
        /// A supervisor was granted access to a client's chart.
        ChartGrant = "chart.grant",
        /// A supervision grant was revoked.
        ChartGrantRevoke = "chart.grant.revoke",
        /// A therapist's schedule (sessions with their clients' names) was read.
        ScheduleRead = "schedule.read",
        /// A client's profile was changed.
        ClientWrite = "client.write",
        /// An incident (or a caseload's open incidents) was read.
        IncidentRead = "incident.read",
        /// A session's agenda (or a schedule's agendas) was assembled from the chart.
        AgendaRead = "agenda.read",
        /// A mandated disclosure was drafted (or converted from an incident).
        DisclosureDraft = "disclosure.draft",
        /// A mandated disclosure was co-signed by a supervisor (it is then final).
        DisclosureCosign = "disclosure.cosign",
        /// A mandated disclosure was read (the co-signing queue, the audit report).
        DisclosureRead = "disclosure.read",
        /// Attendance at a group session was recorded.
        AttendanceWrite = "attendance.write",
        /// Attendance at a group session was read.
        AttendanceRead = "attendance.read",
        /// A group session's group-level note was written.
        GroupNoteWrite = "group-note.write",
        /// A group session's group-level notes were read.
        GroupNoteRead = "group-note.read",
        /// A de-identified case presentation was added to a team meeting.
        PresentationWrite = "presentation.write",
        /// A team meeting's case presentations were read.
        PresentationRead = "presentation.read",
        /// A staff member asked for something their role may not do (an app route).
        AccessDenied = "access.denied",
        /// A draft was checked by the guard and identified no client.
        CheckClean = "check.clean",
        /// A draft was checked by the guard and could identify a client.
        CheckFlagged = "check.flagged",
        /// A row deciding access (a role, a caseload assignment, a chart grant, a group's
        /// therapist) failed its integrity check: written without the vault key. It was
        /// treated as absent.
        IntegrityFailure = "integrity.failure",
        /// A row deciding access written before such rows were authenticated was signed,
        /// restored from a backup made before them; with no row named, the vault was
        /// created with its access rows signed from the start.
        IntegrityBackfill = "integrity.backfill",
    }
}

sanctum_practice_tags! {
    /// How it ended.
    Outcome {
        /// Done.
        Ok = "ok",
        /// Refused (wrong password, no access).
        Denied = "denied",
        /// Attempted, but it failed: nothing there, or the stored data did not open.
        Failed = "failed",
    }
}

/// An access to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEvent {
    /// Who.
    pub actor: Actor,
    /// What.
    pub action: Action,
    /// Which client, if any.
    pub client: Option<RowId>,
    /// Which record (note, session, user…), if any.
    pub record: Option<RowId>,
    /// How it ended.
    pub outcome: Outcome,
}

impl AuditEvent {
    /// A successful `action` by `actor`.
    pub fn ok(actor: &Actor, action: Action) -> AuditEvent {
        AuditEvent { actor: actor.clone(), action, client: None, record: None, outcome: Outcome::Ok }
    }
    /// About `client`.
    pub fn client(mut self, client: &RowId) -> AuditEvent {
        self.client = Some(client.clone());
        self
    }
    /// About `record`.
    pub fn record(mut self, record: &RowId) -> AuditEvent {
        self.record = Some(record.clone());
        self
    }
}

/// A stored entry of the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    /// Position in the chain, from 1.
    pub seq: i64,
    /// When, in seconds since the epoch.
    pub at: i64,
    /// Who (`user:ID`, `operator`, `unknown`).
    pub actor: String,
    /// What (an [`Action`] tag).
    pub action: String,
    /// Which client.
    pub client: Option<String>,
    /// Which record.
    pub record: Option<String>,
    /// How it ended (an [`Outcome`] tag).
    pub outcome: String,
    /// The previous entry's hash (zeros for the first).
    pub prev_hash: [u8; 32],
    /// This entry's hash.
    pub hash: [u8; 32],
}

impl AuditEntry {
    /// The hash of an entry's content and its predecessor's hash. Fields are
    /// length-prefixed so no two different entries share an encoding.
    pub fn compute_hash(&self) -> [u8; 32] {
        let mut h = Sha256::new();
        h.update(b"sanctum audit entry v1");
        h.update(self.seq.to_be_bytes());
        h.update(self.at.to_be_bytes());
        for field in
            [Some(&self.actor), Some(&self.action), self.client.as_ref(), self.record.as_ref(), Some(&self.outcome)]
        {
            match field {
                None => h.update([0]),
                Some(s) => {
                    h.update([1]);
                    h.update((s.len() as u64).to_be_bytes());
                    h.update(s.as_bytes());
                }
            }
        }
        h.update(self.prev_hash);
        h.finalize().into()
    }

    /// The entry that follows `head` for `event` at time `at`.
    pub(crate) fn next(head: &Head, event: &AuditEvent, at: i64) -> AuditEntry {
        use sanctum_practice::Tagged;
        let mut entry = AuditEntry {
            seq: head.seq + 1,
            at,
            actor: event.actor.as_text(),
            action: event.action.tag().to_owned(),
            client: event.client.as_ref().map(|c| c.to_string()),
            record: event.record.as_ref().map(|r| r.to_string()),
            outcome: event.outcome.tag().to_owned(),
            prev_hash: head.hash,
            hash: [0; 32],
        };
        entry.hash = entry.compute_hash();
        entry
    }
}

/// The head of the chain: the last entry's sequence number and hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Head {
    /// Sequence number of the last entry (0 for an empty chain).
    pub seq: i64,
    /// Its hash.
    pub hash: [u8; 32],
}

impl Head {
    /// The head of an empty chain.
    pub const GENESIS: Head = Head { seq: 0, hash: [0; 32] };

    /// Parses `SEQ:HEX` as printed by [`Head`]'s `Display`.
    pub fn parse(s: &str) -> Result<Head, Error> {
        let bad = || Error::Input {
            field: "head".into(),
            message: format!("{s:?} is not SEQ:HASH (as `audit head` prints)"),
        };
        let (seq, hex) = s.trim().split_once(':').ok_or_else(bad)?;
        let seq: i64 = seq.parse().map_err(|_| bad())?;
        // Checked as ASCII hex digits before slicing, so no input can split a character.
        if seq < 0 || hex.len() != 64 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(bad());
        }
        let mut hash = [0u8; 32];
        for (i, byte) in hash.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).map_err(|_| bad())?;
        }
        Ok(Head { seq, hash })
    }

    fn mac_state(&self, key: &ChainKey) -> Hmac<Sha256> {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key.expose()).expect("HMAC takes a key of any length");
        mac.update(b"sanctum audit head v1");
        mac.update(&self.seq.to_be_bytes());
        mac.update(&self.hash);
        mac
    }

    /// The checkpoint MAC of this head.
    pub(crate) fn mac(&self, key: &ChainKey) -> [u8; 32] {
        self.mac_state(key).finalize().into_bytes().into()
    }

    /// Whether `mac` authenticates this head under `key` (constant time).
    pub(crate) fn verify_mac(&self, key: &ChainKey, mac: &[u8]) -> bool {
        self.mac_state(key).verify_slice(mac).is_ok()
    }
}

impl fmt::Display for Head {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:", self.seq)?;
        self.hash.iter().try_for_each(|b| write!(f, "{b:02x}"))
    }
}

/// The stored checkpoint: a head and its MAC.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    /// The head.
    pub head: Head,
    /// HMAC-SHA256 of the head under the chain key.
    pub mac: Vec<u8>,
}

/// The first thing wrong with a chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Break {
    /// The sequence number of the first bad (or missing) entry.
    pub seq: i64,
    /// What is wrong.
    pub reason: String,
}

impl fmt::Display for Break {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "entry {}: {}", self.seq, self.reason)
    }
}

/// Checks a chain entry by entry, in sequence order, without holding it all in memory.
#[derive(Debug)]
pub(crate) struct ChainVerifier {
    head: Head,
}

impl ChainVerifier {
    pub(crate) fn new() -> ChainVerifier {
        ChainVerifier { head: Head::GENESIS }
    }

    /// Takes the next entry as stored; the first problem stops verification.
    pub(crate) fn push(&mut self, entry: &AuditEntry) -> Result<(), Break> {
        let want = self.head.seq + 1;
        if entry.seq != want {
            let reason = if entry.seq > want {
                format!("missing (the next stored entry is {}): deleted", entry.seq)
            } else {
                format!("out of order (found entry {} here)", entry.seq)
            };
            return Err(Break { seq: want, reason });
        }
        if entry.prev_hash != self.head.hash {
            return Err(Break {
                seq: want,
                reason: "does not follow the previous entry: reordered or replaced".into(),
            });
        }
        if entry.compute_hash() != entry.hash {
            return Err(Break { seq: want, reason: "content does not match its hash: edited".into() });
        }
        self.head = Head { seq: entry.seq, hash: entry.hash };
        Ok(())
    }

    /// Compares the verified chain with the authenticated checkpoint and, if given, a
    /// head recorded elsewhere; returns the verified head.
    pub(crate) fn finish(
        self,
        checkpoint: Option<&Checkpoint>,
        key: &ChainKey,
        expect: Option<&Head>,
    ) -> Result<Head, Break> {
        let end = self.head;
        let Some(cp) = checkpoint else {
            return Err(Break { seq: end.seq + 1, reason: "the checkpoint is missing".into() });
        };
        if !cp.head.verify_mac(key, &cp.mac) {
            return Err(Break { seq: cp.head.seq, reason: "the checkpoint is not authentic: forged or edited".into() });
        }
        if cp.head.seq > end.seq {
            return Err(Break {
                seq: end.seq + 1,
                reason: format!("missing: the checkpoint says the chain runs to {}; truncated", cp.head.seq),
            });
        }
        if cp.head != end {
            return Err(Break { seq: cp.head.seq, reason: "differs from the checkpoint".into() });
        }
        if let Some(expected) = expect {
            if expected.seq > end.seq {
                return Err(Break {
                    seq: end.seq + 1,
                    reason: format!("missing: the expected head is at {}; truncated or rolled back", expected.seq),
                });
            }
            // The expected head must be a point this verified chain passed through.
            if expected.seq == end.seq && expected.hash != end.hash {
                return Err(Break { seq: expected.seq, reason: "differs from the expected head".into() });
            }
        }
        Ok(end)
    }

    /// The head reached so far.
    pub(crate) fn head(&self) -> Head {
        self.head
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_print_and_parse() {
        let head = Head { seq: 42, hash: [0xab; 32] };
        assert_eq!(Head::parse(&head.to_string()).unwrap(), head);
        // "é" is two bytes: 31 of them and two hex digits are 64 bytes that slicing
        // in pairs would cut inside a character.
        let split_char = format!("42:a{}b", "é".repeat(31));
        for bad in [
            "42",
            "x:ab",
            "42:abc",
            &format!("42:{}", "zz".repeat(32)),
            &format!("-1:{}", "ab".repeat(32)),
            &split_char,
        ] {
            assert!(Head::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn every_field_is_covered_by_the_hash() {
        let e = AuditEntry::next(&Head::GENESIS, &AuditEvent::ok(&Actor::Operator, Action::ChartRead), 7);
        let variants: [fn(&mut AuditEntry); 8] = [
            |e| e.seq += 1,
            |e| e.at += 1,
            |e| e.actor.push('x'),
            |e| e.action = "export".into(),
            |e| e.client = Some("c".into()),
            |e| e.record = Some(String::new()),
            |e| e.outcome = "denied".into(),
            |e| e.prev_hash[0] ^= 1,
        ];
        for (i, change) in variants.iter().enumerate() {
            let mut changed = e.clone();
            change(&mut changed);
            assert_ne!(changed.compute_hash(), e.hash, "change {i}");
        }
    }
}
