"""Couples work: intake notes, referrals, waitlists, consults, posts."""

DOCS = [
    ("team_note", "direct", None,
     "Couples intake, Tues 4pm\n"
     "Present: {{Hubert Nocek|c002|FULL_NAME}} and his wife {{Roksana|c002|RELATIVE}}. Married 2 yrs. Referred by GP "
     "after a row in a supermarket car park that somebody filmed on a phone. H. works nights; R. says \"it is like living "
     "with a ghost who leaves dishes.\" When she got upset she switched to Polish (\"nie słuchasz mnie\", you're not "
     "listening to me) and he translated it for me without being asked, which I noted as a bid for connection.\n"
     "Agreed: 10 sessions, EFT frame, one individual session each around wk 3. No DV disclosed by either partner "
     "when seen separately for 5 min each. Next appt booked."),

    ("email", "direct", None,
     "Subject: couples slot, can you take them?\n\n"
     "Hi Priya,\n\n"
     "Would you have room for a couple on Thursday evenings? It's {{Abril Donaire|c188|FULL_NAME}} and her husband "
     "{{Mauricio|c188|RELATIVE}}: newly married, a lot of conflict about her hours at the firm and his family's "
     "expectations about when they'll have kids. She'd like a woman therapist, ideally one with some Spanish for when "
     "his mother comes up (\"mi suegra\" came up about nine times in the phone call). Her mobile is "
     "{{949.796.0960|c188|PHONE}}; texts fine, not before 9 please.\n\n"
     "Thanks so much,\nDeclan"),

    ("case_presentation", "direct", None,
     "Peer consult, couples track\n\n"
     "Couple: {{Jeremiah|c115|GIVEN_NAME}}, 69, and his partner {{Sydney|c115|RELATIVE}}, together eleven years, never "
     "married. {{Jeremiah|c115|GIVEN_NAME}} is still working part-time; {{Sydney|c115|RELATIVE}} retired in March and now they are in the house together "
     "all day, which neither of them had planned for.\n"
     "Pattern: pursue/withdraw, with {{Sydney|c115|RELATIVE}} pursuing. {{Jeremiah|c115|GIVEN_NAME}} goes to band practice three nights a week and {{Sydney|c115|RELATIVE}} "
     "reads it as choosing the band over him.\n"
     "What I'd like help with: I notice I side with {{Jeremiah|c115|GIVEN_NAME}}, probably because he reminds me of my own father. How do I "
     "keep that out of the room?"),

    ("social_post", "direct", None,
     "Proud moment today: {{Dean|c326|GIVEN_NAME}} finally looked {{Renee|c326|RELATIVE}} in the eye and said sorry "
     "without a \"but\" on the end. Twenty-six years married and that was a first, she said. I had to hold it "
     "together. #couplestherapy #repair"),

    ("team_note", "direct", None,
     "Phone msg 09:10. Mr. {{Salz|c091|FAMILY_NAME}} rang to cancel Thurs conjoint; says {{Danuta|c091|RELATIVE}} has "
     "gone to stay w/ her sister \"for a few weeks\". Offered him an individual slot, declined. Brief risk screen on "
     "phone: denies SI, no DV disclosed, no access issues re kids. F/u call Mon am. -- SR"),

    ("email", "direct", None,
     "Subject: Re: {{Rodriges|c161|MISSPELLED_NAME}} couple, paperwork\n\n"
     "Hi Oisin,\n"
     "Just flagging that the consent form for {{Elodie Rodriges|c161|MISSPELLED_NAME}} and {{Anouk|c161|RELATIVE}} is "
     "still unsigned on the portal. I can't bill the conjoint sessions until both partners sign. Could you remind them "
     "on Wednesday? They asked for everything in French if possible; the French version is in the shared drive under "
     "Forms > FR.\n\nMerci!\nGwen (admin)"),

    ("case_presentation", "direct", None,
     "COUPLES INTAKE SUMMARY\n"
     "Partner 1: {{Kristina Iversen|c269|FULL_NAME}}, DOB {{17.12.1971|c269|DOB}}\n"
     "Partner 2: {{Klavs Kjær|c269|RELATIVE}} (husband; not registered as a client; attends conjoint only)\n"
     "Household: one son, {{Mikael|c269|RELATIVE}}, 19, lives at home\n"
     "Reason for referral: affair disclosed by Partner 2 in January; Partner 1 wants to decide whether to stay.\n"
     "Prior therapy: none. Both Danish-born, English fluent; Partner 2 asked for occasional pauses to find words.\n"
     "Plan: discernment counselling, 5 sessions max, then review."),

    ("email", "direct", None,
     "From: Front desk\nTo: Dr. Okafor\nSubject: message for you\n\n"
     "{{Eivind|c287|GIVEN_NAME}} from your Wednesday couples slot emailed asking whether his partner can come to the next two sessions "
     "even though she's not registered. Reply to {{eivindl97@icloud.com|c287|EMAIL}} as he can't take calls on shift.\n\n"
     "Thanks, Brodie"),

    ("team_note", "direct", None,
     "{{Nan|c171|NICKNAME}} + {{Evan|c171|RELATIVE}}, s4. Less escalation this wk. {{Evan|c171|RELATIVE}} used time-out once, came back "
     "after 20 min as agreed (first time). {{Nan|c171|NICKNAME}} still tracking his phone; named it, she laughed then cried. HW: "
     "soft start-up x3. Next: 2 wks (she's away)."),

    ("social_post", "direct", None,
     "No, not the one from the Avengers. My 2pm {{Chris Evans|c339|FULL_NAME}} and his husband finally booked the weekend away "
     "they've been arguing about since January, and I may have done a little dance after they left. 🕺 "
     "#therapistlife"),

    ("team_note", "direct", None,
     "Couples waitlist, as of Friday\n"
     "1. {{Sylvie Delannoy|c058|FULL_NAME}} / {{Emmanuel Delorme|c058|RELATIVE}}: evenings only\n"
     "2. {{Trini Noguera|c195|FULL_NAME}} / {{Concha Aguilar|c195|RELATIVE}}: Spanish-speaking clinician requested\n"
     "3. {{Louise Robin|c308|FULL_NAME}} / {{Monique|c308|RELATIVE}}: needs sliding scale\n"
     "Declan to ring 1 and 3 on Monday. Pilar to ring 2 (\"prefiere que la llamen por la mañana\")."),

    ("email", "direct", None,
     "Hi Niamh, could you post the couples workbook to {{Quirino Noriega|c255|FULL_NAME}} at "
     "{{7037 Beacon Court, Oxford|c255|ADDRESS|street}}? He and {{Manu|c255|RELATIVE}} don't do email. Two copies please. "
     "Cheers, F."),

    # quasi
    ("case_presentation", "quasi", None,
     "Consult request\n\n"
     "Woman, late 20s, {{HR manager|c243|DISTINCTIVE|occupation}} in {{Troy|c243|ADDRESS|city}}. Came in with her "
     "husband after he found out she had been lending money to her brother {{Stephan|c243|RELATIVE}} for years without "
     "telling him. The brother has a gambling problem. She frames it as loyalty; he frames it as lying. I'm stuck on "
     "whether to work the secret in the couple or refer her for individual work first."),

    ("email", "quasi", None,
     "Subject: quick question about a referral\n\n"
     "Hey Ruth,\n\n"
     "I've got a couple booked for a first session: a {{graphic designer|c033|DISTINCTIVE|occupation}} from "
     "{{Ashland|c033|ADDRESS|city}} and his husband {{Victoriano|c033|RELATIVE}}. They'd both rather see a gay "
     "therapist, and I'm not, so I wondered if your Tuesday group practice has anyone. They've been together 22 years; "
     "the presenting issue is the husband's drinking since his retirement.\n\nThanks,\nMarguerite"),

    ("team_note", "quasi", None,
     "Couples, new. He {{coaches the under-14 hockey team, the Salem Bears|c287|DISTINCTIVE|fact|Salem Bears under-14 hockey}} "
     "and is out most weekday evenings; partner {{Helge|c287|RELATIVE}} says the team gets the best of him. "
     "Both mid 60s. Agreed to weekly for 6 wks."),

    ("social_post", "quasi", None,
     "One of my couples today: she {{was on Survivor years ago (season 8!)|c263|DISTINCTIVE|fact|season 8 of Survivor}} "
     "and now {{plays bass in the Velvet Monarchs|c263|DISTINCTIVE|fact|Velvet Monarchs}}, and she still says the "
     "hardest thing she's ever done is tell her wife she was scared. Vulnerability is a muscle, folks. 💪"),

    ("email", "quasi", None,
     "Subject: RE: couples referral\n\n"
     "Sure, happy to see them. Just so you know, I think I may know the husband slightly: he runs the shop at "
     "{{Troy Bowling Lanes|c326|EMPLOYER}} and he {{was in the Plymouth Herald for that giant pumpkin|c326|DISTINCTIVE|fact|Plymouth Herald for growing}}, "
     "so my kids and I have definitely bowled there. Probably not a dual relationship but I'll mention it at intake.\n\n"
     "Teodoro"),

    # benign
    ("social_post", "benign", "celebrity_namesake",
     "Still using the Will Smith and Chris Rock clip when I teach emotional flooding to couples. Heart rate over 100, "
     "the thinking brain goes offline. Take the break, then come back. #couplestherapy"),

    ("case_presentation", "benign", "deidentified",
     "Teaching vignette (composite)\n"
     "Partner A, 40s, works in logistics; Partner B, 30s, works from home. Together six years, one child under five. "
     "Partner B describes feeling like a single parent; Partner A describes coming home to a list of failures. "
     "Questions for the group: 1) Where is the pursue/withdraw cycle? 2) What might each partner's primary emotion be "
     "under the secondary one? 3) How would you introduce a soft start-up without sounding like a script?"),

    ("email", "benign", "scheduling",
     "Subject: couples workshop, room booking\n\n"
     "Hi all, the Saturday couples workshop is confirmed for the big room. Gwen is doing name badges; Teodoro is "
     "bringing the projector. Please send me your handouts by Wednesday so I can print 30 sets. If anyone wants to "
     "co-lead the afternoon on repair attempts, say so and I will happily give it up.\nDeclan"),

    ("team_note", "benign", "name_as_word",
     "Rota for couples consult group: May and June are always heavy (wedding season, then the summer blow-ups). "
     "Will we need a second evening? Grace period for late cancellations stays at 24h. Action: Pilar to check room."),

    ("social_post", "benign", "nonclient_namesake",
     "Date night with my husband Dean after ten hours of couples work. We did the thing I keep assigning everyone: "
     "phones in the glovebox. Practising what I preach, mostly. 🍝"),

    ("email", "benign", "single_quasi",
     "Subject: EAP and conjoint sessions?\n\n"
     "Does anyone know whether the Walters Insurance staff plan covers conjoint sessions? A new couple asked, one of "
     "them works there, and the EAP line was no help at all. Thanks, Marguerite"),

    ("team_note", "benign", "different_clients",
     "Two new couples this wk. In one, the husband is a welder and works nights; in the other, the wife works at "
     "Bowman Architects and travels a lot. Both list 'communication' as the problem, which tells us nothing yet."),

    ("case_presentation", "benign", "public_figure",
     "Reading group, couples track: this month is Sue Johnson's Hold Me Tight, chapters 1 to 3, and John Gottman on "
     "the four horsemen. Bring one case (de-identified) where you saw contempt, and think about what was underneath it."),

    ("social_post", "benign", "name_as_word",
     "Faith, hope and about forty repair attempts an hour. That's marriage, according to my Thursday couple. 💍 "
     "#couplescounselling"),
]
