"""The therapist's social posts and blog paragraphs: reflective, humorous, promotional, grief."""

DOCS = []


def D(kind, cat, text, sub=None):
    DOCS.append((kind, cat, sub, text))


S = "social_post"

# --- direct -----------------------------------------------------------------------------
D(S, "direct",
  "So proud of {{Dean|c030|GIVEN_NAME}} today — six months sober and he sang with "
  "{{the Midnight Bicycles|c030|DISTINCTIVE|fact|midnight bicycles}} again last night 🎤💙 #recoveryispossible")

D(S, "direct",
  "Client {{Rusty|c114|NICKNAME}} just informed me my office plant is fake. It is not fake. I water it. "
  "I think. 🌱 #therapistlife")

D(S, "direct",
  "We lost a client this week. {{Robert Maxwell|c032|FULL_NAME}} — {{Robby|c032|NICKNAME}} to everyone at "
  "{{Cobalt Software|c032|EMPLOYER}} — was funny and kind and fought so hard. Therapists are allowed to "
  "grieve too. 🕯️")

D(S, "direct",
  "“I didn't think therapy was for guys like me.” — {{Miles|c272|GIVEN_NAME}}, librarian at "
  "{{Adams Academy|c272|EMPLOYER}} 📚 (shared with his permission!) Our men's group starts again in April.")

D(S, "direct",
  "Sat with Mr. {{Kennedy|c291|FAMILY_NAME}} today while he read his son's letter out loud. Some days this "
  "job is holy.")

D(S, "direct",
  "Happy birthday to my longest-standing client, born {{9/13/1945|c072|DOB}} and still out-arguing me every "
  "single week 🎂 #olderadults")

D(S, "direct",
  "Shoutout to {{Fernada|c086|MISSPELLED_NAME}} who walked into her very first group today 💪 The bravest "
  "thing is the door.")

D(S, "direct",
  "Home visit today at {{3008 School Ter.|c087|ADDRESS|street}} — the garden is unreal 🌻 (he said I could "
  "post the sunflowers!)")

D(S, "direct",
  "PSA to myself: stop replying to {{sarahc85@icloud.com|c162|EMAIL}} from my personal phone at 11pm 😩 "
  "#boundaries")

D(S, "direct",
  "From the blog — “What the first session is really like”\n\n"
  "When {{June|c266|GIVEN_NAME}} first came to see me she had two small daughters, a full-time job in "
  "UX design and a habit of apologising every time she cried. For the first three weeks she spent most of "
  "the hour apologising. In week four she stopped. Nothing dramatic happened; she just noticed she "
  "didn't have to. I think about that session a lot when people ask me what therapy 'does'. Mostly it "
  "gives you an hour where you don't have to apologise for being a person.")

D(S, "direct",
  "My client {{Emma Stone|c056|FULL_NAME}} (no, not that one 😂) finally got her HVAC licence renewed after "
  "two years of panic about the exam. Proud doesn't cover it.")

D(S, "direct",
  "Ran into {{Nell Atkins|c170|NICKNAME}} at the farmers' market — she hugged me and told her husband "
  "{{Jose|c170|RELATIVE}} “this is my therapist!!” 😳 Boundaries, folks. (It was lovely, though.)")

D(S, "direct",
  "If anyone finds a blue phone case near the Dayton library, it belongs to my client — please call "
  "{{+1 (931) 774 7929|c107|PHONE}} and ask for {{Andi|c107|NICKNAME}} 🙏")

D(S, "direct",
  "{{Ann Russo|c239|FULL_NAME}} gave me permission to share this: “{{I ran for mayor of Franklin and lost|c239|"
  "DISTINCTIVE|fact|mayor of franklin in 2013}}, and I still get out of bed.” Resilience isn't winning.")

# --- quasi ------------------------------------------------------------------------------
D(S, "quasi",
  "Thinking about my client who {{ran for mayor of Hudson back in '14|c001|DISTINCTIVE|fact|mayor of hudson in "
  "2014}} and now {{coaches the Hamilton Wolves under-10 softball team|c001|DISTINCTIVE|fact|hamilton wolves "
  "under-10 softball}}. Resilience looks like showing up to practice. 🥎")

D(S, "quasi",
  "A client's {{goat Duchess|c026|DISTINCTIVE|fact|goat named duchess}} went viral this week and honestly "
  "the joy on his face 🐐 — same man who {{found a Civil War sword at a garage sale|c026|DISTINCTIVE|fact|"
  "civil war sword}}. Life is strange and good.")

