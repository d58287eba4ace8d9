# Singapore and Malaysia: Singlish/Manglish ("lah", "leh", "lor", "can or not", "paiseh", "sian",
# "shiok", "chope", "alamak"), Malay words, Mdm/Encik/Auntie/Uncle, FAMILY-NAME-first order in caps,
# Chinese-script names and dates (1985年12月22日), DD.MM.YYYY, +65 / 03- numbers of non-clients.
DOCS = [
    # ---------------- direct ----------------
    ("team_note", "direct", None,
     "Ms {{CHEN Jing|c083|FULL_NAME}} came for session already. She say the graphic design job at "
     "{{Jackson Studio|c083|EMPLOYER}} very stressful lah, boss keep changing deadline. Husband {{Hao|c083|RELATIVE}} "
     "also not helping at home. Continue weekly, can."),
    ("team_note", "direct", None,
     "Hi Dr, paiseh to disturb. Can help me tell Mdm {{邓静|c046|FULL_NAME}} her session shift to Friday 3pm? She dunno "
     "how to use email one. Her number {{815-398-3826|c046|PHONE}}. Tq!"),
    ("case_presentation", "direct", None,
     "Case Conference – Klinik Psikologi\n\nPesakit / Client: {{XU Wei|c059|FULL_NAME}}, lelaki, 75 tahun\nDOB: "
     "{{15.02.1950|c059|DOB}}\nPekerjaan: 911 dispatcher (still working part-time)\nPresenting issue: intrusive memories of "
     "calls, irritability. Wife {{Ying|c059|RELATIVE}} reports he is not sleeping. Proposed: trauma-focused CBT, 12 sessions."),
    ("social_post", "direct", None,
     "Auntie {{Hui|c197|GIVEN_NAME}} told me today in session 'Doctor, I finally sleep through the night!' Shiok ah 😭🙏 all "
     "the sleep hygiene homework worth it lor."),
    ("email", "direct", None,
     "Hi Sharon,\n\nPls resend the receipt to {{jingw92@fastmail.com|c078|EMAIL}} – Ms {{WU|c078|FAMILY_NAME}} say the "
     "previous one never reach her. Thanks ya!\n\nBest,\nSiew Lan"),
    ("team_note", "direct", None,
     "Home visit for the boy {{LI Hao|c238|FULL_NAME}}, {{8928 Rojas Lane, Manchester|c238|ADDRESS|street}}. Mother "
     "{{Jing|c238|RELATIVE}} will be home after 6pm. Please bring the parent consent form, she want to read in Chinese."),
    ("team_note", "direct", None,
     "Peer supervision: Mdm {{Y.L.|c376|INITIALS}}, surgeon at {{Winchester General|c376|EMPLOYER}}, 35. Burnout after "
     "long call rosters. Group suggest to explore perfectionism before skills training."),
    ("team_note", "direct", None,
     "Client {{韩建平|c048|FULL_NAME}}, DOB {{1985年12月22日|c048|DOB}}, HVAC technician. 他的 brother {{韩彬|c048|RELATIVE}} "
     "called to ask about the appointment – told him cannot share details without consent."),
    ("social_post", "direct", None,
     "Proud therapist moment 🥹 {{Xiaoming Wong|c282|MISSPELLED_NAME}} came for his last session today and say he can "
     "go back to uni next sem. Jia you ah boy! 加油 💪"),
    ("email", "direct", None,
     "Dear Ms Koh,\n\n{{Li Na|c418|GIVEN_NAME}}'s mother {{Ying|c418|RELATIVE}} WhatsApp me last night, very worried. She say "
     "the girl not eating since exam results came out. Can we bring forward her appointment? Terima kasih.\n\nRegards,\nFaridah"),
    ("team_note", "direct", None,
     "Today's list (Clinic B):\n10.00 – {{HUANG Hao|c432|FULL_NAME}}\n11.00 – {{SUN Lei|c429|FULL_NAME}} (first session)\n"
     "14.00 – Mdm {{杨想|c058|FULL_NAME}} – need Mandarin interpreter\nPlease chope room 3 for the whole day."),
    ("case_presentation", "direct", None,
     "Client: {{董波|c093|FULL_NAME}} ({{Dong Bo|c093|FULL_NAME}}), DOB {{02/02/1983|c093|DOB}}, school librarian. Referred "
     "for adjustment difficulties after his father {{董龙|c093|RELATIVE}} passed away. Bilingual sessions, mostly Mandarin."),
    # ---------------- quasi ----------------
    ("social_post", "quasi", None,
     "My client already contest for mayor two times – {{Lebanon in 2014|c083|DISTINCTIVE|fact|mayor of Lebanon in 2014}} "
     "and {{Manchester in 2012|c083|DISTINCTIVE|fact|mayor of Manchester in 2012}} – and still she say she got no "
     "confidence. Impostor syndrome is real one."),
    ("team_note", "quasi", None,
     "The line cook from {{Krueger Foods|c046|EMPLOYER}} who {{plays bassoon in the Lebanon orchestra|c046|DISTINCTIVE|fact|bassoon in the Lebanon}} "
     "cancel again. Third time liao. Please call her and check if she wants to continue."),
    ("email", "quasi", None,
     "Hi all,\n\nThe uncle who {{grew that 900-pound pumpkin in the Stillwater Herald|c059|DISTINCTIVE|fact|Stillwater Herald for growing}} "
     "and was on {{MasterChef season 20|c059|DISTINCTIVE|fact|season 20 of MasterChef}} want to bring us pumpkin kuih. "
     "Can accept or not? Gifts policy leh.\n\nCheers,\nKah Hock"),
    ("team_note", "quasi", None,
     "Auntie who is a surgeon at {{Glendale Family Clinic|c197|EMPLOYER}} and {{runs the yoga studio on Spring Drive|c197|DISTINCTIVE|fact|yoga studio on Spring Drive}} "
     "asked about mindfulness groups. Told her we start in March."),
    ("team_note", "quasi", None,
     "Boy from {{Edison Middle|c238|SCHOOL}} whose family {{breeds champion Border collies in Manchester|c238|DISTINCTIVE|fact|Border collies in Manchester}} "
     "– school counsellor called to ask for a memo. Need parental consent first."),
    ("social_post", "quasi", None,
     "A {{surgeon|c376|DISTINCTIVE|occupation}} in {{Centerville|c376|ADDRESS|city}} who also "
     "{{painted the big mural on King Lane|c376|DISTINCTIVE|fact|mural on King Lane}} told me art is the only time her "
     "brain switch off. Wah, so talented one."),
    ("team_note", "quasi", None,
     "The aircon technician from {{Willis Electric|c048|EMPLOYER}} who {{did the mural on Harbor Street|c048|DISTINCTIVE|fact|mural on Harbor Street}} "
     "– brother keeps calling the clinic. Remind front desk: no info without consent."),
    # ---------------- benign ----------------
    ("team_note", "benign", "word_name",
     "Can chope the group room for Friday or not? Sian, the aircon spoil again. Ginger tea in the pantry, help yourself lah."),
    ("social_post", "benign", "public_figure",
     "Still remember Li Na winning the French Open in 2011 – the whole kopitiam was cheering. Her autobiography is very good, "
     "I recommend it to my sports clients also."),
    ("email", "benign", "colleague_staff",
     "Dear team,\n\nPlease welcome Dr Jing TAN, our new clinical psychologist, who joins us from KK Hospital. She will "
     "run the perinatal clinic on Tuesdays.\n\nRegards,\nHR"),
    ("email", "benign", "nonclient_contact",
     "Useful numbers for clients in crisis:\nSamaritans of Singapore: 1767\nIMH Mental Health Helpline: 6389 2222\n"
     "Befrienders KL: 03-7627 2929\nPlease paste into the after-hours letter template."),
    ("team_note", "benign", "writer_family",
     "Taking half-day MC tomorrow – bringing my son Hao for his PSLE results. Paiseh for the short notice."),
    ("case_presentation", "benign", "deidentified",
     "De-identified case: A 52-year-old Malay woman, homemaker, presented with low mood and somatic complaints after "
     "her youngest child moved to KL for work. Strong faith-based coping. Discussion: integrating religious coping into "
     "behavioural activation."),
    ("social_post", "benign", "single_quasi",
     "Had a session with someone who coaches the under-10 volleyball kids in Hudson and honestly the way she talks "
     "about her team is so wholesome 🏐"),
    ("social_post", "benign", "word_name",
     "新年快乐! May the Year of the Horse bring all of you good health and peace. 恭喜发财 🧧 Clinic closed on the first "
     "two days of CNY."),
    ("team_note", "benign", "nonclient_person",
     "Uncle Lim the security guard says the car park gate will be closed Saturday for repairs. Tell clients to park at "
     "the mall, can?"),
    ("social_post", "benign", "public_figure",
     "My niece screaming for Mark Lee at the NCT concert last night 😂 K-pop fandom is also a kind of community support, "
     "don't play play."),
]
