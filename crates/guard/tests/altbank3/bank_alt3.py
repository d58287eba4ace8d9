"""Template bank for `--style alt3` (third, independently worded bank).

Same keys, sub-keys and {SLOTS} as bank_dev.BANK; every sentence written afresh.
Voices: a semi-retired psychodynamic analyst (long, formal, digressive), a busy
community-clinic worker (fragments, w/, re:, f/u, hx, pt, ++), a therapist drafting
Instagram / LinkedIn / Threads posts, a clinician writing English as a second language
(articles dropped, unusual word order), peer-consultation listserv posts, WhatsApp-style
messages to a colleague, supervisors' feedback memos and practice-newsletter blurbs.

Pronoun slots: {PS} she/he, {PS_} She/He, {PO} her/him, {PP} her/his, {PP_} Her/His.

Additions read only by make_alt3.py (the generator itself never sees them):
  * an e-mail body that starts with CLIENT_MARK was written by the client, not the
    therapist: make_alt3.py strips the mark and wraps it in one of CLIENT_EMAIL_FORMATS
    instead of EMAIL_FORMATS.  Only used in direct e-mail groups whose name form is
    always FULL / GIVEN / NICK (phone, email, dob, address), so a client never
    misspells or "Mr."-titles their own signature.
  * an e-mail body that starts with LIST_MARK is a post to a peer-consultation mailing list:
    make_alt3.py strips the mark, lays it out with one of LIST_EMAIL_FORMATS and takes its
    subject from LIST_SUBJECTS.
  * email_subjects["direct"] (and LIST_SUBJECTS["direct"]) may contain {NAME}; make_alt3.py only offers those subjects
    when the document has a name form (not for initials or multi-client documents).
"""

CLIENT_MARK = "[[client]]"
LIST_MARK = "[[list]]"

