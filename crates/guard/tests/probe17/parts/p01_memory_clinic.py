# Part 1: memory clinics, dementia assessment, GP letters, early-stage support.
DOCS = [
("email", "direct", None, """Dear Dr Okafor,

Re: Mrs {{Jessica Brennan|c149|FULL_NAME}}, DOB {{17/02/1947|c149|DOB}}, {{3768 Union Court|c149|ADDRESS|street}}, Springfield

Thank you for referring this lady to the memory service. She attended on Tuesday with her son {{Mark|c149|RELATIVE}}, who has noticed repeated questions and missed bills since about Easter. She herself describes "a sort of fog in the afternoons" and is upset that she has twice forgotten her granddaughter's name.

History: she worked in retail management for most of her life and was, by her own account, "the one who remembered everyone's birthday". Her husband manages the finances now. She drinks very little and has never smoked. Her father had a diagnosis of dementia in his late seventies. There is a history of depression after the death of her first child in 1971, treated at the time with counselling only.

Examination and tests: ACE-III was 74/100, with the biggest losses on delayed recall and verbal fluency; attention and visuospatial function were relatively preserved. Clock drawing was normal. Bloods, including B12, folate and thyroid function, are unremarkable. Her GDS-15 score of 9 suggests that mood is contributing.

Impression: mild cognitive impairment, possibly amnestic, with a significant depressive component. It is too early to say whether this represents a neurodegenerative process.

Plan: I have requested an MRI head and will see her again in eight weeks with the result. In the meantime I would be grateful if her counsellor could continue the weekly sessions, as the low mood seems to be making everything harder, and I have given {{Mark|c149|RELATIVE}} the carers' information pack and the number for the Admiral Nurse line.

Yours sincerely,
Dr Helen Marsh
Consultant in Old Age Psychiatry"""),

("team_note", "direct", None, """{{Ken Wilson|c054|NICKNAME|nickname_full}} — session 6. Sister {{Dawn|c054|RELATIVE}} sat in for the first ten minutes at his request. He lost the word for "spanner" twice and laughed it off, but afterwards said quietly that it frightens him more than anything that happened in the garage in forty years. Agreed to bring the memory-clinic letter next week."""),

("case_presentation", "direct", None, """Memory assessment referral (for supervision)
Patient DOB: {{14.05.1947|c004|DOB}}
Presenting: word-finding difficulty, got lost driving to the market twice in May, burnt two pans. Still cooking at home most nights.
Collateral: partner attends, says "he is not himself."
Question for the group: how hard do I push for the driving conversation before the clinic appointment?"""),

("email", "direct", None, """Subject: voicemail from Tuesday

Transcript of the message left on the practice line, 4.52pm:

"Hi, it's Tonya, {{Sean Frey|c032|FULL_NAME}}'s wife. {{Sean|c032|GIVEN_NAME}} won't be in Thursday, the memory clinic moved his scan to the same morning. Can someone ring us back on the house phone, {{seven three one, seven zero zero, seven one three four|c032|PHONE}}? Not the mobile, he never hears it. Thanks, love. Bye."

Can you rebook him for the week after? — R."""),

("team_note", "direct", None, """GP liaison call, 11 June. Dr Farouk asked whether {{Mr Colon|c052|FAMILY_NAME}} is still driving himself to sessions; I said his son {{John|c052|RELATIVE}} brings him now. Dr F. will raise the DVLA question at the review. He is proud of the years he taught at {{Mount Vernon Community College|c052|EMPLOYER}} and we used that to anchor the life-story work."""),

("team_note", "direct", None, """Memory café, Thursday — attendance and notes

{{Randy James|c066|FULL_NAME}} (came with {{Lisa|c066|RELATIVE}}), {{Lori Brown|c370|FULL_NAME}}, {{Zaida Ruiz|c301|FULL_NAME}} and her daughter {{Lucía|c301|RELATIVE}}. Three volunteers: Mags, Deepak, Frances.

{{Lori|c370|GIVEN_NAME}} brought the wedding photos of her mother {{Natasha|c370|RELATIVE}} and talked for twenty minutes without a single pause. Next week: music from 1965, Frances to bring the record player."""),

("email", "direct", None, """Hi Brigitte,

Just confirming your mum's appointment with the memory team on the 24th at 10.30. I've put {{Sofie Guyot|c057|MISSPELLED_NAME}} on the transport booking — please check the spelling on the letter when it comes, as the hospital system has got it wrong before. If she'd rather you drove her, just let me know and I'll cancel the car.

Warmly,
Paula (practice admin)"""),

("case_presentation", "direct", None, """Peer consultation — {{E.W.|c086|INITIALS}}, 71, retired teaching assistant ({{Hamilton Elementary School|c086|EMPLOYER}}). Lives with partner. Recently diagnosed with mild cognitive impairment; presenting with shame and withdrawal rather than memory loss per se. She has stopped going to the school's retirees' lunch because "they'll see". Working on disclosure choices: who she tells, when and in what words."""),

("email", "direct", None, """Nell,

{{Lei|c193|GIVEN_NAME}} can still manage email on the tablet, so send the relaxation recording straight to {{leisun83@proton.me|c193|EMAIL}} rather than by post. Large font, please — the macular degeneration is worse than the memory at the moment.

T."""),

("social_post", "direct", None, """Got a hug today from {{Judy Hall|c214|NICKNAME|nickname_full}}, who told me that even on the foggy days she can still play the French horn part from memory. The brain keeps what the heart practises. 🎺💛"""),

("team_note", "direct", None, """Interpreter (Mandarin) booked for {{傅玉兰|c044|FULL_NAME}}'s memory assessment on Monday 9am. Daughter {{傅璐|c044|RELATIVE}} will attend and has asked that we don't use the word 痴呆 in front of her mother."""),

("social_post", "quasi", None, """One of the women in my memory group spent thirty years with the {{Brookfield Police Department|c044|EMPLOYER}} and {{ran for mayor of Kingston back in 2004|c044|DISTINCTIVE|fact|mayor of Kingston in 2004}}. Still the sharpest wit in the room on a good day, and she knows it."""),

("team_note", "quasi", None, """Group note: the widower whose wife {{Joyce|c194|RELATIVE}} died in March was a {{plumber|c194|DISTINCTIVE|occupation}} in {{Waverly|c194|ADDRESS|city}} for forty-one years. Today he fixed the dripping tap in the day-centre kitchen and then couldn't remember why he had the spanner. Both things are true. Gentle week."""),

("social_post", "quasi", None, """Early-onset Alzheimer's does not get to have the whole person. My client still {{plays bassoon in the Kingston Symphony|c107|DISTINCTIVE|fact|bassoon in the Kingston Symphony}} and still {{breeds champion Salukis|c107|DISTINCTIVE|fact|Salukis in Eastport}}, and last week she told me the dogs are better company than the neurologist."""),

("email", "quasi", None, """Subject: consult — memory worry in a working client

She's the chef at {{Arlington Bowling Lanes|c164|EMPLOYER}} and {{plays cello in the Madison Symphony Orchestra|c164|DISTINCTIVE|fact|cello in the Madison Symphony}}. Blanked on a whole movement at the spring concert and has been convinced since that it's dementia. Her mother had it. Any thoughts on a sensible route to a screen without feeding the panic?"""),

("case_presentation", "quasi", None, """Case for Wednesday: retired HR manager, 76, who {{ran for mayor of Lebanon in 2022|c358|DISTINCTIVE|fact|mayor of Lebanon in 2022}} and lost. Since then his father {{George|c358|RELATIVE}} has moved in with him and is declining fast. Anticipatory grief, role reversal, and a good deal of anger about the election that I think is really about the other thing."""),

("social_post", "benign", "therapy_life", """My Nana Peggy didn't know my name at Christmas, but when my uncle put on "Danny Boy" she sang every word and then told me I had lovely hands. I am a therapist. I know about ambiguous loss. It still flattened me."""),

("social_post", "benign", "public_figure", """When Bruce Willis's family announced his frontotemporal dementia diagnosis in 2023, Emma Heming Willis started talking publicly about being a carer, and three people in my Tuesday group said it was the first time anyone on television had described their life. Representation matters at 80 too."""),

("email", "benign", "nonclient_person", """Dear colleague,

Re: Mr Harold Pennington, DOB 03/09/1938, 14 Tern Close, Whitby YO21 3PL

This gentleman was seen in the memory clinic on 2 May with his wife Irene. He is not known to your service and I am copying you in only because Irene mentioned she might self-refer for carers' counselling. Diagnosis: Alzheimer's disease, mixed picture. Started donepezil 5mg.

Kind regards,
Dr S. Achterberg"""),

("social_post", "benign", "name_as_word", """What the memory nurse told the carers' group today: Grace when they repeat the question. Patience when they don't know you. Joy when it comes, because it still does. Will is not a plan; get the respite booked."""),

("team_note", "benign", "weak_attribute", """New referral via GP: 84-year-old retired barber from Lancaster, widowed, mild cognitive impairment, lives alone. Wants "someone to talk to who isn't my daughter." Allocated to Wednesday list."""),

("case_presentation", "benign", "deidentified_case", """Supervision case (details changed; I'll call her "Edith")
Late seventies, widowed twice, former nurse. Diagnosed with vascular dementia eight months ago. Her adult son phones me more often than she does. The clinical question is whose therapy this is: hers, or the family's wish for her to be "managed". Interventions so far: life-story book, reminiscence, a standing fifteen minutes alone with her at the start of each session."""),

("social_post", "benign", "single_quasi", """A client who was a contestant on Wheel of Fortune decades ago told me today that she can't remember her grandson's birthday but can remember every puzzle she solved on air. Memory is strange and cruel and sometimes a little bit funny."""),

("social_post", "benign", "celebrity_namesake", """Listening to Taylor Swift's "marjorie" again — written for her late grandmother Marjorie Finlay, the opera singer. If you care for someone with dementia and need a good cry in the car, this is the one."""),

("social_post", "benign", "nonclient_namesake", """My dad Roy was diagnosed with vascular dementia on Tuesday. He asked the consultant whether he could still do the crossword and she said yes, so he considers the appointment a success. Taking a few days off. Back on the 24th."""),

("team_note", "benign", "nonclient_person", """Memory service contacts for the new leaflet: Dr Priya Raman (consultant), Colm Daly (admiral nurse, Mon–Wed), Bernadette Kowalczyk (occupational therapist), and the carers' line run by Age Concern, staffed by Mavis and Tony on weekday mornings. Clinic moves to the Ash Wing from 1 September."""),

("social_post", "benign", "therapy_life", """Books I keep lending to carers: The 36-Hour Day (Mace & Rabins), Contented Dementia (Oliver James), and Wendy Mitchell's Somebody I Used to Know. Wendy died in February 2024 and I still think about her blog most weeks."""),

("email", "direct", None, """Discharge summary — Elderly Care, Ward 12 (copy to community counsellor at patient's request)

Patient: Mrs {{Nancy|c041|GIVEN_NAME}} Hill
Admitted: 2 June, after a fall at home; found on the kitchen floor by her husband, Mr {{James Hill|c041|RELATIVE}}
Diagnosis: delirium secondary to urinary tract infection, on a background of probable early Alzheimer's disease
Course: treated with antibiotics; confusion improved over five days. Sleep disrupted throughout. She asked repeatedly for her son, also {{James|c041|RELATIVE}}, who visited daily.
Mood: tearful on the ward; told the nurses she used to play the oboe in the Kingston Symphony and "can't now, can't do anything now".
Discharged: 9 June, home with reablement package (four calls a day for two weeks).
Request: Mrs Hill asked that her counsellor be told she was in hospital "so she doesn't think I've just stopped coming".""".replace("play the oboe in the Kingston Symphony", "{{play the oboe in the Kingston Symphony|c041|DISTINCTIVE|fact|oboe in the Kingston Symphony}}")),
]
