# Voice: referral letters and replies. GPs (an Irish GP, Dr Aoife Brennan; a South African
# GP, Dr Pieter van Wyk; a US family doctor), school counsellors, an EAP coordinator, a
# consultant psychiatrist; faxed headers, formal letter conventions, day-first dates.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("case_presentation", "direct", None, """Riverside Family Practice

Dear Colleague,

Re: {{Shelly Barnes|c021|FULL_NAME}}, DOB {{04/07/1966|c021|DOB}}
{{8382 Ferry Court, Mount Vernon|c021|ADDRESS|street}}

I would be grateful if you could see this 58-year-old {{carpenter|c021|DISTINCTIVE|occupation}} who presents with low mood and poor sleep following the death of a close friend in the spring. She has continued to work but describes "going through the motions". No previous psychiatric history. PHQ-9 today 16. She has declined antidepressants for now and would prefer talking therapy. No thoughts of self-harm.

Her daughter {{Lindsay|c021|RELATIVE}} accompanied her and is supportive.

Yours sincerely,
Dr Aoife Brennan, MICGP"""),

    ("email", "direct", None, """Subject: Referral - Year 11 student

Dear Northgate team,

I'm the counsellor at {{Edison High School|c011|SCHOOL}}. I'd like to refer {{Debbie|c011|GIVEN_NAME}} B., Year 11, who has been struggling since the winter with panic attacks in class and has stopped attending PE. Her mother, {{Beverly|c011|RELATIVE}}, has given consent for me to contact you and is happy to be the main contact.

Kind regards,
Thandiwe Nkosi
School Counsellor"""),

    ("case_presentation", "direct", None, """Dear Dr Farrant,

Re: Mr {{Hunter Gutierez|c147|MISSPELLED_NAME}}, age 70

Thank you for seeing this gentleman, a retired {{HR manager|c147|DISTINCTIVE|occupation}}, who has become increasingly anxious about his health since his brother's heart attack. He checks his pulse many times a day and has attended the emergency department three times this year with normal investigations. I think he would benefit from CBT for health anxiety.

Yours sincerely,
Dr Pieter van Wyk"""),

    ("case_presentation", "direct", None, """REFERRAL

Re: {{A.F.|c129|INITIALS}}, d.o.b. {{08/02/1982|c129|DOB}}

{{Firefighter|c129|DISTINCTIVE|occupation}}, self-referred through occupational health after a fatal house fire in which a child died. Intrusive images, avoidance of the station's east side, irritability at home. Fit for light duties. Requests trauma-focused therapy; happy to be seen at any of your sites.

Occupational Health Adviser"""),

    ("email", "direct", None, """Subject: Referral - Ms {{Sierra Nguyen|c086|FULL_NAME}}

Good day Tendai,

Hope you are well. I'm referring Ms {{Sierra Nguyen|c086|FULL_NAME}}, a {{lecturer|c086|DISTINCTIVE|occupation}} at {{Dover Community College|c086|EMPLOYER}}, for counselling. She has been under a lot of pressure since her wife's illness and is not coping with the two boys and work. She specifically asked for you, as a friend of hers saw you last year.

Kind regards,
Dr Pieter van Wyk"""),

    ("email", "direct", None, """Subject: EAP referral - ref 2291-B

Employee: {{Lisa Holder|c168|FULL_NAME}}
Employer: {{Burlington Police Department|c168|EMPLOYER}}
Sessions authorised: 6

Reason: critical incident debrief following an officer-involved shooting on the 2nd. Employee has been placed on administrative leave and has requested a clinician who is not connected to the department. Please contact her directly to arrange.

EAP Coordinator"""),

    ("case_presentation", "direct", None, """Dear Siobhán,

Would you be able to see {{Denny Fisher|c019|NICKNAME|nickname_full}}, a 20-year-old student at {{Kennedy College|c019|SCHOOL}}? You may have read about him last year -- {{he delivered a baby on the hard shoulder of the highway|c019|DISTINCTIVE|fact|delivering a baby on the highway}} and the story was everywhere. Since then he has had nightmares and a lot of unwanted attention. His sister {{Carol|c019|RELATIVE}} is worried about his drinking.

Many thanks,
Aoife"""),

    ("case_presentation", "direct", None, """Referral form - school-based counselling

Student name: {{Andy Smith|c033|NICKNAME|nickname_full}}
School: {{Edison High School|c033|SCHOOL}}, Year 9
Parent/carer: {{Debra Smith|c033|RELATIVE}} (mother)
Reason for referral: withdrawn, not eating lunch, other students report he has been talking about "not being here". Safeguarding lead informed. Parent aware and consenting."""),

    ("case_presentation", "direct", None, """FAX -- 3 pages
TO: Northgate Psychology  FROM: Hamilton Family Medicine
PATIENT: {{GRAHAM, Robert|c063|FULL_NAME}}   DOB: {{10-Jul-2000|c063|DOB}}
RE: referral for anxiety / panic, pt prefers {{Rob|c063|NICKNAME}}
Please see attached notes. Pt works in HR for {{Phillips Architects|c063|EMPLOYER}}, reports panic attacks on the commute. No meds."""),

    ("case_presentation", "direct", None, """Dear Colleague,

Kindly see Mr {{Evaristo Rocha|c195|FULL_NAME}}, 59, who is struggling after his son's motorcycle accident. He is a {{carpenter|c195|DISTINCTIVE|occupation}} in {{Arlington|c195|ADDRESS|city}} and has not been able to return to work. His wife {{Catalina|c195|RELATIVE}} tells me he sits in the garage for hours. He would like a Spanish-speaking therapist if at all possible.

