# Voice: exports and pastes from practice-management software and spreadsheets --
# CSV rows (quoted "Family, Given" cells), TSV with tabs, Markdown and ASCII tables,
# key: value intake forms, ALL-CAPS form fields, vCards, day lists with times.
# Column headers and form labels are ordinary words that are also client names
# (DOB, GRACE PERIOD, BILL TO, MAY, HOPE scale).
DOCS = [
    # ---------------------------------------------------------------- direct
    ("team_note", "direct", "multi_client", """appt_id,date,start,end,client,clinician,room,status
48211,2025-05-27,09:00,09:50,"{{Mathis, Hope|c187|FULL_NAME}}",N. Keane,3,Attended
48212,2025-05-27,10:00,10:50,"{{Branch, May|c222|FULL_NAME}}",N. Keane,3,DNA
48213,2025-05-27,11:00,11:50,"{{Hobbs, Dillon|c040|FULL_NAME}}",R. Mehta,1,Cancelled <24h
48214,2025-05-27,13:30,14:20,"{{Soto, Sage|c256|FULL_NAME}}",R. Mehta,1,Attended"""),

    ("team_note", "direct", None, """client_id,first_name,last_name,dob,mobile,email,sms_consent
10482,{{Sage|c256|GIVEN_NAME}},{{Soto|c256|FAMILY_NAME}},{{11/21/1947|c256|DOB}},{{920.510.5695|c256|PHONE}},{{s.soto@icloud.com|c256|EMAIL}},Y"""),

    ("team_note", "direct", None, """Waitlist - adult service (exported 02/06/2025)

| # | Name | Age | Referred by | Reason | Weeks waiting |
|---|------|-----|-------------|--------|---------------|
| 1 | {{Montserrat Riquelme|c126|FULL_NAME}} | 69 | GP | bereavement, low mood | 9 |
| 2 | (withdrawn) | - | self | - | - |
| 3 | {{RIQUELME|c126|FAMILY_NAME}}, M. (dup?) | 69 | GP | see row 1 | 9 |

Dawn, row 3 looks like a duplicate of row 1, can you merge?"""),

    ("team_note", "direct", None, """+-----------+------------------+----------------+-------+
| Time      | Client           | Phone          | Room  |
+-----------+------------------+----------------+-------+
| 08:30     | {{Misty Castro|c122|FULL_NAME}}     | {{(805) 403-8749|c122|PHONE}} | 2     |
| 09:30     | -- blocked --    |                |       |
| 10:30     | supervision      |                | 5     |
+-----------+------------------+----------------+-------+"""),

    ("case_presentation", "direct", None, """INTAKE SUMMARY

Client: {{Summer Fitzpatrick|c261|FULL_NAME}}
DOB: {{28 May 1977|c261|DOB}}
Town: {{Lancaster|c261|ADDRESS|city}}
Occupation: {{Real estate agent|c261|DISTINCTIVE|occupation}}
Employer: {{Plymouth Credit Union|c261|EMPLOYER}} (mortgage desk)
Referrer: GP - Dr A. Mensah
Emergency contact: {{Joshua Fitzpatrick|c261|RELATIVE}} (father)
Presenting problem: Panic attacks on the drive to work, onset March. Avoiding the motorway.
Risk: Nil current. No history.
Plan: 8 x CBT, review at 6."""),

    ("team_note", "direct", None, """CLIENT NAME: {{GRACE SHEPARD|c293|FULL_NAME}}
D.O.B.: {{01/11/1967|c293|DOB}}
PAYER: SELF
SESSION FEE: $160
GRACE PERIOD FOR LATE PAYMENT: 14 DAYS
LATE CANCELLATION FEE APPLIES: Y
SIGNATURE ON FILE: Y"""),

    ("team_note", "direct", None, """Wed 28 May - Dr Keane

09:00  {{Iris|c108|GIVEN_NAME}} F. (review, bring CORE-10)
10:00  new - {{Dean Durham|c216|FULL_NAME}} (intake 90 min)
11:30  ----
12:00  lunch
13:00  supervision w/ Mark
14:00  {{Penny|c128|NICKNAME}} (student rate)
15:00  {{Rich|c270|NICKNAME}} C - by phone {{857 643 7440|c270|PHONE}}
16:00  notes"""),

    ("team_note", "direct", None, """INVOICE #2025-0413
Date: 31/05/2025

BILL TO:
{{Bill Edwards|c224|NICKNAME|nickname_full}}
{{7719 River Drive|c224|ADDRESS|street}}
Springfield

Description                      Qty   Rate     Amount
Individual psychotherapy (50m)     4   120.00   480.00
                                              ---------
                                 TOTAL DUE      480.00
Payment within 30 days. Thank you."""),

    ("team_note", "direct", None, """BEGIN:VCARD
VERSION:3.0
FN:{{Miles James|c234|FULL_NAME}}
N:{{James|c234|FAMILY_NAME}};{{Miles|c234|GIVEN_NAME}};;;
TEL;TYPE=CELL:{{+17349605038|c234|PHONE}}
EMAIL;TYPE=HOME:{{m.james@hotmail.com|c234|EMAIL}}
NOTE:Client (minor) - contact via mother {{Jessica|c234|RELATIVE}} for scheduling
END:VCARD"""),

    ("team_note", "direct", None, "Surname\tForename\tDOB\tClinician\tStatus\n{{Durham|c216|FAMILY_NAME}}\t{{Dean|c216|GIVEN_NAME}}\t{{23/06/1949|c216|DOB}}\tRM\tActive\n\t\t\t\t\n(1 row selected)"),

    ("team_note", "direct", None, """mailing_list_export_2025-06-01.csv
email,name,opted_in,source
newsletter@wellbeinghub.org,Wellbeing Hub,yes,partner
{{roseli1@hotmail.com|c118|EMAIL}},{{rose li|c118|FULL_NAME}},yes,client_portal
info@quaysidemedical.co.uk,Quayside Medical,yes,partner

^ someone please remove row 3 of this before it goes to the printer - that's a client, the portal opt-in should never have fed this list"""),

    ("team_note", "direct", None, """Outcome measures - May

| Client | DOB | PHQ-9 (intake) | PHQ-9 (now) | GAD-7 (now) |
|:--|:--|--:|--:|--:|
| {{J.K.|c027|INITIALS}} | {{29/07/47|c027|DOB}} | 17 | 11 | 9 |
| {{M.R.|c126|INITIALS}} | {{15/01/56|c126|DOB}} | 21 | 19 | 14 |

Both still above threshold, discuss at MDT."""),

    ("team_note", "direct", None, """CONSENT TO CONTACT

Name: {{Patricia Larsen|c231|FULL_NAME}}     Preferred name: {{Patsy|c231|NICKNAME}}
Mobile: {{+1 (606) 725 8780|c231|PHONE}}
[x] OK to leave voicemail
[ ] OK to text
[x] OK to email  ->  {{p.larsen@outlook.com|c231|EMAIL}}
Do NOT contact at work (hospital switchboard)."""),

    # ---------------------------------------------------------------- quasi
    ("case_presentation", "quasi", None, """Supervision - caseload overview (no names)

| Ref | Occupation | Town | Employer | Anything notable |
|-----|------------|------|----------|------------------|
| A | teacher | Dover | - | - |
| B | {{UX designer|c216|DISTINCTIVE|occupation}} | {{Quincy|c216|ADDRESS|city}} | {{Kestrel Labs|c216|EMPLOYER}} | grief, wife ill |
| C | student | - | - | exam stress |
| D | nurse | Franklin | - | - |

B is the one I want to talk about."""),

    ("team_note", "quasi", None, """referral_source,employer,occupation,city,notes
EAP,{{Madison Police Department|c137|EMPLOYER}},{{firefighter|c137|DISTINCTIVE|occupation}},{{Arlington|c137|ADDRESS|city}},"sleep, nightmares after a fatal call-out; wants evenings\""""),

    ("case_presentation", "quasi", None, """NEW CLIENT - KEY FACTS
Occupation: {{Journalist|c108|DISTINCTIVE|occupation}}
Town: {{Hamilton|c108|ADDRESS|city}}
Employer: {{the Waverly Herald|c108|EMPLOYER}}
Household: wife, one son
Presenting: burnout, drinking more since the paper's redundancies
Goal: "to stop dreading Sunday nights\""""),

    ("case_presentation", "quasi", None, """Ref  | Works at               | Family            | Other
-----+------------------------+-------------------+-------------------------------
C-07 | {{Madison Credit Union|c015|EMPLOYER}}   | father ({{Paul|c015|RELATIVE}})      | {{breeds show Corgis in Mount Vernon|c015|DISTINCTIVE|fact|Corgis in Mount Vernon}}
C-08 | -                      | -                 | -"""),

    ("team_note", "quasi", None, """GROUP REFERRAL FORM
FIELD                 VALUE
OCCUPATION            {{CARE ASSISTANT|c163|DISTINCTIVE|occupation}}
CITY                  {{STILLWATER|c163|ADDRESS|city}}
HOBBIES               {{DRUMS (THE CROOKED PINES)|c163|DISTINCTIVE|fact|Crooked Pines}}
GROUP                 MEN'S ANXIETY, THURSDAYS"""),

    ("case_presentation", "quasi", None, """Client profile (anonymised for peer review)
- Age band: 60-69
- Work: {{Johnson Realty|c263|EMPLOYER}}, claims side
- Family: two sons, {{Dennis|c263|RELATIVE}} and {{Terrance|c263|RELATIVE}}
- Presenting: anger, conflict at work
- Sessions to date: 5"""),

    # ---------------------------------------------------------------- benign
    ("team_note", "benign", "name_as_word", """PAYMENT TERMS
GRACE PERIOD: 30 DAYS
LATE FEE: $25
DOB: ______________
MAY WE TEXT YOU?  [ ] YES  [ ] NO
WILL YOU BE USING INSURANCE?  [ ] YES  [ ] NO
HOPE SCALE (0-10): ____"""),

    ("team_note", "benign", "nonclient_namesake", """Staff directory (internal)
name,role,ext,room
Grace Adeyemi,Practice Manager,201,Office
Hope Lindqvist,Clinical Psychologist,214,4
Will Fairbairn,Counsellor,215,5
Dawn Pritchard,Reception,200,Front desk
Joy Nakamura,Intake Coordinator,202,Office
Mark Ostrowski,Clinical Supervisor,220,6"""),

    ("team_note", "benign", "therapy_life", """Wed 14 May

09:00  Supervision (Mark)
10:00  Admin / letters
11:00  Team meeting - agenda: May rota, fire drill
12:30  Lunch w/ Grace
14:00  CPD webinar "Hope and agency in trauma work"
16:00  Close"""),

    ("team_note", "benign", "therapy_life", """payer,claims_submitted,paid,denied,outstanding
Blue Cross,42,38,1,3
Aetna,17,15,0,2
Self-pay,23,21,0,2
TOTAL,82,74,1,7

BILL TO for self-pay now defaults to the address on file, so check it's current."""),

    ("team_note", "benign", "deidentified_case", """| Case ID | Age band | Primary dx | Sessions | Outcome |
|---|---|---|---|---|
| C-014 | 30-39 | GAD | 8 | recovered |
| C-022 | 50-59 | MDD | 12 | improved |
| C-031 | 18-24 | social anxiety | 6 | dropped out |
| C-040 | 40-49 | PTSD | 16 | improved |"""),

    ("team_note", "benign", "single_quasi", """EAP PARTNERS 2025
Organisation              Sessions cap   Contact
Madison Credit Union      6              HR (generic inbox)
Jackson Pharmacy          8              Occ Health
Kestrel Labs              6              People team
St. Joseph's Hospital     10             Staff support"""),

    ("case_presentation", "benign", "split_attributes", """Ref  | Occupation          | Town        | Notable
-----+---------------------+-------------+----------------------
A-1  | firefighter         | Arlington   | -
A-2  | -                   | -           | keeps bees
A-3  | bank teller         | -           | plays in a local band
A-4  | student             | Greenville  | -"""),

    ("team_note", "benign", "weak_attribute", """Referrals by town, Jan-May 2025
Town,Count
Springfield,14
Dover,9
Oxford,7
Mount Vernon,6
Salem,4
Other,11"""),

    ("team_note", "benign", "nonclient_person", """BEGIN:VCARD
VERSION:3.0
FN:Dr Adaeze Mensah
ORG:Quayside Medical Centre
TITLE:GP Partner
TEL;TYPE=WORK:+44 161 496 0731
EMAIL:a.mensah@quaysidemedical.co.uk
END:VCARD"""),

    ("team_note", "benign", "name_as_word", """MONTHLY CHECKLIST - MAY
[ ] Mark all closed files for archive
[ ] Chase outstanding GP letters
[ ] Bill insurers for April sessions
[ ] Art therapy room: restock paper
[ ] Check fire extinguisher expiry (June)"""),
]
