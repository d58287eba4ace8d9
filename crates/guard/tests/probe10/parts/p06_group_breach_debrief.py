"""Group therapy: confidentiality breaches written up for the next agenda, co-facilitator debriefs."""

DOCS = [
    ("team_note", "direct", None,
     "AGENDA, Women's group, next Tues\n"
     "1. Check-in\n"
     "2. Confidentiality (facilitators to raise, ~20 min). Background, not to be read out: {{Brenda|c366|GIVEN_NAME}} "
     "told us after group that {{Sharon|c375|GIVEN_NAME}} repeated to her own sister what {{Tiffany|c354|GIVEN_NAME}} "
     "shared in week 3 about her son. {{Tiffany|c354|GIVEN_NAME}} doesn't know yet. We'll revisit the group agreement "
     "without naming anyone and speak to {{Sharon|c375|GIVEN_NAME}} individually first (Meera, Mon).\n"
     "3. Skills: radical acceptance\n"
     "4. Close"),

    ("email", "direct", None,
     "Subject: debrief Thurs\n\n"
     "Hey Ezra,\n\n"
     "My notes from tonight before I forget: {{Daniel|c327|GIVEN_NAME}} barely spoke and left straight after; "
     "{{Adam|c337|GIVEN_NAME}} took up the first 40 min again and I didn't manage to cut in, sorry. I think we need to "
     "agree a signal. The two external guys (Segun and Lachlan) were great with each other. Also, I'm pretty sure "
     "{{Adam|c337|GIVEN_NAME}} has worked out where {{Daniel|c327|GIVEN_NAME}} works, he made a comment about 'the "
     "uniform'. Worth watching.\n\nM."),

    ("case_presentation", "direct", None,
     "INCIDENT NOTE: possible confidentiality breach, men's group\n"
     "On Sunday {{Allen Jackson|c338|FULL_NAME}} posted on a local Facebook page about \"a guy in my therapy group who "
     "{{was on Wheel of Fortune|c334|DISTINCTIVE|fact|season 30 of Wheel of Fortune}}\". Another member, {{Ricky Brock|c334|FULL_NAME}}, saw the post and rang the clinic upset. "
     "The post was taken down within the hour after I called Mr. {{Jackson|c338|FAMILY_NAME}}.\n"
     "Actions: individual meetings with both; group agreement to be revisited at the next session; no further "
     "detail to be shared with the group. Reported to the clinical lead."),

    ("team_note", "direct", None,
     "Co-fac debrief, Weds mixed group: {{Oliver|c346|GIVEN_NAME}} H. disclosed a relapse; group responded well, "
     "Kunle (ext.) offered his number, which we'll need to talk about (contact outside group). Tabby from the Friday "
     "group turned up by mistake, sent back to reception. No risk issues."),

    ("email", "direct", None,
     "From: {{Victoria Williams|c365|FULL_NAME}} <{{victoria.williams@gmail.com|c365|EMAIL}}>\n"
     "To: groups@\n"
     "Subject: something that happened after group\n\n"
     "I don't want to make a fuss but someone from our group mentioned to my neighbour that I was 'in therapy for my "
     "daughter'. I only said that in the group. I'm not sure I can come back next week. Please don't say it was me "
     "who told you.\n{{Victoria|c365|GIVEN_NAME}}"),

    ("team_note", "direct", None,
     "Debrief, bereavement group s7. {{Jonnie|c292|NICKNAME}} brought {{Eric|c292|RELATIVE}}'s watch and passed it "
     "round. Room very quiet. Two members in tears. Ended 5 min late; note for next week to protect the ending."),

    ("email", "direct", None,
     "Subject: Re: Thursday group\n\n"
     "Minor thing: the sign-in sheet has \"{{Kathleen Alexandre|c359|MISSPELLED_NAME}}\" on it, and she was annoyed "
     "that it was left on the front desk where anyone could read it. Can we keep it in the group room from now on? G."),

    ("case_presentation", "direct", None,
     "Screening summary for the long-term group\n"
     "Name: {{Madison Adams|c372|FULL_NAME}}\n"
     "Born: {{Feb 22, 1953|c372|DOB}}\n"
     "Suitability: good. Long history of individual therapy; wants to practise being seen by more than one person at "
     "a time. Works shifts in corrections; anticipates others in the group may have had contact with the prison "
     "system, and we talked about what that might be like for her.\n"
     "Recommendation: offer place in September cohort."),

    ("team_note", "direct", None,
     "Msg: {{Pamela Gordon|c306|FULL_NAME}} rang from {{505 625 1011|c306|PHONE}}, won't be at group, says another "
     "member has been messaging her on Instagram and she isn't comfortable. Call back before Tues."),

    ("team_note", "direct", None,
     "Boundaries note: {{Jaclyn|c385|GIVEN_NAME}} has been giving {{Jun|c376|GIVEN_NAME}} a lift home after group to "
     "{{3607 Hudson Lane|c376|ADDRESS|street}}. Both say it's fine. Raise subgrouping gently in group; not a rule "
     "breach as such, but it changes the room."),

    ("email", "direct", None,
     "Subject: Mr. {{Hamilton|c305|FAMILY_NAME}}\n\n"
     "Ezra, Mr. {{Hamilton|c305|FAMILY_NAME}} asked after group whether he could switch to the daytime group because of "
     "his shifts. I said I'd ask. He's been a steadying presence in the Tuesday room, so I'm sorry to lose him if so. "
     "Meera"),

    # quasi
    ("case_presentation", "quasi", None,
     "Debrief for supervision\n"
     "New member, a {{firefighter|c252|DISTINCTIVE|occupation}} from {{Newport|c252|ADDRESS|city}}, mentioned her son "
     "{{Gerhard|c252|RELATIVE}} by name in the first round. Another member's face changed; I think they know each "
     "other through the kids' school. We didn't address it in the room. Should we?"),

    ("team_note", "quasi", None,
     "Agenda note: a member {{coaches the Clinton Pioneers under-10 volleyball|c305|DISTINCTIVE|fact|Clinton Pioneers under-10 volleyball}}, "
     "and another member's grandchild is on the team. He found out last week. Both say they're fine. He also "
     "{{made the Troy Herald for handing back a wallet with $10,000 in it|c305|DISTINCTIVE|fact|Troy Herald for returning}}, "
     "which the other member brought up in group. Discuss dual relationships in the next session, without names."),

    ("email", "quasi", None,
     "Subject: member recognised\n\n"
     "Meera, one of the Wednesday members told me after group that the woman who "
     "{{breeds Basenjis over in Clayton|c365|DISTINCTIVE|fact|Basenjis in Clayton}} is the same person who "
     "{{sits on the Lexington city council for Ward 7|c365|DISTINCTIVE|fact|Ward 7 on the Lexington}}, and she "
     "wasn't sure she could talk freely in front of a councillor. Can we discuss before next week? E."),

    ("team_note", "quasi", None,
     "Breach, Friday group: a member told a friend that someone in group "
     "{{owns the yoga studio on Wagner Lane|c359|DISTINCTIVE|fact|yoga studio on Wagner Lane}} and "
     "{{the dog-grooming place on Liberty Court|c359|DISTINCTIVE|fact|dog-grooming salon on Liberty Court}}. The friend "
     "went to the yoga studio and mentioned it. Member affected has been told. Group to be addressed Friday."),

    ("social_post", "quasi", None,
     "Group therapy isn't for everyone, but this week one member, a {{primary school teacher|c369|DISTINCTIVE|occupation}} "
     "here in {{Madison|c369|ADDRESS|city}} who {{coaches the under-10 Otters on Saturdays|c369|DISTINCTIVE|fact|Madison Otters under-10 soccer}}, "
     "said the group was the first place he'd cried in twenty years. 🥹"),

    # benign
    ("team_note", "benign", "deidentified",
     "Agenda item for next week (as it will be read out): \"We've been made aware that something shared in this room "
     "was talked about outside it. We're not going to discuss who or what. We'd like to spend some time today on what "
     "confidentiality means to each of you, and what we want to do if it happens again.\""),

    ("email", "benign", "nonclient_only",
     "Subject: debrief, Monday EAP group\n\n"
     "Quick debrief from the EAP group (none of them are ours, notes go back to the EAP): Segun and Lachlan clashed "
     "again; Hilda cried for the first time; Basil didn't come and didn't call. Next week I'll start with the group "
     "agreement. Ezra"),

    ("social_post", "benign", "name_as_word",
     "Pat yourself on the back if you ran a group this week and nobody stormed out. Ray of sunshine, me, apparently. ☀️ "
     "#groupfacilitator"),

    ("team_note", "benign", "single_quasi",
     "Group screening: applicant works for Hudson Police Department and is worried about meeting people he's "
     "arrested. Offered the out-of-area group instead."),

    ("email", "benign", "staff",
     "Subject: Victoria's leaving do\n\n"
     "Hi all, it's Victoria's last day on the 30th after nine years of running the Tuesday groups. Drinks at the "
     "Anchor from 6. Card is in Meera's office, please sign it! Gwen"),

    ("case_presentation", "benign", "public_figure",
     "Seminar: confidentiality in groups. We'll look at the AGPA ethics guidelines, Yalom and Leszcz on group "
     "agreements, and the Tarasoff case for the limits of confidentiality. Bring a (made-up) example of a breach and "
     "how you'd handle it."),

    ("team_note", "benign", "different_clients",
     "Friday group mix: one member is a firefighter, one owns a yoga studio, one breeds Basenjis, one works at the "
     "hotel. Plenty of chances for people to know each other outside; do the 'if you recognise someone' talk in "
     "week 1."),

    ("social_post", "benign", "therapy_life",
     "Co-facilitating is a marriage where you both agree never to talk about work at dinner, and then you do it "
     "anyway, in the car park, for 45 minutes. 💬 #grouptherapy"),

    ("email", "benign", "name_as_word",
     "Subject: rota\n\n"
     "Bill for the room hire came in, I'll pay it Monday. Will someone cover the Wednesday group on the 14th? I'm at "
     "the dentist. Hope that's OK. Faith (the cleaner) says she can lock up."),
]
