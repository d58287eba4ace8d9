//! Reading a name in its context: whose it is (the writer's own people, an addressee,
//! a colleague on a rota, someone's relative, a declared pseudonym), and what the
//! words around it speak of (care, public life, time, a title or a work).

use super::{is_name_following_verb, Facet, Scan};
use crate::findings::EvidenceKind;
use crate::fuzzy::osa_distance;
use crate::index::Role;
use crate::lexicon::{
    canonical_word, is_business_heading_word, is_calendar_event, is_calendar_word, is_care_abroad, is_care_topic,
    is_care_word, is_clinical_cue, is_common_acronym, is_credit_word, is_department, is_greeting, is_interpreter_word,
    is_kinship_title, is_learner_role, is_new_staff, is_organisation_word, is_practice_role, is_practice_word,
    is_public_life_cue, is_staff_role, is_temporal_word, is_title, is_trade_word, is_weekday, is_writers_person_word,
    is_your_abroad, lexicon, month_number, relation, Relation,
};
use crate::lexicon::{
    is_clause_opener, is_copula_adverb, is_month_business, is_patient_word, is_plant_name, is_plant_verb,
    is_possessive_set_phrase, is_professional_title, is_virtue_kind, is_virtue_name,
};
use crate::text::{CAP, DIGITS, LINE_START, SENTENCE_START, UPPER};

/// Words either side of a name searched for a relation word ("her daughter Emily").
const RELATION_REACH: usize = 3;
/// Words either side of a public figure's name searched for a sign it is a client.
const CLINICAL_REACH: usize = 8;

/// Bytes around a name within which the quotes of a title it is part of are looked for.
const TITLE_REACH: usize = 300;
/// Words either side of a given name searched for another listed with it.
const LIST_REACH: usize = 5;

