DOCS = [
("team_note", "direct", None,
"""Supervision notes — 14/03, trainee: Priya (2nd yr placement)

1. Caseload review. Priya carrying 6. Discussed {{Łukasz|c015|GIVEN_NAME}} at length: she feels pulled to rescue when he talks about the brother. Named the parallel process — she was doing with me what he does with her (apologising before speaking). Agreed she'll bring a recording next time.
2. Risk: none new.
3. Admin: her log is two weeks behind. Reminded re: hours sign-off deadline end of month.
Next: 28/03."""),

("team_note", "direct", None,
"""SUPERVISION RECORD (individual) — trainee M. Okonkwo
Date: 2 April. Duration: 60 min. Format: in person.

Cases discussed:
- {{Siegmar Bien|c063|FULL_NAME}} (session 9 of 16). Trainee reports the work 'stalling'. We looked at the formulation together; it is all maintenance cycle and no history. Suggested she ask about the mural he painted and what it meant to him to have something so public with his name on it — he's brought it up twice and she has let it slide.
- Intake from last week (not yet allocated).

Supervisor reflections: trainee is more confident with CBT structure than with silence. Goal for next month: tolerate a pause of ten seconds without filling it.
Signed: R. Adeyemi"""),

("team_note", "direct", None,
"""supv w/ Tom, 45 mins, rushed (fire alarm test halfway through lol)

- Mrs {{Mogensen|c041|FAMILY_NAME}}: sleep improving, PHQ down from 17 to 11. Tom wants to end at session 8. I pushed back a bit — the relapse-prevention bit is always where people cut corners.
- his own stuff: felt 'exposed' in group supervision when Deepa commented on his tone. Talked about feedback literacy. He can hear it from me, less from peers.
- action: Tom to draft blueprint w/ client by next wk"""),

("team_note", "direct", None,
"""Group supervision (Thursday cohort) — notes taken by Hannah (rotating scribe)

Present: Hannah, Jordan, Grace, Dr. Feld (supervisor).

Jordan presented a couple he is seeing. Discussion centred on whether to see the wife alone. Dr. Feld reminded us the couple is the client, and secrets policy needs to be stated at the start, not after someone tries to hand you one.

Grace brought {{Lynn|c006|NICKNAME}} — the real estate agent she's been seeing since January — who has started cancelling on the morning. Grace thinks it's avoidance of the grief material (father). Group suggested naming the pattern gently and offering a shorter session rather than cancelling outright.

Hannah: no case this week (caseload just opened).

Reminder from Dr. Feld: process recordings due to the programme by the 30th, fully anonymised."""),

("team_note", "direct", None,
"""Supervision — Kwame (trainee counselling psychologist)

{{Ray H.|c087|INITIALS}} again. {{Ray|c087|NICKNAME}} is now talking more openly about his drinking after shifts at the shipyard. Kwame has been very good at staying curious rather than jumping to psychoeducation. I asked him what he notices in his body when {{Ray|c087|NICKNAME}} describes the fights with his dad ({{Todd|c087|RELATIVE}}) — he said 'tight jaw'. Interesting, we'll come back to that.

Homework for Kwame: read the Safran & Muran chapter on ruptures."""),

("team_note", "direct", None,
"""Notes from clinical supervision, Tuesday

Trainee: Aoife
Client: {{Ruth Stroh|c004|FULL_NAME}}
Presenting: anger, conflict at work (welding supervisor) and with her partner {{Zehra|c004|RELATIVE}}.

Aoife's question: is it appropriate to tell {{Ruth|c004|GIVEN_NAME}} she's been to one of her band's gigs? She didn't know until she saw the poster. We discussed incidental contact and disclosure. My view: yes, briefly, and let {{Ruth|c004|GIVEN_NAME}} decide what she wants to do with it. Documented as a boundary discussion.
Next: the 21st."""),

("team_note", "direct", None,
"""Supervisor's note for file (live supervision, one-way mirror)

Trainee did well to stay with Ms {{Brown|c012|FAMILY_NAME}} when she became tearful about her mother {{Patricia|c012|RELATIVE}}. Less well: rushing to the worksheet at 35 minutes. In the debrief we talked about 'the worksheet as a life raft'. Ms {{Brown|c012|FAMILY_NAME}} consented to observation; consent form is in the practice file, not the training file."""),

("team_note", "direct", None,
"""Supv: Bea / 19 Feb

Bea is worried about {{Rich Davis|c030|FULL_NAME}}, 73, bereaved? no — not bereaved, I had that wrong. Retired graphic designer, city council, recently stepped back after a health scare. Low mood, 'no one needs me now'. Plan: behavioural activation, but Bea is uncomfortable being 'younger than his grandchildren and telling him what to do'. Good thing to bring. We role-played the opening of the next session."""),

("email", "direct", None,
"""Hi Sam,

Quick one before our session tomorrow — can we add 10 minutes for {{Walter Ryan|c047|FULL_NAME}}? He rang the office twice this week asking for you by name and I'm not sure he should have your direct line. Also, he's asking if you can write something for the council about his leave. We need to think about whether that's your role.

See you at 10,
Marguerite"""),

("team_note", "direct", None,
"""Trainee: Leon. Supervisor: me. Session 11.

Leon brought a tape (with consent) of his fourth session with {{Valdemar|c060|GIVEN_NAME}}. Good reflective listening, but he keeps referring to {{Ken|c060|RELATIVE}} as "your wife" and {{Valdemar|c060|GIVEN_NAME}} corrects him each time ("husband"). Leon hadn't heard it until I played it back. We spent the rest of the hour on heteronormative assumptions. To his credit he was not defensive.

Goals: repair at start of next session; read the BACP good practice guide on GSRD."""),

("team_note", "direct", None,
"""Supervision log — 6 May
Supervisee: Chidi (post-qual, on the road to accreditation)

- {{Bob Dahl|c089|FULL_NAME}}: 3 sessions. Young bank teller, panic on the bus. Good exposure hierarchy. Encourage Chidi to be less apologetic when setting the task.
- Chidi's CPD: has booked the EMDR part 1.
- Chidi's wellbeing: ok, sleeping better since the baby started sleeping."""),

("team_note", "quasi", None,
"""Supervision — trainee Ines

Her new client is an HVAC technician in {{Hamilton|c024|ADDRESS|city}} — yes, {{HVAC technician|c024|DISTINCTIVE|occupation}}, she was keen to tell me she'd looked it up — who works for {{Lewis & Sons Plumbing|c024|EMPLOYER}} and came via the EAP. Presenting problem is health anxiety after a carbon monoxide scare on a job. Ines is anxious herself about the medical side. Discussed liaising with GP, and not becoming the person who reassures.

Ines's development goal: case formulation in the 5Ps, which she can do on paper but not out loud."""),

("team_note", "quasi", None,
"""Supervision notes (Mo, 3rd yr)

Client is an {{architect|c040|DISTINCTIVE|occupation}} from {{Stillwater|c040|ADDRESS|city}}, early 50s. Mo described him as 'the kind of man who apologises to furniture'. Wife very involved. He also {{owns the florist on Ortiz Place|c040|DISTINCTIVE|fact|owns the florist on Ortiz Place}}, which I didn't know anyone could do alongside an architecture practice — Mo says the florist is really his wife's, his name is just on the lease.

We focused on Mo's urge to be liked by this client. Bring the transcript of the last 10 minutes next time."""),

("team_note", "quasi", None,
"""Supervisor's notes, Thursday pm

Kaya presented a man referred by the {{Bristol County Sheriff's Office|c048|EMPLOYER}} welfare team. The session was mostly about his son {{Johnny|c048|RELATIVE}}, who has stopped speaking to him since the divorce. Kaya found herself taking the son's side internally. Discussed countertransference and her own father. She was brave to say it.

Plan: Kaya to use empty chair cautiously if client agrees. Review in 2 weeks."""),

("team_note", "quasi", None,
"""Group supervision — case of the month (presenter: Oluwaseun)

"A {{surgeon|c029|DISTINCTIVE|occupation}} in {{Jackson|c029|ADDRESS|city}} who {{plays harp in the Shelby Symphony|c029|DISTINCTIVE|fact|plays harp in the Shelby Symphony Orchestra}} and is terrified of her hands shaking." That was his opening line and the group immediately wanted to talk about performance anxiety. Supervisor redirected: what's the function of perfectionism for her? Long discussion about perfectionism as protection in high-stakes professions.

Oluwaseun will try the 'costs and benefits of high standards' exercise from Shafran, Egan & Wade."""),

("email", "quasi", None,
"""Hi Dr Halloran,

Thanks for today. I've thought more about the client we discussed: the accountant at {{Mullen & Carter|c052|EMPLOYER}} who {{owns the record shop on Fernandez Avenue|c052|DISTINCTIVE|fact|owns the record shop on Fernandez Avenue}} on the side. You were right that I've been treating the shop as a hobby when for him it's the only place he feels competent. I'll ask about it directly on Monday.

Best wishes,
Tolu"""),

("team_note", "benign", "deidentified",
"""Supervision note — trainee J.

Client A (woman, 40s, professional) continues to make good progress with CBT for social anxiety. J. is managing the ending well. We spent most of the hour on J.'s own assessment anxiety ahead of her viva. Suggested she use the same hierarchy she uses with clients. She laughed. Next session in three weeks."""),

("team_note", "benign", "nonclient_person",
"""Supervision with Megan (trainee, 1st yr)

Megan's first week on placement. Nervous but keen. Talked about the difference between supervision and therapy, and what she should bring here versus to her own therapist. Her own therapy starts next month (course requirement: 40 hours). She asked whether she can bring 'feelings about the building' — yes, she can.

No cases yet. Megan to shadow intake on Wednesday."""),

("team_note", "benign", "nonclient_person",
"""Supervisor's reflections (for my own supervision-of-supervision with Lucy)

I notice I'm harder on Kevin than on the other trainees. He reminds me of my brother Kevin, actually — same name, same way of laughing when he's nervous. Worth watching. I'll take it to Lucy on the 9th."""),

("team_note", "benign", "name_as_word",
"""Supervision theme this month: patience.

Three trainees independently brought the same thing — the client isn't 'moving' and they feel they should be doing more. We talked about patience as a clinical skill, not a personality trait. Hope is something the therapist sometimes has to hold on the client's behalf. Faith in the process is not naïve if it is grounded in the evidence for the common factors."""),

("team_note", "benign", "weak_attribute",
"""Supervision with Femi — 45 mins

New client: a man in his 60s, works at a shipyard, referred by his GP for low mood after retiring early. Femi wondering whether the work will be mostly grief. Discussed identity loss and retirement. No risk."""),

("email", "benign", "single_quasi",
"""Hi all,

Heads-up for the placement team: Guerrero Insurance's EAP is now routing referrals to us directly rather than through the central hub, so trainees may see more insurance staff this term. Please make sure anyone taking those referrals has read the EAP confidentiality agreement before the first session.

Thanks,
Nadia (placement coordinator)"""),

("team_note", "benign", "deidentified",
"""Live supervision debrief — room 3

Trainee K. handled the first 20 minutes well. Client B (male, 20s, student) disclosed historical self-harm in the final 5 minutes; K. did the right thing in staying past time to complete a risk assessment, and then came straight to me. We completed the risk paperwork together. Low current risk. Follow-up booked within 48 hours."""),

("team_note", "benign", "nonclient_person",
"""Supervision, trainee: Jonathan (I'll call him Jon — he prefers it)

Jon is struggling with the paperwork load. He's a former nurse and is used to documentation, but our format is different and he keeps writing the clinical content in the admin field. Spent 20 mins on the EHR. Clinical work fine."""),

("team_note", "benign", "public_figure",
"""Supervision: we used Rogers' six conditions as the lens today. Trainee felt she was 'doing congruence wrong' by being honest about being bored in session. Discussed Rogers vs. Yalom on the here-and-now — Yalom would say use the boredom as data. She liked that. Recommended 'The Gift of Therapy', ch. 35."""),

("team_note", "benign", "name_as_word",
"""Reminder to myself for Fri supervision: be frank with D. about lateness. Third time. Will is not the issue — it's the bus timetable and childcare. Problem-solve rather than lecture."""),

("team_note", "benign", "nonclient_person",
"""Supervisor handover (I'm on leave 2 weeks)

Covering supervisor: Dr. Tracy Oyelaran.
Trainees: Siobhan (Mon), Ruth (Wed), Walter (Thurs). Ruth has a complex case she'll want to talk through; she knows to phone the duty line for anything risk-related. Walter's logbook needs a signature for March."""),

("team_note", "benign", "weak_attribute",
"""Group supervision — quick notes

Two trainees are seeing clients who work at the same big hotel chain in town. Reminder about dual relationships: if you realise your clients know each other, bring it here before doing anything. A third trainee's client is a surgeon; she's worried about being 'judged clinically'. We'll pick that up next week."""),
]
