# Clients, relatives, prison officers and others writing in their own voices; mixed justice-system situations.
DOCS = [
("email", "direct", None,
 "Subject: my son\n\nDear Dr. Ferris,\n\nI'm {{Lucas|c005|RELATIVE}}, father of {{Mark Davis|c005|FULL_NAME}}. {{Mark|c005|GIVEN_NAME}} has a court date on 26 June at 11:15 for the incident at the hotel where he works "
 "part-time. He won't ask you himself, but could you write something saying he's been coming to see you? He's a good kid.\n\n{{Lucas Davis|c005|RELATIVE}}"),
("email", "direct", None,
 "Subject: {{Staci|c044|NICKNAME}}\n\nHi, this is {{Amy|c044|RELATIVE}}, {{Staci|c044|NICKNAME}}'s mum. The school resource officer wants to talk to her about the vaping thing and she's terrified it'll go to court. "
 "Can she bring it up in her Tuesday session? She won't tell me anything, which is fine.\n\n{{Amy Zhang|c044|RELATIVE}}"),
("email", "direct", None,
 "Subject: victim impact statement\n\nhi, can you read this before I send it to the prosecutor? I wrote it at 3am. I'm sending from {{lynnc89@fastmail.com|c057|EMAIL}} because my uni email "
 "is monitored. thank you — {{Lynn|c057|GIVEN_NAME}}"),
("social_post", "direct", None,
 "Huge thanks to my therapist who came to court with me today. {{Jim Warner|c060|FULL_NAME}} is officially done with probation!!! 18 months, zero violations. Beers on me (non-alcoholic, obviously) 🍻"),
("email", "direct", None,
 "Subject: {{Tommy|c069|NICKNAME}}\n\nHello,\n\nI'm {{Tommy|c069|NICKNAME}}'s husband. He's been called for jury duty on a murder trial starting 7 July and he's not sleeping. "
 "He said you might be able to write to the court asking for him to be excused. His name on the summons is {{Thomas Winters|c069|FULL_NAME}}.\n\n{{Robert Zamora|c069|RELATIVE}}"),
("email", "direct", None,
 "Subject: can't make Thursday\n\nIt's {{Steph|c072|NICKNAME}} — I've got to be at the magistrates' court Thursday morning as a witness (the break-in at the college). Could we move to Friday? "
 "Text me on {{703-955-2193|c072|PHONE}}. Thanks."),
("team_note", "direct", None,
 "{{Egil|c078|GIVEN_NAME}} phoned the duty line: his son has been arrested and is in custody overnight. Very distressed. Grounding over the phone; he'll call the solicitor in the morning. "
 "Offered an emergency session tomorrow 8:30."),
("email", "direct", None,
 "Subject: RE: restraining order\n\nThe court needs my address for the form but I don't want it on anything you write. For your records only: {{8259 Poplar Way|c083|ADDRESS|street}}, Hudson. "
 "My wife {{Anne|c083|RELATIVE}} will bring the paperwork on Friday.\n\n— {{Brianna|c083|GIVEN_NAME}}"),
("team_note", "direct", None,
 "Message from {{Julianna Garay|c087|MISSPELLED_NAME}}'s sister ({{Reyna|c087|RELATIVE}}) — {{Juliana|c087|GIVEN_NAME}} is in the county jail after the protest arrest, asks that we let her know when she can call. "
 "Explained we can't share anything; gave the jail's visiting line."),
("social_post", "direct", None,
 "Shout out to {{Jaap|c100|NICKNAME}}, who turned up to therapy straight from his son's sentencing hearing and still did the breathing exercise with me. Strength looks like that sometimes. ❤️"),
("email", "direct", None,
 "Subject: Letter for the immigration judge\n\nDear counsellor,\n\nThe lawyer says the judge needs a letter with my full name and date of birth: {{Fabricio Solana|c105|FULL_NAME}}, "
 "{{16 June 1986|c105|DOB}}. The hearing is 3 July at 9:00. Thank you for everything you do for me and my family.\n\n{{Fabricio|c105|GIVEN_NAME}}"),
("email", "direct", None,
 "Subject: {{Bill|c112|NICKNAME}}'s court date\n\nHi, I'm {{Robert|c112|RELATIVE}}, {{Bill Woods|c112|FULL_NAME}}'s brother. {{Bill|c112|NICKNAME}} asked me to let you know his hearing is on the 20th so he'll miss his appointment. "
 "He's okay, just nervous.\n\nR."),
("team_note", "direct", None,
 "Sra. {{Galván|c117|FAMILY_NAME}} llamó — her brother {{Toribio|c117|RELATIVE}} was deported last week and she has to testify in the labour-trafficking case. "
 "Session moved to Monday 10:00, with interpreter."),
("team_note", "direct", None,
 "Prison officer referral (staff counselling): {{Keith Schultz|c175|FULL_NAME}}, corrections officer, HMP Bristol. Assaulted on the landing 28 May. "
 "{{Keith|c175|GIVEN_NAME}} wants to return to work but is having flashbacks at the gate."),
# quasi
("email", "quasi", None,
 "Subject: help for my mum\n\nHi, my mum is a mechanic at {{Ross Construction|c016|EMPLOYER}} and {{plays bassoon in the Clayton Symphony Orchestra|c016|DISTINCTIVE|fact|bassoon in the Clayton}}. "
 "She's a witness in the site-death trial and it's eating her alive. Can she self-refer?\n\n{{Elizabeth|c016|RELATIVE}}"),
("team_note", "quasi", None,
 "Self-referral: {{pharmacist|c032|DISTINCTIVE|occupation}} in {{Marion|c032|ADDRESS|city}}, {{plays cello in the Eastport Symphony Orchestra|c032|DISTINCTIVE|fact|cello in the Eastport}}. "
 "Burglary victim; now can't sleep in the house. Court case next month."),
("email", "quasi", None,
 "Subject: referral for my partner\n\nMy partner is the {{barista|c040|DISTINCTIVE|occupation}} at {{Newport Brewing Company|c040|EMPLOYER}} — he's in {{Newport|c040|ADDRESS|city}}. He witnessed the stabbing outside the taproom "
 "and has to give evidence. He doesn't know I'm writing.\n\n{{Ashley|c040|RELATIVE}}"),
("team_note", "quasi", None,
 "Intake: {{session musician|c058|DISTINCTIVE|occupation}} in {{Dover|c058|ADDRESS|city}} who {{ran for mayor of Mount Vernon in 2016|c058|DISTINCTIVE|fact|mayor of Mount Vernon in 2016}}. "
 "Civil lawsuit from a former bandmate. Stress, insomnia."),
("email", "quasi", None,
 "Subject: jury service\n\nHi — I work at {{Vector Software|c062|EMPLOYER}} and {{play oboe in the Eastport Symphony Orchestra|c062|DISTINCTIVE|fact|oboe in the Eastport}}. I've been selected for a child-abuse trial "
 "and I'm struggling. Do you offer short-term support for jurors?"),
("team_note", "quasi", None,
 "Staff support: {{firefighter|c070|DISTINCTIVE|occupation}}, {{Georgetown|c070|ADDRESS|city}}, who {{coaches the Georgetown Hawks under-10 hockey team|c070|DISTINCTIVE|fact|Georgetown Hawks under-10 hockey}}. "
 "Testified at the arson trial; defence counsel accused him of lying. Angry, ruminating."),
# benign
("email", "benign", "nonclient_person",
 "Subject: Re: your client\n\nHi, I'm the prison officer who escorted your client to the hearing. He asked me to tell you the judge gave him bail. That's all I can say — he'll call you.\n\nOfficer Mark Williams"),
("email", "benign", "nonclient_person",
 "Subject: jury service\n\nDear all, I've been called for jury service from 7 July for two weeks. My sessions will be covered by Grace and Will. Sorry for the short notice!\n\nDr. Ferris"),
("social_post", "benign", "name_as_word",
 "Court support tip: bring snacks, a charger and patience. Hope for the best, plan for a long day. The court will run late. #victimsupport"),
("team_note", "benign", "single_quasi",
 "Mother called about her son, who attends Hawthorne College and was arrested at the weekend. Said we can't discuss anyone without consent; gave general info only."),
("email", "benign", "nonclient_person",
 "Subject: thanks\n\nMy sister Jennifer said you were kind to her at the court-support desk last week. She isn't a client, she was just there for the trial. Thank you.\n\nMaria"),
("social_post", "benign", "public_figure",
 "My nan watched every minute of the O.J. Simpson trial in 1995. Thirty years later, I'm a therapist who goes to court with victims. Funny how things turn out."),
("team_note", "benign", "weak_attribute",
 "Duty call: a woman in her sixties, retired teacher, said her grandson is on remand and she can't cope. Signposted to the families-of-prisoners helpline."),
("case_presentation", "benign", "deidentified",
 "Families of prisoners group — end-of-year summary\n\n23 family members attended at least once (partners 11, parents 8, children 4). Themes: shame, stigma, money, visiting costs, "
 "children's questions. No individual details recorded in this summary."),
("email", "benign", "nonclient_person",
 "Subject: Visiting order\n\nHi, my husband is in HMP Eastbrook (prison no. A7741RC) and his officer, Mr Copeland, said I should ask you about the families group. Is it on Thursdays?\n\nDiane"),
("team_note", "benign", "name_as_word",
 "Client's daughter sent a card: 'To the lady who helped Mum through the trial. Joy comes back.' Pinned in the staff room with no names."),
("social_post", "benign", "nonclient_person",
 "Proud of my brother Curtis — graduated from the police academy today! 🚓 Now I'm the therapist AND the cop's little sister. Family dinners are going to be interesting."),
("team_note", "benign", "single_quasi",
 "Caller asked if we take referrals for someone who works at Salem Bowling Lanes and is due in court next month. General information only; no details taken."),
]
