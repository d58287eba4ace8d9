# Podcast show notes, episode descriptions, transcripts (some auto-generated) and listener Q&A,
# for shows hosted by therapists. Several clients host podcasts of their own.
DOCS = [
    ("social_post", "direct", None,
     "Ep. 58 — \"Nineteen and tired\"\nThis week my guest is my client {{Sunny Dickerson|c203|FULL_NAME}}, "
     "who talks candidly about dropping out of her first semester, the panic attacks that came with "
     "it, and what our work together has looked like. 🎧 Links below."),
    ("social_post", "direct", None,
     "Listener Q&A (Ep. 31)\nQ, from {{Cathy|c074|GIVEN_NAME}} S. — a client of mine, shared with "
     "permission: \"How do I tell my wife {{Pam|c074|RELATIVE}} that I want to stop pretending "
     "everything is fine?\"\nA: We start by noticing what 'fine' is protecting..."),
    ("social_post", "direct", None,
     "[Transcript, 00:14:20]\nHOST: ...and I remember my client {{Hao|c076|GIVEN_NAME}} — "
     "{{Hao|c076|GIVEN_NAME}}, if you're listening, hi — he said the tattoo studio was the only place "
     "he could breathe. That stuck with me."),
    ("social_post", "direct", None,
     "Show notes, Ep. 22\nGuest: {{Craig Shepherd|c455|FULL_NAME}} (@{{craig.shepherd|c455|FULL_NAME}}.photo), "
     "who has been in therapy with me for two years and "
     "{{plays cello in the Clinton Symphony Orchestra|c455|DISTINCTIVE|fact|cello in the Clinton}} when "
     "he isn't behind a camera. We talk about perfectionism and shutter speed."),
    ("social_post", "direct", None,
     "Episode description: Dr Kwabena Asante joins us to discuss his client "
     "{{Dakota Taylor|c226|FULL_NAME}}'s journey through postnatal depression as a new father — "
     "told with {{Dakota|c226|GIVEN_NAME}}'s blessing."),
    ("social_post", "direct", None,
     "[Transcript, 00:03:05]\nHOST: This week's question came in from "
     "{{nicholasm79@icloud.com|c365|EMAIL}} — that's one of my clients, {{Nicholas|c365|GIVEN_NAME}}, I'll "
     "keep your surname out of it — who's a senior at {{Lexington State University|c365|SCHOOL}} and "
     "asks how to tell his wife he wants to drop out."),
    ("social_post", "direct", None,
     "[auto-generated transcript, 00:21:48]\nHOST: so my client {{Yasmine Jesperson|c303|MISSPELLED_NAME}} "
     "said to me, she said, I hold the whole ward together on nights and nobody holds me, and I "
     "just sat with that"),
    ("social_post", "direct", None,
     "Ep. 17: Grief and the family firm\nSpecial guest {{Frank Craig|c159|FULL_NAME}} "
     "(welder, {{Richardson & Sons Plumbing|c159|EMPLOYER}}) — a client of our host since his father's "
     "death last year — on inheriting a business and a temper."),
    ("social_post", "direct", None,
     "[Transcript, 00:31:10]\nHOST: Ms. {{Esteve|c487|FAMILY_NAME}}, you've been coming to see me since "
     "the spring. What made you say yes to coming on the show?\nGUEST: Honestly? My son told me I'd "
     "never do it."),
    ("social_post", "direct", None,
     "Ep. 40 show notes [PUBLISHED BY MISTAKE — producer notes below]\nGuest coordinator: call "
     "{{Tina|c242|GIVEN_NAME}} on {{(662) 874-8485|c242|PHONE}} Tues to confirm she's OK talking about her "
     "sessions on air. She's nervous about her sister hearing."),
    ("social_post", "direct", None,
     "Listener mailbag, Ep. 63 📬\n\"Hi! It's {{Jem|c293|NICKNAME}} from your Wednesday 5pm 😄 — would "
     "you ever do an episode on divorce and dads? Asking for me.\"\n{{Jem|c293|NICKNAME}}, yes. Episode 65. Thank you."),
    # quasi
    ("social_post", "quasi", None,
     "Listener question (Ep. 12) from one of my own clients, who "
     "{{hosts the Unfiltered Mechanic podcast about birdwatching|c013|DISTINCTIVE|fact|Unfiltered Mechanic podcast about birdwatching}} "
     "and manages a team at {{Estrada Logistics|c013|EMPLOYER}}: \"How do you stop performing "
     "calm for everyone else?\""),
    ("social_post", "quasi", None,
     "[Transcript, 00:08:55]\nHOST: A client of mine who {{drums for the Lucky Tigers|c126|DISTINCTIVE|fact|Lucky Tigers}} "
     "and works as a midwife at {{Alvarado Dental Group|c126|EMPLOYER}} said something I think about "
     "a lot: 'my hands know what to do even when my head doesn't.'"),
    ("social_post", "quasi", None,
     "Show notes: Our guest is a {{special education teacher|c276|DISTINCTIVE|occupation}} in "
     "{{Clinton|c276|ADDRESS|city}}, in therapy with our host since his daughter "
     "{{Tracy|c276|RELATIVE}} moved overseas. We talk about empty nests and quiet houses."),
    ("social_post", "quasi", None,
     "Ep. 9 description: a {{911 dispatcher|c037|DISTINCTIVE|occupation}} in {{Oxford|c037|ADDRESS|city}} "
     "who {{breeds champion Vizslas|c037|DISTINCTIVE|fact|Vizslas in Oxford}} — and who has been "
     "seeing our host for two years — on carrying other people's worst moments home to the dogs."),
    # benign
    ("social_post", "benign", "single_quasi",
     "Cross-promo 🎙️ If you like this show, go listen to the Small Town Birder podcast — honest, "
     "slow, and oddly soothing. Not sponsored, just fans."),
    ("social_post", "benign", "public_figure",
     "Ep. 70: In conversation with Gabor Maté's ideas on addiction and trauma — what holds up, "
     "what doesn't, and what it means for the therapy room."),
    ("social_post", "benign", "nonclient_person",
     "Listener Q&A: This week's question comes from Wren in Auckland, who asks whether it's normal "
     "to grieve a therapist when therapy ends. Short answer: very."),
    ("social_post", "benign", "name_as_word",
     "Ep. 44 — Joy, Hope and the Myth of Closure. We talk about why \"moving on\" is the wrong "
     "metaphor for grief, and what to say instead."),
    ("social_post", "benign", "nonclient_namesake",
     "Credits: Hosted by Ottilie Brandt. Edited by Jo, artwork by Magnus, theme music by the "
     "Kettle Hole Collective. Thank you to everyone who sends in questions."),
    ("social_post", "benign", "public_figure",
     "Ep. 51: Kid Cudi and the courage of saying \"I'm not okay\" in public. What celebrity "
     "disclosures do — and don't — do for men's help-seeking."),
    ("social_post", "benign", "deidentified_case",
     "Listener story (composite, details changed): a woman who works nights writes that she "
     "hasn't had dinner with her family in six months. This episode is for her, and for anyone "
     "who works while everyone else sleeps."),
    ("social_post", "benign", "therapy_life",
     "A note on our Q&A: we never answer questions from current clients of the host on air, even "
     "anonymously. If you're one of Ottilie's clients, bring it to session instead. 💛"),
    ("social_post", "benign", "name_as_word",
     "Ep. 36 — \"Chase your calm\" is terrible advice. You can't chase calm. Today: why "
     "regulation is something you practise, not something you catch."),
    ("social_post", "benign", "weak_attribute",
     "Recorded live in Clinton last Thursday in front of a room full of school counsellors. Thank "
     "you for the questions!"),
    ("social_post", "benign", "celebrity_namesake",
     "Ep. 48: Emma Stone in \"Maniac\" — a surprisingly careful depiction of grief and "
     "dissociation? We rewatch with a psychiatrist."),
]