impl Scan<'_> {
    /// The name at words `i..i + len` is given someone other than a client: the
    /// writer's person, the addressee or signer, a relative of someone named.
    pub(super) fn someone_elses(&self, i: usize, len: usize) -> bool {
        self.writers_person(i)
            || self.writers_person_after(i + len)
            || self.staff_role_after(i + len)
            || self.introduced_as_staff(i, len)
            || self.addressee_or_signer(i, len)
            || self.relative_of_someone(i, len)
            || self.mentioned(i, len)
            || self.named_as_a_baby(i)
    }

    /// "baby Ivy (cot 2)", "our newborn Arlo", "twins Faith and Hope": a baby, whom no
    /// caseload of therapy holds (a client's baby is their relative, read as such).
    ///
    /// Only where the baby word opens the phrase ("…: baby Ivy", "congrats on baby
    /// Ivy"), nothing the name does follows it, and nothing of care is near: "since
    /// having the baby Ivy has been low", "after losing the baby Hope stopped coming",
    /// "new baby Esther says she is fine" are the mother.
    fn named_as_a_baby(&self, i: usize) -> bool {
        let list = self.words.list();
        let spaced = |k: usize| self.text[list[k].end as usize..list[k + 1].start as usize] == *" ";
        let opens = |k: usize| {
            k == 0
                || list[k].flags & (SENTENCE_START | LINE_START) != 0
                || !self.text[list[k - 1].end as usize..list[k].start as usize].trim().is_empty()
                || matches!(self.key(k - 1), "on" | "to" | "our" | "welcome" | "congrats" | "congratulations" | "and")
        };
        let baby = |k: usize| matches!(self.key(k), "baby" | "babies" | "newborn" | "twins") && spaced(k) && opens(k);
        let named = (i >= 1 && baby(i - 1))
            || (i >= 3 && self.key(i - 1) == "and" && list[i - 2].flags & CAP != 0 && baby(i - 3));
        let acts = i + 1 < list.len() && is_name_following_verb(self.key(i + 1));
        named && !acts && !self.care_talk(i)
    }

    /// "#front-desk  Holly 3:33 PM", "#random  Terry": the line a staff chat's export
    /// heads each message with, a channel and the colleague who posted, and after the
    /// name at most the time it was posted.
    ///
    /// Only a channel named by words ("#1", "#room2", "#mon", "#waitlist" list clients),
    /// not one of a group or peer support (its members may be clients).
    pub(super) fn chat_poster(&self, i: usize, len: usize) -> bool {
        let list = self.words.list();
        let start = list[i].start as usize;
        let before = &self.text[self.line_start(start)..start];
        let Some(channel) = before.strip_prefix('#').map(str::trim_end) else {
            return false;
        };
        let worded = channel.len() >= 4
            && channel.len() < before.len() - 1
            && channel.starts_with(|c: char| c.is_ascii_alphabetic())
            && channel.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'));
        if !worded {
            return false;
        }
        let lower = channel.to_ascii_lowercase();
        let of_clients = ["group", "peer", "support", "client", "member", "patient", "wait", "cancel", "room"]
            .iter()
            .any(|w| lower.contains(w))
            || is_weekday(&lower)
            || month_number(&lower).is_some();
        if of_clients {
            return false;
        }
        let end = list[i + len - 1].end as usize;
        let rest = self.text[end..].split('\n').next().unwrap_or("").trim();
        let (clock, meridiem) = rest.split_once(' ').unwrap_or((rest, ""));
        let time = is_clock_time(clock) && matches!(meridiem, "" | "AM" | "PM" | "am" | "pm");
        rest.is_empty() || time
    }

    /// "Our new receptionist is Heather Brown", "Holly, our new intern", "say hello to
    /// Holly, who's joining us on the front desk": a member of the practice's staff
    /// introduced, not a client ("Holly is seeing our new therapist" is one).
    pub(super) fn introduced_as_staff(&self, i: usize, len: usize) -> bool {
        let list = self.words.list();
        let n = list.len();
        let key = |k: usize| if k < n { self.key(k) } else { "" };
        // (An emoji may stand between: "Say hello to Preben 👋, our new receptionist".)
        let gap = |a: usize, b: usize| {
            self.text[list[a].end as usize..list[b].start as usize]
                .trim()
                .trim_start_matches(|c: char| !c.is_ascii())
                .trim()
        };
        // "new receptionist", "new practice manager".
        let new_staff = |k: usize| key(k) == "new" && (is_new_staff(key(k + 1)) || is_new_staff(key(k + 2)));
        // "Our new receptionist is Heather", "the new intern, Holly".
        // (The words are asked before the gap between them is trimmed.)
        let before = i >= 2
            && (i.saturating_sub(4)..i).any(new_staff)
            && (key(i - 1) == "is" || matches!(gap(i - 1, i), "," | ":" | "-" | "\u{2013}" | "\u{2014}"));
        let j = i + len;
        // "Heather Brown is our new receptionist", "Holly, our new intern".
        let determiner = if key(j) == "is" { j + 1 } else { j };
        let after = j + 2 < n
            && matches!(key(determiner), "our" | "the" | "a")
            && new_staff(determiner + 1)
            && (key(j) == "is" || gap(j - 1, j) == ",");
        // "Thrilled to welcome Kornelia to our team as a trainee counsellor" (not a client
        // welcomed to the practice, nor in talk of care).
        let welcomed = i >= 1
            && key(i - 1) == "welcome"
            && (j..(j + 6).min(n)).take_while(|&k| list[k].flags & SENTENCE_START == 0).any(|k| {
                key(k) == "to" && matches!(key(k + 1), "our" | "the") && matches!(key(k + 2), "team" | "staff")
            })
            && !self.sentence_of(i).any(|k| is_care_word(self.key(k)));
        if before || after || welcomed {
            return true;
        }
        // "Holly, who's joining us on the front desk", "Holly joins the team": within the
        // sentence, a few words on.
        (j..(j + 10).min(n)).take_while(|&k| list[k].flags & SENTENCE_START == 0).any(|k| match key(k) {
            "joining" | "joins" | "joined" => {
                k < j + 5
                    && (key(k + 1) == "us"
                        || (key(k + 1) == "the" && matches!(key(k + 2), "team" | "practice" | "staff")))
            }
            "on" => key(k + 1) == "reception" || (key(k + 1), key(k + 2), key(k + 3)) == ("the", "front", "desk"),
            _ => false,
        })
    }

    /// "Angie at Bluecrest UM", "Spoke with Stephen at Bluecrest provider relations",
    /// "Keith from the clearinghouse": a name followed by the organisation it speaks for, in a text that speaks of no care or practice work, is that
    /// organisation's person (not "Dana from the Tuesday group", "Sam from the bakery
    /// has been struggling", "Jo from Monday's session").
    pub(super) fn speaks_for_an_organisation(&self, i: usize, len: usize) -> bool {
        let list = self.words.list();
        let j = i + len;
        if j + 1 >= list.len()
            || !matches!(self.key(j), "from" | "at")
            || self.text[list[j - 1].end as usize..list[j].start as usize] != *" "
        {
            return false;
        }
        let k = if self.key(j + 1) == "the" { j + 2 } else { j + 1 };
        let Some(org) = list.get(k) else {
            return false;
        };
        let key = self.key(k);
        let named = org.flags & (CAP | UPPER) != 0 && org.flags & SENTENCE_START == 0;
        let temporal = is_calendar_word(key) || month_number(key).is_some() || is_temporal_word(key);
        // An organisation by its kind ("Bluecrest Insurance", "the clearinghouse", "the
        // landlord's office"), not a place a client may come from ("St Luke's",
        // "Jefferson Middle School").
        let organisation = (k..(k + 4).min(list.len())).any(|m| is_organisation_word(self.key(m)));
        // ("I interviewed Sandra at the county jail", "saw Ms. Wells at the clinic": where
        // a client is seen.)
        let first = if self.title_before(i).is_some() { i - 1 } else { i };
        let seen = first >= 1
            && list[first - 1].flags & (CAP | UPPER) == 0
            && (self.key(first - 1).ends_with("ed")
                || matches!(self.key(first - 1), "saw" | "see" | "seeing" | "met" | "meet" | "into"));
        (named || k == j + 2) && organisation && !temporal && !seen && !self.care_talk(i) && !self.practice_talk()
    }

    /// "@Will can you swap Friday?", "congratulations to @Hope": a chat's mention of
    /// someone in the conversation, a colleague; not a handle ("@hope_m", "@Hope.Smith").
    fn mentioned(&self, i: usize, len: usize) -> bool {
        let list = self.words.list();
        let before = &self.text[..list[i].start as usize];
        let after = &self.text[list[i + len - 1].end as usize..];
        before.strip_suffix('@').is_some_and(|b| !b.ends_with(|c: char| c.is_alphanumeric() || c == '.'))
            && !after.starts_with(|c: char| c.is_alphanumeric() || matches!(c, '_' | '.' | '@' | '-'))
    }

    /// "the builder (Ray, from Connolly's)", "our plumber, Ray,", "Ray, the
    /// electrician,": someone who serves the writer in a trade, not a client; unless the
    /// sentence speaks of care ("the plumber, Ray, cancelled his session").
    /// Returns the trade's word.
    pub(super) fn stranger_by_trade(&self, i: usize, len: usize) -> Option<usize> {
        let list = self.words.list();
        let set_beside = |a: usize, b: usize| {
            matches!(
                &self.text[list[a].end as usize..list[b].start as usize],
                " " | ", " | " (" | " \u{2014} " | " \u{2013} " | " - "
            )
        };
        let determiner = |k: usize| matches!(self.key(k), "the" | "a" | "an" | "our" | "my");
        // The trade right before the name, a determiner up to two words before it.
        let before = (i >= 2
            && is_trade_word(self.key(i - 1))
            && set_beside(i - 1, i)
            && (i.saturating_sub(4)..i - 1).any(determiner))
        .then(|| i - 1);
        let j = i + len;
        let after = (j + 1 < list.len()
            && set_beside(j - 1, j)
            && self.text[list[j - 1].end as usize..list[j].start as usize] != *" "
            // ("Ms. Davidson, a barista living in Jackson" describes the client.)
            && matches!(self.key(j), "the" | "our" | "my"))
        .then(|| (j + 1..(j + 3).min(list.len())).find(|&k| is_trade_word(self.key(k))))
        .flatten();
        // (In brackets, a client described, the more so where care is spoken of: "Hope
        // (bookkeeper) rang in tears".)
        let bracketed = || self.role_in_brackets(j).filter(|_| !self.care_talk(i));
        before.or(after).or_else(bracketed).filter(|_| !self.clinical_sentence(i))
    }

    /// "Faith (bookkeeper)", "Summer (HR consultant)", "Chase (the new intern)": a
    /// bracket right after a name, of up to three words and no number (not "Sarah
    /// (nurse, 34)", a case described), that ends in a role in the practice or a service
    /// it buys; or in a trade or one of the writer's people, said as theirs or the
    /// office's ("(our plumber)", "(the new intern)", "(office manager)"; a bare
    /// "(builder)" describes a client as often).
    /// Returns the role's word.
    fn role_in_brackets(&self, j: usize) -> Option<usize> {
        let list = self.words.list();
        if j == 0 || j >= list.len() || self.text[list[j - 1].end as usize..list[j].start as usize] != *" (" {
            return None;
        }
        let last = (j..(j + 3).min(list.len())).find(|&k| self.text[list[k].end as usize..].starts_with(')'))?;
        let plain = (j..=last).all(|k| {
            list[k].flags & DIGITS == 0
                && (k == j || self.text[list[k - 1].end as usize..list[k].start as usize] == *" ")
                && !is_care_word(self.key(k))
        });
        let role = self.key(last);
        let owned = (j..last).any(|k| matches!(self.key(k), "the" | "our" | "my" | "new" | "office" | "practice"));
        let theirs = (is_writers_person_word(role) && relation(role).is_none()) || is_trade_word(role);
        (plain && (is_practice_role(role) || (owned && theirs))).then_some(last)
    }

    /// True if the text is a rota of the practice's own staff ("On-call rota — March |
    /// 1–7 Grace | 8–14 Mark"): a given name in it, with no title and nothing clinical
    /// near, is a colleague's.
    /// True if word `i` reads as an entry of the rota: in the sentence that names the
    /// rota, or on a short line of its own ("1–7 Grace", "Mon: Will"), not in a sentence
    /// elsewhere in the text ("Also, could someone call Nathan back?").
    pub(super) fn rota_entry(&self, i: usize) -> bool {
        // A name after a time is booked ("Room 1: 9:00 Ella, 10:00 Kelsey").
        if self.time_before(i).is_some() {
            return false;
        }
        let start = self.words.list()[i].start as usize;
        let line_start = self.line_start(start);
        let line_end = self.text[start..].find('\n').map_or(self.text.len(), |k| start + k);
        // (Words of letters counted: "Tue: Christopher (9–5), Sam (9–1)" is short.)
        let short = self.text[line_start..line_end]
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
            <= 6;
        let list = self.words.list();
        let first = (0..=i).rev().find(|&k| list[k].flags & SENTENCE_START != 0).unwrap_or(0);
        let sentence = (first..list.len()).take_while(|&k| k <= i || list[k].flags & SENTENCE_START == 0);
        short || sentence.into_iter().any(|k| matches!(self.key(k), "rota" | "rotas"))
    }

    /// True if word `i` is a speaker's label in a chat among the practice's staff: lines
    /// that open with a time in brackets and a name and a colon ("[09:31] Joy: recording
    /// now", "[23/05/2025, 17:03] Will: me!!"), two or more of them, every speaker named
    /// plainly. A chat with a therapist, a client or a doctor among its speakers ("[00:02]
    /// Therapist:", "[10:01] Dr Niamh Keane:") may be a session's, its speakers clients.
    pub(super) fn staff_chat_speaker(&self, i: usize) -> bool {
        let text = self.text;
        let staff_chat = *self.staff_chat.get_or_init(|| {
            // (A search for the byte first: most texts have no bracket at all.)
            if !text.as_bytes().contains(&b']') || !text.contains("] ") {
                return false;
            }
            let labels: Vec<&str> = text.lines().filter_map(|line| speaker_label(line).map(|at| &line[at])).collect();
            labels.len() >= 2
                && labels.iter().all(|label| {
                    let first = label.split_whitespace().next().unwrap_or("").trim_end_matches('.').to_lowercase();
                    !is_title(&first)
                        && !matches!(
                            first.as_str(),
                            "therapist"
                                | "client"
                                | "counsellor"
                                | "counselor"
                                | "patient"
                                | "host"
                                | "guest"
                                | "interviewer"
                                | "facilitator"
                                | "interpreter"
                                | "t"
                                | "c"
                                | "p"
                        )
                })
        });
        if !staff_chat {
            return false;
        }
        let start = self.words.list()[i].start as usize;
        let line_start = self.line_start(start);
        let line_end = text[start..].find('\n').map_or(text.len(), |k| start + k);
        speaker_label(&text[line_start..line_end]).is_some_and(|at| at.contains(&(start - line_start)))
    }

    /// True if word `i` stands in a meeting's roll of the practice's staff: a line
    /// headed "Present:", "Attendees:", "Apologies:" and the like, in a text whose roll
    /// names a chair or a minute-taker ("Present: Mark (chair), Faith, Joy, Ray
    /// (minutes)"). A group's roll names no chair ("Present: Caitlyn, Derek, Hector").
    pub(super) fn in_staff_roll(&self, i: usize) -> bool {
        let text = self.text;
        // The rolls' spans, from heading to line end, found once: none unless a roll
        // names a chair or a minute-taker, "(chair)", "(minutes)" (not "(minutes late)").
        let rolls = self.staff_roll.get_or_init(|| {
            let chaired = |line: &str| {
                line.match_indices('(').any(|(k, _)| {
                    let after = &line[k + 1..];
                    ["chair", "Chair", "minutes"]
                        .iter()
                        .any(|role| after.strip_prefix(role).is_some_and(|rest| rest.starts_with([')', ','])))
                })
            };
            // (A search for the byte first: most texts have no parenthesis at all.)
            if !text.as_bytes().contains(&b'(')
                || !text.contains("(chair") && !text.contains("(Chair") && !text.contains("(minutes")
            {
                return Vec::new();
            }
            let mut rolls = Vec::new();
            let mut at = 0;
            for line in text.split('\n') {
                if let Some(k) = roll_in_line(line) {
                    rolls.push((at + k, at + line.len(), chaired(&line[k..])));
                }
                at += line.len() + 1;
            }
            if rolls.iter().any(|r| r.2) {
                rolls.into_iter().map(|(from, to, _)| (from, to)).collect()
            } else {
                Vec::new()
            }
        });
        let start = self.words.list()[i].start as usize;
        rolls.iter().any(|&(from, to)| from <= start && start < to)
    }

    /// True if word `i` stands on a line that lists the practice's learners or helpers
    /// by their role: "Trainees: Siobhan (Mon), Ruth (Wed)", "Mentees this term: Henry
    /// (Mon), Ross (Wed)", "Volunteers – Joy, Ray". Not where the line or the next
    /// speaks of care or of a group ("Trainees: Ruth presents her client's panic
    /// attacks", "Volunteers – Hope said she'd help with the group").
    pub(super) fn in_roll_of_learners(&self, i: usize) -> bool {
        let list = self.words.list();
        // (The line's first word first: most lines head no roll.)
        let opener = (0..=i).rev().find(|&k| k == 0 || list[k].flags & LINE_START != 0).unwrap_or(0);
        if !is_learner_role(self.key(opener)) {
            return false;
        }
        let start = list[i].start as usize;
        let line_start = self.line_start(start);
        let Some(colon) = self.text[line_start..start].find([':', '\u{2013}', '\u{2014}']) else {
            return false;
        };
        // (The heading reaches to a semicolon or another heading: "Tutors: Stephen;
        // Tutees: Liam".)
        let head = &self.text[line_start + colon..start];
        if head[head.chars().next().map_or(0, char::len_utf8)..].contains([';', ':']) {
            return false;
        }
        let first = list.partition_point(|w| (w.start as usize) < line_start);
        let head_end = list.partition_point(|w| (w.start as usize) < line_start + colon);
        // (Care spoken of on the line or the next: "Volunteers – Liam, Sofia\nBoth
        // struggling since the lockdown".)
        let next_line_end = self.text[start..].match_indices('\n').nth(1).map_or(self.text.len(), |(k, _)| start + k);
        let last = list.partition_point(|w| (w.start as usize) < next_line_end);
        let cues = self.care_cues();
        head_end > first
            && head_end - first <= 3
            && is_learner_role(self.key(first))
            && !(first..last).any(|k| cues[k] || matches!(self.key(k), "group" | "groups"))
    }

    /// True if the name at words `i..i + len` is booked to be seen: "please see Teresa
    /// at 10am", "Damon at 3pm", "Jack 4pm", "seeing Jing": a client on a list of
    /// appointments, not a colleague on a rota.
    pub(super) fn appointment(&self, i: usize, len: usize) -> bool {
        // (Not "did you see Kevin Love's piece".)
        let end = self.words.list()[i + len - 1].end as usize;
        // ("Could you cover Andy", "take over Michael Jordan while I'm on leave": a
        // colleague's client handed on.)
        let handed_on = |k: usize| {
            matches!(self.key(k), "cover" | "covering")
                || (self.key(k) == "over" && k >= 1 && matches!(self.key(k - 1), "take" | "taking" | "took"))
        };
        let seen = i >= 1
            && self.flags(i) & SENTENCE_START == 0
            && (matches!(self.key(i - 1), "see" | "seeing" | "saw" | "seen" | "book" | "booked") || handed_on(i - 1))
            && !self.text[end..].starts_with(['\'', '\u{2019}']);
        seen || self.at_a_time(i, len) || self.after_own_time(i) || self.slot_owned(end)
    }

    /// True if the name ending at byte `end` owns a time, as a booked slot is called
    /// ("Holly's 2pm is moved to 3pm", "Grace's 10:30").
    fn slot_owned(&self, end: usize) -> bool {
        let Some(rest) = self.text[end..].strip_prefix(['\'', '\u{2019}']).and_then(|r| r.strip_prefix("s ")) else {
            return false;
        };
        let slot = rest.split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ')')).next().unwrap_or("");
        let digits = slot.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let meridiem = matches!(&slot[digits.len()..], "am" | "pm") && (1..=2).contains(&digits.len());
        (meridiem && digits.bytes().all(|b| b.is_ascii_digit())) || is_clock_time(slot)
    }

    /// True if the writer's time stands right before the name at word `i`: "My 2pm
    /// Chris Evans", "our 10:30 Grace": the booking it is.
    fn after_own_time(&self, i: usize) -> bool {
        // ("the 7am Chris Evans show" is the radio's.)
        self.time_before(i).is_some_and(|k| k >= 1 && matches!(self.key(k - 1), "my" | "our"))
    }

    /// The word where a time right before word `i` starts ("2pm", "2 pm", "10:30"),
    /// joined to it by a space within a sentence.
    fn time_before(&self, i: usize) -> Option<usize> {
        let list = self.words.list();
        if i < 2
            || list[i].flags & SENTENCE_START != 0
            || self.text[list[i - 1].end as usize..list[i].start as usize] != *" "
        {
            return None;
        }
        let hour = |k: usize| {
            let key = self.key(k);
            (1..=2).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_digit())
        };
        let key = self.key(i - 1);
        let digits = key.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        // Where the time starts: "2pm"; "2 pm" or "10:30".
        if matches!(&key[digits.len()..], "am" | "pm") && (1..=2).contains(&digits.len()) {
            Some(i - 1)
        } else if (matches!(key, "am" | "pm") && hour(i - 2))
            || (key.len() == 2
                && hour(i - 1)
                && hour(i - 2)
                && self.text[list[i - 2].end as usize..list[i - 1].start as usize] == *":")
        {
            Some(i - 2)
        } else {
            None
        }
    }

    /// True if word `i` is the first half of a contraction with "n't" ("Don't",
    /// "Won’t"): the apostrophe and a lone "t" right after it.
    pub(super) fn contracted(&self, i: usize) -> bool {
        let list = self.words.list();
        i + 1 < list.len()
            && self.key(i + 1) == "t"
            && self.key(i).ends_with('n')
            && matches!(&self.text[list[i].end as usize..list[i + 1].start as usize], "'" | "\u{2019}")
    }

    /// True if the family name at words `i..i + len` names a family: "the Kaczka
    /// family", "the Okafor household", "the Lindqvist kids"; not the writer's
    /// neighbours ("the Okafor kids next door") nor a famous family ("a documentary
    /// about the Kennedy family").
    pub(super) fn names_a_family(&self, i: usize, len: usize) -> bool {
        let list = self.words.list();
        let j = i + len;
        let neighbours = j + 2 < list.len()
            && (matches!((self.key(j + 1), self.key(j + 2)), ("next", "door") | ("across", "the"))
                || matches!(self.key(j + 1), "upstairs" | "downstairs" | "opposite"));
        !neighbours
            && !self.public_life_sentence(i)
            && i >= 1
            && j < list.len()
            && self.key(i - 1) == "the"
            && list[i].flags & CAP != 0
            && self.text[list[j - 1].end as usize..list[j].start as usize] == *" "
            && matches!(
                self.key(j),
                "family" | "families" | "household" | "kids" | "children" | "parents" | "twins" | "siblings"
            )
    }

    /// True if a time follows the name at words `i..i + len`: "Damon at 3pm", "Jack 4pm",
    /// "Kevin Love 11am", "Teresa 10:30".
    pub(super) fn at_a_time(&self, i: usize, len: usize) -> bool {
        let list = self.words.list();
        let j = i + len;
        let time = |k: usize| self.key(k).starts_with(|c: char| c.is_ascii_digit());
        // "4pm", "4 pm", "10:30".
        let clock = |k: usize| {
            let key = self.key(k);
            let digits = key.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            (1..=2).contains(&digits.len())
                && digits.bytes().all(|b| b.is_ascii_digit())
                && (matches!(&key[digits.len()..], "am" | "pm")
                    || (digits.len() == key.len()
                        && (k + 1 < list.len() && matches!(self.key(k + 1), "am" | "pm")
                            || self.text[list[k].end as usize..].starts_with(':'))))
        };
        // "Robert Smith (Monday 4pm)": a day or a time in brackets after it.
        // "Robert Smith (Monday 4pm)"; "| Hope | Thursday 2pm |": a day or a time in
        // brackets after it, or in the next cell of its row.
        let bracketed = j < list.len()
            && matches!(self.text[list[j - 1].end as usize..list[j].start as usize].trim(), "(" | "|")
            && (j..(j + 3).min(list.len())).any(|k| clock(k) || is_weekday(self.key(k)));
        // ("Sage in at 3pm": due in.)
        let j = if j + 1 < list.len() && self.key(j) == "in" && self.key(j + 1) == "at" { j + 1 } else { j };
        j + 1 < list.len() && self.key(j) == "at" && time(j + 1)
            || j < list.len() && list[j].flags & DIGITS != 0 && self.text[list[j].end as usize..].starts_with(':')
            || j < list.len() && self.text[list[j - 1].end as usize..list[j].start as usize] == *" " && clock(j)
            || bracketed
    }

    /// True if the text is a rota or a list of the practice's staff: it names a rota, or
    /// its heading line says staff ("Birthday list (staff):", "Staff contacts").
    pub(super) fn staff_rota(&self) -> bool {
        *self.staff_rota.get_or_init(|| {
            // (The keys first: most texts have no "rota" at all.)
            let rota = self.keys.iter().any(|&key| matches!(key, "rota" | "rotas"))
                && (self.text.contains("ota") || self.text.contains("OTA"));
            let text = self.text.trim_start();
            let heading = &text[..memchr::memchr(b'\n', text.as_bytes()).unwrap_or(text.len())];
            // (A doubled "f" or "F" first, found with `memchr`: "taff" and "TAFF" hold one,
            // and most headings neither; the substring searches cost far more.)
            let bytes = heading.as_bytes();
            let doubled_f = memchr::memchr2_iter(b'f', b'F', bytes).any(|k| bytes.get(k + 1) == Some(&bytes[k]));
            rota || (doubled_f
                && (heading.contains("taff") || heading.contains("TAFF"))
                && heading.split(|c: char| !c.is_alphabetic()).any(|w| w.eq_ignore_ascii_case("staff")))
        })
    }

    /// True if the words from `j` give the name before them a role in the practice:
    /// "Stacy (reception)", "Chase (locum)", "Rich from IT".
    pub(super) fn staff_role_after(&self, j: usize) -> bool {
        let list = self.words.list();
        if j >= list.len() {
            return false;
        }
        let gap = &self.text[list[j - 1].end as usize..list[j].start as usize];
        let role = |k: usize| k < list.len() && is_staff_role(self.key(k));
        // "Pat in billing", but not "Grace in it" or "Grace in reception" (clients wait
        // there).
        let department = |k: usize| k < list.len() && is_department(self.key(k));
        // ("Eilidh from the admin team": "the" may stand between.)
        let from_the = self.key(j) == "from" && j + 2 < list.len() && self.key(j + 1) == "the";
        let role_after_preposition = j + 1 < list.len()
            && matches!(self.key(j), "from" | "in")
            && (role(j + 1)
                || self.key(j) == "from" && department(j + 1)
                || from_the && (role(j + 2) || department(j + 2)))
            && (self.key(j) == "from"
                || matches!(self.key(j + 1), "billing" | "admin")
                || (self.key(j + 1) == "it" && list[j + 1].flags & UPPER != 0));
        // (In brackets a department is a client's job: "Mrs. Patel (HR, law firm)".)
        // "Luc, interprète": an interpreter is named so too.
        // (Not in talk of care: "Natalie from the finance department came for her first
        // session", "Sarah (interpreter, 34) presented with vicarious trauma".)
        let care = || self.care_talk(j - 1);
        let interpreter = is_interpreter_word(self.key(j));
        (gap.trim_end() == " (" || gap == "(") && role(j) && !(interpreter && care())
            || (gap == " " && role_after_preposition && !(from_the && care()))
            || (gap == ", " && interpreter && !care())
    }

    /// Once the text has said whose a name is ("my daughter Sophia"), its other
    /// mentions are the same person ("— Leonie (Sophia's mom)"): they weigh no more than
    /// the reading allows. A mention with a title or in a sentence of care stands on
    /// its own where the reading was only likely.
    pub(super) fn same_person_throughout(&mut self) {
        let someone_else = self.someone_else.take();
        if someone_else.is_empty() {
            return;
        }
        let list = self.words.list();
        let same_words = |a: usize, b: usize, len: usize| (0..len).all(|k| self.key(a + k) == self.key(b + k));
        let mut capped = Vec::new();
        // The cap of the last span read: a name's owners' evidence lies side by side, one
        // span for all of them, and the cap depends on the span alone.
        let mut last: Option<((usize, usize), Option<f32>)> = None;
        for (r, raw) in self.raw.iter().enumerate() {
            let lone = matches!(raw.kind, EvidenceKind::GivenName | EvidenceKind::Nickname | EvidenceKind::FamilyName);
            if raw.facet != Facet::Name || !lone || raw.weight == 0.0 {
                continue;
            }
            if let Some((_, cap)) = last.filter(|&(span, _)| span == (raw.start, raw.end)) {
                if let Some(cap) = cap {
                    capped.push((r, cap));
                }
                continue;
            }
            let first = list.partition_point(|w| (w.start as usize) < raw.start);
            let len = list[first..].iter().take_while(|w| (w.end as usize) <= raw.end).count();
            let stands_alone = || {
                self.title_before(first).is_some() || self.appointment(first, len) || self.my_client_after(first + len)
            };
            let cap = someone_else
                .iter()
                .filter(|o| o.len == len && same_words(o.first, first, len))
                .filter(|o| !o.likely || !stands_alone())
                .map(|o| o.cap)
                .reduce(f32::min);
            last = Some(((raw.start, raw.end), cap));
            if let Some(cap) = cap {
                capped.push((r, cap));
            }
        }
        for (r, cap) in capped {
            self.raw[r].weight = self.raw[r].weight.min(cap);
        }
    }

    /// True if the words from `j` set the name before them down as the writer's client:
    /// "Grace, my 3pm,", "Tom (my Tuesday client)", "Ray, my patient".
    pub(super) fn my_client_after(&self, j: usize) -> bool {
        let list = self.words.list();
        if j == 0 || j + 1 >= list.len() || self.key(j) != "my" {
            return false;
        }
        if !matches!(&self.text[list[j - 1].end as usize..list[j].start as usize], ", " | " (" | " - " | " \u{2014} ") {
            return false;
        }
        let client = |k: usize| {
            let key = self.key(k);
            let clock = key.starts_with(|c: char| c.is_ascii_digit()) && (key.ends_with("am") || key.ends_with("pm"));
            clock || matches!(key, "client" | "patient" | "pt")
        };
        (j + 1..(j + 3).min(list.len())).any(client)
    }

    /// "I'll call him 'Chase'", "Client 7 (pseudonym 'Sam')", "'Ana' (not her real
    /// name)", "referred to here as Tom", "the name 'Ivy' is a pseudonym": a name the
    /// writer gives a client in place of theirs. Not when the writer says it is the name
    /// ("I'll call him Eugene, because that is his name").
    pub(super) fn declared_pseudonym(&self, i: usize, len: usize) -> bool {
        let list = self.words.list();
        let key = |k: usize| self.key(k);
        // Only spaces and quotes between the word before and the name.
        let quoted_gap = |k: usize| {
            self.text[list[k].end as usize..list[k + 1].start as usize]
                .chars()
                .all(|c| matches!(c, ' ' | '\'' | '"' | '\u{2018}' | '\u{201c}'))
        };
        let named_so = i >= 2
            && quoted_gap(i - 1)
            && ((matches!(key(i - 1), "him" | "her" | "them") && matches!(key(i - 2), "call" | "calling" | "dub"))
                || (key(i - 1) == "as"
                    && (key(i - 2) == "here" && i >= 3 && key(i - 3) == "known"
                        || (i.saturating_sub(4)..i - 1)
                            .any(|k| matches!(key(k), "refer" | "referred" | "referring")))))
            // "she prefers we call her Sam", "has asked to be referred to as Sam": the
            // name the client goes by, no disguise.
            && !(i.saturating_sub(8)..i).any(|k| {
                matches!(key(k), "prefer" | "prefers" | "preferred" | "asked" | "asks" | "wants" | "wanted" | "likes" | "goes")
            });
        let labelled = i >= 1 && quoted_gap(i - 1) && matches!(key(i - 1), "pseudonym" | "alias");
        let j = i + len;
        let noted_after = j < list.len()
            && self.text[list[j - 1].end as usize..list[j].start as usize].contains(['(', ','])
            && (key(j) == "pseudonym"
                || (key(j) == "a" && j + 1 < list.len() && key(j + 1) == "pseudonym")
                || (matches!(key(j), "name" | "names") && j + 1 < list.len() && key(j + 1) == "changed")
                || (key(j) == "not" && self.real_name_within(j + 1, 4)));
        // "the name 'Ivy' is a pseudonym", "Ivy is not her real name".
        let said_after = j + 2 < list.len()
            && key(j) == "is"
            && ((key(j + 1) == "a" && key(j + 2) == "pseudonym")
                || (key(j + 1) == "not" && self.real_name_within(j + 2, 3)));
        if !(named_so || labelled || noted_after || said_after) {
            return false;
        }
        // "…because that is, in fact, his name": the writer says it is no disguise.
        let sentence = self.sentence_of(i);
        let says_its_name = (j..sentence.end).any(|k| {
            key(k) == "name"
                && k >= 1
                && matches!(key(k - 1), "his" | "her" | "their" | "real" | "actual")
                && !(k.saturating_sub(4)..k).any(|m| m >= j && key(m) == "not")
        });
        named_so && !says_its_name || labelled || noted_after || said_after
    }

    /// True if "real name" or "actual name" is among the `n` words from word `from`.
    pub(super) fn real_name_within(&self, from: usize, n: usize) -> bool {
        let end = (from + n).min(self.words.len().saturating_sub(1));
        (from..end).any(|k| matches!(self.key(k), "real" | "actual") && self.key(k + 1) == "name")
    }

    /// True if word `i` is a family name after its particle: "O'Brien", "D'Souza",
    /// "Ó Briain" (an Irish name's "Ó" stands apart).
    pub(super) fn after_particle(&self, i: usize) -> bool {
        let list = self.words.list();
        if i == 0 || list[i].flags & CAP == 0 {
            return false;
        }
        let particle = &self.text[list[i - 1].start as usize..list[i - 1].end as usize];
        let gap = &self.text[list[i - 1].end as usize..list[i].start as usize];
        matches!((particle, gap), ("O" | "D", "'" | "\u{2019}") | ("Ó", " " | "'" | "\u{2019}"))
    }

    /// True if word `i` is an author's name in a reference or a citation: followed by
    /// initials ("Ellis, A. (1962).", "Safran, J. D., Muran, J. C., & Eubanks-Carter, C.
    /// (2011)") or by other authors ("Eubanks, Muran & Safran (2018)"), up to a year in
    /// parentheses on the same line.
    pub(super) fn in_reference(&self, i: usize) -> bool {
        let list = self.words.list();
        if list[i].flags & CAP == 0 {
            return false;
        }
        let rest = &self.text[list[i].end as usize..];
        // (Most names go on with a word: the test is cheap before the line is read.)
        if !(rest.starts_with(',') || rest.starts_with(" &") || rest.starts_with(" and ")) {
            return false;
        }
        // Authors and initials up to the year, which closes them: "(1962)", "(2018a,".
        // A list goes on for a dozen parts at most, so a long line is not read to its end.
        let mut end = rest.len().min(300);
        while !rest.is_char_boundary(end) {
            end -= 1;
        }
        let line = &rest[..rest[..end].find('\n').unwrap_or(end)];
        let year = |part: &str| {
            let digits = part.bytes().take_while(u8::is_ascii_digit).count();
            let after = part[digits..].trim_start_matches(|c: char| c.is_ascii_lowercase());
            digits == 4 && part.starts_with(['1', '2']) && (after.is_empty() || after.starts_with([')', ',', ';']))
        };
        let mut initials = false;
        let mut others = false;
        for part in line.split([',', ' ']).filter(|w| !w.is_empty()).take(16) {
            let first = part.chars().next().is_some_and(char::is_uppercase);
            match part {
                _ if part.starts_with('(') => return year(&part[1..]) && (initials || others),
                "&" | "and" | "et" | "al." => {}
                // "J.", "J.D."
                _ if first && part.ends_with('.') && part.chars().filter(|c| c.is_alphabetic()).count() <= 2 => {
                    initials = true
                }
                _ if first && part.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'') => others = true,
                _ => return false,
            }
        }
        false
    }

    /// "my niece Sarah", "our neighbour Tom", "a barista named Sarah": the writer's
    /// own people, or people the writer met, not clients.
    pub(super) fn writers_person(&self, i: usize) -> bool {
        // "my Rose is off school", "our Jack got into the under-12s": a name owned so is
        // the writer's own (a client is "my client Rose" or "my 10am, Rose").
        if i >= 1
            && matches!(self.key(i - 1), "my" | "our")
            && self.text[self.words.list()[i - 1].end as usize..self.words.list()[i].start as usize] == *" "
        {
            return true;
        }
        // "a (lovely) barista named Sarah", but not "his doctor called Sarah".
        let article = |k: usize| matches!(self.key(k), "a" | "an" | "my" | "our");
        if i >= 3
            && matches!(self.key(i - 1), "named" | "called")
            && is_writers_person_word(self.key(i - 2))
            && (article(i - 3) || (i >= 4 && article(i - 4)))
        {
            return true;
        }
        // "my niece Sarah", "my niece, Sarah", "my mother-in-law, Julie".
        let in_law = i >= 4 && self.key(i - 1) == "law" && self.key(i - 2) == "in";
        let word_at = if in_law { i - 3 } else { i.saturating_sub(1) };
        let mine = |k: usize| matches!(self.key(k), "my" | "our");
        i >= 2
            && word_at >= 1
            && (mine(word_at - 1) || (word_at >= 2 && mine(word_at - 2) && !is_patient_word(self.key(word_at - 1))))
            && is_writers_person_word_or_typo(self.key(word_at))
            // But a relative the sentence says is in care is the client the writer
            // writes about ("My sister Kelsey Woods has been so brave in therapy").
            && !(relation(self.key(word_at)).is_some() && self.clinical_sentence(i))
            // Nor one the sentence says the reader sees ("My neighbour Ann Norris told
            // me she sees you"): a letter to the therapist about their client.
            && !self.seen_by_the_reader(i)
    }

    /// True if the sentence of word `i` says someone "sees you" or "is seeing you": the
    /// reader, a therapist, sees them. (Not "saw you on the news", nor "sees you at the
    /// gym": met, not seen as a therapist sees.)
    fn seen_by_the_reader(&self, i: usize) -> bool {
        let sentence = self.sentence_of(i);
        (sentence.start + 1..sentence.end).any(|k| {
            self.key(k) == "you"
                && matches!(self.key(k - 1), "sees" | "seeing")
                && (k + 1 >= sentence.end || !matches!(self.key(k + 1), "at" | "on" | "in" | "around" | "about"))
        })
    }

    /// True if the words from `j` say the name before them is the writer's own person:
    /// "Bradley (my son)", "William, my godson, lost a tooth", "Kim (our new intern)".
    pub(super) fn writers_person_after(&self, j: usize) -> bool {
        let list = self.words.list();
        if j == 0 || j + 1 >= list.len() || !matches!(self.key(j), "my" | "our") {
            return false;
        }
        let gap = &self.text[list[j - 1].end as usize..list[j].start as usize];
        if !matches!(gap, " (" | "(" | ", " | " \u{2014} " | " - ") {
            return false;
        }
        // One word may stand between: "my little brother", "our new intern". The phrase
        // closes there ("Nathan, my son is sick" is a new clause; "Nathan (my colleague's
        // client)" is not the colleague).
        let closes = |k: usize| {
            let after = self.text[list[k].end as usize..].trim_start_matches(' ');
            after.starts_with([')', ','])
        };
        (j + 1..(j + 3).min(list.len())).any(|k| closes(k) && is_writers_person_word_or_typo(self.key(k)))
    }

    /// "Hi Sarah", "Dear Dr Nash": how many words before word `i` the greeting of a
    /// line stands (1, or 2 with a title between), if one does.
    pub(super) fn greeted(&self, i: usize) -> Option<usize> {
        let greeting = |k: usize| self.flags(k) & LINE_START != 0 && is_greeting(self.key(k));
        if i >= 1 && greeting(i - 1) {
            Some(1)
        } else if i >= 2 && greeting(i - 2) && is_title(self.key(i - 1)) {
            Some(2)
        } else {
            None
        }
    }

    /// "Hi Sarah," at the top of a message, a name alone on its line after a closing.
    pub(super) fn addressee_or_signer(&self, i: usize, len: usize) -> bool {
        // "Luis — thanks for coming to dinner … Love, your big sis": the one a relative's
        // message opens on or greets is family.
        let greeted = self.greeted(i);
        if (i == 0 || greeted.is_some()) && self.signed_as_family() {
            return true;
        }
        // "Hi Sarah", "Dear Dr Nash": the addressee, a colleague, unless the message
        // speaks to them of their own care ("your appointment"): then it is a client.
        if greeted == Some(1) {
            return !self.speaks_of_their_care();
        }
        if greeted == Some(2) {
            // "Dear Mr. Overgaard, … a balance for sessions in February": a letter that
            // speaks to someone addressed by a courtesy title of their sessions, and of
            // nobody else's, is to a client; a colleague is greeted by name or as a doctor.
            let courtesy = !is_professional_title(self.key(i - 1));
            return !(self.speaks_of_their_care() || courtesy && self.tells_of_their_sessions());
        }
        let end = self.words.list()[i + len - 1].end as usize;
        // "… could you cover my 3pm? Thanks! - Rachel": a dash after the last sentence,
        // then the name that ends the text, signs it.
        // (Not inside a message quoted: `"I'm sorry. - Rachel"` is hers.)
        // (What follows is whitespace, then stops, then whitespace: read from the front, so
        // the usual next word ends the test at once.)
        let after_name = self.text[end..].trim_start().trim_start_matches(['.', '!']);
        if i >= 1 && after_name.chars().all(char::is_whitespace) {
            let gap = &self.text[self.words.list()[i - 1].end as usize..self.words.list()[i].start as usize];
            let after_sentence = gap.trim_start_matches([')', '"', '\'', '\u{2019}', '\u{201d}']);
            if after_sentence.starts_with(['.', '!', '?'])
                && matches!(
                    after_sentence.trim_start_matches(['.', '!', '?']).trim(),
                    "-" | "--" | "\u{2014}" | "\u{2013}"
                )
            {
                return true;
            }
        }
        if self.flags(i) & LINE_START == 0 {
            return false;
        }
        // (Read up to the first letter or digit: most names go on with a word.)
        if self.text[end..].chars().take_while(|&c| c != '\n').any(char::is_alphanumeric) {
            return false;
        }
        let rest_of_line = self.text[end..].split('\n').next().unwrap_or("");
        // A name alone on the text's first line, or under a heading's marks ("## Ant"),
        // heads what follows, but with a comma, a colon or a dash it is the addressee
        // ("Sarah,\n\nCould you cover my 3pm?"); lower down, a signer closes the text.
        let start = self.words.list()[i].start as usize;
        let line_start = self.line_start(start);
        if self.text[line_start..start].trim_start().starts_with('#') {
            return false;
        }
        if self.text[..line_start].trim().is_empty() {
            let addressed = rest_of_line.trim_start().starts_with([',', ':', '-', '\u{2014}', '\u{2013}']);
            return addressed && !self.speaks_of_their_care();
        }
        true
    }

    /// Word `i` stands in prose, not inside an address, a handle or a path
    /// ("calendly.com/nathan-jones", "@nathan_jones", "pro-ana").
    pub(super) fn in_prose(&self, i: usize, len: usize) -> bool {
        let list = self.words.list();
        let (start, end) = (list[i].start as usize, list[i + len - 1].end as usize);
        let before = self.text[..start].chars().next_back();
        let after = self.text[end..].chars().next();
        let then = self.text[end..].chars().nth(1);
        let joined_before = matches!(before, Some('/' | '@' | '_' | '-' | '.' | '#' | '='));
        let joined_after = matches!(after, Some('/' | '@' | '_' | '-' | '='))
            || (after == Some('.') && then.is_some_and(char::is_alphanumeric));
        !joined_before && !joined_after
    }

    /// A capital letter alone, as a middle initial is written ("A." or "A").
    pub(super) fn middle_initial(&self, k: usize) -> bool {
        let w = self.words.list()[k];
        w.end - w.start == 1
            && w.flags & CAP != 0
            && self.key(k) != "i"
            && self.flags(k - 1) & CAP != 0
            && k + 1 < self.words.len()
            && self.flags(k + 1) & CAP != 0
    }

    /// "your appointment", "your next session": the text is written to a client.
    /// True if a name that is also a word stands in a title written in capitals: before
    /// a capitalised ordinary word that is no name ("Frank Talk About Burnout", "Summer
    /// Edition"), or inside a quoted title of two words or more ("A Ray of Hope?").
    /// The word after must be no verb or clinical word ("Grace Attended", "Grace Intake
    /// Form") and the talk not clinical; a word before the name makes no title ("Client
    /// Bill cancelled").
    pub(super) fn in_title(&self, i: usize, len: usize) -> bool {
        let list = self.words.list();
        let lx = lexicon();
        let last = i + len - 1;
        let titled_word = |k: usize| {
            let key = self.key(k);
            list[k].flags & (CAP | UPPER) == CAP
                && key.len() >= 3
                && key.chars().all(char::is_alphabetic)
                && lx.is_ordinary_word(key)
                && !lx.is_known_given_name(key)
                && !is_calendar_word(key)
                && !is_title(key)
                && !is_greeting(key)
                && !is_kinship_title(key)
                && !is_clinical_cue(key)
                && !is_name_following_verb(key)
                && !key.ends_with("ed")
                && self.index.name_word_ids.get(key).is_none()
        };
        let next = last + 1 < list.len()
            && list[last + 1].flags & SENTENCE_START == 0
            && matches!(&self.text[list[last].end as usize..list[last + 1].start as usize], " " | " & ")
            && titled_word(last + 1);
        (next && !self.clinical_sentence(i)) || self.in_quoted_title(list[i].start as usize, list[last].end as usize)
    }

    /// True if bytes `start..end` lie in a quoted title on one line: two words or more
    /// between double quotes, each of five letters or more capitalised ("A Fall from
    /// Grace"). A quoted message ("hi its Hope, can we move?") or a nickname ("Chuck")
    /// is no title.
    pub(super) fn in_quoted_title(&self, start: usize, end: usize) -> bool {
        // A title is short and on one line: the quotes are looked for within its line and
        // a few hundred bytes (every name of a long text once, not back to its start).
        let (mut from, mut to) = (start.saturating_sub(TITLE_REACH), (end + TITLE_REACH).min(self.text.len()));
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        while !self.text.is_char_boundary(to) {
            to -= 1;
        }
        let before = &self.text[from..start];
        let before = before.rfind('\n').map_or(before, |k| &before[k + 1..]);
        let after = &self.text[end..to];
        let after = after.find('\n').map_or(after, |k| &after[..k]);
        let line_start = start - before.len();
        // (Quotes may be several bytes long: the quoted text starts after the whole char.)
        let open = double_quotes(before).next_back().map(|(_, k)| line_start + k);
        let close = double_quotes(after).next().map(|(k, _)| end + k);
        let (Some(open), Some(close)) = (open, close) else {
            return false;
        };
        let quoted = &self.text[open..close];
        let words: Vec<&str> = quoted.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        !quoted.contains('\n')
            && (2..=8).contains(&words.len())
            && words.iter().all(|w| w.chars().count() < 5 || w.starts_with(char::is_uppercase))
    }

    /// True if a name that is also a word is joined by a hyphen to a word in lower case
    /// that is no pronoun, or to a capitalised everyday word that is nobody's name: a
    /// compound ("Rose-tinted", "Jack-o'-lanterns", "Ray-Ban"; "Will-he says" is him,
    /// "Mary-Kate" a name).
    pub(super) fn compound_word(&self, i: usize, len: usize) -> bool {
        let j = i + len;
        let end = self.words.list()[j - 1].end as usize;
        let lx = lexicon();
        let everyday_capital = |k: usize| {
            self.flags(k) & (CAP | UPPER) == CAP
                && lx.is_ordinary_word(self.key(k))
                && !lx.is_known_given_name(self.key(k))
                && !self.index.name_word_ids.contains_key(self.key(k))
        };
        // "Will-he says" is him: a pronoun after the hyphen is a dash.
        j < self.words.len()
            && self.words.list()[j].start as usize == end + 1
            && self.text[end..].starts_with('-')
            && (self.flags(j) & (CAP | UPPER) == 0 || everyday_capital(j))
            && !matches!(
                self.key(j),
                "he" | "she" | "they" | "his" | "her" | "hers" | "him" | "you" | "we" | "i" | "it" | "me" | "us"
            )
    }

    /// The text speaks to its reader ("you") of sessions or appointments, not the
    /// practice's own ("our group therapy sessions"), and of no client or patient: a
    /// letter about the addressee's own ("a balance of $240 for sessions in March"), not
    /// one to a landlord.
    fn tells_of_their_sessions(&self) -> bool {
        *self.their_sessions.get_or_init(|| {
            let (mut sessions, mut you) = (false, false);
            for k in 0..self.words.len() {
                match self.key(k) {
                    "session" | "sessions" | "appointment" | "appointments" => {
                        sessions |= k == 0 || !matches!(self.key(k - 1), "our" | "group" | "therapy" | "the")
                    }
                    "you" | "your" => you = true,
                    "client" | "clients" | "patient" | "patients" | "son" | "daughter" | "child" | "children" => {
                        return false
                    }
                    _ => {}
                }
            }
            sessions && you
        })
    }

    pub(super) fn speaks_of_their_care(&self) -> bool {
        *self.speaks_of_care.get_or_init(|| {
            let n = self.words.len();
            let care = |w: &str| {
                matches!(
                    w,
                    "appointment"
                        | "appointments"
                        | "appt"
                        | "appts"
                        | "session"
                        | "sessions"
                        | "therapy"
                        | "counselling"
                        | "counseling"
                        | "treatment"
                        | "assessment"
                )
            };
            // "Dear Darren, … Your counsellor is very proud": the one who cares for them,
            // as the subject or object ("see your therapist"), not a kind of thing ("your
            // therapist peer group", "your psychologist registration").
            let carer = |j: usize| {
                matches!(
                    self.key(j),
                    "counsellor" | "counselor" | "therapist" | "psychologist" | "psychotherapist" | "keyworker"
                ) && (j + 1 >= n
                    || self.text[self.words.list()[j].end as usize..self.words.list()[j + 1].start as usize].trim()
                        != ""
                    || matches!(
                        self.key(j + 1),
                        "is" | "was"
                            | "has"
                            | "will"
                            | "would"
                            | "can"
                            | "says"
                            | "said"
                            | "thinks"
                            | "and"
                            | "about"
                            | "at"
                            | "today"
                            | "again"
                    ))
            };
            // "your wife Alexa heard it", "went to your mum", "tu pareja": the addressee's
            // own family, as one writes to a client about their care, not to a colleague.
            let own_people = |j: usize| {
                relation(self.key(j)).is_some()
                    || matches!(self.key(j), "neighbour" | "neighbor" | "consent" | "records" | "mobile")
            };
            // ("sua próxima consulta", "votre séance", "tu pareja": the same in the other
            // languages.)
            let abroad = |j: usize| is_care_abroad(self.key(j)) || relation(self.key(j)).is_some();
            // (Not in a passage quoted for others: "Here's my paragraph for the parents'
            // newsletter: \"If your child will talk at all…\"".)
            let passages = quoted_passages(self.text);
            let list = self.words.list();
            let quoted =
                |k: usize| passages.iter().any(|&(a, b)| a <= list[k].start as usize && (list[k].end as usize) <= b);
            // "you're seeing me on Thursdays", "you've been seeing me", "when you first
            // came to see me": the addressee sees the writer (not "thank you for seeing
            // me", "are you seeing me about the wiring?").
            let at = |k: usize, words: &[&str]| {
                k + words.len() <= n && words.iter().enumerate().all(|(d, w)| self.key(k + d) == *w)
            };
            let sees_me = |k: usize| {
                at(k + 1, &["re", "seeing", "me"])
                    || at(k + 1, &["ve", "been", "seeing", "me"])
                    || at(k + 1, &["have", "been", "seeing", "me"])
                    || at(k + 1, &["started", "seeing", "me"])
                    || at(k + 1, &["came", "to", "see", "me"])
                    || at(k + 1, &["first", "came", "to", "see", "me"])
            };
            (0..n).filter(|&k| !quoted(k)).any(|k| {
                (self.key(k) == "your" && (k + 1..(k + 4).min(n)).any(|j| care(self.key(j)) || carer(j)))
                    || (self.key(k) == "you" && sees_me(k))
                    || (self.key(k) == "your" && k + 1 < n && own_people(k + 1))
                    || (is_your_abroad(self.key(k)) && (k + 1..(k + 4).min(n)).any(abroad))
            })
        })
    }

    /// "her daughter Emily", "a sister named Emily", "Emily, his sister": a relative,
    /// not the client.
    pub(super) fn relative_of_someone(&self, i: usize, len: usize) -> bool {
        // (One sentence: "Doug. His partner has no idea" is Doug and his partner; but
        // "the girls: Monica, the elder" are hers.)
        let list = self.words.list();
        let starts = |k: usize| {
            self.flags(k) & SENTENCE_START != 0
                && (k == 0 || self.text[list[k - 1].end as usize..list[k].start as usize] != *": ")
        };
        // (A relation word capitalised as a title is one: "Sister Acosta", "Father Byrne".)
        let titled = |k: usize| self.flags(k) & CAP != 0 && is_title(self.key(k));
        if i >= 1 && !starts(i) && (relation(self.key(i - 1)).is_some() && !titled(i - 1) || self.partner_before(i)) {
            return true;
        }
        // The second of two: "sons Ralph and Cody", "sisters Amy, Jo".
        let named_after_relation = |k: usize| k >= 1 && self.flags(k) & CAP != 0 && relation(self.key(k - 1)).is_some();
        if (i >= 2 && self.key(i - 1) == "and" && named_after_relation(i - 2))
            || (i >= 1
                && self.text[list[i - 1].end as usize..list[i].start as usize] == *", "
                && named_after_relation(i - 1))
        {
            return true;
        }
        if i >= 2 && matches!(self.key(i - 1), "named" | "called" | "to") && relation(self.key(i - 2)).is_some() {
            return true;
        }
        let j = i + len;
        j + 1 < self.words.len()
            && !starts(j)
            && matches!(self.key(j), "her" | "his" | "their")
            && relation(self.key(j + 1)).is_some()
    }

    /// "engaged to Jared", "married to Jared", "in a relationship with Jared", "dating
    /// Jared": the words before a name make them someone's partner (but "quiet,
    /// engaged" in a group is taking part).
    pub(super) fn partner_before(&self, i: usize) -> bool {
        let before = |d: usize| if i >= d { self.key(i - d) } else { "" };
        matches!((before(2), before(1)), ("engaged" | "married", "to") | ("relationship", "with") | (_, "dating"))
    }

    /// The nearest relation word within reach of a name.
    pub(super) fn relation_near(&self, i: usize, len: usize) -> Option<Relation> {
        let n = self.words.len();
        if self.partner_before(i) {
            return Some(Relation::Partner);
        }
        // The nearest words first, on either side, in the name's sentence; ages and "and"
        // count for no word ("Sons Blake (8) and George (5). Dad works nights").
        // (A colon opens no new sentence here: "Two children: Jonathan and Pamela".)
        let list = self.words.list();
        let worded = |k: &usize| self.flags(*k) & DIGITS == 0 && !matches!(self.key(*k), "and" | "or");
        let starts = |k: usize| {
            k > 0
                && self.flags(k) & SENTENCE_START != 0
                && !self.text[list[k - 1].end as usize..list[k].start as usize].trim_end().ends_with([':', ';'])
        };
        let mut before = (0..i).rev().take_while(|&k| !starts(k + 1)).filter(worded);
        let mut after = (i + len..n).take_while(|&k| !starts(k)).filter(worded);
        // "father of Frederick (13) and Crystal (10)", "mother of Sara": a parent's
        // word before "of" names the children after it.
        let of_parent = |k: usize| {
            let r = relation(self.key(k))?;
            Some(match r {
                Relation::Mother | Relation::Father | Relation::Parent if k < i && self.key(k + 1) == "of" => {
                    Relation::Child
                }
                Relation::Grandmother | Relation::Grandfather if k < i && self.key(k + 1) == "of" => {
                    Relation::Grandchild
                }
                _ => r,
            })
        };
        // "Shane hugged his mum": a relation word after a verb and a possessive is the
        // named one's own relative, so the named is that relative's child ("Emily, his
        // sister" stays a sister).
        let parent_after = |k: usize| {
            let r = relation(self.key(k))?;
            let told_by_verb = k >= i + len + 2 && matches!(self.key(k - 1), "his" | "her" | "their");
            Some(match r {
                Relation::Mother | Relation::Father | Relation::Parent if told_by_verb => Relation::Child,
                Relation::Grandmother | Relation::Grandfather if told_by_verb => Relation::Grandchild,
                _ => r,
            })
        };
        (0..RELATION_REACH).find_map(|_| {
            let b = before.next().and_then(of_parent);
            b.or_else(|| after.next().and_then(parent_after))
        })
    }

    /// "in June", "June 5": a month, not a person.
    pub(super) fn temporal(&self, i: usize, len: usize) -> bool {
        let number = |k: usize| {
            let key = self.key(k);
            let digits = key.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            self.flags(k) & DIGITS != 0
                || (!digits.is_empty()
                    && digits.bytes().all(|b| b.is_ascii_digit())
                    && matches!(&key[digits.len()..], "st" | "nd" | "rd" | "th"))
        };
        // Another month beside it, or with "and" between: "May/June", "May and June".
        let month = |k: usize| month_number(self.key(k)).is_some();
        let n = self.words.len();
        let before = i >= 1 && (is_temporal_word(self.key(i - 1)) || number(i - 1) || month(i - 1))
            // "Invoices for April are overdue", "figures for May".
            || (i >= 2 && self.key(i - 1) == "for" && is_month_business(self.key(i - 2)));
        // ("June, 45, whose analysis…": an age no day of a month can be.)
        let age = self.stated_age(i + len).is_some_and(|v| v > 31);
        let after = i + len < n && ((number(i + len) && !age) || month(i + len));
        let and_before = i >= 2 && self.key(i - 1) == "and" && month(i - 2);
        // "It's June" (but "it was June, distraught" on the crisis line is her).
        let it_is = i >= 2 && matches!(self.key(i - 1), "s" | "is") && self.key(i - 2) == "it";
        let and_after = i + len + 1 < n && self.key(i + len) == "and" && month(i + len + 1);
        // "June's CPD day", "May's newsletter": a month's events, not her.
        let possessive = i + len + 1 < n
            && self.key(i + len) == "s"
            && matches!(
                &self.text[self.words.list()[i + len - 1].end as usize..self.words.list()[i + len].start as usize],
                "'" | "\u{2019}"
            )
            && is_calendar_event(self.key(i + len + 1));
        // "the May rota", "Bill insurers for April sessions", "the May stats are in":
        // the month's business.
        let business = i + len < n
            && self.flags(i + len) & (CAP | UPPER) == 0
            && self.text[self.words.list()[i + len - 1].end as usize..self.words.list()[i + len].start as usize]
                == *" "
            && (is_calendar_event(self.key(i + len))
                || matches!(
                    self.key(i + len),
                    "stats" | "statistics" | "figures" | "invoices" | "referrals" | "deadline" | "returns"
                )
                // ("Can we move June sessions to Thursdays?" may be hers; "for April
                // sessions" is the month's.)
                || (self.key(i + len) == "sessions"
                    && i >= 1
                    && matches!(self.key(i - 1), "for" | "the" | "this" | "next" | "last" | "of" | "by")));
        // "Subject: AR ageing - May", "On-call rota — March (draft)": a month that ends a
        // heading of business after a dash or a comma dates it ("Subject: June" may be
        // her).
        let list = self.words.list();
        let line_end = self.text[list[i + len - 1].end as usize..].split('\n').next().unwrap_or("").trim();
        let heading_end = i >= 1
            && matches!(
                self.text[list[i - 1].end as usize..list[i].start as usize].trim(),
                "-" | "\u{2013}" | "\u{2014}" | ","
            )
            && (line_end.is_empty() || (line_end.starts_with('(') && line_end.ends_with(')')))
            && self.ends_business_heading(i);
        before || after || and_before || and_after || it_is || possessive || business || heading_end
    }

    /// True if word `i` ends a heading of the practice's business: the text's first
    /// line or a subject line, with a word of reports or accounts before it and no word
    /// of care ("Subject: AR ageing - May", "On-call rota — March"; not "Re: missed
    /// appointment - May", "Progress note, June").
    fn ends_business_heading(&self, i: usize) -> bool {
        let list = self.words.list();
        let start = list[i].start as usize;
        let line_start = self.line_start(start);
        let line = self.text[line_start..start].trim_start();
        let heading = line_start == 0
            || ["subject", "re:", "fwd:"]
                .iter()
                .any(|h| line.len() >= h.len() && line[..h.len()].eq_ignore_ascii_case(h));
        let first = list.partition_point(|w| (w.start as usize) < line_start);
        let cues = self.care_cues();
        heading
            && (first..i).any(|k| is_business_heading_word(self.key(k)))
            && !(first..i).any(|k| cues[k] || is_practice_word(self.key(k)))
    }

    /// A name that is also a word, used as the word by the words around it: a plant
    /// that creeps over something ("Ivy is creeping over the sign"), a set phrase in the
    /// possessive ("Dean's list"), a virtue defined at a sentence's start ("Patience is
    /// a clinical skill", "Hope is a discipline, not a mood"). Not in a record's name
    /// field ("Patient: Joy was…").
    pub(super) fn word_by_its_company(&self, i: usize, len: usize) -> bool {
        let n = self.words.len();
        let (key, j) = (self.key(i), i + len);
        if len != 1 || j >= n || self.in_name_field(i) {
            return false;
        }
        let possessive = self.key(j) == "s"
            && j + 1 < n
            && matches!(
                &self.text[self.words.list()[i].end as usize..self.words.list()[j].start as usize],
                "'" | "\u{2019}"
            )
            && is_possessive_set_phrase(key, self.key(j + 1));
        // "Ivy is creeping over…", "Ivy has crept up the wall": the verb, then where.
        let verb_at = (j..(j + 3).min(n)).find(|&k| is_plant_verb(self.key(k)));
        let plant = is_plant_name(key)
            && verb_at.is_some_and(|k| {
                (j..k).all(|m| matches!(self.key(m), "is" | "was" | "has" | "been" | "s"))
                    && k + 1 < n
                    && matches!(
                        self.key(k + 1),
                        "over" | "up" | "through" | "across" | "along" | "around" | "into" | "onto" | "on"
                    )
            });
        let defined =
            is_virtue_name(key) && self.flags(i) & (SENTENCE_START | LINE_START) != 0 && self.defines_a_virtue(j);
        possessive || plant || defined || self.listed_with_words(i) || self.opens_in_parallel(i)
    }

    /// True if word `i`, a virtue's name, opens its sentence as another virtue's opens
    /// another of the text's, the same two words in lower case after each, "is" or
    /// "when" first and no verb of what someone does after them ("Faith is not a
    /// financial product. Hope is not a claims procedure.", "Grace when they repeat the
    /// question. Patience when they…"): sayings about the virtues, side by side. Not
    /// news of people ("Grace is not sleeping. Hope is not eating.", "Joy did not
    /// attend. Hope did not attend."), nor in clinical talk.
    fn opens_in_parallel(&self, i: usize) -> bool {
        let list = self.words.list();
        let n = list.len();
        let lower = |k: usize| list[k].flags & (CAP | UPPER) == 0;
        let doing = |k: usize| k < n && (self.key(k).ends_with("ing") || self.key(k).ends_with("ed"));
        let opens = |k: usize| {
            list[k].flags & (SENTENCE_START | LINE_START) != 0
                && list[k].flags & (CAP | UPPER) == CAP
                && is_virtue_name(self.key(k))
                && k + 2 < n
                && lower(k + 1)
                && lower(k + 2)
                && matches!(self.key(k + 1), "is" | "when")
                && !doing(k + 2)
                && !doing(k + 3)
        };
        if !opens(i) || self.clinical_sentence(i) {
            return false;
        }
        let (key, next) = (self.key(i), [self.key(i + 1), self.key(i + 2)]);
        (0..n).any(|k| opens(k) && self.key(k) != key && [self.key(k + 1), self.key(k + 2)] == next)
    }

    /// True if the word at `i` is an item of a list whose next item is an everyday word
    /// capitalised mid-sentence, no name ("Joy, Sadness and Anxiety have done more…",
    /// "Faith, Courage and Kindness"): a list of the words.
    fn listed_with_words(&self, i: usize) -> bool {
        let list = self.words.list();
        let lx = lexicon();
        let k = i + 1;
        let next = if k < list.len() && self.key(k) == "and" { k + 1 } else { k };
        let gap =
            if next < list.len() { self.text[list[i].end as usize..list[next].start as usize].trim() } else { "" };
        next < list.len()
            && matches!(gap, "," | "and" | ", and" | "&")
            && list[next].flags & (CAP | UPPER | SENTENCE_START) == CAP
            && {
                let word = self.key(next);
                word.len() >= 4
                    && lx.is_ordinary_word(word)
                    && !lx.is_known_given_name(word)
                    && self.index.name_word_ids.get(word).is_none()
                    && !is_calendar_word(word)
            }
    }

    /// True if the given name alone at word `i` is one of several people its sentence
    /// lists by given name, with thanks or credit in it or the sentence before ("thanks
    /// to Patience and Victor on the raffle", "Goals from Leo (3), Hope (2), Rosie and Faith", "Massive thanks to Dawn
    /// (DJ), Rusty (glow sticks) and Hope"; not "Could you pull the files for Kevin,
    /// Sofia and Robin"):
    /// another given name alone within a few words, joined to it by "and", "&", "+" or a
    /// comma alone (or the other languages' "y", "et", "und"…), and no client named in
    /// full in the sentence. Such lists thank a team or a committee; whether a client is
    /// among them is for the rest of the text to say.
    pub(super) fn listed_among_people(&self, i: usize) -> bool {
        let list = self.words.list();
        let lx = lexicon();
        let sentence = self.sentence_of(i);
        // (Not the first word of a full name: "captain Rose McBride".)
        let alone = |k: usize| {
            k + 1 >= sentence.end
                || list[k + 1].flags & CAP == 0
                || self.text[list[k].end as usize..list[k + 1].start as usize] != *" "
        };
        let given = |k: usize| {
            let key = self.key(k);
            list[k].flags & (CAP | UPPER) == CAP
                && (lx.is_known_given_name(key) || (lx.is_census_name(key) && !lx.is_ordinary_word(key)))
                && !is_title(key)
        };
        // (Only a list's joints between them, once what is in brackets is left out:
        // "Rusty (glow sticks) and Hope", not "Randy, before I forget — Jan".)
        let joined = |a: usize, b: usize| {
            let mut between = String::new();
            let mut depth = 0u32;
            for c in self.text[list[a].end as usize..list[b].start as usize].chars() {
                match c {
                    '(' => depth += 1,
                    ')' => depth = depth.saturating_sub(1),
                    _ if depth == 0 => between.push(c),
                    _ => {}
                }
            }
            let words: Vec<&str> = between.split_whitespace().collect();
            // ("her godmother Ruth and my husband Mark": one of the writer's people next.)
            let joint = match words.as_slice() {
                [joint @ .., owner, kin]
                    if matches!(owner.to_lowercase().as_str(), "my" | "our" | "her" | "his" | "their")
                        && relation(&kin.to_lowercase()).is_some() =>
                {
                    joint
                }
                joint => joint,
            };
            matches!(
                joint.join(" ").as_str(),
                "," | "&" | "+" | "and" | ", and" | "y" | "e" | "et" | "und" | "i" | "en"
            )
        };
        // (A list that names a client in full is a list of clients: "Bailey Johnson,
        // Valerie Oliver and Shannon are starting the group".)
        let names_a_client =
            || (sentence.start..sentence.end - 1).any(|k| self.clients_full_name(self.key(k), self.key(k + 1)));
        alone(i)
            && (self.sentence_of(sentence.start.saturating_sub(1)).start..sentence.end)
                .any(|k| is_credit_word(self.key(k)))
            && (sentence.start.max(i.saturating_sub(LIST_REACH))..(i + LIST_REACH + 1).min(sentence.end))
                .any(|k| k != i && given(k) && alone(k) && joined(k.min(i), k.max(i)))
            && !names_a_client()
    }

    /// True if the words from `j` on say what a virtue named just before is: a copula,
    /// perhaps negated ("is", "isn't", "is not", "is more than"), then "something" that
    /// a clause describes ("something you practise") or a noun phrase of a few words
    /// whose last is a kind of thing a virtue is ("a clinical skill", "not a feeling,
    /// it's a practice", "the other word I'd add"). A kind word that only modifies the
    /// next word is a person's ("a practice nurse", "a state trooper").
    fn defines_a_virtue(&self, j: usize) -> bool {
        let n = self.words.len();
        let list = self.words.list();
        let joined = |a: usize, b: usize| self.text[list[a].end as usize..list[b].start as usize] == *" ";
        // (In the present, as a definition is: "Grace was the choice of the panel" is her.)
        let mut k = j;
        match self.key(k) {
            "is" => k += 1,
            "isn" if k + 1 < n && self.key(k + 1) == "t" => k += 2,
            _ => return false,
        }
        // "not", "never", "more than", "always just": at most two such words.
        for _ in 0..2 {
            if k < n && joined(k - 1, k) && is_copula_adverb(self.key(k)) {
                k += 1;
            }
        }
        if k >= n || !joined(k - 1, k) {
            return false;
        }
        // The word after a phrase's last word: none, a break, or one that starts a clause.
        let ends_phrase = |m: usize| {
            m + 1 >= n || {
                let gap = self.text[list[m].end as usize..list[m + 1].start as usize].trim_start_matches(' ');
                if gap.is_empty() {
                    is_clause_opener(self.key(m + 1))
                } else {
                    !gap.starts_with(['-', '\'', '\u{2019}'])
                }
            }
        };
        match self.key(k) {
            "something" => k + 1 < n && joined(k, k + 1) && is_clause_opener(self.key(k + 1)),
            "a" | "an" | "the" => (k + 1..(k + 5).min(n))
                .take_while(|&m| joined(m - 1, m))
                .any(|m| is_virtue_kind(self.key(m)) && ends_phrase(m)),
            _ => false,
        }
    }

    /// True if word `i` fills a record's field for the client's name: "Patient: Sunny",
    /// "Client name: Joy".
    pub(super) fn in_name_field(&self, i: usize) -> bool {
        i >= 1
            && matches!(self.key(i - 1), "patient" | "client" | "name" | "pt")
            && self.text[self.words.list()[i - 1].end as usize..self.words.list()[i].start as usize].trim() == ":"
    }

    /// "Kim Bailey-Osei", "Mary-Kate": the word is part of a hyphenated name, not the
    /// client's own.
    pub(super) fn double_barrelled(&self, i: usize, len: usize) -> bool {
        let list = self.words.list();
        let hyphen = |a: usize, b: usize| self.text[list[a].end as usize..list[b].start as usize] == *"-";
        // A capitalised name, or word that is no ordinary one: "Robinson-Intake form" is
        // a dash, "Nathan-Lee" and "Walton-Price" names.
        let lx = lexicon();
        let name_like = |k: usize| {
            let key = self.key(k);
            self.flags(k) & (CAP | UPPER) == CAP
                && (lx.is_known_given_name(key)
                    || !lx.is_ordinary_word(key)
                    // ("Walton-Price", but not in talk of care: "Teresa Hubbard-Early
                    // Intervention referral".)
                    || (lx.is_world_name(key) && !self.care_talk(i)))
                && !is_common_acronym(key)
        };
        let last = i + len - 1;
        (i >= 1 && hyphen(i - 1, i) && name_like(i - 1))
            || (last + 1 < list.len() && hyphen(last, last + 1) && name_like(last + 1))
    }

    /// True if a word within reach of word `i` is a cue of the kind `cue` tells.
    pub(super) fn cue_near(&self, i: usize, cue: fn(&str) -> bool) -> bool {
        self.near(i, |k| cue(self.key(k)) && !self.hashtag(k))
    }

    /// True if `is_cue` holds of a word within reach of word `i`.
    fn near(&self, i: usize, is_cue: impl Fn(usize) -> bool) -> bool {
        // (Reach is counted after a two-word name too, within its sentence: "Bobby Lee
        // talking about getting sober on his podcast".)
        let (start, end) = (i.saturating_sub(CLINICAL_REACH), (i + CLINICAL_REACH + 2).min(self.words.len()));
        let within = |k: usize| k < i + CLINICAL_REACH || (i + 1..=k).all(|m| self.flags(m) & SENTENCE_START == 0);
        (start..end).any(|k| is_cue(k) && within(k))
    }

    /// The byte at which the line holding byte `at` of the text starts.
    pub(super) fn line_start(&self, at: usize) -> usize {
        self.text[..at].rfind('\n').map_or(0, |k| k + 1)
    }

    /// True if word `k` is a hashtag ("#therapy"): a label for the feed, not talk.
    pub(super) fn hashtag(&self, k: usize) -> bool {
        self.text[..self.words.list()[k].start as usize].ends_with('#')
    }

    /// True if the words around word `i`, or its sentence, speak of clients or sessions.
    pub(super) fn clinical_sentence(&self, i: usize) -> bool {
        self.cue_near(i, is_clinical_cue)
            || self.sentence_of(i).any(|k| is_clinical_cue(self.key(k)) && !self.hashtag(k))
    }

    /// As [`Scan::clinical_sentence`], but the writer's caseload spoken of in general
    /// ("my clients still bring it up", "our adolescent patients") is no talk of the one
    /// named: a public figure's name in such a sentence is the famous one's (not in
    /// "Emma Stone and two other clients missed group").
    pub(super) fn clinical_of_the_named(&self, i: usize) -> bool {
        // (Not where the sentence counts the named among them: "one of our patients,
        // Emma Stone", "what I tell all my clients", "like my clients often do".)
        let caseload = |k: usize| {
            matches!(self.key(k), "clients" | "patients")
                && (k.saturating_sub(2)..k).any(|m| matches!(self.key(m), "my" | "our"))
                && !(k.saturating_sub(3)..k).any(|m| {
                    matches!(self.key(m), "of" | "all" | "like" | "among" | "other" | "most" | "many" | "some")
                })
                // ("joined my clients' Thursday walk": theirs, with the named.)
                && !self.text[self.words.list()[k].end as usize..].starts_with(['\'', '\u{2019}'])
        };
        let cue = |k: usize| is_clinical_cue(self.key(k)) && !caseload(k) && !self.hashtag(k);
        self.near(i, cue) || self.sentence_of(i).any(cue)
    }

    /// True if the words around word `i`, or its sentence, speak of care: the session
    /// words of [`Scan::clinical_sentence`], or a word of mental health or its troubles
    /// ("tearful", "panic"). A redacted text's own pseudonyms ("Client A") do not count:
    /// the readings that ask this must not turn when redaction wrote "Client".
    pub(super) fn care_talk(&self, i: usize) -> bool {
        let cues = self.care_cues();
        self.near(i, |k| cues[k]) || self.sentence_of(i).any(|k| cues[k])
    }

    /// Per word of the text, whether [`Scan::care_talk`] reads it as a word of care
    /// (worked out once per text).
    fn care_cues(&self) -> &[bool] {
        self.care_cues.get_or_init(|| {
            let list = self.words.list();
            let pseudonym = |k: usize| {
                matches!(self.key(k), "client" | "clients")
                    && list.get(k + 1).is_some_and(|w| w.end - w.start == 1 && w.flags & CAP != 0)
            };
            (0..list.len())
                .map(|k| {
                    let key = self.key(k);
                    (is_clinical_cue(key) || is_care_topic(key)) && !self.hashtag(k) && !pseudonym(k)
                })
                .collect()
        })
    }

    /// True if any word of the text speaks of care (as [`Scan::care_talk`] reads it) or
    /// of the practice's work with people ("group", "programme", "invoices", "booked",
    /// "CBT"): a list of given names in such a text may well be of clients.
    pub(super) fn practice_talk(&self) -> bool {
        self.care_cues().contains(&true) || (0..self.words.len()).any(|k| is_practice_word(self.key(k)))
    }

    /// Another public figure's two-word name right before or after the name at words
    /// `i..i + len`, joined by "and", "&" or a comma.
    pub(super) fn beside_public_figure(&self, i: usize, len: usize) -> bool {
        let (n, list, end) = (self.words.len(), self.words.list(), i + len);
        let comma_or_amp =
            |a: usize, b: usize| matches!(self.text[list[a].end as usize..list[b].start as usize].trim(), "," | "&");
        // (A figure's name that is also a client's is no sign: "Michael Scott and Robert
        // Smith both missed group".)
        let figure = |a: usize| {
            a + 1 < n
                && self.flags(a) & CAP != 0
                && lexicon().is_public_figure(&[self.key(a), self.key(a + 1)].join(" "))
                && !self.clients_full_name(self.key(a), self.key(a + 1))
        };
        // "Kevin Love and Michael Phelps", "Kevin Love, Michael Phelps".
        let after =
            end + 1 < n && ((self.key(end) == "and" && figure(end + 1)) || (comma_or_amp(end - 1, end) && figure(end)));
        // "Michael Phelps and Kevin Love", "Michael Phelps, Kevin Love".
        let before = i >= 2
            && ((i >= 3 && self.key(i - 1) == "and" && figure(i - 3)) || (comma_or_amp(i - 1, i) && figure(i - 2)));
        after || before
    }

    /// True if the writer speaks of their own care: "my session", "my next
    /// appointment", "our sessions" (a client writing, not a colleague).
    pub(super) fn speaks_of_own_care(&self) -> bool {
        let n = self.words.len();
        (0..n).any(|k| {
            matches!(self.key(k), "my" | "our")
                && (k + 1..(k + 3).min(n))
                    .any(|j| matches!(self.key(j), "session" | "sessions" | "appointment" | "appointments" | "therapy"))
        })
    }

    /// True if the text, of two lines or more, ends on a short line that signs it as
    /// the reader's relative ("Love, your big sis", "your Mum xx") and speaks of no
    /// therapy ("P.S. I hope your mum is feeling better" under an appointment is a
    /// therapist's).
    fn signed_as_family(&self) -> bool {
        let n = self.words.len();
        let Some(last) = (1..n).rev().find(|&k| self.flags(k) & LINE_START != 0) else {
            return false;
        };
        let signs = n - last <= 5
            && matches!(self.key(last), "love" | "lots" | "hugs" | "xx" | "xxx" | "x" | "your")
            && (last..n).any(|k| {
                self.key(k) == "your"
                    && (k + 1..(k + 3).min(n))
                        .any(|r| relation(self.key(r)).is_some() || matches!(self.key(r), "sis" | "bro"))
            });
        signs && !(0..n).any(|k| is_clinical_cue(self.key(k)))
    }

    /// True if the name at word `i` is watched ("watching The Last Dance again. Michael
    /// Jordan's…") or on a named tour ("Taylor Swift's Eras Tour"), but not "he keeps
    /// watching the door" after it, or "his tour in Iraq".
    pub(super) fn shown_or_toured(&self, i: usize) -> bool {
        let (start, end) = (i.saturating_sub(CLINICAL_REACH), (i + CLINICAL_REACH + 2).min(self.words.len()));
        (start..i).any(|k| matches!(self.key(k), "watching" | "watched" | "rewatching"))
            || (start..end).any(|k| self.key(k) == "tour" && self.flags(k) & CAP != 0)
    }

    /// True if the name at word `i` is played or listened to ("Playing James Brown in the
    /// car", "listening to Taylor Swift") outside talk of care ("Listening to James Brown
    /// describe his panic attacks today").
    pub(super) fn played(&self, i: usize, len: usize) -> bool {
        let played = (i >= 1 && matches!(self.key(i - 1), "playing" | "played"))
            || (i >= 2 && self.key(i - 1) == "to" && matches!(self.key(i - 2), "listening" | "listened"));
        // The music, not the person: no verb of theirs after the name ("listening to
        // James Brown describe…"), only a place, a time or the end of the clause.
        let list = self.words.list();
        let j = i + len;
        let music = j >= list.len()
            || self.text[list[j - 1].end as usize..list[j].start as usize].trim() != ""
            || list[j].flags & CAP != 0
            || matches!(
                self.key(j),
                "in" | "on"
                    | "at"
                    | "while"
                    | "during"
                    | "and"
                    | "again"
                    | "all"
                    | "through"
                    | "for"
                    | "with"
                    | "loud"
                    | "this"
                    | "last"
                    | "every"
                    | "s"
            );
        played && music && !self.clinical_sentence(i)
    }

    /// True if some client's given (or preferred) and family names are these words.
    pub(super) fn clients_full_name(&self, given: &str, family: &str) -> bool {
        let owners = |w: &str| self.index.name_word_ids.get(w).map(|&id| &self.index.name_words[id as usize].owners);
        let (Some(first), Some(last)) = (owners(given), owners(family)) else {
            return false;
        };
        first.iter().any(|&(c, r)| {
            matches!(r, Role::Given | Role::Preferred) && last.iter().any(|&(d, q)| d == c && q == Role::Family)
        })
    }

    /// True if the words around the name at words `i..i + len` give it as a dead
    /// person's by the formulas of death notices and memorials: "the late Harold",
    /// "Greg, d. January", "JOHNSON, Steven. Peacefully, at home…". No caseload holds
    /// the dead so named.
    pub(super) fn named_as_dead(&self, i: usize, len: usize) -> bool {
        let (n, end, list) = (self.words.len(), i + len, self.words.list());
        let gap = |a: usize, b: usize| &self.text[list[a].end as usize..list[b].start as usize];
        let late = i >= 1 && self.key(i - 1) == "late" && gap(i - 1, i) == " ";
        let died_then = end + 1 < n
            && self.key(end) == "d"
            && self.text[list[end].end as usize..].starts_with('.')
            && (month_number(self.key(end + 1)).is_some() || list[end + 1].flags & DIGITS != 0);
        // (The notice heads with the family name in capitals: "Tom Brennan suddenly
        // stood up" is no notice.)
        let notice = end < n
            && matches!(self.key(end), "peacefully" | "suddenly")
            && gap(end - 1, end).starts_with('.')
            && list[i].flags & UPPER != 0;
        late || died_then || notice
    }

    /// True if the sentence of the name at words `i..i + len` says its bearer died
    /// ("James Brown died on Christmas Day 2006", "Richard Simmons, who died in July")
    /// and speaks of no therapy: of a public figure's name, the famous one. (A client's
    /// death the therapist reports stays the client's.)
    pub(super) fn said_to_have_died(&self, i: usize, len: usize) -> bool {
        let (n, end) = (self.words.len(), i + len);
        let died = |k: usize| k < n && matches!(self.key(k), "died" | "dies");
        let passed_away = |k: usize| k + 1 < n && self.key(k) == "passed" && self.key(k + 1) == "away";
        let told = died(end)
            || passed_away(end)
            || (end < n && self.key(end) == "who" && (died(end + 1) || passed_away(end + 1)));
        told && !self.clinical_sentence(i)
    }

    /// True if word `i` follows a relation word in the possessive ("her husband's
    /// Mercedes", "my dad's Harley"): a thing the relative owns, no person.
    pub(super) fn owned_by_a_relative(&self, i: usize) -> bool {
        let list = self.words.list();
        i >= 2
            && self.key(i - 1) == "s"
            && matches!(&self.text[list[i - 2].end as usize..list[i - 1].start as usize], "'" | "\u{2019}")
            && self.text[list[i - 1].end as usize..list[i].start as usize] == *" "
            && list[i - 2].flags & (CAP | UPPER) == 0
            // (A relative's: "it's Deb", "her name's Grace" are a word and "is".)
            && relation(self.key(i - 2)).is_some()
    }

    /// True if word `i` follows "Sir" or "Dame" ("Thank you, Sir Patrick"): a knight or a
    /// dame, named so in public life. ("He calls me sir. Patrick, I said…" is no title.)
    pub(super) fn knighted(&self, i: usize) -> bool {
        let list = self.words.list();
        i >= 1
            && matches!(self.key(i - 1), "sir" | "dame")
            && list[i - 1].flags & CAP != 0
            && self.text[list[i - 1].end as usize..list[i].start as usize] == *" "
    }

    /// For words `i..i + len` set in quotes, at most one more word with them, between
    /// two capitalised words ("Constance "Connie" Fairweather", "Marcus 'Big Mac'
    /// O'Leary"): the words before and after the quotes, a given and a family name.
    pub(super) fn quoted_between_names(&self, i: usize, len: usize) -> Option<(usize, usize)> {
        let list = self.words.list();
        let gap = |a: usize, b: usize| self.text[list[a].end as usize..list[b].start as usize].trim();
        let quote = |g: &str| matches!(g, "\"" | "\u{201c}" | "\u{201d}" | "'" | "\u{2018}" | "\u{2019}");
        let end = i + len;
        let open = (i.saturating_sub(2)..i).rev().find(|&k| quote(gap(k, k + 1)))?;
        let close = (end..(end + 2).min(list.len())).find(|&k| quote(gap(k - 1, k)))?;
        let named = |k: usize| list[k].flags & (CAP | UPPER) == CAP;
        // (Only words and spaces between the quotes: "Connie", "Big Mac".)
        // (A full family name after the quotes, not an initial: 'Mags "Peggy" W. was in
        // tears all session' may be the client.)
        (named(open)
            && named(close)
            && (self.key(close).chars().count() >= 2
                || self.text[list[close].end as usize..].starts_with(['\'', '\u{2019}']))
            && (open + 2..close).all(|k| gap(k - 1, k).is_empty()))
        .then_some((open, close))
    }

    /// The words of the sentence word `i` stands in.
    pub(super) fn sentence_of(&self, i: usize) -> std::ops::Range<usize> {
        let starts = |k: usize| self.flags(k) & SENTENCE_START != 0;
        let first = (0..=i).rev().find(|&k| starts(k)).unwrap_or(0);
        let end = (i + 1..self.words.len()).find(|&k| starts(k)).unwrap_or(self.words.len());
        first..end
    }

    /// True if the words around the name at word `i` speak of books, screens, music or
    /// sport.
    pub(super) fn public_life_sentence(&self, i: usize) -> bool {
        self.cue_near(i, is_public_life_cue) || self.broadcast_show_near(i)
    }

    /// True if a show of the screen is near word `i`: "a late-night show", "on a talk
    /// show" (a "show" alone is as often a no-show or a show of feeling).
    fn broadcast_show_near(&self, i: usize) -> bool {
        let (start, end) = (i.saturating_sub(CLINICAL_REACH).max(1), (i + CLINICAL_REACH + 2).min(self.words.len()));
        (start..end).any(|k| {
            matches!(self.key(k), "show" | "shows")
                && matches!(
                    self.key(k - 1),
                    "night" | "talk" | "chat" | "tv" | "game" | "reality" | "cooking" | "breakfast"
                )
        })
    }

    /// Extends a street address over a following city and postcode of the same client.
    pub(super) fn address_end(&self, client: u32, mut j: usize) -> usize {
        let info = &self.index.clients[client as usize];
        let list = self.words.list();
        let mut end = list[j - 1].end as usize;
        let n = self.words.len();
        if !info.city.is_empty()
            && j + info.city.len() <= n
            && (0..info.city.len()).all(|k| canonical_word(self.key(j + k)) == info.city[k])
        {
            j += info.city.len();
            end = list[j - 1].end as usize;
        }
        // "777 Levine Street, Unit 8, Troy", "12 Elm Road Apt 4B": the flat's number
        // between the street and the city.
        if j + 1 < n
            && matches!(self.key(j), "unit" | "apt" | "apartment" | "suite" | "ste" | "flat" | "no")
            && self.key(j + 1).len() <= 4
            && self.key(j + 1).bytes().any(|b| b.is_ascii_digit())
        {
            j += 2;
            end = list[j - 1].end as usize;
            if !info.city.is_empty()
                && j + info.city.len() <= n
                && (0..info.city.len()).all(|k| canonical_word(self.key(j + k)) == info.city[k])
            {
                j += info.city.len();
                end = list[j - 1].end as usize;
            }
        }
        // (The postcode as written: a word's key may read a scan's digits as letters.)
        let written = |k: usize| &self.text[list[k].start as usize..list[k].end as usize];
        if j < n && info.postcode.as_deref().is_some_and(|p| written(j).eq_ignore_ascii_case(p)) {
            end = list[j].end as usize;
        }
        end
    }
}

