# Interpreter-assisted session notes and interpreter bookings.
DOCS = [
("team_note", "direct", None,
 "Session 3, interpreter-assisted (Punjabi, in person — interpreter Mr Balwinder Singh). {{Harjit Singh|c063|FULL_NAME}} attended alone. "
 "Note: interpreter and client share a surname, unrelated. Mr {{Singh|c063|FAMILY_NAME}} (client) reported fewer flashbacks; homework partly done."),
("team_note", "direct", None,
 "Interpreter: Farsi, by phone (Leyla, agency #4471). {{Maryam Hosseini|c069|FULL_NAME}} spoke about her mother {{Parvin|c069|RELATIVE}}'s illness. "
 "{{Maryam|c069|GIVEN_NAME}} khanum asked that her daughters not be told. Next session with same interpreter please."),
("team_note", "direct", None,
 "Vietnamese interpreter (Ms Trần Thu Hà). Client {{Nguyễn Đức Thắng|c076|FULL_NAME}} — chart has him as {{Thang Nguyen|c076|FULL_NAME}}. "
 "Anh {{Thắng|c076|GIVEN_NAME}} described the argument with his brother {{Tuấn|c076|RELATIVE}}. Sleep still poor."),
("team_note", "direct", None,
 "Session w/ Amharic interpreter (Dawit B. from LanguageLine — NOT the client, different Dawit). Client Ato {{Dawit|c023|GIVEN_NAME}} {{Tesfaye|c023|FAMILY_NAME}} "
 "reports improved concentration at work. Reviewed safety plan."),
("team_note", "direct", None,
 "Interpreter no-show (Turkish). Rebooked {{Emre Yıldız|c017|FULL_NAME}} for Friday; his brother {{Mehmet|c017|RELATIVE}} offered to interpret but we said no — "
 "family members don't interpret in therapy here."),
("case_presentation", "direct", None,
 "Interpreter-mediated work with a Korean-speaking client: reflections.\n\nThe client, {{Park Ji-woo|c014|FULL_NAME}}, is 22 and a student at "
 "{{Arlington State University|c014|SCHOOL}}. Working through an interpreter changed the pacing: each reflection took twice as long, and silences "
 "belonged to three people instead of two. {{Ji-woo|c014|GIVEN_NAME}} sometimes answered in English before the interpreter finished, which "
 "we agreed to name rather than correct."),
("team_note", "direct", None,
 "Arabic interpreter (Mr Farid Haddad — no relation to any client of ours). {{Muhammad al-Rashid|c022|MISSPELLED_NAME}} (chart spelling {{Mohammed|c022|GIVEN_NAME}}) "
 "discussed his brother {{Khalid|c022|RELATIVE}}. Phone updated to {{(413) 236-3252|c022|PHONE}}."),
("team_note", "direct", None,
 "BSL/English interpreter present for family meeting. {{Eilidh MacLeod|c045|FULL_NAME}} and son {{Calum|c045|RELATIVE}} attended. "
 "Mrs {{MacLeod|c045|FAMILY_NAME}} tearful at times."),
("team_note", "direct", None,
 "Russian interpreter booked for {{Sasha|c016|NICKNAME}} ({{Aleksandr Volkov|c016|FULL_NAME}}) — he's fluent in English but wants Russian for "
 "the trauma narrative. Thursdays 2pm, Rm 4."),
("team_note", "direct", None,
 "Interpreter-assisted (Hungarian). Client {{Kovács Zsófia|c019|FULL_NAME}} — she writes her name family-name first, as is usual in Hungarian. "
 "{{Zsófi|c019|NICKNAME}} is fine in session."),
("team_note", "direct", None,
 "Telephone interpreter, Portuguese (Brazil). {{Ana Paula Santos|c026|FULL_NAME}} spoke about her daughter {{Beatriz|c026|RELATIVE}}. "
 "Reminder: she uses {{Silva Santos|c026|FAMILY_NAME}} on official forms; both surnames please."),
("team_note", "direct", None,
 "Interpreter (Tagalog) not needed after all — {{Rodrigo dela Cruz|c029|FULL_NAME}} said English is fine. Kuya {{Rod|c029|NICKNAME}}, as the "
 "interpreter called him, laughed about it. Wife {{Marites|c029|RELATIVE}} to join next time."),
# quasi
("team_note", "quasi", None,
 "Interpreter log, Farsi: {{UX designer|c018|DISTINCTIVE|occupation}}, {{Glendale|c018|ADDRESS|city}}. Talked about {{playing viola in the Burlington Symphony|c018|DISTINCTIVE|fact|viola in the Burlington}} "
 "as the one place he feels calm."),
("team_note", "quasi", None,
 "Interpreter booking: Yoruba/English, for the {{carpenter|c049|DISTINCTIVE|occupation}} from {{Florence|c049|ADDRESS|city}} with the "
 "{{birdwatching podcast|c049|DISTINCTIVE|fact|Night Shift Historian}}. Son {{Timilehin|c049|RELATIVE}} may attend."),
("team_note", "quasi", None,
 "Interpreter (Icelandic, remote, from Reykjavík). Client is an {{insurance adjuster|c027|DISTINCTIVE|occupation}} in {{Waverly|c027|ADDRESS|city}}; "
 "her brother {{Sigurður|c027|RELATIVE}} is visiting from Akureyri."),
("team_note", "quasi", None,
 "Greek interpreter requested by the {{Georgetown County Sheriff's Office|c058|EMPLOYER}} dispatcher whose son {{Yannis|c058|RELATIVE}} "
 "is being deployed. Pre-session 10 min."),
("team_note", "quasi", None,
 "Interpreter needs: Hebrew (Israeli). {{Madison State University|c021|SCHOOL}} undergrad, father {{Avraham|c021|RELATIVE}} is flying in for the family session."),
# benign
("team_note", "benign", "nonclient_person",
 "Interpreter roster, June: Arabic — Farid Haddad, Samira El-Amin; Farsi — Leyla Rahimi; Punjabi — Balwinder Singh, Jaspreet Kaur; Vietnamese — Trần Thu Hà; "
 "Korean — Park Eun-hye; Amharic — Dawit Bekele. Book through the portal only."),
("team_note", "benign", "nonclient_person",
 "Supervision note: working with an interpreter who shares the client's community. Jaspreet Kaur (interpreter) raised that she knows the family "
 "socially. We agreed she'd step back and we'd use a telephone interpreter from another state."),
("email", "benign", "nonclient_person",
 "Hi Kwame, thanks for covering the Twi session at short notice yesterday. Your invoice is approved. Best, Mohammed (finance)"),
("team_note", "benign", "deidentified",
 "Audit of interpreter-assisted sessions, Q2: 63 sessions, 9 languages. Average session 12 min longer. Two complaints (late arrival). "
 "No client details in this report."),
("team_note", "benign", "nonclient_person",
 "Learning point: Vietnamese names — Nguyễn is the family name of a large share of the population, Văn and Thị are common middle names, "
 "and people are addressed by the LAST element (the given name). So 'Nguyễn Văn Minh' is 'anh Minh', not 'Mr Nguyen' in Vietnamese."),
("email", "benign", "nonclient_person",
 "Subject: Amharic interpreter\nDear Ato Dawit, thank you for agreeing to join our team meeting on the 14th to talk about Ethiopian naming "
 "(why there is no 'family name' and why the father's name is not a surname). Warm regards, Dr Meron Haile"),
("team_note", "benign", "name_as_word",
 "Interpreters: please don't translate 'patience' as a name in the Twi sessions — one of our clinicians uses it as a therapy word, not a person."),
("team_note", "benign", "shared_family_name",
 "Interpreter booked for 'Ms Kaur, 3pm Tuesday' — no first name on the request. We have more than one Kaur. Reception please check with the clinician who booked it."),
("team_note", "benign", "single_quasi",
 "Interpreter request from a client who works at Coleman's Diner — Twi preferred. Details on the secure system."),
("team_note", "benign", "public_figure",
 "Interpreter training day: clip from a Seun Kuti interview used to practise Yoruba–English consecutive interpreting. Thanks to Folasade for running it."),
]
