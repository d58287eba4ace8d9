# Voice: mixed hands and formats, built around names that are also words, months,
# brands and celebrities -- the same surface form as a client in one document and as a
# word, a public figure, a staff member or the writer's family in the next. Also names
# in lower case, in "Family, Given" order, with a stray character, without their
# diacritics, and in Greek and Chinese script.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("email", "direct", None, """Invitation: {{Emma Stone|c003|FULL_NAME}} - review @ Thu 5 Jun 2025 11am - 11:50am (BST)

Organiser: Niamh Keane
Guests: Niamh Keane, Dawn Pritchard

Room 3. Please bring the solicitor's letter re: records.

Going? Yes - Maybe - No   more options"""),

    ("team_note", "direct", None, """id,name,dob,role,start
3317,"{{Jordan, Michael|c107|FULL_NAME}}",{{1962-07-06|c107|DOB}},care assistant,2025-04-02"""),

    ("email", "direct", None, """Subject: Re: {{Andrew Jackson|c198|FULL_NAME}}, Year 10

Hi Mr Osei,

Thanks for your email. Yes, {{Drew|c198|NICKNAME}} is still attending and, with his and his mum's consent, I'm happy to join the review meeting. He prefers {{Drew|c198|NICKNAME}} - the full name gets a lot of jokes about the twenty-dollar bill.

Best,
Will Fairbairn"""),

    ("team_note", "direct", None, """Voicemail 08:47: "Hi, it's {{James Brown|c130|FULL_NAME}} - not the singer, ha - calling to rearrange Friday, I've got a boiler job out of town. Best number is {{606 414 7054|c130|PHONE}}. Cheers." """),

    ("team_note", "direct", None, """Grace Adeyemi  3:12 PM
