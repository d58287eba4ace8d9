# Emails to the therapist's own GP (Dr. Bell), landlord (Mr. Holmes), plumber, the kids' teachers.
DOCS = [
("email", "benign", "nonclient_person",
 "Subject: Appointment request\n\nDear Dr. Bell,\n\nI'd like to book my annual physical, ideally a Friday morning. While I have you: my son Jamie needs his asthma inhaler renewed (he's down to the last few puffs), and my husband Tom asked whether he's due a tetanus booster.\n\nThanks so much,\nMiriam Castell"),

("email", "benign", "nonclient_person",
 "Subject: Boiler again\n\nHi Mr. Holmes,\n\nThe boiler at 14 Fenwick Road is making the knocking noise again, mostly first thing in the morning. Could your usual guy take a look this week? We're in most evenings after 6, or the key is with the neighbours at number 16.\n\nBest,\nMiriam"),

("email", "direct", None,
 "Subject: Re: quote for the bathroom\n\nHi {{Richard|c056|GIVEN_NAME}},\n\nThanks for the quote, it's very fair. I've thought about it, though, and given that you're seeing me on Thursdays I think it's best we don't mix the two — I'll go with another plumber for this job. No hard feelings at all, and I'll see you Thursday as usual.\n\nMiriam"),

("email", "benign", "single_quasi",
 "Dear Ms. Sanders,\n\nIvy will be absent on Friday morning for a dentist appointment at Lee Dental Group. She should be back by lunch. Please let me know if there's any work she should catch up on.\n\nKind regards,\nMiriam Castell"),

("email", "direct", None,
 "Dear Mr. Okafor,\n\nI'm Jamie Castell's mum. A small request, and I'm sorry to be cryptic: I understand you've paired Jamie with {{Rhonda Brown|c063|FULL_NAME}} for the history project. For professional reasons I can't go into, could Jamie be paired with someone else? The project involves meetings at each other's homes and I'd rather not be in {{Rhonda|c063|GIVEN_NAME}}'s house, for her sake.\n\nMany thanks,\nMiriam Castell"),

("email", "quasi", None,
 "Subject: slightly awkward\n\nDr. Bell,\n\nThis is slightly awkward. Your new front-desk person — the one who {{drums for the Crooked Pilots|c023|DISTINCTIVE|fact|Crooked Pilots}} and {{was on The Amazing Race|c023|DISTINCTIVE|fact|The Amazing Race}} a few years back — is someone I know through my work, in a way I can't describe. Would it be possible for someone else to handle my records and my bloods?\n\nThanks for understanding,\nMiriam"),

("email", "benign", "nonclient_person",
 "Hi Mr. Holmes, rent for October sent by bank transfer this morning. Also the Wilsons at number 16 said their gutter is overflowing onto our side — maybe worth doing both at once? Thanks, Miriam"),

("email", "direct", None,
 "Hi Mark,\n\nTuesday works for the water heater. Best number to reach me that day is {{(508) 960-4646|c199|PHONE}}.\n\nSorry!! That's not my number — it's a work contact that was on my clipboard. Please don't call it. Mine is 717-555-0143.\n\nMiriam"),

("email", "benign", "nonclient_person",
 "Hi Mrs. Wu,\n\nJamie has been quite anxious about the maths test next week — he's been up late and a bit teary. Speaking as his mum (and, for what it's worth, a therapist), a quick word of reassurance from you would go a long way.\n\nThanks,\nMiriam"),

("email", "direct", None,
 "Hello,\n\nAttaching the registration form for my son. Please ignore the second page of the PDF — it's a client's consent form ({{Kalina B.|c118|INITIALS}}, DOB {{08/02/2007|c118|DOB}}) that got scanned in the same batch at my office. Could you shred it and reply to confirm? I'm very sorry.\n\nMiriam Castell"),

("email", "benign", "name_as_word",
 "Dear Rusty Pipes Plumbing,\n\nThe kitchen tap is dripping again. The guy who came last time, Frank, was great — is he free next week? Will pay the call-out fee in advance if needed.\n\nMiriam Castell"),

("email", "quasi", None,
 "Subject: Re: new tenant downstairs\n\nHi Mr. Holmes,\n\nRe the new tenant in the downstairs flat — I'm afraid there may be a conflict. Without going into any detail, I know her through my practice. She's the dental hygienist from {{St. Anne's|c098|EMPLOYER}}, did her training at {{Georgetown Community College|c098|SCHOOL}}. Could you let me know if the lease is final before I talk to my supervisor about it?\n\nMiriam"),

("email", "direct", None,
 "Hi Ms. Sanders — Jamie's permission slip is attached. One more thing: I cc'd the wrong person on my last email. {{lilia.larrea@outlook.com|c012|EMAIL}} is not Jamie's dad, it's someone from work. Please don't reply-all! Thank you, Miriam"),

("email", "benign", "nonclient_person",
 "Dr. Bell, following up on my bloods from last week — the portal says 'results available' but won't open. Also Tom Castell's repeat prescription is due; can it go to the Walgreens on Main? Thank you!"),

("email", "direct", None,
 "Hi Mark,\n\nCan you do 2pm at the office on Tuesday instead of at home? Actually — scratch that, I was thinking of {{6341 Huber Drive|c190|ADDRESS|street}}, which is a client home visit I have at 2. Our place is 14 Fenwick Rd, and 4pm is fine.\n\nSorry, long week!\nMiriam"),

("email", "benign", "single_quasi",
 "Hi Mr. Holmes, just so you know, the electrician from Rodriguez Electric came this morning and fixed the fuse box. Invoice attached, as agreed. Thanks, M"),

("email", "direct", None,
 "Subject: two things\n\nDr. Bell,\n\nFirst, personally: thanks for squeezing me in. Second, and separately in my professional capacity: I'm treating {{Ms. Korda|c140|FAMILY_NAME}}, who I believe is also your patient, and she's consented to me letting you know she's started therapy. Happy to send a formal letter.\n\nBest,\nMiriam Castell, LCSW"),

("email", "quasi", None,
 "Dear Mrs. Wu,\n\nJamie mentioned that his classmate's dad is the {{HVAC technician|c044|DISTINCTIVE|occupation}} from {{Centerville|c044|ADDRESS|city}} who owns {{that viral ferret, Noodle|c044|DISTINCTIVE|fact|ferret named Noodle}}. Could you avoid seating our families together at parents' evening? I work with... well, I can't say. Thank you for understanding.\n\nMiriam"),

("email", "benign", "name_as_word",
 "Hi Mr. Holmes, could the summer painting finally happen this year? And full disclosure: Pretzel dug up the hydrangea by the back steps. Very sorry. We'll replace it. — Miriam"),

("email", "direct", None,
 "Dr. Bell, a quick general question on lithium monitoring, if you have a minute — I have a client, {{Natty|c128|NICKNAME}}, who says her GP won't check her levels more than once a year. Is that standard? Not asking you to weigh in on her care, just what's typical."),

("email", "benign", "nonclient_person",
 "Thanks Mark! Invoice paid this morning. Tom says the shower has never been better and is now taking 25-minute showers, so thanks for that too."),

("email", "direct", None,
 "Hi Mr. Holmes, for the lease renewal my emergency contact is my sister Laura, {{+1 617 789 6743|c181|PHONE}}.\n\nCorrection — that number's wrong, it came off my work phone (it's a client's). Laura's is 717-555-0182. Apologies!"),

("email", "benign", "single_quasi",
 "Ms. Sanders, Jamie's friend from lacrosse — her mum's a nurse in Kingston — has offered to drive the girls to the museum trip, so Jamie won't need a bus seat. Thanks!"),

("email", "quasi", None,
 "Dr. Bell,\n\nThe locum who saw me last week — the {{paramedic|c116|DISTINCTIVE|occupation}} from {{Georgetown|c116|ADDRESS|city}} who also picks up shifts at {{Dover Family Clinic|c116|EMPLOYER}}? I'm their therapist, so I'd prefer they not be involved in my care going forward. I hope that makes sense.\n\nMiriam"),

("email", "benign", "deidentified",
 "Dear Year 3 team,\n\nI'm a therapist in town, so occasionally I know families at school in another capacity. If a seating or pairing request from me ever seems odd, that's why — I'll never explain, and please don't ask! Thanks for everything you do for Ivy.\n\nMiriam"),

("email", "direct", None,
 "Mr. Holmes — silly question, but is {{Jack Holmes|c131|FULL_NAME}} your brother? Small world if so; he's a client of mine. Please don't mention it to him, I just want to know if I need to tell my supervisor."),

("email", "benign", "nonclient_person",
 "Dr. Bell, ferritin low again (9). Should I take the iron with orange juice or is that an old wives' tale? — Miriam Castell, DOB 04/11/1981"),

("email", "quasi", None,
 "Hi, please don't send the plumber from {{Sullivan & Sons|c230|EMPLOYER}} who owns {{the tortoise Turnip|c230|DISTINCTIVE|fact|tortoise named Turnip}} (the famous one) for Thursday's job — I know her professionally and it would be a boundary issue for both of us. Anyone else is fine. Thanks, Miriam Castell"),
]
