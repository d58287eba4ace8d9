# Part 4: hospice and palliative care — MDT minutes, chaplaincy, hospice-at-home.
DOCS = [
("team_note", "direct", None, """St Columba's Hospice — inpatient MDT, Tuesday
Present: Dr Abiola (chair), Sr. Hennessy, Fr. Tadhg Ó Riain (chaplaincy), K. Lindqvist (psychology), M. Baptiste (social work)

Bed 2 — {{Éric Martineau|c135|FULL_NAME}}. Pain settled on syringe driver. Wife {{Amélie|c135|RELATIVE}} asked for the chaplain and for a French-speaking volunteer; Fr. Tadhg to ask the parish.
Bed 3 — Mr Dempsey. Discharge home Friday if the bed arrives.
Bed 5 — {{Mrs Calderon|c141|FAMILY_NAME}}. Son {{Jon|c141|RELATIVE}} flying in Thursday; she wants to "hold on until Jon lands". Psychology to see her tomorrow, and the son on arrival.""".replace('until Jon lands', 'until {{Jon|c141|RELATIVE}} lands')),

("team_note", "direct", None, """Chaplaincy note: sat for an hour with {{Kris Nelson|c096|NICKNAME|nickname_full}} and her wife {{Courtney|c096|RELATIVE}}. Kris is not religious and asked me to stay anyway, "for the company and the quiet". We talked about mountains. She {{climbed every peak in the state one summer|c096|DISTINCTIVE|fact|climbing every peak in the state}} and wants Courtney to scatter her ashes on the last one.""".replace('Kris is not', '{{Kris|c096|NICKNAME}} is not').replace('wants Courtney', 'wants {{Courtney|c096|RELATIVE}}')),

("case_presentation", "direct", None, """REFERRAL — Hospice at Home
Patient: {{Brandon Reilly|c200|FULL_NAME}}
DOB: {{June 1, 1952|c200|DOB}}
Diagnosis: metastatic prostate cancer, bone mets
Main carer: partner {{Tabitha Williams|c200|RELATIVE}}
Psychosocial: has seen our bereavement counsellor before (after his sister's death); would like the same counsellor for himself now. Prognosis weeks to months."""),

("team_note", "direct", None, """Η κυρία {{Στεφανία|c159|GIVEN_NAME}} ζήτησε να έρθει ο πατήρ Νικόλαος για εξομολόγηση πριν από την Κυριακή. Η κόρη της, η {{Ναταλία|c159|RELATIVE}}, θα μείνει τη νύχτα στο ξενώνα. Ψυχολογική υποστήριξη: συνεδρία αύριο στις 11."""),

("email", "direct", None, """Hi Noor,

Quick one — the family meeting for {{Desirée Stevens|c239|MISSPELLED_NAME}} is now Friday at 2 in the quiet room. Her partner {{Debbie|c239|RELATIVE}} wants to talk about the choice between here and home, and I'd like you there for the psychological side.

Thanks, Gráinne"""),

("team_note", "direct", None, """Hospice-at-home visit note: {{Rikke|c356|GIVEN_NAME}} now sleeping most of the day. Husband {{Boe|c356|RELATIVE}} coping but not eating. Family prefer calls to the house phone, {{917-814-5812|c356|PHONE}}, not mobiles. Counsellor to visit Boe separately on Thursday.""".replace('visit Boe separately', 'visit {{Boe|c356|RELATIVE}} separately')),

("email", "direct", None, """Transcript — voicemail, counselling line, Sunday 19:40

"Hello, it's {{Al Lawson|c315|NICKNAME|nickname_full}}. {{Barry|c315|RELATIVE}}'s been moved into the hospice, they say days now. I won't make Tuesday. If you could send me those breathing exercises, the email is {{allenlawson71 at fastmail dot com|c315|EMAIL}}. Thank you. Sorry. Thank you."

— logged by weekend admin"""),

("case_presentation", "direct", None, """Palliative psychology — {{M.Z.|c351|INITIALS}}, 70, {{dental hygienist|c351|DISTINCTIVE|occupation}} in {{Troy|c351|ADDRESS|city}} until last year. Pancreatic cancer, declined further chemo. Main concern is her sister, not herself: "who will she ring on a Sunday?" Legacy work started: letters to open on the sister's next three birthdays."""),

("social_post", "direct", None, """Spent the afternoon in the hospice with {{Micah Jordan|c321|NICKNAME|nickname_full}} while his mother {{Julie|c321|RELATIVE}} slept. He's 74 and said, "I didn't know you could still be somebody's boy at my age." You can. You always are."""),

("email", "direct", None, """To: Hospice at Home coordinator

Please note the correct address for the home visit on Monday: {{2270 Spring Way|c377|ADDRESS|street}}, Hudson (not Spring Lane — the last nurse went to the wrong house). {{David|c377|GIVEN_NAME}}'s partner {{Andrew|c377|RELATIVE}} will let you in; the dog is friendly.

Many thanks"""),

("team_note", "direct", None, """Ward round, Bed 7: {{Mr Graham|c404|FAMILY_NAME}} asked for his daughter {{Holly|c404|RELATIVE}} to be called at any hour. A nurse himself for forty years, he wants to see his own drug chart "so I know what you're up to". Agreed."""),

("team_note", "quasi", None, """Day hospice group: new attendee worked as a barista at the {{Grand Lancaster Hotel|c249|EMPLOYER}} for twenty years and {{breeds Vizslas in Oxford|c249|DISTINCTIVE|fact|Vizslas in Oxford}}. Wants to know who will take the dogs. Social work to help with a plan."""),

("case_presentation", "quasi", None, """Anticipatory grief case: his partner {{Rafa|c101|RELATIVE}} is in the last weeks of liver failure. My client {{ran for mayor of Hamilton in 2022|c101|DISTINCTIVE|fact|mayor of Hamilton in 2022}}, lost, and says the campaign was the last thing they did together as "just us". He is 74 and has never been alone."""),

("team_note", "quasi", None, """Hospice counselling intake: retired {{roofer|c073|DISTINCTIVE|occupation}} from {{Springfield|c073|ADDRESS|city}}, went back to the {{University of Georgetown|c073|SCHOOL}} at sixty to finish a degree. Diagnosed with mesothelioma in March. Wants to talk about whether to tell her old crew the asbestos did this."""),

("social_post", "quasi", None, """Hospice volunteers, you are everything. Yesterday one of ours wheeled a patient outside so she could watch her old episode of {{Wheel of Fortune, season 16|c075|DISTINCTIVE|fact|season 16 of Wheel of Fortune}}, on a laptop, in the sun, with her brother {{Tyler|c075|RELATIVE}} doing all the shouting."""),

("team_note", "quasi", None, """Bereavement follow-up list: wife {{Catherine|c136|RELATIVE}} died on the unit 3 weeks ago. The llama ({{Biscuit, the one that went viral|c136|DISTINCTIVE|fact|llama named Biscuit}}) visited her the day before she died and the staff are still talking about it. Call booked for Tuesday."""),

("team_note", "quasi", None, """Day hospice: retired data analyst, thirty years at {{Quarry Labs|c479|EMPLOYER}}, still keeps a spreadsheet of his own symptoms "for the nurses". Brother {{Ricardo|c479|RELATIVE}} drives him in on Tuesdays and wants to talk to someone about "after"."""),

("social_post", "benign", "public_figure", """Jimmy Carter entered hospice care in February 2023 and lived for almost two more years, dying at 100 on 29 December 2024. Rosalynn died before him, in November 2023. If anyone tells you hospice means "the last few days", send them that story."""),

("team_note", "benign", "nonclient_person", """Chaplaincy rota, July: Fr. Tadhg Ó Riain (Mon/Thu), Rev. Abena Osei (Tue), Rabbi Miriam Gold (Wed, on call), Imam Yusuf Patel (Fri), humanist pastoral carer Lars Eklund (weekends). Sister Perpetua retires on the 31st after 38 years; collection in the staff room."""),

("social_post", "benign", "name_as_word", """The question families ask the chaplain most often isn't about heaven. It's "Will she know I'm here?" And the answer is: hearing goes last. Talk to her. Grace doesn't need a reply."""),

("social_post", "benign", "public_figure", """Dame Cicely Saunders opened St Christopher's Hospice in 1967: "You matter because you are you, and you matter to the end of your life." I have it on the wall above my desk."""),

("social_post", "benign", "therapy_life", """Hospice counselling, a list: the kettle is an intervention. So is a chair by the window. Don't say "passed". Ask what they want to be called. Write nothing down in front of a dying man unless he asks you to."""),

("case_presentation", "benign", "deidentified_case", """Anonymised for teaching: a woman in her seventies, dying of heart failure, estranged from one of three adult children. She asked the counselling team to help her write to him "without begging and without lying". We drafted four letters over three weeks. She sent the fourth. He came. That is not always how it goes."""),

("team_note", "benign", "nonclient_namesake", """Thanks to Tina on nights for sitting with the family in Bed 4 until 3am, and to Stephanie for the extra cover on the unit. Staff support session Thursday after the death in Bed 1."""),

("social_post", "benign", "single_quasi", """Music at the bedside today: a patient who plays bass in the Velvet Comets had two of his bandmates come and play softly by the bed. The whole corridor went quiet."""),

("social_post", "benign", "celebrity_namesake", """Watching The Last Dance again with my dad, who is in a hospice bed in the living room now. When Michael Jordan talks about his father James, Dad squeezed my hand. He doesn't talk much anymore. He doesn't need to."""),

("social_post", "benign", "nonclient_person", """Death Café, Thursday 17 July, 7pm, Kilkenny library. Hosted by Órla Byrne and Dessie Whelan. Tea, cake, and a conversation about dying. No agenda, no sales, no grief counselling — just talk. All welcome."""),

("team_note", "benign", "nonclient_person", """Annual Service of Remembrance — order of names (families have consented; please check pronunciations with the chaplain before Sunday)

January: Peggy O'Sullivan (84); Tom Barrett (71); Marguerite Achebe (66)
February: Desmond Farrelly (90); Joan Whitcombe (79)
March: Aisling Kiely (58); Stanley Okonjo (88); Bernard "Barney" Reid (77)
April: Grace Delahunt (93); Malcolm Tierney (69)
May: June Ferreira (81) — her daughter will read
June: Rose Maguire (74); Fr. Liam Cusack (86), our former chaplain

Candles will be lit by the nursing team. Tea afterwards in the day hospice. Lay reader: Ms Eileen Brophy. Music: "Abide With Me" and "The Parting Glass"."""),

("email", "direct", None, """To: HR Department, {{Georgetown Emergency Communications|c219|EMPLOYER}}
From: Family Support Team, Greenvale Hospice
Re: request for compassionate leave — {{Liz Bean|c219|NICKNAME|nickname_full}}

Dear Sir or Madam,

I am a social worker in the family support team at Greenvale Hospice, and I am writing at the request of a member of your staff, who has asked me to explain her circumstances so that she does not have to do so herself, again, on the telephone.

Her mother, {{Michelle|c219|RELATIVE}}, was admitted to our inpatient unit eleven days ago with advanced heart failure. She is now in the last days or, at most, weeks of her life. {{Liz|c219|NICKNAME}} is her only child and her named next of kin. She has been at the bedside every day since admission, before and after her shifts, and on two occasions has come straight from a night shift and slept in the chair.

I understand from her that she has used her remaining annual leave and that your compassionate leave policy provides for leave "following a bereavement". I would respectfully ask you to consider that the weeks before a death can be as important to a family as the days after it. Our experience is that relatives who are able to be present at the end cope measurably better in the months that follow, and return to work sooner and more settled, than those who are not.

I would also ask you to bear in mind the nature of her work. She is a firefighter, a role in which she is responsible for the safety of others, and at present she is sleeping perhaps four hours a night. I do not say this to criticise her — she has been scrupulous about her fitness for duty — but because I think a short period of leave now is in everyone's interest, including your service's.

If it would help, I am happy to speak to her line manager directly, with her consent, or to provide written confirmation of her mother's admission. We would also be glad to offer her bereavement support through the hospice after her mother's death, and to liaise with your occupational health team about a phased return.

Thank you for considering this request.

Yours faithfully,

Rhiannon Pugh-Evans
Senior Social Worker, Family Support Team"""),
]