D(S, "quasi",
  "One of my clients owns {{Professor Snuggles, the parrot from the internet|c002|DISTINCTIVE|fact|parrot "
  "named professor snuggles}} 🦜, and she just got into her second year at {{UMarion|c002|SCHOOL}}. "
  "I'm not crying, you are.")

D(S, "quasi",
  "Tonight I watched a client {{sing lead with the Electric Pilots|c019|DISTINCTIVE|fact|electric pilots}} — "
  "the same woman who {{ran for mayor of Madison in '07|c019|DISTINCTIVE|fact|mayor of madison in 2007}} and "
  "said she'd never stand on a stage again. 🎸")

D(S, "quasi",
  "Best sandwich in town is at the {{deli on Canal Avenue|c045|DISTINCTIVE|fact|deli on canal avenue}}, "
  "and the owner — who also {{hosts the Backyard Detective podcast|c045|DISTINCTIVE|fact|backyard detective}} "
  "— is one of the bravest people I work with. That's all. 🥪")

D(S, "quasi",
  "Shoutout to the {{graphic designer|c208|DISTINCTIVE|occupation}} from {{Auburn|c208|ADDRESS|city}} on my "
  "caseload who just opened {{the bakery on Market Terrace|c208|DISTINCTIVE|fact|bakery on market terrace}}. "
  "Go buy a croissant 🥐 #smallbusiness")

D(S, "quasi",
  "My client who {{ran for mayor of Hudson in 2004|c109|DISTINCTIVE|fact|mayor of hudson in 2004}} now has "
  "an {{alpaca called Turnip with more followers than the council|c109|DISTINCTIVE|fact|alpaca named turnip}} "
  "🦙 Second acts are real.")

D(S, "quasi",
  "Client update (shared with permission, details blurred): she plays "
  "{{bassoon with the Hamilton Symphony|c029|DISTINCTIVE|fact|bassoon in the hamilton}} AND "
  "{{oboe in Brookfield's orchestra|c029|DISTINCTIVE|fact|oboe in the brookfield}} and still thinks she's "
  "'not good enough'. Impostor syndrome is wild. 🎶")

D(S, "quasi",
  "A {{line cook|c247|DISTINCTIVE|occupation}} in {{Jackson|c247|ADDRESS|city}} I work with owns "
  "{{Pickles, the goat from that viral video|c247|DISTINCTIVE|fact|goat named pickles}}, and today he "
  "told me it's the goat that got him through the winter. 🐐 Pets are therapy.")

D(S, "quasi",
  "Went to the symphony tonight and saw a client {{playing harp with the Auburn Symphony|c180|DISTINCTIVE|"
  "fact|harp in the auburn}} — she's the {{dental hygienist|c180|DISTINCTIVE|occupation}} from "
  "{{Franklin|c180|ADDRESS|city}} who told me she'd never perform again. 🎼")

D(S, "quasi",
  "The student who {{painted that huge mural on Park Street|c212|DISTINCTIVE|fact|mural on park street}} is "
  "one of mine, and he's about to graduate from {{Hudson State|c212|SCHOOL}}. Art heals. 🎨")

D(S, "quasi",
  "Proud of a client: {{carpenter|c233|DISTINCTIVE|occupation}} in {{Jackson|c233|ADDRESS|city}}, "
  "{{ran for mayor of Plymouth in 2017|c233|DISTINCTIVE|fact|mayor of plymouth in 2017}}, lost, and just "
  "finished her first year sober. 🪚")

D(S, "quasi",
  "If you haven't heard {{the Midlife Mechanic podcast about vintage cars|c264|DISTINCTIVE|fact|midlife "
  "mechanic podcast}}, go listen — the host is a client of mine who manages the shop at "
  "{{Shelby Brewing|c264|EMPLOYER}}, and he's finally talking about his depression on air. 🎙️")

D(S, "quasi",
  "Weekend plans: cheering on a client who {{plays bass for the Electric Tigers|c277|DISTINCTIVE|fact|"
  "electric tigers}} — she's a {{surgeon|c277|DISTINCTIVE|occupation}} in {{Bristol|c277|ADDRESS|city}} by day. "
  "Balance is possible! 🎸")

D(S, "quasi",
  "My client who pours drinks at {{the Grand Dayton|c013|EMPLOYER}} just took Best in Show with "
  "{{one of her champion Vizslas in Brookfield|c013|DISTINCTIVE|fact|vizslas in brookfield}} 🐕 "
  "Celebrate the wins!")

