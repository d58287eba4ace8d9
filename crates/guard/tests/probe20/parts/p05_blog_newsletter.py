# Blog posts, e-mail newsletters and the "case study" sections in them: composite vignettes that
# really are de-identified, and "names changed" vignettes that keep the name or the details.
DOCS = [
    ("email", "direct", None,
     "Subject: Harbourlight Newsletter — March\n\nHello friends,\n\nCLIENT SPOTLIGHT 📸\nThis month "
     "{{Brad Hurst|c435|FULL_NAME}}, staff photographer at {{Madison Public Radio|c435|EMPLOYER}}, talks "
     "about what two years of therapy gave him: \"I stopped photographing my life and started "
     "living it.\" Read the full interview on our blog.\n\nWarmly,\nThe Harbourlight team"),
    ("case_presentation", "direct", None,
     "From the blog: \"The weight of being the calm one\"\n(Names changed to protect privacy.) My "
     "client — I'll call him {{Anthony|c185|GIVEN_NAME}} — is a session musician who picks up shifts at "
     "{{the Dayton Herald|c185|EMPLOYER}} and {{breeds Great Danes out in Georgetown|c185|DISTINCTIVE|fact|Great Danes in Georgetown}}. "
     "When his father fell ill, he became everyone's emergency contact..."),
    ("social_post", "direct", None,
     "Blog: A vignette from my practice, shared with consent. Ms. {{Zahn|c193|FAMILY_NAME}}, a physical "
     "therapist who has {{run for mayor twice in the same year|c193|DISTINCTIVE|fact|mayor of Hamilton}}, "
     "told me she was tired of being brave in public. We started there."),
    ("social_post", "direct", None,
     "New on the blog: \"Singing through it\". {{Stal|c383|NICKNAME}} (her nickname, and she asked me "
     "to use it) {{sings lead in the Midnight Satellites|c383|DISTINCTIVE|fact|Midnight Satellites}}, "
     "and for a year she could only perform after a panic attack in the car park. Here's what "
     "changed."),
    ("email", "direct", None,
     "Subject: Spring news from Kōwhai Counselling 🌼\n\nKia ora koutou,\n\n🎉 WINS: Congratulations to "
     "{{Gerd|c179|GIVEN_NAME}} C. on returning to full duty with the "
     "{{Brookfield Police Department|c179|EMPLOYER}} after a long stretch of trauma work with us. "
     "We're so proud.\n\nNgā mihi,\nAroha Tipene, Practice Manager"),
    ("social_post", "direct", None,
     "Blog — Letters I never sent, no. 3\n\nDear {{Woldemar|c067|GIVEN_NAME}},\nYou were nearly eighty when you "
     "first came to see me and you told me you'd never cried in front of anyone. I think about "
     "your {{Big Brother|c067|DISTINCTIVE|fact|Big Brother}} stories every time someone tells me "
     "it's too late to change."),
    ("email", "direct", None,
     "Subject: New dads' group — autumn term\n\nHi all,\n\nLast term's graduates included "
     "{{Jason Gilbert|c070|FULL_NAME}} (who has kindly offered to talk to anyone thinking of joining) "
     "and two other dads who'd rather stay anonymous. Sessions start Monday 6 October.\n\nBest,\n"
     "Hamish"),
    ("social_post", "direct", None,
     "Guest post by my client {{Kristin Herera|c491|MISSPELLED_NAME}}: \"What I wish my professors "
     "knew about panic disorder.\" She wrote this in our sessions over the winter and I'm so glad "
     "she agreed to share it."),
    ("email", "direct", None,
     "Subject: Our community, our stories\n\nDear subscribers,\n\nThis issue's story comes from "
     "{{Lucas Diallo|c270|FULL_NAME}}, 78, who started therapy with us after "
     "{{painting the mural on Spring Avenue|c270|DISTINCTIVE|fact|mural on Spring Avenue}} brought "
     "back memories of his brother. {{Luke|c270|NICKNAME}}, thank you for trusting us.\n\n"
     "— Still Water Counselling"),
    ("social_post", "direct", None,
     "Blog: \"When the therapist gets it wrong\"\nLast year I forgot a session with {{Jillian Larsen|c453|FULL_NAME}}. She'd driven forty minutes from {{Bryant Dental Group|c453|EMPLOYER}} on "
     "her lunch break. I want to write about repair."),
    # quasi
    ("case_presentation", "quasi", None,
     "Blog case study (\"composite\"): A woman in her late sixties, a "
     "{{medical receptionist|c213|DISTINCTIVE|occupation}} in {{Milford|c213|ADDRESS|city}} for thirty "
     "years, comes to therapy after her sister {{Nidia|c213|RELATIVE}} moves into residential care. "
     "She has never lived alone."),
    ("email", "quasi", None,
     "Subject: Group news\n\nOne of our group members, who "
     "{{owns the coffee roastery on Torres Drive|c349|DISTINCTIVE|fact|roastery on Torres Drive}} and "
     "works as a TA at {{Madison Unified School District|c349|EMPLOYER}}, is offering a free bag of "
     "beans to everyone who finishes the eight-week programme ☕\n\nSee you Thursday!"),
    ("social_post", "quasi", None,
     "From the blog: a {{care assistant|c151|DISTINCTIVE|occupation}} in {{Quincy|c151|ADDRESS|city}} "
     "who {{breeds champion Dachshunds|c151|DISTINCTIVE|fact|Dachshunds in Quincy}} once told me "
     "that dogs are the only patients who say thank you. We spent a lot of sessions on that."),
    ("email", "quasi", None,
     "Subject: Student wellbeing newsletter\n\nA student at {{Roosevelt College|c132|SCHOOL}} who works "
     "weekends at {{Newport Bowling Lanes|c132|EMPLOYER}} shared this with us after finishing her "
     "sessions: \"I didn't know anxiety could be this boring to talk about. That's how I knew it "
     "was working.\""),
    ("case_presentation", "quasi", None,
     "Blog case study: \"Mr. P\" is a {{roofer|c205|DISTINCTIVE|occupation}} in "
     "{{Bristol|c205|ADDRESS|city}} who {{hosts the Stubborn Mechanic podcast|c205|DISTINCTIVE|fact|Stubborn Mechanic}}. "
     "He came to me after a fall from a ladder and a year of pretending he was fine."),
    # benign
    ("case_presentation", "benign", "deidentified_case",
     "Blog: The client in this post is a composite of several people I've worked with over ten "
     "years; every identifying detail has been changed. She is in her forties, works in an "
     "office, and describes Sunday evenings as \"the dread hour\". This is a post about the dread "
     "hour."),
    ("social_post", "benign", "deidentified_case",
     "Newsletter vignette: let's call her \"Sage\" — a retired teacher in her seventies, widowed "
     "two years, who joined our grief group in the spring (a composite; details changed). \"Sage\" "
     "taught us all to laugh about the casseroles."),
    ("social_post", "benign", "public_figure",
     "Blog: What Brené Brown gets right about shame, and what she leaves out. A long read for "
     "clinicians and curious clients."),
    ("email", "benign", "nonclient_namesake",
     "Subject: Practice news\n\nHi everyone,\n\nQuick update: our therapist Dawn is on maternity leave "
     "until January (baby Theo arrived safely! 👶). Her clients have been contacted individually.\n\n"
     "Best wishes,\nBronwyn"),
    ("email", "benign", "name_as_word",
     "Subject: Grace notes — a monthly letter\n\nGrace notes are the small, quick notes before a "
     "main note. This month's are about rest: the five minutes before a hard conversation, the "
     "breath before you answer an email. Hope you're well.\n\n— Ottilie"),
    ("social_post", "benign", "therapy_life",
     "Blog: Why I never write about clients here. Not even composites. Not even with permission. A "
     "short post about power, consent and the afterlife of the internet."),
    ("email", "benign", "weak_attribute",
     "Subject: Back-to-school season\n\nMany of the people I work with are teachers in Madison, and "
     "every August I hear the same thing: \"I should be rested and I'm not.\" Here are five things "
     "that help."),
    ("social_post", "benign", "public_figure",
     "\"The pain of the past is not the pain of the present.\" Rereading Irvin Yalom on a rainy "
     "Sunday. What are you reading this month?"),
    ("email", "benign", "single_quasi",
     "Subject: Workplace stress series\n\nThis month's blog series is built from conversations with "
     "many people who work at Riverside Shipyard (shared and blended with permission; nobody is "
     "identifiable). Part one: shift work and sleep."),
    ("email", "benign", "nonclient_person",
     "Subject: Guest post this month\n\nThis month's guest post is by Ines Villalobos, a peer support "
     "worker and recovery coach, on what she wishes therapists understood about relapse.\n\n— The "
     "Northlight team"),
    ("social_post", "benign", "name_as_word",
     "Summer reading list for therapists ☀️📚 1. \"Maybe You Should Talk to Someone\" 2. \"The Body "
     "Keeps the Score\" 3. \"Man's Search for Meaning\". Joy is allowed in August."),
]
