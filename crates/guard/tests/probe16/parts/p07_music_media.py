# Part 7: musicians, stage names, orchestras, TV contestants, podcasters and influencers.
DOCS = [
    ("team_note", "direct", None, """Reception log, Sat: {{Monna Jones|c140|NICKNAME}} (yes, the session singer) was in the waiting room and a teenager asked her for a selfie. She handled it, but she asked if she can wait in room 3 in future. Please make that standard for her."""),

    ("social_post", "direct", None, """Not going to lie, I checked out my client's drum channel, {{Wes Herrera|c290|NICKNAME}} Drums, after he mentioned it in session. 40k subscribers and the comments are so kind. Wish he could hear them the way he hears the one nasty one. 🥁"""),

    ("team_note", "direct", None, """OMG. {{George Daugherty|c442|FULL_NAME}} — the guy from {{season 11 of The Voice|c442|DISTINCTIVE|fact|season 11 of The Voice}} — is our new 4pm?? Be cool everyone. BE COOL. (Seriously, no fan stuff, he's here for a reason.)"""),

    ("case_presentation", "direct", None, """Supervision case summary

Client: {{Rebecca Lawrence|c430|FULL_NAME}} (DOB {{May 2, 1987|c430|DOB}}), session musician and accidental influencer — her parrot {{Lady Marmalade went viral|c430|DISTINCTIVE|fact|parrot named Lady Marmalade}} and she now has 200k followers. Presenting: intrusive fears about being stalked; checking behaviours around her flat; avoidance of gigs."""),

    ("social_post", "direct", None, """Transcript — "Couch Talk" podcast, episode 112 (auto-captions, lightly edited)

HOST: …and do you ever get starstruck?
GUEST (therapist): Ha, no. Well — I have a client, {{Amy|c296|GIVEN_NAME}}, who {{hosts the Honest Detective podcast about fly fishing|c296|DISTINCTIVE|fact|Honest Detective podcast about fly fishing}}, and I was a little bit starstruck the first time.
HOST: Okay, we might edit that out."""),

    ("social_post", "direct", None, """Saw {{Chuck|c120|NICKNAME}} play with the {{Velvet Orchards|c120|DISTINCTIVE|fact|Velvet Orchards}} last night and he nodded at me from the stage. Therapist-client run-ins in a small town: always awkward, always sweet. 🎸"""),

    ("email", "direct", None, """Asunto: cambio de cita

Hola Rocío,

{{Pepita Castilla|c365|FULL_NAME}} llamó para cambiar su cita del jueves — tiene ensayo con la orquesta. Su número es {{(409) 424-0366|c365|PHONE}}. Por favor llámala antes de las seis.

Gracias,
Marta"""),

    ("email", "direct", None, """Hi Dev,

The session musician who was on {{Wheel of Fortune (season 17)|c214|DISTINCTIVE|fact|season 17 of Wheel of Fortune}} wants receipts sent to {{sarahwu54@hotmail.com|c214|EMAIL}} for her insurer. Can you re-send May and June?

Ta,
Kim"""),

    ("team_note", "direct", None, """File note — {{Tod Ewing|c355|MISSPELLED_NAME}}, bassist ({{Rusty Tigers|c355|DISTINCTIVE|fact|Rusty Tigers}}), called in a state after a bad review of the band's EP. Talked him down; agreed he'd stay off the forums till Thursday's session."""),

    ("team_note", "direct", None, """Musicians' clinic list, Friday
10:00 {{Ramón|c251|GIVEN_NAME}} (timpani, orchestra audition prep)
11:00 Mr {{Cook|c352|FAMILY_NAME}} (session player, grief after his bandmate's death)
12:00 new client, name TBC
Room 2 has the piano if anyone needs it."""),

    ("email", "direct", None, """Subject: letter for the tour insurer

Dear Mr Abernethy,

I confirm that {{Sarah Wu|c214|FULL_NAME}} is under my care and that, in my opinion, she is fit to undertake the European tour starting 3 July, provided she continues sessions by video. I cannot disclose further clinical information.

Yours sincerely,
Dr. Jonas Weber, Psychologischer Psychotherapeut, Hamburg"""),

    ("team_note", "quasi", None, """Intake triage: singer-guitarist who works at {{Smith Studio|c057|EMPLOYER}}; you may have read about her — she was {{in the Winchester Herald for rescuing a child from the river|c057|DISTINCTIVE|fact|Winchester Herald for rescuing}} last summer. Nightmares since. Priority: routine+."""),

    ("social_post", "quasi", None, """Someone I see at {{Oxford Public Radio|c141|EMPLOYER}} was on {{season 10 of MasterChef|c141|DISTINCTIVE|fact|season 10 of MasterChef}} and told me the pressure test was nothing compared to a live broadcast when the autocue dies. 😂 #resilience"""),

    ("team_note", "quasi", None, """Waitlist: {{session musician|c447|DISTINCTIVE|occupation}}, {{Mount Vernon|c447|ADDRESS|city}}, mum of two; son {{Austin|c447|RELATIVE}} recently diagnosed with ADHD and she wants support for herself, not parenting advice. Daytime sessions only."""),

    ("case_presentation", "quasi", None, """Case outline: identity after exposure

Client {{was a contestant on season 16 of The Voice|c107|DISTINCTIVE|fact|season 16 of The Voice}} and now {{hosts the Night Shift Runner podcast|c107|DISTINCTIVE|fact|Night Shift Runner podcast}}. Works as a photographer. Presenting: low mood since the podcast's downloads collapsed. Question: how to work with a client whose self-worth is tied to public metrics?"""),

    ("social_post", "quasi", None, """Influencer life is not all free coffee. A real estate agent I work with at {{Hill Architects|c024|EMPLOYER}} has a {{parrot called Sir Reginald|c024|DISTINCTIVE|fact|parrot named Sir Reginald}} with more followers than most politicians, and the DMs she gets are not all kind. 🦜"""),

    ("email", "quasi", None, """Hi Joe, consult request: older session musician, {{Midlife Mechanic podcast|c183|DISTINCTIVE|fact|Midlife Mechanic podcast}} host (sourdough, of all things), whose son {{George|c183|RELATIVE}} is pushing him into residential care. Strong grief and anger. Would you co-work the family session?"""),

    ("social_post", "benign", "public_figure", """Adele talking about her anxiety before every single show, even now, is the most helpful thing I can show a performer who thinks they're broken because they get nervous."""),

    ("social_post", "benign", "celebrity_namesake", """Still thinking about Will Smith at the Oscars as a case study in how shame and anger feed each other. Not excusing it — just understanding it."""),

    ("social_post", "benign", "nonclient_namesake", """Gig tonight with my own band! My bandmate George Whitby on keys is a better therapist than I am when it comes to calming pre-show nerves. 🎹"""),

    ("social_post", "benign", "name_as_word", """My guitar skills are rusty, my voice is worse, but the staff open-mic night was the most fun we've had as a team all year. Chuck the perfectionism, keep the joy."""),

    ("social_post", "benign", "single_quasi", """A client who plays bass in the local band the Rusty Tigers told me the secret to a good rhythm section is listening more than you play. Basically therapy."""),

    ("case_presentation", "benign", "deidentified_case", """Composite vignette (musicians' health network): a session musician in their forties develops a tremor in the right hand before studio dates. Medical work-up is clear. The client fears the end of their career. Discuss exposure-based approaches and collaboration with a performance coach."""),

    ("social_post", "benign", "nonclient_person", """Loved chatting with @PixelPaloma and @RetroRaj on their stream about gaming and mental health. Streamers get all the pressure of TV with none of the support staff."""),

    ("social_post", "benign", "public_figure", """Kelly Clarkson saying on her show that therapy saved her career — playing that clip for every musician who walks through my door."""),

    ("social_post", "benign", "weak_attribute", """A singer in her sixties told me she got her first paid gig at sixty-one. It's never too late to do the thing."""),

    ("team_note", "benign", "therapy_life", """Reminder: the Musicians' Benevolent Fund training is on the 14th. Ms Olamide Akande from the Fund will cover their hardship grants and how to refer. Please read the pre-reading on performance anxiety beforehand."""),

    ("social_post", "benign", "nonclient_person", """Big thanks to Marcus "Big Mac" O'Leary for having me on the Off the Record podcast — first time I've ever talked about musicians' mental health with a former punk drummer. 🤘"""),
]
