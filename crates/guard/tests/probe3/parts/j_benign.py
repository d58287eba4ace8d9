# Benign hard cases in many styles
DOCS = []
def D(kind, cat, text, sub=None): DOCS.append((kind, cat, sub, text))
S, T, E, C = "social_post", "team_note", "email", "case_presentation"

# names used as ordinary words
D(S, "benign", "Faith isn't the absence of doubt; it's choosing to keep going with it. Patience is the same muscle. #therapyquotes", "name_as_word")
D(S, "benign", "Dawn walk before clinic. The light on the river at 5:40 is its own kind of medicine. 🌅", "name_as_word")
D(T, "benign", "Please don't leave the back door on the latch — we had a rush of deliveries and it was open all afternoon. Also: the ivy is coming through the window again.", "name_as_word")
D(S, "benign", "Stone cold truth: you cannot pour from an empty cup. Rest is not a reward. 🪨☕", "name_as_word")
D(S, "benign", "Had to chase three insurance companies today. Will I ever be free of fax machines? Probably not. 📠", "name_as_word")
D(E, "benign", "Subject: Re: candy in the waiting room\n\nLet's swap the candy bowl for fruit — a few parents asked. Penny for your thoughts?", "name_as_word")
D(S, "benign", "Sunny skies, iced coffee, and a full caseload of humans doing brave things. Happy Friday! ☀️", "name_as_word")
D(T, "benign", "Reminder: the court date for the lease hearing is the 12th; we need the brown folder from the black cabinet. — office manager", "name_as_word")
D(S, "benign", "The Mary Rose museum in Portsmouth was incredible. Tudor sailors had anxiety too, I'm sure of it. ⚓ #holiday", "name_as_word")
D(S, "benign", "Young therapists: your clients will not remember your interventions. They will remember that you were kind. Long career, short memory.", "name_as_word")
D(S, "benign", "April showers, May flowers, June burnout. Plan your leave now, colleagues. 🌧️🌷", "name_as_word")
D(T, "benign", "Make sure the swift reminders go out by 5pm; the new SMS system lets us send them in bulk without names.", "name_as_word")

# celebrities / public figures
D(S, "benign", "Listening to Holly Williams's new record on the drive home — 'Waiting on June' still wrecks me. 🎶", "celebrity_namesake")
D(S, "benign", "Can we talk about Cher's line 'Snap out of it!' from Moonstruck as an (unethical) therapy technique? 😂 #therapyhumor", "celebrity_namesake")
D(E, "benign", "Subject: reading for group\n\nChristopher Moore's 'Lamb' — the chapter on grief is surprisingly good for the men's group. Copies in the library.", "celebrity_namesake")
D(S, "benign", "Sam Smith talking about non-binary identity and anxiety on that podcast — sending it to every queer teen I know. #LGBTQ", "celebrity_namesake")
D(S, "benign", "Umpire Angel Hernandez retiring is the only sports news my dad cares about this year. ⚾", "celebrity_namesake")
D(E, "benign", "Subject: history of attachment theory lecture\n\nI used David Cameron's 'hug a hoodie' speech as an example of how attachment language gets into politics. The students loved it.", "celebrity_namesake")
D(S, "benign", "Mark Allen's press conference after that snooker loss was a masterclass in emotional honesty. Sport psych gold. 🎱", "celebrity_namesake")
D(S, "benign", "My teens keep quoting Taylor Swift lyrics in session and honestly 'I'm the problem, it's me' is excellent CBT material. 😅", "celebrity_namesake")
D(S, "benign", "Stephen Collins' old show was on TV at the gym today and I was reminded how much 90s sitcom families shaped my idea of 'normal'.", "celebrity_namesake")
D(S, "benign", "Kevin Love and Michael Phelps did more to get men into therapy than any campaign I've seen. #mensmentalhealthweek", "celebrity_namesake")

# writer's relatives / colleagues sharing a client's given name
D(S, "benign", "My husband Brian made me a proper breakfast before a 10-client day. Marry someone who feeds you. 🍳", "writer_relative")
D(S, "benign", "Daughter Victoria graduated today!! So proud I cried in the car park. 🎓", "writer_relative")
D(T, "benign", "Stacy (reception) is off Friday; please cover the phones in pairs. Thanks all.", "writer_colleague")
D(E, "benign", "Subject: welcome!\n\nPlease welcome Dr. Chelsea Adeyemi, who joins us as a postdoc on Monday. She'll be in room 5.", "writer_colleague")
D(S, "benign", "Mum's 80th today. Mary, you taught me everything about listening. 🎂💐", "writer_relative")
D(T, "benign", "Locum cover: Dr. Gary Nwosu will see my Tuesday clients while I'm at the conference. Notes are in the shared drive.", "writer_colleague")
D(S, "benign", "My brother Eric ran his first marathon and I'm now officially the least fit person in the family. 🏃", "writer_relative")
D(E, "benign", "Subject: Re: supervision\n\nHi Jessica, yes Thursday at 2 works. I'll bring the recording. — L.", "writer_colleague")
D(S, "benign", "Took my nephew Kyle to his first hockey game. He yelled at the referee the entire time. Healthy expression of anger? 🏒", "writer_relative")

