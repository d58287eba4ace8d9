# Part 8: obituaries, eulogies, memorial posts, anniversaries, the therapist's own grief.
DOCS = [
("team_note", "direct", None, """FYI — obituary in today's Brookfield Gazette: {{Edward Ford|c152|RELATIVE}}, 82, retired postman. Survived by his sons, including our client {{Michael Ford|c152|FULL_NAME}}, and grandson {{Patrick|c152|RELATIVE}}. Funeral Saturday 11am. Michael is booked in Monday; I'll check in by phone before then.""".replace("Michael is booked", "{{Michael|c152|GIVEN_NAME}} is booked")),

("email", "direct", None, """Subject: eulogy — would you read it?

Hi,

I've attached the eulogy for my brother {{Bernard|c155|RELATIVE}}. I know it's not what therapy is for, but you're the only person who knows the whole story and I need someone to tell me if the bit about the fire station is too much.

{{Jen Young|c155|NICKNAME|nickname_full}}"""),

("social_post", "direct", None, """Rest easy, {{Lori Carroll|c190|FULL_NAME}}. Four years of Thursdays. You taught me more about courage than any training ever did. I'll miss your terrible jokes about {{Family Feud|c190|DISTINCTIVE|fact|Family Feud}}. 🕊️"""),

("team_note", "direct", None, """Anniversary reminder for diary: 14 August — fifth anniversary of the death of {{Kenneth Peterson|c192|FULL_NAME}}'s son {{Fred|c192|RELATIVE}}. Last year he cancelled the week before and the week after. Offer him a choice this time."""),

("email", "direct", None, """Dear {{Taylor|c217|GIVEN_NAME}},

Thinking of you, {{Marvin|c217|RELATIVE}} and {{David|c217|RELATIVE}} as you mark a year without him on Sunday. There's no right way to spend the day. If you want to come in that week, I've kept Tuesday at 4 free.

Warmly,
Bríd"""),

("case_presentation", "direct", None, """Memorial bench application — Parks Department (completed with client in session)
Applicant: {{Cayetano Cerezo|c420|FULL_NAME}}
Applicant date of birth: {{18.07.1964|c420|DOB}}
In memory of: {{Ramona Cerezo|c420|RELATIVE}} (wife), 1966–2024
Plaque wording: "Siéntate, mi amor. The sea is still here.\""""),

("email", "direct", None, """Hi Carmel,

Please note the spelling on the memorial card is {{Olena Henck|c281|MISSPELLED_NAME}} — that's how the client signed it, though our file has it differently. It's for her wife {{Paula|c281|RELATIVE}}'s service on the 22nd. I'll sign on behalf of the practice.

Thanks, T."""),

("team_note", "direct", None, """{{Mick Garcia|c443|NICKNAME|nickname_full}} brought in the order of service from his son {{Thomas|c443|RELATIVE}}'s funeral. We read it together, line by line. He stopped at the hymn. Stayed with it. Next week he wants to talk about his other son."""),

("case_presentation", "direct", None, """Supervision: {{F.J.|c296|INITIALS}}, 63, {{911 dispatcher|c296|DISTINCTIVE|occupation}} in {{Quincy|c296|ADDRESS|city}}, took the call the night his own father died and didn't recognise the address until halfway through. Moral injury on top of grief. Planning EMDR after stabilisation."""),

("email", "direct", None, """Order #20931 — Sympathy wreath

Deliver to: Rachel, {{6232 Kelly Place|c336|ADDRESS|street}}, Hamilton
Card message: "For {{Jessica|c336|RELATIVE}}. With love from everyone at Harbour Counselling."
Delivery date: morning of the 9th, please — the funeral leaves the house at 11.""".replace("Deliver to: Rachel,", "Deliver to: {{Rachel|c336|GIVEN_NAME}},")),

("email", "direct", None, """From: {{Julie Foster|c395|FULL_NAME}} <{{julief89@fastmail.com|c395|EMAIL}}>
Subject: the words for {{Joan|c395|RELATIVE}}

Here's what I'm going to say on Friday. Our daughter wants me to cut the part about the first time we met at the bar. I'm not cutting it. Tell me I'm right."""),

("social_post", "quasi", None, """A client asked me to watch his {{MasterChef episode from season 8|c023|DISTINCTIVE|fact|season 8 of MasterChef}} because his late mother {{Kimberly|c023|RELATIVE}} is in the audience shot, clapping. Seven seconds of footage. We watched it eleven times. Grief finds its own archive."""),

("team_note", "quasi", None, """Anniversary week for him: wife {{Melinda|c198|RELATIVE}} died two years ago on Thursday. He's planning to post a photo of her with {{Nugget, the iguana that went viral|c198|DISTINCTIVE|fact|iguana named Nugget}}, because "that's how the world knew her". Check in Friday."""),

("case_presentation", "quasi", None, """Grief case: his father {{Joseph|c304|RELATIVE}} died in June. Client hosts {{the Analog Historian podcast|c304|DISTINCTIVE|fact|Analog Historian podcast}} and recorded an episode of his father's stories last year; he can't listen to it and can't delete it. Exploring what a "listening appointment" might look like."""),

("social_post", "quasi", None, """Memorial for a much-loved {{firefighter|c322|DISTINCTIVE|occupation}} in {{Madison|c322|ADDRESS|city}} today: her partner {{Krzysztof|c322|RELATIVE}}'s funeral. Her whole crew turned up in uniform. She told me afterwards that she didn't cry until she saw the engine. Proud to know her."""),

("team_note", "quasi", None, """Note: daughter {{Theresa|c487|RELATIVE}} died in January. Client went back to his desk at {{Jackson Architects|c487|EMPLOYER}} on Monday and his colleagues have put a framed photo of her on the shared shelf without asking him. He's practising what to say about it."""),

("social_post", "benign", "nonclient_person", """My grandfather, Tomás Ó Ceallaigh, born 2 February 1929 in Carna, died 19 March 2025 in Galway. Fisherman, singer, terrible driver. He'd have been 96 this year. I'm taking a week off to go home for the month's mind."""),

("social_post", "benign", "public_figure", """The image that undid a nation in April 2021: the Queen sitting alone at Prince Philip's funeral, because of Covid rules. Seventy-three years married. Every widow I've worked with since has mentioned that photograph."""),

("social_post", "benign", "celebrity_namesake", """Richard Simmons died in July 2024, the day after his 76th birthday. He made a lot of lonely people feel less alone in their living rooms. Sweatin' to the Oldies was on in half the care homes I ever visited."""),

("social_post", "benign", "name_as_word", """Ordered the funeral flowers for my aunt today: rose, iris and ivy, because those were the three things in her garden that she never managed to kill. The florist said "she had taste". She did."""),

("social_post", "benign", "nonclient_namesake", """Ten years today since my little brother Kevin died. He was 19. I became a therapist partly because of him. Kev, the kettle's on. Always."""),

("team_note", "benign", "single_quasi", """The memorial bench for the man who painted the giant mural on Olson Place is going in next week, the council tells me. Several clients have mentioned his work over the years; no action for us, just sharing."""),

("social_post", "benign", "weak_attribute", """Obituary-writing workshop at the Waverly library next month for anyone over 70 who'd like to write their own. Run by a retired journalist. Tea provided. Sounds morbid; is actually lovely."""),

("social_post", "benign", "therapy_life", """When a client dies, therapists are often the mourners nobody counts. We can't go to the funeral, can't tell anyone why we're sad, can't put a card on the mantelpiece. Take the grief to supervision. It's real."""),

("social_post", "benign", "nonclient_person", """Obituary: Constance "Connie" Fairweather (née Blythe), 11 August 1937 – 1 June 2025, of Hebden Bridge. Wife of the late Harold, mother of Susan, Paul and Rachel, Nana to seven. Retired district nurse and fierce bridge player. Donations to Marie Curie."""),

("social_post", "benign", "public_figure", """Sinéad O'Connor died in July 2023, eighteen months after her son Shane. She wrote about him publicly in those months, and I still think about how few people knew what to say back to her. Bereaved parents: I see you."""),

("case_presentation", "benign", "deidentified_case", """Anonymised teaching case: a man in his fifties whose adult daughter died by suicide. He wrote her eulogy in one night and has not been able to write anything since, including his own name on cheques. Intervention: writing to her, a line a day, with a timer set for three minutes."""),

("team_note", "direct", None, """For the remembrance board (family gave permission for it to go up in the group room):

JOHNSON, {{Steven|c132|RELATIVE}}. Peacefully, at home in Plymouth, on 30 May, aged 73. Beloved husband of {{Tina|c132|GIVEN_NAME}} (née {{Nash|c132|FAMILY_NAME}}), devoted father of the late {{William|c132|RELATIVE}} and of {{Austin|c132|RELATIVE}}, and a friend to every dog on Orchard Place. Funeral at St Andrew's, Friday 6 June, 11am. Family flowers only; donations to the hospice.

Tina asked me to read it aloud at the start of Thursday's group. I said I'd sit next to her while she did it herself.""".replace("Tina asked me", "{{Tina|c132|GIVEN_NAME}} asked me")),

("team_note", "quasi", None, """Sat with the {{timpanist from the Shelby Symphony|c428|DISTINCTIVE|fact|timpani in the Shelby Symphony}} whose partner {{Amy|c428|RELATIVE}} died on Monday."""),
]
