# Student-athletes, societies, sports psychology liaison.
DOCS = [
("email", "direct", None, """Coach Adeyemi,

Just confirming that {{Derek|c384|GIVEN_NAME}} attended his appointment today and we've agreed he can return to full training next week. He'd like to keep the reason between him and the counselling team, so please don't raise it in front of the squad.

Best,
Tanvi (Sport & Wellbeing)"""),
("team_note", "direct", None, """Athlete check-in 09/04 — {{Tiffy|c459|NICKNAME}} (women's rugby 2nds). Reports poor sleep since the selection announcement, skipping breakfast before early sessions. Flagged to sports dietitian w/ consent. Review in 2 wks."""),
("email", "direct", None, """Hi Hannah, the rowing captain asked me to let you know that {{Marty|c448|NICKNAME}} {{Ewing|c448|FAMILY_NAME}} won't be at the 6am erg tests this week — he's working with us on some stuff and we've agreed a break. Please don't push for details. Ta, Ciarán"""),
("team_note", "direct", None, """debrief after the Ultimate Frisbee society's welfare talk: {{Brandon Roberts|c383|FULL_NAME}} stayed behind and disclosed he's been drinking most nights since pre-season. booked him in w/ me Friday 11am. need to check if he's on the athletics scholarship, could affect how we handle the conduct side"""),
("email", "direct", None, """Subject: Drama Soc — welfare

Hiya, I'm the welfare officer for DramaSoc. One of our members, {{Hector Reese|c496|FULL_NAME}}, gave me permission to contact you. He had a panic attack backstage at the dress rehearsal and says he's on your waitlist. Is there any way to speed things up before opening night (the 27th)?

Cheers,
Ellie (she/her), 2nd yr English"""),
("email", "direct", None, """Dear Athletics Department,

For insurance purposes the team physio needs the student's DOB to match the referral. The counselling record lists it as {{2003-01-07|c303|DOB}}, for {{Travis|c303|GIVEN_NAME}} (cross-country). Please correct your form, which currently shows 2003-07-01.

Regards,
M. Lindqvist"""),
("team_note", "direct", None, """Basketball — {{Gallagher|c040|FAMILY_NAME}} ({{John|c040|GIVEN_NAME}}, number 23) in for session 3. Coach keeps calling him 'the big lad'. Still avoidant about the concussion conversation. Plan: psychoeducation re: post-concussion mood."""),
("email", "direct", None, """Hey, it's Kev from Chess Club. Our treasurer {{Rubén Perez|c488|MISSPELLED_NAME}} asked me to pass on that he can't make his Thursday counselling slot because of the inter-varsity tournament, can he rebook? He said to say it was him. thx!"""),
("email", "direct", None, """To the counselling team — student athlete liaison

Name: {{Zacarías Gibert|c288|FULL_NAME}}
Sport: Fencing (sabre)
Mobile: {{860-505-2942|c288|PHONE}}
Reason: Performance anxiety ahead of BUCS Championships. Referred by Head Coach Patel."""),
("email", "direct", None, """Hi Sophie, just so you know {{Jess|c038|NICKNAME}} {{Martinez|c038|FAMILY_NAME}} from netball has been seeing us and it's fine for her to miss Saturday's fixture. She'll message you herself. Thanks, Adaeze"""),
("team_note", "direct", None, """Peer mentor log (Hockey Club): talked with {{K. Baker|c401|INITIALS}} after training, he mentioned he hosts the {{Sunday Birder|c401|DISTINCTIVE|fact|Sunday Birder}} podcast and the comments section has been vile. Signposted to counselling, he said he'd think about it."""),
("email", "quasi", None, """Hi coach — one of your sabre fencers, the one from {{Hamilton College|c340|SCHOOL}} who {{ran for mayor of Clayton in 2004|c340|DISTINCTIVE|fact|mayor of Clayton in 2004}} (long story!), has been to see us about burnout. Nothing you need to act on, just be gentle with the training load please."""),
("team_note", "quasi", None, """Swim team welfare: student at {{Oakland State University|c124|SCHOOL}} on a dual registration, also plays viola in the {{Quincy Symphony Orchestra|c124|DISTINCTIVE|fact|Quincy Symphony}}. Overcommitted, sleeping ~5h. Discussed dropping one commitment."""),
("email", "quasi", None, """Hello! Writing from the Birdwatching Society. A member who studies at {{Salem State University|c171|SCHOOL}} and hosts the {{Analog Birder|c171|DISTINCTIVE|fact|Analog Birder}} podcast told me she's been having a really rough time and asked me to find out about your out-of-hours line. Could you send me the info so I can pass it on? Many thanks, Rhiannon"""),
("email", "quasi", None, """Dear Counselling Centre,

I coach a lacrosse team off campus and one of my assistant coaches is a student of yours — she's at {{Kingston State University|c330|SCHOOL}} and she coaches the {{Manchester Comets under-14 hockey team|c330|DISTINCTIVE|fact|Manchester Comets}} too. She's been very low. What can I do to help without overstepping?

Thanks,
Donal"""),
("email", "quasi", None, """Subject: Football club bar staff concern

Hi, I manage the student union bar. One of the lads who works here part-time ({{Oakland Brewing Company|c402|EMPLOYER}} also employs him on weekends) is the guy who was {{in the Milford Herald for climbing every peak in the state|c402|DISTINCTIVE|fact|Milford Herald for climbing}} last summer. He seems in a bad way. Who do I talk to?"""),
("social_post", "benign", "public_figure", """Naomi Osaka, Kevin Love, Michael Phelps — every time an elite athlete talks openly about therapy, I get a wave of student-athletes booking in. Representation works. 🏊‍♂️🏀🎾"""),
("team_note", "benign", "nonclient_person", """Sports welfare meeting: attendees Coach Mills (rugby), Jo Kearney (physio), Dev (SU sports officer), Sam and Alex (peer mentors). Agreed new concussion-and-mood screening flowchart. Next meeting 3 June."""),
("email", "benign", "name_as_word", """Hi team! Reminder that the Frank Conversations workshop is on Wednesday — it's for any society committee member who wants to get better at Frank talks about drinking culture at socials. Bring a friend. Chase your dreams, not shots 😉"""),
("social_post", "benign", "deidentified", """Proud of a student-athlete I've worked with this year who chose to sit out a final because she knew she wasn't well. That takes more courage than playing through. 💙 (shared with permission, no details)"""),
("email", "benign", "nonclient_person", """Hey Beth,

Thanks for the society's welfare training request. Malachi and I can do the 14th. Please send the list of committee members — Ruby, Dan, Tola, Hamish — so we can sort certificates.

Best,
Counselling Outreach"""),
("team_note", "benign", "ids_and_dates", """Fixture list affecting appointments: BUCS 12/02, 19/02, 26/02; varsity 15/03. Athletes with standing Wednesday slots (ref 4471, 4472, 4480) to be offered Thursday equivalents."""),
("social_post", "benign", "writer_relative", """My brother Derek ran his first marathon today after two years sober. Not a client, just my hero. 🏃‍♂️❤️"""),
("email", "benign", "single_quasi", """Hi, we've had three referrals this month from the Hamilton College rugby squad and I wonder if we should offer a team session on drinking culture. Thoughts? — Orla"""),
("social_post", "benign", "general", """Sports psych tip for exam season: the pre-performance routine that works for penalty kicks works for exam halls too. Breathe 4-7-8, cue word, go. ⚽📝"""),
("team_note", "benign", "nonclient_person", """Note to self: ask Coach Rosa whether the women's basketball captain (Imani? Amani?) wants us at the team meeting. Not a referral, just outreach."""),
("team_note", "benign", "name_as_word", """Society fair notes: the Baking Soc stall had a 'Ginger Snap' competition, Chess Club ran a 'Rook & Rich Tea' stand, and the Poetry Soc chalked 'May the Faith be with you' on the path. Busy day.""")  ,
]