BANK = {
    # ---- clinical fragments (about the target client; may use pronoun slots) ----
    "clin_vp": [
        "has been sleeping in {PP} car since the eviction notice arrived",
        "brought a shoebox of old letters to session and read two of them aloud",
        "missed the last three appointments without calling",
        "reported hearing {PP} name called when nobody was there, a first",
        "is restricting again, weight down 4kg since March",
        "let slip that the drinking is now daily and mostly hidden",
        "wants a letter for {PP} manager about reduced hours",
        "spent most of the hour furious with me, which may be progress",
        "is convinced the new SSRI is making {PO} feel numb",
        "disclosed historic abuse by a sports coach, so safeguarding is now involved",
        "arrived forty minutes late and then could not leave at the end",
        "has started cutting again (superficial, forearm)",
        "came out to {PP} parents at the weekend and it went badly",
        "has been gambling away most of {PP} pay cheque",
        "spoke about the miscarriage for the first time since it happened",
        "keeps asking me personal questions, so boundary work is needed",
        "says the panic now comes mostly at night",
        "is thinking of dropping out of treatment after the insurance denial",
        "scored 22 on the PHQ-9, up from 14",
        "has been checking the locks for over an hour every night",
        "has finally agreed to see a psychiatrist about medication",
        "brought {PP} partner into the second half of the session, unannounced",
        "dissociated twice in session; grounding worked the second time",
        "is off work on sick leave again, the third time this year",
        "asked whether {PS} is “too much” for therapy",
    ],
    "clin_pos": [
        "took the bus into town alone for the first time in two years",
        "said no to {PP} boss without apologising",
        "has gone six months without self-harming",
        "finished the trauma narrative and read it aloud to me",
        "went to a friend’s party and stayed until the end",
        "signed up for an evening class, entirely {PP} own idea",
        "got through the anniversary of the death without a crisis",
        "passed {PP} driving test in spite of the panic",
        "stopped checking the cooker more than once before bed",
        "cooked a proper meal and ate it at the table with {PP} family",
        "moved from weekly to monthly sessions",
        "phoned the GP on {PP} own to book the medication review",
    ],
    "clin_s": [
        "{PS_} told me the critical voice in {PP} head sounds exactly like {PP} father.",
        "{PS_} was silent for nearly twenty minutes and then asked if I was disappointed in {PO}.",
        "Sleep is still three to four hours a night, {PS} says.",
        "{PS_} has told no one at work about the diagnosis.",
        "{PP_} mother rang during the session and {PS} let it go to voicemail.",
        "{PS_} joked about “not being around next year”; we explored it, no plan and no intent.",
        "{PS_} says the tablets take the edge off but not the emptiness.",
        "I felt protective of {PO} the whole hour, which I will take to supervision.",
        "{PS_} brought a dream about drowning, and we stayed with it for most of the hour.",
        "{PS_} cancelled the dentist and the gym this week, but still came to see me.",
        "Things at home are tense again; {PS} is sleeping on the sofa.",
        "{PS_} wants the notes kept out of the tribunal bundle at all costs.",
    ],
    "problem": [
        "Recurrent panic with agoraphobic avoidance; has not used public transport for over a year.",
        "Persistent low mood, anhedonia and early waking since being made redundant.",
        "Compulsive checking and reassurance seeking, worse since the birth of {PP} first child.",
        "Drinking has escalated to daily use, with two blackouts this month.",
        "Complicated grief after {PP} brother died suddenly.",
        "Nightmares, intrusive images and an exaggerated startle response following an assault.",
        "Restrictive eating with compensatory exercise; weight is being monitored.",
        "Harsh self-criticism and perfectionism that now interfere with work and sleep.",
        "Angry outbursts at home; {PP} partner has threatened to leave.",
        "Repeated self-harm by cutting, usually after interpersonal conflict.",
    ],
    "problem_np": [
        "recurrent panic", "treatment-resistant depression", "harmful drinking",
        "checking and contamination fears", "complex trauma", "disordered eating",
        "prolonged grief", "insomnia and chronic worry", "problem gambling",
        "repeated self-harm", "adjustment difficulties after a separation",
    ],
    "history": [
        "Only child; parents separated when {PS} was seven.",
        "One psychiatric admission in {YEAR}, discharged after two weeks.",
        "In foster care from nine to sixteen.",
        "Long-standing anxiety; first sought help in {YEAR} through a university counselling service.",
        "No previous therapy; family reluctant to talk about feelings.",
        "Tried fluoxetine in {YEAR} but stopped because of side effects.",
        "Bullied throughout school; describes {PO}self as “always the odd one out”.",
        "A parent had bipolar disorder and {PS} was a young carer.",
    ],
    "plan": [
        "Weekly sessions for twelve weeks, then review; update the GP with consent.",
        "Begin trauma-focused work once stabilisation is complete.",
        "Joint appointment with psychiatry about medication; keep monitoring risk.",
        "Refer on to the eating disorders service; weekly weights in the meantime.",
        "Continue twice-weekly psychodynamic work and revisit the frame after the summer break.",
        "Motivational work on the drinking; offer the community alcohol team.",
        "Exposure hierarchy agreed, first step to be attempted next week.",
    ],
    "question": [
        "Am I colluding by agreeing to cut the frequency?",
        "Would a psychiatric referral be premature?",
        "How would others respond to the request for a letter to the court?",
        "Is it time to bring the family in?",
        "Should we be thinking about a higher level of care?",
        "How do I hold the ending when {PS} keeps postponing it?",
    ],
    "risk": [
        "Low. Denies intent; protective factors are {PP} children and {PP} religious community.",
        "Medium: recent self-harm, no plan to end {PP} life.",
        "Rises around anniversaries; crisis line numbers given.",
        "No current concerns.",
    ],
    "formulation": [
        "Early neglect predisposes, the redundancy precipitated, withdrawal and rumination maintain.",
        "A harsh internal critic keeps {PO} striving and exhausted.",
        "Drinking numbs the shame, and the shame drives more drinking.",
        "Fear of abandonment makes every break in therapy feel like rejection.",
    ],

    # ---- quasi-identifier phrases (verb phrases, 3rd person singular) ----
    "quasi_vp": {
        "employer": ["is employed by {EMPLOYER}", "has a job at {EMPLOYER}", "is on staff at {EMPLOYER}",
                     "recently started at {EMPLOYER}"],
        "occ_city": ["is {A_OCC} from {CITY}", "is {A_OCC} based in {CITY}",
                     "is {A_OCC}, living in {CITY}"],
        "school": ["attends {SCHOOL}", "is enrolled at {SCHOOL}", "studies at {SCHOOL}"],
        "rel_child": ["has a {RELATION} called {REL}", "is the parent of a {RELATION} named {REL}",
                      "worries a lot about {PP} {RELATION}, {REL}"],
        "rel_spouse": ["has been married to {REL} for years", "has a {RELATION} called {REL}",
                       "shares a home with {PP} {RELATION} {REL}"],
        "rel_partner": ["is in a relationship with {REL}", "has a partner called {REL}",
                        "moved in with {PP} partner {REL} last year"],
        "rel_parent": ["has a difficult relationship with {PP} {RELATION} {REL}",
                       "phones {PP} {RELATION}, {REL}, every day",
                       "is still very attached to {PP} {RELATION}, {REL}"],
        "rel_sibling": ["has a {RELATION} called {REL}", "shares a flat with {PP} {RELATION} {REL}",
                        "leans heavily on {PP} {RELATION}, {REL}"],
        "distinctive": ["{DIST}", "apparently {DIST}"],
    },

    # ---- direct-leak templates by kind and leading identifier ----
    "direct": {
        "social_post": {
            "name": [
                "Not naming names but… ok, one name: {NAME}. {PS_} {CLIN_POS} and I had to sit in my car for ten minutes afterwards 🥹\n\nThis work.",
                "I’m humbled to share a small win from my practice this week.\n\nA client of mine, {NAME}, {CLIN_POS}.\n\nWhen people ask about the ROI of mental health care, this is it.\n\n#leadership #mentalhealth",
                "real talk from the therapy chair: {NAME} {CLIN_VP}. some days this job follows you home",
                "POV: you’re a therapist and {NAME} just said “you’re the only one I can tell this to.” 😮‍💨",
                "Gratitude list 🙏\n1. strong coffee\n2. my supervision group\n3. {NAME}, who {CLIN_POS}\n4. Fridays",
                "“I didn’t think I’d still be here to tell you this.” — {NAME}, today, in session. Keeping that one forever.",
                "Anyone else get attached? {NAME} is moving away next month and I’m already grieving the ending 💔",
                "Celebrating quietly over here: {NAME} {CLIN_POS}! 🎉",
                "Long one, sorry.\n\nToday {NAME} {CLIN_VP}.\n\nI came into this profession thinking I’d be the calm one. Some days I’m not. That’s ok too.",
                "Tiny rant: the insurer denied more sessions for {NAME} even though {PS} {CLIN_VP}. Make it make sense.",
                "This month’s practice newsletter success story (first names only, promise 😉): {NAME} {CLIN_POS}.",
                "Happy to report that {NAME} {CLIN_POS} 👏👏👏",
                "Three years ago {NAME} could not say the word “trauma” out loud. This week {PS} {CLIN_POS}.\n\nKeep going, friends.",
            ],
            "phone": [
                "Wrong chat!! 🙈 Meant to send {NAME}’s callback number ({PHONE}) to my colleague, not to all of you. Deleting in 5.",
                "ugh, copied the wrong thing into my story. {PHONE} is NOT the practice number, it belongs to a client. Please don’t ring it.",
                "To whoever rings my office line from {PHONE} and hangs up: I’m fairly sure it’s you, {NAME} 😅 leave a message, it’s fine.",
            ],
            "email": [
                "Gentle reminder to myself: when {EMAIL} lands in my inbox at 2am, I do not have to answer at 2am 🌙 #boundaries",
                "A client emailed from {EMAIL} at midnight with only “help” in the subject line. Checked in first thing. How do you all hold after-hours boundaries?",
            ],
            "dob": [
                "Birthday week for one of my longest-standing clients (b. {DOB}) — cake in session, as is tradition 🎂",
                "Filling in insurance forms all afternoon. DOB {DOB}, DOB {DOB}… I could recite this client’s birthday in my sleep now 😴",
            ],
            "address": [
                "Home visits this week. First stop {ADDR}: the client hasn’t managed the front door in months, so therapy comes to them 🚪",
                "Whoever lives at {ADDR}: your hedge is glorious. (Also, see you Wednesday, professionally 😉)",
            ],
            "initials": [
                "Quiet shout-out to {INIT}, who {Q1}: {PS} {CLIN_POS}. 💙",
                "Client {INIT} ({PS} {Q1}) {CLIN_VP}. Heavy day.",
                "Today’s win belongs to {INIT}: {PS} {Q1}, and this week {PS} {CLIN_POS}.",
            ],
            "multi": [],
        },
        "email": {
            "name": [
                "Are you free for a quick consult re: {NAME}? {PS_} {CLIN_VP}, and I’d like a second pair of eyes before {DAY}.",
                "Would you be willing to cover {NAME} on {DAY}? Brief background: {PS} {CLIN_VP}. {PS_} knows you may be seeing {PO}.",
                "I wonder whether I might trespass upon your time once more regarding {NAME}, whom I have now seen for some years and who, I must confess, continues to unsettle my sense of where the work is going; most recently {PS} {CLIN_VP}, which I am still trying to understand.",
                "Re {NAME} — pt {CLIN_VP}. Pls f/u w/ GP re meds + book review {DAY}. Ta.",
                "Sorry for my English. I write about {NAME}: last week {PS} {CLIN_VP}, and I am not sure is correct to continue same plan. You can advise me?",
                "Update on {NAME} for the file: {CLIN_S} I’ve told {PO} you’ll be in touch about the group.",
                "Small ask: {NAME} is on your list for {DAY} at {TIME}. Please go gently, {PS} {CLIN_VP}.",
                "I’m writing the discharge summary for {NAME}. {PS_} {CLIN_POS}, so I think we can close. Any objections before I send it?",
                "Forwarding a voicemail summary: {NAME} rang this morning. Gist: {PS} {CLIN_VP}. Can we talk before lunch?",
                "Can you check something for me? The pharmacy says the prescription for {NAME} never arrived. {CLIN_S}",
                "Thank you for taking {NAME} on. For context: {PROBLEM} {HISTORY}",
                "We got stuck on {NAME} in supervision yesterday. {CLIN_S} I keep coming back to it.",
                LIST_MARK + "Long-time member, first post. Has anyone here worked with {NAME} before? {PS_} has just transferred to me and {PS} {CLIN_VP}. Happy to hear from you off-list.",
            ],
            "phone": [
                "{NAME} asked me to pass on {PP} new number: {PHONE}. Texts work better than calls for {PO}.",
                "Missed calls from {PHONE} x3 this morning, no message. It’s {NAME}. {PS_} {CLIN_VP}, so I’d rather we rang back today.",
                CLIENT_MARK + "Just to let you know my number has changed, it’s now {PHONE}. The old one doesn’t work anymore. See you {DAY}.\n\n{NAME}",
                "Best number for the client is {PHONE} (after 6pm). {PS_} {CLIN_VP}.",
                CLIENT_MARK + "I tried ringing the office twice but nobody answered. Could someone call me back on {PHONE}? It’s about moving my appointment.\n\nThanks\n{NAME}",
            ],
            "email": [
                "{NAME} would like the worksheets sent to {EMAIL} rather than posted. {PS_} {CLIN_VP}, so less paper in the house is probably a kindness.",
                "Please add {EMAIL} to the group mailing list; that’s {NAME}, who starts on {DAY}.",
                CLIENT_MARK + "I’m writing from my personal address ({EMAIL}) because I don’t want anything going to my work account any more. Please only use this one from now on.\n\n{NAME}",
                "FYI the portal bounced for <{EMAIL}>; can you double-check the spelling with {PO} on {DAY}? {CLIN_S}",
            ],
            "dob": [
                "The insurer wants the client’s date of birth confirmed, it’s {DOB}. {PS_} {CLIN_VP}, so please prioritise the authorisation.",
                "Could you run the eligibility check for {NAME}, date of birth {DOB}? {CLIN_S}",
                CLIENT_MARK + "My date of birth is {DOB}, the receptionist asked me to email it for the insurance form. My name is {NAME} in case you need that too.\n\nThank you",
                "Two records share a surname in the system; ours is the one born {DOB}. Please don’t merge anything until we’ve checked.",
            ],
            "address": [
                "Heads-up for the outreach team: {NAME} has moved to {ADDR}. {PS_} {CLIN_VP}.",
                CLIENT_MARK + "Please can you update my address to {ADDR}? I moved last month and your last letter went to the old flat.\n\nMany thanks,\n{NAME}",
                "Letters for the client keep going astray; the right address is {ADDR}. {CLIN_S}",
            ],
            "initials": [
                "A quick thought on {INIT}, the one who {Q1}: {PS} {CLIN_VP}. Free to talk?",
                "Our shared client {INIT} ({PS} {Q1}): {CLIN_S}",
                "Per our call re {INIT}: pt {Q1}; {CLIN_VP}. Plan as discussed.",
            ],
            "multi": [
                "Leave cover from {DAY}:\n- {NAME1} (weekly, low risk)\n- {NAME2} (fortnightly, waiting for psychiatry)\nBoth have been told. Thank you!!",
                "The new DBT cohort is confirmed: {NAME1}, {NAME2} and {NAME3}. I’ll send the orientation pack to all three on {DAY}.",
                "Could you check that {NAME1} and {NAME2} have both signed the updated consent form? The audit is on {DAY}.",
                "Billing query: last month’s sessions for {NAME1} and {NAME2} were both coded 90837 and should be 90834.",
            ],
        },
        "case_presentation": {
            "name": [
                "Notes towards a paper for the clinical society\n\nI should like to speak about {NAME}, {AGE}, whose analysis has now entered its fourth year and who, not unlike many of the patients one comes in time to regard as teachers, arrived ostensibly on account of {PROBLEM_NP}. {HISTORY} What I wish to draw out is the transference. {FORMULATION}",
                "MDT: new referral\nName: {NAME}\nReason for referral: {PROBLEM}\nBackground: {HISTORY}\nRisk: {RISK}\nProposed: {PLAN}",
                "Supervision feedback on your work with {NAME}\n\nYou have held the frame well. Where I would push you: {PS} {CLIN_VP}, and I am not sure this was taken up in the session. {QUESTION}\n\nPlease bring process notes next time.",
                "Case for presentation. Patient is {NAME}, {AGE} years. Occupation is {OCC}. Come to us for {PROBLEM_NP}. In history: {HISTORY} We make plan: {PLAN}",
                "Presenting: {NAME} ({AGE}, {OCC}, lives in {CITY})\n• Problem: {PROBLEM}\n• Hx: {HISTORY}\n• Formulation: {FORMULATION}\n• Ask: {QUESTION}",
                "Grand rounds draft, slide 2: “{NAME}, {AGE}. {PROBLEM}” (keep or cut the name before {DAY}?)",
                "Case consultation request\nClinician: {ME}\nClient: {NAME}\nSessions so far: {NSESS}\nSummary: {CLIN_S}\nWhat I need from the group: {QUESTION}",
                "Peer group, {DAY}. I’d like to bring {NAME} back. Recap for those who missed last month: {PROBLEM} Since then {PS} {CLIN_VP}. {QUESTION}",
            ],
            "phone": [
                "Referral summary\nContact no.: {PHONE} (voicemail ok)\nReason for referral: {PROBLEM}\nRisk: {RISK}\nPlan: {PLAN}",
                "Case presentation: {AGE}-year-old {OCC}, reachable on {PHONE}.\n{PROBLEM} {FORMULATION}",
            ],
            "email": [
                "Case summary for the team (client prefers contact by e-mail: {EMAIL})\nProblem: {PROBLEM}\nHx: {HISTORY}\nPlan: {PLAN}",
                "Intake summary\nSelf-referred via {EMAIL}; {NSESS} sessions so far.\n{PROBLEM}\nQuestion: {QUESTION}",
            ],
            "dob": [
                "Case review\nD.O.B. {DOB} | {OCC}\nPresenting difficulties: {PROBLEM}\nFormulation: {FORMULATION}\nRisk: {RISK}",
                "For the reflective practice group: {NAME} (born {DOB}).\n{HISTORY}\n{CLIN_S}\nQuestion: {QUESTION}",
                "The patient, born {DOB}, was referred to me for {PROBLEM_NP}, and I offer these remarks on the first year of our work together. {HISTORY} {FORMULATION}",
            ],
            "address": [
                "Outreach case\nAddress: {ADDR} (ground floor, buzzer broken)\nPresenting issue: {PROBLEM}\nPlan: {PLAN}",
                "Home-based work: client seen at {ADDR} since {YEAR} because of {PROBLEM_NP}.\nRisk: {RISK}\nFor the team: {QUESTION}",
            ],
            "initials": [
                "Case for discussion: {INIT}, {AGE}\nContext: {PS} {Q1}.\nProblem: {PROBLEM}\nRisk: {RISK}",
                "{INIT}, seen for {NSESS} sessions, who {Q1}, presents with {PROBLEM_NP}.\nFormulation: {FORMULATION}\nPlan: {PLAN}",
            ],
            "multi": [],
        },
        "team_note": {
            "name": [
                "pt {NAME}: {CLIN_VP}. plan f/u {DAY}, ?meds review. ++anxious on phone.",
                "{COLL} r u in today? {NAME} turned up w/o appt, {PS} {CLIN_VP}. can u grab {PO} for 10 min 🙏",
                "Handover:\n• {NAME}: {CLIN_VP}\n• rest of list unchanged",
                "Did not attend: {NAME}, {DAY} {TIME}. 2nd in a row. Letter + call.",
                "Spoke w/ {NAME} on phone re: {PP} meds. {CLIN_S} Will d/w psychiatrist.",
                "Safeguarding note, {NAME}: {CLIN_VP}. Discussed w/ lead, no referral at this stage.",
                "Msg from {COLL}: “{NAME} called, sounded flat, wants a callback today.”",
                "{DAY}: saw {NAME} (session {NSESS}). {CLIN_S}",
                "Reminder to self: send {NAME} the sleep diary before {DAY}.",
                "Pls note {NAME} prefers no calls at home. {PS_} {CLIN_VP}.",
                "Today came {NAME} late again. {PS_} {CLIN_VP}. I give extra ten minutes.",
            ],
            "phone": [
                "cb req: {PHONE}, {NAME}, re appt change. ok to text.",
                "{NAME} now on {PHONE}, old no. disconnected. {CLIN_S}",
                "{COLL} can u ring my {TIME} on {PHONE}? running late, {PS} {CLIN_VP}",
            ],
            "email": [
                "Self-referral rec’d from {EMAIL}: {PROBLEM_NP}, evenings only. Triage pls.",
                "{NAME} asked us to stop emailing {EMAIL} (shared account w/ partner). Post or phone only!!",
            ],
            "dob": [
                "New pt, DOB {DOB}, {PROBLEM_NP}. Needs assessment slot this wk.",
                "EHR duplicate record: {NAME} (d.o.b. {DOB}). IT ticket raised.",
            ],
            "address": [
                "Home visit {DAY} {TIME}, {ADDR}. Pt {CLIN_VP}. Go in pairs.",
                "Post returned for {NAME}; new addr {ADDR}. Chart updated.",
            ],
            "initials": [
                "{INIT}: {PS} {Q1}. {CLIN_S} Review {DAY}.",
                "f/u {INIT} ({PS} {Q1}): {CLIN_VP}.",
            ],
            "multi": [
                "Cover list {DAY}:\n{NAME1} {TIME}\n{NAME2} {TIME2}\nnotes on shared drive",
                "grp no-shows today: {NAME1}, {NAME2}, {NAME3}. letters to go out.",
                "{COLL} can u swap {NAME1} to {DAY2}? then I take {NAME2} at {TIME}",
                "Audit: consent forms missing for {NAME1} + {NAME2}.",
            ],
        },
    },

    # ---- quasi-only leaks (no name). {Q1},{Q2}[,{Q3}] are verb phrases ----
    "quasi": {
        "social_post": [
            "No names, obviously. But to the client who {Q1} and {Q2}: I saw how hard you worked this year 🌱",
            "Some days this job feels sacred.\n\nToday a client who {Q1} and {Q2} {CLIN_POS}.\n\nThat’s it. That’s the post.",
            "Lessons from the therapy room, part 7: one of my clients {Q1}, {Q2} and {Q3}. {PS_} has taught me more about resilience than any book. #leadership #resilience",
            "Small-town therapist problems: my client who {Q1} also {Q2}, so I see {PO} everywhere 🙃",
            "Protecting privacy here, but a client who {Q1}, {Q2}, and {Q3} {CLIN_POS} 🥲",
        ],
        "email": [
            "I’m looking for a referral for someone who {Q1} and {Q2}. {PS_} {CLIN_VP}. Ideally someone out of area, so there’s no overlap.",
            LIST_MARK + "Seeking consultation on a case I find difficult: the client {Q1}, {Q2} and {Q3}. {CLIN_S} Any thoughts welcome; off-list is fine.",
            LIST_MARK + "Rural clinician here, so I have to be vague: the client {Q1} and {Q2}. {PS_} {CLIN_VP}. Has anyone navigated a dual relationship like this?",
            "I have in mind a patient (I shall be discreet) who {Q1} and who, as it happens, {Q2}; {PS} {CLIN_VP}, and I wonder what you would make of it.",
            "I see new client, {PS} {Q1} and also {Q2}. {PS_} {CLIN_VP}. Please, what you recommend?",
            "Re the one we discussed: {PS} {Q1}, {Q2}, and {Q3}. Worse this week, {PS} {CLIN_VP}.",
        ],
        "case_presentation": [
            "De-identified (I hope!) case\nClient aged {AGE} who {Q1} and {Q2}.\nDifficulties: {PROBLEM}\nFormulation: {FORMULATION}",
            "For the reflective group: a patient who {Q1}, {Q2} and {Q3}.\n{HISTORY}\nRisk: {RISK}\nQuestion: {QUESTION}",
            "Case notes for supervision\nContext: {PS} {Q1}; {PS} also {Q2}.\nIssue: {PROBLEM}\nPlan: {PLAN}",
            "Presentation outline: the client {Q1}, {Q2}, and {Q3}. {CLIN_S}\nFormulation: {FORMULATION}",
        ],
        "team_note": [
            "new intake: {PS} {Q1} + {Q2}. {PROBLEM_NP}. wants Tues eves.",
            "FYI the client who {Q1} and {Q2} rang in tearful. Pls call back.",
            "Flag ⚠ client {Q1}, {Q2} & {Q3}: {CLIN_VP}.",
            "Waitlist note: person who {Q1} and {Q2}; happy with any clinician.",
        ],
    },

    # ---- benign templates: subcategory -> kind -> templates ----
    "benign": {
        "therapy_life": {
            "social_post": [
                "Things grad school never taught me:\n- how to bill\n- how to end well\n- how to eat lunch in seven minutes\n\nAdd yours 👇",
                "Hot take 🔥 Silence in session is not dead air. It’s where the work happens.",
                "I am delighted to share that after twenty years in community mental health I am opening a small private practice. Grateful to everyone who shaped me. #newbeginnings",
                "Reading week. Winnicott, tea, rain. The analyst’s idea of a holiday.",
                "Newsletter 📬 From next month the clinic stays open late on {DAY}s. Booking link in bio.",
                "Therapist tip nobody asked for: put the tissues where the client can reach them without having to ask.",
                "Burnout is not a personal failing. It is a workload problem. Say it louder for the managers at the back.",
            ],
            "email": [
                "Are we still on for peer supervision on {DAY}? I can host if the room upstairs is free.",
                "The heating in the consulting rooms is off until the engineer comes, so please bring layers.",
                "Please, who has the key for archive cupboard? I need to put old files inside before the audit.",
                "I write, somewhat belatedly, to thank you for your paper at the society; it has stayed with me, particularly your remarks on the analyst’s fatigue.",
                LIST_MARK + "Does anyone on this list have a good template for a missed-appointment policy? Ours reads as punitive and I’d like something kinder.",
            ],
            "case_presentation": [
                "Seminar handout: the frame and its ruptures. Readings are in the pack; bring one anonymised example.",
                "Reminder for presenters: strip names, dates, employers and anything a colleague could recognise before you circulate slides.",
                "Supervision memo to trainees: process notes are due a week before your slot. Write what happened, not what should have happened.",
            ],
            "team_note": [
                "kitchen fridge clear-out fri 4pm. anything unlabelled goes. sorry not sorry",
                "Shredding bin full again, pls don’t stack on top.",
                "Wi-Fi password changed, ask at reception.",
                "Room 3 booked all day {DAY} for the family therapy training.",
                "running 10 min late, traffic on the ring road, pls let my first one wait in reception 🙏",
            ],
        },
        "nonclient_person": {
            "social_post": [
                "Honoured to have trained under {NC_FULL}, who retires this week after 35 years in the field. A legend 👏",
                "Currently re-reading {AUTHOR}. Underlined half the book, again.",
                "Spent the weekend at a mentalization workshop led by {NC_FULL}. Brain full 🧠",
                "If {AUTHOR} wrote LinkedIn posts, this one would be better. Anyway, happy Monday.",
            ],
            "email": [
                "Could we invite {NC_FULL} to speak at the spring training day? I heard the talk on shame last year and it was superb.",
                "Please note that {NC_FULL} (locum psychiatrist) will cover clinic on {DAY} and {DAY2}.",
                "{NC_FULL} from the bank staff pool will hold the duty phone over the long weekend.",
                "Next month’s reading is {AUTHOR}; any edition will do.",
            ],
            "case_presentation": [
                "Visiting speaker: {NC_FULL}, “Working with shame in long-term therapy”. Please send questions to the chair in advance.",
                "Case discussion chaired by {NC_FULL}; presenter {ME}.",
            ],
            "team_note": [
                "{NC_FULL} from the housing team rang for {COLL}, will call back after 3.",
                "Induction for {NC_FULL} (new admin) {DAY} 9:30, pls say hi.",
                "{COLL_FULL} off sick today; the 10am and 11am are rebooked.",
            ],
        },
        "public_figure": {
            "social_post": [
                "Say what you like about {CELEB}, that honest interview about therapy will get someone to book their first session.",
                "Using a {CELEB} quote about panic in my workshop slides tomorrow. Public figures talking openly means fewer people suffering in silence.",
                "Why is everyone diagnosing {CELEB} in the comments? Armchair diagnosis is not a thing we do ✋",
            ],
            "email": [
                LIST_MARK + "Did anyone catch {CELEB} on the radio this morning talking about grief? It might be a gentle way into the topic for the bereavement group.",
                "For the newsletter: a short piece on what {CELEB} said about medication stigma?",
            ],
        },
        "celebrity_namesake": {
            "social_post": [
                "Not me watching old {NS_CELEB} clips instead of writing my notes. Procrastination is a coping strategy, right? 😅",
                "Whatever your feelings about {NS_CELEB}, the bit in that interview about impostor syndrome landed.",
                "The {NS_CELEB} documentary should be required viewing on every psychology course. The pressure, the perfectionism, the cost.",
            ],
        },
        "name_as_word": {
            "social_post": ["{WORD_S}\n\n#officelife", "{WORD_S} ✨", "{WORD_S}"],
            "email": ["{WORD_S}", "Quick note: {WORD_S}"],
            "team_note": ["{WORD_S}", "FYI all: {WORD_S}"],
        },
        "weak_attribute": {
            "social_post": [
                "Shout-out to all the {W_OCC_PL} out there. So many come to therapy saying “it’s fine, everyone’s exhausted”. It is not fine.",
                "New satellite clinic opening in {W_CITY} soon 🎉 Evening slots available.",
                "So many {W_OCC_PL} on waiting lists right now. If your workplace has an EAP, use it.",
            ],
            "email": [
                "Any recommendations for a psychiatrist in {W_CITY} who is taking new patients? The hospital wait is nine months.",
                LIST_MARK + "I keep getting referrals for {W_OCC_PL} with shift-work insomnia; does anyone here run a CBT-I group?",
                "I’ve had an enquiry from {W_A_OCC} wanting evening sessions. Does anyone have space?",
            ],
            "team_note": [
                "Enquiry: {W_A_OCC}, adult, anxiety, Thurs pm only. No name yet.",
                "Surgery in {W_CITY} asking for our referral criteria; leaflet sent.",
                "Referral from out of area ({W_CITY}): signpost to local service.",
            ],
        },
        "single_quasi": {
            "social_post": [
                "Had a lovely moment today with a client who {Q1}. Small things matter.",
                "One of my clients {Q1} and says work has been wrecking {PP} sleep lately. Employers, take shift patterns seriously.",
            ],
            "email": [
                "I’m seeing someone who {Q1}. Is there an occupational health route I should know about?",
                LIST_MARK + "Question from a long-time lurker: a client who {Q1} wants to bring a support person to sessions. What are your policies?",
            ],
            "team_note": [
                "Enquiry: person {Q1}; wants couples work. Pass to {COLL}.",
                "Intake call: client {Q1}. Mild anxiety, no risk.",
            ],
        },
        "deidentified_case": {
            "case_presentation": [
                "Anonymised case for supervision\n{CLIENT_LABEL} is a {GENDER_NOUN} in {GP} {DECADE} presenting with {PROBLEM_NP}.\nFormulation: {FORMULATION}\nQuestion: {QUESTION}",
                "Reflective practice vignette (details altered)\n{CLIENT_LABEL}, {DECADE}, self-referred. {PROBLEM}\n{HISTORY}\nPlan: {PLAN}",
                "The patient, here {CLIENT_LABEL}, is a {GENDER_NOUN} in {GP} {DECADE}, referred for {PROBLEM_NP}, who has consented to this material being used in disguised form. {FORMULATION}",
            ],
            "team_note": [
                "{CLIENT_LABEL} ({DECADE}): {PROBLEM_NP}, stable. Next review in six weeks.",
                "Discuss at huddle: {CLIENT_LABEL}, {DECADE}, {PROBLEM_NP}. No identifiers on the whiteboard pls.",
            ],
        },
        "nonclient_namesake": {
            "social_post": [
                "Sports day with my {NS_REL} {NS_GIVEN}: fourth in the egg-and-spoon race and took it like a champion 🥄",
                "Weekend plans: building a blanket fort with my {NS_REL} {NS_GIVEN}. Clinical skills fully transferable.",
                "My {NS_REL} {NS_GIVEN} asked what I do all day. “I listen to people.” “That’s not a job.” Fair.",
            ],
            "email": [
                "Would it be ok to leave at 3 on {DAY}? My {NS_REL} {NS_GIVEN} has a hospital appointment and I’d like to be there.",
                "Apologies for the slow reply; my {NS_REL} {NS_GIVEN} brought a stomach bug home and we’ve all had it.",
            ],
        },
    },

    # ---- ordinary-word uses of names (no person meant) ----
    "word_sentences": {
        "hope": ["Hope springs eternal: the new EHR might actually save us time.",
                 "Sending this in the hope that someone knows where the spare keys went.",
                 "Hope is a discipline, not a mood. Stolen from a workshop, still true."],
        "grace": ["There is a two-week grace period on the training log deadline.",
                  "Grace under pressure: reception handled this morning’s power cut brilliantly.",
                  "Saying grace before the team lunch is optional; eating is not."],
        "faith": ["Acting in good faith, I booked the big room for everyone.",
                  "Faith-based counselling services are now listed in the directory.",
                  "My faith in printers is gone."],
        "joy": ["The joy of an empty inbox on a Friday.",
                "Joy of joys, the lift is working again.",
                "Ode to Joy is playing in the waiting room again; could someone change the playlist?"],
        "rose": ["Referrals rose by a third after the newspaper article.",
                 "Rose-tinted glasses off: the budget is tight this year.",
                 "Rose-scented hand cream in the loos, courtesy of the admin team."],
        "will": ["Will do, thanks for the reminder.",
                 "Free will is the big topic in today’s reading group.",
                 "Where there’s a will, there’s a way to fix the rota."],
        "bill": ["The bill for the team dinner came to less than we feared.",
                 "Bill the late-cancellation fee only if it is in the contract.",
                 "Top of the bill at the conference: a panel on moral injury."],
        "mark": ["Mark my words, the car park will be full by nine.",
                 "We have passed the halfway mark of the year already.",
                 "Please mark any urgent post with a red sticker."],
        "frank": ["To be frank, the new form is worse than the old one.",
                  "Frank feedback welcome on the draft policy.",
                  "A frank exchange of views at the board meeting, as they say."],
        "june": ["The June rota is up on the board.",
                 "Late June is when the students leave, so expect a quiet clinic.",
                 "June’s training session is on eating disorders."],
        "may": ["May I remind everyone to sign the fire register.",
                "We may need to move the team meeting.",
                "Early May bank holiday: the clinic is closed."],
        "april": ["April showers have flooded the car park again.",
                  "Invoices for April are overdue.",
                  "Since April the waiting list has halved."],
        "summer": ["Summer reading for the trainees is in the shared folder.",
                   "The summer break always stirs things up for long-term clients.",
                   "Indian summer today, windows open in every room."],
        "art": ["Art supplies for the children’s room are in the blue cupboard.",
                "The art of a good referral letter is brevity.",
                "State-of-the-art phone system, apparently. We shall see."],
        "sage": ["Sage green has been chosen for the waiting room walls.",
                 "Some sage words from the trainer: stop trying to be interesting.",
                 "Sage and onion stuffing at the staff lunch, vegetarians rejoice."],
        "chase": ["Can someone chase the lab for the blood results?",
                  "Cut to the chase: we need two more volunteers for the stall.",
                  "No need to chase the invoice, it was paid yesterday."],
        "miles": ["Miles of paperwork before the inspection.",
                  "Mileage claims: 45p a mile for the first 10,000 miles.",
                  "Walked miles today looking for the new building."],
        "penny": ["A penny for your thoughts on the new rota?",
                  "Penny-pinching on chairs means sore backs by Friday.",
                  "In for a penny, in for a pound: I signed up for the whole course."],
        "ginger": ["Ginger nuts are back in the biscuit tin.",
                   "The ginger cat from next door is in the garden again.",
                   "Lemon and ginger or peppermint? The eternal staff-room question."],
        "dawn": ["Dawn chorus outside my window at 4am, so I’m up.",
                 "From dawn to dusk it was training today.",
                 "A new dawn for the appointments system, allegedly."],
        "patience": ["Patience, please: the new phones arrive on Monday.",
                     "My patience with the fax machine has run out.",
                     "Patience and curiosity are the two things I wish I had been taught sooner."],
        "holly": ["Holly and mistletoe have appeared in reception.",
                  "Please keep the holly out of reach of the toddlers.",
                  "The holly bush by the door needs cutting back."],
        "amber": ["Amber weather warning tomorrow, so sessions may go online.",
                  "The amber light on the server means it is backing up.",
                  "Risk register: three items are on amber."],
        "jack": ["Jack up the heating before group please, it was freezing.",
                 "The jack for the projector cable is loose.",
                 "Union Jack bunting left over from the summer fete is in the loft."],
        "drew": ["Drew a blank on the new password this morning.",
                 "The raffle drew in nearly £200 for the charity.",
                 "Supervision drew my attention to how much I talk."],
        "ray": ["The X-ray department has moved to level 2.",
                "A ray of hope for funding in the latest budget.",
                "Not a single ray of sun all week."],
        "pat": ["Pat dry your hands properly, the new towels are in.",
                "Our admin has the rota down pat.",
                "A pat on the back for everyone who covered this week."],
        "sue": ["Sue us, we ordered pizza for the training day.",
                "Nobody will sue over an honest typo in a newsletter.",
                "The landlord is threatening to sue the builders over the leak."],
        "rich": ["Rich tea biscuits only, the good ones have gone.",
                 "The debrief was rich with ideas.",
                 "A rich seam of material in today’s case discussion."],
        "rusty": ["Rusty on the new coding rules, so I’ll double-check.",
                  "The rusty gate at the back is finally fixed.",
                  "My Spanish is rusty, so the interpreter is booked."],
        "sunny": ["Sunny spells forecast, so walk-and-talk sessions are on.",
                  "Keep a sunny disposition, the audit is tomorrow.",
                  "Sunny side up, as the man in the cafe says."],
        "dean": ["The dean has approved the placement agreement.",
                 "Dean’s office wants the student evaluations by Friday.",
                 "The assistant dean for wellbeing is joining the meeting."],
        "iris": ["Iris recognition on the new door seems a bit much for a clinic.",
                 "A blue iris in a jar on the reception desk.",
                 "The iris in the garden has finally flowered."],
        "ivy": ["Ivy League credentials don’t make a good therapist.",
                "Ivy is creeping through the window frame in room 6.",
                "Someone gave us a potted ivy for the waiting room."],
    },

    "email_subjects": {
        "direct": ["quick consult?", "cover pls", "Re: referral", "Update (confidential)", "FW: voicemail",
                   "Following up", "Need your eyes on this", "Re: {NAME}", "{NAME}: update", "Client: {NAME}"],
        "quasi": ["advice wanted", "tricky one", "Referral?", "Thinking out loud", "New referral"],
        "benign": ["Rota", "Training day", "Admin bits", "Kitchen!!", "Reading list", "Re: next week",
                   "Newsletter draft"],
    },
    "email_greetings": ["{COLL},", "Dear {COLL},", "Hi {COLL} -", "Morning {COLL}!", "Hello {COLL},",
                        "Hiya {COLL},"],
    "email_closings": ["Warmly,", "Many thanks,", "Kind regards,", "Thanks so much,", "With best wishes,",
                       "Speak soon,", "Rgds,"],
    "social_tails": ["", "", "\n\n#therapistsofinstagram #mentalhealthawareness", " #psychotherapy",
                     "\n.\n.\n.\n#counsellor #selfcare", " 🌱", " #TherapistsOfLinkedIn"],
    "client_labels": ["Client X", "Client 7", "Patient B", "Client Z"],
}

