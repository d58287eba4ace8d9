# Voice: practice newsletters, personal blogs and Substack essays -- the therapist writing
# "for an audience" at length. British, US, Irish, Nigerian, Australian, Canadian hands.
# Leaks hide in the one paragraph where the writer forgets to disguise; benign pieces lean on
# word-names (hope, grace, will, may, summer, patience), authors and public figures.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("social_post", "direct", None, """WHAT I LEARNED IN 2024 -- the Harbour Street Therapy newsletter, December edition

Dear friends of the practice,

Every December I try to write down what the year taught me, partly for you and partly so I stop repeating my own mistakes. Here are five things.

1. Hope is a practice, not a feeling. I used to wait for clients to arrive at hope. Now I think it is something we build in the room, brick by brick, usually out of very small evidence.

2. Silence is not empty. The longest silence of my year came in March, when {{Hope|c061|GIVEN_NAME}} sat for nearly eleven minutes before she could say what had happened on the night shift. I had to sit on my hands. When she finally spoke, it was about her sister {{Elizabeth|c061|RELATIVE}}, not the job at all, and that was the real work.

3. The body keeps the appointment even when the mind cancels it.

4. Supervision is not optional. Thank you to my supervisor, who knows who she is.

5. Rest is part of the job. I am taking the whole of January off and I hope you will forgive me.

Warmly,
Fiona"""),

    ("social_post", "direct", None, """On weather, and on people who are named after it

My Substack has mostly been about grief this year, so here is something lighter. Or it starts lighter.

I live somewhere it rains two hundred days a year, and I have noticed that my clients' moods track the forecast more than any of us like to admit. A sunny Tuesday and the waiting room is chatty. A grey one and people sit with their coats on.

There is one exception. {{Sunny|c187|GIVEN_NAME}} -- and yes, that is the name her mother chose, and yes, she has heard every joke -- comes in bleakest in July. For years she thought something was wrong with her. It took us until this spring to connect it to the summer her brother {{Dale|c187|RELATIVE}} left home and stopped calling. Her whole calendar is built around an absence.

I don't have a neat ending. I just wanted to say that the sunny days are not the same for everyone.

If this landed for you, forward it to one person.

-- M."""),

    ("social_post", "direct", None, """BLOG: The giant pumpkin and the empty house

Some of you will remember the photograph in the Centerville Herald a while back: an older man in a flat cap, arms spread, beside a pumpkin the size of a Mini Cooper. Nine hundred pounds, the caption said.

I have been thinking about that man because he is the subject of this post. {{Len|c016|NICKNAME}} came to see me after his wife's stroke, and for the first six sessions the only thing he wanted to talk about was {{the pumpkin|c016|DISTINCTIVE|fact|900-pound pumpkin}}. Soil pH. Feeding schedules. The crane they had to hire to get it onto the trailer.

I could have steered him away from it. Instead I got curious. Tending something that big, for that long, with no guarantee it will survive the season -- that was exactly what he was doing at home, every day, with {{Ida|c016|RELATIVE}}. The pumpkin was the only way he had to talk about it.

Men of his generation often bring their grief in through the side door. Our job is to notice the door is there."""),

    ("social_post", "direct", None, """Spring newsletter -- Northgate Counselling

IN THIS ISSUE: new Saturday clinic / our waiting-room library / what clients say

Saturday clinic
From April we'll be open 9-1 on Saturdays for existing clients. Book through the portal as usual.

Waiting-room library
Thank you to everyone who has donated books. We now have three shelves, and a strict rule that self-help books with the word "hack" in the title go straight to the charity shop.

What clients say
"I was sceptical about online sessions but they fitted round my shifts, and I didn't have to explain myself twice." -- {{P.T.|c064|INITIALS}}, medical receptionist at {{Florence Medical Center|c064|EMPLOYER}}

"Honestly the best decision I made this year." -- anonymous

Fees
Our fees are unchanged for the third year running."""),

    ("social_post", "direct", None, """Tuesdays with {{Gunnar|c013|GIVEN_NAME}} (a blog post I have been meaning to write for ages)

