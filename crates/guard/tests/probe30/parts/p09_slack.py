# Practice manager's Slack messages (#front-desk, #billing, #clinical-ops, DMs).
DOCS = [
("team_note", "direct", None, """#front-desk  Grace 9:02 AM
mum {{Whitney|c109|RELATIVE}} called re: Tues for {{Anthony|c109|GIVEN_NAME}} – she wants to sit in. told her it's up to him + the clinician"""),
("team_note", "benign", "nonclient_person", """#general  Grace 8:45 AM
morning all ☀️ Terry's out today, Holly's covering phones. Kevin from MedIT is in at 11 for the laptops, pls save your work"""),
("team_note", "direct", None, """#billing  Amanda 2:14 PM
@Grace {{Brenda Cunningham|c110|FULL_NAME}} paid in full, can we remove the collections flag? her # is {{325-738-4134|c110|PHONE}} if u need to confirm"""),
("team_note", "benign", "name_as_word", """#random  Holly 4:30 PM
who left the grace-period reminders taped to the fridge 😂 also someone will need to water the plants while i'm away in may"""),
("team_note", "quasi", None, """#clinical-ops  Grace 10:10 AM
new referral from {{Troy Shipyard|c111|EMPLOYER}} EAP – HVAC tech, older, plays {{oboe in the Brookfield Symphony|c111|DISTINCTIVE|fact|oboe in the Brookfield Symphony}}. needs daytime. who has room?"""),
("team_note", "direct", None, """DM  Grace → Dr Osei  11:41 AM
heads up {{Kelly J.|c112|INITIALS}} rang, she's at {{Greenville State University|c112|SCHOOL}} finals this wk so 6/24 is off. rebook?"""),
("team_note", "benign", "single_quasi", """#front-desk  Terry 1:05 PM
FYI the Edison Elementary School counselor called asking if we take school referrals – sent her the intake link"""),
("team_note", "direct", None, """#front-desk  Holly 3:33 PM
{{raymond powel|c113|MISSPELLED_NAME}} in the lobby, says he's booked 3:30 but I have him at 4. @Dr Osei can you squeeze?"""),
("team_note", "benign", "nonclient_person", """DM  Grace → Amanda
can u send me the May AR aging? also April asked about PTO for the 4th, I said yes"""),
("team_note", "direct", None, """#clinical-ops  Dr Osei 5:02 PM
{{Rusty|c114|NICKNAME}} ({{Young|c114|FAMILY_NAME}}) asked for a letter for the {{Clark Dental Group|c114|EMPLOYER}} schedule – can front desk print the template?"""),
("team_note", "quasi", None, """#waitlist  Grace 9:30 AM
next up: {{primary school teacher|c115|DISTINCTIVE|occupation}} in {{Riverside|c115|ADDRESS|city}}, the guy with the {{alpaca named Meatball|c115|DISTINCTIVE|fact|alpaca named Meatball}} (yes that one from tiktok lol). wants thurs"""),
("team_note", "benign", "deidentified", """#clinical-ops  Dr Osei
case for consult Thurs, no identifiers: adult, 30s, shift worker, panic w/ agoraphobia, 8 sessions in, exposure stalled. ideas welcome"""),
("team_note", "direct", None, """#billing  Amanda 10:02 AM
{{Melissa Miller|c116|FULL_NAME}}'s insurance changed – new card uploaded. DOB on the card says {{10/11/1991|c116|DOB}}, matches chart"""),
("team_note", "benign", "public_figure", """#random  Terry
did everyone see Kevin Love retired?? end of an era. ok back to phones"""),
("team_note", "direct", None, """#front-desk  Grace 12:15 PM
{{Sunny|c117|GIVEN_NAME}} called crying, wants to talk to Dr O today if possible. cb {{(734) 523-0345|c117|PHONE}}"""),
("team_note", "benign", "name_as_word", """#general  Grace
reminder: summer hours start 6/2 – we close at 4 fri. sunny days ahead ☀️ hope everyone gets some rest"""),
("team_note", "quasi", None, """DM  Holly → Grace
the caller from earlier didn't leave a name – said she works at {{Mills Foods|c118|EMPLOYER}} summers and her {{Ziggy|c118|DISTINCTIVE|fact|goat named Ziggy}} (the goat from instagram??) is her emotional support animal, can it come to sessions 🐐"""),
("team_note", "direct", None, """#clinical-ops  Dr Osei
can someone book {{Nick Walsh|c119|NICKNAME}} for 2 more – EAP approved via {{Schneider & Sons Plumbing|c119|EMPLOYER}}"""),
("team_note", "benign", "nonclient_person", """#front-desk  April
the delivery guy for Dr. Amy Nelson's office next door keeps leaving their boxes here 🙃 stacking them by the door"""),
("team_note", "direct", None, """#billing  Amanda
refund owed to {{m.bazin@yahoo.com|c120|EMAIL}} – double charge 6/11. Stripe ref ch_3P9x. @Grace ok to process?"""),
("team_note", "quasi", None, """#waitlist  Grace
architect from {{Troy Credit Union|c121|EMPLOYER}} (their in-house property team), owns the {{coffee roastery on Young Drive|c121|DISTINCTIVE|fact|roastery on Young Drive}} on the side. referred by her husband's GP"""),
("team_note", "benign", "weak_attribute", """#clinical-ops  Terry
we've had 4 calls this wk from Lancaster – worth a satellite day there? just an observation"""),
("team_note", "direct", None, """#front-desk  Holly 2:50 PM
long day pls bear with me. phones were out 9–10, the copier jammed twice, the landlord came by about the AC again, and Amanda is chasing BCBS. anyway a few msgs: the pharmacy called about a fax (sent), Dr Patel's office wants records for a mutual pt (ROI on file, sent), and {{Summer Valenzuela|c122|FULL_NAME}} asked if she can switch to video since she's coaching basketball all summer. I said probably. also we're out of oat milk"""),
("team_note", "benign", "nonclient_person", """#general  Grace
welcome to Chase, our summer intern! Chase will shadow front desk this week. be nice 😊"""),
("team_note", "direct", None, """DM Dr Osei → Grace
pls send {{Dr. Bolnbach|c123|FAMILY_NAME}} the new intake – she's a PT at {{Lebanon Medical Center|c123|EMPLOYER}}, saw me in 2023, returning client"""),
("team_note", "benign", "name_as_word", """#front-desk  Terry
whoever has the will-call list for prescriptions from the pharmacy next door, it's not ours, pls return"""),
("team_note", "quasi", None, """#waitlist  Grace
returning: teaching asst at {{Franklin Elementary School|c124|EMPLOYER}}, owns the {{bookshop on Moore Court|c124|DISTINCTIVE|fact|bookshop on Moore Court}} – was with Dr. O in 2022"""),
("team_note", "direct", None, """#clinical-ops Dr Osei
home visit moved for {{Christopher Reynolds|c125|FULL_NAME}}: now {{7677 Spring Street|c125|ADDRESS|street}}, Lebanon (his partner {{Heather|c125|RELATIVE}}'s place)"""),
("team_note", "benign", "nonclient_person", """#random  Holly
shoutout to Rose at the deli downstairs for the free bagels 🥯"""),
]
