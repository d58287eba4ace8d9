"""Play-therapy and sandtray notes, filial therapy, children's drawings and quotes, playroom posts."""
DOCS = [
("team_note", "direct", None, """Sandtray, session 6: {{James Romero|c227|FULL_NAME}}. Built a walled city with one gate and put the smallest knight outside it. When I asked about the knight, {{Jim|c227|NICKNAME}} said "he's fine, he likes it out there." Theme of exclusion continues; his mum mentioned he ate alone at school again."""),

("team_note", "direct", None, """Play session. {{Maria|c198|GIVEN_NAME}} drew her family as animals: mum {{Crystal|c198|RELATIVE}} as a cat "because she hides", dad {{Matthew|c198|RELATIVE}} as a bear "because he's loud but soft". Put herself as a bird on the roof. Kept the drawing in her folder at her request."""),

("case_presentation", "direct", None, """Filial therapy case. {{Hope Hernandez|c467|FULL_NAME}} has been learning child-centred play skills with her son {{Jason|c467|RELATIVE}}, 11, after her partner moved out. Early sessions were full of questions and instructions; by session 5, {{Hope|c467|GIVEN_NAME}} was reflecting feelings and letting him lead. I have real hope for this family, and I'd like the group's help thinking about when to fade me out."""),

("team_note", "direct", None, """Filial session 3: {{Ivy|c275|GIVEN_NAME}} with {{Kelly|c275|RELATIVE}} (5). {{Kelly|c275|RELATIVE}} painted the whole page green "like the ivy on Nana's wall" and asked Mum to paint the sun. {{Ivy|c275|GIVEN_NAME}} tracked well, only one question in 30 min. Praise given. Next week: limit-setting."""),

("social_post", "direct", None, """So proud of {{Brittney|c329|GIVEN_NAME}} today who finally let me keep one of her drawings for my playroom wall 😭 Eight months ago she wouldn't draw at all. Kids are amazing. #playtherapy #proudtherapist"""),

("team_note", "direct", None, """Sandtray: {{Jefrey Strickland|c194|MISSPELLED_NAME}}. Buried the band figures (drummer, guitarist) then dug them up one by one. Said "they're not dead, they're just waiting." Links to him quitting band? Explore gently next week."""),

("case_presentation", "direct", None, """Art-therapy case: {{Christopher Peterson|c195|FULL_NAME}}, 15. Every drawing for weeks has included a tortoise. His family's tortoise, {{Lady Marmalade, went viral last year|c195|DISTINCTIVE|fact|tortoise named Lady Marmalade}}, and the attention at school was overwhelming. The tortoise seems to represent slowness, a shell, safety. Discussion: using the image directly vs. staying in the metaphor."""),

("email", "direct", None, """Subject: {{Jakub|c054|RELATIVE}}'s drawing

Dear Mr. {{Prokopczuk|c054|FAMILY_NAME}},

{{Jakub|c054|RELATIVE}} asked me to send you a photo of the drawing he made today: a fire engine with "TATA" on the side. He was very proud. He also said he misses {{Jacek|c054|RELATIVE}} when they're at different houses, so it may help to let the brothers video-call on your weeks.

Kind regards,
Orla Keating"""),

("team_note", "direct", None, """{{Penny|c239|NICKNAME}} brought {{Jesse|c239|RELATIVE}} (4) for the first play session. He wouldn't leave her lap for 15 min, then went for the dinosaurs. The penny dropped for Mum when he made the mummy T-rex leave "for work" and the baby cry. Discussed separation anxiety around her new job at the school library."""),

("team_note", "direct", None, """亲子游戏治疗 / parent–child session: {{张洋|c230|RELATIVE}} (6) with mother {{张霞|c230|FULL_NAME}}. 孩子画了一个家，爸爸不在里面。Mother very tearful; she says father left in March. Interpreter present. Continue weekly; offer mother individual session."""),

("case_presentation", "direct", None, """Case for group supervision: {{A.S.|c493|INITIALS}}, 17, {{North Franklin High|c493|SCHOOL}}. Uses drawing rather than talking. Her recent self-portrait shows her holding an oboe with no mouth. We'll look at the image together (with her consent) and think about voice, performance and control."""),

("team_note", "quasi", None, """Play session (boy, 14, {{Franklin Middle|c182|SCHOOL}}). Still using the playroom though he says he's "too old for it". Built a lacrosse pitch in the sand. Mum {{Ashley|c182|RELATIVE}} waiting outside; asked for a parent review next month."""),

("case_presentation", "quasi", None, """Play-therapy vignette: a 6-year-old boy, {{Luke|c189|RELATIVE}}, whose mum works evenings tending bar at {{Franklin Brewing Company|c189|EMPLOYER}}. His older sister {{Margaret|c189|RELATIVE}} does his bedtime. In the playroom he repeatedly "puts the baby to bed" and then wakes it. Formulation: parentified sibling and a child practising being cared for."""),

("social_post", "quasi", None, """One of my teens brought a fluffy puppy to session today — his family {{breeds champion Bernese mountain dogs here in Lebanon|c119|DISTINCTIVE|fact|Bernese mountain dogs in Lebanon}}, and the pup was the only thing that got him talking about {{North Franklin High|c119|SCHOOL}}. Animal-assisted therapy, unplanned edition 🐶 #therapydog"""),

("team_note", "quasi", "employer+relative", """Sibling play session: brothers (7 and 9), younger one {{Darius|c226|RELATIVE}}. Mum is a radiographer at {{Cruz Pharmacy|c226|EMPLOYER}}, picks them up at 5. Lots of rivalry over the Lego; {{Darius|c226|RELATIVE}} kept knocking down the older boy's tower. Try cooperative game next week."""),

("case_presentation", "quasi", None, """Vignette: a single mother, bank teller at {{Huynh Insurance|c415|EMPLOYER}}, raising two boys, {{Patrick|c415|RELATIVE}} and {{Ricky|c415|RELATIVE}}. The younger has been biting at nursery. Play observation shows him copying his brother's rough play. Plan: parent-child interaction therapy."""),

("team_note", "quasi", None, """Parent session (dad). Son {{William|c433|RELATIVE}}, 6, insists on coming to dad's concerts; dad {{plays trombone in the Clayton Symphony|c433|DISTINCTIVE|fact|trombone in the Clayton Symphony}}. Boy's anxiety peaks when dad is on stage and he can't reach him. Suggested a "signal" from the stage."""),

("social_post", "quasi", None, """A kid in my playroom today told me her mum's llama is "more famous than Taylor Swift". To be fair, {{Pancake the llama did go viral|c225|DISTINCTIVE|fact|llama named Pancake}}. {{Anna|c225|RELATIVE}}, you made my whole week. #playtherapy #kidsquotes"""),

("social_post", "benign", "therapy_life", """A little one in my playroom today told me her worry monster eats broccoli, "so it gets strong and then it gets tired". I have been a therapist for nineteen years and I have never heard a better description of anxiety. #playtherapy #childtherapist"""),

("social_post", "benign", "nonclient_namesake", """My own little Bean (age 4) has decided that my job is "playing with toys and asking how people feel". Honestly, Bean, not far off. Mum-guilt on a Monday when I hand her over at nursery and go play with other people's kids. 💛"""),

("team_note", "benign", "public_figure", """Group play, under-7s: Paw Patrol rescue game. Chase and Marshall "saved" the baby turtle from the sand; Skye refused to help. Ryder was the boss. Turn-taking improving. No individual concerns."""),

("case_presentation", "benign", "deidentified_case", """Presentation: "Bug" (the name her family uses; details changed), aged 5, referred after a house fire. For the first six sessions she only played "fire drills". In session 7 the dolls went back into a rebuilt house. We will look at the progression of her play with the group and discuss the therapist's role in trauma play."""),

("team_note", "benign", "name_as_word", """Sunny day, so took the 2pm session out to the garden. Sand tray moved to the patio. Child buried and found treasure for 40 minutes. Remember: sunscreen in the playroom drawer."""),

("social_post", "benign", "name_as_word", """Joy is a skill. Watching a seven-year-old spin in circles until she falls over laughing reminds me that kids don't need permission for it. Give yourself some grace this week, grown-ups. #playmatters"""),

("email", "benign", "nonclient_person", """Subject: toy donations

Hi Ms. Rose,

Thank you so much to your Year 2 class for the toy collection! The playroom now has a new doll's house and three bags of Duplo. The children will love them. Please thank the parents for us.

Best wishes,
Orla"""),

("social_post", "benign", "public_figure", """"Anything that's human is mentionable, and anything that is mentionable can be more manageable." — Fred Rogers. Still the best sentence ever written about child therapy. #MisterRogers #playtherapy"""),

("case_presentation", "benign", "weak_attribute", """Short case: a 6-year-old boy, parents separated, mother a nurse working nights. Referred for aggression at school. Play themes: fortresses and guards. Formulation and plan to be discussed; no identifying details included."""),
]