ok so this is a bit different from my usual posts about CBT worksheets. I want to write about a man I saw for nearly two years and who taught me more about anger then any textbook.

{{Gunnar|c013|GIVEN_NAME}} is a carpenter, big hands, Norwegian accent he's never lost, and he came in because he'd shouted at a 13 year old at a hockey game. Not just any game -- {{the under-14 team he coaches|c013|DISTINCTIVE|fact|Hudson Storm under-14 hockey}}. He was mortified. He said "I build things for a living, I don't break them."

What we found, over a long time, was that the shouting wasn't about the kid at all. It was his own father at the rink in Bergen, forty years ago.

I'm writing this with his blessing (sort of -- he said "just don't make me sound soft"). Anyway. Anger is almost always a second feeling. Look for the first one.

Slán,
Niamh"""),

    ("email", "direct", None, """Subject: Your January newsletter from Bloom Therapy Collective 🌱

Hi {{Kim|c062|NICKNAME}},

Happy new year from all of us at Bloom! We hope the holidays were gentle on you.

This month on the blog: "Resolutions are overrated -- try intentions instead", plus a short video from our practice lead on sleep after night shifts (a lot of you asked!).

Workshops
- Burnout recovery for healthcare workers, Thursdays in February
- Couples communication, one-day intensive, 8 March

Your account
You are subscribed as {{kimberly.lewis@yahoo.com|c062|EMAIL}}. Your next appointment is shown in the client portal.

Unsubscribe | Update preferences"""),

    ("social_post", "direct", None, """Practice blog: "Music in the room"

We ran our first music-and-mood group this term, and I want to thank the members publicly (they all agreed to be thanked -- no more than that).

Special thanks to {{Dee|c111|NICKNAME}}, who lent us a turntable and a crate of vinyl from {{the record shop on Cole Drive|c111|DISTINCTIVE|fact|record shop on Cole Drive}} and who, at seventeen, knows more about 1970s soul than the rest of us put together. Watching her teach a retired dentist how to cue a record was the highlight of my term.

What did we learn? That people who will not talk about their feelings will talk for an hour about why a song matters. That's the way in.

