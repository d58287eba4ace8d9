"""IEP, 504, EHCP and learning-support meetings; school-based counselling logs."""
DOCS = [
("case_presentation", "direct", None, """EHCP annual review – therapist's contribution.
Child: {{Harold Abbott|c119|FULL_NAME}}   DOB: {{29.07.2010|c119|DOB}}   Setting: {{North Franklin High|c119|SCHOOL}}
Section E outcomes reviewed. {{Harold|c119|GIVEN_NAME}} now uses his exit card independently and has had no fixed-term exclusions this year. Sensory needs in the dining hall remain. I recommend the 1:1 check-in with the SENCO continues three times a week."""),

("team_note", "direct", None, """IEP meeting, 9:00, conference room B. Attended for {{Lindsay Young|c283|MISSPELLED_NAME}}: mother, school psych, case manager, gen-ed teacher, me. Accommodations agreed: extended time (1.5x), breaks on request, separate setting for tests. Dad joined by phone at 9:40. Next review in spring."""),

("email", "direct", None, """Subject: Re: {{Wendy Ramirez|c173|FULL_NAME}} — EHC needs assessment

Dear Mrs. Bardsley,

Thank you for your letter. I support the request for an EHC needs assessment and attach my report. I have seen {{Wendy|c173|GIVEN_NAME}} fortnightly since September; her mother, {{Maureen|c173|RELATIVE}}, has been consistent in bringing her despite working full-time. Please let me know when the LA panel meets.

Kind regards,
Orla Keating"""),

("team_note", "direct", None, """504 plan meeting for {{Day Levy|c412|NICKNAME|nickname_full}}: school agreed to a quiet space pass and advance notice of fire drills. He asked to keep the word "anxiety" out of the plan, which the coordinator accepted. Copy to parents."""),

("social_post", "direct", None, """Sat through a three-hour IEP meeting for {{Jaap|c476|NICKNAME}} today and watched his mum fight for every single accommodation like a lioness. If you are a parent doing this alone: you are not "difficult", you are advocating. #IEP #specialeducation"""),

("case_presentation", "direct", None, """School-based counselling caseload review: {{K.R.|c441|INITIALS}}, 17, {{Kennedy Middle School|c441|SCHOOL}} (held back twice), works evenings at {{Mays's Diner|c441|EMPLOYER}}. Presenting: chronic absence, suspected undiagnosed dyslexia. Recommendation: full educational psychology assessment before any attendance sanction."""),

("email", "direct", None, """Subject: ILP meeting – Term 3

Hi Ms. Ngata,

Ahead of the Individual Learning Plan meeting for {{Michelle Perry|c292|FULL_NAME}}, a quick note that her dad, {{Jay|c292|RELATIVE}}, has asked for correspondence to go to the new address: {{2567 High Avenue, Lebanon|c292|ADDRESS|street}}. I'll be there via video. Her goals from my end are mostly around group work.

Cheers,
Kirra Whaanga"""),

("team_note", "direct", None, """School counselling log, Tues. {{Marianna Klaus|c217|FULL_NAME}}, 12:40–13:10. Reported being excluded from the orchestra group chat. Tearful. Agreed to speak to the music teacher together on Thursday. Sister {{Julianna|c217|RELATIVE}} to collect her today."""),

("email", "direct", None, """Subject: SEND tribunal – supporting letter

Dear {{Ms. Alyssa Johnson|c094|FULL_NAME}},

Please find attached my supporting letter for the tribunal regarding {{Shannon|c094|RELATIVE}}'s placement. I have sent a copy only to you, at {{a.johnson@hotmail.com|c094|EMAIL}}, as requested. Let me know if your solicitor needs it on letterhead.

Best wishes,
Orla"""),

("case_presentation", "direct", None, """Student support team (Irish Junior Cycle). {{Charles Guyot|c318|FULL_NAME}}, 15, {{Kennedy Middle School|c318|SCHOOL}}, exempted from Irish on language grounds. Mother {{Hélène|c318|RELATIVE}} and father {{Nicolas|c318|RELATIVE}} both attended. Concern: reduced timetable is becoming permanent. Plan: phased return over six weeks with counselling support."""),

("team_note", "direct", None, """Mr. {{Sölzer|c392|FAMILY_NAME}} attended the school's learning-support meeting for {{Ottokar|c392|RELATIVE}} with me. He asked that the German-language assessment be considered. Teacher will send the Förderplan draft by Friday."""),

("case_presentation", "quasi", None, """IEP team consultation. 15-year-old girl at {{Franklin High|c283|SCHOOL}}, who {{competed on The Voice (season 5)|c283|DISTINCTIVE|fact|season 5 of The Voice}} as a child and has struggled with "being known" since. Accommodations requested for performance anxiety in oral presentations. The team is split on whether this is an IEP matter at all."""),

("team_note", "quasi", None, """Counselling check-in: 15yo, the girl who {{made the Oxford Herald for pulling a child out of the river|c209|DISTINCTIVE|fact|Oxford Herald for rescuing a child}} and who was also {{on The Voice, season 26|c209|DISTINCTIVE|fact|season 26 of The Voice}}. Peers calling her "attention-seeking". Low mood. Review in 1 week."""),

("email", "quasi", None, """Subject: 504 coordinator

Hi Ms. Okafor,

About the 9th grader whose family runs {{the record shop on Church Court|c412|DISTINCTIVE|fact|record shop on Church Court}}: his sister {{Tammy|c412|RELATIVE}} is the one who spotted the panic attacks. She'd like to be included in the 504 planning as his support person, if he agrees.

Thanks,
Imogen"""),

("social_post", "quasi", None, """One of my students at {{Lancaster High|c217|SCHOOL}} just got a seat in the {{Manchester Symphony|c217|DISTINCTIVE|fact|cello in the Manchester Symphony}} cello section at fifteen, with an IEP for anxiety, after everyone told her performing "wasn't for kids like her". 🎻 #neurodivergent #schoolcounselor"""),

("team_note", "quasi", None, """Counselling log: Year 9 girl, {{Hawthorne High|c021|SCHOOL}}, {{runs a vintage clothing stall/shop on Orchard Drive|c021|DISTINCTIVE|fact|vintage clothing store on Orchard Drive}} with her mum at weekends. Proud of it; school staff think it's "distracting her". Discussed the strength in it."""),

("case_presentation", "quasi", None, """Case for consultation: a 16-year-old boy at {{Hawthorne High School|c009|SCHOOL}}; mother {{Sarah|c009|RELATIVE}} and father {{James|c009|RELATIVE}} disagree about medication for his ADHD. The IEP team has asked me to "mediate". I'd like to think about the therapist's role when school, parents and teen all want different things."""),

("email", "quasi", "distinctive+relative", """Subject: Re: learning support

Hi Mr Hennessy,

The lad whose family has {{the record shop on School Drive|c043|DISTINCTIVE|fact|record shop on School Drive}} — his older brother {{Daryl|c043|RELATIVE}} is coming to the meeting instead of mum. That's fine by me; {{Daryl|c043|RELATIVE}} is the one who does homework with him anyway.

Orla"""),

("social_post", "benign", "therapy_life", """IEP tips for parents, from a therapist who has sat through a lot of them: 1) Ask for the draft in advance. 2) Bring one person just to take notes. 3) "Can you show me the data?" is a complete sentence. 4) You can sign for attendance and not agreement. #IEP #parenting"""),

("team_note", "benign", "nonclient_person", """Meeting with Mrs. Gillespie (SENCO) and Mr. Strachan (head of Year 8) about the new referral pathway. Agreed a termly liaison meeting. No individual pupils discussed."""),

("email", "benign", "name_as_word", """Subject: EHCP timelines

Hi Fiona,

Patience, everyone: the LA has 20 weeks from the request to issue a plan, and they usually take all of it. There's a grace period for the draft too. Please don't promise families anything sooner.

Orla"""),

("case_presentation", "benign", "deidentified_case", """Teaching case (identifying details removed with consent). A 12-year-old with a diagnosis of autism and an EHCP naming a mainstream school; the placement broke down after two terms. We review the plan's outcomes, what the therapy contributed, and how the child's own views were (and weren't) captured."""),

("social_post", "benign", "public_figure", """"Different, not less." — Temple Grandin. Read it out at an IEP meeting today when the word "deficit" came up for the ninth time. Nobody argued. #autism #neurodiversity"""),

("team_note", "benign", "single_quasi", """Training: delivered the trauma-informed classroom session to Plymouth High School's SEN department (14 staff). Feedback forms collected. Follow-up requested for spring."""),

("email", "benign", "weak_attribute", """Subject: referral query

Hi Ailsa,

Could you take a Year 9 boy with dyslexia and low self-esteem? He's 14, lives ten minutes from us, and his parents are keen for him to be seen after school. Nothing urgent.

Imogen"""),

("social_post", "benign", "public_figure", """Reading list for my school-counselling kids this term: Matilda (for the bookish ones who feel unseen), Wonder (for the ones who feel looked at too much), and Harry Potter, because Hermione is the patron saint of kids with anxiety who do all the homework anyway. 📚"""),

("team_note", "benign", "nonclient_namesake", """Personal: I'll miss the 2pm IEP on Thursday — it's my daughter Lindsey's own parent-teacher meeting at the same time. Tadhg will cover."""),
]