# Therapist-written e-mails. {SUBJ}/{GREET}/{BODY}/{CLOSE} come from the bank; any other slot is
# filled by the generator's own slot() ({ME} = the writing therapist).
EMAIL_FORMATS = [
    # no subject line shown, phone signature
    "{GREET}\n{BODY}\n\n{CLOSE}\n{ME}\nSent from Outlook for iOS",
    # team distribution list
    "To: Clinical team\nSubject: {SUBJ}\n\n{BODY}\n\n{CLOSE}\n{ME}, LCSW\n--\nInternal distribution only.",
    # NHS-style footer with role
    "Subject: {SUBJ}\n\n{GREET}\n\n{BODY}\n\n{CLOSE}\n\n{ME}\nPrincipal Psychotherapist\nCONFIDENTIALITY: this e-mail may contain privileged information.",
    # subject as a bare first line, rules around the body
    "{SUBJ}\n—\n{BODY}\n—\n{ME}",
    # reply with a quoted line underneath
    "RE: {SUBJ}\n\n{GREET}\n{BODY}\n\n{CLOSE} {ME}\n\n> On Monday you wrote:\n> Any update?",
    # terse, no greeting or closing
    "Subj: {SUBJ}\n\n{BODY}\n\nThx\n{ME}\n(typed on phone, excuse brevity)",
]

