# Part 3: bereavement and grief work where the deceased is named; condolence cards.
DOCS = [
("email", "direct", None, """Dear {{Tina|c132|GIVEN_NAME}},

I was so sorry to hear that {{William|c132|RELATIVE}} died on Saturday. I know how much you had hoped for one more summer with him. There is no need to be in touch about sessions; your time is held for as long as you need it, and when you are ready we will start wherever you are.

With warm wishes,
Frances"""),

("team_note", "direct", None, """Bereavement group, week 4. {{Danny Cohen|c049|FULL_NAME}} told the group it was his daughter {{Rachel|c049|RELATIVE}}'s yahrzeit on Sunday and that he lit the candle and then went to watch the football, "because she would have". First time he has said her name without stopping."""),

("case_presentation", "direct", None, """Case for supervision: {{Mr Palmer|c187|FAMILY_NAME}}, 68, whose wife {{Elizabeth|c187|RELATIVE}} died in February after a short illness. Complicated grief features: sleeps in the chair, keeps her voicemail greeting and plays it nightly. He worked in corrections for thirty years and says he "has seen worse" — which is true, and beside the point."""),

("case_presentation", "direct", None, """BEREAVEMENT SUPPORT PAYMENT — supporting statement (draft for client to check)
Claimant date of birth: {{07/05/1957|c189|DOB}}
Deceased partner date of birth: 22/10/1954
Date of death: 30/01/2025
Relationship: cohabiting partner of 31 years (not married)
Counsellor's note: my client has been attending weekly bereavement counselling since March and is not currently able to return to work."""),

("email", "direct", None, """Subject: letter for the coroner

Hi Aisling,

Could you print the letter on headed paper? It's the one confirming that {{Cheryl Harvy|c191|MISSPELLED_NAME}} has been in counselling since her son {{Benjamin|c191|RELATIVE}}'s death and may need breaks during the inquest. I've spelled it as she asked.

Thanks, L."""),

("social_post", "direct", None, """{{Bob Baker|c285|NICKNAME|nickname_full}} came to his last bereavement session today and brought me a jar of his late sister {{Ruth|c285|RELATIVE}}'s marmalade. "She'd want it eaten, not kept." Some endings are very good endings. 🧡"""),

("email", "direct", None, """{{Benjamin|c302|GIVEN_NAME}},

As promised, here are the dates for the widowers' evening. I've put you down for all six; I'll send the reading list to {{benjamindavenport3@gmail.com|c302|EMAIL}} rather than the old address. If any evening falls near the anniversary of {{Andrew|c302|RELATIVE}}'s death and you'd rather skip it, just tell me.

Best,
Gwen"""),

("email", "direct", None, """Hi florist team,

Please deliver the white lilies (order 4471) to {{2573 Birch Way|c392|ADDRESS|street}}, Eastport, on Thursday morning. Card to read: "To {{Rachel|c392|RELATIVE}} and {{Andrea|c392|RELATIVE}}, thinking of you and your dad this week. — everyone at the Willows practice."

Thanks,
Maeve"""),

("team_note", "direct", None, """{{J.C.|c399|INITIALS}}: first session since her husband {{Jeff|c399|RELATIVE}} died in April. Still working at the dental practice three days a week because "the X-rays don't ask how I am". Agreed fortnightly."""),

("team_note", "direct", None, """Grief group sign-in, 12 June
{{Brandon Lewis|c401|FULL_NAME}} — father {{John|c401|RELATIVE}} died 2024
{{Jesse Green|c410|FULL_NAME}} — sister {{Jamie|c410|RELATIVE}}, suicide, 2023
{{Hao Chen|c414|FULL_NAME}} — partner {{Yan|c414|RELATIVE}}, stroke, January
Facilitators: Ruth O'Neill, Sam Adeyemi."""),

("social_post", "direct", None, """Un año ya. {{Rocío|c426|GIVEN_NAME}} me dijo hoy en sesión que por fin ha abierto el armario de su padre, {{Cebrián Girón|c426|RELATIVE}}, y que todavía huele a su colonia. El duelo no se supera; se aprende a llevarlo. 🕯️"""),

("email", "quasi", None, """Subject: All Souls' — a thought for my Polish client

She'll go to the cemetery on 2 November (Zaduszki) with her sister {{Rozalia|c449|RELATIVE}}, as she does every year, and light candles for their parents. She once {{ran for mayor of Manchester, in 2010|c449|DISTINCTIVE|fact|mayor of Manchester in 2010}}, and she tells me she is braver at a graveside than at a podium. Could we move her session that week?"""),

("case_presentation", "quasi", None, """Presenting: anticipatory grief. He's an {{HR manager|c474|DISTINCTIVE|occupation}} in {{Quincy|c474|ADDRESS|city}}; his partner {{Julie|c474|RELATIVE}} has motor neurone disease and he is her main carer. He {{breeds champion Newfoundlands|c474|DISTINCTIVE|fact|Newfoundlands in Quincy}} and says the dogs are the only ones who let him cry."""),

("social_post", "quasi", None, """A widower in my group, a retired {{mechanic|c498|DISTINCTIVE|occupation}} from {{Springfield|c498|ADDRESS|city}}, told us their goat {{Nugget went viral more than either of them ever would|c498|DISTINCTIVE|fact|goat named Nugget}} — his late wife's line, apparently. We laughed until we cried, and then we just cried. Good group."""),

("team_note", "quasi", None, """Note: client's husband {{Lee|c440|RELATIVE}} died suddenly in May. Client works as a data analyst at {{Cobalt Labs|c440|EMPLOYER}} and has gone back full-time already; HR has offered no bereavement leave for a same-sex spouse "without a certificate". Plan: letter to support him."""),

("email", "quasi", None, """Thinking of our client from the grief group — her partner {{Jennifer|c489|RELATIVE}} died on the 3rd. She's closed the {{dog-grooming salon on Station Terrace|c489|DISTINCTIVE|fact|dog-grooming salon on Station Terrace}} for the week and put a note in the window. Could someone from the team send a card to the salon?"""),

("team_note", "quasi", None, """Follow-up: son {{Scott|c453|RELATIVE}} died in a motorbike accident last autumn. Client still opens the {{vintage clothing store on Clark Drive|c453|DISTINCTIVE|fact|vintage clothing store on Clark Drive}} every day at ten because "{{Scott|c453|RELATIVE}} painted the sign"."""),

("social_post", "benign", "nonclient_person", """My grandmother, Margaret Aoife Doyle, 12 May 1931 – 3 January 2024. She taught me to play twenty-five, to never trust a man who doesn't eat crusts, and that grief is just love with nowhere to go. Ar dheis Dé go raibh a hanam."""),

("social_post", "benign", "public_figure", """Re-reading C.S. Lewis's A Grief Observed, written after Joy Davidman died in 1960: "No one ever told me that grief felt so like fear." And Joan Didion, after John Gregory Dunne died at the dinner table in December 2003. The two books I recommend most, and the two I can least bear to reread."""),

("social_post", "benign", "name_as_word", """Grief work vocabulary I have unlearned: "closure", "moving on", "stages". Vocabulary I keep: hope, patience, faith in the process, grace for the days you can't get out of bed. Joy is allowed too, even in the first year."""),

("social_post", "benign", "celebrity_namesake", """James Brown died on Christmas Day 2006, and every year since, my brother has played "Funky Christmas" at full volume when we sit down to eat. Dad started it. Dad's gone now too. We still play it."""),

("social_post", "benign", "nonclient_namesake", """My friend Rachel's mum died on Sunday. I'm a bereavement counsellor and I still had no idea what to write in the card. In the end I wrote: "I'm so sorry. I'm here. I'll bring soup." Turns out that's enough."""),

("case_presentation", "benign", "deidentified_case", """Anonymised case: a man in his sixties, widowed eighteen months, former tradesman. He presented with "nothing" — no sadness, no anger, no sleep problems — and a GP note saying he'd started drinking at lunchtime. Formulation: avoidant grief with a strong cultural script about men and crying. Intervention: behavioural activation first, grief work second, a shed project that was secretly both."""),

("team_note", "benign", "single_quasi", """Just flagging for the rota: one of my bereaved clients lost his wife Melissa last year and finds Mondays hardest, so please don't move his Monday slot again. Thanks."""),

("team_note", "benign", "weak_attribute", """New bereavement referral: woman, 69, widowed in March, lives in Franklin, retired. GP concerned about weight loss. Offered first appointment 24th."""),

("social_post", "benign", "therapy_life", """Should a therapist send a condolence card? My answer after twenty years: yes, if you know the person would want it, and if the card is about them rather than about you. No poems. No "at least". Sign your first name."""),

("social_post", "benign", "nonclient_person", """Funeral notice: Patrick Joseph Mulcahy, late of Ballyhale, peacefully at St Luke's, 14th June 2025, aged 87. Predeceased by his wife Nora. Sadly missed by his children Declan, Siobhán and Fergal. Reposing at Kearney's Funeral Home, Friday 5–7pm."""),

("social_post", "benign", "nonclient_person", """"Grief is just love with no place to go." — Jamie Anderson"""),
]
