"""Template bank for `--style alt5` (fifth alternative bank; see README.md).

Same keys, sub-keys and {SLOTS} as bank_dev.BANK, every sentence new.  Pronoun slots:
{PS} she/he, {PS_} She/He, {PO} her/him, {PP} her/his, {PP_} Her/His.

A document body may start with a voice marker `[[voice]]` (make_alt5.py strips it before
rendering).  VOICES says in which document kinds each voice may appear.  In a social post
the voice picks the hashtag tails (SOCIAL_VOICES_TAILS); in an e-mail it picks layout,
subject, greeting and closing (EMAIL_VOICES_WRAP); in every kind it steers how names,
dates of birth and addresses are rendered (see make_alt5.py).
"""

SP, EM, CP, TN = "social_post", "email", "case_presentation", "team_note"
VOICES = {
    "cmhc": {EM, CP, TN},              # US community mental health centre: DAP / BIRP / SOAP, treatment plans
    "bilingue": {SP, EM, CP, TN},      # bilingual Spanish/English therapist
    "telehealth": {EM, TN},            # telehealth platform: auto-generated summaries and reminders
    "payer": {EM, CP},                 # EAP and insurance: authorisations, utilisation reviews, superbills
    "campus": {EM, CP, TN},            # university counselling centre (staff side)
    "outreach": {SP},                  # university counselling centre (outreach posts)
    "va": {SP, EM, CP, TN},            # VA / military-family therapist
    "forensic": {EM, CP},              # forensic evaluator: court reports, letters to attorneys
    "insta": {SP},                     # private-practice Instagram captions
    "newsletter": {EM},                # private-practice marketing newsletter
    "peer": {SP, CP, TN},              # peer-support specialists' group check-ins
    "canada": {SP, EM, CP, TN},        # Canadian practitioner
    "irish": {SP, EM, CP, TN},         # Irish practitioner
}

