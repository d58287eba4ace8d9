# Discharge and transfer summaries, handover notes between clinicians.
DOCS = [
("case_presentation", "direct", None, """DISCHARGE SUMMARY — OUTPATIENT PSYCHOTHERAPY
Patient: {{VARGAS, Elizabeth|c007|FULL_NAME}}      MRN 0048812      DOB: {{07/02/1990|c007|DOB}}
Dates of treatment: 01/14/2025 – 05/20/2025 (17 sessions)
Dx at intake: F43.10 PTSD; at discharge: in partial remission
Treatment: CPT, 12 protocol sessions + 5 maintenance
Status at discharge: PCL-5 from 58 to 21. Returned to full shifts at work.
Follow-up: PRN; pt knows how to re-refer.
Clinician: T. Abernathy, LCSW"""),

("team_note", "direct", None, """Handover while I'm on leave (2–16 June), Sydney clinic:
- {{Drew|c137|NICKNAME}} ({{A.Y.|c137|INITIALS}}), the physio from Kingston: fortnightly, Tues 10:00. Grief work, stable. Doesn't need a call-in, just keep the slot.
- New couple on Thurs, see intake notes.
- Group on Friday is cancelled, signs are up.
Ta, Bec"""),

("email", "direct", None, """Subject: Transfer of care — {{Kelly Chan|c566|FULL_NAME}}

Hi Dr. Wu,

As agreed at the team meeting, {{Ms Chan|c566|FAMILY_NAME}} will transfer to your caseload from 1 July. She is an HR manager at {{Newman Realty|c566|EMPLOYER}}, working on boundaries and burnout; we have done 10 sessions of ACT. She would like to keep Thursday evenings if possible. Full summary in the EHR under Documents > Transfer.

Thanks,
Leila"""),

("team_note", "direct", None, """covering for me thurs pls — {{Jack Smith|c242|FULL_NAME}} at 3 (yes that name, no he's not the lawyer, he gets that a lot). Paramedic, PTSD, week 6 of PE. Do the in-vivo review, homework sheet is in his folder. Thx!!"""),

("email", "direct", None, """Dear Dr Patel,

Re: Mr {{Chad Johnson|c400|FULL_NAME}}, DOB {{21 February 1961|c400|DOB}}

I am writing to let you know that {{Mr Johnson|c400|FAMILY_NAME}} has now completed a course of 14 sessions of cognitive behavioural therapy for health anxiety. His reassurance-seeking has reduced markedly and he no longer checks his pulse throughout the day. He has been discharged from our service with a relapse-prevention plan.

Yours sincerely,
Dr Eleanor Whitcombe, Clinical Psychologist"""),

("team_note", "direct", None, """pt {{M.J.|c508|INITIALS}}, 44M, warehouse assoc @ {{White Foods|c508|EMPLOYER}}, d/c'd today after 16 sess. dx MDD recurrent, PHQ 21→6. relapse plan given, f/u w/ PCP re: SSRI taper. no SI/HI at d/c. chart closed."""),

("case_presentation", "direct", None, """Closing summary. {{Emma Stone|c132|FULL_NAME}} (the client, not the actress; she asked me to note that she is tired of the jokes) completed eight sessions for post-accident driving anxiety. She is back on site with the plumbing crew and drives herself to jobs. Discharged by mutual agreement; door left open."""),

("email", "direct", None, """Hi Owen,

Thanks for taking over {{Sara Ramirez|c134|FULL_NAME}} while I'm on mat leave. Two things the notes don't capture well: her husband {{James|c134|RELATIVE}} sometimes calls the office to "check in", and she has asked that we never confirm appointments to him. Second, she works Saturdays at the pharmacy, so she needs weekday slots.

Go raibh maith agat,
Orla"""),

("email", "direct", None, """Transfer note: client moving out of our catchment. Please post the closing letter and the records-release form to him at {{4538 Schwartz Terrace|c473|ADDRESS|street}}, Georgetown, not to the old address on file. He'll return the signed form by mail. Case can close once that comes back. — front desk"""),

("team_note", "direct", None, """Trainee handover (placement ending):
1. {{Molly|c509|GIVEN_NAME}}, 14 — school refusal, attends {{Whitman High School|c509|SCHOOL}}. Graded exposure going well: full days 3/5 last week. Mum very engaged. Needs a new clinician by Sept.
2. Group (social anxiety, teens) — co-facilitator needed.
Supervisor signed off: Dr. P. Naidoo"""),

("email", "direct", None, """Subject: Re: Re: {{Anthony Russo|c244|FULL_NAME}} — transfer to CAMHS

Not the film director, I promise. Mum ({{Julie|c244|RELATIVE}}) has agreed to the transfer and would like the first appointment after school, so 3:45 or later. I'll send the summary through the secure portal today.

Kind regards,
Aidan"""),

("team_note", "quasi", None, """Handover — Tues caseload
Retail manager at {{Navarro Logistics|c034|EMPLOYER}}, the guy who {{was in the Clinton Herald for climbing every peak in the state in one summer|c034|DISTINCTIVE|fact|Clinton Herald for climbing every peak}}. Working on anger at work and with his teenage kids. He'll test limits on time; end on the hour."""),

("case_presentation", "quasi", None, """Transfer summary. A woman in her forties, retail manager, whose son {{Jafet|c045|RELATIVE}} was recently diagnosed with type 1 diabetes. Her father {{Porfirio|c045|RELATIVE}} moved in with the family in March after a stroke. Presenting with caregiver burnout. Transferred to the evening clinic at her request."""),

("email", "quasi", None, """Hi both — quick handover before I go. The {{physical therapist|c061|DISTINCTIVE|occupation}} from {{Dover|c061|ADDRESS|city}} (Tues 5pm) is doing well; her wife {{Karoline|c061|RELATIVE}} may join for one session in June to talk about the IVF decision. Please don't book a room with glass doors, she's anxious about being seen. Thanks! K"""),

("team_note", "quasi", None, """d/c note. carpenter, works out of {{Mccoy Auto Repair|c075|EMPLOYER}}, son {{Hans-Gerd|c075|RELATIVE}} now living w/ her again. goals met (sleep, alcohol <14u/wk). relapse plan reviewed. closed."""),

("team_note", "quasi", None, """Handover for Mon: bartender at {{Burke's Diner|c092|EMPLOYER}}, the one whose {{pig Pretzel went viral|c092|DISTINCTIVE|fact|pig named Pretzel}} last year. Session 9 of 12. He'll want to talk about the brother again; keep him on the exposure hierarchy."""),

("email", "quasi", None, """Re: transferring the Wednesday client. She's an IT support tech at {{JonesTech|c110|EMPLOYER}} and {{sings lead in the Hollow Mittens|c110|DISTINCTIVE|fact|Hollow Mittens}}, so evening gig nights (Fri/Sat) are off limits. Social anxiety outside of performing, which she finds funny. Notes are up to date."""),

("case_presentation", "benign", "deidentified", """Discharge summary (anonymised for the training file). Client: male, early 50s, works in the building trade. Presented with panic disorder with agoraphobia following a cardiac scare. Twelve sessions of CBT with interoceptive exposure. Panic frequency from daily to none in the past month. Discharged with a written relapse-prevention plan."""),

("team_note", "benign", "nonclient_person", """On-call handover Fri → Mon: Dr. Michael Hayes covers the weekend, pager 4471. Sage Okonkwo (duty SW) has the crisis phone until 10 pm Saturday. No inpatients. Nothing outstanding from the week."""),

("team_note", "benign", "public_figure", """Front desk: the waiting-room TV was stuck on Jack Smith's testimony again this morning and two clients asked us to turn it off. Can we please set it to the nature channel and hide the remote? Thanks!"""),

("email", "benign", "public_figure", """Group movie night poll results: La La Land (Emma Stone, Ryan Gosling) lost to Paddington 2 by one vote. Popcorn is on the practice card. Please remind your group members to bring a cushion, the chairs in Room 4 are awful."""),

("team_note", "benign", "single_attribute", """Closed today: client who owns the florist on Harbor Lane. Twelve sessions, goals met, discharged to GP. Nothing further needed from admin."""),

("email", "benign", "name_as_word", """Hi all, I will be away from the 2nd and may not check e-mail. I hope the handover sheet covers everything; if not, Joanne has the keys. Sage advice from my old supervisor: never book a new client the week before leave. I ignored it, of course."""),

("team_note", "benign", "mixed_attributes", """Two closures this week: a client from Waverly General Hospital (grief) and a student at Clayton Community College (exam anxiety). Both discharged to GP with letters."""),

("email", "benign", "nonclient_person", """Dear Mrs O'Sullivan,

Thank you for your letter about your late husband's records. I am sorry for your loss. Under our retention policy we keep adult records for eight years after the last contact; as his next of kin you may request a copy, and our practice manager, Deirdre Kavanagh, will help you with the form.

With sympathy,
Dr Colm Fennelly"""),

("team_note", "benign", "deidentified", """Transfer requests this month: 6 (3 internal, 3 to CAMHS). Average wait after transfer: 11 days. One complaint about a letter sent to an old address; process changed so front desk confirms the address at every transfer."""),

("case_presentation", "benign", "public_figure", """Case conference reading: Michael Jordan's comments on his father's death in 'The Last Dance' make a useful prompt for talking with teenage boys about grief that shows up as anger. Clip runs 4 minutes; see shared drive."""),

("team_note", "direct", None, """Handover, Waverly office: {{Susan Miller|c040|FULL_NAME}}, DOB {{02/01/1998|c040|DOB}}. Heads-up: her daughter is also called {{Susan Miller|c040|RELATIVE}}, and the pharmacy and the GP have mixed them up twice. Check the DOB on every form before you send anything. Session 4 of 12, working on the Big Brother fallout."""),

("team_note", "direct", "multi_client", """Young adult DBT skills group — attendance wk 7
Present: {{Lacey Thompson|c430|FULL_NAME}}, {{Justin Sweeney|c374|FULL_NAME}}, {{Cassandra|c594|GIVEN_NAME}} {{M.|c594|INITIALS}} ({{Glendale State University|c594|SCHOOL}})
Absent: {{Tanya Park|c553|FULL_NAME}} (texted, unwell)
Module: distress tolerance, TIPP. Homework: one TIPP practice/day.
Co-facilitator next week: Dr. Reyes (cover)."""),
]
