# Instagram captions, stories, carousels and comment replies; TikTok scripts and on-screen text.
# Handles are labelled only where their surface plainly holds a client's full or given name.
DOCS = [
    ("social_post", "direct", None,
     "Client win of the week 🏆 (shared with her blessing!!) — @{{jacqueline.holland|c020|FULL_NAME}}.pottery "
     "sold her first bowl at the Saturday market after eighteen months of us working on her "
     "fear of being seen. Go follow her!! #therapistsofinstagram #clientwins"),
    ("social_post", "direct", None,
     "TikTok script — \"things my teen clients say\" ep. 4\n[on screen: POV]\n"
     "{{Dacey|c302|NICKNAME}} (13, {{Grant Preparatory Academy|c302|SCHOOL}}): \"my mom thinks therapy is "
     "where you go to get fixed like a phone\"\nMe: 🫠\n#therapytok #teentherapist"),
    ("social_post", "direct", None,
     "storytime 🧵 my client {{Pepito|c180|GIVEN_NAME}} (he said I could use his name!!) walked in today "
     "and announced he'd quit the job at the shipyard that was wrecking his sleep. four months of "
     "CBT-I for this moment 😭 #therapytok"),
    ("social_post", "direct", None,
     "Home visit day 🚗☀️ Pulling up to {{9429 Ferry Terrace|c029|ADDRESS|street}} for my 10am — my client "
     "hasn't left the house since March so I go to him. Agoraphobia is real, folks. "
     "#homevisits #counsellorlife"),
    ("social_post", "direct", None,
     "Three years ago she couldn't drive past the hospital. Today she drove herself to her own "
     "check-up. #{{Kelsey|c168|GIVEN_NAME}}Strong 💪 Proud therapist moment, {{Kelsey|c168|GIVEN_NAME}} — "
     "you know who you are 🥹"),
    ("social_post", "direct", None,
     "Still buzzing from last night 🎶 Congratulations to my client {{Oliwier Melka|c130|FULL_NAME}} on "
     "his first solo with {{the Riverside Symphony|c130|DISTINCTIVE|fact|Riverside Symphony}}. Not one "
     "panic attack on stage. Not one!!"),
    ("social_post", "direct", None,
     "[reply to comment]\n@{{gurli.karlsen|c311|FULL_NAME}} 🥹🥹 so so proud of you. see you tues at 6, "
     "bring the sleep diary!"),
    ("social_post", "direct", None,
     "[TikTok on-screen text, 0:04] when Mr. {{Nørgaard|c158|FAMILY_NAME}} tells me his wife booked the "
     "couples session \"as a surprise\" 💀\n[0:09] *therapist internally screaming*\n"
     "#couplestherapy #therapistsoftiktok"),
    ("social_post", "direct", None,
     "Carousel alt text — Slide 3: screenshot of a text message from a client reading \"hi its "
     "{{Zac|c237|NICKNAME}} can we move thurs?? panic again at work 😞\", the contact name visible at the "
     "top of the screen. Slide 4: my reply, \"of course, 4pm?\""),
    ("social_post", "direct", None,
     "Story poll 📊 Should {{Agnieszka|c269|GIVEN_NAME}} sing at the end of our group session tonight? "
     "(yes she was {{on The Voice|c269|DISTINCTIVE|fact|season 27 of The Voice}}, yes she's still nervous, "
     "that's literally why she's in group)\n🎤 YES  |  🙈 let her be"),
    ("social_post", "direct", None,
     "Instagram caption: This one made me cry. Screenshot of an email from a former client "
     "(From: {{lorrainel76@yahoo.com|c488|EMAIL}}) — \"Thank you for saving my marriage. We're "
     "renewing our vows in June.\" THIS is why we do it 💕"),
    ("social_post", "direct", None,
     "[TikTok transcript, 00:12]\n\"...and honestly shoutout to {{Marissa Gutierez|c330|MISSPELLED_NAME}}, "
     "who taught me more about grief than any textbook. She'll never see this, she's not on "
     "TikTok, it's fine.\""),
    # quasi
    ("social_post", "quasi", None,
     "What it's like to treat first responders 🚨 One of my clients is a "
     "{{911 dispatcher|c262|DISTINCTIVE|occupation}} in {{Glendale|c262|ADDRESS|city}} who also "
     "{{represents Ward 7 on the Hamilton city council|c262|DISTINCTIVE|fact|Ward 7 on the Hamilton}}. "
     "Imagine carrying both of those jobs home every night. #firstresponders"),
    ("social_post", "quasi", None,
     "pov: your client {{has a llama named Duchess that went viral|c029|DISTINCTIVE|fact|llama named Duchess}} "
     "AND {{ran for mayor of Ashland|c029|DISTINCTIVE|fact|mayor of Ashland in 2009}} and is STILL "
     "worried people think he's boring 🦙 #therapytok"),
    ("social_post", "quasi", None,
     "Couples work is my favourite work 💞 This week a barista at "
     "{{Arlington Brewing Company|c319|EMPLOYER}} and her partner {{Elizabeth|c319|RELATIVE}} finally "
     "said the thing out loud. Growth!"),
    ("social_post", "quasi", None,
     "Voiceover script: \"Shout out to my Thursday client, who plays "
     "{{harp in the Dayton Symphony Orchestra|c361|DISTINCTIVE|fact|harp in the Dayton Symphony}} "
     "and then goes straight to a night shift at "
     "{{Winchester Emergency Communications|c361|EMPLOYER}}. Sleep hygiene who?\""),
    ("social_post", "quasi", None,
     "A seventh grader at {{Hawthorne Middle School|c042|SCHOOL}} told me today that painting "
     "{{the mural on Spring Place|c042|DISTINCTIVE|fact|Spring Place}} was the first time his brain "
     "went quiet. Art therapy works, people 🎨"),
    ("social_post", "quasi", None,
     "Teen client update 🌱 She's been at {{Hawthorne High School|c214|SCHOOL}} for two years and "
     "this week she told her sister {{Kathryn|c214|RELATIVE}} about the self-harm herself. I'm "
     "so proud I could burst."),
    # benign
    ("social_post", "benign", "name_as_word",
     "Summer is hard for a lot of people. Long days, no routine, everyone else's holidays on your "
     "feed. Joy isn't a requirement. Rest is. ☀️ #mentalhealth"),
    ("social_post", "benign", "public_figure",
     "Therapist reacts: Selena Gomez's documentary is one of the most honest portrayals of bipolar "
     "disorder I've seen. Watch it with someone you trust. 🎬 #therapistreacts"),
    ("social_post", "benign", "celebrity_namesake",
     "Taylor Swift's \"Anti-Hero\" is basically a CBT thought record set to music and I will not "
     "be taking questions 🎶 #therapytok #swifties"),
    ("social_post", "benign", "celebrity_namesake",
     "Let's talk about the Will Smith slap, two years on. Not to pile on — to look at what "
     "emotional flooding does to a grown adult on live TV. 🧵"),
    ("social_post", "benign", "celebrity_namesake",
     "Emma Stone has said she had panic attacks as a kid and that improv helped. Exposure therapy, "
     "but make it theatre 🎭 #anxietytips"),
    ("social_post", "benign", "therapy_life",
     "Meet Biscuit 🐶, our new practice dog! She's a certified therapy dog, she loves ear scratches, "
     "and she will absolutely steal your tissues. Tuesdays and Thursdays only."),
    ("social_post", "benign", "deidentified_case",
     "Composite vignette (details changed, blended from several people): a nurse in her thirties "
     "who works nights tells me she feels like a ghost in her own house. We start with one "
     "breakfast a week with her kids. Small things. #nursesmentalhealth"),
    ("social_post", "benign", "nonclient_namesake",
     "Say hello to Preben 👋, our new receptionist on Tuesdays and Thursdays! He's moved here from "
     "Aarhus, makes a mean cinnamon bun, and will be the friendly voice when you call to book."),
    ("social_post", "benign", "therapy_life",
     "Ran into a client at the farmers' market today 🍓 We did the awkward smile-nod. Reminder "
     "for anyone in therapy with me: I will never say hi first. That's not rudeness, that's your "
     "privacy."),
    ("social_post", "benign", "nonclient_person",
     "Collab post 🤝 Thanks @stillwater.counselling and @bremner.psych for the live on burnout "
     "yesterday! Replay is up on the grid. Next month: @dr.anjali.deshpande on perinatal anxiety."),
    ("social_post", "benign", "public_figure",
     "Simone Biles stepping back in Tokyo was one of the most important mental-health moments in "
     "sport. Boundaries are strength. 🤸‍♀️ #athletementalhealth"),
    ("social_post", "benign", "name_as_word",
     "May is Mental Health Awareness Month and June is Pride Month, so we're spending the next "
     "eight weeks on the grid talking about both. Drop your questions below 👇"),
]
