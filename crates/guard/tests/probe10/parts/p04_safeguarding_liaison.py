"""School counsellor liaison and safeguarding-adjacent consultation (de-identified well and badly)."""

DOCS = [
    ("case_presentation", "direct", None,
     "Safeguarding consult, anonymised (ish)\n\n"
     "I'll call her R. Actually, it's {{Rebecca|c087|GIVEN_NAME}}, you'll have seen her in the waiting room, 16, at "
     "{{Grant Preparatory Academy|c087|SCHOOL}}. Lives with mum {{Molly|c087|RELATIVE}} and an older sister. She told me "
     "mum's new boyfriend \"comes into the bathroom without knocking.\" No other disclosure. I have not yet spoken to "
     "mum. Question for the DSL: threshold for a referral, and do I tell {{Rebecca|c087|GIVEN_NAME}} first?"),

    ("email", "direct", None,
     "Subject: student of yours?\n\n"
     "Hello, I'm the school counselor at Edison High. {{Ryan Butler|c244|FULL_NAME}} (11th grade) told me he sees you "
     "on Tuesdays. His mom, {{Mary|c244|RELATIVE}}, has signed a release so we can talk. He fell asleep in class three "
     "times this week and says he's working until midnight at the hotel. Do you have a few minutes Thursday?\n\n"
     "Thanks,\nBeverley Thornbury, M.Ed.\nSchool Counselor"),

    ("case_presentation", "direct", None,
     "SAFEGUARDING REFERRAL (copy for clinical file)\n"
     "Child's name: {{Thomas Giles|c351|FULL_NAME}}\n"
     "Date of birth: {{27/04/2008|c351|DOB}}\n"
     "Address: {{5792 Willow Avenue, Dover|c351|ADDRESS|street}}\n"
     "School: {{Kennedy High School|c351|SCHOOL}}\n"
     "Nature of concern: young person disclosed that father hit him with a belt last weekend; visible bruising on "
     "upper arm, seen by school nurse.\n"
     "Action taken: referral made by phone 14:20, written referral sent same day. Young person informed."),

    ("team_note", "direct", None,
     "{{Spencer|c149|GIVEN_NAME}} (17) disclosed in session that he has been sending money to an adult he met online "
     "who 'needs help getting out of a bad situation'. Red flags for exploitation. Discussed with him; he agreed to "
     "let me speak to his mum {{Robin|c149|RELATIVE}}. Consulted DSL (Colm) same day. Plan: joint meeting Fri."),

    ("team_note", "direct", None,
     "Tel consult w/ DSL re {{A.S.|c106|INITIALS}} (14, {{Edison High School|c106|SCHOOL}}; older brother "
     "{{Justin|c106|RELATIVE}} also known to school). Young person says brother's friends at the house drink in the "
     "day and she stays in her room. No direct harm disclosed. DSL advised: record, monitor, review in 2/52, "
     "lower threshold if anything new."),

    ("email", "direct", None,
     "Subject: my son\n\n"
     "Dear Doctor,\n\n"
     "I am {{Cassidy|c367|RELATIVE}}, mother of {{Ryan Smith|c367|FULL_NAME}}. I write you because the school is calling me two time "
     "this week, {{Ryan|c367|GIVEN_NAME}} is not going to class after lunch. His father {{Bobby|c367|RELATIVE}} and me we are not living "
     "together now since January, maybe this is the reason. Please can you speak with him about this in the next "
     "session? He does not tell me anything.\n\n"
     "Thank you very much,\n{{Cassidy|c367|RELATIVE}}"),

    ("team_note", "direct", None,
     "Voicemail transcript (auto), 16:42\n"
     "\"hi this is thomas from the tuesday group um my mum said to call you to move my appointment my number is "
     "{{nine four oh three five seven six nine six three|c351|PHONE}} thanks bye\"\n"
     "-- called back 17:05, moved to Weds 4pm."),

    ("email", "direct", None,
     "Subject: Re: meeting with school\n\n"
     "Hi Colm, the school got the name wrong on their form again: they have her as \"{{Eugenie Stiebits|c092|MISSPELLED_NAME}}\". "
     "Could you ask them to correct it before it goes onto the safeguarding log? Family are understandably upset "
     "about it and {{Judith|c092|RELATIVE}} has asked twice now.\nAoife"),

    ("email", "direct", None,
     "Subject: liaison, college counselling centre\n\n"
     "Hi Sinead, quick one. {{Jezza|c167|NICKNAME}} (he won't answer to anything else) has asked me to liaise with you "
     "at the counselling centre about extensions. He's happy for me to share that he's in treatment for depression "
     "but nothing about his family. Release attached. Best, Ronan"),

    ("team_note", "direct", None,
     "Safeguarding log, wk 12 (internal)\n"
     "- {{Spencer Smith|c149|FULL_NAME}}: online exploitation concern, DSL informed, joint mtg Fri\n"
     "- {{Thomas Giles|c351|FULL_NAME}}: referral made Mon, social worker allocated (Ms Okoro)\n"
     "- {{Amanda Shepherd|c106|FULL_NAME}}: monitor, review 2/52\n"
     "Log kept in locked drawer, not on the shared drive."),

    ("email", "direct", None,
     "Subject: updated contact\n\n"
     "Admin note: {{Rachel Estrada|c211|FULL_NAME}} wants appointment reminders to go to her own email now, "
     "{{rachel.estrada@outlook.com|c211|EMAIL}}, not her mum's. She's 16 and we can do that. Please update."),

    ("email", "direct", None,
     "Subject: Miss {{Tomé|c290|FAMILY_NAME}}, attendance\n\n"
     "Dear colleague,\n\nFurther to our telephone conversation, Miss {{Tomé|c290|FAMILY_NAME}}'s attendance this term "
     "stands at 71%. We are aware that she is attending therapy and we are keen to work together. Her father has "
     "asked for all letters to be sent in Portuguese as well as English.\n\n"
     "Yours faithfully,\nMr D. Hegarty\nAttendance Officer"),

    # quasi
    ("team_note", "quasi", None,
     "DSL consult (no names given to DSL): 16 y/o girl at {{Grant Preparatory Academy|c087|SCHOOL}}, lives with mum "
     "{{Molly|c087|RELATIVE}}. Concern re mum's new partner and bathroom boundaries. DSL view: enough for a "
     "conversation with mum, not yet a referral. Document and revisit."),

    ("case_presentation", "quasi", None,
     "Peer consult\n"
     "Boy, 17, {{Kennedy High School|c351|SCHOOL}}. Disclosed physical chastisement by father; mum, "
     "{{Tiffany|c351|RELATIVE}}, was in the next room and did not intervene. He asked me not to tell anyone and I "
     "told him I had to. He hasn't come back since. How do others hold the rupture when the referral was the right "
     "call?"),

    ("email", "quasi", None,
     "Subject: young person, {{Lancaster High School|c360|SCHOOL}}\n\n"
     "Hi Colm, I have a 16-year-old from {{Lancaster High School|c360|SCHOOL}} who arrived from Greece last year. Her "
     "sister {{Έλλη|c360|RELATIVE}} interprets for their mum at every appointment, which is not ideal for anything "
     "sensitive. Do we have a Greek interpreter on the list? Aoife"),

    ("team_note", "quasi", None,
     "Edison High liaison: 11th grader at {{Edison High School|c244|SCHOOL}} who works late shifts at "
     "{{Grand Kingston Hotel|c244|EMPLOYER}}; asleep in class. Counselor wants a joint plan with the parents. "
     "Consent to be confirmed."),

    ("case_presentation", "quasi", None,
     "Case for the adolescent group, no names\n"
     "13, {{Adams Middle School|c367|SCHOOL}}. Parents separated in January; dad, {{Bobby|c367|RELATIVE}}, moved out and "
     "the boy has started leaving school after lunch. Mum's English is limited and she writes to me most weeks. I'd "
     "like to think about how to bring dad in."),

    # benign
    ("case_presentation", "benign", "deidentified",
     "Safeguarding consultation (de-identified for supervision)\n"
     "Young Person A, aged 14, attends a local secondary school. YP A disclosed that an older sibling's friends drink "
     "at the family home during the day. No direct harm disclosed. Clinician consulted the DSL, who advised "
     "recording, monitoring and review in two weeks. Learning point: a disclosure that doesn't meet threshold still "
     "needs a plan and a date."),

    ("email", "benign", "staff",
     "Subject: new DSL\n\n"
     "Please note: from Monday Colm Dunleavy is our designated safeguarding lead and Deirdre Sinclair is deputy. If "
     "you can't reach either of them, ring the duty line. Do not email safeguarding concerns to individual inboxes."),

    ("team_note", "benign", "name_as_word",
     "Training feedback: staff asked for more on how to pat down worries without dismissing them, and whether a "
     "school can bill parents for missed counselling. (No, it can't.) Grace, the trainer, was excellent; we will "
     "book her again."),

    ("social_post", "benign", "nonclient_namesake",
     "My son Spencer just asked why I always check who's in the car park before I leave work. Had to explain "
     "confidentiality to a seven-year-old. He decided I'm a spy. 🕵️"),

    ("email", "benign", "single_quasi",
     "Subject: Edison High School liaison slot\n\n"
     "The counselor at Edison High School has offered us a regular Thursday liaison slot, 2:30 to 3:00. Anyone with "
     "students there is welcome to use it; book through me. Beverley"),

    ("team_note", "benign", "different_clients",
     "Waiting list notes: one referral from Lancaster High School (no family details yet); one where the referrer "
     "only gave the mum's first name, Molly. Can't allocate either until we have more."),

    ("case_presentation", "benign", "public_figure",
     "Safeguarding refresher: Working Together 2023 and the Laming report. Read the summary of the Victoria Climbié "
     "inquiry before the session; we'll discuss how information was lost between agencies and what that means for a "
     "small private practice."),

    ("social_post", "benign", "therapy_life",
     "The hardest part of safeguarding isn't making the call. It's the next session, when they decide whether they "
     "still trust you. Keep showing up. 💙 #childtherapist"),

    ("email", "benign", "scheduling",
     "Subject: school visits, spring term\n\n"
     "Hi both, I've put the spring school visits in the shared calendar: Roosevelt on the 4th, Kennedy on the 11th, "
     "Edison on the 18th. Please pair up for each visit; nobody goes alone. Ronan"),
]
