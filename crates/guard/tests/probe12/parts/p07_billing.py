# Billing, superbills, insurer queries, practice-manager messages.
DOCS = [
("email", "direct", None, """SUPERBILL — Statement for Insurance Reimbursement
Patient Name: {{Dominique Morgan|c351|FULL_NAME}}        DOB: {{01/18/1985|c351|DOB}}
Address: {{4242 Sycamore Drive|c351|ADDRESS|street}}, Dover
Provider: R. Castellano, LMFT   NPI: on file   Tax ID: on file
Dates of service: 04/03, 04/10, 04/17, 04/24   CPT 90834 x4   Fee $150 each
Dx: F41.1
Total paid: $600.00"""),

("email", "direct", None, """To: provider.services@keystonemutual.example
Subject: Denied claim — member {{Lori Poole|c269|FULL_NAME}}

Hello, the claim for DOS 03/14 (CPT 90837) was denied with code CO-197 (precertification absent). Our records show authorization #A55120 was obtained on 03/02. Please reprocess. Call reference from 05/19: 8830-221.

Thanks,
Billing, Harborview Counseling"""),

("email", "direct", None, """From: Practice Manager
To: Billing

Please write off the $60 late-cancellation fee for {{Ronnie Buchanan|c518|FULL_NAME}} from the 12th. He called from the hospital, it was a genuine emergency. No need to send a letter.

Thanks, Marguerite"""),

("email", "direct", None, """Dear {{Mr. Overgaard|c004|FAMILY_NAME}},

Our records show an outstanding balance of $240.00 for sessions in February and March. If you are experiencing financial difficulty, we offer payment plans and a sliding scale for students; please contact our billing office. If you have already paid, please disregard this notice.

Billing Department"""),

("email", "direct", None, """PAYMENT RECEIPT #20250521-07
Received from: {{Tonya Wong|c056|FULL_NAME}}
Amount: $95.00 (card ending 4471)
For: session 05/20/2025, individual psychotherapy
Thank you for your payment."""),

("email", "direct", None, """Eligibility check for new client {{Kevin Jackson|c126|FULL_NAME}}, DOB {{24th December 1960|c126|DOB}}: plan active, $30 copay, 20 visits/yr, no prior auth needed for 90834. Submitted by front desk 5/21."""),

("email", "direct", None, """Subject: Fwd: superbill for April?
From: {{thomas1836@gmail.com|c391|EMAIL}}

"Hello, could you please send me the superbill for April? My insurance needs it before end of month. Ευχαριστώ."

Billing team: can someone generate this from the EHR and reply to the sender directly?"""),

("email", "direct", None, """Hi Sandra, re the invoice for {{Jennifer Morison|c023|MISSPELLED_NAME}}: the school district is paying for six sessions under the employee assistance scheme, so please bill the district, not her. I've attached the purchase order. Cheers, Hamid"""),

("team_note", "direct", None, """PM note: {{Katherine Hansen|c558|FULL_NAME}}'s card was declined again for May. Spoke to her at checkout; {{Kay|c558|NICKNAME}} says she'll pay cash on Thursday. Don't send to collections. — Marguerite"""),

("email", "direct", None, """EXPLANATION OF BENEFITS — QUERY
Patient/Subscriber: {{WOODS, TRACY|c059|FULL_NAME}}      Group #: 0071-PCC
Claim 88120043 — allowed $112.40, patient responsibility $37.60
Question from our billing: why was the allowed amount reduced from $128? Please advise."""),

("email", "direct", None, """INVOICE #0342
Bill to: {{Line Eliassen|c510|FULL_NAME}}
{{6969 Canal Drive|c510|ADDRESS|street}}
Centerville
Services: 4 x individual sessions (April) @ $140 = $560
Payment due within 30 days. Bank details overleaf."""),

("email", "quasi", None, """Question for the practice manager: the client who's an {{accountant|c156|DISTINCTIVE|occupation}} in {{Ashland|c156|ADDRESS|city}}, the one who {{ran for mayor of Kingston in 2021|c156|DISTINCTIVE|fact|mayor of Kingston in 2021}}, wants her sessions billed to her campaign's wellness budget. Is that even legal? I said I'd check."""),

("team_note", "quasi", None, """Billing: the client from {{Schultz Law LLP|c124|EMPLOYER}} (HR, the one who {{was on The Great Home Bake-Off, season 28|c124|DISTINCTIVE|fact|season 28 of The Great Home Bake-Off}}) wants the invoices addressed to his husband from now on. Need a signed release first."""),

("email", "quasi", None, """Insurer query: the adjuster asks why our client, a {{surgeon|c344|DISTINCTIVE|occupation}} in {{Stillwater|c344|ADDRESS|city}}, needs more than 20 sessions. The context (she {{ran for mayor of Troy in 2012|c344|DISTINCTIVE|fact|mayor of Troy in 2012}} and is still harassed about it online) seems relevant, but I'd rather not share it. Thoughts?"""),

("email", "quasi", None, """Sliding-scale application to review: student at the {{University of Lebanon|c020|SCHOOL}}, works part-time at {{Miranda's Diner|c020|EMPLOYER}}, income under $15k. I recommend the lowest tier ($25). Please approve by Friday."""),

("email", "quasi", None, """Billing dispute, FYI: the {{line cook|c581|DISTINCTIVE|occupation}} from {{Oakland|c581|ADDRESS|city}} who works at the {{Grand Plymouth Hotel|c581|EMPLOYER}} says she was charged twice for the 8 May session. Card statement attached. Please refund one of the charges."""),

("email", "quasi", None, """Payment plan set up for the student at {{University of Mount Vernon|c171|SCHOOL}} who works evenings at {{Oakland Brewing Company|c171|EMPLOYER}}: $20 a week for 12 weeks. First payment received."""),

("email", "benign", "policy", """FEE SCHEDULE — effective 1 July 2025
90791 Diagnostic evaluation — $210
90834 Psychotherapy 45 min — $150
90837 Psychotherapy 60 min — $185
90847 Family psychotherapy — $170
Late cancellation (<24h) — $60
Sliding scale available on application."""),

("email", "benign", "template", """SUPERBILL TEMPLATE
Patient Name: ____________________   DOB: ___/___/______
Address: _________________________________
Insurance ID: ____________________   Group #: __________
Dx code(s): ______   CPT: ______   Units: ___   Fee: ______
Provider signature: ____________________"""),

("email", "benign", "nonclient_person", """Hi Marguerite, the landlord (Mr. Bertrand Osei) says the rent increase takes effect in September. I've asked him to put it in writing. Also, Penny from accounts says the quarterly VAT return is done. Talk Monday, Alan"""),

("email", "benign", "name_as_word", """Reminder: Grace Health Plan and Faith Mutual both changed their claim addresses on 1 May. Please update the billing system. Every penny we lose to returned mail is a penny we don't get back, so pat yourselves on the back if you've already done it."""),

("email", "benign", "single_attribute", """A client employed by Navarro Logistics has asked whether their employer's EAP will cover sessions beyond the first six. Can someone find the EAP contract terms? No names needed for the query."""),

("email", "benign", "public_figure", """Slightly off-topic: the sports-psych CE we're paying for next month includes a recorded talk by Chad Johnson (Ochocinco) on anxiety and celebrity. Worth the $90? I say yes."""),

("email", "benign", "deidentified", """Accounts receivable summary, May: 31 open invoices, $7,420 outstanding, 6 over 90 days. Two accounts referred to the payment-plan process. No collections referrals this month."""),

("email", "benign", "mixed_attributes", """Two EAP invoices bounced this week: one for an employee of Lancaster Family Clinic, one for a student at Quincy State University (student health plan). Both need resubmitting with the new forms."""),

("email", "benign", "name_as_word", """Bottom line: if the insurer won't pay, we don't chase the client for the difference without a conversation first. Mark this as policy, please. Guy at Keystone says their line is open until 7."""),

("email", "direct", None, """Billing question: statement #7719 is for {{MICHAEL JORDAN|c508|FULL_NAME}} (yes, really; he goes by {{Mickey|c508|NICKNAME}}). The insurer flagged the claim as possible fraud because of the name. Can someone call them with the member ID and sort it out? He finds it funny, I do not."""),

("email", "quasi", None, """The client who's a bank teller at {{White Law LLP|c230|EMPLOYER}} (the one who {{competed on MasterChef, season 30|c230|DISTINCTIVE|fact|season 30 of MasterChef}}) asked whether her sessions can be invoiced quarterly. Fine by me if billing agrees."""),
]
