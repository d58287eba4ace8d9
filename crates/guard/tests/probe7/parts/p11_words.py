# Voice: mixed hands around the practice -- Bernadette's Monday memos, Kelsey's notes,
# Callum's and Siobhán's messages, the practice blog. Built around names that are also
# ordinary words, the staff's own families who share clients' names, and celebrities who
# share clients' names; a few direct texts where the word-name IS the client.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("team_note", "direct", "multi_client", """Thurs DNAs: {{Art|c047|NICKNAME}} (2nd in a row - he's 17, pls ring mum not him) and {{Ray|c082|NICKNAME}} (rang at 5 past, stuck at the office, offered him the 4pm tomorrow). Kelsey"""),

    ("team_note", "direct", None, """{{Holly|c157|GIVEN_NAME}} brought her daughter {{Stephanie|c157|RELATIVE}} to the waiting room today - first time. {{Stephanie|c157|RELATIVE}} asked if her mum "talks about her". I said that's a question for her mum. Siobhán, just so you know before Thursday."""),

    ("team_note", "direct", None, """Callum - {{Rich|c164|NICKNAME}} wants to move to early mornings, he's been moved onto the 7am theatre list at {{Milford General|c164|EMPLOYER}}. Can you do 6.30?? If not he'll have to pause for a month."""),

    ("email", "direct", None, """Subject: {{Sue|c158|NICKNAME}} - forms

Hi Imogen,

{{Sue Blanchard|c158|NICKNAME|nickname_full}} dropped off her completed forms at the desk but missed the GP details page. She said she'll drop it in on Saturday when she's in town for {{the record shop|c158|DISTINCTIVE|fact|record shop on Watkins Place}}. I've put the forms in your tray.

Kelsey"""),

    # ---------------------------------------------------------------- benign
    ("email", "benign", "name_as_word", """Subject: Monday memo

Morning all,

1. Please mark the June and July bank holidays in the diary now, not the week before.
2. Chase up any outstanding GP letters before the audit.
3. Art supplies for the children's room have arrived -- Tendai, they're in the cupboard.
4. The new sign will say "Reception" in big letters, so no more people wandering into Room 1.

Have a good week,
Bernadette"""),

    ("team_note", "benign", "name_as_word", """Hope everyone had a restful weekend. Joy of joys, the heating works again. Faith in the landlord cautiously restored."""),

    ("email", "benign", "name_as_word", """Subject: Christmas party

The holly wreath is on the door, the ivy is (finally) off the back wall, and the party is on the 19th at 6. Partners welcome. Please tell me dietary needs by Friday -- I won't be chasing anyone this year.

B."""),

    ("team_note", "benign", "name_as_word", """Sunny afternoon so the Thursday group will be in the garden. Bring sunscreen. Someone please water the sage and rosemary in the planters, they're looking very sorry for themselves."""),

    ("team_note", "benign", "name_as_word", """I drew up the new rota for the summer - it's in the shared drive. Shout if I've got your leave wrong. Miles better than last year's spreadsheet, I promise."""),

    ("social_post", "benign", "name_as_word", """Practice blog: "Will power is overrated"

We talk about willpower as if it's a muscle some people are born with. In the therapy room, what looks like willpower is usually something else: a plan made in advance, a friend who checks in, a habit that removes the decision altogether. Be frank with yourself about which of those you have."""),

    ("team_note", "benign", "name_as_word", """Reminder that the garden room floods if it rains for more than a day. May is supposedly drier, but I wouldn't bet the sand tray on it. Ray of sunshine, me."""),

    ("team_note", "benign", "nonclient_namesake", """Leaving at 3 today, it's my son Will's birthday and I promised him a trip to the climbing wall. Anything urgent, Callum's covering."""),

    ("email", "benign", "nonclient_namesake", """Subject: builder Monday

Hi all, the builder (Ray, from Connolly's) is starting on the upstairs bathroom on Monday at 8. It'll be noisy until about 11. I've moved the two morning sessions upstairs into the downstairs rooms. B."""),

    ("team_note", "benign", "nonclient_namesake", """Sorry for the late reply - my mum Dawn had a fall at the weekend and I've been at the hospital. She's fine, bruised and cross. Back on Weds."""),

    ("social_post", "benign", "celebrity_namesake", """I still miss Mark Shields on the NewsHour on Friday nights. Disagreeing with warmth is a skill. Couples therapy could learn a lot from him and David Brooks."""),

    ("team_note", "benign", "celebrity_namesake", """Peter Snow and his swingometer on the telly last night made me feel about nine years old. Election nights are therapy for political nerds, don't @ me"""),

    ("social_post", "benign", "celebrity_namesake", """My son is learning "John Brown's Body" on the recorder for the school concert. There are only so many times a person can hear it before needing a session of their own."""),

    ("team_note", "benign", "name_as_word", """Pat on the back to everyone for getting the notes audit done. Iris-scan-level scrutiny from the inspectors and we passed. Drinks Friday?"""),

    # ---------------------------------------------------------------- quasi
    ("team_note", "quasi", None, """Siobhán -- one of yours, a {{bank teller|c287|DISTINCTIVE|occupation}} from {{Shelby|c287|ADDRESS|city}}: her son {{Kasper|c287|RELATIVE}} rang to say she's in hospital after a fall and won't be in for a few weeks. He was very polite. I said we'd hold her slot."""),

    ("team_note", "quasi", None, """FYI the new referral for Callum -- works at {{Leon Electric|c171|EMPLOYER}}, a {{carpenter|c171|DISTINCTIVE|occupation}} in {{Hamilton|c171|ADDRESS|city}}. Only speaks Mandarin at home, fine in English. Wants Saturdays. I said we'll see."""),
]
