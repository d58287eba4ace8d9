# Counselling centre -> tutors, deans, exam boards: extensions and mitigating circumstances.
DOCS = [
("email", "direct", None, """Subject: Extension request - HIST 2140 essay

Hi Dr. Okafor,

I'm writing in support of {{Amber Watts|c012|FULL_NAME}}'s request for a two-week extension on the HIST 2140 source essay (currently due 14 March). She has been attending the counselling centre since January and I can confirm that the circumstances she described to you are genuine. I won't go into detail, but I'd ask that the new date be treated as firm and that no late penalty is applied.

Kind regards,
Rebecca Lind
Senior Counsellor, Student Wellbeing"""),
("email", "direct", None, """Mitigating Circumstances – Supporting Statement (Counselling Service)

Student name: {{Sandra Foster|c020|FULL_NAME}}
Date of birth: {{20/09/2006|c020|DOB}}
Student no.: 20471163
Modules affected: BUS1004, BUS1011 (Semester 2 assessments)

I have seen this student on six occasions since 3 February 2025. In my professional view her ability to prepare for the May assessments has been significantly affected. I support a deferral to the August resit period without capping.

Signed: A. Moynihan, MIACP"""),
("email", "direct", None, """hey Tom — quick one. {{Jessie|c024|NICKNAME}} from your Tuesday seminar asked me to let you know she's been in with us a few times this month and is really struggling w/ the group project dynamic. she's not asking for anything formal yet, just didn't want you to think she was ghosting. ok to loop her into the Weds group instead? cheers, Maeve (counselling)"""),
("email", "direct", None, """Dear Exam Board,

Re: {{Kimberley Muller|c050|MISSPELLED_NAME}} – request for consideration, CHEM 301 final

The above student has been in regular contact with our service throughout the spring term following a bereavement. I would be grateful if the board could consider her case under the serious-illness-or-bereavement provision. Her attendance records from our end are available on request.

Yours faithfully,
Dr Anjali Rao
University Counselling Centre"""),
("email", "direct", None, """Hi Prof. Henderson, the student I mentioned on the phone would prefer you to email her directly rather than going through the department — she's at {{laura.schultz@outlook.com|c151|EMAIL}}. She has our letter and will forward it. Thanks so much for being flexible on the lab report."""),
("team_note", "direct", None, """can someone cover my 2pm w/ {{luis rodriguez|c036|FULL_NAME}}? got pulled into the dean's meeting about the residence hall thing. he knows me so maybe a quick intro + check-in is enough"""),
("email", "direct", None, """Subject: verification for the exam board

Hi Joanne — if the board needs to verify anything about the medical certificate he submitted, the student has said he's happy to be phoned directly on {{(408) 351-4727|c040|PHONE}}. I've told him to expect a call from a 617 number. Best, Femi"""),
("team_note", "direct", None, """Re: {{Cathy|c034|GIVEN_NAME}} H. — extension for PSY201. Lecturer came back, approved to 28 April. She was relieved, we did grounding for most of the session after. Next appt Thurs."""),
("email", "direct", None, """Sehr geehrte Frau Kramer, dear colleague,

apologies for my English. Concerning {{Ms Beck|c416|FAMILY_NAME}}: she was in our counselling sessions since February and I confirm she could not sit the Statistics exam on 12.05. Please allow her the Nachprüfung (repeat date). I have her consent to write this.

With best regards,
Jana Vogt, Psychologische Beratung"""),
("email", "direct", None, """Mitigation form — section C (practitioner)
Student: {{R.P.|c488|INITIALS}}  DOB {{14/10/2004|c488|DOB}}  Course: BSc Sport Science, yr 2
Nature of support: weekly counselling, 8 sessions to date
Recommendation: extension of 10 working days for SPX2203 portfolio."""),
("email", "direct", None, """Hi Accommodation Office,

Could you please redirect any correspondence for one of our students to her term-time address, {{7821 Wilson Terrace|c173|ADDRESS|street}}, rather than the hall? She has moved out of Carver Hall on our advice and the letters about her housing appeal keep going to the old room. Thanks, Deirdre, Counselling"""),
("email", "quasi", None, """Dear Dean of Students,

I'm supporting a first-year at {{Hamilton College|c439|SCHOOL}} who has been receiving unwanted attention since she was identified online as the person who {{painted the giant mural on Hill Street|c439|DISTINCTIVE|fact|Hill Street}}. She would like the college to consider a room move. I've advised her to contact you directly but wanted to flag it in advance.

Warm regards,
Ifeoma Chukwu, Counselling Centre"""),
("email", "quasi", None, """To the Residence Life team — a student in Beech Hall who is also on the {{Salem State University|c050|SCHOOL}} equestrian club (you'll know her — the one whose {{miniature horse named Pancake|c050|DISTINCTIVE|fact|horse named Pancake}} went viral last autumn) has asked for a quieter floor for exam season. Can we talk Monday? — Gráinne"""),
("email", "quasi", None, """Hi all, quick heads up for the extensions panel. Student from {{Hamilton College|c153|SCHOOL}} who also coaches the {{Quincy Storm under-10 basketball team|c153|DISTINCTIVE|fact|Quincy Storm under-10 basketball}} on weekends — she's requesting a deferral on the Criminology dissertation. I've seen her 4x. Letter attached, please handle gently."""),
("email", "quasi", None, """Subject: athlete wellbeing referral

Coach, the lad you referred — {{Lincoln College|c384|SCHOOL}} transfer, helps out with the {{Florence Tigers under-14 soccer|c384|DISTINCTIVE|fact|Florence Tigers under-14 soccer}} squad — has been in to see us. He's fine to keep training. I'll not say more without his go-ahead. Best, Dara"""),
("email", "quasi", None, """Hi Warden, one of your residents (works weekends at {{Potter Logistics|c271|EMPLOYER}}, and yes, the one who {{represents Ward 8 on the Bristol city council|c271|DISTINCTIVE|fact|Ward 8 on the Bristol}}) is dealing with a lot of stress between council meetings and finals. He's asked that his room not be inspected without notice this month. Could you accommodate? Thanks, Liam"""),
("email", "benign", "nonclient_person", """Hi Siobhan,

Thanks for organising the exam-stress drop-in. Dr. Banerjee and Marcus from Disability Services have agreed to co-facilitate on the 22nd, and Priya will bring the leaflets. Fergal said the Great Hall is free 2-4pm. Could you send the room booking to Olu so he can put it on the portal?

Thanks a million,
Niamh"""),
("team_note", "benign", "deidentified", """Supervision note: a second-year engineering student (20s) requested a letter for an extension on a design module. Presenting issue low mood since term start. Discussed our threshold for writing letters vs. directing to self-certification. Agreed: self-cert first, letter only if extension > 7 days."""),
("social_post", "benign", "name_as_word", """Finals week reminder from your campus counsellors: Grace is not a grade. Hope is not a study strategy. Will power runs out around 2am. Sleep. 💤 #finalsweek #studentwellbeing"""),
("social_post", "benign", "public_figure", """Simone Biles stepping back at Tokyo still comes up in almost every athlete session I run. Permission to put your head before the medal. 🥇🧠"""),
("social_post", "benign", "writer_relative", """My daughter Amber is doing her own finals this week so I'm getting the other side of the extension emails at home 😂 solidarity to all the students (and their tired parents)."""),
("team_note", "benign", "single_quasi", """Referral stats Q1: noticeable uptick in self-referrals from Bristol Community College transfer students. Worth a liaison meeting with their student services?"""),
("email", "benign", "ids_and_dates", """Subject: PSYC 2010 deadline change

All — the PSYC 2010 final paper deadline has moved from 2025-04-04 to 2025-04-11. Students with a DSP letter on file (e.g. ID 20418833, 20419002) have already been notified by the registry. Room 2.14 for the invigilated version, 09:30.

— Academic Office"""),
("email", "benign", "nonclient_person", """Thanks Marcus, extension approved. I've told Chidi, Beatriz and Hannah from the seminar group that the presentation order stays the same. Enjoy the long weekend. — Prof. Ellery"""),
("case_presentation", "benign", "deidentified", """Case for peer consultation (fully de-identified): Client A, early 20s, international postgraduate, referred by supervisor after missing two progression deadlines. Themes: perfectionism, shame around asking for help, family expectations. Question for the group: how much should we tell the department when the student asks us to 'explain' on their behalf?"""),
("email", "benign", "nonclient_person", """Dear colleagues in the Accessibility Office,

Following our meeting with Dean Whitfield and Coach Ramirez, we agree that student-athletes with approved accommodations will sit rescheduled midterms in the Jennings Building. Kwame will circulate the timetable; questions to Sinead or Rohan.

Best,
Counselling & Accessibility Working Group"""),
("social_post", "benign", "general", """PSA for students: you do NOT need to tell your lecturer your diagnosis to get an extension. 'I've been unwell and am getting support' is enough. Counselling can back that up without details. 📚✨"""),
("email", "benign", "ids_and_dates", """Exam Board minutes, 11 June: 43 mitigating-circumstances claims considered (MC-25-0101 to MC-25-0143). 38 upheld, 5 rejected. Appeals deadline 2025-06-25. Chair: Prof. Adewale; secretary: Ms. Doherty."""),
]
