# Parents and family emailing the counselling centre / addiction service about their adult children.
DOCS = [
("email", "direct", None, """Dear Sir/Madam,

My daughter {{Hortense|c003|GIVEN_NAME}} (we call her {{Harty|c003|NICKNAME}}) told us over Easter that she has been coming to see someone at your centre. I completely respect her privacy, I just want to know if there is anything we as parents should be doing. She seems so thin.

{{Aurore|c003|RELATIVE}} (her mum)"""),
("email", "direct", None, """Hi — I know you probably can't tell me anything. I'm {{Crystal|c029|RELATIVE}}, {{Cathy Acosta|c029|FULL_NAME}}'s mother. She gave me this email and said it was ok to write. She's been drinking a lot since starting uni and I don't know who to call. Please, anything."""),
("email", "direct", None, """Subject: my son Jonathan

Good afternoon. My son {{Jonathan Phillips|c086|FULL_NAME}} is a client of your service (he has told me so). He is not answering his phone since Friday. I am very worried. Can someone check he is safe? His address is {{8407 Alvarez Street|c086|ADDRESS|street}}.

{{Annette|c086|RELATIVE}}"""),
("email", "direct", None, """Dear Counsellor,

I am writing from Hyderabad. Our son {{Kurt|c099|GIVEN_NAME}} is studying with you. His roommate Arjun messaged me that {{Kurt|c099|GIVEN_NAME}} is not attending classes and stays in bed. We are very far. Kindly advise what can be done. We can pay any fees.

Regards,
{{Amy|c099|RELATIVE}} H."""),
("email", "direct", None, """hello this is {{dani|c112|NICKNAME}} {{robbins|c112|FAMILY_NAME}}'s mum, {{Ashley|c112|RELATIVE}}. she said u might call me back if I left my number — it's {{847 392 5722|c112|PHONE}} actually no that's HER number, sorry, mine's on the form. anyway she's ok, just wanted to say thank you for whatever you're doing 💐"""),
("email", "direct", None, """Sehr geehrte Damen und Herren,

my daughter {{Katrine Brandt|c125|FULL_NAME}}, born {{07.11.2007|c125|DOB}}, has an appointment with your service. I would like to ask whether I, as her mother, may join the first session. She is agreeing to this. We come from Hamburg for the visit.

Mit freundlichen Grüßen"""),
("email", "direct", None, """To whom it may concern — my son {{Jermaine Chen|c129|FULL_NAME}} was admitted to the detox unit last night. His father and I would like to know visiting hours and whether we should bring clothes. Thank you. {{Heather|c129|RELATIVE}}"""),
("email", "direct", None, """Olá! Sou a mãe do {{Cody|c137|GIVEN_NAME}}, sorry my English. He says the counselling helped him to stop the vaping and the weed. Thank you very much from Brazil 🇧🇷🙏 {{Katrina|c137|RELATIVE}}"""),
("email", "direct", None, """Good morning. I'm the father of {{Richard Hickman|c181|FULL_NAME}} — {{Rich|c181|NICKNAME}}, he hates {{Richard|c181|GIVEN_NAME}}. He's agreed I can pay for private sessions on top of the free ones. Who do I invoice? {{Mark|c181|RELATIVE}}"""),
("email", "direct", None, """Dear Counselling team, my daughter {{Holly|c188|GIVEN_NAME}} has been seeing Ms. Quinlan. I found a letter addressed to {{Holly Howard|c188|FULL_NAME}} from your service and she is refusing to talk about it. I'm not asking for details — is she in danger? — {{Danielle|c188|RELATIVE}}"""),
("email", "direct", None, """Hi, {{Mandy|c192|NICKNAME}}'s dad here. She told me to email {{amandar89@fastmail.com|c192|EMAIL}} copies of anything you send me since she doesn't check her uni account. Hope that makes sense. {{Steven|c192|RELATIVE}}"""),
("email", "direct", None, """Hello, I am writing about {{Paweł|c351|GIVEN_NAME}}, my son. He started NA meetings and is seeing your addiction counsellor. The family is very proud. But he does not want his father to know yet, so please do not phone the house. Thank you, {{Ewelina|c351|RELATIVE}}"""),
("email", "direct", None, """Hiya. Our lad {{Nicky|c365|NICKNAME}} is in the uni halls (Carver). Since the thing at the party he's not been himself. His mum {{Cassandra|c365|RELATIVE}} and I are hoping you can see him this week. — sent on behalf of both of us"""),
("email", "direct", None, """Appointment confirmations sent today (parent-consented minors' line):
- {{Kristie Bell|c373|FULL_NAME}}, Mon 10:00
- {{Ryan Taylor|c371|FULL_NAME}}, Mon 11:00
- {{Lei Wang|c367|FULL_NAME}}, Tue 14:00
- {{Tyler Daugherty|c413|FULL_NAME}}, Tue 15:30
Carers copied where consent on file."""),
("email", "direct", None, """Hi all, family group tonight: parents of {{Caity|c431|NICKNAME}}, {{Leslie|c436|GIVEN_NAME}} and {{Liz|c464|NICKNAME}} {{Patterson|c464|FAMILY_NAME}} have confirmed. Karen O. (not a parent, the new volunteer) will do the tea. Room 4."""),
("email", "quasi", None, """Dear Counselling Centre,

I am the mother of a student at {{North Georgetown High School|c003|SCHOOL}} who sees your adolescent team. My name is {{Aurore|c003|RELATIVE}}. Could you please confirm whether the dual-enrolment students can use the university service over the summer?

Merci"""),
("email", "quasi", None, """Hello, this is {{Kirstine|c125|RELATIVE}}. My daughter attends {{Hamilton High School|c125|SCHOOL}} and was referred to you by the school nurse. Please send the consent forms to me."""),
("email", "quasi", None, """Dear Sir, my son studies at {{North Salem High School|c351|SCHOOL}}. I am his mother, {{Ewelina|c351|RELATIVE}}. He attends your young people's substance group on Saturdays. Is there a group for parents also?"""),
("email", "quasi", None, """Hi, my name is {{Natividad|c276|RELATIVE}}, mum of a girl at {{Hamilton High School|c276|SCHOOL}} who is on your waiting list. She has been struggling all term. Please hurry."""),
("email", "quasi", None, """Message from a parent: 'I'm {{Natasza|c253|RELATIVE}}, my son goes to {{Hamilton High School|c253|SCHOOL}}, he has his intake Wednesday. He's very shy and will probably not talk much the first time.'"""),
("email", "benign", "writer_relative", """Hi, I'm a parent, not a client — my son Ryan starts at the university in September and has a history of anxiety. What's the process for him to register with you before term? Thanks, Deirdre"""),
("email", "benign", "nonclient_person", """Dear Parents' Council, thank you to Mrs. Adeyemi, Mr. O'Sullivan and Dr. Kapoor for joining the panel on supporting young adults in recovery. Recording available on request."""),
("email", "benign", "general", """Reply template (parents): 'Thank you for getting in touch. Because our clients are adults, we can't confirm whether someone is using our service. Here is some information that may help you support them…'"""),
("email", "benign", "writer_relative", """Good evening, my daughter Holly and her friend Tiff want to volunteer with your peer support programme next year. Both are 19. Where do they apply? — Gwen"""),
("email", "benign", "ids_and_dates", """Hi, I paid the parents' workshop fee (£25, ref PW-20250312-0048) on 12/03 but didn't get a receipt. Workshop is 26/03 at 18:30. Thanks."""),
("email", "benign", "public_figure", """My son keeps quoting Jordan Peterson at me when I suggest therapy 🙄 Any reading for parents of 20-year-olds who think counselling is 'weak'?"""),
("email", "benign", "single_quasi", """Hello, my daughter is at Hamilton High School and I heard your service offers free sessions to dual-enrolment students. Is that right? She's not registered with you yet."""),
("email", "benign", "nonclient_person", """Dear Ms. Quinlan, thank you for the talk at St. Aidan's parents evening. My husband Kwabena and I found it so useful. Our daughter Efua is starting college in Toronto and we feel more prepared now."""),
("email", "benign", "name_as_word", """Just a note of thanks from a very relieved mum. Every day is a gift, and the road ahead is bright. Mark my words, you lot make a difference. x"""),
("email", "benign", "nonclient_person", """Hi there, I'm Tunde's dad (Tunde Bakare, he's 22, doing Pharmacy). He said you run a parents' info evening? Can my wife Folasade and I both come? We're driving from Manchester."""),
("email", "benign", "writer_relative", """Dear counselling team, my son Kurt is 20 and refuses to seek help for his gaming and drinking. I know you can't see him without his agreement. Is there anything for parents in my position? — a worried dad in Cork"""),
]
