# British, Australian, Indian and non-native English
DOCS = []
def D(kind, cat, text, sub=None): DOCS.append((kind, cat, sub, text))
S, T, E, C = "social_post", "team_note", "email", "case_presentation"

# ---- direct
D(T, "direct", "Rang {{Mrs Graham|c007|FAMILY_NAME|title}}'s GP surgery re: sertraline dose. {{Mary|c007|GIVEN_NAME}} (DOB {{26/08/1980|c007|DOB}}) happy for us to liaise. Wife {{Julie|c007|RELATIVE}} to collect the letter from reception Thurs.", "FAMILY_NAME")
D(E, "direct", "Subject: quick one re Jules\n\nHiya,\n\nJust a heads-up that {{Jules Stewart|c110|NICKNAME}} won't make Tuesday arvo, she's been rostered on at the workshop. Reckon we push her to Friday 2pm? She said ring her mobile, {{+1 573 353 1151|c110|PHONE}} (she's got the US number still, don't ask).\n\nCheers,\nBron", "NICKNAME")
D(E, "direct", "Dear Sir/Madam,\n\nPFA herewith the intake form of Mr. {{Karsten Simonsen|c009|FULL_NAME}}, DOB {{10-03-1966|c009|DOB}}. Kindly do the needful and revert at the earliest. His contact no. is {{+1-308-945-9806|c009|PHONE}}. Request you to prepone the appointment if slot is available.\n\nThanks and regards,\nDr. R. Venkataraman", "FULL_NAME")
D(E, "direct", "Hello Colleague,\n\nI write you regarding my client {{Mrs. Bajak|c013|FAMILY_NAME|title}}. She is working as dispatcher by the {{sheriff office of Hudson county|c013|EMPLOYER}} and since the husband {{Ryszard|c013|RELATIVE}} has lost his job she is not sleeping. Can you take her for the group from September? I am thanking you in advance.\n\nBest greetings,\nAgata", "FAMILY_NAME")
D(T, "direct", "Handover: {{Christy|c021|NICKNAME}} (the solicitor, {{Dalton Law|c021|EMPLOYER}}) rang in a state, brother {{Andre|c021|RELATIVE}} back in hospital. I've offered her a 4pm tomorrow. Please don't book over it, ta.", "NICKNAME")
D(E, "direct", "Hi all, sorry for the late notice but {{Sig. Smolka|c124|FAMILY_NAME|title}} asked me to cancel — his husband {{Jerzy|c124|RELATIVE}} has the operation on 12/6. He will write himself from {{szymons86@icloud.com|c124|EMAIL}}. Grazie, Lucia", "EMAIL")
D(T, "direct", "Pt. {{Chelsea Wu|c280|FULL_NAME}}, HVAC tech at the {{Auburn shipyard|c280|EMPLOYER}}, attended with mum {{Elaine|c280|RELATIVE}}. Very teary. Good rapport. Will see fortnightly, she's on nights.", "FULL_NAME")
D(E, "direct", "Respected Madam,\n\nWith reference to the above, I am to inform that Ms. {{Olga Srokosz|c285|FULL_NAME}} (D.O.B. {{21.04.1989|c285|DOB}}) has attended 6 sessions at our centre. She is a surgeon by profession and is having work stress. Her residential address is {{1047 Taylor Way, Centerville|c285|ADDRESS|street}}. Kindly acknowledge.\n\nYours faithfully", "DOB")
D(S, "direct", "Had a lovely session with {{Brittany Harison|c134|MISSPELLED_NAME}} today, she is finally speaking up with her sister {{Brianna|c134|RELATIVE}}. So proud of my clients honestly 💕 #therapistlife", "MISSPELLED_NAME")
D(T, "direct", "Mate — {{Benny|c272|NICKNAME}} from the corrections job wants his next one moved, he's on the Salem roster. His missus isn't in the picture, it's his daughter {{Holly|c272|RELATIVE}} he's worried about. Can you ring him on {{947 314 9713|c272|PHONE}}?", "NICKNAME")
D(E, "direct", "Dear Dr Okafor,\n\nThank you for seeing {{Mr Arribas|c128|FAMILY_NAME|title}} at short notice. As discussed, {{Nilo|c128|GIVEN_NAME}} is nineteen, studying at {{Marion CC|c128|SCHOOL}} and working shifts at the {{Grand Hudson|c128|EMPLOYER}}. His sister {{Natalia|c128|RELATIVE}} is his main support.\n\nKind regards,\nSiobhan Kelleher\nClinical Psychologist", "FAMILY_NAME")
D(T, "direct", "Ms {{Ιωακειμίδου|c107|FAMILY_NAME}} — sorry, it's Mr, {{Θεοδόσιος|c107|GIVEN_NAME}} uses he — attended 10:30. Physio at {{Suarez Dental|c107|EMPLOYER}}. Brother {{Κομνηνός|c107|RELATIVE}} visiting from Thessaloniki.", "FAMILY_NAME")
D(E, "direct", "Sehr geehrte Kollegin, I am sorry for my English. The client {{Apollonia Höfig|c149|FULL_NAME}} (born {{14.2.2003|c149|DOB}}) asked me to send her report to you. She is student at {{Brookfield Community College|c149|SCHOOL}}. Her wife {{Senta|c149|RELATIVE}} will bring the papers. Mit freundlichen Grüßen, Dr. Brandt", "FULL_NAME")
D(S, "direct", "Cheers to {{Chema|c135|GIVEN_NAME}} who finally fronted up to his brother {{Sandalio|c135|RELATIVE}} after years. Roofing by day, bravery full time. 🙌 Proud therapist moment.", "GIVEN_NAME")