BANK = {
    # ---- clinical fragments (about the target client; may use pronoun slots) ----
    "clin_vp": [
        "reported two nights of broken sleep and a flare of irritability at work",
        "missed three appointments in a row and then turned up in crisis",
        "has cut back from daily drinking to weekends only, by {PP} own count",
        "is ruminating about the layoff and has not applied for a single job in a month",
        "disclosed that {PS} has started cutting again, superficially, on the forearm",
        "asked whether {PP} records could ever be released to {PP} employer",
        "is grieving a miscarriage and asked for grief-focused work",
        "scored 22 on the PHQ-9, up from 14 at intake",
        "has not opened {PP} mail in six weeks because of the avoidance",
        "stopped taking {PP} lithium without telling the prescriber",
        "has been sleeping in {PP} car since the eviction",
        "described hearing {PP} own name called when nobody was there",
        "wants to drop to monthly sessions now that things have settled",
        "blew up at {PP} supervisor and got a written warning",
        "is terrified of losing custody after the DUI arrest",
        "has been bingeing at night and skipping meals all day",
        "is having flashbacks again since coming home from deployment",
        "is anxious about the fitness-for-duty evaluation next month",
        "failed organic chemistry and is talking about leaving school",
        "spent two nights in the hospital last week after an overdose",
        "checks the stove and the door locks for up to an hour before leaving home",
        "reconnected with {PP} estranged brother and left the call hopeful",
        "is struggling with side effects after the antidepressant dose went up",
        "used opioids again after a long stretch clean",
    ],
    "clin_pos": [
        "slept through the night for the first time in months",
        "went to a recovery meeting entirely on {PP} own",
        "made it to every single session this month",
        "drove on the interstate again after the crash",
        "asked {PP} manager for accommodations and got them",
        "finished the semester with passing grades in every class",
        "stood up in group and told {PP} story",
        "reached six months without self-harm",
        "got through a family dinner without leaving the table",
        "reconnected with an old friend after a year of isolation",
        "went back to the gym once the depression lifted",
        "completed the written trauma account in CPT",
    ],
    "clin_s": [
        "{PS_} described the week as “one long Monday.”",
        "{PS_} was tearful when we got to the subject of {PP} dad.",
        "{PP_} PHQ-9 has dropped five points since last month.",
        "{PS_} denies current SI, HI, intent or plan.",
        "{PS_} left early after a phone call from {PP} lawyer.",
        "{PS_} brought a notebook full of thought records, which was lovely to see.",
        "{PS_} calls the new job “fine,” but the nightmares tell another story.",
        "{PS_} is not ready to talk about the assault yet, and that is okay.",
        "{PP_} sister drove {PO} in because {PS} couldn't face the bus.",
        "{PS_} asked me, half joking, whether I ever give up on people.",
        "{PS_} dozed off in the waiting room, which says a lot about the week.",
        "{PP_} drinking is down but the sports betting has picked up.",
    ],
    "problem": [
        "Recurrent panic with chest tightness, three emergency-room visits this year.",
        "Depressed mood, loss of interest and early waking for the past four months.",
        "Combat-related nightmares and irritability since returning home.",
        "Checking rituals that take up to two hours a day.",
        "Daily cannabis use, with irritability whenever {PS} tries to stop.",
        "Grief complicated by guilt after {PP} brother’s suicide.",
        "Falling grades and withdrawal from friends this semester.",
        "Work-related trauma after responding to a fatal call.",
        "Restrictive eating and compensatory exercise; weight down twelve pounds.",
        "Anger outbursts at home; the family has asked {PO} to get help.",
    ],
    "problem_np": [
        "recurrent panic", "a depressive episode", "daily cannabis use", "combat-related PTSD",
        "compulsive checking", "complicated grief", "burnout at work", "restrictive eating",
        "trouble adjusting after a move", "anger at home", "insomnia and constant worry",
    ],
    "history": [
        "One psychiatric hospitalization in {YEAR}; outpatient care since.",
        "Childhood marked by frequent moves with a parent in the military.",
        "Two SSRIs tried with partial response; both stopped for side effects.",
        "No prior treatment; came in at a friend’s urging.",
        "Completed a 28-day residential program in {YEAR}.",
        "Longstanding anxiety, first treated in high school.",
        "Parents divorced when {PS} was nine; very close to {PP} grandmother.",
        "Concussion in {YEAR}, cleared by neurology.",
    ],
    "plan": [
        "Continue weekly CPT; repeat the PCL-5 at session 8.",
        "Coordinate with the prescriber; go biweekly once scores stabilize.",
        "Refer to the intensive outpatient program and hold {PP} individual slot.",
        "Exposure and response prevention, starting low on the hierarchy.",
        "Motivational interviewing; revisit goals in 30 days.",
        "Safety plan reviewed and signed; crisis numbers given.",
        "Request six more sessions from the payer and keep the current approach.",
    ],
    "question": [
        "Is a higher level of care warranted?",
        "Do we add family sessions now or after the holidays?",
        "How much should we share with the referring attorney?",
        "Would group fit better than individual work?",
        "Are we missing a substance-use piece here?",
    ],
    "risk": [
        "Low; denies SI/HI, strong protective factors.",
        "Elevated; firearm access discussed and means restriction agreed.",
        "Moderate; past attempts, none in the last two years.",
    ],
    "formulation": [
        "Perfectionism shields against shame but feeds the burnout.",
        "Hypervigilance learned on deployment no longer fits civilian life.",
        "Drinking numbs a grief {PS} was never allowed to feel.",
    ],

    # ---- quasi-identifier phrases (verb phrases, 3rd person singular) ----
    "quasi_vp": {
        "employer": ["is on staff at {EMPLOYER}", "has been with {EMPLOYER} for a few years",
                     "picks up shifts at {EMPLOYER}", "gets {PP} paycheck from {EMPLOYER}"],
        "occ_city": ["is {A_OCC} out in {CITY}", "is {A_OCC} living in {CITY}",
                     "is {A_OCC} based in {CITY}"],
        "school": ["is enrolled at {SCHOOL}", "takes classes at {SCHOOL}", "studies at {SCHOOL}"],
        "rel_child": ["is raising a {RELATION}, {REL}, mostly alone", "worries constantly about {PP} {RELATION} {REL}",
                      "has a {RELATION} called {REL}"],
        "rel_spouse": ["has been married to {REL} for years", "is separating from {PP} {RELATION} {REL}",
                       "shares a house with {PP} {RELATION} {REL}"],
        "rel_partner": ["moved in with {PP} partner {REL} last year", "is engaged to {PP} partner {REL}"],
        "rel_parent": ["looks after {PP} ailing {RELATION} {REL}", "is estranged from {PP} {RELATION} {REL}",
                       "calls {PP} {RELATION} {REL} every Sunday"],
        "rel_sibling": ["shares an apartment with {PP} {RELATION} {REL}",
                        "hasn't spoken to {PP} {RELATION} {REL} in years", "lost touch with {PP} {RELATION} {REL}"],
        "distinctive": ["{DIST}", "{DIST}, which half the town knows about"],
    },

    # ---- direct-leak templates by kind and leading identifier ----
    "direct": {
        "social_post": {
            "name": [
                "[[insta]]✨ Client win of the week ✨ {NAME} {CLIN_POS}. Sharing with a happy dance (and, um, I probably should have asked first).",
                "[[insta]]POV: {NAME} walks into session and announces {PS} {CLIN_POS} 🥹 this job, honestly",
                "[[insta]]Swipe ➡️ for the coping card {NAME} and I made together in session! {PS_} says I can share it 💕",
                "[[insta]]Our practice’s very first client, {NAME}, just had {PP} final session 🎓 Graduating from therapy is a real thing and we’re celebrating!",
                "[[outreach]]Peer listener spotlight! {NAME}, who came to us as a counseling client last fall, now helps run the Tuesday drop-ins. {PS_} {CLIN_POS}.",
                "[[bilingue]]Qué orgullo. {NAME} {CLIN_POS} — poco a poco, pero sí se puede 💪",
                "[[bilingue]]Sesión difícil hoy con {NAME}. {CLIN_S} Me quedé pensando toda la tarde.",
                "[[canada]]Grateful for clients like {NAME}, who {CLIN_POS} — in the middle of a February cold snap, no less ❄️",
                "[[irish]]Ah sure look, {NAME} {CLIN_POS} and I’m only after welling up in the car park.",
                "[[va]]Proud of this veteran: {NAME} {CLIN_POS}. Welcome home means more than a parade.",
                "[[peer]]Check-in circle tonight and {NAME} shared for the first time. {PS_} {CLIN_POS}. Recovery is real, y’all.",
                "Therapist brain at 2am: {NAME} {CLIN_VP}, and I keep replaying what I could have said differently.",
                "Close-friends story only 🔒 {NAME} {CLIN_VP}. Send me strength for tomorrow.",
                "“I finally feel like me again,” {NAME} said at the end of our session today. Framing that one.",
            ],
            "phone": [
                "[[insta]]To whoever keeps DMing me from {PHONE}: if you’re my client, please use the portal, not Instagram 🙃",
                "Why did my client give the front desk my cell instead of {PP} own ({PHONE})? Today is a lot.",
                "[[peer]]Anyone from circle who needs a ride Thursday, text {NAME} at {PHONE} — {PS} offered after sharing about {PP} recovery.",
            ],
            "email": [
                "[[outreach]]Accidentally added a counseling client ({EMAIL}) to the outreach newsletter list. Mortified. Fixed now.",
                "[[insta]]My client said I could share {PP} journaling prompts — write to {EMAIL} if you want a copy 💌",
            ],
            "dob": [
                "[[insta]]🎂 Big birthday energy for the client who has been with us since day one. Born {DOB}, still showing up!",
                "[[canada]]My client’s birthday is {DOB} and {PS} wants to spend it at {PP} first sober party. Fingers crossed, eh.",
            ],
            "address": [
                "[[peer]]Dropping off recovery care packages this afternoon — last stop {ADDR}, where one of our members just got out of detox 💐",
                "[[va]]Home visit to a vet at {ADDR} today. {PS_} hasn’t left the house since the anniversary of the ambush.",
            ],
            "initials": [
                "[[insta]]Client {INIT} (yes, {PS} said initials were fine!) {Q1} and {CLIN_POS} 🎉",
                "Thinking about {INIT}, who {Q1}. {CLIN_S}",
                "[[irish]]Fair play to {INIT} — {PS} {Q1} and still made every session this month.",
            ],
            "multi": [
                "[[peer]]Shout-outs from tonight’s circle: {NAME1} hit a milestone, {NAME2} brought the snacks, and {NAME3} came back after a hard month 💚",
                "[[insta]]Two graduations from therapy this week!! 🎓 {NAME1} and {NAME2}, we are beyond proud.",
            ],
        },
        "email": {
            "name": [
                "[[cmhc]]From this morning’s treatment-team huddle: {NAME} {CLIN_VP}. I’ve updated Goal 2 on the plan and flagged it for the prescriber.",
                "[[cmhc]]Can you co-sign the BIRP for {NAME} from {DAY}? {CLIN_S} The Plan section still needs your initials.",
                "[[bilingue]]Te escribo sobre {NAME}. {PS_} {CLIN_VP}, y la familia está muy preocupada. ¿Podemos hablar mañana?",
                "[[telehealth]]Hi {NAME}, your video session with {ME} is confirmed for {DAY} at {TIME}. Join from the link in your client portal five minutes early.",
                "[[telehealth]]Session summary (auto-generated)\nClient: {NAME}\nDuration: 53 min\nTopics detected: {PROBLEM_NP}\nClinician note: {CLIN_S}",
                "[[payer]]Requesting continued authorization for {NAME}. {PS_} {CLIN_VP}; medical necessity is documented in the attached treatment plan.",
                "[[payer]]EAP referral: employee {NAME} self-referred for {PROBLEM_NP}. Three of the six covered sessions have been used.",
                "[[campus]]I am writing to support an academic accommodation for {NAME}, who has been seen at the counseling center this term. {PS_} {CLIN_VP}.",
                "[[campus]]For Thursday’s case consult: {NAME}, one of our students, {CLIN_VP}. I’d love the team’s read on it.",
                "[[va]]{NAME} {CLIN_VP}. {PP_} spouse called the clinic twice while {PS} was away on drill weekend. Could you fit {PO} into your Thursday group?",
                "[[forensic]]As requested, a brief summary of my contact with {NAME}. {PS_} {CLIN_VP}. The full report will follow under separate cover.",
                "[[forensic]]I interviewed {NAME} at the county jail on {DAY}. {CLIN_S} I will need the discovery materials before I can offer an opinion.",
                "[[newsletter]]This month’s client story (shared with consent!): {NAME} {CLIN_POS}. When we started, {PS} could barely say the word “anxiety.”",
                "[[canada]]Quick favour: could you see {NAME} on {DAY} while I’m at the conference? {PS_} {CLIN_VP}.",
                "[[irish]]Just a quick one about {NAME} — {PS} {CLIN_VP}. I’d take {PO} back after the bank holiday if you could mind {PO} till then.",
                "Following up on {NAME} after yesterday’s call. {CLIN_S} Happy to talk it through by phone instead.",
                "Before I forget — {NAME} {CLIN_VP}. I told {PO} you might reach out; is that okay?",
                "Forwarding what came in through the portal last night:\n> sorry, can’t do Thursday, things are bad again\n> {NAME}\nCan we talk at huddle?",
            ],
            "phone": [
                "[[telehealth]]We were unable to connect your session. The client callback number on file for {NAME} is {PHONE}. Please reach out within 24 hours.",
                "[[cmhc]]Crisis handoff: {NAME} can be reached at {PHONE} after 6pm. {CLIN_S}",
                "[[bilingue]]La mamá pidió que llamemos a {NAME} al {PHONE}, no al número viejo. {PS_} {CLIN_VP}.",
                "[[payer]]Member callback number for the utilization review: {PHONE} (cell). Member name on the claim: {NAME}.",
                "[[irish]]The client rang the office from {PHONE} twice this morning, in a bit of a state — {PS} {CLIN_VP}. Would you ring {PO} back?",
                "Could you return a call to {PHONE} today? It’s my {TIME} client and {PS} {CLIN_VP}.\n\nP.S. Voicemail there is private, {PS} checked.",
            ],
            "email": [
                "[[telehealth]]A new client account was created for {EMAIL}. The intake questionnaire flagged {PROBLEM_NP}; please review before the first session.",
                "[[campus]]The student’s preferred contact is {EMAIL}, not the university address. {PS_} {CLIN_VP}.",
                "[[forensic]]Per your request, my correspondence with the examinee went to {EMAIL}. Copies are attached as Exhibit C.",
                "[[canada]]Could you send the revised receipt to {EMAIL}? {PS_} switched benefit plans and {PP} insurer wants it resubmitted.",
            ],
            "dob": [
                "[[payer]]PRIOR AUTHORIZATION REQUEST\nMember: {NAME}\nDOB: {DOB}\nCPT: 90837\nDx: F43.10\nSessions requested: 12\nClinical summary: {CLIN_S}",
                "[[payer]]Superbill for the member below.\nPatient: {NAME}\nDate of birth: {DOB}\nService: psychotherapy, 53 min\nFee: $165.00, paid in full",
                "[[forensic]]Re: the examinee (date of birth {DOB}). I have reviewed the records you sent and can schedule the second interview for {DAY}.",
                "[[va]]TRICARE keeps bouncing the claim for the dependent born {DOB}. Can you confirm the sponsor details so I can resubmit?",
                "[[irish]]Could you pull the chart for the client with DOB {DOB}? {PS_} {CLIN_VP}, so I’d like it to hand before Thursday.",
                "Quick admin thing on {NAME}: the portal has {PP} birthday wrong.\n\nP.S. Correct DOB is {DOB}.",
            ],
            "address": [
                "[[forensic]]Please note the examinee’s current address for service: {ADDR}. {PS_} has moved since the original referral.",
                "[[va]]The family’s new housing after the PCS move is {ADDR}. The kids are struggling; {PS} {CLIN_VP}.",
                "[[bilingue]]Mandé el paquete de tareas a {ADDR}. {NAME} dice que no puede venir esta semana por el trabajo.",
                "[[payer]]Superbill attached. Patient mailing address: c/o {ADDR}. Diagnosis and CPT codes are on page one.",
            ],
            "initials": [
                "[[campus]]Consult re: {INIT} — {PS} {Q1}. {PS_} {CLIN_VP}. Happy to discuss at case conference.",
                "[[payer]]Member {INIT}, who {Q1}, has used up {PP} EAP sessions. {CLIN_S}",
                "[[canada]]About {INIT}: {PS} {Q1}, and I think we should talk before {PS} books again.",
            ],
            "multi": [
                "[[cmhc]]Caseload transfer while I’m on leave: {NAME1} goes to {COLL_FULL}, {NAME2} stays with you. Both have been told.",
                "[[telehealth]]Today’s schedule for {ME}: {TIME} {NAME1}; {TIME2} {NAME2}. Video links were sent to both clients.",
                "[[campus]]Roster for Friday’s anxiety group: {NAME1}, {NAME2}, {NAME3}. Can someone confirm room 214 is free?",
                "[[forensic]]I cannot accept new referrals until {DAY2}; the evaluations of {NAME1} and {NAME2} remain on schedule.",
            ],
        },
        "case_presentation": {
            "name": [
                "[[cmhc]]TREATMENT PLAN UPDATE\nClient: {NAME}\nAge: {AGE}\nProblem: {PROBLEM}\nGoal 1: cut symptom frequency in half\nProgress: {CLIN_S}\nPlan: {PLAN}",
                "[[cmhc]]DAP NOTE — {NAME}\nD: {CLIN_S}\nA: {FORMULATION}\nP: {PLAN}",
                "[[cmhc]]SOAP\nS: {NAME} reports that {PS} {CLIN_VP}.\nO: Alert, oriented x3, affect constricted.\nA: {RISK}\nP: {PLAN}",
                "[[forensic]]FORENSIC PSYCHOLOGICAL EVALUATION (excerpt)\nExaminee: {NAME}\nAge at evaluation: {AGE}\nReferral question: {QUESTION}\nRelevant history: {HISTORY}",
                "[[forensic]]Behavioral observations. {NAME} arrived on time and was cooperative throughout. {CLIN_S} Effort on testing appeared adequate.",
                "[[payer]]UTILIZATION REVIEW\nMember: {NAME}\nLevel of care: outpatient, weekly\nCurrent symptoms: {PROBLEM}\nRisk: {RISK}\nRequested: 8 additional sessions",
                "[[campus]]Case consultation — {NAME} ({AGE}), {OCC}\nPresenting concern: {PROBLEM}\nWhere I’m stuck: {QUESTION}",
                "[[va]]Interdisciplinary review: {NAME}, {AGE}, Army veteran, now {A_OCC} in {CITY}. {PROBLEM} {HISTORY} Plan: {PLAN}",
                "[[bilingue]]Presentación de caso: {NAME}, {AGE} años.\nMotivo de consulta: {PROBLEM}\nAntecedentes: {HISTORY}\nPregunta: {QUESTION}",
                "[[irish]]Case for the MDT: {NAME}, {AGE}, referred on by the GP.\nPresenting: {PROBLEM}\nBackground: {HISTORY}\nWhere I’m at: {QUESTION}",
                "[[canada]]Clinical rounds — {NAME} ({AGE})\nReason for referral: {PROBLEM_NP}\nFormulation: {FORMULATION}\nRecommendations: {PLAN}",
                "Case write-up: {NAME}\n• {AGE} years old, {A_OCC} living in {CITY}\n• {PROBLEM}\n• {HISTORY}\n• Sticking point: {QUESTION}",
                "Supervision case | {NAME}\nSessions so far: {NSESS}\nRisk: {RISK}\nMy question: {QUESTION}",
                "| Field | Detail |\n|---|---|\n| Client | {NAME} |\n| Age | {AGE} |\n| Concern | {PROBLEM_NP} |\n| Plan | {PLAN} |",
            ],
            "phone": [
                "[[cmhc]]INTAKE SUMMARY\nPreferred contact: {PHONE} (voicemail OK, discreet)\nPresenting problem: {PROBLEM}\nInitial plan: {PLAN}",
                "[[forensic]]Collateral contacts: the examinee’s mother by letter; the examinee directly at {PHONE}. {CLIN_S}",
                "[[campus]]Case consult\nStudent cell: {PHONE}\nConcern: {PROBLEM}\nRisk: {RISK}",
            ],
            "email": [
                "[[payer]]Utilization review packet\nMember e-mail on file: {EMAIL}\nPresenting problem: {PROBLEM}\nTreatment to date: {NSESS} sessions\nRequest: {PLAN}",
                "[[canada]]Case summary for peer consult\nContact (client’s choice): {EMAIL}\nConcern: {PROBLEM}\nFormulation: {FORMULATION}",
            ],
            "dob": [
                "[[forensic]]IDENTIFYING INFORMATION\nName: {NAME}\nDOB: {DOB}\nCharges: pending\nReferral source: defense counsel\nBackground: {HISTORY}",
                "[[va]]Case review\nDate of birth: {DOB}\nService era: post-9/11\nPresenting problem: {PROBLEM}\nRisk: {RISK}",
                "[[cmhc]]BIRP — client DOB {DOB}\nB: {CLIN_S}\nI: Validation and chain analysis.\nR: Receptive.\nP: {PLAN}",
                "[[bilingue]]Caso — fecha de nacimiento: {DOB}\nMotivo: {PROBLEM}\nPlan: {PLAN}",
            ],
            "address": [
                "[[cmhc]]Case presentation: outreach client currently staying at {ADDR}.\nConcern: {PROBLEM}\nPlan: {PLAN}",
                "[[forensic]]Home environment. The evaluation included a visit to the residence at {ADDR}. {CLIN_S}",
                "[[irish]]Case for discussion — home visits to {ADDR} every fortnight.\nPresenting: {PROBLEM}\nPlan: {PLAN}",
            ],
            "initials": [
                "[[forensic]]Case fragment: {INIT} ({AGE}), who {Q1}, was referred by the public defender.\nHistory: {HISTORY}\nRisk: {RISK}",
                "[[campus]]Case consultation: {INIT}, {AGE}, who {Q1}.\nConcern: {PROBLEM}\nQuestion: {QUESTION}",
                "[[va]]Case: {INIT}, a veteran who {Q1}.\nPresenting: {PROBLEM}\nPlan: {PLAN}",
            ],
            "multi": [
                "[[peer]]Group case review\nMembers discussed: {NAME1}, {NAME2}\nTheme: isolation after discharge\nNext circle: {DAY}",
                "[[cmhc]]Caseload review for {DAY}:\n1. {NAME1}\n2. {NAME2}\n3. {NAME3}\nAll three are due for 90-day treatment plan reviews.",
            ],
        },
        "team_note": {
            "name": [
                "[[cmhc]]BIRP {DAY}: {NAME}. B: {CLIN_S} I: CBT, safety planning. R: engaged. P: f/u next week.",
                "[[peer]]Tuesday circle check-in: {NAME} rated the week a 3/10; {PS} {CLIN_VP}. Connected {PO} with the warmline afterwards.",
                "[[peer]]Peer note — {NAME} asked to stay behind after group. {CLIN_S} Shared some of my own lived experience; phone check-in {DAY}.",
                "[[telehealth]][Auto-summary] Session with {NAME} ended at {TIME}. Flagged keywords: {PROBLEM_NP}. Clinician to confirm before filing.",
                "[[va]]{NAME} — {CLIN_VP}. Spouse asks for a family session before the next deployment. Route to the TRICARE coordinator.",
                "[[campus]]Walk-in at {TIME}: {NAME}, {OCC}. {CLIN_S} Follow-up booked with the on-call clinician.",
                "[[bilingue]]{NAME}: {CLIN_VP}. Hablé con la familia; todo bien por ahora. Revisar el plan el {DAY}.",
                "[[irish]]{NAME} in at {TIME}; {PS} {CLIN_VP}. Grand otherwise. Back in a fortnight.",
                "[[canada]]FYI team — {NAME} {CLIN_VP}. Flag it in the chart, please, and ping me if {PS} calls the centre.",
                "Tx plan update: {NAME}. Obj 1a met. Obj 2b ongoing — {PS} {CLIN_VP}.",
                "⚠️ {NAME} — {CLIN_VP}. On-call has the safety plan.",
                "### {NAME}, weekly\n- {CLIN_S}\n- next: {PLAN}",
            ],
            "phone": [
                "[[telehealth]]Missed video visit: {NAME}. Auto-text sent to {PHONE}. No response after 15 min.",
                "[[peer]]Warmline call from {PHONE} at {TIME}; caller is one of our circle members and {PS} {CLIN_VP}.",
                "[[cmhc]]Voicemail for {NAME}, callback {PHONE}. {CLIN_S}",
                "[[irish]]Ring {NAME} on {PHONE} before half two — {PS} {CLIN_VP}.",
            ],
            "email": [
                "[[telehealth]]Portal message from {EMAIL} at {TIME}: client asking to reschedule; {PS} {CLIN_VP}.",
                "[[campus]]Please add {EMAIL} to the accommodation-letter queue; {PS} {CLIN_VP}.",
            ],
            "dob": [
                "[[cmhc]]Intake {DAY}: DOB {DOB}, {PROBLEM_NP}. Assigned to the adult outpatient team.",
                "[[va]]Dependent intake, DOB {DOB} — TRICARE Prime, {PROBLEM_NP}. Needs an evening slot.",
                "[[bilingue]]Nueva admisión: fecha de nacimiento {DOB}; {PROBLEM_NP}. Prefiere sesiones en español.",
            ],
            "address": [
                "[[peer]]Outreach visit {DAY} to {ADDR}; member {CLIN_VP}. Brought groceries.",
                "[[cmhc]]Case mgmt: client moved to {ADDR}. Update the Medicaid paperwork. {CLIN_S}",
                "[[va]]Welfare check requested at {ADDR}; veteran {CLIN_VP}.",
            ],
            "initials": [
                "[[peer]]{INIT} shared tonight — {PS} {Q1} and {CLIN_VP}.",
                "[[cmhc]]D: {INIT} ({AGE}) {Q1}. A: {FORMULATION} P: continue.",
                "[[irish]]{INIT}, who {Q1}: {CLIN_S}",
            ],
            "multi": [
                "[[peer]]Circle attendance {DAY}: {NAME1}, {NAME2}, {NAME3}. One new member welcomed.",
                "[[telehealth]]Reschedules pending:\n| Client | Slot |\n|---|---|\n| {NAME1} | {DAY} {TIME} |\n| {NAME2} | {DAY2} {TIME2} |",
                "[[campus]]Drop-in sign-ins this morning: {NAME1}; {NAME2}. Both triaged.",
                "[[va]]No-shows {DAY}: {NAME1} and {NAME2}. Outreach calls assigned.",
            ],
        },
    },

    # ---- quasi-only leaks (no name). {Q1},{Q2}[,{Q3}] are verb phrases ----
    "quasi": {
        "social_post": [
            "[[insta]]Client win 🎉 (no names, obviously): someone who {Q1} and {Q2} finally {CLIN_POS}.",
            "[[outreach]]To the student who {Q1} and {Q2}: you left your water bottle at drop-in hours, and also you’re doing amazing.",
            "[[peer]]Shout-out to a circle member who {Q1}, {Q2}, and {Q3} — {PS} showed up every single week.",
            "[[va]]One of my veterans {Q1} and {Q2}. {PS_} told me today that therapy beat {PP} expectations.",
            "[[bilingue]]My client who {Q1} and {Q2} — qué semana. Hoy lloramos juntos, pero de alegría.",
            "[[irish]]A client of mine {Q1}, {Q2} and {Q3}. Brilliant session, honestly.",
            "Vague-posting because ethics: my client who {Q1} and {Q2} just beat {PP} own record for sober days.",
        ],
        "email": [
            "[[cmhc]]I need input on a client who {Q1} and {Q2}. {PS_} {CLIN_VP}. Bringing it to Thursday huddle.",
            "[[payer]]Re the EAP case: the employee {Q1} and {Q2}. {PS_} has used four of six sessions.",
            "[[campus]]Consult request about a student who {Q1}, {Q2} and {Q3}. {CLIN_S}",
            "[[forensic]]The individual you referred {Q1}; {PS} also {Q2}. I can begin the evaluation on {DAY}.",
            "[[canada]]I’ve got a new one who {Q1} and {Q2}. Any chance you have room for a referral?",
            "[[irish]]The client who {Q1} and {Q2} was on to me again — {PS} {CLIN_VP}. Would you have a slot?",
            "[[va]]The military spouse I mentioned {Q1}, {Q2} and {Q3}. {PS_} {CLIN_VP}.",
        ],
        "case_presentation": [
            "[[cmhc]]TREATMENT PLAN REVIEW (names removed)\nClient {Q1} and {Q2}.\nProblem: {PROBLEM}\nPlan: {PLAN}",
            "[[forensic]]Background (summary). The examinee {Q1}, {Q2} and {Q3}. {HISTORY}",
            "[[campus]]Case consultation\nStudent {Q1} and {Q2}.\nConcern: {PROBLEM}\nQuestion: {QUESTION}",
            "[[va]]Case review: veteran who {Q1} and {Q2}.\nRisk: {RISK}\nPlan: {PLAN}",
            "[[bilingue]]Caso (anónimo): the client {Q1} and {Q2}.\nMotivo de consulta: {PROBLEM}\nPlan: {PLAN}",
            "Rounds vignette: someone on my caseload who {Q1}, {Q2}, and {Q3}.\nFormulation: {FORMULATION}\nQuestion: {QUESTION}",
        ],
        "team_note": [
            "[[peer]]Check-in: member who {Q1} and {Q2} says the week went okay. {CLIN_S}",
            "[[cmhc]]Reassign: client {Q1} and {Q2}; {PROBLEM_NP}.",
            "[[telehealth]][Auto-summary] Client context: {Q1}; {Q2}; {Q3}. Clinician review required.",
            "[[canada]]Heads up — client {Q1}, {Q2}, {Q3}. Book {PO} with a senior clinician.",
            "[[irish]]Client who {Q1} and {Q2}: {CLIN_S}",
        ],
    },

    # ---- benign templates: subcategory -> kind -> templates ----
    "benign": {
        "therapy_life": {
            "social_post": [
                "[[insta]]New office plants arrived 🌿 Come for the therapy, stay for the pothos.",
                "[[insta]]Reminder: you can love your therapist’s reels AND still need a therapist who isn’t on Instagram 😅",
                "[[outreach]]Finals week drop-in hours: Mon–Thu, 1–4pm, student union room 214. Free tea, no appointment needed 🍵",
                "[[outreach]]Feeling homesick? You are far from the only one. Our adjustment group starts next week; sign up on the portal.",
                "[[canada]]Snow day! All sessions are moving to video — check your inbox for the link ❄️",
                "[[irish]]Office closed for the bank holiday Monday. Mind yourselves, and see you Tuesday.",
                "[[va]]To every military spouse holding it together during a deployment: we see you. The family group meets Thursdays.",
                "[[peer]]Recovery is not a straight line. Circle meets tonight at 7, coffee’s on us.",
                "[[bilingue]]Ofrecemos terapia en español e inglés. Your story matters in whichever language you tell it 💛",
                "Took a whole lunch break today. No notes, no e-mails. Revolutionary, honestly.",
            ],
            "email": [
                "[[cmhc]]Reminder: all progress notes must be signed within 72 hours for Medicaid compliance. The audit is next month.",
                "[[telehealth]]Scheduled maintenance: the video platform will be unavailable on {DAY} from 1:00 to 3:00 AM ET.",
                "[[payer]]Effective next quarter, prior authorization is no longer required for the first eight outpatient sessions.",
                "[[campus]]The outreach calendar for next month is attached. We still need a volunteer for the residence-hall wellness fair.",
                "[[newsletter]]In this issue: three ways to protect your sleep, a new group for new parents, and our updated fee schedule.",
                "[[forensic]]My fee schedule for record review and testimony is attached. The retainer is due before the evaluation begins.",
                "[[canada]]Could someone cover the front desk on {DAY}? I’m at the counselling conference all day.",
                "[[irish]]Would you be around for a cuppa after supervision on {DAY}? No agenda, just a catch-up.",
                "[[va]]The Vet Center has new evening hours for family counseling starting next month.",
                "Our new scheduler goes live Monday. Tell me if any of your recurring slots vanish. Front desk: (312) 555-0147.",
            ],
            "case_presentation": [
                "[[cmhc]]Documentation training: writing a DAP note that survives an audit. Bring a blank template, not a real chart.",
                "[[forensic]]Seminar outline: malingering measures and their limits in competency evaluations.",
                "[[campus]]Case conference format: ten minutes per case, identifiers removed, one clinical question each.",
                "Journal club this month: the randomized trial of written exposure therapy for PTSD. Read the discussion section first.",
            ],
            "team_note": [
                "[[cmhc]]Heat is out in the group room again; DBT group moves to the conference room.",
                "[[peer]]Snacks for circle: someone bring napkins, we’re out.",
                "[[telehealth]]Platform update installed. Clinicians, please log out and back in.",
                "[[irish]]Kettle in the staff room is banjaxed. New one ordered.",
                "Reminder: new consent forms for all minors from this week.",
            ],
        },
        "nonclient_person": {
            "social_post": [
                "[[insta]]Thrilled to welcome {NC_FULL}, LMFT, to our practice! Book a free consult through the link in bio ✨",
                "[[outreach]]Meet our new staff psychologist, {NC_FULL}! Stop by the front desk and say hi.",
                "Rereading {AUTHOR} on a rainy Sunday. Some books land differently every year.",
                "[[va]]Honored to train alongside {NC_FULL} this week on family reintegration after deployment.",
            ],
            "email": [
                "[[cmhc]]{NC_FULL} from the county housing authority will present at all-staff on {DAY}.",
                "[[forensic]]Opposing counsel has retained {NC_FULL} as their expert; I expect a rebuttal report by month’s end.",
                "[[campus]]{COLL_FULL} is covering the crisis phone while I present at orientation.",
                "[[canada]]Has anyone read the new {AUTHOR}? Our book club wants it for next month.",
                "[[payer]]Your provider relations representative is now {NC_FULL}. Please direct authorization questions there.",
            ],
            "case_presentation": [
                "[[forensic]]Guest lecture: {NC_FULL} on structured violence risk assessment.",
                "Grand rounds: {NC_FULL} presents on sleep and suicide risk.",
            ],
            "team_note": [
                "[[peer]]{NC_FULL} from the recovery community center joins circle {DAY}.",
                "{COLL_FULL} is out sick today; their 2pm moves to video.",
                "[[irish]]{COLL_FULL} is on the rota for Saturday.",
            ],
        },
        "public_figure": {
            "social_post": [
                "{CELEB} saying “I go to therapy” on a talk show does more than a thousand infographics.",
                "[[insta]]Can we talk about {CELEB}’s new interview? Naming anxiety out loud matters 💬",
                "Frank Ocean’s Blonde on repeat while I write notes. Don’t judge.",
                "Bill Withers wrote Lean on Me about a small mining town. Not a bad description of peer support.",
                "[[outreach]]Simone Biles stepping back to protect her mental health still comes up in every student-athlete workshop we run.",
                "[[canada]]Joni Mitchell on the speakers and charting to catch up on. Peak Canadian therapist energy.",
                "[[irish]]Saw that Hozier interview about low mood. Fair play to him for being so open.",
            ],
            "email": [
                "Has anyone seen the {CELEB} documentary? I’m thinking of using a clip in the psychoeducation group.",
                "[[campus]]For the athlete wellness panel, could we cite {CELEB}’s comments on performance pressure?",
                "Mark Twain gets credit for half the quotes on our waiting-room posters. Can we check sources before the next print run?",
            ],
            "team_note": [
                "Staff book swap: someone left a June Carter Cash biography in the kitchen.",
                "Someone put a Dolly Parton quote up in room 3. Leaving it.",
            ],
        },
        "celebrity_namesake": {
            "social_post": [
                "Rewatching old {NS_CELEB} interviews for my talk on public figures and stigma.",
                "[[insta]]{NS_CELEB} talking about therapy on a late-night show?? We love to see it 🙌",
                "Unpopular opinion: the {NS_CELEB} magazine profile this week said more about burnout than most CE trainings.",
            ],
            "email": [
                "Would the {NS_CELEB} documentary work for Friday’s movie-and-discussion night? Happy to find another option.",
            ],
            "team_note": [
                "Lobby TV is stuck on a marathon of {NS_CELEB} clips. Can someone change the channel before group?",
            ],
        },
        "name_as_word": {
            "social_post": ["[[insta]]{WORD_S} ✨", "{WORD_S}", "[[canada]]{WORD_S} 🍁", "[[irish]]{WORD_S}"],
            "email": ["{WORD_S}", "[[cmhc]]{WORD_S}", "[[newsletter]]{WORD_S}"],
            "team_note": ["{WORD_S}", "Note: {WORD_S}"],
            "case_presentation": ["Housekeeping before we start: {WORD_S}"],
        },
        "weak_attribute": {
            "social_post": [
                "[[insta]]Shout-out to all the {W_OCC_PL} in my practice — you carry so much for everyone else 💛",
                "[[outreach]]Commuting in from {W_CITY}? Our virtual drop-in runs every weekday at noon.",
                "I’ve noticed a pattern: {W_OCC_PL} almost never book a session until they’re completely burned out.",
                "[[canada]]Opening a satellite office in {W_CITY} this autumn. Same team, shorter drive.",
            ],
            "email": [
                "[[payer]]We’re seeing more EAP claims from {W_OCC_PL} this quarter; any thoughts on a targeted workshop?",
                "Any recommendations for a trauma specialist near {W_CITY}? Asking for a referral.",
                "[[irish]]Had a lovely chat with {W_A_OCC} at the conference about burnout; it made me rethink our intake questions.",
            ],
            "team_note": [
                "[[cmhc]]Referral sources this week: mostly {W_CITY} primary care.",
                "Walk-in was {W_A_OCC}; redirected to urgent care.",
                "[[peer]]New member is {W_A_OCC}; sat quietly, might share next time.",
            ],
            "case_presentation": [
                "Teaching note: burnout patterns among {W_OCC_PL}, drawn as a composite rather than from any one person.",
            ],
        },
        "single_quasi": {
            "social_post": [
                "[[insta]]Had a client today who {Q1}. Reminder that everyone is carrying something 💙",
                "[[outreach]]A student who {Q1} stopped by to say the stress workshop helped. Made my week.",
                "Someone I work with clinically {Q1}, and it has given me a whole new respect for that world.",
            ],
            "email": [
                "[[payer]]Quick question: for a member who {Q1}, does the EAP cover a second block of sessions?",
                "[[cmhc]]New referral: client {Q1}. Triage on {DAY}, please.",
                "[[irish]]Have you any experience supporting a client who {Q1}? Would love a chat.",
            ],
            "team_note": [
                "Waitlist: adult who {Q1}. Call back {DAY}.",
                "[[peer]]New circle member {Q1}; welcomed.",
            ],
            "case_presentation": [
                "[[campus]]Brief consult: client {Q1}.\nConcern: {PROBLEM}\nQuestion: {QUESTION}",
            ],
        },
        "deidentified_case": {
            "case_presentation": [
                "[[forensic]]Composite vignette for training: {CLIENT_LABEL}, a {GENDER_NOUN} in {GP} {DECADE}, charged with a property offense; {PROBLEM_NP}.\nRisk: {RISK}",
                "[[cmhc]]De-identified case for peer review\n{CLIENT_LABEL}, {DECADE}\nProblem: {PROBLEM}\nPlan: {PLAN}",
                "[[campus]]Case conference (identifiers removed): {CLIENT_LABEL}, {DECADE}, {PROBLEM_NP}.\nQuestion: {QUESTION}",
                "[[va]]Teaching case: {CLIENT_LABEL}, a {GENDER_NOUN} in {GP} {DECADE}, after a deployment.\nHistory: {HISTORY}\nFormulation: {FORMULATION}",
            ],
            "team_note": [
                "[[peer]]{CLIENT_LABEL} ({DECADE}) — {PROBLEM_NP}; raise at staffing.",
                "{CLIENT_LABEL}, {DECADE}: {PROBLEM_NP}. No identifiers in this note by design.",
            ],
            "social_post": [
                "[[insta]]A composite story (details changed!): {CLIENT_LABEL}, a {GENDER_NOUN} in {GP} {DECADE}, came in for {PROBLEM_NP} and left with a plan. That’s the job 💛",
            ],
            "email": [
                "[[campus]]For Friday: {CLIENT_LABEL}, {DECADE}, {PROBLEM_NP}. Fully de-identified per policy.",
            ],
        },
        "nonclient_namesake": {
            "social_post": [
                "[[insta]]My {NS_REL} {NS_GIVEN} made me a “world’s okayest therapist” mug and I have never been prouder 😂",
                "Spent the day at the zoo with my {NS_REL} {NS_GIVEN}. Zero e-mails answered. No regrets.",
                "[[irish]]Dropping my {NS_REL} {NS_GIVEN} to camogie and then straight back for the four o’clock. Mad day.",
            ],
            "email": [
                "I need to leave at three on {DAY}; my {NS_REL} {NS_GIVEN} has a dentist appointment.",
                "[[canada]]Sorry for the slow reply. My {NS_REL} {NS_GIVEN} brought a cold home from daycare and shared it generously.",
            ],
            "team_note": [
                "Our new front-desk temp is {NS_GIVEN}; please show {NS_GIVEN} where the spare keys live.",
                "{NS_GIVEN} from billing is covering reception {DAY}.",
            ],
        },
    },

    # ---- ordinary-word uses of names (no person meant) ----
    "word_sentences": {
        "hope": ["Hope Is a Skill: notes from this week’s CE workshop.", "We hope to get the group room painted before fall.",
                 "Hope springs eternal: the copier was fixed by lunch."],
        "grace": ["Grace period on late-cancellation fees ends Friday.", "Saying grace at the staff potluck is optional, of course.",
                  "Amazing Grace came on in the pharmacy and I nearly cried in aisle 6."],
        "faith": ["Faith-based referrals now have their own tab in the resource binder.",
                  "I have lost all faith in the parking garage gate."],
        "joy": ["Joy of joys, the new chairs came in.", "Small joy: the waiting-room tulips opened overnight."],
        "rose": ["Rose-tinted glasses off: our waitlist is nine weeks.",
                 "Call volume rose sharply after the news story, so we added a second line."],
        "will": ["Will the last person out please switch off the sound machines?",
                 "Free will, determinism and the diary card: this week’s staff-room debate.",
                 "Where there’s a will, there’s a billing workaround."],
        "bill": ["Bill the second session as a 90834, not a 90837.", "Bill of Rights for clients is reprinted and posted by the door.",
                 "Our phone bill is somehow higher since we went paperless."],
        "mark": ["Mark me down for the Saturday training.", "Question marks all over the new Medicaid form.",
                 "Mark Your Calendars: Open House, third Thursday."],
        "frank": ["Frank feedback from the survey: the waiting room is too cold.", "Frankly, the new EHR is a downgrade."],
        "june": ["June is PTSD Awareness Month; the lobby display goes up on the first.",
                 "Our June schedule has two holidays, so book supervision early."],
        "may": ["May I suggest we stop scheduling meetings at 4:45 on Fridays?",
                "The audit may slip to next month, which suits everyone."],
        "april": ["April showers flooded the basement storage room again.", "The April newsletter is going out a week late."],
        "summer": ["Summer interns start orientation in two weeks.", "Summertime reading list for the clinical team is in the shared drive."],
        "art": ["Art supplies for the teen group are in the blue cabinet.", "State of the art it is not, but the new projector works."],
        "sage": ["Sage green is the new color for the waiting-room walls.", "The sage on my windowsill is thriving, unlike my inbox."],
        "chase": ["Chase down any unsigned consents before the audit, please.", "Cut to the chase: we need two more clinicians."],
        "miles": ["Miles of paperwork stand between me and the weekend.", "Please log the miles for home visits by Monday."],
        "penny": ["Penny-pinching on coffee filters has gone too far.", "In for a penny: we are expanding evening hours."],
        "ginger": ["Ginger ale and crackers are in the break room for anyone feeling rough.",
                   "The ginger cat that lives by the parking lot has a name now: Doctor."],
        "dawn": ["Dawn patrol: writing notes at 5:30 before the kids wake up.", "From dawn to dusk, the phones did not stop."],
        "patience": ["Patience, please: the portal upgrade takes up to 48 hours.",
                     "Running a patience-and-pacing group for chronic pain this fall."],
        "holly": ["Holly Jolly Staff Party: RSVP by Friday.", "The holly bush out front needs trimming before it swallows the mailbox."],
        "amber": ["Amber alert went off on every phone during group; we paused and carried on.",
                  "Amber lighting in the new sensory room is a big hit."],
        "jack": ["Jack-o’-lanterns from the teen group are on the reception desk.", "Hit the jackpot: two cancellations and a lunch break."],
        "drew": ["Drew up a new template for discharge summaries; feedback welcome.",
                 "The open house drew more families than we expected."],
        "ray": ["Ray-Ban sunglasses found in room 2; claim them at the front desk.", "A ray of good news: the grant came through."],
        "pat": ["Patting ourselves on the back: zero missed deadlines this quarter.",
                "Pat answers will not satisfy the accreditation surveyors."],
        "sue": ["Lawyers threatening to sue make up about a third of my forensic mail.",
                "The landlord says that if the leak continues we can sue the contractor."],
        "rich": ["Rich Tea biscuits are back in the staff kitchen.", "Richly detailed intake notes make handoffs so much easier."],
        "rusty": ["Rusty hinges on the group-room door squeak through every silence.", "My Spanish is rusty, but the clients are patient with me."],
        "sunny": ["Sunny side up: the waitlist is finally shrinking.", "Sunny spells mean walk-and-talk sessions are back on."],
        "dean": ["Dean of Students office asked for our outreach calendar.", "The dean’s office wants our numbers by Friday."],
        "iris": ["Iris scanners at the hospital entrance are down; bring your badge.", "Planted iris bulbs by the front path on my lunch break."],
        "ivy": ["Ivy League application season means a lot of anxious seniors.", "English ivy is climbing into the gutter again."],
        # extra ordinary words that are also common given names in the caseloads
        "grant": ["Grant deadline for the school-based program is the 15th.", "Take nothing for granted: back up your notes."],
        "guy": ["The guy who services the HVAC is coming Tuesday.", "Guy Fawkes fireworks kept every dog on the street awake."],
        "lance": ["Lancet paper on digital CBT is in the journal-club folder.",
                  "Lancet Psychiatry’s new review on sleep is in the shared folder."],
        "robin": ["Robin’s-egg blue won the vote for the new logo.", "A robin has nested above the side entrance, so use the front door."],
        "carol": ["Carol singers from the high school stopped by the lobby.", "Christmas carols in the waiting room: yes or no?"],
        "crystal": ["Crystal clear: no personal phones during group.",
                    "The crystal bowl someone left for ‘energy’ is now holding paperclips."],
        "destiny": ["Destiny is not a treatment plan, but it was a nice poster.", "Our manifest destiny: a fax machine that works."],
        "autumn": ["Autumn schedule is posted; evening slots fill fast.",
                   "The autumn leaves in the courtyard make a great grounding exercise."],
        "heather": ["Heather is out on the hill behind the clinic and it is gorgeous this week."],
        "hunter": ["Hunter green folders are for intake, blue for discharge.", "Bargain hunters: the used-furniture sale is Saturday."],
        "daisy": ["Daisy chains of extension cords are a fire hazard, says the inspector."],
        "sandy": ["Sandy floors in the lobby: beach season has arrived."],
        "melody": ["The melody from the sound machine is stuck in my head."],
        "angel": ["Angel food cake in the kitchen for Tuesday’s birthdays.", "Angel investors are not funding this practice, sadly."],
        "victor": ["To the victor go the spoils: whoever finishes notes first picks lunch."],
    },

    "email_subjects": {
        "direct": ["Client question", "Need a second opinion", "Re: {NAME}", "Following up", "Time-sensitive"],
        "quasi": ["Consult?", "Case question", "Possible referral", "Thoughts needed"],
        "benign": ["Housekeeping", "Schedule change", "Heads-up", "Office stuff", "CE reminder"],
    },
    "email_greetings": ["Hello {COLL},", "{COLL}, hi!", "Morning {COLL},", "Dear {COLL},", "Hi all,"],
    "email_closings": ["Many thanks,", "Warmly,", "All best,", "Speak soon,", "With thanks,"],
    "social_tails": ["", "", " #therapistsofinstagram", " #mentalhealthawareness", " #counselorlife", " 🌱", " #selfcare"],
    "client_labels": ["Client X", "Participant 4", "Client M", "Member 12", "Case 7"],
}

