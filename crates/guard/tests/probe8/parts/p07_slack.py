# Voice: peer consultation on Slack and Teams -- a cross-practice peer group, a regional
# network channel, DMs pasted into threads. @mentions of colleagues, emoji reactions,
# "(edited)", lower-case typing, names half-typed. The colleagues share given names with
# clients; the clients are named, nicknamed, misspelt, or described.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("team_note", "direct", None, """#peer-consult
**Ruth Adeyemi**  10:42
@Priya quick q -- my client {{Allie Ramos|c134|NICKNAME|nickname_full}} (hotel manager, been seeing her 6 months) wants her wife {{Kathleen|c134|RELATIVE}} to join a session. I've never done a one-off couples session inside individual work. Thoughts? 🙏
  💬 3 replies
  **Priya Nair**  10:51
  I'd do it but contract really clearly beforehand, whose session is it etc. And have an exit if it turns into couples therapy by the back door
  **Ruth Adeyemi**  10:53
  thank you!! ❤️"""),

    ("team_note", "direct", None, """[Teams -- Child & Adolescent Peer Group -- thread: "school refusal"]

Fiona McAllister: Re {{Sharon|c256|GIVEN_NAME}} (14) -- update since last week. She went in on Monday and Tuesday, missed Wed. Mum ({{Cheyenne|c256|RELATIVE}}) has been brilliant. {{Whitman Middle|c256|SCHOOL}} have agreed to a reduced timetable till half term.
Fiona McAllister: The interesting thing is she's totally fine on the hill walks with her dad -- she's {{climbed half the peaks in the state|c256|DISTINCTIVE|fact|climbing every peak}} -- just not in a classroom.
Tom Okafor: That's really encouraging 👏 Is the reduced timetable with a plan to build back up?
Fiona McAllister: Yes, adding one lesson a week."""),

    ("team_note", "direct", None, """#first-responders-peer-group
**Dan O'Brien** 🚒  Tue 20:14
Anyone have experience with police clients who are also political? Mine ({{Donna|c153|GIVEN_NAME}} C, {{police officer|c153|DISTINCTIVE|occupation}} in {{Kingston|c153|ADDRESS|city}}) {{ran for mayor a few years ago|c153|DISTINCTIVE|fact|mayor of Clinton in 2021}} and now she's convinced her colleagues are undermining her because of it. Hard to know what's paranoia and what's just... policing 😬
  👀 4   💯 2
