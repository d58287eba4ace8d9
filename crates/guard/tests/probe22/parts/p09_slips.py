# Slips: private messages that accidentally carry a client's phone, email, DOB, address;
# work and family threads interleaved in the same minute on the same phone.
DOCS = [
("email", "direct", None,
 "Pick up milk pls 🥛\n\nCall {{Mr. Keller|c032|FAMILY_NAME}} back on {{602.824.2967|c032|PHONE}} re his meds before 5\n\n^^ ignore that one, it was for reception. Just the milk."),

("email", "benign", "nonclient_person",
 "Tom can you ring the vet back on 717-555-0199 about Pretzel's booster? They close at 6. Ask about the flea stuff too."),

("email", "direct", None,
 "Mum, the lasagne recipe is in my email, forwarding it now. If you see a message in the thread addressed to {{k.crosby@icloud.com|c228|EMAIL}}, please ignore and delete it — that's work and it shouldn't be in there."),

("email", "direct", None,
 "Laura whose birthday is {{10 March 1965|c106|DOB}}?? It's in my personal phone reminders and I have NO idea... oh no. It's a client, I synced the wrong calendar. Deleting. Don't tell anyone I'm a disaster."),

("email", "benign", "nonclient_person",
 "Happy birthday to my little sister!! 🎉 Born 3/14/1979 and still looks about 30. Cake at Mum's at 4, Laura, don't be late for your own party."),

("email", "direct", None,
 "16:59 → Tom: on my way, 10 mins\n16:59 → Tom: {{603 463 1584|c124|PHONE}} call {{William|c124|GIVEN_NAME}} back pls re tomorrow's session\n17:00 → Tom: IGNORE THAT. wrong thread. that was meant for reception"),

("email", "direct", None,
 "Can you send the spreadsheet to me at miriam.castell@gmail.com, NOT {{evanm76@fastmail.com|c018|EMAIL}} — my autocomplete keeps picking that one and it is very much not me."),

("email", "quasi", None,
 "Forwarding the babysitter ad Heather sent. Ignore the top of the screenshot, it's my work notes app: '{{HVAC tech|c205|DISTINCTIVE|occupation}}, {{Jackson|c205|ADDRESS|city}}, {{Thomas & Sons Plumbing|c205|EMPLOYER}} — Weds 5pm, follow up re sleep'. The babysitter's called Amy, she's 17, seems great."),

("email", "benign", "nonclient_person",
 "Dad, my new work mobile is 717-555-0166 — save it as 'Miriam Work' and only use it if my normal phone is off. Love you."),

("email", "direct", None,
 "remind me to book Jamie's physical. also note to self: {{R.J.|c301|INITIALS}} dob {{22/12/1978|c301|DOB}} — update insurance form tmrw. also milk. also dog food."),

("email", "benign", "nonclient_person",
 "Heather what's Dana's number again? I want to ask her about the half marathon in April. Also is Kelly still doing the carpool?"),

("email", "direct", None,
 "Mum if you can't reach me at the office try {{+1-309-470-7408|c231|PHONE}} — no!! that's not me, that's a client's number I copied by mistake. Sorry. Use my mobile, always."),

("email", "quasi", None,
 "sorry for the late reply — long day with the {{librarian|c054|DISTINCTIVE|occupation}} from {{Centerville|c054|ADDRESS|city}} (the one at {{Hudson Community College|c054|EMPLOYER}}, with the viral llama). You know the one. She's struggling. Call you tomorrow."),

("email", "direct", None,
 "Tom can you fix the printer at home? It keeps printing the header 'To: {{stevenbowen69@gmail.com|c256|EMAIL}}' on everything, including Ivy's homework. I think it's stuck on a work job I sent from my laptop."),

("email", "benign", "single_quasi",
 "Laura, the kids' school office email is office@carver-elem.org if you need to pick Ivy up on Friday. They'll want photo ID. Carver Elementary is very strict."),

("email", "direct", None,
 "Leaving {{5310 Carter Drive|c043|ADDRESS|street}} now — home visit's over — home in 20. Put the oven on? 180."),

("email", "benign", "nonclient_person",
 "Ivy Castell, age 8, has informed me she is now a vegetarian. Except for bacon. And nuggets. Pray for us, Mum."),

("email", "direct", None,
 "Tom sorry, pasted the wrong thing: \"Callbacks: {{Hannah J|c062|INITIALS}} {{765-976-7142|c062|PHONE}}; {{Richard B|c056|INITIALS}} {{831-400-3870|c056|PHONE}}; then home\". What I meant to send was: home by 7, love you."),

("email", "quasi", None,
 "Can't talk, Mum, I'm with {{the Wheel of Fortune guy — season 13|c125|DISTINCTIVE|fact|season 13 of Wheel of Fortune}} — the {{hotel manager|c125|DISTINCTIVE|occupation}} from {{Clayton|c125|ADDRESS|city}}. Call you after. x"),

("email", "benign", "nonclient_person",
 "Heather, did Summer's mum ever pay you back for the concert tickets? Because she hasn't paid me. Awkward."),

("email", "direct", None,
 "Laura, setting up a reminder and look what my phone suggested: '{{Kathryn S.|c001|INITIALS}}, born {{December 26th 1945|c001|DOB}} — annual review'. Why is that in my PERSONAL calendar. Not our mum Kathryn, obviously. Deleting."),

("email", "direct", None,
 "Tom — I just sent the Outer Banks photo album to {{cassandrarussell78@proton.me|c013|EMAIL}} instead of your mum. It's {{Sandra|c013|NICKNAME}} from work — a CLIENT. Unsending. Oh my god."),

("email", "benign", "nonclient_person",
 "Your mum's email bounced again — is it still margaret.castell52@gmail.com or did she change it after the scam thing?"),

("email", "quasi", None,
 "the kid from {{Monroe Middle|c120|SCHOOL}} whose {{ferret Turnip|c120|DISTINCTIVE|fact|ferret named Turnip}} went viral is on my list now. I can't even look at ferret videos anymore, Laura. They make me think of work."),

("email", "direct", None,
 "Mum the dentist's number is {{850.809.8008|c065|PHONE}}, ask for the Tuesday slot. Love you x"),

("email", "benign", "nonclient_person",
 "Jamie ur phone is at 2%. Charge it. And call Nana Kath back, she's worried you've been kidnapped. You have not been kidnapped. You are at Ethan's."),

("email", "benign", "name_as_word",
 "The Amazing Race finale is tonight! Jamie's making nachos. Survivor's on after. Tom's in charge of not talking."),

("email", "benign", "single_quasi",
 "Tom, save the plumber for the cottage: Estrada & Sons Plumbing, 717-555-0120. Ask for whoever's free, they're all good."),
]
