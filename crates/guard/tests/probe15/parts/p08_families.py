"""Sibling and step-family structures, grandparents raising children, foster and adoptive families."""
DOCS = [
("case_presentation", "direct", None, """Kinship-care case for the family team. {{Carrie Johnson|c001|FULL_NAME}}, 76, has been raising her two grandchildren since her son {{Carl|c001|RELATIVE}} went into residential rehab last year. She is exhausted, proud, and will not hear the word "respite". The children are 6 and 9. Question: how do we support a carer who experiences help as an accusation?"""),

("team_note", "direct", None, """Home visit. {{Grace King|c044|FULL_NAME}} (77) and husband {{Louis|c044|RELATIVE}} now have full-time care of their son {{Benjamin|c044|RELATIVE}}'s boys. {{Grace|c044|GIVEN_NAME}} said, "We're too old for this and we'd do it again tomorrow." Extended grace period on the fees agreed by the practice manager."""),

("team_note", "direct", None, """Grandad {{Timothy Paul|c081|FULL_NAME}} has taken in {{Bobby|c081|RELATIVE}}'s two kids after {{Bobby|c081|RELATIVE}}'s arrest. He and his partner {{Noah|c081|RELATIVE}} are both over 70. Kids' school has been informed. Refer to kinship carers' support group."""),

("email", "direct", None, """Subject: adoption support fund application

Hi {{Ron|c220|NICKNAME}},

I've finished the therapy section of the Adoption Support Fund application for {{Daniel|c220|RELATIVE}}. I described his needs as "attachment-related, with sensory processing difficulties", as we agreed. Could you and {{Christopher|c220|RELATIVE}} both sign page 4 and send it back?

Best,
Orla"""),

("case_presentation", "direct", None, """Intercountry adoption case. {{Leyre Ruiz|c012|FULL_NAME}}, a single mother by adoption, brought her sons {{Ángel|c012|RELATIVE}} (8) and {{Alfonso|c012|RELATIVE}} (6) from the same orphanage two years apart. {{Ángel|c012|RELATIVE}} rejects his brother in public and protects him fiercely at home. Theme for discussion: shared and unshared early histories among adopted siblings."""),

("team_note", "direct", None, """Sesión familiar / family session. {{María José Palmer|c137|FULL_NAME}} attended with {{Severo|c137|RELATIVE}} (9) and his abuela {{Clara|c137|RELATIVE}}, who lives with them. Three generations, two languages. {{Severo|c137|RELATIVE}} translated for his grandmother and then refused to "translate the sad parts". Consider interpreter next time so he can just be a child."""),

("social_post", "direct", None, """Happy adoption day to {{Hans|c015|GIVEN_NAME}}, {{Kjell|c015|RELATIVE}} and little {{Elisabeth|c015|RELATIVE}}! Two years ago you sat in my office terrified that you'd "get it wrong". Look at you now. Families are built in all sorts of ways. 🏳️‍🌈💛 #adoption #familytherapy"""),

("email", "direct", None, """Subject: séance de famille recomposée

Dear {{Jacqueline Martineau|c028|FULL_NAME}} and {{Lucie|c028|RELATIVE}},

Thank you for Thursday. I thought {{Rémy|c028|RELATIVE}} was brave to say he misses "the old house" in front of {{Marcelle|c028|RELATIVE}}. For next time, let's give each child ten minutes alone with me before we bring everyone together.

Bien à vous,
Orla Keating"""),

("team_note", "direct", None, """Blended family session. {{Jorge|c099|GIVEN_NAME}} and {{Kimberly|c099|RELATIVE}} (married 1 yr). {{Justin|c099|RELATIVE}} (12, {{Jorge|c099|GIVEN_NAME}}'s son) and {{Kimberly|c099|RELATIVE}}'s daughter share a room; constant conflict. {{Jorge|c099|GIVEN_NAME}} sides with {{Justin|c099|RELATIVE}} "to make up for the divorce". Next: couple session without kids."""),

("case_presentation", "direct", None, """Sibling rivalry case: {{Wayne Curry|c123|FULL_NAME}}, single father, sons {{Joseph|c123|RELATIVE}} (11) and {{Jonathan|c123|RELATIVE}} (9). Physical fights daily since mum left. Dad works nights in IT support and the boys are alone from 4 to 7. Presenting for ideas on a safety plan that doesn't make the older boy the babysitter. Contact for the team: {{703-231-5362|c123|PHONE}}."""),

("team_note", "direct", None, """Kinship carer assessment (therapist's section). {{Ginger Gomez|c087|FULL_NAME}}, DOB {{1 Nov 1951|c087|DOB}}, caring for her daughter {{April|c087|RELATIVE}}'s three children. Warm, organised, ginger biscuits on the table at every visit. Main risk is her own health. Recommend approval with respite plan."""),

("case_presentation", "quasi", None, """Grandparent carer: a software engineer at {{Brightline Software|c120|EMPLOYER}}, nearing retirement, now raising her granddaughter because her daughter {{Rhonda|c120|RELATIVE}} is unwell. She {{hosts the Tiny Birder podcast|c120|DISTINCTIVE|fact|Tiny Birder}} on Sunday nights, "the only hour that's mine". I have real hope for this placement, but she needs more support than she asks for."""),

("social_post", "quasi", None, """To the stepdad who works as a UX designer at {{CowanTech|c176|EMPLOYER}} and who sat on my playroom floor for an hour so {{Colleen|c176|RELATIVE}} would finally let him join the game: that's what it takes. Not rules. Floor time. 💛 #stepparenting"""),

("team_note", "quasi", None, """Foster family review: carer is a radiographer at {{Oxford General Hospital|c185|EMPLOYER}}. Two girls in placement, {{Cintia|c185|RELATIVE}} and {{Elisabet|c185|RELATIVE}}, now 18 months. Both settled; contact with birth mum remains hard. Continue monthly."""),

("case_presentation", "quasi", None, """Three-generation case: mother is a surgeon at {{Stillwater Family Clinic|c040|EMPLOYER}}; her own mother, {{Elżbieta|c040|RELATIVE}}, moved over from Kraków to help with her daughter {{Julita|c040|RELATIVE}}. Babcia and granddaughter are inseparable; mum feels replaced. Formulation: intergenerational attachment and guilt."""),

("social_post", "quasi", "employer+relative+relative", """Two dads, one very loud toddler, and a midwife dad ({{Flores Pharmacy|c083|EMPLOYER}} by day, sleep-deprived by night) who said in our last session, "{{Luc|c083|RELATIVE}} taught me more about patience than {{Patrick|c083|RELATIVE}} ever did." {{Patrick|c083|RELATIVE}} laughed the loudest. #familytherapy #dads"""),

("team_note", "quasi", "relative+relative", """Sibling session: sisters {{Kristin|c289|RELATIVE}} (10) and {{Rebekah|c289|RELATIVE}} (7). Dad (bank teller) brought them. {{Rebekah|c289|RELATIVE}} does all the talking for {{Kristin|c289|RELATIVE}}. Next week see each separately."""),

("email", "quasi", None, """Subject: two-mum family – school forms

Hi Ailsa,

The corrections officer mum (works out of {{Dover Fire Department|c219|EMPLOYER}} now, odd as that sounds) says the school forms only have room for "mother" and "father". Her wife {{Cassidy|c219|RELATIVE}} was left off the contact list entirely. Could you raise it with the school on their behalf?

Imogen"""),

("social_post", "benign", "therapy_life", """To every grandparent raising a grandchild: you didn't plan for this, you're tired in a way nobody warned you about, and you're doing it anyway. Kinship carers are the quiet heroes of child welfare. #kinshipcare #grandfamilies"""),

("case_presentation", "benign", "deidentified_case", """Foster-care vignette (composite). An 8-year-old who has had five placements in three years tests every new carer by breaking something precious in week one. We'll discuss a carer-led intervention based on PACE (playfulness, acceptance, curiosity, empathy) and how therapy can support the carer, not just the child."""),

("social_post", "benign", "nonclient_namesake", """Blended-family confession: my stepson Justin beat me at Mario Kart fourteen times last night, and I have never felt more accepted. Step-parenting, like therapy, is mostly just showing up. 🎮"""),

("team_note", "benign", "public_figure", """Adoption support group ideas: Lilo & Stitch ("ohana means family") works well with the 6–9s; Paddington for the ones who arrived from far away; Annie for older kids, with care. Avoid Frozen this term; the kids are sick of it."""),

("email", "benign", "name_as_word", """Subject: Re: step-family workshop

Hi Tadhg,

Thanks for the frank feedback on the workshop. I agree the section on "new partner as friend, not parent" needs more examples. Chase up the venue for May if you can.

Orla"""),

("case_presentation", "benign", "single_quasi", """Service development: we've had three referrals this year from families where a parent works shifts at Hudson Fire Department. We propose offering early-morning family sessions. No individual cases are presented here."""),

("social_post", "benign", "name_as_word", """Rainy Sunday with the kids: ginger biscuits, a jigsaw with three missing pieces, and a family meeting about screen time that ended in a pillow fight. Practising what I preach, mostly. ☔"""),

("team_note", "benign", "nonclient_person", """Call with Wairimu Njeri from the fostering agency about our training offer for new carers in the autumn. She'll send dates. No children or carers discussed by name."""),

("email", "benign", "nonclient_namesake", """Subject: dog-friendly office?

Hi Fiona,

Would anyone object if I brought Buddy (our very calm old spaniel) in on Fridays? My daughter Rosie thinks he'd be a brilliant therapy dog. He mostly sleeps. Happy to take no for an answer.

Orla"""),
]
