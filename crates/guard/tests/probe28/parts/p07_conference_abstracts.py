DOCS = [
("case_presentation", "direct", None,
"""Abstract submission — Annual Conference, Clinical Practice strand

Title: 'Badge and couch: therapy with a serving police officer who sits on a city council'
Format: single case (15 min)
Abstract (250 words): This presentation describes 20 sessions of schema therapy with {{Kristy Lynch|c218|FULL_NAME}}, a police officer in her late seventies who continues to serve part-time and {{represents Ward 8 on the Quincy city council|c218|DISTINCTIVE|fact|Ward 8 on the Quincy city council}}. We consider the interaction of authority schemas with the therapeutic relationship...
Consent: verbal, to be confirmed in writing."""),

("social_post", "direct", None,
"""Just presented my first ever poster!! 🎉 Huge thanks to {{Britt|c219|NICKNAME}} for letting me share her story (with consent!!) — a welder and podcaster who taught me more about grit than any textbook. #counselling #PGDip #posterday"""),

("case_presentation", "direct", None,
"""Symposium abstract — 'Men, firefighting and help-seeking'

Paper 3: '{{Christopher|c222|GIVEN_NAME}}' — a case of delayed help-seeking. {{Christopher Smith|c222|FULL_NAME}} (name used with consent), a firefighter with the {{Lebanon Police Department|c222|EMPLOYER}}'s fire unit, was a {{contestant on The Amazing Race|c222|DISTINCTIVE|fact|The Amazing Race}} and hosts a podcast about minor league baseball. He sought help 11 years after a fatal incident..."""),

("social_post", "direct", None,
"""Great Q&A after my talk today. Someone asked how I got '{{Robby|c226|NICKNAME}}' (the mechanic who {{painted the mural on Horton Place|c226|DISTINCTIVE|fact|mural on Horton Place}}) to open up. Honestly? We fixed a bike together in the car park. Walk-and-talk isn't just for teenagers. #psychotherapy #conference"""),

("case_presentation", "direct", None,
"""Poster abstract — Older Adults Faculty

'Breeding whippets and building meaning: a case of late-life depression'
{{Abe|c233|NICKNAME}}, 79, retired primary school teacher, presented with anhedonia after the death of a dog. Twelve sessions of BA with a values focus. PHQ-9 19 → 6."""),

("case_presentation", "direct", None,
"""Workshop proposal — feedback from the programme committee

Reviewer 1: Strong proposal. However, the sample dialogue uses the name '{{Leah George|c234|FULL_NAME}}', and the accompanying detail (corrections officer, {{tattoo studio on Taylor Way|c234|DISTINCTIVE|fact|tattoo studio on Taylor Way}}) looks like a real person. Please anonymise before we can accept.
Reviewer 2: Agree with R1."""),

("social_post", "direct", None,
"""Conference day 2 ✅ Presented on care workers and burnout. Shout-out to {{Tony Wood|c239|FULL_NAME}} who gave permission for his case to be discussed and came along to hear it! Legend. Also runs the {{best bakery on Bates Place|c239|DISTINCTIVE|fact|bakery on Bates Place}}, go.
#EAPconference #careworkers"""),

("email", "direct", None,
"""Subject: conference — client wants to attend

Hi Maya,

My client has asked if he can attend the session where I'm presenting his case. If you need to contact him about registration, his number is {{803 921 7172|c241|PHONE}}. I've told him he can say no at any point and I'll withdraw the paper.

Best,
Olu"""),

("case_presentation", "direct", None,
"""Conference abstract (accepted)

'From tattoos to bakeries: a physical therapist's double life and the burnout it hid'
We present {{Terry Powell|c246|FULL_NAME}}, 51, a physical therapist at {{Troy Medical Center|c246|EMPLOYER}} who also owns a tattoo studio and a bakery, and who presented with exhaustion and alcohol misuse..."""),

("social_post", "direct", None,
"""My favourite moment from #ArtTherapyConf: sharing {{Art Hill|c249|FULL_NAME}}'s collage (with his blessing!) — the retail manager who found a Civil War sword at a garage sale and made a whole piece about 'what we find when we're not looking'. Art therapy for {{Art|c249|NICKNAME}} 😄"""),

("case_presentation", "direct", None,
"""Poster — Appendix (printed on the back of the poster in error)

Case ID: 04
Name: {{Jeremy Roberts|c251|FULL_NAME}}
DOB: {{Oct 5, 1946|c251|DOB}}
Sessions: 12
Outcome: remission"""),

("case_presentation", "quasi", None,
"""Conference abstract — Trauma & Media strand

Photographer, journalist, witness: therapy with a {{photographer|c225|DISTINCTIVE|occupation}} from {{Georgetown|c225|ADDRESS|city}} who works for {{the Florence Herald|c225|EMPLOYER}} and was first on scene at a multi-vehicle collision. We describe 10 sessions of EMDR and the ethics of publishing the images."""),

("case_presentation", "quasi", None,
"""Poster title: 'Late-life learning and identity: an electrician's return to study'

Case: a man in his seventies, an electrician at {{Willis Electric|c228|EMPLOYER}}, who enrolled at the {{University of Glendale|c228|SCHOOL}} to study history. Presenting: imposter feelings, low mood."""),

("case_presentation", "quasi", None,
"""Abstract — Surgeons and perfectionism

We describe CBT for perfectionism with a {{surgeon|c231|DISTINCTIVE|occupation}} in {{Bristol|c231|ADDRESS|city}} working at {{Georgetown General Hospital|c231|EMPLOYER}}, 27, who had {{appeared on Jeopardy!|c231|DISTINCTIVE|fact|season 30 of Jeopardy!}} and described 'always needing the right answer'. Six-month follow-up data are presented."""),

("case_presentation", "quasi", None,
"""Symposium: 'Hands that build' — trades workers in therapy

Paper 2: a {{welder|c235|DISTINCTIVE|occupation}} in {{Georgetown|c235|ADDRESS|city}} employed by {{Morris Electric|c235|EMPLOYER}}, who hosts a podcast about urban gardening. We explore how practical metaphors shaped the work."""),

("social_post", "quasi", None,
"""Presented today on work with older adults still in employment — thank you to my client (a warehouse associate at {{Grand Hudson Hotel|c243|EMPLOYER}}, nearly 80, who {{breeds champion Samoyeds in Georgetown|c243|DISTINCTIVE|fact|Samoyeds in Georgetown}}) for letting me talk about our work. She's a force. #olderadults #psychotherapy"""),

("case_presentation", "benign", "deidentified",
"""Conference abstract — 'Brief CBT for insomnia in shift workers: a case series'

We present five cases (3 female, 2 male; aged 28–54) from emergency services. Mean ISI fell from 19.2 to 8.4 over six sessions. All cases are anonymised and composite details have been used where necessary."""),

("social_post", "benign", "public_figure",
"""Keynote by Irvin Yalom's former student on the here-and-now was the highlight of day one. Also loved the panel on Linehan's legacy. Off to the Beck Institute workshop tomorrow. #psychotherapy #conference"""),

("social_post", "benign", "nonclient_person",
"""Thank you to my amazing co-presenters Kristy and Terry — we did it! And to my wife Leah for sitting in the front row and pretending it was interesting. 😂 #conferencelife"""),

("social_post", "benign", "name_as_word",
"""Session title I loved: 'Art, Hope and the Golden Thread: Creative Supervision'. Packed room. We need more of this. #arttherapy"""),

("case_presentation", "benign", "weak_attribute",
"""Abstract: We report a case of OCD in a 30-year-old accountant from Troy, treated with ERP over 16 sessions. Y-BOCS fell from 28 to 9. The case illustrates the importance of therapist-guided exposure."""),

("case_presentation", "benign", "public_figure",
"""Abstract: 'Revisiting Little Albert: ethics, fear conditioning and what we tell trainees.' A teaching paper on Watson & Rayner (1920), the identity debate about Albert, and how historical cases are used in training."""),

("social_post", "benign", "nonclient_person",
"""Missed the Tuesday sessions because my son Jeremy had a fever 🤒 but caught up on the recordings. The supervision panel was 🔥"""),

("case_presentation", "benign", "single_quasi",
"""Workshop abstract: 'Counselling in the shipyard: lessons from an on-site EAP'. We describe a three-year partnership with Bristol Shipyard and the barriers to help-seeking in heavy industry. No individual cases are presented."""),

("social_post", "benign", "name_as_word",
"""Note to self from this conference: don't be so frank with the Q&A person who clearly just wanted to talk about themselves 😅 Will try harder next year. Grace under pressure, that's the goal."""),

("case_presentation", "benign", "deidentified",
"""Poster abstract: 'A composite case of a young man with social anxiety: applying the Clark & Wells model in a university counselling service'. Details are fictionalised and drawn from several clients."""),

("social_post", "benign", "public_figure",
"""Got to meet Michael White's old colleagues from the Dulwich Centre at the narrative therapy stand. Also someone at the book stall was selling signed copies of Lori Gottlieb. What a day."""),

("social_post", "benign", "nonclient_person",
"""Conference buddy for the week: my old supervisor, Dr. Danny Ryan-Whitley (no relation to anyone you know). Brilliant talk on rupture and repair."""),

("case_presentation", "benign", "weak_attribute",
"""Abstract: 'Therapy with a corrections officer: power, uniform and vulnerability.' The client is a woman in her 30s. We discuss how her uniform became a theme in the work. Identifying details altered."""),

("social_post", "benign", "deidentified",
"""Presented a case today about a client who brought their dog to every session (with centre permission). The dog has now 'graduated' and so has the client. 🐶💛 #animalassistedtherapy"""),
]
