"""Benign: the writer's relatives, colleagues and other non-clients who share a client's name."""
DOCS = []


def D(kind, sub, text):
    DOCS.append((kind, "benign", sub, text))


D("social_post", "writers_relative", "My daughter Grace turned 7 today and asked for \"a therapy session like Mummy does, but with cake.\" 🎂")
D("email", "colleague", "Subject: Front desk cover\n\nHi all,\n\nOur receptionist June is on leave next week, so Priyanka will cover the phones. Please go easy on her; she's new to the system.\n\nIngrid")
D("team_note", "colleague", "Dr. Holly Nguyen from Mercy Hospital's psychiatric liaison team will join Thursday's case conference to talk about inpatient discharge planning.")
D("social_post", "writers_relative", "My husband Mark made dinner, did bedtime and let me nap after a heavy week. Marry someone who gets it. 💕")
D("email", "writers_relative", "Subject: Out Friday\n\nHi Desmond,\n\nI'm out Friday for my brother Frank's wedding in Portland. Back Monday.\n\nLeticia")
D("team_note", "colleague", "Welcome to our new intern, Sage Thornbury, starting Monday! She'll shadow the Tuesday group and sit in on intake calls.")
D("social_post", "writers_relative", "Grandma Rose would have been 100 today. She taught me that listening is a form of love. 🌹")
D("team_note", "non_client", "Dawn from the landlord's office says the lift will be serviced Wednesday 8–10am. Ground-floor rooms for anyone with mobility needs that morning.")
D("email", "colleague", "Subject: Supervision swap\n\nHi Miles,\n\nCould we move our peer supervision to Thursday at 4? I have a school meeting on Wednesday.\n\nFarida")
D("social_post", "writers_relative", "My son Jack just got his learner's permit. Every regulation skill I teach is being tested from the passenger seat. 🚗")
D("team_note", "colleague", "Pat Kowalczyk, our new billing assistant, will handle superbills and CEU certificates from now on. Her extension is 214.")
D("email", "non_client", "Subject: Plumber\n\nHi Tomasz,\n\nRusty the plumber is coming at 9 to fix the staff toilet. Could you let him in? I'm in session until 10.\n\nIngrid")
D("social_post", "writers_relative", "My niece Summer graduated from nursing school today! Proudest auntie in the building. 👩‍⚕️🎓")
D("team_note", "colleague", "Iris from the IT contractor will reset everyone's EHR passwords on Friday afternoon. Save your work before 2.")
D("social_post", "non_client", "Shoutout to Hope, the barista at the corner café, who remembers my order and asks how my day is going. Tiny kindnesses. ☕")
D("email", "colleague", "Subject: Thanks, Dean\n\nHi Dean,\n\nThanks for covering the on-call phone this weekend. I owe you one.\n\nNadia")
D("social_post", "writers_relative", "Date night with my wife Ivy: no phones, no shop talk, just very bad bowling. 🎳")
