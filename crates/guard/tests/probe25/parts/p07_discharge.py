DOCS = [
("team_note", "direct", None, """DISCHARGE SUMMARY (received from St. Brigid's inpatient psychiatry, scanned 5/22)
Patient: {{Jose Francisco Fuentes|c087|FULL_NAME}}   DOB: {{10 May 1962|c087|DOB}}   MRN: 00-448-1920
Admitted: 05/09/2025   Discharged: 05/21/2025   LOS: 12 days
Admitting dx: F32.3 MDD single episode, severe with psychotic features
Discharge meds: sertraline 150mg daily; olanzapine 5mg nocte
Follow-up: outpatient therapy within 7 days (HEDIS FUH-7) - Riverbend, first appt 5/27 14:00
Carpenter with {{Jones Construction|c087|EMPLOYER}}; off work certificate issued to 6/30.
Husband {{Bernardo|c087|RELATIVE}} aware of discharge plan."""),

("email", "direct", None, """Subject: 7-day follow-up after discharge

Hi Tasha,

The hospital's transitions nurse asked us to confirm we've seen {{Mr. Vaughn|c088|FAMILY_NAME}} within 7 days - his plan pays a bonus to the hospital for FUH-7 compliance, hence the chasing. He's booked for Friday. Best number for him is {{(361) 532-3199|c088|PHONE}} if you need to confirm.

Callum"""),

("email", "direct", None, """Subject: Discharge summary - K. Patton

Dear Dr Lindgren,

Thank you for sending the discharge summary for {{Kristin Patton|c090|FULL_NAME}} following her admission for delirium and depression. At 79 she has complex needs; I'll continue weekly sessions at home by video with her partner {{Barbara|c090|RELATIVE}} assisting with the tech. Please note her insurer (Medicare Advantage) requires the discharge summary to be on file before we bill 90837 with POS 10.

Regards,
Mina Sato, PsyD""".replace("Subject: Discharge summary - K. Patton", "Subject: Discharge summary - {{K. Patton|c090|INITIALS}}")),

("team_note", "direct", None, """Discharge letter (translated by hospital interpreter) for {{曹雷|c092|FULL_NAME}}, DOB {{1958-10-22|c092|DOB}}. Journalist; admitted 3 nights after overdose. Safety plan reviewed with interpreter present. Next session Tue 10:00 with Mandarin interpreter booked (CPT T1013 billed separately)."""),

("email", "direct", None, """Subject: Re: student discharged from hospital

Hi Priya,

Yes, {{Evelyn|c096|GIVEN_NAME}} was discharged yesterday. The {{University of Glendale|c096|SCHOOL}} student health plan requires a return-to-campus letter from a treating clinician. I can write it, but only with her consent and only saying she's fit to return - no diagnosis.

Zoe"""),

("team_note", "direct", None, """Discharge summary arrived by email from the client himself ({{o.hardy@hotmail.com|c097|EMAIL}}), forwarded from the hospital portal. Reviewed: admitted for 48h observation after panic attack misread as cardiac. Troponins normal. Psychiatry recommends CBT for panic - which is what we're doing. Uploaded."""),

("team_note", "direct", None, """Post-discharge check-in call with {{Cher|c102|NICKNAME}} - she's home, sleeping better, has the 5-day supply of meds but not the rest (pharmacy waiting on PA). Called the pharmacy; PA submitted by prescriber today. Next appt Monday."""),

("email", "direct", None, """Subject: discharge planning meeting - Mel Scott

Hi all,

Discharge planning meeting for {{Mel Scott|c105|FULL_NAME}} on Thursday at 11:00 on the ward. Attendees: ward psychiatrist, social worker, me. Key issue: she's a care assistant at {{Clark Dental Group|c105|EMPLOYER}} and wants to return to work next week, which the team thinks is too soon. Also: her coverage ends on 6/30 unless she returns to 30 hrs/week. Money and recovery pulling in opposite directions.

Sim""".replace("Subject: discharge planning meeting - Mel Scott", "Subject: discharge planning meeting - {{Mel Scott|c105|FULL_NAME}}")),

("team_note", "direct", None, """Session 1 after discharge - {{Penny|c111|NICKNAME}}. Hospital summary says "stable for discharge"; she says she was discharged because her plan's inpatient days ran out. Both can be true. Focus today: safety plan, sleep, getting back to the coffee roastery slowly. 90837 (53 min) + 90785."""),

("email", "direct", None, """Subject: Discharge summary - name mismatch

Hello,

The discharge summary you sent lists "{{Julio Cesar Montenegro|c117|MISSPELLED_NAME}}"; our records and his insurance card have "{{Julio César Montenegro|c117|FULL_NAME}}". Could you issue a corrected copy? His insurer's system is rejecting the attached document as a mismatch.

Thank you,
Records, Riverbend Counselling"""),

("team_note", "direct", None, """Home visit post-discharge: {{6310 Oak Way, Springfield|c119|ADDRESS|street}}. Husband present, agreed to hold medication and dispense daily. Client (mechanic, on medical leave) calm, engaged. Next visit Thursday. Mileage 14 mi."""),

("case_presentation", "direct", None, """Case review: readmissions

{{Henri L.|c121|INITIALS}}, dental hygienist at {{Clayton Family Clinic|c121|EMPLOYER}}, two admissions in 90 days. Pattern: discharged on Friday, no outpatient appointment until the following Thursday. Recommendation to the hospital: schedule our first appointment before discharge, not after. Insurer case manager supports this (it reduces their readmission costs too)."""),

("email", "quasi", None, """Subject: discharge - graphic designer

Hi Sophie,

Discharge summary for the graphic designer from {{Henderson Studio|c091|EMPLOYER}} came in. He {{coaches the Arlington Rockets under-10 lacrosse team|c091|DISTINCTIVE|fact|Arlington Rockets under-10 lacrosse}} and is desperate to get back to it - the team is what keeps him going. Let's bring that into the relapse plan.

Jess"""),

("team_note", "quasi", None, """Discharge follow-up: {{barista|c101|DISTINCTIVE|occupation}}, {{Franklin|c101|ADDRESS|city}}, works at the {{Holmes Logistics|c101|EMPLOYER}} canteen. Admitted 4 days for alcohol withdrawal. Husband supportive. Outpatient detox follow-up with GP; weekly therapy."""),

("email", "quasi", None, """Subject: post-discharge plan

Dr Okeke,

Your patient, a session musician with {{Gross Studio|c115|EMPLOYER}} who {{painted the big mural on Pine Drive|c115|DISTINCTIVE|fact|mural on Pine Drive}}, started with us on Monday as planned. I'll send you an update after 4 sessions as requested in the discharge summary.

Kind regards,
Fiona"""),

("team_note", "quasi", None, """Discharge summary review: nurse at {{Clark Dental Group|c120|EMPLOYER}}, hosts {{a fly-fishing podcast (Analog Historian)|c120|DISTINCTIVE|fact|Analog Historian}}. Admission for suicidal ideation. She wants to keep recording the podcast - discussed as a protective factor."""),

("email", "quasi", None, """Subject: Re: hospital discharge

Hi Gina,

Yes - she's the nurse from {{Milford Medical Center|c123|EMPLOYER}} with the {{tortoise called Beans that went viral|c123|DISTINCTIVE|fact|tortoise named Beans}}. Discharged Tuesday. She asked me to tell you the tortoise is fine (she was worried about it the whole admission).

P."""),

("team_note", "quasi", None, """Post-discharge: session musician at {{the Oakland Herald|c131|EMPLOYER}}'s podcast studio, {{hosts the Analog Cook sourdough podcast|c131|DISTINCTIVE|fact|Analog Cook podcast about sourdough}}. Admitted after a manic episode. Lithium started. Weekly therapy + psychiatry monthly."""),

("team_note", "benign", "deidentified", """FUH-7 / FUH-30 compliance, Jan-May:
Discharges referred to us: 37
Seen within 7 days: 29 (78%)
Seen within 30 days: 35 (95%)
Not seen: 2 (declined)
No client-level data in this report."""),

("email", "benign", "nonclient_person", """Subject: hospital transitions nurse

Hi team,

Our main contact at St. Brigid's for discharges is now Evelyn Kraus, RN (transitions). She'll email discharge summaries via secure link. Please confirm receipt within one working day - their plan contracts measure it.

Evelyn's number: 555-0175.

Harriet"""),

("social_post", "benign", "public_figure", """Listened to Cher on the drive home after a long day of discharge planning meetings. "Do you believe in life after love?" Yes, and also in life after a psychiatric admission. It takes a village and a good outpatient appointment within 7 days. #mentalhealth"""),

("team_note", "benign", "name_as_word", """Discharge summaries: please read the whole thing, not just the meds list. Will save you a headache. Penny-pinching insurers push for short stays, so the summaries are thinner than they used to be."""),

("case_presentation", "benign", "deidentified", """Teaching case: the "Friday discharge"

Composite case, no identifying details. A middle-aged man is discharged on a Friday afternoon after a 5-day admission. The discharge summary arrives on Tuesday. His first outpatient appointment is the following Monday. He is readmitted on Sunday. What went wrong? Discussion: warm handoffs, bridging calls, the role of insurer case managers in scheduling."""),

("email", "benign", "nonclient_person", """Subject: thank you - discharge liaison

Dear Dr. Fuentes,

Thank you for including us in the discharge planning meeting on Tuesday. It made a real difference to have the therapist at the table. We'd be glad to do the same for future patients.

Warm regards,
Riverbend Counselling"""),

("team_note", "benign", "single_quasi", """Discharges from Clark Dental Group staff plan members go through their EAP first. EAP covers 3 sessions; after that the commercial plan. Just flagging so intake doesn't tell people we're out-of-network when we're not."""),

("team_note", "benign", "weak_attribute", """Hospital called re: a man in his 60s from Kingston who gave our name as his therapist. We have no record of him. Told the hospital we can't confirm or deny, and that if he is a client he can sign a release."""),

("email", "benign", "name_as_word", """Subject: Hope ward closing

Hi all,

St. Brigid's is closing their Hope ward (the step-down unit) from 1 July for refurbishment. Discharges will come straight from the acute ward, so expect clients a bit less settled at first appointment. Holly Ward stays open.

Marcus"""),
]
