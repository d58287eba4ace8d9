# Voice: quasi identification in every format -- no name anywhere, but two or more
# attributes of one client (employer, occupation with city, school, a named relative, a
# paraphrased distinctive fact) land in the same text: in neighbouring CSV fields or
# table cells, across quoted-reply lines, in a caption stream, in an OCR'd fax. The
# benign near-misses hold one attribute alone (sometimes one that is unique by itself),
# an attribute plus a weak one, or attributes of different clients on one person.
DOCS = [
    # ---------------------------------------------------------------- quasi
    ("team_note", "quasi", None, """ref,occupation,town,interests,risk
Q-118,{{librarian|c387|DISTINCTIVE|occupation}},{{Dayton|c387|ADDRESS|city}},"{{hosts a birdwatching podcast (Backyard Angler)|c387|DISTINCTIVE|fact|Backyard Angler}}",low"""),

    ("email", "quasi", None, """Subject: Re: Re: couples referral

Yes, I think couples work makes sense. Is the husband the one who phoned?

> On 2 Jun 2025, at 10:15, Rohan Mehta wrote:
> Possibly - he's called {{Derrick|c009|RELATIVE}}, he sounded keen.
>
>> On 2 Jun 2025, at 09:58, Chloé Tremblay wrote:
>> New individual client wants to bring her husband in. She's a {{librarian|c009|DISTINCTIVE|occupation}} in {{Dover|c009|ADDRESS|city}}, long-standing depression, first time in couples work. Thoughts?"""),

    ("team_note", "quasi", None, """[22/05/2025, 18:30] Mark O: interesting one today. {{Paramedic|c283|DISTINCTIVE|occupation}} from {{Plymouth|c283|ADDRESS|city}}, the one who {{handed in the wallet with ten grand in it - it was in the Waverly Herald|c283|DISTINCTIVE|fact|Waverly Herald for returning}}
[22/05/2025, 18:31] Mark O: she's now getting abuse online from people saying she should have kept it 🙄
[22/05/2025, 18:33] Niamh K: people are the worst"""),

    ("case_presentation", "quasi", None, """| Item | Detail |
|---|---|
| Role | Lecturer, {{Adams Academy|c245|EMPLOYER}} |
| Family | mother ({{Karoline|c245|RELATIVE}}) lives with him |
| Presenting | perfectionism, burnout |
| Sessions | 4 of 12 |"""),

    ("team_note", "quasi", None, """Rohan Mehta  5:40 PM
new one on my list works at {{Green Law LLP|c394|EMPLOYER}} and {{sings lead in the Silver Mittens|c394|DISTINCTIVE|fact|Silver Mittens}} at weekends - wants to talk about stage fright :microphone:"""),

    ("team_note", "quasi", None, """[OCR] Letter from partner

To the therapist,
I am writing as the partner of your client. My name is {{Tommy|c398|RELATIVE}}. He works at {{Madison Acad-
emy|c398|EMPLOYER}} and he does not know I am writing. I am worried about him.
(Note: I have not opened a file for this letter and will discuss with supervisor before responding. O.)"""),

    ("case_presentation", "quasi", None, """[00:31:10] Dr K: she's a line cook, at {{Miller's Diner|c155|EMPLOYER}}
[00:31:13] Mark: early shifts
[00:31:14] Dr K: five a.m. And then on Saturday she {{coaches her daughter's under-10 soccer team, the Stillwater Wolves|c155|DISTINCTIVE|fact|Stillwater Wolves}}. She's running on empty."""),

    ("case_presentation", "quasi", None, """Employer: {{Marion Public Radio|c257|EMPLOYER}}
Role: presenter/journalist
Notable: {{was a contestant on MasterChef (season 28)|c257|DISTINCTIVE|fact|season 28 of MasterChef}}
Presenting: public-facing anxiety, fear of being recognised in the waiting room"""),

    ("email", "quasi", None, """<p>New referral (no name until consent):</p><ul><li>{{Corrections officer|c113|DISTINCTIVE|occupation}}, {{Hamilton|c113|ADDRESS|city}}</li><li>Art: {{painted the big mural on Murphy Drive|c113|DISTINCTIVE|fact|mural on Murphy Drive}}</li><li>Presenting: hypervigilance, sleep</li></ul>"""),

    ("case_presentation", "quasi", None, """auto-generated captions

she's a {{school counselor|c372|DISTINCTIVE|occupation}} in {{salem|c372|ADDRESS|city}} um and in the evenings she {{plays bassoon in the winchester symphony|c372|DISTINCTIVE|fact|bassoon in the Winchester Symphony}} which is the only thing she does just for herself"""),

    ("email", "quasi", None, """Subject: FW: EAP referral

---------- Forwarded message ---------
From: Occupational Health <oh@cortezconstruction.com>
Date: Fri, 30 May 2025
Subject: EAP referral

Employee: [withheld]
Employer: {{Cortez Construction|c071|EMPLOYER}}
Role: {{welder|c071|DISTINCTIVE|occupation}}, {{Glendale|c071|ADDRESS|city}} site
Education: {{Quincy State University|c071|SCHOOL}} (evening degree, in progress)
Reason: stress following a workplace injury to a colleague"""),

    ("team_note", "quasi", None, """[25/05/2025, 14:02] Will F: the uni kid works weekends at {{Robinson's Diner|c119|EMPLOYER}} 🍔
[25/05/2025, 14:03] Will F: and get this, he {{did the giant mural on Station Place|c119|DISTINCTIVE|fact|mural on Station Place}}
[25/05/2025, 14:05] Joy N: the fish one?? love that mural"""),

    ("email", "quasi", None, """Subject: {{Springfield State|c068|SCHOOL}} student - {{ex-MasterChef (season 20)|c068|DISTINCTIVE|fact|season 20 of MasterChef}} - intake Tues"""),

    ("team_note", "quasi", None, """Thurs 2pm - {{photographer|c200|DISTINCTIVE|occupation}}, {{Newport|c200|ADDRESS|city}} - (the {{Turnip the pig|c200|DISTINCTIVE|fact|pig named Turnip}} guy) - review"""),

    ("team_note", "quasi", None, """FAX  29/05/2025 16:40   P.001

Re: your client - {{roofer|c339|DISTINCTIVE|occupation}}, {{Plymouth|c339|ADDRESS|city}}
We understand this gentleman is under your care. He was featured in the {{Bristol Herald after finding a Civil War sword at a garage sale|c339|DISTINCTIVE|fact|Bristol Herald for finding}} and has since been receiving unwanted attention. We would welcome a call.
Plymouth Community Support Team"""),

    ("email", "quasi", None, """Subject: Re: Re: Re: boundaries question

Agreed - don't go to the shop. Even if he invites you.

> > > I think I saw him at work on Saturday - he {{owns the tattoo studio on Perry Lane|c233|DISTINCTIVE|fact|tattoo studio on Perry Lane}}, I was walking past with my daughter
> >
> > Awkward! Is this the {{teaching assistant|c233|DISTINCTIVE|occupation}} from {{Franklin|c233|ADDRESS|city}}? Two jobs?
>
> Yes, school in the week, tattoos at weekends.

Best,
Mark"""),

    # ---------------------------------------------------------------- benign
    ("social_post", "benign", "single_quasi", """Today a client told me, completely deadpan, that the proudest moment of his life was growing a 900-pound pumpkin. Then he cried. We all have our pumpkin. 🎃"""),

    ("email", "benign", "split_attributes", """Subject: two new referrals

Hi Grace, two new ones for the list. One is on the Glendale city council and wants daytime slots only. The other works at Kestrel Labs and is happy with evenings. I'll send the details through the system.

Niamh"""),

    ("team_note", "benign", "single_quasi", """[01/06/2025, 09:20] Niamh: lovely moment in session - her son Timothy got into university and she brought in the letter to show me 🥹"""),

    ("team_note", "benign", "weak_attribute", """Referral: student at Monroe College, 19, exam anxiety. Self-referral. Waitlist."""),

    ("team_note", "benign", "single_quasi", """New client Thursday: a librarian in Dover, self-referred, wants evening sessions. Details on the system."""),

    ("team_note", "benign", "single_quasi", """EAP referral: 50-year-old employee at Lambert Electric, work stress after a restructure. Six sessions authorised."""),

    ("case_presentation", "benign", "split_attributes", """Consult notes - client works at Pinnacle Software as an occupational health nurse, lives in Dover. Long history of health anxiety. Not yet sure whether to start with exposure or with worry work."""),

    ("team_note", "benign", "split_attributes", """ref,employer,town,notes
A1,Robinson's Diner,-,-
A2,-,Stillwater,coaches kids' sport
A3,Marion Public Radio,-,-
A4,-,-,paints murals"""),

    ("team_note", "benign", "deidentified_case", """Case for group supervision (identifiers removed)
- Woman, 30s, health sector
- Presenting: intrusive memories after a work incident
- 8 sessions TF-CBT, good engagement
- Question: how to end well when she keeps adding new goals?"""),
]
