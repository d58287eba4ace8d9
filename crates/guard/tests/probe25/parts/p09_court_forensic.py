DOCS = [
("email", "direct", None, """Subject: INVOICE - court-ordered parenting assessment (Case No. 2025-DR-00917)

To: Harlow & Finch LLP, attn. Ms. Delaney

Re: {{Karen Miranda|c203|FULL_NAME}} (DOB {{2/15/1971|c203|DOB}}) - custody evaluation ordered 3 March 2025

Services:
  Clinical interviews, 4 x 2 hrs @ $250/hr ........ $2,000.00
  Psychological testing (MMPI-3, PAI), scoring ..... $1,150.00
  Collateral contacts (3) .......................... $375.00
  Report preparation, 9 hrs @ $250/hr .............. $2,250.00
  TOTAL ............................................ $5,775.00
Less retainer received 3/10: ($2,500.00)
BALANCE DUE: $3,275.00 - payable within 30 days. Ref INV-F-0412.

Forensic services are not billable to health insurance."""),

("team_note", "direct", None, """Court-mandated anger management - attendance log
{{Pat|c207|NICKNAME}}: 8/12 sessions attended. Missed 4/22 (documented illness, note provided). Probation officer requested a progress letter by 6/15. Fee: $60/session self-pay, paid to date. She's a paramedic and worried about her licence - reassured her we only report attendance and completion."""),

("email", "direct", None, """Subject: Your invoice for the court report

Hi,

As requested, I've sent the invoice for the report to the court to {{abrilcheca99@outlook.com|c209|EMAIL}}. Please note the court report fee ($1,200) is separate from your therapy sessions and isn't covered by your insurance. We can spread it over 4 months if helpful.

Accounts"""),

("team_note", "direct", None, """Subpoena received for records - {{Dani|c211|NICKNAME}}'s divorce. Do NOT release. Called our attorney; she'll file a motion to quash / ask for in-camera review. Informed {{Dani|c211|NICKNAME}} by phone. Logged in subpoena register #S-2025-07. Billable: time spent on subpoena response is charged at the legal rate ($200/hr) per our fee agreement, not to insurance."""),

("email", "direct", None, """Subject: Re: court-ordered evaluation - scheduling

Mr. Castellanos,

Thank you. I've spoken to your client, {{Glenn Washington|c225|FULL_NAME}}, on {{+1-678-256-6121|c225|PHONE}} and scheduled the first interview for 3 June at 9:00. The retainer of $2,000 is due before that date. I remind you that I am acting as an evaluator for the court, not as his therapist.

Dr E. Nakamura, Forensic Psychologist"""),

("team_note", "direct", None, """Court report draft - identifying data section
Examinee: {{Mr Pacheco|c228|FAMILY_NAME}}   DOB: {{9/11/64|c228|DOB}}   Occupation: real estate agent ({{Milford Credit Union|c228|EMPLOYER}} mortgage desk)
Referral: Superior Court, Case 24-CR-3381, competency to stand trial is NOT the question - sentencing mitigation only.
Billing: flat fee $3,500, paid by defence counsel (trust account)."""),

("email", "direct", None, """Subject: statement for court-ordered sessions

Dear Ms. Dunn,

Enclosed is your statement for the 10 court-ordered sessions. As you prefer, we've mailed a paper copy to {{4162 Maple Drive|c239|ADDRESS|street}}. The balance of $150 can be paid at your next visit.

Sincerely,
Accounts""".replace("Dear Ms. Dunn,", "Dear {{Ms. Dunn|c239|FAMILY_NAME}},")),

("team_note", "direct", None, """Attorney call 11:20 (8 min, billable at legal rate): counsel for {{Diane Hickman|c245|FULL_NAME}}'s former employer asked whether she's "fit to testify." Declined to discuss. No release on file. Told counsel to serve a subpoena if they need records. Informed client."""),

("email", "direct", None, """Subject: Re: invoice INV-F-0398 - name spelling

Dear Mr. Ibarra,

Apologies - the invoice for your client's assessment was issued to "{{Jovita Santamaria|c261|MISSPELLED_NAME}}" without the accent. The firm's accounts team says their system can't match it. Reissued as INV-F-0398-R. Amount unchanged ($2,400).

Regards,
Forensic Services"""),

("case_presentation", "direct", None, """Forensic peer consultation

{{R.M.|c264|INITIALS}}, librarian at {{Marion Community College|c264|EMPLOYER}}, court-ordered to complete a DUI risk assessment and 12 hours of education. He asked me, as his ongoing therapist, to write the assessment. I declined (dual role). Referred to an independent assessor; I'll only provide a treatment summary with consent. Question for the group: fee for the treatment summary - bill it to him, or to his attorney?"""),

("team_note", "direct", None, """{{John|c280|GIVEN_NAME}} - today's session focused on the custody hearing next week. He asked whether we'd testify. Explained we're a treating clinician; if subpoenaed we'd attend but can't give custody opinions. Court appearance fee schedule given ($250/hr incl. travel). 90837."""),

("email", "direct", None, """Subject: court invoice - Dan

Hi Lorna,

Court invoice for {{Dan Martin|c254|FULL_NAME}}'s assessment: the newspaper ({{the Hudson Herald|c254|EMPLOYER}}) is paying as part of the settlement, so invoice goes to their legal department, not to him. Amount $1,800. PO number HH-LGL-2291.

Thanks""".replace("Subject: court invoice - Dan", "Subject: court invoice - {{Dan|c254|GIVEN_NAME}}")),

("email", "quasi", None, """Subject: court-ordered assessment - teacher

Hi Priya,

Assessment ordered for a chemistry teacher at {{Marion Community College|c213|EMPLOYER}} - you may have seen him online, he {{owns Ziggy, the alpaca that went viral|c213|DISTINCTIVE|fact|alpaca named Ziggy}}. Invoice to go to the court administrator, fee per the county schedule ($900).

Ed"""),

("team_note", "quasi", None, """Custody evaluation collateral: {{software engineer|c218|DISTINCTIVE|occupation}} in {{Kingston|c218|ADDRESS|city}}, {{Quarry Labs|c218|EMPLOYER}}. Mother of two. Collateral interview with her manager scheduled 6/4 (with consent). Billed to the retainer."""),

("email", "quasi", None, """Subject: Re: subpoena - nurse

Hi,

The subpoena is for records of a nurse at {{Oakland General Hospital|c229|EMPLOYER}} who studied at {{Lebanon Community College|c229|SCHOOL}} - her ex's attorney seems to think something from her nursing school years is relevant. It isn't, and we don't hold records from then anyway. Our attorney is responding.

Ruth"""),

("team_note", "quasi", None, """Court-ordered co-parenting sessions: lawyer at {{Davis Realty|c247|EMPLOYER}} (in-house); {{coaches the Florence Pioneers under-12 softball team|c247|DISTINCTIVE|fact|Florence Pioneers under-12 softball}} - wants sessions scheduled around games. Fee split 50/50 with other parent per court order."""),

("email", "quasi", None, """Subject: invoice recipient

Hi team,

The court-ordered evaluation for the HR manager at {{Lee Insurance|c263|EMPLOYER}} - owner of {{Captain Fluff, the viral goat|c263|DISTINCTIVE|fact|goat named Captain Fluff}} - will be paid by his attorney. Please don't send anything to his work email.

Bea"""),

("team_note", "quasi", None, """Victim-impact report requested by prosecutor: accountant at {{Lee Insurance|c282|EMPLOYER}}; her wife {{Bonnie|c282|RELATIVE}} will attend the first session. Fee waived (victim services fund reimburses at $120/hr)."""),

("email", "benign", "nonclient_person", """Subject: Re: expert witness fees

Hi Karen,

Thanks for your query. Our expert witness fees are:
- Record review: $250/hr
- Deposition: $350/hr, 2-hr minimum
- Court testimony: $2,000/day
A retainer of $2,500 is required. Cancellation within 48 hours is charged in full.

Kind regards,
Dr E. Nakamura
(Karen Oduya is our new paralegal contact at Harlow & Finch - please cc her)"""),

("team_note", "benign", "name_as_word", """Reminder: we do not sue clients for unpaid court-report fees. If a client says their ex will "pat them down" for every penny, that's between them and their lawyers. Will and estate questions - refer out."""),

("social_post", "benign", "public_figure", """Reading Michael Powell's old speeches on regulation for a policy course. Somehow it made me think about how broken the billing system for court-ordered therapy is. Who pays? Who gets the report? Who owns the record? #forensicpsychology"""),

("team_note", "benign", "deidentified", """Forensic invoices Q1: 14 issued, $38,450 billed, $31,200 collected, 2 in dispute (both attorney-paid). Avg days to pay: 41. No examinee names in this report; see the encrypted ledger."""),

("email", "benign", "nonclient_person", """Subject: Judge Robertson's standing order

Hi all,

Judge Robertson has issued a standing order that all court-ordered evaluations in family court must include an itemised invoice filed with the report. Please start doing this from 1 June. Judge Robertson's clerk, Danielle, is the contact for questions.

Lou"""),

("team_note", "benign", "weak_attribute", """Call from a public defender about a client "in his 40s, from Riverside" - they wanted to know if we do sentencing-mitigation evaluations. Yes. Fee schedule emailed. No names exchanged."""),

("email", "benign", "single_quasi", """Subject: Lee Insurance - legal settlement clients

FYI: Lee Insurance's legal department has asked for a standard invoice format for all assessments they pay for under settlements. Template attached. No clinical details in the invoice, just dates, hours and rate.

Dolores"""),

("case_presentation", "benign", "deidentified", """Teaching case - who's the client?

A court orders a custody evaluation. Father pays the retainer. Mother's attorney requests the invoice. Father's attorney requests the raw test data. The child's GP calls. Composite case; no real family. Discussion: the court is the client; invoices go to whoever the order names; raw data only to a qualified professional."""),

("team_note", "benign", "nonclient_person", """Attorney Jeannine Okafor (opposing counsel) called for the third time about the custody report. Told her the report goes to the court first. She was polite. Logged 6 minutes."""),
]
