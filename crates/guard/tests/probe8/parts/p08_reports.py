# Voice: grant applications, service evaluations, annual and impact reports -- the formal
# "anonymised" writing of small charities and NHS-style services, with quotes from
# participants, case-study boxes, data tables and acknowledgements. The leaks are the
# quote attributed with a first name, the table row with a date of birth, the case box with
# the employer; the benign ones are aggregates, trustee lists, named funders and authors.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("case_presentation", "direct", None, """Riverbank Counselling -- Annual Report 2023-24

Section 4: What people told us

We asked everyone who finished therapy this year to tell us, in their own words, what difference it made. A selection of responses is below.

"I came in thinking I was broken. I left thinking I was tired. That's a big difference." -- {{Faith|c068|GIVEN_NAME}}, 21, student at {{Dayton State|c068|SCHOOL}}

"My counsellor never once made me feel like a case." -- anonymous, 50s

"I can talk to my wife now." -- anonymous, 30s

Section 5: Partnerships

We continue to work closely with local faith groups, whose halls host three of our community drop-ins, and with the university's student support team."""),

    ("case_presentation", "direct", None, """Application to the Henley Community Mental Health Fund -- Part C: Case study

Please describe one person who has benefited from your service (max 250 words).

{{Miles|c079|GIVEN_NAME}} (41) is a software engineer at {{Kestrel Software|c079|EMPLOYER}} who came to us after a period of burnout left him unable to work. Like many of our clients, he had to drive over thirty miles to reach the nearest NHS-equivalent service, and had been on its waiting list for eleven months.

Within six weeks of starting our evening group he was sleeping through the night. After twelve weeks he had returned to work on a phased basis. He is now a volunteer on our peer-support line and has spoken at two of our fundraising evenings.

"This service got me back my life," {{Miles|c079|GIVEN_NAME}} says. "And my husband got me back too."

With your funding we could offer the same to 40 more people next year."""),

    ("case_presentation", "direct", None, """Service Evaluation: Trauma Group for Frontline Healthcare Staff (Pilot, Jan-Jun 2024)

Appendix 2 -- Participant characteristics (for internal use)

P01  nurse, 40s, Glendale Medical Center
P04  HCA, 30s, Waverly Medical Center
P07  {{Iris|c006|GIVEN_NAME}} C., paramedic, {{Manchester Medical Center|c006|EMPLOYER}}
P09  radiographer, 50s, Florence Medical Center
P11  paramedic, 30s, Milford Family Clinic

Note: P07 requested that her first name be used in any write-up "so it's real." This has been agreed with the service lead.

Appendix 3 -- Outcome measures (PCL-5, pre and post)"""),

    ("case_presentation", "direct", None, """Clayton Community Wellbeing Trust -- Impact Report 2024

Volunteer of the Year

This year's award goes to our peer mentor {{June Macias|c038|FULL_NAME}}, who first came to us as a client in 2021 after the death of her husband. Now seventy-eight and still working part-time as an electrician at {{Manchester Shipyard|c038|EMPLOYER}}, {{June|c038|GIVEN_NAME}} has since mentored eleven people through their first year of bereavement.

"I know what the first Christmas is like," she says. "You don't need advice. You need someone to sit with you."

Congratulations, {{June|c038|GIVEN_NAME}}, and thank you."""),

    ("case_presentation", "direct", None, """Evaluation of the Older Workers' Wellbeing Project -- Section 6: Case examples

Case B: {{Mr. Ochoa|c159|FAMILY_NAME}} ("{{Ree|c159|NICKNAME}}"), 68, warehouse associate

{{Mr. Ochoa|c159|FAMILY_NAME}} was referred by his employer's occupational health team following a fall at work. At assessment he described feeling "past it" and was considering early retirement, although he did not want to stop working.

Over ten sessions, work focused on values and on the parts of his life outside work that gave him meaning: coaching a youth lacrosse team, and caring for his elderly mother, {{Kristen|c159|RELATIVE}}.

At the end of the intervention he had returned to full duties and reported a substantial reduction in low mood (PHQ-9 from 16 to 7)."""),

    ("case_presentation", "direct", None, """Burlington Wellbeing Collective -- Impact report 2024, page 7: "In your words"

[Screenshot of online feedback form, reproduced with permission]

Respondent: {{sydney.evans@hotmail.com|c195|EMAIL}}
Q: What difference has the group made to you?
A: honestly it saved my life. i was working 60hr weeks as a PT and not sleeping and the group was the first place i could just stop

Q: Would you recommend us to a friend?
A: already have!!

Our thanks to everyone who filled in the form this year -- 212 responses."""),

    ("case_presentation", "direct", None, """Madison Couch-to-5k for Mental Health -- End of Programme Report

Photo captions (pp. 4-5)

Left: The Thursday group at the finish line, 14 September.
Centre: {{Holly|c085|GIVEN_NAME}} K. ({{Manchester PD|c085|EMPLOYER}}) crossing the line after "twenty years of telling myself I wasn't a runner."
Right: Our volunteer coaches, Dee and Tomasz.

The programme was delivered in partnership with the local running club and was open to anyone referred by their therapist or GP."""),

    ("case_presentation", "direct", None, """Centerville Youth Counselling -- Data Quality Audit (Q3)

Table 4: Records with missing outcome data (first 5 rows)

ID   | Initials | DOB        | Area        | Status
1042 | {{R.O.|c208|INITIALS}}     | {{02/01/2003|c208|DOB}} | Centerville | student, closed
1057 | [redacted]
1063 | [redacted]
1078 | [redacted]
1081 | [redacted]

Action: the clinician for record 1042 has been asked to complete the closing CORE-10 by 30 October.
[NB -- rows 1057-1081 redacted before circulation; row 1042 missed. Please do not forward.]"""),

    # ---------------------------------------------------------------- quasi
    ("case_presentation", "quasi", None, """Grant Application: Arts on Prescription -- Section 3, Evidence of need

Our pilot last year showed the value of creative activity for people with long-term stress. One participant, a welder at {{Oneill Electric|c136|EMPLOYER}} in her late sixties, told us she had "forgotten there was anything in me except work." She had {{played cello with the Newport Symphony|c136|DISTINCTIVE|fact|cello in the Newport Symphony}} for decades but stopped when her mother became ill.

Through the programme she returned to the orchestra and now mentors two younger players. Her story is one of many."""),

    ("case_presentation", "quasi", None, """Annual Report 2024 -- Men's Group (and the men who aren't men's-group types)

"I never thought I'd talk about my brother {{Jun|c277|RELATIVE}}. Not to a room full of strangers. But here I am." -- {{paramedic|c277|DISTINCTIVE|occupation}}, {{Dover|c277|ADDRESS|city}}, member since March

Our men's group met 44 times this year, with an average attendance of nine. The group is open to any man who has experienced a loss. It is peer-led, with a counsellor present."""),

    ("case_presentation", "quasi", None, """Evaluation report: Wellbeing at Work scheme 2024 -- Part 5, Participant stories (anonymised)

Participant D is a retail manager at {{Florence Brewing Company|c144|EMPLOYER}} who also {{runs a florist's on Laurel Terrace|c144|DISTINCTIVE|fact|florist on Laurel Terrace}}. He joined the scheme after his line manager noticed he was working "two full-time jobs and pretending neither was hard."

Over eight sessions he developed a more realistic weekly plan, delegated the Saturday opening at the shop, and reported a fall in GAD-7 from 14 to 8."""),

    ("case_presentation", "quasi", None, """Service evaluation: Partner-inclusive therapy pilot (Madison, 2024)

Case illustration. One participant, an {{insurance adjuster|c042|DISTINCTIVE|occupation}} in {{Madison|c042|ADDRESS|city}}, attended with her partner {{Heather|c042|RELATIVE}}. She described the joint sessions as "sage advice from someone who isn't on either side." The couple attended seven of eight sessions.

Outcomes. Both partners reported improved relationship satisfaction (CSI-16). The participant's own PHQ-9 fell from 13 to 6.

Learning. Including partners was acceptable and feasible; we recommend it is offered routinely."""),

    ("case_presentation", "quasi", None, """Community Heritage & Wellbeing Grant -- Section 4: Who will benefit?

We already work with people who have a deep interest in local history. One current client, a {{mechanic|c003|DISTINCTIVE|occupation}} in {{Milford|c003|ADDRESS|city}}, {{hosts a local-history podcast, Backyard Detective|c003|DISTINCTIVE|fact|Backyard Detective}}, and has offered to record oral histories with group members. Her involvement was the spark for this proposal.

The project will run twelve sessions in the town library, combining memory work with recorded interviews."""),

    # ---------------------------------------------------------------- benign
    ("case_presentation", "benign", "mixed_clients", """Annual Report 2023-24 -- Key figures

People referred: 684
People seen: 512
Average wait from referral to first appointment: 19 days (down from 31)
Sessions delivered: 4,930
Did-not-attend rate: 7.2%

Who we saw
- 58% women, 40% men, 2% non-binary or preferred not to say
- Ages 16 to 91; median 38
- Most common occupations: healthcare, retail, education, construction

Outcomes
- 71% of people who completed therapy showed reliable improvement on CORE-10."""),

    ("case_presentation", "benign", "deidentified_case", """Funding application -- Section 5: Voices of participants (all quotes anonymised, ages given in decades)

"The group gave me somewhere to put the grief that wasn't my kids." -- participant, 40s

"I didn't have to explain myself." -- participant, 60s

"I've told my GP things I never told anyone because I practised here first." -- participant, 20s

"It was the first hour of the week that was mine." -- participant, 30s

All participants consented to the use of their words in funding applications. No names or identifying details are recorded alongside the quotations."""),

    ("case_presentation", "benign", "nonclient_namesake", """Board of Trustees

Chair: Faith Adebayo
Vice-Chair: Dr. Mark Chen
Treasurer: Grace Oyelaran, ACA
Secretary: Will Okonkwo
Trustees: Hope Richards; Art Delaney; Summer Nwachukwu; Patrick (Pat) Moran

Patron: Stephen Fry

The trustees are unpaid volunteers and meet quarterly. Their biographies are on our website."""),

    ("case_presentation", "benign", "nonclient_person", """Service Evaluation -- Section 2: Method

Interviews were analysed using reflexive thematic analysis (Braun & Clarke, 2006; 2019). Outcome data were analysed using the reliable change index (Jacobson & Truax, 1991).

Our approach to routine outcome monitoring draws on Lambert (2010) and on Wampold and Imel's (2015) account of common factors. The alliance was measured with the WAI-SR (Hatcher & Gillaspy, 2006).

Limitations: small sample; no control group; the evaluators were also the clinicians."""),

    ("case_presentation", "benign", "single_attribute", """Annual Report -- Thank you to our funders and sponsors

We are enormously grateful to:
- The Henley Community Mental Health Fund
- Glendale Credit Union, for sponsoring our youth programme for the third year
- The Kingston Public Library, for the free use of their meeting room
- Our monthly donors, all 312 of you

Without you, none of this would happen."""),

    ("case_presentation", "benign", "celebrity_namesake", """Impact report 2024 -- A message from our patron

"Mental health services like this one are where stigma goes to die. When I talked publicly about my bipolar disorder, I had no idea how many people would write to me. Every one of them deserved somewhere to go." -- Stephen Fry

We were honoured to welcome our patron at our summer garden party, where he spent more time talking to volunteers than to the local press. Prince Harry's Heads Together campaign, which we joined in 2017, has also continued to support our work."""),

    ("case_presentation", "benign", "nonclient_person", """Grant application -- Part D: Budget justification

Counsellor salaries (2 x 0.6 FTE): required to deliver 960 sessions per year.
Clinical supervision (monthly, external): required by our professional body.
Room hire (community hall, 2 evenings per week): the hall's manager, Hope Agyeman, has confirmed the rate for three years.
Interpreter costs: based on last year's use (Polish, Arabic, Tigrinya).
Evaluation: an independent evaluation by Dr. Grace Liu, University of Hudson.

Total requested: £148,600 over three years."""),

    ("case_presentation", "benign", "single_attribute", """Evaluation of the Blue-Light Wellbeing Pilot -- Summary

Participants were drawn from three organisations: Manchester Police Department, Kingston Fire Department and Florence Emergency Communications. In total, 41 staff attended at least one session.

Findings: participants valued peer facilitation and the absence of managers. Several reported that this was the first time they had talked about a specific call with anyone outside work.

No individual-level data are reported here."""),

    ("case_presentation", "benign", "name_as_word", """Wellbeing Hub -- Programme for the year

Spring: "Hope Café" -- a drop-in for anyone feeling low, every Tuesday morning.
Summer: "Art for Wellbeing" -- outdoor painting in the park, weather permitting.
Autumn: "Grace Notes" -- a community choir for people with long-term health conditions.
Winter: "Joy in the Dark" -- a SAD support group, November to February.

All activities are free. You will not be asked to talk about anything you don't want to. May we also gently remind everyone that the kitchen closes at 3."""),

    ("case_presentation", "benign", "deidentified_case", """Impact Report -- Case story (details changed to protect privacy; the name is invented)

"Rowan" is a woman in her fifties who was referred to us after a year off work with depression. She lives alone, has no family nearby, and had not spoken to anyone outside shops for months when she first came.

Through our befriending and counselling programme she rebuilt a small routine: a Tuesday walk, a Thursday group, a Saturday phone call. Six months on, she volunteers at our reception.

Rowan's story is a composite of several people's experiences, shared with their permission."""),

    ("case_presentation", "benign", "nonclient_namesake", """Annual Report -- In memoriam

It is with great sadness that we record the death of our founder, Dr. Rose Whelan, in March.

Rose set up the service in 1998 in two rooms above a chemist's, with a kettle, a waiting list and a conviction that counselling should not depend on income. She saw clients until she was seventy-five. Many of us were trained by her; all of us were shaped by her.

A memorial fund in Rose's name will support counselling training bursaries."""),

    ("case_presentation", "benign", "single_attribute", """Partnership report -- Schools Outreach 2024

This year we delivered workshops in six schools, including Lincoln High School, Whitman Middle School and North Burlington High School. More than 1,100 pupils took part in sessions on exam stress, friendships and sleep.

Teachers' feedback was overwhelmingly positive. Pupils' feedback was mostly positive, with the notable exception of the sleep session, which one pupil described as "rich, coming from adults.\""""),
]
