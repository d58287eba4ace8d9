# Voice: the front desk of a small group practice (Northgate Psychology & Counselling).
# Kelsey Oduya, receptionist (US, chatty, quick, the odd typo) and Bernadette Quinlan,
# practice manager (Irish, brisk). DNA lists, booking changes, invoices, room swaps,
# returned post, lost property, notes left on the desk.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("team_note", "direct", "multi_client", """DNA list - Mon 3rd
09:00 {{Hope Wagner|c146|FULL_NAME}} (Imogen) - 2nd DNA this term, send letter 2 pls
11:30 {{Rickey|c280|GIVEN_NAME}} S. (Callum) - rang at 11.50 to say the bus broke down, NOT charging him
14:00 Mr {{Sweeney|c251|FAMILY_NAME}} (Tendai) - no call, no answer on mobile
Kelsey"""),

    ("email", "direct", None, """Subject: Thurs 4pm

Imogen - {{Grace|c153|GIVEN_NAME}} called, she's been put on the late rota at the studio so Thursdays are out for the next month or so. I moved her to Tues 10am (your 10 was free after the cancelation). If thats not ok let me know and I'll call her back before Friday.

K"""),

    ("email", "direct", None, """Subject: INV-2291 resend

Hi Dorota,

Mrs {{Teodora Márquez|c006|FULL_NAME}} says she never got her March invoice. Could you resend it to {{teodoram88@hotmail.com|c006|EMAIL}}? She thinks the paper one went to her brother {{Raúl|c006|RELATIVE}}'s house by mistake, so we need to check what address we have.

