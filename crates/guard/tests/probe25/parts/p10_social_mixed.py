DOCS = [
("team_note", "direct", None, """Returned payment - {{Emma Stone|c328|FULL_NAME}} (yes, really - she says she's heard every joke). Cheque #1182 for $240 returned NSF. She's mortified; she's a retail manager at the {{Grand Milford Hotel|c328|EMPLOYER}} and payroll was late. Waived the $25 returned-cheque fee. She'll pay by card Friday."""),

("team_note", "direct", None, """{{Art|c293|NICKNAME}} brought his own superbill template from his old therapist and asked us to fill it in instead of ours. Fine - same codes. He's claiming out-of-network with his plan via {{Quarry Labs|c293|EMPLOYER}}. 4 sessions x 90834."""),

("email", "direct", None, """Subject: staff discount?

Hi Rachel,

{{Benny|c295|NICKNAME}} asked whether we have a discount for {{Lancaster Brewing Company|c295|EMPLOYER}} staff like we do for the school district. We don't - but he's a barista on hourly pay, so he may qualify for the sliding scale anyway. Can you send him the form?

Cheers, Tom"""),

("email", "direct", None, """Subject: Invoice for Mitchell's sessions

Dear {{Ashley|c299|RELATIVE}},

Please find attached the invoice for {{Mitchell|c299|GIVEN_NAME}}'s sessions in May (4 x $140). Because he is under 18, invoices are addressed to you as guarantor. For your insurer's claim form: patient DOB {{11/24/2009|c299|DOB}}, school {{Edison Middle School|c299|SCHOOL}} (the plan asks for school for dependants over 12 - odd, but there it is).

Kind regards,
Accounts""".replace("Subject: Invoice for Mitchell's sessions", "Subject: Invoice for {{Mitchell|c299|GIVEN_NAME}}'s sessions")),

("team_note", "direct", None, """Voicemail 4:55pm, from {{662-883-8282|c318|PHONE}}: client asking for a copy of her payment history for her taxes (medical expense deduction). Journalist, freelance, needs it by 6/10. Prepare statement Jan-Dec."""),

("email", "direct", None, """Subject: Re: receipt

Sent the receipts to {{meganm91@icloud.com|c325|EMAIL}} - careful, there's another address on file that differs only in the domain; don't mix them up. Confirmed with her by phone first. - Ana"""),

("team_note", "direct", None, """{{Patience Randolf|c331|MISSPELLED_NAME}} - insurer's spelling; claim rejected for name mismatch. Graphic designer at {{Burlington Public Radio|c331|EMPLOYER}}, employer plan. Called payer to correct subscriber name. Resubmit 5 claims."""),

("team_note", "direct", None, """Mobile therapy session at the client's home, {{8399 Jackson Way, Kingston|c322|ADDRESS|street}} - corrections officer, agoraphobia following an assault at work. POS 12 (home). Mileage 11 mi. Workers' comp claim # WC-25-07719 - bill the comp carrier, not his health plan."""),

("social_post", "direct", None, """Proud of {{Jon|c310|GIVEN_NAME}} this week. Six months ago he couldn't open a letter from his insurer without a panic attack. Today he sat in my office, read his EOB out loud, and laughed at the word "adjudicated". Small wins are wins. #therapistlife #anxiety"""),

("email", "quasi", None, """Subject: EAP vs commercial

Hi Ronan,

Client is a {{hotel manager|c303|DISTINCTIVE|occupation}} in {{Centerville|c303|ADDRESS|city}}, works for {{Oakland Brewing Company|c303|EMPLOYER}}'s hotel arm. His EAP (3 sessions) is used up; moving to commercial plan. Any issues with the brewery's plan you know of?

Grace"""),

("team_note", "quasi", None, """Self-pay client: session musician at {{Lopez Studio|c312|EMPLOYER}}, {{drums for the Midnight Mittens|c312|DISTINCTIVE|fact|Midnight Mittens}}. Gig income irregular, asked to pay per month in arrears. Agreed - $320/month cap."""),

("email", "quasi", None, """Subject: workers' comp billing

Hi,

New WC referral: {{mechanic|c324|DISTINCTIVE|occupation}} in {{Centerville|c324|ADDRESS|city}}, employed by {{Hunter Electric|c324|EMPLOYER}}, injured in the workshop fire. Comp carrier authorised 8 sessions. Bill carrier directly; no copay.

Sanjay"""),

("team_note", "quasi", None, """Client (midwife, {{Carroll Pharmacy|c305|EMPLOYER}} maternity clinic) - owner of {{the viral goat Meatball|c305|DISTINCTIVE|fact|goat named Meatball}} - asked if we take payment via the clinic's health savings account card. Yes."""),

("social_post", "benign", "public_figure", """Emma Stone just won another award and someone in our waiting room said "I'd pay my therapy bill in full if she asked me to". Honestly, relatable. Anyway - pay your invoices, folks. #privatepractice"""),

("social_post", "benign", "public_figure", """Throwback: Brian Johnson belting "Back in Black" while I do quarterly billing reconciliation. Nothing else gets me through the ERA files. #therapistbilling #ACDC"""),

("social_post", "benign", "public_figure", """The Will Smith slap was years ago and my clients still bring it up when we talk about anger. Anyway. If you're a therapist billing 90837 for anger management, you probably need a PA after session 12 with most plans. #therapist"""),

("social_post", "benign", "name_as_word", """The art of billing: send the invoice the same day, be kind about payment plans, and never, ever let a balance sit for 90 days. Sage advice from my first supervisor. Patience with clients, impatience with insurers. #privatepractice"""),

("social_post", "benign", "deidentified", """Billing fact of the day: the CPT code for a 60-minute psychotherapy session is 90837, for 45 minutes it's 90834, and an intake is 90791. If your therapist bills 90837 and you only had 40 minutes, ask. That's not a dig - mistakes happen. #mentalhealth #insurance"""),

("team_note", "benign", "nonclient_person", """Keith from the clearinghouse called: their system was down 2-4pm, claims submitted in that window need resubmitting. Batch IDs 20250528-07 to -11. Keith will confirm by email."""),

("email", "benign", "deidentified", """Subject: codes that look like dates

Hi all,

Reminder after last week's mix-up: our internal claim IDs are YYYYMMDD-sequence (e.g. 20250528-0117) and member IDs for Harborview look like phone numbers (e.g. 555-201-7788). Neither is a date of birth or a phone number - please don't "correct" them into the DOB or phone fields. Check the label.

Dolores"""),

("social_post", "benign", "nonclient_person", """Shoutout to our pharmacist friend Jon at the corner pharmacy, who spent 20 minutes on the phone with an insurer so one of our clients could get their meds before the weekend. Heroes don't always wear capes. #community"""),

("team_note", "benign", "single_quasi", """Grand Milford Hotel switched its staff insurance to Harborview on 5/1. Anyone presenting with a Grand Milford Hotel card: in network, copay $30. Updating the payer list."""),

("social_post", "benign", "weak_attribute", """A client in their 70s, retired nurse, told me today that "in my day you just paid the doctor in eggs". I don't accept eggs. I do accept sliding scale. #therapistlife"""),

("email", "benign", "nonclient_person", """Subject: insurer case manager intro

Hi team,

Meet Patience Obi, our new case manager contact at Bluecrest for complex cases (anything needing >30 sessions/yr). Patience prefers email, and her turnaround is 48h. She's asked for treatment summaries in their template (attached).

Fran"""),

("social_post", "benign", "name_as_word", """Hope, faith and a working fax machine: the three things every private practice needs to get a prior authorization through. #therapistlife #priorauth"""),

("team_note", "benign", "deidentified", """Posted for the team wall (identifiers removed): "Client thanked the front desk for explaining the statement so kindly - said it was the first time an office had made her feel like a person and not an account number." That's the standard, everyone."""),

("social_post", "benign", "public_figure", """Mitchell Johnson bowled 8 overs for 43 in that old Ashes test I rewatched tonight, and I still billed 12 claims before bed. Balance. #cricket #privatepractice"""),

("email", "benign", "nonclient_person", """Subject: Re: Em's birthday drinks

Hi all - Em from billing is leaving for maternity leave on Friday, drinks at 5 at the usual place. Card is at reception. She's handed over the payment plans to Rachel.

Kiran"""),

("team_note", "benign", "name_as_word", """Note to billing: "Will call back" in the notes field is not a payment plan. Please write the agreed amount and date. Bill on time, every time. Ray of sunshine for the end of the quarter: AR under $20k for the first time."""),

("email", "direct", None, """Subject: month-end billing report - May (long, sorry)

Hi all,

Month-end numbers and a few housekeeping items.

1. Volume. 412 sessions billed (up 6%). Mix: 90837 61%, 90834 24%, 90791 7%, 90847 5%, other 3%. Telehealth (POS 10/02) now 38% of visits.

2. Collections. $58,310 collected against $61,920 billed. Days in AR 27 (target 30). Denial rate 4.1%, mostly CO-16 (missing info) and CO-197 (no auth). Denials by payer: Bluecrest 9, Meridian 6, Harborview 2, Tri-County Medicaid 0.

3. Payment plans. 11 active, all current except two (letters sent 5/22).

4. Phone list cleanup. Front desk found 23 client records with old numbers after the area code overlay. Most are fixed. Still to confirm: the data analyst from the Tuesday group - the number we have is {{615-659-7155|c334|PHONE}} but the payer has a different one, and statements are bouncing. Please check at his next visit rather than calling.

5. Fee schedule. New rates from 1 July: 90791 $220, 90834 $165, 90837 $195, 90847 $190. Sliding scale bands unchanged. The good-faith estimate template is updated for self-pay clients (No Surprises Act).

6. Staff. Nicole is on leave 16-27 June; Matthew covers claims, Grace covers payment plans.

Thanks for a solid month.
Dolores"""),

("email", "benign", "nonclient_person", """Subject: billing newsletter - June

Hello everyone,

A few updates from the billing office.

New faces: Tina Alvarez joins as claims specialist (ex-hospital billing, so she knows a UB-04 from a CMS-1500). Gavin, our intern from the community college, stays through August.

Payer news: Meridian is moving to a new portal on 7/1. Login credentials don't carry over - register early. Harborview now requires modifier 95 for all synchronous telehealth regardless of POS. Tri-County Medicaid has raised the rate for 90837 to $118.42.

Reminders: good-faith estimates for all self-pay clients at booking and on request; superbills within 5 working days of request; never put a diagnosis on an invoice.

From the suggestion box: "can we stop using the fax?" - We wish. Bluecrest still wants appeals by fax (555-0142).

Amy Farrow, who many of you know from the Meridian provider line, has moved to their appeals team - still our friend, just a different extension.

Have a good June,
The billing office"""),

("team_note", "benign", "deidentified", """Numbers that aren't what they look like (for new front-desk staff):
- 2025-05-28 style strings in the "Claim ref" column are batch dates, not birthdays.
- NPI: 10 digits, e.g. 1457339208 - not a phone number.
- Tax ID: 9 digits, XX-XXXXXXX.
- Member IDs: payer-specific, often with letters (BCX, MER, HBV).
- Auth numbers: e.g. 2025-BH-441820.
If in doubt, check the column header before typing it anywhere."""),

("email", "benign", "nonclient_person", """Subject: Re: letter from Dr Morales

Hi Sean,

Dr Brian Okoye-Morales (psychiatrist at the county clinic) wrote back: he's happy to take over prescribing for our shared patients once their insurance switches on 1 July. He asks for a one-page summary for each. I'll coordinate - I have the list.

Rebecca"""),

("social_post", "benign", "weak_attribute", """Today a paramedic from Clayton asked me whether therapy is "worth it" given his deductible. I said I couldn't answer that for him, but I could give him a good-faith estimate and the numbers for three low-cost clinics. Informed consent includes money. #therapistlife"""),
]
