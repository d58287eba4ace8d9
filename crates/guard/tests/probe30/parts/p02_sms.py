# Reminder SMS, replies, thumb-typed texts.
DOCS = [
("team_note", "direct", None, """SMS to {{+1 (530) 239-5249|c005|PHONE}}: Reminder: appt w/ Riverbend Counseling tmrw 9:00am. Reply C to confirm, R to resched.
Reply: C
Reply: actually can we do 10"""),
("team_note", "benign", "nonclient_person", """SMS from (555) 014-2290: running 5 late, parking is a nightmare – Holly
SMS from (555) 014-2290: here"""),
("team_note", "direct", None, """Outbound SMS 06/11 08:02 -> {{615-942-1508|c006|PHONE}}
"Hi {{Terry|c006|GIVEN_NAME}}, this is a reminder of your session Thurs 6/12 at 3pm. Reply Y to confirm."
Inbound 08:40: Y
Inbound 08:41: is it video or in person?"""),
("team_note", "benign", "name_as_word", """txt from front desk: will call u back in 5, phones down again. hope ok"""),
("team_note", "direct", None, """reminder failed – undeliverable
to: {{(504)910-3987|c007|PHONE}}
msg: Appt reminder for {{Cody P|c007|INITIALS}}, Fri 2pm. Reply STOP to opt out.
carrier err 30006 (landline?)"""),
("team_note", "quasi", None, """txt from a pt (no name on it, new number):
"hi its me from wed, cant make it, {{Gray Pharmacy|c004|EMPLOYER}} has me on a double. the {{llama named Captain Fluff|c004|DISTINCTIVE|fact|Captain Fluff}} says sorry too lol" """),
("team_note", "benign", "nonclient_person", """from Jess (billing): chase Dr Patel's office for the superbill, they never sent it
me: will do
Jess: ty!!"""),
("team_note", "direct", None, """SMS 14:12 from {{(614) 468-7377|c207|PHONE}}: this is {{Rolf|c207|GIVEN_NAME}} – need to cancel thurs, migraine. can i still get the 24h thing waived
SMS 14:30 to same: no problem, cx'd, no fee. feel better"""),
("team_note", "benign", "name_as_word", """auto-reply: Thanks for texting Riverbend Counseling. We're closed for Memorial Day. For emergencies call 988. Summer hours start June 2."""),
("team_note", "direct", None, """resched req via txt
from: {{1-502-901-7430|c004|PHONE}}
"cn we move to tues? same time. - {{Josh|c004|NICKNAME}}"
→ moved 6/17 11:00 ✔"""),
("team_note", "quasi", None, """reply to reminder, unknown sender:
"confirm. fyi my sister {{Brenda|c025|RELATIVE}} is driving me so might be early, im at {{Hawthorne College|c025|SCHOOL}} til 1" """),
("team_note", "benign", "single_quasi", """txt from Mom: did u see Brown Foods is hiring again. tell ur brother"""),
("team_note", "direct", None, """SMS thread {{303.257.9698|c011|PHONE}}
> Hi {{Dee|c011|NICKNAME}}, your 6/20 appt is confirmed for 7pm (video). Link to follow.
< ok thx
< wait is it the same link as last week"""),
("team_note", "benign", "nonclient_person", """👋 hi it's April from the front desk – the card machine is working again if anyone was waiting to run copays"""),
("team_note", "direct", None, """msg to {{(203) 565 6394|c009|PHONE}}: {{Mary|c009|GIVEN_NAME}}, we missed you today for your 10am session. pls call to resched. – RC
no reply"""),
("team_note", "quasi", None, """reminder reply: "can't make 4. stuck at {{Crawford Auto Repair|c046|EMPLOYER}}, plus i coach {{Dover Falcons under-14 volleyball|c046|DISTINCTIVE|fact|Dover Falcons under-14 volleyball}} at 6 so tmrw is out too" """),
("team_note", "benign", "nonclient_person", """grp txt staff:
Terry: who took the last of the coffee pods
Grace: guilty
Terry: 😤
Grace: buying more at lunch"""),
("team_note", "direct", None, """SMS opt-in log (export)
contact: {{Bowman, Sarah|c027|FULL_NAME}}
phone: {{+17029426453|c027|PHONE}}
consent: Y 2025-05-30 via intake form
tag: new client / EMDR waitlist"""),
("team_note", "direct", None, """txt 6/9 9:14pm fr {{(410) 347-3510|c018|PHONE}}: is tmrw still on. i had a rough wknd
txt 6/9 9:20pm to same: Yes {{Amy|c018|GIVEN_NAME}}, 10am as planned. if you need support tonight, 988 is there 24/7."""),
("team_note", "benign", "weak_attribute", """txt: ur 9am is from Clinton, road closures on rte 9, might be late. no biggie"""),
("team_note", "quasi", None, """sms to front desk from unsaved number: "running late sorry!! my husband {{Scott|c012|RELATIVE}} has the car. came straight from {{Chung Auto Repair|c012|EMPLOYER}}" """),
("team_note", "direct", None, """REMINDER: {{Francis Adams|c040|FULL_NAME}}, you have a telehealth appt w/ J. Moreau on 6/24 at 8:00 AM. Text HELP for help. msg&data rates may apply
sent to {{408-272-5242|c040|PHONE}} ✓ delivered"""),
("team_note", "benign", "name_as_word", """txt to self: pay rent, grace period till the 5th. buy frank's red hot. call mom"""),
("team_note", "benign", "nonclient_person", """from Dr. Amy Chen (covering): I have your 3 and 4 o'clock tmrw, notes in the shared drive, no flags"""),
("team_note", "direct", None, """inbound SMS 7:02am
"hi it's {{frank adams|c040|NICKNAME}} – can i get the earlier slot if anyone cancels"
reply 7:30: added to cx list"""),
("team_note", "benign", "single_quasi", """txt from a pt's mom (didn't leave name), says the kid's school – Waverly High School – has finals next wk so resched pls. called back, vm."""),
]
