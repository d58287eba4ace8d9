# Recovery-group notes: AA/NA/SMART, sponsors, chips, anniversaries.
DOCS = [
("team_note", "direct", None, """SMART group, Weds eve (facilitator notes)
Attendance 9. {{Timmy|c131|NICKNAME}} shared re: 90 days, used the cost-benefit worksheet on his night shifts at the jail. Strong group response. Two new members, first names only, both signposted to 1:1 intake."""),
("team_note", "direct", None, """Family recovery group: {{Mattie|c133|NICKNAME}} (husband {{Kevin|c133|RELATIVE}} attended for the first time) talked about the relapse in February. {{Kevin|c133|RELATIVE}} quiet but stayed for the whole hour. Follow-up 1:1 booked for {{Mattie|c133|NICKNAME}} Thurs."""),
("team_note", "direct", None, """chip night!! 🎉 {{Rusty|c146|NICKNAME}} T. got his 6-month, {{Libby|c165|NICKNAME}} picked up her 24-hr chip again (no shame, she came back, that's the whole point). Cake was from Dev's sister."""),
("team_note", "direct", None, """Group note 14/05: {{Terry|c193|NICKNAME}} disclosed using again after a bad shift on the ambulance. Agreed safety plan; will liaise with her GP (consent given). Her sponsor is aware."""),
("team_note", "direct", None, """NA step group — {{Chuck|c194|NICKNAME}} {{Gregory|c194|FAMILY_NAME}} asked whether he has to tell his employer at the hotel about his clean date. Discussed pros/cons. Suggested he bring it to 1:1."""),
("team_note", "direct", None, """Client ({{Ashley Wyatt|c199|FULL_NAME}}, goes by {{Lee|c199|NICKNAME}} in group) celebrated 2 years clean on Sunday. She asked me to note that the kitchen at work has been supportive. Continuing monthly maintenance sessions."""),
("email", "direct", None, """Hi Marguerite, could you add {{Art|c209|NICKNAME}} {{Meza|c209|FAMILY_NAME}} to the Thursday men's group list? He's the electrician I mentioned; he'd prefer first name only on the sign-in sheet. Thanks, Owen"""),
("team_note", "direct", None, """Women's recovery circle — check-ins: {{Mel|c426|NICKNAME}} C. (night shifts on the maternity ward, sleep poor, cravings 6/10), Roisin and Tash (visitors from the Dublin group, not registered), {{Steph|c479|NICKNAME}} (good week, 400 days!), {{Babs|c450|NICKNAME}} (first time in group, works nights at {{Lancaster General|c450|EMPLOYER}}, very quiet)."""),
("team_note", "direct", None, """Sponsor contact sheet (for client's crisis plan): client {{Deb|c480|NICKNAME}} {{Ross|c480|FAMILY_NAME}}, mobile {{(972) 438-4083|c480|PHONE}}. Sponsor: 'Lou' — number held by client only, not by us."""),
("team_note", "direct", None, """AA open meeting attended w/ client as part of exposure work. {{Willie|c499|NICKNAME}} introduced himself as 'an alcoholic and a surgeon' and the room went quiet. We processed afterwards — he felt exposed but proud."""),
("email", "direct", None, """Subject: anniversary letter

Dear {{Mae|c477|NICKNAME}},

One year ago today you sat in the waiting room shaking and said you'd give it 'a week, tops'. Happy first sober birthday. The staff team signed the card too.

With love from all of us at Hillview Recovery"""),
("team_note", "quasi", None, """SMART group: member works at {{Stillwater County Sheriff's Office|c131|EMPLOYER}} and plays bass in {{the Atomic Saints|c131|DISTINCTIVE|fact|Atomic Saints}}; worried a bandmate will post about his sobriety. Discussed disclosure choices."""),
("team_note", "quasi", None, """Newcomer at the Tuesday meeting: a {{chef|c133|DISTINCTIVE|occupation}} from {{Waverly|c133|ADDRESS|city}} who hosts {{the Unfiltered Parent podcast|c133|DISTINCTIVE|fact|Unfiltered Parent}}. Concerned listeners will find out. Offered 1:1 intake."""),
("team_note", "quasi", None, """Group check-in: a member who manages a store for {{Spencer Foods|c141|EMPLOYER}} and coaches the {{Richmond Rockets under-12 basketball team|c141|DISTINCTIVE|fact|Richmond Rockets under-12 basketball}} talked about parents at games offering him beers. Good role-play of refusals."""),
("team_note", "quasi", None, """Note: member from the {{White Foods|c166|EMPLOYER}} kitchen who drums in {{the Lucky Pines|c166|DISTINCTIVE|fact|Lucky Pines}} shared about gig nights being the hardest. Peer suggested bringing a sober buddy."""),
("team_note", "quasi", None, """New SMART attendee, works at the {{Grand Richmond Hotel|c191|EMPLOYER}}, the one who {{painted the giant mural on Andrews Court|c191|DISTINCTIVE|fact|Andrews Court}}. Wants evening sessions only."""),
("team_note", "benign", "nonclient_person", """Thursday big-book study: Gerry chaired, Bernadette read, Paddy brought the tea. Forty-odd in the room. Newcomers welcomed: two lads and a woman, first names not recorded."""),
("team_note", "benign", "writer_relative", """Personal note in the staff diary: my sponsor Chuck celebrates 30 years on Friday, taking the afternoon off to be there. Not work-related, just letting the team know."""),
("team_note", "benign", "name_as_word", """Slogans for the chip-night poster: 'Easy does it', 'One day at a time', 'Keep coming back', 'Let go and let God', 'Progress not perfection'. Add 'Grace, not guilt'? Terry-cloth towels for the coffee urn."""),
("team_note", "benign", "ids_and_dates", """Meeting schedule update: Mon 19:00 (Rm 3), Weds 12:30 (chapel), Sat 10:00 (online, ID 884 2210 9937, passcode 0917). Anniversary night moved from 28/06 to 05/07."""),
("case_presentation", "benign", "deidentified", """Group theme this week: shame. Several members described the 'morning after' feeling. One member (50s) said the chip in his pocket is 'the only thing I've ever kept'. Facilitator reflections only, no identifying details."""),
("team_note", "benign", "public_figure", """We watched Russell Brand's old clip on recovery vs. abstinence and it sparked a heated debate. Also quoted Bill W. and Dr. Bob. Good energy."""),
("team_note", "benign", "nonclient_person", """Recovery café volunteers this month: Kasia (Mon), Declan (Tue), Folake (Wed), Marisol (Thu), Henrik (Fri). Keys with Ade on weekends."""),
("team_note", "benign", "single_quasi", """Someone at the group said three people from Spencer Foods attend different meetings across town. Maybe worth an outreach with their HR about EAP options?"""),
("team_note", "benign", "general", """Reminder for facilitators: no surnames in group notes, no workplaces, no 'the guy who'. First names stay in the room."""),
("team_note", "benign", "writer_relative", """Running late — my brother Willie's 10-year anniversary lunch ran over. Can someone open the hall for the 2pm group? 🙏"""),
("team_note", "benign", "nonclient_person", """Personal, not work: my own home group's business meeting last night. Frankie re-elected GSR, Nuala treasurer, Big Tadhg on coffee again. 7th Tradition collected £48.20. Newcomer packs running low, Seamus to reorder."""),
("case_presentation", "direct", None, """Case presentation — addiction service peer review, Thursday

Presenter: Kieran Walsh (counsellor, 3 years' post-qualifying)

Client: {{Amanda|c184|GIVEN_NAME}}, 34, self-referred in October after a drink-driving near miss on her way to a job. {{Ms Sheppard|c184|FAMILY_NAME}} works as a plumber and is in a long-term relationship with her partner, {{Teresa|c184|RELATIVE}}, who has been supportive but is "running out of road", as {{Amanda|c184|GIVEN_NAME}} put it. They share care of a teenage daughter.

Presenting problem: daily drinking for roughly six years, escalating since a back injury in 2022. She describes drinking as "the only thing that switches off the pain and the noise". AUDIT score at intake 27. No history of withdrawal seizures. She has tried to stop on her own three times, the longest period being 19 days last spring.

Work so far: 14 sessions. We began with motivational interviewing and a drinking diary, then moved to a SMART-informed relapse-prevention plan. She attends a SMART meeting on Mondays and has a buddy from that group she texts most evenings. She reduced to four alcohol-free days a week by session 8 and has now been fully abstinent for 41 days, supported by acamprosate from her GP.

What's going well: she is funny, direct and uses humour to defuse shame. Her practical mind suits the 'tools' framing of SMART. She has started bringing her own ideas to sessions.

Where I'm stuck: she has a public-facing community role that she is proud of, and she is terrified of being seen at meetings. I'm unsure how hard to push on her building a wider recovery network versus respecting that fear. There's also a pattern of her cancelling whenever {{Teresa|c184|RELATIVE}} and she argue, which I have named but not really worked with.

Questions for the group:
1. How have others balanced privacy concerns with the evidence for mutual-aid attendance?
2. Would couples work be premature at this stage?
3. Any thoughts on addressing chronic pain alongside abstinence?"""),
]
