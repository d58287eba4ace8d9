DOCS = [
("email", "direct", None, """Subject: superbill request - out of network

Hi Dolores,

Can you generate a superbill for {{Stephen Baker|c001|FULL_NAME}} (DOB {{03/10/1966|c001|DOB}}) covering April? He's submitting to his own plan through {{Kingston Medical Center|c001|EMPLOYER}} and they want CPT + ICD on every line. Sessions were 4/3, 4/10, 4/17 and 4/24, all 90837, dx F41.1. Rate is $185/session so total $740.

He asked that we mail it rather than email. Thanks!
Marguerite"""),

("team_note", "direct", None, """Billing huddle 5/14 - items
1. Clearinghouse rejections down to 3 this week (all missing rendering NPI, fixed).
2. Jennie's claim for 4/22 bounced again - payer says the subscriber is her brother's plan not hers. Rebill under the right subscriber; do NOT just resubmit the same 837.
3. Audit: 90834 vs 90837 - make sure session start/stop times are in the note, 53+ min for 37.
4. Nicole is out Friday, Tom covering the lockbox.""".replace("Jennie's", "{{Jennie|c014|NICKNAME}}'s")),

("email", "direct", None, """Subject: RE: Denial CLM-20250418-00372

Hello,

I'm writing regarding the denial for {{Ms. Grondin|c003|FAMILY_NAME}}, dates of service 03/04/2025 through 03/25/2025 (4 units 90834). Your remittance lists CARC 197 (precert absent). Our records show the authorisation was obtained on 02/26/2025, reference PA-77120-B, from your behavioural health line. I have attached the fax confirmation.

Please reprocess. If you need anything else from me you can reach the office on the number below, ext. 2.

Regards,
Helen Okafor, Billing Coordinator"""),

("team_note", "direct", None, """CMS-1500 correction log
Box 2 name/box 5 address ok. Box 5 phone was blank on the last batch for the 4/11 superbill client - now entered as {{909.314.0205|c049|PHONE}}. Box 21 dx A: F43.23. Box 24J NPI 1457 3392 08 (rendering). Resubmit as freq code 7 with orig ref 2025041100918."""),

("team_note", "direct", None, """Front desk - 10:40am
{{Bill|c219|NICKNAME}} came in after his 9am and wanted to settle the balance in cash. Took $90 toward the $270 owed, receipt #4471. He said the EOB from his plan says patient responsibility is $45 a visit but we've been charging him $90 - please look before his next session, he was pretty anxious about it and I don't want it to become a thing in therapy."""),

("email", "direct", None, """Subject: Claim status - Brian Jonson

Hi Sunita,

Checking on the claim for Brian Jonson, submitted 5/2, ICN 2251220004417. Portal shows "pended - additional info". He's a lecturer, plan through {{Clinton Public Library|c083|EMPLOYER}}, and he's had two statements from us already that he shouldn't have got. Can you call the payer before end of week?

Thx, Ruth""".replace("Claim status - Brian Jonson", "Claim status - {{Brian Jonson|c083|MISSPELLED_NAME}}").replace("claim for Brian Jonson", "claim for {{Brian Jonson|c083|MISSPELLED_NAME}}")),

("email", "direct", None, """Subject: Your statement

Dear Sarah,

Thank you for your message. I've reattached your superbill for February and March. For your records: 6 sessions x 90834 @ $160 = $960; you paid $960 by card. Your insurer may reimburse a portion depending on your out-of-network benefit. I've sent it to the address we have on file ({{sarah.medina@yahoo.com|c128|EMAIL}}) and also placed a paper copy at reception.

Warm regards,
Accounts, Riverbend Counselling""".replace("Dear Sarah,", "Dear {{Sarah|c128|GIVEN_NAME}},")),

("team_note", "direct", None, """Insurance verification - new intake
Name on card: {{Amber Meyers|c159|FULL_NAME}}   DOB: {{4/12/92|c159|DOB}}
Plan: Bluecrest PPO   Member ID: BCX 4408 2291 7   Group: 00419-RE
Deductible $1,500 (met $212), coinsurance 20% after ded., OON not covered.
Employer on file: {{Dennis Architects|c159|EMPLOYER}}. Copay for 90791 confirmed $40."""),

("email", "direct", None, """Subject: returned mail

Hi team - the March statement for {{Ronnie Rasmussen|c244|FULL_NAME}} came back "no such number". We had {{6769 Jones Ct, Burlington|c244|ADDRESS|street}}. Can someone confirm with him at his next appointment? Balance is only $35 so please don't send it to collections, just fix the address.
- P."""),

("team_note", "direct", None, """Session count check, Tues
{{Jack|c165|GIVEN_NAME}} has used 19 of 20 allowed visits for the plan year (resets 07/01). Today's session was focused on the panic around the audit at work and he asked what happens after visit 20. Told him I'd find out about a continuation request before next week. 90837, 16:00-16:55."""),

("case_presentation", "direct", None, """Billing/clinical crossover - peer group, May

A.H., IT support technician at {{Pinnacle Systems|c145|EMPLOYER}}, referred by EAP for 6 sessions, now wants to continue via his commercial plan. The issue for the group: the EAP diagnosis was Z56.6 (work stress), but for the commercial plan I would need an F-code. Clinically he meets criteria for F43.23. Is it ethical to "upgrade" the diagnosis when the plan changes? My view is yes if it's accurate, but I want it documented why.""".replace("A.H.,", "{{A.H.|c145|INITIALS}},")),

("email", "quasi", None, """Subject: OON reimbursement question

Hi Greta,

Quick one - I have a client who's a {{chef|c071|DISTINCTIVE|occupation}} in {{Arlington|c071|ADDRESS|city}}, works for {{Hooper Foods|c071|EMPLOYER}}, and his plan keeps reimbursing 90837 at the 90834 rate. Have you seen this with their carrier? He's paying the difference out of pocket and it's adding up, $38 a session.

Thanks,
Rosa"""),

("team_note", "quasi", None, """Sliding-scale review
Client has been paying the $60 reduced fee since Jan. Works at {{Barker Architects|c093|EMPLOYER}} and {{owns the bookshop on Oak Avenue|c093|DISTINCTIVE|fact|bookshop on Oak Avenue}} on the side, so the household income form might be understated. Not accusing anyone - just need updated paperwork for the annual review per policy 4.2."""),

("email", "quasi", None, """Subject: payer mix question for supervision

Tonya,

One of mine is a plumber with {{Spencer Construction|c122|EMPLOYER}} - the guy who {{found a Civil War sword at a garage sale|c122|DISTINCTIVE|fact|Civil War sword}} and ended up in the paper - and the union plan just switched to a narrow network. I'm out. Do I owe him a transition period or can I just give him three referrals? 11 sessions in, doing well.

M."""),

("team_note", "quasi", None, """Claim hold reason: coordination of benefits.
Pt is a care assistant at {{Reyes Dental Group|c185|EMPLOYER}}, also listed as secondary on her son's plan. She {{coaches the Eastport Pioneers under-10 softball team|c185|DISTINCTIVE|fact|Eastport Pioneers}} and asked to move sessions to Thursdays once the season starts. COB questionnaire mailed 5/20."""),

("email", "quasi", None, """Subject: First responder plan - CPT 90839?

Hi Raj,

Crisis session billing question. Client is a {{firefighter|c216|DISTINCTIVE|occupation}} in {{Lancaster|c216|ADDRESS|city}}, covered through the {{Kingston Police Department|c216|EMPLOYER}} public safety plan (weird, I know - shared services). Came in same-day after a bad call. Session was 74 minutes. 90839 + 90840? Or just 90839 since it's under 75?

Cheers"""),

("team_note", "quasi", None, """Subscriber mismatch - pended
Client's coverage is through her husband {{Stuart|c043|RELATIVE}}. She is employed by {{Burlington Shipyard|c043|EMPLOYER}} but declined their plan. Payer has her as a dependent with a different date of birth than our intake - someone keyed it wrong. Call Meridian provider services, ref 55-0912."""),

("email", "benign", "nonclient_person", """Subject: Superbill template v3

Hi all,

Attached is the new superbill template. Changes:
- Place of service now a dropdown (11 office, 02 telehealth other than home, 10 telehealth in home).
- Modifier 95 added automatically when POS 10 is selected.
- Diagnosis pointer fields moved next to each line.

Nicole in billing tested it against last month's 40 claims and it matched. Please start using it Monday 6/2. Old template retires 6/30.

Thanks,
Matthew Osei, Practice Manager"""),

("team_note", "benign", "deidentified", """De-identified claim for training:
Client #0417, F, 34. Dx F33.1. 12 sessions 90837 between 01/07 and 03/25. Billed $2,220, allowed $1,464, paid $1,171.20, PR $292.80 (coinsurance). One line denied CO-97 (bundled) - the 90785 interactive complexity add-on. Appeal not recommended; payer policy excludes 90785 with 90837."""),

("email", "benign", "name_as_word", """Subject: month-end

Hi both,

Please bill everything through the 31st by Tuesday - will you also chase the three unapplied payments from Meridian (ERA trace 1TRN*1*8810442)? Mark them as posted once matched. The grace period on the old fee schedule ends today so anything after 6/1 goes out at the new rates.

Joy to all of you for getting AR under 30 days.

- Pat"""),

("team_note", "benign", "weak_attribute", """Intake call - billing questions only
Caller is a 58-year-old from Oakland asking whether we take Medicare Advantage. Told him yes for Bluecrest MA, no for Harbor Choice. Sent fee sheet. He will call back to book. No clinical info taken."""),

("email", "benign", "single_quasi", """Subject: group plan contracts

Hi Eileen,

FYI we've had four new inquiries this month from people covered under the Kingston Medical Center employee plan - they use Harborview as the TPA. We are in network with Harborview, so fine, but their EAP carve-out is separate and only covers 6 sessions. Worth adding to the intake script.

Luis"""),

("team_note", "benign", "nonclient_person", """Payer rep call log
Spoke with Stephen at Bluecrest provider relations (rep ID 4472). Confirmed our new tax ID is loaded as of 5/1. Stephen said claims between 5/1 and 5/9 may have paid to the old TIN and will be recouped and repaid automatically - no action needed. Call ref 0509-22817, 11:42am, 14 min."""),

("email", "benign", "nonclient_person", """Subject: CPT 96127 frequency

Hi Jennifer,

Thanks for the call this morning. To confirm what you said: your plan allows 96127 (brief emotional/behavioural assessment) up to 4 units per date of service, and no more than once every 30 days per instrument. We'll adjust how we bill PHQ-9/GAD-7 going forward.

Best,
Ruth Abernathy
Billing, Riverbend Counselling
(555) 014-3327"""),

("team_note", "benign", "deidentified", """Claims QA sample, week 21
Sample of 25 claims. Errors: 2 (8%).
- Claim A: DOS 05/13/2025, diagnosis code F41.1 on line 1 but pointer blank on line 2.
- Claim B: units = 2 for 90837 (should be 1).
No identifying info in this log; full list in the encrypted QA folder."""),

("email", "benign", "name_as_word", """Subject: Re: the Chase card

Chase declined the card payment again - third time for the practice account this month. I've called them; it's a fraud flag on the merchant category. Frank conversation with the rep: they want a letter on letterhead. Can you draft one? Amounts were $185, $160 and $40.

Grace"""),

("social_post", "benign", "nonclient_person", """Hot take from a small-practice owner: the superbill is the most under-rated document in therapy. My biller Nicole has walked more clients through out-of-network reimbursement than any insurance company ever has. CPT, ICD, NPI, tax ID, signature. That's it. Stop making it scary. #privatepractice #therapistbilling"""),

("team_note", "benign", "weak_attribute", """Coding reminder: for a client who's a nurse, a teacher, whatever - occupation doesn't go on the claim. Employer only matters for COB. We had a claim kicked back because someone put "RN" in box 11c. Box 11c is insurance plan name. Please."""),
]
