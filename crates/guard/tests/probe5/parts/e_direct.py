"""Direct: the same word-names (and celebrity namesakes) used about clients in a clinical context."""
DOCS = []


def D(kind, text, sub=None):
    DOCS.append((kind, "direct", sub, text))


# Hope Bates (c153)
D("team_note", "{{Hope|c153|GIVEN_NAME}} cancelled again, third late cancel this month. I'll call her Monday and revisit the attendance agreement.")
D("case_presentation", "Case presentation: {{Hope Bates|c153|FULL_NAME}}, 22, university student. Presenting concern: depressive episode after academic probation. In session two {{Hope|c153|GIVEN_NAME}} said she had \"run out of hope\" about finishing her degree; we are using behavioural activation and a hope-focused goal map.")

# Grace Allen (c192)
D("team_note", "{{Grace|c192|GIVEN_NAME}} no-showed at 10. Second in a row; sending the standard letter.")
D("email", "Subject: Consult request\n\nHi Nadia,\n\nCould I consult with you about {{Grace Allen|c192|FULL_NAME}}? Six sessions in for panic, and this week she named work at {{Bluefin Systems|c192|EMPLOYER}} as the main trigger. I'd value a second view on graded exposure.\n\nThanks,\nMarguerite")
D("social_post", "When {{Grace|c192|GIVEN_NAME}} walked in and told me she'd taken a day off without feeling guilty, I did a small internal cheer. 💛")

# William "Will" Russell (c144)
D("team_note", "Worked with {{Will|c144|NICKNAME}} on the exposure ladder; he reached step 4 (supermarket at peak time). {{Will|c144|NICKNAME}} will call back Thursday to book the next two.")
D("email", "Subject: Re: reschedule\n\nHi Priyanka,\n\n{{Will|c144|NICKNAME}} will call back about Thursday. If he does, please offer him the 4pm. Will you also resend him the intake questionnaire?\n\nThanks,\nIngrid")
D("case_presentation", "Presenting {{William Russell|c144|FULL_NAME}} (goes by {{Will|c144|NICKNAME}}), 64, retail manager. Referred after a panic attack at work; off for three weeks. His wife {{Sabrina|c144|RELATIVE}} joins the first ten minutes of each session.")
D("team_note", "Mr. {{Russell|c144|FAMILY_NAME}} asked whether we can bill his insurer directly instead of him paying up front. Forwarded to Tomasz.")

# William "Bill" Huff (c188)
D("team_note", "{{Bill|c188|NICKNAME}} is disputing the bill for his March sessions; he says insurance should have covered two of them. Can billing pull the EOBs before I see him Tuesday?")
D("email", "Subject: Attendance letter\n\nHi Desmond,\n\n{{Bill Huff|c188|NICKNAME|nickname_full}} asked for a letter confirming attendance for his custody hearing. I'm happy to confirm dates only. Could you check the template?\n\nLeticia")
D("social_post", "Proud of {{Bill|c188|NICKNAME}} today. Six months sober, and he brought in his daughter {{Megan|c188|RELATIVE}}'s drawing to show me. 🥹")

# June Cain (c001)
D("team_note", "{{June Cain|c001|FULL_NAME}}: moving her to fortnightly from June. Stable; husband {{Seth|c001|RELATIVE}} still away for work.")
D("social_post", "{{June|c001|GIVEN_NAME}} told me in session that June has always been her hardest month. We planned for it this year, and she made it through. 🌱")

# April Graham (c167)
D("case_presentation", "Case: {{April Graham|c167|FULL_NAME}}, 15, at {{Kennedy Preparatory Academy|c167|SCHOOL}}. Referred by the school counsellor in April for school refusal. Mother {{Miranda|c167|RELATIVE}} reports {{April|c167|GIVEN_NAME}} has missed 22 days this term.")
D("team_note", "{{April|c167|GIVEN_NAME}}'s dad called about the April 28 appointment: confirmed for 4:15.")

# Arthur "Art" Turner (c176)
D("team_note", "{{Art|c176|NICKNAME}} has started art classes at the community centre and his mood is noticeably brighter. Encouraged him to keep the art journal going between sessions.")
D("email", "Subject: Cover while I'm away\n\nHi Farida,\n\nWhile I'm out, could you see {{Art Turner|c176|NICKNAME|nickname_full}} on the 12th? He's working on grief after his father's stroke; nothing acute. Notes are up to date.\n\nOksana")

