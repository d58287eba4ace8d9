# E-fax cover sheets, records requests and auto-generated invoice notes.
DOCS = [
("email", "direct", None, """eFax cover sheet
To: Hudson Family Clinic, attn Dr. Reyes   Fax: (555) 010-3391
From: Riverbend Counseling   Pages: 4 (incl. cover)
Re: {{Morten Holm|c074|FULL_NAME}}, DOB {{08-16-1968|c074|DOB}} – treatment summary per signed ROI
CONFIDENTIAL: if received in error, call (555) 010-2200"""),
("email", "benign", "nonclient_person", """eFax delivery report
Job 884120 to (555) 010-7713 (Dr. Patel / Gray Pharmacy fax line): FAILED – busy x3. Sender: April, front desk."""),
("email", "direct", None, """INVOICE #2025-0612
Bill to: {{Carol Walker|c075|FULL_NAME}} (minor) c/o April Walker
Service: 90837 psychotherapy 60 min, 06/12/2025
Note: guardian pays; send to {{carolwalker43@outlook.com|c075|EMAIL}} per guardian request"""),
("email", "quasi", None, """fax cover – records request received
Requesting party: {{Grant High School|c075|SCHOOL}} counseling office
Re: student (name on p.2), mother {{April|c075|RELATIVE}} signed release
→ hold until therapist reviews"""),
("email", "benign", "name_as_word", """invoice note (auto): Payment received – thank you! Balance: $0.00. Any questions, Will or Grace at the front desk can help.
(this footer is on every invoice)"""),
("email", "direct", None, """Superbill
Patient: {{VASQUEZ, MEGAN|c076|FULL_NAME}}   DOB: {{2011-10-20|c076|DOB}}
Guardian: Hannah Vasquez
Dx: F41.1   CPT: 90834 x2 (6/3, 6/10)
Provider: A. Osei, LPC  NPI 1234567890"""),
("email", "benign", "deidentified", """fax log June: 41 sent, 3 failed, 12 received (8 records requests, 4 PA approvals). Numbers and names removed for QA review."""),
("email", "direct", None, """eFax received 6/20 14:02 from (555) 010-4432
Cover: "Prior auth APPROVED for {{Nicole Jones|c077|FULL_NAME}}, member ID ZX4410932, 12 visits"
→ scanned to chart"""),
("email", "quasi", None, """invoice memo (client asked for this wording):
"sessions re: work stress – {{Daniels Logistics|c078|EMPLOYER}} summer job" / guardian {{Stephanie|c078|RELATIVE}} pays
(teen at {{North Madison High School|c078|SCHOOL}}, see chart)"""),
("email", "benign", "single_quasi", """fax cover: To Troy Medical Center medical records. Please send the attached ROI back signed. From Riverbend, 6/16."""),
("email", "direct", None, """Invoice #3310 – note to client
Hi {{Anna|c079|NICKNAME}}, your HSA card was declined for the 6/17 session. You can pay in the portal or call us. Thanks! 
Client: {{Savannah Rodriguez|c079|FULL_NAME}}"""),
("email", "benign", "nonclient_person", """Invoice from MedIT Solutions
Bill to: Riverbend Counseling
Item: on-site support, 3 hrs (Kevin Love, tech) – $270
Item: Yubikey x4 – $200"""),
("email", "direct", None, """eFax cover sheet
TO: Georgetown County Sheriff's Office – Peer Support Coordinator
RE: {{Travis Martinez|c080|FULL_NAME}} – fitness-for-duty letter (requested by client)
Pages: 2"""),
("email", "quasi", None, """statement note: "insurance: {{Troy Medical Center|c081|EMPLOYER}} employee plan. PT by trade. client {{represents Ward 9 on the Auburn city council|c081|DISTINCTIVE|fact|Ward 9 on the Auburn}}, asked that statements not go to council office" """),
("email", "benign", "weak_attribute", """invoice note: mileage for home visits this month – 3 trips to Riverside, 2 to Ashland. claim on the practice card."""),
("email", "direct", None, """RECORDS REQUEST – OUTGOING
Patient: {{Alexis Lara|c083|FULL_NAME}}
DOB: {{Dec 23 2006|c083|DOB}}
Send to: Hawthorne College Counseling Ctr, fax 555-010-8821
ROI signed: 6/18/25"""),
("email", "benign", "public_figure", """fax cover joke from Holly taped to the machine: "This fax machine is older than Taylor Swift's career. Please be gentle." """),
("email", "direct", None, """Invoice #3318
To: {{Matthew Ross|c084|FULL_NAME}}
Address: {{8603 Spring Terrace|c084|ADDRESS|street}}, Lebanon
Services June: 4 x 90834. Self-pay rate applied."""),
("email", "quasi", None, """eFax received – EAP authorization
Employer: {{Gilbert Studio|c085|EMPLOYER}}
Employee: [redacted on cover]   role: session musician
Note from EAP: employee's wife {{Monica|c085|RELATIVE}} is also a client of ours? please check conflict"""),
("email", "benign", "nonclient_person", """fax cover: From Dr. Julie Martinez (psychiatry) – "Attached are my notes for our mutual patient, see p.2 for name. Call me w/ qs." """),
("email", "direct", None, """invoice note, auto: Reminder – {{Emily T.|c086|INITIALS}}, your balance of $45 is overdue. Pay online or at your next visit. ({{emilyt86@gmail.com|c086|EMAIL}})"""),
("email", "benign", "name_as_word", """fax cover template (draft): "Please find attached. Hope this helps. If any pages are missing, kindly ring us." – Grace, will finalise Mon"""),
("email", "direct", None, """eFax to Jackson County Sheriff's Office EAP
Re: {{April Crawford|c087|FULL_NAME}}, dispatcher – session attendance confirmation for May–June (5 sessions). Client consented 6/2."""),
("email", "quasi", None, """invoice memo (parent asked to add):
"for my son – teen at {{Madison High School|c088|SCHOOL}}, works weekends at {{Jackson Brewing Company|c088|EMPLOYER}}. {{Nicolai|c088|RELATIVE}} pays by check" """),
("email", "benign", "nonclient_person", """fax to: Sanders Pharmacy – attn Joy (pharmacist)
re: our practice's fax # changed to (555) 010-2299, please update your records. Thanks, Terry"""),
("email", "direct", None, """Superbill request
From: {{danielbell43@gmail.com|c089|EMAIL}}
"can i get a superbill for may + june? need it for my FSA. thx, {{Dan Bell|c089|NICKNAME}}" """),
]
