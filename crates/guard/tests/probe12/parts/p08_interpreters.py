# Interpreters' notes and multilingual practice correspondence; many non-native writers.
DOCS = [
("team_note", "direct", None, """INTERPRETER SESSION NOTE
Interpreter: Rocío Benítez (Spanish, certified)
Client: {{Alejandra Ureña|c107|FULL_NAME}}
Clinician: Dr. M. Haddad
Duration: 55 min, in person
Notes: client asked for slower pace during the trauma narrative; two breaks taken. Term "susto" used repeatedly — discussed cultural meaning with clinician after session. No concerns re accuracy."""),

("email", "direct", None, """Interpreter invoice — Assignment #4471
Language: Mandarin
Client: {{胡桂芳|c217|FULL_NAME}}
Date: 20/05/2025, 60 minutes + 30 minutes travel
Rate: $65/h — Total: $97.50
Interpreter: Xiaoming Chen"""),

("email", "direct", None, """Dear Doctor,

I am writing about yesterday session. The client, Pan {{Konrad|c083|GIVEN_NAME}}, he is surgeon at {{Florence Family Clinic|c083|EMPLOYER}}, was very upset when we talk about his son and I was not sure if I should translate exactly his swearing words. In Polish they are very strong. Please advise me what you prefer for next time.

Best regards,
Grażyna Wójcik, interpreter"""),

("team_note", "direct", None, """Greek interpreter note, 19/05: session with {{Ακριβή Γεωργούλα|c352|FULL_NAME}} went ahead by phone because of the strike. Client speaks Cretan dialect; some idioms about grief ("έφυγε το φως") needed explanation to the therapist. Recommend in-person next time."""),

("email", "direct", None, """Bonjour Dr Lefèvre,

Petite note après la séance: {{Mme Bouvet|c322|FAMILY_NAME}} a beaucoup parlé de sa sœur et du salon de toilettage. She asked me to tell you in English that she wants to stop the sessions after the summer, but I think she was testing you. À jeudi,

Sandrine (interprète)"""),

("email", "direct", None, """Hi Pieter

Quick update on {{Anders Bech|c574|FULL_NAME}}: he's doing lekker after the last block of sessions, sleeping better and back at the coffee roastery most mornings. His partner came to one session, which helped. I'll discharge at the end of June unless anything changes.

Groete,
Annelie Botha, Counselling Psychologist"""),

("email", "direct", None, """Hello Doc! Update po on Ms {{Ginger Martin|c251|FULL_NAME}}: she attended 3 of 4 sessions this month, the one she missed was because of a council meeting. Medyo okay na siya, less crying, sleeping 6 hours. Will send the progress note tomorrow. Salamat po!"""),

("email", "direct", None, """Respected Sir,

Progress update of your patient {{Mr. Bishop|c506|FAMILY_NAME}} ({{Ray|c506|NICKNAME}}), pharmacist: thoda sa improvement hai. He is attending regularly and doing the thought records. Sleep is better. Husband is supportive. Kindly continue the same medication. Will review after 4 weeks.

Regards,
Dr. Anjali Deshmukh"""),

("team_note", "direct", None, """Interpreter not needed for {{Helge Lauridsen|c121|FULL_NAME}} after all: he's fluent, the referral form just said Danish as first language. Cancelled the booking with LanguageLine; no charge as it was >24h notice."""),

("email", "direct", None, """INTERPRETER BOOKING REQUEST
Language: Polish
Client: {{Dorota Szaruga|c366|FULL_NAME}}          Tel: {{(920) 958-0080|c366|PHONE}}
Date/time: Tue 3 June, 16:00–17:00
Mode: on site, Room 5
Requested by: K. Olawale"""),

("email", "direct", None, """Hola Maite,

Te confirmo la cita para {{Azahara Armas|c408|FULL_NAME}} (fecha de nacimiento {{18 de julio de 1955|c408|DOB}}), el martes a las 10 con la psicóloga Dra. Sanz. Ella prefiere intérprete mujer. ¿Puedes cubrirla tú?

Gracias,
Recepción"""),

("email", "quasi", None, """Interpreter feedback (Polish): the client, a {{plumber|c403|DISTINCTIVE|occupation}} from {{Kingston|c403|ADDRESS|city}}, brought her wife {{Anastazja|c403|RELATIVE}} to the last part of the session. I was not sure whether to interpret for both. Please tell me the policy for next time. — M. Zielińska"""),

("team_note", "quasi", None, """Interpreter note: Polish-speaking client, {{bartender|c293|DISTINCTIVE|occupation}} in {{Oakland|c293|ADDRESS|city}}; son {{Olgierd|c293|RELATIVE}} usually drives her but was absent today, so she arrived 20 minutes late. Session shortened. Rebooked with a taxi voucher."""),

("email", "quasi", None, """Chère collègue, quelques mots sur notre cliente commune : hygiéniste dentaire à {{St. Jude's Hospital|c145|EMPLOYER}}, sa compagne {{Aurore|c145|RELATIVE}} l'accompagne désormais aux séances. The partner's presence seems to help her talk about her mother. À bientôt, Hélène"""),

("team_note", "quasi", None, """Nota de la intérprete: el cliente, {{bartender|c561|DISTINCTIVE|occupation}} en {{Kingston|c561|ADDRESS|city}}, vino con su esposa {{Calista|c561|RELATIVE}}. She interrupted a lot, and I had to ask the therapist whether to interpret her comments too. Next session: client alone."""),

("email", "quasi", None, """Liebe Kollegin, the German-speaking client (journalist at {{Florence Public Radio|c570|EMPLOYER}}) asked that his wife {{Marie-Luise|c570|RELATIVE}} not be told about the sessions. I interpreted that for the intake worker, but please make sure it's in his file. Viele Grüße, Jens"""),

("team_note", "quasi", None, """Greek interpreter note: client works for {{Waverly Emergency Communications|c273|EMPLOYER}}; his husband {{Φωκάς|c273|RELATIVE}} joined the call for the last ten minutes. Client asked me afterwards whether I would tell anyone at church. I said no, obviously, and reminded him of my code of ethics."""),

("email", "benign", "nonclient_person", """Hi Rocío, thank you for interpreting this week. The feedback from the clinicians was excellent. Your invoice for May is approved and will be paid on the 30th. Please send your availability for June when you can. — Carmen (practice manager)"""),

("email", "benign", "name_as_word", """Annelie, ons moet dit anders doen with the waiting list, the current system is too slow. Kom ons praat Maandag. Baie dankie vir al jou harde werk this month."""),

("social_post", "benign", "name_as_word", """Huling araw ng training namin para sa mga bagong interpreters. Salamat sa Diyos, may pag-asa pa (there is still hope) for language access in our county. Proud of this batch! 🇵🇭"""),

("email", "benign", "nonclient_person", """Dear all, please welcome Xiaoming Chen, who joins our interpreter panel for Mandarin and Cantonese from June. He previously worked at the county hospital. Bookings through the usual form."""),

("social_post", "benign", "public_figure", """Reading Elizabeth Vargas's memoir 'Between Breaths' for our book club. Her description of hiding panic attacks on live TV is extraordinary. Recommend to anyone working with high-functioning anxiety."""),

("email", "benign", "single_attribute", """Solicitud de intérprete: el cliente trabaja en Perez's Diner y solo puede venir los lunes por la mañana. Idioma: español. Sin más datos por ahora."""),

("email", "benign", "name_as_word", """Sab theek ho jayega — that's what my nani used to say, and it's what I told our new trainees this morning. Patience, faith in the process, and a good supervisor. Welcome to the team!"""),

("team_note", "benign", "policy", """Interpreter policy reminder: interpreters must not be family members, must not be left alone with clients, and must not be asked for their personal view of the client. Debrief offered after every trauma session. Questions to Hélène Marchetti."""),

("email", "benign", "mixed_attributes", """Two bookings needing Polish interpreters next week: one client who works at Fitzgerald & Sons Plumbing, and one whose son plays in the Madison Middle School band. Please check availability for Tuesday afternoon."""),

("email", "benign", "deidentified", """Quarterly interpreter report: 142 sessions interpreted (Spanish 61, Mandarin 28, Polish 19, Greek 12, French 9, other 13). Average satisfaction 4.7/5. Two complaints, both resolved."""),

("team_note", "quasi", None, """Interpreter note (Cantonese): client is an IT support tech at {{Cobalt Software|c318|EMPLOYER}} and {{hosts the Stubborn Skeptic podcast, the true-crime one|c318|DISTINCTIVE|fact|Stubborn Skeptic podcast about true crime}}. She switched to English whenever the topic was the podcast. Flagged to the therapist as possibly meaningful."""),
]
