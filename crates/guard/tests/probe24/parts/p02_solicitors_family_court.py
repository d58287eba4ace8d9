# Letters to and from solicitors / attorneys, family-court reports, custody evaluations.
DOCS = [
("email", "direct", None,
 "Subject: Request for records — our client {{Bethany Kim|c141|FULL_NAME}}\n\nDear Sir or Madam,\n\nWe act for {{Bethany Kim|c141|FULL_NAME}} in proceedings before the Arlington Family Court "
 "(Case No. FD-2025-00731). Our client has signed the enclosed authority. Please provide copies of all clinical notes relating to {{Ms Kim|c141|FAMILY_NAME}} "
 "from January 2024 to date, within 14 days.\n\nYours faithfully,\nHartwell Brooke LLP (ref: JT/KIM/0418)"),
("email", "direct", None,
 "Subject: RE: Request for records — our client {{Bethany Kim|c141|FULL_NAME}}\n\nDear Mr Tate,\n\nThank you. Before releasing anything I will go through the request with {{Bethany|c141|GIVEN_NAME}} herself; "
 "the authority you enclosed is dated 2023 and I need a current one. I would also suggest a summary report rather than raw notes, which contain third-party information.\n\n"
 "Kind regards,\nAnnika Solberg, Counselling Psychologist"),
("team_note", "direct", None,
 "Consult re: subpoena. Ms {{Becker|c379|FAMILY_NAME}} (works as a paralegal herself, so she knows exactly what's coming) is worried her ex's attorney "
 "will get her notes for the custody hearing on 24 June at 1:30. Explained privilege vs. court order; she'll speak to her own lawyer. Affect flat, sleep poor."),
("email", "direct", None,
 "Subject: Custody evaluation — scheduling\n\nDr Obi,\n\nI've been appointed by the court to complete the custody evaluation in the matter listed under docket 24-DR-1187. "
 "I'd like 30 minutes with you about {{Adam Cunningham|c155|FULL_NAME}}'s treatment, if he consents. His partner {{Cameron Mason|c155|RELATIVE}} has already been interviewed.\n\n"
 "Lorna Fitzgerald, PhD\nCourt-appointed evaluator"),
("email", "direct", None,
 "Subject: your letter for the family court\n\nHi — the solicitor asked me to forward this to you. It's from my personal email, {{e.aguirre@gmail.com|c193|EMAIL}}, "
 "because I don't want anything going to my work account. Hearing is 3 July. Can you say I've been coming every week since January? That's all they need.\n\nThanks, {{Eric|c193|GIVEN_NAME}}"),
("case_presentation", "direct", None,
 "Family court report (draft for supervision)\n\nClient: {{Kathleen Porter|c233|FULL_NAME}}, 43, high school chemistry teacher.\nChildren: {{Jamie|c233|RELATIVE}} (12) and {{Sarah|c233|RELATIVE}} (9).\n"
 "Proceedings: Child arrangements, Mount Vernon Family Court, listed 18 June 2025, 10:00, before District Judge Abernathy.\n"
 "Question for supervision: how much of the history of the ex-husband's drinking belongs in my report, given I have only {{Kathleen|c233|GIVEN_NAME}}'s account?"),
("email", "direct", None,
 "Subject: Bescheinigung / letter for lawyer\n\nDear Ms Hollis,\n\nI confirm that {{Manja Ditschler|c337|MISSPELLED_NAME}} has been in weekly therapy with me since October 2024. "
 "I am not in a position to comment on parenting capacity and would ask that this letter not be presented as an assessment.\n\nMit freundlichen Grüßen,\nDr. Lukas Brenner"),
("team_note", "direct", None,
 "Solicitor (Pryce & Co) phoned 14:05 asking for 'confirmation of diagnosis' for {{Miles Jackson|c359|FULL_NAME}}, born {{20.09.1963|c359|DOB}}. Told them I can't confirm he is a client without written consent. "
 "Logged. Will tell {{Miles|c359|GIVEN_NAME}} on Weds.",),
("email", "direct", None,
 "Subject: voicemail\n\nHi, this is {{Catherine|c466|GIVEN_NAME}}. My attorney wants to talk to you before the custody mediation. She'll call from a blocked number so please pick up, "
 "or she can be reached through me on {{828-280-7709|c466|PHONE}}. Thank you so much for everything.\n\n{{Catherine Crosby|c466|FULL_NAME}}"),
("team_note", "direct", None,
 "Outreach: court papers for the custody case have to be served at {{8624 Estrada Way|c482|ADDRESS|street}}, Plymouth — {{Joseph Roman|c482|FULL_NAME}} asked if we can keep a copy here "
 "because his partner opens the post. Declined; suggested his lawyer."),
("email", "direct", None,
 "Subject: Statement for the family court\n\nHi {{Pat|c148|NICKNAME}},\n\nI've read the draft statement your solicitor sent. Two lines about our work together misquote me; I've tracked them. "
 "{{Pat Cox|c148|FULL_NAME}} — please don't sign it until those are changed.\n\nTake care,\nHelena"),
("team_note", "direct", None,
 "{{Jackie|c454|NICKNAME}} — very distressed today, her son's father has filed for sole custody and named her therapy in the petition. "
 "We spent the session on grounding and on what she wants to tell her attorney. Safety: no SI."),
("team_note", "direct", None,
 "Custody eval collateral call with {{Herminia|c065|GIVEN_NAME}}'s mother {{Brunilda|c065|RELATIVE}} (with consent). Confirms the grandmother does the school run. "
 "Evaluator is Dr. Saul Pemberton; report due 1 August."),
# quasi
("email", "quasi", None,
 "Subject: Conflict check\n\nHi all,\n\nBefore I take on the family-court referral: the client is a {{paralegal|c221|DISTINCTIVE|occupation}} in {{Georgetown|c221|ADDRESS|city}} who works for "
 "{{Hudson Credit Union|c221|EMPLOYER}}. His ex-wife's lawyer is at the same firm as my husband. Does anyone see a conflict?\n\nRiya"),
("team_note", "quasi", None,
 "Referral via the Arlington Family Court welfare officer: father in a contested custody matter, a {{lawyer|c036|DISTINCTIVE|occupation}} in {{Arlington|c036|ADDRESS|city}}, "
 "{{breeds champion Whippets|c036|DISTINCTIVE|fact|Whippets in Arlington}} and is worried the dogs will be used against him. Wants 'a neutral letter'."),
("email", "quasi", None,
 "Subject: Re: referral\n\nShe works for {{Cooper Dental Group|c441|EMPLOYER}} and {{represents Ward 2 on the Waverly city council|c441|DISTINCTIVE|fact|Ward 2 on the Waverly}}, so the custody case is "
 "already being talked about at council. She wants a therapist outside Waverly. Can you see her?"),
("team_note", "quasi", None,
 "Intake — custody dispute. Special ed teacher at {{Marion Unified School District|c318|EMPLOYER}}; was {{in the Quincy Herald for returning a lost wallet|c318|DISTINCTIVE|fact|Quincy Herald for returning a lost wallet}} "
 "last year and thinks the other side will paint her as 'attention-seeking'. Four children in the household."),
("email", "quasi", None,
 "Subject: letter for the attorney\n\nHi,\n\nQuick one: the attorney for my client, a {{lawyer|c476|DISTINCTIVE|occupation}} in {{Newport|c476|ADDRESS|city}} who {{coaches the Newport Hawks under-10 softball team|c476|DISTINCTIVE|fact|Newport Hawks under-10 softball}}, "
 "wants a letter saying he's 'fit to parent'. I don't do parenting assessments. Who should I refer to?\n\nDevon"),
("team_note", "quasi", None,
 "Family court prep: client works at {{Glendale Unified School District|c144|EMPLOYER}}, {{breeds champion Great Danes|c144|DISTINCTIVE|fact|Great Danes in Glendale}}. Husband's solicitor "
 "has subpoenaed the kennel records. Client feels 'every part of my life is evidence now'."),
# benign
("email", "benign", "nonclient_person",
 "Subject: Notice of hearing\n\nDear Dr Solberg,\n\nPlease note that counsel for the respondent, Ms Lacey Berger, has asked that the hearing in FD-2025-00731 be moved to 9 July at 14:00. "
 "You are not required to attend.\n\nListing Office, Arlington Family Court"),
("team_note", "benign", "public_figure",
 "Two clients this week brought up the Johnny Depp / Amber Heard trial when talking about their own custody cases. Worth a team discussion on how public trials shape what people expect from court."),
("email", "benign", "name_as_word",
 "Subject: costs\n\nThe Bill of costs came through from the other side this morning — £4,200, which I'll be challenging. Nothing needed from you.\n\nRegards,\nGwen Marsh, Solicitor"),
("team_note", "benign", "single_quasi",
 "New custody referral: mother works at Manning & Fields Accounting. No other details yet; intake Friday."),
("case_presentation", "benign", "deidentified",
 "Case presentation: contested custody, anonymised\n\nClient A, a parent in her thirties, referred by her GP during child-arrangement proceedings. Presenting: anxiety, insomnia, intrusive "
 "memories of the separation. The other parent's solicitor has requested records. Discussion point: what a 'summary report' should and should not contain, and whether we "
 "should write one at all when the client is ambivalent."),
("email", "benign", "nonclient_person",
 "Subject: Custody evaluator list\n\nHi team, updated list of court-appointed evaluators for Georgetown: Dr. Saul Pemberton, Dr. Lorna Fitzgerald, Dr. Kenneth Harrison. "
 "Dr Harrison only takes private referrals now.\n\nMaya"),
("team_note", "benign", "weak_attribute",
 "Custody case: father is a nurse in Plymouth, mid-thirties. Referral from the court welfare officer only asks for attendance confirmation."),
("email", "benign", "nonclient_person",
 "Subject: Re: mediation\n\nJennifer — thanks for covering the mediation clinic on Tuesday. My daughter Kimberly has her court hearing for the parking fine the same morning, so I can't be in two places.\n\nTom"),
("social_post", "benign", "name_as_word",
 "When a solicitor asks for 'all notes', the answer is not 'sure'. It's: consent, relevance, minimum necessary. Be frank, be brief, be kind. #familycourt #records"),
("team_note", "benign", "nonclient_person",
 "Judge Rebecca Hill is sitting on the family list until September. She has asked providers not to attach raw session notes to letters."),
("team_note", "benign", "name_as_word",
 "Subpoena received for a client's financial records in the divorce — it covers her Chase bank statements only, nothing clinical. Forwarded to our lawyer to confirm we hold none."),
]
