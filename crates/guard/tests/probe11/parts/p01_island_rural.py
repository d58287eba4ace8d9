# Rural town and island practice: one therapist on the island, the ferry to Stillwater,
# a locum, the co-op queue, a small-town newsletter.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("team_note", "direct", None,
     "Thurs. Ferry off again, gusts to 40 kt. Phoned {{Timothy Kline|c158|FULL_NAME}} to move his 10:00 "
     "to video. Still out at the rink every night with {{the under-14 Falcons|c158|DISTINCTIVE|fact|Stillwater Falcons}} "
     "- 'if I stop, I stop everything.' Sleep ~4h, appetite poor. Repeat PHQ-9 next wk, ask about the brother."),

    ("email", "direct", None,
     "Subject: Tuesdays from the 14th\n\n"
     "Hi Mairéad,\n\n"
     "Thanks again for taking the Tuesday clinic while I'm off. Keys are with Ellen at the harbour office.\n\n"
     "One thing that won't be in the notes. {{Connie Meyer|c260|FULL_NAME}} usually gets a lift over with her partner, "
     "and {{Barbara|c260|RELATIVE}} will sit in the waiting room and talk to anyone who sits still. She means well. "
     "If she asks how {{Connie|c260|GIVEN_NAME}} is getting on, the answer is a smile and a comment about the weather. "
     "On an island of six hundred people the waiting room is the most public room we have.\n\n"
     "Tea bags in the left cupboard, the heater needs a thump.\n\n"
     "Siobhán"),

    ("team_note", "direct", None,
     "Callbacks Fri:\n"
     "- GP surgery re: lithium levels (not urgent)\n"
     "- the counsellor from {{Hawthorne Elementary|c042|EMPLOYER}}, {{443.873.5650|c042|PHONE}}, only after 3:30, she "
     "doesn't want the school office picking up\n"
     "- boiler man"),

    ("case_presentation", "direct", None,
     "Rural peer consultation group, March.\n\n"
     "{{Sandy|c343|NICKNAME}} is in her early seventies and still teaches {{chemistry|c343|DISTINCTIVE|occupation}} two days a week. "
     "She came after a fall on the ice left her housebound for six weeks, and the isolation has not lifted now that "
     "she is walking again. Her son {{Mark|c343|RELATIVE}} lives three hours away and phones on Sundays. What she "
     "mentions most is the llama: a clip of it went round the internet last year and strangers still stop her at the "
     "post office to ask about it. She describes this as 'the only time anyone talks to me'.\n\n"
     "Question for the group: how to build connection in a place where the only social venues are church and the pub, "
     "and she has fallen out with both."),

    ("email", "direct", None,
     "Subject: Thurs home visit\n\n"
     "Ruth - I'll be doing Thursday's session as a home visit at {{1227 Gray Terrace|c211|ADDRESS|street}}. She is on "
     "crutches and can't drive to town. If I'm not back by 4, ring my mobile, the signal on that side of the lake is "
     "patchy. - D"),

    ("social_post", "direct", None,
     "Therapist in a town of 900, part 37: ran into {{Bill Griffin|c371|NICKNAME|nickname_full}} at the co-op and he "
     "told the whole checkout queue that I'm 'the one sorting his head out'. I love that he's proud of the work. I also "
     "bought the wrong milk in my panic. #smalltowntherapist #boundaries #ruralmentalhealth"),

    ("team_note", "direct", None,
     "Referral from Dr Okafor's surgery. Male, {{chef|c264|DISTINCTIVE|occupation}} here in {{Stillwater|c264|ADDRESS|city}}, d.o.b. "
     "{{10/03/1982|c264|DOB}}. Husband {{Philip|c264|RELATIVE}} made the call. Low mood since the restaurant fire, "
     "drinking more. Offered Weds 2pm."),

    ("team_note", "direct", None,
     "Session 9 w/ {{Dawn|c078|GIVEN_NAME}}. Up before dawn again most days, walks the shore road till it's light. "
     "Grief work re: her mum; she can now say the word 'died'. Back at the clinic doing {{physio|c078|DISTINCTIVE|occupation}} "
     "three days. Plan: continue, review in 4 wks."),

    ("email", "direct", None,
     "Subject: RE: new client Thursday\n\n"
     "Hi Siobhán, just to confirm I have {{Oskar Fiedorczyk|c202|MISSPELLED_NAME}} (sorry if I've spelled that wrong, "
     "the handwriting on the referral is awful) on Thursday at 11. He asked whether his boys "
     "{{Piotr|c202|RELATIVE}} and {{Michał|c202|RELATIVE}} could wait in the garden. I said yes.\n\n"
     "Mairéad"),

    ("team_note", "direct", None,
     "Admin: pls send the intake packet to {{juliathompson77 at proton dot me|c148|EMAIL}}. She's the "
     "{{paramedic|c148|DISTINCTIVE|occupation}}, not the other Julia from the ferry office. Doesn't want paper coming to the house."),

    ("case_presentation", "direct", None,
     "Notes for supervision.\n\n"
     "{{Dr. Johnson|c164|FAMILY_NAME}} came in for her second session. She operates at the medical centre on the mainland "
     "and is used to being the person everyone else brings their emergencies to. When the consultant who "
     "trained her died in January she carried on operating and handled the funeral with what everyone called grace. "
     "Eight weeks later she cannot sleep past 3 a.m. Her husband {{Dillon|c164|RELATIVE}} has taken over the "
     "cooking so that she can lie down in the afternoons.\n\n"
     "I'd like to think about how much to say to the hospital, given that I also see two of her theatre nurses."),

    # ---------------------------------------------------------------- quasi
    ("social_post", "quasi", None,
     "One of my people, a {{session musician|c070|DISTINCTIVE|occupation}} here in {{Stillwater|c070|ADDRESS|city}}, played me a song "
     "today that he wrote about the winter he nearly gave up. Yes, his {{ferret Duchess|c070|DISTINCTIVE|fact|ferret named Duchess}} "
     "gets a verse. Yes, I cried. Shared with his permission, no names. #musictherapy #smalltowntherapist"),

    ("team_note", "quasi", None,
     "Consult q: client lectures at {{Jefferson Academy|c060|EMPLOYER}}, also {{runs the Stillwater Hawks' U14 "
     "volleyball|c060|DISTINCTIVE|fact|Stillwater Hawks}}. Mother {{Christine|c060|RELATIVE}} moving into memory care next month. "
     "He's asked whether he should step back from coaching. Thoughts before Weds?"),

    ("email", "quasi", None,
     "Subject: possible conflict\n\n"
     "Ruth,\n\n"
     "Before you take the new referral: the man who manages the {{Thomas Foods|c340|EMPLOYER}} shop is already with me. "
     "He's the one who {{breeds the show Samoyeds on the Stillwater road|c340|DISTINCTIVE|fact|Samoyeds in Stillwater}}. The "
     "referral is from his brother {{Nicolaus|c340|RELATIVE}}, and I don't think I can see both of them.\n\n"
     "D"),

    ("case_presentation", "quasi", None,
     "Case for discussion. A man in his sixties, writes features for {{Davis Studio|c129|EMPLOYER}}. Some years ago he "
     "{{cooked his way through season 25 of MasterChef|c129|DISTINCTIVE|fact|season 25 of MasterChef}} and still gets "
     "recognised from it. Presenting with panic since his partner {{Dominique|c129|RELATIVE}} was diagnosed with MS. "
     "Avoidant of anything public. Question: is telehealth feeding the avoidance?"),

    ("social_post", "quasi", None,
     "Shoutout (anonymous, as ever) to a client who {{runs the hardware shop on Walnut Avenue|c114|DISTINCTIVE|fact|Walnut Avenue}} "
     "and {{plays trombone with the Madison Symphony|c114|DISTINCTIVE|fact|trombone in the Madison Symphony}}. He performed for "
     "the first time in two years last night. I was in row F and I did not say a word. #proudtherapist"),

    ("team_note", "quasi", None,
     "Re next supervision: the {{librarian|c053|DISTINCTIVE|occupation}} up in {{Stillwater|c053|ADDRESS|city}}, the one who "
     "{{stood for mayor over in Springfield in 2019|c053|DISTINCTIVE|fact|mayor of Springfield in 2019}}. His son {{Guy|c053|RELATIVE}} "
     "is back living with him after the divorce. Want to talk through the dual relationship, I use that library."),

    ("email", "quasi", None,
     "Subject: pupil referral\n\n"
     "Dear Mrs Holloway,\n\n"
     "Thank you for your note about the seventh-grader at {{Hawthorne Middle School|c151|SCHOOL}}, the boy who "
     "{{did the big mural on Baxter Terrace|c151|DISTINCTIVE|fact|Baxter Terrace}}. With his parents' consent I can see him "
     "after school on Wednesdays. Please do not share the appointment times with staff beyond yourself.\n\n"
     "Kind regards,\nS. Ní Bhriain"),

    # ---------------------------------------------------------------- benign
    ("social_post", "benign", "deidentified",
     "Ferry's cancelled, so today's clients are on the phone from kitchens, sheds and one lighthouse. Rural therapy is "
     "creative therapy. #islandlife #ruralmentalhealth #telehealth"),

    ("email", "benign", "not_a_client",
     "Subject: Mayor's wellbeing evening\n\n"
     "Hi all, Mayor Ellen Dunleavy has asked whether one of us will speak at the town hall wellbeing evening on the 22nd. "
     "Pastor Ian Crowther is doing the opening prayer and Coach Malcolm Reid is bringing the junior rowers. "
     "I'm happy to do 15 minutes on sleep. - Siobhán"),

    ("team_note", "benign", "single_attribute",
     "New self-referral: works at Garrett Pharmacy, no other details yet. Voicemail only. Will ring back Monday."),

    ("team_note", "benign", "different_clients",
     "Waiting list, island side: a plumber from Harvey & Sons; a parent whose kid plays for the Stillwater Falcons; "
     "a retired teacher. None urgent. Call in order."),

    ("social_post", "benign", "name_as_word",
     "May the ferry run tomorrow. Hope springs eternal. If it doesn't, I will be doing sessions from the harbour café "
     "again, which is not ideal, though the scones are. #islandtherapist"),

    ("email", "benign", "writer_family",
     "Subject: Sunday\n\n"
     "Mum, Timothy and Grace are coming over on the early boat, so can you keep the spare room? Dawn says she'll bring "
     "the trifle. Love, Siobhán"),

    ("case_presentation", "benign", "deidentified",
     "Consultation. A woman in her 40s, works in healthcare on the mainland, lives alone on the island. Presenting with "
     "insomnia and intrusive memories after a road accident she attended. No psychiatric history. Question for the "
     "group: how to protect her anonymity when the island has one taxi and one café."),

    ("social_post", "benign", "fits_several",
     "Three clients this week have been welders. Three! All in their fifties, all with bad backs and worse sleep. "
     "If you work in heavy industry and think therapy isn't for you: it is. #mentalhealthmatters #trades"),

    ("team_note", "benign", "weak_attribute",
     "Note to self: the Stillwater clients are all asking about the lake road closure. Offer video for anyone on the "
     "north shore until April."),
]
