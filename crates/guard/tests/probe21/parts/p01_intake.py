# Intake notes and intake-coordinator messages in a diverse urban practice.
DOCS = [
("team_note", "direct", None,
 "INTAKE — new client {{Siobhán O'Connor|c001|FULL_NAME}} (pron. shiv-AWN, she was clear about that). Self-referred after a panic attack on shift. "
 "Lives alone, father {{Declan|c001|RELATIVE}} is her main support. Prefers evening slots. Risk screen negative."),
("team_note", "direct", None,
 "intake call 10:40 — caller gave name as {{Siobhan OConnor|c001|FULL_NAME}}, no fada on the form, we've corrected it to {{Siobhán|c001|GIVEN_NAME}} in the chart. "
 "Callback number {{651-673-2826|c001|PHONE}}. Wants a female clinician."),
("case_presentation", "direct", None,
 "Intake summary. Client: {{Nguyen Van An|c002|FULL_NAME}}, goes by {{An|c002|GIVEN_NAME}}. 42, midwife, partner {{Mai|c002|RELATIVE}}. Presenting with insomnia and "
 "intrusive memories after a difficult delivery. Note for scheduling: in the EHR he's filed under the family name {{Nguyen|c002|FAMILY_NAME}} and we have several "
 "Nguyens — please book under the DOB {{05/28/1982|c002|DOB}} to avoid mix-ups."),
("team_note", "direct", None,
 "New intake for Thursday: {{María José García Márquez|c003|FULL_NAME}} — she goes by {{Majo|c003|NICKNAME}}. Spanish-dominant but declined an "
 "interpreter. Brother {{Andrés|c003|RELATIVE}} drove her in."),
("email", "direct", None,
 "Hi both — quick heads-up before tomorrow's intake. The referral letter has her as '{{Maria Garcia|c003|FULL_NAME}}' but the name on her ID is "
 "{{María José García Márquez|c003|FULL_NAME}} — two given names, two surnames. Please use Señora {{García Márquez|c003|FAMILY_NAME}} "
 "on letters. Thanks, Ines (front desk)"),
("team_note", "direct", None,
 "Intake: {{Aoife O'Sullivan|c004|FULL_NAME}}, 24. Lecturer, recently married ({{Kevin|c004|RELATIVE}}). Referred by GP for low mood. "
 "Email on file {{aoifeosullivan53@aol.com|c004|EMAIL}}."),
("team_note", "direct", None,
 "Intake phone screen — {{Dafydd Llywelyn|c006|FULL_NAME}} ('call me {{Dai|c006|NICKNAME}}, everyone does'). Bartender at the {{Grand Ashland Hotel|c006|EMPLOYER}}. "
 "Alcohol use to be explored; AUDIT at first session."),
("case_presentation", "direct", None,
 "Intake formulation, draft. {{Oluwaseun Adeyemi|c007|FULL_NAME}} ({{Seun|c007|NICKNAME}}), 54, firefighter. Married to {{Babatunde|c007|RELATIVE}}; "
 "two adult children. Presents after a fatal house fire; reports nightmares, hypervigilance. Yoruba and English at home. "
 "Mrs {{Adeyemi|c007|FAMILY_NAME}} asked that we not leave voicemails."),
("team_note", "direct", None,
 "Intake — {{Chukwuemeka Okafor|c008|FULL_NAME}}, prefers {{Emeka|c008|NICKNAME}}. Nurse. Mother {{Ngozi|c008|RELATIVE}} recently moved in after a stroke; "
 "carer strain is the main theme. Address {{6559 Granite Way|c008|ADDRESS|street}}."),
("team_note", "direct", None,
 "intake form came back with DOB {{25 Sept 1966|c012|DOB}} and name {{Akosua Mensah|c012|FULL_NAME}}. She explained {{Akosua|c012|GIVEN_NAME}} is her day name (born on a Sunday) "
 "and she'd like to be called that rather than her church name."),
# quasi
("team_note", "quasi", None,
 "Intake waiting list, not yet allocated: a {{radiographer|c076|DISTINCTIVE|occupation}} from {{Clinton|c076|ADDRESS|city}} whose goat "
 "{{went viral as Lady Marmalade|c076|DISTINCTIVE|fact|Lady Marmalade}}. Wants Vietnamese-speaking clinician if possible."),
("team_note", "quasi", None,
 "Allocation meeting: the {{Quarry Software|c013|EMPLOYER}} {{data analyst|c013|DISTINCTIVE|occupation}} from {{Burlington|c013|ADDRESS|city}} — "
 "husband {{Zachary|c013|RELATIVE}} phoned to check we got the forms. Allocate to Tomás."),
("email", "quasi", None,
 "Re: intake backlog. The {{911 dispatcher|c048|DISTINCTIVE|occupation}} in {{Glendale|c048|ADDRESS|city}} who {{sits on the Fairview city council (Ward 9)|c048|DISTINCTIVE|fact|Ward 9 on the Fairview}} "
 "has now chased twice. Can someone take them this week?"),
("team_note", "quasi", None,
 "Intake note (no name until consent form is back): works at {{Hickman Logistics|c043|EMPLOYER}}, runs {{a podcast about sourdough for overwhelmed parents|c043|DISTINCTIVE|fact|Overthinking Parent}}. "
 "Arabic preferred for family sessions."),
("team_note", "quasi", None,
 "Pending intake: {{school counselor|c023|DISTINCTIVE|occupation}} in {{Milford|c023|ADDRESS|city}}, older brother {{Yonas|c023|RELATIVE}} is the emergency contact. "
 "Amharic speaker, fine in English."),
# benign
("team_note", "benign", "nonclient_person",
 "Intake rota this week: Aoibheann (Mon/Tue), Mohammed R. (Wed), Priyanka (Thu), Kwabena (Fri). Mohammed is covering the duty phone after 5."),
("team_note", "benign", "nonclient_person",
 "Reminder for intake staff: write names exactly as the client writes them. If someone is Nguyễn Thị Lan on her passport and Lan Nguyen on her "
 "insurance card, record both spellings in the alias field. Ask, don't guess."),
("email", "benign", "nonclient_person",
 "Hi all, welcome to Dr Dariusz Kowalczyk who joins the intake team on Monday. Dariusz trained in Kraków and Chicago and speaks Polish, "
 "Russian and English. His extension is 214."),
("team_note", "benign", "shared_family_name",
 "Intake admin: Mr Nguyen called back about the paperwork — didn't leave a first name or DOB and the number was withheld. We have several "
 "Nguyens on the books so I couldn't match him. If he calls again please get a DOB."),
("team_note", "benign", "deidentified",
 "Intake stats, May: 41 new referrals. 12 requested a clinician who speaks a language other than English (Spanish 5, Vietnamese 3, Arabic 2, "
 "Punjabi 1, Amharic 1). Median wait 19 days."),
("email", "benign", "nonclient_person",
 "From: Harpreet Sandhu (Practice Manager)\nSubject: intake forms\n\nThe new intake form now has separate boxes for 'family name' and "
 "'name you'd like us to use'. Please stop writing Kaur or Singh in the middle-name box — for many Sikh clients it IS the surname."),
("team_note", "benign", "name_as_word",
 "Intake tip from supervision: patience with the phone screen pays off. Joy, anger, grief — let callers name the feeling before you reach for the checklist."),
("team_note", "benign", "single_quasi",
 "Intake: a student at Whitman College, self-referred for exam anxiety. No further details until consent is signed."),
("team_note", "benign", "weak_attribute",
 "Waiting list includes a retired nurse from Winchester in her seventies. No language needs. Flexible on times."),
("email", "benign", "nonclient_person",
 "Dear team, our interpreter for Thursday's Korean-language intake will be Ms Park Eun-hye from the agency. She'll arrive 15 min early. "
 "Please don't schedule anything in Room 3 that afternoon."),
("team_note", "benign", "public_figure",
 "Intake waiting room reading list updated: Thich Nhat Hanh, Chimamanda Ngozi Adichie's 'Notes on Grief', and Orhan Pamuk's memoir of Istanbul."),
("team_note", "benign", "nonclient_person",
 "Intake clerk note: the cleaner, Mrs Wiśniewska, found a phone in the waiting room. Handed to reception."),
("team_note", "benign", "shared_family_name",
 "Two new Patel referrals arrived by fax today, both illegible on the first-name line. Ms Patel at the GP surgery will resend."),
]
