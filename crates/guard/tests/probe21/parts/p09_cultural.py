# Cultural-consultation notes: consults with community advisers, naming guidance, cultural formulation.
DOCS = [
("team_note", "direct", None,
 "Cultural consultation (with Dr Meron Haile). Re: {{Meskerem Alemu|c077|FULL_NAME}}. Meron explained that {{Alemu|c077|FAMILY_NAME}} is her father's given name, not a surname in the "
 "English sense, so 'Ms {{Alemu|c077|FAMILY_NAME}}' sounds odd to her; Weyzero {{Meskerem|c077|GIVEN_NAME}} or just {{Meski|c077|NICKNAME}} is better. Sister {{Tigist|c077|RELATIVE}} will attend session 6."),
("team_note", "direct", None,
 "Cultural consult note: Malay naming. {{Nur Aisyah binti Ahmad|c075|FULL_NAME}} — 'binti' means 'daughter of'; Ahmad is her father. "
 "Her son is {{Adam Haziq bin Rahman|c075|RELATIVE}}, so mother and son do not share a 'surname'. Letters: Puan {{Nur Aisyah|c075|GIVEN_NAME}}."),
("team_note", "direct", None,
 "Consultation with Imam Yusuf re: {{Mohammed al-Rashid|c022|FULL_NAME}}'s request to pause therapy in Ramadan. Agreed to offer post-iftar telehealth. "
 "Imam Yusuf does not know the client; he advised in general terms only."),
("team_note", "direct", None,
 "Cultural formulation, draft. {{Oluwaseun Adeyemi|c007|FULL_NAME}}: {{Oluwaseun|c007|GIVEN_NAME}} = 'God has done it'. She told me her grandmother named her. "
 "Meaning matters to {{Seun|c007|NICKNAME}} — we used it in the narrative work."),
("team_note", "direct", None,
 "Consult: Irish-language names. {{Donnchadh Ó Briain|c066|FULL_NAME}} — 'Ó' is 'descendant of'; his daughter is {{Aoibhinn Ní Bhriain|c066|RELATIVE}} (Ní = 'daughter of', "
 "and the B lenites). Not a clerical error — please stop 'correcting' it to O'Brien."),
("team_note", "direct", None,
 "Cultural consult re: {{Yaakov Friedman|c072|FULL_NAME}}. Rabbi Cohen (community adviser) suggested avoiding Shabbat and chagim; also that {{Yanky|c072|NICKNAME}} "
 "may prefer a male clinician. We asked him — he doesn't mind."),
("team_note", "direct", None,
 "Consult, Hungarian family norms: {{Zsófia Kovács|c019|FULL_NAME}}'s wife {{Shelby|c019|RELATIVE}} is American; the couple argue about which name order goes on "
 "the wedding invitations — {{Kovács Zsófia|c019|FULL_NAME}} or {{Zsófia Kovács|c019|FULL_NAME}}. A small thing that is not small."),
("team_note", "direct", None,
 "Cultural consultation (Korean-American Family Services). Re: {{Soo-jin Kim|c036|FULL_NAME}}, {{8493 Russell Lane|c036|ADDRESS|street}}. Adviser noted that Ms {{Kim|c036|FAMILY_NAME}}'s hesitation to "
 "discuss her sons may reflect family-shame norms. Note to self: the adviser spelled her name '{{Su-jin|c036|MISSPELLED_NAME}}' — same person, different romanisation."),
("team_note", "direct", None,
 "Consult on Akan day names: {{Patience Owusu-Ansah|c037|FULL_NAME}} uses {{Abena|c037|NICKNAME}} (Tuesday-born) with family. Her brother {{Kwabena|c037|RELATIVE}} is also Tuesday-born, "
 "hence the similar names. Use {{Abena|c037|NICKNAME}} only if she offers it."),
("team_note", "direct", None,
 "Cultural consult — Tamil/Telugu names. For {{V. Srinivas|c030|FULL_NAME}}: the initial stands for the family/village name; in the US he fills forms as "
 "{{Srinivas Vemuri|c030|FULL_NAME}}. Either is correct. He signs off '{{Srini|c030|NICKNAME}}'."),
("team_note", "direct", None,
 "Consult note: Persian naming. Agha-ye {{Tehrani|c018|FAMILY_NAME}} — actually he prefers {{Dara|c018|NICKNAME}}. His son {{Kian|c018|RELATIVE}}'s school has him as {{Kian Kaplan-Tehrani|c018|RELATIVE}}; "
 "not our business, but it matters to him."),
# quasi
("team_note", "quasi", None,
 "Cultural consult: a {{midwife|c061|DISTINCTIVE|occupation}} in {{Burlington|c061|ADDRESS|city}}, Hindi-speaking family, father {{Suresh|c061|RELATIVE}} recently widowed, "
 "expects to move in. Adviser: joint-family expectations."),
("team_note", "quasi", None,
 "Consultation with the Ghanaian community liaison: a client who {{coaches under-14 soccer for the Lexington Tigers|c012|DISTINCTIVE|fact|Lexington Tigers under-14 soccer}} and works at "
 "{{Marion Public Library|c012|EMPLOYER}}. Liaison suggested involving the church's women's group."),
("team_note", "quasi", None,
 "Cultural consult (Brazilian community centre): {{line cook|c026|DISTINCTIVE|occupation}} in {{Plymouth|c026|ADDRESS|city}}, wife {{Sarah|c026|RELATIVE}}, two children. "
 "Saudade as a clinical theme."),
("team_note", "quasi", None,
 "Consult: Welsh-language speaker, {{bartender|c006|DISTINCTIVE|occupation}} in {{Greenville|c006|ADDRESS|city}}, {{sits on Troy city council for Ward 3|c006|DISTINCTIVE|fact|Ward 3 on the Troy}}. "
 "Wants therapy partly in Welsh; we have no Welsh speaker."),
("team_note", "quasi", None,
 "Cultural consultation: Icelandic client, works at {{Taylor Insurance|c027|EMPLOYER}}, {{painted the mural on Vargas Drive|c027|DISTINCTIVE|fact|Vargas Drive}}. "
 "Adviser explained patronymics to the team."),
("team_note", "quasi", None,
 "Consult (Punjabi Elders Network): client works at {{Beard & Hart Accounting|c063|EMPLOYER}}, sister {{Simran|c063|RELATIVE}} is the family's decision-maker since their father died."),
# benign
("team_note", "benign", "nonclient_person",
 "Naming guide for staff (draft): Spanish — two surnames, father's first (Pérez Galdós). Portuguese — often mother's first, father's last (Sousa Lima). "
 "Icelandic — patronymic (Sigurðardóttir). Sikh — Kaur/Singh. Vietnamese — family name first (Trần Văn Bình). Hungarian — family name first (Nagy Anna). "
 "All examples are illustrative, not clients."),
("team_note", "benign", "nonclient_person",
 "Cultural consultation panel, members: Dr Meron Haile (Ethiopian), Imam Yusuf Rahman, Rabbi Daniel Cohen, Bibi Harjinder Kaur (gurdwara), Ms Trần Thu Hà (Vietnamese Mutual Aid), "
 "Dr Oluwaseun Bello (Yoruba Community Council)."),
("team_note", "benign", "public_figure",
 "Resource list: Chinua Achebe's 'Things Fall Apart' for Igbo context; Shirin Ebadi's memoir for Iranian women's rights; Halldór Laxness for Iceland; "
 "Dafydd ap Gwilym for the Welsh speakers who want poetry in session."),
("team_note", "benign", "deidentified",
 "Consult summary: a Sikh family with concerns about a son's alcohol use. Adviser: involve the gurdwara's youth sevadars? Family declined. No identifying details recorded here."),
("team_note", "benign", "nonclient_person",
 "Consult with Ji-ho (KAFS) on Korean honorifics: use -ssi with caution, never bare family names, and remember women keep their own surnames. Thanks, Ji-ho!"),
("team_note", "benign", "name_as_word",
 "Cultural note: in Vietnamese 'an' means peace or safety, and 'hoa' means flower; many names carry meanings like these. Ask clients what theirs means."),
("team_note", "benign", "shared_family_name",
 "Cultural consultation request: 'the Santos family' — but we have two unrelated Santos clients (Brazilian and Filipino). Requester please clarify."),
("team_note", "benign", "nonclient_person",
 "Consultation with Auntie Ngozi from the Igbo Women's Association went well. She'll run a session for staff on grief customs. Not a client — community elder."),
("team_note", "benign", "public_figure",
 "Team reading: Sasha Velour's essay on chosen names, and the Dmitri Shostakovich biography for anyone curious about Soviet-era silence."),
("team_note", "benign", "single_quasi",
 "Cultural consult: a client's father is Kuldeep. That's all I'll say — the question is about Punjabi forms of address for elders."),
]
