# LinkedIn: posts, articles, recommendations, endorsements and comments, where the therapist's
# corporate-wellness and EAP work meets clients' own professional profiles.
DOCS = [
    ("social_post", "direct", None,
     "Congratulations to {{Iris Haas|c342|FULL_NAME}} on being named Head of Children's Services at "
     "{{Arlington Public Library|c342|EMPLOYER}}! 🎉 As her therapist through a very hard few years "
     "I can say nobody deserves it more. #womeninleadership #proud"),
    ("social_post", "direct", None,
     "Recommendation for {{Parker Hebert|c500|FULL_NAME}}\n\"I had the privilege of working with "
     "{{Parker|c500|GIVEN_NAME}} in a therapeutic capacity for two years while he was at "
     "{{Salem Emergency Communications|c500|EMPLOYER}}. His resilience, insight and commitment to "
     "growth are exceptional.\" — Dr Callum Fairbairn, Clinical Psychologist"),
    ("social_post", "direct", None,
     "[comment under a post announcing a promotion to Staff Engineer at {{GravesTech|c030|EMPLOYER}}]\n"
     "So proud of you {{Valerie|c030|GIVEN_NAME}}!! From our very first session to this 💜 The imposter "
     "syndrome never stood a chance."),
    ("social_post", "direct", None,
     "That's a wrap on our six-week resilience programme at {{Lexington Credit Union|c007|EMPLOYER}}! "
     "Special thanks to {{Steven Andrews|c007|FULL_NAME}}, who has been seeing me individually since "
     "the spring and bravely spoke to the whole team about what therapy has done for him. "
     "#EAP #workplacewellbeing"),
    ("social_post", "direct", None,
     "Hire {{Oscar Carlsen|c173|FULL_NAME}}! I've been his counsellor through the redundancy from "
     "{{Lexington Bowling Lanes|c173|EMPLOYER}} and I've watched him rebuild from the ground up. "
     "Hotel and hospitality managers, he's your man. #opentowork"),
    ("social_post", "direct", None,
     "Article excerpt — \"Rebuilding after a workplace injury: a case study\"\n"
     "When Ms. {{Balawender|c458|FAMILY_NAME}} first came to see me, eight months after the accident at "
     "{{Schmidt Dental Group|c458|EMPLOYER}}, she could not sit in a dental chair, let alone stand "
     "beside one."),
    ("social_post", "direct", None,
     "Weird LinkedIn moment: it just suggested I endorse {{Ariana Carpenter|c147|FULL_NAME}} for "
     "\"Resilience\" because we share a phone contact. {{Ariana|c147|GIVEN_NAME}}, if you see this, "
     "I promise I'm not stalking my clients. Please turn off contact syncing, everyone."),
    ("social_post", "direct", None,
     "Thrilled to see my client {{Kjell Strand|c424|FULL_NAME}} take on the chemistry department at "
     "{{Dayton Community College|c424|EMPLOYER}} this autumn. We started working together when he "
     "couldn't stand in front of a class. Now look."),
    ("social_post", "direct", None,
     "[LinkedIn message]\nHi {{Cosme|c446|GIVEN_NAME}}, now that we've finished our sessions, would you "
     "be willing to write a short recommendation about your experience of therapy with me? It "
     "would really help my new practice page. No pressure at all!"),
    ("social_post", "direct", None,
     "Proud to announce that we now provide EAP counselling to "
     "{{Nelson & Ramos Accounting|c330|EMPLOYER}}. Our very first referral, {{Marissa|c330|GIVEN_NAME}} "
     "(front counter, lovely human), has already said it's changed her mornings. 🌅"),
    ("social_post", "direct", None,
     "Three years ago a {{paralegal|c023|DISTINCTIVE|occupation}} in {{Arlington|c023|ADDRESS|city}} "
     "walked into my office after {{a bruising mayoral race in Florence|c023|DISTINCTIVE|fact|mayor of Florence}}. "
     "Today {{Marta López|c023|FULL_NAME}} is running a women's leadership network. I'm honoured to "
     "have been part of her story."),
    # quasi
    ("social_post", "quasi", None,
     "EAP reflections: this quarter at {{Mann Architects|c245|EMPLOYER}} I worked with one architect "
     "whose husband {{Adam|c245|RELATIVE}} had been made redundant the same week she was promoted. "
     "Nobody talks about the guilt of the partner who didn't lose their job."),
    ("social_post", "quasi", None,
     "I don't usually share client stories but this one has permission: a "
     "{{radiographer|c018|DISTINCTIVE|occupation}} in {{Shelby|c018|ADDRESS|city}} who "
     "{{breeds champion Basenjis|c018|DISTINCTIVE|fact|Basenjis in Shelby}} taught me more about "
     "patience than any CPD course."),
    ("social_post", "quasi", None,
     "What I learned from a client who {{hosts the Night Shift Historian podcast|c194|DISTINCTIVE|fact|Night Shift Historian}} "
     "and works the warehouse at {{Cox's Diner|c194|EMPLOYER}}: curiosity is a coping strategy. "
     "#lifelonglearning #therapy"),
    ("social_post", "quasi", None,
     "Our corporate partners make this work possible. At {{Garner Insurance|c198|EMPLOYER}}, one HR "
     "lead who {{coaches the Fairview Pioneers under-10 lacrosse team|c198|DISTINCTIVE|fact|Fairview Pioneers}} "
     "on weekends told me therapy was the only hour a week nobody needed anything from her."),
    ("social_post", "quasi", None,
     "Leadership lesson from my therapy room: a {{software engineer|c160|DISTINCTIVE|occupation}} in "
     "{{Clinton|c160|ADDRESS|city}} who once {{ran for mayor of Springfield|c160|DISTINCTIVE|fact|mayor of Springfield in 2018}} "
     "said losing an election taught him more than winning a promotion."),
    # benign
    ("social_post", "benign", "therapy_life",
     "We're hiring! Still Water Counselling is looking for a part-time practice manager (20 "
     "hrs/week, hybrid). Experience with confidential records essential. DM me or email "
     "jobs@stillwatercounselling.example."),
    ("social_post", "benign", "public_figure",
     "Rereading Esther Perel's \"Mating in Captivity\" for the third time. Every couples therapist "
     "should revisit it once a decade."),
    ("social_post", "benign", "nonclient_person",
     "Congratulations to my colleague Dr Anjali Deshpande on the publication of her book on "
     "perinatal anxiety! Pre-order link in the comments. 📚"),
    ("social_post", "benign", "single_quasi",
     "Delivered a burnout workshop to the night-shift nurses at St. Jude's Hospital today. Most "
     "common question: \"how do I switch off when I get home?\" Answers in my next post."),
    ("social_post", "benign", "nonclient_namesake",
     "Thrilled to welcome Kornelia to our team as a trainee counsellor! She joins us from the "
     "Krakow Institute and will be running our Polish-language group from October. Witamy! 🇵🇱"),
    ("social_post", "benign", "name_as_word",
     "Will AI replace therapists? No. Will it change how people find us? Absolutely. Here's what "
     "I'm telling my supervisees."),
    ("social_post", "benign", "deidentified_case",
     "One executive I worked with (a composite of several, details changed) described her "
     "calendar as \"a list of other people's emergencies\". We spent six sessions on one word: no."),
    ("social_post", "benign", "weak_attribute",
     "As a therapist in Springfield who works mostly with teachers, I can tell you the August "
     "dread is real and it is not a character flaw."),
    ("social_post", "benign", "public_figure",
     "Michael Phelps has said therapy saved his life. If the most decorated Olympian in history "
     "can ask for help, so can your sales team."),
    ("social_post", "benign", "name_as_word",
     "Patience is the most underrated leadership skill. Faith in your team is the second. "
     "Neither appears on a KPI dashboard."),
]
