"""Child and adolescent practice: letters to and from schools and parents, children's own words."""

DOCS = [
    ("email", "direct", None,
     "Subject: Re: {{Hope Brandt|c036|FULL_NAME}}, Year 10, support plan\n\n"
     "Dear Ms Ashcroft,\n\n"
     "Thank you for your letter. With {{Phyllis|c036|RELATIVE}}'s written consent (attached) I can confirm that "
     "{{Hope|c036|GIVEN_NAME}} is attending weekly sessions with me for anxiety. I would support a quiet space at "
     "lunchtime and permission to leave lessons five minutes early to avoid the corridors. I'd ask that this is shared "
     "only with her form tutor and the pastoral lead at {{Monroe Preparatory Academy|c036|SCHOOL}}.\n\n"
     "Kind regards,\nRhys Pemberton\nChild & Adolescent Psychotherapist"),

    ("email", "direct", None,
     "From: Learning Support, Grant Prep\nSubject: {{Bennie|c054|NICKNAME}} (Year 9)\n\n"
     "Hi there, I'm the learning support coordinator at {{Grant Preparatory Academy|c054|SCHOOL}}. {{Bennie|c054|NICKNAME}}'s "
     "dad, {{Todd|c054|RELATIVE}}, told us he's been seeing you and said we could get in touch. We've noticed he eats "
     "lunch alone in the library every day and has stopped handing in homework. Is there anything we should or "
     "shouldn't be doing? Happy to have a call any afternoon after 3:15.\n\nBest, Mrs. Galloway"),

    ("team_note", "direct", None,
     "Session 6 (play-based). {{Mantha|c076|NICKNAME}} chose the doll's house again and put the mum doll on the roof. "
     "Asked why: \"so she can see everyone and nobody can get her.\" Later: \"Mum says I'm her best friend. I don't "
     "want to be her best friend, I want to be the kid.\" Parentification theme strong. Mother waiting outside, asked "
     "for a 'quick word'. Boundaried to a review session next week."),

    ("case_presentation", "direct", None,
     "Supervision notes for case review\n"
     "{{Rose|c240|GIVEN_NAME}}, 14. Referred after self-harm disclosed to the school nurse. Lives with mother "
     "{{Jessica|c240|RELATIVE}} and stepfather Rupert (not the biological father, who lives out of state; dad "
     "{{Mark|c240|RELATIVE}} phones on Sundays). In session {{Rose|c240|GIVEN_NAME}} talks mostly about her mum's "
     "garden; the roses are the one thing they still do together. I've started to think of the garden as our way in.\n"
     "Risk: last cut 3 weeks ago, superficial, safety plan in place, mum aware."),

    ("team_note", "direct", None,
     "{{Rich|c344|NICKNAME}} (13): quiet first 20 min, then talked non-stop about Minecraft. Mentioned his dad "
     "{{Albert|c344|RELATIVE}} \"sleeps in the car sometimes now\". Did not want to say more. Will raise with mum at "
     "review, gently. Nothing to suggest immediate risk to {{Rich|c344|NICKNAME}}."),

    ("email", "direct", None,
     "Subject: school meeting Thursday\n\n"
     "Hi {{Violeta|c228|RELATIVE}}, yes, I can come to the meeting at {{Kennedy|c228|SCHOOL}} on Thursday about {{Veronica Cortes|c228|FULL_NAME}}. I'll "
     "bring the short summary we agreed on; it only says she's attending and what helps in class. Si prefiere que "
     "hablemos en español antes de la reunión, llámeme.\n\nUn saludo,\nPilar"),

    ("case_presentation", "direct", None,
     "Referral form (school-based counselling)\n"
     "Pupil: {{Jill Lopez|c383|FULL_NAME}}\n"
     "D.O.B.: {{13th May 2012|c383|DOB}}\n"
     "Year/Form: 8F\n"
     "Referred by: Head of Year\n"
     "Reason: tearful most mornings, says she 'hates her body', has stopped doing PE. Mum aware and supportive.\n"
     "Parental consent: yes (signed 3 March)"),

    ("email", "direct", None,
     "Subject: contact details\n\n"
     "Hi team, for {{Summer Poole|c396|FULL_NAME}}: she's 16 and has asked that we text her directly rather than going "
     "through her mum. Mobile {{270-259-0860|c396|PHONE}}. Her mum {{Sabrina|c396|RELATIVE}} is fine with this and it's "
     "on the consent form. Please don't leave voicemails.\nFunmi"),

    ("team_note", "direct", None,
     "He emailed me overnight from {{matthew.cherry@aol.com|c267|EMAIL}}, just a long paragraph about the tortoise and "
     "how he can't sleep. Replied in office hours with the usual 'this inbox isn't monitored out of hours' and the "
     "crisis line. Raise the out-of-hours emailing with mum ({{Natasha|c267|RELATIVE}}) at next review."),

    ("email", "direct", None,
     "To the parent/guardian of {{Louis Cooper|c044|FULL_NAME}}\n"
     "{{330 Orchard Road, Hudson|c044|ADDRESS|street}}\n\n"
     "Dear {{Sylvia|c044|RELATIVE}},\n\n"
     "I am writing to confirm {{Louis|c044|GIVEN_NAME}}'s next appointments: 4, 11 and 18 April at 4.30pm. Please "
     "let me know if school exams clash with any of these.\n\n"
     "Yours sincerely,\nDr Hamish Fairbairn"),

    ("team_note", "direct", None,
     "School liaison, Grant Prep, 3 kids of ours there this term: {{Brandon Scott|c007|FULL_NAME}} (yr 12), "
     "{{John Hunt|c041|FULL_NAME}} (yr 12) and {{Bennie Lee|c054|NICKNAME|nickname_full}} (yr 9). Counsellor there is "
     "Ms Quigley. Do NOT mention any of them to each other's parents at the parents' evening, the families know each "
     "other."),

    ("case_presentation", "direct", None,
     "Brief for the CAMHS consultation line\n"
     "{{K.R.|c011|INITIALS}}, 13, in 8th grade at {{Adams Middle School|c011|SCHOOL}}. Parents separated in the "
     "autumn; she now moves between two houses every three days. Since then: headaches, not eating at dad's, one "
     "episode of running out of school at lunch. Asking: is the rotation itself the problem, and how do I say that to "
     "two parents who are each sure it's the other's house?"),

    # quasi
    ("email", "quasi", None,
     "Subject: consult, school anxiety\n\n"
     "Hi Rhys, I have a 15-year-old at {{Monroe Preparatory Academy|c036|SCHOOL}}; her mum {{Phyllis|c036|RELATIVE}} "
     "is lovely but very anxious herself and texts me most days. I have some hope we can get her back into school "
     "by the spring. Could you tell me how you handle parents who text? Thanks, Orla"),

    ("team_note", "quasi", None,
     "New kid: 13, at {{Kennedy High School|c228|SCHOOL}}. Mum {{Violeta|c228|RELATIVE}} speaks limited English; "
     "interpreter needed (Spanish). Concern: selective mutism at school, chatty at home."),

    ("case_presentation", "quasi", None,
     "The boy I mentioned last month (yr 8, {{Grant Preparatory Academy|c383|SCHOOL}}) turns out to be the brother, "
     "not the patient: the patient is his little sister, and the family {{ferret, Lady Marmalade, is apparently "
     "internet-famous|c383|DISTINCTIVE|fact|ferret named Lady Marmalade}}. She talks to the ferret more than to anyone "
     "at school. I'd like to bring the ferret into the work somehow (not literally)."),

    ("social_post", "quasi", None,
     "A 15-year-old client from {{Carver Preparatory Academy|c267|SCHOOL}} told me today his "
     "{{tortoise Dumpling has more followers than he does|c267|DISTINCTIVE|fact|tortoise named Dumpling}} and "
     "honestly it was the funniest thing I've heard all week. Kids are brilliant. 🐢"),

    ("team_note", "quasi", None,
     "Allocation: 7th grader at {{Adams Middle School|c246|SCHOOL}}, mum {{Carolyn|c246|RELATIVE}} is requesting a "
     "male clinician. Anger at home, fine at school. Tobias to take."),

    # benign
    ("email", "benign", "template",
     "Subject: template, letter to school\n\n"
     "Dear [Head of Year],\n\n"
     "With the written consent of [parent/carer], I can confirm that [child] is attending sessions with this service. "
     "I would recommend [adjustment]. Please share this letter only with staff who need to know.\n\n"
     "Yours sincerely,\n[clinician]\n\n"
     "(Admins: please use this one, not the old version that had a space for the diagnosis.)"),

    ("social_post", "benign", "deidentified",
     "A nine-year-old told me today that worries are \"like popcorn, they all go off at once and then you can't "
     "stop eating them.\" I'm stealing that for every adult I see this week. 🍿"),

    ("team_note", "benign", "name_as_word",
     "Summer holidays: school-based sessions stop on 19 July. Please book any kids who need continuity into the "
     "clinic from the week after; we'll need to rethink transport for the ones who live miles out. Will circulate "
     "the rota."),

    ("social_post", "benign", "nonclient_namesake",
     "My daughter Rose started secondary school today. Fifteen years of working with anxious kids and I still cried "
     "in the car park. 🎒"),

    ("case_presentation", "benign", "public_figure",
     "CPD, child & adolescent stream. Pre-reading: Dan Siegel and Tina Payne Bryson, The Whole-Brain Child, "
     "chapters 1 to 2; Ross Greene, Lost at School, the chapter on lagging skills. Bring one example (anonymised) "
     "of a 'won't' that turned out to be a 'can't'."),

    ("email", "benign", "single_quasi",
     "Subject: Kennedy High School counselling room\n\n"
     "FYI, the counselling room at Kennedy High School is being refurbished until half term, so any sessions there "
     "are moving to the library's small meeting room. The school says it is private enough; I'm not convinced. "
     "Orla"),

    ("team_note", "benign", "different_clients",
     "Referrals waiting this week: a 14-year-old whose mum is Carolyn (no school details yet), a boy at Carver "
     "Preparatory Academy (no parent details yet), and a Year 7 who has a tortoise, I'm told, which is all the "
     "referral form says."),

    ("social_post", "benign", "therapy_life",
     "Things kids have said to me this week: 'Are you a doctor or just a talking lady?' 'Your plant is dying.' "
     "'I think my dog has anxiety too.' Every one of them is right. 🌱"),

    ("email", "benign", "staff",
     "Subject: cover for Mrs. Galloway\n\n"
     "Hi all, Mrs. Galloway (learning support at Grant Prep) is on leave until Easter; the contact for our kids' "
     "school liaison there is now Ms Quigley, ext. 214. Please update your notes. Rhys"),
]
