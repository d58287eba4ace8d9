# Voice: mixed -- a second pass over every genre built around the hardest surface forms:
# clients whose names are words (Art, Dawn, Summer, Patience, April, Robin, Holly) named in
# texts that also use those words; clients who share a surname or full name with a public
# figure (Holmes, Sullivan, John Williams); written-out e-mail addresses, international
# phone numbers, partial street numbers, dates of birth in odd formats; and quasi texts
# about word-name clients whose word appears in lower case. The benign ones use the same
# words and famous names with no client behind them.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("social_post", "direct", None, """Substack -- "The art of the second-hand"

I've been thinking about the art of making something from what other people throw out. It's the art of therapy, in a way -- we work with the leftovers.

{{Art|c076|NICKNAME}} -- yes, that's really what everyone calls him, and yes, he's heard every joke about it -- is seventeen and {{runs a vintage clothing shop on Station Lane|c076|DISTINCTIVE|fact|vintage clothing store on Station Lane}}, on weekends and after college. He came to me because his older brother {{Lee|c076|RELATIVE}} had started saying the shop was "a phase." {{Art|c076|NICKNAME}} heard: you are a phase.

Our work has been about what it means to take yourself seriously when the people who love you don't, yet.

Art history, as a subject, is mostly about people whose families thought they were going through a phase."""),

    ("social_post", "direct", None, """auto-transcript -- Mornings with Mo, community radio, 6:40am segment (raw)

