# Nigeria and Ghana: Nigerian/Ghanaian English and Pidgin ("abeg", "sha", "o", "wahala",
# "I wish to intimate you", "well done"), Aunty/Uncle/Madam/Oga, Dr. (Mrs.), Yoruba and Twi
# greetings with diacritics, WhatsApp timestamps in DD/MM format, local phone numbers of non-clients,
# virtue names (Joy, Faith, Grace, Patience, Blessing, Precious) as words, people and clients.
DOCS = [
    # ---------------- direct ----------------
    ("team_note", "direct", None,
     "Abeg who fit cover Aunty {{Joy|c030|GIVEN_NAME}} session for Thursday? She don call say she no go fit come 10am "
     "because theatre list for {{St. Jude's|c030|EMPLOYER}} don full. She go prefer 4pm sha."),
    ("email", "direct", None,
     "Dear Sir,\n\nCompliments of the season. I wish to intimate you that Mr. {{Delgado|c037|FAMILY_NAME}} has requested a "
     "copy of his assessment report for his lawyer. He can be reached on {{+1-940-618-2014|c037|PHONE}} after 5pm. Kindly "
     "treat as urgent.\n\nYours faithfully,\nOluwaseun Adeyemi (Mrs.)\nClinic Administrator"),
    ("case_presentation", "direct", None,
     "CASE PRESENTATION – Departmental Seminar, Korle Bu\n\nName of client: Madam {{Grace Meyer|c220|FULL_NAME}}\nAge: 43yrs\n"
     "Occupation: Graphic designer, {{the Plymouth Herald|c220|EMPLOYER}}\nPresenting complaint: Persistent worry, "
     "palpitations and poor sleep x 8/12. Lives with her partner {{Tonya|c220|RELATIVE}} and two sons.\nImpression: GAD.\n"
     "For discussion: role of the family in treatment."),
    ("social_post", "direct", None,
     "{{Faith|c174|GIVEN_NAME}} if you are reading this, I am so proud of you o! From not able to leave the house to back "
     "behind the bar at the diner 🙌🏾 Therapy works, una. #mentalhealthNaija"),
    ("team_note", "direct", None,
     "Ẹ kú àárọ̀ team. New intake: {{Christine Kelly|c034|FULL_NAME}}, DOB {{6th March, 1988|c034|DOB}}, 911 dispatcher. "
     "Complains of flashbacks after a bad call last month. Partner {{Laura|c034|RELATIVE}} will come for first session."),
    ("email", "direct", None,
     "Good day Madam,\n\nI am {{Natalie|c029|RELATIVE}}, mother to {{Brandy|c029|GIVEN_NAME}} who is seeing you every "
     "Tuesday. Please I am begging, she is not eating well since two weeks and she is not picking my calls. Kindly check "
     "on her for me. God bless you.\n\nMrs. {{Natalie|c029|RELATIVE}}"),
    ("team_note", "direct", None,
     "[09:15, 12/05/2026] Dr. Ifeoma: Pls the client {{Sunny|c204|GIVEN_NAME}} that drives delivery, his wife "
     "{{Angela|c204|RELATIVE}} just called me crying. He didn't come home last night. Who has his emergency plan? "
     "[09:16, 12/05/2026] Kwame: Checking now"),
    ("email", "direct", None,
     "Hello,\n\nPlease update the file. The client's email na {{o.andresen at yahoo dot com|c036|EMAIL}} – the old one "
     "was wrong, that is why {{Oda|c036|GIVEN_NAME}} no dey receive the reminders.\n\nThanks,\nEfua"),
    ("team_note", "direct", None,
     "Home visit for {{Paul Kaiser|c038|FULL_NAME}}: {{No. 7034 Meadow Court, Oakland|c038|ADDRESS|street}}. Gateman will "
     "let you in. Son {{Alex|c038|RELATIVE}} is the contact person. Go with the consent form, I beg."),
    ("team_note", "direct", None,
     "Supervision log: Presented Madam {{E.A.|c040|INITIALS}}, school counsellor at {{Plymouth Public Library|c040|EMPLOYER}}. "
     "Issue of burnout and grief. Supervisor advised to slow down the pace of trauma work."),
    ("social_post", "direct", None,
     "Mama {{Patiance Martinez|c076|MISSPELLED_NAME}} told me today in session that at 78 she is finally learning to say no. "
     "Who says old people cannot change? Akwaaba to the new you, Mama! 🙏🏾"),
    ("email", "direct", None,
     "Dear Dr. (Mrs.) Okonkwo,\n\nAs directed, the following clients have been moved to your list from Monday: "
     "{{Cody Delgado|c037|FULL_NAME}}, {{Oda Andresen|c036|FULL_NAME}} and {{Christine|c034|GIVEN_NAME}} (the dispatcher). "
     "Their files are on your table.\n\nWell done ma,\nChinedu"),
    # ---------------- quasi ----------------
    ("social_post", "quasi", None,
     "Omo, the surgeon madam from {{St. Jude's|c030|EMPLOYER}} whose {{pig Dumpling trended on TikTok|c030|DISTINCTIVE|fact|pig named Dumpling}} "
     "came for session today and the pig was the whole topic 😂🐷 Therapy is not by force o."),
    ("team_note", "quasi", None,
     "Client dey breed {{champion Border collies for Glendale|c220|DISTINCTIVE|fact|Border collies in Glendale}} and she "
     "{{even run American Ninja Warrior before, season 13|c220|DISTINCTIVE|fact|season 13 of American Ninja}}. Strong "
     "woman, but the anxiety is plenty. Continue weekly."),
    ("email", "quasi", None,
     "Dear Sir,\n\nThe {{bartender|c174|DISTINCTIVE|occupation}} from {{Glendale|c174|ADDRESS|city}} whose "
     "{{ferret Dumpling went viral|c174|DISTINCTIVE|fact|ferret named Dumpling}} has asked to reduce to fortnightly "
     "sessions due to money. Kindly advise on sliding scale.\n\nRegards,\nAbena"),
    ("team_note", "quasi", None,
     "The delivery man from {{Springfield Bowling Lanes|c204|EMPLOYER}} who does the "
     "{{Backyard Historian podcast|c204|DISTINCTIVE|fact|Backyard Historian}} – wife called again. Please flag for Monday."),
    ("social_post", "quasi", None,
     "One of my clients is a {{chemist|c029|DISTINCTIVE|occupation}} in {{Auburn|c029|ADDRESS|city}} and her iguana "
     "{{Sir Reginald is famous for internet|c029|DISTINCTIVE|fact|iguana named Sir Reginald}} 😂 she said the lizard get "
     "more followers than her. Abeg, pets are therapy."),
    ("team_note", "quasi", None,
     "Oga from {{Green Realty|c037|EMPLOYER}}, the one whose {{small horse Mochi blew up online|c037|DISTINCTIVE|fact|miniature horse named Mochi}}, "
     "wants the report before his court date. Pls prioritise."),
    ("email", "quasi", None,
     "Hello Madam,\n\nThe young lady who is an insurance adjuster with {{Kingston Credit Union|c036|EMPLOYER}} and breeds "
     "{{Salukis in Florence|c036|DISTINCTIVE|fact|Salukis in Florence}} asked if you can write a support letter for her "
     "dog show travel. Kindly let me know.\n\nThanks,\nKofi"),
    # ---------------- benign ----------------
    ("social_post", "benign", "word_name",
     "Thank God for His blessing and favour this year. Precious moments with family, goodness and mercy all the way 🙏🏾 "
     "Joy cometh in the morning!"),
    ("social_post", "benign", "colleague_staff",
     "Big congrats to our own Prince Adebayo on passing his licensing exam! 🎉 Oga clinician now. The whole team is proud."),
    ("email", "benign", "nonclient_contact",
     "Dear colleagues,\n\nFor referrals to the state helpline please call 0800 800 2000 or +234 803 123 4567 (WhatsApp "
     "only). The Accra partner line is +233 24 412 3456.\n\nRegards,\nMental Health Desk"),
    ("team_note", "benign", "writer_family",
     "I will close by 3pm today, my daughter Joy is writing her WAEC paper and I must pick her. Faith (reception) has the keys."),
    ("social_post", "benign", "public_figure",
     "Genevieve Nnaji's new film has me in tears. And Kevin Love's essay about his panic attacks on court is still one of "
     "the best things an athlete ever wrote. Men, talk to somebody abeg."),
    ("case_presentation", "benign", "deidentified",
     "Case for discussion (identifying details removed): A 34-year-old married trader, mother of three, presented with "
     "headaches, poor sleep and 'thinking too much' following the loss of her shop in a market fire. She attributes the "
     "loss to spiritual attack. Discussion: working with explanatory models in a Ghanaian context."),
    ("social_post", "benign", "weak_attribute",
     "Random gist: a client told me today she was on Wheel of Fortune years back and still remembers the wrong letter "
     "she chose 😂 We all carry something."),
    ("team_note", "benign", "nonclient_person",
     "My landlady Aunty Patience sent her boy to say the borehole is spoilt. No water in the clinic toilets till Friday, "
     "please manage."),
    ("social_post", "benign", "word_name",
     "Sunny day for once in Lagos so we took the walking group outside. Patience is a skill, not a personality, my people ☀️"),
    ("email", "benign", "colleague_staff",
     "Dear all,\n\nDr. (Mrs.) Grace Owusu-Ansah will chair Friday's seminar on perinatal depression. Uncle Kojo will "
     "handle the projector. Akwaaba!\n\nSecretariat"),
]
