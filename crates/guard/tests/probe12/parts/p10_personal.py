# The therapists' own posts and e-mails: holidays, pets, family; a few that slip.
DOCS = [
("social_post", "direct", None, """Ran into {{Hope|c285|GIVEN_NAME}} at the farmers market this morning (my client for three years now!) and she introduced me to her partner {{Michelle|c285|RELATIVE}}. I did the awkward therapist wave. Small-town practice life 😅 #therapistproblems"""),

("social_post", "direct", None, """My client {{Grace|c291|GIVEN_NAME}} just texted me a photo of the first cabinet she's built since her injury. Six months ago she couldn't hold a drill. I'm not crying, you're crying. 🪚❤️"""),

("email", "direct", None, """Hi Sis!

Greetings from Lisbon 🌞 The food is unreal. Funniest thing: at the airport I bumped into {{Cher|c348|NICKNAME}} {{P.|c348|INITIALS}}, one of my teenage clients, with her whole family. We both pretended not to know each other, which her dad found hilarious. Anyway! Pastéis de nata count: 9.

Love, Bea"""),

("social_post", "direct", None, """Thread 🧵 on what my clients have taught me this year. 1/ {{June|c260|GIVEN_NAME}} {{G.|c260|INITIALS}} (a paramedic, yes like the month) taught me that you can be brave at work and terrified at home at the same time, and that both are true."""),

("social_post", "direct", None, """Sunday blog post is up: "The cello in the corner." It's about my client {{Sunny|c365|GIVEN_NAME}} {{S.|c365|INITIALS}}, who {{plays cello in the Glendale Symphony Orchestra|c365|DISTINCTIVE|fact|cello in the Glendale Symphony Orchestra}} and brought a recording to our last session. Link in bio."""),

("email", "direct", None, """Hey Tash, quick vent. My 17-year-old client {{Miles|c483|GIVEN_NAME}}, the one who {{plays harp in the Manchester Symphony Orchestra|c483|DISTINCTIVE|fact|harp in the Manchester Symphony Orchestra}}, got into conservatory today and I wanted to tell EVERYONE and obviously can't, so I'm telling you. Don't tell anyone! Wine Friday?"""),

("social_post", "direct", None, """Client gift 🥹 from {{Patience|c272|GIVEN_NAME}} {{J.|c272|INITIALS}}, who knows I love orchids. I know the ethics rules on gifts, and a $12 plant from the supermarket is fine. It's on my office windowsill and it makes me smile every day."""),

("email", "direct", None, """Hon, for the Christmas card list can you add {{Chase Lopez|c157|FULL_NAME}}, {{7906 Davis Way|c157|ADDRESS|street}}, Jackson? He's a client but he sent us one last year and I felt bad not replying. Put it at the bottom, I'll write it myself. xx"""),

("social_post", "quasi", None, """Today a client told me they'd once been {{in the Springfield Herald for delivering a baby on the highway|c047|DISTINCTIVE|fact|Springfield Herald for delivering a baby}}. While studying full-time at {{Glendale State University|c047|SCHOOL}}. I have never felt less impressive in my life. 😂"""),

("email", "quasi", None, """Mom, I can't tell you who, obviously, but one of my new kids at {{Jefferson Middle School|c065|SCHOOL}} was {{on season 18 of The Voice|c065|DISTINCTIVE|fact|season 18 of The Voice}}. You'd have loved her voice. Anyway, how's the hip?"""),

("social_post", "quasi", None, """Yoga recommendation for my local friends: the studio {{on Station Place|c071|DISTINCTIVE|fact|yoga studio on Station Place}} is owned by one of my loveliest clients, who also {{breeds Border collies in Glendale|c071|DISTINCTIVE|fact|Border collies in Glendale}}. Go, and pet the puppies in the lobby. 🐕🧘"""),

("email", "quasi", None, """Ugh, long day. My 13-year-old at {{Madison Middle School|c089|SCHOOL}} who {{hosts a podcast about minor league baseball called Backyard Birder|c089|DISTINCTIVE|fact|Backyard Birder podcast about minor league baseball}} spent the whole session explaining the infield fly rule to me. I now understand it. I am not sure that was the treatment goal."""),

("social_post", "quasi", None, """Bookshop haul 📚 from the little place {{on Rush Avenue|c095|DISTINCTIVE|fact|bookshop on Rush Avenue}}. The owner, a client of mine who is also a student at {{Franklin College|c095|SCHOOL}}, gave me a discount and I pretended not to know her. Therapist life."""),

("email", "quasi", None, """Hey Meg, for your corgi hunt: one of my clients is a {{physical therapist|c102|DISTINCTIVE|occupation}} in {{Springfield|c102|ADDRESS|city}} who {{breeds champion Corgis|c102|DISTINCTIVE|fact|Corgis in Springfield}} there. I can't introduce you, but maybe google it? 😉"""),

("social_post", "quasi", None, """Watched the old Great Home Bake-Off episodes tonight and there was my client (care assistant at {{St. Joseph's Hospital|c109|EMPLOYER}}), {{baking on season 4|c109|DISTINCTIVE|fact|season 4 of The Great Home Bake-Off}}. What a small world. Her lemon tart looked amazing."""),

("email", "quasi", None, """Hi Dad, do you remember that llama video, {{the one with Beans the llama|c114|DISTINCTIVE|fact|llama named Beans}}? Turns out the owner is a {{librarian|c114|DISTINCTIVE|occupation}} in {{Mount Vernon|c114|ADDRESS|city}} I'm seeing for therapy. Not saying more! Love you."""),

("social_post", "benign", "personal", """Two weeks in Portugal and I have finally remembered what joy feels like. Sardines, sunsets, zero e-mails. Back to the office on Monday, rested and slightly sunburnt. 🇵🇹☀️"""),

("social_post", "benign", "pet", """Our rescue greyhound Miles turned 9 today! He celebrated by sleeping for 14 hours and stealing a sock. Best boy. 🐕🎂"""),

("social_post", "benign", "family", """My son Christopher graduated from nursing school today and I have cried at least four times. So proud of you, kiddo. 🎓💙"""),

("email", "benign", "family", """Dear Aunt Faith,

Thank you so much for the birthday card and the lovely scarf. Mum says you're coming up in June; we'd love to have you for Sunday lunch. Rose and Mark send their love too.

Love,
Siobhan"""),

("social_post", "benign", "name_as_word", """Brown butter and sage squash ravioli for Sunday dinner. Recipe in the comments for anyone who asked. Grace before meals is my husband's job; mine is the wine. 🍝🍷"""),

("social_post", "benign", "public_figure", """Took the kids to see Chris Paul play last night. They screamed themselves hoarse, and I got to be a normal parent for three hours. 🏀"""),

("email", "benign", "public_figure", """No, I will not be going to the Tony Robbins seminar my brother-in-law bought tickets for, and no, I will not be discussing Jordan Peterson at Thanksgiving. Love you all. See you Thursday."""),

("social_post", "benign", "name_as_word", """Will I ever learn to pack light? Hope springs eternal. Currently sitting on my suitcase to close it while the cat judges me."""),

("social_post", "benign", "pet", """Ginger the spaniel has discovered the paddling pool and will not come out. We have given up. She lives there now. 🐶💦"""),

("email", "benign", "family", """Hi all, family reunion update: Summer's graduation party is the 14th, at Grandma June's. Bring a dish. Cousin Drew is doing the barbecue, so maybe also bring a backup dish."""),

("social_post", "benign", "personal", """Therapist confession: I take my own advice about 40% of the time. Today I took a real lunch break, outside, with no phone. Tiny win. 🌿"""),

("social_post", "benign", "public_figure", """Just finished Emma Stone's interview about her panic attacks as a kid. So good to hear someone famous talk about it so plainly. Sharing with my teen clients' parents. #anxiety"""),

("social_post", "benign", "name_as_word", """In our house, patience is a virtue and a myth in roughly equal measure. Two kids, one bathroom, one very determined toddler. Send coffee. ☕"""),

("email", "benign", "personal", """Hi Joanne, thanks for the lovely dinner on Saturday. The lemon cake was unreal. Let's do the walk up Carrauntoohil in August if the weather holds. I'll bring the sandwiches this time. x"""),
]
