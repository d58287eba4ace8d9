# Voice: an Indian English writer, a consultant clinical psychologist (Dr. Meera
# Raghavan) working with a diaspora and international caseload: referral letters, case
# summaries, e-mails to colleagues ("PFA", "kindly revert", "as discussed telephonically"),
# title + given name ("Mr. Gervasio", "Mr. Yan"), day-month-year dates.
DOCS = [
    # ---------------------------------------------------------------- benign
    ("email", "benign", "therapy_life", """Subject: Workshop on culturally adapted CBT -- confirmation

Dear Dr. Kulkarni,

Greetings. As discussed telephonically, I am happy to confirm my participation in the two-day workshop on culturally adapted CBT on 14th and 15th of next month. PFA my brief profile and the session outline.

My session will cover (a) working with families in the room, (b) somatic idioms of distress ("tension", "weakness", "heaviness in the head") and how to formulate with them rather than around them, and (c) stigma and the role of the family elder in treatment decisions.

Kindly revert regarding the AV requirements at the earliest. I shall be carrying my own laptop.

With warm regards,
Dr. Meera Raghavan
Consultant Clinical Psychologist"""),

    ("case_presentation", "benign", "deidentified_case", """CASE CONFERENCE -- SUMMARY (identifying details removed)

The client is a 45-year-old married male, a software professional working in a large multinational, living in a joint family with his parents, wife and two school-going children. He was referred by his physician with complaints of palpitations, "gas trouble", sleeplessness and a fear of dying of a heart attack, for which repeated cardiac investigations were normal.

On detailed assessment, he reported excessive worry about his job security following restructuring, and about his father's health. He had been taking an over-the-counter sleeping aid for three months.

Provisional diagnosis: Generalised Anxiety Disorder with somatic presentation.

Management so far: psychoeducation to client and wife together (the family was initially sceptical that "tension" could cause physical symptoms); relaxation training; cognitive work on worry. Eight sessions completed. HAM-A reduced from 24 to 12.

Points for discussion: involving the father, who believes the son "should not be seeing a psychologist"."""),

    ("email", "benign", "public_figure", """Subject: Reading list for the interns

Dear Sushma,

Please circulate the following to the new batch of interns before Monday:

1. Aaron Beck -- Cognitive Therapy of Depression (chapters 1-3)
2. Vikram Patel -- Where There Is No Psychiatrist (selected chapters)
3. Marsha Linehan -- DBT Skills Training Manual, introduction
4. Irvin Yalom -- The Gift of Therapy (any twenty short chapters, their choice)

Kindly ensure they have access to the library copies. I will take a short quiz on Beck's cognitive triad, so they should not skip it.

Regards,
Dr. M. Raghavan"""),

    ("team_note", "benign", "weak_attribute", """OPD referrals this week: 11 new. Breakdown -- 4 students, 3 homemakers, 2 IT professionals, 1 teacher, 1 retired government servant. Most common: anxiety and adjustment issues. Waiting time: 3 weeks. Kindly note: no new intake on Saturday due to the camp."""),

    ("email", "benign", "nonclient_person", """Subject: Leave application

Respected Madam,

I wish to apply for leave from 3rd to 7th of next month, as my cousin sister Lakshmi's marriage is fixed for the 5th and I am required at my native place for the functions. I have already informed all my clients and rescheduled their sessions. Dr. Prakash Joshi has kindly agreed to attend any emergency in my absence.

Kindly grant the same.

Yours obediently,
Chitra Nair
Clinical Psychologist (RCI registered)"""),

    ("email", "benign", "single_quasi", """Subject: Corporate wellness talk -- request

Dear Dr. Raghavan,

Greetings from the HR team at Ironwood Software. We would like to invite you to deliver a talk on "Stress Management for Working Professionals" for our employees in the first week of next month, preferably on a Friday afternoon.

Kindly let us know your availability and professional fee.

Thanks and regards,
Arvind Srinivasan
HR Business Partner"""),

    ("social_post", "benign", "therapy_life", """Mental health is not a luxury. In our families we will take a child to the doctor for fever without a second thought, but for sadness that lasts months we say "adjust", "pray more", "it will pass". Sometimes it passes. Sometimes it needs help. Both are okay. 🙏 #MentalHealthAwareness #TherapyIsNormal"""),

    ("email", "benign", "name_as_word", """Subject: Re: Timing for the seminar

Dear Anand,

Sure, we can prepone the seminar to 10 am. Kindly mark the change in the circular. Will the hall be free by then? Last time the rich breakfast for the trustees went on till 10.30 and we started late.

Also, frank feedback from the last batch was that the sessions were too long without a break. Let us add a tea break at 11.15.

Regards,
Meera"""),

    ("case_presentation", "benign", "deidentified_case", """Supervision note (intern case, anonymised)

Client: Ms. X, 22 years, final-year engineering student, staying in a hostel. Referred by the college counsellor for low mood, crying spells and reduced appetite for two months following a break-up and a backlog in two subjects.

Intern's concern: the client asked the intern to "please not tell my parents anything" and the parents have since called the clinic asking for an update.

Supervisor's comment: the client is an adult. Confidentiality is to be maintained unless there is risk to life. The intern may speak to the parents in general terms about how they can support her, with the client's consent, but must not share session content."""),

    ("team_note", "benign", "public_figure", """Circular: On World Mental Health Day the department will screen the interview of Deepika Padukone speaking about her depression, followed by an open discussion with students. All faculty are requested to attend. Venue: auditorium, 3 pm."""),

    ("email", "benign", "nonclient_namesake", """Subject: Unable to attend Thursday meeting

Dear Sushma,

I will not be able to attend the Thursday meeting as my son David has his annual day function at school and he has been practising his dialogue for one month. Kindly share the minutes. Dr. Joshi will represent our unit.

Regards,
Meera"""),

    ("team_note", "benign", "weak_attribute", """New enquiry from an architect in Quincy asking for online sessions in the evenings, IST-friendly. Forwarded to Chitra to check timings."""),

    # ---------------------------------------------------------------- direct
    ("email", "direct", None, """Subject: Referral for psychiatric opinion

Dear Dr. Kulkarni,

Greetings. I am referring Mr. {{雷洋|c053|FULL_NAME}}, aged 24 years, for your kind opinion regarding medication.

He is working as a {{librarian|c053|DISTINCTIVE|occupation}} in {{Madison|c053|ADDRESS|city}} with the {{Shelby Unified School District|c053|EMPLOYER}}. He has been coming to me for the past three months for depressive symptoms which started after he {{contested the mayoral election in Franklin last year and lost badly|c053|DISTINCTIVE|fact|mayor of Franklin in 2024}}. He reports sadness most of the day, reduced sleep, loss of interest in his music and guilt that he "let down the whole community".

His wife, {{雷桂兰|c053|RELATIVE}}, is very supportive and accompanies him for sessions. No suicidal ideation at present.

Kindly see him at the earliest and do the needful.

With regards,
Dr. Meera Raghavan"""),

    ("case_presentation", "direct", None, """CASE SUMMARY

Name: {{余燕|c150|FULL_NAME}}
Date of birth: {{22-05-1993|c150|DOB}}
Occupation: {{architect|c150|DISTINCTIVE|occupation}}, {{Quincy|c150|ADDRESS|city}}
Informant: self and son ({{余利|c150|RELATIVE}}, via video call)

Chief complaints: anxiety, repeated checking of locks and gas, for 1 year.

History of present illness: Symptoms started insidiously after a burglary at her home. She now checks the locks 20-30 times before leaving, taking over one hour. She is aware this is excessive. She has become late for work and received a warning.

Past history: nil significant.
Mental status examination: anxious affect; obsessions of doubt with checking compulsions; insight present.
Y-BOCS: 26.

Diagnosis: Obsessive-compulsive disorder, predominantly compulsive acts.
Plan: ERP; psychiatric referral for SSRI."""),

    ("email", "direct", None, """Subject: Re: Appointment confirmation

Dear Mr. {{Yan|c024|GIVEN_NAME}},

Thank you for your mail. Your appointment is confirmed for Saturday at 11 am (your time), online.

As discussed, I have noted that you would prefer I do not contact you on your office email at {{the Centerville Herald|c024|EMPLOYER}}, as your colleagues can see the shared inbox. I will use only your personal id going forward.

I have also noted your request to shift to an earlier slot in the concert season, since you {{play harp with the Madison Symphony|c024|DISTINCTIVE|fact|harp in the Madison Symphony}} and rehearsals are mostly on Saturday afternoons.

With regards,
Dr. Meera Raghavan"""),

    ("team_note", "direct", None, """Message for Dr. Raghavan (taken by Sushma, 4.15 pm):

{{Lei Li|c260|FULL_NAME}} called from abroad. She wants to shift her Tuesday session. Kindly call back on {{(207) 396-1451|c260|PHONE}} after 8 pm IST. She said her sister {{Hui|c260|RELATIVE}} will also join next session if possible."""),

    ("email", "direct", None, """Subject: Transfer of care -- Mr. {{Vincent Forster|c013|MISSPELLED_NAME}}

Dear Dr. Joshi,

As discussed telephonically, I am transferring the care of Mr. {{Vincent Forster|c013|MISSPELLED_NAME}} ("{{Vinnie|c013|NICKNAME}}", as he likes to be called) to you with effect from 1st of next month, as I will be on sabbatical.

He is a 72-year-old retired {{accountant|c013|DISTINCTIVE|occupation}}, still doing part-time work for {{Davis Realty|c013|EMPLOYER}}, seeing me for adjustment disorder following his partner {{Karl-Josef|c013|RELATIVE}}'s illness. He is also {{the drummer in a local band|c013|DISTINCTIVE|fact|drums in the local band}} and says the music "keeps him alive". He is cooperative and has responded well to supportive therapy.

PFA the last three session notes.

Regards,
Meera"""),

    ("email", "direct", None, """Subject: Consultation regarding Mr. {{Dave West|c118|NICKNAME|nickname_full}}

Dear Anand,

I need your opinion on one gentleman, Mr. {{Dave West|c118|NICKNAME|nickname_full}}, 68, a {{special education teacher|c118|DISTINCTIVE|occupation}} in {{Arlington|c118|ADDRESS|city}} who {{stood for mayor of Manchester two years back|c118|DISTINCTIVE|fact|mayor of Manchester in 2023}}. His partner {{Brandon|c118|RELATIVE}} has brought him because of forgetfulness and irritability for six months. {{Dave|c118|NICKNAME}} himself is minimising everything -- "these are just old-age things only".

I am suspecting an early neurocognitive disorder and would like you to see him before I proceed further with therapy.

Regards,
Meera"""),

    ("email", "direct", None, """Subject: Resources for parents -- as requested

Dear {{Christina|c174|GIVEN_NAME}},

Greetings. As requested in our session, I am sending the list of parenting resources to your personal email ({{christina.gross@fastmail.com|c174|EMAIL}}) and not to the school id, since you mentioned colleagues at {{Franklin Elementary School|c174|EMPLOYER}} sometimes check the library desk computer.

Please go through the first two articles before next week. We will discuss how to talk to {{Amanda|c174|RELATIVE}} about the separation.

Regards,
Dr. Meera Raghavan"""),

    ("case_presentation", "direct", None, """Intake summary -- Mrs. {{Λητώ Κραββαρίτης|c216|FULL_NAME}}

Age/Sex: 33/F
Occupation: {{insurance adjuster|c216|DISTINCTIVE|occupation}}, {{Centerville|c216|ADDRESS|city}}
Employer: {{Farmer Insurance|c216|EMPLOYER}}
Accompanied by: none (son {{Κλέαρχος|c216|RELATIVE}}, 9 years, waiting outside)

Presenting complaints: sleep disturbance, irritability and low mood for 4 months after her husband's transfer abroad. Single-parenting, full-time work and no family support locally.

Impression: adjustment disorder with mixed anxiety and depressed mood.
Plan: weekly sessions x 8; problem-solving; look for local support network."""),

    ("email", "direct", None, """Subject: Your invoice and next session

Dear Ms. {{Βενετία Βασιλογιάννης|c264|FULL_NAME}},

Kindly find attached the invoice for the month. As requested, I have not mentioned the nature of the service on it.

I also wanted to say that I understand your concern about clients at {{the yoga studio you run on Laurel Terrace|c264|DISTINCTIVE|fact|yoga studio on Laurel Terrace}} finding out that you are in therapy. Please be assured that nothing goes out from our side.

See you on Thursday.

Regards,
Dr. Meera Raghavan"""),

    ("team_note", "direct", None, """Progress note -- Mr. {{Gervasio|c184|GIVEN_NAME}} (session 5)

Patient is better compared to last week. Mother ({{Carmen|c184|RELATIVE}}) called before session to say he has started going to office regularly. Discussed his discomfort with the online attention he gets because of {{his ferret Nugget, whose videos went viral|c184|DISTINCTIVE|fact|ferret named Nugget}}. Plan: continue CBT; next session in one week."""),

    # ---------------------------------------------------------------- quasi
    ("email", "quasi", None, """Subject: Query regarding a referral

Dear Dr. Kulkarni,

I have received an enquiry from a young woman working at {{Ironwood Software|c073|EMPLOYER}} who was referred by her brother, {{Jun|c073|RELATIVE}}, who had consulted you last year. She is having panic attacks in the office. Kindly let me know whether you would like to see her yourself or whether I should take her up for CBT.

With regards,
Meera"""),

    ("case_presentation", "quasi", None, """Case discussion (anonymised)

A 77-year-old gentleman, still working as a freelance designer with {{Molina Creative|c089|EMPLOYER}}, brought by his younger sister {{Ashley|c089|RELATIVE}} for sadness and social withdrawal following the death of a close friend. He says he is "too old for all this talking business". Sister is very involved and wants daily updates.

Points for discussion: respecting autonomy in an older adult when family expectations are different."""),

    ("email", "quasi", None, """Subject: Request for second opinion

Dear Anand,

Kindly see one young man, a {{pharmacist|c014|DISTINCTIVE|occupation}} in {{Newport|c014|ADDRESS|city}}, who {{once contested the Fairview mayoral election (2011) as a very young candidate|c014|DISTINCTIVE|fact|mayor of Fairview in 2011}} and has since had recurrent depressive episodes, each one triggered by a public failure. I would value your opinion on whether lithium is worth considering.

Regards,
Meera"""),

    ("team_note", "quasi", None, """New client (online) -- 22/F, final year at {{Roosevelt College|c129|SCHOOL}}; {{lead vocalist of a local band called the Quiet Comets|c129|DISTINCTIVE|fact|the Quiet Comets}}. Stage fright worsening, now avoiding gigs. Parents unaware of band. Kindly allot to Chitra for CBT."""),

    ("email", "quasi", None, """Subject: Grief counselling -- elderly gentleman

Dear Chitra,

Kindly take up one elderly gentleman who still sends pictures to {{the Shelby Herald|c170|EMPLOYER}} for grief counselling. He lost his husband recently and the only thing he is still doing is {{playing bassoon with the Bristol Symphony|c170|DISTINCTIVE|fact|bassoon in the Bristol Symphony}}. Family is far away. He prefers mornings.

Regards,
Meera"""),

    ("case_presentation", "quasi", None, """Case conference -- a young father

30-year-old {{real estate agent|c258|DISTINCTIVE|occupation}} from {{Ashland|c258|ADDRESS|city}}, employed earlier with {{Oxford Credit Union|c258|EMPLOYER}}. Referred for irritability and anger outbursts at home. Daughter {{Kaja|c258|RELATIVE}} (6) has started saying she is scared of him. He himself is very distressed about this and has come voluntarily.

Plan: anger management, parenting sessions along with wife."""),
]