# Sage Wood (c220)
D("case_presentation", "Presenting: {{Sage Wood|c220|FULL_NAME}}, 13, {{Jefferson High School|c220|SCHOOL}}. Social anxiety with selective mutism at school. In our last session {{Sage|c220|GIVEN_NAME}} offered a piece of advice to their younger self: \"You don't have to talk, you just have to stay.\"")
D("team_note", "{{Sage|c220|GIVEN_NAME}} (13): mum {{Wendy|c220|RELATIVE}} wants a school meeting. Can someone with clearance co-attend on the 9th?")

# Miles Myers (c292)
D("social_post", "{{Miles|c292|GIVEN_NAME}} walked 12 miles for charity last weekend. In January he couldn't leave the house. I'm so proud I could burst. 🥾")
D("team_note", "Mr. {{Myers|c292|FAMILY_NAME}} called the crisis line overnight; on-call spoke with him for 20 min, no immediate risk. Please prioritise a check-in today.")

# Ginger Smith (c135)
D("team_note", "{{Ginger|c135|GIVEN_NAME}} has been off work since her own surgery and asked for a letter for her employer. Drafted, awaiting my signature.")
D("email", "Subject: Re: waitlist\n\nHi Nadia,\n\n{{Ginger Smith|c135|FULL_NAME}} called to say she's ready to restart and wants the evening slot back. Can you fit her in Thursday?\n\nDesmond")
D("team_note", "{{Gingr|c135|MISSPELLED_NAME}} rescheduled to Wed 3pm. Sorry for typos, on my phone.")

# Dawn Gallegos (c059)
D("social_post", "{{Dawn|c059|GIVEN_NAME}} has been waking before dawn every day with panic. This week she used that hour to walk instead of spiral. Little victories. 🌅")
D("case_presentation", "Case review: Ms. {{Gallegos|c059|FAMILY_NAME}}, 40, accountant. Generalised anxiety with insomnia. Husband {{Juan|c059|RELATIVE}} supportive; she also {{coaches the Oxford Hawks under-14 volleyball team|c059|DISTINCTIVE|fact|Oxford Hawks}}, which she calls her \"only calm hour\".")

# Patience "Pat" Foster (c068), Patricia "Pat" Oneal (c043)
D("team_note", "{{Patience|c068|GIVEN_NAME}} says she has run out of patience with her son {{Brian|c068|RELATIVE}}. Plan: a parenting-stress session next week.")
D("team_note", "Group attendance, Tuesday: {{Pat Foster|c068|NICKNAME|nickname_full}} missed group (flu). {{Pat Oneal|c043|NICKNAME|nickname_full}} attended and shared for the first time.")
D("email", "Subject: Records request\n\nHi Ingrid,\n\n{{Patricia Oneal|c043|FULL_NAME}} has asked for a copy of her records for her new provider. She signed the release today; please send by Friday.\n\nLeticia")

# Holly Williams (c180)
D("social_post", "{{Holly|c180|GIVEN_NAME}} brought a sprig of holly from her garden for the waiting room today. Some people just make a place kinder. 🎄")
D("case_presentation", "Client: {{Holly Williams|c180|FULL_NAME}}, 69. Referral: anticipatory grief. Husband {{John|c180|RELATIVE}} was diagnosed with dementia in February and {{Holly|c180|GIVEN_NAME}} is his main carer.")
D("team_note", "{{Hollie|c180|MISSPELLED_NAME}} called, running 15 min late for her 11.")

# Amber Black (c086)
D("team_note", "{{Amber|c086|GIVEN_NAME}}: risk rating moved from amber to green after today's session. Safety plan reviewed and signed.")
D("email", "Subject: Superbill correction\n\nHi Tomasz,\n\nThe superbill for {{Ambur Black|c086|MISSPELLED_NAME}} went out with the wrong CPT code. Can you reissue? She's been very gracious about it.\n\nIngrid")

# Jack Bryant (c210)
D("team_note", "{{Jack|c210|GIVEN_NAME}} (78) fell off a ladder fixing his gutter, against everyone's advice. Session moved to phone this week.")
D("social_post", "Session highlight: {{Jack|c210|GIVEN_NAME}}, a jack of all trades at 78, told me therapy is the first thing he's ever let someone else fix for him. 🔧")
D("team_note", "Mr. {{Bryant|c210|FAMILY_NAME}} wants to bring his sister to the next session. Fine by me; consent form needed.")

# Susan "Sue" Brown (c062)
D("team_note", "{{Sue|c062|NICKNAME}} wants to sue her employer over the shift change. Suggested she talk to her union rep before we spend more sessions on it.")
D("email", "Subject: Dictated note\n\nHi Priyanka,\n\nPlease file: \"Session with {{Sue Brown|c062|NICKNAME|nickname_full}}, 60 minutes, trauma processing; son {{Jason|c062|RELATIVE}} joined for the last 10 minutes.\"\n\nThanks,\nFarida")

