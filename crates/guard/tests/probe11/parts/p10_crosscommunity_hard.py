# Across communities: supervision and consultation notes, dictated notes, clients who
# share a public figure's name, relatives named far from the relation word, roles that
# single out one person, and plenty of locals who are not clients.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("case_presentation", "direct", None,
     "Supervision, 14 Nov - notes for myself.\n\n"
     "{{Shellie|c012|NICKNAME}} again dominated the session with work: the audit, the partners, the redundancies she has to "
     "announce in January. I notice I'm getting pulled into problem-solving with her. We spent ten minutes on "
     "spreadsheets. She's an {{HR manager|c012|DISTINCTIVE|occupation}}, she knows more about redundancy law than I ever will. Underneath it is the "
     "fear of being disliked, which goes back a long way, and which also shows up {{on the council|c012|DISTINCTIVE|fact|Ward 5 on the Springfield}}, where she has "
     "started abstaining on anything contentious.\n\n"
     "Last thing before she left: {{Kimberly|c012|RELATIVE}} has stopped speaking to her since the wedding. "
     "That's her daughter, for the record. I want to bring that in next time rather than the audit."),

    ("email", "direct", None,
     "Subject: re: the name thing\n\n"
     "Hi Joanne,\n\n"
     "Yes, my client really is called {{Taylor Swift|c076|FULL_NAME}}. She works nights at {{Johnson Logistics|c076|EMPLOYER}} and "
     "has heard every joke. Please don't make one at reception; she's told me the last practice she tried did, and "
     "she never went back.\n\n"
     "Best,\nDr. Femi Adebayo"),

    ("team_note", "direct", None,
     "Dictated 16:40. Client {{Kris Evans|c284|NICKNAME|nickname_full}} - no relation to the actor, as he says every time - "
     "session 6. Coaching the {{Hudson Comets|c284|DISTINCTIVE|fact|Hudson Comets}} again. Mother {{Sandra|c284|RELATIVE}} moved "
     "in. Stress manageable. Continue fortnightly."),

    ("team_note", "direct", None,
     "Voice memo transcript: callback for the {{architect|c316|DISTINCTIVE|occupation}}, his number is "
     "{{seven eight six, four one four, one oh eight oh|c316|PHONE}}, he said after six is best, "
     "he's on site till then. end of memo"),

    ("case_presentation", "direct", None,
     "School consultation (school counsellor present).\n\n"
     "{{Heather Curry|c185|FULL_NAME}}, 15, {{Whitman High|c185|SCHOOL}}. Referred for self-harm. She {{coaches an under-14 lacrosse "
     "team|c185|DISTINCTIVE|fact|Auburn Falcons under-14 lacrosse}} on Saturday mornings, unusually young for that, and says it is the only thing she is proud of. "
     "Her brother {{Timothy|c185|RELATIVE}} was suspended in October; the house has been tense. School reports her "
     "grades have held up. She was clear that she does not want anyone at the club told.\n\n"
     "The school counsellor asked whether we'd speak to the family. After the meeting, a call came from "
     "{{Emily|c185|RELATIVE}}, who was upset she'd not been invited, and said she's the one who signs the forms, "
     "being the mother."),

    ("email", "direct", None,
     "Subject: {{Michelle|c388|GIVEN_NAME}} - consult\n\n"
     "Hi Ade,\n\n"
     "Consult request about {{Michelle Williams|c388|FULL_NAME}} (yes, like the actress). She's a {{school counselor|c388|DISTINCTIVE|occupation}} "
     "in {{Quincy|c388|ADDRESS|city}}, so she refers kids to half the practices in town, and she's worried about "
     "confidentiality if she's seen in our waiting room. Any ideas for a discreet entrance?\n\n"
     "Joanne"),

    # ---------------------------------------------------------------- quasi
    ("case_presentation", "quasi", None,
     "Peer consultation - rural network.\n\n"
     "The client is a care assistant at {{Manchester General Hospital|c022|EMPLOYER}}, early 50s, "
     "with a long history of caring for everyone but herself. She presents with exhaustion and a low, steady "
     "resentment she is ashamed of. Her wife works long hours; her own mother is ageing. We've talked about "
     "what she gets out of being needed.\n\n"
     "The turning point last month came when {{Molly|c022|RELATIVE}}, home from college for the weekend, told her she "
     "was 'allowed to be tired'. She cried telling me this. {{Molly|c022|RELATIVE}} is the elder of her two girls."),

    ("team_note", "quasi", None,
     "Consult q for Ade: client works for {{the Waverly Herald|c168|EMPLOYER}} (music, not news) and coaches the "
     "{{Lexington Falcons U12 soccer|c168|DISTINCTIVE|fact|Lexington Falcons}}. The paper wants to run a piece about "
     "coaches' mental health and he's asked me to be interviewed. Obviously no. How do I say no without it "
     "looking like a no about him?"),

    ("email", "quasi", None,
     "Subject: conflict check\n\n"
     "Joanne, before I take on the graphic designer from {{the Oxford Herald|c186|EMPLOYER}}: she {{plays harp in the Oxford Symphony|c186|DISTINCTIVE|fact|harp in the Oxford Symphony}} "
     "with my wife. Small town. I think you should take her. - Ade"),

    ("team_note", "quasi", None,
     "Note: the {{HR manager|c395|DISTINCTIVE|occupation}} in {{Centerville|c395|ADDRESS|city}} who {{plays in two orchestras|c395|DISTINCTIVE|fact|Symphony Orchestra}} "
     "asked if her daughter {{Caitlin|c395|RELATIVE}} can join the family session."),

    # ---------------------------------------------------------------- benign
    ("team_note", "benign", "not_a_client",
     "Community meeting re: the flood. Present: Mayor Ellen Dunleavy, Pastor Kenneth Ruiz, Rabbi Naomi Feld, Coach "
     "Darnell Pryce, Fire Chief Marta Kowalczyk. Practice to offer free drop-in sessions at the library, Thursdays."),

    ("case_presentation", "benign", "deidentified",
     "De-identified for the regional meeting: a woman in her 40s who works in HR, married, two children. Presents "
     "with burnout after a round of layoffs she had to manage. Teaching point: moral distress in middle managers."),

    ("email", "benign", "name_as_word",
     "Subject: bill\n\n"
     "Hi, your bill for March is attached. Will you be paying by card again? Pat yourself on the back for "
     "keeping up with sessions. Sky-high petrol prices mean we've added more video slots. - Front desk"),

    ("social_post", "benign", "public_figure",
     "Country fans: Miranda Lambert singing about small-town gossip is basically a lecture on why confidentiality "
     "matters so much in rural practice. #ruraltherapy #confidentiality"),

    ("team_note", "benign", "fits_several",
     "A caller who breeds Bernese mountain dogs asked about grief counselling after losing one. We have a few "
     "Bernese people on the books; front desk to take the full name."),

    ("email", "benign", "writer_family",
     "Subject: school pick-up\n\n"
     "Joanne, could you cover my 3pm? Molly has a temperature and my husband is in Kingston. Emily (my sister) can "
     "take the 4pm if needed. Thanks! - Rachel"),

    ("team_note", "benign", "different_clients",
     "Referrals this week: one from Manchester General Hospital, one from the Oxford Herald, one from a coach in "
     "Lexington. Three different people, allocate to different clinicians."),

    ("social_post", "benign", "name_as_word",
     "Harmony, Melody and Chase are the names of the three therapy-dog puppies joining our practice this spring. "
     "Come meet them on Saturday! #therapydogs"),

    ("team_note", "benign", "single_attribute",
     "Someone who plays in the Oxford Symphony rang asking about performance anxiety sessions. No name. Call back."),

    ("social_post", "benign", "fits_several",
     "In a town this size, 'the teacher who coaches' describes about half our caseload. Please, colleagues, stop "
     "thinking a role is anonymous just because there's no name. #confidentiality #smalltowntherapist"),

    ("case_presentation", "benign", "deidentified",
     "Composite vignette for ethics training: a therapist in a town of 2,000 discovers that a new client's "
     "estranged brother is her own dentist. Discuss: disclosure, referral, and the limits of 'just refer out' when "
     "there is no one else within 80 miles."),

    ("email", "benign", "not_a_client",
     "Subject: thanks\n\n"
     "Dear Mr. Grant,\n\n"
     "Thank you for hosting our community wellbeing stall at the hardware store on Saturday. Your staff were "
     "wonderful and we signed up 30 people for the newsletter.\n\n"
     "Warm regards,\nDr. Femi Adebayo"),

    ("team_note", "benign", "weak_attribute",
     "Stats: 12 new clients from Quincy this month, mostly teachers and nurses, ages 25-60. No individual info."),
]
