# Marketing e-mails and SMS broadcasts, event announcements and photo captions, and the
# marketing assistant's and practice manager's working notes behind them.
DOCS = [
    ("email", "direct", None,
     "From: hello@harbourlight.example\nTo: {{iben.holm@icloud.com|c198|EMAIL}}; "
     "{{k.rangel@aol.com|c417|EMAIL}}; {{parker.hebert@yahoo.com|c500|EMAIL}}; "
     "{{o.fournier@gmail.com|c381|EMAIL}}\nSubject: Your invitation: Spring Anxiety Workshop 🌷\n\n"
     "Dear friend,\n\nAs one of our valued clients, you're invited to a free two-hour workshop on "
     "Saturday 12 April.\n\nWarmly,\nHarbourlight Therapy"),
    ("email", "direct", None,
     "Subject: We miss you at Still Water 💙\n\nHi {{Laetitia Boyer|c065|FULL_NAME}},\n\nWe noticed "
     "it's been a while since your last session with Dr Pugh. Whenever you're ready to come back, "
     "your Thursday slot is waiting. Book online or reply to this email.\n\nWith care,\nThe Still "
     "Water team"),
    ("team_note", "direct", None,
     "[#marketing]\nKeira: draft IG post → \"Meet our wonderful client {{Odette|c381|GIVEN_NAME}}, UX "
     "designer at {{DavidTech|c381|EMPLOYER}}, who's been with us since 2022! 💫\" — ok to use? she said "
     "yes verbally at reception\nFenella: NO. Written consent or nothing, and even then, no."),
    ("email", "direct", None,
     "Subject: An evening of music and mental health 🎺\n\nJoin us on Friday 9 May at the Lyceum. "
     "Our long-time client {{Francisco Garzón|c122|FULL_NAME}} "
     "({{trombone, Oakland Symphony Orchestra|c122|DISTINCTIVE|fact|trombone in the Oakland}}) will open "
     "the evening, followed by a panel on performance anxiety.\n\nTickets £12 / free for students."),
    ("email", "direct", None,
     "Subject: Photos from the teen retreat!\n\nHi families,\n\nWhat a weekend. Photo 4: (L–R) "
     "{{Urbano|c411|GIVEN_NAME}}, his mum {{Jennifer|c411|RELATIVE}}, and facilitator Tamsin at the "
     "closing circle. Full album in the parent portal.\n\nTamsin & the Thistle & Fern team"),
    ("team_note", "direct", None,
     "Mailchimp import — 312 contacts (incl. current clients, ugh)\nRow 2: "
     "{{Alexandria Becker|c215|FULL_NAME}} | {{alexandriabecker52@proton.me|c215|EMAIL}} | DOB "
     "{{2007-06-22|c215|DOB}} | tag: teen-anxiety\nRow 3: ...\nKeira — please strip DOBs and the "
     "clinical tags before we send anything."),
    ("email", "direct", None,
     "Subject: Exam stress? We've got you 📚\n[Segment: current clients — teens]\n\nHi "
     "{{Leslie|c183|GIVEN_NAME}}!\n\nExams at {{Clinton High School|c183|SCHOOL}} start in three weeks. "
     "Remember the box-breathing we practised in session, and book an extra check-in if you need "
     "one."),
    ("email", "direct", None,
     "Subject: Grief Café — Thursdays, 7pm\n\nHosted by Dr Rukmini Iyer and peer volunteer "
     "{{Gregory Munoz|c413|FULL_NAME}}, a former client who wanted to give back after a very hard "
     "few years. Tea, cake and no pressure to talk."),
    ("team_note", "direct", None,
     "SMS broadcast log — 10:15\nSent \"20% off couples intensives this month 💑 reply STOP to "
     "opt out\" to {{(304) 567-3868|c233|PHONE}} and 41 others (list: current-clients-couples)."),
    ("email", "direct", None,
     "Subject: Team Harbourlight is running the 10K! 🏃\n\nOur runners: Dr Vogt, Fenella, and our "
     "client ambassadors {{Kamil Tekieli|c445|FULL_NAME}} "
     "({{yes, the Ward 4 councillor in Lancaster|c445|DISTINCTIVE|fact|Ward 4 on the Lancaster}}) and "
     "two others. Sponsor us here!"),
    ("email", "direct", None,
     "Subject: Graduation day! 🎓\n\nCongratulations {{Virgina Lopez|c498|MISSPELLED_NAME}} on "
     "completing our 12-week Anxiety Toolkit programme! Your certificate is attached. We hope to "
     "see you at the alumni coffee morning."),
    ("social_post", "direct", None,
     "Client of the month ⭐ {{J.Z.|c387|INITIALS}}, a student at "
     "{{Dayton State University|c387|SCHOOL}}, who worked through a year of social anxiety and just "
     "gave her first class presentation. We're so proud!"),
    # quasi
    ("email", "quasi", None,
     "Subject: Later-life wellbeing evening\n\nFeaturing a talk from one of our clients, a delivery "
     "driver at {{Grand Winchester Hotel|c067|EMPLOYER}} who "
     "{{was a contestant on season 15 of Big Brother|c067|DISTINCTIVE|fact|season 15 of Big Brother}}, "
     "on staying curious at eighty."),
    ("email", "quasi", None,
     "Subject: Student voices\n\nHear from a {{Lincoln College|c025|SCHOOL}} student who "
     "{{was a contestant on season 10 of Survivor|c025|DISTINCTIVE|fact|season 10 of Survivor}} and "
     "started therapy with us after the show aired. Free entry, all welcome."),
    ("email", "quasi", None,
     "Subject: First responders' evening\n\nOur client speaker is a "
     "{{paramedic|c493|DISTINCTIVE|occupation}} in {{Fairview|c493|ADDRESS|city}} who started therapy "
     "after her brother {{Alexander|c493|RELATIVE}} was injured on duty. Partners and families "
     "welcome."),
    ("team_note", "quasi", None,
     "IG story ideas for next week:\n- the client who {{owns the deli on Bridges Way|c011|DISTINCTIVE|fact|deli on Bridges Way}} "
     "and {{coaches the Lebanon Otters under-10s|c011|DISTINCTIVE|fact|Lebanon Otters}} — "
     "\"sandwiches and slapshots\"?? (ask him first!!)\n- waiting-room plant glow-up"),
    # benign
    ("email", "benign", "therapy_life",
     "Subject: Spring workshops at Still Water\n\nDear friend,\n\nYou're receiving this because you "
     "signed up on our website. This spring: Sleep Better (3 weeks), Anger Without Shame (4 weeks) "
     "and Parenting Teens (6 weeks). Unsubscribe anytime."),
    ("email", "benign", "nonclient_person",
     "Subject: CPD day — Ethics of the Online Therapist\n\nFacilitated by Rhiannon Pugh and Kofi "
     "Mensah. Topics: review replies, social media boundaries, testimonials, and what to do when a "
     "client follows you. 6 CPD hours."),
    ("email", "benign", "name_as_word",
     "Subject: Mindfulness in May 🌱\n\nEvery weekday in May we'll send one two-minute practice. "
     "No apps, no streaks, no guilt. Grace for the days you forget."),
    ("email", "benign", "name_as_word",
     "Subject: We've moved!\n\nFrom 1 June we're at 12 Hope Street, above the bakery. Same phone "
     "number, step-free access, and a much nicer waiting room."),
    ("email", "benign", "single_quasi",
     "Subject: Social evening 🍻\n\nOur annual clinicians' social is at the Arlington Brewing "
     "Company taproom on Friday from 6pm. Staff and partners only."),
    ("email", "benign", "nonclient_namesake",
     "Subject: Welcome Agustina!\n\nPlease welcome Agustina, our new marketing assistant, who joins "
     "us from a charity comms team in Valencia. She'll be running our newsletter and socials."),
    ("team_note", "benign", "therapy_life",
     "[#marketing] Reminder for new starters: we never tag clients, never reply to reviews beyond "
     "the template, never post event photos with faces unless everyone in them is staff. When in "
     "doubt, ask Fenella."),
    ("email", "benign", "public_figure",
     "Subject: Film night — \"Stutz\"\n\nJoin us for a screening of Jonah Hill's documentary about "
     "his therapist, followed by a discussion with our clinical team. Popcorn provided."),
    ("email", "benign", "deidentified_case",
     "Subject: Talk abstract — \"Invisible at work\"\n\nDrawing on a composite case (details changed "
     "throughout), Dr Asante describes a mid-career professional whose depression went unnoticed "
     "for two years because their output never dropped."),
    ("email", "benign", "weak_attribute",
     "Subject: Now in Glendale and Marion!\n\nWe've opened two satellite rooms, so you can now see "
     "your therapist in Glendale on Mondays or Marion on Fridays."),
]
