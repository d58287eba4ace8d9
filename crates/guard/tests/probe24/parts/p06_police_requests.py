# Police requests for records, and the practice's replies (some over-disclose, some refuse correctly).
DOCS = [
("email", "direct", None,
 "Subject: Request for information — Op KESTREL / crime ref 42/18830/25\n\nDear Sir/Madam,\n\nI am investigating an allegation of fraud and believe that {{Marissa Perez|c011|FULL_NAME}} "
 "(DOB {{14/01/1980|c011|DOB}}) may be a patient at your practice. Please confirm whether she attended on 3 April between 14:00 and 16:00.\n\nDC Ravi Sharma, Economic Crime Unit"),
("email", "direct", None,
 "Subject: RE: Request for information — Op KESTREL\n\nDC Sharma,\n\nYes, {{Rissa|c011|NICKNAME}} was here that afternoon — her session ran 14:00–14:50 and she seemed very stressed about "
 "money, which I suppose is relevant. She's been with us since 2022 for anxiety. Let me know if you need anything else.\n\nReception"),
("team_note", "direct", None,
 "Incident review: reception confirmed to police by phone that {{Rich Baker|c130|FULL_NAME}} was a client and gave his appointment times, without consent or a court order. "
 "{{Richard Baker|c130|FULL_NAME}} has been informed; complaint likely. Retraining for all front-desk staff scheduled."),
("team_note", "direct", None,
 "Welfare check: police attended at 21:40 asking whether {{Dakota Hart|c182|FULL_NAME}} had said anything about harming herself. Told them our duty clinician would call back. "
 "Called {{Dakota|c182|GIVEN_NAME}} — safe, at her mum {{Tamara|c182|RELATIVE}}'s. Informed police that the welfare concern was resolved, no clinical detail shared."),
("email", "direct", None,
 "Subject: Production order — {{Brad Weaver|c189|FULL_NAME}}\n\nPlease find attached a production order (Stillwater Magistrates, 28 May) for records relating to {{Brad Weaver|c189|FULL_NAME}}, "
 "email {{brad.weaver@proton.me|c189|EMAIL}}. Records to be provided within 7 days to DS Anita Kowal, Digital Forensics.\n\nStillwater Police Disclosure Unit"),
("email", "direct", None,
 "Subject: Re: your call\n\nOfficer,\n\nFollowing your call, I can confirm the mobile number we hold for Mr {{Caldwell|c225|FAMILY_NAME}} is {{540-237-0491|c225|PHONE}}. "
 "I hope this helps you reach him.\n\n(Sent by the practice manager; please note this should have gone through the records officer.)"),
("team_note", "direct", None,
 "Police at the door 09:05 asking for {{Kyle Phillips|c244|FULL_NAME}}'s address. Refused — asked for the request in writing. Officer already had it anyway: "
 "'{{2485 Meadow Court|c244|ADDRESS|street}}, Eastport, right?' Did not confirm. Logged and escalated to the DPO."),
("email", "direct", None,
 "Subject: Subject access vs police request\n\nHi Saoirse,\n\nThe police have asked for everything we hold on {{Ronny Steffenson|c268|MISSPELLED_NAME}}. He's a victim, not a suspect, and he "
 "wants us to share. I'd still rather send a summary than the full notes. Can you review before it goes?\n\nT."),
("team_note", "direct", None,
 "Mr {{Nissen|c316|FAMILY_NAME}} — disclosed today that police want to interview him as a witness in the Richmond fraud case and have asked for 'his therapist's view'. "
 "Discussed boundaries. He does not consent to release of notes. Will write to DC Sharma declining."),
("email", "direct", None,
 "Subject: records request\n\nDear DC Moreno,\n\nRe your request of 29 May concerning {{K.T.|c323|INITIALS}}, journalist at {{Contreras Creative|c323|EMPLOYER}}: without her written consent "
 "or a court order we are unable to release records. She has been informed of your request.\n\nYours sincerely,\nRecords Officer"),
("team_note", "direct", None,
 "{{Thom|c335|NICKNAME}} brought a letter from the police — they want his records because of the rescue at the river (he's a witness, apparently). He is fine with a short "
 "summary. Told him we'll draft it together next week."),
("email", "direct", None,
 "Subject: Confirmation of identity\n\nHi,\n\nPolice asked us to confirm a date of birth for a client they're trying to trace. I've replied that {{Phillip Wallace|c396|FULL_NAME}}'s "
 "DOB on our system is {{17/08/1965|c396|DOB}}. Was that OK? It felt harmless.\n\nJosie (admin)"),
("team_note", "direct", None,
 "Supervision: police asked for {{Dustin Beck|c435|FULL_NAME}}'s notes after his wife {{Cheryl Gallagher|c435|RELATIVE}} reported a threat. Duty-to-warn not met (no specific threat "
 "to an identifiable person in session). Advised: respond via legal, no notes without order."),
# quasi
("email", "quasi", None,
 "Subject: Records request from a client's own department\n\nHi all,\n\nTricky one: a client who works for {{Manchester Police Department|c288|EMPLOYER}} and {{drums in the Midnight Owls|c288|DISTINCTIVE|fact|Midnight Owls}} — "
 "his own department's professional-standards unit has asked us for his attendance. He hasn't consented. I'm saying no. Agree?\n\nLeah"),
("team_note", "quasi", None,
 "Police request (internal affairs) concerning a client who works at {{Hudson Police Department|c491|EMPLOYER}} and {{plays bass in the Hollow Hounds|c491|DISTINCTIVE|fact|Hollow Hounds}}. "
 "Refused pending consent. Client distressed that her colleagues know she's in therapy."),
("email", "quasi", None,
 "Subject: Sheriff's office request\n\nThe {{Hamilton County Sheriff's Office|c229|EMPLOYER}} wants to know if our client who {{plays French horn in the Clayton Symphony Orchestra|c229|DISTINCTIVE|fact|French horn in the Clayton}} "
 "is 'fit for duty'. That's a fitness-for-duty evaluation, not something we do. Declining.\n\nR."),
("team_note", "quasi", None,
 "Records request received from the fire marshal about a client — {{police officer|c390|DISTINCTIVE|occupation}} in {{Oakland|c390|ADDRESS|city}}, {{represents Ward 7 on the Hudson city council|c390|DISTINCTIVE|fact|Ward 7 on the Hudson}}. "
 "Request is vague. Asked them to specify the legal basis."),
("email", "quasi", None,
 "Subject: FYI\n\nA {{911 dispatcher|c108|DISTINCTIVE|occupation}} from {{Dayton|c108|ADDRESS|city}} who {{plays harp in the Stillwater Symphony Orchestra|c108|DISTINCTIVE|fact|harp in the Stillwater}} "
 "called to ask whether the sheriff's office can see her therapy records. Told her no, not without her consent or a court order."),
("team_note", "quasi", None,
 "Client ({{911 dispatcher|c413|DISTINCTIVE|occupation}}, {{Hamilton|c413|ADDRESS|city}}; {{owns the yoga studio on Maple Court|c413|DISTINCTIVE|fact|yoga studio on Maple Court}}) worried about a police request "
 "linked to a caller he took on shift. We have received nothing. Reassured."),
# benign
("email", "benign", "nonclient_person",
 "Subject: RE: Request for information\n\nDear DC Sharma,\n\nWe can neither confirm nor deny whether the person named in your request is or has been a client of this practice. "
 "If you have a court order or the individual's signed consent, please send it to records@ and we will respond within the statutory timeframe.\n\nRecords Officer"),
("team_note", "benign", "nonclient_person",
 "Police liaison meeting: DS Jonathan Anderson and PC Amy Gonzalez from the local policing team. Agreed a single point of contact for records requests. Minutes to follow."),
("email", "benign", "public_figure",
 "Subject: training idea\n\nCould we use the Karen Read trial as a case study for the 'police and records' training? The way the defence used phone data is a good prompt.\n\nNell"),
("team_note", "benign", "single_quasi",
 "Police request concerning a client who works at Dayton Emergency Communications. No consent on file; refused. Waiting for the officer to call back."),
("team_note", "benign", "weak_attribute",
 "Phone call from an officer asking whether we see 'a paramedic from Burlington'. Said we can't confirm or deny. Logged, no further action."),
("email", "benign", "nonclient_person",
 "Subject: police records — new policy\n\nTeam, from Monday all police requests go to Joy Stafford (DPO). Do not confirm anyone's attendance by phone, even when the officer "
 "'just needs a yes or no'.\n\nPractice Manager"),
("case_presentation", "benign", "deidentified",
 "Audit: police requests, 2024\n\n37 requests received. 21 with consent, 6 with a court order, 10 informal. 3 informal requests were wrongly answered by phone (all now subject of "
 "retraining). No names or case references are included in this audit."),
("team_note", "benign", "name_as_word",
 "The officer was frank: without a warrant he has no power to take the files. Still, he'll 'chase it up'. Mark the request as pending."),
("social_post", "benign", "public_figure",
 "Watching the Bryan Kohberger hearings and thinking about every clinician who's been asked 'can you just confirm they're a patient?'. No. You can't. #confidentiality"),
("email", "benign", "nonclient_person",
 "Subject: crime ref\n\nHi, it's Sergeant Denise Thomas. Crime ref 42/18830/25 is now closed; no further requests will come from us on that matter. Thanks for your patience.\n"),
("team_note", "benign", "single_quasi",
 "Officer asked whether we see 'someone who plays harp in the Dayton Symphony Orchestra'. Declined to confirm or deny. Nothing else given."),
("email", "benign", "nonclient_person",
 "Subject: Listing — production order hearing\n\nThe application for a production order will be heard before HHJ Nicholas Young on 19 June at 10:00, Court 3. "
 "The practice may make written representations by 17 June.\n\nCrown Court Listing Office"),
]
