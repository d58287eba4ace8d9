# Voice: a formal consultant psychiatrist (Dr Quentin Ashworth) writing clinic letters,
# discharge summaries, referral letters and ward-round handovers, British spelling.
DOCS = [
    # ---------------------------------------------------------------- benign
    ("email", "benign", "therapy_life", """Subject: Changes to the memory assessment pathway from 1 July

Dear Colleague,

I am writing to let referrers know of two changes to the memory assessment pathway which take effect from 1 July.

First, we will no longer accept referrals that do not include a recent blood screen (full blood count, B12 and folate, thyroid function and calcium). Referrals received without these will be returned with a request, which I appreciate is frustrating, but roughly a third of our first appointments are presently spent arranging tests that could have been done in primary care.

Second, patients under the age of sixty-five will now be seen in the young-onset clinic on Thursday afternoons rather than in the general clinic. This is intended to reduce waiting times for a group whose needs -- employment, dependent children, mortgages -- differ considerably from those of our older patients.

Should you wish to discuss an individual case before referring, my secretary will arrange a telephone consultation.

Yours faithfully,

Dr Quentin Ashworth MRCPsych
Consultant in Old Age Psychiatry"""),

    ("case_presentation", "benign", "public_figure", """Grand Round abstract -- "From melancholia to major depressive disorder: what did we lose?"

Speaker: Dr Q. Ashworth, Consultant Psychiatrist

Kraepelin's division of the psychoses and Bleuler's reworking of dementia praecox shaped a century of diagnostic thinking. This talk traces how the older concept of melancholia -- with its psychomotor change, diurnal variation and non-reactive mood -- was folded into the broad DSM-III category of major depression, and asks whether that decision has blunted our ability to predict response to treatment. I will draw on Beck's cognitive model, on the Parker group's work on psychomotor signs, and on recent trials of electroconvulsive therapy in older adults. No patient material will be presented."""),

    ("case_presentation", "benign", "deidentified_case", """GRAND ROUND -- CASE FOR DISCUSSION (fully anonymised; details altered)

A divorced man in his late forties, a senior manager in a mid-sized company, was referred by his general practitioner with a six-month history of early-morning wakening, loss of appetite with weight loss of some eight kilograms, and a pervasive sense that he had "ruined everything". He had stopped attending work three weeks before referral.

There was no previous psychiatric history. His father had been treated for depression in later life. He drank two to three glasses of wine each evening, increasing in recent months.

On examination he was slowed, with a flat affect and long latencies before answering. He expressed guilt out of proportion to events and passive wishes not to wake up, without plans or intent. Cognition was grossly intact.

He was started on an antidepressant and seen weekly by the home treatment team. At six weeks there had been little change and he was admitted informally after disclosing that he had begun to research methods.

Points for discussion: (1) the place of augmentation versus switching; (2) whether the psychomotor features should have prompted an earlier discussion of ECT; (3) how to support return to work without the employer being told the diagnosis."""),

    ("email", "benign", "nonclient_person", """Subject: Reference for Ms Nandini Iyer

Dear Professor Whitcombe,

I am very happy to act as a referee for Ms Nandini Iyer, who spent eight weeks attached to my team as a fourth-year medical student this spring.

Ms Iyer was conscientious, kind and clinically curious. She took histories that were thorough without being mechanical, and on more than one occasion she noticed something the rest of us had missed -- most memorably a medication interaction on a busy Friday afternoon. Patients liked her. She presented at our journal club on the evidence for lithium in suicide prevention, with more confidence than I had at her stage.

I recommend her without reservation for the academic foundation programme.

With best wishes,
Quentin Ashworth"""),

    ("team_note", "benign", "weak_attribute", """Audit summary (Q3): referrals from Madison practices rose by 12% on the previous quarter, mostly anxiety and low mood in people of working age. Median wait from referral to first appointment 9.5 weeks. Action: discuss with commissioners whether the Madison satellite clinic can move from fortnightly to weekly."""),

    ("email", "benign", "therapy_life", """Subject: Request for full clinical records

Dear Sir or Madam,

Thank you for your letter of 3 March requesting a copy of the complete psychiatric record of your policyholder in connection with a claim for income protection.

I am afraid I am unable to release the full record on the basis of the consent form enclosed, which is generic and pre-dates the episode of care in question. I would be willing to provide a factual report limited to diagnosis, dates of treatment and current functional capacity, on receipt of specific, signed and dated consent from the patient, who will be offered sight of the report before it is sent.

I should add that psychotherapy notes will not be disclosed in any circumstances without a court order.

Yours faithfully,
Dr Q. Ashworth"""),

    ("email", "benign", "name_as_word", """Subject: Re: clinic cover in August

Dear Rowena,

Thank you -- that is a great help. To be frank, I had rather hoped the rota would sort itself out, which was naive. I'll mark the three Tuesdays as covered by you and ask Seamus to take the Friday memory clinic.

Would you be willing to allow the new registrar a grace period on the on-call paperwork? She has come from a trust with an entirely different system and I suspect the Bill of Rights would be easier reading than our handover template.

With thanks,
Quentin"""),

    ("email", "benign", "single_quasi", """Subject: Occupational health query

Dear Dr Hargreaves,

A patient of mine who works at Keller Pharmacy has asked whether her employer is entitled to a copy of my most recent clinic letter, as requested by their HR department. My understanding is that it is not, and that a fitness-for-work statement from her GP is sufficient. I should be grateful for your view as the occupational physician before I reply.

Yours sincerely,
Dr Q. Ashworth"""),

    ("case_presentation", "benign", "deidentified_case", """DISCHARGE SUMMARY (teaching copy -- identifiers removed)

Admission: informal, 23 days.
Diagnosis: Recurrent depressive disorder, current episode severe without psychotic symptoms (F33.2).
Patient: woman in her thirties, employed in the public sector, lives with her partner and one child.

Course in hospital: Admitted following an overdose of paracetamol taken impulsively after a row, for which she received N-acetylcysteine on the medical ward. On transfer she was withdrawn and tearful but engaged well with nursing staff. Sertraline was increased to 150 mg. She attended the occupational therapy programme from the second week and began two weeks of graded leave, which went well.

Risk at discharge: moderate and dynamic. Protective factors are her child and her engagement with the team. Risk increases with interpersonal conflict and alcohol.

Follow-up: home treatment team within 72 hours; outpatient review in four weeks; referral to psychology for consideration of DBT-informed work."""),

    ("team_note", "benign", "public_figure", """Journal club, Thursday -- Dr Ashworth presenting. Paper: the STAR*D re-analysis. Background reading for the juniors: the Rush et al. original and the Kirsch antidepressant meta-analysis. Coffee provided; please bring a critical appraisal checklist."""),

    ("email", "benign", "nonclient_namesake", """Subject: Leave, 14-18 October

Dear Lucinda,

Please could you block out my clinics from 14 to 18 October? My daughter Emily is starting at university abroad and, against my better judgement, I have agreed to drive her and a vanload of possessions across the border. Dr Okonjo has kindly agreed to see anything urgent.

Many thanks,
Quentin"""),

    ("team_note", "benign", "weak_attribute", """New referral for the complex depression clinic: architect, fifties, second episode, partial response to two antidepressants. Please allocate to the consultant clinic rather than the registrar list."""),

    # ---------------------------------------------------------------- direct
    ("case_presentation", "direct", None, """DISCHARGE SUMMARY

Name: {{Erika Johnson|c044|FULL_NAME}}          DOB: {{07/03/1963|c044|DOB}}
Address: {{770 Johnson Lane, Shelby 56307|c044|ADDRESS|street}}
Consultant: Dr Q. Ashworth          Ward: Aspen (acute, mixed)
Admitted: 2 May (informal)          Discharged: 26 May

Diagnosis: Post-traumatic stress disorder; moderate depressive episode.

History: Ms {{Johnson|c044|FAMILY_NAME}} is an {{architect|c044|DISTINCTIVE|occupation}} at {{Davis Realty|c044|EMPLOYER}}. Some years ago she was {{involved in a widely reported rescue of a child from a river|c044|DISTINCTIVE|fact|rescuing a child from the river}}; she has spoken little about this, but it re-emerged vividly after a near-drowning incident involving a colleague's son this spring. Since then she has experienced intrusive images, nightmares and marked avoidance of water, and had stopped driving across the river bridge to work.

Admission followed a period of escalating alcohol use and an episode in which her wife, {{Emily|c044|RELATIVE}}, found her in the car with the engine running in a closed garage. Ms {{Johnson|c044|FAMILY_NAME}} maintains that she "wasn't going to do anything", but accepts that her thinking was clouded.

Progress: Detoxification was uneventful. Mood improved gradually on mirtazapine 30 mg. She engaged with the ward psychologist and began stabilisation work. Her wife attended two family sessions.

Plan: Outpatient review in three weeks; referral for trauma-focused CBT; alcohol liaison follow-up; no driving until reviewed."""),

    ("email", "direct", None, """Subject: Referral -- Mr {{Robert Haynes|c018|FULL_NAME}}

Dear Dr Okonjo,

Re: {{Robert Haynes|c018|FULL_NAME}}

Thank you for seeing this gentleman, whom I have known for some eighteen months. I am referring him to your service for consideration of a structured psychological therapy for recurrent depression, having reached the limit of what pharmacological treatment has to offer.

Mr {{Haynes|c018|FAMILY_NAME}} is a {{physical therapist|c018|DISTINCTIVE|occupation}} in {{Hamilton|c018|ADDRESS|city}}, working part-time at {{Keller Pharmacy|c018|EMPLOYER}} in a musculoskeletal clinic. He has had three episodes of depression since his early forties. The current episode began after the death of his father and has been complicated by difficulties in his marriage; his husband, {{Todd|c018|RELATIVE}}, has been supportive but is understandably exhausted.

He has had adequate trials of sertraline, venlafaxine and, most recently, augmentation with aripiprazole, which he stopped because of akathisia. He remains on venlafaxine 225 mg. There is no history of self-harm and he does not drink to excess.

He is thoughtful, psychologically minded, and keen to "understand why this keeps happening". I would have thought he would do well with a formulation-driven approach.

I should be happy to continue to review his medication in parallel.

Yours sincerely,
Dr Quentin Ashworth"""),

    ("email", "direct", None, """Subject: Fitness to return to teaching

Dear Dr Hargreaves,

Re: Mr {{Matthias Rudolph|c126|MISSPELLED_NAME}}

Thank you for your letter enquiring whether Mr {{Rudolph|c126|FAMILY_NAME}}, who {{teaches chemistry|c126|DISTINCTIVE|occupation}}, is fit to return to the classroom after his period of sick leave.

I saw him in clinic on Tuesday, accompanied by his husband, {{Vitus|c126|RELATIVE}}. His mood has lifted considerably on the current regimen and he describes himself as "about eighty per cent". His sleep has normalised and his concentration is adequate for reading and marking.

I would support a phased return over four weeks, beginning with three mornings a week and with no responsibility for practical laboratory sessions in the first fortnight, because he continues to experience mild tremor on lithium. His level last week was 0.6 mmol/L.

I have asked him to avoid taking on additional pastoral duties until the end of term.

Yours sincerely,
Q. Ashworth"""),

    ("email", "direct", None, """Subject: Outpatient clinic letter

Dear Dr Hargreaves,

Re: Mr B. {{Thompson|c168|FAMILY_NAME}}, DOB {{6 March 1959|c168|DOB}}

Diagnosis: Generalised anxiety disorder; alcohol use, harmful.

I reviewed Mr {{Thompson|c168|FAMILY_NAME}} today. As you know, he is a {{pharmacist|c168|DISTINCTIVE|occupation}} in {{Stillwater|c168|ADDRESS|city}}, and his worry at present is dominated by a regulatory investigation into a dispensing error at work, which he expects to be cleared of but which has nevertheless kept him awake most nights. He has been drinking four to five units each evening "to switch off".

His daughter, {{Samantha|c168|RELATIVE}}, who accompanied him, described him as "a different person" over the past three months.

Plan: I have started pregabalin 75 mg twice daily, to be titrated, and have asked him to reduce alcohol by a third each week. I would be grateful if you could check his liver function tests. I shall see him again in six weeks.

Yours sincerely,
Dr Q. Ashworth"""),

    ("email", "direct", None, """Subject: Clinic letter -- copy to patient

Mr C. {{Higgins|c230|FAMILY_NAME}}
{{7306 Ferry Road
Madison 42214|c230|ADDRESS|street}}

Dear Mr {{Higgins|c230|FAMILY_NAME}},

Thank you for coming to see me on Monday with your sister, {{Lacey|c230|RELATIVE}}. As promised, I am writing to summarise what we discussed, and I have sent a copy of this letter to your GP.

We agreed that the low mood and poor sleep you have had since the winter fit with a depressive episode, and that it would be reasonable to start an antidepressant alongside the counselling you have already arranged. You chose sertraline, beginning at 50 mg each morning. Some people notice nausea or restlessness in the first fortnight; these usually settle.

You mentioned that your thoughts sometimes turn to not wanting to be here, particularly after long shifts. If these thoughts become stronger, or you feel unable to keep yourself safe, please contact the crisis line on the card I gave you, or attend the emergency department.

I shall see you again in five weeks.

Yours sincerely,
Dr Quentin Ashworth"""),

    ("email", "direct", None, """Subject: Request for Greek interpreter -- outpatient review

Dear Lucinda,

Please would you book a Greek interpreter for my review of {{Κλειώ Κοντογιάννη|c007|FULL_NAME}} on the 19th? She manages perfectly well in English in daily life -- she is, after all, an {{HR manager|c007|DISTINCTIVE|occupation}} in {{Lexington|c007|ADDRESS|city}} -- but she has asked to speak about her late mother in her first language, and I think that is entirely reasonable.

Her daughters, {{Πολυνίκη|c007|RELATIVE}} and {{Ξανθή|c007|RELATIVE}}, may attend; please allow a larger room.

With thanks,
Quentin"""),

    ("email", "direct", None, """Subject: Re: Mr {{Piotrowak|c172|MISSPELLED_NAME}} -- transfer of care

Dear Seamus,

Thank you for agreeing to take over the care of Mr {{Piotrowak|c172|MISSPELLED_NAME}} when he moves into your catchment area next month.

He is a retired {{chef|c172|DISTINCTIVE|occupation}} in his late seventies with a long history of bipolar affective disorder, stable on lithium for over a decade. His most recent relapse, a manic episode two years ago, followed a period of sleep deprivation while he was caring for his father. His son, {{Alan|c172|RELATIVE}}, is his main support and holds the lasting power of attorney for health and welfare.

Renal function has been gradually declining, and the most recent eGFR was 48. I have discussed with him the possibility of a future switch to an alternative mood stabiliser; he is reluctant, and I think his view deserves weight given how well he has done.

His lithium level, renal and thyroid function are due in August.

With best wishes,
Quentin"""),

    ("email", "direct", None, """Subject: Re: pre-operative assessment

Dear Dr Okonjo,

Thank you for asking me to comment on the psychiatric aspects of the pre-operative assessment of Mr {{Francis Conner|c254|FULL_NAME}} ("{{Frank|c254|NICKNAME}}", as he prefers), who is himself a {{surgeon|c254|DISTINCTIVE|occupation}} and therefore, I suspect, a particularly anxious patient.

I found no evidence of a mood disorder and no frank psychotic features. His anxiety is proportionate and centres on the loss of control inherent in being on the other side of the operating table. He has been using propranolol as needed before professional presentations, which is reasonable to continue peri-operatively with the anaesthetist's agreement.

His husband will be with him on the day. I do not think he requires psychiatric follow-up.

Yours sincerely,
Dr Q. Ashworth"""),

    ("case_presentation", "direct", None, """Peer review group -- case 3

{{A.B.|c193|INITIALS}}, 72, a retired {{midwife|c193|DISTINCTIVE|occupation}} in {{Bristol|c193|ADDRESS|city}} who {{still sits on the Kingston council for Ward 4|c193|DISTINCTIVE|fact|Ward 4 on the Kingston city council}}. Referred by his GP with a year of worsening anxiety, new-onset word-finding difficulty and two episodes of getting lost while driving home from evening council meetings.

Question for the group: he is adamant that he will not stand down before the next election and that "nobody needs to know". How do we balance his autonomy, the risk of driving, and the fact that his role is a public one?"""),

    ("team_note", "direct", "multi_client", """WARD ROUND HANDOVER -- Friday (Dr Ashworth)

Bed 4 -- Mr {{Millet|c036|FAMILY_NAME}}: settling; leave to the garden only. Son visiting Sunday.
Bed 7 -- Mr {{Gul|c049|FAMILY_NAME}}: still refusing the depot. Do not force. Review with pharmacy on Monday re oral options.
Bed 9 -- empty; admission expected from A&E overnight.

Weekend SHO: please check lithium level on bed 2 and document clearly. Thank you."""),

    # ---------------------------------------------------------------- quasi
    ("email", "quasi", None, """Subject: Referral for psychological therapy

Dear Dr Okonjo,

I should be grateful if you would see a gentleman in his late forties with a two-year history of obsessive-compulsive disorder with predominantly contamination fears. He works in imaging at {{Oxford Family Clinic|c020|EMPLOYER}}, where -- ironically, he says -- the infection-control protocols have become both a relief and a trap: he now spends up to an hour after each shift washing.

His son {{Travis|c020|RELATIVE}} has recently moved back home and has noticed the rituals for the first time, which has added shame to the picture.

He has had a partial response to fluoxetine 60 mg. I think he would benefit from ERP.

Yours sincerely,
Dr Q. Ashworth"""),

    ("case_presentation", "quasi", None, """Perinatal interest group -- a clinician as patient

A {{midwife|c028|DISTINCTIVE|occupation}} in her late forties from {{Shelby|c028|ADDRESS|city}} presented with a depressive episode following a serious incident on the labour ward. She was unusually articulate about her own symptoms, which the team initially mistook for good insight rather than intellectualisation.

An unusual feature: she {{once reached the later rounds of MasterChef (series 13)|c028|DISTINCTIVE|fact|season 13 of MasterChef}} and has since been something of a minor local celebrity, which made the question of where she could safely be admitted a practical one.

Discussion: treating healthcare staff; confidentiality when the patient is known to the team; whether the incident review should be paused."""),

    ("email", "quasi", None, """Subject: Couple therapy -- suitability

Dear Dr Okonjo,

I have a patient, an {{accountant|c046|DISTINCTIVE|occupation}} living in {{Madison|c046|ADDRESS|city}}, for whom I think couple therapy would now be more useful than further individual work. His depression has largely remitted, but the relationship with his husband, {{Jesus|c046|RELATIVE}}, has deteriorated over the course of the illness, and both would like help to "find each other again".

Do you have capacity in the couples clinic this autumn?

With best wishes,
Quentin"""),

    ("email", "quasi", None, """Subject: Re: fitness to return -- query from employer

Dear Dr Hargreaves,

I have had a telephone call from the HR department of {{Gregory Architects|c153|EMPLOYER}} asking about one of their staff whom I am treating. I declined to confirm even that she is under my care.

I mention this because the caller said they were concerned after hearing her talk about her mood on {{her podcast, the Overthinking Historian, which is mostly about classic and vintage cars|c153|DISTINCTIVE|fact|Overthinking Historian podcast about vintage}}. I shall be discussing with her whether she wishes to keep speaking publicly while unwell. I would be grateful if any further approach came to me through you.

Yours sincerely,
Dr Q. Ashworth"""),

    ("case_presentation", "quasi", None, """Young adult clinic -- supervision case

A twenty-year-old undergraduate at {{Manchester State University|c217|SCHOOL}} referred with panic disorder and an emerging pattern of alcohol binges at weekends.

Of note, she {{appeared on Big Brother a few years ago (season 29)|c217|DISTINCTIVE|fact|season 29 of Big Brother}} and continues to receive a steady stream of online abuse, much of it about her appearance. She says she applied "for a laugh" and now cannot undo it.

Discussion points: social media and shame; whether her panic is better understood as a response to real and ongoing threat."""),

    ("email", "quasi", None, """Subject: Referral -- depressive episode with psychotic features?

Dear Dr Okonjo,

I should be grateful for a second opinion on a man in his early fifties who works nights as a porter and stores assistant at the {{Grand Oxford Hotel|c268|EMPLOYER}}. He has a long-standing and serious commitment to music -- he {{is a cellist with the Fairview Symphony|c268|DISTINCTIVE|fact|cello in the Fairview Symphony}} -- and his wife, {{Édith|c268|RELATIVE}}, first noticed that something was wrong when he stopped practising.

He now describes hearing his own playing "from another room" at night. I am uncertain whether this is a perceptual disturbance within a severe depression or something else, and would value your view.

Yours sincerely,
Q. Ashworth"""),
]
