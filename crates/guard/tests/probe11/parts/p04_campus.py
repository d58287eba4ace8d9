# University counselling centres: small colleges where the counsellor also teaches,
# sits on the conduct panel and knows the RAs by name. Students, and a few faculty.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("team_note", "direct", None,
     "Counseling Ctr - walk-in log 10/14. {{Bill|c031|NICKNAME}}, sophomore, came in after his brother {{Kevin|c031|RELATIVE}} "
     "texted the RA. Denies SI. Stressed re: midterms + band stuff ({{plays bass|c031|DISTINCTIVE|fact|plays bass in the local band the Electric Bicycles}}). Scheduled intake Thurs 2pm w/ Dr. Osei."),

    ("case_presentation", "direct", None,
     "Clinical team meeting - case consultation\n\n"
     "{{Iris|c201|GIVEN_NAME}} is a 19-year-old student who {{coaches an under-10 lacrosse team in Oakland|c201|DISTINCTIVE|fact|Oakland Falcons under-10 lacrosse}} on weekends. "
     "She presents with disordered eating that began when {{a video of her ferret got several million views|c201|DISTINCTIVE|fact|ferret named Noodle}} and "
     "strangers started commenting on her body. She says coaching is the one place she feels competent. Her sister "
     "{{Karen|c201|RELATIVE}} is aware and supportive.\n\n"
     "Question: is it appropriate to suggest she step back from social media entirely, when the ferret account is "
     "also how she earns money?"),

    ("email", "direct", None,
     "Subject: your appointment\n\n"
     "To: {{sandra899@yahoo.com|c020|EMAIL}}\n\n"
     "Hi, this is the Counseling Center confirming your appointment on Monday at 3:00 pm with Ms. Alvarez. If you need "
     "to reschedule, reply to this email or call the front desk.\n\n"
     "Counseling & Psychological Services"),

    ("team_note", "direct", None,
     "Risk review. {{Ronald Palmer|c030|FULL_NAME}}: freshman, works shifts at {{Thomas Foods|c030|EMPLOYER}}. {{Ran in the "
     "Waverly mayoral race two years ago|c030|DISTINCTIVE|fact|mayor of Waverly in 2023}} and lost badly; says the online comments 'haven't stopped'. Passive SI, no "
     "plan. Safety plan updated. Weekly."),

    ("email", "direct", None,
     "Subject: accommodation letter\n\n"
     "Dear Professor Nakamura,\n\n"
     "{{Sherry Delgado|c091|MISSPELLED_NAME}} is registered with our office and has asked me to confirm that she is "
     "entitled to extended time on exams. I cannot share details. Her father {{Paul|c091|RELATIVE}} may contact you; "
     "please refer him to the student.\n\n"
     "Regards,\nHelen Drummond, Disability & Counseling Services"),

    ("team_note", "direct", None,
     "Intake (transcribed from form). Student, DOB {{6 Dec 2005|c227|DOB}}. {{Plays cello|c227|DISTINCTIVE|fact|cello in the Dayton Symphony}}, sister {{Jessica|c227|RELATIVE}} "
     "also at the university. Reason: 'can't stop crying in practice rooms'. Angel on the front desk booked her with "
     "Dr. Osei."),

    ("team_note", "direct", None,
     "Callback needed: {{Timothy Wilcox|c246|FULL_NAME}}, {{(513) 224-4069|c246|PHONE}}. Missed his 11am. RA reports "
     "he's not left his room since Saturday. Welfare check if no reply by 4pm."),

    ("team_note", "direct", None,
     "Group roster - Men's Connection (Thurs). New: {{Tony|c321|NICKNAME}} (junior, partner {{Misty|c321|RELATIVE}}). "
     "Returning: 5. Facilitator: Dr. Osei. Room 214."),

    ("email", "direct", None,
     "Subject: consultation\n\n"
     "Hi Dr. Osei,\n\n"
     "Quick consult on {{C.C.|c385|INITIALS}}, the harpist who {{plays with the Glendale Symphony|c385|DISTINCTIVE|fact|Glendale Symphony}}. "
     "She's been having panic attacks before rehearsals and asked whether we can write to the conductor. I'm "
     "hesitant. Can we talk at 2?\n\n"
     "Thanks,\nMaya (practicum)"),

    ("team_note", "direct", None,
     "Outreach: {{Rocio Cardenas|c098|FULL_NAME}} (1st yr) no-show x2. Mother {{Marta|c098|RELATIVE}} emailed the Dean asking "
     "whether her daughter is 'in counseling'. Dean forwarded to us. Response: we cannot confirm or deny. Call student."),

    ("email", "direct", None,
     "Subject: EAP for faculty\n\n"
     "Hi Rachel,\n\n"
     "{{Professor Rios|c348|FAMILY_NAME}} from the history department came to the faculty clinic today. He's asked that "
     "nothing goes through the department, given he's up for tenure. His wife {{Theresa|c348|RELATIVE}} will call to "
     "book the couples slot.\n\n"
     "Best,\nAnil"),

    ("team_note", "direct", None,
     "Faculty/staff EAP note: {{Jennie Jackson|c226|NICKNAME|nickname_full}} ({{lecturer|c226|DISTINCTIVE|occupation}}) asked that reminders go "
     "to her personal email, {{jenniferj87@fastmail.com|c226|EMAIL}}, not the college one."),

    # ---------------------------------------------------------------- quasi
    ("team_note", "quasi", None,
     "Consult: {{Roosevelt College|c038|SCHOOL}} first-year, Greek family. Father {{Αδαμάντιος|c038|RELATIVE}} "
     "phoned twice asking for updates. Student is 18, so no. Student anxious about disappointing dad."),

    ("social_post", "quasi", None,
     "This semester one of our {{Jackson College|c005|SCHOOL}} students, the artist behind {{the mural on Melendez "
     "Lane|c005|DISTINCTIVE|fact|Melendez Lane}}, led our art-as-therapy workshop. Thirty students came. Beautiful "
     "work. #collegementalhealth #arttherapy"),

    ("email", "quasi", None,
     "Subject: Re: student referral\n\n"
     "Dear Ms. Ellison,\n\n"
     "Thank you. I believe the student you describe, the {{Madison Community College|c010|SCHOOL}} student who "
     "{{ran for mayor of Burlington in 2015|c010|DISTINCTIVE|fact|mayor of Burlington in 2015}}, is already known to our "
     "service. Please ask him to contact us directly; his brother {{Olgierd|c010|RELATIVE}} cannot book on his behalf.\n\n"
     "Regards,\nCounselling Service"),

    ("team_note", "quasi", None,
     "Walk-in: {{Lebanon CC|c170|SCHOOL}} student, the one who {{was on Wheel of Fortune, season 28|c170|DISTINCTIVE|fact|season 28 of Wheel of Fortune}}. "
     "Sister {{Joanne|c170|RELATIVE}} recently diagnosed with cancer. Intake booked."),

    ("case_presentation", "quasi", None,
     "Practicum presentation.\n\n"
     "Client is a {{Madison Community College|c171|SCHOOL}} student who also works at {{Manchester Brewing Company|c171|EMPLOYER}} "
     "and hosts {{a true crime podcast, The Honest Birder|c171|DISTINCTIVE|fact|Honest Birder}}. Presenting with intrusive "
     "thoughts that began after researching a local murder for an episode."),

    ("social_post", "quasi", None,
     "Our {{Carver College|c232|SCHOOL}} peer mentor (you know her, {{the iguana named Turnip|c232|DISTINCTIVE|fact|iguana named Turnip}}) "
     "ran a sold-out session on managing online attention. Thank you! #peerSupport #campusWellness"),

    ("team_note", "quasi", None,
     "For Dr. Osei: {{University of Marion|c256|SCHOOL}} transfer student, the one who "
     "{{ran for mayor of Kingston in 2021|c256|DISTINCTIVE|fact|mayor of Kingston in 2021}}. Says the campaign "
     "'broke something'. Requesting long-term referral."),

    # ---------------------------------------------------------------- benign
    ("social_post", "benign", "public_figure",
     "Half my 2pm group skipped to get Taylor Swift tickets, and honestly? Valid. See you all next week. "
     "#collegelife #counselingcenter"),

    ("team_note", "benign", "single_attribute",
     "Outreach stats: 14 students from University of Burlington attended the stress-less fair. Feedback positive."),

    ("team_note", "benign", "fits_several",
     "Note: a Carver College student with a viral pet named Turnip asked about group therapy. Front desk didn't get a "
     "name and there is more than one of those on campus, it turns out. Follow up when she calls back."),

    ("social_post", "benign", "name_as_word",
     "Reminder: the iris of your eye can tell you a lot about stress, but that's not what our eye-mask giveaway is "
     "about. Come grab one, be an angel to yourself, and get some sleep. #finalsweek"),

    ("email", "benign", "not_a_client",
     "Subject: Welcome, new staff\n\n"
     "Please welcome Dr. Kwame Osei (clinical director), Maya Lindqvist (practicum) and Angel Ruiz (front desk). "
     "Dean of Students Dr. Pamela Hurst will join our meeting on Friday."),

    ("team_note", "benign", "different_clients",
     "Room bookings: a Hamilton College student needs the quiet room Mon; a Carver College student needs it Weds. "
     "Different people."),

    ("email", "benign", "writer_family",
     "Subject: parent weekend\n\n"
     "Hi Dean Hurst, my daughter Iris starts at Carver in the fall, so I'll be on the parent panel as a parent, "
     "not as counseling staff. Is that okay? - Helen"),

    ("case_presentation", "benign", "deidentified",
     "De-identified case for training. Student X, 20, second year, first-generation college student. Presents with "
     "impostor feelings and insomnia. Key teaching point: cultural humility when family is part of the presenting "
     "problem."),

    ("social_post", "benign", "fits_several",
     "A Roosevelt College student who hosts a podcast came by to ask if we'd be guests. Loved the idea. No, we're not "
     "telling you which podcast. #campusmentalhealth"),
]
