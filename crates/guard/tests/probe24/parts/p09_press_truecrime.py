# Press enquiries about a notorious case, true-crime podcasts, therapists' social posts.
DOCS = [
("social_post", "direct", None,
 "Yes, my client's name really is {{Taylor Swift|c226|FULL_NAME}}. No, she's not that one — she's a retired paramedic who testified in a manslaughter trial last month and "
 "the court reporter couldn't stop grinning. {{Taylor|c226|GIVEN_NAME}} handled it beautifully. #therapistlife"),
("email", "direct", None,
 "Subject: Press enquiry — Waverly mayoral candidate\n\nHi,\n\nI'm a reporter at the Waverly Gazette. We understand that {{Dustin Brooks|c092|FULL_NAME}}, who is standing for mayor, attended "
 "court-ordered counselling at your practice after the 2019 assault charge. Can you confirm? Deadline 5pm.\n\nRegards,\nPaige Dorsey"),
("email", "direct", None,
 "Subject: RE: Press enquiry — Hamilton council\n\nMs Dorsey,\n\nOff the record, {{Kelly Williams|c018|FULL_NAME}} did see one of our counsellors for a while, but that was years ago and "
 "I really don't think it's relevant to the story.\n\n(Practice administrator — sent without authorisation; see incident report IR-25-014)"),
("team_note", "direct", None,
 "Incident: a journalist called about the firefighter mayoral candidate and the front desk said '{{Brian Taylor|c031|FULL_NAME}}? He's not in today.' Breach. "
 "DPO notified, client to be informed by the clinical lead this afternoon."),
("email", "direct", None,
 "Subject: podcast request\n\nHi,\n\nMr {{Weiss|c123|FAMILY_NAME}} — the host of the Small Town Collector true-crime podcast — has asked me to appear as 'his therapist' in an episode "
 "about the Station Road case. I've declined. Flagging in case the producers contact the practice directly.\n\nL."),
("team_note", "direct", None,
 "Session: {{Cécile Garcia|c010|FULL_NAME}} worried that a reporter digging into the 2012 mayoral race will find her old restraining order. Worked on what she wants to say if "
 "asked; she may speak to a media lawyer."),
("email", "direct", None,
 "Subject: Re: your episode\n\nHi {{Tina|c093|GIVEN_NAME}},\n\nThanks for sending the episode from {{t.li@yahoo.com|c093|EMAIL}}. I listened. I'd gently suggest we talk in session about how covering the "
 "Harmon case is affecting your sleep before you record the next part.\n\nBest,\nGrace"),
("team_note", "direct", None,
 "Ms {{Douglas|c135|FAMILY_NAME}} (true-crime podcast host) — received threats after her episode on the Lancaster murders. Police involved. Panic symptoms. "
 "She wants a letter for the court about the impact; agreed to a factual letter."),
("email", "direct", None,
 "Subject: callback\n\nHi, a producer from a Netflix documentary called asking about {{Cheryl Curry|c188|FULL_NAME}}. I didn't confirm anything. {{Cheryl|c188|GIVEN_NAME}} asked us to call her on {{505-600-8380|c188|PHONE}} "
 "if anyone ever asked — I've left her a message.\n\nReception"),
("team_note", "direct", None,
 "Interpreter-assisted session. {{尚波|c339|FULL_NAME}} is being doxxed after the podcast episode about the unsolved Oakland case. Safety planning. Agreed to ask police about a "
 "harassment warning."),
("case_presentation", "direct", None,
 "Consultation: client {{Jessica Robbins|c129|FULL_NAME}}, DOB {{July 23, 1978|c129|DOB}}, hosts a true-crime podcast and has been subpoenaed as a witness after a listener confessed on air. "
 "Issues: vicarious trauma, media attention, whether therapy notes are discoverable."),
("team_note", "direct", None,
 "{{Ted|c054|NICKNAME}} says his colleagues at the hotel call him 'Ted Bundy' since the documentary came out. He hates it. We explored the shame underneath; "
 "he has a crime podcast of his own and feels 'tainted by it'."),
# quasi
("email", "quasi", None,
 "Subject: reporter as client\n\nHi team,\n\nNew client is a {{journalist|c328|DISTINCTIVE|occupation}} in {{Clayton|c328|ADDRESS|city}} at {{Hamilton Public Radio|c328|EMPLOYER}}, covering the Garrison murder trial. "
 "Secondary trauma from the evidence. Flagging because he may be in the press gallery if any of us testify.\n\nNora"),
("team_note", "quasi", None,
 "Referral: {{journalist|c377|DISTINCTIVE|occupation}}, {{Kingston|c377|ADDRESS|city}}, {{represents Ward 3 on the Madison city council|c377|DISTINCTIVE|fact|Ward 3 on the Madison}}. "
 "Covering the notorious Eastwood case; receiving threats. Anxiety, insomnia."),
("email", "quasi", None,
 "Subject: Potential conflict\n\nThe {{journalist|c425|DISTINCTIVE|occupation}} in {{Marion|c425|ADDRESS|city}} who {{coaches the Marion Rockets under-14 soccer team|c425|DISTINCTIVE|fact|Marion Rockets}} "
 "wants to start therapy. She's writing a book about the Pryce trial, in which our clinic director gave evidence. Refer out?\n\nAbbie"),
("team_note", "quasi", None,
 "Press-related: client works at {{Benson Creative|c114|EMPLOYER}} and {{ran for mayor of Eastport in 2024|c114|DISTINCTIVE|fact|mayor of Eastport in 2024}}. Reporters asking about his "
 "son's arrest. Discussed media boundaries."),
("email", "quasi", None,
 "Subject: new referral\n\nHe's a {{journalist|c250|DISTINCTIVE|occupation}} in {{Springfield|c250|ADDRESS|city}}, was a {{contestant on season 7 of MasterChef|c250|DISTINCTIVE|fact|season 7 of MasterChef}}, and is covering "
 "a murder trial where he knew the victim. Can someone see him this week?\n\nO."),
# benign
("email", "benign", "nonclient_person",
 "Subject: Media enquiry — Pryce case\n\nDear Ms Dorsey,\n\nThank you for your enquiry about Gareth Pryce. This practice does not comment on whether any individual is or has been a client, "
 "and we will not be commenting on the trial. Please direct questions to the court press office.\n\nPractice Manager"),
("social_post", "benign", "public_figure",
 "Emma Stone playing a true-crime obsessive would be perfect casting. Half my caseload listens to murder podcasts to fall asleep. Discuss. 🎧"),
("team_note", "benign", "public_figure",
 "Reading group: the Dahmer series and the families' objections. How do we talk to clients who are re-traumatised by dramatisations of real crimes?"),
("social_post", "benign", "public_figure",
 "Remember when Taylor Swift testified in that groping trial and asked for $1? Best demonstration of boundaries I've ever seen. Using it in my assertiveness group. #boundaries"),
("email", "benign", "public_figure",
 "Subject: the slap\n\nSomeone asked in group whether Will Smith should have been charged. Interesting discussion about consequences, accountability and celebrity.\n\nKat"),
("team_note", "benign", "name_as_word",
 "Press were camped outside the courthouse again; we moved the 10:00 group to the side entrance. No one gave chase. Faith restored in the court security team."),
("email", "benign", "nonclient_person",
 "Subject: interview request\n\nHi, I'm Kevin Smith, a producer at KPR. We're making a series on the Harmon case and would like to speak to a therapist about trauma in general — "
 "not about any client. Would anyone be willing?\n"),
("social_post", "benign", "public_figure",
 "Nine years after Making a Murderer, Steven Avery is still in prison and Brendan Dassey's confession is still taught in every interrogation course. Let that sink in."),
("case_presentation", "benign", "deidentified",
 "Media and confidentiality — team briefing\n\nIn the last year we received 11 press enquiries about 4 high-profile cases. None were answered with client information. One "
 "staff member confirmed an appointment by phone (now addressed). Guidance attached."),
("team_note", "benign", "single_quasi",
 "Reporter asked whether we see 'the woman who painted the giant mural on Walnut Court'. Declined to comment. Logged."),
("team_note", "benign", "weak_attribute",
 "Press call about 'a lawyer from Arlington in therapy with you'. No comment given. Logged."),
]
