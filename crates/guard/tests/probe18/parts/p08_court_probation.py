# Probation, drug-court and legal correspondence.
DOCS = [
("email", "direct", None, """Harris County Adult Treatment Court
RE: State v. {{Kelly Simmons|c359|FULL_NAME}}, Cause No. 2025-CR-00418

Your Honor,

This letter confirms that the above-named participant has attended 11 of 12 scheduled outpatient sessions between 6 January and 31 March 2025. Urine drug screens collected at our clinic (n=9) were negative for all substances tested. {{Ms. Simmons|c359|FAMILY_NAME}} has engaged meaningfully in relapse-prevention work and I support her advancement to Phase 3.

Respectfully submitted,
Denise Alvarado, LCDC"""),
("email", "direct", None, """Dear Probation Officer Reid,

Re: {{Gregory Wilson|c360|FULL_NAME}}

Progress update as requested. {{Gregory|c360|GIVEN_NAME}} attends weekly. He has not missed any appointments since the February review. No concerns regarding compliance.

Kind regards,
Counselling Service"""),
("email", "direct", None, """Hi Officer Nguyen — just confirming {{Eric|c375|GIVEN_NAME}} was here today 2–3pm, so he couldn't have made the 2:30 check-in. Sorry for the clash, we'll move our slot. His mobile is {{(337) 428-5883|c375|PHONE}} if you need to reschedule directly."""),
("email", "direct", None, """To the Magistrates' Court, Sentencing Report Addendum

Defendant: {{HARRY COLE|c390|FULL_NAME}}
DOB: {{10.05.1998|c390|DOB}}

{{Mr Cole|c390|FAMILY_NAME}} has completed an eight-week alcohol awareness programme and continues in individual counselling. I would respectfully ask the court to consider a community order with an alcohol treatment requirement."""),
("email", "direct", None, """Drug Court Status Report — Week 14
Participant: {{V. Black|c421|INITIALS}} (carpenter, {{Rodriguez Construction|c421|EMPLOYER}})
Attendance: 100%. UDS: 2 negative, 0 positive, 0 missed.
Sanctions: none. Incentives: recognised in court 04/03.
Counsellor note: stable, engaged; requests reduction to biweekly court appearances."""),
("email", "direct", None, """Your Honour, I write in support of {{Anthony Haynes|c442|FULL_NAME}}, who has attended our cannabis-use group since his arrest last autumn. He's 29, works as a UX designer and is father to a young daughter, {{Jo|c442|RELATIVE}}. He has been candid and consistent. — M. Oyelaran, Counsellor"""),
("email", "direct", None, """Probation liaison — quick update. Client {{Debora Nelsen|c470|MISSPELLED_NAME}} (photographer) missed 2 sessions in March due to a job out of state; she called ahead both times. I don't consider this non-compliance. Happy to discuss. Lucia"""),
("email", "direct", None, """Subject: Treatment verification

Officer Brennan, the client you asked about, {{Kim|c476|NICKNAME}} {{Ibarra|c476|FAMILY_NAME}}, is currently engaged in our programme. I can only confirm attendance; she has not consented to the release of clinical content. Any further request will need a signed ROI."""),
("email", "direct", None, """County Drug Court – Participant Contact Update
Name: {{Anthony May|c058|FULL_NAME}}
New address: {{9882 Birch Avenue|c058|ADDRESS|street}}, Jackson
Phone: {{814-977-1580|c058|PHONE}}
Effective: 2025-04-14"""),
("email", "direct", None, """hey it's Jess from the probation office front desk, we got a voicemail for {{matt|c143|NICKNAME}} {{griffith|c143|FAMILY_NAME}} saying he'll be late to group bc his car broke down. passing it on so it doesn't count as a miss 👍 oh and {{Andres Wiley|c490|FULL_NAME}} rang, he's on a late shift at the jail so he'll do the Thurs group instead"""),
("email", "direct", None, """RE: Youth Diversion Programme – {{Trevor Valentine|c177|FULL_NAME}}

Dear Ms Achebe,

{{Trevor|c177|GIVEN_NAME}} completed all six restorative sessions. His mother {{Amber|c177|RELATIVE}} attended the final one. I recommend the diversion be marked as successfully completed.

Yours sincerely,
Fionnuala Byrne"""),
("email", "quasi", None, """Treatment court team — a participant works at {{Oakland Brewing Company|c359|EMPLOYER}} (we've discussed the obvious risk) and is the owner of the {{llama named Pickles|c359|DISTINCTIVE|fact|llama named Pickles}} that was all over social media. She's asked to be excused from the public recognition ceremony."""),
("email", "quasi", None, """Dear PO Reid, re: your question about the participant who works at {{Newport Police Department|c360|EMPLOYER}} dispatch and hosts {{the Sunday Cook|c360|DISTINCTIVE|fact|Sunday Cook}} podcast — yes, he is still with us, and we've agreed a separate waiting area due to his job."""),
("email", "quasi", None, """Court liaison note: defendant is a session musician at {{Santana Studio|c390|EMPLOYER}}, {{plays bass in the local band the Rusty Comets|c390|DISTINCTIVE|fact|bass in the local band the Rusty Comets}}. Sentencing 12th. Counsellor letter pending."""),
("email", "quasi", None, """Hi, following up on the diversion referral — young woman, works for {{Sparks Studio|c470|EMPLOYER}}, sings in {{the Copper Pines|c470|DISTINCTIVE|fact|Copper Pines}}. Arrested after a gig. Would she be eligible for the arts-based programme?"""),
("email", "quasi", None, """Drug court team meeting: participant is a {{dental hygienist|c375|DISTINCTIVE|occupation}} in {{Stillwater|c375|ADDRESS|city}} who also {{hosts the Sideways Detective podcast|c375|DISTINCTIVE|fact|Sideways Detective}}. Concerned his episode on wrongful convictions may be raised by the prosecutor."""),
("email", "benign", "ids_and_dates", """Docket for Thurs 10 April: 2025-CR-00311, 2025-CR-00327, 2025-CR-00402 (status); 2024-CR-01988 (termination hearing). Treatment providers to submit reports by 5pm Tues."""),
("email", "benign", "nonclient_person", """Thanks Judge Okafor, Officer Reid and Attorney Delgado for a productive staffing today. Kudos to Marisol from the public defender's office for the new incentives chart."""),
("email", "benign", "general", """Reminder: under 42 CFR Part 2 we cannot confirm anyone's participation in treatment to a probation officer without a valid, specific consent. When in doubt, say 'I can neither confirm nor deny'."""),
("email", "benign", "public_figure", """The judge quoted Robert Downey Jr. at graduation today — 'Listen, smile, agree, and then do whatever you were going to do anyway.' Not sure it was the right message for drug court 😂"""),
("case_presentation", "benign", "deidentified", """For the training: a participant in her 30s relapsed after 8 months and self-reported before the test. The team debated a sanction vs. a treatment response. We chose treatment. Discuss."""),
("email", "benign", "writer_relative", """I'll be out Friday — my cousin Harry's court date (nothing to do with work, he's a witness). Please direct urgent probation requests to Aisha."""),
("email", "benign", "single_quasi", """Note: the Newport Police Department has asked whether we'd run a confidential wellbeing group for dispatchers. I said yes in principle. Nobody's referred yet."""),
("email", "benign", "nonclient_person", """Dear Mr Kowalczyk and Ms Fernandes, thank you for volunteering as mentors for the treatment court alumni group. Your first mentee introductions will be arranged by Precious."""),
("email", "quasi", None, """Court report query: the participant is employed by {{Hensley Creative|c405|EMPLOYER}} and {{ran for mayor of Troy in 2008|c405|DISTINCTIVE|fact|Troy in 2008}}; the press may attend sentencing. Can the treatment letter be filed under seal?"""),
("email", "benign", "nonclient_person", """Staffing attendees 17/04: Judge Halvorsen, ADA Kimura, PD Mbatha, Officer Rutledge, case managers Ilse and Paulo, peer mentor Desmond. Minutes by Yetunde."""),
("email", "benign", "name_as_word", """Graduation speech draft: 'Today we celebrate will, grace and a whole lot of patience. Chase recovery the way you once chased the next high.' Too cheesy?"""),
]
