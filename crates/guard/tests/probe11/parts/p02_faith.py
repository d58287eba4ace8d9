# Faith communities: a church counselling ministry, a Nigerian Pentecostal parish, a
# synagogue, a mosque, a Hindu temple, a Greek Orthodox parish, a Spanish-speaking
# Catholic parish. Prayer lists, bulletins, pastoral referrals.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("team_note", "direct", None,
     "Pastoral care team, Tues. {{Faith|c324|GIVEN_NAME}} asked to move her counselling slot to after the 9:30 service. "
     "Still struggling since the house sale fell through; says her faith is 'the only bit of me that isn't tired'. "
     "Follow-up: check in re: sleep, offer the grief group."),

    ("email", "direct", None,
     "Subject: Counselling referral - urgent\n\n"
     "Good evening Pastor Adeyemi,\n\n"
     "Trust you are well. I am writing about {{Sister Patience Gamble|c162|FULL_NAME}}, who came to see me after Sunday "
     "service. She is a {{firefighter|c162|DISTINCTIVE|occupation}} and since the warehouse fire last month she has not slept "
     "properly. Her son {{Kevin|c162|RELATIVE}} is worried and has asked the church to help. I have started seeing her on "
     "Thursday evenings in the counselling room behind the vestry. Please, let us keep this between the two of us and "
     "not mention it at the women's fellowship.\n\n"
     "God bless you sir,\n"
     "Mrs. Folake Ogunleye\n"
     "Counselling Ministry, Redeemed Grace Assembly"),

    ("team_note", "direct", None,
     "Shul referral via the Rebbetzin. {{Mr. Cohen|c059|FAMILY_NAME}}: {{chemistry teacher|c059|DISTINCTIVE|occupation}}, about 70, partner "
     "{{William|c059|RELATIVE}}. Presenting: conflict with his mother over the partner, who she will not have at the seder. "
     "Wants help with 'how to be a son and still be myself'. Sees me Weds 7pm, asked for the side door."),

    ("email", "direct", None,
     "Subject: Re: Prayer chain this week\n\n"
     "Marjorie,\n\n"
     "Please take {{Rose Simpson|c142|FULL_NAME}} off the prayer chain list. She's been coming to me for counselling about her "
     "marriage and she told me in session she was mortified to hear her name read out on Sunday. I should have caught "
     "it before it went out. Rose bushes for the memorial garden are arriving Friday, by the way.\n\n"
     "Thanks,\nRev. Alan"),

    ("team_note", "direct", None,
     "Temple counselling rota. {{Li Na|c136|GIVEN_NAME}} (the {{photographer|c136|DISTINCTIVE|occupation}}, {{Clinton|c136|ADDRESS|city}}) "
     "cancelled today. Father {{Wei|c136|RELATIVE}} rang the temple office to ask if she'd been 'coming for the talking', "
     "office said they didn't know. Good. Remind office: we never confirm who is seen."),

    ("email", "direct", None,
     "Asunto: cita del jueves\n\n"
     "Padre Tomás,\n\n"
     "La joven que me envió, {{Juliana Pomares|c104|FULL_NAME}}, ya empezó. Her number is {{240-866-1681|c104|PHONE}} if "
     "you need to reach her about the retreat, but please don't mention our sessions to her father "
     "{{Bernabé|c104|RELATIVE}} - he sits in the third pew and he asks questions.\n\n"
     "Un abrazo,\nLucía"),

    ("team_note", "direct", None,
     "Σημείωση για τον π. Νικόλαο: {{Ζηνόβιος Σαλέμη|c089|FULL_NAME}} came after the liturgy again and asked for more "
     "sessions. Works nights as a {{dispatcher|c089|DISTINCTIVE|occupation}}, exhausted, fighting with partner "
     "{{Αφέντης|c089|RELATIVE}}. Booked him for Saturdays. Not for the parish council minutes."),

    ("case_presentation", "direct", None,
     "Case presentation, faith-based counsellors' network.\n\n"
     "Sister {{Latoya|c063|GIVEN_NAME}} is a 21-year-old student who attends Friday prayers at the masjid with her wife "
     "{{Alicia|c063|RELATIVE}}. She converted two years ago. Her own family have not spoken to her since, and some in the "
     "community have been unwelcoming. She presents with low mood and questions about belonging: 'I left one family "
     "for God, and the new one isn't sure about me either.'\n\n"
     "I would like the group's thoughts on my role, since I am also a member of the congregation."),

    ("team_note", "direct", None,
     "Mandir counselling log. {{Mrs. Patel|c105|FAMILY_NAME}} ({{HR|c105|DISTINCTIVE|occupation}}, law firm), second session. Sleeping better. Mother "
     "{{Julie|c105|RELATIVE}} staying for Navratri and 'taking over the kitchen'. Boundaries homework."),

    ("email", "direct", None,
     "Subject: {{June|c083|GIVEN_NAME}}\n\n"
     "Pastor Mike, quick one. {{June Coleman|c083|FULL_NAME}} has finished her eight sessions and asked about a "
     "volunteer role. I'd hold off until after the summer, she's still fragile after her brother's death. "
     "Her date of birth for the volunteer check is {{Sept 3, 1961|c083|DOB}}, she said to pass it on. Talk in June? "
     "- Beth"),

    ("social_post", "direct", None,
     "Counselling ministry update: so grateful to {{Joy Arias|c333|FULL_NAME}} for letting us share that after months "
     "of sessions with our team she's back drumming with the {{Electric Ravens|c333|DISTINCTIVE|fact|Electric Ravens}}! "
     "Come hear them at the parish fall festival. #joy #faithandhealing"),

    ("team_note", "direct", None,
     "Men's group / 1:1 follow-up. {{Will|c116|NICKNAME}} ({{police|c116|DISTINCTIVE|occupation}}, {{Clayton|c116|ADDRESS|city}}) came to the 7am prayer breakfast, stayed "
     "after. Asked for individual counselling re: a shooting call last month. Wife {{Anita|c116|RELATIVE}} doesn't know "
     "he's asked. Booked Monday."),

    ("team_note", "direct", None,
     "Temple office: {{Mei Sun|c217|FULL_NAME}} wants her counselling appointments moved to the Wednesday slot, "
     "she's on rotating shifts with the dispatch centre. Email confirm to {{meisun96@gmail.com|c217|EMAIL}}."),

    # ---------------------------------------------------------------- quasi
    ("email", "quasi", None,
     "Subject: deacon candidate\n\n"
     "Dear Father,\n\n"
     "About the man you'd like to put forward as deacon: he is in counselling with me and I'd advise waiting. You "
     "know him as the special-ed teacher at {{Hawthorne Elementary|c119|EMPLOYER}} who {{ran for mayor of Quincy back in "
     "2010|c119|DISTINCTIVE|fact|mayor of Quincy in 2010}}. His brother {{Samuel|c119|RELATIVE}} passed in the spring and "
     "he is not ready for a public role.\n\n"
     "In Christ,\nMaureen"),

    ("social_post", "quasi", None,
     "Our choir's viola player {{also plays with the Manchester Symphony|c311|DISTINCTIVE|fact|viola in the Manchester Symphony}}, "
     "{{breeds Bernese mountain dogs out in Georgetown|c311|DISTINCTIVE|fact|Bernese mountain dogs in Georgetown}}, and has spent "
     "this year in counselling with our ministry rebuilding after a hard season. Tonight she plays the solo at Evensong. "
     "#grace #churchmusic"),

    ("team_note", "quasi", None,
     "Pastoral notes. The {{midwife|c167|DISTINCTIVE|occupation}} from {{Clayton|c167|ADDRESS|city}}, on the city council. "
     "Wife {{Sue|c167|RELATIVE}} is ill again. His daughter {{Dawn|c167|RELATIVE}} rang the church office to ask if "
     "someone could visit. He has agreed to see me fortnightly."),

    ("email", "quasi", None,
     "Subject: Re: baptism prep\n\n"
     "Padre, on the couple you asked about: I already see {{Bruno|c113|RELATIVE}}'s husband for counselling, he's the "
     "chemistry teacher who {{raises Newfoundlands out by Milford|c113|DISTINCTIVE|fact|Newfoundlands in Milford}}. I'd "
     "rather not also do the baptism prep with them. Could Deacon Ruiz take it?\n\nLucía"),

    ("case_presentation", "quasi", None,
     "Faith & Mental Health peer group.\n\n"
     "Client: woman, early 20s, cooks at {{the bowling alley in Richmond|c275|EMPLOYER}}, sings lead in "
     "{{a band called the Hollow Pilots|c275|DISTINCTIVE|fact|Hollow Pilots}}. Raised Pentecostal; her husband "
     "{{Nicholas|c275|RELATIVE}} still attends. She stopped going when a member of the congregation told her that her "
     "anxiety was a spiritual failing. Presenting: panic, shame. Working on separating the community's view from her "
     "own beliefs."),

    ("team_note", "quasi", None,
     "Parroquia San José - lista de seguimiento. Señora {{Pepita|c307|RELATIVE}} came to ask whether her husband is "
     "still coming, I didn't answer. Their girl {{Visitación|c307|RELATIVE}} is in the youth choir. He is on nights, "
     "tired, angry. Next session Thursday."),

    ("email", "quasi", None,
     "Subject: your question on Sunday\n\n"
     "Hi Pastor,\n\n"
     "You asked who the woman was who asked for prayer after the service and then came to see me. She's the "
     "{{school counselor|c327|DISTINCTIVE|occupation}} in {{Marion|c327|ADDRESS|city}} who {{was on The Amazing Race, season "
     "10|c327|DISTINCTIVE|fact|season 10 of The Amazing Race}}. Her mother {{Lilia|c327|RELATIVE}} has dementia now. "
     "I'm telling you only so you don't approach her about the homecoming committee.\n\nRuth"),

    # ---------------------------------------------------------------- benign
    ("social_post", "benign", "name_as_word",
     "Faith, hope and love abide, these three. This week I watched grace turn up in a waiting room, joy in a phone call, "
     "and patience in a parent who had none left yesterday. #faithandmentalhealth #pastoralcare"),

    ("email", "benign", "not_a_client",
     "Subject: Interfaith wellbeing evening\n\n"
     "Dear colleagues, Rabbi Naomi Feld, Imam Yusuf Abdi and Pastor Kenneth Ruiz have agreed to join the panel on "
     "the 12th. Mrs. Folake Ogunleye will chair. Light refreshments from the women's guild."),

    ("team_note", "benign", "single_attribute",
     "A congregant who works for the Oxford Fire Department asked about the bereavement group. No other info. "
     "Gave her the leaflet."),

    ("social_post", "benign", "public_figure",
     "Sermon notes: John Brown, the abolitionist, believed his faith demanded action. Whatever you make of his methods, "
     "the question stands: what does your faith ask of you this week? #sermon #justice"),

    ("case_presentation", "benign", "deidentified",
     "Consultation (anonymised). Client A, a man in his 50s, active in a small congregation, asked the clergy not to "
     "know he is in therapy. Discussion point: when clergy refer, how do we acknowledge the referral without "
     "confirming attendance?"),

    ("team_note", "benign", "different_clients",
     "Bulletin items to check: the bake sale (run by someone from Roman's Diner), the youth choir trip (a parent who "
     "works at St. Mary's Hospital is driving), the men's breakfast. Nothing confidential."),

    ("email", "benign", "writer_family",
     "Subject: Sunday lunch\n\n"
     "Hi love, my sister Rose and her husband will be at church on Sunday, so could you save us the end of the "
     "second pew? Mum is bringing Joy (the dog, not the aunt). X"),

    ("social_post", "benign", "name_as_word",
     "Will you join us for our June prayer vigil? It runs from dusk till dawn on Saturday the 14th, and yes, there "
     "will be coffee. Summer programme starts in May. #church #community"),

    ("team_note", "benign", "fits_several",
     "Three police officers from our parish have asked about counselling since the incident downtown. Offer the "
     "first-responder group and the chaplain's number."),
]