# people who are not clients
D(S, "benign", "A stranger on the train, maybe 70, told me she'd been in therapy since 1979 and it was 'the best money I ever spent'. Made my week.", "non_client")
D(T, "benign", "Phone enquiry from a man called Olusegun asking about couples therapy fees — sent him the fee sheet, he'll discuss with his wife.", "non_client")
D(S, "benign", "My Uber driver, Marisol, turned out to be a retired school psychologist. We talked about kids and screens for 25 minutes.", "non_client")
D(E, "benign", "Subject: enquiry\n\nA Ms. Thornquist called asking if we accept Medicaid. I told her no and gave her the county clinic number.", "non_client")

# single quasi attribute alone
D(S, "benign", "One of my clients keeps a pig named Lady Marmalade that went viral, and I still have not watched the video. Professional restraint. 🐖", "single_quasi")
D(T, "benign", "FYI a client's employer (Dalton Law) has asked for an attendance letter. Policy: client must request it themselves. Please redirect.", "single_quasi")
D(S, "benign", "A client of mine sits on a city council and told me council meetings are 'group therapy without a therapist'. Stealing that.", "single_quasi")
D(T, "benign", "Note: a client's daughter, Calista, may call the front desk — please take a message and don't confirm anything.", "single_quasi")
D(E, "benign", "Subject: school contact\n\nWe've had a call from the counseling office at Hamilton High asking if we take referrals. Yes — send them the referral form.", "single_quasi")
D(S, "benign", "Had a session today with someone who was on Survivor years ago. The stories! (No, I won't tell you which season.) 🏝️", "single_quasi")

# weak attributes only
D(S, "benign", "A 34-year-old electrician told me today that therapy is 'like rewiring a house with the power still on'. Best metaphor of the year. ⚡", "weak_attributes")
D(T, "benign", "Intake call: woman, 60s, lives in Kingston, no other details given. Call back Monday.", "weak_attributes")
D(S, "benign", "Most of my clients this year have been nurses and teachers. Tells you everything about where the burnout is. #healthcareworkers", "weak_attributes")
D(T, "benign", "New referral: age 19, student, Hudson area. Parent to complete forms.", "weak_attributes")

# cross-client combinations (attributes of two different clients)
D(C, "benign", "Composite vignette for teaching: a surgeon at Thomas Dental Group who plays harp in the Dayton Symphony. (Yes, an oral surgeon harpist — I've blended two people so neither is recognisable.)", "cross_client")
D(S, "benign", "Funny day: one client works at Pinnacle Labs, another has a viral pig called Pickles, and both brought me the same brand of cookies. The universe is small. 🍪", "cross_client")
D(T, "benign", "Two intakes today: (1) a student at Lincoln High; (2) an adult whose brother Jordan referred him. Unrelated.", "cross_client")
D(C, "benign", "Teaching case (blended): a bartender at the Grand Lancaster Hotel who had once been a Jeopardy! contestant. Elements come from two different people.", "cross_client")
D(E, "benign", "Subject: training example\n\nFor the role-play, invent a client who works at Hamilton Medical Center and coaches the Glendale Tigers under-12s. Any resemblance to real people is coincidental.", "cross_client")
D(S, "benign", "This week I met someone who owns a florist on Aspen Road and, separately, someone whose husband is called Melvin. Small towns! 🌷", "cross_client")
D(T, "benign", "Group composition: one member has a viral tortoise (Ziggy); another studies at the University of Richmond. Check for social overlap before week 1.", "cross_client")

# properly de-identified cases
D(C, "benign", "Case presentation (details altered): a man in his thirties, works in logistics, presents with panic following a road traffic accident. Married, one child. Twelve sessions of CBT; GAD-7 from 17 to 6.", "deidentified_case")
D(C, "benign", "I'm presenting a teenage client whose school, family composition and hobbies I have changed. The clinical question is about confidentiality with parents when self-harm is disclosed.", "deidentified_case")
D(E, "benign", "Subject: consult (no identifiers)\n\nAdult client, healthcare worker, recent bereavement, asking for letters to employer every week. How do others set limits on letter-writing?", "deidentified_case")
D(C, "benign", "De-identified: client is an older adult, retired, living alone, with a long history of recurrent depression. We are considering a referral for ECT assessment. Thoughts welcome.", "deidentified_case")

# everyday therapy-life posts
D(S, "benign", "Forty-one minutes between sessions and I used them to eat cold pasta standing up. Glamorous profession. 🍝", "everyday_post")
D(S, "benign", "Reminder that 'I don't know, let's find out together' is a complete clinical sentence.", "everyday_post")
D(E, "benign", "Subject: printer\n\nThe printer on floor 2 is jammed again. I've called IT. Please use floor 1 until further notice.", "everyday_email")
D(S, "benign", "Therapists who also run a private practice: how do you do your own bookkeeping without crying? Asking for me.", "everyday_post")
D(T, "benign", "Fire drill Thursday 10:15. Please warn clients booked in that slot; we'll pause sessions for ten minutes.", "everyday_note")
