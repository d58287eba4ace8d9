DOCS = [
("email", "direct", None, """Subject: Referral - {{Geoff Robinson|c006|FULL_NAME}}, DOB {{21/02/1954|c006|DOB}}

Dear Colleague,

Thank you for seeing this 71-year-old gentleman, a chef at the {{Grand Milford Hotel|c006|EMPLOYER}}, who presents with low mood and poor sleep following the death of his father last autumn. PHQ-9 today 17. He has declined antidepressants and would prefer talking therapy. No risk concerns at present; he is aware of crisis numbers.

He has private cover through his employer (policy no. GMH-00418-772). Please bill the insurer directly; he has asked not to receive invoices at home.

Kind regards,
Dr Helen Marsh MRCGP
Salem Road Surgery"""),

("email", "direct", None, """Subject: Re: referral - {{Ms Γάτος|c009|FAMILY_NAME}}

Dear Dr Kessler,

Thank you for your referral of {{Νικολέτα Γάτος|c009|FULL_NAME}}. I saw her for an initial assessment on 14 May. She is a serving police officer and is understandably concerned about confidentiality with her department's occupational health. I have explained that I will not share information with her employer without her written consent.

Provisional formulation: trauma-related symptoms (F43.1) following a critical incident. Plan: 12 sessions trauma-focused CBT, billed to her own policy.

Yours sincerely,
Dr Anya Brooks, Clinical Psychologist"""),

("email", "direct", None, """Subject: GP letter for {{Bernadette|c011|GIVEN_NAME}}

Hi Sue - can you upload the GP letter for {{Bernadette|c011|GIVEN_NAME}} into her chart? Dr Lowe says he's happy for us to take over the anxiety management and he'll keep prescribing the propranolol PRN. He wants a summary after 6 sessions. Photographers' union plan - check the copay before her next visit.

Ta, Liam"""),

("team_note", "direct", None, """GP referral received by email from the surgery, forwarded by the client herself from {{iris.barajas@hotmail.com|c017|EMAIL}} (she's a student - wants all correspondence by email). Referral reason: disordered eating, BMI 17.9. Needs medical monitoring alongside therapy; GP to do bloods fortnightly. Triage: priority."""),

("email", "direct", None, """Subject: Letter to GP re {{Mrs Miller|c023|FAMILY_NAME}}

Dr Patel,

Update after 8 sessions: {{Mrs Miller|c023|FAMILY_NAME}}'s mood has improved (PHQ-9 19 -> 9) and she has returned to work as an architect at {{Lancaster Credit Union|c023|EMPLOYER}}'s property team. I'd recommend continuing fortnightly for another 8 sessions. Her insurer will need your supporting note for the extension (form BH-7 attached).

With best wishes,
Orla Fitzgerald, Counselling Psychologist"""),

("team_note", "direct", None, """GP surgery called - they had the wrong number for {{Mark Thornton|c027|FULL_NAME}} on the referral (two digits swapped). Correct number is {{856 464 1722|c027|PHONE}}. Updated ours too. He's been waiting 3 weeks for our call, poor guy - booked him for Monday 10am."""),

("email", "direct", None, """Subject: referral back to GP

Dear Dr Hughes,

Re: {{Frank Martinez|c028|FULL_NAME}}

I am writing to let you know that {{Frank|c028|NICKNAME}} has completed his course of therapy (14 sessions, CPT 90837). He has made good progress with his health anxiety. I have discharged him back to your care with a relapse-prevention plan, which he has a copy of. His husband {{Dennis|c028|RELATIVE}} attended the final session at his request.

Sincerely,
J. Ortega, LCSW"""),

("team_note", "direct", None, """Referral from GP for {{Leah Lindsay|c032|MISSPELLED_NAME}} (sic - GP's spelling). Nurse at {{Hamilton Family Clinic|c032|EMPLOYER}}, burnout + insomnia. GP has started trazodone 50mg. Client prefers evening appts due to shifts. Waitlist position 4."""),

("case_presentation", "direct", None, """Referral meeting, 28 May

Case 3: {{M.W.|c037|INITIALS}}, insurance adjuster with {{Ward Law LLP|c037|EMPLOYER}}, referred by GP with mixed anxiety/depression. Her job involves reviewing disability claims and she reports intrusive images from case files. Plan: allocate to a clinician with vicarious trauma experience. Insurance: her plan covers 20 sessions/yr, no PA until session 21."""),

("email", "direct", None, """Subject: GP referral - please check name

Hi,

The referral from Riverside Medical Practice lists the patient as "{{Hans-Friedrich Rorricht|c046|MISSPELLED_NAME}}" - the insurer has {{Rörricht|c046|FAMILY_NAME}} with the umlaut. If the names don't match the claims will reject. Please make sure our system has the umlaut and add an alias for the other spelling.

Thanks,
Billing"""),

("team_note", "direct", None, """GP letter posted to client's home at her request: {{3553 Sims Drive, Lebanon|c053|ADDRESS|street}}. (She doesn't want it going to work.) Copy scanned to chart."""),

("email", "quasi", None, """Subject: referral from Dr Amadi

Hi team,

New GP referral: a lawyer at {{Davis Realty|c004|EMPLOYER}} who {{coaches the Florence Tigers under-12 softball team|c004|DISTINCTIVE|fact|Florence Tigers under-12 softball}}. Low mood after a retirement that didn't work out (she went back part-time). Self-pay preferred. Can someone with Thursday evenings pick this up?

Kiara"""),

("team_note", "quasi", None, """GP referral: student at {{University of Salem|c026|SCHOOL}}, {{sings lead in the Wild Pines|c026|DISTINCTIVE|fact|Wild Pines}}. Performance anxiety + panic. Student health plan covers 10 sessions. GP asks for a brief update after session 4."""),

("email", "quasi", None, """Subject: GP update

Dr Rowe,

Update on the medical receptionist from {{Reyes Dental Group|c033|EMPLOYER}} you referred - the man who was in the paper for {{rescuing a child from the river|c033|DISTINCTIVE|fact|rescuing a child from the river}}. He is engaging well; flashbacks reduced. We will continue weekly until the end of June.

Regards,
Marta"""),

("team_note", "quasi", None, """GP referral for delivery driver, {{Anderson Logistics|c042|EMPLOYER}}; {{owns the bakery on Spring Road|c042|DISTINCTIVE|fact|bakery on Spring Road}} (early starts - only slots after 2pm work). Presenting: work-related stress, alcohol use. AUDIT score 14. Plan: assessment + liaison with GP."""),

("email", "quasi", None, """Subject: Re: joint appt with husband?

Hi Dr Singh,

Your patient (warehouse associate at {{Mora Foods|c045|EMPLOYER}}) has asked whether her husband {{Nathan|c045|RELATIVE}} can attend the next appointment. Of course - I'll bill it as 90847. Could you add a line to the referral saying couples work is part of the plan? Her insurer checks.

Thanks, Bo"""),

("team_note", "quasi", None, """GP referral: {{physical therapist|c051|DISTINCTIVE|occupation}} from {{Franklin|c051|ADDRESS|city}}, works at {{Carroll Pharmacy|c051|EMPLOYER}}'s rehab clinic. Chronic pain + low mood; his wife {{Mei|c051|RELATIVE}} has asked to be involved. GP wants a joint plan. Insurance pre-check done."""),

("email", "benign", "nonclient_person", """Subject: GP liaison - new contact

Hi all,

The practice manager at Salem Road Surgery is now Megan Hale (replacing Leah). Megan prefers referrals by secure email and asks that we always include the NHS/insurer number and the GP's name in the subject line. Her direct line is 555-0121.

Leah has gone on maternity leave - we sent flowers.

Nadia"""),

("email", "benign", "name_as_word", """Subject: conference in Paris

Hi team,

Reminder that I'm at the primary-care integration conference in Paris from 9-12 June. Lots of talks on GP-therapist referral pathways - I'll bring back what's useful. Out-of-office on; urgent referrals to Iris Lam please.

Bernard"""),

("team_note", "benign", "deidentified", """Referral audit, Jan-Apr:
- GP referrals: 142
- Self-referrals: 88
- Psychiatry: 19
- Average wait from referral to first appt: 17 days (target 14)
- 6 referrals returned to GP as out of scope (eating disorder needing medical monitoring beyond our capacity: 2; psychosis: 3; under-18: 1).
No patient identifiers in this audit."""),

("email", "benign", "nonclient_person", """Subject: thank you

Dear Dr Robinson,

Thank you for the kind card and the box of pastries after the joint training session on referral letters. Your talk on "what GPs actually want from a therapist's letter" was the highlight. We'll adopt your one-page template.

Best wishes from all of us at Riverbend"""),

("team_note", "benign", "weak_attribute", """GP rang re: a patient in her 50s, lives in Burlington, asking about our waitlist for couples therapy. Gave general info only (4-6 week wait, $180/session, some insurers cover 90847). No referral made yet."""),

("case_presentation", "benign", "deidentified", """Teaching: writing the letter back to the GP

Example (composite, no real client):
"Thank you for referring Mr X, a 40-year-old teacher. He attended 10 sessions of CBT for panic disorder. Panic frequency reduced from daily to monthly. He is discharged with a relapse-prevention plan. Please re-refer if needed."
Note: no session content, no family details, nothing the GP doesn't need."""),

("email", "benign", "single_quasi", """Subject: Hamilton Family Clinic referrals

Hi,

We're getting lots of referrals from Hamilton Family Clinic lately - both patients AND staff (nurses, receptionists) via their staff wellbeing scheme. For staff referrals, please don't write back to the clinic's general inbox - use the occupational health nurse's secure address only.

Cheers, Ines"""),

("team_note", "benign", "name_as_word", """Referral letter tips from supervision: don't pad. Mark what's new since the last letter. Will the GP act on it? If not, cut it. Frank language is fine - "she is not improving" is more useful than "progress has been variable"."""),

("email", "benign", "nonclient_person", """Subject: Re: Dr Lindsey's referral

Hi Jo,

Dr Lindsey at the Newport practice called to check we received her referral from last week - we did, it's in triage. She'll be on leave from 1 June, so any questions go to her partner Dr Amos.

Thanks,
Reception"""),

("team_note", "benign", "nonclient_person", """Phone call from Frank at the GP surgery (their admin) re: the batch of discharge letters we sent - two were missing the GP's name. Resent 3:40pm. Frank asked if we could use their new fax number 555-0188 going forward."""),
]
