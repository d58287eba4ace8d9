# Sports: a club psychologist for a semi-pro hockey club and its junior programme, a
# college team's mental-performance consultant, youth-league volunteer coaches who are
# also clients, a physio on the staff.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("team_note", "direct", None,
     "Sat. Rink, between games. {{Guy|c017|GIVEN_NAME}} (U12 coach) pulled me aside, wanted to reschedule Tues session "
     "because of a house closing. Some guy from the parents' committee was hovering so we kept it short. Husband "
     "{{Honoré|c017|RELATIVE}} picking up the kids. Moved to Weds 6pm."),

    ("email", "direct", None,
     "Subject: {{Lou|c023|NICKNAME}} - scheduling\n\n"
     "Hey Kim,\n\n"
     "{{Lou|c023|NICKNAME}} can't do Thursdays anymore because he's picked up the {{U12 lacrosse team|c023|DISTINCTIVE|fact|Marion Tigers under-12 lacrosse}} "
     "on top of softball. Can we move him to Monday at 7? He's doing better - the sessions on perfectionism are landing. "
     "Also please stop calling his sister {{Amy|c023|RELATIVE}} as the emergency contact, he's updated it.\n\n"
     "Cheers,\nDan"),

    ("team_note", "direct", None,
     "{{Kittie|c087|NICKNAME}} = {{Kathleen Russell|c087|FULL_NAME}}, {{Oakland Bears U12 volleyball|c087|DISTINCTIVE|fact|Oakland Bears}}. {{Kittie|c087|NICKNAME}} asked if we can meet "
     "off-site, the gym has too many parents. Fine. Sessions at the library study room, Weds 5pm."),

    ("case_presentation", "direct", None,
     "Sports medicine case conference\n\n"
     "{{Dr. Dörr|c145|FAMILY_NAME}} is a {{surgeon|c145|DISTINCTIVE|occupation}} who volunteers as head coach of an under-12 softball "
     "team. He was referred by the league after a shouting match with an umpire that was filmed and shared. He is "
     "mortified. He reports that since his divorce the team is 'the only family schedule I still have', and his "
     "daughter {{Reinhilde|c145|RELATIVE}} used to play on it. Work: anger as grief."),

    ("team_note", "direct", None,
     "Reminder to self: confirm Monday with {{samuelcollier53@proton.me|c252|EMAIL}} ({{Rockets U14 softball coach|c252|DISTINCTIVE|fact|Quincy Rockets}}, asked "
     "for email not text)."),

    ("social_post", "direct", None,
     "Summer camp is here! Huge thanks to {{Summer King|c269|FULL_NAME}}, who after everything she's worked through in our "
     "sessions this year is back on the bench coaching the {{Clayton Tigers U12|c269|DISTINCTIVE|fact|Clayton Tigers}}. "
     "So proud. #hockey #summercamp #coachesmentalhealth"),

    ("team_note", "direct", None,
     "Club psych notes - Coach {{Robert Flores|c111|FULL_NAME}} ({{Clinton Tigers U12|c111|DISTINCTIVE|fact|Clinton Tigers}}). Not his son, the dad. Stress re: {{hotel "
     "job|c111|DISTINCTIVE|occupation}} + {{the Family Feud thing|c111|DISTINCTIVE|fact|season 17 of Family Feud}} resurfacing online. Wife {{Erika|c111|RELATIVE}} says he's not sleeping."),

    ("team_note", "direct", None,
     "Msg for Dr. B: {{Vic|c335|NICKNAME}} from the U10 soccer program called. Call back {{318 628 3410|c335|PHONE}}. "
     "Says it's about his daughter {{Miranda|c335|RELATIVE}}, not about him."),

    ("email", "direct", None,
     "Subject: staff wellbeing\n\n"
     "Hi all,\n\n"
     "As some of you know, {{Andy Mcdaniel|c219|NICKNAME|nickname_full}} from our {{physio|c219|DISTINCTIVE|occupation}} team has "
     "been seeing me for support since the end of the season. She's okay with me telling the department she's on "
     "reduced hours for a month. Please don't ask her about it; just cover her Thursday clinics.\n\n"
     "Thanks,\nDr. Emma Bright, Club Psychologist"),

    ("team_note", "direct", None,
     "Home visit, {{3738 Lopez Court|c376|ADDRESS|street}}. Client {{coaches U14 volleyball|c376|DISTINCTIVE|fact|Hudson Otters}}, works {{dispatch|c376|DISTINCTIVE|occupation}}. Lots of trophies in "
     "the hallway. Daughters {{Shannon|c376|RELATIVE}} and {{Lauren|c376|RELATIVE}} at school. Good session."),

    ("team_note", "direct", None,
     "Youth athlete intake. {{Danielle Holden|c153|FULL_NAME}} (the daughter, not mum; same name). DOB {{12.06.2008|c153|DOB}}. {{Coaches "
     "the little ones' U10 hockey|c153|DISTINCTIVE|fact|Quincy Pioneers}} on Saturdays. Referred by school nurse, concern re: restrictive eating."),

    ("email", "direct", None,
     "Subject: {{American Ninja Warrior contestant|c002|DISTINCTIVE|fact|American Ninja Warrior}}\n\n"
     "Hi Coach,\n\n"
     "{{Veronica Schwital|c002|MISSPELLED_NAME}} has asked me to let you know she'll miss the next two sessions of the "
     "adult obstacle class for health reasons. She's working with me on it. She {{was on season 26|c002|DISTINCTIVE|fact|season 26 of American Ninja Warrior}}, so she'll be back, "
     "don't you worry.\n\n"
     "Best,\nEmma"),

    # ---------------------------------------------------------------- quasi
    ("social_post", "quasi", None,
     "Big shoutout to one of my clients, an {{IT support tech|c001|DISTINCTIVE|occupation}} in {{Oakland|c001|ADDRESS|city}} who "
     "{{coaches the Oakland Rockets U14 girls|c001|DISTINCTIVE|fact|Oakland Rockets}}. They won the regional final last night "
     "and she did it with her anxiety in the passenger seat, not driving. #coachesmentalhealth #basketball"),

    ("team_note", "quasi", None,
     "The new assistant coach for {{the Kingston Hawks U12 basketball|c035|DISTINCTIVE|fact|Kingston Hawks under-12}} is "
     "already a client of mine - works in HR at {{Le Insurance|c035|EMPLOYER}}. Flag for the club: I can't do her "
     "coach-wellbeing check-in."),

    ("team_note", "quasi", None,
     "Junior athlete referral. {{Hawthorne Middle School|c045|SCHOOL}} student, {{coaches the Kingston Hawks U14 lacrosse|c045|DISTINCTIVE|fact|Kingston Hawks under-14 lacrosse}} "
     "(unusual at that age). Mom {{Li Na|c045|RELATIVE}} asked for the referral. Intake Weds."),

    ("email", "quasi", None,
     "Subject: coach conflict\n\n"
     "Hi Dan,\n\n"
     "Re: the softball complaint. The coach involved ({{Springfield Otters U12|c094|DISTINCTIVE|fact|Springfield Otters}}) is "
     "an {{insurance adjuster|c094|DISTINCTIVE|occupation}} here in {{Springfield|c094|ADDRESS|city}} and already sees me privately, "
     "so I need to recuse from the mediation. Her sister {{Alexandra|c094|RELATIVE}} may contact the league; that's "
     "up to them.\n\nEmma"),

    ("social_post", "quasi", None,
     "This coach is a {{bank teller|c208|DISTINCTIVE|occupation}} in {{Waverly|c208|ADDRESS|city}}, {{runs the Waverly Hawks U10 lacrosse|c208|DISTINCTIVE|fact|Waverly Hawks}} "
     "and, yes, {{owns Pickles the viral alpaca|c208|DISTINCTIVE|fact|alpaca named Pickles}}. He's also been brave enough to work "
     "on his panic with me this spring. #menshealth #lacrosse"),

    ("team_note", "quasi", None,
     "Softball league mental-health check-ins, coach list:\n"
     "- {{Dayton Falcons U10|c228|DISTINCTIVE|fact|Dayton Falcons}}: {{barista|c228|DISTINCTIVE|occupation}} from {{Dayton|c228|ADDRESS|city}}, in "
     "therapy with me already, do not assign\n"
     "- others: to be allocated"),

    ("team_note", "quasi", None,
     "Note: the {{Springfield Wolves U10 softball coach|c229|DISTINCTIVE|fact|Springfield Wolves}} who {{breeds Corgis|c229|DISTINCTIVE|fact|Corgis in Springfield}} (sister {{Pamela|c229|RELATIVE}}) "
     "rang to cancel. Grief around the anniversary. Offer next week."),

    ("email", "quasi", None,
     "Subject: volleyball coach referral\n\n"
     "The {{carpenter|c122|DISTINCTIVE|occupation}} from {{Waverly|c122|ADDRESS|city}} who coaches the {{Waverly Storm U14s|c122|DISTINCTIVE|fact|Waverly Storm}} "
     "came to see me after the tournament. I'd like to keep her; please route any club referrals to Dr. Bright."),

    # ---------------------------------------------------------------- benign
    ("social_post", "benign", "public_figure",
     "Still think about Kevin Love's essay on having a panic attack mid-game. If an NBA champion can say it out loud, "
     "so can your 14-year-old point guard. #athletementalhealth"),

    ("team_note", "benign", "not_a_client",
     "Coaching staff meeting: Head Coach Darnell Pryce, assistant coach Lisa Varga, athletic trainer Tom Becker. "
     "Topic: concussion protocol and mental health. No client info."),

    ("social_post", "benign", "name_as_word",
     "Pat yourself on the back, coaches. 600 miles of driving to away games this season, and every kid got home safe. "
     "Summer break well earned. #youthsports"),

    ("team_note", "benign", "fits_several",
     "Possible referral: an adult in our obstacle class who was on American Ninja Warrior. We have more than one of "
     "those. Ask Coach which one before I reply."),

    ("team_note", "benign", "single_attribute",
     "A coach from the Kingston Hawks asked about the coach-wellbeing workshop. Sent the sign-up link."),

    ("email", "benign", "writer_family",
     "Subject: carpool\n\n"
     "Hi Lauren, my son Chase has hockey at 7 and my daughter Summer has swim at 8, so can you take both on "
     "Saturday? I'll do Sunday. - Emma"),

    ("case_presentation", "benign", "deidentified",
     "De-identified: Athlete, 17, varsity level, presenting with performance anxiety after an injury. Family "
     "supportive. Interventions: imagery, graded return, sleep. Outcome: back in the line-up in 6 weeks."),

    ("team_note", "benign", "different_clients",
     "Tournament volunteers: one from the Quincy Otters, one from the Dayton Falcons, one from Cline Electric doing "
     "food. Three different people, none of them need anything from me."),

    ("social_post", "benign", "weak_attribute",
     "Shout out to all the volunteer coaches in Springfield who work full-time and still show up at 6am. You're "
     "appreciated. #youthsports #volunteers"),
]
