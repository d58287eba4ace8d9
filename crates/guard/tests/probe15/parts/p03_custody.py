"""Custody and co-parenting correspondence, family-court reports, social-worker and guardian liaison."""
DOCS = [
("email", "direct", None, """Subject: Re: request for parenting-capacity report

Dear Mr. Gallagher,

Thank you for your letter. I am not in a position to provide a report on {{Courtney Wolfe|c030|FULL_NAME}}'s parenting capacity without a court order or her written consent, and I have neither. My role has been supportive work with her around {{Charles|c030|RELATIVE}} and {{Rebecca|c030|RELATIVE}}'s adjustment to the separation, not assessment.

Yours sincerely,
Dr. Imogen Thwaite"""),

("team_note", "direct", None, """Contact-centre handover. {{Wendy Thompson|c097|FULL_NAME}} arrived 10 min early with {{Jeffrey|c097|RELATIVE}} and {{Pamela|c097|RELATIVE}}; their dad {{Danny|c097|RELATIVE}} was late again. {{Jeffrey|c097|RELATIVE}} (8) asked "is he coming or not" three times. Mum kept her cool. Write up for the social worker by Friday."""),

("case_presentation", "direct", None, """Case for supervision: {{Jacqui|c272|NICKNAME}}, 47, referred by her GP during a contested separation from {{Jacob|c272|RELATIVE}}. Two children: {{Jonathan|c272|RELATIVE}} (14) and {{Pamela|c272|RELATIVE}} (10). {{Jacqui|c272|NICKNAME}} describes the kids being "used as messengers" between the houses. My question: how do I stay her therapist and not become a witness for either side?"""),

("email", "direct", None, """Subject: Cafcass enquiry

Dear Ms Pilkington,

Thank you for your call. With {{Becca|c089|NICKNAME}}'s consent, I can confirm she has attended eleven sessions since January and that the focus has been on managing her own anxiety, not on the children. I'd ask that my notes on {{Elizabeth|c089|RELATIVE}} and {{Shannon|c089|RELATIVE}} not be requested; the girls were seen only twice, with their mum.

Kind regards,
Orla Keating, UKCP"""),

("email", "direct", None, """Subject: GAL report – young person's views

Dear Ms. Abernethy,

As requested, a summary of {{Mark O'Neill|c403|MISSPELLED_NAME}}'s views (DOB {{12th January 2008|c403|DOB}}) for your report. He is clear he wants to stay at {{North Oxford High|c403|SCHOOL}} until he finishes, whichever house he lives in. He is less clear about weekends. He asked me to tell you he'd like to speak to the judge himself.

Best,
Dr. Imogen Thwaite"""),

("email", "direct", None, """Subject: Tusla referral – follow-up

Hi Dervla,

Following our call, here are the details you asked for. Young person: {{Cynthia Navarro|c407|FULL_NAME}}, DOB {{05.03.2009|c407|DOB}}, attends {{Plymouth High School|c407|SCHOOL}}. Parents {{Megan|c407|RELATIVE}} and {{Richard|c407|RELATIVE}} are separating and both are engaged. No immediate safety concern today. I'll send the written referral tonight.

Go raibh míle maith agat,
Orla"""),

("team_note", "direct", None, """Dad's number for the handover rota ({{Brian Gould|c202|FULL_NAME}}): {{three five two, eight two six, seven three six five|c202|PHONE}}. He prefers texts during the day; he's on job sites. Boys {{William|c202|RELATIVE}} and {{Dylan|c202|RELATIVE}} go to him Wed night and alternate weekends."""),

("email", "direct", None, """Subject: family dispute resolution

Dear Ms Ngata,

I understand you're the FDR practitioner for the family. {{Annie|c496|NICKNAME}} has asked me to let you know she'd like the children, {{Anthony|c496|RELATIVE}} and {{Dominique|c496|RELATIVE}}, kept out of the mediation sessions. From my side, they're both coping better since Term 2 started.

Kind regards,
Kirra Whaanga, Child & Family Counsellor (Brisbane)"""),

("email", "direct", None, """Subject: separation – support for {{Douglas|c290|RELATIVE}}

Hi {{Lance|c290|GIVEN_NAME}},

After Tuesday I wanted to send you the co-parenting resources I mentioned. It was clear how much you want {{Douglas|c290|RELATIVE}} to feel he still has one family, not two camps. If {{Katie|c290|RELATIVE}} is open to it, I'd be glad to see you both together once.

Best,
Imogen"""),

("team_note", "direct", None, """Supervised contact arranged at mum's home, {{2257 Davis Lane, Lebanon|c259|ADDRESS|street}}, Sat 10–12, worker present. {{Haley|c259|GIVEN_NAME}} agreed; {{Teresa|c259|RELATIVE}} told worker she's "excited but a bit scared". Dad not to attend the house."""),

("email", "direct", None, """Subject: school choice

Hi {{Sergio|c142|GIVEN_NAME}},

Thank you for the update. I know you and {{Brian|c142|RELATIVE}} disagree about the move, and I'm not going to take a side on which school. What I can say is that {{Kristine|c142|RELATIVE}} told me, in her own words, "I just don't want you two to fight about it at dinner." Maybe start there.

Warmly,
Imogen"""),

("case_presentation", "quasi", None, """Consultation group, family-court work. A father of a 12-year-old girl, {{Lindsey|c171|RELATIVE}}, co-parenting with his husband {{Samuel|c171|RELATIVE}} after an acrimonious split. He asks me to write to the court about how "stable" his home is. Discussion: boundaries of the therapist role in custody disputes, and how to say no without rupturing the alliance."""),

("email", "quasi", None, """Subject: custody schedule

Hi Ailsa,

The mum who's a data analyst at {{Tessera Systems|c229|EMPLOYER}} has asked for the Wednesday slot. Her husband {{Curtis|c229|RELATIVE}} is contesting the schedule, so she wants her son {{Jerry|c229|RELATIVE}}'s sessions on her week only. Can we talk before I reply?

Imogen"""),

("team_note", "quasi", None, """Family liaison. Father is a paramedic with {{Lancaster Medical Center|c054|EMPLOYER}}; mother {{Apolonia|c054|RELATIVE}}. Boys {{Jakub|c054|RELATIVE}} and {{Jacek|c054|RELATIVE}} (7, 5) now alternate weeks. Parents both attend parenting-plan meeting on 3rd."""),

("email", "quasi", None, """Subject: børnesamtale

Hi Henrike,

The mum with the Danish surname, the one married to {{Britta|c304|RELATIVE}}, wants her daughter {{Katrine|c304|RELATIVE}} seen before the custody hearing. I'd like you to do it, since I have the parent work. Fredag?

Tak,
Imogen"""),

("team_note", "quasi", None, """Intake (parent): mum is a carpenter with {{Kennedy Electric|c201|EMPLOYER}}, separating from {{Vera|c201|RELATIVE}}. Their daughter {{Margarita|c201|RELATIVE}} (9) has stopped speaking at school. Selective mutism screen at next visit."""),

("email", "quasi", None, """Subject: Saturday contact

Hi Kirra,

Update on the welder mum: the girls, {{Jeanne|c445|RELATIVE}} and {{Penny|c445|RELATIVE}}, are now with their dad every second weekend, which clashes with her {{cello rehearsals with the Riverside Symphony|c445|DISTINCTIVE|fact|cello in the Riverside Symphony}}. She's furious about it. I've suggested she raise it through the solicitor, not the kids.

Imogen"""),

("case_presentation", "quasi", None, """Presentation: a father, a {{session musician|c158|DISTINCTIVE|occupation}} who lives in {{Winchester|c158|ADDRESS|city}}, married to {{Amor|c158|RELATIVE}}. Their son, 10, has begun refusing contact with the other household after a grandparent's comments about "two dads". Focus: supporting the boy's voice without escalating the conflict."""),

("email", "benign", "nonclient_person", """Subject: children's guardian

Dear colleagues,

Please note that the children's guardian for the Harbour Street matter is now Ms. Philippa Pemberton. Any correspondence should go through her, not directly to the parents. She has asked that reports be anonymised until the hearing.

Orla"""),

("case_presentation", "benign", "deidentified_case", """Case vignette (composite, details changed). A 10-year-old boy moves between two homes every three days under a court order. At one house he is "the helper", at the other "the baby". He presents with enuresis and refuses to pack his own bag. We will use this vignette to discuss transitions, loyalty binds and how to include both parents without triangulating the child."""),

("email", "benign", "name_as_word", """Subject: Court dates

Hi Fiona,

Court dates for June are in the shared calendar. I'll be out on the 17th for a hearing. Please don't book anything after 2pm that day in case it runs over — family court never finishes on time.

Thanks,
Orla"""),

("team_note", "benign", "single_quasi", """Dad (Michael) phoned to cancel today's session, car broken down. Rebooked for next Tuesday. No concerns."""),

("email", "benign", "public_figure", """Subject: training day reading

Hi all,

For Friday: we'll open with the custody scene from Kramer vs. Kramer and then move on to Judith Wallerstein's long-term divorce research. If you have time, skim the chapter by Constance Ahrons on "the good divorce".

Orla"""),

("social_post", "benign", "name_as_word", """Co-parenting tip: the goal is not to like each other. The goal is that your child never has to carry a message, a secret, or a grudge between houses. The joy comes later, usually at a graduation, when you can both stand in the same room. #coparenting #childtherapy"""),

("email", "benign", "single_quasi", """Subject: Re: scheduling

Hi Ailsa,

Just for context: the dad works at the Stillwater Shipyard, so only early mornings work for him. I'll offer him 7:30 on a Friday. Nothing else to flag.

Imogen"""),

("email", "benign", "nonclient_namesake", """Subject: personal – out Friday

Hi team,

I'm out on Friday afternoon for my stepdaughter Sunny's graduation. Custody weekends being what they are, it's the only time all four parents can be there at once! Back Monday.

Kirra"""),

("team_note", "benign", "weak_attribute", """Intake screening call: 16-year-old, lives locally with mum, parents divorcing, father has moved interstate. Main concern is sleep and school attendance. Offered initial appointment; mother to call back."""),
]