# Richard "Rich" Ramsey (c114)
D("team_note", "{{Rich|c114|NICKNAME}} (14): mum {{Theresa|c114|RELATIVE}} called, school suspended him for two days. {{Rich|c114|NICKNAME}} will be in Thursday; please flag to me.")
D("case_presentation", "Adolescent case: {{Richard Ramsey|c114|FULL_NAME}}, 14, {{North Dover High School|c114|SCHOOL}}. ADHD with oppositional behaviour; a rich inner world and loves drawing dogs, since the family {{breeds champion Shiba Inus|c114|DISTINCTIVE|fact|Shiba Inus}}.")

# Russell "Rusty" Lara (c103), Russell "Russ" Cobb (c245)
D("social_post", "{{Rusty|c103|NICKNAME}} told me his coping skills feel rusty after the holidays. I told him rusty still works; it just squeaks a bit. 🔩")
D("team_note", "Mr. {{Lara|c103|FAMILY_NAME}} (69) is asking for home visits after his hip operation. Can we discuss at Monday's meeting?")
D("team_note", "{{Russ|c245|NICKNAME}} (18) has exams at {{Hawthorne College|c245|SCHOOL}} next week; moved him to Monday.")

# Sunny Moss (c266)
D("team_note", "{{Sunny|c266|GIVEN_NAME}} (17) came in on a sunny day for once and in a good mood, first time in weeks. Mum {{Chloe|c266|RELATIVE}} waited outside.")
D("email", "Subject: School liaison\n\nHi Leticia,\n\n{{Sunny Moss|c266|FULL_NAME}}'s school has asked for a support plan. I need consent from her parent first; could you send the form?\n\nDesmond")

# Dean Reyes (c071)
D("team_note", "{{Dean|c071|GIVEN_NAME}} met with the dean of students about his absences. He says it went \"fine\", which we'll unpack on Thursday.")
D("case_presentation", "Case: {{Dean Reyes|c071|FULL_NAME}}, 16, {{North Plymouth High School|c071|SCHOOL}}. Low mood, gaming eight hours a day. Mother {{Lisa|c071|RELATIVE}} very engaged.")

# Iris Diaz (c261)
D("team_note", "{{Iris|c261|GIVEN_NAME}} cancelled; her daughter {{Grace|c261|RELATIVE}} is in hospital. I will check in by phone tomorrow.")
D("email", "Subject: Spelling on intake\n\nHi Tomasz,\n\nThe intake form has her as \"{{Iriss Diaz|c261|MISSPELLED_NAME}}\". Please correct it before the claim goes out.\n\nNadia")

# Ivy Summers (c251)
D("team_note", "{{Ivy|c251|GIVEN_NAME}} is doing well with the sleep diary. Wife {{Shelley|c251|RELATIVE}} joined for the last 15 minutes.")
D("social_post", "Ms. {{Summers|c251|FAMILY_NAME}} told me her coworkers have started calling her \"the calm one.\" She laughed. I didn't; she earned it. 💚")

# Francis "Frank" Gross (c092)
D("team_note", "{{Frank|c092|NICKNAME}} was very frank today about the drinking, the first time he's named it as a problem.")
D("case_presentation", "Presenting Mr. {{Gross|c092|FAMILY_NAME}}, 59, IT support technician. Alcohol use disorder, moderate, worsening since he {{ran for mayor of Plymouth in 2024|c092|DISTINCTIVE|fact|mayor of Plymouth in 2024}} and lost. Daughter {{Donna|c092|RELATIVE}} is his main support.")

# Rose Pope (c044)
D("social_post", "{{Rose|c044|GIVEN_NAME}} brought me a rose from her wife's garden today because she \"finally felt like giving something back.\" Not crying, you're crying. 🌹")
D("email", "Subject: Re: late cancel fee\n\nHi Ingrid,\n\nPlease waive the late fee for Mrs. {{Pope|c044|FAMILY_NAME}}. She did call ahead; the portal just didn't log it.\n\nOksana")

