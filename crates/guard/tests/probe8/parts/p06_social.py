# Voice: therapists on social media -- X and Bluesky threads numbered 1/7, Instagram
# captions with emoji and hashtag walls, TikTok scripts with on-screen text in capitals,
# "storytime" posts. Breezy, earnest, sometimes careless. Word-names (grace, joy, hope,
# penny), celebrities (Michael J. Fox, Nancy Lopez, Taylor Swift) and a Greek-script name.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("social_post", "direct", None, """🧵 Things my clients taught me in 2024 (shared with permission, details changed where asked) 1/7

2/7 You can be terrified and still walk in the door. Every single first session proves this.

3/7 Shame hates daylight. Say the thing out loud once and it shrinks by half.

4/7 {{Grace|c137|GIVEN_NAME}}, who was {{on Big Brother at 18|c137|DISTINCTIVE|fact|Big Brother}} (!!), taught me that being watched by millions is not the same as being seen by one person. She's 19 now and still processing it. Legend.

5/7 Boundaries are not walls. They're doors with locks, and you hold the key.

6/7 Grief doesn't get smaller. Your life gets bigger around it.

7/7 Rest is productive. Fight me. /end"""),

    ("social_post", "direct", None, """Instagram caption:

Some clients leave you a card. Some leave you a voice memo. And some go on national television and sing. 🎤✨

So, so proud of {{Penny|c063|NICKNAME}}, who has worked SO hard on her stage fright this year and who absolutely smashed her blind audition on {{The Voice|c063|DISTINCTIVE|fact|The Voice}} last night. Four chairs. I cried on my sofa.

(Yes she said I could post this. Yes I asked twice.)

