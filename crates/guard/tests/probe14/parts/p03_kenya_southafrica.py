# Kenya and South Africa: Kenyan English and Sheng/Swahili ("sasa", "pole sana", "asante", "mzee"),
# South African English with Afrikaans and isiZulu words ("just now", "eish", "ag shame", "lekker",
# "tannie", "oom", "robot" = traffic light, "bakkie"), YYYY/MM/DD dates, +254 / 082 numbers of non-clients.
DOCS = [
    # ---------------- direct ----------------
    ("team_note", "direct", None,
     "Eish, Mrs {{Cruz|c050|FAMILY_NAME}} phoned just now – she'll be late for her 2pm, her bakkie broke down at the robot "
     "by the school. Please don't give her slot away, she'll come now now."),
    ("email", "direct", None,
     "Sasa Wanjiru,\n\nPole sana for the late reply. {{Deb|c042|NICKNAME}} (the HR lady from {{Jackson Realty|c042|EMPLOYER}}) "
     "has cancelled Thursday again. Kindly call her and book for next week, she prefers mornings.\n\nAsante,\nOtieno"),
    ("case_presentation", "direct", None,
     "Case presentation – Tygerberg psychology registrars' meeting\n\nClient: {{Inga Szymanik|c044|FULL_NAME}}\nDOB: "
     "{{1950/09/27|c044|DOB}}\nWork: care assistant, {{Hernandez Dental Group|c044|EMPLOYER}}\nReferral: complicated grief "
     "18 months after the death of a close friend. Lives with partner {{Dorota|c044|RELATIVE}}. Son {{Natan|c044|RELATIVE}} "
     "lives overseas.\nQuestion for the group: when does grief become a disorder?"),
    ("social_post", "direct", None,
     "Leo nimefurahi sana 🥹 My client {{Wil|c043|NICKNAME}} booked his own follow-up for the first time – no reminder, no "
     "chasing. Small wins ni big wins. #TherapyKE"),
    ("team_note", "direct", None,
     "Please phone {{Rose Cox|c049|FULL_NAME}} back on {{(228) 688 0798|c049|PHONE}} – she wants to move to the evening group "
     "because of her shifts. Tell her the Wednesday group is full, ag shame."),
    ("email", "direct", None,
     "Hi there,\n\nThe hotel manager client, {{Martha|c051|GIVEN_NAME}}, asked that all letters go to her private mail: "
     "{{m.lee [at] hotmail [dot] com|c051|EMAIL}}. Please update before the invoice run.\n\nCheers,\nLerato"),
    ("team_note", "direct", None,
     "Ms {{Hayes|c052|FAMILY_NAME}} moved house – new address {{5409 Elm Place, Oxford|c052|ADDRESS|street}}. Please "
     "update the file and post the statement there, not to the old one."),
    ("team_note", "direct", None,
     "Tannie {{Tamara|c054|GIVEN_NAME}} from {{Moran Foods|c054|EMPLOYER}} brought koeksisters for the whole reception 😂 "
     "She's doing much better, sleeping through most nights now. Review in 4 weeks."),
    ("team_note", "direct", None,
     "Peer consult (Nairobi): {{G.V.|c061|INITIALS}}, pharmacist at {{Winchester General|c061|EMPLOYER}}, 48 yrs. Mzee is "
     "struggling with alcohol since the divorce. Group suggested motivational interviewing before any referral."),
    ("email", "direct", None,
     "Dear Colleague,\n\nPlease find referral for Mr. {{Jonathon Kaufman|c099|MISSPELLED_NAME}}, school counsellor, for "
     "anxiety and low mood. His wife {{Julie|c099|RELATIVE}} will accompany him for the first appointment.\n\nKind regards,\n"
     "Dr N. Dlamini"),
    ("email", "direct", None,
     "Goeie môre,\n\nI am {{Veronica|c062|RELATIVE}}, the mother of {{Dawn Briggs|c062|FULL_NAME}}. Please excuse my English, "
     "Afrikaans is my first language. {{Dawn|c062|GIVEN_NAME}} is not well this week and asked me to cancel her appointment. Baie dankie for "
     "your understanding.\n\n{{Veronica|c062|RELATIVE}}"),
    ("team_note", "direct", None,
     "Billing query: medical aid rejected the claim for {{Debra|c042|GIVEN_NAME}} H. because DOB is captured wrong. Correct DOB is "
     "{{27 March '52|c042|DOB}}. Please resubmit today."),
    # ---------------- quasi ----------------
    ("team_note", "quasi", None,
     "The lady from {{Jackson Realty|c042|EMPLOYER}} who hosts {{that sourdough podcast, Sideways Mechanic|c042|DISTINCTIVE|fact|Sideways Mechanic}} "
     "wants to bring her starter jar to session 😂 Sure, why not – it's her grounding object."),
    ("social_post", "quasi", None,
     "Sometimes the toughest okes are the softest inside. A {{surgeon|c043|DISTINCTIVE|occupation}} from "
     "{{Dover|c043|ADDRESS|city}} who also runs {{a dog parlour on Maple Way|c043|DISTINCTIVE|fact|dog-grooming salon on Maple Way}} "
     "cried in my office today about his dogs. Lekker human."),
    ("email", "quasi", None,
     "Hi,\n\nNew client did a mature-age degree at {{Springfield State|c044|SCHOOL}} and was on "
     "{{Survivor, season 24|c044|DISTINCTIVE|fact|season 24 of Survivor}} – she laughs that therapy is harder than the "
     "island. Please add her to my Tuesday list.\n\nThanks,\nNomvula"),
    ("team_note", "quasi", None,
     "The {{timpani player from the Dayton orchestra|c049|DISTINCTIVE|fact|timpani in the Dayton}} – her mother "
     "{{Connie|c049|RELATIVE}} called asking for an update. Reminded her about confidentiality; will discuss consent with "
     "the client."),
    ("social_post", "quasi", None,
     "Had the sweetest session with a hotel manager at the {{Grand Hamilton|c051|EMPLOYER}} who "
     "{{sings lead for the Paper Foxes|c051|DISTINCTIVE|fact|Paper Foxes}} on weekends 🎤 Music and therapy, a lekker combo."),
    ("case_presentation", "quasi", None,
     "Case discussion – Durban peer group\n\nWoman in her late fifties who "
     "{{owns the record shop on Miller Place|c054|DISTINCTIVE|fact|record shop on Miller Place}} and "
     "{{the bike shop in Brown Street|c054|DISTINCTIVE|fact|bike shop on Brown Street}}. Presents with overwhelm, "
     "poor sleep and guilt about never being at home. Formulation: over-responsibility learnt early. "
     "Plan: delegation experiments, values work."),
    ("email", "quasi", None,
     "Jambo team,\n\nThe {{Ward 5 councillor in Quincy|c061|DISTINCTIVE|fact|Ward 5 on the Quincy}} who also "
     "{{plays oboe with the Quincy Symphony|c061|DISTINCTIVE|fact|oboe in the Quincy}} asked for a home-based session "
     "because of media attention. Please advise.\n\nAsante,\nKimani"),
    # ---------------- benign ----------------
    ("social_post", "benign", "public_figure",
     "KILLER MILLER!! 🏏🔥 David Miller finishing it off at the Wanderers, I nearly dropped my rooibos. Back to notes "
     "now, sies."),
    ("social_post", "benign", "word_name",
     "Baie dankie to everyone who came to the staff braai. Ouma's melktert was lekker. Ag shame, the roses at the "
     "entrance are dying in this heat – Rose bushes need more water than I thought 🌹"),
    ("email", "benign", "nonclient_contact",
     "Dear all,\n\nOur M-Pesa paybill for workshop fees is 522 533, account SHAMBA. Queries: +254 712 345 678 or "
     "0722 000 111. In SA, SADAG's helpline is 0800 567 567.\n\nAsante sana"),
    ("team_note", "benign", "colleague_staff",
     "Reminder: Dr Summer Mthembu is presenting on trauma-informed care at Thursday's CPD. Tea at 10, sawubona everyone."),
    ("team_note", "benign", "writer_family",
     "I'll be out Friday afternoon – my husband Mark is having his knee op at Groote Schuur. Thabo will cover my calls."),
    ("social_post", "benign", "single_quasi",
     "Had a client today who works at Jackson Realty and the whole hour was about the property market 😅 Therapy in "
     "this economy, eish."),
    ("case_presentation", "benign", "deidentified",
     "De-identified case: A 28-year-old male boda boda rider from peri-urban Nairobi presented after a road accident "
     "with nightmares, avoidance of the main road, and irritability. No prior history. Discussion focused on adapting "
     "trauma-focused CBT for clients without stable phone access."),
    ("social_post", "benign", "public_figure",
     "Thinking of Tata Madiba today. 'It always seems impossible until it is done.' Also, Jacob Zuma on the news again – "
     "some things never change 🙄"),
    ("team_note", "benign", "single_quasi",
     "Enquiry from a surgeon in Dover about couples therapy – not booked, just asked about fees. Send him the brochure."),
    ("social_post", "benign", "nonclient_person",
     "Ngiyabonga kakhulu to the Soweto community team – Thandiwe, Sipho and Mama Nomsa, you carried the whole outreach "
     "day on your backs. Siyabonga! 💛"),
]
