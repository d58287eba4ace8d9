DOCS = [
("email", "direct", None,
"""Subject: reference request — CAMHS placement

Hi Dr Osei,

Happy to write a reference for Tamsin. She's been excellent on placement. One small thing for your records rather than the reference: she did send a referral letter by ordinary email with the young person's details in the subject line ('{{G. White|c318|INITIALS}}, DOB {{01/06/2008|c318|DOB}}'). We talked it through and she reported it herself. I don't think it should count against her.

Warmly,
Claire"""),

("email", "direct", None,
"""Subject: mentoring — quick debrief after today

Thanks for sitting in. On {{Ross|c321|GIVEN_NAME}} — I agree the tattoo studio is a big part of his identity and we shouldn't pathologise the risk-taking. I'll keep the focus on the sleep and on his mum ({{Jasmine|c321|RELATIVE}}) and the move.

Sorry this is brief — next client in 2 mins!"""),

("team_note", "direct", None,
"""Dictation — supervision of supervision, 9 Jan (transcribed by software; check for errors)

so the trainee brought {{Hap Nguyen|c327|FULL_NAME}} again the accountant the one who drums in {{the rusty tigers|c327|DISTINCTIVE|fact|Rusty Tigers}} and they were worried because he'd said he was 'done with all of it' and the trainee didn't ask follow up questions about what he meant so we went through the risk assessment together and actually he meant his job not his life but the learning point stands always ask"""),

("email", "direct", None,
"""Subject: call back please

Hi, I'm covering for Dr Lau today. Can someone call the client back on {{+1-636-554-4868|c329|PHONE}}? She left a message saying she can't make Thursday. Thanks."""),

("team_note", "direct", None,
"""Trainee WhatsApp group (screenshot forwarded to supervisor by a concerned trainee)

[09:14] Kai: anyone else seeing {{May|c332|GIVEN_NAME}} from the hospital care team? she asked if I know 'the other counsellor'
[09:15] Bea: 👀 yes, Tuesdays
[09:15] Kai: awkward
[09:16] Bea: let's not talk about clients on here lol
[09:16] Kai: fair. delete?"""),

("email", "direct", None,
"""Subject: ethics committee — case for discussion (please treat as confidential)

{{Wenche Eriksen|c334|FULL_NAME}}, a special education teacher, has asked the trainee seeing her to attend her daughter {{Gerd|c334|RELATIVE}}'s wedding next month. The trainee would like guidance. Committee members: please do not forward."""),

("team_note", "direct", None,
"""Lone working record

Visit: 10:30, {{8474 Moody Drive|c338|ADDRESS|street}}, Plymouth
Staff: trainee + supervisor
Purpose: initial assessment (client housebound after a fall from a roof)
Check-in time: 11:45
Checked in: 11:40 ✓"""),

("social_post", "direct", None,
"""Proud supervisor moment: my trainee just finished her first long-term case. {{Sage Nelson|c342|FULL_NAME}}, if you ever read this, thank you for trusting a trainee — you made her a therapist. (Shared with permission! She {{owns the bakery on Orchard Place|c342|DISTINCTIVE|fact|bakery on Orchard Place}} and said to tag it 😂) #clinicalsupervision"""),

("team_note", "direct", None,
"""Mentoring notes (new associate, month 2)

She brought {{Cait|c344|NICKNAME}}, a 77-year-old radiographer who still works part-time and has {{a ferret named Mochi|c344|DISTINCTIVE|fact|ferret named Mochi}} that apparently has 40k followers. Discussed how to work with humour without colluding with avoidance. Good instincts."""),

("email", "direct", None,
"""Subject: Fwd: unsubscribe?

Forwarding — {{T.HERNANDEZ@ICLOUD.COM|c347|EMAIL}} replied-all to the trainee newsletter asking to be removed, and included a paragraph about her session with one of our trainees. I've removed her from the list and deleted the reply from the archive. Trainees: please check your client lists aren't in the newsletter CC field again."""),

("team_note", "direct", None,
"""Supv notes (group) — 'the Shiba Inu case'

Trainee presented {{Suzanne Pool|c350|MISSPELLED_NAME}} — session musician, coaches under-10 hockey, breeds Shiba Inus. Her mother {{Melanie|c350|RELATIVE}} moved into a care home in the autumn. The group wondered whether to offer grief work now or after the hockey season ends, as she asked. We agreed: follow her lead."""),

("email", "direct", None,
"""Subject: mentoring — the letter question

Hi both,

Re the client we discussed: Mr {{Pacheco|c353|FAMILY_NAME}} has asked whether his son {{Harry|c353|RELATIVE}} can attend a session. {{Harry|c353|RELATIVE}} is 40-something and lives nearby. I've said I'll think about it. The firefighter pension issue is separate and I'm not getting involved in that.

E."""),

("team_note", "quasi", None,
"""Supervision — notes

Trainee's new client is a student at the {{University of Brookfield|c319|SCHOOL}} who {{coaches the Burlington Rockets under-10 lacrosse team|c319|DISTINCTIVE|fact|Burlington Rockets under-10 lacrosse}} in her spare time. Presenting: exam anxiety, perfectionism. Trainee wants to use a CBT protocol; I suggested formulating first."""),

("email", "quasi", None,
"""Subject: re: mentoring Friday

I'd like to talk about the line cook at {{Grand Winchester Hotel|c324|EMPLOYER}} — the one who {{painted the giant mural on Bridge Street|c324|DISTINCTIVE|fact|mural on Bridge Street}}. He's asked me to come and see it. I want to say yes. I know I should think about it first."""),

("team_note", "quasi", None,
"""Trainee journal (shared with supervisor)

Today's client is a {{medical receptionist|c330|DISTINCTIVE|occupation}} in {{Lebanon|c330|ADDRESS|city}}, works at {{Burlington Family Clinic|c330|EMPLOYER}}. He said 'I see your name on the referral list every week'. Dual relationship? I don't know. Taking it to supervision."""),

("email", "quasi", None,
"""Subject: ethics consult

A trainee is seeing a police officer at {{Salem Police Department|c336|EMPLOYER}} whose father {{Craig|c336|RELATIVE}} was also a client of our service years ago. Is there a conflict? The trainee wasn't here then."""),

("team_note", "quasi", None,
"""Group supervision — scribe notes

Ayo brought an accountant from {{Moss Law LLP|c340|EMPLOYER}} who {{coaches the Arlington Comets under-14 hockey team|c340|DISTINCTIVE|fact|Arlington Comets under-14 hockey}}. Themes: control, competition, shame about his son's behaviour. Group suggested the 'two chairs' exercise."""),

("email", "quasi", None,
"""Subject: placement check-in

Hi, just flagging that I've been allocated a {{hotel manager|c345|DISTINCTIVE|occupation}} from {{Greenville|c345|ADDRESS|city}} who also works at {{Bristol Brewing Company|c345|EMPLOYER}} — and my brother works at the brewery. Should I pass the case on?"""),

("team_note", "quasi", None,
"""Mentoring log

Mentee discussed a data analyst at {{Kestrel Software|c349|EMPLOYER}} who was {{in the Brookfield Herald for finding a rare Civil War sword|c349|DISTINCTIVE|fact|Brookfield Herald for finding a rare Civil War sword}}. The client keeps asking the mentee whether she read the article. Discussed curiosity vs. boundaries."""),

("social_post", "benign", "name_as_word",
"""Sunny day, full caseload, and a trainee who finally said 'I don't know' in supervision without apologising. Small wins. ☀️ #supervision"""),

("social_post", "benign", "public_figure",
"""Re-reading Yalom's 'The Gift of Therapy' with my new supervisees. Chapter 4: 'Let the patient matter to you'. Still the best advice in the book. Followed by Carl Rogers on acceptance. #therapistlife"""),

("email", "benign", "nonclient_person",
"""Subject: mentoring schedule

Mentees this term: Henry (Mon), Ross (Wed), Sage (Thurs, fortnightly), May (Fri). Please book rooms through Austin in admin."""),

("team_note", "benign", "deidentified",
"""Supervision of supervision — notes

My supervisee brought a case of a young man (early 20s) with OCD. The issue for supervision was her own contamination fears, triggered by the exposure work. We discussed modelling, self-care, and whether to refer on. No client identifiers recorded here."""),

("social_post", "benign", "name_as_word",
"""May is Mental Health Awareness Month. My trainees put together a resource pack for local schools. So proud of them. Sage advice from one of them: 'say less, listen more'. 💚"""),

("email", "benign", "nonclient_person",
"""Subject: cover

My daughter Terri is getting married on the 20th, so I'm off that week. Wenche from the Oslo exchange programme will cover my supervision group — please make her welcome."""),

("team_note", "benign", "weak_attribute",
"""Mentee supervision: client is a 17-year-old at a high school in Plymouth. Presenting: panic. Mentee is doing well with CBT structure. No concerns."""),

("email", "benign", "single_quasi",
"""Subject: placement opportunities

We've got a new placement partner: the staff counselling service at Hudson Shipyard. Two trainee slots for September. Please apply via the usual form."""),

("social_post", "benign", "public_figure",
"""TIL that Marsha Linehan didn't publicly share her own history until 2011. Thinking about what that means for how we ask trainees to talk about lived experience. #DBT #supervision"""),

("team_note", "benign", "deidentified",
"""Reflective note for accreditation portfolio

In year 3 I supervised six trainees. One case stands out: a trainee working with an older woman who had recently lost her husband. The trainee's own grief came up. We used supervision to separate the two. I've changed all details."""),

("email", "benign", "nonclient_person",
"""Subject: congrats!

Huge congratulations to Gina, Ross and Caitlyn on passing their vivas this week. Drinks Friday at the usual place. Cait's buying (she said so, I have witnesses)."""),
]