#therapistsofinstagram #proudtherapist #stagefright #anxietyrecovery #thevoice #courage"""),

    ("social_post", "direct", None, """TikTok script -- "things teen clients say" ep. 4

[on screen: POV: your 17 y/o client drops a truth bomb]
ME (to camera): Okay so {{Joy|c184|GIVEN_NAME}} -- one of my teen clients, she {{coaches a little kids' volleyball team|c184|DISTINCTIVE|fact|Salem Hawks under-14 volleyball}} which is adorable -- said something this week that I cannot stop thinking about.
[on screen: "adults don't listen they just wait for their turn"]
ME: And like... she's right? That's literally active listening vs not.
[on screen: #therapytok #teentherapy #activelistening]
ME: Anyway {{Joy|c184|GIVEN_NAME}} if you ever see this, which you won't because you think TikTok is for millennials, you're brilliant. Byeee"""),

    ("social_post", "direct", None, """Thread 🧵 on birthdays and therapy

1/ One of my clients turned 18 today and I keep thinking about how much of her adolescence I've been a small part of.

2/ {{Μερόπη|c007|GIVEN_NAME}} (she'd want me to use the Greek spelling, she hates when people anglicise it) was born on {{30 March 2007|c007|DOB}} and she started seeing me at fourteen, when she wasn't speaking at school.

3/ Today she {{sings lead in a band|c007|DISTINCTIVE|fact|Crooked Comets}}. In front of people. On purpose.

4/ Selective mutism isn't shyness. It's fear with a gag on it. And it can lift.

5/ Happy birthday, kid. 🎂"""),

    ("social_post", "direct", None, """Instagram caption:

When a client brings you a cake she made in the kitchen at work because "you said I should celebrate small wins" 🥹🎂

Thank you {{Amber Robinson|c067|FULL_NAME}}, chef extraordinaire, for this lemon drizzle, which lasted approximately eleven minutes in our staff room. You made it through {{Survivor|c067|DISTINCTIVE|fact|Survivor}}, you can make it through anything.

#smallwins #therapistlife #clientgifts #lemondrizzle #gratitude"""),

    ("social_post", "direct", None, """TikTok script (on-screen text in caps)

[TEXT: MY CLIENT {{JAKE|c289|NICKNAME}} SAID THE WILDEST THING TODAY 😂]
VO: So {{Jake|c289|NICKNAME}} works as a teaching assistant, right, at {{ADAMS ELEMENTARY|c289|EMPLOYER}},
[TEXT: "I HAVE 30 SIX-YEAR-OLDS AND NOT ONE OF THEM HAS EVER ASKED ME HOW I AM"]
VO: and then he just... went quiet. And I said, how are you, {{Jake|c289|NICKNAME}}?
[TEXT: HE CRIED FOR TEN MINUTES]
VO: Check on your teaching assistants, people.
[TEXT: #therapytok #teachersoftiktok #mentalhealthmatters]"""),

    ("social_post", "direct", None, """Bluesky thread

1/ Small-town therapist thread on heroism and what comes after.

2/ You might have seen a story in the Waverly Herald about a pharmacist who {{pulled a kid out of the river|c025|DISTINCTIVE|fact|rescuing a child from the river}}. I've been seeing him for a few months. {{Kenny|c025|NICKNAME}}'s OK with me saying that.

3/ Everyone wants to call him a hero. He can't sleep. Those two things can be true together.

4/ What {{Kenny|c025|NICKNAME}} needs isn't a medal, it's someone to sit with the fact that he almost didn't jump in.

5/ If you know a "hero", ask them how they're sleeping. /end"""),

    ("social_post", "direct", None, """Instagram story text (saved to highlights: "Practice life")

Slide 1: Dropped off a sympathy card today at {{9063 Sycamore Court|c199|ADDRESS|street}} 💐 for a lovely client who lost her mum last week.
Slide 2: Sometimes the most therapeutic thing is just showing up.
Slide 3: (I asked first! always ask first!)
Slide 4: #grief #therapistlife #showingup"""),

    ("social_post", "direct", None, """X thread: 🎶 musicians in therapy (1/5)

1/5 Musicians are some of my favourite clients. They already know that practice is boring and progress is real.

2/5 {{Shiela|c264|MISSPELLED_NAME}}, a session harpist I've worked with for two years, said: "Therapy is just scales for your feelings." Stealing that forever.

3/5 She also {{went on MasterChef|c264|DISTINCTIVE|fact|MasterChef}} once, and says the judges were more frightening than any recording engineer.

4/5 Performance anxiety is not a character flaw. It's your nervous system taking the stakes seriously.

5/5 Go hug a musician. Ask first. /end"""),

    ("social_post", "direct", None, """TikTok storytime -- "my client left me the sweetest voicemail 😭" (caption + transcript on screen)

[playing voicemail, transcript on screen]
"hi it's {{Tonya|c170|GIVEN_NAME}}, um, I know it's Sunday, I just wanted to say thank you for Thursday, the thing you said about my sister really helped, I talked to {{Alicia|c170|RELATIVE}} and we're okay now, anyway you don't need to call back but if you do it's {{five seven four, eight nine five, double five two two|c170|PHONE}}, okay bye, thank you"

ME: I've listened to this six times. This is why I do the job.
#therapytok #therapistsoftiktok #wholesome"""),

    ("social_post", "direct", None, """Bluesky post

Today's gratitude: {{M.F.|c286|INITIALS}}, who's a barista at {{Florence Brewing|c286|EMPLOYER}} and has been in therapy with me for a year, made me a latte with a little brain drawn in the foam when I came in this morning and said "for my shrink." I'm putting it on my CV.

#therapistlife"""),

    ("social_post", "direct", None, """Instagram caption:

Before-and-after of {{the Oak Road mural|c002|DISTINCTIVE|fact|mural on Oak Road}} 🎨 -- painted by my client {{Sarah Oneal|c002|FULL_NAME}}, who came to me two years ago saying she "couldn't finish anything". Reader, she finished a forty-foot wall.

Go see it in person, it's even better. 🖌️

#art #mural #therapywins #creativity #proudtherapist"""),

    # ---------------------------------------------------------------- quasi
    ("social_post", "quasi", None, """Instagram caption:

Namaste, literally. 🧘‍♀️

So proud of my client who just opened {{her own yoga studio on Ferry Drive|c167|DISTINCTIVE|fact|yoga studio on Ferry Drive}} -- in her seventies! -- while still working two days a week as a dental hygienist at {{Waverly Family Clinic|c167|EMPLOYER}}. When we started she said she was "too old to start anything." Go take a class.

#nevertoolate #therapywins #yoga #agingwell"""),

    ("social_post", "quasi", None, """X thread (3 posts)

1/ Dispatchers are the invisible first responders. A client of mine works the night shift at {{Florence Emergency Communications|c157|EMPLOYER}} and told me nobody ever finds out how the calls end.

2/ On his days off he paints. Big. {{That mural on Willow Lane|c157|DISTINCTIVE|fact|mural on Willow Lane}}? His. He told me the wall is the only place where he gets to see something through to the end.

3/ If your job is all beginnings and no endings, find something where you get to finish. /end"""),

    ("social_post", "quasi", None, """TikTok script

[on screen: things bartenders tell their therapist 🍸]
ME: So I have a client who's a {{bartender|c269|DISTINCTIVE|occupation}} in {{Hudson|c269|ADDRESS|city}}, and he says the bar is basically free therapy for everyone except him.
[on screen: "I listen to strangers for 8 hours and then I go home and can't talk to my wife"]
ME: And his wife {{Brianna|c269|RELATIVE}} came to one session and said, "he uses all his words up at work." Which, honestly, same.
[on screen: #therapytok #bartender #emotionallabor]"""),

    ("social_post", "quasi", None, """Bluesky thread

1/ Surgeons who play the harp. That's it, that's the thread.

2/ Okay not really. But I work with one, a surgeon at {{Winchester Family Clinic|c193|EMPLOYER}} who {{plays harp with the Madison Symphony|c193|DISTINCTIVE|fact|harp in the Madison Symphony}}, and she told me her hands are the only part of her she trusts completely.

3/ What does it mean when your hands are more trustworthy than your heart? We're working on it.

4/ Precision professions attract people who are scared of mess. Therapy is mess. /end"""),

    ("social_post", "quasi", None, """Instagram caption:

When your client's llama is more famous than you 🦙😂

A lovely client of mine -- retired carpenter, wicked sense of humour -- is the owner of {{Pretzel the llama|c030|DISTINCTIVE|fact|llama named Pretzel}} (yes, THAT Pretzel). She came in today and her wife {{Natalie|c030|RELATIVE}} had printed out the comments on the latest video so they could read them together in the waiting room.

Joy comes in many forms. Sometimes it has a long neck.

#llama #joy #therapistlife #viral"""),

    ("social_post", "quasi", None, """X post

Shoutout to the client who {{breeds champion Vizslas|c081|DISTINCTIVE|fact|Vizslas in Greenville}} AND {{fronts a band, the Golden Orchards|c081|DISTINCTIVE|fact|Golden Orchards}}, for teaching me the word "ring-craft" today and explaining, in detail, why stage presence and dog-show presence are the same skill. I've never felt less interesting. 🐕🎸"""),

    # ---------------------------------------------------------------- benign
    ("social_post", "benign", "nonclient_person", """🧵 Winnicott quotes I think about every week (1/6)

1/6 "It is a joy to be hidden, and disaster not to be found."

2/6 "The good-enough mother..." -- you know this one.

3/6 "There is no such thing as a baby." Meaning: there's always a baby AND someone.

4/6 "Play is immensely exciting... always on the theoretical line between the subjective and that which is objectively perceived."

5/6 Bonus Freud: "Being entirely honest with oneself is a good exercise."

6/6 Bonus Bowlby: "What cannot be communicated to the mother cannot be communicated to the self." /end"""),

    ("social_post", "benign", "name_as_word", """Instagram caption:

Sunday reset ☕️🌿

A little grace for the week you had.
A little hope for the week ahead.
A little faith that you'll figure it out.
And joy wherever you can find it, even if it's just the first sip of coffee.

#hope #grace #faith #joy #sundayreset #selfcompassion #mentalhealthmatters #therapistsofinstagram"""),

    ("social_post", "benign", "celebrity_namesake", """TikTok script -- "Taylor Swift lyrics as therapy homework" 🎧

[on screen: ranking Taylor Swift lyrics by how much they sound like a therapy session]
1. "It's me, hi, I'm the problem, it's me" -- classic self-blame, we'd work on that
2. "You're on your own, kid" -- healthy independence?? or hyper-independence from trauma?? discuss
3. "I had the time of my life fighting dragons with you" -- secure attachment, honestly
[on screen: stitch this with your favourite]
#taylorswift #therapytok #swiftie"""),

    ("social_post", "benign", "celebrity_namesake", """Thread on Parkinson's, humour and hope (1/4)

1/4 Just finished Michael J. Fox's "No Time Like the Future." If you work with clients with chronic illness, read it.

2/4 Fox writes about optimism not as denial but as a choice you make every morning, sometimes badly.

3/4 "With gratitude, optimism is sustainable." I'd put that on my wall if it wasn't so earnest.

4/4 Michael J. Fox has had Parkinson's for over thirty years. He's still funny. That's the whole lesson. /end"""),

    ("social_post", "benign", "nonclient_namesake", """Instagram caption:

My daughter Joy turned ten today 🎈 and asked for "a therapist's birthday", which apparently means a cake, three friends, and a feelings chart on the fridge so everyone can say how the party went. 😂

I have never been prouder or more exposed.

#momlife #therapistmom #happybirthday"""),

    ("social_post", "benign", "name_as_word", """X post

Sage advice from my supervisor today: "You don't have to be brilliant. You have to be there." Going to be chewing on that all summer.

Also, may I just say: supervision is the best hour of my week and I will not be taking questions."""),

    ("social_post", "benign", "name_as_word", """TikTok script -- "May is Mental Health Awareness Month" 💚

[on screen: 5 small things for your mental health this May]
1. Get outside before 10am, even for five minutes
2. Text one person you miss
3. Drink water (groundbreaking, I know)
4. Say no to one thing
5. Notice one thing that brings you joy
[on screen: which one are you trying? 👇]
#mentalhealthawareness #may #selfcare #therapytok"""),

    ("social_post", "benign", "single_attribute", """Instagram caption:

Massive thank you to the nurses and HCAs at Glendale Medical Center, who invited me in last week to run a session on compassion fatigue. 🩺💚 You look after everyone. Let someone look after you.

#nurses #compassionfatigue #healthcareworkers #burnout"""),

    ("social_post", "benign", "deidentified_case", """Bluesky thread -- a composite, not a real client (1/3)

1/3 Composite story, many people blended: a man in his sixties retires after forty years and within a month he's reorganised the garage three times.

2/3 His wife says he's "unbearable." He says he's "fine." Neither of them says: he doesn't know who he is without a job.

3/3 Retirement is a transition, not a holiday. Plan for the identity part, not just the pension. /end"""),

    ("social_post", "benign", "nonclient_person", """Instagram caption:

"Vulnerability is not winning or losing; it's having the courage to show up and be seen when we have no control over the outcome." -- Brené Brown 💛

Print this out. Put it somewhere you'll see it on the hard days.

#brenebrown #vulnerability #courage #quotes #therapistsofinstagram"""),

    ("social_post", "benign", "celebrity_namesake", """X thread (golf + mental game, 1/3)

1/3 Watching old footage of Nancy Lopez, who won five tournaments in a row as a rookie in 1978. Five. In a row.

2/3 What strikes me is how relaxed she looks. Nancy Lopez always talked about enjoying the pressure rather than fighting it. That's a skill, not a personality.

3/3 Sport psych lesson for the rest of us: you don't have to feel calm to perform. You have to let the nerves be part of the round. /end"""),

    ("social_post", "benign", "nonclient_namesake", """Bluesky post

The barista downstairs, Art, has started drawing tiny hearts in my flat white on Mondays because he says "Mondays are for therapists." I think Art may be the most emotionally intelligent person in this building, including me. ☕️"""),

    ("social_post", "benign", "name_as_word", """X post

A penny dropped in session today -- not for the client, for me. I've been treating her silence as resistance when it's actually rest. Going to sit with that. #therapistthoughts"""),
]
