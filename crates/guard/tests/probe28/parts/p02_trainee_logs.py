DOCS = [
("team_note", "direct", None,
"""PLACEMENT HOURS LOG — export (trainee: A. Brennan)
Wk 7
Mon  09:00  client contact  50 min   initials only per policy
Mon  11:00  admin           30 min   rang {{(951) 629-8950|c005|PHONE}} to rearrange — left VM
Tue  14:00  client contact  50 min
Wed  10:00  supervision     60 min   (group)
Thu  16:00  client contact  50 min
Fri  —      study day
Total client hrs this wk: 2.5 / cumulative 61.5"""),

("team_note", "direct", None,
"""Reflective journal — week 12

I keep thinking about {{Yan Zhoa|c010|MISSPELLED_NAME}} and the way she talked about running for mayor as if it happened to somebody else. She lost, it was years ago, and yet it's the thing she comes back to when she wants to explain why she 'doesn't try any more'. I wanted to say 'but you DID try'. I didn't. I think that was the right call but I'm not sure. Bringing to supervision.

What I learnt about myself: I want clients to feel better in the room, and I mistake that for progress."""),

("team_note", "direct", None,
"""Client contact log (trainee copy — DO NOT SUBMIT, the submitted version is anonymised)

#14  {{A. Nissen|c013|INITIALS}}   DOB {{18/02/1967|c013|DOB}}   referral: self   sessions 6   status: open
#15  —           —            referral: GP     sessions 1   status: DNA x2
#16  —           —            referral: EAP    sessions 0   status: waiting"""),

("email", "direct", None,
"""Hi Dr Marsh,

Attaching my updated log. Sorry, I've just noticed I pasted the contact sheet in as the last page instead of the blank template, so it has {{leisun86@outlook.com|c017|EMAIL}} and the phone number on it. Could you delete that version and use the one attached to this email instead? I'm mortified.

Thanks,
Beatriz (Y2)"""),

("team_note", "direct", None,
"""Week 3 journal entry.

My second-ever client, {{Laurits Schmidt|c020|FULL_NAME}}, is seventeen — younger than my own sister. He's at {{Monroe College|c020|SCHOOL}} doing a foundation year and he painted a mural that everybody in Springfield apparently knows. I felt starstruck for a second, which is ridiculous. I think I managed to hide it. Supervision: ask about working with adolescents who are 'nearly adults'."""),

("team_note", "direct", None,
"""log entry 22/10 — phone call with {{Drew|c021|NICKNAME}} re: moving session to Thursday. He mentioned the soccer team he coaches has a tournament. Agreed Thurs 5pm. Total: 10 min admin."""),

("team_note", "direct", None,
"""Hours log — notes column (trainee: Felix W.)

Sat in on assessment with {{Xiaoming Chen|c031|FULL_NAME}} (observer role, counted as 'observed practice', 1h). Supervisor led. Client discussed early retirement from the brewery and his soccer coaching. I took notes for the supervisor. Not counted toward my client contact hours."""),

("team_note", "direct", None,
"""Trainee logbook – Term 2, entry 9

Client: {{Grzegorz Engle|c036|MISSPELLED_NAME}} (radiographer, {{Jones Dental Group|c036|EMPLOYER}})
Session: 4
Modality: CBT for OCD (contamination)
ERP task set: touch the door handle in the waiting room and not wash for 20 mins. He did 15.
What I'd do differently: not let him negotiate the time down in the room."""),

("team_note", "direct", None,
"""Personal learning log – difference and diversity module

Working with {{Edouard Huet|c042|FULL_NAME}} has taught me how much I rely on idiom. He is French, fluent in English, but 'sitting with it' and 'getting in touch with your feelings' land oddly. When I said 'let's unpack that' he asked if we were going on holiday. We both laughed. Since then I try to say what I mean."""),

("team_note", "direct", None,
"""Home visit log (community placement)

Date: 12/09. Address: {{5130 Smith Court|c045|ADDRESS|street}}, Richmond. Client present. Risk assessment on arrival: no concerns, dog shut in kitchen. Duration 60 min. Lone-working check-in called to office at 14:05 and 15:10."""),

("team_note", "direct", None,
"""Reflective log, w/c 3 March

Today's intake: {{Mikayla Parks|c046|FULL_NAME}}, b. {{June 17, 1998|c046|DOB}}. She teaches chemistry and plays French horn and was featured in the paper for {{delivering a baby on the highway|c046|DISTINCTIVE|fact|delivering a baby on the highway}}, which she said 'nobody lets me forget'. She wanted to talk about the flashbacks from that night. I was a little out of my depth: first trauma referral. Discussed with supervisor same day. Plan: stabilisation, then consider referral to trauma-focused CBT."""),

("team_note", "quasi", None,
"""Reflective log — wk 15

The man I saw this morning is a {{hotel manager|c056|DISTINCTIVE|occupation}} in {{Richmond|c056|ADDRESS|city}}. He {{represents Ward 6 on the Greenville city council|c056|DISTINCTIVE|fact|represents Ward 6 on the Greenville city council}} as well, which I didn't realise you could do when you live in another town. He talks like someone who is never off duty. I left the session exhausted. Note for supervision: my tiredness as information about his."""),

("team_note", "quasi", None,
"""Trainee log (anonymised as per handbook §4.2)

Client: adult male, 70s. Employer: {{Rodriguez Logistics|c050|EMPLOYER}} (part-time, barista in their staff café). Notable: was a {{contestant on season 5 of Survivor|c050|DISTINCTIVE|fact|contestant on season 5 of Survivor}} and still gets recognised. Presenting issue: intrusive memories of the show.
Session notes held in the practice system."""),

("team_note", "quasi", None,
"""Log, Friday

Client is a {{primary school teacher|c039|DISTINCTIVE|occupation}}, near retirement, lives in {{Auburn|c039|ADDRESS|city}}. {{Breeds champion whippets|c039|DISTINCTIVE|fact|breeds champion Whippets in Auburn}} — brought one to the car park and I met it, which is probably a boundary thing I should bring to supervision. He also mentioned his sister {{Julia|c039|RELATIVE}} in passing."""),

("team_note", "quasi", None,
"""Placement reflective journal — difficult endings

My client from {{Madison Academy|c058|EMPLOYER}} ended today. She's been the school {{librarian|c058|DISTINCTIVE|occupation}} there for ages and has lived in {{Quincy|c058|ADDRESS|city}} all her life; everyone at the school knows her. Ending was planned but she brought me a book. I accepted it (supervisor had said small gifts are ok if discussed). I cried in the car afterwards. That's allowed, I think."""),

("email", "quasi", None,
"""Hi Marcus,

Just logging that I'll swap my Tuesday client for the Wednesday slot. It's the {{pharmacist|c054|DISTINCTIVE|occupation}} from {{Jackson|c054|ADDRESS|city}} — the one whose partner {{Erika|c054|RELATIVE}} rang reception last week. She's fine with the change.

Cheers,
Ola"""),

("email", "quasi", None,
"""Subject: log sign-off

Hi Pat,

Can you sign off wk 6–9 of my log? One thing to flag: on the 4th I saw the librarian from {{Madison Elementary School|c057|EMPLOYER}} whose husband {{Levi|c057|RELATIVE}} came to the waiting room and wanted to come in. I didn't let him in but I'm not sure I handled it gracefully. Would value 5 mins on it.

Thanks,
Jo"""),

("team_note", "benign", "deidentified",
"""Trainee hours summary (for submission)

Client 1 — F, 30s — 12 sessions — anxiety — ended
Client 2 — M, 50s — 8 sessions — depression — ongoing
Client 3 — F, 20s — 3 sessions — adjustment — ended early (moved away)
Client 4 — M, 60s — 6 sessions — bereavement — ongoing
Total direct client hours: 29"""),

("team_note", "benign", "nonclient_person",
"""Reflective journal — w/c 7 Oct

Supervision with Susan today. She said my notes are 'too kind to myself' — I only write what went well. Fair. Susan suggested I write one paragraph per week on a moment I'd redo. I'll try. My partner, James, says I talk about supervision more than I talk about work."""),

("team_note", "benign", "name_as_word",
"""Log — reading week

Read Yalom's 'Love's Executioner' cover to cover. The chapter on Betty made me uncomfortable in a useful way. Noted in my journal: I have a lot of faith in my own patience and not much evidence for it. Summer placement forms are due June 1."""),

("team_note", "benign", "weak_attribute",
"""Placement log, entry 30

Intake: woman, 40s, corrections officer, two teenage kids. Long shifts, poor sleep, irritability. I'm not naming the prison. Plan: sleep hygiene, problem-solving, and screening for trauma next week."""),

("email", "benign", "nonclient_person",
"""Hi everyone,

Reminder that logbooks are due to Brian in the programme office by Friday 5pm. Brian has asked that you DON'T email them — bring the hard copy or use the upload portal. Anything with client names will be returned unmarked.

Thanks,
Jennifer Achebe
Programme administrator"""),

("team_note", "benign", "single_quasi",
"""Log note: two of my clients this month work at Grand Hudson Hotel. Flagged to supervisor in case they know each other. Nothing else identifiable recorded here."""),

("team_note", "benign", "nonclient_person",
"""Journal entry — 'the day I got it wrong'

I called my client by the wrong name today. I said Hannah instead of her actual name because Hannah is my sister and I'd just got off the phone with her. The client laughed it off, but I apologised twice, which made it worse. Supervisor: rupture and repair, not shame."""),

("team_note", "benign", "deidentified",
"""Process recording excerpt (anonymised; all identifying details changed)

T: What was that like for you?
C: Like being back at school. Everyone watching.
T: Everyone watching...
C: [pause, 8 seconds] My dad used to do that.
Commentary: I stayed with the silence here for the first time. I was counting in my head."""),

("team_note", "benign", "weak_attribute",
"""Log. Saw a teenager from Springfield today (school referral). Quiet, polite, one-word answers. We played cards for the last 15 minutes and he talked more then. Note for self: side-by-side activities."""),

("email", "benign", "nonclient_person",
"""Hi Dawn — no wait, that's my autocorrect, sorry! Hi Don,

Quick Q about the log: do we count DNA'd sessions as client hours if we waited the full 50 min? The handbook is not clear. Grace on my cohort says yes, Will says no.

Thanks
Mia"""),

("team_note", "benign", "public_figure",
"""Log: case study reading

Re-read Freud's account of Little Hans for the child development seminar. Interesting to compare with Anna Freud's later work and with how we'd formulate a horse phobia now (CBT, graded exposure, parent coaching). Wrote 500 words for the seminar forum."""),
]
