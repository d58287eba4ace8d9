# Part 6: lawyers, paralegals, judges (never clients here), councillors and mayoral
# candidates. Lawyer-assistance letters, court correspondence, council politics.
DOCS = [
    ("team_note", "direct", None, """Session note (brief, for the file): Cllr {{Stone|c326|FAMILY_NAME}} came straight from the planning committee. Spent most of the hour on the abuse she's getting online since the vote on the housing scheme in her ward. Agreed she'll let her party's safeguarding officer know about the threats. Next week as usual."""),

    ("email", "direct", None, """To: Lawyer Assistance Program
Re: {{Morgan Kennedy|c232|FULL_NAME}}, attorney — quarterly monitoring report

Dear Ms Delgado,

{{Morgan Kennedy|c232|FULL_NAME}} has authorised me, in the release dated 3 March, to confirm her participation in weekly therapy as part of the monitoring agreement she entered into with the Program, and to report on attendance and on my general view of her progress. I have not been asked to, and will not, disclose the content of sessions.

Attendance: Ms {{Kennedy|c232|FAMILY_NAME}} attended twelve of thirteen scheduled sessions this quarter. The missed session was cancelled 48 hours in advance because of a trial date, and was rescheduled within the week.

Progress: In my opinion she is engaging meaningfully with treatment. She has kept to the agreed limits on her working hours for eleven of the twelve weeks, and has begun attending the peer group run by Judge Ellen Marsh (ret.) and attorney Curtis Obi, which I had recommended.

Next review: she can be reached at {{(270) 661-1610|c232|PHONE}} should the Program need to schedule the quarterly review. I would ask that any contact is made to that number and not through her firm.

Sincerely,
R. Castellanos, LMFT"""),

    ("social_post", "direct", None, """Councillor {{Michelle Oneal|c224|FULL_NAME}} has given me permission to say this: the woman who {{represents Ward 1 on the Ashland city council|c224|DISTINCTIVE|fact|Ward 1 on the Ashland city council}} also goes to therapy every Thursday, and she wants other public servants to know it's allowed. 💪 #mentalhealthmatters"""),

    ("team_note", "direct", None, """{{Pat|c237|NICKNAME}} (paralegal, Wednesdays) asked me to note that she's starting the bar course in September and will need evening slots only. Pat yourself on the back for getting in, I told her — she laughed for the first time in weeks."""),

    ("case_presentation", "direct", None, """Caso clínico — supervisión en español

Sr. {{Ricart|c485|FAMILY_NAME}} ({{Juan|c485|GIVEN_NAME}}), paralegal y concejal. Motivo de consulta: ansiedad anticipatoria antes de cada sesión del pleno. Su esposa {{Judith|c485|RELATIVE}} acude a veces a la sala de espera. Objetivos: reducir la evitación, preparar intervenciones públicas breves."""),

    ("case_presentation", "direct", None, """Case presentation — "The Candidate"

{{Jason Lopez|c287|FULL_NAME}}, lawyer, mid-twenties. He {{ran for mayor of Glendale|c287|DISTINCTIVE|fact|mayor of Glendale in 2009}} as a teenager in a stunt campaign that got national coverage, and says he has been "performing a version of himself" ever since. Presenting problem: impostor feelings at his first firm; panic before client meetings."""),

    ("email", "direct", None, """Hi Sinead — can you send the consent form to {{johnward53@hotmail.com|c388|EMAIL}}? He's the paralegal who's standing for mayor again, and he doesn't want anything going to the campaign office. Thanks, Leo"""),

    ("team_note", "direct", None, """Legal aid counselling intake
Name: {{Mark|c366|GIVEN_NAME}} N.
DOB: {{16 Aug 1949|c366|DOB}}
Occupation: paralegal (semi-retired), also on the city council
Referred by: the firm's HR after a complaint from a junior colleague
Notes: declined to discuss the complaint at intake; agreed to return."""),

    ("email", "direct", None, """Subject: RE: Council wellbeing pilot

Dear Janine,

I'm afraid I can't comment on whether Councillor {{Wohlgemuth|c046|MISSPELLED_NAME}} is or isn't receiving support from our practice — you'll appreciate why. If he wishes to share anything with the council, he's free to do so himself.

Kind regards,
Dr Peter Amsel"""),

    ("team_note", "direct", None, """{{Bill|c174|NICKNAME}} (council, Ward 9) was buzzing today — the parks bill he's been pushing for two years finally passed. Then spent half the session on why he can't enjoy it. Classic. Keep working on the "success = danger" belief."""),

    ("team_note", "direct", None, """Supervision 20/06 — councillors on my caseload
Cllr {{Collins|c423|FAMILY_NAME}}: online harassment ongoing; police involved. Watch for sleep.
Cllr {{Parsons|c405|FAMILY_NAME}}: conflict of interest worry — her paper's editor wants her to write about the council vote. She's considering stepping down from one of the two roles.
Supervisor: consider dual-role literature."""),

    ("email", "direct", None, """{{Dan|c241|GIVEN_NAME}},

Just confirming I'll post the summary letter for your firm to {{3470 Rice Lane|c241|ADDRESS|street}} this afternoon. Please read it before you forward it to the managing partner — you can still ask me to change anything.

Best,
Harriet"""),

    ("team_note", "quasi", None, """Allocation request: associate at {{Lewis Law LLP|c111|EMPLOYER}}, separated dad, son {{Trevor|c111|RELATIVE}} has just started university. Presenting: drinking, isolation, long hours. Please offer after 6pm."""),

    ("social_post", "quasi", None, """An {{insurance adjuster|c119|DISTINCTIVE|occupation}} from {{Lancaster|c119|ADDRESS|city}} who {{represents Ward 2 on the Auburn city council|c119|DISTINCTIVE|fact|Ward 2 on the Auburn}} told me today that she was the most hated person at two different meetings this week. Public service is hard on the heart. 💔"""),

    ("case_presentation", "quasi", None, """Dual-mandate burnout: anonymised case

My client {{represents Ward 5 on the Madison city council|c300|DISTINCTIVE|fact|Ward 5 on the Madison}} and, since the boundary change, also {{represents Ward 2 on the Clayton city council|c300|DISTINCTIVE|fact|Ward 2 on the Clayton}}. Works days in a bank. Presenting: exhaustion, resentment, snapping at constituents. Discussion: is reducing the workload even possible, or is the work on meaning?"""),

    ("email", "quasi", None, """Hi Gráinne, quick consult: a councillor who {{represents Ward 7 on the Marion city council|c180|DISTINCTIVE|fact|Ward 7 on the Marion}} and also works shifts at {{Clinton Shipyard|c180|EMPLOYER}}. She's being pressured to disclose her therapy in a council ethics declaration. Do you know the local rules on that?"""),

    ("team_note", "quasi", None, """Possible conflict check: new referral is an electrician at {{Ross Electric|c467|EMPLOYER}} who also {{represents Ward 9 on the Florence city council|c467|DISTINCTIVE|fact|Ward 9 on the Florence}}. Mirela sits on a council advisory panel — she shouldn't take this one."""),

    ("social_post", "quasi", None, """Therapy is not only for "creative types", said the paralegal from {{Miller Realty|c068|EMPLOYER}} who also {{plays bassoon in the Madison Symphony Orchestra|c068|DISTINCTIVE|fact|bassoon in the Madison Symphony}}. I told him I'd put it on a mug. 🎼"""),

    ("social_post", "benign", "celebrity_namesake", """Emma Stone's acceptance speech, where she admitted to panic attacks since childhood, is the clip I send to every anxious client who thinks success should have cured it."""),

    ("social_post", "benign", "public_figure", """Justice Ruth Bader Ginsburg did planks with her personal trainer into her eighties. If you're a lawyer telling me you don't have time to move your body, I have a counter-example."""),

    ("email", "benign", "deidentified_case", """Dear colleagues,

A brief note for the team: I gave evidence yesterday before Her Honour Judge Marian Keane in the family court. The judge accepted my report without requiring the clinical notes, which I had argued would breach the client's privacy. Helpful precedent for us; happy to share the written submissions, redacted."""),

    ("social_post", "benign", "public_figure", """Mayor Sadiq Khan talking openly about his own mental health on the radio this morning. More of this from people in public office, please."""),

    ("social_post", "benign", "name_as_word", """Three truths for lawyers: 1) billable hours are not a measure of worth. 2) the bill for burnout always arrives. 3) no one has ever said on their deathbed "I wish I'd drafted more ward-of-court applications"."""),

    ("social_post", "benign", "single_quasi", """Spoke with someone who represents Ward 6 on the Riverside city council about why councillors almost never ask for help. Short answer: "because everything we do ends up in the paper"."""),

    ("email", "benign", "nonclient_namesake", """From: Cllr Aoife Kennedy, Chair, Health & Wellbeing Committee
To: Riverbend Counselling

Dear all,

The committee has approved a small grant for free counselling for council staff. I'd be grateful if your practice could submit a short proposal by 15 July. Our community officer, Ms Eilís Nolan, will answer any questions.

Aoife Kennedy"""),

    ("case_presentation", "benign", "deidentified_case", """Fictionalised case for the lawyers' wellbeing seminar: a senior associate in a large firm, 38, drinking a bottle of wine a night to "come down" from work. Partner track review in three months. Consider how to engage someone whose professional identity depends on never appearing to struggle."""),

    ("social_post", "benign", "weak_attribute", """A paralegal in her thirties said to me, "Everyone thinks I'm the lawyer's assistant. I'm actually the reason anything gets filed on time." Respect your paralegals."""),

    ("email", "benign", "nonclient_person", """Dear Sir/Madam,

RE: Subpoena duces tecum — records of a client of your practice

I act for the respondent. Kindly note that Advocate Thabo Mokoena SC has advised that the records be delivered under seal to the Registrar of the High Court, Johannesburg, and not to the parties. The client's identity is set out in the sealed schedule only.

Yours faithfully,
N. Pillay, Attorney"""),

    ("social_post", "benign", "nonclient_person", """Honoured to share the panel with Hon. Justice Funmilayo Adebayo in Abuja on judicial stress and vicarious trauma. Judges carry so much and have so few places to put it down."""),
]