# ---- e-mail layouts with no voice (none is dev's "Subject: …" layout) ----
EMAIL_FORMATS = [
    "RE: {SUBJ}\n\n{GREET}\n{BODY}\n\n{CLOSE}\n{ME}",
    "Subject — {SUBJ}\n\n{GREET}\n\n{BODY}\n\n{CLOSE}\n\n{ME}\nSent from my phone, please excuse typos",
    "[{SUBJ}]\n{GREET} {BODY}\n{CLOSE} {ME}",
    "{SUBJ}\n\n{BODY}\n\n{CLOSE}\n-- \n{ME}",
    "Fwd: {SUBJ}\n\n{GREET}\n\n{BODY}\n\n{CLOSE}\n{ME}\n\n---------- Forwarded message ----------\n(earlier thread trimmed)",
    "subject: {SUBJ}\n{BODY}\n— {ME}",
]

# ---- per-voice e-mail wrappers: layouts, subjects (by category), greetings, closings ----
EMAIL_VOICES_WRAP = {
    "cmhc": {
        "formats": ["Subject: {SUBJ}\nFrom: {ME}, LCSW | Adult Outpatient Team\n\n{GREET}\n\n{BODY}\n\n{CLOSE}\n{ME}\n"
                    "Community Mental Health Center\nCONFIDENTIALITY NOTICE: this message may contain protected health information.",
                    "Subj: {SUBJ}\n\n{GREET}\n{BODY}\n\n{CLOSE}\n{ME}, LPC\nOutpatient Services"],
        "subjects": {"direct": ["Tx plan sign-off", "Chart update: {NAME}", "Huddle item"],
                     "quasi": ["Huddle item", "Team input needed"],
                     "benign": ["Compliance reminder", "All-staff"]},
        "greetings": ["Hi {COLL},", "Team,"],
        "closings": ["Thanks for all you do,", "Best regards,"],
    },
    "bilingue": {
        "formats": ["Asunto: {SUBJ}\n\n{GREET}\n\n{BODY}\n\n{CLOSE}\n{ME}\nTerapia bilingüe / Bilingual therapy"],
        "subjects": {"direct": ["Consulta rápida", "Sobre {NAME}", "Urgente"],
                     "quasi": ["Consulta", "Una pregunta"],
                     "benign": ["Horario", "Recordatorio"]},
        "greetings": ["Hola {COLL},", "Buenas, {COLL}:", "Hi {COLL} (¡hola!),"],
        "closings": ["Saludos,", "Un abrazo,", "Gracias mil,"],
    },
    "telehealth": {
        "formats": ["From: SessionBridge Notifications <no-reply@sessionbridge.app>\nSubject: {SUBJ}\n\n{BODY}\n\n"
                    "This is an automated message. Replies to this address are not monitored.",
                    "SessionBridge | {SUBJ}\n\n{BODY}\n\nManage notifications under Settings › Alerts.\n© SessionBridge Telehealth"],
        "subjects": {"direct": ["Your session is confirmed", "Session summary: {NAME}", "Missed-session alert"],
                     "quasi": ["Session summary ready", "Clinician review needed"],
                     "benign": ["Platform update", "Scheduled maintenance"]},
    },
    "payer": {
        "formats": ["Subject: {SUBJ}\nTo: Utilization Management\nFrom: {ME}\n\n{BODY}\n\n{CLOSE}\n{ME}\nNPI and Tax ID on file",
                    "Re: {SUBJ}\n\n{GREET}\n\n{BODY}\n\n{CLOSE}\n{ME}\nProvider Relations line: (800) 555-0142"],
        "subjects": {"direct": ["Prior auth request: {NAME}", "Continued-stay review", "Superbill attached"],
                     "quasi": ["EAP case consult", "Benefit question"],
                     "benign": ["Policy bulletin", "Network update"]},
        "greetings": ["To the reviewer:", "Dear Care Manager,"],
        "closings": ["Respectfully,", "Sincerely,"],
    },
    "campus": {
        "formats": ["Subject: {SUBJ}\n\n{GREET}\n\n{BODY}\n\n{CLOSE}\n{ME}\nCounseling & Psychological Services, Student Health Building\n"
                    "If this is an emergency, call or text 988."],
        "subjects": {"direct": ["Accommodation letter: {NAME}", "Case consult", "Student of concern"],
                     "quasi": ["Case consult", "Student of concern"],
                     "benign": ["Outreach calendar", "Training"]},
        "greetings": ["Hi {COLL},", "Dear colleagues,"],
        "closings": ["Take care,", "In gratitude,"],
    },
    "va": {
        "formats": ["Subject: {SUBJ}\n\n{GREET}\n\n{BODY}\n\n{CLOSE}\n{ME}\nMilitary Family Counseling | TRICARE network provider",
                    "SUBJ: {SUBJ}\n\n{GREET}\n{BODY}\n\nv/r,\n{ME}"],
        "subjects": {"direct": ["Family session request", "Re: {NAME}", "TRICARE claim"],
                     "quasi": ["Spouse group referral", "Consult"],
                     "benign": ["Vet Center hours", "Training"]},
        "greetings": ["{COLL},", "Good morning {COLL},"],
        "closings": ["Very respectfully,", "Thanks,"],
    },
    "forensic": {
        "formats": ["RE: {SUBJ}\nPRIVILEGED & CONFIDENTIAL — ATTORNEY WORK PRODUCT\n\nDear Counsel:\n\n{BODY}\n\n{CLOSE}\n\n{ME}, Ph.D., ABPP\n"
                    "Forensic Psychologist",
                    "Subject: {SUBJ}\n\n{GREET}\n\n{BODY}\n\n{CLOSE}\n{ME}, Psy.D."],
        "subjects": {"direct": ["Evaluation of {NAME}", "Records request", "Report timeline"],
                     "quasi": ["Referral inquiry", "Scheduling"],
                     "benign": ["Fee schedule", "CV and availability"]},
        "greetings": ["Dear {COLL},", "Counsel,"],
        "closings": ["Respectfully submitted,", "Very truly yours,"],
    },
    "newsletter": {
        "formats": ["{SUBJ}\n📬 The Steady Ground Letter\n\n{GREET}\n\n{BODY}\n\n{CLOSE}\n{ME} & the Steady Ground team\n"
                    "Unsubscribe · View in browser"],
        "subjects": {"direct": ["Client stories", "Meet {NAME}", "A win worth sharing"],
                     "quasi": ["Stories from the therapy room"],
                     "benign": ["This month at Steady Ground", "Spring letter"]},
        "greetings": ["Hi friends,", "Hello, lovely community,"],
        "closings": ["With warmth,", "Until next month,"],
    },
    "canada": {
        "formats": ["Subject: {SUBJ}\n\n{GREET}\n\n{BODY}\n\n{CLOSE}\n{ME}, RP (Qualifying)\nCounselling Centre"],
        "subjects": {"direct": ["Quick favour", "Re: {NAME}"],
                     "quasi": ["Referral?", "Consult"],
                     "benign": ["Centre closure", "Colour-coded calendar"]},
        "greetings": ["Hey {COLL},", "Hi there {COLL},"],
        "closings": ["Thanks a tonne,", "Talk soon,", "Take care,"],
    },
    "irish": {
        "formats": ["Subject: {SUBJ}\n\n{GREET}\n\n{BODY}\n\n{CLOSE}\n{ME}\nMIACP | Counselling & Psychotherapy"],
        "subjects": {"direct": ["Quick one re {NAME}", "Cover over the bank holiday"],
                     "quasi": ["A referral", "Would you have a slot?"],
                     "benign": ["Kettle", "Rota"]},
        "greetings": ["Hiya {COLL},", "Dia dhuit {COLL},", "{COLL}, how’s things?"],
        "closings": ["Cheers a million,", "Go raibh maith agat,", "Talk soon, mind yourself,"],
    },
}

# ---- per-voice social-post tails (appended literally, no slots) ----
SOCIAL_VOICES_TAILS = {
    "insta": ["", " #therapistsofinstagram #healingjourney ✨", " 🫶 #privatepracticeowner", " #therapytok 🌿",
              " (link in bio for the waitlist!)"],
    "outreach": ["", " #CAPScares #StudentWellness", " 🦉 Walk-ins welcome.", " Crisis? Call or text 988."],
    "bilingue": ["", " #terapiaenespañol #saludmental", " 💛🌵", " #bilingualtherapist"],
    "canada": ["", " 🍁", " #counsellinglife", " #BellLetsTalk"],
    "irish": ["", " ☘️", " #mentalhealthireland", " Sound."],
    "va": ["", " #militaryfamilies", " 🇺🇸 #veteransmentalhealth", " #TRICAREprovider"],
    "peer": ["", " #peersupport #recoveryispossible", " 💚", " #livedexperience"],
}

EMAIL_VOICES = {v for v, kinds in VOICES.items() if EM in kinds}
SOCIAL_VOICES = {v for v, kinds in VOICES.items() if SP in kinds}
