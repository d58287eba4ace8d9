# Part 10: therapists and counsellors in personal therapy, supervision, practice-staff
# chat, conference talks and podcasts; international colleagues who are not clients.
DOCS = [
    ("team_note", "direct", None, """Personal-therapy log (training requirement), for the accreditation file:
{{Darren|c307|GIVEN_NAME}} — school counsellor at {{Kennedy Academy|c307|EMPLOYER}}, 40 hours completed of the required 40. Consent given for hours only to be shared with the training body. He asked that I not mention the band ({{Lazy Satellites|c307|DISTINCTIVE|fact|Lazy Satellites}}) in any correspondence."""),

    ("team_note", "direct", None, """#admin channel
[09:12] Róisín: can someone pull {{Lisa Walker|c008|FULL_NAME}}'s file? DOB {{12/18/1962|c008|DOB}}. Dr. Wallace needs it for the supervision audit
[09:14] Kofi: on it. the school counsellor one, right?
[09:14] Róisín: yes 🙏
[09:20] Kofi: done, it's in Dr. Wallace's tray"""),

    ("social_post", "direct", None, """Transcript excerpt — "Therapists in Therapy" podcast, ep. 7

CO-HOST: Have you ever treated another helper?
GUEST: Loads. Right now I see {{Maks|c211|GIVEN_NAME}}, a school counsellor who also {{owns the hardware store on Magnolia Way|c211|DISTINCTIVE|fact|hardware store on Magnolia Way}} — he says fixing hinges is the only time his brain goes quiet.
CO-HOST: …we should probably cut that."""),

    ("case_presentation", "direct", None, """Presentation to the counsellors' peer-support network (internal)

{{J.H.|c466|INITIALS}}, school counsellor at {{Greenville Community College|c466|EMPLOYER}}, fifties. Sought therapy after a student he'd been supporting died by suicide. Presents with intrusive guilt and avoidance of the counselling room itself. We have been working in a borrowed office."""),

    ("team_note", "direct", None, """Supervision — my caseload, helpers in therapy
Mr {{Martin|c453|FAMILY_NAME}} (school counsellor; the one who {{climbed every peak in the state in one summer|c453|DISTINCTIVE|fact|climbing every peak in the state}}) — anniversary of his brother's accident next week; plan extra session.
Supervisor reminded me: dual relationships — I know his principal socially. Document it."""),

    ("email", "direct", None, """Dear Dr. Okonjo,

Thank you for agreeing to take over the personal therapy of my former supervisee, {{Amanda Bender|c179|FULL_NAME}}, now that I'm retiring. She knows to contact you at your practice address. She has also given permission for me to pass on her mobile, {{(435) 235-2827|c179|PHONE}}.

With warm regards,
Margaret Ashby"""),

    ("team_note", "direct", None, """Re {{K.B.|c460|INITIALS}} (special ed teacher, {{Greenville Community College|c460|EMPLOYER}}): letter to her principal re: reduced timetable is drafted and in the shared folder for review. She'll collect it Thursday."""),

    ("case_presentation", "direct", None, """Physician-health case, brief

Dr {{M.N.|c202|INITIALS}}, oral surgeon at {{Rangel Dental Group|c202|EMPLOYER}}, forties. Perfectionism, insomnia, alcohol creeping up. Plays in a band at weekends and says it's the only time she's "off duty". Goal: sustainable hours before the practice expansion."""),

    ("social_post", "quasi", None, """Counsellors need counsellors. One of mine works at {{Kennedy Academy|c307|EMPLOYER}} and did his degree at {{Plymouth State University|c307|SCHOOL}}, where, he says, nobody once mentioned that helpers burn out too. We're fixing that now. 💙"""),

    ("case_presentation", "quasi", None, """Case (anonymised for the regional CPD day)

Client {{represents Ward 6 on the Winchester city council|c008|DISTINCTIVE|fact|Ward 6 on the Winchester}} and {{was a contestant on season 22 of The Voice|c008|DISTINCTIVE|fact|season 22 of The Voice}}, alongside a full-time counselling post. Presents with compassion fatigue and shame at "needing what I give"."""),

    ("team_note", "quasi", None, """Allocation: counsellor from {{Greenville Community College|c466|EMPLOYER}}, the one who {{returned the wallet with $10,000 in it|c466|DISTINCTIVE|fact|Newport Herald for returning a lost wallet}} (it was in the Newport Herald). Wants a therapist outside the college's EAP network."""),

    ("social_post", "quasi", None, """A {{school counselor|c453|DISTINCTIVE|occupation}} in {{Franklin|c453|ADDRESS|city}} who {{ran for mayor of Hudson|c453|DISTINCTIVE|fact|mayor of Hudson in 2008}} years ago told me today: "I've been listening for a living for thirty years and I've only just learned to talk." 🌱"""),

    ("social_post", "benign", "nonclient_person", """Shout-out to my own therapist, Dr. Ruth Okonjo, who has been patiently helping me untangle my need to rescue everyone since 2019. Therapists: get a therapist."""),

    ("team_note", "benign", "nonclient_namesake", """Supervision notes, 22 May. My supervisee Kelly (second-year trainee counsellor) brought a case about a client who keeps texting between sessions. We looked at her countertransference and her anxiety about setting limits. Kelly will draft a texting policy for her placement."""),

    ("case_presentation", "benign", "deidentified_case", """Conference abstract: "Wounded helpers: personal therapy for counsellors, teachers and first responders"

Background. Helping professionals are at elevated risk of burnout, vicarious trauma and moral injury, yet are often reluctant to seek help for themselves. Professional bodies increasingly require personal therapy during training, but little is known about helpers who come to therapy later in their careers.

Method. We describe five counsellors, teachers and emergency workers seen in personal therapy in a private practice over two years (ages 30–60). All identifying details have been removed or altered, and consent was obtained for aggregate reporting. Sessions were reviewed thematically by the author and two colleagues, Dr. Amara Nwachukwu and Mr. Felix Hartmann, neither of whom had clinical contact with the clients.

Findings. Three themes were common to all five: over-functioning (taking on more work as distress increased), guilt about rest, and difficulty accepting care, often expressed as "other people need this more than I do". Four of the five had delayed seeking help for more than a year. Supervisors and managers were rarely aware of the difficulty.

Implications. We propose a brief, eight-session group model for helpers, delivered outside the workplace, and discuss the ethical tensions of treating clients who are also colleagues in the wider professional community."""),

    ("social_post", "benign", "public_figure", """Brené Brown's line about vulnerability being the birthplace of courage is overused, but when a firefighter in my group quoted it unprompted last week I got goosebumps."""),

    ("team_note", "benign", "nonclient_namesake", """Rooms this week: Dr. Lindqvist in 2 (Mon/Wed), Nurse Okafor from occ health using 3 on Tuesday afternoon, Sgt. Nwosu's peer-support training in the big room Thursday. Dr. Wallace has 4 all week. Please book the small room via the shared calendar."""),

    ("social_post", "benign", "public_figure", """Listening to Dr. Julie Smith on the train. Say what you like about therapists on social media, she's getting good information to people who'll never sit in a therapy room."""),

    ("social_post", "benign", "name_as_word", """Sage advice from my first supervisor: "You're not the hunter, you're the lighthouse." Sunny day, summer holidays around the corner, and I still think about it every week."""),

    ("social_post", "benign", "weak_attribute", """A school counsellor in her fifties told me she's never had a single day off sick in 26 years. I asked whether that was a boast or a symptom. We're still working it out."""),

    ("social_post", "benign", "single_quasi", """I worked once with a client who was a contestant on season 22 of The Voice and the thing she remembered most wasn't the singing — it was the kindness of a stagehand. Small things."""),

    ("social_post", "benign", "public_figure", """Dr. Vikram Patel's talk on task-sharing in mental health care should be compulsory viewing for anyone who thinks only psychiatrists can help. Lay counsellors save lives."""),

    ("email", "benign", "nonclient_person", """Dear Colleague,

The Nigerian Association of Clinical Psychologists invites you to facilitate a supervision workshop in Ibadan in October. Dr. Chinwe Okeke and Mr. Babatunde Adeyemi will co-facilitate. Please confirm by 30 August.

Yours sincerely,
Dr. Folake Adeniran, Secretary-General"""),

    ("email", "benign", "nonclient_namesake", """Liebe Kolleginnen und Kollegen,

meine Supervisorin, Frau Dr. Schmidt, bietet im Herbst wieder eine Balint-Gruppe für Ärztinnen und Ärzte an. Bei Interesse bitte direkt bei ihr melden. Die Gruppe trifft sich monatlich in Hamburg-Eppendorf.

Herzliche Grüße
Anja"""),

    ("email", "benign", "nonclient_person", """Hello,

Constable Marie-Claude Tremblay of the RCMP detachment in Moncton asked whether our practice offers French-language therapy for officers and their families. I've said yes and sent our bilingual brochure. If she calls back, please put her through to Luc.

Thanks,
Nadia"""),

    ("social_post", "benign", "nonclient_person", """Thanks to J.R. from the county fire service for lending us their peer-support manual. Turns out firefighters write better crisis plans than most clinicians."""),

    ("team_note", "direct", None, """Sgt {{Salazar|c468|FAMILY_NAME}} → moved to Thurs 4pm."""),

    ("team_note", "benign", "nonclient_person", """Father Byrne rang, wants 50 more leaflets for the parish."""),

    ("social_post", "benign", "therapy_life", """Ten years in private practice today. Most of my clients are the people who look after everyone else: nurses, medics, teachers, cops, firefighters. Thank you for trusting me with the bits you don't show at work. 🎉"""),
]