D(S, "quasi",
  "A client who {{hosts the Backyard Parent true-crime podcast|c168|DISTINCTIVE|fact|backyard parent "
  "podcast about true crime}} is now also {{the Ward 5 rep on the Franklin council|c168|DISTINCTIVE|fact|"
  "ward 5 on the franklin}}. Busy people need therapy too. 🏛️")

# --- benign: ordinary words ---------------------------------------------------------------
D(S, "benign",
  "Will power is overrated. Build systems, not willpower. 🧠 #habits", "ordinary_word")

D(S, "benign",
  "Grace for yourself today. Grace for the person who cut you off in traffic. Grace for the barista who got "
  "your order wrong. ✨", "ordinary_word")

D(S, "benign",
  "Hope is not a feeling, it's a practice. Rose early, walked the dog, drank water. Small wins. 🌅",
  "ordinary_word")

D(S, "benign",
  "Mark my words: the best thing you'll do for your mental health this year is go to bed earlier. 😴",
  "ordinary_word")

D(S, "benign",
  "The electricity bill came in and I felt it in my body. Somatic therapy, anyone? 💸", "ordinary_word")

D(S, "benign",
  "It's June, the days are long, and I am begging you to take a walk at dawn before the world wakes up. 🌄",
  "ordinary_word")

D(S, "benign",
  "Frank conversations about money are part of therapy too. Let's talk fees openly. 💬 #privatepractice",
  "ordinary_word")

D(S, "benign",
  "Stop trying to chase the feeling of being 'fixed'. Healing isn't a finish line. 🏃",
  "ordinary_word")

D(S, "benign",
  "Pat yourself on the back for making it through another Monday. That's it, that's the post.",
  "ordinary_word")

D(S, "benign",
  "The joy of a cancelled meeting is unmatched. Drew a bath, read a book, became a person again. 🛁",
  "ordinary_word")

D(S, "benign",
  "Some days you run miles, some days you just make it to the couch. Both count. 🛋️", "ordinary_word")

D(S, "benign",
  "Sunny summer Saturday, iced coffee, no notes to write. Penny for your thoughts? ☀️", "ordinary_word")

D(S, "benign",
  "Ginger tea, a holly wreath still on the door in March, and an inbox at zero. I'll take it. 🍵",
  "ordinary_word")

D(S, "benign",
  "Rusty at first, but the art of sitting with silence comes back. Day 3 of my retreat. 🧘",
  "ordinary_word")

D(S, "benign",
  "May is Mental Health Awareness Month! Rich resources in the link below, free for everyone. 💚",
  "ordinary_word")

D(S, "benign",
  "Faith, trust and a little pixie dust — or, as we call it in the therapy world, 'the therapeutic alliance'. ✨",
  "ordinary_word")

# --- benign: public figures / celebrities ---------------------------------------------------
D(S, "benign",
  "Kevin Love writing about his panic attacks in the middle of an NBA game changed how a lot of men talk "
  "about anxiety. Still one of the best pieces out there. 🏀", "public_figure")

D(S, "benign",
  "Emma Stone talking about her childhood anxiety on late-night TV was so refreshing. Representation "
  "matters. 🎬", "public_figure")

D(S, "benign",
  "Re-reading William James tonight: “The greatest weapon against stress is our ability to choose one "
  "thought over another.” 📖", "public_figure")

D(S, "benign",
  "Ten years without Robin Williams. If you're struggling, please reach out — 988 in the US. 💙",
  "public_figure")

D(S, "benign",
  "Hot take: Peter Parker is the most realistic portrayal of burnout in cinema. Change my mind. 🕷️",
  "public_figure")

D(S, "benign",
  "It's a Wonderful Life is on tonight. James Stewart came home from the war and made that film — you can "
  "see it in his face. 🎄", "public_figure")

D(S, "benign",
  "Blue by Joni Mitchell on vinyl + rain + no clients until 10 = perfect morning. 🎶", "public_figure")

D(S, "benign",
  "Carl Rogers called it unconditional positive regard. My dog calls it Tuesday. 🐶", "public_figure")

D(S, "benign",
  "Jenifer Lewis's memoir about living with bipolar disorder should be required reading for trainees.",
  "public_figure")

D(S, "benign",
  "Michael Johnson's 19.32 in Atlanta still gives me chills. Reminder that fast is also a feeling you can "
  "learn to sit with. 🏃", "public_figure")

D(S, "benign",
  "Just finished Lori Gottlieb's book again. If you're thinking about therapy, start there. 📚",
  "non_client")

D(S, "benign",
  "Taylor Swift's 'anti-hero' is basically a CBT thought record set to music. I will not be taking "
  "questions. 🎤", "public_figure")

