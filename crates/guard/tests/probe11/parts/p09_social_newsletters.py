# Social-media drafts and newsletters from small-community practices: client
# spotlights that go too far, de-identified stories that don't, staff introductions,
# seasonal posts full of names that are ordinary words.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("social_post", "direct", None,
     "DRAFT - check before posting!!\n"
     "{{Hope Cooper|c034|FULL_NAME}} gave us permission to share her story: after a year in therapy with our practice, "
     "she's back on the roofs fixing everyone's AC and {{training her Newfoundlands for the Oakland show|c034|DISTINCTIVE|fact|Newfoundlands in Oakland}}. Hope is a "
     "verb. #hope #therapyworks #smalltownpractice"),

    ("email", "direct", None,
     "Subject: Spring newsletter - client spotlight (draft)\n\n"
     "Hi Corinne,\n\n"
     "Here's my draft for the spotlight. Let me know if it's too long.\n\n"
     "---\n"
     "When {{Hope|c378|GIVEN_NAME}} first came to see us she hadn't left the house in weeks except to go to work at the "
     "library. A year of therapy later, she's {{painted the mural on Spring Place|c378|DISTINCTIVE|fact|mural on Spring Place}} "
     "and is training for another go at {{American Ninja Warrior|c378|DISTINCTIVE|fact|American Ninja Warrior}}. "
     "We're so proud of her.\n"
     "---\n\n"
     "Tamsin"),

    ("social_post", "direct", None,
     "Teacher appreciation week! Shoutout to {{Miles|c161|GIVEN_NAME}}, who has been working so hard in his sessions "
     "with us and still drives 40 miles a day to teach his special-ed kids at {{Roosevelt Academy|c161|EMPLOYER}}. "
     "#teachers #mentalhealth"),

    ("social_post", "direct", None,
     "Sunny day, sunny client 🌞 {{Sunny Fitzgerald|c301|FULL_NAME}} finished her last session with us today and "
     "brought the whole team donuts. Her daughter {{Yolanda|c301|RELATIVE}} drew us a card. We'll miss you! "
     "#graduation #therapy"),

    ("team_note", "direct", None,
     "Newsletter mailing list - remove: {{ivyf96@hotmail.com|c166|EMAIL}} (client asked, doesn't want practice "
     "emails in her inbox where her husband might see)."),

    ("social_post", "direct", None,
     "A ray of light this week: {{Ray|c108|NICKNAME}}, one of our longest-standing clients, opened up in group about "
     "{{running for mayor and losing|c108|DISTINCTIVE|fact|mayor of Clayton in 2015}}. The whole room clapped. #grouptherapy #recovery"),

    ("email", "direct", None,
     "Subject: April newsletter\n\n"
     "Corinne - please cut the paragraph about {{April Hines|c110|FULL_NAME}} from the April newsletter. She was happy "
     "to be quoted but not named, and her sister {{Heidi|c110|RELATIVE}} called to say people at the council are "
     "talking. My fault for not catching it. - T"),

    ("social_post", "direct", None,
     "Sage advice from a client, shared with permission: 'You can't design your way out of grief.' Thank you, "
     "{{Sage Acosta|c270|FULL_NAME}}, for letting us quote you. #grief #designers"),

    # ---------------------------------------------------------------- quasi
    ("social_post", "quasi", None,
     "Client win! This barista at {{Richmond Bowling Lanes|c194|EMPLOYER}}, former {{MasterChef contestant (season 15!)|c194|DISTINCTIVE|fact|season 15 of MasterChef}}, "
     "just finished a year of therapy with us. Her dad {{Alexander|c194|RELATIVE}} came to the last session. #family #therapy"),

    ("email", "quasi", None,
     "Subject: newsletter story?\n\n"
     "Tamsin, what about the {{journalist|c326|DISTINCTIVE|occupation}} from {{Centerville|c326|ADDRESS|city}} who "
     "{{breeds Great Danes|c326|DISTINCTIVE|fact|Great Danes in Centerville}}? She said she'd be happy to write something "
     "about her depression for the newsletter, anonymously.\n\nCorinne"),

    ("social_post", "quasi", None,
     "We are in awe of our client who {{pulled a child out of the river last summer (you saw it in the Richmond Herald)|c047|DISTINCTIVE|fact|Richmond Herald for rescuing}} "
     "and who {{plays trombone with the Oakland Symphony|c047|DISTINCTIVE|fact|trombone in the Oakland Symphony}}. Trauma therapy "
     "is hard work. She's doing it. #trauma #heroes"),

    ("social_post", "quasi", None,
     "The only woman {{welder|c069|DISTINCTIVE|occupation}} in {{Shelby|c069|ADDRESS|city}}, a {{Dayton city councillor|c069|DISTINCTIVE|fact|Ward 9 on the Dayton}}, "
     "and now a therapy graduate. Proud of this one. #womenintrades"),

    # ---------------------------------------------------------------- benign
    ("social_post", "benign", "name_as_word",
     "June is Pride Month and Men's Health Month. May was Mental Health Awareness Month. Every month is a good month "
     "to ask for help. #mentalhealth #pride"),

    ("social_post", "benign", "name_as_word",
     "Summer hours: we close at 3 on Fridays from June to August. Iris (our office cat) will be on duty. "
     "#smallpractice #summerhours"),

    ("email", "benign", "not_a_client",
     "Subject: Meet the team!\n\n"
     "This month we welcome Dr. Corinne Abara (psychologist), Tamsin Reilly (counsellor) and Raymond Okafor (office "
     "manager). Corinne grew up in Lagos and trained in Leeds; Tamsin is from Galway; Raymond will answer your calls "
     "with a smile."),

    ("social_post", "benign", "public_figure",
     "Michelle Williams speaking about grief and motherhood in that interview was everything. If it resonated, you "
     "don't have to carry it alone. #grief #mentalhealth"),

    ("social_post", "benign", "deidentified",
     "Client story (details changed): a woman in her 60s, recently widowed, who thought therapy was 'for young "
     "people'. Eight sessions later she joined a walking group. It's never too late. #grief #olderadults"),

    ("social_post", "benign", "fits_several",
     "One of our clients coaches under-12 hockey and told us the best therapy is a rink at 6am. We don't disagree. "
     "#hockey #mentalhealth"),

    ("email", "benign", "single_attribute",
     "Subject: newsletter idea\n\n"
     "Someone at Steele Electric suggested a piece on mental health in the trades. Could be good for the autumn "
     "issue? - Corinne"),

    ("social_post", "benign", "name_as_word",
     "Harmony isn't the absence of conflict. Joy isn't the absence of grief. Grace isn't the absence of mistakes. "
     "Faith isn't the absence of doubt. #therapistthoughts"),

    ("social_post", "benign", "weak_attribute",
     "Shoutout to all the journalists in our community working through burnout. Deadlines don't care about your "
     "nervous system, but we do. #journalism #burnout"),

    ("team_note", "benign", "different_clients",
     "Newsletter: feature ideas - mural artists in town (there are lots), the Oakland Symphony's outreach concert, "
     "and the new Steele Electric apprenticeship. All public info, no clients."),

    ("social_post", "benign", "writer_family",
     "My daughter Hope turned 7 today and asked why people come to my office to 'talk about feelings'. Best answer I "
     "had: because feelings are easier with company. #parenting #therapistmom"),
]
