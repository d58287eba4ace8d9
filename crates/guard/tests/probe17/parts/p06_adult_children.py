# Part 6: adult children managing a parent's care — sibling emails forwarded to the therapist, voicemails, carers' forms.
DOCS = [
("email", "direct", None, """---------- Forwarded message ---------
From: {{Amy Cox|c097|FULL_NAME}} <{{amyc83@fastmail.com|c097|EMAIL}}>
To: counselling@riverbend-practice.org
Subject: Fwd: Dad

This is what I was telling you about on Tuesday. Can we talk about it next session?

> From: {{Joshua|c097|RELATIVE}}
> Sent: Sunday 22:47
> Subject: Dad
>
> Amy, I can't keep doing every weekend. Dad fell again on Friday and you were "busy". {{Jermaine Cox|c097|RELATIVE}} is your father too. I know you've got a lot on, but so have I: I've got a job and two kids and a wife who hasn't seen me on a Saturday since March.
>
> The OT says he needs a second rail on the stairs and someone there for the morning shower. The agency can do three mornings. That leaves four. I can do two. That means you do two, or we pay for it, or we start talking about Oakfield, and you know what he said about Oakfield.
>
> I'm not trying to start a fight. I'm trying to stop one. Ring me tomorrow after six. Please actually ring.
>
> J.

>> On Friday, {{Amy|c097|GIVEN_NAME}} wrote:
>> Can't this weekend, sorry. Will call Dad Saturday. Give him my love x
""".replace("> Amy, I can't", "> {{Amy|c097|GIVEN_NAME}}, I can't")),

("email", "direct", None, """Voicemail transcription (practice line), Mon 08:14

"Hi, it's {{Catherine Collins|c211|FULL_NAME}}, I'm meant to be seeing you at eleven. Dad — {{John Collins|c211|RELATIVE}} — fell in the night and we're at A and E, so I won't make it. I'm sorry. Could someone call me back on {{(469) 752-4832|c211|PHONE}} about rebooking? Thanks."

Logged: AB"""),

("email", "direct", None, """Hi {{Gabriela|c307|GIVEN_NAME}},

Thanks for sending the council's letter about your mum {{Miriam|c307|RELATIVE}}'s care assessment. I've read it, and you're right that the wording is cold. Let's go through it together on Thursday and work out which parts you want to challenge and which you can let go. Bring your sister's comments if she sends them.

See you then,
Lena"""),

("team_note", "direct", None, """{{Jeff Dean|c345|NICKNAME|nickname_full}}: his father {{Thomas|c345|RELATIVE}} moved in with the family in April after the second stroke. Jeff's daughters are sharing a room now. Lots of guilt, some resentment, no words yet for the resentment. Carers' assessment not done — will prompt.""".replace("Jeff's daughters", "{{Jeff|c345|NICKNAME}}'s daughters")),

("team_note", "direct", None, """"Caring for Ageing Parents" group, session 3 — notes
- {{Whitney Craig|c255|FULL_NAME}}: father {{Robert|c255|RELATIVE}}, Parkinson's, now in a nursing home two hours away. Driving guilt.
- {{Ryan Stein|c263|FULL_NAME}}: dad {{Michael|c263|RELATIVE}}, dementia, lives with Ryan and his daughter. Exhausted; nodded off in group.
- {{Renee Brewer|c354|FULL_NAME}}: shares Mum's care with brother {{Jeffrey|c354|RELATIVE}}; they've stopped speaking.
Theme: who gets to be tired.""".replace("lives with Ryan and", "lives with {{Ryan|c263|GIVEN_NAME}} and")),

("case_presentation", "direct", None, """CARER'S ASSESSMENT — self-completion section
Carer's name: {{Linda Callahan|c480|FULL_NAME}}
Carer's date of birth: {{09/09/1962|c480|DOB}}
Person cared for: mother (91), lives with carer
Other support: daughter {{Kayla|c480|RELATIVE}} helps at weekends
Q: Do you feel you have a life of your own outside caring? A: "Tuesdays, 50 minutes, with my therapist.\""""),

("email", "direct", None, """Hi Oonagh,

Can you change the name on the invoice to {{Brittney Boyd|c365|MISSPELLED_NAME}}? She's paying for her mum {{Sharon|c365|RELATIVE}}'s sessions as well as her own now and wants it on one bill.

Thanks, Fi (admin)"""),

("case_presentation", "direct", None, """Case for peer group: {{W.P.|c312|INITIALS}}, 48, data analyst at {{Northwind Systems|c312|EMPLOYER}}, only child, caring for his mother {{Briana|c312|RELATIVE}} who has COPD and early dementia. Presents with panic at work whenever the phone rings. Formulation: hypervigilance — every call could be "the call"."""),

("email", "direct", None, """Dear counsellor,

I'm {{Dylan|c452|RELATIVE}}, {{Vinny Mcdonald|c452|NICKNAME|nickname_full}}'s son. Dad said it was OK to email you. He doesn't remember that he's already told you about Mum, and he gets embarrassed, so could you let him tell it again? He needs to tell it. Thank you for seeing him.

Dylan""".replace("\n\nDylan", "\n\n{{Dylan|c452|RELATIVE}}")),

("team_note", "direct", None, """Rang {{Mr Ryan|c378|FAMILY_NAME}} back re: Thursday. His da {{Keith|c378|RELATIVE}} was moved to the nursing home in Callan on Monday and he's been sleeping in the car park. He'll come in if he can get someone to cover the yard. Offered a phone session instead."""),

("email", "direct", None, """To: carers-pack@council.example
Please post the carers' information pack to our client at {{917 Meadow Lane|c500|ADDRESS|street}}, Lexington. She cares for her father, {{Jon Acosta|c500|RELATIVE}}, and doesn't use email. Thank you."""),

("social_post", "quasi", None, """A client said today: "My father {{Anthony|c064|RELATIVE}} taught me to read in the back of a shop, and now I own the {{bookshop on Cedar Drive|c064|DISTINCTIVE|fact|bookshop on Cedar Drive}} and he doesn't know what a book is." I had nothing to say, so I said nothing, and that was right."""),

("email", "quasi", None, """Subject: sandwich generation — consult?

She {{plays oboe in the Oxford Symphony Orchestra|c090|DISTINCTIVE|fact|oboe in the Oxford Symphony}}, her son {{George|c090|RELATIVE}} has just moved back home after university, and her mother moved in three weeks later. No rehearsal time, no room of her own. I'm wondering about a carers' break and whether to push it."""),

("team_note", "quasi", None, """New client: {{real estate agent|c127|DISTINCTIVE|occupation}} in {{Lancaster|c127|ADDRESS|city}}, was on {{Jeopardy! (season 5)|c127|DISTINCTIVE|fact|season 5 of Jeopardy}} years ago. Husband {{Gregory|c127|RELATIVE}}'s mother has moved in with them and it's "like living with a very polite ghost"."""),

("social_post", "quasi", None, """Favourite moment this week: a client whose mother {{Katie|c174|RELATIVE}} has dementia brought the {{alpaca Turnip (yes, the viral one)|c174|DISTINCTIVE|fact|alpaca named Turnip}} to the care home garden, and her mum laughed for the first time since February."""),

("case_presentation", "quasi", None, """Presenting: carer strain. He hosts {{the Analog Cook podcast|c118|DISTINCTIVE|fact|Analog Cook podcast}} and has been recording episodes at 5am because it's the only quiet hour since his wife {{Sharon|c118|RELATIVE}}'s father moved in. Sleep four hours a night. Irritable with the kids."""),

("team_note", "quasi", None, """Carers' support: her sister {{Andrea|c087|RELATIVE}} lives abroad and "sends advice". Client {{coaches the Newport Comets under-12 hockey team|c087|DISTINCTIVE|fact|Newport Comets under-12 hockey}} and does all of Mum's care around practice. Resentment building; sister visiting in August."""),

("email", "benign", "nonclient_person", """From: Maura Kinsella
To: Declan Kinsella; Siobhán Ní Bhriain
Subject: Mammy — rota for July

Declan, you have the 1st to the 14th. Siobhán, 15th to the end. I'll do the hospital appointment on the 9th. Mammy's care package is going up to four calls a day from the 21st; the agency is sending Precious and Rui. Her 90th is on 28 July and she wants ham, not salmon. Do NOT buy salmon.
M"""),

("social_post", "benign", "name_as_word", """There's an art to caring for a parent and nobody teaches it. Sage advice from my supervisor: "You are allowed to love her and be angry with her in the same afternoon." Chase the respite grant. Hunt for the carers' café. Rest when you can."""),

("social_post", "benign", "therapy_life", """Half my Tuesday list is people in their fifties caring for parents in their eighties while their own kids are still at home. We call it the sandwich generation. They call it "a normal week". I call it heroic and I tell them so."""),

("team_note", "benign", "weak_attribute", """Enquiry: woman in her fifties from Madison, caring for her father with Parkinson's, asking about weekend appointments. Added to the waiting list."""),

("social_post", "benign", "public_figure", """Ronald Reagan's handwritten letter in November 1994, announcing his Alzheimer's diagnosis, said he regretted the burden it would place on Nancy. She cared for him for ten years. Thirty years on, carers still tell me that letter was the first time they felt seen."""),

("social_post", "benign", "nonclient_namesake", """My brother Ryan and I take turns driving to Mum's. This weekend he left a note on the fridge: "She beat me at Scrabble. Again. Good luck." Siblings sharing care is hard. Siblings being funny about it helps."""),

("team_note", "benign", "single_quasi", """For awareness: one of my carers coaches the Jackson Rockets softball team on Saturdays and can't make weekend group sessions. Could we pilot a Wednesday evening slot?"""),

("case_presentation", "benign", "deidentified_case", """Anonymised vignette: three adult siblings, one parent with advanced dementia. The eldest holds the power of attorney; the youngest lives nearest and does the care; the middle one lives abroad and sends money. Each believes they carry the most. Family session goals: name the invisible work, and agree one decision at a time."""),

("email", "benign", "nonclient_person", """Voicemail for Mrs Pike's son, left on the practice line by mistake:

"Hello, this is Marguerite from Sunrise Home Care calling about your mother, Mrs Doreen Pike. She's fine, but she's refused her tablets twice today. Could you call me back on 0161 496 0142? Thanks."

— Not our client. Returned the call to let the agency know the number was wrong."""),

("social_post", "benign", "celebrity_namesake", """Will Smith has spoken about the conversations he had with his father in the months before he died in 2016. Adult children caring for a dying parent: there can be good conversations in there too. Not instead of the hard ones — as well."""),
]
