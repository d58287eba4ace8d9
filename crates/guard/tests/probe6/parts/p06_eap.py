# Voice: an employee-assistance-programme counsellor (Sunita Vance, BrightPath EAP):
# pre-authorisation and insurance letters, manager consultations, utilisation reports,
# critical-incident follow-ups; employers and job titles everywhere.
DOCS = [
    # ---------------------------------------------------------------- benign
    ("team_note", "benign", "therapy_life", """QUARTERLY UTILISATION SUMMARY -- BrightPath EAP (aggregate only)

Contracts: 14 employers, approx. 9,200 covered employees.
New cases this quarter: 312 (up 9%).
Top presenting issues: work stress (31%), relationship difficulties (22%), anxiety (18%), bereavement (9%), financial worries (7%).
Average sessions per case: 3.8 (cap 6).
Onward referrals to secondary care: 21.
Manager consultations: 47.

No figures are reported for any team with fewer than ten employees, to protect anonymity."""),

    ("email", "benign", "deidentified_case", """Subject: Manager consultation -- follow-up

Hi Lorna,

Thanks for calling yesterday. To recap what we discussed, in general terms:

- You've noticed that a member of your team has become withdrawn, is missing deadlines and seemed tearful in a one-to-one.
- You're worried, and unsure what you're allowed to ask.

My suggestions: have a private, unhurried conversation that starts with what you've observed ("I've noticed you seem more tired lately") rather than a diagnosis. Ask how they are, and then listen. Remind them that the EAP is confidential and free, and give them the number rather than referring them yourself. Don't promise to keep anything secret that you can't, such as a risk to safety.

And look after yourself -- this is hard for managers too.

Best wishes,
Sunita Vance
Senior EAP Counsellor"""),

    ("email", "benign", "single_quasi", """Subject: Group debrief request

Hi Fergus,

We've had a request from Myers Logistics for an on-site group debrief after a forklift accident at one of their warehouses on Monday. Nobody was killed, but one worker was seriously injured and about a dozen people saw it. They'd like someone Thursday morning. Can you go? I'll send the usual pre-brief.

Sunita"""),

    ("email", "benign", "therapy_life", """Subject: Appeal -- denial of additional sessions (template)

To the Utilization Review Department:

I am writing to appeal the denial of additional outpatient psychotherapy sessions for the above-referenced member, who has completed the six sessions authorised under the employee-assistance benefit.

The member continues to meet criteria for [diagnosis] and has shown measurable but incomplete improvement ([measure] from [baseline] to [current]). Treatment goals not yet met are: [goals]. Discontinuation at this point carries a significant risk of relapse and of absence from work.

I request authorisation of [number] further sessions over [period], with review.

Sincerely,
[Clinician name, credentials]"""),

    ("social_post", "benign", "weak_attribute", """PSA for anyone who works nights (nurses, paramedics, security, warehouse crews): your EAP usually has evening and weekend phone lines, and you don't need your manager's permission to call. If you're struggling after a bad shift, that's exactly what it's there for. #EAP #shiftwork"""),

    ("team_note", "benign", "single_quasi", """Callback list Thurs -- one caller is a paramedic in Quincy asking about bereavement support after a call-out went badly. No name left; will ring back the number in the log. Not urgent per triage."""),

    ("email", "benign", "name_as_word", """Subject: Invoice query

Hi Keane,

Quick one: the bill for the March debriefs came through twice. Could you sue -- sorry, typing too fast -- could you see if finance can cancel the duplicate? I'd rather sort it before anyone thinks we're getting rich off the hospital contract.

Will send the April one next week.

Sunita"""),

    ("case_presentation", "benign", "deidentified_case", """CRITICAL INCIDENT RESPONSE -- SUMMARY (no identifying details)

Setting: a regional hospital's emergency department, following the death of a child after a road traffic collision.

Response: two EAP counsellors on site within 24 hours; group defusing for nursing and medical staff (n=14); individual sessions offered (taken up by 5); follow-up phone calls at one week.

Observations: high levels of self-blame among junior staff; senior staff more likely to minimise; a reluctance to use the EAP for fear it would "go on file" (it does not).

Recommendations: a visible statement from management that EAP use is confidential; peer-support training for senior nurses; a follow-up check at one month."""),

    ("email", "benign", "nonclient_person", """Subject: Welcome to the team

Hi all,

Please welcome Ottoline Harlow, who joins BrightPath as an EAP counsellor on Monday. Ottoline comes to us from eight years in occupational health nursing and has a special interest in shift-worker wellbeing. She'll be working Monday to Wednesday and covering the evening phone line on Tuesdays.

Fergus will be her buddy for the first month.

Sunita"""),

    ("team_note", "benign", "public_figure", """Reading for Thursday's team training: Christina Maslach on burnout (the three dimensions -- exhaustion, cynicism, inefficacy) and the WHO's ICD-11 definition. We'll discuss why "burnout" is an occupational phenomenon, not a diagnosis, and what that means for how we write letters to employers."""),

    ("email", "benign", "weak_attribute", """Subject: Sessions in Spanish?

Hi Fergus,

Do we have anyone who can offer sessions in Spanish? A caller from a construction firm in Manchester has asked, and I'd rather match them than use an interpreter for counselling if we can.

Sunita"""),

    ("email", "benign", "nonclient_namesake", """Subject: Out Monday

Hi Keane,

I'm out on Monday -- my brother Sean is visiting from overseas and I haven't seen him in four years. Ottoline will cover the duty phone. Back Tuesday.

Sunita"""),

    # ---------------------------------------------------------------- direct
    ("email", "direct", None, """Subject: Pre-authorisation request -- outpatient psychotherapy

Abernathy Health Plan
Utilization Management
Attn: Behavioral Health Review

RE: PRE-AUTHORIZATION FOR CONTINUED OUTPATIENT PSYCHOTHERAPY
Member: {{Michelle Davis|c203|FULL_NAME}}
DOB: {{10/07/1981|c203|DOB}}
Address on file: {{3359 Harbor Street, Centerville|c203|ADDRESS|street}}
Employer group: {{Shelby Unified School District|c203|EMPLOYER}}

To whom it may concern:

I am writing to request authorisation of twelve further sessions of outpatient psychotherapy for the above member, who has used the six sessions available under her employer's EAP benefit.

Ms {{Davis|c203|FAMILY_NAME}} is a {{high school chemistry teacher|c203|DISTINCTIVE|occupation}} who presented in February with symptoms of a moderate depressive episode (PHQ-9 = 18) following a sustained period of workplace stress and the illness of her father. She has engaged consistently. Her PHQ-9 has reduced to 12, her sleep has improved, and she has returned to full-time teaching. However, she continues to experience low mood on most days, significant guilt, and difficulty concentrating, which she reports is affecting her lesson planning.

Goals for the requested sessions: (1) consolidation of behavioural activation; (2) cognitive work on perfectionism and guilt; (3) relapse-prevention planning ahead of the new school year.

I would be happy to provide further information.

Sincerely,
Sunita Vance, LPC
BrightPath EAP"""),

    ("email", "direct", None, """Subject: Follow-up after Saturday's incident

Hi Lorna,

Following your request, I've been in touch with the officer who was first on scene on Saturday. With her consent I'm confirming only that {{Stephanie Williamson|c040|FULL_NAME}} has been offered EAP support and has taken it up. Please don't ask her about it at work; she knows where to find you.

For your records, the direct line she's asked us to use is {{325-863-0480|c040|PHONE}}, and her sister {{Annette|c040|RELATIVE}} is her emergency contact while she's off.

Best wishes,
Sunita"""),

    ("email", "direct", None, """Subject: Re: EAP sessions -- confirmation

Hi {{Andrew|c235|GIVEN_NAME}},

Thank you for your message from {{a.austin@outlook.com|c235|EMAIL}}. I can confirm your first session is on Tuesday at 5:30pm by video. Your employer, the {{Grand Oxford Hotel|c235|EMPLOYER}}, will only ever receive anonymised usage numbers -- they won't know that you, specifically, have been in touch.

You mentioned your partner, {{Crystal|c235|RELATIVE}}, might want to join one session later on. That's fine; let's talk about it once we've met.

Sunita Vance"""),

    ("case_presentation", "direct", None, """EAP case review -- session 6 of 6

Client: {{Marissa Johnson|c212|FULL_NAME}}, born {{March 23rd, 1952|c212|DOB}}
Employer: {{Torres Construction|c212|EMPLOYER}} ({{roofer|c212|DISTINCTIVE|occupation}}, still climbing at 73 -- her words: "I'll stop when the ladder says so")

Presenting issue: grief and anger after a younger colleague's fall on site. Intrusive images, irritability, drinking more.

Progress: IES-R 44 -> 29. Has talked to her son, {{Donald|c212|RELATIVE}}, about the accident for the first time. Sleeping better.

Recommendation: referral to community trauma service for further work; she has agreed."""),

    ("team_note", "direct", None, """Session note (EAP, session 2) -- {{Chris Stewart|c227|NICKNAME|nickname_full}}, {{barista|c227|DISTINCTIVE|occupation}} at {{Mount Vernon Bowling Lanes|c227|EMPLOYER}}.

Main theme: performance nerves. {{Plays timpani with the Shelby Symphony|c227|DISTINCTIVE|fact|timpani in the Shelby Symphony}} and has a solo passage in next month's concert. Shaky hands, sleeplessness. Discussed arousal, practised paced breathing. Homework: two mock performances for a friend."""),

    ("email", "direct", None, """Subject: Manager referral -- please read before forwarding

Hi Keane,

The manager at {{Stokes's Diner|c262|EMPLOYER}} has referred Ms {{Alvarez|c262|FAMILY_NAME}} to us following two absences. I need to point out to them that referrals are voluntary and that we won't report attendance back.

Also, for context, {{the ferret, Mochi -- the one from the viral videos --|c262|DISTINCTIVE|fact|ferret named Mochi}} belongs to her, and she's asked us not to mention it if the manager brings it up.

Sunita"""),

    ("team_note", "direct", None, """Allocation: {{Shaun Nichols|c283|MISSPELLED_NAME}} (self-referral, {{Kestrel Labs|c283|EMPLOYER}}). Wife {{Rebecca|c283|RELATIVE}} called first, then he did. Work stress + low mood. Prefers evenings. Allocate to Ottoline."""),

    ("email", "direct", None, """Subject: Posting the workbook

Hi Fergus,

Could you post the anxiety workbook to {{Cyprian Martyn|c299|FULL_NAME}}? Address: {{5051 Oak Ave., Arlington|c299|ADDRESS|street}}. Please use a plain envelope -- he's asked that nothing with our logo arrives at the house. He runs {{the bookshop on Bridge Way|c299|DISTINCTIVE|fact|bookshop on Bridge Way}} most afternoons, so post is better than a courier.

Thanks,
Sunita"""),

    ("email", "direct", None, """Subject: Re: session tomorrow

Hi {{Jon Foley|c008|NICKNAME|nickname_full}},

Sorry to hear about the clash with the tax deadline at {{Palmer & Murray|c008|EMPLOYER}}. Tomorrow at 7am by phone is fine. I'll ring you on the mobile number we have on file.

And yes, I did listen to an episode of {{your podcast, Night Shift Detective|c008|DISTINCTIVE|fact|Night Shift Detective podcast}}. I won't say which one. Let's talk about whether it's OK for me to have done that.

Sunita"""),

    ("team_note", "direct", "multi_client", """Data quality issue -- please fix before Friday's report

Two records in the hospital contract export have names in the free-text field that should have been stripped: "{{Kristine Alvarez|c277|FULL_NAME}} -- radiology, stress" and "{{Hui Wang|c253|FULL_NAME}} -- pharmacy front desk, panic attacks". Please anonymise both and re-run the export. Then check the other contracts for the same problem."""),

    # ---------------------------------------------------------------- quasi
    ("email", "quasi", None, """Subject: consult -- caregiver strain

Hi Fergus,

Could we talk about a case on Thursday? Caller is a {{care assistant|c141|DISTINCTIVE|occupation}} based in {{Bristol|c141|ADDRESS|city}}, burnt out after two years of double shifts. Her partner {{Scott|c141|RELATIVE}} has just been made redundant, so she feels she can't cut her hours. Six sessions won't touch this. I'm thinking of a financial-wellbeing referral alongside the counselling.

Sunita"""),

    ("team_note", "quasi", None, """Intake (phone, 22 mins) -- man in his early forties, {{corrections officer|c092|DISTINCTIVE|occupation}} in {{Newport|c092|ADDRESS|city}}, on the corrections liaison team at {{Franklin Fire Department|c092|EMPLOYER}}. Sleep problems and irritability since an assault at work. Not keen on medication. First session Tuesday."""),

    ("email", "quasi", None, """Subject: Return-to-work plan -- query

Hi Lorna,

I'm supporting someone from your organisation -- a {{physical therapist|c127|DISTINCTIVE|occupation}} who works out of the {{Kingston|c127|ADDRESS|city}} outpatient unit of {{Quincy General Hospital|c127|EMPLOYER}} -- who has asked me to contact you about a phased return. With his consent, I can say that he'd benefit from starting with three days a week and no weekend on-call for the first month.

Best wishes,
Sunita"""),

    ("case_presentation", "quasi", None, """Peer supervision -- older worker, new trauma

Woman in her mid-seventies, still a serving {{police officer|c054|DISTINCTIVE|occupation}} in {{Jackson|c054|ADDRESS|city}} -- a reserve role, she says -- referred via the {{Shelby Fire Department|c054|EMPLOYER}} EAP because the two services share a contract. She attended a house fire in which a child died.

Discussion: how age and decades of exposure shape the response; whether "I've seen worse" is resilience or avoidance."""),

    ("email", "quasi", None, """Subject: A slightly delicate one

Hi Keane,

A new EAP client from {{Northwind Systems|c205|EMPLOYER}} has asked whether our session notes could ever be subpoenaed. Context: {{his goat Pancake is a minor internet celebrity|c205|DISTINCTIVE|fact|goat named Pancake}} and there's a dispute with an ex about who owns the animal -- and the income from the account. Do we have a standard answer on legal requests?

Sunita"""),

    ("team_note", "quasi", None, """EAP allocation, Weds -- female, 30, {{warehouse associate|c062|DISTINCTIVE|occupation}} in {{Bristol|c062|ADDRESS|city}}, employer {{Myers Logistics|c062|EMPLOYER}}. Single parent of two boys. Stress after being moved to nights. Needs daytime appointments during school hours."""),

    ("email", "quasi", None, """Subject: Referral to the family service

Hi Ottoline,

Could you see a client from {{Quarry Labs|c222|EMPLOYER}} for two family sessions? He's in his sixties, and his daughter {{Debbie|c222|RELATIVE}} has recently moved back in with her two children after leaving an abusive relationship. He's struggling to know how to help without taking over.

Sunita"""),
]
