DOCS = [
("email", "direct", None, """Subject: Fitness for duty - {{Will Smith|c127|FULL_NAME}}

Dear Battalion Chief Okafor,

I am writing at the request of my client, {{Will Smith|c127|FULL_NAME}}, who has been on sick leave from {{Georgetown Emergency Communications|c127|EMPLOYER}} since 14 April. With his written consent, I can confirm that he has attended regular sessions and that, in my clinical opinion, he is fit to return to operational duties on a phased basis from 9 June (day shifts only for the first 4 weeks).

I will not be providing details of his treatment. Please direct any questions to me rather than to him.

Yours sincerely,
Dr Rosa Vance, Clinical Psychologist"""),

("team_note", "direct", None, """{{Zeke|c129|NICKNAME}} asked for a letter to his manager at {{Pinnacle Systems|c129|EMPLOYER}} confirming he attended sessions on 5/6, 5/13, 5/20 (he took sick time each afternoon). Letter drafted: dates and times only (14:00-14:55), no diagnosis. He'll collect it Friday."""),

("email", "direct", None, """Subject: Sick leave certificate

Hi Jeff,

Attached is the letter for your HR department. As we discussed, it says you have been under my care since March and recommends two further weeks of leave. It doesn't mention the anxiety or the incident on the 911 line - just "a health condition." If {{Oakland Police Department|c132|EMPLOYER}} HR wants more, they need your signed release first.

Take care of yourself,
Dana""".replace("Hi Jeff,", "Hi {{Jeff|c132|NICKNAME}},")),

("team_note", "direct", None, """Employer's occupational health nurse called asking about a client's return-to-work date. Confirmed nothing without consent. Client ({{Nathaniel Dunn|c137|FULL_NAME}}) later called from {{404.418.6567|c137|PHONE}} and gave verbal consent for a one-line letter: "fit to return 2 June." Written consent form posted to him."""),

("email", "direct", None, """Subject: Re: medical leave letter

Dear {{Dr. Zhou|c142|FAMILY_NAME}},

I understand - it is uncomfortable to be on the other side of a sick note when you write so many yourself. The letter for {{St. Brigid's Hospital|c142|EMPLOYER}} is attached. It states that you are unable to perform surgical duties until 30 June and that a review will follow. No diagnosis is included.

Best wishes,
Leonie Park, PhD"""),

("team_note", "direct", None, """Letter for employer ({{NelsonTech|c146|EMPLOYER}}) re: intermittent FMLA - request came from {{mariag96@outlook.com|c146|EMAIL}}. FMLA cert form WH-380-E completed: condition requires treatment 1x/week, ~2 hours incl. travel, expected duration 6 months. Signed by clinician; returned to client, not employer."""),

("email", "direct", None, """Subject: FMLA paperwork - DOB mismatch

Hi,

The shipyard's HR sent back the FMLA form for Brian B. because the date of birth we wrote ({{12 Oct 1987|c152|DOB}}) doesn't match their system. Client confirms ours is correct - it's their record that's wrong. I've asked him to sort it out with HR directly; we won't resend until they correct it.

Thanks, Amira""".replace("for Brian B. because", "for {{Brian B.|c152|INITIALS}} because")),

("team_note", "direct", None, """{{Jos|c162|NICKNAME}} (lawyer, 76, still practising) - his firm wants a letter saying he can return to full caseload after the depressive episode. He asked me to say "fully recovered." Not accurate. Agreed wording: "able to resume work with reasonable adjustments (reduced hours for 8 weeks)." He accepted, grumpily."""),

("email", "direct", None, """Subject: Letter for your employer

Dear {{Summer|c168|GIVEN_NAME}},

Here's the draft letter for {{Cobalt Labs|c168|EMPLOYER}}. Please read it before I sign it. I've kept it to the minimum: that you are under my care, that I support your request for two days a week working from home, and that I will review this in three months. Nothing about your son or the reasons behind it.

Best,
Ines"""),

("team_note", "direct", None, """Sick leave note requested by {{Kenneth Romeo|c172|MISSPELLED_NAME}} (sic - spelled this way on the employer's form, we need to correct it). Employer: {{Tessera Systems|c172|EMPLOYER}}. Period: 26 May - 13 June. Reason on note: "medical". Told him their HR may ask for more; refer to us."""),

("email", "direct", None, """Subject: Return-to-work letter for {{Oivind Jorgensen|c194|MISSPELLED_NAME}}

Hi Captain Lund,

With {{Mr. Jørgensen|c194|FAMILY_NAME}}'s consent: he has completed a course of trauma therapy and I support his return to full duties at the {{Winchester County Sheriff's Office|c194|EMPLOYER}} fire unit from 16 June. I recommend he not be placed on the overnight rota for the first month.

Regards,
Dr Rosa Vance"""),

("team_note", "direct", None, """Employer letter mailed to client at {{8746 Pitts Street, Milford|c184|ADDRESS|street}} (not emailed - he shares a work laptop). Letter: attendance confirmation only, 4 sessions in May."""),

("email", "quasi", None, """Subject: employer letter - what to include?

Hi Ada,

A client who's a dental hygienist at {{St. Brigid's Hospital|c133|EMPLOYER}}' dental clinic and {{owns the record shop on Cedar Road|c133|DISTINCTIVE|fact|record shop on Cedar Road}} wants a sick-leave letter for the hospital job only - she'll keep running the shop. Is there any risk in a letter that says she can't work, when she's working elsewhere?

Noor"""),

("team_note", "quasi", None, """Dental hygienist, {{Clayton Family Clinic|c141|EMPLOYER}}; {{owns the vintage clothing store on Park Way|c141|DISTINCTIVE|fact|vintage clothing store on Park Way}}. Requested a letter for reduced hours at the clinic (3 days). Supportive of this - stress load is unsustainable. Letter sent to client."""),

("email", "quasi", None, """Subject: letter to police department HR

Hi Joe,

Client is a 911 dispatcher with {{Burlington Police Department|c151|EMPLOYER}}; his wife {{Laura|c151|RELATIVE}} has been seriously ill and he's asking for carer's leave. He wants a letter from us about his own wellbeing to support the request. Can we do that, or does it need to come from her doctor?

Sunita"""),

("team_note", "quasi", None, """Sick leave request: {{chef|c153|DISTINCTIVE|occupation}} in {{Stillwater|c153|ADDRESS|city}}, {{Anderson Logistics|c153|EMPLOYER}} staff kitchen. 2 weeks, depression. Letter provided (no diagnosis). Employer's policy needs a fit note after 7 days - GP to provide."""),

("email", "quasi", None, """Subject: Re: shipyard sick leave

Hi,

The mechanic at {{Hudson Shipyard|c170|EMPLOYER}} - the one who {{breeds champion Vizslas in Manchester|c170|DISTINCTIVE|fact|Vizslas in Manchester}} - has got her sick leave extended. Her supervisor has been calling her at home, though, which she finds intrusive. We'll address in session.

Tom"""),

("team_note", "quasi", None, """Letter to HR at {{Woodard Architects|c179|EMPLOYER}}: {{insurance adjuster|c179|DISTINCTIVE|occupation}} in {{Hamilton|c179|ADDRESS|city}} on the firm's professional-liability team; request for reasonable adjustment (no client-facing meetings for 6 weeks). Drafted; client to review."""),

("email", "benign", "nonclient_person", """Subject: template - letter to employer

Hi all,

New template for employer letters is on the drive. Key rules:
1. Consent form signed BEFORE writing.
2. Dates of attendance, fitness to work, recommended adjustments. Nothing else.
3. Never send directly to the employer unless the client asks in writing.

Thanks to Zachary Ibe from HR Partners for reviewing it from the employer side.

Mei-Ling"""),

("social_post", "benign", "public_figure", """Chris Evans playing Captain America would still need a sick note from his therapist if he wanted two weeks off from the Avengers. Anyway. Letters to employers: dates, fitness, adjustments. Nothing about your childhood. #therapistlife"""),

("team_note", "benign", "deidentified", """Employer letter log, May:
- 17 letters issued (12 attendance only, 4 fitness-to-work, 1 reasonable adjustments)
- 2 requests declined (no consent form)
- 0 letters sent directly to employers.
No client details recorded here."""),

("email", "benign", "name_as_word", """Subject: summer hours

Hi everyone,

Summer hours start 16 June: we close at 4pm on Fridays. Sick leave letters requested on a Friday afternoon will go out Monday - please tell clients. And please, will someone fix the printer before then.

Thanks,
Dawn (office manager)"""),

("team_note", "benign", "single_quasi", """Georgetown Emergency Communications HR called to ask whether we have a contract for their staff (we don't - they use an EAP). Gave them our general info pack. Did not confirm or deny whether any of their staff are clients."""),

("email", "benign", "nonclient_person", """Subject: Re: letter for Jeff

Hi Mandy,

Thanks - Jeff Okoro (our HR advisor at the council) confirmed they only need attendance dates for staff counselling claims, not a clinical letter. Useful to know for other council contracts.

Paul"""),

("team_note", "benign", "weak_attribute", """Caller asked if we write sick notes for "a firefighter from Lebanon" - said we can write letters for our own clients with consent, but we don't provide sick notes to people we haven't assessed. Caller did not give a name."""),

("email", "benign", "deidentified", """Subject: employer letter - wording review

Could someone review this wording (fictional example)?

"To whom it may concern: [Client] has attended appointments at this practice since [month]. In my clinical opinion they would benefit from a phased return to work over four weeks, starting with three half-days per week. I am happy to discuss further with [Client]'s written consent."

Comments by Thursday."""),

("team_note", "benign", "nonclient_person", """Phone call from Dr. Romero at the occupational health service - she wanted to know our turnaround time for fitness-to-work letters (we said 3 working days). She'll refer shift workers to us going forward."""),
]
