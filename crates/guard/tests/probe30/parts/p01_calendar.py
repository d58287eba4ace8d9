# Calendar exports, invites and ICS fragments.
DOCS = [
("email", "direct", None, """Subject: {{Joshua Singleton|c004|FULL_NAME}} – initial assessment
When: Tue 10 Jun 2025 09:00–09:50 (America/Chicago)
Where: Rm 2 / doxy.me/drhalvorsen
Attendees: Dr M. Halvorsen; {{j.singleton@outlook.com|c004|EMAIL}}
Notes: PCP referral, panic sx, sliding scale approved"""),
("team_note", "direct", None, """BEGIN:VEVENT
DTSTART:20250612T140000
DTEND:20250612T145000
SUMMARY:{{Kornelia|c002|GIVEN_NAME}} - couples f/u (partner joining)
DESCRIPTION:cb if late {{717.608.1877|c002|PHONE}}
STATUS:CONFIRMED
END:VEVENT"""),
("team_note", "direct", None, """Thu
9:00 {{R.B.|c008|INITIALS}} sess 6 ({{Vector Systems|c008|EMPLOYER}} EAP, 2 left on auth)
10:00 open
11:00 supervision
12:30 lunch"""),
("email", "benign", "nonclient_person", """Subject: Lunch w/ Grace
When: Fri 13 Jun 12:15–13:15
Where: Baan Thai, 5th St
Grace is buying this time apparently. bring the Q2 numbers for the practice mgr review"""),
("team_note", "benign", "nonclient_person", """SUMMARY:Supervision – Dr Terry Oyelaran
DTSTART:20250617T150000
LOCATION:Zoom (Terry's room)
DESCRIPTION:bring 2 cases, deidentified. Terry wants the audio consent forms"""),
("team_note", "benign", "name_as_word", """All day: June payroll cutoff
All day: grace period ends for CEU upload
16:00 call Chase re merchant acct fees (again)"""),
("email", "direct", None, """Subject: Home visit – {{Ms Knight|c001|FAMILY_NAME}}
When: Wed 11 Jun 2025 16:00–17:00
Where: {{7910 Sycamore Place|c001|ADDRESS|street}}, Waverly
Notes: mobility issues post-op, park on street, side door. ring first"""),
("email", "quasi", None, """Subject: New pt intake (phone screen done)
When: Mon 16 Jun 08:00–09:00
Notes: {{911 dispatcher|c013|DISTINCTIVE|occupation}} in {{Salem|c013|ADDRESS|city}}, works nights at {{Brookfield County Sheriff's Office|c013|EMPLOYER}} – only free before 9. trauma hx, wants in-person not video"""),
("team_note", "quasi", None, """SUMMARY:intake 50
DESCRIPTION:pharmacist @ {{Stillwater General Hospital|c001|EMPLOYER}}. mentioned on screen call she {{was a contestant on season 18 of MasterChef|c001|DISTINCTIVE|fact|season 18 of MasterChef}} - anxiety re being recognised. use side entrance"""),
("email", "quasi", None, """Subject: Couples intake
When: Sat 14 Jun 10:00–11:20
Attendees: (pending)
Notes: wife {{Joy|c032|RELATIVE}} booked it. both hours at {{Hudson Credit Union|c032|EMPLOYER}} so sat only. fee agreed"""),
("email", "benign", "nonclient_person", """Subject: Accepted: IT check-in – new laptops
When: Tue 10 Jun 13:00–13:30
Organizer: kevin@medit-solutions.com
Kevin will image the 2 new machines + set up the Yubikeys. please leave logged out"""),
("team_note", "direct", None, """Mon 6/16
8:00 {{Bill Wells|c036|NICKNAME}} – grief, wk 4
9:00 —
10:00 new intake (pending paperwork)
noon: dentist"""),
("team_note", "benign", "nonclient_person", """Mon 6/16
8:00 blocked – admin
9:00 all-hands (Holly running it)
10:00–12:00 clinical, see EHR
1pm Rose from the landlord re: lease renewal, in the office"""),
("email", "direct", None, """Subject: Updated invitation: {{Audrey G|c011|INITIALS}} – tele f/u @ Tue 17 Jun 2025 7pm
This event has been changed.
Where: https://zoom.us/j/84412093311
Who: office@riverbendcounseling.net – organiser; {{a.gonzalez@proton.me|c011|EMAIL}}
moved from 6 to 7 so she can do the {{Vector Labs|c011|EMPLOYER}} standup first"""),
("team_note", "direct", None, """DTSTART;TZID=America/New_York:20250618T110000
SUMMARY:Dr. W - med review w/ psych for {{Brian Brown|c030|FULL_NAME}}
LOCATION:telehealth
ATTENDEE;CN=Brian:mailto:{{b.brown@fastmail.com|c030|EMAIL}}"""),
("email", "benign", "weak_attribute", """Subject: Canceled: Outreach table – Riverside farmers market
When: Sat 21 Jun 08:00–12:00
Rain forecast + no volunteers. we'll try July. Riverside parks dept refunded the fee"""),
("team_note", "quasi", None, """wk of 6/23 – new referrals to slot
- the {{Edison Elementary School|c094|EMPLOYER}} one – works there as a {{lecturer|c094|DISTINCTIVE|occupation}} (adult ed), lives in {{Waverly|c094|ADDRESS|city}}. wants Tues eve
- 2nd ref still no callback"""),
("email", "direct", None, """Subject: {{Kayla|c082|NICKNAME}} L. – 45 min, trauma focused
When: Wed 18 Jun 2025 17:30
Where: office, rm 1
Attendees: {{m.lucas@gmail.com|c082|EMAIL}}
Reminder: she's on shift until 5 at the {{Hudson County Sheriff's Office|c082|EMPLOYER}}, may be a few min late"""),
("team_note", "benign", "nonclient_person", """Fri
7:30 gym
9 Faith (accountant) – quarterly tax call
11 team mtg
3 pick up kids, Miles has swim"""),
("email", "benign", "name_as_word", """Subject: Hold: May/June stats review
When: Tue 1 Jul 14:00
Notes: will send the deck beforehand. hope this slot works, if not pat me on the shoulder in the hall and we'll move it"""),
("team_note", "direct", None, """SUMMARY:{{Gina R.|c005|INITIALS}} – 1st appt (acct @ {{Vazquez Architects|c005|EMPLOYER}})
DTSTART:20250619T083000
DESCRIPTION:insurance verif pending"""),
("email", "direct", None, """Subject: Invitation: Session – {{Mr. Leach|c012|FAMILY_NAME}} @ Fri Jun 20, 2025 4pm - 4:50pm (CDT)
Join with Google Meet: meet.google.com/xkv-ppqa-trm
Guests: counselor.amara@gmail.com, {{miles.leach@icloud.com|c012|EMAIL}}
Reply for {{miles.leach@icloud.com|c012|EMAIL}}: Yes / No / Maybe"""),
("team_note", "quasi", None, """SUMMARY:fam session (teen + mum)
DESCRIPTION:student at {{North Greenville High School|c022|SCHOOL}}, mum {{Destiny|c022|RELATIVE}} drives. dad Wesley may join by phone. after school only"""),
("team_note", "benign", "public_figure", """7pm – watching the Cavs rewatch w/ J, Kevin Love highlight reel apparently. no work calls"""),
("team_note", "benign", "deidentified", """wk 25 summary
- 23 sessions booked, 19 attended, 2 late cx, 2 no-show
- 4 new intakes (2 self-ref, 1 PCP, 1 EAP)
- avg waitlist 11 days
nothing identifying in here, ok to forward to board"""),
("email", "direct", None, """Subject: Declined: f/u {{Mary Williamson|c009|FULL_NAME}}
When: Mon 23 Jun 10:00
{{Mary Williamson|c009|FULL_NAME}} has declined this invitation.
Note from guest: "cant do mondays anymore, new shift at the hotel, sorry" """),
("team_note", "benign", "single_quasi", """SUMMARY:lunch & learn – Gray Pharmacy rep
DESCRIPTION:rep bringing sandwiches, 20 min on the new compounding service. staff only"""),
]
