# Voice: a hurried trainee counsellor on placement. Supervision prep, process
# recordings, late-night e-mails to the supervisor (Dr Fenella Okafor), half-done
# anonymisation ("client C." and then the nickname in the margin).
DOCS = [
    # ---------------------------------------------------------------- benign
    ("team_note", "benign", "deidentified_case", """supervision prep, tues -- 3 things

(a) Client A, woman in her late 40s, office job, referred by GP for low mood after a redundancy. PHQ-9 went 19 -> 14 over six sessions. I think I'm rushing to the cognitive stuff before she trusts me?? want to talk about pacing.
(b) the 'rescuer' thing Dr Okafor flagged last time. caught myself offering to ring a housing officer on a client's behalf. didn't, but wanted to, which is the point.
(c) can we do 10 mins on ending well? first planned ending is next month and I'm weirdly nervous about it."""),

    ("email", "benign", "public_figure", """Subject: readings before Thursday

Hi Fenella,

Sorry this is late -- placement ran over again. I got through the Yalom chapter on the here-and-now and about half of the Linehan skills manual intro. Question: when Linehan talks about "dialectical dilemmas", is that something I should be naming to clients directly, or is it more of a map for me? Also, is the Beck Depression Inventory still what we use at intake, or did the service switch everything over to the PHQ-9 and GAD-7 last year? I've seen both in the files and I don't want to be the one who gets it wrong at audit.

I also started the van der Kolk book you mentioned. I know it's divisive. I'll come with opinions.

Thanks, and sorry again for the 11pm email,
Tobias"""),

    ("team_note", "benign", "weak_attribute", """intake call 2:40 -- prospective client is a nurse, works nights, wants a Saturday slot. told her we don't do weekends yet; put on waitlist w/ note to call back if the Sat pilot goes ahead. she sounded flat but not at risk, screened for SI (denied)."""),

    ("email", "benign", "single_quasi", """Subject: quick q re EAP cap

Hi Dr O,

Quick one, no rush. One of my new referrals works at Oxford Shipyard and says the EAP there stops funding after six sessions. Is that normal? Do we just plan for six and review, or is it worth asking the employer for an extension up front? I don't want to start trauma work and then have to stop at session six.

Tobias"""),

    ("team_note", "benign", "name_as_word", """reflective log, wk 11

Being frank with myself: the silence in session still scares me. I fill it. Dr Okafor says the art is in letting it sit for three breaths longer than feels polite. Will try that with my Wednesday client. Also note to self -- stop saying "does that make sense?" every two minutes. Miles better than week 2 though. Honestly a rich week for learning, even if it didn't feel like it at 8pm on the bus."""),

    ("case_presentation", "benign", "deidentified_case", """CASE PRESENTATION -- TRAINEE SEMINAR (anonymised)

Client D is a man in his early sixties who has worked in a skilled trade all his life. He was referred by his GP after two episodes of chest pain for which no cardiac cause was found. He describes "going to pieces" in supermarkets and now sends his adult son to do the shopping.

Background: grew up in a household where illness was not talked about. Father died suddenly when D was fourteen. Married, two adult children, one grandchild he is "mad about".

Formulation (draft!): health anxiety maintained by reassurance seeking (GP visits roughly monthly, checking his pulse many times a day) and avoidance. Catastrophic misinterpretation of bodily sensations -- palpitations read as an imminent heart attack.

What I've done so far: psychoeducation, a vicious-flower diagram, and a first behavioural experiment (climbing stairs at the clinic and noticing what happens to his heart rate).

What I want help with: he agrees with everything in the room and then does none of the homework. I'm not sure whether that's avoidance, politeness, or me setting tasks that are too big."""),

    ("email", "benign", "nonclient_person", """Subject: timesheets + Friday

Hi Priyanka,

Attaching my placement timesheets for October. The hours for the 14th look odd because the group ran over and I stayed for the debrief -- Dr Okafor has signed the sheet.

Also, heads up that I'll need this Friday afternoon off. My sister Imogen is getting married on Saturday in another state and we fly out at 4. I've moved my two Friday clients to Monday already.

Thanks so much,
Tobias"""),

    ("team_note", "benign", "single_quasi", """random but -- one of mine breeds show Corgis and brought in photos today. it turned into the best conversation about perfectionism we've had in eight weeks ("the judges see everything"). note for supervision: use the things clients love as a way in, not as small talk to get through."""),

    ("email", "benign", "therapy_life", """Subject: recording consent form -- I messed up

Hi Fenella,

I need to confess something before Thursday. I recorded yesterday's session for supervision but realised afterwards I'd given the client the OLD consent form (the one without the paragraph on how long recordings are kept). I haven't listened to it yet and haven't uploaded it anywhere. What do I do -- delete it, or re-consent at the next session and keep it? I'd rather ask than guess.

Mortified,
Tobias"""),

    ("team_note", "benign", "public_figure", """notes from the vulnerability talk (Brené Brown) we watched in seminar. main thing I took: shame needs secrecy, silence and judgement to grow. thinking about how that maps onto the two clients who won't do written homework -- maybe writing it down feels like evidence. bring to group supervision?"""),

    ("email", "benign", "nonclient_person", """Subject: GP letter template

Dear Dr Adeyemi,

Thank you for taking my call this morning. As discussed, I've attached the template we use for end-of-treatment letters to referring GPs, so you can tell me whether the outcome-measure table is actually useful at your end or just noise. No client information is attached -- it's the blank version.

Kind regards,
Tobias Lindqvist
Trainee Counsellor (supervised by Dr F. Okafor)"""),

    ("team_note", "benign", "weak_attribute", """waitlist is mostly Lexington people this month -- maybe worth asking if the Lexington library would let us run the anxiety workshop there? cheaper than the hall."""),

    # ---------------------------------------------------------------- direct
    ("team_note", "direct", None, """supervision notes -- wk 14 (for Dr Okafor, sorry these are rough)

1) client 1 (mid-30s, F). Still stuck on the same loop about her partner. I tried to keep this anonymised in the process recording but honestly I keep writing {{Cass|c001|NICKNAME}} in the margins, so please shred p.3 after. She says {{Kayla|c001|RELATIVE}} "doesn't get" why she can't switch off after the late shifts, and then they fight about the phone at dinner. I think there's a whole attachment thing underneath it that I'm not touching.

2) client 2 (20s, M) -- no change, still ambivalent about coming. Hold.

3) me: tired. Behind on notes by about 4 sessions. I know."""),

    ("email", "direct", None, """Subject: process recording -- sorry, names!

Hi Fenella,

Attached is the process recording for Thursday. I went through and replaced his name with {{M.P.|c124|INITIALS}} throughout, but I realised after sending that I left in the bit where he talks about {{the tattoo place he owns on Birch Place|c124|DISTINCTIVE|fact|tattoo studio on Birch Place}} -- he mentions it every session because it's basically his whole identity right now, and the business going under is half of why he's here.

Could you delete the version I sent at 9:14 and use this one instead? I've also taken out the part where he names his brother. Lesson learned: de-identify BEFORE writing up, not after.

Thanks,
Tobias"""),

    ("team_note", "direct", None, """note to self re {{Saige Ross|c213|MISSPELLED_NAME}} (sp? check the file) -- fourth late cancellation in six weeks. Each time a text at 8:50 for a 9:00. Admin want to invoke the cancellation policy. I'd rather name it in session first: what is it like to come here? Bring to supervision Tues before anyone sends a letter."""),

    ("email", "direct", None, """Subject: contact preferences -- new client

Hi Priyanka,

Could you update the contact preferences for {{Cole|c181|GIVEN_NAME}} on the system? He asked that we only ever text, never call, and never leave a voicemail -- he shares a flat and isn't out to everyone about being in therapy. The number he gave me is {{775 680 and then 5750|c181|PHONE}} (he said it in two halves over the phone so I want to double-check it against the intake form).

Also can the reminder texts just say "appointment Tuesday 4pm" and nothing about counselling? Thanks!

Tobias"""),

    ("case_presentation", "direct", None, """Trainee case presentation -- draft 2

Client: {{D.E.|c252|INITIALS}}, DOB {{22-May-2007|c252|DOB}}, self-referred in first year of university.

Presenting issue: performance anxiety. He is a serious musician -- {{plays bassoon with the Franklin Symphony|c252|DISTINCTIVE|fact|bassoon in the Franklin Symphony}} as the youngest member of the section -- and has started having panic symptoms before concerts (tremor, dry mouth, a sense that his hands "belong to someone else"). He has begun skipping rehearsals, which is now affecting his place.

History: no previous contact with services. Describes a "nice but intense" household. Lives in student halls.

Work so far: four sessions. Psychoeducation about the arousal curve; a hierarchy from playing alone, to playing for me (!), to a sectional rehearsal. He brought the instrument to session 3. That was a turning point.

Question for the group: how far do I go into the family stuff when the contract is explicitly about performance?"""),

    ("email", "direct", None, """Subject: Fwd: can we move Thursday?

Hi Fenella -- forwarding this because I don't know if I should reply from my own account or the service one. He found my work address on the placement website.

---------- Forwarded message ---------
From: {{justinvelez32@outlook.com|c162|EMAIL}}
Subject: can we move Thursday?

hey, sorry to email out of nowhere. {{Susan|c162|RELATIVE}} has a scan on Thursday and I want to go with her. is there anything friday? I know it's short notice.
- {{Justin|c162|GIVEN_NAME}}

----------

I haven't answered yet. Is it OK to offer Friday 10am?
Tobias"""),

    ("team_note", "direct", "multi_client", """caseload update for Dr O before my annual review

- {{Roger Lopez|c155|FULL_NAME}}: 9 sessions, GAD-7 down from 16 to 9. Discussed ending around session 12.
- Mr {{Rivers|c086|FAMILY_NAME}} (sorry, didn't anonymise this list, it's just for you): still on the fence about the medication review. Sleep better, mood the same.
- the two couples referrals: not started, waiting for a room with two chairs that aren't the broken ones.

I've got 9 active clients now, which is the placement max. Please don't let admin give me a tenth."""),

    ("team_note", "direct", None, """quick jot after session -- {{Sten|c229|GIVEN_NAME}} ({{session musician|c229|DISTINCTIVE|occupation}}, 27) came in with his guitar case and talked for 40 mins about the tour falling through. I noticed I was enjoying the stories a bit too much. Did not get to the drinking at all. Next time: agenda at the START."""),

    ("email", "direct", None, """Subject: messages for me?

Hi Priyanka,

Hope the front desk isn't too wild today. Did {{Ann|c099|NICKNAME}} ring again? She told me in session she'd called twice on Monday and nobody picked up, and she got really upset about it ("even the therapy place doesn't answer"). Her daughter {{Pamela|c099|RELATIVE}} drives her in, so if it's about transport could you try her too?

I'm in back-to-backs until 3 but will check my tray at lunch.

Thanks!
Tobias"""),

    ("case_presentation", "direct", None, """Case write-up for portfolio (DRAFT -- NOT ANONYMISED YET, DO NOT CIRCULATE)

"X" is a {{firefighter|c030|DISTINCTIVE|occupation}} in her sixties from {{Fairview|c030|ADDRESS|city}}, referred by occupational health after a fatal house fire in the spring. She has been back on active duty for two months and describes nightmares most nights and a constant scanning for the smell of smoke.

She lives with her partner, {{Krzysztof|c030|RELATIVE}}, who she says "wants the old me back" -- a phrase she repeated three times in our first session.

Session 5 was the first time {{Apolonia|c030|GIVEN_NAME}} let herself cry in the room. She apologised for it straight away. I said nothing for a while and then asked what she imagined I was thinking.

Plan: continue trauma-focused CBT; liaise with occ health about a phased return that isn't just nights."""),

    # ---------------------------------------------------------------- quasi
    ("team_note", "quasi", None, """reflective log -- the client who always arrives early

She's a {{warehouse associate|c003|DISTINCTIVE|occupation}} out in {{Kingston|c003|ADDRESS|city}}, on her feet all day, and still {{coaches an under-12 softball side (the Falcons, I think)|c003|DISTINCTIVE|fact|Kingston Falcons under-12 softball}} three evenings a week. I asked when she rests. She laughed like I'd told a joke.

Thinking about over-functioning as a way to not feel. Her grief about her marriage ending hasn't come into the room at all, and I'm wondering whether I'm colluding with that because she's easy to like."""),

    ("email", "quasi", None, """Subject: consult -- anger at work?

Hi Fenella,

Could I get 10 mins with you tomorrow? New client, a {{carpenter|c113|DISTINCTIVE|occupation}} living over in {{Riverside|c113|ADDRESS|city}}, referred after an incident on site where she threw a tool (nobody hurt). She was very clear she's "not an angry person" and that the only one who really knows her is her sister {{Lori|c113|RELATIVE}}, who made her come.

I don't want to go straight into anger-management worksheets if this is actually grief or trauma. How do you usually hold that first session?

Tobias"""),

    ("case_presentation", "quasi", None, """Group supervision -- case for discussion (anonymised as best I can)

Older man, late sixties, retired from warehouse work. Referred by his GP for low mood after a fall.

Family: married to {{Ryan|c050|RELATIVE}}, who is recovering from surgery himself. Their son {{Paul|c050|RELATIVE}} lives two hours away and phones every evening; the client says these calls are "an inspection".

What stands out: the client describes himself as "the one who copes". Since the fall he can't drive, can't do the garden, and feels like a burden on a husband who is also unwell. PHQ-9 is 17.

Question: is couples work a better fit than individual here?"""),

    ("team_note", "quasi", None, """intake summary (for allocation meeting)

Works in IT support at {{WareTech|c276|EMPLOYER}}. Spends the weekends on the dog-show circuit -- she {{breeds Vizslas and has won with them, based out of Manchester|c276|DISTINCTIVE|fact|Vizslas in Manchester}}. Presents with burnout and poor sleep; says the dogs are the only thing keeping her going. No risk concerns. Prefers a woman therapist, daytime."""),

    ("email", "quasi", None, """Subject: something a bit odd

Hi Fenella,

Not urgent, just want to flag it. My new Thursday client mentioned that {{his ferret, Duchess, went viral a while back|c047|DISTINCTIVE|fact|ferret named Duchess}} and people still recognise the ferret on the street. He found it funny at first; now he feels like he can't leave the house without being "the ferret guy". His partner {{Isabella|c047|RELATIVE}} keeps posting new videos and he hasn't told her how much he hates it.

I think it's a pretty classic people-pleasing pattern but it's unusual enough that I wanted to check how much to put in my notes.

Tobias"""),

    ("case_presentation", "quasi", None, """Seminar presentation: a student client

She's in second year at {{University of Fairview|c182|SCHOOL}} and somehow also {{coaches an under-12 team in the hockey league, the Rockets out of Jackson|c182|DISTINCTIVE|fact|Jackson Rockets under-12 hockey}}. Referred by the university counselling service for "overcommitment" (her word: "I like being needed").

Presenting problem: exam anxiety and a restrictive eating pattern that started when she took on the coaching.

I'd like the group's view on whether to refer on to the eating disorders service now or wait for the screening results."""),

    ("email", "quasi", None, """Subject: re: who can see the new referral?

Hi Priyanka,

Could the new referral go to someone other than me? Conflict of interest, possibly. She works at {{Thornton Foods|c017|EMPLOYER}} and I realised from her intake form that her sister {{Debbie|c017|RELATIVE}} used to be in my book group. Probably fine, but I'd rather be safe.

Thanks,
Tobias"""),

    ("team_note", "quasi", None, """MDT agenda item from me (trainee)

Client with possible PTSD after being {{the man who pulled a kid out of the river (it made the Madison Herald)|c238|DISTINCTIVE|fact|rescuing a child from the river}}. Now dreads his shifts at {{Perry Pharmacy|c238|EMPLOYER}} because customers keep bringing it up. Would like a view on whether trauma-focused work is indicated or whether this is more about unwanted attention."""),
]
