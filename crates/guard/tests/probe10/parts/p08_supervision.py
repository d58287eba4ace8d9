"""Supervision and peer consultation about couples, families and groups, in many voices."""

DOCS = [
    ("team_note", "direct", None,
     "Supervision, 12th. Brought the {{Ortiz|c068|FAMILY_NAME}} work. {{Nib|c068|NICKNAME}} (she'd rather that than {{Isabel|c068|GIVEN_NAME}}, "
     "says {{Isabel|c068|GIVEN_NAME}} is her mother's voice) wants a joint session with the mother, who is 90-odd and "
     "sharp as a tack. Siobhán's view: go for it, but meet the mother once on her own first so she doesn't experience "
     "the joint session as an ambush. Grand. Also talked about my own mam, which I hadn't planned to."),

    ("email", "direct", None,
     "Subject: kindly advise, family case\n\n"
     "Dear Ma'am,\n\n"
     "Kindly advise regarding one family I am seeing. {{María Portillo|c047|FULL_NAME}} and her wife "
     "{{Mireia|c047|RELATIVE}} are coming with their daughter {{Fernanda|c047|RELATIVE}}, who is 11. The daughter is only "
     "speaking to {{Mireia|c047|RELATIVE}} and not to {{María|c047|GIVEN_NAME}} since two months. Actually the issue is "
     "there is a lot of pressure from the grandparents' side. I told them thoda time lagega, it will take some time, "
     "but I am not sure of the next step. Shall I see the child alone first? Please guide.\n\n"
     "Regards,\nAnanya Krishnan"),

    ("case_presentation", "direct", None,
     "Supervision log, Tuesday\n"
     "Case: {{Ellen Jordan|c081|FULL_NAME}} ('{{Nell|c081|NICKNAME}}') and family. Present at last session: her wife "
     "{{Cassie|c081|RELATIVE}} and their daughter {{Mariah|c081|RELATIVE}} (16). The daughter has been told by her aunt "
     "that her mother 'chose this life' and it has caused a big palaver in the house. I am finding it difficult to keep "
     "my own religious background out of it, if I am being honest. Supervisor (Dr Adeyemi) advised me to take it to "
     "my personal therapy and in the meantime to stay curious about the aunt's position. We go again next week."),

    ("team_note", "direct", None,
     "Group supervision, Thurs (notes by Yannick)\n"
     "- Shared: my work with {{Phil|c026|NICKNAME}} D., the retired firefighter. Family session last wk with his partner "
     "{{Kimberly|c026|RELATIVE}} and his daughter {{Christina|c026|RELATIVE}}, first time all three in a room since the "
     "stroke. He cried; so did I, eh. Group said that's OK as long as I know whose tears they are.\n"
     "- Sandrine presented her new couples group. Looking for co-facilitator.\n"
     "- Next meeting: bring a rupture-and-repair example."),

    ("email", "direct", None,
     "Subject: quick sup question\n\n"
     "G'day Fiona,\n\n"
     "Quick one before Thursday. {{Carrie Turpin|c311|NICKNAME|nickname_full}} wants her husband {{Gilbert|c311|RELATIVE}} to join "
     "a session so she can tell him about the gambling. Reckon I'm fine to have him in for that one as a one-off, or "
     "does it change the contract? She's adamant it's easier with me in the room. No worries if you'd rather we chat "
     "Thursday.\n\nCheers,\nLachlan"),

    ("team_note", "direct", None,
     "Peer consult, 15 min: {{Genevive Meunier|c013|MISSPELLED_NAME}}, 78, retired midwife, grief after losing her "
     "mother {{Audrey|c013|RELATIVE}} at 101. Family want her to 'move on'. Colleagues' view: normal grief, protect "
     "her from the family's timetable. Agreed."),

    ("case_presentation", "direct", None,
     "For supervision: capacity and family involvement\n"
     "{{Raúl Calvo|c100|FULL_NAME}}, DOB {{29 June 1956|c100|DOB}}. His partner {{Juanito|c100|RELATIVE}} and his "
     "daughter {{África|c100|RELATIVE}} disagree about whether he should move into care. He asked me to run a family "
     "meeting. I'm unsure whether that's my role or the social worker's. My instinct: I can hold the meeting, but not "
     "the decision."),

    ("team_note", "direct", None,
     "{{Modesto|c079|GIVEN_NAME}} rang from {{(208) 476-2172|c079|PHONE}}, asking whether his father "
     "{{Anacleto|c079|RELATIVE}} can come to a session 'just once, to say sorry.' I said I'd take it to supervision. "
     "Supervisor: yes, with preparation, and only if {{Modesto|c079|GIVEN_NAME}} still wants it after we've talked it "
     "through twice."),

    ("case_presentation", "direct", None,
     "Peer consult group, case 2\n"
     "{{C.C.|c066|INITIALS}}, {{real estate agent|c066|DISTINCTIVE|occupation}} in {{Hudson|c066|ADDRESS|city}}, 78, "
     "referred by her GP after her daughter moved back in with two small children. Presents as exhausted and "
     "resentful, then guilty for being resentful. Asks for family sessions, but the daughter won't come. Question for "
     "the group: what can family therapy look like with one member?"),

    ("team_note", "direct", None,
     "Supervision agenda (Jan)\n"
     "1. {{Flor|c088|FAMILY_NAME}} family ({{Leocadia|c088|GIVEN_NAME}}): the grandfather question\n"
     "2. {{Alfons Baum|c146|FULL_NAME}}: couples work with his husband, stuck\n"
     "3. {{George Nissen|c203|FULL_NAME}}: ending well\n"
     "4. My own caseload numbers (too many)"),

    ("email", "direct", None,
     "Subject: genogram received\n\n"
     "{{Hilde|c218|GIVEN_NAME}} sent her family genogram last night from {{h.oderwald@yahoo.com|c218|EMAIL}}. It's "
     "beautifully done, three generations, colour-coded. Can I bring it to supervision on Friday if I black out the "
     "names? Her husband {{Murat|c218|RELATIVE}} and son {{Pero|c218|RELATIVE}} are on it too. Saoirse"),

    ("team_note", "direct", None,
     "Home visit for family session, {{Ronny|c248|NICKNAME}}'s place, {{1761 Juniper Road|c248|ADDRESS|street}}. "
     "Son {{Johnny|c248|RELATIVE}} answered the door. Daughter {{Tiffany|c248|RELATIVE}} arrived 20 min late and left "
     "early. Discussed in supervision: home visits invite everyone's rules in with you."),

    # quasi
    ("team_note", "quasi", None,
     "Sup: the family where the client's partner, {{Amparo|c088|RELATIVE}}, and her father, {{Remigio|c088|RELATIVE}}, "
     "haven't spoken for ten years. Client wants them both at her fortieth. Supervisor: not our job to broker the "
     "party, but we can help her decide what she wants."),

    ("email", "quasi", None,
     "Subject: consult, dad in tech\n\n"
     "Siobhán, could I run something by you? A {{UX designer|c100|DISTINCTIVE|occupation}} in {{Troy|c100|ADDRESS|city}}, "
     "late 60s, whose daughter {{África|c100|RELATIVE}} wants him to move in with her. He says yes to her face and no "
     "to me. I think I'm being used as the place where the 'no' lives. Thoughts?"),

    ("case_presentation", "quasi", None,
     "Peer consult, couples\n"
     "Young man, early 20s, married to {{Stefan|c146|RELATIVE}}; his mother {{Margitta|c146|RELATIVE}} lives with "
     "them and does not accept the marriage. He wants couples work; the husband wants the mother out first. Where "
     "would you start?"),

    ("team_note", "quasi", None,
     "Supervision, ending: client's wife {{Sussanne|c203|RELATIVE}} is pregnant, and his father "
     "{{Nicolaj|c203|RELATIVE}} has been in touch after five years' silence. He wants to stop therapy 'because "
     "everything's fine now'. Explore."),

    ("email", "quasi", None,
     "Subject: family consult\n\n"
     "Hi Adaeze, a {{chef|c297|DISTINCTIVE|occupation}} in {{Clinton|c297|ADDRESS|city}} asked me for family sessions "
     "with her daughter {{Ignacia|c297|RELATIVE}}, who is 19 and has just come out. The mother is doing well; the "
     "father isn't coming. Could you recommend someone with experience of this in Spanish-speaking families? "
     "Thanks! Paloma"),

    # benign
    ("case_presentation", "benign", "deidentified",
     "Supervision presentation (all identifying details changed)\n"
     "The M family: mother, father, two children (9 and 12), paternal grandmother recently moved in. Referred because "
     "the 12-year-old has stopped eating at the family table. I'll present a session where the grandmother sat in the "
     "father's chair and nobody said anything. I'd like help thinking about hierarchy without pathologising the "
     "grandmother."),

    ("team_note", "benign", "public_figure",
     "Supervision reading: Michael White on externalising conversations; Monica McGoldrick on genograms; Salvador "
     "Minuchin's Families and Family Therapy, ch. 3. Supervisor lent me her copy of Bateson."),

    ("email", "benign", "name_as_word",
     "Subject: early start\n\n"
     "Hi Siobhán, is the 7am supervision slot still on? I'll be up at dawn anyway with the baby. Iris-coloured "
     "notebook is in your pigeonhole, I borrowed it at the last group supervision. Sorry! Saoirse"),

    ("social_post", "benign", "nonclient_namesake",
     "My wife Nadia just asked why I came home from supervision smiling. Because someone finally told me I was "
     "allowed not to know. ❤️"),

    ("team_note", "benign", "single_quasi",
     "Peer consult: father in the family is a chef, works late; mother asks for evening sessions so he can come. "
     "Group suggested alternating early and late slots."),

    ("email", "benign", "staff",
     "Subject: supervision pairs, new year\n\n"
     "Supervision pairs from January: Siobhán Walsh with Saoirse and Yannick; Dr Adeyemi with Ananya and the two "
     "placement students; Fiona Sinclair with Lachlan and Paloma. Group supervision stays on Thursdays."),

    ("social_post", "benign", "therapy_life",
     "Supervision is where you take the families home so you don't take them home. 🧳 #supervision"),

    ("team_note", "benign", "different_clients",
     "Supervision cases this month: a grandmother raising two grandchildren; a couple where one partner's daughter "
     "is called Ignacia (they asked me to use her name); a family where the dad is a firefighter. No links between "
     "them."),

    ("case_presentation", "benign", "deidentified",
     "Peer consultation notes, anonymised\n"
     "Client A (60s) and Client B (60s), married 35 years, referred by their GP. Client A has early dementia. "
     "Client B wants couples work 'while we still can'. The consult group discussed: consent in couples work when one "
     "partner's capacity fluctuates; recording agreements; involving adult children."),
]
