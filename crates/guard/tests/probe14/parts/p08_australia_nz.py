# Australia and New Zealand: Aussie English ("arvo", "sesh", "reckon", "heaps", "no worries", "servo",
# "wagging school"), Kiwi English and te reo Māori with macrons ("kia ora", "whānau", "mahi", "ngā mihi",
# "sweet as", "chur"), DD/MM/YY dates, 04xx / 13 11 14 / 1737 numbers of non-clients; a golfer and a
# cricket captain who share names with clients.
DOCS = [
    # ---------------- direct ----------------
    ("team_note", "direct", None,
     "Arvo update: {{Tasha|c122|NICKNAME}}'s mum {{Megan|c122|RELATIVE}} rang – {{Tasha|c122|NICKNAME}}'s been wagging "
     "school again. Booked a family sesh for Thursday 4pm. No worries if you can't make it, I'll run it."),
    ("email", "direct", None,
     "Kia ora Aroha,\n\nCan you pop Ms {{Mathiesen|c118|FAMILY_NAME}} in for a 4pm next week? She's sweet as with video "
     "if that's easier for her.\n\nNgā mihi,\nHemi"),
    ("case_presentation", "direct", None,
     "Case presentation – Westmead registrar teaching\n\nClient: {{Richard Garrett|c120|FULL_NAME}}\nDOB: "
     "{{02/06/92|c120|DOB}}\nWork: bank teller, {{Wallace Realty|c120|EMPLOYER}}\nLives with husband "
     "{{Matthew|c120|RELATIVE}}. Presenting with health anxiety and reassurance seeking (heaps of GP visits).\n"
     "For discussion: ERP vs. acceptance-based approach."),
    ("social_post", "direct", None,
     "Massive shout-out to {{Alla|c134|NICKNAME}} who got back up on stage with her band last night after a year of "
     "panic attacks and our Tuesday sessions – you absolute legend 🎤🔥"),
    ("team_note", "direct", None,
     "Can someone give {{Sonia|c129|GIVEN_NAME}} a buzz on {{212 699 3916|c129|PHONE}}? She left a message at the servo "
     "payphone (don't ask) wanting to move Friday. Ta."),
    ("email", "direct", None,
     "G'day Bec,\n\nMs {{Hickman|c127|FAMILY_NAME}} says her invoices keep going to spam. Her address is "
     "{{s.hickman at proton dot me|c127|EMAIL}} – can you whitelist it and resend?\n\nCheers,\nMatt"),
    ("team_note", "direct", None,
     "Home visit for {{Christopher Miller|c121|FULL_NAME}} next Tues: {{2391 Union Place, Auburn|c121|ADDRESS|street}}. "
     "Park on the street, the driveway's steep. His sister {{Mary|c121|RELATIVE}} will let you in."),
    ("team_note", "direct", None,
     "Peer supervision: {{L.J.|c126|INITIALS}}, radiographer at {{Winchester General|c126|EMPLOYER}}. Whānau conflict "
     "over caring for her wife's parents. Group reckons explore values before problem-solving."),
    ("social_post", "direct", None,
     "Chuffed for my client {{Makayla Price|c135|MISSPELLED_NAME}} – chemistry teacher, basketball coach, and as of "
     "today, someone who finally took a sick day without guilt. Small wins, team 🙌"),
    ("email", "direct", None,
     "Kia ora,\n\nI'm {{Victoria|c117|RELATIVE}}, {{Vito|c117|GIVEN_NAME}}'s mum. The whānau is really worried about him – "
     "he's stopped going to training and won't come out of his room. Can he be seen sooner than the 20th?\n\n"
     "Ngā mihi nui,\n{{Victoria Company|c117|RELATIVE}}"),
    ("team_note", "direct", None,
     "Billing: Medicare claim bounced for {{Lisa Mendoza|c124|FULL_NAME}} – d.o.b. on file should be "
     "{{29/11/66|c124|DOB}}, it was keyed in US order. Please fix and resubmit."),
    ("team_note", "direct", None,
     "Heads up: {{April Carpenter|c133|FULL_NAME}} is away until 14 April, and {{Ryan Smith|c128|FULL_NAME}}'s mum "
     "wants a callback about the school report. Both on my list, ta."),
    # ---------------- quasi ----------------
    ("social_post", "quasi", None,
     "Therapy with a 13-year-old whose {{miniature horse Professor Snuggles|c122|DISTINCTIVE|fact|miniature horse named Professor Snuggles}} "
     "AND {{alpaca Kevin the Second|c122|DISTINCTIVE|fact|alpaca named Kevin the Second}} both went viral. Reckon that's a "
     "lot of fame for one kid 😂"),
    ("team_note", "quasi", None,
     "Paralegal from {{Brown Architects|c118|EMPLOYER}} who runs {{that birdwatching podcast, Analog Historian|c118|DISTINCTIVE|fact|Analog Historian podcast about birdwatching}} "
     "– wants to record a session for her show. Told her absolutely not, sweet as."),
    ("email", "quasi", None,
     "Hi Jess,\n\nReferral: {{bank teller|c120|DISTINCTIVE|occupation}} in {{Auburn|c120|ADDRESS|city}}, the one whose "
     "{{iguana Noodle blew up online|c120|DISTINCTIVE|fact|iguana named Noodle}}. Presenting with health anxiety. "
     "Happy to take him?\n\nCheers,\nKate"),
    ("team_note", "quasi", None,
     "The HR lady who {{sings for the Lucky Ravens|c134|DISTINCTIVE|fact|Lucky Ravens}} and breeds "
     "{{champion Basenjis in Georgetown|c134|DISTINCTIVE|fact|Basenjis in Georgetown}} – wants to shift to fortnightly."),
    ("social_post", "quasi", None,
     "Today's client: a pharmacist at {{Glendale Family Clinic|c129|EMPLOYER}} whose goat "
     "{{Kevin the Second went viral|c129|DISTINCTIVE|fact|goat named Kevin the Second}}. Best name for a goat, hands down 🐐"),
    ("case_presentation", "quasi", None,
     "Case presentation – Auckland peer review\n\nA lawyer in her late forties who plays "
     "{{harp with the Ashland orchestra|c133|DISTINCTIVE|fact|harp in the Ashland}} and "
     "{{French horn with the Auburn one|c133|DISTINCTIVE|fact|French horn in the Auburn}}. Presenting with insomnia "
     "and rumination about work. She's keen to bring music into treatment – thoughts on involving a music therapist?"),
    ("email", "quasi", None,
     "Hi team,\n\nThe chef at {{Winchester Brewing|c152|EMPLOYER}} with the {{viral parrot Meatball|c152|DISTINCTIVE|fact|parrot named Meatball}} "
     "– his dad {{Adam|c152|RELATIVE}} rang asking for an update. No consent on file, so I didn't say a word.\n\nCheers,\nLiam"),
    # ---------------- benign ----------------
    ("social_post", "benign", "public_figure",
     "Still get chills thinking about Adam Scott's Masters win in 2013 – first Aussie to pull it off. Sport and mental "
     "resilience, a topic for another arvo ⛳"),
    ("team_note", "benign", "word_name",
     "Chur to everyone for the mahi this week. Sage advice from Whaea Mere: rest is also work. The ivy's taking over "
     "the garden bed out front, if anyone's keen on a working bee."),
    ("email", "benign", "colleague_staff",
     "Kia ora koutou,\n\nDr Iris Tane will be presenting on kaupapa Māori approaches at Friday's CPD. Kai provided.\n\n"
     "Ngā mihi,\nAdmin"),
    ("email", "benign", "nonclient_contact",
     "Hi all,\n\nAfter-hours numbers for clients: Lifeline 13 11 14, Beyond Blue 1300 22 4636, NZ Need to Talk 1737, "
     "Healthline 0800 611 116. Clinic mobile for on-call: 0412 345 678.\n\nTa"),
    ("team_note", "benign", "writer_family",
     "I'm off Friday – my nephew Kyle's graduating from uni in Dunedin. Whānau first! Hine will cover."),
    ("case_presentation", "benign", "deidentified",
     "Case (identifying details removed): A 19-year-old Māori man from a small East Coast town, referred after a "
     "cousin's suicide. Whānau very involved, strong connection to marae. Discussion: integrating tikanga and whānau "
     "hui into a safety plan."),
    ("social_post", "benign", "weak_attribute",
     "Had a session today with someone whose parrot went viral online and honestly the bird was the most emotionally "
     "available one in the room 🦜"),
    ("social_post", "benign", "public_figure",
     "Steve Smith and Pat Cummins at the crease – stress levels through the roof. Who needs a therapist when you've got "
     "the Ashes 😂"),
    ("team_note", "benign", "nonclient_person",
     "Uncle Frank at the servo says the roadworks out front go till March. Tell clients to use the back entrance."),
    ("team_note", "benign", "single_quasi",
     "Waitlist enquiry from a midwife in Auburn – no name left, just wanted to know if we bulk bill. Sent info."),
]
