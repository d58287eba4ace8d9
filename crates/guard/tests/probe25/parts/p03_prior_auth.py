DOCS = [
("team_note", "direct", None, """PRIOR AUTHORIZATION REQUEST - INTENSIVE OUTPATIENT (draft, check before faxing)
Member: {{Jesus Williams|c012|FULL_NAME}}
DOB: {{1992-02-16|c012|DOB}}
Member ID: LGH-EMP-008812-01 (employer group: {{Lancaster General Hospital|c012|EMPLOYER}})
Requested service: IOP, H0015, 3 days/week x 4 weeks (12 units)
Primary dx: F33.2 Major depressive disorder, recurrent, severe w/o psychotic features
Secondary: F10.20
Clinical rationale: PHQ-9 of 22 on 5/12, two ED visits in 30 days, outpatient weekly therapy insufficient.
Requesting clinician NPI: 1902 448 317
Fax to UM: 555-0182"""),

("email", "direct", None, """Subject: PA for neuropsych testing - Herberto

Hi Fatima,

Uploading the PA packet for {{Herberto Luch|c013|MISSPELLED_NAME}} (96132/96133, est. 8 hrs). The payer's form asks for "prior psychiatric treatment history" and I only have what he told me at intake. Do you have the discharge summary from his 2023 admission? Without it they'll pend.

Thanks, Omar""".replace("PA for neuropsych testing - Herberto", "PA for neuropsych testing - {{Herberto|c013|GIVEN_NAME}}")),

("team_note", "direct", None, """Peer-to-peer scheduled 5/28 10:15 with the plan's reviewer re: continued auth for {{Angie|c019|NICKNAME}}. Talking points: (1) GAD-7 dropped 18 -> 11 but still moderate; (2) grief after her mother's death in March; (3) she's a real estate agent and the market slowdown triggered the relapse. Ask for 12 more sessions, settle for 8."""),

("email", "direct", None, """Subject: auth number received

Hi,

Auth came through for {{Tyler Fox|c022|FULL_NAME}}: AUTH# 2025-BH-441820, 90837 x 12, valid 05/20/2025 - 11/19/2025. I texted him the good news at {{801-529-6698|c022|PHONE}} (he'd asked to be told as soon as it came in - he was really worried). Please add to his chart and set the visit counter.

Maya"""),

("team_note", "direct", None, """UR call notes - {{Matt Castillo|c036|FULL_NAME}}
Reviewer asked for objective measures. Gave: PCL-5 51 at intake, 38 at session 10. Reviewer approved 10 additional sessions, auth ref 77-4410-C. Reviewer also asked whether he's returned to work as HR manager - said partially (3 days/week). Next review at session 20."""),

("email", "direct", None, """Subject: PA form - DOB field

Dolores, the payer rejected our PA for {{Andrew K|c052|INITIALS}} because the DOB on the form was 09/11/1947 instead of {{11-Sep-1946|c052|DOB}}. Can you resend today? Auth window for the testing starts Monday.

- Ben"""),

("team_note", "direct", None, """Prior auth denied - {{Mr. Hill|c100|FAMILY_NAME}} (CPT 90847 family therapy). Denial reason: "family therapy not medically necessary for identified patient's diagnosis." Appeal: family sessions are directly addressing his depressive episode; wife and sons attend. Letter drafted, needs clinician signature."""),

("team_note", "direct", None, """Session note addendum (billing-relevant): {{Sue|c113|NICKNAME}} arrived 20 min late, session 16:20-17:00 (40 min) - bill 90834 not 90837. Auth remaining after today: 3. She asked about requesting more; explained the process and she agreed to complete the PHQ-9 and GAD-7 at next visit to support the request."""),

("email", "direct", None, """Subject: Prior authorization - next steps

Dear Dr. Bolton,

Your insurer has asked for a signed statement confirming you consent to us releasing a treatment summary for the purpose of prior authorisation. I've emailed the form to {{s.bolton@proton.me|c118|EMAIL}}. It takes two minutes. I know as a surgeon you see these all day from the other side!

Best wishes,
Imogen
Practice Administrator""".replace("Dear Dr. Bolton,", "Dear {{Dr. Bolton|c118|FAMILY_NAME}},")),

("case_presentation", "direct", None, """Prior-auth case for the UM training session

{{B.S.|c140|INITIALS}} (HVAC technician, {{Rodriguez Construction|c140|EMPLOYER}}), 40, presenting with panic disorder (F41.0) after a fall at work. Payer required PA after session 8. First request denied for lack of standardised measures. Second request included PDSS scores (16 -> 9) and was approved for 12 sessions. Learning point: include measures from session 1."""),

("team_note", "direct", None, """Auth letter returned undeliverable. Payer had {{1376 Gonzalez Way, Hudson|c167|ADDRESS|street}} - client says correct, but the plan's mailing vendor truncated the street. Gave him the auth number by phone instead (PA-55109)."""),

("email", "quasi", None, """Subject: PA question - teacher, Georgetown CC

Hi Aoife,

I've got a client who teaches at {{Georgetown Community College|c025|EMPLOYER}} and {{plays bass in the Copper Pebbles|c025|DISTINCTIVE|fact|Copper Pebbles}} - she's asking if the college plan will authorise more than 20 sessions. Do you know who their behavioural health carve-out is? I want to submit before she runs out.

Thanks, Sam"""),

("team_note", "quasi", None, """Client is a data analyst at {{Brightline Labs|c047|EMPLOYER}}, also {{owns the florist on Ferry Road|c047|DISTINCTIVE|fact|florist on Ferry Road}}. PA requested for 90837 weekly through August (wedding season = peak stress at the shop). Submitted 5/19, expect decision in 14 days."""),

("email", "quasi", None, """Subject: Re: urgent auth?

Not urgent enough for expedited review, I'm afraid. Your client (librarian, {{Hamilton Academy|c062|EMPLOYER}}, the {{one with the ferret Pretzel|c062|DISTINCTIVE|fact|ferret named Pretzel}}) can be seen under the 6 unmanaged visits while the standard review runs. I'd start Monday.

Tom"""),

("team_note", "quasi", None, """PA pended - missing employer info. Client is a {{real estate agent|c076|DISTINCTIVE|occupation}} in {{Springfield|c076|ADDRESS|city}}; coverage through {{Kingston Credit Union|c076|EMPLOYER}} (his wife's employer? - no, his own, he does mortgage referrals there part time). Add employer to box 11b and resubmit."""),

("email", "quasi", None, """Subject: PA for family sessions

Hi Josh,

Client is a roofer at {{Brown Electric|c155|EMPLOYER}}. She'd like her daughter {{Rhonda|c155|RELATIVE}} to join 3-4 sessions. Will the plan need a separate auth for 90847, or does the existing one cover it?

R."""),

("team_note", "quasi", None, """Delivery driver, {{Anderson Logistics|c175|EMPLOYER}}; {{hosts "Stubborn Mechanic" (fly-fishing podcast)|c175|DISTINCTIVE|fact|Stubborn Mechanic}}. PA approved 8 sessions. She asked that nothing about the podcast go in the PA narrative - fine, it's not clinically relevant."""),

("email", "benign", "nonclient_person", """Subject: P2P with Dr. Fox

Hi team,

The peer-to-peer is with Dr. Fox, the plan's medical director, on Thursday at 2pm. She's reasonable but wants numbers. Please have the PHQ-9 / GAD-7 trend graph ready and the session count (we're at 24 of 24). Don't bring narrative - she won't read it.

Lena"""),

("team_note", "benign", "deidentified", """PA turnaround stats, Q1:
- Submitted: 61
- Approved first pass: 44 (72%)
- Approved after P2P: 9
- Denied: 8 (5 appealed, 3 overturned)
Median turnaround 6 business days; expedited 1.5 days. No client-level data in this report."""),

("email", "benign", "nonclient_person", """Subject: new UM contact

Hi all,

Our UM contact at Harborview is now Holly Tran (was Sandra). Holly's direct fax is 555-0134. She asked that all PA requests include the NPI of the rendering clinician in the header, not just the group NPI.

Sandra has moved to their appeals team, so she may still turn up on appeals.

Paul"""),

("team_note", "benign", "name_as_word", """Note to self re prior auth: don't let the form drive the treatment. Hope is not a treatment plan, but neither is a PHQ-9 score. Will write the narrative first and then fill the boxes."""),

("email", "benign", "nonclient_person", """Subject: RE: PA reviewer

Dr. Hill from the plan just called - she's the reviewer on two of our pended requests. She said the requests were fine but our fax cover sheet had the wrong member ID format (they want the 3-letter prefix). Dr. Hill was very helpful, actually. Fixing now.

Kate"""),

("social_post", "benign", "weak_attribute", """Spent 45 minutes on hold to get a prior auth for a teenager in Springfield who needs more than the 12 sessions their plan "allows". Mental health parity is the law, folks. Write to your representatives. #MHparity #priorauth"""),

("team_note", "benign", "single_quasi", """Heads-up: the Kingston Credit Union staff plan moved to a new TPA on 5/1. Any of our clients on it will need a new PA for ongoing treatment within 30 days. Check the plan list before scheduling."""),

("case_presentation", "benign", "deidentified", """Teaching case - prior authorisation for ECT referral

Client: adult, 50s, treatment-resistant depression (F33.2), three adequate medication trials failed. Psychiatrist recommends ECT. Insurer requires PA including (a) prior medication trials with doses and durations, (b) current severity measures, (c) a second opinion. Our role as therapist: supply the psychotherapy history and PHQ-9 trend. Identifying details removed; composite case."""),

("email", "benign", "name_as_word", """Subject: auth tracking sheet

Hey,

I added a column to the auth tracking sheet: "sessions left". Red when under 3. Sunny side: we haven't missed a renewal since March. Please mark each visit the same day - don't batch them on Friday.

Ray"""),

("team_note", "benign", "nonclient_person", """Call with Angie at Bluecrest UM (ext 4471) - she confirmed their PA requirement for 90837 starts at visit 13, not 9 as our sheet says. Updated sheet. Angie says the change was in their April bulletin."""),
]
