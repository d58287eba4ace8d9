# Voice: teaching material -- lecture slides and speaker notes, workshop handouts, role-play
# scripts, genogram exercises, exam questions with mark schemes, CPD slides. Lecturers
# reach for real cases and forget to disguise them; the benign ones use invented clients,
# public figures, authors and word-names.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("case_presentation", "direct", None, """MSc Counselling Psychology -- Module 4: Working with Older Adults
Lecture 6 slides (text export)

Slide 12 -- Myths about older clients
- "Too old to change" -- false
- "Only want to talk about the past" -- false
- "Won't engage with homework" -- often false

Slide 13 -- Case example: {{Nole|c143|NICKNAME}}, 79
- Still operating two days a week (surgeon)
- Referred after a near-miss in theatre
- Married to {{Wendy|c143|RELATIVE}}; no children
- Competitive: {{was on American Ninja Warrior in her sixties|c143|DISTINCTIVE|fact|American Ninja Warrior}}
- Key theme: identity after mastery

Slide 14 -- Discussion
What would "retirement" mean to someone like {{Nole|c143|NICKNAME}}? What would it cost her?"""),

    ("case_presentation", "direct", None, """SKILLS WORKSHOP -- Handout 3: Role-play script (opening a first session)

Read the script in pairs, then swap roles.

THERAPIST: Hi, come in, have a seat wherever you like. So, {{Jenni|c036|NICKNAME}}, before we start, is it okay if I tell you a bit about how this works?
CLIENT: Yeah, sure.
THERAPIST: Everything you say here stays between us, with a couple of exceptions I'll explain. Then I'll ask you what brings you here today.
CLIENT: Okay. Um, it's mainly uni. I'm at {{Salem|c036|SCHOOL}}, first year, and I'm working at the warehouse on weekends, and I just... I can't keep up.
THERAPIST: That sounds like a lot.
CLIENT: And {{my pig went viral|c036|DISTINCTIVE|fact|pig named Pickles}}. Which sounds like a joke.
THERAPIST: It doesn't sound like a joke to you.

Observer: note how the therapist responds to the last line."""),

    ("case_presentation", "direct", None, """DIPLOMA IN PSYCHOTHERAPEUTIC COUNSELLING
Summer examination -- Paper 2

Question 3 (25 marks)

Read the vignette and answer all parts.

{{Ms. Hodges|c141|FAMILY_NAME}}, 45, is a midwife at {{Florence Medical Center|c141|EMPLOYER}}. Since a stillbirth on her shift eight months ago she has had intrusive images, avoids the delivery suite where possible, and has stopped playing in the orchestra, which she describes as "the only thing that was just mine".

(a) Identify the likely diagnosis and justify your answer with reference to DSM-5-TR criteria. (8 marks)
(b) Outline a trauma-focused treatment plan. (10 marks)
(c) What ethical issues might arise if {{Ms. Hodges|c141|FAMILY_NAME}} asked you to write to her employer? (7 marks)"""),

    ("case_presentation", "direct", None, """CPD webinar: "High-functioning anxiety in young professionals"
Slides + speaker notes (export)

Slide 5
"I am not a good writer. I am a good rewriter." -- Anne Sexton (attrib.)
Perfectionism often hides in the people who look most competent.

