# Part 2: firefighters and paramedics. Return-to-work letters, occupational health,
# station peer-support, EMS chat, a podcast.
DOCS = [
    ("email", "direct", None, """Subject: Return to operational duties — FF {{Yesenia Pena|c156|FULL_NAME}}

Battalion Chief Ochoa,

As requested by the {{Clinton Fire Department|c156|EMPLOYER}} occupational health unit, this letter confirms that Firefighter {{Pena|c156|FAMILY_NAME}} has completed a course of trauma-focused therapy with me following the Route 9 incident. I support a graded return: two weeks on light duties, then full rota including interior attack. She has asked that her daughter {{Debra|c156|RELATIVE}} not be contacted as an emergency reference for this process.

Yours sincerely,
Gráinne Doyle, MSc, Counselling Psychologist"""),

    ("team_note", "direct", None, """Station 4 peer-support debrief (I sat in at the crew's request)

Lt. {{Hodges|c289|FAMILY_NAME}} — my client since March, consented to me attending — took the lead and talked about the child she couldn't reach on the second floor. Crew were quiet but respectful. Afterwards she told me she felt "like I'd been holding my breath for a year". Next individual session moved up to Monday."""),

    ("social_post", "direct", None, """Shout-out to {{Rusty|c432|NICKNAME}}, my favourite firefighter-turned-cellist, who {{plays cello in the Riverside Symphony Orchestra|c432|DISTINCTIVE|fact|cello in the Riverside Symphony}} and told me today that the Elgar is the only thing that quiets the pager noise in his head. 🎻🚒 Healing looks different for everyone."""),

    ("case_presentation", "direct", None, """Case notes summary for the occupational health panel

Name: {{Ernest Stanislawek|c471|MISSPELLED_NAME}}
Role: firefighter, {{Ashland Fire Department|c471|EMPLOYER}}, 30+ years' service
Concern: cumulative exposure; panic on two recent calls involving vehicle entrapment.
Recommendation: temporary removal from the rescue tender; continue weekly therapy; review in six weeks."""),

    ("email", "direct", None, """Hi Dr. Fairweather,

Occupational health here at the ambulance trust. We have a referral for one of our paramedics, {{Krystal|c133|GIVEN_NAME}} (DOB {{Dec 8, 1997|c133|DOB}}), following the multi-casualty shift on the 12th. She's asked for a private therapist rather than our in-house team. Could you offer an assessment in the next fortnight?

Kind regards,
Femi Adeyemi, OH Nurse Adviser"""),

    ("team_note", "direct", None, """Supervision list (EMS caseload), wk 23
- {{Campillo|c469|FAMILY_NAME}}: paramedic, nightmares reducing; wants to return to the helicopter unit. Discuss readiness next week.
- {{Michael Mccoy|c066|FULL_NAME}}: still signed off; his council duties are keeping him afloat, he says. Pressure from the {{St. Anne's Hospital|c066|EMPLOYER}} rota manager to come back early — I'll write.
- Referrals pending: 2 from the fire academy (no names yet)."""),

    ("social_post", "direct", None, """{{Bessie|c208|NICKNAME}} and the {{Hollow Mittens|c208|DISTINCTIVE|fact|Hollow Mittens}} played the fire hall fundraiser tonight and I may have cried a little. Two years ago she couldn't sit through a whole session without leaving the room. 🔥🎤 #proudtherapist"""),

    ("email", "direct", None, """Subject: contact details updated

Hi Marta,
{{Taylor|c016|GIVEN_NAME}} (the paramedic on Thursdays) changed email — new one is {{taylorwarner76@outlook.com|c016|EMAIL}}. Please delete the old Hotmail from the portal so the appointment reminders stop bouncing.
Thanks! J"""),

    ("team_note", "direct", None, """Mon 08:15 — {{Ginger|c302|GIVEN_NAME}} called from the ambulance base, shift overran after a cardiac arrest, will be 30 min late for her 9. I told her fine, we'll do a shorter session and focus on the sleep log."""),

    ("case_presentation", "direct", None, """Presentation to the Trauma Special Interest Group

Client: {{Eric Lawson|c127|FULL_NAME}}, 73, retired-but-still-volunteering paramedic who {{was a contestant on season 12 of The Voice|c127|DISTINCTIVE|fact|season 12 of The Voice}} in his sixties. Husband {{Frank|c127|RELATIVE}} attends some sessions. Presenting problem: grief after the death of a long-time crewmate; guilt about having "chosen singing over the job" for a season."""),

    ("email", "direct", None, """Hi Sandeep,

Please post the signed return-to-work form to {{1466 River Place|c390|ADDRESS|street}} rather than to the station — {{Madison|c390|GIVEN_NAME}} doesn't want her watch commander opening it. I've marked her file accordingly.

— Colette, practice manager"""),

    ("team_note", "direct", None, """Note to file: Ms {{Yang|c217|FAMILY_NAME}} (paramedic) asked that her sister {{Ying|c217|RELATIVE}} be removed as emergency contact after their falling-out at New Year. Updated in the portal, 9 June."""),

    ("team_note", "quasi", None, """Group screening: {{firefighter|c033|DISTINCTIVE|occupation}} from {{Quincy|c033|ADDRESS|city}}, currently attached to the {{Clinton County Sheriff's Office|c033|EMPLOYER}} arson unit. Late seventies, very sharp, dislikes "therapy language". I think she'd suit the older responders' group more than the mixed one."""),

    ("social_post", "quasi", None, """Watching one of my paramedic clients {{coach the Plymouth Tigers under-12 lacrosse team|c302|DISTINCTIVE|fact|Plymouth Tigers under-12 lacrosse}} on Saturday, with her son {{James|c302|RELATIVE}} on the bench, was a reminder that recovery happens in real life, not in my office. ☀️"""),

    ("email", "quasi", None, """Subject: Consult?

Tomasz — I'm seeing a firefighter from the {{Oxford Fire Department|c266|EMPLOYER}} who {{breeds champion Dachshunds|c266|DISTINCTIVE|fact|champion Dachshunds in Florence}} and is convinced the dogs are the only reason he's still here. Safety plan in place. Would value twenty minutes with you on the risk formulation this week."""),

    ("case_presentation", "quasi", None, """Case study (consented for internal teaching only — do not circulate outside the team)

Presenting situation. A {{paramedic|c255|DISTINCTIVE|occupation}} in {{Oakland|c255|ADDRESS|city}}, early twenties, three years qualified, studying part-time for a degree at the {{University of Clinton|c255|SCHOOL}}. Referred by her GP after two episodes of panic in the back of the ambulance, both on routes that pass the primary school where she attended a paediatric cardiac arrest last October.

History. No previous contact with mental-health services. Grew up with a parent who worked in emergency medicine and describes "a family rule that you don't bring the job home". Lives with a friend; close to her mother, who is herself unwell at present.

Current difficulties. Avoidance of the school route (she has swapped shifts to avoid it three times); intrusive images of the child's shoes; poor sleep before day shifts; a growing belief that she is "not cut out for this". She has told no one at work. Her crewmate, whom she trusts, has noticed she goes quiet near the school.

Formulation (draft). Single-incident trauma in a context of high responsibility and low permission to be affected. Avoidance is maintaining the fear and feeding the belief that she is unsuitable for the job.

Plan. Trauma-focused CBT, twelve sessions; psychoeducation about normal responses to paediatric deaths; a graded plan for the route, agreed with her, and a conversation — when she is ready — with the service's trauma risk management practitioner, Mr Eamon Fitzpatrick.

Questions for the team. How much should we involve the ambulance service at this stage? And how do we hold the fact that her studies are also suffering, with exams in six weeks?"""),

    ("social_post", "quasi", None, """Listened to my client's episode of the {{Sideways Mechanic podcast|c315|DISTINCTIVE|fact|Sideways Mechanic podcast}} on the drive in — a paramedic who also {{represents Ward 8 on the Centerville city council|c315|DISTINCTIVE|fact|Ward 8 on the Centerville city council}} talking openly about burnout. Brave stuff. 🎧"""),

    ("team_note", "quasi", None, """Intake triage: {{firefighter|c281|DISTINCTIVE|occupation}}, {{Burlington|c281|ADDRESS|city}}, works through {{Florence Emergency Communications|c281|EMPLOYER}} on the joint dispatch project. Reports anger outbursts; partner worried. Offer first available with Dr. Osei."""),

    ("social_post", "benign", "single_quasi", """Spoke to two firefighters from Madison at the open evening tonight. Both said the same thing: "we don't talk about it at the station". That's the work, right there. 🚒"""),

    ("email", "benign", "nonclient_namesake", """From: Chief Tomás Herrera, Fire & Rescue Services
To: Riverbend Counselling Practice
Subject: Memorandum of understanding — counselling referrals

Dear colleagues,

Attached is the draft MoU for the coming year. The main change is that self-referrals no longer need my office's approval, and the department will cover twelve sessions per member instead of eight. Deputy Chief Lorna Mayfield is the contact while I'm on leave.

Regards,
T. Herrera"""),

    ("social_post", "benign", "public_figure", """Brilliant interview with LAFD Chief Kristin Crowley on leading through the wildfire season. The bit about taking her own mental health seriously should be required listening for every officer in charge."""),

    ("social_post", "benign", "nonclient_namesake", """My sister Krystal just finished her paramedic exams and I could not be prouder. She still calls me to vent after placements — occupational hazard of having a therapist in the family. 💚"""),

    ("social_post", "benign", "name_as_word", """Ginger tea, heated blanket, no pager. After a week of wildfire debriefs this is my Friday night and I will not apologise."""),

    ("case_presentation", "benign", "deidentified_case", """Teaching case (composite): An experienced paramedic attends a paediatric arrest that ends in death. In the following months they become irritable, stop eating with the family and take extra shifts. No single identifying detail is real. Questions: What is the role of operational debriefing? When does avoidance become a treatment target?"""),

    ("team_note", "benign", "nonclient_namesake", """Who's who for Friday's EMS liaison meeting: Dr. Alison Shepherd (ED consultant, chairing), paramedic supervisor Dan Whitlock, Station Officer Ruth Kavanagh from the fire service, and me. Agenda: shared trauma pathway, referral forms."""),

    ("social_post", "benign", "single_quasi", """Someone I work with is an EMT at St. Anne's Hospital and said the hardest part of the job is the paperwork after, not the call itself. I think about that a lot."""),

    ("social_post", "benign", "therapy_life", """Transcript excerpt — "Off Shift" podcast, ep. 41
CAPT. MIKE DOWLING: So you're a therapist who only sees first responders?
GUEST: Mostly. Firefighters, medics, dispatch, some police.
DOWLING: And what's the number one thing you wish we knew?
GUEST: That asking for help is a skill you can train, same as a ladder drill."""),

    ("email", "benign", "nonclient_person", """Hi all — Watch Manager Sian Pritchard from Cardiff Central asked for thirty copies of our "After the Call" leaflet for the new recruits. Could someone box them up? She'll collect Wednesday. Cheers, Owain"""),
]
