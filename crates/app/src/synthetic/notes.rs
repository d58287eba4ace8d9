//! Progress-note text: what a client brings, what the therapist did, how it went, and
//! the plan — composed per presenting concern, stage and course, then laid out as SOAP,
//! DAP or BIRP. Clinicians name their clients in notes now and then; so do these, which
//! gives the disclosure guard something real to find.

use rand::Rng;
use rand_chacha::ChaCha8Rng;
use sanctum_practice::{ClientProfile, HomeworkStatus, Instrument, NoteTemplate};

use super::measures::Course;
use super::people::Sex;

/// What a client comes with: the words their notes use, their homework, their scores at intake.
#[derive(Debug)]
pub(crate) struct Concern {
    pub(crate) name: &'static str,
    pub(crate) phq: (u32, u32),
    pub(crate) gad: (u32, u32),
    reports: &'static [&'static str],
    interventions: &'static [&'static str],
    pub(crate) homework: &'static [&'static str],
}

pub(crate) const CONCERNS: &[Concern] = &[
    Concern {
        name: "low mood",
        phq: (15, 22),
        gad: (7, 12),
        reports: &[
            "{N} describes low mood most days, worst in the mornings, and little interest in things {they} used to enjoy.",
            "{N} reports sleeping ten hours and still feeling exhausted; called in sick at {work} twice.",
            "{N} says the week felt flat; spent most evenings in bed scrolling on {their} phone.",
            "{N} reports a better week: went for two walks and met a friend for coffee.",
            "{N} cancelled plans again and felt guilty afterwards.",
            "{N} talked about feeling like a burden to {rel}.",
        ],
        interventions: &[
            "Behavioural activation: scheduled three small valued activities.",
            "Reviewed the activity log against mood ratings; pointed out the link between activity and mood.",
            "Cognitive restructuring of the thought 'I always let people down'.",
            "Psychoeducation on the cycle of withdrawal and low mood.",
            "Risk check; explored protective factors and reasons for living.",
        ],
        homework: &[
            "Activity schedule: one pleasant and one mastery activity a day, mood rated 0-10",
            "Walk for 20 minutes on at least four days",
            "Thought record for two moments of self-criticism",
            "Text one friend to arrange a meeting",
        ],
    },
    Concern {
        name: "generalised anxiety",
        phq: (8, 13),
        gad: (13, 19),
        reports: &[
            "{N} reports constant worry about money and about {rel}; cannot switch off at night.",
            "{N} describes muscle tension and headaches most afternoons at {work}.",
            "{N} says worry time helped: postponed most worries to the evening slot.",
            "{N} lay awake replaying conversations from {work}.",
            "{N} reports checking the news and {their} bank app many times a day.",
        ],
        interventions: &[
            "Introduced scheduled worry time.",
            "Sorted hypothetical from practical worries; problem-solved one practical worry.",
            "Progressive muscle relaxation practised in session.",
            "Behavioural experiment on intolerance of uncertainty.",
        ],
        homework: &[
            "Worry time: 15 minutes at 6 pm, postponing worries outside it",
            "Progressive muscle relaxation recording once a day",
            "Worry log: trigger, worry, what actually happened",
            "Leave one e-mail unanswered until the next morning",
        ],
    },
    Concern {
        name: "panic attacks",
        phq: (6, 11),
        gad: (12, 18),
        reports: &[
            "{N} had two panic attacks this week, one on the bus; got off before {their} stop.",
            "{N} has been avoiding the supermarket and asking {rel} to go instead.",
            "{N} rode the train two stops; anxiety peaked at 7/10 and fell within ten minutes.",
            "{N} reports fear of fainting during attacks.",
            "{N} went to the cinema and sat in the middle of the row.",
        ],
        interventions: &[
            "Psychoeducation on the panic cycle and catastrophic misreading of bodily sensations.",
            "Interoceptive exposure: spinning in a chair, breathing through a straw.",
            "Built an exposure hierarchy (supermarket, bus, cinema).",
            "Identified safety behaviours to drop (carrying water, sitting near exits).",
        ],
        homework: &[
            "Exposure: ride the bus two stops three times without getting off early",
            "Interoceptive practice: 60 seconds of fast breathing daily",
            "Panic diary: situation, sensations, feared outcome, what happened",
        ],
    },
    Concern {
        name: "grief",
        phq: (12, 19),
        gad: (8, 14),
        reports: &[
            "{N} talked about the anniversary of {their} father's death approaching.",
            "{N} reports waves of grief set off by small things, like {their} mother's handwriting on a recipe card.",
            "{N} visited the grave for the first time since the funeral.",
            "{N} feels guilty about laughing at a family dinner.",
            "{N} says friends have stopped asking about the loss, which hurts.",
        ],
        interventions: &[
            "Grief psychoeducation: moving between loss and restoration.",
            "Discussed writing a letter to the deceased.",
            "Explored continuing bonds.",
            "Validated guilt and anger as part of grieving.",
        ],
        homework: &[
            "Write a letter to {their} father, not to send",
            "Plan one restoration-oriented activity this week",
            "Look through one photo album with {rel}",
        ],
    },
    Concern {
        name: "work stress",
        phq: (10, 16),
        gad: (10, 16),
        reports: &[
            "{N} describes working until midnight to meet deadlines at {work}; feels {they} cannot say no.",
            "{N} had a tense one-to-one with {their} manager at {work} and felt criticised.",
            "{N} took a full weekend off for the first time in months.",
            "{N} reports dreading Sunday evenings.",
            "{N} snapped at {rel} after a long shift and felt ashamed.",
        ],
        interventions: &[
            "Values clarification: work and family time.",
            "Assertiveness; role-played asking for a deadline extension.",
            "Structured problem-solving of the workload.",
            "Explored perfectionistic standards and their cost.",
        ],
        homework: &[
            "Leave work by 6 pm on three days",
            "Practise one assertive 'no' this week",
            "Sort tasks by urgency and importance before each workday",
        ],
    },
    Concern {
        name: "relationship difficulties",
        phq: (9, 15),
        gad: (9, 15),
        reports: &[
            "{N} describes arguments with {rel} escalating over chores and money.",
            "{N} feels unheard at home.",
            "{N} and {rel} had a calm conversation about the holidays.",
            "{N} is considering separating and feels torn.",
        ],
        interventions: &[
            "Explored attachment patterns from {their} family of origin.",
            "Communication skills: 'I' statements and time-outs.",
            "Role-played a difficult conversation.",
            "Explored what {they} want from the relationship.",
        ],
        homework: &[
            "Take a time-out when an argument escalates and come back within an hour",
            "One 'I feel... when... because...' statement with {rel}",
            "Note three moments of connection this week",
        ],
    },
    Concern {
        name: "post-traumatic stress after a road accident",
        phq: (12, 18),
        gad: (12, 18),
        reports: &[
            "{N} reports nightmares about the crash three nights this week.",
            "{N} has been avoiding driving and gets lifts from {rel}.",
            "{N} startled at a car horn and felt back at the junction.",
            "{N} drove around the block with {rel} in the passenger seat.",
        ],
        interventions: &[
            "Trauma-focused CBT: psychoeducation on intrusions and avoidance.",
            "Grounding (5-4-3-2-1) practised in session.",
            "Continued the trauma narrative.",
            "Reviewed reclaiming-life assignments.",
        ],
        homework: &[
            "Grounding when intrusions come; note what helped",
            "Drive to the corner shop with {rel}",
            "Re-read the narrative once a day",
        ],
    },
    Concern {
        name: "social anxiety",
        phq: (8, 14),
        gad: (11, 17),
        reports: &[
            "{N} stayed silent in the team meeting at {work} despite having an idea.",
            "{N} went to a colleague's birthday drinks for 30 minutes.",
            "{N} rehearses phone calls for hours before making them.",
            "{N} reports hours of going over a party afterwards.",
        ],
        interventions: &[
            "Video feedback to correct the distorted self-image.",
            "Attention training: external focus in conversation.",
            "Behavioural experiment dropping safety behaviours.",
        ],
        homework: &[
            "Ask one question in a meeting",
            "Make a phone call without rehearsing",
            "Hold eye contact in two conversations and note how others respond",
        ],
    },
    Concern {
        name: "insomnia",
        phq: (9, 14),
        gad: (8, 13),
        reports: &[
            "{N} takes over an hour to fall asleep most nights.",
            "{N} kept the sleep diary; efficiency about 70%.",
            "{N} wakes at 4 am with racing thoughts.",
            "{N} has stopped napping in the afternoon.",
        ],
        interventions: &[
            "CBT-I: set the sleep window.",
            "Stimulus control instructions.",
            "Cognitive work on catastrophic beliefs about lost sleep.",
            "Reviewed the sleep diary and adjusted time in bed.",
        ],
        homework: &[
            "Sleep diary every morning",
            "Get up if awake for more than 20 minutes",
            "Fixed wake time of 6:30, weekends included",
        ],
    },
];

