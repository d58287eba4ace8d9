# Deployment, homecoming and reintegration: FRG emails, spouse groups, intake notes.
DOCS = [
    ("email", "direct", None,
     "Hi Renata,\n\nQuick one before I lose the thread. {{Kathryn Allen|c357|FULL_NAME}} called this morning — "
     "her husband {{Robert|c357|RELATIVE}} is back from the rotation Friday and she wants to push our Thursday to "
     "Monday 0900 so she isn't sitting in a session while the buses roll in at the armory. I said yes, obviously. "
     "She also asked whether the reintegration workbook is OK to do as a couple. Thoughts?\n\nM."),
    ("team_note", "direct", None,
     "Homecoming prep w/ {{Jan H.|c257|INITIALS}} ({{Bristol Shipyard|c257|EMPLOYER}}, roofing crew). Spouse home in ~3 wks "
     "after 9 mo. Pt describes 'bracing' — has rearranged the garage twice, can't sleep past 0430. Psychoed on "
     "expectation gap, drafted a 'first 72 hours' plan. F/u 2 wks."),
    ("social_post", "direct", None,
     "Today my client {{May|c286|GIVEN_NAME}} told me her son {{Chase|c286|RELATIVE}} finally let his dad hug him at the airport after "
     "eleven months of 'I don't care when he comes back.' I had to step out for a minute after. Military kids carry "
     "so much. 💙 #milspouse #therapistlife"),
    ("email", "direct", None,
     "Forwarding from the family readiness inbox — looks like it was meant for you:\n\n> hi this is {{Vickie|c235|GIVEN_NAME}}, "
     "{{Eric|c235|RELATIVE}}'s mom, we did the intake last week. my wife {{Melissa|c235|RELATIVE}} ships out the 14th and i "
     "think i need to come weekly not biweekly. best # is {{347 487 8096|c235|PHONE}}, after 3 bc of my shift at the yard\n\n"
     "Can you call her back? I'm out till Tuesday."),
    ("team_note", "direct", None,
     "Pt {{T. Smith|c258|INITIALS}} (plumber, {{Bristol Shipyard|c258|EMPLOYER}}). Husband {{Robert|c258|RELATIVE}} on a 9-month "
     "deployment, currently no comms (ship on EMCON). Pt reports hypervigilance around phone, checking news feeds "
     "hourly. Kids coping OK per pt. Discussed news limits + 'worry window'. No SI/HI."),
    ("case_presentation", "direct", None,
     "Case for Wednesday consult group. {{Mr. Korta|c372|FAMILY_NAME}} is a 45-year-old welder and Navy veteran "
     "(two Gulf deployments, separated 2009) who self-referred after his daughter {{Janina|c372|RELATIVE}} enlisted. "
     "Presenting: sleep disruption, irritability, intrusive memories of a flight-deck fire that he had 'filed away' "
     "for fifteen years. He is on the city council and worries about being seen at a clinic. Question for the "
     "group: pacing of exposure work when the trigger is a child's enlistment rather than his own service."),
    ("email", "direct", None,
     "Hello,\n\nI'm the school liaison at the base elementary. I'm writing about {{Mark Chase|c315|FULL_NAME}} "
     "(DOB {{08/10/2011|c315|DOB}}). His father {{Douglas|c315|RELATIVE}} deployed last month and {{Mark|c315|GIVEN_NAME}} has had three "
     "incidents at recess. Mom said he's seeing you. Could we set up a call with her consent?\n\nThanks,\nT. Okafor"),
    ("email", "direct", None,
     "Dr. Pham — re your waitlist: I'd put {{Matthew Garison|c060|MISSPELLED_NAME}} at the top. Husband "
     "{{Alexander|c060|RELATIVE}} just redeployed, they have a toddler, and he's working doubles at "
     "{{Salem Shipyard|c060|EMPLOYER}}. He didn't say the word 'crisis' but it was in the room. — Lou"),
    ("social_post", "direct", None,
     "Shoutout to {{Thias|c366|NICKNAME}}, who finally said the words 'I miss being deployed' out loud in group without "
     "apologizing for it. That's not a betrayal of your family, my friend. That's grief for a version of yourself. "
     "Proud of you."),
    ("team_note", "direct", None,
     "Home visit (reintegration) — {{Hetty|c321|NICKNAME}} C., {{1084 Lake Court|c321|ADDRESS|street}}. Wife "
     "{{Peggy|c321|RELATIVE}} present for first half. Discussed division of household roles that shifted during "
     "deployment. Some tension re: finances. Next visit in clinic."),
    ("email", "direct", None,
     "Hi Sam — can you add {{walterramirez99@icloud.com|c030|EMAIL}} to the Tuesday reintegration group list? He "
     "asked to be on the reminder emails. His daughters are old enough now that he wants to bring them to the "
     "family night in May, so please flag the kids' session too."),

    ("email", "quasi", None,
     "Consult request: one of my clients works at {{Salem Shipyard|c060|EMPLOYER}}; husband {{Alexander|c060|RELATIVE}} "
     "is active duty and just left again. He's asking about couples work over video while the spouse is in theater. "
     "Anyone done this with satellite-lag calls? Practical tips welcome."),
    ("team_note", "quasi", None,
     "Supervision note. Discussed the client from {{Jackson Shipyard|c193|EMPLOYER}} who {{plays timpani in the Madison "
     "Symphony Orchestra|c193|DISTINCTIVE|fact|timpani in the Madison}}: using rhythm/drumming as grounding between "
     "sessions, he says it's the only time he's not scanning the room. Keep."),
    ("social_post", "quasi", None,
     "Sending strength to a very special Navy family — he's a plumber at {{Jackson Shipyard|c343|EMPLOYER}} and his "
     "husband {{Nathaniel|c343|RELATIVE}} deploys this week. You two have done the work. You've got this."),
    ("email", "quasi", None,
     "Hi Dana, I'm trying to get a veteran from the {{Bristol Shipyard|c366|EMPLOYER}} carpentry shop into your "
     "group. You'd like him — he {{hosts the Honest Angler podcast about minor league baseball|c366|DISTINCTIVE|fact|Honest Angler podcast about minor league}} "
     "and talks about the Sea Dogs more than his own service. Any openings in June?"),
    ("team_note", "quasi", None,
     "Reintegration group roster note: new member, {{welder|c372|DISTINCTIVE|occupation}} from {{Lexington|c372|ADDRESS|city}}, "
     "works at {{Bristol Shipyard|c372|EMPLOYER}}. Veteran. Prefers seat by the door."),
    ("email", "quasi", None,
     "Marguerite — the guy I mentioned, the HVAC tech at {{Bristol Shipyard|c431|EMPLOYER}} who {{plays harp in the Clayton "
     "Symphony Orchestra|c431|DISTINCTIVE|fact|harp in the Clayton}}, is ready to talk about his brother's death in the "
     "service. Can you cover the pre-brief with me Friday?"),

    ("email", "benign", "nonclient_person",
     "FRG UPDATE — Welcome home week!\n\nBuses from the airfield are expected Saturday ~1400. SSG Dawn Whitaker is "
     "coordinating the family tent; 1SG Ray Delgado will brief soldiers before release. Please no balloons in the "
     "drill hall (last time a balloon hit the sprinkler head, ask Chief about it). Childcare from 1300 in Building 12."),
    ("social_post", "benign", "nonclient_person",
     "Hunter asked when Daddy's coming home for the fortieth time today so we made a paper chain. 212 links. He "
     "tore off three this morning 'to make it go faster.' I didn't stop him. #deploymentlife #armywife"),
    ("email", "benign", "name_as_word",
     "Team,\n\nMajor thanks to everyone who volunteered for the care packages. Chase the stragglers for the customs "
     "forms by Friday — the APO won't take anything without them. Victory lap when the last box ships. Ranger "
     "cookies go in the blue bins, not the green.\n\n— Family Readiness"),
    ("social_post", "benign", "public_figure",
     "Saw the clip of Chris Evans surprising deployed troops with video messages for their kids at the USO gala. "
     "I'm not crying, you're crying. Captain America showing up for actual Americans."),
    ("team_note", "benign", "weak_attribute",
     "Intake call from a Navy spouse in Bristol, husband on a carrier. Wants info about the spouse group only; "
     "did not want to book. Sent the flyer."),
    ("email", "benign", "single_quasi",
     "FYI — Salem Shipyard is running a hiring fair for transitioning service members on the 22nd. Worth "
     "mentioning to anyone in the veterans' group who is job hunting. Flyer attached."),
    ("case_presentation", "benign", "deidentified",
     "De-identified vignette for training: A woman in her thirties, married to an active-duty soldier, two children "
     "under seven. Third deployment in five years. She describes feeling like 'a single parent with a ghost.' "
     "Her own mother lives out of state. No prior treatment. Consider: ambiguous loss framing, community supports, "
     "and the homecoming 'honeymoon and crash' pattern."),
    ("social_post", "benign", "nonclient_person",
     "My husband Travis deploys in March and I've started doing the thing where I pre-grieve every holiday. If "
     "you're another spouse who does this: you're not crazy. Coffee at the PX Saturday?"),
    ("email", "benign", "nonclient_person",
     "Reminder: Sgt. Maj. Grace Holloway (ret.) will speak at the spouse luncheon on the 9th about her thirty "
     "years of moves. RSVP to Tina at the front desk by Monday."),
    ("social_post", "benign", "name_as_word",
     "Sunny skies for homecoming at Hangar 4 tomorrow! Bring hope, bring joy, bring earplugs for the little ones "
     "(the band is LOUD). Faith and patience if the plane is late — it usually is."),
    ("email", "benign", "nonclient_person",
     "Hi, this is Mrs. Summer Ortiz, second-grade teacher at Liberty Elementary. We're doing a 'hero wall' for "
     "families with a deployed parent. If any of your families want to contribute a photo, I can take them "
     "through the school office."),
]
