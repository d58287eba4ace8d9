# School-gate and sports-club group chats (Lancaster Kestrels U12 soccer, Adams High parents,
# Carver Elementary Year 3), plus DMs to other parents and emails to club committees.
DOCS = [
("social_post", "benign", "nonclient_person",
 "Kestrels U12 Parents ⚽\nReminder — kit money ($25) to Val by Friday please!! Lost property from Saturday: one blue Adidas bag, one water bottle with JEM written on it in Sharpie, one very sad left shin pad. Claim or it goes to the charity bin x"),

("social_post", "direct", None,
 "Sorry all, wrong chat!! 🙈 Please ignore: \"Confirming {{Vinnie|c101|NICKNAME}} 4:15 Thursday, dad to join for the last 10 min of session\". Carry on with the bake sale debate lol"),

("social_post", "benign", "nonclient_person",
 "Does anyone know if Mrs. Wu is still running the Year 7 trip to the aquarium? Asking for Ivy, who has packed already. It's in March."),

("social_post", "quasi", None,
 "Shoutout to the {{Hamilton Storm U10 volleyball coach|c035|DISTINCTIVE|fact|Hamilton Storm under-10 volleyball}} 🏐 — {{Patterson Studio|c035|EMPLOYER}} graphic designer by day — and honestly after everything he's brought into my office this year, watching him on that sideline on Saturday made me tear up. You'd never know. Proud of you (he knows who he is)."),

("social_post", "benign", "single_quasi",
 "Any other parents at Adams High have a kid doing the robotics club? Jamie wants to join but the form says 'see Mr. Carter' and nobody knows who Mr. Carter is."),

("email", "direct", None,
 "Hi coaches,\n\nRe the U14 roster: please take {{Luis Martin|c011|FULL_NAME}} off my tracking sheet. I realised I know {{Luis|c011|GIVEN_NAME}} professionally and shouldn't be the one handling his medical form or his emergency contacts. Could Val take him on her list instead?\n\nThanks,\nMiriam (team manager, for my sins)"),

("social_post", "benign", "nonclient_person",
 "Happy birthday to our amazing coach Rhonda!! 🎂🎉 The Kestrels love you, even when you make us run laps. Cake at half time Saturday."),

("email", "direct", None,
 "Between us, Heather — {{Febe|c134|GIVEN_NAME}} from {{Washington High|c134|SCHOOL}} is one of mine, so if she's at the sleepover I'll have Ivy skip it. Boundaries! Don't say anything to the other mums, just tell them Ivy's got a cold."),

("social_post", "benign", "nonclient_person",
 "Thank you to Amber's dad for the orange slices 🍊 and to Kelly for driving the minibus to Dover and back in that rain. Heroes, both of you."),

("social_post", "quasi", None,
 "PSA from a tired mum: if you see the {{paramedic|c112|DISTINCTIVE|occupation}} from {{Troy|c112|ADDRESS|city}} in the stands tomorrow (the {{Dover Family Clinic|c112|EMPLOYER}} crew), please don't ask him about the crash on the bypass. Trust me on this one. He doesn't need it and I know more than I should."),

("social_post", "direct", None,
 "Kestrels — can anyone cover my snack duty on the 14th? I've had to book {{Christy|c191|NICKNAME}} in that morning, her usual slot fell through and she really can't miss a session right now. Will owe you!"),

("social_post", "benign", "public_figure",
 "LOST: one lunch box, Miles Morales on the lid, smells faintly of banana. Frank answer: it's probably mouldy. Will collect from anyone, anywhere. — Ivy's mum"),

("social_post", "direct", None,
 "Carpool for Saturday: text me on {{732 205 2764|c005|PHONE}} if your kid needs a seat.\n\nEDIT: ignore that number!!! wrong clipboard. Mine is on the team sheet. Please don't text that one 🙈"),

("social_post", "benign", "single_quasi",
 "Tournament weekend in Burlington! Kestrels families are staying at the Grand Plymouth Hotel, rooms are blocked under 'Kestrels soccer' until the 1st. Pool is open till 9."),

("email", "direct", None,
 "To the Kestrels committee,\n\nRe: the safeguarding complaint raised at Tuesday's meeting. I need to recuse myself from reviewing it. {{Mr. Knappe|c102|FAMILY_NAME}} is currently under my care and it would be a clear conflict for me to sit on the panel.\n\nRegards,\nMiriam Castell"),

("social_post", "quasi", None,
 "Ok I'm going to say it. The {{Kingston Storm U10 basketball coach|c093|DISTINCTIVE|fact|Kingston Storm under-10 basketball}} was on {{Wheel of Fortune (season 22!)|c093|DISTINCTIVE|fact|season 22 of Wheel of Fortune}} and she has been through SO much this year — I see it every week. Give her some grace at pickup, folks."),

("social_post", "benign", "name_as_word",
 "Reminder: Dean wants all permission slips back by Thursday, and the Dean's list assembly is at 2pm Friday. — Ms. Okafor, Year 5"),

("email", "direct", None,
 "Can't do coffee after drop-off, Heather, I've got {{Imelda|c113|GIVEN_NAME}} at 9 and she's in a bad way. Thursday? x"),

("social_post", "benign", "single_quasi",
 "Anyone know a good plumber in Newport? Ours retired to Florida and the downstairs loo is making a noise like a goose."),

("social_post", "direct", None,
 "Volunteer rota attached 📎\n\n...oh no. The attachment is called 'Intake_{{PWilliams|c042|INITIALS}}.pdf' and it is NOT the rota. If you opened it please delete it — it had {{p.williams@aol.com|c042|EMAIL}} and a lot of other things on it. Mortified. Real rota to follow."),

("social_post", "benign", "single_quasi",
 "Hamilton College open day on the 12th — anyone going? Jamie's only 13 but I'm a planner and I like their free muffins."),

("email", "direct", None,
 "Hi Sue, please don't put {{Eva Maria Langern|c094|MISSPELLED_NAME}} on the same fundraising sub-committee as me — she's a client. Any other committee is fine. Thanks for understanding, M."),

("social_post", "benign", "nonclient_person",
 "Shout out to Summer and Grace who ran the raffle 🎟️ — $380 for new nets! And to Jason for the sausage sizzle, even if half of them were charcoal."),

("social_post", "quasi", None,
 "The {{carpenter|c029|DISTINCTIVE|occupation}} from {{Bristol|c029|ADDRESS|city}} who does {{the Stubborn Gardener podcast|c029|DISTINCTIVE|fact|Stubborn Gardener}} built the new dugout for FREE 🙌 And no, I won't tell you how I know her 😇 (work. it's work.)"),

("email", "direct", None,
 "Could whoever is coaching the U10s on Saturday keep an eye on {{Witold Goj|c005|RELATIVE}}? His mum {{Bianka|c005|GIVEN_NAME}} has a lot going on at home — she's told me some of it in session and it's heavy. Don't tell him I said anything. Thanks, M"),

("social_post", "benign", "nonclient_person",
 "Bake sale total: $412!! Thank you Kathryn, Laura, Heather & the whole Year 3 crew. Special mention to Richard's lemon drizzle, which sold out in 6 minutes."),

("social_post", "benign", "deidentified",
 "Parents — a gentle reminder that I'm a therapist in town, so if we bump into each other at pickup and you happen to be a client, I won't say hi first. It's not rude, it's confidentiality 💛 You're always welcome to say hi to me."),

("social_post", "direct", None,
 "Whoever has the tournament first-aid folder: one of my work forms got mixed in — DOB {{11/08/2004|c031|DOB}}, initials {{C. Ward|c031|INITIALS}} on the top. Please hand it back to me unopened. Sorry, my fault entirely."),

("email", "quasi", None,
 "Who's the mum that runs {{the dog-grooming salon on Union Road|c244|DISTINCTIVE|fact|dog-grooming salon on Union Road}}? She's also a physio at {{Johnston Pharmacy|c244|EMPLOYER}}, right? She was brilliant with Ivy's sprain. I just can't recommend her in the group chat given... you know. Work. She's one of mine."),

("social_post", "quasi", None,
 "Team photo day 📸 Massive thanks to the {{photographer|c065|DISTINCTIVE|occupation}} from {{Lexington|c065|ADDRESS|city}} — {{Madison Herald|c065|EMPLOYER}} staffer, {{plays bass in the Velvet Ghosts|c065|DISTINCTIVE|fact|Velvet Ghosts}} — who gave up her Saturday for us, even with everything she's working through with me right now. Legend."),
]
