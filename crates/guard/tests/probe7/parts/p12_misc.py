# Voice: the rest of the week's traffic -- out-of-hours forwarding, home-visit and taxi
# notes, team-meeting notes, the practice newsletter, clinicians' posts about public
# figures, and anonymised allocation notes written by Olusegun Adebayo (family therapist)
# and Imogen Farrant, some of which say more than they mean to.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("team_note", "direct", None, """Taxi booked for Thurs: collect from {{9637 Jordan Terrace, Eastport|c205|ADDRESS|street}} at 8.15, drop at the practice, return at 10. Account charge. She can't drive at the moment. K"""),

    ("team_note", "direct", None, """Home visit Thursday 2pm - {{6418 Station Terrace, Stillwater|c226|ADDRESS|street}}, ground-floor flat at the back, ring twice. Olusegun + Imogen. Lone-working protocol applies, text the office when in and when out."""),

    ("team_note", "direct", None, """Out-of-hours message forwarded by the answering service, Sat 22:10: caller from {{+1 989 384 1145|c233|PHONE}} asked for Imogen to call back on Monday, "not urgent, just need to talk". Number matches a current client."""),

    # ---------------------------------------------------------------- benign
    ("social_post", "benign", "public_figure", """Simone Biles withdrawing at the Olympics was the moment a lot of my clients first heard an elite athlete say "my mental health comes first" out loud. Three years on, teenagers still bring it up in sessions."""),

    ("social_post", "benign", "public_figure", """Dr Julie Smith's book is the one I recommend most to clients who want something practical between sessions. Short chapters, no jargon, and it doesn't pretend a worksheet can fix your life."""),

    ("social_post", "benign", "public_figure", """Finished Matthew Perry's memoir on the plane. Heartbreaking and funny, and the clearest description of the shame cycle in addiction I've read outside a textbook. Rest easy, Chandler."""),

    ("social_post", "benign", "public_figure", """Stephen Fry talking about cyclothymia years before anyone used the word on telly did more for my dad's generation than any leaflet. Still think about that documentary."""),

    ("team_note", "benign", "public_figure", """Team meeting notes: journal club this month is Linehan's original 1991 DBT trial and Beck's 1979 cognitive therapy of depression manual, chapter 1. Olusegun presenting. Bring biscuits."""),

    ("team_note", "benign", "weak_attribute", """Allocation: older man, retired, lives in Shelby, recently bereaved. Prefers a male therapist. Olusegun has space on Wednesdays."""),

    ("team_note", "benign", "weak_attribute", """Weird week: two HR managers, both about the same round of redundancies at different companies. Neither knows the other is coming here and I'd like to keep it that way -- can we avoid booking them back-to-back in the waiting room?"""),

    ("team_note", "benign", "weak_attribute", """Allocation: 15-year-old, school refusal since January, parents separating. Family work first, then individual if needed. Olusegun to assess."""),

    ("team_note", "benign", "single_quasi", """Allocation: woman in her sixties who breeds champion Samoyeds in Brookfield -- she's worried about what happens to the dogs if she gets ill again. Anxiety, some health worries. Imogen to assess."""),

    ("team_note", "benign", "single_quasi", """New referral: student at Madison College, second year, panic attacks before exams. College counselling service has a six-week wait. Callum to offer an assessment."""),

    ("team_note", "benign", "single_quasi", """Olusegun: the client whose husband is called Gary -- she'd like a joint session after all. Please offer her the Thursday 6pm and let me know."""),

    ("email", "benign", "deidentified_case", """Subject: case for Thursday (anonymised)

Family of four: parents in their forties, two children (9 and 13). Referred by the school after the older child disclosed self-harm. Parents disagree about how serious it is. Sessions so far have been mostly with the parents. I'd like the team's thoughts on when to bring the younger sibling in.

Olusegun"""),

    ("case_presentation", "benign", "deidentified_case", """Team formulation (identifiers removed)

Client A is a man in his fifties with a long history of recurrent depression. Triggers: loss of role (retirement, children leaving), winter. Maintaining factors: withdrawal, rumination, alcohol in the evenings. Protective: his dog, a longstanding friendship, a part-time volunteering role. Plan: behavioural activation, alcohol reduction, relapse signature with his GP."""),

    ("team_note", "benign", "therapy_life", """Newsletter draft: this season we're launching a free drop-in for carers on the first Tuesday of each month, a new evening group for men who've lost a partner, and (at last) a wheelchair-accessible room on the ground floor. Comments to Bernadette by Friday."""),

    ("team_note", "benign", "therapy_life", """Reminder: the new consent form must be signed before the first session, not at it. If someone arrives without it, give them ten minutes in the waiting room with a clipboard. No exceptions, the insurers are checking."""),

    ("email", "benign", "nonclient_person", """Subject: interpreter booking

Hi Kelsey,

Please book the Polish interpreter (Agnieszka Nowak, via LanguageLine) for Tuesday 10am and Thursday 10am for the next four weeks. Face to face, not phone. She's worked with us before.

Imogen"""),

    # ---------------------------------------------------------------- quasi
    ("team_note", "quasi", None, """Allocation: data person at {{Vector Systems|c073|EMPLOYER}}, mid-thirties; wife {{Blanka|c073|RELATIVE}} made the referral and wants a joint session. Anxiety about job security. Imogen."""),

    ("team_note", "quasi", None, """Note for Callum: new client's wife is {{Thea|c095|RELATIVE}} -- she'll be the contact for appointments. He's taking an evening course at {{Lancaster Community College|c095|SCHOOL}} and can only do daytimes. Works in a warehouse."""),

    ("team_note", "quasi", None, """Allocation (Olusegun): Polish-speaking father, daughter {{Dagmara|c134|RELATIVE}} translating on the phone. He {{stood for mayor of Winchester back in 2008|c134|DISTINCTIVE|fact|mayor of Winchester in 2008}} and "lost everything" after -- her words. Depression, possibly long-standing."""),

    ("email", "quasi", None, """Subject: scheduling conflict

Imogen -- your Tuesday 7pm is a musician who {{plays harp in the Mount Vernon Symphony|c141|DISTINCTIVE|fact|harp in the Mount Vernon Symphony}} and has a concert series in April. She also works at the {{Eastport Public Library|c141|EMPLOYER}} and can't take time off in the day. Any chance of a 7.30?

Kelsey"""),

    ("team_note", "quasi", None, """New referral: student at {{Eastport State University|c038|SCHOOL}}, {{plays cello in the Troy Symphony Orchestra|c038|DISTINCTIVE|fact|cello in the Troy Symphony}}, performance anxiety before auditions. Her father {{George|c038|RELATIVE}} is paying. Callum."""),

    ("team_note", "quasi", None, """Allocation: roofer with {{Oneill Construction|c059|EMPLOYER}}, doing a night course at {{Lancaster Community College|c059|SCHOOL}}, referred after a fall from scaffolding. Her daughter {{Denise|c059|RELATIVE}} is the emergency contact. Trauma screen positive."""),

    ("team_note", "quasi", None, """New one for Siobhán: {{warehouse associate|c072|DISTINCTIVE|occupation}} in {{Glendale|c072|ADDRESS|city}}; his wife {{Alyssa|c072|RELATIVE}} called on his behalf. Long hours, irritability, drinking. Evenings only."""),
]
