# Bulleted lists, pipe / tab tables, CSV-like rota lines, calendar entries
DOCS = []
def D(kind, cat, text, sub=None): DOCS.append((kind, cat, sub, text))
S, T, E, C = "social_post", "team_note", "email", "case_presentation"

# ---- direct
D(T, "direct", "| time | client | room | notes |\n|---|---|---|---|\n| 09:00 | {{R. Collins|c008|INITIALS}} | 2 | firefighter, sheriff's office - bring PCL-5 |\n| 10:00 | (open) | | |\n| 11:00 | {{Jorge Russell|c099|FULL_NAME}} | 3 | son {{Jesus|c099|RELATIVE}} joining |", "multi_client")
D(T, "direct", "date,time,clinician,client,type\n2025-06-09,14:00,LM,{{Lindsey Carpenter|c289|FULL_NAME}},individual\n2025-06-09,15:00,LM,{{Carpenter L|c289|INITIALS}},followup (dup?)\n2025-06-10,09:00,TR,,admin", "FULL_NAME")
D(T, "direct", "Tues 10 June\n• 9:30 {{Erica Smith|c132|FULL_NAME}} — telehealth (link sent to {{ericasmith2@aol.com|c132|EMAIL}})\n• 11:00 supervision\n• 13:00 lunch w/ Dana\n• 15:00 new intake", "FULL_NAME")
D(T, "direct", "Waitlist (updated 6/3)\n1. {{Kristina B.|c207|GIVEN_NAME}} — carpenter, {{Franklin Shipyard|c207|EMPLOYER}} — evenings only — {{385-787-5639|c207|PHONE}}\n2. teen, school refusal — mother to call back\n3. couple, referred by Dr. Okafor", "PHONE")
D(T, "direct", "CALENDAR EVENT\nTitle: Initial consult – {{Ema Baena|c244|FULL_NAME}}\nWhen: Wed Jun 11, 2025 4:00pm – 5:00pm\nWhere: Telehealth\nGuests: {{emab85@yahoo.com|c244|EMAIL}}\nDescription: bank teller, referred by EAP", "FULL_NAME")
D(T, "direct", "Client\tDOB\tPayer\tCopay\n{{Socorro Carreño|c197|FULL_NAME}}\t{{1996-06-21|c197|DOB}}\tAetna\t$25\n{{Wiktor Stochmal|c232|FULL_NAME}}\t{{1989-07-14|c232|DOB}}\tself-pay\t$90", "multi_client")
D(T, "direct", "On-call rota, week 24\nMon: TR\nTue: LM (note: {{Hope J.|c100|GIVEN_NAME}} may call re: daughter {{Kimberly|c100|RELATIVE}} — see safety plan)\nWed: PS\nThu: TR\nFri: LM", "GIVEN_NAME")
D(T, "direct", "- {{Faith Moore|c291|FULL_NAME}}: 79, architect (still consulting), sons {{Ralph|c291|RELATIVE}} and {{Cody|c291|RELATIVE}}\n- presenting: grief, prostate cancer in husband? (check — she said 'partner')\n- risk: low\n- next: 6/12 10am", "FULL_NAME")
D(T, "direct", "Mailing labels (do not print until billing clears):\nMr. {{Calvin Curry|c261|FULL_NAME}}\n{{3400 Howard Way|c261|ADDRESS|street}}\nFranklin 70708", "ADDRESS")
D(T, "direct", "| Name | Phone | Best time |\n|---|---|---|\n| {{Beverly C.|c093|GIVEN_NAME}} | {{843 799 8854|c093|PHONE}} | after 6 |\n| Front desk | 555 0100 | any |", "PHONE")
D(T, "direct", "Group roster — Tuesday men's group\n* {{Brian W.|c173|GIVEN_NAME}} ({{Johnson Logistics|c173|EMPLOYER}}, retail mgr)\n* {{Timothy J.|c062|GIVEN_NAME}} (insurance adjuster, {{Mitchell & Washington|c062|EMPLOYER}})\n* {{Joshua T.|c121|GIVEN_NAME}} (bank teller)\n* 2 open spots", "multi_client")
D(T, "direct", "Reminder sent ✔\nTo: {{+1 (651) 702-5287|c208|PHONE}}\nMsg: 'Hi {{Dennis|c208|GIVEN_NAME}}, reminder of your appt tomorrow 3pm with Dr. Marsh. Reply C to confirm.'", "PHONE")
D(T, "direct", "TODO\n[ ] fax ROI for {{Luis Ryan|c174|FULL_NAME}} to dentist office\n[x] call back {{Mrs. Pazos|c138|FAMILY_NAME|title}} re: invoice\n[ ] order more intake packets", "multi_client")
D(T, "direct", "09:00 | {{Oscar D.|c086|GIVEN_NAME}} | {{Hamilton College|c086|SCHOOL}} student, sings in {{the Paper Comets|c086|DISTINCTIVE|fact|Paper Comets}} | room 1", "GIVEN_NAME")

