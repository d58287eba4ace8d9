# Voice: insurance and billing correspondence. US insurers' claim letters, superbills,
# EAP invoices, and Dorota Wiśniewska, the practice's part-time billing administrator
# (Polish, English as a second language), writing to clinicians and clients.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("email", "direct", None, """EXPLANATION OF BENEFITS -- CLAIM DENIED

Member: {{KATHRYN GARCIA|c090|FULL_NAME}}
Member DOB: {{05/16/1984|c090|DOB}}
Provider: Northgate Psychology
Service: 90837 (psychotherapy, 60 min), 3 dates
Reason: prior authorization not on file. You may resubmit with authorization number within 90 days."""),

    ("case_presentation", "direct", None, """SUPERBILL
Client: {{Martinez, Carmen|c173|FULL_NAME}}     DOB: {{04/06/1967|c173|DOB}}
Dx: F41.1 Generalized anxiety disorder
CPT 90834 x 4 @ $140.00 = $560.00
Paid: $560.00   Balance: $0.00
Clinician signature: ______________"""),

    ("email", "direct", None, """Subject: receipt in German

Hello Imogen,

Mr {{Krebs|c087|FAMILY_NAME}} is asking again for receipt in German language for his insurance in Germany. I can make the template but I don't know the German words for "psychotherapy session 50 minutes". Do you know maybe? Or he can translate himself, it is OK for him I think.

Dorota"""),

    ("email", "direct", None, """Subject: bounced statement

Hi Kelsey,

The quarterly statement to {{jameswatson71@proton.me|c249|EMAIL}} came back - "mailbox unavailable". Could you ask him at his next appointment for the new address? I will hold the paper copy.

Thank you,
Dorota"""),

    ("team_note", "direct", None, """Card declined again for the 3pm today. Tried calling {{(918) 574-7695|c257|PHONE}} twice, no answer. Left message. If she comes next week pls ask her to update the card before session. D."""),

    ("email", "direct", "multi_client", """Subject: balances over 60 days

Dear all,

The list of balances older than 60 days:

- {{Vincent Hess|c156|FULL_NAME}} - $240 (2 sessions)
- {{Hart|c167|FAMILY_NAME}}, V. - $410 (insurance rejected, he must pay difference)
- one more small one, $35, I will sort myself

Please tell me if any of these should be written off for hardship. I don't send reminder letters without your OK.

Dorota"""),

    ("email", "direct", None, """Subject: EAP invoice - March

INVOICE EAP-0331
Client: Quarry Systems Employee Assistance Programme
Employee ref: W. {{Espinoza|c058|FAMILY_NAME}}, {{Quarry Systems|c058|EMPLOYER}}, {{IT support technician|c058|DISTINCTIVE|occupation}}
Sessions: 4 x 50 min @ $125 = $500.00
Payment terms: 30 days"""),

    ("email", "direct", None, """Subject: Claim resubmission

Hi Dorota,

The claim for {{Brandi Watkins|c239|MISSPELLED_NAME}} was rejected because the insurer has her name spelled differently to our records. Can you check what's on her insurance card and resubmit? She's self-employed, so she pays her own premiums and is quite anxious about it.

Callum"""),

    ("email", "direct", None, """Subject: DOB mismatch -- claim #88213

Provider Services,

The date of birth submitted on claim #88213 ({{1966-08-24|c067|DOB}}) does not match the member record. Please verify the member's date of birth and resubmit a corrected claim. Do not submit a new claim; this will be treated as a duplicate."""),

    ("email", "direct", None, """Subject: sliding scale

Hi Tendai,

{{Ginger Rodriguez|c279|FULL_NAME}} asked me about the sliding scale. She says since her brother {{Keith|c279|RELATIVE}} moved in with her, money is very hard. Her current fee is $110. What you want me to put? I need your signature on the form.

Dorota"""),

    # ---------------------------------------------------------------- benign
    ("email", "benign", "therapy_life", """Subject: Coding update effective 1 January

Dear Provider,

Please note the following changes: 90834 (38-52 minutes) and 90837 (53+ minutes) remain unchanged. Add-on code 90785 (interactive complexity) now requires documentation of the specific complicating factor. Telehealth claims must use place of service 10 for sessions delivered to the patient's home.

Provider Relations"""),

    ("email", "benign", "therapy_life", """Subject: fees from 1 September

Dear clients,

After three years without a change, our fees will increase from 1 September: individual sessions from $130 to $140, couples sessions from $160 to $175. Our reduced-fee places are not affected. If the increase causes you difficulty, please speak to your therapist -- nobody will have to stop therapy because of this.

Northgate Psychology"""),

    ("team_note", "benign", "name_as_word", """Billing reminders:
- Bill the insurer for the 45 min code only, never the 60 unless the note says 53+ minutes.
- Mark late cancels as LC, not DNA.
- Rich text in the notes field breaks the export, please type plain.
Thanks, D."""),

    ("email", "benign", "nonclient_person", """Subject: Invoice 4471 - office cleaning

Dear Ms Quinlan,

Please find attached our invoice for cleaning services in March (12 visits). As agreed with Mr Fergal Doyle, we will add the window cleaning from April. Payment by bank transfer within 14 days.

Kind regards,
Shirley Okafor
Sparkle & Shine Commercial Cleaning"""),

    ("email", "benign", "single_quasi", """Subject: EAP quarterly report - Johnson Logistics

Dear HR team,

In the last quarter, 14 sessions were used across 5 employees under your Employee Assistance Programme. As per our contract, we do not share names, presenting problems or attendance of individual employees. Utilisation is within the expected range.

Northgate Psychology"""),

    ("email", "benign", "deidentified_case", """Subject: audit result

Hello Bernadette,

I finish the audit of 20 claims from last quarter. 2 errors: one session coded 90837 but note says 48 minutes, one client with wrong insurance ID (the new card was not scanned). Both corrected and resubmitted. No names in this email, the list is in the locked folder.

Dorota"""),

    # ---------------------------------------------------------------- quasi
    ("email", "quasi", None, """Subject: who pays?

Hi Siobhán,

Small question about one of your self-pay clients, the {{bank teller|c144|DISTINCTIVE|occupation}} from {{Lancaster|c144|ADDRESS|city}}. Her father, {{Connor|c144|RELATIVE}}, pays the invoices by card on the phone. Do we have her consent that he receives the invoices? I want to be careful.

Dorota"""),

    ("email", "quasi", None, """Subject: private billing request

Callum - your EAP one from {{Johnson & Richards Accounting|c262|EMPLOYER}} (the man with {{the llama that went viral, Sir Reginald|c262|DISTINCTIVE|fact|llama named Sir Reginald}}) wants to stop using the EAP and pay himself, so work doesn't know how many sessions he has. Is OK? I need to close the EAP authorisation.

D."""),

    ("email", "quasi", None, """Subject: invoice question

Hello,

A man called {{Justin|c111|RELATIVE}} telephoned about his husband's invoice. He says his husband is the librarian at {{Franklin Academy|c111|EMPLOYER}} and the school is now paying part through their staff wellbeing fund, so the invoice must be split. I did not confirm anything on the phone. Who is this client, please?

Dorota"""),
]