new client Thursday is {{Michael Scott|c342|FULL_NAME}}. Yes. I know. Please nobody say "that's what she said" in the waiting room :upside_down_face:
Will Fairbairn  3:13 PM
no promises"""),

    ("team_note", "direct", None, """Rang {{May|c222|GIVEN_NAME}} re: Thursday - she's on nights at the hospital all week, so I've moved her to Mon 9 June, 10am. She was fine about it. - D"""),

    ("team_note", "direct", None, """{{Will R.|c205|NICKNAME}} DNA'd again (3rd). Wife rang after - he's been doing double shifts on the dispatch desk. Please don't send the standard letter, I'll call him."""),

    ("team_note", "direct", None, """{{Pat Wyatt|c031|NICKNAME|nickname_full}} (the hygienist) wants to come fortnightly over the summer. His partner {{Maria|c031|RELATIVE}} is having surgery in July."""),

    ("team_note", "direct", None, """{{Jan|c027|GIVEN_NAME}} K. has cancelled the rest of June - his dog is having surgery and he won't leave her. Back 3 July. Jan-June summary letter for the GP still to do."""),

    ("team_note", "direct", None, """spoke to {{dean durham|c216|FULL_NAME}}'s daughter {{megan|c216|RELATIVE}} on the phone, she's worried he isn't eating since her mum went into the hospice. he's agreed to let her come to the next session"""),

    ("email", "direct", None, """Subject: letter

Hi Chloé, the school wants a letter confirming {{Sunny Blackwel!|c201|MISSPELLED_NAME}} attends weekly - can you sign the attached? Sorry about the typo in the name, I'll fix it before it goes. Joy"""),

    ("team_note", "direct", None, """{{Espinoza, Patricia|c214|FULL_NAME}} ("{{Pat|c214|NICKNAME}}") - moved to Weds 8am for the summer, works at the garage from 9."""),

    ("team_note", "direct", None, """Re: {{Kaitlin Montgomery|c247|MISSPELLED_NAME}} - mum rang, school trip on the 12th, can we move to the 19th?"""),

    ("email", "direct", None, """Subject: Interpreter booking - Greek

Hi,

Could we book a Greek interpreter for Tuesday 10 June, 2-3pm, for our client {{Πανταζής Ανδρουλιδάκης|c010|FULL_NAME}} ({{Androulidakis|c010|FAMILY_NAME}} in the system - the transliteration varies)? In person preferred.

Thanks,
Dawn"""),

    ("team_note", "direct", None, """Interpreter (Mandarin) confirmed for {{黄勇|c351|FULL_NAME}}, Thurs 12 June 10am. Radiographer, works shifts, so please don't move it."""),

    ("team_note", "direct", None, """Letter returned - addressed to {{Helene Herve|c279|FULL_NAME}} (no accents on the envelope, postman couldn't find the street). Check address with her Weds."""),

    # ---------------------------------------------------------------- benign
    ("social_post", "benign", "celebrity_namesake", """Random thought at 11pm: the US $20 bill is *still* Andrew Jackson. A man responsible for the Trail of Tears, in every wallet. Intergenerational trauma is not abstract. #history #therapistthoughts"""),

    ("social_post", "benign", "celebrity_namesake", """Michael Scott from The Office is honestly the best teaching example of anxious attachment I've ever found. Every trainee I supervise gets the "Dinner Party" episode as homework. 📺"""),

    ("social_post", "benign", "public_figure", """Watched Brian Cox's lecture on the size of the universe last night and felt my problems shrink to a pleasing scale. Recommend as a bedtime grounding exercise 🌌"""),

    ("email", "benign", "public_figure", """Subject: article for journal club

Did anyone see David Brooks's column on loneliness this week? Not sure I agree with all of it but it'd make a good discussion piece for Thursday. Link in the shared folder.

Mark"""),

    ("team_note", "benign", "name_as_word", """HOPE, GRACE AND THE ART OF SAYING NO
Workshop notes - 16 May

- Hope is a behaviour, not a feeling (Snyder)
- Grace: for ourselves first
- Saying no is a skill; practise with low stakes
- "May I think about it and get back to you?" = magic sentence"""),

    ("email", "benign", "nonclient_namesake", """Subject: May meeting

Will you be at the May meeting? Mark it in your diary - it's the one where we vote on the new rota.

Joy"""),

    ("social_post", "benign", "name_as_word", """Dawn chorus at 4.45am 🐦 Faith in humanity restored by the bakery opening at 6. Summer is coming, friends."""),

    ("team_note", "benign", "name_as_word", """hope ur ok! will ring u later, sorting the rota x"""),

    ("team_note", "benign", "name_as_word", """SUMMER HOURS (June - August)
Mon-Thu 8am-7pm
Fri 8am-4pm
Sat closed
Sage advice from Grace: book your leave NOW."""),

    ("team_note", "benign", "nonclient_namesake", """Rose from the GP surgery called - they've changed their fax number (don't ask why anyone still has a fax). New number on the board by the printer."""),

    ("social_post", "benign", "nonclient_namesake", """Leaving early tonight for my daughter Grace's school play - she's a tree, and she is taking it very seriously 🌳 #workingmum"""),

    ("team_note", "benign", "name_as_word", """Chase bank app down again so the card machine isn't working. Clients can pay by transfer or cash today, sorry!"""),

    ("team_note", "benign", "name_as_word", """Someone has left a Ford Focus in the car park with its lights on - reg ending KDX. Not one of ours?"""),

    ("team_note", "benign", "public_figure", """Listening list for the drive:
- Esther Perel, Where Should We Begin?
- Brené Brown, Unlocking Us
- Irvin Yalom interview on Radio 4
- Joy Division, Unknown Pleasures (for the mood)"""),

    ("team_note", "benign", "nonclient_namesake", """auto-generated captions

thanks everyone and a big thank you to sandra and kwame for organising the away day and to will for the quiz which was too hard"""),

    ("email", "benign", "name_as_word", """Subject: Frank feedback welcome

Hi all, the draft leaflet is attached. Frank feedback welcome - be as rich with the red pen as you like. I've used "hope" eleven times, which is probably ten too many. Deadline April 30th is not real, May 2nd is.

Ben"""),

    ("team_note", "benign", "nonclient_person", """Returned post: Thornbury, Gregory - "not known at this address". Not ours, I think he was the GP surgery's. Passing back. D."""),

    ("social_post", "benign", "name_as_word", """Therapist vocabulary, ranked:
1. "Hmm"
2. "Say more"
3. "What do you make of that?"
4. "Will you try it this week?"
5. "Mark that moment" 🎯"""),
]