# ---- quasi
D(T, "quasi", "New referrals this week:\n- HR manager, {{Dayton Credit Union|c080|EMPLOYER}}, {{ran for mayor of Hudson in '18|c080|DISTINCTIVE|fact|mayor of Hudson in 2018}} — grief\n- teen, anxiety — mother calling\n- couple, infidelity", "quasi_2attr")
D(T, "quasi", "| referral | employer | notes |\n|---|---|---|\n| #4411 | {{Williams & Ellis Accounting|c212|EMPLOYER}} | architect, 75, {{was on Big Brother (s17)|c212|DISTINCTIVE|fact|season 17 of Big Brother}} |", "quasi_2attr")
D(T, "quasi", "Intake queue\n• {{Johnson Logistics|c136|EMPLOYER}} chef, {{Ninja Warrior contestant|c136|DISTINCTIVE|fact|American Ninja Warrior}}, 77 (!)\n• student, no further info", "quasi_2attr")
D(T, "quasi", "Calendar: Thu 3pm — 'Ward 5 councillor (Milford), IT tech @ {{BaileyTech|c109|EMPLOYER}}' — initial. {{Ward 5, Milford|c109|DISTINCTIVE|fact|Ward 5 on the Milford}}.".replace("'Ward 5 councillor (Milford), IT tech @ {{BaileyTech|c109|EMPLOYER}}' — initial. {{Ward 5, Milford|c109|DISTINCTIVE|fact|Ward 5 on the Milford}}.", "'{{Ward 5 councillor (Milford)|c109|DISTINCTIVE|fact|Ward 5 on the Milford}}, IT tech @ {{BaileyTech|c109|EMPLOYER}}' — initial."), "quasi_2attr")
D(T, "quasi", "waitlist.csv\nid,occupation,city,employer,note\n17,{{HVAC technician|c199|DISTINCTIVE|occupation}},{{Salem|c199|ADDRESS|city}},{{Smith & Sons Plumbing|c199|EMPLOYER}},daughter {{Leah|c199|RELATIVE}} referred", "quasi_3attr")

# ---- benign
D(T, "benign", "| time | client | room |\n|---|---|---|\n| 09:00 | A.R. | 2 |\n| 10:00 | (open) | |\n| 11:00 | K.T. | 3 |", "initials_alone")
D(T, "benign", "date,time,clinician,room\n2025-06-09,14:00,Mark,2\n2025-06-09,15:00,June,3\n2025-06-10,09:00,April,1", "writer_colleague")
D(T, "benign", "Shopping list\n- rose bushes x2\n- ginger\n- sage\n- holly wreath (for December, on sale)\n- ivy for the trellis", "name_as_word")
D(T, "benign", "On-call rota, week 25\nMon: Will\nTue: Chase (locum)\nWed: Priya\nThu: Will\nFri: Priya", "writer_colleague")
D(T, "benign", "Room bookings\n• Room 2: DBT group 6–8pm (Tues)\n• Room 3: supervision (Thurs)\n• Room 4: closed for painting", "everyday_note")
D(T, "benign", "| employer | # current clients |\n|---|---|\n| Thomas Dental Group | 3 |\n| Grand Hudson Hotel | 4 |\n| Schaefer's Diner | 2 |", "aggregate_stats")
D(T, "benign", "Q2 stats: 41 active clients; 12 new intakes; average age 38; 60% employed in health/education; 3 discharged.", "aggregate_stats")
D(T, "benign", "CALENDAR EVENT\nTitle: Dentist (me!)\nWhen: Fri Jun 13, 8:00am\nWhere: Kim Dental Group", "single_quasi")
D(T, "benign", "Waitlist (updated 6/10)\n1. adult, anxiety, evenings only\n2. teen, school refusal\n3. couple", "deidentified_case")
D(T, "benign", "- intake: surgeon, Lancaster\n- intake: barista, Clayton\n- intake: student, Hudson", "single_quasi")
D(T, "benign", "Birthday list (staff):\n• Dawn — Jan 4\n• Miles — Mar 2\n• Sage — Sep 19", "writer_colleague")
