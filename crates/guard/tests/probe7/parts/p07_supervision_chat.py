# Voice: the fortnightly supervision group's chat channel. Bronwyn Tully (Australian,
# couples therapist) posts most; Priya Raghunathan (supervisor), Callum, Siobhán, Noémie
# (trainee) reply. Informal, quick, sometimes too quick.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("team_note", "direct", None, """need a sanity check before Thurs on {{Ree|c284|NICKNAME}} - {{corrections officer|c284|DISTINCTIVE|occupation}}, two teenage daughters, says the job is "fine" but hasn't slept more than 4 hrs since the riot at the facility. I reckon she's minimising. happy to bring to group"""),

    ("team_note", "direct", "multi_client", """case list for Tues group sup:
1. {{Tiff|c071|NICKNAME}} (Callum) - stuck, 14 sessions, no movement
2. {{Les|c181|NICKNAME}} (me) - ending, want to think about how
3. Noémie - her first couple
10 mins each pls, Priya's strict about time 😅"""),

    ("team_note", "direct", None, """ok I have to say it. my new bloke is called {{James Bond|c254|FULL_NAME}}. he's a {{retail manager|c254|DISTINCTIVE|occupation}}, he's 65, and he has heard every joke. I made it through the whole assessment without smiling. barely"""),

    ("team_note", "direct", None, """{{Sage|c149|GIVEN_NAME}} told me today she's ready to finish. 2 years. I'm proud of her and also weirdly gutted. is that normal or is that a supervision topic 😬"""),

    ("team_note", "direct", None, """quick one re {{KW|c083|INITIALS}} ({{the bookshop on Ferry St|c083|DISTINCTIVE|fact|bookshop on Ferry Street}}) - he offered me a discount card. I said no obviously. do I need to write it up?"""),

    ("team_note", "direct", None, """{{Mae Knight|c170|NICKNAME|nickname_full}} brought photos from her {{MasterChef|c170|DISTINCTIVE|fact|MasterChef}} days to session, wanted to talk about the version of herself she was then. lovely session actually"""),

    ("team_note", "direct", None, """can someone with access to the practice phone text {{323 625 2679|c275|PHONE}} and say I'm sick today? I can't log in from home. she's at 10"""),

    ("team_note", "direct", None, """{{Mathew Newton|c259|MISSPELLED_NAME}}'s mum rang again wanting to know what he talks about in sessions. he's 16. I held the line but she was not happy. Priya can we talk about confidentiality with teens in group"""),

    ("team_note", "direct", None, """update on {{Joy|c275|GIVEN_NAME}}: {{the llama, Lady Marmalade, went viral AGAIN|c275|DISTINCTIVE|fact|llama named Lady Marmalade}} and she's getting messages from strangers at work. we're doing some boundary work around the internet stuff"""),

    # ---------------------------------------------------------------- benign
    ("team_note", "benign", "therapy_life", """anyone else find the new notes template an absolute nightmare? 6 dropdowns to say "client attended, we talked". I'm going back to free text"""),

    ("team_note", "benign", "name_as_word", """rich discussion today, thanks all. frankly I needed that after the week I've had"""),

    ("team_note", "benign", "celebrity_namesake", """James Bond energy from my 8am today. all charm, zero feelings, exits the room like there's a helicopter waiting 😂"""),

    ("team_note", "benign", "name_as_word", """sage advice from Priya as always 🙏 'you don't have to fix the marriage in the first session'"""),

    ("team_note", "benign", "deidentified_case", """for Thurs: couple, together 15 yrs, two kids, he wants to separate, she wants to "try everything". both agreed to 6 sessions to decide. I'm finding it hard not to take a side. no names obvs"""),

    ("team_note", "benign", "public_figure", """has everyone heard the new Esther Perel episode? the one about couples who stay together for the mortgage. Gottman would have a fit"""),

    ("team_note", "benign", "nonclient_namesake", """my husband Mark made lamingtons for group sup, I'll bring them Thurs. you're welcome"""),

    ("team_note", "benign", "nonclient_person", """welcome Lachlan to the group! he's joined us from the Brisbane clinic and specialises in men's groups. Lachlan, Priya runs a tight ship, bring one case and snacks"""),

    ("team_note", "benign", "weak_attribute", """is it just me or is everyone's caseload nurses at the moment? I've got four. the hospitals are on their knees"""),

    ("team_note", "benign", "therapy_life", """reminder: sup notes are due in the shared drive by Friday. first names only or initials with NOTHING else, Priya says she'll send them back otherwise"""),

    # ---------------------------------------------------------------- quasi
    ("team_note", "quasi", None, """wanting to bring my {{HVAC tech|c089|DISTINCTIVE|occupation}} from {{Brookfield|c089|ADDRESS|city}} to group - she {{coaches the Tigers' under-14 softball side|c089|DISTINCTIVE|fact|Brookfield Tigers under-14 softball}} and one of the players has made a complaint about her. she's spiralling"""),

    ("team_note", "quasi", None, """my paramedic, the one from {{St Francis's|c131|EMPLOYER}} - {{was on series 27 of MasterChef|c131|DISTINCTIVE|fact|season 27 of MasterChef}} - has asked whether I'll watch his episode. I don't know what to say. thoughts?"""),

    ("team_note", "quasi", None, """the firefighter I mentioned last time: {{hosts the Backyard Mechanic podcast|c186|DISTINCTIVE|fact|Backyard Mechanic podcast}} and also {{plays timpani in the Hamilton Symphony|c186|DISTINCTIVE|fact|timpani in the Hamilton Symphony}}. the woman does not stop. wondering if the busyness is the avoidance"""),

    ("team_note", "quasi", None, """tricky one: client's partner {{Holly|c099|RELATIVE}} emailed me directly asking for a joint session. he {{does the Honest Parent podcast|c099|DISTINCTIVE|fact|Honest Parent podcast}} and apparently talked about therapy on it last week without telling me. how do I handle the email?"""),
]
