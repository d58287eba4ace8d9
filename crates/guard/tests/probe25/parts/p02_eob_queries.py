DOCS = [
("email", "direct", None, """Subject: EOB doesn't match what I paid??

hi, this is {{Rose Griffith|c010|FULL_NAME}}, I see Dr Lindqvist on wednesdays. I got an explanation of benefits from Meridian today that says "amount billed $210, allowed $118.40, you owe $23.68" but I have been paying $40 at every visit. so have I been overpaying since january?? that's like 15 visits. please call me back, I'm home after 3. my member number is MER-6620-1184-02.

thanks
Rose""".replace("thanks\nRose", "thanks\n{{Rose|c010|GIVEN_NAME}}")),

("team_note", "direct", None, """EOB reconciliation - {{Cal|c056|NICKNAME}}
Reviewed the 3 EOBs he brought in. Payer applied 2 visits to deductible in error (DOS 1/8, 1/15 - deductible was already met per the 12/30 EOB). Called payer, ref 88120-KD, reprocessing in 10-14 business days. Left a voicemail for {{Cal|c056|NICKNAME}} at {{443-516-4321|c056|PHONE}} to let him know not to pay the statement yet."""),

("email", "direct", None, """Subject: callback number for EOB dispute

Hi Priya - member asked that all calls about the disputed EOB go to her mobile, {{+1 432 326 6454|c089|PHONE}}, not the home landline. Claim refs 7710023 and 7710024. The journalist thing means she's cagey about messages, so please don't leave details, just ask her to call back. - Dana"""),

("email", "direct", None, """Subject: RE: EOB query - coinsurance

Dear {{Ms Hahn|c109|FAMILY_NAME}},

Thank you for forwarding the explanation of benefits dated 05/06/2025. You are correct that your plan through {{Ironwood Systems|c109|EMPLOYER}} pays 80% after deductible. The line showing 50% relates to date of service 04/01/2025, which was processed before your employer's new plan year was loaded. We have asked the insurer to re-adjudicate.

There is nothing for you to pay in the meantime.

Kind regards,
Rebecca Thorne
Accounts"""),

("team_note", "direct", None, """Portal message received 9:12 from {{kellyh81@proton.me|c124|EMAIL}}: "my EOB says CO-45 for every session, do I owe you the difference?" Replied: no - CO-45 is contractual adjustment, written off by us, not billed to her. Closed."""),

("team_note", "direct", None, """Patient ID check for EOB inquiry
Caller verified with full name and DOB ({{Aug 11, 1973|c138|DOB}}). Caller is {{Cindy Cox|c138|FULL_NAME}}; question was whether the 3/18 session was billed as telehealth (she says in-person). Our record: POS 11, in person, so the EOB showing POS 10 is the payer's error. Escalated to Dolores."""),

("email", "direct", None, """Subject: Re: reading my EOB - I'm embarrassed

{{Justin|c173|GIVEN_NAME}},

Don't be! You'd think an insurance adjuster would find these easy, but health EOBs are their own language. Short version of yours: we billed $200, your plan's allowed amount is $131, they paid $104.80, and your share is $26.20. The rest is written off. You're all square with us.

See you Thursday - and we can talk about why this one got under your skin so much.

S."""),

("team_note", "direct", None, """Pharmacy coordination - {{Robyn Brown|c191|MISSPELLED_NAME}}
Client is herself a pharmacist at {{Clinton General Hospital|c191|EMPLOYER}} and asked that her sertraline not be filled at her own workplace pharmacy (privacy). Psychiatrist's office agreed to send the Rx to the outpatient chain instead. EOB for med mgmt visit (99214) shows $0 - fine."""),

("email", "direct", None, """Subject: EOB forwarded by client

Hi Marcus,

{{Matthew Lane|c233|FULL_NAME}} forwarded his EOB for 04/29 with a note saying he doesn't recognise the provider name on it. It's because we bill under the group NPI, not the individual clinician. Can you send him the standard explainer? He's a chef and works late so email is best. He's also asked if his mother {{Michelle|c233|RELATIVE}}, who is on the same plan, can get a copy of his EOBs - the answer is no without a signed release.

Ana"""),

("team_note", "direct", None, """Address mismatch flagged by payer on EOB: they have {{2015 Harbor Dr|c260|ADDRESS|street}}, Riverside, we have a PO box. Client confirmed the street address is current. Updated demographics; no claim resubmission needed."""),

("email", "direct", "multi_client", """Subject: two EOB questions for Monday

Dolores -

1) {{Caleb Mcgee|c056|FULL_NAME}}: payer has him as "{{Calev McGee|c056|MISSPELLED_NAME}}" - spelling error on their side, need corrected subscriber name before they'll pay.
2) {{Sabrina Cross|c089|FULL_NAME}}: duplicate denial CO-18 on 5/7. It's not a duplicate - two sessions same day (intake + crisis). Need modifier 59 on the second line.

Thx"""),

("email", "quasi", None, """Subject: EOB for tattoo studio owner - small business plan

Hi Gemma,

Client is an electrician at {{Hunter Electric|c005|EMPLOYER}} and also {{owns the tattoo studio on Park Way|c005|DISTINCTIVE|fact|tattoo studio on Park Way}}. He's covered under a small-business plan for the studio, so the EOBs are going to the studio's address. He'd rather they went to his house. Who at the payer handles mailing preferences?

Cheers, Nell"""),

("team_note", "quasi", None, """EOB review - new client (photographer, {{Morales Creative|c024|EMPLOYER}})
She mentioned her llama ({{Meatball, the one that went viral|c024|DISTINCTIVE|fact|llama named Meatball}}) ended up in one of the payer's ads, which is why she's wary of the insurer having any clinical detail. Discussed minimum necessary - only dx and CPT go to the plan. Self-pay option explained ($165/session)."""),

("email", "quasi", None, """Subject: Winchester union plan EOBs

Hi both,

We've got a client who's a {{plumber|c061|DISTINCTIVE|occupation}} in {{Florence|c061|ADDRESS|city}} - works at {{Winchester Shipyard|c061|EMPLOYER}} - and her union plan EOBs keep showing "provider not credentialed". We ARE credentialed with them as of 3/1. Can one of you chase the network team?

L."""),

("team_note", "quasi", None, """Client works at {{Lopez Studio|c110|EMPLOYER}} and {{hosts a birding podcast (Analog Birder)|c110|DISTINCTIVE|fact|Analog Birder}} - worried her EOBs are visible to her employer's HR because the group plan is tiny (4 people). Explained HIPAA limits on plan sponsor access. Offered self-pay; she'll think about it."""),

("email", "quasi", "employer+relative", """Subject: spouse seeing the EOBs

Hey Oona,

Supervision question for Thursday. Client is a 911 dispatcher at {{Manchester County Sheriff's Office|c150|EMPLOYER}}, and his husband {{John|c150|RELATIVE}} is the policyholder. The EOBs go to {{John|c150|RELATIVE}}, and the client doesn't want {{John|c150|RELATIVE}} to know he's in therapy yet. Options I know of: confidential communications request to the plan, or self-pay. Anything else?

- Kev"""),

("team_note", "quasi", None, """EOB audit flag: PTSD diagnosis (F43.10) for a {{firefighter|c183|DISTINCTIVE|occupation}} in {{Centerville|c183|ADDRESS|city}} covered by the {{Hudson Fire Department|c183|EMPLOYER}} plan. Plan requests records for medical necessity review after 24 sessions. Send treatment summary only, not full notes."""),

("email", "benign", "nonclient_person", """Subject: RE: EOB codes cheat sheet

Hi Emily,

Thanks for sending over the cheat sheet! For anyone new:
- CO = contractual obligation (we write off)
- PR = patient responsibility (we bill the client)
- OA = other adjustment
- PI = payer initiated reduction
Common ones: CO-45, PR-1 (deductible), PR-2 (coinsurance), PR-3 (copay), CO-97 (bundled), CO-16 (missing info).

Emily Cooper at Meridian said she'd send their updated RARC list too.

Brenda"""),

("team_note", "benign", "deidentified", """EOB sample for staff training (redacted):
Member: [redacted]   ID: XXXXXXX4417
DOS 03/11/2025  CPT 90834  Billed $160.00  Allowed $112.50  Ded $0.00  Coins $22.50  Paid $90.00  CARC 45
DOS 03/18/2025  CPT 90834  Billed $160.00  Allowed $112.50  Ded $0.00  Coins $22.50  Paid $90.00  CARC 45
Total patient responsibility: $45.00"""),

("email", "benign", "name_as_word", """Subject: penny rounding on EOBs

Team - Meridian rounds coinsurance to the penny but our system rounds to the nickel on statements, so balances are off by 1-4 cents on about a third of accounts. Rusty old software, I know. Until we fix it, just write off anything under $0.05. Don't sue me.

Rich"""),

("team_note", "benign", "single_quasi", """Noticed: a lot of Hunter Electric employees on the schedule lately (that's their EAP contract ending and people moving to the commercial plan). Nothing clinical, just a heads-up that their group number changed to 44102 on 5/1."""),

("email", "benign", "nonclient_person", """Subject: Your EOB question

Hi Justin,

This is Caroline from Bluecrest member services responding to your provider inquiry. The claim for DOS 04/15/2025 was processed under the member's secondary coverage in error. It has been reversed and resubmitted to primary. Expect a corrected remittance in 7-10 days. Reference 00451-TX.

Caroline Mbeki
Provider Services, Bluecrest Health
1-800-555-0199"""),

("social_post", "benign", "weak_attribute", """Had a client (mid-60s, retired, lives in Hamilton) apologise for "wasting my time" with a question about an EOB. Friends: explaining your bill is part of my job. You are never wasting my time by asking what "PR-2" means. #therapistlife #insurance"""),

("team_note", "benign", "nonclient_person", """Phone log 2:15pm - Robin from Harborview called about our EOB dispute batch. 14 of 19 overturned. Remaining 5 need medical records. Robin's direct line is 555-0147 ext 3302. Follow-up due 6/6."""),

("email", "benign", "deidentified", """Subject: common EOB confusion - FAQ draft

Draft FAQ for the website:

Q: Why does my EOB say "This is not a bill"?
A: Because it isn't. Your insurer is explaining what they paid. We'll send a separate statement if you owe anything.

Q: My EOB lists a clinician I've never met.
A: We bill under our group. Your clinician's name may not appear.

Q: The amount "you may owe" is different from what I paid at the session.
A: Copays are collected up front; coinsurance is settled once the claim processes. Any difference will be refunded or billed within 30 days."""),

("team_note", "benign", "name_as_word", """Reminder from Dean's office at the training institute: our interns can't bill under their own names - all claims go out under the supervising clinician with modifier HO/HN as required by the state plan. Drew up a one-pager, it's on the shared drive."""),

("social_post", "benign", "public_figure", """Watched Robert Wagner in an old film last night and laughed at the bit where his character tries to read a hospital bill. Some things never change. If your EOB makes you feel like that, ask your therapist's billing office to translate. That's literally what we're for."""),
]
