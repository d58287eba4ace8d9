"""Letters and e-mails between the practice and schools: teachers, SENCOs, school counsellors, principals."""
DOCS = [
("email", "direct", None, """Subject: {{Brian Ramirez|c009|FULL_NAME}} — early release Thursdays

Hi Ms. Okafor,

Thanks for the quick call this morning. As we discussed, I'll be seeing {{Brian Ramirez|c009|FULL_NAME}} weekly on Thursdays at 3:15, which means he'll need to leave {{Hawthorne High|c009|SCHOOL}} after 6th period. His mom has signed the release form and I've attached a copy. If his math teacher has concerns about the missed study hall, please loop me in rather than pulling him out of the session.

Best,
Dr. Imogen Thwaite, LMFT"""),

("email", "direct", None, """Subject: Year 10 support plan

Dear Mrs Fairbairn,

Following Monday's meeting I wanted to put in writing what we agreed. {{Harold|c119|GIVEN_NAME}} will keep his time-out card for the lessons after lunch, and he can use the library rather than the corridor when he needs a break. He told me in session that the noise in the dining hall is "like being inside a drum", which is worth passing on to the lunchtime supervisors. His mum, {{Debbie|c119|RELATIVE}}, is happy for me to share this with you.

Kind regards,
Orla Keating
Child & Adolescent Psychotherapist"""),

("email", "direct", None, """Subject: quick update

Hi Niamh,

Just to let you know {{Kit|c195|NICKNAME}} was in with me again at lunch today. He'd forgotten his PE kit and the teacher gave out to him in front of the class, which set off the whole spiral we talked about. He settled after twenty minutes with the worry box. I've flagged it with the year head at {{Kennedy Middle School|c195|SCHOOL}}. Are you still seeing him on Wednesdays?

Go raibh maith agat,
Siobhán (school counsellor)"""),

("team_note", "direct", None, """Phone call 14:20 from {{Lancaster High|c217|SCHOOL}} attendance office re {{Mariana Klaus|c217|MISSPELLED_NAME}}: three unexplained absences this fortnight, mum not answering. Agreed I'd raise it at Friday's session; school will hold off on the formal letter until Monday. Note she also skipped orchestra, which is unusual for her."""),

("email", "direct", None, """Subject: FW: Referral – Grade 8 student

Forwarding the school's referral to intake. Consent from mother is on file.

---------- Forwarded message ----------
Name: {{Jeffrey Strickland|c194|FULL_NAME}}
DOB: {{08/12/2011|c194|DOB}}
School: {{Lancaster High School|c194|SCHOOL}}
Reason for referral: low mood since the winter break, withdrawn in class, stopped going to band practice.
Referred by: Mr. Lachlan Dalgleish, Vice-Principal"""),

("email", "direct", None, """Subject: Re: contact for {{Wen|c173|NICKNAME}}

Hi Mr Hennessy,

Yes, {{Wen|c173|NICKNAME}} is happy for you to text her directly about the lunchtime group. Her mobile is {{731-553-9935|c173|PHONE}}. Please don't use the home landline; things are tense there at the moment and she'd rather her mum didn't field school calls for now.

Thanks,
Orla"""),

("email", "direct", None, """Subject: resources for our student

Hi Tamsin,

She asked that the wellbeing worksheets from the {{Hawthorne High|c292|SCHOOL}} counselling page be sent to her own account rather than her dad's, which I think is reasonable at fifteen. Her address is {{m dot perry at fastmail dot com|c292|EMAIL}}. Could you forward them from the school side so it doesn't look like they came from me?

Cheers,
Imogen"""),

("team_note", "direct", None, """School liaison log, wk 6. {{T.R.|c246|INITIALS}} ({{Washington Middle School|c246|SCHOOL}}): mum {{Melissa|c246|RELATIVE}} called re: bullying on the bus, group chat screenshots forwarded to the school counsellor. Safety plan reviewed. Follow up with the principal Thursday."""),

("email", "direct", None, """Subject: bus pass – change of address

Hi Tamsin,

The family has moved and the school transport form needs updating before the 1st, or she'll be stranded at the old stop. New home address is {{5101 Cook Road, Shelby|c179|ADDRESS|street}}. She's still at {{Washington Middle|c179|SCHOOL}}, so the route should only change at the pick-up end. Mum has asked me to pass this on as she's working double shifts.

Many thanks,
Orla"""),

("email", "direct", None, """Subject: access arrangements

Dear Principal Achterberg,

I am writing, with the consent of {{Lindsey|c283|GIVEN_NAME}}'s parents, to support a request for extra time and a separate room in her end-of-year exams. Over the past term she has had three panic attacks in the main hall. Her father, {{Joel|c283|RELATIVE}}, will bring the signed form to reception on Friday.

Yours sincerely,
Dr. Imogen Thwaite"""),

("email", "direct", None, """Subject: {{Sabrina|c364|GIVEN_NAME}} – softball and sessions

Hi Coach Ferris,

Thanks for being flexible. {{Brina|c364|NICKNAME}} ({{Sabrina|c364|GIVEN_NAME}} to the office at {{North Franklin High|c364|SCHOOL}}) can make Tuesday practice if we move our session to 4:45. She's proud of the little ones she helps coach and I don't want therapy to be the reason she drops it.

Best,
Imogen"""),

("email", "quasi", None, """Subject: the girl we discussed

Hi Fergus,

I won't put her name in an email, but you'll know who I mean: the Year 11 at {{North Oxford High|c209|SCHOOL}} whose big sister {{Samantha|c209|RELATIVE}} was in your office a lot last spring. She's agreed to try the Tuesday group. Could you free her from period 5 for the first three weeks?

Thanks,
Imogen"""),

("team_note", "quasi", None, """Waiting list review: 9th-grader at {{Washington Middle|c179|SCHOOL}}, {{second cello in the Lebanon Symphony's youth section|c179|DISTINCTIVE|fact|cello in the Lebanon Symphony}}, presenting with perfectionism and skin-picking before concerts. Family asked for after-school slots only. Move up the list; school counsellor concerned."""),

("email", "quasi", None, """Subject: Year 8 boy – first contact

Hi Ailsa,

Just a heads-up that the Year 8 lad from {{Franklin Middle|c227|SCHOOL}} you mentioned has been referred to me. His mum {{Misty|c227|RELATIVE}} rang yesterday arvo, very worried about the school refusal. I'll do the intake next week and then let's talk about a graded return plan.

Cheers,
Kirra"""),

("email", "quasi", None, """Subject: réunion de jeudi

Hi Madame Colette,

Thanks for agreeing to translate at Thursday's meeting. The boy's mother, {{Hélène|c318|RELATIVE}}, is more comfortable in French, and I'd like her to follow everything the year team at {{Kennedy Middle School|c318|SCHOOL}} says about the exclusion. Please don't share the notes beyond the meeting.

Merci,
Imogen"""),

("team_note", "quasi", None, """Liaison note: 14yo, {{North Franklin High|c364|SCHOOL}}, lives with mum {{Tonya|c364|RELATIVE}}. {{Helps run the Richmond Pioneers under-10 softball team on Saturdays|c364|DISTINCTIVE|fact|Richmond Pioneers under-10 softball}}, which is her main protective factor. School reports she has stopped eating lunch."""),

("email", "quasi", None, """Subject: weekend shifts

Hi Mr Strachan,

One thing I'd ask the pastoral team at {{Shelby High|c442|SCHOOL}} to keep in mind: she's doing twelve-hour weekend shifts at {{Phillips Foods|c442|EMPLOYER}} on top of orchestra, and the tiredness looks a lot like the "attitude" her form tutor described. I'd rather we talk about workload than detentions.

Best,
Imogen"""),

("case_presentation", "quasi", None, """Peer consultation, school-based practice. A 17-year-old at {{Hawthorne High School|c347|SCHOOL}} who works evenings loading trucks for {{Hughes Logistics|c347|EMPLOYER}}. Lives with his mother, {{Janne|c347|RELATIVE}}, who is Danish and speaks to him only in Danish at home. Presenting issue: anger at school, sleep of four to five hours. Question for the group: how hard to push for fewer shifts when the family depends on the income?"""),

("email", "benign", "nonclient_person", """Subject: Thursday meeting

Hi all,

Just confirming that Mr. Perry, the deputy head, will chair Thursday's pastoral meeting in room 12, and Mrs. Turner from the front office will take minutes. Please bring the anonymised attendance data only. No student names in the shared folder, please.

Thanks,
Orla"""),

("email", "benign", "name_as_word", """Subject: newsletter piece for exam season

Hi Tamsin,

Here's my paragraph for the parents' newsletter:

"Exam season is hard on the whole house. Give your teenager, and yourself, a little grace. Hope is not a plan, but it helps. If your child will talk at all, it will probably be in the car or late at night, so be ready. A sunny walk after a bad paper does more than another hour of revision."

Feel free to cut it down.
Imogen"""),

("team_note", "benign", "single_quasi", """Admin: gave the exam-stress talk at Hawthorne High School's Year 11 assembly this morning. About 200 students. Three asked for the counselling leaflet afterwards. Invoice to the school office."""),

("email", "benign", "deidentified_case", """Subject: question about school refusal

Hi Dr. Okafor,

Could I ask your advice on a case? A 13-year-old boy in my caseload hasn't attended school for six weeks. There's no bullying that anyone can identify, no learning difficulty, and the family are supportive. He says he "just can't go in". Have you had good results with graded exposure starting from the school car park?

Thanks,
Kirra"""),

("email", "benign", "nonclient_namesake", """Subject: running late Thursday

Hi Ailsa,

Apologies, I'll be about fifteen minutes late to the Thursday liaison meeting. My son Miles has the orthodontist at 8:30 and it's never on time. Start without me; I've nothing urgent on the list.

Kirra"""),

("social_post", "benign", "public_figure", """Showed a teen gymnast the clip of Simone Biles talking about the twisties today. Watching someone she idolises say "my mind and body are not in sync" did more than a month of psychoeducation from me. #schoolcounseling #sportpsych"""),

("email", "benign", "therapy_life", """Subject: book list for the staff room

Hi Mr Hennessy,

As promised, a few picture books that help younger children talk about big feelings: The Invisible String, Ruby's Worry, The Colour Monster, Grumpy Monkey, and Pete the Cat and the Perfect Pizza Party. For teenagers I'd add The Perks of Being a Wallflower. Happy to lend my copies.

Orla"""),

("team_note", "benign", "name_as_word", """Staff meeting notes. Sports Day moved to 14 June; Inset Day on the 3rd means no school-based sessions that day. Miles of paperwork for the new safeguarding audit: please mark your files by Friday. Will circulate the room rota."""),

("email", "benign", "weak_attribute", """Subject: referral criteria

Hi Tamsin,

To answer your question: yes, we take referrals for students from age 11 up, including middle-schoolers in Shelby and Dayton. A 15-year-old student who is anxious about exams is exactly who the Tuesday group is for. Parents can self-refer through the website.

Best,
Imogen"""),
]
