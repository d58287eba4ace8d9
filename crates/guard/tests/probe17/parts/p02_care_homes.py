# Part 2: care homes, home-care agencies, care-plan notes, rotas and family liaison.
DOCS = [
("case_presentation", "direct", None, """HOME CARE PLAN — summary shared with counsellor (consent on file)
Client: {{Laura Galloway|c082|FULL_NAME}}
Address: {{753 Laurel Court|c082|ADDRESS|street}}, Fairview (key safe by the back door)
Next of kin: {{Bonnie Herman|c082|RELATIVE}} (wife)
Calls: 08:00 and 18:00, one carer. Prompt medication, breakfast, compression stockings.
Mood: tearful after the evening call most days since her brother-in-law's funeral. Likes the radio on. Does not like to be called "sweetheart"."""),

("email", "direct", None, """Hi {{Mackenzie|c170|RELATIVE}} and {{Becky|c170|RELATIVE}},

Thank you both for coming in on Friday. I know moving your dad into Rosewood Lodge felt like the worst day of the year. {{Kevin Moore|c170|FULL_NAME}} is a proud man and he will be angry for a while; that is grief, not failure on anyone's part. I'll see him there on Wednesdays at 3, in the garden room if the weather holds.

Kind regards,
Anneliese"""),

("email", "direct", None, """Dear Mrs O'Hare,

Confirming that I'll visit {{Thom Solis|c337|NICKNAME|nickname_full}} in room 14 on Tuesdays from next week, 2pm, for fifty minutes. Could staff make sure the door is closed and the television is off? Last time we were interrupted three times for the tea trolley. He is entitled to a confidential session like anyone else.

Many thanks,
Dr R. Viljoen, Clinical Psychologist"""),

("team_note", "direct", None, """Rota, Plymouth patch, w/c 16th
07:30 {{Jody Hawkins|c347|NICKNAME|nickname_full}} — double-up, hoist, son {{Scott|c347|RELATIVE}} has the spare key
09:15 Mrs Ferreira — shopping
11:00 Mr and Mrs Oduya — lunch prep
Office note: counsellor visits {{Jody|c347|NICKNAME}} Thursdays 1–2, please don't book a call then."""),

("case_presentation", "direct", None, """Pre-admission assessment — Hollybank Nursing Home
Name: {{Katie Rivera|c362|FULL_NAME}}
D.O.B.: {{2 June 1946|c362|DOB}}
Previous occupation: roofer (!), also played hockey into her sixties
Family: brother {{David Gonzalez|c362|RELATIVE}}
Psychological needs: long-standing depression, currently seeing an independent therapist; wants to continue weekly sessions after admission."""),

("email", "direct", None, """To the manager, Cedar House

I'm writing on behalf of my client {{Jessica Galagher|c236|MISSPELLED_NAME}}, with her permission. Her sister {{Cheryl|c236|RELATIVE}} visited on Sunday and found her in yesterday's clothes, with her hearing aids in the drawer and her glasses on another resident's table.

I want to say first that {{Jessica|c236|GIVEN_NAME}} speaks warmly of several of your staff, particularly the night team, and that she does not want anyone to get into trouble. What she wants is to be able to hear and see. Without her hearing aids she cannot follow conversation in the lounge, and when she cannot follow conversation she withdraws to her room, and when she withdraws her mood drops quickly. We have worked hard this year to get her back to the lunch table.

I'd like to arrange a meeting with the family and her key worker this week to agree a simple morning routine: hearing aids in, glasses on, before breakfast. I am also happy to offer a short session for staff on hearing loss and low mood in older adults, at no cost, if that would be useful.

Yours,
M. Okonkwo, MBACP"""),

("team_note", "direct", None, """晚上和{{晏萍|c240|FULL_NAME}}通电话。她说养老院的饭菜太淡，又梦见了已故的父亲{{晏建国|c240|RELATIVE}}。下周二上午十点面谈，需要普通话翻译吗？她说不用。"""),

("case_presentation", "direct", None, """Consultation group, item 2 — {{K.W.|c471|INITIALS}}, 79, retired from {{Kennedy Elementary School|c471|EMPLOYER}} after 30 years. Moved to a residential home after a fall. Says staff keep referring to her wife as her "friend". Plan: help her decide whether and how to raise it with the manager; I have offered to attend."""),

("email", "direct", None, """Hi Sandra,

For the agency file: best number for {{Ivy|c385|GIVEN_NAME}} is her landline, {{(310) 777-5775|c385|PHONE}}. She won't answer before 8 or during Pointless. If there's no answer at all, her sister {{Alexis|c385|RELATIVE}} is the emergency contact.

Thanks, J."""),

("team_note", "direct", None, """{{Mr Christoffersen|c258|FAMILY_NAME}} has asked that his husband {{Thomas|c258|RELATIVE}} be listed as next of kin on the care-home records rather than his daughter. Staff had assumed otherwise. Supported him to put it in writing today; he was shaking afterwards and then laughed and said "fifty years and I still have to come out to the tea lady"."""),

("team_note", "direct", None, """Handover from the Friday visiting session at Larchfield:
- {{Mr Myers|c372|FAMILY_NAME}} (rm 3): settled, talking more about {{Lindsey|c372|RELATIVE}}'s illness. Wants to fish once more. Ask OT about a trip.
- {{Mrs Hooper|c041|FAMILY_NAME}} (rm 7): distressed; thinks her husband {{James Hill|c041|RELATIVE}} is at work and late. Used validation, not reorientation. Settled by 3.30."""),

("team_note", "quasi", None, """Room 9 residents' forum: the gentleman who was in the {{Dover Herald for finding a Civil War sword at a garage sale|c220|DISTINCTIVE|fact|Dover Herald for finding}} got a round of applause when he told the story again. He {{used to breed champion Vizslas in Glendale|c220|DISTINCTIVE|fact|Vizslas in Glendale}} and misses the dogs more than the house."""),

("social_post", "quasi", None, """Visited a lovely woman in a care home today who was a {{midwife|c380|DISTINCTIVE|occupation}} in {{Centerville|c380|ADDRESS|city}} for decades and still {{coaches the Centerville Bears softball team|c380|DISTINCTIVE|fact|Centerville Bears under-14 softball}} from her wheelchair by FaceTime. Told me she's delivered half the town. I believe her."""),

("team_note", "quasi", None, """Resident's partner {{马波|c463|RELATIVE}} visits every afternoon and reads him the paper. He was a {{paramedic|c463|DISTINCTIVE|occupation}} in {{Glendale|c463|ADDRESS|city}} for thirty years and still wakes at 4am listening for the pager."""),

("case_presentation", "quasi", None, """Home-care client, 71, whose {{miniature horse Pancake went viral|c311|DISTINCTIVE|fact|miniature horse named Pancake}} a few years ago. Daughter {{Stacy|c311|RELATIVE}} lives with him now and is exhausted. My question for the group: who is the client here, and is it ethical to see them together?"""),

("email", "quasi", None, """Subject: new client, home visits

He was a {{paramedic at Lancaster Medical Center|c360|EMPLOYER}} for most of his working life, and his brother {{Bob|c360|RELATIVE}} is the only family left. Since the stroke he can't manage the stairs to the clinic, so I'd like to go to him. Is that covered by our lone-working policy?"""),

("team_note", "quasi", None, """Note for file: his wife {{Kathleen|c331|RELATIVE}} went into respite at Oakfield on Monday. He was a {{corrections officer|c331|DISTINCTIVE|occupation}} in {{Auburn|c331|ADDRESS|city}} for thirty years and says the silence of the empty house is "worse than solitary, because nobody's coming to let me out"."""),

("social_post", "benign", "nonclient_person", """Birthday board at my mum's care home this month: Winifred Abbott turns 100 on the 4th (born 4 March 1925!), Stanley Okafor is 93 on the 11th, and Bridie Clancy is 88 on the 19th. There will be cake. There is always cake."""),

("social_post", "benign", "name_as_word", """Sunny morning at the home. May Day maypole practice in the lounge, a bowl of Rose petals on every table, and Summer, the activities coordinator's spaniel, doing the rounds. Will someone please tell the spaniel she is not allowed on the beds."""),

("social_post", "benign", "public_figure", """Esther Rantzen founded The Silver Line in 2013 after her husband Desmond Wilcox died and she realised how lonely old age can be. If you have a parent living alone, the number is on their website. Tell them Esther sent you."""),

("team_note", "benign", "weak_attribute", """Enquiry from a home-care agency in Dover: 90-year-old widow, lives alone, housebound since the winter, family abroad. They want to know if we do home visits. Referred to the older adults' team."""),

("email", "benign", "single_quasi", """Hi both,

One of the residents I see at Larchfield still hosts the Stubborn Gardener podcast from his room, with the night staff as guests. Nothing identifying in the notes, I promise — I just wanted to say the staff did a lovely job on his birthday.

Best, R."""),

("case_presentation", "benign", "deidentified_case", """Reflective case (anonymised): a woman in her eighties moved into residential care after her husband died. She was a lay preacher, had four children, and for the first six weeks refused to unpack. Work so far: grief for the house as much as for the husband; unpacking one box per session with the key worker present; a framed photograph of the garden, not of him."""),

("social_post", "benign", "celebrity_namesake", """During lockdown the residents at my dad's home watched Patrick Stewart read a Shakespeare sonnet every evening. My dad, who left school at fourteen, now quotes Sonnet 73 at the nurses. "That time of year thou mayst in me behold." Thank you, Sir Patrick."""),

("social_post", "benign", "therapy_life", """Care-home sessions teach you things a clinic never will: how to do therapy over the sound of the hoist, how to end fifty minutes when the lunch bell goes at forty, and how to say goodbye to someone who may not be there next week."""),

("social_post", "benign", "nonclient_namesake", """My great-aunt Ivy turned 97 in a care home in Cork last week and asked for a brandy instead of a cake. She got both. Ivy, you are my hero."""),

("team_note", "benign", "nonclient_person", """Home-care agency contacts (updated): manager Siobhan Reardon; field supervisors Precious Mhlanga and Joel Varga; out-of-hours line 0800 118 4476. Carers on the Hamilton run this month: Anita, Grzegorz, Beatriz, Tomás."""),

("team_note", "direct", None, """{{Kate Roberts|c241|NICKNAME|nickname_full}} cancelled — mum's funeral Friday."""),
]
