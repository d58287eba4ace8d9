# Parole board reports, lifer reviews, youth offending teams / juvenile probation.
DOCS = [
("team_note", "direct", None,
 "YOT panel prep. {{Trevor Valdez|c024|FULL_NAME}} (17), referral order 6 months for criminal damage. Mum ({{Margaret|c024|RELATIVE}}) attending. {{Trevor|c024|GIVEN_NAME}} wants to "
 "do the reparation at the food bank rather than litter-picking. Panel Thursday 4pm, Youth Justice Centre room 2."),
("team_note", "direct", None,
 "{{Curt|c039|NICKNAME}} (13) — juvenile probation referral after the shoplifting charge. Very quiet, picked at his sleeve the whole time. Mother present. "
 "Juvenile court date 25 June 08:30 (JV-25-0217). Will write a brief engagement letter for the PO only."),
("email", "direct", None,
 "Subject: YOT — school attendance\n\nHi Ms Kaur,\n\n{{Rusty|c074|NICKNAME}} told me in session that he's been missing afternoons at Burlington High to avoid the boys involved in the robbery. "
 "He's agreed I can share that with you and with his YOT worker, nothing more. Could we set up a meeting with the school?\n\nThanks,\nDaniel (family therapist)"),
("team_note", "direct", None,
 "Youth court order: {{Lei Yang|c089|FULL_NAME}}, DOB {{04/04/2011|c089|DOB}}. Parents {{Mei|c089|RELATIVE}} and {{Jun|c089|RELATIVE}} attending family sessions. Court wants a progress report for the review on 9 July. "
 "{{Lei|c089|GIVEN_NAME}} engaged better today — played the trombone piece for us."),
("team_note", "direct", None,
 "{{Thursa|c169|NICKNAME}} — YOT referral (assault at school, out-of-court disposal). Dad not involved. She was adamant she'd been defending her brother {{Jimmy|c169|RELATIVE}}. "
 "Work on emotional regulation; school counsellor to be looped in with consent."),
("email", "direct", None,
 "Subject: {{Tim|c208|NICKNAME}} — youth diversion\n\nHi {{Hannah|c208|RELATIVE}},\n\nJust confirming {{Tim Boyer|c208|FULL_NAME}} attended his third diversion session yesterday. He's doing really well. "
 "The diversion officer, PC Allen, will close the case if he completes six.\n\nBest wishes,\nTherapy team"),
("team_note", "direct", None,
 "{{Josh Kelly|c287|MISSPELLED_NAME}} (13) — juvenile intake. Charge: vandalism of the bus shelter with two older boys. Plays drums, wants to be 'a real musician'. "
 "Mother {{Courtney|c287|RELATIVE}} tearful. JV docket 25-JV-0388, hearing 2 July."),
("email", "direct", None,
 "Subject: {{Ronald|c400|GIVEN_NAME}}'s phone\n\nHi, the YOT worker asked me to give you a number for {{Ronald|c400|GIVEN_NAME}} — it's his own phone now, {{405-322-8713|c400|PHONE}}. "
 "Texts are best. His mum {{Alicia|c400|RELATIVE}} says he's been doing his homework for the first time in months.\n\nMaxine, YOT"),
("email", "direct", None,
 "Subject: appointment\n\nhi its {{kaitlin|c462|GIVEN_NAME}}. my youth worker said to email you from {{kaitlin.chambers@outlook.com|c462|EMAIL}} to change my appointment, i have basketball on tuesdays now "
 "can i do wednesday? sorry"),
("case_presentation", "direct", None,
 "Parole Board — psychology report (draft)\n\nName: {{Paul Davidson|c122|FULL_NAME}}\nDOB: {{27 July 1945|c122|DOB}}\nPrison no.: P5511WD\nOral hearing: 22 July 2025, 10:00, video link\n\n"
 "{{Mr Davidson|c122|FAMILY_NAME}} has completed the relevant programmes. He is now 79 and in poor physical health. Risk of serious harm: assessed as low. "
 "Release plan: approved premises, then to his daughter {{Shannon|c122|RELATIVE}}'s home."),
("team_note", "direct", None,
 "Parole dossier request for {{Joshua Reed|c205|FULL_NAME}} — Public Protection Casework wants our addendum by 20 June. Client consented. "
 "Note the panel chair is also called Reed (Judge Reed) — no relation, {{Joshua|c205|GIVEN_NAME}} checked."),
("team_note", "direct", None,
 "{{Eusebio|c336|GIVEN_NAME}} — parole hearing deferred again (third time). Frustrated, some hopelessness but no SI. Focused on what he can control: the course, letters to his daughter."),
("email", "direct", None,
 "Subject: Parole release address\n\nDear Offender Manager,\n\nMr {{Zhang|c367|FAMILY_NAME}} has told me his release address will be {{6558 Canal Street, Auburn|c367|ADDRESS|street}}, his sister's home. "
 "I have no objection to continuing therapy in the community.\n\nKind regards,\nDr H. Qureshi"),
# quasi
("team_note", "quasi", None,
 "YOT referral: pupil at {{North Lancaster High School|c138|SCHOOL}}, was a {{contestant on season 2 of The Amazing Race|c138|DISTINCTIVE|fact|season 2 of The Amazing Race}} as a kid with her family. "
 "Caught with a knife on the bus. Mother very worried about press interest."),
("email", "quasi", None,
 "Subject: youth diversion — music?\n\nHi,\n\nThe boy from {{North Lancaster High School|c231|SCHOOL}} who {{drums in the Atomic Monarchs|c231|DISTINCTIVE|fact|Atomic Monarchs}} — his diversion officer wants to know "
 "if music lessons could count as a positive activity under the order. I think yes. Thoughts?\n\nMags"),
("team_note", "quasi", None,
 "Juvenile court referral: 14-year-old girl, {{North Bristol High School|c353|SCHOOL}}. Mother {{Joann|c353|RELATIVE}} brought her in. Shoplifting charge, first offence. Quiet, bright, reading a Sherlock Holmes paperback."),
("team_note", "quasi", None,
 "YOT — new case. Attends {{North Oakland High School|c256|SCHOOL}}; the family {{breeds champion Dachshunds|c256|DISTINCTIVE|fact|Dachshunds in Hudson}} and the incident happened at a dog show. "
 "Referral order, 3 months."),
("team_note", "quasi", None,
 "Youth offending panel: boy from {{North Lancaster High School|c369|SCHOOL}}; family {{breeds champion Samoyeds in Oxford|c369|DISTINCTIVE|fact|Samoyeds in Oxford}}. Theft from a neighbour's garage. "
 "He is 13. Father attended."),
("email", "quasi", None,
 "Subject: Parole referral\n\nDear colleagues,\n\nReferral for parole-preparation work: a {{welder|c269|DISTINCTIVE|occupation}} from {{Kingston|c269|ADDRESS|city}}, formerly at {{Hudson Shipyard|c269|EMPLOYER}}, "
 "serving a determinate sentence. Release date under review by the board in September.\n\nRegards,\nOMU"),
# benign
("team_note", "benign", "public_figure",
 "Team discussion: the Menendez brothers' resentencing and the parole hearings that follow. Useful for talking about how boards weigh age at offence and rehabilitation."),
("email", "benign", "nonclient_person",
 "Subject: Parole Board panel\n\nThe panel for the 22 July hearing: Mr Taylor (chair), Dr Nguyen (psychologist member), Ms Hill (independent member). Witnesses to join at 10:15.\n\nCase Manager"),
("team_note", "benign", "name_as_word",
 "Sage advice from the YOT manager: don't chase kids for appointments by phone; meet them where they are. Summer holidays start 18 July — plan now."),
("case_presentation", "benign", "deidentified",
 "YOT therapy pilot, year 1\n\n46 young people referred (age 12–17). 71% boys. Offences: theft 15, assault 12, criminal damage 9, other 10. 33 completed at least 6 sessions. "
 "Re-offending at 12 months: 18% vs 31% comparison. No identifiable case examples included."),
("team_note", "benign", "single_quasi",
 "New YOT referral, pupil at Riverside High School. Police have not charged; out-of-court disposal. Awaiting consent from parents."),
("team_note", "benign", "weak_attribute",
 "Juvenile probation called about a 15-year-old student in Glendale — asked whether we take self-referrals. Said yes, sent the leaflet."),
("email", "benign", "nonclient_person",
 "Subject: panel volunteer\n\nWelcome to the youth panel, Summer! Your first panel is 3 July. Your co-panellist will be Jack Rose, who has been volunteering for eight years.\n\nYOT Volunteer Coordinator"),
("social_post", "benign", "public_figure",
 "Reading the Parole Board's decision summaries for high-profile cases (like the Charles Bronson hearing) is a masterclass in how risk language works. Recommend for any trainee."),
("team_note", "benign", "nonclient_person",
 "PC Daniel Thomas (youth diversion) says the scheme now covers 10–17s. He'll present at our team meeting on the 12th."),
("email", "benign", "name_as_word",
 "Subject: Re: reparation\n\nThe reparation project at Stone Farm is open again. Kids can help with the lambing in spring. Rich experience for them, and the farmer is lovely.\n\nLee"),
("team_note", "benign", "weak_attribute",
 "Lifer review: 60s, previously a carpenter. Twenty-two years served. No name on the referral as yet — the prison will send the dossier."),
]