With thanks,
Dr P. van Wyk"""),

    ("email", "direct", None, """Subject: parent consent received

Hi Noémie,

Following up on our call: {{Erin|c042|GIVEN_NAME}} ({{Washington Middle School|c042|SCHOOL}}) -- her mom {{Patricia|c042|RELATIVE}} signed the consent form this morning, so you're good to reach out. {{Erin|c042|GIVEN_NAME}} is very anxious about meeting someone new, so a short first session might be best.

Thanks,
Mr. Delaney, school counselor"""),

    ("case_presentation", "direct", None, """Clinic letter -- Community Mental Health Team

I reviewed Mrs {{Stadelmann|c109|FAMILY_NAME}} in clinic today. She works as a {{chef|c109|DISTINCTIVE|occupation}} at {{Milford Bowling Lanes|c109|EMPLOYER}}, long evening shifts. Mood has improved on sertraline 100mg. She would like to continue psychological therapy with your service and I support this. I will see her again in three months.

Consultant Psychiatrist"""),

    ("case_presentation", "direct", None, """Dear Dr Farrant,

Re: Ms {{Regina Brooks|c112|FULL_NAME}} -- request for assessment

This 75-year-old lady is still working as a {{mechanic|c112|DISTINCTIVE|occupation}} at {{Durham & Sons Plumbing|c112|EMPLOYER}} three days a week and has no intention of stopping. Her partner {{Stephen|c112|RELATIVE}} describes her as "short-fused" since a minor stroke in January. I wonder about post-stroke mood change and would value your opinion.

Yours faithfully,
Dr Aoife Brennan"""),

    # ---------------------------------------------------------------- benign
    ("case_presentation", "benign", "deidentified_case", """Discharge summary (anonymised for audit)

Client: man, 40s. Referred by GP for panic disorder. Seen for 12 sessions of CBT (interoceptive exposure, behavioural experiments). PDSS reduced from 18 to 4. Has returned to driving on the motorway and to the supermarket alone. Relapse-prevention plan given. Discharged to GP with an open door for 12 months."""),

    ("case_presentation", "benign", "therapy_life", """REFERRAL TEMPLATE (please use from 1 April)

Patient name: ____________  DOB: ___/___/______
Address: ______________________
Reason for referral: ______________________
Risk: none / low / moderate / high (circle)
Previous therapy: yes / no
Interpreter needed: yes / no  Language: ________
Please do not send referrals by unencrypted email."""),

    ("email", "benign", "single_quasi", """Subject: group for middle schoolers?

Hi, I'm a counsellor at Washington Middle School. We have several students who would benefit from a social anxiety group. Do you run anything for 11-13 year olds, or know anyone who does? Happy to come and talk to your team.

Best,
Mr. Delaney"""),

    ("case_presentation", "benign", "public_figure", """Dear Colleague,

Thank you for your letter about the young person with disordered eating. As you know, NICE recommends family therapy as the first-line treatment for anorexia in adolescents, and as Professor Tanya Byron has argued publicly for years, early access is everything. Our waiting list for family work is currently eight weeks. I have added her to it and sent the family our information pack.

Yours sincerely,
Olusegun Adebayo, Family Therapist"""),

    ("email", "benign", "nonclient_person", """Subject: Practice news

Dear colleagues,

After 31 years at the Riverside surgery, Dr Aoife Brennan retires at the end of June. Her patients will transfer to Dr Colm Ó Briain. Please address new referral correspondence to him from 1 July. Thank you all for your support of our patients over the years.

Practice Manager"""),

    ("email", "benign", "deidentified_case", """Subject: Re: your referral (anonymised copy for the audit file)

Dear Dr van Wyk,

Thank you for referring this young woman with post-natal depression. We have offered her an assessment with our perinatal specialist in the next fortnight and sent her the usual information. We will write to you after the assessment.

Kind regards,
Northgate Psychology"""),

    # ---------------------------------------------------------------- quasi
    ("email", "quasi", None, """Subject: Student referral (names to follow by phone)

Hello,

I'd like to refer a Year 10 boy at {{Eastport High School|c022|SCHOOL}}. You may remember the story -- {{he's the lad who found the Civil War sword at a garage sale and ended up in the Arlington Herald|c022|DISTINCTIVE|fact|Arlington Herald for finding a rare Civil War sword}}. Since the coverage he's been targeted online and has stopped coming in. I'll call with his details once his parents consent.

School Counsellor"""),

    ("case_presentation", "quasi", None, """Referral summary for triage (identifiers removed)

68-year-old man, {{care assistant|c080|DISTINCTIVE|occupation}} in {{Bristol|c080|ADDRESS|city}}, low mood since a failed local campaign: he {{stood for mayor of Milford in 2010|c080|DISTINCTIVE|fact|ran for mayor of Milford in 2010}} and says he has "never recovered from the humiliation". Lives with his husband. Drinking more. Suitable for the CBT waiting list."""),

    ("email", "quasi", None, """Subject: referral - older woman, grief

Dear team,

A woman in her late seventies, still doing the occasional broadcast for {{Dover Public Radio|c017|EMPLOYER}}. Her daughter {{Desiree|c017|RELATIVE}} rang me, worried -- her mother has stopped eating properly since her husband's diagnosis. She will self-refer if you send the forms to the daughter.

Dr Aoife Brennan"""),
]
