# Voices: a community mental-health team -- the MDT coordinator (Yusuf Farah), a
# psychotherapy service lead (Dr Nkechi Okwu), a locum psychiatrist -- writing case
# presentations with initials, discharge summaries, MDT agendas, referral e-mails that
# name one client and describe another.
DOCS = [
    # ---------------------------------------------------------------- benign
    ("team_note", "benign", "deidentified_case", """CMHT MDT -- AGENDA, TUESDAY

1. Apologies: Moira (leave), Colm (training)
2. New referrals (7) -- see tracker, IDs only
   - 4 x anxiety/depression -> step 2 psychology
   - 1 x first-episode psychosis -> EIP, urgent
   - 1 x eating disorder -> specialist service
   - 1 x query autism assessment (adult) -> discuss pathway
3. Discharges (3)
4. Risk register review: two changes, both de-escalated
5. Complex case: woman in her forties, recurrent crises, multiple A&E attendances -- Dr Okwu to present
6. AOB: the new e-referral form goes live on the 1st"""),

    ("case_presentation", "benign", "public_figure", """GRAND ROUND -- "Complex trauma: a formulation, not a label"
Dr N. Okwu, Psychotherapy Service Lead

Judith Herman's 1992 proposal of complex PTSD took thirty years to reach ICD-11. In this talk I revisit Herman's three-stage model (safety, remembrance and mourning, reconnection), van der Kolk's work on the body, and the criticisms of both -- including the risk that "trauma" becomes an explanation for everything. I'll use two composite cases, built from several patients, with no identifying features."""),

    ("email", "benign", "single_quasi", """Subject: Curious coincidence -- not a referral

Hi Yusuf,

Just a curiosity rather than anything clinical: the patient I assessed on Monday turned out to be the man who found a rare Civil War sword at a garage sale a few years back. He brought it up himself, slightly embarrassed. No further details needed -- I just thought you'd enjoy it.

Nkechi"""),

    ("email", "benign", "nonclient_person", """Subject: Carer's assessment -- Mrs Winifred Thabane

Dear Colleague,

I am writing to request a carer's assessment for Mrs Winifred Thabane, who cares full-time for her husband following his stroke. She is not known to our service and is not our patient; she was identified by the ward team as being at risk of carer breakdown. She consents to this referral.

Yours sincerely,
Yusuf Farah
MDT Coordinator"""),

    ("case_presentation", "benign", "name_as_word", """Discharge summary (teaching copy, anonymised)

Patient discharged at 10:00 after a 19-day stay. Mood brighter; sleeping through to dawn for the first time in months. Expressed joy at the prospect of seeing the grandchildren. Grace period agreed with the housing office for the rent arrears. Will be reviewed by the home treatment team on Monday. Frank discussion held about the risks of stopping medication without support."""),

    ("team_note", "benign", "single_quasi", """Referral triage: electrician in Ashland, 60s, low mood since a workplace accident. Step 2 psychology. No risk concerns. Will send opt-in letter."""),

    ("case_presentation", "benign", "deidentified_case", """CASE FOR PEER SUPERVISION (anonymised composite)

A woman in her thirties who works in retail presents with a twelve-year history of binge eating and compensatory exercise. She has been through two courses of CBT-E with partial response. Her GP describes her as "frustrated with services".

What has changed recently: a new relationship, in which she feels safe for the first time, and in which the binges have become more frequent rather than less.

I'd like help thinking about why safety might be destabilising rather than settling, and whether we are offering the same treatment a third time because it's what we have."""),

    # ---------------------------------------------------------------- direct
    ("case_presentation", "direct", None, """CASE PRESENTATION -- OLDER ADULTS TEAM

{{J.L.|c051|INITIALS}}, 68, presented with a three-month history of low mood, early waking and preoccupation with "what people think of me". He {{once ran for mayor of Riverside -- back in 2009 -- and lost narrowly|c051|DISTINCTIVE|fact|mayor of Riverside in 2009}}, and this defeat has become a fixed point in his ruminations in a way it never was at the time.

Married to {{Rachel|c051|RELATIVE}} for 41 years; she reports he has stopped playing music and "sits in the car on the drive".

MSE: slowed, depressed affect, no psychotic features; denies suicidal ideation but "wouldn't mind not waking up". MoCA 27/30.

Impression: moderate depressive episode, first onset in later life. Rule out organic contribution (bloods, consider imaging).

Plan: sertraline; behavioural activation via the older adults psychology pathway; review in 4 weeks."""),

    ("case_presentation", "direct", None, """Case presentation for the personality disorder pathway panel

{{R.U.|c103|INITIALS}}, 33, a {{paralegal|c103|DISTINCTIVE|occupation}} in {{Mount Vernon|c103|ADDRESS|city}}. Referred after his third overdose in a year.

Background: a high-achieving young man who {{once stood in a mayoral election in Jackson -- at the age of fourteen, as a school project that escalated|c103|DISTINCTIVE|fact|mayor of Jackson in 2006}}. He talks about this with a mixture of pride and mortification. He {{breeds Samoyeds|c103|DISTINCTIVE|fact|breeds champion Samoyeds}} with his partner, {{Aurelia|c103|RELATIVE}}, and describes the dogs as "the only reason I'm still here".

Pattern: intense relationships, fear of abandonment, impulsive overdoses following interpersonal ruptures.

Question for panel: suitability for the 12-month DBT programme."""),

    ("team_note", "direct", "multi_client", """MDT minutes (draft) -- item 4, risk register

Mrs {{Medina|c027|FAMILY_NAME}}: de-escalated to amber; engaging with the HTT, son staying with her this week.
{{Łukasz|c128|GIVEN_NAME}} (Kingston): remains red. Daughter {{Nela|c128|RELATIVE}} has been in touch, worried; consent to share confirmed. Care coordinator to visit Thursday.

Yusuf to anonymise before circulating -- initials only, please."""),

    ("email", "direct", None, """Subject: Referral -- Ms {{Grace Wallace|c083|FULL_NAME}}

Dear Dr Okwu,

I'd be grateful if your team could see {{Grace Wallace|c083|FULL_NAME}}, a {{care assistant|c083|DISTINCTIVE|occupation}} in {{Fairview|c083|ADDRESS|city}}, for consideration of psychological therapy. She has been extraordinarily resilient -- she'd say "by the grace of God and my partner {{Juan|c083|RELATIVE}}" -- through a very difficult year.

{{Grace|c083|GIVEN_NAME}} is keen on individual work and would prefer a woman therapist. She {{breeds Salukis|c083|DISTINCTIVE|fact|breeds champion Salukis}} and is away at shows most weekends, so weekday appointments only.

Kind regards,
Dr A. Osgood (locum consultant)"""),

    ("case_presentation", "direct", None, """DISCHARGE SUMMARY -- COMMUNITY TEAM

Name: {{Riley Smith|c094|FULL_NAME}}
DOB: {{20 July 1950|c094|DOB}}
Occupation: {{police officer|c094|DISTINCTIVE|occupation}} (reserve), {{Shelby|c094|ADDRESS|city}}

Episode of care: 14 months. Referred after a depressive episode following {{an unsuccessful run for mayor of Quincy in 2019|c094|DISTINCTIVE|fact|mayor of Quincy in 2019}}, complicated by alcohol misuse.

Outcome: remission of depressive symptoms (PHQ-9 4); abstinent from alcohol for 10 months; re-engaged with work and with his partner, {{Jacqueline|c094|RELATIVE}}.

Relapse signature: withdrawing from friends, early waking, drinking "just one" on a Friday.

Discharged to GP with open access to the team for 12 months."""),

    ("email", "direct", None, """Subject: Please call {{Ray|c112|NICKNAME}} back

Hi Yusuf,

Could someone call {{Ray|c112|NICKNAME}} back today? He's a {{911 dispatcher|c112|DISTINCTIVE|occupation}} and rang from work, so please be brief if he picks up on shift. He sounded a little brighter than last week -- a ray of light, honestly. He mentioned that {{the parrot, Nugget, is getting famous again|c112|DISTINCTIVE|fact|parrot named Nugget}} and he's not sure he can face the attention.

Thanks,
Nkechi"""),

    ("email", "direct", None, """Subject: FW: appointment letter not received

From: {{calistaprat92@proton.me|c159|EMAIL}}
To: cmht.admin
Subject: appointment letter not received

Hello, I was told an appointment letter was sent but I haven't received it. Could you email it instead? Thank you, {{Calista|c159|GIVEN_NAME}}

---

Yusuf -- can we email her the letter? She has given consent on the form. She's an {{insurance adjuster|c159|DISTINCTIVE|occupation}} in {{Manchester|c159|ADDRESS|city}}, so daytime calls are hard; email is better."""),

    ("team_note", "direct", None, """Home treatment team handover -- {{Pate|c072|NICKNAME}} (prefers this to his given name). Husband {{Øvli|c072|RELATIVE}} present at visit. Sleeping better, eating. Still not singing -- {{he fronts a local band, the Rusty Owls|c072|DISTINCTIVE|fact|the Rusty Owls}}, and says he'll know he's well when he wants to sing again. Next visit Fri."""),

    ("email", "direct", None, """Subject: Two referrals -- one named, one to discuss

Dear Dr Okwu,

First, a formal referral for {{Chad Martinez|c156|FULL_NAME}}, 43, an {{insurance adjuster|c156|DISTINCTIVE|occupation}} in {{Hamilton|c156|ADDRESS|city}}, with a recurrent depressive disorder; his sister {{Michelle|c156|RELATIVE}} is his main support. Full letter attached.

Second, a question rather than a referral. One of my other patients, who works at {{Kestrel Labs|c107|EMPLOYER}} and {{breeds show Whippets out in Franklin|c107|DISTINCTIVE|fact|Whippets in Franklin}}, has asked whether your service offers compassion-focused therapy. She's not ready to be referred yet. Is there any information I could pass on?

Kind regards,
Dr A. Osgood"""),

    # ---------------------------------------------------------------- quasi
    ("case_presentation", "quasi", None, """PEER REVIEW -- CASE 2 (identifying details partially removed)

A {{lecturer|c033|DISTINCTIVE|occupation}} in {{Greenville|c033|ADDRESS|city}}, early thirties, working at {{Monroe Elementary School|c033|EMPLOYER}} on an outreach programme. He {{made the Bristol Herald a few years ago for handing in a lost wallet with $10,000 in it|c033|DISTINCTIVE|fact|Bristol Herald for returning a lost wallet}} -- a story he tells with discomfort, since it led to a year of people calling him "the honest guy", which he feels he is not.

Married to {{Joseph|c033|RELATIVE}}. Presenting with obsessional guilt and moral scrupulosity.

Question: ERP for scrupulosity -- what are the ethical limits of exposure when the fears are moral?"""),

    ("team_note", "quasi", None, """Referral screening -- {{photographer|c038|DISTINCTIVE|occupation}}, {{Lexington|c038|ADDRESS|city}}, 23. Anxious since {{painting the big mural on Aspen Court|c038|DISTINCTIVE|fact|mural on Aspen Court}}, which drew a lot of online abuse. Step 2 CBT; consider social anxiety protocol."""),

    ("email", "quasi", None, """Subject: Family session request

Hi Yusuf,

Please book a family session for a patient of mine -- a {{bank teller|c065|DISTINCTIVE|occupation}} in {{Kingston|c065|ADDRESS|city}} -- and his daughter {{Bonnie|c065|RELATIVE}}, who has asked to come in. Thursday afternoons only, due to his work. Double room please.

Nkechi"""),

    ("case_presentation", "quasi", None, """Case for the men's health working group (partially anonymised)

A {{welder|c084|DISTINCTIVE|occupation}} in {{Riverside|c084|ADDRESS|city}} in his late seventies who still works three days a week, presenting with grief after his wife's death. The thing keeping him going, he says, is {{Pretzel, his parrot -- the one with the videos|c084|DISTINCTIVE|fact|parrot named Pretzel}}. He has a son and daughter who live far away.

Discussion: men, grief and work identity in later life."""),

    ("team_note", "quasi", None, """Allocation -- works at {{Murphy Dental Group|c130|EMPLOYER}} (chair-side ergonomics), late seventies, referred for anxiety after his husband {{Walther|c130|RELATIVE}} was diagnosed with dementia. Wants a male therapist. Allocate to the older adults team."""),

    ("email", "quasi", None, """Subject: A patient who may be recognised in clinic

Hi Yusuf,

Heads-up for reception: a new patient this week works at {{Franklin Public Library|c146|EMPLOYER}} and {{was in the Shelby Herald last year for climbing every peak in the state in a single summer|c146|DISTINCTIVE|fact|Shelby Herald for climbing}}. People may recognise him. Please check him in quietly and use the side room.

Nkechi"""),

    ("case_presentation", "quasi", None, """Complex case -- Dr Okwu

A {{delivery driver|c152|DISTINCTIVE|occupation}} in her seventies from {{Fairview|c152|ADDRESS|city}}, who also {{owns the little bookshop on Glover Court|c152|DISTINCTIVE|fact|bookshop on Glover Court}}. Presenting with a first episode of psychotic depression after the shop was burgled. Believes she is being punished. Family supportive.

Discussion: ECT versus combination pharmacotherapy in older adults."""),

    ("team_note", "quasi", None, """MDT item 5 -- teacher at {{Monroe Elementary School|c158|EMPLOYER}}, early forties, {{sits on the Ashland city council for Ward 5|c158|DISTINCTIVE|fact|Ward 5 on the Ashland city council}}. Her son {{Hugues|c158|RELATIVE}} (17) made the referral after finding her in distress. High-profile; restrict record access."""),

    ("email", "quasi", None, """Subject: Conflict of interest -- please reallocate

Hi Yusuf,

Please reallocate the new referral I was given this morning. She's a {{lawyer|c087|DISTINCTIVE|occupation}} in {{Franklin|c087|ADDRESS|city}} and {{coaches an under-12 basketball team, the Franklin Tigers|c087|DISTINCTIVE|fact|Franklin Tigers under-12 basketball}} -- my daughter plays for them. I haven't opened the notes.

Thanks,
Dr A. Osgood"""),

    ("team_note", "quasi", None, """Waiting-list review -- works the front desk at {{Shelby Medical Center|c009|EMPLOYER}}, early thirties, also {{owns the florist on Chestnut Court|c009|DISTINCTIVE|fact|florist on Chestnut Court}}. Exhaustion, panic attacks. Two jobs, no breaks. Offer step 2 guided self-help while waiting."""),
]
