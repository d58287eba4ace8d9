"""Benign: client names used as ordinary words (April .. Ivy)."""
DOCS = []


def D(kind, text, sub="name_as_word"):
    DOCS.append((kind, "benign", sub, text))


# --- April
D("team_note", "April stats: 312 sessions, 14 new intakes, 3 discharges. Waitlist down to 9.")
D("social_post", "April showers, May flowers, and a whole lot of \"is it anxiety or is it pollen?\" conversations. 🌧️🌷")
D("email", "Subject: CEU deadline\n\nHi Desmond,\n\nReminder that our licences renew on 30 April and you still need 6 ethics hours. There's a webinar on the 17th.\n\nOksana")
D("social_post", "April Fools' idea for the office: swap the white noise machine for whale song. Dr. Okafor said no. 🐋")

# --- Summer
D("email", "Subject: Summer Reading List\n\nHi all,\n\nHere's the summer reading list for the consult group: The Body Keeps the Score, Maybe You Should Talk to Someone, and Lost Connections. One a month.\n\nFarida")
D("team_note", "Summer hours start 1 June: the office closes at 3pm on Fridays through August.")
D("social_post", "Summer break for the kids means chaos for a lot of parents. Reminder: structure doesn't have to be strict to be helpful. ☀️")
D("social_post", "#SummerSelfCare day 4: a swim before work and zero guilt about it 🏊‍♀️")
D("case_presentation", "Teaching case (composite): seasonal pattern depression with summer onset rather than the usual winter pattern. Discuss heat, sleep disruption and loss of routine.")

# --- Art
D("social_post", "The art of doing nothing is something I have to relearn every holiday. 🎨")
D("team_note", "Art supplies for the children's group are low: markers, glue sticks, clay. Leticia will order by Thursday.")
D("email", "Subject: Art Therapy Workshop\n\nHi Nadia,\n\nThe Art Therapy Workshop is full but there's a waitlist. Shall I put both our names down?\n\nDesmond")
D("case_presentation", "State of the art in trauma treatment: a short review of EMDR, CPT and PE outcome data. Slides only, no client material.")
D("social_post", "ART IS THERAPY. THERAPY IS ART. That's the poster my kid made for my office and it's staying forever.")

# --- Sage
D("social_post", "Roast chicken with sage and lemon, a slow Sunday, no email. That's the self-care plan. 🌿")
D("team_note", "Bookkeeping moves to the Sage accounting software on the 1st; Tomasz will run a training at noon Tuesday. Bring your login.")
D("social_post", "The most sage advice I got from my first supervisor: \"You don't have to be interesting, you have to be interested.\"")
D("email", "Subject: Burning sage in the group room?\n\nHi Ingrid,\n\nThe facilitator of the Indigenous wellness circle asked whether burning sage is allowed in the group room. The smoke detector says no; could we offer the courtyard instead?\n\nFarida")

# --- Chase
D("email", "Subject: Chase deposit\n\nHi Tomasz,\n\nThe Chase deposit from last Friday still hasn't posted. Could you call the bank and chase it up?\n\nIngrid")
D("social_post", "Stop chasing closure from people who were never going to give it. You're allowed to write your own ending.")
D("team_note", "Cut to the chase on Monday: we need a decision on the waitlist policy. 15 minutes, max.")
D("social_post", "Wild goose chase this morning looking for a working fax machine. In 2025. Healthcare, never change. 📠")

# --- Miles
D("social_post", "Walked 5 miles before my first session and I swear I listen better for it. 🥾")
D("team_note", "Mileage reimbursement: log miles for home visits on the green form. The IRS rate changed in January.")
D("email", "Subject: Conference travel\n\nHi Nadia,\n\nThe conference is about 200 miles away, so I'm driving. Happy to give you a lift; we'd leave at 7.\n\nLeticia")
D("social_post", "Miles to go before I sleep, and every one of them is a progress note. #documentation")

# --- Penny
D("social_post", "A penny for your thoughts? In this economy it's $175 per 50 minutes. 😬 (Kidding. Mostly.)")
D("team_note", "Petty cash came up $4.37 short. Every penny has to be accounted for, so please log anything you take out.")
D("email", "Subject: Penny-pinching on supplies\n\nHi Desmond,\n\nI know we're penny-pinching, but the cheap tissues are getting complaints. Can we go back to the soft ones?\n\nOksana")
D("case_presentation", "Workshop exercise: the \"penny jar\" technique for behavioural activation, where each completed activity earns a coin. Pros and cons for low-motivation presentations.")