# Celebrity namesakes as clients
D("social_post", "My client {{Taylor Swift|c016|FULL_NAME}} (no, not that one) told me she's exhausted by the jokes every time she books a table. Name-based teasing wears people down. 😅")
D("team_note", "FYI front desk: {{Taylor Swift|c016|FULL_NAME}} on the 3pm list is a real client, not a prank booking. Please don't call her to \"check\" again.")
D("email", "Subject: New referral\n\nHi Farida,\n\nNew referral: {{Kris Evans|c193|NICKNAME|nickname_full}} (legal name {{Chris Evans|c193|FULL_NAME}}, yes, like the actor), 23, dental hygienist, anxiety. Could you take them on Wednesdays?\n\nDesmond")
D("team_note", "{{Kevin Love|c264|FULL_NAME}} (our client, not the basketball player) asked to switch to telehealth; partner {{Jonathan|c264|RELATIVE}} has the car on Tuesdays.")
D("case_presentation", "Case: {{Kevin Love|c264|FULL_NAME}}, 26, teaching assistant. Panic disorder. A well-meaning colleague gave him the NBA player's essay, which he found more irritating than helpful. Plan: interoceptive exposure.")

# Joy x3, Mark x4, Summer x2, Faith/Fay x2, Drew x2 (shared names, so full names)
D("team_note", "{{Joy Lewis|c158|FULL_NAME}}: {{Joy|c158|GIVEN_NAME}} says she hasn't felt joy in months, even with the dogs. PHQ-9 19. Wife {{Rhonda|c158|RELATIVE}} worried. Flagging for the risk huddle.")
D("email", "Subject: Letter request\n\nHi Leticia,\n\n{{Joy Taylor|c080|FULL_NAME}} asked for a letter supporting an extension at {{University of Plymouth|c080|SCHOOL}}. Could you pull up the template?\n\nNadia")
D("team_note", "{{Joy Scott|c011|FULL_NAME}} rescheduled to Friday 2pm. Son {{Devin|c011|RELATIVE}} will drive her.")
D("team_note", "{{Mark Sweeney|c159|FULL_NAME}} really made his mark in group today: first share in six weeks.")
D("case_presentation", "Presenting Mr. {{Kaufman|c112|FAMILY_NAME}}, 28, 911 dispatcher. Secondary traumatic stress after a run of overdose calls. Mother {{Heather|c112|RELATIVE}} lives with him.")
D("email", "Subject: Billing question\n\nHi Tomasz,\n\n{{Mark Stephenson|c249|FULL_NAME}} says he was charged twice for May. Can you check and mark the duplicate as void?\n\nIngrid")
D("team_note", "{{Mark Scott|c065|FULL_NAME}}: no-show 10am. Left VM.")
D("social_post", "{{Summer Bennett|c125|FULL_NAME}} said this is the first summer in years she's actually looking forward to. That's the whole post. ☀️")
D("team_note", "{{Summer Jones|c128|FULL_NAME}}: moving to biweekly over the summer, she's on trial prep through August.")
D("team_note", "Note for file: spoke with {{Sumer Bennett|c125|MISSPELLED_NAME}}'s wife {{Lisa|c125|RELATIVE}} (with consent) about medication side effects.")
D("email", "Subject: Handover\n\nHi Desmond,\n\nHandover for {{Fay Wheeler|c231|NICKNAME|nickname_full}}: stable, working on boundaries with her father {{Charles|c231|RELATIVE}}. Have faith in the process with her; progress is slow but real.\n\nFarida")
D("team_note", "{{Faith Coleman|c244|FULL_NAME}} (68): sleep improving. {{Faith|c244|GIVEN_NAME}} says her faith community has been a big help since the move.")
D("team_note", "{{Drew Greene|c161|NICKNAME|nickname_full}} drew his family tree in session; sister {{Kristin|c161|RELATIVE}} is the only one he still speaks to.")
D("email", "Subject: Intake\n\nHi Priyanka,\n\n{{Andrew Bautista|c003|FULL_NAME}} (goes by {{Drew|c003|NICKNAME}}) completed intake today. Please set him up for Mondays at 5.\n\nThanks,\nLeticia")
D("team_note", "Mr. {{Hart|c124|FAMILY_NAME}} asked whether his employer could find out he's in therapy. Reassured him; will go over the limits of confidentiality again next time.")

# Several clients in one note
D("team_note", "Waitlist call-backs: {{Hope|c153|GIVEN_NAME}}, {{Dean|c071|GIVEN_NAME}}, {{Iris|c261|GIVEN_NAME}}. All want evenings. May need to open Thursday 6pm.")
D("team_note", "Monday no-shows: {{Jack|c210|GIVEN_NAME}}, {{Sunny|c266|GIVEN_NAME}}. Sent reminders. {{Will|c144|NICKNAME}} will be late Tuesday; warn the front desk.")