/// A word for the writer's own person ([`is_writers_person_word`]), or one of the
/// longer of them mistyped by one edit ("my daugther June", "my collegue Sam").
fn is_writers_person_word_or_typo(folded: &str) -> bool {
    const MISTYPED: [&str; 14] = [
        "daughter",
        "mother",
        "father",
        "brother",
        "sister",
        "husband",
        "partner",
        "niece",
        "nephew",
        "cousin",
        "friend",
        "colleague",
        "neighbour",
        "neighbor",
    ];
    is_writers_person_word(folded)
        || (folded.len() >= 5
            && MISTYPED.iter().any(|w| {
                // (A typo keeps the first letter, and the test is cheap before the distance.)
                w.as_bytes()[0] == folded.as_bytes()[0]
                    && w.len().abs_diff(folded.len()) <= 1
                    && osa_distance(folded, w) == 1
            }))
}

/// Where a meeting's roll begins in a line, after its heading: "Present:", "Attendees
/// -", "Apologies:", at the line's start or a sentence's ("Referrals meeting 14/05.
/// Present: Mark (chair), …").
fn roll_in_line(line: &str) -> Option<usize> {
    const HEADS: [&str; 7] =
        ["present", "attendees", "attending", "in attendance", "attendance", "apologies", "absent"];
    let mut from = 0;
    loop {
        let rest = &line[from..];
        let head_at = from + (rest.len() - rest.trim_start_matches(|c: char| !c.is_alphanumeric()).len());
        let head = &line[head_at..];
        for label in HEADS {
            if head.len() > label.len() && head.as_bytes()[..label.len()].eq_ignore_ascii_case(label.as_bytes()) {
                let after = head[label.len()..].trim_start_matches(' ');
                if after.starts_with([':', '\u{2013}', '\u{2014}', '-']) {
                    return Some(line.len() - after.len());
                }
            }
        }
        // The next sentence on the line.
        from += line[from..].find(". ")? + 2;
    }
}