# --- Ginger
D("social_post", "Ginger tea, fuzzy socks and a cancelled evening meeting. Bliss. 🫖")
D("team_note", "Kitchen: someone left ginger biscuits by the kettle. Help yourselves.")
D("email", "Subject: Re: nausea handout\n\nHi Farida,\n\nFor the pregnancy-anxiety group handout, the OB suggests ginger chews and small frequent meals. Please add a line telling people to check with their own doctor.\n\nNadia")
D("social_post", "My ginger cat has appointed himself co-therapist and sits on the telehealth laptop every afternoon. 🐈")

# --- Dawn
D("social_post", "Dawn walk before the day starts. The sky doesn't care about my to-do list and that's the point. 🌅")
D("team_note", "Fire alarm test at dawn on Saturday (6am). Don't panic if you get the automated text.")
D("email", "Subject: Dawn Patrol\n\nHi Desmond,\n\nThe running club's Dawn Patrol starts again Monday at 5:45. Still in?\n\nTomasz")
D("social_post", "It dawned on me today that I keep telling people to rest while running on five hours of sleep. Physician, heal thyself. 😴")
D("case_presentation", "Sleep module: early-morning awakening (waking before dawn and unable to get back to sleep) as a melancholic feature, and how to tell it from circadian phase advance.")

# --- Patience
D("social_post", "Patience isn't waiting quietly, it's how you behave while you wait. Today my patience was tested by a parking meter. 🙃")
D("team_note", "Thank you all for your patience while the phones are down. Use the mobile on the front desk for anything urgent.")
D("email", "Subject: Patience please — portal migration\n\nHi all,\n\nThe client portal will be down 6–9pm Wednesday. Patience appreciated; Tomasz is on it.\n\nIngrid")
D("social_post", "PATIENCE IS A VIRTUE, cross-stitched by my grandmother, now hanging over my desk and judging me during insurance calls.")
D("case_presentation", "Supervision topic: therapist impatience with slow progress. How do we model patience without colluding with avoidance?")

# --- Holly
D("social_post", "Decked the office with holly and fairy lights. The holidays are hard for a lot of people; the door is open. 🎄")
D("team_note", "Please don't hang the holly wreath on the group-room door again. A toddler in the waiting room tried to eat the berries.")
D("email", "Subject: Holly Lane office lease\n\nHi Leticia,\n\nThe lease on the Holly Lane satellite office is up in March. Do we renew or consolidate?\n\nDesmond")
D("social_post", "Hollywood endings are not a treatment goal. \"A bit better on Tuesdays\" is a perfectly good outcome.")

# --- Amber
D("team_note", "Amber alert went off on everyone's phone during group at 2:10. We paused for a few minutes; all fine.")
D("social_post", "Autumn walk: amber leaves, cold hands, warm coffee. 🍂")
D("case_presentation", "Risk rating definitions for the weekly huddle: red = active plan, amber = ideation without plan or intent, green = no current ideation.")
D("email", "Subject: AMBER status for the heating\n\nHi all,\n\nFacilities has us on amber for the heating: it works, but barely. Bring a jumper.\n\nOksana")

# --- Jack
D("team_note", "The car jack from the office car is missing. If you borrowed it for the flat tyre on Tuesday, please put it back.")
D("social_post", "Jack of all trades, master of none: private practice means therapist, IT department, bookkeeper and plumber. 🔧")
D("email", "Subject: Headphone jack in room 2\n\nHi Tomasz,\n\nThe laptop in room 2 has a broken headphone jack, so telehealth audio leaks into the hallway. Can we get a USB headset?\n\nNadia")
D("social_post", "Jack-o'-lanterns on the front steps, courtesy of the Tuesday teen group. 🎃")

# --- Drew
D("social_post", "Drew a line under a rough week with a long bath and zero screens. 🛁")
D("team_note", "The open house drew about 40 people. The sign-up sheet for the parenting group is in the tray.")
D("email", "Subject: Room plan\n\nHi Leticia,\n\nI drew up a room plan for the new suite (attached). The quiet room goes at the back, away from the lift.\n\nFarida")
D("case_presentation", "Journal club: the authors drew on 14 RCTs to estimate how homework compliance affects outcome. Presenter: Desmond.")

# --- Ray
D("social_post", "One ray of sun through the blinds at 4pm and suddenly I'm a person again. ☀️")
D("team_note", "Dental X-ray at 11, back for my 1pm. — Ingrid")
D("email", "Subject: Light boxes\n\nHi Desmond,\n\nThe light-therapy lamps we lend out: do they block every UV ray? Someone asked, and I'd like to answer with confidence.\n\nNadia")
D("case_presentation", "Didactic: \"A Ray of Hope?\" Reviewing the evidence on ketamine-assisted therapy for treatment-resistant depression. Slides only.")