[Speaker notes: don't read the quote, just pause on it. Then talk about {{Zachary|c240|GIVEN_NAME}} -- the lawyer -- who {{fronts the Crooked Monarchs at weekends|c240|DISTINCTIVE|fact|Crooked Monarchs}} and redrafted every email to his boss nine times. Good example because he looks so confident on stage. Keep it short, 2 mins.]

Slide 6
The perfectionism cycle (Shafran, Cooper & Fairburn, 2002)
- Rigid standards
- Self-evaluation dependent on achievement
- Avoidance and procrastination"""),

    ("case_presentation", "direct", None, """Family Systems Workshop -- Exercise 2: Drawing a genogram

Below is a real (consented) example from my own practice. Draw the genogram using the symbols on the previous page.

{{Dan|c108|NICKNAME}}, 26, delivery driver. Married to {{Ricardo|c108|RELATIVE}} (32). One son, {{Scott|c108|RELATIVE}} (4), adopted. One sister, {{Kristin|c108|RELATIVE}}, with whom he has a close but conflictual relationship. Parents divorced when he was nine; father remarried, two half-siblings {{Dan|c108|NICKNAME}} has never met. {{Owns a small bakery|c108|DISTINCTIVE|fact|bakery on Parks Terrace}} with his husband.

Questions:
1. Where are the cut-offs?
2. What patterns repeat across generations?
3. What would you want to know next?"""),

    ("case_presentation", "direct", None, """Risk Assessment Training, Day 2 -- Worked example (completed form)

Client: {{Ginger|c206|GIVEN_NAME}} L.   D.O.B.: {{07.05.1980|c206|DOB}}
Occupation: line cook
Referrer: self

Current risk: passive ideation since husband's redundancy; no plan; protective factors include daughters, coaching role with local youth hockey team, faith community.

Formulation of risk: low-moderate, dynamic. Key triggers: financial stress, night shifts, alcohol.

Plan: safety plan completed in session; GP informed with consent; review in two weeks.

Trainer's note: this is how a good form reads. Notice the formulation, not just the checkboxes."""),

    ("case_presentation", "direct", None, """Slide deck: "What clients want us to know" -- Trauma-Informed Practice Day

Slide 9 (client voice)
"Don't ask me if I'm okay when you can see I'm not. Ask me what I need."
-- {{Hob|c071|NICKNAME}}, 29, radiographer at {{Glendale Medical Center|c071|EMPLOYER}}

Slide 10 (client voice)
"The day I {{pulled that kid out of the river|c071|DISTINCTIVE|fact|rescuing a child from the river}} everyone called me a hero. I just wanted to go home and shower."
-- same client

Slide 11
What do these quotes have in common? Discuss in threes."""),

    ("case_presentation", "direct", None, """Supervision Skills -- demonstration transcript (for teaching), lightly edited

SUPERVISOR: So who do you want to bring today?
SUPERVISEE: {{Mr Naess|c280|MISSPELLED_NAME}}. The dispatcher.
SUPERVISOR: Remind me.
SUPERVISEE: 911 dispatcher, fifty-seven, two grown sons, {{Sebastian|c280|RELATIVE}} and {{Kristian|c280|RELATIVE}}. He took a call last month from a teenage boy and he's convinced he got something wrong.
SUPERVISOR: Did he?
SUPERVISEE: The review says no. He doesn't believe the review.
SUPERVISOR: And what's happening in you, when you sit with him?
SUPERVISEE: I want to reassure him. Constantly.
SUPERVISOR: Let's stay with that."""),

    ("case_presentation", "direct", None, """Digital Ethics for Therapists -- Handout 5: What not to do (real examples, shared with consent)

Example 3: Forwarding a client email to your supervisor without redaction.

-----Forwarded message-----
From: {{Andrew Hoover|c034|FULL_NAME}} <{{andrewh89@proton.me|c034|EMAIL}}>
Subject: can't make thursday
Hi, sorry, the horse is sick again and {{Joe|c034|RELATIVE}}'s working, can we do Friday? -- {{Andy|c034|NICKNAME}}

What went wrong: the supervisor's inbox is not encrypted, and the sender's full name, address and partner's name travel with it. The supervisor only needed the question, not the client.

Discussion: How would you have brought this to supervision?"""),

    ("case_presentation", "direct", None, """Workshop slides -- "Men, loss and late life" (Irish Association of Counsellors CPD day)

slide 7: case -- {{kjell|c029|GIVEN_NAME}}, 71
* retail manager, still working
* ran for mayor twice, lost twice ("the second time I didnt even want it")
* partner {{Ida|c029|RELATIVE}}, one son, brother {{Roy|c029|RELATIVE}} back in Norway
* presenting: "I dont know who I am when I'm not trying to win something"

slide 8: what kept {{kjell|c029|GIVEN_NAME}} coming back?
* being allowed to lose in the room
* humour!!
* never once being asked about his feelings directly (he'd have bolted)"""),

    # ---------------------------------------------------------------- quasi
    ("case_presentation", "quasi", None, """Year 2 Clinical Skills -- Formative assessment, vignette B

A 21-year-old student at {{Dayton State University|c032|SCHOOL}} is referred by the university counselling service. She {{plays harp in the city orchestra|c032|DISTINCTIVE|fact|harp in the Dayton Symphony}} and was, at nineteen, a contestant on a television game show. Her older brother, {{Jerónimo|c032|RELATIVE}}, died in a car accident last spring. She says she is "fine, just tired."

1. What further information would you seek at assessment?
2. How might grief present differently in a high-achieving young adult?
3. What cultural factors might you consider?"""),

    ("case_presentation", "quasi", None, """Workshop: Working with Teachers -- Case study for small-group discussion

A special education teacher in his seventies at {{Hawthorne Elementary|c128|EMPLOYER}} has been referred by his union after a complaint from a parent. He has taught for forty-five years without incident. At weekends he {{coaches an under-10 hockey side, the Waverly Rockets|c128|DISTINCTIVE|fact|Waverly Rockets under-10 hockey}}, and he fears the complaint will end that too.

Discuss:
- How do you hold neutrality when the client feels wronged?
- What is the role of the union here?
- What would a good ending look like?"""),

    ("case_presentation", "quasi", None, """Lecture notes -- "Identity and public life" (week 9)

Example (disguised, but you get the idea): a teacher in her sixties who {{stood for mayor of Clinton back in 2017|c244|DISTINCTIVE|fact|mayor of Clinton in 2017}}, lost, and then started {{a podcast about vintage cars, Tiny Mechanic|c244|DISTINCTIVE|fact|Tiny Mechanic}}. The podcast, she said, was "somewhere I could be an expert without being elected."

Key point for the exam: public defeat is a form of loss, and people often find a parallel public role in which they cannot be voted out."""),

    ("case_presentation", "quasi", None, """Music and Therapy -- seminar handout

Case for discussion. A radiographer in his seventies {{plays viola with the Manchester Symphony|c209|DISTINCTIVE|fact|viola in the Manchester Symphony}} and on Saturday mornings {{coaches the Glendale Bears, an under-10 basketball team|c209|DISTINCTIVE|fact|Glendale Bears under-10 basketball}}. He came to therapy because he has begun to lose his hearing.

Questions:
1. What losses are layered in this presentation?
2. How might his roles with children and with music support adaptation?"""),

    ("case_presentation", "quasi", None, """Exam practice -- short-answer question 6 (with model answer)

A {{radiographer|c146|DISTINCTIVE|occupation}} from {{Kingston|c146|ADDRESS|city}}, late twenties, presents with low mood after {{a failed campaign for local office|c146|DISTINCTIVE|fact|mayor of Dayton in 2015}}. His wife, {{Emilie|c146|RELATIVE}}, attends the first session with him and does most of the talking.

Q: Identify two issues to address in contracting.
Model answer: (1) Who is the client: the individual or the couple? (2) Confidentiality if the wife wishes to attend future sessions. Credit also: the risk of the therapist colluding with the more verbal partner."""),

    # ---------------------------------------------------------------- benign
    ("case_presentation", "benign", "nonclient_person", """Lecture 1 -- Foundations (slide text)

Slide 3: Freud (1856-1939)
- The unconscious, defences, transference

Slide 4: Winnicott (1896-1971)
- Holding environment; the good-enough mother; transitional objects

Slide 5: Bowlby and Ainsworth
- Attachment as a biological system; the Strange Situation

Slide 6: Carl Rogers (1902-1987)
- Core conditions: empathy, congruence, unconditional positive regard

Slide 7: Aaron Beck (1921-2021)
- Cognitive model; the cognitive triad

Reading for next week: Rogers (1957); Safran & Muran (2000), ch. 1-2."""),

    ("case_presentation", "benign", "deidentified_case", """Exam Paper 1, Question 2 (20 marks) -- fictional vignette

Derya, 31, is a primary school teacher who has recently moved to the UK from Turkey with her husband, Emre. She presents with panic attacks, which began after a fire alarm at her school. She is worried that her visa depends on her keeping her job.

(a) Outline a CBT formulation of Derya's panic. (10 marks)
(b) Discuss two cultural considerations relevant to assessment. (10 marks)

All names and details in this vignette are fictional."""),

    ("case_presentation", "benign", "name_as_word", """Handout: Motivational Interviewing -- recognising change talk (DARN-CAT)

Desire: "I want to..." "I wish..."
Ability: "I could..." "I can..."
Reasons: "It would help with..."
Need: "I have to..." "I must..."
Commitment: "I will..." "I'm going to..."
Activation: "I'm ready..."
Taking steps: "This week I..."

Notice the difference between "I hope I'll stop drinking" and "I will stop drinking on Monday." Will is stronger than hope. But hope comes first, and it deserves to be heard.

Practice in pairs. Pat your partner on the back for every piece of change talk you spot."""),

    ("case_presentation", "benign", "celebrity_namesake", """CPD slides: "Public disclosure and mental health stigma"

Slide 4 -- People who spoke out
- Simone Biles (withdrew from the 2020 Olympic final)
- Naomi Osaka (French Open press conferences)
- Michael Phelps (depression after Olympics)
- Kevin Love (panic attack during an NBA game)
- Will Smith (memoir: childhood violence)
- Taylor Swift (on disordered eating, in Miss Americana)

Slide 5 -- Question
Does celebrity disclosure reduce stigma for ordinary clients, or does it set a "recovery narrative" ordinary people can't match?"""),

    ("case_presentation", "benign", "nonclient_namesake", """Workshop programme -- "Creative Approaches to Grief", Saturday 14 June

09:30 Welcome (Summer Reid, programme lead)
10:00 Art in the therapy room (Art Nwosu, art psychotherapist)
11:15 Coffee
11:30 Writing the unsayable (Dr. Grace Ferreira)
13:00 Lunch
14:00 Movement and grief (Holly Adair)
15:30 Closing circle (Summer Reid)

Venue: the Rose Suite, Lambert House. Please bring a notebook and comfortable shoes. May we ask that phones are switched off during the afternoon session."""),

    ("case_presentation", "benign", "single_attribute", """Lecture notes (week 11) -- occupational stress in shipyard workers

The research literature on heavy-industry workers is thin, but those of us who practise near the yards know the pattern: long shifts, injury, a culture of not talking.

Several of my clients over the years have worked at Milford Shipyard. I won't describe any of them. What I will say is that in every case the first session started with the words "I'm not really the type."

Reading: Walker (2011) on masculinities and help-seeking."""),

    ("case_presentation", "benign", "deidentified_case", """Role-play cards -- Week 3 (fictional clients, for skills practice only)

CARD A: You are "Sam", 40s, a bus driver. You have come because your GP told you to. You don't think you need to be here. Give short answers unless the therapist says something that surprises you.

CARD B: You are "Priya", 20s, a junior doctor. You are very articulate and you keep intellectualising. You will cry if the therapist asks about your grandmother.

CARD C: You are "Jordan", 60s, recently retired. You are angry with your adult children, who "never call". You will only soften if the therapist acknowledges how lonely you are."""),

    ("case_presentation", "benign", "celebrity_namesake", """Seminar handout -- "Rumination and the bridge of a song"

Many clients describe rumination as "a song stuck on repeat". This week we use lyrics as a way in.

Exercise: listen to Taylor Swift's "All Too Well (10 Minute Version)". Notice how the song circles the same memory, adding detail each time but never resolving it.

Questions:
- How is this like rumination? How is it different?
- Is writing a song about a memory a form of processing, or a form of rehearsal?

No need to like the song. Plenty of us don't."""),

    ("case_presentation", "benign", "single_attribute", """Exam vignette -- Paper 3, Q4 (fictional)

A 911 dispatcher in her thirties seeks help for insomnia and irritability. She has worked nights for six years and reports that she "hears the calls" when trying to sleep.

(a) What differential diagnoses would you consider?
(b) How would you adapt a CBT-I protocol for a shift worker?
(c) What organisational factors might maintain her difficulties?"""),

    ("case_presentation", "benign", "nonclient_person", """Course reading list -- Advanced Certificate in Couples Work

Essential
- Gottman, J. M., & Silver, N. (1999). The seven principles for making marriage work.
- Johnson, S. M. (2019). Attachment theory in practice.
- Perel, E. (2006). Mating in captivity.

Recommended
- Fishbane, M. D. (2013). Loving with the brain in mind.
- Hendrix, H. (1988). Getting the love you want.
- Real, T. (2022). Us.
- Wile, D. B. (1993). After the fight.

Sessions are led by Dr. Kimberly Osei and Dr. Mark Tanaka."""),
]
