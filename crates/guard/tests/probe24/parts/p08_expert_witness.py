# Expert-witness drafts, court reports, case presentations for peer consultation (some properly de-identified).
DOCS = [
("case_presentation", "direct", None,
 "EXPERT REPORT — DRAFT v3 (privileged, prepared for counsel)\n\nIn the Circuit Court, Georgetown. Case No. 2024-CV-08812\nSubject: {{Joann Hudson|c134|FULL_NAME}}, DOB {{02/14/1952|c134|DOB}}\n\n"
 "Instructed by: Reilly & Chen LLP, counsel for the plaintiff.\nSummary of opinion: {{Dr. Hudson|c134|FAMILY_NAME}} meets criteria for PTSD following the 2023 collision. "
 "Her prior surgical career is relevant to loss-of-earnings and is addressed in section 6."),
("email", "direct", None,
 "Subject: expert report comments\n\nHi counsel,\n\nComments attached. Please remove paragraph 14 — it repeats things Ms {{Daugherty|c142|FAMILY_NAME}} told me about her daughters that are not "
 "relevant to the employment tribunal and she has not consented to their use.\n\nRegards,\nDr. Alan Moyo"),
("case_presentation", "direct", None,
 "Peer consultation — expert witness dilemma\n\nClient: {{Chris Griffin|c154|FULL_NAME}} (yes, like the cartoon — she's heard every joke), hotel manager, 56. I have been asked by her attorney to act "
 "as an expert witness in her own case. Dual-role problem: treating therapist vs. forensic evaluator. My instinct is to decline and refer. Views?"),
("email", "direct", None,
 "Subject: Deposition scheduling\n\nDear Ms Albright,\n\nI can make myself available for deposition on 24 June. Please note that {{Katrina Waters|c198|FULL_NAME}} has asked to be told in advance; "
 "she can be reached on {{(317) 622-5291|c198|PHONE}}. I will not discuss her treatment beyond the scope of the signed authorisation.\n\nDr. P. Anand"),
("team_note", "direct", None,
 "Expert report prep: {{Dagmar|c230|GIVEN_NAME}} read the draft with me and corrected two dates (the accident was 2022, not 2021). She was upset by the cross-examination practice "
 "questions the solicitor sent. Debrief took most of the hour."),
("case_presentation", "direct", None,
 "Court report: {{Dariusz Krzyk|c238|FULL_NAME}}\n\nReferral: immigration tribunal (appeal ref. PA/04417/2025). Lives with partner {{Kacper Huczek|c238|RELATIVE}}. Presenting with complex PTSD after "
 "detention. Opinion requested on fitness to give oral evidence. Recommendation: special measures (breaks, video link)."),
("team_note", "direct", None,
 "{{Hope|c251|GIVEN_NAME}} came in furious about the defence expert's report — it calls her 'histrionic'. Validated. Explained she can ask her lawyer to challenge it. "
 "We agreed I'd write a factual treating-clinician letter only, no opinion on causation."),
("email", "direct", None,
 "Subject: {{Ren|c282|NICKNAME}} — court report timing\n\nHi Sandra,\n\nThe tribunal moved {{Ren|c282|NICKNAME}}'s hearing to 11 July. I'll have the treating-therapist letter to you by 4 July. "
 "She's asked to see it first.\n\nThanks,\nTheo"),
("case_presentation", "direct", None,
 "Expert witness report — personal injury\nClaimant: {{Roman Burgos|c297|FULL_NAME}}\nInstructing solicitor: Lyle & Partners\nHearing: Bristol County Court, 8 September 2025, 10:30\n\n"
 "{{Mr Burgos|c297|FAMILY_NAME}}, an accountant, reports panic attacks when driving since the incident. Psychometrics: PCL-5 = 52, PHQ-9 = 16."),
("team_note", "direct", None,
 "Note to self before cross-exam prep: {{Martin Gardner|c310|FULL_NAME}} (no, not the puzzle man) — {{Marty|c310|NICKNAME}} wants me to testify that his burnout as a midwife caused the "
 "missed appointment. That's an opinion I can't give as his therapist."),
("email", "direct", None,
 "Subject: witness summons\n\nDear Court Officer,\n\nI acknowledge receipt of the witness summons in respect of {{Édouard Valette|c326|FULL_NAME}}, {{5573 Elm Place|c326|ADDRESS|street}}, Salem. "
 "I will attend on 30 June at 09:30 and will bring the records only if ordered to produce them.\n\nSincerely,\nDr. Anna Lorenz"),
("email", "direct", None,
 "Subject: Re: draft report\n\n{{Natalie|c347|GIVEN_NAME}},\n\nAs promised I'm sending the draft to {{natalie.moore@aol.com|c347|EMAIL}} rather than to the firm. Read it when you feel able. "
 "Nothing goes to your solicitor until you've approved it.\n\nWarmly,\nDr. Yara Haddad"),
("team_note", "direct", None,
 "Peer review of expert report: {{N.C.|c358|INITIALS}}, nurse at {{Glendale Family Clinic|c358|EMPLOYER}}, claimant in the clinical negligence case. Reviewer notes: "
 "section 3 over-relies on self-report; add collateral from GP records."),
# quasi
("case_presentation", "quasi", None,
 "Expert witness case (anonymised? not quite — please check): claimant is a {{medical receptionist|c004|DISTINCTIVE|occupation}} in {{Bristol|c004|ADDRESS|city}} who "
 "{{plays trombone in the Oxford Symphony Orchestra|c004|DISTINCTIVE|fact|trombone in the Oxford}}. Whiplash injury has ended her playing. Question: loss of amenity and identity."),
("case_presentation", "quasi", None,
 "Consultation: treating therapist asked to give evidence. Client: {{midwife|c029|DISTINCTIVE|occupation}}, {{Dover|c029|ADDRESS|city}}; {{breeds champion Bernese mountain dogs|c029|DISTINCTIVE|fact|Bernese mountain dogs in Dover}}. "
 "Inquest into a neonatal death. Fitness to give evidence in question."),
("email", "quasi", None,
 "Subject: defamation case — report\n\nThe claimant works at {{the Glendale Herald|c050|EMPLOYER}} and {{plays bass in the Golden Saints|c050|DISTINCTIVE|fact|Golden Saints}}. "
 "The defendant's blog post went viral. I've been asked for a psychiatric-injury report. Conflict check please — my brother-in-law is in a band.\n\nLuis"),
("team_note", "quasi", None,
 "Expert instruction: claimant is a {{roofer|c066|DISTINCTIVE|occupation}} in {{Clinton|c066|ADDRESS|city}}, works for {{Joseph Auto Repair|c066|EMPLOYER}} doing their roof maintenance. Fall from height, chronic pain, low mood."),
("case_presentation", "quasi", None,
 "Peer supervision: expert report on a {{paramedic|c095|DISTINCTIVE|occupation}} in {{Richmond|c095|ADDRESS|city}} who {{breeds champion Dachshunds|c095|DISTINCTIVE|fact|Dachshunds in Richmond}}. "
 "Assault on duty; employer disputes causation of the PTSD. Discuss: malingering tests and their misuse."),
("email", "quasi", None,
 "Subject: report deadline\n\nThe employment tribunal claim for the {{primary school teacher|c126|DISTINCTIVE|occupation}} in {{Eastport|c126|ADDRESS|city}} at {{Edison Academy|c126|EMPLOYER}} — report due 1 July. "
 "Can you read the causation section?\n\nTamsin"),
# benign
("case_presentation", "benign", "deidentified",
 "Case presentation (de-identified for peer consultation)\n\nClient X, adult, referred during civil litigation following a workplace injury. Presenting: low mood, pain-related "
 "avoidance, anger toward the employer. The client's solicitor has asked the treating therapist for an expert opinion on prognosis. Discussion: role boundaries, "
 "the difference between a treating letter and an expert report, and how to say no."),
("email", "benign", "nonclient_person",
 "Subject: opposing expert\n\nFYI the defence have instructed Dr. Jennifer Holder as their expert. She's very experienced; her reports are thorough but she leans heavily on "
 "symptom-validity testing.\n\nCounsel's clerk"),
("team_note", "benign", "public_figure",
 "CPD: reread the Daubert and Frye standards, and the expert evidence in the Oscar Pistorius trial — good examples of psychiatric testimony being challenged."),
("case_presentation", "benign", "deidentified",
 "Teaching case (composite): a treating psychologist is subpoenaed in a custody case. Both parents are in their forties; one is a teacher, the other works in retail. "
 "Learning points: respond to the subpoena, don't ignore it; seek legal advice; distinguish fact from opinion."),
("team_note", "benign", "weak_attribute",
 "Instruction received: personal-injury claimant, an electrician in Hamilton, injured at work. No name yet; solicitor to send the letter of instruction."),
("email", "benign", "name_as_word",
 "Subject: patience\n\nPatience is the key skill for expert witnesses — courts run late. Bring a book. The trial judge, by the way, has a reputation for being frank with experts "
 "who stray into advocacy.\n\nMentor group"),
("team_note", "benign", "single_quasi",
 "Expert report request: claimant works at Hamilton Medical Center. Nothing else provided; I've asked the solicitor for the instruction letter."),
("email", "benign", "nonclient_person",
 "Subject: Re: R v Smith\n\nThe authority counsel wants us to look at is R v Smith — about reliance on expert evidence in the absence of a diagnosis. Not our client, obviously; just the leading case.\n\nP."),
("team_note", "benign", "nonclient_person",
 "Court clerk for the 30 June hearing is Ms Sara Lee. She asked that experts arrive 20 min early for security."),
("social_post", "benign", "public_figure",
 "The Amber Heard cross-examination is still the clearest example I know of why treating therapists shouldn't act as expert witnesses for their own clients. #forensicpsych"),
]
