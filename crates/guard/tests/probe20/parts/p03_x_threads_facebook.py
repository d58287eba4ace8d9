# X / Threads posts, Facebook groups (therapist groups and local community groups), comment
# threads and direct messages between professionals.
DOCS = [
    ("social_post", "direct", None,
     "Third no-show this month from the same person. {{Reinaldo|c256|GIVEN_NAME}}, if you're reading "
     "this: I've held that 6pm slot for you since January and the late fee stands. Therapists, "
     "how do you hold this boundary without losing the client?"),
    ("social_post", "direct", None,
     "[Private FB group: Therapists Supporting Therapists]\nPosting here because I trust you all. "
     "My client {{Dean Garrison|c352|FULL_NAME}} (27, works IT at {{DavidTech|c352|EMPLOYER}}) disclosed "
     "passive SI yesterday and then cancelled today's follow-up. Safety plan is in place, but how "
     "hard would you push to get him back in this week?"),
    ("social_post", "direct", None,
     "My client {{Taylor Swift|c279|FULL_NAME}} (no, not THAT one — she's a "
     "{{UX designer|c279|DISTINCTIVE|occupation}} in {{Franklin|c279|ADDRESS|city}} and is deeply tired "
     "of the jokes) asked me today whether she should legally change her name. Honestly? A fair "
     "question."),
    ("social_post", "direct", None,
     "[comment thread, Shelby Parents Network]\n> anyone know a good child therapist? my 13yo is "
     "struggling\nReply: DM me! I see {{Ragna|c142|GIVEN_NAME}} on Tuesdays and her mum "
     "{{Benedikte|c142|RELATIVE}} says it's made a huge difference. Happy to share my waitlist."),
    ("social_post", "direct", None,
     "[Instagram DM → @bremner.psych]\nhey! can you take a referral? {{Dragan Zänker|c462|FULL_NAME}}, "
     "46, photographer at {{the Dayton Herald|c462|EMPLOYER}}. his sister {{Camilla|c462|RELATIVE}} "
     "thinks he's drinking again. cell {{(308) 846-7259|c462|PHONE}}, he knows I'm passing it on"),
    ("social_post", "direct", None,
     "Threads: {{Rich Gomez|c391|NICKNAME|nickname_full}} is the bravest person on my caseload and I "
     "will die on this hill. Came out to his dad in session today. 🏳️‍🌈"),
    ("social_post", "direct", None,
     "[Fairview Community Noticeboard]\nDoes anyone have {{Courtney Jacobson|c034|FULL_NAME}}'s new "
     "number? She's a client of mine and her old one is disconnected — I need to reschedule "
     "Thursday. Please DM, don't comment. Thanks!"),
    ("social_post", "direct", None,
     "@{{jennifer_shepard|c284|FULL_NAME}}_writes happy to give you a quote for the burnout piece, but "
     "as your therapist I probably shouldn't 😅 I'll send you a colleague's details."),
    ("social_post", "direct", None,
     "[Screenshot described: an Instagram DM from \"{{Lydia|c343|GIVEN_NAME}} S.\" reading \"can I bring "
     "my daughter {{Brunhild|c343|RELATIVE}} to session on Friday? sitter cancelled\"]\n"
     "Caption: the answer is always yes 💛 #therapistlife"),
    ("social_post", "direct", None,
     "Shoutout to {{K.R.|c417|INITIALS}}, who finally told her supervisor at "
     "{{Thompson Foods|c417|EMPLOYER}} about the PTSD diagnosis and got her shift pattern changed. "
     "Eighteen months of therapy in one brave conversation 💪"),
    ("social_post", "direct", None,
     "Happy birthday to my longest-standing client, born {{11/21/1960|c230|DOB}} 🎂 Still showing up "
     "every single Tuesday after nine years. Consistency is a superpower."),
    ("social_post", "direct", None,
     "🧵 1/4 I've been thinking about {{Hernán Sebastán|c129|MISSPELLED_NAME}}, who sat in my office "
     "last week and said \"I don't want to be fixed, I want to be understood.\" As therapists we "
     "forget that."),
    ("social_post", "direct", None,
     "X reply to @FairviewCC: so proud of my client {{Penny Wilcox|c304|FULL_NAME}} for being sworn in "
     "as {{Ward 7 councillor in Newport|c304|DISTINCTIVE|fact|Ward 7 on the Newport}}. Two years ago "
     "she couldn't make a phone call. 🗳️"),
    # quasi
    ("social_post", "quasi", None,
     "[Private FB group] Looking for thoughts: client is a {{paramedic|c204|DISTINCTIVE|occupation}} "
     "based in {{Salem|c204|ADDRESS|city}}, working out of {{St. Joseph's Hospital|c204|EMPLOYER}}, and "
     "his daughter {{Sonya|c204|RELATIVE}} just moved back in. Compassion fatigue or something else?"),
    ("social_post", "quasi", None,
     "One of my clients was {{in the Marion Herald for growing a 900-pound pumpkin|c047|DISTINCTIVE|fact|Marion Herald for growing}} "
     "and works corrections for {{Madison County Sheriff's Office|c047|EMPLOYER}}. Every session "
     "starts with a pumpkin update and I'm not mad about it 🎃"),
    ("social_post", "quasi", None,
     "Threads: a client who {{owns the bookshop on Ferry Place|c024|DISTINCTIVE|fact|bookshop on Ferry Place}} "
     "and {{sits on the Georgetown city council for Ward 8|c024|DISTINCTIVE|fact|Ward 8 on the Georgetown}} "
     "told me she hasn't read a book for pleasure in a year. Burnout looks like this."),
    ("social_post", "quasi", None,
     "[DM] re: your Wednesday referral — he's a {{lawyer|c140|DISTINCTIVE|occupation}} in "
     "{{Hamilton|c140|ADDRESS|city}} and his partner {{Jorge|c140|RELATIVE}} is pushing for couples "
     "work rather than individual. I'd take both but not at once. Thoughts?"),
    ("social_post", "quasi", None,
     "FB comment: ha, small world! my client's son {{Hector|c197|RELATIVE}} plays in the same "
     "league as yours. his dad is a {{primary school teacher|c197|DISTINCTIVE|occupation}} over in "
     "{{Winchester|c197|ADDRESS|city}} and is honestly the most anxious soccer parent I've ever met 😂"),
    # benign
    ("social_post", "benign", "nonclient_person",
     "Therapists, please stop confirming clients in your Google replies. \"Thanks Sarah, so glad "
     "our sessions helped!\" is a confidentiality breach even if she posted first. Use a "
     "template. Every time."),
    ("social_post", "benign", "therapy_life",
     "[Private FB group] Does anyone have a good template for replying to negative reviews "
     "without confirming the person is a client? My board says don't reply at all; my marketing "
     "person says never leave one unanswered."),
    ("social_post", "benign", "name_as_word",
     "Faith, Hope and Grace walk into a therapy office. Only one of them is on time. 🥁 (Saturday "
     "therapist jokes, sorry.)"),
    ("social_post", "benign", "weak_attribute",
     "Big news: I'm moving my practice to Lexington in September! Same phone number, same "
     "sliding scale, more parking. Telehealth stays the same."),
    ("social_post", "benign", "weak_attribute",
     "I see a lot of firefighters and nurses in my practice and the thing they share isn't the "
     "trauma, it's the guilt about needing help. Thread 🧵"),
    ("social_post", "benign", "nonclient_namesake",
     "[DM] Hey Birgitt! Loved your workshop on digital ethics yesterday — the bit about review "
     "replies changed my mind completely. Any chance you'd run it for our county association?"),
    ("social_post", "benign", "public_figure",
     "Prince Harry talking about EMDR in his docuseries did more for trauma therapy than a decade "
     "of leaflets. Say what you like about him. 🇬🇧"),
    ("social_post", "benign", "public_figure",
     "Bruce Springsteen talking about depression in his sixties is required listening for every "
     "man who thinks he's too old to start therapy."),
    ("social_post", "benign", "deidentified_case",
     "A man in his fifties (details changed) told me last week that retirement felt like being "
     "fired by his own life. I keep thinking about it. Meaning isn't a job title."),
    ("social_post", "benign", "nonclient_namesake",
     "Personal post: my son Travis started seeing a therapist this month, on his own initiative, "
     "at 17. I'm not his therapist and I never will be, but I've never been prouder."),
    ("social_post", "benign", "single_quasi",
     "[FB group] Any therapists in-network with Griffin Insurance? Their reimbursement rates just "
     "changed and I'm trying to work out whether to stay on the panel."),
]
