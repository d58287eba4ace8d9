# Conference abstracts, CE workshop vignettes, grand rounds, teaching material.
DOCS = [
("case_presentation", "direct", None, """CE Workshop 3B — Vignette 2 (handout)
{{Cameron Frye|c048|FULL_NAME}}, 26, a surgeon at {{Harrell Dental Group|c048|EMPLOYER}} (and yes, he has heard every Ferris Bueller joke), presents with insomnia and escalating alcohol use after a malpractice complaint. Discussion: how would you assess the shame underneath the drinking? What would you do first?"""),

("case_presentation", "direct", None, """Abstract #214 — Late-life loss and work identity
We present the case of {{S.M.|c025|INITIALS}}, a 70-year-old warehouse associate at {{Oakland Brewing Company|c025|EMPLOYER}}, referred after a fall at work ended a 30-year career on the floor. Over 16 sessions of meaning-centred therapy, her GDS-15 fell from 11 to 4. We discuss adapting the protocol for clients who define themselves through physical labour."""),

("case_presentation", "direct", None, """Poster P-17: Interpreter-mediated CBT for panic in a Greek-speaking older adult.
Case: {{Ζαφείρης Σαββάκη|c035|FULL_NAME}}, 65, mechanic. Sessions were delivered in Greek via a professional interpreter over 14 weeks. Panic frequency fell from daily to fortnightly. Key learning: pre-briefing the interpreter on interoceptive exposure scripts."""),

("case_presentation", "direct", None, """Teaching slide 12 — Cultural formulation
Client: {{曾桂芳|c090|FULL_NAME}}, 71, roofer (still working!)
• Explanatory model: "too much heat in the liver"
• Help-seeking: TCM first, then GP, then us
• Family: husband and daughter very involved; decisions made together
Discussion question: how does this change how you present the CBT model?"""),

("case_presentation", "direct", None, """Workshop vignette: "{{Miggy|c264|NICKNAME}}" ({{Miguel|c264|GIVEN_NAME}}), 71, still working the bar at {{Mosley Logistics|c264|EMPLOYER}}'s staff club, comes in because his daughters insist. He says he's fine. He has not slept in his bedroom since his wife died. What do you ask next?"""),

("case_presentation", "direct", None, """Grand Rounds, Thursday 12:00 — "The body keeps the ledger: grief in older men"
Case discussion: Mr {{Jose Francisco Pombo|c299|FULL_NAME}} (DOB {{30-Oct-1946|c299|DOB}}), retired estate agent, 14 months after the death of his partner. Discussant: Dr. Miriam Oyelaran. Lunch provided."""),

("email", "direct", None, """Subject: Grand rounds next week — case of {{Aurélie Rémy|c149|FULL_NAME}}

Hi all, next Wednesday I'll present the hotel manager I've been seeing for complicated grief after her father-in-law's death. She consented to the presentation (form in chart). Slides will go out Monday. Bring questions about the family system, it's a big one."""),

("case_presentation", "direct", None, """Reflective essay, MSc Counselling (placement module), draft 2
My placement client, {{Luisina|c175|GIVEN_NAME}} (she told me I could use her real name, and my supervisor and I decided I should not, but I haven't changed it yet in this draft), taught me more about endings than any textbook. She was a chemistry teacher facing early retirement..."""),

("case_presentation", "direct", None, """CE QUIZ — Question 4
{{Michelle|c283|GIVEN_NAME}} "{{Shely|c283|NICKNAME}}" {{Miller|c283|FAMILY_NAME}}, 71, a semi-retired electrician, reports that she has "always been a worrier" but that since her brother's heart attack she checks her own pulse 30+ times a day. Which of the following is the most appropriate first-line intervention?
A) Reassurance  B) Exposure and response prevention  C) Benzodiazepine  D) Referral to cardiology"""),

("case_presentation", "direct", None, """Transcript excerpt, panel on Spanish-language therapy (Q&A, 00:41:10)
"...and that's when {{María Belén|c333|GIVEN_NAME}} told me — in Spanish, she'd never said it in English — 'yo no salvé a ese niño, el río lo soltó'. She'd been carrying the rescue as a failure for two years. I'll never forget it." """),

("social_post", "direct", None, """Still buzzing from presenting our couples-therapy case at #AAMFT2025! Huge thanks to {{Seve Peralta|c190|FULL_NAME}} and husband {{Benito|c190|RELATIVE}} for letting us share their story. Brave, generous humans. 💜"""),

("case_presentation", "quasi", None, """Vignette C: An 18-year-old student at {{Jefferson College|c002|SCHOOL}} who {{coaches the Dover Wolves under-10 basketball team|c002|DISTINCTIVE|fact|Dover Wolves under-10 basketball}} presents with panic attacks during games. She is terrified of the kids' parents finding out. Discuss: how do you plan exposure when the feared setting involves other people's children?"""),

("case_presentation", "quasi", None, """Abstract: Same-sex partners as co-therapists in exposure work. Case: a {{teaching assistant|c003|DISTINCTIVE|occupation}} in {{Dover|c003|ADDRESS|city}}, 67, with agoraphobia; her partner {{Wanda|c003|RELATIVE}} was trained as a coach for in-vivo exposure. Outcomes at 12 weeks and limitations discussed."""),

("case_presentation", "quasi", None, """Workshop: fathers who coach. Example client: {{software engineer|c010|DISTINCTIVE|occupation}}, {{Glendale|c010|ADDRESS|city}}, who {{coaches the Glendale Hawks under-14 hockey team|c010|DISTINCTIVE|fact|Glendale Hawks under-14 hockey}} and shouted at a referee so badly she was banned for a season. Anger-management model applied; outcomes and pitfalls."""),

("case_presentation", "quasi", None, """Case for discussion: a night nurse at {{Shelby Medical Center|c016|EMPLOYER}} whose {{goat, Duchess, went viral online|c016|DISTINCTIVE|fact|goat named Duchess}} last year. Since the video, she feels watched at work and has stopped going to the staff canteen. Formulate using the social anxiety model."""),

("case_presentation", "quasi", None, """Poster P-08: Minority stress and reality television.
Case: a {{carpenter|c019|DISTINCTIVE|occupation}} from {{Glendale|c019|ADDRESS|city}}, married to his husband {{Johnathan|c019|RELATIVE}}, who {{competed on season 23 of Survivor|c019|DISTINCTIVE|fact|season 23 of Survivor}} and experienced online harassment after the edit portrayed him negatively."""),

("case_presentation", "quasi", None, """Vignette 6 (translated from Mandarin with client consent): welder, 74, {{Harrington Auto Repair|c031|EMPLOYER}}, still {{plays bass in a local band, the Lucky Foxes|c031|DISTINCTIVE|fact|Lucky Foxes}}. Low mood after his son moved abroad. Explore: music as behavioural activation in late life."""),

("case_presentation", "quasi", None, """Abstract #98: "The reality-TV veteran in therapy." We discuss a client who was {{a contestant on season 11 of The Voice|c046|DISTINCTIVE|fact|season 11 of The Voice}} and, years later, {{on season 5 of Family Feud|c046|DISTINCTIVE|fact|season 5 of Family Feud}}, and the identity questions that followed when the cameras left."""),

("case_presentation", "benign", "deidentified", """Composite vignette (details altered, combined from several clients): A woman in her early 40s, a healthcare worker, presents with panic attacks that began after a family bereavement. She lives with her partner and two children and is worried about her job. Questions for small groups are on the next slide."""),

("case_presentation", "benign", "pseudonym", """Case illustration. "Hope" (a pseudonym; details changed) is a 30-year-old graduate student who came to therapy after her third failed attempt at her qualifying exams. Her name became a running joke between us as the work progressed."""),

("case_presentation", "benign", "nonclient_person", """Session 2 reading: Beck (1979) on the cognitive triad; Ellis's ABC model; Bowlby on attachment and loss; and the chapter by Linehan on validation. We'll compare Beck and Ellis on disputation in the afternoon."""),

("social_post", "benign", "public_figure", """The conference keynote opened with a Lambchop song, and Kurt Wagner's voice has never sounded more like a therapy session. Gentle, strange and honest. Great start to the day. #APAConvention"""),

("email", "benign", "nonclient_person", """Conference logistics: keynote by Dr. Patience Mbeki at 9:00 in Hall A; breakout sessions 10:30–12:00; my panel with Grace Lindqvist and Mark Oduya is at 14:00 in Room 212. Certificates of attendance will be e-mailed."""),

("case_presentation", "benign", "single_attribute", """Vignette for the ethics module: your client tells you she once ran for mayor of Lexington and lost badly. A local reporter now wants to interview her about mental health in politics. What do you say when she asks if she should mention therapy?"""),

("case_presentation", "benign", "public_figure", """Opening quote for the workshop on forgiveness: Andrew Young, on the civil rights movement, 'We didn't have to hate anybody.' Use it as a discussion prompt, not an instruction."""),

("email", "benign", "name_as_word", """Call for proposals: we hope to receive submissions by the end of May. Proposals will be reviewed by a panel and decisions sent in June. Sessions on grace, forgiveness and faith in therapy are especially welcome this year."""),

("social_post", "benign", "deidentified", """Presenting my poster on interpreter-mediated therapy in older adults today! Stop by P-17 if you're around. All case material de-identified and approved by our ethics committee. ☕️📊"""),

("case_presentation", "benign", "mixed_attributes", """Small-group exercise: three clients, three details. One is a paramedic at Waverly General Hospital. One plays harp in the Lexington Symphony Orchestra. One is a pupil at Whitman High School. For each, decide what you would leave out of a case presentation and why."""),
]
