# Referral letters and replies: GPs, psychiatrists, social workers, school counsellors.
DOCS = [
("email", "direct", None, """Dear Colleague,

Re: Mr {{Bertram Madsen|c014|FULL_NAME}}   DOB {{17/11/1960|c014|DOB}}

I would be grateful if you could see this 64-year-old gentleman, who has had low mood and early-morning waking since his retirement plans fell through in the spring. PHQ-9 today 17, no active suicidal ideation, drinking within limits. He is happy to be contacted directly.

Kind regards,
Dr Aoife Brennan
Castlefield Medical Practice"""),

("email", "direct", None, """Dr Brennan,

Thank you for your letter regarding {{Ms Ochoa|c017|FAMILY_NAME}}. I saw her on Tuesday for an initial assessment. She presents with generalised anxiety that worsened after the local election campaign, and we have agreed on twelve sessions of CBT, fortnightly to begin with. I will write again at the review point.

Is mise le meas,
Siobhán Ní Bhriain
Senior Counselling Psychologist"""),

("email", "direct", None, """Subject: Referral – {{Greg Colon|c099|FULL_NAME}} (MDD, r/o bipolar II)

Hi Priya — sending this one your way as discussed on Thursday. 51M, first episode at 30, on sertraline 150, no hx of mania that I could elicit but his sister describes some "big weeks". Wants weekly CBT, evenings only. He has consented to me sharing the eval; it's attached.

— Marcus"""),

("email", "direct", None, """Hi all, forwarding from the website inbox. Whoever has a Wednesday afternoon free, can you pick this up?

---------- Forwarded message ---------
From: {{Astrid Lind|c208|FULL_NAME}} <{{astridl98@gmail.com|c208|EMAIL}}>
Date: Mon, 12 May 2025 at 21:14
Subject: therapy?

hi, not sure this is the right place. my wife thinks I should talk to someone about work stress. I can only do afternoons before service.

thanks
{{Astrid|c208|GIVEN_NAME}}"""),

("email", "direct", None, """Morning Dr Pillay

I trust you are well. I would like to refer {{Kjetil Kristensen|c224|FULL_NAME}} (33) for trauma-focused work. He is a physio at {{Kingston Medical Center|c224|EMPLOYER}} and was among the first on scene at the bus accident last month; since then he has not slept more than four hours a night. He has agreed to the referral and to you contacting him.

Baie dankie for always making space.
Thandiwe Mokoena
Social Worker, Hillcrest Community Health"""),

("email", "direct", None, """Respected Madam,

Kindly see the enclosed referral of Mrs. {{Lucía Cortina|c270|FULL_NAME}}, 45 yrs, c/o persistent anxiety and initial insomnia x 6 months. No past psychiatric history. Started on Tab. Escitalopram 10 mg OD from 02/05. Kindly take her up for CBT-I and revert with your impressions at the earliest.

Thanking you,
Dr. R. Venkataraman, MD (Psych)
Shanti Neuropsychiatry Clinic"""),

("email", "direct", None, """Hi there,

I'm the guidance counsellor at {{Hamilton Middle School|c122|SCHOOL}} and I'm hoping to refer one of our grade 8s, {{Cheryl Thompson|c122|FULL_NAME}}. Her parents signed the consent form on Friday. She's been skipping lunch to sit in the library and told a teacher she "doesn't see the point of anything". No disclosure of self-harm so far, but I'd feel better if she had someone outside the school.

Thanks so much, eh —
Marie-Claude Tremblay, Guidance"""),

("email", "direct", None, """Dear Mr Hargreaves,

Thank you for thinking of us for {{Mr Łój|c022|FAMILY_NAME}}. Unfortunately our older-adults team has no capacity until the autumn, and I would not want him to wait that long given what you describe. I have copied in the Eastport Wellbeing Hub, who can usually see people within a fortnight. He mentioned on the phone that he prefers {{Jule|c022|NICKNAME}}, which may be worth passing on.

Yours sincerely,
Helen Marsh-Whitby
Clinical Lead"""),

("team_note", "direct", None, """REFERRAL FORM — ADULT SERVICES
Name: {{Iris Guzman|c233|FULL_NAME}}          Tel: {{610.692.0944|c233|PHONE}}
Referrer: Dr. Sunil Mehta (PCP)
Reason: bereavement, ?complicated grief; wife reports pt not sleeping, not eating
Risk: denies SI/HI
Urgency: routine        Interpreter needed: N"""),

("email", "direct", None, """Good day Doc Reyes!

Just to confirm po that we already received your referral for Ma'am {{Penny|c011|NICKNAME}} {{Travis|c011|FAMILY_NAME}}. Our intake team will call her within 3 working days to book the first session. Kindly send also the latest lab results if available.

Salamat po and God bless,
Joanna Dizon
Intake Coordinator"""),

("email", "direct", None, """Dear Dr Okafor,

Re your patient {{Maurice Hwang|c415|MISSPELLED_NAME}} (76): we have now offered him an assessment on the 3rd. Could your surgery confirm his current medication list? The summary we received lists both donepezil and an antidepressant but no doses.

Many thanks,
Memory & Mood Service admin"""),

("email", "quasi", None, """Hi Jo,

Thanks for the referral, I'll take him. For the file: he's a welder over at {{Plymouth Shipyard|c159|EMPLOYER}}, and he is also the voice of {{the Honest Parent podcast, the one about sourdough|c159|DISTINCTIVE|fact|Honest Parent podcast about sourdough}}. He asked that nobody at the yard hears about therapy or about the podcast from us, so please keep the letter vague.

Cheers,
Dev"""),

("case_presentation", "quasi", None, """Referral summary: 42F, {{midwife|c383|DISTINCTIVE|occupation}} in {{Quincy|c383|ADDRESS|city}}, self-referred after a difficult delivery she attended. Husband {{Robert|c383|RELATIVE}} is supportive but "doesn't get it". She {{painted the big mural on Ferry Street|c383|DISTINCTIVE|fact|mural on Ferry Street}} two summers ago and says that was the last time she felt like herself. Goals: sleep, return to nights, stop replaying the birth."""),

("email", "quasi", None, """Dear colleague,

Referral received via the EAP: a school counselor at {{Madison Academy|c127|EMPLOYER}} who also {{represents Ward 1 on the Auburn city council|c127|DISTINCTIVE|fact|Ward 1 on the Auburn city council}}. She is very worried about being seen in a public waiting room and asked for the first appointment of the day. I have said yes; please block 8 am Mondays.

Thanks, L."""),

("email", "quasi", None, """Hello Dr. Achebe,

Re the gentleman you mentioned at grand rounds: a {{surgeon|c084|DISTINCTIVE|occupation}} in {{Glendale|c084|ADDRESS|city}} who {{ran for mayor of Quincy back in 2018|c084|DISTINCTIVE|fact|mayor of Quincy in 2018}}. I'm happy to see him but would prefer he contact us himself rather than via his department. Could you pass on our number?

Best wishes,
Rebecca Lowenthal, PsyD"""),

("email", "quasi", None, """Re: new referral (no name yet, pending consent)

Dispatcher with the {{Hudson County Sheriff's Office|c058|EMPLOYER}}, early fifties, referred by peer support after a run of bad calls. He {{coaches the under-14 lacrosse team, the Hudson Comets|c058|DISTINCTIVE|fact|Hudson Comets under-14 lacrosse}} and does not want the parents finding out. Suggest we offer telehealth."""),

("email", "quasi", None, """Hi Kerry-Anne, quick one re the referral from the uni health centre. Young man, {{care assistant|c170|DISTINCTIVE|occupation}} in {{Oakland|c170|ADDRESS|city}}, studying part-time at {{University of Riverside|c170|SCHOOL}}. His sister {{Priscilla|c170|RELATIVE}} made the call for him. Low mood, some cannabis use. I think he'd suit your Tuesday group. Ta, Bronwyn"""),

("email", "quasi", None, """Dear Ms Adeyemi,

Thank you for the referral of your student. To confirm what we have: a second-year at {{Franklin College|c402|SCHOOL}} who {{plays trombone in the Auburn Symphony Orchestra|c402|DISTINCTIVE|fact|trombone in the Auburn Symphony Orchestra}} and has performance anxiety severe enough that she has missed two concerts. We will send an appointment letter to the address the college holds.

Kind regards,
Student Wellbeing Partnership"""),

("email", "benign", "deidentified", """Dear Dr Fitzgerald,

Many thanks for referring your patient, a woman in her late forties who teaches in a primary school and has had panic attacks since a car accident in January. We have placed her on the waiting list for our trauma pathway; the current wait is about nine weeks. Dr Ama Owusu will be her treating psychologist and will write to you after the assessment.

Yours sincerely,
Admissions, Northgate Psychological Services"""),

("team_note", "benign", "nonclient_person", """DBT programme — referral criteria (revised May)
• Meets at least 3 BPD criteria or recurrent self-harm (per Linehan, 1993)
• Able to commit to 6 months of skills group + individual
• BDI-II (Beck) and DERS at intake, repeat at 12 and 24 weeks
• Not currently in another weekly therapy
Questions to Dr Hayes or to Marsha in admin."""),

("email", "benign", "public_figure", """Hi team,

For the new waiting-room leaflet on panic, I'd like to quote Kevin Love's essay "Everyone Is Going Through Something", the piece where the NBA player describes his panic attack mid-game. Could someone check whether The Players' Tribune allows short excerpts? Otherwise we'll paraphrase.

Thanks, Nadia"""),

("email", "benign", "name_as_word", """Dear Mr Abernathy,

Thank you for your referral. We hope to offer your son an appointment in May. Will you let us know which days suit his school timetable? We know the wait is hard, and we are grateful for your patience and good faith while we work through the list.

Kind regards,
Intake Team"""),

("email", "benign", "single_attribute", """Hi, re the referral you sent on Friday: the patient works at St. Joseph's Hospital and is worried about colleagues seeing her in our waiting room, since half the ward comes here for physio. Could we offer her the side entrance or telehealth for the first few sessions? Thanks, Gemma"""),

("email", "benign", "mixed_attributes", """Two referrals came in from the same GP this morning: one is a bartender, the other a student at Whitman High School. Neither has a named contact yet. Can someone on the adolescent team look at the second one first? Thanks."""),

("social_post", "benign", "nonclient_person", """Huge thanks to Dr. Grace Oyelaran and the whole team at Riverbend Primary Care for sitting down with us to sort out the referral pathway. Fewer lost faxes, faster appointments. This is what good collaboration looks like. #integratedcare #mentalhealth"""),

("team_note", "benign", "nonclient_person", """Referrals meeting 14/05. Present: Mark (chair), Faith, Joy, Tomasz, Ray (minutes).
New: 4 adult, 2 CAMHS, 1 couples. None urgent.
Actions: Faith to chase the two GP letters missing consent; Mark to draft the new triage form; Joy on leave from the 20th."""),

("email", "benign", "deidentified", """Dear Dr. Kowalczyk,

Re: your patient (ref. 2025/0419). Thank you for the referral. We assessed him on 9 May: a man in his thirties, working in logistics, with moderate depression and significant alcohol use. We have offered a place in our combined substance-use and mood group starting in June and will keep you informed.

Best regards,
Dr. Ingrid Solheim"""),
]
