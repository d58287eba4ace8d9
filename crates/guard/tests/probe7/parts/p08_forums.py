# Voice: therapists posting in public or semi-public places -- r/therapists and
# r/psychotherapy threads, a closed Facebook group for private practitioners, a few
# throwaway accounts. Most are careful; some are not.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("social_post", "direct", None, """Advice pls (closed group, so I feel OK asking): my client {{Ashley|c025|GIVEN_NAME}}, a {{roofer|c025|DISTINCTIVE|occupation}} in his 50s, keeps asking whether his wife {{Heather|c025|RELATIVE}} can join sessions "just to hear what you think of me". I don't think it's couples work he wants. How would you handle it?"""),

    ("social_post", "direct", None, """r/therapists -- my client {{Frank|c114|GIVEN_NAME}} (21) {{sits on his city council|c114|DISTINCTIVE|fact|Ward 6 on the Shelby city council}} and keeps asking whether I voted for him. I didn't, I don't live there, but I also don't want to get into it. How do you deflect the "whose side are you on" thing without shutting him down?"""),

    ("social_post", "direct", None, """Not a joke: my new client is literally called {{Will Smith|c056|FULL_NAME}}. He's a {{911 dispatcher|c056|DISTINCTIVE|occupation}} and he says every single call-in, someone asks if he's "the real one". Anyway he's lovely and I need ideas for vicarious trauma resources for dispatchers, go!"""),

    ("social_post", "direct", None, """Got a text at 2am: "it's {{Deb|c096|NICKNAME}}, I can't do this anymore". Called emergency services, she's safe. I'm shaking this morning. How do you all look after yourselves after a night like that? (and yes I'm going to talk to my supervisor)"""),

    # ---------------------------------------------------------------- benign
    ("social_post", "benign", "therapy_life", """How do you handle clients who bring gifts? I've had home-made jam, a plant and, this week, a hand-knitted scarf. I accepted the jam. The scarf feels different. Curious where everyone draws the line."""),

    ("social_post", "benign", "deidentified_case", """Throwaway for obvious reasons. Client in their thirties, long history of emotionally abusive relationships, now in the first healthy one of their life -- and they keep trying to sabotage it. I've named the pattern, we've done the schema work. Any reading suggestions for when insight isn't translating into change?"""),

    ("social_post", "benign", "name_as_word", """Frank question for the group: how many of you actually take a full lunch break? I haven't in about three years and I'm starting to think that's part of why I feel like this by Thursday."""),

    ("social_post", "benign", "celebrity_namesake", """Bobby Lee talking about getting sober on his podcast this week was so raw and so funny at the same time. Sending it to a couple of my addiction clients who don't "do" books."""),

    ("social_post", "benign", "public_figure", """Unpopular opinion maybe, but Prince Harry talking about EMDR in a documentary did more for trauma therapy referrals in my area than a decade of leaflets. I had three people ask for it by name that month."""),

    ("social_post", "benign", "single_quasi", """Funniest moment of my week: one of my clients was on Jeopardy! years ago, and in session they answered my question about their childhood in the form of a question. We both lost it."""),

    ("social_post", "benign", "nonclient_namesake", """My daughter June started university this week and I have spent every evening staring at her empty room. I tell clients all the time that transitions are grief. Turns out I meant it."""),

    ("social_post", "benign", "therapy_life", """Burnout check: 28 clients a week, two kids, and a supervisor who says I should "protect my energy". Tell me honestly, what's a sustainable caseload for you in private practice?"""),

    ("social_post", "benign", "nonclient_person", """Huge shout-out to Dr Lena Okonjo for her workshop on working with interpreters. I've been doing it wrong for years (talking to the interpreter, not the client). Book her if you get the chance."""),

    ("social_post", "benign", "name_as_word", """Summer is here, the waiting list is long, and I'm clinging to hope and iced coffee. Joy is a strong word, but I'm getting there. Wishing everyone a gentle week."""),

    ("social_post", "benign", "weak_attribute", """Client is a bartender, works nights, wants sessions at 11am which is "basically dawn" for them. I'm trying to be flexible. Do any of you keep a late-morning slot for shift workers?"""),

    ("social_post", "benign", "single_quasi", """I walk past the giant mural on Canal Court every morning and I know that one of my clients painted it. They have no idea I think about it every day. Client work is strange like that."""),

    ("social_post", "benign", "celebrity_namesake", """For anyone working with musicians: Peter Green's story (Fleetwood Mac's founder, who walked away at the height of it all) is a heartbreaking one about psychosis, fame and recovery. Worth reading before you assume a "quit everything" decision is the illness talking."""),

    # ---------------------------------------------------------------- quasi
    ("social_post", "quasi", None, """Throwaway. Client is a {{surgeon|c240|DISTINCTIVE|occupation}} in {{Hudson|c240|ADDRESS|city}} and {{her alpaca, Pancake, has a million followers|c240|DISTINCTIVE|fact|alpaca named Pancake}}. She feels like the alpaca has a better life than she does and honestly, fair. How do you work with perfectionism in people whose jobs genuinely demand it?"""),

    ("social_post", "quasi", None, """Advice: I'm seeing a deputy from the {{Oakland County Sheriff's Office|c253|EMPLOYER}} who also {{runs the bakery on Richardson Street|c253|DISTINCTIVE|fact|bakery on Richardson Street}} on his days off. He says baking is the only time his head is quiet. Any resources on police officers and moral injury?"""),

    ("social_post", "quasi", None, """Anyone worked with someone who was briefly famous for something silly? My client is a {{nurse|c283|DISTINCTIVE|occupation}} in {{Burlington|c283|ADDRESS|city}} who {{grew a 900 lb pumpkin and ended up in the Riverside Herald|c283|DISTINCTIVE|fact|900-pound pumpkin}}, and he's still getting called "the pumpkin guy" on the ward."""),

    ("social_post", "quasi", None, """Question for the group: my client, a {{school counselor|c054|DISTINCTIVE|occupation}} in {{Arlington|c054|ADDRESS|city}}, {{was a contestant on Jeopardy! (season 15)|c054|DISTINCTIVE|fact|season 15 of Jeopardy}} and says she's never been as calm since. Has anyone used "peak performance" memories as a resource in anxiety work?"""),

    ("social_post", "quasi", None, """My client {{stood for mayor of Hudson in 2017|c157|DISTINCTIVE|fact|mayor of Hudson in 2017}}, lost, and went back to being a {{chef|c157|DISTINCTIVE|occupation}} in {{Hudson|c157|ADDRESS|city}}. Eight years on, she still can't walk past the town hall. How do you work with public humiliation that the whole town remembers?"""),
]
