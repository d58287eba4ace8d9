# Part 9: veterans and reservists (ranks), clergy (never clients here), journalists and
# influencers. Veterans' group notes, chaplaincy liaison, newsroom correspondence.
DOCS = [
    ("team_note", "direct", None, """Veterans' evening group — notes
Sgt {{Sidorczuk|c421|FAMILY_NAME}} (Army Reserve, roofer by day) spoke about the convoy in 2011 for the first time. Group held it well. Padre Collins, who co-facilitates, will check in with him by phone tomorrow; I'll see him individually Friday as planned."""),

    ("email", "direct", None, """Objet : suivi

Chère collègue,

Le capitaine {{Lecoq|c384|FAMILY_NAME}} — ancien de la Légion, aujourd'hui hygiéniste dentaire — souhaite poursuivre ses séances en anglais avec vous après son déménagement. Son mari {{Timothée|c384|RELATIVE}} l'accompagnera à la première séance. Merci de me confirmer votre disponibilité.

Bien cordialement,
Dr Aurélie Vasseur"""),

    ("social_post", "direct", None, """{{Benjy|c475|NICKNAME}} — Navy reservist, electrician, dad, and as of today someone who can say "I have PTSD" out loud without whispering. Huge day. ⚓️ #veteranswellbeing"""),

    ("team_note", "direct", None, """Mr {{Oliva|c203|FAMILY_NAME}} (Marine Corps veteran, delivery driver) was late again — route ran over. He was on {{Jeopardy! in season 6|c203|DISTINCTIVE|fact|season 6 of Jeopardy}} and still gets recognised at the depot, which he hates. Next session: the shame work."""),

    ("team_note", "direct", None, """{{June|c148|GIVEN_NAME}} cancelled again — deadline at the paper. That's three in June. I'll gently raise the pattern next time; she says the newsroom is the only place she doesn't feel anxious, which is interesting in itself."""),

    ("email", "direct", None, """Hi Shauna,

{{Vincent Powell|c161|FULL_NAME}} (the columnist) called — he's asked us to use his mobile, {{(646) 280-8521|c161|PHONE}}, and never the newsroom switchboard. Please update his record and the reminder settings.

Thanks,
Paul"""),

    ("email", "direct", None, """Hey team — {{Kay|c086|NICKNAME}} from the radio station wants her receipts at {{kaylabyrd12@hotmail.com|c086|EMAIL}}, not the station address. Also she mentioned her wife {{Amanda|c086|RELATIVE}} may call to book a joint session. Thanks! — D"""),

    ("case_presentation", "direct", None, """Case presentation: parasocial intrusion

Client: {{May House|c048|FULL_NAME}}, born {{8 December 1985|c048|DOB}}, medical receptionist whose {{pig Professor Snuggles went viral|c048|DISTINCTIVE|fact|pig named Professor Snuggles}}. Since then strangers have turned up at her workplace. Presenting problems: hypervigilance, reduced appetite, withdrawal from her son."""),

    ("team_note", "direct", None, """Danish-speaking referral: {{Zenia Kjaer|c425|MISSPELLED_NAME}} (journalist, freelance) — please note the correct spelling is with æ, the referral letter got it wrong. She'd like sessions in Danish if Mette has capacity."""),

    ("email", "direct", None, """{{Joanna|c371|GIVEN_NAME}},

I've sent the letter for your editor by post to {{1278 Perry Way|c371|ADDRESS|street}}. It says only that you've been unwell and are under my care — nothing about the story you were covering. Let me know when it arrives.

Warmly,
Ruth"""),

    ("team_note", "direct", None, """Veterans' clinic, Tuesday
09:00 Corporal {{Ann Gomez|c395|FULL_NAME}} (Army, two tours) — sleep diary review
10:00 Sgt {{Sidorczuk|c421|FAMILY_NAME}} — individual, post-group
11:00 open
Chaplain's office has the spare keys if room 4 is locked."""),

    ("social_post", "quasi", None, """A reporter I see at the {{Mount Vernon Herald|c262|EMPLOYER}} once cooked on {{season 17 of MasterChef|c262|DISTINCTIVE|fact|season 17 of MasterChef}} and says deadlines still feel like the last ten minutes of an invention test. 🍳📰"""),

    ("team_note", "quasi", None, """Allocation: journalist at the {{Lexington Herald|c371|EMPLOYER}}, covering the court beat; her son {{Gregory|c371|RELATIVE}} was assaulted last month and she's now reporting on the trial of the man accused. Complex. Senior clinician please."""),

    ("case_presentation", "quasi", None, """Dual-role case (discussion only)

A {{journalist|c161|DISTINCTIVE|occupation}} in {{Eastport|c161|ADDRESS|city}} who once {{ran for mayor of Greenville|c161|DISTINCTIVE|fact|mayor of Greenville in 2017}} and now covers local politics. Presents with rumination about fairness and guilt about past campaign promises."""),

    ("email", "quasi", None, """Hi Fran — consult? Journalist at {{Hale Creative|c148|EMPLOYER}} who {{sings lead in the Midnight Pilots|c148|DISTINCTIVE|fact|Midnight Pilots}} on weekends. She's been offered a big investigative job and is terrified the band is the only thing keeping her sane. Thoughts on pacing?"""),

    ("social_post", "quasi", None, """Internet fame is strange. A client who works at {{Mitchell Foods|c036|EMPLOYER}} has a {{llama called Gravy|c036|DISTINCTIVE|fact|llama named Gravy}} with half a million followers, and she's now scared to leave the house because people want photos with the llama. 🦙"""),

    ("team_note", "quasi", None, """Triage: carpenter at {{Madison Shipyard|c072|EMPLOYER}}, ex-Army; his {{alpaca Dumpling|c072|DISTINCTIVE|fact|alpaca named Dumpling}} went viral and the attention triggered old hypervigilance. Wants a therapist with military experience."""),

    ("social_post", "benign", "nonclient_person", """Grateful to Father Byrne and the parish bereavement group for letting me join their meeting last night. Some of the wisest grief work I've seen happens in church halls over tea."""),

    ("social_post", "benign", "nonclient_person", """Our interfaith panel on spiritual care and trauma: Rabbi Miriam Kaplan, Imam Yusuf Abdullahi, Reverend Tunde Bakare and Sister Agnes Mulvihill. Four traditions, one shared message — nobody should carry this alone. 🕊️"""),

    ("email", "benign", "nonclient_namesake", """Dear colleagues,

Lt. Col. Andrew Fisher (retd), chair of the regimental veterans' charity, has offered to fund six places on our trauma group for ex-service personnel this autumn. He'll visit on the 22nd with the charity's welfare officer, Warrant Officer Sandra Kaye, and their trustee, Major Ifeoma Eze, to see the space and talk through referrals.

A few points before they come:

- They have asked that referrals come through the charity's own welfare team, not from the regiment, so that nobody's chain of command knows who is attending. I've agreed; please don't suggest otherwise if asked.
- They will not be told who takes up the places. The charity receives only numbers, completion rates, and the anonymised outcome measures we already collect.
- Padre Owen Rees, who runs the chaplaincy drop-in at the barracks, may come too. He has offered to co-facilitate a session on moral injury, which I think is a good idea, but I'd like the team's view first.

Please keep the waiting area tidy on the day, and please make sure the noticeboard doesn't show any appointment lists.

Best,
Harriet"""),

    ("social_post", "benign", "nonclient_namesake", """The Reverend Grace Hunter gave the most beautiful address at the first responders' memorial service today. I'm still thinking about her line: "grief is love with nowhere to go"."""),

    ("social_post", "benign", "public_figure", """Archbishop Desmond Tutu on forgiveness is still the best thing I can hand a veteran struggling with moral injury. "Forgiving is not forgetting.\""""),

    ("social_post", "benign", "public_figure", """Reading General Stanley McChrystal on leadership and I keep thinking every senior officer should also read something about psychological safety. Different books, same problem."""),

    ("social_post", "benign", "name_as_word", """June goals: may I remember that grace is not earned, that faith in the process is allowed, and that hope is a discipline. Also: drink water."""),

    ("social_post", "benign", "single_quasi", """Chatted to a journalist at the Mount Vernon Herald about a piece on therapy waiting lists. Glad someone's covering it."""),

    ("social_post", "benign", "weak_attribute", """A veteran in his seventies told me he'd waited fifty years to talk about Vietnam. Fifty years. Please don't wait that long."""),

    ("case_presentation", "benign", "deidentified_case", """Composite teaching case: a former infantry sergeant, now a civilian tradesperson, experiences intrusive guilt about a decision made under fire. Explore the distinction between PTSD and moral injury, and the role of chaplaincy alongside therapy. No details refer to a real person."""),

    ("email", "benign", "nonclient_person", """Hi there,

I'm Tom Abernathy, health reporter at the Courier. I'm writing a piece on therapy for first responders and wondered if someone at your practice would talk to me, on background, about the general picture. No client information needed, obviously.

Thanks,
Tom"""),

    ("social_post", "benign", "therapy_life", """Remembrance Sunday. Thinking of every veteran who has sat in my office and said "other people had it worse". Your pain counts too. 🌺"""),
]
