# Voice: podcast episodes and radio interviews, transcribed -- speaker labels, ums, false
# starts, crosstalk, [laughter], one machine transcript in lower case. Therapists as guests
# and hosts, talking loosely on air. Celebrities who share clients' names (Will Smith,
# Michael Jordan) appear both as the celebrity and as the client.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("social_post", "direct", None, """[Transcript] The Couch Potato Podcast, ep. 88 -- "Anger in men who don't do anger"

HOST (Dara): So give me an example. Not a textbook one, a real one.
GUEST (Dr. Ellison): Um. Okay, so, I had a guy, software engineer, lovely, very precise, and he'd, uh -- he drums. In a band. {{Will|c118|GIVEN_NAME}} was his name -- I mean is, he's still around, obviously [laughs] --
HOST: [laughs] Hopefully!
GUEST: -- and {{Will|c118|GIVEN_NAME}} would say, "I don't get angry, I just play louder." And I thought, well, there it is.
HOST: That's brilliant.
GUEST: And the band, {{the Hollow Monarchs|c118|DISTINCTIVE|fact|Hollow Monarchs}}, they were basically his anger management for fifteen years and he didn't know it.
HOST: Do they have a Spotify?
GUEST: [laughs] Not telling you.
HOST: Fair. Okay, so what did the work actually look like?
GUEST: Slowing down. A lot of slowing down. Tempo was actually the metaphor we used the whole way through."""),

    ("social_post", "direct", None, """RADIO TRANSCRIPT -- "Afternoons with Gail", WKPR 91.3, segment 2 (mental health hour)

