# Gifts and thank-you cards: from clients to the therapist, from the therapist's own family and
# friends, gift logs for supervision, acknowledgments.
DOCS = [
("social_post", "benign", "deidentified",
 "Got the sweetest thank-you card from a former client today. No name on it, just 'for the year you didn't give up on me'. It's going in the drawer where I keep the ones that get me through January. 💌"),

("social_post", "direct", None,
 "{{Alberte|c232|GIVEN_NAME}} brought me a tin of Danish butter cookies for our final session and told me I'd 'graduated her'. I have eaten four. Ethics says a small gift is fine, right? RIGHT?"),

("social_post", "benign", "nonclient_person",
 "Thank-you card from Jamie's lacrosse coach: 'Thanks for the oranges all season, Mrs C!' It's on the fridge next to Ivy's drawing of Pretzel as a dragon."),

("email", "quasi", None,
 "Subject: gift question\n\nJoanne,\n\nA client brought me a loaf from her bakery — {{the one on Vaughn Court|c160|DISTINCTIVE|fact|bakery on Vaughn Court}}. She's a carpenter by day at {{Green Construction|c160|EMPLOYER}}, the bakery is her weekend thing. Worth maybe $8. OK to accept? It's sourdough and it's incredible.\n\nM"),

("social_post", "direct", None,
 "{{Eric Ball|c214|FULL_NAME}} drew me as a superhero in our last session (cape, clipboard, giant cup of coffee). It's going on my office wall forever. 🦸‍♀️"),

("email", "benign", "nonclient_person",
 "Dear Mrs. Williams,\n\nThank you for a wonderful year with Ivy. She has grown so much in confidence and talks about your 'feelings volcano' lesson constantly. Please enjoy the enclosed voucher.\n\nWith gratitude,\nMiriam, Tom and Ivy Castell"),

("email", "direct", None,
 "Tom there's a box of chocolates on the counter — they're from {{Mae|c179|NICKNAME}}, a client. Don't eat them all, I need to log the gift first and probably share them with the office."),

("social_post", "benign", "nonclient_person",
 "Thank you Mark and Lisa for the Christmas hamper! 🎄 The kids have already found the chocolate coins. Tom has found the port."),

("social_post", "direct", None,
 "A client gave me a signed photo from her season on Wheel of Fortune 🎡 {{Hannah|c062|GIVEN_NAME}}, you legend — {{season 12|c062|DISTINCTIVE|fact|season 12 of Wheel of Fortune}} will never be forgotten."),

("email", "quasi", None,
 "Joanne — ethics log entry: a {{surgeon|c153|DISTINCTIVE|occupation}} from {{Salem|c153|ADDRESS|city}} who works at {{Newport Medical Center|c153|EMPLOYER}} and {{plays timpani in the Quincy Symphony Orchestra|c153|DISTINCTIVE|fact|timpani in the Quincy Symphony}} sent me two concert tickets as a thank-you for our work together. Declined, with a kind note. Logging it here."),

("social_post", "benign", "name_as_word",
 "Gift guide for the therapist in your life 🎁 a candle called 'Patience', a mug that says 'Will it help to talk about it?', a sunny yellow notebook, and a hope chest for all the feelings."),

("email", "direct", None,
 "Hi Heather, could you send a short thank-you note for the flowers to {{w.bass@hotmail.com|c156|EMAIL}}? She asked me not to bring it up in session, so email is best. Thanks!"),

("email", "benign", "nonclient_person",
 "Birthday card from my dad Richard today: 'To my favourite daughter (don't tell Laura).' Laura got the exact same card. He's 74 and undefeated."),

("email", "direct", None,
 "Heather, can you post the gift card back to {{2979 Hudson Lane|c235|ADDRESS|street}} with the 'thank you but I can't accept this' letter? It's $100 — too much. The client will understand, I've explained in session."),

("social_post", "quasi", None,
 "Card on my desk this morning from the {{firefighter|c196|DISTINCTIVE|occupation}} in {{Troy|c196|ADDRESS|city}} — the one who {{ran for mayor of Kingston in 2019|c196|DISTINCTIVE|fact|Kingston in 2019}}. 'You helped me get my life back.' I am crying at my desk. 😭"),

("social_post", "benign", "public_figure",
 "Someone gave me Michelle Obama's 'Becoming' as a thank-you — not a client, before you ask, it was my sister. Started it last night. Already underlined half of chapter 2."),

("email", "direct", None,
 "Joanne,\n\n{{Mr. Kristensen|c176|FAMILY_NAME}} brought in a hand-welded metal sculpture of a tortoise for my office. Is it a gift (too big?) or art-therapy output? Asking for the ethics log.\n\nM"),

("team_note", "benign", "deidentified",
 "Gift log Q3 (de-identified): Client A — card; Client B — homemade jam (~$5), accepted; Client C — concert tickets, declined; Client D — drawing, accepted."),

("team_note", "direct", None,
 "Gift log Q2: '{{W.V.|c182|INITIALS}} ({{Pennington Insurance|c182|EMPLOYER}}) — bottle of wine, returned with note, 6/12.'"),

("social_post", "benign", "nonclient_person",
 "My son Jamie made me a mug in pottery class that says 'World's Okayest Mum'. Best gift I've ever had. I'm using it in session from now on."),

("email", "direct", None,
 "Tom, if a florist rings asking for a callback number for the flowers, it's {{860-350-7506|c209|PHONE}} — not mine, the sender's. She's a client; I want to thank her properly through the office, not from home."),

("social_post", "quasi", None,
 "One of my clients — a {{911 dispatcher|c177|DISTINCTIVE|occupation}} from {{Richmond|c177|ADDRESS|city}} who {{painted the mural on Willow Place|c177|DISTINCTIVE|fact|mural on Willow Place}} — gave me a tiny painted tile today. It's on my windowsill forever. 🎨"),

("social_post", "benign", "nonclient_person",
 "Thank-you cards for the marathon donors are going out today! Heather, Dana, Kelly, Jason, Uncle Anthony — you're the best humans."),

("email", "direct", None,
 "Joanne — {{Ronnald Scott|c204|MISSPELLED_NAME}} left a Christmas card with a $20 bill inside. Returning the cash next session, keeping the card. OK?"),

("social_post", "benign", "single_quasi",
 "The Bake-Off contestant who lives next door (series 27 of The Great Home Bake-Off, no less) left us a box of cupcakes for no reason. Neighbourly perfection. 🧁"),

("social_post", "direct", None,
 "{{Zacharie|c148|GIVEN_NAME}} gave me a French press at our last session and said 'for the next one who needs you'. I nearly lost it."),

("email", "quasi", None,
 "Joanne, two gift questions in one. A client who's a {{session musician|c043|DISTINCTIVE|occupation}} in {{Lancaster|c043|ADDRESS|city}} gave me a CD of her work, and then offered us a puppy — she {{breeds champion Border collies|c043|DISTINCTIVE|fact|champion Border collies}}. I said no to the puppy (with difficulty; my daughter would die of joy). The CD I kept. Both fine?"),

("social_post", "benign", "weak_attribute",
 "Mum's 70th present: a day at the spa in Manchester and a very large bottle of gin. She's 70, she's a retired librarian, she deserves it."),
]