[06:41:02] and it's a beautiful morning here, the dawn chorus was going mad outside my window at half four
[06:41:10] guest: it was, i heard it too. i actually thought of a client of mine, {{dawn|c065|GIVEN_NAME}}, she's a paramedic, seventy-six years old, still on nights
[06:41:19] guest: and {{dawn|c065|GIVEN_NAME}} says the birds are how she knows the shift is nearly over
[06:41:24] host: oh that's lovely
[06:41:26] guest: she {{coaches basketball as well, girls' under-fourteens|c065|DISTINCTIVE|fact|Glendale Falcons under-14 basketball}}, honestly i don't know when she sleeps
[06:41:31] host: ha! well, coming up after the news, your calls on sleep"""),

    ("email", "direct", None, """HOUSING OMBUDSMAN -- Supporting statement

Re: {{Ms Summer Baker|c282|FULL_NAME}}, date of birth {{19th November 1955|c282|DOB}}

I write as {{Ms Baker|c282|FAMILY_NAME}}'s therapist, with her consent.

Since the summer of last year, {{Ms Baker|c282|FAMILY_NAME}} has been living with persistent damp and mould, which has affected both her physical health and her work as a photographer. She has found it increasingly difficult to manage her anxiety in the flat and now spends most evenings at her sister's.

I would ask the Ombudsman to take into account the effect of these conditions on her mental health when considering her complaint.

Yours faithfully,
Caitríona Ward, MIACP"""),

    ("team_note", "direct", None, """#peer-consult
**Rob Hendry**  17:45
{{Patience|c064|GIVEN_NAME}} T. cancelled again (4th time), testing my patience tbh 😅 -- but seriously, how many late cancels before you have The Conversation? She's a receptionist at a busy medical centre so I get that her hours are chaos.
  🙃 3
**Zara Khan**  17:52
Have the conversation now, but make it about what's getting in the way, not about the policy"""),

    ("case_presentation", "direct", None, """Lecture 9 slides -- "Names, jokes and the first session"

Slide 4: Case -- {{Mr Holmes|c239|FAMILY_NAME}} (yes, really)
- Insurance adjuster, fifties
- "I investigate claims for a living. Before you ask: no, I don't have a deerstalker."
- Had spent a lifetime being the butt of Sherlock jokes; presenting problem was explosive anger at work
- Husband {{Jonathon|c239|RELATIVE}} attended session 3

Slide 5: What do you do when the client's name is a joke?
- Don't make it.
- Notice if you want to.
- Ask what it's been like to carry it."""),

    ("case_presentation", "direct", None, """From a journal article on interpersonal therapy for men (case illustration)

Harry Stack Sullivan argued that we become who we are in the eyes of others. I had cause to think of this often with {{Mr Sullivan|c012|FAMILY_NAME}} -- no relation, he assured me, though he had looked it up.

He is a mechanic at {{Milford Shipyard|c012|EMPLOYER}} and, at weekends, {{co-owns a bakery on Spring Road|c012|DISTINCTIVE|fact|bakery on Spring Road}} with his wife {{Carolyn|c012|RELATIVE}}. He came to therapy because, in his words, "everyone sees me as a big lad with a spanner and nobody notices I can pipe a rose on a cake."

Sullivan the theorist would have been delighted with him."""),

    ("social_post", "direct", None, """🧵 Names and the weight of them (1/4)

1/4 New client this week is called {{John Williams|c125|FULL_NAME}}. Not the composer. A radiographer. He hums the Jaws theme at himself "so other people don't have to."

2/4 Humour as a pre-emptive strike is SO common in people whose name or body or accent gets commented on.

3/4 It protects, and it also keeps everyone at arm's length, including your therapist.

4/4 Anyway I've had the Star Wars theme stuck in my head for three days. /end"""),

    ("team_note", "direct", None, """[Teams -- voice message, auto-transcribed]

hi sam it's priya, um, could you send the discharge letter to {{hao|c001|GIVEN_NAME}} today, he's asked for it by email, the address is {{hao dot zhang at aol dot com|c001|EMAIL}}, and cc me in, thanks, oh and he said his husband {{hao|c001|RELATIVE}} -- yes they've got the same first name, long story -- will pick up the paper copy on friday. thanks. bye"""),

    ("email", "direct", None, """Our ref: KL/4407

Dear Ms Ferreira,

Re: {{Paul Johnson|c220|FULL_NAME}} -- contact details for your file

Further to our telephone conversation, and with my client's written consent, I confirm his contact details as follows:

Telephone: {{+1 978 563 6076|c220|PHONE}}
Occupation: plumber, {{Manchester Shipyard|c220|EMPLOYER}}

{{Mr Johnson|c220|FAMILY_NAME}} would prefer to be contacted after 5pm on weekdays. He has asked me to mention that his son {{Derrick|c220|RELATIVE}} will accompany him to the assessment.

Yours sincerely,
Dr. Kwame Asante"""),

    ("social_post", "direct", None, """Instagram caption:

A casserole and a card at {{5750 Pine|c174|ADDRESS|street}} this afternoon 🍲💐 for a lovely client whose husband died on Monday. She said, "You didn't have to." I said I know.

Some days the job is just turning up with a dish.

#grief #therapistlife #showingup #casserole"""),

    ("case_presentation", "direct", None, """Evaluation report -- Appendix C: Individual outcomes (pilot cohort)

Participant | DOB | Baseline PHQ-9 | Final PHQ-9
{{Holly|c089|GIVEN_NAME}} A. (surgeon) | b. {{10.10.66|c089|DOB}} | 17 | 9
[other rows removed]

Comment: {{Holly|c089|GIVEN_NAME}} asked to be named in the report because "I want other surgeons to know you can get better." Her consent form is on file.

Note to editor: please check with the service lead whether this can go in the public version."""),

    ("social_post", "direct", None, """Podcast transcript -- "Pets and People" ep. 31

HOST: Give me your strangest pet story.
GUEST: Okay, so, a client of mine -- {{Robin|c035|GIVEN_NAME}}, a journalist -- has an iguana AND a goat, and both of them have gone viral, separately.
HOST: No!
GUEST: {{Tater Tot|c035|DISTINCTIVE|fact|iguana named Tater Tot}} and {{Turnip|c035|DISTINCTIVE|fact|goat named Turnip}}. And {{Robin|c035|GIVEN_NAME}}'s whole thing in therapy was feeling like the least interesting member of the household.
HOST: [laughs] Oh, that's so sad and so funny.
GUEST: It's both! Most things are."""),

    ("email", "direct", None, """FAMILY COURT AT MILFORD -- Letter of support

RE: {{APRIL WELLS|c238|FULL_NAME}}

Dear Sir/Madam,

I understand that the hearing in this matter is listed for 14 April. I write, with {{Ms Wells|c238|FAMILY_NAME}}'s consent, in support of her application.

I have provided psychotherapy to {{April|c238|GIVEN_NAME}} since last spring. She is an architect and a devoted parent, and she and her wife {{Pamela|c238|RELATIVE}} have provided a stable home throughout the proceedings. I have no concerns regarding her mental health as it relates to her parenting.

I will be on leave from 1 April but can be contacted through the practice.

Yours faithfully,
Olusegun Adewale, Counselling Psychologist"""),

    # ---------------------------------------------------------------- quasi
    ("social_post", "quasi", None, """Blog: "Borrowed hope"

There's a phrase I use a lot: borrowed hope. When a client can't find any of their own, they can borrow mine for a while.

One client this year, a {{police officer|c061|DISTINCTIVE|occupation}} in {{Dover|c061|ADDRESS|city}}, put it better than I ever have. She {{runs a tattoo parlour on Park Avenue|c061|DISTINCTIVE|fact|tattoo studio on Park Avenue}} on the side (I know!), and she said: "It's like a stencil. You lend me the outline, I do the ink."

I've thought about that every week since. Lend the outline. Let them do the ink."""),

    ("social_post", "quasi", None, """Substack: on being watched, and grace

One of my younger clients was {{a housemate on Big Brother|c137|DISTINCTIVE|fact|season 8 of Big Brother}} -- season eight, if you're counting -- and she now {{is the drummer in the Velvet Hounds|c137|DISTINCTIVE|fact|Velvet Hounds}}. She told me drumming is the only time she forgets there might be a camera.

I've been thinking about grace: the kind you give yourself when you remember that the worst version of you was broadcast, edited, and then forgotten by everyone except you."""),

    ("team_note", "quasi", None, """#peer-consult
**Isla Moyo**  15:02
Looking for joy in the small wins today 😅 Teen client at {{Lincoln High School|c184|SCHOOL}}, mum ({{Danielle|c184|RELATIVE}}) came in at the end of the session and cried because her daughter had laughed at dinner for the first time in months. Honestly one of the best days this year.
  ❤️ 11"""),

    ("case_presentation", "quasi", None, """Workshop handout -- "Public defeat and private shame"

Case (disguised): a {{graphic designer|c288|DISTINCTIVE|occupation}} in {{Stillwater|c288|ADDRESS|city}}, mid-twenties, who {{hosts a sourdough podcast called Midlife Detective|c288|DISTINCTIVE|fact|Midlife Detective}}. He uses the podcast to chase a feeling of competence that he lost after a very public setback.

Questions for small groups:
1. What is the function of the podcast?
2. How would you explore the setback without shaming him further?"""),

    ("social_post", "quasi", None, """Newsletter -- "Music in the room", part two

A young client who {{plays horn with the Dover Symphony|c284|DISTINCTIVE|fact|French horn in the Dover Symphony}} brought her mother, {{Erica|c284|RELATIVE}}, to our final session. They played a duet -- horn and a very old upright in our waiting room -- and I may have cried.

It may be the best ending I've ever had with anyone."""),

    # ---------------------------------------------------------------- benign
    ("social_post", "benign", "celebrity_namesake", """Blog: "The sound of silence" (on silence in therapy)

Art Garfunkel once said that the quiet parts of "The Sound of Silence" were the hardest to sing. I think about that in sessions.

The art of therapeutic silence isn't about saying nothing. It's about leaving room for something to arrive. Most trainees rush to fill it. Most clients are relieved when we don't.

Next week: the art of the good question."""),

    ("social_post", "benign", "celebrity_namesake", """Podcast transcript -- "Laughing Matters" ep. 12

HOST: Who makes you laugh when nothing else does?
GUEST: Dawn French. Every time. The Vicar of Dibley is basically my emergency self-care kit.
HOST: [laughs] Same!
GUEST: And there's research -- humour as a coping style, when it's affiliative rather than self-defeating, is really protective.
HOST: So watch more Dawn French.
GUEST: Prescribe it. I'm up at dawn anyway, I might as well."""),

    ("email", "benign", "name_as_word", """Dear Parents and Carers,

Summer term counselling drop-ins will run from 22 April to 18 July, every Tuesday and Thursday lunchtime in the Wellbeing Room.

Will your child need a pass? No -- pupils can simply turn up. May we remind you that the service is confidential, and that we will only contact you if we are worried about a pupil's safety.

Warm wishes,
The Pastoral Team"""),

    ("team_note", "benign", "nonclient_person", """#journal-club
**Ian Mulvey**  18:30
Re-reading Harry Stack Sullivan for next week. "We are all much more simply human than otherwise." Still the best sentence in the field.
**Aoife Brennan**  18:41
Also watched Mr Holmes (the Ian McKellen film) last night -- a whole film about memory loss and shame. Would make a good CPD evening 🍿
  👍 4"""),

    ("social_post", "benign", "celebrity_namesake", """X post

John Williams turning 92 and still conducting is the most hopeful thing I've seen this week. Purpose doesn't retire. Neither, apparently, does the Jaws theme. 🎻"""),

    ("social_post", "benign", "celebrity_namesake", """Blog: grieving a stranger

When Mark E. Smith of The Fall died in 2018, a client-age friend of mine (not a client, a friend) told me she felt "unreasonably wrecked." She'd never met him. She'd seen The Fall forty times.

Grief for public figures is real grief. Mark Smith's voice had been in her life longer than most of her relationships. It's allowed to hurt."""),

    ("case_presentation", "benign", "nonclient_namesake", """Meet our clinicians -- practice brochure

Dr. Sage Morrow -- clinical psychologist; anxiety, OCD, perinatal.
Iris Kaplan -- psychotherapist; couples and families.
Ivy Chen -- counsellor; young people and students.
June Park -- art psychotherapist.
Robin Duarte -- counsellor; bereavement.
April Nolan -- practice manager.

All our clinicians are registered with a professional body and receive regular supervision."""),

    ("email", "benign", "nonclient_person", """Subject: Contact details for the newsletter footer

Hi Holly,

Please use these in the footer from now on:
Email: hello at riverbankcounselling dot org
Phone: 0161 496 0732 (Mon-Fri, 9-5)
Crisis: if you're in crisis, call Samaritans free on 116 123, or 988 in the US.

And please take my personal mobile off -- I don't want clients texting me at midnight again!

Thanks,
Dawn"""),

    ("case_presentation", "benign", "deidentified_case", """Case vignette for supervision training (initials and all details changed)

J.R. is a man in his thirties who sought help for intrusive doubts about his relationship. He checks his feelings many times a day, asks friends for reassurance, and has researched "how do you know if you're in love" for hours at a time.

Discussion points:
1. How would you distinguish relationship OCD from ordinary ambivalence?
2. What would exposure and response prevention look like here?
3. How would you respond when J.R. asks you, directly, whether he should stay?"""),

    ("social_post", "benign", "name_as_word", """Instagram caption:

A robin on the windowsill of the therapy room this morning, and a holly bush dripping with berries by the door. 🐦🌿

There's something about winter that asks us to slow down. Patience, warmth, and a bit of grace for ourselves when the days are short.

#winterwellbeing #selfcompassion #robin #holly #therapistsofinstagram"""),
]
