# Part 3: doctors and surgeons. Medical board letters, hospital occupational health,
# consultant colleagues who are not clients, Balint-style groups.
DOCS = [
    ("email", "direct", None, """To: Fitness to Practise Directorate, Medical Board
Re: Dr {{Iris Mcpherson|c159|FULL_NAME}} (date of birth {{2 August 1997|c159|DOB}})

Dear Ms Achterberg,

I write at the request of Dr {{Mcpherson|c159|FAMILY_NAME}}, who has been under my care since January of this year, and with her written consent, a copy of which is enclosed. You asked for an opinion on three matters: whether she has a health condition relevant to her practice, whether she has insight into it, and whether any restrictions on her practice are indicated.

On the first question: Dr {{Mcpherson|c159|FAMILY_NAME}} presented with symptoms of an adjustment disorder, with anxiety and low mood, which began shortly after she was notified of the complaint you are investigating. The symptoms were understandable in context and have responded well to treatment. She has not required medication. She has not taken sick leave.

On the second question: in my opinion her insight is good. She sought help early, on the advice of her educational supervisor, Mr Desmond Achebe, and her clinical director, Professor Hilary Strand, and she has attended every appointment. She has been open with me about the effect of the complaint on her confidence in theatre and has taken sensible steps, including asking a senior colleague, Ms Rana Haddad, to scrub in with her on complex cases for the time being.

On the third question: I see no clinical reason for restrictions on her surgical work. I would, however, suggest that any interim meeting is scheduled with reasonable notice, as uncertainty about timing has been the main source of her distress.

I should make clear that I am not in a position to comment on the substance of the complaint itself, which is outside my expertise and my role. I would be happy to provide a fuller report, or to update this one in three months, with her written consent.

Yours sincerely,
Dr Niamh Gallagher, Consultant Clinical Psychologist"""),

    ("team_note", "direct", None, """Dr {{Russo|c269|FAMILY_NAME}} cancelled again — third time this month. He's covering nights at {{St. Clare's Hospital|c269|EMPLOYER}} after two registrars went off sick. I've offered a 7am telehealth slot. Flagging because last time he went quiet like this we ended up doing a risk review."""),

    ("team_note", "direct", None, """Supervision with Helen, 12/06

Mr {{Chen|c158|FAMILY_NAME}} (consultant surgeon, my Tuesday 6pm): the never-event investigation has concluded with no finding against him, but he says he can't stop replaying the theatre list. His brother {{Alex|c158|RELATIVE}} is flying over for a week. Helen suggested we shift from processing to re-engagement with operating — graded exposure to the specific procedure."""),

    ("social_post", "direct", None, """Saw the Paper Pilots last night. {{Mickey|c202|NICKNAME}} on drums was unreal — and nobody in that crowd would guess she spent the morning in theatre and the evening before in my office working on her perfectionism. 🥁 {{Paper Pilots|c202|DISTINCTIVE|fact|Paper Pilots}} forever."""),

    ("email", "direct", None, """Hi Tasha,

Can you text Dr {{Mosley|c181|FAMILY_NAME}} to confirm Thursday? Her mobile is {{(520) 589-8645|c181|PHONE}}. Don't email the hospital address — she says the IT department can read it.

Thanks,
Graham"""),

    ("case_presentation", "direct", None, """Case presented at the Physician Health Programme peer review

Dr {{Andrea Iverson|c458|MISSPELLED_NAME}}, surgeon, late seventies, still operating two days a week. Co-hosts the {{Small Town Gardener podcast|c458|DISTINCTIVE|fact|Small Town Gardener podcast}} with a neighbour. Referred by her GP for low mood after her husband's stroke. Key issue: she experiences any suggestion of retirement as an attack on her identity."""),

    ("email", "direct", None, """Subject: Thursday's Balint group

Dear all,

A reminder that {{Fay Smith|c247|NICKNAME}} will present the case this week. {{Fay|c247|NICKNAME}} — I know you're juggling the list and {{coaching the Oakland Hawks under-14 lacrosse team|c247|DISTINCTIVE|fact|Oakland Hawks under-14 lacrosse}}, so fifteen minutes is plenty.

Best,
Rosalind"""),

    ("team_note", "direct", None, """Waitlist update: Dr {{张春梅|c073|FULL_NAME}} from {{St. Clare's Hospital|c073|EMPLOYER}} (surgery) accepted the Mandarin-speaking therapist slot with Dr Lau. First session Wednesday 18:30. Interpreter not needed."""),

    ("team_note", "direct", None, """Balint group minutes — 10 June
Present: five doctors (consented to minutes), facilitator
Dr {{Peterson|c155|FAMILY_NAME}} described a patient who died on the table and the family's anger at her in the corridor. Mr {{Rodriguez|c234|FAMILY_NAME}}, the junior vascular surgeon from {{Greenville Family Clinic|c234|EMPLOYER}}, said it was the first time he'd heard a senior admit to crying in the car. Long silence. Good session."""),

    ("email", "direct", None, """Hi Kerry, quick admin: the surgeon who started on Monday asked for invoices to go to {{c.williams@proton.me|c173|EMAIL}} rather than the hospital finance team. Can you change the billing contact?"""),

    ("case_presentation", "direct", None, """Occupational health review — consultant surgeon

Dr {{Schmidt|c496|FAMILY_NAME}} returned from four weeks' sick leave. Reports improved sleep. His brother {{John Miller|c496|RELATIVE}} (half-brother, different surname) has been staying with him and is supportive. He wants to resume the on-call rota; I recommend a phased return with no solo nights for one month."""),

    ("email", "direct", None, """Betreff: Überweisung / referral

Sehr geehrte Frau Kollegin,

wir überweisen Ihnen Frau Dr. {{Barbara Jackson|c283|FULL_NAME}}, geb. {{27.07.1993|c283|DOB}}, Chirurgin, zur ambulanten Psychotherapie nach Abschluss der stationären Behandlung. She prefers sessions in English. Diagnose: mittelgradige depressive Episode.

Mit freundlichen Grüßen
Dr. med. Jürgen Falkenhagen, Oberarzt"""),

    ("team_note", "quasi", None, """For allocation: surgeon at {{St. Clare's Hospital|c158|EMPLOYER}}, wants evenings only, wife {{Carla|c158|RELATIVE}} will sometimes drive him. Prefers a male therapist. Risk: low."""),

    ("social_post", "quasi", None, """Therapy lesson from a {{surgeon|c159|DISTINCTIVE|occupation}} I see in {{Lexington|c159|ADDRESS|city}}: the same patience that {{grew a 900-pound pumpkin|c159|DISTINCTIVE|fact|900-pound pumpkin}} (yes, she was in the paper) can be turned toward yourself. 🎃"""),

    ("case_presentation", "quasi", None, """Case outline — dual roles and visibility

Client hosts the {{Unfiltered Cook podcast about sourdough|c283|DISTINCTIVE|fact|Unfiltered Cook podcast about sourdough}} and {{represents Ward 9 on the Mount Vernon city council|c283|DISTINCTIVE|fact|Ward 9 on the Mount Vernon}} while working full-time in surgery. The question for the group: how do we protect the therapy when the client is recognisable from three directions at once?"""),

    ("email", "quasi", None, """Ana, a heads-up on the new referral: surgeon at {{Rangel Dental Group|c458|EMPLOYER}} (oral and maxillofacial), co-hosts the {{Backyard Detective podcast|c458|DISTINCTIVE|fact|Backyard Detective podcast}}, very private. Please don't put anything on the shared calendar beyond initials-free "new client"."""),

    ("team_note", "quasi", None, """Referral from the physician health line: {{surgeon|c269|DISTINCTIVE|occupation}}, {{Oakland|c269|ADDRESS|city}}, brother {{Jacob|c269|RELATIVE}} made the call on his behalf. Says alcohol has crept up since the divorce. Screen within 72h."""),

    ("team_note", "benign", "nonclient_namesake", """Attendees, hospital wellbeing steering group (for the minutes): Dr Fiona Williams (consultant psychiatrist, chair), Sister Maeve O'Neill (theatres), Mr Chidi Okonkwo (orthopaedics), Prof. Lindqvist (medical education), me for the staff counselling service. Apologies: Dr Tan."""),

    ("social_post", "benign", "public_figure", """Every doctor I work with should read Atul Gawande's "Being Mortal". Not for the patients — for themselves."""),

    ("social_post", "benign", "nonclient_namesake", """My husband Chase is on call again for the third weekend in a row. Being married to a surgeon has taught me more about boundaries than my training ever did. 🙃"""),

    ("social_post", "benign", "single_quasi", """A client who works at St. Brigid's Hospital told me the new rota app sends shift changes at 2am. Please, hospital managers, stop."""),

    ("case_presentation", "benign", "deidentified_case", """Composite case for the medical students' wellbeing module: a surgeon in her forties, high performer, presents with insomnia and intrusive images after an adverse outcome. She fears that disclosure to her employer will end her career. All details are fictionalised."""),

    ("social_post", "benign", "name_as_word", """Keep the faith, junior doctors. The rota is brutal, the hope is real, and the iris of every exhausted eye in the mess room deserves eight hours' sleep."""),

    ("social_post", "benign", "celebrity_namesake", """Rewatching House of Cards and Peter Russo's storyline is still the most honest portrayal of relapse I've seen on TV. Corey Stoll deserved more awards for it."""),

    ("email", "benign", "nonclient_person", """Dear Counsellor,

On behalf of the Medical and Dental Council, I invite your practice to join our doctors' support network in Lagos. Referrals would come through our helpline, and all communication will be handled by Dr Olumide Bakare, Medical Director. Kindly indicate your availability for a meeting.

Yours faithfully,
Ngozi Eze (Mrs), Secretary"""),

    ("team_note", "benign", "nonclient_namesake", """FYI Dr Grace Nelson from the medical board rang about the CPD audit — nothing to do with any client, just wants our supervision logs for the last two years. I said we'd send by the 30th."""),

    ("social_post", "benign", "weak_attribute", """Had three surgeons in this week, all women, all in their forties, all told me they'd never said "I'm not okay" at work. Three. In one week."""),

    ("social_post", "benign", "therapy_life", """Today is Doctors' Mental Health Day. If you work in a hospital and you're struggling, your GP, your occ health team and people like me exist for you too. No one will think less of you. 💙"""),
]