/// Where the speaker's label of a chat line lies in it, "[09:31] Joy N: ok" → "Joy N": a
/// time or date in brackets, then a few capitalised words and a colon.
fn speaker_label(line: &str) -> Option<std::ops::Range<usize>> {
    let open = line.find('[')?;
    let close = open + line[open..].find(']')?;
    let stamp = &line[open + 1..close];
    if !line[..open].trim().is_empty() || !stamp.bytes().any(|b| b.is_ascii_digit()) || stamp.len() > 25 {
        return None;
    }
    let from = close + 1 + (line[close + 1..].len() - line[close + 1..].trim_start().len());
    let label = &line[from..from + line[from..].find(':')?];
    let words: Vec<&str> = label.split_whitespace().collect();
    let plain = (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '\u{2019}' | '-'))
        });
    plain.then_some(from..from + label.len())
}

/// Byte spans of passages quoted whole on one line, twenty words or more: a paragraph
/// quoted for others to read, not a phrase ("5'10\"", a reminder "Your next session is
/// Tuesday") nor a quote left open.
fn quoted_passages(text: &str) -> Vec<(usize, usize)> {
    /// Fewest words a quoted passage has.
    const PASSAGE: usize = 20;
    let mut passages = Vec::new();
    let mut at = 0;
    for line in text.split('\n') {
        let marks: Vec<usize> = double_quotes(line).map(|(k, _)| k).collect();
        for pair in marks.chunks_exact(2) {
            let inside = &line[pair[0]..pair[1]];
            if inside.split_whitespace().count() >= PASSAGE {
                passages.push((at + pair[0], at + pair[1]));
            }
        }
        at += line.len() + 1;
    }
    passages
}