/// For clients still at school.
pub(crate) const SCHOOL_STRESS: Concern = Concern {
    name: "exam stress and low mood",
    phq: (9, 16),
    gad: (11, 17),
    reports: &[
        "{N} is worried about exams at {school} and has stopped sleeping properly.",
        "{N} feels left out by a friendship group at {school}.",
        "{N} had a row with {rel} about revision.",
        "{N} handed in the history coursework on time.",
    ],
    interventions: &[
        "Revision planning with breaks.",
        "Problem-solved the friendship difficulty.",
        "Explored all-or-nothing thinking about grades.",
        "Joint part of the session with {rel} about expectations.",
    ],
    homework: &[
        "Revision timetable in 25-minute blocks",
        "Note one thing that went well each day",
        "Talk to the form tutor about exam arrangements",
    ],
};

const GROUP_LINES: &[&str] = &[
    "{N} participated actively and offered support to other members.",
    "{N} was quiet for most of the session and shared briefly at the end.",
    "{N} described using the breathing skill at {work} this week.",
    "{N} arrived late, apologised, and joined the check-in.",
    "{N} spoke about {rel} for the first time in the group.",
    "{N} gave helpful feedback to a newer member.",
];

/// Everything a note about one session draws on.
#[derive(Debug)]
pub(crate) struct NoteContext<'a> {
    pub(crate) profile: &'a ClientProfile,
    pub(crate) sex: Sex,
    pub(crate) concern: &'a Concern,
    pub(crate) course: Course,
    /// 0 for the intake.
    pub(crate) number: usize,
    pub(crate) telehealth: bool,
    pub(crate) fortnightly: bool,
    /// PHQ-9 and GAD-7 totals taken at this session.
    pub(crate) scores: Option<(u32, u32)>,
    /// Last session's homework and what became of it.
    pub(crate) review: Option<(String, HomeworkStatus)>,
    /// Homework set today.
    pub(crate) homework: Option<String>,
    /// Item nine of the PHQ-9 (thoughts of self-harm) was answered above zero.
    pub(crate) risk: bool,
}

