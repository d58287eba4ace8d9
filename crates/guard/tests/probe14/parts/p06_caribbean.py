# The Caribbean: Jamaican Patois, Trinidadian and Bajan English ("mi soon come", "pickney", "cyah",
# "doh", "liming", "big up", "wunna", Miss + given name), DD/MM dates and "4th November '79",
# 1-876 numbers of non-clients; Hope Road, Georgetown (Guyana), and a sprinter who shares a client's name.
DOCS = [
    # ---------------- direct ----------------
    ("team_note", "direct", None,
     "{{Janice|c082|GIVEN_NAME}} mother ({{Susan|c082|RELATIVE}}) call seh di pickney nah go school from Monday. Mi tell "
     "her seh mi soon come back to her. Need fi book a family session this week."),
    ("email", "direct", None,
     "Good afternoon Miss,\n\nMrs {{Sherman|c085|FAMILY_NAME}} called to say she cyah make it Thursday, she have court "
     "whole day. Doh worry, she go call back to reschedule.\n\nRegards,\nKeisha"),
    ("case_presentation", "direct", None,
     "Case presentation – UWI Cave Hill, clinical seminar\n\nClient: {{Alisha Higgins|c088|FULL_NAME}}\nDOB: "
     "{{20/02/1954|c088|DOB}}\nOccupation: radiographer, {{Brookfield Medical Center|c088|EMPLOYER}}\nLives with partner "
     "{{Carlos|c088|RELATIVE}}. Presenting with low mood and anhedonia following retirement planning at work.\n"
     "Focus for discussion: meaning-making in late career."),
    ("social_post", "direct", None,
     "Big up {{Mickey|c357|NICKNAME}}! Yuh reach far, my yute 🙌🏾 From not able to get outta bed to back in the classroom "
     "after our sessions. Nuff respect."),
    ("team_note", "direct", None,
     "Call {{Jared|c092|GIVEN_NAME}} pon {{864-647-2201|c092|PHONE}} fi confirm Friday. If him nuh pick up, leave a likkle "
     "voice note."),
    ("email", "direct", None,
     "Hi Marcia,\n\nThe firefighter client asked us to send the form to her new email: "
     "{{barbarajuarez95 at outlook dot com|c086|EMAIL}}. Please update it, the old one bouncing.\n\nThanks,\nDevon"),
    ("team_note", "direct", None,
     "Mr {{Avila|c094|FAMILY_NAME}} move – new address {{7655 Spring Terrace, Hudson|c094|ADDRESS|street}}. Statement must "
     "go there from now on."),
    ("team_note", "direct", None,
     "Peer consult: Dr {{S.B.|c095|INITIALS}} (surgeon at {{Winchester General|c095|EMPLOYER}}) – perfectionism and "
     "alcohol use on days off. Group recommend MI and a medical review."),
    ("social_post", "direct", None,
     "When {{Margret Townsend|c097|MISSPELLED_NAME}} walk into session today and seh 'Miss, mi did the homework' – mi "
     "nearly cry 😭 Therapy work, wunna."),
    ("email", "direct", None,
     "Good day Miss,\n\nIs {{Lisa|c089|RELATIVE}} here, {{Samantha|c089|GIVEN_NAME}} sister. {{Samantha|c089|GIVEN_NAME}} nuh well at all this "
     "week, she nah eat nor sleep. Beg yuh call her when yuh get a chance.\n\nBless,\n{{Lisa|c089|RELATIVE}}"),
    ("team_note", "direct", None,
     "New intake: Ms {{Amanda Taylor|c098|FULL_NAME}}, DOB {{4th November '79|c098|DOB}}, police officer. Wife "
     "{{Amanda|c098|RELATIVE}} (yes, same name) will come to the second session."),
    ("team_note", "direct", None,
     "Thursday roster: {{Monna|c084|NICKNAME}} 10am, {{Maggy|c097|NICKNAME}} 11am, and di new gentleman at 2. "
     "Miss Ivy from reception will set up room 4."),
    # ---------------- quasi ----------------
    ("team_note", "quasi", None,
     "Di young girl from {{Springfield High|c082|SCHOOL}} – her big brother {{Derrick|c082|RELATIVE}} come to collect her "
     "today. Need to check who is allowed to pick her up."),
    ("email", "quasi", None,
     "Good day,\n\nNew client is a lawyer at {{Kingston Credit Union|c085|EMPLOYER}} – the same one who was "
     "{{in the Florence Herald for climbing every peak in the state|c085|DISTINCTIVE|fact|Florence Herald for climbing}}. "
     "Presenting with burnout. Please add to my list.\n\nRegards,\nAndre"),
    ("social_post", "quasi", None,
     "My client {{owns the bakery on Thompson Lane|c088|DISTINCTIVE|fact|bakery on Thompson Lane}} and "
     "{{sings lead for the Silver Owls|c088|DISTINCTIVE|fact|sings lead in the local band the Silver Owls}} on weekends. "
     "Talk bout a woman who can juggle! 🎶🍞"),
    ("case_presentation", "quasi", None,
     "Case presentation – Kingston (JA) counselling seminar\n\nA roofer in her sixties who coaches "
     "{{the Brookfield Tigers under-14 soccer team|c089|DISTINCTIVE|fact|Brookfield Tigers under-14}} and "
     "{{the Brookfield Falcons under-14 lacrosse side|c089|DISTINCTIVE|fact|Brookfield Falcons under-14}}. "
     "Presenting: exhaustion, chest tightness, 'cyaan say no to di pickney dem'. Discussion: boundaries and burnout."),
    ("email", "quasi", None,
     "Hi Sharlene,\n\nThe accountant from {{Green Realty|c092|EMPLOYER}} who was on "
     "{{The Voice, season 25|c092|DISTINCTIVE|fact|season 25 of The Voice}} wants to use singing in his sessions. Any "
     "music therapist we can refer to?\n\nBless,\nTrevor"),
    ("team_note", "quasi", None,
     "Insurance {{adjuster|c094|DISTINCTIVE|occupation}} from {{Hudson|c094|ADDRESS|city}} who "
     "{{plays harp in the Plymouth Symphony|c094|DISTINCTIVE|fact|harp in the Plymouth}} – wants to pause sessions during "
     "concert season. Fine by me."),
    ("social_post", "quasi", None,
     "Client hosts {{the Backyard Detective podcast|c095|DISTINCTIVE|fact|Backyard Detective}} AND "
     "{{plays bassoon with the Plymouth Symphony|c095|DISTINCTIVE|fact|bassoon in the Plymouth}}. Some people have 48 "
     "hours in a day, I swear 😂"),
    # ---------------- benign ----------------
    ("social_post", "benign", "public_figure",
     "Watching Bolt's 9.58 again 🇯🇲⚡ Before him, Michael Johnson's 200m record felt untouchable. Athletes and mental "
     "pressure – big topic for my next workshop."),
    ("social_post", "benign", "public_figure",
     "Brian Lara 400 not out and Chris Gayle's sixes – that's my therapy, yes. Liming at the Oval this weekend 🏏"),
    ("social_post", "benign", "word_name",
     "Went to the Bob Marley Museum on Hope Road in Kingston today. 'Emancipate yourselves from mental slavery' – "
     "still the best mental health line ever written 🎶"),
    ("team_note", "benign", "colleague_staff",
     "Nurse Ivy will take the BP readings before group on Tuesday. Thanks Ivy, yuh a star."),
    ("email", "benign", "nonclient_contact",
     "Dear team,\n\nJamaica mental health helpline: 888-639-5433 (888-NEW-LIFE). Trinidad Lifeline: 1-868-645-2800. "
     "Our Kingston office main line: 1-876-555-0143.\n\nRegards"),
    ("case_presentation", "benign", "deidentified",
     "De-identified case: A 16-year-old boy from a rural parish, living with his grandmother, referred by school for "
     "aggression. Father abroad, mother deceased. Discussion: barrel children, attachment and the role of the extended "
     "family in Caribbean contexts."),
    ("social_post", "benign", "single_quasi",
     "Had a client today who works at Green Realty and spent the whole session on the housing market. Wah di world "
     "come to 😩"),
    ("team_note", "benign", "writer_family",
     "Out Monday – mi granny Miss Maggie turning 90 and the whole family going to Mandeville. Happy birthday Granny!"),
    ("social_post", "benign", "colleague_staff",
     "Liming with the team after work – Precious and Lucky brought doubles and Goodness made sorrel. Bless up, family 🇹🇹"),
    ("social_post", "benign", "nonclient_person",
     "Flying back to Georgetown for my cousin's wedding – he's a lawyer now, can you believe? Guyana, here I come 🇬🇾"),
]
