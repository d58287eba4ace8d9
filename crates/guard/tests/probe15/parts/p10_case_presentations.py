"""Case presentations for supervision, conferences and peer groups, from writers in several countries and languages."""
DOCS = [
("case_presentation", "direct", None, """Παρουσίαση περίπτωσης (εποπτεία): {{Ανδρέας Αδαμόπουλος|c095|FULL_NAME}}, 51, ηλεκτρολόγος, πατέρας του {{Θεόδωρος|c095|RELATIVE}} (14). Ο γιος αρνείται να πάει σχολείο από τον Οκτώβριο. Ο πατέρας αισθάνεται ότι «χάνει» το παιδί του. Ερώτημα: πώς να δουλέψουμε με τον πατέρα όταν ο έφηβος δεν έρχεται στις συνεδρίες;"""),

("case_presentation", "direct", None, """督导个案汇报：{{聂宇|c143|FULL_NAME}}，61岁，水管工。女儿{{聂玉|c143|RELATIVE}}今年读初三，最近三个月拒绝上学，晚上失眠。父亲认为是"懒"，母亲认为是"抑郁"。讨论重点：如何在文化差异中与父亲建立合作关系。"""),

("case_presentation", "direct", None, """Supervision case: {{Will Parker|c295|NICKNAME|nickname_full}}, 37, father of {{Melissa|c295|RELATIVE}} (9). He came in saying "I will do whatever it takes" and then missed three sessions. {{Will|c295|NICKNAME}}'s own father was absent; he is terrified of repeating it. Question for the group: how to name the pattern without shaming him."""),

("case_presentation", "direct", None, """Consultation request. Father, {{Jeremy Vargas|c041|FULL_NAME}}, journalist, married to {{Billy|c041|RELATIVE}}; their daughter {{Taylor|c041|RELATIVE}} (8) has developed a fear of the dark since a house move. He asked that all correspondence go to his personal e-mail, {{jeremyvargas1 [at] fastmail [dot] com|c041|EMAIL}}, not his work one. I'd like to discuss how to involve both dads."""),

("case_presentation", "direct", None, """Case for the SEN-practitioners' peer group: {{Erin Taylor|c211|FULL_NAME}} (DOB {{Dec. 5, 1990|c211|DOB}}), a special education teacher at {{Lincoln Elementary School|c211|EMPLOYER}}, is referred for burnout. Her daughter {{Kathy|c211|RELATIVE}} (6) is in the same school. The overlap between her professional role and her parenting is the focus of the work."""),

("case_presentation", "direct", None, """Presentation: {{G.W.|c481|INITIALS}}, architect at {{Ballard Law LLP|c481|EMPLOYER}}, and his husband co-parent two daughters, {{Brittany|c481|RELATIVE}} (11) and {{Michaela|c481|RELATIVE}} (8). {{Michaela|c481|RELATIVE}} has been diagnosed with a chronic illness and {{Brittany|c481|RELATIVE}} has "disappeared" into school. Sibling of a sick child; how to keep the well child in view."""),

("team_note", "direct", None, """Safeguarding consult call back requested by {{Gary Thompson|c186|FULL_NAME}} (police officer), re sons {{Shane|c186|RELATIVE}} and {{Matthew|c186|RELATIVE}}. Best number {{(972) 988-9338|c186|PHONE}}, after 6pm. Concern: older boy sharing images at school. Advise on reporting route."""),

("case_presentation", "direct", None, """Peer supervision: {{Krista Hererra|c150|MISSPELLED_NAME}}, 33, insurance adjuster, mother of {{Sara|c150|RELATIVE}} (5). Referred after {{Sara|c150|RELATIVE}}'s nursery raised concerns about "adult" language. Mother defensive in first session. I'd like help thinking about the difference between a curious child and a child who has seen too much."""),

("case_presentation", "direct", None, """Case for the young-adult team: {{Stine|c247|GIVEN_NAME}}, 23, teaching assistant at {{Carver Elementary School|c247|EMPLOYER}}, Danish. Her father {{Preben|c247|RELATIVE}} is terminally ill back home; her sister {{Leonora|c247|RELATIVE}} (married name Sørensen) is caring for him. {{Stine|c247|GIVEN_NAME}} can't afford the trip and feels she is "failing as a daughter". Anticipatory grief across borders."""),

("case_presentation", "direct", None, """Family consultation: Mr. {{Lambert|c238|FAMILY_NAME}}, a lecturer, single father of {{Frederick|c238|RELATIVE}} (13) and {{Crystal|c238|RELATIVE}} (10), since their mother left the country. {{Frederick|c238|RELATIVE}} has taken the "man of the house" role. The father asks me to "fix" {{Frederick|c238|RELATIVE}}'s anger. The family system needs the work, not the boy."""),

("case_presentation", "quasi", None, """Case consultation: a firefighter with {{Hudson Fire Department|c010|EMPLOYER}}, who also {{plays timpani in the Hudson Symphony|c010|DISTINCTIVE|fact|timpani in the Hudson Symphony}}. His daughter {{Mary|c010|RELATIVE}} (12) is afraid he will die at work. We will discuss child anxiety in first-responder families and how to talk about risk honestly."""),

("case_presentation", "quasi", None, """Presentation: a pharmacist at {{Hudson Medical Center|c019|EMPLOYER}}, married to {{Bradley|c019|RELATIVE}}; their daughter {{Margaret|c019|RELATIVE}} (7) came through surrogacy and is starting to ask where she came from. The parents disagree on how much to tell her and when."""),

("case_presentation", "quasi", None, """Supervision: a {{primary school teacher|c038|DISTINCTIVE|occupation}} living in {{Salem|c038|ADDRESS|city}}, married to {{Elizabeth|c038|RELATIVE}}; their daughter {{Katherine|c038|RELATIVE}} (9) is being bullied about having two mums. The mother knows exactly what the school should do and feels powerless to make it happen."""),

("social_post", "quasi", None, """Σήμερα στο γραφείο: ένας μπαμπάς, σωφρονιστικός υπάλληλος στο {{Clayton Police Department|c197|EMPLOYER}}, ήρθε με τα παιδιά του, τη {{Γαβριέλλα|c197|RELATIVE}} και τον {{Δαμιανός|c197|RELATIVE}}. Τα παιδιά ζωγράφισαν το σπίτι τους με πολλά χρώματα. ❤️ #οικογενειακήθεραπεία"""),

("case_presentation", "quasi", None, """个案讨论：母亲在{{Jackson Academy|c280|EMPLOYER}}教小学，丈夫常年出差。她的妹妹{{黄柳|c280|RELATIVE}}帮忙照顾两个孩子，最近姐妹关系紧张。孩子们在学校表现退步。讨论：扩展家庭中的照顾角色与边界。"""),

("case_presentation", "quasi", None, """Peer group: a radiographer at {{Mullins Pharmacy|c490|EMPLOYER}} and his husband {{Roberto|c490|RELATIVE}} are fostering-to-adopt; their eldest, {{Angela|c490|RELATIVE}} (10), has started calling the foster carers "the temporary dads". Discussion of permanence language with older children."""),

("team_note", "quasi", "employer+relative", """Case review: mum, data analyst at {{Pinnacle Software|c465|EMPLOYER}}, sons {{Adrian|c465|RELATIVE}} (12) and a younger boy. {{Adrian|c465|RELATIVE}}'s school reports explosive outbursts; mum works from home and describes "walking on eggshells". Book parent session."""),

("case_presentation", "benign", "deidentified_case", """Vignette clinique (anonymisée) : une adolescente de 15 ans, scolarisée en seconde, adressée pour des scarifications. Parents séparés, garde alternée. Nous présenterons l'évolution sur 20 séances et la place du père, longtemps absent du travail thérapeutique."""),

("case_presentation", "benign", "deidentified_case", """Case presentation, details changed: "Tomasz" (pseudonym), 10, arrived from Poland eighteen months ago with his mother. Selective mutism at school, chatty at home in Polish. The presentation focuses on bilingual assessment and the risk of misdiagnosing a language transition as a disorder."""),

("case_presentation", "benign", "public_figure", """Conference paper outline: "Holding and play" — revisiting Winnicott's transitional object, Bowlby's secure base and Anna Freud's work with war orphans, with examples from a modern family practice. No client material."""),

("social_post", "benign", "therapy_life", """Presenting at the child & adolescent conference in Dublin this weekend on school-based counselling. Slides are all composites and anonymised, as ever. If you're there, come say hi at the coffee stand! ☕ #CAMHS #conference"""),

("case_presentation", "benign", "weak_attribute", """Brief case for discussion: a 14-year-old boy, lives with his gran, plays the drums, parents both work shifts. Referred for cannabis use. We'll discuss motivational interviewing with younger adolescents."""),

("case_presentation", "benign", "single_quasi", """Group supervision: a father whose daughter is called Colleen came to one consultation about her bedwetting and did not return. No other details; I want to think with the group about single-session work and how we end well when families don't come back."""),

("team_note", "benign", "nonclient_person", """Dr. Mulcahy from the university has asked to observe a family session for her research. Need consent forms for any family that agrees. She is not on the caseload and won't be given any client details in advance."""),

("case_presentation", "benign", "name_as_word", """Case (anonymised): the dean of students referred a 17-year-old with exam anxiety. Sage advice from my supervisor: "don't out-worry the worrier". We'll look at how we contained the school's urgency as well as the young person's."""),

("social_post", "benign", "nonclient_namesake", """My son Logan graduated from kindergarten today and gave a speech about "feelings are like weather". I swear I did not coach him. 😂🌦️ #therapistparent"""),

("case_presentation", "benign", "deidentified_case", """Case study (Irish, fully anonymised): Child A, aged 9, fifth class, referred by the principal after the death of a grandparent. Play themes of hospitals and "fixing". The presentation covers working with rural schools where everyone knows everyone, and how we protected the family's privacy."""),
]
