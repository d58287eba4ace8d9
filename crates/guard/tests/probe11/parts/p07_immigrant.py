# Tight-knit immigrant communities: a Polish community centre, a Greek community
# association, a Chinese community association's counselling line, a Latin American
# community centre, a francophone family service. Some writers are not native speakers.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("team_note", "direct", None,
     "Polish Community Centre - counselling notes. Pani {{Ewelina|c014|GIVEN_NAME}} ({{electrician|c014|DISTINCTIVE|occupation}}, shipyard) came after "
     "Sunday mass, very tired. Partner {{Norbert|c014|RELATIVE}} drinking again. She asks that nobody from the parish "
     "committee knows. Następna wizyta: czwartek."),

    ("email", "direct", None,
     "Subject: referral\n\n"
     "Dear Dr. Nowak,\n\n"
     "I refer to you Mrs. {{Inga Kołodziejczak|c066|MISSPELLED_NAME}} (maybe I spell wrong, sorry), {{dental hygienist|c066|DISTINCTIVE|occupation}}, who "
     "came to our centre with depression after her father {{Fryderyk|c066|RELATIVE}} died. She prefers to speak Polish in "
     "sessions. She is okay with this referral.\n\n"
     "Z poważaniem,\nAgnieszka Wróbel\nPolish Community Centre"),

    ("team_note", "direct", None,
     "{{Pan Rząd|c169|FAMILY_NAME}} - 3rd session. Night shifts at the {{warehouse|c169|DISTINCTIVE|occupation}}. Sons {{Leonard|c169|RELATIVE}} and "
     "{{Aleks|c169|RELATIVE}} both at college now. Talks about {{the record shop|c169|DISTINCTIVE|fact|record shop on Chestnut Terrace}} (wants to sell). Sleep hygiene."),

    ("team_note", "direct", None,
     "Parent phoned for her daughter ({{Adams Middle|c254|SCHOOL}}). Mother gave the girl's mobile, {{918 305 9845|c254|PHONE}}, "
     "for reminders. Girl {{painted the big mural on Maple Court|c254|DISTINCTIVE|fact|Maple Court}}, now bullying online. Intake Tues."),

    ("team_note", "direct", None,
     "Ελληνική Κοινότητα - counselling. {{Ερωφίλη Γραμματικόπουλος|c044|FULL_NAME}}, 69, {{line cook|c044|DISTINCTIVE|occupation}}. Husband "
     "{{Ευστάθιος|c044|RELATIVE}} retired and 'always in the kitchen now'. Depression, loneliness after her sister moved "
     "back to Greece. Contact by email only: {{kari285@fastmail.com|c044|EMAIL}}."),

    ("social_post", "direct", None,
     "So proud of {{Βαγιανή|c147|GIVEN_NAME}} who finished her counselling with our community program and today {{coached "
     "her softball girls|c147|DISTINCTIVE|fact|Centerville Rockets under-14 softball}} to a win! Μπράβο! #greekcommunity #mentalhealth"),

    ("team_note", "direct", None,
     "华人协会 counselling line. Client {{刘磊|c250|FULL_NAME}}, {{plumber|c250|DISTINCTIVE|occupation}}, he is {{climbing mountain every summer|c250|DISTINCTIVE|fact|climbing every peak}}, this year "
     "cannot because of knee, very sad. His husband {{马杨|c250|RELATIVE}} call us to ask help. Next time Wednesday, "
     "Mandarin."),

    ("email", "direct", None,
     "Subject: appointment\n\n"
     "Dear counsellor,\n\n"
     "This is to confirm appointment on Friday for the {{midwife|c267|DISTINCTIVE|occupation}} lady. Her email is {{doris6216@icloud.com|c267|EMAIL}}, "
     "she ask us to only use this. Her daughter {{李兰英|c267|RELATIVE}} will translate if needed.\n\n"
     "Thank you,\nMrs. Chen (volunteer)"),

    ("team_note", "direct", None,
     "Intake form (translated)\n"
     "Name: {{廖玉梅|c300|FULL_NAME}}\n"
     "出生日期 / DOB: {{1959年12月23日|c300|DOB}}\n"
     "Occupation: {{librarian|c300|DISTINCTIVE|occupation}}\n"
     "Partner: {{庄洁|c300|RELATIVE}}\n"
     "Concern: grief, insomnia"),

    ("team_note", "direct", None,
     "Centro Latino - notas. Doña {{Susanita|c218|GIVEN_NAME}} came again, with her daughter {{Rosario|c218|RELATIVE}}. She "
     "still dreams about {{the baby she delivered on the highway|c218|DISTINCTIVE|fact|delivering a baby on the highway}}, she laughs and cries telling it. Trabaja de noche en "
     "el almacén. Seguimiento en dos semanas."),

    ("email", "direct", None,
     "Subject: visita a domicilio\n\n"
     "Hola Carmen,\n\n"
     "I'll do Thursday's visit at {{4452 Mill Drive|c196|ADDRESS|street}}, Springfield. Her partner {{León|c196|RELATIVE}} "
     "works days so it will be just her. Let's bring the Spanish version of the workbook.\n\n"
     "Gracias,\nMónica"),

    ("team_note", "direct", None,
     "Service familial francophone. {{Mme Aubry|c288|FAMILY_NAME}} ({{photographe|c288|DISTINCTIVE|occupation}}) a annulé. Her son "
     "{{Eugène|c288|RELATIVE}} is sick. Rappeler lundi."),

    ("case_presentation", "direct", None,
     "Community case review.\n\n"
     "{{金秀华|c384|FULL_NAME}} is a 54-year-old {{welder|c384|DISTINCTIVE|occupation}} who came through the community association "
     "after a workplace injury. She is well known locally because she once {{ran for mayor of Oxford|c384|DISTINCTIVE|fact|mayor of Oxford in 2012}}, "
     "and she worries that any visit to our office will be noticed. We now meet at the public library. Her daughters "
     "{{金慧|c384|RELATIVE}} and {{金玉珍|c384|RELATIVE}} help at home."),

    # ---------------------------------------------------------------- quasi
    ("team_note", "quasi", None,
     "Polish centre: the {{journalist|c354|DISTINCTIVE|occupation}} from {{Burlington|c354|ADDRESS|city}}, works at "
     "{{Brooks Creative|c354|EMPLOYER}}. Son {{Nataniel|c354|RELATIVE}} started school, adjustment issues. Mother exhausted."),

    ("email", "quasi", None,
     "Subject: family you asked about\n\n"
     "Agnieszka,\n\n"
     "The family you asked about at the picnic: yes, they're with me. Please don't mention it to {{Aurelia|c366|RELATIVE}} "
     "at choir, she doesn't know her husband came. Their daughter {{Rozalia|c366|RELATIVE}} is fine.\n\n"
     "Dr. Nowak"),

    ("team_note", "quasi", None,
     "Greek community line. Caller's husband {{Λάμπρος|c274|RELATIVE}} encouraged him to call. Data analyst at "
     "{{Vector Systems|c274|EMPLOYER}}. Daughters {{Φιλαρέτη|c274|RELATIVE}} and {{Πανδώρα|c274|RELATIVE}}. Stress, panic at work."),

    ("social_post", "quasi", None,
     "Tonight our community's favourite drummer ({{the Crooked Pilots|c337|DISTINCTIVE|fact|Crooked Pilots}}!) spoke at our "
     "men's mental health evening about his depression. He also {{sits on the Marion city council for Ward 3|c337|DISTINCTIVE|fact|Ward 3 on the Marion}}. "
     "Ευχαριστούμε! #greekcommunity #menshealth"),

    ("team_note", "quasi", None,
     "Chinese association: IT man from {{BowenTech|c297|EMPLOYER}}, wife {{Jing|c297|RELATIVE}}. He is old now, retire "
     "soon, worried about money. Daughter lives far. Next appointment Tuesday."),

    ("team_note", "quasi", None,
     "协会 notes: {{delivery driver|c304|DISTINCTIVE|occupation}} from {{Clinton|c304|ADDRESS|city}}, was candidate for "
     "{{Dayton mayor 2022|c304|DISTINCTIVE|fact|mayor of Dayton in 2022}}. Now very stressed, lost election and lost job. Family "
     "support good."),

    ("email", "quasi", None,
     "Asunto: la señora del restaurante\n\n"
     "Mónica, la señora que cocina en {{la bolera de Georgetown|c179|EMPLOYER}}, the one whose husband is {{Saturnino|c179|RELATIVE}}, "
     "came in today. She's okay with us calling her at home.\n\nCarmen"),

    ("case_presentation", "quasi", None,
     "Centro Latino - case review\n\n"
     "Client: woman in her 30s, {{journalist|c387|DISTINCTIVE|occupation}} in {{Milford|c387|ADDRESS|city}}, coaches "
     "{{the Milford Comets U14 softball|c387|DISTINCTIVE|fact|Milford Comets}}. Brother {{Fabio|c387|RELATIVE}} recently "
     "deported. Presenting: grief, anger, hypervigilance."),

    ("team_note", "quasi", None,
     "Service francophone: {{aide-enseignante|c073|DISTINCTIVE|occupation}} d'{{Oakland|c073|ADDRESS|city}}, husband "
     "{{Jérôme|c073|RELATIVE}}. Homesick; sister {{Capucine|c073|RELATIVE}} still in Lyon."),

    # ---------------------------------------------------------------- benign
    ("social_post", "benign", "public_figure",
     "When Li Na won the French Open, our whole community centre watched on one little TV. Sport can heal. "
     "#chinesecommunity #tennis"),

    ("team_note", "benign", "not_a_client",
     "Community association committee: President Stavros Pappas, Treasurer Eleni Marinou, Father Dimitrios. They ask "
     "for a mental health talk in Greek on the 21st."),

    ("social_post", "benign", "name_as_word",
     "Esperanza significa hope. Consuelo, comfort. Dolores, sorrows. In our Spanish-speaking families, names carry "
     "whole stories. #latinxmentalhealth #names"),

    ("team_note", "benign", "single_attribute",
     "Someone from Vector Systems asked if we do sessions in Greek. Yes. No name yet."),

    ("team_note", "benign", "deidentified",
     "Group (Polish-speaking mothers): 6 women, 30s-50s. Themes: isolation, language, children translating for "
     "parents. Next week: guest from the school."),

    ("email", "benign", "writer_family",
     "Subject: Wigilia\n\n"
     "Mamo, Ewelina and Tomek will come for Wigilia, and Ola will bring the pierogi. I will come after the "
     "centre closes. Buziaki, Agnieszka"),

    ("team_note", "benign", "different_clients",
     "Waitlist: a welder from the Chinese community (via the association); a journalist from Burlington "
     "(Polish); a delivery driver (Chinese). All different people."),

    ("social_post", "benign", "fits_several",
     "We now have four counsellors who speak Mandarin and two who speak Greek. If you are a grandparent, a student, "
     "a cook, anyone: come. #immigrantmentalhealth"),
]
