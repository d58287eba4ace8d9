# Part 9: family history, genealogy, grandchildren, and mourning customs across countries
# (Nine Night, babang luksa, trigesimo, Qingming, Zaduszki).
DOCS = [
("team_note", "direct", None, """{{Gustaw|c111|GIVEN_NAME}} brought the box of his father {{Aleksander Klin|c111|RELATIVE}}'s papers today — ration cards from Gdańsk, a 1956 train ticket, letters he can't read because they're in German. We built a genogram on the whiteboard. He photographed it before we wiped it."""),

("email", "direct", None, """Hi Desmond,

{{Cher|c389|NICKNAME}} has asked for next Thursday off: it's the Nine Night for her father, {{Ricky|c389|RELATIVE}}, in Kingston and she's flying out Tuesday. She'd like a phone session the week after if possible, Jamaica time permitting.

Thanks,
Yvonne (admin)"""),

("social_post", "direct", None, """{{Tiffy Ballard|c417|NICKNAME|nickname_full}}, you made my whole week. She showed me the family-history scrapbook she's making for her son {{Justin|c417|RELATIVE}}, with a page for every one of his great-grandparents, including "the one nobody talks about". Legacy is an act of love."""),

("team_note", "direct", None, """{{Luciano|c462|GIVEN_NAME}} goes home to Italy on Friday for the trigesimo — the Mass thirty days after his mother {{Matilde|c462|RELATIVE}}'s death. His brother is organising it and hasn't asked him to read. Worked on what he'll say if asked and what he'll do if he isn't."""),

("case_presentation", "direct", None, """Cultural consultation: {{Hui Chen|c199|FULL_NAME}}, 54, wants help planning Qingming this year — the first since her mother-in-law died. Husband {{Wei Odom|c199|RELATIVE}} is not Chinese and doesn't understand why she wants to sweep a grave in another country. Daughter {{Ying|c199|RELATIVE}} wants to go with her."""),

("case_presentation", "direct", None, """DNA test kit — registration details (client asked me to sit with him while he activated it; he is afraid of what it will show about his father)
Kit registered to: {{Nils Rasmussen|c207|FULL_NAME}}
Date of birth: {{23 March 1971|c207|DOB}}
Relatives to notify: mother, {{Siri Rasmussen|c207|RELATIVE}}"""),

("team_note", "direct", None, """{{Angelika Crawford|c334|MISSPELLED_NAME}} (her wife {{Amanda|c334|RELATIVE}} came too): traced Amanda's grandmother to a mother-and-baby home in 1962. Both very shaken. Angelika wants to know whether to tell Amanda's mother. Not our decision; explored whose story it is.""".replace("traced Amanda's", "traced {{Amanda|c334|RELATIVE}}'s").replace("Angelika wants", "{{Angelika|c334|MISSPELLED_NAME}} wants").replace("tell Amanda's mother", "tell {{Amanda|c334|RELATIVE}}'s mother")),

("team_note", "direct", None, """{{S.L.|c340|INITIALS}} and her wife {{Sandra|c340|RELATIVE}} are doing a family-history course together "so the kids know where both their mums came from". S.L. says it's the first time she's been able to talk about her own father without shaking.""".replace("S.L. says", "{{S.L.|c340|INITIALS}} says")),

("team_note", "direct", None, """Phone log: {{May|c373|GIVEN_NAME}} rang about the family-history group — she wants to bring her sister {{Rebekah|c373|RELATIVE}}. Call back on {{(760) 556-4519|c373|PHONE}} after 6."""),

("team_note", "direct", None, """Roots & Branches group, week 2 (family history as grief work)
{{Bill Kelly|c293|NICKNAME|nickname_full}} — found his great-grandmother's grave; sister {{Miranda|c293|RELATIVE}} paid for a new headstone.
{{Holly Johnson|c284|FULL_NAME}} — brought her grandmother's midwifery register, 1931–1958.
{{Summer Jones|c451|FULL_NAME}} — made a tree for her kids, {{Ariana|c451|RELATIVE}} and {{Jeremy|c451|RELATIVE}}. Cried at the blank branch."""),

("email", "direct", None, """Cześć,

wysyłam Ci notatki z grupy. Tymon prosił, żeby przesłać mu skan aktu urodzenia dziadka na {{tymon.torz@aol.com|c456|EMAIL}} — znalazł go w archiwum w Lublinie. Jego brat {{Natan|c456|RELATIVE}} nie chce o tym rozmawiać.

Ola""".replace("Tymon prosił", "{{Tymon|c456|GIVEN_NAME}} prosił")),

("social_post", "quasi", None, """Loved this from a client: she hosts {{the Tiny Neighbor podcast|c092|DISTINCTIVE|fact|Tiny Neighbor podcast}} and has started recording her daughter {{Mei|c092|RELATIVE}} interviewing her about the family's migration, "so there's a voice, not just a tree". Oral history as grief prevention."""),

("case_presentation", "quasi", None, """Family-history work: she's a photographer at {{the Jackson Herald|c318|EMPLOYER}} and has been restoring old family photographs for her son {{Hao|c318|RELATIVE}}. One of them shows a great-aunt nobody will name. Exploring family secrets across three generations."""),

("team_note", "quasi", None, """New client: {{accountant|c327|DISTINCTIVE|occupation}} in {{Troy|c327|ADDRESS|city}}, {{coaches the Troy Otters under-10 volleyball team|c327|DISTINCTIVE|fact|Troy Otters under-10 volleyball}}. Her brother {{Lei|c327|RELATIVE}} has found a half-sibling through a DNA site and she is furious with everyone, including their dead father."""),

("email", "quasi", None, """Subject: genealogy and grief — a question

He's tracing his late mother's line in Brittany with his sister {{Lorraine|c276|RELATIVE}}, and he {{breeds Great Danes in Franklin|c276|DISTINCTIVE|fact|Great Danes in Franklin}}. Sister says he's "hiding in the archives". Is family-history research avoidance or grief work? Genuinely asking."""),

("social_post", "quasi", None, """A client — a surgeon at {{St. Brigid's Hospital|c432|EMPLOYER}}, of all the busy people — has spent her holidays with her wife {{Elizabeth|c432|RELATIVE}} in parish archives in Mayo, looking for the grandparents neither of them met. She says it's the only place her pager can't find her."""),

("social_post", "benign", "nonclient_person", """Family-history rabbit hole of the week: my 3x great-grandmother Bridget Kelly, b. 1841 Ballinasloe, married Michael Hanrahan in 1862, emigrated to Liverpool 1864, eleven children, seven survived. Died 1903. Her daughter Honora is my great-great-grandmother. I cried in the county archive."""),

("social_post", "benign", "public_figure", """Who Do You Think You Are? is secretly a grief programme. Danny Dyer finding out he's descended from Edward III, and in the same series of discoveries, ancestors who ended their days in the workhouse. Kings and paupers on one tree. That's family history."""),

("social_post", "benign", "nonclient_namesake", """My tree is full of Puritan names: Patience Whitlock, Faith Ames, Hope Aldridge, and a Joy who died at two. You can read a family's grief in the names they chose for the next baby."""),

("social_post", "benign", "nonclient_person", """Babang luksa for my Lola Rosario this weekend — the end of a year of mourning. Lolo Ernesto will finally take off the black armband. My titas have been cooking since Thursday. If you're Filipino you know; if you're not, come and eat."""),

("social_post", "benign", "therapy_life", """I use genograms with nearly every older client. Three generations on a page and suddenly the pattern is visible: the eldest daughter who always stays, the son who always leaves, the grief nobody named in 1947."""),

("case_presentation", "benign", "deidentified_case", """Anonymised: a woman in her sixties discovered through a DNA test that the man who raised her was not her biological father. Both parents are dead. Presenting with a grief that has no funeral. Work: permission to mourn a relationship that was real and a fact that was hidden."""),

("team_note", "benign", "single_quasi", """One of my clients was on The Amazing Race, season 4, and is now making a family-history video for the grandchildren using the old footage. Mentioning only because he's asked whether the practice could lend him the projector."""),

("team_note", "benign", "weak_attribute", """New enquiry: grandmother, 80, from Kingston, referred by her GP for low mood since her twin sister died. Prefers a woman therapist."""),

("social_post", "benign", "nonclient_person", """Nine Night for Aunty Merle in Spanish Town: nine nights of singing, dominoes, white rum and curried goat, and on the ninth night Uncle Desmond turned her mattress so the duppy wouldn't stay. Grief, Jamaican-style, is loud and full of food. Rest well, Aunty."""),

("social_post", "benign", "public_figure", """Alex Haley's Roots came out in 1976 and sent a whole generation to the archives. Fifty years on, my older clients still mention the miniseries when they talk about why they started their family trees."""),

("social_post", "benign", "name_as_word", """Tracing the family on Zaduszki, candles on every grave in the village, my babcia said: "Art is for museums. Faith is for here." Then she made me carry the candles up the hill. Sage woman."""),

("social_post", "benign", "nonclient_person", """Six months of family-history research, a thread for anyone who thinks it's just dates:

My great-great-grandfather Giuseppe Ferraro was born in Morano Calabro on 3 April 1868 and left for New York in 1891, aged 23, with eleven lire and a cousin called Vincenzo. He married Concetta Laino in 1894 at Our Lady of Pompeii on Carmine Street. They had nine children; four lived past five. One of them, Rosina, born 1903, is my great-grandmother.

Rosina married Patrick Joseph Hanlon, a docker from Cobh, in 1922, to the horror of both families. Their first son, Joseph, died of diphtheria in 1925 at eighteen months. Rosina never spoke his name again, my grandmother told me; she only ever said "the first one". The next boy was also called Joseph. So was the one after that, who lived.

Grandma Theresa, born 1931, was the youngest. She died on 17 February 2019, aged 87, still furious that nobody had written any of this down.

So I'm writing it down. The archives are full of grief: the children's graves, the repeated names, the ship manifests where someone is listed and then isn't. Family history is the long record of how people carried on.

If you're researching Calabrian emigrants to New York, the Ellis Island passenger lists and the Morano parish registers (1809–1910, on microfilm) are where I'd start."""),

("social_post", "benign", "nonclient_person", """Happy heavenly birthday, Nan. 90 today. x"""),
]
