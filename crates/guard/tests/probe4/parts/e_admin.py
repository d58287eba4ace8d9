"""Admin fragments: calendar entries, to-do lists, billing notes, CSV-like lines, phone logs,
intake-form fragments."""

DOCS = []


def D(kind, cat, text, sub=None):
    DOCS.append((kind, cat, sub, text))


T = "team_note"

# --- direct -----------------------------------------------------------------------------
D(T, "direct",
  "MON 10/03\n"
  "08:30  ☕ w/ Dana (intern review)\n"
  "09:00  {{Reginald Tucker|c124|FULL_NAME}} — intake 2/2\n"
  "10:00  {{Chelsea Coleman|c172|FULL_NAME}}\n"
  "11:00  BLOCKED\n"
  "13:00  {{Hap|c068|NICKNAME}} — telehealth (link sent)\n"
  "15:00  Frank — IT, laptop\n"
  "16:00  Mrs {{Sauvage|c201|FAMILY_NAME}}")

D(T, "direct",
  "TO DO (thurs)\n"
  "- fax ROI for {{Lindsey Walker|c253|FULL_NAME}} to Dr Pham\n"
  "- call {{Paige|c139|GIVEN_NAME}} back re sliding scale\n"
  "- order more tissues!!\n"
  "- sign off {{Jason Acevedo|c296|FULL_NAME}}'s letter for {{St. Mary's|c296|EMPLOYER}}\n"
  "- birthday card for Mum (Rose) 🌹")

D(T, "direct",
  "Billing — {{Ross, Steven|c095|FULL_NAME}}: 90834 ×3 (Mar 4, 11, 18), copay $25 each, 2 of 3 paid. "
  "Insurance via the {{Grand Eastport Hotel|c095|EMPLOYER}} plan; EOB for 3/18 still pending.")

D(T, "direct",
  "client_id,name,dob,phone,last_seen\n"
  "4471,{{Kelly Oneal|c148|FULL_NAME}},{{1965-12-12|c148|DOB}},{{706-247-6539|c148|PHONE}},2025-02-27\n"
  "4472,{{Curtis Williamson|c066|FULL_NAME}},{{1986-01-08|c066|DOB}},{{618-359-7274|c066|PHONE}},2025-03-01")

D(T, "direct",
  "INTAKE FORM — page 1 of 3\n"
  "Name: {{Marcelina Madziar|c276|FULL_NAME}}\n"
  "DOB: {{21/02/1996|c276|DOB}}\n"
  "Tel {{+1 217 577 2001|c276|PHONE}}\n"
  "Email: {{m.madziar@icloud.com|c276|EMAIL}}\n"
  "Home address: {{583 Juniper Pl., Manchester 34688|c276|ADDRESS|street}}\n"
  "Emergency contact: {{Ewelina Madziar|c276|RELATIVE}} (mother)\n"
  "Employer: {{Hamilton Emergency Communications|c276|EMPLOYER}}\n"
  "How did you hear about us? [x] GP  [ ] friend  [ ] internet")

D("email", "direct",
  "Subject: statement resend\n\nHi Pat, can you resend the Feb statement to {{Ashley Mcmahon|c136|FULL_NAME}}? "
  "She says it never arrived. Address on file: {{8872 Mill Rd|c136|ADDRESS|street}}, Hamilton. Thanks!")

D(T, "direct",
  "Event: Telehealth – {{Chad Garza|c058|FULL_NAME}}\n"
  "When: Wed 12 Mar 2025 17:00–17:50 (America/New_York)\n"
  "Guests: {{chadg73@proton.me|c058|EMAIL}}\n"
  "Location: https://zoom.us/j/88120045512\n"
  "Reminder: 10 min before")

D(T, "direct",
  "remind me to send {{angie|c085|NICKNAME}} the sleep diary and to ring {{steffi|c122|NICKNAME}}'s son "
  "{{richard|c122|RELATIVE}} back before friday")

D(T, "direct",
  "Write-off request — {{Kimberly Hunt|c127|FULL_NAME}}, DOB {{4/11/52|c127|DOB}}, balance $340 (no-show "
  "fees Jan–Feb). Hardship: wife {{Mary|c127|RELATIVE}} is in hospice. Recommend full write-off.")

D(T, "direct",
  "Intake call notes — caller gave DOB as “{{the 9th of April '66|c099|DOB}}”, name {{Kevin Adams|c099|FULL_NAME}}, "
  "software engineer at {{Quarry Systems|c099|EMPLOYER}}. Wants evening appts. Sent forms.")

