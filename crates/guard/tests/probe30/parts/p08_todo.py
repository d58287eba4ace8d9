# A therapist's to-do lists and sticky notes.
DOCS = [
("team_note", "direct", None, """to do mon
- write letter for {{Hope|c093|GIVEN_NAME}} (FMLA, due fri)
- call back {{Hope C|c093|INITIALS}}'s wife re: hosp discharge
- order more tissues
- CEU: ethics module"""),
("team_note", "benign", "name_as_word", """to do
- will & testament appt (mine!!)
- renew liability ins
- grace period on license ends 7/31 – DON'T forget
- dentist"""),
("team_note", "direct", None, """todo 6/23
[ ] progress note {{Xiaoming|c041|GIVEN_NAME}} (sess 9)
[ ] tx plan update – {{Yang|c041|FAMILY_NAME}}, add sleep goal
[x] pay rent"""),
("team_note", "quasi", None, """tues to-do
- consult re: the {{Vazquez Architects|c041|EMPLOYER}} adjuster – {{painted the giant mural on Bridge Place|c041|DISTINCTIVE|fact|mural on Bridge Place}}, press coming next wk, wants to talk about exposure
- groceries"""),
("team_note", "benign", "nonclient_person", """to do (home)
- Miles' swim meet sat
- birthday present for Rose (my sister!!)
- call mum"""),
("team_note", "direct", None, """calls to return:
1. {{Gero F.|c092|INITIALS}} – {{(502) 883-8478|c092|PHONE}} – re billing
2. pharmacy re: fax
3. Holly re: schedule"""),
("team_note", "direct", None, """- home visit {{Brittney Hamilton|c095|FULL_NAME}}, {{8491 Cooke Court|c095|ADDRESS|street}} – bring the PHQ-9 on paper, no wifi there
- mileage log"""),
("team_note", "quasi", None, """this wk
□ letter for the {{carpenter|c096|DISTINCTIVE|occupation}} in {{Stillwater|c096|ADDRESS|city}} ({{Crawford Auto Repair|c096|EMPLOYER}} now? check) re: return to work
□ supervision prep"""),
("team_note", "benign", "single_quasi", """- ask Dayton Public Radio if they still want the mental health awareness segment
- buy printer toner"""),
("team_note", "direct", None, """sticky note on monitor: {{Wei Z|c097|INITIALS}} – new # {{781.203.6157|c097|PHONE}}, update chart!!"""),
("team_note", "benign", "nonclient_person", """Fri to-do
1. pay Faith (bookkeeper) invoice
2. reply to Dr. Michael Perry re: locum dates
3. Amber's baby shower card (front desk collection)"""),
("team_note", "direct", None, """to do
- {{B. Todd|c098|INITIALS}}: discharge summary (goals met!), send closing letter to {{blaketodd50@gmail.com|c098|EMAIL}}
- update waitlist"""),
("team_note", "quasi", None, """- check conflict: new pt's daughter {{Rebecca|c099|RELATIVE}} – do we see her? pt is a medical receptionist at {{Troy General Hospital|c099|EMPLOYER}}, {{Arlington State University|c099|SCHOOL}} alum"""),
("team_note", "benign", "deidentified", """case consult prep (de-identified)
- 40s, anxiety + insomnia, works shifts, partner supportive
- tried CBT-I x4 wks, partial response
- q: add ACT? refer for sleep study?"""),
("team_note", "direct", None, """to do – billing
- resubmit claim {{Tina Stanley|c100|FULL_NAME}} 6/5 (wrong DOB on claim: should be {{9/23/1949|c100|DOB}})
- follow up ERA"""),
("team_note", "benign", "name_as_word", """to do
- pat on back for surviving june
- read "The Body Keeps the Score" ch. 4
- frank conversation with landlord about the AC"""),
("team_note", "direct", None, """wed
* {{Tyler Black|c101|FULL_NAME}} – sent podcast consent? (he wants to talk about therapy on his show)
* email {{tylerblack38@icloud.com|c101|EMAIL}} the ROI"""),
("team_note", "quasi", None, """misc:
- the dental hygienist from {{Sanders Pharmacy|c102|EMPLOYER}} (yes, pharmacy has a clinic now) – sister {{Diane|c102|RELATIVE}} called to ask if she can pay. call back"""),
("team_note", "benign", "nonclient_person", """to do
- thank-you card to Terry for covering
- lunch w/ Grace thurs
- Kevin (IT) – new passwords for everyone"""),
("team_note", "direct", None, """to do 6/25
– {{Brent B.|c103|INITIALS}} (school counselor, {{Lebanon Unified School District|c103|EMPLOYER}}) – letter re: reduced caseload
– reorder intake packets"""),
("team_note", "benign", "weak_attribute", """- new referral from a school counselor, somewhere in Stillwater – get details from voicemail
- water plants"""),
("team_note", "direct", None, """reminders
- {{Tessa|c104|NICKNAME}}'s mom wants a call re: {{Jackson High School|c104|SCHOOL}} 504 plan
- order fidgets for teen group"""),
("team_note", "quasi", None, """to do
☐ letter for the photographer at {{Troy Public Radio|c105|EMPLOYER}} – owns the {{bakery on Cherry Drive|c105|DISTINCTIVE|fact|bakery on Cherry Drive}} too, needs hours reduced at one of them
☐ supervision notes"""),
("team_note", "benign", "public_figure", """weekend: finish the Michelle Obama audiobook, watch the Gina Rodriguez thing everyone's talking about"""),
("team_note", "direct", None, """callbacks
* {{Grace Alexander|c106|FULL_NAME}} – {{414-802-2355|c106|PHONE}} – wants evening slot
* Grace (our Grace) – re: staff meeting agenda"""),
("team_note", "benign", "nonclient_person", """to do
- send Chase (the new intern) the onboarding docs
- Summer (HR consultant) – policy review draft due 6/30"""),
]
