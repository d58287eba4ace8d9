# Client-portal messages (both directions) and portal notifications.
DOCS = [
("email", "direct", None, """Portal message – from client
From: {{Connor Williams|c052|FULL_NAME}}
Subject: homework
hi, i did the thought record 3 times this wk. the one from sat was bad. see you thurs"""),
("email", "benign", "nonclient_person", """Portal notice: Your clinician Dr. Grace Okonkwo has shared a new document: "Sleep hygiene handout (PDF)". Log in to view."""),
("email", "direct", None, """Portal message – to client
To: {{Julie F.|c053|INITIALS}} ({{j.frank@gmail.com|c053|EMAIL}})
Hi Julie, here's the worksheet we talked about. Also a reminder that your superbill for May is under Documents. – A.O."""),
("email", "quasi", None, """Portal message (client, display name hidden)
"quick q – can my husband come to one session? also i'll be late thurs, short staffed at the {{St. Luke's Hospital|c054|EMPLOYER}} front desk, then rehearsal ({{viola in the Florence Symphony|c054|DISTINCTIVE|fact|viola in the Florence Symphony}})" """),
("email", "direct", None, """From: {{Vanessa|c055|GIVEN_NAME}} via Riverbend Portal
Re: letter for school
could you write the letter for disability services at {{Greenville State University|c055|SCHOOL}}? they need it by the 30th. thank you!!"""),
("email", "benign", "name_as_word", """Portal maintenance: The client portal will be unavailable Sunday 2–4am ET. We hope this won't cause issues. Will update if the window changes."""),
("email", "direct", None, """Portal message – from client
From: {{Enrique Oliveras|c056|FULL_NAME}}
sorry wrong button, i meant to reschedule not cancel. can i have tuesday back"""),
("email", "benign", "nonclient_person", """Portal message (staff → staff)
From: Amanda (billing)
To: Dr Osei
re: the ERA from BCBS – 3 claims denied for missing modifier, I'm fixing. Nothing you need to do."""),
("email", "direct", None, """Portal notification: New secure message from {{Amanda Mathews|c057|FULL_NAME}}
Preview: "I had a panic attack at the gig last night and..." """),
("email", "quasi", None, """portal msg, client side:
"hi – re: the letter for my employer ({{Johnson & Richards Accounting|c058|EMPLOYER}}), please don't mention the council stuff. i {{represent Ward 8 on the Georgetown city council|c058|DISTINCTIVE|fact|Ward 8 on the Georgetown}} and it gets around" """),
("email", "direct", None, """To: {{l.galvan@proton.me|c059|EMAIL}}
Subject: Your secure message
Hi {{Lori|c059|GIVEN_NAME}}, you have a new secure message in the portal. For privacy we don't include the content in email."""),
("email", "benign", "single_quasi", """Portal message (new client, unverified)
"hi, found you thru the Hudson Brewing Company EAP list. do you do evenings?" """),
("email", "direct", None, """Portal message – from client
From: {{Stephen Smith|c061|FULL_NAME}}
i updated my phone in the portal but it still shows the old one. new is {{781 646 3653|c061|PHONE}}"""),
("email", "quasi", None, """Portal message – anonymous intake
"i'm a paralegal at {{Rodriguez & Davis Accounting|c062|EMPLOYER}}, and yes i {{was a contestant on season 13 of Big Brother|c062|DISTINCTIVE|fact|season 13 of Big Brother}} — would prefer a therapist who won't google me" """),
("email", "benign", "nonclient_person", """Portal broadcast to all clients:
Starting July 1, Dr. Michael Tran joins Riverbend. Michael sees adults and couples. Book via the portal."""),
("email", "direct", None, """Portal message – to client
To: {{Jamie|c063|GIVEN_NAME}}
Re: sister joining
Happy for {{Susan|c063|RELATIVE}} to join the last 20 min next week. Please have her sign the consent in the portal first."""),
("email", "benign", "public_figure", """Portal news post: "Grief after 50" – a short reading list, incl. the Michelle Obama memoir and a podcast episode with Melanie Martinez on anxiety in the spotlight."""),
("email", "direct", None, """portal msg fr {{jonathan sanchez|c064|FULL_NAME}}:
can u send the invoice to my work addr instead – {{Franklin Elementary School|c064|EMPLOYER}} business office"""),
("email", "quasi", None, """Portal message (client – name hidden in this export)
"my brother {{Wei|c066|RELATIVE}} is visiting so i'll do video from the library break room" – school counselor at {{Dayton Public Library|c066|EMPLOYER}} outreach"""),
("email", "direct", None, """Portal auto-message: {{Alex Brown|c067|NICKNAME}}, your card ending 0042 will expire this month. Please update to avoid interruption."""),
("email", "benign", "weak_attribute", """Portal message (new lead): "are you in-network for a teacher in Manchester? just moved" """),
("email", "direct", None, """Portal message – from client
From: {{Dawn Carroll|c068|FULL_NAME}}
Subject: re: forms
DOB is {{1/28/48|c068|DOB}} not 1/28/84, the form has it wrong. thank you dear"""),
("email", "quasi", None, """portal msg (no signature):
"i own the {{coffee roastery on Lake Lane|c069|DISTINCTIVE|fact|coffee roastery on Lake Lane}} – the {{Brightline Systems|c069|EMPLOYER}} contract is what's stressing me, not the shop" """),
("email", "benign", "name_as_word", """Portal auto-reply: Thank you for your message. Your clinician will reply within 2 business days. If this is an emergency, call 911 or 988. Have a sunny day!"""),
("email", "direct", None, """Portal message – from client
From: {{Chad W.|c070|INITIALS}}
i'm at {{Huber & Smith Accounting|c070|EMPLOYER}} til 6 every day this month, end of quarter. can we do phone sessions?"""),
("email", "benign", "nonclient_person", """Portal message (internal)
From: Holly (front desk)
Amber from the insurance verification co. called – all June auths done. Nothing pending."""),
("email", "quasi", None, """portal message from a prospective client:
"hi, i'm a {{corrections officer|c072|DISTINCTIVE|occupation}} in {{Georgetown|c072|ADDRESS|city}}, wife {{Milena|c072|RELATIVE}} set this account up for me. i'd rather not say my name until we talk" """),
]