# Client-written e-mails (bodies that start with CLIENT_MARK). The client signs inside the body.
CLIENT_EMAIL_FORMATS = [
    "Subject: appointment\n\nHi,\n\n{BODY}",
    "Subject: Re: next session\n\n{BODY}\n\nSent from my iPhone",
    "Subject: (no subject)\n\nDear {ME},\n{BODY}",
    "Subject: New message from your website contact form\n\nMessage:\n{BODY}",
    # the therapist forwards the client's message to a colleague
    "Subject: Fwd: change of details\n\n{GREET} see below from a client, can you update the system?\n\n{CLOSE}\n{ME}\n\n---------- Forwarded message ----------\n{BODY}",
]

# Posts to a peer-consultation mailing list (bodies that start with LIST_MARK).
LIST_EMAIL_FORMATS = [
    "To: peer-consult list\nSubject: [peer-consult] {SUBJ}\n\n{BODY}\n\n{CLOSE}\n{ME}, LCSW\n--\nThis list is confidential. Please do not forward.",
    "Subject: [therapists-network] {SUBJ}\n\nHello all,\n\n{BODY}\n\n{CLOSE}\n{ME}\n\n---\nYou received this message because you are subscribed to the therapists-network group.",
    "Subject: peer-consult Digest, Vol 112, Issue 9\n\nToday's Topics:\n\n   1. {SUBJ} ({ME})\n\n----------------------------------------------------------------------\n\nMessage: 1\nFrom: {ME}\nSubject: {SUBJ}\n\n{BODY}",
]
LIST_SUBJECTS = {
    "direct": ["Consultation request", "Transferred client: advice?", "Has anyone worked with {NAME}?"],
    "quasi": ["Seeking consultation", "Case advice please", "Referral question"],
    "benign": ["Policy templates?", "Resources?", "Question for the group"],
}
