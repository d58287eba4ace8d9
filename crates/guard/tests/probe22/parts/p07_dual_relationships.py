# Dual relationships: clients who are the therapist's barista, mechanic, neighbour, hygienist,
# delivery driver; seeing clients at the pool, the gym, the supermarket. Handled well and badly.
DOCS = [
("email", "benign", "deidentified",
 "Saw one of my clients at the pool today. We did the little nod. Then I realised I was in my swimsuit with my goggles on my forehead and a noodle under my arm. Dignity: gone. Anyway, how was your week, Heather?"),

("email", "direct", None,
 "Heather you will not believe this. My client {{Dana|c426|GIVEN_NAME}} who works at {{Hudson Bowling Lanes|c426|EMPLOYER}} just served us nachos at Jamie's party. I didn't know where to look. She was lovely. I wanted to die."),

("social_post", "benign", "deidentified",
 "My barista asked how my weekend was and I said 'and how did that make you feel?' by accident. Occupational hazard. ☕"),

("email", "direct", None,
 "Guess who made my oat latte this morning. {{Jackie|c167|NICKNAME}}! From my Tuesday group!! She drew a heart in the foam. Do I tip more or less, Tom? Is there an ethics code for this?"),

("email", "quasi", None,
 "Laura. The mechanic at {{Rodriguez Electric|c187|EMPLOYER}} — yes, the electric people do cars now apparently — turns out she {{sings lead in the Static Comets|c187|DISTINCTIVE|fact|Static Comets}} AND she's one of my Monday clients. We both pretended not to know each other over the brake pads. Car's fixed though."),

("social_post", "benign", "nonclient_person",
 "New neighbours moved in at number 12 — Kelly and Jason, two kids and a very loud parrot. Pretzel is obsessed. The parrot says 'hello Pretzel' now. This is my life."),

("email", "direct", None,
 "Subject: neighbour = client?\n\nJoanne,\n\nI've just realised my new neighbour across the road is {{Gerald Hudson|c037|FULL_NAME}}, who I've been seeing for three months. He clocked it at the same moment, over the bins. What's the protocol? Do I need to offer a referral?\n\nMiriam"),

("social_post", "benign", "deidentified",
 "Bumped into a former client at the garden centre. She looked great and she was buying tomato plants. That's all. That's the post. 🍅"),

("email", "quasi", None,
 "my mechanic, the guy who runs the fleet garage at {{Caldwell Construction|c161|EMPLOYER}} out in {{Lebanon|c161|ADDRESS|city}} ({{mechanic|c161|DISTINCTIVE|occupation}}, obviously), is a client. And he does {{the Backyard Parent podcast|c161|DISTINCTIVE|fact|Backyard Parent}}, which Tom listens to. My brakes have never been so awkward."),

("email", "direct", None,
 "Tom, a parcel for {{3609 Mill Terrace|c143|ADDRESS|street}} came to us — that's {{Arthur|c143|GIVEN_NAME}}'s place, isn't it? Bit awkward as I see him on Thursdays. Could you drop it over so I don't have to? x"),

("email", "benign", "name_as_word",
 "Art class for Ivy at the rec centre at 4, then swimming. Will pick up pizza on the way home. Mark the calendar for Saturday — Jamie's away game."),

("email", "direct", None,
 "Switching gyms, Heather, sorry! {{Dagmar|c110|GIVEN_NAME}} from my Thursday group does the same 6am spin class and it's too much for both of us. Try the Y with me?"),

("email", "benign", "nonclient_person",
 "Our mechanic Gary says the car needs new pads and a timing belt. $640. I said a word I'd never say in session."),

("social_post", "quasi", None,
 "Small-town therapy life: my dental hygienist at {{St. Francis's|c172|EMPLOYER}}, who also {{sits on the Glendale city council (Ward 9)|c172|DISTINCTIVE|fact|Ward 9 on the Glendale}}, is... also on my Wednesday list. We both pretended not to know each other while he scraped my molars. 🦷"),

("email", "direct", None,
 "Tom — here's the neighbour's number for the parcel swap: {{386.268.5924|c203|PHONE}}. It's {{Casey|c203|GIVEN_NAME}} at number 9. Don't mention I see him for work, obviously."),

("social_post", "benign", "nonclient_person",
 "Ran into my old clinical supervisor, Dr. Brenda Turner, at Aldi. She still remembers my worst ever process recording. Some things never die."),

("email", "direct", None,
 "My HVAC guy {{Claes|c139|NICKNAME}} came to fix the furnace this morning and I'd completely forgotten he's on my Thursday list until he started telling me about his week in the exact voice he uses in session. Heather, I need wine."),

("social_post", "benign", "single_quasi",
 "Shoutout to the roofer from Ashland who fixed our leak in the rain. Hero. Five stars."),

("email", "quasi", None,
 "Subject: dual relationship question\n\nJoanne, my daughter's new piano teacher turns out to be a client — a {{teaching assistant|c015|DISTINCTIVE|occupation}} at {{Whitman Elementary|c015|EMPLOYER}} who lives in {{Plymouth|c015|ADDRESS|city}}. Do I pull Ivy out of lessons, or is this one manageable with a conversation?\n\nM"),

("email", "direct", None,
 "Laura, awkward update: {{Ms. Belmonte|c158|FAMILY_NAME}} — my client, the one I told you about — is my new landlord's sister. Family barbecue invitation received. Declined."),

("social_post", "benign", "nonclient_person",
 "Met the new neighbour, Christopher. That's the third Christopher on our street. We're calling him Chris #3 and he's fine with it."),

("email", "direct", None,
 "For supervision log: when {{Stuart Martinez|c125|FULL_NAME}} waved at me in the supermarket on Saturday, I waved back and kept walking, and didn't mention anything in our next session unless he raised it (he didn't). I think I handled it ok?"),

("social_post", "benign", "deidentified",
 "In a town this size you WILL see your therapist at Target, and your therapist will see you. The trick is to let the client say hi first. 🛒"),

("email", "quasi", None,
 "The {{delivery driver|c025|DISTINCTIVE|occupation}} who brings our groceries ({{Le Foods|c025|EMPLOYER}}, {{Manchester|c025|ADDRESS|city}} run) is a client. She left the eggs on the porch with a note: 'see you Thursday'. Thursday is her session. Subtle, my friend."),

("email", "direct", None,
 "Babysitter option for Saturday: {{Tamara|c252|GIVEN_NAME}} from down the road, she's lovely — email {{tamarad71@aol.com|c252|EMAIL}}. (She's technically a client, so... maybe not?? ugh, I'll think about it.)"),

("social_post", "benign", "nonclient_person",
 "Ivy's new friend from swim is called Rosa and they are inseparable. Rosa's mum is a nurse and the calmest human I've ever met. Playdate Saturday!"),

("email", "direct", None,
 "Joanne — the new client I mentioned on Monday: her DOB is {{1 March 1981|c219|DOB}} and she's the PTA chair at my kids' school. I only clocked it at intake. Do I tell the school I'm stepping back from PTA, or just quietly stop going?"),

("social_post", "benign", "single_quasi",
 "Ivy's best friend's mum owns the record shop on Vega Avenue and let them DJ on Saturday. 40 minutes of Taylor Swift. The customers were delighted."),
]
