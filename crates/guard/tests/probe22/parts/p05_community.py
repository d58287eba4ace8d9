# Volunteering and church: St. Brendan's newsletter, the food bank, the animal shelter,
# Meals on Wheels, the community garden. The therapist writes some items, others are by fellow volunteers.
DOCS = [
("email", "benign", "nonclient_person",
 "ST. BRENDAN'S WEEKLY\n\nFlowers this Sunday are by Grace and Ivy. Please keep in your prayers: Heather's mother Kathryn, recovering from knee surgery; the Bell family on the loss of their father; and all those travelling this week. Coffee after the 10:30 is hosted by the Youth Group."),

("email", "benign", "name_as_word",
 "FOOD BANK ROTA — OCTOBER\nPatience is a virtue, and so is showing up on time! Saturday shifts are 8–11 and 11–2. Hope to see lots of new faces. Joy, as always, is on the tins. Faith will bring doughnuts if we hit 20 volunteers."),

("email", "direct", None,
 "For the prayer list this week, if it's not too late: please keep {{Anthony Rubio|c151|FULL_NAME}} in your prayers. He's been struggling since his wife {{Melissa|c151|RELATIVE}} left, and he's working on it with me every week. He'd never ask himself. — Miriam"),

("email", "quasi", None,
 "SHELTER NEWS: FOSTER OF THE MONTH\nOur featured foster this month is a retired {{firefighter|c127|DISTINCTIVE|occupation}} from {{Plymouth|c127|ADDRESS|city}} who also {{coaches the Plymouth Bears under-10 soccer team|c127|DISTINCTIVE|fact|Plymouth Bears under-10 soccer}}. She's told me — in another capacity! — that fostering kittens got her through a really dark year. 14 kittens and counting. 🐱 — written by Miriam C., volunteer"),

("email", "benign", "single_quasi",
 "Community Garden update: thank you to Wilson Construction for donating the lumber for the six new raised beds! Planting day is Saturday the 9th, bring gloves."),

("email", "direct", None,
 "Hi all, swapping my Saturday food bank shift for the Tuesday evening one. Also — if {{Jess|c181|NICKNAME}} from my Wednesday group turns up to volunteer, please don't let on that you know me through therapy. I told her I'd be there and she's nervous about it. Thanks, M"),

("email", "benign", "public_figure",
 "PARISH MOVIE NIGHT: 'Gifted', starring Chris Evans and Octavia Spencer. Friday 7pm in the hall. Popcorn by the Youth Group, donations to the roof fund."),

("email", "direct", None,
 "Meals on Wheels — new volunteer drivers added to the rota email list this month: heather.b.lancaster@gmail.com, tom.castell@gmail.com, {{williammcclure10@hotmail.com|c221|EMAIL}}. (Heather — {{William|c221|GIVEN_NAME}}'s one of my clients, so please put him on a route that doesn't include my street. Thx.)"),

("email", "quasi", None,
 "From the parish counsellor's corner: congratulations to our parishioner, a {{high school chemistry teacher|c075|DISTINCTIVE|occupation}} in {{Lexington|c075|ADDRESS|city}} who {{breeds champion Basenjis|c075|DISTINCTIVE|fact|Basenjis}} — her dog took Best in Show this weekend. She's been through a lot this year, as some of us know from our sessions together, and we're so proud."),

("email", "benign", "nonclient_person",
 "VOLUNTEER SPOTLIGHT: our longest-serving volunteer, Mrs. Dixon, 91, has knitted 400 hats for the winter drive. When asked her secret she said 'spite'. We love her."),

("email", "direct", None,
 "Dear Father Michael,\n\nI'm afraid I have to decline chairing the pastoral care committee this year. {{Mrs. Alvarado|c033|FAMILY_NAME}}, who sits on it, is currently in therapy with me, and I don't think I can be in both roles. Happy to help in other ways.\n\nMiriam Castell"),

("email", "benign", "nonclient_person",
 "RUN FOR THE FOOD BANK 5K — RESULTS\n212 finishers! Overall winner: Dana Whitfield, 17:42. First junior: Jamie Castell, 24:10. Last but not least: Pretzel the beagle, disqualified for eating a participant's banana."),

("email", "quasi", None,
 "Animal shelter update: the artist behind {{the Pine Terrace mural|c245|DISTINCTIVE|fact|mural on Pine Terrace}}, who also {{owns the dog-grooming salon on Alexander Way|c245|DISTINCTIVE|fact|dog-grooming salon on Alexander Way}}, is offering free washes for every shelter dog on the 20th! She's someone I've worked with professionally for a while and this is a huge step for her. 🐾"),

("email", "direct", None,
 "Drivers for Thursday: me, Heather, and for backup call {{857-351-5788|c014|PHONE}} — no wait, DON'T, that's from my work phone, not the volunteer list. Backup is Heather's husband Jason."),

("email", "benign", "single_quasi",
 "Parish hall repairs are finished! Thanks to Estrada & Sons Plumbing for the generous discount and to everyone who stacked chairs."),

("email", "direct", None,
 "Hi Carol, could you keep me off the garden team shifts with {{Steinar|c157|GIVEN_NAME}}? {{Steinar|c157|GIVEN_NAME}} and I have a therapeutic relationship and it's better for him if we don't dig turnips side by side. Thanks for understanding. — Miriam"),

("email", "benign", "name_as_word",
 "Bible study this week: we're in Mark, chapter 4 — the parable of the sower. Bring a friend, bring a snack. Hope to see you Wednesday at 7."),

("email", "quasi", None,
 "A note from our counselling volunteer: I've been supporting a young woman from {{the University of Dover|c079|SCHOOL}} who is also the proud owner of {{Ziggy, the pig that went viral|c079|DISTINCTIVE|fact|pig named Ziggy}} last spring. She's agreed I can mention how far she's come. We're so proud."),

("email", "benign", "deidentified",
 "GRIEF GROUP — church basement, Thursdays 7pm, open to all, no need to sign up. What's shared in group stays in group. Facilitated by a licensed therapist from the parish."),

("email", "direct", None,
 "Christmas hamper delivery list (PLEASE keep private):\n1. the Okafors, 14 Birch\n2. Mrs. Dixon, Church St\n3. {{Carlota Cid|c039|FULL_NAME}} — she's a client of mine, so maybe Heather delivers that one\n4. the family at the end of Poplar Court\n5. Mr. Evans (leave on porch)"),

("email", "benign", "name_as_word",
 "SHELTER DOGS OF THE WEEK 🐶 Biscuit (3, loves cheese), Noodle (7, hates cats), and Tater Tot (1, chaos). Adoption day Saturday 10–2."),

("email", "direct", None,
 "Food bank thank-yous for the newsletter (Heather, please edit): thank you to everyone who sorted the harvest drive. And, privately — don't print this — {{Inmaculada|c218|GIVEN_NAME}} from {{Moran Foods|c218|EMPLOYER}}, who I know from my practice, organised the two pallets of tins despite everything she's going through."),

("email", "benign", "single_quasi",
 "Choir news: the trombone section of the Manchester Symphony Orchestra will join us for the Easter service! Rehearsals Thursday evenings."),

("email", "quasi", None,
 "Volunteer of the month is a {{corrections officer|c174|DISTINCTIVE|occupation}} from {{Quincy|c174|ADDRESS|city}} who {{breeds champion Whippets|c174|DISTINCTIVE|fact|Whippets}} and brought two of them to the care home visit. She told our grief group last week that the dogs are what keep her going. 🐕"),

("email", "benign", "nonclient_person",
 "Please welcome our new associate pastor, Rev. Christopher Ames, and his wife Allison, who join us from Ohio. Welcome lunch after the 10:30 on Sunday!"),

("email", "direct", None,
 "Lunch club birthday list for November is attached. One correction: remove '{{Barbara J.|c048|INITIALS}}, b. {{10/27/1951|c048|DOB}}' — she's not lunch club, she came off my caseload spreadsheet by mistake. Sorry!! Delete that line."),

("email", "benign", "name_as_word",
 "Trivia night winners: 'The Wheel of Fortune Rejects' 🏆 Runners-up: 'Survivor: Parish Hall Edition'. Thank you to our quizmaster, Father Michael."),

("email", "direct", None,
 "Prayer request (shared with her permission): {{Jaqueline Paris|c117|MISSPELLED_NAME}}, recovering from surgery, and her sons {{Benoît|c117|RELATIVE}} and {{Frédéric|c117|RELATIVE}}. She's worked so hard in our sessions and would appreciate the cards."),
]
