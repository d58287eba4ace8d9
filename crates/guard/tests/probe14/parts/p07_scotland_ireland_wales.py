# Scotland, Ireland and Wales: Scots ("wee", "greetin'", "the morra", "gonnae", "ken"), Hiberno-English
# ("I'm after telling her", "yer man", "grand", "giving out", "Mam"), Irish and Welsh words with fadas and
# circumflexes (Seán, Siân, dŵr, diolch), DD.MM.YYYY and "21st Dec 2002", UK/Irish numbers of
# non-clients; footballers and a Labour leader who share clients' names.
DOCS = [
    # ---------------- direct ----------------
    ("team_note", "direct", None,
     "Wee update: {{Ian|c182|NICKNAME}} was greetin' maist o' the session – his husband {{Mark|c182|RELATIVE}} is no well "
     "again. Gonnae someone gie him a phone the morra tae check in? Ta."),
    ("email", "direct", None,
     "Hi Siobhán,\n\nI'm after telling Mrs {{Rodriguez|c104|FAMILY_NAME}} that we can't do Saturdays any more, and she "
     "was giving out about it, fair enough. Could you offer her a Thursday evening instead?\n\nThanks a million,\nDeclan"),
    ("case_presentation", "direct", None,
     "Case presentation – Cardiff & Vale psychology CPD\n\nClient: {{Anthony Moreno|c102|FULL_NAME}}\nDOB: "
     "{{27.07.1994|c102|DOB}}\nOccupation: staff nurse, {{Kingston Medical Center|c102|EMPLOYER}}\nPresenting: "
     "intrusive images after a paediatric death on shift; avoidance of the ward. Married to {{Debbie|c102|RELATIVE}}, "
     "two young daughters.\nQuestion: EMDR or TF-CBT first?"),
    ("social_post", "direct", None,
     "Delighted for {{Jonnie|c103|NICKNAME}}, who told me today he's after booking his first holiday in six years. "
     "That's what it's all about. Go raibh maith agat for trusting me with it 💚"),
    ("team_note", "direct", None,
     "Ring {{Jan|c106|GIVEN_NAME}} back on {{(909) 721 9001|c106|PHONE}} re: moving Tuesday's session – he's showing a "
     "house at 4."),
    ("email", "direct", None,
     "Hiya,\n\nCould you send the appointment letter to {{amandar86 (at) outlook (dot) com|c107|EMAIL}}? Mrs "
     "{{Rice|c107|FAMILY_NAME}} says the post never arrives at hers.\n\nCheers,\nRhiannon"),
    ("team_note", "direct", None,
     "Mr {{Ward|c108|FAMILY_NAME}} has moved – new address {{2339 Rice Road, Marion|c108|ADDRESS|street}}. Update the "
     "file now in a minute, please, before the letters go out."),
    ("team_note", "direct", None,
     "Supervision: discussed {{C.K.|c109|INITIALS}}, estate agent wi' {{Henry Architects|c109|EMPLOYER}}, 27. Dinnae "
     "think it's depression, mair like burnout. Plan: values work, ken."),
    ("social_post", "direct", None,
     "{{Wiliam Cantrell|c110|MISSPELLED_NAME}}, if you ever read this: you walked in not able to say the word 'grief' and "
     "walked out today talking about your mam with a smile. Proud of you, so I am."),
    ("email", "direct", None,
     "Bore da,\n\nThis is {{Alicia|c216|RELATIVE}}, {{Aaron Ramsey|c216|FULL_NAME}}'s mam (no, not that one – ours is "
     "thirteen and can't kick a ball straight 😂). He's been off school with his nerves again. Can he be seen sooner?\n\n"
     "Diolch,\n{{Alicia|c216|RELATIVE}}"),
    ("team_note", "direct", None,
     "New referral: {{Kathryn|c111|GIVEN_NAME}} (DOB {{21st Dec 2002|c111|DOB}}), student at "
     "{{Carver College|c111|SCHOOL}}. Panic attacks in lectures. Offered the first slot next week."),
    ("team_note", "direct", None,
     "Thursday's a mess – {{Gina Chapman|c114|FULL_NAME}} and {{Makayla|c115|GIVEN_NAME}} both rang to cancel. Grand, "
     "we'll use the time for notes."),
    # ---------------- quasi ----------------
    ("social_post", "quasi", None,
     "A {{nurse|c102|DISTINCTIVE|occupation}} from {{Newport|c102|ADDRESS|city}} who hosts "
     "{{a fly-fishing podcast called Overthinking Skeptic|c102|DISTINCTIVE|fact|Overthinking Skeptic}} told me fishing "
     "is the only time his head goes quiet. Tidy way to cope."),
    ("team_note", "quasi", None,
     "Yer man from reception at {{Lexington Medical Center|c103|EMPLOYER}} – the lad who has the "
     "{{dog-grooming place on River Avenue|c103|DISTINCTIVE|fact|dog-grooming salon on River Avenue}} – wants evening "
     "appointments only."),
    ("email", "quasi", None,
     "Hi,\n\nNew client breeds {{champion Shiba Inus out in Auburn|c106|DISTINCTIVE|fact|Shiba Inus in Auburn}} and coaches "
     "{{the Auburn Falcons under-14 volleyball|c106|DISTINCTIVE|fact|Auburn Falcons under-14}}. Presenting with "
     "stress. Could you add him to the Wednesday list?\n\nCheers,\nFergus"),
    ("social_post", "quasi", None,
     "Client was on {{the Great Home Bake-Off, series 14|c109|DISTINCTIVE|fact|season 14 of The Great Home Bake-Off}} and "
     "now sells houses for {{Henry Architects|c109|EMPLOYER}}. Soggy bottoms to open houses – what a journey 🍰"),
    ("case_presentation", "quasi", None,
     "Case presentation – NHS Lothian psychology CPD\n\nAn architect in her fifties who "
     "{{drums for the Velvet Hounds|c113|DISTINCTIVE|fact|Velvet Hounds}} and plays "
     "{{French horn in the Florence orchestra|c113|DISTINCTIVE|fact|French horn in the Florence}}. Presenting wi' "
     "performance anxiety ahead of a summer tour. Question: exposure or acceptance-based work first?"),
    ("email", "quasi", None,
     "Hi Niamh,\n\nThe physio who {{owns the hardware shop on Canal Drive|c116|DISTINCTIVE|fact|hardware store on Canal Drive}} "
     "and {{stood for mayor of Madison in 2020|c116|DISTINCTIVE|fact|mayor of Madison in 2020}} – he's asking about a "
     "letter for his GP. Can you check the policy?\n\nGo raibh maith agat,\nCiarán"),
    ("team_note", "quasi", None,
     "The reporter from {{Springfield Public Radio|c104|EMPLOYER}} who owns {{the barber's on Bridge Court|c104|DISTINCTIVE|fact|barbershop on Bridge Court}} "
     "phoned in a state. Callback booked for 3."),
    # ---------------- benign ----------------
    ("social_post", "benign", "public_figure",
     "Thirty-odd years since John Smith died and folk still quote him: 'the opportunity to serve'. Cannae imagine a "
     "politician saying that the now."),
    ("social_post", "benign", "public_figure",
     "Aaron Ramsey scoring for Wales again! Iechyd da 🏴󠁧󠁢󠁷󠁬󠁳󠁿 Tidy finish. Back to my notes now."),
    ("team_note", "benign", "word_name",
     "Will you have a cup of tea before the meeting? Sure I will. Bill from the landlord is on the desk – the heating's "
     "going up again, God help us."),
    ("team_note", "benign", "colleague_staff",
     "Ian from IT is in on Friday to sort the printers. Please log off by 5 so he can do the updates."),
    ("social_post", "benign", "writer_family",
     "My wee boy Travis started P1 today and my brother Seán cried more than he did 😂 Mammy's proud."),
    ("email", "benign", "nonclient_contact",
     "Hi all,\n\nUseful numbers for the after-hours letter: Samaritans 116 123, Breathing Space 0800 83 85 87, "
     "Pieta (IE) 1800 247 247, C.A.L.L. Helpline (Wales) 0800 132 737. Our Glasgow office is 0141 496 0018.\n\nThanks"),
    ("case_presentation", "benign", "deidentified",
     "Case (identifying details removed): A man in his sixties from a fishing community in the west of Ireland, "
     "recently widowed, presenting with low mood and increased drinking. Son emigrated. Discussion: rural isolation, "
     "stigma, and engaging men who 'don't do talking'."),
    ("social_post", "benign", "public_figure",
     "Jason Knight with the assist for Ireland – fair play to the lad. The whole pub was on its feet 🇮🇪"),
    ("social_post", "benign", "single_quasi",
     "Saw a client today who works at Henry Architects and we spent half the hour on their open-plan office. I'd be "
     "anxious too, to be fair."),
    ("social_post", "benign", "colleague_staff",
     "Diolch yn fawr to Siân and Dafydd for running the Ysbyty Gwynedd study day – te, bara brith and a tidy talk on "
     "perinatal mental health. Cwtches all round 💛"),
]
