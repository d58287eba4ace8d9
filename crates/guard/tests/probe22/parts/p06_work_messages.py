# Work messages sent from the same phone: to colleagues at Millbrook Counseling, the supervisor,
# clients' relatives, GPs; team notes.
DOCS = [
("team_note", "direct", None,
 "Supervision notes, 14/10: discussed {{Taylor Schmidt|c041|FULL_NAME}} — my countertransference around school refusal (my own son went through it last year). Plan: slow down, name it, check in with supervisor again in 2 weeks."),

("team_note", "benign", "nonclient_person",
 "Office reminder: Laura (admin) is off Friday, so Heather will cover reception from 9. Kathryn from billing needs all the superbills in by Thursday noon. Michael is fixing the printer. Again."),

("email", "direct", None,
 "Subject: Update — {{Evan Murray|c018|FULL_NAME}}, DOB {{05/19/1993|c018|DOB}}\n\nDear Dr. Patel,\n\nI'm writing with the patient's consent to update you on {{Mr. Murray|c018|FAMILY_NAME}}'s progress. He has attended 8 of 10 sessions and his PHQ-9 has dropped from 18 to 11. I'd support continuing the sertraline at the current dose.\n\nKind regards,\nMiriam Castell, LCSW"),

("email", "direct", None,
 "Dear {{Mr. Goj|c005|RELATIVE}},\n\nThank you for calling the office about your wife. I do understand how worried you are. I'm not able to discuss {{Bianka|c005|GIVEN_NAME}}'s treatment with you without her written consent, but I'll let her know you called and she can decide whether to sign a release.\n\nWith best wishes,\nMiriam Castell"),

("team_note", "benign", "deidentified",
 "Consult request (de-identified): client in their 40s, works in logistics, presenting with panic attacks after a workplace incident 6 weeks ago. Sleep poor, no SI. Question for the group: EMDR now, or stabilisation first? Thoughts Thursday."),

("team_note", "quasi", None,
 "Consult: new intake is a {{paramedic|c126|DISTINCTIVE|occupation}} in {{Manchester|c126|ADDRESS|city}}, works out of {{St. Joseph's|c126|EMPLOYER}}; partner left in August; lot of shame about drinking before night shifts. Would value a second opinion on level of care."),

("email", "benign", "nonclient_person",
 "Hi Jennifer, could you possibly cover my 3pm on Tuesday? Tom has a work trip and Ivy has a dentist appointment I can't move. I'll take your Friday 9am in return. Thanks! M"),

("team_note", "direct", None,
 "{{Les|c022|NICKNAME}} no-showed again (3rd in a row). Sending the discharge-warning letter per policy; will try one phone call first."),

("email", "benign", "deidentified",
 "Hi Joanne,\n\nCan we talk about dual relationships on Thursday? I keep running into clients at the pool, the supermarket, the school gate, and I'm not sure I'm handling it well. No one specific — it's more of a pattern I want to think about with you.\n\nThanks,\nMiriam"),

("team_note", "direct", None,
 "Callback list, Weds:\n1. {{302-809-0149|c015|PHONE}} — re med change, wants to talk before Friday\n2. Dr Patel's office re fax\n3. Pick up Ivy 3:15 (personal!!)"),

("email", "quasi", None,
 "Subject: Referral?\n\nHi Sam,\n\nPossible referral for you: a {{journalist|c168|DISTINCTIVE|occupation}} at {{the Glendale Herald|c168|EMPLOYER}} who lives out in {{Mount Vernon|c168|ADDRESS|city}}. He'd prefer a male therapist, evenings only. Can you take him? If so I'll pass on your number.\n\nMiriam"),

("team_note", "benign", "nonclient_person",
 "Staff meeting: please welcome our new intern, Christopher Diaz, who starts Monday and will be shadowing Joanne. Cake in the kitchen at 12."),

("email", "direct", None,
 "Hi Heather, can you email the superbill to {{a.weiss@hotmail.com|c061|EMAIL}}? He asked for electronic copies for his insurer from now on. Thanks!"),

("team_note", "direct", None,
 "Running 10 min late — {{Spencer|c003|GIVEN_NAME}}'s session overran. Can someone start group without me? Handouts are on my desk."),

("team_note", "benign", "single_quasi",
 "Reminder re the Adams Logistics EAP contract: sessions are capped at 6 per episode, and the company must never be told who has attended."),

("email", "quasi", None,
 "Subject: dual relationship — advice please\n\nJoanne, I'm seeing a {{lecturer|c066|DISTINCTIVE|occupation}} from {{Richmond|c066|ADDRESS|city}} who {{coaches the Richmond Falcons under-10 volleyball team|c066|DISTINCTIVE|fact|Richmond Falcons under-10 volleyball}} and {{plays oboe in the Hamilton Symphony|c066|DISTINCTIVE|fact|oboe in the Hamilton Symphony}}. I've just found out my daughter is joining that team in January. Do I need to refer out, or is it manageable?\n\nM"),

("team_note", "direct", None,
 "Home visit Thursday 2pm: {{4084 Willow Place|c073|ADDRESS|street}}. Dog on premises, park on the street not the drive."),

("email", "benign", "public_figure",
 "Did anyone else watch the Michael Jordan documentary this weekend? Tom and Jamie have now decided they're a basketball family. I've been to zero games."),

("team_note", "direct", None,
 "Billing: insurer rejected the claim for DOB {{1951-07-12|c034|DOB}} — they have it on file as 1951-12-07 (day/month swapped). Can someone call them and fix?"),

("team_note", "direct", None,
 "{{RH|c111|INITIALS}} from {{Hamilton College|c111|SCHOOL}} — risk reassessed today, now low. Safety plan updated and copied to file."),

("team_note", "benign", "nonclient_person",
 "Our new receptionist, Summer, starts Monday 🌞 Please be nice, and please don't tell her about the printer yet."),

("team_note", "quasi", None,
 "Intake summary: {{corrections officer|c192|DISTINCTIVE|occupation}} from {{Madison|c192|ADDRESS|city}}, employed by the {{Newport County Sheriff's Office|c192|EMPLOYER}}. {{Ran for mayor of Newport in 2014|c192|DISTINCTIVE|fact|mayor of Newport in 2014}} and lost; says it still feels raw. Presenting with low mood, irritability."),

("email", "direct", None,
 "Dear {{Esther|c201|RELATIVE}},\n\nThank you for bringing {{Paola|c201|GIVEN_NAME}} in today and for waiting so patiently. As discussed, I'd like to see her weekly for the next six weeks. Please call the office if anything changes before Tuesday.\n\nWarm regards,\nMiriam Castell"),

("email", "benign", "public_figure",
 "Reading for Thursday's group: Yalom's 'Love's Executioner', chapters 1–3. Note how he disguises his clients — worth discussing given our own newsletter plans."),

("email", "direct", None,
 "Dr. Patel,\n\n{{Mr. Texier|c211|FAMILY_NAME}} has agreed to a medication review. Could you see him in the next fortnight? He's struggling with the night shifts.\n\nMiriam Castell, LCSW"),

("team_note", "benign", "nonclient_person",
 "Peer supervision Thursday: Anthony, Brenda and I will present. Jennifer is chairing. Please bring a case (de-identified!)."),

("email", "quasi", None,
 "Hi Sam — heads up, the woman who {{owns the vintage clothing store on Beacon Drive|c249|DISTINCTIVE|fact|vintage clothing store on Beacon Drive}} and {{plays bassoon with the Bristol Symphony|c249|DISTINCTIVE|fact|bassoon in the Bristol Symphony}} has asked to transfer to you (scheduling). I'll send records once she signs the release."),

("team_note", "direct", None,
 "{{Bruce|c154|GIVEN_NAME}}'s mum called — he's refusing to come in this week. I'll offer a walk-and-talk on Saturday instead."),
]
