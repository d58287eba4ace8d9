DOCS = [
("email", "direct", None, """Subject: Payment plan - confirmed

Hi {{Drew|c021|NICKNAME}},

Following our chat after Tuesday's session, here's the plan in writing:
- Outstanding balance: $1,140 (invoices INV-2291 through INV-2297)
- $95 per month on the 1st, starting 1 July, for 12 months
- No interest, no fees
- If a payment is missed we'll just talk about it - no collections.

Reply "agreed" and I'll set it up. And please don't let this sit on your mind between sessions - we'll sort it.

Best,
Grace (accounts)"""),

("team_note", "direct", None, """Invoice #INV-3012 re-issued. Parent called (mum pays for {{Michael Ferrel|c029|MISSPELLED_NAME}}'s sessions - he's a student at {{Monroe College|c029|SCHOOL}} and on her plan until 26). She wanted the invoice in her name, not his. Explained we can put her as guarantor but the client name must stay. She accepted."""),

("email", "direct", None, """Subject: Invoice INV-3055 (April sessions)

Please find attached invoice INV-3055 for 4 sessions in April (4 x $150 = $600). Payment is due within 14 days. Bank transfer details are on the invoice.

Sent to: {{leiyang2@hotmail.com|c040|EMAIL}}
cc: accounts@riverbendcounselling.example

Kind regards,
Riverbend Counselling Accounts"""),

("team_note", "direct", None, """Overdue accounts - ring list (Thurs)
1. {{David Morris|c050|FULL_NAME}} - $420, 64 days. Mobile {{(253) 448 4966|c050|PHONE}}. Last contact 5/2, promised payment, none received. Gentle call only - he's mid-treatment.
2. Acct 7712 - $85, 31 days, card declined, email sent.
3. Acct 7790 - $40, 30 days, copay only."""),

("email", "direct", None, """Subject: Statement mailing address

Hi Jo,

Can you update the mailing address for {{Johnny Drake|c063|FULL_NAME}}? New address: {{8957 Magnolia Terrace, Eastport|c063|ADDRESS|street}} 16303. The last two invoices went to his old flat. His balance is $230; please resend both invoices and waive the late fee - not his fault.

Thanks,
Neil"""),

("team_note", "direct", None, """Collections review - recommend NOT sending {{Andrew Parrish|c066|FULL_NAME}} to the agency. Balance $1,860 accrued during his hospitalisation when his plan lapsed (COBRA paperwork error on employer's side, {{Anderson Logistics|c066|EMPLOYER}}). He's engaging again and has offered $150/month. Accept."""),

("team_note", "direct", None, """Cash payment received from {{Lige|c080|NICKNAME}}: $120 (two sessions). Receipt R-5521. He asked for a receipt showing "counselling" only, no diagnosis, for his HSA. Done."""),

("email", "direct", None, """Subject: invoice query from client's mother

Hi Ruth,

The client's mother, {{Megan|c094|RELATIVE}}, rang. She'd like invoices for her son's sessions to show his DOB ({{06.10.1998|c094|DOB}}) because her flexible spending account wants it. It's his account, not hers - he's an adult - so I said we'd need his consent before sending anything to her. Can you flag it for the clinician?

Paulo"""),

("email", "direct", None, """Subject: RE: overpayment

Dear {{Mr Thompson|c107|FAMILY_NAME}},

You're right - you paid INV-3101 twice (card on 5/6 and bank transfer on 5/8). We've refunded $175 to your card ending 4402 today; allow 3-5 working days. Sorry for the confusion.

Kind regards,
Accounts"""),

("team_note", "direct", None, """{{Kelly|c114|GIVEN_NAME}} - fee review at her request. Retired line cook, fixed income. Reduced from $140 to $70/session from June onward, approved by clinical director. Still weekly; the grief work is at a delicate point and we don't want money to be the reason she stops."""),

("case_presentation", "direct", None, """Ethics group - invoices & confidentiality

{{S.W.|c125|INITIALS}}, 911 dispatcher at {{Manchester County Sheriff's Office|c125|EMPLOYER}}, pays by payroll deduction through the county EAP after the EAP sessions ran out. The county now wants itemised invoices "for audit". Question: can we invoice the employer without CPT/ICD, just dates and amounts? My position: yes, with her signed consent; no diagnosis ever goes to the employer."""),

("email", "quasi", None, """Subject: payment plan for a small-business owner

Hi Bex,

Client works shifts as a bartender at {{Bryan Logistics|c099|EMPLOYER}}' social club and {{owns the yoga studio on Vance Terrace|c099|DISTINCTIVE|fact|yoga studio on Vance Terrace}}, which is struggling. He's asked for a 6-month plan for $900. Fine by me - can you set it up without interest?

Cheers"""),

("team_note", "quasi", None, """Invoice dispute: client (a {{physical therapist|c147|DISTINCTIVE|occupation}} in {{Arlington|c147|ADDRESS|city}}, works at {{Clayton Family Clinic|c147|EMPLOYER}}) says she was charged a late-cancel fee for a session she cancelled 26 hours ahead. Our log shows the cancellation at 9:14am the day before. Fee reversed."""),

("email", "quasi", None, """Subject: invoice name

Hi,

A client who teaches at {{Washington Academy|c160|EMPLOYER}} - the owner of {{Meatball the viral ferret|c160|DISTINCTIVE|fact|ferret named Meatball}} - asked if we can address invoices to her initials only because her colleagues open the school post. Sure, but the bank details have to match the payer. Let's talk.

Fran"""),

("team_note", "quasi", None, """Sliding scale application - nurse at {{Kingston Medical Center|c171|EMPLOYER}}, single parent, daughter {{Beth|c171|RELATIVE}} starting college in Sept. Household income within band C. Approved: $80/session."""),

("email", "quasi", None, """Subject: outstanding balance

Hey Ibrahim,

The teaching assistant at {{Washington Academy|c189|EMPLOYER}} who {{owns the bike shop on Liberty Court|c189|DISTINCTIVE|fact|bike shop on Liberty Court}} - he paid his balance in full today ($640). He had asked about a payment plan last month but said the shop had a good spring. Please close the plan request.

Anna"""),

("team_note", "quasi", None, """Pharmacist at {{Ruiz Pharmacy|c195|EMPLOYER}} - the artist who {{painted the big mural on Taylor Avenue|c195|DISTINCTIVE|fact|mural on Taylor Avenue}} - wants to pay invoices in advance (10 sessions). OK per policy 3.1; issue credit note CN-118 for $1,500."""),

("email", "benign", "name_as_word", """Subject: May invoices

Hi everyone,

May invoices go out on Monday 2 June. A few reminders:
- Invoice numbers continue from INV-3120.
- Late-cancel fees ($75) only if the client was told the policy in writing.
- Anyone on a payment plan gets a statement, not an invoice.

Happy to answer questions, and thanks for the hard work in May.

Dolores"""),

("team_note", "benign", "nonclient_person", """Collections agency contact: Kelly Mraz at Apex Recovery, 555-0163. We've referred 2 accounts this year, both over 180 days and both after 4 letters. Kelly says our letters are "unusually gentle" - fine by us."""),

("email", "benign", "deidentified", """Subject: AR ageing - May

AR ageing, end of May:
  0-30 days:   $14,220 (61 accounts)
  31-60 days:  $3,905 (17)
  61-90 days:  $1,240 (6)
  90+ days:    $2,860 (4, all on payment plans)
Payment plans active: 11, average $88/month. No client names in this report by design."""),

("social_post", "benign", "name_as_word", """Nobody goes into therapy to make a fortune, but we do have to pay rent. I send invoices, I offer payment plans, I don't feel guilty. A penny saved is a penny earned, and an invoice sent is a boundary kept. #privatepractice"""),

("team_note", "benign", "single_quasi", """Washington Academy (employer) has agreed to cover counselling invoices for staff directly via their wellbeing budget - capped at 6 sessions per staff member per year. Invoice to their bursar, no names, just staff reference numbers."""),

("email", "benign", "nonclient_person", """Subject: new accounts assistant

Hi all,

Please welcome Andrew Pell, who joins us Monday as accounts assistant (Tues-Thurs). Andrew comes from a dental practice so he knows his CPT from his CDT. He'll take over invoicing and payment plans from Grace, who is moving to intake.

David"""),

("team_note", "benign", "weak_attribute", """Payment plan request from a retired teacher in Salem, aged 71, balance $300. Standard plan offered ($50 x 6). No other details needed for accounts."""),

("email", "benign", "nonclient_person", """Subject: Re: Mrs Thompson's invoice

Hi Gary,

Mrs Thompson from the building management company rang about the invoice for the shared waiting-room cleaning - it's $340 for May, not $430. Transposition error on their side. I've asked her to reissue.

Lou"""),

("team_note", "benign", "name_as_word", """Stripe fees up again (2.9% + 30c). Will consider moving clients on payment plans to ACH. Art of the possible - let's price it out before the Tuesday meeting."""),

("email", "benign", "deidentified", """Subject: invoice template - wording

Proposed wording for the footer of all client invoices:

"This invoice contains only the information needed for payment. It does not include clinical details. If you need a superbill for insurance, please ask and we will provide one with the codes your insurer requires."

Comments by Friday please."""),

("team_note", "benign", "nonclient_person", """Lige Okonkwo (our new bookkeeper, not to be confused with anyone else) has reconciled the Stripe and bank feeds for April. Discrepancy of $12.40 traced to a refund fee. All good."""),
]
