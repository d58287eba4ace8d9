# Voice: a social-media-savvy private practitioner (Wren Calloway, LMHC, @wren.therapy):
# long captions, threads, newsletters, LinkedIn posts, reel scripts. Clients turn up as
# "a client (shared with permission)", as a first name in a proud post, or through a
# viral pet, a podcast, a council seat.
DOCS = [
    # ---------------------------------------------------------------- benign
    ("social_post", "benign", "celebrity_namesake", """Rewatching Kevin Love's interview about the panic attack he had mid-game and the essay he wrote afterwards ("Everyone Is Going Through Something"). An NBA champion saying "I thought I was dying" on the record did more for men's mental health than a hundred awareness posts. Share it with the guys in your life. 🏀 #menshealth #panicattacks"""),

    ("social_post", "benign", "celebrity_namesake", """Therapist hot take: Taylor Swift's "Anti-Hero" is the best song about the inner critic ever written. "It's me, hi, I'm the problem, it's me" is literally the cognitive distortion we call personalisation, with a bridge. Use it in session. I do. 🎶 #therapytok #CBT"""),

    ("social_post", "benign", "therapy_life", """NEWSLETTER -- January: On boundaries, and why they feel like betrayal

Hi friends,

Every January my inbox fills with the same question in different clothes: "How do I set a boundary without feeling like a terrible person?"

Here's what I tell clients. A boundary isn't a wall and it isn't a punishment. It's information: this is what I will do if this keeps happening. "If you shout, I'll leave the room and we can talk later." That's it. You're not controlling the other person. You're telling them what you'll do.

Why does it feel like betrayal? Because for a lot of us, being loved was tied to being useful, agreeable, available. So the first boundaries feel like breaking a rule you didn't know you were following. That guilt isn't a sign you're doing it wrong. Often it's a sign you're doing it for the first time.

Three small experiments for this month:
1. Wait ten seconds before saying yes to anything.
2. Replace one "sorry" a day with "thank you" ("Thank you for waiting" instead of "Sorry I'm late").
3. Notice who feels relieved when you say no. Sometimes it's them.

With care,
Wren
(Wren Calloway, LMHC -- this newsletter is education, not therapy)"""),

    ("social_post", "benign", "name_as_word", """Words I'm carrying into this year: hope (the stubborn kind), grace (for myself first), joy (small, daily, on purpose). What are yours? 👇 #wordoftheyear #hope #grace #joy"""),

    ("social_post", "benign", "deidentified_case", """A client said something this week that I haven't stopped thinking about (shared with permission, details changed):

"I always thought I was the strong one. Turns out I was just the one nobody checked on."

If you're the strong one in your family -- the fixer, the planner, the one who holds it together at funerals -- this is your reminder that you're allowed to need things too. 💛 #therapistsofinstagram"""),

    ("social_post", "benign", "weak_attribute", """To every teacher in Madison who messaged me after last week's post: I see you. Burnout in education is real, it's structural, and it is not a personal failing. Resources in my bio. 🍎"""),

    ("social_post", "benign", "public_figure", """When Simone Biles withdrew from the Olympic final to protect her mental health, my DMs filled up with "but she's quitting". No. She was doing the bravest thing an athlete can do: listening to her body and saying no in front of the whole world. #mentalhealth #athletes"""),

    ("social_post", "benign", "nonclient_person", """New podcast episode is up! 🎙️ I sat down with Dr. Juniper Sloane to talk about perinatal anxiety -- the intrusive thoughts nobody warns new parents about, and why having them doesn't mean you'll act on them. Juniper is brilliant and very funny. Link in bio."""),

    ("social_post", "benign", "therapy_life", """REEL SCRIPT (draft) -- "3 myths about therapy"

Myth 1: "You have to be in crisis to go." Nope. Therapy is also for curious people, stuck people, grieving people, people who just want to understand themselves.
Myth 2: "The therapist will tell me what to do." Mostly we ask questions until you hear your own answer.
Myth 3: "It's just talking." It's talking with someone trained to notice patterns you can't see from inside them.
[end card: "Your turn -- what myth did you believe?"]"""),

    ("social_post", "benign", "single_quasi", """One of my clients works at Gonzalez Realty and asked me why all the stress-management advice online seems written for people with 9-to-5 jobs. Fair point. Thread on stress management for people whose work never really stops 🧵👇"""),

    ("social_post", "benign", "name_as_word", """Summer hours at the practice start next week! Fridays off for me (art classes, finally), and Monday-Thursday evenings open till 8. Rich, slow summer vibes only. ☀️"""),

    ("social_post", "benign", "nonclient_namesake", """Took my niece Hannah to her first therapy appointment today (she asked me to share). Watching a nine-year-old walk in like she owned the place made my whole career feel worth it. Normalise it early, friends. 💛"""),

    # ---------------------------------------------------------------- direct
    ("social_post", "direct", None, """I've been sitting on this post for a week because I wanted to get it right.

When {{Hope|c104|GIVEN_NAME}} first came to see me, she told me she'd lost hope. (Yes, she made the joke before I could.) She's a {{care assistant|c104|DISTINCTIVE|occupation}} in {{Newport|c104|ADDRESS|city}}, she'd just been re-elected to her {{Ward 1 seat on the Lexington council|c104|DISTINCTIVE|fact|Ward 1 on the Lexington city council}}, and she was exhausted in a way no holiday could fix.

Today she told me she's stepping back from one of those roles. Not because she failed. Because she finally believes she gets to choose.

{{Hope|c104|GIVEN_NAME}}, if you see this (you said I could share!): proud of you. 💛 #hope #burnout #therapistlife"""),

    ("social_post", "direct", None, """Client win of the week (shared with her blessing): {{Pat|c115|NICKNAME}} -- who you might remember from {{The Amazing Race a while back (season 21!)|c115|DISTINCTIVE|fact|season 21 of The Amazing Race}} -- ran her first race since the show yesterday. Not a TV race. A 5K, with her son {{Matthew|c115|RELATIVE}}, at her own pace, with no cameras and no panic attack. 🏃‍♀️ #anxietyrecovery"""),

    ("social_post", "direct", None, """It's a sunny one out there, and {{Sunny|c295|GIVEN_NAME}} -- yes, a real client, and she insisted I use her name -- just texted me a photo from the city hall steps. {{First day back on the Arlington council (Ward 3)|c295|DISTINCTIVE|fact|Ward 3 on the Arlington city council}} after six months of leave for depression. Recovery isn't linear, but sometimes it's this. ☀️ #mentalhealthmatters"""),

    ("social_post", "direct", None, """Can we talk about parasocial grief for a sec? My client {{Zak|c287|NICKNAME}} ({{the guy whose parrot Dumpling went viral|c287|DISTINCTIVE|fact|parrot named Dumpling}} -- he's fine with me saying so) gets DMs every day from strangers who "love" his bird and feel entitled to his time. When people feel they know you, boundaries get blurry. Be kind in the comments, friends. 🦜"""),

    ("email", "direct", None, """Subject: Oops -- newsletter mail-merge error

Hi Ellery,

The January newsletter went out with the wrong merge field in the footer. Instead of "You're receiving this because you subscribed", at least one version says "You're receiving this because {{markmartinez49@outlook.com|c197|EMAIL}} subscribed" -- and that's a client's address. Can you pull the campaign and check how many versions had a real address in them? I'll need to let {{Mark|c197|GIVEN_NAME}} know.

Wren"""),

    ("social_post", "direct", None, """Shoutout to {{Joe Barnes|c244|NICKNAME|nickname_full}}, who started therapy at 18 saying he "doesn't really have feelings" and now hosts not one but two podcasts ({{the Overthinking Mechanic|c244|DISTINCTIVE|fact|Overthinking Mechanic podcast}}, anyone?) where he talks openly about anxiety. He asked me to tag him. So, tagged. 🎧 #mentalhealthpodcast"""),

    ("social_post", "direct", None, """Happy retirement to my client {{Benny|c148|NICKNAME}}, who after forty years as a {{police officer|c148|DISTINCTIVE|occupation}} is finally going to spend his days with {{Ziggy the pig and Baron the tortoise|c148|DISTINCTIVE|fact|pig named Ziggy}} (yes, the famous ones) and his husband {{Brett|c148|RELATIVE}}. Transitions are hard. He's doing it anyway. 🐷🐢"""),

    ("social_post", "direct", None, """Thread: how I think about confidentiality when clients WANT to be public 🧵

1/ A client, {{S.B.|c005|INITIALS}}, asked me to mention her in a post about {{her champion Dachshunds (Bristol dog people, you know who she is)|c005|DISTINCTIVE|fact|Dachshunds in Bristol}}. I said no. Here's why.
2/ Consent given in session isn't the same as consent given with time to think.
3/ Her husband, {{Michael Jackson|c005|RELATIVE}} (no, not that one), didn't consent.
4/ Future her might not want a therapist's post about her floating around forever.
5/ So: I wrote this instead. Which, yes, I realise now, is basically the same thing. Deleting at 9am."""),

    ("social_post", "direct", None, """LinkedIn post draft (DON'T POST YET):

Proud moment: a long-term client of mine, {{Y.S.|c272|INITIALS}}, a {{photographer|c272|DISTINCTIVE|occupation}} in {{Madison|c272|ADDRESS|city}}, just opened a solo exhibition about {{her parrot Pancake -- yes, that Pancake, the internet-famous one|c272|DISTINCTIVE|fact|parrot named Pancake}}. Two years ago she couldn't leave the house. Exposure therapy works, people."""),

    ("social_post", "direct", None, """Running late today because I dropped off a card and flowers at {{6424 Reed Ave|c219|ADDRESS|street}} for a client who lost her -- no wait, his -- dad this week. Sometimes the job is showing up. 🌷 #grief #therapistlife"""),

    ("social_post", "direct", None, """Story time (shared with permission): my client {{Tasha|c265|NICKNAME}} is the one who {{delivered a stranger's baby on the side of the highway last year -- the Jackson Herald ran it on the front page|c265|DISTINCTIVE|fact|delivering a baby on the highway}}. Everyone calls her a hero. She came to therapy because she hasn't slept properly since. Heroes get PTSD too. #trauma"""),

    # ---------------------------------------------------------------- quasi
    ("social_post", "quasi", None, """Real talk from my office this week (details shared with permission): someone on the team at {{Ironwood Software|c269|EMPLOYER}} who also {{coaches the Newport Hawks, an under-14 lacrosse side|c269|DISTINCTIVE|fact|Newport Hawks under-14 lacrosse}}, told me she feels like "a fraud in both jobs". Imposter syndrome loves people who care a lot. 💻🥍"""),

    ("social_post", "quasi", None, """A client of mine -- a {{bartender|c110|DISTINCTIVE|occupation}} in {{Arlington|c110|ADDRESS|city}} -- {{hosts a true-crime podcast called Unfiltered Runner|c110|DISTINCTIVE|fact|Unfiltered Runner podcast}} and said: "I spend all night listening to people's problems and all day talking about murders. Where do I put my own stuff?" We're working on it. 🎙️🍸"""),

    ("social_post", "quasi", None, """Coffee break thought: one of my oldest clients, in her seventies, {{runs the coffee roastery on Birch Court|c226|DISTINCTIVE|fact|coffee roastery on Birch Court}} and is also the owner of {{Dumpling, the ferret who went viral|c226|DISTINCTIVE|fact|ferret named Dumpling}}. She says the ferret gets more fan mail than she ever did in thirty years as a {{school counselor|c226|DISTINCTIVE|occupation}} in {{Kingston|c226|ADDRESS|city}}. Retirement is an identity project. ☕🦦"""),

    ("social_post", "quasi", None, """Huge respect for first responders. A {{paramedic|c125|DISTINCTIVE|occupation}} I work with in {{Fairview|c125|ADDRESS|city}} told me his tortoise, {{Waffles -- who, yes, has half a million followers|c125|DISTINCTIVE|fact|tortoise named Waffles}} -- is the only one he can talk to after a bad shift. Animals count as support. So do people. Try both. 🐢🚑"""),

    ("social_post", "quasi", None, """Youngest client I've had in local politics: a student at {{Quincy State University|c012|SCHOOL}} who {{won a seat on the Franklin city council (Ward 4) at 21|c012|DISTINCTIVE|fact|Ward 4 on the Franklin city council}}. She asked me how to handle online abuse without quitting. My answer took three sessions. Summary in the carousel 👉"""),

    ("social_post", "quasi", None, """Creative people in therapy hit different. A young client who {{owns the vintage clothing shop on Wallace Street|c090|DISTINCTIVE|fact|vintage clothing store on Wallace}} and {{did the big mural on Santiago Place|c090|DISTINCTIVE|fact|mural on Santiago Place}} told me he feels like "nothing I make is ever finished". Perfectionism wears a lot of outfits. 🎨👗"""),

    ("social_post", "quasi", None, """Sweetest session of my week: an 18-year-old whose {{900-pound pumpkin made the Centerville Herald last fall|c279|DISTINCTIVE|fact|Centerville Herald for growing a 900-pound pumpkin}} came in with his older brother {{Bernard|c279|RELATIVE}} to talk about their dad. They laughed, they cried, they argued about fertiliser. Families are wonderful and complicated. 🎃"""),
]
