"""Mixed: other languages and scripts, word-names used as names and as words, namesakes, shorthand."""

DOCS = [
    ("team_note", "direct", None,
     "Séance familiale, mardi. Présents : {{Hélène|c301|GIVEN_NAME}}, son mari, et leur fils {{Marc|c301|RELATIVE}} "
     "(19 ans). {{Marc|c301|RELATIVE}} a parlé pour la première fois du départ de son père en 2019; "
     "{{Hélène|c301|GIVEN_NAME}} a pleuré. Ambiance plus calme en fin de séance. Prochaine séance dans deux semaines. "
     "(Summary for the English file: first family session where the son spoke about the father leaving.)"),

    ("team_note", "direct", None,
     "Couples s2: {{张宁|c027|FULL_NAME}} and his wife {{张洁|c027|RELATIVE}}. Interpreter (Mandarin) present, Ms Lin "
     "from the agency. Wife did most of the talking; he nodded a lot and said at the end, through the interpreter, "
     "\"she is right about everything except the money.\" Progress."),

    ("email", "direct", None,
     "Subject: Greek interpreter, family session\n\n"
     "Hi Gwen, for Thursday's family session with {{Φοίβος Κούρτης|c229|FULL_NAME}} and his son "
     "{{Παναγής|c229|RELATIVE}} we need the Greek interpreter again, please. Same one as last time if possible; the son "
     "liked her. Thanks, Adaeze"),

    ("team_note", "direct", None,
     "New couples referral: {{Will Smith|c299|FULL_NAME}} (no, not that one; he's 22 and a student) and his husband "
     "{{Scott|c299|RELATIVE}}. Issue: {{Will|c299|GIVEN_NAME}}'s mother {{Danielle|c299|RELATIVE}} has moved in "
     "with them. Booked for Thurs."),

    ("case_presentation", "direct", None,
     "Family case for Thursday's team meeting\n"
     "{{Grace Montes|c164|FULL_NAME}}, 33, and her daughter {{Teresa|c164|RELATIVE}}, 12. {{Grace|c164|GIVEN_NAME}} "
     "describes the last year as 'surviving by grace and coffee'. {{Teresa|c164|RELATIVE}} has stopped visiting her father's house. "
     "{{Grace|c164|GIVEN_NAME}} wants help to talk to her about it without turning her against him.\n"
     "Question: whether to see the daughter alone first."),

    ("email", "direct", None,
     "Asunto: cita de pareja\n\n"
     "Buenas tardes,\n\n"
     "Le escribo para confirmar la cita de {{Azeneth|c283|GIVEN_NAME}} con su esposo, {{José Luis|c283|RELATIVE}}, el "
     "jueves a las 6. Ella pidió que la sesión sea en español si es posible. Su hermana {{Fidela|c283|RELATIVE}} la "
     "va a traer en coche.\n\n"
     "Saludos,\nPaloma (recepción)"),

    ("team_note", "direct", None,
     "Consult (Deepa): {{Katy|c039|GIVEN_NAME}} aur uski beti {{Svenja|c039|RELATIVE}} aaj aaye the. Bahut tension "
     "mein thi dono. Daughter says mum is 'always at work', mum says daughter is 'always on the phone'. Same old story "
     "but the pain is real. Will see them together again next week, then one session each."),

    ("team_note", "direct", None,
     "Notatka (PL/EN): Pan {{Smektała|c084|FAMILY_NAME}} przyszedł z mężem ({{Tymoteusz|c084|RELATIVE}}, not registered). Rozmowa o "
     "synu, {{Iwo|c084|RELATIVE}}, who refuses to visit. Husband very supportive. Next: invite the son by letter."),

    ("case_presentation", "direct", None,
     "INTAKE\n"
     "Name: {{June Novak|c113|FULL_NAME}}\n"
     "DOB: {{17 June 2000|c113|DOB}}\n"
     "Referred by: self, after her brother {{Todd|c113|RELATIVE}}'s overdose in May\n"
     "Requesting: family sessions with her parents and brother, eventually; individual for now\n"
     "Risk: none disclosed\n"
     "Notes: she works long hours and prefers early evening."),

    # quasi
    ("team_note", "quasi", None,
     "New couples referral: {{firefighter|c262|DISTINCTIVE|occupation}} in {{Troy|c262|ADDRESS|city}}, mid 30s, up "
     "before dawn most days, and her husband {{David|c262|RELATIVE}}. Both want help with the 'roommates' feeling since "
     "their daughter was born. Evenings only."),

    ("social_post", "quasi", None,
     "Today a couple I work with showed me the video of their {{pig, Kevin the Second, that went "
     "viral|c262|DISTINCTIVE|fact|pig named Kevin the Second}}, and she told me she {{plays cello with the Fairview "
     "Symphony|c262|DISTINCTIVE|fact|cello in the Fairview Symphony}} to get away from the pig. Couples work is never "
     "boring. 🐷🎻"),

    ("email", "quasi", None,
     "Subject: couples referral\n\n"
     "Hi Meera, the wife is a {{delivery driver|c176|DISTINCTIVE|occupation}} in {{Lexington|c176|ADDRESS|city}} and "
     "{{was on The Voice (season 22!)|c176|DISTINCTIVE|fact|season 22 of The Voice}}; her husband is keen on couples "
     "work, and she agreed 'with good grace', his words. Could you see them? Paloma"),

    ("team_note", "quasi", None,
     "Family referral: mum {{found a Civil War sword at a garage sale and made the Milford Herald|c164|DISTINCTIVE|fact|Milford Herald for finding}}; "
     "she also {{hosts a birdwatching podcast, the Small Town Skeptic|c164|DISTINCTIVE|fact|Small Town Skeptic podcast about birdwatching}}. "
     "Daughter 12, not visiting dad. Offer family assessment."),

    ("case_presentation", "quasi", None,
     "Couples consult\n"
     "One partner is a {{lecturer|c391|DISTINCTIVE|occupation}} in {{Waverly|c391|ADDRESS|city}}, 73, who also "
     "{{sits on the Eastport city council for Ward 2|c391|DISTINCTIVE|fact|Ward 2 on the Eastport}}. The other partner "
     "feels like a constituent rather than a wife. Both want to stay together. Where's the hope here? I think it's in "
     "the humour they still share."),

    ("social_post", "quasi", None,
     "A couple I see: he {{plays bass in the Electric Ghosts|c023|DISTINCTIVE|fact|Electric Ghosts}}, and at 77 he "
     "{{made the Madison Herald for pulling a child out of the river|c023|DISTINCTIVE|fact|Madison Herald for rescuing}}. "
     "His wife says the band is the harder thing to live with. Love is weird. 🎸"),

    # benign
    ("social_post", "benign", "celebrity_namesake",
     "Chris Evans talking about his anxiety on set is such a good one to share with young men in groups. Even Captain "
     "America needs a minute. #mensmentalhealth"),

    ("email", "benign", "flyer",
     "GRUPO PARA FAMILIAS\n"
     "Los martes, de 6 a 7:30 de la tarde, en español.\n"
     "Para madres, padres y abuelos que cuidan a adolescentes.\n"
     "Facilitadora: Paloma Quigley. Gratuito. Llame a recepción para reservar."),

    ("team_note", "benign", "name_as_word",
     "Note pour l'équipe : grâce à vos retours, la séance de groupe du jeudi passe à 18h. Merci! (Thanks to your "
     "feedback, Thursday's group moves to 6pm.) Will confirm the room by Monday."),

    ("social_post", "benign", "name_as_word",
     "Every June I reread my notes from the year and I'm reminded that hope is mostly logistics: the bus fare, the "
     "childcare, the evening slot. Dawn to dusk this week. 🌅"),

    ("team_note", "benign", "nonclient_namesake",
     "Leaving early Thursday, my daughter Grace has her school play and I've been told I'm in charge of the camera. "
     "Sorry! Naomi"),

    ("email", "benign", "single_quasi",
     "Subject: intake question\n\n"
     "A caller asked whether we have anyone who has worked with people who've been on reality TV. She was on "
     "MasterChef a few years ago and finds the attention hard. I said we'd call her back. Kemi"),

    ("team_note", "benign", "different_clients",
     "Referrals this wk: a firefighter (couples), a lecturer (couples), a woman who was on The Voice (individual), "
     "and a man who plays in a local band (family). Allocate Monday."),

    ("social_post", "benign", "deidentified",
     "Kuch log kehte hain therapy sirf baat karna hai. Today a family of five sat in my room and for the first time "
     "nobody interrupted anybody for ten whole minutes. That's not just talking. 🙏"),

    ("team_note", "benign", "name_as_word",
     "Reminder: iris scanners at the new building go live on the 1st, so bring ID for the first week. Parking is "
     "miles away; car-share if you can. Joy of joys."),
]
