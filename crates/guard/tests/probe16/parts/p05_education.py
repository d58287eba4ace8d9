# Part 5: teachers, head teachers, school counsellors, lecturers and librarians.
DOCS = [
    ("team_note", "direct", None, """Supervision notes, 4 June

Professor {{Fleming|c351|FAMILY_NAME}} — tenure review next month; catastrophising about the external letters. Her son {{Alexander|c351|RELATIVE}} has started refusing school, which she experiences as proof she's "failing at everything at once". Supervisor's suggestion: separate the two threads explicitly in session; consider a parenting referral."""),

    ("email", "direct", None, """Dear Mrs Okafor,

Thank you for your letter regarding Mr {{Roy Villarreal|c015|FULL_NAME}}'s phased return to {{Jackson Elementary School|c015|EMPLOYER}}. With his consent, I can confirm that he is engaged in therapy with me and that a return on reduced hours (mornings only for the first three weeks) is clinically appropriate. I would ask that he is not placed on playground duty during that period.

Yours sincerely,
Eleanor Marsh, UKCP Registered Psychotherapist"""),

    ("social_post", "direct", None, """Miss {{Leach|c219|FAMILY_NAME}} — sorry, {{Becca|c219|NICKNAME}} 😄 (she'll always be "Miss" to her Year 2s) — said something in session today I want on a poster: "I can care about thirty kids and still go home at four." Boundaries are a teaching skill."""),

    ("team_note", "direct", None, """Note from the front desk: Dr {{Dunne|c362|MISSPELLED_NAME}} (the lecturer, Monday 5pm) phoned to say he'll be late — faculty meeting overrunning. Will still come."""),

    ("social_post", "direct", None, """One of my all-time favourite clients, {{Zac|c130|NICKNAME}}, teaching assistant by day, {{Jeopardy! contestant (season 12)|c130|DISTINCTIVE|fact|season 12 of Jeopardy}} by legend, just told me he's applying for teacher training. I am SO proud. 📚"""),

    ("email", "direct", None, """Subject: Head of Year — occupational health letter

Hi Priya,

Please call {{Jeff Webb|c409|NICKNAME}} on {{(903) 475-5194|c409|PHONE}} to arrange the occupational health questionnaire. He's asked that nothing go through the school district mailroom. He's fine with texts.

Thanks,
Mark"""),

    ("case_presentation", "direct", None, """Case summary for clinical supervision

Client: {{Amanda Bender|c179|FULL_NAME}}, DOB {{06/09/1993|c179|DOB}}
Occupation: school counselor, {{Greenville Community College|c179|EMPLOYER}}
Reason for therapy: vicarious trauma after a student suicide; she is the person everyone at work turns to and has no one of her own.
Focus today: her guilt about taking two days' leave."""),

    ("social_post", "direct", None, """{{Ronie|c272|NICKNAME}}, my chemistry-teacher client, described her classroom as "controlled explosions, mostly metaphorical". She's been teaching 35 years and only now learning to let herself rest. Never too late. 🧪"""),

    ("team_note", "direct", None, """{{Penny|c194|NICKNAME}} (librarian, community college) rang to move her session. Sounded flat. She mentioned her partner {{Michelle|c194|RELATIVE}} is away until the 20th, so please offer something this week rather than next."""),

    ("email", "direct", None, """Hi — new client intake from the school district EAP: a school counselor wanting weekly sessions. Contact e-mail on the referral: {{robertosimmons65@hotmail.com|c486|EMAIL}}. He asked not to be contacted at work. Can you set up the portal invite?"""),

    ("team_note", "direct", None, """Mandarin-speaking clients this term (for the interpreter budget):
- {{张飞|c014|FULL_NAME}} — teaching assistant at {{Hamilton Community College|c014|EMPLOYER}}, fortnightly, no interpreter needed.
- one family referral pending, names to follow."""),

    ("email", "direct", None, """Dear {{Steven|c147|GIVEN_NAME}},

As discussed, I'm posting the letter for your headteacher to {{5905 Cherry Avenue|c147|ADDRESS|street}} today rather than handing it over in session, so you have time to read it first. If anything in it doesn't sit right, call me before you pass it on.

Warmly,
Joanna"""),

    ("team_note", "quasi", None, """For Monday's allocation meeting: special-needs teacher at {{Kennedy Academy|c342|EMPLOYER}}, graduated from {{Salem State University|c342|SCHOOL}} six years ago, first-time therapy. Anxiety around the inspection. Would suit someone with education experience."""),

    ("social_post", "quasi", None, """A {{lecturer|c089|DISTINCTIVE|occupation}} I see in {{Florence|c089|ADDRESS|city}} told me his {{goat Nugget|c089|DISTINCTIVE|fact|goat named Nugget}} went viral and he's had more emails about it than about any paper he's ever written. Academia in one sentence. 🐐"""),

    ("case_presentation", "quasi", None, """Anonymised case for the CPD group: an academic, {{Carver College|c362|SCHOOL}} alumnus, who {{coaches the Madison Otters under-14 hockey team|c362|DISTINCTIVE|fact|Madison Otters under-14 hockey}} at weekends. Presents with irritability and conflict with other parents at games. Working hypothesis: displaced workplace anger."""),

    ("email", "quasi", None, """Hello Gemma, I have a possible referral: a chemistry teacher at the {{Kingston Public Library|c487|EMPLOYER}} adult-learning centre who {{ran for mayor of Mount Vernon in 2022|c487|DISTINCTIVE|fact|mayor of Mount Vernon in 2022}}. He's worried about being recognised in our waiting room. Do you still have the side entrance available?"""),

    ("social_post", "quasi", None, """Concert night! A client of mine who teaches at {{Jackson Elementary School|c096|EMPLOYER}} {{plays bassoon in the Marion Symphony Orchestra|c096|DISTINCTIVE|fact|bassoon in the Marion Symphony}} and invited me to come. I won't go — boundaries — but I hope it's glorious. 🎶"""),

    ("team_note", "quasi", None, """Waitlist: school counselor from {{Kennedy Academy|c200|EMPLOYER}}, coaches the {{Kingston Comets under-10 lacrosse team|c200|DISTINCTIVE|fact|Kingston Comets under-10 lacrosse}}. Wants a therapist who is not a parent at the school. Check conflicts before offering."""),

    ("social_post", "benign", "public_figure", """Sir Alexander Fleming noticed the mould everyone else threw away. Reminder to my fellow clinicians: the thing you're tempted to dismiss in session is sometimes the whole point."""),

    ("social_post", "benign", "celebrity_namesake", """Reading 三国演义 with my son at bedtime. He's decided 张飞 is the best character because "he's loud and loyal". Fair assessment, honestly."""),

    ("email", "benign", "nonclient_person", """From: Mrs Adaeze Okafor, Head Teacher, St Luke's Primary
To: the practice
Subject: Staff wellbeing — request for a twilight session

Dear colleagues,

I am writing on behalf of the senior leadership team at St Luke's. Following a difficult spring term, in which we lost a much-loved pupil and then went through an inspection within six weeks, our staff would very much welcome a twilight session on stress, grief and burnout in the autumn term.

We are a small staff of 24: fourteen teachers, eight teaching assistants and two office staff. Our Deputy Head, Mr Kwame Mensah, will coordinate dates, and our SENCo, Miss Harriet Doyle, has offered to lead the practical arrangements on the day. Our chair of governors, Reverend Paul Adeyemi, has asked to attend as an observer, if that is acceptable to you.

We would be grateful for your advice on two points. First, whether the session should be voluntary; Mr Mensah feels strongly that it should be, while our union representative, Mrs Joan Pritchard, has suggested it should be part of a directed training day so that nobody has to give up their own time. Second, whether you could also provide a list of local services that staff could contact privately afterwards, without going through the school.

Please let us know your fees and availability. We are very grateful for the support your practice gave our families last term.

With thanks,
A. Okafor"""),

    ("social_post", "benign", "public_figure", """Took my teenager to see Professor Brian Cox live and watched her fall in love with physics. Best therapy either of us has had all year. 🌌"""),

    ("social_post", "benign", "weak_attribute", """A teaching assistant in her fifties told me she's never once been asked how she's doing at work. Not once. Schools, ask your TAs."""),

    ("social_post", "benign", "single_quasi", """Someone I work with teaches at Kennedy Academy and the end-of-year reports sound absolutely brutal. Solidarity to every teacher writing 180 comments this week."""),

    ("social_post", "benign", "nonclient_namesake", """Parents' evening tonight. My son's maths teacher, Mr Gareth Roberts, told me he's "a delight who never stops talking". Wonder where he gets it from. 😅"""),

    ("social_post", "benign", "name_as_word", """A penny for the thoughts of every teacher on the last day of term: mostly "sleep", partly "never again", a little bit "I'll miss them". And nobody's going on a bender — they're going to bed."""),

    ("case_presentation", "benign", "deidentified_case", """Composite case for the school mental-health network: a primary teacher in her thirties, in post during a lockdown drill that turned out not to be a drill. Months later she cannot hear the intercom without freezing. Consider: trauma-informed adjustments the school can make without singling her out."""),

    ("social_post", "benign", "therapy_life", """Teacher Appreciation Week: to every educator who has ever bought snacks for a hungry kid out of their own pocket — I see you, and so do they. 🍎"""),

    ("email", "benign", "nonclient_person", """Dear colleagues,

Dr Sipho Ndlovu, Director of Student Counselling at the university, has asked whether our practice could take overflow referrals of academic staff during the exam period. Prof. Lindiwe Dube will be the faculty liaison. I think we can manage two slots a week.

Regards,
Thandeka"""),
]