Thanks a mil,
Bernadette"""),

    ("team_note", "direct", None, """Callum - can u ring {{Jan|c064|NICKNAME}} back when you get a sec? {{(704) 484-8822|c064|PHONE}}. She wants to know if her sister can sit in for the last 10 mins on Friday. Told her I'd ask. -K"""),

    ("team_note", "direct", None, """Post returned "not known at this address" from {{2864 Sanchez Drive, Riverside|c003|ADDRESS|street}}. Has she moved?? Next appt is the 14th, I'll ask at the desk and update the file. B."""),

    ("email", "direct", None, """Subject: receipts

Hi Dorota, {{Jillain Robinson|c037|MISSPELLED_NAME}} needs receipts for Jan to March - her college ({{Kennedy College|c037|SCHOOL}}) has a student wellbeing fund that pays back some of it. She said PDF is fine. Thank you!! Kelsey"""),

    ("team_note", "direct", None, """Tendai, Ms {{Oconnell|c013|FAMILY_NAME}} arrived 20 mins early and she's quite upset, I've put her in the quiet room with water. Are you nearly done? She's asking for you."""),

    ("team_note", "direct", None, """Missed call 10:42 from {{412-678-2684|c041|PHONE}}, no voicemail. System says that's one of Callum's. Callum can you call back when you're out? I didn't want to ring and say the wrong thing."""),

    ("team_note", "direct", "multi_client", """Room 1 double booked Weds 5pm!! Imogen has {{Bill|c093|NICKNAME}} and Bronwyn has {{Richard Macias|c290|FULL_NAME}} + partner. Bronwyn says she's happy to take the group room. Sorted, but can we please stop booking off the paper diary. B"""),

    ("email", "direct", None, """Subject: blank booking form

Kelsey, the online booking form from {{shannon.schmidt@gmail.com|c003|EMAIL}} came through blank again - third time. Can you ring her and just take the details over the phone? I've logged a ticket with the website people.
Bernadette"""),

    ("team_note", "direct", None, """For the new file Imogen opened yesterday (surname begins with L) - she gave me her d.o.b. over the phone: {{24/06/69|c048|DOB}}. It wasn't on the form. Added. K"""),

    ("team_note", "direct", None, """Lost property: {{Lottie|c130|NICKNAME}} left her umbrella and a library book in the waiting room after her 3 o'clock. Both under the desk in the blue crate."""),

    ("email", "direct", None, """Subject: Re: payment plan

Hi Siobhán,

Just to confirm I've set up the payment plan for {{Denny Sanchez|c132|NICKNAME|nickname_full}}: 4 x $90, first one the 1st of next month. He was very embarrassed on the phone - money's tight since the hours were cut at {{Austin Foods|c132|EMPLOYER}}. I told him it's completely normal and we do this for lots of people.

B."""),

    ("team_note", "direct", None, """Parking permit for {{May Wheeler|c182|FULL_NAME}} - she's 79 and can't do the hill from the bus stop. I've put her name on the list for the disabled bay on Tuesdays 11am. -K"""),

    # ---------------------------------------------------------------- benign
    ("team_note", "benign", "therapy_life", """ROOM SWAPS this week (sorry!!)
Room 2 radiator being fixed Weds so:
- Imogen -> Room 4 all day
- Callum -> small room upstairs (bring a fan its tiny)
- Tendai stays in 3
Sand tray has moved to the cupboard by the kitchen. Kelsey"""),

    ("team_note", "benign", "name_as_word", """Will someone PLEASE refill the paper in the downstairs printer before the 9am rush, it jammed twice yesterday. Also the May invoices are printed and sitting on Bernadette's desk for a final check. Grace period for late payers ends Friday, after that I start ringing."""),

    ("email", "benign", "nonclient_namesake", """Subject: Saturdays

Hi all,

Please say hello to Holly, who's joining us on the front desk on Saturdays from this week. She's in her second year of a psychology degree, so be nice and let her shadow intake calls (with the caller's consent, obviously). There's cake in the kitchen in her honour.

Bernadette"""),

    ("team_note", "benign", "weak_attribute", """New self-referral off the website: woman, 40s, primary school teacher, lives in Brookfield, wants evenings for anxiety. Put her on Siobhán's list? Nothing else on the form yet."""),

    ("team_note", "benign", "nonclient_person", """Dr Farrant is at the conference Thurs-Fri. All her people have been rung and rebooked except two who didn't pick up, I've left messages. Callum is on call for anything urgent. Kelsey"""),

    ("email", "benign", "therapy_life", """Subject: card machine

The card reader is acting up again. If it declines, don't keep trying - take the last four digits and a contact number and I'll process it on Monday when the engineer's been. Don't write the full card number anywhere, please, not even on a post-it.

Bernadette"""),

    ("team_note", "benign", "name_as_word", """Reminder: fire drill is June 12th at 10am. Sage-green folders = new intakes, grey = closed files. Please don't mark anything urgent unless it actually is!! And it's the art group in Room 3 on Thursday, not Room 2."""),

    ("team_note", "benign", "celebrity_namesake", """lol someone in the waiting room was reading the Will Smith autobiography this morning and laughing out loud the whole time. I need to borrow it"""),

    ("email", "benign", "deidentified_case", """Subject: complaint - waiting room

Hi Imogen,

We had a complaint yesterday: a client (a man in his sixties) felt his confidentiality was compromised when a locum called his full name across the waiting room. I've apologised on the phone and in writing. From Monday we call first names only, and only once the door to the corridor is open. Nothing else identifying was said.

Bernadette"""),

    ("email", "benign", "single_quasi", """Subject: corporate enquiry

Hi all - we've had an enquiry from Gilbert Law LLP asking whether we do corporate EAP sessions. Apparently one of our clients works there and recommended us. I've said I'll send the brochure and a rate card. Any objections, tell me by Weds. B"""),

    # ---------------------------------------------------------------- quasi
    ("email", "quasi", None, """Subject: new referral - early mornings

Callum, new one from the EAP at {{Burlington Police Department|c036|EMPLOYER}}: he's a {{911 dispatcher|c036|DISTINCTIVE|occupation}}, lives out in {{Stillwater|c036|ADDRESS|city}}, can only do 7am before shift. You're the only one who starts that early. OK to book?
Kelsey"""),

    ("team_note", "quasi", None, """The flowers on the front desk are from one of Callum's -- {{the guy who has the florist's on Union Place|c029|DISTINCTIVE|fact|florist on Union Place}}. He said his brother {{Stephen|c029|RELATIVE}} told him we'd had a rough week lol. So sweet. Please don't let them die."""),
]
