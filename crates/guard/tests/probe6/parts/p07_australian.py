# Voice: an Australian clinical psychologist in private practice (Bronwyn Tully):
# Mental Health Treatment Plan reports to GPs, Better Access admin, supervision, a bit of
# slang; dates day/month/year.
DOCS = [
    # ---------------------------------------------------------------- benign
    ("email", "benign", "therapy_life", """Subject: Better Access -- session numbers from 1 Jan

Hi all,

Quick heads-up for referring GPs, since I've had a few calls this week. Under the current Better Access arrangements, clients on a Mental Health Treatment Plan are eligible for up to ten individual Medicare-rebated sessions per calendar year, with a GP review after the first six. If your patient started with me late last year, their count resets on 1 January, but they'll still need the review after session six of the new block.

If in doubt, ring the rooms and Tegan will check the numbers for you. Saves everyone a bill they weren't expecting.

Cheers,
Bronwyn Tully
Clinical Psychologist"""),

    ("case_presentation", "benign", "deidentified_case", """Peer consult -- a bloke who "doesn't do feelings" (details changed)

Client is a man in his fifties, works in the building trades, referred by his GP on a MHTP after his wife threatened to leave. He told me in session one that he was "only here to keep the missus happy" and then talked for fifty minutes straight about his father.

What I've got so far: a dad who drank and went quiet, never hit anyone but "you didn't want to be in the room". Client drinks most nights, "not heaps". Works six days. Doesn't sleep much. Denies suicidal thoughts; his GP isn't convinced.

Where I'm stuck: he comes every fortnight, on time, and tells me it's all "a load of rubbish". I reckon the relationship is the treatment at this point, but I'd love some other eyes on it."""),

    ("social_post", "benign", "weak_attribute", """Psych in Kingston here -- I've got two openings on Thursday arvos from next month. Bulk-billing for concession card holders. If your GP's been trying to find someone for you, give the rooms a ring. 🌿 #mentalhealth #psychology"""),

    ("email", "benign", "nonclient_person", """Subject: Supervision Thursday

G'day Hamish,

Still on for Thursday at 2? I want to bring two things: the ethics of doing telehealth with a client who's driving (I said no, then second-guessed myself), and a general chat about my caseload mix -- it's getting very heavy on trauma and I'm feeling it.

Lunch on me if you're at the rooms.

Bron"""),

    ("team_note", "benign", "public_figure", """Notes from the headspace webinar (Patrick McGorry on early intervention in youth mental health). Key stat he quoted: 75% of mental illness starts before 25. Good bit on stepped care. Tegan, can we put the recording link in the shared folder for the new provisional psychs?"""),

    ("email", "benign", "name_as_word", """Subject: Re: car park

Hi Tegan,

Frankly I don't mind where I park, but can we please mark the two spots near the ramp as "clients only"? Had a client with a walking frame having to go all the way around the block yesterday, which is a bit rich given we've got six spaces.

Ta,
Bron"""),

    ("team_note", "benign", "single_quasi", """Waitlist note: new referral is a nurse at Franklin Medical Center, shift work, wants telehealth. Offered Weds 7:30am. GP letter to come."""),

    ("social_post", "benign", "therapy_life", """Things I've said in session this week:
- "Yeah, nah, that's not your fault."
- "Let's park that and come back to it."
- "Righto, what would you say to a mate who told you that?"
Aussie CBT hits different. 🦘 #psychologist"""),

    ("email", "benign", "nonclient_namesake", """Subject: Away next week

Hi Lachlan,

Just letting you know I'm away from the 14th to the 18th -- my sister Claire's having her first bub and I've promised to help. Dr Coates is covering urgent GP queries for me. Back on the 21st.

Cheers,
Bronwyn"""),

    ("case_presentation", "benign", "deidentified_case", """REPORT TO REFERRING GP -- template example for provisional psychologists (fictional client)

Re: Client X, aged 34

Dear Dr [name],

Thank you for referring Client X under a Mental Health Treatment Plan. I have now seen them for six sessions.

Presenting concerns: panic attacks (around 3 per week at referral), avoidance of public transport and supermarkets.
Assessment: DASS-21 at intake -- Depression 8 (normal), Anxiety 22 (extremely severe), Stress 20 (moderate).
Intervention: psychoeducation; interoceptive exposure; graded in-vivo exposure (bus trips, supermarket visits).
Progress: panic attacks reduced to around 1 per fortnight; now catching the bus to work. DASS-21 Anxiety 10 (moderate).
Recommendation: four further sessions to consolidate gains and plan for relapse prevention.

Kind regards,
[Psychologist]"""),

    ("team_note", "benign", "weak_attribute", """Phone triage, Mon -- caller is a roofer, early 20s, drug and alcohol stuff, wants someone "who won't lecture". Referred to the AOD service and gave him our number for when he's ready."""),

    ("email", "benign", "public_figure", """Subject: book rec for the waiting room

Hi Tegan,

Can we order a couple of copies of Russ Harris's "The Happiness Trap" for the waiting room? Clients keep asking to borrow mine and I never get it back. Also one of the Brené Brown ones if the budget stretches.

Ta,
Bron"""),

    # ---------------------------------------------------------------- direct
    ("email", "direct", None, """Subject: MHTP report -- {{Angie|c063|NICKNAME}}

Dear Dr Mackay,

Thank you for referring {{Angie|c063|NICKNAME}} under a Mental Health Treatment Plan. I've now seen her for six sessions and I'm writing with an update ahead of your review.

Presenting concerns: generalised anxiety, poor sleep and increasing irritability since her daughter, {{Melissa|c063|RELATIVE}}, moved interstate. {{Angie|c063|NICKNAME}} describes herself as "a worrier from way back", but says the last six months have been "next level".

Progress: we've focused on worry postponement and on rebuilding the things that used to keep her well. One of those is {{coaching the under-12 girls' soccer side, the Oxford Otters|c063|DISTINCTIVE|fact|Oxford Otters under-12 soccer}}, which she'd dropped. She's back at training and reckons it's the best two hours of her week. GAD-7 down from 17 to 10.

Recommendation: four further sessions to consolidate. She's keen.

Kind regards,
Bronwyn Tully
Clinical Psychologist"""),

    ("team_note", "direct", None, """Session notes -- {{Ike|c202|NICKNAME}}, session 4

Came straight from the early shift at the {{Grand Franklin Hotel|c202|EMPLOYER}}, still in his apron. Talked about the audition -- he {{plays viola with the Manchester Symphony|c202|DISTINCTIVE|fact|viola in the Manchester Symphony}} and has a shot at principal. Anxiety about it is mostly "what if I get it". Interesting. Daughter {{Nicole|c202|RELATIVE}} is the one pushing him to go for it.

Next: imagery rehearsal; look at the fear of success bit."""),

    ("team_note", "direct", None, """supervision reflection (for Hamish) --

I think I over-identified with {{Al|c166|NICKNAME}} this week. He's a {{nurse|c166|DISTINCTIVE|occupation}} in {{Stillwater|c166|ADDRESS|city}}, same age as my brother, same dry humour, and when he talked about his dad ({{Tommy|c166|RELATIVE}}) going into care I felt my own stuff come up. I went quiet for too long and then over-talked. He didn't seem to notice, but I did. Want to talk about it on Thursday."""),

    ("email", "direct", None, """Subject: Re: booking for {{Lou|c232|NICKNAME}}

Hi Tegan,

Can you move {{Lou Gregory|c232|NICKNAME|nickname_full}} to the 7am slot on Fridays? He's a {{line cook|c232|DISTINCTIVE|occupation}} and has just been put on the dinner service, so afternoons are out. If his brother {{George|c232|RELATIVE}} rings on his behalf again, that's fine -- there's a consent form on file.

Ta,
Bron"""),

    ("case_presentation", "direct", None, """Peer consult -- perfectionism and public failure

{{Mark Browning|c058|FULL_NAME}}, 34, a {{plumber|c058|DISTINCTIVE|occupation}} in {{Jackson|c058|ADDRESS|city}}, referred by his GP for depression. A few years back he {{got onto the telly as a contestant in season five of The Great Home Bake-Off|c058|DISTINCTIVE|fact|season 5 of The Great Home Bake-Off}}, went out in week two over a collapsed pavlova, and the clip still does the rounds. He's genuinely funny about it -- and then says he thinks about it every day.

His partner, {{George|c058|RELATIVE}}, came to session 3 and said {{Mark|c058|GIVEN_NAME}} hasn't baked since.

I'd like a hand with the formulation. Mark my words, there's more to this than a pavlova."""),

    ("email", "direct", None, """Subject: Referral to Dr Coates -- {{John Dunn|c241|FULL_NAME}}

Dear Dr Coates,

Re: {{John Dunn|c241|FULL_NAME}}, DOB {{29/9/84|c241|DOB}}

I'd be grateful if you could see {{John|c241|GIVEN_NAME}} for a medication review. He's an {{HR manager|c241|DISTINCTIVE|occupation}} in {{Newport|c241|ADDRESS|city}} who's been managing a round of redundancies at work while his own mood has been sliding. His partner, {{Robert|c241|RELATIVE}}, is supportive and has offered to drive him to the appointment.

He's engaged well with therapy but I think he's reached the point where we need more than talking.

Kind regards,
Bronwyn Tully"""),

    ("team_note", "direct", None, """Admin -- Medicare rejected the claim for {{Kelsey Mcgrath|c292|FULL_NAME}} because her DOB was entered as 28/02. It's {{29/02/1992|c292|DOB}} -- leap-year baby. Tegan, can you resubmit? And maybe add a note so it doesn't happen again in four years."""),

    ("email", "direct", None, """Subject: Home visit -- Thursday

Hi Tegan,

I'm doing a home visit on Thursday morning to see {{Claire Ryan|c098|FULL_NAME}} at {{8466 Beacon Way, Ashland|c098|ADDRESS|street}}. She's had a rough week and can't get out with the baby. Her older boy, {{Andre|c098|RELATIVE}}, will be at school. I'll text you when I arrive and when I leave, as per the lone-worker policy.

Bron"""),

    ("case_presentation", "direct", None, """Peer group -- trauma in first responders

{{Frank Clark|c236|FULL_NAME}}, 57, {{paramedic|c236|DISTINCTIVE|occupation}} in {{Mount Vernon|c236|ADDRESS|city}} for thirty years. Frankly, he's the most psychologically minded {{paramedic|c236|DISTINCTIVE|occupation}} I've ever worked with -- which he puts down to his partner {{Kyle|c236|RELATIVE}}, "who made me go to therapy the first time". Presenting with nightmares after a multi-vehicle crash.

{{Frank|c236|GIVEN_NAME}} wants to keep working. Question: how do we do trauma-focused work while he's still exposed every shift?"""),

    ("team_note", "direct", "multi_client", """Room bookings, next week -- Tegan, please block the big room for:

Mon 9am -- {{Claire Ryan|c098|FULL_NAME}} (with bub, needs the pram space)
Wed 4pm -- {{John Dunn|c241|FULL_NAME}} and partner (joint session)

Everything else can go in room 2."""),

    # ---------------------------------------------------------------- quasi
    ("case_presentation", "quasi", None, """Peer consult -- older man, retirement that isn't

Bloke in his late seventies, still working part-time as a {{bank teller|c042|DISTINCTIVE|occupation}} in {{Madison|c042|ADDRESS|city}} and also {{owns the old hardware store on Smith Way|c042|DISTINCTIVE|fact|hardware store on Smith Way}}, which his wife wants him to sell. Referred for low mood. He says if he stops working he'll "just cark it". We're doing values work. Any thoughts on involving his wife?"""),

    ("team_note", "quasi", None, """New client intake (for Hamish) -- young woman, 23, on the tools at {{Wood & Sons Plumbing|c284|EMPLOYER}}. Spends every weekend at dog trials; {{she breeds Border collies out at Centerville and they've won a fair bit|c284|DISTINCTIVE|fact|Border collies in Centerville}}. Presenting: panic attacks on roofs. Says the dogs are the only thing that calms her down."""),

    ("email", "quasi", None, """Subject: Referral to a colleague

Hi Hamish,

Would you have room for an older gentleman, a partner at {{Mora & Lawson|c136|EMPLOYER}}, referred for adjustment problems after a health scare? His wife {{Monica|c136|RELATIVE}} made the appointment and will probably ring you first. I know him socially, so I can't see him myself.

Cheers,
Bron"""),

    ("team_note", "quasi", None, """MHTP intake -- works the bar at {{Mount Vernon Bowling Lanes|c078|EMPLOYER}}, mid-fifties, referred after a road rage incident. Wife {{Mei|c078|RELATIVE}} attended session one. Anger, poor sleep, drinking after late shifts. Plan: 6 sessions, review."""),

    ("email", "quasi", None, """Subject: Uni student -- exam stress

Hi Tegan,

Can you book a uni student for three sessions in the next fortnight? She's at {{University of Arlington|c228|SCHOOL}}, and on top of her course she {{breeds show Shiba Inus down in Franklin|c228|DISTINCTIVE|fact|Shiba Inus in Franklin}}. Stress through the roof with exams and a litter due the same week. She's on the student MHTP, so no gap fee.

Bron"""),

    ("team_note", "quasi", None, """Referral (GP): woman in her seventies, {{care assistant|c057|DISTINCTIVE|occupation}} in {{Bristol|c057|ADDRESS|city}}, does admin two days a week at {{Taylor Dental Group|c057|EMPLOYER}}. Grief after her sister's husband died. Very independent. Prefers face-to-face."""),
]
