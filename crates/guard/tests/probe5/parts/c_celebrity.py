"""Benign: the real celebrities who share a client's full name (and a few others)."""
DOCS = []


def D(kind, text, sub="celebrity_namesake"):
    DOCS.append((kind, "benign", sub, text))


D("social_post", "Taylor Swift's Eras Tour set runs over three hours and I need a stretch break after a 50-minute session. Respect. 🎤")
D("social_post", "Therapist confession: Taylor Swift's \"Anti-Hero\" has been on repeat all week. \"It's me, hi, I'm the problem\" is basically a cognitive distortions worksheet.")
D("email", "Subject: Concert night\n\nHi Ingrid,\n\nTaylor Swift is playing the stadium on the 14th and half the town will be gridlocked. Should we move that evening's sessions to telehealth?\n\nDesmond")
D("team_note", "Waiting-room magazines: the issue with Taylor Swift on the cover keeps walking off. Grab another copy if you pass the newsagent.")
D("social_post", "Yes, I cried at the Taylor Swift concert. Yes, I'm a therapist. No, those two facts are not in conflict. 💜 #ErasTour")
D("social_post", "Chris Evans talking openly about his panic attacks during the Avengers press tour probably did more for young men's help-seeking than every poster we've ever printed. 🛡️")
D("social_post", "Friday movie night: Chris Evans in Knives Out. That cable-knit sweater is a mood regulator. 🧶")
D("team_note", "Someone asked whether the Chris Evans on the waiting-room TV was \"the real one.\" Yes: it's a Captain America rerun. Can we switch it to the nature channel?")
D("case_presentation", "Psychoeducation resources (public interviews only): Chris Evans (the Captain America actor) on panic attacks, Emma Stone on childhood anxiety, Kevin Love (NBA) on his in-game panic attack. Useful for normalising with adolescents.")
D("social_post", "Kevin Love's essay \"Everyone Is Going Through Something\" is still required reading in my men's group. An NBA champion admitting he had a panic attack mid-game hits different. 🏀")
D("email", "Subject: Kevin Love Fund documentary\n\nHi Farida,\n\nThe Kevin Love Fund is streaming its mental-health documentary free this week. Lunch-and-learn on Wednesday?\n\nTomasz")
D("team_note", "Sports psychology CE on Friday. Examples include Kevin Love (Cavaliers) and DeMar DeRozan speaking about depression, all from public interviews.")
D("case_presentation", "Media literacy session for the teen group: compare how Kevin Love and Michael Phelps describe their depression with how the tabloids covered them. Public sources only.")
D("social_post", "Kevin Love dropping the tough-guy image in public was brave. Hoping more athletes follow. #NBA #mentalhealth")
D("social_post", "Michael Jordan in The Last Dance is a masterclass in what happens when competitiveness becomes the whole personality. Fascinating, and a little sad. 🏀")
D("email", "Subject: Tickets\n\nHi Desmond,\n\nMy brother-in-law has two tickets to the Michael Jordan tribute night on Saturday. Want them? I can't go.\n\nNadia")
D("social_post", "Emma Stone once said she drew her anxiety as a little green monster. Borrowing that for the kids' group (with credit). 🟢")
D("social_post", "Will Smith at the Oscars turned into a national conversation about anger, shame and repair. Whatever your take, it's a useful case study in public emotion regulation.")
D("team_note", "The framed Will Smith \"Pursuit of Happyness\" poster is coming down from the waiting room as part of the redesign. Anyone want it?")
D("email", "Subject: Trivia night\n\nHi Oksana,\n\nOur staff trivia team name is \"Taylor Swift's Therapists\" unless someone objects by Friday. Runner-up: \"The Avengers (Chris Evans Not Included)\".\n\nPriyanka")
D("social_post", "Emma Stone, Taylor Swift, Kevin Love: when famous people talk about anxiety, the people in my office feel less alone. Representation matters. #mentalhealthawareness")
