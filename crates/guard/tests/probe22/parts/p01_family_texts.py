# Messages to the therapist's own partner (Tom), kids (Jamie 13, Ivy 8), parents (Kathryn, Richard),
# sister Laura — with work slips. The therapist is Miriam Castell, LCSW, Lancaster.
DOCS = [
("email", "benign", "nonclient_person",
 "Tom — can you grab Jamie from lacrosse at 5:30? I've got a late one. Also Ivy needs a shoebox for the diorama thing, there's one under the stairs. Love you x"),

("email", "direct", None,
 "Running late, sorry!! {{Christie|c031|GIVEN_NAME}} cancelled her 4pm and then turned up at 4:20 anyway in a state, so the session ran into 5. Don't wait on dinner, there's lasagne in the freezer."),

("email", "benign", "nonclient_person",
 "Hi Mum, yes Sunday lunch is still on! Laura's bringing the trifle and Tom's doing the roast (God help us). Dad said Richard from church wants his ladder back? Tell him we'll drop it over. xx M"),

("email", "direct", None,
 "ugh sorry Laura that last message was meant for the office — \"please rebook {{Spencer Griffin|c003|FULL_NAME}} for Thursday 3pm, he's fine with telehealth\" — IGNORE and delete pls!! 🙈"),

("email", "quasi", None,
 "You'll laugh. You know that podcast you play in the car, {{the Sideways Mechanic|c119|DISTINCTIVE|fact|Sideways Mechanic}}? The host is on my list now. By day he's a {{data analyst|c119|DISTINCTIVE|occupation}} over in {{Kingston|c119|ADDRESS|city}}. Obviously you didn't hear that from me and you can't unsubscribe now, it'd be weird."),

("email", "benign", "name_as_word",
 "Jamie. Will you PLEASE mark your lacrosse days on the fridge calendar. And feed Pretzel before school. Grace period on the dishes ends tonight 😤 — Mum"),

("email", "direct", None,
 "Can't do the school run Weds, love. Had to move {{Jez|c050|NICKNAME}}'s session to 8am because his court date got shifted, so I'm in from 7:30. Can your mum do it?"),

("email", "direct", None,
 "[18:02] grabbing milk + dog food on way home\n[18:02] also did you pay the water bill\n[18:03] (oops, to Tom not Dr Patel) — Dr Patel, the fax for {{Ms. Szymków|c016|FAMILY_NAME}} went through at 5:55, please confirm receipt"),

("email", "benign", "nonclient_person",
 "Love, your Aunt Heather's hip op went fine. She's at Lancaster General, ward 4, bed 12 if you want to send flowers. Uncle Anthony is driving everyone mad as usual. Mum x"),

("email", "direct", None,
 "Which form is it for Ivy's passport, the DS-11 or DS-82? I'm filling it in between clients and just realised I'd written {{03/09/1953|c013|DOB}} in the DOB box because I still had {{Cassandra|c013|GIVEN_NAME}}'s intake open on the other screen 🤦‍♀️ Ivy was not born in 1953. Tippex it is."),

("email", "quasi", None,
 "Laura do you remember {{the woman in the Clinton Herald who handed back a wallet with ten grand in it|c038|DISTINCTIVE|fact|Clinton Herald for returning a lost wallet}}? She's a {{bartender|c038|DISTINCTIVE|occupation}} out here in {{Lancaster|c038|ADDRESS|city}} now and... let's just say our paths cross professionally every Monday. Small town!!"),

("email", "benign", "single_quasi",
 "Guess who my new Tuesday 2pm is. No names, obviously, but they work at Adams Logistics, which is half of this town, so that narrows exactly nothing down. Anyway I'm knackered, pizza?"),

("email", "direct", None,
 "Can't do the Crooked Pebbles gig on Friday, sorry — {{Penny James|c036|FULL_NAME}} is a client and she {{sings lead|c036|DISTINCTIVE|fact|Crooked Pebbles}} for them, I'd rather not be in the front row. Take Heather instead?"),

("email", "benign", "public_figure",
 "Movie night vote: the Chris Evans one with the dog, or Spider-Verse again? Ivy says Miles Morales or she's going on strike. Jamie says anything but Miles Morales. Your call, Dad."),

("email", "direct", None,
 "Tom can you pick up Pretzel from the groomer at 5? I'm stuck — {{Kalina|c118|GIVEN_NAME}}'s mum rang me mid-session in tears and I have to call her back before six. Sorry sorry sorry"),

("email", "benign", "deidentified",
 "Rough day, Mum. Someone I work with had really awful news this week and of course I can't talk about it, but I might be a bit quiet at lunch on Sunday. Don't worry about me. Love you."),

("email", "direct", None,
 "Also — delete the contact I accidentally saved in your phone as \"Miriam work\". It's actually {{brenda.boyle@fastmail.com|c074|EMAIL}}, that's a client's email, I copied it off the wrong screen when I was setting up your phone. Mine's miriam@millbrookcounseling.com."),

("email", "benign", "nonclient_person",
 "Jamie, Mrs Sanders says the science project is due FRIDAY not Monday. Brian's mum is giving you a lift to practice and Kelly's dad will bring you home. Charge your phone!!"),

("email", "quasi", None,
 "Heads up, I'm going to skip Kevin's barbecue on Saturday. One of the guests is somebody I see — the {{welder|c001|DISTINCTIVE|occupation}} at {{Rivas Electric|c001|EMPLOYER}} out in {{Clayton|c001|ADDRESS|city}}, Kevin's mentioned him before — and you know how I get about that. Go without me, bring me back a burger."),

("email", "direct", None,
 "Tonight's off, love, {{Isiah Hunter|c002|MISSPELLED_NAME}} moved his session to 6 (crisis-ish) so I'll be late. Kiss the kids for me."),

("email", "benign", "name_as_word",
 "Dawn walk tomorrow? Summer's nearly over and I've done zero miles this week. Bring Pretzel's spare lead, she chewed hers. Also I owe you a coffee, Laura, don't let me forget."),

("email", "direct", None,
 "Left the car at {{3306 Mason Court|c017|ADDRESS|street}} — home visit ran long and the battery died. Can you walk over and jump it when you're passing? Keys are in the magnetic thing under the bumper."),

("email", "benign", "single_quasi",
 "Happy anniversary ❤️ 14 years. Dinner at Camacho's Diner at 7? I booked the booth by the window. Your mum's got the kids."),

("email", "direct", None,
 "Mum sorry, the number I sent you for the piano teacher is WRONG — {{936-781-7465|c016|PHONE}} is a client's, not Mrs Fischer's. Please delete it and don't call it! The right one is on the fridge."),

("email", "quasi", None,
 "no not the alpaca one! the {{tortoise called Pretzel|c176|DISTINCTIVE|fact|tortoise named Pretzel}} — the one that went viral, same name as our dog. Anyway its owner is a welder at {{Wilson Construction|c176|EMPLOYER}} and I am now, apparently, his therapist. I can never watch that video again."),

("email", "benign", "name_as_word",
 "Pretzel got into the bin again. She ate half a sourdough loaf and a teabag. Vet says she'll be fine, just 'gassy'. Sleeping in the kitchen tonight, all of us."),

("email", "direct", None,
 "Ugh, can't do Saturday brunch. {{JS|c019|INITIALS}} from {{Walls Pharmacy|c019|EMPLOYER}} moved their session to Sat morning and I said yes before I thought. Sorry love."),

("email", "benign", "nonclient_person",
 "Jamie Castell you are GROUNDED if that dog comes home muddy again. Wipe her paws. I mean it. Love you. Mum."),

("email", "quasi", None,
 "Dad, you know {{the hardware store on Magnolia Drive|c069|DISTINCTIVE|fact|hardware store on Magnolia Drive}}? The owner's on my books now — tends bar at {{Newport Bowling Lanes|c069|EMPLOYER}} on weekends too, busy woman. So maybe get your paint somewhere else for a bit? I don't want it to be awkward for her."),
]
