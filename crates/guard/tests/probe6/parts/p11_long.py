# Long-form documents (300-550 words) in the voices of the other parts: a trainee's full
# case presentation, MDT minutes, a consultant's referral letter, a supervision
# reflection, a practice newsletter, a properly anonymised grand-round case. The leaks
# sit deep in the text.
DOCS = [
    # ---------------------------------------------------------------- benign
    ("social_post", "benign", "public_figure", """NEWSLETTER -- December: Grief doesn't take the holidays off

Hi friends,

Every December my practice gets quieter in one way and louder in another. Fewer new enquiries -- people put things off until January -- and more messages from existing clients that start with "I thought I'd be fine this year."

If you're grieving this season, here are a few ideas from people who've thought about this far longer than I have.

William Worden describes grief not as stages but as tasks: accepting the reality of the loss, working through the pain, adjusting to a world without the person, and finding an enduring connection with them while moving forward. I like the word "tasks". It suggests that grief is something you do, not only something that happens to you -- and that you can do it at your own pace.

Margaret Stroebe and Henk Schut's dual process model says healthy grieving swings between two poles: facing the loss (crying, remembering, looking at the photos) and facing the rest of life (doing the shopping, going back to work, laughing at a film). The swinging is the point. If you spent Tuesday not thinking about them at all, that's not betrayal. That's oscillation.

Pauline Boss gave us "ambiguous loss" -- grief for someone who is physically present but psychologically absent (dementia, addiction, estrangement), or physically gone with no clear ending. Holidays are brutal for this kind of loss, because everyone around you expects a celebration.

And Kenneth Doka coined "disenfranchised grief" for the losses nobody sends flowers for: an ex, a pet, a pregnancy, a friend from a community your family didn't know about. If your grief doesn't have a public shape, it can still have a private ritual. Light a candle. Cook their recipe. Write them a card and keep it.

You don't have to do the holidays the way you always have. You're allowed to leave early, skip the party, or go and hide in the kitchen doing dishes. You're allowed to have a lovely time and feel guilty about it. You're allowed to not know which of those it will be until the day.

If you're a client of mine: the practice is closed from the 24th to the 2nd, but the crisis numbers are on the back of your appointment card, and they answer on Christmas Day.

If you're not: please find someone to talk to. It doesn't have to be a therapist. It just has to be someone.

With care,
Wren
(Wren Calloway, LMHC -- this newsletter is education, not therapy)"""),

    ("case_presentation", "benign", "deidentified_case", """GRAND ROUND -- CASE PRESENTATION (anonymised; several details changed; consent obtained)

Presenter: Dr Q. Ashworth, Consultant Psychiatrist

The patient is a woman in her early sixties who works in healthcare administration in a mid-sized city. She was referred by her general practitioner with an eighteen-month history of low mood, withdrawal from friends and a conviction that her colleagues had been "talking about her behind her back" since a restructuring at work.

Background. She was the second of four children. Her father drank heavily and was intermittently violent; her mother, she says, "kept the peace by keeping quiet". She left school at sixteen, later completed a professional qualification at evening classes, and has worked for the same organisation for over thirty years. She was married for twenty-five years; her husband died five years ago. She has two adult children, both living abroad, whom she speaks to weekly.

Presentation. At assessment she was guarded but courteous. Her mood was low with diurnal variation. She described poor concentration and early waking. The belief that colleagues were discussing her was held with moderate conviction; she could entertain the possibility that she was mistaken, but "it doesn't feel that way". There were no hallucinations and no first-rank symptoms. Cognitive screening was within normal limits.

Formulation. We understood her presentation as a depressive episode with mood-congruent persecutory ideation, precipitated by a threat to an occupational identity that had long protected her against early experiences of unpredictability and shame. The loss of her husband had removed her principal confidant, and the distance from her children had left her without anyone to "check her thinking" against.

Treatment. She was started on an antidepressant, later augmented with a low dose of an antipsychotic. She accepted referral for individual psychotherapy, which focused initially on sleep and activity scheduling, later on the beliefs about colleagues, using behavioural experiments (for example, asking a trusted colleague directly about a meeting she believed had been about her).

Outcome. At nine months her mood had lifted, the persecutory ideas had faded to "an occasional feeling", and she had returned to work on adjusted duties.

Points for discussion:
1. The boundary between mood-congruent persecutory ideas and an emerging late-onset psychosis.
2. The place of antipsychotic augmentation in older adults, given cardiometabolic risk.
3. How we work with workplaces without breaching confidentiality when the "paranoia" is, in part, a response to a genuinely hostile restructuring."""),

    # ---------------------------------------------------------------- direct
    ("case_presentation", "direct", None, """TRAINEE CASE PRESENTATION -- END OF PLACEMENT (draft 3, "anonymised")

Client: Ms X, early thirties
Referral: self-referral via the primary care psychology service
Sessions: 16 of 16

1. Presenting problem

Ms X works as a {{medical receptionist|c010|DISTINCTIVE|occupation}} in {{Centerville|c010|ADDRESS|city}}, on the front desk of a busy outpatient department at {{Shelby General Hospital|c010|EMPLOYER}}. She came to therapy with panic attacks (four to five a week at referral), a fear of fainting in public and increasing avoidance of anything she couldn't leave quickly -- queues, cinemas, the bus, and, most painfully for her, orchestra rehearsals. She is a serious amateur musician who {{plays cello with the Greenville Symphony|c010|DISTINCTIVE|fact|cello in the Greenville Symphony}}, and she had missed the last two concerts.

2. Background

She is a single parent to two children. Her daughter, {{Kathryn|c010|RELATIVE}}, is eleven and, in Ms X's words, "the sensible one in the house". Ms X grew up with a mother who had chronic health anxiety, and she remembers being kept home from school "in case".

An unusual feature of her history: some years ago she {{spent five weeks on a remote island as a contestant on Survivor (season 23)|c010|DISTINCTIVE|fact|season 23 of Survivor}}. She describes this as the best and worst experience of her life. Her first panic attack happened on the island, during a challenge, on camera. She has never watched the episode.

3. Formulation

Using Clark's cognitive model of panic: bodily sensations (dizziness, tightness in the chest) are catastrophically misinterpreted as signs of imminent collapse; safety behaviours (holding on to furniture, sitting near exits, carrying a water bottle "for emergencies") prevent disconfirmation. The televised first attack gave the fear a second layer -- not just "I'll faint" but "I'll faint and everyone will see, and it will be recorded".

4. Intervention

Psychoeducation; a shared formulation (she drew her own vicious cycle, in pencil, very neatly); interoceptive exposure (spinning in a chair, breathing through a straw); behavioural experiments dropping the safety behaviours; graded exposure, culminating in a full rehearsal without sitting at the end of the row.

5. Outcome

Panic attacks down to one in the last month. PDSS 18 -> 5. She played the spring concert. {{Kathryn|c010|RELATIVE}} came and, apparently, cried more than her mother did.

6. Reflections

I found it hard not to be a fan. I'd also like to discuss the recording: in session 9, {{Emily|c010|GIVEN_NAME}} asked whether she could bring in the episode and watch it with me. We didn't, in the end. I'm still not sure whether saying no was containment or my own avoidance.

(Note to self: check the formulation diagram in the appendix -- I think I wrote her real name at the top. Remove before printing.)"""),

    ("team_note", "direct", "multi_client", """COMMUNITY TEAM -- MINUTES OF WEEKLY MEETING (DRAFT, NOT FOR CIRCULATION)

Present: Yusuf Farah (minutes), Dr N. Okwu, Moira, Colm, Desmond (student)
Apologies: Dr A. Osgood

1. Minutes of last meeting -- agreed. Action on the room bookings carried forward again; Colm to escalate.

2. Service matters
- The new e-referral form has gone live. Early feedback from GPs is positive but several have left the "reason for referral" box empty, which defeats the point. Yusuf to draft a polite note.
- Desmond asked whether students can attend home visits. Yes, with the care coordinator, after the lone-worker induction.
- Travel claims: a reminder that mileage is only paid for journeys over three miles, and that the claims portal closes on the 25th.

3. Case review

3a. Mr {{George|c026|FAMILY_NAME}} (care coordinator: Moira). Seventy, still working nights as a {{nurse|c026|DISTINCTIVE|occupation}} in {{Madison|c026|ADDRESS|city}} -- part-time, at {{Perry Pharmacy|c026|EMPLOYER}}'s vaccination clinic -- and presenting with worsening low mood since his brother's death. His daughter {{Tara|c026|RELATIVE}} rang on Monday, worried that he had stopped eating. Moira visited on Tuesday: he had food in, but was sleeping in his chair and had not opened his post for weeks. No expressed suicidal intent, but he said "I've done my bit". Plan: Dr Okwu to review medication next week; Moira to visit twice weekly; consider referral to the older adults team. Risk register: amber.

3b. {{Joel|c045|GIVEN_NAME}} (care coordinator: Colm). Has driven forty miles each way to every appointment for six months because he will not be seen locally -- he works at {{Shelby General Hospital|c045|EMPLOYER}} and is frightened of being recognised. Colm raised whether we can offer video sessions instead. Dr Okwu agreed in principle but would like one more face-to-face review first, given the recent increase in drinking. His wife, {{Amanda|c045|RELATIVE}}, has asked for a carers' assessment; Yusuf to send the form. He also mentioned that {{the florist on Sycamore Road|c045|DISTINCTIVE|fact|florist on Sycamore Road}}, which he owns with her, is struggling; debt advice leaflet to be offered.

3c. Discharges: two, both planned, both to GP. No concerns.

4. Training
- Desmond will present a journal article on peer support next month.
- Safeguarding refresher: Moira and Colm are out of date; please book before the end of the quarter.

5. AOB
- Please, everyone: initials only in these minutes from now on. Yusuf will anonymise this set before it goes on the shared drive.

Next meeting: Tuesday, 9:30."""),

    # ---------------------------------------------------------------- quasi
    ("email", "quasi", None, """Subject: Referral -- chronic pain and depression after a workplace injury

Dear Dr Okonjo,

I should be grateful if you would see a gentleman of sixty whom I have been treating for the past eight months for a moderate to severe depressive episode, in the context of chronic pain following a workplace injury. I am referring him to your pain and mood clinic because I think he now needs a combined approach that I cannot offer from a general adult outpatient clinic.

He is an {{electrician|c135|DISTINCTIVE|occupation}} by trade, based in {{Ashland|c135|ADDRESS|city}}, and worked for many years for {{Torres Construction|c135|EMPLOYER}}. Eighteen months ago he fell from a platform at work and sustained a fracture of the lumbar spine. He has not returned to work, and the employer's occupational health service has now started the process that he, understandably, sees as the beginning of the end of his career.

His mood deteriorated over the spring. He describes anhedonia, poor sleep, irritability and a sense of having become "useless". He has thought about not being here, but denies any intent, citing his wife, {{Stephanie|c135|RELATIVE}}, and their grandchildren. He is drinking more than he used to, at around twenty units a week.

A detail I mention because it matters to him rather than to the diagnosis: some years ago he {{turned up a rare Civil War sword at a garage sale, and the Lexington Herald ran a piece about it|c135|DISTINCTIVE|fact|Lexington Herald for finding a rare Civil War sword}}. He has since become something of a local expert on militaria and had hoped to turn this into a small business in retirement. It is one of the few areas in which he still feels competent, and I think it could be used productively in behavioural activation.

Current treatment: sertraline 150 mg daily; pregabalin 150 mg twice daily, prescribed by the pain team; paracetamol and a short course of physiotherapy, which he found helpful but which has ended. He has attended eight sessions of supportive therapy with our team psychologist.

I would value your opinion on (1) whether a switch to duloxetine would offer benefit for both mood and pain; (2) his suitability for the pain management programme; and (3) any advice on how to support him through the occupational health process, which I suspect will be the next major stressor.

He is aware of this referral and is keen to be seen. His wife would like to accompany him.

Yours sincerely,

Dr Quentin Ashworth MRCPsych
Consultant Psychiatrist"""),

    ("team_note", "quasi", None, """Supervision reflection -- for Dr Okafor (please don't put this in the portfolio, it's too identifiable)

I want to think about the client I've started calling, in my head, "the athlete". I'm aware that's already a problem.

She's seventy-six. She works, still, three days a week as a {{UX designer|c215|DISTINCTIVE|occupation}} in {{Hamilton|c215|ADDRESS|city}}, at {{Northwind Systems|c215|EMPLOYER}}, where she is by some distance the oldest person in the building and, she says, "the only one who remembers punched cards". She was referred for anxiety after a fall at home, which she insists was "nothing", but which has left her frightened of stairs for the first time in her life.

What makes this hard for me: she is, genuinely, extraordinary. In her late sixties she {{competed on American Ninja Warrior (season 18)|c215|DISTINCTIVE|fact|season 18 of American Ninja Warrior}}, and she still trains. She showed me a video on her phone of herself on the warped wall. I was impressed, and I said so, and I think that was the moment the therapy tilted: from then on she has been performing for me. Every session begins with an achievement.

Her wife, {{Krystyna|c215|RELATIVE}}, rang me last week -- with the client's permission -- to say that she is not sleeping, that she has started checking the locks repeatedly at night, and that she cried in the car after our last session, "which she never does". None of this has come into the room.

So: I think I've become an audience rather than a therapist. The fall has threatened the thing her identity is built on -- being the exception, the one who doesn't get old -- and I have been colluding with the part of her that needs to keep proving it.

What I'd like to try: naming the pattern gently ("I notice we often start with something you've achieved, and I wonder what it would be like to start somewhere else"); bringing in the fear of the stairs directly, perhaps as a graded exposure; and being less visibly impressed, which feels unkind but probably isn't.

What I'm worried about: that if I stop admiring her, she'll stop coming. Which, I suppose, is exactly her fear too.

Questions for Thursday:
1. How do I repair the tilt without it feeling like a rejection?
2. Should I ask whether she'd like her wife to join a session?
3. Is it OK that I really like her?"""),
]
