DOCS = [
("email", "direct", None, """Subject: Medication review request - {{Melissa Burton|c054|FULL_NAME}} (DOB {{08/14/1980|c054|DOB}})

Dr Achterberg,

I'd be grateful if you could review {{Melissa|c054|GIVEN_NAME}}'s medication. She has been on escitalopram 20mg for 14 months; mood is stable but she reports significant sexual side effects and weight gain and is talking about stopping abruptly. I've encouraged her to wait for your review. She works long hours as a software engineer and can only do video appointments before 9am.

Her insurer requires a referral code for psychiatric med management (99214); I've attached the form.

Kind regards,
Ellen Frey, LPC"""),

("team_note", "direct", None, """Psychiatry liaison - {{Donna|c057|GIVEN_NAME}}
Dr Obi (psych) called: increasing lamotrigine to 100mg, titrating over 2 weeks. Asked me to watch for rash and report. {{Donna|c057|GIVEN_NAME}}'s exams at {{University of Glendale|c057|SCHOOL}} start 6/9 - Dr Obi wants to hold off any further change until after. Next med review 6/30."""),

("email", "direct", None, """Subject: letter from your psychiatrist

Hi,

Dr Venkataraman's office asked us to forward his letter to you; it's attached (PDF, password is your date of birth as DDMMYYYY). Sent to {{philippinea94@fastmail.com|c058|EMAIL}} only, as you asked.

Front desk"""),

("team_note", "direct", None, """Med reconciliation for {{Celine Morin|c060|MISSPELLED_NAME}}: pharmacy list shows sertraline 100mg AND fluoxetine 20mg - both active. Client says fluoxetine was stopped in Feb. Called pharmacist (spoke to Mr Walker) - old script had refills remaining, now cancelled. Informed psychiatrist. Serotonin syndrome education given."""),

("email", "direct", None, """Subject: Re: {{Mme Martin|c064|FAMILY_NAME}} - lithium levels

Dear Dr Fabre,

Thank you for your letter. I have passed on your advice to {{Mme Martin|c064|FAMILY_NAME}} about the lithium level (1.1 mmol/L) and the need for a repeat in one week. She has asked that results go to her directly rather than via her workplace occupational health at {{Woodard Architects|c064|EMPLOYER}}.

Cordialement,
Sophie Lenoir, psychologue"""),

("team_note", "direct", None, """{{Steffi|c065|NICKNAME}} - psychiatry appt missed (3rd time). She says she can't afford the $60 copay since her student plan changed. Options: (1) ask Dr Lin about sliding scale, (2) community clinic, (3) GP to take over the prescribing. Will discuss Thursday. She is NOT out of meds yet (14 days left)."""),

("team_note", "direct", None, """Pharmacy called about an early refill request for clonazepam. Patient verified by phone number on file, {{317-323-7954|c067|PHONE}}. Pharmacist wanted to know if we'd been informed of a dose change - we hadn't. Referred them to prescriber. Noted for next session."""),

("email", "direct", None, """Subject: Nettie Johnson - psychiatric eval referral

Hi Dr Akinyemi,

Referral for psychiatric evaluation: {{Nettie Johnson|c068|FULL_NAME}}, dental hygienist, 33. Persistent low mood despite 16 sessions of CBT; PHQ-9 plateaued at 14. Family history of bipolar disorder (mother). Her wife {{Catherine|c068|RELATIVE}} reports periods of reduced sleep and increased spending. Please assess for bipolar II before any antidepressant is started.

Many thanks,
Ruth""".replace("Subject: Nettie Johnson", "Subject: {{Nettie Johnson|c068|FULL_NAME}}")),

("team_note", "direct", None, """Psychiatrist's office mailed the med change letter to the client's home ({{5815 Lake Way|c070|ADDRESS|street}}) instead of the clinic. Client OK with it but his partner opened it. Discussed in session - he was upset. Asked psychiatrist's office to use clinic address only from now on."""),

("case_presentation", "direct", None, """MDT - psychiatry & therapy joint review, 27 May

1. {{Jim W.|c075|INITIALS}} (911 dispatcher, {{Manchester County Sheriff's Office|c075|EMPLOYER}}). PTSD, sleep fragmented by night shifts. Prazosin 2mg -> 4mg. Therapy: CPT session 7/12. Payer: county plan; PA in place to 8/31.
2. (anonymous case for discussion) - 30s, panic, on sertraline 50mg, no changes.
3. Caseload: 3 pending psychiatric assessments, wait 5 weeks."""),

("email", "direct", None, """Subject: Psychiatry referral - {{Anthony Miller|c077|FULL_NAME}}

Patient details:
Name: {{Anthony Miller|c077|FULL_NAME}}
DOB: {{June 13, 1969|c077|DOB}}
Insurance: {{Milford Medical Center|c077|EMPLOYER}} staff plan (MMC-88102)
Reason: medication review, current venlafaxine 150mg, persistent anxiety.
Urgency: routine.
Preferred contact: email.

Sent from the Riverbend referral form"""),

("email", "direct", "multi_client", """Subject: psychiatry waitlist - priority

Dr Haas,

Two of ours who I'd ask you to prioritise:
- {{Justin Allen|c082|FULL_NAME}}: off his medication since April (cost). He's a lawyer, new firm, insurance starts 7/1. Could you bridge him?
- {{Ms Legendre|c074|FAMILY_NAME}}: 77, memory complaints + depression, needs a geriatric psych view.

Thanks, Carmen"""),

("email", "quasi", None, """Subject: med review for shift worker

Hi Dr Moss,

Would you review a client of mine - a {{barista|c059|DISTINCTIVE|occupation}} in {{Clayton|c059|ADDRESS|city}} working at {{Guzman Logistics|c059|EMPLOYER}}' staff cafe? She's on mirtazapine and can't stay awake for the 5am shift. Wants to try something else. Her insurer is fine with a 99214.

Thanks, Lise"""),

("team_note", "quasi", None, """Psych consult summary: school counselor at {{Georgetown Community College|c072|EMPLOYER}}; daughter {{Katherine|c072|RELATIVE}} recently diagnosed with ADHD and he's wondering about himself. Dr Oyelaran to do adult ADHD assessment (96130 x2). Insurer PA required; submitted."""),

("email", "quasi", None, """Subject: Re: letter for psychiatrist

Hi Tom,

The journalist at {{the Hudson Herald|c073|EMPLOYER}} - you'll remember he {{was on season 3 of the Great Home Bake-Off|c073|DISTINCTIVE|fact|season 3 of The Great Home Bake-Off}} - has agreed for us to send his therapy summary to the psychiatrist. I'll draft it today.

Meg"""),

("team_note", "quasi", None, """Lecturer, {{Jefferson Elementary School|c074|EMPLOYER}} (teacher-training outreach), {{coaches the Manchester Tigers under-14 hockey team|c074|DISTINCTIVE|fact|Manchester Tigers under-14 hockey}}. Psychiatrist recommends reducing workload. She refuses to give up the coaching. Explore in session."""),

("email", "quasi", None, """Subject: pharmacist query - dual employment

Hi,

A pharmacist rang to check a prescription for a chemistry teacher who works at {{Georgetown Community College|c084|EMPLOYER}} and also {{runs the dog-grooming salon on Magnolia Way|c084|DISTINCTIVE|fact|dog-grooming salon on Magnolia Way}} - she'd told them her therapist "knows about the dose". We don't prescribe. Told the pharmacist to call the prescriber. Documented.

Reception"""),

("team_note", "quasi", None, """Primary school teacher, {{Lancaster Public Library|c085|EMPLOYER}} literacy programme (seconded). {{Coaches the Shelby Rockets under-10 soccer|c085|DISTINCTIVE|fact|Shelby Rockets under-10 soccer}}. Psychiatry: sertraline 100mg, good response. Therapy: fortnightly, discharge planning."""),

("email", "benign", "nonclient_person", """Subject: pharmacist liaison

Hi team,

Our contact at the hospital outpatient pharmacy is now Natalie Osei (Mr Walker has retired). Natalie is happy to take calls about dosing queries but asks that we include the prescriber's name and the Rx number. Her line: 555-0109.

Mo"""),

("team_note", "benign", "deidentified", """Medication review audit (n=40, Q1):
- On SSRI: 22; SNRI: 7; mood stabiliser: 5; antipsychotic: 4; benzodiazepine PRN: 6
- Med review within 6 months: 31/40 (78%)
- Gaps mainly insurance-related (PA for psychiatric follow-up).
No identifiers recorded."""),

("email", "benign", "name_as_word", """Subject: summer cover for prescribing questions

Hi all,

Over the summer Dr Haas is away from 14 July to 1 August. Will anyone need a prescribing question answered urgently, please route via the on-call psychiatrist (pager 4410). Dawn shifts at the inpatient unit mean they're slow on emails before 10am.

Nora"""),

("social_post", "benign", "public_figure", """Reading Kay Redfield Jamison again for the hundredth time. If you're a therapist who works alongside psychiatrists and you haven't read An Unquiet Mind, do it. Medication is not the enemy of therapy. #psychiatry #bipolar"""),

("team_note", "benign", "nonclient_person", """Note: Dr Melissa Park (psychiatrist) joins our MDT from June, Tuesdays. She takes most commercial plans but NOT Harbor Choice. Referral form updated."""),

("team_note", "benign", "weak_attribute", """Pharmacy called re: a prescription for someone in their 30s from Quincy - wrong clinic, they meant the Quincy Mental Health Center. Redirected. No information shared."""),

("email", "benign", "single_quasi", """Subject: Jefferson Elementary staff plan

FYI the Jefferson Elementary School staff plan now requires psychiatric medication management to go through their own tele-psychiatry vendor first. If any of our clients are on that plan, their prescriber may change. Nothing to do yet - just awareness.

Dolores"""),

("team_note", "benign", "name_as_word", """Pharmacist tip of the week: "as needed" means as needed. Patience with titration pays off; don't let a client (or their GP) rush a taper. Mark the taper schedule clearly in the letter."""),

("email", "benign", "nonclient_person", """Subject: Re: your letter of 20 May

Dear Dr Steffens,

Thank you for your letter about our shared patient. We've noted the dose change and will monitor sleep and mood at each session. We'll write to you after the next four sessions or sooner if there's any concern.

Kind regards,
Riverbend Counselling"""),
]
