# The therapist's personal social posts: marathon, holidays, birthdays, Pretzel the beagle.
DOCS = [
("social_post", "benign", "nonclient_person",
 "26.2 miles DONE 🏃‍♀️🏅 Lancaster Marathon, 4:12:07. Thank you Dana for pacing me through the wall at mile 20, Heather for the orange slices at 22, and Tom + the kids for the sign that said 'RUN MUM RUN (the dog ate your gel)'."),

("social_post", "benign", "name_as_word",
 "Pretzel turns 5 today 🎂🐶 She had a pupcake, two candles and then ate a sock. Best beagle in Lancaster, no notes."),

("social_post", "direct", None,
 "Proud-therapist moment of the week: {{Zeke|c114|NICKNAME}} finally told his boss no, out loud, in a meeting. HUGE. Shared with permission... mostly 😅 #therapistlife"),

("social_post", "benign", "public_figure",
 "Holiday reading: I packed the Chris Evans biography and it turns out it's about the British radio Chris Evans, not Captain America. Paris was glorious anyway. Ivy ate eleven croissants."),

("social_post", "quasi", None,
 "Marathon mile 14 and guess who was running the water station? One of my clients!! She's the midwife at {{St. Joseph's|c220|EMPLOYER}} who {{sings lead for the Quiet Ravens|c220|DISTINCTIVE|fact|Quiet Ravens}}, and she SCREAMED my name. Boundaries are hard in a small town 😂💧"),

("social_post", "benign", "name_as_word",
 "Happy 70th to my mum Kathryn — the woman who taught me patience, bridge, and how to make a gravy that could stop traffic. Love you to bits 💐"),

("social_post", "direct", None,
 "Loveliest surprise at the Georgetown farmers' market: ran into {{Wendy Fisher|c130|FULL_NAME}}, who told me (loudly, by the kale) that she's six months sober. Therapy works, folks 💙"),

("social_post", "benign", "nonclient_person",
 "Beach week 🏖️ Outer Banks. Tom burnt, Jamie sulked, Ivy found a crab she named Gerald and tried to bring Gerald home in a cup. Gerald has been released."),

("social_post", "direct", None,
 "A teen I work with, {{Pepito|c060|GIVEN_NAME}}, made me this friendship bracelet for our last session and I am not crying, you're crying. 🧶"),

("social_post", "quasi", None,
 "My favourite coffee spot has a new barista and I realised mid-order she's a client 😬 She's the {{barista|c036|DISTINCTIVE|occupation}} at the {{Grand Plymouth Hotel|c036|EMPLOYER}} café in {{Kingston|c036|ADDRESS|city}}, if you know it. Anyway I tipped big and fled."),

("social_post", "benign", "single_quasi",
 "Birthday dinner for Tom at Owen's Diner 🎂 47 and still can't parallel park. The waitress sang. He wanted to die. 10/10."),

("social_post", "direct", None,
 "Weekend hike with Pretzel 🥾 Thinking about {{Wes|c092|NICKNAME}} from my Thursday group, who said last session he'd never seen the top of Mt. Mansfield. Next year, bud."),

("social_post", "benign", "name_as_word",
 "Rusty legs, shiny medal. Frank assessment: I will never run again. (I will. I have already signed up for the spring half.)"),

("social_post", "direct", None,
 "The sidewalk chalk art outside {{6014 Sycamore Way|c137|ADDRESS|street}} is incredible — my client did that, she's 13, and I am so proud of her I could burst 🎨"),

("social_post", "quasi", None,
 "Local legend alert 🎃 the guy who {{grew the 900-pound pumpkin that made the Georgetown Herald|c165|DISTINCTIVE|fact|Georgetown Herald for growing}} is a {{bartender|c165|DISTINCTIVE|occupation}} in {{Hudson|c165|ADDRESS|city}} and — small world — sits on my couch every other Tuesday."),

("social_post", "benign", "nonclient_person",
 "Church picnic with the Hunter family 🧺 and their new puppy, Biscuit. Pretzel was appalled. Jamie and Ethan Hunter played frisbee until it got dark."),

("social_post", "benign", "public_figure",
 "Found a Mark Jackson rookie card in my dad's attic!! 🏀 (The NBA Mark Jackson, for the under-40s.) Dad says it's worth $3. Jamie says it's priceless."),

("social_post", "direct", None,
 "Long run with the club done. Still processing that {{Jasmin Richards|c085|MISSPELLED_NAME}} told me in session she's quitting the fire service. ...No, I shouldn't have typed that. Deleting in 5."),

("social_post", "benign", "deidentified",
 "Five years in private practice today. Thank you to every single client who trusted me with their story. You know who you are, and I won't ever say it here 💛"),

("social_post", "direct", None,
 "Toast at my sister's wedding went well (I cried, everyone cried). Grateful I had Sunday morning off — {{Mindy|c100|GIVEN_NAME}} from {{Brightline|c100|EMPLOYER}} cancelled her session, so I actually slept."),

("social_post", "quasi", None,
 "Shoutout to the neighbour who {{breeds champion Great Danes|c030|DISTINCTIVE|fact|champion Great Danes}} — his pups stole the show at the block party! (He's also the paralegal I see at {{Johnson Realty|c030|EMPLOYER}}... on Tuesdays... professionally. I've said too much.)"),

("social_post", "benign", "weak_attribute",
 "Autumn in Lancaster is unreal 🍂 Ivy and Pretzel in the leaves on Church Street this morning. No filter."),

("social_post", "direct", None,
 "Congrats to {{Mel Finley|c133|FULL_NAME}} on her first 5K!!! So proud of you — love, your therapist 💪🏃‍♀️"),

("social_post", "benign", "single_quasi",
 "Marathon training week 12: 20 miles out past the Miller Electric depot and back. Lost a toenail. Gained a podcast habit."),

("social_post", "benign", "name_as_word",
 "Bell rang at 6am. It was Pretzel. She has learned to ring the bell by the back door. We are doomed. Send coffee."),

("social_post", "direct", None,
 "Hardest part of this job: {{Gustaw|c120|GIVEN_NAME}}'s first day back at {{Monroe Middle|c120|SCHOOL}} after everything. I was a wreck at 3pm waiting for his mum's text. He did it. 💙"),

("social_post", "benign", "nonclient_person",
 "Huge thanks to Dr. Karen Holland for a fantastic CE workshop on prolonged grief this weekend. Six credits and a new reading list. Highly recommend her if she's ever in your area."),

("social_post", "quasi", None,
 "Marathon medal 🥇 — and I crossed the line right next to one of my clients, the {{nurse|c155|DISTINCTIVE|occupation}} from {{Centerville|c155|ADDRESS|city}} who works at {{Ashland Medical Center|c155|EMPLOYER}}. We high-fived. I'm not telling you who, obviously 😂"),

("social_post", "direct", None,
 "Selling Jamie's old bike, $40, text me: {{817.944.6887|c216|PHONE}}\n\nwait no. That's not my number. That's off my callback list 🤦‍♀️ EDIT: DM me instead."),

("social_post", "direct", None,
 "My marathon fundraising page is done!! 🏅 Screenshot of the donor wall: Tom C. — $50, Heather B. — $25, Laura C. — $40, {{roksanap82@yahoo.com|c006|EMAIL}} — $20 (anonymous?), Dana W. — $30. THANK YOU all 💛"),
]
