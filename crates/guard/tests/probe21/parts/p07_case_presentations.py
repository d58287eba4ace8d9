# Case presentations for peer consultation, grand rounds and training. Several are long, with one leak buried.
DOCS = [
("case_presentation", "direct", None,
 "Peer consultation — cultural formulation\n\nPresenting concern: a man in his late thirties, Persian-speaking, referred after a workplace conflict. "
 "He describes himself as 'the one who holds the family together', and his sister flew in from Toronto last month. Developmental history: "
 "migrated at 9, first in the family to attend university. Formulation: loyalty conflicts, shame about help-seeking, and a strong "
 "cultural script about the eldest son. Interventions so far: behavioural activation, values work, two family sessions. "
 "Sticking point: he won't let me speak to his husband, {{Robert|c018|RELATIVE}}, even though {{Dariush|c018|GIVEN_NAME}} says the marriage is the safest place he has. "
 "Question for the group: how do I hold both without pushing?"),
("case_presentation", "direct", None,
 "Grand rounds: 'Names and belonging'.\n\nCase 1. {{Ji-woo Park|c014|FULL_NAME}} asked in session 2 whether she should 'pick an English name' for job interviews. "
 "Her husband {{Taylor|c014|RELATIVE}} had suggested 'Jennifer'. We explored what it would cost her. She kept {{Ji-woo|c014|GIVEN_NAME}}."),
("case_presentation", "direct", None,
 "Case for supervision. Client {{E.Y.|c017|INITIALS}}, 18, student at {{Madison State University|c017|SCHOOL}}, Turkish-American. Presenting: panic attacks before exams. "
 "Brother is protective. Family expectations heavy. Plan: interoceptive exposure."),
("case_presentation", "direct", None,
 "Training case, consent given for use with name.\n\n{{Anneke van der Berg|c028|FULL_NAME}}, 34, lawyer. Two children. The case illustrates high-functioning "
 "perfectionism. {{Anneke|c028|GIVEN_NAME}} describes 'het moet' (it must) as her family motto. Over 16 sessions she moved from 'het moet' to 'het mag' — it's allowed."),
("case_presentation", "direct", None,
 "Case presentation (MDT). Client: Mr {{Rashid|c022|FAMILY_NAME}}? — correction, chart reads {{Mohammed al-Rashid|c022|FULL_NAME}}; {{Rashid|c022|FAMILY_NAME}} alone is how his colleagues at "
 "{{Taylor Insurance|c022|EMPLOYER}} shorten it. 33, paralegal. Cellist. Presenting with burnout and insomnia. Ramadan adjustments to the sleep plan discussed."),
("case_presentation", "direct", None,
 "Case review, risk.\n\n{{Maricel Santos|c047|FULL_NAME}}, DOB {{1969-09-07|c047|DOB}}, care assistant at {{Hardy Pharmacy|c047|EMPLOYER}}. Lost the mayoral race in Bristol last autumn; "
 "ruminating, drinking more. Father {{Ronaldo|c047|RELATIVE}} in the Philippines, unwell. Not to be confused with the other Santos on the caseload."),
("case_presentation", "direct", None,
 "Long-form case study for the journal club (draft 2).\n\nBackground. The client is a woman in her sixties who emigrated from Ghana in her twenties. "
 "She raised two children largely alone and worked nights for two decades. She describes her faith as 'the floor under my feet'. "
 "She was referred by her GP after a fall at home that left her housebound for six weeks; the isolation, not the injury, brought her to us. "
 "Assessment. PHQ-9 of 17 at intake, GAD-7 of 12. No risk to self. Strong social network at church but ashamed to ask for help. "
 "Course of therapy. Early sessions focused on grief for her own mother, who died in Kumasi while the client could not travel. "
 "By session 8 she was talking about the son she named for her father — {{Kwame|c012|RELATIVE}} — and about how {{Akosua Mensah|c012|FULL_NAME}} the coach and "
 "the woman who cries in my office are the same person. Outcome: PHQ-9 of 6 at session 14. Reflections: the therapeutic alliance was built "
 "on her terms, slowly, and through stories rather than worksheets."),
("case_presentation", "direct", None,
 "Case consult: {{Zhang Wei|c024|FULL_NAME}} (he writes it {{Wei Zhang|c024|FULL_NAME}} on forms — same man), school counselor at {{Springfield Community College|c024|EMPLOYER}}. "
 "Secondary trauma from student disclosures. Also hosts a sourdough podcast, which is his self-care."),
("case_presentation", "direct", None,
 "Presentation: working with grief in a Sikh family.\n\n{{Harpreet Kaur|c015|FULL_NAME}} (18) and brother {{Jaskaran|c015|RELATIVE}}. Their mother died last year. "
 "{{Preeti|c015|NICKNAME}} — as she likes to be called — describes the gurdwara as both comfort and pressure."),
("case_presentation", "direct", None,
 "Case for group: {{Eun-ji Kim|c062|FULL_NAME}}, retail manager, {{6330 Gutierrez Avenue|c062|ADDRESS|street}}. Son {{Kenneth|c062|RELATIVE}}, 19, recently diagnosed with T1 diabetes. "
 "Caregiver anxiety. Ms {{Kim|c062|FAMILY_NAME}} plays timpani — orchestra is her refuge."),
("case_presentation", "direct", None,
 "Case write-up: {{Vítor Costa Ferreira|c079|FULL_NAME}} ({{Vic|c079|NICKNAME}}), school counselor. Portuguese-born; says Americans call him 'Mr {{Ferreira|c079|FAMILY_NAME}}' or "
 "'Mr {{Costa|c079|FAMILY_NAME}}' at random and he answers to both."),
# quasi
("case_presentation", "quasi", None,
 "Case presentation, de-identified (mostly): {{HR manager|c041|DISTINCTIVE|occupation}} in {{Centerville|c041|ADDRESS|city}}, married to a woman, two sons. "
 "Presents with burnout after a restructure. {{Owns an iguana named Mochi that went viral|c041|DISTINCTIVE|fact|iguana named Mochi}} — she jokes it's the only famous one in the family."),
("case_presentation", "quasi", None,
 "Case summary for the trauma group: {{mechanic|c029|DISTINCTIVE|occupation}} in {{Marion|c029|ADDRESS|city}}, works at {{Milford Shipyard|c029|EMPLOYER}}. "
 "Filipino-American, three children; son {{Paolo|c029|RELATIVE}} is an apprentice. Industrial accident witnessed in March."),
("case_presentation", "quasi", None,
 "Case for consult (names removed): student at {{Mount Vernon State University|c038|SCHOOL}}, part-time at {{Moses Logistics|c038|EMPLOYER}}. Gujarati family; {{plays cello in the Ashland Symphony Orchestra|c038|DISTINCTIVE|fact|cello in the Ashland}}. "
 "Conflict about an arranged introduction."),
("case_presentation", "quasi", None,
 "Case vignette: a {{bank teller|c003|DISTINCTIVE|occupation}} in {{Manchester|c003|ADDRESS|city}} who {{was on American Ninja Warrior, season 24|c003|DISTINCTIVE|fact|season 24 of American Ninja}}. "
 "Body image after injury."),
("case_presentation", "quasi", None,
 "Teaching case (consent for anonymised use): {{real estate agent|c057|DISTINCTIVE|occupation}} in {{Hudson|c057|ADDRESS|city}}, {{sits on Shelby city council for Ward 2|c057|DISTINCTIVE|fact|Ward 2 on the Shelby}}. "
 "Public role vs private grief."),
("case_presentation", "quasi", None,
 "Case presentation: a {{student|c039|DISTINCTIVE|occupation}} in {{Oakland|c039|ADDRESS|city}} who {{keeps an alpaca named Beans|c039|DISTINCTIVE|fact|alpaca named Beans}} — yes, that alpaca. Social anxiety since the video went viral."),
# benign
("case_presentation", "benign", "deidentified",
 "Case presentation (fully de-identified per policy). A 40-year-old man of West African heritage, married, two children, employed in emergency services. "
 "Referred after a critical incident. Formulation and plan attached; no identifying details are included."),
("case_presentation", "benign", "deidentified",
 "Grand rounds: 'Ms A', a composite case drawn from several clients. Polish-born, late twenties, healthcare admin. Themes: migration, assault, shame. "
 "Composite — do not attempt to match."),
("case_presentation", "benign", "nonclient_person",
 "Presenter: Dr Nguyen Thi Lan (guest, Vietnamese Mental Health Network). Title: 'Saving face and seeking help.' Discussant: Dr Mohammed Iqbal."),
("case_presentation", "benign", "public_figure",
 "Case discussion warm-up: what does Viktor Frankl's account of meaning in the camps offer a refugee client? Bring one quote. I'll bring one from Shirin Ebadi."),
("case_presentation", "benign", "weak_attribute",
 "Case: 34-year-old architect from Waverly, divorced, one teenage daughter. Anger management. Second referral."),
("case_presentation", "benign", "single_quasi",
 "Case vignette for training: a client who works at Green Dental Group. Nothing else about the client is given; the point of the vignette is the dental phobia twist."),
("case_presentation", "benign", "nonclient_person",
 "Case conference agenda: 1) Welcome (Siobhán Doyle). 2) Case A (Tomás Rivera). 3) Case B (Dr Kavitha Raman). 4) AOB. Room 3, 12:30."),
("case_presentation", "benign", "deidentified",
 "Case study, anonymised: Korean-American adolescent, 17, high-achieving, presenting with disordered eating. Mother keeps her maiden name as is customary; "
 "father works abroad. Identifying details changed."),
("case_presentation", "benign", "public_figure",
 "Rounds reading: Chimamanda Ngozi Adichie on the danger of a single story. Pair with Thich Nhat Hanh on listening."),
("case_presentation", "benign", "nonclient_person",
 "For discussion: my own family. My mother, Gráinne, changed her name to 'Grace' when she emigrated. I want to talk about what that did to her. (Self-disclosure exercise, staff only.)"),
]
