# Voice: the clinicians' WhatsApp group and one-to-one texts. Callum Brodie (Scottish,
# CBT), Tendai Moyo (South African, counsellor), Siobhán Kavanagh (Irish, psychotherapist),
# Imogen Farrant (clinical psychologist). Lower case, abbreviations, emoji, typos.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("team_note", "direct", None, """running 10 late, can someone tell {{Miles|c110|GIVEN_NAME}} to grab a tea, he's always early anyway 🙏"""),

    ("team_note", "direct", None, """did you see {{Rebeca Bender|c084|MISSPELLED_NAME}} showed me the video of {{her parrot Ziggy that went viral|c084|DISTINCTIVE|fact|parrot named Ziggy}} in session today?? 2 million views. honestly the happiest I've seen her in months"""),

    ("team_note", "direct", None, """{{Kit|c135|NICKNAME}} just texted the practice mobile asking to move to 5. can u do 5 Siobhán? if not I'll tell her tmrw"""),

    ("team_note", "direct", "multi_client", """swap? I'll take {{Drew|c299|NICKNAME}} at 3 if you take Mrs {{Perry|c149|FAMILY_NAME}} at 4, I need to leave by 5 for the school run"""),

    ("team_note", "direct", None, """heads up, {{Michael Jordan|c293|FULL_NAME}} (yes that's his actual name, no he's not tall 😅) is in a bad way, his wife {{Dana|c293|RELATIVE}} rang the desk. I'm staying late to see him at 6. might need someone to be in the building"""),

    ("team_note", "direct", None, """{{Chase|c104|GIVEN_NAME}} has a new number -> {{904 552 4981|c104|PHONE}}, can someone with admin update it, I'm on my phone"""),

    ("team_note", "direct", None, """re {{RK|c161|INITIALS}} - {{the Ward 6 councillor over in Hudson|c161|DISTINCTIVE|fact|Ward 6 on the Hudson city council}} - Priya says we need to think about the dual relationship, my partner's on the planning committee. can we chat before Thurs"""),

    ("team_note", "direct", None, """{{Dawn|c300|GIVEN_NAME}} was crying in the waiting room before her session, think the anniversary is this week. just so you know if you pass her on the stairs x"""),

    ("team_note", "direct", None, """Eish. {{Kevin Love|c139|FULL_NAME}} (ours, not the basketballer 😂) cancelled - his son {{Brett|c139|RELATIVE}} is in hospital. Can someone release the 2pm room"""),

    ("team_note", "direct", None, """{{Rusty|c296|NICKNAME}} brought {{the tortoise. The famous one. Ziggy|c296|DISTINCTIVE|fact|tortoise named Ziggy}}. In a shoebox. To session. I can't 😂"""),

    ("team_note", "direct", None, """pls email the thought record sheet to {{c.bean@fastmail.com|c151|EMAIL}}, he lost the paper one again. thx"""),

    ("team_note", "direct", None, """wee update - {{Jake Thomas|c213|NICKNAME|nickname_full}} passed his resits!! he texted the practice phone at midnight in caps. proper made my week"""),

    ("team_note", "direct", None, """Tendai are you seeing {{Virginie|c263|GIVEN_NAME}} today? her mum {{Nicole|c263|RELATIVE}} is in reception asking to speak to someone, I said we can't discuss without consent but she's upset"""),

    ("team_note", "direct", None, """call me when free, it's about {{Mikey Rodriguez|c009|NICKNAME|nickname_full}}. nothing urgent-urgent but I don't want to put it in writing"""),

    # ---------------------------------------------------------------- benign
    ("team_note", "benign", "name_as_word", """stuck on the M6, miles of traffic, should be there by 9.30 hopefully 🙃"""),

    ("team_note", "benign", "therapy_life", """anyone got a spare phone charger in the building? mine is dying and I've back to backs till 4"""),

    ("team_note", "benign", "name_as_word", """first aid kit is empty AGAIN. who used all the plasters 😂 I'll get some on the way in, don't chase me for the receipt"""),

    ("team_note", "benign", "celebrity_namesake", """watching The Last Dance again. Michael Jordan's competitiveness is honestly a case formulation in itself"""),

    ("team_note", "benign", "nonclient_namesake", """my Rose is off school with chickenpox so I'm WFH tomorrow, all my sessions will be on zoom. links already sent"""),

    ("team_note", "benign", "therapy_life", """lads is it just me or is the heating off. I'm doing EMDR in my coat"""),

    ("team_note", "benign", "name_as_word", """up since dawn with the baby so if I make no sense in supervision that's why x"""),

    ("team_note", "benign", "celebrity_namesake", """for anyone who wants a good read for men with panic, Kevin Love's piece about having a panic attack mid-game is still the best thing I've seen. sending it to half my caseload"""),

    ("team_note", "benign", "nonclient_person", """Priya moved supervision to 4 tomorrow, same link. She says bring one case each, 10 mins max"""),

    ("team_note", "benign", "name_as_word", """honest to god if one more person tells me to pat myself on the back for doing my notes on time"""),

    ("team_note", "benign", "nonclient_namesake", """my Jack got into the under-12s!!! sorry not work related, just had to tell someone 🥹"""),

    # ---------------------------------------------------------------- quasi
    ("team_note", "quasi", None, """new one of mine is a {{paramedic|c209|DISTINCTIVE|occupation}} in {{Hamilton|c209|ADDRESS|city}}, {{painted that huge mural on Boyer Court|c209|DISTINCTIVE|fact|mural on Boyer Court}} apparently. burnt out to the bone. might bring to sup"""),

    ("team_note", "quasi", None, """that client I mentioned - the one who {{coaches the Hamilton Hawks under-10s|c007|DISTINCTIVE|fact|Hamilton Hawks under-10 soccer}} - her husband {{Gary|c007|RELATIVE}} just rang asking if he can come to a session. thoughts?"""),
]