# --- Pat
D("team_note", "PAT testing (portable appliance testing) on all office electricals next Tuesday. Unplug kettles by 9.")
D("social_post", "Twelve years in, I have the \"hello, how are you\" small talk down pat. The \"no, how are YOU really\" part still takes work.")
D("email", "Subject: Courthouse security\n\nHi Farida,\n\nHeads up if you're testifying Thursday: security now does a full pat-down and you can't bring the laptop bag in.\n\nLeticia")
D("social_post", "Gave the dog a pat, made tea, wrote one note. Progress is progress. 🐕")

# --- Sue
D("team_note", "Legal: a former client's ex-spouse has threatened to sue the practice over a records request. Risk management says document everything and don't reply directly.")
D("social_post", "You can't sue your brain for false advertising, but some of those 3am thoughts really should be actionable. 😴")
D("email", "Subject: Malpractice cover\n\nHi Desmond,\n\nGood news: our policy covers defence costs if anyone tries to sue us over telehealth across state lines. Details attached.\n\nIngrid")
D("social_post", "\"Sue me\" was my teenage answer to everything. Now I teach repair conversations for a living. 😅")

# --- Rich
D("social_post", "Rich tea biscuits and a cuppa between sessions: the survival kit. ☕")
D("team_note", "Training budget: the trauma-informed care course is a rich resource for $80. Approved for anyone who wants it.")
D("email", "Subject: Get-rich-quick webinars\n\nHi all,\n\nPlease stop forwarding the \"six-figure therapist\" webinars. If it looks like a get-rich-quick scheme, it is one.\n\nOksana")
D("case_presentation", "Teaching case (composite): adolescent anxiety in rich families. Achievement pressure, high expectations and the paradox of easy access to care.")
D("social_post", "Rich people get therapy, poor people get a prescription and a six-month waitlist. That's the gap we have to close. #mentalhealthequity")

# --- Rusty
D("social_post", "My Spanish is rusty but I did an entire intake call in it today and nobody cried. 🇪🇸")
D("team_note", "The back-gate padlock is rusty and sticks. Use the WD-40 in the cupboard; don't force it.")
D("email", "Subject: Rusty on EMDR\n\nHi Nadia,\n\nI haven't used EMDR in two years and feel rusty. Would you do a peer consult before I start it with someone new?\n\nLeticia")
D("case_presentation", "Skills refresher: Rusty on Motivational Interviewing? OARS review, reflective listening practice, rolling with resistance. Role-plays only.")

# --- Sunny
D("social_post", "Sunny side up, that's the goal today. 🍳☀️")
D("team_note", "Forecast says sunny on Saturday, so the staff picnic moves to the park instead of the office.")
D("email", "Subject: Sunny Days Camp\n\nHi Farida,\n\nSunny Days summer camp has three places for children with anxiety. Brochure attached if you want to pass it on.\n\nTomasz")
D("social_post", "Sunny disposition before coffee? No. Sunny by 10am? Absolutely. #morningperson")
D("case_presentation", "Didactic: the \"sunny\" presentation of high-functioning depression, bright affect masking anhedonia. Which screening questions to ask anyway.")

# --- Dean
D("email", "Subject: Letter from the Dean\n\nHi Nadia,\n\nThe Dean of the counselling programme has asked us to host two more practicum trainees. I'm inclined to say yes if you'll co-supervise.\n\nDesmond")
D("team_note", "Reminder: the university dean's office needs the supervision hours log signed by the 30th.")
D("social_post", "Shoutout to the associate dean who told my graduating class \"you will never be finished learning.\" Still true fifteen years later.")
D("case_presentation", "Campus consultation: working with a dean of students on accommodations without disclosing a diagnosis. Policy overview only, no client data.")

# --- Iris
D("social_post", "The purple iris by the front steps is blooming again. I planted it the year I opened the practice. 💜")
D("team_note", "EMDR screening reminder: ask about recent eye surgery (iris, lens or retina) before starting bilateral eye movements.")
D("email", "Subject: IRIS SCANNER at the hospital entrance\n\nHi Leticia,\n\nThe hospital now uses iris scanning for staff entry, so we'll need to register before our group starts there in May.\n\nIngrid")
D("case_presentation", "Art therapy module: Van Gogh's \"Iris\" (1889) as a prompt for talking about creativity and mental illness, without romanticising suffering.")

# --- Ivy
D("social_post", "Ivy League degree and I still can't get the office printer to work. Humbling. 🖨️")
D("team_note", "The English ivy on the east wall is creeping into the window of room 4. Landscaper booked for Friday.")
D("email", "Subject: Poison ivy by the back path\n\nHi all,\n\nThere's poison ivy along the path to the back car park. Please use the front entrance until it's cleared.\n\nOksana")
D("social_post", "IVY + MOSS + FERNS: the terrarium workshop was the calmest hour of my month. 🌱")
