# Fitness-for-duty and return-to-work letters: police, corrections, fire.
DOCS = [
    ("email", "direct", None,
     "To: Lt. R. Okoye, Professional Standards\nRe: Officer {{Jesse Rice|c277|FULL_NAME}} — return to full duty\n\n"
     "Following my evaluation on 5/19, I find {{Officer Rice|c277|FAMILY_NAME}} fit to return to full, unrestricted duty with the "
     "{{Newport Police Department|c277|EMPLOYER}}, including carrying of a duty weapon. I recommend continued "
     "voluntary counselling for 8 weeks. No further detail is being released under the limited authorization.\n\n"
     "Dr. H. Baptiste"),
    ("email", "direct", None,
     "Sheriff's HR — as discussed, {{Deputy Anderson|c162|FAMILY_NAME}} is cleared for modified duty (no patrol, no "
     "overtime) effective Monday. Please route questions through me rather than the deputy. The "
     "{{Springfield County Sheriff's Office|c162|EMPLOYER}} FFD policy allows me to release only the work status, "
     "which is above."),
    ("team_note", "direct", None,
     "{{Mads|c052|GIVEN_NAME}} — corrections, 2nd session post-assault on the unit. Still not sleeping. Wants to go back "
     "'so they don't think I'm soft.' We worked on the difference between ready and proving. FFD not yet; revisit "
     "in 3 wks."),
    ("email", "direct", None,
     "Hi Capt. Morrow,\n\nFF {{Kayla Huff|c218|FULL_NAME}} has asked me to confirm that she's attending treatment "
     "and is on track for a return-to-work date of 6/30. {{Kay|c218|NICKNAME}} is motivated and I don't see a reason "
     "for delay, but the final call is the department physician's.\n\nBest,\nN. Strand, LCSW"),
    ("team_note", "direct", None,
     "{{Officer Li|c187|FAMILY_NAME}} ({{Will|c187|NICKNAME}}) — senior patrol, 30+ yrs. Shooting review cleared him. He "
     "isn't asking for FFD, he's asking 'whether it's time.' Retirement ambivalence. Will cover grief about "
     "identity next visit."),
    ("email", "direct", None,
     "{{Tere|c371|GIVEN_NAME}} asked me to send the return-to-work form directly to her sergeant. Before I do, can someone "
     "confirm her consent covers that? Her cell if you need to double-check: {{+1 952-993-8961|c371|PHONE}}."),
    ("case_presentation", "direct", None,
     "FFD consult. {{Sgt. Garay|c395|FAMILY_NAME}}, 58, patrol sergeant with 26 years. Referred after an on-scene "
     "argument with a paramedic that was filmed. No history of complaints. Wife {{Maxi|c395|RELATIVE}} reports "
     "months of poor sleep, drinking 'a little more.' Question: evaluate vs. treat — can I do both ethically if "
     "the department is paying?"),
    ("email", "direct", None,
     "Dear Warden's office,\n\nThis is to confirm that {{Ulrick Jessen|c263|MISSPELLED_NAME}} attended sessions on 4/2, "
     "4/16 and 5/7. He has asked that his son {{Pete|c263|RELATIVE}}'s graduation on 6/12 be treated as a protected "
     "day off. I support the request."),
    ("team_note", "direct", None,
     "{{Glen P.|c410|INITIALS}} — corrections officer, {{Oakland Police Department|c410|EMPLOYER}} jail. RTW after 6 wks "
     "leave (inmate death on his tier). Anxiety on approach to the building. Graded exposure: parking lot → "
     "lobby → roll call. Pt agrees."),
    ("email", "direct", None,
     "Per his request, the FFD summary goes to the officer by email as well: {{travislyons41@fastmail.com|c417|EMAIL}}. "
     "Please send it from the secure system and not your personal account, Bri."),
    ("email", "direct", None,
     "Re: {{Ofc. Barnes|c318|FAMILY_NAME}} (DOB {{14 Dec 1973|c318|DOB}}) — the department's form asks for diagnosis. "
     "I am not providing one. Work status only: fit for duty with no restrictions as of today."),

    ("team_note", "quasi", None,
     "FFD eval, {{Kingston Police Department|c263|EMPLOYER}} CO. Protective factor: {{coaches the Centerville Pioneers "
     "under-10 soccer team|c263|DISTINCTIVE|fact|Centerville Pioneers under-10 soccer}} — says the kids are the only "
     "people who don't see the uniform. Recommend RTW with check-ins."),
    ("email", "quasi", None,
     "Nadia — the corrections officer from {{Oakland Police Department|c410|EMPLOYER}} who {{ran for mayor of Florence "
     "in 2014|c410|DISTINCTIVE|fact|mayor of Florence in 2014}} is asking for a second opinion on his FFD result. "
     "I'm conflicted out (his husband knows mine). Can you take it?"),
    ("team_note", "quasi", None,
     "RTW planning, {{Oakland Police Department|c187|EMPLOYER}} patrol officer, the one who {{painted the giant mural on "
     "Valentine Lane|c187|DISTINCTIVE|fact|mural on Valentine Lane}}. Art as coping — encouraged. Cleared for light duty."),
    ("email", "quasi", None,
     "For the peer-support coordinator: a {{firefighter|c036|DISTINCTIVE|occupation}} out of {{Jackson|c036|ADDRESS|city}}, "
     "employed through {{Springfield Emergency Communications|c036|EMPLOYER}}, is back from medical leave next week "
     "and asked for a buddy on her first shift."),
    ("team_note", "quasi", None,
     "FFD f/u. {{Newport Police Department|c012|EMPLOYER}} firefighter (yes, the department's odd structure). "
     "{{Hosts the Overthinking Collector podcast about birdwatching|c012|DISTINCTIVE|fact|Overthinking Collector}} — "
     "has been recording episodes again, good sign. Fit."),
    ("email", "quasi", None,
     "Hi Marta, a {{Kingston Police Department|c371|EMPLOYER}} officer I'm seeing wants her sister {{Begoña|c371|RELATIVE}} "
     "to attend the return-to-work planning meeting. Is there a form for a family member at the FFD debrief?"),

    ("email", "benign", "nonclient_person",
     "All,\n\nChief Dawn Albright has signed the revised fitness-for-duty policy (attached). Key change: "
     "evaluations are now done by an outside psychologist, not the department's EAP. Questions to Deputy Chief "
     "Ortega.\n\nCommand Staff"),
    ("email", "benign", "single_quasi",
     "Heads up: Oakland Police Department is piloting a new FFD protocol that lets officers choose their own "
     "evaluator from an approved list. If any of you are on that list, expect calls."),
    ("social_post", "benign", "name_as_word",
     "Sage advice from an old sergeant: 'Will you be ready, or will you be ready enough?' Grace under pressure "
     "isn't the absence of fear. Chase the fundamentals and the rest follows. #firstresponders"),
    ("case_presentation", "benign", "deidentified",
     "Training vignette (composite, not a real person): A patrol officer in her forties with fifteen years of "
     "service is referred for a fitness-for-duty evaluation after a use-of-force incident. She has no "
     "disciplinary history. Discuss: dual roles, limits of confidentiality, and what goes in the report."),
    ("team_note", "benign", "single_quasi",
     "Voicemail: a police officer in Brookfield asking about our FFD fees. Called back, left info."),
    ("email", "benign", "nonclient_person",
     "Reminder that Captain Ian Marsh will run the firearms requalification for officers returning from leave. "
     "Sign up through the training office, not through us."),
    ("email", "benign", "nonclient_person",
     "Hi — Dr. Jesse Okafor here, I'm the new contract psychologist for the county. Looking forward to working with "
     "your practice on referrals. I do FFDs Tuesday/Thursday only."),
    ("social_post", "benign", "public_figure",
     "Rewatched Serpico last night. Frank Serpico was right about one thing that still matters: officers who "
     "speak up need somebody in their corner. That's half of what a good FFD process should be."),
    ("email", "benign", "nonclient_person",
     "FOP rep Mike Wrightson wants to meet about how FFD referrals are communicated to members. I said we'd host "
     "him Thursday. He's fair but he'll push on the timelines."),
    ("social_post", "benign", "name_as_word",
     "K9 update! Duke and Ranger both passed their certification today. Hunter (the old man) is officially "
     "retired and sleeping on the couch at his handler's house. Good boys all around. 🐕"),
    ("team_note", "benign", "single_quasi",
     "Call from a corrections officer in Madison asking if we do evaluations for county jail staff. Referred to "
     "intake."),
]