GAIL: And you've said you see a lot of people who feel invisible at work.
DR. OSEI: Yes, especially in jobs where nobody looks at them. Warehouse work, night shifts. I worked for a long time with a gentleman -- and he won't mind me saying, he tells this story himself -- whose name is actually {{Michael Jordan|c019|FULL_NAME}}.
GAIL: No!
DR. OSEI: Yes. [laughter] Not that one. A warehouse associate, sixties, raising a granddaughter. And he said to me, "Doc, my whole life, the only time anyone looks at me twice is when they read my badge."
GAIL: Oh, that's so sad.
DR. OSEI: It was. And it was also a door in. Because {{Mr. Jordan|c019|FAMILY_NAME}} -- my {{Michael Jordan|c019|FULL_NAME}} -- had spent sixty years being seen as a joke about somebody else. We worked on him being seen as himself.
GAIL: We're going to take a quick break. Stay with us."""),

    ("social_post", "direct", None, """auto-transcript -- Kitchen Table Talks ep 14 (unedited, do not publish)

[00:12:41] speaker 1: yeah so i had this chef right, big guy, works at the {{grand manchester hotel|c116|EMPLOYER}}, {{bert|c116|NICKNAME}}, and {{bert|c116|NICKNAME}} -- sorry -- {{bert|c116|NICKNAME}} was like, i don't have feelings i have tickets
[00:12:52] speaker 2: (laughs) tickets
[00:12:53] speaker 1: like order tickets you know, the kitchen printer, everything's a ticket, you deal with it, you spike it, next
[00:13:01] speaker 2: that's actually really clever
[00:13:03] speaker 1: and the thing is he'd been doing that with grief for like ten years, his dad, and then his son {{wladimir|c116|RELATIVE}} moved back in and it all came up
[00:13:15] speaker 2: wow
[00:13:16] speaker 1: we should probably cut that bit
[00:13:18] speaker 2: yeah we'll edit"""),

    ("social_post", "direct", None, """Episode 31 transcript -- "Objects that hold us" (Holding Space podcast)

MAYA: I want to talk about objects. Because clients bring objects. Photos, letters --
JOEL: Swords.
MAYA: [laughs] Swords. You have a sword story?
JOEL: I do. So, um, I was working with a young woman, a roofer, which, shout-out to women in trades -- {{Sue|c094|NICKNAME}} -- and {{Sue|c094|NICKNAME}} had {{found a Civil War sword at a garage sale|c094|DISTINCTIVE|fact|Civil War sword}}, genuinely, it was in the paper and everything.
MAYA: Wait, I think I read about that!
JOEL: Probably! And she brought it to session. In a golf bag.
MAYA: Oh my god.
JOEL: And what it was about, it turned out, was her dad. He'd taught her to look for things other people throw away. That was his whole philosophy of life.
MAYA: That's beautiful.
JOEL: Yeah. We never did find out who the sword belonged to. But we found out a lot about her dad."""),

    ("social_post", "direct", None, """Transcript: "Design Minds" podcast, episode 52, guest Dr. Priya Raman

HOST: So how did you end up working with architects?
DR. RAMAN: Honestly, by accident. One client, {{Deb Sparks|c213|NICKNAME|nickname_full}}, she's an architect, she was burning out, and she kept sending colleagues my way.
HOST: Word of mouth.
DR. RAMAN: Word of mouth. And what I noticed -- {{Deb|c213|NICKNAME}} would say this too -- is that architects are trained to hold a whole building in their head at once, and they do the same with their lives. Everything has to be load-bearing.
HOST: That's a great line.
DR. RAMAN: It's hers, not mine! She also {{painted that mural on Ferry Avenue|c213|DISTINCTIVE|fact|mural on Ferry Avenue}}, so she has range. [laughs]
HOST: [laughs] We'll put a link in the show notes.
DR. RAMAN: Maybe don't."""),

    ("social_post", "direct", None, """LIVE PHONE-IN -- "Mind Matters", Stillwater Community Radio, Tuesday 8pm (rough transcript by volunteer)

PRESENTER: Our next caller is {{Rachel|c172|GIVEN_NAME}} from {{Stillwater|c172|ADDRESS|city}}. {{Rachel|c172|GIVEN_NAME}}, you're on air.
CALLER: Hi, um, hi, thanks for having -- oh. Oh, hang on. Is that --
GUEST (therapist): Oh! {{Rachel Hicks|c172|FULL_NAME}}? Hi! Gosh. Um, we -- we know each other from, um, from work.
CALLER: [pause] Yeah. Hi.
GUEST: Sorry, that was -- go on, go on, what's your question?
CALLER: It's okay. It's about, um, sleep. I work at {{the college library|c172|DISTINCTIVE|occupation}} and I'm on my feet all day and then I can't switch off.
GUEST: Right, okay, that's a really common one...
[volunteer note: producer flagged this segment, check with station manager before uploading]"""),

    ("social_post", "direct", None, """Show notes + transcript excerpt -- "Second Acts" ep. 19: the barista who nearly won a car

We're joined this week by a therapist who specialises in late-life career change.

GUEST: My favourite example -- {{Nath|c186|GIVEN_NAME}}, who's a barista at fifty-something, I can say that, she's proud of it -- {{Nath|c186|GIVEN_NAME}} was on {{Wheel of Fortune|c186|DISTINCTIVE|fact|Wheel of Fortune}} years ago and nearly won a car. Lost it on the final puzzle.
HOST: Ouch.
GUEST: Ouch! And for twenty years she told that story as the moment her life could have been different. Our work was about rewriting it as a story where she was brave enough to be on national television.
HOST: Reframing.
GUEST: Reframing, but also grieving. You have to grieve the car before you can reframe the car."""),

    ("social_post", "direct", None, """Transcript -- "Inked" (a podcast about tattoos and the people who wear them), episode 7

HOST: You're a therapist who works with tattoo artists. That's niche.
GUEST: It's very niche! [laughs] It started with one client. {{Rusty|c260|NICKNAME}} -- he owns {{a studio on Bridge Road|c260|DISTINCTIVE|fact|tattoo studio on Bridge Road}} -- and he came in because clients kept telling him their trauma while he was working on them, and he didn't know what to do with it.
HOST: Oh, that happens all the time.
GUEST: Constantly! You're in a chair for four hours, someone's touching you, it hurts a bit -- people talk. And {{Rusty|c260|NICKNAME}} was twenty-two and carrying all of it home to his husband every night.
HOST: So what did you tell him?
GUEST: Boundaries, basically. And a referral list. Now he gives clients a little card with helplines on it."""),

    ("social_post", "direct", None, """"The Listening Post" -- BBC-style radio documentary, rough cut script, segment 4

NARRATOR: In a small school library in Waverly, a librarian reads aloud to a room of nine-year-olds. Off-air, he is also a client of the therapist we've been following.
THERAPIST (V/O): {{Zadie|c272|NICKNAME}} -- it's a nickname, from {{Isaiah|c272|GIVEN_NAME}} -- came to me because of the podcast, actually. He {{makes a local-history podcast|c272|DISTINCTIVE|fact|Overthinking Historian}} and he'd started to feel that the town's past was more real to him than his own life.
NARRATOR: It's a feeling many of us will recognise.
THERAPIST (V/O): He works at {{Hamilton Academy|c272|EMPLOYER}}, surrounded by children, and he told me he only felt grown-up when he was talking about 1890.
NARRATOR: [music under] We'll return to the library after this."""),

    ("social_post", "direct", None, """Podcast transcript, "Therapists Off Duty", ep 102 -- crosstalk section

A: -- no, because the thing about Dover --
B: -- the thing about Dover is everyone knows everyone --
A: -- yes! I had a client who was running for mayor, {{Kevin|c173|GIVEN_NAME}} --
B: -- oh no --
A: -- {{Kevin Archer|c173|FULL_NAME}}, you know, bartender, {{ran for mayor in '21|c173|DISTINCTIVE|fact|mayor of Dover in 2021}}, and I'm getting his leaflets through my door --
B: [laughing] -- while you're seeing him --
A: -- while I'm seeing him! And I'm like, do I put it in the recycling? Is that a rupture?
B: That's a dual relationship, technically.
A: It's a leaflet relationship.
[both laughing]
PRODUCER (off-mic): maybe bleep the surname"""),

    # ---------------------------------------------------------------- quasi
    ("social_post", "quasi", None, """Transcript -- "Drive Time Wellbeing" podcast, ep. 23 "Loneliness on the road"

HOST: Who gets lonely in a way we don't talk about?
GUEST: Delivery drivers. Truly. I've got a client -- I'll keep it vague -- a {{delivery driver|c253|DISTINCTIVE|occupation}} out of {{Dover|c253|ADDRESS|city}}, who's in the van nine hours a day and speaks to maybe four people, all of them for under a minute.
HOST: That's bleak.
GUEST: It is, and then on Friday nights he {{fronts a band called Silver Orchards|c253|DISTINCTIVE|fact|Silver Orchards}}, in front of two hundred people. And he said to me, "It's the only time anyone looks at me for more than a minute."
HOST: Wow.
GUEST: So we started there. What does it mean that you need a stage to be seen?"""),

    ("social_post", "quasi", None, """"Small Towns, Big Feelings" -- episode 9 transcript (auto-generated, lightly edited)

HOST: What's it like being a therapist in Plymouth?
GUEST: Oh, you see people everywhere. I'll give you an example, anonymised. A {{journalist|c290|DISTINCTIVE|occupation}} in {{Plymouth|c290|ADDRESS|city}} -- older gentleman, very well respected -- who also {{coaches the under-12 lacrosse team, the Rockets|c290|DISTINCTIVE|fact|Plymouth Rockets under-12 lacrosse}}. I went to watch my nephew play, and there he is on the sideline.
HOST: What did you do?
GUEST: Nodded. Watched the game. Let him decide whether to say hello. He didn't, and we talked about it the next week, and that conversation ended up being really important."""),

    ("social_post", "quasi", None, """Transcript -- "The Staffroom" podcast (for teachers), ep. 40, guest: a school-based therapist

HOST: What does teacher burnout look like in your room?
GUEST: Oh -- um. Honestly it looks like a man who's taught special ed for fifty years at {{Adams Elementary|c201|EMPLOYER}} and still doesn't want to stop. [laughs] Sorry, that's very specific.
HOST: [laughs] It is!
GUEST: But it's a good example because he {{is the lead singer of the Midnight Saints|c201|DISTINCTIVE|fact|Midnight Saints}}, he's seventy-eight, and he told me the band and the kids are the only two places where time doesn't exist for him. And that's not burnout, is it? That's the opposite. It's -- what's the word -- flow.
HOST: So what was he coming to therapy for?
GUEST: Retirement. The idea of it. It terrified him."""),

    ("social_post", "quasi", None, """Episode transcript: "Pets, Fame and Feelings" (The Animal Bond podcast)

CO-HOST 1: Okay, viral pet story time.
CO-HOST 2: I have one, from my clinical work. A client of mine, a police officer, has {{an iguana called Professor Snuggles|c295|DISTINCTIVE|fact|Professor Snuggles}} --
CO-HOST 1: No. Stop. THE Professor Snuggles?
CO-HOST 2: The very same.
CO-HOST 1: I have that video saved on my phone.
CO-HOST 2: So do eleven million people. And what happened was, his daughter {{Misty|c295|RELATIVE}} posted it, without asking, and suddenly his whole station knew about the iguana, and he felt like he'd lost something. He's a private man. We worked on that.
CO-HOST 1: That's genuinely moving. About an iguana."""),

    ("social_post", "quasi", None, """Transcript -- Radio Kingston, "Wellbeing Wednesday", phone segment

PRESENTER: And what's the most unusual thing a client has brought into your room?
THERAPIST: Ooh. A pumpkin seed, once. No, wait -- a trophy. A client who {{breeds Newfoundlands, the giant dogs|c116|DISTINCTIVE|fact|Newfoundlands in Kingston}}, brought in the best-in-show rosette because he'd never shown it to anyone.
PRESENTER: Aww.
THERAPIST: He's a {{chef|c116|DISTINCTIVE|occupation}} here in {{Kingston|c116|ADDRESS|city}}, works silly hours, and the dogs are the one thing in his life that's slow. That's what we talked about: slowness.
PRESENTER: We could all do with more of that. It's twenty past four, here's the traffic."""),

    # ---------------------------------------------------------------- benign
    ("social_post", "benign", "celebrity_namesake", """Transcript -- "Mind Your Business" podcast, ep. 61: "The Slap, two years on"

HOST 1: So we said we'd talk about the Will Smith thing.
HOST 2: The slap.
HOST 1: The slap. And I know it's old news, but clients still bring it up.
HOST 2: They do! Because it's such a clean example of something -- like, a man who'd built this whole public persona of being the nice guy, Fresh Prince, and then this one moment of, of --
HOST 1: -- of rage --
HOST 2: -- of rage, yeah, in front of a billion people. And Will Smith's memoir is all about his father, and his father's violence, and you can see it.
HOST 1: The apology video was interesting too.
HOST 2: Very. I'd use it in a training on repair, honestly."""),

    ("social_post", "benign", "nonclient_person", """Transcript -- "Attachment Matters" ep. 4 with Dr. Grace Mwangi

HOST: Today I'm joined by Dr. Grace Mwangi, who's been teaching attachment theory for twenty years. Grace, welcome.
GRACE: Thank you, it's lovely to be here.
HOST: Let's start with the basics. Bowlby, Ainsworth --
GRACE: -- Main, Fonagy, yes. And Winnicott running alongside all of them, not quite in the club.
HOST: [laughs] Not quite in the club!
GRACE: Well, he was a paediatrician first. He'd seen thousands of mothers and babies. That's where "good enough" comes from, not from theory.
HOST: And Sue Johnson took all this into couples work.
GRACE: Sue Johnson, yes. Hold Me Tight. Which is just attachment theory for grown-ups, really."""),

    ("social_post", "benign", "name_as_word", """Transcript -- "Hope & Grit" podcast, listener questions episode

HOST: Okay, first question. This is from a listener who says, "I've lost all hope that things will get better. Is that normal?"
CO-HOST: Oof. Yes. It's normal and it's important.
HOST: Hope isn't something you either have or don't.
CO-HOST: Right. And I'd say: borrow some. Borrow it from a friend, borrow it from your therapist. That's literally what we're for.
HOST: Next one. "How do I deal with my mum, who will not stop commenting on my weight?"
CO-HOST: [sighs] Grace. For her and for you. And a very firm boundary.
HOST: This episode is sponsored by BetterSleep. Use the code HOPE20 at checkout for twenty percent off."""),

    ("social_post", "benign", "nonclient_person", """Listener mailbag -- transcript, "The Worried Well" ep. 77

HOST: Our first letter this week is from Summer in Leeds. She writes: "I'm twenty-six and I still can't make phone calls without rehearsing them first. Is this anxiety, or am I just weird?"
GUEST: Summer, you're not weird. Phone anxiety is incredibly common, especially in people who grew up texting.
HOST: Our second letter is from Mark, a teacher in Ohio, who says his partner wants couples therapy and he doesn't.
GUEST: Mark, I'd just gently ask: what are you afraid would happen in the room?
HOST: And finally a note from Joy, who just wanted to say the last episode helped her through a difficult week. Thank you, Joy!"""),

    ("social_post", "benign", "deidentified_case", """Transcript -- "Case Talk" podcast (for clinicians), episode 12. Note: all case material in this episode is composite and disguised.

HOST: Walk me through a case of health anxiety.
GUEST: Sure -- and this is a composite, several people blended, details changed. A man in his fifties, works in logistics, we'll call him Tom. Every headache is a tumour. He's had four MRIs in two years.
HOST: And the GP?
GUEST: Exhausted. So we did the classic work: reducing reassurance-seeking, behavioural experiments, tolerating uncertainty. And the breakthrough wasn't any of that. It was his father, who'd died suddenly at fifty-three.
HOST: The anniversary reaction.
GUEST: Exactly. Tom was fifty-two."""),

    ("social_post", "benign", "celebrity_namesake", """Transcript -- "Sports Psych Weekly" ep. 210: "The pressure of legacy"

HOST: Let's talk about the Michael Jordan comparison problem.
GUEST: Oh, it's everywhere. Every talented kid in a Chicago gym is the next Jordan, and it's crushing.
HOST: LeBron talked about it.
GUEST: Everyone has. Kobe, LeBron. And then there's Jordan's own kids, who had the name to live up to. Marcus Jordan talked about it very openly.
HOST: What do you do with a young athlete carrying that?
GUEST: Separate the person from the comparison. You're not the next Michael Jordan. You're the first you. It sounds like a poster, but kids need to hear it from an adult."""),

    ("social_post", "benign", "name_as_word", """auto-transcript, Sunday Slow Down podcast ep 3

[00:02:10] so today i want to talk about faith, not religious faith necessarily, just faith that the next bit will be okay
[00:02:19] and i was walking by the river this morning and the dawn was doing that thing where it's pink and grey at once
[00:02:27] and i thought, you know, that's what hope looks like. it's not bright. it's just a bit less dark
[00:02:35] anyway. grace. i want to talk about grace too. being gentle with yourself when you mess it up
[00:02:44] we'll get into it after this, but first, a word from our sponsor"""),

    ("social_post", "benign", "mixed_clients", """Transcript -- "Behind the Badge" podcast, ep. 15, guest: a police-and-fire wellbeing counsellor

HOST: What's different about first responders as clients?
GUEST: They're trained not to need anything. I've had police officers from Newport, a firefighter from Hudson, a dispatcher from Florence -- all of them sitting in my chair saying, "I'm fine, it's the others I'm worried about."
HOST: The "it's the others" thing.
GUEST: Always. And they're not wrong; they are worried about the others. But they're also not fine.
HOST: What helps?
GUEST: Peer support. Honestly, more than therapy. Somebody who's been on the same calls."""),

    ("social_post", "benign", "nonclient_person", """Radio interview transcript -- "Books at Breakfast", guest: a psychotherapist and author

PRESENTER: Your new book opens with a quotation from Freud.
AUTHOR: It does, and I argue with it for the rest of the chapter. [laughs]
PRESENTER: Who are your influences, then?
AUTHOR: Winnicott, absolutely. Carl Rogers. Irvin Yalom, who I was lucky enough to meet once, in Palo Alto. And outside the field, Mary Oliver -- "tell me, what is it you plan to do with your one wild and precious life?"
PRESENTER: Such a line.
AUTHOR: It's the best therapy question ever written, and she wasn't a therapist."""),

    ("social_post", "benign", "nonclient_namesake", """Transcript -- "Two Shrinks and a Mic" ep. 44 (intro)

RORY: Hello and welcome back! I'm Rory --
CHASE: -- and I'm Chase --
RORY: -- and we're two therapists who talk too much. Chase, how was your week?
CHASE: Good! My daughter Rose had her first swimming gala and came fourth out of four and was thrilled.
RORY: Fourth is a podium if you squint.
CHASE: That's what I told her. My wife Hope was less convinced.
RORY: [laughs] Okay, today's topic: perfectionism. Which, fittingly, we did not prepare for."""),
]
