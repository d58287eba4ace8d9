"""Group therapy: rosters, session notes, screening, reminders."""

DOCS = [
    ("team_note", "direct", None,
     "DBT skills group, Tues 6 to 8pm, spring cohort\n"
     "1. {{Gilberto Guzman|c033|FULL_NAME}}\n"
     "2. {{Kari Peterson|c009|FULL_NAME}}\n"
     "3. {{Ortrun Oestrovsky|c134|FULL_NAME}}\n"
     "4. Fionnuala Tierney (external referral, seen by Dr Nair, not on our caseload)\n"
     "5. Bjorn Lindqvist (external)\n"
     "6. Anneliese Vance (external)\n"
     "Co-facilitators: Ezra + Meera. Diary cards start wk 1."),

    ("team_note", "direct", None,
     "Grief group, session 4/8\n"
     "Present: {{Caitlyn|c017|GIVEN_NAME}}, {{Derek|c077|GIVEN_NAME}}, {{Hector|c021|GIVEN_NAME}}, "
     "{{Ileana|c131|GIVEN_NAME}}, Marjorie (ext.), Wilfred (ext.). Apologies: Doreen.\n"
     "Theme: anniversaries. {{Hector|c021|GIVEN_NAME}} brought a photo of his wife, first time he's named her in group. "
     "{{Derek|c077|GIVEN_NAME}} left at the break, texted later to say he was OK. {{Caitlyn|c017|GIVEN_NAME}} and Marjorie "
     "have started meeting for coffee outside group; noted for next week's check on subgrouping.\n"
     "Next week: letters to the person who died (optional)."),

    ("email", "direct", None,
     "Subject: men's group, screening outcome\n\n"
     "Hi Meera, I screened {{Vladimir Jacob|c120|FULL_NAME}} for the men's group today. Good fit, I think: motivated, "
     "some insight, no current substance use. He mentioned his brother {{Friedbert|c120|RELATIVE}} did a similar group "
     "in Germany and 'came back a different person', which is a lot of pressure to put on eight Thursdays. Happy to "
     "offer him the next place.\n\nEzra"),

    ("team_note", "direct", None,
     "SMS reminders, Thurs men's group (send Weds 6pm):\n"
     "- {{Darrell Fox|c178|FULL_NAME}}: {{(716) 282-8777|c178|PHONE}}\n"
     "- {{Roy Harrington|c121|FULL_NAME}}: {{805-882-4963|c121|PHONE}}\n"
     "- Cedric Abernathy (ext.): landline only, ring instead\n"
     "Do not put the group name in the text. Just 'Reminder: Thurs 7pm, usual place.'"),

    ("case_presentation", "direct", None,
     "Parenting group, mid-point review\n\n"
     "Eight parents started, seven remain. {{Natalie Jacobs|c212|FULL_NAME}} has been the anchor of the group: first to "
     "share, first to notice when someone's gone quiet. Risk of her becoming a co-therapist; I've started thanking her "
     "and then turning to the room. Two fathers (both external referrals, Colton and Segun) are much more engaged since "
     "the session on repair. The one who dropped out said the timing clashed with work.\n"
     "Plan: keep to the manual for sessions 5 to 8; add a tenth session for goodbyes."),

    ("team_note", "direct", None,
     "Men's group s6. {{Rusty|c132|NICKNAME}} talked about his dad for the first time, with a lot of feeling. Group held "
     "it well; Cedric stayed with him at the break. Brief check-in by phone tomorrow with {{Rusty|c132|NICKNAME}}, "
     "as agreed in group."),

    ("email", "direct", None,
     "Subject: harp, again\n\n"
     "Hi Tobias, {{Jaqueline Burke|c085|MISSPELLED_NAME}} says she has a concert the night of week 7, so she'll miss "
     "group. Would you mark her as an authorised absence? She asked that we not tell the group why. Thanks, Gwen"),

    ("case_presentation", "direct", None,
     "GROUP INTAKE BATCH, mood group (Wednesday)\n"
     "Name | DOB | Referred by\n"
     "{{Dana Daugherty|c273|FULL_NAME}} | {{1968-11-24|c273|DOB}} | GP\n"
     "{{Clarence Parker|c061|FULL_NAME}} | {{1950-09-25|c061|DOB}} | self\n"
     "Percy Hollis | 1961-02-14 | ext. (EAP)\n"
     "Note: Percy is an EAP referral, his file lives with the EAP provider, not with us."),

    ("email", "direct", None,
     "Subject: group handouts\n\n"
     "{{Derek Newman|c077|FULL_NAME}} emailed from {{d.newman@gmail.com|c077|EMAIL}} asking for last week's handout on "
     "sleep hygiene. OK to send? Other members got it on paper. Brodie"),

    ("team_note", "direct", None,
     "Post handouts for the grief group to {{Ileana Alonso|c131|FULL_NAME}}, "
     "{{6289 Bailey Road, Clayton 78405|c131|ADDRESS|street}}; she's missed two and doesn't use email. Include the "
     "group agreement again."),

    ("case_presentation", "direct", None,
     "Group suitability consult\n"
     "{{D.D.|c273|INITIALS}}, line cook at {{Georgetown Brewing Company|c273|EMPLOYER}}, mid 50s, wife very supportive. "
     "Low mood since a back injury; works late shifts. Wants the Wednesday mood group but can only make every other "
     "week. Is inconsistent attendance worse for the group than no attendance? I'd value views."),

    ("team_note", "direct", None,
     "Anxiety group, s2. {{Kari|c009|GIVEN_NAME}}: breathing exercise helpful, shared about panic on the motorway. "
     "{{Ortrun|c134|GIVEN_NAME}}: quiet, left early, phoned to say her son was ill. Fionnuala (ext.) asked to swap to "
     "the morning group. Exposure hierarchy homework set for all."),

    # quasi
    ("case_presentation", "quasi", None,
     "Group member I'm worried about: {{radiographer|c085|DISTINCTIVE|occupation}} from {{Riverside|c085|ADDRESS|city}} who "
     "{{plays harp with the Hudson Symphony|c085|DISTINCTIVE|fact|harp in the Hudson Symphony}}. Increasingly "
     "withdrawn in group, hasn't missed a session but hasn't spoken in three. Should I check in individually, or would "
     "that single her out?"),

    ("team_note", "quasi", None,
     "Mood group waitlist: man, 50s, works for {{Dover Bowling Lanes|c120|EMPLOYER}}, brother {{Friedbert|c120|RELATIVE}} "
     "recommended group work. Will offer next cohort."),

    ("email", "quasi", None,
     "Subject: group member, dogs\n\n"
     "Just a heads-up, Meera: the new member in Thursday's group is the {{paralegal|c061|DISTINCTIVE|occupation}} from "
     "{{Waverly|c061|ADDRESS|city}} who {{breeds champion Shiba Inus|c061|DISTINCTIVE|fact|Shiba Inus in Waverly}}. He "
     "will talk about the dogs for the whole check-in if we let him; gentle redirection needed."),

    ("social_post", "quasi", None,
     "Group therapy moment: a member whose {{parrot Baron went viral last year|c021|DISTINCTIVE|fact|parrot named Baron}} "
     "brought a video of him to the last session, and his son {{Geraldo|c021|RELATIVE}} filmed us all laughing. "
     "Best goodbye session I've run. 🦜"),

    ("team_note", "quasi", None,
     "Grief group referral: works in the kitchen at {{Georgetown Brewing Company|c273|EMPLOYER}}, once {{in the Lexington Herald for "
     "a Civil War sword he found at a garage sale|c273|DISTINCTIVE|fact|Lexington Herald for finding}}. Bereaved in "
     "autumn. Screen next week."),

    # benign
    ("email", "benign", "group_admin",
     "Subject: group agreement, final version\n\n"
     "Attached is the group agreement we'll read out in week 1:\n"
     "- What's said in the group stays in the group.\n"
     "- We don't talk about other members outside, even to each other.\n"
     "- If you meet a member in the street, you don't have to say hello; it's not rude.\n"
     "- Phones on silent.\n"
     "- Let the facilitators know if you can't come.\n"
     "Ezra"),

    ("case_presentation", "benign", "deidentified",
     "Group process note for training (members anonymised as A to F)\n"
     "A monopolises check-in; B and D exchange looks. C, the youngest, cries when A talks about his father. E is "
     "always five minutes late. F has not spoken in three sessions. Question for trainees: which of these is the "
     "group's problem and which is one member's, and how would you know?"),

    ("team_note", "benign", "nonclient_only",
     "Thursday group (EAP contract, none of these are on our caseload): Cedric Abernathy, Percy Hollis, Wilfred "
     "Galloway, Basil Kincaid. EAP wants attendance only, no content."),

    ("social_post", "benign", "name_as_word",
     "There is a particular joy in week 8 of a group, when the members start answering each other's questions before "
     "I can. Miles from where we started. 🌱 #grouptherapy"),

    ("team_note", "benign", "single_quasi",
     "Someone in the grief group works at Ward Dental Group and asked if we could move the session later for the "
     "dental staff who finish at six. Not possible this cohort."),

    ("email", "benign", "scheduling",
     "Subject: room for groups, autumn\n\n"
     "Hi all, the big room is ours Tuesdays and Thursdays 6 to 9 from September. The iris-print chairs from the "
     "waiting room are moving in there, so please don't let anyone eat on them. Gwen"),

    ("case_presentation", "benign", "public_figure",
     "Reading for the group facilitators' meeting: Yalom's eleven therapeutic factors, esp. universality and "
     "interpersonal learning, and Bion on basic assumption groups. Irvin Yalom's The Schopenhauer Cure is optional "
     "but fun."),

    ("team_note", "benign", "different_clients",
     "Grief group mix this round: one member's son works abroad, one is a radiographer, one coaches kids' basketball, "
     "one lost a partner of 40 years. Good spread of ages."),
]