D(T, "direct",
  "Reminder SMS queued → {{+19175632352|c297|PHONE}}: “Hi {{Drew|c297|NICKNAME}}, this is a reminder of your "
  "appointment Thu 4pm with Harbour Psychology. Reply C to confirm, R to reschedule.”")

D(T, "direct",
  "waitlist.csv (couples)\n"
  "\"{{Ginger Blair|c047|FULL_NAME}}\",\"{{(262) 541-9297|c047|PHONE}}\",\"couples\",\"evenings\"\n"
  "\"Tomasz Wierzbicki\",\"(262) 555-0199\",\"individual\",\"any\"")

D(T, "direct",
  "LAB REQ  Pt: {{SPARKS CHRISTOPHER|c261|FULL_NAME}}  DOB {{03171995|c261|DOB}}  TSH, CBC, B12 — "
  "fatigue w/u before starting BA")

D(T, "direct",
  "Superbill for Mr {{Shields|c067|FAMILY_NAME}} needs the dx code updated (F41.1 → F41.0). He wants it by "
  "Fri for the HSA through {{St. Luke's|c067|EMPLOYER}}.")

D(T, "direct",
  "Phone log 03/12\n"
  "10:14 in  — Ms {{Baldwin|c050|FAMILY_NAME}} ({{973-249-0598|c050|PHONE}}) wants an earlier slot\n"
  "10:40 out — lab re results (not ours, wrong practice)\n"
  "11:02 in  — {{Sol|c165|GIVEN_NAME}}'s mum {{Inmaculada|c165|RELATIVE}} asking about the school form\n"
  "11:30 in  — Cigna, claim 44812, resubmit")

D(T, "direct",
  "Call {{Leslie Holt|c069|FULL_NAME}} at work: {{Jackson's Diner|c069|EMPLOYER}} switchboard 555-0170 x22 "
  "(do NOT leave a message mentioning therapy!)")

D(T, "direct",
  "Recurring: every other Fri 14:00 — {{Francis Johnson|c273|FULL_NAME}} (“{{Frank|c273|NICKNAME}}”), until 30 May")

D(T, "direct",
  "Verify identity before release of records: {{Carl Soto|c183|FULL_NAME}}, born {{Oct. 29, 1964|c183|DOB}}. "
  "Photo ID seen 3/14 — OK to release to his attorney.")

D("email", "direct",
  "Receipt #20931\nPaid by: {{Melissa Reed|c126|FULL_NAME}} ({{melissareed12@yahoo.com|c126|EMAIL}})\n"
  "Service: psychotherapy 53 min (90837) — 03/06/2025\nAmount: $165.00  Method: Visa •••• 4411")

D(T, "direct",
  "Pharmacy fax cover — Patient: {{James Harrell|c074|FULL_NAME}}  DOB {{24 Dec 2009|c074|DOB}}  Re: "
  "sertraline dose change per Dr Lin, please confirm receipt.")

D(T, "direct",
  "Nachname;Vorname;Geb.;Tel\n"
  "{{Barth|c192|FAMILY_NAME}};{{Verena|c192|GIVEN_NAME}};{{15.12.1966|c192|DOB}};{{336 369 6468|c192|PHONE}}")

D(T, "direct",
  "Invoice 1187 — {{Chad Smith|c279|FULL_NAME}} — student rate ({{Univ. of Hamilton|c279|SCHOOL}} ID on "
  "file) — 4 sessions @ $60 — paid.")

D(T, "direct",
  "New client packet\n"
  "Full name: {{Hui Zhang|c164|FULL_NAME}}\n"
  "Address: {{5093 Ross Place, Hamilton 84793|c164|ADDRESS|street}}\n"
  "Phone: {{240-338-4444|c164|PHONE}}   Email: {{huizhang48@hotmail.com|c164|EMAIL}}\n"
  "Employer: {{Benitez Law LLP|c164|EMPLOYER}}")

# --- quasi ------------------------------------------------------------------------------
D(T, "quasi",
  "- find grief resources for the {{Survivor (season 7)|c105|DISTINCTIVE|fact|season 7 of survivor}} guy — "
  "{{delivery driver|c105|DISTINCTIVE|occupation}}, {{Marion|c105|ADDRESS|city}}\n- renew malpractice\n"
  "- return library books")

