"""Parent-training groups, teen groups, after-school clubs and sports teams."""
DOCS = [
("team_note", "direct", None, """Teen anxiety group, week 4. Present: {{Danielle Lamb|c442|FULL_NAME}}, {{Karlo|c347|GIVEN_NAME}}, {{Kit|c195|NICKNAME}}, plus two new members. Apologies from one. Exposure hierarchy homework reviewed; {{Karlo|c347|GIVEN_NAME}} had done his, {{Danielle|c442|GIVEN_NAME}} hadn't (weekend shifts). {{Kit|c195|NICKNAME}} quiet but stayed for the whole session — a first."""),

("social_post", "direct", None, """Huge congratulations to {{Ashley Hanson|c021|FULL_NAME}} from our Tuesday teen group, who stood up in assembly today and talked about her anxiety in front of 400 people. I'm not crying, you're crying. 😭 #teentherapy #proud"""),

("team_note", "direct", None, """Incredible Years parent group, session 3. {{Sue Lewis|c146|NICKNAME|nickname_full}} shared that {{Stacy|c146|RELATIVE}} had a 40-minute tantrum at the supermarket; group role-played planned ignoring. Two dads absent. Homework: 10 min child-led play daily."""),

("case_presentation", "direct", None, """Parent-group case: {{Kevin Sanchez|c243|FULL_NAME}}, father of {{Abigail|c243|RELATIVE}} (7) and {{Marie|c243|RELATIVE}} (4). Joined the group after school reported {{Abigail|c243|RELATIVE}}'s aggression. He is the most engaged parent in the room and also the most self-critical. How do I stop him from becoming the group's "model dad" and hiding his own struggles?"""),

("team_note", "direct", None, """Call from the swim club coach (Mr. Lockhart) re {{Tiffany Rojas|c246|FULL_NAME}}: she's been hiding in the changing rooms before training and crying. Coach doesn't know she's seeing us; I didn't confirm. Mum has since given consent for me to speak to him."""),

("email", "direct", None, """Subject: after-school drama club

Hi Ms. Tansey,

Thank you for letting {{Erica Haas|c179|MISSPELLED_NAME}} try the drama club. As we discussed, she may need to sit out the warm-up games at first, and please don't put her on the spot to read aloud. Her cello takes up Tuesdays, so Thursdays are best.

Warm regards,
Orla"""),

("social_post", "direct", None, """Our parenting group graduated tonight! 🎓 Special thanks to {{Teresa Zamora|c443|FULL_NAME}}, who brought homemade tamales every single week and made everyone feel at home. Ten weeks of hard work, parents. Be proud. #parentingsupport"""),

("team_note", "direct", None, """Teen group register (term 2): {{Brian Ramirez|c009|FULL_NAME}}, DOB {{26-Jun-2009|c009|DOB}}, consent form returned. Allergies: none. Emergency contact: mother ({{Sarah|c009|RELATIVE}})."""),

("team_note", "direct", None, """Group contact sheet correction: {{Cory Ruiz|c483|FULL_NAME}}'s mobile is {{(786) 727-0729|c483|PHONE}}, not the home number. He's asked for reminders by text only. Please update the group list before Thursday."""),

("case_presentation", "direct", None, """Dads' group presentation. {{Anthony Webb|c440|FULL_NAME}} ("{{Ant|c440|NICKNAME}}") and his husband {{Jason|c440|RELATIVE}} have two boys, {{Chad|c440|RELATIVE}} and {{Michael|c440|RELATIVE}}. {{Ant|c440|NICKNAME}} coaches volleyball and speaks fluently about "performance" but struggles when the boys are simply sad. Group theme: sitting with a child's distress without fixing it."""),

("social_post", "direct", None, """A big thank-you to {{Dominga|c457|GIVEN_NAME}}, one of our group mums, for letting our social-skills kids scrimmage with her {{Kingston Tigers under-12s|c457|DISTINCTIVE|fact|Kingston Tigers under-12 soccer}} on Saturday. Turn-taking, losing gracefully, high-fives: all the goals we set, hit. ⚽ #socialskills"""),

("social_post", "quasi", None, """Had one of our teen group members play us a song today — he {{sings lead in the Electric Saints|c403|DISTINCTIVE|fact|Electric Saints}} and is a senior at {{North Oxford High|c403|SCHOOL}}. Watching a kid who couldn't speak in group in September sing to us in May... this job. 🎸 #teengroup"""),

("team_note", "quasi", None, """Parent group: mum of two boys (younger is {{Roger|c498|RELATIVE}}, 6). {{Coaches the Salem Wolves under-10 lacrosse side|c498|DISTINCTIVE|fact|Salem Wolves under-10 lacrosse}} and uses lots of "coach voice" at home. Discussed swapping commands for descriptive praise."""),

("case_presentation", "quasi", None, """Group consultation: one of our parent-group members is herself a {{school counselor|c306|DISTINCTIVE|occupation}} in {{Waverly|c306|ADDRESS|city}}, working at {{Lincoln Elementary School|c306|EMPLOYER}}. She knows the material better than I do and corrects other parents. How do I hold her as a parent in the room, not a co-facilitator?"""),

("social_post", "quasi", None, """One of our group parents, who {{hosts the Night Shift Historian true-crime podcast|c017|DISTINCTIVE|fact|Night Shift Historian}}, told the group that her daughter {{Joy|c017|RELATIVE}} asked "is everyone in your show dead?" Out of the mouths of babes. Screen-time rules for parents too! #parentgroup"""),

("team_note", "quasi", None, """After-school club liaison: dad, paralegal at {{Drake & Glass Accounting|c252|EMPLOYER}}, {{coaches the Dayton Comets under-12 softball|c252|DISTINCTIVE|fact|Dayton Comets under-12 softball}} where his daughter plays. Wants to know if he should stop coaching her. Explore in parent session."""),

("social_post", "quasi", None, """Shout-out to a dad in our parent group who {{coaches the Ashland Otters under-12 soccer|c264|DISTINCTIVE|fact|Ashland Otters under-12 soccer}} AND {{the Ashland Falcons under-14 lacrosse team|c264|DISTINCTIVE|fact|Ashland Falcons under-14 lacrosse}}. He's learning that his own son doesn't need a coach at home. Growth! #dads #parenting"""),

("case_presentation", "quasi", None, """Group supervision: a mother, {{librarian|c018|DISTINCTIVE|occupation}} in {{Burlington|c018|ADDRESS|city}}, who {{coaches the Burlington Pioneers under-12 lacrosse|c018|DISTINCTIVE|fact|Burlington Pioneers under-12 lacrosse}}. Her son {{Randy|c018|RELATIVE}} (7) has night terrors. She joined the parenting group to "learn the theory" and resists doing the homework."""),

("social_post", "benign", "therapy_life", """Parenting group tip of the week: "When—then" beats "if—then". "When your shoes are on, then we go to the park" invites cooperation; "if you don't put your shoes on, no park" invites a fight. Try it for a week and tell me. #parentingtips"""),

("team_note", "benign", "therapy_life", """Teen group ground rules agreed (week 1): what's said here stays here; phones in the basket; you can pass; no advice unless asked; snacks are shared. Facilitators: me + Tadhg."""),

("social_post", "benign", "name_as_word", """Will power is overrated. Kids (and adults) change when the environment changes, not when they try harder. Hope that's a relief to some of the parents reading this. 💛 #parenting"""),

("team_note", "benign", "nonclient_person", """Football club liaison: spoke with the club welfare officer, Mr. Obi Ferris, about our social-skills partnership for autumn. He'll send the safeguarding policy. No individual children discussed."""),

("social_post", "benign", "celebrity_namesake", """Reminder for the teen athletes: Michael Jordan didn't make varsity as a sophomore. He went home, cried, and practised. Being cut is information, not a verdict. 🏀 #sportspsych #teens"""),

("case_presentation", "benign", "deidentified_case", """Group process case (anonymised). A teen group of eight, ages 14–16, in which two members began dating mid-term. We will present how the facilitators renegotiated the group contract without shaming either teen, and what we would do differently."""),

("team_note", "benign", "single_quasi", """End-of-term outing booked at Kingston Bowling Lanes, Friday 3pm, for the teen group. Consent slips needed by Wednesday. Budget £60."""),

("email", "benign", "name_as_word", """Subject: Summer camp flyer

Hi Fiona,

Could you print 50 copies of the Summer Skills Camp flyer for the waiting room? Dates are 21–25 July. Also please add the line "all abilities welcome".

Thanks,
Orla"""),

("social_post", "benign", "name_as_word", """The holly and the ivy are up in the playroom, the kids made paper chains, and our teen group voted to do Secret Santa with a £3 limit. Merry everything from all of us. 🎄"""),
]
