# Military base and veterans' clinic: a VA outpatient clinic, a base family-life
# counsellor, a Canadian Forces base, an Australian RSL sub-branch, first-responder
# veterans now working in dispatch, corrections and police.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("team_note", "direct", None,
     "PTSD clinic huddle 0800. {{Art|c306|NICKNAME}} no-showed art therapy again, 3rd time. Called, no answer. He "
     "works nights at the {{sheriff's office|c306|EMPLOYER}} dispatch desk, so mornings are a bad fit. Offer the 1600 "
     "group instead. Mother {{Inès|c306|RELATIVE}} is his emergency contact."),

    ("case_presentation", "direct", None,
     "Veterans' Clinic - Interdisciplinary Case Review\n\n"
     "Patient: {{Sean Baker|c364|FULL_NAME}}, 23\n"
     "Service: 4 yrs Army, one deployment\n"
     "Current occupation: {{corrections officer|c364|DISTINCTIVE|occupation}}\n"
     "Presenting: Irritability, hypervigilance, alcohol 20+ units/wk. Volunteer coach for the "
     "{{Richmond Otters U12 lacrosse|c364|DISTINCTIVE|fact|Richmond Otters}}; reports coaching is 'the only two hours a "
     "week I'm not scanning the room'.\n"
     "Plan: CPT, 12 sessions. Consider AUD referral. Father ({{Edward|c364|RELATIVE}}) supportive, attends family night."),

    ("email", "direct", None,
     "Subject: appointment reminders\n\n"
     "Hi Tanya,\n\n"
     "Can you switch the reminder for the Thursday 1400 to email only? He doesn't want texts showing up on the unit "
     "phone. Address is {{eusebiosobrino25@icloud.com|c018|EMAIL}}.\n\n"
     "Thanks,\nDr. R. Castellanos, PhD\nStaff Psychologist, Outpatient Mental Health"),

    ("team_note", "direct", None,
     "Voicemail 1412 from {{Kimberly Stanton|c322|FULL_NAME}}, asks for callback. She read the number out as "
     "'{{three five two, five five three, eight oh six five|c322|PHONE}}'. Sounded tearful. Prior hx of SI in 2021, safety "
     "plan on file. Call back today, on-call clinician if no answer by 1700."),

    ("team_note", "direct", None,
     "Family Life Counsellor log - Bldg 112.\n"
     "{{Specialist Preston|c205|FAMILY_NAME}} walk-in. Says his brother {{Calvin|c205|RELATIVE}} is 'on his case' about drinking. Not a "
     "crisis, wants someone to talk to who isn't his chain of command. Non-medical counselling, no record to unit. "
     "Next: Fri 1300."),

    ("email", "direct", None,
     "Subject: consult - first responder\n\n"
     "Dr. Amani,\n\n"
     "Could I get 15 minutes on {{D.M.|c283|INITIALS}}? {{Police officer|c283|DISTINCTIVE|occupation}} in {{Lebanon|c283|ADDRESS|city}}, ex-Marine, "
     "{{sits on the council over in Milford|c283|DISTINCTIVE|fact|Ward 5 on the Milford}}. He called in after a use-of-force incident and I'm not sure whether I'm "
     "the right fit given I also see two of his officers.\n\n"
     "Regards,\nKeith"),

    ("team_note", "direct", None,
     "INTAKE FORM (transcribed)\n"
     "Name: {{Ed Anderson|c286|NICKNAME|nickname_full}}\n"
     "DOB: {{04/08/1959|c286|DOB}}\n"
     "Branch / era: USN, Gulf War\n"
     "Employer: {{Manchester Shipyard|c286|EMPLOYER}} ({{roofing crew|c286|DISTINCTIVE|occupation}})\n"
     "Referral reason: nightmares, 'short fuse', wife left last year\n"
     "Preferred contact: landline"),

    ("email", "direct", None,
     "Subject: home visit Tues\n\n"
     "Marcus - I'll see {{Chase|c173|GIVEN_NAME}} at home on Tuesday, {{1437 Hancock Terrace|c173|ADDRESS|street}}, he's "
     "not up to the drive to the clinic since the back surgery. His husband {{Douglas|c173|RELATIVE}} will be there. Let's "
     "not chase the shipyard for the sick note, he's sorting it himself. - Priya"),

    ("case_presentation", "direct", None,
     "RSL sub-branch wellbeing program, monthly review.\n\n"
     "{{Hetty|c056|NICKNAME}}"
     " is one of our older veterans (nursing corps, Vietnam era) who still {{coaches junior ice hockey|c056|DISTINCTIVE|fact|Waverly Tigers}} and {{breeds Shiba Inus|c056|DISTINCTIVE|fact|Shiba Inus in Waverly}}. "
     "She came to us after her husband's stroke. She is sharp, funny, and furious at being 'handled'. We agreed she "
     "would lead the Thursday morning tea instead of attending it as a client, and her mood has lifted since."),

    ("team_note", "direct", None,
     "CFB outreach - notes. {{Claus Hanson|c272|MISSPELLED_NAME}}, {{police|c272|DISTINCTIVE|occupation}} (civvy side now), "
     "came to the peer group for the first time. Quiet. Wife {{Simone|c272|RELATIVE}} dropped him off and waited in the "
     "truck the whole 90 min."),

    ("case_presentation", "direct", None,
     "DISCHARGE SUMMARY - Residential PTSD Program\n\n"
     "Veteran: {{George Hill|c393|FULL_NAME}}\n"
     "Length of stay: 42 days\n\n"
     "{{Mr. Hill|c393|FAMILY_NAME}} is a 66-year-old Army veteran who works as a {{line cook|c393|DISTINCTIVE|occupation}} at "
     "{{Richmond Bowling Lanes|c393|EMPLOYER}}. He completed the program. Nightmares reduced from nightly to 1-2/wk. He "
     "plans to return to work part-time. Daughters {{Anita|c393|RELATIVE}} and {{Ashley|c393|RELATIVE}} attended the "
     "family session and will be his supports. Follow-up in outpatient clinic in 2 weeks."),

    # ---------------------------------------------------------------- quasi
    ("team_note", "quasi", None,
     "Peer support referral: the {{911 dispatcher|c065|DISTINCTIVE|occupation}} from {{Springfield|c065|ADDRESS|city}}, "
     "plays bass with {{the Midnight Saints|c065|DISTINCTIVE|fact|Midnight Saints}}. Ex-Air Force. Mother "
     "{{Audrey|c065|RELATIVE}} died in March. Pair with a peer who also lost a parent."),

    ("email", "quasi", None,
     "Subject: group fit?\n\n"
     "Hi team,\n\n"
     "Thinking about a new member for the Tuesday group. Dispatcher at the {{Oxford Fire Department|c184|EMPLOYER}}, "
     "early twenties, reservist. Dad {{Lei|c184|RELATIVE}} is a Gulf War vet himself and pushed for the referral. "
     "Also {{stood for mayor of Glendale in 2017|c184|DISTINCTIVE|fact|mayor of Glendale in 2017}}, which is a story "
     "in itself. Any objections?\n\nP."),

    ("case_presentation", "quasi", None,
     "Case for supervision. Corrections officer, works for the {{Richmond Police Department|c314|EMPLOYER}}, former "
     "military police. Married to {{Karen|c314|RELATIVE}}; they have a son, {{Eddie|c314|RELATIVE}}. "
     "Presenting with moral injury after an in-custody death. Would like to discuss pacing the trauma narrative."),

    ("social_post", "quasi", None,
     "Proud of one of our vets today. She's a {{police officer|c225|DISTINCTIVE|occupation}} in {{Centerville|c225|ADDRESS|city}} "
     "now and her {{llama Pancake|c225|DISTINCTIVE|fact|llama named Pancake}} (yes, THAT llama) came to our open day. "
     "Healing looks different for everyone. #veterans #PTSDawareness #VetsHelpingVets"),

    ("team_note", "quasi", None,
     "Note for Dr. Amani: the officer at {{Georgetown Emergency Communications|c302|EMPLOYER}} whose sister "
     "{{Elaine|c302|RELATIVE}} called the crisis line last night. Client is aware and consented to us calling back."),

    ("email", "quasi", None,
     "Subject: Re: Hawthorn Street shop\n\n"
     "I know you want to ask her to host the veterans' coffee morning at the shop, but please don't. She's on my "
     "caseload. She {{runs the vintage clothing store on Hawthorn Street|c372|DISTINCTIVE|fact|vintage clothing store on Hawthorn Street}} "
     "and {{represents Ward 4 on the Richmond council|c372|DISTINCTIVE|fact|Ward 4 on the Richmond}}, so everyone "
     "assumes she's fine. She isn't, this month.\n\n- P."),

    ("team_note", "quasi", None,
     "Vet center walk-in: {{mechanic|c090|DISTINCTIVE|occupation}} from {{Georgetown|c090|ADDRESS|city}}, ex-Army motor pool. "
     "Wife {{Hortensia|c090|RELATIVE}} came in too. Both Spanish-first; offered Sra. Delgado for the next appointment."),

    # ---------------------------------------------------------------- benign
    ("social_post", "benign", "not_a_client",
     "Huge thanks to Colonel Dana Whitcombe and Chaplain Ray Ortiz for opening the new family resilience centre on "
     "base today. Walk-ins welcome Mon-Fri. #militaryfamilies #resilience"),

    ("team_note", "benign", "deidentified",
     "Group note (no identifiers): 7 attendees, all male, ages 34-71. Theme: sleep. Two members shared about "
     "nightmares; one about anger on the road. Homework: sleep diary."),

    ("social_post", "benign", "public_figure",
     "Movie night at the vet center: Captain America. Someone said Chris Evans should come do a visit and the whole "
     "room agreed. Small wins. #veterans #movienight"),

    ("team_note", "benign", "single_attribute",
     "A dispatcher from Georgetown Emergency Communications called asking about the first-responder group. "
     "No name given. Sent the flyer."),

    ("social_post", "benign", "name_as_word",
     "12 miles with a 35 lb ruck this morning for the suicide-prevention march. Will I walk normally tomorrow? No. "
     "Was it worth it? Every step. A ray of sunshine at mile 9 helped. #22aday #ruckmarch"),

    ("email", "benign", "writer_family",
     "Subject: leave dates\n\n"
     "Hi Sarge, my husband Chase is deployed until March, so I'll need the week of the 14th for the kids' school "
     "thing. Happy to swap on-call with Dev. Thanks, Bree"),

    ("team_note", "benign", "fits_several",
     "Referral question: an ex-Army vet who now works as a police officer in Georgetown. Ask front desk for name "
     "before booking, could be one of two people we already know."),

    ("team_note", "benign", "different_clients",
     "Veterans' music night line-up: someone from Oxford Shipyard on guitar, a bassist from the Midnight Saints, "
     "and the chaplain on harmonica. Different people, all volunteers."),

    ("case_presentation", "benign", "deidentified",
     "Training vignette (fictional composite). Veteran, 40s, two tours, now in corrections. Presents with anger and "
     "alcohol use. Discuss: how do you address moral injury without pathologising it?"),
]
