"""Family therapy: session notes, genograms in prose, family letters."""

DOCS = [
    ("team_note", "direct", None,
     "Family session #3, 50 min\n"
     "Present: {{Eugenie|c092|GIVEN_NAME}} (15, IP), Mo {{Judith|c092|RELATIVE}}, Fa {{Cengiz|c092|RELATIVE}}. "
     "{{Gino|c092|RELATIVE}} (sib, 11) stayed in the waiting room with his headphones on, by his own choice.\n"
     "Content: the school refusal. Fa framed it as laziness; Mo as anxiety; {{Eugenie|c092|GIVEN_NAME}} said, quote, "
     "\"you both talk about me like I'm the weather.\" Good moment. Enactment: asked parents to agree on ONE morning "
     "rule in the room. They got there in about 12 min, with Fa conceding the lift to school.\n"
     "Plan: parents-only session next week. Invite {{Gino|c092|RELATIVE}} in for the last 15 min the week after."),

    ("case_presentation", "direct", None,
     "Genogram, described for the team (I'll bring the drawing)\n\n"
     "Index client: {{Urszula Wiszowaty|c035|FULL_NAME}}, 52. Lives with her partner {{Agnieszka|c035|RELATIVE}} "
     "(together 9 yrs). Two sons from {{Urszula|c035|GIVEN_NAME}}'s marriage: {{Maurycy|c035|RELATIVE}}, 24, who has "
     "cut contact, and {{Arkadiusz|c035|RELATIVE}}, 19, still at home and very close to both women. The ex-husband, "
     "Zbigniew, remarried in Poland and has two small children with his second wife. Maternal grandmother Halina is "
     "alive, 80, and still describes {{Agnieszka|c035|RELATIVE}} as \"twoja koleżanka\" (your friend).\n\n"
     "Patterns I see: cut-off on the male line; the younger son triangulated into every argument between the two "
     "women; three generations of women running businesses while the men leave. Bring your pens."),

    ("email", "direct", None,
     "Subject: Thursday family session\n\n"
     "Hi {{Xiaoming|c078|RELATIVE}},\n\n"
     "Just confirming the family session for {{Ying Xu|c078|FULL_NAME}} on Thursday at 5pm. {{Mei|c078|RELATIVE}} is "
     "very welcome to come too: it's often helpful to hear from a sister. If {{Jing|c078|RELATIVE}} can't get off work "
     "in time we can start without her and she can join by video.\n\n"
     "Best wishes,\nNaomi Whitfield, LMFT"),

    ("case_presentation", "direct", None,
     "Family consult, Tuesday team\n"
     "{{Nadia|c114|GIVEN_NAME}}, 27, came to me for anxiety, but the work has become family work. She and her wife "
     "{{Rosaura|c114|RELATIVE}} have two girls, {{Albina|c114|RELATIVE}} (6) and {{Diana|c114|RELATIVE}} (3). In "
     "February {{Nadia|c114|GIVEN_NAME}}'s father {{Sosimo|c114|RELATIVE}} moved in after a fall. He does not accept "
     "the marriage and calls {{Rosaura|c114|RELATIVE}} \"la amiga\" in front of the children. {{Albina|c114|RELATIVE}} "
     "has started asking which of her mums is the real one.\n"
     "Question: do I bring the grandfather in? He has agreed to \"one meeting, no more\"."),

    ("social_post", "direct", None,
     "The {{Kaczka|c279|FAMILY_NAME}} family made me cry today. Little {{Gaja|c279|RELATIVE}} drew her whole family as "
     "trees and put herself in the middle with the roots holding everyone up. Seven years old. 🌳 #familytherapy"),

    ("team_note", "direct", None,
     "Pt: {{Kit|c048|NICKNAME}} P., 41. Hx: Fa {{Guy|c048|RELATIVE}} dx Alzheimer's 2023, now in care home. Pt is "
     "POA, sib lives abroad and \"sends opinions\". Presenting: irritability at home, wife and kids walking on "
     "eggshells. Family mtg proposed, pt ambivalent. F/u 2/52."),

    ("case_presentation", "direct", None,
     "FAMILY INTAKE\n"
     "Child: {{Karen Richardson|c153|FULL_NAME}}\n"
     "DOB: {{01/12/2011|c153|DOB}}\n"
     "Attending: mother ({{Elizabeth|c153|RELATIVE}}), father; younger sister {{Paige|c153|RELATIVE}} not attending\n"
     "Concern: since starting secondary school, tearful every Sunday night, stomach aches, two recent panic attacks "
     "in class.\n"
     "Family context: father works away Mon to Thu. Mother reports she has \"become the bad cop\".\n"
     "Initial plan: 6 x family sessions, one child-only session to hear her view."),

    ("team_note", "direct", None,
     "Session w/ {{Mateus Goss|c208|MISSPELLED_NAME}} + wife {{Eliza|c208|RELATIVE}} + son {{Oskar|c208|RELATIVE}} (9). "
     "His mother {{Anastazja|c208|RELATIVE}} now living with them. {{Oskar|c208|RELATIVE}}: \"Babcia is the boss now.\" Everyone laughed; "
     "{{Eliza|c208|RELATIVE}} didn't. Explored roles. Next time: grandmother invited."),

    ("email", "direct", None,
     "Hi Folake,\n\n"
     "{{Dustin|c215|GIVEN_NAME}} Jordan's mum rang while you were in with the family at 3. She wants to move next "
     "week's session to the evening because {{Trevor|c215|RELATIVE}} has football. Please call back on the home "
     "number, {{832 342 1671|c215|PHONE}}.\n\nThanks!\nKemi"),

    ("team_note", "direct", None,
     "Home visit, Wed 10:00. {{Christensen|c397|FAMILY_NAME}} household, {{9037 Padilla Lane|c397|ADDRESS|street}}. "
     "Mother {{Tonya|c397|RELATIVE}} present throughout; son in his room at first, came down after 20 min and sat on "
     "the stairs where he could hear. House tidy, food in. Mother tearful about the divorce paperwork. No concerns "
     "re safety. Next visit in 2 wks; plan to see the boy alone at school."),

    ("team_note", "direct", None,
     "Adolescent family work: who's on whose list\n"
     "- {{Jenna Barker|c239|FULL_NAME}}: Naomi, family sessions fortnightly\n"
     "- {{Rachel Estrada|c211|FULL_NAME}}: Tobias, parents-only for now\n"
     "- {{Joaquina Tomé|c290|FULL_NAME}}: Naomi, pending interpreter (father prefers Portuguese)\n"
     "Reminder: none of these go on the whiteboard in the kitchen."),

    ("email", "direct", None,
     "Subject: next Tuesday\n\n"
     "Heads up: {{Michael Jackson|c209|FULL_NAME}} (our client, not the singer, the front desk has made that joke "
     "enough times) is bringing his partner {{Terri|c209|RELATIVE}} to the next session. It'll be the first joint "
     "one. Could we have the bigger room?\n\nGracias,\nPaloma"),

    # quasi
    ("team_note", "quasi", None,
     "New referral from the school counsellor: 10th grader at {{Roosevelt High School|c092|SCHOOL}}, school refusal "
     "since October. Younger brother {{Gino|c092|RELATIVE}} apparently still goes without any problem, which the "
     "parents keep pointing out. Parents' first language isn't English; father's is Turkish. Family work likely."),

    ("case_presentation", "quasi", None,
     "Consult: a {{pharmacist|c035|DISTINCTIVE|occupation}} in {{Kingston|c035|ADDRESS|city}}, early 50s, whose older "
     "son {{Maurycy|c035|RELATIVE}} stopped speaking to her when she came out. The younger boy still lives at home. "
     "She wants a family session with the older son \"even if it's just once\". He has said he'd come if it's not at "
     "her house. How would you set that first meeting up?"),

    ("email", "quasi", None,
     "Subject: consult re grandparent in the home\n\n"
     "Hi Ezra, could I borrow your brain on Friday? Three-generation household: the grandfather, {{Sosimo|c114|RELATIVE}}, "
     "moved in with his daughter and her wife after a fall, and he won't accept the marriage. The eldest granddaughter, "
     "{{Albina|c114|RELATIVE}}, is six and has stopped sleeping in her own bed. I'm wondering about a session with just "
     "the grandfather. Thanks, P."),

    ("social_post", "quasi", None,
     "Family work is humbling. Today a mum who is a {{paramedic|c279|DISTINCTIVE|occupation}} here in "
     "{{Springfield|c279|ADDRESS|city}} told me she can run toward a car crash without blinking but can't sit through "
     "her daughter {{Gaja|c279|RELATIVE}}'s school play without shaking. We're all something. 💛"),

    ("team_note", "quasi", None,
     "FT referral: mother is the {{school counselor|c136|DISTINCTIVE|occupation}} over in "
     "{{Mount Vernon|c136|ADDRESS|city}}; wants family work with her adult daughter {{Kaitlin|c136|RELATIVE}} who has "
     "moved back home. Note she may know half our adolescent caseload professionally. Allocate to someone outside "
     "that district."),

    # benign
    ("case_presentation", "benign", "deidentified",
     "Genogram exercise (training, fictional family)\n"
     "A family of four: mother (44, nurse), father (47, unemployed since the plant closed), identified patient (15), "
     "and a younger sibling (11). Maternal grandmother lives two streets away and has a key. Paternal side: father's "
     "brother died by suicide at 30; nobody speaks about it. Draw the genogram, mark the relationship lines you "
     "hypothesise, and write one question you would ask each person in a first session."),

    ("social_post", "benign", "celebrity_namesake",
     "Watched the Michael Jackson documentary again for our family systems module. Whatever you think of him, the "
     "father-son material is a textbook in how a family's rules get written. #familysystems #Bowen"),

    ("team_note", "benign", "nonclient_namesake",
     "Sorry to bail early tomorrow: my nephew Gino has his confirmation and my sister will not forgive me if I'm late "
     "again. Back Friday. Tobias"),

    ("email", "benign", "single_quasi",
     "Subject: family sessions at school?\n\n"
     "Has anyone done family sessions on site at Roosevelt High School? A parent asked if we could meet in a room "
     "there because of transport. I'm not sure about confidentiality with staff walking past. Thoughts welcome.\n"
     "Naomi"),

    ("case_presentation", "benign", "public_figure",
     "Journal club: Minuchin's structural map vs. Bowen's differentiation of self. Pick one family you work with "
     "(remove names, ages and anything about work or schools) and map it both ways. Virginia Satir's sculpting "
     "optional for the brave."),

    ("team_note", "benign", "name_as_word",
     "Family session, anonymised for the training file: the parents' hope is that the eldest will \"come back to us\". "
     "Joy and grief in the same hour. Mother wore a rose-coloured scarf she said was her late mother's. Will revisit "
     "the grief next time."),

    ("social_post", "benign", "therapy_life",
     "Family therapy is four people telling four different stories about the same Sunday lunch, and all of them are "
     "true. ☕ #familytherapist"),

    ("email", "benign", "different_clients",
     "Subject: room bookings, family work\n\n"
     "Next week's family slots: the Tuesday family (grandmother now lives with them), the Wednesday family (dad is a "
     "paramedic, works 12s), and the Thursday one (older sister at college, joining by video). I'll need the big room "
     "for all three.\nKemi"),

    ("team_note", "benign", "staff",
     "Admin: Naomi Whitfield and Tobias Lindqvist are co-leading the family therapy intake huddle from 1 March. Ezra "
     "Kavanagh covers when either is away. Please send family referrals to the shared inbox, not to individuals."),
]