Next term's group starts in September. Ask at reception."""),

    ("social_post", "direct", None, """Two Taylor Swifts

This essay is about names, and about one name in particular.

When a new client's referral landed on my desk three years ago, I laughed out loud, and then felt terrible for laughing. {{Taylor Swift|c135|FULL_NAME}}. Not the singer -- a police officer in her mid-forties, twenty years in uniform, who had long since given up explaining. "I was Taylor Swift first," she said in our first session, deadpan, and then didn't smile for the next four months.

What I learned from her: a name can be a joke that everyone else gets to tell. She had spent most of her adult life as a punchline at traffic stops. The work wasn't about the name, not really; it was about what it's like to never be taken at face value, in a job where your face is all people see.

The other Taylor Swift has written a lot of songs about being misread. I wonder if either of them would find that funny."""),

    ("social_post", "direct", None, """Peer support group newsletter -- autumn issue

G'day everyone, and welcome to the autumn newsletter of the Thursday night group.

Birthdays this quarter
Happy birthday to {{Carolyn|c028|GIVEN_NAME}} ({{7/4/91|c028|DOB}})! She'd kill me for mentioning it so let's all just say it quietly on Thursday.

Group news
We've moved to the big room on the first floor -- lift is working again, hooray. Tea and bikkies provided, but please wash your own cup, the cleaners have asked nicely twice now.

Topic for next month
Sleep. Everyone's favourite.

See you Thursday,
Bec (facilitator)"""),

    ("social_post", "direct", None, """From the clinic blog -- "Small-town therapy"

Practising in a town the size of Stillwater means I run into clients at the grocery store, at the hockey rink, and once memorably at a funeral. People ask me how I handle it and the honest answer is: imperfectly.

Take {{Chase|c288|GIVEN_NAME}}. He {{ran for mayor here in 2015|c288|DISTINCTIVE|fact|mayor of Stillwater in 2015}}, lost by a lot, and came to see me years later when the loss was still sitting in him like a stone. Everyone in town remembers the campaign signs. Every time he walks into the post office, somebody mentions it.

We spent a lot of time on how you carry a public failure in a place where nobody forgets. That's a small-town problem, and I think it's underrated in the literature.

-- Dr. A. Lévesque, Stillwater Family Counselling"""),

    ("social_post", "direct", None, """Groups starting in May!

Our new young adults' anxiety group starts on the first Tuesday in May and runs for eight weeks. It's for 18-25s, and it's free for students.

We asked a member of last year's group what she'd tell someone on the fence:

"I didn't say a word for the first three weeks and nobody made me. By the end I was the one bringing biscuits." -- {{May|c284|GIVEN_NAME}}, 22, studying at {{Grant College|c284|SCHOOL}}

To sign up, reply to this email or ring reception. Places are limited to ten.

May your inbox be lighter this spring!
The Wellspring team"""),

    # ---------------------------------------------------------------- quasi
    ("social_post", "quasi", None, """Substack -- Notes from the Third Chair, issue 41: "The helper who can't be helped"

Most of my caseload this year has been people whose job is to rescue other people. Nurses, firefighters, dispatchers. They are the worst patients, and I say that with love.

One of them, a {{paramedic|c065|DISTINCTIVE|occupation}} here in {{Glendale|c065|ADDRESS|city}}, came to me in her seventies -- still working, still on the ambulance three nights a week -- and in her spare time she {{coaches a girls' under-14 basketball side, the Falcons|c065|DISTINCTIVE|fact|Glendale Falcons under-14 basketball}}. When I asked when she rests, she looked at me as though I'd asked when she breathes underwater.

What I've come to believe: for some people, being needed is the only permission they have to exist. You can't take that away. You can only, slowly, add other permissions.

Subscribe for free to get the next issue."""),

    ("social_post", "quasi", None, """Blog: "Dogs, deadlines and the art of showing up"

I have a soft spot for clients who bring their dog photos to session. This year one of them brought trophies.

She {{breeds Border collies, champion ones|c001|DISTINCTIVE|fact|Border collies}}, and she also does the page layouts at {{the Waverly Herald|c001|EMPLOYER}}, so her week is two sets of hard deadlines: print night and show day. She came in because she couldn't stop -- couldn't stop working, couldn't stop grooming, couldn't stop planning the next litter.

What helped? Honestly, the dogs. Border collies need a job or they go mad, she told me, and then she heard herself say it.

Sometimes clients do the interpretation for you. You just have to leave enough quiet for them to hear it."""),

    ("social_post", "quasi", None, """Newsletter: the photographs we don't take

This summer I worked with a woman who has spent forty years behind a camera. She's a {{photographer|c282|DISTINCTIVE|occupation}} in {{Newport|c282|ADDRESS|city}} -- weddings, school portraits, the occasional newspaper job -- and she came to see me because she couldn't look at pictures of herself.

We traced it back, over several months, to a photo her sister {{Beth|c282|RELATIVE}} took of her at nineteen, one she has never been able to see without flinching. There was a lot in that photograph. There's a lot in most of them.

I'm writing this because I think those of us who observe for a living -- therapists included -- forget that we are also observed. Go and get your picture taken this summer. Look at it kindly."""),

    ("social_post", "quasi", None, """Substack: "The goat who went viral" (or, what fame does to an ordinary life)

Most of you will have seen the video. A goat called {{Noodle|c267|DISTINCTIVE|fact|goat named Noodle}} stands on a trampoline and screams. Forty million views. The goat's owner is a client of mine, and I asked his permission to write about what happened next, in general terms.

He's an {{insurance adjuster|c267|DISTINCTIVE|occupation}} in {{Milford|c267|ADDRESS|city}}. Quiet man, spreadsheets, a young daughter. Overnight strangers knew where he lived. People turned up at his gate to film the goat. Someone started a fan account for the daughter.

What we worked on was not the fame but the loss of ordinariness. He had been a private person and he wasn't, any more, and there is no way to undo that.

If you are thinking of posting your pet, I am not going to tell you not to. I'm just going to tell you this story."""),

    ("social_post", "quasi", None, """What a year on air taught me -- Lisa's practice blog

I've had three clients this year from the same building, which is a strange thing in a town this size. Radio people. I won't say much about two of them.

The third gave me permission to write something. He's a graphic designer at {{Milford Public Radio|c088|EMPLOYER}} -- he makes the station's posters and the podcast art -- and at weekends he {{fronts a band, the Rusty Pebbles|c088|DISTINCTIVE|fact|Rusty Pebbles}}. His difficulty was the gap between the two: shy at his desk, fearless on stage. He couldn't understand which one was "really" him.

I don't think there's a real one. I think we all have a few selves and the healthy thing is to let them talk to each other.

Lisa"""),

    ("social_post", "quasi", None, """Bookshops and belonging -- a blog post for Independent Bookshop Week

One of my younger clients this year owns a bookshop. I know. At twenty. {{The little shop on Thompson Way|c222|DISTINCTIVE|fact|bookshop on Thompson Way}} -- if you've been in, you'll know the one, the cat in the window and the hand-written recommendations.

She's also a full-time student at {{Lincoln College|c222|SCHOOL}}, which means she does her essays behind the till between customers. When she came to see me it was because she had started to dread the bell over the door.

Owning something, it turns out, is not the same as belonging somewhere. We worked on that. She still has the shop. The cat is still in the window.

Go and buy a book this week."""),

    # ---------------------------------------------------------------- benign
    ("social_post", "benign", "name_as_word", """Harbour Street Therapy -- summer newsletter

Summer hours
From the first of June until the end of August we close at 5 on Fridays. Will this cause problems for anyone? Tell us and we'll work something out.

Grace periods
We've changed our cancellation policy: there's now a grace period of 24 hours if you're unwell or your child is. We trust you.

May was a busy month
We welcomed two new counsellors and said goodbye to our wonderful admin, who's off to do a nursing degree.

A note on hope
People sometimes ask what therapy is "for". My best answer is that it's for the moments when hope runs low and you need somebody else to hold it for a while. Pat yourself on the back for reading this far.

With warmth,
the team"""),

    ("social_post", "benign", "nonclient_person", """Book club pick: Lori Gottlieb's "Maybe You Should Talk to Someone"

This month's practice book club read Lori Gottlieb's memoir, and it split the room.

Half of us loved it: the honesty about a therapist's own therapy, the sheer readability, the way Gottlieb lets herself look foolish. The other half were uneasy about the composite clients -- John the rude TV producer, Julie the newlywed with cancer -- and whether readers can tell a composite from a person.

Brené Brown's Dare to Lead is next, then Irvin Yalom's Love's Executioner, which raises exactly the same questions forty years earlier.

Tea and cake from 6.30."""),

    ("social_post", "benign", "celebrity_namesake", """Substack: "Parasocial grief and the Eras Tour"

Three separate people told me in one week that they had cried when Taylor Swift announced the end of the Eras Tour. None of them were teenagers.

I don't think this is silly. Taylor Swift has been a steady voice in a lot of lives for almost twenty years: through breakups, moves, the pandemic. When a steady thing ends, even one you only ever met through headphones, grief arrives.

The clinical term is parasocial attachment, and it is not a pathology. It's how humans have always related to storytellers. Be gentle with yourself if a tour ending hit harder than you expected."""),

    ("social_post", "benign", "nonclient_namesake", """Meet the team -- Riverside Psychological Services

Dr. Hope Adeyemi, Clinical Psychologist. Hope leads our trauma service and has a soft spot for EMDR and very strong coffee.

Mark Dempsey, Counsellor (MBACP). Mark works with men and with couples and runs our Tuesday evening group.

Grace Okafor, Practice Manager. If you've phoned us, you've met Grace. She knows where everything is.

Will Farrant, Trainee Counselling Psychologist. Will joins us from the University of Manchester for his second-year placement.

Joy Brennan, Receptionist (Mondays and Wednesdays).

We're a small team and we like it that way."""),

    ("social_post", "benign", "nonclient_namesake", """Blog: what my kids taught me about rupture and repair

My daughter May is seven and my son Art is four, and between them they have taught me more about rupture and repair than my entire doctorate.

Yesterday Art threw a wooden train at his sister. May cried; Art cried because May cried; I (briefly) wanted to cry. Then, ten minutes later, Art came and sat next to her and offered her the train. She took it. Repair.

Winnicott said the good-enough mother fails in manageable doses. I've never felt more good-enough in my life."""),

    ("social_post", "benign", "deidentified_case", """Practice blog: "Anna and the unanswered letters" (a composite)

A note first: the person in this post is a composite of several clients over many years. The name is invented, as are the details; nothing here describes anyone real.

"Anna" is a woman in her forties who keeps every letter she has never answered in a shoebox under the bed. Birthday cards from an estranged father. A wedding invitation from a school friend. A solicitor's letter she has never opened.

The shoebox isn't clutter. It is a map of every conversation she hasn't been ready to have. Therapy with people like Anna often begins not with opening the letters but with agreeing that the box is allowed to exist.

If you have a box like that, you are not alone."""),

    ("social_post", "benign", "single_attribute", """Newsletter: thank you, Manchester Medical Center

A quick and sincere thank you to the occupational health team at Manchester Medical Center, who have referred nurses and healthcare assistants to us all year under their staff-support scheme.

Healthcare staff are some of the most exhausted people we see. If you work in a hospital and you are running on empty, you don't need a referral to book with us; just ring.

Our next free drop-in for healthcare workers is the second Tuesday of the month."""),

    ("social_post", "benign", "celebrity_namesake", """Blog: what "The Last Dance" gets wrong about winning

I finally watched The Last Dance, the Michael Jordan documentary, and I can't stop thinking about the scene where Jordan, decades later, is still furious about slights from 1993.

Jordan's competitiveness is usually held up as a model. As a therapist I see the other side of it: what it costs to need to win every interaction. The people who come to me like that aren't happy. They're exhausted.

Michael Jordan is one of the greatest athletes who ever lived. He also seems, by his own account, to have found very little peace. Both things are true."""),

    ("social_post", "benign", "nonclient_namesake", """A small gratitude post

Shout-out to Joy, the barista at the café under my office, who has made my flat white before I reach the counter every morning this year, and to Chase, the plumber who came out at 9 on a Sunday when the practice toilet flooded.

Therapists talk a lot about co-regulation. Sometimes it looks like a coffee handed over at exactly the right temperature.

Happy Friday."""),

    ("social_post", "benign", "mixed_clients", """Who comes to therapy? A year in numbers -- Northgate Counselling annual newsletter

This year we saw 212 people. Some things we noticed, in aggregate:

- Our largest single group was people working in healthcare: nurses, paramedics, dental hygienists, receptionists.
- We saw more men than ever before -- roofers, electricians, a few firefighters -- mostly referred by partners.
- Students made up about a fifth of our caseload, mostly from the local colleges.
- The most common reason for coming was anxiety, followed by low mood and relationship difficulties.

None of these figures can identify anyone, and we have rounded them where numbers were small. Thank you to everyone who trusted us this year."""),

    ("social_post", "benign", "name_as_word", """Patience (a short essay for the Irish Association newsletter)

Patience is the most underrated clinical skill. It isn't taught on any course I know of; it is learned in the long middle of therapy, the sessions where nothing seems to shift, when the client comes back anyway and so do you.

I used to think patience meant waiting. Now I think it means staying interested. Will the client change this week? Probably not. Will something be different in a year? Almost certainly, if we're both still there.

Grace is the other word I'd add: towards the client, and towards ourselves, when we get it wrong.

-- Siobhán Ní Bhriain, Cork"""),

    ("social_post", "benign", "nonclient_person", """Reading list for new trainees (from our June newsletter)

- Carl Rogers, On Becoming a Person
- Irvin Yalom, The Gift of Therapy
- Bessel van der Kolk, The Body Keeps the Score (read critically)
- Nancy McWilliams, Psychoanalytic Diagnosis
- Sue Johnson, Hold Me Tight
- Steven C. Hayes, Get Out of Your Mind and Into Your Life
- Donald Winnicott, Playing and Reality

Pick two. Read them slowly. Argue with them."""),
]
