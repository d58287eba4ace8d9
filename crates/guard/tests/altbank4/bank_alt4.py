"""Template bank for `--style alt4` (fourth alternative bank; see README.md).

Same keys, sub-keys and {SLOTS} as bank_dev.BANK; every sentence is new.
Pronoun slots: {PS} she/he, {PS_} She/He, {PO} her/him, {PP} her/his, {PP_} Her/His.

Voice markers (read by make_alt4.py, stripped before rendering):
  at the start of a social_post body: [[reddit]] (r/therapists post), [[substack]] (a couples
    therapist's newsletter); they choose the social tails;
  at the start of an e-mail body: [[school]] (school counsellor to teachers and parents),
    [[office]] (practice manager), [[nhs]] (Scottish / Welsh NHS talking-therapies worker),
    [[oz]] (Australian private practitioner), [[za]] (South African private practitioner);
    they choose the e-mail layout, subject,
    greeting and closing.
Unmarked bodies use the general layouts (liaison psychiatry, addiction keywork, trainee).
"""

SOCIAL_VOICES = ("reddit", "substack")
EMAIL_VOICES = ("school", "office", "nhs", "oz", "za")


def mark(voice):
    return f"[[{voice}]]"


BANK = {
    # ---- clinical fragments ----
    "clin_vp": [
        "rang the duty line twice overnight asking for a call back",
        "was seen on the ward after a paracetamol overdose and is now medically fit",
        "has stopped coming to the Thursday group since the funeral",
        "missed the last two appointments and isn’t picking up",
        "returned a urine screen positive for benzos this week",
        "is back on a daily supervised methadone script after a lapse",
        "scored 21 on the PHQ-9 this morning, up from 14",
        "is refusing the depot injection and wants a second opinion",
        "spent the whole hour weighing up whether to leave the marriage",
        "reported hearing {PP} name called in an empty flat",
        "let slip that the drinking restarted over Christmas",
        "brought in {PP} discharge letter and wanted to go through the diagnosis line by line",
        "is sleeping about three hours a night since the redundancy",
        "has stopped eating in front of anyone, family included",
        "admitted to cutting again after a long gap",
        "is terrified {PP} employer will hear about the admission",
        "got to step six of the exposure ladder, the supermarket at rush hour",
        "turned up forty minutes late and very tearful",
        "wants {PP} partner in the room for the next appointment",
        "needs a supporting letter for the benefits tribunal",
        "keeps going over the miscarriage every night in bed",
        "is threatening to self-discharge from the ward tonight",
        "used the crisis card for the first time, which is progress of a kind",
        "has been texting the ex again despite the non-molestation order",
    ],
    "clin_pos": [
        "went a full fortnight without a drink",
        "made the phone call {PS} had been dodging since March",
        "sat through a whole family dinner without leaving the table",
        "drove on the motorway for the first time since the crash",
        "turned down an extra shift without apologising",
        "finished all sixteen sessions and rated the anxiety a two out of ten",
        "picked up {PP} script on time every day this month",
        "walked into a packed café and stayed for a whole coffee",
        "read {PP} victim impact statement out loud without stopping",
        "produced a clean screen for the third week running",
        "slept right through without the tablets",
        "asked {PP} manager for reasonable adjustments, in writing",
    ],
    "clin_s": [
        "{PS_} says the voices are quieter on the new dose.",
        "{PS_} told me the urge to drink peaks at about five o’clock.",
        "{PP_} partner has moved into the spare room.",
        "{PS_} kept {PP} coat on for the whole hour, which is new.",
        "{PS_} described the flashbacks as “a film I can’t switch off”.",
        "Brighter today; {PS} held eye contact and even made a joke.",
        "{PS_} walked out halfway through when we got close to the assault.",
        "{PS_} has asked for a female worker from now on.",
        "{PS_} thinks the new tablets are making {PO} foggy and slow.",
        "{PS_} admitted {PS} has slept in the car on a few nights.",
        "{PP_} GP has signed {PO} off work for another four weeks.",
        "{PS_} asked me straight out whether I would have to tell the police.",
    ],
    "problem": [
        "Recurrent low mood with early waking and poor appetite.",
        "Daily heroin use; now on opioid substitution treatment.",
        "A fear of vomiting that has shrunk {PP} life to three safe places.",
        "Panic in lifts and on trains since collapsing at work.",
        "Relationship breakdown, with rows about money most nights.",
        "Checking locks and appliances for up to two hours a day.",
        "Cutting, increasing in frequency over the past two months.",
        "Grief tangled up with guilt after {PP} brother’s suicide.",
        "Low mood after the birth and intrusive images of the baby being hurt.",
        "Heavy daily drinking with morning tremor.",
        "Acute confusion on the ward; delirium or depression?",
        "Work stress that ended with {PO} collapsing at {PP} desk.",
    ],
    "problem_np": [
        "recurrent depression", "opioid dependence", "emetophobia", "panic with agoraphobia",
        "a trauma reaction after an assault", "perinatal anxiety", "alcohol dependence",
        "repeated self-harm", "OCD-type checking", "complicated grief", "insomnia with low mood",
        "relationship distress",
    ],
    "history": [
        "Care-experienced; several foster placements between the ages of 8 and 15.",
        "Three detox admissions, the most recent in {YEAR}.",
        "Known to the crisis team since {YEAR}, never admitted.",
        "Saw a university counsellor once and found it “pointless”.",
        "Army service until {YEAR}, two tours.",
        "Never been near mental health services before.",
        "ADHD diagnosed in adulthood ({YEAR}); takes stimulant medication.",
        "Years of chronic pain since a back injury at work.",
        "{PP_} first baby was stillborn; two children since.",
    ],
    "plan": [
        "Eight sessions of guided self-help, stepping up if the PHQ-9 stays above 15.",
        "Keyworker to chase the script; repeat urine screen on Friday.",
        "Outpatient psychiatry in two weeks; GP to carry on with mirtazapine.",
        "Weekly graded exposure with practice between sessions.",
        "One joint session with the partner before deciding on couples work.",
        "Discharged from liaison; GP letter today; crisis numbers given.",
        "Stabilisation and grounding first, trauma-focused CBT later.",
        "Refer to the community alcohol team for a home detox assessment.",
        "Take it to supervision before the next appointment.",
    ],
    "question": [
        "Is a step-up to high-intensity work justified yet?",
        "Would you hold off on trauma work while the court case is live?",
        "Does this meet the threshold for a safeguarding referral?",
        "Should I keep offering slots after a third missed appointment?",
        "What do I say when the partner rings asking for information?",
        "Is this a capacity question for the ward rather than for us?",
        "Am I colluding by letting {PO} set the agenda every week?",
        "What would you want written down before discharge?",
    ],
    "risk": [
        "No self-harm thoughts; the kids and the dog are strong protective factors.",
        "Fleeting thoughts, no plan; crisis card given.",
        "Raised: overdose last month; daily phone contact agreed.",
        "Low to others; some risk from others (ex-partner).",
        "Medium; drinks alone and has a stockpile of tablets.",
        "Denies current ideation; re-ask next contact.",
    ],
    "formulation": [
        "Perfectionism learned early keeps {PO} overworking and then collapsing.",
        "Drinking numbs the shame, and the shame grows back bigger.",
        "Safety behaviours stop {PO} finding out the panic is survivable.",
        "An unpredictable childhood left {PO} scanning every room for rejection.",
        "Anger protects against a deeper sense of helplessness.",
        "Never visiting the grave keeps the grief frozen in place.",
    ],

    # ---- quasi-identifier phrases (verb phrases, 3rd person singular) ----
    "quasi_vp": {
        "employer": ["is employed by {EMPLOYER}", "has been at {EMPLOYER} for years",
                     "is on the payroll at {EMPLOYER}", "clocks in at {EMPLOYER}"],
        "occ_city": ["is {A_OCC} over in {CITY}", "is based in {CITY}, working as {A_OCC}",
                     "is {A_OCC} (based in {CITY})", "lives and works in {CITY} as {A_OCC}"],
        "school": ["is enrolled at {SCHOOL}", "attends {SCHOOL}", "is doing {PP} studies at {SCHOOL}"],
        "rel_child": ["has a {RELATION} called {REL}", "worries constantly about {PP} {RELATION}, {REL}",
                      "is raising a {RELATION}, {REL}, more or less alone"],
        "rel_spouse": ["shares a house with {PP} {RELATION} {REL}", "has been married to {REL} for a long time",
                       "is going through a rough patch with {PP} {RELATION}, {REL}"],
        "rel_partner": ["moved in with {PP} partner {REL} last year", "is in a long-term relationship with {REL}",
                        "has a partner called {REL}"],
        "rel_parent": ["has a {RELATION} called {REL}", "is at loggerheads with {PP} {RELATION}, {REL}",
                       "phones {PP} {RELATION} {REL} every evening"],
        "rel_sibling": ["shares a flat with {PP} {RELATION} {REL}", "fell out with {PP} {RELATION} {REL} last year",
                        "has a {RELATION}, {REL}, who lives nearby"],
        "distinctive": ["{DIST}", "{DIST}, as half the town knows", "{DIST} (the local paper loves that)"],
    },

    # ---- direct-leak templates by kind and leading identifier ----
    "direct": {
        "social_post": {
            "name": [
                "[[reddit]]Throwaway because colleagues lurk here. My 4pm, {NAME}, {CLIN_VP}. How do you all not take this home?",
                "[[reddit]]Anyone else have a client who sends memes between sessions? {NAME} sent me one after {PS} {CLIN_POS} and honestly it made my week.",
                "[[reddit]]Vent. {NAME} {CLIN_VP}, and then my supervisor asked why my notes are late. I need a holiday.",
                "[[reddit]]Small wins thread? Mine: {NAME} {CLIN_POS}. Two years ago {PS} couldn’t leave the house.",
                "[[reddit]]Update on the client from my post last month ({NAME}, for those who DM’d): {CLIN_S}\n\nThank you for all the kind replies.",
                "[[reddit]]How would you chart this? {NAME} {CLIN_VP}. My agency wants SOAP format and my brain is soup.",
                "[[substack]]This week’s letter is about endings. At our final session {NAME} said, “I don’t need you any more, and that’s your fault.” I am still smiling.",
                "[[substack]]A note for paid subscribers: the couple I wrote about last week asked me to stop, so this is the last you’ll hear of {NAME}. {CLIN_S}",
                "[[substack]]On jealousy\n\n{NAME} sat on my couch on {DAY} and asked whether wanting to read a partner’s messages makes {PO} a bad person. We stayed with that question for the full fifty minutes.",
                "Big arvo in the rooms. {NAME} {CLIN_POS}. Absolute legend, that’s the post.",
                "Quote of the week, from {NAME}: “I reckon I’m allowed to be happy now.” Heaps proud.",
                "Me at 9am: I will not get attached.\nMe at 5pm after {NAME} {CLIN_POS}: 😭",
                "Dear {NAME}, if this ever reaches you: you did the brave thing today. Your counsellor is very proud.",
                "Gratitude list, midweek edition:\n1. strong coffee\n2. {NAME} {CLIN_POS}\n3. nobody cancelled",
                "“Are you {NAME}’s counsellor?” asked a stranger at the bus stop today. Reader, I panicked and said no.",
                "[[reddit]]Question for the couples folks. {NAME} wants individual sessions on top of the joint ones. {CLIN_S} Conflict of interest, or fine with clear rules?",
                "Voice-to-text post, excuse errors: so um today {NAME} {CLIN_POS} and I had to go sit in my car for a minute",
            ],
            "phone": [
                "[[reddit]]Throwaway. If you are {NAME} and your number is {PHONE}: please stop ringing my personal mobile at 2am. (I know. I’m deleting this in ten minutes.)",
                "Wrong group chat, sorry everyone!! Ignore that last message, {PHONE} is a client’s number for {PP} crisis plan, not the new babysitter 🙈",
                "Does anyone recognise {PHONE}? Someone keeps ringing the practice and hanging up, and I’m fairly sure it’s {NAME}.",
            ],
            "email": [
                "[[reddit]]My client e-mails me from {EMAIL} with three-page essays between sessions. How do you set limits without {PO} feeling dropped?",
                "Inbox: 43 unread. Eleven of them from {EMAIL}. Boundaries workshop, here I come.",
            ],
            "dob": [
                "{NAME} is a year older today (born {DOB}) and for the first time since we started, {PS} actually wants to celebrate 🎈",
                "[[substack]]Birthdays are hard for survivors. My client born {DOB} told me {PS} spends the day in bed every year. This year {PS} {CLIN_POS}.",
            ],
            "address": [
                "Walking home past {ADDR} and saw my client’s car in the drive. Small towns. I crossed the road.",
                "Home visit today at {ADDR}. {NAME}’s dog said hello before {PS} did. Best session we’ve had.",
            ],
            "initials": [
                "[[reddit]]Anonymised as best I can: {INIT}, who {Q1}, {CLIN_VP}. Am I overreacting by wanting a consult?",
                "[[substack]]I’ll call my client {INIT} here. {PS_} {Q1}, and last week {PS} {CLIN_POS}.",
                "Thinking of {INIT} ({Q1}) tonight. Rough week for {PO}.",
            ],
            "multi": [
                "[[reddit]]The two clients who rescued my week: {NAME1} and {NAME2}. Both did their homework. Both! In the same week!",
                "Double win today: {NAME1} hit a year sober and {NAME2} got the job. Going home happy.",
            ],
        },
        "email": {
            "name": [
                "[[school]]Just to let you know I saw {NAME} at lunchtime today. {PS_} {CLIN_VP}. Could {PS} leave your lesson ten minutes early on {DAY} to come and see me?",
                "[[school]]I’m writing about {NAME}; please keep this within the pastoral team. {CLIN_S} I’ll update you after half-term.",
                "[[school]]Following today’s meeting about {NAME}: {PS} {CLIN_VP}. I have given {PO} a time-out card for lessons.",
                "[[office]]{NAME} didn’t attend again on {DAY}. That’s the third this term, so per policy I’ll raise the missed-session invoice unless you tell me otherwise.",
                "[[office]]Room 2 is double-booked on {DAY} at {TIME}: you have {NAME} in there and so does the new psychologist. Can one of you move?",
                "[[office]]The insurer has rejected the claim for {NAME}’s last four sessions; they want the diagnosis code entered again. Could you do it by Friday?",
                "[[nhs]]Just a wee note to say {NAME} has opted in for step 3. {PS_} {CLIN_VP}, so I’ve flagged {PO} as a priority.",
                "[[nhs]]Bore da. {NAME} rang the surgery this morning. {CLIN_S} Could the duty worker phone back before one?",
                "[[oz]]Quick one about {NAME}: the GP’s mental health care plan runs out after the next session. {PS_} {CLIN_VP}, so I’ll ask for a re-referral.",
                "[[oz]]{NAME} came in this arvo. {CLIN_S} Can we have a yarn on {DAY} before {PS} sees the psychiatrist?",
                "Liaison referral accepted: {NAME}, bay 4, acute medical unit. {PS_} {CLIN_VP}. I’ll see {PO} after the ward round.",
                "Handing over {NAME} while I’m on leave. {PS_} {CLIN_VP}. The script is collected daily from the chemist.",
                "Nothing urgent, but {NAME} asked me to let you know {PS} {CLIN_POS}. Thought you’d like some good news.\n\nP.S. {PS_} says thanks for the referral.",
                "[[za]]Howzit. {NAME} phoned just now from the car park, very distressed. {CLIN_S} I’ve squeezed {PO} in at {TIME}.",
                "[[za]]Medical aid has declined further sessions for {NAME}. {PS_} {CLIN_VP}, so I’ll motivate for an extension.",
                "Supervision prep, for you only: {NAME}. {FORMULATION} {QUESTION}",
            ],
            "phone": [
                "[[office]]Please update {NAME}’s contact record: new number {PHONE}. The old one is dead.",
                "[[nhs]]Could you give {NAME} a ring on {PHONE}? {PS_} missed the telephone review and the system has discharged {PO} by mistake.",
                "[[school]]If anything comes up over the weekend, the best number for {NAME} is {PHONE} (texts are fine).",
                "Keywork handover: {NAME} can only be reached on {PHONE} after midday. {CLIN_S}",
                "[[za]]{NAME} asked that we WhatsApp rather than call: {PHONE}. {PS_} {CLIN_VP}.",
            ],
            "email": [
                "[[office]]Invoices for {NAME} keep bouncing. Is <{EMAIL}> still right, or has {PS} changed it?",
                "[[oz]]Can you add {EMAIL} to the telehealth link for {DAY}? That’s {NAME}’s personal address, not the work one.",
                "The discharge summary can go straight to the patient at {EMAIL}; consent to e-mail is documented. {CLIN_S}",
            ],
            "dob": [
                "[[office]]The claim form has the wrong date of birth. It should read {DOB}. Client is {NAME}.",
                "[[nhs]]Referral received for {NAME}, d.o.b. {DOB}. {PROBLEM} Could you triage it this week?",
                "[[school]]For the outside-agency referral I need to confirm {NAME}’s date of birth as {DOB}. Could you check it against what the office holds?",
            ],
            "address": [
                "[[office]]Returned post: the letter to {ADDR} came back marked “not known at this address”. Do we have a new one for {NAME}?",
                "[[nhs]]Home visit booked for {DAY}. The address is {ADDR}; park round the back. {CLIN_S}",
                "Please post the appointment letter to {ADDR} in a plain envelope. {NAME} doesn’t want {PP} partner to see it.",
            ],
            "initials": [
                "[[office]]A query on the statement for {INIT} (the client who {Q1}): last month’s sessions were billed twice.",
                "[[school]]Regarding {INIT}, who {Q1}: {PS} {CLIN_VP}. I’ll be in touch.",
                "Consult re {INIT}, who {Q1}. {CLIN_S} Free to talk after clinic?",
            ],
            "multi": [
                "[[office]]Missed-appointment list for {DAY}: {NAME1}, {NAME2}. Letters go out tomorrow unless you object.",
                "[[nhs]]Step-up requests this week are {NAME1} and {NAME2}. Both have had six sessions of guided self-help.",
                "Could you check the keywork rota? {NAME1} is down for {DAY} and {NAME2} for {DAY2}, but I’m only in on one of those days.",
                "[[school]]The lunchtime worry group is confirmed: {NAME1}, {NAME2} and {NAME3}. Please release them from period 4.",
            ],
        },
        "case_presentation": {
            "name": [
                "LIAISON PSYCHIATRY — CONSULT\nPatient: {NAME}    Age: {AGE}\nReason for referral: {PROBLEM}\nBackground: {HISTORY}\nRisk: {RISK}\nImp/Plan: {PLAN}",
                "Supervision log — week {NSESS}\nCase: {NAME}\nWhat happened: {CLIN_S}\nWhat I felt: honestly, out of my depth.\nWhat my supervisor suggested: {PLAN}",
                "## {NAME}\n\n**Presenting:** {PROBLEM}\n**Formulation:** {FORMULATION}\n**Ask:** {QUESTION}",
                "Step 3 case review\n| Client | Sessions | Risk |\n|---|---|---|\n| {NAME} | {NSESS} | {RISK} |\nNotes: {PROBLEM}",
                "I’d like to bring {NAME} to supervision today. {PS_} is {A_OCC} living in {CITY}, {AGE} years old. {PROBLEM} {FORMULATION} {QUESTION}",
                "Seen on the ward at {TIME}: {NAME}, {AGE}. {CLIN_S}\nImpression: {PROBLEM_NP}.\nPlan: {PLAN}",
                "Reflective account (Gibbs cycle)\nDescription: third session with {NAME}. {CLIN_S}\nEvaluation: {FORMULATION}\nAction plan: {PLAN}",
                "Allocation meeting, new case: {NAME} ({AGE}, {OCC}).\nHistory: {HISTORY}\nProblem: {PROBLEM_NP}\nRisk: {RISK}",
                "Keywork review\nService user: {NAME}\n- Substance use: {PROBLEM_NP}\n- Last keywork: {DAY}\n- Risk: {RISK}\n- Next steps: {PLAN}",
            ],
            "phone": [
                "Liaison consult\nNo next of kin given; patient’s own mobile {PHONE}.\nReason for referral: {PROBLEM}\nPlan: {PLAN}",
                "Supervision log\nCase: the caller who rang the out-of-hours line from {PHONE} three times last week.\n{CLIN_S}\nQuestion: {QUESTION}",
            ],
            "email": [
                "Summary for allocation\nPreferred contact: e-mail only, {EMAIL}\nPresenting problem: {PROBLEM}\nRisk: {RISK}",
                "Trainee log — client contacted via {EMAIL} (agreed with supervisor)\n{CLIN_S}\nFormulation: {FORMULATION}",
            ],
            "dob": [
                "Liaison psychiatry note\nDOB: {DOB}    Ward 9\nHx: {HISTORY}\nImp: {PROBLEM_NP}\nPlan: {PLAN}",
                "Case for MDT\n{NAME}, born {DOB}\n{PROBLEM}\nFormulation: {FORMULATION}\nQuestion: {QUESTION}",
                "| Field | Detail |\n|---|---|\n| Date of birth | {DOB} |\n| Presenting problem | {PROBLEM_NP} |\n| Plan | {PLAN} |",
            ],
            "address": [
                "Home-based assessment\nSeen at {ADDR}.\nFindings: {PROBLEM}\nRisk: {RISK}\nPlan: {PLAN}",
                "Case: {NAME}, of {ADDR}.\nBackground: {HISTORY}\nQuestion for the group: {QUESTION}",
            ],
            "initials": [
                "Supervision log — {INIT}\nContext: {PS} {Q1}.\n{CLIN_S}\nLearning point: {FORMULATION}",
                "Consult: {INIT}, {AGE}; {Q1}.\nImp: {PROBLEM_NP}.\nPlan: {PLAN}",
            ],
            "multi": [
                "Group supervision, cases today\n1. {NAME1}\n2. {NAME2}\n3. {NAME3}\nPlease bring process notes.",
                "Couples intake: {NAME1} and {NAME2}.\nPresenting issue: trust after an affair; arguments about the in-laws.",
            ],
        },
        "team_note": {
            "name": [
                "Handover (keywork): {NAME} — {CLIN_VP}. Needs a call before {DAY}.",
                "[voice note, auto-transcribed] um so, note for file, saw {NAME} at, uh, {TIME}, and {PS} {CLIN_VP}, yeah. Follow up {DAY}.",
                "Liaison r/v {NAME}: {CLIN_S} Imp: {PROBLEM_NP}. NFA from us today.",
                "• {NAME}: {CLIN_VP}\n• plan: {PLAN}",
                "Two DNAs now, {NAME}. Letter sent. If {PS} rings, offer {DAY} {TIME}.",
                "Voice memo to self: okay so {NAME}, um, {CLIN_POS}, which is, like, huge. Bring to supervision.",
                "Keywork session with {NAME}. {CLIN_S} Naloxone kit checked. Next: {DAY}.",
                "Ward 7 want us to see {NAME} again; {PS} {CLIN_VP}. Going up at {TIME}.",
                "Trainee note, {DAY}: first solo session with {NAME}. {CLIN_S} Felt OK? Ask supervisor about the silence at the end.",
            ],
            "phone": [
                "Handover: {NAME}’s mobile is now {PHONE}. The old number is dead.",
                "[voice note] right, um, callback for the client on, uh, {PHONE}, {PS} wants to rebook. That’s it.",
                "Duty log {TIME}: call from {PHONE} ({NAME}). {CLIN_S}",
            ],
            "email": [
                "Reminder: send the worksheet to {EMAIL} tonight, {PS} has asked twice.",
                "Admin: e-mail to {NAME} bounced ({EMAIL}). Check the spelling with {PO}.",
            ],
            "dob": [
                "Liaison: new ref, DOB {DOB}, {PROBLEM_NP}. See today.",
                "Records: two files for {NAME}, both DOB {DOB}. Please merge.",
            ],
            "address": [
                "Outreach {DAY}: {ADDR}. {NAME} {CLIN_VP}. Go in pairs.",
                "Script to be delivered to {ADDR} while {PS} is housebound.",
            ],
            "initials": [
                "{INIT}: {Q1}; {CLIN_VP}.",
                "Handover: {INIT} ({Q1}). {CLIN_S}",
            ],
            "multi": [
                "Clinic list {DAY}:\n- {TIME} {NAME1}\n- {TIME2} {NAME2}\n- late slot {NAME3}",
                "| Client | Status |\n|---|---|\n| {NAME1} | DNA |\n| {NAME2} | attended |",
                "Keyworkers please chase {NAME1} and {NAME2} for urine screens before {DAY}.",
                "[voice note] um, swaps for {DAY}: I’ll take {NAME1}, you take {NAME2}, okay, cheers.",
            ],
        },
    },

    # ---- quasi-only leaks (no name). {Q1},{Q2}[,{Q3}] are verb phrases ----
    "quasi": {
        "social_post": [
            "[[reddit]]Being vague on purpose. A client who {Q1} and {Q2} told me therapy is “the only hour nobody needs anything from me”. Oof.",
            "[[substack]]Some of you asked after the client who {Q1}. {PS_} {Q2}, too, and this week {PS} {CLIN_POS}.",
            "Can’t share details, obviously, but my client who {Q1} and {Q2} just sent me a thank-you card and I’m a puddle.",
            "[[reddit]]Client {Q1}, {Q2}, and {Q3}. {PS_} {CLIN_VP}. Where do I even start?",
            "A win for someone who {Q1}, {Q2} and {Q3}: {PS} {CLIN_POS}. Keep going, you.",
            "[[substack]]The person I’m thinking of this week {Q1}. {PS_} also mentioned, almost in passing, that {PS} {Q2}. Funny what people tell you last.",
            "Voice-to-text, sorry: so my client who um {Q1} and uh {Q2} {CLIN_POS} today and I’m so",
        ],
        "email": [
            "[[school]]Confidential to the pastoral team. The parent who {Q1} and {Q2} has asked for a meeting about things at home. {CLIN_S}",
            "[[office]]Billing question: the client who {Q1} (and who {Q2}) wants to pay through a workplace scheme. Is that allowed?",
            "[[nhs]]Can we take this to MDT? Person {Q1} and {Q2}; {PS} {CLIN_VP}.",
            "[[oz]]Referral through from the GP for someone who {Q1}, {Q2} and {Q3}. {PS_} {CLIN_VP}.",
            "Handover by e-mail as I’m off: the person who {Q1} and {Q2}. {PS_} {CLIN_VP}.",
            "[[za]]Quick consult, no names: client {Q1}, {Q2} and {Q3}. {CLIN_S} Would you see {PO} privately?",
            "[[school]]Staff member, confidential. The colleague who {Q1} and {Q2} has been in to see me twice. {CLIN_S}",
        ],
        "case_presentation": [
            "Supervision log (no names, as agreed)\nClient: {Q1}; {Q2}.\n{CLIN_S}\nQuestion: {QUESTION}",
            "Case for discussion\n- {Q1}\n- {Q2}\n- {Q3}\nPresenting problem: {PROBLEM}\nFormulation: {FORMULATION}",
            "Liaison consult, pt who {Q1} and {Q2}.\nImp: {PROBLEM_NP}.\nPlan: {PLAN}",
            "Anonymised vignette: the client {Q1}, {Q2} and {Q3}. {HISTORY} {PLAN}",
            "Keywork review (initials withheld)\nBackground: {Q1}; {Q2}.\nRisk: {RISK}\nNext steps: {PLAN}",
        ],
        "team_note": [
            "Handover: the one who {Q1} and {Q2}. {PS_} {CLIN_VP}.",
            "[voice note] um, so, the client who, uh, {Q1}, and {Q2}, yeah, {PS} {CLIN_VP}.",
            "Heads up: person {Q1}, {Q2}, {Q3}. {CLIN_S}",
            "| who | plan |\n|---|---|\n| client who {Q1} and {Q2} | {PLAN} |",
            "Liaison: ED pt, {Q1}; {Q2}; {Q3}. {CLIN_S}",
        ],
    },

    # ---- benign templates: subcategory -> kind -> templates ----
    "benign": {
        "therapy_life": {
            "social_post": [
                "[[reddit]]Does anyone else eat lunch in their car between sessions, or is that just me?",
                "[[substack]]This week’s essay: why the couples who argue loudest often have the most left to save. Paid subscribers get the worksheet.",
                "Practice update: we’re closed {DAY} for staff training. Online bookings are still open.",
                "Forty minutes of notes for a fifty-minute session. Nobody warned us about that in training.",
                "Aussie clinicians: the new Medicare item numbers are live, so check your invoice templates.",
                "[[reddit]]Fellow keyworkers, how do you switch off after an overdose call? Asking for me.",
                "[[substack]]Housekeeping: next week’s letter is late because my own therapist said to take a week off. Practising what I preach.",
                "Voice-to-text post so forgive me: um, reminder that your own supervision is not optional, okay, that’s it",
                "Eight years of liaison psychiatry has taught me one thing: always check the calcium.",
            ],
            "email": [
                "[[office]]A reminder that the card machine in reception is out of action until {DAY}. Please take payment by bank transfer.",
                "[[office]]The missed-appointment policy has changed: the fee now applies from the second missed session. Full wording attached.",
                "[[school]]The staff wellbeing drop-in is moving to the library this half-term. Tea and biscuits provided.",
                "[[nhs]]Mandatory training: the information governance module closes at the end of the month.",
                "[[oz]]Heads up, the aircon in room 3 is cactus again. I’ve rung the landlord.",
                "The liaison on-call rota for next month is on the shared drive. Swaps by Friday, please.",
                "[[za]]Load-shedding schedule for next week is attached. Sessions in stage 4 slots go online.",
                "[[nhs]]Cheers to everyone who covered the duty phone over the snow days. Tea’s on me.",
            ],
            "case_presentation": [
                "Trainee supervision log — week 9\nFocus: my own anxiety about silences. No client material this week.\nAction: read about tolerating not-knowing.",
                "Teaching session: writing a liaison consult note in under ten lines. The template is on the shared drive.",
                "Case-based learning, week 4\nTopic: capacity assessments on medical wards.\nPre-reading: the trust policy, sections 3 and 5.",
                "Trainee reflective log\nWhat went well: I stopped over-explaining in the first ten minutes.\nEven better if: I tolerate the pause before summarising.",
                "Audit summary: liaison response times\n| Quarter | Seen within 1 hour |\n|---|---|\n| Q1 | 71% |\n| Q2 | 78% |",
            ],
            "team_note": [
                "Keywork rota for next week is on the board. Swaps by Friday.",
                "Voice note: um, reminder to self, order more urine test kits, and, uh, the sharps bin is full.",
                "Ward 7 has moved to the old day unit; liaison referrals go through switchboard for now.",
                "[voice note] um, the naloxone training is, uh, {DAY} at two, bring your card.",
                "Handover: no new referrals overnight. Quiet one.",
                "Room 4 blinds broken. Estates ticket raised.",
            ],
        },
        "nonclient_person": {
            "social_post": [
                "[[substack]]This week I interviewed {NC_FULL} about marriages that last forty years. Transcript for paid subscribers.",
                "[[reddit]]Read {AUTHOR} in grad school and only now, ten years in, do I get it.",
                "Farewell drinks for {NC_FULL} tonight after thirty years in the service. A legend.",
                "Shout-out to my own supervisor, {NC_FULL}, who told me today that ‘good enough’ is a clinical standard.",
            ],
            "email": [
                "[[office]]{NC_FULL} from the accountants will be in on {DAY} to go through the year-end figures.",
                "[[school]]Our educational psychologist, {NC_FULL}, will be observing in Year 8 on {DAY}.",
                "[[nhs]]{NC_FULL} has joined as the new team lead. Say hello if you see them in the corridor.",
                "[[za]]{NC_FULL} from the medical aid will phone about the audit on {DAY}; please be around.",
                "{COLL_FULL} is presenting at journal club; the paper is on the drive.",
            ],
            "case_presentation": [
                "Supervision log: watched {NC_FULL} run a group today. Notes on pacing and on using silence.",
                "Journal club\nPresenter: {NC_FULL}\nPaper: a trial of brief interventions in the emergency department.",
            ],
            "team_note": [
                "{COLL_FULL} covering duty {DAY}.",
                "Locum {NC_FULL} on the ward from Monday.",
                "Keyworker {NC_FULL} back from leave {DAY}.",
            ],
        },
        "public_figure": {
            "social_post": [
                "[[reddit]]Unpopular opinion: {CELEB} talking about therapy helps my clients more than any leaflet.",
                "[[substack]]What {CELEB} gets right about heartbreak, and what they get badly wrong.",
                "{CELEB} saying “I have a therapist” on live TV is doing the Lord’s work.",
                "[[reddit]]A client quoted {CELEB} at me today and, annoyingly, it was a good point.",
            ],
            "email": [
                "[[school]]For the mental health assembly, could we show the clip of {CELEB}? It runs under five minutes.",
                "[[oz]]The {CELEB} podcast ep on grief is worth passing around the team.",
            ],
            "team_note": [
                "Staff room debate today: was {CELEB} right to step back? Discuss over lunch.",
            ],
        },
        "celebrity_namesake": {
            "social_post": [
                "Anyone else catch {NS_CELEB}’s interview about therapy? I teared up in the staff room.",
                "[[reddit]]Using the {NS_CELEB} documentary as psychoeducation: good idea or bad?",
                "[[substack]]A reader asked what I made of {NS_CELEB} talking about fame and loneliness. Short answer: it rang true.",
            ],
            "email": [
                "[[school]]The Year 10s keep quoting {NS_CELEB} in PSHE. Does anyone know which interview it is?",
                "[[office]]Apologies for the TV noise in the waiting room yesterday; someone had a {NS_CELEB} interview on full volume.",
            ],
        },
        "name_as_word": {
            "social_post": ["{WORD_S}", "[[reddit]]{WORD_S}", "{WORD_S} ☀️"],
            "email": ["{WORD_S}", "[[office]]{WORD_S}"],
            "team_note": ["{WORD_S}", "Note: {WORD_S}"],
        },
        "weak_attribute": {
            "social_post": [
                "[[reddit]]Rural therapist here: half my referrals this month are {W_OCC_PL}. Burnout is everywhere.",
                "Opening a satellite clinic in {W_CITY} on {DAY}s. Rebates apply.",
                "Spoke with {W_A_OCC} today who said nobody ever asks how they are. Ask people how they are.",
                "[[substack]]Notes from a week in {W_CITY}: the waiting lists are long and the coffee is excellent.",
            ],
            "email": [
                "[[nhs]]Another self-referral from {W_CITY}: adult, mild anxiety. Into the step 2 queue.",
                "[[office]]Could we leave flyers at the {W_CITY} library? Loads of {W_OCC_PL} pass through there.",
                "[[school]]Careers day: we still need {W_A_OCC} to talk to Year 11. Any parents you could ask?",
            ],
            "team_note": [
                "Waitlist: two from {W_CITY}, nothing urgent.",
                "Liaison: ED asked about {W_A_OCC} seen overnight; not known to us.",
                "Outreach van in {W_CITY} {DAY}; two workers needed.",
            ],
        },
        "single_quasi": {
            "social_post": [
                "[[reddit]]Had a client this week who {Q1}. Small world, this town.",
                "Someone on my caseload {Q1}, and it has made me rethink how I talk about burnout.",
                "[[substack]]A client of mine {Q1}. That’s all I’ll say, but it got me thinking about work and identity.",
            ],
            "email": [
                "[[office]]Billing query: a client who {Q1} asked whether there’s a workplace voucher scheme.",
                "[[nhs]]Referral for someone who {Q1}. Low mood; opt-in letter sent.",
                "Consult request: a patient who {Q1}; wants evening appointments only.",
            ],
            "team_note": [
                "Waitlist: person {Q1}. Triage {DAY}.",
                "[voice note] new one, um, {Q1}, low mood, uh, call back {DAY}.",
            ],
        },
        "deidentified_case": {
            "case_presentation": [
                "Supervision log\nCase: {CLIENT_LABEL}, a {GENDER_NOUN} in {GP} {DECADE}.\nPresenting: {PROBLEM_NP}.\nFormulation: {FORMULATION}\nPlan: {PLAN}",
                "Liaison teaching case: {CLIENT_LABEL} ({DECADE}). {PROBLEM} {PLAN}",
                "| Label | Age band | Problem |\n|---|---|---|\n| {CLIENT_LABEL} | {DECADE} | {PROBLEM_NP} |",
            ],
            "team_note": [
                "{CLIENT_LABEL}, {DECADE}: {PROBLEM_NP}; for allocation.",
                "Handover: {CLIENT_LABEL} ({DECADE}) seen, {PROBLEM_NP}, plan as per notes.",
            ],
            "social_post": [
                "[[substack]]A composite, details changed: {CLIENT_LABEL}, a {GENDER_NOUN} in {GP} {DECADE}, came to me with {PROBLEM_NP}. {FORMULATION}",
            ],
            "email": [
                "Anonymised for the consult list: {CLIENT_LABEL}, {DECADE}, {PROBLEM_NP}. {QUESTION}",
            ],
        },
        "nonclient_namesake": {
            "social_post": [
                "My {NS_REL} {NS_GIVEN} lost a tooth and wants the tooth fairy to pay by bank transfer. Kids today.",
                "[[substack]]Personal note this week: my {NS_REL} {NS_GIVEN} started school, and I cried more than {NS_GIVEN} did.",
                "[[reddit]]Off-topic but: my {NS_REL} {NS_GIVEN} asked what I do all day and I said “listen”. {NS_GIVEN} was not impressed.",
            ],
            "email": [
                "[[office]]I’m leaving at three on {DAY}: parents’ evening for my {NS_REL} {NS_GIVEN}.",
                "[[office]]Our new receptionist, {NS_GIVEN}, starts on {DAY}. Please show {NS_GIVEN} where the kettle is.",
            ],
            "team_note": [
                "Off {DAY} afternoon for my {NS_REL} {NS_GIVEN}’s sports day.",
                "Cover needed {DAY}: I’m taking my {NS_REL} {NS_GIVEN} to the dentist.",
            ],
        },
    },

    # ---- ordinary-word uses of names (no person meant) ----
    "word_sentences": {
        "hope": ["Hope springs eternal, even for the printer.", "We live in hope that the new rota sticks."],
        "grace": ["Grace under pressure award goes to reception this week.",
                  "Ten days’ grace on the CPD deadline, apparently."],
        "faith": ["Good-faith estimates must go out before the first appointment.",
                  "In good faith, I’ve rebooked everyone affected by the outage."],
        "joy": ["The joy of a cancelled meeting is unmatched.", "Joy of joys, the lift is working again."],
        "rose": ["Referrals rose by a third after the newsletter went out.",
                 "A single rose was left on the reception desk. Anyone know whose?"],
        "will": ["Will you sign the attendance sheet before you leave?", "Will do, thanks!"],
        "bill": ["Bill the insurer for the late cancellation as usual.", "Who’s footing the bill for the away day?"],
        "mark": ["Mark any missed session in the paper diary too, not just the system.",
                 "Question mark over whether the lift gets fixed this year."],
        "frank": ["A Frank Conversation About Fees: webinar slides attached.", "To be frank, the new form is worse."],
        "june": ["The June rota is out; check your Saturdays.", "June invoices are reconciled."],
        "may": ["May we remind everyone that the car park closes at seven.", "It may rain on the away day, bring a coat."],
        "april": ["The April Fools’ prank in the kitchen was not appreciated.", "Audit figures for April are in."],
        "summer": ["Summer timetable attached.", "An Indian summer in the waiting room, so open the windows."],
        "art": ["State-of-the-art booking system, my foot.",
                "The art on the corridor walls comes from the local primary school."],
        "sage": ["Sage green paint for the counselling rooms, final answer.", "Add sage to the soup for Friday’s lunch."],
        "chase": ["Please chase any unpaid invoices older than thirty days.", "Cut to the chase: we need two more chairs."],
        "miles": ["Claim your miles by the fifth.", "We’re miles behind on the audit."],
        "penny": ["In for a penny: I’ve signed us all up for the fun run.", "Penny for your thoughts on the new rota?"],
        "ginger": ["Ginger nuts are back in the biscuit tin.", "The ginger cat from next door is in reception again."],
        "dawn": ["Dawn start tomorrow for the ward round.", "A new dawn for the booking system, allegedly."],
        "patience": ["Patience, please: the new phones go live next week.",
                     "My patience with the shared calendar has run out."],
        "holly": ["Holly and tinsel are banned from the therapy rooms this year.", "Keep the holly away from the fire exit."],
        "amber": ["Amber alert on the staffing dashboard again.", "The board has rated our waiting list amber."],
        "jack": ["Jack up the heating in room 1, it’s freezing.", "The jack for the pool car is missing."],
        "drew": ["The fun run drew more staff than the training did.", "Drew up the new rota last night, have a look."],
        "ray": ["The X-ray department has moved to the ground floor.", "Not a ray of sun all week."],
        "pat": ["Pat the reception dog at your own risk.", "Pat answers won’t get us through the audit."],
        "sue": ["Sue the landlord? Tempting, but no.", "Nobody is going to sue over a late newsletter."],
        "rich": ["Rich tea biscuits only from now on, budget cuts.", "Rich pickings at the book swap this week."],
        "rusty": ["The rusty bike in the shelter belongs to nobody and is going in the skip.",
                  "My Welsh is rusty, but diolch to everyone who came."],
        "sunny": ["Sunny spells forecast for the team walk.", "Sunny side up: the audit passed."],
        "dean": ["The dean signed off the placement agreement at last.", "Dean’s list results for our trainees are out."],
        "iris": ["The iris scanner on the ward door is broken again.", "The iris by the entrance is flowering."],
        "ivy": ["Ivy is creeping over the clinic sign again.", "The ivy has got into the gutters."],
    },

    "email_subjects": {
        "direct": ["Re: {NAME}", "{NAME} — update", "Handover", "Liaison referral", "Keywork cover",
                   "For info (confidential)", "Quick question"],
        "quasi": ["Advice please", "Handover", "Anonymised consult", "Referral"],
        "benign": ["Rota", "Housekeeping", "FYI", "Training reminder", "This week"],
    },
    "email_greetings": ["Hi {COLL},", "{COLL},", "Morning {COLL},", "Dear {COLL},", "Hiya {COLL},"],
    "email_closings": ["Regards,", "Speak soon,", "Many thanks,", "Ta,"],
    "social_tails": ["", "", " 💛", " #counsellorlife", " #keyworkerlife", "\n\n(Details changed.)"],
    "client_labels": ["Client K", "Patient 3", "Service user B", "Case 14", "our client"],
}

