# Duty-to-warn / duty-to-protect consultations, risk supervision, notifications to police and potential victims.
DOCS = [
("email", "direct", None,
 "Subject: URGENT consult — possible duty to warn\n\nHi Ellen,\n\nNeed to talk today. {{Brandon Gaines|c042|FULL_NAME}} said in session this morning that if his shift lead at the brewery "
 "'writes him up one more time' he'll 'make sure he doesn't come back'. He has access to firearms (hunting). I'm not sure it meets the threshold. Can you call me before 3?\n\nMarcus"),
("team_note", "direct", None,
 "Risk consult (Dr. Feld + me). {{Jared|c080|GIVEN_NAME}} — threats toward ex-business partner are vague, no plan, no means identified, no history of violence. "
 "Decision: no warning required at this time; increase sessions to twice weekly; document rationale. Revisit Friday."),
("team_note", "direct", None,
 "Mr {{Cherry|c085|FAMILY_NAME}} named a specific person (the neighbour, Mr. Dale Henshaw) and a time ('after the hearing on the 19th'). Consulted legal counsel 16:10. "
 "Warned the neighbour by phone and notified Hudson PD (incident 25-60418). Client informed of the disclosure at 17:30; angry but calmer by the end."),
("team_note", "direct", None,
 "Interpreter-assisted session. {{Σταμάτιος Σπάλας|c102|FULL_NAME}} said (in Greek, interpreter present) he 'will deal with' the man who assaulted his son. "
 "Interpreter confirms the phrase is ambiguous. Safety planning; consult booked with the risk lead for tomorrow 9:00."),
("email", "direct", None,
 "Subject: Can't reach client\n\nAfter yesterday's session I've tried {{Vincent Wyatt|c118|FULL_NAME}} three times on {{660.366.8505|c118|PHONE}}. Given what he said about his brother, "
 "I'd like a second opinion on whether we should request a welfare check.\n\nNia"),
("email", "direct", None,
 "Subject: follow-up after Tuesday\n\n{{Gabriel|c133|GIVEN_NAME}},\n\nI'm writing to your personal address ({{g.chico@outlook.com|c133|EMAIL}}) as we agreed. I wanted to follow up on what you said about "
 "your coworker. As discussed, if I believe someone is in serious danger I may have to act. I'd like to see you again on Friday.\n\nDr. Ines Abara"),
("team_note", "direct", None,
 "{{Carlos Osbourne|c164|MISSPELLED_NAME}} — homicidal ideation toward husband's ex-partner? Clarified: intrusive thoughts, ego-dystonic, no intent. NOT a duty-to-warn situation. "
 "OCD formulation. Consulted with Dr. Feld, who agreed."),
("team_note", "direct", None,
 "Police notification made (duty to protect). Client's address given to dispatch as {{3981 Rogers Street|c172|ADDRESS|street}}, Dover, for a welfare check; Ms {{Lamb|c172|FAMILY_NAME}} had left "
 "the session saying she would 'end it tonight' and had taken her wife's car. Officers found her at home 19:20."),
("email", "direct", None,
 "Subject: Tarasoff consult record\n\nFor the file: consultation re client {{Mark Turner|c181|FULL_NAME}} (DOB {{1981-01-20|c181|DOB}}). Statement concerned his husband's employer. "
 "Consensus: threshold not met. Plan: weekly risk review, means restriction discussion (lighters — he's a firefighter, ironically).\n\nClinical lead"),
("team_note", "direct", None,
 "Consult: {{J.R.|c219|INITIALS}}, IT support at {{PowellTech|c219|EMPLOYER}}, has been reading his manager's emails and says 'he'll find out what it feels like'. "
 "No violence history. Cyber not physical? Discussed with risk lead; no warning; revisit next week."),
("team_note", "direct", None,
 "{{Silas|c223|GIVEN_NAME}} disclosed a gun in the truck and thoughts about his daughters' mother. Risk high. Notified police and the named person per protocol at 15:45. "
 "{{Silas|c223|GIVEN_NAME}} agreed to hand the gun to his brother-in-law; confirmed by phone."),
("team_note", "direct", None,
 "Supervision: {{Iris Smith|c273|FULL_NAME}} — threat was toward herself, not others. Duty-to-warn doesn't apply; this is a safety plan, not a Tarasoff. "
 "Reminder to the trainee to separate the two clearly in the note."),
# quasi
("email", "quasi", None,
 "Subject: risk consult\n\nClient is a {{UX designer|c015|DISTINCTIVE|occupation}} in {{Oxford|c015|ADDRESS|city}} at {{Vector Labs|c015|EMPLOYER}}. Said today that she'd 'like to see the CEO in a box'. "
 "Context was sarcastic but I want a second pair of eyes.\n\nFinn"),
("team_note", "quasi", None,
 "Duty-to-warn consult: {{insurance adjuster|c014|DISTINCTIVE|occupation}} in {{Quincy|c014|ADDRESS|city}}, {{plays cello in the Salem Symphony Orchestra|c014|DISTINCTIVE|fact|cello in the Salem Symphony}}. "
 "Made comments about the conductor. No plan. Not meeting threshold; document and monitor."),
("team_note", "quasi", None,
 "Consult request: client works at {{Knox & Sons Plumbing|c174|EMPLOYER}}, {{keeps a pet alpaca named Turnip|c174|DISTINCTIVE|fact|alpaca named Turnip}} (the viral one). "
 "Threats toward a neighbour who reported the alpaca to the council. Means: tools, vehicle. Moderate."),
("email", "quasi", None,
 "Subject: Second opinion please\n\nBartender at the {{Grand Auburn Hotel|c157|EMPLOYER}}, {{hosts the Backyard Mechanic podcast about sourdough|c157|DISTINCTIVE|fact|Backyard Mechanic podcast about sourdough}}. "
 "Mentioned a co-host he 'could strangle'. I think it's a figure of speech. Do you?\n\nK."),
("team_note", "quasi", None,
 "Risk review: {{warehouse associate|c306|DISTINCTIVE|occupation}} in {{Plymouth|c306|ADDRESS|city}} who {{owns the coffee roastery on Johnson Terrace|c306|DISTINCTIVE|fact|coffee roastery on Johnson Terrace}}. "
 "Threatening texts from a supplier, not from client — client is the potential victim. Advised police report."),
("team_note", "quasi", None,
 "Duty-to-protect assessment: client at {{Graham Foods|c371|EMPLOYER}} who {{owns the tattoo studio on Ferry Street|c371|DISTINCTIVE|fact|tattoo studio on Ferry Street}}. Spoke about a rival shop owner. "
 "Risk low-moderate. Safety plan reviewed."),
# benign
("team_note", "benign", "public_figure",
 "Training refresher: Tarasoff v. Regents (1976). Prosenjit Poddar, Tatiana Tarasoff, and why 'protective privilege ends where the public peril begins'. Slides in the shared folder."),
("team_note", "benign", "nonclient_person",
 "Consult: a client made a veiled threat toward his supervisor, Ms. Rebecca Jones, at the warehouse. Not specific; no means. Threshold not met. No identifying details of the client recorded here."),
("email", "benign", "name_as_word",
 "Subject: Will he act?\n\nWill he act on it? That's the question we can't answer, so we document the reasoning. Frank conversations with clients about limits of confidentiality at intake help.\n\nEllen"),
("case_presentation", "benign", "deidentified",
 "Training vignette (fictional composite): A client in his 30s tells you he 'could kill' his landlord after an eviction notice. He has no weapons, no history of violence, "
 "and laughs afterwards. Discuss: threshold, consultation, documentation, and when to re-assess."),
("team_note", "benign", "weak_attribute",
 "Duty-to-warn consult re a firefighter in his 40s. No plan, no identified victim. No action beyond monitoring."),
("team_note", "benign", "single_quasi",
 "Risk consult: the client works at Bell's Diner and talked about 'burning the place down' after being passed over. Assessed as venting. Consulted Dr. Feld."),
("email", "benign", "nonclient_person",
 "Subject: on-call this weekend\n\nDr. Feld is on call for risk consults this weekend. If you can't reach him, try Dr. Susan Adams on the hospital liaison line.\n\nAdmin"),
("social_post", "benign", "name_as_word",
 "Duty to warn isn't about fear, it's about care. Hope, honesty, and a good consult group. #clinicalsupervision"),
("team_note", "benign", "nonclient_person",
 "Hudson PD's liaison for threat notifications is now Officer Craig Turner (ext. 312). He asked that we always give the incident number."),
("email", "benign", "public_figure",
 "Subject: article\n\nThe piece on the Parkland shooter's missed warnings is worth reading before Thursday's risk seminar. Lots on what schools and clinicians knew.\n\nMarcus"),
("team_note", "benign", "weak_attribute",
 "New risk flag: client is a surgeon in Bristol, made a comment about a colleague. Context suggests frustration, not intent. Review next week."),
]