D(T, "quasi",
  "Sliding scale approved for the client employed at {{ThorntonTech|c242|EMPLOYER}} who also "
  "{{owns the bakery on Walker Terrace|c242|DISTINCTIVE|fact|bakery on walker terrace}}. 50% from April.")

D(T, "quasi",
  "Thu 3pm — the {{Jeopardy! (s.29)|c252|DISTINCTIVE|fact|season 29 of jeopardy}} teacher from "
  "{{Kennedy Elementary|c252|EMPLOYER}}. Bring the anger worksheet.")

D(T, "quasi",
  "Occupation: {{real estate agent|c287|DISTINCTIVE|occupation}}   Town: {{Franklin|c287|ADDRESS|city}}\n"
  "Anything else we should know?  “{{my llama Meatball went viral last year lol|c287|DISTINCTIVE|fact|"
  "llama named meatball}}”")

# --- benign -----------------------------------------------------------------------------
D(T, "benign", "Mon: 9 Grace (supervision) · 12 lunch w/ Bill · 3:30 Hope's recital 🎻", "colleague")

D(T, "benign",
  "- renew license by June 30\n- gifts for Will & Summer (niece + nephew) 🎁\n- chase insurance re: March claims",
  "writers_relative")

D(T, "benign", "Q1 billing: 412 sessions, 37 no-shows, average collection 91%.", "deidentified")

D(T, "benign",
  "test,Test Patient,1900-01-01,555-0100,TEST ROW DO NOT BILL", "non_client")

D(T, "benign",
  "INTAKE FORM (blank)\nName: ____________  DOB: __/__/____  Tel: (___) ___-____\nEmail: ____________\n"
  "Emergency contact: ____________  Relationship: ______", "template")

D(T, "benign",
  "10:02 — Rosa from Cigna re claim 44812\n10:30 — Dr Faith Okonjo returning my call about the referral "
  "pathway\n11:15 — courier", "non_client")

D(T, "benign", "Add to waitlist: someone from Shelby Shipyard, referred by their EAP, couples, evenings.",
  "single_quasi")

D(T, "benign", "Note: a 911 dispatcher in Plymouth asked about evening slots — didn't leave a name.",
  "single_quasi")

D(T, "benign", "New referral: born June 1991, works in music, panic attacks on stage. Phone screen Tue.",
  "weak_attribute")

D(T, "benign",
  "Office playlist vote: Taylor Swift (again), or Chad Smith's drum solo on a loop until someone cries.",
  "public_figure")

D(T, "benign", "Patience, friends: Medicaid is taking 45+ days to pay right now.", "ordinary_word")

D(T, "benign", "June 3 — CE deadline\nMay 14 — Rose garden tour (team outing) 🌹", "ordinary_word")

D(T, "benign",
  "Staff extensions\nname,ext\nNaomi Feld,201\nGrace Oyelaran,202\nMark Delacroix,203\nFront desk,200",
  "colleague")

D(T, "benign", "Office closed Monday (Memorial Day). Dawn patrol Tuesday — I'm in at 7.", "ordinary_word")

D(T, "benign", "Client #A-221: 90837 ×4, paid in full. Close the ledger.", "deidentified")

D(T, "benign", "VM: Gemma Hartley, interested in the couples group, 555-0137, after 6pm.", "non_client")

D("email", "benign",
  "Subject: Undeliverable: appointment reminder\n\nDelivery has failed to these recipients or groups: "
  "info@harbourpsych.example. The recipient's mailbox is full.", "therapy_life")

D(T, "benign",
  "Clinic supplies: tissues ×12, printer paper ×4, sharpies, the good tea (not the dusty one), "
  "2 more chairs for group room.", "therapy_life")

D(T, "direct",
  "{{W.J.|c138|INITIALS}} (the {{Cobalt Software|c138|EMPLOYER}} one, not the other W.J.) asked for a "
  "superbill for Jan–Mar. Done, in his portal.")

D(T, "direct",
  "Scan to chart: consent form, {{Theodor King|c100|MISSPELLED_NAME}}, signed 3/3; husband "
  "{{Justin|c100|RELATIVE}} co-signed the couples addendum.")

D(T, "benign", "Reminder: our practice anniversary — founded 03/14/2011. Cake at 4! 🎂", "therapy_life")

D(T, "benign",
  "We've moved! New office: 410 Harbor Road, Suite 2. Same phone, (555) 201-4400. Parking round the back.",
  "therapy_life")