impl NoteContext<'_> {
    /// Puts the client into a line: name or "Client", pronouns, a relative, work, school.
    pub(crate) fn fill(&self, line: &str, rng: &mut ChaCha8Rng) -> String {
        let p = self.profile;
        let first = if !p.preferred_name.is_empty() && rng.gen_bool(0.6) { &p.preferred_name } else { &p.given_name };
        let who = match rng.gen_range(0..10) {
            0..=3 => first.clone(),
            4 => format!("{} {}", p.given_name, p.family_name),
            _ => "Client".to_owned(),
        };
        let rel = match p.relatives.first() {
            Some(r) => {
                let given = r.name.split_whitespace().next().unwrap_or(&r.name);
                format!("{} {} {given}", self.sex.possessive(), r.relation)
            }
            None => "a close friend".to_owned(),
        };
        let work = if p.employer.is_empty() { "work".to_owned() } else { p.employer.clone() };
        let school = if p.school.is_empty() { "school".to_owned() } else { p.school.clone() };
        line.replace("{N}", &who)
            .replace("{they}", self.sex.subject())
            .replace("{them}", self.sex.object())
            .replace("{their}", self.sex.possessive())
            .replace("{rel}", &rel)
            .replace("{work}", &work)
            .replace("{school}", &school)
    }

    fn pick(&self, lines: &[&str], rng: &mut ChaCha8Rng) -> String {
        self.fill(lines[rng.gen_range(0..lines.len())], rng)
    }

    fn subjective(&self, rng: &mut ChaCha8Rng) -> String {
        if self.number == 0 {
            return self.fill(
                &format!(
                    "Intake. {{N}} self-referred for {}. {}",
                    self.concern.name,
                    self.concern.reports[rng.gen_range(0..self.concern.reports.len())]
                ),
                rng,
            );
        }
        let mut s = self.pick(self.concern.reports, rng);
        if let Some((task, status)) = &self.review {
            s.push(' ');
            s.push_str(&match status {
                HomeworkStatus::Done => format!("Completed the homework ({}).", lowercase_first(task)),
                HomeworkStatus::Partly => format!("Did part of the homework ({}).", lowercase_first(task)),
                HomeworkStatus::NotDone => {
                    format!("Did not get to the homework ({}); {}.", lowercase_first(task), excuse(rng))
                }
                HomeworkStatus::Assigned => "Homework not reviewed; ran out of time.".to_owned(),
            });
        }
        s
    }

    fn objective(&self, rng: &mut ChaCha8Rng) -> String {
        let high = self.scores.is_some_and(|(phq, gad)| phq >= 15 || gad >= 15);
        let affect = match (self.course, high, rng.gen_range(0..3)) {
            (_, true, 0) => "tearful at times",
            (_, true, _) => "constricted",
            (Course::Improving, false, 0) => "brighter than last time",
            (Course::Improving, false, _) => "reactive, full range",
            (Course::Worsening, false, _) => "flat",
            (Course::Flat, false, 0) => "anxious; fidgeting",
            (Course::Flat, false, _) => "euthymic",
        };
        let setting = if self.telehealth {
            ["Video session from home; connection stable.", "Video session; joined from a parked car on a lunch break."]
                [rng.gen_range(0..2)]
        } else {
            [
                "Arrived on time, casually dressed.",
                "Arrived a few minutes late, apologetic.",
                "On time; good eye contact.",
            ][rng.gen_range(0..3)]
        };
        let risk = if self.risk {
            "Reports passive thoughts of death, no intent or plan; safety plan reviewed and updated."
        } else {
            "Denies suicidal ideation, intent or plan."
        };
        format!("{setting} Affect {affect}; speech normal in rate and volume. {risk}")
    }

    fn assessment(&self, rng: &mut ChaCha8Rng) -> String {
        let course = match (self.course, rng.gen_range(0..2)) {
            (Course::Improving, 0) => "is improving steadily",
            (Course::Improving, _) => "shows gradual gains",
            (Course::Flat, 0) => "is largely unchanged",
            (Course::Flat, _) => "remains stable with little change",
            (Course::Worsening, 0) => "has worsened over recent weeks",
            (Course::Worsening, _) => "is deteriorating as stressors at home increase",
        };
        let mut s = if self.number < 2 {
            format!(
                "Formulation in progress: {} maintained by avoidance and self-critical thinking.",
                self.concern.name
            )
        } else {
            let line = format!("{{N}}'s {} {course}.", self.concern.name);
            capitalise(&self.fill(&line, rng))
        };
        if let Some((phq, gad)) = self.scores {
            s.push_str(&format!(
                " PHQ-9 {phq} ({}), GAD-7 {gad} ({}).",
                Instrument::Phq9.severity(phq),
                Instrument::Gad7.severity(gad)
            ));
        }
        s
    }

    fn intervention(&self, rng: &mut ChaCha8Rng) -> String {
        if self.number == 0 {
            return "Assessment of history, risk and goals; explained confidentiality and its limits.".to_owned();
        }
        self.pick(self.concern.interventions, rng)
    }

    fn response(&self, rng: &mut ChaCha8Rng) -> String {
        let lines: &[&str] = match self.course {
            Course::Improving => &[
                "{N} engaged well and could name an alternative, more balanced thought.",
                "Receptive; {they} linked the exercise to last week's progress.",
            ],
            Course::Flat => &[
                "Engaged but doubtful that the approach will help.",
                "{N} participated; found it hard to think of examples.",
            ],
            Course::Worsening => {
                &["Found it hard to concentrate; needed several breaks.", "{N} was tearful and said {they} felt stuck."]
            }
        };
        capitalise(&self.pick(lines, rng))
    }

    fn plan(&self, rng: &mut ChaCha8Rng) -> String {
        let cadence = if self.fortnightly { "fortnightly" } else { "weekly" };
        let mut s = match self.course {
            Course::Worsening if self.number > 3 => {
                format!("Continue {cadence}; consider more frequent sessions and suggested a GP review.")
            }
            _ => format!("Continue {cadence}."),
        };
        if let Some(task) = &self.homework {
            s.push_str(&format!(" Homework: {}.", lowercase_first(task)));
        } else if rng.gen_bool(0.3) {
            s.push_str(" Review the formulation next time.");
        }
        s
    }

    /// The note's sections, in the template's order.
    pub(crate) fn sections(&self, template: NoteTemplate, rng: &mut ChaCha8Rng) -> Vec<String> {
        let (s, o) = (self.subjective(rng), self.objective(rng));
        match template {
            NoteTemplate::Soap => vec![s, o, self.assessment(rng), self.plan(rng)],
            NoteTemplate::Dap => vec![format!("{s} {o}"), self.assessment(rng), self.plan(rng)],
            NoteTemplate::Birp => vec![format!("{s} {o}"), self.intervention(rng), self.response(rng), self.plan(rng)],
        }
    }

    /// A note about one member's part in a group session.
    pub(crate) fn group_sections(&self, template: NoteTemplate, group: &str, rng: &mut ChaCha8Rng) -> Vec<String> {
        let said = self.pick(GROUP_LINES, rng);
        let attended = format!("Attended the {group}. {said}");
        let plan = "Continue the group; no individual follow-up needed.".to_owned();
        match template {
            NoteTemplate::Soap => {
                vec![attended, "Engaged; no risk concerns raised.".to_owned(), self.assessment(rng), plan]
            }
            NoteTemplate::Dap => vec![attended, self.assessment(rng), plan],
            NoteTemplate::Birp => {
                vec![attended, "Facilitated the check-in and the skills segment.".to_owned(), self.response(rng), plan]
            }
        }
    }
}

fn excuse(rng: &mut ChaCha8Rng) -> &'static str {
    ["the week was chaotic", "forgot until the day before", "felt too low to start", "a family visit took over"]
        [rng.gen_range(0..4)]
}

pub(crate) fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_lowercase().chain(c).collect()).unwrap_or_default()
}