# ---- voice-specific wrappers, read by make_alt4.py ----
# E-mail layouts. Each has {BODY}; none has a client slot or {DAY} (DAY is drawn by the body).
EMAIL_FORMATS = [
    "From: {ME}\nTo: {COLL}\nSubject: {SUBJ}\n\n{GREET}\n{BODY}\n\n{CLOSE}\n{ME}",
    "RE: {SUBJ}\n\n{GREET}\n\n{BODY}\n\n{CLOSE} {ME}\n\nSent from my phone, please excuse typos",
    "Subject: {SUBJ}\n\n{BODY}\n\n— {ME}",
    "Subject: Fwd: {SUBJ}\n\n{GREET} forwarding as discussed.\n\n-----\n{BODY}\n-----\n\n{CLOSE}\n{ME}",
    "[{SUBJ}]\n{GREET}\n{BODY}\n{CLOSE}\n{ME}\nThis e-mail and any attachments are confidential.",
    "Subject: {SUBJ}\nImportance: High\n\n{GREET}\n\n{BODY}\n\n{CLOSE}\n{ME}\nLiaison Psychiatry Service",
]

# voice -> wrapper parts; a missing part falls back to the general one above / in BANK.
EMAIL_VOICES_WRAP = {
    "school": {
        "formats": [
            "Subject: {SUBJ}\n\n{GREET}\n\n{BODY}\n\n{CLOSE}\n{ME}\nSchool Counsellor | Student Support\nPlease do not forward outside the pastoral team.",
            "Subject: {SUBJ} (CONFIDENTIAL)\n\n{GREET}\n\n{BODY}\n\n{CLOSE}\n{ME}, Wellbeing Lead",
        ],
        "greetings": ["Dear colleagues,", "Dear {COLL},", "Hi {COLL},"],
        "closings": ["Kind regards,", "With best wishes,"],
        "subjects": {"direct": ["Pastoral update", "Wellbeing: {NAME}", "Referral paperwork"],
                     "quasi": ["Pastoral update", "Parent meeting request"],
                     "benign": ["Staff wellbeing", "Assembly", "Visitor in school"]},
    },
    "office": {
        "formats": [
            "Subject: {SUBJ}\n\n{GREET}\n\n{BODY}\n\n{CLOSE}\n{ME}\nPractice Manager\nReception: 9–5, Mon–Fri",
            "Subject: [Admin] {SUBJ}\n\n{GREET}\n{BODY}\n\n{CLOSE}\n{ME} (Practice Manager)",
        ],
        "greetings": ["Hi all,", "Hi team,", "Hi {COLL},"],
        "closings": ["Thanks, all,", "Many thanks,", "Ta,"],
        "subjects": {"direct": ["Billing: {NAME}", "DNA", "Room clash", "Contact details", "Returned post"],
                     "quasi": ["Billing question", "Invoices"],
                     "benign": ["Card machine", "Policy update", "Office", "Accounts"]},
    },
    "nhs": {
        "formats": [
            "Subject: {SUBJ}\n\n{GREET}\n\n{BODY}\n\n{CLOSE}\n{ME}\nPsychological Wellbeing Practitioner\nTalking Therapies",
            "Subject: {SUBJ}\n\n{GREET}\n\n{BODY}\n\n{CLOSE}\n{ME}\nCBT Therapist, Primary Care Mental Health",
        ],
        "greetings": ["Hiya {COLL},", "Morning {COLL},", "Shwmae {COLL},", "Hi {COLL},"],
        "closings": ["Diolch,", "Cheers,", "Ta very much,", "All the best,"],
        "subjects": {"direct": ["Step 3 opt-in", "Callback please", "Referral: {NAME}", "Home visit"],
                     "quasi": ["For MDT", "Advice"],
                     "benign": ["IG training", "Team news", "Waitlist"]},
    },
    "oz": {
        "formats": [
            "Subject: {SUBJ}\n\n{GREET}\n\n{BODY}\n\n{CLOSE}\n{ME}\nClinical Psychologist | Telehealth available",
            "Subject: {SUBJ}\n\n{GREET}\n{BODY}\n{CLOSE}\n{ME}\nSent from my iPad",
        ],
        "greetings": ["G’day {COLL},", "Hey {COLL},", "Hi {COLL},"],
        "closings": ["Cheers,", "Thanks heaps,", "Catch you,"],
        "subjects": {"direct": ["MHCP", "Telehealth link", "{NAME}"],
                     "quasi": ["GP referral"],
                     "benign": ["Room 3", "Heads up"]},
    },
}

EMAIL_VOICES_WRAP["za"] = {
    "formats": [
        "Subject: {SUBJ}\n\n{GREET}\n\n{BODY}\n\n{CLOSE}\n{ME}\nCounselling Psychologist (HPCSA registered)",
        "Subj: {SUBJ}\n\n{GREET}\n{BODY}\n{CLOSE} {ME}\n\nThis message may contain privileged information.",
    ],
    "greetings": ["Howzit {COLL},", "Hi {COLL},", "Morning {COLL},"],
    "closings": ["Shot,", "Thanks,", "Regards,"],
    "subjects": {"direct": ["Medical aid", "Urgent: {NAME}", "Contact"],
                 "quasi": ["Consult"],
                 "benign": ["Load-shedding", "Audit"]},
}

# social_post voice -> tails (replace BANK["social_tails"] for that voice)
SOCIAL_VOICES_TAILS = {
    "reddit": ["", "", "\n\nEdit: formatting", "\n\n(Throwaway account, obviously.)"],
    "substack": ["", "\n\nThanks for reading. Forward this to someone who needs it.",
                 "\n\n— Reply to this e-mail; I read every one."],
}
