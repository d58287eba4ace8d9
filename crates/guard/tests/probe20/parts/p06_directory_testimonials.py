# Directory profiles (Psychology Today style), "about me" pages, website testimonials, and the
# requests and spreadsheets behind them.
DOCS = [
    ("social_post", "direct", None,
     "Website — Testimonials\n\n\"Dr Mehra changed my life. I walked in unable to put my uniform on "
     "and walked out a sergeant.\"\n— {{Reginald Washington|c039|FULL_NAME}}, "
     "{{Hamilton Police Department|c039|EMPLOYER}}"),
    ("social_post", "direct", None,
     "Testimonials ★★★★★\n\"I came in after the whole "
     "{{900-pound pumpkin thing in the Springfield Herald|c143|DISTINCTIVE|fact|Springfield Herald for growing}} "
     "because I couldn't cope with being recognised. Six months later I actually enjoy it.\"\n— "
     "{{Derrick|c143|GIVEN_NAME}}, dental hygienist"),
    ("email", "direct", None,
     "To: {{genovevaromeu50@hotmail.com|c148|EMAIL}}\nSubject: Would you share a few words?\n\n"
     "Hi {{Genoveva|c148|GIVEN_NAME}},\n\nWe're refreshing our website and would love a short testimonial "
     "about your experience of therapy with Dr Iyer. Two or three sentences is plenty, and we can "
     "use your first name only if you prefer.\n\nWarm regards,\nSunita, Practice Manager"),
    ("social_post", "direct", None,
     "Psychology Today profile — Personal statement\nOne of my very first clients, "
     "{{Janina|c013|GIVEN_NAME}}, told me that a therapist's job is to be the last person to give up. "
     "Fifteen years later, that is still how I practise. I work with adults with anxiety, grief "
     "and life transitions."),
    ("social_post", "direct", None,
     "\"I didn't believe therapy was for people like me. I was wrong.\"\n— "
     "{{T.O.|c174|INITIALS}}, {{architect|c174|DISTINCTIVE|occupation}}, {{Mount Vernon|c174|ADDRESS|city}}"),
    ("social_post", "direct", None,
     "What our clients say 💬\n\"My therapist helped me get through junior year when I thought I "
     "couldn't.\" — {{Honoré|c432|GIVEN_NAME}} A., student, {{Adams High School|c432|SCHOOL}}"),
    ("team_note", "direct", None,
     "Testimonial SMS batch — sent 14:02\n1. {{Gabrielle|c475|GIVEN_NAME}} → {{(920) 341-7422|c475|PHONE}}: "
     "\"Hi {{Gabrielle|c475|GIVEN_NAME}}! It's Tamsin from Thistle & Fern. Now that you've finished your "
     "sessions, would you leave us a Google review? Link: g.page/thistlefern\"\n2. (skipped — no "
     "consent on file)"),
    ("social_post", "direct", None,
     "About me\nBefore training as a therapist I spent ten years as a dental nurse, working "
     "alongside my now-client (and old friend) {{Eivind Haug|c239|FULL_NAME}} at "
     "{{Alvarado Dental Group|c239|EMPLOYER}}. I know the healthcare world from the inside."),
    ("social_post", "direct", None,
     "Directory profile — photo caption: me with my client {{Teresa Shaw|c274|FULL_NAME}} at the "
     "{{Lexington State University|c274|SCHOOL}} wellbeing fair, where she spoke about her recovery "
     "from an eating disorder."),
    ("social_post", "direct", None,
     "\"I'd spent twenty years interviewing other people about their worst days. It took therapy "
     "for me to talk about mine.\"\n— {{Angie Wolfe|c317|NICKNAME|nickname_full}}, "
     "{{Arlington Public Radio|c317|EMPLOYER}}"),
    ("team_note", "direct", None,
     "Testimonials tracker (do not share)\nRow 14 | {{Caleb George|c252|FULL_NAME}} | "
     "{{calebg80@aol.com|c252|EMAIL}} | consent form signed 3 Mar | quote: \"I finally sleep.\" | "
     "use on: homepage, Instagram\nRow 15 | (withdrawn)"),
    # quasi
    ("social_post", "quasi", None,
     "Testimonial: \"Being on the council at thirteen is a lot. Therapy helped me say no to "
     "things.\"\n— a {{Ward 9 councillor in Madison|c142|DISTINCTIVE|fact|Ward 9 on the Madison}} and "
     "proud student at {{Madison High School|c142|SCHOOL}}"),
    ("social_post", "quasi", None,
     "Profile: Some of the people I've worked with — a warehouse associate at "
     "{{Lexington Bowling Lanes|c379|EMPLOYER}} who {{made it to season 28 of Family Feud|c379|DISTINCTIVE|fact|season 28 of Family Feud}}, "
     "a retired judge, a teenage chess champion. What they share: they thought they should cope "
     "alone."),
    ("social_post", "quasi", None,
     "\"I counsel teenagers all day. I didn't know how to let someone counsel me.\"\n— a "
     "{{school counselor|c481|DISTINCTIVE|occupation}} in {{Franklin|c481|ADDRESS|city}} who "
     "{{breeds Border collies|c481|DISTINCTIVE|fact|Border collies in Franklin}}"),
    ("social_post", "quasi", None,
     "\"I'm a lawyer at {{Ortiz Realty|c269|EMPLOYER}}, I argue for a living, and I still couldn't "
     "find the words until I came here.\" — a proud mum of {{Dominik|c269|RELATIVE}}"),
    # benign
    ("social_post", "benign", "therapy_life",
     "Psychology Today profile\nI'm a licensed clinical social worker with fifteen years' experience "
     "working with adults and couples. I offer in-person sessions on weekdays and telehealth on "
     "Saturdays. Sliding scale available. Free 15-minute consult."),
    ("social_post", "benign", "nonclient_namesake",
     "About me: I live in Riverside with my husband Stephan, our two teenagers and a very "
     "opinionated cat. When I'm not in the therapy room I'm usually on the river in a kayak."),
    ("social_post", "benign", "therapy_life",
     "Why you won't find testimonials on this website: most professional codes of ethics "
     "discourage asking clients for them, because a client who is still in therapy can't freely "
     "say no. If you'd like a reference, ask me for my supervisor's details."),
    ("social_post", "benign", "single_quasi",
     "Insurance: In-network with Griffin Insurance, Lopez Insurance and the county employee plan. "
     "Out-of-network superbills provided on request."),
    ("social_post", "benign", "weak_attribute",
     "Areas served: Clinton, Salem and Ashland, plus telehealth across the state. Evening "
     "appointments on Tuesdays and Thursdays."),
    ("social_post", "benign", "nonclient_person",
     "\"The best CPD day I've done in years — practical, funny and honest about the grey areas of "
     "online practice.\"\n— Declan Furlong, LCSW, workshop attendee"),
    ("social_post", "benign", "public_figure",
     "About me: I trained in Marsha Linehan's DBT model and still use her diary cards with almost "
     "every client. I'm also trained in EMDR and CBT-I."),
    ("social_post", "benign", "nonclient_namesake",
     "\"Ottilie is the most generous supervisor I've had. She makes the hard cases feel "
     "thinkable.\"\n— Trinidad, supervisee (counselling trainee, 2023–24)"),
    ("social_post", "benign", "deidentified_case",
     "\"I came in unable to leave the house. Now I take the bus to work.\"\n— client, 40s "
     "(shared anonymously with permission)"),
    ("social_post", "benign", "name_as_word",
     "About our space: we named our three therapy rooms Hope, Grace and Summer after the "
     "founder's grandmothers. The Summer room has the big window."),
]
