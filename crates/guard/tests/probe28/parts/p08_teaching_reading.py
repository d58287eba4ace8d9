DOCS = [
("email", "benign", "public_figure",
"""Subject: Reading list — Supervision module (Spring)

Core:
1. Hawkins, P. & Shohet, R. Supervision in the Helping Professions (5th ed.)
2. Bernard, J. & Goodyear, R. Fundamentals of Clinical Supervision
3. Falender, C. & Shafranske, E. Clinical Supervision: A Competency-Based Approach
Recommended:
4. Carroll, M. & Gilbert, M. On Being a Supervisee
5. Yalom, I. The Gift of Therapy
6. Rogers, C. On Becoming a Person
7. Beck, J. Cognitive Behavior Therapy: Basics and Beyond
8. Linehan, M. Cognitive-Behavioral Treatment of Borderline Personality Disorder

Please buy (1) — the library has only two copies."""),

("email", "benign", "public_figure",
"""Subject: week 4 reading — attachment

This week: Bowlby (Secure Base), Ainsworth's Strange Situation, Mary Main on the AAI, and Fonagy & Bateman on mentalization. Optional: Winnicott's 'Hate in the Counter-transference' — short and unforgettable. Karen Horney if you want a dissenting voice."""),

("social_post", "benign", "public_figure",
"""Teaching today: the Gloria films. Carl Rogers, Fritz Perls and Albert Ellis all seeing the same client. My trainees ALWAYS side with Rogers until they rewatch Ellis. #counsellingeducation"""),

("email", "benign", "name_as_word",
"""Subject: seminar — bring your 'frank' reflections

For Thursday: write 300 words on a time in placement when you were too careful. I'm asking you to be frank. Patience with yourselves, please — this is hard. Will send the room number tomorrow."""),

("email", "benign", "nonclient_person",
"""Subject: guest lecturer

Hi cohort,

Next week's guest lecturer is Dr. Robin Achterberg, who will talk about supervising across cultures. Robin has worked in South Africa and Canada. Please read the chapter she sent beforehand.

Also — Ginger (our lovely teaching assistant) is away, so bring questions to me.
Dr. P."""),

("email", "benign", "deidentified",
"""Subject: teaching example for Tuesday

I'll use a composite case: a woman in her 50s, recently widowed, referred for 'complicated grief'. We'll use it to practise the first session. It's a composite of several people and none of the details belong to any one client."""),

("social_post", "benign", "name_as_word",
"""Lecture tip for new tutors: 'summer' is not a verb you should use with trainees in May. The placement hours deadline is June. Ask me how I know. ☀️"""),

("email", "benign", "weak_attribute",
"""Subject: role-play scenario

Scenario: You are a counsellor at a college counselling service. Your client is a 19-year-old student from Oxford who is struggling with homesickness. Practise the first 10 minutes in pairs."""),

("email", "benign", "public_figure",
"""Subject: historical cases seminar

We'll cover: Anna O., Dora (Ida Bauer), the Rat Man, Little Hans, and H.M. (Henry Molaison) as an example from neuropsychology. Think about consent: which of these people agreed to be written about?"""),

("email", "benign", "nonclient_person",
"""Subject: tutorial groups

Group A: Sue, Curtis, Valerie — tutor Kim
Group B: Jesus, Hannah, Mae — tutor Robin
Group C: Alexandra, Christopher, Ginger — tutor me
Rooms on the timetable."""),

("social_post", "benign", "single_quasi",
"""Guest session today from the EAP team at Georgetown Credit Union about how banks support staff after robberies. Really eye-opening for my trainees. #EAP #trauma"""),

("email", "benign", "deidentified",
"""Subject: example process note

Attached is a sample process note from one of my own cases, with every identifying detail changed (age, job, family, location). Please use it as a model for the format, not the content."""),

("email", "benign", "public_figure",
"""Subject: DBT skills week

Slides attached. We'll lean on Linehan's skills manual and watch the clip where she talks about her own history. Optional: Kelly Koerner on case formulation in DBT."""),

("email", "benign", "name_as_word",
"""Subject: bring your art materials

For next week's creative supervision session bring paper, pens and anything else you like to make art with. We'll use sandtray and the 'golden thread' exercise. Don't worry if you're rusty."""),

("case_presentation", "direct", None,
"""Lecture slides — 'Person-centred supervision' — slide 12 (speaker notes)

Example from my own practice: {{Robin Brown|c252|FULL_NAME}}, a care assistant at {{Bristol General Hospital|c252|EMPLOYER}}, asked me in our third session whether I 'actually liked' her. (Robin Shohet would call this the heart of the supervisory relationship too.) I answered honestly. Discuss in pairs.
[TODO: anonymise before uploading to the VLE]"""),

("email", "direct", None,
"""Subject: skills lab — role-play material

Hi all, for Wednesday's role-play I've adapted a case. The young person is called {{Christopher Weber|c255|FULL_NAME}}, 15, at {{Washington High School|c255|SCHOOL}}, who sings in a band and owns — according to him — '{{the best deli on Juniper Court|c255|DISTINCTIVE|fact|deli on Juniper Court}}' (he insists it's his, not his dad's). Practise an opening with a reluctant adolescent.

(Oops — I meant to change that name. Please refer to him as '{{Chris W.|c255|INITIALS}}' in the lab.)"""),

("email", "direct", None,
"""Subject: FW: feedback request for the course evaluation

Forwarding from a former client who was on our service-user panel — she'd like to give feedback on the new module. Her email is {{valerie.harris@icloud.com|c256|EMAIL}}. Could someone in the programme office contact her?"""),

("case_presentation", "direct", None,
"""Teaching case (Week 7, handout)

'{{Sandy Myers|c258|FULL_NAME}}, 60, corrections officer and former mayoral candidate, {{contestant on MasterChef season 2|c258|DISTINCTIVE|fact|season 2 of MasterChef}}...' 

Tutor note: students, please do NOT look this person up. I've realised the handout was drafted from a real case. A corrected version will be uploaded this afternoon."""),

("email", "direct", None,
"""Subject: lecture follow-up

A student asked after the lecture whether {{Jesus Anthony|c260|FULL_NAME}}, the architect from my example about {{the Border collies|c260|DISTINCTIVE|fact|Border collies in Milford}}, was a real person. He is, and I shouldn't have used his name. I've spoken to the programme lead and will be writing to him."""),

("email", "direct", None,
"""Subject: Role-play prompt (Friday)

The client: {{Hannah Castro|c263|FULL_NAME}}, a barista in her seventies, {{coaches an under-10 soccer team|c263|DISTINCTIVE|fact|Hamilton Wolves under-10 soccer}}, and has just been told she needs a hip replacement. She is furious. Counsellor: practise reflecting anger without trying to fix it."""),

("social_post", "direct", None,
"""Best thing about teaching counselling skills: watching a trainee realise the client knows more than they do. Today's role-play was based on {{Sue Graham|c266|FULL_NAME}} (the roofer with {{the 900-lb pumpkin|c266|DISTINCTIVE|fact|growing a 900-pound pumpkin}}, if you're local) and my trainees were in stitches."""),

("case_presentation", "direct", None,
"""Seminar handout — ethical dilemmas

Case 3: {{Kim Robertson|c267|FULL_NAME}} is a lawyer at {{Higgins Architects|c267|EMPLOYER}} who {{ran for mayor of Plymouth in 2015|c267|DISTINCTIVE|fact|mayor of Plymouth in 2015}}. Her husband {{Andrew|c267|RELATIVE}} calls the counsellor asking for an update. What do you do?"""),

("email", "direct", None,
"""Subject: skills practice — OSCE mock

Mock client for the OSCE practice: '{{Ginger Oneill|c272|FULL_NAME}}', UX designer, 49, was on The Amazing Race. Presenting problem: relationship difficulties with wife {{Sandra|c272|RELATIVE}}. (This is a real client profile I adapted badly — I'll replace it before the real OSCE.)"""),

("email", "direct", None,
"""Subject: correction to yesterday's slides

On slide 14 the client's address ({{9600 Oneill Lane|c274|ADDRESS|street}}, Salem) was visible in the screenshot of the referral form. I've replaced the slide. Please delete any downloaded copy.

Dr. Mensah"""),

("email", "direct", None,
"""Subject: placement paperwork — home visit address

Trainees attending the joint home visit on Thursday: the address is {{4722 Turner Road|c277|ADDRESS|street}}, Springfield. The client is a session musician; please be mindful he works from home and there may be recording going on."""),

("social_post", "direct", None,
"""Teaching reflection: {{Mae Marion|c279|FULL_NAME}} — delivery driver, French horn player, former mayoral candidate, and the most generous service-user trainer we've ever had — told my trainees that the best therapist she ever saw 'just let me talk'. They wrote that down like it was scripture."""),

("email", "quasi", None,
"""Subject: role-play scenario 4

The client is a {{librarian|c253|DISTINCTIVE|occupation}} in {{Waverly|c253|ADDRESS|city}} whose husband {{Nathan|c253|RELATIVE}} has just been made redundant. Practise exploring how the client's anxiety and the husband's low mood interact. (Adapted from a current case; I'll change details before circulating more widely.)"""),

("email", "quasi", None,
"""Subject: case for tutorial

A retail manager at {{Hanna's Diner|c257|EMPLOYER}} who {{painted the giant mural on Barnes Terrace|c257|DISTINCTIVE|fact|mural on Barnes Terrace}} and hosts a fly-fishing podcast. Practise a values conversation."""),

("case_presentation", "quasi", None,
"""Lecture handout — 'Creative professionals in therapy'

Example: a graphic designer at {{Richards Studio|c261|EMPLOYER}} who {{plays French horn in the Marion Symphony Orchestra|c261|DISTINCTIVE|fact|French horn in the Marion Symphony Orchestra}}. Presenting: perfectionism, performance anxiety."""),

("email", "quasi", None,
"""Subject: Monday's skills group — vignette

Client: a {{real estate agent|c264|DISTINCTIVE|occupation}} in {{Oxford|c264|ADDRESS|city}}, late 60s, who works out of {{Georgetown Credit Union|c264|EMPLOYER}}'s property desk. Recently widowed? No — his husband is alive and well; I mixed up two cases. Presenting: low mood after retirement plans collapsed."""),

("email", "quasi", None,
"""Subject: guest speaker's case (shared with permission, anonymised)

The speaker will present a {{firefighter|c268|DISTINCTIVE|occupation}} in {{Quincy|c268|ADDRESS|city}} who studied at {{Plymouth State University|c268|SCHOOL}} and returned to firefighting after a decade in academia. Please prepare questions about career transition and identity."""),
]
