# Voice: a group facilitator at a community mental-health centre (Odette Winslow),
# running a DBT skills group, a men's grief group and an art-therapy group; team-meeting
# agendas, rosters, handovers, group summaries, several texts naming two or three clients.
DOCS = [
    # ---------------------------------------------------------------- benign
    ("team_note", "benign", "therapy_life", """TEAM MEETING -- AGENDA
Wednesday, 9:00-10:30, big room (bring your own mug, the dishwasher is broken AGAIN)

1. Minutes from last week (Bram)
2. Group programme for autumn: DBT skills (Odette), men's grief (Gideon), art therapy (Pippa)
3. Room bookings -- the Thursday clash
4. Safeguarding refresher: dates
5. Waiting list numbers: 41 individual, 18 group
6. AOB

Reminder: no client names in the agenda. Use the case numbers from the tracker."""),

    ("case_presentation", "benign", "public_figure", """Training handout -- Why groups work

Yalom's therapeutic factors, in plain English:
- Instillation of hope: seeing someone further along.
- Universality: "I'm not the only one."
- Altruism: helping others helps you.
- Corrective recapitulation of the family group: old roles show up; this time they can go differently.
- Interpersonal learning: the group is a social microcosm.
- Cohesion: the group matters to its members.
- Catharsis, existential factors, imitative behaviour, socialising techniques, information.

Linehan adds: in skills groups, the group is a classroom, not a process group. Don't turn chain analysis into group therapy -- keep it for individual sessions."""),

    ("email", "benign", "nonclient_person", """Subject: Co-facilitation for the grief group

Hi Gideon,

Thanks for agreeing to co-facilitate with me while Pippa is on leave. A few practicalities:

- We start Tuesday 6:30pm. I usually arrive at 6 to set up the circle and the tea.
- The group is closed (eight members, week 4 of 10). They know you're coming.
- I open, you close. Let's debrief for 15 minutes after each session.
- Please don't be alarmed by the silences in the first half-hour. This group takes a while to warm up, and then it's hard to stop.

Thanks again,
Odette"""),

    ("social_post", "benign", "weak_attribute", """New group starting in Hamilton this autumn: an 8-week skills group for parents of teens who self-harm. Evenings, free, no referral needed. Message the centre for details. Please share -- parents are so often the ones left without support. 💛"""),

    ("team_note", "benign", "deidentified_case", """Grief group -- session 6 summary (no identifying details)

Eight of eight attended. Theme: anniversaries. One member spoke for the first time about the date his wife died and the restaurant they'd booked for that evening; several others recognised the experience of "dates that ambush you". Another member, who usually jokes, said very little and left early; I followed up by phone the next morning and he is OK, just had a bad week.

Facilitator reflection: the group has shifted from telling stories to listening to each other. Next week: "what I'd say to them now"."""),

    ("email", "benign", "name_as_word", """Subject: art room supplies

Hi Pippa,

Before you go on leave -- could you leave me a list of what's running low in the art room? I know we're out of the rich blue paint everyone loves and we need more brushes. I'll mark anything urgent and put the order in on Friday.

Also, what do you want me to do with the half-finished collage on the windowsill? It's been there since March. Frankly I'm attached to it now.

Odette"""),

    ("team_note", "benign", "single_quasi", """Group referral note: one new member for the DBT group from the centre's own waiting list -- works at Oxford Emergency Communications, shifts, can only do Mondays. Offered Monday group. Pre-group assessment booked."""),

    ("email", "benign", "nonclient_person", """Subject: Re: evaluation forms

Hi Bram,

I've collated the end-of-group evaluations from the spring DBT cohort. Headline: 9 of 11 said the distress tolerance module was the most useful; 2 wanted more time on interpersonal effectiveness. Suggestions included "a cheat sheet for the fridge" (good idea) and "fewer acronyms" (fair). Dr Nadia Faraday has asked to see the summary for the service review; I've sent it to her without any names.

Odette"""),

    ("social_post", "benign", "therapy_life", """Group facilitators: what's your move when one member takes up the whole room? Mine: name the process, not the person. "I notice we've heard a lot from a couple of people tonight. Who hasn't had space yet?" Works about 70% of the time. The other 30%, a private word afterwards. #grouptherapy"""),

    ("team_note", "benign", "nonclient_namesake", """Handover: I'm off Friday -- my son Dean's graduation. Gideon has the Friday drop-in. Nothing outstanding from the groups this week."""),

    ("case_presentation", "benign", "deidentified_case", """ART THERAPY GROUP -- termly report (anonymised)

Members: 6 (4 women, 2 men; ages 24-67). Attendance 83%.

Themes this term: containment; the body; "before and after". Several members used clay for the first time. One member who had barely spoken in individual therapy produced a series of small boxes, each sealed, and then chose to open one in the final session -- a powerful moment for the group.

Outcomes: CORE-10 scores reduced for five of six members; one unchanged.

Recommendation: continue in the spring, with the same facilitator and room."""),

    ("email", "benign", "weak_attribute", """Subject: transport for Tuesday group

Hi Bram,

Is there any funding left for taxi vouchers? Two members of the Tuesday group live out in Stillwater and the last bus is at 8:10, so they leave before the end every week. It's affecting the group, and them.

Odette"""),

    # ---------------------------------------------------------------- direct
    ("team_note", "direct", "multi_client", """DBT SKILLS GROUP -- ROSTER, AUTUMN COHORT (CONFIDENTIAL -- DO NOT PRINT)

Facilitators: Odette Winslow, Gideon Rafferty

1. {{Kim Cooper|c004|NICKNAME|nickname_full}} -- returning from spring; wants to repeat emotion regulation
2. {{Jem Brown|c145|NICKNAME|nickname_full}} -- new; hearing aid, sit him near the front
3. {{Stevie Davis|c266|NICKNAME|nickname_full}} -- new; prefers not to do role-plays yet
4-8. from the waiting list, assessments this week

Diary cards: hand out at session 1. Spare copies in the grey drawer."""),

    ("email", "direct", "multi_client", """Subject: Men's grief group -- two updates

Hi Gideon,

Two quick updates before Tuesday:

- {{Joe Pearson|c011|NICKNAME|nickname_full}} rang to say he'll be late; he's coming straight from work. It's a hard week for him and he may need some space in the check-in.
- {{Pam|c291|NICKNAME}} from the Thursday women's group asked whether her husband, {{Brian|c291|RELATIVE}}, could join the men's group -- he lost his brother in the spring. I said I'd ask you. Technically he'd be a new referral; I've told her to have him call the centre.

Odette"""),

    ("case_presentation", "direct", None, """Pre-group assessment summary

Name: {{Jem Reed|c251|NICKNAME|nickname_full}} (prefers "{{Jem|c251|NICKNAME}}")
Referred by: GP
Group: Men's grief group

{{Jem|c251|NICKNAME}} is a {{corrections officer|c251|DISTINCTIVE|occupation}} in {{Stillwater|c251|ADDRESS|city}}, nearing retirement. He lost his closest friend, a colleague, to suicide eight months ago. He describes himself as "a man who doesn't talk", and came mainly because his sister {{Nancy|c251|RELATIVE}} "wouldn't let it go".

Suitability: good. He is curious about the group and says hearing other men talk "might be easier than me talking". Risk assessment completed; no current suicidal thoughts, although he reports drinking more on his days off.

Plan: join at week 1 of the autumn cohort."""),

    ("team_note", "direct", None, """Note for file -- {{Rebbeca Norton|c191|MISSPELLED_NAME}} left group early tonight after another member's disclosure. Followed up by phone at 9pm; she's safe, was triggered, and wants to come back next week. Agreed she can sit near the door."""),

    ("team_note", "direct", None, """Art therapy group, week 3 -- facilitator notes

Good energy tonight. New member {{Art|c289|NICKNAME}} (yes, really -- he says he's heard every art therapy joke going) joined and surprised everyone by working in charcoal for the full hour. He said the last time he drew anything was {{the mural he painted on Birch Way|c289|DISTINCTIVE|fact|mural on Birch Way}} years ago, "before the job made me hard". His husband, {{Miguel|c289|RELATIVE}}, drops him off and waits in the car.

Others: the usual quiet start; by the end, three people shared their pieces."""),

    ("email", "direct", None, """Subject: group suitability -- your referral

Hi Bram,

Thanks for sending the referral for {{Michael Robinson|c297|MISSPELLED_NAME}}. I'm not sure the DBT group is the right fit yet. He's a {{carpenter|c297|DISTINCTIVE|occupation}} in {{Greenville|c297|ADDRESS|city}} working long days, and the group runs 5:30-8 -- he'd come straight from site, every week, for six months. More importantly, from the referral it sounds like the main issue is grief rather than emotion dysregulation.

Could we offer him an assessment for the grief group instead? I'm happy to call him.

Odette"""),

    ("case_presentation", "direct", None, """CASE FOR TEAM DISCUSSION

Client: {{Helen Beasley|c131|FULL_NAME}} ("{{Ella|c131|NICKNAME}}"), 67, {{mechanic|c131|DISTINCTIVE|occupation}}.

{{Ella|c131|NICKNAME}} has attended the Thursday women's group for two terms. She's warm, funny and often the one who welcomes new members. In the last three sessions, though, she's been talking about her husband {{Ernest|c131|RELATIVE}}'s memory getting worse and about not sleeping. Last week she said, laughing, that "it would be easier if one of us just didn't wake up".

She laughed it off when I followed up privately. I'd like the team's view on whether she needs individual support alongside group, and how to raise carer's assessment without her feeling managed."""),

    ("team_note", "direct", None, """Home visit request -- {{Rita Hermansen|c106|FULL_NAME}}, grief group member, has missed two sessions and isn't answering the phone. Her son asked us to check in. Address: {{7860 Granite Drive, Newport|c106|ADDRESS|street}}. Going with Gideon tomorrow at 11. Will phone ahead."""),

    ("email", "direct", None, """Subject: callback please -- group member

Hi Bram,

Could you ring {{Brian Wright|c275|FULL_NAME}} back on {{989.539.2981|c275|PHONE}}? He left a message on the group line asking whether he can bring his wife, {{Amanda|c275|RELATIVE}}, to the carers' session next week. Yes, she's welcome. I'm in groups until 8 tonight or I'd do it myself.

Thanks!
Odette"""),

    ("team_note", "direct", None, """Recovery group -- week 9

{{Johnny|c056|GIVEN_NAME}} celebrated 90 days today. Brought his daughter {{Kendra|c056|RELATIVE}} to the last ten minutes; the group clapped her in. He's nervous about going back to his council work -- he {{represents Ward 8 on the Jackson council|c056|DISTINCTIVE|fact|Ward 8 on the Jackson city council}} and expects local press questions. We'll do some role-play next week."""),

    # ---------------------------------------------------------------- quasi
    ("team_note", "quasi", None, """Pre-group assessment (anonymised for team meeting)

Man in his late fifties, works for {{Chan & Sons Plumbing|c143|EMPLOYER}}. Referred by his GP for the men's grief group after the death of his mother. Lives with his husband; their daughter {{Laura|c143|RELATIVE}} has just left for university, and he says the house "echoes". Good fit for group. Start in the autumn cohort."""),

    ("email", "quasi", None, """Subject: possible conflict of interest -- new group member

Hi Bram,

Flagging a possible conflict. One of the new referrals for the Tuesday group teaches at {{Whitman Elementary School|c023|EMPLOYER}}, which is where my niece goes. I don't think it's a problem in itself, but he also mentioned that his brother {{Marc|c023|RELATIVE}} coaches my nephew's football team. Small town. Could Gideon take his assessment so I can check with the team before he joins?

Odette"""),

    ("case_presentation", "quasi", None, """Team discussion -- young woman, grief after a miscarriage

She's twenty-three, works at {{Gregory Architects|c273|EMPLOYER}}, and in her spare time {{runs a little record shop on Figueroa Way|c273|DISTINCTIVE|fact|record shop on Figueroa Way}} with her husband. She stopped opening the shop after the loss and feels she has "let down everyone who comes in on Saturdays".

Question: is a mixed-loss grief group right, or should we hold out for the perinatal loss group in spring?"""),

    ("team_note", "quasi", None, """Waiting list review: male, 30s, teacher at {{Franklin Elementary School|c296|EMPLOYER}}. {{Famous locally for the giant pumpkin (900-odd pounds; the Quincy Herald ran a photo)|c296|DISTINCTIVE|fact|Quincy Herald for growing a 900-pound pumpkin}}, which he jokes is "the only thing I've ever done right". Low mood, social withdrawal. Suitable for the Monday group."""),

    ("email", "quasi", None, """Subject: Grief group -- a question from a family

Hi Gideon,

A member's daughter, {{Crystal|c085|RELATIVE}}, called to ask if she could attend one session with her dad -- she feels he's talking to the group more than to the family. He's also asked whether his brother {{Alexander|c085|RELATIVE}} could come to the open session at week 8. I said I'd raise both with you. My instinct is yes to the open session, and to a separate family meeting for {{Crystal|c085|RELATIVE}}.

Odette"""),

    ("team_note", "quasi", None, """Assessment note (for allocation). Man, 26, works at {{Farmer Insurance|c233|EMPLOYER}}, and {{also an elected member of the Shelby city council for Ward 9|c233|DISTINCTIVE|fact|Ward 9 on the Shelby city council}}. Panic attacks before public meetings. Wants a group where "nobody knows who I am". Suggest the evening anxiety group at the other site."""),
]