/// The double quotes of `s` (straight or curly: '"', '\u{201c}', '\u{201d}') as byte
/// spans, in order. Found by their last byte with `memchr`, not by decoding every
/// char; a curly quote's last byte is a continuation byte other characters end in
/// too, so it counts only after the two bytes that open the quote.
fn double_quotes(s: &str) -> impl DoubleEndedIterator<Item = (usize, usize)> + '_ {
    let bytes = s.as_bytes();
    memchr::memchr3_iter(b'"', 0x9c, 0x9d, bytes).filter_map(move |k| {
        if bytes[k] == b'"' {
            Some((k, k + 1))
        } else if k >= 2 && bytes[k - 2..k] == [0xe2, 0x80] {
            Some((k - 2, k + 1))
        } else {
            None
        }
    })
}

/// True if `word` is a time on the clock as notes write it: one or two digits, a colon
/// and two digits ("3:33", "10:30").
fn is_clock_time(word: &str) -> bool {
    word.split_once(':').is_some_and(|(hour, minute)| {
        (1..=2).contains(&hour.len())
            && minute.len() == 2
            && hour.bytes().chain(minute.bytes()).all(|b| b.is_ascii_digit())
    })
}

#[cfg(test)]
mod tests {
    use super::double_quotes;

    #[test]
    fn double_quotes_are_found_by_their_last_byte() {
        let text = "\u{201c}A Fall\u{201d} isn\u{2019}t \"it\" \u{045c}";
        let found: Vec<(usize, usize)> = double_quotes(text).collect();
        let slow: Vec<(usize, usize)> =
            text.match_indices(['"', '\u{201c}', '\u{201d}']).map(|(k, q)| (k, k + q.len())).collect();
        assert_eq!(found, slow);
        assert_eq!(found.len(), 4);
    }
}
