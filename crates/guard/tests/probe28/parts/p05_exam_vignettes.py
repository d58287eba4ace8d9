DOCS = [
("case_presentation", "direct", None,
"""MSc Counselling — Summative Assessment, Paper 2
Question 4 (25 marks)

{{Tola|c146|GIVEN_NAME}} is a hotel manager in her late forties. She has drummed in a local band since her twenties and describes her band-mates as 'the only people who know me'. Her mother, who lives with her, has early dementia.

(a) Outline a formulation of {{Tola|c146|GIVEN_NAME}}'s presentation using a model of your choice. (10)
(b) Discuss the ethical issues in working with a carer who is also a client's main source of support. (10)
(c) What would you take to supervision? (5)"""),

("case_presentation", "direct", None,
"""OSCE station 3 — actor brief (draft v2, for module team review)

You are playing {{Baldomero Izaguirre|c149|FULL_NAME}}, a 71-year-old retired lecturer. You were a {{contestant on Wheel of Fortune|c149|DISTINCTIVE|fact|Wheel of Fortune}} years ago and like to mention it. Your wife {{Juliana|c149|RELATIVE}} has recently been diagnosed with Parkinson's. You are attending because your GP suggested it; you are polite but sceptical.

[Module lead note: please change the name before this goes to the actors — I drafted this from a real referral letter. — M.]"""),

("case_presentation", "direct", None,
"""Exam vignette — Ethics & Law (Level 7)

Mr {{Nicanor Gascon|c153|FULL_NAME}}, 57, is a 911 dispatcher. He tells his counsellor that a colleague has been taking calls while intoxicated. Discuss the counsellor's duties of confidentiality and any limits, referring to the relevant professional code."""),

("case_presentation", "direct", None,
"""Formative vignette (seminar 6)

{{Henny Mende|c155|FULL_NAME}} is a firefighter in her early sixties who {{owns a tattoo studio on Oak Drive|c155|DISTINCTIVE|fact|tattoo studio on Oak Drive}}. She was referred after a fatal house fire in which a child died. She says: 'I've been doing this thirty years. I don't need therapy, I need to sleep.'

Discuss in groups: how would you begin?"""),

("case_presentation", "direct", None,
"""Practice exam question — feedback to cohort

Many of you wrote about 'the client' without ever using the formulation to guide the intervention. See the model answer. Also: the vignette text said '{{Rusty|c159|NICKNAME}}, a barista who also hosts a podcast about sourdough'. That was my error — the vignette was adapted from a case and I didn't change the nickname. The name has been corrected in the version on the VLE. Please delete old copies."""),

("email", "direct", None,
"""Subject: OSCE — simulated client contact

Dear external examiner,

For the re-sit we've arranged for a simulated client to call the candidates. If the actor is unavailable, the back-up number the module team circulated is {{518-900-9998|c160|PHONE}} — but please note that number was pasted in error from the wrong spreadsheet and must NOT be used. I'll send the correct one tomorrow.

Apologies,
Dr Whitcombe"""),

("case_presentation", "direct", None,
"""Case vignette for assignment 2 (appendix A — referral form)

Name: {{G. Hansen|c164|INITIALS}}
Date of birth: {{October 13, 1946|c164|DOB}}
Occupation: insurance adjuster
Referred by: self
Reason: 'My wife thinks I'm depressed.'

Students: use this appendix as the basis for your assessment write-up."""),

("case_presentation", "direct", None,
"""Level 6 exam — Question 2

{{Jenn Frazier|c168|FULL_NAME}} is a 911 dispatcher who was a {{contestant on season 20 of Jeopardy!|c168|DISTINCTIVE|fact|season 20 of Jeopardy!}}. She presents with intrusive images of a call involving a child. Her husband {{Adam|c168|RELATIVE}} works nights. Describe how you would assess for PTSD, and outline two evidence-based treatments."""),

("case_presentation", "direct", None,
"""Vignette for skills practice (triads)

{{Clara Sholz|c172|MISSPELLED_NAME}}, 31, carpenter at {{Lewis & Sons Plumbing|c172|EMPLOYER}}. Sings in a band on weekends. Presents with panic attacks since a fall at work. The counsellor in your triad should focus on the first 10 minutes: contracting, confidentiality, and a warm opening."""),

("case_presentation", "direct", None,
"""Exam board minutes — item 7: vignette complaint

A student raised that the Q5 vignette ('{{Tove Koch|c177|FULL_NAME}}, a session musician whose {{giant pumpkin made the Stillwater Herald|c177|DISTINCTIVE|fact|Stillwater Herald for growing a 900-pound pumpkin}}') appeared to describe a real person she had read about. The board agreed: vignette to be withdrawn; marks re-scaled; module leader to attend the de-identification workshop."""),

("case_presentation", "direct", None,
"""Group-work brief (week 9): Each group gets one vignette.

Group C: {{Corinna H.|c179|INITIALS}}, medical receptionist at {{Hamilton Family Clinic|c179|EMPLOYER}}, mother of one, {{owns the bakery on High Street|c179|DISTINCTIVE|fact|owns the bakery on High Street}} with her husband. Presenting: perfectionism and exhaustion. Produce a 5Ps formulation."""),

("case_presentation", "direct", None,
"""Appendix B — session transcript used for the listening exercise

C: ...and then {{Elizabeth Hansen|c143|FULL_NAME}} from my — oh, sorry, that's me, I always say my full name when I'm nervous. Can you take that out?
T: Of course. Go on.
C: I just... the llama thing. Everyone at college knows me as the llama girl.

[Lecturer note: the student who transcribed this did not remove the name. Fix before circulation.]"""),

("case_presentation", "quasi", None,
"""Vignette Q3 (draft — module team to check)

A {{journalist|c163|DISTINCTIVE|occupation}} in {{Plymouth|c163|ADDRESS|city}}, close to eighty, {{plays bass in a band called the Wild Mittens|c163|DISTINCTIVE|fact|the Wild Mittens}} and refuses to retire. Her daughter thinks she is 'manic'. Discuss differential diagnosis in older adults."""),

("case_presentation", "quasi", None,
"""Exam vignette — Trauma module

A {{physical therapist|c165|DISTINCTIVE|occupation}} from {{Waverly|c165|ADDRESS|city}}, 36, was {{in the Arlington Herald for finding a rare Civil War sword in a garage sale|c165|DISTINCTIVE|fact|Arlington Herald for finding a rare Civil War sword}}. Since the article, he has received threatening messages from collectors. He presents with hypervigilance and poor sleep. (a) Is this PTSD? (b) What else might you consider?"""),

("case_presentation", "quasi", None,
"""Workshop vignette (CPD day)

Your client is an electrician at {{Hill & Sons Plumbing|c171|EMPLOYER}}. He {{owns the tattoo studio on Canal Avenue|c171|DISTINCTIVE|fact|tattoo studio on Canal Avenue}} and once {{ran for mayor of Auburn|c171|DISTINCTIVE|fact|mayor of Auburn}}. He asks you for a letter supporting a gun licence application. Discuss."""),

("case_presentation", "quasi", None,
"""Seminar vignette — gender and emergency services

The client is a {{firefighter|c173|DISTINCTIVE|occupation}} in {{Shelby|c173|ADDRESS|city}} in her seventies who {{coaches the Shelby Comets under-14 lacrosse team|c173|DISTINCTIVE|fact|Shelby Comets under-14 lacrosse}}. She says she has 'never been afraid of anything' but cannot go to the dentist."""),

("case_presentation", "quasi", None,
"""Vignette (skills assessment)

Client: man, 64, UX designer at {{Vector Software|c175|EMPLOYER}}. Lives alone since the divorce. His daughter {{Heidi|c175|RELATIVE}} has stopped returning calls. Presenting: loneliness, drinking more. The candidate should demonstrate an assessment of alcohol use and of risk."""),

("case_presentation", "quasi", None,
"""Exam paper, Q6

A {{hotel manager|c176|DISTINCTIVE|occupation}} in {{Kingston|c176|ADDRESS|city}} who works at {{Beard's Diner|c176|EMPLOYER}} at weekends asks whether his sessions can be paid for by a friend. What are the ethical considerations?"""),

("case_presentation", "benign", "deidentified",
"""MSc Counselling — Paper 1, Question 1 (30 marks)

Client A, a woman in her 40s, works as a nurse. She was referred by her GP for low mood following the breakdown of her marriage. She has two children, aged 8 and 11. She describes herself as 'the strong one' and finds it hard to ask for help.

(a) Using the person-centred approach, describe how you would establish the therapeutic relationship. (15)
(b) Identify and discuss two potential ethical issues. (15)"""),

("case_presentation", "benign", "public_figure",
"""Revision question: Compare Freud's case of Dora (Ida Bauer) with a contemporary feminist reading of the case. What does the case tell us about countertransference? (Hint: Freud's own postscript.)"""),

("case_presentation", "benign", "deidentified",
"""OSCE station 5 — actor brief

You are 'Sam', 34, an accountant. You're attending because your partner thinks you drink too much. You think it's fine. You're friendly but change the subject if asked directly. If the candidate is non-judgemental, you admit to drinking most nights.

[Fictional character — no resemblance to any real person intended.]"""),

("case_presentation", "benign", "name_as_word",
"""Vignette 7 — 'Grace'

The title is a theme, not a name. Candidates should discuss grace, forgiveness and self-compassion in therapy, with reference to Gilbert's CFT and Neff. No client material is provided; draw on your own placement experience (anonymised)."""),

("case_presentation", "benign", "public_figure",
"""Exam Q: 'Rogers, Beck and Linehan all placed the relationship at the centre.' Discuss, with reference to at least two approaches."""),

("case_presentation", "benign", "weak_attribute",
"""Vignette for triads: Your client is 19, a student at a community college, who was recently in a minor car accident. She presents with anxiety about driving. Plan your first session."""),

("email", "benign", "nonclient_person",
"""Subject: exam invigilation

Hi Paula, Tim and Gregory,

Thanks for agreeing to invigilate on the 14th. Please arrive by 9.15. The papers will be in the locked cabinet in room 2.04; Clara in the exams office has the key.

Best,
Jenny"""),

("case_presentation", "benign", "deidentified",
"""Vignette 9 (anonymised, adapted and amalgamated from several cases)

Client B is a man in his 70s who recently retired from a skilled trade. Since retiring, he has been spending most days in his garage. His adult son is worried. Discuss how you would assess for depression in an older man who does not use emotional language."""),

("case_presentation", "benign", "single_quasi",
"""Marking note for Q4: candidates who identified that the client's employer (a county sheriff's office) may have an occupational health service got an extra mark. Candidates who assumed the client had to disclose therapy to their employer lost one."""),

("case_presentation", "benign", "public_figure",
"""Module reading, week 3 (supervision models)

- Bernard & Goodyear, Fundamentals of Clinical Supervision (discrimination model)
- Hawkins & Shohet, Supervision in the Helping Professions (seven-eyed model)
- Falender & Shafranske, Clinical Supervision: A Competency-Based Approach
- Carroll, M. (1996) Counselling Supervision: Theory, Skills and Practice"""),

("case_presentation", "benign", "nonclient_person",
"""Vignette answer — model (from last year's top script, shared with permission by the student, Elizabeth)

'The client's avoidance is maintained by short-term relief...' [continues for 3 pages]

Note: Elizabeth has given permission for this to be shared with the cohort as an exemplar."""),
]
