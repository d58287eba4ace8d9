# Prison and jail in-reach: mental-health in-reach notes, release planning, officers' referrals.
DOCS = [
("team_note", "direct", None,
 "In-reach, HMP Eastbrook, C-wing. Seen {{Ricky Copeland|c038|FULL_NAME}} (prison no. A4471KD) in the healthcare room at 10:20. "
 "Officer present at door by request of wing SO. {{Ricky|c038|GIVEN_NAME}} reports poor sleep since the cell move, no thoughts of self-harm. "
 "ACCT closed last week. Review in 7 days."),
("team_note", "direct", None,
 "County jail mental-health rounds 06/02. {{Hayden|c402|GIVEN_NAME}} (booking #25-004719) still refusing meds, says the voices are 'quieter in here than outside'. "
 "Pod B, lower tier. Asked custody staff to keep him off the transport list until his psych eval on Thursday."),
("team_note", "direct", None,
 "{{Carl|c283|NICKNAME}} asked to be seen again — first in-reach session since his remand hearing (case 25-CR-00922, next listed 30 June 09:30). "
 "Very anxious about his sister visiting. We practised box breathing; he managed two rounds before the alarm went off on the landing."),
("email", "direct", None,
 "Subject: Older prisoner — cognitive screen\n\nHi Dr Vance,\n\nCould in-reach prioritise {{Jason Ortiz|c289|FULL_NAME}}, DOB {{11/05/1950|c289|DOB}}, prison number B8832QL? "
 "Staff on D-wing say he's been getting lost on the way back from exercise. He's 75 and has no family visits.\n\nThanks,\nSO Gareth Lane"),
("team_note", "direct", None,
 "Mr {{Chaparro|c445|FAMILY_NAME}}, remanded, first night in custody. Seen with interpreter on the phone line. Distressed about his husband and his mother not knowing where he is. "
 "Facilitated a call via the chaplaincy. Not on an ACCT; low-level concern. Will see again Monday."),
("team_note", "direct", None,
 "Release planning meeting. {{Mieszco Ragus|c043|MISSPELLED_NAME}} — release date 14/07, approved premises in Jackson. Probation (OM: Clare Haddad) want a therapy slot booked "
 "before release. Booked first community session for 17/07 at 11:00."),
("team_note", "direct", None,
 "Jail in-reach: {{William Smith|c186|FULL_NAME}}, booking 25-003350, 68-year-old teaching assistant, charged after a road-rage incident. First time in custody. "
 "Tearful, ashamed, worried about his partner. No SI. Requested bottom bunk (knees)."),
("team_note", "direct", None,
 "Interpreter session (Mandarin), E-wing. {{潘艳|c209|FULL_NAME}} said she has not slept since the sentencing. Misunderstood how long she will serve — the caseworker had "
 "explained it in English only. Escalated to the offender management unit."),
("team_note", "direct", None,
 "In-reach note: Κ. {{Αστέρω Ρέγκας|c067|FULL_NAME}}, prison no. G2210TT. Greek-speaking, limited English. Worried about his wife {{Γαβριέλλα|c067|RELATIVE}} and the iguana (!). "
 "Agreed to ask the chaplain for a Greek-speaking visitor."),
("email", "direct", None,
 "Subject: Through-the-gate plan\n\nHi,\n\n{{Adam|c170|GIVEN_NAME}}'s release is on Friday. He's asked that all appointment letters go to {{adamc90@yahoo.com|c170|EMAIL}} because he'll be "
 "staying with his brother for a few weeks. First session booked for Tuesday. Please note the licence conditions (no contact with the victim, curfew 19:00–07:00).\n\nRegards,\nDee, in-reach team"),
("team_note", "direct", None,
 "{{Tony|c222|NICKNAME}} (remand, wing 3) — brother {{James Benson|c222|RELATIVE}} phoned reception asking how he's doing. Did not confirm anything. "
 "Saw {{Tony|c222|NICKNAME}} at 14:30: angry about the bail refusal, settled by end of session."),
("team_note", "direct", None,
 "Release address confirmed with the OM: {{2607 Spring Drive|c264|ADDRESS|street}}, Arlington. {{Tina Hill|c264|FULL_NAME}} will be living with her wife and daughter. "
 "Community follow-up to start the week of 21 July. Not to be shared with the victim liaison officer beyond the exclusion zone details."),
("team_note", "direct", None,
 "Work-release check-in: {{A.S.|c319|INITIALS}} (roofer, {{Mendoza Auto Repair|c319|EMPLOYER}} day-release placement) says the foreman knows he's on licence and has been decent about it. "
 "Mood stable. Discussed the parole hearing on 8 August."),
# quasi
("team_note", "quasi", None,
 "Staff support (not a prisoner): {{corrections officer|c375|DISTINCTIVE|occupation}} from {{Kingston|c375|ADDRESS|city}} who also {{owns the bookshop on Cannon Place|c375|DISTINCTIVE|fact|bookshop on Cannon Place}}. "
 "Witnessed the death in custody on B-wing in April. Nightmares, avoidance of the wing. Trauma-focused work agreed."),
("email", "quasi", None,
 "Subject: staff referral\n\nHi, I'd like to refer a colleague for the staff counselling scheme. She's a {{corrections officer|c478|DISTINCTIVE|occupation}} in {{Clayton|c478|ADDRESS|city}}, "
 "{{plays bass in the Golden Lanterns|c478|DISTINCTIVE|fact|Golden Lanterns}} at weekends, and since the assault on the landing she hasn't picked up her guitar. She knows I'm writing.\n\nBen"),
("team_note", "quasi", None,
 "Debrief after the cell fire, 02:10. One officer — {{corrections officer|c027|DISTINCTIVE|occupation}}, {{Dayton|c027|ADDRESS|city}} jail, who {{breeds champion Basenjis|c027|DISTINCTIVE|fact|Basenjis in Dayton}} — "
 "pulled the prisoner out. Offered a follow-up; accepted for Thursday."),
("team_note", "quasi", None,
 "EAP referral from the jail: works for {{Newport County Sheriff's Office|c150|EMPLOYER}}, {{corrections officer|c150|DISTINCTIVE|occupation}} in {{Salem|c150|ADDRESS|city}}. Struggling after a "
 "prisoner's suicide on the night shift. Prefers sessions in Greek if possible."),
("email", "quasi", None,
 "Subject: follow-up\n\nHello, I'm the officer who called yesterday. I work for {{Newport County Sheriff's Office|c200|EMPLOYER}} and I host the {{Night Shift Skeptic podcast|c200|DISTINCTIVE|fact|Night Shift Skeptic}}, "
 "so please don't use my work email — people listen. I'd like to book the first appointment."),
("team_note", "quasi", None,
 "Peer-support referral: works at {{Glendale Emergency Communications|c391|EMPLOYER}} (seconded to the jail control room), {{coaches the Oxford Tigers under-10 basketball team|c391|DISTINCTIVE|fact|Oxford Tigers under-10 basketball}}. "
 "Heard the radio traffic during the hanging on C-pod. Low mood, drinking more."),
# benign
("team_note", "benign", "weak_attribute",
 "Prisoner A2219PX moved to the healthcare wing at 16:40 after the wing officer raised concerns. In-reach to assess tomorrow. No other details on the referral form."),
("team_note", "benign", "nonclient_person",
 "Handover: Officer Dean and Officer Lane on B-wing tonight; both know the in-reach protocol. If anyone needs an emergency assessment call the duty psych on 4410."),
("email", "benign", "public_figure",
 "Subject: reading group\n\nFor next month's reading group: the reporting on Ghislaine Maxwell's transfer to a minimum-security camp and what it says about how prisons classify risk. "
 "Article link to follow.\n\nMarta"),
("team_note", "benign", "name_as_word",
 "The wing was on lockdown until 11, so no point trying to chase appointments this morning. Rusty lock on the healthcare room door again — estates ticket raised."),
("email", "benign", "nonclient_person",
 "Subject: Re: visiting\n\nThanks for the visiting-order form. My brother Marvin is a prison officer himself so he's warned me about the searches. See you at 2 on Saturday.\n\nJo"),
("case_presentation", "benign", "deidentified",
 "In-reach service review, Q1\n\n212 referrals (remand 61%, sentenced 39%). Median wait to first contact: 4 days. 18 transfers to secure hospital. Three deaths in custody across the estate; "
 "in-reach was involved with none of the three. Key gap: no interpreter on Saturdays."),
("team_note", "benign", "single_quasi",
 "New referral from the jail: inmate says he used to work at Hudson Shipyard. Nothing else on the form, no name yet — custody will send the booking sheet."),
("social_post", "benign", "public_figure",
 "Everyone has a take on the Lucy Letby case. Almost no one has sat in a prison healthcare room at 7am. Less punditry, more in-reach funding, please."),
("team_note", "benign", "nonclient_person",
 "SO Kevin Herrera from D-wing asked for the in-reach leaflets in Polish and Romanian. Printed 40 of each and left them in the wing office."),
("email", "benign", "name_as_word",
 "Subject: Grace period\n\nHi, the prison has agreed a grace period on the new security-vetting forms until the end of July. Sunny weather means visits are outside — bring sunscreen!\n\nRob"),
("team_note", "benign", "weak_attribute",
 "Remand prisoner, 50s, a bank teller in Dover before arrest. Low mood, not suicidal. Booking no. 25-002871. Will see after court on Wednesday."),
("team_note", "direct", None,
 "Allocation note: {{Charles Savage|c283|FULL_NAME}} and {{Hayden Esparza|c402|FULL_NAME}} are co-defendants (25-CR-00922) — do NOT book them into the same in-reach group or the same "
 "healthcare slot. Custody have been told they must be kept apart on movements."),
]
