# Immigrant families and interpreters in the US/UK/Canada: relatives writing to the therapist in their second
# language, interpreter-mediated notes, bilingual intake forms (Polish, Norwegian, Greek, Chinese), clients
# named in Greek and Chinese script, a phone number dictated through an interpreter, Frau/Pani titles.
DOCS = [
    # ---------------- direct ----------------
    ("team_note", "direct", None,
     "Session conducted with Greek interpreter (Ms Papadaki, agency). Client {{Επιστήμη Σταμούλη|c003|FULL_NAME}} reports "
     "poor sleep since the newspaper layoffs; wife {{Τρισεύγενη|c003|RELATIVE}} attended the last 10 minutes. Interpreter "
     "noted client used 'στενοχώρια' (heavy-heartedness) repeatedly – explored as idiom of distress."),
    ("email", "direct", None,
     "Dear teacher,\n\nI am {{Andrea|c422|RELATIVE}}, mother of {{Patience Nguyen|c422|FULL_NAME}}. Sorry my English not "
     "good. {{Patience|c422|GIVEN_NAME}} she cry every night and not want go to school. Her sister say maybe somebody "
     "bully her. Please you can see her more soon? Thank you very much.\n\n{{Andrea Nguyen|c422|RELATIVE}}"),
    ("case_presentation", "direct", None,
     "FORMULARZ PRZYJĘCIA / INTAKE FORM (Polish–English)\nImię i nazwisko / Name: {{Malwina Stefanik|c150|FULL_NAME}}\n"
     "Data urodzenia / DOB: {{17.02.1954|c150|DOB}}\nZawód / Occupation: school counsellor\nPowód zgłoszenia / Reason: "
     "'Czuję się pusta' – feels empty since retirement was announced. Lives with partner {{Ewa|c150|RELATIVE}}."),
    ("team_note", "direct", None,
     "Mandarin interpreter present (Mr Zhou). {{麦瑜|c157|FULL_NAME}} said work at {{Madison Credit Union|c157|EMPLOYER}} is "
     "'压力很大' (a lot of pressure). Wife {{麦晶|c157|RELATIVE}} waited outside. Agreed to continue with interpreter."),
    ("email", "direct", None,
     "Guten Tag,\n\nI am {{Donald|c497|RELATIVE}}, husband of Frau {{Gumprich|c497|FAMILY_NAME}}. She asks me to write because "
     "her hand is injured. She cannot come on Tuesday, please give new termin (appointment). Vielen Dank.\n\n{{Donald Gumprich|c497|RELATIVE}}"),
    ("team_note", "direct", None,
     "Phone intake via Polish interpreter: Pani {{Broniek|c423|FAMILY_NAME}} gave her mobile as "
     "{{eight six four, eight two one, one two double seven|c423|PHONE}}. Interpreter repeated it back twice. Booked "
     "Thursday 10am."),
    ("email", "direct", None,
     "Hello,\n\nMy uncle does not read English well, so I write for him. Please send the forms for "
     "{{Ασημής Γιακαμόζη|c442|FULL_NAME}} to {{richard.87@icloud.com|c442|EMAIL}} – this is my email, I will translate for "
     "him.\n\nThank you,\nNikos"),
    ("team_note", "direct", None,
     "Home visit with Greek interpreter: {{Ακριβός|c395|GIVEN_NAME}}, {{2397 High Avenue, Stillwater|c395|ADDRESS|street}}. "
     "Mother {{Θεοχαρούλα|c395|RELATIVE}} asked that we come after 4pm when the boy is back from school."),
    ("team_note", "direct", None,
     "Supervision: {{G.B.|c484|INITIALS}}, receptionist at {{Lexington Medical Center|c484|EMPLOYER}}, German-speaking, "
     "sessions in English. Wife is Turkish; family pressure from both sides around a wedding. Cultural consultation "
     "suggested."),
    ("social_post", "direct", None,
     "My client {{Asger Jorgenson|c131|MISSPELLED_NAME}} – a physio who moved here from Denmark – told me today 'in Danish "
     "we say hygge, in therapy I learned to say help'. Still thinking about that one."),
    ("case_presentation", "direct", None,
     "INNTAKSSKJEMA / INTAKE (Norwegian–English, completed by his husband)\nNavn / Name: {{Øivind|c286|GIVEN_NAME}} "
     "{{Thygesen|c286|FAMILY_NAME}}\nFødselsdato / DOB: {{28. november 1996|c286|DOB}}\nArbeidsgiver / Employer: "
     "{{Quarry Systems|c286|EMPLOYER}}\nÅrsak / Reason: burnout, 'jeg orker ikke mer' (I can't cope any more)."),
    ("team_note", "direct", None,
     "Interpreter bookings next week:\nGreek – {{Αγάθη Κουζουλά|c372|FULL_NAME}} (Tue 2pm)\nMandarin – "
     "{{张倩|c130|FULL_NAME}} (Wed 11am)\nPolish – {{Witold Osica|c151|FULL_NAME}} (Thu 4pm, mother "
     "{{Roksana|c151|RELATIVE}} attends)\nPlease confirm with the agency by Friday."),
    # ---------------- quasi ----------------
    ("team_note", "quasi", None,
     "Greek-speaking journalist from {{Navarro Studio|c003|EMPLOYER}} – the one who "
     "{{ran for mayor of Lexington back in 2010|c003|DISTINCTIVE|fact|mayor of Lexington in 2010}} – asked for a female "
     "interpreter next time."),
    ("email", "quasi", None,
     "Hi,\n\nPolish-speaking client, counsellor at {{Glendale Community College|c150|EMPLOYER}}, who "
     "{{owns the coffee roastery on Maple Court|c150|DISTINCTIVE|fact|coffee roastery on Maple Court}}. She prefers "
     "sessions in Polish – do we have anyone?\n\nThanks,\nAgnieszka"),
    ("team_note", "quasi", None,
     "The adjuster from {{Madison Credit Union|c157|EMPLOYER}} whose {{ferret Mochi went viral|c157|DISTINCTIVE|fact|ferret named Mochi}} "
     "– interpreter says the client wants sessions moved to Saturdays."),
    ("email", "quasi", None,
     "Sehr geehrte Kollegin,\n\nReferral: a school counsellor who studied at {{Carver College|c497|SCHOOL}} and now "
     "{{sits on the Marion city council for Ward 9|c497|DISTINCTIVE|fact|Ward 9 on the Marion}}. German is her first "
     "language; English sessions are fine.\n\nMit freundlichen Grüßen,\nDr. Hoffmann"),
    ("case_presentation", "quasi", None,
     "Case presentation – child & family team\n\n14-year-old boy at {{Auburn High|c395|SCHOOL}}; family "
     "{{breeds champion Basenjis in Stillwater|c395|DISTINCTIVE|fact|Basenjis in Stillwater}}. Greek-speaking parents, "
     "interpreter used for parent sessions only. Presenting with school avoidance and stomach aches. "
     "Discussion: acculturation gap and parental involvement."),
    ("email", "quasi", None,
     "Hello,\n\nThe Vietnamese girl from {{Adams Prep|c422|SCHOOL}} – the one who was in "
     "{{the Florence Herald for helping deliver a baby on the highway|c422|DISTINCTIVE|fact|Florence Herald for delivering}} "
     "– her mother called again through the interpreter line.\n\nRegards,\nLinh"),
    ("social_post", "quasi", None,
     "My Norwegian client {{drums for the Neon Monarchs|c286|DISTINCTIVE|fact|drums in the local band the Neon Monarchs}} "
     "and works as a data analyst at {{Quarry Systems|c286|EMPLOYER}}. He says metal music is 'very healthy, actually'. "
     "Who am I to argue 🤘"),
    # ---------------- benign ----------------
    ("email", "benign", "nonclient_contact",
     "Dear colleagues,\n\nInterpreter bookings: LanguageLine UK 0800 169 2879; Canadian Hearing/Language Services "
     "1-888-555-0147; email bookings@interpret-now.example. Please give 48 hours' notice.\n\nThanks"),
    ("team_note", "benign", "writer_family",
     "Leaving at 3 – my mother-in-law Yiayia Eva lands at Heathrow and she refuses to take a taxi. Ευχαριστώ for covering!"),
    ("case_presentation", "benign", "deidentified",
     "De-identified case: A 60-year-old Arabic-speaking widow, resettled as a refugee two years ago, seen with a "
     "telephone interpreter. Presents with grief, somatic pain and fear for relatives still abroad. Discussion: "
     "interpreter vicarious trauma, and whether to use the same interpreter throughout."),
    ("social_post", "benign", "public_figure",
     "Larry Page and Sergey Brin started Google in a garage; my immigrant dad started his shop in one. Both stories "
     "matter. Proud of every family who built something from nothing."),
    ("team_note", "benign", "colleague_staff",
     "Korean interpreter Ms Kim will be in on Thursday. Please brief her before the session – she's new to mental health "
     "work."),
    ("social_post", "benign", "word_name",
     "Our new group for Arabic-speaking mothers is called أمل – it means Hope. First meeting Sunday, tea and childcare "
     "provided. Pass it on 💛"),
    ("team_note", "benign", "single_quasi",
     "Interpreter line enquiry: someone who works at Lexington Medical Center asked about our Polish-speaking therapist. "
     "No name given; sent the leaflet."),
    ("team_note", "benign", "nonclient_person",
     "Mr Nikos Papadopoulos phoned asking whether his cousin attends here. Neither confirmed nor denied, as per policy."),
]