# --- benign: writer's relatives / own life ---------------------------------------------------
D(S, "benign", "My son Adam turned seven today 🎂 Best weekend ever.", "writers_relative")

D(S, "benign",
  "Grandma Rose would have been 100 today. She taught me to listen more than I talk. 🌹", "writers_relative")

D(S, "benign",
  "My husband Carl made pancakes shaped like the DSM-5. He is not funny. (He is a little funny.) 🥞",
  "writers_relative")

D(S, "benign",
  "Niece Ivy lost her first tooth and asked me if the tooth fairy 'has boundaries'. Raising them right. 🦷",
  "writers_relative")

D(S, "benign",
  "My sister Holly ran her first marathon today and I've never been prouder 🏅", "writers_relative")

D(S, "benign",
  "Our new puppy is called Ziggy and he has already eaten a session plan. Therapy dog in training? 🐕",
  "writers_relative")

# --- benign: single quasi / deidentified / practice life ------------------------------------
D(S, "benign",
  "One of my clients just got elected to a city council and I'm bursting with pride. Democracy needs "
  "healthy people! 🗳️", "single_quasi")

D(S, "benign",
  "A client who plays in a symphony orchestra told me practice is just exposure therapy with better "
  "lighting. 🎻", "single_quasi")

D(S, "benign",
  "So many of my clients work at Carroll Logistics that I now know the night-shift rota by heart. "
  "Shift work is hard on the brain. 🚚", "single_quasi")

D(S, "benign",
  "Blog: Why I don't post about clients\n\nPeople ask why my feed is all dogs and tea. It's because the "
  "stories people bring to therapy belong to them. Even 'de-identified' stories can be recognised by the "
  "one person who matters most — the client. So you get the dog.", "therapy_life")

D(S, "benign",
  "Now accepting new clients for Tuesday and Thursday evenings! Individual, couples, and teens. "
  "Link in bio. 💚 #privatepractice", "therapy_life")

D(S, "benign",
  "Ten years in practice today. Thank you to every person who trusted me with their story. 🙏", "therapy_life")

D(S, "benign",
  "Reflective Sunday: a man in his forties told me this week that he'd never cried in front of anyone. "
  "Then he did. That's the job.", "deidentified")

D(S, "benign",
  "Therapist confession: I keep a jar of good pens and I will fight you for them. 🖊️", "therapy_life")

D(S, "direct",
  "Proud of {{J.H.|c284|INITIALS}} — first term at {{Arlington State|c284|SCHOOL}} done, and he went to every "
  "single lecture despite the panic. 🎓 (He said I could post his initials!)")

D(S, "direct",
  "Coffee with {{Dawn Ericksen|c281|MISSPELLED_NAME}} after her last session — she's back up on the roofs "
  "with {{Baxter Electric|c281|EMPLOYER}} and says the heights don't scare her any more. 🏠")

D(S, "quasi",
  "Family Feud fans: a client of mine was {{on Family Feud, season 4|c038|DISTINCTIVE|fact|season 4 of "
  "family feud}}, and he also {{painted the giant mural on Herrera Drive|c038|DISTINCTIVE|fact|mural on "
  "herrera drive}}. Today he told me he's proud of himself. First time in two years. 🎨")

D(S, "benign", "Hunter green walls in the new waiting room. Calming or creepy? Vote below 👇", "ordinary_word")

D(S, "benign",
  "Congratulations to Dr. Marcus Ellery on his retirement after 35 years of community mental health work. "
  "A legend. 🎉", "non_client")

D(S, "benign",
  "On grief, and on the people we don't get to say goodbye to\n\n"
  "Every therapist has a few. The client who stopped coming and never answered the follow-up letter. The "
  "one who moved across the country mid-treatment. The one whose obituary you read in the paper and "
  "recognise only by the age and the town. You don't get a funeral for them. You don't get to tell anyone "
  "why your chest is tight on a random Tuesday. Confidentiality doesn't end when the relationship does, so "
  "the grief stays in the room with you.\n\n"
  "What helps me: supervision (bless you, Grace), a ritual of writing the first name on a scrap of paper "
  "and then burning it in the garden, and long walks with my dog. What also helps: remembering that the "
  "work was real even if the ending wasn't tidy. Carl Rogers wrote that the curious paradox is that when I "
  "accept myself just as I am, then I can change. I think that goes for therapists too. We can accept that "
  "we cared, and that we didn't get closure, and still show up for the next person.\n\n"
  "If you're a clinician carrying one of these, you're not alone. Talk to your supervisor. Talk to your own "
  "therapist. And maybe go for the walk. 🌿", "therapy_life")
