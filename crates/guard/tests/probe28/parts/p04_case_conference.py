DOCS = [
("case_presentation", "direct", None,
"""CASE CONFERENCE — Adult Psychological Therapies, Wednesday 12.30
Presenter: Dr A. Quist (with trainee E. Lam)

Background
The client is a police officer in his late 30s, referred by occupational health after an incident in which a colleague was injured. He has been off work for 11 weeks. He lives with his partner; no children.

Assessment
PCL-5 = 52. PHQ-9 = 16. GAD-7 = 14. Alcohol: AUDIT-C 7. No current suicidal ideation; passive thoughts in the first weeks after the incident.

Formulation
We used the Ehlers & Clark model. The key appraisal is 'I should have seen it coming', with a strong sense of current threat whenever he drives past the junction. Safety behaviours: avoidance of the route, checking the rear-view mirror, rumination late at night.

Treatment so far
Eight sessions of TF-CBT. Reliving of the hotspot at session 5; updating with the information that the other driver was in a stolen car and the collision was unavoidable. {{Will|c104|NICKNAME}} said at session 7 that this was the first time he had 'let himself off'.

Questions for the conference
1. Return-to-work timing: OH want a date; we think the site visit should happen first.
2. The partner would like to attend a session. Is that helpful at this stage?

Thanks to the team for the earlier consultation on the alcohol use."""),

("case_presentation", "direct", None,
"""Slide 3 — Presenting problem

• {{Micky Peters|c106|FULL_NAME}}, 26, paralegal
• 'Everyone thinks I'm the funny one'
• Low mood ×18 months; onset after mother's illness
• Lives with partner {{Eric|c106|RELATIVE}}; young daughter

Slide 4 — Formulation (Beck's cognitive model)
• Core belief: I am only acceptable when I'm entertaining
• Conditional assumption: if I show I'm struggling, people will leave
• Compensatory strategy: humour, over-functioning at work"""),

("case_presentation", "direct", None,
"""Adolescent case conference — handout

Young person: {{Christy Rogers|c108|FULL_NAME}} (17), {{Jefferson High School|c108|SCHOOL}}
Referred by: school nurse
Concern: restrictive eating, over-exercising before band practice (drums)
Family: mum {{Robin|c108|RELATIVE}}, dad {{Anthony|c108|RELATIVE}}, both attending sessions
Model: FBT (Maudsley), phase 1

Note: not related to the Carl Rogers we keep quoting, she has asked me to say. She's heard the joke."""),

("case_presentation", "direct", None,
"""Case conference minutes — item 4

Presenter outlined work with {{Alan Vaughan|c110|FULL_NAME}}: 23, graphic designer, referred by GP after a panic attack at {{Roberts Creative|c110|EMPLOYER}} (his employer). Husband supportive. {{Alan|c110|GIVEN_NAME}}'s {{alpaca, Meatball|c110|DISTINCTIVE|fact|alpaca named Meatball}}, which has a large online following, features in most sessions as a grounding object (via phone photos). The team discussed whether this was avoidance or a resource. Consensus: resource, for now.

Action: presenter to review at session 10."""),

("case_presentation", "direct", None,
"""Team case conference — duty issues

A caller left a message on the duty line from {{270.566.2239|c112|PHONE}} asking for his therapist to ring back 'urgently'. Duty clinician returned the call within the hour. Outcome: not a risk issue — he wanted to cancel. Learning point for the conference: our voicemail script should say that non-urgent changes go to reception."""),

("case_presentation", "direct", None,
"""Psychodynamic case conference — presentation notes

I'd like to think about {{Melanie Olsen|c113|FULL_NAME}} through a Kleinian lens — yes, Melanie Klein, I realise, but let's not make anything of the coincidence. The splitting is striking: her brother is idealised, her partner {{Larry|c113|RELATIVE}} is 'useless'. In the transference I am sometimes the brother and sometimes the partner, within a single session. I'd like help thinking about whether to interpret this now or wait."""),

("case_presentation", "direct", None,
"""CASE CONFERENCE — 3 March
Presenter: Samir (trainee, PsyD year 3)

I'm presenting {{Ian Torres|c117|FULL_NAME}}. He's 28 and a physical therapist at {{Arlington Medical Center|c117|EMPLOYER}}. (His legal first name is {{John|c117|GIVEN_NAME}} — same as his husband's, which he says is 'a whole thing at the dentist'.) He came in after a period of low mood when his father fell ill.

I'd like the team's thoughts on working with a client whose own job is helping people recover. He keeps 'doing my job for me' — setting his own homework, reviewing his own progress."""),

("case_presentation", "direct", None,
"""Case summary for conference (brief)

Name: {{Debbie Stafford|c121|FULL_NAME}}
DOB: {{12/29/1967|c121|DOB}}
Occupation: corrections officer
Referral: self
Issue: moral injury following an incident in custody; insomnia
Plan: CPT; consider ACT for values work later
Request: team input on managing the client's anger at her employer without colluding."""),

("case_presentation", "direct", None,
"""MDT case conference — summary

Ms {{Murray|c123|FAMILY_NAME}} (retail manager) was discussed. She {{ran for mayor of Florence in 2012|c123|DISTINCTIVE|fact|ran for mayor of Florence in 2012}} and lost narrowly; she describes a sense of public humiliation which returned when she was passed over for promotion last month. The team agreed a formulation around shame and public failure. Plan: 12 sessions CFT. Presenter: Anna."""),

("case_presentation", "direct", None,
"""Case conference (grand rounds) — transcript excerpt

PRESENTER: My client is a lawyer in her sixties called, and I promise this is her real name, {{Taylor Swift|c126|FULL_NAME}}.
[laughter]
PRESENTER: She's heard every joke. She was on Jeopardy!, she {{ran for mayor of Clayton|c126|DISTINCTIVE|fact|mayor of Clayton}}, she's had an extraordinary life. She came to me because she can't stop checking the locks.
CHAIR: Let's stop there and perhaps not use the name again in the recording.
PRESENTER: Sorry. Yes."""),

("case_presentation", "direct", None,
"""Case presentation — email version for those who couldn't attend

Client: male, 41, midwife, married. He emailed me from {{raymondbrewer66@hotmail.com|c129|EMAIL}} before we'd had a chance to set up the secure portal, and several paragraphs of clinical material are in that thread. I've now moved everything across and deleted the thread. I present today on the themes: gender and caring professions, and the loneliness of being 'the man on the ward'."""),

("case_presentation", "direct", None,
"""Older adults case conference

{{Lonnie Stevens|c131|FULL_NAME}}, 71, line cook (still working), sons {{Steve|c131|RELATIVE}} and {{Jason|c131|RELATIVE}}. Presenting: grief after the death of a friend he worked with for thirty years. {{Lonnie|c131|GIVEN_NAME}} is unsure about 'talking therapy' but keeps coming. The team discussed behavioural activation versus grief work and settled on a blend."""),

("case_presentation", "quasi", None,
"""Case conference — education staff wellbeing programme

Case 2. The client is a {{high school chemistry teacher|c130|DISTINCTIVE|occupation}} in {{Hamilton|c130|ADDRESS|city}}. She {{owns the dog-grooming salon on Cedar Terrace|c130|DISTINCTIVE|fact|owns the dog-grooming salon on Cedar Terrace}} with her husband at weekends and describes herself as 'never not working'. Presenting problem: burnout, irritability, intrusive thoughts of harming the dogs in her care (ego-dystonic, OCD picture). Treatment: ERP. Good early response."""),

("case_presentation", "quasi", None,
"""Case conference handout (anonymised)

Client: F, 41, a {{911 dispatcher|c132|DISTINCTIVE|occupation}} in {{Jackson|c132|ADDRESS|city}}.
Also runs {{the tattoo studio on Chestnut Court|c132|DISTINCTIVE|fact|owns the tattoo studio on Chestnut Court}}.
Married.
Issue: vicarious trauma from calls; nightmares.
Intervention: imagery rescripting.
Question: can we ethically use the tattoo work as a metaphor in sessions?"""),

("case_presentation", "quasi", None,
"""Case for conference

I am presenting a woman in her seventies who works at {{Brookfield Public Radio|c136|EMPLOYER}} (she's been there since the 80s) and {{breeds champion Dachshunds|c136|DISTINCTIVE|fact|breeds champion Dachshunds in Lebanon}}. She presented after a fall. The work has been about mortality, the dogs outliving her, and who will take them. I'd like to think with the team about the ethics of being named in her will, which she has joked about."""),

("case_presentation", "quasi", None,
"""Case conference — the 'music' case

My client {{plays harp in the Plymouth Symphony Orchestra|c138|DISTINCTIVE|fact|plays harp in the Plymouth Symphony Orchestra}} and designs graphics for {{Burlington Public Radio|c138|EMPLOYER}}. Two children. Presenting problem: performance anxiety that has spread from concerts to client meetings. I'd like help with the metaphor of 'playing in an orchestra' — she uses it for everything, and I'm not sure if it's helping."""),

("case_presentation", "quasi", None,
"""Case conference — single-parent caseload review

Case 4: a {{bank teller|c140|DISTINCTIVE|occupation}} from {{Quincy|c140|ADDRESS|city}}, 40, with a daughter, {{April|c140|RELATIVE}}. Presenting with health anxiety after a cancer scare. Partner supportive. CBT going well; ends next month."""),

("case_presentation", "quasi", None,
"""Conference — case study (journalism and trauma)

The client is a journalist at {{Bristol Public Radio|c141|EMPLOYER}}. He was {{in the Centerville Herald for returning a lost wallet with $10,000 inside|c141|DISTINCTIVE|fact|Centerville Herald for returning a lost wallet}}, which he finds excruciating: he says he is 'the honest man of Centerville' now and can't be anything else. Presenting problem: moral perfectionism and anxiety. Plan: CFT."""),

("case_presentation", "benign", "deidentified",
"""CASE CONFERENCE — CAMHS Thursday

Young person: 'R', 15, attends a local secondary school. Referred for low mood and school refusal. Lives with mum and younger sibling; dad not in contact.

Assessment: RCADS elevated on depression and separation anxiety scales. No current self-harm. Sleep reversed (up until 4am gaming).

Formulation: avoidance maintained by relief; mum's accommodation understandable given her own anxiety. Gaming as mood regulation and social contact.

Plan: joint sessions with mum focused on reducing accommodation (SPACE approach); individual CBT for R; school liaison for a graded return.

Question for the team: how to involve dad, given he wants to be involved but R does not want him to be."""),

("case_presentation", "benign", "deidentified",
"""Grand rounds — 'When the client is a clinician'

Client A is a nurse in her 50s working on an acute medical ward. She presented with burnout and passive suicidal ideation after a cluster of patient deaths during a staffing crisis. I'll talk about: shame in helping professions, the 'wounded healer', and the practical problem of risk assessment when the client knows the risk assessment as well as I do.

All details altered; consent given for teaching use."""),

("case_presentation", "benign", "public_figure",
"""Teaching case conference — historical

This week we revisit Anna O. (Bertha Pappenheim) and the 'talking cure'. Breuer's treatment, Freud's later reading, and the feminist re-readings. Presenter: Dr. Okafor. Discussant: Dr. Hall. Please read the Breuer & Freud case in Studies on Hysteria beforehand."""),

("case_presentation", "benign", "nonclient_person",
"""Case conference rota — spring

Jan 14: Melanie (CAMHS)
Jan 28: Brittany (adult)
Feb 11: Debbie (older adults)
Feb 25: Will (forensic)
Mar 11: Lonnie (eating disorders)
Please send anonymised handouts to the chair 48 hours in advance."""),

("case_presentation", "benign", "weak_attribute",
"""Case conference — brief

Client: man, 60s, architect, lives in Springfield. Presenting: low mood after retirement. Discussion: whether to use behavioural activation or a more exploratory approach. Team favoured BA with a life-review component."""),

("case_presentation", "benign", "name_as_word",
"""Case conference — reflections from the chair

Our theme this term has been hope and its absence. The presentations reminded me that hope is not optimism. Several presenters described clients for whom 'getting better' felt like a betrayal. That's worth bearing in mind when we set goals. Thank you all for your patience with the new room."""),

("case_presentation", "benign", "single_quasi",
"""Case conference — service liaison item

We've received six referrals this quarter from Salem General Hospital's staff wellbeing service. The team agreed to set up a dedicated pathway. No individual cases were discussed under this item."""),

("case_presentation", "benign", "public_figure",
"""Case presentation template (teaching)

Use the following headings: Presenting problem; History; Formulation (e.g. Beck, Padesky's five areas, or a psychodynamic triangle of conflict after Malan); Intervention; Outcome; Reflections. Examples of published case write-ups to model: Yalom's 'Love's Executioner'; Linehan's DBT case examples; Michael White's narrative case studies."""),

("case_presentation", "benign", "nonclient_person",
"""Case conference — thanks

Thanks to Taylor from the admin team for setting up the hybrid link, and to Raymond for chairing. Next month's presenter is Kathryn; she'll be bringing a couples case."""),
]
