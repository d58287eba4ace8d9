# VA and benefits: nexus letters, VSO emails, C&P prep, GI Bill / VR&E, award letters.
DOCS = [
    ("email", "direct", None,
     "RE: Nexus letter — {{Thomas Osborne|c146|FULL_NAME}}, DOB {{22 September 1948|c146|DOB}}\n\n"
     "To the Rating Officer:\n\nI have treated the above-named veteran since January 2023 for chronic PTSD related "
     "to his service in the Republic of Vietnam (1968–69). It is my opinion that his current condition is at "
     "least as likely as not (50% or greater) caused by the in-service stressors documented in his DD-214 and "
     "buddy statements. Please contact my office with any questions.\n\nRespectfully,\nA. Lindqvist, PsyD"),
    ("email", "direct", None,
     "hey doc, Rob from the county VSO. {{Mr. Mcmillan|c029|FAMILY_NAME}}'s 21-0781 is ready to file but he wants "
     "you to look at the stressor paragraph first. He's hard to reach during the day (HVAC calls), best is "
     "{{940.480.1557|c029|PHONE}} after 6. thx"),
    ("team_note", "direct", None,
     "{{Will Smith|c350|FULL_NAME}} (yes, really — he's heard every joke) has his C&P exam tomorrow 1000 at the CBOC. "
     "Prepped him on what the examiner will ask; he tends to minimize ('other guys had it worse'). Gave him the "
     "one-page symptom list to bring. Partner {{Antonio|c350|RELATIVE}} driving."),
    ("email", "direct", None,
     "To Whom It May Concern:\n\nI am writing at the request of my patient, {{Mr. Jaime Murray|c303|FULL_NAME}}, "
     "who has been under my care since 2021. {{Mr. Murray|c303|FAMILY_NAME}} is an Army veteran currently employed as an electrician "
     "with {{Harris Construction|c303|EMPLOYER}}. His wife, {{Laura|c303|RELATIVE}}, has attended several sessions "
     "with his consent. In my clinical opinion his service-connected PTSD has worsened since his last rating "
     "decision, with increased nightmares and avoidance. I support his request for an increased evaluation.\n\n"
     "Sincerely,"),
    ("team_note", "direct", None,
     "{{Tommy L.|c199|INITIALS}} — lecturer at {{Hamilton Academy|c199|EMPLOYER}}, Vietnam-era. Award letter came: 70%. "
     "Mixed feelings, says the number 'feels like a grade on the worst year of my life.' Explored. Plan: keep "
     "biweekly through summer."),
    ("email", "direct", None,
     "Hi Cora,\n\nCould you send the signed DBQ straight to the vet? He asked for it by email rather than the "
     "portal: {{davidm88@gmail.com|c442|EMAIL}}. He's fine with it being unencrypted, I documented his consent.\n\nThanks!"),
    ("case_presentation", "direct", None,
     "Peer consultation — {{Ms. White|c447|FAMILY_NAME}}, 64, welder, Air Force veteran (1979–1999, aircraft "
     "maintenance). Referred by her PCP for sleep and irritability. Her husband {{Christopher|c447|RELATIVE}} reports "
     "she 'goes somewhere else' when jets fly over. She is reluctant to file a claim: 'that's for people who were "
     "shot at.' I'd like input on addressing moral-injury-adjacent beliefs about deservingness."),
    ("email", "direct", None,
     "Benefits clinic — please pull the file for {{Timothy Brown|c078|FULL_NAME}} ({{4/13/52|c078|DOB}}). His "
     "appeal hearing got moved up and I need the last three progress notes. He's in HR at {{Collins Insurance|c078|EMPLOYER}} "
     "so schedule around his 8–5 if we need him in."),
    ("team_note", "direct", None,
     "Pt {{Adrien Kline|c398|MISSPELLED_NAME}}, HVAC at {{Montes Construction|c398|EMPLOYER}}. Frustrated w/ VR&E "
     "counselor, third one in a year. Tinnitus claim approved, PTSD claim pending. Drumming with his band again — "
     "good sign."),
    ("email", "direct", None,
     "Quick admin note: {{Mr. Millan|c249|FAMILY_NAME}} asked that his award letter and all VA correspondence go to "
     "his new mailing address, {{1807 Wilson Court|c249|ADDRESS|street}}, Mount Vernon. He moved in with his "
     "partner after the fall. Can you update the release form?"),
    ("email", "direct", None,
     "Hello Professor Ames,\n\nWith his permission I'm writing in support of {{Justin Cline|c233|FULL_NAME}}'s "
     "request for an accommodation at {{Centerville State University|c233|SCHOOL}} under his VR&E plan. "
     "{{Justin|c233|GIVEN_NAME}} served two tours as a vehicle mechanic and continues to work part-time at "
     "{{Guzman & Sons Plumbing|c233|EMPLOYER}}. Extended time on exams and a seat near the exit would help a great deal."),

    ("email", "quasi", None,
     "Need a second opinion for a nexus letter: my client is a Vietnam-era vet, roofer by trade, at "
     "{{Mcdonald Auto Repair|c146|EMPLOYER}} part-time these days, and {{breeds champion Bernese mountain dogs in Dover|c146|DISTINCTIVE|fact|Bernese mountain dogs in Dover}}. "
     "The dogs are his whole treatment plan if you ask him. Can you read my draft?"),
    ("team_note", "quasi", None,
     "VSO referral: chef at {{Burch Foods|c367|EMPLOYER}}, Marine vet — the one who {{was in the Stillwater Herald for "
     "finding a rare Civil War sword in a garage sale|c367|DISTINCTIVE|fact|Stillwater Herald for finding a rare Civil War sword}}. "
     "Wants help with the 21-526EZ. Scheduled."),
    ("email", "quasi", None,
     "The veteran from {{Hatfield Electric|c185|EMPLOYER}} called again about his appeal. His wife {{Cheryl|c185|RELATIVE}} "
     "is doing most of the paperwork and she's overwhelmed. Can the benefits navigator call her this week?"),
    ("team_note", "quasi", None,
     "Award letter review: {{HVAC technician|c029|DISTINCTIVE|occupation}} in {{Oxford|c029|ADDRESS|city}}, Army vet, "
     "partner {{Joshua|c029|RELATIVE}} attended. 50% → 70% after HLR. Pt tearful, relieved."),
    ("email", "quasi", None,
     "Hi all — for the veterans' group potluck, our bartender friend from {{Vaughn's Diner|c466|EMPLOYER}} (the one who "
     "{{breeds champion Great Danes in Milford|c466|DISTINCTIVE|fact|Great Danes in Milford}}) offered to bring his famous "
     "mocktails. Sign-up sheet attached."),
    ("team_note", "quasi", None,
     "Line cook at {{Madison Brewing Company|c143|EMPLOYER}}, Navy vet, whose {{pet pig named Noodle|c143|DISTINCTIVE|fact|pig named Noodle}} "
     "went viral last year. Says the attention from that was worse than the claim process. Exploring."),

    ("social_post", "benign", "public_figure",
     "Whatever you think of his comedy, Jon Stewart sitting in that hearing room for burn-pit veterans was one of "
     "the most important things a public figure has done for the people I work with. The PACT Act is real "
     "because of people who wouldn't sit down."),
    ("email", "benign", "nonclient_person",
     "Dear Provider,\n\nThis letter confirms that Dr. Faith Okonkwo, Staff Psychologist, VA Medical Center, will be "
     "the point of contact for community care referrals effective July 1. Please update your records.\n\n"
     "Community Care Office"),
    ("social_post", "benign", "single_quasi",
     "Good news for the vets in our groups: Harris Construction just launched a veterans' apprenticeship program "
     "with paid certification. Pass it along."),
    ("team_note", "benign", "single_quasi",
     "Phone inquiry: a roofer in Dover asking whether we accept Community Care. Gave him the authorization steps. "
     "Did not schedule; will call back."),
    ("case_presentation", "benign", "deidentified",
     "Sample DBQ narrative (de-identified, for training): The veteran is a man in his sixties who served as an "
     "infantryman. He reports nightmares three to four nights per week, startle response, and avoidance of crowds. "
     "He has been married for over thirty years and works full time in a trade. He denies substance use. "
     "Symptoms cause occupational and social impairment with reduced reliability and productivity."),
    ("email", "benign", "name_as_word",
     "Will you sign the 21-4138 statement when you get a chance? I marked where with sticky flags. Hope to file "
     "by Friday — the grace period on the intent to file is a year, but I'd rather not cut it close. Rusty on the "
     "new form numbers, so double-check me."),
    ("social_post", "benign", "nonclient_person",
     "My dad, Sergeant Dennis Hale, filed his first VA claim at 71. Fifty years after Khe Sanh. If you have a parent "
     "who 'doesn't want to be a burden' — it isn't charity, it's what they earned."),
    ("email", "benign", "public_figure",
     "For the reading group: we'll start with 'To Hell and Back' by Audie Murphy, then move to something written "
     "after we understood PTSD better. The Audie L. Murphy VA hospital in San Antonio has a nice exhibit if anyone "
     "travels."),
    ("email", "benign", "nonclient_person",
     "Hi team, welcome our new Chief of Mental Health, Dr. Kyle Brennan, who joins from the Durham VA. He'll be "
     "at Thursday's staff meeting. Please hold questions about the new referral portal for him."),
    ("team_note", "benign", "weak_attribute",
     "Benefits clinic moving to Kingston library on Tuesdays starting next month. Let vets know."),
    ("email", "benign", "nonclient_person",
     "Our new VSO liaison is Lance Corporal (ret.) Hector Ruiz. He's walk-in Mon/Wed at the Legion hall. Very "
     "good with appeals and a great listener. Sending his card to anyone who asks."),
]
