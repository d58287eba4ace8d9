"""Paediatrician, GP and CAMHS referrals, intake notes, multidisciplinary (MDT) case discussions."""
DOCS = [
("email", "direct", None, """Subject: Referral to CAMHS – urgent

Dear Colleague,

Re: {{Louis Johnson|c043|FULL_NAME}} ("{{Lou|c043|NICKNAME}}"), DOB {{24/12/2011|c043|DOB}}, {{Shelby High School|c043|SCHOOL}}.

I would be grateful for an urgent assessment. Over the last month {{Lou|c043|NICKNAME}} has described intrusive thoughts about harming himself and has begun to restrict food. His mother, {{Rhonda|c043|RELATIVE}}, is supportive and aware of this referral.

Yours faithfully,
Orla Keating, Child & Adolescent Psychotherapist"""),

("team_note", "direct", None, """Call from Dr. Haldane (community paeds) re {{Ralph|c078|GIVEN_NAME}}: ADHD assessment completed, diagnosis combined type, trial of medication to start after half-term. Paeds asks us to continue the parent-management sessions with mum. She'd like our Conners forms by the 20th."""),

("case_presentation", "direct", None, """MDT, Thursday. {{A.H.|c021|INITIALS}}, 14, {{Hawthorne High|c021|SCHOOL}}, lives with mother and older brother {{Chad|c021|RELATIVE}}. Referred by school nurse after disclosure of self-harm (superficial cuts, forearms). Risk: low–moderate; no plan or intent. Proposed: DBT-informed skills group + weekly individual. For discussion: whether to involve {{Chad|c021|RELATIVE}}, who she describes as "the only one who gets it"."""),

("email", "direct", None, """Subject: referral — psychoeducational assessment

Dear Dr. Lindqvist,

I am referring {{Brittney Turner|c329|FULL_NAME}}, born {{September 17, 2011|c329|DOB}}, currently in Grade 8 at {{Franklin Middle School|c329|SCHOOL}}, for a psychoeducational assessment. Her teachers describe a bright girl who "freezes" on written tasks. Her mother, {{Elizabeth|c329|RELATIVE}}, has consented.

Sincerely,
Imogen Thwaite, RCC (Vancouver)"""),

("team_note", "direct", None, """Out-of-hours: {{Tiffy|c326|NICKNAME}} rang the crisis line from {{971 203 9494|c326|PHONE}} at 23:10, tearful after a fight with her dad. Safety plan reviewed on the phone; she agreed to wake mum. Duty to call her back 09:00. Flag for Monday team meeting."""),

("case_presentation", "direct", None, """Tier 3 review: {{Cory Ruiz|c483|FULL_NAME}}, 17, {{North Franklin High|c483|SCHOOL}}, works weekends washing glasses at {{Lebanon Brewing Company|c483|EMPLOYER}}. Presenting with panic attacks at work and school. Older sister {{Amanda|c483|RELATIVE}} has a history of eating disorder; parents anxious about "a second one". CBT for panic, 12 sessions; consider transition planning as he turns 18 in June."""),

("email", "direct", None, """Subject: ED service referral

Dear Intake Team,

Referral for {{Kimberly Reynolds|c397|FULL_NAME}}, 17, of {{1124 Dixon Drive, Brookfield|c397|ADDRESS|street}}. Weight loss of approximately 8 kg over three months, amenorrhoea, rigid rules around food. Her father, {{Walter|c397|RELATIVE}}, has been the one to bring her to appointments and is very worried.

Kind regards,
Dr. Imogen Thwaite"""),

("team_note", "direct", None, """Intake: {{Jacob Lyn|c476|MISSPELLED_NAME}} ("{{Jaap|c476|NICKNAME}}", Dutch family nickname), 13. Referred by GP for tics and anxiety. Mum {{Barbara|c476|RELATIVE}} attended. Tics worse in the evenings and around exams. Plan: psychoeducation, CBIT referral."""),

("email", "direct", None, """Subject: {{Maria|c198|GIVEN_NAME}} – paediatric review

Dear Dr. Costigan,

Thank you for seeing {{Maria Shelton|c198|FULL_NAME}} last week. She has asked that any follow-up appointment letters also go to her own e-mail, {{marias91@fastmail.com|c198|EMAIL}}, as she is the one who manages her diary between her mum's and her dad's. I have no objection.

Le gach dea-ghuí,
Orla Keating"""),

("case_presentation", "direct", None, """Transition case (CAMHS to adult services): {{Édouard Poirier|c115|FULL_NAME}}, 18, first year at {{Waverly Community College|c115|SCHOOL}}. Longstanding OCD, well managed until the move away from home. His sister {{Céline|c115|RELATIVE}} is his main support and wants to attend the handover meeting. The question for the panel: who holds him between services?"""),

("team_note", "direct", None, """Handover. {{Ζωή Καρκαλέτση|c172|FULL_NAME}}, 18, {{University of Oakland|c172|SCHOOL}}, sister {{Νεκταρία|c172|RELATIVE}} will attend the first session to interpret for the family if needed. Presenting: homesickness, low mood, not eating in halls. Greek-speaking clinician requested."""),

("email", "quasi", None, """Subject: possible referral

Hi Dr. Haldane,

A heads-up about a 14-year-old at {{North Franklin High|c159|SCHOOL}}, you may have seen him in the paper: he {{made the Centerville Herald for handing back a wallet with ten grand in it|c159|DISTINCTIVE|fact|Centerville Herald for returning a lost wallet}}. Since the coverage he's been targeted online and isn't sleeping. Mum will call your office.

Thanks,
Imogen"""),

("team_note", "quasi", None, """Screening: 17yo girl, {{North Franklin High|c493|SCHOOL}}, {{oboist with the Plymouth Symphony's youth players|c493|DISTINCTIVE|fact|oboe in the Plymouth Symphony}}. Performance anxiety, vomiting before concerts. Offered CBT slot Tues 4pm."""),

("case_presentation", "quasi", None, """Case discussion: 17-year-old girl at {{Oxford High|c079|SCHOOL}}. Works Friday nights at {{Clayton Bowling Lanes|c079|EMPLOYER}} and is {{the lead singer of the Velvet Monarchs|c079|DISTINCTIVE|fact|Velvet Monarchs}}, a local band with a real following. Referred for alcohol use at gigs. Her identity is built around the band; how do we talk about drinking without threatening that?"""),

("case_presentation", "quasi", None, """Peer review. Young man, 17, part-time at {{Riverside Bowling Lanes|c301|EMPLOYER}}, who {{painted the huge mural on Oconnell Place|c301|DISTINCTIVE|fact|mural on Oconnell Place}} last summer and got a lot of attention for it. Referred by his GP for low mood since the attention faded. Discussion focused on identity and what comes after a "peak"."""),

("team_note", "quasi", None, """Intake note: 13yo boy, {{plays bass in the Hollow Kettles|c476|DISTINCTIVE|fact|bass in the local band the Hollow Kettles}} (local band, older members), older sister {{Julie|c476|RELATIVE}} brought him in. Concerns about late nights and older peers. Parents aware."""),

("email", "quasi", None, """Subject: 18-year-old, transition

Hi Kirra,

Re the young woman we discussed: first year at the {{University of Oakland|c086|SCHOOL}}, works at {{Kingston Bowling Lanes|c086|EMPLOYER}}, and she's the one who {{was in the Brookfield Herald for climbing every peak in the state in one summer|c086|DISTINCTIVE|fact|Brookfield Herald for climbing every peak}}. She's just aged out of CAMHS and has no adult therapist yet. Could you take her?

Imogen"""),

("case_presentation", "quasi", None, """Brief presentation: 19-year-old woman, {{Washington College|c144|SCHOOL}}, originally from Spain, living with her sister {{Rosa|c144|RELATIVE}}. First episode of depression after leaving home. Family therapy by video with parents in Valencia, which raises questions about cross-border practice."""),

("team_note", "benign", "nonclient_person", """Dr. Kennedy (paeds registrar) called to ask about our waiting times for under-5s. Explained current wait is 9 weeks. She'll send referrals via the portal. No client discussed."""),

("email", "benign", "deidentified_case", """Subject: referral enquiry

Dear Intake Team,

I'd like to ask whether your service would accept a referral for a 7-year-old girl with suspected selective mutism, no other developmental concerns, speaking freely at home but not at all at school. If so, what information would you need in the first instance? I will send identifying details only once you confirm.

Kind regards,
Orla Keating"""),

("case_presentation", "benign", "deidentified_case", """Teaching case (fully anonymised). "Child J", 11, referred by a paediatrician for recurrent abdominal pain with no organic cause. Mother anxious, father working abroad. Over 10 sessions, a family-systems formulation linked the pain to the father's departures. The pain resolved when the family started a weekly video call ritual."""),

("email", "benign", "therapy_life", """Subject: CAMHS waiting list update

Hi all,

The local CAMHS team tells me the wait for a first appointment is now 42 weeks for non-urgent referrals. Please keep that in mind when talking to families about "just getting a referral". Our own waiting list is at 6 weeks.

Orla"""),

("team_note", "benign", "public_figure", """Climate anxiety group planning: use the Greta Thunberg UN speech clip as a discussion opener, then the Jane Goodall "reasons for hope" interview. Aim for agency, not doom."""),

("email", "benign", "name_as_word", """Subject: Re: Spanish resources

Hi Fiona,

My Spanish is rusty, so for the family on Thursday I'd rather we book the interpreter than have me try. Chase the agency if they haven't confirmed by tomorrow.

Thanks,
Imogen"""),

("case_presentation", "benign", "single_quasi", """Audit presentation: referrals from the University of Oakland counselling service rose by 40% this year, mostly first-year students with anxiety. We propose a joint drop-in clinic on campus two afternoons a week."""),

("social_post", "benign", "therapy_life", """Reminder for parents: a referral letter is not a rejection of you. It's a door. I wrote four of them this week — to paediatricians, to a speech therapist, to an OT — and every single parent looked at me like I'd told them they'd failed. You haven't. 💛 #childtherapy #parenting"""),

("team_note", "benign", "nonclient_namesake", """Personal note left for admin: I'm leaving at 3 on Friday — my nephew Ralph has his first football match and I promised my sister. Please move the 3:30 to Monday."""),
]
