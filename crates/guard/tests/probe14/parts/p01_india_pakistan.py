# India and Pakistan: Indian English, Hinglish, Roman Urdu; "kindly do the needful",
# "revert back", "prepone", "since 3 months", Mr./Madam + given name, -ji, bhai, didi,
# DD-MM-YYYY dates, +91 numbers of non-clients.
DOCS = [
    # ---------------- direct ----------------
    ("email", "direct", None,
     "Subject: Reschedule request – kindly do the needful\n\nDear Sir,\n\nGood morning. This is to inform you that "
     "{{Teresa Cunningham|c002|FULL_NAME}} called the front desk and wants to prepone her Thursday session to Tuesday 4 pm. "
     "She is having some issue with her shift timings at {{Winchester Brewing Company|c002|EMPLOYER}}. Kindly do the needful "
     "and revert back at the earliest.\n\nThanks & Regards,\nPriya Raghunathan\nFront Office Coordinator"),
    ("team_note", "direct", None,
     "Team update: Mr. {{Rhodes|c001|FAMILY_NAME}} ka session aaj bhi cancel ho gaya. Third time this month. He said wife is "
     "unwell but pichli baar bhi yahi bola tha. Will call him tomorrow 11 baje. If no response, discharge letter bhejna padega "
     "as per policy."),
    ("social_post", "direct", None,
     "Sorry yaar for the late reply 🙏 session with {{Milly|c013|NICKNAME}} ran over, poor thing was crying the whole hour "
     "about her daughter's board exams. Will join the peer call by 7:30 pakka."),
    ("case_presentation", "direct", None,
     "Case Presentation – Clinical Psychology Grand Rounds\n\nClient: {{Mike Mckinney|c004|FULL_NAME}}, 16 years, "
     "DOB {{02-07-2008|c004|DOB}}, student of class 11 at {{Hawthorne Preparatory Academy|c004|SCHOOL}}. Referred by the school "
     "counsellor for low mood and school refusal since 3 months. Lives with mother ({{Jacqueline|c004|RELATIVE}}) and one "
     "sister. No past psychiatric history. Presenting for discussion of family work vs. individual CBT."),
    ("email", "direct", None,
     "Hi Anjali,\n\nPlease call {{Crystal|c007|GIVEN_NAME}} on {{707 783 5694|c007|PHONE}} and confirm tomorrow's slot. She is "
     "sick since Monday so ask if she wants online session instead of coming to clinic.\n\nThank you ji,\nRohan"),
    ("team_note", "direct", None,
     "Intake pending: Ms. {{Gilbert|c020|FAMILY_NAME}}, email id {{ering87 at fastmail dot com|c020|EMAIL}}. Consent form not "
     "received till date. Pls send the link again and revert. – Farah (admin)"),
    ("social_post", "direct", None,
     "Aaj bahut proud feel ho raha hai 🥹 my client {{Philip|c045|MISSPELLED_NAME}} went back on duty after 8 months and told "
     "me 'Madam, you gave me my life back'. Ye kaam kabhi kabhi itna rewarding hota hai 🙏✨ #therapistlife"),
    ("team_note", "direct", None,
     "Peer supervision (Lahore online group), Sat 10 am. Presented client {{J.K.|c016|INITIALS}}, 55 y/o gentleman, hotel "
     "manager at {{Bristol Brewing Company|c016|EMPLOYER}}, insomnia and work stress. Group suggested sleep diary and "
     "reducing caffeine. Next review in 2 weeks."),
    ("team_note", "direct", None,
     "Home visit fixed: {{Amy Nelson|c008|FULL_NAME}}, H.No. {{2797, Juniper Drive, Fairview|c008|ADDRESS|street}}. "
     "Landmark: opposite the water tank. Husband {{Jacob|c008|RELATIVE}} will be present. Pls carry consent papers in duplicate."),
    ("email", "direct", None,
     "Respected Madam,\n\nAs discussed, the insurance company is asking for date of birth to match the claim. For "
     "{{Eugenio|c012|GIVEN_NAME}} it is {{28/1/74|c012|DOB}}. Kindly verify from your side and forward the corrected "
     "form.\n\nWith regards,\nS. Venkatesh\nBilling"),
    ("email", "direct", None,
     "Dear Team,\n\nPFA list of clients for Saturday's group camp:\n1) {{Catherine Johnson|c017|FULL_NAME}}\n2) Master "
     "{{Terrence|c023|GIVEN_NAME}} ({{Grant High School|c023|SCHOOL}}) – mother will drop him\n3) Ms. T. {{Cunningham|c002|FAMILY_NAME}}"
     "\n\nKindly arrange snacks for 12 pax.\n\nRgds,\nMeenakshi"),
    ("team_note", "direct", None,
     "Session note: {{Patrick|c033|GIVEN_NAME}} bhai came with his wife {{Stephanie|c033|RELATIVE}}. Inshallah things are "
     "better at home, he is sleeping 6 hours now. Still worried about layoffs at {{Pinnacle Systems|c033|EMPLOYER}}. "
     "Continue same plan."),
    # ---------------- quasi ----------------
    ("social_post", "quasi", None,
     "One of my clients is a chemist at {{Kingston General|c001|EMPLOYER}} and plays "
     "{{viola for the Georgetown symphony|c001|DISTINCTIVE|fact|viola in the Georgetown}} on weekends. Such a gentle soul. "
     "Music is also therapy only na? 🎻"),
    ("case_presentation", "quasi", None,
     "Case for peer supervision group (Karachi, online)\n\nLady in her early thirties, doing accounts for "
     "{{Brown Architects|c014|EMPLOYER}} and on weekends coaching "
     "{{the under-10 lacrosse kids of Plymouth Comets|c014|DISTINCTIVE|fact|Plymouth Comets under-10 lacrosse}}. "
     "Presenting complaint: irritability and tension headaches since 4 months, feels she is 'always on duty'. "
     "Question for group: how to address perfectionism without making her feel judged?"),
    ("email", "quasi", None,
     "Hello Sir,\n\nNew referral for you: she is working as an X-ray {{radiographer|c027|DISTINCTIVE|occupation}} in "
     "{{Kingston|c027|ADDRESS|city}}, married, husband's name is {{Kevin|c027|RELATIVE}}. Main complaint is panic attacks "
     "in the scanning room. Kindly confirm if you have a slot.\n\nRegards,\nDr. Nandini"),
    ("team_note", "quasi", None,
     "Adolescent clinic: the girl from {{Centerville High|c032|SCHOOL}} whose mother {{Elizabeth|c032|RELATIVE}} keeps calling "
     "the office – mother again called twice today. Need to discuss boundaries with the mother in next family session."),
    ("email", "quasi", None,
     "Dear Ma'am,\n\nThe lady from {{Brookfield Emergency Communications|c019|EMPLOYER}} who is doing "
     "{{that true-crime podcast, Small Town Neighbor|c019|DISTINCTIVE|fact|Small Town Neighbor}} has asked for evening "
     "slots only. Please revert back with your availability.\n\nThanks,\nAyesha"),
    ("social_post", "quasi", None,
     "Had a young university boy from {{Glendale State|c021|SCHOOL}} today who is breeding "
     "{{prize Newfoundland dogs in Auburn|c021|DISTINCTIVE|fact|Newfoundlands in Auburn}}. Kya passion hai! Dogs as "
     "co-therapists, I am telling you 🐕"),
    ("team_note", "quasi", None,
     "Uncle who does session music for {{Kingston Public Radio|c022|EMPLOYER}} and made "
     "{{that big wall painting on Union Way|c022|DISTINCTIVE|fact|mural on Union Way}} – he is asking for home visits now due "
     "to knee problem. Please discuss in Monday meeting."),
    # ---------------- benign ----------------
    ("email", "benign", "word_name",
     "Dear all,\n\nPlease note the electricity bill for the clinic is pending since March. Will someone from admin kindly "
     "chase the landlord? Also the art therapy room needs new chairs. Hope this finds you all well and in good health.\n\n"
     "Regards,\nAdmin Office"),
    ("social_post", "benign", "public_figure",
     "Watching old highlights of James Foster keeping wicket for Essex 🏏 those stumpings yaar! Anyway, back to case notes. "
     "Sunday also no rest for therapists 😅"),
    ("social_post", "benign", "colleague_staff",
     "Welcome to our new intern Crystal D'Souza from Mangalore! She is having MA in Clinical Psychology and loves "
     "working with adolescents. Please make her feel at home 🌸"),
    ("team_note", "benign", "writer_family",
     "FYI – my Didi Heather is visiting from Pune this weekend so I am on leave Sat–Sun. Ravi sir will cover the on-call."),
    ("email", "benign", "nonclient_contact",
     "Dear colleagues,\n\nFor Hindi/Urdu/Tamil interpretation please contact Sahayata Language Services on +91 98450 12345 "
     "or landline 080-4123 5678, email bookings@sahayata-lang.in. Kindly book 48 hours in advance.\n\nThanks"),
    ("case_presentation", "benign", "deidentified",
     "Case discussion (de-identified): A woman in her mid-forties, school teacher, married with two kids, presented with "
     "low mood since 6 months after her mother-in-law moved in. Joint family stressors, sleep disturbance, no suicidal "
     "ideation. Formulation: role strain and loss of autonomy. Plan: 12 sessions of CBT with one joint session."),
    ("social_post", "benign", "single_quasi",
     "Had a client today who works at Kingston General Hospital – full session only about night duty exhaustion. Nurses "
     "and pharmacists, please take care of yourselves also 🙏"),
    ("social_post", "benign", "public_figure",
     "Shah Rukh's old speech on failure is doing rounds again and honestly it's better than half the self-help books. "
     "Amit Shah's rally is jamming traffic outside the clinic, so I am stuck anyway 😂"),
    ("social_post", "benign", "colleague_staff",
     "Shukriya Ali bhai for arranging the mental health awareness seminar at the community centre. آپ کا بہت شکریہ 🙏 "
     "Next one in Rawalpindi inshallah."),
    ("team_note", "benign", "single_quasi",
     "Waitlist: a pharmacist from Richmond in his fifties enquired about couples counselling. No name given, will "
     "call back. Not yet a client."),
    ("email", "benign", "nonclient_person",
     "Dear Mr. Vincent,\n\nThe cheque for last month's rent has been handed over to your office boy. Kindly acknowledge "
     "receipt.\n\nरमेश कुमार\nAccounts, Manas Wellness Centre"),
]
