# Part 10: widowhood groups, carers' and bereaved spouses' groups, practice admin.
DOCS = [
("team_note", "direct", None, """Widowhood group ("Tuesdays at the Crescent"), week 5
Present: {{Alison Johnson|c046|FULL_NAME}} ({{Kenneth|c046|RELATIVE}}, d. 2023), {{Logan Woods|c257|FULL_NAME}} ({{Lisa|c257|RELATIVE}}, d. 2024), {{Tricia Griffin|c387|NICKNAME|nickname_full}} ({{Greg|c387|RELATIVE}}, d. January)
Apologies: Mrs Okoro (hospital)
Theme: the second year is worse, and nobody warns you. Logan said the casseroles stop in month three. Everyone laughed because everyone knew.""".replace("Logan said", "{{Logan|c257|GIVEN_NAME}} said")),

("email", "direct", None, """Hi Deirdre,

{{Ted Myers|c016|NICKNAME|nickname_full}} has cancelled tomorrow — it would have been {{Denise|c016|RELATIVE}}'s birthday and he's going to the coast with their son. Please don't charge the late fee. I'll ring him Thursday.

Thanks, Marguerite"""),

("team_note", "direct", None, """Family evening for the bereaved-spouses group: {{Faith Kennedy|c225|FULL_NAME}} asked whether her son {{Randy|c225|RELATIVE}} (14) could come. Yes — that's exactly who the evening is for. Faith wondered if he'd be the only teenager; he won't.""".replace("Faith wondered", "{{Faith|c225|GIVEN_NAME}} wondered")),

("social_post", "direct", None, """{{Grace Walker|c335|FULL_NAME}} said the bravest thing I've heard in group all year: "I'm not sad every day any more, and I feel guilty about that." Half the room exhaled. Permission is medicine."""),

("team_note", "direct", None, """Ms {{Patience Smith|c273|FULL_NAME}} joined the widows' walking group today with her sister {{Victoria|c273|RELATIVE}}. Patience said she hadn't walked further than the shop since the funeral. They did the whole loop.""".replace("Patience said", "{{Patience|c273|GIVEN_NAME}} said")),

("social_post", "direct", None, """{{Sage|c261|GIVEN_NAME}} told the group this week that she's started setting two places at the table again — one for her, one for her son {{Steven|c261|RELATIVE}}, who is nine and has decided he's "the man of the house". We talked about letting nine be nine."""),

("case_presentation", "direct", None, """WIDOW'S PENSION — supporting information (checked with client, at her request)
Surviving spouse: {{Kristine Craig|c369|FULL_NAME}}
Date of birth: {{22/06/1972|c369|DOB}}
Deceased: {{Miguel Craig|c369|RELATIVE}}
Date of death: 04/02/2025
Counsellor's note: client has attended weekly since February; appointment letters enclosed as evidence of ongoing support."""),

("email", "direct", None, """Subject: spelling on group certificate

Hi Ade — the certificate for the widows' course says "{{Ying Zhau|c408|MISSPELLED_NAME}}". She laughed, but could we reprint it before Friday? Her husband {{Jun|c408|RELATIVE}} always corrected the spelling for her and she says she "won't start doing it herself now".

Cheers, K."""),

("case_presentation", "direct", None, """Supervision notes — {{P.C.|c154|INITIALS}}, 46, nurse at {{Barr Dental Group|c154|EMPLOYER}}, widowed in January when his wife {{Jacqueline|c154|RELATIVE}} died suddenly. Back at work after two weeks; colleagues avoid him in the staff room. Primary concern: "I'm becoming the sad man at work"."""),

("email", "direct", None, """Voicemail, Saturday 10:02:

"Hello, this is {{Rachel|c499|RELATIVE}}, {{Will Townsend|c499|NICKNAME|nickname_full}}'s daughter. Dad's not doing well after the anniversary and he asked me to ring. He can't face the group this week. You can reach him on his mobile, {{(402) 539-6085|c499|PHONE}}. Thanks."

— logged by reception; passed to the group facilitator."""),

("email", "direct", None, """Subject: Christmas cards — bereaved clients (please check)

Hi Jo, here are the two we discussed for the "first Christmas" card:
{{Paul David|c153|FULL_NAME}}, {{1906 High Street|c153|ADDRESS|street}}, Oxford (wife {{Claire|c153|RELATIVE}})
{{Kurt Stanley|c077|FULL_NAME}}, {{3974 Hawthorn Terrace|c077|ADDRESS|street}}, Kingston (mother {{Catherine|c077|RELATIVE}})
Plain cards, no "season's greetings", handwritten."""),

("team_note", "quasi", None, """Group member update: his wife {{Heather|c020|RELATIVE}} died in October. He {{plays viola in the Eastport Symphony|c020|DISTINCTIVE|fact|viola in the Eastport Symphony}} and went back to rehearsals last week; says the music is fine, it's the interval that's unbearable, because that's when she used to ring."""),

("social_post", "quasi", None, """Widowhood group made me laugh today. A member told us her late wife {{Rhonda|c277|RELATIVE}} used to say their goat {{Beans (the one that went viral)|c277|DISTINCTIVE|fact|goat named Beans}} was "the real head of household". The goat is doing fine. She is doing slightly less fine, and that's allowed."""),

("case_presentation", "quasi", None, """Bereaved spouse, 49, {{real estate agent at Brown Realty|c050|EMPLOYER}}. Husband {{Jacob|c050|RELATIVE}} died of a heart attack at 51. She hosts {{the Tiny Historian podcast|c050|DISTINCTIVE|fact|Tiny Historian podcast}} and has recorded an episode about him that she can't release. Question: is publishing it grief work or exposure?"""),

("team_note", "quasi", None, """Note: wife {{Betty|c461|RELATIVE}} died in March. Client is an {{insurance adjuster|c461|DISTINCTIVE|occupation}} in {{Troy|c461|ADDRESS|city}} and has to process other people's death claims at work. Asked for help with a script for "the bad ones"."""),

("social_post", "benign", "name_as_word", """A widow in my group can't sell her husband's Mercedes and can't bring herself to drive it. So it sits in the garage and she sits in it sometimes, with the radio on. Chase the insurance later. Sit in the car now."""),

("team_note", "benign", "nonclient_person", """Widowhood programme, autumn: facilitators Bernadette Quigley and Kwame Asante. Guest speakers: 14 October, Dr Helen Parry on sleep; 4 November, Rev. Janet Oduya on anniversaries; 2 December, solicitor Marcus Fenn on probate. Venue: St Brendan's parish hall."""),

("social_post", "benign", "public_figure", """Queen Victoria wore black for forty years after Albert died in December 1861. Whenever a client apologises for "still" grieving at eighteen months, I think of her."""),

("social_post", "benign", "therapy_life", """Widowhood group ground rules, written by the group themselves: no "at least". No "everything happens for a reason". Casseroles welcome in months four to twelve. Laughing is allowed. So is leaving early."""),

("team_note", "benign", "weak_attribute", """Waiting list: widower, 58, firefighter, two teenage children, lost his wife to cancer in the spring. Asked for an evening slot."""),

("team_note", "benign", "single_quasi", """For the group leaders: one of the widows owns the yoga studio on Jones Way and has offered the room for a free chair-yoga session for the group. Lovely offer — shall we take it?"""),

("case_presentation", "benign", "deidentified_case", """De-identified: a woman in her forties widowed when her husband died on a family holiday abroad. Repatriation, coroner's inquest, two children under ten. Six months on she presents "fine" and exhausted. Work: slowing the administrative grief so the emotional grief has room."""),

("social_post", "benign", "nonclient_namesake", """My mother, Grace, was widowed at 41 with four of us under twelve. I've been a bereavement therapist for fifteen years and I still think she knew more about it than any of my training."""),

("email", "benign", "therapy_life", """Dear all,

The practice will be closed on 25 and 26 December and 1 January. The widowhood group will meet as usual on Tuesday 30 December — several of you asked for that, and the facilitators agreed. Tea and mince pies provided.

Reception"""),

("social_post", "benign", "celebrity_namesake", """Taylor Swift's "Ronan" takes its words from Maya Thompson's blog about her son, who died of cancer before his fourth birthday. I play it in the bereaved-parents group only when someone asks. Someone always eventually asks."""),

("case_presentation", "benign", "nonclient_person", """Template (fictional) for the pension workshop: "I, Margaret Rose Halloran, widow of Francis Xavier Halloran (died 17 January 2025), of 3 Quarry Lane, Tralee, apply for the Widow's Contributory Pension." Attach: death certificate, marriage certificate, PPS numbers."""),

("social_post", "benign", "public_figure", """Sheryl Sandberg's Option B, written with Adam Grant after her husband Dave Goldberg died suddenly in 2015, is still the book my widowed clients under fifty ask about most."""),

("case_presentation", "direct", None, """BEREAVED PARTNERS GROUP — registration form (scanned, please file)
Date of birth: {{04/12/1983|c253|DOB}}
Name of the person who died: {{James Jones|c253|RELATIVE}}
Relationship to you: husband
Date of death: 19 January
How did you hear about us? GP
Anything we should know? "My daughter is seven and will be in the crèche. I might need to leave early. I don't want to talk in the first session."
Office use: added to Wednesday evening group; crèche place confirmed."""),

("team_note", "direct", None, """{{Rissa|c136|NICKNAME}}'s first Christmas without {{Catherine|c136|RELATIVE}}. Card sent."""),
]
