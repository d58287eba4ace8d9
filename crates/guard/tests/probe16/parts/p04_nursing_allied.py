# Part 4: nurses, midwives, pharmacists, radiographers, physiotherapists. Ward titles
# ("Sister", "Nurse", "Charge Nurse"), occupational health, international voices.
DOCS = [
    ("team_note", "direct", None, """Clinical note, 11 June. Sister {{Acosta|c429|FAMILY_NAME}} (ward sister, my client since the spring) arrived straight from a twelve-hour shift. Tearful about the staffing on her ward and about her son {{Scott|c429|RELATIVE}} failing his exams. We agreed she'll speak to her matron about the rota before our next session."""),

    ("email", "direct", None, """Dear Occupational Health,

Nurse {{Jockel|c108|FAMILY_NAME}} has asked me to confirm that she is attending weekly therapy and that I support her request for a temporary move off night shifts. Her daughter {{Zenta|c108|RELATIVE}} has recently moved back home and her sleep is already disrupted. Please treat this as confidential.

Kind regards,
Moira Fitzgerald, Counsellor (MIACP)"""),

    ("team_note", "direct", None, """Reminder for Kostas: {{Σταμάτης|c027|GIVEN_NAME}} prefers sessions in Greek, and has asked that we never leave voicemails at the dental practice where he nurses. Next appointment Friday 17:00."""),

    ("social_post", "direct", None, """When your midwife client turns up to session with drumsticks still in her bag because the {{Copper Bicycles|c210|DISTINCTIVE|fact|drums in the local band the Copper Bicycles}} rehearsal ran late 😂 Love you, {{Drew|c210|NICKNAME}}. Never change."""),

    ("team_note", "direct", None, """My 2pm is {{Taylor Swift|c116|FULL_NAME}} — yes, really; she's the radiographer from {{Welch Dental Group|c116|EMPLOYER}}, not the pop star. Please stop giggling at the front desk when she checks in, she's heard it all before and it's not helping her social anxiety."""),

    ("team_note", "direct", None, """{{Hope|c299|GIVEN_NAME}} cancelled (pharmacist, Tuesdays). Pharmacy short-staffed again. She'll call to rebook; if she doesn't by Friday, please send the standard check-in text."""),

    ("email", "direct", None, """Hi Louise,

{{Stu|c135|NICKNAME}} from the physio team at {{Hamilton Family Clinic|c135|EMPLOYER}} has been coming to me since his back injury ended his rugby. He's asked for a letter supporting reduced clinical hours. Can we do that without naming the diagnosis? I'd rather keep it to "under my care".

Cheers,
Ben"""),

    ("case_presentation", "direct", None, """Formulaire d'accueil / Intake form — Montréal clinic

Nom / Name: {{Geneviève Moreau|c252|FULL_NAME}}
Date de naissance: {{21/06/1982|c252|DOB}}
Profession: technologue en radiologie
Motif de consultation: épuisement professionnel, insomnie, conflit avec sa gestionnaire.
Langue préférée: français"""),

    ("email", "direct", None, """Subject: can't make it tues

hey, it's {{Kev|c101|NICKNAME}} — pharmacy rota changed, I'm on the late till 9 all next week. can we do Saturday morning? text me on {{+1 503 729 7293|c101|PHONE}}, I don't check this email much"""),

    ("social_post", "direct", None, """Had a ripper session with {{Lissa|c372|NICKNAME}} this arvo — physio, ex-netballer, finally stopped apologising for taking up space. Proud of you, mate. 🦘💪"""),

    ("email", "direct", None, """Dear Sir/Madam,

Kindly find attached the case summary for our pharmacist colleague who will be continuing therapy with your practice while on deputation. Please correspond with him directly at {{hao.li@gmail.com|c041|EMAIL}}. He has consented to this referral.

Warm regards,
Dr. S. Raghavan, Employee Wellness Cell, Bengaluru"""),

    ("team_note", "direct", None, """Billing: the claim for {{Trina Bøe|c204|MISSPELLED_NAME}} bounced — insurer has her as "{{Trine|c204|GIVEN_NAME}}". Pharmacist at {{Clinton Medical Center|c204|EMPLOYER}}, if that helps you find the right file. Fix spelling and resubmit."""),

    ("team_note", "direct", None, """Pharmacy-staff wellbeing group, session 3 attendance (for my notes only):
{{Nydia Ayuso|c177|FULL_NAME}} — present, spoke about the robbery at the branch.
Mr {{Quesada|c078|FAMILY_NAME}} — present, mostly silent; check in individually re: his mother {{Socorro|c078|RELATIVE}}'s illness.
Two others present, not my clients."""),

    ("email", "quasi", None, """Hi Ruth — new referral, a midwife at {{Clinton General Hospital|c199|EMPLOYER}}. Fair warning, he's internet-famous: his {{parrot Duchess went viral|c199|DISTINCTIVE|fact|parrot named Duchess}} last year and people recognise him in the car park. Would you take him? He wants someone outside the hospital network."""),

    ("social_post", "quasi", None, """A {{midwife|c494|DISTINCTIVE|occupation}} I work with in {{Franklin|c494|ADDRESS|city}} once {{ran for mayor of Oxford|c494|DISTINCTIVE|fact|mayor of Oxford in 2013}} — lost badly, he says, and it was the best thing that ever happened to him. We talked about that today. Failure can be a door."""),

    ("team_note", "quasi", None, """Allocation: nurse at {{Castillo Dental Group|c363|EMPLOYER}}, wants to work on co-parenting with his ex; son {{Karl|c363|RELATIVE}} is 14 and struggling. Evenings preferred. Offer to Tom or Leila."""),

    ("case_presentation", "quasi", None, """Peer consultation — performance anxiety in a healthcare worker

Client {{plays French horn in the Hamilton Symphony Orchestra|c231|DISTINCTIVE|fact|French horn in the Hamilton}} and also {{breeds champion Border collies in Lebanon|c231|DISTINCTIVE|fact|Border collies in Lebanon}}; day job in imaging. Presenting: tremor before concerts, now spreading to work. Hypothesis: generalisation of a conditioned fear response."""),

    ("social_post", "quasi", None, """My {{physical therapist|c122|DISTINCTIVE|occupation}} client from {{Lancaster|c122|ADDRESS|city}} {{was a contestant on season 24 of The Voice|c122|DISTINCTIVE|fact|season 24 of The Voice}} and still can't watch the blind auditions without shaking. Performance anxiety doesn't care how good you are. 🎶"""),

    ("email", "quasi", None, """Quick one: radiographer at {{Castillo Dental Group|c349|EMPLOYER}} who {{coaches the Mount Vernon Otters under-12 softball team|c349|DISTINCTIVE|fact|Mount Vernon Otters under-12 softball}} wants Saturday sessions, but the games are Saturdays. Any chance of a Sunday slot with you?"""),

    ("social_post", "benign", "public_figure", """Florence Nightingale would have had a lot to say about these staffing ratios. Shout-out to every nurse pulling a double this week. 🩺"""),

    ("team_note", "benign", "nonclient_person", """Ward liaison meeting: Sister Bernadette Quinlan (matron, surgical), Charge Nurse Tunde Bakare and Nurse Practitioner Amaka Obi attended. Agreed: staff can self-refer to us; ward managers won't be told who attends."""),

    ("social_post", "benign", "nonclient_namesake", """My mum Dawn retired from nursing after 41 years today. She says she'll miss the patients and not one single manager. 🌅 Proud daughter."""),

    ("social_post", "benign", "celebrity_namesake", """Taylor Swift's entire discography is the official soundtrack of the night shift at our local hospital, according to the nurses I chatted with at the wellbeing fair. No notes."""),

    ("social_post", "benign", "single_quasi", """Someone I see works at Castillo Dental Group and the way she talks about her team makes me want to switch dentists."""),

    ("social_post", "benign", "single_quasi", """Met a pharmacist in Oxford at a CPD evening who's setting up a peer-support line for community pharmacists. Brilliant idea; they're the most overlooked frontline workers there are."""),

    ("case_presentation", "benign", "deidentified_case", """Teaching vignette (fictionalised): a midwife with fifteen years' experience attends a birth with an unexpected neonatal death. Afterwards she experiences flashbacks during routine deliveries and considers leaving the profession. Discuss second-victim support and the role of the professional midwifery advocate."""),

    ("social_post", "benign", "name_as_word", """Drew up a new self-care plan for the autumn: fewer extra shifts, more walks. There's hope for me yet. Will I stick to it? Stay tuned."""),

    ("social_post", "benign", "public_figure", """Really moved by Dame Ruth May's speech on nurses' mental health at the conference. Nursing needs leaders who say these things out loud."""),

    ("email", "benign", "nonclient_person", """Hi all, Bríd Ní Mhurchú, the INMO rep for the hospital, rang to ask if we could run a session on burnout for nurses on the night roster. I said yes in principle — Aoife, could you look at dates in September?"""),

    ("email", "benign", "nonclient_namesake", """Pharmacist Kevin O'Brien from the community pharmacy on Main Street called to ask about our referral pathway for patients with medication anxiety. I've sent him the leaflet and our intake number."""),

    ("social_post", "benign", "therapy_life", """Happy International Day of the Midwife to the people who catch babies at 3am and then go home and can't switch off. You deserve care too. 💜"""),
]
