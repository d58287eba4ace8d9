# Voice: very short fragments -- subject lines alone, calendar titles, sticky notes,
# SMS and push-notification previews, filenames, to-do items. Most are one line; many
# hold nothing but a word that is also a client's name.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("team_note", "direct", None, """{{Klara|c155|GIVEN_NAME}} S - intake"""),

    ("email", "direct", None, """RE: {{Ivy Chung|c044|FULL_NAME}} - letter for GP"""),

    ("email", "direct", None, """FW: Missed appt – Mr {{Ríos|c110|FAMILY_NAME}}"""),

    ("team_note", "direct", None, """{{Hölzenbecher_Anthony|c174|FULL_NAME}}_intake_2025-05-12.docx"""),

    ("team_note", "direct", None, """Messages • now
{{Jess|c197|NICKNAME}}: hiya can we do 5 instead of 4 tmrw? x"""),

    ("team_note", "direct", None, """Call back {{Morey|c263|NICKNAME}} re invoice (he says he paid twice)"""),

    ("team_note", "direct", None, """Tue 10:00–10:50 · {{Thys|c252|NICKNAME}} B. · Room 2 · Dr Keane"""),

    ("team_note", "direct", None, """{{(419) 810-9904|c379|PHONE}} – pls call back, said it's urgent, wouldn't leave a name"""),

    ("team_note", "direct", None, """{{d.marquez@aol.com|c196|EMAIL}} bounced again - check spelling with her on Thurs"""),

    ("team_note", "direct", None, """{{Ally|c382|NICKNAME}} B - DOB on form is {{1995-10-14|c382|DOB}}, portal says 1995-10-41?? typo"""),

    ("email", "direct", None, """Subject: Letter for {{Pate Salinas|c181|NICKNAME|nickname_full}} (housing)"""),

    ("team_note", "direct", None, """{{grace|c293|GIVEN_NAME}} s f/u 3pm"""),

    ("team_note", "direct", None, """{{Bastida|c019|FAMILY_NAME}}, C. – 6-session review – bring CORE-10"""),

    ("team_note", "direct", None, """🔔 Dr Keane, your 2:00 PM ({{Summer|c261|GIVEN_NAME}} F.) has checked in."""),

    # ---------------------------------------------------------------- quasi
    ("team_note", "quasi", None, """{{HoldenTech|c055|EMPLOYER}} {{UX designer|c055|DISTINCTIVE|occupation}} ({{Waverly|c055|ADDRESS|city}}) – intake 90m"""),

    ("email", "quasi", None, """Re: the {{journalist|c168|DISTINCTIVE|occupation}} from {{Bristol|c168|ADDRESS|city}} - {{Oxford Herald pumpkin|c168|DISTINCTIVE|fact|Oxford Herald for growing}} story guy"""),

    ("team_note", "quasi", None, """new: Shelby PD?? no - {{Madison County Sheriff's Office|c095|EMPLOYER}}, {{Golden Saints|c095|DISTINCTIVE|fact|Golden Saints}} drummer, Weds pm"""),

    # ---------------------------------------------------------------- benign
    ("email", "benign", "name_as_word", """Hope you're well!"""),

    ("team_note", "benign", "name_as_word", """Will call after 3 - M"""),

    ("team_note", "benign", "name_as_word", """May bank holiday – clinic closed"""),

    ("team_note", "benign", "nonclient_namesake", """Grace – 1:1 (appraisal)"""),

    ("team_note", "benign", "name_as_word", """Bill – Blue Cross – resubmit with modifier"""),

    ("team_note", "benign", "name_as_word", """Art room booked 2–4"""),

    ("team_note", "benign", "therapy_life", """DOB missing on 3 referrals - chase GP"""),

    ("team_note", "benign", "nonclient_namesake", """Supervision w/ Dawn"""),

    ("team_note", "benign", "nonclient_namesake", """Joy's leaving do 🎉 Fri 5pm, Rose & Crown"""),

    ("email", "benign", "name_as_word", """Subject: Jan – Mar outcome stats"""),

    ("team_note", "benign", "name_as_word", """Frank conversation w/ landlord re: lease renewal"""),

    ("team_note", "benign", "name_as_word", """June rota v3 FINAL (2).xlsx"""),

    ("team_note", "benign", "name_as_word", """Miles to claim: 42 (home visits, May)"""),

    ("team_note", "benign", "name_as_word", """Sage & onion or chestnut stuffing for the staff lunch?? vote by Fri"""),

    ("email", "benign", "name_as_word", """Subject: Iris recognition doors - install date"""),
]