**Marta Silva**  Tue 20:31
honestly could be both. I'd be curious what the evidence looks like from her side before formulating anything"""),

    ("team_note", "direct", None, """#peer-consult (edited)
**Niamh Gallagher**  09:03
Morning all ☀️ Bringing {{Jess Caldwel|c049|MISSPELLED_NAME}} to Thursday's group if there's time -- graphic designer, two years in, we've hit a wall. Every session she tells me about the dogs ({{corgis, she shows them|c049|DISTINCTIVE|fact|Corgis in Glendale}}) and I can't get past the dogs. I think the dogs ARE the thing but I don't know how.
  😂 1   🐕 3
**Keith Marsh**  09:15
The dogs are definitely the thing. Bring her!"""),

    ("team_note", "direct", None, """[Teams chat -- cover arrangements, w/c 3 June]

Sandra Osei: Thanks so much for covering. Only one I'm worried about is {{Alexander|c098|GIVEN_NAME}} W. -- if he calls, his mobile is {{(740) 279 9034|c098|PHONE}}. He's been low since the anniversary of the highway thing ({{he delivered a baby on the hard shoulder|c098|DISTINCTIVE|fact|delivering a baby on the highway}}, it's a long story) and he might ring on Wednesday.
Joseph Kamau: No problem, I'll keep my phone on. Anything else I should know?
Sandra Osei: Husband is {{Eric|c098|RELATIVE}}, he's lovely, if he rings it's fine to speak to him in general terms, {{Alexander|c098|GIVEN_NAME}}'s signed consent for that."""),

    ("team_note", "direct", None, """DM pasted into #admin-help by mistake (edited)
**Carys Jones**  14:22
hey can you send the new intake pack to {{lindsay.clayton@aol.com|c148|EMAIL}}, she's starting with me Thursday, pharmacist, referred by her GP. thanks!!
**Carys Jones**  14:23
oh no wrong channel 🙈 can a mod delete pls
  ✅ deleted by admin (not really, it's still in the export)"""),

    ("team_note", "direct", None, """#cover-requests
**ben k**  8:05
anyone free to cover {{gina|c077|GIVEN_NAME}}'s session thurs 4pm? {{gina watson|c077|FULL_NAME}}, paramedic, low risk, just needs someone to hold the space. i'm off sick 🤒
**tunde**  8:40
i can do it, send me the handover notes on the secure system not here 😬
**ben k**  8:41
yes sorry. thanks tunde 🙏"""),

    ("team_note", "direct", None, """[Teams -- CAMHS Peer Network -- thread]

Dr. Helen Hughes: Thoughts welcome on {{Maryse|c270|GIVEN_NAME}} (15). Parents separating, dad ({{Benoît|c270|RELATIVE}}) moving back to Lyon, she's refusing to speak French at home now. Very articulate, very angry, and a bit famous -- {{the tortoise went viral|c270|DISTINCTIVE|fact|tortoise named Meatball}} last year, so kids at school have started calling her "Meatball."
Anil Shah: Oof, poor kid. The language thing is so interesting -- refusing the father's language?
Dr. Helen Hughes: That's my hypothesis too. Will bring to next week."""),

    ("team_note", "direct", None, """#peer-consult
**Grace Whitley**  16:10
Risk question 🚩 My client {{Kevin|c162|GIVEN_NAME}} F. (DOB {{07/30/2008|c162|DOB}}) disclosed self-harm today. I've done the safety plan and informed parents with his consent. Do I also need to let school know (he's a boarder at {{Jackson Prep|c162|SCHOOL}})? Policy is unclear to me.
  ❤️ 2
**Will Anand**  16:24
Check the school's safeguarding policy + your own. Usually you'd only share with consent unless there's significant harm. Call me if you want to talk it through"""),

    ("team_note", "direct", None, """#random
**Sam Achterberg**  12:02
my new client is literally called {{Nancy Lopez|c149|FULL_NAME}} 😂 like the golfer. she's a hotel manager and she has NEVER played golf. first session she said "before you ask, no"
  😂 7   ⛳ 3
**Ola Bello**  12:05
please tell me you didn't ask
**Sam Achterberg**  12:05
I absolutely was about to ask"""),

    ("team_note", "direct", None, """#peer-consult
**Declan Murphy**  19:47
Thoughts on {{Mrs Hayes|c161|FAMILY_NAME}}? 😬 The carpenter I mentioned. Now says her brother {{Jerry|c161|RELATIVE}} has been taking money from their mother's account and she wants me to "put it in writing" that he's financially abusive. I've never met him. Feels like I'm being recruited.
  💯 5
**Aisling Kerr**  19:55
You are being recruited 😅 Stay in your lane -- you can document what she's told you, not what's true."""),

    ("team_note", "direct", None, """[Teams -- Regional Home Visits Rota]

Hussain Ali: Can whoever is doing Thursday's home visits add {{Brian|c217|GIVEN_NAME}}? He's at {{9145 Good Way|c217|ADDRESS|street}}, {{Centerville|c217|ADDRESS|city}}, ground floor, knock loudly. He hurt his back on a job ({{plumber|c217|DISTINCTIVE|occupation}}) and can't drive to us for a few weeks.
Ellen Rooney: I'll add him. Is it ok to park on the drive?
Hussain Ali: Yes, but mind {{the miniature horse|c217|DISTINCTIVE|fact|miniature horse named Pancake}}. Seriously."""),

    ("team_note", "direct", None, """#peer-consult
**Chidi Okeke**  11:30
Anyone worked with dental hygienists? Weirdly specific I know. {{R.J.|c180|INITIALS}} (works at {{Centerville Family Clinic|c180|EMPLOYER}}) keeps saying "I spend all day with people who can't talk back" and I think there's something there about control?
  🦷 2
**Lena Park**  11:42
lol the emoji reactions. But yes, that's a gorgeous metaphor, follow it"""),

    # ---------------------------------------------------------------- quasi
    ("team_note", "quasi", None, """#peer-consult
**Priya Nair**  15:15
Consult pls 🙏 Client is a {{hotel manager|c194|DISTINCTIVE|occupation}} in {{Salem|c194|ADDRESS|city}}, sixties, very charming, and last month he {{painted a huge mural on Bowers Court|c194|DISTINCTIVE|fact|mural on Bowers Court}} without telling anyone at work. He says it's the first thing he's done "just for me" in forty years. I want to celebrate it but I also think there's grief in there. How do I hold both?
  ❤️ 4
**Marcus Bell**  15:30
Hold both out loud. "I'm so glad, and I wonder what it cost you to wait forty years.\""""),

    ("team_note", "quasi", None, """[Teams -- Older Adults SIG -- thread]

Hannah Byrne: Consultation: client in her seventies, {{line cook|c092|DISTINCTIVE|occupation}} in {{Centerville|c092|ADDRESS|city}}, still does two shifts a week. She {{plays oboe in the Winchester Symphony|c092|DISTINCTIVE|fact|oboe in the Winchester Symphony}} and her wife {{Crystal|c092|RELATIVE}} has just gone into a care home. She keeps saying "I'm fine, I've got my music."
Raj Patel: The music is probably genuinely protective. I'd be gentle about naming the grief.
Hannah Byrne: Agreed. Thank you."""),

    ("team_note", "quasi", None, """#peer-consult
**Lucy Tran**  17:02
Q for anyone who works with estate agents 🏠 My client's a {{real estate agent|c276|DISTINCTIVE|occupation}} in {{Madison|c276|ADDRESS|city}} who also {{hosts a gardening podcast (Sunday Mechanic -- don't ask about the name)|c276|DISTINCTIVE|fact|Sunday Mechanic}}. Sixties. Says she's "performing" 24/7 between the viewings and the mic. Where would you start?
  🎙️ 2
**Oisín Walsh**  17:10
Start with where she doesn't perform. Is there anywhere?"""),

    ("team_note", "quasi", None, """#parents-who-work-in-tech
**Ayo Adebayo**  21:00
Not a clinical question exactly, but: client is a software engineer at {{Kestrel Software|c283|EMPLOYER}} who {{coaches TWO kids' hockey teams|c283|DISTINCTIVE|fact|Madison Rockets under-10 hockey}} (under-10s and under-12s) and can't work out why she's exhausted 🙃 How do you gently point out the obvious?
  😂 6
**Emma Kowalski**  21:08
You don't. You ask what a week looks like hour by hour and let her see it"""),

    ("team_note", "quasi", None, """#peer-consult
**Tom Okafor**  13:20
Bringing a client to Thursday: data analyst at {{Pinnacle Systems|c241|EMPLOYER}}, forties, husband is lovely, and he's just bought {{the deli on May Terrace|c241|DISTINCTIVE|fact|deli on May Terrace}} on a whim. He calls it "a midlife crisis with sandwiches" 🥪 I'm not sure whether to be worried or delighted.
  🥪 5
**Ruth Adeyemi**  13:34
why not both"""),

    ("team_note", "quasi", None, """[Teams -- Child & Adolescent Peer Group]

Fiona McAllister: Quick one -- teenage girl, referred via {{Monroe Middle School|c207|SCHOOL}}, who {{painted the mural on Sullivan Street|c207|DISTINCTIVE|fact|mural on Sullivan Street}} this summer. Now getting approached by strangers about commissions and she's overwhelmed. Mum's wondering if therapy should focus on the anxiety or on saying no.
Tom Okafor: Saying no IS the anxiety work, imo."""),

    # ---------------------------------------------------------------- benign
    ("team_note", "benign", "nonclient_namesake", """#rota
**Grace Ndlovu**  08:30
@Will can you swap Friday PM with me? I've got a dentist appt 🦷
**Will Harrington**  08:41
yep no problem, I'll take your 2 and 3pm
**Grace Ndlovu**  08:42
you're a star ⭐
**Summer Price**  08:50
@Grace while you're at it can someone cover my Monday? 🙏"""),

    ("team_note", "benign", "nonclient_person", """#journal-club
**Ian Mulvey**  18:00
Next month's paper: Safran, J. D., Muran, J. C., & Eubanks-Carter, C. (2011). Repairing alliance ruptures. Psychotherapy, 48(1), 80-87.
Also recommend Eubanks, Muran & Safran (2018) meta-analysis if you want the numbers.
  📚 6
**Kim Lau**  18:12
Love this one. Can we also do the Hayes ACT paper after?"""),

    ("team_note", "benign", "nonclient_namesake", """[Teams -- Staff social channel]

Deborah Fenn: Chase graduated today!!! 🎓🎉 (My son, not a client, before anyone panics 😂)
Rose Ikeda: CONGRATULATIONS! So proud of him!
Mark Lindqvist: Brilliant news Deb 🎉
Deborah Fenn: Thank you all, I cried the whole way through"""),

    ("team_note", "benign", "celebrity_namesake", """#random
**Leah F**  13:01
I got Taylor Swift tickets!!!!!! 🎤✨ Not taking questions at this time
**Kofi A**  13:03
which night
**Leah F**  13:03
Saturday. Cancel all my Monday clients I will be hoarse
  😂 9"""),

    ("team_note", "benign", "deidentified_case", """#peer-consult
**Oisín Walsh**  10:20
Keeping this deliberately vague: client, 30s, works in tech, been seeing me a year. Session today was the first time they cried. I didn't say anything for about two minutes and it felt right but also like the longest two minutes of my life. How do you all know when to speak?
  ❤️ 8
**Priya Nair**  10:31
You don't, really. You trust the silence until it feels like abandonment rather than space."""),

    ("team_note", "benign", "name_as_word", """#general
**Amara Eze**  07:55
Hope everyone's OK after the storm last night 🌧️ The office has a leak in Room 2 so I've moved the 9am to Room 4. Grace under pressure from our landlord, who sent someone round at 7am. Will update when it's fixed."""),

    ("team_note", "benign", "name_as_word", """[Teams -- Practice announcements]

Art therapy room is booked for the children's group every Tuesday from next week. Please don't leave paint on the tables, the cleaners have asked.
Mark your calendars: the summer party is on 21 June.
May's supervision schedule is now on the shared drive. Pat yourselves on the back, we cleared the waiting list."""),

    ("team_note", "benign", "single_attribute", """#peer-consult
**Sam Achterberg**  14:45
General question, no client details: has anyone had an EAP referral from Jones Foods before? I've had two this month and I'm wondering if something's going on there (restructure?). Just want to know whether to expect more.
**Lena Park**  14:50
Yeah there's a restructure, three of mine mentioned it"""),

    ("team_note", "benign", "mixed_clients", """#peer-consult
**Keith Marsh**  16:02
Two unrelated clients this week, both made me think about work and identity. One works at Milford Shipyard; the other's a chef in Burlington. Different ages, different everything. But both said, almost word for word, "I don't know who I'd be if I stopped." Anyone else seeing this?"""),

    ("team_note", "benign", "nonclient_namesake", """#general
**Faith Mbeki**  09:00
Good morning! Reminder that @Sunny is running the mindfulness drop-in at 12 today in the big room 🧘
**Sunny Oduya**  09:05
Bring a cushion if you have one! And an open mind 🙂
**Joy Lindgren**  09:06
I'll be there ✨"""),

    ("team_note", "benign", "celebrity_namesake", """#sports-psych-channel
**Tariq Hamid**  20:15
Watching the Michael Jordan doc again. The "and I took that personally" meme is funny but honestly it's a textbook example of a hostile attributional bias that happens to have worked out for him 😅
**Jo Quinn**  20:20
It worked out for him. It doesn't work out for most of my clients who do it."""),

    ("team_note", "benign", "nonclient_namesake", """[Teams -- Staff social channel]

Bilal Hussain: Happy birthday Dawn!! 🎂🎉
Dawn Whitaker: Aww thank you! Cake in the kitchen, it's lemon, it's from the place on the corner
Holly Grant: Best receptionist in the county 💐
Dawn Whitaker: Stop it 😊"""),
]