# ---- quasi
D(T, "quasi", "New one on the books: bloke who {{drums for the Midnight Mittens|c009|DISTINCTIVE|fact|Midnight Mittens}}, does sparky work down at the {{Hamilton shipyard|c009|EMPLOYER}}. Panic attacks on the forklift. Mondays suit.", "quasi_2attr")
D(E, "quasi", "Dear Sir,\n\nThe patient is a pharmacist posted at {{Lancaster Medical Centre|c034|EMPLOYER}} and he is also playing bass in one local band by name {{'Paper Monarchs'|c034|DISTINCTIVE|fact|Paper Monarchs}}. He is having stage fright since two months. Kindly advise on CBT protocol.\n\nRegards", "quasi_2attr")
D(T, "quasi", "Referral from the GP practice: the lady who {{breeds the champion Border collies out Richmond way|c280|DISTINCTIVE|fact|Border collies in Richmond}}, her son {{Steven|c280|RELATIVE}} has been expelled and she's not coping. Priority please.", "quasi_2attr")
D(E, "quasi", "Hallo, I want to ask the team for advice. My client works as bank clerk at {{Hardy Realty|c170|EMPLOYER}} (strange, I know) and was {{in The Amazing Race, season twenty-four|c170|DISTINCTIVE|fact|season 24 of The Amazing Race}}. Now the TV people call him again and he is very anxious. What you think?", "quasi_2attr")
D(S, "quasi", "Proper chuffed for one of mine today. She {{coaches the Milford Bears under-10s hockey|c014|DISTINCTIVE|fact|Milford Bears}} and also {{did that massive mural on Davila Avenue|c014|DISTINCTIVE|fact|Davila Avenue}} — finally believed me when I said she's allowed to rest. 🏒🎨", "quasi_2attr")
D(T, "quasi", "Intake: 911 dispatcher, works at {{Arlington Emergency Comms|c249|EMPLOYER}}, also {{on the Arlington council, ward eight|c249|DISTINCTIVE|fact|Ward 8 on the Arlington}}. Burnout. Husband {{Eric|c249|RELATIVE}} pushing for leave.", "quasi_3attr")

# ---- benign
D(S, "benign", "Footy with my son Kyle this arvo then a long walk on the beach. Best self-care there is. See you Monday, clients! 🏉", "writer_relative")
D(E, "benign", "Dear all, kindly note our new intern Ms. Jessica Abraham joins from Monday. Request everyone to extend cooperation. She will sit in the second cabin. Regards, Admin", "writer_colleague")
D(S, "benign", "Bit of a reminder for the newly qualified lot: Pat yourself on the back after a hard week. The job is heavy. Tea, biscuits, bed. 🫖", "name_as_word")
D(T, "benign", "Client B (50s, works in healthcare, lives out west) did not attend. Two DNAs now, letter per policy. No risk concerns known.", "deidentified_case")
D(E, "benign", "Hi Siobhan, ta for the CPD slides — the bit on Stephen Fry's documentary about bipolar was spot on for the trainees. Lunch next week? x", "public_figure")
D(S, "benign", "Kevin Love's essay about panic attacks on court is still the thing I send to blokes who think therapy is weak. Legend. #mensmentalhealth", "celebrity_namesake")
D(T, "benign", "Rota note: Will is covering the Hamilton clinic on Wed as I'm on leave. He has the keys. — Priya", "writer_colleague")
D(E, "benign", "Dear Madam, this is to inform that the pharmacist client from Lancaster side has cancelled. Kindly adjust the schedule. Regards, Front desk", "weak_attributes")
D(S, "benign", "Beautiful sunny morning in Brisbane. Summer is nearly here and I'm already dreaming of the beach. Clients, I'm back on the 3rd! ☀️", "name_as_word")
D(E, "benign", "Liebe Kollegen, the group on Thursday will be by Frau Dr. Kowalczyk this week, because I am by the conference. Please tell the clients. Danke!", "non_client")
