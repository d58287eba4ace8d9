"""Group flyers and social posts about groups, couples and families, by practitioners."""

DOCS = [
    ("social_post", "direct", None,
     "Huge congratulations to {{Penny|c133|NICKNAME}}, who finished all 24 weeks of our DBT skills group tonight and "
     "brought cake for everyone. Proudest facilitator in the building. 🎂 #DBT #groupwork"),

    ("social_post", "direct", None,
     "Not gonna lie, when {{Chase|c260|GIVEN_NAME}} first turned up to the young adults' group he sat by the door with "
     "his hood up for three weeks. Tonight he led the check-in. Growth isn't linear but sometimes it's visible. 🙌"),

    ("social_post", "direct", None,
     "Quote of the week from our Thursday group, shared with permission (she said I could!): \"I thought I came here "
     "to fix my marriage and it turns out I came here to meet myself.\" Thank you, {{Ginger|c341|GIVEN_NAME}}. ✨"),

    ("social_post", "direct", None,
     "So proud of a former client who is now running her own peer support group for paramedics! If you work on the "
     "ambulances and you're struggling, reach out to {{Iris|c321|GIVEN_NAME}} on {{484-335-8939|c321|PHONE}}. 🚑💙"),

    ("social_post", "direct", None,
     "Six months of invitations and today {{Miles|c226|GIVEN_NAME}} finally came to group. He sat through the whole "
     "thing and said one sentence. Best sentence I've heard all year. 🎉"),

    ("social_post", "direct", None,
     "Big love to {{Dimond|c193|MISSPELLED_NAME}} from Tuesday group who stayed behind to stack every chair without "
     "being asked. The little things are the big things. #grouptherapy"),

    ("social_post", "direct", None,
     "Honoured to have co-facilitated this year with peer mentor {{Nathaniel Hopkins|c361|FULL_NAME}}, who graduated "
     "from our men's group in 2023 and came back to give something. Thank you, {{Nat|c361|NICKNAME}}. Lived experience changes the room. "
     "#peersupport #mensmentalhealth"),

    ("email", "direct", None,
     "Subject: FW: flyer, bereavement group\n\n"
     "Could you forward the flyer to the people on the interest list? Most are in the group inbox, but add "
     "{{june.novak@aol.com|c113|EMAIL}}; she asked on the phone and said her brother might come too. First session is "
     "June 3.\nThanks, Gwen"),

    ("social_post", "direct", None,
     "My oldest group member, Mrs. {{Rangel|c333|FAMILY_NAME}}, 72, brought homemade coffee from her own roastery and "
     "told the twenty-somethings to stop apologising for crying. Legend. ☕"),

    ("social_post", "direct", None,
     "@{{April Roth|c343|FULL_NAME}} @{{Sage Peterson|c093|FULL_NAME}} see you both Thursday at group! Bring the "
     "worksheets 😊"),

    ("social_post", "direct", None,
     "Happy birthday to the longest-serving member of our Monday group! {{Joy|c330|GIVEN_NAME}} turns 70 on "
     "{{March 28th|c330|DOB}} and has been coming every Monday for six years. 🎈🎈"),

    ("email", "direct", None,
     "Subject: group flyer proof\n\n"
     "The proof looks great. One thing: the testimonial at the bottom says \"This group saved my life. {{Diamond|c193|GIVEN_NAME}} S.\" "
     "Did {{Diamond|c193|GIVEN_NAME}} actually consent to her name going on a flyer? If not, let's change it to "
     "\"a group member\". Meera"),

    # quasi
    ("social_post", "quasi", None,
     "Our group has its own rock star: she {{sings lead in the Golden Lanterns|c341|DISTINCTIVE|fact|Golden Lanterns}} "
     "and {{breeds Bernese mountain dogs out in Hudson|c341|DISTINCTIVE|fact|Bernese mountain dogs in Hudson}}, and "
     "she still gets nervous before check-in. We all do. 🎤🐕"),

    ("social_post", "quasi", None,
     "Shoutout to the group member who {{runs the deli on Acosta Road|c193|DISTINCTIVE|fact|deli on Acosta Road}} for "
     "feeding us all after the last session. And yes, I listen to {{your true-crime podcast, the Stubborn "
     "Skeptic|c193|DISTINCTIVE|fact|Stubborn Skeptic podcast}}. 🥪🎧"),

    ("social_post", "quasi", None,
     "Our newest group member is a {{librarian|c226|DISTINCTIVE|occupation}} in {{Dover|c226|ADDRESS|city}} whose "
     "{{goat, Noodle, went viral last spring|c226|DISTINCTIVE|fact|goat named Noodle}}. He has promised to bring "
     "photos. I have promised not to make this the whole session. 🐐"),

    ("email", "quasi", None,
     "Subject: group referral, sensitivity\n\n"
     "Heads up: new referral for the Thursday group is a {{data analyst|c113|DISTINCTIVE|occupation}} in "
     "{{Troy|c113|ADDRESS|city}} and her brother {{Todd|c113|RELATIVE}} is already on the waitlist for the men's group. "
     "We need to think about whether siblings can be in the building on the same night. G."),

    ("social_post", "quasi", None,
     "One of my group members is a {{paramedic|c321|DISTINCTIVE|occupation}} over in {{Oxford|c321|ADDRESS|city}} and "
     "also {{hosts a sourdough podcast (the Backyard Gardener, go listen)|c321|DISTINCTIVE|fact|Backyard Gardener podcast}}. "
     "People contain multitudes. 🍞"),

    # benign
    ("email", "benign", "flyer",
     "NEW GROUP: Parents of Teens\n"
     "Thursdays 6.30 to 8pm, 8 weeks from 5 June\n"
     "For parents and carers of 13 to 18 year olds who are finding it hard right now.\n"
     "Facilitators: Naomi Whitfield (LMFT) and Tobias Lindqvist (MSW)\n"
     "Cost: sliding scale. Book through reception.\n"
     "\"You are not the only one.\""),

    ("social_post", "benign", "name_as_word",
     "Our new grief group is called Hope & Healing, and the first session is in May. Summer cohort to follow. If you "
     "have lost someone and you're tired of being the only one at work who still cries, this might be for you. 🌼"),

    ("social_post", "benign", "public_figure",
     "\"Vulnerability is the birthplace of connection.\" Brené Brown said it, and our Tuesday group proved it tonight. "
     "Thank you to every single member. #grouptherapy"),

    ("social_post", "benign", "nonclient_namesake",
     "Made my grandmother Iris's ginger biscuits for the group's last session. Not one left. She'd be thrilled. 🍪"),

    ("email", "benign", "single_quasi",
     "Subject: new peer group, 911 dispatchers\n\n"
     "We're starting a peer support group for 911 dispatchers, Monday mornings after the night shift. Please share "
     "with anyone who might be interested. Facilitated by Colm Dunleavy."),

    ("social_post", "benign", "deidentified",
     "Graduation night for our 12-week anxiety group. Eight people who didn't know each other in January, clapping "
     "for each other in April. I won't share their words, they're theirs. But wow. 🎓"),

    ("social_post", "benign", "name_as_word",
     "Chase the feeling, not the story. Best advice I ever got from a supervisor, and I said it three times in group "
     "tonight. #therapistlife"),

    ("email", "benign", "staff",
     "Subject: flyers, co-facilitator list\n\n"
     "For the autumn flyers, the co-facilitators are: Meera Iyer and Ezra Kavanagh (Tues DBT), Naomi Whitfield and "
     "Tobias Lindqvist (Parents of Teens), Colm Dunleavy (dispatchers' peer group). Please check your titles and "
     "send corrections by Friday."),

    ("social_post", "benign", "therapy_life",
     "Nobody tells you that running a group means buying biscuits in bulk and learning the exact temperature at which "
     "a community centre radiator becomes a safety hazard. 🍪🔥 #groupwork"),
]
