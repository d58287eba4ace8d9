# Students' own emails and messages to their counsellor (forwarded / quoted outbound).
DOCS = [
("email", "direct", None, """hi,

sorry for missing tuesday. i overslept bc i was up till 4 finishing the stats coursework (which i still didn't submit lol). can we do next week same time? my roommate Caoimhe said she'd drag me there if she has to.

thanks
{{john morgan|c329|FULL_NAME}}"""),
("email", "direct", None, """Dear Dr. Eze,

Thank you for the session yesterday. I tried the breathing thing before my viva rehearsal and it actually helped?? My supervisor (Prof. Adebayo) didn't notice I was shaking, which is a first.

Best wishes,
{{Mark Hernandez|c341|FULL_NAME}}
MSc Data Science"""),
("email", "direct", None, """Subject: can't make it today

My phone died so emailing from the library. Please call me on {{231 318 5881|c369|PHONE}} if you want to rebook, I'll have it charged by 5. Sorry!!
— {{Frank|c369|GIVEN_NAME}}"""),
("email", "direct", None, """Hello Ms. Okonkwo, it's {{June|c380|GIVEN_NAME}} D. from your Thursday group. I wanted to say I didn't feel comfortable sharing in front of Tyler and Priya last week but I'd like to talk about the thing with my partner in a one-to-one. Is that possible?"""),
("email", "direct", None, """From: {{amber.white@yahoo.com|c400|EMAIL}}
To: counselling@uni
Subject: form

Hiya, attached is the intake form. I wasn't sure what to put for 'GP' as mine is back home. Also my flatmates Keisha and Ruth are both on your waitlist too, is that weird? x"""),
("email", "direct", None, """Hi, I filled in the online self-referral but it crashed at the end. Details again just in case:
Name: {{Erin Gomez|c423|FULL_NAME}}
DOB: {{14 April 2004|c423|DOB}}
Course: Social Work, Year 2
What I'd like help with: anxiety, sleep, family stuff
Thanks"""),
("email", "direct", None, """Dear counsellor,

I'm writing because my friend Olamide said you helped her a lot last year. I've been feeling really isolated since moving here from Lagos and I'm not sure if it's homesickness or something more. I live at {{332 Willow Drive|c451|ADDRESS|street}} now (off campus) so I can come in any afternoon.

Regards,
{{Karen|c451|GIVEN_NAME}} S."""),
("email", "direct", None, """yo its {{luis smith|c453|FULL_NAME}} 🙃 can i move my appt from 2 to 3? got a seminar w/ Dr Whelan that overran last time and i dont wanna be late again"""),
("email", "direct", None, """Lieber Herr Becker — sorry, I write in English so the others in the team can read it. I am {{Rosa Schmidt|c485|FULL_NAME}}, Erasmus student from Leipzig. I would like to continue the sessions after the semester break, if possible online. My tandem partner Jonas said this is possible? Viele Grüße"""),
("email", "direct", None, """Hi, this is {{张凤英|c117|FULL_NAME}} (I go by Fengying). My email on the system is wrong, please use {{timothy.93@gmail.com|c117|EMAIL}} — it's an old account my cousin set up, sorry for confusion. Thank you for being patient with my English."""),
("email", "direct", None, """Sorry this is long. I think I need to talk about my drinking. It's not every day. But Thursday–Sunday it's a lot, and last weekend I don't remember getting home. My housemates Ben, Luca and Sinéad are worried. I'm scared of what you'll say.

{{Michael|c105|GIVEN_NAME}} P. (2nd year Law)"""),
("email", "quasi", None, """Hi — forwarded from a student with her consent, for supervision.
"I'm at {{Salem State University|c032|SCHOOL}} and I'm honestly tired of being 'the girl with the {{tortoise named Turnip|c032|DISTINCTIVE|fact|tortoise named Turnip}}'. People film me on campus. I just want to be normal." """),
("email", "quasi", None, """Forwarding for the team: "hi, I'm the {{University of Salem|c485|SCHOOL}} student who {{painted the giant mural on Magnolia Road|c485|DISTINCTIVE|fact|Magnolia Road}}. The council want to paint over it and I'm devastated, can I get an appointment this week?" — student email, 10/03."""),
("case_presentation", "quasi", None, """Supervision excerpt (student email, quoted): "My brother {{Jack|c105|RELATIVE}} says I'm overreacting but ever since the article in the Salem Herald about me {{delivering a baby on the highway|c105|DISTINCTIVE|fact|Salem Herald for delivering}} I keep having flashbacks." """),
("case_presentation", "quasi", None, """Student wrote in (paraphrased for peer review): studies at {{University of Milford|c064|SCHOOL}}, the owner of the {{parrot named Meatball|c064|DISTINCTIVE|fact|parrot named Meatball}} from TikTok. Feels exploited by the attention. Wants help setting boundaries with followers."""),
("email", "quasi", None, """"I'm a {{Hamilton College|c453|SCHOOL}} student and I {{painted the giant mural on Laurel Court|c453|DISTINCTIVE|fact|Laurel Court}}. Since it went up, people keep messaging me. I can't tell if I'm proud or just anxious." — shared in our reflective practice group"""),
("email", "benign", "nonclient_person", """Hi counselling team, I'm a student rep for the Nursing cohort. Several of us (me, Grace, Tomasz, Hadiza and Eoin) would like to know if you run any group sessions on placement stress. Thanks! Nkechi"""),
("email", "benign", "name_as_word", """hi just wanted to say thank you. to be frank I won't put my name on this, but you helped me sort my life out this year and I passed everything. Summer can't come soon enough 🌞 — a grateful 3rd year"""),
("email", "benign", "general", """Is the counselling service open over reading week? I don't need an appointment I just want to know in case. Thanks."""),
("email", "benign", "ids_and_dates", """Hello, my student number is 21093874 and I have an appointment on 2025-03-19 at 14:00. Is it in room G.12 or online? Thanks."""),
("email", "benign", "writer_relative", """Hi, I'm a staff member not a student — my niece Erin is thinking of coming to your university in September and asked whether the counselling is free. Could you send me some info to pass on?"""),
("email", "benign", "public_figure", """Random but we were talking in group about Lewis Capaldi cancelling his tour for his mental health and someone asked if you could do a session on Tourette's and anxiety. Would be cool!"""),
("email", "benign", "nonclient_person", """Dear Counselling Service, I'm writing on behalf of the Nigerian Students' Association. Our president, Chiamaka Obi, and secretary, Dapo Adeleke, would love to host a mental health evening with you in Black History Month. Please let us know."""),
("email", "benign", "general", """deleting my account on the app bc I'm doing better!! not sure if I need to tell you or if it just stops. either way thank u 💛"""),
("email", "quasi", None, """Shared (with consent) from a mature student: "I'm part-time at {{Winchester Community College|c225|SCHOOL}} and full-time at {{Payne & Wilson Accounting|c225|EMPLOYER}}, and honestly I don't know how anyone does both with kids." """),
("email", "benign", "public_figure", """lol is it a red flag that I've listened to Taylor Swift's Anti-Hero 200 times this week before my exams?? asking for me. see u thursday"""),
("email", "benign", "nonclient_person", """Hi, my flatmates Aisling, Kofi and Benedikt and I had a big argument and I think it's affecting my work. Can we talk about it at my next session? I won't give their names to anyone else obviously."""),
("email", "benign", "writer_relative", """Hey, my girlfriend Penny is coming to visit on the weekend of my appointment, can I move it? She's not a student here."""),
("case_presentation", "quasi", None, """Reflective practice group — case notes (pseudonymised, 'R.')

R. is a part-time postgraduate at {{Oakland State University|c169|SCHOOL}}, studying for a master's in media ethics while working full-time as a producer at {{Oakland Public Radio|c169|EMPLOYER}}. She self-referred in January, describing herself as "permanently on", unable to sleep more than four hours, and drinking two bottles of wine most evenings "to come down".

Over eight sessions the picture that emerged was of someone who had built her whole identity on being competent and unflappable. Her father drank heavily, and R. learned early to manage the mood of the house. At work she is the person everyone calls at 2am when a story breaks. At home, her wife has begun to sleep in the spare room on weeknights because of R.'s restlessness and late drinking.

Much of our early work focused on sleep and on the drinking diary, which R. completed meticulously (of course). She was shocked to add up 70+ units a week. We agreed a reduction plan rather than abstinence, which she has largely stuck to, with two 'blow-outs' after deadline nights.

The piece I'd like to think about with the group is the role of visibility. R. has a modest online following for reasons unrelated to her work or study, and she feels that every version of herself is being watched. She says the only place she is unobserved is alone with a glass. I'm curious about how to work with that without making her feel that I'm one more audience.

I'm also noticing my own pull to be impressed by her, and a wish to be the 'competent counsellor' in return. I suspect we're mirroring each other.

Questions: How do others work with high-functioning drinking in postgraduates who also hold demanding jobs? And how do you bring in the relationship at home when the client keeps it firmly off the table?"""),
]
