# Long and mixed documents: the family Christmas letter, marathon recaps, practice newsletters,
# supervision write-ups and case presentations, with the leak (if any) buried in the middle;
# clients who share names with public figures, and the therapist's son Jamie next to client Jamie.
DOCS = [
("case_presentation", "benign", "deidentified",
 "Case presentation — peer consultation group, November\n\nClient X is a woman in her fifties who works in healthcare in a mid-sized town. She was referred by her GP after a period of low mood following the death of a parent. She lives with her partner; adult children live out of state. She describes herself as 'the one everybody leans on' and finds it hard to accept help.\n\nFormulation: long-standing pattern of self-silencing, reinforced by a caregiving role at work and at home. Grief complicated by guilt about the last months of care.\n\nQuestions for the group: (1) how to pace grief work with someone who intellectualises; (2) whether to involve the partner; (3) my own reactions — I recently lost a grandparent and notice I want to rescue her.\n\nAll identifying details have been changed."),

("case_presentation", "direct", None,
 "Case consultation — 'C.', 37\n\nReferral: self-referred via EAP. Works as an HR manager; two children; recently separated.\n\nHistory: grew up in a military family, moved 9 times before 16. Describes his father as 'weather — you just dressed for it'. Good at his job, which he says is 'managing other people's feelings for money'.\n\nCourse: 11 sessions. Early work on sleep and alcohol (down from ~30 units/week to ~12). In session 6, {{Charles|c186|GIVEN_NAME}} mentioned that coaching his daughter {{Andrea|c186|RELATIVE}}'s soccer team on Saturdays was the only time he felt 'like a dad and not a defendant'. That became the thread we've pulled on since.\n\nCurrent question: how to hold the custody evaluation without the therapy becoming evidence-gathering.\n\nFor discussion only; please do not forward."),

("email", "benign", "nonclient_person",
 "THE CASTELL FAMILY CHRISTMAS LETTER 2024 🎄\n\nDear friends and family,\n\nWhat a year! Tom finally finished the garage conversion (eighteen months late, but who's counting — me, I'm counting). Jamie turned 13 and became a teenager overnight: he now communicates mainly in shrugs, eats his own body weight in cereal, and made the Kestrels' first team. Ivy is 8 going on 40; she has a new best friend, Rosa, a passion for crabs, and is vegetarian except for bacon.\n\nI ran my first marathon in October (4:12, thank you Dana for dragging me through mile 20, and Heather for the orange slices). Work is busy and meaningful; the practice took on two new therapists, Jennifer and Sam, and a new receptionist, Summer.\n\nMum and Dad (Kathryn and Richard) celebrated their 45th anniversary in Paris. Laura got married in June — the toast went well, everybody cried. Pretzel turned 5 and learned to ring the back-door bell at 6am, which we are thrilled about.\n\nWishing you all a peaceful Christmas and a kinder new year.\n\nLove, Miriam, Tom, Jamie, Ivy (and Pretzel) 🐾"),

("email", "direct", None,
 "THE CASTELL FAMILY NEWSLETTER — SUMMER EDITION\n\nHi all! Quick summer update. Tom's job is going well (he's been promoted to 'senior person who fixes the printer'). Jamie survived his first year at Adams High. Ivy learned to swim 25 metres and now wants to be a lifeguard, or a crab.\n\nWork has been really rewarding this year. One highlight: watching {{Jodi Lee|c245|FULL_NAME}} — a client for three years now — open her second grooming salon. I went to the ribbon-cutting and cried behind my sunglasses.\n\nThe marathon training continues. Pretzel remains undefeated at stealing socks.\n\nLove to all, M x"),

("team_note", "quasi", None,
 "MILLBROOK COUNSELING — WEEKLY UPDATE\n\n1. Room 3 radiator is fixed. Please stop using the fan heater.\n2. Superbills: Kathryn needs all October superbills by Friday.\n3. Waitlist is at 23. Jennifer and Sam are taking two new intakes each.\n4. Clinical: please flag any dual-relationship issues early. Example from this week (shared with consent): one of our clients, the {{architect|c013|DISTINCTIVE|occupation}} at {{Perez Insurance|c013|EMPLOYER}} in {{Troy|c013|ADDRESS|city}}, turned out to be a parent on Sam's kid's soccer team, and we reassigned.\n5. Cake: it's Michael's birthday on Thursday. Summer is organising.\n6. Reminder: no client names in the group chat. Ever."),

("email", "benign", "deidentified",
 "Laura,\n\nSorry I've been useless at replying. Honestly I think I'm a bit burnt out. It's been one of those months where every single person on my caseload is in crisis at once — nobody's fault, just the way it falls — and then I come home and Jamie's slamming doors and Ivy's had a meltdown about a crab and Tom's working late and I just sit in the car in the driveway for ten minutes before I go in.\n\nI'm going to talk to Joanne about cutting back to four days. I know, I know. You've been telling me for a year.\n\nLunch Saturday? My treat. I'll bring Pretzel, she misses you.\n\nM x"),

("social_post", "direct", None,
 "MARATHON RECAP (long, sorry) 🏃‍♀️\n\nMiles 1–10: great. Smiling. Waving at children. Thought I might be an athlete.\nMiles 11–18: fine. Ate a gel. Regretted it.\nMile 19: saw Tom and the kids with the sign. Cried.\nMile 20: the wall. Dana dragged me through it by talking about her divorce.\nMile 22: I thought about {{Valerie|c127|GIVEN_NAME}}, a client who told me in session last spring that she'd run through a fire once and 'the trick is not to stop'. So I didn't stop.\nMile 26: Heather, oranges, tears.\n\n4:12:07. Never again. (See you at the spring half.)"),

("case_presentation", "direct", None,
 "Case presentation for peer group\n\n'{{Wil|c030|NICKNAME}}', 52, paralegal at {{Johnson Realty|c030|EMPLOYER}}. Presenting problem: anger at work after being passed over for promotion; one incident of shouting at a partner in the office. Married, two teenage kids.\n\nHistory of alcohol use, now abstinent 4 years. Describes himself as 'a good employee and a bad loser'.\n\nWhat I'd like help with: he uses humour to deflect everything, and I laugh. Every time. How do I stop laughing?"),

("case_presentation", "quasi", None,
 "Peer consultation — HR manager, 60\n\nClient is an {{HR manager|c008|DISTINCTIVE|occupation}} at {{Mason Law LLP|c008|EMPLOYER}} in {{Burlington|c008|ADDRESS|city}}, referred after a panic attack during a disciplinary meeting he was chairing. He describes 30 years of 'being the calm one'.\n\nFamily: married; son away at college; daughter {{Tara|c008|RELATIVE}} recently moved back home after her own breakdown, which he blames himself for.\n\nI'd like the group's thoughts on family sessions vs. keeping him individual."),

("email", "direct", None,
 "Subject: Moving house!!\n\nHi everyone,\n\nWe've finally done it — we're moving! New address from the 1st will be 22 Orchard Close, Lancaster (yes, the one with the ugly porch, we'll fix it). Tom's already measured every room twice. Jamie has claimed the attic. Ivy wants a room 'with a view of a crab'. Pretzel doesn't know yet.\n\nPlease update your address books. Also, apologies if anyone on this list got a strange email from me last week with the subject 'session notes' — I accidentally included {{georgesexton51@proton.me|c040|EMAIL}} on a family thread, and I'd be grateful if you deleted anything odd.\n\nHousewarming in November, details to follow!\n\nLove, Miriam"),

("team_note", "benign", "nonclient_person",
 "ROTA — WEEK OF 11/11\nMon: Jennifer (9–5), Michael (12–8)\nTue: Christopher (9–5), Sam (9–1)\nWed: Michelle, Jennifer, William (training day)\nThu: Miriam (9–7), Summer on reception\nFri: Brenda (9–3), office closes at 4\nPlease swap via Kathryn, not the group chat."),

("email", "direct", None,
 "Dear {{Ms. Randall|c078|RELATIVE}},\n\nThank you for your call about {{Kit|c078|NICKNAME}} this afternoon. I know how frightening last weekend was. As we discussed, I'll see him twice this week — Tuesday at 4 and Friday at 4 — and I've sent the safety plan to your email. Please call 988 or go to A&E if you're worried before then.\n\nWarm regards,\nMiriam Castell, LCSW"),

("case_presentation", "benign", "single_quasi",
 "Case vignette for training (composite, not a real client): a 34-year-old electrician from Arlington presents with insomnia and irritability after a workplace fall. He denies depression but scores 16 on the PHQ-9. Discuss: how would you frame the referral back to his GP?"),

("email", "direct", None,
 "Subject: Re: my blood results + one unrelated thing\n\nDear Dr. Bell,\n\nThank you for going through the results with me on the phone. I'll start the iron tablets tomorrow and book the repeat bloods for January. I've also made the physio appointment for my knee (marathon, never again).\n\nOne unrelated thing, and apologies for using my personal account: the referral letter for {{Mr. Sexton|c040|FAMILY_NAME}} (DOB {{07/07/1946|c040|DOB}}) should have come from my practice email, not this one. Could your secretary let me know once it's been received, and I'll resend from the secure account?\n\nMany thanks again,\nMiriam"),

("social_post", "benign", "nonclient_person",
 "PARIS, DAY 3 🇫🇷 Louvre in the morning (Ivy: 'she's very small'), crêpes at lunch, and in the afternoon we met a lovely couple, Jing and Lei, from Vancouver, whose daughter is also obsessed with crabs. Tom has taken 400 photos of bridges. Jamie has taken zero photos of anything. Pretzel is at Nana Kathryn's, sending us video updates."),

("team_note", "quasi", None,
 "Waitlist review, Thursday:\n1. Couple, evenings only — Sam?\n2. Teen, school refusal — me\n3. {{School counselor|c109|DISTINCTIVE|occupation}} from {{Mount Vernon|c109|ADDRESS|city}}, works at {{Dover Public Library|c109|EMPLOYER}}, {{painted the Oak Avenue mural|c109|DISTINCTIVE|fact|mural on Oak Avenue}} — wants evening slots, open to telehealth.\n4. Older adult, grief — Jennifer\nPlease don't forward this list outside the team."),

("email", "direct", None,
 "Tom,\n\nJamie's at lacrosse till 6 and needs picking up — I can't, because {{Jamie Jones|c159|FULL_NAME}}'s mum called and I need to fit in an emergency session at 5:30. (Yes, a different {{Jamie|c159|GIVEN_NAME}}. The number of Jamies in this town is a public health issue.) Dinner's in the slow cooker.\n\nLove you, M"),

("email", "benign", "public_figure",
 "Tom — Jamie's birthday list just arrived. Top three: (1) a Michael Jordan jersey, the red one, (2) Chris Evans' autograph 'or anyone from the Avengers', (3) Miles Morales trainers, size 8. I said one of three. He said that's 'literally abuse'."),

("email", "direct", None,
 "Subject: supervision — name clash\n\nJoanne,\n\nSomething funny for Thursday: my new client on Wednesdays is called {{Chris Evans|c047|FULL_NAME}}. Not that one. She's a care assistant here in town. I spent the first five minutes of the intake not making a Captain America joke and I think that tension is going to be its own therapeutic material.\n\nM"),

("case_presentation", "quasi", None,
 "Group supervision — case 2\n\nA {{teaching assistant|c217|DISTINCTIVE|occupation}} in {{Madison|c217|ADDRESS|city}} who {{hosts the Overthinking Birder podcast|c217|DISTINCTIVE|fact|Overthinking Birder}}, referred by her wife after a period of withdrawal. Highly articulate; uses the podcast as a place to say things she can't say at home.\n\nMy question: she's invited me to be a guest on an episode about 'the psychology of patience'. I said no. She keeps asking. How do I hold that boundary without shaming the invitation?"),

("email", "quasi", None,
 "Laura — you will NOT believe this. Ivy's TA at {{Carver Elementary|c217|EMPLOYER}}, the one who owns {{the viral miniature horse called Pretzel|c217|DISTINCTIVE|fact|miniature horse named Pretzel}} (yes, same name as our dog, Ivy thinks it's fate), is one of my clients. Parents' evening is going to be a masterclass in pretending."),

("email", "benign", "single_quasi",
 "Laura — Ivy's new TA at Carver Elementary is lovely. She sends home little notes about what Ivy ate and who she played with. Ivy calls her 'the horse lady' for reasons that remain unclear."),

("team_note", "quasi", None,
 "Consult note: client is a {{warehouse associate|c145|DISTINCTIVE|occupation}} in {{Manchester|c145|ADDRESS|city}} who {{was in the Jackson Herald for delivering a baby on the highway|c145|DISTINCTIVE|fact|Jackson Herald for delivering a baby}} last year and has had intrusive images since. EMDR started this week. Interpreter (Mandarin) booked for all sessions."),

("email", "direct", None,
 "Hi Sam,\n\nCould you take over {{Michael Jordan|c369|FULL_NAME}} while I'm on leave? (Yes, really. He's heard every joke, so please don't.) He's a paramedic, works nights, and does best with a 7am telehealth slot. Notes are in the shared drive under his initials.\n\nThanks so much,\nMiriam"),

("email", "quasi", None,
 "Sam — one more for the handover: the {{pharmacist|c010|DISTINCTIVE|occupation}} from {{Glendale|c010|ADDRESS|city}} who works at {{St. Anne's|c010|EMPLOYER}}. Fortnightly, Tuesdays. He's stable, but anniversaries are hard for him (October). Thank you!"),

("case_presentation", "quasi", None,
 "Case presentation — 'the quiet fireman'\n\nA {{firefighter|c090|DISTINCTIVE|occupation}} in {{Burlington|c090|ADDRESS|city}}, employed by the {{Georgetown Fire Department|c090|EMPLOYER}}, who also {{plays bass in the Lucky Mittens|c090|DISTINCTIVE|fact|Lucky Mittens}} on weekends. Referred after a fatal house fire in which a child died. She says the band is the only place she can be loud.\n\nWork so far: stabilisation, trauma narrative started in session 9. Question: the union wants a fitness-for-duty letter. What can I say without saying too much?"),

("social_post", "benign", "name_as_word",
 "Things I have learned from 13 years of parenting: patience is finite, hope is renewable, joy is usually found in the car on the way home, and the dog will always eat the birthday cake. Happy 13th, Jamie 🎂"),

("email", "quasi", None,
 "Dad — the old boy who runs {{the deli on Mccoy Way|c135|DISTINCTIVE|fact|deli on Mccoy Way}}, and who {{coaches the Burlington Hawks under-12s|c135|DISTINCTIVE|fact|Burlington Hawks under-12}}? Don't ask me how I know, but go easy on him when you see him. He's had a rough year. That's all I can say."),
("email", "quasi", None,
 "Heather, tiny rant. I was at the Saturday market and the {{software engineer|c099|DISTINCTIVE|occupation}} from {{Georgetown|c099|ADDRESS|city}} — the one who does {{the Night Shift Cook podcast|c099|DISTINCTIVE|fact|Night Shift Cook}} — came up and thanked me, loudly, 'for saving her marriage'. In front of the cheese stall. I just smiled like a hostage. Coffee soon?"),

("team_note", "quasi", None,
 "Handover while I'm on leave (Jennifer to cover): the {{welder|c107|DISTINCTIVE|occupation}} from {{Burlington|c107|ADDRESS|city}} at {{Hernandez Construction|c107|EMPLOYER}} — husband {{Craig|c107|RELATIVE}} sometimes joins the last 10 minutes, that's agreed. Weekly, Mondays 6pm."),

("email", "quasi", None,
 "Tom, if you see the woman who {{ran for mayor of Salem in 2020|c097|DISTINCTIVE|fact|mayor of Salem in 2020}} at the hospital fundraiser — she's a {{nurse|c097|DISTINCTIVE|occupation}} out in {{Riverside|c097|ADDRESS|city}} now — just be normal. She's a client and she knows you're my husband. Normal, Tom. Not your version of normal."),
]
