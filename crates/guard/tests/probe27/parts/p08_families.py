# Spouses and children: school liaisons, teen clients, family sessions, PCS moves.
DOCS = [
    ("email", "direct", None,
     "Hi Ms. Abernathy,\n\nThanks for the call. With her parents' consent: {{Gina Peñalver|c008|FULL_NAME}} is seeing me "
     "weekly while her father {{Cesar|c008|RELATIVE}} is deployed. At {{Lincoln High School|c008|SCHOOL}} she may need "
     "a pass to step out when she gets news alerts on her phone. Please keep this between you and her teachers of "
     "record.\n\nBest,\nDr. Kaminski"),
    ("team_note", "direct", None,
     "{{Denise H.|c007|INITIALS}}, 13, {{Auburn High School|c007|SCHOOL}} (accelerated placement). Mom {{Wendy|c007|RELATIVE}} "
     "is a deputy; after the shooting on the news {{Denise|c007|GIVEN_NAME}} has been refusing school. Session w/ both. "
     "Psychoed re: news exposure, graded return plan."),
    ("email", "direct", None,
     "School counselor — I'm writing about {{Mitchell Avila|c095|FULL_NAME}} (13). His dad {{Robert|c095|RELATIVE}} is on "
     "the county SWAT team and has been on call all week with the standoff. {{Mitchell|c095|GIVEN_NAME}} told me "
     "he's been sleeping in the hallway 'to hear the door.' Could someone check in with him at lunch?"),
    ("social_post", "direct", None,
     "A 17-year-old I work with, {{Jenn|c171|NICKNAME}}, said something today I want every first-responder parent to "
     "hear: 'I don't need Dad to tell me what he saw. I need him to stop pretending he didn't see anything.' "
     "Kids know."),
    ("email", "direct", None,
     "Intake form received for {{Sue Schmidt|c288|FULL_NAME}}, DOB {{2008-03-07|c288|DOB}}. Mother is military (Air "
     "Guard), father works nights. Please schedule after school hours, Tues/Thurs preferred."),
    ("team_note", "direct", None,
     "Family session: {{Rogelio|c144|GIVEN_NAME}} and mom {{Asunción|c144|RELATIVE}}. Second PCS move in 18 months. R. "
     "withdrawn, missing his old team. Spanish/English mix; mom more comfortable in Spanish. Worked on a "
     "'goodbye ritual' for the next move."),
    ("email", "direct", None,
     "Hi — {{Katherine Woodard|c487|FULL_NAME}} asked me to use her own cell for reminders now, not her mom's: "
     "{{(314)255-1472|c487|PHONE}}. Her mother {{Elizabeth|c487|RELATIVE}} is fine with it; she's deployed until "
     "October anyway."),
    ("case_presentation", "direct", None,
     "Adolescent consult. {{Nicholas T.|c141|INITIALS}}, 14, {{North Greenville High School|c141|SCHOOL}}. Father "
     "{{Brian|c141|RELATIVE}} is a firefighter injured in a roof collapse last fall; now home on disability. N. "
     "reports anger at his father for 'giving up.' Parentification, role reversal. How do we involve a parent "
     "who is himself in treatment elsewhere?"),
    ("email", "direct", None,
     "Jamie, can you add {{jeanetteruiz63@fastmail.com|c389|EMAIL}} to the teen group reminder list? {{Jessie|c389|NICKNAME}} "
     "says she'll actually read email if it's hers."),
    ("team_note", "direct", None,
     "Home visit, {{8547 Warner Place|c282|ADDRESS|street}}. {{Betty|c282|GIVEN_NAME}} showed me her 'Dad's deployment "
     "calendar.' Sister {{Tracy|c282|RELATIVE}} present. Good engagement."),
    ("email", "direct", None,
     "Ms. Carvajal, I'm the therapist for {{Etelvina Campos|c179|MISSPELLED_NAME}} at {{Jackson Middle School|c179|SCHOOL}}. "
     "Her father {{Cristóbal|c179|RELATIVE}} returns from deployment next week and the family asked that she be excused "
     "for the homecoming on Friday. Could you let her homeroom teacher know?"),

    ("team_note", "quasi", None,
     "Consult note: 8th grader at {{Auburn High School|c007|SCHOOL}} (accelerated), mom {{Wendy|c007|RELATIVE}} works "
     "patrol. School refusal since the incident. Plan per session."),
    ("email", "quasi", None,
     "Counselor at {{Roosevelt Middle School|c285|SCHOOL}} — one of your students, whose father {{Kevin|c285|RELATIVE}} "
     "is an Army reservist, has been having a hard time since the mobilization order. He's in treatment with me; "
     "nothing urgent, just wanted you to have context."),
    ("team_note", "quasi", None,
     "Group screen: boy, {{Jackson Middle School|c404|SCHOOL}}, father {{Christopher|c404|RELATIVE}} is a police "
     "officer. Appropriate for the first-responder kids' group."),
    ("email", "quasi", None,
     "Hi Mr. Dunn, a {{North Springfield High School|c205|SCHOOL}} student I see asked that his brother {{Wayne|c205|RELATIVE}} "
     "be allowed to walk him to the counseling office on Mondays. Their dad is deployed. Is that OK with the school?"),
    ("team_note", "quasi", None,
     "Teen group: new member from {{North Lebanon High School|c062|SCHOOL}}, mother {{Tammy|c062|RELATIVE}} is a "
     "Navy corpsman. Very articulate. Good fit."),
    ("email", "quasi", None,
     "Re: the {{Roosevelt Middle School|c480|SCHOOL}} student who {{breeds champion Whippets in Hudson|c480|DISTINCTIVE|fact|Whippets in Hudson}} — "
     "yes, she is the one whose mom is deployed. She's agreed to talk about the dogs at the kids' group as her "
     "'show and tell.'"),

    ("social_post", "benign", "nonclient_person",
     "My daughter Summer starts kindergarten Monday and her dad will see it on FaceTime from Kuwait. If you're a "
     "military parent doing milestones over video: I see you."),
    ("social_post", "benign", "name_as_word",
     "PCS update: we made it! Sky and Ranger (the kids' hamsters) survived 1,200 miles in the minivan. Duke the "
     "dog did not enjoy Kansas. Chase is the name of the moving company and they were great."),
    ("email", "benign", "single_quasi",
     "Roosevelt Middle School is starting a club for military kids (Tuesdays at lunch). The school asked us to "
     "spread the word to families."),
    ("team_note", "benign", "weak_attribute",
     "Phone screen: a 14-year-old in Florence whose mom is a dispatcher. Parent wants info only."),
    ("social_post", "benign", "public_figure",
     "Michelle Obama and Jill Biden started Joining Forces years ago and military kids' mental health is still the "
     "part everyone forgets. Grateful for the attention."),
    ("email", "benign", "nonclient_person",
     "Hello! I'm Mrs. Faith Adeyemi, the new military-family liaison at Westbrook Elementary. I'd love to connect "
     "with therapists who see our families. Coffee?"),
    ("social_post", "benign", "nonclient_person",
     "Our son Jack asked why Daddy sleeps in the day and 'works at night with the sirens.' We got him the kids' book "
     "about firefighter parents. Recommend."),
    ("case_presentation", "benign", "deidentified",
     "De-identified example for the school-liaison training: a middle schooler whose parent is a police officer "
     "shows increased anxiety after a line-of-duty death in a neighboring county. The student has not told "
     "friends what the parent does. Discuss: classroom supports, what the school should and should not be told."),
    ("email", "benign", "nonclient_person",
     "Coach Mark Delgado is organizing a free youth clinic for children of military and first-responder families "
     "at the rec center. Ages 8–14. Sign-ups on the flyer."),
    ("social_post", "benign", "name_as_word",
     "Will the kids be okay? That's the question every deployed parent asks. Honestly: mostly yes, if somebody at "
     "home has room to feel things. Joy and worry can share a kitchen table."),
    ("social_post", "benign", "public_figure",
     "Fun fact for the kids' art group: Bob Ross was a master sergeant in the Air Force and decided he'd never yell "
     "again once he got out. Happy little trees."),
]
