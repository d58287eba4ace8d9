# The Philippines and Hong Kong: Taglish ("po", "naman", "sige", "ate", "kuya", "tita", "open the
# light", "CR", "resched daw"), Tagalog month names, Sir/Ma'am + given name, HK English and Cantonese
# characters ("add oil", 加油, 唔該, 多謝), DD/MM/YYYY, HK numbers of non-clients, a client who shares a
# basketball legend's name, and the legend himself.
DOCS = [
    # ---------------- direct ----------------
    ("team_note", "direct", None,
     "Ate {{Mae|c154|NICKNAME}} po called, she can't make it today kasi may duty siya sa "
     "{{Glendale Fire Department|c154|EMPLOYER}}. Resched daw to Friday 4pm. Sige, I'll block the slot na lang."),
    ("email", "direct", None,
     "Good day po Ma'am!\n\nKindly be informed that Sir {{Michael Jordan|c214|FULL_NAME}} (yes po, same name as the "
     "basketball player hehe) cancelled his 3pm session for today due to a school event at "
     "{{Hawthorne Academy|c214|EMPLOYER}}. He is requesting for a resched next week.\n\nThank you po,\nJoanna (front desk)"),
    ("case_presentation", "direct", None,
     "Case Presentation – Clinical Psychology Unit, Kowloon\n\nClient: Ms {{Sandra Clarke|c068|FULL_NAME}}\nDOB: "
     "{{20/01/1960|c068|DOB}}\nOccupation: secondary school chemistry teacher\nPresenting problem: low mood and "
     "irritability since the school restructuring. Married to {{Brittany|c068|RELATIVE}}. No previous treatment.\n"
     "Formulation and plan to be discussed."),
    ("social_post", "direct", None,
     "Add oil {{Drea|c080|NICKNAME}}! 加油! From not being able to go on air to hosting again after our sessions 🎙️ "
     "So proud of you la."),
    ("team_note", "direct", None,
     "Pls text {{Jesse|c065|GIVEN_NAME}} at {{303 656 7087|c065|PHONE}} to confirm Tuesday. Load ko naubos, sorry 😅 "
     "Salamat!"),
    ("email", "direct", None,
     "Hi Kuya Paolo,\n\nMs. {{Tucker|c064|FAMILY_NAME}}'s correct email is {{jennifer.tucker at fastmail.com|c064|EMAIL}} – "
     "pakiayos naman in the system, bounced daw yung invoice.\n\nThanks po,\nLiza"),
    ("team_note", "direct", None,
     "Doc {{Bennett|c074|FAMILY_NAME}} (the surgeon) moved na – new address {{9685 Meadow Road, Oxford|c074|ADDRESS|street}}. "
     "Pls update before sending the statement."),
    ("team_note", "direct", None,
     "Supervision notes: Presented Mr {{D.M.|c079|INITIALS}}, {{police officer|c079|DISTINCTIVE|occupation}} in "
     "{{Ashland|c079|ADDRESS|city}}, 41. Moral injury after a shooting incident. Supervisor suggested CPT."),
    ("social_post", "direct", None,
     "Nakaka-kilig naman 🥹 my client {{Wendy Avilla|c066|MISSPELLED_NAME}} showed me her new design portfolio today after "
     "months of 'I can't draw anymore'. Grabe, the growth!"),
    ("email", "direct", None,
     "Good evening po Doc,\n\nThis is {{Nichole|c070|RELATIVE}}, mommy of {{Anthony Rivera|c070|FULL_NAME}}. Sorry po for "
     "the late message. He is not going to school since Monday, he stays in his room lang. Can we have an earlier "
     "appointment po? Thank you and God bless.\n\n{{Nichole|c070|RELATIVE}}"),
    ("case_presentation", "direct", None,
     "INTAKE FORM (isinalin mula sa Tagalog / translated from Tagalog)\nPangalan / Name: {{Wendy Shaffer|c071|FULL_NAME}}\n"
     "Kaarawan / DOB: {{Oktubre 8, 2004|c071|DOB}}\nPaaralan / School: {{University of Springfield|c071|SCHOOL}}\n"
     "Dahilan ng pagpunta / Reason: 'Lagi akong kinakabahan' – always nervous, cannot sleep before exams.\n"
     "Kasama sa bahay / Lives with: father ({{Billy|c071|RELATIVE}}) and sister."),
    ("team_note", "direct", None,
     "唔該 everyone – roster change: {{Dennis Mendez|c079|FULL_NAME}} moves to Thursday 6pm, {{Sandra|c068|GIVEN_NAME}} "
     "(the teacher) stays Wednesday. Miss Chan will cover both."),
    # ---------------- quasi ----------------
    ("social_post", "quasi", None,
     "Basketball is life talaga 🏀 my client is the counsellor at {{Hawthorne Academy|c214|EMPLOYER}} who also "
     "{{coaches the Marion Otters under-10s|c214|DISTINCTIVE|fact|Marion Otters under-10 basketball}}. He says the kids "
     "are his therapy. Same, sir, same."),
    ("team_note", "quasi", None,
     "The reporter from {{Springfield Public Radio|c080|EMPLOYER}} whose {{iguana Duchess went viral|c080|DISTINCTIVE|fact|iguana named Duchess}} "
     "asked if we can do video sessions. Sige, send the link."),
    ("email", "quasi", None,
     "Dear Ms Lau,\n\nReferral: {{chemistry teacher|c068|DISTINCTIVE|occupation}} from {{Centerville|c068|ADDRESS|city}}, "
     "also {{coaches the Centerville Hawks under-14 softball team|c068|DISTINCTIVE|fact|Centerville Hawks under-14}}. "
     "Work stress and conflict with the school board. Please advise availability.\n\nBest regards,\nDr. Ho"),
    ("team_note", "quasi", None,
     "Client who {{owns the bakery on School Street|c064|DISTINCTIVE|fact|bakery on School Street}} and sits on the "
     "{{Georgetown council for Ward 9|c064|DISTINCTIVE|fact|Ward 9 on the Georgetown}} brought ensaymada for the staff "
     "again. Pls remind her of gift policy, kahit masarap 😂"),
    ("social_post", "quasi", None,
     "A {{cop|c079|DISTINCTIVE|occupation}} from {{Ashland|c079|ADDRESS|city}} who once "
     "{{ran for mayor there in 2009|c079|DISTINCTIVE|fact|mayor of Ashland in 2009}} told me he lost the election but "
     "found himself. Hugot line of the year 😭"),
    ("team_note", "quasi", None,
     "The firefighter who {{plays oboe with the Kingston Symphony|c073|DISTINCTIVE|fact|oboe in the Kingston}} and is the "
     "{{Ward 6 councilman of Dayton|c073|DISTINCTIVE|fact|Ward 6 on the Dayton}} – asking for a letter for his union. "
     "Need to clarify scope muna."),
    ("email", "quasi", None,
     "Hi Ate,\n\nThe HR person from {{Jackson Realty|c065|EMPLOYER}} – the one with the "
     "{{parrot Dumpling that went viral|c065|DISTINCTIVE|fact|parrot named Dumpling}} – asked for receipts for her HMO "
     "reimbursement. Pa-print naman po.\n\nThanks,\nMika"),
    # ---------------- benign ----------------
    ("social_post", "benign", "public_figure",
     "Rewatching The Last Dance tonight. Michael Jordan talaga the GOAT 🏀 Manny Pacquiao could never 😂"),
    ("team_note", "benign", "word_name",
     "Pls open the light in the CR, ang dilim. Also for the retreat: Joy, Hope and Faith are values, hindi lang names – "
     "'yan ang theme natin this year."),
    ("social_post", "benign", "colleague_staff",
     "Welcome back Ana Mae from maternity leave! 🎉 The team missed you and your pancit."),
    ("email", "benign", "nonclient_contact",
     "Dear all,\n\nCrisis lines to include in client handouts: Samaritans HK 2389 2222, Suicide Prevention Services "
     "2382 0000, NCMH Crisis Hotline (PH) 1553 or 0917 899 8727.\n\n多謝,\nAdmin"),
    ("team_note", "benign", "writer_family",
     "Leaving early today po, my Kuya Dennis is arriving from Dubai and I need to fetch him at NAIA."),
    ("case_presentation", "benign", "deidentified",
     "Case (de-identified): A 38-year-old domestic helper from the Philippines working in Hong Kong presented with "
     "panic symptoms and guilt over leaving her children with her mother. Discussion: transnational motherhood, "
     "limited rest days, and scheduling therapy around a live-in contract."),
    ("social_post", "benign", "single_quasi",
     "Met a client today who sits on the Ward 9 council in Georgetown and honestly local politics is its own kind of "
     "trauma 😅"),
    ("team_note", "benign", "colleague_staff",
     "多謝 Miss Chan for covering my clients yesterday. Mrs. Wong's cake is in the pantry, help yourselves."),
    ("social_post", "benign", "public_figure",
     "Emma Stone talking about her childhood panic attacks in interviews still helps my teen clients feel less alone. "
     "We love a celebrity who says it out loud."),
    ("team_note", "benign", "weak_attribute",
     "Walk-in enquiry: a police officer in her forties asked about our trauma group. Did not leave a name. Gave her the flyer."),
]
