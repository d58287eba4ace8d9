# Clients and their relatives writing in public (reviews, posts, comments, forums) from several
# countries, and therapists' "ran into a client at the farmers' market" posts.
DOCS = [
    ("social_post", "direct", None,
     "★★★★★ Dr Brandt saved my life, simple as that. I couldn't walk into a kitchen without "
     "shaking after the fire and now I'm running the line again.\n— {{Sandra Huang|c326|FULL_NAME}}, "
     "chef at {{Beck's Diner|c326|EMPLOYER}}"),
    ("social_post", "direct", None,
     "So proud of my daughter {{Amy Fletcher|c397|FULL_NAME}} 💜 A year of therapy at Harbourlight and "
     "this week she stood up in assembly and talked about anxiety in front of the whole school. "
     "Mum is a puddle."),
    ("social_post", "direct", None,
     "Ran into my client {{Jesse|c172|GIVEN_NAME}} at the farmers' market and he introduced me to his "
     "mum as \"the lady who fixed my head\" 😂 I didn't know whether to laugh or run. Small towns, "
     "honestly."),
    ("social_post", "direct", None,
     "[Facebook — Military & First Responder Spouses]\nMy husband {{Travis Bell|c021|FULL_NAME}} has "
     "been in therapy for PTSD since {{the highway delivery|c021|DISTINCTIVE|fact|delivering a baby on the highway}} last year. Some days are still awful. "
     "How do you all look after yourselves?\n— {{Lindsay|c021|RELATIVE}}"),
    ("social_post", "direct", None,
     "[TikTok caption] hi I'm {{Rhonda|c420|GIVEN_NAME}}, I'm a line cook at "
     "{{Thompson Foods|c420|EMPLOYER}} and this is my 6-month therapy update 🎉 no panic attacks at "
     "work in 8 weeks!!! #therapyjourney"),
    ("social_post", "direct", None,
     "[comment on Still Water Counselling's Facebook page]\nMy dad {{Gary Ross|c430|FULL_NAME}} is a "
     "client of yours and he will NOT stop talking about your Tuesday men's group 😂 Thank you, "
     "genuinely. He's a different person."),
    ("social_post", "direct", None,
     "Saturday market haul 🥖🍓 Grabbed sourdough from my client {{Sara Kristensen|c314|FULL_NAME}}'s "
     "stall — best baker in Newport, and she's come SO far this year. (I asked her first. She "
     "said \"post it!\")"),
    ("social_post", "direct", None,
     "r/Teachers: Any other teachers in therapy for burnout? DM me or email "
     "{{kjells76@outlook.com|c424|EMAIL}} — my therapist says talking to other teachers would help "
     "and I don't know any who'll admit it."),
    ("social_post", "direct", None,
     "My sister {{Kelsey Woods|c168|FULL_NAME}} has been so brave in therapy this year. Nobody in our "
     "family talks about this stuff and she just... did. Love you, sis.\n— {{Kevin|c168|RELATIVE}}"),
    ("social_post", "direct", None,
     "Google review ★★★★★\nMy daughter {{Fel|c335|NICKNAME}} has been seeing Dr Tipene since she was "
     "ten and I can't say enough good things. Patient, warm, and she actually listens to "
     "teenagers.\n— {{Stephanie|c335|RELATIVE}} K."),
    ("social_post", "direct", None,
     "Bumped into Mr. {{Wilkerson|c230|FAMILY_NAME}} at the garden centre today — he's one of my "
     "longest-standing clients — and he showed me photos of {{his Great Danes|c230|DISTINCTIVE|fact|Great Danes in Riverside}}. "
     "We talked about begonias for ten minutes. Therapy outside therapy 🌿"),
    ("social_post", "direct", None,
     "[Mumsnet-style forum → Mental health]\nI'm {{Penny|c479|NICKNAME}}, 71, retired police officer, "
     "{{viral goat Dumpling|c479|DISTINCTIVE|fact|goat named Dumpling}}'s mum (some of you will know "
     "him 😄). My therapist suggested I post here. Anyone else start therapy in their seventies?"),
    # quasi
    ("social_post", "quasi", None,
     "Ran into a client at the farmers' market today — the guy who "
     "{{owns the bakery on Cooke Way|c309|DISTINCTIVE|fact|bakery on Cooke Way}} and crunches numbers "
     "at {{GravesTech|c309|EMPLOYER}} on weekdays. He gave me a free croissant and I think that's a "
     "boundary issue but it was delicious."),
    ("social_post", "quasi", None,
     "[First responder spouses group] My wife is a firefighter with "
     "{{Dayton Fire Department|c318|EMPLOYER}} and she's finally in therapy after her dad "
     "{{Kenneth|c318|RELATIVE}} died. Any tips for supporting someone who refuses to talk at home?"),
    ("social_post", "quasi", None,
     "AMA: I'm a paralegal at {{Hunter Law LLP|c182|EMPLOYER}}, I "
     "{{own the deli on Mill Drive|c182|DISTINCTIVE|fact|deli on Mill Drive}}, and I've been in therapy "
     "for a year for panic disorder. Ask me anything."),
    ("social_post", "quasi", None,
     "Saw my client's {{viral pig, Beans|c293|DISTINCTIVE|fact|pig named Beans}}, on my feed this "
     "morning 😂 — the lawyer from {{Owen Realty|c293|EMPLOYER}} who swore he'd never post him again. "
     "Good for him."),
    ("social_post", "quasi", None,
     "[Parents' forum] My son's been seeing a counsellor since September. He's at "
     "{{Jefferson Middle School|c405|SCHOOL}} and his older sister {{Shannon|c405|RELATIVE}} is "
     "convinced it's her fault. How do I help them both?\n— {{Kayla|c405|RELATIVE}}"),
    ("social_post", "quasi", None,
     "6 months sober + 6 months of therapy 🙌 Grateful to everyone at "
     "{{Watkins & Sons Plumbing|c275|EMPLOYER}} who covered my shifts, and to my daughter "
     "{{Wendy|c275|RELATIVE}}, who drove me to every single session."),
    ("social_post", "quasi", None,
     "Popped into a client's {{record shop on Sycamore Court|c005|DISTINCTIVE|fact|record shop on Sycamore Court}} "
     "for a birthday present and she was behind the counter with her husband "
     "{{Sean|c005|RELATIVE}}. We both pretended it was totally normal. It was not."),
    ("social_post", "quasi", None,
     "My dad's been seeing a counsellor since he stepped down from "
     "{{the Winchester city council (Ward 2)|c045|DISTINCTIVE|fact|Ward 2 on the Winchester}}. He still "
     "does a few shifts as a care assistant at {{Schmidt Dental Group|c045|EMPLOYER}} and says it's "
     "the only thing that makes sense."),
    ("social_post", "quasi", None,
     "{{insurance adjuster|c058|DISTINCTIVE|occupation}} in {{Glendale|c058|ADDRESS|city}} by day, coach of "
     "{{the Glendale Comets under-12 volleyball team|c058|DISTINCTIVE|fact|Glendale Comets under-12 volleyball}} "
     "by night, therapy client on Wednesdays. Balance is a myth but I'm trying 🏐"),
    ("social_post", "quasi", None,
     "My sister (the one who {{painted the mural on Pope Drive|c079|DISTINCTIVE|fact|mural on Pope Drive}} "
     "— yes that's hers!) finally started therapy, and her partner {{Cody|c079|RELATIVE}} has been "
     "amazing about it. Proud sibling post."),
    # benign
    ("social_post", "benign", "therapy_life",
     "Two years of therapy with @dr.ottilie.brandt today 🥹 I was so scared at the first session I "
     "sat in the car for twenty minutes. #therapyworks #mentalhealthmatters"),
    ("social_post", "benign", "therapy_life",
     "So proud of my sister for starting therapy this month 💛 It takes guts to ask for help. If "
     "you're thinking about it, this is your sign."),
    ("social_post", "benign", "therapy_life",
     "Bumped into someone I work with at the Saturday market — we both pretended to be very "
     "interested in leeks until one of us could leave. Working in a small town, part 94."),
    ("social_post", "benign", "nonclient_namesake",
     "My niece Summer graduates from nursing school today!! 🎓 The whole family is driving up for "
     "it. So proud of you, kiddo."),
    ("social_post", "benign", "therapy_life",
     "★★★★★ Dr Asante is kind, punctual and never makes you feel judged. The online booking "
     "actually works. — anonymous"),
    ("social_post", "benign", "nonclient_person",
     "★★★★☆ Attended the Saturday parenting workshop. Useful and practical, though the room was "
     "cold. — Tavita Faleolo"),
    ("social_post", "benign", "public_figure",
     "Watching Kristen Bell talk about anxiety on a talk show is what finally made me book my "
     "first session. Thank you, random Tuesday-night TV."),
    ("social_post", "benign", "weak_attribute",
     "Ran into the Ashland Storm parents at the farmers' market fundraiser — bought far too much "
     "jam. Good luck with the season, everyone! ⚽"),
    ("social_post", "benign", "single_quasi",
     "I'm an HVAC technician in Dayton and I started therapy this year. If a guy who crawls "
     "around in attics for a living can do it, so can you."),
    ("social_post", "benign", "celebrity_namesake",
     "My therapist says I have \"Will Smith in The Pursuit of Happyness\" energy and I'm choosing "
     "to take that as a compliment."),
    ("social_post", "benign", "nonclient_namesake",
     "My son Oscar (4) drew a picture of \"the lady who talks to Mummy about feelings\" and honestly "
     "it's a very good likeness. Framing it for my therapist."),
    ("social_post", "benign", "name_as_word",
     "Faith and patience, my nan always said. Took me forty years and a good therapist to "
     "understand what she meant."),
    ("social_post", "benign", "nonclient_person",
     "Massive thank you to Ngaire on the front desk at Kōwhai Counselling, who stayed late to help "
     "me fill in the forms when I was too anxious to read them. 💚"),
]
